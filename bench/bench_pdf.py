"""Benchmark: worksheet + answer key for the seed quiz with ReportLab, warm,
beside headless Chromium printing the same quiz's HTML page to PDF.

    .venv/bin/python bench/bench_pdf.py [--runs 10] [--count 12]

Generation (spaCy) happens once, outside the timings. The ReportLab figure
is the median of ``--runs`` warm renders (fonts registered, first render
discarded); Chromium is started fresh for each print, as a teacher's
"print to PDF" would. Prints figures only: no assertions on time.
"""
from __future__ import annotations

import argparse
import html
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "articles" / "00-north-korea-troops-russia.txt"
TARGET_MS = 150
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def seed_worksheet(count: int):
    from quizgen.articles import parse_article
    from quizgen.articles.readers import read_upload
    from quizgen.generate import generate_questions
    from quizgen.pdf import Worksheet

    document = read_upload(SEED.name, SEED.read_bytes())
    parsed = parse_article(document.text, title=document.title)
    result = generate_questions(parsed, count=count, seed=0)
    return Worksheet(parsed.title, list(result.questions), article=parsed.to_dict(),
                     join_code="K7Q2PX9M", join_url="http://quizgen.local/join/K7Q2PX9M")


def quiz_html(ws) -> str:
    """A plain printable HTML page of the quiz: article, then the questions."""
    from quizgen.pdf.model import arrange

    e = html.escape
    parts = [(f"<!doctype html><html><head><meta charset='utf-8'><title>{e(ws.title)}</title><style>"
              "body{font-family:serif;font-size:11.5pt;line-height:1.45;margin:0.7in}"
              "h1{font-family:sans-serif}ol.opts{list-style:upper-alpha}.q{break-inside:avoid;margin:1em 0}"
              ".lines div{border-bottom:1px solid #999;height:24px}</style></head><body>"),
             f"<h1>{e(ws.title)}</h1><p>Name ________ Class ____ Date ____</p>"]
    art = ws.article or {}
    parts.append(f"<h2>{e(art.get('title') or '')}</h2>")
    for i, p in enumerate(art.get("paragraphs") or [], 1):
        parts.append(f"<p><b>{i}</b> {e(p)}</p>")
    for section in arrange(ws.questions):
        parts.append(f"<h3>{e(section.title)}</h3><p><i>{e(section.note)}</i></p>")
        for n, q in section.items:
            parts.append(f"<div class='q'><p><b>{n}.</b> {e(q.prompt)} [{ws.points_for(q)}]</p>")
            if q.choices:
                parts.append("<ol class='opts'>" + "".join(f"<li>{e(c)}</li>" for c in q.choices) + "</ol>")
            if q.type == "short_answer":
                parts.append("<div class='lines'>" + "<div></div>" * 5 + "</div>")
            parts.append("</div>")
    parts.append("</body></html>")
    return "".join(parts)


def chromium_binary() -> str | None:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--chromium-runs", type=int, default=3)
    args = parser.parse_args()

    from quizgen.pdf import render_worksheet

    ws = seed_worksheet(args.count)
    print(f"seed quiz: {len(ws.questions)} questions, {len(ws.article['paragraphs'])} paragraphs")
    t0 = time.perf_counter()
    render_worksheet(ws)
    render_worksheet(ws, key=True)
    cold = (time.perf_counter() - t0) * 1000
    sheet_ms, key_ms, wall, cpu = [], [], [], []
    for _ in range(args.runs):
        w0, c0 = time.perf_counter(), time.process_time()
        sheet = render_worksheet(ws)
        w1 = time.perf_counter()
        key = render_worksheet(ws, key=True)
        w2 = time.perf_counter()
        sheet_ms.append((w1 - w0) * 1000)
        key_ms.append((w2 - w1) * 1000)
        wall.append((w2 - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    rl = statistics.median(wall)
    print(f"ReportLab worksheet + key, first (font registration): {cold:7.1f} ms")
    print(f"ReportLab, warm, {args.runs} runs (ms)     median      min")
    print(f"  worksheet                        {statistics.median(sheet_ms):7.1f}  {min(sheet_ms):7.1f}")
    print(f"  answer key                       {statistics.median(key_ms):7.1f}  {min(key_ms):7.1f}")
    print(f"  worksheet + key (wall)           {rl:7.1f}  {min(wall):7.1f}   target median <= {TARGET_MS} ms: "
          f"{'met' if rl <= TARGET_MS else 'NOT met'}")
    print(f"  worksheet + key (CPU)            {statistics.median(cpu):7.1f}  {min(cpu):7.1f}")
    print(f"  sizes: worksheet {len(sheet) / 1024:.0f} KiB, key {len(key) / 1024:.0f} KiB")
    if ws.join_url:
        # Not in the warm figures: the QR matrix is cached per join URL, so only
        # the first print of a newly published quiz in a process pays for it.
        from quizgen.pdf.layout import qr_modules

        q0 = time.perf_counter()
        qr_modules.__wrapped__(ws.join_url)
        print(f"  (first print of a new join URL also encodes its QR code: {(time.perf_counter() - q0) * 1000:.1f} ms)")

    binary = chromium_binary()
    if not binary:
        print("Chromium: not installed, no comparison")
        return
    if args.chromium_runs < 1:
        return
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "quiz.html"
        page.write_text(quiz_html(ws), encoding="utf-8")
        times = []
        for i in range(args.chromium_runs):
            out = Path(tmp) / f"quiz-{i}.pdf"
            c0 = time.perf_counter()
            done = subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                                   f"--print-to-pdf={out}", page.as_uri()], check=False, capture_output=True,
                                  timeout=120)
            elapsed = (time.perf_counter() - c0) * 1000
            if done.returncode != 0 or not out.exists():
                print(f"Chromium failed (exit {done.returncode}): {done.stderr.decode(errors='replace')[-300:]}")
                return
            times.append(elapsed)
    ch = statistics.median(times)
    print(f"Chromium --print-to-pdf of the quiz HTML (worksheet only), median of {len(times)}: {ch:7.1f} ms")
    print(f"ratio Chromium / ReportLab (worksheet + key): {ch / rl:5.1f}x; "
          f"/ ReportLab worksheet alone: {ch / statistics.median(sheet_ms):5.1f}x")


if __name__ == "__main__":
    main()
