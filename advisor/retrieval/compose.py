"""Turn a retrieval into a chat answer: the direct answer first, then where it comes from."""

from __future__ import annotations

import re

from advisor.answer import MAX_ANSWER_CHARS, Answer, AnswerKind, SeeAlso, Source
from advisor.knowledge.model import Column, Entry, KnowledgeBase, Table, render_row, render_table
from advisor.retrieval.english import is_adverb, zipf
from advisor.retrieval.message import asks_what_to_ask_someone, asks_yes_or_no, clauses, sentences
from advisor.retrieval.query import Query
from advisor.retrieval.ranking import Retrieval
from advisor.retrieval.rows import Selection, cell_verdict
from advisor.retrieval.superlatives import BEAT_WORDS, Superlative
from advisor.retrieval.tuning import Tuning
from advisor.text import STOP_WORDS, content_words, normalise, stem


def compose(retrieval: Retrieval, knowledge: KnowledgeBase, question: str, *, tuning: Tuning,
            go_on: bool = True) -> Answer:
    """The answer for a retrieval; ``tuning`` (the retriever's) decides when a close runner-up answers
    instead of the best entry (``subject_passage_share``, ``list_answer_ratio``, ``verdict_passage_share``,
    ``row_passage_share``, ``why_passage_share``, ``asking_passage_share``, ``quoted_entry_share``,
    ``titled_passage_share``) and which entry is offered as "see also" (``close_second_ratio``).

    With ``go_on`` the answer goes on with a passage of the guide that says what its point rests on, when both fit
    (see :func:`_passages_going_on`); without it (an answer that may be joined with another's) it stops at its
    own."""
    query = retrieval.query
    if not retrieval.found or retrieval.best is None:
        return _not_found(retrieval, knowledge, question)
    best, best_score = retrieval.ranked[0]
    # Each rule names a close runner-up that answers instead of the best entry, or None; where several
    # apply, the later one in this order answers.
    instead = (
        _passage_about_the_subject(retrieval, knowledge, tuning.subject_passage_share, tuning.subject_max_share),
        _list_for_list_request(retrieval, knowledge, tuning.list_answer_ratio),
        _verdict_for_claim(retrieval, tuning.verdict_passage_share),
        _sentence_denying_the_claim(retrieval, knowledge, tuning.denying_sentence_share),
        _passage_titled_by_the_row(retrieval, knowledge, tuning.row_passage_share,
                                   tuning.defined_row_passage_share),
        _definition_of_the_row(retrieval, knowledge, tuning.definition_passage_share),
        _reason_for_why(retrieval, knowledge, tuning.why_passage_share, tuning.ordinary_zipf),
        _reason_not_a_table(retrieval, knowledge, tuning.why_table_share),
        _questions_for_asking(retrieval, tuning.asking_passage_share),
        _quoted_entry(retrieval, tuning.quoted_entry_share),
        _passage_titled_by_the_question(retrieval, knowledge, tuning.titled_passage_share),
        _entry_of_the_table_cited(retrieval, knowledge, tuning.cited_table_share),
    )
    # (A best entry saying, word for word, what the question quotes is what it asks about: no runner-up instead.)
    if not _says_a_quote(retrieval, best):
        best = next((e for e in reversed(instead) if e is not None), best)
    if retrieval.superlative is not None and retrieval.superlative.passage is not None:
        # "Which family is best overall?": the guide's own answer to that, not a row declared the winner.
        main = retrieval.superlative.passage
        body = entry_text(main, knowledge)
        if not asks_yes_or_no(query.text):
            body = _without_verdict(body)
    elif retrieval.superlative is not None:
        body = _superlative_text(retrieval.superlative)
        main = knowledge.entry(retrieval.superlative.table.id) or best
    elif retrieval.selection is not None:
        body = _selection_text(retrieval.selection)
        main = knowledge.entry(retrieval.selection.table.id) or best
    elif retrieval.comparison is not None:
        table, row_ids = retrieval.comparison
        body = _comparison_text(table, row_ids)
        main = knowledge.entry(table.id) or best
    else:
        body = entry_text(best, knowledge)
        main = best
        if not asks_yes_or_no(query.text):
            body = _without_verdict(body)
        elif (verdict := cell_verdict(knowledge, best, query)) is not None \
                and any(m.table_id == best.table_id and m.row_id == best.row_id for m in query.mentions):
            # "The AB-50AH is an all-solid-state cell, right?": the cell's value settles the claim.
            body = f"{'Yes' if verdict else 'No'}. {body}"
    sources: list[Source] = [main.source]
    see_also = _close_second(retrieval, main, best_score, tuning.close_second_ratio)
    following = None
    if go_on and not _computed(retrieval):
        following = next((entry for entry in _passages_going_on(main, retrieval, knowledge, tuning)
                          if not _says_again(entry.answer, body, tuning.repeated_passage_share)
                          and len(body) + len(entry.answer.strip()) + len(_tail(
                              _pointer(see_also, entry, knowledge), [*sources, entry.source])) + 2
                          <= MAX_ANSWER_CHARS), None)
    if following is not None:
        body = f"{body}\n\n{following.answer.strip()}"
        sources.append(following.source)
    pointer = _pointer(see_also, following, knowledge)
    tail = _tail(pointer, sources)
    if len(body) + len(tail) > MAX_ANSWER_CHARS and main.table_id is not None and main.row_id is None \
            and not _computed(retrieval):
        body = _whole_table_text(knowledge.table(main.table_id), MAX_ANSWER_CHARS - len(tail)) or body
    body = _with_count(body, query.text, MAX_ANSWER_CHARS - len(tail))
    return Answer(
        question=question,
        text=fit(body, MAX_ANSWER_CHARS - len(tail)) + tail,  # the source is never cut off
        found=True,
        confidence=retrieval.confidence,
        sources=tuple(sources),
        suggestions=_suggestions(main, see_also if pointer is not None else None, knowledge, following),
        corrected_query=query.corrected_text,
        notice=query.notice,
        entry_ids=(main.id,),
        see_also=pointer,
        went_on_with=following.id if following is not None else None,
    )


def _pointer(see_also: Entry | None, following: Entry | None, knowledge: KnowledgeBase) -> SeeAlso | None:
    """The "See also" pointer to ``see_also``, unless the answer goes on with that very passage."""
    if see_also is None or (following is not None and see_also.id == following.id):
        return None
    return SeeAlso(see_also.id, see_also.title, suggestion_for(see_also, knowledge))


def _tail(pointer: SeeAlso | None, sources: list[Source]) -> str:
    """What follows an answer's body: its "See also" line, if any, and the line citing its sources."""
    return (pointer.line if pointer is not None else "") + f"\n\n*Source: {'; '.join(s.citation() for s in sources)}*"


#: Lead words before a request ("so, please list ..."). Each is a whole word after non-word characters:
#: there is one way to read "and and and ...", so a long run of them is read in linear time instead of
#: being tried in every split.
_LEAD_WORDS = r"^(?:\W*\b(?:so|ok|okay|please|and|now|can you|could you)\b)*\W*"
#: A request for a whole list: "list the ...", "enumerate ...", "what are all the ...", "name every ...".
_LIST_REQUEST = re.compile(_LEAD_WORDS + r"\b(?:list|enumerate|itemi[sz]e)\b"
                           r"|\b(?:what|which) are all\b|\b(?:name|give me|tell me|show me) (?:all|every)\b"
                           r"|\ball the\b.*\b(?:list|listed)\b|\bfull list\b|\bevery one of\b", re.IGNORECASE)
#: A top-level item of a Markdown list.
_ITEM = re.compile(r"^(?:[-*•]|\d+[.)])\s+\S", re.MULTILINE)


#: A request for the items of something: "list the ...", "enumerate ...", "name the ...", "what are the
#: (main / typical) ways / mechanisms / steps / requirements ...".
_ITEMS_REQUEST = re.compile(_LEAD_WORDS + r"\b(?:list|enumerate|itemi[sz]e|name)\b"
                            r"|\bwhat are (?:the |all the )?(?:\w+ )?(?:ways|mechanisms|steps|requirements|functions"
                            r"|jobs|reasons|factors|kinds|types|causes|modes)\b"
                            r"|\b(?:give|show|send|get) (?:me |us )?(?:a|the) (?:\w+ )?list of\b", re.IGNORECASE)


def _computed(retrieval: Retrieval) -> bool:
    """Whether the answer is computed from a table (a superlative, rows sharing a value, a comparison)
    rather than written by its best entry: then no other entry replaces the best."""
    return retrieval.superlative is not None or retrieval.selection is not None or retrieval.comparison is not None


def _close_runners_up(retrieval: Retrieval, share: float) -> list[Entry]:
    """The entries after the best, in rank order, scoring at least ``share`` of the best score (or of the
    best entry's, when row scoring put another entry first)."""
    best_score = retrieval.ranked[0][1]
    top = max(score for _, score in retrieval.ranked)
    return [entry for entry, score in retrieval.ranked[1:] if score >= share * max(top, best_score)]


def _list_for_list_request(retrieval: Retrieval, knowledge: KnowledgeBase, ratio: float) -> Entry | None:
    """A request for a list ("enumerate the functions ...") answered by a passage that is no list,
    when a free-text entry that is one (bullets or numbered items) scores at least ``ratio`` of it
    among the best: that list answers instead. None to keep the best entry."""
    best = retrieval.ranked[0][0]
    text = retrieval.query.text.strip()
    requested = bool(_ITEMS_REQUEST.search(text))
    # (One cell of a table lists a few words at most: asked for "the list of ways ...", a list in the text
    # answers; a whole table or row is a list of its own.)
    in_table = best.table_id is not None and not (requested and best.column_id is not None)
    if _computed(retrieval) or in_table or not (requested or asks_which_things(text)):
        return None
    if len(_ITEM.findall(best.answer)) >= 2:
        return None
    # "Which <things> ...?" asks for several things of the question's subject: a list of other things
    # ("which interface problems does the guide list?" is no request for the list of sources) does not
    # answer it, so the list must be about every word of the subject the best entry is about.
    subject = {stem(w) for w in retrieval.query.topical} & _words_of(best)
    # What the question names besides the guide's subject.
    named = {stem(w) for w in retrieval.query.topical} - _guide_words(knowledge)
    if best.table_id is not None:
        # ... and a list in place of a cell is about as much of what the question names besides the guide's
        # subject as the cell is ("the list of ways an interface can go wrong": interfaces and failure).
        if not named & _words_of(best):
            return None
        subject = named & _words_of(best)
    # A list asked for outright ("List the ways ...") is still a list of what the question names besides the
    # guide's subject: "list the mechanisms by which an interface degrades" is no request for the sources.
    return next((e for e in _close_runners_up(retrieval, ratio)
                 if e.table_id is None and len(_ITEM.findall(e.answer)) >= 2
                 and ((requested and best.table_id is None and bool(named & _words_of(e)))
                      or subject <= _words_of(e))), None)


def _guide_words(knowledge: KnowledgeBase) -> set[str]:
    """The (stemmed) words of the guide's title: its subject, which says nothing about which passage answers."""
    return {stem(w) for w in content_words(normalise(knowledge.guide.title))}


def _words_of(entry: Entry) -> set[str]:
    """The (stemmed) words of what an entry is about: its title, phrasings and keywords."""
    text = " ".join((entry.title, *entry.questions, *entry.keywords))
    return {stem(w) for w in content_words(normalise(text))}


#: Words that open a question before its subject: "do the electrons ...", "can a polymer ...". Language.
_AUXILIARIES = frozenset({"do", "does", "did", "can", "could", "will", "would", "should", "shall", "is", "are", "was",
                          "were", "has", "have", "had", "may", "might", "must"})
#: Prepositions that open a phrase saying where or when before a question ("in these cells, do ..."). Language.
_PREPOSITIONS = frozenset({"in", "inside", "within", "for", "with", "on", "at"})
#: The longest such phrase, in words.
MAX_LEADING_PHRASE = 6
#: Question words, which may come with a noun before the auxiliary ("which way do ...", "how far can ..."). Language.
_QUESTION_WORDS = frozenset({"where", "which", "what", "how", "why", "when", "who", "whom", "whose"})
#: Words joining two things a question asks about ("the ions and electrons"; "n" as texted). Language.
_AND_OR = frozenset({"and", "or", "n", "&"})
#: Auxiliaries after which a yes/no question's subject is followed by its verb ("can the layer crack?"). Language.
_MODALS = frozenset({"can", "could", "will", "would", "should", "shall", "may", "might", "must"})
#: Words that lead into a question without being part of it ("so", "and", "ok"). Language.
_OPENERS = frozenset({"so", "and", "but", "also", "ok", "okay", "well", "now", "then", "basically", "honestly"})
#: Words that open a noun phrase ("the electrons", "these cells"). Language.
_DETERMINERS = frozenset({"the", "a", "an", "these", "those", "this", "that", "my", "your", "our", "their", "its",
                          "some", "any", "all", "both", "each", "every"})
#: Verbs of telling ("does the supplier **disclose** ..."): what such a question asks about is what is told,
#: not who tells it. Language.
_TELLING_VERBS = frozenset({"tell", "say", "explain", "disclose", "report", "state", "mention", "share", "show",
                            "give", "list", "publish", "quote", "reveal", "provide", "specify", "declare", "admit",
                            "confirm", "document", "answer"})
#: The longest noun phrase read as a question's subject ("lithium metal solid state cells" is five words).
SUBJECT_WINDOW = 6


#: Words after the head of a noun phrase that say whose or what for: "the value *of*", "the reason *for*".
_OF_WORDS = frozenset({"of", "for", "behind"})


def question_subject(words: list[str], topical: set[str]) -> str | None:
    """The (stemmed) word a question is asked about, by English word order: the head (last word) of the
    noun phrase right after the auxiliary that opens it, when that phrase is made of words characteristic of
    the guide (``topical``): "do the **electrons** pass ...?", "which way do the lithium **ions** go?",
    "do Li-metal solid-state **cells** need ...?". None for a question not asked by inversion, or whose
    subject is no such phrase ("does it ...", "can anyone ...")."""
    found = _subject_and_verb(words, topical)
    return found[0][0] if found is not None else None


def _subject_and_verb(words: list[str], topical: set[str]) -> tuple[tuple[str, ...], str | None] | None:
    """:func:`question_subject`, and the (stemmed) word right after its noun phrase: the verb of a question
    asked with a modal ("can the solid layer **crack**?", "why would a maker **choose** ..."). None for the
    verb at the end of the question, or where the word after the phrase may be more of the noun phrase ("what
    does patchy, uneven contact do ...": "contact" is no verb)."""
    i = 0
    while i < len(words) and words[i] in _OPENERS:
        i += 1
    if i < len(words) and words[i] in _PREPOSITIONS:
        # "In one of these batteries, do the electrons ...": a phrase saying where, before the question proper.
        # (Not "in which direction do the ions ...": a question word makes the phrase part of the question.)
        j = next((j for j in range(i + 1, min(len(words), i + 1 + MAX_LEADING_PHRASE))
                  if words[j] in _AUXILIARIES or words[j] in _QUESTION_WORDS), i)
        # ("In one of these cells, where do the electrons go?": the phrase says where, the question follows.)
        i = j if words[j] in _AUXILIARIES or (words[j] in _QUESTION_WORDS and j > i + 1) else i
    if i < len(words) and words[i] in _QUESTION_WORDS:
        # "which way do ...": the question word and at most one noun before the auxiliary.
        i += 2 if i + 1 < len(words) and words[i + 1] not in _AUXILIARIES else 1
    if i >= len(words) or words[i] not in _AUXILIARIES:
        return None
    verb_follows = words[i] in _MODALS
    phrase, i = _noun_phrase(words, i + 1, topical)
    if i < len(words) and words[i] in _TELLING_VERBS:
        # "should a supplier tell me what temperature ...": the one telling is not what is asked about.
        return None
    if i + 1 < len(words) and words[i + 1] in _OF_WORDS:
        # "what is the practical *value* of ...": the phrase goes on to its head, a word of no guide in particular.
        return None
    if not phrase:
        return None
    heads = [stem(phrase[-1])]
    if i + 1 < len(words) and words[i] in _AND_OR:
        # "do the ions and electrons both go ...": a subject of two things, each a head of its own.
        other, j = _noun_phrase(words, i + 1, topical)
        if other:
            heads.append(stem(other[-1]))
            i = j
    return tuple(heads), (stem(words[i]) if i < len(words) and verb_follows else None)


def _noun_phrase(words: list[str], start: int, topical: set[str]) -> tuple[list[str], int]:
    """The words characteristic of the guide (``topical``) of the noun phrase at ``start``, after its determiners
    ("the lithium ions"), at most ``SUBJECT_WINDOW`` of them, and where the phrase ends."""
    i = start
    while i < len(words) and words[i] in _DETERMINERS:
        i += 1
    phrase: list[str] = []
    while i < len(words) and words[i] in topical and len(phrase) < SUBJECT_WINDOW:
        phrase.append(words[i])
        i += 1
    return phrase, i


def _passage_about_the_subject(retrieval: Retrieval, knowledge: KnowledgeBase, share: float,
                               max_share: float) -> Entry | None:
    """A question asked about one thing ("do the electrons pass through the middle layer?") is answered by
    a passage about that thing: when the best entry's title, phrasings and keywords never name the
    question's subject (:func:`question_subject`; both things of "the ions and electrons") and a close
    runner-up's do (scoring at least ``share`` of the best), that passage answers, unless the best entry names
    the verb asked with a modal and the runner-up does not ("can the solid layer crack?"). A subject that more
    than ``max_share`` of the passages are about ("cell", "battery") is the guide's own subject, which says
    nothing about which passage answers. None to keep the best entry."""
    best = retrieval.ranked[0][0]
    if _computed(retrieval):
        return None
    asked = _subject_and_verb(retrieval.query.prepared.split(), set(retrieval.query.topical))
    if asked is None or all(head in _words_of(best) for head in asked[0]):
        return None
    subject, verb = asked
    about = next((e for e in _close_runners_up(retrieval, share)
                  if e.table_id is None and all(head in _words_of(e) for head in subject)), None)
    if about is None or any(_passages_about(knowledge).get(head, 0.0) > max_share for head in subject):
        return None
    if verb is not None and verb in _words_of(best) and verb not in _words_of(about):
        # "Can the solid layer crack?": what is asked of the subject is what the best entry is about (cracking),
        # and a passage merely naming "that solid layer" says nothing of it.
        return None
    return about


#: The share of passages about each word (see :func:`_passages_about`), for the last few knowledge bases.
_ABOUT_CACHE: dict[int, tuple[tuple[Entry, ...], dict[str, float]]] = {}


def _passages_about(knowledge: KnowledgeBase) -> dict[str, float]:
    """For each word, the share of the free-text entries whose title, phrasings or keywords use it."""
    cached = _ABOUT_CACHE.get(id(knowledge.entries))
    if cached is not None and cached[0] is knowledge.entries:
        return cached[1]
    passages = [_words_of(e) for e in knowledge.entries if e.table_id is None]
    counts: dict[str, int] = {}
    for words in passages:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    shares = {w: n / len(passages) for w, n in counts.items()}
    if len(_ABOUT_CACHE) >= 4:
        _ABOUT_CACHE.clear()
    # (The entries are kept with their shares, so their id is not reused while the shares are cached.)
    _ABOUT_CACHE[id(knowledge.entries)] = (knowledge.entries, shares)
    return shares


#: "Which <things>" / "what <things>", with at most one word between ("which design knobs"): the noun
#: after it says what kind of things are asked for.
_WHICH_NOUN = re.compile(r"\b(?:which|what)\s+(?:(\w+)\s+)?(\w+)\b", re.IGNORECASE)
#: Words ending in "s" that are no plural noun. Language.
_NOT_PLURAL = frozenset({"does", "was", "has", "is", "its", "this", "his", "us", "yes", "always", "perhaps", "less",
                         "unless", "across", "whereas", "besides", "thus", "plus", "ones",
                         # "in what respects is it safer?" asks how, not for a list of things
                         "respects",
                         # "what happens to performance if ...?" asks what one thing does ("what goes wrong?" asks
                         # for the things that do)
                         "happens"})


#: An article or determiner right after a word: that word was a verb taking an object ("receives the ...").
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|this|that|these|those|more|most)\b", re.IGNORECASE)


def asks_which_things(text: str) -> bool:
    """Whether a question asks which things (plural) answer it: "which design knobs ...?", "what
    factors ...?" ask for several, which a list gives."""
    for match in _WHICH_NOUN.finditer(text):
        verb = match.group(1) is not None and _OBJECT_AFTER.match(text, match.end()) is not None
        # ("which electrode receives the ions?": a verb with its object, after the one thing asked for.)
        for word in (None if verb else match.group(2), match.group(1)):
            if word is None:
                continue
            low = word.lower()
            if low in _NOT_PLURAL or zipf(low) == 0:
                break
            if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
                    and zipf(low[:-1]) > 0:
                return True
    return False


def _verdict_for_claim(retrieval: Retrieval, share: float) -> Entry | None:
    """A yes/no question ("Does the solid electrolyte also do the separator's job?") best matched by a
    table entry or a passage, which states a value or a fact without confirming or correcting the claim,
    is answered by a close runner-up written to answer that kind of question: an FAQ whose own question
    is yes/no, so the verdict comes first, when it scores at least ``share`` of the best. None to keep the
    best entry."""
    best = retrieval.ranked[0][0]
    if _computed(retrieval) or _is_verdict(best) or not asks_yes_or_no(retrieval.query.text):
        return None
    # "Is lithium metal better than graphite?" weighs one thing against another: an FAQ's yes or no to a question
    # weighing nothing ("Do all solid-state batteries use lithium metal anodes?") is no verdict on it.
    weighing = "than" in retrieval.query.prepared.split()
    return next((e for e in _close_runners_up(retrieval, share)
                 if _is_verdict(e) and (not weighing or "than" in normalise(e.title).split())), None)


#: A request put politely as a yes/no question ("Could you explain why ...?"): it puts no claim.
_POLITE_REQUEST = re.compile(r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:explain|tell|describe|give|list|say"
                             r"|outline|help|walk|summari[sz]e|clarify|set out|spell out)\b", re.IGNORECASE)
#: Words that deny what a sentence says ("A strong bulk electrolyte does *not* rescue a weak interface").
_DENYING = frozenset({"not", "no", "never", "cannot", "nor", "isn't", "doesn't", "don't", "won't", "can't"})
#: A claim is denied by a sentence naming at least this many of the words it names besides the guide's subject ...
MIN_DENIED_WORDS = 3
#: ... one of them a word at most this share of the passages are about.
MAX_DENIED_WORD_SHARE = 0.1


def _denies(sentence: str, claimed: set[str]) -> bool:
    """Whether a sentence denies a claim: a negation, and most of the claim's words (at least
    ``MIN_DENIED_WORDS``)."""
    words = normalise(sentence).split()
    return bool(_DENYING.intersection(words)) and len(claimed & {stem(w) for w in words}) >= MIN_DENIED_WORDS


def _sentence_denying_the_claim(retrieval: Retrieval, knowledge: KnowledgeBase, share: float) -> Entry | None:
    """A claim put for confirmation ("If the electrolyte itself is excellent, the interface problem is solved,
    right?") best matched by an entry none of whose sentences denies it is answered by a close runner-up (scoring
    at least ``share`` of the best) with a sentence that does: a negation naming at least ``MIN_DENIED_WORDS`` of
    the words the claim names besides the guide's subject ("A strong bulk electrolyte does not rescue a weak
    interface"). The verdict is where the claim is met, not where its words are most often used. None to keep
    the best entry."""
    best = retrieval.ranked[0][0]
    if _computed(retrieval) or _is_verdict(best) or not asks_yes_or_no(retrieval.query.text) \
            or _POLITE_REQUEST.search(retrieval.query.text):
        return None
    subject = _guide_words(knowledge)
    claimed = {stem(w) for w in content_words(retrieval.query.prepared)} - subject
    # (One of the words a denial names must be one few passages are about: "lithium metal anode" names what many
    # passages deny something of, "bulk" what one does.)
    about = _passages_about(knowledge)
    rare = {w for w in claimed if about.get(w, 0.0) <= MAX_DENIED_WORD_SHARE}
    if len(claimed) < MIN_DENIED_WORDS or not rare:
        return None

    def denied_in(entry: Entry) -> bool:
        return any(_denies(s, claimed) and rare & {stem(w) for w in normalise(s).split()}
                   for s in sentences(entry.answer))

    if denied_in(best):
        return None
    return next((e for e in _close_runners_up(retrieval, share) if e.table_id is None and denied_in(e)), None)


#: A table cited as where the answer is: "according to the route comparison", "in the electrolyte family table".
_TABLE_CITED = re.compile(r"\b(?:according to|in|from|going by|based on|per) (?:the|your|this|that) "
                          r"(?:((?:[a-z-]+ ){0,3}?)"
                          r"(?:table|comparison|chart|grid|list)\b"
                          r"|(?:table|comparison|chart|list) of ((?:[a-z-]+ ?){1,3}))")


def _entry_of_the_table_cited(retrieval: Retrieval, knowledge: KnowledgeBase, share: float) -> Entry | None:
    """A question citing a table as where its answer is ("What still holds back all-solid-state designs,
    according to the route comparison?"), best matched by an entry from elsewhere, is answered by that table's
    close runner-up (scoring at least ``share`` of the best): the table is named by what its rows are ("route")
    or by the words of its title. None to keep the best entry."""
    cited = _TABLE_CITED.search(normalise(retrieval.query.text))
    best = retrieval.ranked[0][0]
    if cited is None or _computed(retrieval):
        return None
    named = {stem(w) for w in content_words(cited.group(1) or cited.group(2) or "")}
    if not named:
        # "..., according to your comparison?": whichever table answers best.
        return None if best.table_id is not None else next(
            (e for e in _close_runners_up(retrieval, share) if e.table_id is not None), None)
    tables = [t.id for t in knowledge.tables
              if named <= {stem(w) for w in content_words(normalise(f"{t.row_header} {t.title}"))}]
    if len(tables) != 1 or best.table_id == tables[0]:
        return None
    return next((e for e in _close_runners_up(retrieval, share) if e.table_id == tables[0]), None)


#: A question asking what plays a row's part: "which component acts as the separator?", "what does the
#: separator's job?" (as read: "performs the function of" is read "acts as").
_PLAYS_THE_ROLE = re.compile(r"\b(?:acts? as|acting as|serves? as|plays? the (?:role|part) of|does the (?:job|work) of"
                             r"|do the (?:job|work) of)\b")


def _passage_titled_by_the_row(retrieval: Retrieval, knowledge: KnowledgeBase, share: float,
                               defined_share: float) -> Entry | None:
    """A question naming one table row ("semi-solid, fake or not?") best matched by a passage whose title
    does not name it (about no row, or another: "the electrolyte is the heart ...") is answered by a close
    runner-up passage whose title names that row (scoring at least ``share`` of the best; ``defined_share``
    when the question asks what the row is or what plays its part: "define a semi-solid battery" asks about
    the row, not the definition of the guide's subject its other words match). None to keep the best."""
    best = retrieval.ranked[0][0]
    named = {(m.table_id, m.row_id) for m in retrieval.query.mentions}
    if _computed(retrieval) or len(named) != 1 or best.table_id is not None or named <= knowledge.rows_titled(best):
        return None
    if all(_compared_against(retrieval.query.prepared.split(), m.start) for m in retrieval.query.mentions):
        # "... operate on a different electrochemistry from lithium-ion batteries?": the row is what the subject
        # is set against, not what is asked about.
        return None
    if _DEFINITION_REQUEST.search(retrieval.query.text) or _PLAYS_THE_ROLE.search(retrieval.query.prepared):
        share = min(share, defined_share)
    return next((e for e in _close_runners_up(retrieval, share)
                 if e.table_id is None and named <= knowledge.rows_titled(e)), None)


#: Words a row named right after is set against: "... than lithium-ion", "... vs oxides".
_AGAINST = frozenset({"than", "vs", "versus", "against"})
#: Words that make the next one set a thing against another: "different from", "compared to", "compared with".
_COMPARING_BEFORE = {"from": frozenset({"different", "differ", "differs", "differently"}),
                     "to": frozenset({"compared", "compare", "relative", "similar"}),
                     "with": frozenset({"compared", "compare"})}


def _compared_against(words: list[str], start: int) -> bool:
    """Whether the words from ``start`` are what something is compared against: right after "than" or "vs", or
    at most three words after "from", "to" or "with" that follow a comparing word by at most three words
    ("different electrochemistry from X", "compared to X")."""
    if start > 0 and words[start - 1] in _AGAINST:
        return True
    for at in range(max(0, start - 3), start):
        comparing = _COMPARING_BEFORE.get(words[at], frozenset())
        if comparing.intersection(words[max(0, at - 3):at]):
            return True
    return False


#: A question asking what something is or means: "what is X?", "what's X", "what does X mean?", "what is meant
#: by X?", "define X", "the meaning of X", "X. Meaning what?", "what makes something an X?", "what counts as X?".
_DEFINITION_REQUEST = re.compile(_LEAD_WORDS + r"(?:what(?:'s| is| are)\b(?!.*\b(?:of|in|for|with|about)\b)"
                                 r"|what (?:does|do) .+ mean\b|what is meant by\b|\bdefine\b|\bdefinition of\b"
                                 r"|\bmeaning of\b)|\bmean(?:s|ing) what\b"
                                 # "what makes something a true all-solid-state battery?", "what counts as one?"
                                 r"|\bwhat makes (?:something|anything|it|a cell|a battery)\s+(?:an?|one)\b"
                                 r"|\bwhat (?:counts|qualifies) as\b", re.IGNORECASE)
#: A question asking what something does ("whats a separator do in a battery?"): its role, which a passage says in
#: words; not how well ("what does the sulfide family do well?").
_ROLE_REQUEST = re.compile(_LEAD_WORDS + r"what(?:s|'s| does| do)\s.+\bdo(?:\s+(?:in|inside|within|for)\b[^?]*)?"
                           r"\s*[?.!]*\s*$", re.IGNORECASE)


def _definition_of_the_row(retrieval: Retrieval, knowledge: KnowledgeBase, share: float) -> Entry | None:
    """A question asking what one table row is ("what does all-solid-state mean?"), best matched by that row
    of a comparison table, is answered by a close runner-up passage that says it in words (one naming the row,
    scoring at least ``share`` of the best): a row's cells compare it on a few respects, the passage defines
    it. None to keep the best entry."""
    best = retrieval.ranked[0][0]
    named = {(m.table_id, m.row_id) for m in retrieval.query.mentions}
    # (What a row does is asked of the row as a whole: one of its cells, "in a solid-state cell", says it there.)
    asks_role = best.column_id is None and _ROLE_REQUEST.search(retrieval.query.text) is not None
    if _computed(retrieval) or len(named) != 1 or not (_DEFINITION_REQUEST.search(retrieval.query.text) or asks_role):
        return None
    table_id, row_id = next(iter(named))
    names = [f" {normalise(n)} " for n in knowledge.table(table_id).row(row_id).names]

    def names_the_row(entry: Entry) -> bool:
        return any(n in f" {normalise(entry.title)} {normalise(entry.answer)} " for n in names)

    # (Nor is the definition of the guide's subject in general, a passage that never names the row: "define a true
    # all-solid-state battery" asks what sets that one apart.)
    if (best.table_id != table_id or best.row_id != row_id) and (best.table_id is not None or names_the_row(best)):
        return None
    return next((e for e in _close_runners_up(retrieval, share) if e.table_id is None and names_the_row(e)), None)


#: A question repeats a saying of an entry when it has this many words in a row of the entry's text.
MIN_SAYING_WORDS = 4


def _repeats_a_saying_of(query: Query, entry: Entry, ordinary_zipf: float) -> bool:
    """Whether a question repeats words the entry says, in their order, how it asks aside ("Why do you keep saying
    the interface *basically* is the battery?"): then that entry says why, wherever it stands."""
    # (Any adverb, whether or not the question named its subject: "really", "basically" say how.)
    words = [w for w in normalise(query.text).split() if not is_adverb(w, cutoff=ordinary_zipf)]
    text = f" {normalise(entry.title)} {normalise(entry.answer)} "
    return any(f" {' '.join(words[i:i + MIN_SAYING_WORDS])} " in text
               and set(words[i:i + MIN_SAYING_WORDS]) - STOP_WORDS
               for i in range(len(words) - MIN_SAYING_WORDS + 1))


#: "why" as written in a question ("why's everyone so keen?").
_WHY_WORDS = frozenset({"why", "why's", "whys"})


#: The kind of entry that tells a buyer what to ask a supplier (knowledge/entries/07-buyers.yaml).
_QUESTIONS_FOR_A_SUPPLIER = "checklist"


def _questions_for_asking(retrieval: Retrieval, share: float) -> Entry | None:
    """A question asking what to ask someone ("if a company says its battery is solid-state, what should I ask
    them?") best matched by an entry that gives no questions to ask (the company's words pulled it to the
    passage on companies' branding) is answered by the best entry that does, scoring at least ``share`` of the
    best. None to keep the best entry."""
    best, top = retrieval.ranked[0]
    if _computed(retrieval) or best.kind == _QUESTIONS_FOR_A_SUPPLIER \
            or not any(asks_what_to_ask_someone(q) for q in (retrieval.query.text, retrieval.query.prepared)):
        return None
    return next((e for e, s in retrieval.ranked[1:] if e.kind == _QUESTIONS_FOR_A_SUPPLIER and s >= share * top),
                None)


def _reason_for_why(retrieval: Retrieval, knowledge: KnowledgeBase, share: float,
                    ordinary_zipf: float) -> Entry | None:
    """A why-question ("why are interfaces such a pain?") best matched by an entry not written to answer
    one is answered by a close runner-up that is, scoring at least ``share`` of the best: an FAQ whose own
    question asks why about a word the question asks about besides the guide's subject ("interfaces").
    When the best entry answers a yes/no question and no clause of the question asks one, any runner-up
    that answers none and one of whose own phrasings asks why of such a word answers too: "Why is everyone
    so keen on lithium metal?" asks for the reason (why lithium metal is the prize), not the verdict of "Do
    all solid-state batteries use lithium metal anodes?". None to keep the best entry."""
    best = retrieval.ranked[0][0]
    if _computed(retrieval) or not _WHY_WORDS & set(retrieval.query.prepared.split()) or _asks_why(best) \
            or _repeats_a_saying_of(retrieval.query, best, ordinary_zipf):
        return None
    subject = _guide_words(knowledge)
    asked = {stem(w) for w in retrieval.query.topical} - subject
    # "Why do designers want lithium metal, and does every cell use it?" asks the verdict too: it keeps it.
    verdict_asked = any(asks_yes_or_no(c) for c in clauses(retrieval.query.text))
    if verdict_asked and asks_yes_or_no(best.title):
        return None
    # (The verdict may stand second, after an entry a follow-up may not repeat.)
    over_verdict = any(asks_yes_or_no(e.title) for e, _ in retrieval.ranked[:2]) and not verdict_asked

    def asks_why_of(phrasing: str) -> bool:
        words = normalise(phrasing).split()
        return "why" in words and bool(asked & {stem(w) for w in content_words(" ".join(words))})

    def gives_the_reason(entry: Entry) -> bool:
        if _asks_why(entry):
            return asks_why_of(entry.title)
        return over_verdict and not asks_yes_or_no(entry.title) and any(asks_why_of(q) for q in entry.questions)

    if over_verdict and any(asks_why_of(q) for q in best.questions):
        # "Why must mechanics be studied when a lithium metal anode is used?": the best passage is itself written
        # to say why of what the question names (mechanics), however close the verdict on lithium metal stands.
        return None
    reason = next((e for e in _close_runners_up(retrieval, share) if gives_the_reason(e)), None)
    if reason is not None and not over_verdict and (asked & _words_of(best)) - _words_of(reason):
        # "Why is uneven contact at the interface dangerous?": the best passage is about the unevenness (local
        # inhomogeneity), which an FAQ on why interfaces matter never names; its reason is not this one.
        return None
    return reason


def _reason_not_a_table(retrieval: Retrieval, knowledge: KnowledgeBase, share: float) -> Entry | None:
    """A why-question best matched by a whole table that gives no reasons ("why do semi-solid cells reach
    products sooner?" meets the table of products on a word) asks for a reason the table does not give (no
    column of it says why: "Why researchers like it"): a close runner-up written as text (no table's row or
    cell) answers instead, when it scores at least ``share`` of the best. None to keep the best entry."""
    best = retrieval.ranked[0][0]
    if _computed(retrieval) or best.table_id is None or best.row_id is not None \
            or "why" not in retrieval.query.prepared.split() \
            or any(normalise(c.name).split()[:1] == ["why"] for c in knowledge.table(best.table_id).columns):
        return None
    return next((e for e in _close_runners_up(retrieval, share) if e.table_id is None), None)


def _asks_why(entry: Entry) -> bool:
    """Whether an entry is written as the answer to a why-question (an FAQ asking one)."""
    return entry.kind == "faq" and normalise(entry.title).split()[:1] == ["why"]


def _is_verdict(entry: Entry) -> bool:
    """Whether an entry is written as the answer to a yes/no question (an FAQ asking one)."""
    return entry.kind == "faq" and asks_yes_or_no(entry.title)


#: A passage quoted in a question (at least this many words between quotation marks; fewer are scare
#: quotes around a term, "a 'solid-state' cell") that a close passage's title or text contains word for
#: word names that passage.
MIN_QUOTED_WORDS = 3
#: Words between double or typographic quotation marks, or between single quotes that are not
#: apostrophes ("don't", "the cells' layers").
_QUOTED = re.compile(r"[\"“”]([^\"“”]+)[\"“”]|(?<![A-Za-z])[‘']([^‘’']+)[’'](?![A-Za-z])")


def _quoted_entry(retrieval: Retrieval, share: float) -> Entry | None:
    """A question quoting the guide ("What is a better question than 'Is it solid-state?'") asks about
    the passage that says those words: a close runner-up whose title or text contains the quotation,
    word for word, answers instead of a best entry that does not. None to keep the best entry."""
    best = retrieval.ranked[0][0]
    if _computed(retrieval) or not _quotes(retrieval) or _says_a_quote(retrieval, best):
        return None
    # (A quoted title names a table row, which row scoring has picked already: passages only.)
    return next((e for e in _close_runners_up(retrieval, share) if e.table_id is None and _says_a_quote(retrieval, e)),
                None)


def _quotes(retrieval: Retrieval) -> list[str]:
    """The phrases of at least ``MIN_QUOTED_WORDS`` words the question quotes, normalised and padded with spaces."""
    return [f" {normalise(q)} " for q in (a or b for a, b in _QUOTED.findall(retrieval.query.text))
            if len(q.split()) >= MIN_QUOTED_WORDS]


def _says_a_quote(retrieval: Retrieval, entry: Entry) -> bool:
    """Whether ``entry``'s title or text says, word for word, a phrase the question quotes."""
    text = f" {normalise(entry.title)} {normalise(entry.answer)} "
    return not _computed(retrieval) and any(q in text for q in _quotes(retrieval))


def _passage_titled_by_the_question(retrieval: Retrieval, knowledge: KnowledgeBase, share: float) -> Entry | None:
    """A whole table that won on a word of its row header ("what jobs does the solid electrolyte have?"
    meets the layers table's "Layer or job") is not what a question about one subject asks for when a close
    passage is titled with more of the question's words ("The three jobs of a solid electrolyte"): that
    passage answers. None to keep the best entry."""
    best = retrieval.ranked[0][0]
    if best.table_id is None or best.row_id is not None or _computed(retrieval) or retrieval.query.mentions:
        # (A question naming a table row was weighed by row scoring, which passages compete in already.)
        return None
    asked = {stem(w) for w in retrieval.query.topical}

    def named(title: str) -> int:
        return len(asked & {stem(w) for w in content_words(normalise(title))})

    table = named(knowledge.table(best.table_id).title)
    close = [e for e in _close_runners_up(retrieval, share) if e.table_id is None]
    # The passage whose title names most of the question (the better-scored of equals).
    titled = max(close, key=lambda e: named(e.title), default=None)
    return titled if titled is not None and named(titled.title) > table else None


def _with_count(body: str, question: str, limit: int) -> str:
    """A list answered to a request for the whole list says how many items it has ("5 items in all."),
    when every item is shown; a table says so already."""
    if not _LIST_REQUEST.search(question.strip()) or "\n|" in body:
        return body
    items = len(_ITEM.findall(body))
    counted = f"{body}\n\n*{items} items in all.*"
    return counted if items >= 2 and len(counted) <= limit else body


#: A capitalised word at least this common in English is a common noun, not a name ("Sulfides"
#: 2.1 vs "Janek" 1.9).
COMMON_WORD_ZIPF = 2.0
#: Replies to small talk that is not a greeting; language, the same for every guide.
THANKS_REPLY = "You're welcome! Ask another question whenever you like."
GOODBYE_REPLY = "Goodbye, and thanks for asking. Come back any time."
_THANKS = frozenset({"thanks", "thank", "thx", "ty", "cheers", "appreciated"})
_GOODBYE = frozenset({"bye", "goodbye", "later", "cya", "farewell"})


def _small_talk_reply(question: str, greeting: str) -> str:
    words = set(normalise(question).split())
    if words & _GOODBYE:
        return GOODBYE_REPLY
    if words & _THANKS:
        return THANKS_REPLY
    return greeting


def _not_found(retrieval: Retrieval, knowledge: KnowledgeBase, question: str) -> Answer:
    guide = knowledge.guide
    if retrieval.gap is not None:
        support = retrieval.gap.support
        # The support is what the guide says instead of what was asked: an FAQ's "No." answers its own question,
        # not this one ("the melting point of lithium metal" quoted beside "Do all ... use lithium metal? No.").
        said = _without_verdict(entry_text(support, knowledge))
        text = f"{retrieval.gap.message}\n\n{said}\n\n*Source: {support.source.citation()}*"
        return Answer(question=question, text=fit(text), found=False, confidence=retrieval.confidence,
                      sources=(support.source,), suggestions=_suggestions(support, None, knowledge),
                      corrected_query=retrieval.query.corrected_text, notice=retrieval.query.notice,
                      entry_ids=(support.id,), kind=AnswerKind.NOT_COVERED)
    kind = AnswerKind.NOT_COVERED
    if retrieval.reason == "empty":
        text, kind = "Please type a question.", AnswerKind.EMPTY
    elif retrieval.reason == "small-talk":
        text = _small_talk_reply(retrieval.query.text, guide.greeting)
        if text != guide.greeting:  # thanks and goodbyes get a short reply, not the list of topics
            return Answer(question=question, text=text, found=False, confidence=0.0, kind=AnswerKind.SMALL_TALK)
        kind = AnswerKind.SMALL_TALK
    elif retrieval.not_covered is not None:
        text = f"The guide does not cover that. {retrieval.not_covered.message}"
    else:
        text = "The guide does not cover that, so I have no answer I can stand behind."
    text += "\n\nI can help with:\n" + "\n".join(f"- {t}" for t in guide.covered_topics)
    return Answer(question=question, text=fit(text), found=False, confidence=retrieval.confidence,
                  suggestions=guide.starter_questions[:3], corrected_query=retrieval.query.corrected_text,
                  notice=retrieval.query.notice, kind=kind)


def entry_text(entry: Entry, knowledge: KnowledgeBase) -> str:
    """The body of an answer from one entry: its text, or its table, row or cell rendered as Markdown."""
    if entry.table_id is None:
        return entry.answer.strip()
    table = knowledge.table(entry.table_id)
    intro = f"\n\n{table.intro}" if table.intro else ""
    if entry.row_id is None:
        return f"**{table.title}**\n\n{render_table(table, table.rows)}{intro}"
    row = table.row(entry.row_id)
    if entry.column_id is None:
        return f"**{row.name}** ({table.title.lower()}):\n\n{render_row(table, row)}{intro}"
    column = table.column(entry.column_id)
    others = [c for c in table.columns if c.id != column.id]
    rest = "\n".join(f"- **{c.name}:** {row.cells[c.id]}" for c in others)
    return f"**{row.name} — {column.name}:** {_sentence(row.cells[column.id])}\n\nThe rest of the guide's row on " \
           f"{row.name}:\n{rest}{intro}"


def _whole_table_text(table: Table, limit: int) -> str | None:
    """A whole table that does not fit, shown with every row: its widest columns (long prose, such
    as what each source is used for) are left out, and named, until the rows fit in ``limit``
    characters. None when even one column leaves too little room for every row."""
    head = f"**{table.title}**\n\n"
    columns = list(table.columns)
    dropped: list[Column] = []
    while len(columns) > 1:
        widest = max(columns, key=lambda c: sum(len(r.cells[c.id]) for r in table.rows))
        columns.remove(widest)
        dropped.append(widest)
        note = (f"\n\n*All {len(table.rows)} shown; left out to fit: "
                f"{', '.join(c.name for c in dropped)}. Ask about any one by name for its full row.*")
        text = head + render_table(table, table.rows, tuple(columns)) + note
        if len(text) <= limit:
            return text
    return None


#: A yes/no verdict opening an answer: "No.", "Yes -", and hedged ones ending their sentence ("Usually yes,
#: at least functionally.").
_VERDICT = re.compile(r"^(?:Yes|No)(?:[.,!]|\s+-|\s+—)\s*"
                      r"|^(?:Usually|Mostly|Often|Generally|Largely|Partly)\s+(?:yes|no)\b[^.!?]{0,40}[.!]\s+")


def _without_verdict(text: str) -> str:
    """An FAQ answer that opens with "No." answers a yes/no question; reused for an open
    question ("what about lithium metal?") the verdict would answer nothing asked."""
    match = _VERDICT.match(text)
    if match is None:
        return text
    rest = text[match.end():]
    return rest[:1].upper() + rest[1:]


def _superlative_text(found: Superlative) -> str:
    """The computed answer first ("**AB-50AH** has the highest energy density ...: 320 Wh/kg"),
    then the whole table in that order, so every row can be checked."""
    table = found.table
    rows = [table.row(r) for r in found.order]
    column = table.column(found.column_id)
    first = rows[0]
    if found.numeric:
        # "Which one beats the others / beats it?" over numbers asks for the highest value.
        word = "highest" if found.word in BEAT_WORDS else found.word
        # Rows with the same value share the place: "A and B have the newest year ...: 2023".
        tied = [r for r in rows if r.cells[column.id] == first.cells[column.id]]
        rest = "; ".join(f"{r.name}: {r.cells[column.id]}" for r in rows[len(tied):])
        names = _join_names([f"**{r.name}**" for r in tied])
        verb = "has" if len(tied) == 1 else "have"
        then = f" (then {rest})" if rest else ""
        lead = (f"{names} {verb} the {word} {column.name.lower()} of the {len(rows)} in "
                f"“{table.title}”: {first.cells[column.id]}{then}.")
    else:
        lead = f"**{first.name}**, by the guide's “{table.title}” ({column.name}): {_sentence(first.cells[column.id])}"
    intro = f"\n\n{table.intro}" if table.intro else ""
    return f"{lead}\n\n{render_table(table, rows)}{intro}"


def _selection_text(selection: Selection) -> str:
    table = selection.table
    rows = [table.row(r) for r in selection.row_ids]
    column = next(c for c in table.columns if c.id == selection.column_id)
    names = _join_names([r.name for r in rows])
    return (f"{column.name} {selection.value}: {len(rows)} of the {len(table.rows)} in "
            f"“{table.title}” — {names}.\n\n{render_table(table, rows)}")


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _comparison_text(table: Table, row_ids: tuple[str, ...]) -> str:
    rows = [table.row(r) for r in row_ids]
    names = " vs ".join(r.name for r in rows)
    intro = f"\n\n{table.intro}" if table.intro else ""
    return f"**{names}** ({table.title.lower()}):\n\n{render_table(table, rows)}{intro}"


def _close_second(retrieval: Retrieval, main: Entry, best_score: float, ratio: float) -> Entry | None:
    for entry, score in retrieval.ranked[1:3]:
        if entry.id == main.id or (entry.table_id is not None and entry.table_id == main.table_id
                                   and entry.row_id == main.row_id):
            continue
        if score >= best_score * ratio:
            return entry
        break
    return None


def suggestion_for(entry: Entry, knowledge: KnowledgeBase | None = None) -> str:
    """A question that asks for ``entry``, written as a person would: capitalised, with a table
    row's name in natural case ("What goes wrong with sulfides?", but "AB-50AH" as it is)."""
    if entry.kind == "faq":
        return entry.title
    row_name = None
    if knowledge is not None and entry.table_id is not None and entry.row_id is not None:
        row_name = knowledge.table(entry.table_id).row(entry.row_id).name
    if entry.row_id is not None and entry.column_id is None:
        name = entry.questions[0]  # a whole table row: its first phrasing is its name
        return f"Tell me about {natural_case(name) if name == row_name or row_name is None else name}"
    # The first phrasing that reads as a question; terse keyword phrasings make poor chips.
    first = next((q for q in entry.questions if len(q.split()) >= 4), entry.title)
    if row_name is not None:
        first = first.replace(row_name, natural_case(row_name))
    first = first[0].upper() + first[1:]
    return first if first.endswith("?") else first + "?"


def natural_case(name: str) -> str:
    """A name as it reads inside a sentence: common words lower-cased ("Failure mode" -> "failure
    mode"), names and codes kept ("Janek and Zeier", "AB-50AH")."""
    words = name.split()
    if all(w.isalpha() and w[1:].islower() and zipf(w.lower()) >= COMMON_WORD_ZIPF for w in words):
        return name.lower()
    return name


def _passages_going_on(main: Entry, retrieval: Retrieval, knowledge: KnowledgeBase, tuning: Tuning) -> list[Entry]:
    """The passages an answer from ``main`` may go on with, in order of preference: the passages ``main`` lists as
    related; for a table row or cell, the passage about that row alone; then the runners-up among the best entries
    scoring at least ``tuning.runner_up_passage_share`` of the best. Only passages of the guide's text (no FAQ,
    checklist question or table, which answer questions of their own), and none about a row of a table the answer
    or the question is about other than its own rows ("Polymer solid electrolytes" lists the oxide passage as
    related, but a question about polymers is not about oxides).

    Why: an FAQ answer, a passage or a table cell states the point; the guide's passage beside it says what the
    point rests on ("every active layer touches another solid layer" -> the solid-solid contact itself), and
    questions asked in everyday words are as often after the one as the other."""
    asked_rows = {(m.table_id, m.row_id) for m in retrieval.query.mentions} | knowledge.rows_titled(main)
    own_row = {(main.table_id, main.row_id)} if main.table_id is not None and main.row_id is not None else set()
    asked_rows |= own_row
    asked_tables = {table for table, _ in asked_rows}

    def may_follow(entry: Entry) -> bool:
        return entry.id != main.id and entry.table_id is None and entry.kind not in ("faq", "checklist") \
            and not any(table in asked_tables and (table, row) not in asked_rows
                        for table, row in knowledge.rows_titled(entry))

    related = [knowledge.entry(ref) for ref in main.related] if main.table_id is None else []
    about_the_row = [e for e in knowledge.entries if own_row and e.table_id is None and e.kind == "section"
                     and knowledge.rows_titled(e) == own_row]
    best_score = retrieval.ranked[0][1]
    runners_up = [e for e, score in retrieval.ranked[1:3] if score >= tuning.runner_up_passage_share * best_score]
    return [e for e in (*related, *about_the_row, *runners_up) if e is not None and may_follow(e)]


def _says_again(passage: str, body: str, share: float) -> bool:
    """Whether at least ``share`` of a passage's words (as stems) are already in ``body``: the same point again."""
    own = {stem(w) for w in content_words(normalise(passage))}
    said = {stem(w) for w in content_words(normalise(body))}
    return not own or len(own & said) >= share * len(own)


def _suggestions(main: Entry, see_also: Entry | None, knowledge: KnowledgeBase,
                 given: Entry | None = None) -> tuple[str, ...]:
    """Up to three questions to ask next: the "see also" entry's, then those of the entries ``main`` lists as
    related and of the other rows' cells in its column; none for ``given``, an entry the answer already gives."""
    picks: list[Entry] = []
    if see_also is not None:
        picks.append(see_also)
    for ref in main.related:
        entry = knowledge.entry(ref)
        if entry is not None and (given is None or entry.id != given.id):
            picks.append(entry)
    if main.table_id is not None and main.row_id is not None and main.column_id is not None:
        table = knowledge.table(main.table_id)
        for row in table.rows:
            if row.id != main.row_id:
                sibling = knowledge.entry(f"{table.id}/{row.id}/{main.column_id}")
                if sibling is not None:
                    picks.append(sibling)
    out: list[str] = []
    for entry in picks:
        text = suggestion_for(entry, knowledge)
        if text not in out:
            out.append(text)
    return tuple(out[:3])


def fit(text: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """Cut Markdown to ``limit`` characters, marking the cut. A list or table loses whole items
    from its end and says how many of how many are shown; prose is cut at a paragraph, line
    or sentence boundary."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    items = _item_lines(lines)
    if len(items) >= 3:
        for kept in range(len(items) - 1, 0, -1):
            note = f"\n\n*{kept} of {len(items)} shown; ask about any one by name.*"
            shown = "\n".join(lines[: items[kept]]).rstrip()
            if len(shown) + len(note) <= limit:
                return shown + note
    cut = text[: limit - 2]
    for sep in ("\n\n", "\n", ". ", " "):
        pos = cut.rfind(sep)
        if pos > limit // 2:
            cut = cut[:pos]
            break
    return cut.rstrip() + " …"


def _item_lines(lines: list[str]) -> list[int]:
    """Positions of the lines that are items: bullets, and the body rows of a pipe table."""
    items: list[int] = []
    in_table_body = False
    for i, line in enumerate(lines):
        if line.startswith("|---"):
            in_table_body = True
        elif line.startswith("|"):
            if in_table_body:
                items.append(i)
        else:
            in_table_body = False
            if line.startswith("- "):
                items.append(i)
    return items


def _sentence(cell: str) -> str:
    """A table cell closed as a sentence: a full stop added, unless the cell ends its own ("... optimization.")."""
    return cell if cell.rstrip().endswith((".", "!", "?")) else f"{cell}."
