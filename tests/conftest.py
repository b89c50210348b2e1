"""Shared fixtures for the advisor library tests (tests/ui and tests/browser add their own)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pgserver import PostgresServer, running_server

from advisor import Advisor, Answer
from advisor.checklist.spec import ChecklistSpec, load_checklist

#: A minimal valid knowledge folder: two linked entries, one small table, synonyms.
#: Line numbers matter: validator tests point at them.
BASE_KNOWLEDGE: dict[str, str] = {
    "entries/01-basics.yaml": """\
        entries:
          - id: ion-path
            kind: section
            title: Where the ions go
            section: Basics
            answer: Lithium ions move through the solid electrolyte.
            questions:
              - where do the ions go
              - ion path
              - how do ions move
            related: [electron-path]
          - id: electron-path
            kind: faq
            title: Where do the electrons go?
            section: FAQ
            answer: Electrons move through the external circuit.
            questions:
              - where do electrons go
              - electron path
              - do electrons cross the electrolyte
        """,
    "tables/families.yaml": """\
        table:
          id: families
          kind: table
          title: Families compared
          section: Basics
          row_header: Family
          questions:
            - which families are there
            - compare families
            - family table
          columns:
            - id: drawbacks
              name: What goes wrong
              questions:
                - what goes wrong with {row}
                - problems with {row}
                - drawbacks of {row}
          rows:
            - id: sulfides
              name: Sulfides
              aliases: [sulfide]
              cells:
                drawbacks: Moisture sensitivity
            - id: oxides
              name: Oxides
              aliases: [oxide]
              cells:
                drawbacks: Brittleness
        """,
    "synonyms.yaml": """\
        synonyms:
          ssb: solid-state battery
        """,
}

KnowledgeWriter = Callable[[dict[str, "str | bytes | None"]], Path]


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Index caches go to a throw-away folder, never to ~/.cache."""
    folder = tmp_path_factory.mktemp("advisor-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ADVISOR_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(scope="session")
def advisor(_cache_dir: Path) -> Advisor:
    return Advisor()


@pytest.fixture
def last_answer(advisor: Advisor) -> Callable[..., Answer]:
    """Ask ``turns`` in one new conversation and return the answer to the last."""
    def ask(*turns: str) -> Answer:
        conversation = advisor.conversation()
        answers = [conversation.ask(turn) for turn in turns]
        return answers[-1]
    return ask


@pytest.fixture(scope="session")
def spec() -> ChecklistSpec:
    """The bundled supplier checklist (knowledge/checklist.yaml), loaded once."""
    return load_checklist(Path(__file__).resolve().parents[1] / "knowledge" / "checklist.yaml")


@pytest.fixture
def write_knowledge(tmp_path: Path) -> KnowledgeWriter:
    """``write_knowledge({"entries/02-x.yaml": "..."})`` -> a knowledge folder: the base files plus overrides.

    Text is dedented; bytes are written as they are; ``None`` leaves a base file out.
    """

    def write(files: dict[str, str | bytes | None] | None = None) -> Path:
        root = tmp_path / "knowledge"
        merged: dict[str, str | bytes | None] = {**BASE_KNOWLEDGE, **(files or {})}
        for name, content in merged.items():
            if content is None:
                continue
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return root

    return write


# -- PostgreSQL: one throwaway server per test run, an empty database per test -------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster the tests start themselves (tests/pgserver.py); skips without the package."""
    with running_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new empty database on the test server; pools to it are closed afterwards."""
    from advisor.store.postgres import close_pools

    yield postgres_server.new_database()
    close_pools()
