"""The checklist report: per-step findings, an overall reading, questions for the supplier.

Built by :meth:`advisor.checklist.Checklist.report`; rendered here as a dict, as a Markdown
document, or as a self-contained HTML page that prints cleanly. Both documents escape every
text they set, above all what a buyer or supplier wrote, but only as much as their format
needs: a quote reads as it was written.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from advisor.checklist.measurement import Measurement
from advisor.checklist.spec import RATINGS, rating_label
from advisor.text import clean, one_line

__all__ = ["MAX_NAME_CHARS", "NOT_STATED", "ChecklistReport", "Progress", "ReportItem", "Source", "Subject",
           "clean_name", "find_subject", "overall_reading"]

#: Who gave an answer: the buyer typing, or a quote from the supplier's own text.
Source = Literal["buyer", "supplier-text"]

#: A supplier or product name is one line of the report's header; longer input is cut.
MAX_NAME_CHARS = 120

#: What the report shows for a supplier or product nobody has named.
NOT_STATED = "Not stated"


@dataclass(frozen=True)
class Progress:
    """How far a walk-through has got; the report carries it so it can say what is still open."""

    answered: int
    skipped: int
    total: int

    @property
    def remaining(self) -> int:
        return self.total - self.answered - self.skipped

    def to_dict(self) -> dict[str, int]:
        return {"answered": self.answered, "skipped": self.skipped, "total": self.total,
                "remaining": self.remaining}


@dataclass(frozen=True)
class Subject:
    """Whom and what a report is about: ``""`` where the name is not known."""

    supplier: str = ""
    product: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"supplier": self.supplier, "product": self.product}


def clean_name(text: str) -> str:
    """A supplier or product name as the report keeps it: one clean line of at most :data:`MAX_NAME_CHARS`."""
    return clean(text)[:MAX_NAME_CHARS].strip()


# Labelled datasheet rows ("Manufacturer: Acme Energy GmbH", "Model | AX-7"); the label decides which name it is.
_SUPPLIER_ROW = re.compile(r"^[ \t]*(?:supplier|manufacturer|company|vendor|maker|producer)(?:[ \t]+name)?"
                           r"[ \t]*[:|=][ \t]*(?P<value>[^\n|;]{2,120})", re.IGNORECASE | re.MULTILINE)
_PRODUCT_ROW = re.compile(r"^[ \t]*(?:product|model|part[ \t]+(?:number|no\.?)|designation|product[ \t]+code)"
                          r"(?:[ \t]+(?:name|number))?[ \t]*[:|=][ \t]*(?P<value>[^\n|;]{2,120})",
                          re.IGNORECASE | re.MULTILINE)
# A company named with its legal form: "Acme Energy GmbH", "Volta Cells Co., Ltd.", "Northwind Inc.".
_LEGAL_FORMS = (r"GmbH|AG|SE|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|Corp\.?|Corporation|Co\.,?\s+Ltd\.?"
                r"|Co\.|S\.A\.|SAS|S\.p\.A\.|B\.V\.|BV|N\.V\.|Oy|AB|K\.K\.|plc|PLC|Pty\.?\s+Ltd\.?|Sp\.\s+z\s+o\.o\.")
_COMPANY = re.compile(rf"\b(?P<value>(?:[A-Z][\w&'.-]*\s+){{0,3}}[A-Z][\w&'.-]*,?\s+(?:{_LEGAL_FORMS}))(?![\w-])")
# A model code: capitals, a hyphen, a digit ("AX-7", "AB-50AH"); standards ("IEC-62660", "UN-38.3") are not products.
_MODEL = re.compile(r"(?<![\w-])(?P<value>(?!(?:IEC|ISO|UN|UL|SAE|EN|GB|JIS|DIN)-)[A-Z][A-Za-z]{0,5}-\d[\w.-]*)")


def find_subject(text: str) -> Subject:
    """The supplier and the product a supplier's text names, as far as the text says.

    A labelled row ("Manufacturer: ...", "Model: ...") wins; otherwise the first company
    written with its legal form ("... GmbH", "... Ltd.") and the first model code ("AX-7").
    What is not found stays ``""`` for the buyer to fill in.
    """
    text = clean(text, keep_lines=True)

    def first(*patterns: re.Pattern[str]) -> str:
        for pattern in patterns:
            found = pattern.search(text)
            if found:
                return clean_name(found.group("value").rstrip(" .,"))
        return ""

    return Subject(supplier=first(_SUPPLIER_ROW, _COMPANY), product=first(_PRODUCT_ROW, _MODEL))


@dataclass(frozen=True)
class ReportItem:
    """One step as the report shows it."""

    number: int
    step_id: str
    title: str
    question: str
    status: Literal["answered", "skipped", "open"]
    option_id: str | None
    option_label: str | None
    rating: str
    guide: str
    follow_up: str
    answer: str | None
    source: Source | None
    evidence: str | None
    explanation: str | None
    sections: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "number": self.number, "step_id": self.step_id, "title": self.title, "question": self.question,
            "status": self.status, "option_id": self.option_id, "option_label": self.option_label,
            "rating": self.rating, "guide": self.guide, "follow_up": self.follow_up, "answer": self.answer,
            "source": self.source, "evidence": self.evidence, "explanation": self.explanation,
            "sections": list(self.sections),
        }

    @property
    def heading(self) -> str:
        """``"2. Electrolyte family: Sulfide (Caution)"``: the step, what was recorded and its rating."""
        if self.status == "answered":
            return f"{self.number}. {self.title}: {self.option_label or ''} ({rating_label(self.rating)})"
        state = "skipped" if self.status == "skipped" else "not answered"
        return f"{self.number}. {self.title}: {state} ({rating_label(self.rating)})"

    def fields(self) -> list[tuple[str, str, bool]]:
        """``(label, text, is_quote)`` for each line under the heading; a quote is someone's own words."""
        sections = "; ".join(f"“{s}”" for s in self.sections)
        if self.status != "answered":
            return [("Relevance", self.guide, False), ("Question for the supplier", self.follow_up, False),
                    ("Guide sections", sections, False)]
        origin = "quoted from the supplier's text" if self.source == "supplier-text" else "as given by the buyer"
        out = [(f"Answer ({origin})", self.answer or "", True)]
        if self.explanation:
            out.append(("Basis of the reading", self.explanation, False))
        out += [("Guide assessment", self.guide, False), ("Question for the supplier", self.follow_up, False),
                ("Guide sections", sections, False)]
        return out


_MEASURE_NAMES = {"pressure": "Pressure", "temperature": "Temperature", "cycles": "Cycle count",
                  "energy_density": "Energy density"}


@dataclass(frozen=True)
class ChecklistReport:
    """The checklist's findings: per-step answers, an overall reading, questions for the supplier.

    ``to_dict()`` carries the raw text (escape it where you render it). ``to_markdown()``
    and ``to_html()`` escape every text they set, so a quote such as ``![x](http://host)``
    or ``<img src=...>`` is shown as text and never becomes a live image, link or tag.
    """

    title: str
    guide: str
    overall: str
    overall_text: str
    items: tuple[ReportItem, ...]
    open_questions: tuple[tuple[str, str], ...]
    measurements: tuple[Measurement, ...]
    citations: tuple[str, ...]
    notices: tuple[str, ...]
    progress: Progress
    #: The checklist's ``figures_note``: shown after the figures the supplier quotes, if any.
    figures_note: str = ""
    subject: Subject = field(default_factory=Subject)
    #: The day the report was made (``None``: undated).
    date: datetime.date | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "guide": self.guide,
            **self.subject.to_dict(),
            "date": None if self.date is None else self.date.isoformat(),
            "overall": {"rating": self.overall, "label": rating_label(self.overall), "text": self.overall_text},
            "progress": self.progress.to_dict(),
            "steps": [item.to_dict() for item in self.items],
            "open_questions": [{"step": step, "question": question} for step, question in self.open_questions],
            "measurements": [m.to_dict() for m in self.measurements],
            "citations": [{"guide": self.guide, "section": section} for section in self.citations],
            "notices": list(self.notices),
        }

    # ----- what both documents say, as plain text

    def header_fields(self) -> list[tuple[str, str]]:
        """``(label, value)`` for the header: supplier, product and date (:data:`NOT_STATED` where unknown)."""
        return [("Supplier", self.subject.supplier or NOT_STATED), ("Product", self.subject.product or NOT_STATED),
                ("Date", NOT_STATED if self.date is None else self.date.isoformat())]

    def _progress_text(self) -> str:
        progress = self.progress
        counts = "; ".join(f"{rating_label(r)}: {sum(1 for i in self.items if i.rating == r)}" for r in RATINGS)
        return (f"Steps answered: {progress.answered} of {progress.total} ({progress.skipped} skipped, "
                f"{progress.remaining} open). Ratings: {counts}.")

    def _figures(self) -> list[tuple[str, str, str]]:
        return [(_MEASURE_NAMES.get(m.kind, m.kind), m.describe(), m.evidence) for m in self.measurements]

    _NO_QUESTIONS = ("None. Every step has a reassuring answer; the data behind each answer should nevertheless "
                     "be requested.")

    def _sources_text(self) -> str:
        return f"Every assessment in this report is drawn from the guide “{self.guide}”, sections:"

    # ----- Markdown

    def to_markdown(self) -> str:
        """The report as a Markdown document: headings, lists and emphasis are the report's own; every text
        set into it is escaped only where Markdown would otherwise read it as markup."""
        md = _markdown_text
        out = [f"# {md(self.title)} report", ""]
        out += [f"- **{label}:** {md(value)}" for label, value in self.header_fields()]
        out += ["", f"**Overall reading: {rating_label(self.overall)}.** {md(self.overall_text)}", "",
                md(self._progress_text(), line_start=True)]
        for notice in self.notices:
            out += ["", f"Note: {md(notice)}"]
        out += ["", "## Step by step"]
        for item in self.items:
            out += ["", f"### {md(item.heading)}"]
            out += [f"- **{label}:** " + (f"“{md(text)}”" if quote else md(text))
                    for label, text, quote in item.fields()]
        if self.measurements:
            out += ["", "## Figures the supplier quotes", ""]
            out += [f"- {name}: {md(value)}, quoted as “{md(evidence)}”" for name, value, evidence in self._figures()]
            if self.figures_note:
                out += ["", md(self.figures_note, line_start=True)]
        out += ["", "## Questions to send to the supplier", ""]
        if self.open_questions:
            out += [f"{i}. {md(question)} ({md(step)})" for i, (step, question) in enumerate(self.open_questions, 1)]
        else:
            out.append(md(self._NO_QUESTIONS, line_start=True))
        out += ["", "## Sources", "", md(self._sources_text(), line_start=True)]
        out += [f"- “{md(section)}”" for section in self.citations]
        return "\n".join(out) + "\n"

    # ----- HTML

    def to_html(self) -> str:
        """The report as one self-contained HTML page, laid out for printing (or "Save as PDF").

        Every text is HTML-escaped; the page loads nothing (no script, image, font or
        style sheet from anywhere) and its Content-Security-Policy forbids it to.
        Offer it as a download; never render it inside the app.
        """
        h = _html_text
        title = f"{self.title} report"
        body = [f"<header><h1>{h(title)}</h1>", "<dl class=\"fields\">"]
        body += [f"<dt>{h(label)}</dt><dd>{h(value)}</dd>" for label, value in self.header_fields()]
        body += ["</dl></header>",
                 f"<section class=\"summary rating-{h(self.overall)}\"><p><strong>Overall reading: "
                 f"{h(rating_label(self.overall))}.</strong> {h(self.overall_text)}</p>",
                 f"<p>{h(self._progress_text())}</p>"]
        body += [f"<p class=\"note\">Note: {h(notice)}</p>" for notice in self.notices]
        body += ["</section>", "<h2>Step by step</h2>"]
        for item in self.items:
            body += [f"<section class=\"step rating-{h(item.rating)}\"><h3>{h(item.heading)}</h3><dl>"]
            body += [f"<dt>{h(label)}</dt><dd>" + (f"<q>{h(text)}</q>" if quote else h(text)) + "</dd>"
                     for label, text, quote in item.fields()]
            body.append("</dl></section>")
        if self.measurements:
            body += ["<section class=\"figures\"><h2>Figures the supplier quotes</h2><ul>"]
            body += [f"<li>{h(name)}: {h(value)}, quoted as <q>{h(evidence)}</q></li>"
                     for name, value, evidence in self._figures()]
            body.append("</ul>")
            if self.figures_note:
                body.append(f"<p>{h(self.figures_note)}</p>")
            body.append("</section>")
        body.append("<section class=\"questions\"><h2>Questions to send to the supplier</h2>")
        if self.open_questions:
            body += ["<ol>", *(f"<li>{h(question)} ({h(step)})</li>" for step, question in self.open_questions),
                     "</ol>"]
        else:
            body.append(f"<p>{h(self._NO_QUESTIONS)}</p>")
        body += ["</section>", "<section class=\"sources\"><h2>Sources</h2>", f"<p>{h(self._sources_text())}</p>",
                 "<ul>", *(f"<li>“{h(section)}”</li>" for section in self.citations), "</ul></section>"]
        # The browser names a page saved as PDF after its <title>: the names and the date tell reports apart.
        named = [part for part in (self.subject.supplier, self.subject.product,
                                   None if self.date is None else self.date.isoformat()) if part]
        page_title = " - ".join([title, *named])
        return _HTML_PAGE.format(title=h(page_title), style=_PRINT_CSS, body="\n".join(body))


# Only what would change the document's structure is escaped: a link or image ([ ]), HTML or an
# autolink (<), code (`), a table cell (|), an entity (&name;), emphasis (* always; _ and ~ where they
# can open or close it), maths ($ in pairs), and a block marker at the very start of a text.
_MD_ALWAYS = re.compile(r"[\[\]<`|*]|\\(?=[!-/:-@\[-`{-~]|$)|&(?=#?\w+;)")
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # not between two letters or digits
_MD_LEADING = re.compile(r"^(?:[#>+=-]|\d+(?=[.)]))")


def _markdown_text(text: str, *, line_start: bool = False) -> str:
    """``text`` on one line, as Markdown that reads exactly as written and makes no markup of its own.

    :func:`advisor.text.escape_markdown` escapes every character that could ever be markup, which is
    right for chat replies but fills a document with backslashes (``AX\\-7 semi\\-solid``). A report
    line is a document: this escapes only what would change its structure (see the patterns above).
    ``line_start=True`` for a text that opens a line, where ``#``, ``-`` or ``1.`` would open a block.
    """
    text = one_line(text)
    text = _MD_ALWAYS.sub(lambda m: "\\" + m.group(0), text)
    text = _MD_UNDERSCORE.sub(r"\\_", text)
    for pair in "~$":
        if text.count(pair) > 1:  # one alone opens nothing: strikethrough and maths need two
            text = text.replace(pair, "\\" + pair)
    leading = _MD_LEADING.match(text) if line_start else None
    if leading:
        end = leading.end()
        text = text[:end] + "\\" + text[end:] if leading.group(0)[0].isdigit() else "\\" + text
    return text


def _html_text(text: str) -> str:
    return html.escape(text, quote=True)


_PRINT_CSS = """
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 48rem; margin: 2rem auto;
       padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0 0 .5rem; }
h2 { font-size: 14pt; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #999; padding-bottom: .2rem; }
h3 { font-size: 12pt; margin: 0 0 .4rem; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
.fields { margin-bottom: 1rem; }
.summary, .step { border: 1px solid #bbb; border-left-width: 6px; padding: .6rem .8rem; margin: .8rem 0; }
.rating-red-flag { border-left-color: #b00020; }
.rating-caution { border-left-color: #c77700; }
.rating-unknown { border-left-color: #777; }
.rating-reassuring { border-left-color: #2e7d32; }
q { quotes: "“" "”"; font-style: italic; }
.note { font-style: italic; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; }
  .step, .summary, li { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

_HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<main>
{body}
</main>
</body>
</html>
"""


def overall_reading(items: Sequence[ReportItem]) -> str:
    """The report's overall rating, most cautious first.

    Nothing answered, or more than half the steps unknown: "unknown"; any red flag:
    "red-flag"; any caution or unknown left: "caution"; otherwise "reassuring".
    """
    answered = [i for i in items if i.status == "answered"]
    ratings = [i.rating for i in items]
    if not answered:
        return "unknown"
    if "red-flag" in ratings:
        return "red-flag"
    if ratings.count("unknown") * 2 > len(items):
        return "unknown"
    if "caution" in ratings or "unknown" in ratings:
        return "caution"
    return "reassuring"
