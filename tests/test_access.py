"""advisor.access: the staff policy from configuration, the staff token, the wrong-token slow-down, the rate limit."""

from __future__ import annotations

import hmac
import threading

import pytest

from advisor.access import (
    DEFAULT_QUESTIONS_PER_MINUTE,
    RateLimiter,
    StaffPolicy,
    WrongAttempts,
    configured_token,
    new_token,
    token_matches,
)
from advisor.errors import AccessError, AdvisorError


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ----- staff policy


def test_policy_reads_environment_and_secrets_together() -> None:
    policy = StaffPolicy.from_config(
        {"ADVISOR_STAFF_EMAILS": "Ann@Example.com, bob@other.test", "ADVISOR_STAFF_DOMAIN": "@staff.example"},
        {"staff_emails": ["carol@third.test"], "staff_domains": "team.example other.example"},
    )
    assert policy.emails == {"ann@example.com", "bob@other.test", "carol@third.test"}
    assert policy.domains == {"staff.example", "team.example", "other.example"}
    assert policy.configured


@pytest.mark.parametrize(
    ("email", "allowed"),
    [("ann@example.com", True), ("ANN@EXAMPLE.COM ", True), ("zed@staff.example", True),
     ("zed@mail.staff.example", False),  # a subdomain is another domain
     ("zed@staff.example.evil.test", False), ("zed@evilstaff.example", False), ("ann@example.co", False),
     ("", False), (None, False), ("not an address", False), ("a@b@staff.example", False)],
)
def test_policy_matches_addresses_exactly(email: str | None, allowed: bool) -> None:
    policy = StaffPolicy.from_config({"ADVISOR_STAFF_EMAILS": "ann@example.com",
                                      "ADVISOR_STAFF_DOMAIN": "staff.example"})
    assert policy.allows(email) is allowed


def test_an_unverified_address_is_never_staff() -> None:
    policy = StaffPolicy.from_config({"ADVISOR_STAFF_EMAILS": "ann@example.com"})
    assert policy.allows("ann@example.com", verified=True)
    assert policy.allows("ann@example.com", verified=None)  # the provider says nothing about it
    assert not policy.allows("ann@example.com", verified=False)


def test_an_empty_policy_admits_nobody() -> None:
    policy = StaffPolicy.from_config({})
    assert not policy.configured
    assert not policy.allows("ann@example.com")


@pytest.mark.parametrize(
    ("env", "settings", "match"),
    [({"ADVISOR_STAFF_EMAILS": "staff@"}, None, r"ADVISOR_STAFF_EMAILS: 'staff@' is not an e-mail address"),
     ({"ADVISOR_STAFF_EMAILS": "example.com"}, None, "a whole domain goes in the domain setting"),
     ({"ADVISOR_STAFF_DOMAIN": "ex ample!.com"}, None, r"ADVISOR_STAFF_DOMAIN: 'ample!.com' is not an e-mail domain"),
     ({}, {"staff_emails": 42}, r"\[advisor\] staff_emails must be a string or a list of strings"),
     ({}, {"staff_domains": ["ok.example", 3]}, r"\[advisor\] staff_domains must be a string or a list")],
)
def test_bad_settings_name_the_setting(env: dict[str, str], settings: dict[str, object] | None, match: str) -> None:
    with pytest.raises(AccessError, match=match):
        StaffPolicy.from_config(env, settings)


def test_access_error_is_an_advisor_error_and_a_value_error() -> None:
    assert issubclass(AccessError, AdvisorError) and issubclass(AccessError, ValueError)


# ----- the staff token


def test_new_tokens_are_long_and_different() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(t) == 32 and t.replace("-", "").replace("_", "").isalnum() for t in tokens)


@pytest.mark.parametrize(
    ("given", "matches"),
    [("s3cret-token-0123456789", True), ("  s3cret-token-0123456789\n", True),  # pasted with blanks
     ("s3cret-token-012345678", False), ("S3CRET-TOKEN-0123456789", False), ("", False),
     ("s3cret-token-0123456789x", False), ("é" * 40, False), ("\udcff", False)],
)
def test_token_matches(given: str, matches: bool) -> None:
    assert token_matches(given, "s3cret-token-0123456789") is matches


def test_token_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert not token_matches("short", "a-much-longer-expected-token")
    assert len(calls) == 1 and len(calls[0][0]) == len(calls[0][1]) == 32  # equal-length digests, not the texts


def test_configured_token() -> None:
    assert configured_token({}) is None
    assert configured_token({"ADVISOR_STAFF_TOKEN": "   "}) is None
    assert configured_token({"ADVISOR_STAFF_TOKEN": " a-long-enough-token \n"}) == "a-long-enough-token"
    with pytest.raises(AccessError, match="ADVISOR_STAFF_TOKEN is 5 characters long; use at least 16"):
        configured_token({"ADVISOR_STAFF_TOKEN": "short"})


# ----- wrong tokens slow down


def test_wrong_attempts_free_then_doubling_then_capped() -> None:
    clock = FakeClock()
    attempts = WrongAttempts(free_attempts=3, base_delay=2.0, max_delay=30.0, clock=clock)
    assert [attempts.failed("s") for _ in range(3)] == [0.0, 0.0, 0.0]  # typos cost nothing
    waits = []
    for _ in range(6):
        waits.append(attempts.failed("s"))
        clock.now += waits[-1]  # wait exactly as long as told, then fail again
    assert waits == [2.0, 4.0, 8.0, 16.0, 30.0, 30.0]


def test_a_locked_key_waits_and_others_do_not() -> None:
    clock = FakeClock()
    attempts = WrongAttempts(free_attempts=0, base_delay=10.0, clock=clock)
    attempts.failed("session-a", "ip-1")
    assert attempts.wait("session-a") == 10.0
    assert attempts.wait("session-b", "ip-1") == 10.0  # a new session from the same address waits too
    assert attempts.wait("session-b", "ip-2") == 0.0
    clock.now += 4
    assert attempts.wait("session-a") == 6.0
    clock.now += 6
    assert attempts.wait("session-a") == 0.0


def test_success_and_quiet_time_forget_wrong_attempts() -> None:
    clock = FakeClock()
    attempts = WrongAttempts(free_attempts=1, base_delay=1.0, forget_after=60.0, clock=clock)
    attempts.failed("s")
    attempts.succeeded("s")
    assert attempts.failed("s") == 0.0  # free again after a right token
    clock.now += 61
    assert attempts.failed("s") == 0.0  # and after a quiet minute
    assert attempts.failed("s") == 1.0


def test_wrong_attempts_remember_a_bounded_number_of_keys() -> None:
    attempts = WrongAttempts(free_attempts=0, base_delay=5.0, max_keys=3, clock=FakeClock())
    for key in "abcd":
        attempts.failed(key)
    assert attempts.wait("a") == 0.0  # the oldest key was forgotten
    assert attempts.wait("d") == 5.0


# ----- rate limit


def test_rate_limit_allows_the_limit_then_says_when() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=3, per=60.0, clock=clock)
    assert [limiter.acquire("s").allowed for _ in range(3)] == [True, True, True]
    clock.now += 20
    refused = limiter.acquire("s")
    assert not refused.allowed and refused.retry_after == pytest.approx(40.0)
    assert limiter.acquire("other").allowed  # keyed: another session is not affected
    clock.now += 40
    assert limiter.acquire("s").allowed  # the window slid past the first three


def test_refused_events_are_not_counted() -> None:
    clock = FakeClock()
    limiter = RateLimiter(limit=1, per=10.0, clock=clock)
    limiter.acquire("s")
    for _ in range(5):
        clock.now += 1
        assert not limiter.acquire("s").allowed
    clock.now += 5.5
    assert limiter.acquire("s").allowed  # ten seconds after the one that counted, not after the refusals


def test_rate_limit_is_thread_safe() -> None:
    limiter = RateLimiter(limit=100, per=3600.0)
    allowed: list[bool] = []

    def worker() -> None:
        allowed.extend(limiter.acquire("s").allowed for _ in range(50))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert allowed.count(True) == 100


@pytest.mark.parametrize(("raw", "limit"), [("", DEFAULT_QUESTIONS_PER_MINUTE), ("5", 5), (" 120 ", 120)])
def test_rate_limit_from_env(raw: str, limit: int) -> None:
    limiter = RateLimiter.from_env({"ADVISOR_QUESTIONS_PER_MINUTE": raw})
    assert (limiter.limit, limiter.per) == (limit, 60.0)


@pytest.mark.parametrize("raw", ["0", "-3", "lots", "2.5"])
def test_bad_rate_limit_names_the_setting(raw: str) -> None:
    with pytest.raises(AccessError, match="ADVISOR_QUESTIONS_PER_MINUTE must be a whole number of at least 1"):
        RateLimiter.from_env({"ADVISOR_QUESTIONS_PER_MINUTE": raw})


def test_rate_limiter_rejects_an_impossible_limit() -> None:
    with pytest.raises(AccessError, match="at least 1 event"):
        RateLimiter(limit=0)


def test_the_example_secrets_file_is_complete_and_holds_no_secret() -> None:
    import tomllib
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / ".streamlit" / "secrets.example.toml"
    data = tomllib.loads(example.read_text(encoding="utf-8"))
    # Everything st.login needs, and a staff list the policy accepts.
    assert set(data["auth"]) == {"redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url"}
    assert data["auth"]["redirect_uri"].endswith("/oauth2callback")
    assert StaffPolicy.from_config({}, data["advisor"]).configured
    assert all("REPLACE" in data["auth"][key] for key in ("cookie_secret", "client_id", "client_secret"))
