"""``advisor db`` (schema status and upgrade) and ``advisor data`` (purge, export) for staff.

The main CLI (:mod:`advisor.cli`) adds the parsers and calls :func:`run_store_command`.
Both act on the database ``--db`` names, else ``$ADVISOR_DB``, else ``data/advisor.sqlite3``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from advisor.store.database import EXPORTED_COLUMNS, Store
from advisor.store.export import csv_safe

__all__ = ["add_store_parsers", "run_store_command"]

_TABLES = tuple(EXPORTED_COLUMNS)
_DB_HELP = ("database: an SQLite file, sqlite:///path or postgresql://... "
            "(default: $ADVISOR_DB, else data/advisor.sqlite3)")


def add_store_parsers(subparsers: Any) -> None:
    """Add ``db`` and ``data`` to ``subparsers`` (from ``parser.add_subparsers()``)."""
    db = subparsers.add_parser("db", help="the database schema: status, upgrade",
                               description="Show or apply the numbered schema steps of the advisor's database.")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True, parser_class=type(db))
    for name, text in (("status", "which schema steps are applied and which are pending (changes nothing)"),
                       ("upgrade", "apply every pending schema step (the app also does this at start-up)")):
        action = db_sub.add_parser(name, help=text, description=text)
        action.add_argument("--db", metavar="LOCATION", default=None, help=_DB_HELP)

    data = subparsers.add_parser("data", help="what is stored about buyers: purge, export",
                                 description="Delete or export the questions, ratings, saved conversations and "
                                 "checklist runs the app keeps (docs/security.md).")
    data_sub = data.add_subparsers(dest="data_command", metavar="ACTION", required=True, parser_class=type(data))
    purge = data_sub.add_parser("purge", help="delete rows older than a number of days",
                                description="Delete questions, ratings, saved conversations and checklist runs last "
                                "written more than DAYS days ago. The running app does this by itself after "
                                "ADVISOR_RETENTION_DAYS (90).")
    purge.add_argument("--older-than", type=float, required=True, metavar="DAYS", help="age in days (0 or more)")
    purge.add_argument("--db", metavar="LOCATION", default=None, help=_DB_HELP)
    export = data_sub.add_parser("export", help="write what is stored as JSON or CSV",
                                 description="Write what is stored: JSON holds every table; CSV one table.")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--table", choices=_TABLES, default="questions", help="the table for CSV (default: questions)")
    export.add_argument("--output", "-o", type=Path, default=None, metavar="FILE",
                        help="file to write (default: stdout)")
    export.add_argument("--db", metavar="LOCATION", default=None, help=_DB_HELP)


def run_store_command(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``db ...`` or ``data ...``; a :class:`~advisor.errors.StorageError` reaches the caller."""
    store = Store(args.db)
    if args.command == "db":
        return _db(store, args.db_command, out)
    if args.data_command == "purge":
        if args.older_than < 0:
            print("advisor: --older-than must be 0 or more days", file=sys.stderr)
            return 2
        purged = store.purge_older_than(args.older_than)
        details = ", ".join(f"{count} {table.replace('_', ' ')}" for table, count in purged.to_dict().items())
        out.write(f"Deleted {purged.total} rows older than {args.older_than:g} days from {store.location.shown}: "
                  f"{details}.\n")
        return 0
    text = _export(store, args.format, args.table)
    if args.output is None:
        out.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        out.write(f"Wrote {args.output} ({args.format}).\n")
    return 0


def _db(store: Store, action: str, out: TextIO) -> int:
    if action == "upgrade":
        applied = store.upgrade()
        if not applied:
            out.write(f"{store.location.shown} is up to date (schema version {store.schema_status().current}).\n")
        for migration in applied:
            out.write(f"applied {migration.version}: {migration.name}\n")
        return 0
    status = store.schema_status()
    out.write(f"database: {status.location} ({status.dialect})\n")
    out.write(f"schema version: {status.current} (this advisor knows up to {status.latest})\n")
    for step in status.applied:
        out.write(f"  applied  {step.version}: {step.name}  {step.applied_at}\n")
    for pending in status.pending:
        out.write(f"  pending  {pending.version}: {pending.name}\n")
    if status.too_new:
        out.write("This database is newer than this advisor: run a newer release against it.\n")
        return 1
    if status.pending:
        out.write("Run 'advisor db upgrade' (or start the app) to apply the pending steps.\n")
    return 0


def _export(store: Store, fmt: str, table: str) -> str:
    rows = store.export_rows()
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    selected = rows[table]
    buffer = io.StringIO()
    columns = list(EXPORTED_COLUMNS[table])
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in selected:
        # What people typed may start with "=" or "+": defused so a spreadsheet shows it as text.
        writer.writerow([csv_safe(" ".join(v) if isinstance(v, list) else str(v if v is not None else ""))
                         for v in (row[c] for c in columns)])
    return buffer.getvalue()

