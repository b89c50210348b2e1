"""Pre-fill from a supplier's own text: what it claims, the quoted evidence, and what it leaves open."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.checklist.prefill import MAX_PREFILL_CHARS, DetectedClaim, Prefill, find_measurements, prefill
from advisor.checklist.spec import ChecklistSpec, load_checklist
from advisor.checklist.walkthrough import Checklist

CHECKLIST = Path(__file__).resolve().parents[1] / "knowledge" / "checklist.yaml"

ISSUE_EXAMPLE = ("semi-solid pouch cell, 320 Wh/kg, sulfide electrolyte, tested in coin cells at 60 °C and 5 MPa, "
                 "1,000 cycles")


@pytest.fixture(scope="module")
def spec() -> ChecklistSpec:
    return load_checklist(CHECKLIST)


def claimed(result: Prefill) -> dict[str, str]:
    return {c.step_id: c.option_id for c in result.claims}


def claim(result: Prefill, step_id: str) -> DetectedClaim | None:
    return next((c for c in result.claims if c.step_id == step_id), None)


def test_issue_example(spec: ChecklistSpec) -> None:
    result = prefill(spec, ISSUE_EXAMPLE)
    assert claimed(result) == {
        "route": "semi-solid",
        "electrolyte": "sulfide",
        "format": "coin-cell",  # the pouch cell was not what was tested: the cautious reading wins
        "pressure": "external-pressure",
        "conditions": "elevated-temperature",
        "after-cycles": "headline-only",
    }
    assert result.unanswered == ("anode", "manufacturability")
    assert len(result.unanswered_questions) == 2
    fmt = claim(result, "format")
    assert fmt is not None
    assert fmt.evidence == "tested in coin cells at 60 °C and 5 MPa"
    assert "Pouch" in fmt.explanation and "more cautious" in fmt.explanation
    route = claim(result, "route")
    assert route is not None and route.evidence == "semi-solid pouch cell"
    kinds = {(m.kind, m.normalised, m.normalised_unit) for m in result.measurements}
    assert kinds == {("pressure", 5.0, "MPa"), ("temperature", 60.0, "°C"), ("cycles", 1000.0, "cycles"),
                     ("energy_density", 320.0, "Wh/kg")}


SUPPLIER_TEXTS = [
    (  # a datasheet with line breaks
        "Product: XS-200 all-solid-state cell\nElectrolyte: oxide (garnet LLZO)\nAnode: lithium metal\n"
        "Format: 20 Ah pouch cell\nStack pressure: 2 bar\nOperating temperature: 25 °C\n"
        "Cycle life: 800 cycles to 80% capacity retention\n",
        {"route": "all-solid-state", "electrolyte": "oxide", "anode": "lithium-metal-unprotected",
         "format": "pouch-prototype", "pressure": "external-pressure", "conditions": "room-temperature",
         "after-cycles": "retention-only"},
    ),
    (  # marketing copy
        "Our next-generation solid-state battery uses a proprietary polymer electrolyte and a protected lithium "
        "metal anode. Pilot line production started this year, with B-samples shipped to two automotive customers.",
        {"route": "unclear", "electrolyte": "polymer", "anode": "lithium-metal-protected",
         "format": "pouch-prototype", "manufacturability": "pilot-line"},
    ),
    (  # a press release that claims little
        "Breakthrough! We announced a partnership to develop semi-solid batteries. A roadmap to mass production "
        "will follow.",
        {"route": "semi-solid", "manufacturability": "announcements-only"},
    ),
    (  # no external pressure, graphite, vehicle
        "The cells use a composite electrolyte with a graphite anode and need no external pressure. "
        "They have run in a test vehicle for 12 months.",
        {"electrolyte": "composite", "anode": "graphite", "pressure": "no-external-pressure",
         "format": "vehicle-test"},
    ),
    (  # Fahrenheit, psi, 5k cycles
        "Sulphide-based cells were cycled at 140 °F under 75 psi for 5k cycles.",
        {"electrolyte": "sulfide", "pressure": "external-pressure", "conditions": "elevated-temperature",
         "after-cycles": "headline-only"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLIER_TEXTS)
def test_varied_supplier_texts(spec: ChecklistSpec, text: str, expected: dict[str, str]) -> None:
    result = prefill(spec, text)
    assert claimed(result) == expected
    assert set(result.unanswered) == {s.id for s in spec.steps} - set(expected)
    for claim in result.claims:
        assert claim.evidence and claim.evidence in " ".join(text.split())
        assert claim.explanation


@pytest.mark.parametrize("text", [
    "",
    "   \n\t ",
    "We love our customers and the planet.",
    "Contact sales for a quote. Visit our booth at the trade fair!",
    "banana " * 50,
])
def test_texts_that_claim_nothing(spec: ChecklistSpec, text: str) -> None:
    result = prefill(spec, text)
    assert result.claims == ()
    assert result.measurements == ()
    assert result.unanswered == tuple(s.id for s in spec.steps)
    assert result.notices  # says why nothing was filled: never silent


@pytest.mark.parametrize(("text", "kind", "value", "unit", "normalised"), [
    ("5 MPa", "pressure", 5, "MPa", 5),
    ("at 5MPa", "pressure", 5, "MPa", 5),
    ("2 bar", "pressure", 2, "bar", 0.2),
    ("100 psi", "pressure", 100, "psi", 0.6894757),
    ("1 atm", "pressure", 1, "atm", 0.101325),
    ("500 kPa", "pressure", 500, "kPa", 0.5),
    ("1-10 MPa", "pressure", 10, "MPa", 10),
    ("60 °C", "temperature", 60, "°C", 60),
    ("60°C", "temperature", 60, "°C", 60),
    ("60 ℃", "temperature", 60, "°C", 60),
    ("25 C", "temperature", 25, "°C", 25),
    ("-20 °C", "temperature", -20, "°C", -20),
    ("140 °F", "temperature", 140, "°F", 60),
    ("333 K", "temperature", 333, "K", 59.85),
    ("60 degrees C", "temperature", 60, "°C", 60),
    ("1,000 cycles", "cycles", 1000, "cycles", 1000),
    ("1000 cycles", "cycles", 1000, "cycles", 1000),
    ("5k cycles", "cycles", 5000, "cycles", 5000),
    ("over 2,500 charge-discharge cycles", "cycles", 2500, "cycles", 2500),
    ("cycle life of 1200", "cycles", 1200, "cycles", 1200),
    ("320 Wh/kg", "energy_density", 320, "Wh/kg", 320),
    ("750 Wh/L", "energy_density", 750, "Wh/L", 750),
    ("400 Wh kg-1", "energy_density", 400, "Wh/kg", 400),
])
def test_measurements(text: str, kind: str, value: float, unit: str, normalised: float) -> None:
    (found,) = find_measurements(text)
    assert (found.kind, found.unit) == (kind, unit)
    assert found.value == pytest.approx(value)
    assert found.normalised == pytest.approx(normalised)
    assert found.explanation.startswith("read “")


@pytest.mark.parametrize("text", [
    "charged at 1C", "2C fast charge", "Li6PS5Cl", "LLZO", "model 5000", "a 5K budget", "version 1.0",
    "20 Ah", "3.7 V",
])
def test_no_false_measurements(text: str) -> None:
    assert find_measurements(text) == ()


def test_long_text_is_capped_with_a_notice(spec: ChecklistSpec) -> None:
    text = "lorem ipsum " * 5000 + " sulfide electrolyte"
    started = time.perf_counter()
    result = prefill(spec, text)
    assert time.perf_counter() - started < 10
    assert result.chars_read == MAX_PREFILL_CHARS
    assert any("only the first 20,000" in n for n in result.notices)
    assert claim(result, "electrolyte") is None  # the claim was past the cap


@pytest.mark.parametrize("evil", ["1" * 20_000, "1," * 10_000, " " * 20_000 + "x", "cycle life " + " " * 19_000,
                                  "9." * 10_000, "°" * 20_000, "-" * 20_000])
def test_regexes_stay_fast_on_hostile_input(spec: ChecklistSpec, evil: str) -> None:
    started = time.perf_counter()
    prefill(spec, evil)
    assert time.perf_counter() - started < 5


def test_apply_fills_steps_and_keeps_buyer_answers(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    checklist.skip()
    checklist.answer("oxide")
    filled = checklist.apply(prefill(spec, ISSUE_EXAMPLE))
    assert "electrolyte" not in filled  # the buyer's own answer wins
    option = checklist.recorded("electrolyte")
    assert option is not None and option.id == "oxide"
    assert checklist.current_step is not None and checklist.current_step.id == "anode"
    report = checklist.report()
    route = report.items[0]
    assert route.source == "supplier-text" and route.evidence == "semi-solid pouch cell"
    assert len(report.measurements) == 4
    markdown = report.to_markdown()
    assert "## Figures the supplier quotes" in markdown
    assert "quoted from the supplier's text" in markdown
    restored = Checklist.from_dict(spec, checklist.to_dict())
    assert restored.report() == report


def test_from_prefill(spec: ChecklistSpec) -> None:
    checklist = Checklist.from_prefill(spec, prefill(spec, ISSUE_EXAMPLE))
    assert checklist.progress.answered == 6
    assert checklist.current_step is not None and checklist.current_step.id == "anode"
    assert checklist.answer("lithium metal").accepted
    assert checklist.current_step is not None and checklist.current_step.id == "manufacturability"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=600) | st.text(alphabet="0123456789 ,.-°CFKMPabrsiWh/kgL", max_size=200))
def test_prefill_never_raises_and_report_is_inert(spec: ChecklistSpec, text: str) -> None:
    result = prefill(spec, text)
    markdown = Checklist.from_prefill(spec, result).report().to_markdown()
    assert not re.search(r"(?<!\\)(?:!\[|<|\[[^\]]*\]\()", markdown)


def test_supplier_image_markup_is_not_live(spec: ChecklistSpec) -> None:
    text = "sulfide electrolyte ![x](http://evil.example/p.png) <script>alert(1)</script>, 5 MPa ![y](http://e)"
    markdown = Checklist.from_prefill(spec, prefill(spec, text)).report().to_markdown()
    assert "![x](" not in markdown and "![y](" not in markdown
    assert not re.search(r"(?<!\\)<", markdown)


def test_a_text_that_claims_nothing_gets_the_checklists_notice(spec: ChecklistSpec) -> None:
    assert prefill(spec, "Contact sales for a quote.").notices == (spec.no_claims,)
    generic = prefill(replace(spec, no_claims=""), "Contact sales for a quote.")
    assert generic.notices == ("The text makes no claim the checklist can use.",)
