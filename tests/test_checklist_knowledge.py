"""The checklist spec loader: the bundled file is valid, and every kind of mistake is reported precisely."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from advisor.checklist.spec import RATINGS, ChecklistSpec, load_checklist
from advisor.errors import KnowledgeError

CHECKLIST = Path(__file__).resolve().parents[1] / "knowledge" / "checklist.yaml"
GUIDE = Path("/work/shared/guide/how-does-a-solid-state-battery-work.txt")

#: The guide's section headings, word for word (checked against the guide when it is present).
GUIDE_SECTIONS = (
    "How a solid-state battery works in one sentence",
    "The working principle looks familiar, but the separator changes jobs",
    "What the solid electrolyte actually does",
    "Why lithium metal is the real prize, not just the word solid",
    "Where the real engineering trouble starts: interfaces",
    "Why pressure and mechanics matter more than most explainers admit",
    "How solid-state differs from semi-solid and today's lithium-ion",
    "What buyers should ask before treating solid-state as commercial fact",
    "FAQ",
    "Sources and further reading",
)


@pytest.fixture(scope="module")
def spec() -> ChecklistSpec:
    return load_checklist(CHECKLIST, sections=GUIDE_SECTIONS)


def test_bundled_checklist_is_valid(spec: ChecklistSpec) -> None:
    assert spec.id == "supplier-checklist"
    assert [s.id for s in spec.steps] == [
        "route", "electrolyte", "anode", "format", "pressure", "conditions", "after-cycles", "manufacturability",
    ]
    assert set(spec.readings) == set(RATINGS)


def test_every_step_has_a_not_disclosed_option_rated_unknown(spec: ChecklistSpec) -> None:
    for step in spec.steps:
        unknown = [o for o in step.options if o.rating == "unknown"]
        assert unknown, step.id
        assert any("not disclosed" in o.aliases for o in unknown), step.id


def test_every_rating_is_used(spec: ChecklistSpec) -> None:
    used = {o.rating for s in spec.steps for o in s.options}
    assert used == set(RATINGS)


@pytest.mark.skipif(not GUIDE.exists(), reason="the guide is not next to the repository")
def test_section_list_matches_the_guide() -> None:
    lines = {line.strip() for line in GUIDE.read_text(encoding="utf-8").splitlines()}
    for heading in GUIDE_SECTIONS:
        assert heading in lines


@pytest.mark.skipif(not GUIDE.exists(), reason="the guide is not next to the repository")
@pytest.mark.parametrize("phrase", [
    "no single family wins every category",
    "moisture sensitive and interface-reactive",
    "externally applied stack pressure or elaborate interlayers",
    "what was measured after the headline cycle count, not only at the start",
    "shipping proof still matters more than branding",
    "the best lab number is not the same thing as the best battery",
    "high-performance anodes and protection concepts are still central bottlenecks",
    "demand less of a manufacturing reset",
])
def test_guide_text_quotes_the_guide(phrase: str) -> None:
    guide = " ".join(GUIDE.read_text(encoding="utf-8").split()).casefold()
    knowledge = " ".join(CHECKLIST.read_text(encoding="utf-8").split()).casefold()
    assert phrase in guide
    assert phrase in knowledge


# --------------------------------------------------------------------------- broken files

GOOD = """\
checklist:
  id: mini
  title: Mini checklist
  guide: The guide
  readings:
    red-flag: Bad.
    unknown: Unknown.
    caution: Careful.
    reassuring: Fine.
  steps:
    - id: electrolyte
      title: Electrolyte family
      question: Which electrolyte?
      ask: Which electrolyte family?
      sections: [What the solid electrolyte actually does]
      options:
        - id: sulfide
          label: Sulfide
          aliases: [sulfide, sulphide]
          rating: caution
          guide: Moisture sensitive.
          follow_up: How is moisture controlled?
        - id: not-disclosed
          label: Not disclosed
          aliases: [not disclosed]
          rating: unknown
          guide: Ask.
          follow_up: Which family?
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "checklist.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(needle)


def test_minimal_file_loads(tmp_path: Path) -> None:
    spec = load_checklist(write(tmp_path, GOOD))
    assert spec.steps[0].options[0].aliases == ("sulfide", "sulphide")


def test_yaml_syntax_error(tmp_path: Path) -> None:
    broken = GOOD.replace("aliases: [sulfide, sulphide]", "aliases: [sulfide, sulphide")
    with pytest.raises(KnowledgeError, match=r"checklist\.yaml:\d+: \(syntax\): YAML syntax error"):
        load_checklist(write(tmp_path, broken))


def test_missing_field(tmp_path: Path) -> None:
    broken = GOOD.replace("          follow_up: How is moisture controlled?\n", "")
    line = line_of(broken, "- id: sulfide")
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.steps\[0\]\.options\[0\]: "
                       r"missing required field 'follow_up'"):
        load_checklist(write(tmp_path, broken))


def test_wrong_type(tmp_path: Path) -> None:
    broken = GOOD.replace("aliases: [sulfide, sulphide]", "aliases: sulfide")
    line = line_of(broken, "aliases: sulfide")
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.steps\[0\]\.options\[0\]\.aliases: "
                       r"must be a list, got text"):
        load_checklist(write(tmp_path, broken))


def test_duplicate_option_id(tmp_path: Path) -> None:
    broken = GOOD.replace("- id: not-disclosed", "- id: sulfide")
    line = line_of(broken, "- id: sulfide", 2)
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.steps\[0\]\.options\[1\]\.id: "
                       r"duplicate option id 'sulfide'"):
        load_checklist(write(tmp_path, broken))


def test_duplicate_step_id(tmp_path: Path) -> None:
    step = GOOD[GOOD.index("    - id: electrolyte"):]
    broken = GOOD + step
    line = line_of(broken, "- id: electrolyte", 2)
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.steps\[1\]\.id: "
                       r"duplicate step id 'electrolyte'"):
        load_checklist(write(tmp_path, broken))


def test_unknown_rating(tmp_path: Path) -> None:
    broken = GOOD.replace("rating: caution", "rating: red flag")
    line = line_of(broken, "rating: red flag")
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.steps\[0\]\.options\[0\]\.rating: "
                       r"'red flag' is not a rating.*did you mean 'red-flag'"):
        load_checklist(write(tmp_path, broken))


def test_empty_text(tmp_path: Path) -> None:
    broken = GOOD.replace("guide: Moisture sensitive.", 'guide: "  "')
    line = line_of(broken, 'guide: "  "')
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.steps\[0\]\.options\[0\]\.guide: "
                       r"must not be empty"):
        load_checklist(write(tmp_path, broken))


def test_unknown_field_suggests_the_right_name(tmp_path: Path) -> None:
    broken = GOOD.replace("follow_up: How is", "follow-up: How is")
    line = line_of(broken, "follow-up:")
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: .*follow-up: unknown field 'follow-up' — "
                       r"did you mean 'follow_up'\?"):
        load_checklist(write(tmp_path, broken))


def test_step_without_an_unknown_option(tmp_path: Path) -> None:
    broken = GOOD.replace("rating: unknown", "rating: caution")
    with pytest.raises(KnowledgeError, match=r"checklist\.yaml:\d+: checklist\.steps\[0\]\.options: needs an option "
                       r"rated 'unknown'"):
        load_checklist(write(tmp_path, broken))


def test_section_not_in_the_guide(tmp_path: Path) -> None:
    broken = GOOD.replace("[What the solid electrolyte actually does]", "[What the solid electrolyte does]")
    line = line_of(broken, "sections:")
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.steps\[0\]\.sections\[0\]: "
                       r"'What the solid electrolyte does' is not a heading of the guide — did you mean"):
        load_checklist(write(tmp_path, broken), sections=GUIDE_SECTIONS)


def test_bad_detect_rule(tmp_path: Path) -> None:
    broken = GOOD.replace("          rating: caution\n",
                          "          rating: caution\n          detect: {measure: voltage, min: high}\n")
    with pytest.raises(KnowledgeError) as caught:
        load_checklist(write(tmp_path, broken))
    text = str(caught.value)
    assert re.search(r"detect\.measure: 'voltage' is not a measure", text)
    assert re.search(r"detect\.min: must be a number, got text", text)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    broken = GOOD.replace("rating: caution", "rating: maybe").replace("guide: Ask.", "guide: ''").replace(
        "title: Electrolyte family", "title: 42")
    with pytest.raises(KnowledgeError, match=r"3 problems") as caught:
        load_checklist(write(tmp_path, broken))
    fields = {p.field for p in caught.value.problems}
    assert fields == {"checklist.steps[0].options[0].rating", "checklist.steps[0].options[1].guide",
                      "checklist.steps[0].title"}


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match=r"checklist\.yaml: \(file\): cannot be read"):
        load_checklist(tmp_path / "checklist.yaml")


def test_not_a_checklist(tmp_path: Path) -> None:
    expected = r"checklist\.yaml:1: \(top level\): the file must start with 'checklist:'"
    with pytest.raises(KnowledgeError, match=expected):
        load_checklist(write(tmp_path, "entries: []\n"))


# --------------------------------------------------------------------------- the guide's wording lives here

def test_bundled_checklist_carries_its_own_wording(spec: ChecklistSpec) -> None:
    assert spec.section == "What buyers should ask before treating solid-state as commercial fact"
    assert spec.figures_note.startswith("The best lab number is not the same thing as the best battery")
    assert spec.no_claims.startswith("The text makes no claim the checklist can use")


def test_wording_fields_are_optional(tmp_path: Path) -> None:
    spec = load_checklist(write(tmp_path, GOOD))
    assert (spec.section, spec.figures_note, spec.no_claims) == ("", "", "")


def test_wording_fields_are_read(tmp_path: Path) -> None:
    text = GOOD.replace("  guide: The guide\n", "  guide: The guide\n"
                        "  section: What the solid electrolyte actually does\n"
                        "  figures_note: >\n    Numbers need\n    context.\n  no_claims: Nothing found.\n")
    spec = load_checklist(write(tmp_path, text), sections=GUIDE_SECTIONS)
    assert spec.section == "What the solid electrolyte actually does"
    assert spec.figures_note == "Numbers need context."
    assert spec.no_claims == "Nothing found."


def test_section_must_be_a_heading_of_the_guide(tmp_path: Path) -> None:
    broken = GOOD.replace("  guide: The guide\n", "  guide: The guide\n  section: What buyers ask before treating "
                          "solid state as fact\n")
    line = line_of(broken, "section: What buyers")
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.section: 'What buyers ask "
                       r"before treating solid state as fact' is not a heading of the guide — did you mean "
                       r"'What buyers should ask before treating solid-state as commercial fact'\?"):
        load_checklist(write(tmp_path, broken), sections=GUIDE_SECTIONS)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("figures_note", "[a list]", "must be text, got a list"),
    ("no_claims", "''", "must not be empty"),
    ("section", "42", "must be text, got a number"),
])
def test_wording_fields_are_validated(tmp_path: Path, field: str, value: str, message: str) -> None:
    broken = GOOD.replace("  guide: The guide\n", f"  guide: The guide\n  {field}: {value}\n")
    line = line_of(broken, f"{field}:")
    with pytest.raises(KnowledgeError, match=rf"checklist\.yaml:{line}: checklist\.{field}: {re.escape(message)}"):
        load_checklist(write(tmp_path, broken))


def test_a_misspelt_wording_field_is_named(tmp_path: Path) -> None:
    broken = GOOD.replace("  guide: The guide\n", "  guide: The guide\n  figure_note: Numbers.\n")
    with pytest.raises(KnowledgeError, match=r"unknown field 'figure_note' — did you mean 'figures_note'\?"):
        load_checklist(write(tmp_path, broken))


TOPIC_WORDS = re.compile(r"batter|electrolyt|lithium|solid.state|anode|cathode|sulfide|sulphide|oxide|\bcells?\b"
                         r"|stack pressure|wh/kg", re.IGNORECASE)


def test_checklist_code_says_nothing_about_the_guides_subject() -> None:
    """What the checklist shows about batteries comes from checklist.yaml; the code's own strings are generic."""
    import ast

    found = []
    for path in sorted((CHECKLIST.parents[1] / "advisor" / "checklist").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        found += [f"{path.name}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                  and TOPIC_WORDS.search(node.value)]
    assert found == []


def test_qualifying_wordings_are_read_and_validated(tmp_path: Path) -> None:
    with_qualifying = GOOD.replace("aliases: [sulfide, sulphide]", "aliases: [sulfide, sulphide]\n"
                                   "          qualifying: [glassy]", 1)
    assert with_qualifying != GOOD
    option = load_checklist(write(tmp_path, with_qualifying)).steps[0].options[0]
    assert option.qualifying == ("glassy",)
    assert option.wordings == ("sulfide", "sulphide", "glassy")
    broken = with_qualifying.replace("qualifying: [glassy]", "qualifying: ['-']")
    with pytest.raises(KnowledgeError, match=r"qualifying\[0\]: '-' has no letters or digits"):
        load_checklist(write(tmp_path, broken))


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("false", False)])
def test_from_results_is_read(tmp_path: Path, value: str, expected: bool) -> None:
    text = GOOD.replace("    - id: electrolyte\n", f"    - id: electrolyte\n      from_results: {value}\n", 1)
    assert text != GOOD
    assert load_checklist(write(tmp_path, text)).steps[0].from_results is expected


def test_from_results_must_be_true_or_false(tmp_path: Path) -> None:
    broken = GOOD.replace("    - id: electrolyte\n", "    - id: electrolyte\n      from_results: maybe\n", 1)
    with pytest.raises(KnowledgeError, match=r"from_results: must be true or false, got text"):
        load_checklist(write(tmp_path, broken))
