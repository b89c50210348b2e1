"""The solid-state battery advisor: answers questions from one guide, and nothing else.

>>> from advisor import Advisor
>>> Advisor().ask("Are solid-state batteries safer?").found
True
"""

from advisor.answer import KINDS, Answer, SeeAlso, Source
from advisor.conversation import Conversation
from advisor.core import Advisor
from advisor.errors import AdvisorError, ChecklistError, KnowledgeError, Problem, StorageError
from advisor.library import LibraryEntry

__all__ = [
    "KINDS",
    "Advisor",
    "AdvisorError",
    "Answer",
    "ChecklistError",
    "Conversation",
    "KnowledgeError",
    "LibraryEntry",
    "Problem",
    "SeeAlso",
    "Source",
    "StorageError",
]
