"""The walk-through: every step, the fuzzy mapping, the report, save/restore, the conversation trigger."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.checklist.chat import ChecklistChat
from advisor.checklist.intent import is_checklist_request
from advisor.checklist.match import match_step
from advisor.checklist.prefill import prefill
from advisor.checklist.report import MAX_NAME_CHARS, NOT_STATED, ChecklistReport, Subject, find_subject
from advisor.checklist.spec import ChecklistSpec, rating_label
from advisor.checklist.walkthrough import Checklist, StepReply
from advisor.errors import ChecklistError


def at(spec: ChecklistSpec, step_id: str) -> Checklist:
    """A new walk-through asking ``step_id``, nothing recorded (restored from a saved state, as after a reload)."""
    state = Checklist(spec).to_dict()
    state["position"] = [step.id for step in spec.steps].index(step_id)
    return Checklist.from_dict(spec, state)


# --------------------------------------------------------------------------- fuzzy mapping, every step

MAPPINGS = [
    ("route", "all-solid-state", "all-solid-state"),
    ("route", "all solid state", "all-solid-state"),
    ("route", "they say it's fully solid, no liquid electrolyte", "all-solid-state"),
    ("route", "semi-solid", "semi-solid"),
    ("route", "semisolid", "semi-solid"),
    ("route", "semi solid state battery", "semi-solid"),
    ("route", "gel electrolyte", "semi-solid"),
    ("route", "they just say solid-state", "unclear"),
    ("route", "solid state", "unclear"),
    ("route", "not disclosed", "not-disclosed"),
    ("electrolyte", "sulphide", "sulfide"),
    ("electrolyte", "sulfide based", "sulfide"),
    ("electrolyte", "Sulfides", "sulfide"),
    ("electrolyte", "sulfde", "sulfide"),
    ("electrolyte", "argyrodite (LPSCl)", "sulfide"),
    ("electrolyte", "oxide", "oxide"),
    ("electrolyte", "a garnet LLZO ceramic", "oxide"),
    ("electrolyte", "PEO polymer", "polymer"),
    ("electrolyte", "polymer-ceramic composite", "composite"),
    ("electrolyte", "they won't say", "not-disclosed"),
    ("electrolyte", "don't know", "not-disclosed"),
    ("anode", "we use Li metal with a coating", "lithium-metal-protected"),
    ("anode", "lithium metal anode with an artificial SEI", "lithium-metal-protected"),
    ("anode", "lithium metal", "lithium-metal-unprotected"),
    ("anode", "bare lithium foil", "lithium-metal-unprotected"),
    ("anode", "lithium metal, no protection", "lithium-metal-unprotected"),
    ("anode", "graphite", "graphite"),
    ("anode", "silicon anode", "silicon-or-other"),
    ("anode", "anode-free", "silicon-or-other"),
    ("anode", "not stated", "not-disclosed"),
    ("format", "coin cell", "coin-cell"),
    ("format", "coin cells", "coin-cell"),
    ("format", "multilayer stack", "multilayer-stack"),
    ("format", "a 10 Ah pouch cell", "pouch-prototype"),
    ("format", "tested in a development vehicle", "vehicle-test"),
    ("format", "no idea", "not-disclosed"),
    ("pressure", "no external pressure", "no-external-pressure"),
    ("pressure", "5 MPa", "external-pressure"),
    ("pressure", "needs stack pressure", "external-pressure"),
    ("pressure", "soft interlayers", "interlayers"),
    ("pressure", "unknown", "not-disclosed"),
    ("conditions", "room temperature", "room-temperature"),
    ("conditions", "25 °C", "room-temperature"),
    ("conditions", "60 C", "elevated-temperature"),
    ("conditions", "heated to 80 °C", "elevated-temperature"),
    ("conditions", "only at C/20, a low rate", "slow-rate"),
    ("conditions", "not sure", "not-disclosed"),
    ("after-cycles", "capacity retention", "retention-only"),
    ("after-cycles", "80% capacity retention and resistance growth", "retention-and-resistance"),
    ("after-cycles", "1000 cycles", "headline-only"),
    ("after-cycles", "just the cycle count", "headline-only"),
    ("after-cycles", "no data", "not-disclosed"),
    ("manufacturability", "in mass production", "shipping"),
    ("manufacturability", "pilot line with yield data", "pilot-line"),
    ("manufacturability", "a press release and a roadmap", "announcements-only"),
    ("manufacturability", "proprietary", "not-disclosed"),
]


@pytest.mark.parametrize(("step_id", "text", "option_id"), MAPPINGS)
def test_free_text_maps_to_the_right_option(spec: ChecklistSpec, step_id: str, text: str, option_id: str) -> None:
    checklist = at(spec, step_id)
    reply = checklist.answer(text)
    assert reply.accepted, reply.message
    assert reply.option is not None and reply.option.id == option_id, reply.explanation
    assert reply.step_id == step_id
    assert checklist.recorded(step_id) == reply.option


def test_every_step_has_mapping_cases(spec: ChecklistSpec) -> None:
    covered = {(s, o) for s, _, o in MAPPINGS}
    for step in spec.steps:
        for option in step.options:
            assert (step.id, option.id) in covered


@pytest.mark.parametrize("step_id", ["route", "electrolyte", "anode", "format", "pressure", "conditions",
                                     "after-cycles", "manufacturability"])
@pytest.mark.parametrize("text", ["banana", "hello", "asdf qwerty", "the weather is nice", "42 bananas", "?", "ok"])
def test_unrelated_text_matches_nothing(spec: ChecklistSpec, step_id: str, text: str) -> None:
    checklist = at(spec, step_id)
    reply = checklist.answer(text)
    assert not reply.accepted
    assert reply.option is None
    assert checklist.current_step is not None and checklist.current_step.id == step_id  # asked again


@pytest.mark.parametrize(("step_id", "text", "not_option"), [
    ("anode", "no lithium metal", "lithium-metal-unprotected"),
    ("anode", "we don't use lithium metal", "lithium-metal-unprotected"),
    ("anode", "without a coating", "lithium-metal-protected"),
    ("electrolyte", "not sulfide", "sulfide"),
    ("electrolyte", "not disclosed", "sulfide"),
    ("pressure", "no external pressure", "external-pressure"),
    ("format", "not a coin cell", "coin-cell"),
    ("manufacturability", "no mass production yet", "shipping"),
])
def test_negation_does_not_map_to_the_positive_option(spec: ChecklistSpec, step_id: str, text: str,
                                                      not_option: str) -> None:
    reply = at(spec, step_id).answer(text)
    assert reply.option is None or reply.option.id != not_option


def test_number_id_and_label_pick_options(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    assert checklist.answer("2").option == spec.steps[0].options[1]
    assert checklist.answer("oxide").option == spec.steps[1].options[1]
    assert checklist.answer("Graphite or another conventional anode").option == spec.steps[2].options[2]


@pytest.mark.parametrize("text", ["0", "9", "99999999999999"])
def test_out_of_range_number_is_refused(spec: ChecklistSpec, text: str) -> None:
    checklist = Checklist(spec)
    reply = checklist.answer(text)
    assert not reply.accepted
    assert "1 to 4" in reply.message


def test_refused_answer_loses_nothing(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    checklist.answer("semi-solid")
    checklist.answer("sulfide")
    before = checklist.to_dict()
    reply = checklist.answer("banana")
    assert not reply.accepted
    assert "couldn't match “banana”" in reply.message
    assert checklist.to_dict() == before


def test_ambiguous_answer_asks_which(spec: ChecklistSpec) -> None:
    checklist = at(spec, "electrolyte")
    reply = checklist.answer("sulfide or oxide")
    assert not reply.accepted
    assert {o.id for o in reply.candidates} == {"sulfide", "oxide"}
    assert "Which one" in reply.message


def test_empty_answer_is_refused(spec: ChecklistSpec) -> None:
    reply = Checklist(spec).answer("   ")
    assert not reply.accepted
    assert "Please type an answer" in reply.message


def test_reply_carries_what_the_guide_says(spec: ChecklistSpec) -> None:
    reply = at(spec, "electrolyte").answer("sulphide")
    assert isinstance(reply, StepReply)
    assert reply.rating == "caution"
    assert "moisture sensitive" in reply.message
    assert reply.follow_up and reply.follow_up in reply.message
    assert reply.explanation and "sulphide" in reply.explanation
    assert json.dumps(reply.to_dict())


def test_match_step_is_a_pure_function(spec: ChecklistSpec) -> None:
    step = spec.steps[1]
    first = match_step(step, "sulphide electrolyte")
    assert first == match_step(step, "sulphide electrolyte")
    assert first.option is not None and first.option.id == "sulfide"
    assert first.evidence == (0, 20)  # the closest alias is "sulfide electrolyte"


# --------------------------------------------------------------------------- moving through the steps


def test_full_walk_through(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    answers = ["semi-solid", "sulfide", "lithium metal with a coating", "pouch cell", "5 MPa", "room temperature",
               "capacity retention and resistance growth", "pilot line"]
    for number, text in enumerate(answers):
        assert not checklist.done
        assert checklist.current_step == spec.steps[number]
        assert checklist.answer(text).accepted
        assert checklist.progress.answered == number + 1
    assert checklist.done
    assert checklist.current_step is None
    assert checklist.progress.remaining == 0
    assert not checklist.answer("sulfide").accepted


def test_skip_and_back(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    checklist.answer("semi-solid")
    reply = checklist.skip()
    assert reply.accepted and "open question" in reply.message
    assert checklist.current_step is not None and checklist.current_step.id == "anode"
    assert checklist.progress.skipped == 1
    assert checklist.back().id == "electrolyte"
    assert checklist.answer("oxide").accepted  # a skipped step can still be answered
    assert checklist.progress.skipped == 0 and checklist.progress.answered == 2
    assert checklist.back().id == "electrolyte"
    assert checklist.back().id == "route"
    assert checklist.back().id == "route"  # stays at the first step
    assert checklist.recorded("route") is not None  # back never forgets


def test_skip_keeps_an_existing_answer(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    checklist.answer("semi-solid")
    checklist.back()
    reply = checklist.skip()
    assert "Kept" in reply.message
    option = checklist.recorded("route")
    assert option is not None and option.id == "semi-solid"


def test_answer_after_back_moves_to_the_next_open_step(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    for text in ["semi-solid", "sulfide", "graphite"]:
        checklist.answer(text)
    checklist.back()
    checklist.back()
    checklist.back()
    checklist.answer("all solid state")
    assert checklist.current_step is not None and checklist.current_step.id == "format"


def test_back_from_the_end(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    for _ in spec.steps:
        checklist.skip()
    assert checklist.done
    assert checklist.back() == spec.steps[-1]
    assert checklist.skip().step_id == spec.steps[-1].id
    assert not checklist.skip().accepted


def test_go_to_a_filled_step_changes_it_and_moves_on_to_the_next_open_one(spec: ChecklistSpec) -> None:
    checklist = walked(spec, ["semi-solid", "sulfide", "graphite"])
    assert checklist.go_to("route") == spec.steps[0]
    assert checklist.current_step == spec.steps[0]
    assert "(Currently recorded: Semi-solid" in checklist.prompt()  # the recorded answer is kept until replaced
    assert checklist.answer("all solid state").accepted
    option = checklist.recorded("route")
    assert option is not None and option.id == "all-solid-state"
    assert checklist.current_step is not None and checklist.current_step.id == "format"
    assert checklist.progress.answered == 3


def test_go_to_from_the_end_and_back_to_the_end(spec: ChecklistSpec) -> None:
    checklist = walked(spec, ["skip"] * len(spec.steps))
    assert checklist.done
    assert checklist.go_to("pressure").id == "pressure"
    assert checklist.answer("5 MPa").accepted
    assert checklist.done  # every other step already has something recorded
    assert checklist.progress.answered == 1


def test_go_to_survives_save_and_restore(spec: ChecklistSpec) -> None:
    checklist = walked(spec, ["semi-solid", "sulfide"])
    checklist.go_to("route")
    restored = Checklist.from_dict(spec, json.loads(json.dumps(checklist.to_dict())))
    assert restored.current_step == spec.steps[0]


@pytest.mark.parametrize("step_id", ["colour", "", "Route"])
def test_go_to_an_unknown_step_is_refused_and_changes_nothing(spec: ChecklistSpec, step_id: str) -> None:
    checklist = walked(spec, ["semi-solid"])
    before = checklist.to_dict()
    with pytest.raises(ChecklistError, match=rf"has no step '{step_id}'; its steps are: route, electrolyte"):
        checklist.go_to(step_id)
    assert checklist.to_dict() == before


def test_typed_skip_is_a_skip(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    assert checklist.answer("skip").accepted
    assert checklist.progress.skipped == 1


def test_prompt_numbers_the_options(spec: ChecklistSpec) -> None:
    prompt = Checklist(spec).prompt()
    assert prompt.startswith("Step 1 of 8 - Route")
    assert "  1. All-solid-state" in prompt


# --------------------------------------------------------------------------- report


def walked(spec: ChecklistSpec, answers: list[str]) -> Checklist:
    checklist = Checklist(spec)
    for text in answers:
        reply = checklist.skip() if text == "skip" else checklist.answer(text)
        assert reply.accepted, reply.message
    return checklist


def test_report_contents(spec: ChecklistSpec) -> None:
    checklist = walked(spec, ["semi-solid", "sulphide", "skip", "coin cell"])
    report = checklist.report()
    assert isinstance(report, ChecklistReport)
    assert report.overall == "red-flag"
    assert [i.status for i in report.items] == ["answered", "answered", "skipped", "answered"] + ["open"] * 4
    electrolyte = report.items[1]
    assert (electrolyte.option_id, electrolyte.rating, electrolyte.answer) == ("sulfide", "caution", "sulphide")
    assert "moisture sensitive" in electrolyte.guide
    assert electrolyte.sections == ("What the solid electrolyte actually does",
                                    "What buyers should ask before treating solid-state as commercial fact")
    steps_asked = [step for step, _ in report.open_questions]
    assert steps_asked == ["Electrolyte family", "Anode", "Test format", "Stack pressure",
                           "Temperature and cycling conditions", "Measured after the headline cycle count",
                           "Manufacturability evidence"]  # the reassuring route answer asks nothing
    assert "What the solid electrolyte actually does" in report.citations
    assert report.progress.answered == 3 and report.progress.skipped == 1


def test_report_markdown_and_dict(spec: ChecklistSpec) -> None:
    report = walked(spec, ["semi-solid", "sulphide"]).report(on=datetime.date(2026, 3, 9))
    markdown = report.to_markdown()
    assert markdown.startswith("# Supplier checklist report\n\n- **Supplier:** Not stated\n- **Product:** Not stated\n"
                               "- **Date:** 2026-03-09\n")
    assert "**Overall reading: Unknown.**" in markdown
    assert "### 2. Electrolyte family: Sulfide (Caution)" in markdown
    assert "## Questions to send to the supplier" in markdown
    assert "“What the solid electrolyte actually does”" in markdown
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert (data["supplier"], data["product"], data["date"]) == ("", "", "2026-03-09")
    assert data["overall"] == {"rating": "unknown", "label": "Unknown", "text": spec.readings["unknown"]}
    assert data["steps"][1]["option_id"] == "sulfide"  # type: ignore[index]


@pytest.mark.parametrize(("answers", "overall"), [
    ([], "unknown"),
    (["semi-solid", "sulfide", "graphite", "vehicle", "no external pressure", "room temperature",
      "capacity retention and resistance growth", "pilot line"], "caution"),
    (["semi-solid", "skip", "graphite", "vehicle", "no external pressure", "room temperature",
      "capacity retention and resistance growth", "in mass production"], "caution"),
    (["semi-solid", "4", "graphite", "vehicle", "no external pressure", "room temperature",
      "capacity retention and resistance growth", "in mass production"], "caution"),
    (["semi-solid", "not disclosed", "graphite", "vehicle", "no external pressure", "room temperature",
      "capacity retention and resistance growth", "in mass production"], "caution"),
    (["semi-solid", "skip", "graphite"], "unknown"),
    (["semi-solid", "sulfide", "lithium metal"], "red-flag"),
])
def test_overall_reading(spec: ChecklistSpec, answers: list[str], overall: str) -> None:
    assert walked(spec, answers).report().overall == overall


def test_all_reassuring_reads_reassuring(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    for step in spec.steps:
        option = next((o for o in step.options if o.rating == "reassuring"), None)
        if option is None:  # the electrolyte step has none: every family has a known weakness
            checklist.skip()
            continue
        assert checklist.answer(option.label).accepted
    report = checklist.report()
    assert report.overall == "caution"
    while checklist.current_step is None or checklist.current_step.id != "electrolyte":
        checklist.back()
    assert checklist.answer("sulfide").accepted
    assert checklist.report().overall == "caution"


def test_report_never_changes_the_walk_through(spec: ChecklistSpec) -> None:
    checklist = walked(spec, ["semi-solid"])
    before = checklist.to_dict()
    checklist.report().to_markdown()
    assert checklist.to_dict() == before


# --------------------------------------------------------------------------- save and restore


def test_save_and_restore(spec: ChecklistSpec) -> None:
    checklist = walked(spec, ["semi-solid", "skip", "we use Li metal with a coating"])
    checklist.back()
    state = json.loads(json.dumps(checklist.to_dict()))
    restored = Checklist.from_dict(spec, state)
    assert restored.to_dict() == checklist.to_dict()
    assert restored.current_step == checklist.current_step
    assert restored.progress == checklist.progress
    assert restored.report() == checklist.report()


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda s: "not a dict", "must be a JSON object"),
    (lambda s: {**s, "format": "something-else"}, "not a saved supplier checklist"),
    (lambda s: {**s, "version": 99}, "version 99 is not supported"),
    (lambda s: {**s, "checklist": "other-checklist"}, "belongs to checklist 'other-checklist'"),
    (lambda s: {**s, "position": 99}, "position must be a whole number from 0 to 8"),
    (lambda s: {**s, "records": {"colour": {"status": "answered", "option": "red"}}}, "step 'colour' is not in"),
    (lambda s: {**s, "records": {"route": {"status": "answered", "option": "maybe"}}},
     "option 'maybe' is not an option of step 'route'"),
    (lambda s: {**s, "records": {"route": {"status": "done"}}}, "status must be 'answered' or 'skipped'"),
    (lambda s: {**s, "records": []}, "records must be an object"),
    (lambda s: {**s, "measurements": [{"kind": "pressure"}]}, r"measurements\[0\] is not a valid measurement"),
    (lambda s: {**s, "notices": [1]}, "notices must be a list of text"),
])
def test_restore_refuses_bad_or_foreign_state(spec: ChecklistSpec, mutate: Any, message: str) -> None:
    state = walked(spec, ["semi-solid"]).to_dict()
    with pytest.raises(ChecklistError, match=message):
        Checklist.from_dict(spec, mutate(state))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=JSON, records=st.dictionaries(st.sampled_from(["route", "anode", "x"]), JSON, max_size=3))
def test_restore_never_raises_anything_but_checklist_error(spec: ChecklistSpec, junk: Any, records: Any) -> None:
    base = Checklist(spec).to_dict()
    for data in (junk, {**base, "records": records}, {**base, "position": junk}, {**base, "measurements": junk}):
        try:
            restored = Checklist.from_dict(spec, data)
        except ChecklistError:
            continue
        restored.report().to_markdown()


# --------------------------------------------------------------------------- properties

LIVE_MARKUP = re.compile(r"(?<!\\)(?:!\[|\[[^\]]*\]\(|<[a-zA-Z/!])")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), step=st.integers(min_value=0, max_value=7))
def test_answer_never_raises_and_report_stays_inert(spec: ChecklistSpec, text: str, step: int) -> None:
    checklist = at(spec, spec.steps[step].id)
    reply = checklist.answer(text)
    assert isinstance(reply.accepted, bool)
    markdown = checklist.report().to_markdown()
    assert not LIVE_MARKUP.search(markdown)
    assert not re.search(r"(?<!\\)<", markdown)


@pytest.mark.parametrize("evil", [
    "![x](http://evil.example/pixel.png) sulfide",
    "sulfide <img src=x onerror=alert(1)>",
    "sulfide [click](javascript:alert(1))",
    "sulfide `code` **bold** # heading",
    "sulfide\n\n# Injected heading\n![x](http://evil)",
])
def test_user_text_in_the_report_is_escaped(spec: ChecklistSpec, evil: str) -> None:
    checklist = at(spec, "electrolyte")
    assert checklist.answer(evil).accepted
    markdown = checklist.report().to_markdown()
    assert not LIVE_MARKUP.search(markdown)
    assert not re.search(r"(?<!\\)<", markdown)
    assert "\n# Injected" not in markdown
    assert "\\!\\[x\\]" in markdown or "![x]" not in markdown


# --------------------------------------------------------------------------- conversation trigger


@pytest.mark.parametrize("text", [
    "help me evaluate a supplier",
    "Help me evaluate a supplier.",
    "start the supplier checklist",
    "vet a vendor",
    "assess a battery supplier",
    "can you help me vet a cell maker?",
    "I want to evaluate a supplier's claims",
    "we're evaluating a vendor, can you help",
    "checklist",
    "open the checklist please",
    "let's do the supplier checklist",
    "help me evalute a suplier",
    "Could you review this supplier's datasheet with me?",
])
def test_checklist_requests(text: str) -> None:
    assert is_checklist_request(text)


@pytest.mark.parametrize("text", [
    "what should buyers ask suppliers",
    "What should I ask a supplier before buying?",
    "how does a solid state battery work",
    "which electrolyte is best",
    "how do I evaluate a supplier?",
    "what is the supplier checklist?",
    "compare sulfide and oxide electrolytes",
    "hello",
    "",
    "evaluate " * 100,
    # A question asked after a clause that sets it up asks the guide.
    "Compare the semi-solid and all-solid-state routes: what does each offer?",
    "Our vendor sent test results. Which cell formats were they measured in?",
    "If a supplier uses an oxide electrolyte, what does the checklist ask next?",
])
def test_not_checklist_requests(text: str) -> None:
    assert not is_checklist_request(text)


# --------------------------------------------------------------------------- wording from checklist.yaml


def test_chat_cites_the_checklists_section_once_the_steps_are_done(spec: ChecklistSpec) -> None:
    chat = ChecklistChat(Checklist(spec))
    first = chat.start("help me evaluate a supplier")
    assert first.sources[0].section == spec.steps[0].sections[0]
    for _ in spec.steps:
        chat.handle("skip")
    answer, _ = chat.handle("report")
    assert answer is not None and answer.sources[0].section == spec.section


def test_chat_without_a_section_cites_the_checklist_by_title(spec: ChecklistSpec) -> None:
    checklist = Checklist(replace(spec, section=""))
    for _ in spec.steps:
        checklist.skip()
    answer, _ = ChecklistChat(checklist).handle("report")
    assert answer is not None and answer.sources[0].citation() == f"“{spec.title}”"


def test_report_notes_the_figures_with_the_checklists_own_words(spec: ChecklistSpec) -> None:
    markdown = Checklist.from_prefill(spec, prefill(spec, "needs 5 MPa")).report().to_markdown()
    figures = markdown[markdown.index("## Figures the supplier quotes"):markdown.index("## Questions")]
    assert spec.figures_note in figures  # plain prose: nothing in it needs escaping
    without = replace(spec, figures_note="")
    markdown = Checklist.from_prefill(without, prefill(without, "needs 5 MPa")).report().to_markdown()
    assert "## Figures the supplier quotes" in markdown and spec.figures_note not in markdown


# --------------------------------------------------------------------------- the report as a document


DAY = datetime.date(2026, 11, 25)


def test_report_is_dated_today_unless_told(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    assert checklist.report().date == datetime.date.today()
    assert checklist.report(on=DAY).date == DAY


@pytest.mark.parametrize(("typed", "shown"), [
    ("AX-7 semi-solid (heated cell).", "AX-7 semi-solid (heated cell)."),
    ("semi-solid, 80% at 25 °C; ~300 Wh/kg, $120/kWh", "semi-solid, 80% at 25 °C; ~300 Wh/kg, $120/kWh"),
    ("semi-solid R&D cell_v2 from a 2026 roadmap!", "semi-solid R&D cell_v2 from a 2026 roadmap!"),
    ("semi-solid: http://example.com/datasheet?id=4", "semi-solid: http://example.com/datasheet?id=4"),
    ("- semi-solid # 1 > 2 + 3 = 4", "- semi-solid # 1 > 2 + 3 = 4"),  # mid-line: opens no block
])
def test_report_markdown_leaves_ordinary_punctuation_alone(spec: ChecklistSpec, typed: str, shown: str) -> None:
    checklist = Checklist(spec)
    assert checklist.answer(typed).accepted
    markdown = checklist.report(on=DAY).to_markdown()
    assert f"“{shown}”" in markdown
    assert "Semi-solid (partly liquid or gel-assisted)" in markdown  # the checklist's own words, as written


@pytest.mark.parametrize(("typed", "shown"), [
    ("semi-solid ![x](http://evil.example/p.png)", r"semi-solid !\[x\](http://evil.example/p.png)"),
    ("semi-solid [click](javascript:alert(1))", r"semi-solid \[click\](javascript:alert(1))"),
    ("semi-solid <img src=x onerror=alert(1)>", r"semi-solid \<img src=x onerror=alert(1)>"),
    ("semi-solid **bold** and *it*", r"semi-solid \*\*bold\*\* and \*it\*"),
    ("semi-solid _under_ ~~struck~~ $x$ `code`", r"semi-solid \_under\_ \~\~struck\~\~ \$x\$ \`code\`"),
    ("semi-solid | a | table |", r"semi-solid \| a \| table \|"),
    ("semi-solid &amp; &#60; \\* and a \\", r"semi-solid \&amp; \&#60; \\\* and a \\"),
    ("semi-solid\n\n# Injected heading", "semi-solid # Injected heading"),
])
def test_report_markdown_escapes_what_would_change_its_structure(spec: ChecklistSpec, typed: str,
                                                                  shown: str) -> None:
    checklist = Checklist(spec)
    assert checklist.answer(typed).accepted
    assert f"“{shown}”" in checklist.report(on=DAY).to_markdown()


def test_report_markdown_escapes_a_block_marker_that_opens_a_line(spec: ChecklistSpec) -> None:
    noted = replace(spec, figures_note="# not a heading")
    checklist = Checklist.from_prefill(noted, prefill(noted, "needs 5 MPa"))
    assert "\n\\# not a heading\n" in checklist.report(on=DAY).to_markdown()


def test_report_uses_formal_wording(spec: ChecklistSpec) -> None:
    # The report addresses no one: readings and assessments are impersonal (only the questions
    # for the supplier say "you"), and nothing is chatty.
    informal = re.compile(r"\b(?:you|your|don't|won't|isn't|it's|let's|still ask|send the)\b|enough charge",
                          re.IGNORECASE)
    assessments = [*spec.readings.values(), *(step.why for step in spec.steps),
                   *(option.guide for step in spec.steps for option in step.options)]
    assert [text for text in assessments if informal.search(text)] == []
    checklist = Checklist(spec)
    for step in spec.steps:
        checklist.answer(step.options[0].label)
    report = checklist.report(on=DAY)
    markdown = report.to_markdown()
    for question in [item.follow_up for item in report.items]:
        markdown = markdown.replace(" ".join(question.split()), "")
    assert not informal.search(re.sub(r"“[^”]*”", "", markdown))  # quotes are someone's own words


# ----- supplier and product


@pytest.mark.parametrize(("text", "supplier", "product"), [
    ("Manufacturer: Acme Energy GmbH\nModel: AX-7\nElectrolyte: sulfide", "Acme Energy GmbH", "AX-7"),
    ("Supplier | Northwind Cells\nProduct name | Polar 300", "Northwind Cells", "Polar 300"),
    ("Volta Cells Co., Ltd. presents the AB-50AH semi-solid pouch cell.", "Volta Cells Co., Ltd", "AB-50AH"),
    ("Our AX-7 cell, certified to UN-38.3 and IEC-62660, by Acme Inc.", "Acme Inc", "AX-7"),
    ("A semi-solid pouch cell with 800 cycles at 5 MPa and -20 °C.", "", ""),
    ("", "", ""),
])
def test_find_subject(text: str, supplier: str, product: str) -> None:
    assert find_subject(text) == Subject(supplier, product)


def test_find_subject_keeps_a_name_short_and_on_one_line() -> None:
    found = find_subject("Manufacturer: " + "A" * 300)
    assert found.supplier == "A" * MAX_NAME_CHARS


def test_describe_names_the_supplier_and_product_in_the_report(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    assert checklist.describe(supplier="  Acme\nEnergy  GmbH ") == Subject("Acme Energy GmbH", "")
    assert checklist.describe(product="AX-7") == Subject("Acme Energy GmbH", "AX-7")  # None keeps the other
    report = checklist.report(on=DAY)
    assert report.header_fields() == [("Supplier", "Acme Energy GmbH"), ("Product", "AX-7"), ("Date", "2026-11-25")]
    assert "- **Supplier:** Acme Energy GmbH\n- **Product:** AX-7\n" in report.to_markdown()
    assert checklist.describe(supplier="").supplier == ""  # "" clears
    assert checklist.report(on=DAY).header_fields()[0] == ("Supplier", NOT_STATED)
    assert len(checklist.describe(product="x" * 500).product) == MAX_NAME_CHARS


def test_subject_survives_save_and_restore(spec: ChecklistSpec) -> None:
    checklist = Checklist(spec)
    checklist.describe(supplier="Acme GmbH", product="AX-7")
    restored = Checklist.from_dict(spec, json.loads(json.dumps(checklist.to_dict())))
    assert restored.subject == Subject("Acme GmbH", "AX-7")
    older = checklist.to_dict()
    del older["subject"]  # saved before the report named its subject
    assert Checklist.from_dict(spec, older).subject == Subject()


@pytest.mark.parametrize("subject", [[], {"supplier": 1}, {"colour": "red"}, {"product": "x" * (MAX_NAME_CHARS + 1)}])
def test_restore_refuses_a_bad_subject(spec: ChecklistSpec, subject: object) -> None:
    state = {**Checklist(spec).to_dict(), "subject": subject}
    with pytest.raises(ChecklistError, match="subject must be an object with a supplier and a product"):
        Checklist.from_dict(spec, state)


# ----- printable HTML


class _Tags(HTMLParser):
    """Every tag and attribute of a page, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}

    def handle_data(self, data: str) -> None:
        self.text.append(data)


OUR_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "dl", "dt", "dd",
            "section", "p", "strong", "q", "ul", "ol", "li"}
OUR_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class"}


def parsed(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def test_printable_report_is_a_self_contained_page(spec: ChecklistSpec) -> None:
    checklist = Checklist.from_prefill(spec, prefill(spec, "semi-solid pouch cell, sulfide electrolyte, 5 MPa"))
    checklist.describe(supplier="Acme GmbH", product="AX-7")
    report = checklist.report(on=DAY)
    page = report.to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Supplier checklist report - Acme GmbH - AX-7 - 2026-11-25</title>" in page  # a PDF's file name
    assert "default-src 'none'" in page  # even a mistake could load nothing
    assert "@media print" in page and "@page" in page
    tags = parsed(page)
    assert tags.tags <= OUR_TAGS and tags.attributes <= OUR_ATTRIBUTES
    text = " ".join(" ".join(tags.text).split())
    for label, value in report.header_fields():
        assert f"{label} {value}" in text
    assert f"Overall reading: {rating_label(report.overall)}. {' '.join(report.overall_text.split())}" in text
    for item in report.items:
        assert item.heading in text
    assert "Questions to send to the supplier" in text and report.guide in text


@pytest.mark.parametrize("evil", [
    "semi-solid <script>alert(1)</script>",
    "semi-solid <img src=http://evil.example/p.png onerror=alert(1)>",
    'semi-solid "><iframe src=//evil.example>',
    "semi-solid ![x](http://evil.example/p.png) &amp; &lt;b&gt;",
])
def test_printable_report_shows_what_was_typed_as_text(spec: ChecklistSpec, evil: str) -> None:
    checklist = Checklist(spec)
    assert checklist.answer(evil).accepted
    checklist.describe(supplier=evil, product="<b>AX-7</b>")
    page = checklist.report(on=DAY).to_html()
    tags = parsed(page)
    assert tags.tags <= OUR_TAGS and tags.attributes <= OUR_ATTRIBUTES
    text = "".join(tags.text)
    assert evil in text and "<b>AX-7</b>" in text  # shown exactly as typed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), name=st.text(max_size=60))
def test_printable_report_never_takes_markup_from_text(spec: ChecklistSpec, text: str, name: str) -> None:
    checklist = Checklist.from_prefill(spec, prefill(spec, text))
    checklist.describe(supplier=name, product=name)
    tags = parsed(checklist.report(on=DAY).to_html())
    assert tags.tags <= OUR_TAGS and tags.attributes <= OUR_ATTRIBUTES
