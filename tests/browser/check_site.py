#!/usr/bin/env python3
"""Drives the explorer's site in a real browser, from file://, as a reader would.

Usage: check_site.py SITE_DIR AXE_JS SCREENSHOT_DIR

* Chromium is Debian's (/usr/bin/chromium, installed by .ci/install-browser.sh), launched by
  Playwright with `executable_path`: Playwright never downloads a browser here.
* Every request is watched: one that leaves the site's folder is blocked and fails the run.
* Console errors and uncaught exceptions fail the run.
* axe-core (npm, pinned in package-lock.json) is injected into the main pages; a serious or
  critical violation fails the run.
* Screenshots of the main pages at 1280 and 390 px wide go to SCREENSHOT_DIR for review.

Prints one line per check and, last, "browser: N passed, M failed"; exits 1 if any failed.
"""

from __future__ import annotations

import re
import sys
import traceback
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MAIN_PAGES = [
    "index.html",
    "countries.html",
    "celac.html",
    "programmes.html",
    "timeline.html",
    "seizures.html",
    "findings.html",
    "report.html",
    "downloads.html",
    "all.html",
    "country/ci.html",
    "country/pe.html",
    "record/aircop.html",
    "record/clasi.html",
]
SCREENSHOTS = ["index.html", "country/pe.html", "celac.html", "report.html", "record/aircop.html", "seizures.html"]


class Run:
    def __init__(self, site: Path):
        self.site = site.resolve()
        self.root = self.site.as_uri() + "/"
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.outside: list[str] = []
        self.errors: list[str] = []
        # axe reads the style sheets with XMLHttpRequest, which file:// refuses with a console
        # error of its own: errors logged while axe runs are axe's, not the site's.
        self.auditing = False

    def url(self, path: str) -> str:
        return self.root + path

    def check(self, name: str, fn) -> None:
        try:
            fn()
        except Exception as e:  # noqa: BLE001 -- every failure is reported, the run goes on
            self.failed.append(name)
            print(f"FAIL {name}: {e}")
            traceback.print_exc(limit=2)
        else:
            self.passed.append(name)
            print(f"ok   {name}")

    def watch(self, page: Page) -> None:
        def route(r):
            url = r.request.url
            if url.startswith(self.root) or url == self.root.rstrip("/"):
                r.continue_()
            else:
                self.outside.append(url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: m.type == "error" and not self.auditing and self.errors.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: {e}"))


def search_and_follow(run: Run, page: Page, query: str, code: str) -> None:
    page.goto(run.url("index.html"))
    box = page.locator("#q")
    box.wait_for(state="visible", timeout=5000)
    box.fill(query)
    first = page.locator("#search-results li a").first
    first.wait_for(timeout=5000)
    href = first.get_attribute("href") or ""
    if href != f"country/{code}.html":
        raise AssertionError(f"searching {query!r}: first result is {href!r} ({first.inner_text()!r}), not country/{code}.html")
    first.click()
    page.wait_for_url(re.compile(rf".*/country/{code}\.html$"))
    if not page.locator("[lang=es]").count():
        raise AssertionError("the country page has no Spanish name marked lang=es")
    quote = page.locator("blockquote.quote a", has_text="see it in the report").first
    quote.click()
    page.wait_for_url(re.compile(r".*/report\.html#q-\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    probe = """(id) => {
            const a = document.getElementById(id);
            if (!a) return {error: 'no element #' + id};
            const marks = [...document.querySelectorAll('mark.current')];
            const own = marks.filter(m => m.dataset.q.split(' ').includes(id));
            const box = a.getBoundingClientRect();
            const next = a.nextElementSibling;
            return {marks: marks.length, own: own.length, text: own.map(m => m.textContent).join(''),
                    inView: box.top >= -5 && box.top < window.innerHeight, nextIsMark: !!next && next.tagName === 'MARK'};
        }"""

    def shown(state) -> bool:
        return bool(not state.get("error") and state["own"] and state["text"].strip() and state["inView"] and state["nextIsMark"])

    # The page marks the passage and scrolls to it as it loads; give a busy machine time to do so
    # rather than read the state at once, then report what the browser shows.
    try:
        page.wait_for_function(f"(id) => {{ const s = ({probe})(id); return !s.error && s.own && s.text.trim() && s.inView && s.nextIsMark; }}", arg=anchor, timeout=5000)
    except Exception:  # noqa: BLE001 -- reported below with the state the browser shows
        pass
    state = page.evaluate(probe, anchor)
    if not shown(state):
        raise AssertionError(f"the passage #{anchor} is not shown highlighted: {state}")


def axe(run: Run, page: Page, axe_js: Path, path: str) -> None:
    page.goto(run.url(path))
    page.wait_for_load_state("load")
    run.auditing = True
    try:
        page.add_script_tag(path=str(axe_js))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    finally:
        page.wait_for_timeout(50)
        run.auditing = False
    bad = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
    if bad:
        lines = [f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['html'][:160]}" for v in bad]
        raise AssertionError(f"{path}: " + "; ".join(lines))


def keyboard(run: Run, page: Page) -> None:
    page.goto(run.url("index.html"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement && document.activeElement.textContent")
    if "Skip to the content" not in (focused or ""):
        raise AssertionError(f"the first Tab focuses {focused!r}, not the skip link")
    page.keyboard.press("Enter")
    # Following a fragment link is asynchronous in Chromium: wait for it rather than read the
    # address at once (reading at once failed on a busy CI machine while the link was right).
    try:
        page.wait_for_function("location.hash === '#main'", timeout=5000)
    except Exception:  # noqa: BLE001 -- reported with the address the browser did reach
        raise AssertionError(f"the skip link leads to {page.url}") from None
    target = page.evaluate("document.getElementById('main') !== null")
    if not target:
        raise AssertionError("the skip link's target #main is not on the page")


def headings_in_order(run: Run, page: Page, path: str) -> None:
    page.goto(run.url(path))
    levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
    if not levels or levels[0] != 1 or levels.count(1) != 1:
        raise AssertionError(f"{path}: headings {levels[:8]}… do not start with one h1")
    for a, b in zip(levels, levels[1:]):
        if b > a + 1:
            raise AssertionError(f"{path}: a heading jumps from h{a} to h{b}")


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    site, axe_js, shots = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    shots.mkdir(parents=True, exist_ok=True)
    run = Run(site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        run.watch(page)
        run.check("search 'Cote d’Ivoire', open its page, follow a quote to the report",
                  lambda: search_and_follow(run, page, "Cote d’Ivoire", "ci"))
        run.check("search 'Trinidad & Tobago', open its page, follow a quote to the report",
                  lambda: search_and_follow(run, page, "Trinidad & Tobago", "tt"))
        run.check("keyboard: skip link first", lambda: keyboard(run, page))
        for path in MAIN_PAGES:
            run.check(f"headings in order on {path}", lambda path=path: headings_in_order(run, page, path))
            run.check(f"axe: no serious or critical violation on {path}", lambda path=path: axe(run, page, axe_js, path))
        for width, height in ((1280, 900), (390, 844)):
            page.set_viewport_size({"width": width, "height": height})
            for path in SCREENSHOTS:
                page.goto(run.url(path))
                name = path.replace("/", "-").removesuffix(".html")
                page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
            run.check(f"no horizontal scrolling of the page at {width} px", lambda: no_overflow(run, page))
        run.check("no request left the site's folder", lambda: empty(run.outside, "requests outside the site"))
        run.check("no console error", lambda: empty(run.errors, "console errors"))
        browser.close()
    print(f"screenshots in {shots}")
    print(f"browser: {len(run.passed)} passed, {len(run.failed)} failed")
    return 1 if run.failed else 0


def no_overflow(run: Run, page: Page) -> None:
    for path in SCREENSHOTS:
        page.goto(run.url(path))
        wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if wide > 1:
            raise AssertionError(f"{path} scrolls sideways by {wide} px")


def empty(items: list[str], what: str) -> None:
    if items:
        raise AssertionError(f"{len(items)} {what}: {items[:5]}")


if __name__ == "__main__":
    sys.exit(main())
