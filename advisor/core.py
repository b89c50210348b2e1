"""The facade: ``Advisor`` ties knowledge, retrieval, composition and the checklist together."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from advisor.answer import MAX_ANSWER_CHARS, Answer, AnswerKind
from advisor.checklist.prefill import prefill
from advisor.checklist.spec import ChecklistSpec, load_checklist
from advisor.checklist.walkthrough import Checklist
from advisor.conversation import Conversation, Reply, Topic
from advisor.errors import ChecklistError
from advisor.knowledge.loader import bundled_knowledge_dir, load_knowledge
from advisor.knowledge.model import KnowledgeBase
from advisor.library import LibraryEntry, library_entries, search
from advisor.retrieval import cache
from advisor.retrieval import compose as composer
from advisor.retrieval.english import expand_shorthand, is_adverb
from advisor.retrieval.followups import FollowUpRows, effect_asked_on, points_back_at_topic, short_name
from advisor.retrieval.index import FieldWeights
from advisor.retrieval.message import (
    STANDING_FOR_A_THING,
    asked_outright,
    asks,
    asks_alternatives,
    asks_only_for_agreement,
    asks_what_to_ask,
    claim_in,
    clauses,
    context_of,
    is_fragment,
    points_at_statement,
    points_back,
    question_after_scene,
    questions_in,
    sentences,
    starts_with_condition,
    without_advisor_view,
    without_device_typed_on,
    without_register_wanted,
    without_set_aside,
    without_why_asked,
    without_writers_knowledge,
    without_writers_purpose,
)
from advisor.retrieval.query import Query, third_person_verb
from advisor.retrieval.ranking import EXPLICIT_COMPARISON, Retrieval, Retriever
from advisor.retrieval.tuning import Tuning
from advisor.text import clean, content_words, normalise, stem

log = logging.getLogger(__name__)

#: Longest message we look for questions in; a pasted document beyond this is not read.
MAX_MESSAGE_CHARS = 20_000
#: Questions of one message that are tried; the rest of a long list is left for the user to ask.
MAX_QUESTIONS_PER_MESSAGE = 3
#: Reasons a question is declined on evidence (not just a weak match): its parts are not tried alone.
#: (A scope.yaml topic is not one of them: "how do they work, and can I use one in my phone?" asks
#: two questions, and the part that names no such topic is answered, the other offered back.)
DECISIVE_REFUSALS = frozenset({"names-unknown", "not-given"})
#: Suggestions shown under an answer.
MAX_SUGGESTIONS = 3
#: A question offered back as a suggestion is cut to this length.
MAX_SUGGESTION_CHARS = 160
#: A follow-up is answered by an entry the previous answer lists as related (its ``related``: where the
#: guide's author expects the reader to go next) when that entry scores at least this share of the best.
RELATED_SHARE = 0.6
#: A row's name of more words than this is a title (a paper's), not the name of a thing (see _words_of_aspects).
MAX_THING_NAME_WORDS = 4


#: Markup or an address in what a user typed: such a part of a message is never offered back as a
#: suggestion, which other code may render or send on as a question of our own.
_MARKUP_OR_ADDRESS = re.compile(r"<[a-zA-Z/!?]|\]\(|[a-z][a-z0-9+.-]*://|\bwww\.", re.IGNORECASE)


def _as_suggestion(question: str) -> str:
    return question if len(question) <= MAX_SUGGESTION_CHARS else question[: MAX_SUGGESTION_CHARS - 1].rstrip() + "…"


def offered_back(questions: list[str]) -> list[str]:
    """The other questions of a message as suggestions: cut to length, without any that carry markup
    or an address (a question about the guide needs neither)."""
    return [_as_suggestion(q) for q in questions if not _MARKUP_OR_ADDRESS.search(q)]


def _preference(candidate: tuple[int, str, Retrieval], asked: list[str], agreed: set[int],
                outright: list[bool], leaning: set[int]) -> tuple[bool, bool, bool, bool, bool, float]:
    """How much an answered candidate is preferred (the highest wins).

    A question asked outright comes before one asked only inside a statement about the writer ("For my
    class I need to explain what happens inside the cell. Where do the ions go?"): see
    :func:`~advisor.retrieval.message.asked_outright`.

    A later clause that points back ("..., and why does it matter so much?") is not a question on
    its own: its few words match something confidently, but not what it asks about. The main
    question of a sentence is the sentence itself or its first clause; a later clause is offered
    back unless the main one is not answered. A sentence answered whole by the entry that is also
    the best for a later part pointing back (``agreed``, see :func:`_agreed`) is answered whole.
    A question after another of the message that points at what was said before it checks that again, so
    the question before it comes first; so does one that leans on the question before it (``leaning``: "Where do
    oxides sit commercially? Worth waiting for?"). Then, the candidate answered with more confidence.
    """
    index, text, retrieval = candidate
    parts = clauses(asked[index])
    later = bool(parts) and text != asked[index] and text != parts[0]
    # A question after another that points at what was said ("All solid-state cells use lithium metal, right?
    # That's what makes them solid-state?") checks the same claim again: the question before it is the one asked.
    restated = index in leaning or (
        index > 0 and (points_at_statement(asked[index]) or _ELABORATION.match(asked[index]) is not None))
    # ("..., or is that a sales line?" points back at what the sentence said, as "it" would.)
    return (outright[index], not restated, not (later and (points_back(text) or points_at_statement(text))),
            not later, text == asked[index] and index in agreed, retrieval.confidence)


def _agreed(answered: list[tuple[int, str, Retrieval]], asked: list[str], min_explained: float) -> set[int]:
    """The questions of a message answered whole, well enough (``min_explained``), by the entry that
    is also the best for a later part pointing back at the first ("Is it new physics, or is it the same
    chemistry with one part swapped?"): one question asked in two steps, which the whole sentence reads
    best. When the whole agrees with no such part ("How do ions move, and what voltage does the AB-50AH
    have?"), the sentence asks two questions and its first part is the main one, the other offered back."""
    out = set()
    for index, text, retrieval in answered:
        if text != asked[index] or retrieval.best is None or retrieval.confidence < min_explained:
            continue
        if asks_alternatives(text):
            # "Is it the electrolyte, or do the electrons take another route?": one choice in two clauses.
            out.add(index)
            continue
        first = clauses(text)[0] if clauses(text) else text
        if any(i == index and t != text and r.best is not None and r.best.id == retrieval.best.id
               and t != first and (points_back(t) or _ONE.search(t)) for i, t, r in answered):
            out.add(index)
    return out


#: The other clause of a two-question sentence is answered beside the first only this confidently: a clause's few
#: words can match a passage by chance.
SECOND_CLAUSE_CONFIDENCE = 0.6
#: ... and a clause pointing back is answered by a passage that follows on from the first clause's, or uses at least
#: this share of the first clause's own words.
FOLLOW_ON_SHARE = 0.5
#: A second clause with fewer words of its own than this says too little to be answered apart from the first.
MIN_OWN_WORDS = 2
#: ... and one pointing back at the first, fewer than this ("why would they need to squeeze the cell?" has three).
MIN_OWN_WORDS_POINTING_BACK = 3


def _joined(first: Answer, second: Answer) -> Answer | None:
    """One answer giving ``first`` and then ``second`` (each with its own source line), without their "See also"
    lines; None when the two do not fit in one answer's length or the second answers nothing."""
    if not second.found:
        return None
    def body(answer: Answer) -> str:
        return answer.text.replace(answer.see_also.line, "") if answer.see_also is not None else answer.text
    text = f"{body(first)}\n\n{body(second)}"
    if len(text) > MAX_ANSWER_CHARS:
        return None
    sources = (*first.sources, *(s for s in second.sources if s not in first.sources))
    entry_ids = (*first.entry_ids, *(e for e in second.entry_ids if e not in first.entry_ids))
    return replace(first, text=text, sources=sources, entry_ids=entry_ids, see_also=None)


#: A passage answers a clause of a question when it uses at least this share of the clause's own words.
WHOLE_ANSWER_SHARE = 0.75
#: A question opening as a gloss on the one before ("... for the electrolyte? like what are the options?", "I mean,
#: which is best?"): the question before it is the one asked.
_ELABORATION = re.compile(r"^\s*(?:like|i\s+mean|as\s+in|in\s+other\s+words|that\s+is|ie|i\.e\.|e\.g\.)\b[,\s]",
                          re.IGNORECASE)
#: A fragment of at most this many words before another question is the heading of that question ("Mechanics?").
MAX_HEADING_WORDS = 2
#: A question going on from the one before it: "And does every one have it?", "But is it safe?".
_GOING_ON = re.compile(r"^\W*(?:and|but|or|also|plus)\b", re.IGNORECASE)
#: "one" standing for a thing named before ("which one is more practical?", "does every cell use one?").
_ONE = re.compile(r"\bones?\b", re.IGNORECASE)


def _load_index(knowledge_dir: Path | str | None, top_k: int) -> tuple[KnowledgeBase, Retriever]:
    """Validated knowledge and its fitted retriever, from the on-disk cache when unchanged."""
    directory = Path(knowledge_dir) if knowledge_dir is not None else bundled_knowledge_dir()
    key = None
    if directory.is_dir():
        try:
            key = cache.knowledge_key(directory)
        except OSError:
            key = None  # unreadable files: load_knowledge below reports them properly
    if key is not None:
        cached = cache.load(key, directory, Retriever(top_k=top_k))
        if cached is not None:
            return cached
    knowledge = load_knowledge(directory)
    retriever = Retriever(top_k=top_k).fit(knowledge)
    if key is not None:
        cache.store(key, retriever)
    return knowledge, retriever


#: A pronoun that can only stand for something named before it ("Is *it* the best battery?"): a question with one
#: is about what its context named, and is not asked alone ("these batteries" names its kind of thing).
_STANDS_FOR = re.compile(rf"\b(?:{'|'.join(sorted(STANDING_FOR_A_THING))})\b", re.IGNORECASE)


def _named_only_in_context(candidate: str, retrieval: Retrieval, names_subject: Callable[[str], bool],
                           names_uncovered: Callable[[str], bool]) -> bool:
    """Whether the names the guide never mentions that declined ``candidate`` are all in the sentences of
    context it borrowed, none in its last sentence, the question itself ("A guest told me over a glass of
    Barolo that ... What did he mean, and why would ...?"): where the claim was heard, not what is asked,
    so the question's clauses are still tried. The same for the terms of an uncovered topic that declined it,
    when the question itself names a thing of the guide (``names_subject``), not only an aspect ("So what's the
    catch?" asks about what its context named), and no such topic (``names_uncovered``):
    "... a dodgy phone charger last year. Are these solid-state cells automatically safer?" but not "... a battery
    management system that balances the cells. How does that balancing work?"."""
    parts = sentences(candidate)
    if len(parts) < 2:
        return False
    if retrieval.reason == "not-covered" and retrieval.not_covered is not None:
        # "... we had a scare with a dodgy phone charger last year. Are these cells automatically safer?": the
        # uncovered topic is named where the writer's worry comes from, not in what they ask.
        return names_subject(parts[-1]) and not names_uncovered(parts[-1])
    if retrieval.reason != "names-unknown" or not retrieval.query.names:
        return False
    asked = set(normalise(parts[-1]).split())
    return not asked.intersection(retrieval.query.names)


#: Words before a noun saying whose or which it is ("*my* printer's interface", "*the* egg separator").
_WHOSE = frozenset({"my", "your", "our", "his", "her", "their", "its", "the", "a", "an", "this", "that", "these",
                    "those"})


#: A question asking only why ("Why is that, then?", "how come?", "why so?").
_BARE_WHY = re.compile(r"^\W*(?:(?:and|so|but|ok)\W+)*(?:why|how\s+come)\b", re.IGNORECASE)


#: A clause opening with the writer as its subject ("I don't need ...", "we're not chemists"): about them.
_ABOUT_THE_WRITER = re.compile(r"^(?:i|i'm|im|i've|we|we're|we've|my|our)\b", re.IGNORECASE)


#: Words that put the sides of a comparison in the question itself ("the difference between X and Y").
_SIDES = frozenset({"between", "and", "or", "vs", "versus", "than", "against"})
#: Words after "between" that point back at the sides instead of naming them ("between them").
_POINTED_SIDES = frozenset({"them", "these", "those", "both"})


#: What a comparison is made with, asked rather than named: "compared with *what*?".
_ASKED_SIDE = frozenset({"what", "which", "whom"})


#: A kind or member asked for without the noun it is a kind of: "which type ...", "what sort ...", "which one ...".
#: Language.
_KIND_OF_UNNAMED = re.compile(r"\b(?:which|what)\s+(?:type|types|kind|kinds|sort|sorts|one|ones|family|class)\b"
                              r"(?!\s+of\b)", re.IGNORECASE)


def _compares_unnamed(words: list[str]) -> bool:
    """Whether a question asks how things compare without naming them ("what's the actual difference?",
    "compared with what?"): no word putting sides in it, nor "compared to / with" something named."""
    # ("the difference between them": sides pointed back at, not named.)
    named_sides = [w for i, w in enumerate(words) if w in _SIDES
                   and not (w == "between" and i + 1 < len(words) and words[i + 1] in _POINTED_SIDES)]
    if named_sides:
        return False
    joined = [i + 1 for i, word in enumerate(words[:-1]) if word in {"compare", "compared"}
              and words[i + 1] in {"to", "with"}]
    if joined and any(i + 1 >= len(words) or words[i + 1] not in _ASKED_SIDE for i in joined):
        return False
    return bool(EXPLICIT_COMPARISON.intersection(words))


class Advisor:
    """Answers questions from one guide's knowledge folder, and nothing else.

    ``Advisor()`` loads the bundled knowledge; ``Advisor(knowledge_dir=...)`` another
    folder. Loading validates everything and raises :class:`~advisor.errors.KnowledgeError`
    listing every problem. Once built, an advisor is read-only and safe to share
    between threads.
    """

    def __init__(self, knowledge_dir: Path | str | None = None, *, top_k: int = 5, tuning: Tuning | None = None,
                 weights: FieldWeights | None = None) -> None:
        if tuning is None and weights is None:
            self.knowledge, self._retriever = _load_index(knowledge_dir, top_k)
        else:  # a tuning experiment (``advisor eval --sweep``): built fresh, never cached
            self.knowledge = load_knowledge(knowledge_dir)
            self._retriever = Retriever(top_k=top_k, tuning=tuning, weights=weights).fit(self.knowledge)
        checklist_file = self.knowledge.directory / "checklist.yaml"
        # Validated with the rest: a broken checklist.yaml refuses the whole advisor, like any knowledge file.
        self.checklist_spec: ChecklistSpec | None = (
            load_checklist(checklist_file, sections={e.section for e in self.knowledge.entries})
            if checklist_file.exists() else None
        )
        rendered = {e.id: composer.entry_text(e, self.knowledge) for e in self.knowledge.entries}
        self._library = library_entries(self.knowledge, rendered)
        self._followups = FollowUpRows(self.knowledge, self._retriever.prepare)
        self._aspect_words = self._words_of_aspects()

    # ------------------------------------------------------------------ questions

    def ask(self, question: str) -> Answer:
        """Answer one question on its own. Never raises."""
        return self.answer_in_context(question).answer

    def conversation(self) -> Conversation:
        """A multi-turn conversation whose follow-ups use earlier turns."""
        return Conversation(self)

    def answer_in_context(self, question: object, topic: Topic | None = None) -> Reply:
        """Answer ``question`` as a follow-up to ``topic`` (None: on its own), and say what a
        follow-up to this answer will be about. Never raises; this is what conversations use.

        A message of several sentences is answered by its questions (:mod:`advisor.retrieval.message`):
        the best-answered one, with the others offered as suggestions.
        """
        text = question if isinstance(question, str) else ("" if question is None else str(question))
        try:
            return self._answer_message(text, topic)
        except Exception:  # the API promises never to raise; log the bug loudly instead of hiding it
            log.exception("advisor failed to answer %r", text[:200])
            return Reply(Answer(question=text, text="Sorry, something went wrong while answering. Please rephrase "
                                "or try again.", found=False, confidence=0.0, kind=AnswerKind.INTERNAL_ERROR), None)

    def _answer_message(self, text: str, topic: Topic | None, *, go_on: bool = True) -> Reply:
        context = topic.query if topic is not None else None
        previous_entry = topic.entry_id if topic is not None else None
        message = clean(text[:MAX_MESSAGE_CHARS])
        written = self._why_of_question_before(
            questions_in(message, self.on_topic, self.names_subject)[:MAX_QUESTIONS_PER_MESSAGE])
        # "What should I ask them so I'm not fooled?": what to ask, without why.
        asked = [without_writers_purpose(without_why_asked(without_advisor_view(without_device_typed_on(
            without_register_wanted(without_writers_knowledge(without_set_aside(q))))))) for q in written]
        # "I noticed the guide lists the AB-21700. What energy density does that cell have?": a row
        # named in the message's context is what its questions point back at, before any earlier turn.
        named = self._followups.named_in_context(message, asked)
        # "I run a boat business and a dealer pushes a solid-state upgrade. What should I ask him?": the
        # sentences around the questions name the guide's subject, so the questions are about it too.
        on_subject = any(self.on_topic(s) for s in context_of(message, asked))
        has_context = len(asked) < len(sentences(message))
        # "A patron wants an academic source on the types of solid electrolyte. Which paper would be a good
        # start?": the subject the context names is what the question is asked about.
        lent = self._subject_of(context_of(message, asked)) if has_context and topic is None else ()
        if named is not None:
            topic = replace(topic, row=named) if topic is not None else Topic(self._retriever.prepare(""), None, named)
        # Each question, and each question inside a compound sentence, is a candidate; the
        # best-answered wins and the other questions are offered as suggestions.
        tried: list[tuple[int, str, Retrieval]] = []
        about_declined: set[int] = set()  # questions with a clause about the uncovered topic of another
        for index, question in enumerate(asked):
            its_clauses = clauses(question)
            # "I don't need the chemistry degree version, but could you tell me ...?": a clause that asks nothing
            # beside one that asks is how the writer frames the question, not a question to answer.
            candidates = [question, *(p for p in its_clauses if asks(p) or not _ABOUT_THE_WRITER.match(p)
                                      or not any(asks(o) for o in its_clauses))]
            for candidate in candidates:  # (grows: see below)
                declined = any(i == index and r.reason == "not-covered"
                               and not self._declined_by_context(t, r) for i, t, r in tried)
                if declined and points_back(candidate):
                    # "How do sodium cells work, and are they cheaper?": "they" is the uncovered topic.
                    about_declined.add(index)
                    continue
                if candidate in its_clauses and points_back(candidate) and not self.on_topic(candidate) \
                        and not any(self.on_topic(c) for c in its_clauses[: its_clauses.index(candidate)]) \
                        and any(i == index and t == question and r.reason == "off-topic" for i, t, r in tried):
                    # "The smoke alarm keeps chirping at night; how do I make it stop?": "it" is what the clause
                    # before named, off the guide's subject; alone, this clause names nothing to answer about.
                    continue
                row = self._followups.row_of(topic.row, topic.named) if topic is not None else None
                # "What's the reality check for the last one?": the row at that place of the table talked about.
                placed = candidate if topic is None else self._followups.the_other(self._followups.ordinal(
                    self._followups.without_asked_again(candidate, topic.query), topic.query, row, previous_entry),
                    topic.query, previous_entry)
                # "Why does the pressure question matter?": the item of the list answered before that it points at.
                placed = self._followups.item_of_list(placed, previous_entry)
                elided = None if topic is None else self._followups.elided(placed, topic.query, row, previous_entry)
                if elided is not None:
                    # "And for the solid-state kind?": the previous question, asked of what it names.
                    tried.append((index, candidate, self._retriever.retrieve(elided, on_subject=on_subject)))
                    continue
                resolved = self._followups.resolved(placed, row)
                if named is not None and row == named and resolved == placed:
                    # "The 'all-solid-state' route. What's the appeal, and what's the reality check?": a question
                    # naming nothing of its own asks about the one row its message names.
                    resolved = self._of_row_named(resolved, named)
                if named is None and has_context:
                    # "Officials met the terms semi-solid and all-solid-state. What sets these two apart?"
                    resolved = self._followups.pair_in_context(message, asked, resolved)
                switched = self._followups.switched_row(resolved, row)
                switched_context = self._followups.context_without(switched, row, context)
                retrieval = self._retriever.retrieve(resolved, context=switched_context, previous_entry=previous_entry,
                                                     on_subject=on_subject)
                best = retrieval.best
                if switched is not None and row is not None and best is not None and best.row_id == row[1]:
                    # The follow-up names another row, but the one answered before won: ask it of the new row.
                    retrieval = self._retriever.retrieve(
                        resolved, context=switched_context, on_subject=on_subject,
                        previous_entry=self._followups.previous_in(switched, row, previous_entry))
                if topic is not None and previous_entry is not None:
                    retrieval = self._continued(retrieval, previous_entry)
                    if retrieval.reason in {"off-topic", "low-score"} and row is None \
                            and points_back_at_topic(candidate):
                        retrieval = self._asked_of_topic(resolved, topic.query, switched_context, previous_entry,
                                                         on_subject) or retrieval
                if declined and not retrieval.query.topical:
                    # "What does the warranty cover, and how do I start a return?": the part left over
                    # must name the guide's subject itself to be a question about it.
                    continue
                if retrieval.reason == "off-topic" and topic is None and candidate == question:
                    retrieval = self._on_subject_of_borrowed(question, on_subject) or retrieval
                if has_context and previous_entry is None and not retrieval.query.mentions \
                        and _compares_unnamed(retrieval.query.prepared.split()):
                    # Even when the question (or a clause of it: "Compared with what, and why ...?") found something
                    # alone: what it matched on its own ("the honest difference ... at the counter" meeting "cycle
                    # count") is not what it compares.
                    retrieval = self._asked_after(message, candidate, on_subject) or retrieval
                if retrieval.reason == "off-topic" and lent and candidate == question:
                    retrieval = self._asked_of(lent, question, on_subject) or retrieval
                if retrieval.reason in {"off-topic", "low-score"} and candidate == question:
                    retrieval = self._asked_after_scene(question, on_subject) or retrieval
                elif topic is None and candidate == question:
                    # "If the ions go through the solid layer, what route do the electrons take?": what the
                    # writer assumes is the scene; the question proper, naming the subject itself, is asked.
                    retrieval = self._asked_after_condition(question, on_subject) or retrieval
                if not retrieval.found and candidate == question and question != written[index]:
                    # Without why it is asked, too little was left to go on ("what should I ask them?" after
                    # a sentence naming no one): the question as written.
                    retrieval = self._retriever.retrieve(written[index], context=switched_context,
                                                         previous_entry=previous_entry, on_subject=on_subject)
                tried.append((index, candidate, retrieval))
                if candidate == question and self._declined_by_context(candidate, retrieval) \
                        and (alone := sentences(candidate)[-1]) not in candidates:
                    if not _STANDS_FOR.search(alone):
                        # "My nephew is doing his PhD ... 'the interface is everything'. Why are interfaces such a
                        # big deal in these batteries?": where the claim was heard declined it; the question alone
                        # is asked.
                        candidates.append(alone)
                    elif (of_claim := self._asked_of_claim(candidate, alone, on_subject)) is not None:
                        # "Mrs Jones insists the new solid state ones can never catch fire. Are they really that
                        # much safer?": "they" are what the claim is about, not who made it.
                        tried.append((index, alone, of_claim))
                    elif retrieval.reason == "not-covered" \
                            and (lent_here := self._subject_of(sentences(candidate)[:-1])) \
                            and (of_context := self._asked_of(lent_here, alone, on_subject)) is not None:
                        # "... our insurer has asked whether switching to solid-state batteries would remove the
                        # fire risk. Could you set out how their safety compares ...?": no one claimed anything,
                        # and "their" is what the sentences before named of the guide's subject.
                        tried.append((index, alone, of_context))
                if retrieval.reason in DECISIVE_REFUSALS \
                        and not self._declined_by_context(candidate, retrieval):
                    # The whole question names something the guide never mentions, or asks for what it
                    # does not give: answering one of its parts would answer a different question.
                    break
        if about_declined:
            # ... and so the whole sentence asks only about that topic: what its words found is beside the point
            # ("How are they recycled, and is it easier than with lithium-ion?" is not a question about lithium-ion).
            tried = [t for t in tried if not (t[0] in about_declined and t[1] == asked[t[0]] and t[2].found)]
        answered = [r for r in tried if r[2].found]
        agreed = _agreed(answered, asked, self._retriever.tuning.min_explained) | self._answered_whole(tried, asked)
        outright = [asked_outright(message, q) for q in asked] if len(asked) > 1 else [True]
        leaning = self._leaning_on_question_before(tried, asked)
        chosen, chosen_text, retrieval = max(answered, key=lambda r: _preference(r, asked, agreed, outright, leaning)) \
            if answered else tried[0]
        # Only the chosen retrieval is written up as an answer ...
        answer = composer.compose(retrieval, self.knowledge, text, tuning=self._retriever.tuning, go_on=go_on)
        others = [q for i, q in enumerate(asked) if i != chosen]
        if chosen_text != asked[chosen]:  # one clause answered: offer the rest of its sentence
            others += [c for c in clauses(asked[chosen]) if c != chosen_text]
        # ... and with it the other clause of its sentence, answered by another passage, when both fit.
        second = self._second_clause(chosen, chosen_text, retrieval, tried, asked) if answer.found else None
        if second is not None:
            other_clause, other_answer = second
            joined = _joined(answer, other_answer)
            if joined is None and answer.went_on_with is not None:
                # The answer went on with a passage of its own: answering the other clause comes first.
                joined = _joined(composer.compose(retrieval, self.knowledge, text, tuning=self._retriever.tuning,
                                                  go_on=False), other_answer)
            if joined is not None:
                answer = joined
                others = [q for q in others if q != other_clause]
        elif answer.found and len(asked) > 1:
            # ... or another question of the message, answered by another passage, when both fit.
            second_question = self._second_question(chosen, retrieval, answered, asked)
            if second_question is not None:
                other_question, other_answer = second_question
                plain = composer.compose(retrieval, self.knowledge, text, tuning=self._retriever.tuning, go_on=False)
                joined = _joined(plain, other_answer)  # the main question's answer first
                if joined is not None:
                    answer = joined
                    others = [q for q in others if q != other_question]
        if others:
            answer = replace(answer, suggestions=(*offered_back(others), *answer.suggestions)[:MAX_SUGGESTIONS])
        asked_rows = {(m.table_id, m.row_id) for m in retrieval.query.mentions}
        if not answer.found:
            # "I'm comparing your prismatic cell with the pouch cell." gets what the guide gives on them, and
            # "Which of the two ...?" next points back at them: rows the guide lists stay the topic when only
            # what was asked of them is missing.
            if retrieval.reason != "not-given" or not asked_rows:
                return Reply(answer, None)
            return Reply(answer, Topic(retrieval.query, None, None,
                                       next(iter(asked_rows)) if len(asked_rows) == 1 else None))
        query, row = self._retriever.topic_after(retrieval, context)
        return Reply(answer, Topic(query, answer.entry_ids[0] if answer.entry_ids else None, row,
                                   next(iter(asked_rows)) if len(asked_rows) == 1 else None))

    def _why_of_question_before(self, questions: list[str]) -> list[str]:
        """A message's questions with one asking only why ("how come?", "why, though?") made the why of the question
        before it: "lithium metal anode = more energy?? how come" asks why a lithium metal anode gives more energy.
        Alone, "how come" names nothing to answer."""
        out: list[str] = []
        for question in questions:
            if out and self._asks_only_why(question):
                out[-1] = f"why {out[-1]}"
                continue
            out.append(question)
        return out

    def _asks_only_why(self, question: str) -> bool:
        """Whether a question asks only why ("Why is that, then?", "how come?", "y tho"), its shorthand spelled out:
        besides "why", at most adverbs saying how far ("why not completely, though?")."""
        said = " ".join(expand_shorthand(normalise(question).split(), frozenset()))
        return _BARE_WHY.match(said) is not None and all(
            is_adverb(w, cutoff=self._retriever.tuning.ordinary_zipf) for w in content_words(said))

    def _of_row_named(self, question: str, row: tuple[str, str]) -> str:
        """``question`` with ``row`` named after it, when it names no row and nothing of the guide beyond its subject
        and what the row's table asks of its rows ("what's the appeal?", "the reality check?"); as written
        otherwise."""
        query = self._retriever.prepare(question)
        table = self.knowledge.table(row[0])
        asked_of_rows = self._followups.words_asked_of_rows(table)
        if query.mentions or any(stem(w) not in asked_of_rows for w in self._retriever.specific_words(query)) \
                or not any(stem(w) in asked_of_rows for w in query.content):
            # (It must ask what the table asks of its rows: "Give me a number." asks nothing of the row.)
            return question
        return f"{question} ({short_name(table.row(row[1]).name)})"

    def _leaning_on_question_before(self, tried: list[tuple[int, str, Retrieval]], asked: list[str]) -> set[int]:
        """The questions of a message that lean on another: a fragment with its subject and verb left out ("Worth
        waiting for?") or one going on from the question before and pointing back ("And does every one of these
        batteries have it?"), naming nothing of the guide beyond its subject: what they ask is asked of what the
        question before named, and alone their few words meet whichever passage shares them. Also a thing named
        alone as a question before another ("Mechanics?"), the heading of the question after it."""
        out = set()
        for index, text, retrieval in tried:
            if index > 0 and asked[index - 1].rstrip().endswith("?") and text == asked[index] \
                    and (is_fragment(text) or (_GOING_ON.match(text) is not None and points_back(text))) \
                    and not self._retriever.specific_words(retrieval.query):
                out.add(index)
            elif index + 1 < len(asked) and text == asked[index] and is_fragment(text) \
                    and len(text.split()) <= MAX_HEADING_WORDS and asks(asked[index + 1]):
                # "Mechanics? It's chemistry, surely. Why would an engineer care about stress?": a thing named
                # alone is the heading of the question after it, which asks what is wanted of it.
                out.add(index)
        return out

    def _second_clause(self, chosen: int, chosen_text: str, retrieval: Retrieval,
                       tried: list[tuple[int, str, Retrieval]], asked: list[str]) -> tuple[str, Answer] | None:
        """The other clause of a sentence asking two questions ("What's the difference between them, and how soon
        will each be on sale?") with its answer, when a passage other than the chosen one answers it confidently;
        None otherwise. (A sentence answered whole by one passage is one question.)"""
        parts = clauses(asked[chosen])
        best = retrieval.best
        if len(parts) != 2 or best is None or chosen_text not in (asked[chosen], parts[0]):
            return None
        if points_back(parts[1]):
            # "..., and is it true they all use it?": "it" is what the first clause named, as it would be in a
            # follow-up to the first clause's answer.
            first = retrieval if chosen_text == parts[0] else self._retriever.retrieve(parts[0])
            if first.best is None or not first.found:
                return None
            row = (first.best.table_id, first.best.row_id) \
                if first.best.table_id is not None and first.best.row_id is not None else None
            answer = self._answer_message(parts[1], Topic(first.query, first.best.id, row), go_on=False).answer
            said = self._retriever.prepare(parts[1])
            if len(set(said.content) - set(said.adverbs)) < MIN_OWN_WORDS_POINTING_BACK \
                    and not any(self._follows_on(first, entry_id) for entry_id in answer.entry_ids[:1]):
                # "..., and is it true they all use it?" matched a passage on something else: a clause of few words
                # of its own, answered by a passage the first clause neither leads to nor names, is a guess.
                return None
        else:
            other = next((r for index, text, r in tried if index == chosen and text == parts[1]), None)
            if other is None or other.reason != "ok":
                return None
            answer = composer.compose(other, self.knowledge, parts[1], tuning=self._retriever.tuning, go_on=False)
            # ("..., and is there a catch?" names too little of its own to stand apart from the first clause: a
            # passage on some other catch is a guess. A clause of two words or more, or naming a row, asks its own
            # question: "..., and who wrote the benchmarking paper?")
            own = set(other.query.content) - set(other.query.adverbs)
            if not other.query.mentions and len(own) < MIN_OWN_WORDS \
                    and not any(self._follows_on(retrieval, entry_id) for entry_id in answer.entry_ids[:1]):
                return None
        # (Not a passage already given, nor another cell of the row the first answer shows whole.)
        if not answer.found or not answer.entry_ids or answer.confidence < SECOND_CLAUSE_CONFIDENCE \
                or any(self._same_row(best.id, entry_id) for entry_id in answer.entry_ids):
            return None
        return parts[1], answer

    def _second_question(self, chosen: int, retrieval: Retrieval, answered: list[tuple[int, str, Retrieval]],
                         asked: list[str]) -> tuple[str, Answer] | None:
        """Another question of the message ("Where do the ions go? Why are interfaces such a big issue?"), asked
        whole, with its answer, when a passage other than the chosen one answers it confidently; the most confident
        one. A question of too few words of its own to stand apart ("Anything bad happen?") is left to be offered
        back, as a clause of the kind is (see :meth:`_second_clause`), and so is one checking what was said before it
        again ("..., correct? That is what makes it solid-state?"). None otherwise."""
        best = retrieval.best
        if best is None:
            return None
        for index, question, other in sorted(answered, key=lambda t: -t[2].confidence):
            if index == chosen or question != asked[index] or other.reason != "ok" or other.best is None \
                    or other.confidence < SECOND_CLAUSE_CONFIDENCE \
                    or other.best.id == best.id or self._same_row(best.id, other.best.id):
                continue
            own = set(other.query.content) - set(other.query.adverbs)
            if (not other.query.mentions and len(own) < MIN_OWN_WORDS_POINTING_BACK) or points_at_statement(question) \
                    or _ELABORATION.match(question) is not None:
                continue
            answer = composer.compose(other, self.knowledge, question, tuning=self._retriever.tuning, go_on=False)
            return (question, answer) if answer.found else None
        return None

    def _follows_on(self, first: Retrieval, entry_id: str) -> bool:
        """Whether the passage ``entry_id`` follows on from what the first clause found: one of the passages the
        first answer lists as related (or listing it), another part of its table, or one using most of the first
        clause's own words (``FOLLOW_ON_SHARE``)."""
        best, other = first.best, self.knowledge.entry(entry_id)
        if best is None or other is None:
            return False
        if other.id in best.related or best.id in other.related \
                or (best.table_id is not None and best.table_id == other.table_id):
            return True
        return self._retriever.share_used_by(first.query, other) >= FOLLOW_ON_SHARE

    def _same_row(self, first_id: str, other_id: str) -> bool:
        """Whether two entries are one passage, or the same table row (the row or one of its cells)."""
        first, other = self.knowledge.entry(first_id), self.knowledge.entry(other_id)
        if first is None or other is None or first.id == other.id:
            return True
        return first.row_id is not None and (first.table_id, first.row_id) == (other.table_id, other.row_id)

    def _declined_by_context(self, candidate: str, retrieval: Retrieval) -> bool:
        """Whether what declined ``candidate`` stands only in the context it borrowed (see
        :func:`_named_only_in_context`)."""
        return _named_only_in_context(candidate, retrieval, self.names_subject, self._retriever.names_uncovered_topic)

    def _answered_whole(self, tried: list[tuple[int, str, Retrieval]], asked: list[str]) -> set[int]:
        """The questions of two or more clauses whose whole sentence found a passage that answers each clause:
        one using most of every clause's words (``WHOLE_ANSWER_SHARE``). "In which direction do the ions move
        during discharge, and what delivers the power?" is answered by the passage that says both, not by
        the one for the first clause alone with the second offered back."""
        whole = {i: r for i, t, r in tried if t == asked[i] and r.found and r.best is not None
                 and r.confidence >= self._retriever.tuning.min_explained}
        out = set()
        for index, retrieval in whole.items():
            parts = [r for i, t, r in tried if i == index and t != asked[index]]
            best = retrieval.best
            if len(parts) > 1 and best is not None and all(
                    self._retriever.share_used_by(r.query, best) >= WHOLE_ANSWER_SHARE for r in parts):
                out.add(index)
        return out

    def _continued(self, retrieval: Retrieval, previous_entry: str) -> Retrieval:
        """A follow-up's retrieval with the entry the previous answer lists as related put first, when one
        scores nearly as well as the best (``RELATED_SHARE``): "Do solid-state cells always use lithium
        metal?" then "why is it such a prize then?" continues where the guide sends the reader from that
        answer (why lithium metal is the prize), not at another passage that happens to say "attractive".
        A related table stands for its cells too, and the previous answer itself, found again, gives way
        the same way: the follow-up asks for more than it said; unless the follow-up asks what the thing
        talked about does to something the previous answer names ("what does that do to the resistance?"):
        then that answer, found again nearly as well, answers. Only a plain answer moves: not a comparison,
        a ranking, a selection of rows or a gap."""
        previous = self.knowledge.entry(previous_entry)
        if previous is None or not retrieval.found or retrieval.reason != "ok" \
                or retrieval.comparison is not None or retrieval.selection is not None or not retrieval.ranked:
            return retrieval
        best, top = retrieval.ranked[0]
        again = next((place for place, (entry, score) in enumerate(retrieval.ranked)
                      if entry.id == previous.id and score >= RELATED_SHARE * top), None)
        effect_on = effect_asked_on(retrieval.query.text, retrieval.query.content)
        # (Shorthand written out: "y is that tho"; only when the previous answer was found again.)
        if again is not None and self._asks_only_why(retrieval.query.text):
            # "Is it safer than the ordinary sort?" then "Why is that, then?": why of what the answer said, which
            # that answer gives ("... risks associated with flammable liquid electrolytes"); so does "why not
            # completely, though?", whose adverb says only how far.
            # (Found first again, it stays first: the answers it sends the reader to say something else.)
            ranked = (retrieval.ranked[again], *retrieval.ranked[:again], *retrieval.ranked[again + 1:])
            return replace(retrieval, ranked=ranked)
        if again and effect_on and all(stem(w) in {stem(v) for v in normalise(previous.answer).split()}
                                       for w in effect_on):
            # "What happens to lithium when it is plated and stripped?" then "what does that do to the
            # resistance?": the previous answer says what it does to that ("voids that raise local resistance").
            ranked = (retrieval.ranked[again], *retrieval.ranked[:again], *retrieval.ranked[again + 1:])
            return replace(retrieval, ranked=ranked)
        if not previous.related:
            return retrieval
        related = set(previous.related)
        if best.id in related or best.table_id in related or f"{best.table_id}/{best.row_id}" in related:
            # Already where the answer sends the reader (a cell of a related row too: "what year was it?").
            return retrieval
        near = [(place, entry) for place, (entry, score) in enumerate(retrieval.ranked) if score >= RELATED_SHARE * top]
        # A passage the answer names itself, before a part of a table it names (a table stands for its rows
        # and cells: "which one is the bridge option?" is the cell that says "bridge").
        named = [place for place, entry in near if entry.table_id is None and entry.id in related]
        cells = [place for place, entry in near if entry.table_id is not None and entry.table_id in related]
        chosen = (named or cells or [0])[0]
        if chosen == 0:
            return retrieval
        ranked = (retrieval.ranked[chosen], *retrieval.ranked[:chosen], *retrieval.ranked[chosen + 1:])
        return replace(retrieval, ranked=ranked)

    def _asked_of_topic(self, question: str, previous: Query, context: Query | None, previous_entry: str,
                        on_subject: bool) -> Retrieval | None:
        """A follow-up pointing back at what was talked about ("Why are interfaces such a problem?" then "What
        can go wrong there, specifically?"), asked with the words the previous question named it by in place of
        the pointer: the pointer stands for them, and the follow-up's own words are few. Only its specific
        words (not "solid-state cells", which every passage is about). None when the guide does not cover it
        so either."""
        asked = {stem(w) for w in normalise(question).split()}
        words = [w for w in self._retriever.specific_words(previous) if stem(w) not in asked]
        if not words:
            return None
        retrieval = self._retriever.retrieve(f"{question} ({' '.join(words)})", context=context,
                                             previous_entry=previous_entry, on_subject=on_subject)
        retrieval = self._continued(retrieval, previous_entry)
        return retrieval if retrieval.found else None

    def _on_subject_of_borrowed(self, question: str, on_subject: bool) -> Retrieval | None:
        """A question that borrowed the sentence it points back at ("The whole interface thing sounds like an
        excuse. Why is it such a big deal?"), asked with only that sentence's words on the guide's subject:
        its everyday words (who said it, how it sounded) are not what the question asks about, and do not
        count against it; asked alone when that sentence names nothing of the subject. None when the question
        borrowed nothing, or the guide does not cover it so either."""
        parts = sentences(question)
        # ("I gather the best lab figure shows the best battery. Would you agree?" asks about the whole claim: its
        # words on the guide's subject alone, "battery", are no question.)
        if len(parts) < 2 or asks_only_for_agreement(parts[-1]):
            return None
        borrowed = self._retriever.prepare(" ".join(parts[:-1]))
        words = list(self._subject_of(parts[:-1]))
        if not words and borrowed.topical and points_back(parts[-1]):
            # "My printer's touchscreen interface keeps freezing. How do I reset it?": "it" is the thing the
            # sentence before named, a touchscreen's interface, not the guide's; the question is about that.
            return None
        if not words and points_at_statement(parts[-1]):
            # "My espresso machine's gauge sits at 12 bar. Is that too high?": "that" is the reading the
            # sentence before gave, which names nothing of the guide's subject; asked alone, "too high" would
            # meet any passage on high figures. (A question naming its own thing, "what should I ask them?",
            # is still asked alone.)
            return None
        # (Otherwise a sentence naming nothing of the subject lends nothing: the question is asked alone.)
        retrieval = self._retriever.retrieve(f"{' '.join(words)} {parts[-1]}".strip(), on_subject=on_subject)
        return retrieval if retrieval.found else None

    def _asked_of_claim(self, question: str, alone: str, on_subject: bool) -> Retrieval | None:
        """``alone``, the last sentence of ``question``, pointing back with "they" or "it" at the claim someone made
        in the sentences before it, asked of what the claim is about: whole, else by its first clause ("Is she
        right that they're safe, or is she ...?"). None when no one made a claim naming something of the guide
        ("Startup Voltaris reports a record. Is it the best?" and "a video about QuantumScape's cell. Does their
        design ...?" are about the name), or the guide does not cover it so."""
        said = " ".join(sentences(question)[:-1])
        claim = claim_in(said, self.on_topic)
        if claim == said or not self.names_subject(claim):
            return None
        subject = self._subject_of([claim])
        for part in dict.fromkeys((alone, *clauses(alone)[:1])):
            if (retrieval := self._asked_of(subject, part, on_subject)) is not None:
                return retrieval
        return None

    def _subject_of(self, context: list[str]) -> tuple[str, ...]:
        """The words on the guide's subject of a message's sentences of context, in order, once each; not one
        right after a word the knowledge never uses ("my printer's touchscreen interface": a touchscreen's
        interface is another thing than a cell's)."""
        words: list[str] = []
        for sentence in context:
            query = self._retriever.prepare(sentence)
            prepared = query.prepared.split()
            foreign = set(query.unknown) | set(query.ordinary)
            # (A noun before it, itself after "my", "the" ... or another such word: "I keep *hearing* oxides are
            # tough" has a verb there, and lends "oxides"; so has "the coach *reckons* solid-state will ...".)
            modified = {prepared[i] for i in range(2, len(prepared)) if prepared[i - 1] in foreign
                        and not third_person_verb(prepared[i - 1])
                        and (prepared[i - 2] in _WHOSE or prepared[i - 2] in foreign)}
            words += [w for w in query.topical if w not in modified]
        return tuple(dict.fromkeys(words))

    def _asked_of(self, subject: tuple[str, ...], question: str, on_subject: bool) -> Retrieval | None:
        """``question`` asked of ``subject`` (words of the guide's subject its message says around it), if the
        guide covers it so; its own words still count in that decision."""
        retrieval = self._retriever.retrieve(question, context=self._retriever.prepare(" ".join(subject)),
                                             on_subject=on_subject)
        if not retrieval.found and _KIND_OF_UNNAMED.search(question):
            # "... each type of solid electrolyte has its own problems. Sulphide, oxide ... Which type has trouble
            # with moisture?": a kind asked for without its noun is a kind of what the context names, as if said.
            retrieval = self._retriever.retrieve(f"{' '.join(subject)} {question}", on_subject=on_subject)
        return retrieval if retrieval.found else None

    def _asked_after(self, message: str, question: str, on_subject: bool) -> Retrieval | None:
        """A comparison naming none of the things it compares ("What's the actual difference I should explain on
        the showroom floor?") asked together with the nearest sentence before it on the guide's subject
        ("Customers ask about semi-solid versus solid-state."): that sentence says what is compared. Both
        sentences' words count in whether the guide covers it; None when it does not. (Only a comparison:
        "What football team should I support?" after a sentence on the subject asks about something else.)"""
        before = message[: message.find(question)] if question in message else ""
        on_subject_before = [s for s in reversed(sentences(before)) if self.on_topic(s)]
        # The nearest naming two things of the guide, which is what a comparison compares ("... arguing about semi
        # solid vs full solid state. One says semi solid is a con. What's the difference between them?"), else the
        # nearest on the subject.
        subject = next((s for s in on_subject_before if len(self._retriever.prepare(s).mentions) >= 2),
                       on_subject_before[0] if on_subject_before else None)
        if subject is None:
            return None
        # Only its words on the subject: who asked and where ("buyers at our stand keep asking about") is not
        # what is compared.
        words = " ".join(dict.fromkeys(self._retriever.prepare(subject).topical))
        retrieval = self._retriever.retrieve(f"{words} {question}", on_subject=on_subject)
        return retrieval if retrieval.found else None

    def _asked_after_scene(self, question: str, on_subject: bool) -> Retrieval | None:
        """The question proper of a sentence that first sets the scene ("boats wet all day, which of them
        electrolytes hates moisture?"), asked on its own: the scene's everyday words are where the writer is,
        not what is asked, and do not count against it. None when the sentence is not so built, or the guide
        does not cover the question either."""
        parts = question_after_scene(question)
        if parts is None:
            return None
        scene, asked = parts
        scene_on_subject = self.on_topic(scene)
        retrieval = self._retriever.retrieve(asked, on_subject=on_subject or scene_on_subject)
        if not retrieval.query.topical and points_back(asked) and not scene_on_subject \
                and not starts_with_condition(scene):
            # "My smoke alarm keeps chirping at night, how do I make it stop?": a question proper naming nothing of
            # the guide's, pointing back, is asked about what the scene names, off the guide's subject. ("According
            # to the literature, what is the hardest part?" points at nothing; a condition, "If I'm reading
            # a maker's claims, what proof should I want?", says what the writer is doing, not what is asked about.)
            return None
        return retrieval if retrieval.found else None

    def _asked_after_condition(self, question: str, on_subject: bool) -> Retrieval | None:
        """The question proper of a sentence opening with a condition ("If the ions cross the solid layer, what
        carries the electrons?"), asked on its own when it names the guide's subject itself and asks what, why,
        how or which: the condition says what the writer takes as given. None otherwise, or when the guide does
        not cover the question proper."""
        parts = question_after_scene(question)
        # (Not "If soft layers help contact, what's the catch?", which names only an aspect, nor "If the cell uses
        # lithium metal, what should I ask the supplier?": what to ask is asked about what the condition names.
        # "If some company pitches us a solid-state pack, what should I ask them?" names only the guide's subject
        # there: the condition says who is asked, and what to ask is asked of the subject as a whole.)
        if parts is None or not starts_with_condition(parts[0]):
            return None
        if asks_what_to_ask(parts[1]):
            if self._retriever.specific_words(self._retriever.prepare(parts[0])):
                return None
        elif not self.names_subject(parts[1]):
            return None
        retrieval = self._retriever.retrieve(parts[1], on_subject=True)
        return retrieval if retrieval.found else None

    def _words_of_aspects(self) -> frozenset[str]:
        """The words on the guide's subject with which the knowledge names an aspect of a table's rows (its
        columns' names and phrasings around the row: "what goes wrong with {row}", "energy density"), less
        the words of any row's names (a column may be a thing compared: "Conventional lithium-ion"; a name's
        parenthesis, "(Nature Energy, 2020)", says where it appeared) and the
        guide's own subject words (in more than rerank_subject_share of the entries: "battery")."""
        prepare, index = self._retriever.prepare, self._retriever.index_
        # (A name of many words is a title, "Designing solid-state electrolytes for safe, energy-dense batteries":
        # its words name no thing of its own.)
        things = {w for t in self.knowledge.tables for r in t.rows
                  for w in prepare(" ".join(short_name(n) for n in r.names
                                            if len(short_name(n).split()) <= MAX_THING_NAME_WORDS)).topical}
        aspects = {w for t in self.knowledge.tables for c in t.columns
                   for w in prepare(" ".join((c.name, *(q.replace("{row}", " ") for q in c.questions)))).topical}
        share = self._retriever.tuning.rerank_subject_share
        return frozenset(w for w in aspects - things if index.share_of_entries(w) <= share)

    def names_subject(self, sentence: str) -> bool:
        """Whether a sentence names a thing of the guide's subject (a row of one of its tables, or a word on
        the subject), not only an aspect many of its things have: a word of a table's column, its name or
        its phrasings around the row ("what goes wrong with {row}", "drawbacks of {row}")."""
        query = self._retriever.prepare(sentence)
        return bool(query.mentions or set(query.topical) - self._aspect_words)

    def on_topic(self, sentence: str) -> bool:
        """Whether a sentence of a message names the guide's subject: one of its characteristic words
        or a row of one of its tables."""
        query = self._retriever.prepare(sentence)
        return bool(query.topical or query.mentions)

    def starter_questions(self) -> tuple[str, ...]:
        """Questions to offer on an empty chat (``guide.yaml``); each is answered by the knowledge."""
        return self.knowledge.guide.starter_questions

    @property
    def retriever(self) -> Retriever:
        """The fitted retriever (read-only): for measuring the index, not for answering."""
        return self._retriever

    # ------------------------------------------------------------------ supplier checklist

    def require_checklist_spec(self) -> ChecklistSpec:
        """The checklist spec, or a ChecklistError saying this knowledge folder has none."""
        if self.checklist_spec is None:
            raise ChecklistError(f"This knowledge folder ({self.knowledge.directory}) has no checklist.yaml, so there "
                                 "is no checklist to run.")
        return self.checklist_spec

    def checklist(self) -> Checklist:
        """A new supplier-checklist walk-through, at its first step."""
        return Checklist(self.require_checklist_spec())

    def checklist_from_dict(self, data: object) -> Checklist:
        """Restore a walk-through saved with ``Checklist.to_dict()``; raises ChecklistError if it does not fit."""
        return Checklist.from_dict(self.require_checklist_spec(), data)

    def prefill_checklist(self, supplier_text: str) -> Checklist:
        """A walk-through with the steps a supplier's own text answers already filled in."""
        spec = self.require_checklist_spec()
        return Checklist.from_prefill(spec, prefill(spec, supplier_text))

    # ------------------------------------------------------------------ answer library

    def library(self) -> tuple[LibraryEntry, ...]:
        return self._library

    def search_library(self, query: str, kind: str | None = None, limit: int = 50) -> list[LibraryEntry]:
        return search(self._library, query, kind=kind, limit=limit)

    def entry(self, entry_id: str) -> LibraryEntry | None:
        found = next((e for e in self._library if e.id == entry_id), None)
        if found is not None:
            return found
        raw = self.knowledge.entry(entry_id)
        if raw is None:
            return None
        return LibraryEntry(raw.id, raw.kind, raw.title, raw.section, composer.entry_text(raw, self.knowledge),
                            raw.source)
