"""Questions about something the guide does not give, although their topic is covered.

Two kinds, both read from the knowledge rather than from lists of attribute words:

* **An attribute a table lacks.** The guide lists four facts per product; a question that
  names a product and asks for its weight or cycle life is about the product, but the
  guide does not answer it. Applies to tables whose rows the free text hardly discusses
  (at most a third of them named by any free-text entry), so the table is all the guide
  says about them; electrolyte families or routes, which the prose discusses, are not.
* **A figure a passage does not state.** "At what temperature ...?" or "How much does ...
  cost?" answered by a passage with no number in it: the guide describes, it gives no figure.

Either way the answer is ``found=False`` and says what the guide does give, with that as support.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from advisor.knowledge.model import Entry, KnowledgeBase, Table
from advisor.retrieval.english import CONFIRMATION_WORDS, PLACEHOLDER_NOUNS, is_ordinary, names_in
from advisor.retrieval.query import Mention, Query, QueryReader
from advisor.retrieval.superlatives import BEAT_WORDS, column_unit, names_unit
from advisor.text import STOP_WORDS, normalise, stem

#: Verbs that frame a question about an attribute without naming one ("what voltage does it
#: *run* at", "which cells does the guide *list*"). Language, the same for every guide.
FRAME_WORDS = frozenset({
    "run", "runs", "use", "uses", "used", "using", "have", "has", "having", "offer", "offers", "come", "comes",
    "make", "makes", "made", "get", "gets", "provide", "provides", "support", "supports", "deliver", "delivers",
    "reach", "reaches", "rate", "rated", "list", "listed", "lists", "show", "shows", "state", "stated", "states",
    "give", "gives", "given", "spec", "specs", "specification", "specifications", "detail", "details", "information",
    "value", "values", "exact", "exactly", "one", "ones", "unit", "product", "products", "model", "item", "actual",
    "official", "available", "about", "related", "typical", "typically",
    # Asking what a row is called asks for its name, which every table gives ("what's the pouch one called?").
    "call", "called", "name", "named", "names",
})
#: Question words whose answer is a person, a date or a place.
_NAMED_ANSWERS = frozenset({"who", "whom", "whose", "when", "where"})
#: A question asking for a name: "who ...?" (also asked as a request: "could you tell me who ...?"), or "which
#: company / what country ...?" (nouns whose
#: answer is the name of an organisation or a place). Language, the same for every guide.
_ASKS_NAME = re.compile(r"^(?:(?:could|can|would|will) you |please )*(?:tell me |let me know |say )?"
                        r"(?:who|whom|whose)\b"
                        # (not "who's right?" between two claims: it asks which is true)
                        r"(?!(?:'s|s|\s+is|\s+was)\s+(?:right|wrong|correct)\b)"
                        # ... also with a word before the noun: "which car company", "what battery makers" (not a
                        # verb: "what stops manufacturers from ...?", "what do companies ...?")
                        r"|\b(?:which|what) (?:(?!(?:do|did|can|will|would|should|could|must|are|were|was|is)\b)"
                        r"[a-z]+(?<!s) )?(?:companies|company|firms?|manufacturers?|[a-z]*makers?|startups?|oems?"
                        r"|brands?|countries|country|nations?|cities|city)\b")
#: A verb of finding out before "which company ...": the names are what something else tells, not what is asked.
_FINDING_OUT = re.compile(r"\b(?:tell|know|check|checking|see|find out|finding out|learn|show|shows|showing|judge"
                          r"|work out)\s*$")
#: Asking for a figure in a unit, anywhere in a question: "in mS/cm", "how many GWh", a rate "per kWh".
_UNITS = ("ms cm|s cm|ms|wh kg|wh l|kwh|gwh|mwh|kilowatt hours|kilowatt hour|kilowatts|kilowatt"
          "|km|kilometres|kilometers|miles"
          "|mpa|kpa|psi|bar|degrees|celsius|fahrenheit|percent"
          "|volts|amps|kg|grams|usd|dollars|euros|cycles|years|hours|minutes"
          # written out, and other units of the same quantities
          "|megapascals|megapascal|kilopascals|kilopascal|pascals|atmospheres|newtons|kelvin|watts|watt hours"
          "|milliamps|milliamp hours|mah|amp hours|ohms|milliohms|microns|micrometres|micrometers|nanometres"
          "|nanometers|millimetres|millimeters|kilograms|kilogram|pounds|tonnes|litres|liters"
          "|millisiemens|siemens")
_ASKS_IN_UNITS = re.compile(
    rf"\b(?:in|how many|per) (?:(?:tens|hundreds|thousands|millions) of |(?:those|these|the) )?(?:{_UNITS})\b"
    # The unit standing for the figure: "what's the Wh/kg of a normal cell?".
    rf"|\b(?:what is|what are|what s|what's|whats) (?:the |its |their )(?:{_UNITS})\b"
    # A date: "in what year", "by which year".
    r"|\b(?:what|which) year\b"
    # The figure itself asked for after what it measures: "what is the typical cycle life, in numbers, of ...?" (not
    # "can they build these in numbers?": made in quantity).
    r"|\b(?:life|lifespan|density|capacity|range|voltage|conductivity|cost|price|efficiency|count|rate|resistance"
    r"|pressure|temperature|thickness|weight|mass) in (?:hard |actual |real |exact )?(?:numbers|figures)\b")
#: The units of measure one word names, as stems: "how many charge cycles" counts a measure, not things.
_UNIT_STEMS = frozenset(stem(u) for u in _UNITS.split("|") if " " not in u)
#: The question opens by asking for a quantity: "how much", "how heavy", "at what temperature".
_ASKS_FIGURE = re.compile(
    r"\b(?:how (?:much|many|long|heavy|hot|cold|fast|quickly|often|far|big|large|thick|thin|soon)|at what|when will"
    # A quantity asked of a thing by its name: "what is the melting point of ...", "state the ... rate"; without
    # the article it asks what the term means ("what is ionic conductivity?").
    r"|(?:what is|what are|what's|state|quote) (?:the |its |their )(?:[a-z-]+ ){0,3}?"
    r"(?:price|cost|weight|mass|temperature|percentage|efficiency|lifespan|lifetime|rate|capacity|voltage"
    r"|thickness|resistance|conductivity|(?:melting|boiling|flash|freezing|dew) point)"
    # ... or named straight after "what", or after one word saying where: "what dew point is needed ...?", "what
    # glovebox dew point ...?" (a measure, never a passage's subject).
    r"|what (?:[a-z-]+ ){0,2}(?:melting|boiling|flash|freezing|dew) point"
    # ... or asked of what a thing reaches: "what cycle count does a typical cell achieve?", "what range will it get?"
    # (a measure named straight after "what", then its verb: no passage is about a measure so).
    r"|what (?:cycle count|cycle life|lifespan|lifetime|range|capacity|voltage|efficiency|energy density"
    r"|power density|price|cost|weight|temperature) (?:does|do|did|will|would|can|could|might|should)"
    # A price asked with "what ... cost": "what does each family cost?".
    r"|what (?:does|do|did|would|will|might) (?:[a-z-]+ ){1,5}?cost(?! (?:you|us|me|them)\b)"
    r"|per (?:kwh|kilowatt|unit|kg|kilogram|kilo|cell|pack))\b")
_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+\b")
#: An author cited the academic way, even at the start of a sentence: "Tan et al. reviewed ...".
_CITED = re.compile(r"\b[A-Z][\w'-]+ et al\b")
#: A figure question opens within this many words ("so, at what temperature ...").
FIGURE_OPENING_WORDS = 2
#: A question asking what the writer should check or ask (Language).
_ASKS_WHAT_TO_CHECK = re.compile(r"\bwhat (?:should|shall|must|can|do|would) (?:i|we|you|one) (?:\w+ )?(?:check|ask"
                                 r"|look for|watch for|look out for|verify|demand|request)\b")
#: A figure written in words ("once or twice a day", "a dozen").
#: (Small number words like "one" are left out: prose uses them without stating a figure, "one reason".)
_NUMBER = re.compile(r"\d|\b(?:dozens?|hundreds?|thousands?|millions?)\b"
                     r"|\b(?:once|twice|thrice)\s+(?:a|an|per|every|or|daily|weekly)\b", re.IGNORECASE)
#: Units of a span of time ("how many years ...?"), stemmed: a year written as a date answers none of them.
_SPANS = frozenset({"year", "month", "week", "day", "hour", "decade", "minute"})
#: A year asked of the future ("what year will they be in every car?"): a forecast, which no row's date answers
#: (a source's year is when it appeared: "what year was the mechanics review published?").
_FORECAST_YEAR = re.compile(r"\b(?:what|which) year (?:will|would|might|shall|could|should|are we going to"
                            r"|is it going to|are they going to)\b")
#: A year written as a date ("2023"), within a text.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: What answers "how many": a number word, or a list to count (bullets, or "A, B, and C" in a sentence).
_COUNTABLE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|^\s*(?:[-*]|\d+[.)])\s"
                        r"|\b[a-z-]+, [a-z-]+,? and [a-z-]+\b",
                        re.IGNORECASE | re.MULTILINE)
#: A column's head noun alone names it when it has at least this many letters ("voltage", not "type").
MIN_HEAD_LETTERS = 5
#: A table is all the guide says about its rows when at most 1/PROSE_SHARE of them are named in free text.
PROSE_SHARE = 3


@dataclass(frozen=True)
class Gap:
    """What the guide does not give for a covered topic, and what it gives instead."""

    message: str
    #: The entry shown as support (the named row, or the passage on the topic).
    support: Entry


#: A question asking what an abbreviation stands for: "what does (the abbreviation) SEI stand for?", "what is SEI
#: short for?", "SEI stands for what?".
_ASKS_EXPANSION = re.compile(
    r"\bwhat (?:does|do|did) (?:the )?(?:abbreviation |acronym |initials |letters )?['\"“]?(\w+)['\"”]? stand for\b"
    r"|\bwhat (?:is|are|'s) ['\"“]?(\w+)['\"”]? short for\b|\b(\w+) stands? for what\b", re.IGNORECASE)
#: An abbreviation spelled out: "solid electrolyte interphase (SEI)", "SEI (solid electrolyte interphase)".
_SPELLED_OUT = re.compile(r"\(([A-Z][A-Za-z]{1,6})\)|\b([A-Z]{2,7}) \((?=[a-z])")


def _knowledge_text(knowledge: KnowledgeBase) -> str:
    """Every entry's title and answer, as one text."""
    return " ".join(f"{e.title}. {e.answer}" for e in knowledge.entries)


class GapFinder:
    """Finds attribute and figure gaps for one knowledge base. Read-only once built."""

    def __init__(self, knowledge: KnowledgeBase, reader: QueryReader) -> None:
        self.knowledge = knowledge
        self.reader = reader
        named_by_prose = {pair for e in knowledge.entries for pair in reader.rows_named_by(e)}
        text = _knowledge_text(knowledge)
        #: The words of the knowledge's text, as the reader sees them.
        self._text_words = frozenset(reader.expand(text).split())
        #: The abbreviations the knowledge spells out, lower-cased: in its text, or as a synonym of more words
        #: ("ssb: solid-state battery").
        self._spelled_out = frozenset(g.lower() for m in _SPELLED_OUT.finditer(text)
                                      for g in m.groups() if g is not None) | frozenset(
            key for key, value in knowledge.synonyms if " " not in key and len(value.split()) > 1)
        #: Tables whose rows nothing but the table talks about, and every word stem the table uses.
        self._table_words: dict[str, frozenset[str]] = {}
        #: The question words ("who", "when") a table's columns are asked with.
        self._column_wh: dict[str, frozenset[str]] = {}
        self._value_tables: dict[str, frozenset[str]] = {}
        self._shared_values: dict[str, frozenset[tuple[str, str]]] = {}
        for table in knowledge.tables:
            discussed = sum((table.id, row.id) in named_by_prose for row in table.rows)
            if discussed * PROSE_SHARE > len(table.rows):
                continue
            self._table_words[table.id] = frozenset(stem(w) for w in reader.expand(_table_text(table)).split())
            self._column_wh[table.id] = frozenset(w for c in table.columns for q in c.questions
                                                  for w in reader.expand(q).split() if w in _NAMED_ANSWERS)
            #: Other tables whose rows this table's values name ("Semi Solid Pouch Cell" names the
            #: semi-solid route): a question naming one of those rows claims a value the table gives.
            self._value_tables[table.id] = frozenset(
                other.id for other in knowledge.tables if other.id != table.id
                and any(f" {normalise(name)} " in f" {normalise(cell)} " for row in table.rows
                        for cell in row.cells.values() for named in other.rows for name in named.names))
            #: ... and those rows every row's values name ("Semi Solid" in each product's cell type): naming one
            #: describes the table's rows as a group ("the semi-solid cells"), it claims nothing of one of them.
            self._shared_values[table.id] = frozenset(
                (other.id, named.id) for other in knowledge.tables if other.id != table.id for named in other.rows
                if all(any(f" {normalise(name)} " in f" {normalise(cell)} " for cell in row.cells.values()
                           for name in named.names) for row in table.rows))
        #: Tables with a column asked with "who" (the authors of a source), and every word stem the table
        #: uses: "who wrote / reviewed ...?" asks in its words, "who invented ...?" asks for other names.
        self._who_columns = {table.id: frozenset(stem(w) for w in reader.expand(_table_text(table)).split())
                             for table in knowledge.tables
                             if any("who" in reader.expand(q).split() for c in table.columns for q in c.questions)}
        #: Pairs of word stems standing side by side in a table's own text, and in the rest of the guide: a term
        #: of the guide ("electrolyte family") whose words the table uses only apart ("product family") is
        #: something else than what the table gives.
        self._table_pairs = {table_id: _pairs(reader.expand(_table_text(knowledge.table(table_id))))
                             for table_id in self._table_words}
        self._guide_pairs = frozenset().union(*(_pairs(reader.expand(f"{e.title} {e.answer}"))
                                                for e in knowledge.entries if e.table_id is None))
        n_entries = max(1, len(knowledge.entries))
        counts: dict[str, int] = {}
        for entry in knowledge.entries:
            for word in set(reader.expand(f"{entry.title} {entry.answer}").split()):
                counts[stem(word)] = counts.get(stem(word), 0) + 1
        #: Words in a fifth or more of the entries are the guide's subject itself ("battery", "cell").
        self._subject_words = frozenset(w for w, n in counts.items() if n / n_entries >= 0.2)

    def attribute_gap(self, query: Query, mentions: tuple[Mention, ...], best: Entry | None = None) -> Gap | None:
        """The question names a row of a table that alone describes its rows, and asks for
        something none of that table's words give; or, naming none of its rows, is best answered by the
        whole table (``best``: "what temperature range are the listed cells rated for?")."""
        words = query.prepared.split()
        in_names = {i for m in query.mentions for i in range(m.start, m.end)}
        asked_of: list[tuple[str, str | None]] = sorted({(m.table_id, m.row_id) for m in mentions})
        if best is not None and best.table_id in self._table_words and best.row_id is None \
                and not any(m.table_id == best.table_id for m in mentions):
            asked_of.append((best.table_id, None))
        # "Which electrolyte family do the AB semi-solid cells use?": the rows named as a family are asked about as
        # a group, whatever answered best (the electrolyte families the question lists as choices).
        # Every word of such a question is asked of them, as of a row named ("Do the AB cells use a sulfide or an
        # oxide electrolyte?").
        families = [table_id for table_id in query.families if table_id in self._table_words
                    and (table_id, None) not in asked_of and not any(m.table_id == table_id for m in mentions)]
        asked_of += [(table_id, None) for table_id in families]
        for table_id, row_id in asked_of:
            table_words = self._table_words.get(table_id)
            if table_words is None:
                continue
            # Words that ask for something: real words (known to the guide or ordinary English; a
            # garbled word is no evidence of an attribute) that the table never uses. Of a question about the
            # whole table, only those of what it asks for ("what *operating temperature range* ...?"): naming no
            # row, its other words may be about anything ("are the listed cells *fully* solid-state?").
            wanted = range(len(words)) if row_id is not None or table_id in families else _asked_for(words)
            asked = [w for i, w in enumerate(words) if i in wanted and i not in in_names and len(w) > 2
                     and w not in STOP_WORDS
                     and w not in FRAME_WORDS and w not in CONFIRMATION_WORDS and w not in PLACEHOLDER_NOUNS
                     and w not in BEAT_WORDS
                     and w not in query.doubtful
                     # An adverb says how much or how sure ("a *fully* solid-state cell"), never what is asked for.
                     and w not in query.adverbs
                     and not _DIGIT.search(w)
                     and stem(w) not in table_words and stem(w) not in self._subject_words
                     and (self.reader.corrector.is_known(w) or is_ordinary(w, cutoff=self.reader.tuning.ordinary_zipf))]
            # "What electrolyte does the AB-50AH use?": of a named row, what the question asks for is asked even when
            # it is a word of the guide's subject, if the table never uses it.
            if row_id is not None:
                asked += [words[i] for i in sorted(_asked_for(words)) if i not in in_names
                          and stem(words[i]) in self._subject_words and stem(words[i]) not in table_words
                          and words[i] not in STOP_WORDS and words[i] not in asked]
            # "Which electrolyte family does it use?": a term of the guide the table never uses, though it uses its
            # words apart ("which product family is it in?"), asks for something else than the table gives.
            asked += [f"{a} {b}" for i, (a, b) in enumerate(pairwise(words)) if i in wanted
                      and i not in in_names and i + 1 not in in_names
                      and a not in STOP_WORDS and b not in STOP_WORDS and (stem(a), stem(b)) in self._guide_pairs
                      and (stem(a), stem(b)) not in self._table_pairs[table_id]
                      and stem(a) not in table_words and stem(b) in table_words]
            # "Who makes it?", "When does it ship?": a person, date or place, unless a column is asked that way.
            # Of the whole table, only a question that opens so ("when did the listed cells go on sale?"): its
            # other words may be about anything, but what it opens with is what it asks for.
            who = [w for i, w in enumerate(words) if w in _NAMED_ANSWERS and w not in self._column_wh[table_id]
                   and (row_id is not None or (i <= FIGURE_OPENING_WORDS and _asks_name_or_date(words[i:])))]
            # "How much is it?" asks for a quantity in nothing but the asking words: one none of the table's
            # columns is asked as ("how much energy does {row} store?" is) is a quantity the table does not give.
            if not asked and not who and not (row_id is not None and self._quantity_not_asked(query, table_id)):
                continue
            table = self.knowledge.table(table_id)
            # A row of another table written right beside the row's own name ("the AB-21700 semi-solid cell",
            # "the semi-solid AB-21700") is part of how the row is named, one noun phrase: no claim asked of it.
            named_at = {p for m in query.mentions if (m.table_id, m.row_id) == (table_id, row_id)
                        for p in (m.start, m.end)}
            claimed = [m for m in query.mentions if m.table_id in self._value_tables[table_id]
                       and m.start not in named_at and m.end not in named_at
                       and (row_id is not None or (m.table_id, m.row_id) not in self._shared_values[table_id])]
            if not who and (self._names_a_column(query, table) or claimed):
                # "Is its voltage higher than the pouch cell's?", "... rated at, so I can order a few",
                # "is it a genuine all-solid-state cell?" (a value of its cell type): the question asks
                # for something the table gives; its other words are how it asks.
                continue
            given = _join([c.name.lower() for c in table.columns])
            whole = best if best is not None and best.table_id == table_id else self.knowledge.entry(table_id)
            if row_id is None and whole is not None:
                return Gap(f"The guide does not cover that. For its {table.title.lower()} it lists only {given}:",
                           whole)
            row = table.row(row_id) if row_id is not None else None
            support = self.knowledge.entry(f"{table_id}/{row_id}")
            if support is not None and row is not None:
                return Gap(f"The guide does not cover that. For {row.name}, as for each of its "
                           f"{table.title.lower()}, it lists only {given}:", support)
        return None

    def _quantity_not_asked(self, query: Query, table_id: str) -> bool:
        """Whether the question opens by asking for a quantity ("how much ...", "how many ...") that none of
        the table's column questions asks for with the same opening and noun."""
        opening = next((m for m in _ASKS_FIGURE.finditer(query.prepared)
                        if len(query.prepared[: m.start()].split()) <= FIGURE_OPENING_WORDS), None)
        if opening is None or not opening.group(0).startswith("how "):
            return False
        asked = _quantity(opening.group(0), query.prepared[opening.end():].split())
        return not any(asked in _quantities_asked(opening.group(0), self.reader.expand(q.replace("{row}", " ")))
                       for c in self.knowledge.table(table_id).columns for q in c.questions)

    def _names_a_column(self, query: Query, table: Table) -> bool:
        """Whether the question names one of the table's columns: all the words of its name, its
        head noun when that is a word of some length the guide's subject does not use throughout
        ("voltage" for "Nominal Voltage"), or the unit its values are given in ("per kg")."""
        asked = {stem(w) for w in query.prepared.split()}
        for column in table.columns:
            unit = column_unit(table, column.id)
            if unit and names_unit(query.prepared.split(), unit):
                return True  # "the most punch per kg": named by the unit its values are in
            words = [w for w in self.reader.expand(column.name).split() if w not in STOP_WORDS]
            name = {stem(w) for w in words}
            if name and name <= asked:
                return True
            head = stem(words[-1]) if words else ""
            if len(head) >= MIN_HEAD_LETTERS and head in asked and head not in self._subject_words:
                return True
        return False

    def name_gap(self, query: Query, best: Entry) -> Gap | None:
        """The question asks for a name ("who ...?", "which company ...?") and the entry that answers
        names nobody: a passage with no name in it, or a table none of whose columns is asked with "who"
        (or one that is, when the question names none of its rows and what it asks right after "who" is no
        word of the table's: "who invented ...?");
        unless one of the entry's own phrasings asks the same."""
        # As typed: a synonym may turn "manufacturers" into the guide's "supplier".
        text = normalise(query.text)
        asked = _ASKS_NAME.search(text)
        if asked is None or _FINDING_OUT.search(text[: asked.start()]):
            # "... an article to tell which companies are really shipping?" asks for the article, not for names.
            return None
        noun = stem(asked.group(0).split()[-1])
        if any((own := _ASKS_NAME.search(normalise(q))) is not None and noun == stem(own.group(0).split()[-1])
               for q in (best.title, *best.questions)):
            # ... unless one of the entry's own phrasings asks for such a name itself ("which companies are
            # real?"); one that only mentions them ("how to tell real battery companies from marketing") does not.
            return None
        if best.table_id is None:
            # A capitalised word inside a sentence names someone; an acronym ("EV", "SEI") is a term.
            if names_in(best.answer) - {w.lower() for w in _ACRONYM.findall(best.answer)} or _CITED.search(best.answer):
                return None
        elif best.table_id in self._who_columns and (
                (best.row_id is not None and _asks_for_a_person(asked.group(0)))
                or any(m.table_id == best.table_id for m in query.mentions)
                or _word_forms(_asked_after_who(query.prepared.split())) & self._who_columns[best.table_id]):
            # A table with a column of names answers "who wrote / reviewed ...?", "who is behind <its row>?" and
            # any "who ...?" one of its rows matched ("who looked at interfaces at the nanoscale?": that row's
            # authors; "which countries ...?" asks for no person). Not "who invented ...?" of the whole table:
            # its names are of something else (the authors of its sources).
            return None
        return Gap("The guide does not cover that: it names no company, person or place for it, only this:", best)

    def expansion_gap(self, query: Query, best: Entry) -> Gap | None:
        """The question asks what an abbreviation stands for ("what does SEI stand for?") and the knowledge
        never spells it out (nowhere "... (SEI)" or "SEI (...)"): it uses the term, which is not saying what
        its letters mean. (The term is not repeated back: it is what the user typed.)"""
        asked = _ASKS_EXPANSION.search(query.text)
        if asked is None:
            return None
        term = next(g for g in asked.groups() if g is not None).lower()
        if term in self._spelled_out or term not in self._text_words:
            # Spelled out somewhere, or no term of the guide at all (then the scope decision has it).
            return None
        return Gap("The guide does not cover that: it uses the abbreviation without spelling it out, only this:", best)

    @staticmethod
    def date_gap(query: Query, best: Entry) -> Gap | None:
        """The question sets a year as a time the knowledge never gives ("by 2035", "in 1998"): a forecast
        or a piece of history the guide does not give; what it says on the topic is the support."""
        if not query.years and (best.table_id is None or _FORECAST_YEAR.search(query.prepared) is None):
            return None
        return Gap("The guide does not cover that: it gives no dates or forecasts for it, only this:", best)

    def figure_gap(self, query: Query, best: Entry) -> Gap | None:
        """The question asks for a quantity, the passage that answers it states no number, and
        none of the passage's own phrasings asks for the same quantity (then the knowledge says it answers
        it), or the question sets a figure of its own."""
        # "When a supplier brags about how many cycles they did, what should I check?" asks what to check: the
        # figure is what the supplier gave.
        if _ASKS_WHAT_TO_CHECK.search(query.prepared):
            return None
        # "How much pressure ...?" asks for a figure; "why should I ask how much pressure ...?" does not.
        # A second question joined by "and" opens there too: "what gas do they give off, and at what
        # concentration ...?".
        opening = next((m for m in _ASKS_FIGURE.finditer(query.prepared)
                        if len(query.prepared[: m.start()].split()) <= FIGURE_OPENING_WORDS
                        or query.prepared[: m.start()].split()[-1:] == ["and"]), None)
        # "How much ..., in percent?" asks twice: the passage's phrasings may ask the first, never the second.
        asks = [a for a in (opening, _ASKS_IN_UNITS.search(query.prepared)) if a is not None]
        words = query.prepared.split()
        # "How many years will it last?" asks for a span of time: a year the passage names is a date, no span.
        span = any(a.group(0) == "how many" and stem(_quantity("how many", words[len(query.prepared[: a.end()]
                                                                                      .split()):])[1]) in _SPANS
                   for a in asks)
        if not asks or _NUMBER.search(_YEAR.sub(" ", best.answer) if span else best.answer):
            return None
        # "At what scale do the ions care ...?" is answered in words by a passage saying "at the microscopic
        # scale": the passage names where, with the very noun asked for.
        if asks[0].group(0) == "at what" and (noun := words[len(query.prepared[: asks[0].end()].split()):][:1]) \
                and re.search(rf"\bat (?:the |a |an )?[a-z-]+ {re.escape(noun[0])}\b", best.answer.lower()):
            return None
        # "How many charge cycles ...?", "how many hours ...?" count a unit of measure: only a number answers
        # that, never a list, nor words a phrasing may stand for (as "far more" answers "how much more ...?").
        measure = any(a.group(0) == "how many" and _quantity(
            "how many", words[len(query.prepared[: a.end()].split()):])[1] in _UNIT_STEMS for a in asks)
        if asks[0].group(0) == "how many" and not measure \
                and (_COUNTABLE.search(best.answer) or best.table_id is not None):
            # "How many families are there?": a list, a table or a number word is the count.
            return None
        if best.table_id is not None and best.row_id is not None:
            # One cell of a row answers; the figure may be in another of its cells (the year of a source).
            row = self.knowledge.table(best.table_id).row(best.row_id)
            if any(_NUMBER.search(_YEAR.sub(" ", cell) if span else cell) for cell in row.cells.values()):
                return None
        # "How many cycles ... before it drops to 80 %?" sets a figure of its own: a passage that states none
        # cannot meet it, whatever its phrasings ask. Otherwise a phrasing that asks for the same quantity
        # ("how much more energy ...?") says the passage answers it, in words; "how much range ...?" asks another.
        if not measure and not any(w[0].isdigit() for w in words) and all(
                any(_quantity(asked.group(0), words[len(query.prepared[: asked.end()].split()):])
                    in _quantities_asked(asked.group(0), self.reader.expand(q)) for q in best.questions)
                for asked in asks):
            return None
        return Gap("The guide does not cover that: it gives no figure for it, only this description:", best)


#: Words between "what" and the noun it asks for: "what *is the* weight", "what *are their* dimensions".
_WHAT_FILLERS = frozenset({"is", "are", "was", "were", "s", "the", "a", "an", "its", "their", "your", "these", "those"})
_WHAT = frozenset({"what", "what's", "whats", "which"})


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    """The stems of each two words side by side in already expanded ``text`` ("electrolyte family")."""
    words = [stem(w) for w in text.split()]
    return frozenset(pairwise(words))


def _asked_for(words: list[str]) -> set[int]:
    """The positions of what a question asks for: the words of the noun after its first "what" or "which"
    ("what operating temperature range ...", "what's the shelf life of ..."), the word after "how" ("how
    *heavy* ...", "how *long* ..."), or after "how much / how many" its noun, or, with none ("how much do
    they weigh?"), the verb that ends the question. Empty when it asks none of these ways."""
    for i, w in enumerate(words):
        if w in _WHAT:
            j = i + 1
            while j < len(words) and words[j] in _WHAT_FILLERS:
                j += 1
        elif w == "how" and i + 1 < len(words):
            j = i + 1
            if words[j] not in ("much", "many"):
                return {j}
            j += 1
            if j < len(words) and words[j] in STOP_WORDS:
                return {len(words) - 1} if words[-1] not in STOP_WORDS else set()
        else:
            continue
        out: set[int] = set()
        while j < len(words) and words[j] not in STOP_WORDS:
            out.add(j)
            j += 1
            if _plural(words[j - 1]):
                # The head of a noun phrase carries its plural, the words before it do not ("cell formats"):
                # a word after a plural is the verb ("which cell formats *appear* in ...").
                break
        return out
    return set()


#: Verbs that, right after "when", make it ask for a date ("when *did* they ship?"), not set a scene ("when I
#: charge it, ...").
_AUXILIARIES = frozenset({"did", "do", "does", "will", "was", "were", "is", "are", "can", "could", "would",
                          "should", "has", "have", "had"})


def _asks_name_or_date(words: list[str]) -> bool:
    """Whether ``words`` open by asking for a person ("who ...") or a date ("when did / will ..."); not a place:
    "where does the gain come from?" asks for a cause."""
    return bool(words) and (words[0] in ("who", "whom", "whose")
                            or (words[0] == "when" and words[1:2] != [] and words[1] in _AUXILIARIES))


def _plural(word: str) -> bool:
    """Whether ``word`` looks like a plural noun: "formats", "cells", "batteries" (not "class", "status")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def _asked_after_who(words: list[str]) -> str:
    """The first word after "who" that is not a stop word ("who *invented* ...", "who are the *authors*");
    "" when the question has no "who" or nothing follows it."""
    if "who" not in words:
        return ""
    return next((w for w in words[words.index("who") + 1:] if w not in STOP_WORDS), "")


#: Regular endings a verb or noun is written with: "reviewed" is "review", "writes" is "write".
_ENDINGS = ("ing", "ed", "es", "s", "d")


def _asks_for_a_person(asked: str) -> bool:
    """An ``_ASKS_NAME`` match asks for a person ("who", "whose"), not a company, brand or place."""
    return asked.split()[-1] in {"who", "whom", "whose"}


def _word_forms(word: str) -> frozenset[str]:
    """``word`` and the stems it may be a regular form of ("reviewed" -> "review"); empty for ""."""
    if not word:
        return frozenset()
    bases = (word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) > len(e) + 2)
    return frozenset({stem(word), *(stem(base) for base in bases)})


#: Words right after "how much" that ask for a comparison ("how much *more* energy").
_COMPARATIVES = frozenset({"more", "less", "fewer", "extra"})


def _quantity(asked: str, after: list[str]) -> tuple[str, str]:
    """What a figure question asks for: its opening ("how much") and the head of the noun right after it
    ("how many charge *cycles*"; "" for "how much does it cost"), or "more" for a comparison ("how much
    more energy")."""
    words = list(after)
    if words and words[0] in _COMPARATIVES:
        # "How much more lithium ...?" asks for a comparison, which words answer ("far more").
        return asked, "more"
    noun: list[str] = []
    for w in words:
        if w in STOP_WORDS:
            break
        noun.append(w)
    return asked, stem(noun[-1]) if noun else ""


def _quantities_asked(asked: str, phrasing: str) -> set[tuple[str, str]]:
    """The quantities a phrasing asks for with the same opening (see :func:`_quantity`)."""
    words = phrasing.split()
    n = len(asked.split())
    return {_quantity(asked, words[i + n:]) for i in range(len(words) - n + 1) if " ".join(words[i:i + n]) == asked}


def _table_text(table: Table) -> str:
    parts = [table.title, table.intro, table.row_header, *table.questions]
    for column in table.columns:
        parts += [column.name, *(q.replace("{row}", " ") for q in column.questions)]
    for row in table.rows:
        parts += [*row.names, *row.cells.values()]
    return " ".join(parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
