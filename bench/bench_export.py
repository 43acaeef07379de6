"""Benchmark: the static export and the share pages, each against a baseline measured in the same run.

1. Exporting the whole site (a page, an embed and a card per figure, the charts, the snapshot, the data
   files) against exporting one figure's page and one card: what one more figure costs, Chromium's start
   included in both.
2. A figure's share page against the dashboard's permalink for the same figure, both opened on a
   phone-sized viewport (390 x 844), each from `goto` until the marked words of its sentence are on screen.
3. Sizes: the snapshot (limit 1.5 MB), the largest figure page (limit 100 KB), an embed, the cards.
4. A generated release of 10,000 indicators, snapshot and data files only.
5. The briefing pack (issue 18): the whole export with the offline slides and the press pack against the
   same export without them; the press pack alone (its charts drawn and the pack printed, Chromium's starts
   included), target under 10 s; the sizes of `slides/index.html` and `press-pack.pdf` for this release
   and for a generated release of 1,000 figures; the same for each Chinese script (issue 28: the slides in Chinese
   under 1.5 MB, their type inside).

    python bench/bench_export.py [--repeat N] [--loads N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_validate import generate, median_seconds
from indicators import load
from indicators.model.library import Library
from indicators.outputs import fonts
from indicators.outputs.cards import card_plot, draw
from indicators.outputs.export import export
from indicators.outputs.pack import offline_slides_html, press_pack_pdf
from indicators.outputs.site import Site, figure_page_html
from indicators.view.briefing import build_briefing_view
from indicators.view.language import SIMPLIFIED, TRADITIONAL
from indicators.view.urls import PRESS_PACK_PATH, SLIDES_PATH, ShareSite, briefing_path
from tests.browser.harness import CHROMIUM_FLAGS, Server, chromium_path, wait_for_app

FIGURE = "family-doctor-signing-rate"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def one_page_and_card(release, folder: Path) -> None:
    site = Site(Library.of_one(release), ShareSite("https://figures.example.org/baoshan"))
    briefing = site.view(release)
    view = briefing.by_id[FIGURE]
    (folder / "page.html").write_text(figure_page_html(site, briefing, view), encoding="utf-8")
    draw([card_plot(briefing, view)], [folder / "card.png"], [(1200, 630)])


def open_seconds(browser, url: str, mark: str, streamlit: bool) -> float:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    if streamlit:
        wait_for_app(page)
    page.locator(mark).first.wait_for(state="visible", timeout=60_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # one line per request would bury the results
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--loads", type=int, default=9)
    args = parser.parse_args()
    release = load(ROOT / "data" / "indicators.yaml")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        base = median_seconds(lambda: one_page_and_card(release, work), args.repeat)
        site_url = "https://figures.example.org/baoshan"
        whole = median_seconds(lambda: export(Library.of_one(release), work / "site", base_url=site_url), args.repeat)
        site = work / "site"
        pages = [p.stat().st_size for p in (site / "figures").glob("*/index.html")]
        cards = [p.stat().st_size for p in site.glob("**/cards/*.png")]  # in every language
        languages = 1 + sum(1 for folder in ("zh", "zh-hant") if (site / folder).is_dir())
        embed = (site / "embed" / FIGURE / "index.html").stat().st_size
        snapshot = (site / "index.html").stat().st_size
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        print(f"baseline: one figure's page and one card          {base * 1000:7.0f} ms")
        print(
            f"whole site in {languages} languages: {len(release.figures)} figure pages and embeds each (+"
            f"{len(pages) - len(release.figures)} at former ids), {len(cards)} cards, the charts, the snapshot, the pack "
            f"{whole * 1000:7.0f} ms  "
            f"{whole / base:5.2f}x the baseline ({whole / base / len(release.figures):.2f}x per figure)"
        )
        print(
            f"sizes: snapshot {snapshot / 1e6:.2f} MB (limit 1.5 MB); figure pages {min(pages) / 1e3:.1f}-"
            f"{max(pages) / 1e3:.1f} KB (limit 100 KB); embed {embed / 1e3:.1f} KB; cards "
            f"{statistics.mean(cards) / 1e3:.0f} KB on average; whole site {total / 1e6:.1f} MB"
        )
        served = functools.partial(QuietHandler, directory=str(site))
        static = http.server.ThreadingHTTPServer(("127.0.0.1", 0), served)
        threading.Thread(target=static.serve_forever, daemon=True).start()
        dashboard = Server()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
                page_times, permalink_times = [], []
                for _ in range(args.loads):
                    page_url = f"http://127.0.0.1:{static.server_address[1]}/figures/{FIGURE}/"
                    page_times.append(open_seconds(browser, page_url, "blockquote mark", streamlit=False))
                    permalink = f"{dashboard.url}/people?figure={FIGURE}"
                    mark = "[data-testid='stDialog'] blockquote.source-sentence mark"
                    permalink_times.append(open_seconds(browser, permalink, mark, streamlit=True))
                browser.close()
        finally:
            dashboard.stop()
            static.shutdown()
        page_load, permalink_load = statistics.median(page_times), statistics.median(permalink_times)
        print(
            f"on a phone, to the marked words (median of {args.loads}): share page {page_load * 1000:6.0f} ms, "
            f"dashboard permalink {permalink_load * 1000:6.0f} ms: the page takes {page_load / permalink_load:.2f}x"
        )
        without_pack = median_seconds(
            lambda: export(Library.of_one(release), work / "plain", base_url=site_url, pack=False), args.repeat
        )
        share = ShareSite(site_url)
        view = build_briefing_view(Library.of_one(release), release)
        alone = median_seconds(lambda: press_pack_pdf(view, share, dt.date.today()), args.repeat)
        slides_size = (site / SLIDES_PATH).stat().st_size
        pdf_size = (site / PRESS_PACK_PATH).stat().st_size
        print(
            f"pack: whole export with it {whole * 1000:7.0f} ms, without it {without_pack * 1000:7.0f} ms "
            f"({whole / without_pack:.2f}x); the press pack alone {alone:.1f} s (target 10 s: "
            f"{'meets' if alone < 10 else 'MISSES'}); slides/index.html {slides_size / 1e6:.2f} MB, "
            f"press-pack.pdf {pdf_size / 1e6:.2f} MB (limit 3 MB)"
        )
        for language in (SIMPLIFIED, TRADITIONAL):
            chinese = build_briefing_view(Library.of_one(release), release, language)
            seconds = median_seconds(lambda v=chinese: press_pack_pdf(v, share, dt.date.today()), args.repeat)
            folder = site / briefing_path(None, language)
            slides_file = (folder / SLIDES_PATH).read_text(encoding="utf-8")
            faces = slides_file.count(f'font-family: "{fonts.FAMILY}"')  # its Chinese type inside: regular, bold
            print(
                f"pack in {language.name}: the press pack alone {seconds:.1f} s ({seconds / alone:.2f}x the English; "
                f"target 10 s: {'meets' if seconds < 10 else 'MISSES'}); slides/index.html "
                f"{(folder / SLIDES_PATH).stat().st_size / 1e6:.2f} MB (limit 1.5 MB) with {faces} Chinese faces inside, "
                f"press-pack.pdf "
                f"{(folder / PRESS_PACK_PATH).stat().st_size / 1e6:.2f} MB"
            )
        (work / "thousand").mkdir()
        thousand = load(generate(work / "thousand", 1_000))
        start = time.perf_counter()
        thousand_view = build_briefing_view(Library.of_one(thousand), thousand)
        slides = offline_slides_html(thousand_view, share, {})  # (a generated release has no charts to draw)
        pdf = press_pack_pdf(thousand_view, share, dt.date.today())
        seconds = time.perf_counter() - start
        print(
            f"1,000 figures: slides and press pack {seconds:.1f} s (the whole export also draws 1,000 cards); "
            f"slides/index.html {len(slides.encode()) / 1e6:.2f} MB, press-pack.pdf {len(pdf) / 1e6:.2f} MB"
        )
        (work / "big").mkdir()
        big = load(generate(work / "big", 10_000))
        big_time = median_seconds(lambda: export(Library.of_one(big), work / "big-out", images=False, pack=False), 1)
        print(
            f"10,000 indicators, snapshot + data files: {big_time * 1000:7.0f} ms; index.html "
            f"{(work / 'big-out' / 'index.html').stat().st_size / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
