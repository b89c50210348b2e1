"""What the app keeps: questions, ratings and checklist runs (:mod:`.database`), and exports
of answers and conversations for support staff (:mod:`.export`)."""

from advisor.store.database import DB_ENV_VAR, Store, default_db_path

__all__ = ["DB_ENV_VAR", "Store", "default_db_path"]
