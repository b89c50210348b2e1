"""Mechanisms of the thirty-first round, each a general way people write:

* (CF, CI) "the battery's powering" contracts "is" in a clause opened by "when", "if" ... before a verb's
  "-ing" form; "compared with what?" names no side of the comparison, so the sentence before it says what is
  compared; texting's question words open a question without a question mark ("r they safe or is that hype");
  names for the one spoken to ("brah") ask nothing; a question someone else asked, reported
  ("our insurers have asked whether ..."), is the one to answer when nothing is asked outright; a request put as a
  question ("Could you explain how ...?") is not asked yes or no; "X or Y?" of a cell asks which, not yes or no;
  a question whose subject the best passage never mentions goes to a close passage about it; the end of a
  battery's life and where batteries may be installed are topics the guide does not cover; a texted "wen ..."
  opens a question, not a request for the checklist;
* (CJ) a question argued over ("arguing about whether ...") is asked;
* (CL) "list" opening a request is how the answer is wanted, not what it is about; a question with "they" after a
  claim made by someone the guide never names is asked of what the claim is about; "whats the catch then" is a
  follow-up; "those gaps do to ..." asks the effect of what was talked about; the capacity a cell keeps is a
  figure the guide does not give;
* (CN) simple words asked for before or after "what exactly is ..." are how it is put; grilling (quizzing) someone
  about something is asking them; a cell that "runs" a part uses it; a guide's word after a noun the knowledge never
  uses ("my printer's touchscreen interface") names another thing, lent to no question pointing back at it;
* (CM) a guarantee and a charge rate are product details the guide does not list, worn-out batteries and their
  recycling are not covered; a question set against what was said ("... instead?") is a follow-up; "entirely",
  "totally" only make a word whole; the whole question, else its first clause, is asked of a claim's subject (a
  claim someone made; "their" after "a clip about Voltaris's cell" is still the company's);
* (CK) layers that don't match are mismatched; keeping layers touching is maintaining contact; a coin one is a
  coin cell; what understanding something lets you do is its practical value; a lab's best numbers are its best lab
  number; failing in the same way (or differently) asks for the failure mode;
* (CO) "the actual argument" names nothing more than "the argument"; "who's right?" between two claims asks for no
  person; a word form of an uncovered term inside a phrase the knowledge says ("a recycled buzzword") names no topic;
  a bare "why is that?" after an answer is answered by it; the mechanisms by which something happens are its ways;
  problems arise where things go wrong; what a guide rests on is what it cites; why bother learning something asks
  its practical value; a problem cracked is solved; keeping things distinct is separating them; a material awkward to
  handle is sensitive;
* words: all new science is different physics, the article is the guide, the principal difficulty is the main
  trouble, contact points are interfaces, a practical benefit is practical value, the batteries in my phone as a
  reference are today's lithium-ion, what keeps the electrodes apart separates them, ending up built the same way is
  converging, a problem sorted is solved, waiting on the factories is waiting on mass production, clearing the table
  is winning, showing up first (on sale first) is reaching the market first, a question fired at someone is put to
  them, what shape a cell is is its cell type, "still top of the table" is still dominant, how solid-state cells fail
  is their failure mode.

Our own questions, written for these tests; not copies of any evaluation set.
"""

from __future__ import annotations

import pytest

from advisor import Advisor
from advisor.checklist.intent import is_checklist_request
from advisor.conversation import is_follow_up
from advisor.retrieval.english import expand_shorthand, without_list_request
from advisor.retrieval.followups import effect_asked_on
from advisor.retrieval.message import (
    asks,
    asks_what_to_ask,
    asks_yes_or_no,
    questions_in,
    without_register_wanted,
    without_why_asked,
)
from advisor.text import normalise

# --- how questions are written --------------------------------------------------------------------------------------


def test_an_apostrophe_s_before_a_verb_in_a_when_clause_is_is() -> None:
    assert "cell is charging" in normalise("When the cell's charging, where do the ions go?")
    assert "battery is still running" in normalise("if the battery's still running a fan, what moves?")
    # A possessive stays one: no clause opened by "when" or "if" before it.
    assert normalise("the cell's charging rate") == "the cell charging rate"


def test_a_contracted_is_reads_as_the_clause_written_in_full(advisor: Advisor) -> None:
    contracted = advisor.ask("When the battery's really powering a lamp, which way do the ions travel?")
    written = advisor.ask("When the battery is really powering a lamp, which way do the ions travel?")
    assert contracted.found and contracted.entry_ids == written.entry_ids


def test_compared_with_what_is_asked_of_the_sentence_before_it(advisor: Advisor) -> None:
    answer = advisor.ask("People say a lithium metal anode holds more lithium. Compared to what, and does it matter?")
    assert answer.found and "graphite" in answer.text.lower()


@pytest.mark.parametrize("sentence", ["r the solid ones any safer or is it all hype", "wat do u reckon, r they safe",
                                      "y r they so hard to make", "wot shape is it"])
def test_texting_question_words_open_a_question(sentence: str) -> None:
    assert asks(sentence)


def test_a_texted_question_after_a_story_is_the_question(advisor: Advisor) -> None:
    answer = advisor.ask("my torch and my strimmer run on lithium. my brother in law sells the new solid ones and "
                         "says they never catch fire. r they actually safer or is it all hype")
    assert answer.found and answer.entry_ids == ("faq-safety",)


def test_a_greeting_and_a_name_for_the_reader_ask_nothing() -> None:
    assert expand_shorthand(["yo", "is", "it", "safe", "brah"], frozenset()) == ["is", "it", "safe"]


def test_a_reported_question_is_answered_when_nothing_is_asked_outright(advisor: Advisor) -> None:
    message = ("Our auditors have asked whether solid-state cells are automatically safer than lithium-ion. "
               "A short note for the file would be appreciated.")
    assert questions_in(message, advisor.on_topic, advisor.names_subject) == [
        "whether solid-state cells are automatically safer than lithium-ion."]
    assert advisor.ask(message).entry_ids == ("faq-safety",)


def test_a_reported_question_beside_one_asked_outright_is_context(advisor: Advisor) -> None:
    message = "My manager keeps asking whether we should wait. What do sulfide electrolytes struggle with?"
    assert questions_in(message, advisor.on_topic, advisor.names_subject) == [
        "What do sulfide electrolytes struggle with?"]


def test_a_question_argued_over_is_asked(advisor: Advisor) -> None:
    message = ("My brothers argued all evening over whether solid cells have to be clamped. Dad reckons it is "
               "nonsense. Is there anything in it?")
    assert "whether solid cells have to be clamped." in questions_in(message, advisor.on_topic,
                                                                     advisor.names_subject)
    assert advisor.ask(message).entry_ids == ("stack-pressure-interlayers",)


def test_a_request_put_as_a_question_is_not_asked_yes_or_no() -> None:
    assert not asks_yes_or_no("Could you explain how stack pressure affects a lithium metal cell?")
    assert not asks_yes_or_no("Can you tell me why oxides are brittle?")
    # ... while "whether" still asks yes or no.
    assert asks_yes_or_no("Could you tell me whether sulfides mind moisture?")


def test_a_request_for_an_explanation_gets_no_verdict(advisor: Advisor) -> None:
    answer = advisor.ask("Would you explain how mechanical stress affects a cell with a lithium metal anode?")
    assert answer.found and not answer.text.startswith(("Yes.", "No."))


@pytest.mark.parametrize("question", ["Is the AB-21700 cylindrical or pouch?", "is the AB-50AH pouch or cylindrical?"])
def test_a_choice_between_two_values_gets_no_yes_or_no(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and not answer.text.startswith(("Yes.", "No."))
    assert "Cell type" in answer.text


@pytest.mark.parametrize("question", [
    "What becomes of solid-state cells at the end of their life?",
    "How should old solid-state batteries be disposed of?",
])
def test_the_end_of_a_batterys_life_is_not_covered(advisor: Advisor, question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found and "disposal" in answer.text


def test_building_and_fire_codes_for_installing_batteries_are_not_covered(advisor: Advisor) -> None:
    answer = advisor.ask("Which building codes apply when we put solid-state storage in a warehouse?")
    assert not answer.found and "installing them" in answer.text


def test_a_texted_when_opens_a_question_not_the_checklist() -> None:
    assert not is_checklist_request("wen a supplier sends test data wat cells shud they have used")
    assert is_checklist_request("help me evaluate a supplier")


# --- words ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "read"), [
    ("this article", "the guide"),
    ("the principal difficulty", "the main trouble"),
    ("the contact points", "interfaces"),
    ("the practical benefit", "practical value"),
    ("different from the batteries in my laptop", "from conventional lithium ion batteries"),
    ("what keeps the electrodes apart", "separates the electrodes"),
    ("end up built the same way", "converge on one final design"),
    ("is it basically sorted", "solved"),
    ("waiting on the factories", "waiting on mass production"),
    ("clears the table", "wins"),
    ("shows up first", "reaches the market first"),
    ("fire at the maker", "put to the maker"),
    ("what shape is the cell", "what cell type is the cell"),
    ("is it all new science", "break battery physics"),
])
def test_everyday_words_are_read_as_the_guides(advisor: Advisor, written: str, read: str) -> None:
    assert f" {read} " in f" {advisor.retriever.retrieve(written).query.prepared} "


@pytest.mark.parametrize(("question", "entry"), [
    ("What is the bottom line of this article?", "buyer-academic-evidence"),
    ("Are sulfides the ones that clear the table on every measure?", "no-single-family-wins"),
    ("Surely solid-state is all sorted now and they're only waiting on the factories?", "faq-mass-production"),
    ("Which route shows up first for buyers, semi-solid or all-solid-state?", "semi-solid-earlier"),
    ("what shape is the AB-50AH", "products/ab-50ah/cell-type"),
    ("In a solid-state cell, what keeps the two electrodes apart?", "faq-separator"),
])
def test_everyday_words_meet_the_guides(advisor: Advisor, question: str, entry: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids == (entry,)


def test_the_batteries_in_a_phone_as_a_reference_are_no_question_about_phones(advisor: Advisor) -> None:
    answer = advisor.ask("Is the chemistry of a solid-state cell totally different from the batteries in my laptop?")
    assert answer.found


# --- the thirty-first round's second set (CL) ------------------------------------------------------------------------


def test_list_opening_a_request_is_how_the_answer_is_wanted() -> None:
    assert without_list_request(["please", "list", "the", "mechanisms", "of", "interface", "failure"]) == \
        ["please", "the", "mechanisms", "of", "interface", "failure"]
    # ... but a word or two after it are what the list is of ("list ur sources").
    assert without_list_request(["list", "your", "sources"]) == ["list", "your", "sources"]
    # The guide's own "list of sources" keeps its word.
    assert without_list_request(["list", "of", "sources"]) == ["list", "of", "sources"]


def test_a_list_requested_of_interfaces_is_not_the_list_of_sources(advisor: Advisor) -> None:
    answer = advisor.ask("List the mechanisms by which an interface can degrade a cell.")
    assert answer.entry_ids == ("interface-failure-bullets",)
    assert advisor.ask("List the sources the guide cites.").entry_ids == ("sources-list",)


def test_they_after_a_named_persons_claim_is_what_the_claim_is_about(advisor: Advisor) -> None:
    answer = advisor.ask("My neighbour Mr Hargreaves swears the new solid-state packs can't ever burn because "
                         "nothing inside is liquid. Are they honestly safer than normal lithium?")
    assert answer.entry_ids == ("faq-safety",)


@pytest.mark.parametrize("question", ["whats the catch then", "so whats the weakness then"])
def test_a_short_question_carrying_on_is_a_follow_up(question: str) -> None:
    assert is_follow_up(question)


def test_the_weakness_then_is_the_drawbacks_of_what_was_talked_about(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("what are oxide electrolytes good at")
    assert conversation.ask("whats the weakness then").entry_ids == ("electrolyte-families/oxides/drawbacks",)


def test_the_effect_asked_of_those_things_is_on_what_follows() -> None:
    # "those gaps" is what has the effect; the resistance is what it is on.
    assert effect_asked_on("what do those gaps do to the resistance?", ("gaps", "voids", "resistance")) == \
        ("resistance",)
    assert effect_asked_on("what does that do to the cell?", ("cell",)) == ("cell",)


def test_the_capacity_a_cell_keeps_is_a_figure_the_guide_does_not_give(advisor: Advisor) -> None:
    answer = advisor.ask("Roughly what percentage of its capacity does a solid-state pouch cell hold after a year?")
    assert not answer.found and "capacity" in answer.text


@pytest.mark.parametrize(("question", "entry"), [
    ("Why is conventional lithium-ion still top of the pile?", "routes/conventional/reality"),
    ("How do solid-state batteries fail?", "layers/failure-mode/solid-state"),
    ("Are the halfway semi-solid cells going to be on sale before all-solid-state ones?", "semi-solid-earlier"),
])
def test_cl_words_meet_the_guides(advisor: Advisor, question: str, entry: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids == (entry,)


# --- the thirty-first round's third set (CN) -------------------------------------------------------------------------


def test_simple_words_asked_for_around_what_exactly_is_are_how_it_is_put() -> None:
    assert without_register_wanted("What exactly is an interlayer, in plain English?") == \
        "What exactly is an interlayer?"
    assert without_register_wanted("In simple terms, what is a composite electrolyte?") == \
        "what is a composite electrolyte?"
    # Not where the simple terms are what is asked about.
    assert without_register_wanted("What happens inside, in simple terms?") == "What happens inside, in simple terms?"


def test_grilling_someone_is_asking_them(advisor: Advisor) -> None:
    question = "What should I be grilling the engineer about before we sign?"
    assert asks_what_to_ask(question)
    assert without_why_asked(question) == "What should I be grilling the engineer about?"
    answer = advisor.ask("Our supplier's rep showed us a glossy chart with a huge cycle count. What should I be "
                         "grilling him about?")
    assert answer.entry_ids == ("buyer-ask-list",)


def test_a_cell_that_runs_a_part_uses_it(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("why bother with a lithium metal anode")
    assert conversation.ask("and do all solid-state cells run one?").entry_ids == ("faq-lithium-metal",)


@pytest.mark.parametrize(("written", "read"), [
    ("will they end up being the same design", "converge on one final design"),
    ("what sorts of battery cells", "kinds of battery cells"),
    ("from one side to the other", "between the cathode and anode"),
    ("grilling them", "asking them"),
])
def test_cn_words_are_read_as_the_guides(advisor: Advisor, written: str, read: str) -> None:
    assert f" {read} " in f" {advisor.retriever.retrieve(written).query.prepared} "


def test_a_guide_word_after_a_foreign_noun_names_another_thing(advisor: Advisor) -> None:
    answer = advisor.ask("Our coffee machine's display interface froze this morning. How do I restart it?")
    assert not answer.found
    # ... while a verb before the guide's word lends it: "keep hearing oxides".
    answer = advisor.ask("I keep hearing sulfides are the fast option. What's good and what's bad about them?")
    assert answer.found and "Sulfides" in answer.text


# --- the thirty-first round's fourth set (CM) ------------------------------------------------------------------------


def test_a_name_whose_thing_is_talked_about_is_what_they_points_at(advisor: Advisor) -> None:
    # No one made a claim here: "their" is the company's, which the guide never names.
    answer = advisor.ask("A friend sent me a clip about Voltaris's anode-free cell. Does their design use a "
                         "ceramic separator?")
    assert not answer.found


@pytest.mark.parametrize("question", [
    "Is the AB-100AH guaranteed for five years?",
    "What C-rate can the AB-21700 take?",
])
def test_a_guarantee_and_a_charge_rate_are_product_details_the_guide_does_not_list(advisor: Advisor,
                                                                                   question: str) -> None:
    answer = advisor.ask(question)
    assert not answer.found and "charge rates" in answer.text


def test_worn_out_batteries_are_not_covered(advisor: Advisor) -> None:
    answer = advisor.ask("What do you do with solid-state packs once they are worn out?")
    assert not answer.found and "disposal" in answer.text


def test_a_question_set_against_the_last_answer_is_a_follow_up(advisor: Advisor) -> None:
    assert is_follow_up("And what goes wrong with the solid-state kind instead?")
    conversation = advisor.conversation()
    conversation.ask("What usually goes wrong in a conventional lithium-ion cell?")
    answer = conversation.ask("And what goes wrong with the solid-state kind instead?")
    assert answer.entry_ids == ("layers/failure-mode/solid-state",)


def test_totally_only_makes_a_word_whole(advisor: Advisor) -> None:
    assert " totally " not in f" {advisor.retriever.retrieve('are these cells totally safe').query.prepared} "


def test_the_first_clause_of_a_question_about_a_claim_is_asked_of_its_subject(advisor: Advisor) -> None:
    answer = advisor.ask("My aunt Philippa says solid-state packs never overheat because nothing inside is liquid. "
                         "Is she right that they're totally safe, or is she just showing off again?")
    assert answer.entry_ids == ("faq-safety",)


@pytest.mark.parametrize(("question", "entry"), [
    ("What happens when the current is spread unevenly inside a cell?", "interface-failure-bullets"),
    ("So polymers work, but why aren't they used in every electric car?", "electrolyte-families/polymers/commercial"),
    ("Oxides sound clever but are they all they're cracked up to be? What holds them back?",
     "electrolyte-families/oxides/drawbacks"),
])
def test_cm_words_meet_the_guides(advisor: Advisor, question: str, entry: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids == (entry,)


# --- the thirty-first round's fifth set (CK) -------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "read"), [
    ("the layers dont match", "mismatch"),
    ("how do they keep the layers touching", "maintain contact"),
    ("a tiny coin one", "coin cell"),
    ("what does understanding interfaces let me do", "practical value of understanding"),
    ("the best numbers", "best lab number"),
    ("do they fail the same way", "failure mode"),
])
def test_ck_words_are_read_as_the_guides(advisor: Advisor, written: str, read: str) -> None:
    assert f" {read} " in f" {advisor.retriever.retrieve(written).query.prepared} "


@pytest.mark.parametrize(("question", "entry"), [
    ("What happens at the interfaces if the layers dont match?", "interface-failure-bullets"),
    ("Was the record result from a little coin one or a proper pouch?", "buyer-test-format"),
    ("A startup posts the best numbers, so it has the best battery, surely?", "randau-benchmarking"),
])
def test_ck_words_meet_the_guides(advisor: Advisor, question: str, entry: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids == (entry,)


# --- the thirty-first round's sixth set (CO) -------------------------------------------------------------------------


def test_the_actual_argument_names_nothing_more_than_the_argument(advisor: Advisor) -> None:
    answer = advisor.ask("A lecturer insists that 'the interface is the battery'. Sounds overblown. What's the real "
                         "point?")
    assert answer.found and answer.entry_ids == ("interface-is-the-battery",)


def test_whos_right_asks_for_no_person(advisor: Advisor) -> None:
    answer = advisor.ask("who's right, can lithium still get through a solid electrolyte")
    assert answer.found and answer.entry_ids == ("lithium-penetration",)
    # ... while "who invented it?" still asks for a name the guide does not give.
    assert not advisor.ask("Who invented the solid-state battery?").found


def test_a_phrase_the_guide_says_names_no_uncovered_topic(advisor: Advisor) -> None:
    answer = advisor.ask("How do I tell a real development platform from a buzzword being recycled?")
    assert answer.found and answer.entry_ids == ("buyer-academic-evidence",)
    assert not advisor.ask("Can solid-state batteries be recycled?").found


def test_a_bare_why_after_an_answer_is_answered_by_it(advisor: Advisor) -> None:
    conversation = advisor.conversation()
    conversation.ask("Are solid-state cells safer than normal lithium-ion ones?")
    assert conversation.ask("Why so?").entry_ids == ("faq-safety",)


@pytest.mark.parametrize(("question", "entry"), [
    ("Please set out the mechanisms by which problems arise at the interfaces.", "interface-failure-bullets"),
    ("What sources does this guide rest on?", "sources-list"),
    ("Honestly, why bother learning how the cells work if I only buy them?", "buyer-academic-evidence"),
    ("The news says they've cracked it and mass production is sorted. True?", "faq-mass-production"),
    ("Which electrolyte family is tricky to handle in damp air?", "sulfides-prose"),
])
def test_co_words_meet_the_guides(advisor: Advisor, question: str, entry: str) -> None:
    answer = advisor.ask(question)
    assert answer.found and answer.entry_ids == (entry,)
