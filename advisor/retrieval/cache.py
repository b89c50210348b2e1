"""An on-disk cache of the validated knowledge and fitted retriever that never runs code it reads.

Reading the knowledge and fitting the retriever (the TF-IDF index, the spelling vocabulary,
the table-row names, ...) takes about half a second; a command-line ``advisor ask`` should
not pay that every time. The cache holds plain data only, in two files per cache key:

``index-<folder>-<key>.npz``
    numpy arrays, saved and loaded with ``allow_pickle=False``: the index's sparse matrices
    (``<name>.data``, ``.indices``, ``.indptr`` for ``phrasing_words``, ``phrasing_chars``,
    ``body_words`` and ``presence``), its vectors (``word_idf``, ``char_idf``, ``unigram_idf``,
    ``starts``, ``row_owner``) and the arrays of the other fitted parts (``state.<n>``).
``index-<folder>-<key>.json``
    ``format`` and ``key``; ``knowledge``: the validated knowledge base; ``index``: the index's
    settings and vocabularies (:meth:`Index.to_arrays`); ``retriever``: the field ``weights``
    and ``tuning`` it was fitted with, and its other fitted ``parts`` (``reader_``, ``rows_``, ...),
    all as tagged JSON (see :class:`_Encoder`).

Nothing read is trusted: the arrays are checked against the knowledge (keys, dtypes, shapes,
ranges, entry ids); the JSON decoder rebuilds only plain values, numpy arrays, regular
expressions and instances of this package's knowledge and retrieval data classes (made by
filling their ``__dict__``, which runs none of their code); and the restored retriever must
answer a question. Anything else (an unreadable, truncated or edited file, a pickle someone
put there) is logged with a warning and rebuilt; pickle files are never opened.

The key hashes every knowledge file and every source file of this package (all subpackages),
plus the versions of Python, numpy, SciPy and scikit-learn, so an edit or an upgrade simply
misses the cache. The cache lives in the user's cache folder (``$ADVISOR_CACHE_DIR``, else
``$XDG_CACHE_HOME/ssb-advisor``, else ``~/.cache/ssb-advisor``); ``ADVISOR_CACHE_DIR=off``
disables it. Files are named ``index-<folder>-<key>`` (``<folder>``: a hash of the knowledge
folder's path), written under a temporary name and renamed into place, the ``.npz`` before
the ``.json``; they replace that folder's older caches and any pickle left by earlier versions.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import hashlib
import json
import logging
import os
import re
import stat
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from advisor.knowledge.model import Entry, KnowledgeBase
from advisor.retrieval.index import Index, IndexFormatError
from advisor.retrieval.ranking import Retriever

log = logging.getLogger(__name__)

#: Version of the cache layout; part of the key and checked in the file.
FORMAT = 2
_PACKAGE = Path(__file__).resolve().parents[1]
#: Modules whose classes may be rebuilt from a cache: data-holding classes of this package.
_ALLOWED_MODULES = ("advisor.retrieval.", "advisor.knowledge.model", "advisor.text", "advisor.answer")
#: Temporary files older than this are left-overs of a crashed writer.
_STALE_TEMP_S = 3600.0
#: Caches of other knowledge folders are removed when unused (not read) for this long.
_UNUSED_S = 30 * 24 * 3600.0


class CacheFormatError(ValueError):
    """A cache file that does not hold what this code writes."""


def cache_dir() -> Path | None:
    configured = os.environ.get("ADVISOR_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in {"", "off", "0", "none"} else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ssb-advisor"


def source_files(package: Path = _PACKAGE) -> list[Path]:
    """Every Python file of the package, in every subpackage, in a stable order."""
    return sorted(package.rglob("*.py"), key=lambda p: p.relative_to(package).as_posix())


def knowledge_key(directory: Path, *, package: Path = _PACKAGE) -> str:
    """A hash of everything that shapes the fitted retriever: the knowledge files, this
    package's code (all subpackages), the cache format and the numeric libraries' versions."""
    import scipy
    import sklearn

    digest = hashlib.sha256()
    digest.update(f"{FORMAT}|{sys.version}|{np.__version__}|{scipy.__version__}|{sklearn.__version__}|"
                  f"{directory.resolve()}".encode())
    for source in source_files(package):
        digest.update(f"\0code\0{source.relative_to(package).as_posix()}\0".encode())
        digest.update(source.read_bytes())
    for path in sorted(directory.rglob("*.yaml"), key=lambda p: p.relative_to(directory).as_posix()):
        digest.update(f"\0knowledge\0{path.relative_to(directory).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def _place(directory: Path) -> str:
    """A short name for a knowledge folder: each folder's caches replace only its own older ones,
    so two checkouts sharing the user's cache folder do not evict each other at every start."""
    return hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:12]


def _paths(folder: Path, directory: Path, key: str) -> tuple[Path, Path]:
    stem = f"index-{_place(directory)}-{key}"
    return folder / f"{stem}.npz", folder / f"{stem}.json"


# ---------------------------------------------------------------------- reading


def load(key: str, directory: Path, retriever: Retriever) -> tuple[KnowledgeBase, Retriever] | None:
    """The knowledge of ``directory`` and ``retriever`` (unfitted; its settings must be those
    the cache was written with) fitted to it, from the cache; None on a miss or a cache that
    cannot be trusted."""
    folder = cache_dir()
    if folder is None:
        return None
    arrays_path, json_path = _paths(folder, directory, key)
    try:
        # The JSON file is renamed into place last: without it there is no complete cache.
        if not json_path.exists():
            return None
        loaded = _load(key, directory, retriever, arrays_path, json_path)
    except Exception as exc:  # whatever is wrong with the files, the answer is to rebuild
        log.warning("ignoring index cache %s (%s: %s); rebuilding the index", json_path, type(exc).__name__, exc)
        return None
    for path in (arrays_path, json_path):  # in use: not to be removed as a month-old cache
        with contextlib.suppress(OSError):
            os.utime(path)
    return loaded


def _load(key: str, directory: Path, retriever: Retriever, arrays_path: Path,
          json_path: Path) -> tuple[KnowledgeBase, Retriever]:
    settings = json.loads(_read_regular_file(json_path))
    if not isinstance(settings, dict) or set(settings) != {"format", "key", "knowledge", "index", "retriever"} \
            or settings["format"] != FORMAT or settings["key"] != key:
        raise CacheFormatError("another format or key")
    with np.load(_regular(arrays_path), allow_pickle=False) as saved:
        arrays = {name: saved[name] for name in saved.files}
    externals: dict[tuple[Any, ...], object] = {("directory",): directory, ("tuning",): retriever.tuning}
    decoder = _Decoder(arrays, externals)
    knowledge = decoder.decode(settings["knowledge"])
    if not isinstance(knowledge, KnowledgeBase) or not isinstance(knowledge.entries, tuple) \
            or not all(isinstance(e, Entry) for e in knowledge.entries):
        raise CacheFormatError("not a knowledge base")
    index_arrays = {k: v for k, v in arrays.items() if not k.startswith("state.")}
    index = Index.from_arrays(knowledge.entries, index_arrays, settings["index"])
    externals[("index",)] = index
    saved_retriever = settings["retriever"]
    if not isinstance(saved_retriever, dict) or set(saved_retriever) != {"tuning", "weights", "parts"}:
        raise CacheFormatError("bad retriever settings")
    if _Decoder({}, {}).decode(saved_retriever["weights"]) != index.weights \
            or index.weights != _weights_of(retriever):
        raise CacheFormatError("fitted with other field weights")
    if _Decoder({}, {}).decode(saved_retriever["tuning"]) != retriever.tuning:
        raise CacheFormatError("fitted with other tuning")
    parts = decoder.decode(saved_retriever["parts"])
    if not isinstance(parts, dict) or not parts or not all(_is_part_name(k) for k in parts):
        raise CacheFormatError("bad fitted parts")
    decoder.check_all_arrays_used()
    fitted = retriever.fit(knowledge, index=index, parts=parts)
    # Every part this code fits must be there and work: ask one question the knowledge answers.
    fitted.retrieve(knowledge.entries[0].title if knowledge.entries else "battery")
    return knowledge, fitted


def _read_regular_file(path: Path) -> bytes:
    with _regular(path).open("rb") as handle:
        return handle.read()


def _regular(path: Path) -> Path:
    """``path``, refusing anything but a regular file (a FIFO or device would block or never end)."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise CacheFormatError(f"{path.name} is not a regular file")
    return path


def _is_part_name(name: object) -> bool:
    return isinstance(name, str) and name.isidentifier() and name.endswith("_") \
        and name not in {"knowledge_", "index_"} and not name.startswith("__")


def _weights_of(retriever: Retriever) -> object:
    return Index(weights=retriever.weights).weights


# ---------------------------------------------------------------------- writing


def store(key: str, retriever: Retriever) -> None:
    """Save a fitted retriever under ``key``; failures are logged, never raised."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        arrays, settings = _snapshot(key, retriever)
    except Exception as exc:  # a part this encoder cannot save: no cache, start-up just refits
        log.warning("index cache not written: cannot save the fitted retriever (%s: %s)", type(exc).__name__, exc)
        return
    directory = retriever.knowledge_.directory
    arrays_path, json_path = _paths(folder, directory, key)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(folder, arrays_path, lambda handle: np.savez(handle, **arrays))
        text = json.dumps(settings, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        _write_atomic(folder, json_path, lambda handle: handle.write(text.encode("utf-8")))
        _remove_old(folder, directory, keep={arrays_path.name, json_path.name})
    except (OSError, ValueError) as exc:
        log.info("index cache not written (%s); start-up will rebuild the index each time", exc)


def _snapshot(key: str, retriever: Retriever) -> tuple[dict[str, Any], dict[str, Any]]:
    knowledge = retriever.knowledge_
    index_arrays, index_settings = retriever.index_.to_arrays()
    encoder = _Encoder({("directory",): knowledge.directory, ("tuning",): retriever.tuning,
                        ("index",): retriever.index_})
    saved_knowledge = encoder.encode(knowledge)
    parts = {name: value for name, value in vars(retriever).items() if _is_part_name(name)}
    # The settings by value, to compare with those of the retriever a later start-up asks for.
    saved_retriever = {"weights": _Encoder({}).encode(retriever.index_.weights),
                       "tuning": _Encoder({}).encode(retriever.tuning), "parts": encoder.encode(parts)}
    settings = {"format": FORMAT, "key": key, "knowledge": saved_knowledge, "index": index_settings,
                "retriever": saved_retriever}
    return {**index_arrays, **encoder.arrays}, settings


def _write_atomic(folder: Path, target: Path, write: Any) -> None:
    """Write through a temporary file renamed over ``target``: a reader never sees half a file."""
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=".index-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _remove_old(folder: Path, directory: Path, keep: set[str]) -> None:
    """This knowledge folder's older caches, any pickle (the format before this one), caches of
    other folders unused for a month, and temporary files a crashed writer left."""
    now = time.time()
    mine = f"index-{_place(directory)}-"
    for path in folder.iterdir():
        name = path.name
        old_cache = name.startswith("index-") and name not in keep and (
            name.startswith(mine) or name.endswith(".pickle") or _age(path, now) > _UNUSED_S)
        abandoned = name.startswith(".index-") and name.endswith(".tmp") and _age(path, now) > _STALE_TEMP_S
        if old_cache or abandoned:
            with contextlib.suppress(OSError):  # another process removed it first, or a folder by that name
                path.unlink()


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


# ---------------------------------------------------------------------- encoding

#: JSON objects always carry their kind under this key; plain JSON lists are Python lists.
_TAG = "~"
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _allowed_module(module: str) -> bool:
    return module != __name__ and any(module.startswith(m) if m.endswith(".") else module == m
                                      for m in _ALLOWED_MODULES)


_ALLOWED_CLASSES: dict[type, bool] = {}


def _allowed_class(cls: type) -> bool:
    """A plain data-holding class of this package: rebuilt by setting its ``__dict__``, which
    runs none of its code (no ``__init__``, ``__setstate__`` or property setters)."""
    allowed = _ALLOWED_CLASSES.get(cls)
    if allowed is None:
        allowed = _ALLOWED_CLASSES[cls] = _is_plain_data_class(cls)
    return allowed


def _is_plain_data_class(cls: type) -> bool:
    return _allowed_module(cls.__module__) \
        and "<locals>" not in cls.__qualname__ \
        and all(base.__module__ != "builtins" or base is object for base in cls.__mro__) \
        and not any(hasattr(cls, name) and getattr(cls, name) is not getattr(object, name, None)
                    for name in ("__del__", "__setstate__", "__reduce__", "__reduce_ex__", "__getstate__")) \
        and "__slots__" not in cls.__dict__


class _Encoder:
    """Python values -> tagged JSON, with arrays set aside for the ``.npz`` file."""

    def __init__(self, externals: dict[tuple[Any, ...], object]) -> None:
        self._external_paths = {id(value): list(path) for path, value in externals.items()}
        self._seen: dict[int, int] = {}
        self._keep_alive: list[object] = []
        self.arrays: dict[str, np.ndarray[Any, Any]] = {}

    def encode(self, value: object) -> Any:
        if value is None or type(value) in (bool, int, str):
            return value
        if type(value) is float:
            if value != value or value in (float("inf"), float("-inf")):
                return {_TAG: "float", "v": repr(value)}
            return value
        if id(value) in self._external_paths:
            return {_TAG: "ext", "path": self._external_paths[id(value)]}
        if type(value) is list:
            return [self.encode(v) for v in value]
        if type(value) is tuple:
            return {_TAG: "tuple", "v": [self.encode(v) for v in value]}
        if type(value) in (set, frozenset):
            items = sorted(value, key=_sort_key)  # type: ignore[call-overload]
            return {_TAG: type(value).__name__, "v": [self.encode(v) for v in items]}
        if type(value) is Counter:
            return {_TAG: "Counter", "k": [self.encode(k) for k in value],
                    "v": [self.encode(v) for v in value.values()]}
        if type(value) is dict:
            if all(type(k) is str for k in value):
                return {_TAG: "sdict", "v": {k: self.encode(v) for k, v in value.items()}}
            return {_TAG: "dict", "k": [self.encode(k) for k in value], "v": [self.encode(v) for v in value.values()]}
        if isinstance(value, np.ndarray):
            if value.dtype.hasobject:
                raise CacheFormatError("an object array cannot be saved without pickle")
            name = f"state.{len(self.arrays)}"
            self.arrays[name] = value
            return {_TAG: "array", "name": name}
        if isinstance(value, np.generic):
            return {_TAG: "scalar", "dtype": value.dtype.str, "v": value.item()}
        if isinstance(value, re.Pattern):
            if not isinstance(value.pattern, str):
                raise CacheFormatError("a bytes pattern")
            return {_TAG: "re", "pattern": value.pattern, "flags": value.flags}
        if isinstance(value, Path):
            return {_TAG: "path", "v": str(value)}
        cls = type(value)
        if isinstance(value, enum.Enum) and _allowed_enum(cls):
            return {_TAG: "enum", "class": _class_name(cls), "v": self.encode(value.value)}
        if _allowed_class(cls) and hasattr(value, "__dict__"):
            if id(value) in self._seen:
                return {_TAG: "ref", "id": self._seen[id(value)]}
            # Objects are numbered in the order they are first met, which is the order the
            # decoder meets them in: a later "ref" names one by that number.
            self._seen[id(value)] = len(self._seen)
            self._keep_alive.append(value)
            if dataclasses.is_dataclass(value):
                # Field values in field order; cached properties are left out (recomputed on use).
                names, _ = _dataclass_attributes(cls)
                return {_TAG: "dc", "class": _class_name(cls), "f": [self.encode(vars(value)[n]) for n in names]}
            state = {name: self.encode(v) for name, v in vars(value).items()}
            return {_TAG: "obj", "class": _class_name(cls), "v": state}
        raise CacheFormatError(f"cannot save a {cls.__module__}.{cls.__qualname__} without pickle")


def _sort_key(value: object) -> tuple[str, str]:
    return type(value).__name__, repr(value)


def _class_name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _allowed_enum(cls: type) -> bool:
    return _allowed_module(cls.__module__)


class _Decoder:
    """Tagged JSON -> Python values; only the kinds the encoder writes, nothing else."""

    def __init__(self, arrays: dict[str, np.ndarray[Any, Any]], externals: dict[tuple[Any, ...], object]) -> None:
        self._arrays = arrays
        self._used: set[str] = set()
        self._externals = externals
        self._objects: list[object] = []
        self._handlers: dict[str, Callable[[dict[str, Any]], Any]] = {
            name.removeprefix("_decode_"): getattr(self, name) for name in dir(self) if name.startswith("_decode_")}

    def decode(self, value: Any) -> Any:
        kind = type(value)
        if value is None or kind in (bool, int, float, str):
            return value
        if kind is list:
            return self._values(value)
        if kind is not dict or not isinstance(value.get(_TAG), str):
            raise CacheFormatError(f"unexpected JSON value {str(value)[:80]}")
        tag = value[_TAG]
        handler = self._handlers.get(tag)
        if handler is None:
            raise CacheFormatError(f"unknown kind {tag[:40]!r}")
        return handler(value)

    def _items(self, value: dict[str, Any]) -> Iterator[tuple[Any, Any]]:
        keys, values = value["k"], value["v"]
        if type(keys) is not list or type(values) is not list or len(keys) != len(values):
            raise CacheFormatError("keys and values do not pair up")
        yield from zip(self._values(keys), self._values(values), strict=True)

    def _values(self, items: list[Any]) -> list[Any]:
        # Most values are words: skip the call for plain strings and numbers (a tenth of the start-up).
        return [v if type(v) in _PLAIN else self.decode(v) for v in items]

    def _list(self, value: dict[str, Any]) -> list[Any]:
        items = value["v"]
        if type(items) is not list:
            raise CacheFormatError("not a list")
        return self._values(items)

    def _decode_float(self, value: dict[str, Any]) -> float:
        if value["v"] not in ("nan", "inf", "-inf"):
            raise CacheFormatError("bad float")
        return float(value["v"])

    def _decode_ext(self, value: dict[str, Any]) -> object:
        path = value["path"]
        if type(path) is not list:
            raise CacheFormatError("bad reference")
        found = self._externals.get(tuple(path))
        if found is None:
            raise CacheFormatError(f"reference to {str(path)[:80]} not in the knowledge")
        return found

    def _decode_tuple(self, value: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(self._list(value))

    def _decode_set(self, value: dict[str, Any]) -> set[Any]:
        return set(self._list(value))

    def _decode_frozenset(self, value: dict[str, Any]) -> frozenset[Any]:
        return frozenset(self._list(value))

    def _decode_Counter(self, value: dict[str, Any]) -> Counter[Any]:
        return Counter(dict(self._items(value)))

    def _decode_dict(self, value: dict[str, Any]) -> dict[Any, Any]:
        return dict(self._items(value))

    def _decode_sdict(self, value: dict[str, Any]) -> dict[str, Any]:
        items = value["v"]
        if type(items) is not dict:
            raise CacheFormatError("not a mapping")
        return {k: v if type(v) in _PLAIN else self.decode(v) for k, v in items.items()}

    def _decode_array(self, value: dict[str, Any]) -> np.ndarray[Any, Any]:
        name = value["name"]
        if type(name) is not str or not name.startswith("state.") or name not in self._arrays:
            raise CacheFormatError(f"missing array {str(name)[:40]}")
        self._used.add(name)
        return self._arrays[name]

    def _decode_scalar(self, value: dict[str, Any]) -> object:
        dtype = np.dtype(value["dtype"])
        if dtype.hasobject or type(value["v"]) not in (bool, int, float):
            raise CacheFormatError("bad scalar")
        return dtype.type(value["v"])

    def _decode_re(self, value: dict[str, Any]) -> re.Pattern[str]:
        if type(value["pattern"]) is not str or type(value["flags"]) is not int:
            raise CacheFormatError("bad pattern")
        return re.compile(value["pattern"], value["flags"])

    def _decode_path(self, value: dict[str, Any]) -> Path:
        if type(value["v"]) is not str:
            raise CacheFormatError("bad path")
        return Path(value["v"])

    def _decode_enum(self, value: dict[str, Any]) -> object:
        cls = _resolve(value["class"])
        if not (isinstance(cls, type) and issubclass(cls, enum.Enum) and _allowed_enum(cls)):
            raise CacheFormatError("not an allowed enumeration")
        return cls(self.decode(value["v"]))

    def _decode_ref(self, value: dict[str, Any]) -> object:
        number = value["id"]
        if type(number) is not int or not 0 <= number < len(self._objects):
            raise CacheFormatError("reference to an unknown object")
        return self._objects[number]

    def _new(self, value: dict[str, Any], *, dataclass: bool) -> Any:
        """An empty instance of the named class, numbered before its attributes are decoded
        (they may refer back to it)."""
        cls = _resolve(value["class"])
        if not (isinstance(cls, type) and _allowed_class(cls)) or isinstance(cls, enum.EnumMeta) \
                or dataclasses.is_dataclass(cls) != dataclass:
            raise CacheFormatError(f"class {str(value['class'])[:80]} may not be rebuilt from a cache")
        instance: Any = object.__new__(cls)
        self._objects.append(instance)
        return instance

    def _decode_dc(self, value: dict[str, Any]) -> object:
        instance = self._new(value, dataclass=True)
        names, _ = _dataclass_attributes(type(instance))
        values = value["f"]
        if type(values) is not list or len(values) != len(names):
            raise CacheFormatError(f"{type(instance).__qualname__} with other fields than its class")
        instance.__dict__.update(zip(names, self._values(values), strict=True))
        return instance

    def _decode_obj(self, value: dict[str, Any]) -> object:
        instance = self._new(value, dataclass=False)
        state = value["v"]
        if type(state) is not dict or not all(name.isidentifier() for name in state):
            raise CacheFormatError("bad object")
        instance.__dict__.update({name: v if type(v) in _PLAIN else self.decode(v) for name, v in state.items()})
        return instance

    def check_all_arrays_used(self) -> None:
        extra = {k for k in self._arrays if k.startswith("state.")} - self._used
        if extra:
            raise CacheFormatError(f"unexpected arrays {sorted(extra)[:5]}")


_DATACLASS_ATTRIBUTES: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {}


def _dataclass_attributes(cls: type) -> tuple[tuple[str, ...], frozenset[str]]:
    """A dataclass's fields in order, and the names of its cached properties (kept in ``__dict__``)."""
    found = _DATACLASS_ATTRIBUTES.get(cls)
    if found is None:
        names = tuple(f.name for f in dataclasses.fields(cls))
        cached = frozenset(n for n, v in vars(cls).items() if isinstance(v, functools.cached_property))
        found = _DATACLASS_ATTRIBUTES[cls] = (names, cached)
    return found


@functools.cache
def _resolve(name: object) -> object:
    """A class of an already imported module of this package, by ``module:qualname``; never imports."""
    if type(name) is not str or name.count(":") != 1:
        raise CacheFormatError("bad class name")
    module_name, qualname = name.split(":")
    if not _allowed_module(module_name):
        raise CacheFormatError(f"module {module_name[:80]} may not be used by a cache")
    module = sys.modules.get(module_name)
    if module is None:
        raise CacheFormatError(f"module {module_name[:80]} is not loaded")
    found: object = module
    for part in qualname.split("."):
        if not part.isidentifier() or part.startswith("__"):
            raise CacheFormatError("bad class name")
        found = getattr(found, part, None)
    if not isinstance(found, type) or found.__module__ != module_name or found.__qualname__ != qualname:
        raise CacheFormatError(f"{name[:80]} is not a class of its module")
    return found


__all__ = ["CacheFormatError", "IndexFormatError", "cache_dir", "knowledge_key", "load", "source_files", "store"]
