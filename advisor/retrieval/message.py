"""Finding the question in a message.

People write several sentences of context (who they are, what a salesperson told them,
what they are building) and bury one or two questions inside. Retrieval should see the
questions, not the context: the same question padded with any amount of context gets the
same answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from advisor.retrieval.english import (
    CLAIM_VERDICT_WORDS,
    CONFIRMATION_FRAMES,
    CONFIRMATION_TAG_WORDS,
    VERDICT_TAGS,
    asks_leave_to_ask,
    without_confirmation_frame,
)
from advisor.text import analyse, content_words, normalise, stem

#: Openings of a question proper: a question word or an auxiliary verb put first.
INTERROGATIVE_OPENINGS = (
    "what", "why", "how", "which", "who", "whom", "whose", "where", "when", "is ", "are ", "was ", "were ",
    "do ", "does ", "did ", "can ", "could ", "should ", "would ", "will ", "has ", "have ",
)
#: Openings of a sentence that asks something, even without a question mark.
ASKING_OPENINGS = (
    *INTERROGATIVE_OPENINGS, "explain",
    "tell me", "describe", "compare", "list ", "give me", "show me", "help me", "i want to know",
    "i'd like to know", "i would like to know", "i'd like to understand", "i want to understand",
    # ... and with the "I" left out, as messages typed in a hurry do ("just want to know whats the difference").
    "just want to know", "want to know", "just wanna know", "wanna know", "i wanna know", "i just want to know",
    "i just wanna know",
    "i wonder", "i'm wondering", "i am wondering", "any idea", "please explain", "please tell",
    # A request for an explanation written as an instruction ("Set out the main differences.",
    # "Outline how ...", "Walk me through ..."): formal writing asks this way more than with "?".
    "set out", "lay out", "spell out", "outline", "summarise", "summarize", "clarify", "walk me through",
    "break down", "elaborate", "define", "enumerate", "indicate", "identify", "point out", "go over",
    # Texting's question words ("r they safe or is that hype", "wot shape is it"), which a question mark
    # seldom follows.
    "r ", "y ", "wat ", "wats ", "wot ", "wots ", "wut ", "wht ", "hw ", "cn ", "wen ", "shud ", "cud ", "wud ",
    "dus ", "dose ",
)
#: Words that open a sentence without changing what it asks ("So, what ...").
_LEAD_INS = re.compile(r"^(?:(?:so|and|but|also|ok|okay|right|alright|well|now|then|please|kindly|basically|honestly"
                       r"|like|anyway|anyways)\b[,\s]*)+", re.IGNORECASE)
#: Words that point back at the sentence before ("Is that true?").
#: A person pointed at stands for what they said ("My friend says ... Is he right?"); a possessive points
#: back as its pronoun does ("What takes their place?").
_POINTING = re.compile(r"\b(?:thats|that|this|it|its|they|them|their|those|these|ones|such(?!\s+an?\b)"
                       r"|he|she|him|her|his)\b", re.IGNORECASE)
#: "that" opening a clause ("is he right that ...", "do they say that ..."), not pointing back.
_COMPLEMENTISER = re.compile(r"\b(?:right|true|correct|accurate|sure|say|says|said|claim|claims|think|thinks|mean"
                             r"|means)\s+that\b", re.IGNORECASE)
#: A request after a question that insists on its answer rather than asking another ("Give me the
#: real reasons.", "Please explain simply.", "Be specific.").
_INSISTING = re.compile(
    r"(?:please\s+)?(?:(?:give|tell) me\s+(?:the\s+|a\s+|an\s+)?(?:real|honest|straight|short|simple|plain|full|true)?"
    r"\s*(?:answer|reasons?|facts|truth|details|version|story|explanation)\b|be (?:specific|honest|brief|concise)\b"
    r"|keep it (?:simple|short|brief)\b|explain (?:it |that |this )?(?:simply|briefly|plainly|in plain))",
    re.IGNORECASE)
#: A sentence ends at . ! ? (repeated) before whitespace and a capital, a quote, a digit or a question
#: typed in lower case, also after a filler ("... I could not answer. what do voids do", "... yet?? like
#: what's holding them back"); at one full stop or exclamation mark before a fragment typed in lower case
#: ("... we got talking. stack pressure"), but not after an abbreviation ("e.g. sulfides", "Kalnaus et al.
#: found") or in an ellipsis ("like... actually crack??", or before a word in capitals, stressed after the
#: pause: "like... CRACK??"); at a line break; or before a closing ("Thanks", "Cheers") typed without a full
#: stop before it.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?!\.*(?<=\.\.)\s+[A-Z]{2,}(?![a-z]))[.!?]*\s+"
                           r"(?=[\"'“‘(A-Z0-9]|(?:(?:like|so|and|but|anyway|ok|okay)[,\s]+)?(?:what|why|how|which|who"
                           r"|where|when|is|are|do"
                           r"|does|can|could|should|would|will|list|tell|explain)\b)"
                           r"|(?<=[^.!?][.!])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bal\.)(?<!\bapprox\.)(?<!\bcf\.)"
                           r"(?<!\bfig\.)(?<!\bno\.)(?<!\bca\.)(?<!\bvol\.)(?<!\bpp\.)(?<!\bp\.)\s+(?=[a-z])"
                           r"|\s*\n+\s*"
                           # A closing typed straight after a question without its mark ("... a ceramic
                           # electrolyte Thanks a lot!"): capitalised, as a closing is.
                           r"|(?<=[a-z0-9])\s+(?=(?:Thanks|Thank you|Many thanks|Cheers|Kind regards|Best regards"
                           r"|Regards)\b)")

#: Where one sentence asks a second question: ", and how ...", "; is it ...".
_SECOND_QUESTION = re.compile(
    r"(?:,\s*(?:and|or|but|also)\s+|;\s*|\s+and\s+also\s+)(?=(?:what|how|why|which|where|when|who|is|are|was|were|do|does"
    r"|did|can|could|should|would|will|has|have)\b)", re.IGNORECASE)
#: ... or a second claim put for confirmation: "interfaces are a detail, surely the material is what counts" (after
#: a claim of MIN_CLAIM_WORDS or more: "Come on, surely ..." puts one).
_SECOND_CLAIM = re.compile(r",\s*surely\s+", re.IGNORECASE)

#: A message needs at least this many sentences before we look for its questions.
MIN_SENTENCES = 2
#: A question sentence this short ("Confirm?", "Thoughts?", "Why though?") is about the sentence before it.
BARE_QUESTION_WORDS = 2
#: Why a question is asked, after it: "... so we don't teach a misconception", "..., so that I can plan", "... so the
#: pupils don't learn it wrong", "... in order to brief the board". Language.
_PURPOSE_TAIL = re.compile(r"(?:,\s*|\s+)(?:so\s+(?:that\s+)?(?:we|i|you|they|he|she|it|people|nobody|no\s+one"
                           r"|(?:the|our|my|your|their)\s+\w+)\b"
                           # ... or when: "... before I part with any money"
                           r"|before\s+(?:we|i)\b"
                           r"|in\s+order\s+to\b).*$", re.IGNORECASE)
#: A question sentence this short that points back ("Is that true?") borrows the sentence before it.
SHORT_POINTER_WORDS = 14


def sentences(text: str) -> list[str]:
    """The message's sentences, in order, without empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


#: A question asked inside a statement: "my boss asked me to check which ...", "I need to find out why ...",
#: "we must explain to our visitors how ...".
_EMBEDDED_QUESTION = re.compile(
    r"\b(?:check|find out|figure out|work out"
    # (not a habit the writer has: "I like to know how long things will survive" says what they are like; "I'd
    # like to know how ..." asks)
    r"|(?<!\bi like to )(?<!\bi love to )(?<!\bwe like to )(?<!\bi always like to )(?:know|understand|learn)"
    r"|wondering|wonder|explain(?:s|ed|ing)?"
    r"|asked me|ask you"
    # ... or argued over: "the lads were arguing after training about whether ..."
    r"|(?:argu|debat|disagree|bicker)\w*(?:\s+\w+){0,3}?\s+(?:about|over))"
    r"(?:\s+(?:to|for)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?(?:,[^,.;:?]{1,40},)?"
    r"\s+(?P<question>(?:which|what|why|how|whether|where|when)\b)",
    re.IGNORECASE)


#: A question someone else asked, reported ("Our insurers have asked whether ..."): what the writer wants
#: answered when no sentence of the message asks anything itself (beside one that does, it is context).
_REPORTED_QUESTION = re.compile(r"\b(?:asked|asks|asking)(?:\s+(?:me|us|him|her|them))?\s+"
                                r"(?P<question>(?:which|what|why|how|whether|where|when)\b)", re.IGNORECASE)


#: A claim put for confirmation by a tag at its end, without a question mark: "The interfaces are a minor detail,
#: surely.", "Sulfides are the fastest, right." Language: the tag asks as the question mark would.
_CONFIRMATION_TAG_AT_END = re.compile(
    rf",\s*(?:{'|'.join((*CONFIRMATION_TAG_WORDS, *VERDICT_TAGS, 'no', 'agreed'))})\s*[.!]*\s*$", re.IGNORECASE)


def _claims_with_tag(sentence: str) -> bool:
    """Whether a sentence puts a claim for confirmation by a tag at its end, without a question mark ("The
    interfaces are a minor detail, surely.")."""
    stripped = sentence.strip()
    return not stripped.endswith("?") and _CONFIRMATION_TAG_AT_END.search(stripped) is not None


def _opens_as_question(sentence: str) -> bool:
    """Whether a sentence opens as a question proper ("Why would it matter ...?", "Is it ...?")."""
    return _LEAD_INS.sub("", sentence.strip().lower()).startswith(INTERROGATIVE_OPENINGS)


def asks(sentence: str) -> bool:
    """Whether a sentence asks something (a question mark, an asking opening, or a question
    inside a statement: "I have to check which family needs a dry room")."""
    stripped = sentence.strip()
    if stripped.endswith("?"):
        return True
    lowered = _LEAD_INS.sub("", stripped.lower())
    return lowered.startswith(ASKING_OPENINGS) or bool(_EMBEDDED_QUESTION.search(stripped))


#: A lead-in before the question proper: "Before we sign anything, what ...", "For my notes: how ...", or a
#: statement giving the reason for asking, joined by "so" ("Our chargers are fixed, so could you confirm ...?"):
#: why the writer asks, not what (a lead clause that itself asks is the question: "Is it safe, so can I ...?").
_LEAD_CLAUSE = re.compile(r"^(?:(?:before|for)\b[^,:;?]{0,80}[,:]"
                          # a time in use is part of the question ("While it's charging, which way ...?"); the
                          # writer's own time is not ("After we spoke, what ...?")
                          r"|(?:after|until|while)\b(?=[^,:;?]{0,80}\b(?:i|we|my|our|us|me|you|your)\b)"
                          r"[^,:;?]{0,80}[,:]|[^,:;?]{0,60}:"
                          r"|(?!(?:what|why|how|which|who|where|when|is|are|do|does|can|could|should|would|will)\b)"
                          r"[^,:;?]{0,160},\s*(?:so|therefore|hence)\b)\s+"
                          r"(?=(?:what|why|how|which|who|where|when|is|are|do|does|can|could|should|would|will)\b)",
                          re.IGNORECASE)


#: A statement setting the scene, then after a comma the question proper, which ends the sentence: "boats wet all
#: day, which of them hates moisture?", "my van sits outside all winter, how will the pack cope?". Not a relative
#: clause ("Sulfides, which are fast, ..."): "which" followed by a verb goes on the statement.
_SCENE_THEN_QUESTION = re.compile(
    r"^(?!\s*(?:what|why|how|which|who|where|when|is|are|do|does|can|could|should|would|will)\b)"
    r"(?P<scene>[^,:;?]{3,160}),\s+(?P<question>(?:what|why|how|who|where|when"
    r"|which(?!\s+(?:is|are|was|were|has|have|had|means?|makes?|made|can|could|will|would|should|do|does|did)\b))"
    r"\b[^,;?]*\?+[!?]*)\s*$", re.IGNORECASE)


def question_after_scene(sentence: str) -> tuple[str, str] | None:
    """A sentence's scene-setting statement and the question after it (see :data:`_SCENE_THEN_QUESTION`), or
    None when it is not so built."""
    # ("Right, so if there's no liquid, how ...?": the words opening it change nothing.)
    match = _SCENE_THEN_QUESTION.match(_LEAD_INS.sub("", sentence.strip()))
    return (match.group("scene"), match.group("question")) if match else None


def without_lead_in(question: str) -> str:
    """A question without a clause that only sets the scene before it ("Before we sign anything,
    what should we ask?" asks "what should we ask?")."""
    stripped = _LEAD_CLAUSE.sub("", question, count=1)
    return stripped if stripped != question and stripped.strip() else question


#: A request opening with a verb of two words, politely or not ("Kindly set out the main difference
#: ...", "Please walk me through how ..."): how the question is asked, never what about.
_REQUEST_OPENING = re.compile(r"^(?:(?:kindly|please)\s+)*(?:(?:set|lay|spell|point)\s+out|walk\s+(?:me|us)\s+"
                              r"through|break\s+down|go\s+over)\s+(?=\S)", re.IGNORECASE)


def asked_part(sentence: str) -> str:
    """What a sentence of a message asks: the question inside a statement ("In particular, I wish to
    understand how the literature classifies ..." asks "how the literature classifies ..."), a request
    without its opening verb ("Kindly set out the difference ..." asks "the difference ..."), a question
    without a clause that only sets the scene (:func:`without_lead_in`). Who wants to know, and how
    politely, is context: its words are not what the question is about."""
    question = _question_proper(sentence)
    return question if question != sentence else without_lead_in(sentence)


#: A clause at the end of a question inside a statement about when or why the asker acts ("... before I
#: spend money on it", "... because we sign next week", "... so I can report back"): the asker's circumstances, not
#: the question.
_ASKERS_CIRCUMSTANCE = re.compile(r",?\s+(?:(?:before|after|because|since|so\s+that|while|until)\s+(?:i|we)\b"
                                  r"|so\s+(?:i|we)\s+(?:can|could|may|might)\b)[^?!.;]*"
                                  r"(?P<end>[?!.]*)\s*$", re.IGNORECASE)


#: A wh-clause about the writer ("what I'm paying for", "how we work") or after the filler "you know"
#: ("you know how they drive"): a statement's aside, whatever verb embeds it.
_ASIDE_CLAUSE = re.compile(r"\byou know\s+(?:how|what|why|where|when)\b"
                           r"|\b(?:what|how|why|where|when)\s+(?:i|i'm|i've|i'd|we|we're|we've|we'd)\b",
                           re.IGNORECASE)


def _aside(sentence: str, on_topic: Callable[[str], bool]) -> bool:
    """Whether a sentence asks only by a wh-clause inside a statement that is about the writer or follows
    "you know", and names nothing of the guide's subject ("I like to understand what I'm paying for", "you
    know how they drive"): why or how the writer speaks, not a question to answer ("I want to know what an
    informed person should ask" is one)."""
    return _asks_by_embedding(sentence) and _ASIDE_CLAUSE.search(sentence) is not None \
        and not on_topic(_question_proper(sentence))


def _asks_by_embedding(sentence: str) -> bool:
    """Whether a sentence asks only by a question inside a statement ("I want to understand where ...")."""
    return _question_proper(sentence) != sentence and _EMBEDDED_QUESTION.search(sentence) is not None \
        and not _REQUEST_OPENING.match(sentence.strip())


#: Explaining done by someone other than the one asked ("I need to explain", "my teacher wants us to
#: explain", "she explains to a cadet"): the writer's task, not a request to us ("can you explain").
_TASK_OF_EXPLAINING = re.compile(r"^(?:(?!\byou\b).)*\bexplain(?:s|ed|ing)?\b", re.IGNORECASE)


def asked_outright(message: str, question: str) -> bool:
    """Whether a question of a message (from :func:`questions_in`) is asked outright: with a question
    mark, or by a sentence that opens by asking, not only inside a statement of what the writer or
    someone else has to explain ("my teacher wants us to explain how stuff works", "in one scene she
    explains how it charges"). Such a statement says what the writer is doing; a question asked
    outright beside it is what they ask."""
    if question.rstrip().endswith("?"):
        return True
    return not any(_asks_by_embedding(s) and _question_proper(s).strip() in question
                   and _TASK_OF_EXPLAINING.match(s[: s.find(_question_proper(s).strip())] or s)
                   for s in sentences(message))


#: A question after a colon that ends the sentence: "..., just the basics: what moves where when you charge it?".
_QUESTION_AFTER_COLON = re.compile(r":\s+(?P<question>(?:what|which|why|how|where|when|who|is|are|do|does|can|could|"
                                   r"will|would|should)\b[^:]*\?)\s*$", re.IGNORECASE)


def _question_proper(sentence: str) -> str:
    """A sentence without the statement or request verb around the question it asks (see :func:`asked_part`)."""
    stripped = sentence.strip()
    after_colon = _QUESTION_AFTER_COLON.search(stripped)
    if after_colon is not None:
        # "I don't need the deep chemistry, just the basics: what moves where when you charge it?": what leads up
        # to the colon says how the writer wants it, the question follows.
        return after_colon.group("question")
    lowered = _LEAD_INS.sub("", stripped.lower())
    if not lowered.startswith(INTERROGATIVE_OPENINGS):
        embedded = _EMBEDDED_QUESTION.search(stripped)
        if embedded is not None:
            # "... where the energy comes from before I spend money on it": when the asker acts is context.
            return _ASKERS_CIRCUMSTANCE.sub(r"\g<end>", stripped[embedded.start("question"):], count=1)
    request = _REQUEST_OPENING.sub("", stripped, count=1)
    return request if request != stripped else sentence


#: A question about what to ask someone: "what should I (actually) be asking them", "what questions should he put
#: to them", "which points should we raise with them". Language.
_WHAT_TO_ASK = re.compile(r"^(?:what|which)\b(?:\s+(?:questions?|points?|things?|else))?\s+(?:should|shall|do|must|can|"
                          r"could|would|ought)\s+(?:i|we|he|she|they|you|one|someone|somebody|people"
                          r"|(?:a|the)\s+(?:guy|bloke|chap|person|buyer|customer|man|woman|lad))\s+(?:\w+\s+){0,2}?"
                          r"(?:ask(?:ing)?|put(?:ting)?\s+to|rais(?:e|ing)\s+with|check(?:ing)?\s+with"
                          # ... or grill, quiz or press them on: "what should I be grilling him about?"
                          r"|grill(?:ing)?|quiz(?:zing)?|press(?:ing)?|pin(?:ning)?|prob(?:e|ing)|challeng(?:e|ing)"
                          r"|cross-examin(?:e|ing))"
                          # ... whom, or no one named when what follows is to judge what is said ("what should I be
                          # asking to tell if it's real?"; not "... before I pay the deposit", about something else).
                          r"(?:\s+(?:them|him|her|(?:the|an?|our|my|their)\s+\w+|\w+s)\b"
                          r"|(?=\s+to\s+(?:tell|know|find\s+out|check|see|judge|work\s+out|figure\s+out|spot|separate)\b))"
                          # ("what should I pin him down on?": pinned down, on a point)
                          r"(?:\s+down)?(?:\s+(?:about|on|over)\b)?",
                          re.IGNORECASE)
#: Why or when the asking is done, after such a question: "... so I don't get sold a buzzword", "... to separate a
#: real platform from sales talk", "..., beyond whether it is solid-state", "... before I sign". Language.
_WHY_ASKED = re.compile(r"^\s*(?:,\s*)?(?:so\b|in\s+order\s+to\b|to\s+(?!(?:them|him|her|us|me|the|a|an|their|our|my|"
                        r"your|his|its)\b)\w+|beyond\b|before\b|rather\s+than\b)", re.IGNORECASE)


#: A clause giving what the writer will do with the answer, closing a question: ", so that we can ask sensible
#: questions at the meeting", "so I can explain it to my class". Language.
_WRITERS_PURPOSE = re.compile(r",?\s+so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may|might|will|would|am|are|don't"
                              r"|do\s+not|won't|dont)\b[^?.!]*(?=\?\s*$)", re.IGNORECASE)
#: ... left out only when the question before it keeps at least this many words.
MIN_WORDS_BEFORE_PURPOSE = 6


def without_writers_purpose(question: str) -> str:
    """A question without the closing clause saying what the writer will do with the answer ("Could you summarise
    what each family is good at, so that we can ask sensible questions at the meeting?"): the purpose names other
    things (asking, meetings) than what is asked. Any other question is returned as it is."""
    match = _WRITERS_PURPOSE.search(question)
    if match is None or len(question[: match.start()].split()) < MIN_WORDS_BEFORE_PURPOSE:
        return question
    return question[: match.start()] + question[match.end():]


def asks_what_to_ask(question: str) -> bool:
    """Whether a question asks what to ask someone ("What should I check with the supplier?", "what follow-up
    question should I put to them?")."""
    return _WHAT_TO_ASK.match(_LEAD_INS.sub("", question.strip())) is not None \
        or _ASKING_WORDS.search(question) is not None


#: ... anywhere in a question, after what sets the scene ("if a company says its battery is solid-state, what should I
#: ask them?").
_WHAT_TO_ASK_ANYWHERE = re.compile(r"(?:^|\b)" + _WHAT_TO_ASK.pattern.removeprefix("^"), re.IGNORECASE)


def asks_what_to_ask_someone(question: str) -> bool:
    """Whether a question asks, anywhere in it, what to ask someone ("if a company says its battery is solid-state,
    what should I ask them?"); not a question that only names asking ("what questions does the guide answer?")."""
    return _WHAT_TO_ASK_ANYWHERE.search(question) is not None


#: Words of asking someone something ("what follow-up should I put to the supplier?"). Language.
_ASKING_WORDS = re.compile(r"\b(?:ask|asking|questions?|follow-ups?|put\s+to|check\s+with|raise\s+with|grill|grilling"
                           r"|quiz|quizzing|cross-examin(?:e|ing)"
                           # ... or pinning someone down on a point ("what should I pin him down on?")
                           r"|pin(?:ning)?\s+(?:\w+\s+){1,2}?down\s+(?:on|about|over))\b",
                           re.IGNORECASE)


def without_why_asked(question: str) -> str:
    """A question about what to ask someone without why or when it is asked: "What should I actually be asking
    them so I don't get sold a buzzword?" asks what to ask them; the purpose names what the guide says about
    buzzwords, which is not the list of questions. Any other question is returned as it is."""
    stripped = question.strip()
    lead = _LEAD_INS.match(stripped.lower())
    # At the start, or after an opening phrase set off by a comma ("Before our meeting, what should I ...").
    # ... or after the sentence of context a question pointing back carries ("A rep pushes a solid-state pack.
    # What should I be asking him before I order?").
    starts = [lead.end() if lead else 0, *(m.end() for m in re.finditer(r",\s*|(?<=[.!?])\s+", stripped))]
    for start in starts:
        asking = _WHAT_TO_ASK.match(stripped[start:])
        if asking is not None:
            end = start + asking.end()
            return stripped[:end].rstrip(" ,") + "?" if _WHY_ASKED.match(stripped[end:]) else question
    return question


#: The advisor's own view asked for beside the question ("What, in your view, ought we to ask?", "In your
#: opinion, which family is best?"): how the answer is wanted, not what it is about. Language.
_ADVISOR_VIEW = re.compile(r"(?:^|,)\s*in\s+your\s+(?:honest\s+)?(?:view|opinion|estimation|judge?ment|experience)"
                           r"\s*(?:,|(?=[?.!]|$))", re.IGNORECASE)


def without_advisor_view(question: str) -> str:
    """A question without "in your view" (or opinion, judgement, experience) set off by commas or at its
    start or end: "What, in your view, ought we to ask?" asks what to ask; "view" would otherwise name the
    guide's own opinion. Any other question is returned as it is."""
    return _without(_ADVISOR_VIEW, question)


def _without(words: re.Pattern[str], question: str, *, strip: str = " ,") -> str:
    """``question`` with what ``words`` matches taken out and the spaces and punctuation left tidied; the
    question as it is when nothing matches or nothing would be left."""
    out = words.sub(" ", question)
    if out == question:
        return question
    return re.sub(r"\s+([,?.!])", r"\1", re.sub(r"\s{2,}", " ", out)).strip(strip) or question


#: What a question sets aside at its end: "what is the electrolyte doing in there, apart from sitting in the middle
#: looking important?". Language: what is set aside is what the writer does not ask about. (Set off by a comma: "how
#: do I tell a real product apart from marketing fluff?" tells two things apart.)
_SET_ASIDE_AT_END = re.compile(r",\s*(?:apart|aside)\s+from\s+[^?.!,;]+(?=[?.!]*\s*$)", re.IGNORECASE)
#: ... left out only when the question before it keeps at least this many words.
MIN_WORDS_BEFORE_SET_ASIDE = 5


def without_set_aside(question: str) -> str:
    """A question without what it sets aside at its end ("what is the electrolyte doing, apart from sitting in the
    middle?"): those words name what is not asked about. Any other question is returned as it is."""
    match = _SET_ASIDE_AT_END.search(question)
    if match is None or len(question[: match.start()].split()) < MIN_WORDS_BEFORE_SET_ASIDE:
        return question
    return question[: match.start()] + question[match.end():]


#: What the writer says of their own knowledge before asking: "My physics is terribly rusty these days, but when
#: ...", "I'm no scientist, so ...", "Forgive my ignorance, but ...". Language: how much the writer knows is never
#: what is asked about ("physics" would otherwise name the guide's interface physics).
_WRITERS_KNOWLEDGE = re.compile(
    # (what is rusty is the writer's knowledge of a field: "my results are poor at low temperature" says no such thing)
    r"^\s*(?:(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:physics|chemistry|science|maths?|mathematics|knowledge|memory"
    r"|understanding|electronics|engineering|background|schooling)\s+(?:is|are|was|were)\s+(?:(?:terribly|very|really"
    r"|pretty|rather|quite"
    r"|a\s+bit|a\s+little|somewhat|badly|so|too|fairly)\s+)?(?:rusty|poor|weak|shaky|limited|basic|patchy|non-?existent"
    r"|not\s+(?:great|good|what\s+it\s+was|up\s+to\s+much))(?:\s+(?:these\s+days|nowadays|now|at\s+best))?"
    r"|i'?m\s+(?:no|not\s+an?)\s+(?:\w+\s+)?(?:expert|scientist|chemist|physicist|engineer|boffin|techie)"
    r"|(?:forgive|excuse|pardon)\s+my\s+(?:ignorance|naivety|naivete))"
    # ... set off from the question by a comma or a "but" ("..., but when you charge it, ...").
    r"\s*(?:[,;-]\s*(?:(?:but|so|and)\b)?|\s(?:but|so|and)\b)\s*,?\s*(?=\w)",
    re.IGNORECASE)


def without_writers_knowledge(question: str) -> str:
    """A question without what the writer first says of their own knowledge ("My physics is terribly rusty these
    days, but when you charge it, which end do the ions go to?"). Any other question is returned as it is."""
    stripped = _WRITERS_KNOWLEDGE.sub("", question, count=1)
    return stripped if stripped != question and len(stripped.split()) >= MIN_WORDS_AFTER_KNOWLEDGE else question


#: ... left out only when this many words are left after it.
MIN_WORDS_AFTER_KNOWLEDGE = 4


#: The device a message is typed on ("Quick q from my phone - ...", "typing this on my mobile so excuse typos"):
#: how it is sent, never what it asks about. Language.
_TYPED_ON = re.compile(r"\b(?:(?:typing|typed|sent|sending|writing|asking)\s+(?:this\s+)?(?:on|from)|from)\s+my\s+"
                       r"(?:phone|mobile|cell|iphone|android|tablet|ipad)\b", re.IGNORECASE)


def without_device_typed_on(question: str) -> str:
    """A question without the device it says it is typed on ("Quick q from my phone - why is lithium metal the
    prize?"): "phone" would otherwise make it one about a consumer device. Any other question is returned as it is."""
    return _without(_TYPED_ON, question, strip=" ,-")


#: How the writer wants the answer put, set off by a comma: "Without the sales pitch, why ...", "no jargon please, how
#: ...": never what it asks about. Only words for a register, not a part of a cell ("Without a separator, how
#: ..." asks about the separator). Language.
_REGISTER_WANTED = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:without|minus|skip|skipping|spare me|cut|no|none of)\s+(?:the\s+|all\s+the\s+|any\s+)?"
    r"(?:sales\s+pitch|sales\s+talk|sales\s+patter|marketing(?:\s+spiel|\s+fluff)?|spiel|jargon|hype|spin|pr\s+spin|"
    r"waffle|fluff|buzzwords?|technobabble|tech\s+talk|big\s+words|fancy\s+words|science\s+lesson|lecture|maths?|"
    r"bs|nonsense)(?:\s+please|\s+pls)?\s*,\s*", re.IGNORECASE)
#: ... and simple words asked for at the end of a definition asked: "What's a semi-solid battery, in simple words?"
#: (not "How would I explain it in simple terms?": there the simple terms are the question).
_SIMPLER_WANTED = re.compile(
    r",?\s*\b(?:in\s+(?:simple|plain|layman'?s|laymans|everyday|basic|easy)\s+(?:words|terms|english|language)"
    r"|like\s+i'?m\s+five|for\s+a\s+(?:beginner|layman|novice)"
    # ... or in words someone can follow: "..., in words an old conductor can follow?"
    r"|in\s+words\s+(?:a|an|my|your|the|any)?\s*(?:[\w'-]+\s+){0,3}(?:can|could|would|will)\s+(?:follow|understand|get)"
    r")(?:\s+please|\s+pls)?\s*(?=[?.!]*\s*$)",
    re.IGNORECASE)
#: ... and the kind of answer wanted, tacked on at the end without a stop: "are they safer or not straight answer
#: pls" (with one, :func:`_without_small_talk` cuts it off), or at the end of a question: "What are its numbers, and
#: don't pad it out.". Not "the short answer": the guide's own heading.
_ANSWER_KIND_WANTED = re.compile(
    r"[,-]?\s*\b(?:(?:a|an|just\s+an?)\s+)?(?:straight|honest|quick|plain|direct)\s+answer"
    r"(?:\s+(?:please|pls|plz|thanks|ta))?\s*[?.!]*\s*$"
    # ... or an answer without padding: "What are its numbers, and don't pad it out.", "..., keep it short please"
    r"|,?\s*\b(?:and\s+)?(?:please\s+)?(?:(?:don'?t|do\s+not)\s+(?:pad(?:\s+it)?(?:\s+out)?|waffle(?:\s+on)?"
    r"|ramble(?:\s+on)?|drone\s+on|go\s+on\s+(?:and\s+on|about\s+it))|keep\s+it\s+(?:short|brief|tight|snappy))"
    r"(?:\s+(?:please|pls|plz|thanks|ta))?\s*[?.!]*\s*$", re.IGNORECASE)
_DEFINITION_ASKED = re.compile(r"^\s*(?:what(?:\s+(?:exactly|actually|precisely|really))?\s+(?:is|are)|what's|whats"
                               r"|define)\b", re.IGNORECASE)
#: ... or first: "In simple words, what is a semi-solid battery?".
_SIMPLER_FIRST = re.compile(r"^\s*(?:in\s+(?:simple|plain|layman'?s|laymans|everyday|basic|easy)\s+"
                            r"(?:words|terms|english|language))\s*,\s*(?=(?:what|define)\b)", re.IGNORECASE)


def without_register_wanted(question: str) -> str:
    """A question without how its writer wants the answer put ("Without the sales pitch, can you tell me why
    ...?", "What's a semi-solid battery, in simple words?"): "sales pitch" would otherwise make it one about sales
    language, "simple words" one about the passage put in simple terms. Any other question is returned as it
    is."""
    question = _without(_ANSWER_KIND_WANTED, _without(_SIMPLER_FIRST, _without(_REGISTER_WANTED, question)))
    return _without(_SIMPLER_WANTED, question) if _DEFINITION_ASKED.match(question) else question


#: Where a question typed in lower case may end before more words ("whos right?? pls settle this").
#: Small talk after a question is a remark, not a text of its own: a longer tail is left with the question.
MAX_SMALL_TALK_WORDS = 25
#: A question asking again of what the question before it named: "... ?? can it happen or nah", "is it true?",
#: "does it?" ...; at most this many words.
MAX_ASKED_AGAIN_WORDS = 6
#: ... and an aspect asked of it ("Any downside?", "The catch?") at most this many (10 was one case better over the
#: sets, but joined "If so, what's the catch with them?" to a claim it asks about).
MAX_ASPECT_AFTER_WORDS = 3
_ASKED_AGAIN = re.compile(r"^\W*(?:(?:so|and|but)\s+)?(?:can|could|does|do|will|would|is|are|did)\s+"
                          r"(?:it|that|this|they)\b(?:\s+(?:happen|happens|work|really|actually|even|true|real|so|right))*"
                          r"(?:\s+or\s+(?:not|nah|no|what))?\W*$", re.IGNORECASE)
#: Not before a word going on with the question ("is it the separator?? or is there still a film").
#: (Shouted punctuation too: "SAFER OR NOT??!! straight answer pls".)
_QUESTION_THEN_LOWER = re.compile(r"(?:(?<=\?)|(?<=\?!)|(?<=\?!!)|(?<=\?\?!)|(?<=\?\?!!)|(?<=\?!\?!))\s+(?=[a-z])"
                                  r"(?!(?:or|and|but|nor|than|vs|versus)\b)")


def _without_small_talk(sentence: str, on_topic: Callable[[str], bool]) -> list[str]:
    """A sentence typed in lower case cut after its question when the words after the question mark say
    nothing on the guide's subject ("whos right?? pls settle this bc loser buys pizza", "wats the diff?? quick
    version pls"): small talk, not part of the question. Words after it on the subject go on with the question
    ("what moves thru the solid bit?? electrons or ions lol") and stay with it."""
    match = _QUESTION_THEN_LOWER.search(sentence)
    if match is None or len(sentence[match.end():].split()) > MAX_SMALL_TALK_WORDS or on_topic(sentence[match.end():]):
        return [sentence]
    return [sentence[: match.start()], *_without_small_talk(sentence[match.end():], on_topic)]


#: A request to be told or shown, in any politeness ("Could you summarise what is known?", "please explain"). Language.
_REQUEST_AGAIN = re.compile(r"^(?:(?:so|and|but|then|ok|okay)\W+)*(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?"
                            r"|please\s+|kindly\s+)?(?:summari[sz]e|explain|outline|describe|clarify|elaborate|expand"
                            r"|tell\s+(?:me|us)|sum\s+(?:it\s+|that\s+)?up|go\s+over|fill\s+(?:me|us)\s+in)\b",
                            re.IGNORECASE)


def questions_in(text: str, on_topic: Callable[[str], bool] | None = None,
                 names_subject: Callable[[str], bool] | None = None) -> list[str]:
    """The questions of a message of several sentences, each with the context it needs.

    A one-sentence message is returned whole. A short question that points back ("Is that claim
    true?") keeps the sentence it points at: the nearest earlier one on the guide's subject when
    ``on_topic`` can tell (a sentence of small talk between them is passed over), else the one
    before it. A message with no asking sentence is asked by its last sentence when that is on the
    subject ("I run a repair shop. Stack pressure."), else whole. ``names_subject`` tells a question
    naming a thing of the guide from one naming only an aspect that many things have ("So what's the
    catch?": see :func:`_names_only_an_aspect`); without it, any word on the subject names one.
    """
    parts = sentences(text)
    if on_topic is not None:
        parts = [piece for part in parts for piece in _without_small_talk(part, on_topic)]
    if len(parts) < MIN_SENTENCES:
        # "I sell flowers, not gadgets, so be gentle with me: what moves around inside ...?": the question after
        # the colon, as in a longer message.
        # (Not "Compare sulfide and oxide electrolytes: what is each good at?": there the lead names the subject.)
        after_colon = _QUESTION_AFTER_COLON.search(text.strip())
        if after_colon is not None and on_topic is not None and not on_topic(text.strip()[:after_colon.start()]):
            return [after_colon.group("question")]
        return [text]
    # "I don't know chemistry, but I like to understand what I'm paying for. Could you explain how ...?": a
    # wh-clause inside a statement that names nothing of the subject (an aside, :func:`_aside`) says why or how
    # the writer speaks; while another sentence asks, it asks nothing.
    asking = [asks(p) for p in parts]
    if not any(a and _opens_as_question(p) for a, p in zip(asking, parts, strict=True)):
        # "The interfaces are a minor detail, surely. Get the electrolyte right and the rest follows, yes?": a claim
        # put for confirmation by its tag asks, as its question mark would; beside a question proper ("Why would
        # the type matter? A solid's a solid, surely.") it is the writer's remark on it.
        asking = [a or _claims_with_tag(p) for a, p in zip(asking, parts, strict=True)]
    if on_topic is not None:
        asides = [a and _aside(p, on_topic) for a, p in zip(asking, parts, strict=True)]
        if any(a and not aside for a, aside in zip(asking, asides, strict=True)):
            asking = [a and not aside for a, aside in zip(asking, asides, strict=True)]
    reported = False
    if not any(asking):
        # "Our insurers have asked whether such batteries are safer. I should be grateful for a balanced view.":
        # with nothing asked outright, the question reported is the one to answer.
        asking = [_REPORTED_QUESTION.search(p) is not None for p in parts]
        reported = any(asking)
    found: list[str] = []
    for i, part in enumerate(parts):
        if reported and (match := _REPORTED_QUESTION.search(part)) is not None:
            found.append(part[match.start("question"):])
            continue
        if found and i > 0 and asking[i - 1] and clarifies(part):
            # "wut r they made of?? like wat kinds": the question before it, said again.
            found[-1] = f"{found[-1]} {part}"
            continue
        if not asking[i]:
            continue
        if found and i > 0 and asking[i - 1] and _INSISTING.match(_LEAD_INS.sub("", part)) \
                and not part.rstrip().endswith("?"):
            # "What is stopping mass production? Give me the real reasons.": the same question again.
            continue
        request = _REQUEST_AGAIN.match(part.strip())
        if found and i > 0 and asking[i - 1] and on_topic is not None and request is not None \
                and _names_nothing(part.strip()[request.end():]) and not on_topic(part):
            # "... I need the main weakness of each. Could you summarise what is known?": a request naming nothing,
            # after a question, asks for that question's answer again ("what is known" meets "known cost base").
            continue
        if found and i > 0 and asking[i - 1] and only_confirms(part):
            # "heard sulphide ones hate getting damp?? true?": asks for the question before it to be confirmed,
            # not a question of its own (alone, "true" would meet the guide's "true all-solid-state").
            found[-1] = f"{found[-1]} {part}"
            continue
        if found and i > 0 and asking[i - 1] and offers_options(part):
            # "Where does the jump come from? The solid electrolyte, or something else?": the answers the
            # question before it offers to choose from, not a question of its own.
            found[-1] = f"{found[-1]} {part}"
            continue
        if found and i > 0 and asking[i - 1] and on_topic is not None and (
                (len(part.split()) <= MAX_ASKED_AGAIN_WORDS and _ASKED_AGAIN.match(part) and not on_topic(part))
                or (len(part.split()) <= MAX_ASPECT_AFTER_WORDS and _names_only_an_aspect(part, on_topic,
                                                                                          names_subject))):
            # "lithium spikes goin thru the solid bit?? can it happen or nah": the question before asked again of
            # what it named, not a question of its own; so is "Any downside?" after "Can a softer layer help?".
            found[-1] = f"{found[-1]} {part}"
            continue
        # "I wish to understand how ...": the question proper, without who wants to know.
        part = _question_proper(part)
        # "Is that claim accurate, or are there other risks?": its first question is the short one.
        first = (clauses(part) or [part])[0]
        # "Is that where the energy comes from or is he talking rubbish?": the alternative offered after "or",
        # with or without a comma, is a second reading of the same question; the question is as short as its first.
        unclaimed = _COMPLEMENTISER.sub("", first)
        part_points = _POINTING.search(unclaimed)
        short = len(_OR_ANY_ALTERNATIVE.split(first, maxsplit=1)[0].split()) <= SHORT_POINTER_WORDS
        pointer = part_points.group(0).lower() if part_points is not None else ""
        if not short and (pointer in _POINTING_AT_WHAT_WAS_SAID | _POINTING_AT_THINGS or (
                pointer in _POINTING_AT_A_PERSON and on_topic is not None and not on_topic(first))):
            # ... and a request pointing at what was said, or at things named ("these figures"), is as short
            # without why it is asked ("Could you help me get that right so we don't teach a misconception?");
            # so is one asking what to ask a person when it names nothing of the subject ("What should I be
            # asking him before I part with any money?"); "what should I ask them so I can tell ...?" asks
            # something of its own.
            short = len(_OR_ANY_ALTERNATIVE.split(_PURPOSE_TAIL.sub("", first), maxsplit=1)[0].split()) \
                <= SHORT_POINTER_WORDS
        before = unclaimed[: part_points.start()] if part_points else ""
        if part_points and on_topic is not None and _COORDINATED.search(before) and on_topic(before):
            # "what is interfacial resistance and why does it matter": "it" is named in the sentence.
            part_points = None
        antecedent = _antecedent(parts[:i], first, on_topic)
        if antecedent is not None and not (short and part_points and asking[i - 1]
                                           and _asks_by_embedding(parts[i - 1])):
            # "My supervisor said the bottleneck is at the boundaries between layers. I've found little on
            # this. What goes wrong at those boundaries?": the sentence that names the boundaries.
            found.append(without_lead_in(f"{antecedent} {part}"))
            continue
        # "Is that true?" points back; "Confirm?" or "Thoughts?" asks about the sentence before it; so do
        # "Which family fits?", a choice whose need was said before it, and "Can you confirm?", a question
        # naming nothing it asks about.
        if i > 0 and short and part_points and asking[i - 1] and _asks_by_embedding(parts[i - 1]):
            # "I want to understand where the extra energy comes from. Is it the solid part?": "it" is what
            # the question before asks about.
            part = f"{_question_proper(parts[i - 1])} {part}"
        elif i > 0 and short and asking[i - 1] and (
                (pointer in STANDING_FOR_A_THING and _names_nothing(part)) or _THERE_LAST.search(first)) \
                and on_topic is not None and not on_topic(part) and on_topic(parts[i - 1]):
            # "why do people call lithium metal the real prize? what does it actually buy you": "it" is what the
            # question before named; alone, the question names nothing to ask about. So is "there" ending it
            # ("Is the contact between the layers the weak point? What actually goes wrong there?"): where the
            # question before was.
            part = f"{_question_proper(parts[i - 1])} {part}"
        elif i > 0 and not asking[i - 1] and (
                (short and part_points) or len(part.split()) <= BARE_QUESTION_WORDS
                or not without_confirmation_frame(normalise(part).split())
                # "... they can't catch fire. Problem solved, right?": a verdict tagged for confirmation.
                or (len(part.split()) <= MAX_CONFIRMATION_WORDS and bool(_YES_NO_ENDINGS.search(part.strip())))):
            # "Is that true?" asks about what was said; "what should I ask them?" about who said it; a quiz's
            # frame alone ("True or false?") about the claim before it.
            pointer = part_points.group(0).lower() if part_points is not None else ""
            # ("Utter tosh, surely?" points at nothing, but only gives a verdict on what was said: the claim.)
            pointed = _pointed_at(parts[:i], on_topic, claim=pointer in _POINTING_AT_WHAT_WAS_SAID or (
                                      part_points is None and only_confirms(part)),
                                  speaker=pointer in _POINTING_AT_A_PERSON)
            part = f"{pointed} {part}"
        elif i > 0 and not asking[i - 1] and on_topic is not None and (
                _CHOICE.match(first) or (_names_nothing(part) and not on_topic(part))
                # "Polymer electrolytes. Easy to make?": a topic named on its own, then asked about ("DENDRITES. still
                # a thing in solid state or NOT??": a word alone, whatever the question names of the subject).
                or (_names_a_topic_only(parts[i - 1], on_topic)
                    and (not on_topic(part) or len(parts[i - 1].split()) == 1))
                or (short and _names_only_an_aspect(part, on_topic, names_subject)
                    and not _SEVERAL_POINTED_AT.search(first))):
            # The need is a sentence on the guide's subject; small talk before a choice is no need. So is
            # what a question naming nothing asks about ("Can you confirm?", "Which should I order?"), or
            # only an aspect of it ("Oxides are meant to be tough. So what's the catch?").
            need = _pointed_at(parts[:i], on_topic)
            part = f"{need} {part}" if on_topic(need) else part
        # Among sentences of context, a clause before the question sets the scene too.
        found.append(without_lead_in(part))
    if not found and on_topic is not None and on_topic(parts[-1]):
        return [parts[-1]]
    return found or [text]


#: "there" ending a question, a place pointed back at ("what goes wrong there?").
_THERE_LAST = re.compile(r"\bthere\s*[?!.]*\s*$", re.IGNORECASE)
#: A number of things pointed at ("which of the three ...?", "both", "these two"): the rows named around the
#: question, which the conversation picks out of the message (``FollowUpRows.pair_in_context``), not a sentence.
_SEVERAL_POINTED_AT = re.compile(r"\b(?:both|either|neither|each|(?:the|these|those)\s+(?:two|three|four|five|six))\b",
                                 re.IGNORECASE)
#: A question fragment of options joined by "or", without a verb asking anything: "The solid electrolyte, or
#: something else?", "Ions or electrons?", "Sulfides, oxides or polymers?".
_OPTIONS = re.compile(r"^[^?!.;:]*\bor\b[^?!.;:]*\?+[!?]*$", re.IGNORECASE)
#: Options offered after a question are at most this many words.
MAX_OPTIONS_WORDS = 10
#: Verbs asking something, which make a fragment with "or" a question of its own ("... or do the electrons
#: take another route?").
_FINITE = re.compile(r"\b(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|am|isn't|aren't"
                     r"|don't|doesn't|won't|can't|i|we|you|they|it|he|she|there)\b", re.IGNORECASE)


#: A sentence only asking for a confirmation is at most this many words ("true?", "is that really right?").
MAX_CONFIRMATION_WORDS = 4


def only_confirms(sentence: str) -> bool:
    """Whether a sentence only asks for what was said to be confirmed: "true?", "right?", "is that correct?",
    "true or false?" (its content words are confirmation words, or a quiz's frame alone)."""
    words = normalise(sentence).split()
    content = content_words(" ".join(words))
    return 0 < len(words) <= MAX_CONFIRMATION_WORDS and (
        not without_confirmation_frame(words) or (bool(content) and all(w in CLAIM_VERDICT_WORDS for w in content)))


#: A fragment after a question that says again what it asks, in other words: "like what kinds?", "as in which
#: one?", "i mean how long?". Language, the same for every guide.
_CLARIFYING = re.compile(r"^(?:like|as in|i mean|meaning|you know|ie|i\.e\.)\b", re.IGNORECASE)
#: ... of at most this many words, asking with a question word (as typed: "wat", "wut", "wot").
MAX_CLARIFYING_WORDS = 6
_WH_WORD = re.compile(r"\b(?:what|wat|wut|wot|which|how|who|where|when|why)\b", re.IGNORECASE)


def clarifies(sentence: str) -> bool:
    """Whether a sentence is a short fragment saying again what the question before it asks ("like what kinds?"),
    with no verb of its own."""
    stripped = sentence.strip()
    # (With a question word: "like in a vice" draws a picture, it does not ask again.)
    return bool(_CLARIFYING.match(stripped)) and len(stripped.split()) <= MAX_CLARIFYING_WORDS \
        and not _FINITE.search(stripped) and bool(_WH_WORD.search(stripped))


def offers_options(sentence: str) -> bool:
    """Whether a sentence only offers the options a question before it chooses from ("The solid electrolyte,
    or something else?", "Ions or electrons?"): a short fragment with "or", ending with a question mark,
    with no question word or verb of its own."""
    stripped = _LEAD_INS.sub("", sentence.strip())
    return bool(_OPTIONS.match(stripped)) and len(stripped.split()) <= MAX_OPTIONS_WORDS \
        and not stripped.lower().startswith(INTERROGATIVE_OPENINGS) and not _FINITE.search(stripped)


#: A demonstrative before a word naming what it points at ("those boundaries", "these cells", "about that
#: claim"); "that" only after a preposition, since elsewhere it also opens a clause ("say that cells ...").
#: Not a number of things ("these two categories"): those are the rows named around (``pair_in_context``).
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:those|these|this|(?:about|of|at|on|in|for|with|from|behind)\s+that)"
                                 r"\s+(?!(?:two|three|four|five|six|several|many|few)\b)(?P<noun>[a-z][a-z-]{2,})\b",
                                 re.IGNORECASE)


#: What someone said, named by whose it is: "the officer's view", "my colleague's claim", "his argument".
_SOMEONES_SAYING = re.compile(r"(?:\b\w+'s|\b(?:his|her|their))\s+(?:\w+\s+)?(?:view|views|claim|claims|statement"
                              r"|opinion|argument|assertion|position|theory|point)\b", re.IGNORECASE)


#: A saying pointed back at with "the": "What does the claim actually mean?" after the sentence quoting it.
_THE_SAYING = re.compile(r"\bthe\s+(?:claim|line|quote|quotation|phrase|statement|saying|slogan|remark|metaphor)\b"
                         r"(?!\s+(?:that|about|of)\b)", re.IGNORECASE)


def _antecedent(before: list[str], question: str, on_topic: Callable[[str], bool] | None) -> str | None:
    """The sentence of context a question's demonstrative points at by naming it again ("What goes wrong at
    those boundaries?" after "... something at the boundaries between layers"): the nearest earlier one,
    not past an earlier question, that names the same thing and is on the guide's subject, of any length
    of question naming nothing on that subject itself. Of a sentence reporting what someone said, only what
    they said (:func:`claim_in`). None when the question names the thing itself before pointing at it, or no
    sentence of context names it."""
    if on_topic is None or on_topic(question):
        # "Would one of those solid batteries be safe?" names what it asks about itself.
        return None
    for match in _DEMONSTRATIVE_NOUN.finditer(question):
        noun = match.group("noun").lower()
        if noun not in content_words(noun):
            continue
        root = stem(noun)
        if root in analyse(question[: match.start()]):
            continue
        for sentence in reversed(before):
            if asks(sentence) and not _aside(sentence, on_topic):
                break
            if root in analyse(sentence) and on_topic(sentence):
                claim = claim_in(sentence, on_topic)
                return claim if root in analyse(claim) else sentence
    said = next((m for m in _DEMONSTRATIVE_NOUN.finditer(question) if not m.group(0).lower().startswith("th")
                 or m.group(0).lower().startswith(("this", "that"))), None) or _SOMEONES_SAYING.search(question) \
        or _THE_SAYING.search(question)
    if before and said is not None and not (asks(before[-1]) and not _aside(before[-1], on_topic)):
        # "A company says its cell hit a record cycle count. What should I ask them about that result so I'm
        # not fooled?": a word for one thing said ("result", "claim", "story"), named nowhere before, points at
        # the sentence saying it ("those" may stand alone before a word saying what they are: "are those hard
        # to handle?").
        return _pointed_at(before, on_topic, claim=True)
    return None


#: A question with at most this many content words, none on the guide's subject, names nothing it asks
#: about ("Can you confirm?", "Which should I shortlist?", "What do you think?"): it asks about the
#: sentence before it.
MAX_NAMELESS_CONTENT = 1


def _names_only_an_aspect(question: str, on_topic: Callable[[str], bool],
                          names_subject: Callable[[str], bool] | None) -> bool:
    """Whether a question's words on the guide's subject name only an aspect that many of its things
    have (what goes wrong, the energy density: a column of one of its tables), not a thing of its own,
    and it has at most ``MAX_NAMELESS_CONTENT`` other content words, as a question naming nothing
    ("So what's the catch?", "What's the usual weak spot?", not "Which bookshop sells the journal?"):
    it asks about the thing named before it."""
    if names_subject is None or not on_topic(question) or names_subject(question):
        return False
    return sum(not on_topic(w) for w in content_words(normalise(question))) <= MAX_NAMELESS_CONTENT


#: A sentence naming a topic on its own, without a verb ("Polymer electrolytes.", "Sulfides, then."), is at most this
#: many words.
MAX_TOPIC_WORDS = 4


def _names_a_topic_only(sentence: str, on_topic: Callable[[str], bool]) -> bool:
    """Whether a sentence only names a thing on the guide's subject, with no verb ("Polymer electrolytes."): what the
    question after it asks about."""
    return len(sentence.split()) <= MAX_TOPIC_WORDS and _FINITE.search(sentence) is None and on_topic(sentence)


#: Adjectives that only insist on the noun they go with ("what's the *actual* argument?", "the *real* point").
_INSISTING_ADJECTIVES = frozenset({"actual", "real", "exact", "whole"})


def _names_nothing(question: str) -> bool:
    """Whether a question says nothing of what it asks about but how it is asked (see ``MAX_NAMELESS_CONTENT``)."""
    words = [w for w in content_words(normalise(question)) if w not in _INSISTING_ADJECTIVES]
    return len(words) <= MAX_NAMELESS_CONTENT


def context_of(text: str, asked: list[str]) -> list[str]:
    """What a message says around its questions (``asked``, from :func:`questions_in`): the sentences
    none of them asks, and the lead-in clauses cut from the front of those they do ("Before we switch
    from lithium-ion packs, what should we check?" -> "Before we switch from lithium-ion packs")."""
    around = []
    for sentence in sentences(text):
        if any(sentence in q for q in asked):
            continue
        question = asked_part(sentence)
        start = sentence.find(question.rstrip("?!. "))
        if question != sentence and start > 0 and any(question in q for q in asked):
            around.append(sentence[:start].strip(" ,:"))
        else:
            around.append(sentence)
    return around


def _pointed_at(before: list[str], on_topic: Callable[[str], bool] | None, *, claim: bool = False,
                speaker: bool = False) -> str:
    """The sentence a pointing question refers to: the nearest earlier one on the subject (not past
    an earlier question), else the one just before it; with ``claim`` (the question points at a thing,
    not a person), of a sentence reporting what someone said only what they said (:func:`claim_in`).
    With ``speaker`` (the question points at a person: "Is he right that ...?"), the nearest such sentence
    reporting what someone said comes first: he is who said it, not the subject of the last sentence."""
    if on_topic is not None and speaker:
        for sentence in reversed(before):
            if asks(sentence) and not _aside(sentence, on_topic):
                break
            if on_topic(sentence) and _REPORTING.search(sentence):
                return sentence
    if on_topic is not None:
        for sentence in reversed(before):
            if asks(sentence) and not _aside(sentence, on_topic):
                break
            if on_topic(sentence):
                return claim_in(sentence, on_topic) if claim else sentence
    return before[-1]


#: Pointing words that stand for a thing said rather than for the person who said it.
#: Demonstratives pointing at things named before ("these figures", "those cells").
_POINTING_AT_THINGS = frozenset({"these", "those", "ones"})
_POINTING_AT_WHAT_WAS_SAID = frozenset({"that", "thats", "this", "it", "its", "such"})
#: Pointing words that stand for one person: who said something.
_POINTING_AT_A_PERSON = frozenset({"he", "she", "him", "her", "his"})
#: Pronouns that can only stand for something named before ("is it ...?", "what do they ...?"), never a
#: person asked about nor the statement just made. Language, the same for every guide.
STANDING_FOR_A_THING = frozenset({"it", "its", "they", "them", "their"})


#: A sentence asking only whether the reader agrees with what was said before it: "Would you agree?", "Is that right?",
#: "Am I right?". Language.
_AGREEMENT_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but|then|now)\s+)?(?:(?:would|do|don'?t|wouldn'?t|will|won'?t|can)\s+you\s+(?:agree|concur)"
    r"|am\s+i\s+(?:right|correct|wrong)|is\s+(?:that|this|it)\s+(?:right|true|correct|so|fair|accurate)|agreed|true"
    r"|right|correct|fair)(?:\s+(?:or\s+not|with\s+(?:that|this|me)))?\W*$",
    re.IGNORECASE)


def asks_only_for_agreement(sentence: str) -> bool:
    """Whether a sentence asks only whether the reader agrees with what was said before it ("Would you agree?"):
    it asks about that claim, and names nothing of its own."""
    return _AGREEMENT_ASKED.match(sentence) is not None


#: Words that report what someone said, read or heard, before the claim itself: "she told me that",
#: "a salesman says", "kept telling us to", "I read that", "people claim", "the line that".
_REPORTING = re.compile(
    r"\b(?:(?:told|tells|tell|telling|assured|assures|warned|warns|promised|promises)\s+(?:me|us|him|her|them)"
    r"(?:\s+(?:that|to))?|(?:says|said|saying|claims?|claimed|claiming|insists?|insisted|insisting|reckons?"
    r"|swears?|swore|argues|argued)(?:\s+that)?|(?:heard|read|saw|seen|learned|learnt|think|thinks|believe|believes)"
    r"\b[^.;:]{0,60}?\bthat"
    # ... or names the saying before it: "an article with the line that ...", "the idea that ...".
    r"|\b(?:line|phrase|quote|statement|notion|idea|saying|slogan)\s+that)\s+", re.IGNORECASE)
#: A claim needs this many words to stand for the sentence it was said in.
MIN_CLAIM_WORDS = 3


def claim_in(sentence: str, on_topic: Callable[[str], bool]) -> str:
    """What a sentence of context reports someone saying, when that is on the guide's subject ("Over
    lunch my niece told me that sulfide cells need a dry room" -> "sulfide cells need a dry room");
    the sentence whole otherwise. A question pointing back at "that" asks about the claim: who said it,
    when and where is context that only dilutes it."""
    reported = list(_REPORTING.finditer(sentence))
    if not reported:
        return sentence
    claim = sentence[reported[-1].end():].strip(" \"'“”‘’")
    return claim if len(claim.split()) >= MIN_CLAIM_WORDS and on_topic(claim) else sentence


#: A sentence going on to a second part ("what is X and why does it matter"), where a pronoun may
#: stand for what the first part named.
_COORDINATED = re.compile(r"\s(?:and|or|but)\s|,", re.IGNORECASE)


#: A choice asked without what it is for ("Which family fits?", "which one would suit us", "What numbers should
#: we use?"): the need was said in a sentence before it.
_CHOICE = re.compile(r"^(?:(?:so|and|but|then|ok|okay|well)\b[,\s]*)*(?:which|what)\s+(?:\w+\s+){0,2}?(?:fits?|suits?"
                     r"|would\s+(?:fit|suit|work)|works?\s+best|(?:is|would\s+be)\s+(?:best|right|ideal)"
                     r"|(?:should|would|do)\s+(?:i|we|you)\s+(?:pick|choose|use|go\s+(?:with|for)|recommend))"
                     r"(?:\s+(?:me|us))?\s*(?:here|then|for\s+(?:me|us|that|this))?\s*[?.!]*$", re.IGNORECASE)


#: Pronouns that stand for something named earlier in the sentence ("..., and are they cheaper?").
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|those|these)\b", re.IGNORECASE)


#: A question of at most this many words, with no question word or verb to open it, is a fragment of one.
MAX_FRAGMENT_WORDS = 5
#: Words opening a question that stands on its own, beside :data:`ASKING_OPENINGS` (a pronoun or a name is the
#: subject of a question with its verb left out: "they any good?", "sulfides better?").
_OPENS_A_QUESTION = re.compile(r"^(?:shall|may|might|must|need|isn't|aren't|don't|doesn't|can't|won't|wouldn't"
                               r"|couldn't|shouldn't|didn't|wasn't|weren't|hasn't|haven't)\b")


def is_fragment(question: str) -> bool:
    """Whether a question is a fragment with its subject and verb left out ("Worth waiting for?", "Any good, though?",
    "And safer?"): it asks about what the question before it named."""
    stripped = question.strip()
    lowered = _LEAD_INS.sub("", stripped.lower())
    words = lowered.split()
    return stripped.endswith("?") and 0 < len(words) <= MAX_FRAGMENT_WORDS \
        and not lowered.startswith(ASKING_OPENINGS) and not _OPENS_A_QUESTION.match(lowered)


def points_back(clause: str) -> bool:
    """Whether a clause refers to something named before it ("and is it better?"): it is not a
    question on its own."""
    return bool(_PRONOUN.search(clause))


#: A demonstrative before a word for a thing ("that cell", "this one", "the same family").
_DEMONSTRATIVE = re.compile(r"\b(?:that|this|the same)\s+(?:\w+\s+)?(?:one|cell|cells|battery|batteries|product|family|"
                            r"type|kind|design|source|paper|review|article|study|material|layer)\b", re.IGNORECASE)


#: "that" or "this" standing for what the sentence before said ("Is that too high?", "that's normal?"), not
#: before a word for a thing ("is that cell ...?").
_STATEMENT_POINTER = re.compile(r"\b(?:(?:is|was|isn't|wasn't)\s+(?:that|this)|(?:that|this)(?:'s|\s+(?:is|was|means?"
                                r"|sounds?)))\b", re.IGNORECASE)


def points_at_statement(question: str) -> bool:
    """Whether a question is about what was said before it, pointed at by "that" or "this"."""
    return bool(_STATEMENT_POINTER.search(question)) and not _DEMONSTRATIVE.search(question)


def refers_back(text: str) -> bool:
    """Whether a question refers to something named before it, by a pronoun ("is it ...?") or a
    demonstrative ("what energy density does that cell have?")."""
    return points_back(text) or bool(_DEMONSTRATIVE.search(text))


def clauses(question: str) -> list[str]:
    """The questions one sentence asks ("What goes wrong with oxides, and how does the guide read
    their outlook?" asks two); a sentence that asks one question gives an empty list."""
    parts = [p.strip(" ,;") for p in _SECOND_QUESTION.split(question) if p.strip(" ,;")]
    parts = [c for p in parts for c in _claims_of(p)]
    return parts if len(parts) > 1 else []


def _claims_of(part: str) -> list[str]:
    """A part of a sentence split where it goes on to a second claim (:data:`_SECOND_CLAIM`); whole otherwise."""
    pieces = _SECOND_CLAIM.split(part, maxsplit=1)
    return pieces if len(pieces) > 1 and len(pieces[0].split()) >= MIN_CLAIM_WORDS else [part]


#: An alternative question goes on with an auxiliary verb after "or": "... or is he wrong?".
_ALTERNATIVE_OPENING = r"or\s+(?=(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have)\b)"
#: Where a question goes on to an alternative, with or without a comma before it: "... or is he wrong?".
_OR_ANY_ALTERNATIVE = re.compile(rf",?\s+{_ALTERNATIVE_OPENING}", re.IGNORECASE)
#: Where a yes/no question goes on to its alternative: ", or do the electrons ...", ", or is it ...".
_OR_ALTERNATIVE = re.compile(rf",\s*{_ALTERNATIVE_OPENING}", re.IGNORECASE)


def asks_alternatives(question: str) -> bool:
    """Whether a sentence asks one choice between two things in two clauses: a yes/no question and its
    alternative after ", or" ("Is it the electrolyte that carries the electrons, or do they go round
    outside?"). Its answer says which is so, so the sentence is one question, read whole."""
    parts = clauses(question)
    return len(parts) == 2 and asks_yes_or_no(parts[0]) and _OR_ALTERNATIVE.search(question) is not None \
        and len(_OR_ALTERNATIVE.findall(question)) == 1


#: Openings of a question that expects yes or no.
_YES_NO_OPENINGS = ("is ", "are ", "was ", "were ", "do ", "does ", "did ", "can ", "could ", "should ", "would ",
                    "will ", "has ", "have ", "isn't ", "aren't ", "don't ", "doesn't ", "won't ", "can't ",
                    "is it true", "am i right", *CONFIRMATION_FRAMES)
#: Endings that turn a statement into a yes/no question ("..., right?", "talking rubbish, yeah?").
_YES_NO_ENDINGS = re.compile(r"(?:right|true|correct|no|yes|\byeah|\byep|\beh|\baye|isn't it|aren't they|don't they"
                             r"|doesn't it|surely|or not)\s*[?!.]*$", re.IGNORECASE)


def asks_yes_or_no(question: str) -> bool:
    """Whether a question expects "yes" or "no" ("Is it safer?", "..., right?", "If a cell is solid, does
    that mean ...?"). Not one asking leave to ask ("Could I ask what ...?"): a yes/no question in form only."""
    stripped = question.strip()
    lowered = _LEAD_INS.sub("", stripped.lower())
    if asks_leave_to_ask(lowered):
        return False
    condition = _CONDITION_FIRST.match(lowered) or _CONDITION_UNMARKED.match(lowered) or _PLACE_FIRST.match(lowered)
    if condition is not None:
        lowered = lowered[condition.end():]
    return lowered.startswith(_YES_NO_OPENINGS) or bool(_YES_NO_ENDINGS.search(stripped))


#: A phrase saying where, before a yes/no question: "In a solid-state cell is there still a separate film?".
_PLACE_FIRST = re.compile(r"(?:in|inside|within)\s+(?:a|an|the|these|those|this|one of these|such)\s+"
                          r"[\w\s'-]{1,40}?,?\s+(?=(?:is|are|does|do|can|will|would|should|could)\s+(?:there|it|they|the|a|an|these|this)\b)")


def starts_with_condition(text: str) -> bool:
    """Whether a text opens with a condition ("If a battery has a solid electrolyte, ...", "Once the layers are
    solid, ...")."""
    return _CONDITION_FIRST.match(_LEAD_INS.sub("", text.strip().lower()) + ", ") is not None


#: A condition set before the question it qualifies ("If a battery has a solid electrolyte, does ...?"):
#: the question proper starts after its comma.
_CONDITION_OPENING = r"^(?:if|when|once|given|assuming|supposing|provided)\b[^,?]{3,120}"
_CONDITION_FIRST = re.compile(_CONDITION_OPENING + r",\s*")
#: ... or written without the comma, up to a question pointing back at it: "if its got a solid electrolyte does that
#: mean ...?".
_CONDITION_UNMARKED = re.compile(_CONDITION_OPENING + r"?\s+"
                                 r"(?=(?:does|do|did|is|are|will|would|can|could|should)\s+(?:that|it|this|they)\b)")
