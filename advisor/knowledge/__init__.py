"""The knowledge folder: YAML files read with line numbers, validated field by field, and
loaded into immutable entries and tables (:mod:`.model`, :mod:`.loader`)."""

from advisor.knowledge.loader import bundled_knowledge_dir, load_knowledge
from advisor.knowledge.model import Column, Entry, GuideInfo, KnowledgeBase, Row, ScopeRule, Table

__all__ = ["Column", "Entry", "GuideInfo", "KnowledgeBase", "Row", "ScopeRule", "Table", "bundled_knowledge_dir",
           "load_knowledge"]
