"""From a question to an answer: read the question (:mod:`.query`, with :mod:`.vocabulary`
for synonyms and spelling), score entries (:mod:`.index`, TF-IDF), adjust for the table rows
it names (:mod:`.rows`), rank and decide scope (:mod:`.ranking`), write the answer
(:mod:`.compose`). :mod:`.cache` keeps a fitted index on disk between processes."""

from advisor.retrieval.compose import entry_text
from advisor.retrieval.query import Mention, Query
from advisor.retrieval.ranking import Retrieval, Retriever
from advisor.retrieval.tuning import Tuning

__all__ = ["Mention", "Query", "Retrieval", "Retriever", "Tuning", "entry_text"]
