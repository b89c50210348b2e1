"""Free text mapped onto the options of a checklist step.

A buyer's answer ("sulphide", "Li metal with a coating", "no external pressure") or a
supplier's pasted text is matched against each option's aliases with rapidfuzz, with
negation, fallback and dominance rules that are documented in ``knowledge/README.md``.
"No match" is a return value (:class:`StepMatch` with ``option=None``), not an error.

The text is read into tokens by :mod:`.reading` (on the model of :mod:`.tokens`); a supplier's explicit
refusals come from :mod:`.refusals`. This module finds the aliases among the tokens and weighs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile

from rapidfuzz import fuzz, process

from advisor.checklist.measurement import Measurement
from advisor.checklist.reading import (
    MAX_EXTRA_ELEMENTS,
    MIXTURE_ALIAS,
    RULE_LINE,
    formula_elements,
    line_spans,
    mixture_hits,
    slash_items,
    slow_rate_spans,
    tokenise,
)
from advisor.checklist.refusals import Refusal, find_refusals, names_topic, step_topics
from advisor.checklist.spec import RATINGS, Option, Step
from advisor.checklist.tokens import NEGATIONS, Hit, Token
from advisor.text import fold_words

__all__ = ["FUZZY_CUTOFF", "StepMatch", "match_step", "match_steps"]

#: rapidfuzz similarity (0-100) a window of the text needs to count as an alias.
FUZZY_CUTOFF = 90.0
#: Aliases this short ("rt", "car", "psi") must match exactly: one typo makes another word.
_EXACT_ONLY_CHARS = 4
#: rapidfuzz similarity (0-100) each word of a fuzzy match needs to its alias's word: "retension" (89) is a typo of
#: "retention", "figure" (77) is no "fixture".
_WORD_CUTOFF = 80.0

#: How many words before an alias a negation still applies to ("no external stack pressure").
_NEGATION_REACH = 3
_NEGATING_PREFIXES = ("un", "non", "in", "im", "dis")
#: Words joining alternatives, over which a negation reaches again ("no coating or interlayer").
_ALTERNATIVES = frozenset({"or", "nor"})


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


def _windows_of(size: int, tokens: Sequence[Token], windows: _WordWindows) -> dict[str, list[tuple[int, int]]]:
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
    # The same words in another order say something else ("free liquid" is no "liquid free"), and so do words close to
    # them in another order: "the cell stack" of a module is no "stacked cell".
    return [(text, float(score)) for text, score, _ in close if _close_enough(sorted(words), sorted(text.split()))
            and _close_enough(list(words), text.split())
            and not (sorted(words) == sorted(text.split()) and list(words) != text.split())]


def _find_hits(step: Step, tokens: Sequence[Token], windows: _WordWindows,
               results: set[int] | None = None, foreign_rows: frozenset[int] = frozenset(),
               own_rows: frozenset[int] = frozenset(),
               borrowed: Mapping[int, frozenset[str]] | None = None,
               formulas: Collection[frozenset[str]] = (),
               denied_questions: frozenset[int] = frozenset(), source: str = "") -> list[Hit]:
    """Every alias of every option found in ``tokens`` and not negated, exact or within :data:`FUZZY_CUTOFF`.

    ``windows`` caches the text's word windows by size; share it between steps. Not counted: an
    alias that starts on a family word inside a compound's name ("oxide" in "lithium cobalt oxide"),
    a quality praised in marketing words ("lightning-fast charging"), a plan ("mass production is
    planned for 2027", unless the option is the step's option for plans), an intended use outside a
    sentence reporting results (``results``: "the ideal choice for electric vehicles" is a market,
    not a vehicle test), and a datasheet row's label where the row's value speaks to the same step
    ("Stack pressure: ambient pressure"). Plans and intended uses are read only in a supplier's text
    (``results`` given: the sentences that report results); a buyer's answer reports what was said. Nor is a
    plan in a datasheet row about another step (``foreign_rows``: "Anode | graphite (Li metal: roadmap 2028)" is
    the anode's roadmap, not the product's), nor anything in such a row where a row about this step
    (``own_rows``: its label names this step's subject alone) states an option of it. ``source`` is the text the
    tokens were read from (where its sentences end).
    """
    supplier = results is not None
    results = results or set()
    hits: list[Hit] = []
    for option in step.options:
        for alias in option.wordings:
            words = fold_words(alias)
            if words and len(words) <= len(tokens):
                by_text = _windows_of(len(words), tokens, windows)
                for text, similarity in _similar_windows(words, by_text):
                    hits += [Hit(option, alias, first, last, similarity,
                                  how="denied" if _denied(tokens, first, last) else
                                  "intended" if supplier and _intended(tokens, first, results) else "words")
                             for first, last in by_text[text]
                             # (A measure said never to have been taken keeps its hit, marked, whatever negates it:
                             # "we did not measure internal resistance" denies that option, not just this mention.)
                             if (_denied(tokens, first, last) or not _negated(tokens, first))
                             and not _free_of(tokens, last) and not tokens[first].compound
                             and not _praised(tokens, first, words)]
            elements = formula_elements(alias)
            if elements is not None:
                # A formula is read as the formula alias closest to it: not as one whose elements another of
                # ``formulas`` (every formula alias of the checklist) holds with more of the formula's own
                # ("Li0.33La0.56TiO3" is LLTO, an oxide, not Li4Ti5O12 with lanthanum added).
                hits += [Hit(option, alias, i, i + 1, 100.0, how="formula") for i, t in enumerate(tokens)
                         if t.elements is not None and elements <= t.elements
                         and len(t.elements - elements) <= MAX_EXTRA_ELEMENTS and not _negated(tokens, i)
                         and not any(elements < f <= t.elements for f in formulas)]
    plans = [o for o in step.options if any(w in _FUTURE for a in o.aliases for w in fold_words(a))]
    if supplier:
        # A plan for another option ("SOP planned 2028") is a roadmap: the step's option for plans, where it has
        # one. An offer ("samples can ship within four weeks") is neither a fact nor a plan.
        # Nor is what the product is compared with ("lighter than gel or lead-acid batteries") anything it is.
        hits = [h for h in hits if not _offered(tokens, h.first) and not _posed(tokens, h)
                and not _compared_with(tokens, h)
                and not _word_before(tokens, h.first, _DISMISSING, _DISMISS_REACH)
                and not _word_before(tokens, h.first, _SURMISING, _SURMISE_REACH)]
        read: list[Hit] = []
        for h in hits:
            if h.how == "intended":
                # What a product is meant for is no fact about it; for a step with an option for plans, being
                # meant or ready for it ("ready for mass production") is a plan.
                if plans and h.option not in plans and h.option.rating != "unknown":
                    read.append(replace(h, option=plans[0], how="plan"))
            elif h.option in plans or h.option.rating == "unknown" or not (
                    _planned(tokens, h) or (plans and _dated_noun(tokens, h))):
                read.append(h)
            elif plans:
                read.append(replace(h, option=plans[0], how="plan"))
        hits = [h for h in read if h.option not in plans or _row(tokens[h.first]) not in foreign_rows]
        # A wording that only qualifies the fallback option ("coated", "interlayer") says nothing of this step
        # where the text never names the fallback option: a coated separator is no protected anode.
        # (Nor where it names it only in a question its answer denies: "Do you use lithium metal?" "No lithium foil
        # at all. ... A thin interlayer on the copper helps it plate evenly.")
        naming = [h for h in hits if h.option.fallback and tokens[h.first].sentence not in denied_questions]
        if not naming:
            hits = [h for h in hits if h.alias not in h.option.qualifying]
        # Nor far from where the text names the fallback option: "cells made from one coating roll" coats no lithium
        # named in another paragraph. Near is its row, or its sentence or the one either side ("a lithium-metal anode.
        # A polymer interlayer between the lithium and the electrolyte ...").
        # (Words read from a phrase are placed by the phrase's own words.)
        spans = [(tokens[h.first].start, max(tokens[i].end for i in range(h.first, h.last))) for h in naming]
        named = {(t.sentence, _row(t)) for t in tokens for a, b in spans if a <= t.start < b}
        hits = [h for h in hits if h.alias not in h.option.qualifying or any(
            abs(s - tokens[h.first].sentence) <= 1 or (r >= 0 and r == _row(tokens[h.first])) for s, r in named)]
        # Nor does such a wording in a clause about a part no step asks about: "NMC cathode w/ LiNbO3 coating"
        # coats the cathode, whatever anode the text names beside it.
        hits = [h for h in hits if h.alias not in h.option.qualifying or not tokens[h.first].other_part]
        # A layer named in a clause about a part no step asks about is that part's layer ("a thin buffer film (5 nm)
        # on the cathode particles"), no layer that keeps the cell's contact in place of stack pressure, unless its
        # sentence says what the layer does for the cell's contact or speaks of this step in another option's words ("a
        # soft layer on the cathode side keeps contact", "... instead of clamping").
        def own_layer(h: Hit) -> bool:
            beside = _CONTACT_WORDS | frozenset(
                w for o in step.options if o.rating != "unknown" and o is not h.option for a in o.aliases
                for w in fold_words(a) if len(w) > _EXACT_ONLY_CHARS and w not in NEGATIONS)
            # (Its sentence, and the words right after it that no full stop parts from it, which a line's wrap may have
            # put in a sentence of their own: "... buffer layer between electrolyte and cathode" over "maintains
            # contact".)
            sentence = tokens[h.first].sentence
            said_after = tokens[h.last - 1].end
            return not any(t.word in beside for k, t in enumerate(tokens) if t.sentence == sentence or (
                h.last <= k < h.last + _CONTACT_REACH and not _FULL_STOP.search(source, said_after, t.start)))

        hits = [h for h in hits if not (tokens[h.first].other_part and _names_layer(h.alias) and own_layer(h))]
        # Nor one that says it guards against the weather or the workshop: "a protective coating against road salt"
        # protects a housing, not the anode.
        hits = [h for h in hits if h.alias not in h.option.qualifying or not _guards_against_surroundings(tokens, h)]
        # Nor a participle before another noun than the anode: "epoxy-coated steel drums" coats the drums the lithium
        # is stored in (not "coated lithium foil").
        fallback_words = frozenset(w for o in step.options if o.fallback for a in o.aliases for w in fold_words(a))
        hits = [h for h in hits if h.alias not in h.option.qualifying
                or not _coats_another_noun(tokens, h, fallback_words)]
        # A wording that qualifies another step's option, in a row about that step, is that step's: "Anode: Li metal,
        # protected by an interlayer" names the anode's protection, not what replaces stack pressure.
        # (Unless its own sentence says something of this step beside it: "That interlayer is why we don't clamp the
        # cells", in the answer about the anode, is why no pressure is needed.)
        def lent(h: Hit) -> bool:
            return " ".join(fold_words(h.alias)) in (borrowed or {}).get(_row(tokens[h.first]), ())

        own_sentences = {tokens[h.first].sentence for h in hits if not lent(h) and h.option.rating != "unknown"}
        hits = [h for h in hits if not lent(h) or tokens[h.first].sentence in own_sentences]
    if supplier:
        # The mixture's own word alone in a row about another step's part ("Anode: Si/C composite") says how that part
        # is made, not the step's mixture.
        hits = [h for h in hits if not (h.how == "words" and _row(tokens[h.first]) in foreign_rows
                                        and " ".join(fold_words(h.alias)).startswith(MIXTURE_ALIAS)
                                        and len(fold_words(h.alias)) == 1)]
    # (Not a refusal's word set before a thing it names, "a proprietary silver-carbon interlayer": an adjective of
    # the thing, which the label's words still answer.)
    # (Nor a measure the value says was never taken: "Retention after 800 cycles: 87 %. EIS was not performed." denies
    # the resistance, and the label's retention still answers.)
    answered_rows = {tokens[h.first].value_of for h in hits
                     if not _attributive(tokens, h) and h.how != "denied"} - {-1}
    # A row's label that names the mixture ("Composite electrolyte: LLZO particles in PEO") still says how the
    # families its value names are combined, though the value answers the step.
    labelled = hits
    hits = [h for h in hits if not all(tokens[i].label_of in answered_rows for i in range(h.first, h.last))]
    if supplier and {tokens[h.first].value_of for h in hits if h.option.rating != "unknown"} & own_rows:
        # Where a row answers this step, a row about another step is no evidence for it: "B-samples delivered"
        # under the questionnaire's manufacturing question says nothing of the format its results came from.
        hits = [h for h in hits if _row(tokens[h.first]) not in foreign_rows]
    return hits + mixture_hits(step, labelled, tokens)


#: Words that say what a layer does for the cell's contact ("keeps contact", "instead of end plates").
_CONTACT_WORDS = frozenset(fold_words("contact contacts instead replaces replace replacing"))
#: What ends a sentence of prose (not a line's wrap).
_FULL_STOP = re.compile(r"[.!?;](?=\s|$)")
#: How many words after a layer may say so.
_CONTACT_REACH = 6
#: The last words of a wording that names a layer of the cell ("wetting layer", "interlayers", "interface coating").
_LAYER_WORDS = frozenset(fold_words("layer layers interlayer interlayers coating coatings film films"))


def _names_layer(alias: str) -> bool:
    """Whether ``alias`` names a layer, by its last word."""
    words = fold_words(alias)
    return bool(words) and words[-1] in _LAYER_WORDS


#: Words that open a noun phrase, so that a word after them qualifies the noun ("a proprietary interlayer").
_DETERMINERS = frozenset(fold_words("a an the our its their this each every"))
def _names_window(tokens: Sequence[Token], hit: Hit, measurements: Sequence[Measurement]) -> bool:
    """Whether ``hit`` is in the clause of a window the text spans (a measurement marked as one end of it)."""
    clause = tokens[hit.first].clause
    return any(m.window and m.span is not None and any(
        t.clause == clause and m.span[0] <= t.start < m.span[1] for t in tokens) for m in measurements)


#: Nouns a refusal's adjective withholds ("proprietary information", "confidential data").
_WITHHELD_NOUNS = frozenset(fold_words("information info data details detail figures numbers"))


def _attributive(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` is a one-word wording of the step's unknown option set between a determiner and a word of its
    clause that is no information withheld ("a proprietary silver-carbon interlayer", not "our proprietary
    information"): an adjective of the thing named, no refusal of the row."""
    after = tokens[hit.last] if hit.last < len(tokens) else None
    before = tokens[hit.first - 1] if hit.first > 0 else None
    return (hit.option.rating == "unknown" and hit.length == 1 and after is not None and before is not None
            and not after.read and before.word in _DETERMINERS and before.clause == tokens[hit.first].clause
            and after.clause == tokens[hit.first].clause and after.value_of == tokens[hit.first].value_of
            and after.word not in _WITHHELD_NOUNS)


#: An answer's mark before its words ("A: ...", "Answer: ..."), a clause of its own.
_ANSWER_MARK_WORDS = frozenset(fold_words("a answer reply response"))
#: Words that open an answer denying what its question asks ("No lithium foil at all", "Nope", "Not at all").
_DENYING = frozenset(fold_words("no nope not never none"))


def _denied_questions(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """The sentences that are questions put outright (ending on "?") whose answer opens by denying them: "Q: Do you use
    lithium metal?" "A: No lithium foil at all." The answer is the value of the row the question labels, else the
    next sentence."""
    sentences: dict[int, list[Token]] = {}
    for t in tokens:
        if not t.read:
            sentences.setdefault(t.sentence, []).append(t)
    order = sorted(sentences)
    found: set[int] = set()
    for n, number in enumerate(order):
        said = sentences[number]
        if not text[said[-1].end:said[-1].end + 3].lstrip(" \"'”’)").startswith("?"):
            continue
        label = said[-1].label_of
        answer = ([t for t in tokens if t.value_of == label and not t.read] if label >= 0
                  else sentences[order[n + 1]] if n + 1 < len(order) else [])
        # (Past the answer's mark, a clause of its own: "A: No ...".)
        while len(answer) > 1 and answer[0].word in _ANSWER_MARK_WORDS and answer[1].clause != answer[0].clause:
            answer = answer[1:]
        if answer and answer[0].word in _DENYING:
            found.add(number)
    return frozenset(found)


def _denied(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words ``first``..``last`` name a measure the text says was never taken."""
    return any(tokens[i].denied for i in range(first, last))


def _answers(token: Token, rows: frozenset[int]) -> bool:
    """Whether ``token`` is in the answer of one of ``rows`` (its value, or a denial read over its question)."""
    return token.value_of in rows or (token.read and token.label_of in rows)


def _elsewhere(words: Sequence[Token], rows: frozenset[int]) -> bool:
    """Whether ``words`` are the text's own words outside ``rows`` (prose, or rows about something else)."""
    return bool(words) and all(_row(t) not in rows and not t.read for t in words)


def _row(token: Token) -> int:
    """The datasheet row ``token`` is in (its label or its value), or -1."""
    return token.label_of if token.label_of >= 0 else token.value_of


def _rows_naming(steps: Sequence[Step], tokens: Sequence[Token],
                 topics: Mapping[str, frozenset[str]]) -> dict[int, frozenset[str]]:
    """For each datasheet row (or questionnaire question), the ids of the steps whose subject its label names."""
    labels: dict[int, list[str]] = {}
    for t in tokens:
        if t.label_of >= 0 and not t.read:
            labels.setdefault(t.label_of, []).append(t.word)
    return {row: frozenset(s.id for s in steps if any(names_topic(w, topics.get(s.id, frozenset())) for w in words))
            for row, words in labels.items()}


#: Words that say what follows is all a supplier gives ("they only call it X", "just says X").
_ALL_THERE_IS = frozenset({"only", "just", "merely", "simply", "solely"})


#: Words that introduce an intended use, a market or a capability ("designed for", "ideal for", "supports").
_PURPOSE = frozenset({
    "for", "ideal", "designed", "intended", "suited", "suitable", "aimed", "aiming", "targeting", "targets",
    "target", "targeted", "toward", "towards", "tailored", "optimised", "optimized", "geared", "ready",
    # What a product is able to do is a capability, not the condition a result was measured at ("supports 4C fast
    # charging", "capable of high-rate operation").
    "support", "supports", "supporting", "enable", "enables", "enabling", "allow", "allows", "allowing", "capable",
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
    # A target date is a plan ("SOP is targeted for 2029").
    "targeted", "targeting",
    # What is still being explored or researched is not there yet ("exploring sulfide electrolytes in a project").
    "exploring", "explore", "explores", "researching", "investigating",
    # What is on a roadmap is planned ("series production is on our roadmap for 2028").
    "roadmap",
})
#: Words of :data:`_FUTURE` that plan their own clause only: a row's "(Li-metal anode: Gen 3 roadmap)" plans the
#: lithium metal it names, not the "SiOx / graphite blend" the row states before it.
_CLAUSE_PLANS = frozenset({"roadmap"})
#: A span of time that "next" dates into the future ("mass production starts next year").
_TIME_AHEAD = frozenset({"year", "quarter", "month", "week", "spring", "summer", "autumn", "fall", "winter", "season"})
#: Nouns of building a plant, which a plan in the clause after a plant's name qualifies ("our pilot line; construction
#: is planned for 2027").
_BUILDING_NOUNS = frozenset({"construction", "commissioning", "installation", "build", "ramp"})
#: A row's label saying its value is a plan ("Roadmap: 2027 pilot line", "Next steps | gigafactory 2030").
_PLAN_LABELS = frozenset(fold_words("roadmap outlook timeline plan milestone"))
#: A plan label that is also an event once it is reached, and the words before it in a label that make it one: a
#: heading "Milestone: pilot line 2027" schedules, but "A big milestone: we shipped ..." or "Another milestone: ..."
#: announces what has happened (a schedule's item is not introduced with an indefinite article).
_REACHED_LABELS = frozenset({"milestone"})
_INDEFINITE = frozenset({"a", "an", "another"})


def _plan_label(tokens: Sequence[Token], row: int) -> bool:
    """Whether the label of datasheet row ``row`` says its value is a plan (a word of :data:`_PLAN_LABELS`, not
    one of :data:`_REACHED_LABELS` after an indefinite article)."""
    label = [t.word for t in tokens if t.label_of == row and not t.read]
    return any(w in _PLAN_LABELS and not (w in _REACHED_LABELS and _INDEFINITE.intersection(label[:n]))
               for n, w in enumerate(label))


def _posed(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` is one of the alternatives of an open question, "whether X or Y" or "Is it X or Y?", or what
    someone asks for ("they want the yield"), in its clause: nothing of it is stated."""
    clause = tokens[hit.first].clause
    before = [t.word for t in tokens[max(hit.first - _POSED_REACH, 0):hit.first] if t.clause == clause]
    after = [t.word for t in tokens[hit.last:hit.last + _POSED_REACH] if t.clause == clause]
    if _REQUESTING.intersection(before[-_REQUEST_REACH:]):
        return True  # what a buyer wants to know ("they want yield from the line") is asked, not stated
    if _demanded(tokens, hit.first):
        return True
    if _requested_in_list(tokens, hit.first):
        return True
    if _made_out(before):
        return True
    if "whether" in before:
        return "or" in before[before.index("whether"):] or "or" in after
    # A question put outright ("Is it X or Y?", "Does it use X or Y?") poses its alternatives as well.
    opening = next((t for t in tokens if t.sentence == tokens[hit.first].sentence and not t.read), None)
    return opening is not None and opening.word in _ASKING and opening.clause == clause and (
        "or" in before or "or" in after)


_POSED_REACH = 12
#: Verbs of making something out, and the words after which what follows is what is to be made out ("couldn't tell
#: if there is any gel", "not sure whether it is clamped"): no claim of it.
_MAKING_OUT = frozenset(fold_words("tell know sure unclear determine see judge"))
_EMBEDDED = frozenset({"if", "whether"})


def _made_out(before: Sequence[str]) -> bool:
    """Whether the words ``before`` a hit in its clause end in a question of making something out: a verb of
    :data:`_MAKING_OUT` right before "if" or "whether"."""
    return any(w in _EMBEDDED and n > 0 and before[n - 1] in _MAKING_OUT for n, w in enumerate(before))
#: Words that open a question asking for something named in it ("What capacity and DCIR did they have?"), how many
#: words may come between them and it, and verbs after which it is taken for granted instead.
_ASKING_FOR = frozenset({"what", "which"})
_ASKED_REACH = 3
#: Words that open an answer affirming what was asked.
_AFFIRMING = frozenset({"yes", "yep", "yeah", "correct", "absolutely", "indeed", "definitely", "certainly"})
#: The most words a question of a bare noun has ("Stack pressure?", "Test temperature and rate?").
_BARE_QUESTION_WORDS = 4
#: Words that join a question's later clause to its first ("..., and what stack pressure?").
_JOINING = frozenset({"and", "or", "also", "plus"})
_ASKING_VERBS = frozenset(fold_words("is are was were does do did has have can will makes make sets set gives give "
                                     "lets let keeps keep"))


def _asked(tokens: Sequence[Token], text: str, hit: Hit) -> bool:
    """Whether ``hit`` is in a question that states nothing of it: one asking for something ("What capacity and DCIR
    did those cells have?"), or one putting alternatives over two clauses ("Is it fully solid, or is there liquid in
    it?")."""
    first = tokens[hit.first]
    if first.read:
        return False
    said = _without_speaker(text, [t for t in tokens if t.sentence == first.sentence and not t.read])
    cell = _table_cell(text, first.start)
    if cell is not None and text[cell[0]:cell[1]].rstrip().endswith("?"):
        # A table's cell holding a question ("| Is stack pressure needed? | ... |") is a sentence of its own: the
        # answer in the cells beside it is not part of what it asks.
        said = [t for t in said if cell[0] <= t.start < cell[1]]
        if said and said[0].word in _ASKING and first in said:
            # A yes-or-no question put in a cell ("Is stack pressure needed?") states nothing of what it names; the
            # answer in the cells after it does, unless it affirms it ("Yes, 2 MPa").
            answer = next((t for t in tokens if t.start >= cell[1] and not t.read), None)
            return answer is None or answer.word not in _AFFIRMING
    # (From the sentence's start: the quote mark may come before the speaker's colon set aside, right after it.)
    opened = next(t.start for t in tokens if t.sentence == first.sentence)
    quoted = _quoted_question(text, said, first, opened) if said else []
    if quoted:
        # A question quoted inside a sentence ('Question I get a lot: "what is the retention?" Honestly, ...') is
        # asked from its opening quote mark to its question mark, not over the whole sentence.
        said = quoted
    elif not said or not text[said[-1].end:said[-1].end + 3].lstrip(" \"'”’)").startswith("?"):
        return False
    named = [t for t in _slash_item(text, said, first) if not t.word.isdigit()]
    if len(named) <= _BARE_QUESTION_WORDS and not _ASKING_VERBS.intersection(t.word for t in named):
        # A bare noun asked about ("Stack pressure?", "5) Anode?") is a question, and states nothing, unless the answer
        # after it affirms it ("All-solid-state? Yes, fully.").
        answer = next((t for t in tokens if t.sentence == first.sentence + 1 and not t.read), None)
        return answer is None or answer.word not in _AFFIRMING
    if _asks_why_missing(said, first):
        return True
    clause = [t for t in said if t.clause == first.clause]
    if not clause:
        # The hit is in what _without_speaker set aside (the speaker's name before the question): not asked.
        return False
    if len(clause) > 1 and clause[0].word in _JOINING and clause[1].word == _HOW:
        clause = clause[1:]  # ("..., and how did the impedance evolve?")
    if clause[0].word == _HOW and _asked_how(clause, first):
        return True
    if len(clause) > 1 and clause[0].word in _JOINING and clause[1].word in _ASKING_FOR:
        # A question's later clause asks for its own thing ("Which format was that, and what stack pressure?").
        clause = clause[1:]
    elif len(clause) > 2 and clause[0].word in _JOINING and clause[1].word in _QUALIFYING and (
            clause[2].word in _ASKING_FOR):
        # So does one whose question word follows a preposition ("Which anode, and with which protection concept?").
        clause = clause[2:]
    if clause[0].word in _ASKING_FOR:
        # What is asked for follows the question word closely ("What capacity and DCIR ..."); a thing named after a
        # verb is what the question takes for granted ("What makes our all-solid-state cell safer?").
        # A later item of what is asked for, joined to the one before by "and" or "or", is asked for too ("What
        # about the retention after cycling and DCIR?").
        between = [t.word for t in clause[1:] if t.start < first.start]
        if between and between[0] in _COPULAS_ASKED:
            # A copula right after the question word asks for what follows it ("What is the retention?"); it is no
            # verb taking that thing for granted.
            between = between[1:]
        return (len(between) <= _ASKED_REACH or between[-1] in _ALTERNATIVES | {"and"}) and not (
            _ASKING_VERBS.intersection(between))
    if clause[0].word in _ASKING and any(t.word == "or" for t in clause):
        # A question's later clause put outright poses its alternatives, as one opening the sentence does ("Can you
        # tell us what's in the cell - is there any liquid or gel phase?").
        return True
    # "Is it X, or is there Y?": a question put outright whose next clause opens with "or".
    opening = said[0]
    return opening.word in _ASKING and opening.clause == first.clause and any(
        t.word == "or" and t.clause == first.clause + 1 and (k == 0 or said[k - 1].clause != t.clause)
        for k, t in enumerate(said))


def _slash_item(text: str, said: Sequence[Token], first: Token) -> list[Token]:
    """The item of the question ``said`` that holds ``first``, where spaced slashes part its items ("Capacity / how
    many Ah per cell?" asks for the capacity and for a figure of it, each a question of its own); all of ``said``
    where none does."""
    spans = slash_items(text, said[0].start, said[-1].end) if said else []
    item = next(((a, b) for a, b in spans if a <= first.start < b), None)
    if item is None or len(spans) < 2:
        return list(said)
    return [t for t in said if item[0] <= t.start < item[1]]


#: The question word of cause, and the auxiliaries it opens a question of something missing with.
_WHY = "why"


def _asks_why_missing(said: Sequence[Token], first: Token) -> bool:
    """Whether ``first`` is in the opening clause of a question asking why something is not so ("Why doesn't the
    KX-3 datasheet list stack pressure?", "Why isn't the test temperature given?"): it names what is missing and
    states nothing of it, however many words (a product code) stand between the negation and it."""
    return (len(said) > 1 and said[0].word == _WHY and said[0].clause == first.clause
            and (said[1].word.endswith("n't") or said[1].word in NEGATIONS
                 or (len(said) > 2 and said[2].word in NEGATIONS)))


#: The question word of manner and amount, the words after it that ask for an amount ("how much capacity"), and verbs
#: of change that ask how what they follow changed ("how did the impedance evolve?").
_HOW = "how"
_AMOUNT = frozenset(fold_words("much many"))
_CHANGING = frozenset(fold_words("evolve evolved change changed develop developed grow grew rise rose increase "
                                 "increased drift drifted behave behaved"))


def _asked_how(clause: Sequence[Token], first: Token) -> bool:
    """Whether ``first`` is what a "how" question's ``clause`` asks about: the amount it asks for ("How much capacity
    was left?"), a few words after "how much" or "how many" with no verb between, or what it asks the change of ("how
    did the impedance evolve?"), the subject of a verb of change. (Not what a question of manner takes for granted:
    "How do our cells run without pressure?" asks how, and says they do.)"""
    between = [t.word for t in clause[1:] if t.start < first.start]
    if between and between[0] in _AMOUNT:
        return len(between) <= _ASKED_REACH and not _ASKING_VERBS.intersection(between)
    after = [t.word for t in clause if t.start > first.start]
    return (bool(between) and between[0] in _ASKING_VERBS and len(between) <= _ASKED_REACH
            and any(w in _CHANGING for w in after[:_ASKED_REACH]))


#: The most words a chat turn's speaker and time take before the colon ("Mia Keller [09:22]:"), and the colon (not a
#: time's: "09:22").
_SPEAKER_WORDS = 6
_SPEAKER_COLON = re.compile(r":\s")


#: Copulas that, right after a question word, ask for the thing after them ("What is the retention?").
_COPULAS_ASKED = frozenset(fold_words("is are was were"))
#: Double quote marks that open a quoted question, and those that close it right after its question mark (not an
#: apostrophe: "doesn't" opens no quote).
_OPENING_QUOTES = "\"“"
_CLOSING_QUOTES = "\"”"


def _quoted_question(text: str, said: Sequence[Token], first: Token, opened: int) -> list[Token]:
    """The words of the question ``first`` is in where it is quoted inside its sentence (which opens at ``opened``): a
    question mark and a closing quote mark after ``first``, an opening quote mark before it; the words of ``said``
    between them. Empty otherwise."""
    span = text[first.end:said[-1].end + 2]
    ends = [span.find("?" + q) for q in _CLOSING_QUOTES if span.find("?" + q) >= 0]
    if not ends:
        return []
    end = first.end + min(ends)
    opening = max(text.rfind(q, opened, first.start) for q in _OPENING_QUOTES)
    if opening < 0:
        return []
    return [t for t in said if opening < t.start < end]


def _table_cell(text: str, at: int) -> tuple[int, int] | None:
    """The span of the table cell (text between "|" marks on one line) holding the character at ``at``; ``None`` where
    its line has no "|"."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if "|" not in text[line_start:line_end]:
        return None
    start = text.rfind("|", line_start, at) + 1 or line_start
    end = text.find("|", at, line_end)
    return start, line_end if end < 0 else end


def _without_speaker(text: str, said: list[Token]) -> list[Token]:
    """``said`` without the speaker a chat turn opens with ("Mia Keller [09:22]: Stack pressure?" asks "Stack
    pressure?"): the words up to the first colon, where a few words come before it."""
    for k in range(min(len(said) - 1, _SPEAKER_WORDS)):
        if _SPEAKER_COLON.search(text, said[k].end, said[k + 1].start):
            return said[k + 1:]
    return said


#: Words of asking for something, and how many words before it they still ask for it ("they want the yield").
_REQUESTING = frozenset(fold_words("want wants wanted ask asks asking asked request requests requesting requested "
                                     "wonder wondering"))
_REQUEST_REACH = 5
#: Verbs of demanding in the imperative, which opening a clause make what follows a demand ("Require impedance after
#: cycling, not only capacity", "Request the yield data"): asked for, not stated. (Not "requires", a statement.)
_DEMANDING = frozenset(fold_words("require request demand insist"))


def _demanded(tokens: Sequence[Token], first: int) -> bool:
    """Whether the clause of ``first`` opens, before it and past a list's number, on an imperative of
    :data:`_DEMANDING`."""
    clause = tokens[first].clause
    opening = next((t for t in tokens[:first] if t.clause == clause and not t.read and not t.word.isdigit()), None)
    return opening is not None and opening.word in _DEMANDING


#: Verbs of needing, which the writer's own "we need the ..." makes a request for what the list after them names.
_NEEDING = frozenset(fold_words("need needs require requires"))
_ASKERS = frozenset(fold_words("we i"))
#: Words a noun phrase of a list opens with ("the route, the anode, the test temperature and your yield").
_LIST_OPENERS = frozenset(fold_words("the your a an its their any and"))
#: The most words one item of such a list has ("the format behind your 600-cycle figure").
_LIST_ITEM_WORDS = 8
#: Prepositions between a verb of asking and what it asks for ("asked for the yield").
_ASKED_FOR = frozenset(fold_words("for about"))


def _requested_in_list(tokens: Sequence[Token], first: int) -> bool:
    """Whether token ``first`` is in a list of noun phrases that a request opens ("we need the route, the anode, the
    test temperature and your yield", "they asked for the format, the pressure and the yield"), in its sentence and
    after it: each item is asked for, none stated. The items are parted by commas, each opens on an article or a
    possessive and is a few words long (a clause with a verb of its own goes on to say something else)."""
    t = tokens[first]
    said = [(k, u) for k, u in enumerate(tokens) if u.sentence == t.sentence and not u.read and k < first]
    for n, (k, u) in enumerate(said):
        asked = u.word in _REQUESTING or (u.word in _NEEDING and n > 0 and said[n - 1][1].word in _ASKERS)
        # (What is asked for may follow a preposition: "asked for the format, ...".)
        opens = k + 2 if k + 2 < len(tokens) and tokens[k + 1].word in _ASKED_FOR else k + 1
        opener = tokens[opens] if opens < len(tokens) else None
        if asked and opener is not None and _list_mark(tokens, opens) and opener.sentence == t.sentence:
            # A list numbered in brackets after the verb ("The buyer asked (1) which temperature, (2) the DCIR, ...")
            # asks for every item, whatever each says, to its sentence's end.
            return True
        if not asked or opener is None or opener.clause != u.clause or opener.word not in _LIST_OPENERS - {"and"}:
            continue
        items = range(u.clause + 1, t.clause + 1)
        if all(_list_item(tokens, clause) for clause in items):
            return True
    return False


def _list_mark(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a list's mark, a number or a letter standing alone between the brackets or marks that
    part it from the words around it ("(1)", "a)"): a clause of that word only."""
    mark = tokens[k]
    beside = [tokens[j] for j in (k - 1, k + 1) if 0 <= j < len(tokens)]
    return (not mark.read and ((mark.word.isdigit() and len(mark.word) <= 2) or len(mark.word) == 1)
            and all(u.clause != mark.clause for u in beside))


def _list_item(tokens: Sequence[Token], clause: int) -> bool:
    """Whether the clause ``clause`` is a short noun phrase of a list: it opens on an article, a possessive or "and",
    has at most :data:`_LIST_ITEM_WORDS` words and no verb (one with a verb says something of its own)."""
    words = [u for u in tokens if u.clause == clause and not u.read]
    return (bool(words) and words[0].word in _LIST_OPENERS and len(words) <= _LIST_ITEM_WORDS
            and not _ASKING_VERBS.intersection(u.word for u in words))


#: Words that open a question put outright: a verb before its subject.
_ASKING = frozenset(fold_words("is are was were does do did has have can will"))


#: Question words that ask for something not yet named ("What ...?", "How ...?"): a question with one asks for it, or
#: is rhetorical ("Why does our cell last 2,000 cycles? ..."), and guesses at no answer.
_WH_WORDS = frozenset(fold_words("what which why how where when who whose whom"))


#: Marks after which a new line or chat turn opens ("[09:26] Priya: cycle life?").
_TURN_MARKS = ("\n", ":", "]")


def _guessed_questions(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Where the text puts questions guessing at their answer, outright or as a bare phrase ("Was it tested at
    60 °C?", "A coin cell at 60 °C in a press?"; the speaker a chat turn opens with set aside), whose next sentence
    does not affirm them: what they name is asked about, not stated. (Not a question with a question word, "What
    temperature?", "Why does it last 2,000 cycles?", "The 500 cycles, what cell was that?": it guesses at nothing.)"""
    by_sentence: dict[int, list[Token]] = {}
    for t in tokens:
        if not t.read:
            by_sentence.setdefault(t.sentence, []).append(t)
    guessed = []
    for sentence, words in by_sentence.items():
        if not text[words[-1].end:words[-1].end + 3].lstrip(" \"'”’)").startswith("?"):
            continue
        # (A question is its own line's or its own chat turn's, after the speaker's colon or the time stamp's bracket:
        # the turns before it, unstopped, may run into one sentence.)
        turn = max(text.rfind(mark, words[0].start, words[-1].start) for mark in _TURN_MARKS)
        said = _without_speaker(text, [t for t in words if t.start > turn])
        if not said:
            continue
        if any(t.word in _WH_WORDS for t in said):
            # ("The 500 cycles on your slide, what cell was that?" takes the figure for granted and asks of it.)
            continue
        answer = by_sentence.get(sentence + 1)
        if answer and answer[0].word in _AFFIRMING:
            continue
        guessed.append((said[0].start, said[-1].end))
    return guessed


#: Words that dismiss what follows them as someone else's say ("whatever the press releases say"), and how far back.
_DISMISSING = frozenset({"whatever", "whoever"})
_DISMISS_REACH = 3


#: Words of guessing: what follows them is someone's inference, not a claim ("we suspect a sulfide"), and how far back.
_SURMISING = frozenset(fold_words("suspect suspects suspected suspecting guess guessed guessing speculate speculated "
                                  "speculating surmise surmised presume presumed presumably conjecture infer inferred"))
_SURMISE_REACH = 6


#: Modal words of an ability or an offer ("can ship", "may be delivered").
_MODALS = frozenset({"can", "may", "might"})


def _offered(tokens: Sequence[Token], first: int) -> bool:
    """Whether the words at ``first`` follow a modal of ability or offer ("can ship", "can be delivered")."""
    before = [tokens[j] for j in range(max(first - 2, 0), first) if tokens[j].clause == tokens[first].clause]
    words = [t.word for t in before]
    return bool(words) and (words[-1] in _MODALS or (words[-1] == "be" and len(words) > 1 and words[-2] in _MODALS))


#: Words of talks with a party ("talking to an incubator about a pilot line", "in talks with two OEMs on series
#: orders"): what is talked about is not there yet. (Not "we're talking 95 % retention", a way of stating it.)
_TALKING = frozenset({"talking", "talk", "negotiating", "negotiation"})
_TALKING_WITH = frozenset({"to", "with"})


def _in_talks(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` opens talks with a party: "talking to X", "in talks with X", "negotiating with X"."""
    return (tokens[k].word in _TALKING and k + 1 < len(tokens) and tokens[k + 1].word in _TALKING_WITH
            and tokens[k + 1].clause == tokens[k].clause)


def _planned(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` is qualified as a plan: a word of :data:`_FUTURE` elsewhere in its clause (its row
    on a datasheet)."""
    first = tokens[hit.first]
    row = first.label_of if first.label_of >= 0 else first.value_of

    def same_scope(t: Token) -> bool:
        # The row's value qualifies its label ("Mass production | Q4 2027 (planned)"), but a label asking about
        # readiness ("Manufacturing readiness | Pilot line in operation") makes no plan of the value answering it.
        # Within a value, a plan qualifies its own sentence: "B-samples are supplied to two customers. SOP is
        # planned for 2027." plans the SOP, not the samples.
        if t.clause == first.clause:
            return True
        if row < 0:
            return False
        if first.label_of == row:
            return t.value_of == row or t.label_of == row
        # A later clause joined by a conjunction states its own thing: "no fixture was used, and none is foreseen in
        # the module" plans nothing of the fixture-free tests.
        return t.value_of == row and t.sentence == first.sentence and not (
            t.clause > first.clause and _opens_on(tokens, t.clause, _CLAUSE_JOINS))

    def future(k: int, t: Token) -> bool:
        # "ready-to-use", "ready-made": an adjective of the goods, not readiness.
        # Nor is a modal that is negated ("would not say", "could not confirm") a plan: it reports a refusal.
        # And what is being built or bought is "under construction", "in procurement": a cell's construction is not.
        # A time "next" points to is ahead ("starts next year"); "next generation" names a product.
        if t.word == "next" and k + 1 < len(tokens) and tokens[k + 1].word in _TIME_AHEAD:
            return True
        return (t.word in _FUTURE and not (t.word == "ready" and k + 1 < len(tokens)
                                          and tokens[k + 1].word in _READY_ADJECTIVE) and not (
            k == hit.first - 1 and _praising_ready(tokens, k)) and not (
            t.word in _NEGATED_MODALS and k + 1 < len(tokens) and tokens[k + 1].word in NEGATIONS) and not (
            t.word in _UNDER_WAY and (k == 0 or tokens[k - 1].word not in {"under", "in"}))) or _being_built(k) or (
            _funded(tokens, k)) or (
            _starts_at_a_date(tokens, k)) or _targeted_at_a_date(tokens, k) or _in_talks(tokens, k) or _deadline(
            tokens, k) or _announced_for_a_date(tokens, k)

    def _being_built(k: int) -> bool:
        # What is still being built is not there yet: "is building a pilot line", "a line being installed", "the
        # pilot line to be built next year" (not "is building cells on the pilot line": the line there builds).
        t = tokens[k]
        before = tokens[k - 1].word if k > 0 and tokens[k - 1].clause == t.clause else ""
        if t.word in _BUILDING and before in _PROGRESSIVE:
            return any(u.word in _PLANTS for u in tokens[k + 1:k + 1 + _BUILT_REACH] if u.clause == t.clause)
        to_be = before == "be" and k > 1 and tokens[k - 2].word == "to" and tokens[k - 2].clause == t.clause
        if t.word in _BUILT and (before == "being" or to_be):
            return any(u.word in _PLANTS for u in tokens[max(k - 1 - _BUILT_REACH, 0):k - 1] if u.clause == t.clause)
        return False

    if first.value_of >= 0 and _plan_label(tokens, first.value_of):
        return True
    if _after_plan_label(tokens, hit.first):
        return True
    if _delivers_at_a_date(tokens, hit.first):
        return True
    # A name that is its clause alone ("start of production (SOP) is targeted for 2029", a parenthesis) is qualified
    # by the clauses either side of it in its sentence.
    alone = all(hit.first <= k < hit.last for k, t in enumerate(tokens) if t.clause == first.clause and not t.read)
    if alone and any(future(k, t) and t.sentence == first.sentence and abs(t.clause - first.clause) == 1
                     for k, t in enumerate(tokens)):
        return True
    if _built_later(tokens, first, future):
        return True
    if first.label_of >= 0:
        # "Pilot line: 2027", "SOP | Q3 2028": a row whose value opens with a date dates its label, and says
        # nothing of it being there ("Pilot line: 2024, in operation since May" does).
        value = [t.word for t in tokens if t.value_of == first.label_of]
        if value and _DATE_WORD.fullmatch(value[0]) and not _RUNNING.intersection(value) and not _dated_span(
                tokens, first.label_of):
            return True
    return any(future(k, t) and (same_scope(t) if t.word not in _CLAUSE_PLANS else t.clause == first.clause)
               for k, t in enumerate(tokens) if not hit.first <= k < hit.last and abs(k - hit.first) < 40)


def _after_plan_label(tokens: Sequence[Token], first: int) -> bool:
    """Whether token ``first`` comes after a label of a plan standing alone as a clause earlier in its sentence
    ("Production: Outlook: pilot line 2028, series line 2030"): a label inside a row's value
    or a line's prose, which plans what it introduces to the sentence's end."""
    t = tokens[first]
    clauses: dict[int, list[str]] = {}
    for u in tokens[:first]:
        if u.sentence == t.sentence and u.clause < t.clause and not u.read:
            clauses.setdefault(u.clause, []).append(u.word)
    return any(words and all(w in _PLAN_LABELS - _REACHED_LABELS for w in words) for words in clauses.values())


def _dated_span(tokens: Sequence[Token], row: int) -> bool:
    """Whether the value of row ``row`` opens with two cells that each open with a year or a quarter ("| 2025-03-02 |
    2025-05-29 | done |"): a schedule's task from its start to its end, which its dates alone do not put ahead (a task
    done and one to come have both), unlike a row whose one date dates its label ("Pilot line: 2027")."""
    value = [t for t in tokens if t.value_of == row and not t.read]
    if not value:
        return False
    later = [t for t in value if t.sentence != value[0].sentence]
    return bool(later) and all(_START_DATE.fullmatch(t.word) is not None for t in (value[0], later[0]))


#: Nouns of when something is to happen, which make what they follow a thing scheduled ("the mass production date",
#: "SOP timeline").
_WHEN_NOUNS = frozenset(fold_words("date dates timeline timelines schedule timing deadline"))


def _dated_noun(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` only qualifies a noun of when it is to happen, right after it in its clause ("A series production
    date has not been announced", "the mass production timeline"): the date of a thing is its schedule, announced or
    not, no evidence that it is there. (Read for a step with an option for plans only: a date names when a plan's
    thing happens.)"""
    after = tokens[hit.last] if hit.last < len(tokens) else None
    return (after is not None and after.clause == tokens[hit.first].clause and not after.read
            and after.word in _WHEN_NOUNS)


#: Conjunctions that open a clause of its own ("..., and none is foreseen").
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "yet"})


def _opens_on(tokens: Sequence[Token], clause: int, words: frozenset[str]) -> bool:
    """Whether the clause ``clause`` opens on one of ``words``."""
    opening = next((t for t in tokens if t.clause == clause and not t.read), None)
    return opening is not None and opening.word in words


#: Verbs in the present of something starting ("mass production starts in 2028"): with a date, a schedule.
_STARTING = frozenset({"starts", "start", "begins", "begin", "commences", "commence"})
_STARTING_REACH = 4
#: A year, quarter or half a start is dated by ("in 2028", "Q3 2027"), not the "of" of "the start of cycling".
_START_DATE = re.compile(r"(?:19|20)\d\d|[qh][1-4]")


def _starts_at_a_date(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a present-tense start with a date after it in its clause ("starts in 2028", "begins
    Q3 2027"): a timetable, not something under way (what "started in 2020" is)."""
    return tokens[k].word in _STARTING and _dated_after(tokens, k)


#: Nouns of what is aimed at, which a date right after them makes a timetable ("flight test - target Q3 2027",
#: "pouch cells, target date 2028").
_TARGETS = frozenset(fold_words("target targets goal due eta"))


def _targeted_at_a_date(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a noun of aiming with a year or quarter after it in its clause ("target Q3 2027"): the
    thing its clause names is aimed at for then, a plan, not there yet."""
    return tokens[k].word in _TARGETS and _dated_after(tokens, k)


def _dated_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether a year, quarter or half follows token ``k`` closely in its clause ("starts *in 2028*", "ships *March
    2027*")."""
    clause = tokens[k].clause
    return any(_START_DATE.fullmatch(u.word) for u in tokens[k + 1:k + 1 + _STARTING_REACH] if u.clause == clause)


#: Present-tense verbs of shipping, which a date after them makes a timetable ("Ships March 2027").
_DELIVERING = frozenset({"ships", "ship"})


def _delivers_at_a_date(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a present-tense "ships" with a date after it in its clause ("Ships March 2027", "we ship
    from Q3 2027"): when a product is to reach buyers, a plan (what "shipped in 2024" or "ships since 2023" is not)."""
    t = tokens[k]
    if t.word not in _DELIVERING:
        return False
    said = {u.word for u in tokens if u.clause == t.clause}
    return not said & (_RUNNING | _LOOKED_BACK) and _dated_after(tokens, k)


#: Verbs of announcing, which a date the announcement is "for" makes a plan ("has announced all-solid-state packs for
#: the 2028 season"), the most words between the "for" and its date, and the prepositions that give such a date.
_ANNOUNCING = frozenset(fold_words("announced announces announce unveiled unveils preannounced"))
_FOR_DATE_REACH = 3
#: (Not "in": "the cell announced in March 2024 is now in series production" dates the announcement itself.)
_FOR_DATES = frozenset({"for", "from"})


def _announced_for_a_date(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a verb of announcing whose clause gives a date what is announced is for ("AeroFarm has
    announced all-solid-state packs for the 2028 season", "announces volume production from 2027"): something to come,
    a plan, not there yet."""
    t = tokens[k]
    if t.word not in _ANNOUNCING:
        return False
    after = [u for u in tokens[k + 1:] if u.clause == t.clause and not u.read]
    return any(u.word in _FOR_DATES and any(_START_DATE.fullmatch(v.word) for v in after[n + 1:n + 1 + _FOR_DATE_REACH])
               for n, u in enumerate(after))


#: Words of a clause that say what a date closes has happened ("had shipped 10,000 cells by 2024", "was completed by
#: Q2"): a date looked back on, no deadline.
_LOOKED_BACK = frozenset({"had", "was", "were", "has", "have"})


def _deadline(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a "by" that a year or quarter follows ("complete a pilot line by 2028"): the date a thing
    is to be done by, a target, where its clause says nothing of it being done already."""
    t = tokens[k]
    if t.word != "by" or k + 1 >= len(tokens) or tokens[k + 1].clause != t.clause:
        return False
    if not _START_DATE.fullmatch(tokens[k + 1].word):
        return False
    clause = {u.word for u in tokens if u.clause == t.clause}
    return not clause & (_RUNNING | _LOOKED_BACK)


def _built_later(tokens: Sequence[Token], first: Token, future: Callable[[int, Token], bool]) -> bool:
    """Whether the clause right after ``first``'s plans the building of what ``first`` names, by opening on a bare
    noun of building: "help specify our pilot line; construction is planned to start in 2027" (not "... pilot line in
    operation. Construction of the gigafactory is planned", which plans a building of its own)."""
    after = [(k, t) for k, t in enumerate(tokens) if t.clause == first.clause + 1 and not t.read]
    if len(after) < 2 or after[0][1].word not in _BUILDING_NOUNS or after[1][1].word in _QUALIFYING:
        return False
    return any(future(k, t) for k, t in after)


#: Words saying a dated thing is there: "since 2024", "in operation", "commissioned 2023".
_RUNNING = frozenset({"since", "operating", "operation", "operational", "running", "commissioned", "installed",
                      "started", "opened", "built", "completed", "live", "active"})
#: The words of a date: a year, a quarter or half ("q3", "h2"), a month, "end", "mid", "of".
_DATE_WORD = re.compile(r"(?:19|20)\d\d|[qh][1-4]|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|"
                        r"oct\w*|nov\w*|dec\w*|end|mid|early|late|of")


_READY_ADJECTIVE = frozenset({"to", "made", "built", "assembled"})
#: Words before "ready" that say something becomes ready ("will be ready", "is nearly ready"): readiness still ahead.
_BECOMING = frozenset({"is", "are", "be", "been", "being", "was", "were", "get", "gets", "getting", "become",
                       "becomes", "becoming", "not", "nearly", "almost", "soon"})


def _praising_ready(tokens: Sequence[Token], k: int) -> bool:
    """Whether the "ready" at ``k`` is "X-ready" set right before the words it praises ("the world's first
    gigafactory-ready all-solid-state cell"): marketing's praise of the thing named after it, which is still stated,
    neither planned nor an intended use (unlike "will be ready", "mass-production ready" ending its clause)."""
    t = tokens[k]
    return (t.word == "ready" and 0 < k < len(tokens) - 1 and tokens[k - 1].clause == t.clause == tokens[k + 1].clause
            and tokens[k - 1].word not in _BECOMING)
_NEGATED_MODALS = frozenset({"would", "could"})
_UNDER_WAY = frozenset({"construction", "procurement"})
#: Building in progress ("is building", "are now installing") and what is being built ("being commissioned").
_BUILDING = frozenset({"building", "constructing", "installing", "commissioning", "erecting", "setting"})
_PROGRESSIVE = frozenset({"is", "are", "we're", "they're", "currently", "now", "still"})
_BUILT = frozenset({"built", "constructed", "installed", "commissioned", "erected", "set"})
#: What is built before it builds cells, and how many words from the verb it is named.
_PLANTS = frozenset({"line", "lines", "plant", "plants", "factory", "gigafactory", "facility", "fab", "site"})
_BUILT_REACH = 3
#: Verbs of paying for something still to come ("the proceeds fund a pilot line", "the grant will finance the plant").
_FUNDING = frozenset({"fund", "funds", "funding", "finance", "finances", "financing", "pay", "pays", "paying"})


def _funded(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` is a verb of funding with a plant a few words after it in its clause ("loan proceeds
    fund a pilot line", "financing for the pilot plant"): money set aside for a plant pays for one still to be built,
    so the plant is a plan. (Not a past "funded": "the grant funded our pilot line, running since 2023" says it was
    built.)"""
    t = tokens[k]
    return t.word in _FUNDING and any(u.word in _PLANTS for u in tokens[k + 1:k + 2 + _BUILT_REACH]
                                      if u.clause == t.clause)


def _intended(tokens: Sequence[Token], first: int, results: set[int]) -> bool:
    """Whether the words at ``first`` name an intended use, in a sentence that reports no results."""
    if tokens[first].sentence in results or tokens[first].read:
        return False
    clause = tokens[first].clause
    for j in range(first - 1, max(first - 1 - _PURPOSE_REACH, -1), -1):
        if tokens[j].clause != clause or _work_on(tokens, j):
            return False
        if tokens[j].word in _PURPOSE and not _opens_time_span(tokens, j) and not _thanks_for(tokens, j) and not (
                j == first - 1 and _praising_ready(tokens, j)) and not _own_programme(tokens, j, first):
            return True
    return False


#: Nouns of a maker's own line of work ("its all-solid-state cell programme", "our sulfide project"): what they are
#: named after is what the maker develops, a fact of its cells, not a use the thing is meant for.
_PROGRAMMES = frozenset(fold_words("programme programmes program programs project projects"))
#: The possessives by which a programme is the maker's own ("for its ...", "for our ..."), not a customer's.
_OWN_POSSESSIVES = frozenset({"our", "its"})
#: How many words a programme's name may run past the start of the words read ("all-solid-state cell programme").
_PROGRAMME_REACH = 5


def _own_programme(tokens: Sequence[Token], j: int, first: int) -> bool:
    """Whether the "for" at ``j`` names the maker's own programme ("a membrane for its all-solid-state cell
    programme"): the words at ``first`` name what that programme develops, no intended use."""
    clause = tokens[first].clause
    return (tokens[j].word == "for" and j + 1 < first and tokens[j + 1].word in _OWN_POSSESSIVES
            and any(t.clause == clause and t.word in _PROGRAMMES
                    for t in tokens[first + 1:first + 1 + _PROGRAMME_REACH]))


#: Nouns of work done on a thing, which "of" joins to it ("supports the development of all-solid-state cells"): the
#: thing is what is being worked on, a fact of it, whatever the work is for.
_WORK = frozenset(fold_words("development developing research production manufacture manufacturing qualification"))


def _work_on(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is an "of" after a noun of :data:`_WORK` in its clause ("development of")."""
    return (tokens[j].word == "of" and j > 0 and tokens[j - 1].clause == tokens[j].clause
            and tokens[j - 1].word in _WORK)


#: Words after "for" that make it a span of time, not a purpose ("for now every cell is hand-made", "for the time
#: being", "for years").
#: (Words are read singular: "years" is read "year".)
_TIME_SPANS = frozenset({"now", "moment", "time", "present", "today", "year", "month", "decade", "week", "day", "hour",
                         "while"})
_ARTICLES = frozenset({"the", "a", "an"})


#: Words of thanks or apology, whose "for" names what was given or done, not a purpose ("thank you for returning the
#: solid-state modules", "sorry for the delay"); "you" or "us" may come between.
_THANKING = frozenset(fold_words("thank thanks thankful grateful sorry apologise apologize apologies apology"))
_THANKED = frozenset({"you", "us"})


def _thanks_for(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word at ``j`` is the "for" of thanks or apology ("thank you for the modules")."""
    if tokens[j].word != "for":
        return False
    k = j - 1
    if k >= 0 and tokens[k].word in _THANKED:
        k -= 1
    return k >= 0 and tokens[k].clause == tokens[j].clause and tokens[k].word in _THANKING


def _opens_time_span(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word at ``j`` is a "for" opening a span of time ("for now", "for the time being")."""
    k = j + 1
    while k < len(tokens) and tokens[k].word in _ARTICLES:
        k += 1
    return tokens[j].word == "for" and k < len(tokens) and tokens[k].word in _TIME_SPANS


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


def _praised(tokens: Sequence[Token], first: int, words: Sequence[str]) -> bool:
    return words[0] in _GRADABLE and _word_before(tokens, first, _PRAISE, _PRAISE_REACH)


def _word_before(tokens: Sequence[Token], first: int, wanted: frozenset[str], reach: int) -> bool:
    """Whether one of ``wanted`` comes up to ``reach`` words before ``first``, in the same clause."""
    clause = tokens[first].clause
    for j in range(first - 1, max(first - 1 - reach, -1), -1):
        if tokens[j].clause != clause:
            return False
        if tokens[j].word in wanted:
            return True
    return False


def _close_enough(alias_words: Sequence[str], window_words: Sequence[str]) -> bool:
    """Veto fuzzy matches that change meaning: a short word ("li" vs "la"), another first letter ("field" vs
    "yield") or a negating prefix ("unprotected" is not "protected")."""
    for a, b in zip(alias_words, window_words, strict=False):
        if a == b:
            continue
        if len(a) <= _EXACT_ONLY_CHARS or len(b) <= _EXACT_ONLY_CHARS:
            return False
        # A typo keeps a word's first letter; another first letter makes another word ("field" is no "yield").
        if a[0] != b[0]:
            return False
        # A typo changes a letter or two of a word; a word that shares little more than its ends with the alias's is
        # another word, however close the whole phrase scores ("pressure figure" is no "pressure fixture").
        if fuzz.ratio(a, b) < _WORD_CUTOFF:
            return False
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        if longer.endswith(shorter) and longer[: len(longer) - len(shorter)] in _NEGATING_PREFIXES:
            return False
    return True


#: The word that makes what it follows absent: "sulfide-free", "fixture free".
_FREE = "free"


def _free_of(tokens: Sequence[Token], last: int) -> bool:
    """Whether the words ending before ``last`` are followed by "free" in their clause ("Sulfide-free by design"): what
    a thing is free of is not in it. (An alias that takes "free" in, "liquid free", is a wording of its own.)"""
    return (last < len(tokens) and tokens[last].word == _FREE and not tokens[last].read
            and tokens[last].clause == tokens[last - 1].clause)


def _negated(tokens: Sequence[Token], first: int) -> bool:
    if tokens[first].read:
        return False  # words read from a phrase carry its meaning already
    clause = tokens[first].clause
    reach = _NEGATION_REACH
    j = first - 1
    while j >= 0 and reach > 0:
        if tokens[j].clause != clause:
            return False
        if tokens[j].word in NEGATIONS or tokens[j].word.endswith("n't"):
            return True
        if tokens[j].word in _REPLACING and not any(tokens[k].word in _REPLACED_BY for k in range(j + 1, first)):
            # What a thing replaces or does away with is not there: "an interlayer replaces external stack pressure"
            # (not what it is replaced with: "replacing the liquid with a solid electrolyte").
            return True
        # "no protective coating or interlayer", "neither X nor Y": the negation covers every alternative; and it
        # reaches over articles, numbers and the words read from a phrase without counting them ("NOT the 40 Ah pouch
        # B-samples").
        if tokens[j].word in _ALTERNATIVES and reach:
            reach = _NEGATION_REACH
        elif tokens[j].word not in _PASSED_OVER and not tokens[j].read and not any(c.isdigit() for c in tokens[j].word):
            reach -= 1
        j -= 1
    return _negated_place(tokens, first)


#: The word after which a comparison names what the product is set against ("lighter than gel lead-acid batteries").
_THAN = "than"


def _compared_with(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` names what its clause compares the product with ("lighter than gel or lead-acid", "denser than
    conventional graphite cells"): a thing after "than", over articles and alternatives as a negation reaches, is
    another product, nothing the product is. (Not a quantity compared: "more than 1,000 cycles", "less than 0.1
    MPa" states a bound of the product's own.)"""
    first = tokens[hit.first]
    if first.read:
        return False
    reach = _NEGATION_REACH
    for j in range(hit.first - 1, -1, -1):
        t = tokens[j]
        if t.clause != first.clause or reach <= 0:
            return False
        if t.word == _THAN:
            return not any(c.isdigit() for c in tokens[j + 1].word)
        if t.word in _ALTERNATIVES:
            reach = _NEGATION_REACH
        elif t.word not in _PASSED_OVER and not t.read:
            reach -= 1
    return False


#: Verbs of doing away with what follows them, and the words after which what follows is the replacement.
_REPLACING = frozenset({"replaces", "replace", "replacing", "eliminates", "eliminate", "eliminating", "avoids",
                        "avoid", "avoiding", "obviates", "obviate", "obviating", "supersedes", "supersede",
                        # (and the nouns of doing away with it: "Removal of stack-pressure fixture requirement")
                        "removal", "removes", "remove", "removing", "elimination"})
_REPLACED_BY = frozenset({"with", "by"})


#: Passive verbs of being replaced or done away with, and how many words after what they replace they may come
#: ("coin-cell data replaced with ...", "graphite anode was removed").
_REPLACED = frozenset({"replaced", "superseded", "removed", "eliminated", "discontinued"})
_REPLACED_REACH = 3


def _replaced(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` is what its clause says was replaced or removed: a passive verb of :data:`_REPLACED` a few
    words after it, neither negated nor planned ("coin-cell data replaced with pouch results"; not "... not replaced",
    "... will be replaced")."""
    clause = tokens[hit.first].clause
    after = [t for t in tokens[hit.last:hit.last + _REPLACED_REACH + 1] if t.clause == clause and not t.read]
    for k, t in enumerate(after):
        if t.word in NEGATIONS or t.word in _FUTURE:
            return False  # "not replaced", "will be replaced": it is still there
        if t.word in _REPLACED and k <= _REPLACED_REACH:
            return True
    return False


#: Verbs of using a part, which negated after what they are said of deny it is in the product ("the LiF interlayer is an
#: alternative not used in the product"), and how many words after it the negation may come.
_USING = frozenset({"used", "employed", "applied", "fitted", "included", "adopted", "implemented", "incorporated"})
_NOT_USED_REACH = 8


def _not_used(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit``'s clause goes on to say it is not used: "the protective interlayer of claim 9 is an alternative
    embodiment not used in the cell", "a buffer layer, which is not employed in the product" (a negation, then a
    participle of :data:`_USING`, a few words after it)."""
    clause = tokens[hit.first].clause
    after = [k for k in range(hit.last, min(hit.last + _NOT_USED_REACH, len(tokens))) if tokens[k].clause == clause
             or (tokens[k].read and tokens[k].start < tokens[hit.last - 1].end)]
    return any(tokens[k].word in ("not", "never") and k + 1 < len(tokens) and tokens[k + 1].word in _USING
               and tokens[k + 1].clause == clause for k in after)


#: Verbs of trying something out, and how many words before what was tried they may come ("We also tried
#: Li3N-coated lithium").
_TRYING = frozenset({"tried", "attempted", "trialled", "trialed", "experimented"})
_TRIED_REACH = 4
#: Words after what was tried, in its sentence, that say it was given up ("..., but it kept delaminating", "...;
#: dropped after 50 cycles", "... instead we use ...").
_DROPPING = frozenset(fold_words("but however abandoned dropped discarded failed instead unsuccessful unsuccessfully"))
#: "tried and tested", "tried and true": an idiom of proven things, not a trial.
_IDIOM_AFTER_TRIED = frozenset({"and", "&"})


#: Words after a participle of protecting that make it predicative, not a modifier of the noun after it ("coated with
#: LiPON", "coated on both sides").
_PARTICIPLE_GOES_ON = frozenset(fold_words("with by in on onto using from via and or to at for against during after "
                                           "before under as"))
#: Participles of protecting that may stand before the noun they qualify ("coated lithium", "epoxy-coated drums").
_PROTECTING_PARTICIPLES = frozenset({"coated"})
#: The most words after such a participle that name what it qualifies ("coated steel drums", "coated Li metal foil").
_MODIFIED_REACH = 3


def _coats_another_noun(tokens: Sequence[Token], hit: Hit, anode_words: frozenset[str]) -> bool:
    """Whether ``hit`` is a participle of protecting ("coated") right before a noun phrase that names none of
    ``anode_words`` (the words of the step's fallback, the bare lithium): "epoxy-coated steel drums" coats drums, not
    the lithium they hold. Not where the participle goes on with a preposition ("coated with LiF") or ends its
    clause ("lithium foil, coated")."""
    if hit.alias not in _PROTECTING_PARTICIPLES or hit.last >= len(tokens):
        return False
    clause = tokens[hit.first].clause
    after = []
    for t in tokens[hit.last:hit.last + _MODIFIED_REACH]:
        if t.clause != clause or t.word in _PARTICIPLE_GOES_ON:
            break
        after.append(t.word)
    return bool(after) and not anode_words.intersection(after)


#: What a protection "against" guards from when it protects a housing or a module, not the inside of a cell.
#: (Not moisture or air, which a lithium foil's own coating may guard against.)
_SURROUNDINGS = frozenset(fold_words("salt salts road rain weather weathering washing abrasion scratch scratches uv "
                                     "sunlight dust dirt vibration impact impacts stone stones gravel graffiti"))
_AGAINST = frozenset({"against"})
_AGAINST_REACH = 3


def _guards_against_surroundings(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` is a protection its clause says guards against the surroundings ("a protective coating against
    road salt and washing chemicals"): what is named within :data:`_AGAINST_REACH` words after "against"."""
    clause = tokens[hit.first].clause
    after = [t for t in tokens[hit.last:hit.last + _AGAINST_REACH + 1] if t.clause == clause]
    for k, t in enumerate(after):
        if t.word in _AGAINST:
            return any(u.word in _SURROUNDINGS for u in after[k + 1:k + 1 + _AGAINST_REACH])
    return False


def _tried_and_dropped(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` is what its clause says was tried out and its sentence says was given up ("We also tried
    Li3N-coated lithium, but it kept delaminating"): an abandoned variant, not the product. (Not "a tried and
    tested graphite anode".)"""
    first = tokens[hit.first]
    for j in range(hit.first - 1, max(hit.first - 1 - _TRIED_REACH, -1), -1):
        if tokens[j].clause != first.clause:
            return False
        if tokens[j].word in _TRYING:
            if j + 1 < len(tokens) and tokens[j + 1].word in _IDIOM_AFTER_TRIED:
                return False
            return any(t.word in _DROPPING for t in tokens[hit.last:] if t.sentence == first.sentence)
    return False


#: The copulas before "now" that say a state holds after a change ("is now", "are now", "has now").
_COPULAS_NOW = frozenset(fold_words("is are has become becomes"))


def _now_is(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` is what its clause says the product now is: "the cell is now all-solid-state"."""
    before = [t.word for t in tokens[max(hit.first - 2, 0):hit.first] if t.clause == tokens[hit.first].clause]
    return len(before) == 2 and before[0] in _COPULAS_NOW and before[1] == "now"


#: Prepositions of where a thing was done ("not on the KC-P60 prismatic cell", "not from our pouch line").
_PLACE_PREPOSITIONS = frozenset({"on", "in", "from", "at", "by", "with"})
#: Words a negation of a place reaches over without counting them: articles, possessives.
_PASSED_OVER = frozenset({"the", "a", "an", "our", "its", "their", "this", "that", "these", "those", "your"})
_PLACE_REACH = 8


def _negated_place(tokens: Sequence[Token], first: int) -> bool:
    """Whether the words at ``first`` are in a negated place, "not on the KC-P60 prismatic cell": a negation, a
    preposition, then articles, model codes and at most :data:`_NEGATION_REACH` - 1 other words before them."""
    clause = tokens[first].clause
    words = 0
    for j in range(first - 1, max(first - _PLACE_REACH, 0) - 1, -1):
        t = tokens[j]
        if t.clause != clause:
            return False
        if t.word in _PLACE_PREPOSITIONS:
            return j > 0 and tokens[j - 1].clause == clause and tokens[j - 1].word in NEGATIONS
        if t.word not in _PASSED_OVER and not any(c.isdigit() for c in t.word):
            words += 1
            if words >= _NEGATION_REACH:
                return False
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
    return _match(step, text, tokenise(text), {}, measurements, cautious=False)


def match_steps(
    steps: Sequence[Step],
    text: str,
    *,
    measurements: Sequence[Measurement] = (),
    cautious: bool = False,
    unasked_parts: Collection[str] = (),
    stack_layers: Collection[str] = (),
    asked_parts: Collection[str] = (),
    written: Callable[[int, int], str] | None = None,
) -> tuple[StepMatch, ...]:
    """:func:`match_step` for several steps, reading ``text`` once (a pasted document).

    ``cautious=True`` (a supplier's text) reads a step as "not disclosed" only where the text
    explicitly declines to state it and says nothing else about it (:func:`.refusals.find_refusals`), takes the
    most worrying rating among the options mentioned and says what else was mentioned. ``written`` gives the
    words behind a span of ``text`` as the supplier wrote them, for the explanations to quote (``text`` as
    given, by default).
    """
    # Other names of a step's subject are read as its title ("negative electrode" as "Anode").
    tokens = tokenise(text, unasked_parts, {name: step.title for step in steps for name in step.other_names},
                      stack_layers, asked_parts)
    # A number whose words the reading dropped (a product not offered, a placeholder row) is no evidence either.
    starts = sorted(t.start for t in tokens if not t.read)
    measurements = [m for m in measurements if m.span is None
                    or bisect_left(starts, m.span[0]) < bisect_left(starts, m.span[1])]
    # A temperature of a step in making the cell ("formation at 45 °C", "sintered at 1,100 °C", "dew point -40 °C")
    # is the process's, not the condition a result was measured at: where the clause names no test ("tested at 45 °C
    # after formation" is a test's).
    # So is a handling limit ("do not heat above 60 °C", "never exceed 80 °C"): a temperature the cell must not see.
    # So is a protective threshold ("alarm above 55 °C pack temperature", "thermal shutdown at 70 °C"): a temperature
    # the product guards against, not one a result was measured at. So is how high the air around a trial went
    # ("ambient up to 108 °F"): the weather's peak, not a temperature the cell was tested at.
    process = ((_process_clauses(tokens) | _limit_clauses(tokens) | _storage_advice_clauses(text, tokens)
                | _reached_clauses(tokens) | _threshold_clauses(tokens) | _surroundings_peak_clauses(tokens))
               - {t.clause for n, t in enumerate(tokens) if t.word in _RESULT_WORDS and not _machine_runs(tokens, n)})
    # So is the setting of a safety or abuse test ("External short circuit at 57 °C - PASS", "thermal abuse, 130 °C"):
    # a temperature the cell was made to survive, not the condition a performance result needed; and the cycles of
    # one ("thermal test, -40 / +72 °C, 10 cycles") are the test's, no cycle life.
    safety = _safety_test_clauses(tokens)
    process |= safety
    measurements = [m for m in measurements if m.kind != "cycles" or m.span is None or not any(
        t.clause in safety for t in tokens if m.span[0] <= t.start < m.span[1])]
    measurements = [m for m in measurements if m.kind != "temperature" or m.span is None or not any(
        t.clause in process for t in tokens if m.span[0] <= t.start < m.span[1])]
    # A figure a planned study will vary ("WP3 will study how stack pressure between 0 and 10 MPa affects cycle life")
    # is a question the study asks, not what the reported results needed.
    studied = _planned_study_clauses(tokens)
    measurements = [m for m in measurements if m.span is None or not any(
        t.clause in studied for t in tokens if m.span[0] <= t.start < m.span[1])]
    # A figure in a question that guesses at the answer ("A coin cell at 60 °C?", "Was that at 5 MPa?") states
    # nothing of it, unless the answer after it affirms it ("Yes, 60 °C.").
    guessed = _guessed_questions(text, tokens)
    measurements = [m for m in measurements if m.span is None or not any(a <= m.span[0] < b for a, b in guessed)]
    # So is a slow rate written there ("Formation: two cycles at C/20 and 45 °C"): the formation's, not the test's.
    rates = slow_rate_spans(text)
    tokens = [t for t in tokens if t.clause not in process or not any(a <= t.start < b for a, b in rates)]
    # A list of what a laboratory is able or accredited to do ("Accredited testing activities: 1. Cycling of coin cells
    # ...; 2. Cycling under stack pressure, 0.1 to 25 MPa") reports no result: neither its formats nor its figures are
    # a cell's.
    offered = _capability_lists(text)
    tokens = [t for t in tokens if not any(a <= t.start < b for a, b in offered)]
    measurements = [m for m in measurements if m.span is None or not any(a <= m.span[0] < b for a, b in offered)]
    windows: _WordWindows = {}
    topics = step_topics(steps) if cautious else {}
    refusals = find_refusals(text, tokens, {w for words in topics.values() for w in words}) if cautious else []
    results = _result_sentences(text, tokens, measurements)
    naming = _rows_naming(steps, tokens, topics) if cautious else {}
    formulas = {f for step in steps for o in step.options for a in o.wordings
                if (f := formula_elements(a)) is not None}
    denied_questions = _denied_questions(text, tokens) if cautious else frozenset()
    return tuple(_match(step, text, tokens, windows, measurements, cautious=cautious, refusals=refusals,
                        formulas=formulas,
                        topics=topics.get(step.id, frozenset()), written=written, results=results,
                        foreign_rows=frozenset(row for row, ids in naming.items() if ids and step.id not in ids),
                        own_rows=frozenset(row for row, ids in naming.items() if ids == {step.id}),
                        named_rows=frozenset(row for row, ids in naming.items() if step.id in ids),
                        borrowed={row: frozenset(" ".join(fold_words(q)) for other in steps if other.id in ids
                                                 for o in other.options for q in o.qualifying)
                                  for row, ids in naming.items() if ids and step.id not in ids},
                        others=frozenset(w for s in steps if s.id != step.id for w in fold_words(s.title)
                                         if len(w) > _EXACT_ONLY_CHARS),
                        other_topics=frozenset(w for s in steps if s.id != step.id for w in topics.get(s.id, ())),
                        foreign_phrases=_foreign_phrases(step, steps, topics.get(step.id, frozenset())),
                        denied_questions=denied_questions,
                        others_named=_other_name_spans(text, [n for s in steps if s.id != step.id
                                                              for n in s.other_names]))
                 for step in steps)


def _other_name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """The spans where ``text`` says one of ``names`` (other names of another step's subject, "end-of-test data"),
    written with spaces or hyphens, in the singular or the plural."""
    spans: list[tuple[int, int]] = []
    for name in names:
        words_of_name = r"[\s-]+".join(re.escape(w) for w in name.split())
        spans += [m.span() for m in re.finditer(rf"(?<![\w-]){words_of_name}(?:s|es)?(?![\w-])", text, re.IGNORECASE)]
    return spans


def _foreign_phrases(step: Step, steps: Sequence[Step], topics: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The wordings of other steps' options that end on a word of ``step``'s subject ("gel electrolyte", "liquid
    electrolyte" of the route), their negations left off ("no liquid electrolyte"): there that word names the other
    step's subject, what is liquid or gel, not this step's."""
    phrases: set[tuple[str, ...]] = set()
    for other in steps:
        if other.id == step.id:
            continue
        for option in other.options:
            if option.rating == "unknown":
                continue
            for alias in option.aliases:
                words = tuple(fold_words(alias))
                while words and words[0] in NEGATIONS:
                    words = words[1:]
                if len(words) > 1 and words[-1] in topics:
                    phrases.add(words)
    return frozenset(phrases)


#: Words of a heading that lists what a laboratory or a supplier is able to do ("Accredited testing activities:",
#: "Test capabilities:", "Services offered:").
_CAPABILITY_HEADINGS = frozenset(fold_words("capability capabilities accredited accreditation services equipment "
                                            "facilities"))
#: A heading line: a few words and an aside, ending on a colon with nothing after it.
_HEADING = re.compile(r"[^\n:|]{3,80}:\s*")
#: An item of a list: a number or a bullet opening its line ("1. ...", "2) ...", "- ...", "• ...").
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*·])\s+\S")
#: What a line of a list item ends with when the item goes on on the next line (a word, a comma), not a full stop.
_ITEM_ENDS = re.compile(r"[.!?]\s*$")


def _capability_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the lists under a heading naming capabilities ("Accredited testing activities (flexible
    scope):"): from the heading to the last line of its items (a line that opens with a number or a bullet, or goes on
    with an item whose line ended without a full stop)."""
    spans: list[tuple[int, int]] = []
    lines = line_spans(text)
    for n, (start, end) in enumerate(lines):
        heading = text[start:end]
        if not _HEADING.fullmatch(heading) or not _CAPABILITY_HEADINGS.intersection(fold_words(heading)):
            continue
        last, going_on = end, False
        for a, b in lines[n + 1:]:
            line = text[a:b]
            if not (_LIST_ITEM.match(line) or (going_on and line.strip())):
                break
            last, going_on = b, not _ITEM_ENDS.search(line)
        if last > end:
            spans.append((start, last))
    return spans


#: Verbs of a study, which with a word of a plan in their clause make its figures the ones it will vary.
_STUDYING = frozenset(fold_words("study studies investigate investigates examine examines explore explores screen "
                                 "screens map maps characterise characterises characterize characterizes vary varies"))


def _planned_study_clauses(tokens: Sequence[Token]) -> set[int]:
    """The clauses that plan a study ("Party B will study how pressure between 0 and 10 MPa affects cycle life", "we
    plan to investigate 0.1-5 MPa"): a word of :data:`_STUDYING` and one of :data:`_FUTURE` in the same clause."""
    studying = {t.clause for t in tokens if t.word in _STUDYING and not t.read}
    return {t.clause for t in tokens if t.word in _FUTURE and not t.read} & studying


#: Steps in making a cell, whose temperatures are the process's (not ageing or storage: those are tests).
_PROCESS_WORDS = frozenset({
    "formation", "drying", "dried", "sintering", "sintered", "annealing", "annealed", "calcination", "calcined",
    "curing", "cured", "dew", "degassing", "lamination", "laminated", "calendering", "calendered",
})


#: Words that forbid, and words of a bound passed: together in a clause they set a limit, not a condition.
_FORBIDDING = frozenset(fold_words("not never don't avoid prohibited forbidden"))
_PASSING = frozenset(fold_words("above exceed exceeds exceeding over beyond"))


def _limit_clauses(tokens: Sequence[Token]) -> set[int]:
    """The clauses that forbid passing a bound ("Do not heat above 60 °C", "never exceed 80 °C"); the forbidding word
    may stand earlier in the sentence, over a list of verbs ("Do not crush, disassemble or heat above 60 °C")."""
    forbidden_from: dict[int, int] = {}
    for i, t in enumerate(tokens):
        if t.word in _FORBIDDING and not t.read:
            forbidden_from.setdefault(t.sentence, i)
    return {t.clause for i, t in enumerate(tokens) if t.word in _PASSING and not t.read
            and forbidden_from.get(t.sentence, i) < i}


#: Words of a protective threshold, alone or as a pair ("alarm", "shutdown", "cut-off", "shut down"): what it is set
#: at is a bound a monitor or a battery management system guards, not a condition of the cell's test.
_THRESHOLDS = frozenset(fold_words("alarm alarms alert alerts warning warnings shutdown shutdowns cutoff cutoffs "
                                   "derating trip trips"))
_THRESHOLD_PAIRS = frozenset({("cut", "off"), ("shut", "down"), ("shuts", "down"), ("cuts", "off")})


def _threshold_clauses(tokens: Sequence[Token]) -> set[int]:
    """The clauses that name a protective threshold ("alarm above 55 °C pack temperature", "over-temperature cut-off
    at 65 °C"), and the values of rows whose label names one ("Over-temperature alarm: 60 °C")."""
    naming: list[Token] = []
    for k, t in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else t
        if not t.read and (t.word in _THRESHOLDS or ((t.word, after.word) in _THRESHOLD_PAIRS
                                                     and after.clause == t.clause)):
            naming.append(t)
    return {t.clause for t in naming} | _row_value_clauses(tokens, {t.label_of for t in naming if t.label_of >= 0})


#: Words of a temperature the cell itself reached ("max. surface temperature 68 °C", "peak temperature", "the cell
#: rose to 45 °C"), or its surroundings did ("the asphalt reaches 50 °C on a summer day"): a reading taken on the cell
#: or its setting, not the condition it was tested at.
_REACHED = frozenset(fold_words("surface peak reach reaches reaching reached rose rise hotspot hottest"))


def _reached_clauses(tokens: Sequence[Token]) -> set[int]:
    """The clauses that give a temperature the cell reached ("external short circuit: max. surface temperature
    68 °C")."""
    return {t.clause for t in tokens if t.word in _REACHED and not t.read}


#: Words of the air around a product ("ambient", "outdoor"), and of a bound given as how high a reading went ("up to",
#: "as high as", "max").
_SURROUNDINGS_AIR = frozenset(fold_words("ambient outdoor outdoors outside"))
_HIGHEST = frozenset(fold_words("max maximum peak peaks peaking highs"))
_HIGHEST_PAIRS = frozenset({("up", "to"), ("as", "high")})


def _surroundings_peak_clauses(tokens: Sequence[Token]) -> set[int]:
    """The clauses that give how high the air around the product went ("road testing in Nevada, ambient up to 108 °F",
    "outdoor temperatures as high as 40 °C"): the weather's peak over a trial, not a temperature the cell was held at
    for a test. (Not an ambient given as one value, "cycled at 73 °F ambient": a room the test was run in.)"""
    clauses: dict[int, set[str]] = {}
    for k, t in enumerate(tokens):
        if t.read:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].clause == t.clause else None
        if t.word in _SURROUNDINGS_AIR:
            clauses.setdefault(t.clause, set()).add("air")
        if t.word in _HIGHEST or (after is not None and (t.word, after.word) in _HIGHEST_PAIRS):
            clauses.setdefault(t.clause, set()).add("bound")
    return {c for c, said in clauses.items() if said == {"air", "bound"}}


#: Words naming a safety or abuse test by themselves, and words naming one with the word after them ("short circuit",
#: "thermal shock", "hot box").
_SAFETY_TESTS = frozenset(fold_words("abuse crush crushing nail penetration overcharge overcharging overdischarge "
                                     "overdischarging"))
_SAFETY_PAIRS = frozenset({("short", "circuit"), ("thermal", "test"), ("thermal", "shock"), ("thermal", "abuse"),
                           ("thermal", "runaway"), ("hot", "box")})
#: Words of a performance result, which a clause beside a safety test may still report ("cycled at 60 °C").
_PERFORMANCE = frozenset(fold_words("cycled cycling retention retained capacity"))


def _safety_test_clauses(tokens: Sequence[Token]) -> set[int]:
    """The clauses of the sentences that name a safety or abuse test ("T.5 External short circuit at 57 °C - PASS",
    "Thermal test (-40 °C / +72 °C, 10 cycles)"), from where they name it, but for those reporting a performance
    result."""
    # Each sentence naming one, from the first clause that does: what comes before it is said of something else
    # ("1,000 cycles at 25 °C, then nail penetration").
    naming: dict[int, int] = {}
    for k, t in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else t
        paired = (t.word, after.word) in _SAFETY_PAIRS and after.sentence == t.sentence
        if not t.read and (t.word in _SAFETY_TESTS or paired):
            naming.setdefault(t.sentence, t.clause)
    performing = {t.clause for t in tokens if t.word in _PERFORMANCE and not t.read}
    return {t.clause for t in tokens if t.sentence in naming and t.clause >= naming[t.sentence]} - performing


#: Words of keeping cells on a shelf, or while they travel (a consignment's "keep between 15 and 25 °C during
#: transport" is advice to a carrier, not a test's condition).
_STORAGE = frozenset(fold_words("storage store stored storing transport transported transporting transportation "
                                "transit"))


def _storage_advice_clauses(text: str, tokens: Sequence[Token]) -> set[int]:
    """The clauses that say how to keep the cells ("Storage: 15-25 °C", "store below 30 °C", "keep at 15-25 °C in
    transport") in sentences that report no result: advice to a warehouse or a carrier, where a storage test ("stored
    30 days at 60 °C, retention 96 %") is a test."""
    # (Not a result word the sentence negates, "no cycling", nor the test a word of storing names, "a storage test":
    # "kept at 55 °C for 60 days, not cycled" reports no result the temperature was needed for.)
    reporting = {t.sentence for n, t in enumerate(tokens) if t.word in _RESULT_WORDS and not _negated(tokens, n)
                 and not (n > 0 and tokens[n - 1].word in _STORAGE and tokens[n - 1].clause == t.clause)}
    storing = [t for t in tokens if t.word in _STORAGE and not t.read and t.sentence not in reporting]
    # A clause of the same sentence that opens on a figure gives the storing clause's value ("Finished cells stored in
    # the warehouse, 15-25 °C"), as a row's value does its label.
    opening: dict[int, Token] = {}
    for t in tokens:
        opening.setdefault(t.clause, t)
    valued = {t.clause + 1 for t in storing if t.clause + 1 in opening and opening[t.clause + 1].sentence == t.sentence
              and opening[t.clause + 1].word[:1].isdigit()}
    return ({t.clause for t in storing} | valued
            | _row_value_clauses(tokens, {t.label_of for t in storing if t.label_of >= 0})
            | _colon_value_clauses(text, tokens, {t.clause for t in storing}))


def _colon_value_clauses(text: str, tokens: Sequence[Token], clauses: Collection[int]) -> set[int]:
    """The clauses that a colon ending one of ``clauses`` opens in the same sentence: a label in prose ("Fragile.
    Temperature in transit: 0-40 °C.") whose value the reading of rows did not part from it, as a line's first
    sentence is parted."""
    found: set[int] = set()
    for before, after in pairwise(tokens):
        if (before.clause in clauses and after.clause == before.clause + 1 and after.sentence == before.sentence
                and text[before.end:after.start].strip().startswith(":")):
            found.add(after.clause)
    return found


def _machine_runs(tokens: Sequence[Token], n: int) -> bool:
    """Whether the word ``n`` is a run said of making equipment ("the formation ovens run at 60 °C", "the sintering
    furnace ran at 1,100 °C"): the machine working, not a test run reporting a result."""
    return (tokens[n].word in _RUNNING and n > 0 and tokens[n - 1].clause == tokens[n].clause
            and tokens[n - 1].word in _MAKING_EQUIPMENT)


#: A run said of a machine; and the machines that make cells (not a climate chamber, where tests run).
_RUNNING = frozenset(fold_words("run runs ran running"))
_MAKING_EQUIPMENT = frozenset(fold_words("oven ovens furnace furnaces kiln kilns dryer dryers drier driers"))


def _process_clauses(tokens: Sequence[Token]) -> set[int]:
    """The clauses naming a step in making the cell ("formation at 45 °C"), and the values of rows whose label names
    one and no test ("Formation: two cycles at C/20 and 45 °C")."""
    naming = [t for t in tokens if t.word in _PROCESS_WORDS and not t.read]
    labels = ({t.label_of for t in naming if t.label_of >= 0}
              - {t.label_of for t in tokens if t.word in _RESULT_WORDS and t.label_of >= 0})
    return {t.clause for t in naming} | _row_value_clauses(tokens, labels)


def _row_value_clauses(tokens: Sequence[Token], labels: Collection[int]) -> set[int]:
    """The clauses of the values of the rows labelled ``labels``, up to the end of each value's first sentence: a row
    may run on into the next ("Storage: 15-25 °C. Cycling: 45 °C")."""
    first_sentence: dict[int, int] = {}
    for t in tokens:
        if t.value_of in labels:
            first_sentence.setdefault(t.value_of, t.sentence)
    return {t.clause for t in tokens if t.value_of in labels and t.sentence == first_sentence[t.value_of]}


@dataclass
class _Evidence:
    """What a text says about the options of one step."""

    #: Token indexes each option's aliases cover, and the score of those words (letters x similarity).
    coverage: dict[str, set[int]] = field(default_factory=dict)
    score: dict[str, float] = field(default_factory=dict)
    #: Each option's best hit (in a sentence reporting results first, then longest, then most similar).
    best_hit: dict[str, Hit] = field(default_factory=dict)
    #: Options picked by a number alone (no words of theirs matched), with the number.
    detected: dict[str, Measurement] = field(default_factory=dict)
    #: Options read from a stated fact (a fraction of liquid, a mixture of families).
    decisive: set[str] = field(default_factory=set)
    #: Options found in a sentence that reports results ("were measured in", "tested", a cycle count).
    in_results: set[str] = field(default_factory=set)
    #: The part of ``score`` earned in those sentences.
    result_score: dict[str, float] = field(default_factory=dict)

    def weight(self, option: Option) -> float:
        return self.score.get(option.id, 0.0) or 1.0  # a number-only detection counts, but less than any words


#: Words of a sentence that reports results: the format and conditions it names are where they came from.
_RESULT_WORDS = frozenset({
    "result", "tested", "test", "testing", "measured", "measurement", "data", "cycled", "cycling", "obtained",
    "achieved", "demonstrated", "validated", "verified", "evaluated", "characterised", "characterized", "reported",
    "retained", "retention", "showed", "shown", "recorded", "performance", "delivered", "ran", "run", "report",
    "reports",
})


def _distance_sentences(tokens: Sequence[Token]) -> set[int]:
    """The sentences that give a distance covered ("250,000 km to date", "12,000 miles on the road"): what a vehicle
    or a fleet has run is its field result, as a cycle count is a cell's; not a distance from a place ("15 km from the
    depot")."""
    return {t.sentence for k, t in enumerate(tokens) if k > 0 and t.word in _DISTANCE_UNITS and not t.read
            and tokens[k - 1].word.isdigit() and tokens[k - 1].clause == t.clause
            and (k + 1 >= len(tokens) or tokens[k + 1].word not in _FROM_PLACE)}


#: Words of being in use ("in service", "in operation"), and the words after them that date or time it ("since March
#: 2024", "for 14 months").
_IN_USE = frozenset(fold_words("service operation"))
_TIMED = frozenset(fold_words("since for"))


def _service_sentences(tokens: Sequence[Token]) -> set[int]:
    """The sentences that give how long something has been in service ("Containers in service since commissioning,
    March 2024", "in operation for 14 months at the depot"): what a site or a fleet has run is its field result, as a
    distance run is a vehicle's; not what is merely in service ("the line in service")."""
    found: set[int] = set()
    for k, t in enumerate(tokens):
        if k > 0 and t.read and t.word in _IN_USE and tokens[k - 1].word == "in" and tokens[k - 1].read:
            # (Read from a phrase that times it itself: "installed in the plant rooms since January 2025".)
            found.add(t.sentence)
            continue
        if k == 0 or t.read or t.word not in _IN_USE or tokens[k - 1].word != "in":
            continue
        for u in tokens[k + 1:]:
            if u.clause != t.clause:
                break
            if u.word in _TIMED and not u.read:
                found.add(t.sentence)
                break
    return found


#: Units of a distance run, written after its number.
_DISTANCE_UNITS = frozenset(fold_words("km kilometres kilometers miles"))
#: Words after a distance that make it how far a place is ("20 km from the port", "5 miles away", "within 50 km of").
_FROM_PLACE = frozenset(fold_words("from away of"))


def _result_sentences(text: str, tokens: Sequence[Token], measurements: Sequence[Measurement]) -> set[int]:
    """The sentences that report results: result words, or a cycle count; in a table, also every cell of a row
    whose label reports results ("Test cell | coin cell") and of a column whose heading does ("Test article")."""
    # (A result word denied reports none: "no cycle data yet", "had not been tested"; nor does goods' delivery.)
    found = {t.sentence for i, t in enumerate(tokens) if t.word in _RESULT_WORDS and not _negated(tokens, i)
             and not _delivered_to(tokens, i)}
    counted: set[int] = set()
    for m in measurements:
        if m.kind == "cycles" and m.span is not None:
            counted |= {i for i, t in enumerate(tokens) if m.span[0] <= t.start < m.span[1]}
    found |= {tokens[i].sentence for i in counted}
    # A question asking where results came from is answered by the first sentence below it ("Q4. Format in which
    # the results were obtained?" "A: 12-layer stacked pouch. The product offered is a prismatic cell."), and so is
    # one about a cycle count ("You announced 1,000 cycles. Where does that come from?" "From our coin cells.").
    asking = {t.label_of for i, t in enumerate(tokens) if t.label_of >= 0 and (t.word in _RESULT_WORDS or i in counted)}
    answers: dict[int, int] = {}
    for t in tokens:
        if t.value_of in asking:
            answers.setdefault(t.value_of, t.sentence)
    return found | set(answers.values()) | _result_cells(text, tokens) | _pointed_back_to(tokens, found)


#: Words that point back to something named before ("those pouch cells", "these stacks", "the same cells").
_POINTING_BACK = frozenset({"those", "these", "same"})


def _pointed_back_to(tokens: Sequence[Token], results: set[int]) -> set[int]:
    """The sentences that name first what a sentence reporting results points back to ("... everything below comes
    from our twenty-layer, 5 Ah pouch cells. Those pouch cells have run 1,500 cycles"): the results are that thing's,
    as it was described there."""
    found: set[int] = set()
    for i, t in enumerate(tokens[:-1]):
        after = tokens[i + 1]
        if t.word not in _POINTING_BACK or t.read or t.sentence not in results or after.clause != t.clause:
            continue
        earlier = [u for u in tokens[:i] if u.word == after.word and not u.read and u.sentence < t.sentence]
        if earlier:
            found.add(earlier[-1].sentence)
    return found


#: Verbs that report a result ("delivered 300 Wh/kg") or, with a recipient after them, goods handed over.
_HANDED_OVER = frozenset({"delivered"})
_RECIPIENT = "to"
#: Words counting goods by the piece ("50 pcs", "200 units").
_PIECES = frozenset(fold_words("pcs pc pieces units samples sets"))


def _delivered_to(tokens: Sequence[Token], i: int) -> bool:
    """Whether the result word at ``i`` hands goods over to someone ("cells delivered to three bus makers") or counts
    the pieces handed over ("50 pcs delivered"): a delivery says who received the product or how many, not where a
    result was measured."""
    if tokens[i].word not in _HANDED_OVER:
        return False
    if i > 0 and tokens[i - 1].clause == tokens[i].clause and (
            tokens[i - 1].word in _PIECES or tokens[i - 1].word.isdigit()):
        return True  # a count of pieces delivered ("50 pcs delivered", "samples: 200 delivered") hands goods over
    after = takewhile(lambda t: t.clause == tokens[i].clause, tokens[i + 1:])
    return any(t.word == _RECIPIENT for t in after)


def _result_cells(text: str, tokens: Sequence[Token]) -> set[int]:
    """The cells (sentences) of a table's rows and columns whose label or heading is a result word."""
    found: set[int] = set()
    block: list[dict[int, list[Token]]] = []
    # (Goods handed over report no result in a heading or a label either: "50 pcs delivered".)
    handed_over = {tokens[i].start for i in range(len(tokens)) if _delivered_to(tokens, i)}

    def reports(t: Token) -> bool:
        return t.word in _RESULT_WORDS and t.start not in handed_over

    def close() -> None:
        if len(block) >= _TABLE_ROWS:
            heading = block[0]
            columns = {k for k, cell in heading.items() if k and any(reports(t) for t in cell)}
            found.update(t.sentence for row in block[1:] for k in columns for t in row.get(k, []))
        block.clear()

    i = 0
    for start, end in line_spans(text):
        inside = []
        while i < len(tokens) and tokens[i].start < end:
            if tokens[i].start >= start and not tokens[i].read:
                inside.append(tokens[i])
            i += 1
        if RULE_LINE.fullmatch(text[start:end]):
            continue  # "------  -----": the rule under a heading row
        if "|" not in text[start:end]:
            close()
            continue
        row: dict[int, list[Token]] = {}
        for t in inside:
            row.setdefault(text.count("|", start, t.start), []).append(t)
        first = min(row, default=None)
        if first is not None and any(reports(t) for t in row[first]):
            found.update(t.sentence for cell in row.values() for t in cell)
        block.append({k - (first or 0): cell for k, cell in row.items()})
    close()
    return found


#: The least rows a table has; fewer lines with cell borders are not one.
_TABLE_ROWS = 2


def _match(step: Step, text: str, tokens: Sequence[Token], windows: _WordWindows,
           measurements: Sequence[Measurement], *, cautious: bool, refusals: Sequence[Refusal] = (),
           topics: frozenset[str] = frozenset(), written: Callable[[int, int], str] | None = None,
           results: set[int] | None = None, foreign_rows: frozenset[int] = frozenset(),
           own_rows: frozenset[int] = frozenset(), others: frozenset[str] = frozenset(),
           other_topics: frozenset[str] = frozenset(),
           named_rows: frozenset[int] = frozenset(),
           borrowed: Mapping[int, frozenset[str]] | None = None,
           formulas: Collection[frozenset[str]] = (),
           foreign_phrases: frozenset[tuple[str, ...]] = frozenset(),
           denied_questions: frozenset[int] = frozenset(),
           others_named: Collection[tuple[int, int]] = ()) -> StepMatch:
    said = written or (lambda a, b: " ".join(text[a:b].split()))
    if results is None:
        results = _result_sentences(text, tokens, measurements)
    hits = _find_hits(step, tokens, windows, results if cautious else None, foreign_rows, own_rows, borrowed,
                      formulas, denied_questions, text)
    hits = [h for h in hits if not _article_for_letter(h, tokens, text)]
    if cautious:
        hits = _named_in_brackets(hits, tokens, text)
    if cautious:
        # What the text says was replaced ("coin-cell data replaced with results from pouch prototypes") is superseded
        # wherever else it names it (an earlier revision's entry): the option is no longer the product's.
        superseded = {h.option.id for h in hits if _replaced(tokens, h)}
        hits = [h for h in hits if h.option.id not in superseded and not _tried_and_dropped(tokens, h)
                and not _not_used(tokens, h)]
        # What the text says the product now is ("the cell is now all-solid-state") supersedes what an earlier entry
        # said of the same step.
        current = {h.option.id for h in hits if _now_is(tokens, h)}
        if len(current) == 1:
            hits = [h for h in hits if h.option.id in current or h.option.rating == "unknown"]
    if cautious and any(o.fallback and o.detect is not None and o.detect.measure == "cycles" for o in step.options):
        # A cycle life a row's label calls rated or warranted ("Rated cycle life: 2k cycles to 80 %", "Cycle life
        # (rated): 1,500 cycles to 80 % SoH") is a rating: the share it is counted to is its end-of-life criterion, no
        # capacity measured after cycling, so the count is its headline.
        rated = _rated_cycle_life_rows(tokens)
        hits = [h for h in hits if h.option.fallback or not _in_row_value(tokens, h, rated)]
        # So is one its clause calls rated in a sentence that backs it with a warranty ("Rated 5,000 cycles to 70 %,
        # covered by a 10-year warranty"): a promise, its share the warranty's end-of-life criterion, which states the
        # headline count in words.
        headline = next(o for o in step.options if o.fallback)
        hits = [replace(h, option=headline, how="rating") if not h.option.fallback and _warranted_rating(tokens, h)
                else h for h in hits]
    # A measure the text says was never taken denies the option it is a wording of alone ("impedance growth was not
    # measured"): nothing else the text says (a teardown done for another reason) reports it.
    denied = {h.option.id for h in hits if h.how == "denied" and _distinctive(step, h)}
    hits = [h for h in hits if h.how != "denied" and h.option.id not in denied]
    if cautious and any(o.detect is not None and o.detect.measure == "temperature" for o in step.options):
        # A temperature named in words in the clause of a window the text spans ("Lantern room temperature ranges from
        # 2 °C to 30 °C over the year") names that window, where the product is kept, no condition of a test.
        hits = [h for h in hits if h.option.detect is None or h.option.detect.measure != "temperature"
                or not _names_window(tokens, h, measurements)]
    if cautious:
        hits = [h for h in hits if not _ready_adjective(h, tokens, text) and not _adverbial_only(h, tokens)
                and not _names_a_fitting(h, tokens) and not _rated_in_watts(h, tokens)
                and not _prototype_assembly(h, tokens)]
    # What any step asks about, by its title's words or its subject's: "DCIR growth after cycling" withholds a growth,
    # so its "cycling" only says which one.
    asked_about = topics | others | other_topics

    def subject(k: int, scope: frozenset[int]) -> bool:
        # A word of this step's subject that qualifies a word of another step's title ("test conditions",
        # "production temperature") is not what is withheld: the noun after it is. (Not "manufacturing capacity":
        # capacity names no step's title.)
        # (Nor is a word inside another step's other name: "end-of-test data" is what was measured after cycling,
        # its "test" naming no test format.)
        return names_topic(tokens[k].word, topics) and not modifies_other_title(k, scope) and not qualifier(
            k, scope) and not owned(k, scope) and not ends_foreign_phrase(k, scope) and not any(
            a <= tokens[k].start < b for a, b in others_named)

    def modifies_other_title(k: int, scope: frozenset[int]) -> bool:
        # The noun may come a word later, after the hyphened compound the word opens: "Flight-log temperatures are the
        # customer's data" withholds temperatures, its "flight" only saying which.
        for j in (k + 1, k + 2):
            if j not in scope or tokens[j].clause != tokens[k].clause or names_topic(tokens[j].word, topics):
                return False
            if names_topic(tokens[j].word, others):
                return True
            if text[tokens[k].end:tokens[j].start] != "-":
                return False
        return False

    def ends_foreign_phrase(k: int, scope: frozenset[int]) -> bool:
        # Nor a word of this step's subject that ends a wording of another step's option: "whether the cells contain any
        # liquid or gel electrolyte" asks about the route (what is liquid or gel), not the electrolyte family.
        # (The whole wording in what the refusal covers: an aside withholding what the word before it names, "a gel
        # electrolyte (its formulation is confidential)", covers that word alone.)
        return any(k + 1 >= len(p) and tuple(t.word for t in tokens[k + 1 - len(p):k + 1]) == p
                   and all(t.clause == tokens[k].clause for t in tokens[k + 1 - len(p):k + 1])
                   and all(j in scope for j in range(k + 1 - len(p), k + 1))
                   for p in foreign_phrases)

    def before_phrase(k: int) -> int:
        # A word read from a phrase is qualified by what comes before the phrase, not by the phrase's own words: the
        # "cycling" of "results after cycling", read as a cycle count's, is no conditions' title word before it, nor its
        # "after" a preposition after what is withheld.
        j = k - 1
        while tokens[k].read and j >= 0 and tokens[j].start >= tokens[k].start:
            j -= 1
        return j

    def owned(k: int, scope: frozenset[int]) -> bool:
        # Nor is a word of this step's subject that another step's title word qualifies before it: "the anode
        # composition" is the anode's make-up, not the electrolyte's composite.
        j = before_phrase(k)
        before = tokens[j] if j in scope and tokens[j].clause == tokens[k].clause else None
        return before is not None and before.word in others and not names_topic(before.word, topics)

    def qualifier(k: int, scope: frozenset[int]) -> bool:
        # Words after a preposition that follows what is withheld only say which one: "Stack pressure during the
        # release test: confidential" withholds a pressure, not the test's format; "Test temperature and C-rate of
        # reported results" withholds conditions, not the results. (Where nothing a step asks about comes before the
        # preposition, the words after it are what is withheld: "details of the test format".)
        clause = tokens[k].clause
        for j in range(before_phrase(k), -1, -1):
            if j not in scope or tokens[j].clause != clause:
                return False
            if tokens[j].word in _QUALIFYING and not tokens[j].read:
                if tokens[j].word in _WHEN_RELEASED:
                    return True
                return any(names_topic(tokens[h].word, asked_about)
                           for h in range(j) if h in scope and tokens[h].clause == clause)
        return False

    # A refusal that declines another refusal's words ("we can't reveal that: it stays confidential") declines what
    # they are about, not this step: only the words of an option that states something are declined.
    # (Nor does one whose words only say which thing is withheld: "Cell data after 18 months of fleet operation: under
    # NDA" withholds data after cycling, not the fleet they came from.)
    declined = [r for r in refusals if any(r.declined.intersection(range(h.first, h.last))
                                           and not qualifier(h.first, r.scope) for h in hits
                                           if h.option.rating != "unknown")
                or any(subject(k, r.scope) for k in r.scope)]
    # A refusal that declines an option's own words ("production capacity and line yield I cannot answer") withholds
    # what the step asks for, wherever the text says the fallback's words.
    declines_option = any(h.first in r.declined for r in declined for h in hits
                          if not h.option.fallback and h.option.rating != "unknown")
    if cautious:
        # (After the refusals have been weighed: a question a refusal answers names what it declines.)
        hits = [h for h in hits if not _asked(tokens, text, h)]
    if declined:
        hits = [h for h in hits if not any(h.first in r.declined for r in declined)]
    if cautious and any(_names_title(tokens, r.scope, step) for r in declined):
        # A refusal of the step by its own name ("the stack pressure used in those tests is confidential") outweighs
        # words said of another step's subject alone: "the lithium foil anode gets a buffer layer" is the anode's
        # protection, no answer about pressure. (What a sentence reporting results names, "600 cycles in coin cells",
        # is said of those results.)
        hits = [h for h in hits if h.option.fallback or tokens[h.first].sentence in results
                or not _said_of_another(tokens, h, step, others)]
    if cautious and any(_row(tokens[r.cue[0]]) in named_rows and _names_title(tokens, r.scope, step)
                        for r in declined):
        # A row about this step that declines it ("Test conditions: confidential") outweighs what the text says of
        # the step elsewhere, outside the sentences reporting results: a slogan's "fast charging" is no condition.
        # (A row naming one kind of evidence only, "Yield: not discussed", leaves the samples the text says went out:
        # it declines that kind, not the step.)
        hits = [h for h in hits if _row(tokens[h.first]) in named_rows or tokens[h.first].sentence in results]
    if cautious and step.from_results and any(tokens[k].word in _RESULT_WORDS for r in declined for k in r.scope):
        # A refusal of what the results came from ("Format of reported test results: confidential") withholds the
        # step; a format named outside the sentences reporting results (the product offered) does not answer it.
        hits = [h for h in hits if tokens[h.first].sentence in results]
    if cautious and not step.from_results and any(_answers(tokens[i], own_rows) for h in hits
                                                  if h.option.rating != "unknown" for i in range(h.first, h.last)):
        # Where the answer to a row about this step states it ("> 5. Stack pressure?" "None, no clamping."), what
        # the text says of it outside the rows about it (another product's "~3 MPa in a fixture" in the preamble),
        # in words or in numbers, does not answer it. (A step read from where the results came from weighs the rows
        # about results itself.)
        hits = [h for h in hits if not _elsewhere(tokens[h.first:h.last], named_rows)]
        measurements = [m for m in measurements if m.span is None or not _elsewhere(
            [t for t in tokens if m.span[0] <= t.start < m.span[1]], named_rows)]
    if cautious and step.from_results and results:
        # A row that calls its format the product's ("Product format: 10 Ah pouch cells", "Format of the product:
        # prismatic") names what is sold, not what produced the results the text reports elsewhere: where no
        # sentence reporting them names a format, the step stays open.
        sold = _product_rows(tokens, step)
        if sold:
            # (Words read from a phrase are in the row of the phrase's own words: "10 Ah pouch" read as "ah class".)
            rows = {t.start: _row(t) for t in tokens if not t.read}
            hits = [h for h in hits if tokens[h.first].sentence in results or not any(
                row in sold for start, row in rows.items() if tokens[h.first].start <= start < tokens[h.last - 1].end)]
    # A distance a fleet has run weighs where results came from ("the buses have run 250,000 km" outweighs a product
    # format named without a result), though it is no result a refusal of the results' format is set against ("Our
    # cells drove 8,000 km in a demo car." "Which test format?" "I can't tell you that." withholds the format).
    # So does a time in service ("containers in service since March 2024"): how long a fleet or a site has run.
    evidence = _weigh(hits, tokens, results | _distance_sentences(tokens) | _service_sentences(tokens))
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
    # A fallback option counts only where nothing more is given, and an explicit refusal of the step is more:
    # "solid-state; the architecture is disclosed only under NDA" withholds the route. Only a refusal made where
    # the fallback's words are (their sentence or row) and naming the step in words of its own ("solid-state
    # battery pricing is confidential" withholds a price, not the route), and not where the text says the
    # fallback's words are all there is ("they only call it solid-state").
    fallback_hits = [h for h in hits if h.option in kept]
    if cautious and declined and kept and all(o.fallback for o in kept) and not any(
            _word_before(tokens, h.first, _ALL_THERE_IS, _NEGATION_REACH) for h in fallback_hits) and (
            declines_option or any(_refuses_beside(r, fallback_hits, hits, tokens, topics, text)
                                   or _row(tokens[r.cue[0]]) in named_rows
                                   or _names_title(tokens, r.declined, step) for r in declined)):
        # (So is a refusal in a row about the step, the answer to its question: "> 8) Which evidence for
        # manufacturability exists?" "We can give no information at present."; and one that names the step by its
        # title wherever it stands: "SSB modules" in one line, "they replied that the route is proprietary
        # information" in another.)
        kept = []
    if cautious and declined and kept and all(o.fallback for o in kept) and not fallback_hits:
        # A fallback read from a number alone (a bare cycle count) says nothing more is given; a refusal of the step,
        # of an option's own words or of the step's subject ("capacity and resistance data are only released under
        # NDA", "... data after 800 cycles are confidential"), says more is withheld.
        kept = []
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
    holding: set[str] = set()
    if cautious:
        # The most worrying reading first; between equally worrying ones, where the results were reported.
        # A step that asks where the results came from (the format) takes what the results were reported from
        # before any rating: a fleet result read from a bus is not a prismatic cell's.
        # Between two formats both named where results were reported, the one said more of there wins: a
        # "12-bilayer stacked pouch" is a multilayer stack, whatever product format is named beside it.
        # Between equally worrying formats both named where results were reported, one whose wordings refine the
        # other's ("multilayer pouch" of "pouch") says how that cell was built: a "bilayer pouch" is a multilayer
        # stack, whatever "pouch cells" the text says elsewhere.
        refined = {b.id for a in kept for b in kept if step.from_results and a.id in evidence.in_results
                   and b.id in evidence.in_results and a.rating == b.rating and _refines(a, b)}
        # Between equally worrying options, one a figure of the text states outweighs one read from words alone: "the
        # interlayer lets us run at 0.5 MPa" still needs a stack pressure.
        figured = {o.id for o in kept if o.detect is not None
                   and any(o.detect.accepts(m) for m in measurements if not m.window)}
        # Cells said to run in a vehicle ("prototype cells have run for nine months in twelve development vehicles")
        # were tested in it: where the results came from is what holds the other, when that is the stronger
        # evidence.
        holding = {b.option.id for a in hits for b in hits if step.from_results and _holds(tokens, b, a)}
        # Where no format is named in the sentences reporting results, one named in the numbered section that reports
        # them ("2. Field data: Site: a wind farm, in service since 2024 ... After 500 cycles: SOH 95 %") is where
        # they came from, before a product format in another section ("1. Cell: 280 Ah prismatic").
        sectioned = _in_result_sections(text, tokens, hits, results) if step.from_results else set()
        kept.sort(key=lambda o: (step.from_results and o.id not in evidence.in_results,
                                 step.from_results and o.id not in sectioned,
                                 o.id not in holding,
                                 RATINGS.index(o.rating) if o.rating in RATINGS else 99,
                                 o.id not in evidence.in_results,
                                 o.id in refined,
                                 o.id not in figured,
                                 -evidence.result_score.get(o.id, 0.0) if step.from_results else 0.0,
                                 -evidence.weight(o), order[o.id]))
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
        if cautious and chosen.id in holding:
            explanation += ", which the text puts in this one, so the results come from it - confirm with the supplier"
        elif cautious:
            explanation += ", and the more cautious reading was taken - confirm with the supplier"
    return StepMatch(step=step, option=chosen, ambiguous=(), evidence=span, explanation=explanation)


#: Words of a rating, and of a cycle count, that a row's label carries together ("Rated cycle life", "Cycle life
#: (warranted)"). (Not a rated life alone: "Rated life | rated for 2,500 cycles to 75 % capacity" still reads as the
#: capacity left then, the count a rating test ran to.)
_RATING = frozenset(fold_words("rated warranted guaranteed"))
_CYCLE_LIFE = frozenset(fold_words("cycle cycles"))


def _rated_cycle_life_rows(tokens: Sequence[Token]) -> set[int]:
    """The rows whose label names a cycle life and calls it rated or warranted, or whose label names a cycle life and
    whose value's first sentence calls it so ("Cycle life: 3,000 (rated, to 80 % SoH)"): the label says the value is
    the cycle life, and the value's word says it is a rating."""
    labels: dict[int, set[str]] = {}
    first: dict[int, int] = {}
    values: dict[int, set[str]] = {}
    for t in tokens:
        if t.label_of >= 0 and not t.read:
            labels.setdefault(t.label_of, set()).add(t.word)
        if t.value_of >= 0 and not t.read and first.setdefault(t.value_of, t.sentence) == t.sentence:
            values.setdefault(t.value_of, set()).add(t.word)
    return {row for row, words in labels.items()
            if words & _CYCLE_LIFE and (words | values.get(row, set())) & _RATING}


#: Words of a warranty or a guarantee, which back a rating with a promise.
_WARRANTY = frozenset(fold_words("warranty warranties warranted guarantee guarantees guaranteed"))


def _warranted_rating(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether ``hit`` follows a word of :data:`_RATING` in its clause, in a sentence that names a warranty or a
    guarantee ("Rated 5,000 cycles to 70 %, covered by a 10-year warranty", "warranted for 3,000 cycles to 70 %"). (Not
    a rating alone, "rated for 2,500 cycles to 75 % capacity", which a rating test may have measured.)"""
    first = tokens[hit.first]
    rated = any(t.word in _RATING and t.clause == first.clause and not t.read for t in tokens[:hit.first])
    return rated and any(t.word in _WARRANTY and t.sentence == first.sentence and not t.read for t in tokens)


def _in_row_value(tokens: Sequence[Token], hit: Hit, rows: Collection[int]) -> bool:
    """Whether ``hit`` is in the first sentence of the value of one of ``rows`` (words read from a phrase are placed
    by the written word before them): a later sentence of the value says something of its own ("Basis: ...")."""
    k = hit.first
    while k >= 0 and tokens[k].read:
        k -= 1
    if k < 0 or tokens[k].value_of not in rows:
        return False
    row = tokens[k].value_of
    return tokens[k].sentence == next(t.sentence for t in tokens if t.value_of == row)


#: A line that opens a numbered section ("2. Field data", "1) Product"): its lines run to the next such line.
_SECTION_START = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+\S", re.MULTILINE)


def _in_result_sections(text: str, tokens: Sequence[Token], hits: Sequence[Hit], results: set[int]) -> set[str]:
    """The options of ``hits`` named in a numbered section of ``text`` that holds a sentence reporting results."""
    starts = [m.start() for m in _SECTION_START.finditer(text)]
    if not starts:
        return set()

    def section(t: Token) -> int:
        return bisect_left(starts, t.start + 1)  # sections are counted from 1; 0 is the text before the first

    reporting = {section(t) for t in tokens if t.sentence in results and not t.read} - {0}
    return {h.option.id for h in hits if section(tokens[h.first]) in reporting}


#: Words naming what a supplier sells, which before a step's title word ("product format") or after it ("format of
#: the product") make that row's answer the product's.
_PRODUCT = frozenset(fold_words("product products"))
_OF_THE = frozenset(fold_words("of the our its"))


def _product_rows(tokens: Sequence[Token], step: Step) -> set[int]:
    """The datasheet rows that name ``step``'s subject as the product's, by its title word: "Product format", "format
    of the product" (in the row's label or in its value, where a translation in brackets says it)."""
    title = _title_words(step)
    found: set[int] = set()
    for k, t in enumerate(tokens):
        if t.read or t.word not in title or _row(t) < 0:
            continue
        before = tokens[k - 1] if k > 0 and tokens[k - 1].clause == t.clause else None
        after = [u.word for u in tokens[k + 1:k + 4] if u.clause == t.clause]
        product_after = bool(after) and after[0] == "of" and any(
            w in _PRODUCT for w in takewhile(lambda w: w in _OF_THE or w in _PRODUCT, after))
        if (before is not None and before.word in _PRODUCT) or product_after:
            found.add(_row(t))
    return found


def _title_words(step: Step) -> frozenset[str]:
    """The words of ``step``'s title long enough to name it ("stack", "pressure")."""
    return frozenset(w for w in fold_words(step.title) if len(w) > _EXACT_ONLY_CHARS)


def _names_title(tokens: Sequence[Token], scope: Collection[int], step: Step) -> bool:
    """Whether the words ``scope`` name ``step`` by a word of its title, or one sharing its stem ("Manufacturing
    status" names the manufacturability evidence, as :func:`.refusals.names_topic` reads a subject's words). Not a
    word naming whoever does it: "Cell manufacturer: confidential" withholds a party's name, not the evidence."""
    title = frozenset(_title_words(step))
    return any((tokens[k].word in title or (names_topic(tokens[k].word, title)
                                            and not tokens[k].word.endswith(_AGENT_ENDINGS)))
               and not tokens[k].read for k in scope)


#: The endings of a noun naming whoever does a thing ("manufacturer", "producers", "operator").
_AGENT_ENDINGS = ("er", "ers", "or", "ors")


def _said_of_another(tokens: Sequence[Token], hit: Hit, step: Step, others: frozenset[str]) -> bool:
    """Whether ``hit``'s sentence names another step by its title's words (``others``) and ``step`` by none of its
    own: what it says is said of that other subject."""
    sentence = [t for t in tokens if t.sentence == tokens[hit.first].sentence and not t.read]
    title = _title_words(step)
    return any(t.word in others for t in sentence) and not any(t.word in title for t in sentence)


#: Prepositions after which a label's words qualify what it names ("pressure during the test", "rate of results").
_QUALIFYING = frozenset({"of", "during", "in", "for", "at", "on", "from", "with", "under", "by", "behind", "after",
                         "before", "per", "across", "within",
                         "until", "till", "pending"})
#: Words of :data:`_QUALIFYING` after which a refusal says when the thing withheld will be given ("confidential until
#: the customer sign-off"): the words after them never name what is withheld.
_WHEN_RELEASED = frozenset({"until", "till", "pending"})


def _distinctive(step: Step, hit: Hit) -> bool:
    """Whether ``hit``'s alias is a wording of its option alone among the step's options."""
    words = fold_words(hit.alias)
    return not any(fold_words(w) == words for o in step.options if o.id != hit.option.id for w in o.wordings)


#: A readiness joined to the words before it by a hyphen: "mass-production-ready", "gigafactory-ready".
_READY_SUFFIX = re.compile(r"-\s?ready\b", re.IGNORECASE)


def _ready_adjective(hit: Hit, tokens: Sequence[Token], text: str) -> bool:
    """Whether ``hit`` only makes an adjective of readiness ("a mass-production-ready design"): marketing's praise of
    the product, neither a fact of production nor a plan for it (unlike "ready for mass production in 2027")."""
    last = tokens[hit.last - 1]
    return not last.read and _READY_SUFFIX.match(text, last.end) is not None


def _adverbial_only(hit: Hit, tokens: Sequence[Token]) -> bool:
    """Whether the "only" that ends ``hit``'s alias qualifies the verb after it, not the noun before: "The lab only
    logged the cycle count" says what the lab did, not that the product is "lab only"."""
    words = fold_words(hit.alias)
    if not words or words[-1] != "only" or hit.first == 0 or hit.last >= len(tokens):
        return False
    first, after = tokens[hit.first], tokens[hit.last]
    # (After an article or a possessive, the noun is a subject, not part of an "X only" label.)
    return (tokens[hit.first - 1].word in _PASSED_OVER and tokens[hit.first - 1].clause == first.clause
            and after.clause == first.clause and not after.read)


#: Fittings named after what they plug into ("a 12 V car socket", "a car charger", "a van adapter"): the words before
#: them say which fitting it is, not that anything was put in a vehicle.
#: (And a bag a cell is packed in, "an ordinary pouch bag": the word before it says which bag, not how the cell inside
#: was built.)
_FITTINGS = frozenset(fold_words("socket sockets charger chargers adapter adapters adaptor adaptors outlet outlets "
                                 "plug plugs port ports lighter mount mounts bag bags"))
#: Test equipment named after the measure it takes ("the EIS channel was booked", "an impedance analyser"): the words
#: before it say which instrument it is, not that the measure was taken.
_INSTRUMENTS = frozenset(fold_words("channel channels analyser analysers analyzer analyzers instrument instruments "
                                    "station stations spectrometer spectrometers"))

#: Buyers named by what they make or run ("delivered to fleet customers", "samples to two car makers"): the words before
#: say who buys, not where a result was measured.
_BUYERS = frozenset(fold_words("customer customers client clients buyer buyers maker makers manufacturer "
                               "manufacturers oem oems market markets segment segments"))


#: The word of a prototype, and what many cells are put together in: a prototype of one of these ("a prototype pack of
#: 120 cells", "the prototype module") is an assembly being tried out, no full-size prototype cell a result came from.
_PROTOTYPE = "prototype"
_ASSEMBLIES = frozenset(fold_words("pack packs module modules system systems cabinet cabinets"))


def _prototype_assembly(hit: Hit, tokens: Sequence[Token]) -> bool:
    """Whether ``hit`` is the bare word "prototype" qualifying the assembly named right after it in its clause ("a
    prototype pack of 120 cells"): the pack is the prototype, and says nothing of the cells' format."""
    if hit.alias != _PROTOTYPE or hit.last >= len(tokens):
        return False
    after = tokens[hit.last]
    return not after.read and after.clause == tokens[hit.last - 1].clause and after.word in _ASSEMBLIES


#: A cell's wrappings, which a layered make-up may qualify ("a multilayer barrier film", "a multilayer thin-film
#: encapsulation"): a layered wrapping is no layered cell stack ("a multilayer thin-film cell" names no wrapping).
_WRAPPINGS = frozenset(fold_words("barrier barriers coating coatings encapsulation encapsulant packaging casing "
                                  "enclosure seal"))
#: How many words may stand between a layered make-up and the wrapping it qualifies ("multilayer thin-film barrier").
_WRAPPING_REACH = 3


def _names_a_fitting(hit: Hit, tokens: Sequence[Token]) -> bool:
    """Whether ``hit``'s words only qualify the fitting, the instrument or the buyer named right after them in its
    clause ("a 12 V car socket", "the EIS channel", "fleet customers"), or name a layered make-up that only
    qualifies a wrapping named within :data:`_WRAPPING_REACH` words ("a multilayer thin-film barrier"). (A material
    before a coating is no layered make-up: "Anode: graphite slurry coating" coats the foil with the anode's own
    material.)"""
    clause = tokens[hit.last - 1].clause
    layered = any(_LAYERED in w for w in fold_words(hit.alias))
    for j in range(hit.last, min(hit.last + _WRAPPING_REACH, len(tokens))):
        after = tokens[j]
        if after.read or after.clause != clause:
            return False
        if (j == hit.last and after.word in _FITTINGS | _BUYERS | _INSTRUMENTS) or (
                layered and after.word in _WRAPPINGS):
            return True
    return False


#: A power written as its unit, alone ("65 W", "sixty-five-watt") or joined to its figure ("65W", "1.5kW").
_POWER_UNITS = frozenset(fold_words("w watt watts kw kilowatt kilowatts"))
_POWER_FIGURE = re.compile(r"\d+(?:[.,]\d+)?k?w")


def _rated_in_watts(hit: Hit, tokens: Sequence[Token]) -> bool:
    """Whether ``hit`` comes right after a power in its clause ("65 W fast charging", "a sixty-five-watt fast charger"):
    the product's charging feature, rated in watts, no rate a result was measured at."""
    k = hit.first - 1
    if k < 0 or tokens[k].clause != tokens[hit.first].clause or tokens[k].read:
        return False
    return tokens[k].word in _POWER_UNITS or bool(_POWER_FIGURE.fullmatch(tokens[k].word))


#: What the words of a layered make-up share ("multilayer", "multi layer", "bilayer").
_LAYERED = "layer"


#: The letter that is also the article: an alias opening with it alone names a designation ("A-sample").
_ARTICLE_LETTER = "a"


def _article_for_letter(hit: Hit, tokens: Sequence[Token], text: str) -> bool:
    """Whether ``hit`` takes the article "a" for the letter of a designation its alias opens with ("propose a sample
    schedule" is no A-sample): the designation is written as a capital."""
    first = tokens[hit.first]
    return (fold_words(hit.alias)[:1] == (_ARTICLE_LETTER,) and not first.read
            and text[first.start:first.end] == _ARTICLE_LETTER)


#: Prepositions that put one thing inside another ("cells running in development vehicles"), and how many words
#: may come between one and what it holds ("in twelve development vehicles").
_INSIDE = frozenset({"in", "inside", "into", "aboard", "within"})
_INSIDE_REACH = 3


def _holds(tokens: Sequence[Token], outer: Hit, inner: Hit) -> bool:
    """Whether ``outer`` is named, in the clause of ``inner`` and after it, as what ``inner`` was put in ("prototype
    cells ... have been running in twelve development vehicles"), and is the stronger evidence of the two: the results
    came from it, the other being what it held. (A "multilayer stack in a pouch" is still the stack: the pouch is no
    stronger evidence.)"""
    if outer.option.id == inner.option.id or inner.last > outer.first or (
            tokens[inner.first].clause != tokens[outer.first].clause):
        return False
    ratings = [RATINGS.index(o.rating) if o.rating in RATINGS else -1 for o in (outer.option, inner.option)]
    if min(ratings) < 0 or ratings[0] <= ratings[1]:
        return False

    def places(since: int, hit: Hit) -> list[int]:
        return [k for k in range(since, hit.first)
                if (tokens[k].word in _INSIDE or _taken_out_of(tokens, k)) and not tokens[k].read
                and tokens[k].clause == tokens[hit.first].clause]

    # (A place named beside another is no thing held: "tested in coin cells and in 10-layer stacks"; nor is what ran
    # in two places held by one of them: "ran 300 cycles in the lab and in one demo car".)
    between = places(inner.last, outer)
    return len(between) == 1 and between[0] >= outer.first - _INSIDE_REACH - 1 and not places(
        max(inner.first - _INSIDE_REACH - 1, 0), inner)


#: Words before "from" that take a thing out of where it was ("removed from the vehicle"), and the word before "of"
#: that does ("came out of a development vehicle"): it was in there.
_TAKING_OUT = frozenset(fold_words("removed taken pulled recovered extracted retrieved dismounted"))
_OUT = "out"


def _taken_out_of(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is the preposition of taking a thing out of a place ("removed from", "came out of")."""
    before = tokens[k - 1].word if k > 0 else ""
    return (tokens[k].word == "from" and before in _TAKING_OUT) or (tokens[k].word == "of" and before == _OUT)


#: An opening bracket right after a word: what the bracket holds may say what that word is ("prototype (car #1)").
_OPENING_BRACKET = re.compile(r"\s*\(\s*")


def _named_in_brackets(hits: list[Hit], tokens: Sequence[Token], text: str) -> list[Hit]:
    """``hits`` with a one-word wording that a bracket right after it names more closely read as what the bracket
    names: "Our prototype (car #1) has covered 18,400 km" names a prototype that is a car, a vehicle, not the prototype
    cell the word alone is a wording of. (Only where the bracket opens with a wording of another option of the step:
    the bracket says which one.)"""
    read: list[Hit] = []
    for h in hits:
        k = h.first
        named = next((g for g in hits if g.first == k + 1 and g.how == "words" and g.option.id != h.option.id), None)
        if (h.length != 1 or h.how != "words" or named is None or tokens[k].read or tokens[k + 1].read
                or _OPENING_BRACKET.fullmatch(text, tokens[k].end, tokens[k + 1].start) is None):
            read.append(h)
            continue
        read.append(replace(h, option=named.option, alias=named.alias))
    return read


def _refines(option: Option, other: Option) -> bool:
    """Whether a wording of ``option`` is a wording of ``other`` with more words: "multilayer pouch" refines
    "pouch"."""
    theirs = {tuple(fold_words(a)) for a in other.aliases}
    for alias in option.aliases:
        words = tuple(fold_words(alias))
        if any(0 < len(t) < len(words) and any(words[i:i + len(t)] == t for i in range(len(words) - len(t) + 1))
               for t in theirs) and words not in theirs:
            return True
    return False


#: An item of a bulleted list, opening its line.
_BULLET_ITEM = re.compile(r"[ \t]*[-*•·][ \t]+\S")


def _refuses_beside(refusal: Refusal, fallback_hits: Sequence[Hit], hits: Sequence[Hit], tokens: Sequence[Token],
                    topics: frozenset[str], text: str) -> bool:
    """Whether ``refusal`` is made in the sentence or row of one of ``fallback_hits``, or later in its paragraph (a
    line of prose, its wrapped lines joined: "Helion markets the SX as 'solid-state'. Asked whether any liquid
    remains, they said the architecture is not disclosed."), and names the step in words of its own: a word of the
    step's subject outside every option's words (not the product's name a fallback quotes: "solid-state battery")."""
    def unit(k: int) -> tuple[int, int]:
        row = tokens[k].label_of if tokens[k].label_of >= 0 else tokens[k].value_of
        return (1, row) if row >= 0 else (0, tokens[k].sentence)

    def later_in_paragraph(h: Hit) -> bool:
        first = min(refusal.scope)
        return unit(h.first)[0] == 0 and unit(first)[0] == 0 and tokens[h.first].start < tokens[first].start and (
            "\n" not in text[tokens[h.first].start:tokens[first].start])

    def later_in_list(h: Hit) -> bool:
        # (A list's items answer one by one, as a paragraph's sentences do: "- Lab result: 90 % after 300 cycles" and
        # a later "- How many were made? Production volumes are confidential.")
        first = min(refusal.scope)
        if tokens[h.first].start >= tokens[first].start:
            return False
        opening = text.rfind("\n", 0, tokens[h.first].start) + 1
        closing = text.find("\n", tokens[first].start)
        lines = text[opening:closing if closing >= 0 else len(text)].split("\n")
        return len(lines) > 1 and all(_BULLET_ITEM.match(line) for line in lines)

    units = {unit(k) for k in refusal.scope}
    beside = any(unit(h.first) in units for h in fallback_hits)
    if not beside and not any(later_in_paragraph(h) or later_in_list(h) for h in fallback_hits):
        return False
    quoted = {i for h in hits for i in range(h.first, h.last)}
    # (A later sentence must name the step in words the fallback's wordings do not say again: "Battery pricing is
    # confidential" names the "solid-state battery" of the sentence before, not its route.)
    vague = set() if beside else {t.word for h in fallback_hits for t in tokens[h.first:h.last]}
    return any(names_topic(tokens[k].word, topics) and k not in quoted and tokens[k].word not in vague
               for k in refusal.scope)


def _weigh(hits: list[Hit], tokens: Sequence[Token], results: set[int] | None = None) -> _Evidence:
    """Score each option by the letters its aliases cover (each word once) times their similarity."""
    evidence = _Evidence()
    results = results or set()
    for hit in hits:
        covered = evidence.coverage.setdefault(hit.option.id, set())
        new = set(range(hit.first, hit.last)) - covered
        covered |= new
        earned = sum(len(tokens[i].word) for i in new) * hit.similarity
        evidence.score[hit.option.id] = evidence.score.get(hit.option.id, 0.0) + earned
        if hit.how == "mixture" or any(tokens[i].decisive for i in range(hit.first, hit.last)):
            evidence.decisive.add(hit.option.id)
        reported = tokens[hit.first].sentence in results
        if reported:
            evidence.in_results.add(hit.option.id)
            evidence.result_score[hit.option.id] = evidence.result_score.get(hit.option.id, 0.0) + earned
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


def _explain(chosen: Option, said: Callable[[int, int], str], tokens: Sequence[Token], evidence: _Evidence,
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
    elif hit.how == "rating":
        explanation = (f"“{written}” is a rated count its sentence backs with a warranty, a promise rather than a "
                       f"measurement, which reads as “{chosen.label}”")
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
