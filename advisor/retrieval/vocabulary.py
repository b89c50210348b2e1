"""Synonym expansion and spelling correction against the knowledge vocabulary."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from advisor.retrieval.english import inflections, is_ordinary, zipf
from advisor.text import STOP_WORDS, normalise, stem, without_inflection

#: A word at least this frequent in English (Zipf: "chirping" 2.9) is a word, not a slip for a knowledge word a
#: changed letter or two away ("charging"); a misspelling is rarer ("diffrent" 2.2, "eletrolite" 0).
WORD_OF_ENGLISH_ZIPF = 2.5
#: The shortest synonym key whose plural is read as the key ("ssb" has letters that are no word).
MIN_PLURAL_KEY = 4
#: Particles of phrasal verbs ("hold back", "blow up") and the pronouns that can stand between.
_PARTICLES = frozenset({"back", "up", "down", "out", "off"})
#: Endings of a word already inflected, which takes no further inflection.
_INFLECTED = ("ing", "ed")
#: The kinds of inflection (:func:`inflections`) a synonym phrase opening with a verb is also read in.
_PHRASE_INFLECTIONS = ("ed", "ing")
#: The fewest letters of a verb opening a synonym phrase whose forms are read too ("li ion" opens with none).
MIN_VERB_LETTERS = 3
_OBJECT_PRONOUNS = ("them", "it", "this", "that", "these", "those", "us", "things")


class Synonyms:
    """Rewrites shorthand ("ssb", "li ion") into the guide's words, on normalised text."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        mapping: dict[str, str] = {}
        for key, value in pairs:
            norm_key = normalise(key)
            if norm_key:
                mapping[norm_key] = normalise(value)
        # A phrasal verb takes its object in the middle: "holding back" is also "holding them back".
        for key, value in list(mapping.items()):
            verb = key.split()
            if len(verb) == 2 and verb[1] in _PARTICLES:
                for pronoun in _OBJECT_PRONOUNS:
                    mapping.setdefault(f"{verb[0]} {pronoun} {verb[1]}", value)
        # A phrase opening with a verb says the same in the verb's past and present participle: "settle on one" is
        # also "settling on one", "settled on one"; a one-word replacement takes the same form ("beating all the
        # others" -> "winning"), a longer one is left as written (its first word may be a noun: "mass produce").
        # A noun's forms ("topped dog") make phrases nobody types; a form of a form ("runninged") is no word, nor
        # is one of an abbreviation ("li ion": "lied"). (Not the third person, "beats the rest": a verb in it is
        # read as a verb of its own, a superlative's "beats".)
        for key, value in list(mapping.items()):
            first, _, rest = key.partition(" ")
            if rest and first.isalpha() and first not in STOP_WORDS and not first.endswith(_INFLECTED) \
                    and len(first) >= MIN_VERB_LETTERS:
                replaced = inflections(value) if value.isalpha() and not value.endswith(_INFLECTED) else {}
                for kind, form in inflections(first).items():
                    if kind in _PHRASE_INFLECTIONS:
                        mapping.setdefault(f"{form} {rest}", replaced.get(kind, value))
        self._mapping = mapping
        # The longest key first where one starts another ("li ion" over "li": see _trie_pattern). A key's plural names
        # the same thing ("fires" as "fire"): keys of MIN_PLURAL_KEY letters or more.
        self._pattern = re.compile(r"\b(" + _trie_pattern(mapping) + r")(s|es)?\b") if mapping else None

    def expand(self, normalised: str) -> str:
        if self._pattern is None:
            return normalised
        return self._pattern.sub(self._replace, normalised)

    def _replace(self, match: re.Match[str]) -> str:
        key, plural = match.group(1), match.group(2)
        if plural and (len(key) < MIN_PLURAL_KEY or not key[-1].isalpha()):
            return match.group(0)
        value = self._mapping[key]
        if plural and " " in key and len(value.split()) == len(key.split()) and value[-1].isalpha():
            # A phrase rewritten word for word keeps its plural on its last word: "li ions" are "lithium
            # ions", the ions, not the kind of battery "lithium-ion" ("li ion").
            return value + plural
        return value

    def replacements(self, normalised: str) -> list[tuple[str, str]]:
        """Each synonym :meth:`expand` applies to ``normalised``: (the words matched, what it writes)."""
        if self._pattern is None:
            return []
        return [(match.group(0), self._replace(match)) for match in self._pattern.finditer(normalised)]

    def words_read(self, words: list[str]) -> set[int]:
        """The positions in ``words`` of the words a synonym reads as other words ("mechanically mismatched"):
        words to keep as typed for it, not to correct first into another word ("mismatch")."""
        if self._pattern is None:
            return set()
        joined = " ".join(words)
        read: set[int] = set()
        for match in self._pattern.finditer(joined):
            if self._replace(match) != match.group(0):
                first = joined[: match.start()].count(" ")  # words are joined by single spaces
                read.update(range(first, first + len(match.group(0).split())))
        return read

    def added_words(self, normalised: str) -> list[str]:
        """What :meth:`expand` writes into ``normalised`` where a synonym adds words to the ones typed
        ("ev" becomes "ev vehicle"), one string per such synonym: words it writes side by side were not
        written together by the user (see ``Query.phrases``). "mass production" for "mass produce" adds none."""
        if self._pattern is None:
            return []
        out = []
        for match in self._pattern.finditer(normalised):
            value = self._replace(match)
            if len(value.split()) > len(match.group(0).split()):
                out.append(value)
        return out

    @property
    def keys(self) -> frozenset[str]:
        """Every phrase read, the verb forms of those opening with a verb included."""
        return frozenset(self._mapping)

    @property
    def words(self) -> set[str]:
        return {w for key in self._mapping for w in key.split()}


def _trie_pattern(keys: Iterable[str]) -> str:
    """A regular expression matching any of ``keys``, the longest first where one is the start of another, written
    as a tree of their shared beginnings: with a thousand keys (their verb forms included) a flat alternation is tried
    key by key at every word, the tree letter by letter. It matches what the flat alternation of the keys, longest
    first, matches."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # (Greedy: the longer key first, then the one ending here.)
        return f"(?:{body})?" if ends else body

    return pattern(trie)


@dataclass(frozen=True)
class Correction:
    original: str
    corrected: str
    confident: bool


class SpellingCorrector:
    """Maps unknown query words to the closest knowledge word, conservatively.

    Only words of four or more letters are corrected, within an edit distance
    (a swap of two letters counts as one edit) that grows with length, and ties
    go to the word the guide uses most: "stat" becomes "state", not "start";
    "phone" does not become "phase".
    """

    def __init__(self, vocabulary: Counter[str], *, known_stems: Iterable[str] = (),
                 english_cutoff: float | None = None) -> None:
        self._frequency = Counter({w: n for w, n in vocabulary.items() if w.isalpha() and len(w) >= 3})
        self._vocabulary = sorted(self._frequency)
        self._known = frozenset(self._vocabulary) | STOP_WORDS
        self._known_stems = frozenset(known_stems)
        self._cache: dict[str, Correction | None] = {}
        self._by_first_letter: dict[str, list[str]] = {}
        for w in self._vocabulary:
            self._by_first_letter.setdefault(w[0], []).append(w)
        # An English word (Zipf frequency from ``english_cutoff``) is never "corrected" into another:
        # "manager" is not a typo of "managed". None corrects every unknown word.
        self._english_cutoff = english_cutoff
        # Function words a typo may come from ("thse", "becuase", "shoud", "wich"): long enough that one
        # slip still leaves a word no one writes on purpose.
        self._function_words = sorted(w for w in STOP_WORDS if w.isalpha() and len(w) >= MIN_FUNCTION_WORD_LETTERS)

    @property
    def known_words(self) -> frozenset[str]:
        """The knowledge's own words (and stop words), as written."""
        return self._known

    def is_known(self, word: str) -> bool:
        """In the knowledge, as written or as another form ("easiest" for "easier", "quotes" for "quote")."""
        if word in self._known or stem(word) in self._known_stems:
            return True
        return any(base in self._known or stem(base) in self._known_stems for base in _base_forms(word))

    def is_verb_form_of_known(self, word: str) -> bool:
        """Whether ``word`` is an "-ing" or "-ed" form of a word the knowledge uses, also with its last consonant
        doubled or its e dropped ("travelling" of "travel", "stored" of "store"): no word the knowledge lacks.
        (Not used to skip spelling correction: a correction to the form the knowledge uses matches better.)"""
        return any(base in self._known or stem(base) in self._known_stems for base in _verb_bases(word))

    def plain_form(self, word: str) -> str:
        """A comparative the knowledge never uses, as the plain word it does use: "softer" is read
        as "soft", "thinner" as "thin", "easier" as "easy"; a verb in "-ate" the knowledge uses only as its noun in
        "-ation", as that noun ("penetrate" as "penetration", "fabricated" as "fabrication"); any other word as it
        is."""
        if word in self._known or stem(word) in self._known_stems:
            return word
        return next((base for base in (*_comparative_bases(word), *_action_nouns(word)) if base in self._known), word)

    def correct_word(self, word: str) -> Correction | None:
        if word.endswith("ys") and word not in self._known and word[:-2] + "ies" in self._known:
            # "batterys": its stem is the plural's, so it reads as known, yet only the plural is a word to match.
            return Correction(word, word[:-2] + "ies", True)
        if len(word) < 3 or not word.isalpha() or self.is_known(word) or (
                self._english_cutoff is not None and is_ordinary(word, cutoff=self._english_cutoff)):
            return None
        if word in self._cache:
            return self._cache[word]
        result = self._function_word_slip(word)
        if result is not None:
            self._cache[word] = result
            return result
        allowed = 1 if len(word) <= 7 else 2 if len(word) <= 11 else 3
        candidates = process.extract(word, self._vocabulary, scorer=OSA.distance, score_cutoff=allowed, limit=8)
        full = [] if candidates or len(word) < MIN_VOWELLESS_LETTERS else \
            [w for w in self._by_first_letter.get(word[0], ()) if _vowels_dropped(word, w)]
        if full:
            # "elctrlyt", "fmlies": a word written without some of its vowels, as text messages are (the
            # knowledge word it comes from by dropping only vowels; of several, the one the guide uses most).
            best = min(full, key=lambda w: (-self._frequency[w], w))
            result = Correction(word, best, len(full) == 1)
        elif candidates and min(d for _, d, _ in candidates) > 1 \
                and (common := self._common_word_with_letter_dropped(word)) is not None:
            # "acording": a common English word with a letter dropped, nearer than any word of the knowledge
            # ("wording", two edits away); what it says is read as that word, no word of the guide's.
            result = Correction(word, common, True)
        elif candidates:
            # Fewest edits first, then the word the knowledge uses most.
            best, distance, _ = min(candidates, key=lambda c: (c[1], -self._frequency[c[0]], c[0]))
            # Short words one edit away are often other real words ("stock" -> "stack"):
            # use them for retrieval, but do not count them as evidence the question is in scope.
            # Swapped letters ("soild") are a typing slip; a changed letter may be another word.
            swapped = Levenshtein.distance(word, best) > distance
            family = _same_word_family(word, best)
            # "router" is "route" plus a letter and "bicycles" is "cycles" with a prefix, but neither
            # is a form of it: another word, not a typo.
            extended = best in word and not family
            long_enough = len(word) >= 6 and distance <= max(1, len(word) // 5) and not extended
            # A dropped letter ("sate", "wrk") is a typing slip too, unlike a changed one.
            dropped = len(best) == len(word) + 1 and distance == 1
            if len(word) <= 5 and not (family or swapped or dropped):
                # "oxids": of the words as near, one it is with a letter dropped ("oxides") is the slip, not one
                # with a letter changed ("oxide").
                slip = next((c for c, d, _ in candidates if d == distance == 1 and len(c) == len(word) + 1), None)
                if slip is not None:
                    best, family, dropped = slip, _same_word_family(word, slip), True
            if (len(word) <= 5 or (self._english_cutoff is not None and zipf(word) >= WORD_OF_ENGLISH_ZIPF)) \
                    and not (family or swapped or dropped):
                # A changed letter in a short word usually makes another real word ("pass" -> "mass"):
                # leave it as typed, an unknown word, rather than answer a question nobody asked. So does one
                # changed in a word English uses, however long ("chirping" is no "charging").
                result = None
            else:
                result = Correction(word, best, family or swapped or long_enough or (dropped and len(word) >= 4))
        else:
            # (Spelt as it sounds only when no word of the knowledge is as near as a slip: "interfase" is "interface"
            # with a letter changed, not "interphase".)
            result = self._sounded_alike(word) or self._misspelt_plural(word)
        if len(self._cache) < 50_000:  # bounded: a flood of random words must not grow memory forever
            self._cache[word] = result
        return result

    def _common_word_with_letter_dropped(self, word: str) -> str | None:
        """The common English word (Zipf at least :data:`COMMON_WORD_ZIPF`) that ``word`` is with one letter
        dropped ("acording" -> "according"), if there is one and English word frequencies are installed."""
        if self._english_cutoff is None or len(word) < MIN_DROPPED_LETTER_WORD:
            return None
        found = {word[:i] + letter + word[i:] for i in range(len(word) + 1) for letter in _LETTERS}
        common = [w for w in found if zipf(w) >= COMMON_WORD_ZIPF]
        return max(common, key=lambda w: (zipf(w), w)) if common else None

    def _sounded_alike(self, word: str) -> Correction | None:
        """A word spelt as it sounds ("grafite" for "graphite", "elektrolyte" for "electrolyte"): one spelling
        of a sound swapped for another that makes a word of the knowledge."""
        for written, meant in _SOUNDS_ALIKE:
            if written in word:
                respelt = word.replace(written, meant)
                if respelt in self._frequency:
                    return Correction(word, respelt, True)
        return None

    def _misspelt_plural(self, word: str) -> Correction | None:
        """A plural whose word is misspelt ("battrys", "elecrolytes"): the plural's "s" is one more letter the
        edit distance would count against a slip in the word itself, so the word is corrected without it."""
        if len(word) < MIN_PLURAL_LETTERS or not word.endswith("s") or word.endswith("ss"):
            return None
        singular = self.correct_word(word[:-1])
        return None if singular is None else Correction(word, singular.corrected, singular.confident)

    def _function_word_slip(self, word: str) -> Correction | None:
        """A function word typed with a slip ("thse" for "these", "becuase", "shoud", "wich"): a letter dropped
        or two swapped, or its vowels left out. It says how a question is put, never what about, so a slip in
        it is no word the knowledge lacks (no evidence the question is about something else)."""
        if len(word) < MIN_FUNCTION_WORD_LETTERS - 1:
            return None
        for candidate in self._function_words:
            if abs(len(candidate) - len(word)) > 1 and not _vowels_dropped(word, candidate):
                continue
            swapped = len(candidate) == len(word) and OSA.distance(word, candidate) == 1 \
                and Levenshtein.distance(word, candidate) == 2
            dropped = len(candidate) == len(word) + 1 and Levenshtein.distance(word, candidate) == 1
            if swapped or dropped or _vowels_dropped(word, candidate):
                return Correction(word, candidate, True)
        return None

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


#: A word typed with a letter dropped is read as the common English word it makes (Zipf: "according" 5.2) ...
COMMON_WORD_ZIPF = 4.5
#: ... when it has at least this many letters.
MIN_DROPPED_LETTER_WORD = 5
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
def _action_nouns(word: str) -> tuple[str, ...]:
    """The noun in "-ation" of a verb in "-ate" ("penetrates" -> "penetration"), as English forms it; not of a verb
    as common as "generate" or "operate" (Zipf :data:`ACTION_VERB_MAX_ZIPF` or more), said in many senses besides
    the one its noun has in a guide ("next-generation")."""
    for ending in ("ates", "ated", "ating", "ate"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            verb = word[: -len(ending)] + "ate"
            return (word[: -len(ending)] + "ation",) if zipf(verb) < ACTION_VERB_MAX_ZIPF else ()
    return ()


#: See :func:`_action_nouns` ("penetrate" 3.6, "validate" 3.4; "generate" 4.2, "operate" 4.5).
ACTION_VERB_MAX_ZIPF = 4.0


#: Spellings of one sound people swap ("grafite", "elektrolyte", "sulfyde"): as written, as the knowledge may write it.
_SOUNDS_ALIKE = (("f", "ph"), ("k", "c"), ("y", "i"))
#: A misspelt plural is corrected as its word when it has at least this many letters ("battrys"; not "ons").
MIN_PLURAL_LETTERS = 5
#: A function word a typo is read as has at least this many letters ("these"; "thse" is read, "teh" is not).
MIN_FUNCTION_WORD_LETTERS = 4
#: A word read as written without some of its vowels has at least this many letters ("fmly"; not "mn").
MIN_VOWELLESS_LETTERS = 4
_VOWELS = frozenset("aeiou")


def _vowels_dropped(word: str, candidate: str) -> bool:
    """Whether ``word`` is ``candidate`` with one or more of its vowels left out, and nothing else changed
    ("elctrlyt" for "electrolyte", "fmlies" for "families"); its first letter is kept. A doubled letter
    written once goes with them ("batry" for "battery"): text messages drop both."""
    if len(candidate) <= len(word) or word[0] != candidate[0]:
        return False
    i = 0
    previous = ""
    for letter in candidate:
        if i < len(word) and word[i] == letter:
            i += 1
        elif letter not in _VOWELS and letter != previous:
            return False
        previous = letter
    return i == len(word)


def _base_forms(word: str) -> tuple[str, ...]:
    """Plain forms a comparative or superlative may come from: "easiest" -> "easy", "easier"."""
    if len(word) < 6:
        return ()
    if word.endswith("iest"):
        return (word[:-4] + "y", word[:-4] + "ier")
    if word.endswith("est"):
        return (word[:-3], word[:-2], word[:-3] + "er")
    return ()


def _verb_bases(word: str) -> tuple[str, ...]:
    """Plain forms an "-ing" or "-ed" form may come from, and its other form: "travelling" -> "travel", "stored"
    -> "store", "plated" -> "plating"."""
    # A root of three letters is a word too ("asking" of "ask", "taking" of "take").
    roots = without_inflection(word, endings=("ing", "ed"), min_root=3) if word.isalpha() else []
    if not roots:
        return ()
    root = roots[0]
    doubled = (root[:-1],) if root[-1] == root[-2] and root[-1] not in _VOWELS else ()
    # The other of the two forms ("plated" where the guide says "plating", "stripped" and "stripping").
    return (root, root + "e", *doubled, root + "ing", root + "ed")


def _comparative_bases(word: str) -> tuple[str, ...]:
    """Plain forms a comparative may come from: "softer" -> "soft", "thinner" -> "thin",
    "easier" -> "easy". Not the plain word plus "r": "router" is no form of "route"."""
    if len(word) < 5 or not word.isalpha() or not word.endswith("er"):
        return ()
    if word.endswith("ier"):
        return (word[:-3] + "y",)
    doubled = (word[:-3],) if len(word) >= 6 and word[-3] == word[-4] else ()
    return (word[:-2], *doubled)


#: Endings that make another form of the same word ("report", "reported"); "route" + "r" is not one.
_INFLECTIONS = ("s", "es", "d", "ed", "ing", "ly", "e")


def _same_word_family(word: str, candidate: str) -> bool:
    """"report" and "reported" are one word in two forms, not a typo of another word."""
    short, long_ = sorted((word, candidate), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short):] in _INFLECTIONS
