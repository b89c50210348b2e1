"""``advisor checklist`` through its two entry points, driven by a small argparse like the main CLI's."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from advisor.checklist.cli import add_checklist_parser, run_checklist
from advisor.checklist.spec import ChecklistSpec

SUPPLIER_TEXT = ("semi-solid pouch cell, 320 Wh/kg, sulfide electrolyte, tested in coin cells at 60 °C and 5 MPa, "
                 "1,000 cycles ![x](http://evil.example/p.png)")



def run(spec: ChecklistSpec, argv: list[str], typed: str = "") -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="advisor")
    add_checklist_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["checklist", *argv])
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_checklist(args, spec, stdin=io.StringIO(typed), stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def supplier_file(tmp_path: Path) -> Path:
    path = tmp_path / "datasheet.txt"
    path.write_text(SUPPLIER_TEXT, encoding="utf-8")
    return path


def test_from_file_prints_plain_text_for_people(spec: ChecklistSpec, supplier_file: Path) -> None:
    code, out, err = run(spec, ["--from", str(supplier_file)])
    assert (code, err) == (0, "")
    assert out.startswith("Supplier checklist report")
    assert "4. Test format: Lab coin cell (Red flag)" in out
    assert "**" not in out and "\\" not in out and "###" not in out


def test_from_file_prints_markdown(spec: ChecklistSpec, supplier_file: Path) -> None:
    code, out, err = run(spec, ["--from", str(supplier_file), "--markdown"])
    assert (code, err) == (0, "")
    assert out.startswith("# Supplier checklist report")
    assert "### 4. Test format: Lab coin cell (Red flag)" in out
    assert "## Questions to send to the supplier" in out
    assert "![x](" not in out


def test_from_file_json(spec: ChecklistSpec, supplier_file: Path) -> None:
    code, out, _ = run(spec, ["--from", str(supplier_file), "--json"])
    data = json.loads(out)
    assert code == 0
    assert data["overall"]["rating"] == "red-flag"
    assert [s["option_id"] for s in data["steps"]][:2] == ["semi-solid", "sulfide"]
    assert {m["kind"] for m in data["measurements"]} == {"pressure", "temperature", "cycles", "energy_density"}


def test_from_stdin(spec: ChecklistSpec) -> None:
    code, out, _ = run(spec, ["--from", "-", "--json"], typed="oxide electrolyte")
    assert code == 0
    assert json.loads(out)["steps"][1]["option_id"] == "oxide"


@pytest.mark.parametrize("name", ["missing.txt", "a-directory"])
def test_unreadable_file(spec: ChecklistSpec, tmp_path: Path, name: str) -> None:
    (tmp_path / "a-directory").mkdir()
    code, out, err = run(spec, ["--from", str(tmp_path / name)])
    assert code == 2
    assert out == ""
    assert err.startswith("advisor checklist: cannot read ")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_binary_file(spec: ChecklistSpec, tmp_path: Path) -> None:
    path = tmp_path / "cell.pdf"
    path.write_bytes(b"%PDF\xff\xfe\x00\x81")
    code, _, err = run(spec, ["--from", str(path)])
    assert code == 2 and "cannot read" in err


def test_json_and_markdown_are_exclusive(spec: ChecklistSpec) -> None:
    with pytest.raises(SystemExit):
        run(spec, ["--from", "x", "--json", "--markdown"])


def test_interactive_walk_through(spec: ChecklistSpec) -> None:
    typed = "\n".join(["2", "sulphide", "banana", "skip", "back", "we use Li metal with a coating", "report",
                       "coin cell", "5 MPa", "60 °C", "quit"]) + "\n"
    code, out, _ = run(spec, [], typed)
    assert code == 0
    assert "Step 1 of 8 - Route" in out and "  1. All-solid-state" in out
    assert "Recorded for “Route”: Semi-solid" in out
    assert "I couldn't match “banana”" in out
    assert "Skipped “Anode”" in out
    assert "Recorded for “Anode”: Lithium metal with a protection concept" in out
    assert out.count("Supplier checklist report") == 2  # "report" and the final one after "quit"
    assert "Stopped with 6 of 8 steps answered" in out


def test_interactive_to_the_end(spec: ChecklistSpec) -> None:
    typed = "\n".join(["1"] * 8) + "\n"
    code, out, _ = run(spec, [], typed)
    assert code == 0
    assert "All steps done" in out
    assert out.rstrip().endswith("“FAQ”")


def test_interactive_end_of_input_keeps_answers(spec: ChecklistSpec) -> None:
    code, out, _ = run(spec, ["--json"], "semi-solid\n")
    assert code == 0
    report = json.loads(out[out.index("{"):])
    assert report["steps"][0]["option_id"] == "semi-solid"


def test_a_prefilled_report_names_the_supplier_and_product_the_text_names(spec: ChecklistSpec, tmp_path: Path) -> None:
    source = tmp_path / "datasheet.txt"
    source.write_text("Manufacturer: Voltara GmbH\nModel: VX-9 semi-solid pouch cell\nElectrolyte: oxide ceramic\n",
                      encoding="utf-8")
    code, out, _ = run(spec, ["--from", str(source), "--json"])
    assert code == 0
    report = json.loads(out)
    assert (report["supplier"], report["product"]) == ("Voltara GmbH", "VX-9 semi-solid pouch cell")
