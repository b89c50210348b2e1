"""The TF-IDF index: its query vectors are scikit-learn's, and its saved arrays rebuild it exactly or not at all."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from advisor.retrieval.index import Index, IndexFormatError, index_texts, word_ngrams
from advisor.retrieval.vocabulary import Synonyms
from advisor.text import content_words, normalise

QUESTIONS = [
    "are solid state batteries safer",
    "what goes wrong with sulfide electrolytes",
    "why do dendrites grow through the separator",
    "polymer conductivity at room temperature",
    "solid electrolyte interphase",
    "how do ions move ions move ions",  # repeated words: sublinear TF
    "qqqqqq zzzzzz",  # nothing known: empty vectors
]


@pytest.fixture(scope="module")
def prepare(advisor):
    synonyms = Synonyms(advisor.knowledge.synonyms)
    return lambda text: synonyms.expand(normalise(text))


@pytest.fixture(scope="module")
def index(advisor, prepare) -> Index:
    return Index().fit(advisor.knowledge.entries, prepare)


def _dense(pairs: tuple[np.ndarray, np.ndarray], size: int) -> np.ndarray:
    out = np.zeros(size)
    out[pairs[0]] = pairs[1]
    return out


def test_vectorize_is_tfidf_vectorizer_transform(advisor, index, prepare):
    """Index.vectorize computes query weights by hand; they must be what scikit-learn's fitted
    TfidfVectorizer.transform gives for the same texts, in both fields."""
    phrasings, bodies, _ = index_texts(advisor.knowledge.entries, prepare)
    words = TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True, dtype=np.float32).fit(phrasings + bodies)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32).fit(
        [" ".join(content_words(p)) for p in phrasings])
    assert index.word_vocabulary_ == words.vocabulary_
    assert index.char_vocabulary_ == chars.vocabulary_
    np.testing.assert_allclose(index.word_idf_, words.idf_, rtol=1e-6)
    np.testing.assert_allclose(index.char_idf_, chars.idf_, rtol=1e-6)
    for question in QUESTIONS:
        prepared = prepare(question)
        vector = index.vectorize(prepared)
        expected_words = words.transform([prepared]).toarray()[0]
        expected_chars = chars.transform([" ".join(content_words(prepared))]).toarray()[0]
        np.testing.assert_allclose(_dense(vector.words, len(expected_words)), expected_words, rtol=1e-5, atol=1e-7)
        np.testing.assert_allclose(_dense(vector.chars, len(expected_chars)), expected_chars, rtol=1e-5, atol=1e-7)
        known = question != "qqqqqq zzzzzz"
        assert expected_words.any() == known and expected_chars.any() == known


def _round_trip(index: Index) -> tuple[dict[str, np.ndarray], dict]:
    """The index's arrays through an .npz file and its settings through JSON, as the cache stores them."""
    arrays, settings = index.to_arrays()
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    buffer.seek(0)
    with np.load(buffer, allow_pickle=False) as saved:
        loaded = {name: saved[name] for name in saved.files}
    return loaded, json.loads(json.dumps(settings))


def test_an_index_from_its_arrays_scores_exactly_the_same(advisor, index, prepare):
    arrays, settings = _round_trip(index)
    rebuilt = Index.from_arrays(advisor.knowledge.entries, arrays, settings)
    context = prepare("what goes wrong with oxides")
    questions = [prepare(q) for q in QUESTIONS] + [prepare(e.questions[-1]) for e in advisor.knowledge.entries]
    for prepared in questions:
        for ctx in ("", context):
            fresh, restored = index.vectorize(prepared, context=ctx), rebuilt.vectorize(prepared, context=ctx)
            assert np.array_equal(index.score(fresh), rebuilt.score(restored))
    assert rebuilt.vocabulary_ == index.vocabulary_
    assert rebuilt.weights == index.weights
    assert rebuilt.entries_ == index.entries_


def _tamper(arrays: dict, settings: dict, how: str) -> None:
    n = len(arrays["phrasing_words.indices"])
    changes = {
        "missing array": lambda: arrays.pop("word_idf"),
        "extra array": lambda: arrays.update(extra=np.zeros(3)),
        "wrong dtype": lambda: arrays.update({"word_idf": arrays["word_idf"].astype(np.float32)}),
        "short vector": lambda: arrays.update({"char_idf": arrays["char_idf"][:-1]}),
        "index out of range": lambda: arrays["phrasing_words.indices"].__setitem__(n - 1, 10**6),
        "negative index": lambda: arrays["body_words.indices"].__setitem__(0, -1),
        "indptr not increasing": lambda: arrays["presence.indptr"].__setitem__(2, 10**6),
        "short indptr": lambda: arrays.update({"phrasing_chars.indptr": arrays["phrasing_chars.indptr"][:-2]}),
        "not finite": lambda: arrays["unigram_idf"].__setitem__(0, np.nan),
        "starts out of order": lambda: arrays["starts"].__setitem__(1, 0),
        "object array": lambda: arrays.update({"starts": arrays["starts"].astype(object)}),
        "2-d matrix part": lambda: arrays.update({"body_words.data": arrays["body_words.data"].reshape(1, -1)}),
        "other entries": lambda: settings["entry_ids"].reverse(),
        "duplicate term": lambda: settings["word_terms"].__setitem__(1, settings["word_terms"][0]),
        "term not a string": lambda: settings["char_terms"].__setitem__(0, 7),
        "short vocabulary": lambda: settings["word_terms"].pop(),
        "missing setting": lambda: settings.pop("phrasings"),
        "other format": lambda: settings.update(format=99),
        "other analyzer": lambda: settings.update(char_analyzer={"analyzer": "char", "ngram_range": [2, 4]}),
        "bad weights": lambda: settings.update(weights={"phrasing_words": "x"}),
        "settings not a mapping": lambda: settings.clear(),
    }
    changes[how]()


@pytest.mark.parametrize("how", [
    "missing array", "extra array", "wrong dtype", "short vector", "index out of range", "negative index",
    "indptr not increasing", "short indptr", "not finite", "starts out of order", "object array",
    "2-d matrix part", "other entries", "duplicate term", "term not a string", "short vocabulary",
    "missing setting", "other format", "other analyzer", "bad weights", "settings not a mapping",
])
def test_damaged_arrays_are_refused(advisor, index, how):
    arrays, settings = _round_trip(index)
    _tamper(arrays, settings, how)
    with pytest.raises(IndexFormatError):
        Index.from_arrays(advisor.knowledge.entries, arrays, settings)


def test_arrays_are_refused_for_other_entries(advisor, index):
    arrays, settings = _round_trip(index)
    with pytest.raises(IndexFormatError, match="other entries"):
        Index.from_arrays(advisor.knowledge.entries[1:], arrays, settings)


def test_the_saved_arrays_hold_no_python_objects(index):
    arrays, settings = index.to_arrays()
    assert all(isinstance(a, np.ndarray) and not a.dtype.hasobject for a in arrays.values())
    json.dumps(settings, allow_nan=False)  # plain JSON


def _reference_bm25(documents: list[list[str]], query: list[str], k1: float, b: float) -> np.ndarray:
    """Okapi BM25 written out term by term, with Lucene's non-negative IDF."""
    n = len(documents)
    average = sum(len(d) for d in documents) / n
    scores = np.zeros(n)
    for term in set(query):
        df = sum(term in d for d in documents)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        for i, doc in enumerate(documents):
            tf = doc.count(term)
            scores[i] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / average))
    return scores


def test_bm25_weights_are_okapi_bm25_over_whole_entries():
    """The precomputed matrix summed over a query's words is BM25 computed the long way over
    each entry's title, phrasings and answer together; word pairs carry no BM25 weight."""
    from advisor.retrieval.index import BM25_B, BM25_K1, bm25_matrix

    documents = ["cats chase mice", "dogs chase cats and cats chase dogs", "mice eat cheese cheese cheese", "birds"]
    vectorizer = TfidfVectorizer(analyzer=word_ngrams).fit(documents)
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    unigram = np.array([" " not in t for t in terms])
    matrix = bm25_matrix(documents, vectorizer.vocabulary_, unigram)
    assert matrix.shape == (len(terms), len(documents))
    assert not matrix[np.flatnonzero(~unigram)].nnz
    tokens = [word_ngrams(d) for d in documents]
    for query in (["cat", "chase"], ["chees"], ["mice", "bird"]):
        columns = [vectorizer.vocabulary_[t] for t in query if t in vectorizer.vocabulary_]
        got = np.asarray(matrix[columns].sum(axis=0)).ravel()
        expected = _reference_bm25([[t for t in d if " " not in t] for d in tokens], query, BM25_K1, BM25_B)
        np.testing.assert_allclose(got, expected, rtol=1e-5)


def test_bm25_weight_adds_to_the_score_in_proportion(advisor, prepare, index):
    """With the BM25 weight at 0 the score is the fielded one alone; with it on, the entry BM25 ranks
    first gains exactly ``bm25`` times the best fielded score, no entry loses, and ``scores`` gives
    the fielded score alongside (for thresholds)."""
    from dataclasses import replace

    from advisor.retrieval.index import FieldWeights

    plain = Index(weights=replace(FieldWeights(), bm25=0.0)).fit(advisor.knowledge.entries, prepare)
    assert index.weights.bm25 > 0
    vector = index.vectorize(prepare("what goes wrong with sulfide electrolytes"))
    without, with_bm25 = plain.score(vector), index.score(vector)
    np.testing.assert_allclose(index.scores(vector)[0], without)
    gain = with_bm25 - without
    assert np.all(gain >= -1e-9)
    np.testing.assert_allclose(gain.max(), index.weights.bm25 * without.max(), rtol=1e-5)


def test_own_phrases_are_pairs_of_the_entrys_own_phrasings_that_few_texts_use(advisor, index):
    positions = {e.id: i for i, e in enumerate(index.entries_)}
    # "coin cell" is in the phrasings of the entry on test formats, and only in the answers of two others.
    assert index.own_phrases(["coin cell", "test format"], positions["buyer-test-format"], min_idf=5) == [
        "coin cell", "test format"]
    assert index.own_phrases(["coin cell"], positions["buyer-ask-list"], min_idf=5) == []
    # A pair nearly every text uses ("solid state") is the guide's subject, not the entry's own words.
    assert index.own_phrases(["solid state"], positions["buyer-test-format"], min_idf=5) == []
    assert index.own_phrases(["coin cell"], positions["buyer-test-format"], min_idf=99) == []
    # Unknown pairs and single words are no phrases of anything.
    assert index.own_phrases(["coin", "zzz qqq"], positions["buyer-test-format"], min_idf=0) == []
