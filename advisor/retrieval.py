"""From a question to ranked knowledge entries, with an honest in-scope decision.

Steps: clean and cut the question, normalise, expand synonyms, correct spelling
against the knowledge vocabulary, find which table rows it names (sulfides,
semi-solid, AB-50AH, ...), score every entry with the index, then decide
whether the guide covers the question at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .index import FieldWeights, Index
from .knowledge import Entry, KnowledgeBase, ScopeRule, Table
from .text import MAX_QUESTION_CHARS, SMALL_TALK, STOP_WORDS, clean, content_words, normalise, stem
from .vocabulary import Correction, SpellingCorrector, Synonyms

#: Words that say "compare these": with two rows of one table named, answer side by side.
COMPARISON_CUES = frozenset({"vs", "versus", "compare", "compared", "comparison", "difference", "differences",
                             "differ", "different", "or", "between", "better", "which", "against"})

#: A cell or row entry answers about one named thing; without that thing named it is a weak match.
UNNAMED_ROW_FACTOR = 0.55
#: A whole row is less specific than one of its cells; prefer the cell when both match.
WHOLE_ROW_FACTOR = 0.9
#: A row name found in more than this share of the free-text entries is the guide's subject
#: ("solid state", "electrolyte"), not a way of naming that row.
GENERIC_NAME_SHARE = 0.25


@dataclass(frozen=True)
class Thresholds:
    """Where "the guide covers this" starts; tuned on the development set, kept few and coarse."""

    min_score: float = 0.18
    #: Each word the guide never uses ("phone", "tyre", "stock") raises the bar this much.
    per_unknown_word: float = 0.12
    full_confidence_score: float = 0.65


@dataclass(frozen=True)
class Mention:
    """A table row named in a question, at token positions ``start:end`` of its stems."""

    table_id: str
    row_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Query:
    """A question after cleaning, normalising, synonym expansion and spelling correction."""

    text: str
    prepared: str
    corrections: tuple[Correction, ...]
    content: tuple[str, ...]
    unknown: tuple[str, ...]
    mentions: tuple[Mention, ...]
    notice: str | None = None

    @property
    def corrected_text(self) -> str | None:
        """The question with corrected words, for "showing results for"; None if nothing changed."""
        if not self.corrections:
            return None
        words = normalise(self.text).split()
        fixes = {c.original: c.corrected for c in self.corrections}
        return " ".join(fixes.get(w, w) for w in words)


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

    @property
    def best(self) -> Entry | None:
        return self.ranked[0][0] if self.ranked else None


class Retriever:
    """Scores questions against a knowledge base. Fitted once; safe to share between threads."""

    def __init__(self, *, top_k: int = 5, weights: FieldWeights | None = None,
                 thresholds: Thresholds | None = None) -> None:
        self.top_k = top_k
        self.weights = weights
        self.thresholds = thresholds or Thresholds()

    def fit(self, knowledge: KnowledgeBase) -> Retriever:
        self.knowledge_ = knowledge
        self.synonyms_ = Synonyms(knowledge.synonyms)
        self.index_ = Index(weights=self.weights).fit(knowledge.entries, self._expand)
        vocabulary = {w for e in knowledge.entries for text in (e.title, e.answer, *e.questions, *e.keywords)
                      for w in self._expand(text).split()}
        self.corrector_ = SpellingCorrector(vocabulary | self.synonyms_.words)
        self.known_stems_ = frozenset(stem(w) for w in vocabulary) | self.index_.vocabulary_
        self._row_names = self._row_name_stems(knowledge)
        self._entry_position = {e.id: i for i, e in enumerate(self.index_.entries_)}
        self._not_covered = [(re.compile(r"\b" + re.escape(normalise(term)) + r"\b"), rule)
                             for rule in knowledge.not_covered for term in rule.terms if normalise(term)]
        return self

    def _uncovered_topic(self, query: Query) -> ScopeRule | None:
        searched = f"{normalise(query.text)} {query.prepared}"
        return next((rule for pattern, rule in self._not_covered if pattern.search(searched)), None)

    # ------------------------------------------------------------------ query preparation

    def _expand(self, text: str) -> str:
        return self.synonyms_.expand(normalise(text))

    def prepare(self, question: str) -> Query:
        text = clean(question)
        notice = None
        if len(text) > MAX_QUESTION_CHARS:
            text = text[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
            notice = f"Your question was long, so only its first {len(text)} characters were used."
        words = self._expand(text).split()
        corrected, corrections = self.corrector_.correct(words)
        prepared = self.synonyms_.expand(" ".join(corrected))
        content = tuple(content_words(prepared))
        confident = {c.corrected for c in corrections if c.confident}
        shaky = {c.corrected for c in corrections if not c.confident}
        unknown = tuple(w for w in content if self._is_unknown(w, confident, shaky))
        return Query(text, prepared, tuple(corrections), content, unknown, self._find_mentions(prepared), notice)

    def _is_unknown(self, word: str, confident: set[str], shaky: set[str]) -> bool:
        """A word the guide never uses (numbers never count: "60 C" is a detail, not a topic)."""
        if any(c.isdigit() for c in word):
            return False
        if word in shaky and word not in confident:
            return True
        return not (stem(word) in self.known_stems_ or self.corrector_.is_known(word))

    def _row_name_stems(self, knowledge: KnowledgeBase) -> list[tuple[tuple[str, ...], str, str]]:
        free_texts = [" " + " ".join(stem(w) for w in content_words(self._expand(f"{e.title} {e.answer}"))) + " "
                      for e in knowledge.entries if e.table_id is None]
        names: set[tuple[tuple[str, ...], str, str]] = set()
        for table in knowledge.tables:
            for row in table.rows:
                for name in row.names:
                    stems = tuple(stem(w) for w in content_words(self._expand(name)))
                    needle = " " + " ".join(stems) + " "
                    share = sum(needle in t for t in free_texts) / len(free_texts) if free_texts else 0.0
                    if stems and share <= GENERIC_NAME_SHARE:
                        names.add((stems, table.id, row.id))
        # Longest names first so "all solid state" is matched before "solid state".
        return sorted(names, key=lambda n: (-len(n[0]), n[1], n[2]))

    def _find_mentions(self, prepared: str) -> tuple[Mention, ...]:
        stems = [stem(w) for w in content_words(prepared)]
        taken = [False] * len(stems)
        found: list[Mention] = []
        for name, table_id, row_id in self._row_names:
            n = len(name)
            for i in range(len(stems) - n + 1):
                if tuple(stems[i:i + n]) == name and not any(taken[i:i + n]):
                    found.append(Mention(table_id, row_id, i, i + n))
                    for j in range(i, i + n):
                        taken[j] = True
        return tuple(sorted(found, key=lambda m: m.start))

    # ------------------------------------------------------------------ retrieval

    def retrieve(self, question: str, *, context: Query | None = None, context_weight: float = 0.5) -> Retrieval:
        query = self.prepare(question)
        if not query.content:
            reason = "small-talk" if any(w in SMALL_TALK for w in query.prepared.split()) else "empty"
            return Retrieval(query, (), False, 0.0, reason)
        if all(w in SMALL_TALK or w in STOP_WORDS for w in query.prepared.split()):
            return Retrieval(query, (), False, 0.0, "small-talk")

        uncovered = self._uncovered_topic(query)
        if uncovered is not None:
            return Retrieval(query, (), False, 0.0, "not-covered", not_covered=uncovered)

        mentions = query.mentions
        context_text = ""
        if context is not None:
            context_text, inherited = _context_without_replaced_rows(context, query)
            mentions = mentions + inherited
        scores = self.index_.score(query.prepared, context=context_text, context_weight=context_weight).total.copy()
        named = {(m.table_id, m.row_id) for m in mentions}
        for i, entry in enumerate(self.index_.entries_):
            if entry.row_id is not None:
                if (entry.table_id, entry.row_id) not in named:
                    scores[i] *= UNNAMED_ROW_FACTOR
                if entry.column_id is None:
                    scores[i] *= WHOLE_ROW_FACTOR
        order = np.argsort(-scores, kind="stable")[: self.top_k]
        ranked = tuple((self.index_.entries_[i], float(scores[i])) for i in order)
        best_score = ranked[0][1] if ranked else 0.0

        t = self.thresholds
        content = query.content
        unknown_ratio = len(query.unknown) / len(content)
        if context is not None:
            unknown_ratio *= 0.5  # a follow-up borrows its topic from the previous turn
        confidence = float(np.clip(best_score / t.full_confidence_score, 0.0, 1.0)) * (1.0 - unknown_ratio)
        unknown_count = len(query.unknown) * (0.5 if context is not None else 1.0)
        if unknown_count and best_score < t.min_score + 0.2 + t.per_unknown_word * unknown_count:
            found, reason = False, "off-topic"
        elif best_score < t.min_score:
            found, reason = False, "low-score"
        else:
            found, reason = True, "ok"
        comparison = self._comparison(query, mentions, ranked) if found else None
        return Retrieval(query, ranked, found, round(confidence, 3), reason, comparison, mentions)

    def _comparison(self, query: Query, mentions: tuple[Mention, ...],
                    ranked: tuple[tuple[Entry, float], ...]) -> tuple[Table, tuple[str, ...]] | None:
        by_table: dict[str, list[str]] = {}
        for m in mentions:
            rows = by_table.setdefault(m.table_id, [])
            if m.row_id not in rows:
                rows.append(m.row_id)
        cue = any(w in COMPARISON_CUES for w in query.prepared.split())
        best = ranked[0][0] if ranked else None
        for table_id, rows in by_table.items():
            if len(rows) >= 2 and (cue or (best is not None and best.table_id == table_id)):
                return self.knowledge_.table(table_id), tuple(rows)
        return None


def _context_without_replaced_rows(context: Query, query: Query) -> tuple[str, tuple[Mention, ...]]:
    """The previous question as context, minus rows the new question replaces.

    "what goes wrong with oxides?" then "and polymers?": polymers replaces oxides,
    so the context contributes "what goes wrong" but not "oxides".
    """
    replaced_tables = {m.table_id for m in query.mentions}
    words = content_words(context.prepared)
    drop: set[int] = set()
    inherited: list[Mention] = []
    for m in context.mentions:
        if m.table_id in replaced_tables:
            drop.update(range(m.start, m.end))
        else:
            inherited.append(m)
    kept = " ".join(w for i, w in enumerate(words) if i not in drop)
    return kept, tuple(inherited)
