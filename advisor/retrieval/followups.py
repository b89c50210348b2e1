"""Which table row a follow-up is about: "it" after an answer about one row, "the other two",
"the prismatic one", or another row named instead of the previous one.

The conversation keeps the row the previous answer was about (:class:`advisor.conversation.Topic`);
this module rewrites the next question so that retrieval sees the row it points at, and says
which context and which previous entry retrieval should read it against.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from advisor.knowledge.model import Column, KnowledgeBase, Table
from advisor.retrieval.english import ATTITUDE_WORDS, NUMBER_WORDS
from advisor.retrieval.message import context_of, refers_back
from advisor.retrieval.query import Query
from advisor.retrieval.ranking import EXPLICIT_COMPARISON
from advisor.text import analyse, content_words, normalise, stem

#: A parenthesis inside a table row's name: "Kalnaus et al. (Science, 2023)".
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
#: "the other two", "the others", "the rest": the rows of a table but the one just answered about.
_THE_REST = re.compile(r"\b(?:the\s+)?other\s+(?P<count>two|three|four|five|six)?\s*(?:(?P<one>one|kind|type|family|"
                       r"product|cell|source|row|route)\b|ones|kinds|types|families|products|cells|sources|rows|"
                       r"routes)?\b|\bthe\s+(?:others|rest)\b", re.IGNORECASE)
#: A row described by a word or two of its cells: "the prismatic one", "the Science paper", "the 2016 one's", "the
#: solid-state equivalent".
_DESCRIBED = re.compile(r"\bthe\s+(?P<words>[\w-]+(?:\s+[\w-]+)?)\s+(?:ones?|paper|article|study|review|cells?|"
                        r"battery|batteries|products?|source|kinds?|types?|equivalents?|counterparts?|versions?)(?:'s)?\b",
                        re.IGNORECASE)
#: Words of such a description that describe nothing in particular (nor does the writer's attitude: "the fancy
#: solid ones" are the solid ones).
_NOT_DESCRIBING = frozenset({"other", "same", "first", "second", "third", "last", "next", "previous", "new", "old",
                             "best", "worst", "right", "wrong", "whole", "only", "a", "an", "the", "that", "this"}
                            ) | ATTITUDE_WORDS
#: Words that compare a row pointed back at with one named: "is its voltage higher than the pouch cell's?".
_COMPARING = EXPLICIT_COMPARISON | {"higher", "lower", "bigger", "smaller", "better", "worse", "more", "less", "over"}
#: The opening of an elliptical follow-up, one that only names what replaces something in the question
#: before: "and for the solid-state kind?", "what about polymers?", "ok, same for pouch cells?".
_ELLIPSIS = re.compile(r"^(?:(?:ok|okay|right|alright|thanks|hmm|i see|got it)\b[\s,.!]*)*(?:(?:and|but|or|also|then)"
                       r"\s+(?:(?:what|how)\s+about\s+|for\s+|with\s+|in\s+)?|(?:what|how)\s+about\s+|what\s+of\s+"
                       r"|same\s+(?:for|with)\s+)(?P<rest>.+?)[\s?.!]*$", re.IGNORECASE)
#: Words a question asked again of something else adds to the previous one ("what do they use instead?").
_REPLACING = ("instead", "too", "also", "either", "then", "there", "ones", "one", "kind", "kinds")
#: A row pointed at by its place in a list: "the last one", "the middle route", "the second?", "the former":
#: like a pronoun, it points at what was talked about before.
PLACE = re.compile(r"\bthe\s+(?:(?P<which>first|second|third|fourth|fifth|middle|last|final)"
                   r"(?:\s+(?:one|kind|type|family|product|cell|source|row|route|option|design|paper)\b"
                   r"|(?=\s*(?:[?.!,;]|$)))|(?P<pair>former|latter)\b)", re.IGNORECASE)
_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}
#: What an elliptical follow-up names is a short phrase: a longer one, or one with a question
#: word or a verb of its own ("and why does it crack?"), asks a question of its own.
MAX_ELLIPSIS_WORDS = 5
#: A preposition placing an elliptical follow-up's thing as a setting ("what about *in* a normal cell?").
_SETTING_BEFORE = re.compile(r"\b(?:in|inside|within)\s*$", re.IGNORECASE)
_SETTING_FIRST = re.compile(r"^(?:in|inside|within)\s", re.IGNORECASE)


def _in_setting(question: str, match: re.Match[str]) -> bool:
    """Whether an elliptical follow-up (``match`` of :data:`_ELLIPSIS` on ``question``) names a setting ("and in
    a normal cell?", "what about inside a pouch cell?"), not a thing in place of the one before ("and the
    oxides?", "and for polymers?")."""
    return bool(_SETTING_BEFORE.search(question.strip()[:match.start("rest")])
                or _SETTING_FIRST.match(match.group("rest").strip()))
_ASKING_WORD = re.compile(r"\b(?:what|why|how|which|who|whom|whose|where|when|is|are|was|were|do|does|did|can|could"
                          r"|should|would|will|has|have|it|its|they|them|their)\b", re.IGNORECASE)
#: Words pointing back at several things named before: "these two categories", "both", "either of them".
_SEVERAL = re.compile(r"\b(?:these|those|both|either|neither|each|the\s+(?P<count>two|three|four|five|six))\b",
                      re.IGNORECASE)
#: Kinds of things named in the plural ("the main types of ...", "all the families"): what "each" or "these" then
#: stands for is named in the question itself.
_NAMES_THE_KINDS = re.compile(r"\b(?:types|kinds|sorts|families|classes|categories|varieties)\s+of\b|\b(?:all|every)\s+"
                              r"(?:the\s+)?(?:types|kinds|sorts|families|classes|categories)\b", re.IGNORECASE)
#: "They" asked how they differ or compare: several things ("how do they differ in conductivity?").
_THEY_COMPARED = re.compile(r"\b(?:they|them)\b.*\b(?:differ|differs|different|difference|differences|compare|compared"
                            r"|contrast)\b", re.IGNORECASE)
#: One thing other than those talked about: "the other kind", "the other one", "the other?" (not "the other
#: two", "the others", "other kinds": several things, read by ``_THE_REST``).
_THE_OTHER = re.compile(r"\bthe\s+other(?:\s+(?:one|kind|type|sort|route|design|approach|option|technology|battery"
                        r"|cell|version|variety)(?!s)\b|(?=\s*(?:[?.!,;]|$)))", re.IGNORECASE)
#: How a table's title sets the things it compares side by side: "Conventional lithium-ion vs solid-state
#: battery, layer by layer".
_VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
#: Sentences of context before a message's questions read for the row they point back at.
MAX_CONTEXT_SENTENCES = 6

#: A table row: (table id, row id).
RowRef = tuple[str, str]


#: A follow-up asking what the thing just talked about does to something: "what does that do to the
#: resistance?", "how does it affect the contact?", "and its effect on cost?".
_EFFECT_OF_IT = re.compile(r"\b(?:that|this|it|they|those|these)\s+(?:do|does|did)\s+to\b"
                           # ... or a demonstrative with the thing it points at: "what do those gaps do to ..."
                           r"|\b(?:that|this|those|these)\s+[a-z]+\s+(?:do|does|did)\s+to\b"
                           r"|\b(?:that|this|it|they|those|these)\s+(?:affect|affects|change|changes)\b"
                           r"|\b(?:its|their)\s+(?:effect|impact)\s+on\b", re.IGNORECASE)


#: The words of such a question that ask for an effect, not what it is on.
_EFFECT_WORDS = frozenset({"affect", "affects", "change", "changes", "effect", "impact"})


#: "there" pointing at a place talked about ("what can go wrong there?"), not the "there" of "is there ...?" or
#: "there are ...".
_THERE_POINTING = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )\bthere\b(?!['’]s\b)"
                             r"(?!\s+(?:is|are|was|were|will|would|be|been|any|some|a|an|no)\b)", re.IGNORECASE)


def points_at_place(question: str) -> bool:
    """Whether a question points back at a place talked about with "there" ("what can go wrong there?")."""
    return bool(_THERE_POINTING.search(question))


#: "that" or "this" ending a question, the thing its verb is done to: "how do they get round that?".
_THAT_AS_OBJECT = re.compile(r"\b(?:that|this)\s*[?.!]*\s*$", re.IGNORECASE)


def points_back_at_topic(question: str) -> bool:
    """Whether a follow-up points back at what was talked about by a pronoun, a demonstrative or a "there"
    ("what can go wrong with them?", "what happens there?"), or by "that" as the thing its verb is done to ("how do
    engineers get round that?")."""
    return refers_back(question) or points_at_place(question) or _THAT_AS_OBJECT.search(question) is not None


def asks_effect_of_previous(question: str) -> bool:
    """Whether a follow-up asks what the thing the previous answer was about does to something."""
    return _EFFECT_OF_IT.search(question) is not None


def effect_asked_on(question: str, content: tuple[str, ...]) -> tuple[str, ...]:
    """The content words of a follow-up asking for an effect that name what the effect is on ("what does
    that do to the resistance?" -> "resistance"); none when it asks no effect."""
    match = _EFFECT_OF_IT.search(question)
    if match is None:
        return ()
    # (Only what follows: "those gaps" in "what do those gaps do to the cell?" is what has the effect.)
    after = set(normalise(question[match.end():]).split())
    return tuple(w for w in content if w not in _EFFECT_WORDS and w in after)


def short_name(name: str) -> str:
    """A row's name without its parenthesis: "Kalnaus et al." names the row, "(Science, 2023)"
    would also read as a journal and a year asked about."""
    return _PARENTHESIS.sub("", name).strip() or name


def described_row(question: str, table: Table, current: str) -> str:
    """``question`` with a row it describes by a word or two of its names or cells named: after an answer
    about one row, "the prismatic one", "the gel ones" or "the Science paper" is the one other row of that
    table whose names, else whose names and cells, hold those words ("what year was the Science one?" asks
    about Kalnaus et al.)."""
    described = _description(question)
    if described is None:
        return question
    match, words = described
    columns = _columns_described(words, table)
    if columns:
        # "and the solid kind?" after a row of a table with a "Solid-state battery" column: that column, named
        # in full (one word of it, "solid", is the guide's whole subject and names nothing on its own).
        if len(columns) > 1:
            return question
        return f"{question[:match.start()]}{columns[0].name}{question[match.end():]}"
    # Words of a row's names describe it before words of its cells ("the all solid ones" are the row named
    # "all solid state", not the row whose cell compares it with "full all-solid-state").
    holding = [r for r in table.rows if words <= set(normalise(" ".join(r.names)).split())] \
        or [r for r in table.rows if words <= set(normalise(" ".join((*r.names, *r.cells.values()))).split())]
    if len(holding) != 1 or holding[0].id == current:
        return question
    return f"{question[:match.start()]}{short_name(holding[0].name)}{question[match.end():]}"


def _description(text: str) -> tuple[re.Match[str], set[str]] | None:
    """Where ``text`` describes a thing by a word or two ("the solid kind", "the prismatic one"), and those
    words, less the ones that describe nothing in particular; None without such words."""
    match = _DESCRIBED.search(text)
    if match is None:
        return None
    words = set(normalise(match.group("words")).split()) - _NOT_DESCRIBING
    return (match, words) if words else None


def _columns_described(words: set[str], table: Table) -> list[Column]:
    """The columns of ``table`` whose names hold all of ``words`` (normalised)."""
    return [c for c in table.columns if words <= set(normalise(c.name).split())]


def describes_a_column(phrase: str, table: Table) -> bool:
    """Whether ``phrase`` describes one column of ``table`` by a word or two of its name ("the solid kind" for
    "Solid-state battery")."""
    described = _description(phrase)
    return described is not None and len(_columns_described(described[1], table)) == 1


#: An item of a list pointed at by a word or two of it: "the pressure question", "the lithium metal one", "that
#: format point". Language.
ITEM_POINTED_AT = re.compile(r"\b(?:the|that|this)\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                              r"(?:question|questions|one|point|item|bit|part|check|thing)\b", re.IGNORECASE)


class FollowUpRows:
    """Reads follow-ups against the row the previous answer was about.

    ``prepare`` reads a text as retrieval does (:meth:`advisor.retrieval.Retriever.prepare`): the
    rows a question names are its ``mentions``.
    """

    def __init__(self, knowledge: KnowledgeBase, prepare: Callable[[str], Query]) -> None:
        self.knowledge = knowledge
        self.prepare = prepare
        # Per table, per column: the stems of the words its question templates ask with, read as retrieval reads them.
        self._column_words: dict[str, list[set[str]]] = {}
        # Per table: the stems of every word its columns' names and templates ask with (see words_asked_of_rows).
        self._row_question_words: dict[str, frozenset[str]] = {}

    def asks_a_column(self, named: Query, table: Table) -> bool:
        """Whether a phrase, read as ``named``, asks for one of ``table``'s columns rather than naming a thing:
        every word it asks with is one of a column's question words ("the downside" for the column asked as
        "downsides of {row}"). "What's good about sulfides?" then "and the downside?" asks the sulfides' downside,
        not what is good about a thing called the downside."""
        if table.id not in self._column_words:
            self._column_words[table.id] = [
                {stem(w) for q in column.questions for w in self.prepare(q.replace("{row}", " ")).content}
                for column in table.columns]
        asked = {stem(w) for w in named.content}
        return bool(asked) and any(asked <= words for words in self._column_words[table.id])

    def words_asked_of_rows(self, table: Table) -> frozenset[str]:
        """The stems of the words ``table`` asks of its rows with: its columns' names and question templates
        ("reality check", "why do people like {row}"), read as retrieval reads them; computed once per table."""
        if table.id not in self._row_question_words:
            self._row_question_words[table.id] = frozenset(
                stem(w) for column in table.columns
                for text in (column.name, *(q.replace("{row}", " ") for q in column.questions))
                for w in self.prepare(text).content)
        return self._row_question_words[table.id]

    def ordinal(self, question: str, previous: Query | None, row: RowRef | None, previous_entry: str | None) -> str:
        """``question`` with a row it points at by its place named ("what's the reality check for the last
        one?" after a question or an answer about one table): the place in the order the previous question
        named that table's rows, when it named two or more, else in the table's own order. "The middle one"
        is the middle of an odd number of rows, "the former" and "the latter" are of two; a place the
        order does not have names nothing."""
        match = PLACE.search(question)
        if match is None:
            return question
        entry = self.knowledge.entry(previous_entry) if previous_entry is not None else None
        table_id = row[0] if row is not None else entry.table_id if entry is not None else None
        if table_id is None:
            return question
        table = self.knowledge.table(table_id)
        named = sorted((m for m in previous.mentions if m.table_id == table_id), key=lambda m: m.start) \
            if previous is not None else []
        order = list(dict.fromkeys(m.row_id for m in named))
        if len(order) < 2:
            order = [r.id for r in table.rows]
        which = (match.group("which") or match.group("pair")).lower()
        if which == "middle":
            place = len(order) // 2 if len(order) % 2 == 1 and len(order) > 2 else None
        elif which in ("former", "latter"):
            place = (0 if which == "former" else 1) if len(order) == 2 else None
        else:
            place = _PLACES[which]
        if place is None or not -len(order) <= place < len(order):
            return question
        name = short_name(table.row(order[place]).name)
        return f"{question[:match.start()]}{name}{question[match.end():]}"

    def item_of_list(self, question: str, previous_entry: str | None) -> str:
        """``question`` with an item of the list the previous answer gave, pointed at by a word of it ("why does the
        pressure question matter?" after the questions to ask a supplier), named by its title: the one passage the
        previous answer lists as related whose title has every word the pointer says before "question" ("one",
        "point" ...). As written when no such passage, or more than one, has them."""
        match = ITEM_POINTED_AT.search(question)
        entry = self.knowledge.entry(previous_entry) if previous_entry is not None else None
        if match is None or entry is None or not entry.related:
            return question
        pointer = self.prepare(match.group("words"))
        words = {stem(w) for w in pointer.content}
        if not words or pointer.mentions:
            # ("and the fully solid one?" names a row: the row is what it points at, not an item of a list.)
            return question
        items = [other for other in (self.knowledge.entry(r) for r in entry.related) if other is not None
                 and other.title and words <= {stem(w) for w in self.prepare(other.title).content}]
        if len(items) != 1:
            return question
        return f"{question[:match.end()]} ({items[0].title}){question[match.end():]}"

    def compared(self, table: Table) -> list[str]:
        """The things a table compares side by side, as its title names them ("Conventional lithium-ion vs
        semi-solid vs all-solid-state"; "..., layer by layer" says how, not what): none when its title
        compares nothing."""
        parts = _VERSUS.split(table.title)
        if len(parts) < 2:
            return []
        return [p.split(",")[0].strip() for p in parts]

    def the_other(self, question: str, previous: Query, previous_entry: str | None) -> str:
        """``question`` with "the other kind" named: of the things a table of the guide compares side by side
        (:meth:`compared`), the one the previous question did not name, when exactly one is left ("How is a
        semi-solid battery different from a regular lithium-ion one?" then "and the other kind?" asks about
        all-solid-state; "what carries the ions in a conventional cell?" then "and in the other kind?" about
        the solid-state battery). The table of the previous answer is read first, then those whose rows the
        previous question named, then the others, each when the previous question named at least one of its
        things. A follow-up that names the other thing itself ("and the other kind, the fully solid one?") is
        left as it is."""
        match = _THE_OTHER.search(question)
        if match is None:
            return question
        asked_rows = {(m.table_id, m.row_id) for m in previous.mentions}
        if any((m.table_id, m.row_id) not in asked_rows for m in self.prepare(question).mentions):
            # "and the other kind, the fully solid one?": the question names the other thing itself.
            return question
        entry = self.knowledge.entry(previous_entry) if previous_entry is not None else None
        # The previous answer's table first, then the tables whose rows the previous question named.
        mentioned = {m.table_id for m in previous.mentions}
        tables = sorted(self.knowledge.tables,
                        key=lambda t: (entry is None or t.id != entry.table_id, t.id not in mentioned))
        # Words of a row the question named are that row's ("a semi-solid battery" names no solid-state battery).
        in_mentions = {i for m in previous.mentions for i in range(m.start, m.end)}
        asked_words = {stem(w) for i, w in enumerate(previous.prepared.split())
                       if i not in in_mentions and w in previous.content}
        other = None
        for table in tables:
            things = self.compared(table)
            words = [set(analyse(t)) for t in things]
            # A thing is named by its row, or by most of the words only its name has ("a regular lithium-ion
            # one" is conventional lithium-ion; "a solid-state battery" is not semi-solid, nor "battery" alone
            # a solid-state battery).
            own = [w - set().union(*(o for o in words if o is not w)) for w in words]
            named = [any((m.table_id, m.row_id) in asked_rows for m in self.prepare(t).mentions)
                     or (bool(o) and len(o & asked_words) > len(o) / 2) for t, o in zip(things, own, strict=True)]
            if any(named) and named.count(False) == 1:
                other = things[named.index(False)]
                break
        if other is None:
            return question
        ellipsis = _ELLIPSIS.match(question.strip())
        if ellipsis is not None and match.start() >= ellipsis.start("rest"):
            pieces = [p.strip() for p in ellipsis.group("rest").split(",") if p.strip()]
            if all(_THE_OTHER.search(p) or not self.prepare(p).mentions for p in pieces):
                lead = question.strip()[: ellipsis.start("rest")]
                return f"{lead}{other}?"
        return f"{question[:match.start()]}{other}{question[match.end():]}"

    def pair_in_context(self, message: str, asked: list[str], question: str) -> str:
        """``question`` with the rows of one table that the sentences around it name, when it points back at
        several things ("these", "both", "the three": as many as are named; "they", asked how they differ)
        and names none itself ("Officials
        have met the terms semi-solid and all-solid-state. Set out the difference between these two
        categories." asks about those two routes)."""
        several = _SEVERAL.search(question) or _THEY_COMPARED.search(question)
        if several is None or self.prepare(question).mentions or _NAMES_THE_KINDS.search(question):
            # ("... break down the main types of solid electrolytes and the weakness of each": "each" is each of
            # the kinds the question names, every row, not the two the writer's story happened to mention.)
            return question
        around = context_of(message, asked)[-MAX_CONTEXT_SENTENCES:]
        named = [m for s in around for m in self.prepare(s).mentions]
        tables = {m.table_id for m in named}
        rows = list(dict.fromkeys(m.row_id for m in named))
        if len(tables) != 1 or len(rows) < 2:
            return question
        count = several.groupdict().get("count")
        if count and NUMBER_WORDS[count.lower()] != len(rows):
            # "which of the three ...?" points at three things named before, no other number of them.
            return question
        table = self.knowledge.table(next(iter(tables)))
        return f"{question} ({' and '.join(short_name(table.row(r).name) for r in rows)})"

    def named_in_context(self, message: str, asked: list[str]) -> RowRef | None:
        """The one table row the sentences around a message's questions name, if exactly one
        ("I noticed the guide lists the AB-21700. What energy density does that cell have?"); failing
        that, the one row its earlier questions name: "I think she said sulfide? Is that right, and
        what's the problem with them?" points back at the row the question before it names, as a
        statement would."""
        around = context_of(message, asked)[-MAX_CONTEXT_SENTENCES:]
        rows = {(m.table_id, m.row_id) for s in around for m in self.prepare(s).mentions}
        if not rows:
            rows = {(m.table_id, m.row_id) for s in asked[:-1] for m in self.prepare(s).mentions}
        return next(iter(rows)) if len(rows) == 1 else None

    @staticmethod
    def row_of(row: RowRef | None, named: RowRef | None) -> RowRef | None:
        """The row a follow-up points back at: the one the previous answer was about, else the one row
        the previous question named itself (``named``): "Who are Famprikis et al.?" answered by the list
        of sources, then "what year was their paper?"."""
        return row if row is not None else named

    def resolved(self, question: str, row: RowRef | None) -> str:
        """``question`` with the rows it refers to named, when it points back at ``row`` (the row the
        previous answer was about) and names no row of that table itself ("who wrote it?" after an
        answer about one source; "what's its voltage?" after the product that won a superlative),
        compares that row with another it names ("is its voltage higher than the pouch cell's?"), or
        asks about the rest of the table ("and the other two?")."""
        if row is None:
            return question
        table = self.knowledge.table(row[0])
        described = described_row(question, table, row[1])
        if described != question:
            start = _DESCRIBED.search(question)
            if start is not None and refers_back(question[: start.start()]):
                # "Why look at those before the full solid ones?": a pointer before the row described
                # points at the row talked about, not at the one described after it.
                return f"{described} ({short_name(table.row(row[1]).name)})"
        question = described
        others = [r for r in table.rows if r.id != row[1]]
        named = {m.row_id for m in self.prepare(question).mentions if m.table_id == table.id}
        rest = _THE_REST.search(question)
        if rest is not None and not named and others:
            # "the other one" is one row: the rest of the table only when one row is left.
            count = 1 if rest.group("one") else NUMBER_WORDS.get(rest.group("count") or "", len(others))
            if count == len(others):
                return f"{question} ({' and '.join(short_name(r.name) for r in others)})"
        if not refers_back(question):
            return question
        if named and (row[1] in named or not _COMPARING & set(normalise(question).split())):
            return question
        return f"{question} ({short_name(table.row(row[1]).name)})"

    def elided(self, question: str, previous: Query, row: RowRef | None, previous_entry: str | None) -> str | None:
        """The previous question asked again of what an elliptical follow-up names instead of the row it
        was about: "What are the typical ways a conventional cell fails?" then "And for the solid-state
        kind?" asks "what are the typical ways a solid-state kind fails". None when the follow-up is not
        elliptical, the previous question names no row, or the follow-up names another row of that
        table (:meth:`switched_row` moves to it, in the column answered before) or another column of
        the table whose cell answered (retrieval moves to it, in the same row: "the failure modes of
        conventional cells?" then "and for solid-state?")."""
        match = _ELLIPSIS.match(question.strip())
        if match is None:
            return None
        if row is None:
            return self._asked_again_in(match.group("rest"), previous) if _in_setting(question, match) else None
        # "and the other one, the solid-state battery?": the phrase that says which one.
        pieces = [p.strip() for p in match.group("rest").split(",")
                  if p.strip() and not _THE_REST.fullmatch(p.strip())]
        if len(pieces) != 1 or len(pieces[0].split()) > MAX_ELLIPSIS_WORDS or _ASKING_WORD.search(pieces[0]) \
                or refers_back(pieces[0]):
            # "and the downside of those?": a phrase pointing back names no other thing; it asks something
            # new of the same one (resolved), not the previous question again.
            return None
        named = self.prepare(pieces[0])
        if named.mentions and all(m.table_id != row[0] for m in named.mentions) and _in_setting(question, match):
            # "Is the solid electrolyte also the separator?" then "what about in a normal lithium-ion cell?": a row
            # of another table is where the question is asked again, not a row of this one in its place.
            return self._asked_again_in(match.group("rest"), previous)
        # After a passage or a whole row answered ("What is a semi-solid cell?"), "and the all-solid-state one?"
        # asks the same of that row; after one cell, the same column of it (switched_row).
        whole = previous_entry is not None and (entry := self.knowledge.entry(previous_entry)) is not None \
            and entry.column_id is None
        if not named.content or (any(m.table_id == row[0] for m in named.mentions) and not whole) \
                or self.names_column(named, previous_entry) \
                or describes_a_column(pieces[0], self.knowledge.table(row[0])) \
                or (not named.mentions and self.asks_a_column(named, self.knowledge.table(row[0]))):
            # ("and in the solid kind?" describes the column "Solid-state battery": the row's other cell, see
            # described_row.)
            return None
        words = previous.prepared.split()
        spans = [m for m in previous.mentions if (m.table_id, m.row_id) == row]
        if not spans:
            return None
        replaced = {i for m in spans for i in range(m.start, m.end)}
        out: list[str] = []
        for i, word in enumerate(words):
            if i in replaced:
                if i - 1 not in replaced:
                    out.append(named.prepared)
            else:
                out.append(word)
        return " ".join(out)

    def _asked_again_in(self, rest: str, previous: Query) -> str | None:
        """The previous question, about no one row, asked again in the setting an elliptical follow-up adds:
        "Is the solid electrolyte also the separator?" then "what about in a normal lithium-ion cell?" asks
        "is the solid electrolyte also the separator in a normal lithium ion cell". Only a setting that names
        a table row the previous question did not ("a normal lithium-ion cell"), in a phrase that asks nothing
        and points back at nothing; None otherwise."""
        rest = rest.strip()
        if len(rest.split()) > MAX_ELLIPSIS_WORDS + 1 or "," in rest or _ASKING_WORD.search(rest) or refers_back(rest):
            return None
        named = self.prepare(rest)
        before = {(m.table_id, m.row_id) for m in previous.mentions}
        if not named.mentions or any((m.table_id, m.row_id) in before for m in named.mentions):
            return None
        return f"{previous.prepared} {named.prepared}"

    def without_asked_again(self, question: str, previous: Query) -> str:
        """An elliptical follow-up without the question after it that asks the previous one again ("And the
        solid-state ones, what might they use instead?" is "And the solid-state ones?"): what it names is
        all it adds, and it is read as the ellipsis (:meth:`elided`, :meth:`switched_row`)."""
        match = _ELLIPSIS.match(question.strip())
        if match is None:
            return question
        pieces = [p.strip() for p in match.group("rest").split(",") if p.strip()]
        if len(pieces) != 2 or not self._asked_again(pieces[1], previous):
            return question
        stripped = question.strip()
        return stripped[: stripped.rfind(",")].rstrip() + "?"

    def _asked_again(self, piece: str, previous: Query) -> bool:
        """Whether a question after an elliptical phrase asks the previous question again of what the phrase
        names: it points back at it ("they", "it") and asks nothing the previous question did not (every
        content word of it is one of the previous question's, or says it replaces: "instead", "too")."""
        if not refers_back(piece):
            return False
        before = {stem(w) for w in previous.content}
        words = {stem(w) for w in content_words(normalise(piece))} - {stem(w) for w in _REPLACING}
        return words <= before

    def names_column(self, query: Query, entry_id: str | None) -> bool:
        """Whether ``query`` names a column of the table whose cell ``entry_id`` is (at least half the
        words of its name), other than that cell's own."""
        entry = self.knowledge.entry(entry_id) if entry_id is not None else None
        if entry is None or entry.table_id is None or entry.column_id is None:
            return False
        asked = {stem(w) for w in query.content}
        for column in self.knowledge.table(entry.table_id).columns:
            words = {stem(w) for w in content_words(normalise(column.name))}
            if column.id != entry.column_id and words and len(words & asked) >= len(words) / 2:
                return True
        return False

    def switched_row(self, question: str, row: RowRef | None) -> str | None:
        """The one other row of ``row``'s table that ``question`` names instead of it ("And Kalnaus
        et al., what year was it?" after an answer about Famprikis et al.), if any."""
        if row is None:
            return None
        table_id, row_id = row
        named = {m.row_id for m in self.prepare(question).mentions if m.table_id == table_id}
        return next(iter(named)) if len(named) == 1 and row_id not in named else None

    def context_without(self, switched: str | None, row: RowRef | None, context: Query | None) -> Query | None:
        """The previous topic as context, without the words only its row has when the question switches
        to another row: the follow-up keeps asking about a year, no longer about Famprikis et al."""
        if switched is None or row is None or context is None:
            return context
        table = self.knowledge.table(row[0])

        def words(row_id: str) -> set[str]:
            cells = table.row(row_id)
            return set(normalise(" ".join((*cells.names, *cells.cells.values()))).split())

        dropped = words(row[1]) - words(switched)
        return self.prepare(" ".join(w for w in normalise(context.text).split() if w not in dropped))

    def previous_in(self, switched: str | None, row: RowRef | None, previous_entry: str | None) -> str | None:
        """The entry a follow-up continues from: when it switches row, the same column of the new row
        (so "what year?" is asked of the new row, not the one answered before)."""
        if switched is None or row is None or previous_entry is None:
            return previous_entry
        previous = self.knowledge.entry(previous_entry)
        if previous is None or previous.column_id is None or previous.table_id != row[0]:
            return previous_entry
        moved = f"{previous.table_id}/{switched}/{previous.column_id}"
        return moved if self.knowledge.entry(moved) is not None else previous_entry
