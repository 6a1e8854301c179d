"""``drill live`` in a real browser: the command in a subprocess on 127.0.0.1, the projector
page at 1920×1080 and three phones at 412×915 in headless Chromium (Playwright driving the
system's Chromium; never a downloaded one). Three trainees join and answer two cases, one
reloads halfway, the trainer reveals, goes on and ends; the projector's shares and counts and
the results files are checked. Every wait is bounded; the process is always stopped.

Skipped only when there is no Chromium on the machine (``PARTNERSCHAP_CHROMIUM`` may name one).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from tests.live_process import TIMEOUT, LiveProcess

WAIT_MS = 8000  # Playwright waits, in milliseconds; the process's are live_process.TIMEOUT
PROJECTOR = {"width": 1920, "height": 1080}
PHONE = {"width": 412, "height": 915}
NAMES = ("Noor", "Sam", "Bo")
# The option each trainee taps, per case (1 to 4 as shown).
PLAN = {"Noor": (1, 4), "Sam": (2, 4), "Bo": (2, 3)}


# The lowest point of the case and the explanation, above the highest of the fixed boxes.
FITS = """Math.max(...[...document.querySelectorAll('#screen > *')]
    .map(e => e.getBoundingClientRect().bottom))
  <= Math.min(...['controls', 'corner'].map(id => document.getElementById(id)
    .getBoundingClientRect().top))"""


def chromium() -> str | None:
    named = os.environ.get("PARTNERSCHAP_CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary on this machine")


@pytest.fixture
def live(isolated_home, tmp_path):
    env = {**os.environ, "PARTNERSCHAP_HOME": str(isolated_home), "COLUMNS": "200"}
    results = tmp_path / "klas"
    process = LiveProcess(
        "--host", "127.0.0.1", "--no-browser", "--rounds", "2", "--seed", "123",
        "--results", str(results), env=env,
    )  # fmt: skip
    try:
        yield process, results
    finally:
        if process.proc.poll() is None:
            process.proc.kill()
            process.proc.wait(TIMEOUT)


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chrome = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox"], headless=True, timeout=WAIT_MS * 2
        )
        try:
            yield chrome
        finally:
            chrome.close()


def phone(browser, url: str):
    """A phone of its own (own storage, as on separate devices) on the join page."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    page.goto(url)
    return page


def wait_for_files(folder: Path, count: int) -> list[Path]:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        files = sorted(folder.glob("*.json")) if folder.is_dir() else []
        if len(files) >= count:
            return files
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} results files in {folder}")


def test_a_class_of_three_in_a_real_browser(live, browser, invoke):
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    process, results = live
    join_url = process.wait_for(r"(http://127\.0\.0\.1:\d+/[a-z0-9]+/)(?!trainer)\s*$").group(1)
    projector_url = process.wait_for(r"(http://127\.0\.0\.1:\d+/[a-z0-9]+/trainer#\S+)").group(1)

    screen = browser.new_context(viewport=PROJECTOR, device_scale_factor=1)
    screen.set_default_timeout(WAIT_MS)
    projector = screen.new_page()
    projector.goto(projector_url)
    expect(projector.get_by_test_id("join-url")).to_have_text(join_url)
    expect(projector.get_by_test_id("joined-count")).to_have_text("Nog niemand aangemeld.")

    phones = {}
    for name in NAMES:
        page = phone(browser, join_url)
        page.get_by_test_id("join-name").fill(name)
        page.get_by_test_id("join-submit").click()
        expect(page.locator("#screen h1")).to_have_text(f"Hallo {name}!")
        phones[name] = page
    expect(projector.get_by_test_id("joined-count")).to_have_text("Aangemeld: 3")
    expect(projector.locator("#names li")).to_have_text(list(NAMES))

    projector.get_by_test_id("next").click()  # "Beginnen": the first case
    correct = []
    for case in (1, 2):
        for page in phones.values():
            expect(page.get_by_test_id("case-title")).to_have_text(f"Casus {case} van 2")
        expect(projector.get_by_test_id("answered-count")).to_have_text("0")
        for count, name in enumerate(NAMES, 1):
            option = phones[name].get_by_test_id(f"option-{PLAN[name][case - 1]}")
            option.click()
            expect(option).to_have_attribute("aria-pressed", "true")
            expect(projector.get_by_test_id("answered-count")).to_have_text(str(count))
        if case == 2:
            # Halfway, Sam's phone reloads: the same trainee on the same case, same answer.
            sam = phones["Sam"]
            sam.reload()
            expect(sam.get_by_test_id("case-title")).to_have_text("Casus 2 van 2")
            expect(sam.get_by_test_id("option-4")).to_have_attribute("aria-pressed", "true")
            expect(sam.get_by_test_id("join-name")).to_be_hidden()
            expect(projector.get_by_test_id("answered-count")).to_have_text("3")
            expect(projector.locator(".answered")).to_contain_text("/ 3")

        # Bo has scrolled down to the last option; Noor is at the top.
        phones["Bo"].evaluate("window.scrollTo(0, document.body.scrollHeight)")
        projector.get_by_test_id("reveal").click()
        chosen = [PLAN[name][case - 1] for name in NAMES]
        for number in (1, 2, 3, 4):
            share = round(100 * chosen.count(number) / len(chosen))
            expect(projector.get_by_test_id(f"share-{number}")).to_have_text(f"{share}%")
            expect(projector.get_by_test_id(f"share-{number}")).to_be_in_viewport(ratio=1)
        # The whole reveal fits the projector above the buttons and the corner's QR code:
        # nothing to scroll, nothing hidden, in front of the class.
        assert projector.evaluate(FITS), projector.evaluate(FITS.replace("<=", "-"))
        for page in phones.values():  # wherever the phone was scrolled: the verdict in sight
            expect(page.get_by_test_id("verdict")).to_be_in_viewport(ratio=1)
        right = int(projector.locator("li.option.correct .num").inner_text())
        correct.append(right)
        for name, page in phones.items():
            verdict = "Goed!" if PLAN[name][case - 1] == right else "Niet goed."
            expect(page.get_by_test_id("verdict")).to_contain_text(verdict)
        if case == 1:
            for page in phones.values():  # everyone reads the explanation to its end
                page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            projector.get_by_test_id("next").click()
            for page in phones.values():  # a new case starts at its top on every phone
                expect(page.get_by_test_id("case-title")).to_be_in_viewport(ratio=1)

    projector.get_by_test_id("end").click()
    expect(projector.locator("#screen h1")).to_have_text("Resultaat van de klas per uitgangspunt")
    expected_right = {n: sum(p == c for p, c in zip(PLAN[n], correct, strict=True)) for n in NAMES}
    for name, page in phones.items():
        expect(page.get_by_test_id("my-score")).to_have_text(
            f"{expected_right[name]} van 2 goed (2 casussen)"
        )

    files = wait_for_files(results, 3)
    assert process.stop() == 0, process.output()
    assert "3 resultaatbestanden in" in process.output()
    assert "Traceback" not in process.output()
    assert len(list(results.glob("*.json"))) == 3
    assert (results.stat().st_mode & 0o777) == 0o700
    assert all((f.stat().st_mode & 0o777) == 0o600 for f in files)
    for f in files:
        data = json.loads(f.read_text("utf-8"))
        plan = PLAN[data["trainee"]]
        assert [i["chosen_number"] for i in data["items"]] == list(plan)
        assert data["stopped_early"] is False

    report = invoke("drill", "report", results, "--json")
    assert report.exit_code == 0, report.output
    trainees = {t["name"]: (t["right"], t["total"]) for t in json.loads(report.stdout)["trainees"]}
    assert trainees == {n: (expected_right[n], 2) for n in NAMES}


def test_one_case_one_trainee_in_the_singular(isolated_home, tmp_path, browser):
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    env = {**os.environ, "PARTNERSCHAP_HOME": str(isolated_home), "COLUMNS": "200"}
    process = LiveProcess(
        "--host", "127.0.0.1", "--no-browser", "--rounds", "1", "--seed", "3", "--timer", "90",
        "--results", str(tmp_path / "klas"), env=env,
    )  # fmt: skip
    try:
        join_url = process.wait_for(r"(http://127\.0\.0\.1:\d+/[a-z0-9]+/)(?!trainer)\s*$")
        secret_url = process.wait_for(r"(http://127\.0\.0\.1:\d+/[a-z0-9]+/trainer#\S+)")
        projector = browser.new_context(viewport=PROJECTOR).new_page()
        projector.goto(secret_url.group(1))
        sam = phone(browser, join_url.group(1))
        sam.get_by_test_id("join-name").fill("Sam")
        sam.get_by_test_id("join-submit").click()
        expect(projector.get_by_test_id("joined-count")).to_have_text("Aangemeld: 1")
        projector.get_by_test_id("next").click()
        countdown = re.compile(r"^Nog 1:[0-3]\d$")  # in words, no emoji that may lack a font
        for page in (projector, sam):
            expect(page.locator("#timer")).to_have_text(countdown)
        sam.get_by_test_id("option-1").click()
        expect(projector.get_by_test_id("answered-count")).to_have_text("1")
        projector.get_by_test_id("reveal").click()
        expect(projector.locator(".votes").first).to_have_text(re.compile(r"^(1 stem|0 stemmen)$"))
        projector.get_by_test_id("end").click()
        expect(projector.locator(".summary")).to_have_text("1 casus besproken met 1 deelnemer.")
        score = re.compile(r"^[01] van 1 goed \(1 casus\)$")
        expect(sam.get_by_test_id("my-score")).to_have_text(score)
        assert process.stop() == 0, process.output()
        # The trainer has stopped: the phone keeps its score and says the session is over
        # instead of "reconnecting …" for ever; so does the projector, without its buttons.
        for page in (sam, projector):
            expect(page.locator("#closed")).to_have_text("De sessie is afgelopen.")
            expect(page.locator("#closed")).to_be_visible()
        sam.wait_for_timeout(1500)  # longer than the first reconnect attempts
        for page in (sam, projector):
            assert page.locator("#offline").is_hidden()
        expect(projector.locator("#controls")).to_be_hidden()
        expect(sam.get_by_test_id("my-score")).to_have_text(score)
    finally:
        if process.proc.poll() is None:
            assert process.stop() == 0, process.output()
