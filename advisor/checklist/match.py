"""Free text mapped onto the options of a checklist step.

A buyer's answer ("sulphide", "Li metal with a coating", "no external pressure") or a
supplier's pasted text is matched against each option's aliases with rapidfuzz, with
negation, fallback and dominance rules that are documented in ``knowledge/README.md``.
"No match" is a return value (:class:`StepMatch` with ``option=None``), not an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from advisor.checklist.measurement import Measurement
from advisor.checklist.spec import RATINGS, Option, Step
from advisor.checklist.words import WORD, fold_word, fold_words

__all__ = ["CLAUSE_BREAK", "FUZZY_CUTOFF", "StepMatch", "match_step", "match_steps"]

#: rapidfuzz similarity (0-100) a window of the text needs to count as an alias.
FUZZY_CUTOFF = 90.0
#: Aliases this short ("rt", "car", "psi") must match exactly: one typo makes another word.
_EXACT_ONLY_CHARS = 4

#: Where one claim ends and the next begins: negation never reaches across these.
CLAUSE_BREAK = re.compile(
    r"[.!?;:](?=\s|$)|[\n\r()\[\]{}•|]|,(?=\s|$)|\s(?:but|however|whereas|although|though|while)\s",
    re.IGNORECASE,
)
_NEGATIONS = frozenset({
    "no", "not", "non", "without", "never", "none", "neither", "nor", "unlike", "instead", "rather", "except",
    "lack", "lacks", "lacking", "isn't", "aren't", "don't", "doesn't", "didn't", "wasn't", "weren't", "won't",
    "can't", "cannot", "haven't", "hasn't", "nothing",
})
#: How many words before an alias a negation still applies to ("no external stack pressure").
_NEGATION_REACH = 3


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int
    clause: int


def _tokenise(text: str) -> list[_Token]:
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    tokens: list[_Token] = []
    clause = 0
    b = 0
    for m in WORD.finditer(text):
        while b < len(breaks) and breaks[b] < m.start():
            clause += 1
            b += 1
        tokens.append(_Token(fold_word(m.group(0)), m.start(), m.end(), clause))
    return tokens


@dataclass(frozen=True)
class _Hit:
    option: Option
    alias: str
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    similarity: float


@dataclass(frozen=True)
class StepMatch:
    """How a text maps onto one step.

    ``option`` is the chosen option (``None`` when nothing matched or it is
    ambiguous); ``ambiguous`` lists the options that tied; ``evidence`` is the
    (start, end) character span that decided; ``explanation`` says why.
    """

    step: Step
    option: Option | None
    ambiguous: tuple[Option, ...]
    evidence: tuple[int, int] | None
    matched: tuple[str, ...]
    explanation: str
    also: tuple[Option, ...] = ()


#: The text's word windows by window size, then by text: built once per text, shared between steps.
_WordWindows = dict[int, dict[str, list[int]]]


def _find_hits(step: Step, tokens: Sequence[_Token], windows: _WordWindows) -> list[_Hit]:
    """Every alias of every option found in ``tokens``, exact or within :data:`FUZZY_CUTOFF`.

    ``windows`` caches the text's word windows by size; share it between steps.
    """
    hits: list[_Hit] = []
    for option in step.options:
        for alias in option.aliases:
            words = fold_words(alias)
            size = len(words)
            if not size or size > len(tokens):
                continue
            if size not in windows:
                plain = [t.word for t in tokens]
                by_text: dict[str, list[int]] = {}
                for i in range(len(tokens) - size + 1):
                    if tokens[i].clause == tokens[i + size - 1].clause:
                        by_text.setdefault(" ".join(plain[i:i + size]), []).append(i)
                windows[size] = by_text
            target = " ".join(words)
            found: list[tuple[str, float]] = []
            if target in windows[size]:
                found.append((target, 100.0))
            elif len(target) > _EXACT_ONLY_CHARS:
                for text, score, _ in process.extract(target, list(windows[size]), scorer=fuzz.token_sort_ratio,
                                                      score_cutoff=FUZZY_CUTOFF, limit=None):
                    if _close_enough(sorted(words), sorted(text.split())):
                        found.append((text, float(score)))
            for text, score in found:
                for i in windows[size][text]:
                    if not _negated(tokens, i):
                        hits.append(_Hit(option, alias, i, i + size, score))
    return hits


_NEGATING_PREFIXES = ("un", "non", "in", "im", "dis")


def _close_enough(alias_words: Sequence[str], window_words: Sequence[str]) -> bool:
    """Veto fuzzy matches that change meaning: a short word ("li" vs "la") or a negating prefix
    ("unprotected" is not "protected")."""
    for a, b in zip(alias_words, window_words, strict=False):
        if a == b:
            continue
        if len(a) <= _EXACT_ONLY_CHARS or len(b) <= _EXACT_ONLY_CHARS:
            return False
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        if longer.endswith(shorter) and longer[: len(longer) - len(shorter)] in _NEGATING_PREFIXES:
            return False
    return True


def _negated(tokens: Sequence[_Token], first: int) -> bool:
    clause = tokens[first].clause
    for j in range(first - 1, max(first - 1 - _NEGATION_REACH, -1), -1):
        if tokens[j].clause != clause:
            return False
        if tokens[j].word in _NEGATIONS or tokens[j].word.endswith("n't"):
            return True
    return False


def match_step(
    step: Step,
    text: str,
    *,
    measurements: Sequence[Measurement] = (),
    cautious: bool = False,
) -> StepMatch:
    """Map free ``text`` onto one option of ``step``; "no match" is a return value, not an error.

    Rules, in order: aliases found in a negated phrase ("no lithium metal") do not
    count; an option whose matched words are all inside another option's match is
    dropped ("solid state" inside "semi-solid state"; ties go to the option listed
    first); ``fallback`` options only count when nothing else matched. Then
    ``cautious=False`` (a buyer's answer) takes the best-scoring option and calls it
    ambiguous unless it outweighs the others twice over, while ``cautious=True`` (a supplier's text) takes the most
    worrying rating and says what else was mentioned.
    """
    return _match(step, text, _tokenise(text), {}, measurements, cautious)


def match_steps(
    steps: Sequence[Step],
    text: str,
    *,
    measurements: Sequence[Measurement] = (),
    cautious: bool = False,
) -> tuple[StepMatch, ...]:
    """:func:`match_step` for several steps, reading ``text`` once (a pasted document)."""
    tokens = _tokenise(text)
    windows: _WordWindows = {}
    return tuple(_match(step, text, tokens, windows, measurements, cautious) for step in steps)


def _match(step: Step, text: str, tokens: Sequence[_Token], windows: _WordWindows, measurements: Sequence[Measurement],
           cautious: bool) -> StepMatch:
    hits = _find_hits(step, tokens, windows)
    coverage: dict[str, set[int]] = {}
    score: dict[str, float] = {}
    best_hit: dict[str, _Hit] = {}
    for hit in hits:
        covered = coverage.setdefault(hit.option.id, set())
        new = set(range(hit.first, hit.last)) - covered
        covered |= new
        score[hit.option.id] = score.get(hit.option.id, 0.0) + sum(len(tokens[i].word) for i in new) * hit.similarity
        current = best_hit.get(hit.option.id)
        if current is None or (hit.last - hit.first, hit.similarity) > (current.last - current.first,
                                                                         current.similarity):
            best_hit[hit.option.id] = hit
    detected: dict[str, Measurement] = {}
    for option in step.options:
        if option.detect is None or option.id in coverage:
            continue
        found = [m for m in measurements if option.detect.accepts(m)]
        if found:
            detected[option.id] = max(found, key=lambda m: m.normalised)
    order = {o.id: i for i, o in enumerate(step.options)}
    candidates = [o for o in step.options if o.id in coverage or o.id in detected]
    kept = [o for o in candidates if not _dominated(o, candidates, coverage, order)]
    if cautious:
        # A supplier's text that says "proprietary" once has not answered every step with "not disclosed":
        # what it leaves out is reported as unanswered instead.
        kept = [o for o in kept if o.rating != "unknown"]
    if any(not o.fallback for o in kept):
        kept = [o for o in kept if not o.fallback]
    if not kept:
        return StepMatch(step, None, (), None, (), "nothing in the text matches an option of this step")

    def weight(option: Option) -> float:
        return score.get(option.id, 0.0) or 1.0  # a number-only detection counts, but less than any words

    if cautious:
        kept.sort(key=lambda o: (RATINGS.index(o.rating) if o.rating in RATINGS else 99, -weight(o),
                                 order[o.id]))
    else:
        kept.sort(key=lambda o: (-weight(o), order[o.id]))
        # A buyer naming two options ("sulfide or oxide") is asked which; a passing mention is outweighed.
        if len(kept) > 1 and weight(kept[0]) < 2 * weight(kept[1]):
            tied = tuple(o for o in kept if 2 * weight(o) > weight(kept[0]))
            return StepMatch(step, None, tied, None, (), "the answer fits " + " and ".join(
                f"“{o.label}”" for o in tied))
    chosen = kept[0]
    also = tuple(kept[1:])
    if chosen.id in best_hit:
        hit = best_hit[chosen.id]
        span = (tokens[hit.first].start, tokens[hit.last - 1].end)
        words = text[span[0]:span[1]]
        matched = tuple(sorted({h.alias for h in hits if h.option.id == chosen.id}))
        how = "matches" if hit.similarity >= 100 else f"is close to ({hit.similarity:.0f}%)"
        explanation = f"“{words}” {how} “{hit.alias}”, a wording of “{chosen.label}”"
    else:
        measurement = detected[chosen.id]
        span = None
        matched = ()
        explanation = f"{measurement.explanation}: {measurement.describe()} fits “{chosen.label}”"
    if chosen.id in best_hit and chosen.detect is not None:
        numbers = [m for m in measurements if chosen.detect.accepts(m)]
        if numbers:
            explanation += "; the text gives " + ", ".join(m.describe() for m in numbers[:3])
    if also:
        explanation += "; the text also points to " + ", ".join(f"“{o.label}”" for o in also)
        if cautious:
            explanation += ", and the more cautious reading was taken - confirm with the supplier"
    if chosen.id in detected and span is None:
        return StepMatch(step, chosen, (), None, matched, explanation, also)
    return StepMatch(step, chosen, (), span, matched, explanation, also)


def _dominated(option: Option, candidates: Sequence[Option], coverage: Mapping[str, set[int]],
               order: Mapping[str, int]) -> bool:
    mine = coverage.get(option.id)
    if not mine:
        return False
    for other in candidates:
        theirs = coverage.get(other.id)
        if other.id == option.id or not theirs or (other.fallback and not option.fallback):
            continue
        if mine < theirs or (mine == theirs and order[other.id] < order[option.id]):
            return True
    return False
