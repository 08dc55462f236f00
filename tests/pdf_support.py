"""Helpers for the PDF tests: poppler tools, a hand-made quiz, page checks.

Poppler (pdftotext, pdffonts, pdftoppm) is a system package: without it the
PDF tests skip with the reason, except under CI=true, where they fail
(.ci/run installs poppler-utils).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from quizgen.pdf import Worksheet
from quizgen.questions import Evidence, Question
from tests.missing_tool import skip_or_fail

PARAGRAPHS = [
    "The town of Brookfield opened its new public library on Monday, March 3, 2025. "
    "Mayor Dana Ortiz cut the ribbon in front of 300 residents.",
    "The building cost 4 million dollars because the old roof had to be replaced. "
    "Critics said the money should have gone to the schools.",
    "“It is the best building in the county,” said librarian José Núñez — who has worked there since 1998.",
    "The library will stay open until 9 pm so that students can study after work.",
]


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path:
        return path
    message = f"{tool} (poppler-utils) is not installed"
    skip_or_fail(message + "; .ci/run installs it")


def _run(args: list[str], data: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "in.pdf"
        pdf.write_bytes(data)
        return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout.decode()


def pdf_text(data: bytes, page: int | None = None) -> str:
    """The PDF's text with whitespace collapsed (pdftotext)."""
    args = [require("pdftotext"), "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return flat(_run(args, data))


def pages_text(data: bytes) -> list[str]:
    require("pdftotext")
    raw = _run([require("pdftotext"), "-enc", "UTF-8"], data)
    return [flat(p) for p in raw.split("\f")[:-1]]


def flat(text: str) -> str:
    return " ".join(str(text).split())


def pdffonts(data: bytes) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "in.pdf"
        pdf.write_bytes(data)
        out = subprocess.run([require("pdffonts"), str(pdf)], check=True, capture_output=True,
                             timeout=60).stdout.decode()
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni objectID gen: read from the right.
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_images(data: bytes, dpi: int = 30, first: int | None = None, last: int | None = None):
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "in.pdf"
        pdf.write_bytes(data)
        args = [require("pdftoppm"), "-r", str(dpi), "-gray", "-png"]
        if first:
            args += ["-f", str(first)]
        if last:
            args += ["-l", str(last)]
        subprocess.run([*args, str(pdf), str(Path(tmp) / "page")], check=True, capture_output=True, timeout=60)
        files = sorted(Path(tmp).glob("page*.png"), key=lambda p: int(re.findall(r"\d+", p.stem)[-1]))
        return [Image.open(f).copy() for f in files]


def ink_variance(image) -> float:
    from PIL import ImageStat

    return ImageStat.Stat(image.convert("L")).var[0]


def page_count(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def article() -> dict:
    sentences = []
    for p, text in enumerate(PARAGRAPHS):
        start = 0
        for i, part in enumerate(re.split(r"(?<=[.!?”]) (?=[A-Z“])", text)):
            begin = text.index(part, start)
            sentences.append({"id": f"p{p}s{i}", "paragraph": p, "index": i, "start": begin,
                              "end": begin + len(part), "text": part})
            start = begin + len(part)
    return {"title": "Town opens a new library", "byline": "By Sam Reyes", "author_lines": ["By Sam Reyes"],
            "dateline": None, "captions": ["The new library on opening day. Photo: Town of Brookfield"],
            "headings": [], "paragraphs": list(PARAGRAPHS), "sentences": sentences}


def ev(p: int, needle: str) -> list[Evidence]:
    start = PARAGRAPHS[p].index(needle)
    return [Evidence(p, start, start + len(needle), needle)]


def questions() -> list[Question]:
    """One question of every type (two fact/opinion), all with evidence."""
    return [
        Question(id="mc1", type="multiple_choice", skill="fact", prompt="Who cut the ribbon at the library?",
                 choices=["Dana Ortiz", "Lee Park", "Sam Reyes", "Ana Cruz"], answer="Dana Ortiz",
                 evidence=ev(0, "Mayor Dana Ortiz cut the ribbon"), explanation="The article names the mayor."),
        Question(id="short1", type="short_answer", skill="inference", prompt="Why did the building cost so much?",
                 answer="Because the old roof had to be replaced", accepted=["The roof needed replacing"],
                 evidence=ev(1, "The building cost 4 million dollars because the old roof had to be replaced."),
                 rubric=[{"points": 1, "criterion": "Names the roof as the cause"},
                         {"points": 1, "criterion": "Answers in a complete sentence"}]),
        Question(id="tf1", type="true_false", skill="fact", prompt="The library closes at 5 pm.",
                 choices=["True", "False"], answer="False", evidence=ev(3, "open until 9 pm"),
                 explanation="False. The article says it stays open until 9 pm, not 5 pm."),
        Question(id="cl1", type="cloze", skill="fact", prompt="The mayor cut the ribbon in front of ______ residents.",
                 answer="300", accepted=["three hundred"], word_bank=["300", "250", "3,000", "30"],
                 evidence=ev(0, "in front of 300 residents")),
        Question(id="cl2", type="cloze", skill="fact", prompt="The library opened in the town of ______.",
                 answer="Brookfield", word_bank=["Brookfield", "Springfield", "Fairview", "300"],
                 evidence=ev(0, "The town of Brookfield")),
        Question(id="mat1", type="matching", skill="fact", prompt="Match each person with their role.",
                 answer=[["Dana Ortiz", "mayor"], ["José Núñez", "librarian"], ["Sam Reyes", "reporter"]],
                 evidence=ev(2, "said librarian José Núñez")),
        Question(id="ord1", type="ordering", skill="sequence", prompt="Put these events in the order they happened.",
                 answer=["Núñez starts work", "The roof is replaced", "The library opens"],
                 evidence=ev(2, "who has worked there since 1998")),
        Question(id="fo1", type="fact_or_opinion", skill="opinion", prompt="It is the best building in the county.",
                 choices=["Fact", "Opinion"], answer="Opinion", evidence=ev(2, "It is the best building in the county")),
        Question(id="fo2", type="fact_or_opinion", skill="opinion", prompt="The library opened on March 3, 2025.",
                 choices=["Fact", "Opinion"], answer="Fact", evidence=ev(0, "opened its new public library on Monday, March 3, 2025")),
    ]


def worksheet(**kw) -> Worksheet:
    data = dict(title="Brookfield library quiz", questions=questions(), article=article(),
                instructions="Read the article, then answer all questions.")
    data.update(kw)
    return Worksheet(**data)


def many_mc(n: int = 24) -> list[Question]:
    """Enough multiple-choice questions (with long options) to fill several pages."""
    out = []
    for i in range(n):
        out.append(Question(
            id=f"m{i}", type="multiple_choice", skill="fact",
            prompt=f"Question number {i + 1}: which statement about the library is supported by paragraph {i % 4 + 1}?",
            choices=[f"Option {c} of question {i + 1}, a fairly long answer choice that fills a line" for c in "pqrs"],
            answer=f"Option p of question {i + 1}, a fairly long answer choice that fills a line",
            evidence=ev(0, "Mayor Dana Ortiz")))
    return out
