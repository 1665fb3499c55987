#!/usr/bin/env python3
"""Drives the explorer's site in a real browser, from file://, as a reader would.

Usage: check_site.py SITE_DIR AXE_JS SCREENSHOT_DIR

* Chromium is Debian's (/usr/bin/chromium, installed by .ci/install-browser.sh), launched by
  Playwright with `executable_path`: Playwright never downloads a browser here.
* Every request is watched: one that leaves the site's folder is blocked and fails the run.
* Console errors and uncaught exceptions fail the run.
* axe-core (npm, pinned in package-lock.json) is injected into the main pages; a serious or
  critical violation fails the run.
* Screenshots of the main pages at 1280 and 390 px wide, in English and Spanish, go to
  SCREENSHOT_DIR for review.
* What readers rely on: findings counted by class on the home page, statuses beside every CELAC
  item, footnote markers never glued to a word, "Cite this" with the document number and a
  paragraph on record pages, a search box on every page type, Spanish pages with a language switch
  both ways, the ZIP of every CSV, and a printed country page (Chromium's PDF, read back with
  pdftotext) that keeps every column of its tables.

Prints one line per check and, last, "browser: N passed, M failed"; exits 1 if any failed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import traceback
import zipfile
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
    "record/hlm-23.html",
    "guide.html",
    "es/index.html",
    "es/celac.html",
    "es/country/pe.html",
    "es/findings.html",
    "es/seizures.html",
    "es/record/aircop.html",
    "es/guide.html",
    "es/downloads.html",
    "es/timeline.html",
]
SCREENSHOTS = [
    "index.html",
    "country/pe.html",
    "celac.html",
    "report.html",
    "record/aircop.html",
    "seizures.html",
    "findings.html",
    "timeline.html",
    "downloads.html",
    "guide.html",
    "record/hlm-23.html",
    "es/index.html",
    "es/country/pe.html",
    "es/celac.html",
    "es/findings.html",
    "es/seizures.html",
    "es/guide.html",
    "es/timeline.html",
    "es/downloads.html",
]
# One page of each type: every one has the search box in its header.
PAGE_TYPES = [
    "index.html",
    "countries.html",
    "country/pe.html",
    "celac.html",
    "programmes.html",
    "record/aircop.html",
    "timeline.html",
    "seizures.html",
    "findings.html",
    "report.html",
    "downloads.html",
    "guide.html",
    "all.html",
    "es/index.html",
    "es/record/clasi.html",
]
# Record pages whose quotes carry footnote markers (the Technical Committee's co-presidency, the
# adopted Biennial Report, COPOLAD's footnote 5) and others, in both languages.
RECORD_PAGES = [
    "record/tc-2021-10-26.html",
    "record/hlm-22.html",
    "record/hlm-23.html",
    "record/copolad.html",
    "record/aircop.html",
    "record/clasi.html",
    "es/record/tc-2021-10-26.html",
    "es/record/copolad.html",
]


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
    box = page.locator("#site-q")
    box.wait_for(state="visible", timeout=5000)
    box.fill(query)
    first = page.locator("#site-results li a").first
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


def search_helps(run: Run, page: Page) -> None:
    """Aliases find meetings, a miss says something useful, arrow keys move through the results."""
    page.goto(run.url("seizures.html"))
    box = page.locator("#site-q")
    box.fill("HLM 23")
    first = page.locator("#site-results li a").first
    first.wait_for(timeout=5000)
    if not (first.get_attribute("href") or "").endswith("record/hlm-23.html"):
        raise AssertionError(f"'HLM 23' first finds {first.get_attribute('href')!r}")
    box.fill("Haiti")
    page.locator("#site-results li").first.wait_for(timeout=5000)
    text = page.locator("#site-results").inner_text()
    if "does not name it" not in text or "COPOLAD" not in text:
        raise AssertionError(f"searching Haiti says {text!r}")
    box.fill("zzqx nothing")
    page.wait_for_function("document.querySelector('#site-status').textContent.includes('Try a country')", timeout=5000)
    box.fill("cocaine")
    page.locator("#site-results li a").first.wait_for(timeout=5000)
    box.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement && document.activeElement.closest('#site-results') ? [...document.querySelectorAll('#site-results a')].indexOf(document.activeElement) : -1")
    if focused != 1:
        raise AssertionError(f"two presses of ArrowDown focus result {focused}, not the second")


def search_box_everywhere(run: Run, page: Page) -> None:
    for path in PAGE_TYPES:
        page.goto(run.url(path))
        if not page.locator("header #site-q").is_visible():
            raise AssertionError(f"{path} has no visible search box in its header")


def home_counts_by_class(run: Run, page: Page) -> None:
    page.goto(run.url("index.html"))
    text = page.locator("main").inner_text()
    if not re.search(r"\d+ contradictions, \d+ other warnings, \d+ notes", text):
        raise AssertionError("the home page does not count findings by class")
    if re.search(r"\d+\s+findings where the report disagrees", text):
        raise AssertionError("the home page still lumps findings together")
    page.goto(run.url("es/index.html"))
    if "contradicciones" not in page.locator("main").inner_text():
        raise AssertionError("the Spanish home page does not count contradictions")


def celac_statuses(run: Run, page: Page) -> None:
    page.goto(run.url("celac.html"))
    row = page.locator("#member-gt").inner_text()
    if not re.search(r"CLASI\s*\([^)]*interested", row):
        raise AssertionError(f"Guatemala's row shows no status beside CLASI: {row!r}")
    lede = " ".join(page.locator("main h1 ~ p").all_inner_texts()[:2])
    for name in ("Bahamas", "Haiti", "Nicaragua", "Venezuela"):
        if name not in lede:
            raise AssertionError(f"the first lines do not name {name}: {lede!r}")
    page.goto(run.url("es/celac.html"))
    if not re.search(r"CLASI\s*\([^)]*interesado", page.locator("#member-gt").inner_text()):
        raise AssertionError("the Spanish CELAC page shows no status beside CLASI for Guatemala")


GLUED = """() => {
    const bad = [];
    for (const q of document.querySelectorAll('blockquote.quote p[lang=en], .claims q, .finding p[lang=en]')) {
        const copy = q.cloneNode(true);
        copy.querySelectorAll('sup.fn').forEach(s => s.replaceWith(' '));
        const t = copy.textContent;
        const m = t.match(/[a-zà-ÿ\u2019][0-9]|\b(19|20)[0-9]{2}[0-9]\b/);
        if (m) bad.push(t.slice(Math.max(0, m.index - 30), m.index + 10));
    }
    return {bad, notes: document.querySelectorAll('sup.fn a').length};
}"""


def no_glued_footnotes(run: Run, page: Page) -> None:
    notes = 0
    for path in RECORD_PAGES + ["country/py.html", "findings.html", "celac.html", "es/country/py.html"]:
        page.goto(run.url(path))
        state = page.evaluate(GLUED)
        if state["bad"]:
            raise AssertionError(f"{path}: a footnote digit glued to a word: {state['bad'][:3]}")
        notes += state["notes"]
    if not notes:
        raise AssertionError("no footnote marker is shown as a linked superscript")
    # A marker leads to its footnote.
    page.goto(run.url("record/tc-2021-10-26.html"))
    link = page.locator("sup.fn a").first
    link.click()
    page.wait_for_url(re.compile(r".*/report\.html#fn-\d+$"))


def cite_blocks(run: Run, page: Page) -> None:
    for path in RECORD_PAGES:
        page.goto(run.url(path))
        block = page.locator("aside.cite")
        if block.count() != 1:
            raise AssertionError(f"{path}: {block.count()} 'Cite this' blocks")
        text = block.inner_text()
        if "10233/22" not in text or not re.search(r"¶\s*\d+", text):
            raise AssertionError(f"{path}: the citation names no document number or paragraph: {text!r}")
        href = block.locator("a").first.get_attribute("href") or ""
        if "ST-10233-2022-INIT" not in href:
            raise AssertionError(f"{path}: no link to the document at the Council: {href!r}")


def spanish_and_switch(run: Run, page: Page) -> None:
    for path in ("index.html", "country/pe.html", "record/clasi.html", "findings.html"):
        page.goto(run.url(path))
        page.locator(".lang-switch a").click()
        page.wait_for_url(re.compile(rf".*/es/{re.escape(path)}$"))
        if page.evaluate("document.documentElement.lang") != "es":
            raise AssertionError(f"es/{path} is not lang=es")
        if path == "index.html" and "Inicio" not in page.locator("header nav").inner_text():
            raise AssertionError("the Spanish navigation is not in Spanish")
        quotes = page.locator("blockquote.quote p").first
        if quotes.count() and quotes.get_attribute("lang") != "en":
            raise AssertionError(f"es/{path}: a quote is not marked lang=en")
        page.locator(".lang-switch a").click()
        page.wait_for_url(re.compile(rf".*/(?<!es/){re.escape(path)}$"))
        if page.evaluate("document.documentElement.lang") != "en" or "/es/" in page.url:
            raise AssertionError(f"the switch back from es/{path} lands on {page.url}")


def zip_holds_every_csv(run: Run) -> None:
    csvs = {p.name for p in (run.site / "downloads" / "csv").glob("*.csv")}
    with zipfile.ZipFile(run.site / "downloads" / "eu-celac-drugs-csv.zip") as z:
        if z.testzip() is not None:
            raise AssertionError("a ZIP entry is corrupt")
        names = set(z.namelist())
        missing = csvs - names
        if missing or "involvements.csv" not in names:
            raise AssertionError(f"the ZIP lacks {sorted(missing)} (has {sorted(names)})")
        flat = z.read("involvements.csv")
        if not flat.startswith(b"\xef\xbb\xbf") or "Perú".encode() not in flat:
            raise AssertionError("involvements.csv is not UTF-8 with a BOM holding Spanish names")


def printed_country_keeps_columns(run: Run, page: Page) -> None:
    page.goto(run.url("country/pe.html"))
    headers = page.evaluate("[...document.querySelectorAll('main table thead th')].map(t => t.textContent.trim())")
    if len(headers) < 5:
        raise AssertionError(f"the country page's table has headers {headers}")
    page.emulate_media(media="print")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "pe.pdf"
        page.pdf(path=str(pdf), format="A4")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    page.emulate_media(media="screen")
    lost = [h for h in headers if h not in text]
    if lost:
        raise AssertionError(f"the printed page loses the columns {lost}")
    for want in ("10233/22", "¶"):
        if want not in text:
            raise AssertionError(f"the printed page does not show {want!r}")
    if "Filter the table" in text:
        raise AssertionError("the printed page shows a filter box")


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
        run.check("search: 'HLM 23', a useful miss for Haiti and for nothing, arrow keys", lambda: search_helps(run, page))
        run.check("a search box on every page type", lambda: search_box_everywhere(run, page))
        run.check("home page counts findings by class", lambda: home_counts_by_class(run, page))
        run.check("CELAC page: status beside CLASI for Guatemala; the unnamed members named first", lambda: celac_statuses(run, page))
        run.check("no rendered quote has a footnote digit glued to a word", lambda: no_glued_footnotes(run, page))
        run.check("every record page has 'Cite this' with 10233/22 and a paragraph", lambda: cite_blocks(run, page))
        run.check("Spanish pages under es/ with lang=es and a language switch both ways", lambda: spanish_and_switch(run, page))
        run.check("the ZIP opens and holds every CSV", lambda: zip_holds_every_csv(run))
        run.check("a printed country page keeps every column of its table", lambda: printed_country_keeps_columns(run, page))
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
