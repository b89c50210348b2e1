"""Load and validate the knowledge base (``knowledge/``) into immutable entries.

Tables are expanded here into whole-table, row and cell entries so that the
index treats every answerable unit the same way. Validation collects every
problem (file, line, field) before raising one :class:`KnowledgeError`, so a
broken edit never produces a half-loaded advisor.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from .answer import Source
from .errors import KnowledgeError, Problem
from .fields import FieldReader
from .text import normalise
from .yamlfile import LineMap, PathKey, load_yaml

ENTRY_KINDS = ("faq", "section", "checklist")
TABLE_KINDS = ("table", "source", "product")
MIN_QUESTIONS = 3
_ENTRY_REQUIRED = ("id", "kind", "title", "section", "answer", "questions")
_ENTRY_FIELDS = (*_ENTRY_REQUIRED, "keywords", "related")


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


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything loaded from one knowledge folder; immutable once built."""

    directory: Path
    entries: tuple[Entry, ...]
    tables: tuple[Table, ...]
    synonyms: tuple[tuple[str, str], ...]
    not_covered: tuple[ScopeRule, ...] = ()

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries_by_id.get(entry_id)

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)

    @cached_property
    def entries_by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}


def bundled_knowledge_dir() -> Path:
    """The knowledge shipped with the package (wheel) or, in a checkout, the repo's folder."""
    packaged = Path(str(resources.files("advisor") / "_knowledge"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "knowledge"


# --------------------------------------------------------------------------- loading


def load_knowledge(directory: Path | str | None = None) -> KnowledgeBase:
    """Load and validate a knowledge folder; raise :class:`KnowledgeError` with every problem."""
    root = Path(directory) if directory is not None else bundled_knowledge_dir()
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), None, "(folder)", "knowledge folder not found or not a folder")])
    problems: list[Problem] = []
    entries: list[Entry] = []
    tables: list[Table] = []
    where: dict[str, Problem] = {}  # id -> where it was first defined, for duplicate messages

    entry_files = sorted((root / "entries").glob("*.yaml")) if (root / "entries").is_dir() else []
    table_files = sorted((root / "tables").glob("*.yaml")) if (root / "tables").is_dir() else []
    if not entry_files and not table_files:
        problems.append(Problem(str(root), None, "(folder)", "no entries/*.yaml or tables/*.yaml files found"))

    for path in entry_files:
        data, lines = _read(path, root, problems)
        if lines is not None:
            entries.extend(_entries_from_file(data, _reader(lines, problems), where))
    for path in table_files:
        data, lines = _read(path, root, problems)
        if lines is not None:
            table = _table_from_file(data, _reader(lines, problems), where)
            if table is not None:
                tables.append(table)
                entries.extend(expand_table(table))

    synonyms: list[tuple[str, str]] = []
    synonyms_path = root / "synonyms.yaml"
    if synonyms_path.exists():
        data, lines = _read(synonyms_path, root, problems)
        if lines is not None:
            synonyms = _synonyms_from_file(data, _reader(lines, problems))

    not_covered: list[ScopeRule] = []
    scope_path = root / "scope.yaml"
    if scope_path.exists():
        data, lines = _read(scope_path, root, problems)
        if lines is not None:
            not_covered = _scope_from_file(data, _reader(lines, problems), entries)

    # Ids of entries that failed validation still count as defined: their own problems are reported.
    known = {e.id for e in entries} | set(where)
    for entry in entries:
        for ref in entry.related:
            if ref not in known:
                origin = where.get(entry.id)
                problems.append(Problem(origin.file if origin else "?", origin.line if origin else None,
                                        f"{origin.field if origin else entry.id}.related",
                                        f"refers to unknown entry id '{ref}'"))
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(root, tuple(entries), tuple(tables), tuple(synonyms), tuple(not_covered))


def _read(path: Path, root: Path, problems: list[Problem]) -> tuple[Any, LineMap | None]:
    try:
        return load_yaml(path, str(path.relative_to(root.parent)) if root.parent != path else path.name)
    except KnowledgeError as exc:
        problems.extend(exc.problems)
        return None, None


def _reader(lines: LineMap, problems: list[Problem]) -> FieldReader:
    # Knowledge answers are Markdown, so line breaks are kept; "title: 2024" is text.
    return FieldReader(lines, problems, numbers_as_text=True)


def _claim_id(entry_id: str, path: PathKey, check: FieldReader, where: dict[str, Problem]) -> None:
    here = check.lines.problem((*path, "id"), "")
    if entry_id in where:
        first = where[entry_id]
        check.add((*path, "id"), f"duplicate id '{entry_id}' (first defined at {first.file}:{first.line})")
    else:
        where[entry_id] = Problem(here.file, here.line, here.field.rsplit(".", 1)[0], "")


def _items(check: FieldReader, obj: dict[str, Any], path: PathKey, key: str, *,
           non_empty: bool = True) -> Iterator[tuple[PathKey, Any]]:
    """Each item of the list under ``key`` with its path; a missing (or, if ``non_empty``, empty) list is reported."""
    items = obj.get(key)
    if not isinstance(items, list) or (non_empty and not items):
        check.add((*path, key) if key in obj else path,
                  f"needs a {'non-empty ' if non_empty else ''}list under '{key}:'")
        return
    for i, item in enumerate(items):
        yield (*path, key, i), item


def _entries_from_file(data: Any, check: FieldReader, where: dict[str, Problem]) -> Iterator[Entry]:
    top = check.mapping(data, (), what="the file")
    if top is None:
        return
    for path, item in _items(check, top, (), "entries", non_empty=False):
        before = len(check.problems)
        obj = check.mapping(item, path, what="an entry", allowed=_ENTRY_FIELDS, required=_ENTRY_REQUIRED)
        if obj is None:
            continue
        entry_id = check.ident(obj, path)
        kind = check.choice(obj, path, "kind", ENTRY_KINDS)
        title = check.text(obj, path, "title")
        section = check.text(obj, path, "section")
        answer = check.text(obj, path, "answer")
        questions = check.text_list(obj, path, "questions", min_items=MIN_QUESTIONS)
        keywords = check.text_list(obj, path, "keywords")
        related = check.text_list(obj, path, "related")
        if entry_id:
            _claim_id(entry_id, path, check, where)
        if len(check.problems) == before:
            yield Entry(entry_id, kind, title, section, answer, questions, keywords, related)


def _table_from_file(data: Any, check: FieldReader, where: dict[str, Problem]) -> Table | None:
    before = len(check.problems)
    top = check.mapping(data, (), what="the file")
    if top is None:
        return None
    if "table" not in top:
        check.add((), "needs a mapping under 'table:'")
        return None
    path: PathKey = ("table",)
    obj = check.mapping(top["table"], path, what="'table'",
                        required=("id", "kind", "title", "section", "row_header", "questions"))
    if obj is None:
        return None
    table_id = check.ident(obj, path)
    kind = check.choice(obj, path, "kind", TABLE_KINDS)
    title = check.text(obj, path, "title")
    section = check.text(obj, path, "section")
    intro = check.text(obj, path, "intro", allow_empty=True)
    row_header = check.text(obj, path, "row_header")
    questions = check.text_list(obj, path, "questions", min_items=MIN_QUESTIONS)
    columns: list[Column] = []
    for cpath, raw in _items(check, obj, path, "columns"):
        col = check.mapping(raw, cpath, what="a column", required=("id", "name", "questions"))
        if col is None:
            continue
        cid = check.ident(col, cpath)
        name = check.text(col, cpath, "name")
        cquestions = check.text_list(col, cpath, "questions", min_items=MIN_QUESTIONS)
        for j, q in enumerate(cquestions):
            if "{row}" not in q:
                check.add((*cpath, "questions", j), "must contain {row}, where the row's name goes")
        if cid in {c.id for c in columns}:
            check.add((*cpath, "id"), f"duplicate column id '{cid}'")
        columns.append(Column(cid, name, cquestions))
    column_ids = {c.id for c in columns}
    rows: list[Row] = []
    for rpath, raw in _items(check, obj, path, "rows"):
        row = check.mapping(raw, rpath, what="a row", required=("id", "name", "aliases"))
        if row is None:
            continue
        rid = check.ident(row, rpath)
        name = check.text(row, rpath, "name")
        aliases = check.text_list(row, rpath, "aliases", min_items=1)
        cells: dict[str, str] = {}
        raw_cells = check.mapping(row.get("cells"), (*rpath, "cells"), what="'cells'")
        if raw_cells is not None:
            for key in raw_cells:
                if key not in column_ids:
                    check.add((*rpath, "cells", key),
                              f"unknown column id '{key}' (columns are: {', '.join(column_ids)})")
                elif cell := check.text(raw_cells, (*rpath, "cells"), key):
                    cells[key] = cell
            for missing in [c for c in column_ids if c not in raw_cells]:
                check.add((*rpath, "cells"), f"missing a cell for column '{missing}'")
        if rid in {r.id for r in rows}:
            check.add((*rpath, "id"), f"duplicate row id '{rid}'")
        rows.append(Row(rid, name, aliases, cells))
    if table_id:
        _claim_id(table_id, path, check, where)
    if len(check.problems) != before:
        return None
    return Table(table_id, kind, title, section, intro, row_header, questions, tuple(columns), tuple(rows))


def _synonyms_from_file(data: Any, check: FieldReader) -> list[tuple[str, str]]:
    top = check.mapping(data, (), what="the file")
    if top is None:
        return []
    raw = check.mapping(top.get("synonyms"), ("synonyms",), what="'synonyms'")
    out: list[tuple[str, str]] = []
    for key, value in (raw or {}).items():
        if not isinstance(value, str) or not value.strip():
            check.add(("synonyms", key), "must be non-empty text (the guide's words for it)")
        elif not str(key).strip():
            check.add(("synonyms",), "has an empty key")
        else:
            out.append((str(key), value.strip()))
    return out


def _scope_from_file(data: Any, check: FieldReader, entries: list[Entry]) -> list[ScopeRule]:
    top = check.mapping(data, (), what="the file")
    if top is None:
        return []
    # Whole-word search text of everything the knowledge says, to refuse terms it does cover.
    said = " " + " ".join(normalise(f"{e.title} {e.answer} {' '.join(e.questions)}") for e in entries) + " "
    rules: list[ScopeRule] = []
    for path, item in _items(check, top, (), "not_covered", non_empty=False):
        obj = check.mapping(item, path, what="a topic", required=("topic", "message", "terms"))
        if obj is None:
            continue
        topic = check.text(obj, path, "topic")
        message = check.text(obj, path, "message")
        terms = check.text_list(obj, path, "terms", min_items=1)
        for j, term in enumerate(terms):
            if f" {normalise(term)} " in said:
                check.add((*path, "terms", j), f"'{term}' is used by the knowledge entries, so the guide does "
                          "cover it: remove it here")
        rules.append(ScopeRule(topic, message, terms))
    return rules


# --------------------------------------------------------------------------- tables -> entries


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
