"""Table-row awareness in ranking.

A table cell answers about one thing (sulfides' drawbacks, the AB-50AH's voltage): it
should win only when the question names that thing, or picks it by its content. Follow-ups
move along a table: "and oxides?" keeps the column, "and solid-state ones?" keeps the row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from advisor.knowledge.model import Entry, KnowledgeBase, Table
from advisor.retrieval.query import Mention, Query, QueryReader
from advisor.retrieval.tuning import Tuning
from advisor.text import STOP_WORDS, content_words, normalise, stem, without_inflection

#: A passage is about the one row its title names, or the one row at least this many of its title and
#: phrasings name; named by fewer, the row is only set beside the passage's subject.
MIN_TEXTS_ABOUT_ROW = 2
#: A table sets two things side by side in its columns when it has at least this many.
MIN_COMPARING_COLUMNS = 2


class RowScoring:
    """Score adjustments that depend on which table rows a question names. Read-only once built."""

    def __init__(self, knowledge: KnowledgeBase, entries: tuple[Entry, ...], reader: QueryReader,
                 tuning: Tuning) -> None:
        self.knowledge = knowledge
        self.tuning = tuning
        self.entries = entries
        self.reader = reader
        self.position = {e.id: i for i, e in enumerate(entries)}
        self._prepare_row_arrays()
        self._derived = _derived_names(knowledge, reader)
        self._name_fragments = _name_fragments(knowledge, reader, tuning.generic_name_share)
        # The (stemmed) content words of each cell's text, by the cell's position.
        self._cell_words = {i: frozenset(stem(w) for w in content_words(reader.expand(
            knowledge.table(e.table_id).row(e.row_id).cells.get(e.column_id, ""))))
            for i, e in enumerate(entries) if e.table_id and e.row_id and e.column_id}
        # What names each column of each table: its own words, or the name of a row of another table
        # ("Conventional lithium-ion" is a column of one table and a row of another).
        self._column_words = {(t.id, c.id): frozenset(stem(w) for w in content_words(reader.expand(c.name)))
                              for t in knowledge.tables for c in t.columns}

    def _prepare_row_arrays(self) -> None:
        """Integer codes of which row each entry is (or is about), for vectorised adjustments."""
        keys: dict[tuple[str, str], int] = {}
        tables: dict[str, int] = {}
        n = len(self.entries)
        self._row_key = np.full(n, -1, dtype=np.int64)
        self._about_key = np.full(n, -1, dtype=np.int64)
        self._about_table = np.full(n, -1, dtype=np.int64)
        self._cell_table = np.full(n, -1, dtype=np.int64)
        self._whole_row = np.zeros(n, dtype=bool)
        self._table_position: dict[int, int] = {}
        self._comparing: dict[tuple[str, str], list[int]] = {}
        self._columns_comparing: dict[tuple[str, str], list[int]] = {}
        for i, entry in enumerate(self.entries):
            if entry.table_id is not None:
                t = tables.setdefault(entry.table_id, len(tables))
                if entry.row_id is None:
                    self._table_position[t] = i
                else:
                    self._row_key[i] = keys.setdefault((entry.table_id, entry.row_id), len(keys))
                    self._whole_row[i] = entry.column_id is None
                    if entry.column_id is not None:
                        self._cell_table[i] = t
            about = self.reader.rows_named_by(entry)
            for table_id, row_id in about:
                if 2 <= sum(t == table_id for t, _ in about) < len(self.knowledge.table(table_id).rows):
                    # A passage setting this row beside another of its table ("How is semi-solid
                    # different from full solid-state?"); one naming every row is an overview.
                    self._comparing.setdefault((table_id, row_id), []).append(i)
            for row in self._rows_set_beside_by_columns(entry):
                # A table whose columns set a row of another table beside something else (the layer table's
                # "Conventional lithium-ion" and "Solid-state battery"): both sides, column by column.
                self._columns_comparing.setdefault(row, []).append(i)
            # A passage whose title names one row is about that row, whatever else its phrasings set beside it
            # ("Why semi-solid reaches the market earlier" is asked "semi-solid or all-solid-state?" too).
            titled = {(m.table_id, m.row_id) for m in self.reader.find_mentions(self.reader.expand(entry.title))} \
                if entry.table_id is None else set()
            if len(titled) == 1:
                about = frozenset(titled)
            elif len(about) == 1 and self._named_by_texts(entry, next(iter(about))) < MIN_TEXTS_ABOUT_ROW:
                # One phrasing among several naming a row in passing ("what does the solid electrolyte replace
                # in a lithium-ion cell?") does not make a passage on the whole subject one about that row.
                about = frozenset()
            if len(about) == 1:
                (table_id, row_id), = about
                self._about_key[i] = keys.setdefault((table_id, row_id), len(keys))
                self._about_table[i] = tables.setdefault(table_id, len(tables))
        self._row_codes = keys
        self._table_codes = tables

    def _rows_set_beside_by_columns(self, entry: Entry) -> set[tuple[str, str]]:
        """For a whole table of two or more columns, the rows of other tables its column names name."""
        if entry.table_id is None or entry.row_id is not None:
            return set()
        table = self.knowledge.table(entry.table_id)
        if len(table.columns) < MIN_COMPARING_COLUMNS:
            return set()
        return {(m.table_id, m.row_id) for column in table.columns
                for m in self.reader.find_mentions(self.reader.expand(column.name)) if m.table_id != table.id}

    def _named_by_texts(self, entry: Entry, row: tuple[str, str]) -> int:
        """How many of a free-text entry's title and phrasings name ``row``."""
        return sum(any((m.table_id, m.row_id) == row for m in self.reader.find_mentions(self.reader.expand(text)))
                   for text in (entry.title, *entry.questions))

    def adjust(self, scores: NDArray[np.float64], mentions: tuple[Mention, ...], *,
               picking: bool = False, words: tuple[str, ...] = (),
               rescore: Callable[[frozenset[str]], NDArray[np.float64]] | None = None,
               absorbed: dict[tuple[str, str], frozenset[str]] | None = None,
               picked_among: frozenset[str] = frozenset()) -> NDArray[np.float64]:
        """Apply what the question names: its rows' cells compete, other rows' do not. ``picking``:
        the question asks which row ("which family is flexible?"), so a row its content picks
        answers ahead of the whole table. ``words``: the question's words (as prepared), read for a
        comparison that names one side only ("is semi-solid the same thing as solid-state?").
        ``rescore``: every entry's score for the question without some of its (stemmed) words, to
        tell whether a cell leads on its content or only on another form of a word of its row's names.
        ``absorbed``: rows whose name the question uses only as the head another row's name qualifies ("an
        all-solid-state lithium-ion cell"), with that name's (stemmed) words: their cells lead only without them.
        ``picked_among``: the tables whose kind of row a picking question names ("which electrolyte ..."): the row
        its content picks there answers ahead of any passage too."""
        raw = scores.copy()
        said = frozenset(content_words(" ".join(words)))
        beside = self._passage_beside(raw, mentions, words)
        derived = self._rows_named_by_word_form(words, mentions)
        mentioned = {(m.table_id, m.row_id) for m in mentions}
        named = [self._row_codes[row] for row in (*mentioned, *derived) if row in self._row_codes]
        named_tables = [self._table_codes[m.table_id] for m in mentions if m.table_id in self._table_codes]
        is_named = np.isin(self._row_key, named)
        unnamed = (self._row_key >= 0) & ~is_named
        scores[unnamed] *= self.tuning.unnamed_row_factor
        scores[self._whole_row] *= self.tuning.whole_row_factor
        # The question names one electrolyte family; an entry about another one is the wrong answer.
        sibling = (self._about_key >= 0) & ~np.isin(self._about_key, named) & np.isin(self._about_table, named_tables)
        scores[sibling] *= self.tuning.sibling_row_factor
        # A cell that matches well for a row nobody named speaks for its table. If one row's cells
        # clearly lead ("which family has high ionic conductivity?" -> sulfides), the question
        # picks that row by its content: let that cell compete as if named. Otherwise answer with
        # the whole table, where every row can be seen.
        cells = unnamed & (self._cell_table >= 0)
        if cells.any():
            for t, position in self._table_position.items():
                in_table = np.flatnonzero(cells & (self._cell_table == t))
                if not len(in_table):
                    continue
                leader, leads = self._clear_leader(raw, in_table)
                name_only = self._name_only_words(int(leader), said) if leads and rescore is not None else None
                head = (absorbed or {}).get((self.entries[leader].table_id or "", self.entries[leader].row_id or ""))
                if head and name_only is not None:
                    name_only |= head
                content = raw
                if name_only and rescore is not None:
                    # "Where do the ions go?" meets the cells of the row "Conventional lithium-ion" on "ion", a
                    # word inside its names met in another form, which names no row (rows are named by their
                    # exact words): not the row picked by its content. The cell leads only if it still does,
                    # the same cell, without those words; the table then competes with what its cells matched.
                    content = rescore(name_only)
                    first, leads = self._clear_leader(content, in_table)
                    leads = leads and first == leader
                if leads:
                    scores[leader] = raw[leader]
                    if picking and scores[position] > scores[leader]:
                        # "Which family is the flexible one?" asks for a row, not for the table.
                        scores[leader] = float(np.nextafter(scores[position], np.inf))  # just above the table
                    if picking and self.entries[leader].table_id in picked_among:
                        self._ahead_of_passages(scores, int(leader))
                else:
                    scores[position] = max(scores[position], float(min(raw[leader], content[leader])))
        lookup = self._cell_named_by_row_and_column(
            raw, {*mentioned, *derived, *self._rows_named_by_first_word(mentioned, words)}, words)
        if lookup is not None and self.entries[int(np.argmax(scores))].table_id is not None:
            # A table answers, and the question names both a row and a column of a table: that cell.
            _make_best(scores, lookup)
        if beside is not None:
            _make_best(scores, beside)
        return scores

    def _ahead_of_passages(self, scores: NDArray[np.float64], leader: int) -> None:
        """Put the cell at ``leader`` just above the best entry, unless that entry is of the cell's table or a passage
        about one of its rows: "Which electrolyte has high ionic conductivity?" names the kind of thing it picks, so
        the row its content picks answers, not a passage using the same words ("Famprikis et al. call the electrolyte
        the heart ...", about one of those rows, still does)."""
        table_id = self.entries[leader].table_id
        top = self.entries[int(np.argmax(scores))]
        if top.table_id != table_id and not any(t == table_id for t, _ in self.reader.rows_named_by(top)):
            scores[leader] = max(scores[leader], float(np.nextafter(scores.max(), np.inf)))

    def _clear_leader(self, raw: NDArray[np.float64], in_table: NDArray[np.intp]) -> tuple[int, bool]:
        """The best-scoring of a table's cells ``in_table``, and whether it leads the best cell of every other
        row by ``clear_lead`` (a cell that matched nothing leads nothing)."""
        ranked = in_table[np.argsort(-raw[in_table], kind="stable")]
        leader = int(ranked[0])
        others = ranked[self._row_key[ranked] != self._row_key[leader]]
        runner_up = float(raw[others[0]]) if len(others) else 0.0
        return leader, bool(raw[leader] > 0 and raw[leader] >= self.tuning.clear_lead * runner_up)

    def _name_only_words(self, position: int, said: frozenset[str]) -> frozenset[str]:
        """The (stemmed) words of the question that the cell at ``position`` matches only as another form of a
        word inside the names of its table's rows (see :func:`_name_fragments`): "ions" meets "lithium-ion" by
        its stem, though only the exact words name a row. Not a word its own text uses."""
        entry = self.entries[position]
        if entry.table_id is None or entry.row_id is None or entry.column_id is None:
            return frozenset()
        fragments, exact = self._name_fragments.get(entry.table_id, (frozenset(), frozenset()))
        found = frozenset(stem(w) for w in said if stem(w) in fragments and w not in exact)
        return found - self._cell_words.get(position, frozenset()) if found else found

    def _rows_named_by_first_word(self, mentioned: set[tuple[str, str]],
                                  words: tuple[str, ...]) -> set[tuple[str, str]]:
        """Rows of a table whose column the question names by another table's row ("Conventional
        lithium-ion"), named by the first word of one of their names, when no other row of that table has a
        name starting with it: in "what anode does conventional lithium-ion use?" the column is named, so
        "anode" picks the row "Anode design" among that table's layers, as "which failure ..." picks
        "Failure mode". None without such a column ("anode" alone names no row), or when a row of that
        table is named already (in full, or carried from the question before)."""
        named = {normalise(self.knowledge.table(t).row(r).name) for t, r in mentioned}
        asked = {stem(w) for w in words}
        found: set[tuple[str, str]] = set()
        for table in self.knowledge.tables:
            if not any(normalise(c.name) in named for c in table.columns) or any(t == table.id for t, _ in mentioned):
                continue
            firsts = {row.id: {stem(n.split()[0]) for n in (self.reader.expand(name) for name in row.names)
                               if n.split()} for row in table.rows}
            for row in table.rows:
                others = set().union(*(f for r, f in firsts.items() if r != row.id))
                if (firsts[row.id] - others) & asked:
                    found.add((table.id, row.id))
        return found

    def _rows_named_by_word_form(self, words: tuple[str, ...], mentions: tuple[Mention, ...]) -> set[tuple[str, str]]:
        """Rows a question names with the verb a one-word name of theirs is derived from ("what fails in
        ...?" names the row called "failures"), beyond the rows it names in their own words."""
        found: set[tuple[str, str]] = set()
        for word in words:
            for root in _inflection_roots(word):
                found.update(self._derived.get(root, ()))
        return found - {(m.table_id, m.row_id) for m in mentions}

    def _cell_named_by_row_and_column(self, raw: NDArray[np.float64], rows: set[tuple[str, str]],
                                      words: tuple[str, ...]) -> int | None:
        """The cell a question names by its row and its column, the best-scoring one if several: the
        column by all its own words ("why does X matter" for "Why it matters"), or by the name of a row of
        another table it names ("Conventional lithium-ion"). None when no cell is named both ways."""
        asked = {stem(w) for w in content_words(" ".join(words))}
        row_names = {normalise(self.knowledge.table(t).row(r).name) for t, r in rows}
        cells = []
        for table_id, row_id in rows:
            table = self.knowledge.table(table_id)
            for column in table.columns:
                own = self._column_words[(table_id, column.id)]
                if (own and own <= asked) or normalise(column.name) in row_names:
                    position = self.position.get(f"{table_id}/{row_id}/{column.id}")
                    if position is not None:
                        cells.append(position)
        return max(cells, key=lambda i: float(raw[i])) if cells else None

    def _passage_beside(self, raw: NDArray[np.float64], mentions: tuple[Mention, ...],
                        words: tuple[str, ...]) -> int | None:
        """A question that asks how one named row compares with something it names only in general
        words ("semi-solid is just solid-state by another name, the same thing?") is answered by a
        passage setting that row beside another of its table, both sides described: the best-scoring
        one, when it scores at least ``comparison_passage_share`` of the best entry."""
        # ("According to the comparison table" points at a table; it asks for no comparison.) "X is just
        # another name for Y" claims the two are one.
        if not any((w in SAME_OR_DIFFERENT and words[i + 1:i + 2] not in (("table",), ("tables",), ("chart",)))
                   or (w in _NAME_WORDS and words[i + 1:i + 2] == ("for",)) for i, w in enumerate(words)):
            return None
        named = {(m.table_id, m.row_id) for m in mentions}
        if len(named) != 1:
            return None
        row = next(iter(named))
        top = float(raw.max())
        leader = self.entries[int(raw.argmax())]
        if (leader.table_id, leader.row_id) == row \
                and any(w in SAME_OR_DIFFERENT and w not in ("same", "comparison") for w in words):
            # The named row alone, one side only, leads a question on how it differs from something: a table
            # whose columns set the row beside the other side answers instead, column by column (its structure
            # says so, so it needs a smaller share of the best score than a passage). Whether two things are
            # "the same" is answered in the guide's words; "the route comparison" names a table.
            tables = [i for i in self._columns_comparing.get(row, [])
                      if raw[i] >= self.tuning.comparison_table_share * top]
            if tables:
                return max(tables, key=lambda i: float(raw[i]))
        positions = self._comparing.get(row, [])
        if not positions:
            return None
        best = max(positions, key=lambda i: float(raw[i]))
        return best if raw[best] >= self.tuning.comparison_passage_share * top else None

    def same_column_for_new_row(self, scores: NDArray[np.float64], previous_entry: str) -> NDArray[np.float64]:
        """"What goes wrong with sulfides?" then "and composites?": when the follow-up's best match is
        another row of the table whose cell answered last, answer that row's cell in the same column."""
        previous = self.knowledge.entry(previous_entry)
        best = self.entries[int(np.argmax(scores))]
        if previous is None or previous.column_id is None or best.table_id != previous.table_id \
                or best.column_id is not None or best.row_id is None or best.row_id == previous.row_id:
            return scores
        cell = self.position.get(f"{best.table_id}/{best.row_id}/{previous.column_id}")
        if cell is not None:
            _make_best(scores, cell)
        return scores

    def new_column_for_same_row(self, scores: NDArray[np.float64], previous_entry: str,
                                 query: Query) -> NDArray[np.float64]:
        """"What anode do conventional cells use?" then "and solid-state ones?": the follow-up names
        another column of the table whose cell answered last, so answer that column of the same row."""
        previous = self.knowledge.entry(previous_entry)
        if previous is None or previous.column_id is None or previous.table_id is None or previous.row_id is None:
            return scores
        if any(m.table_id == previous.table_id and m.row_id != previous.row_id for m in query.mentions):
            # "and the prismatic one, what's its energy density?" moves to another row: the row named wins.
            return scores
        asked = {stem(w) for w in query.content}
        best_share, best_column = 0.0, None
        for column in self.knowledge.table(previous.table_id).columns:
            words = {stem(w) for w in content_words(self.reader.expand(column.name))}
            share = len(words & asked) / len(words) if words else 0.0
            if share > best_share:
                best_share, best_column = share, column.id
        if best_column is None or best_column == previous.column_id or best_share < 0.5:
            return scores
        cell = self.position.get(f"{previous.table_id}/{previous.row_id}/{best_column}")
        if cell is not None:
            _make_best(scores, cell)
        return scores


#: Suffixes that make a noun of a verb ("fail" -> "failure", "move" -> "movement"). Language.
_NOUN_SUFFIXES = ("ure", "ment", "ance", "ence")
def _inflection_roots(word: str) -> set[str]:
    """The forms ``word`` may be an inflection of: itself, and itself without one inflection ("fails",
    "failed", "failing")."""
    return {word, *without_inflection(word, min_root=3)}


def _derived_names(knowledge: KnowledgeBase, reader: QueryReader) -> dict[str, set[tuple[str, str]]]:
    """The verbs a one-word row name is a noun of ("failures" -> "fail"), with the rows so named."""
    derived: dict[str, set[tuple[str, str]]] = {}
    for table in knowledge.tables:
        for row in table.rows:
            for name in row.names:
                words = reader.expand(name).split()
                if len(words) != 1:
                    continue
                noun = stem(words[0])
                for suffix in _NOUN_SUFFIXES:
                    if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
                        verb = noun[: -len(suffix)]
                        for root in (verb, verb + "e"):  # "fail" + "ure"; "clos" + "ure" is "close"
                            derived.setdefault(root, set()).add((table.id, row.id))
    return derived


def _name_fragments(knowledge: KnowledgeBase, reader: QueryReader,
                    generic_share: float) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each table, the (stemmed) words inside its rows' names that name no row: words the guide uses on
    their own (in more than ``generic_share`` of its free-text entries) that are neither a name of a row by
    themselves nor the word every name of a row starts with. "ion", "lithium", "cell" inside "Conventional
    lithium-ion" and "li-ion cells"; not "normal" or "nanotechnology", which only name their row, nor "anode"
    of "Anode design" ("anode material", "anode type"), nor "electrolyte", the name of the row "Electrolyte".
    With them, every word of the table's rows' names as written."""
    passages = [{stem(w) for w in content_words(reader.expand(f"{e.title} {e.answer}"))}
                for e in knowledge.entries if e.table_id is None]
    found: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for table in knowledge.tables:
        words: set[str] = set()
        naming: set[str] = set()
        exact: set[str] = set()
        for row in table.rows:
            exact.update(w for n in row.names for w in content_words(reader.expand(n)))
            names = [[stem(w) for w in content_words(reader.expand(n))] for n in row.names]
            words.update(w for n in names for w in n)
            naming.update(n[0] for n in names if len(n) == 1)
            firsts = {n[0] for n in names if n}
            if len(firsts) == 1:
                naming |= firsts
        found[table.id] = (frozenset(w for w in words - naming
                                     if passages and sum(w in p for p in passages) / len(passages) > generic_share),
                           frozenset(exact))
    return found


def _make_best(scores: NDArray[np.float64], position: int) -> None:
    """Put the entry at ``position`` just above the current best (1% over it), so it wins the
    ranking while its score stays on the scale the scope decision reads."""
    scores[position] = max(scores[position], float(scores.max()) * 1.01)


#: Words that ask how two things compare, or whether they are one ("the same thing", "the difference").
#: Language, the same for every guide.
SAME_OR_DIFFERENT = frozenset({"same", "difference", "differences", "different", "differ", "differs",
                               "distinction", "distinguish", "vs", "versus", "compare", "compared", "comparison",
                               "unlike", "contrast"})
#: Nouns for what a thing is called: "just another name for", "a fancy word for", "a label for".
_NAME_WORDS = frozenset({"name", "word", "term", "label", "synonym", "euphemism"})
#: A cell of at most this many words is a value rows share ("Nature Energy", "2020", "3.7 V"),
#: not a description; longer cells are read by meaning, never matched whole.
MAX_VALUE_WORDS = 4
#: Words that ask to pick things out of several.
_PICKING = frozenset({"which", "what"})


@dataclass(frozen=True)
class Selection:
    """Rows of one table picked by a value in one column: "which sources appeared in <journal>?"."""

    table: Table
    column_id: str
    value: str
    row_ids: tuple[str, ...]


class RowSelector:
    """Finds "which rows have this value?" questions. Read-only once built."""

    def __init__(self, knowledge: KnowledgeBase, reader: QueryReader) -> None:
        #: (table id, column id, the value as the index reads it, the value as written) -> row ids.
        self._values: list[tuple[str, str, str, str, tuple[str, ...]]] = []
        self.knowledge = knowledge
        for table in knowledge.tables:
            for column in table.columns:
                by_value: dict[str, list[str]] = {}
                written: dict[str, str] = {}
                for row in table.rows:
                    cell = row.cells.get(column.id, "")
                    value = reader.expand(cell)
                    if value and len(value.split()) <= MAX_VALUE_WORDS:
                        by_value.setdefault(value, []).append(row.id)
                        written.setdefault(value, cell)
                for value, rows in by_value.items():
                    # A value one row has names that row; a value every row has picks nothing.
                    if 1 < len(rows) < len(table.rows):
                        self._values.append((table.id, column.id, value, written[value], tuple(rows)))

    def select(self, query: Query, tables: set[str]) -> Selection | None:
        """The rows a "which/what ...?" question picks by naming a value they share, in one of
        ``tables`` (the tables the question is about); the longest value named wins."""
        words = query.prepared.split()
        if not set(words) & _PICKING:
            return None
        padded = f" {query.prepared} "
        found = [v for v in self._values if v[0] in tables and f" {v[2]} " in padded]
        if not found:
            return None
        table_id, column_id, _, written, rows = max(found, key=lambda v: len(v[2].split()))
        return Selection(self.knowledge.table(table_id), column_id, written, rows)


#: Words that make a value in a claim a bound ("more than 300", "at least 3.6 V"). Language.
_THRESHOLD = frozenset({"above", "below", "over", "under", "more", "less", "higher", "lower", "greater", "fewer",
                        "exceed", "exceeds", "beyond", "least", "most", "than", "between", "within", "around",
                        "about", "approximately", "roughly", "nearly", "almost"})


def cell_verdict(knowledge: KnowledgeBase, entry: Entry, query: Query) -> bool | None:
    """Whether a yes/no claim about one cell holds, read from the cell's value: "the AB-50AH is an
    all-solid-state cell, right?" names a row of another table (all-solid-state) where the cell names
    another (semi-solid): no. "Did Kalnaus et al. publish in Nature?" names a value other rows of the
    column have and this one lacks: no; one only some rows have, and this one does: yes. None when the
    question claims nothing the column's values settle, and for a cell that is a description rather than
    a value (more than ``MAX_VALUE_WORDS`` words)."""
    if entry.table_id is None or entry.row_id is None or entry.column_id is None:
        return None
    table = knowledge.table(entry.table_id)
    cell = f" {normalise(table.row(entry.row_id).cells[entry.column_id])} "
    if len(cell.split()) > MAX_VALUE_WORDS:
        return None  # a description ("not a universal EV answer") is read by meaning, never word by word
    for mention in query.mentions:
        if mention.table_id == table.id:
            continue
        other = knowledge.table(mention.table_id)
        in_cell = {r.id for r in other.rows if any(f" {normalise(n)} " in cell for n in r.names)}
        if in_cell:
            return mention.row_id in in_cell
    words = query.prepared.split()
    if _THRESHOLD.intersection(words):
        return None  # "above 300 Wh/kg" sets a bound, it does not claim a value
    naming = {i for m in query.mentions if m.table_id == table.id for i in range(m.start, m.end)}
    claimed = {w for i, w in enumerate(words) if i not in naming and w not in STOP_WORDS}
    values = [set(normalise(r.cells[entry.column_id]).split()) for r in table.rows]
    mine = set(cell.split())
    telling = {w for w in claimed if any(w in v for v in values) and not all(w in v for v in values)}
    if not telling:
        return None
    if any(word == "or" and {words[i - 1], words[i + 1]} & mine for i, word in enumerate(words[1:-1], 1)):
        return None  # "is it cylindrical or pouch?" asks which, which the cell's value says: no yes or no
    return telling <= mine
