"""Quizzes for the export tests: the sample article's default quiz, a hand-made
quiz with one question of every type, and the same quiz in hostile text
(every format's special characters, Hangul and emoji); plus gift-pegjs.

gift-pegjs comes from the npm registry (``make gift-pegjs`` puts it in
.cache/gift) and runs under node: without them the GIFT parser tests skip
with the reason, and fail under CI=true (.ci/run installs npm).
"""
from __future__ import annotations

import functools
import json
import shutil
import subprocess
from pathlib import Path

from quizgen.articles import parse_article
from quizgen.exports import ExportItem, ExportSource
from quizgen.exports.sources import source_for_questions
from quizgen.questions import BLANK, FACT_OPINION, TRUE_FALSE, TYPES, Evidence, Question
from tests.conftest import ARTICLE_TEXT, SEED, make_questions
from tests.missing_tool import skip_or_fail

ROOT = Path(__file__).resolve().parent.parent
GIFT_PEGJS = ROOT / ".cache" / "gift" / "node_modules" / "gift-pegjs" / "pegjs-gift.js"

#: Every format's special characters in one line: GIFT ``= ~ # { } : \``, XML/HTML
#: ``< > & " '`` and a CDATA end, Cloze ``}``/``#``/``~``, Hangul and emoji.
HOSTILE = 'Tom said: "A = B" ~ C # {x} <b>&amp;</b> it\'s 50%, \\n 한국어 뉴스 🎉 ]]>'
#: Short enough for Kahoot's 75-character answers.
SHORT = '= ~ # { } : < > & " \' \\ 한국어 🎉'


@functools.lru_cache(maxsize=1)
def seed_source() -> ExportSource:
    """The sample article's default quiz (generated once per test session)."""
    parsed = parse_article(SEED.read_text(encoding="utf-8"))
    from quizgen.generate import generate_questions

    return source_for_questions(parsed.title, list(generate_questions(parsed).questions), parsed.to_dict())


def every_type_source() -> ExportSource:
    """conftest's hand-made quiz (one question of each type) about the library article."""
    parsed = parse_article(ARTICLE_TEXT)
    source = source_for_questions("Library quiz", make_questions(parsed.paragraphs), parsed.to_dict())
    assert {i.question.type for i in source.items} == set(TYPES)
    return source


def hostile_source() -> ExportSource:
    """One question of every type whose every text is hostile."""
    paragraphs = [f"First {HOSTILE}", f"Second {SHORT}"]
    evidence = [Evidence(0, 0, len(paragraphs[0]), paragraphs[0])]
    explanation = f"Because {HOSTILE}\nand a second line"

    def q(qid, qtype, prompt, answer, **extra):
        return Question(id=qid, type=qtype, skill="fact", prompt=prompt, answer=answer, evidence=evidence,
                        explanation=explanation, **extra)

    questions = [
        q("h-mc", "multiple_choice", f"Which {SHORT}?", f"%50% {SHORT}",
          choices=[f"%50% {SHORT}", "[html] <i>not</i> html", "~tilde~ & #hash# {brace}", "한국 🎉 -> arrow"]),
        q("h-tf", "true_false", f"{HOSTILE} is true.", "False", choices=list(TRUE_FALSE)),
        q("h-fo", "fact_or_opinion", HOSTILE, "Opinion", choices=list(FACT_OPINION)),
        q("h-cl", "cloze", f"{SHORT} before {BLANK} after {HOSTILE}", "{50%} = ~half~ #1 & 'q'",
          accepted=["a\\b}", "한글 🎉"]),
        q("h-wb", "cloze", f"Bank {SHORT} {BLANK}.", "x = <y>", word_bank=["~w~", "x = <y>", "한 🎉 & #"]),
        q("h-sa", "short_answer", f"Why {HOSTILE}?", f"Because {HOSTILE}",
          rubric=[{"points": 2, "criterion": f"names {SHORT}"}]),
        q("h-ma", "matching", f"Match {SHORT}", [[f"A = {SHORT}", "one ~ 1 & <1>"], ["한국 🎉 {b}", "two: #2"]],
          choices=["two: #2", "one ~ 1 & <1>", "three }3{"]),
        q("h-or", "ordering", f"Order {SHORT}", [f"first {SHORT}", "second 🎉", 'third "3" ]]>']),
    ]
    items = [ExportItem(n, question, n) for n, question in enumerate(questions, 1)]
    return ExportSource(title=f"Quiz {HOSTILE}", items=items, article_title=f"Article {HOSTILE}",
                        paragraphs=paragraphs)


def sources() -> dict[str, ExportSource]:
    return {"seed": seed_source(), "every-type": every_type_source(), "hostile": hostile_source()}


# ---------------------------------------------------------------- gift-pegjs

def gift_parse(data: bytes) -> list[dict]:
    """The questions gift-pegjs reads from a GIFT file (a parse error fails the test)."""
    node = shutil.which("node")
    if node is None or not GIFT_PEGJS.is_file():
        skip_or_fail(f"node or gift-pegjs is missing ({GIFT_PEGJS.relative_to(ROOT)}): run `make gift-pegjs` "
                     "(npm install --prefix .cache/gift gift-pegjs@1); .ci/run installs npm.")
    script = ("const p = require(process.argv[1]); let s = '';"
              "process.stdin.on('data', c => s += c).on('end', () =>"
              " process.stdout.write(JSON.stringify(p.parse(s))));")
    done = subprocess.run([node, "-e", script, str(GIFT_PEGJS)], input=data, capture_output=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


#: gift-pegjs leaves its escape placeholders in a matching pair's right side (it
#: skips its own decoding there; Moodle decodes them).
_PLACEHOLDERS = {"&&092;": "\\", "&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{", "&&125;": "}",
                 "&&126;": "~", "&&010": "\n"}


def decode_placeholders(text: str) -> str:
    for placeholder, char in _PLACEHOLDERS.items():
        text = text.replace(placeholder, char)
    return text
