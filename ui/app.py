"""Entry point: ``streamlit run ui/app.py`` from the repository root.

Pages live in ``ui/views``; helpers in ``ui/components.py``. The advisor is built
once per process (``st.cache_resource``); questions, feedback and checklist progress
go to the SQLite store named by ``ADVISOR_DB``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui import components, gate

#: The browser-tab icon, shipped with the app. A ":material/...:" or emoji page icon makes the browser
#: fetch it from a third-party CDN on every page load: missing offline, and it tells them who uses the app.
FAVICON = Path(__file__).parent / "static" / "favicon.png"

components.configure_logging()
components.upgrade_store_at_start()  # upgrades an older database once; a failure is logged, buyers still answered
live = components.get_live_advisor()  # None while the knowledge cannot be loaded: the pages say why
app_name = live.current.knowledge.guide.name if live is not None else components.FALLBACK_APP_NAME
st.set_page_config(page_title=app_name, page_icon=FAVICON, layout="centered")

# Streamlit serves the default page at "/" only, never under its own url_path, so a bookmark of
# /ask would say "Page not found". The Ask page is therefore registered twice: at "/" (shown in
# the menu) and, hidden, at "/ask". Every other page has one explicit url_path.
ask = st.Page(components.ASK_PAGE, title="Ask", icon=":material/chat:", url_path="", default=True)
ask_by_path = st.Page(components.ASK_PAGE, title="Ask", icon=":material/chat:", url_path="ask",
                      visibility="hidden")
library = st.Page(components.LIBRARY_PAGE, title="Answer library", icon=":material/menu_book:", url_path="library")
checklist = st.Page(components.CHECKLIST_PAGE, title="Supplier checklist", icon=":material/checklist:",
                    url_path="checklist")
# Staff pages show what buyers typed. An anonymous session does not see them in the menu, and each
# one checks for staff itself (ui/gate.py) before it reads anything: /insights opened directly, or
# st.switch_page, gets the sign-in panel, never the data.
staff = gate.current_staff()
insights = st.Page(components.INSIGHTS_PAGE, title="Insights", icon=":material/insights:", url_path="insights",
                   visibility="visible" if staff is not None else "hidden")
staff_page = st.Page(components.STAFF_PAGE, title="Staff sign-in" if staff is None else "Staff",
                     icon=":material/lock:" if staff is None else ":material/verified_user:", url_path="staff")

# A knowledge folder without checklist.yaml has no supplier checklist to offer.
has_checklist = live is None or live.current.checklist_spec is not None
# The Answer library is public: it holds only the guide's own answers, which the chat gives anyone anyway.
pages = {
    "Buyers": [ask, ask_by_path, *([checklist] if has_checklist else [])],
    "Support staff": [library, insights, staff_page],
}

current = st.navigation(pages)
if staff is not None:
    gate.staff_sidebar(staff)
# A permalink (?entry=ID) opens the library even when it points at the app's root.
if (current is ask or current is ask_by_path) and st.query_params.get("entry"):
    st.switch_page(library, query_params={"entry": st.query_params["entry"]})
current.run()
