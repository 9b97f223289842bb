"""A real headless Chromium (Debian's `chromium` + `chromium-driver`) driven by selenium, no tests here.

The driver is given by path, so selenium-manager never tries the network. Missing browser: a skip on a developer's
machine, a failure in CI (CI=true), as tests/conftest.py treats a missing PostgreSQL. Screenshots go to the
test's own folder and are copied to USH_SHOTS_DIR when that is set (to look at them after a run).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("USH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("USH_CHROMEDRIVER", "/usr/bin/chromedriver")
IN_CI = os.environ.get("CI", "").lower() == "true"
PHONE = (390, 844)          # a common phone's CSS viewport: the QR code is scanned with a phone
DESKTOP = (1280, 800)


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    """One headless Chromium for a test module."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.path.exists(p)]
    if missing:
        message = f"headless Chromium not installed ({', '.join(missing)}); run scripts/setup.sh --test"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    os.environ.setdefault("SE_OFFLINE", "true")
    os.environ.setdefault("SE_AVOID_STATS", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=tr-TR",
                "--window-size=1280,800", "--hide-scrollbars"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def viewport(driver, size: tuple[int, int], mobile: bool) -> None:  # type: ignore[no-untyped-def]
    """Exactly `size` CSS pixels (the window size alone leaves room for the browser's own chrome)."""
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def submit(driver, button, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Click a form's button and wait until the answer page has replaced this one (reading the page before that
    finds the old page, or an element gone stale under the reader)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(driver, timeout).until(EC.staleness_of(old))
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return document.readyState") == "complete")


def visible_text(driver) -> str:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return driver.find_element(By.TAG_NAME, "body").text


def screenshot(driver, folder: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    """The viewport as a PNG in `folder` (and in USH_SHOTS_DIR when set)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert driver.save_screenshot(str(path)), f"no screenshot {path}"
    if shots := os.environ.get("USH_SHOTS_DIR"):
        Path(shots).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(shots) / path.name)
    return path
