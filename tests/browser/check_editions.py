#!/usr/bin/env python3
"""Drives the explorer built from two editions in a real browser, from file://.

Usage: check_editions.py SITE_DIR AXE_JS SCREENSHOT_DIR

The site is the compiled-in report (the older edition, under editions/10233-22/) and a copy of its
JSON export with one participation removed and one status changed (tests/browser/next_edition.py;
the newer edition, at the root), built with `eu-celac-drugs-explorer --with-compiled-in --from …`.
Chromium is Debian's, launched by Playwright with `executable_path` (see check_site.py).

* The edition switch works both ways, in English and Spanish, and marks the edition shown; an older
  edition's pages say so and link to the same page in the newest.
* The page of what changed shows both changes with the words of both editions, in both languages,
  and its links lead to the older edition's record.
* axe-core finds no violation on the pages of both editions and the pages of what changed.
* Screenshots go to SCREENSHOT_DIR for review; no page scrolls sideways at 390 px.

Prints one line per check and, last, "editions: N passed, M failed"; exits 1 if any failed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from check_site import ARGS, CHROMIUM, Run, empty, headings_in_order  # noqa: E402

OLD = "editions/10233-22/"
SWITCH = "nav.edition-switch"
PAGES = [
    "index.html",
    "changes.html",
    "es/changes.html",
    "record/clasi.html",
    "es/country/pe.html",
    OLD + "index.html",
    OLD + "record/clasi.html",
    OLD + "es/index.html",
    OLD + "record/chapter-10.html",
]
SCREENSHOTS = ["changes.html", "index.html", OLD + "record/clasi.html", "es/changes.html", OLD + "es/index.html"]


def axe_all(run: Run, page: Page, axe_js: Path, path: str) -> None:
    """Every violation axe finds, whatever its impact."""
    page.goto(run.url(path))
    page.wait_for_load_state("load")
    # Open every "words of each edition" so that axe sees the quotes too.
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    run.auditing = True
    try:
        page.add_script_tag(path=str(axe_js))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    finally:
        page.wait_for_timeout(50)
        run.auditing = False
    bad = result["violations"]
    if bad:
        lines = [f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['html'][:160]}" for v in bad]
        raise AssertionError(f"{path}: " + "; ".join(lines))


def marked(page: Page) -> list[str]:
    return page.locator(f"{SWITCH} a[aria-current=true]").all_inner_texts()


def switch_both_ways(run: Run, page: Page) -> None:
    for path in ("record/clasi.html", "country/pe.html", "es/country/pe.html", "index.html"):
        page.goto(run.url(path))
        nav = page.get_by_role("navigation", name=re.compile("Editions of the report|Ediciones del informe"))
        if nav.count() != 1:
            raise AssertionError(f"{path}: {nav.count()} navigations named for the editions")
        links = nav.locator("a")
        if links.count() != 3:
            raise AssertionError(f"{path}: the switch has {links.count()} links: {links.all_inner_texts()}")
        newer = marked(page)
        if len(newer) != 1 or "edition 2" not in newer[0] and "edición 2" not in newer[0]:
            raise AssertionError(f"{path}: the switch marks {newer}, not the newer edition")
        # To the older edition: the same page there.
        links.first.click()
        page.wait_for_url(re.compile(rf".*/{re.escape(OLD + path)}$"))
        older = marked(page)
        if len(older) != 1 or older[0] == newer[0]:
            raise AssertionError(f"{OLD}{path}: the switch marks {older}")
        lang = "es" if path.startswith("es/") else "en"
        if page.evaluate("document.documentElement.lang") != lang:
            raise AssertionError(f"{OLD}{path} is not in {lang}")
        # The older edition says so, with a link to the same page in the newest.
        notice = page.locator("main p.older-edition a")
        if notice.count() != 1 or not (notice.get_attribute("href") or "").endswith(path.removeprefix("es/")):
            raise AssertionError(f"{OLD}{path}: no notice of an older edition linking to {path}")
        # And back.
        page.locator(f"{SWITCH} a").nth(1).click()
        page.wait_for_url(re.compile(rf".*/(?<!10233-22/){re.escape(path)}$"))
        if "/editions/" in page.url or marked(page) != newer:
            raise AssertionError(f"the switch back from {OLD}{path} lands on {page.url} marking {marked(page)}")


def changes_page(run: Run, page: Page) -> None:
    page.goto(run.url(OLD + "index.html"))
    page.locator(f"{SWITCH} .changes-link a").click()
    page.wait_for_url(re.compile(r".*/changes\.html$"))
    if "/editions/" in page.url:
        raise AssertionError(f"the older edition's 'What changed' leads to {page.url}")
    if page.locator(f"{SWITCH} .changes-link a[aria-current=page]").count() != 1:
        raise AssertionError("the switch does not mark 'What changed' as the page shown")
    belize = page.locator("section.country-changes", has=page.locator("#inv-bz"))
    text = belize.inner_text()
    for want in ("Belize", "lost", "Chapter 10 (Citizen Security)", "coordinator (completed)",
                 "CELAC (Panama and Belize, in their capacity as Chapter 10 Coordinators)", "its record of"):
        if want not in text:
            raise AssertionError(f"Belize's changes do not show {want!r}: {text!r}")
    peru = page.locator("section.country-changes", has=page.locator("#inv-pe")).inner_text()
    if "status changed" not in peru or "member (applicant) → member (active)" not in peru:
        raise AssertionError(f"Peru's change is not shown: {peru!r}")
    if peru.count("Peru has also signed the request to become a member") != 2:
        raise AssertionError(f"Peru's change does not show the words of both editions: {peru!r}")
    for want in ("edition 1", "edition 2"):
        if want not in peru:
            raise AssertionError(f"Peru's change does not name {want}")
    # Seizures side by side: a column per edition.
    headers = page.locator("#seizures ~ .table-wrap thead th").all_inner_texts()
    if len(headers) != 3 or "edition 1" not in headers[1] or "edition 2" not in headers[2]:
        raise AssertionError(f"the seizures table's columns are {headers}")
    # A quote of the older edition leads to its record there.
    belize.locator("a", has_text="open it in that edition").first.click()
    page.wait_for_url(re.compile(rf".*/{re.escape(OLD)}record/chapter-10\.html#r-chapter-10\.coordinator\.bz$"))
    if not page.locator("[id='r-chapter-10.coordinator.bz']").count():
        raise AssertionError("the older edition's page has no anchor for Belize's participation")
    # In Spanish.
    page.goto(run.url("es/changes.html"))
    es = page.locator("main").inner_text()
    for want in ("Qué cambió", "perdida", "cambio de estado", "miembro (solicitante) → miembro (activo)"):
        if want not in es:
            raise AssertionError(f"the Spanish page of what changed does not show {want!r}")
    if page.locator("blockquote.quote p").first.get_attribute("lang") != "en":
        raise AssertionError("a quote on the Spanish page is not marked lang=en")


def home_links_to_changes(run: Run, page: Page) -> None:
    page.goto(run.url("index.html"))
    section = page.locator("section.editions")
    if not section.count():
        raise AssertionError("the home page lists no editions")
    section.locator(".changes-links a").first.click()
    page.wait_for_url(re.compile(r".*/changes\.html$"))
    if page.locator("h1").inner_text() != "What changed":
        raise AssertionError(f"the home page's link leads to {page.url}")


def no_overflow(run: Run, page: Page) -> None:
    for path in SCREENSHOTS:
        page.goto(run.url(path))
        wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if wide > 1:
            raise AssertionError(f"{path} scrolls sideways by {wide} px")


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
        run.check("the edition switch leads to the same page in the other edition and back", lambda: switch_both_ways(run, page))
        run.check("what changed: both changes with both editions' words, in English and Spanish", lambda: changes_page(run, page))
        run.check("the home page links to what changed", lambda: home_links_to_changes(run, page))
        for path in PAGES:
            run.check(f"headings in order on {path}", lambda path=path: headings_in_order(run, page, path))
            run.check(f"axe: no violation on {path}", lambda path=path: axe_all(run, page, axe_js, path))
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
    print(f"editions: {len(run.passed)} passed, {len(run.failed)} failed")
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
