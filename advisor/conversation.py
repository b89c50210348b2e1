"""Multi-turn conversations: a short follow-up is read against the previous topic."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from typing import Protocol

from advisor.answer import Answer
from advisor.checklist.chat import ChecklistChat
from advisor.checklist.intent import is_checklist_request
from advisor.checklist.spec import ChecklistSpec
from advisor.checklist.walkthrough import Checklist
from advisor.retrieval.compose import fit
from advisor.retrieval.english import expand_shorthand
from advisor.retrieval.followups import ITEM_POINTED_AT, PLACE, points_at_place
from advisor.retrieval.message import STANDING_FOR_A_THING
from advisor.retrieval.query import Query
from advisor.retrieval.ranking import EXPLICIT_COMPARISON
from advisor.text import content_words, normalise


@dataclass(frozen=True)
class Topic:
    """What a follow-up question is about: the earlier question as read, and the entry that answered it."""

    query: Query
    entry_id: str | None
    #: The table row (table id, row id) the answer was about, if one: what "it" refers to next.
    row: tuple[str, str] | None = None
    #: The one table row the question named itself, if one: what "it" refers to when the answer was
    #: about no row (a list, a passage).
    named: tuple[str, str] | None = None


@dataclass(frozen=True)
class Reply:
    """An answer, and the topic a follow-up to it continues (None when nothing was answered)."""

    answer: Answer
    topic: Topic | None


class Answerer(Protocol):
    """What a conversation needs from an advisor (:class:`advisor.core.Advisor` is one)."""

    @property
    def checklist_spec(self) -> ChecklistSpec | None: ...

    def checklist(self) -> Checklist: ...

    def answer_in_context(self, question: object, topic: Topic | None = None) -> Reply: ...

#: Openings that mark a question as continuing the previous one ("and oxides?").
FOLLOW_UP_OPENINGS = ("and ", "what about ", "how about ", "what of ", "also ", "but ", "so ", "same for ",
                      "then ", "why", "how come", "is that", "are they", "is it", "does it", "do they")
#: Openings that ask the previous question again in another setting ("what about in a normal cell?").
SETTING_OPENINGS = ("what about in ", "how about in ", "and in ", "what about inside ", "and inside ")
#: Words that point back at the previous topic.
POINTING_WORDS = frozenset({"it", "its", "they", "them", "their", "those", "these", "that", "this", "ones", "one"})


#: Words that acknowledge the previous answer before a follow-up ("ok and in the other kind?").
_ACKNOWLEDGING = re.compile(r"^(?:(?:ok|okay|right|alright|cool|great|thanks|hmm|ah|oh|i see|got it|sure)\b[\s,.!]*)+")
#: A demonstrative standing alone, as a pronoun: last in the sentence ("what else is used alongside that?") or
#: before an auxiliary verb ("what can those do to the cell?", "why are these needed?") or set against something
#: ("why buy that over the full kind?"). Before a noun it names
#: its thing ("those cells"), and "that" after a verb of saying opens a clause: neither leans on the turn before.
_DEMONSTRATIVE_PRONOUN = re.compile(r"\b(?:that|this|those|these)(?:\s*[?!.]*\s*$|\s+(?:is|are|was|were|do|does|did"
                                    r"|can|could|will|would|might|may|should|must|have|has|had"
                                    # ... or set against something else ("why buy that over the full kind?")
                                    r"|over|instead|rather|versus|vs)\b)")
#: Words that carry on from what was just said: "what can *still* go wrong *tho*?", "what *else* ...?".
_CARRYING_ON = frozenset({"still", "else", "though", "tho", "anyway", "too",
                          # "what's the weakness then?": "then" carries on from what was said
                          "then"})
#: Words that set a question against what was said before ("... instead?", "... by contrast?").
_INSTEAD = frozenset({"instead", "contrast", "contrary"})
#: The things just talked about, counted: "which of the two ...?", "are the three ...?".
_THE_COUNTED = re.compile(r"\bthe\s+(?:two|three|four)\b")
#: A question with one of those and at most this many content words leans on the previous turn.
MAX_POINTING_CONTENT = 6


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the previous turn for its topic."""
    # (As written out: "ok n whats the downside??" opens with "and".)
    norm = _ACKNOWLEDGING.sub("", " ".join(expand_shorthand(normalise(question).split(), frozenset())))
    words = norm.split()
    content = content_words(norm)
    if not words:
        return False
    if len(content) <= 3 and (norm.startswith(FOLLOW_UP_OPENINGS) or POINTING_WORDS & set(words)
                              or _CARRYING_ON & set(words)):
        return True
    if len(content) <= MAX_POINTING_CONTENT and _INSTEAD & set(words):
        # "And how do solid-state ones fail instead?": instead of what was just talked about.
        return True
    if len(content) <= MAX_POINTING_CONTENT and norm.startswith(SETTING_OPENINGS):
        # "what about in a normal lithium-ion cell?": the previous question asked again in another setting.
        return True
    if len(content) <= MAX_POINTING_CONTENT and (STANDING_FOR_A_THING & set(words)
                                                 or _DEMONSTRATIVE_PRONOUN.search(norm) or points_at_place(norm)):
        return True
    # "What goes wrong with the latter?", "and the middle one?": a place in what was listed before;
    # "which of the two is ...?": the things just compared.
    if len(content) <= MAX_POINTING_CONTENT and (PLACE.search(norm) or _THE_COUNTED.search(norm)):
        return True
    # "Why does the pressure question matter?": an item of the list just given, pointed at by a word of it.
    if len(content) <= MAX_POINTING_CONTENT and ITEM_POINTED_AT.search(norm):
        return True
    # "How does it differ from today's cells?": comparing something pointed back at with something new.
    if POINTING_WORDS & set(words[:6]) and EXPLICIT_COMPARISON & set(words):
        return True
    # (Words as written: "whats the catch", read "what is the catch", is four words.)
    return len(content) <= 1 and len(_ACKNOWLEDGING.sub("", normalise(question)).split()) <= 4


@dataclass(frozen=True)
class Turn:
    question: str
    answer: Answer


class Conversation:
    """One user's dialogue. Keeps the topic of the last answered question for follow-ups."""

    def __init__(self, advisor: Answerer) -> None:
        self._advisor = advisor
        self._turns: list[Turn] = []
        self._topic: Topic | None = None
        self._checklist: ChecklistChat | None = None
        self._lock = threading.Lock()

    @property
    def turns(self) -> tuple[Turn, ...]:
        return tuple(self._turns)

    @property
    def checklist(self) -> Checklist | None:
        """The supplier checklist running in this conversation, if any."""
        return self._checklist.checklist if self._checklist is not None else None

    def ask(self, question: str) -> Answer:
        with self._lock:  # one conversation answers one question at a time, in order
            answer = self._reply(question if isinstance(question, str) else str(question))
            self._turns.append(Turn(question, answer))
            return answer

    def _reply(self, question: str) -> Answer:
        if self._checklist is None and is_checklist_request(question) and self._advisor.checklist_spec is not None:
            self._checklist = ChecklistChat(self._advisor.checklist())
            return self._checklist.start(question)
        if self._checklist is not None:
            reply, still_running = self._checklist.handle(question)
            side_note = self._checklist.side_note()
            if not still_running:
                self._checklist = None
            if reply is not None:
                return reply
            answer = self._answer_from_guide(question)
            return replace(answer, text=fit(answer.text + side_note))
        return self._answer_from_guide(question)

    def _answer_from_guide(self, question: str) -> Answer:
        topic = self._topic if is_follow_up(question) else None
        reply = self._advisor.answer_in_context(question, topic)
        if reply.topic is not None:
            self._topic = reply.topic
        return reply.answer

    def leave_checklist(self) -> Checklist | None:
        """Stop the checklist running in this conversation and hand it over (a UI continues it on
        its own page); the history and the topic for follow-ups stay."""
        with self._lock:
            running, self._checklist = self._checklist, None
            return running.checklist if running is not None else None

    def use(self, advisor: Answerer) -> None:
        """Answer from now on with ``advisor`` (a reloaded knowledge version), keeping the history,
        the topic for follow-ups and any checklist under way."""
        with self._lock:
            self._advisor = advisor

    def reset(self) -> None:
        with self._lock:
            self._turns.clear()
            self._topic = None
            self._checklist = None
