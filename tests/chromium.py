"""Debian's Chromium (/usr/bin/chromium, installed by bin/install-test-tools)
driven by Playwright, launched the same way by the browser tests and by the
screenshot script (docs/screenshots/make.py). Playwright's own browser download
is not used."""

from pathlib import Path

from playwright.sync_api import Browser, Playwright, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # Loopback servers speak HTTP/1.1; no background traffic of its own, so
    # that what a test sees on the network is the page's.
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class MissingChromium(RuntimeError):
    def __init__(self):
        super().__init__(f"Missing {CHROMIUM}: run bin/install-test-tools first.")


class Chromium:
    """`start()` returns a running browser, `stop()` ends it; or use it as a
    context manager. Starting is left to the caller's moment: Playwright's
    sync API runs an event loop in the calling thread, where Django refuses
    database calls, so tests build their data first."""

    def __init__(self, extra_args: tuple[str, ...] = (), timeout_ms: int = 60_000):
        self.args = [*ARGS, *extra_args]
        self.timeout_ms = timeout_ms
        self.browser: Browser | None = None
        self._playwright: Playwright | None = None

    @property
    def running(self) -> bool:
        return self.browser is not None

    def start(self) -> Browser:
        if self.browser is None:
            if not CHROMIUM.exists():
                raise MissingChromium()
            self._playwright = sync_playwright().start()
            try:
                self.browser = self._playwright.chromium.launch(
                    executable_path=str(CHROMIUM),
                    args=self.args,
                    timeout=self.timeout_ms,
                )
            except BaseException:
                self._playwright.stop()
                self._playwright = None
                raise
        return self.browser

    def stop(self):
        if self.browser is not None:
            self.browser.close()
            self.browser = None
        if self._playwright is not None:
            self._playwright.stop()
            self._playwright = None

    def __enter__(self) -> Browser:
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
