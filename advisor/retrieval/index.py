"""The fielded TF-IDF index over knowledge entries.

Each entry is indexed twice: its *phrasings* (title, questions, keywords), one
matrix row per phrasing so a question is compared with the closest way of
asking it; and its *body* (the answer text and section). Phrasings are scored
with word n-grams and character n-grams (robust to small typos and word
forms); the body with word n-grams. The fitted index is read-only, so one
instance can serve many threads at once.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from itertools import pairwise
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from advisor.knowledge.model import Entry
from advisor.text import content_words, stem, without_inflection


@dataclass(frozen=True)
class FieldWeights:
    """How much each field contributes to an entry's score (they sum to 1)."""

    phrasing_words: float = 0.45
    phrasing_chars: float = 0.25
    body_words: float = 0.30
    #: Share of the score that depends on covering *all* the question's words (Lucene's
    #: "coord"): "polymer conductivity" should prefer the entry with both words.
    coverage: float = 0.4
    #: Weight of BM25 over whole entries (title, phrasings and answer together), added to the fielded
    #: score as a share of the best entry's: rewards an entry that uses the question's words often
    #: and in a short text, which the per-field cosines miss when the words are spread over fields.
    bm25: float = 1.0


#: BM25's term-frequency saturation and length normalisation (the usual defaults).
BM25_K1 = 1.5
BM25_B = 0.75


def word_ngrams(prepared: str) -> list[str]:
    """Stemmed content words and their adjacent pairs: the word-index analyzer."""
    words = [stem(w) for w in content_words(prepared)]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def _char_text(prepared: str) -> str:
    return " ".join(content_words(prepared))


#: The character index: n-grams of 3 to 5 characters inside word boundaries.
CHAR_ANALYZER = "char_wb"
CHAR_NGRAMS = (3, 5)


def word_vectorizer() -> TfidfVectorizer:
    """The unfitted vectorizer of the word fields (phrasings and bodies share its vocabulary)."""
    return TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True, dtype=np.float32)


def char_vectorizer() -> TfidfVectorizer:
    """The unfitted vectorizer of the character field (phrasings only)."""
    return TfidfVectorizer(analyzer=CHAR_ANALYZER, ngram_range=CHAR_NGRAMS, sublinear_tf=True, dtype=np.float32,
                           min_df=1)


#: Where a passage's prose cites a work: "<Author> et al. in <Journal Name>". (A reading list's
#: "*title* (Journal, year)" names what that list is about: "which sources appeared in <journal>?".)
_CITED_VENUE = re.compile(r"\bet al\.?\s+in\s+((?:[A-Z][\w-]*\s+(?:(?:of|and|for|on|the|&)\s+)?)*[A-Z][\w-]*)")


def without_cited_venues(text: str, venues: Iterable[str]) -> str:
    """``text`` without the names of the venues a passage cites: they say where its point was published,
    not what it is about ("Nature Reviews *Materials*" says nothing about what an electrolyte is made of).
    The author's name stays, so "what do Zhao et al say" still finds the passage; the reading list
    (the sources table) answers for the journal itself."""
    for venue in venues:
        text = text.replace(venue, " ")
    return text


def _with_broader_terms(presence: csr_matrix, vocabulary: dict[str, int],
                        broader: Sequence[tuple[str, str]]) -> csr_matrix:
    """The terms x entries presence matrix where the broader word of each pair is present wherever its
    narrower word is (pairs whose words the knowledge never uses change nothing)."""
    pairs = [(vocabulary[stem(narrow)], vocabulary[stem(broad)]) for narrow, broad in broader
             if stem(narrow) in vocabulary and stem(broad) in vocabulary]
    if not pairs:
        return presence
    rows = presence.tolil()
    for narrow, broad in pairs:
        rows[broad] = rows[broad].maximum(presence[narrow])
    return rows.tocsr()


def index_texts(entries: Sequence[Entry], prepare: Callable[[str], str]) -> tuple[list[str], list[str], list[int]]:
    """What ``Index.fit`` indexes: every entry's prepared phrasings (title, questions, keywords),
    its prepared body, and where each entry's phrasings start; all without the venues its prose cites."""
    phrasings: list[str] = []
    starts: list[int] = []
    bodies: list[str] = []
    for entry in entries:
        starts.append(len(phrasings))
        venues = sorted(set(_CITED_VENUE.findall(entry.answer)), key=len, reverse=True)
        texts = [entry.title, *entry.questions]
        if entry.keywords:
            texts.append(" ".join(entry.keywords))
        phrasings.extend(prepare(without_cited_venues(t, venues)) for t in texts)
        bodies.append(prepare(without_cited_venues(
            f"{entry.title} {entry.section} {entry.answer} {' '.join(entry.keywords)}", venues)))
    return phrasings, bodies, starts


class IndexFormatError(ValueError):
    """Saved index arrays that do not describe a valid index for the given entries."""


#: Version of the layout written by ``Index.to_arrays``; ``from_arrays`` refuses any other.
ARRAYS_FORMAT = 2
_MATRICES = ("phrasing_words", "phrasing_chars", "body_words", "presence", "bm25")
_VECTORS = {"unigram_idf": np.float64, "starts": np.int64, "row_owner": np.int64, "word_idf": np.float64,
            "char_idf": np.float64}


class Index:
    """TF-IDF over entries; ``prepare`` turns raw text into normalised, synonym-expanded text."""

    def __init__(self, *, weights: FieldWeights | None = None) -> None:
        self.weights = weights or FieldWeights()

    def fit(self, entries: Sequence[Entry], prepare: Callable[[str], str],
            broader: Sequence[tuple[str, str]] = ()) -> Index:
        """``broader``: (narrower, broader) word pairs; an entry using the narrower word also uses the broader
        one, for what it accounts for of a question ("the cathode or anode boundary" speaks of electrodes)."""
        self.entries_ = tuple(entries)
        phrasings, bodies, starts = index_texts(self.entries_, prepare)
        words = word_vectorizer()
        both = words.fit_transform(phrasings + bodies)
        chars_vectorizer = char_vectorizer()
        chars = chars_vectorizer.fit_transform([_char_text(p) for p in phrasings])

        # Transposed once here so a query is one sparse product, not a transpose per call.
        everything = both[: len(phrasings)]
        self.phrasing_words_ = everything.T.tocsr()
        self.phrasing_chars_ = chars.T.tocsr()
        self.body_words_ = both[len(phrasings):].T.tocsr()
        # Which single words each entry contains anywhere, as a 0/1 matrix (terms x entries).
        owner = _row_owner(np.asarray(starts, dtype=np.int64), len(phrasings))
        presence = (everything.T @ _one_hot(owner, len(self.entries_))) + self.body_words_
        presence.data[:] = 1.0
        self.presence_ = _with_broader_terms(presence.tocsr(), words.vocabulary_, broader)
        self.starts_ = np.asarray(starts, dtype=np.intp)
        self.row_owner_ = owner
        self.word_idf_ = words.idf_.astype(np.float64)
        self.char_idf_ = chars_vectorizer.idf_.astype(np.float64)
        self._set_vocabularies(_terms(words.vocabulary_), _terms(chars_vectorizer.vocabulary_))
        unigram = np.array([" " not in t for t in self.word_terms_], dtype=bool)
        self.unigram_idf_ = np.where(unigram, self.word_idf_, 0.0).astype(np.float64)
        documents = [" ".join(phrasings[start:end]) + " " + body
                     for start, end, body in zip(starts, [*starts[1:], len(phrasings)], bodies, strict=True)]
        self.bm25_ = bm25_matrix(documents, words.vocabulary_, unigram)
        return self

    def _set_vocabularies(self, word_terms: list[str], char_terms: list[str]) -> None:
        """The term lists (position = column of the matrices) and what is derived from them."""
        self.word_terms_ = tuple(word_terms)
        self.char_terms_ = tuple(char_terms)
        self.word_vocabulary_ = dict(zip(word_terms, range(len(word_terms)), strict=True))
        self.char_vocabulary_ = dict(zip(char_terms, range(len(char_terms)), strict=True))
        # The query side of the character field needs only the analyzer, which needs no fitting.
        self._char_analyzer = TfidfVectorizer(analyzer=CHAR_ANALYZER, ngram_range=CHAR_NGRAMS).build_analyzer()
        self.vocabulary_ = frozenset(" ".join(word_terms).split())  # the single words of every term
        self.adverb_pairs_ = _adverb_pairs(self.word_vocabulary_)
        self.single_words_ = sorted(w for w in self.word_vocabulary_ if " " not in w and w.isalpha())
        # Whether entry e uses term t, as a dense terms x entries table (a few hundred kB): looked up for every
        # word of a question against several entries, where a search of the sparse postings costs a numpy call.
        # An adverb and its adjective are one word of the question ("mechanically", "mechanical").
        presence = self.presence_
        uses = np.zeros(presence.shape, dtype=bool)
        uses[np.repeat(np.arange(presence.shape[0]), np.diff(presence.indptr)), presence.indices] = True
        if self.adverb_pairs_:
            terms, others = (np.fromiter(side, dtype=np.intp) for side in zip(*self.adverb_pairs_.items(), strict=True))
            uses[terms] |= uses[others]  # fancy indexing reads a copy: every pair from the sparse truth
        self._uses = uses

    # ------------------------------------------------------------------ saving

    def to_arrays(self) -> tuple[dict[str, NDArray[Any]], dict[str, Any]]:
        """The fitted index as plain arrays (for ``numpy.savez``) and JSON-able settings;
        :meth:`from_arrays` rebuilds an index that scores exactly the same. No Python objects
        are saved, so loading them runs no code."""
        arrays: dict[str, NDArray[Any]] = {}
        for name in _MATRICES:
            matrix: csr_matrix = getattr(self, f"{name}_")
            arrays[f"{name}.data"] = matrix.data
            arrays[f"{name}.indices"] = matrix.indices
            arrays[f"{name}.indptr"] = matrix.indptr
        for name, dtype in _VECTORS.items():
            arrays[name] = np.asarray(getattr(self, f"{name}_"), dtype=dtype)
        settings = {
            "format": ARRAYS_FORMAT,
            "weights": asdict(self.weights),
            "char_analyzer": {"analyzer": CHAR_ANALYZER, "ngram_range": list(CHAR_NGRAMS)},
            "entry_ids": [e.id for e in self.entries_],
            "phrasings": int(self.phrasing_words_.shape[1]),
            "word_terms": list(self.word_terms_),
            "char_terms": list(self.char_terms_),
        }
        return arrays, settings

    @classmethod
    def from_arrays(cls, entries: Sequence[Entry], arrays: Mapping[str, NDArray[Any]],
                    settings: Mapping[str, Any]) -> Index:
        """The index saved by :meth:`to_arrays` for these ``entries``. Everything is checked
        (keys, types, shapes, ranges, that it was fitted to these entries);
        raises :class:`IndexFormatError` rather than return an index that could misbehave."""
        try:
            return cls._from_arrays(tuple(entries), arrays, settings)
        except IndexFormatError:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise IndexFormatError(f"malformed index arrays: {exc!r}") from exc

    @classmethod
    def _from_arrays(cls, entries: tuple[Entry, ...], arrays: Mapping[str, NDArray[Any]],
                     settings: Mapping[str, Any]) -> Index:
        expected = {f"{m}.{part}" for m in _MATRICES for part in ("data", "indices", "indptr")} | set(_VECTORS)
        _check(set(arrays) == expected, f"arrays {sorted(arrays)} are not {sorted(expected)}")
        _check(isinstance(settings, Mapping) and settings.get("format") == ARRAYS_FORMAT, "unknown format")
        _check(settings.get("char_analyzer") == {"analyzer": CHAR_ANALYZER, "ngram_range": list(CHAR_NGRAMS)},
               "another character analyzer")
        _check(settings.get("entry_ids") == [e.id for e in entries], "fitted to other entries")
        weights = settings["weights"]
        names = [f.name for f in fields(FieldWeights)]
        _check(isinstance(weights, dict) and sorted(weights) == sorted(names)
               and all(type(weights[n]) in (int, float) for n in names), "bad weights")
        word_terms, char_terms = settings["word_terms"], settings["char_terms"]
        for terms in (word_terms, char_terms):
            _check(isinstance(terms, list) and set(map(type, terms)) <= {str}, "a vocabulary is not a list of strings")
        n_entries, n_words, n_chars = len(entries), len(word_terms), len(char_terms)
        n_phrasings = settings["phrasings"]
        _check(type(n_phrasings) is int and n_phrasings >= n_entries, "bad phrasing count")

        index = cls(weights=FieldWeights(**{n: float(weights[n]) for n in names}))
        index.entries_ = entries
        shapes = {"phrasing_words": (n_words, n_phrasings), "phrasing_chars": (n_chars, n_phrasings),
                  "body_words": (n_words, n_entries), "presence": (n_words, n_entries),
                  "bm25": (n_words, n_entries)}
        for name, shape in shapes.items():
            setattr(index, f"{name}_", _csr(arrays, name, shape))
        lengths = {"unigram_idf": n_words, "starts": n_entries, "row_owner": n_phrasings, "word_idf": n_words,
                   "char_idf": n_chars}
        vectors = {}
        for name, dtype in _VECTORS.items():
            value = arrays[name]
            _check(isinstance(value, np.ndarray) and value.dtype == dtype and value.shape == (lengths[name],),
                   f"{name}: wrong type or shape")
            vectors[name] = value
        for name in ("unigram_idf", "word_idf", "char_idf"):
            _check(bool(np.all(np.isfinite(vectors[name]))), f"{name}: not finite")
        starts = vectors["starts"]
        _check(n_entries == 0 or (starts[0] == 0 and bool(np.all(np.diff(starts) > 0))
                                  and int(starts[-1]) < n_phrasings), "starts: not increasing from 0")
        _check(np.array_equal(vectors["row_owner"], _row_owner(starts, n_phrasings)), "row_owner: not the starts'")
        index.starts_ = starts.astype(np.intp)
        index.row_owner_ = vectors["row_owner"]
        index.unigram_idf_ = vectors["unigram_idf"]
        index.word_idf_ = vectors["word_idf"]
        index.char_idf_ = vectors["char_idf"]
        index._set_vocabularies(word_terms, char_terms)
        _check(len(index.word_vocabulary_) == n_words and len(index.char_vocabulary_) == n_chars,
               "a vocabulary repeats a term")
        return index

    def vectorize(self, prepared_query: str, *, context: str = "", context_weight: float = 0.5,
                  phrases: Mapping[tuple[str, ...], float] | None = None) -> QueryVector:
        """The query as TF-IDF weights, computed directly from the fitted vocabularies.

        Equivalent to ``TfidfVectorizer.transform`` for one text, but without its
        per-call input validation, which costs more than the scoring itself.
        """
        asked = _weights(word_ngrams(prepared_query), self.word_vocabulary_, self.word_idf_)[0]
        asked = asked[self.unigram_idf_[asked] > 0]
        share = self._phrase_shares(prepared_query, phrases) if phrases else {}
        # A verb the knowledge uses in other forms only ("charged" where it says "charge" and "charging") is
        # matched in those forms; they only weigh in the fields, not in which words the question asked.
        forms = self.other_forms(prepared_query)
        words = _weights(word_ngrams(f"{prepared_query} {' '.join(forms)}" if forms else prepared_query),
                         self.word_vocabulary_, self.word_idf_)
        chars = _weights(self._char_analyzer(_char_text(prepared_query)), self.char_vocabulary_,
                         self.char_idf_)
        if context:
            words = _mix(words, _weights(word_ngrams(context), self.word_vocabulary_, self.word_idf_),
                         context_weight)
            chars = _mix(chars, _weights(self._char_analyzer(_char_text(context)), self.char_vocabulary_,
                                         self.char_idf_), context_weight)
        if share:
            # A phrase the synonyms put for one word ("hype" -> "marketing buzzword") is one word of the
            # question: each of its words weighs its share, in the fields and in the words asked.
            scale = np.array([share.get(int(t), 1.0) for t in words[0]])
            weight = words[1] * scale
            words = (words[0], weight / np.linalg.norm(weight))
            return QueryVector(words, chars, asked, np.array([share.get(int(t), 1.0) for t in asked]))
        return QueryVector(words, chars, asked)

    def _phrase_shares(self, prepared: str, phrases: Mapping[tuple[str, ...], float]) -> dict[int, float]:
        """Word term -> the share of a word it counts for, for the words of ``phrases`` (stemmed content
        words -> share) where they stand side by side in ``prepared``."""
        words = [stem(w) for w in content_words(prepared)]
        found: dict[int, float] = {}
        for phrase, share in phrases.items():
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == phrase:
                    for w in phrase:
                        term = self.word_vocabulary_.get(w)
                        if term is not None:
                            found[term] = min(found.get(term, 1.0), share)
        # A word also asked outside the phrase counts in full.
        for i, w in enumerate(words):
            term = self.word_vocabulary_.get(w)
            if term in found and not any(tuple(words[j:j + len(p)]) == p and j <= i < j + len(p)
                                         for p in phrases for j in range(max(0, i - len(p) + 1), i + 1)):
                del found[term]
        return found

    def other_forms(self, prepared: str) -> list[str]:
        """The forms the knowledge uses of the question's words it does not use as written: "charged" ->
        "charge", "charging"; "fails" -> "fail", "failing" (inflections of one root: -s, -es, -ed, -d, -ing); a
        longer word of the family of one it does not know ("recommend" -> "recommended", "press" -> "pressure",
        see FAMILY_ENDINGS); and, for any word, the noun naming the action of a verb ("fails" -> "failure")."""
        found: list[str] = []

        def add(words: Iterable[str], word: str) -> None:
            found.extend(w for w in words if w not in found and w != word)

        for word in content_words(prepared):
            if not word.isalpha():
                continue
            if stem(word) not in self.word_vocabulary_:
                # (A short root only before "-ing": "asking" -> "ask"; "asked whether ..." reports a question.)
                for root in dict.fromkeys([*without_inflection(word), *without_inflection(word, endings=("ing",),
                                                                                          min_root=3)]):
                    add((form for form in (root, root + "e", root + "s", root + "es", root + "ed", root + "d",
                                           root + "ing", (root[:-1] if root.endswith("e") else root) + "ing")
                         if (term := self.word_vocabulary_.get(stem(form))) is not None
                         and self.unigram_idf_[term] > 0), word)
                # A word the knowledge uses only in a longer form of it: "recommend" -> "recommended", "press"
                # (and "pressed") -> "pressure" (see FAMILY_ENDINGS).
                if len(word) >= MIN_FAMILY_ROOT and not word.endswith("ic"):
                    add(self._longer_words(word, FAMILY_ENDINGS), word)
            # A verb, known or not, is also matched in the noun naming its action: "fails" -> "failure".
            add(self._action_nouns(word), word)
        return found

    def _action_nouns(self, word: str) -> list[str]:
        """The nouns the knowledge uses for the action of ``word`` (or of the verb it is a form of): "fails" ->
        "failure", "pressed" -> "pressure", "separate" -> "separation", "evaluating" -> "evaluation"."""
        found: list[str] = []
        for root in [word, *without_inflection(word)]:
            if len(root) < MIN_FAMILY_ROOT or root.endswith("ic"):
                continue  # (an adjective: "specific" is no verb of "specification")
            found += self._longer_words(root, ACTION_ENDINGS)
            if root.endswith("e") and len(root) > MIN_FAMILY_ROOT:
                found += self._longer_words(root[:-1], ACTION_ENDINGS | {"ion"})
        return found

    def _longer_words(self, word: str, endings: frozenset[str]) -> list[str]:
        """The single words of the vocabulary that are ``word`` with one of ``endings`` added."""
        start = bisect.bisect_left(self.single_words_, word)
        out = []
        for known in self.single_words_[start:]:
            if not known.startswith(word):
                break
            if known[len(word):] in endings:
                out.append(known)
        return out

    def score(self, query: QueryVector) -> NDArray[np.float64]:
        """Every entry's score for a vectorised query, aligned with ``entries_``: the fielded score
        with BM25 over whole entries added (see :meth:`scores`)."""
        return self.scores(query)[1]

    def scores(self, query: QueryVector) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Every entry's fielded score (the TF-IDF fields and coverage), and that score with BM25 over
        whole entries added: ``bm25`` times the best fielded score, in proportion to the entry's BM25
        score over the best one's. The first is on a fixed scale, for thresholds; the second ranks."""
        n_rows = len(self.row_owner_)
        phr_w = np.maximum.reduceat(_accumulate(self.phrasing_words_, query.words, n_rows), self.starts_)
        phr_c = np.maximum.reduceat(_accumulate(self.phrasing_chars_, query.chars, n_rows), self.starts_)
        body = _accumulate(self.body_words_, query.words, len(self.entries_))
        w = self.weights
        total = w.phrasing_words * phr_w + w.phrasing_chars * phr_c + w.body_words * body
        weights = self.unigram_idf_[query.asked] * query.asked_weights()
        if weights.sum() > 0:
            coverage = _accumulate(self.presence_, (query.asked, weights), len(self.entries_)) / weights.sum()
            total = total * ((1.0 - w.coverage) + w.coverage * coverage)
        if w.bm25 and len(query.asked):
            bm25 = _accumulate(self.bm25_, (query.asked, query.asked_weights()), len(self.entries_))
            top = float(bm25.max(initial=0.0))
            if top > 0:
                return total, total + w.bm25 * float(total.max(initial=0.0)) * bm25 / top
        return total, total

    def explained(self, query: QueryVector, entry_position: int, unknown_words: float,
                  ignore: Iterable[str] = (), discount: Iterable[str] = (), discount_weight: float = 1.0,
                  relatives: Iterable[tuple[float, tuple[str, ...]]] = ()) -> float:
        """How much of the question one entry accounts for: the IDF-weighted share of the
        question's words that occur in the entry, where words the knowledge never uses
        count at the highest IDF (they are the most specific words of the question).
        ``ignore``: words left out (a doubtful spelling correction is already counted as unknown);
        ``discount``: words that weigh only ``discount_weight`` of their IDF (ordinary words); ``relatives``: for
        words of ``unknown_words`` (each as its share of one and the forms the knowledge uses of it, see
        :meth:`other_forms`), an entry using one of those forms accounts for that word."""
        skip = {self.word_vocabulary_.get(stem(w), -1) for w in ignore}
        lighter = {self.word_vocabulary_.get(stem(w), -1) for w in discount}
        kept = [k for k, t in enumerate(query.asked) if t not in skip]
        terms = query.asked[kept].astype(np.intp)
        weights = self.unigram_idf_[terms] * np.array([discount_weight if t in lighter else 1.0 for t in terms]) \
            * query.asked_weights()[kept]
        present = self._uses[terms, entry_position].astype(np.float64)
        highest = float(self.unigram_idf_.max(initial=1.0))
        total = float(weights.sum()) + unknown_words * highest
        met = float((weights * present).sum()) + highest * sum(
            share for share, forms in relatives if any(self.contains_word(f, entry_position) for f in forms))
        return met / total if total else 0.0

    def own_phrases(self, phrases: Iterable[str], entry_position: int, *, min_idf: float) -> list[str]:
        """The word pairs of ``phrases`` (as :func:`word_ngrams` writes them, "electrolyte type") that one of
        the entry's own phrasings (title, questions, keywords) uses and at most a few texts do (IDF at least
        ``min_idf``): the question asks in the entry's own words, not just in the guide's."""
        start = int(self.starts_[entry_position])
        end = int(self.starts_[entry_position + 1]) if entry_position + 1 < len(self.starts_) else len(self.row_owner_)
        found = []
        for phrase in phrases:
            term = self.word_vocabulary_.get(phrase) if " " in phrase else None
            if term is None or self.word_idf_[term] < min_idf:
                continue
            rows = self.phrasing_words_.indices[self.phrasing_words_.indptr[term]:self.phrasing_words_.indptr[term + 1]]
            if np.any((rows >= start) & (rows < end)):
                found.append(phrase)
        return found

    def contains_word(self, word: str, entry_position: int) -> bool:
        """Whether the entry at ``entry_position`` uses ``word`` (a normalised single word) anywhere."""
        term = self.word_vocabulary_.get(stem(word))
        return term is not None and self._contains(term, entry_position)

    def share_of_entries(self, word: str) -> float:
        """The share of entries that use ``word`` (a normalised single word) anywhere; 0 for a word none uses."""
        term = self.word_vocabulary_.get(stem(word))
        if term is None or not len(self.entries_):
            return 0.0
        return float(self.presence_.indptr[term + 1] - self.presence_.indptr[term]) / len(self.entries_)

    def _contains(self, term: int, entry_position: int) -> bool:
        return bool(self._uses[term, entry_position])


@dataclass(frozen=True)
class QueryVector:
    """A query's word and character n-gram weights (term indices, weights) and its known single words."""

    words: tuple[NDArray[np.intp], NDArray[np.float64]]
    chars: tuple[NDArray[np.intp], NDArray[np.float64]]
    asked: NDArray[np.intp]
    #: How much each of ``asked`` counts as a word of the question (1, or less for a word of a phrase
    #: written for one word: see :meth:`Index.vectorize`); None: every word counts 1.
    asked_share: NDArray[np.float64] | None = None

    def asked_weights(self) -> NDArray[np.float64]:
        return np.ones(len(self.asked)) if self.asked_share is None else self.asked_share


#: The shortest adverb read as its adjective with "-ly" ("safely" is the shortest: "only", "early" are not).
MIN_ADVERB = 6


def _adverb_pairs(vocabulary: Mapping[str, int]) -> dict[int, int]:
    """Term -> term, both ways, for each adverb in "-ly" the vocabulary has with its adjective: "mechanically"
    and "mechanical", "chemically" and "chemical", "ionically" and "ionic", "easily" and "easy"."""
    pairs: dict[int, int] = {}
    for word, term in vocabulary.items():
        if " " in word or len(word) < MIN_ADVERB or not word.endswith("ly") or not word.isalpha():
            continue
        forms = [word[:-2]]
        if word.endswith("ily"):
            forms.append(word[:-3] + "y")
        if word.endswith("ically"):
            forms.append(word[:-4])
        adjective = next((vocabulary[f] for f in forms if f in vocabulary), None)
        if adjective is not None:
            pairs[term] = adjective
            pairs.setdefault(adjective, term)
    return pairs


#: A word the knowledge does not use is read as a longer word it uses that starts with it ("typical" as
#: "typically", "recommend" as "recommended", "press" as "pressure") when it has this many letters ...
MIN_FAMILY_ROOT = 4
#: ... and the longer word is it with one of these endings: an inflection, an adverb, or a noun or adjective made
#: of a verb ("perform", "performance"; "repeat", "repeatable"); not "proper" and "property".
FAMILY_ENDINGS = frozenset({"d", "ed", "ing", "ly", "ure", "ance", "ence", "ation", "ment", "able"})
#: The endings of a noun naming a verb's action, read for any word ("failure", "movement", "performance"), and
#: "-ion" after a verb's final "e" ("separation"): "product" and "production" are no verb and its action.
ACTION_ENDINGS = frozenset({"ure", "ance", "ence", "ation", "ment"})


def bm25_matrix(documents: Sequence[str], vocabulary: Mapping[str, int], unigram: NDArray[np.bool_]) -> csr_matrix:
    """Okapi BM25 weights of every single word in every document, as a terms x documents matrix
    (float32), so a query's BM25 score is the sum of its words' rows. ``vocabulary``: the word
    index's (term -> column); ``unigram``: which of its columns are single words (pairs get no weight).
    IDF is Lucene's ``log(1 + (N - n + 0.5) / (n + 0.5))``, never negative."""
    keep = np.flatnonzero(unigram)
    counts = CountVectorizer(analyzer=word_ngrams, vocabulary=dict(vocabulary),
                             dtype=np.float64).transform(documents)[:, keep].tocsr()
    n_docs = counts.shape[0]
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    average = float(lengths.mean()) if n_docs and lengths.mean() > 0 else 1.0
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log1p((n_docs - df + 0.5) / (df + 0.5))
    rows = np.repeat(np.arange(n_docs), np.diff(counts.indptr))
    tf = counts.data
    norm = BM25_K1 * (1.0 - BM25_B + BM25_B * lengths[rows] / average)
    data = idf[counts.indices] * tf * (BM25_K1 + 1.0) / (tf + norm)
    weights = csr_matrix((data.astype(np.float32), (keep[counts.indices], rows)), shape=(len(vocabulary), n_docs))
    weights.sort_indices()
    return weights


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


def _terms(vocabulary: Mapping[str, int]) -> list[str]:
    """A fitted vocabulary (term -> column) as the list of its terms in column order."""
    terms = [""] * len(vocabulary)
    for term, column in vocabulary.items():
        terms[column] = term
    return terms


def _row_owner(starts: NDArray[np.int64], n_rows: int) -> NDArray[np.int64]:
    """The entry each phrasing row belongs to, from where each entry's rows start."""
    return np.repeat(np.arange(len(starts), dtype=np.int64), np.diff(np.append(starts, n_rows)))


def _check(condition: bool, problem: str) -> None:
    if not condition:
        raise IndexFormatError(problem)


def _csr(arrays: Mapping[str, NDArray[Any]], name: str, shape: tuple[int, int]) -> csr_matrix:
    """A saved CSR matrix, after checking that its arrays describe a valid one of ``shape``."""
    data, indices, indptr = (arrays[f"{name}.{part}"] for part in ("data", "indices", "indptr"))
    _check(all(isinstance(a, np.ndarray) and a.ndim == 1 for a in (data, indices, indptr)), f"{name}: not vectors")
    _check(data.dtype == np.float32 and indices.dtype.kind == "i" and indptr.dtype.kind == "i", f"{name}: dtypes")
    _check(len(indptr) == shape[0] + 1 and len(indices) == len(data), f"{name}: wrong shape")
    _check(int(indptr[0]) == 0 and int(indptr[-1]) == len(data) and bool(np.all(np.diff(indptr) >= 0)),
           f"{name}: indptr")
    _check(len(indices) == 0 or (int(indices.min()) >= 0 and int(indices.max()) < shape[1]), f"{name}: indices")
    _check(bool(np.all(np.isfinite(data))), f"{name}: values not finite")
    matrix = csr_matrix((data, indices, indptr), shape=shape)
    _check(matrix.indptr is indptr or np.array_equal(matrix.indptr, indptr), f"{name}: rebuilt differently")
    return matrix


def _one_hot(owner: NDArray[np.intp], n: int) -> csr_matrix:
    """Rows -> entries membership matrix (rows x entries)."""
    return csr_matrix((np.ones(len(owner), dtype=np.float32), (np.arange(len(owner)), owner)),
                      shape=(len(owner), n))


