"""The solid-state battery advisor: answers questions from one guide, and nothing else.

>>> from advisor import Advisor
>>> Advisor().ask("Are solid-state batteries safer?").found
True
"""

from .answer import KINDS, Answer, Source
from .conversation import Conversation
from .core import Advisor
from .errors import AdvisorError, ChecklistError, KnowledgeError, Problem, StorageError
from .library import LibraryEntry

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
    "Source",
    "StorageError",
]
