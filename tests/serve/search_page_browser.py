#!/usr/bin/python3
"""The search page in a real browser: headless Chromium, driven over WebDriver (chromedriver and
Debian's python3-selenium), uses the page as a person would: types a query, clicks a facet value,
removes the filter, pages on, types a malformed query. Each time what the page shows is checked
against morgue-serve's JSON API: the headlines of the page of hits, the total, the facet counts, the
filter applied (every hit carries the value; the total is the facet's count and the API's with the
filter). A screenshot of the results is saved. Everything runs on 127.0.0.1, within time limits.

Exits 77 (ctest's SKIP_RETURN_CODE) saying SKIPPED when chromium, chromedriver or selenium is absent.
Usage: search_page_browser.py --index MORGUE_INDEX --serve MORGUE_SERVE --corpora DIR --screenshot PNG
"""
import argparse
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

SKIPPED = 77
PAGE = 10  # hits per page, as the page asks for them
WAIT_SECONDS = 20  # for one answer to appear on the page
TOTAL_SECONDS = 240  # for the whole test
# The page asks for these facets; the sidebar shows the last five.
PAGE_FACETS = ["year", "month", "topic", "place", "source", "byline", "section"]
# The field of an article's JSON that holds each facet's values.
FACET_FIELDS = {"topic": "topics", "place": "places", "source": "source", "byline": "byline", "section": "section"}
# The project's samples, in formats every article of which is read (so indexing exits 0).
SAMPLES = ["jsonl/sample.jsonl", "news-pages/*.txt", "trec", "html/0*.html", "html/1[0-8]*.html", "feeds", "nitf",
           "csv", "mail", "plain-text", "cjk"]


def skip_unless_browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    missing = [name for name, path in (("chromium", chromium), ("chromium-driver", driver)) if not path]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("python3-selenium")
    if missing:
        print(f"SKIPPED: {', '.join(missing)} not installed (scripts/install-deps.sh installs them)")
        sys.exit(SKIPPED)
    return chromium, driver


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout(f"the browser test took over {TOTAL_SECONDS} s")


def index_samples(morgue_index, corpora, database):
    import glob
    inputs = sorted(path for pattern in SAMPLES for path in glob.glob(os.path.join(corpora, pattern)))
    done = subprocess.run([morgue_index, "--db", database, "--quiet", *inputs], capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0:
        raise AssertionError(f"morgue-index exited with {done.returncode}: {done.stderr}")


class Server:
    """morgue-serve on 127.0.0.1 and a port the system picks, stopped with SIGTERM."""

    def __init__(self, morgue_serve, database):
        self.process = subprocess.Popen([morgue_serve, "--db", database, "--listen", "127.0.0.1:0", "--threads", "2"],
                                        stdout=subprocess.PIPE, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], 30)
        line = self.process.stdout.readline() if ready else ""
        if not line.startswith("listening on http://127.0.0.1:"):
            self.stop()
            raise AssertionError(f"morgue-serve did not start: {line!r}")
        self.base = line.split()[-1].rstrip("/")

    def api(self, path, **parameters):
        """GET path?parameters (lists repeat the parameter), as JSON; an HTTP error's body too."""
        query = urllib.parse.urlencode(parameters, doseq=True)
        try:
            with urllib.request.urlopen(f"{self.base}{path}{'?' + query if query else ''}", timeout=10) as answer:
                return json.load(answer)
        except urllib.error.HTTPError as error:
            return json.load(error)

    def search(self, q, offset=0):
        return self.api("/search", q=q, limit=PAGE, offset=offset, facet=PAGE_FACETS)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_browser(chromium, chromedriver, work):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--user-data-dir={work}/profile", "--window-size=1200,1100", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                     "--disable-background-networking", "--disable-component-update",
                     # Loopback only: every other host name resolves to nothing.
                     "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]:
        options.add_argument(argument)
    service = Service(executable_path=chromedriver, log_path=os.path.join(work, "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(10)
    return driver


# What the page shows, read from its DOM in one go.
READ_PAGE = """
const results = document.getElementById("results");
const text = (element) => element ? element.textContent : "";
return {
  busy: results.getAttribute("aria-busy"),
  hash: decodeURIComponent(location.hash),
  summary: text(document.getElementById("summary")),
  error: text(document.getElementById("error")),
  headlines: [...document.querySelectorAll("#hits .hit h2 a")].map((a) => a.textContent),
  ids: [...document.querySelectorAll("#hits .hit h2 a")].map((a) => decodeURIComponent(a.getAttribute("href").slice(10))),
  highlighted: document.querySelectorAll("#hits .snippet em").length,
  filters: [...document.querySelectorAll("#filters .filter")].map((chip) => chip.firstChild.textContent),
  pages: text(document.getElementById("pages")),
};
"""


class Page:
    def __init__(self, driver):
        self.driver = driver

    def read(self):
        return self.driver.execute_script(READ_PAGE)

    def wait_for(self, what, done):
        """The page's state once done(state) holds and no answer is awaited; fails after WAIT_SECONDS."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            state = self.read()
            if state["busy"] == "false" and done(state):
                return state
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not shown within {WAIT_SECONDS} s; the page shows {state}")
            time.sleep(0.05)

    def wait_for_hits(self, what, expected):
        """Waits for the page of hits the API answered `expected` with, and its total."""
        headlines = [hit["headline"] or "(no headline)" for hit in expected["hits"]]
        total = f"{expected['total']} article"
        state = self.wait_for(what, lambda s: s["headlines"] == headlines and s["summary"].startswith(total))
        print(f"ok: {what}: {len(headlines)} headlines as the API's, {state['summary']!r}")
        return state

    def type_query(self, text):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        box = self.driver.find_element(By.ID, "q")
        box.clear()
        box.send_keys(text + Keys.ENTER)

    def facet_values(self, facet):
        """(value, count, link) of each value the sidebar shows for facet."""
        from selenium.webdriver.common.by import By
        shown = []
        for link in self.driver.find_elements(By.CSS_SELECTOR, f"#facet-{facet} a.facet-value"):
            value, count = (span.text for span in link.find_elements(By.TAG_NAME, "span"))
            shown.append((value, int(count), link))
        return shown

    def click(self, element_id):
        from selenium.webdriver.common.by import By
        self.driver.find_element(By.ID, element_id).click()


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def check_facet_filter(page, server, query, facet, value, count, link):
    """Clicks facet=value and checks the filter: its chip, every hit carries the value, the total is
    the facet's count and the API's for the query with the filter. Returns the filter's text."""
    link.click()
    state = page.wait_for(f"the filter {facet}:{value}", lambda s: len(s["filters"]) == 1)
    applied = state["filters"][0]
    check(applied in (f"{facet}:{value}", f'{facet}:"{value}"'), f"clicking {facet} {value!r} gave the filter {applied!r}")
    filtered = server.search(f"({query}) AND {applied}")
    check(filtered["total"] == count, f"{applied}: the API finds {filtered['total']}, the facet counted {count}")
    state = page.wait_for_hits(f"'{query}' filtered by {applied}", filtered)
    for article_id in state["ids"]:
        article = server.api(f"/articles/{urllib.parse.quote(article_id, safe='')}")
        carried = article.get(FACET_FIELDS[facet])
        check(value == carried or (isinstance(carried, list) and value in carried),
              f"hit {article_id} has {facet} {carried!r}, not {value!r}")
    print(f"ok: every hit carries {facet} {value!r}; the total is the facet's count, {count}")
    return applied


def failure_screenshot(args):
    return os.path.splitext(args.screenshot)[0] + "-failed.png"


def run(args, chromium, chromedriver, work):
    if os.path.exists(failure_screenshot(args)):  # from an earlier run: not this one's
        os.remove(failure_screenshot(args))
    database = os.path.join(work, "samples.db")
    index_samples(args.index, args.corpora, database)
    server = Server(args.serve, database)
    driver = None
    try:
        driver = start_browser(chromium, chromedriver, work)
        page = Page(driver)
        driver.get(server.base + "/")
        page.wait_for("the empty page", lambda s: s["headlines"] == [] and s["summary"] == "")

        # A typed query: the first page of hits, as the API's, with highlighted snippets.
        query = "said"
        page.type_query(query)
        expected = server.search(query)
        check(expected["total"] > 2 * PAGE, f"the samples hold only {expected['total']} articles for '{query}'")
        state = page.wait_for_hits(f"the typed query '{query}'", expected)
        check(state["hash"] == f"#q={query}", f"the URL keeps the search: {state['hash']!r}")
        check(state["highlighted"] > 0, "no highlighted word in the snippets")
        driver.save_screenshot(args.screenshot)
        check(os.path.getsize(args.screenshot) > 10000, f"the screenshot {args.screenshot} is nearly empty")
        print(f"ok: screenshot saved to {args.screenshot}")

        # The facet sidebar: the API's values and counts, in its order.
        shown = page.facet_values("source")
        check([(v, c) for v, c, _ in shown] == [(f["value"], f["count"]) for f in expected["facets"]["source"]],
              f"facet source shows {[(v, c) for v, c, _ in shown]}, the API counted {expected['facets']['source']}")
        print(f"ok: facet source shows the API's {len(shown)} values and counts")

        # A click on a facet value filters; removing the chip brings the whole answer back.
        value, count, link = shown[0]
        check_facet_filter(page, server, query, "source", value, count, link)
        driver.find_element("css selector", "#filters .filter button").click()
        page.wait_for_hits("the filter removed", expected)

        # Paging on and back: the API's page at offset 10, then the first again.
        page.click("next")
        pages = -(-expected["total"] // PAGE)
        state = page.wait_for_hits("the next page", server.search(query, offset=PAGE))
        check("offset=10" in state["hash"], f"the URL keeps the page: {state['hash']!r}")
        check(f"page 2 of {pages}" in state["pages"], f"paging says {state['pages']!r}")
        page.click("previous")
        page.wait_for_hits("the previous page", expected)

        # Paging within a filter: a facet value holding more than a page, then its second page.
        query = "date:2024"
        page.type_query(query)
        expected = server.search(query)
        page.wait_for_hits(f"the typed query '{query}'", expected)
        value, count, link = next((v, c, l) for v, c, l in page.facet_values("source") if c > PAGE)
        applied = check_facet_filter(page, server, query, "source", value, count, link)
        page.click("next")
        state = page.wait_for_hits(f"the next page of {applied}", server.search(f"({query}) AND {applied}", offset=PAGE))
        check(state["filters"] == [applied], f"the filter is kept when paging: {state['filters']}")

        # A link to a search gives the same page.
        driver.get(server.base + "/#q=cocoa&filter=topic%3Acocoa")
        state = page.wait_for_hits("a linked search with a filter", server.search("(cocoa) AND topic:cocoa"))
        check(state["filters"] == ["topic:cocoa"], f"the linked filter shows as {state['filters']}")

        # A malformed query: the API's message, and nothing of the last answer left standing.
        page.type_query('"cocoa')
        refused = server.search('"cocoa')
        check("error" in refused, f"the API answered a malformed query with {refused}")
        state = page.wait_for("the refused query", lambda s: s["error"] == refused["error"])
        check(state["headlines"] == [] and not page.facet_values("topic"), f"hits or facets left from before: {state}")
        print(f"ok: a malformed query shows {refused['error']!r}")
        # Its parentheses must not close the page's own around it, "(cocoa) OR (oil) AND topic:cocoa".
        page.type_query("cocoa) OR (oil")
        refused = server.search("cocoa) OR (oil")
        check("error" in refused, f"the API answered an unpaired ')' with {refused}")
        state = page.wait_for("the unpaired parenthesis", lambda s: s["error"] == refused["error"])
        check(state["filters"] == ["topic:cocoa"] and state["headlines"] == [], f"with the filter kept: {state}")
        print(f"ok: with a filter on, an unpaired ')' shows {refused['error']!r}")
    except Exception:
        if driver is not None:
            failed = failure_screenshot(args)
            driver.save_screenshot(failed)
            print(f"the page when the test failed: {failed}", file=sys.stderr)
        raise
    finally:
        if driver is not None:
            driver.quit()
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", required=True, help="the morgue-index program")
    parser.add_argument("--serve", required=True, help="the morgue-serve program")
    parser.add_argument("--corpora", required=True, help="the project's corpora/ folder")
    parser.add_argument("--screenshot", required=True, help="where the PNG of the results goes")
    args = parser.parse_args()
    chromium, chromedriver = skip_unless_browser()
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(TOTAL_SECONDS)
    work = tempfile.mkdtemp(prefix="morgue-browser-")
    try:
        run(args, chromium, chromedriver, work)
    except (AssertionError, Timeout) as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
        shutil.rmtree(work, ignore_errors=True)
    print("the search page works in headless Chromium")
    return 0


if __name__ == "__main__":
    sys.exit(main())
