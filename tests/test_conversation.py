"""Multi-turn conversations: short follow-ups lean on the previous topic, full questions do not,
and the supplier checklist runs inside the chat."""

from __future__ import annotations

import pytest

from advisor.conversation import is_follow_up


def ask_all(advisor, *questions):
    conversation = advisor.conversation()
    answers = [conversation.ask(q) for q in questions]
    return conversation, answers


@pytest.mark.parametrize(("first", "follow_up", "entry_id", "opening"), [
    ("what goes wrong with sulfides?", "and oxides?", "electrolyte-families/oxides/drawbacks",
     "**Oxides — What usually goes wrong:**"),
    ("why do researchers like polymers?", "what about composites?", "electrolyte-families/composites/why-like",
     "**Composites — Why researchers like it:**"),
    ("what is the energy density of the AB-50AH?", "and the AB-21700?", "products/ab-21700/energy-density",
     "**AB-21700 — Energy Density:** 300 Wh/kg"),
])
def test_a_new_row_follow_up_keeps_the_column(advisor, first, follow_up, entry_id, opening):
    _, (_, answer) = ask_all(advisor, first, follow_up)
    assert answer.found
    assert answer.entry_ids == (entry_id,)
    assert answer.text.startswith(opening)


def test_a_new_column_follow_up_keeps_the_row(advisor):
    _, (_, answer) = ask_all(advisor, "what is the commercial reading for oxides?", "and their drawbacks?")
    assert answer.entry_ids == ("electrolyte-families/oxides/drawbacks",)


@pytest.mark.parametrize(("first", "follow_up", "must_say"), [
    ("what is the commercial reading for oxides?", "what goes wrong with them?", "Rigid contact"),
    ("tell me about semi-solid batteries", "are they safer?", "risk"),
    ("what goes wrong with sulfides?", "why is that?", "Sulfides"),
])
def test_pronoun_follow_ups_use_the_previous_topic(advisor, first, follow_up, must_say):
    _, (_, answer) = ask_all(advisor, first, follow_up)
    assert answer.found
    assert must_say.casefold() in answer.text.casefold()


def test_the_same_follow_up_without_a_previous_topic_is_not_bent(advisor):
    answer = advisor.conversation().ask("and oxides?")
    assert answer.found
    assert answer.entry_ids == ("electrolyte-families/oxides",)


@pytest.mark.parametrize(("first", "question", "entry_id"), [
    ("what goes wrong with sulfides?", "Why are solid-state batteries still hard to mass-produce?",
     "faq-mass-production"),
    ("what is the energy density of the AB-50AH?", "Who wrote about the critical role of mechanics?",
     "sources/kalnaus-2023/authors"),
    ("what goes wrong with sulfides?", "Is the solid electrolyte also the separator?", "faq-separator"),
])
def test_a_new_full_question_is_not_bent_by_the_previous_topic(advisor, first, question, entry_id):
    _, (_, answer) = ask_all(advisor, first, question)
    assert answer.entry_ids == (entry_id,)
    assert answer == advisor.ask(question)


def test_an_unanswered_turn_does_not_replace_the_topic(advisor):
    _, answers = ask_all(advisor, "what goes wrong with sulfides?", "what's the capital of Peru?", "and oxides?")
    assert not answers[1].found
    assert answers[2].entry_ids == ("electrolyte-families/oxides/drawbacks",)


def test_turns_are_recorded_in_order_and_reset_clears_them(advisor):
    conversation, answers = ask_all(advisor, "what goes wrong with sulfides?", "and oxides?")
    assert [(t.question, t.answer) for t in conversation.turns] == list(
        zip(["what goes wrong with sulfides?", "and oxides?"], answers, strict=True))
    conversation.reset()
    assert conversation.turns == ()
    assert conversation.ask("and oxides?").entry_ids == ("electrolyte-families/oxides",)


@pytest.mark.parametrize(("question", "expected"), [
    ("and oxides?", True),
    ("what about polymers?", True),
    ("how about the AB-21700?", True),
    ("are they safer?", True),
    ("what goes wrong with them?", True),
    ("why?", True),
    ("polymers", True),
    ("ok and the oxides?", True),
    ("Okay, so what about polymers?", True),
    ("what happens to it physically when the cell is cycled?", True),
    ("did their later paper change the conclusion?", True),
    # A demonstrative standing alone, as a pronoun, points back like "it" ...
    ("what else do designers use besides that?", True),
    ("why are those needed at all?", True),
    ("can this crack over time?", True),
    ("what would these do to the cell?", True),
    # ... not one naming its own noun, nor "that" opening a clause.
    ("why do those ceramic electrolyte layers crack under pressure?", False),
    ("my teacher says that ceramic separators crack under pressure", False),
    ("does this battery use a solid electrolyte?", False),
    ("", False),
    ("Why do researchers say lithium metal anodes improve the energy density of solid cells so much?", False),
    ("How does a solid-state battery work in simple terms?", False),
    ("what are the main problems with interfaces in solid state cells", False),
    ("Which solid electrolyte family has the best ionic conductivity at room temperature?", False),
])
def test_is_follow_up(question, expected):
    assert is_follow_up(question) is expected


# --------------------------------------------------------------------------- the checklist in a chat


def test_asking_for_supplier_help_starts_the_checklist(advisor):
    conversation, (answer,) = ask_all(advisor, "help me evaluate a supplier")
    assert conversation.checklist is not None
    assert answer.found
    assert "**Step 1 of " in answer.text
    assert answer.entry_ids == (f"checklist/{conversation.checklist.steps[0].id}",)
    assert answer.suggestions == tuple(o.label for o in conversation.checklist.steps[0].options)


def test_answering_a_step_moves_to_the_next(advisor):
    conversation, (_, answer) = ask_all(advisor, "help me evaluate a supplier", "1")
    first, second = conversation.checklist.steps[:2]
    assert answer.text.startswith(f"Recorded for “{first.title}”")
    assert f"**Step 2 of {len(conversation.checklist.steps)} — {second.title}**" in answer.text
    assert answer.entry_ids == (f"checklist/{second.id}",)


def test_a_side_question_is_answered_from_the_guide_then_the_step_is_asked_again(advisor):
    conversation, (_, side) = ask_all(advisor, "help me evaluate a supplier", "what goes wrong with oxides?")
    step = conversation.checklist.current_step
    assert step is conversation.checklist.steps[0]
    assert side.entry_ids == ("electrolyte-families/oxides/drawbacks",)
    assert side.text.startswith("**Oxides — What usually goes wrong:**")
    assert side.text.endswith(f"*Back to the checklist — {step.title}: {step.question}*")
    again = conversation.ask("1")
    assert again.text.startswith(f"Recorded for “{step.title}”")


def test_stop_leaves_the_checklist_and_questions_are_answered_normally(advisor):
    conversation, (_, stopped, after) = ask_all(
        advisor, "help me evaluate a supplier", "stop", "what goes wrong with oxides?")
    assert stopped.text.startswith("Checklist stopped.")
    assert conversation.checklist is None
    assert after == advisor.ask("what goes wrong with oxides?")


def test_report_mid_checklist(advisor):
    _, (_, _, report) = ask_all(advisor, "help me evaluate a supplier", "skip", "report")
    assert report.text.startswith("# Supplier checklist report")


def test_conversation_ask_accepts_non_text(advisor):
    answer = advisor.conversation().ask(12345)
    assert answer.question == "12345"
    assert not answer.found


def test_a_passage_about_one_row_makes_that_row_the_topic(advisor):
    """A prose answer about one family ("Oxides can be more robust ...") is a row answer too."""
    _, (first, answer) = ask_all(advisor, "Which electrolyte family is robust chemically but hard at contact points?",
                                 "and how do they do commercially?")
    assert first.entry_ids == ("oxides-prose",)
    assert answer.entry_ids == ("electrolyte-families/oxides/commercial",)


def test_a_superlative_follow_up_picks_among_all_rows_not_the_inherited_one(advisor):
    _, (_, answer) = ask_all(advisor, "What series is the AB-100AH in?",
                             "ok, which of the three holds the most energy per kilogram?")
    assert answer.found
    assert answer.text.startswith("**AB-50AH** has the most")


@pytest.mark.parametrize(("first", "switch", "expected"), [
    ("What do researchers like about sulfide electrolytes?", "and the polymer ones?",
     "electrolyte-families/polymers/why-like"),
    ("What usually goes wrong with oxide electrolytes?", "what about the sulfide ones?",
     "electrolyte-families/sulfides/drawbacks"),
])
def test_the_row_ones_switches_the_row_and_keeps_the_column(advisor, first, switch, expected):
    """"the polymer ones" names the polymers row; "ones" stands for what was asked about, and is no
    word to match ("liquid-filled ones" in an unrelated passage)."""
    conversation = advisor.conversation()
    conversation.ask(first)
    assert conversation.ask(switch).entry_ids == (expected,)
