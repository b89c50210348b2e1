"""Pre-fill the supplier checklist from a supplier's own words.

Given pasted marketing copy or a datasheet ("semi-solid pouch cell, 320 Wh/kg,
sulfide electrolyte, tested in coin cells at 60 °C and 5 MPa, 1,000 cycles"), find
what it claims for each checklist step, quote the words that decided, say why,
and list what the text leaves unanswered. Every detection carries its evidence
and explanation: nothing is filled silently.

The regular expressions have no nested repetition and the input is capped at
:data:`MAX_PREFILL_CHARS`, so a pasted document of any size stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

# Imported from the layers, not from .checklist: the walk-through imports this module.
from advisor.checklist.match import match_steps
from advisor.checklist.measurement import PRESSURE_UNITS, Measurement, read_number, to_normal_unit
from advisor.checklist.reading import blank_offered_choices, slash_items
from advisor.checklist.spec import ChecklistSpec
from advisor.checklist.tokens import CLAUSE_BREAK
from advisor.text import clean, unwrap

__all__ = ["MAX_PREFILL_CHARS", "DetectedClaim", "Prefill", "find_measurements", "prefill"]

#: Longest supplier text read; the rest is ignored with a notice.
MAX_PREFILL_CHARS = 20_000
#: Longest quote kept as evidence for one claim.
MAX_QUOTE_CHARS = 200

def _num(name: str) -> str:
    """A number in any common convention ("1,500", "1.500", "1 500", "2,5", "3.7"), as group ``name``."""
    return rf"(?P<{name}>\d{{1,3}}(?:[,.\u202f\u2009\u00a0 ]\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)"


_SIGN = r"[-−]|minus\s"
#: Between a range's two ends: "-30 to 60", "25-45", "-30 ~ 60" (a tilde is how many Asian datasheets write a range).
_TO = r"\s*(?:-|–|—|~|～|to|\.\.\.?)\s*"
_DEGREES = (r"°\s*[CF]|º\s*[CF]|℃|℉|(?i:deg(?:rees?)?\.?\s*(?:celsius|fahrenheit|c|f))|(?i:celsius|fahrenheit)"
            r"|°\s*K|K(?:elvin)?|C|F")
#: A tolerance after a value ("25 ± 2 °C", "2 +/- 0.5 MPa"): the value is the nominal one.
_TOLERANCE = r"(?:\s*(?:±|\+\s*/\s*-|\+-)\s*\d+(?:[.,]\d+)?)?"
_PRESSURE = re.compile(
    rf"(?<![\w.,±])(?:{_num('low')}{_TO})?{_num('value')}{_TOLERANCE}\s*(?P<unit>{PRESSURE_UNITS})\b", re.IGNORECASE)
_TEMPERATURE = re.compile(
    rf"(?<![\w.,±])(?:(?P<low_sign>{_SIGN})?{_num('low')}\s*(?:{_DEGREES})?{_TO})?"
    rf"(?P<sign>{_SIGN}|\+)?{_num('value')}{_TOLERANCE}\s*(?P<unit>{_DEGREES})(?![\w-])"
)
#: (A count joined to its noun by a hyphen is one too: "the 1,200-cycle figure"; and one whose noun is in another
#: language, glossed in brackets: "500 cycli (cycles)", "800 Zyklen (cycles)".)
_CYCLES = re.compile(
    rf"(?<![\w.,])(?:over\s+|more\s+than\s+|>\s*|≥\s*|up\s+to\s+)?{_num('value')}\s*(?P<k>k|thousand)?\s*\+?[\s-]*"
    r"(?P<gloss>[^\W\d_]{2,20}\s*\(\s*(?=(?:cycles?|cyc)\s*\)))?"
    r"(?:(?:full|deep|stable|charge|discharge|charge[-/]discharge|equivalent)[\s-]+){0,2}(?:cycles?|cyc)\b"
    r"(?(gloss)\s*\))",
    re.IGNORECASE,
)
#: "cycled 1,000 times", "charged and discharged 2k times".
_CYCLED_TIMES = re.compile(
    rf"\b(?:cycled|discharged)\s+(?:(?:over|more\s+than|up\s+to|about|some)\s+)?{_num('value')}\s*(?P<k>k|thousand)?"
    r"\s*\+?\s*times\b",
    re.IGNORECASE,
)
#: "Cycle life: 1.500", "Cycles (to 80 % SOH) | 2k", "cycle life of 1200", "cycle_life = 900" (a template's field):
#: a count after its label; "Cycle count reached: 200 of 200" (a count of its target).
_CYCLE_LIFE = re.compile(
    r"\bcycles?(?:[-\s_](?:life|count|number))?(?:\s?\([^()\n]{0,40}\)|\s?\[[^\[\]\n]{0,40}\])?\s?"
    rf"(?:(?:of|:|\||=|is|exceeds|over|above|>|≥|more\s+than|reached|completed|achieved)\s?)+{_num('value')}"
    r"\s*(?P<k>k|thousand)?(?![\w,%°℃]|\.\w)(?!\s*(?:%|°|℃|(?!of\s+\d)[A-Za-z]))(?![\s\u202f\u2009\u00a0]\d)",
    re.IGNORECASE,
)
#: A cycle's ordinal number said to be reached ("cycle 150 reached", "passed cycle 300", "now beyond cycle 500"): as
#: many cycles run, a count. (Not "at cycle 400", where something was measured or asked about at that cycle.)
_CYCLE_REACHED = re.compile(
    r"(?P<before>\b(?:reached|passed|past|beyond|surpassed|completed)\s+)?"
    rf"\bcycle\s+#?{_num('value')}(?P<k>)(?![\w.,%])"
    r"(?(before)|\s+(?:reached|completed|passed|done|hit)\b)",
    re.IGNORECASE,
)
#: A word that numbers what follows it, an order's or a document's item ("Item 30", "Pos. 20", "Line 4", "No. 7"),
#: just before a number: that number is the item's place, never a count of what the item names.
_NUMBERED_ITEM = re.compile(r"\b(?:item|pos|position|line|no|nr|clause|section|step|article)\.?\s*$", re.IGNORECASE)
_ENERGY = re.compile(
    rf"(?<![\w.,])(?:{_num('low')}{_TO})?{_num('value')}\s*Wh\s*(?:/\s*|per\s+|·\s*|\s)\s*(?P<per>kg|l)"
    r"(?:\s*[-−⁻]\s*[1¹])?\b",
    re.IGNORECASE,
)
#: A datasheet column or row whose unit is in its heading: "Stack pressure (MPa): 0.1", "Temperature [°C] | 25".
_UNIT_FIRST = re.compile(
    rf"[(\[]\s*(?P<unit>{PRESSURE_UNITS}|°\s*[CF]|℃|℉|K|Wh\s*/\s*kg|Wh\s*/\s*L)\s*[)\]]\s*[:|=]?\s*"
    rf"(?:(?P<low_sign>{_SIGN})?{_num('low')}{_TO})?(?P<sign>{_SIGN})?{_num('value')}(?![\w.,°℃%])",
)
#: A value and its unit in the next cell of a table ("Test temperature | 140 | °F | climate chamber"), the unit alone
#: there: only units no other word is written as (a bare "C" may be a rate's).
_VALUE_THEN_UNIT_CELL = re.compile(
    rf"(?<![\w.,±])(?P<sign>{_SIGN})?{_num('value')}\s*\|\s*(?P<unit>°\s*[CF]|℃|℉|{PRESSURE_UNITS})\s*(?=\||$)",
    re.IGNORECASE | re.MULTILINE)
#: A unit in brackets in a label ("Test temperature [°C]", "Stack pressure (MPa)").
_BRACKET_UNIT = re.compile(rf"[(\[]\s*(?P<unit>{PRESSURE_UNITS}|°\s*[CF]|℃|℉)\s*[)\]]", re.IGNORECASE)
#: A value item that is a number alone ("25", "-20", "1,5").
_BARE_NUMBER = re.compile(rf"(?P<sign>{_SIGN})?{_num('value')}")
#: A line of a table, and one of its cells.
_TABLE_LINE = re.compile(r"[^\n]*\|[^\n]*")
_TABLE_CELL = re.compile(r"[^|\n]+")
#: A force and the area it is applied to, written apart ("150 kgf resting on the 10 cm x 8 cm cell", "2 kN over a
#: 50 x 40 mm plate"): the pressure is the one divided by the other. (Not a force per area already, "kgf/cm²".)
_FORCE_ON_AREA = re.compile(
    rf"(?<![\w.,]){_num('value')}\s*(?P<unit>kgf|kN|N)\b(?!\s*/)[^.\n;|]{{0,60}}?(?<![\w.,]){_num('side')}\s*"
    rf"(?P<side_unit>mm|cm)?\s*[x×]\s*{_num('other')}\s*(?P<other_unit>mm|cm)\b")
#: Newtons in a unit of force, and square millimetres in a unit of length squared.
_NEWTONS = {"kgf": 9.80665, "kn": 1000.0, "n": 1.0}
_MILLIMETRES = {"mm": 1.0, "cm": 10.0}
#: Rows of a datasheet ("Stack pressure: 2 bar"), quoted whole: the label says what the value is.
_ROW = re.compile(r"^[^\n:|=]{2,60}(?::|\||=)[^\n]{1,120}$", re.MULTILINE)


@dataclass(frozen=True)
class DetectedClaim:
    """One checklist step answered by the supplier's text."""

    step_id: str
    option_id: str
    option_label: str
    rating: str
    evidence: str
    explanation: str


@dataclass(frozen=True)
class Prefill:
    """What a supplier's text claims, step by step, and what it leaves open."""

    claims: tuple[DetectedClaim, ...]
    measurements: tuple[Measurement, ...]
    unanswered: tuple[str, ...]
    unanswered_questions: tuple[str, ...]
    notices: tuple[str, ...]
    chars_read: int

    def claim(self, step_id: str) -> DetectedClaim | None:
        """The text's claim for the step ``step_id``, or ``None`` where it leaves the step open."""
        return next((c for c in self.claims if c.step_id == step_id), None)


#: Where a line ends, as :func:`str.splitlines` reads it (``clean`` keeps each as one "\\n").
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'"})


@dataclass(frozen=True)
class _Read:
    """A supplier's text as it is read (cleaned, its wrapped prose joined), and, for every character read,
    where in the supplier's own text it came from: quotes are cut from the supplier's characters, never
    from the normalised ones ("µm" stays "µm", a long dash stays a long dash)."""

    text: str
    source: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def written(self, start: int, end: int) -> str:
        """The supplier's own characters behind ``text[start:end]``, on one line."""
        start, end = max(start, 0), min(end, len(self.text))
        if start >= end:
            return ""
        return " ".join(self.source[self.starts[start]:self.ends[end - 1]].split())


#: Spaces that part the columns of a table laid out with spaces (or any tab), and the rows it takes to be a table.
_COLUMN_GAP = 3
_TABLE_ROWS = 2


def _mapped(text: str, *, columns: bool = False) -> tuple[str, list[int], list[int]]:
    """``clean(text, keep_lines=True)`` worked character by character, with where each character came from:
    line breaks become "\\n", each character and its combining marks are NFKC-normalised together, invisible
    characters go, look-alike dashes fold, and whitespace runs become one space within each line.

    With ``columns``, a text with a table laid out in spaces or tabs (at least two lines with a gap of three
    spaces or a tab) has each such gap read as " | ", the border of a cell: "Anode      Li foil" is a row."""
    lines: list[list[tuple[str, int, int]]] = [[]]
    breaks: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        brk = _LINE_BREAK.match(text, i)
        if brk:
            breaks.append(brk.span())
            lines.append([])
            i = brk.end()
            continue
        j = i + 1
        while j < len(text) and unicodedata.category(text[j]).startswith("M"):
            j += 1
        cluster = text[i:j]
        if not cluster.isascii():
            cluster = unicodedata.normalize("NFKC", cluster)
        for c in cluster.translate(_DASHES):
            if c == "\t" or unicodedata.category(c) not in _INVISIBLE:
                lines[-1].append((c, i, j))
        i = j
    collapsed: list[list[tuple[str, int, int]]] = []
    gaps: list[set[int]] = []
    for line in lines:
        words: list[tuple[str, int, int]] = []
        runs: list[str] = []
        for c, a, b in line:
            if not c.isspace():
                words.append((c, a, b))
            elif words and words[-1][0] == " ":
                words[-1] = (" ", words[-1][1], b)
                runs[-1] += c
            elif words:
                words.append((" ", a, b))
                runs.append(c)
        if words and words[-1][0] == " ":
            words.pop()
            runs.pop()
        collapsed.append(words)
        spaces = [k for k, (c, _, _) in enumerate(words) if c == " "]
        # Not a gap after a label's colon ("Stack pressure:      0 psi"): that row has its border.
        gaps.append({k for k, run in zip(spaces, runs, strict=True)
                     if ("\t" in run or len(run) >= _COLUMN_GAP) and words[k - 1][0] not in ":="}
                    if not any(c == "|" for c, _, _ in words) else set())
    table = columns and sum(bool(g) for g in gaps) >= _TABLE_ROWS
    if table:
        _align_to_rule(collapsed, gaps, [0] + [b for _, b in breaks], text)
    chars: list[tuple[str, int, int]] = []
    for n, words in enumerate(collapsed):
        if n:
            chars.append(("\n", *breaks[n - 1]))
        if table and gaps[n]:
            # A column gap of a table laid out with spaces or tabs reads as the cell border it is.
            words = [w for k, (c, a, b) in enumerate(words)
                     for w in (((" ", a, b), ("|", a, b), (" ", a, b)) if k in gaps[n] else ((c, a, b),))]
        chars += words
    while chars and chars[0][0].isspace():
        chars.pop(0)
    while chars and chars[-1][0].isspace():
        chars.pop()
    return "".join(c for c, _, _ in chars), [a for _, a, _ in chars], [b for _, _, b in chars]


#: A table's rule line: runs of dashes (or "=") parted by spaces, one run over each column.
_RULE_RUNS = re.compile(r"[-=_]{2,}")
_RULE = re.compile(r" *[-=_]{2,}(?: {2,}[-=_]{2,})+ *")


def _align_to_rule(lines: list[list[tuple[str, int, int]]], gaps: list[set[int]], line_starts: list[int],
                   text: str) -> None:
    """Under a rule line ("------  -------  -----"), a word that starts where a column's run starts opens that
    column's cell even after a single space: a cell that fills its column ("PEO-LiTFSI (poly(ethylene oxide)),
    Li6PS5Br") is still two cells. Adds those spaces to ``gaps``, the rows' cell borders; rows laid out with tabs
    are left as they are."""
    starts: set[int] | None = None
    for n, words in enumerate(lines):
        line = text[line_starts[n]:line_starts[n + 1] if n + 1 < len(line_starts) else len(text)].rstrip("\r\n")
        if "\t" in line:
            starts = None
            continue
        if _RULE.fullmatch(line.rstrip()):
            starts = set(sorted(m.start() for m in _RULE_RUNS.finditer(line))[1:])  # the first column is the labels
            continue
        if not words:
            starts = None
            continue
        if starts is None or not gaps[n]:
            continue
        for k in range(1, len(words)):
            if words[k][0] != " " and words[k - 1][0] == " " and words[k][1] - line_starts[n] in starts:
                gaps[n].add(k - 1)


def _prepare(text: str) -> tuple[_Read, list[str]]:
    """The text as it is read (capped, cleaned, its lines kept: they end claims, but wrapped prose is joined),
    and any notice about that."""
    notices: list[str] = []
    if len(text) > MAX_PREFILL_CHARS:
        notices.append(f"The text is {len(text):,} characters long; only the first {MAX_PREFILL_CHARS:,} were read.")
        text = text[:MAX_PREFILL_CHARS]
    cleaned = clean(text, keep_lines=True)
    if _mapped(text)[0] != cleaned:  # not expected; then quotes come from the read text, as they always may
        read = _spelled_numbers(_numbered_lines(cleaned, unwrap(cleaned)))
        return _Read(read, read, tuple(range(len(read))), tuple(range(1, len(read) + 1))), notices
    columned, starts, ends = _mapped(text, columns=True)
    read = _spelled_numbers(_numbered_lines(columned, unwrap(columned)))
    return _Read(read, text, tuple(starts), tuple(ends)), notices


_ONES = {w: i for i, w in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
_TENS = {w: 10 * i for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)}
_SCALES = {"hundred": 100, "thousand": 1000}
_NUMBER_WORD = "|".join(sorted([*_ONES, *_TENS, *_SCALES], key=len, reverse=True))
#: A number spelled in words ("twenty-five", "fifteen hundred", "two thousand five hundred").
_SPELLED = re.compile(rf"\b(?:{_NUMBER_WORD})(?:(?:[ -]|\sand\s)(?:{_NUMBER_WORD}))*\b(?P<half>\s+and\s+a\s+half\b)?",
                     re.IGNORECASE)
#: A unit after a number, which makes a small spelled number a quantity ("three and a half atmospheres", "two bar"),
#: not a word of the prose ("one of our cells").
_UNIT_AFTER = re.compile(rf"\s*(?:{PRESSURE_UNITS}|degrees?\b)", re.IGNORECASE)
#: A count of layers after a number, which makes a small spelled number a count of the build too ("a five-layer pouch",
#: "three bilayers").
_LAYERS_AFTER = re.compile(r"[\s-]*(?:bi)?layers?\b", re.IGNORECASE)


def _spelled_value(words: list[str]) -> int | None:
    """The number some number words make ("fifteen", "hundred" -> 1500); None if one is no number word."""
    total, current = 0, 0
    for word in words:
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = (total + max(current, 1)) * 1000, 0
        else:
            return None
    return total + current


def _spelled_numbers(text: str) -> str:
    """``text`` with a number of ten or more spelled in words ("twenty-five degrees C", "fifteen hundred cycles")
    written in digits, padded with spaces before them to the same length: a number is read however it is
    written, and the read text keeps its characters' places."""

    def digits(m: re.Match[str]) -> str:
        number = m.group(0)[:m.start("half") - m.start()] if m.group("half") else m.group(0)
        value = _spelled_value([w for w in re.split(r"[ -]+", number.lower()) if w != "and"])
        measured = (_UNIT_AFTER.match(text, m.end()) or _LAYERS_AFTER.match(text, m.end())) is not None
        if value is None or (value < 10 and not measured):
            return m.group(0)
        if m.group("half") and not measured:
            # (A half in prose is left in words: "twenty and a half months" reads its twenty.)
            return str(value).rjust(len(number)) + m.group(0)[len(number):] if len(str(value)) <= len(number) else (
                m.group(0))
        written = f"{value}.5" if m.group("half") else str(value)
        if len(written) > len(m.group(0)):
            return m.group(0)
        # A quantity's digits open its words, so that what is quoted for it starts where they do.
        # (So does a number before its unit: "a hundred kilopascals" is quoted from "hundred", not from "red".)
        return written.ljust(len(m.group(0))) if m.group("half") or measured else written.rjust(len(m.group(0)))

    return _SPELLED.sub(digits, text)


#: A line that opens a numbered section ("2.3 Cycle life: ...", "3.1.2 Yield") or an agenda's time ("11:00 Lunch"):
#: never the rest of wrapped prose.
#: A questionnaire's question may be quoted ('1.2 "State the anode."'), and its answer line ("Answer: ...", "A: ...")
#: starts one of its own too.
#: So does an item a status tag in capitals opens ("[DONE] Cell build", "[TODO] impedance check", "[WIP] ..."), a
#: task board's or a log's entry: a card of its own, as a bulleted item is, whatever case the line before ends in.
_SECTION_LINE = re.compile(r"\n(?=(?:\d{1,2}(?:\.\d{1,2}){1,3}[.)]?|\d{1,2}:\d{2})\s+[\"“'‘]?[^\W\d_]"
                           r"|[ \t]*(?:A|Answer|Q|Question)\s?\d{0,3}[.:)]\s"
                           r"|[ \t]*\[[A-Z][A-Z /-]{1,24}\][ \t]+\S)")


def _numbered_lines(cleaned: str, unwrapped: str) -> str:
    """``unwrapped`` (of the same length as ``cleaned``) with the line breaks before numbered sections and agenda
    times kept."""
    chars = list(unwrapped)
    for m in _SECTION_LINE.finditer(cleaned):
        chars[m.start()] = "\n"
    return _join_hanging_values(blank_offered_choices(
        _join_wrapped_subjects(_join_quoted_wraps(_join_dangling(_join_semicolon_wraps(_join_parentheses(
            _join_wrapped_cells("".join(chars)))))))))


#: A two-column table row ("| After 500 cycles | retention 93 %, internal |") and the row under it whose first cell
#: is empty ("| | resistance +12 % |"): the value cell wrapped onto a row of its own.
_WRAPPED_CELL = re.compile(r"(?m)^[ \t]*\|[^|\n]*[^|\s][^|\n]*\|[^|\n]*[^|\s][^|\n]*"
                           r"(?P<seam>\|[ \t]*\n[ \t]*\|[ \t]*\|)(?=[^|\n]*[^|\s][^|\n]*\|[ \t]*$)")


def _join_wrapped_cells(text: str) -> str:
    """``text`` with a two-column table's value cell joined where it wraps onto the next row (the closing border, the
    line break and the empty first cell made spaces of the same length): "internal" and "resistance +12 %" are one
    value, "internal resistance +12 %", as they would be on one row. (Not a label cell wrapped: a row under it with
    an empty value cell is left a row of its own.)"""
    chars = list(text)
    for m in _WRAPPED_CELL.finditer(text):
        chars[m.start("seam"):m.end("seam")] = " " * (m.end("seam") - m.start("seam"))
    return "".join(chars)


#: A line that is a label alone, ending on its colon ("5. Production status:", "C1 Cell technology (a / b / c):"), and
#: the line after it, its value set below it as a form's answer is ("Confidential - withheld under rule 4."). Not when
#: that line is labelled itself, a question, or a list's item (a heading over a list labels none of its items alone),
#: nor after a quoted line (a question quoted in a reply is answered by the reply's own lines, read as such).
#: (A label has no comma and few words: "Dear customer, please find our answers below:" is prose.)
_HANGING_LABEL = re.compile(r"(?m)^(?![ \t]*>)(?P<label>[^\n:|=?,]{2,120}):[ \t]*\n(?=(?P<value>[^\n]+))")
_HANGING_LABEL_WORDS = 8
#: The end of a sentence inside a line: a full stop, a question or an exclamation mark before a space.
_SENTENCE_END = re.compile(r"(?<=[^\W\d_])[.!?]\s+")
_OWN_LINE = re.compile(r"\s*(?:[-*•·–—>]|\d{1,2}[.)]\s)|[^\n]*(?:[:|=]\s|\?\s*$)")


def _opens_table(text: str, start: int) -> bool:
    """Whether the line at ``start`` is the first row of a table laid out with spaces, the line after it a row with
    its cell border: a heading over a table ("Battery technology (ASSB):" over "Separator electrolyte  garnet ...",
    its gap too narrow to be read as a border) labels none of its rows alone, as a heading over a list does not."""
    end = text.find("\n", start)
    if end < 0:
        return False
    after = text[end + 1:].split("\n", 1)[0]
    return "|" not in text[start:end] and " | " in after and not after.lstrip().startswith("|")


def _join_hanging_values(text: str) -> str:
    """``text`` with the line break after a label alone on its line joined (a space of the same length) where the next
    line is its value: "Production status:" over "Confidential." is the row "Production status: Confidential.", so a
    refusal or a placeholder there says what it says of the label above it, as it would on one line."""
    chars = list(text)
    for m in _HANGING_LABEL.finditer(text):
        # A label after a sentence on its line is the last sentence's alone: "We asked for the anode. Answer:" over
        # "Confidential." answers what the sentence before it asked, as "Answer: Confidential." on one line does.
        label = _SENTENCE_END.split(m.group("label"))[-1]
        if (len(label.split()) <= _HANGING_LABEL_WORDS and not _OWN_LINE.match(m.group("value"))
                and not _opens_table(text, m.end())):
            chars[m.end() - 1] = " "
    return "".join(chars)


#: A line break inside a long line of prose that ends on a word, before a capitalised word and its verb: "... the
#: test conditions (temperature, current rates) of the Background\nResults are confidential": the line wrapped inside
#: the sentence's subject, whose last word is a name.
_WRAPPED_SUBJECT = re.compile(r"(?<=[^\W\d_])\n(?=[A-Z][a-z]+ (?:are|is|was|were|has|have|had|remain|remains) )")
#: The fewest characters a line of prose has that wraps (a shorter one is a heading or an item).
_WRAPPED_LINE_CHARS = 60


def _join_wrapped_subjects(text: str) -> str:
    """``text`` with a line break inside a wrapped sentence's subject joined (a space of the same length): the line
    before is long prose (no cell border, no label's colon)."""
    chars = list(text)
    for m in _WRAPPED_SUBJECT.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(line) >= _WRAPPED_LINE_CHARS and "|" not in line and ":" not in line:
            chars[m.start()] = " "
    return "".join(chars)


#: A line break inside a quoted e-mail's prose and the next line's quote marks, where that line goes on in lower case
#: or a number ("> ... your 600-cycle\n> figure, the pressure ..."): the sender's wrapped sentence.
_QUOTED_WRAP = re.compile(r"(?<=[^\s.!?:;|])\n(?P<marks>[ \t]*(?:>[ \t]*)+)(?=[a-z0-9])")
_QUOTED_LINE = re.compile(r"[ \t]*>")


def _join_quoted_wraps(text: str) -> str:
    """``text`` with a quoted e-mail's wrapped lines joined (the break and the next line's quote marks made spaces of
    the same length), where the line before is quoted too: a quoted sentence is read whole, as unquoted prose is."""
    chars = list(text)
    for m in _QUOTED_WRAP.finditer(text):
        if _QUOTED_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


#: A line that ends on a word no sentence or label ends with ("... the 500-cycle data are from"), and the next
#: line, which goes on with it whatever its first letter ("CR2032 coin cells, not the pouch."). In lower case only:
#: "Safety class: Type A" ends its row.
_DANGLING = re.compile(r"[ \t](?:from|of|to|the|a|an|in|at|with|by|and|or|are|is|was|were|for|on|into|than|"
                       r"be|been|between)\n(?=[^\W_])")


#: A line break after a semicolon, before a line that goes on in lower case ("... on the public record;\nit is
#: commercially sensitive."): a semicolon parts two clauses of one sentence, which the line wrapped between.
_SEMICOLON_WRAP = re.compile(r"(?<=;)[ \t]*\n(?=[ \t]*[a-z])")


def _join_semicolon_wraps(text: str) -> str:
    """``text`` with a long line of prose wrapped after a semicolon joined (a space of the same length) to the next
    line, so that a clause there ("it is commercially sensitive") is read as the same sentence's (and points back to
    what it says). Not a short line, a list's item or a table's row, nor a next line that is a label or an item of
    its own ("graphite;" over "sulfide;", "Anode: Li;" over "pressure: 2 MPa")."""
    chars = list(text)
    for m in _SEMICOLON_WRAP.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        after = text[m.end():].split("\n", 1)[0]
        if len(line) >= _WRAPPED_LINE_CHARS and "|" not in line + after and not _OWN_LINE.match(after):
            chars[m.end() - 1] = " "
    return "".join(chars)


def _join_dangling(text: str) -> str:
    """``text`` with a line break after a dangling word joined (a space of the same length)."""
    chars = list(text)
    for m in _DANGLING.finditer(text):
        chars[m.end() - 1] = " "
    return "".join(chars)


def _join_parentheses(text: str) -> str:
    """``text`` with a line break inside a parenthesis joined (a space of the same length): "(all of X vs.\nY)" is
    one wrapped line, whatever its line ends with, since a parenthesis closes on the line after."""
    lines = text.split("\n")
    out = [lines[0]]
    for line, after in pairwise(lines):
        close, reopen = after.find(")"), after.find("(")
        wrapped = line.rfind("(") > line.rfind(")") and close >= 0 and (reopen < 0 or close < reopen)
        out.append((" " if wrapped else "\n") + after)
    return "".join(out)


def quote(read: _Read, start: int, end: int) -> str:
    """The clause around ``read.text[start:end]``, trimmed to :data:`MAX_QUOTE_CHARS`, on one line, in the
    supplier's own characters.

    A short datasheet row ("Stack pressure: none required") is quoted whole: its label says
    what its value is about.
    """
    text = read.text
    for row in _ROW.finditer(text):
        if row.start() <= start and end <= row.end():
            return read.written(*row.span())
        if row.start() > end:
            break
    left = 0
    right = len(text)
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    left = max(left, start - MAX_QUOTE_CHARS // 2)
    right = min(right, max(end, left + MAX_QUOTE_CHARS))
    while right > left and text[right - 1].isspace():
        right -= 1
    while left < right and text[left].isspace():
        left += 1
    return read.written(left, right)[: MAX_QUOTE_CHARS + 100]


def find_measurements(text: str) -> tuple[Measurement, ...]:
    """Pressures, temperatures, cycle counts and energy densities written in ``text``.

    Numbers are read in every common convention (:func:`~advisor.checklist.measurement.read_number`)
    and converted to the measure's normal unit (°F and K to °C; bar, psi, atm and kPa to MPa).
    A range ("-20 to 60 °C", "1-10 MPa") gives its upper end.
    """
    return _measurements(_prepare(text)[0])


def _measurements(read: _Read) -> tuple[Measurement, ...]:
    text = read.text
    found: list[Measurement] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], kind: str, value: float, unit: str, how: str) -> None:
        span = match.span()
        if any(a < span[1] and span[0] < b for a, b in taken):
            return
        try:
            normalised, normal_unit, shown = to_normal_unit(kind, value, unit)
        except KeyError:
            return
        taken.append(span)
        found.append(Measurement(kind, value, shown, round(normalised, 6), normal_unit, quote(read, *span), how,
                                 span=span))

    for pattern in (_CYCLES, _CYCLED_TIMES, _CYCLE_LIFE, _CYCLE_REACHED):
        for m in pattern.finditer(text):
            count = read_number(m.group("value"), "cycles") * (1000 if m.group("k") else 1)
            if count != int(count):
                continue  # a cycle count is whole: "2.1 Cycle data" is a section number
            if _NUMBERED_ITEM.search(text, 0, m.start("value")):
                continue  # "Item 30 Cycle-life test report": the number is the item's, not a count
            add(m, "cycles", count, "cycles", f"read “{read.written(*m.span())}” as a cycle count")
    for m in _UNIT_FIRST.finditer(text):
        headed = _unit_first(m, read.written(*m.span()))
        if headed is not None:
            add(m, *headed)
    def add_in_unit(match: re.Match[str], unit: str, how: str) -> None:
        """A value written apart from its unit (a temperature or a pressure by the unit's first sign)."""
        if unit[0] in "°℃℉":
            add(match, "temperature", read_number(match.group("value"), "temperature")
                * (-1 if match.group("sign") else 1), "°F" if unit[-1] in "F℉" else "°C", how)
        else:
            add(match, "pressure", read_number(match.group("value"), "pressure"), unit, how)

    for m in _VALUE_THEN_UNIT_CELL.finditer(text):
        add_in_unit(m, " ".join(m.group("unit").split()),
                    f"read “{read.written(*m.span())}” as a value in the unit written in the next column")
    for m, unit in _paired_unit_values(text):
        add_in_unit(m, unit, f"read “{read.written(*m.span())}” as a value in the unit its label's item names in "
                             "brackets")
    for m in _FORCE_ON_AREA.finditer(text):
        force = read_number(m.group("value"), "pressure") * _NEWTONS[m.group("unit").lower()]
        side_unit = (m.group("side_unit") or m.group("other_unit")).lower()
        area = (read_number(m.group("side"), "pressure") * _MILLIMETRES[side_unit]
                * read_number(m.group("other"), "pressure") * _MILLIMETRES[m.group("other_unit").lower()])
        if force > 0 and area > 0:
            add(m, "pressure", round(force / area, 3), "MPa",
                f"read “{read.written(*m.span())}” as a force over an area: {m.group('value')} {m.group('unit')} on "
                f"{round(area):,} mm² is a pressure")
    for m in _PRESSURE.finditer(text):
        how = f"read “{read.written(*m.span())}” as a pressure"
        if m.group("low"):
            how += " (a range: the upper end is used)"
        add(m, "pressure", read_number(m.group("value"), "pressure"), m.group("unit"), how)
    for m in _ENERGY.finditer(text):
        per = "kg" if m.group("per").lower() == "kg" else "L"
        add(m, "energy_density", read_number(m.group("value"), "energy_density"), f"Wh/{per}",
            f"read “{read.written(*m.span())}” as {'gravimetric' if per == 'kg' else 'volumetric'} energy density")
    ranges: dict[tuple[int, int], float] = {}
    for m in _TEMPERATURE.finditer(text):
        reading = _temperature(m, read.written(*m.span()))
        if reading is not None:
            add(m, "temperature", *reading)
            between = None if m.group("low") else _BETWEEN_LOW.search(text, max(m.start() - _WINDOW_REACH, 0),
                                                                          m.start())
            if m.group("low") or between is not None:
                # (A range written "between 5 and 40 °C" has its lower end before the "and".)
                ends = m if m.group("low") else between
                assert ends is not None
                low = read_number(ends.group("low"), "temperature") * (-1 if ends.group("low_sign") else 1)
                ranges[m.span()] = to_normal_unit("temperature", low, reading[1])[0]
    found.sort(key=lambda m: m.span or (0, 0))
    return tuple(_mark_windows(text, found, ranges))


#: The ends of a temperature window lie on both sides of room temperature (°C): below the first, above the second.
_WINDOW_BELOW, _WINDOW_ABOVE = 15.0, 35.0
#: A range reaching below freezing (°C) is the weather's or a window the product is kept in ("depot temperatures
#: -8 °C to +31 °C"), whatever its upper end: a test is run at one temperature, not across a season's.
_FREEZING = 0.0
#: What may join the two ends of a window written around other words ("from -4 °F winter mornings to 131 °F").
_WINDOW_REACH = 40
#: The lower end of a range written with "between ... and" ("charge between 5 and 40 °C"), right before its upper end.
_BETWEEN_LOW = re.compile(rf"\bbetween\s+(?P<low_sign>{_SIGN})?{_num('low')}\s*(?:{_DEGREES})?\s+and\s+$",
                          re.IGNORECASE)
#: A range said to be how far a temperature spreads ("ranges from 2 °C to 30 °C over the year", "varies between 10 and
#: 28 °C"): where the product is kept over time, whatever its ends, since a test is run at one temperature.
_SPREAD = re.compile(r"\b(?:ranges?|ranging|varies|vary|varying|fluctuates?|fluctuating|swings?|swinging)\s+"
                     r"(?:from|between)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_WINDOW_FROM = re.compile(r"\b(?:from|between)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_WINDOW_TO = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}?(?:to|and|up\s+to|through)\s+$", re.IGNORECASE)


def _mark_windows(text: str, found: list[Measurement], ranges: dict[tuple[int, int], float]) -> list[Measurement]:
    """Mark the temperatures that span a window from below room temperature to above it: a range ("-30 to 60 °C")
    or two ends written apart ("from -4 °F mornings to 131 °F afternoons"). ``ranges`` gives a range's lower end
    (°C) by its span."""
    marked = list(found)
    for i, m in enumerate(found):
        if m.kind != "temperature" or m.span is None:
            continue
        low = ranges.get(m.span)
        spread = _SPREAD.search(text, max(m.span[0] - _WINDOW_REACH, 0), m.span[0]) is not None
        if low is not None and ((low < _WINDOW_BELOW and (m.normalised > _WINDOW_ABOVE or low < _FREEZING)) or spread):
            marked[i] = replace(m, window=True)
    temperatures = [i for i, m in enumerate(found) if m.kind == "temperature" and m.span is not None]
    for a, b in pairwise(temperatures):
        first, second = found[a], found[b]
        assert first.span is not None and second.span is not None
        between = text[first.span[1]:second.span[0]]
        before = text[max(first.span[0] - _WINDOW_REACH, 0):first.span[0]]
        if "\n" in between or not _WINDOW_TO.match(between) or not _WINDOW_FROM.search(before):
            continue
        ends = sorted((first.normalised, second.normalised))
        if (ends[0] < _WINDOW_BELOW and ends[1] > _WINDOW_ABOVE) or _SPREAD.search(before):
            marked[a], marked[b] = replace(marked[a], window=True), replace(marked[b], window=True)
    return marked


def _paired_unit_values(text: str) -> list[tuple[re.Match[str], str]]:
    """The numbers of a table's value cell whose items pair by slashes with its label cell's ("Test temperature [°C] /
    C-rate | 25 / 0.5C"), each with the unit its label item names in brackets: the number and the unit."""
    found: list[tuple[re.Match[str], str]] = []
    for line in _TABLE_LINE.finditer(text):
        cells = [m.span() for m in _TABLE_CELL.finditer(text, *line.span()) if m.group(0).strip()]
        for label, value in pairwise(cells):
            names, values = slash_items(text, *label), slash_items(text, *value)
            if len(names) < 2 or len(names) != len(values):
                continue
            for name, item in zip(names, values, strict=True):
                unit = _BRACKET_UNIT.search(text, *name)
                number = _BARE_NUMBER.fullmatch(text, *item)
                if unit is not None and number is not None:
                    found.append((number, " ".join(unit.group("unit").split())))
    return found


def _signed(m: re.Match[str], kind: str) -> float:
    """The match's value (the upper end of a range), with its sign."""
    value = read_number(m.group("value"), kind) * (-1 if m.group("sign") and m.group("sign") not in "+" else 1)
    if m.group("low"):
        low = read_number(m.group("low"), kind) * (-1 if m.group("low_sign") else 1)
        value = max(value, low)
    return value


def _unit_first(m: re.Match[str], written: str) -> tuple[str, float, str, str] | None:
    unit = " ".join(m.group("unit").split())
    how = f"read “{written}” as a value in the unit its heading names"
    if m.group("low"):
        how += " (a range: the upper end is used)"
    letters = re.sub(r"[^A-Za-z]", "", unit).lower()
    if letters in ("whkg", "whl"):
        per = "kg" if letters == "whkg" else "L"
        return "energy_density", read_number(m.group("value"), "energy_density"), f"Wh/{per}", how
    if letters in ("c", "f", "k"):
        return "temperature", _signed(m, "temperature"), {"c": "°C", "f": "°F", "k": "K"}[letters], how
    return "pressure", _signed(m, "pressure"), unit, how


def _temperature(m: re.Match[str], written: str) -> tuple[float, str, str] | None:
    raw_unit = m.group("unit")
    value = read_number(m.group("value"), "temperature")
    letters = re.sub(r"[^A-Za-z]", "", raw_unit).lower()
    negative = bool(m.group("sign")) and m.group("sign") != "+"
    bare = raw_unit in ("C", "F")
    # A bare "1C" is a charge rate and "5K" a count; only read bare units where a temperature is plausible.
    if raw_unit in ("C", "F") and (value < 15 and not negative):
        return None
    if letters in ("k", "kelvin") and (value < 150 or negative):
        return None
    if letters in ("k", "kelvin"):
        unit = "K"
    elif letters.endswith(("f", "fahrenheit")):
        unit = "°F"
    else:
        unit = "°C"
    how = f"read “{written}” as a temperature"
    if m.group("low"):
        how += " (a range: the upper end is used)"
    if bare:
        how += " (the unit was written without a degree sign)"
    return _signed(m, "temperature"), unit, how


def prefill(spec: ChecklistSpec, text: str) -> Prefill:
    """Detect what ``text`` claims for each step of ``spec``; never raises on any text.

    Where the text points to several options of one step (a "pouch cell" tested in
    "coin cells"), the most cautious reading is taken and the explanation says so.
    """
    read, notices = _prepare(text)
    measurements = _measurements(read)
    claims: list[DetectedClaim] = []
    unanswered: list[str] = []
    questions: list[str] = []
    for step, found in zip(spec.steps, match_steps(spec.steps, read.text, measurements=measurements,
                                                                 cautious=True, unasked_parts=spec.unasked_parts,
                                                                 stack_layers=spec.stack_layers,
                                                                 asked_parts=spec.asked_parts,
                                                                 written=read.written),
                           strict=True):
        option = found.option
        if option is None:
            unanswered.append(step.id)
            questions.append(step.ask)
            continue
        if found.evidence is not None:
            evidence = quote(read, *found.evidence)
        else:
            accepted = (m.evidence for m in measurements
                        if option.detect is not None and option.detect.accepts(m) and not m.window)
            evidence = next(accepted, "")
        claims.append(DetectedClaim(step_id=step.id, option_id=option.id, option_label=option.label,
                                    rating=option.rating, evidence=evidence, explanation=found.explanation))
    if not read.text.strip():
        notices.append("The text is empty, so nothing could be detected.")
    elif not claims and not measurements:
        notices.append(spec.no_claims or "The text makes no claim the checklist can use.")
    return Prefill(claims=tuple(claims), measurements=measurements, unanswered=tuple(unanswered),
                   unanswered_questions=tuple(questions), notices=tuple(notices),
                   chars_read=min(len(text), MAX_PREFILL_CHARS))
