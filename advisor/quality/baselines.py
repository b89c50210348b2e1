"""What the machinery buys: plain BM25 and plain TF-IDF, top-1 over the same entries,
graded on the same evaluation sets as the advisor (``advisor eval FILES --baselines``).

A baseline always answers with its best entry (it has no scope decision), and reads only
the last turn of a conversation (it has no follow-ups); the answer text is the entry's
text as the advisor would render it, so only the choice of entry differs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from advisor.answer import Answer
from advisor.core import Advisor
from advisor.knowledge.model import Entry
from advisor.quality.evaluation import Case, Report, converse, evaluate_with, load_cases
from advisor.retrieval.compose import entry_text, fit
from advisor.text import analyse


def _entry_document(entry: Entry) -> str:
    return f"{entry.title} {' '.join(entry.questions)} {entry.answer}"


def tfidf_top1(advisor: Advisor) -> Callable[[str], Entry]:
    """Plain scikit-learn TF-IDF (default settings, English stop words) over whole entries."""
    entries = advisor.knowledge.entries
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform([_entry_document(e) for e in entries])

    def best(question: str) -> Entry:
        scores = (matrix @ vectorizer.transform([question]).T).toarray().ravel()
        return entries[int(np.argmax(scores))]

    return best


def bm25_top1(advisor: Advisor) -> Callable[[str], Entry] | None:
    """rank_bm25's BM25Okapi over the same entries and tokens as the advisor's analyser; None
    when rank_bm25 (the ``bench`` extra) is not installed."""
    try:
        from rank_bm25 import BM25Okapi
    except ImportError:
        return None
    entries = advisor.knowledge.entries
    model = BM25Okapi([analyse(_entry_document(e)) or ["_"] for e in entries])

    def best(question: str) -> Entry:
        return entries[int(np.argmax(model.get_scores(analyse(question) or ["_"])))]

    return best


def baseline_reports(advisor: Advisor, path: Path) -> dict[str, Report]:
    """The advisor's report on one evaluation file, next to each baseline's."""
    cases = load_cases(path)
    reports = {"advisor": evaluate_with(lambda case: converse(advisor, case), cases)}
    for name, top1 in (("BM25 top-1", bm25_top1(advisor)), ("TF-IDF top-1", tfidf_top1(advisor))):
        if top1 is not None:
            reports[name] = evaluate_with(_answering(advisor, top1), cases)
    return reports


def _answering(advisor: Advisor, top1: Callable[[str], Entry]) -> Callable[[Case], Answer]:
    def answer(case: Case) -> Answer:
        question = case.turns[-1]
        entry = top1(question)
        return Answer(question=question, text=fit(entry_text(entry, advisor.knowledge)), found=True,
                      confidence=1.0, sources=(entry.source,), entry_ids=(entry.id,))

    return answer


def baselines_table(reports_by_file: dict[str, dict[str, Report]]) -> str:
    """Markdown: one row per evaluation file, overall (in scope / out of scope) per system."""
    systems = list(next(iter(reports_by_file.values())))
    lines = ["| evaluation set | " + " | ".join(systems) + " |", "|---|" + "---|" * len(systems)]
    for label, reports in reports_by_file.items():
        cells = [f"{r.overall:.1%} ({r.in_scope:.1%} / {r.out_of_scope:.1%})" for r in reports.values()]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
