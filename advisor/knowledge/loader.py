"""Load and validate a knowledge folder (YAML files) into a :class:`KnowledgeBase`.

Validation collects every problem (file, line, field) before raising one
KnowledgeError, so a broken edit never produces a half-loaded advisor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from advisor.errors import KnowledgeError, Problem
from advisor.knowledge.fields import FieldReader, describe_kind
from advisor.knowledge.model import Column, Entry, GuideInfo, KnowledgeBase, Row, ScopeRule, Table, expand_table
from advisor.knowledge.yamlfile import LineMap, PathKey, load_yaml
from advisor.text import normalise

ENTRY_KINDS = ("faq", "section", "checklist")
TABLE_KINDS = ("table", "source", "product")
MIN_QUESTIONS = 3
_ENTRY_REQUIRED = ("id", "kind", "title", "section", "answer", "questions")
_ENTRY_FIELDS = (*_ENTRY_REQUIRED, "keywords", "related")


T = TypeVar("T")


def bundled_knowledge_dir() -> Path:
    """The knowledge shipped with the package (wheel) or, in a checkout, the repo's folder."""
    packaged = Path(str(resources.files("advisor") / "_knowledge"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "knowledge"


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
        entries.extend(_parse(path, root, problems, lambda data, check: _entries_from_file(data, check, where)) or ())
    for path in table_files:
        table = _parse(path, root, problems, lambda data, check: _table_from_file(data, check, where))
        if table is not None:
            tables.append(table)
            entries.extend(expand_table(table))
    # The optional files: each read the same way, when present.
    synonyms, question_synonyms, broader = _parse(root / "synonyms.yaml", root, problems,
                                                  _word_relations_from_file) or ([], [], [])
    not_covered = _parse(root / "scope.yaml", root, problems,
                         lambda data, check: _scope_from_file(data, check, entries)) or []
    guide = _parse(root / "guide.yaml", root, problems, _guide_from_file) or _default_guide(root, entries)

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
    return KnowledgeBase(root, tuple(entries), tuple(tables), tuple(synonyms), tuple(not_covered), guide,
                         broader=tuple(broader), question_synonyms=tuple(question_synonyms))


_GUIDE_REQUIRED = ("title", "covered_topics", "starter_questions")
_GUIDE_FIELDS = (*_GUIDE_REQUIRED, "name", "greeting")


def _guide_from_file(data: Any, check: FieldReader) -> GuideInfo | None:
    if not isinstance(data, dict) or "guide" not in data:
        check.add((), "guide.yaml must have a top-level 'guide:' block")
        return None
    obj = check.mapping(data["guide"], ("guide",), what="the guide", allowed=_GUIDE_FIELDS, required=_GUIDE_REQUIRED)
    if obj is None:
        return None
    path = ("guide",)
    title = check.text(obj, path, "title")
    name = check.text(obj, path, "name") or f"{title} — advisor"
    greeting = check.text(obj, path, "greeting") or f"Hello! I answer questions from the guide “{title}”."
    topics = check.text_list(obj, path, "covered_topics", min_items=1)
    starters = check.text_list(obj, path, "starter_questions", min_items=1)
    return GuideInfo(title, name, greeting, topics, starters)


def _default_guide(root: Path, entries: list[Entry]) -> GuideInfo:
    """Without guide.yaml, everything the advisor says about its guide comes from the entries:
    the section names as topics and the first FAQ titles (or first phrasings) as starters."""
    title = root.name
    sections = list(dict.fromkeys(e.section for e in entries if e.section))
    faqs = [e.title for e in entries if e.kind == "faq"] or [e.questions[0] for e in entries if e.questions]
    return GuideInfo(title, f"{title} — advisor", f"Hello! I answer questions from the guide “{title}”.",
                     tuple(sections[:7]), tuple(faqs[:5]))


def _parse(path: Path, root: Path, problems: list[Problem], parse: Callable[[Any, FieldReader], T]) -> T | None:
    """``parse`` applied to one YAML file of the folder; None when the file is absent or unreadable
    (its problems are added to ``problems``)."""
    if not path.exists():
        return None
    data, lines = _read(path, root, problems)
    return parse(data, _reader(lines, problems)) if lines is not None else None


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
    columns = _columns(check, obj, path)
    rows = _rows(check, obj, path, {c.id for c in columns})
    table = Table(table_id, check.choice(obj, path, "kind", TABLE_KINDS), check.text(obj, path, "title"),
                  check.text(obj, path, "section"), check.text(obj, path, "intro", allow_empty=True),
                  check.text(obj, path, "row_header"), check.text_list(obj, path, "questions", min_items=MIN_QUESTIONS),
                  tuple(columns), tuple(rows))
    if table_id:
        _claim_id(table_id, path, check, where)
    return table if len(check.problems) == before else None


def _columns(check: FieldReader, obj: dict[str, Any], path: PathKey) -> list[Column]:
    columns: list[Column] = []
    for cpath, raw in _items(check, obj, path, "columns"):
        col = check.mapping(raw, cpath, what="a column", required=("id", "name", "questions"))
        if col is None:
            continue
        cid = check.ident(col, cpath)
        questions = check.text_list(col, cpath, "questions", min_items=MIN_QUESTIONS)
        for j, q in enumerate(questions):
            if "{row}" not in q:
                check.add((*cpath, "questions", j), "must contain {row}, where the row's name goes")
        if cid in {c.id for c in columns}:
            check.add((*cpath, "id"), f"duplicate column id '{cid}'")
        columns.append(Column(cid, check.text(col, cpath, "name"), questions))
    return columns


def _rows(check: FieldReader, obj: dict[str, Any], path: PathKey, column_ids: set[str]) -> list[Row]:
    rows: list[Row] = []
    for rpath, raw in _items(check, obj, path, "rows"):
        row = check.mapping(raw, rpath, what="a row", required=("id", "name", "aliases"))
        if row is None:
            continue
        rid = check.ident(row, rpath)
        if rid in {r.id for r in rows}:
            check.add((*rpath, "id"), f"duplicate row id '{rid}'")
        rows.append(Row(rid, check.text(row, rpath, "name"), check.text_list(row, rpath, "aliases", min_items=1),
                        _cells(check, row, rpath, column_ids)))
    return rows


def _cells(check: FieldReader, row: dict[str, Any], rpath: PathKey, column_ids: set[str]) -> dict[str, str]:
    cells: dict[str, str] = {}
    raw_cells = check.mapping(row.get("cells"), (*rpath, "cells"), what="'cells'")
    if raw_cells is None:
        return cells
    for key in raw_cells:
        if key not in column_ids:
            check.add((*rpath, "cells", key), f"unknown column id '{key}' (columns are: {', '.join(column_ids)})")
        elif cell := check.text(raw_cells, (*rpath, "cells"), key):
            cells[key] = cell
    for missing in [c for c in column_ids if c not in raw_cells]:
        check.add((*rpath, "cells"), f"missing a cell for column '{missing}'")
    return cells


WordPairs = list[tuple[str, str]]


def _word_relations_from_file(data: Any, check: FieldReader) -> tuple[WordPairs, WordPairs, WordPairs]:
    """synonyms.yaml: its ``synonyms`` (required), its optional ``in_questions`` (everyday phrases read
    only in questions) and its optional ``broader`` words."""
    top = check.mapping(data, (), what="the file")
    if top is None:
        return [], [], []
    in_questions = _synonyms_from(top, check, "in_questions") if top.get("in_questions") is not None else []
    return _synonyms_from(top, check, "synonyms"), in_questions, _broader_from(top, check)


def _synonyms_from(top: dict[str, Any], check: FieldReader, field: str) -> list[tuple[str, str]]:
    raw = check.mapping(top.get(field), (field,), what=f"'{field}'")
    out: list[tuple[str, str]] = []
    for key, value in (raw or {}).items():
        if not isinstance(value, str) or not value.strip():
            check.add((field, key), "must be non-empty text (the guide's words for it)")
        elif not str(key).strip():
            check.add((field,), "has an empty key")
        else:
            out.append((str(key), value.strip()))
    return out


def _broader_from(top: dict[str, Any], check: FieldReader) -> list[tuple[str, str]]:
    if top.get("broader") is None:
        return []
    raw = check.mapping(top.get("broader"), ("broader",), what="'broader'")
    out: list[tuple[str, str]] = []
    for key, value in (raw or {}).items():
        narrow = str(key).strip().lower()
        if not isinstance(value, str) or len(value.split()) != 1:
            check.add(("broader", key), "must be one word (the broader term, e.g. anode: electrode)")
        elif len(narrow.split()) != 1:
            check.add(("broader", key), "must be one word (the narrower term)")
        else:
            out.append((narrow, value.strip().lower()))
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
        setting = obj.get("setting", False)
        if not isinstance(setting, bool):
            check.add((*path, "setting"), f"must be true or false, got {describe_kind(setting)}")
        rules.append(ScopeRule(topic, message, terms, setting is True))
    return rules


# --------------------------------------------------------------------------- tables -> entries

