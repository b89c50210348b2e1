"""From a question to ranked knowledge entries, with an honest in-scope decision.

Steps: clean and cut the question, normalise, expand synonyms, correct spelling
against the knowledge vocabulary, find which table rows it names (sulfides,
semi-solid, AB-50AH, ...), score every entry with the index, then decide
whether the guide covers the question at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from .index import FieldWeights, Index
from .knowledge import Entry, KnowledgeBase, ScopeRule, Table
from .text import MAX_QUESTION_CHARS, SMALL_TALK, STOP_WORDS, clean, content_words, normalise, stem
from .vocabulary import Correction, SpellingCorrector, Synonyms

#: Words that say "compare these": with two rows of one table named, answer side by side.
COMPARISON_CUES = frozenset({"vs", "versus", "compare", "compared", "comparison", "difference", "differences",
                             "differ", "different", "or", "between", "better", "which", "against"})

#: A cell or row entry answers about one named thing; without that thing named it is a weak match.
UNNAMED_ROW_FACTOR = 0.55
#: A free-text entry about a different row of the same table ("polymers" prose for an
#: "oxides" question) is the wrong answer however well its other words match.
SIBLING_ROW_FACTOR = 0.4
#: How far one unnamed row's best cell must lead the other rows' to be answered on its own.
CLEAR_LEAD = 1.15
#: How much of its best unnamed cell's score a whole table takes over.
TABLE_PROMOTION_FACTOR = 0.85
#: A whole row is less specific than one of its cells; prefer the cell when both match.
WHOLE_ROW_FACTOR = 0.9
#: A row name found in more than this share of the free-text entries is the guide's subject
#: ("solid state", "electrolyte"), not a way of naming that row.
GENERIC_NAME_SHARE = 0.25


@dataclass(frozen=True)
class Thresholds:
    """Where "the guide covers this" starts; tuned on the development set, kept few and coarse."""

    min_score: float = 0.18
    #: The best entry must account for this share of the question's words (IDF-weighted,
    #: words the guide never uses counting fully against it): "how do I change a car tyre"
    #: shares "change" with the guide but is not about it.
    min_explained: float = 0.5
    #: ... unless the question names something from a table (a product, an electrolyte family):
    #: then it is about the guide even if it uses words the guide does not ("AB-21700 specs").
    min_explained_named: float = 0.25
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
        vocabulary = Counter(w for e in knowledge.entries for text in (e.title, e.answer, *e.questions, *e.keywords)
                             for w in self._expand(text).split())
        vocabulary.update(self.synonyms_.words)
        self.known_stems_ = frozenset(stem(w) for w in vocabulary) | self.index_.vocabulary_
        self.corrector_ = SpellingCorrector(vocabulary, known_stems=self.known_stems_)
        self._names_by_first_word: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for name in self._row_name_words(knowledge):
            self._names_by_first_word.setdefault(name[0][0], []).append(name)
        self._entry_position = {e.id: i for i, e in enumerate(self.index_.entries_)}
        # Which table rows each free-text entry is about, read from its title and questions.
        self._prepare_row_arrays()
        self._uncovered_terms = {normalise(term): rule for rule in knowledge.not_covered for term in rule.terms
                                 if normalise(term)}
        alternatives = "|".join(re.escape(t) for t in sorted(self._uncovered_terms, key=len, reverse=True))
        self._uncovered_pattern = re.compile(rf"\b(?:{alternatives})\b") if alternatives else None
        return self

    def _uncovered_topic(self, query: Query) -> ScopeRule | None:
        if self._uncovered_pattern is None:
            return None
        match = self._uncovered_pattern.search(f"{normalise(query.text)} {query.prepared}")
        return self._uncovered_terms[match.group(0)] if match else None

    # ------------------------------------------------------------------ query preparation

    def _expand(self, text: str) -> str:
        return self.synonyms_.expand(normalise(text))

    def prepare(self, question: str) -> Query:
        text = clean(question)
        notice = None
        if len(text) > MAX_QUESTION_CHARS:
            text = text[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
            notice = f"Your question was long, so only its first {len(text)} characters were used."
        words = normalise(text).split()  # synonyms are expanded once, after spelling correction
        corrected, corrections = self.corrector_.correct(words)
        prepared = self.synonyms_.expand(" ".join(corrected))
        # Unknown words are judged on what was typed: a shaky correction ("stock" -> "stack")
        # helps retrieval but is no evidence the question is about the guide.
        shaky = {c.original for c in corrections if not c.confident}
        fixed = {c.original for c in corrections}
        unknown = tuple(w for w in content_words(" ".join(words))
                        if not any(ch.isdigit() for ch in w)
                        and (w in shaky or (w not in fixed and not self.corrector_.is_known(w))))
        content = tuple(content_words(prepared))
        return Query(text, prepared, tuple(corrections), content, unknown, self._find_mentions(prepared), notice)

    def _same_column_for_new_row(self, scores: NDArray[np.float64], previous_entry: str) -> NDArray[np.float64]:
        """"What goes wrong with sulfides?" then "and composites?": when the follow-up's best match is
        another row of the table whose cell answered last, answer that row's cell in the same column."""
        previous = self.knowledge_.entry(previous_entry)
        best = self.index_.entries_[int(np.argmax(scores))]
        if previous is None or previous.column_id is None or best.table_id != previous.table_id \
                or best.column_id is not None or best.row_id is None or best.row_id == previous.row_id:
            return scores
        cell = self._entry_position.get(f"{best.table_id}/{best.row_id}/{previous.column_id}")
        if cell is not None:
            scores[cell] = max(scores[cell], float(scores.max()) * 1.01)
        return scores

    def _new_column_for_same_row(self, scores: NDArray[np.float64], previous_entry: str,
                                 query: Query) -> NDArray[np.float64]:
        """"What anode do conventional cells use?" then "and solid-state ones?": the follow-up names
        another column of the table whose cell answered last, so answer that column of the same row."""
        previous = self.knowledge_.entry(previous_entry)
        if previous is None or previous.column_id is None or previous.table_id is None or previous.row_id is None:
            return scores
        asked = {stem(w) for w in query.content}
        best_share, best_column = 0.0, None
        for column in self.knowledge_.table(previous.table_id).columns:
            words = {stem(w) for w in content_words(self._expand(column.name))}
            share = len(words & asked) / len(words) if words else 0.0
            if share > best_share:
                best_share, best_column = share, column.id
        if best_column is None or best_column == previous.column_id or best_share < 0.5:
            return scores
        cell = self._entry_position.get(f"{previous.table_id}/{previous.row_id}/{best_column}")
        if cell is not None:
            scores[cell] = max(scores[cell], float(scores.max()) * 1.01)
        return scores

    def _prepare_row_arrays(self) -> None:
        """Integer codes of which row each entry is (or is about), for vectorised adjustments."""
        keys: dict[tuple[str, str], int] = {}
        tables: dict[str, int] = {}
        n = len(self.index_.entries_)
        self._row_key = np.full(n, -1, dtype=np.int64)
        self._about_key = np.full(n, -1, dtype=np.int64)
        self._about_table = np.full(n, -1, dtype=np.int64)
        self._cell_table = np.full(n, -1, dtype=np.int64)
        self._whole_row = np.zeros(n, dtype=bool)
        self._table_position: dict[int, int] = {}
        for i, entry in enumerate(self.index_.entries_):
            if entry.table_id is not None:
                t = tables.setdefault(entry.table_id, len(tables))
                if entry.row_id is None:
                    self._table_position[t] = i
                else:
                    self._row_key[i] = keys.setdefault((entry.table_id, entry.row_id), len(keys))
                    self._whole_row[i] = entry.column_id is None
                    if entry.column_id is not None:
                        self._cell_table[i] = t
            about = self._rows_named_by(entry)
            if len(about) == 1:
                (table_id, row_id), = about
                self._about_key[i] = keys.setdefault((table_id, row_id), len(keys))
                self._about_table[i] = tables.setdefault(table_id, len(tables))
        self._row_codes = keys
        self._table_codes = tables

    def _adjust_for_rows(self, scores: NDArray[np.float64], mentions: tuple[Mention, ...]) -> NDArray[np.float64]:
        """Apply what the question names: its rows' cells compete, other rows' do not."""
        raw = scores.copy()
        named = [self._row_codes[(m.table_id, m.row_id)] for m in mentions if (m.table_id, m.row_id) in self._row_codes]
        named_tables = [self._table_codes[m.table_id] for m in mentions if m.table_id in self._table_codes]
        is_named = np.isin(self._row_key, named)
        unnamed = (self._row_key >= 0) & ~is_named
        scores[unnamed] *= UNNAMED_ROW_FACTOR
        scores[self._whole_row] *= WHOLE_ROW_FACTOR
        # The question names one electrolyte family; an entry about another one is the wrong answer.
        sibling = (self._about_key >= 0) & ~np.isin(self._about_key, named) & np.isin(self._about_table, named_tables)
        scores[sibling] *= SIBLING_ROW_FACTOR
        # A cell that matches well for a row nobody named speaks for its table. If one row's cells
        # clearly lead ("which family has high ionic conductivity?" -> sulfides), the question
        # picks that row by its content: let that cell compete as if named. Otherwise answer with
        # the whole table, where every row can be seen.
        cells = unnamed & (self._cell_table >= 0)
        if cells.any():
            for t, position in self._table_position.items():
                in_table = np.flatnonzero(cells & (self._cell_table == t))
                if not len(in_table):
                    continue
                ranked = in_table[np.argsort(-raw[in_table], kind="stable")]
                leader = ranked[0]
                others = ranked[self._row_key[ranked] != self._row_key[leader]]
                runner_up = float(raw[others[0]]) if len(others) else 0.0
                if raw[leader] >= CLEAR_LEAD * runner_up:
                    scores[leader] = raw[leader]
                else:
                    scores[position] = max(scores[position], TABLE_PROMOTION_FACTOR * float(raw[leader]))
        return scores

    def _rows_named_by(self, entry: Entry) -> frozenset[tuple[str, str]]:
        """The table rows a free-text entry is about, read from its title and questions."""
        if entry.table_id is not None:
            return frozenset()
        texts = (entry.title, *entry.questions)
        return frozenset((m.table_id, m.row_id) for t in texts for m in self._find_mentions(self._expand(t)))

    def _row_name_words(self, knowledge: KnowledgeBase) -> list[tuple[tuple[str, ...], str, str]]:
        free_texts = [f" {self._expand(f'{e.title} {e.answer}')} " for e in knowledge.entries if e.table_id is None]
        names: set[tuple[tuple[str, ...], str, str]] = set()
        for table in knowledge.tables:
            for row in table.rows:
                for name in row.names:
                    # Exact words, not stems: "lithium ions" must not name the "lithium-ion" row.
                    stems = tuple(self._expand(name).split())
                    needle = " " + " ".join(stems) + " "
                    share = sum(needle in t for t in free_texts) / len(free_texts) if free_texts else 0.0
                    if stems and share <= GENERIC_NAME_SHARE:
                        names.add((stems, table.id, row.id))
        # Longest names first so "all solid state" is matched before "solid state".
        return sorted(names, key=lambda n: (-len(n[0]), n[1], n[2]))

    def _find_mentions(self, prepared: str) -> tuple[Mention, ...]:
        words = prepared.split()
        taken = [False] * len(words)
        found: list[Mention] = []
        # Names are tried longest first, and only those starting with a word of the question.
        candidates = sorted({name for w in set(words) for name in self._names_by_first_word.get(w, ())},
                            key=lambda n: (-len(n[0]), n[1], n[2]))
        for name, table_id, row_id in candidates:
            n = len(name)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == name and not any(taken[i:i + n]):
                    found.append(Mention(table_id, row_id, i, i + n))
                    for j in range(i, i + n):
                        taken[j] = True
        return tuple(sorted(found, key=lambda m: m.start))

    # ------------------------------------------------------------------ retrieval

    def retrieve(self, question: str, *, context: Query | None = None, context_weight: float = 0.5,
                 previous_entry: str | None = None) -> Retrieval:
        """Rank entries for ``question``; ``context`` is the conversation's topic for a follow-up and
        ``previous_entry`` the entry that answered the turn before."""
        query = self.prepare(question)
        if not query.content and context is not None and context.content:
            # "why?" after an answer: the question is the previous topic, asked again.
            query = replace(query, prepared=f"{query.prepared} {context.prepared}".strip(),
                            content=context.content, mentions=())
            context = None
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
            context_text, inherited = context_without_replaced_rows(context, query)
            mentions = mentions + inherited
        vector = self.index_.vectorize(query.prepared, context=context_text, context_weight=context_weight)
        scores = self.index_.score(vector).total.copy()
        scores = self._adjust_for_rows(scores, mentions)
        if context is not None and previous_entry is not None:
            scores = self._same_column_for_new_row(scores, previous_entry)
            scores = self._new_column_for_same_row(scores, previous_entry, query)
        order = _top(scores, self.top_k)
        ranked = tuple((self.index_.entries_[i], float(scores[i])) for i in order)
        best_score = ranked[0][1] if ranked else 0.0

        t = self.thresholds
        # A follow-up borrows its topic from the previous turn, so its own words need explain less.
        unknown = len(query.unknown) * (0.5 if context is not None else 1.0)
        explained = self.index_.explained(vector, int(order[0]), round(unknown)) if ranked else 0.0
        if context is not None:
            explained = max(explained, 0.5 + explained / 2)
        confidence = float(np.clip(best_score / t.full_confidence_score, 0.0, 1.0)) * min(1.0, explained / 0.8)
        if best_score < t.min_score:
            found, reason = False, "low-score"
        elif explained < (t.min_explained_named if query.mentions else t.min_explained):
            found, reason = False, "off-topic"
        else:
            found, reason = True, "ok"
        comparison = self._comparison(query, mentions, ranked) if found else None
        return Retrieval(query, ranked, found, round(confidence, 3), reason, comparison, mentions)

    def topic_after(self, retrieval: Retrieval, context: Query | None) -> Query:
        """What a follow-up to this turn will be about: its question, what it kept of the
        previous topic, and the table row its answer was about."""
        topic_text = retrieval.query.prepared
        if context is not None:
            kept, _ = context_without_replaced_rows(context, retrieval.query)
            topic_text = f"{topic_text} {kept}"
        best = retrieval.best
        if retrieval.found and best is not None and best.table_id is not None and best.row_id is not None \
                and retrieval.comparison is None and not any(m.table_id == best.table_id for m in retrieval.mentions):
            # "Which family has high ionic conductivity?" -> sulfides; "what's the catch?" is then about sulfides.
            topic_text = f"{topic_text} {self.knowledge_.table(best.table_id).row(best.row_id).name}"
        return self.prepare(topic_text) if topic_text != retrieval.query.prepared else retrieval.query

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


def context_without_replaced_rows(context: Query, query: Query) -> tuple[str, tuple[Mention, ...]]:
    """The previous question as context, minus rows the new question replaces.

    "what goes wrong with oxides?" then "and polymers?": polymers replaces oxides,
    so the context contributes "what goes wrong" but not "oxides".
    """
    replaced_tables = {m.table_id for m in query.mentions}
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


def _top(scores: NDArray[np.float64], k: int) -> NDArray[np.intp]:
    """Indices of the ``k`` best scores, best first; ties keep knowledge order (stable)."""
    if len(scores) > 4 * k:
        # Partition first: sorting every entry's score costs more than the rest of a query at 10,000 entries.
        candidates = np.argpartition(-scores, k)[: k + 1]
        threshold = scores[candidates].min()
        candidates = np.flatnonzero(scores >= threshold)
        return candidates[np.argsort(-scores[candidates], kind="stable")][:k]
    return np.argsort(-scores, kind="stable")[:k]
