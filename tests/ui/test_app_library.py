"""The Answer library page: listing, fuzzy search, kind filter, permalinks, exports."""

from __future__ import annotations

import pytest
from uihelpers import AppFactory

from advisor import Advisor

LIBRARY = "views/library.py"



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
def test_permalink_opens_the_entry(app: AppFactory, advisor: Advisor, page: str | None) -> None:
    entry = advisor.library()[3]
    at = app(page, entry=entry.id)

    assert at.title[0].value == "Answer library"
    assert at.subheader[0].value == entry.title
    opened = next(e for e in at.expander if f"`{entry.id}`" in e.label)
    assert opened.proto.expanded


def test_unknown_permalink_is_explained(app: AppFactory) -> None:
    at = app(LIBRARY, entry="no-such-entry")
    assert "No entry has the id" in at.warning[0].value


def test_exports_offer_csv_markdown_and_json(app: AppFactory, advisor: Advisor) -> None:
    at = app(LIBRARY)
    at.text_input(key="library_query").set_value("pressure").run()
    assert [b.label for b in at.download_button] == ["CSV", "Markdown", "JSON"]
    scope = at.radio(key="export_scope")
    filtered = len(advisor.search_library("pressure", limit=1000))
    assert scope.format_func("filtered") == f"Filtered ({filtered})"
    assert scope.format_func("all") == f"All ({len(advisor.library())})"
    scope.set_value("all").run()
    assert not at.exception
