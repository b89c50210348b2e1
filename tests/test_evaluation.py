"""Grading semantics, and the evaluation sets themselves as tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from shared import DEV_SET, require

from advisor import Answer, KnowledgeError
from advisor.quality.evaluation import Case, evaluate, grade, load_cases

PARAPHRASES = Path(__file__).parent / "eval" / "paraphrases.yaml"
#: Written blind, after the retrieval was built; a guard against regressions, not a tuning target.
HOLDOUT = Path(__file__).parent / "eval" / "holdout.yaml"
#: Written blind by helpers who never saw the code or knowledge, one per round of work (README:
#: first-run and final figures); kept as regression sets with floors just under today's figures.
BLIND = {name: Path(__file__).parent / "eval" / f"{name}.yaml"
         for name in ("blind-a", "blind-b", "blind-c", "blind-d", "blind-e", "blind-f", "blind-g", "blind-h",
                      "blind-i", "blind-j", "blind-k", "blind-l", "blind-m", "blind-n", "blind-o",
                      "blind-p", "blind-q", "blind-r", "blind-s", "blind-t", "blind-u", "blind-v",
                      "blind-w", "blind-x", "blind-y", "blind-z", "blind-aa", "blind-ab", "blind-ac",
                      "blind-ad", "blind-ae", "blind-af", "blind-ag", "blind-ah", "blind-ai", "blind-aj",
                      "blind-ak", "blind-al", "blind-am", "blind-an", "blind-ao",
                      "blind-ap", "blind-aq", "blind-ar",
                      "blind-as", "blind-at", "blind-au", "blind-av", "blind-aw", "blind-ax", "blind-ay", "blind-az",
                      "blind-ba", "blind-bb", "blind-bc", "blind-bd", "blind-be", "blind-bf", "blind-bg",
                      "blind-bh", "blind-bi", "blind-bj", "blind-bk",
                      "blind-bl", "blind-bm", "blind-bn", "blind-bo", "blind-bp", "blind-bq", "blind-br", "blind-bs",
                      "blind-bt", "blind-bu", "blind-bv", "blind-bw", "blind-bx", "blind-by", "blind-bz",
                      "blind-ca", "blind-cb", "blind-cc", "blind-cd", "blind-ce", "blind-cg", "blind-ch",
                      "blind-cf", "blind-ci", "blind-cj", "blind-cl", "blind-cn", "blind-cm", "blind-ck", "blind-co",
                      "blind-cp", "blind-cq", "blind-cr", "blind-ct", "blind-cu",
                      "blind-cs", "blind-cw", "blind-cv", "blind-cy", "blind-cx", "blind-cz", "blind-da",
                      "blind-db", "blind-dc", "blind-dd", "blind-de", "blind-df", "blind-dg", "blind-dh", "blind-di",
                      "blind-dj", "blind-dk", "blind-dl", "blind-dm",
                      "blind-dn", "blind-do", "blind-dp", "blind-dq", "blind-dr", "blind-ds",
                      "blind-dt", "blind-du", "blind-dv", "blind-dw",
                      "blind-dx", "blind-dy", "blind-dz", "blind-ea", "blind-eb",
                      "blind-ec", "blind-ed", "blind-ee", "blind-ef", "blind-eg", "blind-eh",
                      "blind-ei", "blind-ej", "blind-ek", "blind-el")}


def case(*, expect=(), forbid=(), found=True) -> Case:
    return Case(("q",), tuple(tuple(g) for g in expect), tuple(forbid), found, "t", 1)


def answer(text: str, found: bool = True) -> Answer:
    return Answer(question="q", text=text, found=found, confidence=1.0 if found else 0.0)


@pytest.mark.parametrize(("expect", "text", "passed", "why"), [
    ([["ions"], ["solid electrolyte", "solid layer"]], "Lithium IONS cross the Solid Layer.", True, ""),
    ([["ions"], ["solid electrolyte"]], "Lithium ions cross a liquid.", False, "missing any of ['solid electrolyte']"),
    ([], "anything", True, ""),
])
def test_every_expect_group_needs_one_of_its_phrases(expect, text, passed, why):
    assert grade(case(expect=expect), answer(text)) == (passed, why)


def test_a_forbidden_phrase_fails_the_case():
    assert grade(case(expect=[["oxides"]], forbid=["Sulfides"]), answer("Oxides, unlike sulfides, ...")) == (
        False, "contains forbidden 'Sulfides'")


@pytest.mark.parametrize(("found", "passed", "why"), [
    (False, True, ""),
    (True, False, "answered a question the guide does not cover"),
])
def test_out_of_scope_cases_pass_only_when_not_found(found, passed, why):
    assert grade(case(found=False), answer("text", found=found)) == (passed, why)


def test_an_in_scope_case_answered_not_found_fails():
    assert grade(case(expect=[["x"]]), answer("x", found=False)) == (False, "said the guide does not cover it")


@pytest.mark.parametrize(("length", "passed"), [(1500, True), (1501, False)])
def test_answers_over_1500_characters_fail(length, passed):
    assert grade(case(), answer("a" * length))[0] is passed


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_load_cases_reads_q_turns_expect_forbid_found_and_tag(tmp_path):
    path = write(tmp_path, """\
        - q: Do all solid-state batteries use lithium metal anodes?
          expect: [[no, not every]]
          forbid: [yes]
          tag: faq
        - turns: ["what goes wrong with oxides?", "and polymers?"]
          expect: [[conductivity]]
        - q: cake recipe
          found: false
        """)
    first, second, third = load_cases(path)
    assert first.expect == (("no", "not every"),)   # YAML 1.1 reads bare no/yes as booleans
    assert first.forbid == ("yes",)
    assert (first.turns, first.tag, first.found, first.line) == (
        ("Do all solid-state batteries use lithium metal anodes?",), "faq", True, 1)
    assert (second.turns, second.tag, second.line) == (("what goes wrong with oxides?", "and polymers?"),
                                                       "untagged", 5)
    assert third.found is False


@pytest.mark.parametrize(("text", "message"), [
    ("q: not a list\n", "must be a list of cases"),
    ("- just a string\n", "a case must be a mapping"),
    ("- turns: []\n", "needs 'q' or a non-empty 'turns' list"),
    ("- q: [unclosed\n", "YAML syntax error"),
])
def test_malformed_case_files_are_reported(tmp_path, text, message):
    with pytest.raises(KnowledgeError, match=message):
        load_cases(write(tmp_path, text))


def test_evaluate_runs_turns_as_one_conversation_and_counts_tags(advisor, tmp_path):
    path = write(tmp_path, """\
        - turns: ["what goes wrong with sulfides?", "and oxides?"]
          expect: [[rigid contact]]
          forbid: [moisture sensitivity]
          tag: followup
        - q: what is the capital of Peru?
          found: false
          tag: oos
        - q: what goes wrong with oxides?
          expect: [[moisture]]
          tag: wrong
        """)
    report = evaluate(advisor, load_cases(path))
    assert [r.passed for r in report.results] == [True, True, False]
    assert report.by_tag == {"followup": (1, 1), "oos": (1, 1), "wrong": (0, 1)}
    assert (report.overall, report.in_scope, report.out_of_scope) == (pytest.approx(2 / 3), 0.5, 1.0)
    assert [r.why for r in report.failures] == ["missing any of ['moisture']"]
    data = report.to_dict()
    assert (data["cases"], data["passed"]) == (3, 2)
    assert "overall accuracy:      66.7% (2/3)" in report.summary()


@pytest.mark.parametrize(("path", "threshold"), [
    pytest.param(DEV_SET, 0.95, id="dev"),
    pytest.param(PARAPHRASES, 0.95, id="paraphrases"),
    pytest.param(HOLDOUT, 0.92, id="holdout"),
    pytest.param(BLIND["blind-a"], 0.97, id="blind-a"),
    pytest.param(BLIND["blind-b"], 0.95, id="blind-b"),
    pytest.param(BLIND["blind-c"], 0.94, id="blind-c"),
    pytest.param(BLIND["blind-d"], 0.94, id="blind-d"),
    pytest.param(BLIND["blind-e"], 0.97, id="blind-e"),
    pytest.param(BLIND["blind-f"], 0.96, id="blind-f"),
    pytest.param(BLIND["blind-g"], 0.97, id="blind-g"),
    pytest.param(BLIND["blind-h"], 0.97, id="blind-h"),
    pytest.param(BLIND["blind-i"], 0.96, id="blind-i"),
    pytest.param(BLIND["blind-j"], 0.95, id="blind-j"),
    pytest.param(BLIND["blind-k"], 0.96, id="blind-k"),
    pytest.param(BLIND["blind-l"], 0.97, id="blind-l"),
    pytest.param(BLIND["blind-m"], 0.93, id="blind-m"),
    pytest.param(BLIND["blind-n"], 0.94, id="blind-n"),
    pytest.param(BLIND["blind-o"], 0.96, id="blind-o"),
    pytest.param(BLIND["blind-p"], 0.95, id="blind-p"),
    pytest.param(BLIND["blind-q"], 0.94, id="blind-q"),
    pytest.param(BLIND["blind-r"], 0.93, id="blind-r"),
    pytest.param(BLIND["blind-s"], 0.92, id="blind-s"),
    pytest.param(BLIND["blind-t"], 0.93, id="blind-t"),
    pytest.param(BLIND["blind-u"], 0.93, id="blind-u"),
    pytest.param(BLIND["blind-v"], 0.97, id="blind-v"),
    pytest.param(BLIND["blind-w"], 0.96, id="blind-w"),
    pytest.param(BLIND["blind-x"], 0.89, id="blind-x"),
    pytest.param(BLIND["blind-y"], 0.92, id="blind-y"),
    pytest.param(BLIND["blind-z"], 0.90, id="blind-z"),
    pytest.param(BLIND["blind-aa"], 0.93, id="blind-aa"),
    pytest.param(BLIND["blind-ab"], 0.95, id="blind-ab"),
    pytest.param(BLIND["blind-ac"], 0.92, id="blind-ac"),
    pytest.param(BLIND["blind-ad"], 0.95, id="blind-ad"),
    pytest.param(BLIND["blind-ae"], 0.95, id="blind-ae"),
    pytest.param(BLIND["blind-af"], 0.90, id="blind-af"),
    pytest.param(BLIND["blind-ag"], 0.89, id="blind-ag"),
    pytest.param(BLIND["blind-ah"], 0.93, id="blind-ah"),
    pytest.param(BLIND["blind-ai"], 0.92, id="blind-ai"),
    pytest.param(BLIND["blind-aj"], 0.97, id="blind-aj"),
    pytest.param(BLIND["blind-ak"], 0.93, id="blind-ak"),
    pytest.param(BLIND["blind-al"], 0.88, id="blind-al"),
    pytest.param(BLIND["blind-am"], 0.94, id="blind-am"),
    pytest.param(BLIND["blind-an"], 0.95, id="blind-an"),
    pytest.param(BLIND["blind-ao"], 0.97, id="blind-ao"),
    pytest.param(BLIND["blind-ap"], 0.97, id="blind-ap"),
    pytest.param(BLIND["blind-aq"], 0.90, id="blind-aq"),
    pytest.param(BLIND["blind-ar"], 0.94, id="blind-ar"),
    pytest.param(BLIND["blind-as"], 0.89, id="blind-as"),
    pytest.param(BLIND["blind-at"], 0.96, id="blind-at"),
    pytest.param(BLIND["blind-au"], 0.94, id="blind-au"),
    pytest.param(BLIND["blind-av"], 0.92, id="blind-av"),
    pytest.param(BLIND["blind-aw"], 0.98, id="blind-aw"),
    pytest.param(BLIND["blind-ax"], 0.97, id="blind-ax"),
    pytest.param(BLIND["blind-ay"], 0.96, id="blind-ay"),
    pytest.param(BLIND["blind-az"], 0.94, id="blind-az"),
    pytest.param(BLIND["blind-ba"], 0.94, id="blind-ba"),
    pytest.param(BLIND["blind-bb"], 0.95, id="blind-bb"),
    pytest.param(BLIND["blind-bc"], 0.95, id="blind-bc"),
    pytest.param(BLIND["blind-bd"], 0.96, id="blind-bd"),
    pytest.param(BLIND["blind-be"], 0.98, id="blind-be"),
    pytest.param(BLIND["blind-bf"], 0.89, id="blind-bf"),
    pytest.param(BLIND["blind-bg"], 0.95, id="blind-bg"),
    pytest.param(BLIND["blind-bh"], 0.97, id="blind-bh"),
    pytest.param(BLIND["blind-bi"], 0.95, id="blind-bi"),
    pytest.param(BLIND["blind-bj"], 0.93, id="blind-bj"),
    pytest.param(BLIND["blind-bk"], 0.95, id="blind-bk"),
    pytest.param(BLIND["blind-bl"], 0.93, id="blind-bl"),
    pytest.param(BLIND["blind-bm"], 0.96, id="blind-bm"),
    pytest.param(BLIND["blind-bn"], 0.94, id="blind-bn"),
    pytest.param(BLIND["blind-bo"], 0.94, id="blind-bo"),
    pytest.param(BLIND["blind-bp"], 0.91, id="blind-bp"),
    pytest.param(BLIND["blind-bq"], 0.92, id="blind-bq"),
    pytest.param(BLIND["blind-br"], 0.97, id="blind-br"),
    pytest.param(BLIND["blind-bs"], 0.92, id="blind-bs"),
    pytest.param(BLIND["blind-bt"], 0.94, id="blind-bt"),
    pytest.param(BLIND["blind-bu"], 0.96, id="blind-bu"),
    pytest.param(BLIND["blind-bv"], 0.95, id="blind-bv"),
    pytest.param(BLIND["blind-bw"], 0.95, id="blind-bw"),
    pytest.param(BLIND["blind-bx"], 0.94, id="blind-bx"),
    pytest.param(BLIND["blind-by"], 0.97, id="blind-by"),
    pytest.param(BLIND["blind-bz"], 0.96, id="blind-bz"),
    pytest.param(BLIND["blind-ca"], 0.94, id="blind-ca"),
    pytest.param(BLIND["blind-cb"], 0.98, id="blind-cb"),
    pytest.param(BLIND["blind-cc"], 0.95, id="blind-cc"),
    pytest.param(BLIND["blind-cd"], 0.96, id="blind-cd"),
    pytest.param(BLIND["blind-ce"], 0.95, id="blind-ce"),
    pytest.param(BLIND["blind-cg"], 0.92, id="blind-cg"),
    pytest.param(BLIND["blind-ch"], 0.96, id="blind-ch"),
    pytest.param(BLIND["blind-cf"], 0.94, id="blind-cf"),
    pytest.param(BLIND["blind-ci"], 0.96, id="blind-ci"),
    pytest.param(BLIND["blind-cj"], 0.97, id="blind-cj"),
    # (0.97 until the thirty-fifth round: one myth lost to reading a good electrolyte as a strong bulk one, README)
    pytest.param(BLIND["blind-cl"], 0.96, id="blind-cl"),
    pytest.param(BLIND["blind-cn"], 0.90, id="blind-cn"),
    pytest.param(BLIND["blind-cm"], 0.93, id="blind-cm"),
    pytest.param(BLIND["blind-ck"], 0.97, id="blind-ck"),
    pytest.param(BLIND["blind-co"], 0.96, id="blind-co"),
    pytest.param(BLIND["blind-cp"], 0.95, id="blind-cp"),
    pytest.param(BLIND["blind-cq"], 0.96, id="blind-cq"),
    pytest.param(BLIND["blind-cr"], 0.94, id="blind-cr"),
    pytest.param(BLIND["blind-ct"], 0.88, id="blind-ct"),
    pytest.param(BLIND["blind-cu"], 0.95, id="blind-cu"),
    pytest.param(BLIND["blind-cs"], 0.95, id="blind-cs"),
    pytest.param(BLIND["blind-cw"], 0.94, id="blind-cw"),
    pytest.param(BLIND["blind-cv"], 0.94, id="blind-cv"),
    pytest.param(BLIND["blind-cy"], 0.86, id="blind-cy"),
    pytest.param(BLIND["blind-cx"], 0.85, id="blind-cx"),
    pytest.param(BLIND["blind-cz"], 0.82, id="blind-cz"),
    pytest.param(BLIND["blind-da"], 0.85, id="blind-da"),
    pytest.param(BLIND["blind-db"], 0.87, id="blind-db"),
    pytest.param(BLIND["blind-dc"], 0.80, id="blind-dc"),
    pytest.param(BLIND["blind-dd"], 0.71, id="blind-dd"),
    pytest.param(BLIND["blind-de"], 0.75, id="blind-de"),
    pytest.param(BLIND["blind-df"], 0.83, id="blind-df"),
    pytest.param(BLIND["blind-dg"], 0.75, id="blind-dg"),
    pytest.param(BLIND["blind-dh"], 0.79, id="blind-dh"),
    pytest.param(BLIND["blind-di"], 0.78, id="blind-di"),
    pytest.param(BLIND["blind-dj"], 0.80, id="blind-dj"),
    pytest.param(BLIND["blind-dk"], 0.84, id="blind-dk"),
    pytest.param(BLIND["blind-dl"], 0.80, id="blind-dl"),
    pytest.param(BLIND["blind-dm"], 0.77, id="blind-dm"),
    pytest.param(BLIND["blind-dn"], 0.75, id="blind-dn"),
    pytest.param(BLIND["blind-do"], 0.80, id="blind-do"),
    pytest.param(BLIND["blind-dp"], 0.88, id="blind-dp"),
    pytest.param(BLIND["blind-dq"], 0.81, id="blind-dq"),
    pytest.param(BLIND["blind-dr"], 0.81, id="blind-dr"),
    pytest.param(BLIND["blind-ds"], 0.83, id="blind-ds"),
    pytest.param(BLIND["blind-dt"], 0.84, id="blind-dt"),
    pytest.param(BLIND["blind-du"], 0.91, id="blind-du"),
    pytest.param(BLIND["blind-dv"], 0.88, id="blind-dv"),
    pytest.param(BLIND["blind-dw"], 0.75, id="blind-dw"),
    pytest.param(BLIND["blind-dx"], 0.88, id="blind-dx"),
    pytest.param(BLIND["blind-dy"], 0.85, id="blind-dy"),
    pytest.param(BLIND["blind-dz"], 0.88, id="blind-dz"),
    pytest.param(BLIND["blind-ea"], 0.82, id="blind-ea"),
    pytest.param(BLIND["blind-eb"], 0.83, id="blind-eb"),
    pytest.param(BLIND["blind-ec"], 0.79, id="blind-ec"),
    pytest.param(BLIND["blind-ed"], 0.84, id="blind-ed"),
    pytest.param(BLIND["blind-ee"], 0.84, id="blind-ee"),
    pytest.param(BLIND["blind-ef"], 0.83, id="blind-ef"),
    pytest.param(BLIND["blind-eg"], 0.82, id="blind-eg"),
    pytest.param(BLIND["blind-eh"], 0.92, id="blind-eh"),
    pytest.param(BLIND["blind-ei"], 0.79, id="blind-ei"),
    pytest.param(BLIND["blind-ej"], 0.91, id="blind-ej"),
    pytest.param(BLIND["blind-ek"], 0.88, id="blind-ek"),
    pytest.param(BLIND["blind-el"], 0.81, id="blind-el"),
])
def test_the_evaluation_sets_pass(advisor, path, threshold):
    report = evaluate(advisor, load_cases(require(path)))
    failures = [f"{r.case.turns!r}: {r.why}" for r in report.failures]
    assert report.overall >= threshold, failures
    assert report.in_scope >= threshold, failures
    assert report.out_of_scope >= threshold, failures
