"""Whether a chat message asks to start the supplier checklist rather than ask the guide."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from advisor.retrieval.english import CONFIRMATION_WORDS, is_ordinary
from advisor.text import clean, closest, fold_words

__all__ = ["is_checklist_request"]

#: How close (rapidfuzz ratio, 0-100) a typed word of six letters or more must be to a
#: vocabulary word to count as a typo of it ("evalute", "suplier"). Strict on purpose: a
#: false match starts a walk-through instead of answering the question that was asked.
_TYPO_CUTOFF = 85
#: A word at least this common in English (Zipf frequency) is taken as written, never as a typo.
ENGLISH_WORD_ZIPF = 3.0


def _folded(words: Iterable[str]) -> frozenset[str]:
    """A vocabulary as :func:`advisor.text.fold_words` reads what was typed ("suppliers" -> "supplier")."""
    return frozenset(w for word in words for w in fold_words(word))


_START_VERBS = _folded({"start", "begin", "open", "run", "launch", "do", "use", "take", "resume", "continue",
                       "restart", "show", "go", "walk", "let's", "lets", "want", "need", "like"})
_EVALUATE_VERBS = _folded({
    "evaluate", "evaluating", "evaluation", "assess", "assessing", "assessment", "vet", "vetting", "check",
    "checking", "screen", "screening", "audit", "auditing", "review", "reviewing", "qualify", "qualifying",
    "rate", "rating", "grade", "judge", "judging", "appraise", "examine", "examining", "scrutinise",
    "scrutinize", "validate", "validating", "verify", "verifying", "compare", "comparing", "test", "testing",
})
_SUPPLIER_NOUNS = _folded({
    "supplier", "supplier's", "vendor", "vendor's", "manufacturer", "maker", "seller", "provider", "startup",
    "company", "offer", "offering", "quote", "proposal", "datasheet", "pitch", "claim", "brochure", "rfq",
})
_QUESTION_WORDS = _folded({"what", "what's", "whats", "which", "why", "how", "how's", "when", "where", "who", "whom",
                          "whose", "should",
                          # ... as they are texted ("wot kinda cells do those numbers come from")
                          "wot", "wat", "wut", "wht", "hw", "wen", "y", "r",
                          "does", "do", "is", "are", "was", "were", "did", "would"})
#: A question asked after a clause that sets it up ("Compare X with Y: what does each offer?", "A supplier
#: reports results. Which test formats matter?"): the message asks the guide, it does not start a walk-through.
_LATER_QUESTION = re.compile(r"[,:;.!?]\s+(?:what|what's|which|why|how|who|whom|whose|when|where|wot|wat|wut|wht|hw)\b",
                             re.IGNORECASE)
#: A claim set out and then asked about on its own ("Claim to check: the electrons cross the electrolyte. True?",
#: "..., is that right?"): the message asks the guide whether the claim holds, it does not start a walk-through.
_CONFIRMATION_ASKED = re.compile(
    r"[,:;.!?]\s+(?:(?:is|isn't) (?:that|this|it) )?(?:" + "|".join(sorted(CONFIRMATION_WORDS)) + r")\s*\?+\s*$",
    re.IGNORECASE)
#: Words that ask inside a sentence ("I'd like to know *which* ...").
_ASKING_INSIDE = _folded({"what", "which", "why", "how", "whether"})
_POLITE_OPENERS = ("can you", "could you", "would you", "will you", "can we", "could we", "help me", "help us",
                   "please")


def is_checklist_request(text: str) -> bool:
    """True for "help me evaluate a supplier", "start the supplier checklist", "vet a vendor".

    False for knowledge questions about the same topic ("what should buyers ask
    suppliers?"): those are answered from the guide, not by starting a walk-through.
    """
    cleaned = clean(text[:500])
    words = list(fold_words(cleaned))
    if not words or len(words) > 25:
        return False
    joined = " ".join(words)
    polite = joined.startswith(_POLITE_OPENERS) or " help me " in f" {joined} " or " help u " in f" {joined} "
    question = (words[0] in _QUESTION_WORDS or bool(_LATER_QUESTION.search(cleaned))
                or bool(_CONFIRMATION_ASKED.search(cleaned))
                # "I would appreciate knowing what kind of test cell a supplier's claims ought to come from?": a
                # question inside a statement, asked all the same.
                # ("... can you walk me through how?" asks for the walk-through: a last "how" asks how to do it.)
                or (cleaned.rstrip().endswith("?") and bool(_ASKING_INSIDE & set(words[1:-1])))) and not polite
    nouns = {_fuzzy_word(w, _SUPPLIER_NOUNS) for w in words} - {None}
    if "checklist" in words or "walkthrough" in words or "walk through" in joined:
        return not question or bool(_START_VERBS & set(words))
    verbs = {_fuzzy_word(w, _EVALUATE_VERBS) for w in words} - {None}
    return bool(verbs and nouns) and not question


def _fuzzy_word(word: str, vocabulary: Collection[str]) -> str | None:
    if word in vocabulary:
        return word
    # A real English word is not a typo of another ("valuation" is not "evaluation").
    if len(word) < 6 or is_ordinary(word, cutoff=ENGLISH_WORD_ZIPF):
        return None
    return closest(word, vocabulary, cutoff=_TYPO_CUTOFF)
