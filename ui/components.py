"""Helpers shared by the pages: the cached advisor, the store, safe rendering, error guard.

Nothing here scores, searches or parses knowledge: it calls the ``advisor`` library
and renders what comes back. Text a user typed is shown with ``st.text`` or escaped
with :func:`advisor.text.escape_markdown`, never as live Markdown or HTML.
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlsplit

import streamlit as st

from advisor import Advisor, Answer, KnowledgeError, Problem
from advisor.answer import AnswerKind
from advisor.errors import StorageError
from advisor.knowledge.loader import bundled_knowledge_dir
from advisor.live import LiveAdvisor
from advisor.store.database import Store
from advisor.text import escape_markdown, markdown_to_text

log = logging.getLogger("ui")

#: Optional: another knowledge folder (staff trying an edited copy before shipping it).
KNOWLEDGE_ENV_VAR = "ADVISOR_KNOWLEDGE_DIR"
#: The app's name while no knowledge is loaded (otherwise ``guide.yaml`` names it).
FALLBACK_APP_NAME = "Advisor"
#: How long a write waits for other sessions' writes before giving up. Questions are recorded
#: after the answer is on screen, so waiting costs the user nothing visible.
STORE_TIMEOUT_S = 5.0

ASK_PAGE = "views/ask.py"
CHECKLIST_PAGE = "views/checklist.py"
LIBRARY_PAGE = "views/library.py"
INSIGHTS_PAGE = "views/insights.py"
STAFF_PAGE = "views/staff.py"

KIND_LABELS = {
    "faq": "FAQ",
    "section": "Section",
    "table": "Table",
    "checklist": "Checklist",
    "source": "Source",
    "product": "Product",
}


def configure_logging() -> None:
    """Send the advisor's and the UI's records (INFO and up) to stderr, next to Streamlit's own log.

    Only installs a handler when nothing else has (a test runner or a host may have).
    """
    if not logging.getLogger().handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in ("advisor", "ui"):
        logging.getLogger(name).setLevel(logging.INFO)


@st.cache_resource(show_spinner="Loading the guide…")
def _load_live_advisor(knowledge_dir: str | None) -> LiveAdvisor:
    # Built once per process and shared by every session: an Advisor is read-only, and the
    # LiveAdvisor swaps in a validated new one when staff edit the knowledge files.
    return LiveAdvisor(Path(knowledge_dir) if knowledge_dir else None)


def get_live_advisor() -> LiveAdvisor | None:
    """The process's live advisor (None when the knowledge could not be loaded at start-up)."""
    knowledge_dir = os.environ.get(KNOWLEDGE_ENV_VAR, "").strip() or None
    try:
        return _load_live_advisor(knowledge_dir)
    except KnowledgeError:
        return None


def get_advisor() -> Advisor | None:
    """The advisor in service, or None after showing why the knowledge could not be loaded.

    Edited knowledge files are picked up here, without a restart: a changed file is
    validated first, and a broken edit keeps the last good version serving (staff see
    the problems on the Insights page). Conversations already under way keep the
    advisor they started with.
    """
    knowledge_dir = os.environ.get(KNOWLEDGE_ENV_VAR, "").strip() or None
    try:
        live = _load_live_advisor(knowledge_dir)
    except KnowledgeError as exc:
        log.error("knowledge could not be loaded: %s", exc)
        folder = knowledge_dir or str(bundled_knowledge_dir())
        st.error(
            f"The advisor's knowledge files could not be loaded from `{folder}` ({len(exc.problems)} problem"
            f"{'s' if len(exc.problems) != 1 else ''}). Fix the files listed below and reload the page."
        )
        st.dataframe(
            [p.to_dict() for p in exc.problems],
            column_order=["file", "line", "field", "message"],
            hide_index=True,
        )
        return None
    result = live.reload_if_changed()
    if result is not None and not result.loaded:
        log.warning("edited knowledge refused: %s", result.message)
    return live.current


def show_reload_problems(problems: tuple[Problem, ...]) -> None:
    """Every problem of a refused knowledge edit, with file, line and field."""
    st.dataframe([p.to_dict() for p in problems], column_order=["file", "line", "field", "message"],
                 hide_index=True)


def get_store() -> Store:
    """The insights database (cheap to build; SQLite opens a connection per operation, PostgreSQL
    shares one pool per process)."""
    return Store(timeout=STORE_TIMEOUT_S)


@st.cache_resource(show_spinner=False)
def upgrade_store_at_start() -> str | None:
    """Bring an older database's schema up to date, once per process, before anyone asks.

    Returns the problem when it cannot (unreachable, locked, damaged, or newer than this code):
    it is logged for whoever runs the app, and the staff pages show it. The outcome is kept
    either way, so a locked or unreachable database costs the first page view its wait, not
    every page view; the store retries on each later operation by itself.
    """
    store = get_store()
    try:
        applied = store.upgrade()
    except StorageError as exc:
        log.error("database not ready at start-up: %s", exc)
        return str(exc)
    if applied:
        log.info("database %s upgraded to schema version %d", store.location.shown, applied[-1].version)
    return None


def session_id() -> str:
    """An anonymous id for this browser session, stored with questions and feedback."""
    if "session_id" not in st.session_state:
        st.session_state["session_id"] = uuid.uuid4().hex
    return str(st.session_state["session_id"])


def run_page(body: Callable[[], None]) -> None:
    """Run a page body; an unexpected error is logged and shown as a short apology.

    Streamlit's own control flow (rerun, stop, switch_page) derives from BaseException
    and passes through.
    """
    try:
        body()
    except Exception:
        log.exception("page failed")
        st.error("Sorry, something went wrong on this page. It has been logged; please reload and try again.")


def show_user_text(text: str) -> None:
    """What a user typed, as plain text: no Markdown, no HTML, nothing fetched."""
    st.text(text)


def copy_text(answer: Answer) -> str:
    """The answer with its citation, ready to paste into a ticket or an e-mail."""
    citation = answer.citation()
    text = answer.text.strip()
    return text if not citation or citation in text else f"{text}\n\n{citation}"


def copy_block(text: str, *, language: str | None = None, height: int | None = None) -> None:
    """``st.code`` has a built-in copy button (one click copies all of ``text``, whatever ``height``
    shows); no language, so nothing is highlighted."""
    st.code(text, language=language, wrap_lines=True, height=height if height is not None else "content")


#: A cell border in a pipe table (an escaped "\\|" is a pipe inside a cell).
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_TABLE_RULE = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")


def plain_text(markdown: str) -> str:
    """Markdown as plain text for pasting into a ticket or an e-mail.

    :func:`advisor.text.markdown_to_text` (markers and escapes removed), except that each row
    of a pipe table becomes one line, "Row — Column: value; Column: value": the library's
    aligned columns line up in a terminal, not in a proportional font.
    """
    lines: list[str] = []
    header: list[str] | None = None
    for line in markdown.split("\n"):
        if not line.lstrip().startswith("|"):
            header = None
            lines.append(line)
            continue
        cells = [cell.strip() for cell in _CELL_BORDER.split(line.strip().strip("|"))]
        if header is None:
            header = cells
        elif not _TABLE_RULE.match(line.strip()):
            pairs = [f"{name}: {value}" for name, value in zip(header[1:], cells[1:], strict=False) if value]
            lines.append(f"{cells[0]} — {'; '.join(pairs)}" if pairs else cells[0])
    return markdown_to_text("\n".join(lines)).strip()


def split_see_also(answer: Answer) -> tuple[str, str | None]:
    """The answer's text without its "See also" line, and the question that asks for that entry
    (None, with the text unchanged, when the answer points to no runner-up)."""
    pointer = answer.see_also
    if pointer is None or pointer.line not in answer.text:
        return answer.text, None
    return answer.text.replace(pointer.line, "", 1), pointer.question


def source_titles(answer: Answer) -> list[str]:
    """Guide section titles the answer comes from, in order, without repeats."""
    titles: list[str] = []
    for source in answer.sources:
        for title in (source.section, source.title):
            if title and title not in titles:
                titles.append(title)
                break
    return titles


def render_answer_meta(answer: Answer, text: str | None = None) -> None:
    """Notice, "showing results for" and the answer text itself (ours: Markdown is fine);
    ``text`` replaces the answer's own (e.g. without its "See also" line)."""
    if answer.notice:
        st.info(escape_markdown(answer.notice), icon=":material/content_cut:")
    if answer.corrected_query and answer.found:  # a correction that found nothing is only noise
        st.caption(f"Showing results for: **{escape_markdown(answer.corrected_query)}**")
    st.markdown(answer.text if text is None else text)
    titles = source_titles(answer)
    if titles and not _cites_itself(answer):
        st.caption("Sources: " + " · ".join(escape_markdown(t) for t in titles))
    elif answer.kind is AnswerKind.NOT_COVERED:  # not under a greeting, an empty question or an apology
        st.caption("Not covered by the guide.")


def _cites_itself(answer: Answer) -> bool:
    """Composed answers end with their own "Source: ..." line; do not repeat it underneath."""
    return all(source.citation() in answer.text for source in answer.sources)


def wants_checklist(answer: Answer) -> bool:
    """Whether to offer the supplier checklist under this answer (it draws on the checklist)."""
    return any(source.kind == "checklist" for source in answer.sources)


def permalink(entry_id: str) -> str:
    """An absolute link to a library entry when the browser's address is known, else relative."""
    target = f"library?entry={quote(entry_id, safe='')}"
    url = st.context.url
    if not url:
        return target
    parts = urlsplit(url)
    base = parts.path.rsplit("/", 1)[0]
    return f"{parts.scheme}://{parts.netloc}{base}/{target}"
