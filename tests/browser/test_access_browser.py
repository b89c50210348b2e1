"""Staff pages in Chromium (issue 10): by address an anonymous visitor gets the sign-in panel and never
another buyer's question; the staff token opens them; and real sign-in against a local OpenID
Connect provider (oidc-provider-mock, started here): a staff address gets in, another address is
refused with a clear message, signing out locks the pages again.

The sign-in app runs with a secrets file of its own in a temporary folder (``--secrets.files``):
Streamlit reads ``[auth]`` from it, and nothing from the repository's .streamlit/.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from apprunner import (
    APP_IDLE,
    STAFF_TOKEN,
    STAFF_TOKEN_INPUT,
    AppServer,
    ask_in_browser,
    free_port,
    page_opener,
    require_chromium,
    unlock_staff,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SECRET_QUESTION = "Is the Zephyrine-77 pouch cell from Acme any good for dendrites?"
STAFF_EMAIL = "staff@advisor.example"
OTHER_EMAIL = "buyer@elsewhere.example"
NAV = "[data-testid='stSidebarNav']"


def _body(page: Any) -> str:
    return str(page.locator("[data-testid='stApp']").inner_text())


def _html(page: Any) -> str:
    """The whole document, hidden parts included (a table's cells are hidden DOM behind its canvas)."""
    return str(page.content())


# ----- no sign-in configured: the staff token (the app of tests/browser/conftest.py)


@pytest.fixture(scope="module")
def asked(new_page_module: Any) -> str:
    """One buyer's question, asked once for the module."""
    ask_in_browser(new_page_module("/"), SECRET_QUESTION)
    return SECRET_QUESTION


@pytest.fixture(scope="module")
def new_page_module(browser: Any, server: str) -> Iterator[Any]:
    with page_opener(browser, server) as open_page:
        yield open_page


@pytest.mark.parametrize("path", ["/", "/ask", "/checklist", "/library", "/insights", "/staff",
                                  "/insights?staff=1&token=x", "/?page=insights", "/library?entry=../insights"])
def test_no_address_shows_an_anonymous_visitor_another_buyers_question(new_page: Any, asked: str,
                                                                       path: str) -> None:
    page = new_page(path)
    page.locator("h1").first.wait_for()
    page.wait_for_selector(APP_IDLE)
    assert "Zephyrine" not in _html(page)
    assert page.locator(NAV).get_by_text("Insights", exact=True).count() == 0  # not in the menu either
    if path.startswith("/insights"):
        assert page.get_by_role("heading", name="Staff sign-in").is_visible()
        assert page.locator(STAFF_TOKEN_INPUT).get_attribute("type") == "password"


def test_the_staff_token_opens_insights_and_a_wrong_one_does_not(new_page: Any, asked: str) -> None:
    page = new_page("/insights")
    page.locator(STAFF_TOKEN_INPUT).fill("not-the-token")
    page.get_by_role("button", name="Unlock staff pages").click()
    page.get_by_text("That is not the staff token.").wait_for()
    assert "Zephyrine" not in _html(page)

    unlock_staff(page)
    page.get_by_role("heading", name="Insights").first.wait_for()
    page.get_by_text("Zephyrine", exact=False).first.wait_for(state="attached")  # staff do see what buyers asked
    assert page.locator(NAV).get_by_text("Insights", exact=True).count() == 1

    page.get_by_role("button", name="Lock staff pages").click()
    page.get_by_role("heading", name="Staff sign-in").wait_for()
    # Until the rerun ends Streamlit keeps the previous run's elements in the page, faded ("stale"),
    # and removes them when the run finishes; on a loaded machine that takes a moment. The question
    # must be gone once the run is over, so wait for that and then for the text to leave the DOM.
    page.wait_for_selector(APP_IDLE)
    page.wait_for_function("() => !document.documentElement.outerHTML.includes('Zephyrine')", timeout=15_000)
    assert "Zephyrine" not in _html(page)
    assert STAFF_TOKEN not in _html(page)


# ----- sign-in with an OpenID Connect provider


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    require_chromium()
    from oidc_provider_mock import run_server_in_thread

    # Any client id and secret are accepted; the sign-in form lets the test type the user's "sub",
    # which the provider also gives as the "email" claim.
    with run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture(scope="module")
def signin_app(provider: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("signin")
    port = free_port()
    app_url = f"http://localhost:{port}"  # the host the redirect URI names, so the identity cookie applies
    secrets_file = workdir / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        f'redirect_uri = "{app_url}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "advisor-e2e"\n'
        'client_secret = "advisor-e2e-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
        "\n[advisor]\n"
        f'staff_emails = ["{STAFF_EMAIL}"]\n',
        encoding="utf-8",
    )
    with AppServer(workdir, secrets=secrets_file, port=port) as server:
        server.wait_healthy()
        yield app_url
        assert "Traceback" not in server.log()


@pytest.fixture
def visitor(browser: Any, signin_app: str) -> Iterator[Any]:
    """A fresh browser context (its own cookies) for each test."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


def _open(page: Any, url: str) -> Any:
    page.goto(url)
    page.wait_for_selector(APP_IDLE)
    page.locator("h1").first.wait_for()
    return page


def _sign_in(page: Any, app_url: str, email: str) -> None:
    """From the sign-in panel on /insights, through the provider's form, back to the app."""
    _open(page, f"{app_url}/insights")
    page.get_by_role("button", name="Sign in").click()
    page.locator("input[name='sub']").fill(email)  # the provider's own form
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{app_url}/")  # Streamlit's /oauth2callback ends at the app's root
    page.wait_for_selector(APP_IDLE)


def test_a_staff_address_gets_in_and_signing_out_locks_again(visitor: Any, signin_app: str) -> None:
    page = _open(visitor, f"{signin_app}/insights")
    assert page.get_by_role("heading", name="Staff sign-in").is_visible()
    assert page.locator(STAFF_TOKEN_INPUT).count() == 0  # with sign-in configured, no token path

    _sign_in(page, signin_app, STAFF_EMAIL)
    _open(page, f"{signin_app}/insights")  # the identity cookie outlives the page load
    page.get_by_role("heading", name="Insights").first.wait_for()
    assert page.locator(NAV).get_by_text("Insights", exact=True).count() == 1
    assert STAFF_EMAIL in _body(page)

    page.get_by_role("button", name="Sign out").first.click()
    # Streamlit forgets the identity, then sends the browser to the provider's end-session page (it
    # names one), which asks for a confirmation and comes back to the app's root.
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(f"{signin_app}/")
    page.wait_for_selector(APP_IDLE)
    _open(page, f"{signin_app}/insights")
    page.get_by_role("heading", name="Staff sign-in").wait_for()
    assert page.get_by_role("button", name="Sign in").is_visible()
    assert page.locator(NAV).get_by_text("Insights", exact=True).count() == 0


def test_another_address_is_refused_clearly(visitor: Any, signin_app: str) -> None:
    _sign_in(visitor, signin_app, OTHER_EMAIL)
    page = _open(visitor, f"{signin_app}/insights")
    page.get_by_text("which is not a staff account").wait_for()
    body = _body(page)
    assert OTHER_EMAIL in body and "Staff sign-in" in body
    assert page.locator("[data-testid='stMetric']").count() == 0
    assert page.locator(NAV).get_by_text("Insights", exact=True).count() == 0
    assert page.get_by_role("button", name="Sign out").is_visible()

