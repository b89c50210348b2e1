"""Insights: what the advisor could not answer, answered with little confidence, and which answers people rated down."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import streamlit as st

from advisor import Advisor, StorageError
from advisor.live import LiveAdvisor
from advisor.store.database import DayTotals
from advisor.store.export import borderline_to_csv
from advisor.store.review import BORDERLINE_CONFIDENCE
from advisor.text import markdown_to_text, one_line
from ui import components as c
from ui import gate


def main() -> None:
    if gate.require_staff() is None:  # before anything is read: what buyers typed is for staff only
        return
    st.title("Insights")
    st.caption("Questions the guide could not answer, answers that cover little of the question, and answers "
               "rated down: what to add to the knowledge base.")
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
        borderline = store.borderline(limit=500)
        rated_down = store.rated_down(limit=500)
        totals = store.totals_by_day()
        insights_csv = store.export_insights_csv()
        totals_csv = store.export_totals_csv()
    except StorageError as exc:
        st.error(f"**The insights database cannot be used.** {exc}", icon=":material/database:")
        return
    advisor = c.get_live_advisor()
    current = advisor.current if advisor is not None else None

    cols = st.columns(5)
    cols[0].metric("Questions asked", sum(t.questions for t in totals))
    cols[1].metric("Not answered", sum(t.unanswered for t in totals))
    cols[2].metric("Borderline", sum(b.count for b in borderline))
    cols[3].metric("Rated up", sum(t.rated_up for t in totals))
    cols[4].metric("Rated down", sum(t.rated_down for t in totals))

    st.subheader("Questions the guide could not answer")
    if unanswered:
        st.dataframe(
            [{"Question": u.question, "Times asked": u.count, "Last seen (UTC)": u.last_seen} for u in unanswered],
            hide_index=True,
        )
    else:
        st.caption("None yet.")

    st.subheader("Borderline answers")
    st.caption(f"Answered, but the answer accounts for less than {BORDERLINE_CONFIDENCE:.0%} of the question: "
               "often right about part of it and silent or wrong about the rest. Nobody has to rate these down "
               "for them to show up here.")
    if borderline:
        st.dataframe(
            [{"Question": b.question, "Covered": b.confidence, **_answer_columns(current, b.entry_ids),
              "Times asked": b.count, "Last seen (UTC)": b.last_seen} for b in borderline],
            hide_index=True,
            column_config={**_ANSWER_COLUMNS,
                           "Covered": st.column_config.ProgressColumn(
                               "Covered", help="Share of the question the answer accounts for (lowest seen)",
                               format="percent", min_value=0.0, max_value=1.0)},
        )
    else:
        st.caption("None yet.")

    st.subheader("Answers rated down")
    if rated_down:
        st.dataframe(
            [{"Question": d.question, **_answer_columns(current, d.entry_ids), "What was wrong": d.reason,
              "Times": d.count, "Last seen (UTC)": d.last_seen} for d in rated_down],
            hide_index=True,
            column_config=_ANSWER_COLUMNS,
        )
    else:
        st.caption("None yet.")

    st.subheader("Totals over time")
    if totals:
        _totals_chart(totals)
        st.dataframe(
            [{"Day (UTC)": t.day, "Questions": t.questions, "Not answered": t.unanswered, "Rated up": t.rated_up,
              "Rated down": t.rated_down} for t in totals],
            hide_index=True,
        )
    else:
        st.caption("No questions asked yet.")

    left, middle, right = st.columns(3)
    with left:
        st.download_button("Unanswered & rated down (CSV)", insights_csv, file_name="advisor-insights.csv",
                           mime="text/csv", icon=":material/download:", on_click="ignore", width="stretch")
    with middle:
        st.download_button("Borderline answers (CSV)", borderline_to_csv(borderline),
                           file_name="advisor-borderline.csv", mime="text/csv", icon=":material/download:",
                           on_click="ignore", width="stretch")
    with right:
        st.download_button("Totals by day (CSV)", totals_csv, file_name="advisor-totals.csv", mime="text/csv",
                           icon=":material/download:", on_click="ignore", width="stretch")


#: A link to the answer's library entry (shown as its id) and the answer itself, as plain text.
_ANSWER_COLUMNS = {
    "Library entry": st.column_config.LinkColumn("Library entry", display_text=r"entry=([^&]+)",
                                                 help="Opens the entry in the answer library"),
    "Answer": st.column_config.TextColumn("Answer", width="large"),
}
_ANSWER_PREVIEW_CHARS = 300


def _answer_columns(advisor: Advisor | None, entry_ids: Sequence[str]) -> dict[str, str | None]:
    """The first entry the answer came from, as a permalink, and the text of its entries."""
    entries = [e for e in (advisor.entry(i) if advisor is not None else None for i in entry_ids) if e is not None]
    text = " / ".join(one_line(markdown_to_text(e.text)) for e in entries)
    if len(text) > _ANSWER_PREVIEW_CHARS:
        text = text[:_ANSWER_PREVIEW_CHARS - 1].rstrip() + "…"
    elif not entries and entry_ids:
        text = "(no longer in the knowledge base)"
    return {"Library entry": c.permalink(entry_ids[0]) if entry_ids else None, "Answer": text}


def _totals_chart(totals: Sequence[DayTotals]) -> None:
    """Answered and unanswered questions per day, stacked. Altair rather than st.bar_chart: Streamlit's
    own charts zoom on the mouse wheel, so scrolling the page over the chart zoomed it instead."""
    data = [{"Day (UTC)": t.day, "Questions": n, "Outcome": label} for t in totals
            for label, n in (("answered", t.questions - t.unanswered), ("not answered", t.unanswered))]
    chart = alt.Chart(alt.InlineData(values=data)).mark_bar().encode(
        x=alt.X("Day (UTC):N"),
        y=alt.Y("sum(Questions):Q", title="Questions", axis=alt.Axis(format="d", tickMinStep=1)),
        color=alt.Color("Outcome:N", title=None, sort=["answered", "not answered"]),
        tooltip=["Day (UTC):N", "Outcome:N", "Questions:Q"],
    )
    st.altair_chart(chart, width="stretch")


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
