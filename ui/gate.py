"""Who may open the staff pages: Streamlit's sign-in (OpenID Connect) when it is configured, else the staff token.

The decisions live in :mod:`advisor.access`; this module reads the configuration (environment,
``.streamlit/secrets.toml``), asks ``st.user``, and draws the sign-in panel. Staff pages call
:func:`require_staff` before they read anything, and ``ui/app.py`` leaves them out of an anonymous
session's navigation: hiding a page is convenience, the check on the page is the protection.

- An ``[auth]`` table in secrets.toml: staff sign in with their identity provider, and a
  signed-in address counts as staff when the staff policy (``ADVISOR_STAFF_EMAILS``,
  ``ADVISOR_STAFF_DOMAIN``, ``[advisor] staff_emails`` / ``staff_domains``) lists it. The token
  path is off: one way in, the audited one.
- No ``[auth]`` table (a laptop): the staff token, ``ADVISOR_STAFF_TOKEN`` or one generated per
  process and printed to the console. It unlocks the staff pages for this browser session only.

docs/security.md says the same for people who run the app.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import streamlit as st
from streamlit.errors import StreamlitAuthError

from advisor.access import RateLimiter, StaffPolicy, WrongAttempts, configured_token, new_token, token_matches
from advisor.errors import AccessError
from advisor.text import escape_markdown

log = logging.getLogger("ui")

#: Session-state flag set by a right staff token. Never a widget key: a browser can only send values
#: for widgets, so it cannot set this itself.
_UNLOCKED = "_staff_unlocked"
#: A random key per browser session for the wrong-token slow-down (the page sets "session_id" itself).
_ATTEMPT_KEY = "_staff_attempt_key"
#: What the last token attempt said, shown once on the next run.
_TOKEN_OUTCOME = "_staff_token_outcome"
TOKEN_INPUT = "staff_token"


@dataclass(frozen=True)
class Staff:
    """A session allowed onto the staff pages: who (an address, or "the staff token") and how."""

    who: str
    via: Literal["sign-in", "token"]


@dataclass(frozen=True)
class Settings:
    """Staff access as configured for this run; ``problem`` set means nobody is let in."""

    sign_in: bool  # an identity provider is configured ([auth] in secrets.toml)
    provider: str | None  # the named provider for st.login, None for the [auth] table's own settings
    policy: StaffPolicy = field(default_factory=StaffPolicy)
    token: str | None = None  # the staff token, when sign-in is not configured
    problem: str | None = None


@st.cache_resource(show_spinner=False)
def _generated_token() -> str:
    # One per process, like Jupyter's: printed where the app was started, so only whoever can read that
    # console (the person who ran `make app`) can open the staff pages. Several replicas would each
    # print their own; they should share ADVISOR_STAFF_TOKEN instead (docs/security.md).
    token = new_token()
    log.warning("Staff pages are locked. Staff token for this app process (enter it on the Staff sign-in page): %s",
                token)
    return token


@st.cache_resource(show_spinner=False)
def _wrong_attempts() -> WrongAttempts:
    return WrongAttempts()


@st.cache_resource(show_spinner=False)
def question_limiter() -> RateLimiter:
    """The process's per-session question limit (``ADVISOR_QUESTIONS_PER_MINUTE``, default 30)."""
    try:
        return RateLimiter.from_env(os.environ)
    except AccessError as exc:  # a typo in a setting must not take the chat down; the default still protects
        log.error("%s Using the default.", exc)
        return RateLimiter.from_env({})


def _secrets() -> tuple[Mapping[str, Any], str | None]:
    """secrets.toml as a dict, and a problem when a secrets file exists but cannot be read.

    A file that is there but broken is not "no sign-in configured": that would quietly open the token
    path on a server meant to use sign-in. It locks the staff pages instead.
    """
    if st.secrets.load_if_toml_exists():
        return st.secrets.to_dict(), None
    present = [str(p) for p in st.get_option("secrets.files") or () if os.path.isfile(str(p))]
    if present:
        return {}, f"The secrets file {', '.join(present)} cannot be read (see the server log)."
    return {}, None


def _provider(auth: Mapping[str, Any]) -> str | None:
    """st.login's provider: None when [auth] holds the client settings itself, else the first named one."""
    if "client_id" in auth:
        return None
    return next((name for name, value in auth.items() if isinstance(value, Mapping) and "client_id" in value), None)


def settings() -> Settings:
    secrets, problem = _secrets()
    auth = secrets.get("auth")
    sign_in = isinstance(auth, Mapping) and bool(auth)
    provider = _provider(auth) if isinstance(auth, Mapping) else None
    if problem is not None:
        return Settings(sign_in, provider, problem=problem)
    advisor_table = secrets.get("advisor")
    try:
        policy = StaffPolicy.from_config(os.environ, advisor_table if isinstance(advisor_table, Mapping) else None)
        token = None if sign_in else configured_token(os.environ) or _generated_token()
    except AccessError as exc:
        log.error("staff access is misconfigured: %s", exc)
        return Settings(sign_in, provider, problem=str(exc))
    return Settings(sign_in, provider, policy, token)


def _user() -> Mapping[str, Any]:
    return st.user.to_dict()


def current_staff(config: Settings | None = None) -> Staff | None:
    """The staff member using this session, or None (anonymous, not staff, or access misconfigured)."""
    config = config or settings()
    if config.problem is not None:
        return None
    if config.sign_in:
        user = _user()
        if user.get("is_logged_in") is not True:
            return None
        email = user.get("email")
        verified = user.get("email_verified")
        if isinstance(email, str) and config.policy.allows(email, verified=verified if isinstance(verified, bool)
                                                           else None):
            return Staff(email, "sign-in")
        return None
    if st.session_state.get(_UNLOCKED) is True:
        return Staff("the staff token", "token")
    return None


def require_staff() -> Staff | None:
    """The staff member, or None after drawing the sign-in panel: a staff page stops there."""
    config = settings()
    staff = current_staff(config)
    if staff is not None:
        return staff
    st.title("Staff sign-in")
    st.caption("Insights, the knowledge reload and the data exports show what buyers typed, so they are for "
               "support staff only. Buyers: the Ask page and the Supplier checklist are open to everyone.")
    if config.problem is not None:
        st.error(f"**Staff access is not configured correctly, so the staff pages stay locked.** "
                 f"{escape_markdown(config.problem)}", icon=":material/lock:")
    elif config.sign_in:
        _sign_in_panel(config)
    else:
        _token_panel()
    return None


# ----- sign-in with the identity provider


def _sign_in_panel(config: Settings) -> None:
    user = _user()
    if user.get("is_logged_in") is True:
        email = user.get("email")
        shown = escape_markdown(str(email)) if email else "an account without an e-mail address"
        st.error(f"**You are signed in as {shown}, which is not a staff account**, so the staff pages stay "
                 "closed. Sign out and sign in with your staff account, or ask whoever runs the advisor to add "
                 "your address to the staff list.", icon=":material/block:")
        if user.get("email_verified") is False:
            st.caption("Your identity provider says this address is not verified; verify it there first.")
        if st.button("Sign out", key="staff_sign_out_refused", icon=":material/logout:"):
            st.logout()
        return
    if not config.policy.configured:
        st.warning("No staff addresses are configured, so nobody can open the staff pages yet. Set "
                   "`ADVISOR_STAFF_EMAILS` or `ADVISOR_STAFF_DOMAIN`, or `staff_emails` / `staff_domains` in the "
                   "`[advisor]` table of `.streamlit/secrets.toml` (docs/security.md).", icon=":material/group_off:")
    if st.button("Sign in", key="staff_sign_in", type="primary", icon=":material/login:"):
        try:
            st.login(config.provider)
        except StreamlitAuthError as exc:  # an incomplete [auth] table: say so instead of a generic apology
            log.error("sign-in is misconfigured: %s", exc)
            st.error("Sign-in is not configured correctly; the server log says what is missing "
                     "(docs/security.md shows a complete `[auth]` table).", icon=":material/error:")


# ----- the staff token (no identity provider)


def _attempt_keys() -> tuple[str, ...]:
    """The wrong-token slow-down counts per browser session and, when known, per client address, so a
    page reload (a new session) from the same address does not start afresh."""
    if _ATTEMPT_KEY not in st.session_state:
        st.session_state[_ATTEMPT_KEY] = uuid.uuid4().hex
    keys = [f"session:{st.session_state[_ATTEMPT_KEY]}"]
    address = st.context.ip_address
    if address:
        keys.append(f"address:{address}")
    return tuple(keys)


def _try_token() -> None:
    """The form was sent: check the token unless this visitor must wait first (then it is not even compared)."""
    given = str(st.session_state.get(TOKEN_INPUT) or "")
    config = settings()
    if config.token is None or config.sign_in:
        return
    attempts = _wrong_attempts()
    keys = _attempt_keys()
    wait = attempts.wait(*keys)
    if wait > 0:
        st.session_state[_TOKEN_OUTCOME] = ("wait", wait)
        return
    if given and token_matches(given, config.token):
        attempts.succeeded(*keys)
        st.session_state[_UNLOCKED] = True
        st.session_state.pop(_TOKEN_OUTCOME, None)
        log.info("staff pages unlocked with the staff token")
        return
    wait = attempts.failed(*keys)
    log.warning("wrong staff token entered (%s)", ", ".join(keys))
    st.session_state[_TOKEN_OUTCOME] = ("wrong", wait)


def _token_panel() -> None:
    outcome = st.session_state.pop(_TOKEN_OUTCOME, None)
    if outcome is not None:
        kind, wait = outcome
        later = f"try again in {max(1, round(wait))} s." if wait > 0 else ""
        if kind == "wrong":
            message = "**That is not the staff token.**"
            if later:
                message += f" Too many wrong tokens from here: {later}"
        else:  # the token was not even compared
            message = f"**Too many wrong tokens from here.** Please {later}"
        st.error(message, icon=":material/lock:")
    with st.form("staff_token_form", clear_on_submit=True):
        st.text_input("Staff token", type="password", key=TOKEN_INPUT, max_chars=200,
                      help="Printed in the console where the app was started (`make app`), or the value of "
                           "ADVISOR_STAFF_TOKEN.")
        st.form_submit_button("Unlock staff pages", type="primary", icon=":material/lock_open:", on_click=_try_token,
                              key="staff_token_submit")
    st.caption("No sign-in is configured for this app, so the staff pages ask for the staff token: it is printed "
               "in the console where the app was started (look for *Staff token*), or set in `ADVISOR_STAFF_TOKEN`. "
               "It unlocks them for this browser tab until it is closed or reloaded.")


# ----- signed in: who, and the way out


def _lock() -> None:
    st.session_state.pop(_UNLOCKED, None)


def sign_out_button(staff: Staff, *, key: str) -> None:
    """"Sign out" (identity provider) or "Lock staff pages" (token): either closes the staff pages again."""
    if staff.via == "sign-in":
        if st.button("Sign out", key=key, icon=":material/logout:"):
            st.logout()
    else:
        st.button("Lock staff pages", key=key, icon=":material/lock:", on_click=_lock)


def staff_sidebar(staff: Staff) -> None:
    with st.sidebar:
        st.caption(f"Staff: {escape_markdown(staff.who)}")
        sign_out_button(staff, key="staff_sidebar_sign_out")
