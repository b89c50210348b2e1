"""The token model shared by the checklist's readers and its matcher.

A text is read into :class:`Token` objects (a word, its span, its clause and sentence, and the marks the
readers of :mod:`.reading` add); an option's alias found among them is a :class:`Hit`. The breaks and
negation words live here because both the reading of a text (:mod:`.reading`) and the matching
(:mod:`.match`, :mod:`.refusals`, :mod:`.prefill`) must cut a text into the same clauses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from advisor.checklist.spec import Option

__all__ = ["CLAUSE_BREAK", "NEGATIONS", "SENTENCE_BREAK", "SPACED_DASH", "Hit", "Make", "Token"]

#: The full stop of a title or a short form inside a sentence ("Dr. Leung declined", "approx. 8 wt%", "vs. pouch") ends
#: no sentence: lookbehinds (each of a fixed width) for the abbreviations a supplier's text commonly writes.
_ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "Prof", "approx", "ca", "vs", "e.g", "i.e", "Fig", "Sect", "max", "typ",
                  "incl", "avg", "ref")
#: (Tried after the full stop, not before every character: the text is scanned at every place.)
_NOT_AN_ABBREVIATION = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS) + (
    # "No." before a number numbers it ("see note no. 7"); a bare "No." is an answer.
    r"(?!(?<=\b[Nn]o\.)\s*\d)")
#: Where one claim ends and the next begins: negation never reaches across these. A spaced dash after a bare "no" or
#: "yes" ends an answer's interjection ("No - cells qualified without stack pressure"): its "no" answers a question,
#: it negates nothing after it.
CLAUSE_BREAK = re.compile(
    rf"[.!?;:]{_NOT_AN_ABBREVIATION}(?=\s|$)"
    r"|[\n\r()\[\]{}•|]|,(?=\s|$)|\s(?:but|however|whereas|although|though|while)\s"
    r"|(?<=\bno)\s[-–—]\s|(?<=\byes)\s[-–—]\s",
    re.IGNORECASE,
)
#: Words that negate what follows them in their clause ("no external stack pressure").
NEGATIONS = frozenset({
    "no", "not", "non", "without", "never", "none", "neither", "nor", "unlike", "instead", "rather", "except",
    "lack", "lacks", "lacking", "isn't", "aren't", "don't", "doesn't", "didn't", "wasn't", "weren't", "won't",
    "can't", "cannot", "haven't", "hasn't", "nothing",
})

#: A spaced dash ends what a refusal covers in prose ("would not say whether X or Y - they only call it Z").
SPACED_DASH = re.compile(r"\s[-–—]\s")
#: Where one sentence ends: results are matched to the sentence that reports them (a table's cell is one). A
#: semicolon joins two sentences, each with its own results ("screened in pellet cells; the data come from stacks").
#: A chat's or a log's time in brackets before its speaker opens a turn of its own, a new sentence, wherever the line
#: before wrapped onto it ("... graphite anode [10:01] buyer_t: clamped?"); not one after the speaker, before
#: the colon ("Mia K. [09:18]: ..."), whose name its turn opens with.
SENTENCE_BREAK = re.compile(rf"[.!?;]{_NOT_AN_ABBREVIATION}(?=\s|$)|\n|\|"
                            r"|(?=\[\d{1,2}:\d{2}(?::\d{2})?\]\s+[^\s:])")


@dataclass(frozen=True)
class Token:
    """One word of a text (folded, as :func:`advisor.text.word_spans` reads it) or one a reader added."""

    word: str
    start: int
    end: int
    clause: int
    sentence: int = 0
    #: A family word inside a compound's name ("oxide" in "lithium cobalt oxide"), or qualifying another part of the
    #: cell ("polymer" in "a polymer interlayer"): no alias may start on it.
    compound: bool = False
    #: Words the reader added for a phrase it understood ("92 % of initial capacity retained"): never negated.
    read: bool = False
    #: Read from a stated fact (a fraction of liquid, a mixture of families): it outweighs a name used elsewhere.
    decisive: bool = False
    #: The datasheet row whose label (or value) this word is in ("Stack pressure" in "Stack pressure: 2 MPa").
    label_of: int = -1
    value_of: int = -1
    #: In a clause that names a part of the cell no step asks about ("NMC cathode w/ LiNbO3 coating"): a wording
    #: that only qualifies an option ("coating") is about that part.
    other_part: bool = False
    #: A suffix an alias may skip ("type" in "pouch-type cell").
    skippable: bool = False
    #: The elements of a chemical formula this word is ("Li6PS5Cl"), else ``None``.
    elements: frozenset[str] | None = None
    #: Names a measure the text says was never taken ("impedance growth was not measured"): an option it is a wording
    #: of, and of no other option, is denied rather than stated.
    denied: bool = False


@dataclass(frozen=True)
class Hit:
    """An option's alias found in a text: the token indexes it spans and how well it matched."""

    option: Option
    alias: str
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    similarity: float
    #: "words" (the alias's words), "formula" (a formula with the alias formula's elements), "mixture", "plan",
    #: "intended" (an intended use, no fact: dropped or read as a plan in a supplier's text), "denied" (on words
    #: naming a measure never taken) or "rating" (a rated count a warranty backs, read as the headline count).
    how: str = "words"

    @property
    def length(self) -> int:
        return self.last - self.first


#: Makes a :class:`Token` for a word and its span, with its clause and sentence worked out (readers that
#: add words take one, so an added word sits in the clause of the phrase it was read from).
Make = Callable[..., Token]
