"""The Answer library page: listing, fuzzy search, kind filter, permalinks, exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from uihelpers import AppFactory

from advisor import Advisor

LIBRARY = "views/library.py"


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, tuple[str | None, bytes]]]:
    """What each download button would give the browser, by file id: ``(file name, bytes)``.

    AppTest shows only a button's label and URL; the file lives in a media store that is
    thrown away after each run, so record what goes into it.
    """
    files: dict[str, tuple[str | None, bytes]] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self: MemoryMediaFileStorage, path_or_data: str | bytes, mimetype: str, kind: Any,
               filename: str | None = None) -> str:
        file_id = original(self, path_or_data, mimetype, kind, filename)
        files[file_id] = (filename, path_or_data if isinstance(path_or_data, bytes) else b"")
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    yield files


def _download(at: AppTest, label: str, files: dict[str, tuple[str | None, bytes]]) -> tuple[str | None, str]:
    button = next(b for b in at.download_button if b.label == label)
    file_id = button.proto.url.rsplit("/", 1)[-1].split(".", 1)[0]
    name, data = files[file_id]
    return name, data.decode()



def test_every_entry_is_listed(app: AppFactory, advisor: Advisor) -> None:
    at = app(LIBRARY)
    assert at.title[0].value == "Answer library"
    labels = [e.label for e in at.expander if "`" in e.label]
    assert len(labels) == len(advisor.library())
    assert all(f"`{entry.id}`" in label for entry, label in zip(advisor.library(), labels, strict=True))


def test_search_narrows_as_you_type(app: AppFactory, advisor: Advisor) -> None:
    at = app(LIBRARY)
    at.text_input(key="library_query").set_value("sulfde").run()

    expected = advisor.search_library("sulfde", limit=1000)
    labels = [e.label for e in at.expander if "`" in e.label]
    assert 0 < len(labels) == len(expected) < len(advisor.library())
    assert f"`{expected[0].id}`" in labels[0]


def test_kind_filter(app: AppFactory, advisor: Advisor) -> None:
    at = app(LIBRARY)
    at.pills(key="library_kind").set_value("table").run()

    labels = [e.label for e in at.expander if "`" in e.label]
    tables = [e for e in advisor.library() if e.kind == "table"]
    assert len(labels) == len(tables) > 0
    assert all("· Table ·" in label for label in labels)


def test_entry_shows_answer_citation_copy_and_permalink(app: AppFactory, advisor: Advisor) -> None:
    entry = advisor.library()[0]
    at = app(LIBRARY)
    first = next(e for e in at.expander if f"`{entry.id}`" in e.label)
    assert first.markdown[0].value == entry.text
    assert entry.citation() in first.code[0].value
    link = first.get("page_link")[0]
    assert link.proto.label == "Permalink"
    assert f"library?entry={entry.id}" in link.proto.page or "entry" in str(link.proto)


@pytest.mark.parametrize("page", [LIBRARY, None], ids=["library-url", "root-url"])
def test_permalink_opens_the_entry_once(app: AppFactory, advisor: Advisor, page: str | None) -> None:
    entry = advisor.library()[3]
    at = app(page, entry=entry.id)

    assert at.title[0].value == "Answer library"
    assert at.subheader[0].value == entry.title
    assert [m.value for m in at.markdown].count(entry.text) == 1  # the card only, not the list as well
    assert not [e for e in at.expander if "`" in e.label]

    at.button[0].click().run()  # "Show the whole library"
    assert "entry" not in at.query_params
    assert len([e for e in at.expander if "`" in e.label]) == len(advisor.library())


@pytest.mark.parametrize("crafted", ["no-such-entry", "http://attacker.example/x", "[click](http://attacker.example)",
                                     "![x](http://attacker.example/p.png)"])
def test_unknown_permalink_shows_the_id_as_inert_text(app: AppFactory, advisor: Advisor, crafted: str) -> None:
    at = app(LIBRARY, entry=crafted)
    assert "No entry has the id" in at.warning[0].value
    assert "attacker" not in at.warning[0].value  # nothing of the id is rendered as Markdown
    assert not any("attacker" in m.value for m in at.markdown)
    assert at.text[0].value == crafted
    assert len([e for e in at.expander if "`" in e.label]) == len(advisor.library())  # the library is still there


def test_exports_offer_csv_markdown_and_json(app: AppFactory, advisor: Advisor) -> None:
    at = app(LIBRARY)
    at.text_input(key="library_query").set_value("pressure").run()
    assert [b.label for b in at.download_button] == ["CSV", "Markdown", "JSON"]
    scope = at.radio(key="export_scope")
    filtered = len(advisor.search_library("pressure", limit=1000))
    assert scope.options == ["Filtered", "All"]
    assert list(scope.proto.captions) == [f"{filtered} entries", f"{len(advisor.library())} entries"]
    scope.set_value("all").run()
    assert not at.exception


def test_filtered_export_is_what_is_on_screen(app: AppFactory, advisor: Advisor,
                                              downloads: dict[str, tuple[str | None, bytes]]) -> None:
    # The reported sequence: a first search, a second one, then a kind filter. Every step changes the
    # count; the choice must stay on "Filtered" and the files must hold only the entries shown.
    at = app(LIBRARY)
    at.text_input(key="library_query").set_value("dendrite").run()
    at.text_input(key="library_query").set_value("coin cell").run()
    at.pills(key="library_kind").set_value("faq").run()

    shown = advisor.search_library("coin cell", kind="faq", limit=1000)
    assert any(c.value == f"{len(shown)} of {len(advisor.library())} entries" for c in at.caption)
    scope = at.radio(key="export_scope")
    assert (scope.value, scope.index) == ("filtered", 0)
    assert scope.proto.captions[0] == _plural(len(shown))

    name, data = _download(at, "CSV", downloads)
    rows = list(csv.DictReader(io.StringIO(data)))
    assert name == "answer-library-filtered.csv"
    assert [r["id"] for r in rows] == [e.id for e in shown]
    assert _download(at, "JSON", downloads)[0] == "answer-library-filtered.json"

    scope.set_value("all").run()
    name, data = _download(at, "CSV", downloads)
    assert name == "answer-library-all.csv"
    assert len(list(csv.DictReader(io.StringIO(data)))) == len(advisor.library())
    assert at.radio(key="export_scope").index == 1


def _plural(n: int) -> str:
    return f"{n} entr{'y' if n == 1 else 'ies'}"
