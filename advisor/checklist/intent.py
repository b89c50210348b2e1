"""Whether a chat message asks to start the supplier checklist rather than ask the guide."""

from __future__ import annotations

from collections.abc import Collection

from rapidfuzz import fuzz, process

from advisor.checklist.words import fold_words
from advisor.text import clean

__all__ = ["is_checklist_request"]

_START_VERBS = frozenset({"start", "begin", "open", "run", "launch", "do", "use", "take", "resume", "continue",
                          "restart", "show", "go", "walk", "let's", "lets", "want", "need", "like"})
_EVALUATE_VERBS = frozenset({
    "evaluate", "evaluating", "evaluation", "assess", "assessing", "assessment", "vet", "vetting", "check",
    "checking", "screen", "screening", "audit", "auditing", "review", "reviewing", "qualify", "qualifying",
    "rate", "rating", "grade", "judge", "judging", "appraise", "examine", "examining", "scrutinise",
    "scrutinize", "validate", "validating", "verify", "verifying", "compare", "comparing", "test", "testing",
})
_SUPPLIER_NOUNS = frozenset({
    "supplier", "supplier's", "vendor", "vendor's", "manufacturer", "maker", "seller", "provider", "startup",
    "company", "offer", "offering", "quote", "proposal", "datasheet", "pitch", "claim", "brochure", "rfq",
})
_QUESTION_WORDS = frozenset({"what", "which", "why", "how", "when", "where", "who", "whom", "whose", "should",
                             "does", "do", "is", "are", "was", "were", "did", "would"})
_POLITE_OPENERS = ("can you", "could you", "would you", "will you", "can we", "could we", "help me", "help us",
                   "please")


def is_checklist_request(text: str) -> bool:
    """True for "help me evaluate a supplier", "start the supplier checklist", "vet a vendor".

    False for knowledge questions about the same topic ("what should buyers ask
    suppliers?"): those are answered from the guide, not by starting a walk-through.
    """
    words = list(fold_words(clean(text[:500])))
    if not words or len(words) > 25:
        return False
    joined = " ".join(words)
    polite = joined.startswith(_POLITE_OPENERS) or " help me " in f" {joined} " or " help u " in f" {joined} "
    question = words[0] in _QUESTION_WORDS and not polite
    nouns = {_fuzzy_word(w, _SUPPLIER_NOUNS) for w in words} - {None}
    if "checklist" in words or "walkthrough" in words or "walk through" in joined:
        return not question or bool(_START_VERBS & set(words))
    verbs = {_fuzzy_word(w, _EVALUATE_VERBS) for w in words} - {None}
    return bool(verbs and nouns) and not question


def _fuzzy_word(word: str, vocabulary: Collection[str]) -> str | None:
    if word in vocabulary:
        return word
    if len(word) < 6:
        return None
    found = process.extractOne(word, list(vocabulary), scorer=fuzz.ratio, score_cutoff=85)
    return None if found is None else str(found[0])
