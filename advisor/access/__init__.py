"""Access control for the app: who is staff (:mod:`.staff`) and how fast a session may ask (:mod:`.throttle`).

Library code, no Streamlit: the UI supplies the signed-in address, the configuration and a key
per visitor. docs/security.md describes what is protected and how.
"""

from advisor.access.staff import (
    MIN_TOKEN_CHARS,
    STAFF_DOMAIN_ENV,
    STAFF_EMAILS_ENV,
    STAFF_TOKEN_ENV,
    StaffPolicy,
    WrongAttempts,
    configured_token,
    new_token,
    token_matches,
)
from advisor.access.throttle import DEFAULT_QUESTIONS_PER_MINUTE, QUESTIONS_PER_MINUTE_ENV, Decision, RateLimiter

__all__ = [
    "DEFAULT_QUESTIONS_PER_MINUTE",
    "MIN_TOKEN_CHARS",
    "QUESTIONS_PER_MINUTE_ENV",
    "STAFF_DOMAIN_ENV",
    "STAFF_EMAILS_ENV",
    "STAFF_TOKEN_ENV",
    "Decision",
    "RateLimiter",
    "StaffPolicy",
    "WrongAttempts",
    "configured_token",
    "new_token",
    "token_matches",
]
