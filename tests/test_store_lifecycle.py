"""What the store keeps about buyers and for how long, and how its schema moves forward.

On both backends (an SQLite file and a database on the throwaway PostgreSQL server,
tests/pgserver.py): redaction before storing, retention and purge, a buyer deleting their own
rows, export, schema steps (status, upgrade, refusing a newer database), the location parser,
and the ``advisor db`` / ``advisor data`` commands.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pgserver import run_sql

from advisor.cli import main
from advisor.errors import StorageError
from advisor.store import SCHEMA_VERSION, Store, parse_location
from advisor.store.database import DEFAULT_RETENTION_DAYS, RETENTION_ENV_VAR
from advisor.store.redact import REDACT_ENV_VAR, redact


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "data" / "advisor.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


def _raw(location: str, sql: str) -> list[tuple[object, ...]]:
    """The database's own rows, read past the Store."""
    return run_sql(location, sql)


# -- redaction ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("mail me at jane.doe+ssb@example.co.uk please", "mail me at [email] please"),
    ("call +44 20 7946 0958 or 0049 30 1234567", "call [phone] or [phone]"),
    ("my number is 555-123-4567", "my number is [phone]"),
    ("card 4111 1111 1111 1111 expires soon", "card [card number] expires soon"),
    ("pay to DE89 3704 0044 0532 0130 00 today", "pay to [IBAN] today"),
])
def test_personal_identifiers_become_placeholders(typed: str, stored: str) -> None:
    assert redact(typed) == stored


@pytest.mark.parametrize("question", [
    "is 1,500 cycles at 300 Wh/kg good?",
    "energy density 250-300 Wh/kg and 3.7 V nominal",
    "what changed between 2019 and 2026-11-25?",
    "10-80 % in 15 min at 25 °C, 1C/2C rates",
    "a 21700 cell versus a 4680 cell",
    "1.500.000 km of driving",
])
def test_the_numbers_of_a_battery_question_are_kept(question: str) -> None:
    assert redact(question) == question


def test_redaction_is_visible_in_the_database_itself(location: str) -> None:
    store = Store(location)
    store.record_question("I'm bob@buyer.example, +1 415 555 0100 — is sulfide safe?", found=True, confidence=0.9,
                          session_id="s")
    store.record_feedback("same, from bob@buyer.example", up=False, session_id="s", message_id="m",
                          reason="reach me on +1 415 555 0100")
    stored = json.dumps(_raw(location, "SELECT question FROM questions UNION ALL SELECT question || reason"
                                       " FROM feedback"))
    assert "bob@buyer.example" not in stored and "555 0100" not in stored
    assert "[email]" in stored and "[phone]" in stored
    assert store.unanswered() == [] and store.rated_down()[0].reason == "reach me on [phone]"


def test_redaction_can_be_turned_off(location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REDACT_ENV_VAR, "0")
    store = Store(location)
    store.record_question("write to bob@buyer.example", found=False, confidence=0, session_id="s")
    assert _raw(location, "SELECT question FROM questions") == [("write to bob@buyer.example",)]


# -- retention, purge, a buyer's own rows ----------------------------------------------------


def test_retention_defaults_to_90_days_and_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    assert DEFAULT_RETENTION_DAYS == 90
    assert Store(tmp_path / "a.sqlite3").retention_days == 90
    monkeypatch.setenv(RETENTION_ENV_VAR, "30")
    assert Store(tmp_path / "a.sqlite3").retention_days == 30
    monkeypatch.setenv(RETENTION_ENV_VAR, "soon")
    assert Store(tmp_path / "a.sqlite3").retention_days == 90


def _fill(store: Store, moment: datetime, tag: str) -> None:
    store.record_question(f"{tag} question", found=False, confidence=0, session_id=tag, asked_at=moment)
    store.record_feedback(f"{tag} rating", up=False, session_id=tag, message_id="m", rated_at=moment)
    store.save_conversation(f"{tag}-chat", {"messages": []})
    store.save_checklist_state(f"{tag}-run", {"answers": {}})


def test_purge_deletes_only_what_is_older(location: str) -> None:
    store = Store(location, retention_days=0)
    now = datetime.now(UTC)
    _fill(store, now - timedelta(days=200), "old")
    _fill(store, now - timedelta(days=1), "new")
    # Saved chats and runs carry the time they were last written: age the old ones by hand.
    old = (now - timedelta(days=200)).isoformat(timespec="seconds")
    for table in ("conversations", "checklist_states"):
        _raw(location, f"UPDATE {table} SET updated_at = '{old}' WHERE token LIKE 'old-%'")

    purged = store.purge_older_than(90)

    assert purged.to_dict() == {"questions": 1, "feedback": 1, "checklist_states": 1, "conversations": 1}
    assert [u.question for u in store.unanswered()] == ["new question"]
    assert store.load_conversation("old-chat") is None and store.load_conversation("new-chat") == {"messages": []}
    assert store.load_checklist_state("old-run") is None and store.load_checklist_state("new-run") is not None
    with pytest.raises(ValueError, match="0 or more"):
        store.purge_older_than(-1)


def test_a_running_app_applies_retention_by_itself(location: str) -> None:
    store = Store(location, retention_days=90)
    long_ago = datetime.now(UTC) - timedelta(days=91)
    Store(location, retention_days=0).record_question("from last season", found=False, confidence=0,
                                                      asked_at=long_ago)
    store.record_question("today", found=False, confidence=0)  # the first write of the hour purges
    assert [u.question for u in store.unanswered()] == ["today"]
    Store(location, retention_days=0).record_question("from last season", found=False, confidence=0,
                                                      asked_at=long_ago)
    store.record_question("later today", found=False, confidence=0)  # within the hour: not again
    assert store.count_questions() == 3


def test_a_buyer_deletes_their_own_rows_and_nobody_elses(location: str) -> None:
    store = Store(location, retention_days=0)
    now = datetime.now(UTC)
    _fill(store, now, "mine")
    _fill(store, now, "theirs")

    deleted = store.forget_session("mine", tokens=["mine-chat", "mine-run"])

    assert deleted == 4
    assert [u.question for u in store.unanswered()] == ["theirs question"]
    assert [d.question for d in store.rated_down()] == ["theirs rating"]
    assert store.load_conversation("mine-chat") is None and store.load_checklist_state("mine-run") is None
    assert store.load_conversation("theirs-chat") is not None
    assert store.forget_session("", tokens=[]) == 0  # an empty id never matches the CLI's own rows
    with pytest.raises(StorageError, match="session token"):
        store.forget_session("mine", tokens=[""])


def test_export_holds_every_table(location: str) -> None:
    store = Store(location, retention_days=0)
    _fill(store, datetime(2026, 1, 2, tzinfo=UTC), "s")
    exported = store.export_rows()
    assert [q["question"] for q in exported["questions"]] == ["s question"]
    assert exported["feedback"][0]["score"] == -1 and exported["feedback"][0]["entry_ids"] == []
    assert [c["token"] for c in exported["conversations"]] == ["s-chat"]
    assert [c["token"] for c in exported["checklist_states"]] == ["s-run"]


# -- schema steps -----------------------------------------------------------------------------


def test_status_changes_nothing_and_upgrade_applies_every_step_once(location: str) -> None:
    store = Store(location)
    before = store.schema_status()
    assert (before.current, before.latest) == (0, SCHEMA_VERSION)
    assert [m.version for m in before.pending] == list(range(1, SCHEMA_VERSION + 1))
    if location.endswith(".sqlite3"):
        assert not Path(location).parent.exists()  # looking created nothing

    assert [m.version for m in store.upgrade()] == list(range(1, SCHEMA_VERSION + 1))
    assert store.upgrade() == []
    after = store.schema_status()
    assert after.current == SCHEMA_VERSION and after.pending == ()
    assert all(step.applied_at for step in after.applied)


def test_a_database_newer_than_the_code_is_refused_untouched(location: str) -> None:
    store = Store(location)
    store.upgrade()
    _raw(location, f"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({SCHEMA_VERSION + 1},"
                   " 'from the future', '2030-01-01T00:00:00+00:00')")
    if location.endswith(".sqlite3"):
        _raw(location, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    if not location.endswith(".sqlite3"):
        from advisor.store.postgres import close_pools

        close_pools()  # a new process: it has not checked this server's schema yet
    newer = Store(location)
    with pytest.raises(StorageError, match=rf"schema version {SCHEMA_VERSION + 1}, newer than this advisor"):
        newer.record_question("q", found=True, confidence=1)
    assert newer.schema_status().too_new
    assert _raw(location, "SELECT COUNT(*) FROM questions") == [(0,)]


@pytest.mark.parametrize(("value", "dialect", "shown"), [
    ("data/x.sqlite3", "sqlite", "data/x.sqlite3"),
    ("sqlite:///data/x.sqlite3", "sqlite", "data/x.sqlite3"),
    ("sqlite:////abs/x.sqlite3", "sqlite", "/abs/x.sqlite3"),
    ("postgresql://app:pw@db.internal:5432/advisor", "postgresql", "postgresql://app:***@db.internal:5432/advisor"),
    ("postgres://app@db/advisor", "postgresql", "postgres://app@db/advisor"),
])
def test_locations(value: str, dialect: str, shown: str) -> None:
    location = parse_location(value)
    assert (location.dialect, location.shown) == (dialect, shown)


def test_a_missing_postgres_server_is_a_clear_error_without_the_password(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    store = Store(f"postgresql://app:topsecret@127.0.0.1:{port}/advisor", timeout=1)
    try:
        with pytest.raises(StorageError, match=r"cannot be reached.*reconnects by itself") as failure:
            store.record_question("q", found=True, confidence=1)
        assert "topsecret" not in str(failure.value)
        assert store.health() is not None
    finally:
        from advisor.store.postgres import close_pools

        close_pools()


# -- the commands -------------------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def test_db_status_and_upgrade_commands(location: str) -> None:
    code, text = _run("db", "status", "--db", location)
    assert code == 0 and f"schema version: 0 (this advisor knows up to {SCHEMA_VERSION})" in text
    assert "advisor db upgrade" in text
    code, text = _run("db", "upgrade", "--db", location)
    assert code == 0 and text.count("applied ") == SCHEMA_VERSION
    code, text = _run("db", "upgrade", "--db", location)
    assert code == 0 and "is up to date" in text


def test_data_purge_and_export_commands(location: str, tmp_path: Path) -> None:
    store = Store(location, retention_days=0)
    now = datetime.now(UTC)
    store.record_question("=HYPERLINK(\"http://evil\") old", found=False, confidence=0, session_id="s",
                          asked_at=now - timedelta(days=40))
    store.record_question("recent", found=True, confidence=1, session_id="s", asked_at=now)

    code, text = _run("data", "export", "--format", "csv", "--db", location)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["question"] for r in rows] == ["'=HYPERLINK(\"http://evil\") old", "recent"]  # defused for spreadsheets

    code, text = _run("data", "purge", "--older-than", "30", "--db", location)
    assert code == 0 and "Deleted 1 rows older than 30 days" in text
    target = tmp_path / "export.json"
    code, _ = _run("data", "export", "--output", str(target), "--db", location)
    assert code == 0
    assert [q["question"] for q in json.loads(target.read_text())["questions"]] == ["recent"]
    code, _ = _run("data", "purge", "--older-than", "-3", "--db", location)
    assert code == 2


def test_commands_report_an_unreachable_database_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _ = _run("data", "export", "--db", str(blocker / "advisor.sqlite3"))
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("advisor: The advisor database") and "Traceback" not in err


def test_the_store_benchmark_counts_committed_writes_and_leaves_no_rows(location: str) -> None:
    from advisor.quality.store_bench import measure_store_writes

    store = Store(location)
    store.record_question("a buyer's question", found=True, confidence=1, session_id="buyer")
    result = measure_store_writes(store, threads=2, seconds=0.3)
    assert result.writes > 0 and result.per_second > 0 and result.dialect == store.dialect
    assert [q["question"] for q in store.export_rows()["questions"]] == ["a buyer's question"]


def test_bench_store_command_prints_both_thread_counts(tmp_path: Path) -> None:
    code, text = _run("bench", "--store", str(tmp_path / "b.sqlite3"), "--quick", "--json")
    assert code == 0
    assert [r["threads"] for r in json.loads(text)] == [1, 8]


def test_a_saved_conversation_keeps_what_was_typed_redacted_and_its_ids_untouched(location: str) -> None:
    store = Store(location)
    digits_id = "123456789012"  # a message id that happens to be all digits: not a phone number
    store.save_conversation("tok", {"messages": [{"id": digits_id, "question": "I'm ann@example.com, is it safe?",
                                                  "received": 31}]})
    assert store.load_conversation("tok") == {"messages": [{"id": digits_id, "question": "I'm [email], is it safe?",
                                                            "received": 31}]}
    assert "ann@example.com" not in json.dumps(_raw(location, "SELECT data FROM conversations"))
