"""Explicit refusals in a supplier's text ("confidential", "under NDA", "we cannot disclose") and what each covers.

A step is read as "not disclosed" only where the text declines to state it; :func:`step_topics` and
:func:`names_topic` tell which step a refusal's words are about. :mod:`.match` decides what that does to a step.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from advisor.checklist.spec import Step
from advisor.checklist.tokens import SENTENCE_BREAK, SPACED_DASH, Token
from advisor.text import fold_words

__all__ = ["Refusal", "find_refusals", "names_topic", "step_topics"]


@dataclass(frozen=True)
class Refusal:
    """Words that decline to state something ("we are not able to disclose", "Confidential", "can't comment")."""

    #: Token indexes of the refusal's words, of what it covers (its datasheet row, else its clause), and of
    #: the words it declines to state (after it: "would not say whether X or Y" states neither X nor Y).
    cue: tuple[int, int]
    scope: frozenset[int]
    declined: frozenset[int]


#: Words that decline by themselves, and the negations and verbs that decline together ("cannot disclose").
_REFUSAL_WORDS = frozenset({"confidential", "undisclosed", "nda"})
#: Words that decline only as a row's or an answer's whole value, or said of a thing by a copula ("the recipe is
#: secret").
_REFUSAL_WHOLE_VALUES = frozenset({"proprietary", "secret", "withheld"})
_REFUSING = frozenset({"not", "cannot", "unable", "decline", "declined", "declines", "refuse", "refused", "refuses",
                       "never"})
#: (Not knowing is not disclosing either: "Honestly, I don't know", the checklist's "Not disclosed / don't know".)
_DISCLOSING = ("disclos", "comment", "share", "shared", "sharing", "say", "said", "reveal", "name", "discuss", "tell",
               "told", "know", "talk", "answer")
_REFUSAL_REACH = 3
#: Verbs of giving that decline after a negation ("cannot give", "unable to provide"), as whole words ("not given"
#: and "not provided" are a datasheet's placeholders).
_GIVING = frozenset({"give", "giving", "provide", "providing", "release", "released", "publish", "communicate",
                     "reproduce", "reproduced"})
#: What a refusal gives none of ("no information", "no comment").
#: (Words are read singular: "details" is read "detail".)
_WITHHELD = frozenset({"information", "info", "details", "detail", "comment", "comments", "statement"})


def find_refusals(text: str, tokens: Sequence[Token], topics: Collection[str] = ()) -> list[Refusal]:
    """Where ``text`` explicitly declines to state something, and what each refusal covers. ``topics`` are the words
    naming the steps' subjects (:func:`step_topics`): a label before a refusal names one of them."""
    found: list[Refusal] = []
    for i, t in enumerate(tokens):
        if t.read:
            continue
        end = -1
        if t.word in _REFUSAL_WORDS and _classifies_document(tokens, i):
            continue  # "Confidential investor presentation": the document's marking, declining nothing in it
        if t.word in _REFUSAL_WORDS or _commercially_sensitive(tokens, i):
            end = i
        elif t.word in _REFUSAL_WHOLE_VALUES and t.value_of >= 0 and _whole_value(tokens, i):
            end = i  # "Electrolyte: Proprietary.", "A: Proprietary." (not "a proprietary sulfide electrolyte")
        elif t.word in _REFUSAL_WHOLE_VALUES and _copula_before(tokens, i) >= 0:
            end = i  # said of what it withholds: "the electrolyte family is proprietary", "details remain secret"
        elif t.word in _REFUSAL_WHOLE_VALUES and i + 1 < len(tokens) and tokens[i + 1].clause == t.clause and (
                tokens[i + 1].word in _WITHHELD):
            # "Anode material: proprietary information, available to auditors only": information called proprietary
            # is withheld wherever it stands (not "a proprietary interlayer", a thing named).
            end = i + 1
        elif t.word in _REFUSING or t.word.endswith("n't"):
            end = _disclosing_after(tokens, i)
            if end >= 0 and _instructs(tokens, i, end):
                end = -1  # "Please do not release the bolts outside a dry room": an instruction to the reader
            if end >= 0 and _too_late(tokens, end):
                end = -1  # "did not answer our questions on volume in time for this edition": no answer yet
            if end < 0 and _declines_question_put(tokens, i):
                end = i
        elif t.word == "no" and i + 1 < len(tokens) and tokens[i + 1].clause == t.clause and (
                tokens[i + 1].word in _WITHHELD):
            # "we can give no information at present", "no comment": what is given is nothing.
            end = i + 1
        elif t.word in _KEEPING:
            end = _kept_to_oneself(tokens, i)
        if end < 0:
            continue
        row = t.label_of if t.label_of >= 0 else t.value_of
        label: set[int] = set()
        fronted: set[int] = set()
        if row >= 0:
            scope = {k for k, u in enumerate(tokens) if row in (u.label_of, u.value_of)}
            # (With the words read from a phrase in its value: "Service: we decline to state how many were sold"
            # declines the production those words count.)
            first, last = min(tokens[k].start for k in scope), max(tokens[k].end for k in scope)
            scope |= {k for k, u in enumerate(tokens) if u.read and first <= u.start and u.end <= last}
            # A label that is a question put ("At what temperatures do you test?") is answered for what it asks for.
            scope -= _taken_for_granted(text, tokens, [k for k in sorted(scope) if tokens[k].label_of == row])
            if t.value_of == row and _later_sentence(text, tokens, i):
                # A refusal in a later sentence of a long value (a line of prose a colon made a row: "Our cell uses an
                # anode-free design: ... Packs may not be able to provide ...") covers its own sentence, not the label.
                scope = {k for k in scope if tokens[k].sentence == t.sentence}
            elif t.value_of == row:
                # A row whose value declines ("Stack pressure: confidential") declines what its label names.
                label = {k for k in scope if tokens[k].label_of == row}
        else:
            scope = {i}
            for step in (-1, 1):
                k = i
                while 0 <= k + step < len(tokens) and tokens[k + step].clause == t.clause:
                    a, b = (tokens[k + step], tokens[k]) if step < 0 else (tokens[k], tokens[k + step])
                    if SPACED_DASH.search(text[a.end:b.start]):
                        break
                    k += step
                    scope.add(k)
            fronted = _fronted_question(tokens, min(scope))
            scope |= fronted
            if end > i:
                scope |= _questions_joined_after(tokens, max(scope))
        if not fronted:
            # (In prose or in a line a colon made a row: "We can't reveal that yet: the design stays confidential")
            # (Whom it is kept from is no part of what the clause names: "They are not disclosed to customers" still
            # names nothing and points back.)
            among = _kept_among(tokens, end)
            fronted = _question_pointed_back(text, tokens, [k for k in scope if tokens[k].clause == t.clause
                                                            and k not in among], topics,
                                             replying=_under_reply_mark(tokens, t),
                                             elliptical=_ends_clause(tokens, end))
            scope |= fronted
        if not fronted and row < 0:
            # "Cycle test conditions follow an internal procedure; we do not reproduce them here": a refusal naming
            # nothing itself whose object is a pronoun declines what the statement before it is about, its subject.
            fronted = _subject_pointed_back(text, tokens, [k for k in scope if tokens[k].clause == t.clause], topics)
            scope |= fronted
        title = _title_above(text, tokens, min(scope))
        scope |= title
        # (A label's colon may come before the refusal's clause rather than its word: "Test conditions: available
        # under NDA.")
        opening = i
        while opening > 0 and tokens[opening - 1].clause == t.clause and not tokens[opening - 1].read:
            opening -= 1
        labelled = _labelled(text, tokens, opening, topics) if row < 0 or t.value_of == row else set()
        if labelled:
            # A label of its own inside a row's value covers its sentence, not the row's other sentences, and it is
            # what is declined, not the row's label ("Test summary: 500 cycles. Pressure: confidential.").
            scope = {k for k in scope if tokens[k].sentence == t.sentence} | labelled
            label = set()
        subject: set[int] = set()
        refusing_word = (t.word in _REFUSAL_WORDS or t.word in _REFUSAL_WHOLE_VALUES
                         or _commercially_sensitive(tokens, i))
        copula = _copula_before(tokens, i) if refusing_word else _copula_negated(tokens, i) if end > i else -1
        if copula >= 0:
            # "Stack pressure spec is confidential", "End-of-life data are only released under NDA", "Stack pressure
            # is not something we share": what is said to be confidential, or not to be shared, is declined too.
            subject = {k for k in scope if k < copula and tokens[k].clause == t.clause}
            if (not subject or _goes_on(tokens, min(subject))) and row < 0:
                # A subject parted from its verb by an aside ("The architecture, including any liquid content, is
                # confidential"), or whose last words an aside parted from its head ("The test conditions
                # (temperature, rates) of the results are confidential"), runs back to its sentence's start.
                subject = {k for k in range(copula) if tokens[k].sentence == t.sentence}
                scope |= subject
        if row < 0 and subject:
            # Results said to be confidential, naming nothing else ("Numerical results are confidential"), are the
            # results the sentence before reports taken after a count of cycles ("Cycle-test report on 3 cells after
            # 500 cycles."): what was measured then is withheld.
            dated = _dated_after_count(text, tokens, subject)
            scope |= dated
            subject |= dated
        pointed_back = bool(fronted) and tokens[min(fronted)].sentence < t.sentence
        # What follows a refusal in a row's answer is declined up to the sentence's end: "Sorry, the test cell details
        # are confidential. What I can tell you: 25 °C, 1C ..." gives what it goes on to say.
        declined = frozenset(k for k in scope if k > end and (
            t.value_of < 0 or tokens[k].value_of != t.value_of or tokens[k].sentence == t.sentence)) | (
            label | subject | title | labelled | (fronted if pointed_back or _fronts_topic(tokens, sorted(fronted))
                                                  or _poses_alternatives(tokens, fronted) else set()))
        aside = _aside(text, tokens, i)
        if aside is not None:
            # A refusal in a bracketed aside withholds what the aside is said of, the word right before it, not the rest
            # of its row or sentence: "gel electrolyte (the formulation is proprietary), graphite anode, prismatic
            # cells" withholds the electrolyte, and states the anode and the format.
            # A refusal word ending the aside declines the aside's words before it where they name what a step asks
            # about, as a row's value declines its label: "cycled at 25 °C (stack pressure confidential) in 10-layer
            # pouches" withholds the pressure (not "lithium metal (coating details confidential)", a coating named).
            inside, head = aside
            scope = set(inside) | {head}
            before = frozenset(k for k in inside if k < i)
            ending = refusing_word and not any(k > end and not tokens[k].read for k in inside) and any(
                names_topic(tokens[k].word, frozenset(topics)) for k in before)
            declined = (declined & inside) | (before if ending else frozenset())
        found.append(Refusal((i, end), frozenset(scope), declined))
    found += _carried_over(tokens, found)
    # Whom a refusal keeps something among is no part of what any refusal of its clause withholds: "confidential to the
    # customer programme and cannot be shared" withholds nothing about customers.
    parties = frozenset(k for r in found for k in _kept_among(tokens, r.cue[1]))
    # Nor is whose the withheld thing is: "the manufacturer's confidential information" withholds nothing about
    # manufacturing.
    parties |= frozenset(k for r in found for k in r.scope if _owner_of_withheld(tokens, k))
    # Nor is whose agreement it is kept under: "withheld (client NDA)" withholds nothing about clients.
    parties |= frozenset(k for r in found for k in r.scope if _party_to_agreement(text, tokens, k))
    return [Refusal(r.cue, r.scope - parties, r.declined - parties) for r in found]


#: Words that carry what the sentence before says over to what follows them ("The same applies to ...", "The same
#: goes for ...").
_SAME = "same"
#: (Spelt as the tokens read them, singular: "goes" is read "goe".)
_CARRYING = frozenset({"applies", "apply", "goes", "goe", "holds", "hold"})
_CARRIED_TO = frozenset({"to", "for"})


def _carried_over(tokens: Sequence[Token], found: Sequence[Refusal]) -> list[Refusal]:
    """Refusals carried by reference to the next sentence: "X is not shared before the NDA. The same applies to Y"
    declines Y too. Each opens at "same", declining the words after its "to" or "for" in that sentence."""
    carried: list[Refusal] = []
    for k in range(len(tokens) - 2):
        same, verb, prep = tokens[k], tokens[k + 1], tokens[k + 2]
        # (The refusal before it may share its sentence where a row's answer wraps onto the next line.)
        if same.word != _SAME or verb.word not in _CARRYING or prep.word not in _CARRIED_TO or same.read:
            continue
        before = next((t.sentence for t in reversed(tokens[:k]) if t.sentence != same.sentence and not t.read), -1)
        if not any(r.cue[1] < k and tokens[r.cue[0]].sentence >= before for r in found):
            continue
        sentence = frozenset(j for j, t in enumerate(tokens) if t.sentence == same.sentence)
        carried.append(Refusal((k, k + 2), sentence, frozenset(j for j in sentence if j > k + 2)))
    return carried


#: Nouns of findings, and the words that may qualify them, that name nothing but "the results".
_FINDINGS = frozenset(fold_words("results result data figures figure values value numbers"))
_FINDINGS_QUALIFIERS = frozenset(fold_words("the all these those its their numerical detailed actual measured raw "
                                            "full test"))
#: The preposition that dates what follows it after a count ("after 500 cycles").
_AFTER = "after"


def _dated_after_count(text: str, tokens: Sequence[Token], subject: Collection[int]) -> set[int]:
    """Where the ``subject`` a refusal declines is only findings ("Numerical results are confidential") and the sentence
    before it, in the same paragraph, dates something after a count ("... after 500 cycles"): the words from that
    "after" to the sentence's end, what the withheld results were taken after. Else empty."""
    words = [k for k in subject if not tokens[k].read]
    if not words or not any(tokens[k].word in _FINDINGS for k in words) or not all(
            tokens[k].word in _FINDINGS | _FINDINGS_QUALIFIERS for k in words):
        return set()
    first = min(words)
    before = [k for k in range(first) if tokens[k].sentence == tokens[first].sentence - 1 and not tokens[k].read]
    if not before or "\n\n" in text[tokens[before[-1]].end:tokens[first].start]:
        return set()
    for n, k in enumerate(before[:-1]):
        if tokens[k].word == _AFTER and tokens[before[n + 1]].word[:1].isdigit():
            return set(before[n:])
    return set()


#: Brackets that open and close an aside.
_OPENING_BRACKETS = "(["
_CLOSING_BRACKETS = ")]"


def _aside(text: str, tokens: Sequence[Token], i: int) -> tuple[frozenset[int], int] | None:
    """The words of the bracketed aside token ``i`` is in, and the word right before its bracket that the aside is said
    of, in the same sentence and the same part of a row (a label's value, not its label: "Stack pressure:
    (confidential)" is the row's whole value), where the sentence goes on after the aside; ``None`` where ``i`` is in
    no such aside."""
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    line_end = text.find("\n", tokens[i].end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(b, line_start, tokens[i].start) for b in _OPENING_BRACKETS)
    if opening < 0 or any(c in _CLOSING_BRACKETS for c in text[opening:tokens[i].start]):
        return None
    closes = [c for c in (text.find(b, tokens[i].end, line_end) for b in _CLOSING_BRACKETS) if c >= 0]
    if not closes or any(c in _OPENING_BRACKETS for c in text[tokens[i].end:min(closes)]):
        return None
    closing = min(closes)
    before = [k for k in range(i) if tokens[k].end <= opening and not tokens[k].read]
    if not before:
        return None
    head, t = before[-1], tokens[i]
    if (tokens[head].sentence != t.sentence or tokens[head].label_of != t.label_of
            or tokens[head].value_of != t.value_of or text[tokens[head].end:opening].strip()):
        return None
    # (An aside that ends its sentence or its cell goes on to nothing its refusal could reach past: "Proprietary (not
    # disclosed by maker)" is the cell's whole value, its label what is declined.)
    if not any(u.start > closing and u.sentence == t.sentence and (u.label_of, u.value_of) == (t.label_of, t.value_of)
               and not u.read for u in tokens[i + 1:]):
        return None
    inside = frozenset(k for k, u in enumerate(tokens) if opening < u.start and u.end <= closing)
    return inside, head


#: What a thing is called when its owner's business keeps it back ("Production volumes: commercially sensitive", "that
#: figure is commercially sensitive"): the adjective, and the adverbs that make it a refusal (not "moisture-sensitive").
_SENSITIVE = "sensitive"
_SENSITIVE_FOR = frozenset({"commercially", "competitively", "business"})


def _commercially_sensitive(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is the "sensitive" of "commercially sensitive", in its clause."""
    return (tokens[i].word == _SENSITIVE and i > 0 and tokens[i - 1].word in _SENSITIVE_FOR
            and tokens[i - 1].clause == tokens[i].clause)


#: Kinds of document a confidentiality marking classifies ("Confidential investor presentation", "confidential
#: draft"), and how many words may stand between ("confidential board memo").
_DOCUMENTS = frozenset(fold_words("presentation presentations deck document documents draft memo memorandum report "
                                  "briefing slides minutes"))
_DOCUMENT_REACH = 2


def _classifies_document(tokens: Sequence[Token], i: int) -> bool:
    """Whether the refusal word at ``i`` marks a kind of document named right after it in its clause ("Confidential
    investor presentation"): a marking of the whole document, not a refusal of anything it states."""
    after = [u for u in tokens[i + 1:i + 2 + _DOCUMENT_REACH] if u.clause == tokens[i].clause and not u.read]
    return any(u.word in _DOCUMENTS for u in after)


#: The full stops that end a sentence of prose (not a semicolon, which goes on about the same thing in a datasheet's
#: value: "Anode: see annex; confidential.").
_FULL_STOPS = frozenset(".!?")


def _later_sentence(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is in a later sentence of its row's value than the first, in prose (not another cell)."""
    # (An answer's mark opens no sentence of it: "A8. Confidential at this stage".)
    opening = next((u for u in tokens if u.value_of == tokens[i].value_of and not _ANSWER_MARK.fullmatch(u.word)),
                   tokens[i])
    breaks = [m.group(0) for m in SENTENCE_BREAK.finditer(text, opening.start, tokens[i].start)]
    return "|" not in breaks and any(b in _FULL_STOPS for b in breaks)


#: Prepositions that name, after a refusal, whom what is withheld is kept among ("confidential to the customer
#: programme", "under NDA with our customers", "confidential between the partners").
_AMONG = frozenset({"to", "with", "between", "among", "amongst"})
#: Words that end such a phrase and go on to something else ("... to the customer programme and cannot be shared").
_PHRASE_ENDS = frozenset({"and", "or", "but", "so"})
_BETWEEN = "between"


def _kept_among(tokens: Sequence[Token], end: int) -> set[int]:
    """The words of a phrase right after the refusal ending at token ``end`` that names whom the withheld thing is
    kept among ("confidential to the customer programme"): a party, not what is withheld ("customer" names no
    shipping to customers). Empty where there is none."""
    if end + 1 >= len(tokens) or tokens[end + 1].word not in _AMONG or tokens[end + 1].clause != tokens[end].clause:
        return set()
    party: set[int] = set()
    # ("between" takes two parties, the "and" joining them with it: "between us and the customer")
    joined = 1 if tokens[end + 1].word == _BETWEEN else 0
    for k in range(end + 1, len(tokens)):
        if tokens[k].clause != tokens[end].clause:
            break
        if tokens[k].word in _PHRASE_ENDS:
            if not joined:
                break
            joined -= 1
        party.add(k)
    return party


#: The endings that make a word name whose a thing is ("the manufacturer's", "the makers'").
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
#: Words that may stand between an owner and what it withholds ("the supplier's own confidential data").
_OWNING = frozenset({"own"})


def _owner_of_withheld(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` names whose the withheld thing is: a possessive right before a refusal's word or a word for
    what is withheld ("the manufacturer's confidential information", "the supplier's proprietary data"), not one
    before the thing withheld ("the cell's stack pressure is confidential": no step's word anyway)."""
    if not tokens[k].word.endswith(_POSSESSIVE_ENDINGS):
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].clause == tokens[k].clause and tokens[j].word in _OWNING:
        j += 1
    return j < len(tokens) and tokens[j].clause == tokens[k].clause and (
        tokens[j].word in _REFUSAL_WORDS or tokens[j].word in _REFUSAL_WHOLE_VALUES or tokens[j].word in _WITHHELD)


#: The agreement a thing is kept under, and how many words before it may name its party ("customer NDA", "OEM
#: partner NDA"); words that open the phrase rather than name a party ("under an NDA", "signed NDA").
_AGREEMENT = "nda"
_PARTY_WORDS_BEFORE = 2
_NOT_PARTIES = frozenset(fold_words("under a an the our their your its with per by only signed mutual after before "
                                    "and or of to in on via through upon"))


def _party_to_agreement(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` names a party to the agreement a thing is kept under: a word right before "NDA", spaces
    only between, in the same clause and cell ("withheld (client NDA)", "under OEM partner NDA"), not a label
    before it ("Stack pressure: NDA" has its colon)."""
    if tokens[k].word in _NOT_PARTIES or not tokens[k].word.isalpha():
        return False
    for j in range(k + 1, min(k + 1 + _PARTY_WORDS_BEFORE, len(tokens))):
        a, b = tokens[j - 1], tokens[j]
        if (b.clause != a.clause or (b.label_of, b.value_of) != (a.label_of, a.value_of)
                or not text[a.end:b.start].isspace()):
            return False
        if b.word == _AGREEMENT:
            return True
        if b.word in _NOT_PARTIES:
            return False
    return False


#: Prepositions that carry a noun phrase on ("... of the results", "... for the B-sample"): a clause opening on one
#: goes on with a noun named before it.
_GOING_ON = frozenset({"of", "for", "behind", "from", "during", "underlying"})


def _goes_on(tokens: Sequence[Token], first: int) -> bool:
    """Whether the clause token ``first`` opens goes on with a noun phrase begun in an earlier clause of its sentence
    ("(temperature, current rates) of the results ..."): it opens on a preposition, and its sentence began before."""
    return tokens[first].word in _GOING_ON and first > 0 and tokens[first - 1].sentence == tokens[first].sentence


#: Verbs of keeping that decline when what is kept stays with the writer ("That we keep to ourselves for now", "the
#: recipe is kept under wraps").
_KEEPING = frozenset(fold_words("keep keeps keeping kept"))
#: Where what is kept stays: the writer ("to ourselves") or out of sight ("under wraps").
_KEPT_WITH = frozenset(fold_words("ourselves myself themselves itself wraps"))
#: Words between the verb of keeping and where it keeps: its object and a preposition ("keep the recipe to ourselves").
_KEEPING_REACH = 5


#: Verbs of refusing that decline by themselves, with no verb of disclosing after them ("the supplier declined").
_DECLINING_ALONE = frozenset({"decline", "declined", "declines", "refuse", "refused", "refuses"})


def _declines_question_put(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at ``i`` declines by itself a question fronted in its sentence: it ends its clause and the
    sentence opens on a question put ("Asked for the yield, the maker declined.", "When asked about the anode, they
    refused, citing confidentiality."). (Elsewhere an intransitive "declined" is said of a quantity: "capacity
    declined".)"""
    if tokens[i].word not in _DECLINING_ALONE:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].clause == tokens[i].clause:
        return False
    return bool(_fronted_question(tokens, i))


def _ends_clause(tokens: Sequence[Token], end: int) -> bool:
    """Whether the refusal's last word ``end`` ends its clause: it names nothing it declines after it."""
    return end + 1 >= len(tokens) or tokens[end + 1].clause != tokens[end].clause


def _kept_to_oneself(tokens: Sequence[Token], i: int) -> int:
    """The word saying that what the verb of keeping at ``i`` keeps stays with the writer or out of sight ("keep it to
    ourselves", "kept under wraps"), within :data:`_KEEPING_REACH` words of its clause, or -1 (a cell that "keeps 90 %
    of its capacity" declines nothing)."""
    for j in range(i + 1, min(i + 1 + _KEEPING_REACH, len(tokens))):
        if tokens[j].clause != tokens[i].clause:
            return -1
        if tokens[j].word in _KEPT_WITH and tokens[j - 1].word in ("to", "under"):
            return j
    return -1


#: Modal words a refusal's negation reaches over without counting them ("not something I can comment on").
#: (A refusal of intent is one too: "not going to talk about yields".)
_MODALS = frozenset({"can", "could", "will", "would", "may", "might", "am", "are", "is", "allowed", "able", "to",
                     "going", "gonna", "want", "willing", "prepared"})


def _disclosing_after(tokens: Sequence[Token], i: int) -> int:
    """The word of disclosing or giving that the negation at ``i`` refuses, within :data:`_REFUSAL_REACH` words of its
    clause (modal words not counted), or -1."""
    counted = 0
    for j in range(i + 1, len(tokens)):
        if tokens[j].clause != tokens[i].clause or counted >= _REFUSAL_REACH:
            return -1
        if _discerning(tokens, j):
            return -1
        if tokens[j].word.startswith(_DISCLOSING) or tokens[j].word in _GIVING or _states(tokens, i, j):
            return j
        if tokens[j].word not in _MODALS:
            counted += 1
    return -1


#: Words right after "tell" that make it discerning, not disclosing: "couldn't tell if there is any gel", "can't tell
#: them apart" is what an observer could not make out ("can't tell you whether" still declines).
_TELLING = frozenset({"tell"})
_DISCERNED = frozenset({"if", "whether", "apart", "from"})


#: Words that open an instruction to the reader before its negation ("Please do not ...", "Do not ...", "Don't ...").
_PLEASE = "please"
_DO = "do"
_DONT = "don't"
#: Verbs of disclosing that an instruction's negation does not turn into one: "Don't know" answers, it instructs no one.
_NOT_INSTRUCTED = frozenset({"know", "knew", "known"})
#: Words that open the thing an instruction hands over ("do not give the modules", "do not release these bolts").
_HANDED_THINGS = frozenset({"the", "this", "these", "those", "any", "a", "an", "your"})


#: Words saying an answer came too late, not that it was refused: "in time" and a deadline missed.
_IN_TIME = ("in", "time")
_DEADLINES = frozenset(fold_words("deadline deadlines"))


def _too_late(tokens: Sequence[Token], end: int) -> bool:
    """Whether the clause of the refused word at ``end`` says only that the answer did not come in time ("the maker did
    not answer our questions in time for this edition", "had not replied by the deadline"): a question left open, not
    a refusal."""
    after = [t.word for t in tokens[end + 1:] if t.clause == tokens[end].clause]
    return any(tuple(after[n:n + 2]) == _IN_TIME for n in range(len(after))) or bool(_DEADLINES.intersection(after))


def _instructs(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Whether the negation at ``i`` opens an instruction to the reader, an imperative with no subject: "Please do not
    release the bolts", "Please don't share this sheet", "Do not give the modules to untrained staff". It tells the
    reader what not to do with a thing, declining nothing the writer knows (not "we do not release", nor an answer
    "Don't know", nor a terse "Stack pressure: do not disclose")."""
    if tokens[end].word in _NOT_INSTRUCTED:
        return False
    k = i
    if tokens[i].word == "not" and i > 0 and tokens[i - 1].word == _DO and tokens[i - 1].clause == tokens[i].clause:
        k = i - 1
    elif tokens[i].word != _DONT:
        return False
    if k > 0 and tokens[k - 1].word == _PLEASE and tokens[k - 1].clause == tokens[k].clause:
        return True
    # Without "please", a verb of handing over with the thing it hands over after it, opening its clause (a row's
    # value or a line's sentence): "Handling: do not release the bolts ...".
    opens = k == 0 or tokens[k - 1].clause != tokens[k].clause
    handed = end + 1 < len(tokens) and tokens[end + 1].clause == tokens[end].clause and (
        tokens[end + 1].word in _HANDED_THINGS)
    return opens and tokens[end].word in _GIVING and handed


def _discerning(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is a "tell" of making something out ("couldn't tell if ..."), not of telling someone."""
    return (tokens[j].word in _TELLING and j + 1 < len(tokens) and tokens[j + 1].clause == tokens[j].clause
            and tokens[j + 1].word in _DISCERNED)


#: The verb "state", which declines only right after the negation or a modal ("declined to state", "cannot state"):
#: elsewhere "state" is a noun ("not solid state", "not a state of charge").
_STATING = "state"
_OF = "of"


def _states(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether token ``j`` is the verb "state" that the negation at ``i`` refuses ("has declined to state how many")."""
    return (tokens[j].word == _STATING and (j - 1 == i or tokens[j - 1].word in _MODALS)
            and not (j + 1 < len(tokens) and tokens[j + 1].word == _OF))


#: Words that open an embedded question ("which format they tested", "whether it is semi-solid") or one put to the
#: writer ("asked for the test temperature").
_QUESTION_OPENERS = frozenset({"which", "what", "whether", "how", "where", "when", "asked"})
_WHETHER = "whether"
#: Words that front a topic the rest of the sentence is about ("As for production volumes - no comment", "Regarding
#: the anode, we cannot say"), by their first word and the word that must follow it ("" for none).
_TOPIC_OPENERS = {"as": "for", "regarding": "", "concerning": "", "re": "", "on": "", "about": ""}


def _fronted_question(tokens: Sequence[Token], first: int) -> set[int]:
    """The clause that opens the sentence of token ``first`` where it is a fronted question or topic ("Which format
    they tested, we can't say", "Asked for the test temperature, they declined: confidential", "As for production
    volumes - not something I can comment on"): what the refusal after it declines. Empty where there is none."""
    sentence = tokens[first].sentence
    opening = [k for k in range(first) if tokens[k].sentence == sentence and not tokens[k].read]
    # (A section's or a list's number may open the line: "6.5 Asked for the yield, the maker declined.")
    while opening and opening[0] < first and tokens[opening[0]].word.isdigit():
        opening = opening[1:]
    if not opening or not (tokens[opening[0]].word in _QUESTION_OPENERS or _fronts_topic(tokens, opening)):
        return set()
    if tokens[first].word in _POINTING_BACK:
        # A refusal that opens on a pronoun resuming what came before ("Whether there's any liquid, all-solid or
        # semi-solid, that's the bit I can't say") declines the whole opening, its alternatives too.
        return set(opening)
    # (With the words read from its phrases: "When we asked how many modules they make, ..." asks for production.)
    return {k for k in range(opening[0], first) if tokens[k].clause == tokens[opening[0]].clause
            and (k in opening or tokens[k].read)}


#: Words that join a further object to a verb's first ("cannot share the format, or whether ...").
_JOINING_OBJECTS = frozenset({"or", "and", "nor"})


def _questions_joined_after(tokens: Sequence[Token], last: int) -> set[int]:
    """The clauses after token ``last`` (the end of a refusing verb's clause) that each open on a conjunction and an
    embedded question ("I cannot share the format of the cells, or whether and how much pressure was used"): further
    objects of the same verb, declined with the first. Empty where the next clause opens otherwise."""
    joined: set[int] = set()
    k = last + 1
    while k + 1 < len(tokens) and tokens[k].word in _JOINING_OBJECTS and (
            tokens[k + 1].word in _QUESTION_OPENERS - {"asked"}) and tokens[k].clause == tokens[k + 1].clause:
        clause = tokens[k].clause
        while k < len(tokens) and tokens[k].clause == clause:
            joined.add(k)
            k += 1
    return joined


def _poses_alternatives(tokens: Sequence[Token], fronted: Collection[int]) -> bool:
    """Whether ``fronted`` is an embedded question of alternatives ("whether X or Y"): nothing of it is stated."""
    return bool(fronted) and tokens[min(fronted)].word == _WHETHER


#: Words that point back to what was just said ("That is internal information", "I won't talk about that").
_POINTING_BACK = frozenset(fold_words("that this it those these that's it's both they neither"))
#: Words of a question reported rather than put ("You also asked which format was used").
_ASKING_WORDS = frozenset(fold_words("asked ask asks asking question questions wondered inquired enquired"))


def _question_pointed_back(text: str, tokens: Sequence[Token], scope: Collection[int],
                           topics: Collection[str], *, replying: bool = False, elliptical: bool = False) -> set[int]:
    """The sentence before a refusal whose clause (``scope``) names nothing a step asks about but points back with a
    pronoun ("Yield? I won't talk about that.", "You also asked which cell format was used. That is internal
    information we cannot share."), where that sentence is a question, put or reported: what the refusal declines.
    A refusal ``replying`` under a reply's mark ("Reply: internal test data is confidential") answers that question
    whatever it names itself. Empty where there is none."""
    said = [k for k in scope if not tokens[k].read]
    # (A refusal with nothing after it, "The CEO declined to answer.", points back as a pronoun does.)
    points_back = (elliptical or any(tokens[k].word in _POINTING_BACK for k in said)) and not any(
        names_topic(tokens[k].word, frozenset(topics)) for k in said)
    if not said or not (replying or points_back):
        return set()
    earlier = [u.sentence for u in tokens[:min(said)] if u.sentence < tokens[min(said)].sentence]
    if not earlier:
        return set()
    before = [k for k, u in enumerate(tokens) if u.sentence == earlier[-1] and not u.read]
    skipped = 0
    while before and skipped <= _SKIPPED_REMARKS:
        # Numbers alone between the question and the refusal (a subtitle's counter and timing, "2 00:00:08,100 -->
        # 00:00:13,400") are passed over, and so is a remark that points back too and names nothing a step asks about
        # ("At what temperature? - Honestly, that's our secret sauce. I'd rather not say."): the refusal still points
        # back to the question.
        if not all(tokens[k].word.isdigit() for k in before):
            if _put(text, tokens, before) or skipped == _SKIPPED_REMARKS or not any(
                    tokens[k].word in _POINTING_BACK for k in before) or any(
                    names_topic(tokens[k].word, frozenset(topics)) for k in before):
                break
            skipped += 1
        sooner = [u.sentence for u in tokens[:before[0]] if u.sentence < tokens[before[0]].sentence]
        if not sooner:
            break
        before = [k for k, u in enumerate(tokens) if u.sentence == sooner[-1] and not u.read]
    if not before:
        return set()
    put = _put(text, tokens, before)
    if not put and not any(tokens[k].word in _ASKING_WORDS for k in before):
        return set()
    if put:
        return _asked_for(tokens, before)
    # A reply answers what a reported question asks for, not what it takes for granted: "Asked which cell the 1,200
    # cycles came from and at what temperature" asks for the cell and the temperature, not about the cycles.
    if replying:
        return _named_after_question_words(tokens, before) or set(before)
    # (With the words read from its phrases: "You asked for the negative electrode material" asks for the anode.)
    return set(before) | {k for k, u in enumerate(tokens) if u.sentence == earlier[-1] and u.read}


def _subject_pointed_back(text: str, tokens: Sequence[Token], clause: Sequence[int],
                          topics: Collection[str]) -> set[int]:
    """The subject of the statement right before a refusal's ``clause`` (its sentence's first clause, or else the
    sentence before's), where the clause names nothing a step asks about and points back with an object pronoun
    ("we do not reproduce them here"): the words naming a step's subject that open that statement, after a determiner
    ("The test conditions follow the customer's procedure"). A statement giving a number states rather than withholds
    (a code's digits, "procedure QP-07", are no number given), and one not opened by such words is about something
    else: empty then."""
    said = [k for k in clause if not tokens[k].read]
    if not said or not any(tokens[k].word in _OBJECT_PRONOUNS for k in said) or any(
            names_topic(tokens[k].word, frozenset(topics)) for k in said):
        return set()
    first = tokens[min(said)]
    opening = [k for k, u in enumerate(tokens) if u.sentence == first.sentence and u.clause < first.clause]
    if opening:
        statement = [k for k in opening if tokens[k].clause == tokens[opening[0]].clause]
    else:
        earlier = [u.sentence for u in tokens[:min(said)] if u.sentence < first.sentence]
        if not earlier:
            return set()
        before = [k for k, u in enumerate(tokens) if u.sentence == earlier[-1]]
        statement = [k for k in before if tokens[k].clause == tokens[before[0]].clause]
    if any(tokens[k].word.isdigit() and not text[tokens[k].start - 1:tokens[k].start].isalpha()
           and text[tokens[k].start - 1:tokens[k].start] != "-" for k in statement):
        return set()
    words = [k for k in statement if not tokens[k].read]
    while words and tokens[words[0]].word in _DETERMINERS:
        words = words[1:]
    subject: list[int] = []
    for k in words:
        if not names_topic(tokens[k].word, frozenset(topics)):
            break
        subject.append(k)
    return set(subject)


#: Object pronouns by which a refusal points back to what the statement before it is about.
_OBJECT_PRONOUNS = frozenset(fold_words("them it"))
#: Words that may open a subject before what it names ("the test conditions", "our stack pressure").
_DETERMINERS = frozenset(fold_words("the our all its their these those this"))


#: The most remarks pointing back a refusal is read past to the question before them.
_SKIPPED_REMARKS = 1


def _put(text: str, tokens: Sequence[Token], sentence: Sequence[int]) -> bool:
    """Whether the sentence of the words ``sentence`` ends on a question mark: a question put."""
    return text[tokens[sentence[-1]].end:tokens[sentence[-1]].end + 3].lstrip(" \"'”’)").startswith("?")


#: The most words a question word asks for after it ("at what temperature / C-rate" asks for "temperature c rate").
_ASKED_WORDS = 3
#: Words that end what a question word asks for ("which cell the cycles came from": "the" opens what it is about).
_ASKED_ENDS = frozenset(fold_words("the a an this that these those it they we you did do does was were is are has "
                                   "have had came come and or"))


def _named_after_question_words(tokens: Sequence[Token], question: Sequence[int]) -> set[int]:
    """The words right after each "what" or "which" of a reported question, up to :data:`_ASKED_WORDS` of them in its
    clause and before a word of :data:`_ASKED_ENDS`: the things it asks for. Empty where it has no such word."""
    asked: set[int] = set()
    for n, k in enumerate(question):
        if tokens[k].word not in _ASKING_FOR:
            continue
        for j in question[n + 1:n + 1 + _ASKED_WORDS]:
            if tokens[j].clause != tokens[k].clause or tokens[j].word in _ASKED_ENDS:
                break
            asked.add(j)
    return asked


def _under_reply_mark(tokens: Sequence[Token], t: Token) -> bool:
    """Whether ``t`` is in the value of a row whose label is a reply's mark alone ("Reply: ...", "Answer: ...")."""
    label = [u.word for u in tokens if t.value_of >= 0 and u.label_of == t.value_of and not u.read]
    return bool(label) and all(_ANSWER_MARK.fullmatch(w) for w in label)


def _taken_for_granted(text: str, tokens: Sequence[Token], label: Sequence[int]) -> set[int]:
    """The words of a row's ``label`` that a question put there takes for granted rather than asks for ("do you test"
    in "At what temperatures do you test?"): what an answer declining it does not withhold. Empty where the label is
    no question."""
    said = [k for k in label if not tokens[k].read]
    if not said or not text[tokens[said[-1]].end:tokens[said[-1]].end + 3].lstrip(" \"'”’)").startswith("?"):
        return set()
    return set(said) - _asked_for(tokens, said)


#: Words that open a question asking for the thing named right after them ("At what temperatures do you test?").
_ASKING_FOR = frozenset({"what", "which"})
#: Verbs after which a question's words are what it takes for granted ("... do you test?": the testing is not asked).
_QUESTION_VERBS = frozenset(fold_words("do does did is are was were has have had can could will would should"))


def _asked_for(tokens: Sequence[Token], question: Sequence[int]) -> set[int]:
    """The words of the question ``question`` that say what it asks for: after "what" or "which", those up to the
    question's verb ("At what temperatures do you test?" asks for temperatures, not for what the testing was done on);
    the whole question where no such words come between them ("What is the electrolyte?")."""
    opener = next((n for n, k in enumerate(question) if tokens[k].word in _ASKING_FOR), None)
    if opener is None:
        return set(question)
    verb = next((n for n in range(opener + 1, len(question)) if tokens[question[n]].word in _QUESTION_VERBS), None)
    if verb is None or verb == opener + 1:
        return set(question)
    return set(question[opener:verb])


def _fronts_topic(tokens: Sequence[Token], opening: Sequence[int]) -> bool:
    """Whether the words ``opening`` a sentence front a topic ("As for X", "Regarding X")."""
    if not opening:
        return False
    follower = _TOPIC_OPENERS.get(tokens[opening[0]].word)
    return follower is not None and (not follower or (len(opening) > 1 and tokens[opening[1]].word == follower))


#: The most words a line has that titles the line below it ("Item 30 Cycle-life test report").
_TITLE_WORDS = 8
#: Marks of a sentence or a row, which a bare title has none of.
_SENTENCE_MARKS = re.compile(r"[.!?:;|=]")


def _title_above(text: str, tokens: Sequence[Token], first: int) -> set[int]:
    """The line above the one token ``first`` opens, where that line is a bare title, a few words with no sentence
    of their own ("Cycle-life test report" over "Not included - under NDA only"): what a refusal below it declines.
    Empty where there is none."""
    if first == 0 or "\n" not in text[tokens[first - 1].end:tokens[first].start]:
        return set()
    above: list[int] = []
    for k in range(first - 1, -1, -1):  # back to the line break before, no further
        if "\n" in text[tokens[k].end:tokens[k + 1].start] and k < first - 1:
            break
        above.append(k)
    if not above or len(above) > _TITLE_WORDS or any(tokens[k].read for k in above):
        return set()
    line_start = text.rfind("\n", 0, tokens[above[-1]].start) + 1
    if _SENTENCE_MARKS.search(text[line_start:tokens[first - 1].end + 1]):
        return set()
    return set(above)


#: What may stand between a copula and a refusal word it predicates: "are only released under NDA", "is kept strictly
#: confidential", "is available upon NDA".
#: (And whom it is given to: "are shared with customers only under NDA".)
#: (And the adverb of "commercially sensitive".)
_PASSIVE_REFUSAL = frozenset({*_SENSITIVE_FOR, "only", "released", "available", "shared", "provided", "given",
                              "disclosed", "supplied",
                              "under", "upon", "on", "with", "kept", "treated", "as", "strictly", "held", "an", "a",
                              "signed", "after", "to", "customer", "customers", "client", "clients", "partner",
                              "partners", "buyer", "buyers"})
_PASSIVE_REACH = 6


def _copula_before(tokens: Sequence[Token], i: int) -> int:
    """The copula of the clause whose predicate the refusal word at ``i`` ends ("data are only released under
    NDA"), or -1."""
    k, reach = i - 1, _PASSIVE_REACH
    while k >= 0 and reach > 0 and tokens[k].clause == tokens[i].clause:
        if tokens[k].word in _COPULAS:
            return k
        if tokens[k].word not in _PASSIVE_REFUSAL:
            # Whoever it is given to may be any party ("can be given to the committee only under NDA"): read past it.
            given_to = _recipient_before(tokens, k)
            if given_to < 0:
                return -1
            k = given_to  # (the party's words take none of the reach)
            continue
        k -= 1
        reach -= 1
    return -1


#: Words that open the party something is given to ("to the committee", "with our auditors"), and the most words
#: that party may have.
_TO_PARTY = frozenset({"to", "with"})
_PARTY_WORDS = 3


def _recipient_before(tokens: Sequence[Token], k: int) -> int:
    """The "to" or "with" opening the party that the word at ``k`` ends ("to the committee"), right after a verb of
    giving ("given", "shared"), or -1."""
    for j in range(k - 1, max(k - 1 - _PARTY_WORDS, 0), -1):
        if tokens[j].clause != tokens[k].clause or tokens[j].word in _COPULAS:
            return -1
        if tokens[j].word in _TO_PARTY:
            return j if tokens[j - 1].word in _GIVEN and tokens[j - 1].clause == tokens[k].clause else -1
    return -1


#: Verbs of giving that a party may follow ("given to", "shared with").
_GIVEN = frozenset({"given", "shared", "provided", "released", "disclosed", "supplied", "made", "available",
                    "sent", "shown"})


#: Copulas a negation may be written into ("isn't", "aren't").
_NEGATED_COPULAS = frozenset({"isn't", "aren't", "wasn't", "weren't"})


def _copula_negated(tokens: Sequence[Token], i: int) -> int:
    """The copula that the refusing negation at ``i`` negates ("X is not something we share", "X isn't shared"), or
    -1: what comes before it is what is not disclosed."""
    if tokens[i].word in _NEGATED_COPULAS:
        return i
    if tokens[i].word in ("not", "never") and i > 0 and tokens[i - 1].clause == tokens[i].clause and (
            tokens[i - 1].word in _COPULAS):
        return i - 1
    return -1


#: The most words a label before a colon has ("Stack pressure during the release test: confidential").
_LABEL_WORDS = 10
#: Words that only link a label's nouns ("of the", "for", "and"), not counted in its length.
_LINKING = frozenset(fold_words("the a an of for to in on at by with from and or"))


def _labelled(text: str, tokens: Sequence[Token], first: int, topics: Collection[str]) -> set[int]:
    """The words of a label that a colon joins to the refusal opening at token ``first``, inside a sentence of
    prose or a row's value ("... 10 cycles. Stack pressure during the test: confidential (document CD-118)"): the
    refusal declines what its label names, as a datasheet row's does. The label runs back to the start of its
    sentence (or of the row's value); a longer run of words is prose, not a label. Empty where there is none."""
    if first == 0 or ":" not in text[tokens[first - 1].end:tokens[first].start]:
        return set()
    sentence, row = tokens[first].sentence, tokens[first].value_of
    label = []
    for k in range(first - 1, -1, -1):
        if tokens[k].sentence != sentence or tokens[k].value_of != row:
            break
        label.append(k)
    # A label names something a step asks about; a speaker's name or an apology ("Supplier: Sorry: confidential.")
    # labels nothing, and an answer's refusal declines its question.
    # (Counting the words that name something: "Format of the cells used for the IEC 62620 cycle-life test" is a
    # label, its articles, prepositions and the standard's number naming nothing.)
    if not label or sum(not tokens[k].read and not tokens[k].word.isdigit() and tokens[k].word not in _LINKING
                        for k in label) > _LABEL_WORDS or not any(
            names_topic(tokens[k].word, frozenset(topics)) for k in label):
        return set()
    return set(label)


def _whole_value(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` ends its row's value (but for a word of what is withheld after it), with at most an answer's
    mark before it ("A:", "Answer:")."""
    value = [k for k, u in enumerate(tokens) if u.value_of == tokens[i].value_of and not u.read]
    # A clause after it that only says nothing more came: "proprietary information, no further answer".
    while len(value) > 1 and value[-1] > i and tokens[value[-1]].clause != tokens[i].clause and all(
            tokens[k].word in _NOTHING_MORE for k in value if tokens[k].clause == tokens[value[-1]].clause):
        value.pop()
    # What is withheld may follow it: "proprietary information", "secret details".
    while len(value) > 1 and value[-1] > i and tokens[value[-1]].word in _WITHHELD:
        value.pop()
    return value[-1] == i and all(tokens[k].word in _ANSWER_MARKS for k in value[:-1])


#: The words of a remark that adds nothing to a refusal ("no further answer", "nothing more given").
_NOTHING_MORE = frozenset({"no", "nothing", "further", "more", "answer", "answers", "reply", "given", "comment",
                           "comments", "details", "information", "info"})
_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "stays", "stay", "kept", "considered", "be"})
_ANSWER_MARKS = frozenset({"a", "answer", "reply", "response"})
#: An answer's mark, numbered or not ("A8", "Answer").
_ANSWER_MARK = re.compile(rf"(?:{'|'.join(sorted(_ANSWER_MARKS))})\d*")


def step_topics(steps: Sequence[Step]) -> dict[str, frozenset[str]]:
    """The words that name each step's subject: its title's words, and the words that recur in its options'
    aliases and in no other step's ("production" for manufacturing evidence), less function words."""
    def words(texts: Sequence[str]) -> list[str]:
        return [w for text in texts for w in set(fold_words(text)) if len(w) >= _TOPIC_LETTERS]

    titles = {s.id: set(words([s.title])) for s in steps}
    aliases = {s.id: words([a for o in s.options if o.rating != "unknown" for a in o.aliases]) for s in steps}
    topics = {}
    for s in steps:
        others = set().union(*(titles[o.id] | set(aliases[o.id]) for o in steps if o.id != s.id))
        recurring = {w for w in aliases[s.id] if aliases[s.id].count(w) > 1} - others
        topics[s.id] = frozenset((titles[s.id] | recurring) - _FUNCTION_WORDS)
    return topics


_TOPIC_LETTERS = 4
#: Letters two words must share from their start to name the same subject ("manufacturing", "manufacturability").
_TOPIC_STEM = 8


#: Words for what any thing is made of, which share a stem with a family's word ("composition", "composite") but name
#: no subject of their own: "the composition of the negative electrode" is the anode's, named after its "of".
_MAKE_UP_WORDS = frozenset({"composition", "compositions", "compositional"})


def names_topic(word: str, topics: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``topics`` or shares its first :data:`_TOPIC_STEM` letters with one (not a word of
    :data:`_MAKE_UP_WORDS`, which names a subject only as itself)."""
    if word in _MAKE_UP_WORDS:
        return word in topics
    return word in topics or (len(word) >= _TOPIC_STEM and any(t[:_TOPIC_STEM] == word[:_TOPIC_STEM] for t in topics))
_FUNCTION_WORDS = frozenset({"with", "based", "above", "after", "under", "required", "needed", "number", "other",
                             "less", "they", "only", "line"})
