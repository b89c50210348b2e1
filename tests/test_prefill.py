"""Pre-fill from a supplier's own text: what it claims, the quoted evidence, and what it leaves open."""

from __future__ import annotations

import re
import time
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.checklist.match import match_step
from advisor.checklist.measurement import read_number, to_normal_unit
from advisor.checklist.prefill import MAX_PREFILL_CHARS, Prefill, _mapped, find_measurements, prefill
from advisor.checklist.spec import ChecklistSpec
from advisor.checklist.walkthrough import Checklist
from advisor.text import clean, unwrap

ISSUE_EXAMPLE = ("semi-solid pouch cell, 320 Wh/kg, sulfide electrolyte, tested in coin cells at 60 °C and 5 MPa, "
                 "1,000 cycles")



def claimed(result: Prefill) -> dict[str, str]:
    return {c.step_id: c.option_id for c in result.claims}


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
    fmt = result.claim("format")
    assert fmt is not None
    assert fmt.evidence == "tested in coin cells at 60 °C and 5 MPa"
    assert "Pouch" in fmt.explanation and "more cautious" in fmt.explanation
    route = result.claim("route")
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
    assert result.claim("electrolyte") is None  # the claim was past the cap


@pytest.mark.parametrize("evil", ["1" * 20_000, "1," * 10_000, " " * 20_000 + "x", "cycle life " + " " * 19_000,
                                  "9." * 10_000, "°" * 20_000, "-" * 20_000, "-" * 19_999 + "x", "- | " * 5_000 + "x",
                                  "a   b   c\n" * 2_000, "from 1 °C to 60 °C " * 1_000, "10:00 x\n" * 2_500,
                                  "1.1 A - b\n" * 2_000])
def test_regexes_stay_fast_on_hostile_input(spec: ChecklistSpec, evil: str) -> None:
    # A guard against catastrophic backtracking (minutes to hours on 20,000 characters), not a speed test:
    # the bound is far above the seconds a busy machine takes (speed is measured by `advisor bench`).
    started = time.perf_counter()
    prefill(spec, evil)
    assert time.perf_counter() - started < 60


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


# --------------------------------------------------------------------------- reading as a buyer would


def step_reading(spec: ChecklistSpec, text: str, step_id: str) -> str | None:
    found = prefill(spec, text).claim(step_id)
    return None if found is None else found.option_id


def test_format_follows_where_the_results_were_measured(spec: ChecklistSpec) -> None:
    text = ("The Nova-60 is a 60 Ah pouch-format cell for commercial drones.\n"
            "Its cycling results were measured in 2 Ah multilayer cells at 25 °C.")
    fmt = prefill(spec, text).claim("format")
    assert fmt is not None and fmt.option_id == "multilayer-stack"
    assert "measured in 2 Ah multilayer cells" in fmt.evidence
    assert "results come from this one" in fmt.explanation and "Pouch" in fmt.explanation


@pytest.mark.parametrize(("text", "expected"), [
    ("tested in coin-type cells", "coin-cell"),
    ("data from coin-size half cells", "coin-cell"),
    ("cycled in CR2032 cells", "coin-cell"),
    ("2032-type cells were assembled in a glovebox", "coin-cell"),
    ("a prismatic-style prototype", "pouch-prototype"),
    ("built as 21700 cylinders", "pouch-prototype"),
    ("our 4680-format product", "pouch-prototype"),
    ("a large-format pouch", "pouch-prototype"),
    ("a ten-layer stacked-type cell", "multilayer-stack"),
])
def test_format_names_with_suffixes_and_model_codes(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert step_reading(spec, text, "format") == expected


def test_a_year_is_not_a_model_code(spec: ChecklistSpec) -> None:
    assert step_reading(spec, "Volume production is planned for 2032.", "format") is None


@pytest.mark.parametrize(("text", "expected"), [
    # A family word inside a compound's name does not make the electrolyte that family.
    ("Cathode: lithium nickel manganese cobalt oxide (NMC811); solid polymer electrolyte", "polymer"),
    ("The anode is a silicon oxide blend.", None),
    ("a thin aluminium oxide coating on the cathode", None),
    ("a poly(ethylene oxide) membrane", "polymer"),
    ("a lithium lanthanum zirconium oxide separator", "oxide"),
    ("an oxide electrolyte against a lithium cobalt oxide cathode", "oxide"),
    # Formulas read by their elements: dopants and halogens do not change the family.
    ("Electrolyte: Li6PS5Cl", "sulfide"),
    ("a Li10GeP2S12 layer", "sulfide"),
    ("made from 75Li2S-25P2S5 glass", "sulfide"),
    ("Li6.4La3Zr1.4Ta0.6O12 pellets", "oxide"),
    ("a Li1.4Al0.4Ti1.6(PO4)3 sheet", "oxide"),
    ("LiCoO2 cathode and LiFePO4 reference cells", None),
    ("a Li3InCl6 catholyte", None),
])
def test_chemistry_is_read_as_a_chemist_would(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert step_reading(spec, text, "electrolyte") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Garnet particles are dispersed in a PEO matrix.", "composite"),
    ("A polymer matrix filled with LLZO nanofibres.", "composite"),
    ("Sulfide powder blended with a polymer binder forms the separator.", "composite"),
    ("We offer both sulfide cells and polymer cells.", "sulfide"),  # alternatives, not a mixture
])
def test_a_mixture_of_families_is_a_composite(spec: ChecklistSpec, text: str, expected: str) -> None:
    found = prefill(spec, text).claim("electrolyte")
    assert found is not None and found.option_id == expected
    if expected == "composite":
        assert "mixed into one material" in found.explanation


@pytest.mark.parametrize(("text", "expected"), [
    ("Our all-solid-state design adds less than 3 wt% liquid electrolyte at the cathode interface.", "semi-solid"),
    ("An all-solid-state cell in which a small amount of ionic liquid wets the cathode.", "semi-solid"),
    ("Liquid content: 5 vol%", "semi-solid"),
    ("The solid-state stack is wetted with a few drops of a carbonate liquid.", "semi-solid"),
    ("A solid-state cell with 0 % liquid.", "all-solid-state"),
    ("Liquid electrolyte: none", "all-solid-state"),
    ("An all-solid-state cell with 30 % more energy than liquid cells.", "all-solid-state"),
])
def test_a_stated_fraction_of_liquid_decides_the_route(spec: ChecklistSpec, text: str, expected: str) -> None:
    found = prefill(spec, text).claim("route")
    assert found is not None and found.option_id == expected
    if expected == "semi-solid" and "all-solid-state" in text:
        assert "outweighs" in found.explanation and "All-solid-state" in found.explanation


@pytest.mark.parametrize(("text", "kind", "value", "unit", "normalised"), [
    ("1.500 cycles", "cycles", 1500, "cycles", 1500),
    ("1 500 cycles", "cycles", 1500, "cycles", 1500),
    ("2K cycles", "cycles", 2000, "cycles", 2000),
    ("Cycle life (to 80 % SOH): 1.200", "cycles", 1200, "cycles", 1200),
    ("Cycles | 3k", "cycles", 3000, "cycles", 3000),
    ("cycled 1,000 times", "cycles", 1000, "cycles", 1000),
    ("2,5 MPa", "pressure", 2.5, "MPa", 2.5),
    ("0,8 MPa", "pressure", 0.8, "MPa", 0.8),
    ("12 bar", "pressure", 12, "bar", 1.2),
    ("145 psi", "pressure", 145, "psi", 0.99974),
    ("10 kgf/cm²", "pressure", 10, "kgf/cm²", 0.980665),
    ("Stack pressure (MPa): 0.3", "pressure", 0.3, "MPa", 0.3),
    ("-4 °F", "temperature", -4, "°F", -20),
    ("95 °F", "temperature", 95, "°F", 35),
    ("298 K", "temperature", 298, "K", 24.85),
    ("-20 to 60 °C", "temperature", 60, "°C", 60),
    ("−20 °C to +45 °C", "temperature", 45, "°C", 45),
    ("Temperature [°C] | 25", "temperature", 25, "°C", 25),
    ("1.200 Wh/L", "energy_density", 1200, "Wh/L", 1200),
    ("1,250.5 Wh/L", "energy_density", 1250.5, "Wh/L", 1250.5),
])
def test_numbers_in_every_common_convention(text: str, kind: str, value: float, unit: str, normalised: float) -> None:
    (found,) = find_measurements(text)
    assert (found.kind, found.unit) == (kind, unit)
    assert found.value == pytest.approx(value)
    assert found.normalised == pytest.approx(normalised, abs=1e-3)


@pytest.mark.parametrize(("raw", "kind", "value"), [
    ("1,500", "cycles", 1500), ("1.500", "cycles", 1500), ("1 500", "cycles", 1500), ("1.500.000", "", 1_500_000),
    ("3.7", "pressure", 3.7), ("3.700", "pressure", 3.7), ("0.500", "cycles", 0.5), ("2,5", "pressure", 2.5),
    ("1.500,5", "", 1500.5), ("1,500.5", "", 1500.5), ("1.200", "energy_density", 1200), ("2.5", "cycles", 2.5),
])
def test_read_number(raw: str, kind: str, value: float) -> None:
    assert read_number(raw, kind) == pytest.approx(value)


def test_unit_conversions() -> None:
    assert to_normal_unit("temperature", 212, "°F")[:2] == (100, "°C")
    assert to_normal_unit("temperature", 273.15, "K")[0] == pytest.approx(0)
    assert to_normal_unit("pressure", 10, "bar")[:2] == (1.0, "MPa")
    assert to_normal_unit("pressure", 1, "PSI")[0] == pytest.approx(0.006894757)
    with pytest.raises(KeyError):
        to_normal_unit("pressure", 1, "furlong")


@pytest.mark.parametrize("text", ["3.700 V nominal", "version 2.500", "a 1.500 mm gap", "charged to 80 % capacity"])
def test_no_false_measurements_in_other_conventions(text: str) -> None:
    assert find_measurements(text) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("After 700 cycles the cell retains 91 % of its initial capacity.", "retention-only"),
    ("88 % of initial capacity remaining after 500 cycles", "retention-only"),
    ("500 cycles with 93% of the original capacity retained", "retention-only"),
    ("It lost only 6 % of its capacity over 400 cycles.", "retention-only"),
    ("After 1.000 cycles, 90 % capacity retained; impedance rose by 11 %.", "retention-and-resistance"),
    ("SOH 85 % after 600 cycles, and the DC resistance increased by 9 %.", "retention-and-resistance"),
    ("Charged to 80 % capacity in 15 minutes; 1,000 cycles.", "headline-only"),
])
def test_capacity_retention_in_any_words(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert step_reading(spec, text, "after-cycles") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    ("Stack pressure: n/a", "pressure", None),
    ("| Stack pressure | TBD |", "pressure", None),
    ("Stack pressure: -", "pressure", None),
    ("Stack pressure n/a", "pressure", None),  # a table whose tabs were lost
    ("External pressure: on request", "pressure", None),
    ("Stack pressure: none required", "pressure", "no-external-pressure"),
    ("| External pressure | not needed |", "pressure", "no-external-pressure"),
    ("Stack pressure: 0 MPa", "pressure", "no-external-pressure"),
    ("Stack pressure: ambient pressure", "pressure", "no-external-pressure"),  # the value speaks, not the label
    ("Stack pressure: 2 MPa", "pressure", "external-pressure"),
    ("Capacity retention: —", "after-cycles", None),
    ("Capacity retention: 91 % after 800 cycles", "after-cycles", "retention-only"),
    ("Production status: TBA", "manufacturability", None),
])
def test_datasheet_placeholders_state_nothing_or_none(spec: ChecklistSpec, text: str, step_id: str,
                                                      expected: str | None) -> None:
    result = prefill(spec, text)
    assert step_reading(spec, text, step_id) == expected
    if expected is not None:
        found = result.claim(step_id)
        assert found is not None and text.strip("| ").split()[0] in found.evidence  # the row is quoted whole


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    ("Lightning-fast charging!", "conditions", None),
    ("unmatched stability at high temperatures", "conditions", None),
    ("ultra-fast charging, best-in-class high rate performance", "conditions", None),
    ("Our revolutionary all-solid-state battery", "route", "all-solid-state"),
    ("Cycled at a high temperature of 80 °C.", "conditions", "elevated-temperature"),
])
def test_marketing_adjectives_are_not_evidence(spec: ChecklistSpec, text: str, step_id: str,
                                               expected: str | None) -> None:
    assert step_reading(spec, text, step_id) == expected


def test_wrapped_prose_is_one_sentence_and_keeps_its_positions() -> None:
    text = ("Our membrane holds oxide\nparticles spread through a polymer matrix.\nFormat | pouch\n"
            "1) Pressure: 2 MPa\n2) tested\n(see below)")
    joined = unwrap(text)
    assert len(joined) == len(text)
    assert joined.split("\n") == ["Our membrane holds oxide particles spread through a polymer matrix.",
                                  "Format | pouch", "1) Pressure: 2 MPa", "2) tested (see below)"]


def test_a_mixture_sentence_wrapped_over_lines_is_a_composite(spec: ChecklistSpec) -> None:
    text = "The separator is made of sulfide\nparticles embedded in a polymer\nmatrix for flexibility."
    assert step_reading(spec, text, "electrolyte") == "composite"


def test_a_placeholder_row_says_nothing_in_any_words(spec: ChecklistSpec) -> None:
    text = "Cycling | 600 cycles, 90 % of initial capacity retained\nImpedance rise after test | n/a\n"
    assert step_reading(spec, text, "after-cycles") == "retention-only"


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    ("A compact solid-state cell, well suited for delivery vans and city cars.", "format", None),
    ("Designed for fast charging at room temperature.", "conditions", None),
    # Being ready for production is no production; for the manufacturing step it is a claim about the future,
    # which the checklist's option for announcements and roadmaps names.
    ("Our cell chemistry is ready for mass production.", "manufacturability", "announcements-only"),
    ("Twenty cells have been tested in a delivery vehicle for six months.", "format", "vehicle-test"),
    ("Cycling data for coin cells are attached.", "format", "coin-cell"),  # a result, not a purpose
])
def test_an_intended_use_is_not_evidence(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert step_reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A planned production date is a roadmap, which the checklist's announcements option names.
    ("Mass production: Q4 2027 (planned)", "announcements-only"),
    ("Series production is scheduled to start next spring.", "announcements-only"),
    ("Evaluation samples can be shipped on request.", None),  # an offer, not a fact or a plan
    ("A pilot line runs today, and mass production will follow in 2028.", "pilot-line"),
    ("Customer samples are coming soon.", "announcements-only"),
    ("We ship about 5 MWh a month to customers.", "shipping"),
])
def test_a_plan_is_not_a_fact(spec: ChecklistSpec, text: str, expected: str | None) -> None:
    assert step_reading(spec, text, "manufacturability") == expected


def test_a_buyers_answer_is_read_as_what_was_said(spec: ChecklistSpec) -> None:
    step = spec.step("manufacturability")
    assert step is not None
    found = match_step(step, "they say mass production will start soon")
    assert found.option is not None and found.option.id in ("shipping", "announcements-only")


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    ("Stack pressure is not needed for these cells.", "pressure", "no-external-pressure"),
    ("The module does not require external pressure.", "pressure", "no-external-pressure"),
    ("External pressure is unnecessary for the module.", "pressure", "no-external-pressure"),
    ("Lithium metal is not used; the anode is graphite.", "anode", "graphite"),
    ("A 2 MPa stack pressure is applied.", "pressure", "external-pressure"),
])
def test_a_denial_written_after_its_subject(spec: ChecklistSpec, text: str, step_id: str, expected: str) -> None:
    assert step_reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # Dot leaders separate a label from its value; a placeholder there is no claim.
    ("Clamping force ........ n/a", "pressure", None),
    ("Stack pressure ......... n/a\nRated voltage ........ 3.7 V", "pressure", None),
    ("State of health ..... -", "after-cycles", None),
    ("Stack pressure .. 2 MPa", "pressure", "external-pressure"),
    # A quoted placeholder with a remark after it is still a placeholder.
    ('Stack pressure: "-" (left blank in the sheet)', "pressure", None),
    ("Stack pressure: 'TBD' (to follow)", "pressure", None),
    # Numbered questionnaire lines, bullets and e-mail quote marks before a label.
    ("3. External pressure: not required.", "pressure", "no-external-pressure"),
    ("  * Stack pressure: none", "pressure", "no-external-pressure"),
    ("> > Clamping pressure: not needed", "pressure", "no-external-pressure"),
    # A zero reading with a remark says "none".
    ("Stack pressure: 0 MPa, cell cycles unclamped", "pressure", "no-external-pressure"),
    ("Stack pressure: 0 bar (free-standing)", "pressure", "no-external-pressure"),
    # A phrase never reads across a row's end.
    ("Cycle life ....... 900 cycles at 100 % DoD\nCapacity retention ....... TBD", "after-cycles", "headline-only"),
])
def test_datasheet_rows_in_every_layout(spec: ChecklistSpec, text: str, step_id: str, expected: str | None) -> None:
    assert step_reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Negative electrode: lithium metal foil\nCathode: NMC622, Al2O3-coated", "lithium-metal-unprotected"),
    ("Anode: Li metal, 30 um\nCathode material ........ LFP, carbon coating", "lithium-metal-unprotected"),
    ("Anode: Li metal with a LiF coating\nCathode: LCO", "lithium-metal-protected"),
    ("Cathode: NMC811; anode: coated lithium metal", "lithium-metal-protected"),
])
def test_a_coating_on_the_cathode_is_not_the_anodes_protection(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert step_reading(spec, text, "anode") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # A measurement said not to have been made is no evidence of it.
    ("After 300 cycles: 90 % capacity retained; DCIR not measured.", "after-cycles", "retention-only"),
    ("After 300 cycles 90 % capacity retained, resistance not yet reported.", "after-cycles", "retention-only"),
    ("After 300 cycles: 90 % capacity retained; DCIR rose by 10 %.", "after-cycles", "retention-and-resistance"),
    # A count of layers is a multilayer build.
    ("Results from 8-layer pouch prototypes at 25 °C.", "format", "multilayer-stack"),
    ("Results from pouch prototypes at 25 °C.", "format", "pouch-prototype"),
    ("A 3-layer separator film; results from pouch prototypes.", "format", "pouch-prototype"),
    # Vehicles or buses in service are a field test.
    ("Packs have run in a fleet of 12 delivery vans since 2024 (90,000 km).", "format", "vehicle-test"),
    ("Modules in service in 15 city buses since March.", "format", "vehicle-test"),
    # A liquid named, then its share by weight, is a partly liquid cell.
    ("Solid-state cell with a carbonate-liquid additive, approx. 5 wt%.", "route", "semi-solid"),
    ("Liquid-free, 2 wt% binder, all-solid-state.", "route", "all-solid-state"),
])
def test_what_a_buyer_reads_in_a_suppliers_words(spec: ChecklistSpec, text: str, step_id: str,
                                                 expected: str) -> None:
    assert step_reading(spec, text, step_id) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Samples sent to customers are a pilot-stage claim, not volume shipping.
    ("C-samples were delivered to three customers last year.", "pilot-line"),
    ("We have shipped B-samples to an OEM.", "pilot-line"),
    ("We have shipped 2 GWh of cells to OEMs.", "shipping"),
    # A press release reporting a pilot line is evidence of the pilot line; alone it is an announcement.
    ("PRESS RELEASE\nOur pilot line reached 91 % yield in Q3.", "pilot-line"),
    ("PRESS RELEASE\nA new era of solid-state energy begins today.", "announcements-only"),
    ("Scale-up: lab scale only, no pilot line yet.", "announcements-only"),
])
def test_manufacturing_evidence_in_a_suppliers_words(spec: ChecklistSpec, text: str, expected: str) -> None:
    assert step_reading(spec, text, "manufacturability") == expected


@pytest.mark.parametrize(("text", "step_id", "expected"), [
    # An explicit refusal reads as "not disclosed" for each step it covers ...
    ("Anode material: confidential (available under NDA).", "anode", "not-disclosed"),
    ("Electrolyte: we cannot disclose the composition at this time.", "electrolyte", "not-disclosed"),
    ("- Separator and anode: sorry, we are unable to share details.", "anode", "not-disclosed"),
    ("- Separator and anode: sorry, we are unable to share details.", "electrolyte", None),
    ("Manufacturing: we decline to comment on production volumes.", "manufacturability", "not-disclosed"),
    ("They would not say whether the anode is lithium metal or graphite.", "anode", "not-disclosed"),
    # ... only where the text says nothing else about the step ...
    ("Anode: graphite. Electrolyte: confidential.", "anode", "graphite"),
    ("Sulfide electrolyte (we cannot name the exact argyrodite).", "electrolyte", "sulfide"),
    # ... and never for a placeholder or a passing word.
    ("Anode material: n/a", "anode", None),
    ("Anode material: TBD", "anode", None),
    ("This document is confidential. Pouch cells, 25 °C.", "anode", None),
    # A refusal covers a step only where it names the step's subject, not through a function word.
    ("We cannot comment on who we work with or what they order.", "anode", None),
    ("We cannot comment on who we work with or what they order.", "route", None),
])
def test_an_explicit_refusal_is_not_disclosed(spec: ChecklistSpec, text: str, step_id: str,
                                              expected: str | None) -> None:
    assert step_reading(spec, text, step_id) == expected


@pytest.mark.parametrize("text", [
    "Anode: Li foil, 20 µm thick, no coating",  # micro sign, which NFKC makes a Greek mu
    "Ｓｕｌｆｉｄｅ electrolyte; ｃｏｉｎ cells at ６０ °C",  # full-width letters and digits
    "Semi‑solid pouch cell — 1,000 cycles at 25 ℃",  # a non-breaking hyphen, a long dash, the degree-Celsius sign
    "Stack pressure:\u00a05\u202fMPa\r\nFormat: pouch\u200b cell",  # spaces that are not spaces, CRLF, zero width
    "Électrolyte: polyme\u0301re (PEO), tested at 60 °C",  # an accent written as a combining mark
    "Cycle life:\t1\u00a0500\t(80 % capacity retention)",
])
def test_every_quote_is_the_suppliers_own_characters(spec: ChecklistSpec, text: str) -> None:
    written = " ".join(text.split())
    result = prefill(spec, text)
    assert result.claims
    for c in result.claims:
        assert c.evidence and c.evidence in written, (c.step_id, c.evidence)
    for m in result.measurements:
        assert m.evidence in written, m.evidence
    for m in find_measurements(text):
        assert m.evidence in written, m.evidence


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
       | st.text(alphabet=" \t\r\n\u00a0\u2028\u200b\u0301µ℃–—‑ａ1:|.x", max_size=40))
def test_the_text_is_read_as_cleaned_with_where_each_character_came_from(text: str) -> None:
    read, starts, ends = _mapped(text)
    assert read == clean(text, keep_lines=True)
    assert len(starts) == len(ends) == len(read)
    assert all(0 <= a < b <= len(text) for a, b in zip(starts, ends, strict=True))
