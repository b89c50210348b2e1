"""The ``advisor`` command line: answers, exit codes, and one-line errors instead of tracebacks."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.cli import main
from advisor.text import markdown_to_text

PARAPHRASES = Path(__file__).parent / "eval" / "paraphrases.yaml"


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def run_process(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "advisor", *argv], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=os.environ.copy())


def test_ask_prints_the_answer_and_suggestions():
    code, out = run("ask", "what goes wrong with oxides?")
    assert code == 0
    assert out.startswith("Oxides — What usually goes wrong: Rigid contact")
    assert "\nYou could also ask:\n  - What goes wrong with sulfides?" in out


def test_ask_shows_the_corrected_query():
    code, out = run("ask", "what does a soild elecrolyte do")
    assert code == 0
    assert out.startswith("(showing results for: what does a solid electrolyte do)\n")


def test_ask_json_is_the_answers_dict():
    code, out = run("ask", "Are solid-state batteries safer?", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["found"] is True
    assert data["question"] == "Are solid-state batteries safer?"
    assert set(data) == {"question", "text", "found", "confidence", "sources", "suggestions", "corrected_query",
                         "notice", "entry_ids", "kind", "see_also", "went_on_with"}
    assert data["went_on_with"] == "fracture-and-cracking"  # the safety FAQ goes on with what can still crack


def test_ask_out_of_scope_still_exits_0():
    code, out = run("ask", "what is the capital of Peru?", "--json")
    assert (code, json.loads(out)["found"]) == (0, False)


def test_chat_reads_piped_questions_with_follow_ups_until_quit():
    code, out = run("chat", stdin="what goes wrong with sulfides?\n\nand oxides?\nquit\nwhat about polymers?\n")
    assert code == 0
    assert "Sulfides — What usually goes wrong:" in out
    assert "Oxides — What usually goes wrong:" in out
    assert "Polymers —" not in out
    assert "> " not in out  # no prompt when stdin is not a terminal


def test_ask_markdown_prints_the_answers_markdown():
    code, out = run("ask", "what goes wrong with oxides?", "--markdown")
    assert code == 0
    assert out.startswith("**Oxides — What usually goes wrong:** Rigid contact")


def test_ask_json_and_markdown_exclude_each_other(capsys):
    with pytest.raises(SystemExit, match="2"):
        run("ask", "oxides?", "--json", "--markdown")
    assert "not allowed with argument" in capsys.readouterr().err


def test_chat_prints_plain_text_for_people():
    # The checklist walk-through is Markdown on the web page: bold step headings, an italic hint.
    code, out = run("chat", stdin="check a supplier\nwhat is the energy density of oxides\n")
    assert code == 0
    assert "\nStep 1 of 8 — Route\n" in out
    assert "Answer in your own words" in out
    assert "Related product  Series" in out  # the products table, as aligned columns
    assert "|---" not in out
    assert not any(marker in out for marker in ("**", "\\(", "\\.", "*Source", "*Answer"))


def test_chat_markdown_keeps_the_markdown():
    code, out = run("chat", "--markdown", stdin="check a supplier\n")
    assert code == 0
    assert "**Step 1 of 8 — Route**" in out


@pytest.mark.parametrize(("markdown", "text"), [
    ("**Step 1 of 8**", "Step 1 of 8"),
    ("__bold__ and *it* and _it_", "bold and it and it"),
    (r"semi\-solid \(gel\)\. 3\*4 \_x\_ a\\b", r"semi-solid (gel). 3*4 _x_ a\b"),
    ("keep snake_case and 2 * 3 * 4", "keep snake_case and 2 * 3 * 4"),
    ("code `a*b*` and ``x ` y``", "code a*b* and x ` y"),
    ("see [the guide](https://example.org/g) or [x]()", "see the guide (https://example.org/g) or x"),
    ("## Heading ##\n# Top", "Heading\nTop"),
    ("- **Why:** because\n> quoted", "- Why: because\n> quoted"),
    ("*“skip”*, “back”", "“skip”, “back”"),
])
def test_markdown_to_text(markdown, text):
    assert markdown_to_text(markdown) == text


def test_markdown_tables_become_aligned_columns():
    table = "Before\n\n| Product | Energy \\| density |\n|---|:---:|\n| **AB-50AH** | 320 Wh/kg |\n| B | 3 |\n\nAfter"
    assert markdown_to_text(table).split("\n") == [
        "Before",
        "",
        "Product  Energy | density",
        "-------  ----------------",
        "AB-50AH  320 Wh/kg",
        "B        3",
        "",
        "After",
    ]


def test_help_says_what_a_pipe_gets():
    out = subprocess.run([sys.executable, "-m", "advisor", "ask", "--help"], capture_output=True, text=True,
                         timeout=60).stdout
    assert "whether or not it goes to a terminal" in " ".join(out.split())
    assert "--markdown" in out


def test_chat_ends_at_end_of_input():
    assert run("chat", stdin="what goes wrong with sulfides?")[0] == 0


def test_validate_ok():
    code, out = run("validate")
    assert code == 0
    assert out.startswith("ok: ")
    assert "(5 tables expanded)" in out


def test_validate_another_folder(write_knowledge):
    code, out = run("validate", str(write_knowledge()))
    assert code == 0
    assert "7 entries (1 tables expanded), 1 synonyms" in out


def test_validate_broken_lists_every_problem_as_file_line(write_knowledge, capsys):
    root = write_knowledge({
        "entries/02-broken.yaml": "entries:\n  - id: Bad_Id\n    kind: blog\n    title: t\n    section: s\n"
                                  "    answer: a\n    questions: [one, two, three]\n",
    })
    code, out = run("validate", str(root))
    err = capsys.readouterr().err
    assert code == 1
    assert out == ""
    assert "advisor: 2 problems in the knowledge files:" in err
    assert "knowledge/entries/02-broken.yaml:2: entries[0].id: 'Bad_Id' is not a valid id" in err
    assert "knowledge/entries/02-broken.yaml:3: entries[0].kind: 'blog' is not one of" in err
    assert "Traceback" not in err


def test_validate_coverage_reports_the_hit_rate():
    code, out = run("validate", "--coverage")
    assert code == 0
    coverage_line = out.splitlines()[1]
    assert coverage_line.startswith("coverage: ")
    assert "phrasings retrieve their own entry first" in coverage_line


def test_eval_json_report():
    code, out = run("eval", str(PARAPHRASES), "--json")
    report = json.loads(out)
    assert code == 0
    assert {"overall", "in_scope", "out_of_scope", "cases", "passed", "by_tag", "failures"} <= set(report)
    assert report["overall"] >= 0.9


@pytest.mark.parametrize(("minimum", "code"), [("0.9", 0), ("1.01", 1)])
def test_eval_min_accuracy_sets_the_exit_code(minimum, code):
    assert run("eval", str(PARAPHRASES), "--min-accuracy", minimum)[0] == code


def test_eval_text_summary_and_show_fails():
    code, out = run("eval", str(PARAPHRASES), "--show-fails")
    assert code == 0
    assert "overall accuracy:" in out
    lines = out.splitlines()
    fails = [i for i, line in enumerate(lines) if line.startswith("FAIL [")]
    assert len(fails) == json.loads(run("eval", str(PARAPHRASES), "--json")[1])["cases"] - int(
        lines[-1].split("(")[1].split("/")[0])
    assert all(lines[i + 1].startswith("     ") for i in fails)


def test_eval_grades_several_files(tmp_path):
    code, out = run("eval", str(PARAPHRASES), str(PARAPHRASES))
    assert code == 0
    assert out.count(f"== {PARAPHRASES}") == 2 and out.count("overall accuracy:") == 2


def test_eval_sweep_prints_one_row_per_value(tmp_path):
    code, out = run("eval", str(PARAPHRASES), "--sweep", "min_score=0.18,5")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0] == "| min_score | paraphrases.yaml |"
    assert lines[2].startswith("| 0.18 | ") and lines[3].startswith("| 5 | ")
    # A threshold nothing reaches declines every question that names nothing of the guide's subject in its
    # own words (a question that names it is decided by how much of it the best entry explains): the
    # in-scope figure falls.
    in_scope = [float(line.split("(")[1].split("%")[0]) for line in lines[2:4]]
    assert in_scope[0] > 90 and in_scope[1] < in_scope[0]


def test_eval_sweep_json_and_field_weights():
    code, out = run("eval", str(PARAPHRASES), "--sweep", "coverage=0.4", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["name"] == "coverage" and rows[0]["value"] == 0.4
    assert set(rows[0]["sets"]["paraphrases.yaml"]) == {"overall", "in_scope", "out_of_scope"}


@pytest.mark.parametrize("spec", ["nonsense=1", "min_score=", "min_score=abc", "=1"])
def test_eval_sweep_rejects_bad_settings(spec, capsys):
    code, _ = run("eval", str(PARAPHRASES), "--sweep", spec)
    assert code == 2
    assert capsys.readouterr().err.startswith("advisor: --sweep: ")


def test_eval_baselines_grade_bm25_and_tfidf_on_the_same_cases():
    code, out = run("eval", str(PARAPHRASES), "--baselines", "--json")
    reports = json.loads(out)["paraphrases.yaml"]
    assert code == 0
    assert set(reports) == {"advisor", "BM25 top-1", "TF-IDF top-1"}
    assert {r["cases"] for r in reports.values()} == {reports["advisor"]["cases"]}
    # A baseline always answers with its best entry: it declines nothing.
    assert reports["TF-IDF top-1"]["out_of_scope"] == 0.0
    assert reports["advisor"]["overall"] > reports["TF-IDF top-1"]["overall"]


def test_eval_missing_file(tmp_path, capsys):
    code, _ = run("eval", str(tmp_path / "missing.yaml"))
    assert code == 2
    assert capsys.readouterr().err == f"advisor: evaluation file not found: {tmp_path / 'missing.yaml'}\n"


def test_no_command_prints_help_and_exits_2():
    code, out = run()
    assert code == 2
    assert out.startswith("usage: advisor")


@pytest.mark.parametrize(("argv", "message"), [
    (["frobnicate"], "advisor: argument COMMAND: invalid choice: 'frobnicate'"),
    (["ask"], "advisor: the following arguments are required: question"),
    (["eval", "cases.yaml", "--min-accuracy", "high"], "advisor: argument --min-accuracy: invalid float value"),
    (["ask", "x", "--colour"], "advisor: unrecognized arguments: --colour"),
])
def test_usage_errors_are_one_line_exit_2(capsys, argv, message):
    with pytest.raises(SystemExit, match="2"):
        run(*argv)
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_a_usage_error_in_a_real_process_has_no_traceback(tmp_path):
    result = run_process("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("advisor: argument COMMAND: invalid choice: 'frobnicate'")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_missing_knowledge_folder_is_exit_2(tmp_path, capsys):
    code, _ = run("--knowledge", str(tmp_path / "nowhere"), "ask", "hello")
    err = capsys.readouterr().err
    assert code == 2
    assert f"{tmp_path / 'nowhere'}: (folder): knowledge folder not found" in err


def test_a_missing_knowledge_folder_is_a_one_line_message(tmp_path, capsys):
    run("--knowledge", str(tmp_path / "nowhere"), "ask", "hello")
    assert capsys.readouterr().err.count("\n") == 1


def test_a_broken_eval_file_is_exit_2(tmp_path, capsys):
    cases = tmp_path / "cases.yaml"
    cases.write_text("- q: [unclosed\n")
    code, _ = run("eval", str(cases))
    assert code == 2
    assert f"{cases}:2: (syntax): YAML syntax error" in capsys.readouterr().err


def test_python_dash_m_answers(tmp_path):
    result = run_process("ask", "Are solid-state batteries safer?", cwd=tmp_path)
    assert result.returncode == 0
    assert "\nSource: " in result.stdout  # stdout is a pipe here: plain text all the same


@pytest.mark.slow
def test_bench_quick_json():
    code, out = run("bench", "--quick", "--json")
    report = json.loads(out)
    assert code == 0
    assert set(report) == {"rows", "threads_qps", "scale", "cpu_count", "cli_ask_beyond_imports_s"}
    assert 0 < report["cli_ask_beyond_imports_s"] < 60
    assert {"name", "load_s", "p50_ms", "peak_mb"} <= set(report["rows"][0])
