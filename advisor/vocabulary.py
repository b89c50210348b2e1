"""Synonym expansion and spelling correction against the knowledge vocabulary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .text import STOP_WORDS, normalise


class Synonyms:
    """Rewrites shorthand ("ssb", "li ion") into the guide's words, on normalised text."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        mapping: dict[str, str] = {}
        for key, value in pairs:
            norm_key = normalise(key)
            if norm_key:
                mapping[norm_key] = normalise(value)
        self._mapping = mapping
        # Longest keys first so "li ion" wins over "li".
        keys = sorted(mapping, key=len, reverse=True)
        self._pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b") if keys else None

    def expand(self, normalised: str) -> str:
        if self._pattern is None:
            return normalised
        return self._pattern.sub(lambda m: self._mapping[m.group(1)], normalised)

    @property
    def words(self) -> set[str]:
        return {w for key in self._mapping for w in key.split()}


@dataclass(frozen=True)
class Correction:
    original: str
    corrected: str
    confident: bool


class SpellingCorrector:
    """Maps unknown query words to the closest knowledge word, conservatively.

    Only words of four or more letters are corrected, and only within a small
    edit distance that grows with length, so "elecrolyte" becomes "electrolyte"
    but "phone" does not become "phase".
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._vocabulary = sorted({w for w in vocabulary if w.isalpha() and len(w) >= 3})
        self._known = frozenset(self._vocabulary) | STOP_WORDS
        self._cache: dict[str, Correction | None] = {}

    def is_known(self, word: str) -> bool:
        return word in self._known

    def correct_word(self, word: str) -> Correction | None:
        if word in self._known or len(word) < 4 or not word.isalpha():
            return None
        if word in self._cache:
            return self._cache[word]
        result: Correction | None = None
        allowed = 1 if len(word) <= 5 else 2 if len(word) <= 9 else 3
        best = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=70)
        if best is not None:
            candidate = best[0]
            distance = Levenshtein.distance(word, candidate)
            if distance <= allowed and _same_word_family(word, candidate):
                result = Correction(word, candidate, True)
            elif distance <= allowed:
                # Short words one edit away are often other real words ("stock" -> "stack"):
                # use them for retrieval, but do not count them as evidence the question is in scope.
                result = Correction(word, candidate, len(word) >= 6 and distance <= max(1, len(word) // 5))
        if len(self._cache) < 50_000:  # bounded: a flood of random words must not grow memory forever
            self._cache[word] = result
        return result

    def correct(self, words: list[str]) -> tuple[list[str], list[Correction]]:
        out: list[str] = []
        corrections: list[Correction] = []
        for word in words:
            fix = self.correct_word(word)
            if fix is None:
                out.append(word)
            else:
                out.append(fix.corrected)
                corrections.append(fix)
        return out, corrections


def _same_word_family(word: str, candidate: str) -> bool:
    """"report" and "reported" are one word in two forms, not a typo of another word."""
    short, long_ = sorted((word, candidate), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3
