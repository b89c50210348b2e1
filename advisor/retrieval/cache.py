"""An on-disk cache of the validated knowledge and fitted index, for fast start-up.

Building the index takes about half a second; a command-line ``advisor ask``
should not pay that every time. The cache key is a hash of every knowledge
file's bytes plus the versions of this package, Python and scikit-learn, so
an edited file or an upgrade simply misses the cache. The cache lives in the
user's cache folder (``$ADVISOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/ssb-advisor``,
else ``~/.cache/ssb-advisor``); ``ADVISOR_CACHE_DIR=off`` disables it. Any
failure to read or write it is logged and ignored: the cache only saves time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_FORMAT = 1


def cache_dir() -> Path | None:
    configured = os.environ.get("ADVISOR_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in {"", "off", "0", "none"} else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ssb-advisor"


def knowledge_key(directory: Path) -> str:
    """A hash of everything that shapes the fitted index."""
    digest = hashlib.sha256()
    try:
        version = metadata.version("ssb-advisor")
    except metadata.PackageNotFoundError:
        version = "source"
    import sklearn

    digest.update(f"{_FORMAT}|{version}|{sys.version}|{sklearn.__version__}|{directory.resolve()}".encode())
    # The pickled objects are instances of this package's classes: any code change invalidates them.
    for source in sorted(Path(__file__).resolve().parents[1].rglob("*.py")):
        digest.update(source.read_bytes())
    for path in sorted(directory.rglob("*.yaml")):
        digest.update(str(path.relative_to(directory)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def load(key: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"index-{key}.pickle"
    try:
        with path.open("rb") as handle:
            # Only files this package wrote, in the user's own cache folder, are ever unpickled.
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a corrupt or foreign cache file is just a miss
        log.warning("ignoring unreadable index cache %s: %s", path, exc)
        return None


def store(key: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("index-*.pickle"):
            if old.name != f"index-{key}.pickle":
                old.unlink(missing_ok=True)
        # Write then rename, so a reader never sees half a file.
        with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / f"index-{key}.pickle")
    except OSError as exc:
        log.info("index cache not written (%s); start-up will rebuild the index each time", exc)
