"""Text normalisation shared by indexing, querying, fuzzy matching and Markdown output.

One character folding (:func:`fold`) and one light stemmer (:func:`stem`) define what
"the same words" means for the whole library: :func:`normalise` builds the index's and
every query's text on them, and :func:`fold_words` / :func:`word_spans` give the
supplier checklist the same words with their positions in what was typed. The one
"did you mean" matcher (:func:`closest`) and the one Markdown escaper
(:func:`escape_markdown`) live here too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

#: Longest question we process whole; longer input is cut (with a notice) so one
#: pasted document cannot make a request slow.
MAX_QUESTION_CHARS = 500

_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'"})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
#: A word as written, in any script, with at most one inner apostrophe ("don't", "supplier’s").
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")

#: Words that carry no topic: English stop words plus the phrasing of questions.
#: A question made only of these (and unknown words) is not about the guide.
#: Words of scikit-learn's list that the guide uses for its subject ("solid *throughout*", "*thin* layers"): topic
#: words here, not stop words. (Measured and left in the list: "detail", "system", "move": each answered more
#: questions well but declined fewer off-topic ones, "detail" by lifting the passage that uses it over a user
#: interface.)
TOPIC_WORDS_IN_STOP_LIST = frozenset({"thin", "throughout"})

STOP_WORDS: frozenset[str] = (frozenset(ENGLISH_STOP_WORDS) - TOPIC_WORDS_IN_STOP_LIST) | {
    "s", "t", "d", "ll", "re", "ve", "m", "don", "doesn", "isn", "aren", "wasn", "weren", "didn", "won",
    "what's", "whats", "how's", "where's", "why's", "when's", "who's",
    "it's", "isn't", "aren't", "don't", "doesn't", "can't", "won't", "i'm",
    "shouldn't", "wouldn't", "couldn't", "didn't", "wasn't", "weren't", "hasn't", "haven't", "mustn't",
    "wat", "wht", "hw", "pls", "plz", "please", "pray", "tell", "explain", "describe", "know", "want", "like",
    "need", "does", "did", "do", "really", "actually", "just", "exactly", "vs", "versus", "v",
    "compare", "comparison", "difference", "differences", "different", "differ", "mean", "means",
    "meaning", "ones", "thing", "things", "stuff", "kind", "sort", "way", "ways", "lot", "lots", "good",
    "bad", "better", "worse", "best", "worst", "give", "say", "says", "said", "talk", "guide",
    # Verbs and nouns of asking and checking: they frame a question, they are not its topic.
    "check", "checking", "verify", "believe", "mention", "mentioned", "quote", "quotes", "quoted",
    "number", "numbers", "figure", "figures", "look", "looking",
    # A preposition scikit-learn's list lacks beside its "within" and "into": where, not what, is asked.
    "inside",
    # Prepositions of a formal register: what a question is about follows them ("evidence regarding production").
    "regarding", "concerning",
    # Modal verbs scikit-learn's list lacks beside its "should" and "must": how, not what, is asked
    # ("What ought we to ask?").
    "ought", "shall",
    # Words that pick one of several things the question names ("the solid-state version").
    "version", "versions", "variant", "variants",
    # Greetings opening a question ("hey, so how's ...?"): who is greeted, never what is asked.
    "hey", "hi", "hiya", "hello", "oi",
}

#: Greetings and chit-chat: answered with a friendly "here is what I can help with".
SMALL_TALK: frozenset[str] = frozenset(
    {"hello", "hi", "hey", "hiya", "yo", "thanks", "thank", "thx", "ty", "bye", "goodbye", "morning",
     "afternoon", "evening", "good", "ok", "okay", "cool", "great", "nice", "cheers", "howdy", "sup",
     "there", "you", "how", "are", "doing", "is", "it", "going", "what's", "up", "test", "testing", "today",
     "tonight", "fine", "well", "welcome", "please", "help", "me", "can", "who", "your", "name", "bot", "am", "i"}
)


def clean(text: str, *, keep_lines: bool = False) -> str:
    """Remove invisible and control characters and fold look-alike punctuation.

    Keeps the user's words and case; used before showing or storing what was typed.
    Whitespace runs become one space; with ``keep_lines=True`` (a pasted document,
    whose line breaks end its claims) every kind of line break becomes ``"\\n"``
    and only the whitespace within each line is collapsed.
    """
    if keep_lines:
        text = "\n".join(text.splitlines())  # \r\n, \r, form feed, U+2028 ... before controls are removed
    if text.isascii():  # the common case, without a per-character Unicode lookup
        text = _ASCII_CONTROL.sub("", text)
    else:
        text = unicodedata.normalize("NFKC", text)
        text = "".join(c for c in text if c in "\t\n" or unicodedata.category(c) not in _INVISIBLE_CATEGORIES)
    text = text.translate(_DASHES)
    if keep_lines:
        return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    return re.sub(r"\s+", " ", text).strip()


_LIST_MARKER = re.compile(r"(?:\d{1,3}[.)]|[-*•–]|\(?[a-z]\))\s")


def unwrap(text: str) -> str:
    """``text`` with the line breaks of wrapped prose made spaces, every other line break kept.

    A break is soft (the same sentence goes on) when its line is neither empty nor a table row
    ("|"), does not end a sentence or a label (".", "!", "?", ":", ";"), and the next line goes
    on in lower case, with a bracket, or with a number that is not a list marker ("1)", "2.").
    The result has the same length as ``text``, so positions found in it are positions in ``text``.
    """
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 == len(lines):
            break
        before, after = line.rstrip(), lines[i + 1].lstrip()
        soft = (bool(before) and "|" not in before and before[-1] not in ".!?:;" and bool(after)
                and not _LIST_MARKER.match(after)
                and (after[0].islower() or after[0] in "([" or after[0].isdigit()))
        out.append(" " if soft else "\n")
    return "".join(out)


def fold(text: str) -> str:
    """Case- and accent-free, with curly apostrophes straightened: how words are compared.

    ``"Électrolyte d’oxyde"`` -> ``"electrolyte d'oxyde"``. Nothing else changes (no
    cleaning, no splitting), so it can fold one word cut out of a longer text.
    """
    text = text.casefold()
    if text.isascii():
        return text
    text = text.replace("’", "'").replace("‘", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used for matching.

    Hyphens become spaces so "solid-state" and "solid state" are the same words, and a
    possessive is its noun ("the separator's job" uses the word "separator").
    """
    if len(text) <= _REMEMBERED_LENGTH:
        return _normalise_short(text)
    return _normalise(text)


#: Short texts (words, phrases, questions) are normalised many times per question (~50 calls per ask), so
#: their forms are remembered; long ones (a pasted datasheet) are not, so the memory stays small.
_REMEMBERED_LENGTH = 300


@lru_cache(maxsize=8192)
def _normalise_short(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    text = fold(clean(text)).replace("/", " ").replace("-", " ")
    found = _TOKEN.findall(text)
    return " ".join(_without_possessive(token, found[max(0, i - 2):i], found[i + 1:i + 3])
                    for i, token in enumerate(found))


#: Words opening a clause that says when or on what condition ("when the battery's powering ...").
_SUBORDINATORS = frozenset({"when", "while", "whilst", "once", "if", "as", "whenever", "until"})
#: Adverbs between "is" and a verb that are not written "-ly" ("the cell's still charging").
_BETWEEN_IS_AND_VERB = frozenset({"just", "still", "now", "already", "not", "also", "even"})
#: Words before a noun that say which one ("the battery's", "my cell's").
_WHICH_ONE = frozenset({"the", "my", "your", "our", "their", "a", "an", "this", "that", "its", "his", "her"})


def _without_possessive(token: str, before: list[str], after: list[str]) -> str:
    """"separator's" -> "separator"; a contraction ("what's", "it's", "that's") stays as written; and so
    does "battery's" contracting "battery is", as it does in a clause opened by "when", "if" ... before a
    verb's "-ing" form ("when the battery's powering a device", "if the cell's running lithium metal"):
    written out ("battery is"), as the clause would be read written in full."""
    if token.endswith("'s") and token[:-2] not in STOP_WORDS:
        # (An adverb may come between: "when the battery's actually powering stuff".)
        verb = after[1:2] if after and (after[0].endswith("ly") or after[0] in _BETWEEN_IS_AND_VERB) else after[:1]
        if len(before) == 2 and before[0] in _SUBORDINATORS and before[1] in _WHICH_ONE \
                and verb and verb[0].endswith("ing") and len(verb[0]) > 5:
            return f"{token[:-2]} is"
        return token[:-2]
    return token


def tokens(text: str) -> list[str]:
    """Words of already-normalised text."""
    return text.split()


#: Inflections an English word may carry ("charging", "fixes", "charged", "fails", "stored"). Language.
INFLECTIONS = ("ing", "es", "ed", "s", "d")


def without_inflection(word: str, *, endings: tuple[str, ...] = INFLECTIONS, min_root: int = 4) -> list[str]:
    """``word`` without each of ``endings`` it ends with, where at least ``min_root`` letters are left
    ("charged" -> "charg", "charge"; "bed" keeps its "ed")."""
    return [word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= min_root]


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A deliberately light stemmer: plurals only, so "oxides" meets "oxide".

    Heavier stemming merged words the guide keeps apart (conductive/conductivity
    are fine together, but "cells"/"cell" must meet while "process"/"proces" must not).
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("cial") and len(word) > 6:
        return word[:-4] + "ce"  # "interfacial" meets "interface"
    if (word.endswith("es") and word[-3] in "sxz") or word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def content_words(normalised: str) -> list[str]:
    """The topic-bearing words of a normalised text: stop words dropped, numbers kept ("21700", "2016")."""
    return [w for w in normalised.split() if w not in STOP_WORDS]


def analyse(text: str) -> list[str]:
    """Analyzer for the word index: normalise, drop stop words, stem."""
    return [stem(w) for w in content_words(normalise(text))]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Every word of ``text`` (:data:`WORD`), folded and stemmed, with its ``(start, end)`` in ``text``.

    For matching typed or pasted text word by word while still quoting it as written:
    "Li-metal", "li metal" and "Li metals" are the same words ``li``, ``metal``.
    """
    return [(stem(fold(m.group(0))), m.start(), m.end()) for m in WORD.finditer(text)]


def fold_words(text: str) -> tuple[str, ...]:
    """The words of :func:`word_spans` without their positions."""
    return tuple(stem(fold(word)) for word in WORD.findall(text))


def closest(word: str, choices: Iterable[str], *, cutoff: float) -> str | None:
    """The choice ``word`` is most likely a misspelling of, or ``None`` when none is close.

    Similarity is rapidfuzz's ``ratio`` (0-100); ``cutoff`` is the least that counts, and
    each caller names its own: how sure a guess must be depends on what it is used for.
    Ties go to the choice listed first.
    """
    found = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=cutoff)
    return None if found is None else str(found[0])


#: Every ASCII punctuation character CommonMark lets us backslash-escape, minus a few
#: that never start markup on their own (keeps the text readable where it is safe).
_MARKDOWN_SPECIAL = re.compile(r"""([\\`*_{}\[\]()#+\-.!<>|~=$:&^"'@%/;?,])""")
_SAFE_UNESCAPED = frozenset(",;?'\"%/@")
#: Also left alone in trusted text: they only make markup at the start of a line (lists, which a
#: one-line text placed after other text cannot open) or in an autolink, which our own text may make.
_TRUSTED_UNESCAPED = _SAFE_UNESCAPED | frozenset("{}()+-.=:^")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


def one_line(text: str) -> str:
    """``text`` with every run of line breaks turned into one space, stripped."""
    return _LINE_BREAKS.sub(" ", text).strip()


def escape_markdown(text: str, *, trusted: bool = False) -> str:
    """``text`` as Markdown that renders exactly as typed and is never markup.

    Backslash-escapes every character that can start emphasis, a link, an image, an
    autolink (``:`` and ``.`` break ``http://`` and ``www.``), HTML, an entity, a
    table, a heading, a list or maths, and joins lines so the text cannot open a
    block (heading, fence, quote) of its own. The one escaper for Markdown output.

    ``trusted=True`` is for plain text of our own (the knowledge's wording) set into
    Markdown that people also read as text (the CLI, a downloaded report): it escapes
    only what would start emphasis, code, a link, an image, HTML, an entity, a table,
    a heading or maths, so "semi-solid (gel)." stays as written. Never use it for what
    a user typed or a supplier wrote.
    """
    keep = _TRUSTED_UNESCAPED if trusted else _SAFE_UNESCAPED

    def escape(match: re.Match[str]) -> str:
        char = match.group(1)
        return char if char in keep else "\\" + char

    return _MARKDOWN_SPECIAL.sub(escape, one_line(text))


# -- Markdown to plain text ---------------------------------------------------------------
# Answers are Markdown written for the web page. Only what answers use is handled: emphasis,
# code, links, headings, backslash escapes and pipe tables; everything else passes through.

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^()\s]*)\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_PRIVATE_USE = 0xE000  # stand-ins for code and escaped characters while markers are removed


def markdown_to_text(markdown: str) -> str:
    """Markdown as text for a terminal: markers and escapes removed, tables as aligned columns.

    ``**Step 1 of 8**`` becomes ``Step 1 of 8``, ``\\(`` becomes ``(``, ``[text](url)`` becomes
    ``text (url)``; code spans keep their content as written.
    """
    lines: list[str] = []
    table: list[str] = []
    for line in [*markdown.split("\n"), ""]:
        if line.lstrip().startswith("|"):
            table.append(line.strip())
            continue
        if table:
            lines.extend(_table_lines(table))
            table = []
        heading = _HEADING.match(line)
        lines.append(_inline(heading.group(1) if heading else line))
    return "\n".join(lines[:-1])


def _inline(text: str) -> str:
    """One line without emphasis, code or link markers and without backslash escapes."""
    kept: list[str] = []

    def protect(literal: str) -> str:
        kept.append(literal)
        return chr(_PRIVATE_USE + len(kept) - 1)

    text = _CODE_SPAN.sub(lambda m: protect(m.group(2)), text)
    text = _ESCAPED.sub(lambda m: protect(m.group(1)), text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(2) in ("", m.group(1)) else f"{m.group(1)} ({m.group(2)})", text)
    text = _STRONG.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    for index in range(len(kept) - 1, -1, -1):  # last first: a kept span may hold an earlier stand-in
        text = text.replace(chr(_PRIVATE_USE + index), kept[index])
    return text


def _table_lines(rows: list[str]) -> list[str]:
    """A pipe table as columns padded to a common width, the header underlined."""
    cells = [[_inline(c.strip()) for c in _CELL_BORDER.split(row.strip().strip("|"))]
             for row in rows if not _TABLE_RULE.match(row)]
    if not cells:
        return []
    columns = max(len(r) for r in cells)
    cells = [r + [""] * (columns - len(r)) for r in cells]
    widths = [max(len(r[i]) for r in cells) for i in range(columns)]

    def line(row: list[str]) -> str:
        return "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()

    out = [line(cells[0])]
    if len(rows) > 1 and _TABLE_RULE.match(rows[1]):
        out.append("  ".join("-" * w for w in widths))
    out.extend(line(r) for r in cells[1:])
    return out
