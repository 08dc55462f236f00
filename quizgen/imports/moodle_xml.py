"""Moodle XML (.xml): ``<quiz>`` of ``<question type="…">``.

The file is first read by defusedxml with DTDs forbidden (no entity
expansion, no external entities: a billion-laughs or XXE file is refused
whole), then walked with lxml, hardened the same way, for line numbers.
Rich text is HTML (usually in CDATA) and becomes plain text.

Types: multichoice, truefalse, shortanswer (a typed fill-in), essay (the
model answer from the grader information), matching, ordering, gapselect /
ddwtos (a fill-in with a word bank) and cloze (multianswer) with one gap;
a ``description`` before the questions is the reading passage.
"""
from __future__ import annotations

import html
import re

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from lxml import etree

from . import build
from .build import one_line
from .model import (
    BankError,
    ImportFormat,
    ImportResult,
    Passage,
    Problem,
    Refusal,
    excerpt,
)
from .text import check_size, html_to_text

_HARDENED = dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                 huge_tree=False, remove_comments=True, remove_pis=True)
#: Types Moodle has and quizgen cannot carry, with the reason.
UNSUPPORTED = {
    "numerical": "Numerical questions cannot be carried: quizgen has no numeric answer type.",
    "calculated": "Calculated questions cannot be carried: quizgen has no formulas.",
    "calculatedsimple": "Calculated questions cannot be carried: quizgen has no formulas.",
    "calculatedmulti": "Calculated questions cannot be carried: quizgen has no formulas.",
    "randomsamatch": "Random short-answer matching cannot be carried: it draws from other questions.",
    "random": "A random question cannot be carried: it draws from a category.",
    "ddimageortext": "Drag-and-drop onto an image cannot be carried: quizgen has no image questions.",
    "ddmarker": "Drag markers onto an image cannot be carried: quizgen has no image questions.",
}


def _tree(data: bytes) -> etree._Element:
    try:
        defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise BankError("This XML file declares a DTD or entities, which Moodle never writes; quizgen does not "
                        "read it, for safety. Export the questions from Moodle again.") from None
    except Exception:  # ParseError: not well-formed
        raise BankError("This is not a well-formed XML file, so it cannot be a Moodle XML question bank. "
                        "Export the questions from Moodle again (Question bank › Export › Moodle XML).") from None
    root = etree.fromstring(data, etree.XMLParser(**_HARDENED))
    if root.tag != "quiz":
        raise BankError(f"This XML file's root element is <{root.tag}>, not Moodle's <quiz>: it is not a Moodle "
                        "XML question bank.")
    return root


# --------------------------------------------------------------------------- reading elements

def _raw(node: etree._Element | None, path: str = "text") -> str:
    found = node.find(path) if node is not None else None
    return found.text or "" if found is not None else ""


def _rich(node: etree._Element | None) -> str:
    """A ``<… format="html"><text>`` field as plain text."""
    if node is None:
        return ""
    value = _raw(node)
    return html_to_text(value) if node.get("format", "html") in ("html", "moodle_auto_format") else one_line(value)


def _fraction(answer: etree._Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0


def _common(q: etree._Element, warnings: list[str]) -> tuple[dict, int]:
    name = one_line(_raw(q.find("name")))
    points = build.points_from(q.findtext("defaultgrade"), warnings)
    return {"explanation": _rich(q.find("generalfeedback")), "name": name}, points


def _prompt(q: etree._Element) -> str:
    return _rich(q.find("questiontext"))


# --------------------------------------------------------------------------- question types

def multichoice(q, common, warnings):
    answers = q.findall("answer")
    texts = [_rich(a) for a in answers]
    fractions = [_fraction(a) for a in answers]
    full = [i for i, f in enumerate(fractions) if f >= 100]
    partial = [texts[i] for i, f in enumerate(fractions) if 0 < f < 100]
    if not full and partial:
        raise Refusal("Its options share the credit and none is fully right; a quizgen question has one key.")
    if full and partial:
        warnings.append("Partial credit for " + ", ".join(f"“{p}”" for p in partial) + " was dropped.")
    return build.choice(_prompt(q), texts, full, "moodle_xml", **common)


def truefalse(q, common, warnings):
    right = [one_line(_raw(a)).lower() for a in q.findall("answer") if _fraction(a) >= 100]
    if len(right) != 1 or right[0] not in ("true", "false"):
        raise Refusal("A true/false question needs exactly one of “true” or “false” marked right.")
    return build.true_false(_prompt(q), right[0] == "true", "moodle_xml", **common)


def shortanswer(q, common, warnings):
    answers = q.findall("answer")
    right = [_rich(a) for a in answers if _fraction(a) >= 100]
    if len(right) < len(answers):
        warnings.append("Answers with less than full credit were dropped.")
    return build.fill_in(build.with_blank(_prompt(q)), right, "moodle_xml", **common)


def essay(q, common, warnings):
    info = html_to_text(_raw(q.find("graderinfo")).replace("<br>", "\n<br>"), paragraphs=True)
    lines = info.replace("\n\n", "\n").split("\n")
    _, model, rubric = build.grader_notes(lines)
    if not model and not rubric:
        model = " ".join(line for line in lines if line.strip())  # a teacher's own grader information
    return build.written(_prompt(q), model, "moodle_xml", rubric=rubric, accepted=build.also_accepted(lines),
                         **common)


def matching(q, common, warnings):
    pairs, extras = [], []
    for sub in q.findall("subquestion"):
        left, right = _rich(sub), one_line(_raw(sub.find("answer")))
        (pairs.append((left, right)) if left else extras.append(right))
    return build.matching(_prompt(q), pairs, "moodle_xml", extras=extras, **common)


def ordering(q, common, warnings):
    answers = q.findall("answer")
    order = sorted(range(len(answers)), key=lambda i: (_fraction(answers[i]), i))
    return build.ordering(_prompt(q), [_rich(answers[i]) for i in order], "moodle_xml", **common)


_GAP = re.compile(r"\[\[(\d+)\]\]")


def word_bank_gap(q, common, warnings):
    """gapselect / ddwtos: ``[[n]]`` names option n; the bank is that option's group."""
    text = _raw(q.find("questiontext"))
    gaps = _GAP.findall(text)
    if len(gaps) != 1:
        raise Refusal(f"It has {len(gaps)} gaps; quizgen's fill-in has one blank per question.")
    tag = "selectoption" if q.get("type") == "gapselect" else "dragbox"
    options = [(one_line(_raw(o)), (o.findtext("group") or "1").strip()) for o in q.findall(tag)]
    number = int(gaps[0])
    if not 1 <= number <= len(options):
        raise Refusal(f"The gap [[{number}]] names an option that does not exist.")
    key, group = options[number - 1]
    before, _, after = _GAP.split(text, maxsplit=1)
    prompt = _around(before, after)
    return build.fill_in(prompt, [key], "moodle_xml", bank=[o for o, g in options if g == group], **common)


def _around(before_html: str, after_html: str) -> str:
    """The prompt around a gap, with the spaces next to the gap kept."""
    before, after = html_to_text(before_html), html_to_text(after_html)
    if before and re.search(r"\s$", html.unescape(re.sub(r"<[^>]*>", "", before_html))):
        before += " "
    if after and re.match(r"^\s", html.unescape(re.sub(r"<[^>]*>", "", after_html))):
        after = " " + after
    return build.with_blank(before, after)


_MARKER = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^}])*)\}")
_TYPED = {"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"}
_CHOSEN = {"MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_S", "MCS",
           "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS"}


#: Moodle's Cloze answers escape their delimiters with a backslash.
_CLOZE_ESCAPE = re.compile(r"\\([}~#/\"\\])")


def _embedded(body: str) -> list[tuple[float, str]]:
    """``=a~%50%b#fb~c`` → [(fraction, text)] (character references decoded after splitting)."""
    out = []
    for piece in re.split(r"(?<!\\)~", body):
        piece = piece.strip()
        fraction = 0.0
        if piece.startswith("="):
            fraction, piece = 100.0, piece[1:]
        match = re.match(r"^%(-?\d+(?:\.\d+)?)%", piece)
        if match:
            fraction, piece = float(match.group(1)), piece[match.end():]
        text = re.split(r"(?<!\\)(?<!&)#", piece, maxsplit=1)[0]
        out.append((fraction, one_line(html.unescape(_CLOZE_ESCAPE.sub(r"\1", text)))))
    return out


def cloze(q, common, warnings):
    """Moodle's Cloze (multianswer) with one gap: typed (SHORTANSWER) or chosen (MULTICHOICE)."""
    text = _raw(q.find("questiontext"))
    markers = list(_MARKER.finditer(text))
    if len(markers) != 1:
        raise Refusal(f"It has {len(markers)} gaps; quizgen's fill-in has one blank per question.")
    marker = markers[0]
    kind = marker.group(2)
    answers = _embedded(marker.group(3))
    right = [t for f, t in answers if f >= 100]
    prompt = _around(text[:marker.start()], text[marker.end():])
    # Moodle marks a Cloze question by its gaps' weights, not by defaultgrade.
    points = int(marker.group(1)) if marker.group(1) and q.find("defaultgrade") is None else None
    if kind in _TYPED:
        return build.fill_in(prompt, right, "moodle_xml", **common), points
    if kind in _CHOSEN:
        if len(right) != 1:
            raise Refusal(f"{len(right) or 'No'} options of its gap are marked right; a fill-in has one key.")
        return build.fill_in(prompt, right, "moodle_xml", bank=[t for _, t in answers], **common), points
    raise Refusal(f"Its gap is {kind}; quizgen's fill-in takes typed or chosen words only.")


READERS = {"multichoice": multichoice, "truefalse": truefalse, "shortanswer": shortanswer, "essay": essay,
           "matching": matching, "ordering": ordering, "gapselect": word_bank_gap, "ddwtos": word_bank_gap,
           "cloze": cloze, "multianswer": cloze}


# --------------------------------------------------------------------------- the file

def parse(data: bytes) -> ImportResult:
    check_size(data)
    result = ImportResult("moodle_xml", FORMAT.label)
    categories = 0
    for q in _tree(data).iterfind("question"):
        kind = q.get("type", "")
        if kind == "category":
            categories += 1
        elif kind == "description":
            _description(result, q)
        else:
            _one(result, q, kind)
    if categories:
        result.notes.append(f"{categories} category entr{'y was' if categories == 1 else 'ies were'} read past: "
                            "quizgen keeps questions in quizzes.")
    return result


def _description(result: ImportResult, q) -> None:
    if result.questions or result.problems or result.passage:
        result.notes.append(f"The description at line {q.sourceline} was skipped: only a description before "
                            "the first question becomes the article.")
        return
    body = html_to_text(_raw(q.find("questiontext")), paragraphs=True)
    name = one_line(_raw(q.find("name")))
    if body.startswith(name + "\n\n"):  # quizgen writes the title as the passage's heading
        body = body[len(name) + 2:]
    if body:
        result.passage = Passage(name, body)


def _one(result: ImportResult, q, kind: str) -> None:
    reader = READERS.get(kind)
    line = q.sourceline
    warnings: list[str] = []
    try:
        if reader is None:
            raise Refusal(UNSUPPORTED.get(kind, f"Moodle questions of type “{kind}” cannot be carried."))
        common, points = _common(q, warnings)
        made = reader(q, common, warnings)
        if isinstance(made, tuple):  # a reader that knows the points better than defaultgrade
            made, points = made[0], made[1] if made[1] is not None else points
        result.questions.append(build.finish(made, line, points, warnings))
    except Refusal as reason:
        result.problems.append(Problem(line, str(reason), "line", excerpt(_prompt(q))))


def sniff(data: bytes, extension: str) -> int:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if re.match(rb"(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*<quiz[\s>]", head, re.S):
        return 2
    return 1 if extension == ".xml" else 0


FORMAT = ImportFormat(key="moodle_xml", label="Moodle XML", extensions=(".xml",), sniff=sniff, parse=parse,
                      summary="An XML file from Moodle (Question bank › Export › Moodle XML format).")
