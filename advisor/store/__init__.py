"""What the app keeps: questions, ratings, saved conversations and checklist runs (:mod:`.database`)
on SQLite or PostgreSQL (:mod:`.backend`, :mod:`.sqlite`, :mod:`.postgres`, schema steps in
:mod:`.migrations`), with personal identifiers removed (:mod:`.redact`); and exports of answers
and conversations for support staff (:mod:`.export`)."""

from advisor.store.backend import DB_ENV_VAR, Location, default_location, parse_location
from advisor.store.database import Purged, Store, default_db_path
from advisor.store.migrations import SCHEMA_VERSION, SchemaStatus

__all__ = [
    "DB_ENV_VAR",
    "SCHEMA_VERSION",
    "Location",
    "Purged",
    "SchemaStatus",
    "Store",
    "default_db_path",
    "default_location",
    "parse_location",
]
