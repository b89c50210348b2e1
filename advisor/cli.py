"""The ``advisor`` command line: ask, chat, validate, eval, bench, checklist, db, data.

Every failure a user can cause (bad arguments, missing or broken files) ends in
a one-line message on stderr and a non-zero exit code, never a traceback:
2 for usage and unreadable input, 1 when the thing checked is wrong (invalid
knowledge, evaluation below its thresholds).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from advisor.answer import Answer
from advisor.errors import AdvisorError, KnowledgeError
from advisor.text import markdown_to_text

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_OUTPUT_NOTE = (
    "Answers are printed as plain text for people: no Markdown markers or escapes, tables as aligned "
    "columns. The output is the same whether or not it goes to a terminal, so what a pipe or a file gets "
    "is what was on screen; use --markdown (or --json for ask) when a program wants the Markdown itself."
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line (exit 2) instead of a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"advisor: {message} (see 'advisor --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="advisor", description="Answers questions from a guide's knowledge folder, and nothing else.")
    parser.add_argument("--knowledge", type=Path, default=None, metavar="DIR",
                        help="knowledge folder to use instead of the bundled one")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    ask = sub.add_parser("ask", help="answer one question", description=_OUTPUT_NOTE)
    ask.add_argument("question", help="the question, in quotes")
    ask_format = ask.add_mutually_exclusive_group()
    ask_format.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    ask_format.add_argument("--markdown", action="store_true", help="print the answer's Markdown as it is")

    chat = sub.add_parser("chat", help="interactive chat with follow-ups (type 'quit' to leave)",
                          description=_OUTPUT_NOTE)
    chat.add_argument("--markdown", action="store_true", help="print each answer's Markdown as it is")

    validate = sub.add_parser("validate", help="check the knowledge files; list every problem")
    validate.add_argument("directory", nargs="?", type=Path, default=None, metavar="DIR")
    validate.add_argument("--coverage", action="store_true",
                          help="also ask every entry's own questions and list misses and overlaps")

    evaluate = sub.add_parser("eval", help="grade the advisor on evaluation files")
    evaluate.add_argument("cases", type=Path, nargs="+", metavar="CASES.yaml")
    evaluate.add_argument("--sweep", metavar="NAME=V1,V2,...", default=None,
                          help="grade every file once per value of one scoring setting (advisor/retrieval/tuning.py)")
    evaluate.add_argument("--baselines", action="store_true",
                          help="grade plain BM25 and plain TF-IDF (top-1 over the same entries) side by side")
    evaluate.add_argument("--show-fails", action="store_true", help="print each failing case")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--min-accuracy", type=float, default=None, metavar="X",
                          help="exit 1 when overall, in-scope or out-of-scope accuracy is below X (0-1)")

    bench = sub.add_parser("bench", help="measure speed and memory on this machine")
    bench.add_argument("--quick", action="store_true", help="fewer repetitions, no 10,000-entry run")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--store", nargs="?", const="", default=None, metavar="LOCATION",
                       help="instead, measure questions recorded per second by the store at LOCATION "
                            "(an SQLite file or postgresql://...; default $ADVISOR_DB); its rows are removed after")

    from advisor.store.cli import add_store_parsers

    add_store_parsers(sub)

    try:
        from advisor.checklist.cli import add_checklist_parser
    except ImportError:  # the checklist ships in the same package; this only guards a partial checkout
        pass
    else:
        add_checklist_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help(out)
        return EXIT_USAGE
    try:
        return _dispatch(args, stdin or sys.stdin, out)
    except KnowledgeError as exc:
        if args.command == "validate":  # its job is to list every problem
            print(f"advisor: {exc}", file=sys.stderr)
            return EXIT_FAILED
        more = len(exc.problems) - 1
        hint = f" (and {more} more problem{'s' if more > 1 else ''}: run 'advisor validate')" if more > 0 else ""
        print(f"advisor: {exc.problems[0] if exc.problems else exc}{hint}", file=sys.stderr)
        return EXIT_USAGE
    except AdvisorError as exc:
        print(f"advisor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "advisor ... | head" closed the pipe: nothing left to say
        return EXIT_OK


def _dispatch(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.command in ("db", "data"):
        from advisor.store.cli import run_store_command

        return run_store_command(args, out)
    from advisor.core import Advisor

    if args.command == "validate":
        return _validate(args.directory or args.knowledge, args.coverage, out)
    if args.command == "bench" and args.store is not None:
        from advisor.quality.store_bench import run_store_bench

        return run_store_bench(args.store or None, seconds=2.0 if args.quick else 5.0, thread_counts=(1, 8),
                               as_json=args.json, out=out)
    if args.command == "bench":
        from advisor.quality.bench import run_bench

        return run_bench(quick=args.quick, as_json=args.json, out=out, knowledge_dir=args.knowledge)
    if args.command == "eval":
        missing = [str(p) for p in args.cases if not p.is_file()]
        if missing:
            print(f"advisor: evaluation file not found: {', '.join(missing)}", file=sys.stderr)
            return EXIT_USAGE
        if args.sweep is not None:
            return _sweep(args, out)
        if args.baselines:
            return _baselines(args, out)
    advisor = Advisor(args.knowledge)
    if args.command == "ask":
        answer = advisor.ask(args.question)
        out.write(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) + "\n" if args.json
                  else render_answer(answer, markdown=args.markdown))
        return EXIT_OK
    if args.command == "chat":
        return _chat(advisor, stdin, out, markdown=args.markdown)
    if args.command == "eval":
        return _eval(advisor, args, out)
    if args.command == "checklist":
        from advisor.checklist.cli import run_checklist

        return run_checklist(args, advisor.require_checklist_spec())
    raise AssertionError(f"unhandled command {args.command}")


def render_answer(answer: Answer, *, markdown: bool = False) -> str:
    """An answer as terminal text: notices, the answer, suggestions.

    The answer is plain text (:func:`markdown_to_text`) unless ``markdown`` asks for its Markdown.
    """
    lines: list[str] = []
    if answer.notice:
        lines.append(f"({answer.notice})")
    if answer.corrected_query:
        lines.append(f"(showing results for: {answer.corrected_query})")
    lines.append(answer.text if markdown else markdown_to_text(answer.text))
    if answer.suggestions:
        lines.append("\nYou could also ask:")
        lines.extend(f"  - {s}" for s in answer.suggestions)
    return "\n".join(lines) + "\n"


def _chat(advisor: object, stdin: TextIO, out: TextIO, *, markdown: bool = False) -> int:
    from advisor.core import Advisor

    assert isinstance(advisor, Advisor)
    conversation = advisor.conversation()
    interactive = stdin.isatty()
    if interactive:
        out.write(f"Ask about “{advisor.knowledge.guide.title}” ('quit' to leave).\n")
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        line = stdin.readline()
        if not line:
            return EXIT_OK
        question = line.strip()
        if question.lower() in {"quit", "exit", "q", ":q"}:
            return EXIT_OK
        if question:
            out.write(render_answer(conversation.ask(question), markdown=markdown) + "\n")
            out.flush()


def _validate(directory: Path | None, coverage: bool, out: TextIO) -> int:
    from advisor.core import Advisor
    from advisor.knowledge.loader import bundled_knowledge_dir

    advisor = Advisor(directory)  # raises KnowledgeError listing every problem
    where = directory or bundled_knowledge_dir()
    entries = advisor.knowledge.entries
    out.write(f"ok: {where} — {len(entries)} entries ({len(advisor.knowledge.tables)} tables expanded), "
              f"{len(advisor.knowledge.synonyms)} synonyms\n")
    if not coverage:
        return EXIT_OK
    from advisor.quality.coverage import check_coverage

    report = check_coverage(advisor)
    out.write(report.to_text())
    return EXIT_OK


def _eval(advisor: object, args: argparse.Namespace, out: TextIO) -> int:
    from advisor.core import Advisor
    from advisor.quality.evaluation import evaluate, load_cases

    assert isinstance(advisor, Advisor)
    status = EXIT_OK
    for path in args.cases:
        report = evaluate(advisor, load_cases(path))
        if args.json:
            out.write(json.dumps({"file": str(path), **report.to_dict()}, ensure_ascii=False, indent=2) + "\n")
        else:
            if len(args.cases) > 1:
                out.write(f"== {path}\n")
            if args.show_fails:
                for result in report.failures:
                    turns = " → ".join(result.case.turns)
                    out.write(f"FAIL [{result.case.tag}] {turns!r}: {result.why}\n")
                    out.write("     " + result.answer.text[:300].replace("\n", " ") + "\n")
            out.write(report.summary() + "\n")
        lowest = min(report.overall, report.in_scope, report.out_of_scope)
        if args.min_accuracy is not None and lowest < args.min_accuracy:
            status = EXIT_FAILED
    return status


def _baselines(args: argparse.Namespace, out: TextIO) -> int:
    from advisor.core import Advisor
    from advisor.quality.baselines import baseline_reports, baselines_table

    advisor = Advisor(args.knowledge)
    reports = {path.name: baseline_reports(advisor, path) for path in args.cases}
    if args.json:
        out.write(json.dumps({f: {s: r.to_dict() for s, r in by.items()} for f, by in reports.items()},
                             ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(baselines_table(reports) + "\n")
    return EXIT_OK


def _sweep(args: argparse.Namespace, out: TextIO) -> int:
    from advisor.quality.evaluation import sweep, sweep_table

    name, _, raw = args.sweep.partition("=")
    try:
        values = [float(v) for v in raw.split(",") if v.strip()]
        if not name or not values:
            raise ValueError("expected NAME=V1,V2,...")
        rows = sweep(args.knowledge, list(args.cases), name.strip(), values)
    except ValueError as exc:
        print(f"advisor: --sweep: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        out.write(json.dumps([r.to_dict() for r in rows], indent=2) + "\n")
    else:
        out.write(sweep_table(rows) + "\n")
    return EXIT_OK
