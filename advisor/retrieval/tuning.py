"""Every number that shapes ranking and the scope decision, in one place.

Each field says what it does and what measures it: ``advisor eval --sweep NAME=V1,V2,...``
prints the accuracy of every evaluation set for each value, and the README lists the
sweep that justifies the default. A factor whose sweep moves no figure is deleted, not kept.
The field weights of the index (:class:`advisor.retrieval.index.FieldWeights`) are swept the
same way.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Tuning:
    """Scoring and scope settings; the defaults are the measured best."""

    # --------------------------------------------------------------- the scope decision
    #: Below this best score, the guide does not cover a question that names nothing of its subject (no topical
    #: word); one that names it is decided by how much of it the best entry explains (``min_explained``).
    min_score: float = 0.18
    #: The best entry must account for this share of the question's words (IDF-weighted;
    #: words the knowledge never uses count against it, see ``ordinary_weight``).
    min_explained: float = 0.4
    #: An ordinary English word the knowledge never uses ("seminar") weighs this share of a rare
    #: one (a name, a specialist term), when the question also names the guide's subject.
    ordinary_weight: float = 0.5
    #: A term of a scope.yaml topic (a topic the guide does not cover) weighs this many rare words.
    scope_term_weight: float = 2.0
    #: A question the best entry does not explain enough of is still answered when that entry accounts
    #: for this share of its subject: its topical words and the rare words and names it uses (above 1: off).
    min_subject_explained: float = 0.6
    #: ... provided the question has at least this many different topical words.
    min_subject_words: float = 2
    #: A question naming nothing of the guide's subject (no topical word), with a word the knowledge never uses,
    #: is declined when its best entry uses fewer than this many different words of it (0: off).
    min_shared_words: float = 2
    #: ... nor may they all be words this common in English (Zipf: "long" 5.8, "run" 5.5, "safe" 5.1).
    everyday_zipf: float = 5.3
    #: A question that uses a phrase (two adjacent content words) of its best entry's own phrasings, one
    #: that at most a few texts of the guide use (IDF at least this), is asked in that entry's words ...
    own_phrase_idf: float = 5.0
    #: ... and its ordinary English words the knowledge never uses then weigh this share of a rare one
    #: (instead of ``ordinary_weight``) in whether the entry explains enough of it.
    own_words_ordinary_weight: float = 0.0
    #: ... and the entry must account for this share of it (instead of ``min_explained``), unless it
    #: uses a rare term or a name the knowledge never does.
    own_words_min_explained: float = 0.3
    #: A word more than this share of all entries use is the guide's own subject ("solid", "battery"): a question
    #: the best entry does not explain enough of is still answered when it explains enough of the rest of it,
    #: and the rest names the guide's subject too (above 1: off).
    subject_word_share: float = 0.7
    #: Zipf frequency from which a word is ordinary English (3: once per million words).
    ordinary_zipf: float = 3.0
    #: A word is topical when the knowledge uses it 10**lift times more often than English does.
    topical_lift: float = 1.5

    #: A runner-up scoring at least this share of the best, that accounts for more of the
    #: question, answers instead (1 turns this off).
    rerank_ratio: float = 0.7
    #: ... where known words that are not topical (ordinary English the guide also uses) weigh this
    #: share of their IDF in that comparison.
    rerank_generic_weight: float = 0.0

    # --------------------------------------------------------------- follow-ups
    #: Weight of the previous turn's words in a follow-up's query vector.
    context_weight: float = 0.5

    # --------------------------------------------------------------- table rows
    #: A cell or row entry answers about one named thing; without that thing named it is a weak match.
    unnamed_row_factor: float = 0.55
    #: A free-text entry about a different row of the same table ("polymers" prose for an
    #: "oxides" question) is the wrong answer however well its other words match.
    sibling_row_factor: float = 0.4
    #: How far one unnamed row's best cell must lead the other rows' to be answered on its own.
    clear_lead: float = 1.15
    #: A question comparing one named row with something named in general words is answered by a
    #: passage setting that row beside another of its table, when that passage scores at least this
    #: share of the best entry (above 1: off).
    comparison_passage_share: float = 0.55
    #: ... and by a table whose columns set that row beside the other side (the layer table's "Conventional
    #: lithium-ion" and "Solid-state battery"), when the question asks how they differ and the table scores at
    #: least this share of the best entry (above 1: off).
    comparison_table_share: float = 0.4
    #: A whole row is less specific than one of its cells; prefer the cell when both match.
    whole_row_factor: float = 0.9
    #: A row name found in more than this share of the free-text entries is the guide's subject
    #: ("solid state", "electrolyte"), not a way of naming that row.
    generic_name_share: float = 0.25
    #: A word more than this share of all entries use is the guide's own subject ("battery", "solid"): which of
    #: the best entries accounts for more of a question is judged without it (above 1: off). (Ranking.)
    rerank_subject_share: float = 0.7
    #: A question picking one thing ("which study ...?") best matched by a list of a table's rows (the table,
    #: or a passage naming three or more of them) is answered by an entry about one of those rows that scores
    #: at least this share of the list (above 1: off). (Ranking.)
    one_row_share: float = 0.8

    # --------------------------------------------------------------- the answer
    #: A second entry this close to the best is offered as "see also" (0.9 since BM25 joined the score,
    #: which brings scores closer: it keeps the share of answers with one, 18%, where 0.85 had it).
    close_second_ratio: float = 0.9
    #: An answer goes on with a passage that says what its point rests on (its first related passage, a table
    #: row's own passage, a close runner-up), unless at least this share of that passage's words are already in
    #: the answer (it would say the same again): then the next one. (0.6 and 0.7 measured alike; 0.5 and 0.8 less.)
    repeated_passage_share: float = 0.6
    #: ... and a runner-up among the best entries is such a passage when it scores at least this share of the best:
    #: close enough that the ranking barely tells the two apart. (Lower shares pass a few more evaluation cases,
    #: 0.4 eight more over all sets, by adding passages further from the question: padding, not answers.)
    runner_up_passage_share: float = 0.8
    #: A request for a list ("enumerate the ...") answered by an entry that is no list is answered by a
    #: free-text list among the best entries scoring at least this share of the best (above 1: off).
    list_answer_ratio: float = 0.7
    #: A yes/no question best matched by an entry that states a fact without confirming or correcting the
    #: claim is answered by an FAQ written as the answer to a yes/no question, when that FAQ scores at least
    #: this share of the best (above 1: off).
    verdict_passage_share: float = 0.7
    #: A claim put for confirmation best matched by an entry that does not deny it is answered by a passage with
    #: a sentence that does (a negation naming most of the claim's words), scoring at least this share of the best
    #: (above 1: off).
    denying_sentence_share: float = 0.5
    #: A why-question best matched by an entry not written to answer one is answered by an FAQ asking why
    #: about what it asks, when that FAQ scores at least this share of the best (above 1: off).
    why_passage_share: float = 0.7
    #: A question asking what to ask someone ("..., what should I ask them?"), best matched by an entry that is no
    #: list of questions for a supplier, is answered by the best checklist entry scoring at least this share of the
    #: best (above 1: off).
    asking_passage_share: float = 0.9
    #: A why-question best matched by a whole table is answered by a passage of text scoring at least this
    #: share of the best (a table gives values, not reasons; above 1: off).
    why_table_share: float = 0.7
    #: A question naming one table row, best matched by a passage about none, is answered by a passage titled
    #: with that row when it scores at least this share of the best (above 1: off).
    row_passage_share: float = 0.9
    #: ... or this share, when the question asks what that row is ("define a semi-solid battery"): its other
    #: words match the definition of the guide's subject, which says nothing of the row (above 1: off).
    defined_row_passage_share: float = 0.6
    #: A question asking what one table row is, best matched by that row, is answered by a passage naming the
    #: row when it scores at least this share of the best (above 1: off).
    definition_passage_share: float = 0.8
    #: A question quoting three or more words of a passage is answered by that passage when it scores at
    #: least this share of the best entry (above 1: off).
    quoted_entry_share: float = 0.5
    #: A question citing a table as where its answer is ("according to the route comparison") is answered by
    #: that table's entry scoring at least this share of the best (above 1: off).
    cited_table_share: float = 0.8
    #: A whole table that won on a word of its row header gives way to a passage titled with more of the
    #: question's words when that passage scores at least this share of the table (above 1: off).
    titled_passage_share: float = 0.7
    #: A question asked about one thing ("do the electrons ...?") whose best entry is not about it is answered
    #: by a passage about it that scores at least this share of the best (above 1: off).
    subject_passage_share: float = 0.5
    #: ... unless more than this share of the passages are about that thing (their titles, phrasings or keywords
    #: use it): "cell" and "battery" are the guide's subject, and say nothing about which passage answers.
    subject_max_share: float = 0.2

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def with_value(self, name: str, value: float) -> Tuning:
        """A copy with one setting changed; ValueError for a name that is not a setting."""
        if name not in self.names():
            raise ValueError(f"unknown setting {name!r}: use one of {', '.join(self.names())}")
        return replace(self, **{name: value})
