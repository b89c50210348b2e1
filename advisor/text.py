"""Text normalisation shared by indexing, querying and fuzzy matching.

One pure function (:func:`normalise`) defines what "the same words" means for the
whole library, so the index and every query agree.
"""

from __future__ import annotations

import re
import unicodedata

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

#: Longest question we process whole; longer input is cut (with a notice) so one
#: pasted document cannot make a request slow.
MAX_QUESTION_CHARS = 500

_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'"})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

#: Words that carry no topic: English stop words plus the phrasing of questions.
#: A question made only of these (and unknown words) is not about the guide.
STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS) | {
    "s", "t", "d", "ll", "re", "ve", "m", "don", "doesn", "isn", "aren", "wasn", "weren", "didn", "won",
    "what's", "whats", "how's", "it's", "isn't", "aren't", "don't", "doesn't", "can't", "won't", "i'm",
    "wat", "wht", "hw", "pls", "plz", "please", "tell", "explain", "describe", "know", "want", "like",
    "need", "does", "did", "do", "really", "actually", "just", "exactly", "vs", "versus", "v",
    "compare", "comparison", "difference", "differences", "different", "differ", "mean", "means",
    "meaning", "thing", "things", "stuff", "kind", "sort", "way", "ways", "lot", "lots", "good",
    "bad", "better", "worse", "best", "worst", "give", "say", "says", "said", "talk", "guide",
    # Verbs and nouns of asking and checking: they frame a question, they are not its topic.
    "check", "checking", "verify", "believe", "mention", "mentioned", "quote", "quotes", "quoted",
    "number", "numbers", "figure", "figures", "look", "looking",
}

#: Greetings and chit-chat: answered with a friendly "here is what I can help with".
SMALL_TALK: frozenset[str] = frozenset(
    {"hello", "hi", "hey", "hiya", "yo", "thanks", "thank", "thx", "ty", "bye", "goodbye", "morning",
     "afternoon", "evening", "good", "ok", "okay", "cool", "great", "nice", "cheers", "howdy", "sup",
     "there", "you", "how", "are", "doing", "is", "it", "going", "what's", "up", "test", "testing", "today",
     "tonight", "fine", "well", "welcome", "please", "help", "me", "can", "who", "your", "name", "bot", "am", "i"}
)


def clean(text: str) -> str:
    """Remove invisible and control characters and fold look-alike punctuation.

    Keeps the user's words and case; used before showing or storing what was typed.
    """
    if text.isascii():  # the common case, without a per-character Unicode lookup
        text = _ASCII_CONTROL.sub("", text)
    else:
        text = unicodedata.normalize("NFKC", text)
        text = "".join(c for c in text if c in "\t\n" or unicodedata.category(c) not in _INVISIBLE_CATEGORIES)
    text = text.translate(_DASHES)
    return re.sub(r"\s+", " ", text).strip()


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used for matching.

    Hyphens become spaces so "solid-state" and "solid state" are the same words.
    """
    text = clean(text).casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("/", " ").replace("-", " ")
    return " ".join(_TOKEN.findall(text))


def tokens(text: str) -> list[str]:
    """Words of already-normalised text."""
    return text.split()


def stem(word: str) -> str:
    """A deliberately light stemmer: plurals only, so "oxides" meets "oxide".

    Heavier stemming merged words the guide keeps apart (conductive/conductivity
    are fine together, but "cells"/"cell" must meet while "process"/"proces" must not).
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("cial") and len(word) > 6:
        return word[:-4] + "ce"  # "interfacial" meets "interface"
    if (word.endswith("es") and word[-3] in "sxz") or word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def content_words(normalised: str) -> list[str]:
    """The topic-bearing words of a normalised text: stop words dropped, numbers kept ("21700", "2016")."""
    return [w for w in normalised.split() if w not in STOP_WORDS]


def analyse(text: str) -> list[str]:
    """Analyzer for the word index: normalise, drop stop words, stem."""
    return [stem(w) for w in content_words(normalise(text))]
