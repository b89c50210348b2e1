"""What people asked and how they rated the answers, kept in SQLite for the Insights page.

The standard library's :mod:`sqlite3` in WAL mode, so many sessions can write at once
while support staff read. Every operation opens its own short-lived connection: no
connection is shared between threads, concurrent writers queue on SQLite's lock
(``busy_timeout``) instead of failing, and a file that was broken and then fixed is
picked up on the next call without a restart.

Every failure is a :class:`~advisor.errors.StorageError` whose message names the file
and says what to do. Callers (the chat) catch it, log it and carry on answering.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from advisor.errors import StorageError
from advisor.store.export import csv_safe
from advisor.store.review import BORDERLINE_CONFIDENCE, BorderlineAnswer
from advisor.text import clean, normalise

__all__ = [
    "DB_ENV_VAR",
    "DEFAULT_DB_PATH",
    "MAX_STORED_QUESTION_CHARS",
    "NOT_MISSES",
    "DayTotals",
    "RatedDown",
    "Store",
    "UnansweredQuestion",
    "default_db_path",
]

log = logging.getLogger(__name__)

#: Environment variable that sets where the database lives.
DB_ENV_VAR = "ADVISOR_DB"
#: Where the database lives when the variable is not set, relative to the working directory.
DEFAULT_DB_PATH = Path("data") / "advisor.sqlite3"

#: Bumped when the schema changes; stored in ``PRAGMA user_version``. Version 2 added
#: ``questions.kind``, ``feedback.reason`` and saved conversations.
SCHEMA_VERSION = 2
#: A saved checklist is small; anything bigger is a bug or abuse, not progress.
MAX_STATE_BYTES = 256_000
#: A saved conversation holds the messages as typed (a pasted datasheet is up to
#: ``advisor.core.MAX_MESSAGE_CHARS``); the chat keeps only its latest messages.
MAX_CONVERSATION_BYTES = 2_000_000
#: What a buyer wrote about a rated-down answer; a note, not an essay.
MAX_REASON_CHARS = 500
#: Answer kinds (``advisor.answer.AnswerKind`` values) that are not misses of the guide even though
#: nothing was found: a greeting, thanks, or an empty message.
NOT_MISSES = ("small-talk", "empty")
MAX_TOKEN_CHARS = 128
#: Stored questions are capped so one pasted document cannot bloat the database.
MAX_STORED_QUESTION_CHARS = 2000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id          INTEGER PRIMARY KEY,
    question    TEXT NOT NULL,
    normalised  TEXT NOT NULL,
    found       INTEGER NOT NULL,
    confidence  REAL NOT NULL,
    entry_ids   TEXT NOT NULL,
    asked_at    TEXT NOT NULL,
    session_id  TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS questions_unanswered ON questions (found, normalised);
CREATE INDEX IF NOT EXISTS questions_day ON questions (asked_at);
CREATE TABLE IF NOT EXISTS feedback (
    id          INTEGER PRIMARY KEY,
    question    TEXT NOT NULL,
    entry_ids   TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score IN (-1, 1)),
    rated_at    TEXT NOT NULL,
    session_id  TEXT NOT NULL,
    message_id  TEXT,
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX IF NOT EXISTS feedback_per_message ON feedback (session_id, message_id)
    WHERE message_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS checklist_states (
    token       TEXT PRIMARY KEY,
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS conversations (
    token       TEXT PRIMARY KEY,
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
"""
#: Columns added after version 1: (table, column, definition). A version-1 file gets them on first use.
_ADDED_COLUMNS = (
    ("questions", "kind", "TEXT NOT NULL DEFAULT ''"),
    ("feedback", "reason", "TEXT NOT NULL DEFAULT ''"),
)

_NOT_MISSES_SQL = "(" + ", ".join(f"'{kind}'" for kind in NOT_MISSES) + ")"

# Primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3


def default_db_path() -> Path:
    """``$ADVISOR_DB`` if set, else ``data/advisor.sqlite3`` under the working directory."""
    configured = os.environ.get(DB_ENV_VAR, "").strip()
    return Path(configured).expanduser() if configured else Path.cwd() / DEFAULT_DB_PATH


@dataclass(frozen=True)
class UnansweredQuestion:
    """A question the guide did not cover, grouped over everyone who asked it."""

    normalised: str
    question: str  # the most recent wording, as typed
    count: int
    last_seen: str  # ISO 8601, UTC

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class RatedDown:
    """An answer someone rated down, with the question that produced it."""

    question: str
    entry_ids: tuple[str, ...]
    count: int
    last_seen: str
    #: What the latest person to rate it down said was wrong (plain text, as typed; empty if nothing).
    #: Render it with ``st.text`` or escaped, never as Markdown or HTML.
    reason: str = ""

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "entry_ids": list(self.entry_ids)}


@dataclass(frozen=True)
class DayTotals:
    """Activity on one day (UTC)."""

    day: str
    questions: int
    unanswered: int
    rated_up: int
    rated_down: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _timestamp(moment: datetime | None) -> str:
    if moment is None:
        return _now()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _group_key(question: str) -> str:
    """The form under which the same question typed differently is counted once."""
    return normalise(question) or clean(question).casefold()


def _encode_ids(entry_ids: Sequence[str]) -> str:
    return json.dumps([str(i) for i in entry_ids])


def _decode_ids(raw: str) -> tuple[str, ...]:
    try:
        ids = json.loads(raw)
    except ValueError:
        return ()
    return tuple(str(i) for i in ids) if isinstance(ids, list) else ()


class Store:
    """The advisor's database of questions, feedback and saved checklists.

    Constructing a store touches nothing; the file (and its folder) is created on the
    first operation. ``timeout`` is how long a write waits for another writer before
    reporting the database as locked.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, timeout: float = 5.0) -> None:
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- connections -------------------------------------------------------------------

    @contextmanager
    def _connect(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """A fresh connection with the schema in place; commits on success.

        ``write`` takes the write lock up front (``BEGIN IMMEDIATE``) so a busy
        database is detected at the start, not half-way through.
        """
        conn: sqlite3.Connection | None = None
        try:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise self._error("folder", exc) from exc
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            self._prepare(conn)
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn is not None and conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # the original error is the one to report
                    conn.execute("ROLLBACK")
            raise self._error("sqlite", exc) from exc
        finally:
            if conn is not None:
                conn.close()

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Create the schema on a new file; switch it to WAL once (the mode persists)."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        # Two sessions may start at once on a new file: retry the mode switch briefly.
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                break
            except sqlite3.OperationalError as exc:
                if _code(exc) not in (_BUSY, _LOCKED) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        if str(mode).lower() != "wal":
            log.warning("%s: journal mode is %s, not WAL; concurrent writes will be slower", self.path, mode)
        # One transaction, so the schema, its new columns and its version land together or not at all.
        try:
            conn.executescript("BEGIN IMMEDIATE;" + _SCHEMA)
            for table, column, definition in _ADDED_COLUMNS:
                present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                if column not in present:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("created advisor database at %s", self.path)

    def _error(self, stage: str, exc: BaseException) -> StorageError:
        """Turn a low-level failure into a message a person can act on."""
        where = f"The advisor database {self.path}"
        code = _code(exc) if isinstance(exc, sqlite3.Error) else None
        if stage == "folder":
            message = (
                f"{where} cannot be created: its folder {self.path.parent} cannot be made ({exc}). "
                f"Create the folder and make it writable, or set {DB_ENV_VAR} to a writable location."
            )
        elif code in (_BUSY, _LOCKED):
            message = (
                f"{where} is locked by another program (waited {self.timeout:g} s). "
                "Close whatever is holding it (a database browser, a backup job) and try again."
            )
        elif code in (_CORRUPT, _NOTADB):
            message = (
                f"{where} is damaged or is not an SQLite database ({exc}). "
                "Move the file aside (keep it for investigation) or restore a backup; "
                "a new empty database is then created automatically."
            )
        elif code == _READONLY or (code in (_CANTOPEN, _PERM, _IOERR) and not self._writable()):
            message = (
                f"{where} is read-only. Make the file and its folder {self.path.parent} writable "
                f"by the user running the app, or set {DB_ENV_VAR} to a writable location."
            )
        elif code == _FULL:
            message = f"{where} cannot grow: the disk is full. Free some space and try again."
        elif code == _CANTOPEN:
            message = (
                f"{where} cannot be opened ({exc}). Check that the path is a file in an existing, "
                f"writable folder, or set {DB_ENV_VAR} to another location."
            )
        else:
            message = f"{where} failed: {exc}. Check the file and its folder, then try again."
        return StorageError(message)  # raised, not logged here: the caller decides how loud to be

    def _writable(self) -> bool:
        folder = self.path.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            return False
        return not self.path.exists() or os.access(self.path, os.W_OK)

    # -- writing -----------------------------------------------------------------------

    def record_question(
        self,
        question: str,
        *,
        found: bool,
        confidence: float,
        entry_ids: Sequence[str] = (),
        session_id: str = "",
        asked_at: datetime | None = None,
        kind: str = "",
    ) -> None:
        """Remember one question and whether the guide answered it.

        ``kind`` is the answer's kind (an ``AnswerKind`` value); a greeting or thanks
        (:data:`NOT_MISSES`) is never counted as a question the guide could not answer.
        """
        text = clean(question)[:MAX_STORED_QUESTION_CHARS]
        with self._connect(write=True) as conn:
            conn.execute(
                "INSERT INTO questions (question, normalised, found, confidence, entry_ids, asked_at, session_id,"
                " kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (text, _group_key(text), int(bool(found)), float(confidence), _encode_ids(entry_ids),
                 _timestamp(asked_at), session_id, str(kind)),
            )

    def record_feedback(
        self,
        question: str,
        *,
        up: bool,
        entry_ids: Sequence[str] = (),
        session_id: str = "",
        message_id: str | None = None,
        rated_at: datetime | None = None,
        reason: str = "",
    ) -> None:
        """Remember a thumbs up or down on an answer, and what was wrong with it (``reason``).

        With a ``message_id``, a later rating of the same message in the same session
        replaces the earlier one (reason included), so changing one's mind is not counted
        twice. The reason is stored as plain text, cleaned and cut like a question; it is
        only kept with a thumbs down.
        """
        text = clean(question)[:MAX_STORED_QUESTION_CHARS]
        note = clean(reason)[:MAX_REASON_CHARS] if not up else ""
        with self._connect(write=True) as conn:
            conn.execute(
                "INSERT INTO feedback (question, entry_ids, score, rated_at, session_id, message_id, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, message_id) WHERE message_id IS NOT NULL"
                " DO UPDATE SET score = excluded.score, rated_at = excluded.rated_at, reason = excluded.reason",
                (text, _encode_ids(entry_ids), 1 if up else -1, _timestamp(rated_at), session_id, message_id, note),
            )

    def clear_feedback(self, *, session_id: str, message_id: str) -> None:
        """Forget the rating of one message (the user un-clicked the thumb)."""
        with self._connect(write=True) as conn:
            conn.execute("DELETE FROM feedback WHERE session_id = ? AND message_id = ?", (session_id, message_id))

    def save_checklist_state(self, token: str, state: dict[str, Any]) -> None:
        """Keep a checklist's progress under ``token`` so a page reload can restore it."""
        _check_token(token)
        try:
            data = json.dumps(state, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise StorageError(f"Checklist state for token {token!r} cannot be saved as JSON: {exc}") from exc
        if len(data.encode()) > MAX_STATE_BYTES:
            raise StorageError(
                f"Checklist state for token {token!r} is {len(data.encode())} bytes, over the "
                f"{MAX_STATE_BYTES}-byte limit; it was not saved."
            )
        with self._connect(write=True) as conn:
            conn.execute(
                "INSERT INTO checklist_states (token, data, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (token) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (token, data, _now()),
            )

    def load_checklist_state(self, token: str) -> dict[str, Any] | None:
        """The progress saved under ``token``, or None when there is none (or it is unreadable)."""
        _check_token(token)
        with self._connect(write=False) as conn:
            row = conn.execute("SELECT data FROM checklist_states WHERE token = ?", (token,)).fetchone()
        if row is None:
            return None
        try:
            state = json.loads(row[0])
        except ValueError:
            log.warning("%s: saved checklist %r is not valid JSON; starting afresh", self.path, token)
            return None
        return state if isinstance(state, dict) else None

    def delete_checklist_state(self, token: str) -> None:
        _check_token(token)
        with self._connect(write=True) as conn:
            conn.execute("DELETE FROM checklist_states WHERE token = ?", (token,))

    def save_conversation(self, token: str, state: dict[str, Any]) -> None:
        """Keep a chat's messages under ``token`` (an unguessable session id) so a reload can restore them."""
        _check_token(token)
        try:
            data = json.dumps(state, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise StorageError(f"Conversation {token!r} cannot be saved as JSON: {exc}") from exc
        size = len(data.encode())
        if size > MAX_CONVERSATION_BYTES:
            raise StorageError(f"Conversation {token!r} is {size} bytes, over the {MAX_CONVERSATION_BYTES}-byte "
                               "limit; it was not saved. Start a new conversation to keep saving.")
        with self._connect(write=True) as conn:
            conn.execute(
                "INSERT INTO conversations (token, data, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (token) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (token, data, _now()),
            )

    def load_conversation(self, token: str) -> dict[str, Any] | None:
        """The chat saved under ``token``, or None when there is none (or it is unreadable)."""
        _check_token(token)
        with self._connect(write=False) as conn:
            row = conn.execute("SELECT data FROM conversations WHERE token = ?", (token,)).fetchone()
        if row is None:
            return None
        try:
            state = json.loads(row[0])
        except ValueError:
            log.warning("%s: saved conversation %r is not valid JSON; starting afresh", self.path, token)
            return None
        return state if isinstance(state, dict) else None

    def delete_conversation(self, token: str) -> None:
        """Forget the chat saved under ``token`` ("New conversation")."""
        _check_token(token)
        with self._connect(write=True) as conn:
            conn.execute("DELETE FROM conversations WHERE token = ?", (token,))

    # -- reading -----------------------------------------------------------------------

    def unanswered(self, limit: int = 100) -> list[UnansweredQuestion]:
        """Questions the guide did not cover, most asked first (ties: most recent first).

        Greetings, thanks and empty messages (:data:`NOT_MISSES`) are not misses and are left out.
        """
        with self._connect(write=False) as conn:
            rows = conn.execute(
                "SELECT normalised, COUNT(*) AS n, MAX(asked_at) AS last,"
                " (SELECT q2.question FROM questions q2 WHERE q2.found = 0 AND q2.normalised = q.normalised"
                f"  AND q2.kind NOT IN {_NOT_MISSES_SQL} ORDER BY q2.asked_at DESC, q2.id DESC LIMIT 1)"
                f" FROM questions q WHERE found = 0 AND kind NOT IN {_NOT_MISSES_SQL} GROUP BY normalised"
                " ORDER BY n DESC, last DESC, normalised LIMIT ?",
                (max(0, int(limit)),),
            ).fetchall()
        return [UnansweredQuestion(normalised=r[0], question=r[3], count=r[1], last_seen=r[2]) for r in rows]

    def rated_down(self, limit: int = 100) -> list[RatedDown]:
        """Answers rated down, grouped by question and answer, most often first; ``reason`` is the
        latest "what was wrong" given for the group (empty when nobody said)."""
        with self._connect(write=False) as conn:
            rows = conn.execute(
                "SELECT question, entry_ids, COUNT(*) AS n, MAX(rated_at) AS last,"
                " (SELECT f2.reason FROM feedback f2 WHERE f2.score < 0 AND f2.question = f.question"
                "  AND f2.entry_ids = f.entry_ids AND f2.reason != '' ORDER BY f2.rated_at DESC, f2.id DESC LIMIT 1)"
                " FROM feedback f WHERE score < 0 GROUP BY question, entry_ids ORDER BY n DESC, last DESC LIMIT ?",
                (max(0, int(limit)),),
            ).fetchall()
        return [RatedDown(question=r[0], entry_ids=_decode_ids(r[1]), count=r[2], last_seen=r[3], reason=r[4] or "")
                for r in rows]

    def totals_by_day(self) -> list[DayTotals]:
        """Questions, unanswered questions and ratings per UTC day, oldest first."""
        with self._connect(write=False) as conn:
            asked = conn.execute(
                "SELECT substr(asked_at, 1, 10) AS day, COUNT(*),"
                f" SUM(found = 0 AND kind NOT IN {_NOT_MISSES_SQL}) FROM questions GROUP BY day"
            ).fetchall()
            rated = conn.execute(
                "SELECT substr(rated_at, 1, 10) AS day, SUM(score > 0), SUM(score < 0) FROM feedback GROUP BY day"
            ).fetchall()
        days: dict[str, list[int]] = {}
        for day, total, missing in asked:
            days.setdefault(day, [0, 0, 0, 0])[0:2] = [total, missing or 0]
        for day, ups, downs in rated:
            days.setdefault(day, [0, 0, 0, 0])[2:4] = [ups or 0, downs or 0]
        return [DayTotals(day, *counts) for day, counts in sorted(days.items())]

    def count_questions(self) -> int:
        with self._connect(write=False) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM questions").fetchone()[0])

    def count_feedback(self) -> int:
        with self._connect(write=False) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def export_insights_csv(self, *, limit: int = 10_000) -> str:
        """Unanswered questions and rated-down answers as one CSV for a spreadsheet.

        Columns: ``kind`` (``unanswered`` or ``rated_down``), ``question``, ``count``,
        ``last_seen``, ``entry_ids``, ``reason`` (what was wrong, for rated-down answers).
        Cells that a spreadsheet would run as a formula are defused.
        """
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["kind", "question", "count", "last_seen", "entry_ids", "reason"])
        for u in self.unanswered(limit):
            writer.writerow(["unanswered", csv_safe(u.question), u.count, u.last_seen, "", ""])
        for d in self.rated_down(limit):
            writer.writerow(["rated_down", csv_safe(d.question), d.count, d.last_seen, " ".join(d.entry_ids),
                             csv_safe(d.reason)])
        return out.getvalue()

    def export_totals_csv(self) -> str:
        """Daily totals as CSV: ``day, questions, unanswered, rated_up, rated_down``."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["day", "questions", "unanswered", "rated_up", "rated_down"])
        for t in self.totals_by_day():
            writer.writerow([t.day, t.questions, t.unanswered, t.rated_up, t.rated_down])
        return out.getvalue()

    # -- health --------------------------------------------------------------------------

    def health(self) -> str | None:
        """None when the database can be read and written, else what is wrong and what to do."""
        try:
            with self._connect(write=True) as conn:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                # A read-only file can still be locked and read: prove a write, then undo it.
                conn.execute("SAVEPOINT probe")
                conn.execute("INSERT OR REPLACE INTO checklist_states VALUES ('(health probe)', '{}', '')")
                conn.execute("ROLLBACK TO probe")
                conn.execute("RELEASE probe")
        except StorageError as exc:
            return str(exc)
        if result != "ok":
            return str(self._error("sqlite", sqlite3.DatabaseError(f"integrity check: {result}")))
        return None

    def borderline(self, limit: int = 100, *, below: float | None = None) -> list[BorderlineAnswer]:
        """Answers given with a confidence under ``below`` (default
        :data:`~advisor.store.review.BORDERLINE_CONFIDENCE`), grouped by question and answer,
        most often first (ties: least confident, then most recent, first).

        These are the misses nobody reports: an answer that covers little of the question can
        be wrong without anyone rating it down.
        """
        cutoff = BORDERLINE_CONFIDENCE if below is None else float(below)
        with self._connect(write=False) as conn:
            rows = conn.execute(
                "SELECT normalised, entry_ids, COUNT(*) AS n, MIN(confidence) AS low, MAX(asked_at) AS last,"
                " (SELECT q2.question FROM questions q2 WHERE q2.found = 1 AND q2.confidence < ?"
                "  AND q2.normalised = q.normalised AND q2.entry_ids = q.entry_ids"
                "  ORDER BY q2.asked_at DESC, q2.id DESC LIMIT 1)"
                " FROM questions q WHERE found = 1 AND confidence < ? GROUP BY normalised, entry_ids"
                " ORDER BY n DESC, low, last DESC, normalised LIMIT ?",
                (cutoff, cutoff, max(0, int(limit))),
            ).fetchall()
        return [BorderlineAnswer(question=r[5], entry_ids=_decode_ids(r[1]), confidence=r[3], count=r[2],
                                 last_seen=r[4]) for r in rows]


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    # Errors raised before SQLite was reached carry no code; fall back on the wording.
    text = str(exc).lower()
    for needle, value in (
        ("locked", _BUSY),
        ("not a database", _NOTADB),
        ("malformed", _CORRUPT),
        ("integrity check", _CORRUPT),
        ("readonly", _READONLY),
        ("read-only", _READONLY),
        ("unable to open", _CANTOPEN),
    ):
        if needle in text:
            return value
    return None


def _check_token(token: str) -> None:
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS:
        raise StorageError(f"A session token (checklist or conversation) must be 1-{MAX_TOKEN_CHARS} "
                           f"characters, got {token!r}.")
