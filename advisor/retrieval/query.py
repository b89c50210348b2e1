"""Reading a question: clean and cut it, normalise, correct spelling against the knowledge
vocabulary, expand synonyms, find the table rows it names (sulfides, semi-solid, AB-50AH, ...)
and spot topics the guide does not cover.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass

from advisor.knowledge.model import Entry, KnowledgeBase, ScopeRule
from advisor.retrieval.english import (
    ATTITUDE_WORDS,
    CONFIRMATION_WORDS,
    DISMISSAL_WORDS,
    NOTION_NOUNS,
    device_battery_said_plainly,
    everyday_wording_read,
    expand_shorthand,
    is_adverb,
    is_function_word_form,
    is_ordinary,
    is_ordinary_form,
    made_of_beside_its_thing,
    names_in,
    preposition_last,
    quantifier_all,
    reads_as_name,
    request_verb,
    stop_word_names,
    without_confirmation_frame,
    without_confirmation_tag,
    without_got_of_having,
    without_intensifiers,
    without_kind_suffix,
    without_leave_to_ask,
    without_list_request,
    without_matter_nouns,
    without_naming_nouns,
    without_progressive_doing,
    without_where_listed,
    zipf,
)
from advisor.retrieval.index import word_ngrams
from advisor.retrieval.tuning import Tuning
from advisor.retrieval.vocabulary import Correction, SpellingCorrector, Synonyms
from advisor.text import MAX_QUESTION_CHARS, STOP_WORDS, clean, content_words, normalise, stem

RowName = tuple[tuple[str, ...], str, str]  # (words of the name, table id, row id)
#: Adjectives that describe a thing without making a compound of it ("the *little* cylindrical cell" is that cell;
#: "an egg separator" is no separator of the guide's). Language, the same for every guide.
_DESCRIBING = frozenset({"little", "small", "smaller", "big", "bigger", "large", "larger", "tiny", "huge", "chunky",
                         "skinny", "slim", "fat", "cheap", "cheaper", "fancy"})
#: Words joining two names ("the pouch or the prismatic cell"). Language, the same for every guide.
_JOINING_WORDS = frozenset({"or", "and", "vs", "versus", "nor"})


_NOT_PLAIN = re.compile(r"[^\w\s,.?!'’-]")
#: Words that set a topic aside rather than ask about it: "leaving price aside", "ignoring cost",
#: "apart from recycling". Language, the same for every guide.
_SET_ASIDE_BEFORE = re.compile(r"\b(?:ignoring|apart from|aside from|except|excluding|besides|other than|not counting|"
                               r"regardless of|never mind|forget about|leaving aside|setting aside|putting aside)"
                               r"\s+(?:the\s+|any\s+|all\s+)?$")
#: ... and a name is set aside by "without the" too: "without the PR spin" is what the question is not about
#: ("without Acme, who would make them?" still asks about Acme).
_NAME_SET_ASIDE_BEFORE = re.compile(rf"{_SET_ASIDE_BEFORE.pattern}|\bwithout\s+(?:the|any|all)\s+$")
_SET_ASIDE_AFTER = re.compile(r"^\s+(?:aside|apart|to one side)\b"
                              # ... or a few words later: "setting the mining side aside"
                              r"|^\s+(?:[a-z-]+\s+){1,2}aside\b", re.IGNORECASE)
#: Words that open a phrase giving a question's setting, not its subject: what the subject is compared
#: with ("compared to a normal phone battery", "nothing like the one in my laptop") and when the writer
#: meets it ("when I plug my phone in", "while my laptop charges"). Language, the same for every guide.
_SETTING = re.compile(r"\b(?:(?:compared?|compares|comparison|relative|opposed|similar) (?:to|with)"
                      r"|(?:different|differs?) (?:from|to)|than|unlike|versus|vs"
                      r"|like (?:the|a|an|my|your|our|their|those|these|any|in|on)"
                      r"|(?:when|whenever|while|every time|each time) (?:i|you|we|they|he|she|my|your|our|their"
                      r"|people|someone|somebody)"
                      # the writer's own things ("... stop *my phone* exploding?"): where they meet the subject
                      r"|my|our"
                      r")\b")
#: ... up to the respect it is compared in, which is the question's subject again ("... compared with my
#: laptop's *for battery life*").
_SETTING_END = re.compile(r"\b(?:for|in terms of|regarding|with respect to|when it comes to|as far as)\b")
#: A setting phrase runs to the end of its clause: punctuation before a space, or a dash between spaces.
_CLAUSE_END = re.compile(r"[,;:.?!()\"]+(?=\s|$)|\s[-\u2013\u2014]+\s")
#: Two words written side by side (a hyphenated group is one word): "oil-water separator", "solid-state drive".
_WORD_PAIR = re.compile(r"([A-Za-z][A-Za-z'-]*)\s+(?=([A-Za-z][A-Za-z'-]*))")
#: A hyphenated term: "solid-state", "all-solid-state", "lithium-ion".
_HYPHENATED = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
#: Words that open a noun phrase without naming anything.
_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "our", "their", "this", "that", "these", "those"})
#: A year: four digits from 1800 to 2099.
_YEAR = re.compile(r"^(?:18|19|20)\d\ds?$")
#: Words that say a year after them is a time ("by 2035", "in 1998"), not a code ("a 2032 coin cell").
_TIME_BEFORE = frozenset({"in", "by", "since", "until", "till", "before", "after", "from", "around", "circa",
                          "during", "through", "throughout", "of"})
#: Words between a time word and its year: "in *the* 1990s", "by *early* 2030", "by *mid* 2030".
_YEAR_OPENERS = frozenset({"the", "early", "late", "mid", "about", "roughly", "approximately"})
#: A word's family in the knowledge shares at least this many first letters with it (see ``has_relative``).
RELATIVE_LETTERS = 5
#: Characters after a word read for a row's name starting there (the longest row name fits).
MENTION_LOOKAHEAD = 80
#: A question longer than this shows its corrections as "typo → word" pairs, not whole.
MAX_SHOWN_CORRECTED_CHARS = 120


@dataclass(frozen=True)
class Mention:
    """A table row named in a question, at word positions ``start:end`` of the prepared text."""

    table_id: str
    row_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Query:
    """A question after cleaning, normalising, synonym expansion and spelling correction."""

    text: str
    prepared: str
    corrections: tuple[Correction, ...]
    content: tuple[str, ...]
    #: Words the knowledge never uses that name something specific (a rare word, a name written
    #: with a capital, a typo nothing corrects): evidence the question is about something else.
    unknown: tuple[str, ...]
    mentions: tuple[Mention, ...]
    notice: str | None = None
    #: Ordinary English words the knowledge never uses ("weekend", "seminar"): weak evidence.
    ordinary: tuple[str, ...] = ()
    #: Names the knowledge never uses, written with a capital inside a sentence ("Toyota"):
    #: the question is about something the guide does not mention.
    names: tuple[str, ...] = ()
    #: The question's words that are characteristic of the guide's subject (see ``QueryReader.topical``).
    topical: tuple[str, ...] = ()
    #: Replacements of doubtful spelling corrections ("route" for "router"): used for ranking,
    #: never as evidence that the guide covers the question.
    doubtful: tuple[str, ...] = ()
    #: Adverbs ("surely", "eventually", "basically") and an opening instruction verb ("enumerate the
    #: ..."): how or how sure something is asked, never what about; no evidence either way on
    #: whether the guide covers the question.
    adverbs: tuple[str, ...] = ()
    #: Adjacent pairs of content words as the word index reads them ("electrolyte type", stemmed) that
    #: the user wrote side by side: not two words one synonym wrote ("ev" -> "ev vehicle"), nor a pair
    #: holding a guide word that names something else here ("a cream separator").
    phrases: tuple[str, ...] = ()
    #: Years said as a time ("by 2035", "in 1998") that the knowledge never gives: a date the guide says
    #: nothing about (also in ``unknown``).
    years: tuple[str, ...] = ()
    #: Tables whose rows the question names as a family, by the word every row name begins with, without naming
    #: one of them ("the AB cells", "the AB semi-solid cells": the products as a group).
    families: tuple[str, ...] = ()

    @property
    def corrected_text(self) -> str | None:
        """What spelling correction changed, for "showing results for": the question as typed with
        only the corrected words replaced, or for a long question just "typo → word" pairs;
        None if nothing changed."""
        if not self.corrections:
            return None
        fixes = {c.original: c.corrected for c in self.corrections}
        if len(self.text) > MAX_SHOWN_CORRECTED_CHARS:
            return ", ".join(f"{original} → {corrected}" for original, corrected in fixes.items())
        pattern = re.compile(r"\b(" + "|".join(re.escape(o) for o in fixes) + r")\b", re.IGNORECASE)
        # Words and plain punctuation only: this line repeats what the user typed, so no markup.
        plain = " ".join(_NOT_PLAIN.sub(" ", self.text).split())
        return pattern.sub(lambda m: fixes.get(m.group(0).lower(), m.group(0)), plain)


#: Nouns a row's name ends in that "one" can stand for: "the pouch one" is the pouch cell.
_HEAD_NOUNS = frozenset({"cell", "cells", "battery", "batteries", "electrolyte", "electrolytes"})
#: "one" for a singular head noun, "ones" for a plural one; either with a possessive.
_ONE_FORMS = {False: ("one", "one's"), True: ("ones", "ones'")}


def third_person_verb(word: str) -> bool:
    """Whether a word the knowledge never uses reads as a verb's "-s" form ("swears", "reckons"): before a
    row's name ("some guy swears polymers are best") it says something of the row, while a word making a
    compound with it is a noun's singular ("cream separator", "oil-water separator")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def topical_words(vocabulary: Counter[str], *, lift: float) -> frozenset[str]:
    """The words that say a question is about the guide's subject rather than about anything:
    those the knowledge uses ``10**lift`` times more often than English does ("electrolyte" 4.2,
    "pressure" 1.6 are topical at lift 1.5; "works" 0.5 and "change" 0.1 are not)."""
    total = sum(vocabulary.values()) or 1
    out = set()
    for word, count in vocabulary.items():
        if word in STOP_WORDS or not word.isalpha():
            continue
        english = 10 ** (zipf(word) - 9)
        if english == 0 or math.log10(count / total / english) >= lift:
            out.add(word)
    # A word's forms together: "layer" and "layers" are one subject, used by the knowledge 10**lift times
    # more often than by English, though the knowledge may favour one form ("layer") over the other.
    forms: dict[str, list[str]] = {}
    for word in vocabulary:
        if word not in STOP_WORDS and word.isalpha():
            forms.setdefault(stem(word), []).append(word)
    for group in forms.values():
        english = sum(10 ** (zipf(w) - 9) for w in group)
        if len(group) > 1 and english and math.log10(sum(vocabulary[w] for w in group) / total / english) >= lift:
            out.update(group)
    return frozenset(out)


def setting_words(text: str) -> list[tuple[str, bool]]:
    """The normalised words of ``text``, each with whether it sits in a phrase that gives the question's
    setting (see :data:`_SETTING`): from such a phrase's opening word to the end of its clause, or to the
    respect it is compared in (:data:`_SETTING_END`)."""
    out: list[tuple[str, bool]] = []
    for clause in _CLAUSE_END.split(clean(text)):
        joined = " ".join(normalise(clause).split())
        opening = _SETTING.search(joined)
        start = end = len(joined)
        if opening is not None:
            start = opening.start()
            closing = _SETTING_END.search(joined, opening.end())
            end = closing.start() if closing else len(joined)
        position = 0
        for w in joined.split():
            out.append((w, start <= position < end))
            position += len(w) + 1
    return out


#: A web address: "http://...", "https://...", "www...." up to the next space.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)
#: A word at least this frequent in English (Zipf) is a word of the language, not a product code ("separator" 2.9,
#: "prismatic" 2.75): before another noun it may say what that thing is made of or used for.
ENGLISH_WORD_ZIPF = 2.5
#: A simile: "like a" / "like an", or "tighter than a", and the (at most six) words of the picture it draws, up to
#: punctuation or a word that goes on with the sentence.
#: (Set off by a comma, a picture needs no article: "..., like everybody playing the same zone tactic?".)
_SIMILE = re.compile(r"(?:\b(?:like|(?P<comparative>[a-z]+er|more [a-z]+) than) (?:a|an|some) |,\s*like\s+)"
                     r"(?P<picture>(?:[a-z-]+ ){0,5}[a-z-]+)", re.IGNORECASE)
#: A simile set off at the end of a sentence, by a comma or a dash: every word to the sentence's end is the picture
#: ("..., like a runner cutting through soft ice?", "... - like dialling in a sled's runners?").
_SET_OFF_SIMILE = re.compile(r"(?:,|\s[-\u2013\u2014])\s*like\s+(?P<picture>[^?.!,;:]+?)\s*(?:[?.!]+|$)"
                             # ... or a metaphor set off the same way: "..., a yokozuna among electrolytes?", "..., the
                             # Rolls-Royce of cells?"
                             r"|,\s*(?:a|an|the|some\s+kind\s+of|some\s+sort\s+of)\s+(?P<metaphor>[^?.!,;:]{2,40}?)\s+"
                             r"(?:among|amongst|of)\s+[^?.!,;:]{2,30}?\s*(?:[?.!]+|$)", re.IGNORECASE)
#: A form of "be" at most three words before a comparative: "is it faster than ...", "are they any safer than ...".
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|isn't|aren't|'s|'re)\s+(?:[\w'-]+\s+){0,3}$",
                        re.IGNORECASE)
#: Words that end a simile's picture ("like a vice then", "like a drum and ...").
_AFTER_PICTURE = frozenset({"then", "and", "or", "but", "so", "because", "when", "while", "to", "for", "with", "in",
                            "on", "at", "of", "that", "which", "who", "is", "are", "was", "were"})


def _simile_words(text: str) -> frozenset[str]:
    """The normalised words of the pictures the similes of ``text`` draw ("like a bullwheel sheave")."""
    out: set[str] = set()
    cleaned = clean(text)
    for match in _SIMILE.finditer(cleaned):
        if match.group("comparative") and _is_comparison_asked(cleaned, match.start()):
            continue
        for word in normalise(match.group("picture")).split():
            if word in _AFTER_PICTURE:
                break
            out.add(word)
        # "tighter than a hay net": the comparison is part of the picture.
        out.update(normalise(match.group("comparative") or "").split())
    for match in _SET_OFF_SIMILE.finditer(cleaned):
        picture = match.group("picture") or match.group("metaphor")
        out.update(word for word in normalise(picture).split() if word not in STOP_WORDS)
    return frozenset(out)


def _is_comparison_asked(text: str, start: int) -> bool:
    """Whether the comparative at ``start`` of ``text`` is what a question asks ("is it faster than a hard disk?"):
    a form of "be" shortly before it, not a picture of how something is done ("clamped tighter than a hay net")."""
    return _BE_BEFORE.search(text[:start]) is not None


def _rows_as_modifiers(words: list[str], mentions: tuple[Mention, ...], foreign: set[str],
                       content: list[str]) -> list[tuple[Mention, str]]:
    """Rows named by one English word in the singular right before a noun the knowledge never uses
    ("composite decking", "polymer clay"), with that noun: a material's name before a noun says what the thing is
    made of, so the noun is the subject. Not a verb of the row's ("polymers soften", "oxide cracks"), nor a word
    describing it; and only in a question going on mostly in words the knowledge never uses (``foreign``; its other
    ``content`` words): "does the oxide ceramic crack easily?" goes on in the guide's words, and its oxide is the
    guide's row in one of its forms."""
    out = []
    for m in mentions:
        if m.end - m.start != 1 or m.end >= len(words):
            continue
        word, following = words[m.start], words[m.end]
        if following in foreign and not word.endswith("s") and is_ordinary(word, cutoff=ENGLISH_WORD_ZIPF) \
                and not third_person_verb(following) and following not in _DESCRIBING \
                and following not in NOTION_NOUNS and not following.endswith(("ly", "ed")):
            out.append((m, following))
    pair_words = {w for m, head in out for w in (words[m.start], head)}
    others = [w for w in content if w not in pair_words]
    if sum(w in foreign for w in others) * 2 < len(others) or not foreign.intersection(others):
        return []
    return out


def _years_asked(words: list[str]) -> tuple[str, ...]:
    """The years ``words`` (normalised) say as a time: a year or a decade right after "in", "by", "since", ...,
    or one word after it ("in the 1990s", "by early 2030")."""
    return tuple(w for i, w in enumerate(words) if _YEAR.match(w) and (
        (i >= 1 and words[i - 1] in _TIME_BEFORE)
        or (i >= 2 and words[i - 2] in _TIME_BEFORE and words[i - 1] in _YEAR_OPENERS)))


def _phrases_around(text: str, start: int, end: int) -> tuple[str, ...]:
    """The two-word phrases of ``text`` that the word at ``start:end`` makes with the word before it and the word
    after it."""
    before = text[:start].split()[-1:]
    after = text[end:].split()[:1]
    word = text[start:end]
    # (Not with a stop word: "a recycled ..." says nothing of which sense.)
    return tuple(" ".join(pair) for pair in ([*before, word], [word, *after])
                 if len(pair) == 2 and not STOP_WORDS.intersection(pair))


def in_guide_words(synonyms: Synonyms, text: str) -> str:
    """``text`` normalised, a quantifier "all" read as "every" ("do all solid-state cells ...?" is not about
    all-solid-state cells), and synonyms replaced by the guide's words: how the index and the reader see the
    knowledge's text and a question's."""
    return synonyms.expand(normalise(quantifier_all(text)))


class QueryReader:
    """Turns raw questions into :class:`Query` objects for one knowledge base. Read-only once built."""

    def __init__(self, knowledge: KnowledgeBase, synonyms: Synonyms, index_vocabulary: frozenset[str],
                 tuning: Tuning, question_synonyms: Synonyms | None = None) -> None:
        """``synonyms`` read the knowledge's text and questions alike; ``question_synonyms`` (default: the same)
        read questions only and hold them too."""
        self.synonyms = synonyms
        self.question_synonyms = question_synonyms or synonyms
        self.tuning = tuning
        vocabulary = Counter(w for e in knowledge.entries for text in (e.title, e.answer, *e.questions, *e.keywords)
                             for w in self.expand(text).split())
        vocabulary.update(synonyms.words)
        known_stems = frozenset(stem(w) for w in vocabulary) | index_vocabulary
        self.corrector = SpellingCorrector(vocabulary, known_stems=known_stems,
                                           english_cutoff=tuning.ordinary_zipf)
        self.topical = topical_words(vocabulary, lift=tuning.topical_lift)
        self._sorted_known = sorted(w for w in vocabulary if w.isalpha())
        self._names_by_first_word: dict[str, list[RowName]] = {}
        for name in self._row_names(knowledge):
            self._names_by_first_word.setdefault(name[0][0], []).append(name)
        self._row_families = self._read_row_families(knowledge)
        # Terms the guide writes with hyphens ("solid-state", "lithium-ion"): the same term when a
        # question writes it as separate words ("a solid state drive").
        self._hyphenated = frozenset(tuple(normalise(t).split()) for e in knowledge.entries
                                     for t in _HYPHENATED.findall(f"{e.title} {e.answer} {' '.join(e.questions)}"))
        self._uncovered_terms = {normalise(term): rule for rule in knowledge.not_covered for term in rule.terms
                                 if normalise(term)}
        # A phrase's last word in the singular names the topic too ("a transport regulation" of the term
        # "transport regulations"; the pattern below adds plural endings, not removes them), unless the
        # knowledge says that phrase itself.
        said = " " + " ".join(normalise(f"{e.title} {e.answer}") for e in knowledge.entries) + " "
        for term, rule in list(self._uncovered_terms.items()):
            *head, last = term.split()
            singular = " ".join([*head, stem(last)])
            if head and singular != term and f" {singular} " not in said:
                self._uncovered_terms.setdefault(singular, rule)
            # ... and a verb ending in "e" drops it before "-ing": "dispose" names "disposing" too.
            if last.endswith("e") and f" {' '.join([*head, last[:-1] + 'ing'])} " not in said:
                self._uncovered_terms.setdefault(" ".join([*head, last[:-1] + "ing"]), rule)
        alternatives = "|".join(re.escape(t) for t in sorted(self._uncovered_terms, key=len, reverse=True))
        # Word forms count: "recycle" names "recycled" and "recycles" too.
        self._uncovered_pattern = re.compile(rf"\b({alternatives})(?:s|es|d|ed|ing)?\b") if alternatives else None
        # A word form of a term inside a phrase the knowledge itself says ("a recycled buzzword"): that phrase is
        # the guide's, in another sense, and names no topic.
        self._said_around_terms: frozenset[str] = frozenset(
            phrase for match in (self._uncovered_pattern.finditer(said) if self._uncovered_pattern else ())
            for phrase in _phrases_around(said, match.start(), match.end()))
        # Read once here: ranking asks for the rows of the entries it weighs on every question.
        self._rows_named: dict[str, frozenset[tuple[str, str]]] = {
            e.id: self._read_rows_named_by(e) for e in knowledge.entries}

    def has_relative(self, word: str) -> bool:
        """Whether the knowledge uses a longer word of ``word``'s family: one sharing all but its last three
        letters, five at least ("degrade" of "degradation"): a word the knowledge lacks in this form only."""
        prefix = word[: max(RELATIVE_LETTERS, len(word) - 3)]
        if len(prefix) < RELATIVE_LETTERS:
            return False
        start = bisect.bisect_left(self._sorted_known, prefix)
        for known in self._sorted_known[start:]:
            if not known.startswith(prefix):
                return False
            if len(known) >= len(word) and known != word:
                return True
        return False

    def expand(self, text: str) -> str:
        """Normalised text with synonyms replaced by the guide's words (the index's view of text)."""
        return in_guide_words(self.synonyms, text)

    def expand_question(self, text: str) -> str:
        """:meth:`expand` for what a user wrote: with the phrases read in questions only, too."""
        return in_guide_words(self.question_synonyms, text)

    def prepare(self, question: str) -> Query:
        text = clean(question)
        notice = None
        if len(text) > MAX_QUESTION_CHARS:
            text = text[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
            notice = f"Your question was long, so only its first {len(text)} characters were used."
        # The battery of a device set beside another is today's lithium-ion battery, in the words scope is read
        # from too: "compared with the battery in my phone" names no device topic. (Unless the comparison is on
        # a topic the guide leaves out: "... compare with the one in my laptop for battery life?")
        plainly = device_battery_said_plainly(text)
        if plainly != text and not (self._uncovered_pattern and self._uncovered_pattern.search(normalise(plainly))):
            text = plainly
        # Synonyms are expanded once, after spelling correction.
        asked = preposition_last(made_of_beside_its_thing(without_kind_suffix(everyday_wording_read(text))))
        written = normalise(quantifier_all(without_confirmation_tag(asked)))
        words = without_confirmation_frame(expand_shorthand(written.split(), self.corrector.known_words))
        words = without_leave_to_ask(without_matter_nouns(without_where_listed(without_naming_nouns(
            without_list_request(words)))))
        words = without_progressive_doing(without_intensifiers(without_got_of_having(words)))
        # "softer layers" asks about what the guide calls "soft layers".
        words = [self.corrector.plain_form(w) for w in words]
        # A word of a phrase read in questions ("mechanically mismatched") is read as typed, not corrected first
        # into another word ("mismatch") that the phrase no longer matches.
        as_typed = self.question_synonyms.words_read(words)
        corrected, corrections = self.corrector.correct(words)
        kept = {words[i] for i in as_typed}
        corrected = [words[i] if i in as_typed else word for i, word in enumerate(corrected)]
        corrections = [c for c in corrections if c.original not in kept]
        prepared = self.question_synonyms.expand(" ".join(corrected))
        # A word of an everyday phrase read in questions only ("in every phone") is understood there, and
        # only there: "phone" elsewhere is still a word the knowledge never uses.
        # (Only where a phrase was read as other words: "lies" matched as a plural of "li" is left as written.)
        in_phrases = {w for key, value in self.question_synonyms.replacements(" ".join(corrected)) if value != key
                      for w in key.split()}
        # Unknown words are judged on what was typed: a shaky correction ("stock" -> "stack")
        # helps retrieval but is no evidence the question is about the guide.
        # A doubtful correction of a string that is no English word ("wrk") is a typo after all.
        cutoff = self.tuning.ordinary_zipf
        doubtful = [c for c in corrections if not c.confident and is_ordinary(c.original, cutoff=cutoff)]
        shaky = {c.original for c in doubtful}
        fixed = {c.original for c in corrections}
        unknown = tuple(w for w in content_words(" ".join(words))
                        if not any(ch.isdigit() for ch in w) and not is_function_word_form(w)
                        and w not in in_phrases
                        and (w in shaky or (w not in fixed and not self.corrector.is_known(w)
                                            and not self.corrector.is_verb_form_of_known(w))))
        # A year said as a time ("by 2035", "in 1998") that the knowledge never gives is as specific as a
        # name it never mentions: the question is about a date the guide says nothing about.
        years = tuple(w for w in _years_asked(words) if not self.corrector.is_known(w))
        unknown += years
        codes = stop_word_names(text)
        unknown += tuple(c for c in codes if c not in unknown)
        # A name typed without its capital ("when's toyota selling ...") is a name all the same; not the parts
        # of a web address ("http", "www"), which say where something is, not what it is about.
        addressed = {w for address in _WEB_ADDRESS.findall(text) for w in normalise(address).split()}
        capitalised = names_in(text) | set(codes) | {w for w in unknown if w not in addressed and reads_as_name(w)}
        content = tuple(content_words(prepared))
        topical = tuple(w for w in content if w in self.topical)
        # Once a question names its subject, its adverbs are only how it asks ("surely", "basically");
        # without one ("why not automatically?") an adverb may be all there is to go on.
        # An adverb the guide itself uses characteristically ("commercially") is part of the subject.
        # An opening instruction verb ("enumerate the ...", "outline how ...") is how, too: an exam's wording;
        # so is a confirmation tag ("..., right?", "can you confirm?").
        request = request_verb(words)
        adverbs = tuple(w for w in content_words(" ".join(words))
                        if topical and w not in capitalised and w not in self.topical
                        and (is_adverb(w, cutoff=cutoff) or w == request or w in CONFIRMATION_WORDS
                             or w in ATTITUDE_WORDS or w in DISMISSAL_WORDS))
        unknown = tuple(w for w in unknown if w not in adverbs)
        set_aside = {w for w in capitalised if self._set_aside(normalise(text), w)}
        unknown = tuple(w for w in unknown if w not in set_aside)
        names = tuple(w for w in unknown if w in capitalised)
        heads, modifiers = self.compounds(text, set(unknown))
        # "a solid-state drive": a word after a term of the guide that names another thing is as
        # specific as a rare term; "a cream separator": that separator is not the guide's row.
        # "clamped up like a bullwheel sheave": the picture a simile draws is how the writer puts it, not what
        # they ask about; its rare words are weak evidence, as ordinary ones are.
        pictured = _simile_words(text)
        specific = tuple(w for w in unknown if w in capitalised or w in shaky or w in heads
                         or (not is_ordinary_form(w, cutoff=cutoff) and w not in pictured))
        ordinary = tuple(w for w in unknown if w not in specific)
        # ... and a picture's everyday words say how the writer puts it ("clamped tighter than a hay net"): like
        # adverbs, no part of what is asked.
        adverbs += tuple(w for w in ordinary if w in pictured and w not in adverbs)
        ordinary = tuple(w for w in ordinary if w not in pictured)
        mentions = self.find_mentions(prepared)
        borrowed: set[str] = set()
        if modifiers:
            before = ["", *prepared.split()]
            borrowed = {stem(w) for m in mentions if before[m.start] in modifiers
                        for w in prepared.split()[m.start:m.end]}
            mentions = tuple(m for m in mentions if before[m.start] not in modifiers)
        mentions = self._without_family_descriptions(prepared, mentions)
        as_modifiers = _rows_as_modifiers(prepared.split(), mentions, set(unknown),
                                          [w for w in content if w not in adverbs])
        if as_modifiers:
            # "composite decking boards": that noun is what is asked about, and the row's word only says what
            # it is made of; the question does not name the guide's row.
            nouns = {w for _, w in as_modifiers}
            specific += tuple(w for w in ordinary if w in nouns)
            ordinary = tuple(w for w in ordinary if w not in nouns)
            mentions = tuple(m for m in mentions if m not in {m for m, _ in as_modifiers})
        return Query(text, prepared, tuple(corrections), content, specific, mentions, notice,
                     ordinary, names, topical, tuple(c.corrected for c in doubtful), adverbs,
                     self._phrases(prepared, " ".join(corrected), borrowed), years,
                     self._families_named(prepared, mentions))

    def _phrases(self, prepared: str, corrected: str, borrowed: set[str]) -> tuple[str, ...]:
        """The adjacent word pairs of ``prepared`` the user wrote (see :attr:`Query.phrases`)."""
        written_by_synonyms = {t for r in self.question_synonyms.added_words(corrected) for t in word_ngrams(r)
                               if " " in t}
        return tuple(dict.fromkeys(t for t in word_ngrams(prepared) if " " in t and t not in written_by_synonyms
                                   and not borrowed.intersection(t.split())))

    @staticmethod
    def _set_aside(normalised: str, word: str) -> bool:
        """Whether every use of ``word`` in ``normalised`` text is set aside ("without the PR spin",
        "apart from Toyota"): it names what the question is not about."""
        uses = list(re.finditer(rf"\b{re.escape(word)}\b", normalised))
        return bool(uses) and all(_NAME_SET_ASIDE_BEFORE.search(normalised[: m.start()])
                                  or _SET_ASIDE_AFTER.match(normalised[m.end():]) for m in uses)

    def compounds(self, text: str, foreign: set[str]) -> tuple[frozenset[str], frozenset[str]]:
        """Compound nouns made of a term of the guide and a word of ``foreign`` (words the knowledge
        never uses), which together name something the guide is not about.

        Returns two sets of words (as prepared):

        * heads: a word written right after a hyphenated term of the guide ("solid-state drive",
          "solid-state relay"): the thing asked about is that word, not the guide's subject;
        * modifiers: the last word of a group written right before a table row's name, when the
          group holds such a word ("oil-water separator", "cream separator"): the row is not named.
        """
        heads: set[str] = set()
        modifiers: set[str] = set()
        if not foreign:
            return frozenset(), frozenset()
        before: list[str] = []  # the words of the run of adjacent pairs so far
        end = -1
        for match in _WORD_PAIR.finditer(text):
            first, second = normalise(match.group(1)).split(), normalise(match.group(2)).split()
            before = [*before, *first] if match.start() == end else list(first)
            end = match.end()
            if not first or not second:
                continue
            term = next((before[-n:] for n in (3, 2) if len(before) >= n and tuple(before[-n:]) in self._hyphenated),
                        None)
            if foreign.intersection(first) - _DESCRIBING and not third_person_verb(first[-1]):
                following = self.find_mentions(self.expand_question(text[match.end():match.end() + MENTION_LOOKAHEAD]))
                if any(m.start == 0 for m in following):
                    modifiers.update(self.expand(first[-1]).split()[-1:])
            elif len(second) == 1 and second[0] in foreign and second[0] not in NOTION_NOUNS:
                # Written hyphenated in the question, or a term the guide hyphenates written without it.
                hyphenated = "-" in match.group(1) and all(self.corrector.is_known(w) for w in first) \
                    and any(w in self.topical for w in first)
                if hyphenated or (term is not None and any(w in self.topical for w in term)):
                    heads.add(second[0])
        heads.update(self._coordinated_heads(normalise(text).split(), foreign))
        return frozenset(heads), frozenset(modifiers)

    def _coordinated_heads(self, words: list[str], foreign: set[str]) -> set[str]:
        """Heads of a noun a term of the guide shares with another modifier by "or" / "and": in "a
        solid-state or a tube *amplifier*" the amplifier is what is solid-state (the noun phrase after
        the conjunction runs to its first stop word, "for blues", or to a noun of the guide's: "lithium-ion
        *cells* built from ...")."""
        heads: set[str] = set()
        for i in range(len(words)):
            for n in (3, 2):
                if tuple(words[i:i + n]) in self._hyphenated and words[i + n:i + n + 1] in (["or"], ["and"]):
                    phrase: list[str] = []
                    for w in words[i + n + 1:]:
                        if w in _DETERMINERS and not phrase:
                            continue
                        if w in STOP_WORDS:
                            break
                        phrase.append(w)
                        if w in self.topical:
                            break  # "a solid-state or a semi-solid *cell* built ...": the guide's own noun
                    if phrase and phrase[-1] in foreign:
                        heads.add(phrase[-1])
                    break
        return heads

    def uncovered_topic(self, query: Query, *, setting: bool = False) -> tuple[ScopeRule, str] | None:
        """The scope.yaml topic a question names, if any, and the words that name it as written
        ("recycled" for the term "recycle": the knowledge may use that form in another sense).
        A term in a phrase giving the question's setting ("compared to a normal phone battery") does
        not name it when the rest of the question names the guide's subject; ``setting=True``: the
        topic such a term names instead (None when the question names one outside its setting)."""
        if self._uncovered_pattern is None:
            return None
        words = setting_words(query.text)
        written = " ".join(w for w, _ in words)
        # "... compared to a normal phone battery?", "... when I plug my phone in?": a term of a setting topic
        # (a device) in the question's setting names where the writer meets the subject, when the rest of the
        # question names the guide's; "... safer than a sodium-ion one?" still asks about another chemistry.
        in_setting: set[int] = set()
        if any(w in self.topical for w, placed_word in words if not placed_word):
            position = 0
            for w, placed_word in words:
                if placed_word:
                    in_setting.update(range(position, position + len(w)))
                position += len(w) + 1
        # (Apart, so no term reads across the seam: "... for its weight" then "of those cells ..." is no "weight of".)
        text = f"{written} | {query.prepared}"
        placed: set[str] = set()
        # The words of a phrase the knowledge says, as the question reads ("a buzzword being recycled" is read
        # "a recycled buzzword"), name no topic wherever they are written.
        quoted = {word for phrase in self._said_around_terms if f" {phrase} " in f" {query.prepared} "
                  for word in phrase.split()}
        for match in self._uncovered_pattern.finditer(text):
            # "Leaving price aside, ..." names the topic only to exclude it.
            if _SET_ASIDE_BEFORE.search(text[: match.start()]) or _SET_ASIDE_AFTER.match(text[match.end():]):
                continue
            if match.start() < len(written) and self._in_idiom(match.group(0), query):
                continue
            if match.group(0) in quoted or self._said_around_terms.intersection(
                    _phrases_around(text, match.start(), match.end())):
                # "tell a real development platform from a recycled buzzword" quotes the guide.
                continue
            term = match.group(1)
            if self._uncovered_terms[term].setting and (
                    match.start() in in_setting or (match.start() > len(written) and term in placed)):
                placed.add(term)
                continue
            return None if setting else (self._uncovered_terms[term], match.group(0))
        if setting and placed:
            term = min(placed, key=written.find)
            return self._uncovered_terms[term], term
        return None

    def _in_idiom(self, word: str, query: Query) -> bool:
        """Whether ``word``, as written, sits in an idiom the synonyms read as the guide's words and is gone from
        the reading ("is there a price to pay?" -> drawbacks): the idiom's reading is what was asked, the word
        names no topic. (Worked out only for a word that would name one: not on every question.)"""
        return word not in query.prepared.split() and any(
            word in key.split() for key, _ in self.question_synonyms.replacements(normalise(query.text)))

    def rows_named_by(self, entry: Entry) -> frozenset[tuple[str, str]]:
        """The table rows a free-text entry is about, read from its title and questions."""
        known = self._rows_named.get(entry.id)
        return known if known is not None else self._read_rows_named_by(entry)

    def _read_rows_named_by(self, entry: Entry) -> frozenset[tuple[str, str]]:
        if entry.table_id is not None:
            return frozenset()
        texts = (entry.title, *entry.questions)
        return frozenset((m.table_id, m.row_id) for t in texts for m in self.find_mentions(self.expand(t)))

    def find_mentions(self, prepared: str) -> tuple[Mention, ...]:
        """Table rows named in prepared text; longest names first, each word used once."""
        words = prepared.split()
        taken = [False] * len(words)
        found: list[Mention] = []
        # Names of one length are tried in a fixed order (by their words), so which of two overlapping
        # names of a row is read does not depend on how Python happened to hash them.
        candidates = sorted({name for w in set(words) for name in self._names_by_first_word.get(w, ())},
                            key=lambda n: (-len(n[0]), n[1], n[2], n[0]))
        for name, table_id, row_id in candidates:
            n = len(name)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == name and not any(taken[i:i + n]):
                    found.append(Mention(table_id, row_id, i, i + n))
                    for j in range(i, i + n):
                        taken[j] = True
        # "the pouch or the prismatic cell": a name's last word said once for two names joined before it.
        for mention in list(found):
            head = words[mention.end - 1]
            k = mention.start - (1 if words[mention.start - 1:mention.start] in (["the"], ["a"], ["an"]) else 0)
            if mention.end - mention.start < 2 or k < 2 or words[k - 1] not in _JOINING_WORDS:
                continue
            for name, table_id, row_id in candidates:
                first = k - 1 - (len(name) - 1)
                if table_id == mention.table_id and row_id != mention.row_id and len(name) > 1 and name[-1] == head \
                        and first >= 0 and tuple(words[first:k - 1]) == name[:-1] and not any(taken[first:k - 1]):
                    found.append(Mention(table_id, row_id, first, k - 1))
                    taken[first:k - 1] = [True] * (k - 1 - first)
                    break
        return tuple(sorted(found, key=lambda m: m.start))

    def _read_row_families(self, knowledge: KnowledgeBase) -> dict[str, str]:
        """The word every row name of a table begins with, where there is one ("ab" of "AB-50AH",
        "AB-100AH" and "AB-21700"), and the table it names: the family the rows belong to."""
        families: dict[str, str] = {}
        for table in knowledge.tables:
            firsts = {tuple(self.expand(row.name).split()[:1]) for row in table.rows}
            if len(table.rows) > 1 and len(firsts) == 1 and all(len(self.expand(r.name).split()) > 1
                                                                for r in table.rows):
                (first,) = next(iter(firsts))
                families[first] = table.id
        return families

    def _families_named(self, prepared: str, mentions: tuple[Mention, ...]) -> tuple[str, ...]:
        """The tables whose family word the question uses other than as the start of one of their row names
        ("the AB cells", not "the AB-50AH"): see :attr:`Query.families`."""
        starts = {(m.table_id, m.start) for m in mentions}
        return tuple(dict.fromkeys(table_id for i, w in enumerate(prepared.split())
                                   if (table_id := self._row_families.get(w)) is not None
                                   and (table_id, i) not in starts))

    def _without_family_descriptions(self, prepared: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """``mentions`` less the rows of one table written right after the family word of another's rows:
        in "the AB semi-solid cells", "semi-solid" describes the AB products; it does not ask about the
        semi-solid route."""
        before = ["", *prepared.split()]
        return tuple(m for m in mentions if self._row_families.get(before[m.start], m.table_id) == m.table_id)

    def _row_names(self, knowledge: KnowledgeBase) -> list[RowName]:
        free_texts = [f" {self.expand(f'{e.title} {e.answer}')} " for e in knowledge.entries if e.table_id is None]
        names: set[RowName] = set()
        for table in knowledge.tables:
            for row in table.rows:
                for name in row.names:
                    # Exact words, not stems: "lithium ions" must not name the "lithium-ion" row.
                    words = tuple(self.expand(name).split())
                    needle = " " + " ".join(words) + " "
                    share = sum(needle in t for t in free_texts) / len(free_texts) if free_texts else 0.0
                    if words and share <= self.tuning.generic_name_share:
                        names.add((words, table.id, row.id))
                        # "the pouch one", "the prismatic one's": "one" stands for the name's head noun.
                        # Only for a short name whose word before the head is the guide's own ("current
                        # ones" is everyday English, not the conventional cells).
                        if 1 < len(words) <= 3 and words[-1] in _HEAD_NOUNS and words[-2] in self.topical:
                            for one in _ONE_FORMS[words[-1].endswith("s")]:
                                names.add(((*words[:-1], one), table.id, row.id))
        return sorted(names, key=lambda n: (-len(n[0]), n[1], n[2], n[0]))
