"""``advisor checklist``: the supplier checklist on the command line.

Interactive by default (numbered options; a number or the supplier's words;
``skip``, ``back``, ``report``, ``quit``), or ``--from FILE`` to print a report
pre-filled from a supplier's text without asking anything. The main CLI
(:mod:`advisor.cli`) adds the parser and calls :func:`run_checklist`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from advisor.checklist.prefill import MAX_PREFILL_CHARS, prefill
from advisor.checklist.report import find_subject
from advisor.checklist.spec import ChecklistSpec
from advisor.checklist.walkthrough import Checklist
from advisor.text import markdown_to_text, normalise

__all__ = ["add_checklist_parser", "run_checklist"]

#: Read a little past the pre-fill cap so the report can say the text was cut.
_MAX_READ_CHARS = MAX_PREFILL_CHARS + 1
_COMMANDS = "Type a number or the supplier's words; or skip, back, report, quit."


def add_checklist_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``checklist`` sub-command to ``subparsers`` (from ``parser.add_subparsers()``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "checklist",
        help="walk through the supplier checklist, or pre-fill it from a supplier's text",
        description="Walk through the guide's supplier checklist and get a report to send on. "
        "With --from FILE, read a supplier's datasheet or marketing text and print a pre-filled report.",
    )
    parser.add_argument("--from", dest="from_file", metavar="FILE",
                        help="supplier text to pre-fill from ('-' reads standard input); prints a report, no prompts")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", dest="output", action="store_const", const="json",
                        help="print the report as JSON")
    output.add_argument("--markdown", dest="output", action="store_const", const="markdown",
                        help="print the report as Markdown (default: plain text for people, also in a pipe)")
    parser.set_defaults(output=None)
    return parser


def run_checklist(
    args: argparse.Namespace,
    spec: ChecklistSpec,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the sub-command; return the exit code (0 fine, 2 unreadable input)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    source = getattr(args, "from_file", None)
    output = getattr(args, "output", None) or "text"
    if source is None:
        return _interactive(Checklist(spec), stdin, stdout, output=output)
    try:
        text = stdin.read(_MAX_READ_CHARS) if source == "-" else _read(Path(source))
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"advisor checklist: cannot read {source}: {reason}", file=stderr)
        return 2
    checklist = Checklist.from_prefill(spec, prefill(spec, text))
    named = find_subject(text)  # the report names the supplier and product the text names
    checklist.describe(supplier=named.supplier or None, product=named.product or None)
    _print_report(checklist, stdout, output=output)
    return 0


def _read(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        return handle.read(_MAX_READ_CHARS)


def _print_report(checklist: Checklist, stdout: TextIO, *, output: str) -> None:
    report = checklist.report()
    if output == "json":
        stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif output == "markdown":
        stdout.write(report.to_markdown())
    else:
        stdout.write(markdown_to_text(report.to_markdown()))


def _interactive(checklist: Checklist, stdin: TextIO, stdout: TextIO, *, output: str) -> int:
    spec = checklist.spec
    stdout.write(f"{spec.title}\n{spec.intro}\n{_COMMANDS}\n")
    while not checklist.done:
        stdout.write("\n" + checklist.prompt() + "\n> ")
        stdout.flush()
        line = stdin.readline()
        if not line:  # end of input: keep what was recorded and show it
            stdout.write("\n")
            break
        command = normalise(line)
        if command in ("quit", "exit", "q"):
            progress = checklist.progress
            stdout.write(f"Stopped with {progress.answered} of {progress.total} steps answered. "
                         "The report so far:\n\n")
            break
        if command == "back":
            checklist.back()
            continue
        if command == "report":
            _print_report(checklist, stdout, output=output)
            continue
        if command == "help" or line.strip() == "?":
            stdout.write(_COMMANDS + "\n")
            continue
        reply = checklist.skip() if command == "skip" else checklist.answer(line)
        stdout.write(reply.message + "\n")
    if checklist.done:
        stdout.write("\nAll steps done. Your report:\n\n")
    _print_report(checklist, stdout, output=output)
    return 0
