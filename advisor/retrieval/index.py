"""The fielded TF-IDF index over knowledge entries.

Each entry is indexed twice: its *phrasings* (title, questions, keywords), one
matrix row per phrasing so a question is compared with the closest way of
asking it; and its *body* (the answer text and section). Phrasings are scored
with word n-grams and character n-grams (robust to small typos and word
forms); the body with word n-grams. The fitted index is read-only, so one
instance can serve many threads at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from advisor.knowledge.model import Entry
from advisor.text import content_words, stem


@dataclass(frozen=True)
class FieldWeights:
    """How much each field contributes to an entry's score (they sum to 1)."""

    phrasing_words: float = 0.45
    phrasing_chars: float = 0.25
    body_words: float = 0.30
    #: Share of the score that depends on covering *all* the question's words (Lucene's
    #: "coord"): "polymer conductivity" should prefer the entry with both words.
    coverage: float = 0.4


def word_ngrams(prepared: str) -> list[str]:
    """Stemmed content words and their adjacent pairs: the word-index analyzer."""
    words = [stem(w) for w in content_words(prepared)]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def _char_text(prepared: str) -> str:
    return " ".join(content_words(prepared))


class Index:
    """TF-IDF over entries; ``prepare`` turns raw text into normalised, synonym-expanded text."""

    def __init__(self, *, weights: FieldWeights | None = None) -> None:
        self.weights = weights or FieldWeights()

    def fit(self, entries: Sequence[Entry], prepare: Callable[[str], str]) -> Index:
        self.entries_ = tuple(entries)
        phrasings: list[str] = []
        starts: list[int] = []
        for entry in self.entries_:
            starts.append(len(phrasings))
            texts = [entry.title, *entry.questions]
            if entry.keywords:
                texts.append(" ".join(entry.keywords))
            phrasings.extend(prepare(t) for t in texts)
        bodies = [prepare(f"{e.title} {e.section} {e.answer} {' '.join(e.keywords)}") for e in self.entries_]

        self.word_vectorizer_ = TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True, dtype=np.float32)
        both = self.word_vectorizer_.fit_transform(phrasings + bodies)
        self.char_vectorizer_ = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32, min_df=1
        )
        chars = self.char_vectorizer_.fit_transform([_char_text(p) for p in phrasings])

        # Transposed once here so a query is one sparse product, not a transpose per call.
        everything = both[: len(phrasings)]
        self.phrasing_words_ = everything.T.tocsr()
        self.phrasing_chars_ = chars.T.tocsr()
        self.body_words_ = both[len(phrasings):].T.tocsr()
        # Which single words each entry contains anywhere, as a 0/1 matrix (terms x entries).
        owner = np.repeat(np.arange(len(self.entries_)), np.diff(np.append(starts, len(phrasings))))
        presence = (everything.T @ _one_hot(owner, len(self.entries_))) + self.body_words_
        presence.data[:] = 1.0
        unigram = np.array([" " not in t for t, _ in sorted(self.word_vectorizer_.vocabulary_.items(),
                                                             key=lambda kv: kv[1])])
        self.presence_ = presence.tocsr()
        self.unigram_idf_ = np.where(unigram, self.word_vectorizer_.idf_, 0.0).astype(np.float64)
        self.starts_ = np.asarray(starts, dtype=np.intp)
        self.row_owner_ = owner
        self.word_idf_ = self.word_vectorizer_.idf_.astype(np.float64)
        self.char_idf_ = self.char_vectorizer_.idf_.astype(np.float64)
        self._char_analyzer = self.char_vectorizer_.build_analyzer()
        self.vocabulary_ = frozenset(
            w for term in self.word_vectorizer_.vocabulary_ for w in term.split()
        )
        return self

    def vectorize(self, prepared_query: str, *, context: str = "", context_weight: float = 0.5) -> QueryVector:
        """The query as TF-IDF weights, computed directly from the fitted vocabularies.

        Equivalent to ``TfidfVectorizer.transform`` for one text, but without its
        per-call input validation, which costs more than the scoring itself.
        """
        words = _weights(word_ngrams(prepared_query), self.word_vectorizer_.vocabulary_, self.word_idf_)
        chars = _weights(self._char_analyzer(_char_text(prepared_query)), self.char_vectorizer_.vocabulary_,
                         self.char_idf_)
        asked = words[0][self.unigram_idf_[words[0]] > 0]
        if context:
            words = _mix(words, _weights(word_ngrams(context), self.word_vectorizer_.vocabulary_, self.word_idf_),
                         context_weight)
            chars = _mix(chars, _weights(self._char_analyzer(_char_text(context)), self.char_vectorizer_.vocabulary_,
                                         self.char_idf_), context_weight)
        return QueryVector(words, chars, asked)

    def score(self, query: QueryVector) -> NDArray[np.float64]:
        """Every entry's score for a vectorised query, aligned with ``entries_``."""
        n_rows = len(self.row_owner_)
        phr_w = np.maximum.reduceat(_accumulate(self.phrasing_words_, query.words, n_rows), self.starts_)
        phr_c = np.maximum.reduceat(_accumulate(self.phrasing_chars_, query.chars, n_rows), self.starts_)
        body = _accumulate(self.body_words_, query.words, len(self.entries_))
        w = self.weights
        total = w.phrasing_words * phr_w + w.phrasing_chars * phr_c + w.body_words * body
        weights = self.unigram_idf_[query.asked]
        if weights.sum() > 0:
            coverage = _accumulate(self.presence_, (query.asked, weights), len(self.entries_)) / weights.sum()
            total = total * ((1.0 - w.coverage) + w.coverage * coverage)
        return total

    def explained(self, query: QueryVector, entry_position: int, unknown_words: float,
                  ignore: Iterable[str] = (), discount: Iterable[str] = (), discount_weight: float = 1.0) -> float:
        """How much of the question one entry accounts for: the IDF-weighted share of the
        question's words that occur in the entry, where words the knowledge never uses
        count at the highest IDF (they are the most specific words of the question).
        ``ignore``: words left out (a doubtful spelling correction is already counted as unknown);
        ``discount``: words that weigh only ``discount_weight`` of their IDF (ordinary words)."""
        skip = {self.word_vectorizer_.vocabulary_.get(stem(w), -1) for w in ignore}
        lighter = {self.word_vectorizer_.vocabulary_.get(stem(w), -1) for w in discount}
        terms = np.array([t for t in query.asked if t not in skip], dtype=np.intp)
        weights = self.unigram_idf_[terms] * np.array([discount_weight if t in lighter else 1.0 for t in terms])
        present = np.array([self._contains(t, entry_position) for t in terms], dtype=np.float64)
        total = float(weights.sum()) + unknown_words * float(self.unigram_idf_.max(initial=1.0))
        return float((weights * present).sum()) / total if total else 0.0

    def contains_word(self, word: str, entry_position: int) -> bool:
        """Whether the entry at ``entry_position`` uses ``word`` (a normalised single word) anywhere."""
        term = self.word_vectorizer_.vocabulary_.get(stem(word))
        return term is not None and self._contains(term, entry_position)

    def _contains(self, term: int, entry_position: int) -> bool:
        start, end = self.presence_.indptr[term], self.presence_.indptr[term + 1]
        return bool(np.any(self.presence_.indices[start:end] == entry_position))


@dataclass(frozen=True)
class QueryVector:
    """A query's word and character n-gram weights (term indices, weights) and its known single words."""

    words: tuple[NDArray[np.intp], NDArray[np.float64]]
    chars: tuple[NDArray[np.intp], NDArray[np.float64]]
    asked: NDArray[np.intp]


def _weights(terms: Iterable[str], vocabulary: dict[str, int], idf: NDArray[np.float64]
             ) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
    """Sublinear TF times IDF, L2-normalised: what the fitted TfidfVectorizer computes."""
    counts = Counter(vocabulary[t] for t in terms if t in vocabulary)
    if not counts:
        return np.zeros(0, dtype=np.intp), np.zeros(0)
    index = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
    weight = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[index]
    return index, weight / np.linalg.norm(weight)


def _mix(current: tuple[NDArray[np.intp], NDArray[np.float64]], context: tuple[NDArray[np.intp], NDArray[np.float64]],
         weight: float) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
    """current + weight * context, renormalised, so context steers without taking over."""
    index = np.concatenate([current[0], context[0]])
    if not len(index):
        return current
    unique, inverse = np.unique(index, return_inverse=True)
    values = np.zeros(len(unique))
    np.add.at(values, inverse, np.concatenate([current[1], context[1] * weight]))
    return unique.astype(np.intp), values / np.linalg.norm(values)


def _accumulate(matrix: csr_matrix, query: tuple[NDArray[np.intp], NDArray[np.float64]], size: int
                ) -> NDArray[np.float64]:
    """``query @ matrix`` for a terms x items CSR matrix, touching only the query's terms."""
    index, weight = query
    if not len(index):
        return np.zeros(size)
    starts = matrix.indptr[index]
    lengths = matrix.indptr[index + 1] - starts
    if not lengths.sum():
        return np.zeros(size)
    # All postings of the query's terms, gathered without a Python loop: position k of the
    # concatenation is start[i] + (k - offset[i]) for the term i it falls in.
    offsets = np.cumsum(lengths) - lengths
    positions = np.arange(lengths.sum()) + np.repeat(starts - offsets, lengths)
    totals = np.bincount(matrix.indices[positions], weights=matrix.data[positions] * np.repeat(weight, lengths),
                         minlength=size)
    return np.asarray(totals, dtype=np.float64)


def _one_hot(owner: NDArray[np.intp], n: int) -> csr_matrix:
    """Rows -> entries membership matrix (rows x entries)."""
    return csr_matrix((np.ones(len(owner), dtype=np.float32), (np.arange(len(owner)), owner)),
                      shape=(len(owner), n))


