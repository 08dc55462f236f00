"""Moodle GIFT (.gift / .txt), read as Moodle's own importer reads it.

Moodle's rules (question/format/gift/format.php): a blank line ends a
question; lines starting with ``//`` are comments; ``$CATEGORY:`` lines name a
category; ``::title::`` names a question; ``[html]`` ``[moodle]`` ``[plain]``
``[markdown]`` give the text's format; ``\\`` escapes ``~ = # { } :`` and
``\\n`` is a newline. The answers are between the first ``{`` and the first
``}``: none at all is a description, empty an essay, ``~`` a multiple choice,
``=a -> b`` matching, ``T``/``F`` true/false, ``#`` numerical, otherwise a
short answer; text after the ``}`` makes a missing-word question. Weights are
``%50%``, feedback ``#…`` and general feedback ``####…``.

quizgen reads a multiple choice with text after the answers (missing word) as
a fill-in with a word bank, and a short answer as a typed fill-in.
"""
from __future__ import annotations

import re

from . import build
from .build import one_line
from .model import ImportFormat, ImportResult, Passage, Problem, Refusal, excerpt
from .text import check_size, decode, html_to_text, markdown_to_text

_ESCAPABLE = "\\~=#{}:"
#: Escaped specials are swapped for private-use characters while the structure is read.
_HIDE = {c: chr(0xE000 + ord(c)) for c in _ESCAPABLE}
_SHOW = str.maketrans({v: k for k, v in _HIDE.items()})
_PRIVATE = re.compile("[\ue000-\ue0ff]")
_ESCAPE = re.compile(r"\\(.)", re.S)
_TITLE = re.compile(r"^\s*::(.*?)::", re.S)
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.I)
_WEIGHT = re.compile(r"^%(-?\d+(?:[.,]\d+)?)%")
_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)\s*(#.*)?$", re.I | re.S)
#: Moodle's default format allows HTML; only text with a tag or an entity is read as HTML.
_LOOKS_HTML = re.compile(r"<[a-zA-Z/!]|&#?\w+;")
_CATEGORY = re.compile(r"^\s*\$CATEGORY:", re.I)


def _hide_escapes(text: str) -> str:
    text = _PRIVATE.sub("", text)
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else _HIDE.get(m.group(1), "\\" + m.group(1)), text)


def _show(text: str) -> str:
    return text.translate(_SHOW)


def blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each question: blank lines end one, comments are dropped."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if current:
                out.append((start, "\n".join(current)))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        out.append((start, "\n".join(current)))
    return out


# --------------------------------------------------------------------------- text and answers

def _render(text: str, fmt: str) -> str:
    """Hidden-escape text in a GIFT format → plain text on one line."""
    text = _show(text)
    if fmt == "html" or (fmt == "moodle" and _LOOKS_HTML.search(text)):
        return html_to_text(text)
    if fmt == "markdown":
        return markdown_to_text(text)
    return one_line(text)


def _with_format(text: str, default: str) -> tuple[str, str]:
    match = _FORMAT.match(text)
    return (text[match.end():], match.group(1).lower()) if match else (text, default)


def _answers(body: str, fmt: str) -> list[tuple[bool, float, str, bool]]:
    """``=a ~%50%b#why`` → [(marked '=', weight, text, had feedback)]."""
    out = []
    for piece in re.split(r"(?=[=~])", body):
        piece = piece.strip()
        if not piece or piece[0] not in "=~":
            if piece:
                raise Refusal("Text before the first “=” or “~” inside the braces; escape it as \\= or \\~.")
            continue
        marked, rest = piece[0] == "=", piece[1:].strip()
        weight = 100.0 if marked else 0.0
        match = _WEIGHT.match(rest)
        if match:
            weight = float(match.group(1).replace(",", "."))
            rest = rest[match.end():]
        text, _, feedback = rest.partition("#")
        text, own = _with_format(text.strip(), fmt)
        out.append((marked, weight, _render(text, own), bool(feedback.strip())))
    return out


def _choice_keys(answers, warnings: list[str]) -> list[int]:
    full = [i for i, (_, weight, _, _) in enumerate(answers) if weight >= 100]
    partial = [text for _, weight, text, _ in answers if 0 < weight < 100]
    if not full and partial:
        raise Refusal("Its options share the credit (%…% weights) and none is fully right; "
                      "a quizgen question has one key.")
    if full and partial:
        warnings.append("Partial credit for " + ", ".join(f"“{p}”" for p in partial) + " was dropped: "
                        "quizgen gives credit for the key only.")
    return full


# --------------------------------------------------------------------------- question kinds

def _multichoice(stem: str, tail: str, body: str, fmt: str, common: dict, warnings: list[str]):
    answers = _answers(body, fmt)
    keys = _choice_keys(answers, warnings)
    if any(feedback for *_, feedback in answers):
        warnings.append("Feedback on single options was not carried; the general feedback was.")
    texts = [text for _, _, text, _ in answers]
    if one_line(tail):  # missing word: the options become the word bank
        if len(keys) != 1:
            raise Refusal(f"{len(keys) or 'No'} options are marked correct; a fill-in has one key.")
        return build.fill_in(build.with_blank(stem, tail), [texts[keys[0]]], "gift", bank=texts, **common)
    return build.choice(stem, texts, keys, "gift", **common)


def _short(stem: str, tail: str, body: str, fmt: str, common: dict, warnings: list[str]):
    answers = _answers(body, fmt)
    right = [text for _, weight, text, _ in answers if weight >= 100]
    dropped = [text for _, weight, text, _ in answers if weight < 100]
    if dropped:
        warnings.append("Answers with less than full credit were dropped: " + ", ".join(f"“{d}”" for d in dropped))
    return build.fill_in(build.with_blank(stem, tail), right, "gift", **common)


def _matching(stem: str, body: str, fmt: str, common: dict):
    pairs, extras = [], []
    for piece in body.split("=")[1:]:
        left, arrow, right = piece.partition("->")
        if not arrow:
            raise Refusal("A matching line has no “->”.")
        left_text, right_text = _render(_with_format(left.strip(), fmt)[0], fmt), _render(right.strip(), fmt)
        (pairs.append((left_text, right_text)) if left_text else extras.append(right_text))
    return build.matching(stem, pairs, "gift", extras=extras, **common)


def _true_false(stem: str, body: str, common: dict):
    value = _TRUE_FALSE.match(body).group(1).upper().startswith("T")
    return build.true_false(stem, value, "gift", **common)


def _essay(stem: str, general: str, fmt: str, common: dict):
    """quizgen's essays carry the model answer and rubric in the general feedback."""
    lines = [_render(line, fmt) for line in general.split("\n")]
    explanation, model, rubric = build.grader_notes(lines)
    return build.written(stem, model, "gift", rubric=rubric, accepted=build.also_accepted(lines),
                         **(common | {"explanation": explanation}))


def question(text: str) -> tuple[object, list[str]] | Passage:
    """One block → a Question (with warnings) or a Passage (a description)."""
    warnings: list[str] = []
    text = _hide_escapes(text)
    name = ""
    title = _TITLE.match(text)
    if title:
        name, text = _show(title.group(1)).strip(), text[title.end():]
    text, fmt = _with_format(text.lstrip(), "moodle")
    opening, closing = text.find("{"), text.find("}")
    if opening < 0 and closing < 0:
        return Passage(name, _passage_text(text, fmt))
    if opening < 0 or closing < opening:
        raise Refusal("A “{” without its “}” (or the other way round); write literal braces as \\{ and \\}.")
    stem, body, tail = text[:opening], text[opening + 1:closing], text[closing + 1:]
    if "{" in tail or "}" in tail:
        raise Refusal("It has more than one answer block in braces; quizgen's questions have one.")
    body, _, general = body.partition("####")
    common = {"explanation": _render(general, fmt), "name": name}
    stem_text, tail_text = _render(stem, fmt), _render(tail, fmt)
    if one_line(tail):  # keep the spaces around the blank
        stem_text = stem_text + (" " if stem[-1:].isspace() else "")
        tail_text = (" " if tail[:1].isspace() else "") + tail_text
    body = body.strip()
    if not body:
        return _essay(stem_text, general, fmt, common), warnings
    if body.startswith("#"):
        raise Refusal("Numerical questions cannot be carried: quizgen has no numeric answer type.")
    if "~" in body:
        return _multichoice(stem_text, tail_text, body, fmt, common, warnings), warnings
    if "=" in body and "->" in body:
        return _matching(stem_text, body, fmt, common), warnings
    if _TRUE_FALSE.match(body):
        return _true_false(stem_text, body, common), warnings
    return _short(stem_text, tail_text, body, fmt, common, warnings), warnings


def _passage_text(text: str, fmt: str) -> str:
    text = _show(text)
    if fmt in ("html", "moodle") and "<" in text:
        return html_to_text(text, paragraphs=True)
    blocks_ = [one_line(b) for b in re.split(r"\n\s*\n", text)]
    return "\n\n".join(b for b in blocks_ if b)


def parse(data: bytes) -> ImportResult:
    check_size(data)
    result = ImportResult("gift", FORMAT.label)
    categories = 0
    for line, block in blocks(decode(data)):
        if _CATEGORY.match(block):
            categories += 1
            block = block.split("\n", 1)[1] if "\n" in block else ""
            if not block.strip():
                continue
        _one(result, line, block)
    if categories:
        result.notes.append(f"{categories} $CATEGORY line(s) were read past: quizgen keeps questions in quizzes.")
    return result


def _one(result: ImportResult, line: int, block: str) -> None:
    try:
        read = question(block)
        if isinstance(read, Passage):
            if result.questions or result.problems or result.passage:
                result.notes.append(f"The description at line {line} was skipped: only a description "
                                    "before the first question becomes the article.")
            elif read.text:
                result.passage = read
            return
        made, warnings = read
        result.questions.append(build.finish(made, line, warnings=warnings))
    except Refusal as reason:
        shown = _TITLE.sub("", _hide_escapes(block), count=1)
        result.problems.append(Problem(line, str(reason), "line", excerpt(_show(_FORMAT.sub("", shown, count=1)))))


def sniff(data: bytes, extension: str) -> int:
    if extension == ".gift":
        return 2
    head = data[:65536].decode("utf-8", "replace")
    if re.search(r"^\s*::[^:\n]+::", head, re.M) or re.search(r"\{\s*(?:[=~]|T\s*\}|F\s*\}|TRUE|FALSE)", head):
        return 2
    return 0


FORMAT = ImportFormat(key="gift", label="Moodle GIFT", extensions=(".gift", ".txt"), sniff=sniff, parse=parse,
                      summary="A text file from Moodle (Question bank › Export › GIFT format) or written by hand.")
