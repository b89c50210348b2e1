"""Free text mapped onto the options of a checklist step.

A buyer's answer ("sulphide", "Li metal with a coating", "no external pressure") or a
supplier's pasted text is matched against each option's aliases with rapidfuzz, with
negation, fallback and dominance rules that are documented in ``knowledge/README.md``.
"No match" is a return value (:class:`StepMatch` with ``option=None``), not an error.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from advisor.checklist.measurement import Measurement
from advisor.checklist.spec import RATINGS, Option, Step
from advisor.text import fold_words, word_spans

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
_NEGATING_PREFIXES = ("un", "non", "in", "im", "dis")


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int
    clause: int


def _tokenise(text: str) -> list[_Token]:
    """The words of ``text`` as :func:`advisor.text.word_spans` reads them, each with the clause it is in."""
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    return [_Token(word, start, end, bisect_left(breaks, start)) for word, start, end in word_spans(text)]


@dataclass(frozen=True)
class _Hit:
    option: Option
    alias: str
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    similarity: float

    @property
    def length(self) -> int:
        return self.last - self.first


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
    explanation: str


#: The text's word windows by window size, then by text: built once per text, shared between steps.
_WordWindows = dict[int, dict[str, list[int]]]


def _windows_of(size: int, tokens: Sequence[_Token], windows: _WordWindows) -> dict[str, list[int]]:
    """Every run of ``size`` words inside one clause, by its text, with where each starts (cached in ``windows``)."""
    if size not in windows:
        plain = [t.word for t in tokens]
        by_text: dict[str, list[int]] = {}
        for i in range(len(tokens) - size + 1):
            if tokens[i].clause == tokens[i + size - 1].clause:
                by_text.setdefault(" ".join(plain[i:i + size]), []).append(i)
        windows[size] = by_text
    return windows[size]


def _similar_windows(words: Sequence[str], by_text: Mapping[str, list[int]]) -> list[tuple[str, float]]:
    """The windows that are ``words`` (similarity 100), or else close to them without changing their meaning."""
    target = " ".join(words)
    if target in by_text:
        return [(target, 100.0)]
    if len(target) <= _EXACT_ONLY_CHARS:
        return []
    close = process.extract(target, list(by_text), scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF,
                            limit=None)
    return [(text, float(score)) for text, score, _ in close if _close_enough(sorted(words), sorted(text.split()))]


def _find_hits(step: Step, tokens: Sequence[_Token], windows: _WordWindows) -> list[_Hit]:
    """Every alias of every option found in ``tokens`` and not negated, exact or within :data:`FUZZY_CUTOFF`.

    ``windows`` caches the text's word windows by size; share it between steps.
    """
    hits: list[_Hit] = []
    for option in step.options:
        for alias in option.aliases:
            words = fold_words(alias)
            if not words or len(words) > len(tokens):
                continue
            by_text = _windows_of(len(words), tokens, windows)
            for text, similarity in _similar_windows(words, by_text):
                hits += [_Hit(option, alias, i, i + len(words), similarity)
                         for i in by_text[text] if not _negated(tokens, i)]
    return hits


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


def match_step(step: Step, text: str, *, measurements: Sequence[Measurement] = ()) -> StepMatch:
    """Map a buyer's free ``text`` onto one option of ``step``; "no match" is a return value, not an error.

    Rules, in order: aliases found in a negated phrase ("no lithium metal") do not
    count; an option whose matched words are all inside another option's match is
    dropped ("solid state" inside "semi-solid state"; ties go to the option listed
    first); ``fallback`` options only count when nothing else matched. Of what is
    left, the best-scoring option is taken, and the answer is called ambiguous unless
    it outweighs the others twice over.
    """
    return _match(step, text, _tokenise(text), {}, measurements, cautious=False)


def match_steps(
    steps: Sequence[Step],
    text: str,
    *,
    measurements: Sequence[Measurement] = (),
    cautious: bool = False,
) -> tuple[StepMatch, ...]:
    """:func:`match_step` for several steps, reading ``text`` once (a pasted document).

    ``cautious=True`` (a supplier's text) never reads a step as "not disclosed", takes the
    most worrying rating among the options mentioned and says what else was mentioned.
    """
    tokens = _tokenise(text)
    windows: _WordWindows = {}
    return tuple(_match(step, text, tokens, windows, measurements, cautious=cautious) for step in steps)


@dataclass
class _Evidence:
    """What a text says about the options of one step."""

    #: Token indexes each option's aliases cover, and the score of those words (letters x similarity).
    coverage: dict[str, set[int]] = field(default_factory=dict)
    score: dict[str, float] = field(default_factory=dict)
    #: Each option's longest (then most similar) hit: the words quoted as evidence.
    best_hit: dict[str, _Hit] = field(default_factory=dict)
    #: Options picked by a number alone (no words of theirs matched), with the number.
    detected: dict[str, Measurement] = field(default_factory=dict)

    def weight(self, option: Option) -> float:
        return self.score.get(option.id, 0.0) or 1.0  # a number-only detection counts, but less than any words


def _match(step: Step, text: str, tokens: Sequence[_Token], windows: _WordWindows,
           measurements: Sequence[Measurement], *, cautious: bool) -> StepMatch:
    evidence = _weigh(_find_hits(step, tokens, windows), tokens)
    evidence.detected = _detect(step, evidence.coverage, measurements)
    kept = _candidates(step, evidence, cautious=cautious)
    if not kept:
        return StepMatch(step=step, option=None, ambiguous=(), evidence=None,
                         explanation="nothing in the text matches an option of this step")
    order = {o.id: i for i, o in enumerate(step.options)}
    if cautious:
        kept.sort(key=lambda o: (RATINGS.index(o.rating) if o.rating in RATINGS else 99, -evidence.weight(o),
                                 order[o.id]))
    else:
        kept.sort(key=lambda o: (-evidence.weight(o), order[o.id]))
        # A buyer naming two options ("sulfide or oxide") is asked which; a passing mention is outweighed.
        if len(kept) > 1 and evidence.weight(kept[0]) < 2 * evidence.weight(kept[1]):
            tied = tuple(o for o in kept if 2 * evidence.weight(o) > evidence.weight(kept[0]))
            return StepMatch(step=step, option=None, ambiguous=tied, evidence=None,
                             explanation="the answer fits " + " and ".join(f"“{o.label}”" for o in tied))
    chosen, also = kept[0], kept[1:]
    span, explanation = _explain(chosen, text, tokens, evidence, measurements)
    if also:
        explanation += "; the text also points to " + ", ".join(f"“{o.label}”" for o in also)
        if cautious:
            explanation += ", and the more cautious reading was taken - confirm with the supplier"
    return StepMatch(step=step, option=chosen, ambiguous=(), evidence=span, explanation=explanation)


def _weigh(hits: list[_Hit], tokens: Sequence[_Token]) -> _Evidence:
    """Score each option by the letters its aliases cover (each word once) times their similarity."""
    evidence = _Evidence()
    for hit in hits:
        covered = evidence.coverage.setdefault(hit.option.id, set())
        new = set(range(hit.first, hit.last)) - covered
        covered |= new
        evidence.score[hit.option.id] = (evidence.score.get(hit.option.id, 0.0)
                                         + sum(len(tokens[i].word) for i in new) * hit.similarity)
        current = evidence.best_hit.get(hit.option.id)
        if current is None or (hit.length, hit.similarity) > (current.length, current.similarity):
            evidence.best_hit[hit.option.id] = hit
    return evidence


def _detect(step: Step, coverage: Mapping[str, set[int]],
            measurements: Sequence[Measurement]) -> dict[str, Measurement]:
    """Options whose ``detect`` rule accepts a number in the text, for those none of whose words matched."""
    detected: dict[str, Measurement] = {}
    for option in step.options:
        if option.detect is None or option.id in coverage:
            continue
        found = [m for m in measurements if option.detect.accepts(m)]
        if found:
            detected[option.id] = max(found, key=lambda m: m.normalised)
    return detected


def _candidates(step: Step, evidence: _Evidence, *, cautious: bool) -> list[Option]:
    """The options still in the running: not dominated, not "unknown" in a supplier's text, fallbacks last."""
    order = {o.id: i for i, o in enumerate(step.options)}
    found = [o for o in step.options if o.id in evidence.coverage or o.id in evidence.detected]
    kept = [o for o in found if not _dominated(o, found, evidence.coverage, order)]
    if cautious:
        # A supplier's text that says "proprietary" once has not answered every step with "not disclosed":
        # what it leaves out is reported as unanswered instead.
        kept = [o for o in kept if o.rating != "unknown"]
    if any(not o.fallback for o in kept):
        kept = [o for o in kept if not o.fallback]
    return kept


def _explain(chosen: Option, text: str, tokens: Sequence[_Token], evidence: _Evidence,
             measurements: Sequence[Measurement]) -> tuple[tuple[int, int] | None, str]:
    """The span that decided for ``chosen`` (``None`` for a number alone) and why, in words."""
    hit = evidence.best_hit.get(chosen.id)
    if hit is None:
        measurement = evidence.detected[chosen.id]
        return None, f"{measurement.explanation}: {measurement.describe()} fits “{chosen.label}”"
    span = (tokens[hit.first].start, tokens[hit.last - 1].end)
    how = "matches" if hit.similarity >= 100 else f"is close to ({hit.similarity:.0f}%)"
    explanation = f"“{text[span[0]:span[1]]}” {how} “{hit.alias}”, a wording of “{chosen.label}”"
    numbers = [m for m in measurements if chosen.detect is not None and chosen.detect.accepts(m)]
    if numbers:
        explanation += "; the text gives " + ", ".join(m.describe() for m in numbers[:3])
    return span, explanation


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
