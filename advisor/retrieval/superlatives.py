"""Superlatives over tables: "which product has the highest energy density?", "which family
is the most brittle?".

The answer is computed from a table: the column the question asks about is the one whose
cells match it best (column names, phrasings and cell text, as scored by the index); a
column whose cells are all numbers in one unit is ranked by value, any other column by how
well each row's cell matches the property named ("most brittle" -> "Brittleness, ...").

A question that says what kind of thing it picks among ("which electrolyte family ...", "which
of the sources ...") ranks only the table whose rows are that kind (its row header). A text
column is read for the property in the knowledge's own words about each row: its cells and
the passages written about it, so "the fastest ion transport" finds the family whose passage
says "very fast ion transport", though its cell says "high ionic conductivity". A header ending in
a kind noun ("Electrolyte family") is picked by the thing it names too ("which sort of electrolyte").

A verdict over every respect ("which family is best?", "does one type beat the others?") over a
table compared in words declares no row the winner: it is answered by the passage the knowledge
writes to answer that about the table's rows ("no single family wins every category").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from advisor.knowledge.model import Entry, KnowledgeBase, Table
from advisor.retrieval.english import property_nouns, request_verb, zipf
from advisor.text import STOP_WORDS, analyse, normalise

#: Superlatives that ask for the smallest value; every other superlative asks for the largest.
LOW_WORDS = frozenset({"lowest", "least", "smallest", "minimum", "min", "slowest", "weakest", "worst", "fewest",
                       "cheapest", "lightest", "thinnest", "shortest", "oldest", "earliest"})
HIGH_WORDS = frozenset({"highest", "most", "best", "biggest", "largest", "greatest", "maximum", "max", "top",
                        "fastest", "strongest", "newest", "latest", "heaviest", "longest"})
#: Superlatives that rank by a number but name no property of their own ("the best overall").
_GENERIC = frozenset({"best", "worst", "top", "most", "least", "max", "min", "maximum", "minimum"})
#: Verbs that say one thing comes first among several without naming on what ("one family beats the
#: others", "outperforms the rest"): a superlative of their own. Language, the same for every guide.
BEAT_WORDS = frozenset({"beat", "beats", "outperform", "outperforms", "outclass", "outclasses", "outdo", "outdoes",
                        "trump", "trumps", "dominate", "dominates", "wins", "winner", "surpass", "surpasses",
                        "outshine", "outshines"})
#: Generic superlatives that, over a column of text, still ask for the row with the most of a property
#: the question names ("which family would hate damp air the most?"); "best" and "worst" do not:
#: whether a row's wording counts for or against it depends on the column.
_MOST = frozenset({"most", "max", "maximum"}) | BEAT_WORDS
#: Superlatives that ask for a verdict over every respect ("which is best?", "does one beat the
#: others?"): answered, for a table of text, by the passage written to answer that about its rows.
_OVERALL = frozenset({"best", "top", "better"}) | BEAT_WORDS
#: Generic superlatives that judge: "the worst <property>" is the row whose weaknesses name it, "the best
#: <property>" the row whose strengths do (see SuperlativeFinder._by_judged_cells).
_JUDGED = {"best": True, "worst": False}
#: Words that say a column lists what counts against its row, or for it (in its name or its phrasings:
#: "What usually goes wrong", "drawbacks of {row}"; "Why researchers like it", "advantages of {row}").
#: Language, the same for every guide.
_AGAINST = frozenset({"drawback", "drawbacks", "disadvantage", "disadvantages", "weakness", "weaknesses", "cons",
                      "downside", "downsides", "limitation", "limitations", "wrong", "problem", "problems"})
_FOR = frozenset({"advantage", "advantages", "benefit", "benefits", "pros", "strength", "strengths", "upside",
                  "upsides", "like", "attractive"})
#: Words that set one thing against the rest of its set ("beats the others", "outperforms the rest").
_THE_OTHERS = frozenset({"others", "rest"})
#: Nouns that name a kind of thing rather than the thing ("electrolyte family", "electrolyte type",
#: "kind of electrolyte"): a row header ending in one picks among the things its first word names.
KIND_NOUNS = frozenset({"family", "families", "type", "types", "kind", "kinds", "sort", "sorts", "class", "classes",
                        "category", "categories", "variety", "varieties", "group", "groups"})
#: Words that ask to pick one of several things.
_PICKING = frozenset({"which", "what", "what's", "whats", "who", "whose"})
#: Superlatives of age: they rank rows by a column of years, however the table names that column
#: (True: the latest year first). "Most recent" / "least recent" are read as two words.
_AGE = {"oldest": False, "earliest": False, "newest": True, "latest": True, "youngest": True}
#: A cell that is a year: four digits and nothing else.
_YEAR = re.compile(r"^\s*[12]\d{3}\s*$")
#: "320 Wh/kg", "3.65 V", "2020": a number and an optional unit.
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([^\d\s].*)?$")


@dataclass(frozen=True)
class Superlative:
    """A table answer to "which row is highest / most ... on a column?"."""

    table: Table
    column_id: str
    #: Row ids, the answer first.
    order: tuple[str, ...]
    #: The superlative as asked ("highest", "most"), for the answer's wording.
    word: str
    #: Whether the column was ranked as numbers (else by how well each cell matches).
    numeric: bool
    #: For a verdict over every respect ("which family is best overall?") on a table of text: the
    #: passage the knowledge writes to answer that about the table's rows; ``order`` is then empty.
    passage: Entry | None = None


#: Superlatives that also say how much of something ("most of the advantage"), before "of".
_QUANTIFIERS = frozenset({"most", "least"})


#: Nouns for how or when something is done: "the best way to ...", "the worst time to ...".
_MANNER_NOUNS = frozenset({"way", "ways", "method", "methods", "approach", "time", "place", "moment"})

#: The speaker, before "be most ..." in a courtesy ("I should be most grateful", "we'd be most obliged").
_SPEAKERS = frozenset({"i", "we", "i'd", "we'd", "i'm", "we're", "id", "im"})


def superlative_word(words: list[str]) -> str | None:
    """The superlative a question uses, if any: a listed one, or an English "-est" adjective
    whose "-er" form is English too ("densest"/"denser"; not "interest"/"interer")."""
    for position, word in enumerate(words):
        if word in _QUANTIFIERS and words[position + 1:position + 2] == ["of"]:
            continue  # "most of the advantage", "least of all": how much of a thing, not which row
        if words[position + 1:position + 2] and words[position + 1] in _MANNER_NOUNS \
                and words[position + 2:position + 3] == ["to"]:
            continue  # "the best way to recharge ...": how to do something, not which row
        if word == "most" and _courtesy(words, position):
            continue  # "I should be most grateful to learn ...": "very", said of the speaker, not of a row
        if word in LOW_WORDS or word in HIGH_WORDS or word in BEAT_WORDS:
            return word
        if len(word) >= 6 and word.endswith("est") and word.isalpha():
            stem = word[:-3]
            comparatives = (stem + "er", word[:-2] + "r", stem[:-1] + "er")
            if any(zipf(c) >= 2.5 for c in comparatives):
                return word
    return None


def _courtesy(words: list[str], position: int) -> bool:
    """Whether the "most" at ``position`` says how the speaker would feel ("I would be most grateful",
    "I am most obliged"): after "be" or "am" with the speaker just before. ("Which family would be most
    brittle?" names no speaker.)"""
    before = words[max(0, position - 4):position]
    return bool(before) and before[-1] in {"be", "am"} and bool(_SPEAKERS & set(before[:-1]))


class SuperlativeFinder:
    """Answers superlative questions from the knowledge's tables. Read-only once built."""

    def __init__(self, knowledge: KnowledgeBase, entries: tuple[Entry, ...],
                 about: dict[str, frozenset[tuple[str, str]]] | None = None) -> None:
        """``about``: the table rows each free-text entry (by id) is written about."""
        self.knowledge = knowledge
        #: (table id, column id) -> positions of that column's cell entries, in row order.
        self._cells: dict[tuple[str, str], list[int]] = {}
        for i, entry in enumerate(entries):
            if entry.table_id is not None and entry.row_id is not None and entry.column_id is not None:
                self._cells.setdefault((entry.table_id, entry.column_id), []).append(i)
        self._entries = entries
        #: "table id/row id" -> the analysed words the knowledge uses about that row: its cells
        #: and the free-text entries about that row alone.
        self._row_words: dict[str, str] = {}
        for table in knowledge.tables:
            for row in table.rows:
                self._row_words[f"{table.id}/{row.id}"] = " ".join(analyse(" ".join(row.cells.values())))
        #: The same, of the row's cells alone: what the table itself says of the row.
        self._cell_words: dict[str, frozenset[str]] = {
            key: frozenset(words.split()) for key, words in self._row_words.items()}
        for entry in entries:
            rows = (about or {}).get(entry.id, frozenset())
            if len(rows) == 1:
                (table_id, row_id), = rows
                key = f"{table_id}/{row_id}"
                self._row_words[key] = f"{self._row_words.get(key, '')} {' '.join(analyse(entry.answer))}".strip()
        #: The analysed words of everything the knowledge says: "most" before a word none of it uses says how
        #: much ("has been most insistent"), not which row has the most of something.
        self._said = frozenset(a for entry in entries for a in analyse(" ".join(
            (entry.title, entry.answer, *entry.questions, *entry.keywords))))
        #: (table id, column id) -> the unit of a column of numbers in one unit ("wh/kg", "v").
        self._units: dict[tuple[str, str], str] = {}
        #: table id -> the analysed words of what its rows are and are called, and of their cells.
        self._table_words: dict[str, frozenset[str]] = {
            table.id: frozenset(analyse(" ".join([table.row_header, *(n for r in table.rows for n in r.names),
                                                  *(c for r in table.rows for c in r.cells.values())])))
            for table in knowledge.tables}
        for table in knowledge.tables:
            for column in table.columns:
                unit = column_unit(table, column.id)
                if unit:
                    self._units[(table.id, column.id)] = unit
        #: table id -> positions of the entries written to say which of its rows is best overall: the
        #: table itself or a passage about two or more of its rows, asked with a verdict word ("which
        #: solid electrolyte is best", "sulfide or oxide, which is better").
        self._overall: dict[str, list[int]] = {}
        for i, entry in enumerate(entries):
            asked = {w for text in (entry.title, *entry.questions) for w in normalise(text).split()}
            if not asked & _OVERALL:
                continue
            if entry.table_id is not None:
                if entry.row_id is None:
                    self._overall.setdefault(entry.table_id, []).append(i)
                continue
            rows = (about or {}).get(entry.id, frozenset())
            for table_id in {t for t, _ in rows}:
                if sum(t == table_id for t, _ in rows) >= 2:
                    self._overall.setdefault(table_id, []).append(i)

    def tables_picked_among(self, words: list[str]) -> set[str]:
        """The tables whose kind of row the question names ("which electrolyte family ...":
        the electrolyte families table, whose row header is "Electrolyte family")."""
        asked = {analyse(w)[0] for w in words if analyse(w)}
        picked = set()
        for table in self.knowledge.tables:
            head = analyse(table.row_header)
            if head and head[-1] in asked:
                picked.add(table.id)
            elif len(head) >= 2 and head[-1] in KIND_NOUNS and _names_the_thing(words, head[-2]):
                # "Electrolyte family": "which solid electrolyte is ...", "which electrolyte type ...",
                # "which kind of electrolyte ..." pick among the families too.
                picked.add(table.id)
        return picked

    def _tables_of_thing_named(self, words: list[str]) -> set[str]:
        """The tables whose kind of row the question names anywhere, as a noun or as a modifier ("electrolyte
        chemistries" for "Electrolyte family")."""
        asked = {analyse(w)[0] for w in words if analyse(w)}
        picked = set()
        for table in self.knowledge.tables:
            head = analyse(table.row_header)
            thing = head[-2] if len(head) >= 2 and head[-1] in KIND_NOUNS else head[-1] if head else ""
            if thing and thing in asked:
                picked.add(table.id)
        return picked

    def names_row_kind(self, words: list[str], table: Table) -> bool:
        """Whether the question names what ``table``'s rows are by the last word of its row header
        ("route" or "routes" for "Route", "family" for "Electrolyte family"): "of the three routes,
        which one is most mature?" picks among that table's rows, whatever row it also names."""
        head = analyse(table.row_header)
        return bool(head) and head[-1] in {analyse(w)[0] for w in words if analyse(w)}

    def rows_offered(self, words: list[str], table: Table, named_at: set[int]) -> tuple[str, ...]:
        """The rows of ``table`` a question offers as the alternatives of an "or" ("pouch or cylindrical",
        "the sulfide or the oxide one"): the content word next to "or" on each side (its articles
        skipped), read as the words that tell a row apart from the table's other rows (its names and
        cells, less what every row shares). Rows in table order; empty unless each side names a row
        and two rows or more are named. ``named_at``: the positions of words that name a row of the table."""
        per_row = {row.id: set(analyse(" ".join([*row.names, *row.cells.values()]))) for row in table.rows}
        if len(per_row) < 3:
            return ()
        common = set.intersection(*per_row.values())
        shared = common | set(analyse(table.row_header))
        offered: set[str] = set()
        for i, word in enumerate(words):
            if word != "or":
                continue
            # The noun every row shares ("the pouch cell or the prismatic one") is passed over.
            after = next((w for w in words[i + 1:] if w not in STOP_WORDS and not set(analyse(w)) <= shared), "")
            sides = [self._rows_told_apart(after, per_row, common), set()]
            # "Sulphide, oxide or polymer": each row named just before the "or" is offered too (a
            # word that is no row's name there belongs to the question: "the oldest paper, Tan or Kalnaus").
            for n, j in enumerate(j for j in range(i - 1, -1, -1)
                                  if words[j] not in STOP_WORDS and not set(analyse(words[j])) <= shared):
                if n > 0 and j not in named_at:
                    break
                rows = self._rows_told_apart(words[j], per_row, common)
                if not rows:
                    break
                sides[1] |= rows
            if all(sides):
                offered |= sides[0] | sides[1]
        if len(offered) < 2:
            return ()
        return tuple(row.id for row in table.rows if row.id in offered)

    @staticmethod
    def _rows_told_apart(word: str, per_row: dict[str, set[str]], common: set[str]) -> set[str]:
        """The rows a word tells apart from the others: rows whose names or cells use it, unless all do."""
        stems = set(analyse(word)) - common
        return {r for r, said in per_row.items() if stems & said}

    def find(self, words: list[str], scores: NDArray[np.float64], *, min_score: float, clear_lead: float,
             tables: set[str] | None = None, on_subject: bool = True,
             asked: list[str] | None = None) -> Superlative | None:
        """The superlative answer for a question's ``words`` given every entry's raw ``scores``;
        ``tables`` limits the search (the tables the question names). Only "which/what ..."
        questions pick a row ("is there a best family?" asks something else), and a column
        read for its meaning must have one row clearly ahead (``clear_lead``). A verdict over every
        respect ("which route is best?") is only read for a question ``on_subject`` (its words
        characteristic of the guide outnumber the everyday ones the knowledge lacks): "the best
        delivery routes" and "the best sports drink with electrolytes" are not the guide's. ``asked``: the words of
        the sentence that asks, when the question borrowed sentences before it."""
        word = superlative_word(words)
        if word is None or (word in BEAT_WORDS and "why" in words):
            # ("Why does a lithium metal anode beat graphite?" asks the reason one named thing wins, not which.)
            return None
        if word in _QUANTIFIERS and asked is not None and word not in asked and self._intensifies_unsaid(words, word):
            # ("... a supplier has been most insistent their cells are solid-state. What should I ask?")
            return None
        picked = tables or self.tables_picked_among(words)
        if picked and not tables and word not in _OVERALL:
            # "Which route has the most mature manufacturing?" names the kind of row it picks among and the property
            # it ranks them by: it is about that table, whether or not its other words are characteristic of the
            # guide. (A verdict over every respect still asks for them: "the best route to the airport".)
            on_subject = True
        if not picked and word in BEAT_WORDS and set(words) & _THE_OTHERS:
            # "Surely one of the electrolyte chemistries beats the others?": one thing against the others of
            # its set, which the question names loosely: the table whose kind of row it names anywhere.
            picked = self._tables_of_thing_named(words)
        verdict_tables = picked if on_subject else set()
        said = {a for w in words for a in analyse(w)}
        # A request picks as "which" does: "identify the family with the highest ...", "name the cell with ...".
        if not set(words) & _PICKING and request_verb(words) is None:
            # "Is there one family that beats the others?", "surely one type is just the best": not a
            # pick, but a verdict over every respect asked of the rows of the table it names. A column of
            # numbers has no verdict to give: "best wh/kg cell u got?", "highest energy density product?" pick.
            numeric = self._pick(word, words, said, picked, verdict_tables, scores, min_score=min_score,
                                 clear_lead=clear_lead, on_subject=on_subject)
            # (The column named, by its name or its unit: "on top of the market" ranks no column of years.)
            if numeric is not None and numeric.numeric and numeric.word not in _AGE and (
                    said & set(analyse(numeric.table.column(numeric.column_id).name))
                    or (numeric.table.id, numeric.column_id) in self._by_unit(words, said, picked or None)):
                return numeric
            return self._overall_verdict(word, verdict_tables, scores)
        return self._pick(word, words, said, picked, verdict_tables, scores, min_score=min_score,
                          clear_lead=clear_lead, on_subject=on_subject)

    def _intensifies_unsaid(self, words: list[str], word: str) -> bool:
        """Whether "most" (or "least") stands before a word the knowledge never uses in any form ("a supplier
        has been most insistent"): "very", about something no row of a table is said to have (in a sentence the
        question borrowed; in the question itself, "most prone to moisture trouble" still picks a row)."""
        after = words[words.index(word) + 1:][:1]
        if any(names_unit(words, unit) for unit in self._units.values()):
            return False  # "the most juice per kilo": the unit says what there is most of
        return bool(after) and after[0] not in STOP_WORDS and not any(
            a in self._said for w in (after[0], *property_nouns(after[0])) for a in analyse(w))

    def _pick(self, word: str, words: list[str], said: set[str], picked: set[str], verdict_tables: set[str],
              scores: NDArray[np.float64], *, min_score: float, clear_lead: float,
              on_subject: bool) -> Superlative | None:
        """The row a superlative picks (see :meth:`find`): by age, by a column of numbers, or by the words
        of a column of text; ``picked``: the tables the question picks among, ``said`` its analysed words."""
        tables = picked or None
        by_age = self._by_age(words, scores, tables, min_score=min_score)
        if by_age is not None:
            return by_age
        best: tuple[float, str, str] | None = None
        # "The most juice per kilo": the unit names the column, whatever the other words match.
        # (Only for a table the question also names in its own words, a row or what its rows are: "which
        # cell ..."; "which fruit has the most sugar per kg?" is about no table of the guide.)
        by_unit = self._by_unit(words, said, tables)
        if len(by_unit) == 1:
            best = (0.0, *by_unit[0])
        for (table_id, column_id), positions in self._cells.items():
            if len(by_unit) == 1:
                break
            if tables and table_id not in tables:
                continue
            top = float(scores[positions].max())
            if top >= min_score and (best is None or top > best[0]):
                best = (top, table_id, column_id)
        if best is None:
            if on_subject and len(picked) == 1 and (word in _MOST or word not in _GENERIC):
                # "Which of the electrolyte classes is the most brittle?" picks among a table's rows by name
                # ("classes" of "Electrolyte family") in words none of its cells is asked by: the property
                # still picks the row whose words say it.
                table = self.knowledge.table(next(iter(picked)))
                rows = [row.id for row in table.rows]
                by_words = self._by_property_words(words, word, table, rows)
                if by_words is not None:
                    return Superlative(table, self._column_saying(words, word, table, by_words[0], scores,
                                                                  table.columns[0].id),
                                       by_words, word, numeric=False)
            return self._overall_verdict(word, verdict_tables, scores)
        _, table_id, column_id = best
        table = self.knowledge.table(table_id)
        positions = self._cells[(table_id, column_id)]
        if len(positions) < 2:
            return None
        values = [_number(table.row(self._entries[p].row_id or "").cells[column_id]) for p in positions]
        row_ids = [self._entries[p].row_id or "" for p in positions]
        units = {v[1] for v in values if v is not None}
        if all(v is not None for v in values) and len(units) == 1:
            if not self._names_table(said, table, units):
                return None  # "which fruit has the most sugar per kg?": no table of the guide is asked about
            numbers = [v[0] for v in values if v is not None]
            order = sorted(range(len(row_ids)), key=lambda i: numbers[i], reverse=word not in LOW_WORDS)
            return Superlative(table, column_id, tuple(row_ids[i] for i in order), word, numeric=True)
        if word in _GENERIC or word in BEAT_WORDS:
            # "The most <property>" reads the rows for the property; "the best one overall" names none
            # to read a text column for: the passage written to answer it does, if there is one.
            # (Read only for a question on the guide's subject: "which truck carries the most cargo?"
            # matches the words of a layer that "carries ions", and is not about it.)
            by_words = self._by_property_words(words, word, table, row_ids) if word in _MOST and on_subject else None
            judged = self._by_judged_cells(words, word, table, row_ids) if word in _JUDGED and on_subject else None
            if judged is not None:
                return Superlative(table, judged[0], judged[1], word, numeric=False)
            if by_words is not None:
                return Superlative(table, self._column_saying(words, word, table, by_words[0], scores, column_id),
                                   by_words, word, numeric=False)
            return self._overall_verdict(word, verdict_tables & {table_id}, scores)
        by_words = self._by_property_words(words, word, table, row_ids)
        if by_words is not None:
            return Superlative(table, self._column_saying(words, word, table, by_words[0], scores, column_id),
                               by_words, word, numeric=False)
        cell_scores = scores[positions]
        order = list(np.argsort(-cell_scores, kind="stable"))
        if cell_scores[order[0]] < clear_lead * cell_scores[order[1]]:
            return None
        return Superlative(table, column_id, tuple(row_ids[i] for i in order), word, numeric=False)

    def _by_unit(self, words: list[str], said: set[str], tables: set[str] | None) -> list[tuple[str, str]]:
        """The columns of numbers (of ``tables``, or any) whose unit the question names, of a table it also
        names in its own words ("which cell has the most Wh/kg?"); ``said``: the question's analysed words."""
        return [key for key, unit in self._units.items()
                if (not tables or key[0] in tables) and names_unit(words, unit)
                and self._names_table(said, self.knowledge.table(key[0]), {unit})]

    def _names_table(self, said: set[str], table: Table, units: set[str]) -> bool:
        """Whether a question's (analysed) words name a table in its own terms, besides the unit of a
        column: what its rows are, a row, a cell's word or a column ("which cell ...", "... energy density")."""
        unit_words = {a for u in units for a in analyse(u.replace("/", " "))}
        columns = {a for c in table.columns for a in analyse(c.name)}
        return bool(said & ((self._table_words[table.id] | columns) - unit_words))

    def _overall_verdict(self, word: str, tables: set[str], scores: NDArray[np.float64]) -> Superlative | None:
        """"Which is best?" / "does one beat the rest?" over a table whose rows are compared in words:
        the best-matching passage the knowledge writes to answer that about those rows (no single
        row is declared the winner). None for a superlative of another kind, or without such a passage."""
        if word not in _OVERALL:
            return None
        candidates = [(float(scores[i]), i, t) for t in sorted(tables) for i in self._overall.get(t, ())]
        if not candidates:
            return None
        _, position, table_id = max(candidates)
        table = self.knowledge.table(table_id)
        column = table.columns[0].id
        return Superlative(table, column, (), word, numeric=False, passage=self._entries[position])

    def _by_age(self, words: list[str], scores: NDArray[np.float64], tables: set[str] | None, *,
                min_score: float) -> Superlative | None:
        """"The oldest / newest / most recent ..." ranks by the column of years of the table the question
        picks among (or, naming none, the table of its best-matching table entry: the table, a row or a
        cell), whatever that column is called: the age is in the superlative, not in the column's name.
        None without such a column."""
        newest_first = _age(words)
        if newest_first is None:
            return None
        if not tables:
            matched = [(float(scores[i]), e.table_id) for i, e in enumerate(self._entries) if e.table_id is not None]
            top = max(matched, default=(0.0, ""))
            if top[0] < min_score:
                return None
            tables = {top[1]}
        years = [(t, c) for (t, c) in self._cells if t in tables and self._all_years(t, c)]
        if len(years) != 1:
            return None
        table_id, column_id = years[0]
        table = self.knowledge.table(table_id)
        row_ids = [self._entries[p].row_id or "" for p in self._cells[(table_id, column_id)]]
        order = sorted(row_ids, key=lambda r: int(table.row(r).cells[column_id]), reverse=newest_first)
        word = next(w for w in words if w in _AGE or w == "recent")
        if word == "recent":
            word = "least recent" if "least" in words else "most recent"
        return Superlative(table, column_id, tuple(order), word, numeric=True)

    def _all_years(self, table_id: str, column_id: str) -> bool:
        table = self.knowledge.table(table_id)
        cells = [table.row(self._entries[p].row_id or "").cells[column_id] for p in self._cells[(table_id, column_id)]]
        return len(cells) >= 2 and all(_YEAR.match(c) for c in cells)

    def _by_judged_cells(self, words: list[str], word: str, table: Table,
                         row_ids: list[str]) -> tuple[str, tuple[str, ...]] | None:
        """"Which family has the worst interfacial resistance?": the row whose cell in a column of what counts
        against the rows (a column whose name or phrasings say drawbacks, weaknesses, what goes wrong) names the
        property asked ("higher interfacial resistance"); "the best ..." reads a column of what counts for
        them. The column and the rows, the one naming most of the property first; None unless exactly one
        such column exists and one row names strictly the most of the property there."""
        good = _JUDGED[word]
        columns = []
        for column in table.columns:
            said = set(normalise(" ".join([column.name, *column.questions])).split())
            against, for_ = len(said & _AGAINST), len(said & _FOR)
            if (against > for_) if not good else (for_ > against):
                columns.append(column.id)
        wanted = self._property_words(words, word, table) - {word}
        if len(columns) != 1 or not wanted:
            return None
        counts = [len(wanted & set(analyse(table.row(r).cells.get(columns[0], "")))) for r in row_ids]
        order = sorted(range(len(row_ids)), key=lambda i: -counts[i])
        if counts[order[0]] == 0 or counts[order[0]] == counts[order[1]]:
            return None
        return columns[0], tuple(row_ids[i] for i in order)

    def _column_saying(self, words: list[str], word: str, table: Table, row_id: str,
                       scores: NDArray[np.float64], column_id: str) -> str:
        """The column whose cell of the winning row ``row_id`` says the property asked: most of the
        question's property words (or a longer word each begins), then the best-scoring of that row's
        cells (the column the whole table matched best may be another row's: "fastest" is not read
        from the winner's drawbacks). ``column_id`` if no cell of the row matched at all."""
        wanted = self._property_words(words, word, table)
        best: tuple[int, float, str] | None = None
        for column in table.columns:
            cell = table.row(row_id).cells.get(column.id, "")
            said = set(analyse(cell))
            # (A word and a longer one it begins: "conduct" and "conductivity", "ion" and "ionic".)
            shared = sum(any(c.startswith(w) or w.startswith(c) for c in said if min(len(c), len(w)) >= 3)
                         for w in wanted)
            positions = [p for p in self._cells.get((table.id, column.id), ()) if self._entries[p].row_id == row_id]
            score = float(scores[positions[0]]) if positions else 0.0
            if best is None or (shared, score) > best[:2]:
                best = (shared, score, column.id)
        return best[2] if best is not None and best[1] > 0 else column_id

    def _property_words(self, words: list[str], word: str, table: Table) -> set[str]:
        """The question's (analysed) words naming the property a superlative asks for, less those naming the
        table or its kind of row, the superlative read as its adjective ("fastest" -> "fast")."""
        # (A row's own name is no property: "the maximum charging current for the little cylindrical cell" names
        # the row it asks about, which no word of the property picks.)
        naming = set(analyse(" ".join([table.title, table.row_header, *(n for r in table.rows for n in r.names)])))
        stem_ = word[:-3] if word.endswith("est") else word
        asked = [stem_ if w == word else w for w in words if w not in _PICKING]
        return {a for w in asked for a in analyse(w)} - naming

    def _by_property_words(self, words: list[str], word: str, table: Table,
                           row_ids: list[str]) -> tuple[str, ...] | None:
        """Rows ordered by how many of the question's property words ("fastest ion transport":
        fast, ion, transport) the knowledge uses about each, when one row uses strictly the most;
        the words naming the table or its kind of row are not the property."""
        wanted = self._property_words(words, word, table)
        if not wanted:
            return None
        # A tie on the knowledge's words about each row is broken by the table's own cells: a passage
        # may use the word of another row in passing or to deny it ("not yet commercially mature"), the
        # cell says it of its row ("Mature manufacturing ...").
        counts: list[tuple[int, int]] = []
        for row_id in row_ids:
            said = set(self._row_words.get(f"{table.id}/{row_id}", "").split())
            counts.append((_property_count(wanted, said),
                           _property_count(wanted, self._cell_words.get(f"{table.id}/{row_id}", frozenset()))))
        order = sorted(range(len(row_ids)), key=lambda i: (-counts[i][0], -counts[i][1]))
        if counts[order[0]][0] == 0 or counts[order[0]] == counts[order[1]]:
            return None
        return tuple(row_ids[i] for i in order)


def _property_count(wanted: set[str], said: frozenset[str] | set[str]) -> int:
    """How many of the property words ``wanted`` the words ``said`` about a row use, as written or as the
    property's noun ("the most brittle" of a row whose drawbacks say "brittleness")."""
    return sum(1 for w in wanted if w in said or any(n in said for n in property_nouns(w)))


def _names_the_thing(words: list[str], thing: str) -> bool:
    """Whether ``thing`` (a stem) is used as the noun of its phrase: last, or followed by a kind noun or a
    word that is not a noun of the phrase ("electrolyte is ...", "electrolyte type"), not as a modifier
    of another noun ("electrolyte layers" are layers)."""
    for i, word in enumerate(words):
        if analyse(word)[:1] != [thing]:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if not after or after in KIND_NOUNS or after in STOP_WORDS or after in BEAT_WORDS:
            return True
        # "Which type of (solid) electrolyte moves ions fastest?": after "kind of", the thing is the noun
        # the kind is of, whatever follows it (a verb, here); a word or two may qualify it between.
        if any(words[j] == "of" and j and words[j - 1] in KIND_NOUNS for j in range(max(i - 3, 0), i)):
            return True
    return False


def _age(words: list[str]) -> bool | None:
    """Whether a question asks for the newest (True) or the oldest (False) row, or neither (None)."""
    for i, word in enumerate(words):
        if word in _AGE:
            return _AGE[word]
        if word == "recent" and i and words[i - 1] in ("most", "least"):
            return words[i - 1] == "most"
    return None


def _number(cell: str) -> tuple[float, str] | None:
    match = _NUMBER.match(cell)
    if match is None:
        return None
    return float(match.group(1)), (match.group(2) or "").strip().lower()


#: Words that name a unit of measure, by the unit as tables write it (lower case). Language: the same
#: for every guide.
_UNIT_NAMES: dict[str, frozenset[str]] = {
    "kg": frozenset({"kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"}),
    "g": frozenset({"gram", "grams", "gramme", "grammes"}),
    "l": frozenset({"litre", "litres", "liter", "liters"}),
    "v": frozenset({"volt", "volts"}),
    "wh": frozenset({"wh", "watt-hour", "watt-hours"}),
    "kwh": frozenset({"kwh", "kilowatt-hour", "kilowatt-hours"}),
    "ah": frozenset({"ah", "amp-hour", "amp-hours", "ampere-hour", "ampere-hours"}),
    "mah": frozenset({"mah", "milliamp-hour", "milliamp-hours"}),
    "w": frozenset({"watt", "watts"}),
    "mpa": frozenset({"mpa", "megapascal", "megapascals"}),
}


def column_unit(table: Table, column_id: str) -> str | None:
    """The unit every cell of a column is given in ("wh/kg" for "320 Wh/kg", "" for plain numbers),
    or None when some cell is no number or the units differ."""
    values = [_number(row.cells.get(column_id, "")) for row in table.rows]
    units = {v[1] for v in values if v is not None}
    return units.pop() if len(table.rows) >= 2 and all(v is not None for v in values) and len(units) == 1 else None


def names_unit(words: list[str], unit: str) -> bool:
    """Whether a question names a unit ("per kilo", "per kg", "Wh/kg" for "wh/kg"; "volts" for "v"):
    the question asks about the column measured in it."""
    parts = [p for p in re.split(r"[/\s]+", unit.lower()) if p]
    if len(parts) == 2:
        top, per = (_UNIT_NAMES.get(p, frozenset({p})) for p in parts)
        return any((a == "per" and b in per) or (a in top and b in per) for a, b in pairwise(words))
    if len(parts) == 1:
        # A one-letter unit ("v") is named in words only: "v" alone is also "versus".
        names = _UNIT_NAMES.get(parts[0], frozenset({parts[0]} if len(parts[0]) > 1 else ()))
        return any(w in names for w in words)
    return False
