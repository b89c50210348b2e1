"""Staff sign-in: the way onto the staff pages, and, once in, who is signed in and the way out."""

from __future__ import annotations

import streamlit as st

from advisor.text import escape_markdown
from ui import components as c
from ui import gate


def main() -> None:
    staff = gate.require_staff()  # draws the sign-in panel when this session is not staff
    if staff is None:
        return
    st.title("Staff")
    how = "signed in as" if staff.via == "sign-in" else "unlocked with"
    st.success(f"You are {how} {escape_markdown(staff.who)}: the staff pages are open in this session.",
               icon=":material/verified_user:")
    st.page_link(c.INSIGHTS_PAGE, label="Insights: unanswered questions, ratings, knowledge reload, exports",
                 icon=":material/insights:")
    gate.sign_out_button(staff, key="staff_page_sign_out")


c.run_page(main)
