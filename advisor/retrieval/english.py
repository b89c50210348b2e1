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
    "whats": "what is", "wats": "what is", "hw": "how", "ppl": "people", "pls": "please", "plz": "please",
    "thx": "thanks", "ty": "thanks", "tbh": "", "imo": "", "imho": "", "lol": "", "lmao": "", "srsly": "",
    "omg": "", "tf": "", "wtf": "", "idk": "i do not know", "dunno": "do not know", "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to", "kinda": "", "sorta": "", "bc": "because", "cuz": "because", "coz": "because",
    "b4": "before", "btw": "", "w": "with", "abt": "about", "diff": "difference",
    "n": "and", "b": "be", "k": "ok", "rly": "really",
    "msg": "message", "info": "information", "smth": "something",
    "sth": "something", "bout": "about", "tho": "though", "thru": "through", "nvm": "", "fyi": "", "asap": "",
    "shud": "should", "shld": "should", "cud": "could", "wud": "would", "wrk": "work", "gimme": "give me",
    "im": "i am", "ok": "", "okay": "", "yo": "", "whos": "who is", "th": "the", "batt": "battery",
    "batts": "batteries", "chem": "chemistry",
}

#: Words that ask for a claim to be confirmed ("..., right?", "is that correct?", "can you confirm?"): how a
#: yes/no question is asked, never what it is about. Language, the same for every guide.
CONFIRMATION_WORDS = frozenset({"right", "correct", "true", "accurate", "confirm", "agreed", "really", "yes"})

#: Nouns that stand in for a thing's name when the writer does not use it ("the prismatic thingy"):
#: they name what was already named, never an attribute of it. Language, the same for every guide.
PLACEHOLDER_NOUNS = frozenset({
    "thing", "things", "thingy", "thingie", "thingies", "thingamajig", "thingamabob", "thingummy", "whatsit",
    "whatsits", "whatchamacallit", "doohickey", "doodad", "gizmo", "gizmos", "stuff",
})

_REPEATED_LETTERS = re.compile(r"([a-z])\1{2,}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


#: Words rarer than this (Zipf) read as 0: every decision here compares with 2 or more.
RAREST_KEPT_ZIPF = 1.5


@lru_cache(maxsize=1)
def _english() -> dict[str, float] | None:
    """wordfreq's English word list as {word: Zipf frequency}, read from its data file.

    Importing wordfreq itself costs about 0.13 s (it brings tokenisers for every language) and
    its first lookup another 0.09 s, a third of an ``advisor ask`` process; its English list is
    one msgpack file in its documented "cB" format (bins of words by centibel frequency), read
    here in about 0.08 s. None when the file is not there or not in that format; then
    :func:`zipf` asks wordfreq itself.
    """
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
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
        if frequency < RAREST_KEPT_ZIPF:
            break
        for word in words:
            table.setdefault(word, round(frequency, 2))
    return table


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
    million words ("seminar" 3.4, "inhomogeneity" 1.5, "quantumscape" 0)."""
    return bool(word) and word.replace("'", "").isalpha() and zipf(word) >= cutoff


#: Regular inflections and what they were added to: "ironed" (iron), "converging" (converge), "brags" (brag),
#: "stopped" (stop). Language, the same for every guide.
_INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""))
#: An inflected word has at least this many letters ("bed", "sing" and "red" are no inflections).
MIN_INFLECTED_LETTERS = 5


def is_ordinary_form(word: str, *, cutoff: float) -> bool:
    """An ordinary English word, or a regular inflection of one: "ironed" and "converging" are rarer
    in English than "iron" and "converge", but no more specific."""
    if is_ordinary(word, cutoff=cutoff):
        return True
    if len(word) < MIN_INFLECTED_LETTERS or not word.isalpha():
        return False
    for ending, replacement in _INFLECTIONS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            if len(base) >= 3 and base[-1] == base[-2] and replacement == "" and ending in ("ing", "ed"):
                base = base[:-1]  # "stopped", "running": the doubled consonant
            if len(base) >= 3 and is_ordinary(base + replacement, cutoff=cutoff):
                return True
    return False


#: Adverb endings: "surely" (sure), "eventually" (eventual), "basically" (basic), "probably" (probable).
_ADVERB_ENDINGS = (("ally", ""), ("ly", ""), ("ily", "y"), ("ly", "e"), ("ably", "able"), ("ibly", "ible"))
#: An adverb is at least this long ("reply", "apply", "early" are not adverbs of a stem).
MIN_ADVERB_LETTERS = 6


def is_adverb(word: str, *, cutoff: float) -> bool:
    """An adverb made from an English word ("surely", "eventually", "basically", "happily"):
    it says how or how sure, never what a question is about. Not "family", "supply" or
    "assembly", whose stems are no words."""
    if len(word) < MIN_ADVERB_LETTERS or not word.isalpha():
        return False
    for ending, replacement in _ADVERB_ENDINGS:
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


def expand_shorthand(words: list[str], known: frozenset[str] | set[str]) -> list[str]:
    """Normalised words with chat shorthand spelled out and stretched letters ("sooo") folded.

    Words the knowledge itself uses are left alone, so a guide that uses "w" or "v" as a
    symbol keeps it.
    """
    out: list[str] = []
    for word in words:
        if word in known:
            out.append(word)
            continue
        if _REPEATED_LETTERS.search(word):
            word = _REPEATED_LETTERS.sub(r"\1", word)
        if word in CHAT_SHORTHAND:
            out.extend(CHAT_SHORTHAND[word].split())
        elif len(word) > 3 and word.endswith("z") and word[:-1] + "s" in known:
            out.append(word[:-1] + "s")  # "cellz"
        elif len(word) > 4 and word.endswith("in") and zipf(word) < DROPPED_G_ZIPF <= zipf(word + "g"):
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
    """A common English word written in capitals for emphasis ("ZERO", "NEVER"), not a name."""
    return (len(word) >= SHOUTED_WORD_LETTERS and word.isupper() and word.isalpha()
            and zipf(word.lower()) >= SHOUTED_WORD_ZIPF)


#: Days and months, written with a capital in English: they date what the writer tells ("over Sunday
#: lunch", "since January"), and name nothing a guide could be about. Language, the same for every guide.
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})


def names_in(text: str) -> frozenset[str]:
    """Lower-cased words written with a capital inside a sentence ("... from Toyota"):
    names, unless the whole message is shouted in capitals or the word is (:func:`is_shouted`), and
    never a day or a month (:data:`CALENDAR_WORDS`)."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return frozenset()
    names: set[str] = set()
    for sentence in re.split(r"[.!?:;\n]+", text):
        words = _WORD.findall(sentence)
        for word in words[1:]:
            if word[0].isupper() and word != "I" and not word.startswith("I'") and not is_shouted(word) \
                    and word.lower().removesuffix("'s") not in CALENDAR_WORDS:
                lowered = word.lower()
                names.update({lowered, lowered.removesuffix("'s")})
    return frozenset(names)



#: Prepositions that apply what stands before them to what follows: "the energy density *of* petrol", "stack
#: pressure *for* pancakes", "interface resistance *in* my home network". Language, the same for every guide.
APPLYING_PREPOSITIONS = frozenset({"of", "for", "in", "on", "inside", "into", "onto", "within", "from", "between"})
#: Prepositions (those above and others): a noun group after one is part of a larger group ("local
#: inhomogeneity at an interface"). Language, the same for every guide.
_PREPOSITIONS = frozenset({*APPLYING_PREPOSITIONS, "at", "with", "by", "about", "under", "over", "to", "near",
                           "across", "through", "during", "after", "before", "without", "per", "like", "among"})
#: Words that make something the writer's own: "my kitchen scale", "our boat".
POSSESSIVES = frozenset({"my", "your", "our", "their", "his", "her"})
#: Words that open a noun group ("a", "the", "which", "my", ...).
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every",
                         "which", "what", "whose", *POSSESSIVES})
#: Determiners of one thing: after "the cathode", a word in -s is the verb ("a supplier reports"), not a plural head.
_SINGULAR_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "each", "every"})
#: Determiners of one thing not named before: "a solid-state relay" is one such thing.
_INDEFINITE = frozenset({"a", "an"})
#: Adjectives that are stop words and stand between a determiner and its noun ("the best electrolyte drink").
_STOP_ADJECTIVES = frozenset({"best", "better", "good", "bad", "worse", "worst", "full", "whole", "first", "last",
                              "next", "same", "other", "own", "few", "many", "several", "more", "most", "less",
                              "least", "top"})
#: Auxiliaries that open an inverted question: in "must a solid electrolyte perform ...?" the word after the
#: noun group is the clause's verb, not part of the group.
_AUXILIARIES = frozenset({"do", "does", "did", "can", "could", "must", "should", "would", "will", "may", "might",
                          "shall"})
#: Particles of phrasal verbs: "came *out*", "set *up*".
_PARTICLES = frozenset({"out", "up", "down", "off", "back"})
#: Pronouns: after "do I", "does it" no noun group is the subject.
_PRONOUNS = frozenset({"i", "you", "we", "they", "it", "he", "she"})
#: Words that follow a verb, never a noun group's last word: "a supplier advertises *an* impressive count".
_OBJECT_WORDS = frozenset({*DETERMINERS, "it", "them", "me", "us", "him", "you"})
#: Nouns for people, by relation or role: who asks, listens or decides ("impress my stingy boss", "for my
#: nephew"), never the thing a guide word is applied to. Language, the same for every guide.
PEOPLE = frozenset({
    "boss", "manager", "team", "colleague", "coworker", "friend", "mate", "partner", "wife", "husband", "spouse",
    "son", "daughter", "kid", "child", "children", "parent", "mum", "mom", "dad", "father", "mother", "brother",
    "sister", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandchildren",
    "grandma", "grandpa", "grandmother", "grandfather", "family", "student", "pupil", "class", "teacher",
    "professor", "lecturer", "tutor", "supervisor", "customer", "client", "audience", "reader", "listener",
    "viewer", "boyfriend", "girlfriend", "neighbour", "neighbor", "people", "staff", "employee", "employer",
    "group", "club", "member", "followers", "folks",
})
#: Where a clause ends: a noun group never spans these.
_CLAUSE_END = re.compile(r"[,;:.?!()\[\]\"“”=\n]+|\s[-–—]+\s")
#: The shortest everyday word read as naming a thing ("fr", "ok" are chat).
MIN_THING_LETTERS = 3


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _person(word: str) -> bool:
    return word in PEOPLE or (_plural(word) and (word[:-1] in PEOPLE or word[:-2] in PEOPLE))


def _verb_form(word: str) -> bool:
    """A participle: "turning", "claiming", "according", "listed" head no noun group."""
    return len(word) > 4 and word.endswith(("ing", "ed"))


class _Clause:
    """A clause's words, in tokens as written (a hyphenated group is one token), and its noun groups."""

    def __init__(self, clause: str, guide: frozenset[str], everyday: frozenset[str], *, cutoff: float) -> None:
        self.tokens = [words for words in (normalise(t).split() for t in _WORD.findall(clause)) if words]
        self.stop = [all(w in STOP_WORDS or w in APPLYING_PREPOSITIONS for w in t)
                     or (len(t) == 1 and is_adverb(t[0], cutoff=cutoff)) for t in self.tokens]
        self.guide = [any(w in guide for w in t) for t in self.tokens]
        # A word before a particle is a phrasal verb ("the papers on the reading list came out"), no thing.
        following = [*self.tokens[1:], []]
        self.everyday = [any(w in everyday and len(w) >= MIN_THING_LETTERS for w in t)
                         and not (len(after) == 1 and after[0] in _PARTICLES)
                         for t, after in zip(self.tokens, following, strict=False)]
        #: Runs of tokens that are no stop words: noun groups, with any verb written next to them.
        self.runs: list[tuple[int, int]] = []
        i = 0
        while i < len(self.tokens):
            j = i
            while j < len(self.tokens) and not self.stop[j]:
                j += 1
            if j > i:
                self.runs.append((i, j))
            i = j + 1

    def applies(self, number: int) -> bool:
        """Whether run ``number``, an everyday thing, is joined by a preposition to the guide words of the run
        before it: "the energy density of petrol", "do dendrites do in a neuron" (a verb may stand between).
        After any preposition but "of" the thing has a determiner or is plural: "crack in service" says how."""
        if not number or not any(self.guide[slice(*self.runs[number - 1])]):
            return False
        last = self.runs[number - 1][1] - 1
        if not self.guide[last] and _verb_form(self.tokens[last][-1]):
            return False  # "a cycle count printed on a glossy flyer": where it is printed, not what it is of
        before = self.before(number)
        preposition = next((i for i, w in enumerate(before) if w in APPLYING_PREPOSITIONS), None)
        if preposition is None or any(w in DETERMINERS or w in _PRONOUNS for w in before[:preposition]) \
                or not all(w in DETERMINERS or w in _STOP_ADJECTIVES for w in before[preposition + 1:]):
            return False
        start, end = self.runs[number]
        return before[preposition] == "of" or any(w in DETERMINERS for w in before[preposition + 1:]) \
            or any(_plural(t[-1]) for t in self.tokens[start:end])

    def compound_head(self, number: int, heads: frozenset[str], *, subject: bool,
                      misspelt: Callable[[str, str], bool]) -> int | None:
        """Where the everyday head of a compound of guide words starts in run ``number``, if the run is one:
        "a cathode ray tube", "the best electrolyte drink". A word after a plural noun, a participle, a plural
        or a word before an object is a verb ("composite electrolytes play", "a supplier reports", "the cell got
        the most"); so is the run's last word after an auxiliary's noun group ("must a solid electrolyte
        perform?"); a head read already (``heads``: "solid-state relay") is one thing ("a ...") only."""
        start, end = self.runs[number]
        opener = self.opener(number)
        if not opener:
            return None
        for k in range(start, end - 1):
            head = self.tokens[k + 1]
            if not self.guide[k] or self.guide[k + 1] or _plural(self.tokens[k][-1]) or misspelt(self.tokens[k][-1],
                                                                                                  head[0]):
                continue
            if any(w in heads for w in head):
                if opener[-1] not in _INDEFINITE or _plural(head[-1]):
                    continue
            elif not self.everyday[k + 1] or _verb_form(head[-1]) or _plural(head[-1]) \
                    or (k + 2 < len(self.tokens) and self.tokens[k + 2][0] in _OBJECT_WORDS) \
                    or (subject and (k + 2 >= end or opener[0] in _PREPOSITIONS)):
                continue
            if k + 2 == end and number + 1 < len(self.runs) and self.applies_back(number + 1):
                continue  # "the liquid goo inside these batteries": in the guide's thing
            return k + 1
        return None

    def applies_back(self, number: int) -> bool:
        """Whether run ``number`` holds guide words and a preposition joins it to the run before."""
        before = self.before(number)
        return bool(before) and before[0] in APPLYING_PREPOSITIONS and any(self.guide[slice(*self.runs[number])])

    def before(self, number: int) -> list[str]:
        """The words between run ``number`` and the run before it (or the clause's start)."""
        start = self.runs[number - 1][1] if number else 0
        return [w for t in self.tokens[start:self.runs[number][0]] for w in t]

    def opener(self, number: int) -> list[str]:
        """The determiner or preposition that opens run ``number``, after any adjectives, with what stands
        before it down to the previous run; empty when the run opens with neither."""
        words = self.before(number)
        k = len(words) - 1
        while k >= 0 and words[k] in _STOP_ADJECTIVES:
            k -= 1
        if k >= 0 and (words[k] in DETERMINERS or words[k] in _PREPOSITIONS):
            return words[: k + 1]
        return []


def applied_to(text: str, *, guide: frozenset[str], subject_words: frozenset[str], everyday: frozenset[str],
               heads: frozenset[str], cutoff: float, misspelt: Callable[[str, str], bool] = lambda _a, _b: False,
               ) -> tuple[tuple[str, ...], frozenset[str]]:
    """The everyday things a question applies its guide words to, and the subject words it uses otherwise.

    ``guide``: words of the guide's terms (its characteristic words, and words of its phrases as written in
    the question: "mass production"); ``subject_words``: the words that name the guide's subject; ``everyday``:
    ordinary English words the knowledge never uses (a noun group ending in a word for people is none:
    :data:`PEOPLE`); ``heads``: words already read as the head of a compound
    with a hyphenated guide term ("solid-state relay"); ``cutoff``: the Zipf frequency of ordinary
    English (adverbs are read with it); ``misspelt(guide_word, word)``: whether ``word`` after ``guide_word`` is a
    misspelling of what the guide writes there ("solid stat"). A noun group of everyday words and no guide word is an
    everyday thing; guide words are applied to it when
    * a preposition joins them: "the energy density of petrol", "interface resistance in my home network",
      "does stack pressure matter for pancakes" (after a verb, a thing with a determiner or in the plural:
      "crack in service" is how, not what; after a participle, where: "a cycle count printed on a flyer");
    * it is the writer's own and ends the clause that uses them: "which coin cell fits my kitchen scale" (not
      told "to" them: "explain dendrites to my nephew");
    * it is the head of their compound: "a cathode ray tube", "the best electrolyte drink", "a solid-state
      relay" — not a verb after the noun ("a supplier reports", "composite electrolytes play", "must a solid
      electrolyte perform", "the cell got the most"), nor a thing placed in the guide's ("the liquid goo inside
      these batteries").
    Returns the words of those things (in order) and the subject words outside every such construction."""
    things: list[str] = []
    free: set[str] = set()
    for text_of_clause in _CLAUSE_END.split(text):
        clause = _Clause(text_of_clause, guide, everyday, cutoff=cutoff)
        tokens, runs = clause.tokens, clause.runs
        bound: set[int] = set()
        subject = False  # the run is (part of) the noun group after an auxiliary: "does a cathode ray tube work"
        for number, (start, end) in enumerate(runs):
            before = clause.before(number)
            auxiliary = max((i for i, w in enumerate(before) if w in _AUXILIARIES), default=None)
            if auxiliary is not None:
                subject = not any(w in _PRONOUNS for w in before[auxiliary + 1:])
            elif not before[:1] or before[0] not in _PREPOSITIONS:
                subject = False
            if any(clause.everyday[start:end]) and not any(clause.guide[start:end]) \
                    and not _person(tokens[end - 1][-1]):
                if clause.applies(number):
                    bound.update(range(runs[number - 1][0], end))
                elif before and before[-1] in POSSESSIVES and before[-2:-1] != ["to"] and number == len(runs) - 1 \
                        and any(clause.guide[:start]):
                    bound.update(range(len(tokens)))
                else:
                    continue
                things.extend(w for t in tokens[start:end] for w in t if w in everyday)
                continue
            head = clause.compound_head(number, heads, subject=subject, misspelt=misspelt)
            if head is not None:
                bound.update(range(start, end))
                things.extend(w for t in tokens[head:end] for w in t if w in everyday or w in heads)
        free.update(w for k, t in enumerate(tokens) if k not in bound for w in t if w in subject_words)
    return tuple(dict.fromkeys(things)), frozenset(free)
