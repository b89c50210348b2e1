"""The insights database: what is stored, how it is read back, and how it fails."""

from __future__ import annotations

import csv
import io
import os
import pwd
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pgserver import run_sql

from advisor.errors import AdvisorError, StorageError
from advisor.store.database import (
    DB_ENV_VAR,
    MAX_CONVERSATION_BYTES,
    MAX_REASON_CHARS,
    SCHEMA_VERSION,
    Store,
    default_db_path,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's database is: a new SQLite file, or a new database on the throwaway PostgreSQL
    server (tests/pgserver.py). Tests taking it run on both backends."""
    if request.param == "sqlite":
        return str(tmp_path / "data" / "advisor.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(db_location: str) -> Store:
    # Retention off: tests store questions "asked" on fixed past dates.
    return Store(db_location, retention_days=0)


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _query(store: Store, sql: str) -> list[tuple[object, ...]]:
    """Run SQL on the store's database directly (SQLite file or PostgreSQL), committed."""
    return run_sql(str(store.path) if store.path is not None else store.location.url, sql)


# -- creation and location --------------------------------------------------------------


def test_nothing_is_created_until_first_use(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "advisor.sqlite3"
    store = Store(path)
    assert not path.parent.exists()
    assert store.health() is None
    assert path.is_file()


def test_database_is_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "advisor.sqlite3")
    store.record_question("what is an anode", found=True, confidence=0.9)
    assert _rows(tmp_path / "advisor.sqlite3", "PRAGMA journal_mode") == [("wal",)]


def test_path_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "custom.sqlite3"))
    assert default_db_path() == tmp_path / "custom.sqlite3"
    assert Store().path == tmp_path / "custom.sqlite3"


def test_default_path_is_a_data_folder_under_the_working_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_db_path() == tmp_path / "data" / "advisor.sqlite3"


# -- questions and insights -------------------------------------------------------------


def test_unanswered_questions_are_grouped_by_their_normalised_form(store: Store) -> None:
    store.record_question("Do you sell e-bikes?", found=False, confidence=0.0, session_id="a",
                          asked_at=datetime(2025, 1, 1, 9, tzinfo=UTC))
    store.record_question("do you  sell E-bikes", found=False, confidence=0.1, session_id="b",
                          asked_at=datetime(2025, 1, 2, 9, tzinfo=UTC))
    store.record_question("What is the price?", found=False, confidence=0.0, session_id="a",
                          asked_at=datetime(2025, 1, 3, 9, tzinfo=UTC))
    store.record_question("what is a cathode", found=True, confidence=0.8, entry_ids=["faq-cathode"])

    rows = store.unanswered(limit=10)

    assert [(r.count, r.question) for r in rows] == [(2, "do you sell E-bikes"), (1, "What is the price?")]
    assert rows[0].last_seen.startswith("2025-01-02")
    assert store.unanswered(limit=1) == rows[:1]


def test_feedback_keeps_the_question_and_entry_ids(store: Store) -> None:
    store.record_feedback("why sulfides?", up=False, entry_ids=["faq-sulfide", "table-families"], session_id="s")
    store.record_feedback("why sulfides?", up=True, entry_ids=["faq-sulfide"], session_id="t")

    [down] = store.rated_down()

    assert down.question == "why sulfides?"
    assert down.entry_ids == ("faq-sulfide", "table-families")
    assert down.count == 1


def test_changing_a_rating_replaces_it(store: Store) -> None:
    store.record_feedback("q", up=True, session_id="s", message_id="m1")
    store.record_feedback("q", up=False, session_id="s", message_id="m1")
    assert store.count_feedback() == 1
    assert len(store.rated_down()) == 1
    store.clear_feedback(session_id="s", message_id="m1")
    assert store.count_feedback() == 0


def test_totals_by_day(store: Store) -> None:
    day1, day2 = datetime(2025, 3, 1, 12, tzinfo=UTC), datetime(2025, 3, 2, 12, tzinfo=UTC)
    store.record_question("a", found=True, confidence=1, asked_at=day1)
    store.record_question("b", found=False, confidence=0, asked_at=day1)
    store.record_question("c", found=True, confidence=1, asked_at=day2)
    store.record_feedback("a", up=True, rated_at=day1)
    store.record_feedback("c", up=False, rated_at=day2)

    totals = [t.to_dict() for t in store.totals_by_day()]

    assert totals == [
        {"day": "2025-03-01", "questions": 2, "unanswered": 1, "rated_up": 1, "rated_down": 0},
        {"day": "2025-03-02", "questions": 1, "unanswered": 0, "rated_up": 0, "rated_down": 1},
    ]


def test_insights_csv_round_trips_and_defuses_formulas(store: Store) -> None:
    store.record_question("=HYPERLINK(\"http://evil\")", found=False, confidence=0)
    store.record_question("is it, \"safe\"?\nreally", found=False, confidence=0)
    store.record_feedback("what is li-ion", up=False, entry_ids=["faq-1", "faq-2"])

    rows = list(csv.DictReader(io.StringIO(store.export_insights_csv())))

    assert {r["kind"] for r in rows} == {"unanswered", "rated_down"}
    questions = {r["question"] for r in rows}
    assert "'=HYPERLINK(\"http://evil\")" in questions
    assert 'is it, "safe"? really' in questions
    assert next(r for r in rows if r["kind"] == "rated_down")["entry_ids"] == "faq-1 faq-2"


def test_insights_csv_carries_the_reason_defused(store: Store) -> None:
    store.record_feedback("q", up=False, reason="=HYPERLINK(\"http://evil\")")
    [row] = list(csv.DictReader(io.StringIO(store.export_insights_csv())))
    assert row["reason"] == "'=HYPERLINK(\"http://evil\")"


def test_totals_csv(store: Store) -> None:
    store.record_question("a", found=False, confidence=0, asked_at=datetime(2025, 3, 1, tzinfo=UTC))
    assert store.export_totals_csv() == "day,questions,unanswered,rated_up,rated_down\n2025-03-01,1,1,0,0\n"


def test_empty_database_reads_as_empty(store: Store) -> None:
    assert store.unanswered() == []
    assert store.rated_down() == []
    assert store.totals_by_day() == []
    assert store.export_insights_csv() == "kind,question,count,last_seen,entry_ids,reason\n"


def test_very_long_questions_are_stored_cut(store: Store) -> None:
    store.record_question("x" * 50_000, found=False, confidence=0)
    [(length,)] = _query(store, "SELECT length(question) FROM questions")
    assert length == 2000


def test_small_talk_is_not_counted_as_unanswered(store: Store) -> None:
    day = datetime(2025, 4, 1, 12, tzinfo=UTC)
    store.record_question("hello", found=False, confidence=0, kind="small-talk", asked_at=day)
    store.record_question("thanks!", found=False, confidence=0, kind="small-talk", asked_at=day)
    store.record_question("?", found=False, confidence=0, kind="empty", asked_at=day)
    store.record_question("do you sell e-bikes", found=False, confidence=0, kind="not-covered", asked_at=day)
    store.record_question("what is a cathode", found=True, confidence=0.8, kind="answered", asked_at=day)

    assert [u.question for u in store.unanswered()] == ["do you sell e-bikes"]
    [totals] = store.totals_by_day()
    assert (totals.questions, totals.unanswered) == (5, 1)
    assert _query(store, "SELECT kind FROM questions ORDER BY id")[0] == ("small-talk",)


def test_a_thumbs_down_keeps_what_was_wrong(store: Store) -> None:
    store.record_feedback("why sulfides?", up=False, session_id="s", message_id="m1")
    assert store.rated_down()[0].reason == ""
    store.record_feedback("why sulfides?", up=False, session_id="s", message_id="m1",
                          reason="Incomplete: \u200bno <b>cost</b> figures **at all**")

    [down] = store.rated_down()
    assert down.reason == "Incomplete: no <b>cost</b> figures **at all**"  # cleaned, stored as typed, never markup
    assert down.to_dict()["reason"] == down.reason
    assert down.count == 1


def test_the_latest_reason_of_a_group_is_shown_and_a_thumbs_up_drops_it(store: Store) -> None:
    early, late = datetime(2025, 5, 1, tzinfo=UTC), datetime(2025, 5, 2, tzinfo=UTC)
    store.record_feedback("q", up=False, session_id="a", message_id="m", reason="Wrong answer", rated_at=early)
    store.record_feedback("q", up=False, session_id="b", message_id="m", reason="Not what I asked", rated_at=late)
    store.record_feedback("q", up=False, session_id="c", message_id="m", rated_at=late)
    assert [(d.count, d.reason) for d in store.rated_down()] == [(3, "Not what I asked")]

    store.record_feedback("q", up=True, session_id="b", message_id="m", reason="ignored with a thumbs up")
    assert [(d.count, d.reason) for d in store.rated_down()] == [(2, "Wrong answer")]


def test_a_long_reason_is_cut(store: Store) -> None:
    store.record_feedback("q", up=False, reason="x" * 5000)
    assert len(store.rated_down()[0].reason) == MAX_REASON_CHARS


def test_a_version_1_database_gains_the_new_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE questions (id INTEGER PRIMARY KEY, question TEXT NOT NULL, normalised TEXT NOT NULL,"
        " found INTEGER NOT NULL, confidence REAL NOT NULL, entry_ids TEXT NOT NULL, asked_at TEXT NOT NULL,"
        " session_id TEXT NOT NULL);"
        "CREATE TABLE feedback (id INTEGER PRIMARY KEY, question TEXT NOT NULL, entry_ids TEXT NOT NULL,"
        " score INTEGER NOT NULL, rated_at TEXT NOT NULL, session_id TEXT NOT NULL, message_id TEXT);"
        "CREATE UNIQUE INDEX feedback_per_message ON feedback (session_id, message_id) WHERE message_id IS NOT NULL;"
        "INSERT INTO questions VALUES (1, 'old miss', 'old miss', 0, 0, '[]', '2024-01-01T00:00:00+00:00', 's');"
        "INSERT INTO feedback VALUES (1, 'old', '[]', -1, '2024-01-01T00:00:00+00:00', 's', 'm');"
        "PRAGMA user_version = 1;"
    )
    conn.close()
    store = Store(path, retention_days=0)

    assert [u.question for u in store.unanswered()] == ["old miss"]
    assert [(d.question, d.reason) for d in store.rated_down()] == [("old", "")]
    store.record_feedback("new", up=False, reason="Other: too vague")
    store.save_conversation("tok", {"messages": []})
    assert _rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    # The file had no ledger: every step ran, adding only what the file lacked, and is now written down.
    assert [v for v, _, _ in _rows(path, "SELECT * FROM schema_migrations ORDER BY version")] == list(
        range(1, SCHEMA_VERSION + 1))
    assert {d.reason for d in store.rated_down()} == {"", "Other: too vague"}


# -- saved conversations -----------------------------------------------------------------


def test_conversation_round_trip_per_token(store: Store) -> None:
    assert store.load_conversation("tok-a") is None
    store.save_conversation("tok-a", {"messages": [{"id": "1", "question": "why sulfides?"}]})
    store.save_conversation("tok-a", {"messages": [{"id": "2", "question": "and oxides?"}]})
    store.save_conversation("tok-b", {"messages": []})

    assert store.load_conversation("tok-a") == {"messages": [{"id": "2", "question": "and oxides?"}]}
    assert store.load_conversation("tok-b") == {"messages": []}
    assert store.load_conversation("tok-c") is None
    store.delete_conversation("tok-a")
    assert store.load_conversation("tok-a") is None
    assert store.load_conversation("tok-b") == {"messages": []}
    assert store.load_checklist_state("tok-b") is None  # a conversation is not a checklist


def test_oversized_conversation_is_refused(store: Store) -> None:
    with pytest.raises(StorageError, match=r"over the .*-byte limit.*new conversation"):
        store.save_conversation("tok", {"blob": "x" * (MAX_CONVERSATION_BYTES + 1)})


def test_unreadable_conversation_loads_as_none(store: Store) -> None:
    store.save_conversation("tok", {})
    _query(store, "UPDATE conversations SET data = 'not json'")
    assert store.load_conversation("tok") is None


# -- checklist state ---------------------------------------------------------------------


def test_checklist_state_round_trip(store: Store) -> None:
    assert store.load_checklist_state("tok") is None
    store.save_checklist_state("tok", {"answers": {"electrolyte": "sulfide"}, "position": 2})
    store.save_checklist_state("tok", {"answers": {}, "position": 0})
    assert store.load_checklist_state("tok") == {"answers": {}, "position": 0}
    store.delete_checklist_state("tok")
    assert store.load_checklist_state("tok") is None


@pytest.mark.parametrize("token", ["", "x" * 500])
def test_checklist_token_must_be_sane(store: Store, token: str) -> None:
    with pytest.raises(StorageError, match=r"session token .* must be"):
        store.save_checklist_state(token, {})
    with pytest.raises(StorageError, match=r"session token .* must be"):
        store.save_conversation(token, {})


def test_oversized_checklist_state_is_refused(store: Store) -> None:
    with pytest.raises(StorageError, match=r"over the .*-byte limit"):
        store.save_checklist_state("tok", {"blob": "x" * 300_000})


def test_unserialisable_checklist_state_is_refused(store: Store) -> None:
    with pytest.raises(StorageError, match="cannot be saved as JSON"):
        store.save_checklist_state("tok", {"when": object()})


# -- concurrency -------------------------------------------------------------------------


def test_concurrent_threads_lose_no_rows(db_location: str) -> None:
    # A generous wait, as in production: on a loaded machine a writer can queue for seconds.
    store = Store(db_location, timeout=30)
    threads_n, per_thread = 8, 40
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(per_thread):
                store.record_question(f"thread {n} question {i}", found=i % 2 == 0, confidence=0.5, session_id=str(n))
                if i % 10 == 0:
                    store.record_feedback(f"thread {n}", up=False, session_id=str(n))
                    store.unanswered(5)
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(threads_n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    assert store.count_questions() == threads_n * per_thread
    assert store.count_feedback() == threads_n * per_thread // 10


_WRITER = """
import sys
from advisor.store import Store
store = Store(sys.argv[1], timeout=30)
for i in range(int(sys.argv[3])):
    store.record_question(f"process {sys.argv[2]} question {i}", found=False, confidence=0.0, session_id=sys.argv[2])
"""


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_concurrent_processes_lose_no_rows(db_location: str) -> None:
    path = db_location  # all start on a database with no tables yet (an SQLite file that does not exist)
    procs = [_python(_WRITER, path, str(n), "60") for n in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err

    store = Store(path)
    assert store.count_questions() == 4 * 60
    assert len(store.unanswered(limit=1000)) == 4 * 60


def _count_or_zero(location: str) -> int:
    try:
        return Store(location).count_questions()
    except StorageError:  # not created yet
        return 0


def test_killed_writer_leaves_an_intact_database(db_location: str) -> None:
    path = db_location
    writer = _python(_WRITER, path, "victim", "1000000")
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            if _count_or_zero(path) >= 200:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the writer never got going: " + (writer.stderr.read() if writer.stderr else ""))
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.communicate(timeout=30)

    store = Store(path)
    if store.path is not None:
        assert _rows(store.path, "PRAGMA integrity_check") == [("ok",)]
    assert store.health() is None
    before = store.count_questions()
    store.record_question("after the crash", found=True, confidence=1)
    assert store.count_questions() == before + 1


# -- failures ----------------------------------------------------------------------------


def test_storage_error_is_an_advisor_error_and_an_oserror() -> None:
    assert issubclass(StorageError, AdvisorError)
    assert issubclass(StorageError, OSError)


@pytest.mark.parametrize(
    "garbage",
    [b"this is a plain text file, not a database\n" * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "bad-header"],
)
def test_corrupt_file_gives_a_clear_error_and_recovers_when_replaced(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "advisor.sqlite3"
    path.write_bytes(garbage)
    store = Store(path)

    with pytest.raises(StorageError, match=r"advisor\.sqlite3 is damaged or is not an SQLite database.*Move the file"):
        store.record_question("hello", found=True, confidence=1)
    with pytest.raises(StorageError, match="damaged"):
        store.unanswered()
    message = store.health()
    assert message is not None and str(path) in message

    path.unlink()  # what the message tells staff to do
    store.record_question("hello", found=True, confidence=1)
    assert store.health() is None


def test_locked_database_gives_a_clear_error_and_recovers(tmp_path: Path) -> None:
    path = tmp_path / "advisor.sqlite3"
    store = Store(path, timeout=0.2)
    store.record_question("first", found=True, confidence=1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match=r"is locked by another program .*Close whatever is holding it"):
            store.record_question("second", found=True, confidence=1)
        assert "locked" in (store.health() or "")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.record_question("second", found=True, confidence=1)
    assert store.count_questions() == 2


def test_a_busy_writer_is_waited_for_not_failed(tmp_path: Path) -> None:
    path = tmp_path / "advisor.sqlite3"
    Store(path).health()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    Store(path, timeout=5).record_question("waits its turn", found=True, confidence=1)
    holder.close()
    assert Store(path).count_questions() == 1


def test_deleted_folder_is_recreated(tmp_path: Path) -> None:
    store = Store(tmp_path / "data" / "advisor.sqlite3")
    store.record_question("before", found=True, confidence=1)
    shutil.rmtree(tmp_path / "data")
    store.record_question("after", found=True, confidence=1)
    assert store.count_questions() == 1
    assert store.health() is None


def test_folder_that_cannot_be_made_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    store = Store(blocker / "advisor.sqlite3")
    with pytest.raises(StorageError, match=r"cannot be created: its folder .*data cannot be made.*ADVISOR_DB"):
        store.record_question("q", found=True, confidence=1)
    assert "cannot be created" in (store.health() or "")


def _as_unprivileged_user(action: Callable[[], str]) -> str:
    """Run ``action`` where file permissions apply: as ``nobody`` in a forked child when
    we are root (root ignores them), else right here."""
    if os.geteuid() != 0:
        return action()
    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            result = action()
        except BaseException as exc:
            result = f"child failed: {exc!r}"
        os.write(write_end, result.encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        result = pipe.read().decode()
    os.waitpid(pid, 0)
    return result


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    # pytest's tmp_path is private to root; ``nobody`` must be able to reach this one.
    path = Path(tempfile.mkdtemp(prefix="advisor-ro-"))
    path.chmod(0o755)
    yield path
    for p in (path, *path.iterdir()):
        p.chmod(0o755)
    shutil.rmtree(path)


@pytest.mark.parametrize("folder_writable", [False, True], ids=["read-only-folder", "writable-folder"])
def test_read_only_file_gives_a_clear_error(shared_dir: Path, folder_writable: bool) -> None:
    path = shared_dir / "advisor.sqlite3"
    Store(path).record_question("stored before it became read-only", found=False, confidence=0)
    for extra in shared_dir.glob("advisor.sqlite3-*"):
        extra.unlink()
    path.chmod(0o444)
    shared_dir.chmod(0o777 if folder_writable else 0o555)

    def attempt() -> str:
        store = Store(path, timeout=0.5)
        try:
            store.record_question("new", found=True, confidence=1)
        except StorageError as exc:
            return "StorageError: " + str(exc) + " | health: " + str(store.health())
        return "written"

    result = _as_unprivileged_user(attempt)

    assert result.startswith("StorageError: "), result
    assert "is read-only" in result and str(path) in result and "health: The advisor database" in result


def test_no_raw_sqlite_error_escapes(tmp_path: Path) -> None:
    path = tmp_path / "advisor.sqlite3"
    path.write_bytes(b"\x00" * 100 + b"garbage" * 100)
    store = Store(path)
    operations: list[Callable[[], object]] = [
        lambda: store.record_question("q", found=True, confidence=1),
        lambda: store.record_feedback("q", up=True),
        lambda: store.unanswered(),
        lambda: store.rated_down(),
        lambda: store.totals_by_day(),
        lambda: store.export_insights_csv(),
        lambda: store.save_checklist_state("t", {}),
        lambda: store.load_checklist_state("t"),
    ]
    for operation in operations:
        with pytest.raises(StorageError):
            operation()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.text(max_size=300))
def test_any_text_is_stored_and_read_back(store: Store, question: str) -> None:
    store.save_checklist_state("prop", {"typed": question})
    assert store.load_checklist_state("prop") == {"typed": question}
    store.record_feedback(question, up=False, entry_ids=[question[:20]], session_id=question[:10])
    assert any(d.entry_ids == (question[:20],) for d in store.rated_down(limit=10_000))
