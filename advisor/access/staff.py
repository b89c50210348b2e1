"""Who counts as staff, the staff token of the laptop case, and slowing down wrong guesses.

Nothing here knows about Streamlit: the UI hands in the signed-in e-mail address (``st.user``),
the configuration (environment variables and the ``[advisor]`` table of ``secrets.toml``) and a
key per visitor, and renders what comes back. docs/security.md describes the whole scheme.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from advisor.errors import AccessError

__all__ = [
    "MIN_TOKEN_CHARS",
    "STAFF_DOMAIN_ENV",
    "STAFF_EMAILS_ENV",
    "STAFF_TOKEN_ENV",
    "StaffPolicy",
    "WrongAttempts",
    "configured_token",
    "new_token",
    "token_matches",
]

#: Comma- or space-separated staff e-mail addresses.
STAFF_EMAILS_ENV = "ADVISOR_STAFF_EMAILS"
#: One or more (comma- or space-separated) e-mail domains whose every address is staff.
STAFF_DOMAIN_ENV = "ADVISOR_STAFF_DOMAIN"
#: The staff token when no identity provider is configured; shared by every replica that sets it.
STAFF_TOKEN_ENV = "ADVISOR_STAFF_TOKEN"
#: A shorter token could be guessed despite the slow-down; a generated one has 32 characters.
MIN_TOKEN_CHARS = 16

_SEPARATORS = re.compile(r"[\s,;]+")
# Deliberately plain: an address an identity provider vouches for, not RFC 5322 in full. What matters
# is that a typo in the setting ("staff@", "example.com" in the address list) is reported, not ignored.
_EMAIL = re.compile(r"[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")


def _items(value: object, setting: str) -> list[str]:
    """A setting's entries: a string split at commas and spaces, or a list of strings (secrets.toml)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [item for item in _SEPARATORS.split(value) if item]
    if isinstance(value, Iterable) and not isinstance(value, Mapping | bytes):
        items = list(value)
        if all(isinstance(item, str) for item in items):
            return [part for item in items for part in _SEPARATORS.split(item) if part]
    raise AccessError(f"{setting} must be a string or a list of strings, got {value!r}.")


@dataclass(frozen=True)
class StaffPolicy:
    """The e-mail addresses and domains whose signed-in owners may open the staff pages.

    Matching ignores case and is exact: the domain ``example.com`` admits ``ann@example.com``,
    not ``ann@mail.example.com`` nor ``ann@example.com.evil.test``.
    """

    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()

    @classmethod
    def from_config(cls, env: Mapping[str, str], settings: Mapping[str, object] | None = None) -> StaffPolicy:
        """Both sources together: ``ADVISOR_STAFF_EMAILS`` / ``ADVISOR_STAFF_DOMAIN`` from ``env`` and
        ``staff_emails`` / ``staff_domains`` from ``settings`` (the ``[advisor]`` table of secrets.toml).

        Raises :class:`AccessError` naming the setting when an entry is not an address or a domain.
        """
        settings = settings or {}
        emails: set[str] = set()
        domains: set[str] = set()
        for setting, value in ((STAFF_EMAILS_ENV, env.get(STAFF_EMAILS_ENV)),
                               ("[advisor] staff_emails", settings.get("staff_emails"))):
            for item in _items(value, setting):
                if not _EMAIL.fullmatch(item):
                    raise AccessError(f"{setting}: {item!r} is not an e-mail address (write name@example.com; "
                                      "a whole domain goes in the domain setting).")
                emails.add(item.casefold())
        for setting, value in ((STAFF_DOMAIN_ENV, env.get(STAFF_DOMAIN_ENV)),
                               ("[advisor] staff_domains", settings.get("staff_domains"))):
            for item in _items(value, setting):
                domain = item.removeprefix("@")
                if not _DOMAIN.fullmatch(domain):
                    raise AccessError(f"{setting}: {item!r} is not an e-mail domain (write example.com).")
                domains.add(domain.casefold())
        return cls(frozenset(emails), frozenset(domains))

    @property
    def configured(self) -> bool:
        """Whether anybody at all can be staff (an empty policy admits nobody)."""
        return bool(self.emails or self.domains)

    def allows(self, email: str | None, *, verified: bool | None = None) -> bool:
        """Whether ``email`` is a staff address. ``verified=False`` (the provider's ``email_verified``
        claim) refuses any address: an unverified address could belong to anybody."""
        if not email or verified is False:
            return False
        address = email.strip().casefold()
        if not _EMAIL.fullmatch(address):
            return False
        return address in self.emails or address.rpartition("@")[2] in self.domains


def new_token() -> str:
    """A fresh staff token: 32 URL-safe characters (192 random bits)."""
    return secrets.token_urlsafe(24)


def configured_token(env: Mapping[str, str]) -> str | None:
    """``ADVISOR_STAFF_TOKEN`` when set (None when not); too short a token is an :class:`AccessError`."""
    token = env.get(STAFF_TOKEN_ENV, "").strip()
    if not token:
        return None
    if len(token) < MIN_TOKEN_CHARS:
        raise AccessError(f"{STAFF_TOKEN_ENV} is {len(token)} characters long; use at least {MIN_TOKEN_CHARS} "
                          "(for example the output of: python -c 'import secrets; print(secrets.token_urlsafe(24))').")
    return token


def token_matches(given: str, expected: str) -> bool:
    """Whether ``given`` is the staff token, in time that depends on neither value.

    Both are hashed first so that ``hmac.compare_digest`` compares equal lengths (it returns
    early on a length mismatch) and accepts any text a browser sends, not just ASCII.
    """
    given_digest = hashlib.sha256(given.strip().encode("utf-8", "replace")).digest()
    expected_digest = hashlib.sha256(expected.encode("utf-8", "replace")).digest()
    return hmac.compare_digest(given_digest, expected_digest)


@dataclass
class _Record:
    failures: int
    last_failure: float
    locked_until: float


class WrongAttempts:
    """Slows down repeated wrong staff tokens, per key (a browser session, a client address).

    The first ``free_attempts`` wrong tokens cost nothing (typos); each one after that locks the
    key for twice as long as the one before (``base_delay``, doubled, at most ``max_delay``
    seconds). A right token, or ``forget_after`` seconds without a wrong one, clears the key.
    Nothing sleeps: callers ask :meth:`wait` and tell the person when to try again.

    Thread-safe, one per process. At most ``max_keys`` keys are remembered (the least recently
    failed are forgotten first), so a flood of sessions cannot grow it without bound.
    """

    def __init__(self, *, free_attempts: int = 3, base_delay: float = 2.0, max_delay: float = 300.0,
                 forget_after: float = 900.0, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free_attempts = free_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.forget_after = forget_after
        self.max_keys = max_keys
        self._clock = clock
        self._records: OrderedDict[str, _Record] = OrderedDict()
        self._lock = threading.Lock()

    def _current(self, key: str, now: float) -> _Record | None:
        record = self._records.get(key)
        if record is not None and now - record.last_failure > self.forget_after and now >= record.locked_until:
            del self._records[key]
            return None
        return record

    def wait(self, *keys: str) -> float:
        """Seconds until another attempt may be made under every one of ``keys`` (0: now)."""
        now = self._clock()
        with self._lock:
            records = [self._current(key, now) for key in keys]
        return max([0.0, *(r.locked_until - now for r in records if r is not None)])

    def failed(self, *keys: str) -> float:
        """Count a wrong token under each key; returns the wait that now applies (0 while free)."""
        now = self._clock()
        with self._lock:
            for key in keys:
                record = self._current(key, now) or _Record(0, now, now)
                record.failures += 1
                record.last_failure = now
                beyond = record.failures - self.free_attempts
                if beyond > 0:
                    record.locked_until = now + min(self.max_delay, self.base_delay * 2 ** (beyond - 1))
                self._records[key] = record
                self._records.move_to_end(key)
            while len(self._records) > self.max_keys:
                self._records.popitem(last=False)
        return self.wait(*keys)

    def succeeded(self, *keys: str) -> None:
        """A right token: forget the wrong ones before it."""
        with self._lock:
            for key in keys:
                self._records.pop(key, None)
