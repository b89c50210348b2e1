"""Exports of library entries and conversations, and the escaping of what users typed."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.answer import Answer, Source
from advisor.library import LibraryEntry
from advisor.store.export import (
    borderline_to_csv,
    conversation_to_markdown,
    csv_safe,
    entries_to_csv,
    entries_to_json,
    entries_to_markdown,
)
from advisor.store.review import BorderlineAnswer
from advisor.text import escape_markdown


class Entry(LibraryEntry):
    """The real ``LibraryEntry`` with a ``to_dict()`` that keeps the whole ``source``.

    Why not ``LibraryEntry`` itself: its ``to_dict()`` gives the citation instead of
    ``source``, and ``test_entries_to_json`` pins the ``source`` object that the export
    carries over from an entry's ``to_dict()``.
    """

    def to_dict(self) -> dict[str, object]:  # type: ignore[override]
        return {**asdict(self), "source": self.source.to_dict()}


SOURCE = Source(id="faq-sulfide", title="Why sulfides?", kind="faq", section="Electrolyte families")
ENTRIES = [
    Entry("faq-sulfide", "faq", "Why sulfides?", "Electrolyte families", "Sulfides conduct **well**.", SOURCE),
    Entry("table-layers", "table", "Layers", "Layers", "| a | b |\n|---|---|\n| 1 | 2 |",
          Source("table-layers", "Layers", "table", "Layers")),
    Entry("faq-formula", "faq", "=1+1", "Odd", "-starts with a dash", Source("faq-formula", "=1+1", "faq", "Odd")),
]

# Markdown that would be live if rendered: an image fetch, a link, raw HTML, emphasis.
PAYLOADS = [
    "![x](http://attacker.example/pixel.png)",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "**bold** _it_ `code`",
    "# heading\n- list\n> quote\n```\nfence\n```",
    "see http://attacker.example/x and www.attacker.example",
    "$x^2$ ~~strike~~ | a | b |",
    "&lt;img&gt; &#60;b&#62;",
    "<http://attacker.example>",
]


def _unescape(markdown: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_user_text_has_no_live_markup(payload: str) -> None:
    escaped = escape_markdown(payload)

    assert "\n" not in escaped
    # Every markup character is preceded by a backslash...
    assert not re.search(r"(?<!\\)[!\[\]()<>`*_#|~$&:.]", escaped.replace("\\\\", ""))
    # ...and removing the escapes gives back what was typed (on one line).
    assert _unescape(escaped) == " ".join(payload.split())


def test_markdown_image_is_escaped_exactly() -> None:
    assert escape_markdown("![x](http://h/p.png)") == r"\!\[x\]\(http\://h/p\.png\)"


@given(st.text())
def test_escaping_never_loses_text(text: str) -> None:
    escaped = escape_markdown(text)
    assert "\n" not in escaped and "\r" not in escaped
    assert _unescape(escaped) == re.sub(r"[\r\n\u2028\u2029\x0b\x0c\x85]+", " ", text).strip()


@pytest.mark.parametrize(("cell", "expected"), [("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-1", "'-1"),
                                                ("@cmd", "'@cmd"), ("plain", "plain"), ("", "")])
def test_csv_safe(cell: str, expected: str) -> None:
    assert csv_safe(cell) == expected


def test_entries_to_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(entries_to_csv(ENTRIES))))

    assert [r["id"] for r in rows] == ["faq-sulfide", "table-layers", "faq-formula"]
    assert rows[0]["citation"] == f"Source: {SOURCE.citation()}"
    assert rows[1]["text"] == "| a | b |\n|---|---|\n| 1 | 2 |"
    assert rows[2]["title"] == "'=1+1" and rows[2]["text"] == "'-starts with a dash"


def test_entries_to_json() -> None:
    data = json.loads(entries_to_json(ENTRIES))

    assert [d["id"] for d in data] == ["faq-sulfide", "table-layers", "faq-formula"]
    assert data[0]["source"] == SOURCE.to_dict()
    assert data[0]["citation"] == f"Source: {SOURCE.citation()}"


def test_entries_to_markdown() -> None:
    md = entries_to_markdown(ENTRIES[:1])

    assert md.startswith("# Answer library\n")
    assert "## Why sulfides?" in md
    assert "- id: `faq-sulfide`" in md
    assert "Sulfides conduct **well**." in md  # our own Markdown is kept
    assert SOURCE.citation() in md


def test_empty_exports() -> None:
    assert entries_to_csv([]) == "id,kind,title,section,text,citation\n"
    assert json.loads(entries_to_json([])) == []
    assert entries_to_markdown([]) == "# Answer library\n"


def _answer(question: str, **changes: object) -> Answer:
    fields: dict[str, object] = {"question": question, "text": "Sulfides conduct **well**.", "found": True,
                                 "confidence": 0.9, "sources": (SOURCE,), "entry_ids": ("faq-sulfide",)}
    fields.update(changes)
    return Answer(**fields)  # type: ignore[arg-type]


def test_conversation_to_markdown() -> None:
    turns = [
        ("why sulfdes?", _answer("why sulfdes?", corrected_query="why sulfides?")),
        ("![x](http://attacker.example/p.png) <b>hi</b>",
         _answer("x", text="The guide does not cover that.", found=False, sources=(), entry_ids=())),
    ]

    md = conversation_to_markdown(turns, title="Solid-state battery advisor — conversation",
                                  exported_at=datetime(2025, 5, 1, 12, tzinfo=UTC))

    assert md.startswith("# Solid-state battery advisor — conversation\n\n_Exported 2025-05-01T12:00:00+00:00_")
    assert "## Question 1\n\n> why sulfdes?" in md
    assert "_Showing results for: why sulfides?_" in md
    assert "Sulfides conduct **well**." in md
    assert "_Source: " in md
    assert "The guide does not cover this question." in md
    # The user's payload is inert: no image, link or tag survives unescaped.
    assert "![" not in md and "](" not in md and "<b>" not in md
    assert r"\!\[x\]\(http\:" in md


def test_multiline_question_cannot_open_a_block() -> None:
    md = conversation_to_markdown([("hi\n# Heading\n```", _answer("hi"))])
    assert "\n# Heading" not in md and "\n```" not in md


def test_borderline_to_csv() -> None:
    rows = [BorderlineAnswer("coin cell dendrites", ("lithium-penetration",), 0.5974, 2, "2026-01-02T03:04:05+00:00"),
            BorderlineAnswer("=HYPERLINK(1)", ("a", "b"), 0.3, 1, "2026-01-01T00:00:00+00:00")]
    assert list(csv.reader(io.StringIO(borderline_to_csv(rows)))) == [
        ["question", "covered", "count", "last_seen", "entry_ids"],
        ["coin cell dendrites", "0.60", "2", "2026-01-02T03:04:05+00:00", "lithium-penetration"],
        ["'=HYPERLINK(1)", "0.30", "1", "2026-01-01T00:00:00+00:00", "a b"],
    ]
    assert borderline_to_csv([]) == "question,covered,count,last_seen,entry_ids\n"
