"""Entry point: ``streamlit run ui/app.py`` from the repository root.

Pages live in ``ui/views``; helpers in ``ui/components.py``. The advisor is built
once per process (``st.cache_resource``); questions, feedback and checklist progress
go to the SQLite store named by ``ADVISOR_DB``.
"""

from __future__ import annotations

import streamlit as st

from ui import components

components.configure_logging()
st.set_page_config(page_title="Solid-state battery advisor", page_icon=":material/battery_charging_full:",
                   layout="centered")

ask = st.Page(components.ASK_PAGE, title="Ask", icon=":material/chat:", url_path="ask", default=True)
library = st.Page(components.LIBRARY_PAGE, title="Answer library", icon=":material/menu_book:", url_path="library")
pages = {
    "Buyers": [
        ask,
        st.Page(components.CHECKLIST_PAGE, title="Supplier checklist", icon=":material/checklist:",
                url_path="checklist"),
    ],
    "Support staff": [
        library,
        st.Page(components.INSIGHTS_PAGE, title="Insights", icon=":material/insights:", url_path="insights"),
    ],
}

current = st.navigation(pages)
# A permalink (?entry=ID) opens the library even when it points at the app's root.
if current is ask and st.query_params.get("entry"):
    st.switch_page(library, query_params={"entry": st.query_params["entry"]})
current.run()
