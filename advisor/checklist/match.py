"""Free text mapped onto the options of a checklist step.

A buyer's answer ("sulphide", "Li metal with a coating", "no external pressure") or a
supplier's pasted text is matched against each option's aliases with rapidfuzz, with
negation, fallback and dominance rules that are documented in ``knowledge/README.md``.
"No match" is a return value (:class:`StepMatch` with ``option=None``), not an error.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

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


#: Where one sentence ends: results are matched to the sentence that reports them (a table's cell is one).
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s|$)|\n|\|")


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int
    clause: int
    sentence: int = 0
    #: A family word inside a compound's name ("oxide" in "lithium cobalt oxide"): no alias may start on it.
    compound: bool = False
    #: Words the reader added for a phrase it understood ("92 % of initial capacity retained"): never negated.
    read: bool = False
    #: Read from a stated fact (a fraction of liquid, a mixture of families): it outweighs a name used elsewhere.
    decisive: bool = False
    #: The datasheet row whose label (or value) this word is in ("Stack pressure" in "Stack pressure: 2 MPa").
    label_of: int = -1
    value_of: int = -1
    #: A suffix an alias may skip ("type" in "pouch-type cell").
    skippable: bool = False
    #: The elements of a chemical formula this word is ("Li6PS5Cl"), else ``None``.
    elements: frozenset[str] | None = None


def _tokenise(text: str, unasked_parts: Collection[str] = ()) -> list[_Token]:
    """The words of ``text`` as :func:`advisor.text.word_spans` reads them, each with its clause and sentence,
    then read as a buyer would (the rules at the end of this module): datasheet rows and their
    placeholders, format suffixes and model codes, chemical names and formulas, retention, resistance
    growth and fractions of liquid in any words, and mixtures of electrolyte families."""
    clauses = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    sentences = [m.start() for m in _SENTENCE_BREAK.finditer(text)]

    def make(word: str, start: int, end: int, **marks: Any) -> _Token:
        return _Token(word, start, end, bisect_left(clauses, start), bisect_left(sentences, start), **marks)

    tokens = [make(word, start, end) for word, start, end in word_spans(text)]
    parts = frozenset(" ".join(fold_words(part)) for part in unasked_parts)
    tokens = _read_rows(text, tokens, make, parts)
    tokens = _read_denials(tokens, make)
    tokens = _read_formulas(text, tokens)
    tokens = _read_suffixes(tokens)
    tokens = _read_phrases(text, tokens, make)
    tokens = _read_unreported_measures(text, tokens)
    return _mark_compounds(text, tokens)


@dataclass(frozen=True)
class _Hit:
    option: Option
    alias: str
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    similarity: float
    #: "words" (the alias's words), "formula" (a formula with the alias formula's elements), "mixture", "plan" or
    #: "intended" (an intended use, no fact: dropped or read as a plan in a supplier's text).
    how: str = "words"

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


#: The text's word windows by window size, then by text, with where each starts and ends (token indexes):
#: built once per text, shared between steps.
_WordWindows = dict[int, dict[str, list[tuple[int, int]]]]


def _windows_of(size: int, tokens: Sequence[_Token], windows: _WordWindows) -> dict[str, list[tuple[int, int]]]:
    """Every run of ``size`` words inside one clause, by its text, with where it starts and ends (cached in
    ``windows``); a run may also skip suffix words ("pouch-type cell" gives "pouch type" and "pouch cell")."""
    if size not in windows:
        plain = [t.word for t in tokens]
        by_text: dict[str, list[tuple[int, int]]] = {}
        for i in range(len(tokens) - size + 1):
            if tokens[i].clause == tokens[i + size - 1].clause:
                by_text.setdefault(" ".join(plain[i:i + size]), []).append((i, i + size))
        for i, first in enumerate(tokens):
            if first.skippable:
                continue
            picked = [i]
            j = i + 1
            while len(picked) < size and j < len(tokens) and tokens[j].clause == first.clause:
                if not tokens[j].skippable:
                    picked.append(j)
                j += 1
            if len(picked) == size and picked[-1] - i + 1 > size:
                by_text.setdefault(" ".join(plain[k] for k in picked), []).append((i, picked[-1] + 1))
        windows[size] = by_text
    return windows[size]


def _similar_windows(words: Sequence[str], by_text: Mapping[str, list[tuple[int, int]]]) -> list[tuple[str, float]]:
    """The windows that are ``words`` (similarity 100), or else close to them without changing their meaning."""
    target = " ".join(words)
    if target in by_text:
        return [(target, 100.0)]
    if len(target) <= _EXACT_ONLY_CHARS:
        return []
    close = process.extract(target, list(by_text), scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF,
                            limit=None)
    return [(text, float(score)) for text, score, _ in close if _close_enough(sorted(words), sorted(text.split()))]


def _find_hits(step: Step, tokens: Sequence[_Token], windows: _WordWindows,
               results: set[int] | None = None) -> list[_Hit]:
    """Every alias of every option found in ``tokens`` and not negated, exact or within :data:`FUZZY_CUTOFF`.

    ``windows`` caches the text's word windows by size; share it between steps. Not counted: an
    alias that starts on a family word inside a compound's name ("oxide" in "lithium cobalt oxide"),
    a quality praised in marketing words ("lightning-fast charging"), a plan ("mass production is
    planned for 2027", unless the option is the step's option for plans), an intended use outside a
    sentence reporting results (``results``: "the ideal choice for electric vehicles" is a market,
    not a vehicle test), and a datasheet row's label where the row's value speaks to the same step
    ("Stack pressure: ambient pressure"). Plans and intended uses are read only in a supplier's text
    (``results`` given: the sentences that report results); a buyer's answer reports what was said.
    """
    supplier = results is not None
    results = results or set()
    hits: list[_Hit] = []
    for option in step.options:
        for alias in option.wordings:
            words = fold_words(alias)
            if words and len(words) <= len(tokens):
                by_text = _windows_of(len(words), tokens, windows)
                for text, similarity in _similar_windows(words, by_text):
                    hits += [_Hit(option, alias, first, last, similarity,
                                  how="intended" if supplier and _intended(tokens, first, results) else "words")
                             for first, last in by_text[text]
                             if not _negated(tokens, first) and not tokens[first].compound
                             and not _praised(tokens, first, words)]
            elements = formula_elements(alias)
            if elements is not None:
                hits += [_Hit(option, alias, i, i + 1, 100.0, how="formula") for i, t in enumerate(tokens)
                         if t.elements is not None and elements <= t.elements
                         and len(t.elements - elements) <= _MAX_EXTRA_ELEMENTS and not _negated(tokens, i)]
    plans = [o for o in step.options if any(w in _FUTURE for a in o.aliases for w in fold_words(a))]
    if supplier:
        # A plan for another option ("SOP planned 2028") is a roadmap: the step's option for plans, where it has
        # one. An offer ("samples can ship within four weeks") is neither a fact nor a plan.
        hits = [h for h in hits if not _offered(tokens, h.first)]
        read: list[_Hit] = []
        for h in hits:
            if h.how == "intended":
                # What a product is meant for is no fact about it; for a step with an option for plans, being
                # meant or ready for it ("ready for mass production") is a plan.
                if plans and h.option not in plans and h.option.rating != "unknown":
                    read.append(replace(h, option=plans[0], how="plan"))
            elif h.option in plans or h.option.rating == "unknown" or not _planned(tokens, h):
                read.append(h)
            elif plans:
                read.append(replace(h, option=plans[0], how="plan"))
        hits = read
        # A wording that only qualifies the fallback option ("coated", "interlayer") says nothing of this step
        # where the text never names the fallback option: a coated separator is no protected anode.
        if not any(h.option.fallback for h in hits):
            hits = [h for h in hits if h.alias not in h.option.qualifying]
    answered_rows = {tokens[h.first].value_of for h in hits} - {-1}
    hits = [h for h in hits if not all(tokens[i].label_of in answered_rows for i in range(h.first, h.last))]
    return hits + _mixture_hits(step, hits, tokens)


#: Words that introduce an intended use or a market ("designed for", "ideal for", "targeting").
_PURPOSE = frozenset({
    "for", "ideal", "designed", "intended", "suited", "suitable", "aimed", "aiming", "targeting", "targets",
    "target", "targeted", "toward", "towards", "tailored", "optimised", "optimized", "geared", "ready",
})
_PURPOSE_REACH = 5
#: Words of a plan, not a fact ("mass production is planned for 2027", "will start"): what they qualify is
#: not yet evidence, except for a step's option for plans (one whose aliases use such a word: "coming soon").
_FUTURE = frozenset({
    "will", "planned", "plan", "plans", "planning", "scheduled", "expected", "expects", "foresee", "foresees",
    "foreseen", "upcoming", "future", "soon", "later", "intend", "intends", "aim", "aims", "envisaged",
    "anticipated", "would", "could", "forthcoming",
    # Readiness is a claim about the future ("mass-production ready"), and what is being bought or built is not
    # there yet ("the pilot line is still in procurement", "a plant under construction").
    "ready", "readiness", "procurement", "construction",
})


#: Modal words of an ability or an offer ("can ship", "may be delivered").
_MODALS = frozenset({"can", "may", "might"})


def _offered(tokens: Sequence[_Token], first: int) -> bool:
    """Whether the words at ``first`` follow a modal of ability or offer ("can ship", "can be delivered")."""
    before = [tokens[j] for j in range(max(first - 2, 0), first) if tokens[j].clause == tokens[first].clause]
    words = [t.word for t in before]
    return bool(words) and (words[-1] in _MODALS or (words[-1] == "be" and len(words) > 1 and words[-2] in _MODALS))


def _planned(tokens: Sequence[_Token], hit: _Hit) -> bool:
    """Whether ``hit`` is qualified as a plan: a word of :data:`_FUTURE` elsewhere in its clause (its row
    on a datasheet)."""
    first = tokens[hit.first]
    row = first.label_of if first.label_of >= 0 else first.value_of

    def same_scope(t: _Token) -> bool:
        return (row >= 0 and row in (t.label_of, t.value_of)) or t.clause == first.clause

    def future(k: int, t: _Token) -> bool:
        # "ready-to-use", "ready-made": an adjective of the goods, not readiness.
        return t.word in _FUTURE and not (t.word == "ready" and k + 1 < len(tokens)
                                          and tokens[k + 1].word in _READY_ADJECTIVE)

    return any(future(k, t) and same_scope(t) for k, t in enumerate(tokens)
               if not hit.first <= k < hit.last and abs(k - hit.first) < 40)


_READY_ADJECTIVE = frozenset({"to", "made", "built", "assembled"})


def _intended(tokens: Sequence[_Token], first: int, results: set[int]) -> bool:
    """Whether the words at ``first`` name an intended use, in a sentence that reports no results."""
    if tokens[first].sentence in results or tokens[first].read:
        return False
    return _word_before(tokens, first, _PURPOSE, _PURPOSE_REACH)


#: Words of praise: what follows them is marketing, not a stated condition ("lightning-fast charging").
_PRAISE = frozenset({
    "lightning", "blazing", "ultra", "super", "hyper", "unmatched", "unrivalled", "unrivaled", "unbeatable",
    "unparalleled", "unprecedented", "incredible", "incredibly", "amazing", "amazingly", "revolutionary",
    "breakthrough", "game", "changing", "leading", "class", "record", "exceptional", "exceptionally", "outstanding",
    "extraordinary", "superior", "remarkable", "remarkably", "stunning", "insanely", "truly", "dramatically",
    "radically", "ultimate", "best", "unique", "superb", "excellent", "impressive", "astonishing", "phenomenal",
    "industry", "market", "disruptive", "groundbreaking", "ground", "breaking", "cutting", "edge",
})
#: Gradable words an alias may start with ("fast charging", "high temperature"): praise before them is no evidence.
_GRADABLE = frozenset({"fast", "high", "rapid", "quick", "long", "low", "warm", "extreme", "wide"})
_PRAISE_REACH = 3


def _praised(tokens: Sequence[_Token], first: int, words: Sequence[str]) -> bool:
    return words[0] in _GRADABLE and _word_before(tokens, first, _PRAISE, _PRAISE_REACH)


def _word_before(tokens: Sequence[_Token], first: int, wanted: frozenset[str], reach: int) -> bool:
    """Whether one of ``wanted`` comes up to ``reach`` words before ``first``, in the same clause."""
    clause = tokens[first].clause
    for j in range(first - 1, max(first - 1 - reach, -1), -1):
        if tokens[j].clause != clause:
            return False
        if tokens[j].word in wanted:
            return True
    return False


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
    if tokens[first].read:
        return False  # words read from a phrase carry its meaning already
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
    unasked_parts: Collection[str] = (),
    written: Callable[[int, int], str] | None = None,
) -> tuple[StepMatch, ...]:
    """:func:`match_step` for several steps, reading ``text`` once (a pasted document).

    ``cautious=True`` (a supplier's text) reads a step as "not disclosed" only where the text
    explicitly declines to state it and says nothing else about it (:func:`_refusals`), takes the
    most worrying rating among the options mentioned and says what else was mentioned. ``written`` gives the
    words behind a span of ``text`` as the supplier wrote them, for the explanations to quote (``text`` as
    given, by default).
    """
    tokens = _tokenise(text, unasked_parts)
    windows: _WordWindows = {}
    refusals = _refusals(text, tokens) if cautious else []
    topics = _topics(steps) if refusals else {}
    results = _result_sentences(text, tokens, measurements)
    return tuple(_match(step, text, tokens, windows, measurements, cautious=cautious, refusals=refusals,
                        topics=topics.get(step.id, frozenset()), written=written, results=results)
                 for step in steps)


@dataclass(frozen=True)
class _Refusal:
    """Words that decline to state something ("we are not able to disclose", "Confidential", "can't comment")."""

    #: Token indexes of the refusal's words, of what it covers (its datasheet row, else its clause), and of
    #: the words it declines to state (after it: "would not say whether X or Y" states neither X nor Y).
    cue: tuple[int, int]
    scope: frozenset[int]
    declined: frozenset[int]


#: Words that decline by themselves, and the negations and verbs that decline together ("cannot disclose").
_REFUSAL_WORDS = frozenset({"confidential", "undisclosed", "nda"})
_REFUSING = frozenset({"not", "cannot", "unable", "decline", "declined", "declines", "refuse", "refused", "refuses",
                       "never"})
_DISCLOSING = ("disclos", "comment", "share", "shared", "sharing", "say", "said", "reveal", "name", "discuss", "tell",
               "told")
_REFUSAL_REACH = 3
#: A spaced dash ends what a refusal covers in prose ("would not say whether X or Y - they only call it Z").
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _refusals(text: str, tokens: Sequence[_Token]) -> list[_Refusal]:
    """Where ``text`` explicitly declines to state something, and what each refusal covers."""
    found: list[_Refusal] = []
    for i, t in enumerate(tokens):
        if t.read:
            continue
        end = -1
        if t.word in _REFUSAL_WORDS:
            end = i
        elif t.word in _REFUSING or t.word.endswith("n't"):
            end = next((j for j in range(i + 1, min(i + 1 + _REFUSAL_REACH, len(tokens)))
                        if tokens[j].clause == t.clause and tokens[j].word.startswith(_DISCLOSING)), -1)
        if end < 0:
            continue
        row = t.label_of if t.label_of >= 0 else t.value_of
        label: set[int] = set()
        if row >= 0:
            scope = {k for k, u in enumerate(tokens) if row in (u.label_of, u.value_of)}
            if t.value_of == row:
                # A row whose value declines ("Stack pressure: confidential") declines what its label names.
                label = {k for k in scope if tokens[k].label_of == row}
        else:
            scope = {i}
            for step in (-1, 1):
                k = i
                while 0 <= k + step < len(tokens) and tokens[k + step].clause == t.clause:
                    a, b = (tokens[k + step], tokens[k]) if step < 0 else (tokens[k], tokens[k + step])
                    if _SPACED_DASH.search(text[a.end:b.start]):
                        break
                    k += step
                    scope.add(k)
        found.append(_Refusal((i, end), frozenset(scope), frozenset(k for k in scope if k > end) | label))
    return found


def _topics(steps: Sequence[Step]) -> dict[str, frozenset[str]]:
    """The words that name each step's subject: its title's words, and the words that recur in its options'
    aliases and in no other step's ("production" for manufacturing evidence), less function words."""
    def words(texts: Sequence[str]) -> list[str]:
        return [w for text in texts for w in set(fold_words(text)) if len(w) >= _TOPIC_LETTERS]

    titles = {s.id: set(words([s.title])) for s in steps}
    aliases = {s.id: words([a for o in s.options if o.rating != "unknown" for a in o.aliases]) for s in steps}
    topics = {}
    for s in steps:
        others = set().union(*(titles[o.id] | set(aliases[o.id]) for o in steps if o.id != s.id))
        recurring = {w for w in aliases[s.id] if aliases[s.id].count(w) > 1} - others
        topics[s.id] = frozenset((titles[s.id] | recurring) - _FUNCTION_WORDS)
    return topics


_TOPIC_LETTERS = 4
#: Letters two words must share from their start to name the same subject ("manufacturing", "manufacturability").
_TOPIC_STEM = 8


def _names_topic(word: str, topics: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``topics`` or shares its first :data:`_TOPIC_STEM` letters with one."""
    return word in topics or (len(word) >= _TOPIC_STEM and any(t[:_TOPIC_STEM] == word[:_TOPIC_STEM] for t in topics))
_FUNCTION_WORDS = frozenset({"with", "based", "above", "after", "under", "required", "needed", "number", "other",
                             "less", "they", "only", "line"})


@dataclass
class _Evidence:
    """What a text says about the options of one step."""

    #: Token indexes each option's aliases cover, and the score of those words (letters x similarity).
    coverage: dict[str, set[int]] = field(default_factory=dict)
    score: dict[str, float] = field(default_factory=dict)
    #: Each option's best hit (in a sentence reporting results first, then longest, then most similar).
    best_hit: dict[str, _Hit] = field(default_factory=dict)
    #: Options picked by a number alone (no words of theirs matched), with the number.
    detected: dict[str, Measurement] = field(default_factory=dict)
    #: Options read from a stated fact (a fraction of liquid, a mixture of families).
    decisive: set[str] = field(default_factory=set)
    #: Options found in a sentence that reports results ("were measured in", "tested", a cycle count).
    in_results: set[str] = field(default_factory=set)

    def weight(self, option: Option) -> float:
        return self.score.get(option.id, 0.0) or 1.0  # a number-only detection counts, but less than any words


#: Words of a sentence that reports results: the format and conditions it names are where they came from.
_RESULT_WORDS = frozenset({
    "result", "tested", "test", "testing", "measured", "measurement", "data", "cycled", "cycling", "obtained",
    "achieved", "demonstrated", "validated", "verified", "evaluated", "characterised", "characterized", "reported",
    "retained", "retention", "showed", "shown", "recorded", "performance", "delivered", "ran", "run",
})


def _result_sentences(text: str, tokens: Sequence[_Token], measurements: Sequence[Measurement]) -> set[int]:
    """The sentences that report results: result words, or a cycle count; in a table, also every cell of a row
    whose label reports results ("Test cell | coin cell") and of a column whose heading does ("Test article")."""
    found = {t.sentence for t in tokens if t.word in _RESULT_WORDS}
    for m in measurements:
        if m.kind == "cycles" and m.span is not None:
            found |= {t.sentence for t in tokens if m.span[0] <= t.start < m.span[1]}
    return found | _result_cells(text, tokens)


def _result_cells(text: str, tokens: Sequence[_Token]) -> set[int]:
    """The cells (sentences) of a table's rows and columns whose label or heading is a result word."""
    found: set[int] = set()
    block: list[dict[int, list[_Token]]] = []

    def close() -> None:
        if len(block) >= _TABLE_ROWS:
            heading = block[0]
            columns = {k for k, cell in heading.items() if k and any(t.word in _RESULT_WORDS for t in cell)}
            found.update(t.sentence for row in block[1:] for k in columns for t in row.get(k, []))
        block.clear()

    i = 0
    for start, end in _lines(text):
        inside = []
        while i < len(tokens) and tokens[i].start < end:
            if tokens[i].start >= start and not tokens[i].read:
                inside.append(tokens[i])
            i += 1
        if _RULE_LINE.fullmatch(text[start:end]):
            continue  # "------  -----": the rule under a heading row
        if "|" not in text[start:end]:
            close()
            continue
        row: dict[int, list[_Token]] = {}
        for t in inside:
            row.setdefault(text.count("|", start, t.start), []).append(t)
        first = min(row, default=None)
        if first is not None and any(t.word in _RESULT_WORDS for t in row[first]):
            found.update(t.sentence for cell in row.values() for t in cell)
        block.append({k - (first or 0): cell for k, cell in row.items()})
    close()
    return found


#: The least rows a table has; fewer lines with cell borders are not one.
_TABLE_ROWS = 2
#: A line that only draws a table's rule ("-----  -----", "|---|:--:|", "=====").
_RULE_LINE = re.compile(r"(?=[^-=_]*[-=_])[\s|:+=_-]+")


def _match(step: Step, text: str, tokens: Sequence[_Token], windows: _WordWindows,
           measurements: Sequence[Measurement], *, cautious: bool, refusals: Sequence[_Refusal] = (),
           topics: frozenset[str] = frozenset(), written: Callable[[int, int], str] | None = None,
           results: set[int] | None = None) -> StepMatch:
    said = written or (lambda a, b: " ".join(text[a:b].split()))
    if results is None:
        results = _result_sentences(text, tokens, measurements)
    hits = _find_hits(step, tokens, windows, results if cautious else None)
    declined = [r for r in refusals if any(r.declined.intersection(range(h.first, h.last)) for h in hits)
                or any(_names_topic(tokens[k].word, topics) for k in r.scope)]
    if declined:
        hits = [h for h in hits if not any(h.first in r.declined for r in declined)]
    evidence = _weigh(hits, tokens, results)
    # In a supplier's text, a window the text spans is where the product operates; a buyer answering the step
    # reports the conditions asked about.
    evidence.detected = _detect(step, evidence.coverage,
                                [m for m in measurements if not m.window] if cautious else measurements)
    for option_id, measurement in evidence.detected.items():
        if measurement.span is not None and any(t.sentence in results for t in tokens
                                                if measurement.span[0] <= t.start < measurement.span[1]):
            evidence.in_results.add(option_id)
    kept, outweighed = _candidates(step, evidence, cautious=cautious)
    unknown = next((o for o in step.options if o.rating == "unknown"), None)
    if not kept and declined and unknown is not None:
        first, last = declined[0].cue
        cue = (tokens[first].start, tokens[last].end)
        return StepMatch(step=step, option=unknown, ambiguous=(), evidence=cue,
                         explanation=f"“{said(*cue)}” declines to state it, and the text says nothing else about it, "
                                     f"which reads as “{unknown.label}”")
    if not kept:
        return StepMatch(step=step, option=None, ambiguous=(), evidence=None,
                         explanation="nothing in the text matches an option of this step")
    order = {o.id: i for i, o in enumerate(step.options)}
    if cautious:
        # The most worrying reading first; between equally worrying ones, where the results were reported.
        # A step that asks where the results came from (the format) takes what the results were reported from
        # before any rating: a fleet result read from a bus is not a prismatic cell's.
        kept.sort(key=lambda o: (step.from_results and o.id not in evidence.in_results,
                                 RATINGS.index(o.rating) if o.rating in RATINGS else 99,
                                 o.id not in evidence.in_results, -evidence.weight(o), order[o.id]))
    else:
        kept.sort(key=lambda o: (-evidence.weight(o), order[o.id]))
        # A buyer naming two options ("sulfide or oxide") is asked which; a passing mention is outweighed.
        if len(kept) > 1 and evidence.weight(kept[0]) < 2 * evidence.weight(kept[1]):
            tied = tuple(o for o in kept if 2 * evidence.weight(o) > evidence.weight(kept[0]))
            return StepMatch(step=step, option=None, ambiguous=tied, evidence=None,
                             explanation="the answer fits " + " and ".join(f"“{o.label}”" for o in tied))
    chosen, also = kept[0], kept[1:]
    span, explanation = _explain(chosen, said, tokens, evidence, measurements)
    if outweighed:
        explanation += ("; what the text states about the materials outweighs its naming "
                        + ", ".join(f"“{o.label}”" for o in outweighed))
    if also:
        if cautious and chosen.id in evidence.in_results and any(o.id not in evidence.in_results for o in also):
            explanation += "; the reported results come from this one"
        explanation += "; the text also points to " + ", ".join(f"“{o.label}”" for o in also)
        if cautious:
            explanation += ", and the more cautious reading was taken - confirm with the supplier"
    return StepMatch(step=step, option=chosen, ambiguous=(), evidence=span, explanation=explanation)


def _weigh(hits: list[_Hit], tokens: Sequence[_Token], results: set[int] | None = None) -> _Evidence:
    """Score each option by the letters its aliases cover (each word once) times their similarity."""
    evidence = _Evidence()
    results = results or set()
    for hit in hits:
        covered = evidence.coverage.setdefault(hit.option.id, set())
        new = set(range(hit.first, hit.last)) - covered
        covered |= new
        evidence.score[hit.option.id] = (evidence.score.get(hit.option.id, 0.0)
                                         + sum(len(tokens[i].word) for i in new) * hit.similarity)
        if hit.how == "mixture" or any(tokens[i].decisive for i in range(hit.first, hit.last)):
            evidence.decisive.add(hit.option.id)
        reported = tokens[hit.first].sentence in results
        if reported:
            evidence.in_results.add(hit.option.id)
        current = evidence.best_hit.get(hit.option.id)
        if current is None or ((reported, hit.length, hit.similarity)
                               > (tokens[current.first].sentence in results, current.length, current.similarity)):
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


def _candidates(step: Step, evidence: _Evidence, *, cautious: bool) -> tuple[list[Option], list[Option]]:
    """The options still in the running: not dominated, not "unknown" in a supplier's text, fallbacks last;
    and the options a stated fact outweighed ("contains 3 wt% liquid electrolyte" outweighs "all-solid-state")."""
    order = {o.id: i for i, o in enumerate(step.options)}
    found = [o for o in step.options if o.id in evidence.coverage or o.id in evidence.detected]
    kept = [o for o in found if not _dominated(o, found, evidence.coverage, order)]
    if cautious:
        # A supplier's text that says "proprietary" once has not answered every step with "not disclosed":
        # what it leaves out is reported as unanswered instead.
        kept = [o for o in kept if o.rating != "unknown"]
    outweighed: list[Option] = []
    if any(o.id in evidence.decisive for o in kept):
        outweighed = [o for o in kept if o.id not in evidence.decisive and not o.fallback]
        kept = [o for o in kept if o.id in evidence.decisive]
    if any(not o.fallback for o in kept):
        kept = [o for o in kept if not o.fallback]
    return kept, outweighed


def _explain(chosen: Option, said: Callable[[int, int], str], tokens: Sequence[_Token], evidence: _Evidence,
             measurements: Sequence[Measurement]) -> tuple[tuple[int, int] | None, str]:
    """The span that decided for ``chosen`` (``None`` for a number alone) and why, in words."""
    hit = evidence.best_hit.get(chosen.id)
    if hit is None:
        measurement = evidence.detected[chosen.id]
        return None, f"{measurement.explanation}: {measurement.describe()} fits “{chosen.label}”"
    span = (tokens[hit.first].start, max(tokens[i].end for i in range(hit.first, hit.last)))
    written = said(*span)
    if hit.how == "mixture":
        explanation = (f"“{written}” names two of the step's options mixed into one material, which reads as "
                       f"“{chosen.label}”")
    elif hit.how == "plan":
        explanation = (f"“{written}” is qualified as a plan, not a fact, which reads as “{chosen.label}”")
    elif hit.how == "formula":
        explanation = f"“{written}” is a formula with the elements of “{hit.alias}”, a wording of “{chosen.label}”"
    elif any(tokens[i].read for i in range(hit.first, hit.last)):
        explanation = f"“{written}” reads as “{hit.alias}”, a wording of “{chosen.label}”"
    else:
        how = "matches" if hit.similarity >= 100 else f"is close to ({hit.similarity:.0f}%)"
        explanation = f"“{written}” {how} “{hit.alias}”, a wording of “{chosen.label}”"
    numbers = [m for m in measurements if chosen.detect is not None and chosen.detect.accepts(m) and not m.window]
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


# --------------------------------------------------------------------------- reading a text as a buyer would
#
# Each rule below rewrites or adds words so that the aliases of ``checklist.yaml`` meet what a
# text means, not only what it literally says. Added words carry the span of the phrase they were
# read from, so the evidence still quotes the supplier's own words.

_Make = Callable[..., _Token]

#: A datasheet value that states nothing ("n/a", "TBD", "-", "on request"): the row is no claim at all.
_UNSTATED = re.compile(
    r"(?:n\s*/\s*a|n\.\s*a\.?|na|tbd|tba|tbc|t\.b\.[dac]\.?|[-–—?*]+|\.{2,}|…|x+|"
    r"not\s+(?:yet\s+)?(?:available|applicable|specified|stated|disclosed|published|given|known|tested|measured)|"
    r"to\s+be\s+(?:determined|confirmed|announced|defined|specified|measured|tested)|(?:up)?on\s+request|"
    r"pending|unknown|confidential|proprietary|undisclosed|not\s+disclosed|in\s+progress|ongoing)\.?",
    re.IGNORECASE,
)
#: A datasheet value that says "none": the row denies its label ("Stack pressure: none required").
_NONE = re.compile(
    r"(?:none|nil|zero|no|not\s+(?:required|needed|necessary|used|applied)|"
    r"0(?:[.,]0+)?\s*(?:%|wt\s*%|vol\s*%|mpa|kpa|bar|psi|atm)?)"
    r"(?:\s+(?:required|needed|necessary|used|applied))?\.?",
    re.IGNORECASE,
)
#: A label: a few words, no sentence of its own.
_LABEL = re.compile(r"[^\W\d_][^.!?:|=]{0,58}")
_LABEL_WORDS = 8
#: What may come before a row's label: an e-mail quote mark ("> "), a bullet ("- ", "* ", "• "), a
#: question number ("5. ", "2) ") or a section number ("1.4 ", "2.3.1 ").
_ROW_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:[-*•–]\s+|\d{1,2}[.)]\s+|\d{1,2}[:.]\d{2}\s+"
                         r"|\d{1,2}(?:\.\d{1,2}){1,3}[.)]?\s+)?")
#: A dot leader between label and value ("Stack pressure ......... n/a").
_LEADER = re.compile(r"\s*(?:\.{3,}|…+|(?<=\s)\.{2}(?=\s))\s*")
#: The most words a label before a spaced dash may have ("Electrolyte family - ..."); longer is prose.
_DASH_LABEL_WORDS = 4
#: A value that declines to state (rather than leaving a blank): the row stays, as a refusal.
_REFUSAL_VALUE = re.compile(r"confidential|undisclosed|not\s+disclosed|\bnda\b", re.IGNORECASE)


def _bare_value(value: str) -> str:
    """A value cell without its quotes and a trailing remark: '"-" (their sheet leaves it blank)' is "-"."""
    bare = re.sub(r"\s*\([^()]*\)\s*\.?$", "", value.strip()).strip()
    return bare.strip("\"'“”‘’ ") or value.strip()


def _read_rows(text: str, tokens: list[_Token], make: _Make,
               unasked_parts: frozenset[str] = frozenset()) -> list[_Token]:
    """Datasheet rows ("Label: value", "| Label | value |", "Label n/a"): a placeholder value makes the
    row no claim, a "none" value denies the label, and otherwise the row's label and value are marked so
    that the value decides where it speaks to the same step."""
    out: list[_Token] = []
    i = 0
    for row, line in enumerate(_lines(text)):
        start, end = line
        inside = []
        while i < len(tokens) and tokens[i].start < end:
            if tokens[i].start >= start:
                inside.append(tokens[i])
            else:
                out.append(tokens[i])
            i += 1
        split = _split_row(text, start, end)
        if split is None:
            out += inside
            continue
        label_start, label_end, values = split
        values = [_bare_value(v) for v in values]
        out += [t for t in inside if t.end <= label_start]  # a question number ("5.") is no part of the row
        inside = [t for t in inside if t.end > label_start]
        label = [t for t in inside if t.end <= label_end]
        value = [t for t in inside if t.start >= label_end]
        if not label or len(label) > _LABEL_WORDS:
            out += inside
        elif any(f" {part} " in f" {' '.join(t.word for t in label)} " for part in unasked_parts):
            # "Cathode: LFP, carbon-coated" is about a part the checklist does not ask about, up to the
            # sentence's end ("Cathode: NMC811; solid polymer electrolyte" goes on about another part).
            stop = re.search(r"[;.](?=\s|$)", text[label_end:end])
            out += [t for t in value if stop and t.start >= label_end + stop.end()]
        elif all(_UNSTATED.fullmatch(v) and not _REFUSAL_VALUE.search(v) for v in values):
            continue  # "Stack pressure: n/a" says nothing about pressure
        elif all(_NONE.fullmatch(v) or _NONE.fullmatch(re.split(r"\s[-–—]\s|[,;(]", v)[0].strip())
                 for v in values):
            out.append(make("no", label[0].start, end, read=True))  # spans the row: "Stack pressure: none"
            out += label
        else:
            out += [replace(t, label_of=row) for t in label] + [replace(t, value_of=row) for t in value]
    out += tokens[i:]
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _split_row(text: str, start: int, end: int) -> tuple[int, int, list[str]] | None:
    """Where the label of the row ``text[start:end]`` starts and ends, and its value cells; ``None`` for prose."""
    skip = _ROW_PREFIX.match(text[start:end])
    start += skip.end() if skip else 0
    line = text[start:end]
    leader = _LEADER.search(line)
    if leader and "|" not in line and ":" not in line[:leader.start()] and leader.start() <= 60:
        label, value = line[:leader.start()].strip(), line[leader.end():].strip()
        if label and value and _LABEL.fullmatch(label):
            return start, start + leader.end(), [value]
    if "|" in line:
        cells = [(m.start(), m.group(0)) for m in re.finditer(r"[^|]+", line) if m.group(0).strip()]
        if len(cells) < 2 or not _LABEL.fullmatch(cells[0][1].strip()):
            return None
        return start, start + cells[1][0], [c.strip() for _, c in cells[1:]]
    # "Electrolyte family - sorry, that one is confidential": a short label and a spaced dash.
    dash = _SPACED_DASH.search(line)
    if dash and ":" not in line[:dash.start()] and "=" not in line[:dash.start()]:
        label, value = line[:dash.start()].strip(), line[dash.end():].strip()
        if label and value and _LABEL.fullmatch(label) and len(label.split()) <= _DASH_LABEL_WORDS:
            return start, start + dash.end(), [value]
    cut = min((i for i in (line.find(":"), line.find("=")) if i >= 0), default=-1)
    if 0 < cut <= 60 and (cut + 1 == len(line) or line[cut + 1].isspace()):
        label, value = line[:cut].strip(), line[cut + 1:].strip()
        if label and value and _LABEL.fullmatch(label):
            return start, start + cut + 1 + (len(line[cut + 1:]) - len(line[cut + 1:].lstrip())), [value]
    # "Stack pressure n/a": a short label and a placeholder, the separator lost with the table's tabs.
    words = line.split()
    for cut in (1, 2, 3):
        if len(words) > cut and (_UNSTATED.fullmatch(" ".join(words[-cut:]))
                                 or (cut > 1 and _NONE.fullmatch(" ".join(words[-cut:])))):
            value = " ".join(words[-cut:])
            head = line[: line.rstrip().rfind(words[-cut])].strip()
            if _LABEL.fullmatch(head) and value not in ("no",) and len(head.split()) <= _LABEL_WORDS:
                return start, start + line.rstrip().rfind(words[-cut]), [value]
    return None


#: "X is not needed", "X is unnecessary", "does not need X": a denial of X written around it.
_COPULAS = frozenset({"is", "are", "was", "were", "be", "being", "been"})
_NEEDED = frozenset({"needed", "required", "necessary", "used", "applied", "present", "added", "involved"})
_NEED_VERBS = frozenset({"need", "require", "use", "apply", "contain", "needs", "requires", "uses", "applies",
                         "contains", "needed", "required", "used", "applied", "contained"})
_NOT = frozenset({"not", "never", "n't"})
#: What a measurement or report was not ("impedance not measured").
_DONE = frozenset({"measured", "tested", "reported", "recorded", "determined", "evaluated", "assessed", "available",
                   "characterised", "characterized", "yet"})
_DETERMINERS = frozenset({"the", "a", "an", "any", "our", "its", "their", "this", "these", "of"})
_SUBJECT_WORDS = 3


def _read_denials(tokens: list[_Token], make: _Make) -> list[_Token]:
    """Put "no" before what a clause denies, so it reads as "no X": "Stack pressure is not needed",
    "an interlayer is unnecessary", "the cell does not require external pressure"."""
    inserts: dict[int, _Token] = {}
    for i, t in enumerate(tokens):
        clause = [j for j in range(max(i - 6, 0), min(i + 6, len(tokens))) if tokens[j].clause == t.clause]
        words = [tokens[j].word for j in clause]
        at = clause.index(i)
        if t.word in _COPULAS and (
                (at + 2 < len(words) and words[at + 1] in _NOT and words[at + 2] in _NEEDED)
                or (at + 1 < len(words) and words[at + 1] in {"unnecessary", "unneeded", "superfluous"})):
            subject = [j for j in clause[:at] if j < i][-_SUBJECT_WORDS:]
            while subject and tokens[subject[0]].word in _DETERMINERS:
                subject = subject[1:]
            cut = [k for k, j in enumerate(subject) if tokens[j].word in _DETERMINERS]
            if cut:
                subject = subject[cut[-1] + 1:]
            if subject:
                inserts[subject[0]] = make("no", tokens[subject[0]].start, tokens[subject[0]].start, read=True)
        elif (t.word == "not" and at >= 1 and at + 1 < len(words) and words[at + 1] in _DONE
              and words[at - 1] not in _COPULAS):
            # "impedance not measured", "resistance not yet reported": the words before are what was not done.
            subject = [j for j in clause[:at]][-_SUBJECT_WORDS:]
            cut = [k for k, j in enumerate(subject) if tokens[j].word in _DETERMINERS or tokens[j].read]
            if cut:
                subject = subject[cut[-1] + 1:]
            if subject:
                inserts[subject[0]] = make("no", tokens[subject[0]].start, tokens[subject[0]].start, read=True)
        elif t.word in _NEED_VERBS and at >= 1 and (words[at - 1] in _NOT or words[at - 1].endswith("n't")):
            after = [j for j in clause[at + 1:] if tokens[j].word not in _DETERMINERS]
            if after:
                inserts[after[0]] = make("no", tokens[after[0]].start, tokens[after[0]].start, read=True)
    if not inserts:
        return tokens
    out: list[_Token] = []
    for i, t in enumerate(tokens):
        if i in inserts:
            out.append(replace(inserts[i], clause=t.clause, sentence=t.sentence, label_of=t.label_of,
                               value_of=t.value_of))
        out.append(t)
    return out


#: Suffixes of format names ("pouch-type", "coin-size", "prismatic-format"): an alias may skip them.
_SUFFIXES = frozenset({"type", "size", "sized", "format", "style", "shaped", "form", "like"})


#: Articles a negation may be followed by ("without any external pressure" is "without external pressure").
_NEGATED_ARTICLES = frozenset({"any", "a", "an", "the"})


def _read_suffixes(tokens: list[_Token]) -> list[_Token]:
    """Mark a suffix word that follows another word of its clause, and an article after a negation ("without
    any external pressure"), so aliases can be read across them."""
    def skippable(i: int, t: _Token) -> bool:
        if not i or tokens[i - 1].clause != t.clause:
            return False
        return t.word in _SUFFIXES or (t.word in _NEGATED_ARTICLES and tokens[i - 1].word in _NEGATIONS)

    return [replace(t, skippable=True) if skippable(i, t) else t for i, t in enumerate(tokens)]


_SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr "
    "Nb Mo Ru Rh Pd Ag Cd In Sn Sb Te I Cs Ba La Ce Pr Nd Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au "
    "Hg Tl Pb Bi"
)
_ELEMENT_SYMBOLS = frozenset(_SYMBOLS.split())
#: A chemical formula as written: "Li6PS5Cl", "Li6.4La3Zr1.4Ta0.6O12", "Li2S-P2S5", "Li1.3Al0.3Ti1.7(PO4)3".
_FORMULA = re.compile(r"(?<![\w.])\d*[A-Z][A-Za-z0-9.()\-–]*[A-Za-z0-9)]")
#: Elements a formula may have beyond a formula alias's and still be of its kind (dopants, a halogen).
_MAX_EXTRA_ELEMENTS = 2


def formula_elements(raw: str) -> frozenset[str] | None:
    """The elements of a chemical formula ("Li7La3Zr2O12" -> Li, La, Zr, O), or ``None`` when ``raw`` is not
    one: at least two different element symbols and a digit, and nothing but symbols, amounts and brackets."""
    if not _FORMULA.fullmatch(raw) or not any(c.isdigit() for c in raw):
        return None
    symbols = re.findall(r"[A-Z][a-z]?", raw)
    if len(set(symbols)) < 2 or not all(s in _ELEMENT_SYMBOLS for s in symbols):
        return None
    if re.sub(r"[A-Z][a-z]?|[\d.()\-–xyzδ]", "", raw):
        return None
    return frozenset(symbols)


def _read_formulas(text: str, tokens: list[_Token]) -> list[_Token]:
    """One word for each chemical formula in ``text`` (word splitting cuts "Li6.4La3Zr1.4Ta0.6O12" at its
    decimal points), carrying its elements."""
    formulas = [(m.start(), m.end(), found) for m in _FORMULA.finditer(text)
                if (found := formula_elements(m.group(0).rstrip(".-–"))) is not None]
    if not formulas:
        return tokens
    out: list[_Token] = []
    k = 0
    for t in tokens:
        while k < len(formulas) and formulas[k][1] <= t.start:
            k += 1
        if k < len(formulas) and formulas[k][0] <= t.start < formulas[k][1]:
            start, end, elements = formulas[k]
            if out and out[-1].elements is not None and out[-1].start == start:
                continue  # the rest of a formula already read
            word = "".join(fold_words(text[start:end]))
            out.append(replace(t, word=word, start=start, end=end, elements=elements))
        else:
            out.append(t)
    return out


_PERCENT = r"\d+(?:[.,]\d+)?\s*(?:wt|vol|mass|weight|volume)?\.?\s*%"
_KEEP_VERBS = (r"(?:retain\w*|remain\w*|kept|keeps?|keeping|maintain\w*|preserv\w*|holds?|held|still\s+"
               r"(?:delivers?|delivered|has|had|provides?|provided))")
#: Phrases the aliases cannot spell out, and the words they mean. Each pattern has no nested repetition.
_PHRASES: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    # Capacity retention in any words: "retains 91 % of its initial capacity", "88 % of capacity remaining".
    (re.compile(rf"{_KEEP_VERBS}\s+(?:\w+\s+){{0,3}}?{_PERCENT}\s*(?:of\s+)?(?:\w+\s+){{0,3}}?capacity\b",
                re.IGNORECASE), "capacity retention", False),
    (re.compile(rf"(?<![\d.,]){_PERCENT}\s*(?:of\s+)?(?:\w+\s+){{0,3}}?capacity\s+(?:\w+\s+){{0,2}}?"
                r"(?:retain\w*|remain\w*|kept|maintain\w*|preserv\w*|left|retention)\b", re.IGNORECASE),
     "capacity retention", False),
    (re.compile(rf"(?<![\d.,]){_PERCENT}\s*(?:capacity\s+)?(?:retention|retained|remaining|of\s+(?:initial|original|"
                r"rated|nominal)\s+capacity)\b", re.IGNORECASE), "capacity retention", False),
    (re.compile(rf"\b(?:lost|loses|losing|loss\s+of|faded?\s+by)\s+(?:only\s+|just\s+|less\s+than\s+)?{_PERCENT}"
                r"\s*(?:of\s+)?(?:\w+\s+){0,2}?capacity\b", re.IGNORECASE), "capacity retention", False),
    # Resistance growth in any words: "DCIR rose by 12 %", "an increase in impedance of 8 %".
    (re.compile(r"\b(?:resistance|impedance|dcir|asr)\s+(?:\w+\s+){0,2}?(?:rose|rises|rising|increased?|"
                r"increasing|grew|grows|growth|went\s+up|doubled|changed?)\b", re.IGNORECASE),
     "resistance growth", False),
    (re.compile(r"\b(?:increase|rise|growth|change)\s+(?:in|of)\s+(?:\w+\s+){0,2}?(?:resistance|impedance|dcir)\b",
                re.IGNORECASE), "resistance growth", False),
    # A stated fraction of liquid: "contains < 5 wt% liquid electrolyte", "liquid content: 3 %".
    (re.compile(rf"(?<![\d.,])(?P<amount>{_PERCENT})\s*(?:of\s+)?(?:(?:the|an?|residual|added|organic|ionic|"
                r"carbonate|wetting)\s+){0,2}liquids?\b", re.IGNORECASE), "partly liquid", True),
    (re.compile(r"\bliquids?(?:\s+\w+)?\s+(?:content|fraction|share|"
                r"amount|proportion|ratio|loading|volume)\s*(?:of|:|is|=|below|under|less\s+than|<|≤|~|about|"
                rf"approx\.?|only|at\s+most|\s)*\s*(?P<amount>{_PERCENT})", re.IGNORECASE), "partly liquid", True),
    (re.compile(r"\b(?:small|minor|trace|tiny|limited|minimal|little|residual|some)\s+(?:(?:amounts?|quantit(?:y|ies)|"
                r"fractions?|proportions?|traces?|volumes?|share)\s+)?(?:of\s+)?(?:an?\s+|the\s+)?(?:(?:ionic|"
                r"organic)\s+)?liquids?\b", re.IGNORECASE), "partly liquid", True),
    (re.compile(r"\b(?:wetted|wetting|infiltrated|soaked|impregnated)\s+(?:\w+\s+){0,3}?(?:with|by|in)\s+(?:an?\s+|"
                r"the\s+)?(?:\w+\s+){0,5}?liquids?\b", re.IGNORECASE), "partly liquid", True),
    (re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:µl|μl|ul|ml)\s+(?:of\s+)?(?:\w+\s+){0,2}?liquids?\b", re.IGNORECASE),
     "partly liquid", True),
    # A liquid named, then its share by weight or volume: "an ionic-liquid additive, about 3 wt%".
    (re.compile(r"\bliquids?\b(?![\s-]*free)(?:[\s-]+\w+){0,3}?\s*,?\s*(?:about|approx\.?|approximately|around|"
                r"ca\.?|~|only|up\s+to)?\s*(?P<amount>\d+(?:[.,]\d+)?\s*(?:wt|vol|mass|weight|volume)\.?\s*%)",
                re.IGNORECASE), "partly liquid", True),
    # A count of layers is a multilayer build: "a 12-layer stack", "20 layers".
    # (Not a layered material: "a 3-layer separator", "a two-layer coating".)
    (re.compile(r"(?<![\w.,])(?:[2-9]|[1-9]\d{1,2})\s*-?\s*layers?\b(?!\s+(?:[\w-]+\s+)?(?:coatings?|coated|separators?|"
                r"membranes?|films?|interlayers?|structures?|laminates?)\b)", re.IGNORECASE), "multilayer", False),
    # Samples sent out are samples to customers, not volume shipping: "B-samples were shipped to two OEMs".
    (re.compile(r"\bsamples?\s+(?:\w+\s+){0,3}?(?:shipped|delivered|sent|supplied|dispatched|went\s+out|handed\s+over)\b"
                r"|\b(?:shipped|delivered|sent|supplied|dispatched)\s+(?:\w+\s+){0,3}?[\w-]*samples?\b", re.IGNORECASE),
     "samples to customers", False),
)
_ZERO = re.compile(r"0+(?:[.,]0+)?")


def _read_phrases(text: str, tokens: list[_Token], make: _Make) -> list[_Token]:
    """Add the words of :data:`_PHRASES` after each phrase found, spanning it (the evidence quotes the phrase)."""
    added: list[_Token] = []
    starts = [t.start for t in tokens]
    for pattern, words, decisive in _PHRASES:
        for m in pattern.finditer(text):
            if "\n" in m.group(0):
                continue  # lines end claims ("80 % DoD" on one row, "Capacity retention: -" on the next)
            inside = bisect_left(starts, m.start())
            if inside == len(tokens) or tokens[inside].start >= m.end():
                continue  # the phrase's words were dropped (a placeholder row): it says nothing
            if any(a.word == fold_words(words)[0] and a.start < m.end() and m.start() < a.end for a in added):
                continue  # already read by another wording of the same phrase
            meaning = words
            amount = m.groupdict().get("amount")
            if amount is not None and _ZERO.fullmatch(re.sub(r"\D*%$|\s", "", amount.split("%")[0]) or "x"):
                meaning = "liquid free"  # "0 % liquid" is none at all
            last = next((t for t in reversed(tokens) if t.start < m.end()), None)
            base = make("", m.start(), m.end())
            added += [replace(base, word=w, clause=last.clause if last else base.clause, read=True, decisive=decisive,
                              sentence=last.sentence if last else base.sentence)
                      for w in fold_words(meaning)]
    if not added:
        return tokens
    # Each added phrase goes after the last word it spans, its words in order.
    out: list[_Token] = []
    pending = sorted(added, key=lambda t: t.end)
    j = 0
    for t in tokens:
        while j < len(pending) and pending[j].end <= t.start:
            out.append(pending[j])
            j += 1
        out.append(t)
    return out + pending[j:]


#: A cell's resistance named as a measure ("DCIR", "EIS", "internal resistance").
_RESISTANCE_MEASURE = re.compile(r"\b(?:dcir|acir|eis|impedance|asr|(?:internal|dc|ac|area[\s-]specific|interfacial|"
                                 r"ohmic)\s+resistance)\b", re.IGNORECASE)
#: Words that put a measure at the start of life, before any cycling ("DCIR (BOL)", "initial impedance").
_AT_START = re.compile(r"\b(?:bol|beginning[\s-]of[\s-]life|initial|fresh|as[\s-]built|before\s+cycling|pristine)\b",
                       re.IGNORECASE)
#: Words that put a measure after cycling, or say it changed.
_AFTER = re.compile(r"\b(?:after|eol|end[\s-]of[\s-](?:life|test)|growth|grew|increased?|rose|rise|rising|change[ds]?|"
                    r"up|doubled|post)\b", re.IGNORECASE)
#: Words that say a measure's values are not at hand ("ran EIS but I don't have those numbers").
_NO_VALUES = re.compile(r"\b(?:don't|do\s+not|didn't|did\s+not|doesn't|does\s+not|haven't|have\s+not)\s+have\s+"
                        r"(?:(?:the|those|these|any|its|their)\s+)?(?:numbers|data|values|figures|results)\b",
                        re.IGNORECASE)


def _read_unreported_measures(text: str, tokens: list[_Token]) -> list[_Token]:
    """Drop the name of a resistance measure that reports nothing after cycling: measured at the start of life
    ("DCIR (BOL, 50 % SOC): 1.2 mOhm") or named without its values ("we ran EIS but I don't have those
    numbers"). Read per sentence (a datasheet row is one)."""
    drop: set[int] = set()
    by_sentence: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        by_sentence.setdefault(t.sentence, []).append(i)
    for members in by_sentence.values():
        start, end = tokens[members[0]].start, max(tokens[i].end for i in members)
        said = text[start:end].replace("’", "'")
        if not _RESISTANCE_MEASURE.search(said):
            continue
        unreported = (_AT_START.search(said) and not _AFTER.search(said)) or _NO_VALUES.search(said)
        if not unreported:
            continue
        for m in _RESISTANCE_MEASURE.finditer(text, start, end):
            drop |= {i for i in members if m.start() <= tokens[i].start < m.end() and not tokens[i].read}
    return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens


#: Words that say two things are mixed into one material ("particles in a matrix"), not offered as alternatives.
_MIXTURE_WORDS = frozenset({"matrix", "matrice", "filler", "filled", "dispersed", "embedded", "blend", "blended",
                            "reinforced", "incorporated", "loaded", "mixed", "mixture", "infused", "hybridised",
                            "hybridized"})
#: The word an option's alias uses for a mixture of the step's other options.
_MIXTURE_ALIAS = "composite"


def _mixture_hits(step: Step, hits: list[_Hit], tokens: Sequence[_Token]) -> list[_Hit]:
    """A sentence that names two options of a step as mixed into one material ("X particles dispersed in a Y
    matrix") reads as the step's mixture option: the one an alias of which says "composite"."""
    mixture = next((o for o in step.options if any(_MIXTURE_ALIAS in fold_words(a) for a in o.aliases)), None)
    if mixture is None:
        return []
    by_sentence: dict[int, list[_Hit]] = {}
    for hit in hits:
        if hit.option.id != mixture.id and not hit.option.fallback and hit.option.rating != "unknown":
            by_sentence.setdefault(tokens[hit.first].sentence, []).append(hit)
    found = []
    for sentence, named in by_sentence.items():
        if len({h.option.id for h in named}) < 2:
            continue
        cues = [i for i, t in enumerate(tokens) if t.sentence == sentence and t.word in _MIXTURE_WORDS]
        if cues:
            first = min([h.first for h in named] + cues)
            last = max([h.last for h in named] + [c + 1 for c in cues])
            found.append(_Hit(mixture, _MIXTURE_ALIAS, first, last, 100.0, how="mixture"))
    return found


#: Element names that are not "-um" words; a family word after an element name is part of a compound's name.
_ELEMENT_NAMES = frozenset({
    "iron", "cobalt", "nickel", "copper", "zinc", "tin", "silver", "gold", "silicon", "carbon", "boron",
    "manganese", "phosphorus", "sulfur", "sulphur", "antimony", "bismuth", "tungsten", "arsenic", "lead",
    "metal", "metallic", "graphite", "mixed", "transition", "ethylene", "propylene",
})


def _names_element(word: str) -> bool:
    """Whether ``word`` names an element or an organic group ("cobalt", "zirconium", "ethylene", "poly")."""
    return (word in _ELEMENT_NAMES or (len(word) > 4 and word.endswith("um"))
            or word.startswith("poly") or (len(word) > 4 and word.endswith(("ene", "yl"))))


def _mark_compounds(text: str, tokens: list[_Token]) -> list[_Token]:
    """Mark an anion word ("-ide", "-ate") that ends a compound's name: "lithium nickel manganese cobalt
    oxide", "poly(ethylene oxide)", "silicon oxide". No alias may start on it; an alias naming the whole
    compound still matches it (:func:`_find_hits`)."""
    out = list(tokens)
    for i, t in enumerate(tokens):
        if i == 0 or t.read or not t.word.endswith(("ide", "ate")):
            continue
        before = tokens[i - 1]
        between = text[before.end:t.start]
        if not before.read and _names_element(before.word) and not between.strip(" -(") and "\n" not in between:
            out[i] = replace(t, compound=True)
    return out
