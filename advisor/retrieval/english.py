"""What we know about English itself, apart from any guide: how common a word is, the
abbreviations of chat writing, and which words are names.

The scope decision needs to tell an ordinary English word the knowledge happens not to
use ("weekend", "tender", "seminar") from a specific name or term the guide never
mentions ("QuantumScape", "LMFP"): the first says nothing about whether the guide covers
a question, the second says it does not. Word frequencies come from ``wordfreq`` (data
files of word counts, no code), imported on first use so a process that never meets an
unknown word does not pay for loading them (see :func:`_english`).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import msgpack

from advisor.text import STOP_WORDS, normalise

#: Chat and text-message shorthand, written as people type it, with the words it stands for.
#: Language, not guide knowledge: the same for every knowledge folder.
CHAT_SHORTHAND: dict[str, str] = {
    "u": "you", "ur": "your", "r": "are", "y": "why", "wat": "what", "wut": "what", "wuts": "what is", "wht": "what",
    "whats": "what is", "wats": "what is", "whys": "why is", "hows": "how is", "wheres": "where is",
    "hw": "how", "ppl": "people", "pls": "please", "plz": "please",
    "everythings": "everything is", "every1s": "everyone's", "dz": "does", "st8": "state", "slid st8": "solid state",
    # ("how come?" asks why, in speech as in chat.)
    "how come": "why",
    # ("wat dose the pouch cell say": "dose" after a question word is "does" mistyped.)
    "what dose": "what does", "wat dose": "what does", "how dose": "how does", "why dose": "why does",
    "where dose": "where does", "which dose": "which does",
    # ("2" typed for "to" before a verb: "hard 2 make", "squeezed 2 work"; not "2 layers".)
    **{f"2 {typed}": f"to {verb}" for typed, verb in (
        ("work", "work"), ("make", "make"), ("mak", "make"), ("be", "be"), ("b", "be"), ("get", "get"), ("go", "go"),
        ("do", "do"), ("use", "use"), ("buy", "buy"), ("build", "build"), ("charge", "charge"), ("last", "last"),
        ("know", "know"), ("ask", "ask"), ("run", "run"), ("stop", "stop"), ("keep", "keep"), ("have", "have"),
        ("mass", "mass"), ("scale", "scale"), ("trust", "trust"), ("believe", "believe"), ("fail", "fail"),
        ("crack", "crack"), ("catch", "catch"), ("replace", "replace"))},
    # (Contractions typed without their apostrophe.)
    "theyll": "they will", "itll": "it will", "youll": "you will", "theyre": "they are", "thats": "that is",
    "thx": "thanks", "ty": "thanks", "tbh": "", "imo": "", "imho": "", "lol": "", "lmao": "", "srsly": "",
    "omg": "", "tf": "", "wtf": "", "idk": "i do not know", "dunno": "do not know", "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to", "kinda": "", "sorta": "", "bc": "because", "cuz": "because", "coz": "because",
    "b4": "before", "btw": "", "w": "with", "abt": "about", "diff": "difference",
    "n": "and", "b": "be", "k": "ok", "rly": "really",
    # ("thy" typed for "they": no one asks about batteries in the English of the King James Bible)
    "thy": "they", "dey": "they", "rite": "right",
    "msg": "message", "info": "information", "smth": "something",
    "sth": "something", "bout": "about", "tho": "though", "thru": "through", "mak": "make", "nvm": "", "fyi": "",
    "asap": "",
    "shud": "should", "shld": "should", "cud": "could", "wud": "would", "wrk": "work", "gimme": "give me",
    "im": "i am", "ok": "", "okay": "", "yo": "", "whos": "who is", "who's": "who is", "th": "the", "batt": "battery",
    "batts": "batteries", "chem": "chemistry", "wot": "what", "wiv": "with", "jus": "just", "em": "them",
    "holdup": "hold up", "wots": "what is", "tryna": "trying to", "yr": "year", "yrs": "years", "probs": "problems",
    "tru": "true", "summat": "something", "sumthin": "something", "every1": "everyone", "some1": "someone",
    "any1": "anyone", "no1": "no one", "cos": "because", "y n": "yes or no", "mkt": "market", "mkts": "markets",
    "1st": "first", "2nd": "second", "wen": "when", "wer": "where", "biz": "business", "tmrw": "tomorrow",
    "tmr": "tomorrow", "tmrow": "tomorrow", "kthx": "thanks", "kthxbye": "thanks", "thnx": "thanks", "thanx": "thanks",
    "meen": "mean", "propper": "proper", "wi": "with", "thes": "these", "doin": "doing", "dus": "does", "sez": "says",
    "da": "the", "lith": "lithium",
    # Hedges and verdicts in chat say how the writer sees it, never what they ask about ("ngl polymers sound OP",
    # "lowkey the interface stuff sounds mid").
    "ngl": "", "fr": "", "frfr": "", "lowkey": "", "highkey": "", "deadass": "", "istg": "", "smh": "", "iirc": "",
    "afaik": "", "op": "", "goated": "", "mid": "",
    # Dialect for "you" and "your": "when ye charge one up".
    "ye": "you", "yer": "your", "youse": "you",
    # Interjections say how the writer feels, never what they ask about: "Ooh, and the prismatic one?".
    "ooh": "", "oooh": "", "oh": "", "ohh": "", "ah": "", "ahh": "", "aha": "", "hmm": "", "hmmm": "", "hm": "",
    "wow": "", "huh": "", "ugh": "", "oops": "", "gosh": "", "blimey": "", "crikey": "", "jeez": "", "whoa": "",
    # How to answer, never what about: "tl;dr why do interfaces matter?", "ELI5 how they work".
    "tldr": "", "tl dr": "", "eli5": "", "innit": "", "cn": "can",
    # Who is spoken to, and a friendly sign-off or "or not": how it is said, never what it is about ("mate is the
    # solid bit doing the separator's job? cheers", "... or nah").
    "mate": "", "bro": "", "bruv": "", "dude": "", "fam": "", "lads": "", "cheers": "", "nah": "not",
    # ... and more names for the one spoken to ("is the ... brah").
    "brah": "", "bruh": "",
}

#: Number words counting a few things ("the other two", "the three routes"). Language, the same for every guide.
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

#: Words that ask for a claim to be confirmed ("..., right?", "is that correct?", "can you confirm?"): how a
#: yes/no question is asked, never what it is about. Language, the same for every guide.
CONFIRMATION_WORDS = frozenset({"right", "correct", "true", "accurate", "confirm", "agreed", "really", "yes"})
#: Words that dismiss a claim as nonsense ("Utter tosh, surely?", "codswallop?"): the writer's verdict on what was
#: said, asked to be confirmed, never what the claim is about. Language, the same for every guide.
DISMISSAL_WORDS = frozenset({"tosh", "twaddle", "codswallop", "balderdash", "poppycock", "hogwash", "baloney",
                             "boloney", "bunkum", "bunk", "drivel", "piffle", "claptrap", "bollocks", "cobblers",
                             "guff", "malarkey", "hooey", "tripe", "nonsense", "rubbish", "garbage", "bs",
                             "bullshit", "horseshit", "rot"})
#: ... and the words that ask for such a verdict to be confirmed without naming one ("surely?").
VERDICT_TAGS = frozenset({"surely"})
#: Every word a sentence may hold that only gives or asks for a verdict on a claim ("true?", "utter tosh, surely?",
#: "complete rubbish?").
CLAIM_VERDICT_WORDS = CONFIRMATION_WORDS | DISMISSAL_WORDS | VERDICT_TAGS | frozenset(
    {"utter", "complete", "total", "absolute", "pure", "load", "lot"})
#: A quiz's frame around a claim ("True or false: ...", "fact or fiction?"): it asks for the verdict, as the
#: confirmation words do, and names nothing the claim is about.
CONFIRMATION_FRAMES = ("true or false", "false or true", "fact or fiction", "fact or myth", "myth or fact",
                       "myth or reality", "yes or no", "right or wrong",
                       # ... or a claim weighed against the salesman's word for it ("tru or spin?")
                       *(f"{truth} or {spin}" for truth in ("true", "tru", "fact", "real", "legit")
                         for spin in ("spin", "hype", "marketing", "not", "nonsense", "rubbish", "bs", "tall tale",
                                      "myth", "fable", "fiction", "fantasy", "made up", "urban legend")))
_CONFIRMATION_FRAME = re.compile(rf"\b(?:{'|'.join(CONFIRMATION_FRAMES)})\b")


#: A doubt added after a question as its other alternative ("..., or is it hype?", "... or is that just marketing?"):
#: how sure the writer is of what they ask about, not what it is. Language, the same for every guide.
_DOUBT_TAIL = re.compile(r"\s+or (?:is (?:it|that|this|all that)|are (?:they|those|these)|just)"
                         r"(?: (?:just|all|only|pure|simply|mostly|a lot of|a bunch of))*"
                         r" (?:hype|hyped|overhyped|buzzwords?|marketing|nonsense|rubbish|spin|a myth|fluff|overblown"
                         r"|exaggerated|made up)$")
#: Words a doubt is weighed against as the other alternative ("real or just hype?").
_WEIGHED_AGAINST_HYPE = frozenset({"real", "legit", "legitimate", "true", "genuine", "actual", "serious", "substance"})
#: ... after at least this many words: "is it hype or is it hype" asks about the hype.
MIN_DOUBTED_WORDS = 4


def without_confirmation_frame(words: list[str]) -> list[str]:
    """Normalised words less a quiz's frame around a claim ("true or false", "fact or fiction"), which says
    how the claim is asked about (a yes/no question), never what it is about; and less a doubt added as the
    question's other alternative ("is there a real reason interfaces are a problem, or is it hype?")."""
    joined = " ".join(words)
    doubt = _DOUBT_TAIL.search(joined)
    before = joined[: doubt.start()].split() if doubt is not None else []
    # ("Is it real or just hype?" weighs the two: the hype is what it asks about.)
    if doubt is not None and len(before) >= MIN_DOUBTED_WORDS and before[-1] not in _WEIGHED_AGAINST_HYPE:
        joined = joined[: doubt.start()]
        words = joined.split()
    return _CONFIRMATION_FRAME.sub(" ", joined).split() if _CONFIRMATION_FRAME.search(joined) else words


#: A confirmation tag set off after a claim ("Semi-solid is the same as full solid-state, true?"): how the claim is
#: put to the reader, never what it is about, while "true" or "correct" is a word a passage may use of something
#: else. Language, the same for every guide.
CONFIRMATION_TAG_WORDS = ("right", "true", "correct", "yeah", "yes", "eh", "innit", "aye")
_CONFIRMATION_TAG = re.compile(rf"\s*,\s*(?:{'|'.join(CONFIRMATION_TAG_WORDS)})\s*[?!.]*\s*$", re.IGNORECASE)


#: A question opening with its preposition before "which" or "what", in the formal register: "Upon which sources does
#: the guide rely?". Language, the same for every guide.
#: (Not "in which" or "of which": where, or a part of, read the same either way.)
_PREPOSITION_FIRST = re.compile(r"^\s*(?P<prep>upon|on|from|to|with|by|about)\s+"
                                r"(?P<rest>(?:which|what|whom)\b.*?)(?P<end>[?!.]*)\s*$", re.IGNORECASE | re.DOTALL)


def preposition_last(text: str) -> str:
    """A question opening with its preposition ("Upon which published sources does the guide rely?") put the everyday
    way, the preposition after its verb ("which published sources does the guide rely upon?"), where the phrases
    of the knowledge read it ("rely upon"). Any other text is returned as it is."""
    match = _PREPOSITION_FIRST.match(text)
    if match is None or not _QUESTION_AUXILIARY_LATER.search(match.group("rest")):
        return text
    return f"{match.group('rest')} {match.group('prep').lower()}{match.group('end')}"


#: An auxiliary after the noun phrase of "which ...": the sign of a question asked by inversion ("... does the
#: guide rely"), not "in which cell is ..." read differently.
_QUESTION_AUXILIARY_LATER = re.compile(r"\b(?:does|do|did|is|are|was|were|can|could|should|would|will|has|have)\b"
                                       r"\s+(?:the|a|an|this|these|those|it|they|you|we|i|he|she|one)\b", re.IGNORECASE)


#: Charging and emptying a cell, again and again ("charge and drain the cell over and over", "run it down and charge
#: it up again and again"): cycling it, in everyday words. Language, the same for every guide on batteries' use.
_ITS = r"(?:\s+(?:it|them|one|the\s+(?:cell|cells|battery|batteries|pack)))?"
_CHARGING = rf"(?:re)?charg(?:e|es|ed|ing){_ITS}(?:\s+(?:it|them))?(?:\s+(?:up|back\s+up))?"
_EMPTYING = (rf"(?:dis-?charg(?:e|es|ed|ing)|drain(?:s|ed|ing)?|empt(?:y|ies|ied|ying)|flatten(?:s|ed|ing)?"
             rf"|us(?:e|es|ed|ing)){_ITS}(?:\s+(?:up|down))?|run(?:s|ning)?{_ITS}\s+(?:down|flat)")
_AGAIN_AND_AGAIN = (r"(?:over\s+and\s+over(?:\s+again)?|again\s+and\s+again|repeatedly|time\s+after\s+time"
                    r"|(?:many|lots\s+of|hundreds\s+of|thousands\s+of)\s+times)")
_CYCLED_PLAINLY = re.compile(rf"\b(?:{_CHARGING}\s+(?:and|&|n|then)\s+(?:{_EMPTYING})"
                             rf"|(?:{_EMPTYING})\s+(?:and|&|n|then)\s+{_CHARGING})(?:\s+again)?{_ITS}\s+{_AGAIN_AND_AGAIN}\b",
                             re.IGNORECASE)
#: ... or once, in words of use rather than of the lab ("when you charge and run them down": "charge and discharge"
#: once is how a cell works, asked of in those words).
_USED_UP = rf"(?:drain(?:s|ed|ing)?|flatten(?:s|ed|ing)?){_ITS}|run(?:s|ning)?{_ITS}\s+(?:down|flat)"
_CYCLED_IN_USE = re.compile(rf"\b{_CHARGING}\s+(?:and|&|n|then)\s+(?:{_USED_UP})\b"
                            rf"|\b(?:{_USED_UP})\s+(?:and|&|n|then)\s+{_CHARGING}\b", re.IGNORECASE)


def cycling_said_plainly(text: str) -> str:
    """``text`` with charging and emptying a cell again and again said as the guide says it: cycling it
    repeatedly ("what happens when you charge and drain the cell over and over?")."""
    return _CYCLED_IN_USE.sub(_cycled_in_the_same_form, _CYCLED_PLAINLY.sub(_cycled_in_the_same_form, text))


def _cycled_in_the_same_form(match: re.Match[str]) -> str:
    """"cycled repeatedly" after a participle ("charged and discharged over and over"), else "cycling repeatedly",
    the guide's own word for the process ("as the cell charges and discharges ..." -> "as the cell cycling ...":
    a phrase to match, not a sentence to read)."""
    return ("cycled" if match.group(0).split()[0].lower().endswith("ed") else "cycling") + " repeatedly"


#: How something fails, asked in everyday words: "the main ways a cell fails", "in what ways can these die", "how
#: do they usually break down". Language: a thing's ways of failing are its failure modes.
_WAYS_OF_FAILING = re.compile(
    r"\b(?:ways?\s+(?:that\s+|in\s+which\s+)?|how\s+(?:do|does|can|could|will|would|might)\s+)"
    r"(?P<thing>(?:[\w'-]+\s+){0,6}?)(?:(?:can|could|will|would|might|usually|typically|normally|commonly|actually"
    r"|really|eventually|ever|tend\s+to|tends\s+to)\s+){0,3}"
    r"(?P<verb>fail|fails|die|dies|break\s+down|breaks\s+down|give\s+out|gives\s+out|pack\s+up|packs\s+up"
    r"|conk\s+out|conks\s+out|go\s+bad|goes\s+bad|wear\s+out|wears\s+out)\b",
    re.IGNORECASE)


def failing_said_plainly(text: str) -> str:
    """``text`` with the ways a thing fails also named as the guide names them: its failure modes ("what are the main
    ways a cell fails?" -> "... fails (failure modes)")."""
    match = _WAYS_OF_FAILING.search(text)
    if match is None:
        return text
    # (Of a cell or battery, not of a part of one: "how does the interface break down?" asks how interfaces fail, and
    # so does "how do interfaces in solid-state cells fail?": the thing is named before its preposition.)
    thing = match.group("thing").lower().split()
    head = next((i for i, word in enumerate(thing) if word in _PLACING_PREPOSITIONS), len(thing))
    if head and thing[head - 1].strip("'") not in _WHOLE_CELLS:
        return text
    return f"{text[:match.end()]} failure modes{text[match.end():]}"


def _followed_by(wording: re.Pattern[str], reading: str, text: str) -> str:
    """``text`` with ``reading`` (the guide's words for it) after each match of an everyday ``wording``: both are
    then there to match, the writer's words and the guide's."""
    return wording.sub(lambda match: f"{match.group(0)} {reading}", text)


#: Pressing someone for answers, however said: "pin him down on", "press the rep about", "push them on", "corner
#: her about", "probe the supplier on". Language: to press someone on a point is to ask them about it.
_PRESSING = re.compile(
    r"\b(?:pin(?:ning)?|press(?:ing)?|push(?:ing)?|corner(?:ing)?|prob(?:e|ing)|challeng(?:e|ing)|tackl(?:e|ing)"
    r"|cross-examin(?:e|ing)|quiz(?:zing)?|grill(?:ing)?)\s+"
    r"(?P<whom>him|her|them|(?:the|that|this|your|my|our|their|his)\s+(?:\w+\s+)?"
    r"(?:rep|salesman|saleswoman|salesperson|seller|supplier|vendor|maker|manufacturer|guy|bloke|chap|man|woman|lad"
    r"|reps|suppliers|vendors|sellers|makers|people|company|firm))"
    r"(?:\s+down)?\s+(?:on|about|over)\b",
    re.IGNORECASE)


def asking_said_plainly(text: str) -> str:
    """``text`` with pressing someone on a point said as asking them about it ("what should I pin him down on?" ->
    "what should I ask him about?")."""
    return _PRESSING.sub(lambda match: f"ask {match.group('whom')} about", text)


#: What goes wrong with a whole cell, asked in everyday words: "what tends to go wrong inside an ordinary
#: lithium-ion battery", "what can go wrong with these cells". Language: what goes wrong is the failure mode.
_GOING_WRONG = re.compile(
    r"\b(?:what|wat|wot|wut)\s+(?:[\w']+\s+){0,4}?"  # ("what sort of things can go wrong", typos and all)
    r"(?:go(?:es)?|goes|went)\s+wrong\s+(?:with|in|inside|within)\s+"
    r"(?P<thing>(?:[\w'-]+\s+){0,5}?[\w'-]+)(?=\s+(?:of|in|when|if|as|and|or|but|compared|versus|vs|then|though|anyway|exactly)\b"
    r"|\s*[,.;:?!]|\s*$)",
    re.IGNORECASE)


#: ... and with the cell named before it: "the usual way a normal lithium-ion battery goes wrong", "how do these
#: cells go wrong?".
_CELL_GOING_WRONG = re.compile(
    r"\b(?:cell|cells|battery|batteries|pack|packs)\s+(?:(?:can|could|will|would|might|may|usually|normally"
    r"|tends?\s+to|typically|actually)\s+)*(?:go|goes|went|going)\s+wrong\b",
    re.IGNORECASE)

#: ... or in a phrase opening the question: "And in the ordinary ones, the batteries in my charger, what tends to go
#: wrong?".
_GOING_WRONG_IN_CELL_BEFORE = re.compile(
    r"\b(?:in|with|inside)\s+(?:[\w'-]+\s+){0,5}?(?:cell|cells|battery|batteries|pack|packs)\b[^?.!]*?"
    r"\bwhat\s+(?:[\w']+\s+){0,3}?(?:go|goes|went)\s+wrong\b",
    re.IGNORECASE)


#: ... or the trouble a cell has: "what sort of trouble do normal lithium batteries have?", "which problems do these
#: cells run into?".
_CELL_TROUBLE = re.compile(
    r"\b(?:what|which)\s+(?:sorts?\s+of\s+|kinds?\s+of\s+|types?\s+of\s+)?(?:trouble|troubles|problems|issues|faults)"
    r"\s+(?:do|does|did|can|could|will)\s+(?:[\w'-]+\s+){0,4}?(?:cell|cells|battery|batteries|pack|packs)\s+"
    r"(?:have|get|hit|run\s+into|suffer(?:\s+from)?)\b",
    re.IGNORECASE)


def going_wrong_said_plainly(text: str) -> str:
    """``text`` with what goes wrong with a whole cell also named as the guide names it: its failure modes ("what
    tends to go wrong inside an ordinary lithium-ion battery?" -> "... battery (failure modes)"; "how does a normal
    lithium-ion battery go wrong?" -> "... go wrong failure modes"). What goes wrong with a part or a family of
    electrolytes is left alone: the families' table says that in a column of its own."""
    match = _GOING_WRONG.search(text)
    if match is None:
        wording = next((w for w in (_CELL_GOING_WRONG, _CELL_TROUBLE) if w.search(text)), _GOING_WRONG_IN_CELL_BEFORE)
        return _followed_by(wording, "(failure mode)", text)
    thing = match.group("thing").lower().split()
    # ("... inside the solid ones": the ones of a kind of cell, named before them.)
    if thing[-1].strip("'") not in _CELLS_NAMED \
            and not (thing[-1] in {"one", "ones"} and len(thing) > 1 and thing[-2] in _KINDS_OF_CELL):
        return text
    return f"{text[:match.end()]} failure modes{text[match.end():]}"


#: Where layers meet, in everyday words: "the places where one layer meets the next", "where the solids touch",
#: "the join between two layers", "the seams between the materials", "the edges of the layers". Language: where two
#: layers meet is their interface.
_PARTS = r"(?:layers?|solids?|materials?|bits|parts|pieces|sheets|slabs|components|electrodes?)"
_LAYERS_MEETING = re.compile(
    rf"\bwhere\s+(?:the\s+|one\s+|two\s+|each\s+|both\s+|a\s+|adjacent\s+|neighbouring\s+|different\s+|those\s+"
    rf"|these\s+|its\s+|their\s+)?"
    rf"(?:\w+\s+)?{_PARTS}\s+(?:meets?|touch(?:es)?|joins?|come\s+together|comes\s+together|butts?\s+up)\b"
    rf"(?:\s+(?:the\s+)?(?:next|other|another|each\s+other|one\s+another)(?:\s+(?:one|layer))?)?", re.IGNORECASE)
#: ... and the joins between them ("boundaries" is the guide's own word, read as it is).
_JOINS_BETWEEN = re.compile(
    rf"\b(?P<join>joins?|joints?|seams?|junctions?|meeting\s+points?|contact\s+points?|contacts?|edges?|borders?)"
    rf"(?=\s+(?:between|of)\s+(?:the\s+)?(?:two\s+|different\s+|adjacent\s+|neighbouring\s+|solid\s+)?{_PARTS}\b)",
    re.IGNORECASE)


def interfaces_said_plainly(text: str) -> str:
    """``text`` with where layers meet named as the guide names it: their interfaces ("why are the places where
    one layer meets the next a difficulty?" -> "why are the places at the interfaces a difficulty?", "the seam between
    two layers" -> "the interface between two layers")."""
    text = _LAYERS_MEETING.sub("at the interfaces", text)

    def named(match: re.Match[str]) -> str:
        join = match.group("join")
        interface = "interfaces" if join.lower().endswith("s") else "interface"
        # (The contact between layers is the guide's word too, "solid-solid contact": kept beside the interface.)
        return f"{join} ({interface})" if join.lower().startswith("contact") and " " not in join else interface

    return _JOINS_BETWEEN.sub(named, text)


#: Which kinds of solid a cell uses, in everyday words: "which sorts of solid materials are used", "what kind of
#: solid do they use", "which solid do they use". Language: the kinds of solid in a solid-state cell are its
#: solid electrolytes' families.
_KINDS_OF_SOLID = re.compile(
    r"\b(?:which|what)\s+(?:(?:sorts?|kinds?|types?|classes|varieties|variety)\s+of\s+)?"
    r"(?:solid\s+(?:materials?|stuff|substances?)|solids?\s+(?=(?:do|does|did|is|are|would|will|can|could)\s+"
    r"(?:they|these|it|you|we|people|makers)\b)|solid\b(?![\s-]+(?:state|electrolytes?|layers?|cells?|batter)))",
    re.IGNORECASE)


def kinds_of_solid_said_plainly(text: str) -> str:
    """``text`` with the kinds of solid a cell uses also named as the guide names them: its electrolyte families
    ("which sorts of solid materials are used?" -> "which sorts of solid materials electrolyte families are used?")."""
    return _followed_by(_KINDS_OF_SOLID, "electrolyte families", text)


#: A cell with no liquid in it, in everyday words: "a cell with no liquid in it", "a battery without any liquid",
#: "liquid-free cells". Language: that is what a solid-state cell is.
_LIQUID_FREE = re.compile(
    r"\b(?:an?\s+|the\s+)?(?P<thing>cells?|batter(?:y|ies))\s+(?:with\s+no|without(?:\s+any)?|that\s+ha(?:s|ve)\s+no)"
    r"\s+liquids?(?:\s+(?:in|inside)\s+(?:it|them))?\b"
    r"|\bliquid[\s-]*free\s+(?P<thing2>cells?|batter(?:y|ies))\b",
    re.IGNORECASE)


def liquid_free_said_plainly(text: str) -> str:
    """``text`` with a cell with no liquid in it named as the guide names it: a solid-state cell ("how does a cell with
    no liquid in it short out?" -> "how does a solid-state cell short out?")."""
    def named(match: re.Match[str]) -> str:
        thing = (match.group("thing") or match.group("thing2")).lower()
        return ("a solid-state " if not thing.endswith(("s", "ies")) else "solid-state ") + thing
    return _LIQUID_FREE.sub(named, text)


#: Whether a thing counts for much, asked as whether it changes much or makes much difference: "does the type of
#: solid change much?", "does it make any real difference which family?". Language: that is whether it matters.
_COUNTS_FOR_MUCH = re.compile(
    r"\b(?:change|changes)\s+(?:much|a\s+lot|anything|a\s+great\s+deal|very\s+much|owt)\b"
    r"|\b(?:make|makes)\s+(?:much\s+(?:of\s+)?a\s+|any\s+(?:real\s+)?|a\s+(?:real\s+|big\s+|huge\s+)?|much\s+)"
    r"difference\b"
    # ("does it make any odds?", British for whether it makes any difference)
    r"|\b(?:make|makes)\s+(?:any|much|no|a\s+lot\s+of)\s+odds\b",
    re.IGNORECASE)


def mattering_said_plainly(text: str) -> str:
    """``text`` with whether a thing changes much, or makes much difference, asked as whether it matters ("does the type
    of solid change much?" -> "does the type of solid matter much?"). (A change named, "how does the anode design
    change?", is left alone.)"""
    return _COUNTS_FOR_MUCH.sub("matter much", text)


#: A thing that dislikes something around it, however said: "an electrolyte that really doesn't like moisture", "it
#: hates the cold", "can't cope with heat". Language: a material that does not bear a condition is sensitive to it.
_DISLIKES = re.compile(
    r"\b(?:(?:doesn't|does\s+not|doesnt|don't|do\s+not|dont|can't|cannot|cant|won't|wont)\s+(?:really\s+|much\s+)?"
    r"(?:like|love|handle|tolerate|stand|cope\s+with|deal\s+with|get\s+on\s+with)|hates?|dislikes?)\s+"
    r"(?P<condition>moisture|water|damp|humidity|wet|air|oxygen|heat|cold|the\s+cold|the\s+heat|pressure)\b",
    re.IGNORECASE)


def dislikes_said_plainly(text: str) -> str:
    """``text`` with a thing disliking a condition also said as being sensitive to it ("an electrolyte that doesn't
    like moisture" -> "... doesn't like moisture (moisture sensitivity)")."""
    return _DISLIKES.sub(
        lambda m: f"{m.group(0)} ({m.group('condition').lower().removeprefix('the ').strip()} sensitivity)", text)


#: Who sells a thing, said in a clause after it: "those AB cells they're advertising", "the packs he keeps pushing".
#: Language: who offers the cells says which cells are meant, not what is asked of them.
_OFFERED_BY_THEM = re.compile(
    r"\b(?P<thing>cells|cell|batteries|battery|products|product|packs|pack|ones|one|modules|module)"
    r"\s+(?:that\s+|which\s+)?(?:they|he|she|you|we|they're|theyre|he's|she's|you're|we're)"
    r"(?:\s+(?:are|is|were|was|keep|keeps|kept))?\s+(?:advertising|advertise|advertised|selling|sell|sold|offering|offer"
    r"|offered|pushing|push|pushed|promoting|promote|promoted|marketing|market|marketed|flogging|flog|flogged"
    r"|showing|listing|listed)\b",
    re.IGNORECASE)


def offered_by_them_said_plainly(text: str) -> str:
    """``text`` without a clause saying who offers the thing before it ("those AB cells they're advertising at the
    bottom of the page" -> "those AB cells at the bottom of the page")."""
    return _OFFERED_BY_THEM.sub(lambda m: m.group("thing"), text)


#: A superlative made of an adverb, and the one-word superlative English has for it: "moves the ions most quickly"
#: is "moves the ions fastest". Language.
_ADVERB_SUPERLATIVES = {"quickly": "fastest", "rapidly": "fastest", "speedily": "fastest", "swiftly": "fastest",
                        # (what conducts ions "most readily" or "most freely" conducts them fastest)
                        "readily": "fastest", "freely": "fastest",
                        "slowly": "slowest", "easily": "easiest", "cheaply": "cheapest", "safely": "safest"}
_MOST_ADVERB = re.compile(rf"\bmost\s+(?P<adverb>{'|'.join(_ADVERB_SUPERLATIVES)})\b", re.IGNORECASE)


def adverb_superlative_said_plainly(text: str) -> str:
    """``text`` with a superlative made of an adverb said in one word ("which moves ions most quickly?" -> "which
    moves ions fastest?"), the superlative a table's rows are picked by."""
    return _MOST_ADVERB.sub(lambda m: _ADVERB_SUPERLATIVES[m.group("adverb").lower()], text)


#: A thing called a big problem, however big and whatever the problem is called: "why are the interfaces regarded as
#: such a significant difficulty?", "such a massive headache". Language: the guide asks why a thing is "such a big
#: issue".
_BIG_ISSUE = re.compile(
    r"\bsuch\s+an?\s+(?:big|serious|major|huge|significant|great|massive|large|real|tough|hard|enormous|grave)\s+"
    r"(?:difficulty|problem|challenge|issue|deal|headache|obstacle|hurdle|nightmare|pain|stumbling\s+block)\b"
    # ... or called so troublesome, closing the question: "why are the boundaries considered so troublesome?"
    r"|\bso\s+(?:troublesome|problematic|challenging|difficult)(?=\s*[?.!]*\s*$)"
    # ... or such a problem, plainly, closing the question: "why are they considered such a difficulty?"
    r"|\bsuch\s+an?\s+(?:difficulty|problem|challenge|headache|obstacle|hurdle|nightmare)(?=\s*[?.!]*\s*$)",
    re.IGNORECASE)


def big_issue_said_plainly(text: str) -> str:
    """``text`` with a thing called such a big problem, however said, called such a big issue ("why are interfaces
    regarded as such a significant difficulty?" -> "... such a big issue?")."""
    return _BIG_ISSUE.sub("such a big issue", text)


#: Problems that cannot be dealt with one at a time, however said: "difficult to treat separately", "can't be tackled
#: in isolation", "why can't you solve them one by one?". Language: what cannot be handled apart is coupled.
_DEALT_WITH_APART = re.compile(
    r"\b(?:treat|treated|treating|tackle|tackled|tackling|solve|solved|solving|handle|handled|handling|deal\s+with"
    r"|dealt\s+with|dealing\s+with|fix|fixed|fixing|address|addressed|addressing|study|studied|studying|separate"
    r"|separated|pull(?:ed)?\s+apart)"
    r"(?:\s+(?:them|these|those|it|each|each\s+one|the\s+problems|the\s+issues))?"
    r"\s+(?:separately|independently|in\s+isolation|one\s+at\s+a\s+time|one\s+by\s+one|on\s+their\s+own|apart)\b",
    re.IGNORECASE)


def dealt_with_apart_said_plainly(text: str) -> str:
    """``text`` with problems dealt with one at a time, however said, read as the guide's "tightly coupled rather than
    separate ones" ("why are they difficult to treat separately?")."""
    return _DEALT_WITH_APART.sub("tightly coupled rather than separate ones", text)


#: Today's everyday rechargeable battery, however called: "ordinary rechargeable batteries", "a normal phone
#: battery", "regular lithium batteries". Language: the battery a solid-state cell is set against is the guide's
#: conventional lithium-ion one (a device named alone, "will my phone battery last longer?", is still a device).
_EVERYDAY_BATTERY = re.compile(
    r"\b(?:ordinary|normal|regular|standard|everyday|usual|typical|common)\s+(?:rechargeable|lithium|phone|laptop"
    r"|rechargeable\s+lithium)\s+(?P<noun>battery|batteries|batts?)\b",
    re.IGNORECASE)


def everyday_battery_said_plainly(text: str) -> str:
    """``text`` with today's everyday rechargeable battery named as the guide names it ("what goes wrong in ordinary
    rechargeable batteries?" -> "... in conventional lithium-ion batteries?")."""
    def conventional(match: re.Match[str]) -> str:
        noun = match.group("noun").lower()
        return f"conventional lithium-ion {_BATTERY_NOUNS.get(noun, noun)}"
    return _EVERYDAY_BATTERY.sub(conventional, text)


#: The nouns of :data:`_EVERYDAY_BATTERY` typed short, spelt out ("normal lithium batts").
_BATTERY_NOUNS = {"batt": "battery", "batts": "batteries"}


#: What the writer thinks others get wrong: "what does the author reckon everybody else is getting wrong?", "what do
#: most people get wrong?". Language: a guide's view of what others get wrong is its main opinion, which the guide
#: states as what the industry "gets backwards".
_OTHERS_GET_WRONG = re.compile(
    r"\b(?:everybody|everyone|most\s+people|people|others|other\s+people|the\s+industry|the\s+rest|most\s+explainers"
    r"|other\s+explainers|the\s+media|journalists)(?:\s+else)?(?:\s+(?:is|are))?"
    r"\s+(?:(?:get|gets|getting|got)\s+wrong"
    # ... or keep underestimating (overlooking, missing): "what does the guide reckon people keep underestimating?"
    r"|(?:(?:keep|keeps|always|still|tend\s+to|often)\s+)?(?:underestimat|underrat|overlook|ignor|miss|forget|neglect)"
    r"(?:e|es|ed|ing|s)?)\b",
    re.IGNORECASE)


def others_get_wrong_said_plainly(text: str) -> str:
    """``text`` with what others get wrong asked as what the industry gets backwards, in the guide's words for its
    main opinion."""
    return _OTHERS_GET_WRONG.sub("the industry gets backwards main opinion", text)


#: Thin layers put between others, however said: "extra layers wedged between the main ones", "a thin layer sandwiched
#: between". Language: a layer put between two others is an interlayer, the guide's word.
_LAYERS_BETWEEN = re.compile(
    # (not "a thin layer between the electrodes": the electrolyte itself)
    r"\b(?:extra|additional|intermediate|in-between|buffer|protective)\s+(?P<noun>layers?)(?:\s+(?:wedged|sandwiched"
    r"|squeezed|put|placed|inserted|added|slotted|stuck|tucked|slipped))?(?:\s+in)?\s+(?=between\b)"
    # ... or called in-between layers: "why do makers stick extra in-between layers into these cells?"
    r"|\b(?:(?:extra|additional)\s+)?in[\s-]between\s+(?P<between>layers?)\b\s*",
    re.IGNORECASE)


def layers_between_said_plainly(text: str) -> str:
    """``text`` with extra layers put between others named as the guide names them: interlayers ("why do some designs
    need extra layers wedged between the main ones?" -> "... need interlayers between the main ones?")."""
    return _LAYERS_BETWEEN.sub(
        lambda m: "interlayers " if (m.group("noun") or m.group("between")).lower().endswith("s") else "interlayer ",
        text)


#: A thing "doing its thing": working. Language, the idiom for something doing what it is for ("how does a solid-state
#: battery do its thing?").
_DOES_ITS_THING = re.compile(r"\b(?P<verb>do|does|doing|did)\s+(?:its|their)\s+thing\b", re.IGNORECASE)
_WORKING = {"do": "work", "does": "works", "doing": "working", "did": "worked"}


def does_its_thing_said_plainly(text: str) -> str:
    """``text`` with a thing doing its thing said as working ("how does it do its thing?" -> "how does it work?")."""
    return _DOES_ITS_THING.sub(lambda m: _WORKING[m.group("verb").lower()], text)


#: One of a kind best at everything, however said: "an all-rounder electrolyte", "top in every event", "best at
#: everything". Language: the guide says no single family "wins every category".
_WINS_EVERYTHING = re.compile(
    r"\ball[\s-]?rounders?\b|\b(?:top|best|first|winning|wins?)\s+(?:in|at|on|across)\s+(?:every|each|all)"
    r"(?:\s+(?:the\s+)?[\w'-]+)?\b|\bbest\s+at\s+everything\b"
    # ... "beat everything else" (beating all the others is winning, which the synonyms read)
    r"|\bbeat(?:s|ing)?\s+everything(?:\s+else)?\b",
    re.IGNORECASE)


def wins_everything_said_plainly(text: str) -> str:
    """``text`` with one of a kind best at everything also said as the guide says it: winning every category ("is
    there an all-rounder electrolyte?")."""
    return _followed_by(_WINS_EVERYTHING, "(wins every category)", text)


#: "A battery of tests (questions, checks)": a series of them, nothing electrical. Language.
_BATTERY_OF = re.compile(r"\bbatter(?:y|ies)\s+of\s+(?=(?:[\w'-]+\s+){0,2}?(?:tests?|questions?|checks?|exams?"
                         r"|examinations?|assessments?|interviews?|measures?|experiments?|trials?|drills?|guns?|cannons?"
                         r"|artillery|lights?|cameras?|questionnaires?|studies|inquiries|enquiries)\b)", re.IGNORECASE)


def battery_of_said_plainly(text: str) -> str:
    """``text`` with "a battery of" tests (questions, checks) said as a series of them: no battery is named ("my new
    job says I'll get a battery of tests" -> "... a series of tests")."""
    return _BATTERY_OF.sub("series of ", text)


#: A thing said to be the hard part: "people keep saying the contact is the hard part". Language: what is called the
#: hard part of something is asked about as a big issue (not "what is the hard part?", which asks which part it is).
_IS_THE_HARD_PART = re.compile(
    r"(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bwhat's\s)(?<!\bwhats\s)\b(?P<verb>is|are)\s+"
    # ... or with the thing after the verb, as a question puts it: "why is the contact the hard part?"
    r"(?P<thing>(?:the|a|an|this|that|these|those|its|their)\s+(?:[\w'-]+\s+){0,3}?)?"
    r"the\s+(?:hard|hardest|difficult|tricky|trickiest|tough|toughest)\s+(?:part|bit)\b",
    re.IGNORECASE)


def hard_part_said_plainly(text: str) -> str:
    """``text`` with a thing called the hard part asked about as such a big issue ("people say the contact is the
    hard part" -> "... the contact is such a big issue"; "why is the contact the hard part?" -> "why is the contact
    such a big issue?")."""
    return _IS_THE_HARD_PART.sub(lambda m: f"{m.group('verb')} {m.group('thing') or ''}such a big issue", text)


#: Force put on a cell from outside, however said: "cells that require force to be applied from the outside", "the
#: force exerted on the stack". Language: a force on a cell's stack is its stack pressure.
_FORCE_APPLIED = re.compile(
    r"\b(?:force|forces)\s+(?:to\s+be\s+|be\s+|being\s+|that\s+is\s+)?(?:applied|exerted|put\s+on|pressed\s+on)\b"
    r"|\b(?:external|outside)\s+force\b",
    re.IGNORECASE)


def force_applied_said_plainly(text: str) -> str:
    """``text`` with a force put on a cell called its stack pressure ("why do cells require force to be applied from
    the outside?" -> "... require stack pressure from the outside?")."""
    return _FORCE_APPLIED.sub("stack pressure", text)


#: What limits the use of a thing, however said: "what factors limit the practical use of polymer electrolytes?",
#: "what restricts the uptake of oxides?". Language: what limits a thing's use holds the thing back.
_USE_LIMITED = re.compile(
    r"\b(?:limit|limits|limiting|restrict|restricts|restricting|constrain|constrains|constraining)\s+(?:the\s+)?"
    r"(?:practical\s+|real[- ]world\s+|wider\s+|everyday\s+|commercial\s+)?(?:use|usefulness|uptake|adoption"
    r"|application|applications)\s+of\b",
    re.IGNORECASE)


def use_limited_said_plainly(text: str) -> str:
    """``text`` with what limits a thing's use asked as what holds the thing back ("what limits the practical use of
    polymers?" -> "what hold back polymers?")."""
    return _USE_LIMITED.sub("hold back", text)


#: The way the electrons take, however asked: "what carries the electrons from one end to the other?", "where do the
#: electrons go?", "do the electrons flow through the solid?". Language: that is the cell's electron path.
_ELECTRONS_GOING = re.compile(
    r"\b(?:carr(?:y|ies|ying)|mov(?:e|es|ing)|conduct(?:s|ing)?|tak(?:e|es|ing)|shift(?:s|ing)?)\s+(?:the\s+)?electrons\b"
    r"|\belectrons?\s+(?:(?:just|actually|really|still)\s+)?(?:go|goes|going|went|travel(?:s|ling|ing)?|flow(?:s|ing)?"
    r"|move(?:s)?|moving|pass(?:es|ing)?|get(?:s)?|run(?:s)?)\b",
    re.IGNORECASE)


def electrons_going_said_plainly(text: str) -> str:
    """``text`` with the way electrons take also named as the guide names it: the electron path ("what carries the
    electrons?" -> "what carries the electrons (electron path)?"). Not beside the way the ions go ("which way do the
    ions move, and by what route do the electrons travel?"), which the guide's description of the whole cycle
    answers."""
    if _IONS_NAMED.search(text):
        return text
    return _followed_by(_ELECTRONS_GOING, "(electron path)", text)


_IONS_NAMED = re.compile(r"\bions?\b", re.IGNORECASE)


#: A thing held back, its name between the verb and "back": "what's holding the full solid-state version back?".
#: Language: English puts a long object inside a phrasal verb as readily as after it.
_HELD_BACK_AROUND = re.compile(
    r"\b(?P<verb>hold|holds|holding|held|keep|keeps|keeping|kept|set|sets|setting)\s+"
    r"(?P<thing>(?:the|a|an|this|that|these|those|their|its|our|your|my)\s+(?:[\w'-]+\s+){0,4}?)back\b",
    re.IGNORECASE)


def held_back_said_plainly(text: str) -> str:
    """``text`` with a thing held back named after "back", as the phrasal verb is read: "what's holding the full
    solid-state version back?" -> "what's holding back the full solid-state version?"."""
    return _HELD_BACK_AROUND.sub(lambda m: f"{m.group('verb')} back {m.group('thing').rstrip()}", text)


#: A comparison made of carrying a thing somewhere: "are they safer to lug underground than the packs we use now?",
#: "better to carry up a mountain than lithium-ion?". Language: where the writer takes it is their scene; what is
#: compared is the thing itself.
_CARRIED_COMPARED = re.compile(
    r"\b(?P<comparison>safer|better|riskier|worse|lighter|more\s+dangerous|less\s+dangerous)\s+to\s+(?:lug|carry|haul"
    r"|take|bring|cart|hump|tote)(?:\s+[\w'-]+){0,4}?\s+(?=than\b)",
    re.IGNORECASE)


def carried_compared_said_plainly(text: str) -> str:
    """``text`` with a comparison made of carrying a thing somewhere made of the thing ("are they safer to lug
    underground than ours?" -> "are they safer than ours?")."""
    return _CARRIED_COMPARED.sub(lambda m: f"{m.group('comparison')} ", text)


#: What excites people about a thing, however said: "what makes people so stoked on them?", "what gets researchers
#: excited about oxides?". Language: what people are excited about in a thing is what they like about it.
_EXCITED_ABOUT = re.compile(
    r"\b(?:(?:makes?|making|made|gets?|getting|got)\s+(?P<who>people|researchers|scientists|engineers|folk|folks"
    r"|everyone|everybody|the\s+industry|you|them)"
    # ... or said of the people straight: "why are the lab people so keen on sulfides?"
    r"|(?P<are>are|is)\s+(?P<said>(?:the\s+)?(?:lab\s+)?(?:people|researchers|scientists|engineers|folk|folks|everyone"
    r"|everybody|they)))\s+(?:so\s+|really\s+|all\s+|that\s+|more\s+)?(?:excited|stoked|keen"
    r"|enthusiastic|hyped(?:\s+up)?|buzzing|thrilled|interested)\s+(?:about|on|by|over|in)\b",
    re.IGNORECASE)


#: The words after "excited about" read for whether they name a whole cell (see :func:`excited_about_said_plainly`).
_EXCITED_OBJECT_WORDS = 4


def excited_about_said_plainly(text: str) -> str:
    """``text`` with what makes people excited about a thing asked as what they like about it ("what makes people
    stoked on them?" -> "what do people like about them?"). Not of a whole cell ("what gets researchers excited about
    solid-state batteries?"): the guide says where the excitement about those comes from in its own words."""
    match = _EXCITED_ABOUT.search(text)
    if match is None:
        return text
    after = re.findall(r"[\w-]+", text[match.end():].lower())[:_EXCITED_OBJECT_WORDS]
    if any(w in _CELLS_NAMED or w.startswith("solid") for w in after):
        return text
    if match.group("said"):
        verb = "does" if match.group("are").lower() == "is" else "do"
        return f"{text[:match.start()]}{verb} {match.group('said')} like{text[match.end():]}"
    return f"{text[:match.start()]}do {match.group('who')} like about{text[match.end():]}"


#: The battery in an everyday device, set beside a solid-state one: "what's different compared with the battery in my
#: phone?", "how does it differ from the cells in a laptop?". Language: the battery in such a device is today's
#: ordinary lithium-ion battery, the guide's point of comparison (asked of on its own, the device is no subject of
#: the guide's: "how long does the battery in my phone last?").
_DEVICES = (r"(?:phones?|smartphones?|mobiles?|mobile\s+phones?|laptops?|tablets?|cars?|evs?|electric\s+cars?|drills?"
            r"|power\s+tools?|e-?bikes?|scooters?|vapes?|watch|watches|cameras?|tesla|toothbrush|torch|van)")
_DEVICE_BATTERY = re.compile(
    rf"\b(?:the|a|an|my|your|our|his|her|their)?\s*(?:ordinary\s+|normal\s+|regular\s+|usual\s+)?"
    rf"(?P<thing>batter(?:y|ies)|cells?|ones?)\s+(?:already\s+|currently\s+|now\s+|you\s+get\s+)?(?:in|inside|of)\s+(?:the|a|an|my|your|our|his|her|their|every|any|most)?"
    rf"\s*(?:\w+\s+)?{_DEVICES}\b",
    re.IGNORECASE)
#: ... or named before it: "safer than my phone batt", "compared with a laptop battery".
_DEVICE_NAMED_BATTERY = re.compile(
    rf"\b(?:the|a|an|my|your|our|his|her|their|any|normal|regular|ordinary|standard|typical)?\s*{_DEVICES}'?s?\s+"
    rf"(?P<thing>batter(?:y|ies)|batts?|cells?)\b",
    re.IGNORECASE)
_SET_BESIDE = re.compile(r"\b(?:different|difference|differences|differ|differs|compared?|comparing|comparison"
                         r"|versus|vs|than|unlike|same\s+as|better|worse)\b", re.IGNORECASE)


def device_battery_said_plainly(text: str) -> str:
    """``text`` with the battery of an everyday device named as the guide names it, when it is set beside another
    ("what's different compared with the battery in my phone?" -> "... compared with a conventional lithium-ion
    battery?")."""
    if _SET_BESIDE.search(text) is None:
        return text

    def today(match: re.Match[str]) -> str:
        # ("solid-state phone batteries" are the guide's kind in a device: a device question, left as asked.)
        if _SOLID_STATE_BEFORE.search(match.string[:match.start()]):
            return match.group(0)
        plural = match.group("thing").lower().endswith(("ies", "s"))
        return "conventional lithium-ion " + ("batteries" if plural else "battery")
    return _DEVICE_NAMED_BATTERY.sub(today, _DEVICE_BATTERY.sub(today, text))


#: "solid-state" (or "solid state", "solid") right before a phrase.
_SOLID_STATE_BEFORE = re.compile(r"\bsolid(?:[\s-]+state)?\s*$", re.IGNORECASE)


#: Which kind of cell reaches buyers first, asked as which is in the shops first: "why might the semi-solid ones be out
#: in the shops before the full solid ones?". Language: on sale first is on the market first (in the shops at all,
#: "why aren't they in the shops?", is something else: supply).
_ON_SALE_FIRST = re.compile(
    r"\b(?:out\s+)?(?:(?:in|on|into|onto)\s+(?:the\s+)?(?:shops|stores|shelves|shelf|market|showrooms|forecourts)"
    r"|(?:for|on)\s+sale"
    # ... or simply arriving: "showing up before", "turning up first", "coming out sooner"
    r"|(?:show|shows|showing|showed|turn|turns|turning|turned|come|comes|coming|came)\s+(?:up|out)"
    r"|(?:appear|appears|appearing|arrive|arrives|arriving))(?=\s+(?:before|first|sooner|earlier|ahead)\b)",
    re.IGNORECASE)


def on_sale_first_said_plainly(text: str) -> str:
    """``text`` with being in the shops before something else said as being on the market before it, and showing up
    (turning up, arriving) before it as reaching the market before it, in the verb's own form."""
    def placed(match: re.Match[str]) -> str:
        verb = match.group(0).split()[0].lower()
        if verb in _ARRIVING:
            return {"s": "reaches", "g": "reaching", "d": "reached"}.get(_ARRIVING[verb], "reach") + " the market"
        return "on the market"
    return _ON_SALE_FIRST.sub(placed, text)


#: Verbs of arriving, with their form: "s" third person, "g" -ing, "d" past, "" plain.
_ARRIVING = {"show": "", "shows": "s", "showing": "g", "showed": "d", "turn": "", "turns": "s", "turning": "g",
             "turned": "d", "come": "", "comes": "s", "coming": "g", "came": "d", "appear": "", "appears": "s",
             "appearing": "g", "arrive": "", "arrives": "s", "arriving": "g"}


#: Why a kind of cell is not in everything yet, asked of what would use it: "why isn't every car running on them
#: already?", "why don't all phones use them yet?". Language: that is why it is not yet in universal supply.
_NOT_IN_EVERYTHING = re.compile(
    r"\b(?:why|y|wy)\s+(?:isn'?t|aren'?t|don'?t|doesn'?t|is\s+not|are\s+not|do\s+not|does\s+not|haven'?t|have\s+not)\s+"
    r"(?:every|all|more|most|the)\s+(?:\w+\s+){0,2}?"
    r"(?:running\s+on|run\s+on|using|use|uses|powered\s+by|fitted\s+with|built\s+with|got|switched\s+to|switching\s+to)"
    r"\s+(?:them|these|those|it|solid[\s-]+state(?:\s+(?:ones|cells?|batter(?:y|ies)|packs?))?)"
    r"(?:\s+(?:already|yet|now|by\s+now))?",
    re.IGNORECASE)


#: ... or why it has not yet replaced what is there: "why hasn't it already pushed regular batteries off the shelf?",
#: "why haven't they taken over yet?".
_NOT_REPLACED_YET = re.compile(
    r"\b(?:why|y|wy)\s+(?:hasn'?t|haven'?t|has\s+not|have\s+not|didn'?t|did\s+not)\s+"
    r"(?:it|they|this|these|that|solid[\s-]+state(?:\s+(?:tech|technology|ones|cells?|batter(?:y|ies)))?)\s+"
    r"(?:already\s+|yet\s+)?(?:replaced|replace|taken\s+over|take\s+over|pushed|push|knocked|knock|displaced|displace"
    r"|overtaken|overtake|killed|kill|ousted|oust|won\s+out|win\s+out|caught\s+on|catch\s+on|swept|sweep)\b",
    re.IGNORECASE)


def not_in_everything_said_plainly(text: str) -> str:
    """``text`` with why every car (or phone ...) does not use a kind of cell yet asked as why it is not yet in
    universal high-volume supply ("why isn't every car running on them already?")."""
    reading = "(not yet in universal high-volume supply)"
    return _followed_by(_NOT_REPLACED_YET, reading, _followed_by(_NOT_IN_EVERYTHING, reading, text))


#: Getting through a layer by force, however said: "punch its way through", "worm their way into", "bore its way
#: across". Language: to make one's way through a solid layer is to penetrate it.
_WAY_THROUGH = re.compile(
    r"\b(?:punch|push|force|bore|drill|work|worm|squeeze|wriggle|break|grow|cut|eat|burrow|tunnel|pierce|fight|claw"
    r"|elbow|creep|sneak|wind)(?:s|es|ed|ing)?\s+(?:its|their)\s+(?:own\s+)?way\s+(?:through|into|across|past)\b",
    re.IGNORECASE)


#: ... or piercing a layer outright: "dendrites punching thru the solid layer", "spikes boring through the separator".
_PIERCING = re.compile(
    r"\b(?:punch(?:es|ed|ing|in)?|bor(?:e|es|ed|ing|in)|drill(?:s|ed|ing|in)?|pierc(?:e|es|ed|ing|in)"
    r"|pok(?:e|es|ed|ing|in)|stab(?:s|bed|bing|bin)?|spik(?:e|es|ed|ing|in)|punctur(?:e|es|ed|ing|in)"
    r"|tunnel(?:s|led|ling|ed|ing|in)?|burrow(?:s|ed|ing|in)?)\s+(?:right\s+|straight\s+)?"
    r"(?:through|thru)\b",
    re.IGNORECASE)


def way_through_said_plainly(text: str) -> str:
    """``text`` with making one's way through a layer said as penetrating it ("can the lithium punch its way through
    the solid layer?" -> "can the lithium penetration through the solid layer?": words to match, not a sentence).
    """
    # (The guide's noun: "penetrate" shares no stem with "penetration" in the index.)
    return _PIERCING.sub("penetration through", _WAY_THROUGH.sub("penetration through", text))


#: Moving ions well, however said: "one that conducts really well", "a good conductor of ions". Language: that is
#: high ionic conductivity. (Said of a thing asked about, after "that" or "which": "they do conduct well, but ..."
#: grants it, and "solids cannot conduct ions well enough" denies it.)
_CONDUCTS_WELL = re.compile(
    r"\b(?<=(?:that|hich)\s)(?:conducts?|conducting)\s+(?:ions\s+|lithium\s+|charge\s+)?(?:really\s+|very\s+|super\s+|so\s+"
    r"|extremely\s+|brilliantly\s+|perfectly\s+)?(?:well|quickly|fast|easily)\b"
    r"|\b(?:an?\s+)?(?:good|great|excellent|brilliant|fast|better|superb|top)\s+(?:ionic\s+|ion\s+)?conductors?"
    # ("realy good at conducting", "brilliant at moving ions")
    r"|\b(?:good|great|excellent|brilliant|superb)\s+at\s+(?:conducting|moving)(?:\s+(?:ions|lithium))?\b"
    r"(?:\s+of\s+(?:ions|lithium(?:\s+ions)?))?",
    re.IGNORECASE)


def conducting_well_said_plainly(text: str) -> str:
    """``text`` with conducting ions well said as the guide says it: high ionic conductivity ("an electrolyte that
    conducts really well" -> "an electrolyte that has high ionic conductivity")."""
    return _CONDUCTS_WELL.sub("has high ionic conductivity", text)


#: All of a kind of thing ending up made the same way, however said: "will they all end up made the same way?",
#: "will every design wind up alike?". Language: that is whether they converge on one design.
_ALL_THE_SAME = re.compile(
    r"\b(?P<all>all|every|each)\b(?:\s+[\w'-]+){0,5}?\s+(?:end(?:s)?\s+up|wind(?:s)?\s+up|turn(?:s)?\s+out|become|becomes"
    r"|be)\s+(?:being\s+)?(?:made\s+|built\s+|designed\s+|done\s+)?(?:in\s+)?(?:the\s+same(?:\s+way)?|alike"
    r"|identical|one\s+design)\b"
    # ("are they all heading for one design?", "will every maker settle on the same recipe?", "are they all agreed on
    # one design?")
    r"|\b(?:all|every|each|everyone|everybody)\b(?:\s+[\w'-]+){0,5}?\s+(?:head(?:s|ed|ing)?|go(?:es|ing)?"
    r"|mov(?:e|es|ing)|aim(?:s|ing)?"
    r"|settl(?:e|es|ing)|narrow(?:s|ing)?|agree(?:d|s|ing)?)\s+(?:down\s+)?(?:for|towards?|on|to)\s+(?:one(?:\s+single)?"
    r"|a\s+single|the\s+same|a\s+common)"
    r"\s+(?:final\s+)?(?:design|approach|recipe|architecture|format|chemistry|path|answer)\b"
    # ... or people agreeing on one, without "all": "do the experts at least agree on one final design?"
    r"|\b(?:agree|agrees|agreed|agreeing)\s+on\s+(?:one|a\s+single|the\s+same|a\s+common)\s+(?:final\s+)?"
    r"(?:design|approach|recipe|architecture|format|chemistry|path|answer)\b",
    re.IGNORECASE)


def all_the_same_said_plainly(text: str) -> str:
    """``text`` with all of a kind ending up made the same way also asked as the guide words it: converging on one
    design ("will all the solid-state batteries end up made the same way?")."""
    return _followed_by(_ALL_THE_SAME, "(converge on one final design)", text)


#: Layers coming apart, however said: "come unstuck", "drift apart", "peel away from each other", "pull apart".
#: Language: that is layers losing contact, mechanically separated.
_COMING_APART = re.compile(
    r"\b(?:come|comes|coming|came|get|gets|getting|got|work|works|working|break|breaks|breaking|drift|drifts|drifting"
    r"|drifted|peel|peels|peeling|pull|pulls|pulling|pulled|split|splits|splitting|shake|shakes|shaking|move|moves"
    r"|moving)\s+(?:unstuck|apart|loose|away\s+from\s+(?:each\s+other|one\s+another))\b|\bdelaminat\w*",
    re.IGNORECASE)


def coming_apart_said_plainly(text: str) -> str:
    """``text`` with layers coming apart also said as the guide says it: losing contact, mechanically separated ("do
    the layers ever come unstuck?" -> "do the layers ever come unstuck (lose contact, mechanically separated)?")."""
    return _followed_by(_COMING_APART, "(lose contact, mechanically separated)", text)


#: Making things in great numbers, however said: "pump these out in bulk", "churn them out by the million", "make them
#: in quantity". Language: that is mass-producing them. ("In large numbers" is read as high volume by the synonyms.)
_IN_NUMBERS = re.compile(
    r"\b(?:make|makes|making|made|build|builds|building|built|produce|produces|producing|produced|manufactur\w+"
    r"|pump|pumps|pumping|churn|churns|churning|crank|cranks|cranking|turn|turns|turning|knock|knocks|knocking"
    r"|roll|rolls|rolling|bang|bangs|banging|spit|spits|spitting|stamp|stamps|stamping)"
    r"(?:\s+(?:them|these|those|it|cells|batteries))?(?:\s+out)?\s+(?:in\s+(?:bulk|volume|quantity|quantities)"
    r"|by\s+the\s+(?:million|thousand|hundred)s?|en\s+masse"
    # ... "produced in large volumes", "made in huge quantities"
    r"|in\s+(?:large|high|big|huge|great|vast|massive)\s+(?:volumes?|quantities)"
    r"|(?:a\s+pile|piles|loads|heaps|tons|stacks)\s+of\s+(?:them|em|'em|these|those|it|cells|batteries))\b",
    re.IGNORECASE)


def in_numbers_said_plainly(text: str) -> str:
    """``text`` with making things in great numbers said as the guide says it: mass-producing them ("why can't they
    pump these out in bulk?" -> "why can't they mass-produce in high volume?")."""
    return _IN_NUMBERS.sub("mass-produce in high volume", text)


#: The one part of a solid-state cell that is solid, asked after: "what bit is actually solid?", "which part of the
#: battery is it that's solid?". Language: what a solid-state cell makes solid is its electrolyte.
_WHICH_PART_SOLID = re.compile(
    r"\b(?:what|which|wat|wot)\s+(?:bit|bits|part|parts|layer|layers|component|components|piece|pieces|section)\b"
    r"(?:\s+[\w']+){0,8}?\s+(?:is|are|'s)\s+(?:actually\s+|really\s+|truly\s+|the\s+)?solid\b(?![\s-]+state)",
    re.IGNORECASE)


#: ... and that part named by being solid: "what does the solid bit actually do?".
#: (Not offered as what something comes down to: "is it just the solid bit?", "the solid bit itself?", which weigh
#: being solid against another cause, in the guide's words for being solid.)
_THE_SOLID_PART = re.compile(r"(?<!\bis it )(?<!\bis it just )(?<!\bis it only )(?<!\bis it simply )"
                             r"\b(?:the|that|this)\s+solid\s+(?:bit|part|stuff|piece)\b(?!\s+itself)", re.IGNORECASE)


def solid_part_said_plainly(text: str) -> str:
    """``text`` with the part of a cell that is solid also named as the guide names it: the solid electrolyte ("what bit
    is actually solid?" -> "what bit is actually solid (solid electrolyte)?"; "what does the solid bit do?" -> "what
    does the solid electrolyte do?")."""
    text = _followed_by(_WHICH_PART_SOLID, "(solid electrolyte)", text)
    # ("Where does the extra energy come from, is it just the solid bit?" weighs the solid against what the guide says
    # the gain comes from: its words for being solid are what it asks about.)
    return text if _GAIN_ASKED.search(text) else _THE_SOLID_PART.sub("the solid electrolyte", text)


#: A gain asked after, with the solid part as a candidate for where it comes from.
_GAIN_ASKED = re.compile(r"\b(?:energy|performance|gain|gains|boost|upside|better)\b", re.IGNORECASE)


#: A lab cell's figure held up as the best: "the best lab cell number", "the top lab cell result". Language: the
#: guide's "best lab number", which is not the best battery. (A record or amazing lab figure, said of one maker's
#: claim, is read by the synonyms and the buyers' passages as it is.)
_BEST_LAB_NUMBER = re.compile(
    r"\b(?:best|top|highest|biggest)\s+(?:lab|laboratory)\s+cell\s+(?:number|numbers|figure|figures|result|results)\b"
    # ... or the figure first and the lab after it: "the highest figure achieved in a laboratory"
    r"|\b(?:best|top|highest|biggest)\s+(?:number|figure|result|score)\s+(?:\w+\s+)?(?:in|from)\s+(?:a\s+|the\s+)?"
    r"(?:lab|laboratory)\b",
    re.IGNORECASE)


def best_lab_number_said_plainly(text: str) -> str:
    """``text`` with a lab figure held up as the best named as the guide names it ("the company with the best lab cell
    number" -> "the company with the best lab number")."""
    return _BEST_LAB_NUMBER.sub("best lab number", text)


#: The part in the middle of a cell, set beside another's: "the difference between that middle bit and the middle bit
#: in a solid one". Language: that is the cell's middle layer. (Not otherwise: "can the solid middle bit crack?" asks
#: about the solid electrolyte as that bit, which the guide's other words find.)
_MIDDLE_PART = re.compile(
    r"\bmiddle\s+(?:bit|bits|part|parts|piece|pieces|section|portion|slice|filling)\b"
    r"|\b(?:bit|bits|part|parts|piece|pieces|section|portion|slice|filling)\s+in\s+the\s+(?:middle|centre|center)\b",
    re.IGNORECASE)


#: The middle of a solid-state cell, asked about for what it does or suffers: "can the solid layer in the middle
#: crack?", "what carries the electrons if the middle is solid?". Language: in a solid-state cell the middle is the
#: solid electrolyte ("that middle region becomes a solid ion conductor"). (Not set beside a conventional cell's middle,
#: nor asked what changes there: that is the guide's passage on the middle layer.)
_SOLID_MIDDLE = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:solid\s+)?middle\s+(?:layer|bit|part|piece|section|region|slab)\b"
    r"|\b(?:the|that|this)\s+(?:solid\s+)?(?:layer|bit|part|piece|stuff|slab)\s+in\s+the\s+(?:middle|centre|center)\b"
    r"|\bthe\s+middle\s+of\s+the\s+(?:thing|cell|battery)\b",
    re.IGNORECASE)
#: ... words that set the middle beside another, ask what changes there, or ask what the middle's job is (the
#: guide's passage on the middle layer says what it must now do).
_MIDDLE_COMPARED = re.compile(
    r"\b(?:separator|liquid|conventional|normal|ordinary|regular|old|today's|usual|change|changes|changed|changing"
    r"|differ|differs|different|difference|versus|vs|compared|softer|harder"
    r"|jobs?|roles?|functions?|turns?\s+into|becomes?|takes?\s+the\s+place|instead"
    r"|(?:have|has|got|need|needs|supposed)\s+to|must|doing)\b"
    # ("what does the middle layer do in a solid-state cell?")
    r"|\bwhat\s+(?:\w+\s+){0,2}?(?:does|do|did|will|would|can)\b[^?]*\bdo\b",
    re.IGNORECASE)


def solid_middle_said_plainly(text: str) -> str:
    """``text`` with the middle of a solid-state cell named as what it is, the solid electrolyte ("can the solid
    layer in the middle crack?" -> "can the solid electrolyte crack?"), unless it is set beside another cell's middle
    or asked what changes there."""
    return text if _MIDDLE_COMPARED.search(text) else _SOLID_MIDDLE.sub("the solid electrolyte", text)


def middle_said_plainly(text: str) -> str:
    """``text`` with the part in the middle of cells set beside each other named as the guide names it: the middle
    layer ("the difference between that middle bit and ..." -> "the difference between that middle layer and ...")."""
    return _MIDDLE_PART.sub("middle layer", text) if _SET_BESIDE.search(text) else text


#: Cells with some liquid left in them, however said: "the ones with a bit of liquid left in", "cells that keep a
#: little liquid". Language: keeping part of the liquid is what a semi-solid cell does.
_SOME_LIQUID_LEFT = re.compile(
    r"\b(?P<thing>ones?|cells?|batter(?:y|ies)|kinds?|types?|sorts?)\s+(?:with|that\s+(?:keep|keeps|have|has|still\s+have"
    r"|still\s+has))\s+(?:a\s+(?:bit|little|touch|drop|splash)\s+(?:of\s+)?|some\s+|a\s+few\s+drops\s+of\s+)"
    r"(?:the\s+)?liquids?(?:\s+(?:left|still|remaining))?(?:\s+in(?:\s+(?:them|it))?)?",
    re.IGNORECASE)


def some_liquid_left_said_plainly(text: str) -> str:
    """``text`` with cells keeping some liquid named as the guide names them: semi-solid ("the ones with a bit of liquid
    left in" -> "the semi-solid ones")."""
    return _SOME_LIQUID_LEFT.sub(lambda match: f"semi-solid {match.group('thing')}", text)


#: Lithium going where it should not, however said: "where it shouldn't", "places it shouldn't go", "somewhere it's
#: not supposed to be". Language: lithium pushed where you do not want it, penetrating the layer.
_WHERE_IT_SHOULD_NOT = re.compile(
    r"\b(?:where|places?|somewhere|spots?|areas?|parts)\s+(?:that\s+|where\s+)?(?:it|they)\s*"
    r"(?:shouldn'?t|shouldnt|should\s+not|isn'?t\s+supposed\s+to|is\s+not\s+supposed\s+to|aren'?t\s+supposed\s+to"
    r"|'s\s+not\s+supposed\s+to|'re\s+not\s+supposed\s+to|has\s+no\s+business|have\s+no\s+business)"
    r"(?:\s+(?:be|go|grow|end\s+up|get|reach))?\b",
    re.IGNORECASE)


def where_it_should_not_said_plainly(text: str) -> str:
    """``text`` with lithium going where it should not said as the guide says it ("what makes the lithium wander off to
    places it shouldn't go?" -> "... wander off to penetration where you do not want it?": words to match)."""
    return _WHERE_IT_SHOULD_NOT.sub("penetration where you do not want it", text)


#: A good electrolyte, however praised: "a really top-notch electrolyte material", "if the electrolyte is real good".
#: Language: the guide's "strong bulk electrolyte", which does not rescue a weak interface by itself.
_GOOD_ELECTROLYTE = re.compile(
    r"\b(?:really\s+|real\s+|very\s+|truly\s+)?(?:good|great|top-notch|top\s+notch|strong|excellent|brilliant|superb"
    r"|first-rate|high-quality|top-quality|perfect|tough|robust)\s+(?:bulk\s+)?electrolytes?(?:\s+materials?)?\b"
    r"|\b(?:electrolytes?|bulk)(?:\s+materials?)?(?:\s+itself)?\s+(?:is|are|'s)\s+(?:really\s+|real\s+|very\s+)?"
    r"(?:good|great|top-notch|strong|excellent|brilliant|perfect|tough|robust)\b",
    re.IGNORECASE)
#: ... set against the contact between layers: what the question weighs it against.
_CONTACT_BETWEEN = re.compile(r"\b(?:contact|contacts|touch|touching|interfaces?|joins?|layers?|surfaces?)\b",
                              re.IGNORECASE)


def good_electrolyte_said_plainly(text: str) -> str:
    """``text`` with a good electrolyte, weighed against the contact between layers, named as the guide names it: a
    strong bulk electrolyte ("can't a top-notch electrolyte make up for lousy contact?" -> "... a top-notch electrolyte
    (strong bulk electrolyte) make up for ...")."""
    if _CONTACT_BETWEEN.search(text) is None:
        return text
    return _followed_by(_GOOD_ELECTROLYTE, "(strong bulk electrolyte)", text)


#: A claim's alternative that only dismisses it: "..., or is that just the usual hype?", "or is it all marketing?".
#: Language: how sceptical the writer is, not what is asked about.
_HYPE_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:is|was)\s+(?:that|it|this|all\s+that)\s+(?:just\s+|all\s+|only\s+|simply\s+|mostly\s+)?"
    r"(?:the\s+usual\s+|more\s+|a\s+load\s+of\s+|some\s+)?(?:hype|marketing|spin|sales\s+talk|sales\s+patter|talk"
    r"|nonsense|rubbish|a\s+myth|a\s+gimmick|a\s+buzzword|brochure\s+talk)(?=\s*[?.!]*\s*$)",
    re.IGNORECASE)


def without_hype_alternative(text: str) -> str:
    """``text`` without an alternative that only dismisses the claim asked about ("Are they safer, or is that just
    hype?" asks whether they are safer)."""
    return _HYPE_ALTERNATIVE.sub("", text)


#: Words naming a whole cell or battery (a pronoun, "what goes wrong with them?", may point at a family).
_CELLS_NAMED = frozenset({"cell", "cells", "battery", "batteries", "pack", "packs"})
#: Words naming a kind of whole cell before "ones" ("the solid ones", "the normal ones"), not a family ("the oxide
#: ones").
_KINDS_OF_CELL = frozenset({"solid", "solid-state", "state", "ordinary", "normal", "regular", "conventional",
                            "lithium-ion", "ion", "usual", "new", "old", "semi-solid"})
#: Prepositions placing a thing inside or at another ("interfaces *in* solid-state cells").
_PLACING_PREPOSITIONS = frozenset({"in", "inside", "within", "of", "at", "between", "near", "on"})
#: Words naming a whole cell or battery, or pointing at one, as the thing that fails.
_WHOLE_CELLS = frozenset({"cell", "cells", "battery", "batteries", "pack", "packs", "one", "ones", "it", "they",
                          "these", "those", "them", "things", "kind", "sort", "type", "design", "designs"})


#: A kind said with "-type" or "-style" after the word naming it ("plastic-type electrolytes"): that kind itself.
_KIND_SUFFIX = re.compile(r"\b([A-Za-z]+)-(?:type|style)\b")


def without_kind_suffix(text: str) -> str:
    """``text`` with "-type" and "-style" taken off the words they follow: "plastic-type electrolytes" are plastic
    (polymer) electrolytes, and "type" would read as a question about the types."""
    return _KIND_SUFFIX.sub(r"\1", text)


#: "What is the electrolyte in a solid-state battery actually made of?": what is made of something, a phrase saying
#: where, and "made of" at the end. Language, the same for every guide.
_MADE_OF_AT_THE_END = re.compile(
    r"^(?P<ask>\s*(?:what|wat|wot)(?:'s|s|\s+is|\s+are|\s+r)\s+(?:the\s+|a\s+|an\s+)?)(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?P<where>(?:in|inside|for|within)\s+[^?.!]+?)\s+(?:actually\s+|actualy\s+|really\s+|exactly\s+)?"
    r"made\s+(?P<prep>of|from)(?P<end>\s*[?.!]*)\s*$", re.IGNORECASE)


def made_of_beside_its_thing(text: str) -> str:
    """"What is the electrolyte in a solid-state battery actually made of?" as "What is the electrolyte made of in a
    solid-state battery?": what something is made of is asked of the thing, where the phrases of the knowledge read
    it ("electrolyte made of"), not of the place the question puts it in. Any other text is returned as it is."""
    match = _MADE_OF_AT_THE_END.match(text)
    if match is None:
        return text
    return (f"{match.group('ask')}{match.group('thing')} made {match.group('prep')} {match.group('where')}"
            f"{match.group('end')}")


def without_confirmation_tag(text: str) -> str:
    """``text`` without a confirmation tag after its last comma ("..., true?"); as it is when there is none, or
    nothing before it."""
    tag = _CONFIRMATION_TAG.search(text)
    return text[: tag.start()] + "?" if tag is not None and text[: tag.start()].strip() else text


#: An amount ending a question, of nothing it names ("what happens if there isn't enough?", "and if it's too
#: much?"): an amount of something said before. Language, the same for every guide.
_AMOUNT_OF_NOTHING = re.compile(r"\b(?:enough|too\s+(?:much|little|many|few))$")


def ends_in_amount_of_nothing(prepared: str) -> bool:
    """Whether a prepared question ends in an amount of nothing it names ("... if there isn't enough")."""
    return _AMOUNT_OF_NOTHING.search(prepared.strip()) is not None


#: Nouns that name a word as a word: "the term all-solid-state", "this word semi-solid", "that phrase". Language,
#: the same for every guide.
NAMING_NOUNS = frozenset({"term", "word", "phrase", "expression", "wording"})
_NAMING_DETERMINERS = frozenset({"the", "this", "that"})


def without_naming_nouns(words: list[str]) -> list[str]:
    """Normalised words less a noun naming the word that follows as a word ("what does *the term* all-solid-state
    mean?"), or the word asked about ("... mean *as a term*?"): it says the question is about a term, never
    what the term is about, and matching it would meet the guide's own "near term" or "long-term"."""
    return [w for i, w in enumerate(words)
            if not (w in NAMING_NOUNS and ((i > 0 and words[i - 1] in _NAMING_DETERMINERS and i + 1 < len(words))
                                           or _as_a(words[:i])))]


#: Who lists a thing, in a clause saying where it is to be found ("the prismatic cell *you list*", "the
#: products *the guide mentions*"), and the verbs of such a clause. Language, the same for every guide.
_LISTERS = (("you",), ("it",), ("the", "guide"), ("this", "guide"), ("your", "guide"))
_LISTING_VERBS = frozenset({"list", "lists", "listed", "mention", "mentions", "mentioned", "name", "names", "named",
                            "show", "shows", "showed", "give", "gives", "gave", "cover", "covers", "covered",
                            "describe", "describes", "described", "have", "has"})
#: The opening of a question asking what some things are ("what are the cells you list?").
_ASKING_WHAT_THEY_ARE = frozenset({("what", "are"), ("which", "are"), ("whats", "are")})
#: Words a thing is named by that may stand before such a clause though they are stop words ("the one you list").
_PRONOUN_NOUNS = frozenset({"one", "ones"})


#: Words before a request's verb that only make it polite ("please list ...", "could you list ...").
_BEFORE_REQUEST = frozenset({"please", "kindly", "can", "could", "would", "will", "you", "just", "so", "ok", "okay",
                             "now", "and"})


#: The fewest words besides stop words after "list" for it to open a request for a list of what they name.
MIN_LISTED_WORDS = 3


def without_list_request(words: list[str]) -> list[str]:
    """Normalised words less "list" opening a request ("List the ways an interface can fail", "please list
    the mechanisms ..."): how the answer is wanted, a list, not a word of what it is about (the guide's own
    "list of sources" is asked by "list of", which stays)."""
    i = 0
    while i < len(words) and words[i] in _BEFORE_REQUEST:
        i += 1
    # (Not before a word or two: "list ur sources" asks for the list the guide gives.)
    if i < len(words) - 1 and words[i] == "list" and words[i + 1] != "of" \
            and sum(w not in STOP_WORDS for w in words[i + 1:]) >= MIN_LISTED_WORDS:
        return words[:i] + words[i + 1:]
    return words


def without_where_listed(words: list[str]) -> list[str]:
    """Normalised words less a clause after a noun saying who lists the thing ("tell me about the cylindrical one
    *you list*"): where the thing is found, not a request for a list ("which products do you list?" keeps it,
    and so does "what do you list", where no noun goes before). Nor is one asking what the listed things are
    ("what are the semi-solid cells you list?"): which things are listed is what it asks."""
    if tuple(words[:2]) in _ASKING_WHAT_THEY_ARE:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        before = out[-1] if out else ""
        if before and (before not in STOP_WORDS or before in _PRONOUN_NOUNS):
            start = i + 1 if words[i] in ("that", "which") else i
            lister = next((w for w in _LISTERS if tuple(words[start:start + len(w)]) == w), None)
            end = start + len(lister) if lister is not None else start
            if lister is not None and end < len(words) and words[end] in _LISTING_VERBS:
                i = end + 1
                continue
        out.append(words[i])
        i += 1
    return out


def _as_a(before: list[str]) -> bool:
    """Whether the words before a naming noun say what is asked is meant "as a term" ("what does semi-solid mean as
    a term?"): a word asked about as a word, wherever in the question."""
    return len(before) >= 2 and before[-2] == "as" and before[-1] in ("a", "an")


#: Adjectives of the writer's attitude to a thing ("the *fancy* solid ones", "these *shiny* new cells"): how it is
#: seen, never what is asked about. Language, the same for every guide.
ATTITUDE_WORDS = frozenset({"fancy", "shiny", "flashy", "posh", "newfangled", "swanky", "snazzy", "trendy", "vaunted",
                            "fabled", "amazing", "awesome", "fabulous", "nifty", "wonderful", "marvellous",
                            "marvelous"})


#: Nouns that stand in for a thing's name when the writer does not use it ("the prismatic thingy"):
#: they name what was already named, never an attribute of it. Language, the same for every guide.
PLACEHOLDER_NOUNS = frozenset({
    "thing", "things", "thingy", "thingie", "thingies", "thingamajig", "thingamabob", "thingummy", "whatsit",
    "whatsits", "whatchamacallit", "doohickey", "doodad", "gizmo", "gizmos", "stuff",
})

#: Nouns for an idea rather than a thing ("the whole solid-state idea", "this solid-state hype"): after a term of
#: the guide they name the guide's subject as a notion, never another device ("a solid-state drive").
#: Language, the same for every guide.
NOTION_NOUNS = frozenset({
    "idea", "ideas", "concept", "concepts", "notion", "notions", "hype", "craze", "buzz", "fad", "trend", "trends",
    "story", "stories", "promise", "promises", "dream", "dreams", "revolution", "movement", "talk", "debate",
    "thing", "things", "stuff", "business", "game", "world", "scene", "race", "push", "boom", "bubble",
    # ... or ways of going about it, and where it is done ("the solid-state approaches", "the solid-state field")
    "approach", "approaches", "effort", "efforts", "camp", "camps", "field", "sector", "space",
})

#: Asking leave to ask: "may I ask", "could I just enquire".
_MAY_I_ASK = r"(?:may|might|can|could)\s+i\s+(?:just\s+|please\s+)?(?:ask|enquire|inquire)"
#: Asking leave to ask, before the question proper ("May I ask which ...?", "Could I just ask why ..."): a courtesy,
#: not a question about asking (unlike "what should I ask?"). Language, the same for every guide.
_LEAVE_TO_ASK = re.compile(r"^(?:(?:with\s+(?:all\s+due\s+)?respect|excuse\s+me|pardon\s+me|forgive\s+me|sorry"
                           r"|if\s+i\s+may|please|so|and|but)\s+)*"  # (courtesies before it: "With respect, may I ...")
                           rf"(?:{_MAY_I_ASK}"
                           r"|(?:i(?:\s+would|'d|\s+d|d)\s+like\s+to|let\s+me)\s+(?:ask|enquire|inquire)"
                           # ... or a request put as one ("Could you explain how ...?"): it asks the question after it
                           r"|(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:explain|describe|outline"
                           r"|clarify|tell\s+(?:me|us)|show\s+(?:me|us)|let\s+(?:me|us)\s+know)"
                           # (not "whether" or "if": "could you tell me whether ...?" is still asked yes or no)
                           r"(?=\s+(?:what|which|why|how|who|where|when)\b))"
                           r"(?:\s+(?:you|of\s+you))?\s+(?=(?:what|which|why|how|whether|if|who|where|when)\b)")


def asks_leave_to_ask(text: str) -> bool:
    """Whether a question opens by asking leave to ask ("Could I ask what ...?")."""
    return _LEAVE_TO_ASK.match(normalise(text)) is not None


#: ... or after it, closing the question: "Which work does the guide draw on, may I ask?", "..., if I may ask",
#: "..., if you don't mind me asking". (Normalised words: no comma or question mark is left.)
_LEAVE_TO_ASK_AFTER = re.compile(rf"\s+(?:{_MAY_I_ASK}"
                                 r"|if\s+i\s+(?:may|might)(?:\s+(?:ask|enquire|inquire))?"
                                 r"|if\s+you\s+(?:don't|dont|do\s+not)\s+mind\s+(?:me|my)\s+asking)$")
#: ... kept only after a question of at least this many words ("why, may I ask?" asks why of what came before).
MIN_WORDS_BEFORE_LEAVE = 4


def without_leave_to_ask(words: list[str]) -> list[str]:
    """Normalised words less an opening asking leave to ask ("may i ask which three functions ..."), or the same
    courtesy closing the question ("which work does the guide cite, may i ask"): the question is the rest."""
    joined = " ".join(words)
    if _LEAVE_TO_ASK.match(joined):
        return _LEAVE_TO_ASK.sub("", joined, count=1).split()
    after = _LEAVE_TO_ASK_AFTER.search(joined)
    if after is not None and len(joined[: after.start()].split()) >= MIN_WORDS_BEFORE_LEAVE:
        return joined[: after.start()].split()
    return words


#: Words that only make the next one stronger ("conducts ions *really* well", "a *super* thin layer"): between two
#: words they change nothing about what is asked. Language, the same for every guide.
_INTENSIFIERS = frozenset({"really", "very", "super", "extremely", "incredibly", "truly", "terribly", "awfully",
                           "seriously", "mega", "ultra", "insanely", "hugely", "actually",
                           # ... or make it whole: "is it *totally* safe?" (not "completely", measured: "runs on
                           # a completely different electrochemistry" then met the route comparison)
                           "totally", "entirely", "absolutely", "utterly",
                           # ... "utter tosh", "complete rubbish": how strongly a claim is dismissed
                           "utter"})


#: Modal verbs in the negative, after which "possibly" only strengthens the negation.
_NEGATED_MODALS = frozenset({"can't", "cant", "cannot", "couldn't", "couldnt", "won't", "wont"})


def without_intensifiers(words: list[str]) -> list[str]:
    """Normalised words less those that only strengthen the word after them, inside a sentence: "conducts ions
    really well" says what "conducts ions well" says, and is read by the same phrases."""
    return [w for i, w in enumerate(words) if not (w in _INTENSIFIERS and 0 < i < len(words) - 1)
            # "lithium can't possibly get through": "possibly" only strengthens the negation
            and not (w == "possibly" and 0 < i < len(words) - 1 and words[i - 1] in _NEGATED_MODALS)]


#: "What is the separator doing?" in the progressive: what it does. Up to three words name the doer.
_WHAT_IT_IS_DOING = re.compile(r"\bwhat (?:even |actually |really |exactly )?(?P<be>is|are) "
                               r"(?P<doer>(?:(?!doing\b)[\w'-]+ ){1,3}?)doing\b")


def without_progressive_doing(words: list[str]) -> list[str]:
    """Normalised words with "what is X doing" read as "what does X do" ("what even is the separator doing in
    these?" asks its role), "what are X doing" as "what do X do". Language, the same for every guide."""
    joined = " ".join(words)
    match = _WHAT_IT_IS_DOING.search(joined)
    if match is None:
        return words
    verb = "does" if match.group("be") == "is" else "do"
    return f"{joined[: match.start()]}what {verb} {match.group('doer')}do{joined[match.end():]}".split()


#: The forms of "have" that "got" follows when it only means having ("which one has got the least?").
_HAVING = frozenset({"has", "have", "had", "hasn't", "haven't", "hadn't"})
#: Contracted endings of "have" and "has", with what they stand for ("one's got", "they've got").
_HAVING_CONTRACTED = (("'s", "has"), ("'ve", "have"), ("'d", "had"))


def without_got_of_having(words: list[str]) -> list[str]:
    """Normalised words with "has got" read as "has": "which one's got the least?" is "which one has the least?",
    "they've got" is "they have". ("Got" alone, "what have you got?", says nothing more than having.) Language,
    the same for every guide."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "got" and out and out[-1] in _HAVING:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        contracted = next((c for c in _HAVING_CONTRACTED if word.endswith(c[0]) and len(word) > len(c[0])), None)
        if following == "got" and contracted is not None and word not in _HAVING:
            out += [word[: -len(contracted[0])], contracted[1]]
            continue
        out.append(word)
    return out


#: Nouns for "the matter of" after a noun ("the pressure *business*", "the whole interface *malarkey*"): they say
#: the noun before them is the topic, and are no topic of their own. Language, the same for every guide.
_MATTER_NOUNS = frozenset({"business", "malarkey", "palaver", "lark", "caper", "shenanigans"})
_MATTER_DETERMINERS = frozenset({"the", "this", "that", "whole", "entire", "all"})


def without_matter_nouns(words: list[str]) -> list[str]:
    """Normalised words less a noun for "the matter of" the noun before it, after a determiner ("is there something
    to *the pressure business*?"): the question is about pressure, not about any business."""
    return [w for i, w in enumerate(words)
            if not (w in _MATTER_NOUNS and i >= 2 and words[i - 1] not in STOP_WORDS
                    and words[i - 2] in _MATTER_DETERMINERS)]


#: Words of what the writer makes of a thing ("a problem", "such a big deal", "so important") or of its merely
#: happening ("why does that happen?"): asked about a thing pointed at, they name no topic of their own. Language,
#: the same for every guide.
VERDICT_WORDS = frozenset({"problem", "problems", "issue", "issues", "deal", "big", "huge", "matter", "matters",
                           "important", "supposed", "concern", "worry", "headache", "bother", "fuss", "hype",
                           "happen", "happens", "happening", "occur", "occurs",
                           # ("why is that detrimental?": bad for the cell, in a formal word)
                           "detrimental", "harmful", "damaging", "problematic", "undesirable", "bad",
                           # ... or good for it ("why is it considered advantageous?")
                           "advantageous", "beneficial", "desirable", "attractive", "preferable", "good",
                           # ("why is that the case?": why it is so)
                           "case"})


#: The endings of a contraction ("shouldn't", "they're", "we've", "I'll", "you'd", "I'm", "there's").
_CONTRACTION_ENDINGS = ("n't", "'re", "'ve", "'ll", "'d", "'m", "'s")


def is_function_word_form(word: str) -> bool:
    """A form of a function word: a contraction ("shouldn't", "wouldn't", "they're", "we've", "there's")
    or a verb form of a stop word ("saying", "explained", "giving", "wanted", "getting"). Either is how a
    question is put, never what about, like the stop words it is made of. A possessive is no contraction
    ("the separator's", already its noun once normalised)."""
    # (A root of three letters at least: "used" is no form of "us".)
    if word.isalpha() and any(root in STOP_WORDS for root in regular_roots(word)):
        return True
    for ending in _CONTRACTION_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            head = word[: -len(ending)]
            # Any "-n't" negates an auxiliary ("mustn't", "shan't"); the other endings join a pronoun or an
            # auxiliary before them ("they're", "who'll", "there's").
            return ending == "n't" or head in STOP_WORDS
    return False


_REPEATED_LETTERS = re.compile(r"([a-z])\1{2,}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


#: Words rarer than this (Zipf) read as 0: every decision here compares with 2 or more.
RAREST_KEPT_ZIPF = 1.5


def _word_list(file_name: str, rarest: float,
               keep: Callable[[str], bool] = lambda word: True) -> dict[str, float] | None:
    """One of wordfreq's word lists as {word: Zipf frequency}, words rarer than ``rarest`` left out and only
    those ``keep`` accepts, read from its data file. None when the file is not there or not in its documented
    "cB" format (bins of words by centibel frequency)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / file_name
    try:
        with gzip.open(path, "rb") as handle:
            data = msgpack.unpackb(handle.read(), raw=False)
    except (OSError, ValueError, msgpack.UnpackException):
        return None
    if not isinstance(data, list) or not data or not isinstance(data[0], dict) or data[0].get("format") != "cB":
        return None
    table: dict[str, float] = {}
    for centibels, words in enumerate(data[1:]):
        frequency = 9.0 - centibels / 100  # bin n holds words used 10**(-n/100) of the time
        if frequency < rarest:
            break
        for word in words:
            if keep(word):
                table.setdefault(word, round(frequency, 2))
    return table


@lru_cache(maxsize=1)
def _english() -> dict[str, float] | None:
    """wordfreq's English word list as {word: Zipf frequency}, read from its data file.

    Importing wordfreq itself costs about 0.13 s (it brings tokenisers for every language) and
    its first lookup another 0.09 s, a third of an ``advisor ask`` process; its English list is
    one msgpack file, read here in about 0.08 s. None when it cannot be read; then :func:`zipf`
    asks wordfreq itself.
    """
    return _word_list("large_en.msgpack.gz", RAREST_KEPT_ZIPF)


#: A word is read as a name when Russian text uses it, in Latin letters, at least this often (Zipf) ...
NAME_IN_RUSSIAN_ZIPF = 3.0
#: ... and no less than this much below how often English uses it.
NAME_IN_RUSSIAN_GAP = 0.5
#: Shorter strings ("c", "wi", "sm") are letters and shorthand as often as names.
MIN_NAME_LETTERS = 3


@lru_cache(maxsize=1)
def _latin_words_in_russian() -> dict[str, float]:
    """The words in Latin letters of wordfreq's small Russian list, as {word: Zipf frequency}.

    Russian writes its own words in Cyrillic, so the Latin-script words common in Russian text are
    names that travel untranslated: brands, companies, products, acronyms ("toyota", "samsung", "bbc").
    An everyday English word ("selling", "online", "team") is far rarer there than in English. Empty
    when the file cannot be read."""
    return _word_list("small_ru.msgpack.gz", NAME_IN_RUSSIAN_ZIPF, lambda word: word.isascii() and word.isalpha()) or {}


def reads_as_name(word: str) -> bool:
    """Whether ``word``, however it is written ("toyota", "Toyota"), is a name that travels between
    languages (a brand, a company, a product, an acronym): as common in Russian text, in Latin letters,
    as in English. Catches the names a message typed without capitals hides from :func:`names_in`."""
    lowered = word.lower()
    if len(lowered) < MIN_NAME_LETTERS:
        return False
    in_russian = _latin_words_in_russian().get(lowered, 0.0)
    return in_russian >= NAME_IN_RUSSIAN_ZIPF and in_russian >= zipf(lowered) - NAME_IN_RUSSIAN_GAP


@lru_cache(maxsize=50_000)
def zipf(word: str) -> float:
    """How common ``word`` is in English (0 for unknown strings, about 7.7 for "the")."""
    table = _english()
    if table is not None:
        return table.get(word.lower(), 0.0)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def is_ordinary(word: str, *, cutoff: float) -> bool:
    """An ordinary English word: common enough that its absence from the knowledge says little.

    ``cutoff`` is a Zipf frequency (log10 of uses per billion words): 3 is about once per
    million words ("seminar" 3.4, "inhomogeneity" 1.5, "quantumscape" 0). A word spelled the British way counts as
    its American spelling does ("optimising" 2.3, "optimizing" 3.0): one word, its uses split between spellings."""
    if not (word and word.replace("'", "").isalpha()):
        return False
    return zipf(word) >= cutoff or ((american := american_spelling(word)) != word and zipf(american) >= cutoff)


#: An ending spelled the British way ("optimise", "stabilising", "characterised", "analysed"), which American
#: spelling writes with a z. Language.
_BRITISH_ENDING = re.compile(r"^([a-z]{3,}?)(is|ys)(e|es|ed|ing|ation|ations|er|ers)$")


#: A word opening spelled the British way: "enquire", "enquiring" ("inquire" in American spelling). Language.
_BRITISH_OPENING = re.compile(r"^enquir")


def american_spelling(word: str) -> str:
    """``word`` with a British "-ise"/"-yse" ending spelled with a z ("optimising" -> "optimizing", "analysed" ->
    "analyzed") and "enquire" as "inquire"; any other word as it is. Candidates only: whether it is a word is for
    the caller."""
    return _BRITISH_OPENING.sub("inquir", _BRITISH_ENDING.sub(lambda m: f"{m.group(1)}{m.group(2)[0]}z{m.group(3)}",
                                                               word))


#: Regular inflections and what they were added to: "ironed" (iron), "converging" (converge), "brags" (brag),
#: "stopped" (stop), "classifies" (classify), "classified", "used" (use). Language, the same for every guide.
_INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""),
                ("d", ""))
#: An inflected word has at least this many letters ("bed", "sing" and "red" are no inflections).
MIN_INFLECTED_LETTERS = 5
#: A root has at least this many letters.
MIN_ROOT_LETTERS = 3


def regular_roots(word: str) -> list[str]:
    """What ``word`` may be a regular inflection of, each root of at least three letters: "saying" (say),
    "explained" (explain), "giving" (give), "stopped" and "getting" (their doubled consonant dropped)."""
    roots = []
    for ending, replacement in _INFLECTIONS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            if len(base) >= MIN_ROOT_LETTERS and base[-1] == base[-2] and replacement == "" and ending in ("ing", "ed"):
                roots.append(base[:-1])  # "stopped", "running": the doubled consonant
            roots.append(base + replacement)
    return [r for r in roots if len(r) >= MIN_ROOT_LETTERS]


#: How common in English a regular inflection :func:`inflections` makes must be to be a word ("settling" 3.0;
#: "settleing" is none).
MIN_INFLECTED_ZIPF = 2.0
#: The kinds of regular inflection, by the ending they come to: a third person, a past, a present participle.
_INFLECTION_KINDS = (("s", (("s", ""), ("es", ""), ("ies", "y"))), ("ed", (("ed", ""), ("d", ""), ("ied", "y"))),
                     ("ing", (("ing", ""), ("ing", "e"))))


def inflections(word: str) -> dict[str, str]:
    """The regular inflections of ``word`` that are English words, by kind ("s", "ed", "ing"): "settle" ->
    "settles", "settled", "settling"; "end" -> "ends", "ended", "ending". Language, the same for every guide."""
    found: dict[str, str] = {}
    for kind, rules in _INFLECTION_KINDS:
        # (A final "e" takes "d" and drops before "ing": "settled", "settling"; only it takes a bare "d".)
        forms = [word[: len(word) - len(removed)] + ending for ending, removed in rules
                 if word.endswith(removed) and not (not removed and ending in ("ed", "ing") and word.endswith("e"))
                 and not (ending == "d" and not word.endswith("e"))]
        if kind != "s":
            forms.append(word + word[-1] + kind)  # a doubled consonant: "winning", "stopped"
        # (The most common spelling: "winning", not "wining".)
        best = max((f for f in forms if f != word), key=zipf, default="")
        if best and zipf(best) >= MIN_INFLECTED_ZIPF:
            found[kind] = best
    return found


def is_ordinary_form(word: str, *, cutoff: float) -> bool:
    """An ordinary English word, or a regular inflection of one: "ironed" and "converging" are rarer
    in English than "iron" and "converge", but no more specific."""
    if is_ordinary(word, cutoff=cutoff):
        return True
    if len(word) < MIN_INFLECTED_LETTERS or not word.isalpha():
        return False
    return any(is_ordinary(root, cutoff=cutoff) for root in (*regular_roots(word), *_comparative_roots(word)))


#: How English compares an adjective in "-y": "likely" -> "likelier", "likeliest"; "costly" -> "costlier".
_COMPARATIVE_ENDINGS_OF_Y = ("ier", "iest")


def _comparative_roots(word: str) -> list[str]:
    """The adjective in "-y" a comparative or superlative may come from ("likelier", "costliest"): rarer in
    English than its adjective, but no more specific."""
    return [word[: -len(ending)] + "y" for ending in _COMPARATIVE_ENDINGS_OF_Y
            if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT_LETTERS]


#: How English makes the noun of a property from its adjective: "brittle" -> "brittleness", "dense" ->
#: "density", "flexible" -> "flexibility", "safe" -> "safety". Language, the same for every guide.
_PROPERTY_NOUN_ENDINGS = (("", "ness"), ("ble", "bility"), ("e", "ity"), ("e", "ety"), ("", "ity"))
#: An adjective has at least this many letters for its property noun to be looked for ("red" has none).
MIN_PROPERTY_ADJECTIVE_LETTERS = 4


def property_nouns(adjective: str) -> tuple[str, ...]:
    """The nouns English may make of ``adjective`` to name the property it describes: "brittle" ->
    "brittleness", "flexible" -> "flexibility", "sensitive" -> "sensitivity", "safe" -> "safety". A
    superlative asks for the most of that property, which a table may name only by its noun ("Rigid
    contact, brittleness ..."). Candidates only: whether one is a word is for the caller's vocabulary."""
    if len(adjective) < MIN_PROPERTY_ADJECTIVE_LETTERS or not adjective.isalpha():
        return ()
    nouns = []
    for ending, noun_ending in _PROPERTY_NOUN_ENDINGS:
        if adjective.endswith(ending):
            nouns.append(adjective[: len(adjective) - len(ending)] + noun_ending)
    return tuple(dict.fromkeys(nouns))


#: Adverb endings: "surely" (sure), "eventually" (eventual), "basically" (basic), "probably" (probable).
_ADVERB_ENDINGS = (("ally", ""), ("ly", ""), ("ily", "y"), ("ly", "e"), ("ably", "able"), ("ibly", "ible"))
#: Words that point at a thing without naming it ("why can't they make *these* faster?"): a question asked of
#: a topic advisor that points so is about the thing the writer has in front of them. ("That" also joins
#: clauses, and "one" counts.) Language, the same for every guide.
POINTING_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "these", "those", "this"})
#: An adverb is at least this long ("reply", "apply", "early" are not adverbs of a stem).
MIN_ADVERB_LETTERS = 6
#: ... except the short ones English writes irregularly, from an adjective ending in "ll" or "ue": "fully"
#: (full), "truly" (true); no noun or verb ends so ("early", "reply", "apply" end otherwise).
_SHORT_ADVERB_ENDINGS = (("ully", "ull"), ("uly", "ue"))


def is_adverb(word: str, *, cutoff: float) -> bool:
    """An adverb made from an English word ("surely", "eventually", "basically", "happily"):
    it says how or how sure, never what a question is about. Not "family", "supply" or
    "assembly", whose stems are no words."""
    if not word.isalpha():
        return False
    if len(word) < MIN_ADVERB_LETTERS:
        return any(word.endswith(ending) and len(word) > len(ending) and is_ordinary(
            word[: -len(ending)] + replacement, cutoff=cutoff) for ending, replacement in _SHORT_ADVERB_ENDINGS)
    for ending, replacement in (*_ADVERB_ENDINGS, *_SHORT_ADVERB_ENDINGS):
        if word.endswith(ending) and is_ordinary(word[: -len(ending)] + replacement, cutoff=cutoff):
            return True
    return False


#: Words that follow an instruction verb opening a request: "enumerate *the* ...", "outline *how* ...",
#: "name *three* ...". Language, the same for every guide.
_REQUEST_OBJECTS = frozenset({
    "the", "a", "an", "all", "every", "each", "some", "any", "its", "their", "my", "our",
    "why", "how", "what", "which", "who", "whether", "when", "where",
    "two", "three", "four", "five", "six", "seven", "several", "main", "key",
})


def request_verb(words: list[str]) -> str | None:
    """The instruction verb a request opens with ("enumerate the mechanisms ...", "outline how
    ..."): a first word followed by a determiner, a question word or a count. It says how the
    question is asked (an exam's verb), never what it is about. None for a question ("why ...",
    "which ..."), or when the first word is itself one of those words."""
    if len(words) < 2 or not words[0].isalpha() or words[0] in _REQUEST_OBJECTS or words[0] in STOP_WORDS \
            or words[1] not in _REQUEST_OBJECTS:
        return None
    return words[0]


#: "braggin" is "bragging" when the word written is no English word (below this Zipf frequency) and
#: the word with its g is one ("begin", "cabin", "protein" are words already).
DROPPED_G_ZIPF = 2.5
#: ... or when the word with its g is this much more common (Zipf: ten times), as "keepin" (2.7) and
#: "keeping" (4.8), which chat and song lyrics make a word of their own ("raisin" 3.3, "raising" 4.6, is not).
DROPPED_G_LEAD = 1.5


#: "all" after an auxiliary verb or a negation, written apart from the word after it ("do all solid-state
#: batteries ...?", "not all solid state cells"): the quantifier "every", not the "all" of "all-solid-state".
#: (After a preposition it is either: "the future of all solid state batteries".)
_QUANTIFIER_ALL = re.compile(r"\b((?:do|does|did|are|were|will|would|can|could|should|must|not|nearly|almost"
                             r"|don't|dont|aren't|arent)\s+)all(?=\s+[a-z])", re.IGNORECASE)


#: A noun made an adverb by "-wise" ("current-wise", "safety wise"): in respect of that noun.
_WISE = re.compile(r"\b([A-Za-z]{3,})[- ]wise\b", re.IGNORECASE)


def quantifier_all(text: str) -> str:
    """``text`` with a quantifier "all" (see :data:`_QUANTIFIER_ALL`) written "every", so that what follows is
    not read as the guide's "all-solid-state"; and a noun made an adverb by "-wise" written as the noun ("what
    does it do current-wise?" asks about current: "wise" is no word of the question)."""
    return _QUANTIFIER_ALL.sub(r"\1every", _WISE.sub(r"\1", text))


def expand_shorthand(words: list[str], known: frozenset[str] | set[str]) -> list[str]:
    """Normalised words with chat shorthand spelled out and stretched letters ("sooo") folded.

    Words the knowledge itself uses are left alone, so a guide that uses "w" or "v" as a
    symbol keeps it.
    """
    out: list[str] = []
    skip = False
    for position, word in enumerate(words):
        if skip:
            skip = False
            continue
        pair = f"{word} {words[position + 1]}" if position + 1 < len(words) else ""
        if pair in CHAT_SHORTHAND:
            # Shorthand that normalises to two words ("tl;dr" -> "tl dr").
            out.extend(CHAT_SHORTHAND[pair].split())
            skip = True
            continue
        # (The stop words among ``known`` are no words of the knowledge's own: "hw" and "wat" carry no topic,
        # and still stand for "how" and "what", which a question's reading looks for.)
        if word in known and not (word in STOP_WORDS and word in CHAT_SHORTHAND):
            out.append(word)
            continue
        if _REPEATED_LETTERS.search(word):
            word = _REPEATED_LETTERS.sub(r"\1", word)
        if word in CHAT_SHORTHAND:
            out.extend(CHAT_SHORTHAND[word].split())
        elif len(word) > 3 and word.endswith("z") and word[:-1] + "s" in known:
            out.append(word[:-1] + "s")  # "cellz"
        elif len(word) >= 4 and word.endswith("in") and zipf(word + "g") >= DROPPED_G_ZIPF \
                and (zipf(word) < DROPPED_G_ZIPF or zipf(word + "g") >= zipf(word) + DROPPED_G_LEAD):
            out.append(word + "g")  # "braggin", "chargin": a dropped g
        else:
            out.append(word)
    return out


#: A word written all in capitals is emphasis ("ZERO risk", "NEVER"), not an acronym, when it is
#: at least this common in English (Zipf: "zero" 4.6, "never" 5.5; acronyms "nasa" 4.2, "bmw" 3.9).
SHOUTED_WORD_ZIPF = 4.5
#: ... and at least this long ("USA", "UK", "EV" are names however common).
SHOUTED_WORD_LETTERS = 4


def is_shouted(word: str) -> bool:
    """A common English word written in capitals for emphasis ("ZERO", "NEVER"), not a name; also a regular
    inflection of one ("SWEARS", "BURNS", "SHOWED"): a name or an acronym takes no English ending, so an
    inflected common word is emphasis however rare the inflected form itself is."""
    if not (len(word) >= SHOUTED_WORD_LETTERS and word.isupper() and word.isalpha()):
        return False
    lowered = word.lower()
    return zipf(lowered) >= SHOUTED_WORD_ZIPF or any(zipf(r) >= SHOUTED_WORD_ZIPF for r in regular_roots(lowered))


#: Days and months, written with a capital in English: they date what the writer tells ("over Sunday
#: lunch", "since January"), and name nothing a guide could be about. Language, the same for every guide.
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
#: Where people are from, said before a word for them ("a pair of German professors", "Japanese researchers"): who
#: they are, not a name of something the guide would have to mention ("the German army" still names one). Language,
#: the same for every guide.
NATIONALITY_WORDS = frozenset({
    "american", "australian", "austrian", "belgian", "british", "canadian", "chinese", "danish", "dutch", "english",
    "european", "finnish", "french", "german", "indian", "irish", "italian", "japanese", "korean", "norwegian",
    "polish", "scottish", "spanish", "swedish", "swiss", "taiwanese", "welsh",
})
#: Words for people a nationality may describe.
_PEOPLE = frozenset({"professor", "professors", "researcher", "researchers", "scientist", "scientists", "academic",
                     "academics", "engineer", "engineers", "chemist", "chemists", "physicist", "physicists"})


def _shouted_run(words: list[str]) -> set[int]:
    """Positions of words written in capitals next to another such word ("INTERFACE FAILURE MECHANISMS"): a
    phrase shouted, not acronyms, which stand alone ("NASA", "BMW")."""
    long_capitals = [len(w) >= SHOUTED_WORD_LETTERS and w.isupper() and w.isalpha() for w in words]
    return {i for i, capital in enumerate(long_capitals)
            if capital and ((i > 0 and long_capitals[i - 1]) or (i + 1 < len(words) and long_capitals[i + 1]))}


#: A message with more than this share of its letters in capitals is shouted: its capitals name nothing.
SHOUTED_SHARE = 0.6


def _all_shouted(text: str) -> bool:
    """Whether a whole message is written in capitals (see :data:`SHOUTED_SHARE`); a text without letters is not."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > SHOUTED_SHARE * len(letters)


#: Stop words that are names when written in capitals: "the UN transport test", "US makers".
CAPITALISED_STOP_WORD_NAMES = frozenset({"un", "us"})
#: A code in capitals before a number ("UN 38.3", "IT 2024"): the name of a standard or a scheme.
_CODE_BEFORE_NUMBER = re.compile(r"\b([A-Z]{2,4})\s+\d")
_CAPITALISED_WORD = re.compile(r"\b[A-Z]{2,4}\b")


def stop_word_names(text: str) -> tuple[str, ...]:
    """Names that a stop-word filter would drop unread, lower-cased: a code in capitals before a number ("UN
    38.3", "IT 2024") and "UN" / "US" in capitals (:data:`CAPITALISED_STOP_WORD_NAMES`), unless the whole
    message is shouted. Only stop words: other names are found by :func:`names_in`."""
    if _all_shouted(text):
        return ()
    coded = [m.group(1).lower() for m in _CODE_BEFORE_NUMBER.finditer(text)]
    named = [w.lower() for w in _CAPITALISED_WORD.findall(text) if w.lower() in CAPITALISED_STOP_WORD_NAMES]
    return tuple(dict.fromkeys(w for w in (*coded, *named) if w in STOP_WORDS))


def names_in(text: str) -> frozenset[str]:
    """Lower-cased words written with a capital inside a sentence ("... from Toyota"):
    names, unless the whole message is shouted in capitals or the word is (:func:`is_shouted`, or in a run of
    words in capitals: :func:`_shouted_run`), and
    never a day or a month (:data:`CALENDAR_WORDS`), where people named next are from ("German professors"), or a
    single letter standing in for a name ("Startup X")."""
    if _all_shouted(text):
        return frozenset()
    names: set[str] = set()
    for sentence in re.split(r"[.!?:;\n]+", text):
        words = _WORD.findall(sentence)
        shouted_run = _shouted_run(words)
        for position, word in enumerate(words):
            if position in shouted_run:
                continue
            # A single letter stands in for a name left out ("Startup X", "supplier B"): no name of anything.
            # The first word of a sentence has its capital anyway, unless it has another inside ("QuantumScape").
            inner_capital = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word[1:])
            if (position > 0 or inner_capital) and word[0].isupper() and len(word.removesuffix("'s")) > 1 \
                    and not word.startswith("I'") \
                    and not is_shouted(word) and word.lower().removesuffix("'s") not in CALENDAR_WORDS \
                    and not (word.lower() in NATIONALITY_WORDS and position + 1 < len(words)
                             and words[position + 1].lower() in _PEOPLE):
                lowered = word.lower()
                names.update({lowered, lowered.removesuffix("'s")})
    return frozenset(names)


#: The readings of everyday wording, in the order a question is read with them: each sees the text the one before
#: left ("pin him down on" is asking him before what is asked is read; a cell "with no liquid" is solid-state before
#: its kinds of solid are).
EVERYDAY_READINGS: tuple[Callable[[str], str], ...] = (
    asking_said_plainly, without_hype_alternative, good_electrolyte_said_plainly, where_it_should_not_said_plainly,
    some_liquid_left_said_plainly, solid_middle_said_plainly, middle_said_plainly, best_lab_number_said_plainly,
    solid_part_said_plainly, in_numbers_said_plainly, coming_apart_said_plainly, all_the_same_said_plainly,
    conducting_well_said_plainly, way_through_said_plainly, not_in_everything_said_plainly, on_sale_first_said_plainly,
    mattering_said_plainly, liquid_free_said_plainly, kinds_of_solid_said_plainly, interfaces_said_plainly,
    cycling_said_plainly, failing_said_plainly, going_wrong_said_plainly, excited_about_said_plainly,
    held_back_said_plainly, carried_compared_said_plainly, dislikes_said_plainly, adverb_superlative_said_plainly,
    offered_by_them_said_plainly, big_issue_said_plainly, dealt_with_apart_said_plainly, everyday_battery_said_plainly,
    others_get_wrong_said_plainly, layers_between_said_plainly, does_its_thing_said_plainly,
    wins_everything_said_plainly, battery_of_said_plainly, hard_part_said_plainly, force_applied_said_plainly,
    use_limited_said_plainly, electrons_going_said_plainly)


def everyday_wording_read(text: str) -> str:
    """``text`` read with every one of :data:`EVERYDAY_READINGS`, in order."""
    for reading in EVERYDAY_READINGS:
        text = reading(text)
    return text
