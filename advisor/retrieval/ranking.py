"""From a question to ranked knowledge entries, with an honest in-scope decision.

Steps: read the question (:mod:`advisor.query`), score every entry with the index
(:mod:`advisor.index`), adjust for the table rows it names (:mod:`advisor.rows`), then
decide whether the guide covers the question at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from advisor.knowledge.model import Entry, KnowledgeBase, ScopeRule, Table
from advisor.retrieval.english import (
    NUMBER_WORDS,
    POINTING_PRONOUNS,
    VERDICT_WORDS,
    ends_in_amount_of_nothing,
    is_adverb,
    zipf,
)
from advisor.retrieval.gaps import Gap, GapFinder
from advisor.retrieval.index import FieldWeights, Index, QueryVector
from advisor.retrieval.message import sentences
from advisor.retrieval.query import Mention, Query, QueryReader, in_guide_words
from advisor.retrieval.rows import RowScoring, RowSelector, Selection
from advisor.retrieval.superlatives import BEAT_WORDS, Superlative, SuperlativeFinder, superlative_word
from advisor.retrieval.tuning import Tuning
from advisor.retrieval.vocabulary import Synonyms
from advisor.text import SMALL_TALK, STOP_WORDS, content_words, normalise, stem

__all__ = ["Mention", "Query", "Retrieval", "Retriever", "context_without_replaced_rows"]

#: Words that say "compare these": with two rows of one table named, answer side by side.
#: Words that explicitly ask to set two things side by side ("how do composites compare with them?").
EXPLICIT_COMPARISON = frozenset({"vs", "versus", "compare", "compared", "comparison", "difference", "differences",
                                 "differ", "differs", "different", "than", "against", "contrast"})
#: Words that join two named rows without asking anything of them: "X vs Y", "X or Y?".
BARE_COMPARISON = frozenset({"vs", "versus", "or", "and", "a", "an", "the"})
#: How many read questions a retriever keeps (a message's sentences and a conversation's turns).
PREPARED_CACHE_SIZE = 256
#: How many of the best entries compete on how much of the question they account for.
RERANK_DEPTH = 3
COMPARISON_CUES = frozenset({"vs", "versus", "compare", "compared", "comparison", "difference", "differences",
                             "differ", "different", "or", "between", "better", "which", "against"})



#: The words after "which" that say what kind of thing it picks ("which electrolyte ...", "which kind of cell").
PICKED_PHRASE_WORDS = 4


def _picked_phrase(words: list[str]) -> list[str]:
    """The words right after the first "which", up to the first word of no noun phrase ("which electrolyte has"
    -> "electrolyte"; "which paper calls the electrolyte ..." -> "paper"): what a picking question picks one of.
    Empty for a plural ("which jobs does the electrolyte handle?" asks for several things, not one row)."""
    if "which" not in words:
        return []
    phrase: list[str] = []
    for word in words[words.index("which") + 1:][:PICKED_PHRASE_WORDS]:
        if word in STOP_WORDS and word != "of":
            break
        phrase.append(word)
    return phrase if phrase and stem(phrase[-1]) == phrase[-1] else []


#: Fewer letters than this make an abbreviation ("vc", "q"), not a word of some other topic.
MIN_WORD_LETTERS = 3


#: Nouns for a battery itself: a scope term written right before one names the battery asked about ("the nominal
#: voltage of a *sodium-ion battery*"), however covered the rest of the question's words are.
_BATTERY_NOUNS = frozenset({"battery", "batteries", "cell", "cells", "pack", "packs", "chemistry", "chemistries"})


#: Words a verdict points back with ("why is *that* a problem?"): the pronouns, and "that" as a demonstrative.
_VERDICT_POINTERS = POINTING_PRONOUNS | {"that"}


def _names_the_battery(prepared: str, term: str) -> bool:
    """Whether the scope term ``term`` (as written) stands right before a noun for a battery in ``prepared``."""
    words = prepared.split()
    written = normalise(term).split()
    n = len(written)
    return any(words[i:i + n] == written and words[i + n:i + n + 1] and words[i + n] in _BATTERY_NOUNS
               for i in range(len(words) - n + 1))


@dataclass(frozen=True)
class Retrieval:
    """The ranked entries for one query and the scope decision."""

    query: Query
    ranked: tuple[tuple[Entry, float], ...]
    found: bool
    confidence: float
    reason: str
    comparison: tuple[Table, tuple[str, ...]] | None = None
    mentions: tuple[Mention, ...] = field(default=())
    not_covered: ScopeRule | None = None
    #: The share of the question the best entry accounts for (see ``Index.explained``).
    explained: float = 0.0
    #: The topic is covered but the guide does not give what was asked (an attribute, a figure).
    gap: Gap | None = None
    #: "Which row is highest / most ...?", answered from a table.
    superlative: Superlative | None = None
    #: "Which rows have <value>?", answered with those rows of a table.
    selection: Selection | None = None

    @property
    def best(self) -> Entry | None:
        return self.ranked[0][0] if self.ranked else None


#: A passage scoring this many times a row's best entry, and using the words that name the row in its own sense,
#: is what a question naming that row asks about (see Retriever._rows_asked_about).
ROW_ASIDE_RATIO = 2.0


#: Words with "which" that pick among things pointed at ("which one", "which of them", "which of those").
_POINTED_AMONG = frozenset({"one", "ones", "them", "those", "these"})


class Retriever:
    """Scores questions against a knowledge base. Fitted once; safe to share between threads."""

    def __init__(self, *, top_k: int = 5, weights: FieldWeights | None = None,
                 tuning: Tuning | None = None) -> None:
        self.top_k = top_k
        self.weights = weights
        self.tuning = tuning or Tuning()
        #: The stemmed words of each entry's answer, for which words a passage uses in its own sense.
        self._answer_stems_of: dict[str, frozenset[str]] = {}
        # One message reads the same text more than once (its sentences for topic, a follow-up for
        # the rows it names, then for retrieval): a query is read once and shared (Query is frozen).
        self._prepared = lru_cache(maxsize=PREPARED_CACHE_SIZE)(self._prepare_uncached)
        #: table id -> the words naming its columns (see _column_words), filled as asked.
        self._columns_named: dict[str, frozenset[str]] = {}
        #: table id -> the stems of its title's and its columns' names (see whole_table_unasked), filled as asked.
        self._table_named_by: dict[str, frozenset[str]] = {}

    def fit(self, knowledge: KnowledgeBase, *, index: Index | None = None,
            parts: dict[str, object] | None = None) -> Retriever:
        """Fit to ``knowledge``. ``index``: an index already fitted to these entries (from the
        on-disk cache, :mod:`advisor.retrieval.cache`) to use instead of fitting one; ``parts``:
        with it, the other fitted attributes (``reader_``, ``rows_``, ...) as the cache saved them."""
        if index is not None and [e.id for e in index.entries_] != [e.id for e in knowledge.entries]:
            raise ValueError("the index was fitted to other entries")
        if parts is not None and index is None:
            raise ValueError("fitted parts come with their index")
        self.knowledge_ = knowledge
        self._prepared.cache_clear()  # read against the knowledge fitted before
        self._columns_named = {}
        self._table_named_by = {}
        if index is not None and parts is not None:
            self.index_ = index
            vars(self).update(parts)
            return self
        synonyms = Synonyms(knowledge.synonyms)
        self.index_ = index or Index(weights=self.weights).fit(knowledge.entries,
                                                               partial(in_guide_words, synonyms), knowledge.broader)
        self.reader_ = QueryReader(knowledge, synonyms, self.index_.vocabulary_, self.tuning,
                                   Synonyms((*knowledge.synonyms, *knowledge.question_synonyms)))
        self.gaps_ = GapFinder(knowledge, self.reader_)
        self.superlatives_ = SuperlativeFinder(knowledge, self.index_.entries_,
                                               {e.id: self.reader_.rows_named_by(e) for e in self.index_.entries_})
        self.rows_ = RowScoring(knowledge, self.index_.entries_, self.reader_, self.tuning)
        self.selector_ = RowSelector(knowledge, self.reader_)
        return self

    def _table_pointed_back_at(self, query: Query, previous_entry: str | None) -> set[str] | None:
        """The table the answer before was (or was part of), for a follow-up that picks among what it pointed
        at ("which one is fastest for ions?", "which of them ...?") and names no kind of row itself: the
        superlative picks among that table's rows, not any table whose words the question happens to meet."""
        words = query.prepared.split()
        if previous_entry is None or "which" not in words or not _POINTED_AMONG.intersection(words) \
                or self.superlatives_.tables_picked_among(words):
            return None
        previous = self.knowledge_.entry(previous_entry)
        return {previous.table_id} if previous is not None and previous.table_id is not None else None

    def prepare(self, question: str) -> Query:
        """The question as the retriever reads it (see :class:`QueryReader`)."""
        return self._prepared(question)

    def _prepare_uncached(self, question: str) -> Query:
        query = self.reader_.prepare(question)
        kept = self._without_qualified_heads(query)
        return query if kept == query.mentions else replace(query, mentions=kept)

    def _qualified_heads(self, query: Query) -> dict[tuple[str, str], frozenset[str]]:
        """The rows whose names the question uses only as the head another row's name qualifies (see
        :meth:`_without_qualified_heads`), with the (stemmed) words of those names."""
        if not query.mentions:
            return {}
        words = query.prepared.split()
        ends = {(m.table_id, m.end) for m in query.mentions}
        named = {(m.table_id, m.row_id) for m in query.mentions}
        return {(m.table_id, m.row_id): frozenset(stem(w) for w in words[m.start:m.end])
                for m in self.reader_.find_mentions(query.prepared)
                if (m.table_id, m.start) in ends and m not in query.mentions and (m.table_id, m.row_id) not in named}

    def _without_qualified_heads(self, query: Query) -> tuple[Mention, ...]:
        """The rows a question names, less a row whose name another row's name qualifies: "an
        all-solid-state lithium-ion battery", "a semi-solid Li-ion cell" name one thing, a kind of
        lithium-ion battery, as an adjective before a noun does (English puts the qualifier first), so
        only the first row is named; nothing compares them. Two names written side by side in a list
        ("sulfides, oxides", "sulfide/oxide") are separate, as is one name written twice."""
        mentions = query.mentions
        if len(mentions) < 2:
            return mentions
        words = query.prepared.split()
        dropped: set[int] = set()
        segments: list[str] | None = None
        for k, (first, second) in enumerate(pairwise(mentions)):
            if first.end != second.start or first.table_id != second.table_id or first.row_id == second.row_id \
                    or k in dropped:
                continue
            if segments is None:
                # The question's own pieces between list punctuation, read as the index reads them.
                segments = [f" {self.reader_.expand_question(piece)} " for piece in _LIST_BREAK.split(query.text)]
            phrase = f" {' '.join(words[first.start:second.end])} "
            if any(phrase in piece for piece in segments):
                dropped.add(k + 1)
        return tuple(m for k, m in enumerate(mentions) if k not in dropped)

    # ------------------------------------------------------------------ retrieval

    def retrieve(self, question: str, *, context: Query | None = None,
                 previous_entry: str | None = None, on_subject: bool = False) -> Retrieval:
        """Rank entries for ``question`` and decide whether the guide covers it; ``context`` is the
        conversation's topic for a follow-up and ``previous_entry`` the entry that answered the turn before;
        ``on_subject``: the question's message names the guide's subject around it (its ordinary words
        then weigh as in a question that names the subject itself)."""
        query = self.prepare(question)
        # "Why not completely, though?": an adverb the knowledge never uses says how, not what, is asked again.
        only_how = bool(query.content) and all(
            (w in query.ordinary or w in query.unknown) and is_adverb(w, cutoff=self.tuning.ordinary_zipf)
            for w in query.content)
        # "Why is that a problem?", "why is that supposed to be such a big deal?": what the writer thinks of the thing
        # pointed at, asked of the previous topic as much as a bare "why?".
        only_verdict = bool(query.content) and all(w in VERDICT_WORDS for w in query.content) \
            and bool(_VERDICT_POINTERS.intersection(query.prepared.split()))
        # "What happens if there isn't enough?" after "why do the cells need pressure?": an amount of what the
        # previous question named, asked about as much as its own words.
        amount_of_it = bool(query.content) and not query.topical and ends_in_amount_of_nothing(query.prepared)
        if (not query.content or only_how or only_verdict or amount_of_it) and context is not None and context.content:
            # "why?" after an answer: the question is the previous topic, asked again.
            query = replace(query, prepared=f"{query.prepared} {context.prepared}".strip(),
                            content=query.content + context.content if amount_of_it else context.content,
                            mentions=context.mentions if amount_of_it else ())
            context = None
        if not query.content:
            reason = "small-talk" if any(w in SMALL_TALK for w in query.prepared.split()) else "empty"
            return Retrieval(query, (), False, 0.0, reason)
        if all(w in SMALL_TALK or w in STOP_WORDS for w in query.prepared.split()):
            return Retrieval(query, (), False, 0.0, "small-talk")

        mentions = query.mentions
        context_text = ""
        if context is not None:
            context_text, inherited = context_without_replaced_rows(context, query)
            mentions = mentions + inherited
        vector = self.index_.vectorize(query.prepared, context=context_text, context_weight=self.tuning.context_weight,
                                       phrases=(phrases := self._one_word_phrases(query)))
        fielded, scores = self.index_.scores(vector)
        superlative = self.superlatives_.find(
            query.prepared.split(), scores, min_score=self.tuning.min_score, clear_lead=self.tuning.clear_lead,
            tables=self._table_pointed_back_at(query, previous_entry if context is not None else None),
            on_subject=bool(query.topical) and len([w for w in query.ordinary if w not in BEAT_WORDS])
            <= len(set(query.topical)),
            # (The asking sentence's words as written: only whether the superlative is among them matters.)
            asked=normalise(said[-1]).split() if len(said := sentences(query.text)) > 1 else None)
        # "Which has the most Wh/kg, pouch or cylindrical?" picks among the rows it offers: the winner
        # of those, however many rows the table has. (A column of text ranks only its first row clearly.)
        offered = self.superlatives_.rows_offered(
            query.prepared.split(), superlative.table,
            {p for m in query.mentions if m.table_id == superlative.table.id for p in range(m.start, m.end)}) \
            if superlative is not None and superlative.numeric else ()
        if superlative is not None and offered and len(offered) < len(superlative.order):
            superlative = replace(superlative, order=tuple(r for r in superlative.order if r in offered))
        if superlative is not None and superlative.word not in BEAT_WORDS and not offered and len(
                {m.row_id for m in query.mentions if m.table_id == superlative.table.id}) == 1 \
                and not self.superlatives_.names_row_kind(query.prepared.split(), superlative.table):
            # "Which dopant gives oxides the highest conductivity?" names one row of the table: it picks
            # among something else (dopants), not among the table's rows ("which one beats X?" does, and
            # so does a question that says it picks among the table's kind of row: "of the routes, ...").
            superlative = None
        # "Which family is the flexible one?" picks a row by a property it has; a superlative the
        # table cannot rank ("the fastest") compares rows, and the whole table shows them all.
        words = query.prepared.split()

        def without(drop: frozenset[str]) -> NDArray[np.float64]:
            # The question's scores without some of its words (see RowScoring.adjust).
            kept = " ".join(w for w in words if stem(w) not in drop)
            return self.index_.score(self.index_.vectorize(kept, context=context_text,
                                                           context_weight=self.tuning.context_weight,
                                                           phrases=phrases))

        picking = "which" in words and superlative_word(words) is None
        scores = self.rows_.adjust(scores, mentions, picking=picking, words=tuple(words), rescore=without,
                                   absorbed=self._qualified_heads(query),
                                   picked_among=frozenset(self.superlatives_.tables_picked_among(
                                       _picked_phrase(words))) if picking else frozenset())
        if context is not None and previous_entry is not None:
            scores = self.rows_.same_column_for_new_row(scores, previous_entry)
            scores = self.rows_.new_column_for_same_row(scores, previous_entry, query)
        # A scope.yaml topic is strong evidence, not a verdict: each of its terms weighs
        # scope_term_weight unknown words, so "how are these recycled?" is declined while one
        # stray word ("ignoring price, why does pressure matter?") is not.
        named_topic = self.reader_.uncovered_topic(query)
        order, explained = self._rank(query, vector, scores, followup=context is not None, mentions=mentions,
                                      scope_term=named_topic[1] if named_topic else None, on_subject=on_subject)
        ranked = tuple((self.index_.entries_[i], float(scores[i])) for i in order)
        # (A device's battery is still a battery the guide may be asked about: "... when a phone battery doesn't?")
        if named_topic is not None and (explained < self.tuning.min_explained or (
                not named_topic[0].setting and _names_the_battery(query.prepared, named_topic[1]))):
            return Retrieval(query, (), False, 0.0, "not-covered", not_covered=named_topic[0])
        coincidental = bool(ranked) and context is None and not on_subject \
            and self._coincidental(query, int(order[0]))
        found, reason = self._decide(query, ranked, explained, followup=context is not None,
                                     matched=float(fielded.max(initial=0.0)), coincidental=coincidental)
        # A topic named only in the question's setting ("when I plug my phone in") weighs as an ordinary
        # word, but the question must then be explained in full: no rescue on its subject alone.
        placed = named_topic is None and self.reader_.uncovered_topic(query, setting=True) is not None
        if not found and reason == "off-topic" and ranked and named_topic is None and not placed and not coincidental \
                and (self._subject_explained(query, vector, int(order[0])) >= self.tuning.min_subject_explained
                     or self._explained_in_own_words(query, vector, int(order[0]),
                                                     followup=context is not None)
                     >= (self.tuning.min_explained if query.unknown else self.tuning.own_words_min_explained)
                     or self._explained_beyond_subject(query, vector, int(order[0]), followup=context is not None,
                                                       on_subject=on_subject) >= self.tuning.min_explained):
            found, reason = True, "ok"

        if found and reason == "ok" and not mentions and self._names_only_the_subject(query):
            found, reason = False, "off-topic"

        # "Which of them has the most ...?" after a question about one row picks among all rows:
        # the row it inherits is not what it asks about.
        gap = self.gaps_.attribute_gap(query, self._rows_asked_about(
            query, query.mentions if superlative is not None else mentions, ranked if found else ()),
            ranked[0][0] if found and ranked and superlative is None else None)
        if gap is None and found and ranked:
            gap = self.gaps_.date_gap(query, ranked[0][0]) or self.gaps_.figure_gap(query, ranked[0][0]) \
                or self.gaps_.name_gap(query, ranked[0][0]) or self.gaps_.expansion_gap(query, ranked[0][0])
        if gap is not None:
            found, reason = False, "not-given"
        elif superlative is not None and (found or not (query.unknown or (
                any(len(w) >= MIN_WORD_LETTERS for w in query.ordinary) and not query.topical and not mentions))):
            # The table ranks its rows for any question that picks a column; a refusal on evidence (a
            # term or name the guide never uses: "which dopant gives X the highest ...?") still stands, and
            # so does one naming nothing of the guide's subject in words it never uses ("the best time of
            # year to move a honey super": the sources' year column is named by chance). (Not for
            # shorthand, "vc q: what's the biggest risk?": letters are no words of another topic.)
            found, reason = True, "superlative"
        comparison = self._comparison(query, mentions, ranked) if found else None
        selection = None
        if found and superlative is None and comparison is None:
            # "Which sources appeared in <journal>?" picks the rows sharing a value, of a table the
            # question is about (one of its best entries belongs to it).
            tables = {e.table_id for e, _ in ranked[:RERANK_DEPTH] if e.table_id is not None}
            selection = self.selector_.select(query, tables)
        # Confidence is the share of the question the answer accounts for: staff review answers
        # given with a low one (see Answer.confidence).
        return Retrieval(query, ranked, found, round(explained, 3), reason, comparison, mentions,
                         explained=round(explained, 3), gap=gap, superlative=superlative, selection=selection)

    def _rows_asked_about(self, query: Query, mentions: tuple[Mention, ...],
                          ranked: tuple[tuple[Entry, float], ...]) -> tuple[Mention, ...]:
        """The rows a question asks something of, for an attribute gap: not a row named by words that the best
        entry, a passage of text scoring at least ``ROW_ASIDE_RATIO`` times any entry of that row, uses in its own
        sense (each of them: "does it matter whether a result came from a coin cell or *a pouch cell*?" asks about
        test formats, not about the one product whose alias is "pouch cell")."""
        if not ranked or ranked[0][0].table_id is not None:
            return mentions
        best, top = ranked[0]
        words = query.prepared.split()
        used = self._answer_stems(best)

        def aside(m: Mention) -> bool:
            row_score = max((s for e, s in ranked if (e.table_id, e.row_id) == (m.table_id, m.row_id)), default=0.0)
            return top >= ROW_ASIDE_RATIO * row_score and all(stem(w) in used for w in words[m.start:m.end])
        return tuple(m for m in mentions if not aside(m))

    def _answer_stems(self, entry: Entry) -> frozenset[str]:
        """The stemmed words of an entry's answer as the index reads them, worked out once per entry."""
        found = self._answer_stems_of.get(entry.id)
        if found is None:
            found = frozenset(stem(w) for w in self.reader_.expand(normalise(entry.answer)).split())
            self._answer_stems_of[entry.id] = found  # (a race between threads writes the same value)
        return found

    def _counts_every_row(self, words: list[str], table: Table) -> bool:
        """Whether a question counts as many of the table's kind of row as it has ("the three routes", "all
        four families"): it asks about every row, named or not."""
        return any(_COUNTS.get(word) == len(table.rows) and self.superlatives_.names_row_kind(words[i + 1:i + 3], table)
                   for i, word in enumerate(words))

    def _one_word_phrases(self, query: Query) -> dict[tuple[str, ...], float]:
        """The phrases the synonyms wrote for fewer words of the question ("hype" -> "marketing buzzword"),
        as stemmed content words, each with the share of a word its words count for: what was asked in one
        word is one word of the question, however many words the guide says it in."""
        # Not a tag added beside the words typed ("all solid state" -> "assb all-solid-state"), nor an
        # abbreviation written out ("ssb" -> "solid-state battery"): it stands for each of its words.
        found: dict[tuple[str, ...], float] = {}
        for key, value in self.reader_.question_synonyms.replacements(normalise(query.text)):
            said, written = content_words(key), tuple(stem(w) for w in content_words(value))
            if not said or len(written) <= len(said) or {stem(w) for w in said} & set(written) \
                    or _abbreviates(key, value):
                continue
            found[written] = min(found.get(written, 1.0), len(said) / len(written))
        return found

    def _rank(self, query: Query, vector: QueryVector, scores: NDArray[np.float64], *, followup: bool,
              mentions: tuple[Mention, ...], scope_term: str | None,
              on_subject: bool = False) -> tuple[NDArray[np.intp], float]:
        """The best entries, best first, and the share of the question the first accounts for."""
        t = self.tuning
        # The best top_k different answers: a table row and its cells are one answer, so a passage behind
        # a row's cells is still among them (a yes/no FAQ behind the separator row and its three cells).
        order = _first_answers(_top(scores, 2 * self.top_k), self.index_.entries_, self.top_k)
        # Ordinary words the knowledge lacks say little once the question names the guide's subject
        # ("my seminar on electrolytes"); without a topical word, they are all there is to go on.
        ordinary_weight = t.ordinary_weight if query.topical or followup or on_subject else 1.0
        unknown = len(query.unknown) + ordinary_weight * len(query.ordinary)
        if scope_term is not None:
            unknown += t.scope_term_weight
        # Known words that are ordinary English ("appear", "list", "fix") weigh like ordinary unknown
        # ones: the question's subject is in its topical words.
        generic = [w for w in query.content if w not in query.topical] if query.topical else []
        # Words counted as unknown already: doubtful corrections' replacements, the scope term itself;
        # and adverbs, which say nothing about the subject.
        ignored = (*query.doubtful, *query.adverbs, *(scope_term or "").split())
        # The entries that compete are different answers: a row's cells and the row itself are one answer,
        # told apart by row scoring already, so they take one place, and a passage behind them still competes.
        ranked = order
        order = _distinct_rows_first(order, self.index_.entries_, RERANK_DEPTH)
        shares = [self.index_.explained(vector, int(i), unknown, ignore=ignored, discount=generic,
                                        discount_weight=ordinary_weight) for i in order[:RERANK_DEPTH]]
        # Between them, an ordinary word the knowledge uses in another form only ("press" for "pressure") is
        # accounted for by an entry using that form. (Not in how much of the question the answer accounts for:
        # "what's the usual weakness?" names no more of the guide for "usually" in a column's name.)
        relatives = [(ordinary_weight, tuple(forms)) for w in query.ordinary if (forms := self.index_.other_forms(w))]
        # Which entry accounts for more of the question is judged on its subject: an everyday word
        # the runner-up happens to use ("handle", "rely") is no reason to pass over the best match.
        # So are the guide's own subject words, which most entries use ("battery", "solid"): which entry
        # also says "battery" tells nothing about which answers "... the battery is going to be great?".
        common = [w for w in query.content if self.index_.share_of_entries(w) > t.rerank_subject_share]
        covers = shares if not generic and not common and not relatives else [
            self.index_.explained(vector, int(i), unknown, ignore=ignored, discount=[*generic, *common],
                                  discount_weight=t.rerank_generic_weight if generic or common else 1.0,
                                  relatives=relatives)
            for i in order[:RERANK_DEPTH]]
        # A close runner-up that accounts for more of the question is the better answer: the top
        # score can come from one well-matched word while the question asks about several.
        if len(shares) > 1:
            # When the question names a table row, row scoring has already chosen between rows; a
            # passage can still account for more of it ("how do electrons travel in an all-solid-state
            # cell?" asks about paths, not about that row's cells).
            named = {(m.table_id, m.row_id) for m in mentions}
            candidates = [k for k in range(len(shares)) if k == 0 or (
                (not mentions or self.is_passage_only_about(self.index_.entries_[int(order[k])], named))
                and not self.whole_table_unasked(query, self.index_.entries_[int(order[k])]))]
            # (Ties go to the better score: a pick other than 0 accounts for strictly more.)
            pick = max(candidates, key=lambda k: (covers[k], -k))
            if not pick and not followup:
                pick = self._beyond_the_row(query, order, candidates, shares)
            if pick and scores[order[pick]] >= t.rerank_ratio * scores[order[0]]:
                ranked = np.concatenate([[order[pick]], ranked[ranked != order[pick]]])
                shares.insert(0, shares.pop(pick))
        # A runner-up the question picks in its own way: one row of a list.
        chosen = self._one_row_of_list(query, scores, ranked) if len(ranked) > 1 and shares else None
        if chosen is not None:
            share = self.index_.explained(vector, chosen, unknown, ignore=ignored, discount=generic,
                                          discount_weight=ordinary_weight)
            # (Only one that explains as much of the question as it must to be answered.)
            if share >= min(t.min_explained, shares[0]):
                ranked = np.concatenate([[chosen], ranked[ranked != chosen]])
                shares.insert(0, share)
        return ranked, (shares[0] if shares else 0.0)

    def _one_row_of_list(self, query: Query, scores: NDArray[np.float64], ranked: NDArray[np.intp]) -> int | None:
        """"Which study in the reading list benchmarked ...?" picks one thing: a list of a table's rows (the
        table itself, or a passage whose text names three or more of its rows) that matched best, on the
        words naming the list, does not pick it. A close runner-up about one row of that table (a row, a
        cell, or a passage about that row alone) does. None when the question picks no one thing, the best
        entry is no list, or no such runner-up scores ``one_row_share`` of it."""
        if not _picks_one(query.prepared.split()):
            return None
        entries = self.index_.entries_
        best = entries[int(ranked[0])]
        table_id = best.table_id if best.table_id is not None and best.row_id is None else self._listed_table(best)
        if table_id is None:
            return None
        for i in ranked[1:RERANK_DEPTH + 1]:
            entry = entries[int(i)]
            if scores[i] < self.tuning.one_row_share * scores[ranked[0]]:
                break
            rows = {(entry.table_id, entry.row_id)} if entry.table_id is not None and entry.row_id is not None \
                else set(self.reader_.rows_named_by(entry))
            if len(rows) == 1 and next(iter(rows))[0] == table_id:
                return int(i)
        return None

    def _listed_table(self, entry: Entry) -> str | None:
        """The table a free-text entry lists the rows of: one whose three or more rows its text names."""
        if entry.table_id is not None:
            return None
        counts: dict[str, set[str]] = {}
        for m in self.reader_.find_mentions(self.reader_.expand(entry.answer)):
            counts.setdefault(m.table_id, set()).add(m.row_id)
        listed = [t for t, rows in counts.items() if len(rows) >= 3]
        return listed[0] if len(listed) == 1 else None

    def _beyond_the_row(self, query: Query, order: NDArray[np.intp], candidates: list[int],
                        shares: list[float]) -> int:
        """A passage that matches what the question asks *about* a named row better than that row's
        cell does: "why are interfaces such a problem in all-solid-state cells?" names the row in
        passing, and asks what the passage on interfaces answers. Compared on the question without
        the row's name; 0 (keep the best) unless such a passage explains enough of the question to answer it."""
        best = self.index_.entries_[int(order[0])]
        if best.table_id is None or not any(m.table_id == best.table_id for m in query.mentions):
            return 0
        named = {i for m in query.mentions for i in range(m.start, m.end)}
        rest = " ".join(w for i, w in enumerate(query.prepared.split()) if i not in named)
        asked = set(content_words(rest)) & set(query.topical)
        if not asked or asked & self._column_words(best.table_id):
            # Nothing but the row and how it is asked, or one of the table's columns named ("the
            # separator in a lithium-ion cell"): the row's cell answers.
            return 0
        without_row = self.index_.score(self.index_.vectorize(rest))
        passages = [k for k in candidates if k and shares[k] >= self.tuning.min_explained
                    and self.index_.entries_[int(order[k])].table_id is None]
        if not passages:
            return 0
        k = max(passages, key=lambda k: without_row[order[k]])
        return k if without_row[order[k]] > without_row[order[0]] else 0

    def whole_table_unasked(self, query: Query, entry: Entry) -> bool:
        """Whether ``entry`` is a whole table the question does not ask for: it names none of its rows, none of
        its columns and no word of its title. Such a table, holding every row's words, accounts for many
        everyday words by its size alone ("what happens at those contact points that makes them a problem?"
        is not asking for the reading list), so it does not overtake a better-scoring answer on them."""
        if entry.table_id is None or entry.row_id is not None:
            return False
        if any(m.table_id == entry.table_id for m in query.mentions):
            return False
        named = self._table_named_by.get(entry.table_id)
        if named is None:
            # (The columns by their names only: the ways a column is asked about include everyday words, "the
            # main point of {row}".) Worked out once per table, not on every question.
            table = self.knowledge_.table(entry.table_id)
            named = frozenset(stem(w) for text in (entry.title, *(c.name for c in table.columns))
                              for w in content_words(self.reader_.expand(text)))
            self._table_named_by[entry.table_id] = named
        return not any(stem(w) in named for w in query.content)

    def _asks_a_column_of(self, query: Query, table_id: str) -> bool:
        """Whether the question asks for one of a table's columns, besides the rows it names ("what are the
        drawbacks of sulfides, oxides and polymers?"): each named row's cell of it answers, side by side."""
        named = {i for m in query.mentions for i in range(m.start, m.end)}
        rest = " ".join(w for i, w in enumerate(query.prepared.split()) if i not in named)
        columns = {stem(w) for w in self._column_words(table_id)}
        return any(stem(w) in columns for w in content_words(rest))

    def _column_words(self, table_id: str) -> frozenset[str]:
        """The words that name a column of a table: its name's, and those it is asked with ("drawbacks of
        {row}", as the synonyms read "the catch"), but for the guide's subject words and the rows' names
        ("what is inside a {row} battery" names no column by "battery"). Computed once per table."""
        cached = self._columns_named.get(table_id)
        if cached is not None:
            return cached
        table = self.knowledge_.table(table_id)
        names = {w for r in table.rows for n in r.names for w in content_words(self.reader_.expand(n))}
        words = frozenset({w for c in table.columns for w in content_words(self.reader_.expand(c.name))} | {
            w for c in table.columns for text in c.questions
            for w in content_words(self.reader_.expand(text.replace("{row}", " ")))
            if w not in names and self.index_.share_of_entries(w) <= self.tuning.rerank_subject_share})
        self._columns_named[table_id] = words
        return words

    def _subject_explained(self, query: Query, vector: QueryVector, position: int) -> float:
        """The share of the question's subject the entry at ``position`` accounts for: its topical
        words and the specific words the knowledge never uses (names, rare terms), but not the
        ordinary English it is asked in. 0 when the question has fewer than ``min_subject_words``
        different topical words: one guide word alone ("a cream separator") may name something else."""
        if len(set(query.topical)) < self.tuning.min_subject_words:
            return 0.0
        topical = set(query.topical)
        everyday = [w for w in query.prepared.split() if w not in topical]
        return self.index_.explained(vector, position, float(len(query.unknown)),
                                     ignore=(*everyday, *query.doubtful))

    def specific_words(self, query: Query) -> tuple[str, ...]:
        """The words on the guide's subject ``query`` names, less those of the guide's subject as a whole
        ("solid", "state", "battery": words most entries use), in order, once each: what it is about
        within the guide ("interfaces" in "why are interfaces such a problem in solid-state cells?")."""
        share = self.tuning.subject_word_share
        return tuple(dict.fromkeys(w for w in query.topical if self.index_.share_of_entries(w) <= share))

    def _names_only_the_subject(self, query: Query) -> bool:
        """Whether a question names nothing of the guide but its own subject (every topical word is one of the
        guide's subject words: "solid-state batteries") and its other words are all words the knowledge never
        uses, nor a longer word of their family ("what colour are solid-state batteries?", "... good for a
        garden shed?"): the whole guide is about its subject, so an entry using those words explains nothing by
        it. A question with nothing else to it ("are solid-state batteries better?") is not one."""
        t = self.tuning
        subject = {w for w in query.topical if self.index_.share_of_entries(w) > t.subject_word_share}
        if not subject or subject != set(query.topical):
            return False
        # (Words, not figures: a year the guide never gives is a date it does not give, see GapFinder.date_gap.)
        rest = [w for w in query.content if w not in subject and w not in query.adverbs and w not in query.doubtful
                and w.isalpha()]
        return bool(rest) and all((w in query.unknown or w in query.ordinary) and not self.reader_.has_relative(w)
                                  for w in rest)

    def _explained_beyond_subject(self, query: Query, vector: QueryVector, position: int, *, followup: bool,
                                  on_subject: bool) -> float:
        """The share of the question the entry at ``position`` accounts for, leaving out the guide's own subject
        words, those more than ``subject_word_share`` of all entries use ("solid", "state", "battery"): the whole
        guide is about them, so an entry that does not repeat them ("how do solid-state cells fail?" answered
        by the passage on how interfaces fail) is no less about them. Words the knowledge lacks count as in
        :meth:`_rank`. 0 when the question has no other topical word: then it names nothing of the guide but
        its subject, and its everyday words decide ("are solid-state batteries good for a garden shed?")."""
        t = self.tuning
        subject = [w for w in query.content if self.index_.share_of_entries(w) > t.subject_word_share]
        if not subject or not [w for w in query.topical if w not in subject]:
            return 0.0
        ordinary_weight = t.ordinary_weight if query.topical or followup or on_subject else 1.0
        unknown = len(query.unknown) + ordinary_weight * len(query.ordinary)
        generic = [w for w in query.content if w not in query.topical]
        return self.index_.explained(vector, position, unknown, ignore=(*query.doubtful, *query.adverbs, *subject),
                                     discount=generic, discount_weight=ordinary_weight)

    def _explained_in_own_words(self, query: Query, vector: QueryVector, position: int, *,
                                followup: bool) -> float:
        """The share of the question the entry at ``position`` accounts for when the question uses a
        phrase of that entry's own phrasings ("mass production", "coin cell"): then the ordinary English
        words around it ("a done deal", "on a glossy flyer") are how it is asked, and weigh
        ``own_words_ordinary_weight`` instead of ``ordinary_weight``. Names and rare words still weigh in
        full. 0 when the question shares no such phrase with the entry (other than words of asking itself:
        "questions to ask"), or asks for a kind of thing the knowledge never names ("which farmers ...?").
        Compared with ``own_words_min_explained``: asked in the entry's own words, a question needs less of
        the rest of its words accounted for; not one with a rare term or name the knowledge never uses
        ("halide"), which keeps ``min_explained``."""
        t = self.tuning
        if _asks_for_unknown(query):
            return 0.0
        # "What questions are good to ask in an admissions interview?": the entry's own words of asking
        # ("questions to ask") say how a question is put, not what about: a phrase of other words must be shared.
        if not any(set(p.split()) - _ASKING_STEMS
                   for p in self.index_.own_phrases(query.phrases, position, min_idf=t.own_phrase_idf)):
            return 0.0
        discount_weight = t.ordinary_weight if query.topical or followup else 1.0
        generic = [w for w in query.content if w not in query.topical] if query.topical else []
        unknown = len(query.unknown) + t.own_words_ordinary_weight * len(query.ordinary)
        return self.index_.explained(vector, position, unknown, ignore=(*query.doubtful, *query.adverbs),
                                     discount=generic, discount_weight=discount_weight)

    def names_uncovered_topic(self, question: str) -> bool:
        """Whether ``question`` names a topic of scope.yaml (the guide does not cover), wherever it stands."""
        return self.reader_.uncovered_topic(self.prepare(question)) is not None

    def share_used_by(self, query: Query, entry: Entry) -> float:
        """The share of the question's own words (not its adverbs, nor doubtful corrections) that ``entry`` uses
        anywhere; 0 for a question of no such words or an entry of other knowledge."""
        position = self.rows_.position.get(entry.id)
        asked = {stem(w): w for w in query.content if w not in query.adverbs and w not in query.doubtful}
        if position is None or not asked:
            return 0.0
        return sum(self.index_.contains_word(w, position) for w in asked.values()) / len(asked)

    def is_passage_only_about(self, entry: Entry, rows: set[tuple[str, str]]) -> bool:
        """Whether ``entry`` is free text about no row of the tables of ``rows`` but those (not a cell,
        and not the passage on another electrolyte family)."""
        tables = {table_id for table_id, _ in rows}
        return entry.table_id is None and all(
            pair in rows for pair in self.reader_.rows_named_by(entry) if pair[0] in tables)

    def _coincidental(self, query: Query, position: int) -> bool:
        """Whether the entry at ``position`` matches the question by a coincidence of English: the question names
        nothing of the guide's subject (no topical word, no table row), uses a word the knowledge never uses, and
        the entry uses fewer than ``min_shared_words`` different words of it ("what's the biggest whale ever
        found?" for a passage that says "biggest"): one everyday word in common is no topic the two share.
        Not a question pointing at its subject without naming it ("why can't factories churn *these* out?"):
        asked of this guide, that is the guide's subject."""
        if query.topical or query.mentions or not (query.unknown or query.ordinary) \
                or POINTING_PRONOUNS.intersection(query.prepared.split()):
            return False
        asked = {stem(w): w for w in query.content if w not in query.adverbs and w not in query.doubtful}
        shared = [w for w in asked.values() if self.index_.contains_word(w, position)]
        # "Best thing to eat after a long run?" shares "long run" with "in the long run": words that common in
        # English share no topic either.
        # ... nor do words that common beside one other, when the question names something else by a word the
        # knowledge lacks ("apply pressure to stop a nosebleed") or by two ("how do rip currents work at the beach").
        rarer = [w for w in shared if zipf(w) < self.tuning.everyday_zipf]
        return len(shared) < self.tuning.min_shared_words or not rarer \
            or (len(rarer) < self.tuning.min_shared_words
                and (bool(query.unknown) or len(query.ordinary) >= self.tuning.min_shared_words))

    def _decide(self, query: Query, ranked: tuple[tuple[Entry, float], ...], explained: float, *,
                followup: bool, matched: float, coincidental: bool = False) -> tuple[bool, str]:
        """Whether the guide covers the question, and why not. ``matched``: the best fielded score
        (without BM25, which lifts the best entry by a share of it whatever it matched); ``coincidental``: the
        best entry matches it by a coincidence of English (see :meth:`_coincidental`)."""
        t = self.tuning
        if query.names and not followup:
            return False, "names-unknown"
        if coincidental:
            return False, "off-topic"
        # A low best score guards a question that names nothing of the guide's subject: its best match comes
        # from a common word. One that does name it scores low when it is asked in many everyday words (they
        # dilute the match without being evidence of another topic); how much of it the entry accounts for decides.
        if min(matched, max((s for _, s in ranked), default=0.0)) < t.min_score and not query.topical:
            return False, "low-score"
        if explained < t.min_explained and not query.mentions:
            # A question naming a table row (a product, a family) is about the guide even in words it
            # does not use ("AB-21700 specs"); what the row does not give is a gap.
            return False, "off-topic"
        return True, "ok"

    def topic_after(self, retrieval: Retrieval, context: Query | None) -> tuple[Query, tuple[str, str] | None]:
        """What a follow-up to this turn will be about: its question, what it kept of the
        previous topic, and the table row its answer was about (also returned, as (table, row)):
        "what's its voltage?" after "which one has the highest energy density?" asks about the
        winner, and "who wrote it?" after "which source is about mechanics?" about that source."""
        topic_text = retrieval.query.prepared
        best = retrieval.best
        # A question naming the very row it is answered with ("Tell me about the sulfide ones.") starts its own
        # topic: the turns before it ("What kinds ... are there?") are no part of what a follow-up asks again.
        own_row = best is not None and best.row_id is not None and any(
            (m.table_id, m.row_id) == (best.table_id, best.row_id) for m in retrieval.query.mentions)
        if context is not None and not own_row:
            kept, _ = context_without_replaced_rows(context, retrieval.query)
            topic_text = f"{topic_text} {kept}"
        row: tuple[str, str] | None = None  # the row the answer is about
        about: tuple[str, str] | None = None  # ... or, failing that, the one row its passage names
        if retrieval.found and best is not None and retrieval.comparison is None:
            if retrieval.superlative is not None:
                # (A verdict over every respect, "which family is best?", picks no row.)
                if retrieval.superlative.order:
                    row = (retrieval.superlative.table.id, retrieval.superlative.order[0])
            elif retrieval.selection is not None and len(retrieval.selection.row_ids) == 1:
                row = (retrieval.selection.table.id, retrieval.selection.row_ids[0])
            elif best.table_id is not None and best.row_id is not None:
                row = (best.table_id, best.row_id)
            elif len(named := self.reader_.rows_named_by(best)) == 1:
                # A passage about one row ("Sulfide solid electrolytes") answered: the topic is that row
                # too; but a passage may name a row in passing, so "they" next is not read as that row.
                about = next(iter(named))
        about = row or about
        if about is not None and not any(m.table_id == about[0] for m in retrieval.mentions):
            # "Which family has high ionic conductivity?" -> sulfides; "what's the catch?" is then about sulfides.
            topic_text = f"{topic_text} {self.knowledge_.table(about[0]).row(about[1]).name}"
        query = self.prepare(topic_text) if topic_text != retrieval.query.prepared else retrieval.query
        return query, row

    def _comparison(self, query: Query, mentions: tuple[Mention, ...],
                    ranked: tuple[tuple[Entry, float], ...]) -> tuple[Table, tuple[str, ...]] | None:
        by_table: dict[str, list[str]] = {}
        for m in mentions:
            rows = by_table.setdefault(m.table_id, [])
            if m.row_id not in rows:
                rows.append(m.row_id)
        cue = any(w in COMPARISON_CUES for w in query.prepared.split())
        best = ranked[0][0] if ranked else None
        # A passage written about exactly these rows ("How is semi-solid different from full
        # solid-state?") compares them in the guide's own words: it answers, not the table.
        # ... unless the question is nothing but the rows ("semi-solid vs all-solid-state", "X or Y?"): it
        # asks for them side by side, whichever passage scores best.
        named = {i for m in mentions if m in query.mentions for i in range(m.start, m.end)}
        bare = all(w in BARE_COMPARISON for i, w in enumerate(query.prepared.split()) if i not in named)
        for table_id, rows in by_table.items():
            if len(rows) >= 2 and (cue or (best is not None and best.table_id == table_id)
                                   or self._asks_a_column_of(query, table_id)
                                   or self._split_between_rows(ranked, table_id, rows)):
                if best is not None and best.table_id is None and not bare and \
                        {(table_id, r) for r in rows} == self.reader_.rows_named_by(best):
                    return None
                table = self.knowledge_.table(table_id)
                if len(rows) < len(table.rows) and self._counts_every_row(query.prepared.split(), table):
                    # "each of the three routes: conventional, semi-solid and all-solid-state": all three, however
                    # the writer shortened a name ("conventional").
                    rows = [row.id for row in table.rows]
                return table, tuple(rows)
        return None

    def _split_between_rows(self, ranked: tuple[tuple[Entry, float], ...], table_id: str, rows: list[str]) -> bool:
        """Whether the two best entries are passages each about another one of ``rows`` and score alike ("am I
        right that sulfides hate damp and oxides are the brittle ones?" meets the sulfide and the oxide passage
        equally): the question is about both, and either passage alone would answer half of it."""
        if len(ranked) < 2 or ranked[1][1] < SPLIT_SCORE_RATIO * ranked[0][1]:
            return False
        # By their titles ("Oxide solid electrolytes"): a passage whose phrasings merely mention a row is no
        # passage about it.
        named = [{(m.table_id, m.row_id) for m in self.reader_.find_mentions(self.reader_.expand(entry.title))}
                 for entry, _ in ranked[:2]]
        return all(len(n) == 1 and next(iter(n))[0] == table_id and next(iter(n))[1] in rows for n in named) \
            and named[0] != named[1]


#: The second entry scoring at least this share of the best counts as scoring alike (see _split_between_rows).
SPLIT_SCORE_RATIO = 0.85

#: Number words and digits a question counts a table's rows with ("the three routes", "the 3 routes").
_COUNTS = {**NUMBER_WORDS, **{str(n): n for n in NUMBER_WORDS.values()}}


def context_without_replaced_rows(context: Query, query: Query) -> tuple[str, tuple[Mention, ...]]:
    """The previous question as context, minus rows the new question replaces.

    "what goes wrong with oxides?" then "and polymers?": polymers replaces oxides,
    so the context contributes "what goes wrong" but not "oxides". A question that asks to
    compare keeps the earlier row, so both sides are answered.
    """
    # "How do composites compare with them?" compares, rather than replaces, the earlier row.
    comparing = any(w in EXPLICIT_COMPARISON for w in query.prepared.split())
    replaced_tables = set() if comparing else {m.table_id for m in query.mentions}
    words = context.prepared.split()
    drop: set[int] = set()
    inherited: list[Mention] = []
    for m in context.mentions:
        if m.table_id in replaced_tables:
            drop.update(range(m.start, m.end))
        else:
            inherited.append(m)
    kept = " ".join(w for i, w in enumerate(words) if i not in drop)
    return kept, tuple(inherited)


#: Punctuation that separates the items of a list ("sulfides, oxides", "sulfide/oxide", "pouch & prismatic").
_LIST_BREAK = re.compile(r"[,;:/&()]|\s[-\u2013\u2014]\s")

#: Words that open a question asking for one kind of thing, named by the word after them ("which countries").
_WHICH = frozenset({"which", "what"})
#: Stems of the words of asking itself: a phrase of only these ("question ask") names no topic.
_ASKING_STEMS = frozenset({"ask", "asking", "asked", "question", "questioning"})


def _picks_one(words: list[str]) -> bool:
    """Whether a question asks which one thing: "which" then "one" or a singular noun ("which study",
    "which one of"), not a plural ("which sources ...?" may pick several) nor "which of"."""
    for word, nxt in pairwise(words):
        if word == "which" and (nxt == "one" or (nxt not in STOP_WORDS and nxt.isalpha()
                                                 and (not nxt.endswith("s") or nxt.endswith(("ss", "us", "is"))))):
            return True
    return False


def _abbreviates(key: str, value: str) -> bool:
    """Whether ``key`` is one word made of the initials of ``value``'s words, perhaps with a plural s:
    "ssb" of "solid-state battery", "libs" of "lithium-ion batteries"."""
    initials = "".join(w[0] for w in value.replace("-", " ").split() if w)
    return key == initials or (" " not in key and key.rstrip("s") in (initials, initials.rstrip("s")))


def _asks_for_unknown(query: Query) -> bool:
    """Whether the question asks for a kind of thing the knowledge never names: "which countries ...?",
    "what brand ...?" (the word right after "which" or "what" is one the knowledge never uses). The
    guide lists no such things, whatever else the question shares with it."""
    words = query.prepared.split()
    unknown = {*query.unknown, *query.ordinary}
    return any(w in _WHICH and nxt in unknown for w, nxt in pairwise(words))


def _distinct_rows_first(order: NDArray[np.intp], entries: tuple[Entry, ...], depth: int) -> NDArray[np.intp]:
    """``order`` with its first ``depth`` places taken by different answers: an entry of a table row (the
    row or one of its cells) after a better one of the same row moves behind them; the rest keep their order."""
    seen: set[tuple[str, str]] = set()
    first: list[int] = []
    later: list[int] = []
    for i in order:
        entry = entries[int(i)]
        row = (entry.table_id, entry.row_id) if entry.table_id is not None and entry.row_id is not None else None
        if len(first) < depth and (row is None or row not in seen):
            first.append(int(i))
            if row is not None:
                seen.add(row)
        else:
            later.append(int(i))
    return np.asarray(first + later, dtype=np.intp)


def _first_answers(order: NDArray[np.intp], entries: tuple[Entry, ...], k: int) -> NDArray[np.intp]:
    """``order`` cut after its first ``k`` different answers, an entry of a table row (the row or one of
    its cells) after one of the same row counting as no new answer."""
    seen: set[object] = set()
    for n, i in enumerate(order):
        entry = entries[int(i)]
        key: object = (entry.table_id, entry.row_id) if entry.table_id is not None and entry.row_id is not None \
            else int(i)
        if key not in seen and len(seen) == k:
            return order[:n]
        seen.add(key)
    return order


def _top(scores: NDArray[np.float64], k: int) -> NDArray[np.intp]:
    """Indices of the ``k`` best scores, best first; ties keep knowledge order (stable)."""
    if len(scores) > 4 * k:
        # Partition first: sorting every entry's score costs more than the rest of a query at 10,000 entries.
        candidates = np.argpartition(-scores, k)[: k + 1]
        threshold = scores[candidates].min()
        candidates = np.flatnonzero(scores >= threshold)
        return candidates[np.argsort(-scores[candidates], kind="stable")][:k]
    return np.argsort(-scores, kind="stable")[:k]
