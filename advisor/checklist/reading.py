"""A text read as a buyer would: its layout and its phrasing turned into tokens the aliases can meet.

:func:`tokenise` cuts a text into :class:`.tokens.Token` objects, then the rules below read its
datasheet rows and their labels, placeholders ("n/a", "TBD") and denials ("none required", "X is not
needed"), format suffixes, chemical names and formulas, retention, resistance growth, fractions of
liquid, and mixtures of families. Matching the result against a step's options is :mod:`.match`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from advisor.checklist.measurement import PRESSURE_UNITS, read_number, to_normal_unit
from advisor.checklist.spec import Step
from advisor.checklist.tokens import CLAUSE_BREAK, NEGATIONS, SENTENCE_BREAK, SPACED_DASH, Hit, Make, Token
from advisor.text import fold_words, word_spans

__all__ = ["MAX_EXTRA_ELEMENTS", "MIXTURE_ALIAS", "RULE_LINE", "blank_offered_choices", "formula_elements",
           "line_spans", "mixture_hits", "slash_items", "slow_rate_spans", "tokenise"]


def tokenise(text: str, unasked_parts: Collection[str] = (), other_names: Mapping[str, str] | None = None,
             stack_layers: Collection[str] = (), asked_parts: Collection[str] = ()) -> list[Token]:
    """The words of ``text`` as :func:`advisor.text.word_spans` reads them, each with its clause and sentence,
    then read as a buyer would (the rules below): a table's products not offered left out, datasheet rows and their
    placeholders, format suffixes and model codes, chemical names and formulas, retention, resistance
    growth and fractions of liquid in any words, and mixtures of electrolyte families. ``other_names`` maps another
    name of a step's subject to the words it is read as (its title); ``stack_layers`` names the layers of the subject
    as a stack drawn with bars names them, one in each cell (:func:`_layer_stack`); ``asked_parts`` names the parts a
    step asks about, which take over a clause about an unasked part from where they are named
    (:func:`_mark_other_parts`)."""
    text = _read_forbidden_wordings(_read_superseded_lines(_read_struck_text(_read_offered_products(
        _read_offered_columns(_read_translations(_read_glosses(_read_original_terms(_read_firm_names(text)))))))))
    text = blank_offered_choices(_read_choice_lists(_read_earlier_generations(_read_withdrawn_statements(
        _read_retracted_sentences(_read_contradicted_claims(_read_checked_quotes(_read_comparison_cells(
            _read_general_remarks(
            _read_quoted_requirements(
            _read_polls(text)))))))))))
    clauses = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    sentences = [m.start() for m in SENTENCE_BREAK.finditer(text)]

    def make(word: str, start: int, end: int, **marks: Any) -> Token:
        return Token(word, start, end, bisect_left(clauses, start), bisect_left(sentences, start), **marks)

    tokens = _read_unticked_boxes(text, [make(word, start, end) for word, start, end in word_spans(text)])
    parts = frozenset(" ".join(fold_words(part)) for part in unasked_parts)
    layers = frozenset(" ".join(fold_words(layer)) for layer in stack_layers)
    tokens = _read_rows(text, tokens, make, parts, layers)
    tokens = _read_placeholder_sentences(text, tokens)
    tokens = _read_none_sentences(text, tokens, make)
    tokens = _read_ambient_pressures(text, tokens)
    tokens = _read_process_pressures(text, tokens)
    tokens = _mark_other_parts(text, tokens, parts, frozenset(tuple(fold_words(part)) for part in asked_parts))
    tokens = _read_zero(tokens)
    tokens = _read_denials(tokens, make)
    tokens = _read_formulas(text, tokens)
    tokens = _read_suffixes(tokens)
    tokens = _read_phrases(text, tokens, make, other_names or {})
    tokens = _read_plan_sections(text, tokens, make)
    tokens = _read_shipping_documents(text, tokens, make)
    tokens = _read_freight_words(tokens)
    tokens = _read_agreement_names(tokens)
    tokens = _read_test_vehicle_jargon(text, tokens)
    tokens = _read_unreported_measures(text, tokens)
    tokens = _read_pending_retention(text, tokens)
    tokens = _read_capacity_thresholds(text, tokens)
    tokens = _read_uncycled_inspections(text, tokens)
    tokens = _read_excluded_results(text, tokens)
    # Last, so that the words read from a questionnaire's lines (a phrase's reading too) belong to its question
    # or its answer.
    tokens = _read_questions(text, tokens)
    return _mark_part_subjects(_mark_compounds(text, tokens), parts)


#: A column heading that marks its product as the one offered ("X (offered)", "Quoted"), or as not offered
#: ("Y (for reference)", "Z (not offered)", "competitor").
_OFFERED = re.compile(r"\b(?:offered|quoted|proposed|tendered)\b", re.IGNORECASE)
#: Words saying a product is not the one offered, wherever they stand (or not yet: "KX-2 (announced, not yet
#: orderable)" is a product to come, not the one offered).
_WITHDRAWING = (r"not\s+(?:yet\s+)?(?:offered|quoted|proposed|sold|for\s+sale|orderable|available\s+to\s+order)"
                r"|competitors?|previous\s+gen\w*|legacy|discontinued"
                r"|no\s+longer\s+(?:available|offered|sold|produced|made)|retired|retirement"
                # said not to be a product of the supplier's at all ("D1 ... is not a product or embodiment of the
                # Proprietor", "not one of our products"): a cited or third-party cell
                r"|not\s+(?:a|an|our|one\s+of\s+our)\s+(?:own\s+)?(?:products?|embodiments?)"
                # the buyer's own part, which the offer is to replace ("Your current cell: Brand-X 18650")
                r"|your\s+(?:current|existing|present)")
#: (Not a product's own "reference data": the figures it is judged by, "the Gen-2 reference data were recorded at
#: 25 °C".)
_NOT_OFFERED = re.compile(rf"\b(?:{_WITHDRAWING}|(?:for\s+)?reference(?!\s+(?:data|results?|values?|tests?|"
                          r"measurements?|conditions)\b)|comparison|benchmark)\b", re.IGNORECASE)
#: A column heading naming a kind of product rather than one product, set beside the one offered for comparison
#: ("Typical LFP pack", "Generic Li-ion"): no product of the supplier's.
_BASELINE_HEADING = re.compile(r"\b(?:typical|generic|average)\b", re.IGNORECASE)


#: A line that only draws a table's rule ("-----  -----", "|---|:--:|", "=====").
RULE_LINE = re.compile(r"(?=[^-=_]*[-=_])[\s|:+=_-]+")
_MEASURED_ON = re.compile(r"\b(?:measured|tested|test|results?|data|cycled|validated)\b", re.IGNORECASE)


def _read_offered_columns(text: str) -> str:
    """A table that sets products side by side, one column marked as the one offered ("SV-1 (offered)") or another
    as not offered ("SV-2 (for reference)"), is read for the offered product only: the other columns' cells are
    blanked (spaces of the same length). A table runs from its heading row (ruled off from the rows below it) to a
    blank line."""
    chars: list[str] | None = None
    dropped: set[int] | None = None
    first = 0
    lines = line_spans(text)
    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            dropped = None
            continue
        if "|" not in line:
            continue
        cells = [(line.count("|", 0, m.start()), m) for m in re.finditer(r"[^|]+", line) if m.group(0).strip()]
        if dropped is None:
            # A heading row is ruled off from the rows below it ("|---|---|", "-----  -----").
            ruled = n + 1 < len(lines) and RULE_LINE.fullmatch(text[slice(*lines[n + 1])].strip()) is not None
            # An empty corner cell over the labels ("| | Model A | Model B |") is the label column's heading.
            corner = min((line.count("|", 0, m.start()) for m in re.finditer(r"[^|]+", line)
                          if line.count("|", 0, m.start())), default=None)
            cornered = corner is not None and bool(cells) and corner < cells[0][0]
            if len(cells) + cornered < _COMPARED + 1 or not ruled:
                continue
            first = corner if cornered and corner is not None else cells[0][0]
            headings = {k - first: m.group(0) for k, m in cells[0 if cornered else 1:]}
            offered = {k for k, c in headings.items() if _OFFERED.search(c) and not _NOT_OFFERED.search(c)}
            if not offered and _COMPARING.search(text):
                offered = _own_columns(text, headings)
            dropped = {k for k, c in headings.items() if _NOT_OFFERED.search(c)}
            # (A heading of the word alone, "Typical", is a datasheet's column of typical values, beside "Min", "Max".)
            baseline = {k for k, c in headings.items() if _BASELINE_HEADING.search(c) and len(c.split()) > 1}
            if len(baseline | dropped) < len(headings):
                dropped |= baseline  # (where every column is a kind of product, none tells the offered one)
            # A roadmap's column of what is planned ("2028 TARGET: Gen 2") beside the product of today, and an errata
            # table's column of what was printed ("Reads") beside what it "Should read", are not the product's.
            for later in (_planned_columns(headings) - offered, _superseded_columns(headings)):
                if later and len(later | dropped) < len(headings):
                    dropped |= later
            targets = _targets_of_actuals(headings) if dropped else {}
            # A product's column may say so in a row of its own ("Availability | In stock | Shown for comparison
            # only"): its product is not offered either, where another column's is.
            marked = _columns_marked_not_offered(text, lines, n + 2, first) - offered
            if marked and len(marked | dropped) < len(headings):
                dropped |= marked
            if len(offered) == 1:
                # Not a column of what the offered product was measured on ("Offered as | Measured on").
                dropped |= {k for k, c in headings.items() if k not in offered and not _MEASURED_ON.search(c)}
            continue
        values = {k - first: m.group(0) for k, m in cells}
        for k, m in cells:
            if k - first in dropped:
                chars = chars if chars is not None else list(text)
                actual = targets.get(k - first)
                if actual is not None and _FIGURES_ONLY.fullmatch(values.get(actual, "").strip() or "-"):
                    # The target for the period an actual column reports, where the actual cell holds a figure alone
                    # ("Electrolyte | garnet tape, 40 µm | 44 µm"): the figure was measured on what the target names,
                    # so its words stand; its figures do not.
                    for figure in _FIGURE.finditer(m.group(0)):
                        chars[start + m.start() + figure.start():start + m.start() + figure.end()] = (
                            " " * (figure.end() - figure.start()))
                    continue
                chars[start + m.start():start + m.end()] = " " * (m.end() - m.start())
    return "".join(chars) if chars is not None else text


#: A column heading of what a period achieved ("Actual 2026", "Achieved H1", "Measured"), beside its target's.
_ACTUAL_HEADING = re.compile(r"\b(?:actual|actuals|achieved|measured|reached)\b", re.IGNORECASE)
#: A figure with its comparison and unit ("≥ 90 %", "28 µm", "4,8 Ah", "300 Wh/kg"), not the digits inside a word
#: ("Li3PS4").
_FIGURE = re.compile(r"(?<![\w.,])[<>≤≥~±]?\s*\d+(?:[.,]\d+)?(?:\s*(?:%|[µμnm]?m|[kMG]?Pa|bar|psi|"
                     r"[mk]?Ah(?:\s*/\s*g)?|[mk]?Wh(?:\s*/\s*(?:kg|l|L))?|[mk]?V|°\s*[CF]|h|cycles?)(?![\w/]))?")
#: A cell holding figures alone (or a placeholder dash).
_FIGURES_ONLY = re.compile(rf"(?:{_FIGURE.pattern}|[\s,;/-])+")


def _targets_of_actuals(headings: dict[int, str]) -> dict[int, int]:
    """The planned columns whose heading names the same period as an actual column's ("Target 2026" beside "Actual
    2026"), each with that actual column: a target set for a period whose result the table reports."""
    actual = {k: set(_PERIOD.findall(h.lower())) for k, h in headings.items() if _ACTUAL_HEADING.search(h)}
    found: dict[int, int] = {}
    for k, heading in headings.items():
        if k in actual or not _PLANNED_HEADING.search(heading):
            continue
        period = set(_PERIOD.findall(heading.lower()))
        same = [a for a, p in actual.items() if period and p == period]
        if len(same) == 1:
            found[k] = same[0]
    return found


#: A period a heading names: a year, a quarter or a half ("2026", "Q3", "H1").
_PERIOD = re.compile(r"\b(?:(?:19|20)\d\d|[qh][1-4])\b")


#: A column heading of what is planned or targeted rather than there ("2028 TARGET: Gen 2", "Roadmap", "Planned").
_PLANNED_HEADING = re.compile(r"\b(?:targets?|targeted|planned|future|roadmap|upcoming|under\s+development)\b",
                              re.IGNORECASE)
#: Column headings of an errata table: what was printed, and what it is corrected to ("Reads" | "Should read"); and
#: of a check of claims against what was found ("Datasheet claim" | "Our finding"), which the findings supersede.
_PRINTED_HEADING = re.compile(r"\b(?:reads|printed|was|old|original|incorrect|erroneous|wrong|claims?|claimed|"
                              r"advertised|marketed)\b", re.IGNORECASE)
_CORRECTED_HEADING = re.compile(r"\b(?:should\s+read|corrected|correct|correction|new|amended|revised|findings?|"
                                r"found|observed|verified)\b", re.IGNORECASE)


def _planned_columns(headings: dict[int, str]) -> set[int]:
    """The columns whose heading names what is planned or targeted, where another column's does not."""
    planned = {k for k, heading in headings.items() if _PLANNED_HEADING.search(heading)}
    return planned if len(planned) < len(headings) else set()


def _superseded_columns(headings: dict[int, str]) -> set[int]:
    """The columns of what was printed, where another column says what it should read: the correction supersedes
    them."""
    corrected = {k for k, heading in headings.items() if _CORRECTED_HEADING.search(heading)}
    printed = {k for k, heading in headings.items() if _PRINTED_HEADING.search(heading)} - corrected
    return printed if corrected else set()


#: The least columns of products a table sets side by side.
_COMPARED = 2
#: Words of a text that sets products side by side ("How does our Gen-2 compare", "benchmarking", "X vs. Y").
_COMPARING = re.compile(r"\b(?:compar\w*|benchmark\w*|vs\.?|versus|stacks?\s+up)(?!\w)", re.IGNORECASE)
#: A name of a product: a word with a digit or a capital after its first letter ("Gen-2", "KX40", "AeroCell").
_PRODUCT_NAME = re.compile(r"\b[A-Za-z][\w-]*(?:\d|[a-z][A-Z])[\w-]*")


def _own_columns(text: str, headings: dict[int, str]) -> set[int]:
    """The product columns whose name the text gives as the writer's own ("our Gen-2", "our KX40 cell"), where exactly
    one column is: in a comparison, the writer's product is the one offered."""
    own = {k for k, heading in headings.items()
           if any(re.search(rf"\bour\s+(?:\w+\s+)?{re.escape(m.group(0))}(?![\w-])", text, re.IGNORECASE)
                  for m in _PRODUCT_NAME.finditer(heading))}
    return own if len(own) == 1 else set()


def _columns_marked_not_offered(text: str, lines: list[tuple[int, int]], n: int, first: int) -> set[int]:
    """The product columns (counted from the label column ``first``) a body cell of the table whose rows start on
    line ``n`` marks as not offered ("Not sold here, shown for comparison"), up to the table's end."""
    marked: set[int] = set()
    for start, end in lines[n:]:
        line = text[start:end]
        if not line.strip() or "|" not in line:
            break
        for m in re.finditer(r"[^|]+", line):
            k = line.count("|", 0, m.start()) - first
            if k > 0 and _NOT_OFFERED.search(m.group(0)) and not _OFFERED.search(m.group(0)):
                marked.add(k)
    return marked

#: A product's model code: a capital, then letters, digits and hyphens with a digit among them ("HX-S1", "GX200").
_MODEL_CODE = re.compile(r"\b[A-Z][A-Za-z-]*\d[\w-]*")
#: A model code at a sentence's start, after the kind of thing it names if the sentence names that first ("Document
#: D1 ...", "Model AX-2 ...", "The KS-50 ..."): the sentence is about what the code names either way.
_NAMED_CODE = re.compile(r"(?:(?:The\s+)?(?:Document|Model|Type|Product|Variant|Version|Sample|Item)\s+|The\s+)?"
                         r"(?P<code>[A-Z][A-Za-z-]*\d[\w-]*)")
#: A heading that withdraws its block's product ("Model B (not offered):", "Gen 1 (for reference only):"); a
#: "Benchmark:" or "Comparison:" heading may head the offered product's own figures.
_WITHDRAWN = re.compile(rf"\b(?:{_WITHDRAWING}|for\s+reference|reference\s+only)\b", re.IGNORECASE)
#: A heading line over a block of lines ("Model B (not offered):"), not a bullet or a row.
_HEADING_LINE = re.compile(r"\s*[^\W\d_][^:\n|]{0,80}:\s*")


#: A line opening with a section's number ("2.4 ", "3) "): a new item, not the prose of the one before.
_ROW_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+\S")


def _read_offered_products(text: str) -> str:
    """A text that describes several products and marks some as not offered ("X and Y are shown for reference",
    "Z (not offered, FYI only):") is read for the offered one only: a table row that opens with the model code of a
    product named not offered, and a block headed by a line marking its product not offered (up to a blank line or
    the next heading), are blanked (spaces of the same length). A code also named in a sentence that offers it
    stays."""
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+|\n", text) if s.strip()]
    offered: set[str] = set()
    withdrawn: set[str] = set()
    for sentence in sentences:
        marked_offered, marked_withdrawn = _marked_codes(sentence)
        offered |= marked_offered
        withdrawn |= marked_withdrawn
    withdrawn -= offered
    chars: list[str] | None = None
    blanking = inline = False
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.strip():
            blanking = False
            continue
        heading = _HEADING_LINE.fullmatch(line) is not None
        label = None if heading else _HEADING_LINE.match(line)
        if heading:
            blanking, inline = _WITHDRAWN.search(line) is not None, False
        elif label is not None and _WITHDRAWN.search(label.group(0)):
            # A heading that goes on after its colon ("Annex C (not offered): Gen 2 cells, sulfide, ..."): its line,
            # and the prose lines after it up to a blank line or the next "Label: value" row.
            blanking, inline = True, True
        elif inline and (label is not None or _ROW_NUMBER.match(line)):
            blanking = inline = False
        first_cell = line.split("|")[0].strip() if "|" in line else ""
        row = bool(first_cell) and any(re.fullmatch(re.escape(c) + r"\b.*", first_cell) for c in withdrawn)
        if blanking or row:
            chars = chars if chars is not None else list(text)
            chars[start:end] = " " * (end - start)
    for start, end in _sentences_about(text, withdrawn):
        chars = chars if chars is not None else list(text)
        chars[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(chars) if chars is not None else text


def _marked_codes(sentence: str) -> tuple[set[str], set[str]]:
    """The model codes a sentence marks as offered, and those it marks as not offered: each code by the words after it
    up to the next code ("RB-2 (offered now) and RB-3 (not yet offered)"), else by the whole sentence ("Not offered:
    AB-3", "For comparison, KS-50 and KS-60 ...")."""
    codes = list(_MODEL_CODE.finditer(sentence))
    offered: set[str] = set()
    withdrawn: set[str] = set()
    for n, code in enumerate(codes):
        after = sentence[code.end():codes[n + 1].start() if n + 1 < len(codes) else len(sentence)]
        if _NOT_OFFERED.search(after):
            withdrawn.add(code.group(0))
        elif _OFFERED.search(after):
            offered.add(code.group(0))
        elif _NOT_OFFERED.search(sentence):
            withdrawn.add(code.group(0))
        elif _OFFERED.search(sentence):
            offered.add(code.group(0))
    return offered, withdrawn


#: Where a paragraph ends, and a sentence of prose within one: up to a full stop, a question or exclamation mark.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PROSE_SENTENCE = re.compile(r"[^.!?]+(?:[.!?](?=\s|$))?")


def _sentences_about(text: str, products: set[str]) -> list[tuple[int, int]]:
    """The spans of the sentences about one of ``products`` (withdrawn ones): each sentence that opens with its model
    code ("AX-1 was born in 2021 as our first semi-solid cell."), and the sentences after it in its paragraph up to one
    that names another model code ("AX-2 is built around ...")."""
    if not products:
        return []
    spans: list[tuple[int, int]] = []
    starts = [0] + [m.end() for m in _BLANK_LINE.finditer(text)]
    for start, end in zip(starts, [m.start() for m in _BLANK_LINE.finditer(text)] + [len(text)], strict=True):
        about = False  # each paragraph starts about whatever it opens with
        for m in _PROSE_SENTENCE.finditer(text, start, end):
            said = m.group(0).lstrip()
            opening = _NAMED_CODE.match(said)
            if opening is not None and opening.group("code") in products:
                about = True
            elif set(_MODEL_CODE.findall(said)) - products:
                about = False
            # A sentence set beside for comparison describes its product alone: what follows it is read again.
            if about or _set_beside(said, products):
                spans.append(m.span())
    return spans


def _set_beside(sentence: str, products: set[str]) -> bool:
    """Whether ``sentence`` says it is there for comparison or reference and names only withdrawn products ("For
    comparison, our listed Kestrel KS-50 is a graphite cell"): it describes them, wherever their code stands. Only a
    sentence of prose on one line: a table's rows or a list's items run on without a full stop."""
    if "\n" in sentence.strip():
        return False
    codes = set(_MODEL_CODE.findall(sentence))
    return bool(codes) and codes <= products and _NOT_OFFERED.search(sentence) is not None


def _mark_other_parts(text: str, tokens: list[Token], parts: frozenset[str],
                      asked: frozenset[tuple[str, ...]] = frozenset()) -> list[Token]:
    """Mark the words of each clause that names a part of the cell no step asks about ("cathode"), and of the short
    clauses after it that go on describing that part ("cathode LFP, carbon-coated")."""
    sizes = {len(p.split()) for p in parts}
    named = [(i, n) for i in range(len(tokens)) for n in sizes
             if " ".join(t.word for t in tokens[i:i + n]) in parts
             and tokens[min(i + n, len(tokens)) - 1].clause == tokens[i].clause]
    clauses = {tokens[i].clause for i, _ in named}
    # Where such a clause goes on to name a part a step asks about (``asked``) after it ("the separator lies between the
    # cathode and a lithium-metal anode with a protective coating"), its words from that part on describe that part:
    # the part named last is what they qualify. (Nor do the short clauses after it go on describing the other part.)
    asked_from = _asked_part_named_after(tokens, named, asked)
    # A short clause after it in its sentence, a few words of no sentence of their own, goes on describing that part:
    # "cathode LFP, carbon-coated" coats the cathode.
    words: dict[int, list[Token]] = {}
    for t in tokens:
        words.setdefault(t.clause, []).append(t)
    # A clause an aside in brackets parted from the one naming the part is that clause's start, where the part's
    # clause goes on with its verb: "The coating (LiNbO3) is on the cathode particles" puts the coating on the cathode
    # (not "The anode carries a coating (LiPON) and the cathode is NMC", a clause of its own).
    for clause in sorted(clauses):
        opening = words[clause][0]
        closing = len(text[:opening.start].rstrip(" \t")) - 1  # where a bracket right before the clause closes
        if opening.word not in _GOES_ON_VERBS | _PLACING or closing < 0 or text[closing] != ")":
            continue
        bracket = text.rfind("(", 0, closing)
        before = [t for t in tokens if t.end <= bracket]
        if (bracket < 0 or ")" in text[bracket:closing] or "\n" in text[bracket:closing] or not before
                or before[-1].sentence != opening.sentence or text[before[-1].end:bracket].strip()):
            continue
        clauses |= set(range(before[-1].clause, clause))
    for clause in sorted(clauses):
        if clause in asked_from:
            continue
        following = clause + 1
        sentence = words[clause][-1].sentence
        after = next((c for c in sorted(words) if c > clause), None)
        if after is not None and _LABEL_WRAPPED.fullmatch(text, words[clause][-1].end, words[after][0].start):
            # A label that ends its line goes on in the next ("... onto the cathode. Cathode:\nNCM622 with a Li2ZrO3
            # coating."): the line break opens no other sentence of it.
            following, sentence = after, words[after][0].sentence
        # A part named as a label in prose ("Electrodes. Cathode: NMC811 with LiNbO3 coating. Anode: ...") is what its
        # sentence goes on to describe, however long.
        labelled = following in words and ":" in text[words[clause][-1].end:words[following][0].start]
        while following in words and (0 < len(words[following]) <= _APPOSITION_WORDS or labelled) and (
                words[following][0].sentence == sentence):
            if labelled and following + 1 in words and ":" in text[words[following][-1].end:
                                                                   words[following + 1][0].start]:
                break  # another label opens ("Cathode: NMC, anode: Li metal with a LiF coating")
            clauses.add(following)
            following += 1
    return [replace(t, other_part=True) if t.clause in clauses and k < asked_from.get(t.clause, len(tokens)) else t
            for k, t in enumerate(tokens)] if clauses else tokens


def _asked_part_named_after(tokens: Sequence[Token], named: Sequence[tuple[int, int]],
                            asked: frozenset[tuple[str, ...]]) -> dict[int, int]:
    """For each clause that names a part no step asks about (``named``: where each such name starts and how many words
    it has), the index of the first word of a part of ``asked`` (its words; in the singular or the plural) named after
    that part in the clause, where there is one."""
    after: dict[int, int] = {}
    for i, n in named:
        clause = tokens[i].clause
        for k in range(i + n, len(tokens)):
            if tokens[k].clause != clause or k >= after.get(clause, len(tokens)):
                break
            if any(_names_part(tokens, k, part) for part in asked):
                after[clause] = k
                break
    return after


def _names_part(tokens: Sequence[Token], k: int, part: tuple[str, ...]) -> bool:
    """Whether the words from token ``k`` on, in its clause, are ``part``'s words, its last in the singular or the
    plural ("negative electrodes")."""
    words = tokens[k:k + len(part)]
    return (len(words) == len(part) and all(t.clause == tokens[k].clause for t in words)
            and all(t.word == w for t, w in zip(words[:-1], part[:-1], strict=True))
            and words[-1].word in (part[-1], part[-1] + "s"))


#: Verbs that open the rest of a clause an aside parted ("... (LiNbO3) is on the cathode", "... sits on ...").
_GOES_ON_VERBS = frozenset(fold_words("is are was were sits sit lies lie belongs belong"))
#: Prepositions of place that do so too, placing what was named before the aside at the part ("a buffer film (5 nm) on
#: the cathode particles", "a thin layer (LiNbO3) inside the cathode").
_PLACING = frozenset(fold_words("at on onto inside within"))
#: A label's colon at the end of its line, the value wrapped onto the next.
_LABEL_WRAPPED = re.compile(r"[ \t]*:[ \t]*\n[ \t]*")
#: The most words a clause describing the part named before it has ("carbon-coated", "LiNbO3 coated").
_APPOSITION_WORDS = 3


# --------------------------------------------------------------------------- reading a text as a buyer would
#
# Each rule below rewrites or adds words so that the aliases of ``checklist.yaml`` meet what a
# text means, not only what it literally says. Added words carry the span of the phrase they were
# read from, so the evidence still quotes the supplier's own words.

#: A datasheet value that states nothing ("n/a", "TBD", "-", "on request"): the row is no claim at all.
_UNSTATED = re.compile(
    r"(?:n\s*/\s*a|n\.\s*a\.?|na|tbd|tba|tbc|t\.b\.[dac]\.?|[-–—?*]+|\.{2,}|…|x+|"
    r"not\s+(?:yet\s+)?(?:available|applicable|specified|stated|disclosed|published|given|known|tested|measured)|"
    r"to\s+be\s+(?:determined|confirmed|announced|defined|specified|measured|tested)|(?:up)?on\s+request|"
    r"pending|unknown|confidential|proprietary|undisclosed|not\s+disclosed|in\s+progress|ongoing|withdrawn|retracted)\.?",
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
#: question number ("5. ", "2) "), a section number ("1.4 ", "2.3.1 ") or a bill of materials' position, zero-padded
#: ("010 ", "0040 ").
_ROW_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:[-*•–]\s+|\d{1,2}[.)]\s+|\d{1,2}[:.]\d{2}\s+"
                         r"|\d{1,2}(?:\.\d{1,2}){1,3}[.)]?\s+|0\d{1,3}\s+(?=[^\W\d_]))?")
#: A cell holding only a unit ("%", "MPa", "°C", "Wh/kg", "µm", "mΩ").
#: (Per area or per mass too: "Ω·cm²", "mAh/g", "cm²".)
_UNIT_CELL = re.compile(r"%|[µμm]?m|[kMG]?Pa|bar|psi|°\s*[CF]|K|[mk]?Wh(?:\s*/\s*(?:kg|l))?|[mk]?Ah|[mk]?V|"
                        r"(?:[mµμ]?Ω|m?ohm)(?:\s*[·*.]?\s*cm[2²])?|mAh\s*/\s*g|cm[2²]|h|min|cycles?|kg|wt\s*%|vol\s*%",
                        re.IGNORECASE)
#: A requirement's or a row's number in its own cell ("C-05", "R12", "4.3", "T-2a"): no label.
_ROW_ID = re.compile(r"[A-Za-z]{0,3}[-.]?\d{1,3}(?:[.-]\d{1,3})*[a-z]?\.?")
#: A form's or a list's number for its row, written with the word for it ("Field 7", "Item 12", "No. 4", "#3").
_FIELD_NUMBER = re.compile(r"(?:field|item|entry|line|row|question|no\.?|nr\.?|pos\.?|position|#)\s*\d{1,3}[a-z]?\.?",
                           re.IGNORECASE)
#: Such a number opening a line, before the label's first word ("Field 8  Temperature ...", "Item 12 Anode: ...").
_FIELD_PREFIX = re.compile(rf"\s*(?:{_FIELD_NUMBER.pattern})\s+(?=[^\W\d_])", re.IGNORECASE)
#: A dot leader between label and value ("Stack pressure ......... n/a").
_LEADER = re.compile(r"\s*(?:\.{3,}|…+|(?<=\s)\.{2}(?=\s))\s*")
#: The most words a label before a spaced dash may have ("Electrolyte family - ..."); longer is prose.
_DASH_LABEL_WORDS = 4
#: A compliance matrix's mark on a requirement ("Yes", "No", "Partial", "Comply", "C" and "PC" for compliant and
#: partially compliant): the response is in another cell.
_COMPLIANCE = re.compile(r"(?:yes|no|y|n|c|pc|fc|partial(?:ly)?|compl(?:y|ies|iant)|not\s+compl(?:y|iant)|"
                         r"non[\s-]?compliant|n/?c|ok|[✓✔✗✘x])\.?", re.IGNORECASE)
#: A value that declines to state (rather than leaving a blank): the row stays, as a refusal.
#: "Proprietary" is one when it is the whole value ("Electrolyte: proprietary"), not in "a proprietary sulfide".
_REFUSAL_VALUE = re.compile(r"confidential|undisclosed|not\s+disclosed|\bnda\b|(?:^|[:=|])\W*proprietary"
                            r"(?:\s+(?:information|info|details|data))?\W*$", re.IGNORECASE)


#: A sentence that is a label and a placeholder for its value ("DCIR growth: N/A."), inside a line of prose.
_PLACEHOLDER_SENTENCE = re.compile(rf"[^\W\d_][^:=|\n]{{0,60}}[:=]\s*(?:{_UNSTATED.pattern})", re.IGNORECASE)


def _read_placeholder_sentences(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the words of a sentence that only labels a placeholder ("SoH 82 % after 900 cycles. DCIR growth: N/A."):
    it states nothing, as a datasheet row of the same words does not (a refusal, "Electrolyte: confidential", is
    kept: it declines)."""
    by_sentence: dict[int, list[Token]] = {}
    for t in tokens:
        if not t.read:
            by_sentence.setdefault(t.sentence, []).append(t)
    drop: set[int] = set()
    for sentence, words in by_sentence.items():
        said = text[words[0].start:words[-1].end]
        if len(words) > 1 and _PLACEHOLDER_SENTENCE.fullmatch(said) and not _REFUSAL_VALUE.search(said):
            drop.add(sentence)
    return [t for t in tokens if t.sentence not in drop or t.read] if drop else tokens


#: A sentence that is a label and a "none" for its value ("Lithium metal content: none (rated by Wh)."), inside a line
#: of prose or a row's value, and the remark in parentheses it may end with.
_NONE_SENTENCE = re.compile(rf"(?P<label>[^\W\d_][^:=|\n]{{0,60}}?)\s*[:=]\s*(?:{_NONE.pattern})(?:\s*\([^()]*\)?)?",
                            re.IGNORECASE)


def _read_none_sentences(text: str, tokens: list[Token], make: Make) -> list[Token]:
    """Read a sentence that labels a "none" inside a line ("UN3480, lithium-ion cells. Lithium metal content: none.") as
    a datasheet row of the same words is read: it denies its label, and its value's words go."""
    by_sentence: dict[int, list[Token]] = {}
    for t in tokens:
        by_sentence.setdefault(t.sentence, []).append(t)
    denials: dict[int, tuple[Token, int]] = {}
    for words in by_sentence.values():
        said = [t for t in words if not t.read]
        line_start = text.rfind("\n", 0, said[0].start if said else 0) + 1
        if not said or any(t.label_of >= 0 for t in words) or not text[line_start:said[0].start].strip():
            continue  # (a line of its own was read as a row, or as a speaker's turn, already)
        m = _NONE_SENTENCE.fullmatch(text, said[0].start, said[-1].end + 1 if text[said[-1].end:said[-1].end + 1] == ")"
                                     else said[-1].end)
        if m is None:
            continue
        denials[said[0].start] = (make("no", said[0].start, m.end(), read=True), m.end("label"))
    if not denials:
        return tokens
    out: list[Token] = []
    denied: tuple[int, int] | None = None  # the sentence being read as a denial, and where its label ends
    for t in tokens:
        if t.start in denials and not t.read:
            denial, label_end = denials[t.start]
            denied = (t.sentence, label_end)
            out.append(replace(denial, clause=t.clause, sentence=t.sentence))
        elif denied is not None and t.sentence == denied[0] and t.start >= denied[1]:
            continue  # the "none" and its remark say nothing more
        out.append(t)
    return out


#: An unticked box of a form and the few words of its choice, up to the next box, cell, gap or label ("[ ] Sulfide",
#: "☐ Polymer"): a choice not made.
_UNTICKED = re.compile(r"(?:\[\s?\]|☐)\s*(?P<choice>[^\[\]\n|☐☑☒:;,]{1,40}?)(?=\s*(?:\[|☐|☑|☒|\||$|\s{2}|[:;,]))",
                       re.MULTILINE)


#: A label's colon and the answer written after it on its line ("[ ] 7. Yield: confidential").
_ANSWERED_LABEL = re.compile(r"[ \t]*:[ \t]*[^\W_]")


def _labels_an_answer(text: str, end: int) -> bool:
    """Whether the words of an unticked box ending at ``end`` are a label with its own answer after a colon: the box
    is a to-do mark of a filled-in form's item ("[ ] 10. Production status: confidential"), not a choice not made."""
    return _ANSWERED_LABEL.match(text, end) is not None


def _read_unticked_boxes(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the words of a form's unticked choices ("[ ] Sulfide [x] Oxide [ ] Polymer"): only the ticked one is
    stated."""
    spans = [m.span("choice") for m in _UNTICKED.finditer(text) if not _labels_an_answer(text, m.end("choice"))]
    if not spans:
        return tokens
    return [t for t in tokens if not any(a <= t.start < b for a, b in spans)]


#: A pressure written with its unit ("1 atm", "0.1 MPa", "14.7 psi").
_PRESSURE_VALUE = re.compile(rf"(?<![\w.,])(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>{PRESSURE_UNITS})\b", re.IGNORECASE)
#: Words that name the air's own pressure ("normal air pressure", "barometric pressure").
_AMBIENT = re.compile(r"\b(?:ambient|atmospheric|atmosphere|barometric|air\s+pressure)\b", re.IGNORECASE)
#: One atmosphere, in MPa, within rounding: 0.1 MPa, 1 bar, 14.7 psi, 101 kPa.
_ONE_ATMOSPHERE = (0.09, 0.11)


def _read_ambient_pressures(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the words of a pressure that is the air's own, one atmosphere written in atm or in a sentence that calls
    it ambient ("just ambient (1 atm, about 0.1 MPa)"): a cell left at the pressure around it has none applied."""
    sentences: dict[int, tuple[int, int]] = {}
    for t in tokens:
        start, end = sentences.get(t.sentence, (t.start, t.end))
        sentences[t.sentence] = (min(start, t.start), max(end, t.end))
    drop: set[int] = set()
    for m in _PRESSURE_VALUE.finditer(text):
        mpa = to_normal_unit("pressure", read_number(m.group("value"), "pressure"), m.group("unit"))[0]
        if not _ONE_ATMOSPHERE[0] <= mpa <= _ONE_ATMOSPHERE[1]:
            continue
        inside = [i for i, t in enumerate(tokens) if m.start() <= t.start < m.end() and not t.read]
        said = [text[slice(*sentences[tokens[i].sentence])] for i in inside]
        if inside and (m.group("unit").lower().startswith("atm") or any(_AMBIENT.search(s) for s in said)):
            drop.update(inside)
    return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens


#: Words of a step in making a cell or its parts, and words of a test: a pressure in a clause naming the first and
#: not the second ("hot-pressed at 5 MPa", "pellets densified at 300 MPa") made the part, it holds no stack in use.
_PRESSING = frozenset({"pelletised", "pelletized", "pelletising", "pelletizing", "densified", "densification",
                       "compacted", "compaction", "calendered", "calendering", "sintered", "sintering", "fabrication",
                       "fabricated",
                       # (and the present: "the press densifies each stack at 300 MPa")
                       "densify", "densifies", "densifying", "compacts", "compacting", "sinters", "calenders"})
#: Pressing named by how it was done ("hot-pressed", "cold pressing", "isostatically pressed", "a warm isostatic
#: press"): a step of making, or the machine making, where "pressed" alone may hold a stack.
_PRESSING_HOW = frozenset({"hot", "warm", "cold", "isostatic", "isostatically", "uniaxially", "uniaxial"})
_PRESSED = frozenset({"pressed", "pressing", "press", "presses"})
#: How warm a pressing is ("warm isostatic press", "hot-pressed"): the process's temperature, no test's.
_PRESSING_WARMTH = frozenset({"hot", "warm", "heated"})
_IN_USE = frozenset({"cycled", "cycling", "cycle", "cycles", "test", "tested", "testing", "operation", "operating",
                     "during", "held", "hold", "holds", "clamped", "fixture", "stack"})
#: Words of :data:`_IN_USE` that may be what a making step works on ("densifies each stack"), and how many words after
#: the step's word they are its object.
_MADE_OBJECTS = frozenset({"stack"})
_OBJECT_REACH = 3


def _read_process_pressures(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the words of a pressure that made a part of the cell ("the film is hot-pressed at 5 MPa"): a pressure in a
    clause that names a step of making and nothing of cycling, testing or a stack held in use."""
    pressing = {i for i, t in enumerate(tokens) if t.word in _PRESSING or (
        t.word in _PRESSED and i > 0 and tokens[i - 1].word in _PRESSING_HOW and tokens[i - 1].clause == t.clause)}
    by_clause: dict[int, set[str]] = {}
    for i, t in enumerate(tokens):
        # A stack a making step works on ("the press densifies each stack") is made, not held in use.
        made = t.word in _MADE_OBJECTS and any(j in pressing and tokens[j].clause == t.clause
                                               for j in range(max(i - _OBJECT_REACH, 0), i))
        by_clause.setdefault(t.clause, set()).update(() if made else (t.word,))
    making = {c for c, words in by_clause.items() if words & _PRESSING and not words & _IN_USE}
    making |= {t.clause for t, after in pairwise(tokens) if t.word in _PRESSING_HOW and after.word in _PRESSED
               and t.clause == after.clause and not by_clause[t.clause] & _IN_USE}
    # How warm the pressing is says what the process needs ("a warm isostatic press"), no test's temperature.
    drop = {i for i, t in enumerate(tokens) if t.word in _PRESSING_WARMTH and not t.read and i + 1 < len(tokens)
            and tokens[i + 1].clause == t.clause
            and (tokens[i + 1].word in _PRESSING_HOW | _PRESSED or i + 1 in pressing)}
    for m in _PRESSURE_VALUE.finditer(text):
        inside = [i for i, t in enumerate(tokens) if m.start() <= t.start < m.end() and not t.read]
        if inside and all(tokens[i].clause in making for i in inside):
            drop.update(inside)
    return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens


#: A lettered choice of a multiple-choice question ("a) sulfide  b) oxide"), and the answer that picks one ("Answer:
#: b)", "Correct answer - c").
_CHOICE = re.compile(r"(?<![\w(])(?P<letter>[a-e])\)\s")
_CHOSEN = re.compile(r"\b(?:answer|key|solution)\s*[:-]?\s*(?P<letter>[a-e])\b\)?", re.IGNORECASE)
#: Where the last choice of a list ends: a line's end, a full stop, a gap.
_CHOICE_END = re.compile(r"\n|\.(?=\s)|\s{2,}")
#: The most characters a choice runs for, and how far after a list its answer may come.
_CHOICE_CHARS = 80
_ANSWER_REACH = 200


#: A form's choices in parentheses after a label or a question ("Cell technology (all-solid-state / semi-solid /
#: other):"): alternatives offered to whoever fills the form in, none of them stated.
_SLASHED_CHOICES = re.compile(r"\((?:[^()/\n]{1,40}/){2,}[^()/\n]{1,40}\)(?=[^\n]{0,40}[:?][ \t]*$)", re.MULTILINE)


#: Alternatives a label offers in parentheses, joined by "or", right before its colon ("Cell architecture (all-solid or
#: hybrid, i.e. any liquid content): declined"): what the row asks about, none of them stated.
_OR_CHOICES = re.compile(r"\((?=[^()\n]{0,60}?\sor\s)[^()\n]{3,100}\)(?=[ \t]*:)")


def blank_offered_choices(text: str) -> str:
    """Blank (spaces of the same length) the choices a form's label or question offers in parentheses. (The pre-fill
    blanks them before it joins a label alone on its line to the value below it, which takes the label's colon off
    its line's end.)"""
    text = _SLASHED_CHOICES.sub(lambda m: " " * len(m.group(0)), text)
    return _OR_CHOICES.sub(lambda m: " " * len(m.group(0)), text)


def _read_choice_lists(text: str) -> str:
    """Blank (spaces of the same length) the choices of a multiple-choice question ("a) sulfide  b) oxide  c)
    polymer") that its answer does not pick ("Answer: b)"), or all of them where no answer follows: the choices are
    posed, not stated. A list is two or more choices lettered from "a" on; a choice runs to the next one, a line's end
    or a full stop."""
    markers = list(_CHOICE.finditer(text))
    lists: list[list[re.Match[str]]] = []
    for m in markers:
        previous = lists[-1][-1] if lists else None
        if (previous is not None and ord(m.group("letter")) == ord(previous.group("letter")) + 1
                and m.start() - previous.end() <= _CHOICE_CHARS):
            lists[-1].append(m)
        elif m.group("letter") == "a":
            lists.append([m])
    chars: list[str] | None = None
    for choices in (c for c in lists if len(c) > 1):
        ends = [nxt.start() for nxt in choices[1:]]
        last_end = _CHOICE_END.search(text, choices[-1].end())
        ends.append(last_end.start() if last_end else len(text))
        answer = _CHOSEN.search(text, ends[-1], ends[-1] + _ANSWER_REACH)
        picked = answer.group("letter").lower() if answer else None
        chars = chars if chars is not None else list(text)
        for m, end in zip(choices, ends, strict=True):
            if m.group("letter") != picked:
                chars[m.start():end] = " " * (end - m.start())
    return "".join(chars) if chars is not None else text


#: A line's label before its colon ("Old: ...", "- Was: ...").
_LINE_LABEL = re.compile(r"\s*(?:[-*•]\s+)?(?P<label>[^\W\d_][^:\n|]{0,30}?)\s*:")


def _read_superseded_lines(text: str) -> str:
    """Blank (spaces of the same length) a line labelled as what was ("Old: cells require 1 MPa", "Was: ...") where a
    line labelled as what is now follows it ("New: 0 MPa", "Corrected: ..."): a change request or an errata note
    supersedes the old entry, as an errata table's "Should read" column supersedes its "Reads" column."""
    labelled = [(start, end, m.group("label")) for start, end in line_spans(text)
                if (m := _LINE_LABEL.match(text, start, end)) is not None]
    old = [(start, end) for n, (start, end, label) in enumerate(labelled) if _PRINTED_HEADING.fullmatch(label)
           and any(_CORRECTED_HEADING.fullmatch(later) for _, _, later in labelled[n + 1:])]
    if not old:
        return text
    chars = list(text)
    for start, end in old:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


#: Text struck through in Markdown ("~~All-solid-state~~ -> Solid-state"), on one line.
_STRUCK = re.compile(r"~~[^~\n]+~~")


def _read_struck_text(text: str) -> str:
    """Blank (spaces of the same length) what a revised document strikes through: a struck entry is withdrawn, and
    what replaces it, if anything, is the claim."""
    return _STRUCK.sub(lambda m: " " * len(m.group(0)), text)


#: Words that forbid a wording ("Never say:", "do not call it", "avoid the term"), and the quoted wordings after them
#: up to the sentence's end.
_FORBIDDING_WORDS = re.compile(r"\b(?:never|don't|do\s+not|must\s+not|mustn't|not\s+to|avoid)\s+(?:say(?:ing)?|"
                               r"call(?:ing)?\s+(?:it|them|the\s+\w+)|us(?:e|ing)\s+(?:the\s+)?(?:terms?|words?|"
                               r"phrases?|wordings?|claims?)|(?:the\s+)?(?:terms?|words?|phrases?|wordings?|claims?))\b",
                               re.IGNORECASE)
_QUOTED_WORDING = re.compile(r"\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|'[^'\n]{1,60}'")
_FORBIDDEN_REACH = re.compile(r"[^.!?\n]*")


def _read_forbidden_wordings(text: str) -> str:
    """Blank (spaces of the same length) the quoted wordings a text forbids ("Never say: "all-solid-state" or "no
    liquid""): a wording someone must not use is mentioned, not claimed."""
    chars: list[str] | None = None
    for cue in _FORBIDDING_WORDS.finditer(text):
        reach = _FORBIDDEN_REACH.match(text, cue.end())
        end = reach.end() if reach is not None else cue.end()
        for quoted in _QUOTED_WORDING.finditer(text, cue.end(), end):
            chars = chars if chars is not None else list(text)
            chars[quoted.start():quoted.end()] = " " * (quoted.end() - quoted.start())
    return "".join(chars) if chars is not None else text


#: A number in any thousands and decimal convention ("1,000", "1.000", "0,5"), read as its digits.
_NUMBER = re.compile(r"\d+(?:[.,\u202f\u00a0]\d+)*")


def _figures(part: str) -> list[str]:
    """The numbers of ``part`` as their digits, in order: "1,000 cycles at 25 °C" and "1.000 Zyklen bei 25 °C" agree."""
    return [re.sub(r"\D", "", m.group(0)) for m in _NUMBER.finditer(part)]


def _in_latin(part: str) -> bool:
    """Whether ``part`` is written in Latin letters: most of its letters are."""
    letters = [c for c in part if c.isalpha()]
    return 2 * sum(1 for c in letters if c.isascii() or unicodedata.name(c, "").startswith("LATIN")) > len(letters)


#: A term in a script other than Latin, a comma, then its gloss in quotes: 'not 全固体電池, "all-solid-state battery"'.
_GLOSSED = re.compile(r"[^\x00-\u024f\s\d\W]+(?P<comma>\s*,)\s*[\"“'‘][^\"”'’\n]{1,60}[\"”'’]")
#: A line of prose wrapped right after "not" or "nor", its sentence going on on the next line ("... "solid battery",
#: not\n   全固体電池, ..."): the negation still governs what follows. (Not a value "no" ending a row, nor a next line
#: that opens an item or a label of its own: "Liquid: not\nPressure: 2 MPa".)
_WRAPPED_NEGATION = re.compile(r"(?<=[\w,] )(?:not|nor)(?P<wrap>[ \t]*\n)(?![ \t]*(?:[-•*]|\d+[.)]|[^\n:|]{1,40}[:|]))",
                               re.IGNORECASE)


#: An e-mail address or a web address ("r.jones@acme-ssb.example", "https://acme.example/solid-state"): where to write
#: or look, no claim about a cell.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)[^\s|()<>]+", re.IGNORECASE)
#: A firm's name: up to four capitalised words (or initials) before its legal form ("Acme SSB Ltd.", "Nordcell Solid
#: Energy GmbH", "Brightpath Energy Sp. z o.o."). Written as registered, so matched in its own case ("AG", not "Ag").
_FIRM = re.compile(r"\b(?:[A-Z][\w&'-]*[ \t]+){1,4}(?:Ltd|Limited|GmbH|AG|Inc|Corp|Corporation|LLC|PLC|plc|SAS|SARL|"
                   r"S\.A\.S|B\.V|BV|N\.V|NV|Co\.,?\s+Ltd|KK|K\.K|Pty|Zrt|Kft|Oy|AB|ApS|A/S|S\.p\.A|SpA|Sp\.\s+z\s+o\.o)"
                   r"(?![\w-])\.?")


def _read_firm_names(text: str) -> str:
    """Blank (spaces of the same length) e-mail and web addresses and firms' registered names: a supplier called "Acme
    SSB Ltd." or writing from "acme-ssb.example" says nothing of its cell's route by that name."""
    return _ADDRESS.sub(lambda m: " " * len(m.group(0)), _FIRM.sub(lambda m: " " * len(m.group(0)), text))


#: A parenthesis holding only a term in a script other than Latin: a translation's original term ("Mass production
#: (量产) planned (计划) for 2027"), full-width parentheses too.
_ORIGINAL_TERM = re.compile(r"[(（]\s*[^\x00-\u024f\s()（）]+(?:\s+[^\x00-\u024f\s()（）]+)*\s*[)）]")


def _read_original_terms(text: str) -> str:
    """Blank (spaces of the same length) a translation's original term in parentheses: the English before it already
    says it, and the parenthesis would otherwise part a subject from what its sentence goes on to say of it ("Mass
    production (量产) planned (计划) for Q2 2027" plans the production)."""
    return _ORIGINAL_TERM.sub(lambda m: " " * len(m.group(0)), text)


def _read_glosses(text: str) -> str:
    """Blank the comma between a term in another script and its quoted gloss ('not 全固体電池, "all-solid-state
    battery"'): the gloss is that term in English, so what is said of the term (its "not") is said of the gloss.
    A negation wrapped to the next line goes on with it there."""
    chars: list[str] | None = None
    for m in _GLOSSED.finditer(text):
        chars = chars if chars is not None else list(text)
        chars[m.start("comma"):m.end("comma")] = " " * (m.end("comma") - m.start("comma"))
    for m in _WRAPPED_NEGATION.finditer(text):
        chars = chars if chars is not None else list(text)
        chars[m.start("wrap"):m.end("wrap")] = " " * (m.end("wrap") - m.start("wrap"))
    return "".join(chars) if chars is not None else text


def _read_translations(text: str) -> str:
    """Blank (spaces of the same length) the second language of a bilingual line ("Charge only between 0 °C and 45 °C.
    / Nur zwischen 0 °C und 45 °C laden."): where both halves give the same figures, the second repeats the first in
    words the checklist may not read, and read again could say something else ("über 60 °C" is no limit in English)."""
    chars: list[str] | None = None
    for start, end in line_spans(text):
        halves = list(_LANGUAGES.finditer(text, start, end))
        if len(halves) != 1:
            continue
        first, second = text[start:halves[0].start()], text[halves[0].end():end]
        # (Both in Latin letters: a half in another script is not read as words anyway, and the other is the one read.)
        if _figures(first) and _figures(first) == _figures(second) and _in_latin(first) and _in_latin(second):
            chars = chars if chars is not None else list(text)
            # The half in English is read, whichever comes first ("Cellule tout-solide / all-solid-state cell"); where
            # neither is plainly English, the first.
            if _english_words(first) < _english_words(second):
                chars[start:halves[0].end()] = " " * (halves[0].end() - start)
            else:
                chars[halves[0].start():end] = " " * (end - halves[0].start())
    return "".join(chars) if chars is not None else text


#: Common English words, of prose and of a cell's datasheet, that other languages written in Latin letters do not
#: share ("tout-solide" has none, "all-solid-state cell" has four): which half of a bilingual line is the English one.
#: (Generic words only: what the checklist knows of its subject is in checklist.yaml.)
_ENGLISH = frozenset(fold_words(
    "the a an and or of with without at in on for to by from is are was were be been only not no after before between "
    "under over all per as it its our we this that which up down solid liquid state pressure temperature rate cycles "
    "cycle capacity retention test tested results result negative positive electrode coated coating external "
    "operates free charge discharge layer safe energy production samples shipped metal foil separator"))


def _english_words(part: str) -> int:
    """How many of ``part``'s words are common English words."""
    return sum(1 for w in fold_words(part) if w in _ENGLISH)


#: A sentence about the field in general, not the product: one naming the literature ("Most sulfide coin cells in
#: papers run at 5 MPa", "values reported in the literature"), or opening with a quantifier over a plural that does
#: something ("Most sulfide cells need ...", "Many polymer cells run warm"; not "Most of our cells ...").
#: The members of an association or a sector, which a general remark speaks of.
_MEMBERS = r"(?:members|member\s+companies)"
_GENERAL = re.compile(r"\b(?:in|from)\s+(?:the\s+)?(?:academic\s+|published\s+|scientific\s+)?(?:papers|literature|"
                      r"publications|academia)\b|\bpublished\s+(?:papers|studies|work)\b|"
                      r"^\W*(?:most|many|typical|typically|generally|in\s+general)\s+(?!of\b)(?:[\w-]+\s+){0,3}?"
                      r"[\w-]+s\s+(?:need|run|use|require|work|suffer|degrade|fail|show|lose)\b"
                      # An association's or a sector's unnamed members, or some designs among others, are the field in
                      # general: "Across our 38 members, work spans ...", "several members pair them with ...", "Some
                      # designs need stack pressure; others rely on interlayers", "Members operate 14 pilot lines".
                      rf"|\b(?:across|among(?:st)?)\s+(?:our|the|its|their)\s+(?:\d+\s+)?{_MEMBERS}"
                      rf"|\b(?:several|some|many|most|other|\d+|two|three|four|five)\s+(?:of\s+(?:our|the|its)\s+)?"
                      rf"{_MEMBERS}"
                      rf"|^\W*(?:{_MEMBERS}|others|some\s+(?:designs|makers|manufacturers|suppliers|"
                      r"companies|developers))\s+(?:need|use|run|require|rely|operate|pair|have|make|build|work)\b"
                      # Whoever, unnamed, makes a claim ("anyone quoting you 2,000 cycles", "whoever promises 60 °C",
                      # "any supplier that claims no pressure"): what someone might claim is the market's talk, no
                      # claim of the supplier's.
                      r"|\b(?:anyone|anybody|whoever|someone|somebody|any\s+(?:other\s+)?(?:supplier|vendor|seller|"
                      r"maker|manufacturer|company|startup|start-up)s?)\s+(?:(?:who|that)\s+)?(?:quot|claim|promis|"
                      r"advertis|pitch|tout|boast)\w*",
                      re.IGNORECASE)
#: Words by which a sentence speaks of the supplier's own product: it is no general remark. (Not an association's
#: own members or sector, "our 38 members": those are the field.)
_OWN = re.compile(rf"\b(?:our|ours|we|us)\b(?!\s+(?:\d+\s+)?(?:{_MEMBERS}|sector|industry)\b)", re.IGNORECASE)
#: A transcript's speaker opening a line ("Prof. Amari: ..."), before the sentence itself.
_SPEAKER = re.compile(r"\s*[^\W\d_][^:\n.?!]{0,50}:\s+")


#: A line that opens an audience's poll ("Poll 2 - What evidence convinces you most?", "Live poll: ...").
_POLL = re.compile(r"^\W*(?:(?:audience|live|online|quick|reader|webinar)\s+)?polls?\b(?:\s*#?\d+)?\s*[:.\-–—]",
                   re.IGNORECASE)
#: A line that goes on with the line before it: it opens on a lower-case letter or a figure ("composite 9 % (312
#: votes)").
_CONTINUATION = re.compile(r"^\s*[a-z0-9(]")


def _read_polls(text: str) -> str:
    """Blank (spaces of the same length) an audience's poll, from its line on through the lines that go on with it
    ("Poll 2 - What evidence convinces you most? Vehicle test 71 %, pouch cell 26 %, coin cell 3 %."): what voters
    chose is their opinion, no claim about the product."""
    chars: list[str] | None = None
    in_poll = False
    for start, end in line_spans(text):
        line = text[start:end]
        in_poll = bool(_POLL.match(line)) or (in_poll and bool(line.strip()) and bool(_CONTINUATION.match(line)))
        if in_poll:
            chars = chars if chars is not None else list(text)
            chars[start:end] = " " * (end - start)
    return "".join(chars) if chars is not None else text


#: What a standard or a clause of one is said to require ("Clause 5.2 requires a test temperature of 45 °C",
#: "IEC 62660-1 specifies cycling under 2 MPa"), to the end of its sentence: the document's requirement, no claim
#: about the product.
_REQUIREMENT = re.compile(r"\b(?:(?:draft\s+)?(?:clause|section|paragraph|annex|standard|norm)"
                          r"|(?-i:(?:pr)?(?:IEC|EN|ISO|UN|UL|SAE))\b)(?:\s*[\w.:/-]*\d[\w.:/-]*)*\s+"
                          r"(?:requires?|specif(?:y|ies)|prescribes?|mandates?|demands?|calls\s+for|asks\s+for)\b",
                          re.IGNORECASE)
#: Where such a sentence ends (after a closing quote mark too); a semicolon parts it from the writer's own clause.
_REQUIREMENT_END = re.compile(r"[.!?;](?=[\"”']?(?:\s|$))")
#: An editing instruction's quoted words ('after "at 1 MPa" add "or as specified"', 'replace "5 MPa" with "0.5 MPa"'):
#: text of the document being edited, quoted, not said of the product.
#: (The "with" or "by" of a replacement only right after the words it replaces: 'labelled with "..."' is no edit.)
_EDITED_WORDS = re.compile(r"(?:\b(?:after|before|replace|delete|insert|add)|(?<=[\"”]\s)(?:with|by))\s+"
                           r"(?P<quote>[\"“][^\"“”\n]{1,80}[\"”])", re.IGNORECASE)


def _read_quoted_requirements(text: str) -> str:
    """Blank (spaces of the same length, line breaks kept) what a standard or its clause is said to require, to its
    sentence's end, and the quoted words an editing instruction moves: a comment on a draft standard quotes the draft,
    and only what it says of its own cells is a claim."""
    spans = [m.span("quote") for m in _EDITED_WORDS.finditer(text)]
    for m in _REQUIREMENT.finditer(text):
        stop = _REQUIREMENT_END.search(text, m.end())
        spans.append((m.start(), stop.end() if stop else len(text)))
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(chars)


def _read_general_remarks(text: str) -> str:
    """Blank (spaces of the same length) a sentence of prose that speaks of the field in general ("Most sulfide coin
    cells in papers run at 5 MPa or more"): what holds for cells in general is no claim about the product."""
    return _blank_sentences(text, lambda sentence: bool(_GENERAL.search(sentence)) and not _OWN.search(sentence))


#: A cell made to be compared with the product, not the product: a patent's comparative example, "an otherwise
#: identical cell without the interlayer", "the control cells without coating".
_COMPARISON_CELL = re.compile(r"\bcomparative\s+examples?\b|\botherwise[\s-]+identical\s+(?:\w+\s+){0,2}?(?:without|"
                              r"lacking)\b|\b(?:control|reference|baseline)\s+(?:\w+\s+)?(?:without|lacking)\b",
                              re.IGNORECASE)


def _read_comparison_cells(text: str) -> str:
    """Blank (spaces of the same length) a sentence of prose about a cell made only to be compared with the product
    ("Comparative Example 1. An otherwise identical cell without the interlayer required 3 MPa"): what that cell
    needed is no claim about the product."""
    return _blank_sentences(text, lambda sentence: bool(_COMPARISON_CELL.search(sentence)))


def _blank_sentences(text: str, blanked: Callable[[str], bool]) -> str:
    """``text`` with each sentence of prose that ``blanked`` picks made spaces of the same length, from its own line
    and after a speaker's name ("Prof. Amari: Most sulfide cells ...")."""
    chars: list[str] | None = None
    for said in _PROSE_SENTENCE.finditer(text):
        start = max(said.start(), text.rfind("\n", 0, said.end()) + 1)
        sentence = text[start:said.end()]
        speaker = _SPEAKER.match(sentence)
        if speaker is not None:
            start, sentence = start + speaker.end(), sentence[speaker.end():]
        if blanked(sentence):
            chars = chars if chars is not None else list(text)
            chars[start:said.end()] = " " * (said.end() - start)
    return "".join(chars) if chars is not None else text


#: A sentence that takes back the one before it ("That was our own assumption.", "This was wrong;", "That figure was
#: incorrect"): a correction notice's withdrawn statement.
_RETRACTION = re.compile(r"\s*(?:that|this|it)(?:\s+\w+)?\s+(?:was|is)\s+(?:(?:our|my|their|an?)\s+)?(?:own\s+)?"
                         r"(?:assumption|guess|mistake|error|wrong|incorrect|inaccurate|untrue|not\s+correct|not\s+true)"
                         r"(?![\w-])", re.IGNORECASE)


#: A reply disowning what was put to it ("Not our data.", "Those are not our numbers, sorry", "Not ours."): what
#: someone else measured and quoted to the supplier is no claim of the supplier's.
_DISOWNING = re.compile(r"\s*(?:(?:that|this|those|these|it|they)(?:'s|'re|\s+(?:is|are|was|were))\s+)?not\s+"
                        r"(?:our|my)\s+(?:own\s+)?(?:data|numbers?|figures?|results?|measurements?|tests?|claims?|"
                        r"work)\b|\s*not\s+ours\b", re.IGNORECASE)
#: The most questions between a disowned statement and the reply disowning it ("... for 2,000 cycles. Is that right?").
_DISOWNED_QUESTIONS = 2


def _read_retracted_sentences(text: str) -> str:
    """Blank (spaces of the same length, line breaks kept) a sentence of prose that the next one takes back ("We wrote
    that the cell uses a sulfide electrolyte. That was our own assumption; ..."): what is withdrawn is no claim. So is
    a statement a reply disowns ("A test house ran your cells at 70 °C. Is that right?" "Not our data."), past the
    questions put with it."""
    chars: list[str] | None = None
    sentences = list(_PROSE_SENTENCE.finditer(text))
    for n, after in enumerate(sentences[1:], 1):
        said: re.Match[str] | None = sentences[n - 1]
        if _RETRACTION.match(after.group(0)):
            pass
        elif _DISOWNING.match(_own_words(after.group(0))):
            # (The reply's own words: after its line's speaker, "jonas wrote:" or "Supplier: ...".)
            back = n - 1
            while back > 0 and n - 1 - back < _DISOWNED_QUESTIONS and sentences[back].group(0).rstrip().endswith("?"):
                back -= 1
            said = None if sentences[back].group(0).rstrip().endswith("?") else sentences[back]
        else:
            said = None
        if said is not None:
            # (From its own line: a line before it without a full stop is another item.)
            start = max(said.start(), text.rfind("\n", 0, said.end()) + 1)
            chars = chars if chars is not None else list(text)
            chars[start:said.end()] = " " * (said.end() - start)
    return "".join(chars) if chars is not None else text


def _own_words(sentence: str) -> str:
    """The words a sentence says on its own last line, after a speaker's name ("Supplier: Not ours." says "Not
    ours.")."""
    line = sentence[sentence.rfind("\n") + 1:]
    speaker = _SPEAKER.match(line)
    return line[speaker.end():] if speaker is not None else line


#: Words saying that someone contradicts what the sentence reported before them ("..., but their engineer says
#: otherwise").
_CONTRADICTED = re.compile(r"\bbut\s+(?:[\w'-]+\s+){1,4}?(?:says?|said|claims?|claimed|states?|stated|insists?|"
                           r"maintains?)\s+otherwise\b", re.IGNORECASE)


def _read_contradicted_claims(text: str) -> str:
    """Blank (spaces of the same length, line breaks kept) what a sentence of prose reports before someone is said to
    contradict it ("Their sales rep told me they're 'in mass production', but their engineer says otherwise"): a
    claim its own side disputes is no claim."""
    chars: list[str] | None = None
    for said in _PROSE_SENTENCE.finditer(text):
        contradicted = _CONTRADICTED.search(text, said.start(), said.end())
        if contradicted is None:
            continue
        chars = chars if chars is not None else list(text)
        chars[said.start():contradicted.start()] = [c if c == "\n" else " "
                                                    for c in text[said.start():contradicted.start()]]
    return "".join(chars) if chars is not None else text


#: A statement quoted to open its line (after an item's number or bullet), then the reply to it after a dash or a
#: colon: '4. "Needs 10 MPa of stack pressure." - We do not comment on that.', a fact check's or a rebuttal's item.
_CHECKED_QUOTE = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•])?[ \t]*(?P<quote>[\"“][^\"“”\n]{3,200}[\"”])[ \t]*"
                            r"(?:[-–—:]|->|→)[ \t]*(?P<reply>\S[^\n]*)", re.MULTILINE)
#: A reply that corrects the statement it follows or declines to confirm it ("Please correct: ...", "Not quite.",
#: "Incorrect", "No -", "We do not comment on ...", "No comment"), as its first words. (Not an attribution: '"...
#: moves this industry." - Dr. A. Name, CTO' is the speaker's own claim; nor a confirmation: "Correct.")
_CORRECTING = re.compile(r"(?:please\s+correct|correction|not\s+(?:quite|true|correct|accurate|so|exactly|the\s+case)|"
                         r"incorrect|inaccurate|untrue|wrong|false|misleading|outdated|partly|partially|no\b|"
                         r"we\s+(?:do\s+not|don't|cannot|can't|won't|will\s+not|never)\s+(?:comment|confirm|"
                         r"disclose|discuss|share)\b)", re.IGNORECASE)


def _read_checked_quotes(text: str) -> str:
    """Blank (spaces of the same length) a statement quoted to open its line that the reply after it corrects or
    declines to confirm ('3. "The anode is protected lithium metal." - Please correct: ...', '"Needs 10 MPa." - We do
    not comment on that.'): it is what someone else said, put to the writer, and the reply says what holds."""
    chars: list[str] | None = None
    for m in _CHECKED_QUOTE.finditer(text):
        if not _CORRECTING.match(m.group("reply")):
            continue
        chars = chars if chars is not None else list(text)
        chars[m.start("quote"):m.end("quote")] = " " * (m.end("quote") - m.start("quote"))
    return "".join(chars) if chars is not None else text


#: A statement that what it names is withdrawn ("The designation 'all-solid-state' is withdrawn", "the 5 MPa figure
#: has been retracted").
_WITHDRAWN_STATEMENT = re.compile(r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:hereby\s+|now\s+)?"
                                  r"(?:withdrawn|retracted|revoked)\b", re.IGNORECASE)


def _read_withdrawn_statements(text: str) -> str:
    """Blank (spaces of the same length) a sentence of prose, up to its "is withdrawn", that withdraws what it names:
    a withdrawn designation or figure is no claim, and what the sentence says after it is kept ("...; the cell now
    needs 1 MPa")."""
    chars: list[str] | None = None
    for said in _PROSE_SENTENCE.finditer(text):
        withdrawn = _WITHDRAWN_STATEMENT.search(said.group(0))
        if withdrawn is None:
            continue
        # (From its own line: a line before it without a full stop is another item.)
        start = max(said.start(), text.rfind("\n", 0, said.start() + withdrawn.start()) + 1)
        end = said.start() + withdrawn.end()
        chars = chars if chars is not None else list(text)
        chars[start:end] = " " * (end - start)
    return "".join(chars) if chars is not None else text


#: Words naming an earlier generation of the product ("our first-generation cell", "Gen 1", "our first prototypes",
#: "our first coin cells in 2019": the first of a thing, dated).
_EARLIER = re.compile(r"\b(?:first[\s-]generation|gen(?:eration)?[\s.-]?(?:1|one|i)(?![\w.-])|(?:our|the|their)\s+first"
                      r"\s+(?:[\w-]+\s+){0,2}?(?:prototypes?|samples?)\b|(?:our|the|their)\s+first\s+(?:[\w-]+\s+){1,3}?"
                      r"(?:in|back\s+in)\s+(?:19|20)\d\d\b)", re.IGNORECASE)
#: Words that speak of the product as it is now ("Today our cells are ...", "the cell we offer now", "our current
#: design"; not an electric current: "current collector", "current density").
_PRESENT = re.compile(r"\b(?:today|now|nowadays|currently|no\s+longer|our\s+current|current\s+(?:generation|product|"
                      r"design|model|version))\b", re.IGNORECASE)


def _read_earlier_generations(text: str) -> str:
    """Blank (spaces of the same length) the sentences of prose about an earlier generation of the product ("Our
    first-generation cell used a polymer. It worked, but only warm: Gen 1 had to be held at 60 °C", "When we built our
    first coin cells in 2019, they only cycled under 10 MPa") in a text that also says what the product is now ("Gen 2,
    the cell we offer today, ..."): history, not the product offered. From the sentence naming that generation to the
    end of its paragraph, or to a sentence that speaks of now. Where a sentence speaks of that generation as now ("Our
    Gen-1 cells are now shipping"), it is the product, and nothing is blanked."""
    sentences = list(_PROSE_SENTENCE.finditer(text))
    if not _PRESENT.search(text) or any(_EARLIER.search(m.group(0)) and _PRESENT.search(m.group(0))
                                        for m in sentences):
        return text
    chars: list[str] | None = None
    paragraph_ends = [m.start() for m in _BLANK_LINE.finditer(text)]
    about, paragraph = False, 0
    for m in sentences:
        if bisect_left(paragraph_ends, m.end()) != paragraph:
            about, paragraph = False, bisect_left(paragraph_ends, m.end())  # a paragraph opens about what it says
        if _PRESENT.search(m.group(0)):
            about = False
            continue
        # (A sentence that opens the history does so from its own line: a line before it without a full stop is
        # another item.)
        start = m.start() if about else max(m.start(), text.rfind("\n", 0, m.end()) + 1)
        about = about or _EARLIER.search(text, start, m.end()) is not None
        if about:
            chars = chars if chars is not None else list(text)
            chars[start:m.end()] = [c if c == "\n" else " " for c in text[start:m.end()]]
    return "".join(chars) if chars is not None else text


#: Where the first clause of a row's value ends: a spaced dash, a comma (not a decimal comma: "0,1 C" is a rate, not
#: "0"), a semicolon, a parenthesis, a full stop.
_VALUE_CLAUSE_END = re.compile(r"\s[-–—]\s|(?<!\d),|,(?!\d)|[;(]|\.(?=\s)")
#: Where a sentence of a row's value ends.
_SENTENCE_END = re.compile(r"[.;!?](?=\s)")


def _bare_value(value: str) -> str:
    """A value cell without its quotes and a trailing remark: '"-" (their sheet leaves it blank)' is "-"."""
    bare = re.sub(r"\s*\([^()]*\)\s*\.?$", "", value.strip()).strip()
    if not bare and (remark := _WHOLE_REMARK.fullmatch(value.strip())) is not None:
        # A value that is all remark says what its first clause says: "(withdrawn; re-test pending)" is "withdrawn".
        return remark.group("first").strip()
    return bare.strip("\"'“”‘’ ") or value.strip()


#: A value cell that is a remark in parentheses, and the remark's first clause.
_WHOLE_REMARK = re.compile(r"\((?P<first>[^();,]+)(?:[;,][^()]*)?\)\s*\.?")


#: Between the two languages of a bilingual sheet's cell ("无需 / 0 MPa", "待定 / TBD").
_LANGUAGES = re.compile(r"\s/\s|\s*／\s*")
_LATIN = re.compile(r"[A-Za-z0-9]")


def _latin_part(value: str) -> str:
    """A bilingual cell's value in the Latin script ("无需 / 0 MPa" is "0 MPa", "待定 / TBD" is "TBD"): the parts
    without a Latin letter or a digit are the other language's words for the same value, so a placeholder or a
    "none" in the Latin part is read as it would be alone."""
    parts = [p.strip() for p in _LANGUAGES.split(value) if p.strip()]
    latin = [p for p in parts if _LATIN.search(p)]
    return " / ".join(latin) if len(parts) > 1 and latin and len(latin) < len(parts) else value


def _stated(values: list[str]) -> list[str]:
    """A row's value cells without the blanks of its other columns ("Liquid electrolyte | none | - | -": a bill of
    materials' quantity and supplier left empty), unless every cell is one."""
    return [v for v in values if not _UNSTATED.fullmatch(v) or _REFUSAL_VALUE.search(v)] or values


#: A bare yes or no opening an answer, before the words that say what it answers ("No, no external pressure").
_ANSWER_WORD = re.compile(r"\W*(?:no|nope|none|nil|yes)\b\W*", re.IGNORECASE)


def _restated(text: str, value: list[Token], label_end: int, end: int) -> list[Token]:
    """The words of a "none" value after its opening "no" ("Ridgeline: No, no external pressure, none needed.",
    "Rep: No, it's graphite."): what a reply goes on to say is read, whatever its opening denies (a speaker's name
    before it is no label of a datasheet's)."""
    opening = _ANSWER_WORD.match(text, label_end, end)
    if opening is None:
        return []
    return [t for t in value if t.start >= opening.end()]


def _read_rows(text: str, tokens: list[Token], make: Make,
               unasked_parts: frozenset[str] = frozenset(), layers: frozenset[str] = frozenset()) -> list[Token]:
    """Datasheet rows ("Label: value", "| Label | value |", "Label n/a"): a placeholder value makes the
    row no claim, a "none" value denies the label, and otherwise the row's label and value are marked so
    that the value decides where it speaks to the same step."""
    out: list[Token] = []
    i = 0
    wrapped = -1  # the table row a line with empty label cells goes on with
    for row, line in enumerate(line_spans(text)):
        start, end = line
        inside = []
        while i < len(tokens) and tokens[i].start < end:
            if tokens[i].start >= start:
                inside.append(tokens[i])
            else:
                out.append(tokens[i])
            i += 1
        split = None if _layer_stack(text[start:end], layers) else _split_row(text, start, end)
        if split is None and wrapped >= 0 and _continues_cell(text[start:end]):
            # A table line with its first cells empty goes on with the row above, whose cell wrapped onto it ("| C-3 |
            # Anode? | Lithium metal with a 50 nm ZnO |" over "| | | lithiophilic coating. |").
            out += [replace(t, value_of=wrapped) for t in inside]
            continue
        wrapped = -1
        if split is None:
            out += inside
            continue
        label_start, label_end, values = split
        # A datasheet's unit column ("Impedance growth | % | TBD") says what the value is in, not what it is.
        values = [_bare_value(v) for v in ([v for v in values if not _UNIT_CELL.fullmatch(v.strip())] or values)]
        values = [_latin_part(v) for v in values]
        out += [t for t in inside if t.end <= label_start]  # a question number ("5.") is no part of the row
        inside = [t for t in inside if t.end > label_start]
        label = [t for t in inside if t.end <= label_end]
        value = [t for t in inside if t.start >= label_end]
        if any(_LATIN.search(t.word) for t in label):
            # A bilingual label ("外部压力 Stack pressure") is read in its Latin words, as its value is.
            inside = [t for t in inside if t.start >= label_end or _LATIN.search(t.word)]
            label = [t for t in label if _LATIN.search(t.word)]
        if not label or len(label) > _LABEL_WORDS:
            out += inside
        elif any(f" {part} " in f" {' '.join(t.word for t in label)} " for part in unasked_parts):
            # "Cathode: LFP, carbon-coated" is about a part the checklist does not ask about, up to the
            # sentence's end ("Cathode: NMC811; solid polymer electrolyte" goes on about another part).
            stop = re.search(r"[;.](?=\s|$)", text[label_end:end])
            out += [t for t in value if stop and t.start >= label_end + stop.end()]
        elif all(_UNSTATED.fullmatch(v) and not _REFUSAL_VALUE.search(v) for v in values) or (
                len(values) > 1 and all((_COMPLIANCE.fullmatch(v) or _UNSTATED.fullmatch(v))
                                        and not _REFUSAL_VALUE.search(v) for v in values)
                and any(_UNSTATED.fullmatch(v) for v in values)):
            # "Stack pressure: n/a" says nothing about pressure; nor does a compliance matrix's "Resistance growth |
            # No | TBD", whose only other cell ticks or crosses the requirement. (A cell that declines, "Test format |
            # confidential | -", is a refusal whatever blanks its other cells hold.)
            continue
        elif all(_NONE.fullmatch(v) or _NONE.fullmatch(_VALUE_CLAUSE_END.split(v)[0].strip()) for v in _stated(values)):
            out.append(make("no", label[0].start, end, read=True))  # spans the row: "Stack pressure: none"
            out += label
            # A remark after the denial says what stands in for the label: "none required (wetting interlayer)".
            remark = re.search(r"\([^()]*\)[\s.|]*$", text[label_end:end])
            kept = ([t for t in value if t.start >= label_end + remark.start()] if remark
                    else _restated(text, value, label_end, end))
            # The denial is the value's first sentence; the sentences after it are prose of their own ("New: 0 MPa.
            # Contact is now kept by a buffer interlayer on the lithium foil.").
            stop = _SENTENCE_END.search(text, label_end, end)
            later = [t for t in value if stop and t.start >= stop.end() and t not in kept]
            out += sorted(kept + [replace(t, value_of=-1) for t in later], key=lambda t: t.start)
        else:
            blanks = _paired_placeholders(text, label_start, label_end, end)
            label = [t for t in label if not any(a <= t.start < b for a, b in blanks)]
            value = [t for t in value if not any(a <= t.start < b for a, b in blanks)]
            out += [replace(t, label_of=row) for t in label] + [replace(t, value_of=row) for t in value]
            wrapped = row if "|" in text[start:end] else -1
    out += tokens[i:]
    return out


#: A slash between spaces that parts the items of a label or a value ("Retention / resistance growth", "86 % / N/A").
_ITEM_SLASH = re.compile(r"\s+/\s+")


def slash_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items a spaced slash parts in ``text[start:end]`` (a label's or a table cell's: "Retention /
    resistance growth", "25 / 0.5C"), each without its spaces."""
    bounds = [start, *(k for m in _ITEM_SLASH.finditer(text, start, end) for k in m.span()), end]
    items = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        items.append((a, b))
    return items


def _paired_placeholders(text: str, label_start: int, label_end: int, end: int) -> list[tuple[int, int]]:
    """Where a row's label and its first value list as many items parted by slashes ("Capacity retention / resistance
    growth | 86 % / N/A"), the spans of each item pair whose value is a placeholder: that item of the label is not
    answered, whatever the others are. Empty for any other row."""
    label_stop = label_end
    while label_stop > label_start and text[label_stop - 1] in " |:=\t":
        label_stop -= 1
    value_stop = text.find("|", label_end, end)
    value_stop = end if value_stop < 0 else value_stop
    names, values = slash_items(text, label_start, label_stop), slash_items(text, label_end, value_stop)
    if len(names) < 2 or len(names) != len(values):
        return []
    blanks: list[tuple[int, int]] = []
    for name, value in zip(names, values, strict=True):
        said = text[value[0]:value[1]]
        if _UNSTATED.fullmatch(said) and not _REFUSAL_VALUE.search(said):
            blanks += [name, value]
    return blanks


def _continues_cell(line: str) -> bool:
    """Whether ``line`` is a table line whose first cell is empty and another is not: the rest of a wrapped row ("|
    |     | lithiophilic coating. |")."""
    cells = line.strip().removeprefix("|").split("|")
    return len(cells) > 1 and not cells[0].strip() and any(cell.strip() for cell in cells[1:])


#: A questionnaire's numbered question and answer lines ("Q3. Anode and protection.", "Q4.3 State the anode.",
#: "A3. Li foil ...", "A: Li foil ..."), with the answer's own words after its number.
#: (Whose question or answer it is may come first: "Your question 4.7: ...", "Our answer: ...", or in brackets after
#: its number, as a tender's log names who asked and who answered: "Q7 (Buyer): ...", "A7 (Supplier): ...".)
_WHOSE = r"(?:(?:[Yy]our|[Oo]ur|[Tt]he|[Tt]heir)\s+)"
_QUESTION = re.compile(rf"\s*(?:>\s*)*(?:{_WHOSE}(?:Q|Question|question)|Q|Question)\s?"
                       r"(?P<n>\d{1,3}(?:\.\d{1,3})*)\s*[.:)]?\s+\S")
_ANSWER = re.compile(rf"\s*(?:>\s*)*(?:{_WHOSE}(?:Answer|answer)|A|Answer)\s?"
                     r"(?P<n>\d{1,3}(?:\.\d{1,3})*)?\s*(?:\([^()\n]{1,40}\)\s*)?[.:)]\s+(?P<said>\S.*)")
#: A line opening with a question's or a list's number ("D4 ", "B.2 ", "4. ", "2) ", "1.4 "), and such a line that
#: asks ("D4 Which anode is used?").
_NUMBER_PREFIX = r"\s*(?:[A-Z]{1,2}[-.]?\d{1,3}(?:\.\d{1,3})*[.):]?|\d{1,2}(?:\.\d{1,2})*[.):]?)\s+"
_NUMBERED = re.compile(_NUMBER_PREFIX + r"\S")
_NUMBERED_QUESTION = re.compile(_NUMBER_PREFIX + r"[^\n]*\?\s*")
#: A question quoted in a reply ("> 5. Stack pressure?"): the reply's unquoted lines below it answer it.
_QUOTED_QUESTION = re.compile(r"\s*>[^\n]*\?\s*$")
_QUOTED = re.compile(r"\s*>")
#: A turn of a chat or a transcript: an optional time ("[10:02]"), who speaks and what they say ("Ana (sales): ...").
#: (The time may follow the name too: "Mia Keller [09:22]: ...".)
_TURN = re.compile(r"\s*(?:\[[^\]\n]{1,20}\]\s*)?(?P<who>[^\W\d_][^:\n?\[]{0,50}?)\s*(?:\[[^\]\n]{1,20}\])?\s*:\s+"
                   r"(?P<said>\S[^\n]*)")


def _asked_turn(text: str, lines: list[tuple[int, int]], n: int, following: int) -> int | None:
    """Where the answer starts, if line ``n`` is a turn of a chat asking a question and line ``following`` is
    another speaker's turn: what that speaker says."""
    asked, answered = _TURN.fullmatch(text, *lines[n]), _TURN.fullmatch(text, *lines[following])
    if asked is None or answered is None or not asked.group("said").rstrip().endswith("?"):
        return None
    if asked.group("who").strip().lower() == answered.group("who").strip().lower():
        return None
    return answered.start("said")


def _answer_lines(text: str, lines: list[tuple[int, int]], n: int) -> tuple[int, int, str] | None:
    """The answer to the question on line ``n``: the lines after it up to a blank line or the next question, as
    (start, end, what it says without an "A3." or "A:" mark), when they answer it: the numbered or "A:" answer of
    a numbered question, the unquoted lines below a quoted one, the next speaker's turn after a question in a
    chat."""
    question = _QUESTION.match(text, *lines[n])
    numbered = False
    following = next((k for k in range(n + 1, len(lines)) if lines[k][0] < lines[k][1]), None)
    if following is None:
        return None
    start = lines[following][0]
    if question is not None and (answer := _ANSWER.match(text, *lines[following])) is not None:
        if answer.group("n") not in (None, question.group("n")):
            return None
        said_start = answer.start("said")
    elif question is not None and not _NUMBERED_QUESTION.fullmatch(text, *lines[n]):
        return None
    elif (answer := _ANSWER.match(text, *lines[following])) is not None and answer.group("n") is None and (
            not _ANSWER.match(text, *lines[n])):
        # Any line an unnumbered "Answer:" or "A:" line follows is what it answers ('C.4 "State the format."').
        said_start = answer.start("said")
    elif _QUOTED_QUESTION.match(text, *lines[n]) and not _QUOTED.match(text, *lines[following]):
        said_start = start
    elif (_NUMBERED_QUESTION.fullmatch(text, *lines[n]) and not _NUMBERED.match(text, *lines[following])
          and not text[slice(*lines[following])].rstrip().endswith("?")):
        # A numbered question ("D4 Which anode is used?", "4. Cell format?", "Q4. Anode?") with lines below it that
        # are neither numbered nor questions: they answer it, as a checklist's answers are set under its questions
        # (a "Q" number with no "A" mark below it is such a question too).
        said_start = start
        numbered = True
    elif (turn := _asked_turn(text, lines, n, following)) is not None:
        # A question asked in a chat ("[10:06] Dan: Does it need clamping?") is answered by the next speaker's turn.
        said_start = turn
    else:
        return None
    chat = question is None and said_start != start and _TURN.match(text, *lines[following]) is not None and (
        _ANSWER.match(text, *lines[following]) is None)
    end = lines[following][1]
    for k in range(following + 1, len(lines)):
        a, b = lines[k]
        if (a == b or not text[a:b].strip() or _QUESTION.match(text, a, b) or _QUOTED.match(text, a, b)
                or (chat and _TURN.match(text, a, b)) or _ANSWER.match(text, a, b)
                or (k + 1 < len(lines) and _ANSWER.match(text, *lines[k + 1]))
                or (numbered and _NUMBERED.match(text, a, b))):
            # (Nor past the next answer, or the question it answers.)
            break
        end = b
    return start, end, text[said_start:end]


def _read_questions(text: str, tokens: list[Token]) -> list[Token]:
    """A questionnaire's answer ("Q8. Production capacity and yield." then "A8. Confidential.", or a question quoted
    in a reply and the lines below it) is read as a row whose label is its question: a refusal there withholds what
    the question asks, a placeholder answer ("A8. TBD") makes the pair no claim, and an answer that speaks to the
    question's step outweighs the question's words."""
    lines = line_spans(text)
    pairs: dict[int, tuple[int, int]] = {}
    denied: set[int] = set()
    for n, (start, _end) in enumerate(lines[:-1]):
        answer = _answer_lines(text, lines, n)
        if answer is None:
            continue
        pairs[n] = (start, answer[1])
        said = " ".join(answer[2].split())
        if _DENIAL.match(said):
            denied.add(n)
        if _UNSTATED.fullmatch(_bare_value(said)) and not _REFUSAL_VALUE.search(said):
            pairs[n] = (-1, -1)
            tokens = [t for t in tokens if not start <= t.start < answer[1]]
    if not pairs:
        return tokens
    out = []
    for t in tokens:
        for row, (start, end) in pairs.items():
            if start <= t.start < end:
                question_end = lines[row][1]
                if t.start >= question_end:
                    t = replace(t, value_of=row, label_of=-1)
                    break
                t = replace(t, label_of=row, value_of=-1)
                if row in denied and t.word.isalpha() and t.word not in _QUESTION_WORDS:
                    # "Does it need a pressure fixture?" "Nope.": every word asked about is denied ("no pressure").
                    out.append(replace(t, word="no", read=True))
                break
        out.append(t)
    return out


#: A bare "no" for an answer: it denies what the question asks ("Is a fixture needed?" "None at all.").
_DENIAL = re.compile(r"(?:no|nope|none|nil|not\s+at\s+all)(?:\s*[,.;:!]|\s*$)", re.IGNORECASE)
#: Words that ask rather than name what is asked about.
_QUESTION_WORDS = frozenset({"q", "does", "do", "did", "is", "are", "was", "were", "which", "what", "how", "any",
                             "the", "a", "an", "it", "you", "your", "need", "needs", "use"})


#: A document that sends goods ("PACKING NOTE PN-12", "Delivery note", "Dispatch advice"), named in its title.
_SHIPPING_DOCUMENT = re.compile(r"\b(?:packing\s+(?:note|list|slip)|delivery\s+note|dispatch\s+(?:note|advice)|"
                                r"shipping\s+(?:note|notice|document)|advice\s+note|consignment\s+note|waybill)\b",
                                re.IGNORECASE)
#: A label addressing goods: a shipper's line, then a consignee's, in capitals as a parcel's or a pallet's label
#: prints them ("FROM: ... / TO: ..."; not an e-mail's "From:" and "To:" headers).
_ADDRESSED_GOODS = re.compile(r"^[ \t]*(?:FROM|SHIPPER|SENDER):[^\n]*\n[ \t]*(?:TO|CONSIGNEE|SHIP\s+TO|DELIVER\s+TO):",
                              re.MULTILINE)
#: A sample named ("12 A-sample pouch cells", "engineering samples").
_SAMPLE = re.compile(r"\bsamples?\b", re.IGNORECASE)


def _read_shipping_documents(text: str, tokens: list[Token], make: Make) -> list[Token]:
    """The samples a shipping document lists (its title a packing note, a delivery note) are samples sent to a
    customer: "samples to customers" is read after each, spanning it."""
    title = next((text[a:b] for a, b in line_spans(text) if text[a:b].strip()), "")
    if not _SHIPPING_DOCUMENT.search(title) and not _ADDRESSED_GOODS.search(text):
        return tokens
    spans = [m.span() for m in _SAMPLE.finditer(text)]
    if not spans:
        return tokens
    out: list[Token] = []
    k = 0
    for t in tokens:
        out.append(t)
        while k < len(spans) and spans[k][1] <= t.end:
            if spans[k][0] >= t.start and not t.read:
                out += [replace(make(w, *spans[k], read=True), clause=t.clause, sentence=t.sentence,
                                label_of=t.label_of, value_of=t.value_of) for w in fold_words("samples to customers")]
            k += 1
    return out


#: "Shipping" as the freight of one consignment: its paperwork, its cost or its handling ("the proper shipping name",
#: "shipping documents", "free shipping", "shipping costs"), no word of volume production.
_FREIGHT_SHIPPING = "shipping"
_FREIGHT_NOUNS = frozenset(fold_words("name names document documents documentation papers paperwork label labels mark "
                                      "marks cost costs fee fees charge charges address terms weight class method "
                                      "instructions box boxes carton cartons container containers"))
_FREIGHT_BEFORE = frozenset(fold_words("free proper"))


def _read_freight_words(tokens: list[Token]) -> list[Token]:
    """Drop "shipping" where it names a consignment's freight ("proper shipping name", "free shipping", "shipping
    costs"): how one parcel travels says nothing about shipping in volume."""
    def freight(i: int) -> bool:
        t = tokens[i]
        if t.word != _FREIGHT_SHIPPING or t.read:
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].clause == t.clause else None
        before = tokens[i - 1] if i > 0 and tokens[i - 1].clause == t.clause else None
        return (after is not None and after.word in _FREIGHT_NOUNS) or (
            before is not None and before.word in _FREIGHT_BEFORE)

    return [t for i, t in enumerate(tokens) if not freight(i)]


#: The other names of a non-disclosure agreement: "CDA", "(non-)disclosure agreement", "confidentiality agreement",
#: "secrecy agreement", read as "nda", the word the refusals know ("disclosed only under a confidentiality agreement"
#: withholds what it names, as "only under NDA" does).
_NDA = "nda"
_OTHER_NDAS = frozenset(fold_words("cda"))
_AGREEMENTS = frozenset(fold_words("agreement agreements"))
_AGREEMENT_KINDS = frozenset(fold_words("confidentiality disclosure nondisclosure secrecy"))
_NON = "non"


def _read_agreement_names(tokens: list[Token]) -> list[Token]:
    """Read each other name of a non-disclosure agreement as "nda": the acronym itself, or "agreement" and the word of
    its kind before it in its clause, one word spanning both (so that the evidence quotes the supplier's words)."""
    out: list[Token] = []
    for t in tokens:
        before = out[-1] if out else None
        if t.read:
            pass
        elif t.word in _OTHER_NDAS:
            t = replace(t, word=_NDA)
        elif (t.word in _AGREEMENTS and before is not None and before.clause == t.clause and not before.read
              and before.word in _AGREEMENT_KINDS):
            t = replace(out.pop(), word=_NDA, end=t.end)
            if out and out[-1].word == _NON and out[-1].clause == t.clause and not out[-1].read:
                t = replace(out.pop(), word=_NDA, end=t.end)  # "non-disclosure agreement", quoted whole
        out.append(t)
    return out


#: "Test vehicle" as a lab's word for the object tested, when what it names is a cell ("Test vehicle | single-layer
#: pouch, 45 mAh", "the test vehicle was a CR2032 coin cell"): no vehicle was driven.
_TEST_VEHICLE = tuple(fold_words("test vehicle"))
#: (The words of a cell's build and size, not the word "cell" itself: "Test vehicle | single-layer pouch, 45 mAh".)
_CELL_WORDS = frozenset(fold_words("pouch pouches coin coins pellet pellets stack stacks layer swagelok cr2032 cr2025 "
                                   "cr2016 mah ah"))
_NAMING_VERBS = frozenset(fold_words("is are was were"))
_NAMING_REACH = 6


def _read_test_vehicle_jargon(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the "vehicle" of "test vehicle" where it names a cell: the label of a row whose value names one (or a
    table's cell before one that does), or the subject of a sentence saying it was one. The cell named is what was
    tested."""
    drop: set[int] = set()
    for i in range(len(tokens) - 1):
        t = tokens[i]
        if (t.word, tokens[i + 1].word) != _TEST_VEHICLE or t.read or tokens[i + 1].read:
            continue
        line_end = text.find("\n", t.end)
        cells = text[t.end:line_end if line_end >= 0 else len(text)].partition("|")[2]
        if t.label_of >= 0:
            named = any(u.value_of == t.label_of and u.word in _CELL_WORDS for u in tokens)
        elif cells:
            # (A table's cell too long for a label still has its answer in the next cell.)
            named = bool(_CELL_WORDS.intersection(fold_words(cells)))
        else:
            after = [u for u in tokens[i + 2:i + 2 + _NAMING_REACH] if u.sentence == t.sentence]
            named = bool(after) and after[0].word in _NAMING_VERBS and any(u.word in _CELL_WORDS for u in after)
        if named:
            drop.add(i + 1)  # (the "test" stays: the row or sentence still says what was tested)
    return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens


#: A heading line that names a plan ("Roadmap", "Timeline:", "## Outlook"): the lines under it, to the next blank
#: line, are what is planned, not what is there. (Not "Next steps": an agenda's heading, over what was said.)
#: (A slide's, a section's or a numbered heading's place may come first: "Slide 6 - Roadmap", "4.2 Outlook".)
#: (So is a heading over what is still to come, a release's or a version's: "Coming in v3.0 (planned 2027)",
#: "Upcoming:", "Planned for the next release", "Future versions". Not a sentence: no full stop in it, but for a
#: version's number.)
_PLAN_HEADING = re.compile(r"\s*(?:#+\s*)?(?:(?:slide|section|chapter|part|page)\s*\d+\s*[-:.]?\s*"
                           r"|\d+(?:\.\d+)*\.?\s+)?(?:(?:(?:our|product|project)\s+)?(?:roadmap|timeline|outlook|"
                           r"milestones|plans?|schedule)"
                           r"|(?:coming|upcoming|planned|future\s+(?:releases?|versions?|work))\b(?:[^.\n:]|\.(?=\d)){0,40}"
                           r"|next\s+(?:release|version)\b(?:[^.\n:]|\.(?=\d)){0,40})\s*:?\s*", re.IGNORECASE)


#: A status tag opening a task board's or an action list's item that is not done yet ("[TODO] impedance analysis", "[IN
#: PROGRESS] fixture comparison", "[OPEN] ..."): what the item names is work still to do, a plan, not a result.
#: (Not "[DONE]": a finished item reports what was done.)
_OPEN_ITEM = re.compile(r"\s*\[\s*(?:to\s?do|in\s+progress|wip|open|planned|next|backlog|pending|not\s+started)\s*\]\s",
                        re.IGNORECASE)


def _read_plan_sections(text: str, tokens: list[Token], make: Make) -> list[Token]:
    """Put "planned" before each clause of the lines under a heading that names a plan, so that what they list ("Q3
    2027 - first units ship") reads as a plan; and before each clause of a line a status tag opens as still to do."""
    planned: set[int] = set()
    under = False
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.strip():
            under = False
        elif _PLAN_HEADING.fullmatch(line):
            under = True
        elif under or _OPEN_ITEM.match(line):
            clauses: set[int] = set()
            for i, t in enumerate(tokens):
                if start <= t.start < end and not t.read and t.clause not in clauses:
                    clauses.add(t.clause)
                    planned.add(i)
    if not planned:
        return tokens
    out: list[Token] = []
    for i, t in enumerate(tokens):
        if i in planned:
            out.append(replace(make("planned", t.start, t.start, read=True), clause=t.clause, sentence=t.sentence,
                               label_of=t.label_of, value_of=t.value_of))
        out.append(t)
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    """The start and end offsets of each line of ``text`` (without its newline)."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


#: Verbs that make the words before a colon a clause of prose, not a label: "Our cell uses an anode-free design: no
#: anode active material is present ..." says what follows the colon, it heads no datasheet row.
_CLAUSE_VERBS = frozenset(fold_words("uses use is are was were has have"))


def _label_cell(cell: str) -> bool:
    """Whether a table's cell is a label: a few words, or a form's question with a colon before its choices ("Cell
    route:", "Cell route: [ ] all-solid-state [ ] semi-solid"), whose answer is in the next cell."""
    label = cell.strip()
    return bool(_LABEL.fullmatch(label) or _LABEL.fullmatch(label.split(":", 1)[0].strip()))


#: A JSON member on a line of its own, its value a string or a bare scalar (not an object or a list).
_JSON_MEMBER = re.compile(r'\s*"(?P<key>[^"\n]{1,60})"\s*:\s*(?P<value>"[^"\n]*"|[^\s"{\[,][^,\n]*?)\s*,?\s*')


#: The fewest layers a stack drawn with bars shows.
_STACK_LAYERS = 3


def _layer_stack(line: str, layers: frozenset[str]) -> bool:
    """Whether a line of cells parted by bars draws the subject's stack layer by layer, each cell naming another of
    ``layers`` (folded words: "NMC811 cathode | argyrodite separator (30 µm) | lithium foil, coated"): no row, its first
    cell no label of the rest, so that each cell speaks of its own layer (the cathode's of the cathode only). Not a
    table's row, which a bar opens."""
    if "|" not in line or line.lstrip().startswith("|"):
        return False
    cells = [f" {' '.join(fold_words(cell))} " for cell in line.split("|") if cell.strip()]
    named = [next((layer for layer in layers if f" {layer} " in cell), None) for cell in cells]
    return len(cells) >= _STACK_LAYERS and None not in named and len(set(named)) == len(named)


def _split_row(text: str, start: int, end: int) -> tuple[int, int, list[str]] | None:
    """Where the label of the row ``text[start:end]`` starts and ends, and its value cells; ``None`` for prose."""
    skip = _ROW_PREFIX.match(text[start:end])
    start += skip.end() if skip else 0
    # A form's field number before its label ("Field 8  Test temperature ...... confidential") is no part of the
    # label, as a question's number is not: the label is what the field asks for.
    field = _FIELD_PREFIX.match(text, start, end)
    start = field.end() if field else start
    line = text[start:end]
    member = _JSON_MEMBER.fullmatch(line)
    if member is not None and _LABEL.fullmatch(member.group("key")):
        # A JSON member ('"stack_pressure_mpa": "n/a",') is a row: its key the label, its value (without the comma
        # that parts it from the next member) the value.
        return start + member.start("key"), start + member.start("value"), [member.group("value")]
    leader = _LEADER.search(line)
    if leader and "|" not in line and ":" not in line[:leader.start()] and leader.start() <= 60:
        label, value = line[:leader.start()].strip(), line[leader.end():].strip()
        if label and value and _LABEL.fullmatch(label):
            return start, start + leader.end(), [value]
    if "|" in line:
        cells = [(m.start(), m.group(0)) for m in re.finditer(r"[^|]+", line) if m.group(0).strip()]
        if len(cells) == 1 and line.lstrip().startswith("|") and "=" in cells[0][1]:
            # A wiki template's field ("| cycle_life = 3,000 (rated)"): its bar opens the line, and its label and
            # value are parted by the equals sign.
            return _split_row(text, start + cells[0][0], end)
        if len(cells) >= 3 and _ROW_ID.fullmatch(cells[0][1].strip()) and _label_cell(cells[1][1]):
            # "C-05 | External pressure requirement | C | None required": the label follows the row's number.
            return start + cells[1][0], start + cells[2][0], [c.strip() for _, c in cells[2:]]
        if len(cells) >= 2 and (_ROW_ID.fullmatch(cells[0][1].strip()) or _FIELD_NUMBER.fullmatch(cells[0][1].strip())):
            # "Item 4 | Anode ........ n/a": a form's field number in a column of its own, and the
            # row after it read as a row of its own (its label, leader and value), not the number's value.
            inner = _split_row(text, start + cells[1][0], end)
            if inner is not None:
                return inner
        if len(cells) < 2 or not _label_cell(cells[0][1]):
            return None
        return start, start + cells[1][0], [c.strip() for _, c in cells[1:]]
    # "Electrolyte family - sorry, that one is confidential": a short label and a spaced dash.
    dash = SPACED_DASH.search(line)
    if dash and ":" not in line[:dash.start()] and "=" not in line[:dash.start()]:
        label, value = line[:dash.start()].strip(), line[dash.end():].strip()
        if label and value and _LABEL.fullmatch(label) and len(label.split()) <= _DASH_LABEL_WORDS:
            return start, start + dash.end(), [value]
    cut = min((i for i in (line.find(":"), line.find("=")) if i >= 0), default=-1)
    if 0 < cut <= 60 and (cut + 1 == len(line) or line[cut + 1].isspace()):
        label, value = line[:cut].strip(), line[cut + 1:].strip()
        if label and value and _LABEL.fullmatch(label) and not _CLAUSE_VERBS.intersection(fold_words(label)):
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


#: What "zero" may count and still be a number ("zero percent", "zero volts", "zero-strain"), not a "no".
_ZERO_COUNTS = frozenset({"percent", "per", "point", "degrees", "degree", "volts", "volt", "strain", "state", "soc",
                          "dod", "to", "and", "or", "c", "v", "mpa", "bar", "psi", "kpa", "wt", "vol"})


def _read_zero(tokens: list[Token]) -> list[Token]:
    """"Zero" in front of what it counts in its clause is a "no" ("zero external stack pressure", "zero clamping"):
    a count of none denies the thing as "no" does, so a denial's wordings meet it."""
    out = list(tokens)
    for i, (t, after) in enumerate(pairwise(tokens)):
        if (t.word == "zero" and after.clause == t.clause and after.word.isalpha()
                and after.word not in _ZERO_COUNTS):
            out[i] = replace(t, word="no")
    # So is a pressure of nought written in its unit before the pressure it measures ("0 MPa external stack
    # pressure", "0.0 bar clamping pressure"): the number's words go and its unit reads "no".
    drop: set[int] = set()
    for i, t in enumerate(tokens):
        if t.word not in _PRESSURE_UNIT_WORDS:
            continue
        number = [j for j in range(i - 1, max(i - 3, -1), -1) if tokens[j].clause == t.clause
                  and tokens[j].word.isdigit() and not tokens[j].word.strip("0")]
        if not number or number[0] != i - 1:
            continue
        if i + 1 >= len(tokens) or tokens[i + 1].clause != t.clause:
            # A pressure of nought that ends its clause ("no fixture (0 MPa)", "cycled at 0 bar") is no pressure: its
            # unit names none applied, not a stack pressure.
            out[i - 1], out[i] = replace(tokens[i - 1], word="no"), replace(t, word="pressure")
        elif tokens[i + 1].word.isalpha():
            drop.update(number)
            out[i] = replace(t, word="no")
    return [u for i, u in enumerate(out) if i not in drop] if drop else out


#: Pressure units as words are read ("MPa" is "mpa").
_PRESSURE_UNIT_WORDS = frozenset({"mpa", "kpa", "gpa", "mbar", "bar", "psi", "atm", "atmosphere"})


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


def _read_denials(tokens: list[Token], make: Make) -> list[Token]:
    """Put "no" before what a clause denies, so it reads as "no X": "Stack pressure is not needed",
    "an interlayer is unnecessary", "the cell does not require external pressure"."""
    inserts: dict[int, Token] = {}
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
        elif t.word in _NEED_VERBS and at >= 1 and (words[at - 1] in _NOT or words[at - 1].endswith("n't") or (
                # "shall not be required to apply stack pressure": the need is denied over its passive "be".
                at >= 2 and words[at - 1] == "be" and words[at - 2] in _NOT)):
            after = [j for j in clause[at + 1:] if tokens[j].word not in _DETERMINERS]
            if len(after) > 2 and tokens[after[0]].word == "to" and tokens[after[1]].word in _NEED_VERBS:
                after = after[2:]  # "not required to apply stack pressure": what is not applied is denied
            if after:
                inserts[after[0]] = make("no", tokens[after[0]].start, tokens[after[0]].start, read=True)
    if not inserts:
        return tokens
    out: list[Token] = []
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


def _read_suffixes(tokens: list[Token]) -> list[Token]:
    """Mark a suffix word that follows another word of its clause, and an article after a negation ("without
    any external pressure"), so aliases can be read across them."""
    def skippable(i: int, t: Token) -> bool:
        if not i or tokens[i - 1].clause != t.clause:
            return False
        return t.word in _SUFFIXES or (t.word in _NEGATED_ARTICLES and tokens[i - 1].word in NEGATIONS)

    return [replace(t, skippable=True) if skippable(i, t) else t for i, t in enumerate(tokens)]


_SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr "
    "Nb Mo Ru Rh Pd Ag Cd In Sn Sb Te I Cs Ba La Ce Pr Nd Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au "
    "Hg Tl Pb Bi"
)
_ELEMENT_SYMBOLS = frozenset(_SYMBOLS.split())
#: A chemical formula as written: "Li6PS5Cl", "Li6.4La3Zr1.4Ta0.6O12", "Li2S-P2S5", "Li1.3Al0.3Ti1.7(PO4)3".
#: (A glass's components may be joined by a middle dot: "75Li2S·25P2S5".)
_FORMULA = re.compile(r"(?<![\w.])\d*[A-Z][A-Za-z0-9.()\-–·∙⋅]*[A-Za-z0-9)]")
#: Elements a formula may have beyond a formula alias's and still be of its kind (dopants, a halogen).
MAX_EXTRA_ELEMENTS = 2


def formula_elements(raw: str) -> frozenset[str] | None:
    """The elements of a chemical formula ("Li7La3Zr2O12" -> Li, La, Zr, O), or ``None`` when ``raw`` is not
    one: at least two different element symbols and a digit, and nothing but symbols, amounts and brackets."""
    if not _FORMULA.fullmatch(raw) or not any(c.isdigit() for c in raw):
        return None
    if any(part.isdigit() for part in re.split(r"[-–]", raw)):
        # A part that is a number alone is a model code's ("BNC-18650", "CS-4680": letters that happen to be element
        # symbols, and the cell size or a serial): a formula's parts each name a compound ("Li2S-P2S5").
        return None
    symbols = re.findall(r"[A-Z][a-z]?", raw)
    if len(set(symbols)) < 2 or not all(s in _ELEMENT_SYMBOLS for s in symbols):
        return None
    if re.sub(r"[A-Z][a-z]?|[\d.()\-–·∙⋅xyzδ]", "", raw):
        return None
    return frozenset(symbols)


def _read_formulas(text: str, tokens: list[Token]) -> list[Token]:
    """One word for each chemical formula in ``text`` (word splitting cuts "Li6.4La3Zr1.4Ta0.6O12" at its
    decimal points), carrying its elements."""
    formulas = [(m.start(), m.end(), found) for m in _FORMULA.finditer(text)
                if (found := formula_elements(m.group(0).rstrip(".-–"))) is not None]
    if not formulas:
        return tokens
    out: list[Token] = []
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


#: A share in per cent, written with the sign or in words ("90 %", "3 wt%", "90 percent", "90 per cent").
_PERCENT = r"\d+(?:[.,]\d+)?\s*(?:wt|vol|mass|weight|volume)?\.?\s*(?:%|percent\b|per\s+cent\b)"
#: "about", "around", "approx." or "~" before a figure: how exact it is, not what it measures.
_ROUGHLY = r"(?:about\s+|around\s+|approx\.?\s+|~\s*)?"
#: Words after a share that make it a floor ("90 % or more", "80 %+"): the share is still what is kept.
_AT_LEAST = r"(?:\s*(?:\+|or\s+(?:more|better|higher|above)|and\s+(?:more|above|higher)))?"
#: A count of thousands or more, in any convention ("25,000", "8.500", "12 000", "40000").
_THOUSANDS = r"(?:\d{1,3}(?:[,.\u202f\u2009\u00a0 ]\d{3})+|\d{4,})(?![\d.,]\d)"
_KEEP_VERBS = (r"(?:retain\w*|remain\w*|kept|keeps?|keeping|maintain\w*|preserv\w*|holds?|held|still\s+"
               r"(?:delivers?|delivered|has|had|provides?|provided))")
#: Phrases the aliases cannot spell out, and the words they mean. Each pattern has no nested repetition.
_PHRASES: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    # A cycle life counted to an end-of-life share of capacity is the capacity retained then: "1,500 cycles (80 %
    # EOL)", "end-of-life criterion 70 %".
    (re.compile(rf"(?<![\d.,]){_PERCENT}\s*(?:eol|end[\s-]of[\s-]life)\b|\b(?:eol|end[\s-]of[\s-]life)\s*"
                rf"(?:criterion|criteria|threshold|limit|definition)?\s*(?:of|at|:|=)?\s*{_PERCENT}", re.IGNORECASE),
     "capacity retention", False),
    # A cycle life counted down to a share is counted to the capacity left then, the capacity retained: "3,000 cycles
    # to 70 % capacity", "rated for 2,000 cycles down to 80 % of initial capacity", "3,000 cycles to 70 %" (its
    # "capacity" wrapped into the next line of a table's cell). (Not a depth of discharge or a charge state: "4,000
    # cycles at 80 % DoD", "cycles to 80 % SOC".)
    (re.compile(rf"\bcycles?\s+(?:(?:down\s+)?to|until)\s+{_PERCENT}(?!\s*(?:dod|depth|soc|state\s+of\s+charge)\b)",
                re.IGNORECASE), "capacity retention", False),
    # Cells said not to be clamped are not clamped: "we don't clamp the cells at all", "there is no need to clamp" (a
    # verb the aliases' nouns cannot meet).
    (re.compile(r"\b(?:don't|do\s+not|doesn't|does\s+not|never|needn't|no\s+need\s+to)\s+(?:need\s+to\s+|have\s+to\s+)?"
                r"clamp\b", re.IGNORECASE), "no clamping", False),
    # Samples, availability or production dated by a quarter or half-year and not said to be there yet are a
    # schedule, a roadmap: "engineering samples Q3 2027", "Availability: H2 2028" (not "samples shipped in Q2",
    # "in production since Q1 2025").
    # (In a table the date may stand in the next cell: "Sample availability | Q3 2027".)
    (re.compile(r"\b(?:samples?|availability|available|launch|sop|start\s+of\s+production)\b(?:\s*\|\s*)?"
                r"(?:(?!\b(?:since|shipped|delivered|sent|supplied|started|running|in\s+operation)\b)[^.\n;|]){0,30}?"
                r"\b[qh][1-4][\s/-]*(?:20)?\d\d\b", re.IGNORECASE), "roadmap", False),
    # A launch dated by its year is a plan too: "Coming to showrooms in 2028", "launching in 2027", "arrives by 2029"
    # (not what is there since a year: "available since 2024").
    (re.compile(r"\b(?:coming|launch(?:es|ing)?|arriv(?:es|ing)|hits?\s+the\s+market)\b(?:(?!\b(?:since|shipped|"
                r"delivered)\b)[^.\n;|]){0,30}?\b(?:in|by)\s+(?:early\s+|late\s+|mid[\s-])?(?:[qh][1-4]\s+)?20\d\d\b",
                re.IGNORECASE), "roadmap", False),
    # A plant still to be built, or whose ground is still to be broken, is a plan: "EUR 40 M to build our first pilot
    # line", "a production facility scheduled to break ground in 2029".
    (re.compile(r"\bto\s+(?:build|set\s+up|establish|construct|erect)\s+(?:(?:our|a|an|the|its|their|first|new)\s+){0,2}"
                r"(?:[\w-]+\s+){0,2}?(?:line|lines|plant|factory|gigafactory|facility|fab)\b"
                r"|\bbreak\s+ground\b", re.IGNORECASE), "roadmap", False),
    # So is a plant's commissioning or construction dated by a year or a quarter: "line commissioning in 2027", "our new
    # fab: ramp-up H2 2028", "plant construction 2026" (not a plant "commissioned in 2024", which is there).
    (re.compile(r"\b(?:line|lines|plant|factory|gigafactory|facility|fab)\b[^.\n;|]{0,12}?\b(?:commissioning|"
                r"construction|ramp[\s-]?up|start[\s-]?up)\s*(?:start\s*)?(?:in\s+|:\s*)?(?:early\s+|late\s+|mid[\s-])?"
                r"(?:[qh][1-4][\s/-]*)?20\d\d\b", re.IGNORECASE), "roadmap", False),
    # So is a start of production dated by its year: "Gigafactory SOP 2030", "start of production (SOP) in 2030" (not
    # one that has happened: "SOP since 2024", "production started in 2025", nor one dating the production a status
    # states: "Mass production, SOP 2025-Q3").
    # A plant's start of operation is its start of production: "start of operation planned for Q4 2028".
    (re.compile(r"(?<!production,\s)(?<!production;\s)(?<!production\s)\b(?:sop|start\s+of\s+(?:series\s+|volume\s+|mass\s+)?"
                r"(?:production|operations?))\b(?:\s*\(\s*sop\s*\))?"
                r"(?:(?!\b(?:since|started|began|running)\b)[^.\n;|]){0,12}?"
                r"(?:\b(?:planned|scheduled|expected|foreseen)\s+(?:for|in)\s+(?:[qh][1-4]\s+)?)?"
                r"\b(?:early\s+|late\s+|mid[\s-])?20\d\d\b",
                re.IGNORECASE), "roadmap", False),
    # A time in use that data are dated by is how long the cells were cycled: "data after 18 months of fleet operation",
    # "results after two years in service" are data after cycling, whatever the use is (the words naming the use
    # only say which: a fleet's data withheld still leave the fleet). The time alone is read, not the use after it.
    (re.compile(r"\bafter\s+(?:\d+(?:[.,]\d+)?|a|one|two|three|four|five|six|several|many)\s+(?:months?|years?|weeks?)"
                r"(?=\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?:operation|use|usage|service|driving|running|deployment)\b)",
                re.IGNORECASE), "cycle", False),
    # Findings dated after cycling are what was measured after the cycle count: "results after cycling", "values after
    # the cycle test", "figures post-cycling" (not a capacity or a resistance after it, which its own wording reads).
    (re.compile(r"\b(?:data|results?|figures|values|measurements)\s+(?:after|post)[\s-]+"
                r"(?:(?:the|a)\s+)?(?:cycling|cycle[\s-]+(?:tests?|testing|life\s+tests?))\b", re.IGNORECASE),
     "cycle", False),
    # Products installed or deployed at a site for a time are in service there, a field result's source: "three
    # cabinets installed in the plant rooms of our hotels since January 2025", "units deployed at 40 depots for 18
    # months" (not a production line or its machines, installed to make them).
    (re.compile(r"(?<!\bline\s)(?<!\blines\s)(?<!\bplant\s)(?<!\bequipment\s)(?<!\bmachine\s)(?<!\bmachines\s)"
                r"\b(?:installed|deployed|fielded)\b[^.\n;|]{0,120}?\b(?:since\s+(?:(?:early|late|mid)[\s-]+)?"
                r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+|[qh][1-4][\s/-]*)?(?:19|20)\d\d"
                r"|for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many)\s+"
                r"(?:weeks|months|years))\b", re.IGNORECASE), "in service", False),
    # A part a product is made without is a design free of it: "it has no anode when it is made" (the first charge
    # forms it) is an anode-free cell; "has no X" of a thing named after X ("no anode tab") is no such design.
    (re.compile(r"\b(?:has|have|had|contains?|carries|holds?)\s+no\s+(?P<part>[^\W\d_]{3,})\s+(?:when|as|until|before)\s+"
                r"(?:it\s+is\s+|it's\s+|they\s+are\s+|they're\s+|first\s+)?(?:made|built|assembled|manufactured|produced|"
                r"fabricated)\b", re.IGNORECASE), "{part} free", False),
    # Capacity retention in any words: "retains 91 % of its initial capacity", "88 % of capacity remaining".
    # (The words before "capacity" may be hyphenated: "ninety percent of their first-cycle capacity".)
    # (A share given as a floor is one too: "maintained 90 % or more of their capacity".)
    (re.compile(rf"{_KEEP_VERBS}\s+(?:\w+\s+){{0,3}}?{_PERCENT}{_AT_LEAST}\s*(?:of\s+)?(?:\w+(?:-\w+)?\s+){{0,3}}?"
                r"capacity\b",
                re.IGNORECASE), "capacity retention", False),
    (re.compile(rf"(?<![\d.,]){_PERCENT}\s*(?:of\s+)?(?:\w+\s+){{0,3}}?capacity\s+(?:\w+\s+){{0,2}}?"
                r"(?:retain\w*|remain\w*|kept|maintain\w*|preserv\w*|left|retention)\b", re.IGNORECASE),
     "capacity retention", False),
    (re.compile(rf"(?<![\d.,]){_PERCENT}\s*(?:capacity\s+)?(?:retention|retained|remaining|of\s+(?:(?:the|its|their)\s+)?"
                r"(?:initial|original|rated|nominal)\s+capacity)\b", re.IGNORECASE), "capacity retention", False),
    # A capacity a row or a clause dates after cycling or a trial, given as a share, is the share left: "Capacity after
    # 400 cycles: 97 %", "capacity check after the trial = 95 % of nominal", "capacity measured after 1,000 cycles was
    # 91 %" (not a depth of discharge or a charge state: "capacity after charging: 80 % SOC").
    (re.compile(rf"\bcapacity\b(?:\s+[\w-]+){{0,3}}?\s+after\s+[^.\n;|%:=]{{1,40}}?(?:[:=]|\b(?:was|were|is|of)\b)\s*"
                rf"{_ROUGHLY}{_PERCENT}(?!\s*(?:dod|depth|soc|state\s+of\s+charge)\b)",
                re.IGNORECASE), "capacity retention", False),
    # A capacity given as a share right after the cycle count it was measured at ("after 1,000 cycles: capacity 90 %",
    # "after 500 cycles, discharge capacity 88 %"), or as a share of its value at the start ("Pack capacity: 96 % of
    # the commissioning value", "capacity 91 % vs. initial"), is the share left, and so is one a capacity is dated by
    # when or where it was taken ("capacity at season end 97 % of initial", "capacity measured on our rig was 98 % of
    # the delivery value"). (Not a share of a rated or nominal capacity alone, which a warranty's threshold is, nor a
    # charge state.)
    (re.compile(rf"\bafter\s+[\d.,]+\s*(?:[\w-]+\s+){{0,2}}?cycles?\b\s*[:,-]?\s*(?:the\s+)?(?:[\w-]+\s+)?capacity\s*"
                rf"(?:[:=]|\b(?:was|is|of|at)\b)?\s*{_ROUGHLY}{_PERCENT}"
                r"(?!\s*(?:dod|depth|soc|state\s+of\s+charge)\b)"
                r"|\bcapacity\b(?:\s+(?:at|after|by|measured|taken|checked|tested)\s+[^.\n;|%:=\d]{1,30}?)?"
                rf"\s*(?:[:=]|\b(?:was|is)\b)?\s*{_ROUGHLY}{_PERCENT}\s*"
                r"(?:of|vs\.?|versus|relative\s+to|compared\s+(?:to|with))\s+(?:the\s+|its\s+|their\s+)?(?:initial|original|"
                r"start(?:ing)?|commissioning|delivery|beginning[\s-]of[\s-]life|bol|first[\s-]cycle|fresh|as[\s-]new)\b",
                re.IGNORECASE), "capacity retention", False),
    # A share of capacity or energy a sentence gives after a count of cycles or charges ("After 1,000 charges, the
    # packs still hold 91 % of the energy they held when new") is what is left then. (Not a depth of discharge or a
    # charge state.)
    (re.compile(r"\bafter\s+[\d.,]+\s*(?:[\w-]+\s+){0,2}?(?:cycles?|charges|recharges|charge\s+cycles)\b[^.;\n%]{0,60}?"
                rf"(?<![\d.,]){_PERCENT}\s*(?:of\s+)?(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:capacity|energy)\b",
                re.IGNORECASE), "capacity retention", False),
    # A share said to be left, with nothing between ("80 % left at the end", "~85 % remaining after 2k"): not a
    # share of something named ("10 wt% liquid left"), nor a state of charge.
    (re.compile(rf"(?<![\d.,]){_PERCENT}\s*(?:left|remaining|retained)\b(?!\s*(?:soc|state\s+of\s+charge|charge)\b)",
                re.IGNORECASE), "capacity retention", False),
    # "we were at about 80 % capacity", "it's at 85 percent of capacity" after cycling: where the capacity stands.
    (re.compile(rf"\b(?:were|was|is|are|it's|stood|ended|finished)\s+at\s+(?:about\s+|around\s+|roughly\s+|~\s*)?"
                rf"{_PERCENT}\s*(?:of\s+)?(?:(?:its|the|their|initial|original|rated|nominal)\s+)?capacity\b",
                re.IGNORECASE), "capacity retention", False),
    # A share of capacity that is "still" there is what is left of it: "after 800 cycles still 89 % capacity", "still
    # around 90 percent of the capacity" (not a share of something else: "still 5 % liquid").
    (re.compile(rf"\bstill\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?{_PERCENT}\s*(?:of\s+)?"
                r"(?:(?:its|the|their|initial|original|rated|nominal)\s+)?capacity\b", re.IGNORECASE),
     "capacity retention", False),
    # "capacity is still 93 % of day one", "capacity stays at 90 %".
    # (and "the capacity is maintained 90 % after 300 times", "capacity was retained at 88 %")
    (re.compile(rf"\bcapacity\s+(?:is|was|stays?|stayed|remains?|remained|sits?|sat)\s+(?:still\s+)?"
                rf"(?:{_KEEP_VERBS}\s+)?(?:at\s+)?(?:about\s+|around\s+|~\s*)?{_PERCENT}", re.IGNORECASE),
     "capacity retention", False),
    (re.compile(rf"\b(?:lost|loses|losing|loss\s+of|faded?\s+by)\s+(?:only\s+|just\s+|less\s+than\s+)?{_PERCENT}"
                r"\s*(?:of\s+)?(?:\w+\s+){0,2}?capacity\b", re.IGNORECASE), "capacity retention", False),
    # A distance the product has travelled in use is a field test: "212,000 km logged in total", "packs ridden 80,000
    # miles", "the cars have covered 1.2 million km" (not a range: "a range of 400 km").
    (re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s+(?:million|thousand))?\s*(?:km|kilomet(?:er|re)s|miles)\s+"
                r"(?:\w+\s+){0,2}?(?:logged|ridden|driven|covered|travell?ed|clocked|accumulated)\b"
                r"|\b(?:ridden|driven|covered|travell?ed|clocked|logged|accumulated)\s+(?:\w+\s+){0,3}?"
                r"\d+(?:[.,]\d+)*(?:\s+(?:million|thousand))?\s*(?:km|kilomet(?:er|re)s|miles)\b", re.IGNORECASE),
     "km driven", False),
    # Capacity said to be all that was measured: "we measured capacity only", "only the capacity was recorded" (not
    # capacity that only changed a little: "capacity only fell 5 %").
    (re.compile(r"\b(?:measured|tested|recorded|tracked|logged|reported|checked)\s+(?:the\s+)?capacity\s+"
                r"(?:only|alone)\b|\bonly\s+(?:the\s+)?capacity\s+(?:was|were|is|has\s+been)\s+(?:measured|tested|"
                r"recorded|tracked|logged|reported|checked)\b", re.IGNORECASE), "only capacity measured", False),
    # Resistance growth in any words: "DCIR rose by 12 %", "an increase in impedance of 8 %", "DC resistance up about
    # eight percent" (not a limit: "resistance up to 2 mOhm").
    (re.compile(r"\b(?:resistance|impedance|dcir|dcr|asr)\s+(?:\w+\s+){0,2}?(?:rose|rises|rising|increased?|"
                r"increasing|grew|grows|growth|went\s+up|doubled|changed?|up(?!\s+to\b))\b", re.IGNORECASE),
     "resistance growth", False),
    (re.compile(r"\b(?:increase|rise|growth|change)\s+(?:in|of)\s+(?:\w+\s+){0,2}?(?:resistance|impedance|dcir|dcr)\b",
                re.IGNORECASE), "resistance growth", False),
    # A resistance given as a signed change ("DC resistance: +6 % versus commissioning", "internal resistance +12 %
    # vs. initial value") grew by that share.
    (re.compile(r"\b(?:resistance|impedance|dcir|dcr|asr)\s*(?:[:=]|\b(?:was|is)\b)?\s*\+\s*\d+(?:[.,]\d+)?\s*%",
                re.IGNORECASE), "resistance growth", False),
    # A stated fraction of liquid: "contains < 5 wt% liquid electrolyte", "liquid content: 3 %".
    # (A compound written with a hyphen is one word: "3 wt% ionic-liquid wetting agent".)
    (re.compile(rf"(?<![\d.,])(?P<amount>{_PERCENT})\s*(?:of\s+)?(?:(?:the|an?|residual|added|organic|ionic|"
                r"carbonate|wetting|free)[\s-]+){0,2}liquids?\b", re.IGNORECASE), "partly liquid", True),
    (re.compile(r"\bliquids?(?:\s+\w+)?\s+(?:content|fraction|share|"
                r"amount|proportion|ratio|loading|volume)\s*(?:of|:|is|=|below|under|less\s+than|<|≤|~|about|"
                rf"approx\.?|only|at\s+most|\s)*\s*(?P<amount>{_PERCENT})", re.IGNORECASE), "partly liquid", True),
    # A share given in words ("a few percent of ionic-liquid electrolyte", "a couple of wt% of liquid") is a fraction
    # of liquid as a figure is.
    (re.compile(r"\b(?:a\s+few|a\s+couple\s+of|several|single[\s-]digit)\s+(?:(?:wt|vol)\.?\s*)?(?:%|percent\b|"
                r"per\s+cent\b|percentage\s+points?\b)\s*(?:by\s+(?:weight|volume|mass)\s+)?(?:of\s+)?(?:an?\s+|the\s+)?"
                r"(?:(?:ionic|organic|carbonate|residual|added)[\s-]+)?liquids?\b", re.IGNORECASE),
     "partly liquid", True),
    (re.compile(r"\b(?:small|minor|trace|tiny|limited|minimal|little|residual|some)\s+(?:(?:amounts?|quantit(?:y|ies)|"
                r"fractions?|proportions?|traces?|volumes?|share)\s+)?(?:of\s+)?(?:an?\s+|the\s+)?(?:(?:ionic|"
                r"organic)[\s-]+)?liquids?\b", re.IGNORECASE), "partly liquid", True),
    # (A polymer swollen or plasticised with a liquid holds it: "a gel film swollen with carbonate liquid", and a
    # solvent is a liquid: "PVDF-HFP swollen with a carbonate solvent".)
    (re.compile(r"\b(?:wetted|wetting|infiltrated|soaked|impregnated|swollen|swelled|plastici[sz]ed)\s+"
                r"(?:\w+\s+){0,3}?(?:with|by|in)\s+(?:an?\s+|"
                r"the\s+)?(?:\w+\s+){0,5}?(?:liquids?|solvents?)\b", re.IGNORECASE), "partly liquid", True),
    (re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:µl|μl|ul|ml)\s+(?:of\s+)?(?:\w+\s+){0,2}?liquids?\b", re.IGNORECASE),
     "partly liquid", True),
    # A liquid named, then its share by weight or volume: "an ionic-liquid additive, about 3 wt%", "ionic liquid, less
    # than 1 wt%" (not a liquid denied with its detection limit: "no liquid detected, below 0.05 wt%").
    (re.compile(r"(?<!\bno\s)(?<!\bnot\s)(?<!\bwithout\s)\bliquids?\b(?![\s-]*free)(?:[\s-]+(?!detect)\w+){0,3}?\s*,?\s*"
                r"(?:about|approx\.?|approximately|around|ca\.?|~|only|up\s+to|less\s+than|under|below|at\s+most|max\.?|<|≤)?"
                r"\s*(?P<amount>\d+(?:[.,]\d+)?\s*(?:wt|vol|mass|weight|volume)\.?\s*%)", re.IGNORECASE),
     "partly liquid", True),
    # A cell said to hold no liquid, or to be all solid, in plain words: "no liquid anywhere in the cell", "it's all
    # solid" (not "no liquid leakage", a safety claim, nor "no free liquid", which a gel may hold).
    # Free liquid and liquid a solid holds, both denied, are none at all: "no free or absorbed liquid".
    (re.compile(r"\b(?:no|without|zero)\s+(?:(?:free|absorbed|bound|held|trapped|residual)\s+(?:or|nor|and)\s+"
                r"(?:free|absorbed|bound|held|trapped|residual)\s+)?liquids?\b(?![\s-]*(?:leak|spill|cool))",
                re.IGNORECASE),
     "liquid free", False),
    (re.compile(r"\b(?:it|everything|design|stack|system|device|product)(?:'s|\s+is|\s+are)\s+(?:entirely\s+|fully\s+)?"
                r"all[\s-]solid\b(?![\s-]*state)", re.IGNORECASE), "fully solid", False),
    # "all solid" said, not asked: an answer ("all solid, garnet"), not the alternatives of a question ("all solid or
    # semi?", "whether all-solid or hybrid", "all-solid vs. hybrid"), nor denied ("not all solid"), nor one of the
    # alternatives "neither ... nor" denies, a bracket or quote closing before the "nor" ("says neither 'tutto solido'
    # (all-solid) nor 'semi-solido'").
    (re.compile(r"(?<!\bor\s)(?<!\bvs\s)(?<!\bvs\.\s)(?<!whether\s)(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)"
                r"(?<![\w/-])all[\s-]solid\b(?![\s-]*state)"
                r"(?![\s)\]\"'”’]*(?:or|vs\.?|versus|nor|/)(?:\s|$))(?![^\n?.;]{0,30}\?)", re.IGNORECASE),
     "fully solid", False),
    # A part said to be a bare element, by its symbol and nothing more, is that element's metal: "the foil is
    # evaporated Li, 10 µm" (not an alloy, a salt or a compound: "Li-In", "Li/Si", "LiTFSI", "Li TFSI", "Li+",
    # "Li-ion").
    (re.compile(r"\b[^\W\d_]+(?:\s*(?::|=|\|)|\s+(?:is|was|are|uses?|consists\s+of|made\s+of))\s*"
                r"(?:(?:a|an|the|thin|pure|bare|evaporated|deposited|sputtered|vapou?r[\s-]deposited|rolled|extruded|"
                r"pressed|plated|electroplated|metallic|layer\s+of|film\s+of)\s+){0,3}(?P<element>[A-Z][a-z]?)\b"
                r"(?![\s-]*(?:ion|alloy|salt|\d|[/+]|-\s?[A-Z])|\s+[A-Z]{2,})"), "{element} metal", False),
    # A micro sign before an element's symbol is its micro-sized powder: "µSi" is micro-silicon (not a unit: "µm").
    (re.compile(r"(?<![\w.,])[µμ](?P<element>[A-Z][a-z]?)(?![\w])"), "micro {element}", False),
    # A count of layers is a multilayer build: "a 12-layer stack", "20 layers", "a 12-bilayer pouch".
    # (Not a layered material: "a 3-layer separator", "a two-layer coating", "a 3-layer laminate (film)"; but a
    # laminate that names a noun after it is that noun's build: "a 10-layer stacked laminate cell".)
    (re.compile(r"(?<![\w.,])(?:[2-9]|[1-9]\d{1,2})\s*-?\s*(?:bi)?layers?\b(?!\s+(?:[\w-]+\s+)?(?:coatings?|coated|separators?|"
                r"membranes?|films?|interlayers?|structures?|laminates?(?![\s-]+\w))\b)", re.IGNORECASE),
     "multilayer", False),
    # What holds ten ampere-hours or more is a full-size cell, whatever its case: "in 60 Ah cells", "40-Ah cells"
    # (a plain noun after the capacity; not "a 10 Ah all-solid-state cell built as a 20-layer stack", whose
    # compound word goes on to say more of it).
    # (Not a word about the capacity itself: "60 Ah nominal", "40 Ah target", "20 Ah capacity".)
    # (Nor what many cells are put together in: "96 V / 120 Ah packs", "a 200 Ah module" says nothing of the cells'
    # size or case.)
    (re.compile(r"(?<![\w.,])[1-9]\d{1,3}(?:[.,]\d+)?\s*-?\s*Ah\s+(?!(?:nominal|rated|typical|minimum|maximum|"
                r"target|capacity|design|total|each|class|version|variant|when|with|from|after|packs?|modules?|"
                r"systems?|strings?|racks?)\b)"
                r"[^\W\d_]{4,}\b(?![-\w])", re.IGNORECASE), "ah class", False),
    # Goods delivered to customers, with what and how much in between: "delivered 420 MWh of packs to bus
    # customers" (not samples: those are the next rule's, whether they are the verb's object or its subject: "the
    # B-sample is supplied to two customers").
    (re.compile(r"(?<!samples\s)(?<!sample\s)(?<!sample\sis\s)(?<!sample\swas\s)(?<!samples\sare\s)"
                r"(?<!samples\swere\s)(?<!samples\shave\sbeen\s)(?<!sample\shas\sbeen\s)"
                r"\b(?:delivered|deliveries|shipped|shipments|supplied|sold)\s+(?:(?!samples?\b)[\w.,'-]+\s+){0,6}?"
                r"to\s+(?:(?!samples?\b)[\w-]+\s+){0,4}?(?:customers?|clients?|oems?|operators?|utilities|integrators?"
                r"|automakers?|carmakers?|users?|end[\s-]users?|consumers?|riders?|drivers?|owners?|households?"
                r"|buyers?|retailers?|dealers?|distributors?"
                # (and makers of the goods the cells go into, whatever they make: "supplied to two forklift
                # manufacturers", "delivered to four scooter makers")
                r"|makers?|manufacturers?|builders?)\b",
                re.IGNORECASE), "delivered to customers", False),
    # A product on sale is shipping: "placed on the market 2026-07-15", "on the market since 2025", and packs a
    # third party "bought from two online retailers" or that are "sold through dealers" (not "not yet placed on the
    # market", whose denial the words keep).
    (re.compile(r"(?<!not\s)(?<!yet\s)(?<!never\s)\b(?:placed|put|launched|released)\s+on\s+(?:the\s+)?(?:\w+\s+)?market\b"
                r"|(?<!not\s)\bon\s+the\s+market\s+since\b"
                r"|(?<!not\s)(?<!yet\s)(?<!never\s)\b(?:bought|purchased|sold|available)\s+(?:[\w.,-]+\s+){0,6}?(?:from|at|in|through|via)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:retailers?|retail\s+stores?|stores?|shops?|dealers?|distributors?)\b",
                re.IGNORECASE), "delivered to customers", False),
    # Thousands of products counted as sold were sold to their users: "over 25,000 batteries sold in Europe",
    # "we have sold 40,000 units", "they sold about 90,000 units so far" (not a few, nor samples: "3 samples sold to a
    # lab").
    (re.compile(rf"(?<![\w.,]){_THOUSANDS}\s*(?:(?!samples?\b|cycles?\b|times\b)[\w+-]+\s+){{0,3}}?sold\b"
                rf"|(?<!not\s)(?<!never\s)\bsold\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|roughly\s+|some\s+|"
                rf"nearly\s+|almost\s+|approx\.?\s+|approximately\s+)?{_THOUSANDS}\s+"
                r"(?:[\w+-]+\s+){0,2}?(?!(?:cycles?|times|hours?|km|miles)\b)[^\W\d_][\w+-]*",
                re.IGNORECASE), "delivered to customers", False),
    # So were thousands of products counted as delivered or shipped, whoever to: "about 4,500 units have been
    # delivered to municipal fleets", "12,000 packs shipped so far" (not a quantity in a unit, a count of cycles or of
    # samples: "1,200 W delivered", "3,000 cycles delivered").
    (re.compile(rf"(?<![\w.,]){_THOUSANDS}(?!\s*(?:w|kw|mw|wh|kwh|mwh|gwh|mah|ah|v|a|km|miles|hours?|h|cycles?|times|"
                r"samples?|%)\b)\s*(?:(?!samples?\b|cycles?\b|times\b|not\b|never\b)[\w+-]+\s+){0,4}?"
                r"(?:delivered|shipped)\b", re.IGNORECASE), "delivered to customers", False),
    # And thousands of products a customer says it took in or bought: "we have taken more than 12,000 packs into our
    # rental fleet", "the operator bought 5,000 modules" (not a quantity in a unit or a count of cycles).
    (re.compile(rf"\b(?:taken|took|added|put|brought|bought|purchased|received)\s+(?:more\s+than\s+|over\s+|about\s+|"
                rf"around\s+|some\s+|nearly\s+|almost\s+)?{_THOUSANDS}\s*(?:[\w+-]+\s+){{0,3}}?(?:packs?|units?|"
                r"modules?|systems?|products?|pieces|pcs)\b", re.IGNORECASE), "delivered to customers", False),
    # Thousands of products made every day, week or month are made in volume: "our factory makes 20,000 cells every
    # day", "we produce 15,000 packs per month" (not a year's few hundred, nor a count of cycles or tests, nor a
    # capacity a plant is planned or able to reach, which its clause's plan reads).
    (re.compile(r"\b(?:makes?|making|made|produces?|producing|produced|builds?|building|built|manufactures?|"
                rf"manufacturing|turns\s+out|rolls\s+out)\s+(?:about\s+|around\s+|over\s+|some\s+|nearly\s+)?{_THOUSANDS}"
                r"(?!\s*(?:w|kw|mw|gw|wh|kwh|mwh|gwh|mah|ah|v|a|km|miles|hours?|h|cycles?|times|tests?|samples?|kg|t|"
                r"tonnes?|tons?|m2|m²|%)\b)\s*(?:[\w-]+\s+){0,2}?[^\W\d_][\w-]*\s+(?:a|an|per|every|each)\s+"
                r"(?:day|week|month|shift)\b", re.IGNORECASE), "volume production", False),
    # How many products were made or delivered is a count of production: "declined to state how many systems have
    # been produced or delivered", "would not say how many packs were sold" (not a count of cycles or of tests).
    # (And how many are made, in the present: "I asked how many units they build a year".)
    (re.compile(r"\bhow\s+many\s+(?!(?:cycles?|times|tests?|hours?|days?)\b)(?:[\w-]+\s+){1,3}?(?:(?:have|has|had)\s+"
                r"(?:been\s+)?|(?:were|was|are|is|it|they|we|you)\s+(?:have\s+|has\s+)?(?:been\s+)?)?(?:produced|"
                r"manufactured|built|made|delivered|sold|shipped|produces?|manufactures?|builds?|makes?|delivers?|"
                r"sells?|ships?)\b", re.IGNORECASE), "production numbers", False),
    # Samples sent out are samples to customers, not volume shipping: "B-samples were shipped to two OEMs".
    # (A count may follow the samples' label: "A-samples: 50 pcs shipped to two customers".)
    # (Or are on their way: "our first B-samples left the building: 400 cells on their way to two Tier-1 suppliers".)
    # (With an aside on the samples between, and in plain words: "B-samples (prismatic, 20 Ah) went to three
    # customers".)
    # (Not a form's count of the samples that go with it, naming no one they go to: "Number of samples supplied: 24",
    # "Quantity of samples sent: 12" is how many specimens a test order or a quote comes with, no sampling of
    # customers; "Number of samples shipped to customers: 200" still is.)
    # (Nor samples said to come from whoever supplied them, with no one they went to: "twelve sample cells supplied by
    # our partner with the kit" names the samples' source, no sampling of customers; "samples sent by courier to two
    # OEMs" still is.)
    (re.compile(r"(?:(?<!number\sof\s)(?<!quantity\sof\s)|(?=samples?\s+(?:shipped|delivered|sent|supplied|"
                r"dispatched)\s+to\b))\bsamples?\s*[:,]?\s+(?:\([^()\n]{0,40}\)\s+)?(?:\w+\s+){0,3}?"
                r"(?:(?:shipped|delivered|sent|supplied|dispatched)(?!\s+by\b(?![^.;\n]*\bto\b))|went\s+(?:out|to)|"
                r"handed\s+over|left\s+(?:the|our)\s+(?:building|factory|plant|site|line)|on\s+(?:their|its)\s+way\s+to)\b"
                r"|\b(?:shipped|delivered|sent|supplied|dispatched)\s+(?:\w+\s+){0,3}?[\w-]*samples?\b", re.IGNORECASE),
     "samples to customers", False),
)
_ZERO = re.compile(r"0+(?:[.,]0+)?")
#: A charge or discharge rate as a multiple of capacity (C) or power (P), in either decimal convention: "0,1 C",
#: "0.05C", "0.2 P", "C/10", "C / 20". A number before a bare "C" is a rate only where it is small and written with a
#: decimal mark or against the letter ("0.5 C", "2C"); "25 C" is a temperature.
_RATE = re.compile(r"(?<![\w.,°º/])(?:(?P<rate>\d(?:[.,]\d+)?)(?P<space>\s?)[CP]|C\s?/\s?(?P<divisor>\d{1,3}))"
                   r"(?![\w°º])")
#: The fastest rate that is still a slow one: C/10, the fastest the checklist's wordings call slow ("0.1C", "C/10").
_SLOW_RATE = 0.1


def slow_rate_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a slow rate as a number ("0,1 C", "C/20")."""
    return [(start, end) for start, end, _ in _rate_phrases(text)]


def _rate_phrases(text: str) -> list[tuple[int, int, str]]:
    """The slow rates written as numbers ("0,1 C / 0,1 C", "C/20"), as phrases meaning "slow rate"."""
    found = []
    for m in _RATE.finditer(text):
        if m.group("divisor") is not None:
            rate = 1 / int(m.group("divisor")) if int(m.group("divisor")) else 0.0
        else:
            raw = m.group("rate")
            if m.group("space") and not re.search(r"[.,]", raw):
                continue  # "5 C" may be a temperature
            rate = float(raw.replace(",", "."))
        if 0 < rate <= _SLOW_RATE:
            found.append((m.start(), m.end(), "slow rate"))
    return found


def _read_phrases(text: str, tokens: list[Token], make: Make, other_names: Mapping[str, str]) -> list[Token]:
    """Add the words of :data:`_PHRASES` after each phrase found, spanning it (the evidence quotes the phrase), and
    the words each of ``other_names`` is read as after it."""
    added: list[Token] = []
    starts = [t.start for t in tokens]
    found: list[tuple[int, int, str, bool]] = []
    for name, meaning in other_names.items():
        # (written with spaces or hyphens, in the singular or the plural: "negative-electrodes")
        words_of_name = r"[\s-]+".join(re.escape(w) for w in name.split())
        found += [(m.start(), m.end(), meaning, False)
                  for m in re.finditer(rf"(?<![\w-]){words_of_name}(?:s|es)?(?![\w-])", text, re.IGNORECASE)]
    for pattern, words, decisive in _PHRASES:
        for m in pattern.finditer(text):
            meaning = words
            if "{element}" in words:
                if m.group("element") not in _ELEMENT_SYMBOLS:
                    continue
                meaning = words.format(element=m.group("element"))
            elif "{part}" in words:
                meaning = words.format(part=m.group("part").lower())
            amount = m.groupdict().get("amount")
            number = re.match(r"\d+(?:[.,]\d+)?", amount) if amount is not None else None
            if number is not None and _ZERO.fullmatch(number.group(0)):
                meaning = "liquid free"  # "0 % liquid" is none at all
            found.append((m.start(), m.end(), meaning, decisive))
    found += [(start, end, meaning, False) for start, end, meaning in _rate_phrases(text)]
    for start, end, meaning, decisive in found:
        if "\n" in text[start:end]:
            continue  # lines end claims ("80 % DoD" on one row, "Capacity retention: -" on the next)
        inside = bisect_left(starts, start)
        if inside == len(tokens) or tokens[inside].start >= end:
            continue  # the phrase's words were dropped (a placeholder row): it says nothing
        if any(a.word == fold_words(meaning)[0] and a.start < end and start < a.end for a in added):
            continue  # already read by another wording of the same phrase
        last = next((t for t in reversed(tokens) if t.start < end), None)
        base = make("", start, end)
        # (A phrase read in a row's label is part of that label: "Negative electrode: not disclosed" declines the
        # anode it reads as.)
        added += [replace(base, word=w, clause=last.clause if last else base.clause, read=True, decisive=decisive,
                          sentence=last.sentence if last else base.sentence,
                          label_of=last.label_of if last else base.label_of)
                  for w in fold_words(meaning)]
    if not added:
        return tokens
    # Each added phrase goes after the last word it spans, its words in order.
    out: list[Token] = []
    pending = sorted(added, key=lambda t: t.end)
    j = 0
    for t in tokens:
        while j < len(pending) and pending[j].end <= t.start:
            out.append(pending[j])
            j += 1
        out.append(t)
    return out + pending[j:]


#: A cell's resistance named as a measure ("DCIR", "EIS", "internal resistance").
#: (Its growth named alone is one too: "resistance growth data - to be added".)
_RESISTANCE_MEASURE = re.compile(r"\b(?:dcir|acir|dcr|acr|eis|impedance|asr|(?:internal|dc|ac|area[\s-]specific|"
                                 r"interfacial|interface|ohmic)\s+resistance|resistance\s+(?:growth|increase|rise))\b",
                                 re.IGNORECASE)
#: Words saying a measure was never taken, said of the measure ("not measured", "was never tested") or by whoever
#: would have taken it ("we did not measure internal resistance", "haven't tested").
_NEVER_TAKEN_WORDS = (r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:measured|tested|determined|recorded|evaluated|"
                      r"assessed)\b"
                      # or of the measurement, said not to have been done ("DCIR measurement: not done", "EIS was
                      # not performed")
                      r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:done|performed|carried\s+out|conducted)\b"
                      r"|\b(?:did\s+not|didn't|do\s+not|don't|have\s+not|haven't|has\s+not|hasn't|never)\s+(?:yet\s+)?"
                      r"(?:(?:measure|determine|evaluate)d?|(?:test|record|assess)(?:ed)?)\b"
                      # or by whoever had no means to take it, the measure named right after ("I have no way to measure
                      # internal resistance", "we are unable to measure impedance", "couldn't measure the DCIR"; not
                      # "we cannot test abuse cases" beside a resistance measure given)
                      r"|\b(?:no\s+(?:way|means|equipment|instrument)\s+to|unable\s+to|not\s+able\s+to|can't|cannot|"
                      r"can\s+not|couldn't|could\s+not)\s+(?:measure|determine|evaluate|test|record|assess)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?=" + _RESISTANCE_MEASURE.pattern + ")")
#: Words that put a measure at the start of life, before any cycling ("DCIR (BOL)", "initial impedance").
#: (An incoming inspection measures a cell as it arrives: "AC internal resistance at receipt".)
#: (Formation is the first cycles a cell ever sees, before any test: "EIS is recorded once, after formation".)
#: (So does "at the start" or "at the beginning", of the test or of life.)
_AT_START = re.compile(r"\b(?:bol|beginning[\s-]of[\s-]life|initial|fresh|as[\s-]built|before\s+cycling|pristine|"
                       r"at\s+(?:the\s+)?(?:start|beginning|outset)|"
                       r"(?:at|on|upon)\s+receipt|as[\s-](?:received|delivered)|incoming|"
                       r"(?:after|post)[\s-]formation)\b", re.IGNORECASE)
#: Words that put a measure after cycling, or say it changed.
#: An arrow from one value to the next ("initial -> 1,000 cycles") says it changed, and so does a signed share ("+12 %
#: vs. initial value").
_AFTER = re.compile(r"->|→|=>|\+\s*\d+(?:[.,]\d+)?\s*%|"
                    r"\b(?:(?:after|post)(?![\s-]formation)|eol|end[\s-]of[\s-](?:life|test)|growth|grew|"
                    r"increased?|rose|rise|rising|change[ds]?|up|doubled)\b", re.IGNORECASE)
#: Words that say a measure's values are not at hand ("ran EIS but I don't have those numbers"), or defer them to
#: later or to someone else ("DCIR - I'd have to check", "impedance: to be confirmed", "will follow", "TBD"), or say
#: they were never taken.
_NO_VALUES = re.compile(r"\b(?:don't|do\s+not|didn't|did\s+not|doesn't|does\s+not|haven't|have\s+not)\s+have\s+"
                        r"(?:(?:the|those|these|any|its|their)\s+)?(?:numbers|data|values|figures|results)\b"
                        r"|\b(?:have|has|need|needs|had)\s+to\s+(?:check|confirm|ask|verify|look\s+(?:it\s+)?up|find\s+out)\b"
                        r"|(?:\bwill|'ll|\bshall)\s+(?:check|confirm|ask|follow|get\s+back|come\s+back|send|share|provide|"
                        r"supply|report)\b|\b(?:get|come)\s+back\s+to\s+you\b|\bto\s+follow\b|\bto\s+be\s+(?:confirmed|"
                        r"determined|provided|shared|checked|measured|supplied|reported)\b|\bt\.?b\.?[dca]\b|"
                        r"\b(?:not\s+(?:yet\s+)?available|available\s+(?:later|on\s+request|upon\s+request)|on\s+request)\b"
                        # not shown at a meeting, the supplier to send it later ("ASR growth not presented; supplier to
                        # send")
                        r"|\bnot\s+(?:yet\s+)?(?:presented|shown|sent)\b|\bto\s+send\b"
                        # or still being chased from whoever has it ("chase the lab for the DCIR numbers", "we are
                        # chasing the test house for impedance data"): not yet in hand
                        r"|\bchas(?:e|es|ed|ing)\b"
                        # or asked for, an item's imperative opening its sentence or following its owner's name
                        # ("Supplier: send the DCIR data", "Please provide any impedance results"): to be delivered
                        r"|(?:^|[:;]\s*|\bplease\s+)(?:send|provide|share|forward|supply|submit|upload)\s+"
                        r"(?:(?:us|me|them|him|her)\s+)?(?:the|any|all|your|their|its|those|these|a|an)\b"
                        # or a procedure's instruction to take it, an imperative opening its sentence or following a
                        # label ("Step 4: record the DCIR", "optionally run impedance spectroscopy"): a step to follow,
                        # no value reported
                        r"|(?:^|[:;]\s*|\bplease\s+|\boptionally\s+)(?:measure|record|run|perform|take|acquire|carry\s+out)\s+"
                        r"(?:(?:the|an?|any|your|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?=" + _RESISTANCE_MEASURE.pattern + ")"
                        # still being measured ("we're re-running EIS", "impedance tests ongoing"), or withheld
                        r"|\b(?:re-?running|re-?doing|repeating|ongoing|in\s+progress|under\s*way)\b"
                        r"|\b(?:can't|cannot|can\s+not|won't|not\s+able\s+to)\s+(?:be\s+)?(?:share|disclose|give|release)"
                        r"(?:d|n)?\b"
                        # or never taken ("DC resistance: not measured in this programme", "we did not measure it")
                        r"|" + _NEVER_TAKEN_WORDS +
                        # or put off to a later period ("impedance tracking moved to period 4", "EIS postponed")
                        r"|\b(?:postponed|deferred|delayed|rescheduled|moved\s+to|pushed\s+(?:back|to))\b"
                        # or taken but left out of the report ("spectra were recorded but not compared across labs")
                        r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:compared|analy[sz]ed|reported|published|"
                        r"processed|interpreted|evaluated|included)\b"
                        r"|\b(?:confidential|undisclosed|not\s+disclosed|withheld|under\s+nda)\b"
                        # or called off, refused, or a placeholder for later ("EIS - cancelled by client", "we requested
                        # DCIR data; they declined", "resistance growth data - to be added")
                        # (not a quantity that declined: "capacity declined to 82 %")
                        r"|\b(?:cancell?ed|called\s+off|refused|to\s+be\s+added)\b"
                        r"|\bdeclined\b(?!\s+(?:by|from|\d|to\s+(?:about\s+|around\s+|~\s*)?\d))",
                        re.IGNORECASE)


#: Words saying the cells were never cycled at all ("No cycle-life testing was performed", "the cells were not
#: cycled"): then no resistance the text gives was measured after cycling.
_NOT_CYCLED = re.compile(r"(?:\bno\s+(?:cycle[\s-]life|cycling|ageing|aging|life[\s-]?cycle)\s+(?:tests?\s+|testing\s+|"
                         r"data\s+|measurements?\s+)?(?:was|were|has\s+been|have\s+been)\s+(?:performed|done|"
                         r"carried\s+out|conducted|run|made|undertaken)\b"
                         r"|\b(?:cycle[\s-]life|cycling)\s+(?:tests?\s+|testing\s+)?(?:was|were|has|have)\s+not\s+"
                         r"(?:been\s+)?(?:performed|done|carried\s+out|conducted|run|undertaken)\b"
                         r"|\b(?:were|was|are|is|been)\s+not\s+(?:yet\s+)?cycled\b|\bnever\s+(?:been\s+)?cycled\b)"
                         # (not cycling denied only under some condition: "not cycled at 45 °C")
                         r"(?!\s+(?:at|above|below|beyond|over|under|in|with|by|faster|slower|until|past)\b)",
                         re.IGNORECASE)


def _read_unreported_measures(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the name of a resistance measure that reports nothing after cycling: measured at the start of life
    ("DCIR (BOL, 50 % SOC): 1.2 mOhm") or named without its values ("we ran EIS but I don't have those
    numbers"). Read per sentence (a datasheet row is one); a measure given at the start and after ("ASR (initial
    -> 1,000 cycles)") reports its growth. A measure said never to have been taken ("impedance growth was not
    measured") is kept and marked ``denied`` instead: it denies what it names. In a text saying the cells were never
    cycled ("No cycle-life testing was performed"), every measure was taken before any cycling."""
    # (A grading certificate's "ACIR at 1 kHz" under "No cycle-life testing was performed" grades cells as received.)
    not_cycled = _NOT_CYCLED.search(text) is not None
    drop: set[int] = set()
    denied: set[int] = set()
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, t in enumerate(tokens):
        by_sentence.setdefault(("sentence", t.sentence), []).append(i)
        row = t.label_of if t.label_of >= 0 else t.value_of
        if row >= 0:
            # A datasheet row is read whole, its cells being sentences of their own ("Impedance growth | on request").
            by_sentence.setdefault(("row", row), []).append(i)
    for key, members in by_sentence.items():
        start, end = tokens[members[0]].start, max(tokens[i].end for i in members)
        if key[0] == "row":  # with the words read from its phrases
            members = [i for i, t in enumerate(tokens) if start <= t.start < end]
        said = text[start:end].replace("’", "'")
        if not _RESISTANCE_MEASURE.search(said):
            continue
        unreported = not_cycled or (_AT_START.search(said) and not _AFTER.search(said)) or _NO_VALUES.search(said)
        if not unreported:
            # A change said in words alone, no figure in the measure's clause ("the interface resistance is suppressed
            # to a small increase", "impedance growth was negligible"), is a claim about it, no growth reported.
            for m in _RESISTANCE_MEASURE.finditer(text, start, end):
                if _vague_change(text, m.start(), m.end(), start, end):
                    drop |= {i for i in members if (m.start() <= tokens[i].start < m.end() and not tokens[i].read)
                             or (tokens[i].read and tokens[i].start <= m.start() < tokens[i].end)}
            continue
        # A measure said outright never to have been taken ("impedance growth was not measured") is kept, marked: it
        # denies what it names. One given at the start, or whose values are not at hand, just says nothing.
        never = _NEVER_TAKEN.search(said) and not (_AT_START.search(said) and not _AFTER.search(said))
        for m in _RESISTANCE_MEASURE.finditer(text, start, end):
            # The measure's name, and what a phrase read from it ("impedance growth" -> "resistance growth").
            named = {i for i in members if (m.start() <= tokens[i].start < m.end() and not tokens[i].read)
                     or (tokens[i].read and tokens[i].start <= m.start() < tokens[i].end)}
            if never:
                denied |= named
            else:
                drop |= named
    if denied:
        tokens = [replace(t, denied=True) if i in denied and i not in drop else t for i, t in enumerate(tokens)]
    return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens


#: Words that say how a measure changed without a figure ("a small increase", "negligible growth", "kept low").
_VAGUE_CHANGE = re.compile(r"\b(?:small|slight|slightly|minor|minimal|negligible|little|limited|suppressed|modest|"
                           r"marginal|marginally|insignificant|kept\s+low|low)\b", re.IGNORECASE)


_BRACKETS = frozenset("()[]")


#: Retention named with a placeholder for its value right after it ("retention curve TBD", "capacity retention: to
#: follow", "retention data pending"): a measure still to come, which reports nothing yet.
_PENDING_RETENTION = re.compile(
    r"\b(?:capacity\s+)?retention(?:\s+(?:curve|curves|data|figures?|values?|plots?|results?))?\s*(?:[:=]\s*|-\s+)?"
    r"(?:t\.?b\.?[dca]\b\.?|pending\b|to\s+follow\b|to\s+be\s+(?:confirmed|determined|provided|added|measured|reported|"
    r"supplied|shared)\b|not\s+yet\s+available\b)", re.IGNORECASE)


def _read_pending_retention(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the words of a retention named with a placeholder for its value ("Cycle life: 800, retention curve TBD"):
    the retention is still to come, so only the cycle count is given, as a resistance measure "to be confirmed"
    reports no growth (:func:`_read_unreported_measures`)."""
    spans = [(m.start(), m.end()) for m in _PENDING_RETENTION.finditer(text)]
    if not spans:
        return tokens
    return [t for t in tokens if not any(a <= t.start < b for a, b in spans)]


#: A share of capacity a condition says the product may fall below ("considered defective if its capacity falls below
#: 70 % of rated capacity", "replaced free of charge should the capacity drop under 80 %"): a warranty's or a
#: specification's threshold, no capacity measured.
_CAPACITY_THRESHOLD = re.compile(
    r"\b(?:if|when|once|should|unless|until|whenever)\b[^.;\n]{0,60}?\bcapacity\s+(?:\w+\s+){0,2}?(?:falls?|drops?|"
    r"decreases?|declines?|goes|gets|is)\s+(?:below|under|beneath|less\s+than|to\s+less\s+than)\s+"
    rf"{_PERCENT}(?:\s*(?:of\s+)?(?:(?:its|the|their)\s+)?(?:initial|original|rated|nominal|new)?\s*capacity\b)?",
    re.IGNORECASE)


#: A share of its first value a condition says a resistance may rise above ("replace the module when DCIR exceeds 150 %
#: of the commissioning value", "end of life once the impedance rises above 200 %"): a service or warranty criterion,
#: no resistance measured after cycling.
_RESISTANCE_THRESHOLD = re.compile(
    r"\b(?:if|when|once|should|unless|until|whenever)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<measure>(?:internal\s+)?(?:resistance|impedance|dcir|dcr|acir|asr))\s+(?:\w+\s+){0,2}?(?:exceeds?|"
    r"(?:rises?|goes|gets|grows?|increases?|is)\s+(?:above|beyond|over|to\s+more\s+than|by\s+more\s+than)|"
    rf"reach(?:es)?|passes)\s+{_PERCENT}", re.IGNORECASE)


def _read_capacity_thresholds(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the retention read from a share of capacity a condition says the product may fall below ("The battery is
    considered defective if its capacity falls below 70 % of rated capacity"): a threshold, no capacity measured after
    cycling (a warranted cycle count with it is a headline). So is the resistance a condition says may rise above a
    share of its first value ("replace it when DCIR exceeds 150 % of the initial value"): its name is dropped too."""
    spans = [(m.start(), m.end()) for m in _CAPACITY_THRESHOLD.finditer(text)]
    named = [m.span("measure") for m in _RESISTANCE_THRESHOLD.finditer(text)]
    if not spans and not named:
        return tokens
    return [t for t in tokens if not (t.read and any(a <= t.start < b for a, b in spans + named))
            and not any(a <= t.start < b for a, b in named)]


def _vague_change(text: str, first: int, last: int, start: int, end: int) -> bool:
    """Whether the clause of the measure named at ``text[first:last]`` (within ``text[start:end]``) says how it
    changed in words alone: a word of :data:`_VAGUE_CHANGE` and no digit."""
    # (A bracket goes on with its clause: "impedance growth was small (+6 %)" gives its figure.)
    opening = max((m.end() for m in CLAUSE_BREAK.finditer(text, start, first) if m.group(0) not in _BRACKETS),
                  default=start)
    closing = next((m.start() for m in CLAUSE_BREAK.finditer(text, last, end) if m.group(0) not in _BRACKETS), end)
    clause = text[opening:closing]
    return _VAGUE_CHANGE.search(clause) is not None and not re.search(r"\d", clause)


#: An inspection of a cell opened up ("teardown", "tear-down", "post-mortem"), and a word of cycling anywhere in a text
#: ("cycled", "500 cycles", "cycling").
#: (A user name's "teardown_tom" is one too: the underscore joins words.)
_INSPECTION = re.compile(r"(?<![^\W_])(?:tear[\s-]?downs?|post[\s-]?mortems?)(?![^\W_])", re.IGNORECASE)
_CYCLING = re.compile(r"\bcycl", re.IGNORECASE)


#: A share of what a cell is made of, by weight or volume ("6 wt% liquid electrolyte", "5 % by volume").
_CONTENT_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:wt|vol|mass|weight|volume)\.?\s*(?:%|percent\b|per\s+cent\b)"
                            r"|(?:%|percent\b|per\s+cent\b)\s*by\s+(?:weight|volume|mass)\b", re.IGNORECASE)


def _read_uncycled_inspections(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the words of a teardown or post-mortem in a text that says nothing of cycling: a product bought and opened
    up ("Teardown of the charging case: the film was wet with solvent") is inspected as it was sold, no measurement
    after a cycle count (a post-mortem after 500 cycles is one). So is one whose sentence says what share of the cell
    a material is and nothing of cycling ("An independent teardown found roughly 6 wt% liquid electrolyte in the
    cells"), wherever else the text cycles: it assays what the cell is made of."""
    spans = [m.span() for m in _INSPECTION.finditer(text)]
    if not spans:
        return tokens
    if _CYCLING.search(text):
        by_sentence: dict[int, list[Token]] = {}
        for t in tokens:
            if not t.read:
                by_sentence.setdefault(t.sentence, []).append(t)

        def assays(span: tuple[int, int]) -> bool:
            inside = next((t for t in tokens if span[0] <= t.start < span[1] and not t.read), None)
            if inside is None:
                return False
            words = by_sentence[inside.sentence]
            said = text[words[0].start:words[-1].end]
            return _CONTENT_SHARE.search(said) is not None and _CYCLING.search(said) is None

        spans = [span for span in spans if assays(span)]
    return [t for t in tokens if t.read or not any(a <= t.start < b for a, b in spans)]


#: Words saying that what a sentence names is left out of the document: "... results are outside the scope of this
#: report", "are not included in this summary".
_EXCLUDED = re.compile(r"\b(?:are|is|were|was|remain|remains|fall|falls|lie|lies)\s+(?:\w+\s+)?(?:outside|beyond)\s+"
                       r"(?:the\s+)?scope\b|\b(?:are|is|were|was)\s+not\s+(?:included|covered|part\s+of)\b",
                       re.IGNORECASE)


def _read_excluded_results(text: str, tokens: list[Token]) -> list[Token]:
    """Drop the words before a sentence's "are outside the scope of this report" or "are not included": what it names
    is left out of the document, not reported (a refusal beside it still withholds it)."""
    drop: set[int] = set()
    by_sentence: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        by_sentence.setdefault(t.sentence, []).append(i)
    for members in by_sentence.values():
        start, end = tokens[members[0]].start, tokens[members[-1]].end
        excluded = _EXCLUDED.search(text, start, end)
        if excluded is not None:
            drop |= {i for i in members if tokens[i].start < excluded.start() and not tokens[i].read}
    return [t for i, t in enumerate(tokens) if i not in drop] if drop else tokens


#: Words saying a measure was never taken ("not measured", "was never tested"), not that its values are withheld.
_NEVER_TAKEN = re.compile(_NEVER_TAKEN_WORDS, re.IGNORECASE)


#: Words that say two things are mixed into one material ("particles in a matrix"), not offered as alternatives.
_MIXTURE_WORDS = frozenset({"matrix", "matrice", "filler", "filled", "dispersed", "embedded", "blend", "blended",
                            "reinforced", "incorporated", "loaded", "mixed", "mixture", "infused", "hybridised",
                            "hybridized", "hybrid"})
#: The word an option's alias uses for a mixture of the step's other options.
MIXTURE_ALIAS = "composite"


def mixture_hits(step: Step, hits: list[Hit], tokens: Sequence[Token]) -> list[Hit]:
    """A sentence that names two options of a step as mixed into one material ("X particles dispersed in a Y
    matrix", "an X-in-Y composite") reads as the step's mixture option: the one an alias of which says
    "composite"."""
    mixture = next((o for o in step.options if any(MIXTURE_ALIAS in fold_words(a) for a in o.aliases)), None)
    if mixture is None:
        return []
    by_sentence: dict[int, list[Hit]] = {}
    for hit in hits:
        if hit.option.id != mixture.id and not hit.option.fallback and hit.option.rating != "unknown":
            by_sentence.setdefault(tokens[hit.first].sentence, []).append(hit)
    found = []
    for sentence, named in by_sentence.items():
        if len({h.option.id for h in named}) < 2:
            continue
        cues = [i for i, t in enumerate(tokens) if t.sentence == sentence and t.word in _MIXTURE_WORDS]
        cues += _held_in(named, tokens)
        cues += _joined_in(named, tokens)
        # A sentence that names the mixture itself ("an LLZO-in-PEO composite") beside the families it mixes
        # states the mixture as plainly as "particles in a matrix".
        cues += [i for h in hits if h.option.id == mixture.id and h.how != "mixture"
                 and tokens[h.first].sentence == sentence for i in range(h.first, h.last)]
        if cues:
            first = min([h.first for h in named] + cues)
            last = max([h.last for h in named] + [c + 1 for c in cues])
            found.append(Hit(mixture, MIXTURE_ALIAS, first, last, 100.0, how="mixture"))
    return found


#: The units of a material's share of a mixture ("40 wt%", "30 vol %", "25 mass percent"), and the words that may
#: stand between a material and the "in" that puts that share of it inside another ("LLZO 40 wt% in PEO", "garnet
#: 30 vol% in PVDF").
_SHARE_UNITS = frozenset(fold_words("wt vol weight volume mass percent"))
_SHARE_WORDS = _SHARE_UNITS | frozenset(fold_words("particle particles powder powders a an the"))
_HELD_IN = frozenset({"in", "within"})
#: How many words may stand between the two materials ("40 wt % in the").
_HELD_IN_REACH = 5


def _held_in(named: Sequence[Hit], tokens: Sequence[Token]) -> list[int]:
    """The "in" by which a stated share of one option's material is put inside another's, in one clause ("LLZO 40
    wt% in PEO", "garnet 30 vol% in PVDF"): a recipe of the two, a mixture as "particles in a matrix" is. (Not the
    material named alone before "in", "LLZO particles in a PEO electrolyte": no share says it is mixed.)"""
    cues = []
    for a in named:
        for b in named:
            if a.option.id == b.option.id or not a.last <= b.first <= a.last + _HELD_IN_REACH:
                continue
            gap = tokens[a.last:b.first]
            share = any(t.word.isdigit() and k + 1 < len(gap) and gap[k + 1].word in _SHARE_UNITS
                        for k, t in enumerate(gap))
            if share and any(t.word in _HELD_IN for t in gap) and all(
                    t.clause == tokens[a.first].clause and not t.read
                    and (t.word in _HELD_IN or t.word in _SHARE_WORDS or t.word.isdigit()) for t in gap):
                cues += [a.last + k for k, t in enumerate(gap) if t.word in _HELD_IN]
    return cues



#: The most characters between the words of a compound "X-in-Y" or "X in Y": one hyphen or one space (a comma or a
#: bracket between them parts the words: "LLZO, in PEO cells").
_JOINED_GAP = 1


def _joined_in(named: Sequence[Hit], tokens: Sequence[Token]) -> list[int]:
    """The "in" that joins two options' materials into one compound name, nothing between them ("an LLZO-in-PVDF
    membrane", "garnet in PEO"): the name of one material that holds the first inside the second, a mixture as the
    checklist's own "ceramic in polymer" is, whichever two families it names. (Not a material named before words
    that put it in a place, "LLZO particles in a PEO electrolyte": :func:`_held_in` reads that only with a share.)"""
    cues = []
    for a in named:
        for b in named:
            k = a.last
            if a.option.id == b.option.id or b.first != k + 1 or tokens[k].word not in _HELD_IN:
                continue
            before, joint, after = tokens[k - 1], tokens[k], tokens[k + 1]
            if (not (before.read or joint.read or after.read) and before.clause == joint.clause == after.clause
                    and joint.start - before.end <= _JOINED_GAP and after.start - joint.end <= _JOINED_GAP):
                cues.append(k)
    return cues

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


#: Parts of a cell other than its electrolyte that a family word may qualify ("polymer interlayer", "LiPON-coated").
#: (Not a binder: "sulfide blended with a polymer binder" is the separator's own mixture.)
#: (Nor is a buffer layer's or a skin's material: "a soft polymer buffer layer between the sheet and the collector".)
_OTHER_PARTS = frozenset({"interlayer", "interlayers", "coating", "coatings", "coated", "shell", "shells", "buffer",
                          "buffers", "skin", "skins"})


#: Verbs that say what a part is or became, after the part's name opening a clause ("The catholyte is a sulfide",
#: "Catholyte switched from a sulfide to a halide"), and words that may come before that name.
_PART_VERBS = frozenset(fold_words("is are was were switched changed moved uses used contains contained consists "
                                   "remains stays"))
_PART_OPENERS = frozenset(fold_words("the our its their a an new"))


def _mark_part_subjects(tokens: list[Token], parts: frozenset[str]) -> list[Token]:
    """Mark the words of a clause whose subject is a part of the cell no step asks about, after the verb saying what
    it is ("The catholyte is a sulfide", "- Catholyte switched from a sulfide to a halide"): they describe that part,
    as a row labelled with it does, so no alias starts on them."""
    out = list(tokens)
    sizes = sorted({len(p.split()) for p in parts})
    opening: dict[int, int] = {}
    for i, t in enumerate(tokens):
        if not t.read:
            opening.setdefault(t.clause, i)
    for clause, i in opening.items():
        while i < len(tokens) and tokens[i].clause == clause and tokens[i].word in _PART_OPENERS:
            i += 1
        for n in sizes:
            verb = i + n
            if (verb < len(tokens) and " ".join(t.word for t in tokens[i:verb]) in parts
                    and all(t.clause == clause for t in tokens[i:verb + 1]) and tokens[verb].word in _PART_VERBS):
                for k in range(verb + 1, len(tokens)):
                    if tokens[k].clause != clause:
                        break
                    out[k] = replace(tokens[k], compound=True)
    return out


#: The word before a glass's crystallised form, and the words of that form.
_GLASS = "glass"
_CRYSTALLISED_GLASS = frozenset({"ceramic", "ceramics"})


def _mark_compounds(text: str, tokens: list[Token]) -> list[Token]:
    """Mark an anion word ("-ide", "-ate") that ends a compound's name: "lithium nickel manganese cobalt
    oxide", "poly(ethylene oxide)", "silicon oxide". No alias may start on it; an alias naming the whole
    compound still matches it (:func:`_find_hits`)."""
    out = list(tokens)
    for i, (t, after) in enumerate(pairwise(tokens)):
        # A word that qualifies another part of the cell ("a polymer interlayer", "a ceramic coating") names that
        # part's material, not the cell's electrolyte.
        # (A part itself is no material of the part after it: "an interlayer coated on the foil" is an interlayer.)
        if not t.read and not after.read and after.word in _OTHER_PARTS and t.word not in _OTHER_PARTS and (
                after.clause == t.clause and not text[t.end:after.start].strip(" -")):
            out[i] = replace(t, compound=True)
        # A glass-ceramic is a form any glass takes when crystallised ("a Li3PS4-LiI glass-ceramic"): its "ceramic"
        # names no material family.
        if not t.read and not after.read and t.word == _GLASS and after.word in _CRYSTALLISED_GLASS and (
                not text[t.end:after.start].strip(" -")):
            out[i + 1] = replace(after, compound=True)
    for i, t in enumerate(tokens):
        if i == 0 or t.read or not t.word.endswith(("ide", "ate")):
            continue
        before = tokens[i - 1]
        between = text[before.end:t.start]
        if not before.read and _names_element(before.word) and not between.strip(" -(") and "\n" not in between:
            out[i] = replace(t, compound=True)
    return out
