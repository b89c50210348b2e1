"""What people asked and how they rated the answers, for the Insights page; saved chats and checklists.

:class:`Store` writes its SQL once and runs it on the backend ``ADVISOR_DB`` names
(:mod:`advisor.store.backend`): an embedded SQLite file by default
(:mod:`advisor.store.sqlite`), or a PostgreSQL server shared by several app replicas
(:mod:`advisor.store.postgres`). The schema is kept up to date by numbered steps
(:mod:`advisor.store.migrations`).

What the store keeps about buyers is limited (docs/security.md): personal identifiers are
replaced by placeholders before a question or note is stored (:mod:`advisor.store.redact`),
rows older than :attr:`Store.retention_days` are deleted while the app runs, and a buyer can
delete their own rows (:meth:`Store.forget_session`).

Every failure is a :class:`~advisor.errors.StorageError` whose message names the database
and says what to do. Callers (the chat) catch it, log it and carry on answering.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from advisor.errors import StorageError
from advisor.store import migrations
from advisor.store.backend import (
    DB_ENV_VAR,
    DEFAULT_DB_PATH,
    Backend,
    Location,
    default_location,
    parse_location,
)
from advisor.store.export import csv_safe
from advisor.store.postgres import PostgresBackend
from advisor.store.redact import redact, redact_fields, redaction_enabled
from advisor.store.review import BORDERLINE_CONFIDENCE, BorderlineAnswer
from advisor.store.sqlite import SqliteBackend
from advisor.text import clean, normalise

__all__ = [
    "DB_ENV_VAR",
    "DEFAULT_DB_PATH",
    "DEFAULT_RETENTION_DAYS",
    "EXPORTED_COLUMNS",
    "MAX_STORED_QUESTION_CHARS",
    "NOT_MISSES",
    "RETENTION_ENV_VAR",
    "TYPED_KEYS",
    "DayTotals",
    "Purged",
    "RatedDown",
    "Store",
    "UnansweredQuestion",
    "default_db_path",
]

log = logging.getLogger(__name__)

#: Bumped by each schema step; see :mod:`advisor.store.migrations`.
SCHEMA_VERSION = migrations.SCHEMA_VERSION
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
#: Keys of a saved conversation whose values are what the buyer typed (``ui/views/ask.py``'s messages).
TYPED_KEYS = frozenset({"question"})
#: How many days questions, ratings, saved chats and checklist runs are kept (0: for ever).
RETENTION_ENV_VAR = "ADVISOR_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 90
#: How often a running app deletes what is past retention: a delete per write would cost every
#: answer a scan, and a day's lateness does not matter at 90 days.
PURGE_INTERVAL_S = 3600.0

_NOT_MISSES_SQL = "(" + ", ".join(f"'{kind}'" for kind in NOT_MISSES) + ")"
#: Tables whose rows age out, with the column that says when each row was last written.
_AGEING = (("questions", "asked_at"), ("feedback", "rated_at"), ("checklist_states", "updated_at"),
           ("conversations", "updated_at"))

#: What ``advisor data export`` writes, table by table (``normalised`` is derived, so left out).
EXPORTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "questions": ("id", "asked_at", "session_id", "question", "found", "confidence", "kind", "entry_ids"),
    "feedback": ("id", "rated_at", "session_id", "message_id", "question", "score", "reason", "entry_ids"),
    "conversations": ("token", "updated_at", "data"),
    "checklist_states": ("token", "updated_at", "data"),
}

_last_purge: dict[str, float] = {}
_purge_lock = threading.Lock()


def default_db_path() -> Path:
    """The SQLite file ``$ADVISOR_DB`` names, else ``data/advisor.sqlite3`` under the working directory.

    Only for SQLite; :func:`advisor.store.backend.default_location` also reads PostgreSQL URLs.
    """
    location = default_location()
    return location.path if location.path is not None else Path.cwd() / DEFAULT_DB_PATH


def _retention_from_env() -> int:
    raw = os.environ.get(RETENTION_ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(raw)
    except ValueError:
        log.warning("%s=%r is not a whole number of days; keeping %d", RETENTION_ENV_VAR, raw,
                    DEFAULT_RETENTION_DAYS)
        return DEFAULT_RETENTION_DAYS
    return max(0, days)


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


@dataclass(frozen=True)
class Purged:
    """Rows deleted by a purge, per table."""

    questions: int = 0
    feedback: int = 0
    checklist_states: int = 0
    conversations: int = 0

    @property
    def total(self) -> int:
        return self.questions + self.feedback + self.checklist_states + self.conversations

    def to_dict(self) -> dict[str, int]:
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
    """The advisor's database of questions, feedback, saved conversations and checklists.

    ``location`` is an SQLite file path, ``sqlite:///path`` or a ``postgresql://`` URL; by
    default ``$ADVISOR_DB`` or ``data/advisor.sqlite3``. Constructing a store touches nothing;
    the database (an SQLite file and its folder) is created, and its schema brought up to
    date, on the first operation. ``timeout`` is how long an operation waits for another
    writer (SQLite) or for the server (PostgreSQL) before reporting the database unavailable.
    ``redact`` (default: ``$ADVISOR_REDACT``, on) replaces personal identifiers before a
    question or note is stored; ``retention_days`` (default: ``$ADVISOR_RETENTION_DAYS``, 90;
    0 keeps everything) is how long rows are kept.
    """

    def __init__(self, location: str | os.PathLike[str] | None = None, *, timeout: float = 5.0,
                 redact: bool | None = None, retention_days: int | None = None) -> None:
        self.location: Location = parse_location(location) if location is not None else default_location()
        #: The SQLite file, or None for a PostgreSQL server.
        self.path: Path | None = self.location.path
        self.timeout = timeout
        self.redact = redaction_enabled() if redact is None else redact
        self.retention_days = _retention_from_env() if retention_days is None else max(0, int(retention_days))
        self._backend: Backend = (
            SqliteBackend(self.location, timeout=timeout) if self.location.dialect == "sqlite"
            else PostgresBackend(self.location, timeout=timeout)
        )

    def __repr__(self) -> str:
        return f"Store({self.location.shown!r})"

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.location.dialect

    # -- schema ------------------------------------------------------------------------

    def schema_status(self) -> migrations.SchemaStatus:
        """Which schema steps the database has and which are pending; changes nothing."""
        return self._backend.status()

    def upgrade(self) -> list[migrations.Migration]:
        """Apply every pending schema step now (normally done on first use); the steps applied."""
        return self._backend.upgrade()

    # -- writing -----------------------------------------------------------------------

    def _stored_text(self, text: str, limit: int) -> str:
        cleaned = clean(text)
        return (redact(cleaned) if self.redact else cleaned)[:limit]

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
        Personal identifiers are replaced by placeholders first (unless ``redact`` is off).
        """
        text = self._stored_text(question, MAX_STORED_QUESTION_CHARS)
        with self._backend.transaction(write=True) as tx:
            tx.execute(
                "INSERT INTO questions (question, normalised, found, confidence, entry_ids, asked_at, session_id,"
                " kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (text, _group_key(text), int(bool(found)), float(confidence), _encode_ids(entry_ids),
                 _timestamp(asked_at), _key(session_id), _key(str(kind))),
            )
        self.purge_if_due()

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
        twice. The reason is stored as plain text, cleaned, redacted and cut like a question;
        it is only kept with a thumbs down.
        """
        text = self._stored_text(question, MAX_STORED_QUESTION_CHARS)
        note = self._stored_text(reason, MAX_REASON_CHARS) if not up else ""
        with self._backend.transaction(write=True) as tx:
            tx.execute(
                "INSERT INTO feedback (question, entry_ids, score, rated_at, session_id, message_id, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, message_id) WHERE message_id IS NOT NULL"
                " DO UPDATE SET score = excluded.score, rated_at = excluded.rated_at, reason = excluded.reason",
                (text, _encode_ids(entry_ids), 1 if up else -1, _timestamp(rated_at), _key(session_id),
                 None if message_id is None else _key(message_id), note),
            )

    def clear_feedback(self, *, session_id: str, message_id: str) -> None:
        """Forget the rating of one message (the user un-clicked the thumb)."""
        with self._backend.transaction(write=True) as tx:
            tx.execute("DELETE FROM feedback WHERE session_id = ? AND message_id = ?",
                       (_key(session_id), _key(message_id)))

    def _save_state(self, table: str, token: str, data: str) -> None:
        with self._backend.transaction(write=True) as tx:
            tx.execute(
                f"INSERT INTO {table} (token, data, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (token) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (token, data, _now()),
            )

    def _load_state(self, table: str, token: str, what: str) -> dict[str, Any] | None:
        _check_token(token)
        with self._backend.transaction(write=False) as tx:
            found = tx.execute(f"SELECT data FROM {table} WHERE token = ?", (token,))
        if not found:
            return None
        try:
            state = json.loads(found[0][0])
        except ValueError:
            log.warning("%s: saved %s %r is not valid JSON; starting afresh", self.location.shown, what, token)
            return None
        return state if isinstance(state, dict) else None

    def _delete_state(self, table: str, token: str) -> None:
        _check_token(token)
        with self._backend.transaction(write=True) as tx:
            tx.execute(f"DELETE FROM {table} WHERE token = ?", (token,))

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
        self._save_state("checklist_states", token, data)

    def load_checklist_state(self, token: str) -> dict[str, Any] | None:
        """The progress saved under ``token``, or None when there is none (or it is unreadable)."""
        return self._load_state("checklist_states", token, "checklist")

    def delete_checklist_state(self, token: str) -> None:
        self._delete_state("checklist_states", token)

    def save_conversation(self, token: str, state: dict[str, Any]) -> None:
        """Keep a chat's messages under ``token`` (an unguessable session id) so a reload can restore them.

        What the buyer typed (values under :data:`TYPED_KEYS`, at any depth) is redacted like a
        stored question, so a reload shows placeholders where an address or number was.
        """
        _check_token(token)
        if self.redact:
            state = redact_fields(state, TYPED_KEYS)
        try:
            data = json.dumps(state, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise StorageError(f"Conversation {token!r} cannot be saved as JSON: {exc}") from exc
        size = len(data.encode())
        if size > MAX_CONVERSATION_BYTES:
            raise StorageError(f"Conversation {token!r} is {size} bytes, over the {MAX_CONVERSATION_BYTES}-byte "
                               "limit; it was not saved. Start a new conversation to keep saving.")
        self._save_state("conversations", token, data)

    def load_conversation(self, token: str) -> dict[str, Any] | None:
        """The chat saved under ``token``, or None when there is none (or it is unreadable)."""
        return self._load_state("conversations", token, "conversation")

    def delete_conversation(self, token: str) -> None:
        """Forget the chat saved under ``token`` ("New conversation")."""
        self._delete_state("conversations", token)

    # -- what is kept, and for how long ---------------------------------------------------

    def forget_session(self, session_id: str, tokens: Sequence[str] = ()) -> int:
        """Delete one buyer's rows ("Delete my questions"): the questions and ratings of
        ``session_id`` and the conversations and checklist runs saved under ``tokens``.
        Returns how many rows were deleted."""
        for token in tokens:
            _check_token(token)
        if not session_id and not tokens:
            return 0
        deleted = 0
        with self._backend.transaction(write=True) as tx:
            if session_id:  # an empty id is the CLI's and the tests' rows, never one buyer's
                for table in ("questions", "feedback"):
                    deleted += tx.rowcount(f"DELETE FROM {table} WHERE session_id = ?", (_key(session_id),))
            for token in tokens:
                for table in ("conversations", "checklist_states"):
                    deleted += tx.rowcount(f"DELETE FROM {table} WHERE token = ?", (token,))
        return deleted

    def purge_older_than(self, days: float, *, now: datetime | None = None) -> Purged:
        """Delete questions, ratings, saved conversations and checklist runs last written more
        than ``days`` days ago (``advisor data purge --older-than DAYS``)."""
        if days < 0:
            raise ValueError(f"days must be 0 or more, got {days}")
        cutoff = _timestamp((now or datetime.now(UTC)) - timedelta(days=days))
        counts: dict[str, int] = {}
        with self._backend.transaction(write=True) as tx:
            for table, column in _AGEING:
                # ISO 8601 timestamps in UTC compare as text in time order on both databases.
                counts[table] = tx.rowcount(f"DELETE FROM {table} WHERE {column} < ?", (cutoff,))
        purged = Purged(**counts)
        if purged.total:
            log.info("%s: deleted %d rows older than %g days %s", self.location.shown, purged.total, days,
                     purged.to_dict())
        return purged

    def purge_if_due(self) -> Purged | None:
        """Apply :attr:`retention_days` if this process has not done so in the last hour.

        Called after each stored question, so a running app keeps to its retention without a
        scheduler. A failure is logged, not raised: the question itself was stored.
        """
        if not self.retention_days:
            return None
        key = self.location.url or str(self.location.path)
        with _purge_lock:
            last = _last_purge.get(key)
            if last is not None and time.monotonic() - last < PURGE_INTERVAL_S:
                return None
            _last_purge[key] = time.monotonic()
        try:
            return self.purge_older_than(self.retention_days)
        except StorageError as exc:
            log.warning("retention purge failed: %s", exc)
            return None

    def export_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Everything stored, table by table (:data:`EXPORTED_COLUMNS`), as plain values
        (``advisor data export``). Saved conversations and checklist runs are their stored JSON text."""
        out: dict[str, list[dict[str, Any]]] = {}
        with self._backend.transaction(write=False) as tx:
            for table, columns in EXPORTED_COLUMNS.items():
                order = "id" if "id" in columns else "updated_at, token"
                found = tx.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
                out[table] = [dict(zip(columns, row, strict=True)) for row in found]
        for row in [*out["questions"], *out["feedback"]]:
            row["entry_ids"] = list(_decode_ids(row["entry_ids"]))
        return out

    # -- reading -----------------------------------------------------------------------

    def unanswered(self, limit: int = 100) -> list[UnansweredQuestion]:
        """Questions the guide did not cover, most asked first (ties: most recent first).

        Greetings, thanks and empty messages (:data:`NOT_MISSES`) are not misses and are left out.
        """
        with self._backend.transaction(write=False) as tx:
            found = tx.execute(
                "SELECT normalised, COUNT(*) AS n, MAX(asked_at) AS last,"
                " (SELECT q2.question FROM questions q2 WHERE q2.found = 0 AND q2.normalised = q.normalised"
                f"  AND q2.kind NOT IN {_NOT_MISSES_SQL} ORDER BY q2.asked_at DESC, q2.id DESC LIMIT 1)"
                f" FROM questions q WHERE found = 0 AND kind NOT IN {_NOT_MISSES_SQL} GROUP BY normalised"
                " ORDER BY n DESC, last DESC, normalised LIMIT ?",
                (max(0, int(limit)),),
            )
        return [UnansweredQuestion(normalised=r[0], question=r[3], count=int(r[1]), last_seen=r[2]) for r in found]

    def rated_down(self, limit: int = 100) -> list[RatedDown]:
        """Answers rated down, grouped by question and answer, most often first; ``reason`` is the
        latest "what was wrong" given for the group (empty when nobody said)."""
        with self._backend.transaction(write=False) as tx:
            found = tx.execute(
                "SELECT question, entry_ids, COUNT(*) AS n, MAX(rated_at) AS last,"
                " (SELECT f2.reason FROM feedback f2 WHERE f2.score < 0 AND f2.question = f.question"
                "  AND f2.entry_ids = f.entry_ids AND f2.reason != '' ORDER BY f2.rated_at DESC, f2.id DESC LIMIT 1)"
                " FROM feedback f WHERE score < 0 GROUP BY question, entry_ids ORDER BY n DESC, last DESC LIMIT ?",
                (max(0, int(limit)),),
            )
        return [RatedDown(question=r[0], entry_ids=_decode_ids(r[1]), count=int(r[2]), last_seen=r[3],
                          reason=r[4] or "") for r in found]

    def totals_by_day(self) -> list[DayTotals]:
        """Questions, unanswered questions and ratings per UTC day, oldest first."""
        with self._backend.transaction(write=False) as tx:
            asked = tx.execute(
                "SELECT substr(asked_at, 1, 10) AS day, COUNT(*),"
                f" SUM(CASE WHEN found = 0 AND kind NOT IN {_NOT_MISSES_SQL} THEN 1 ELSE 0 END)"
                " FROM questions GROUP BY substr(asked_at, 1, 10)"
            )
            rated = tx.execute(
                "SELECT substr(rated_at, 1, 10) AS day, SUM(CASE WHEN score > 0 THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN score < 0 THEN 1 ELSE 0 END) FROM feedback GROUP BY substr(rated_at, 1, 10)"
            )
        days: dict[str, list[int]] = {}
        for day, total, missing in asked:
            days.setdefault(day, [0, 0, 0, 0])[0:2] = [int(total), int(missing or 0)]
        for day, ups, downs in rated:
            days.setdefault(day, [0, 0, 0, 0])[2:4] = [int(ups or 0), int(downs or 0)]
        return [DayTotals(day, *counts) for day, counts in sorted(days.items())]

    def count_questions(self) -> int:
        with self._backend.transaction(write=False) as tx:
            return int(tx.execute("SELECT COUNT(*) FROM questions")[0][0])

    def count_feedback(self) -> int:
        with self._backend.transaction(write=False) as tx:
            return int(tx.execute("SELECT COUNT(*) FROM feedback")[0][0])

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
            with self._backend.transaction(write=True) as tx:
                problem = self._backend.integrity_problem(tx)
                # A read-only file can still be locked and read: prove a write, then undo it.
                tx.execute("SAVEPOINT probe")
                tx.execute("INSERT INTO checklist_states (token, data, updated_at) VALUES (?, ?, ?)"
                           " ON CONFLICT (token) DO NOTHING", ("(health probe)", "{}", ""))
                tx.execute("ROLLBACK TO SAVEPOINT probe")
                tx.execute("RELEASE SAVEPOINT probe")
        except StorageError as exc:
            return str(exc)
        return problem

    def borderline(self, limit: int = 100, *, below: float | None = None) -> list[BorderlineAnswer]:
        """Answers given with a confidence under ``below`` (default
        :data:`~advisor.store.review.BORDERLINE_CONFIDENCE`), grouped by question and answer,
        most often first (ties: least confident, then most recent, first).

        These are the misses nobody reports: an answer that covers little of the question can
        be wrong without anyone rating it down.
        """
        cutoff = BORDERLINE_CONFIDENCE if below is None else float(below)
        with self._backend.transaction(write=False) as tx:
            found = tx.execute(
                "SELECT normalised, entry_ids, COUNT(*) AS n, MIN(confidence) AS low, MAX(asked_at) AS last,"
                " (SELECT q2.question FROM questions q2 WHERE q2.found = 1 AND q2.confidence < ?"
                "  AND q2.normalised = q.normalised AND q2.entry_ids = q.entry_ids"
                "  ORDER BY q2.asked_at DESC, q2.id DESC LIMIT 1)"
                " FROM questions q WHERE found = 1 AND confidence < ? GROUP BY normalised, entry_ids"
                " ORDER BY n DESC, low, last DESC, normalised LIMIT ?",
                (cutoff, cutoff, max(0, int(limit))),
            )
        return [BorderlineAnswer(question=r[5], entry_ids=_decode_ids(r[1]), confidence=float(r[3]),
                                 count=int(r[2]), last_seen=r[4]) for r in found]


def _key(value: str) -> str:
    """An id as stored: PostgreSQL text cannot hold NUL, so it becomes U+FFFD on both databases.
    Ids are the app's own hex strings; this only keeps odd input from failing a write."""
    return value.replace("\x00", "\ufffd")


def _check_token(token: str) -> None:
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS or not token.isprintable():
        raise StorageError(f"A session token (checklist or conversation) must be 1-{MAX_TOKEN_CHARS} "
                           f"characters, got {token!r}.")
