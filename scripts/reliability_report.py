"""Run the reliability suite and print the Markdown table for docs/reliability.md.

    .venv/bin/python scripts/reliability_report.py            # everything (about 6 minutes on 2 cores)
    .venv/bin/python scripts/reliability_report.py --no-browser  # library, storage and input only

The tests in tests/reliability record what they measured (one JSON line each) in the
file named by RELIABILITY_RESULTS; this script runs them, then turns those lines into
the table. It exits non-zero when any test failed, so a table is only printed for a
run that held.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_suite(browser: bool) -> tuple[int, list[dict[str, object]], str]:
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "results.jsonl"
        command = [sys.executable, "-m", "pytest", "tests/reliability", "-q", "-p", "no:cacheprovider"]
        if not browser:
            command += ["-m", "not browser"]
        env = {**os.environ, "RELIABILITY_RESULTS": str(results)}
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=1800)
        rows = [json.loads(line) for line in results.read_text().splitlines()] if results.exists() else []
    lines = done.stdout.strip().splitlines()
    summary = lines[-1] if lines else done.stderr[-500:]
    failed = [line for line in lines if line.startswith(("FAILED", "ERROR"))]
    return done.returncode, rows, "\n".join([*failed, summary])


def table(rows: list[dict[str, object]], summary: str) -> str:
    def of(name: str) -> list[dict[str, object]]:
        return [r for r in rows if r["name"] == name]

    out = ["| Area | What was tried | What held |", "|---|---|---|"]
    for r in of("library_threads"):
        out.append(f"| Library, {r['threads']} thread(s) | {r['questions']} questions on one shared `Advisor` | "
                   f"answers identical to a serial run; **{r['qps']} questions/s** |")
    for r in of("app_load"):
        out.append(f"| App under load | {r['sessions']} Chromium sessions at once, {r['questions']} questions, "
                   f"{r['feedback_clicks']} thumbs clicked | all {r['answered']} answered in their own session "
                   f"only; {r['question_rows']} question rows and {r['feedback_rows']} feedback rows stored; "
                   f"submit-to-answer **p50 {r['p50_s']} s, p95 {r['p95_s']} s** (max {r['max_s']} s); "
                   f"rows lost: **{r['rows_lost']}** |")
    for r in of("app_fault"):
        said = r["insights_message"]
        out.append(f"| App fault: database {r['fault']} | while `streamlit run` serves | chat answered; "
                   f"Insights said \"{said}\"; recovered after the fix; rows lost: **{r['rows_lost']}** |")
    for r in of("killed_writers"):
        backend = r.get("backend", "sqlite")
        check = f"`integrity_check` {r['integrity']} every round; " if backend == "sqlite" else ""
        out.append(f"| Writers SIGKILLed ({backend}) | {r['rounds']} rounds × {r['writers_per_round']} writer "
                   f"processes, killed mid-write | {check}all {r['committed_rows']} committed rows present; "
                   f"rows lost: **{r['rows_lost']}** |")
    for r in of("database_outage"):
        out.append(f"| Database server stopped ({r['backend']}) | stopped while a store is in use, then started | "
                   f"each operation failed with a StorageError naming the server (password masked); the store "
                   f"carried on by itself after the restart; rows lost: **{r['rows_lost']}** |")
    for r in of("replicas_shared"):
        out.append(f"| {r['replicas']} app replicas, one PostgreSQL | a browser session on each asks and rates; "
                   "the knowledge folder edited; one replica SIGKILLed | staff on either replica saw both "
                   "sessions' questions and ratings; both served the edit; the killed replica's rows all "
                   f"there; rows lost: **{r['rows_lost']}** |")
    for r in of("replicas"):
        out.append(f"| Sessions on {r['replicas']} replica(s) | {r['sessions']} Chromium sessions at once, "
                   f"{r['questions']} questions | **{r['answers_per_minute']} answers/min**, submit-to-answer "
                   f"p50 {r['p50_s']} s, p95 {r['p95_s']} s |")
    starts = of("startup")
    if starts:
        cases = ", ".join(str(r["case"]) for r in starts)
        on_page = all(r.get("path_on_page", r.get("message_names_path")) for r in starts)
        where = "on the page (problems table), " if on_page else ""
        out.append(f"| Bad knowledge folder at start-up | {cases} | clear message, no traceback; path named "
                   f"{where}in the CLI message and in the server log |")
    for r in of("bad_input"):
        slowest = r.get("slowest_call_seconds") or {}
        worst = f"slowest call {max(slowest.values()):.2f} s (recorded, not asserted), " if slowest else ""
        out.append(f"| Hostile input (hypothesis) | {r['entry_points']} entry points × {r['examples_per_property']} "
                   f"generated inputs, from {r['fragments']} hostile fragments (HTML, Markdown images/links, "
                   "YAML/JSON, RTL, zero-width, control, very long) | nothing raised outside `ChecklistError`, "
                   f"{worst}results well formed, no user markup live |")
    cli = of("cli_bad_input")
    if cli:
        codes = sorted({int(str(r["exit_code"])) for r in cli})
        out.append(f"| Command line | {len(cli)} bad arguments / missing / broken files, in a real process | "
                   f"one stderr line, exit code {', '.join(map(str, codes))}, no traceback |")
    out.append(f"\npytest: `{summary}`")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-browser", action="store_true", help="skip the tests that drive Chromium")
    args = parser.parse_args()
    code, rows, summary = run_suite(browser=not args.no_browser)
    if code != 0:
        print(f"reliability suite failed ({summary}); no table", file=sys.stderr)
        return 1
    print(table(rows, summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
