"""The app's frame: every page opens, and what it says about the guide comes from the knowledge folder.

AppTest opens a page by its file, not by its address; tests/browser/test_browser.py opens
every page's URL path (``/``, ``/ask``, ``/checklist``, ...) in Chromium.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from uihelpers import AppFactory, ask, assistant_text

from advisor import Advisor

ASK = "views/ask.py"
CHECKLIST = "views/checklist.py"

#: Words of the bundled guide's subject: none may appear in the frame of an app serving another guide.
BATTERY = re.compile(r"batter|solid|lithium|sulfide|electrolyte", re.IGNORECASE)


@pytest.mark.parametrize(
    ("page", "title"),
    [(ASK, None), (CHECKLIST, "Supplier checklist"), ("views/library.py", "Answer library"),
     ("views/insights.py", "Insights")],
    ids=["ask", "checklist", "library", "insights"],
)
def test_every_page_opens(app: AppFactory, advisor: Advisor, page: str, title: str | None) -> None:
    at = app(page, staff=page == "views/insights.py")
    assert at.title[0].value == (title or advisor.knowledge.guide.name)
    assert not at.error


def _rename_guide(knowledge: Path) -> None:
    path = knowledge / "guide.yaml"
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r"(?m)^  title: .*$", '  title: "Baking Sourdough at Home"', text, count=1)
    edited = re.sub(r"(?m)^  name: .*$", "  name: Sourdough helper", edited, count=1)
    assert edited.count("Sourdough") == 2, "guide.yaml has no title/name line to edit"
    path.write_text(edited, encoding="utf-8")


def test_the_ask_page_names_the_guide_from_guide_yaml(app: AppFactory, knowledge: Path) -> None:
    _rename_guide(knowledge)
    at = app()

    assert at.title[0].value == "Sourdough helper"
    assert at.caption[0].value.startswith("Answers come only from the guide *Baking Sourdough at Home*")
    frame = [at.title[0].value, at.caption[0].value, at.chat_input[0].proto.placeholder,
             *(m.value for m in at.markdown)]
    assert not [text for text in frame if BATTERY.search(text)]


def test_a_guide_without_a_checklist_offers_none(app: AppFactory, knowledge: Path, advisor: Advisor) -> None:
    (knowledge / "checklist.yaml").unlink()
    at = app()

    assert not at.sidebar.get("page_link"), "no 'Evaluate a supplier' link"
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(CHECKLIST)
    ask(at, "help me evaluate a supplier")  # answered in the chat, not sent to a page that is not there
    assert at.title[0].value == advisor.knowledge.guide.name
    assert assistant_text(at).strip()
