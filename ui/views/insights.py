"""Insights: what the advisor could not answer and which answers people rated down."""

from __future__ import annotations

import streamlit as st

from advisor import StorageError
from advisor.live import LiveAdvisor
from ui import components as c


def main() -> None:
    st.title("Insights")
    st.caption("Questions the guide could not answer and answers rated down: what to add to the knowledge base.")
    knowledge_panel()
    store = c.get_store()
    problem = store.health()
    if problem is not None:
        c.log.error("insights unavailable: %s", problem)
        st.error(f"**The insights database cannot be used.** {problem}", icon=":material/database:")
        st.caption("The chat keeps answering meanwhile; questions asked now are not recorded.")
        return
    try:
        unanswered = store.unanswered(limit=500)
        rated_down = store.rated_down(limit=500)
        totals = store.totals_by_day()
        insights_csv = store.export_insights_csv()
        totals_csv = store.export_totals_csv()
    except StorageError as exc:
        st.error(f"**The insights database cannot be used.** {exc}", icon=":material/database:")
        return

    asked = sum(t.questions for t in totals)
    cols = st.columns(3)
    cols[0].metric("Questions asked", asked)
    cols[1].metric("Not answered", sum(t.unanswered for t in totals))
    cols[2].metric("Rated down", sum(t.rated_down for t in totals))

    st.subheader("Questions the guide could not answer")
    if unanswered:
        st.dataframe(
            [{"Question": u.question, "Times asked": u.count, "Last seen (UTC)": u.last_seen} for u in unanswered],
            hide_index=True,
        )
    else:
        st.caption("None yet.")

    st.subheader("Answers rated down")
    if rated_down:
        st.dataframe(
            [{"Question": d.question, "Answer entries": ", ".join(d.entry_ids), "Times": d.count,
              "Last seen (UTC)": d.last_seen} for d in rated_down],
            hide_index=True,
        )
    else:
        st.caption("None yet.")

    st.subheader("Totals over time")
    if totals:
        st.bar_chart(
            {"day": [t.day for t in totals], "answered": [t.questions - t.unanswered for t in totals],
             "not answered": [t.unanswered for t in totals]},
            x="day", y=["answered", "not answered"], x_label="Day (UTC)", y_label="Questions",
        )
        st.dataframe([t.to_dict() for t in totals], hide_index=True)
    else:
        st.caption("No questions asked yet.")

    left, right = st.columns(2)
    with left:
        st.download_button("Unanswered & rated down (CSV)", insights_csv, file_name="advisor-insights.csv",
                           mime="text/csv", icon=":material/download:", on_click="ignore", width="stretch")
    with right:
        st.download_button("Totals by day (CSV)", totals_csv, file_name="advisor-totals.csv", mime="text/csv",
                           icon=":material/download:", on_click="ignore", width="stretch")


def _reload(live: LiveAdvisor) -> None:
    live.reload()  # its result is shown from live.last_result below


def knowledge_panel() -> None:
    """Which knowledge version is serving, and a button to load edited files now."""
    live = c.get_live_advisor()
    if live is None:
        return
    live.reload_if_changed()
    with st.expander(f"Knowledge base: version {live.version} in service", icon=":material/menu_book:",
                     expanded=not live.last_result.loaded):
        st.caption(f"Files: {live.directory}. Edits are picked up automatically; a broken edit is refused and "
                   "the last good version keeps serving.")
        # on_click runs before the page is drawn again, so the version above is already the new one.
        st.button("Reload knowledge now", icon=":material/refresh:", key="reload_knowledge", on_click=_reload,
                  args=(live,))
        result = live.last_result
        if result.loaded:
            st.success(f"{result.message} ({result.at} UTC)", icon=":material/check_circle:")
        else:
            st.error(f"{result.message} Fix these and reload:", icon=":material/error:")
            c.show_reload_problems(result.problems)


c.run_page(main)
