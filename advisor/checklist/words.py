"""Words as the checklist compares them: case- and accent-free, light plural stripping.

One folding shared by the spec validator (an alias must have something to match on),
the matcher and the request detector, so an alias that validates is an alias that can match.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["WORD", "fold_word", "fold_words"]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def fold_word(word: str) -> str:
    """One word as matching sees it: case- and accent-free, light plural stripping."""
    word = word.casefold().replace("’", "'")
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    if len(word) > 4 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def fold_words(text: str) -> tuple[str, ...]:
    """Every word of ``text``, folded with :func:`fold_word`."""
    return tuple(fold_word(m.group(0)) for m in WORD.finditer(text))
