"""The fielded TF-IDF index over knowledge entries.

Each entry is indexed twice: its *phrasings* (title, questions, keywords), one
matrix row per phrasing so a question is compared with the closest way of
asking it; and its *body* (the answer text and section). Phrasings are scored
with word n-grams and character n-grams (robust to small typos and word
forms); the body with word n-grams. The fitted index is read-only, so one
instance can serve many threads at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer

from .knowledge import Entry
from .text import content_words, stem


@dataclass(frozen=True)
class FieldWeights:
    """How much each field contributes to an entry's score (they sum to 1)."""

    phrasing_words: float = 0.45
    phrasing_chars: float = 0.25
    body_words: float = 0.30
    #: Share of the score that depends on covering *all* the question's words (Lucene's
    #: "coord"): "polymer conductivity" should prefer the entry with both words.
    coverage: float = 0.4


@dataclass(frozen=True)
class Scores:
    """Per-entry scores for one query, aligned with ``Index.entries``."""

    total: NDArray[np.float64]
    phrasing_words: NDArray[np.float64]
    body_words: NDArray[np.float64]


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
        self.vocabulary_ = frozenset(
            w for term in self.word_vectorizer_.vocabulary_ for w in term.split()
        )
        return self

    def score(self, prepared_query: str, *, context: str = "", context_weight: float = 0.5) -> Scores:
        """Score every entry for a prepared query, optionally blended with a context query."""
        qw = self.word_vectorizer_.transform([prepared_query])
        qc = self.char_vectorizer_.transform([_char_text(prepared_query)])
        if context:
            qw = _blend(qw, self.word_vectorizer_.transform([context]), context_weight)
            qc = _blend(qc, self.char_vectorizer_.transform([_char_text(context)]), context_weight)
        phr_w = np.maximum.reduceat(np.asarray((qw @ self.phrasing_words_).todense()).ravel(), self.starts_)
        phr_c = np.maximum.reduceat(np.asarray((qc @ self.phrasing_chars_).todense()).ravel(), self.starts_)
        body = np.asarray((qw @ self.body_words_).todense()).ravel()
        w = self.weights
        total = w.phrasing_words * phr_w + w.phrasing_chars * phr_c + w.body_words * body
        asked = self.word_vectorizer_.transform([prepared_query])
        weights = np.zeros_like(self.unigram_idf_)
        weights[asked.indices] = self.unigram_idf_[asked.indices]
        if weights.sum() > 0:
            coverage = np.asarray(self.presence_.T @ weights).ravel() / weights.sum()
            total = total * ((1.0 - w.coverage) + w.coverage * coverage)
        return Scores(total.astype(np.float64), phr_w.astype(np.float64), body.astype(np.float64))

    def explained(self, prepared_query: str, entry_position: int, unknown_words: int) -> float:
        """How much of the question one entry accounts for: the IDF-weighted share of the
        question's words that occur in the entry, where words the knowledge never uses
        count at the highest IDF (they are the most specific words of the question)."""
        asked = self.word_vectorizer_.transform([prepared_query])
        terms = [t for t in asked.indices if self.unigram_idf_[t] > 0]
        weights = self.unigram_idf_[terms]
        present = np.asarray(self.presence_[terms, entry_position].todense()).ravel() if terms else np.zeros(0)
        total = float(weights.sum()) + unknown_words * float(self.unigram_idf_.max(initial=1.0))
        return float((weights * present).sum()) / total if total else 0.0


def _one_hot(owner: NDArray[np.intp], n: int):  # type: ignore[no-untyped-def]
    """Rows -> entries membership matrix (rows x entries)."""
    from scipy.sparse import csr_matrix

    return csr_matrix((np.ones(len(owner), dtype=np.float32), (np.arange(len(owner)), owner)),
                      shape=(len(owner), n))


def _blend(current, context, weight: float):  # type: ignore[no-untyped-def]
    """current + weight * context, renormalised, so context steers without taking over."""
    mixed = current + context * weight
    norm = float(np.sqrt(mixed.multiply(mixed).sum()))
    return mixed / norm if norm else mixed
