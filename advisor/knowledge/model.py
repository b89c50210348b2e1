"""The knowledge base as immutable data: entries, tables (rows, columns), scope rules.

Tables are expanded here into whole-table, row and cell entries so that the
index treats every answerable unit the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from advisor.answer import Source
from advisor.text import normalise


@dataclass(frozen=True)
class Entry:
    """One answerable unit: a free-text entry, or a table, table row or table cell."""

    id: str
    kind: str
    title: str
    section: str
    answer: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    table_id: str | None = None
    row_id: str | None = None
    column_id: str | None = None

    @property
    def source(self) -> Source:
        return Source(id=self.id, title=self.title, kind=self.kind, section=self.section)


@dataclass(frozen=True)
class Column:
    id: str
    name: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    aliases: tuple[str, ...]
    cells: dict[str, str] = field(hash=False)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Table:
    id: str
    kind: str
    title: str
    section: str
    intro: str
    row_header: str
    questions: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def row(self, row_id: str) -> Row:
        return next(r for r in self.rows if r.id == row_id)

    def column(self, column_id: str) -> Column:
        return next(c for c in self.columns if c.id == column_id)


@dataclass(frozen=True)
class ScopeRule:
    """A topic the guide does not cover, and the words that name it."""

    topic: str
    message: str
    terms: tuple[str, ...]
    #: The terms name where people meet the guide's subject (a device holding such a battery): one in a
    #: phrase giving a question's setting ("compared to my phone battery") does not decline it.
    setting: bool = False


@dataclass(frozen=True)
class GuideInfo:
    """What the advisor says about its guide as a whole (``guide.yaml``): no sentence about
    the guide's subject lives in Python, so another knowledge folder serves another guide."""

    #: The guide's title, as cited.
    title: str
    #: The advisor's own name: the app's title and the heading of exports.
    name: str
    #: The reply to a greeting or thanks.
    greeting: str
    #: "I can help with:" topics offered when a question is not covered.
    covered_topics: tuple[str, ...]
    #: Questions offered on an empty chat; each must be answered by the knowledge.
    starter_questions: tuple[str, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything loaded from one knowledge folder; immutable once built."""

    directory: Path
    entries: tuple[Entry, ...]
    tables: tuple[Table, ...]
    synonyms: tuple[tuple[str, str], ...]
    not_covered: tuple[ScopeRule, ...]
    guide: GuideInfo
    #: (narrower word, broader word) pairs from synonyms.yaml's ``broader``: a text naming the anode
    #: speaks of an electrode, so it accounts for a question's "electrode".
    broader: tuple[tuple[str, str], ...] = ()
    #: (everyday phrase, the guide's words) pairs from synonyms.yaml's ``in_questions``: read in questions
    #: only, never written into the knowledge's own text ("gaps" opening in a cell are voids, but the
    #: guide's "open gaps" is no passage about voids), and their words are known only inside the phrase.
    question_synonyms: tuple[tuple[str, str], ...] = ()

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries_by_id.get(entry_id)

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)

    @cached_property
    def entries_by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    def rows_titled(self, entry: Entry) -> frozenset[tuple[str, str]]:
        """The table rows (table id, row id) an entry's title names by a name of theirs ("Polymer solid electrolytes"
        names the polymer row)."""
        return self._rows_titled_by_id.get(entry.id, frozenset())

    @cached_property
    def _rows_titled_by_id(self) -> dict[str, frozenset[tuple[str, str]]]:
        # Worked out once: answers ask it of many entries each (a passage going on, a row's own passage).
        names = [(t.id, r.id, f" {normalise(n)} ") for t in self.tables for r in t.rows for n in r.names]
        titled = {}
        for entry in self.entries:
            title = f" {normalise(entry.title)} "
            titled[entry.id] = frozenset((table, row) for table, row, name in names if name in title)
        return titled


def expand_table(table: Table) -> list[Entry]:
    """One entry for the table, one per row, one per cell; answers are composed later."""
    entries = [
        Entry(table.id, table.kind, table.title, table.section, render_table(table, table.rows), table.questions,
              table_id=table.id)
    ]
    for row in table.rows:
        row_questions = tuple(
            q for name in row.names for q in (name, f"tell me about {name}", f"{name} overview")
        )
        entries.append(
            Entry(f"{table.id}/{row.id}", table.kind, f"{table.title}: {row.name}", table.section,
                  render_row(table, row), row_questions, keywords=row.aliases, table_id=table.id, row_id=row.id)
        )
        for column in table.columns:
            # The cell's own words are a phrasing too: "polymer conductivity" should find the
            # polymer cell that mentions conductivity, whatever template people ask with.
            cell_questions = (
                *(template.replace("{row}", name) for template in column.questions for name in row.names),
                f"{row.name} {row.cells[column.id]}",
            )
            entries.append(
                Entry(f"{table.id}/{row.id}/{column.id}", table.kind, f"{table.title}: {row.name} — {column.name}",
                      table.section, row.cells[column.id], cell_questions, table_id=table.id, row_id=row.id,
                      column_id=column.id)
            )
    return entries


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(table: Table, rows: tuple[Row, ...] | list[Row], columns: tuple[Column, ...] | None = None) -> str:
    """A Markdown table of the given rows (and columns), headed as in the guide."""
    cols = columns if columns is not None else table.columns
    header = "| " + " | ".join(_cell(x) for x in (table.row_header, *(c.name for c in cols))) + " |"
    rule = "|" + "---|" * (len(cols) + 1)
    body = ["| " + " | ".join(_cell(x) for x in (r.name, *(r.cells[c.id] for c in cols))) + " |" for r in rows]
    return "\n".join([header, rule, *body])


def render_row(table: Table, row: Row) -> str:
    """A row as a bullet list: "- **Column:** cell"."""
    return "\n".join(f"- **{c.name}:** {row.cells[c.id]}" for c in table.columns)

