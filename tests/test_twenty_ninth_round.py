"""Mechanisms of the twenty-ninth round, each a general way people write:

* (BN) a question pointing back ("what's the problem with them?") after an earlier question of the same message that
  names one table row ("I think she said sulfide?") points at that row, as after a statement naming it;
* (BM) whether something changes the (basic, underlying) physics asks whether it breaks battery physics, and
  "battery physics" that is new or different is new or different physics; calling the interface a minor detail meets
  the passage calling that backwards; a resistive layer where layers meet is a resistive interphase;
* (BQ) a synonym phrase opening with a verb is read in its past and present participle too; chat shorthand; what runs
  the show dominates, plain old is conventional, the micro level is the microscopic scale;
* (BP) the engineering constraint is the engineering catch; why anyone should care which asks why it matters; the
  solid-state approaches are the subject as a notion; the bit in the middle is the middle layer; less tolerant is
  less forgiving; the craic asks for the story;
* (BR) "has got" is having; (BS) a short verdict tagged "yeah" asks about the claim before it, the writer's attitude
  is how it is asked, ending up on the same design is converging, defining one row is answered by a passage naming
  it; (BT) a word that only strengthens the next is left out, problems affecting one another are coupled, different
  principles are different physics; (BU) building in bulk is mass-producing, the take-home is the practical value;
  (BV) "what is X doing" asks what X does, what doubles up as the separator is also the separator.
* Speed: the synonym keys are matched as a tree of their shared beginnings, matching what a flat alternation does.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import re

import pytest

from advisor import Advisor
from advisor.retrieval.english import (
    inflections,
    without_got_of_having,
    without_intensifiers,
    without_progressive_doing,
)
from advisor.retrieval.vocabulary import Synonyms

# --- read sets of the twenty-eighth round (BN) -----------------------------------------------------------------


@pytest.mark.parametrize(("message", "entry"), [
    ("A colleague said one of the electrolyte families struggles with brittleness. Was it oxides? And what usually "
     "goes wrong with them?", "electrolyte-families/oxides/drawbacks"),
    ("Someone told me the polymer kind is the flexible one? If so, what's the catch with them?",
     "electrolyte-families/polymers/drawbacks"),
])
def test_a_question_pointing_back_points_at_the_row_an_earlier_question_named(advisor: Advisor, message: str,
                                                                              entry: str) -> None:
    assert advisor.ask(message).entry_ids[:1] == (entry,)


def test_two_rows_named_by_earlier_questions_are_no_one_row_to_point_at(advisor: Advisor) -> None:
    # Which of the two "them" means is not for the advisor to guess: the whole table, where both can be seen.
    answer = advisor.ask("Was it oxides or sulfides? And what usually goes wrong with them?")
    assert answer.entry_ids[:1] != ("electrolyte-families/oxides/drawbacks",)
    assert answer.entry_ids[:1] != ("electrolyte-families/sulfides/drawbacks",)


# --- BM, read as this round's first development set --------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Does switching to a solid electrolyte change the physics of how a battery works?",
    "Does it change the basic physics?",
    "Would a solid layer change the underlying physics of the cell?",
    "Is it a new kind of battery physics?",
])
def test_changing_the_physics_is_breaking_battery_physics(advisor: Advisor, question: str) -> None:
    assert "break battery physics" in advisor.retriever.prepare(question).prepared


def test_a_question_on_changed_physics_is_answered_by_the_passage_on_it(advisor: Advisor) -> None:
    answer = advisor.ask("Does switching to a solid electrolyte change the physics of how a battery works?")
    assert answer.entry_ids[:1] == ("separator-changes-jobs",)


@pytest.mark.parametrize("question", [
    "Isn't the interface problem a minor detail engineers will sort out later?",
    "Interfaces are a minor detail once the chemistry is sorted, no?",
])
def test_calling_the_interface_a_minor_detail_meets_the_guide_calling_that_backwards(advisor: Advisor,
                                                                                   question: str) -> None:
    # The guide: "too many explanations ... treat the interface as a detail. That is backwards."
    answer = advisor.ask(question)
    assert answer.entry_ids[:1] == ("interface-is-the-battery",)
    assert "backwards" in answer.text


def test_a_resistive_layer_where_layers_meet_is_a_resistive_interphase(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("Why do resistive layers grow between the cathode and the electrolyte?")
    assert "resistive interphases" in query.prepared
    answer = advisor.ask("Why do resistive layers grow between the cathode and the electrolyte?")
    assert answer.entry_ids[:1] == ("interface-failure-bullets",)


# --- BQ, written and first run this round, then read as a development set ------------------------------------------


def test_the_inflections_of_a_verb_are_the_english_words_its_endings_make() -> None:
    assert inflections("settle") == {"s": "settles", "ed": "settled", "ing": "settling"}
    assert inflections("win")["ing"] == "winning"  # the doubled consonant, the more common spelling
    assert "ed" not in inflections("beat")  # "beated" is no word
    assert inflections("end") == {"s": "ends", "ed": "ended", "ing": "ending"}


@pytest.mark.parametrize("question", ["Will the companies end up settling on one design?",
                                      "Will every maker have settled on one design by then?",
                                      "Is the industry settling on a single design?"])
def test_a_phrase_opening_with_a_verb_is_read_in_the_verbs_other_forms(advisor: Advisor, question: str) -> None:
    # knowledge/synonyms.yaml writes "settle on one" and "settle on a single" only.
    assert "converge on" in advisor.retriever.prepare(question).prepared


def test_a_one_word_replacement_takes_the_form_of_the_verb_it_replaces(advisor: Advisor) -> None:
    # "beat all the others: win": "beating all the others" is "winning".
    assert "winning" in advisor.retriever.prepare("Which family is beating all the others?").prepared.split()


def test_a_third_person_verb_opening_a_phrase_is_left_to_be_read_as_itself(advisor: Advisor) -> None:
    # "beats" is a superlative's verb: "one battery brand beats the rest, which?" names no set of the guide.
    assert "beats" in advisor.retriever.prepare("Which family beats the rest?").prepared.split()


@pytest.mark.parametrize(("typed", "read"), [("wen", "when"), ("biz", "business")])
def test_more_chat_shorthand(advisor: Advisor, typed: str, read: str) -> None:
    assert read in advisor.retriever.prepare(f"{typed} buying cells what should i ask").prepared.split()


def test_what_runs_the_show_dominates_and_plain_old_lithium_ion_is_conventional(advisor: Advisor) -> None:
    answer = advisor.ask("Why does plain old lithium-ion still rule the roost?")
    assert answer.entry_ids[:1] == ("routes/conventional/reality",)


def test_the_micro_level_is_the_microscopic_scale(advisor: Advisor) -> None:
    assert "microscopic scale" in advisor.retriever.prepare("what matters at the micro level?").prepared


# --- BP, written and first run this round, then read as a development set ------------------------------------------


def test_the_engineering_constraint_is_the_engineering_catch(advisor: Advisor) -> None:
    answer = advisor.ask("What is the main engineering constraint on the solid layers as the cell cycles?")
    assert answer.entry_ids[:1] == ("ion-electron-separator-paths",)


def test_why_anyone_should_care_which_one_asks_why_it_matters(advisor: Advisor) -> None:
    answer = advisor.ask("Why should anyone care which kind of solid the electrolyte is made from?")
    assert answer.entry_ids[:1] == ("why-electrolyte-type-matters",)


@pytest.mark.parametrize("notion", ["approaches", "efforts", "field"])
def test_a_way_of_going_about_the_guides_subject_is_no_other_device(advisor: Advisor, notion: str) -> None:
    # Unlike "a solid-state drive": the solid-state approaches are the guide's subject, not another thing.
    query = advisor.retriever.prepare(f"Will the solid-state {notion} end up converging on one design?")
    assert notion not in query.unknown
    assert advisor.ask(f"Will the solid-state {notion} end up converging on one design?").found


def test_the_bit_in_the_middle_is_the_middle_layer(advisor: Advisor) -> None:
    assert "middle layer" in advisor.retriever.prepare("what's different about the bit in the middle?").prepared


# --- BR, written and first run this round, then read as a development set ------------------------------------------


@pytest.mark.parametrize(("written", "read"), [
    ("and which one's got the least then", "and which one has the least then"),
    ("what's got the most energy", "what has the most energy"),
    ("which cell has got the highest voltage", "which cell has the highest voltage"),
    ("i've got a question about pressure", "i have a question about pressure"),
])
def test_got_after_a_form_of_have_says_nothing_more_than_having(written: str, read: str) -> None:
    assert without_got_of_having(written.split()) == read.split()


def test_a_superlative_switched_with_has_got_is_answered(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("Which of your cells has the most energy?")
    answer = conversation.ask("and which one's got the least then?")
    assert answer.found and answer.text.startswith("**AB-100AH** has the least energy density")


def test_tomorrow_in_chat_shorthand_is_no_word_the_guide_lacks(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("why do interfaces matter, exam tmrw")
    assert "tmrw" not in query.unknown


# --- BS, written and first run this round, then read as a development set ------------------------------------------


def test_a_short_verdict_tagged_yeah_asks_about_the_claim_before_it(advisor: Advisor) -> None:
    answer = advisor.ask("My cousin says a solid cell runs on a different kind of physics. Talking rubbish, yeah?")
    assert answer.found and answer.entry_ids[:1] == ("separator-changes-jobs",)


def test_the_writers_attitude_to_a_thing_is_how_it_is_asked(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("Are the swanky new solid-state cells safer?")
    assert "swanky" in query.adverbs


def test_a_row_described_with_an_attitude_word_is_that_row(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("What anode does a conventional lithium-ion cell use?")
    answer = conversation.ask("and in the flashy solid ones?")
    assert answer.entry_ids[:1] == ("layers/anode-design/solid-state",)


def test_ending_up_on_the_same_design_is_converging(advisor: Advisor) -> None:
    assert "converge on one" in advisor.retriever.prepare("Will the makers all end up on the same design?").prepared


def test_defining_one_row_is_answered_by_the_passage_naming_it_not_the_subjects_definition(advisor: Advisor) -> None:
    # The general definition of a solid-state battery never says what sets the all-solid-state kind apart.
    answer = advisor.ask("Define a true all-solid-state cell.")
    assert answer.entry_ids[:1] == ("routes-compared",)
    assert "solid ion-conducting materials" in answer.text


# --- BT, written and first run this round, then read as a development set ------------------------------------------


@pytest.mark.parametrize(("written", "read"), [
    ("is an electrolyte that conducts ions really well enough", "is an electrolyte that conducts ions well enough"),
    ("a super thin layer", "a thin layer"),
    ("really, why", "really, why"),  # (not at a sentence's edge: there it is how the writer reacts)
])
def test_a_word_that_only_strengthens_the_next_one_is_left_out(written: str, read: str) -> None:
    assert without_intensifiers(written.split()) == read.split()


def test_conducting_ions_really_well_is_high_ionic_conductivity(advisor: Advisor) -> None:
    answer = advisor.ask("Is an electrolyte that conducts ions really well all you need?")
    assert answer.entry_ids[:1] == ("zhao-good-electrolyte",)


def test_problems_affecting_one_another_are_coupled(advisor: Advisor) -> None:
    answer = advisor.ask("Which problems end up affecting one another in an all-solid cell?")
    assert answer.entry_ids[:1] == ("coupled-problems",)


def test_different_principles_are_different_physics(advisor: Advisor) -> None:
    assert "break battery physics" in advisor.retriever.prepare(
        "Do solid cells run on different principles from lithium-ion ones?").prepared


def test_thanks_in_chat_shorthand(advisor: Advisor) -> None:
    assert "thanks" in advisor.retriever.prepare("thnx, what anode do they use?").prepared.split()


# --- BP again: words of chat and dialect ----------------------------------------------------------------------------


def test_what_tolerates_less_forgives_less(advisor: Advisor) -> None:
    assert "less forgiving" in advisor.retriever.prepare("Why are solid stacks less tolerant than wet cells?").prepared
    answer = advisor.ask("Why are all-solid stacks less tolerant than the wet cells we know?")
    assert answer.entry_ids[:1] == ("less-forgiving",)


@pytest.mark.parametrize("question", ["sulphide electrolytes, whats the crack?", "what's the craic with sulphides?"])
def test_the_craic_asks_for_the_story_and_cracks_nothing(advisor: Advisor, question: str) -> None:
    query = advisor.retriever.prepare(question)
    assert "crack" not in query.prepared.split() and "story" in query.prepared.split()


@pytest.mark.parametrize(("typed", "read"), [("meen", "mean"), ("propper", "proper"), ("wi", "with")])
def test_misspellings_and_dialect_in_chat_shorthand(advisor: Advisor, typed: str, read: str) -> None:
    assert read in advisor.retriever.prepare(f"what does semi solid {typed} here").prepared.split()


# --- BU, written and first run this round, then read as a development set ------------------------------------------


def test_building_in_bulk_is_mass_producing(advisor: Advisor) -> None:
    answer = advisor.ask("why is building in bulk so hard for solid-state cells?")
    assert answer.entry_ids[:1] == ("faq-mass-production",)


def test_the_take_home_message_is_the_guides_practical_value(advisor: Advisor) -> None:
    answer = advisor.ask("ok but what's the take home message here?")
    assert answer.found and "practical value" in answer.text


# --- BV, written and first run this round, then read as a development set ------------------------------------------


@pytest.mark.parametrize(("written", "read"), [
    ("what is the electrolyte actually doing in these", "what does the electrolyte actually do in these"),
    ("what even is the separator doing here", "what does the separator do here"),
    ("what are the ions doing during discharge", "what do the ions do during discharge"),
    ("why is it doing that", "why is it doing that"),  # (not "what is ... doing")
])
def test_what_a_thing_is_doing_is_what_it_does(written: str, read: str) -> None:
    assert without_progressive_doing(written.split()) == read.split()


def test_what_a_thing_is_doin_in_chat_is_what_it_does(advisor: Advisor) -> None:
    query = advisor.retriever.prepare("wats the electrolyte actually doin in thes cells")
    # ("actually" only strengthens: left out since the thirtieth round.)
    assert query.prepared.startswith("what does the electrolyte do in these cells")


@pytest.mark.parametrize("question", ["Does the solid electrolyte double up as the separator?",
                                      "so the electrolyte doubles as the separator, right?"])
def test_what_doubles_up_as_the_separator_is_also_the_separator(advisor: Advisor, question: str) -> None:
    # The FAQ: "Is the solid electrolyte also the separator?"
    assert "also the separator" in advisor.retriever.prepare(question).prepared


def test_the_papers_all_this_is_based_on_are_those_the_guide_cites(advisor: Advisor) -> None:
    answer = advisor.ask("Which papers is all this based on?")
    assert answer.entry_ids[:1] == ("sources-list",)


# --- speed: the synonym keys as a tree ----------------------------------------------------------------------------


def test_the_synonym_pattern_matches_what_a_flat_alternation_of_its_keys_matches() -> None:
    # The keys are read as a tree of their shared beginnings (fast with a thousand keys); what matches is what the
    # plain alternation of the keys, longest first, matches.
    pairs = [("li", "lithium"), ("li ion", "lithium-ion"), ("li metal", "lithium metal"), ("ssb", "x"),
             ("settle on one", "converge on one"), ("settle on a single", "converge on a single"), ("s", "y")]
    synonyms = Synonyms(pairs)
    keys = sorted(synonyms.keys, key=len, reverse=True)
    assert "settling on one" in keys
    flat = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")(s|es)?\b")
    for text in ["li ion cells and li metal", "lis and li ions", "settling on one or settled on a single one",
                 "ssbs vs ssb", "a s b", "lithium"]:
        assert [m.group(0) for m in flat.finditer(text)] == [said for said, _ in synonyms.replacements(text)]
