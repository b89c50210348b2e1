"""Answer library: every knowledge entry, searchable as you type, filterable, exportable."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from advisor import KINDS, LibraryEntry
from advisor.store.export import entries_to_csv, entries_to_json, entries_to_markdown
from advisor.text import escape_markdown
from ui import components as c


def _entry_body(entry: LibraryEntry) -> None:
    st.markdown(entry.text)
    st.caption(escape_markdown(entry.citation()))
    st.code(f"{entry.text.strip()}\n\n{entry.citation()}", language=None, wrap_lines=True)
    left, right = st.columns([1, 2], vertical_alignment="center")
    with left:
        st.page_link(c.LIBRARY_PAGE, label="Permalink", icon=":material/link:", query_params={"entry": entry.id})
    with right:
        st.caption(f"`{c.permalink(entry.id)}`")


def _label(entry: LibraryEntry) -> str:
    return f"**{escape_markdown(entry.title)}** · {c.KIND_LABELS.get(entry.kind, entry.kind)} · `{entry.id}`"


#: The export choice. Its labels never change: Streamlit keeps a radio's choice by its label, so a
#: label carrying a count ("Filtered (78)") would stop matching as soon as the count changed, and the
#: export would silently fall back to everything with neither option selected. Counts go in the captions.
_SCOPES = {"filtered": "Filtered", "all": "All"}


def _exports(filtered: Sequence[LibraryEntry], everything: Sequence[LibraryEntry]) -> None:
    scope = st.radio("Export", list(_SCOPES), horizontal=True, key="export_scope", format_func=_SCOPES.__getitem__,
                     captions=[_count(len(filtered)), _count(len(everything))])
    entries = list(everything if scope == "all" else filtered)
    name = f"answer-library-{'all' if scope == 'all' else 'filtered'}"
    cols = st.columns(3)
    formats = [("CSV", entries_to_csv, "csv", "text/csv"), ("Markdown", entries_to_markdown, "md", "text/markdown"),
               ("JSON", entries_to_json, "json", "application/json")]
    for col, (label, render, ext, mime) in zip(cols, formats, strict=True):
        with col:
            st.download_button(label, render(entries), file_name=f"{name}.{ext}", mime=mime,
                               icon=":material/download:", on_click="ignore", key=f"export-{ext}",
                               width="stretch")


def _count(n: int) -> str:
    return f"{n} entr{'y' if n == 1 else 'ies'}"


def main() -> None:
    st.title("Answer library")
    st.caption("Every answer the advisor can give, with its id and citation — for support staff.")
    advisor = c.get_advisor()
    if advisor is None:
        return
    everything = advisor.library()

    opened_id = st.query_params.get("entry")
    if opened_id:
        opened = advisor.entry(opened_id)
        if opened is None:
            # The id comes from the address bar: shown as plain text, so a crafted one is never a link.
            st.warning("No entry has the id below. It may have been renamed, or the link is incomplete.",
                       icon=":material/link_off:")
            st.text(opened_id[:100])
        else:
            # A permalink shows its entry once, on its own; the button brings the searchable list back.
            with st.container(border=True):
                st.subheader(opened.title)
                st.caption(f"{c.KIND_LABELS.get(opened.kind, opened.kind)} · `{opened.id}`")
                _entry_body(opened)
        if st.button("Show the whole library", icon=":material/close:"):
            del st.query_params["entry"]
            st.rerun()
        if opened is not None:
            return

    query = st.text_input("Search", key="library_query", live=True, max_chars=200, icon=":material/search:",
                          placeholder="Words from a title or an answer, or an id")
    kind = st.pills("Kind", KINDS, format_func=lambda k: c.KIND_LABELS.get(k, k), key="library_kind")
    results = advisor.search_library(query or "", kind=kind, limit=len(everything))
    st.caption(f"{len(results)} of {len(everything)} entries")
    with st.expander("Export for a help-desk tool", icon=":material/ios_share:"):
        _exports(results, everything)
    for entry in results:
        with st.expander(_label(entry)):
            _entry_body(entry)
    if not results:
        st.info("Nothing matches. Try fewer or other words, or clear the kind filter.")


c.run_page(main)
