"""Moodle XML (.xml): every question type, points kept.

Rich text is HTML (escaped from our plain text) inside CDATA, as Moodle's own
exporter writes it; escaping ``>`` means the text can never close the CDATA
section. Short plain fields (matching answers, select options) are ordinary
XML text. A typed cloze is Moodle's Cloze (``multianswer``, written as type
``cloze``), whose embedded answers have their own special characters: they
are written as HTML character references, which Moodle decodes.
"""
from __future__ import annotations

import html

from lxml import etree

from .model import (
    CannotCarry,
    ExportItem,
    ExportSource,
    Format,
    accepted_answers,
    cloze_parts,
    feedback_text,
    flatten,
    key_index,
    matching_extras,
    matching_pairs,
    model_answer_text,
    one_line,
    question_name,
)

#: Moodle's answer grades (question/engine/lib.php question_bank::fraction_options), in percent.
FRACTIONS = ("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40", "33.33333", "30",
             "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0")
PENALTY = "0.3333333"
#: Cloze embedded answers end at ``~ # }``; these become character references.
_EMBEDDED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
                           "#": "&#35;", "}": "&#125;", "~": "&#126;", "{": "&#123;"})


def html_text(text: str) -> str:
    """Plain text as HTML: escaped, newlines as line breaks."""
    return "<br>".join(html.escape(line, quote=False) for line in str(text).split("\n"))


def _text(parent: etree._Element, tag: str, value: str, rich: bool = True, **attrs) -> etree._Element:
    """``<tag format="html"><text><![CDATA[…]]></text></tag>`` (or plain text)."""
    node = etree.SubElement(parent, tag, **({"format": "html"} if rich else {}), **attrs)
    etree.SubElement(node, "text").text = etree.CDATA(html_text(value)) if rich else str(value)
    return node


def _question(kind: str, name: str, text_html: str, feedback: str, points: int | None) -> etree._Element:
    q = etree.Element("question", type=kind)
    name_node = etree.SubElement(q, "name")
    etree.SubElement(name_node, "text").text = name
    questiontext = etree.SubElement(q, "questiontext", format="html")
    etree.SubElement(questiontext, "text").text = etree.CDATA(text_html)
    _text(q, "generalfeedback", feedback)
    if points is not None:
        etree.SubElement(q, "defaultgrade").text = str(points)
    etree.SubElement(q, "penalty").text = PENALTY
    etree.SubElement(q, "hidden").text = "0"
    return q


def _start(kind: str, item: ExportItem, text_html: str | None = None) -> etree._Element:
    q = item.question
    return _question(kind, question_name(item), text_html or html_text(one_line(q.prompt)),
                     feedback_text(q), item.points)


def _answer(parent: etree._Element, text: str, fraction: str, rich: bool = True) -> None:
    node = _text(parent, "answer", text, rich=rich, fraction=fraction)
    _text(node, "feedback", "")


def _settings(q: etree._Element, **values: str) -> None:
    for tag, value in values.items():
        etree.SubElement(q, tag).text = value


def _combined_feedback(q: etree._Element) -> None:
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(q, tag, "")
    etree.SubElement(q, "shownumcorrect")


def multichoice(item: ExportItem) -> etree._Element:
    """Multiple choice, and fact-or-opinion as a two-option multiple choice."""
    question = item.question
    q = _start("multichoice", item)
    _settings(q, single="true", shuffleanswers="true", answernumbering="abc", showstandardinstruction="0")
    _combined_feedback(q)
    right = key_index(question)
    for i, choice in enumerate(question.choices):
        _answer(q, one_line(choice), "100" if i == right else "0")
    return q


def truefalse(item: ExportItem) -> etree._Element:
    q = _start("truefalse", item)
    is_true = item.question.answer == "True"
    _answer(q, "true", "100" if is_true else "0", rich=False)
    _answer(q, "false", "0" if is_true else "100", rich=False)
    return q


def gapselect(item: ExportItem) -> etree._Element:
    """A cloze with a word bank: Select missing words, gap ``[[n]]`` naming the key's place in the bank."""
    question = item.question
    before, after = cloze_parts(question)
    bank = [one_line(w) for w in question.word_bank]
    if any("[[" in part or "]]" in part for part in [before, after, *bank]):
        raise CannotCarry("the text contains “[[” or “]]”, which Moodle reads as a gap")
    gap = f"[[{bank.index(one_line(question.answer)) + 1}]]"
    q = _start("gapselect", item, html_text(flatten(before)) + gap + html_text(flatten(after)))
    _settings(q, shuffleanswers="1")
    _combined_feedback(q)
    for word in bank:
        option = etree.SubElement(q, "selectoption")
        etree.SubElement(option, "text").text = word
        etree.SubElement(option, "group").text = "1"
    return q


def embedded_answer(text: str) -> str:
    """An answer inside a Cloze marker, safe from Moodle's ``~ # }`` delimiters."""
    return one_line(text).translate(_EMBEDDED)


def typed_cloze(item: ExportItem) -> etree._Element:
    """A typed blank: Moodle's Cloze with one SHORTANSWER gap weighted by the points.
    (Moodle takes a Cloze question's mark from its gaps, not from defaultgrade.)"""
    question = item.question
    before, after = cloze_parts(question)
    alternatives = "~".join(f"={embedded_answer(a)}" for a in accepted_answers(question))
    marker = f"{{{item.points}:SHORTANSWER:{alternatives}}}"
    body = html_text(flatten(before)).replace("{", "&#123;") + marker + \
        html_text(flatten(after)).replace("{", "&#123;")
    return _question("cloze", question_name(item), body, feedback_text(question), None)


def cloze(item: ExportItem) -> etree._Element:
    return gapselect(item) if item.question.word_bank else typed_cloze(item)


def essay(item: ExportItem) -> etree._Element:
    q = _start("essay", item)
    _settings(q, responseformat="editor", responserequired="1", responsefieldlines="10",
              attachments="0", attachmentsrequired="0")
    _text(q, "graderinfo", model_answer_text(item.question))
    _text(q, "responsetemplate", "")
    return q


def matching(item: ExportItem) -> etree._Element:
    question = item.question
    q = _start("matching", item)
    _settings(q, shuffleanswers="true")
    _combined_feedback(q)
    pairs = matching_pairs(question) + [("", extra) for extra in matching_extras(question)]
    for left, right in pairs:
        sub = _text(q, "subquestion", one_line(left))
        answer = etree.SubElement(sub, "answer")
        etree.SubElement(answer, "text").text = one_line(right)
    return q


def ordering(item: ExportItem) -> etree._Element:
    """Moodle 4.4+ Ordering: answers in the right order; its fraction is the position.
    Graded like quizgen: every pair of items in the right relative order counts."""
    q = _start("ordering", item)
    _settings(q, layouttype="VERTICAL", selecttype="ALL", selectcount="0",
              gradingtype="RELATIVE_ALL_PREVIOUS_AND_NEXT", showgrading="SHOW", numberingstyle="none")
    _combined_feedback(q)
    for position, text in enumerate(item.question.answer, 1):
        _answer(q, one_line(text), f"{position}.0000000")
    return q


def description(source: ExportSource) -> etree._Element:
    title = one_line(source.article_title or source.title) or "Article"
    body = f"<h2>{html_text(title)}</h2>" + "".join(
        f"<p>{html_text(one_line(p))}</p>" for p in source.paragraphs if p.strip())
    q = _question("description", title, body, "", 0)
    return q


def assemble(source: ExportSource, pieces: list[etree._Element]) -> bytes:
    root = etree.Element("quiz")
    if any(p.strip() for p in source.paragraphs):
        root.append(description(source))
    for piece in pieces:
        root.append(piece)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


FORMAT = Format(
    key="moodle_xml", label="Moodle XML", extension=".moodle.xml", mimetype="application/xml",
    summary="An XML file for Moodle: Question bank › Import › Moodle XML format. Keeps points and every type.",
    writers={"multiple_choice": multichoice, "fact_or_opinion": multichoice, "true_false": truefalse,
             "cloze": cloze, "short_answer": essay, "matching": matching, "ordering": ordering},
    refused={},
    assemble=assemble,
    notes=("The article comes first, as a Description item.",
           "Ordering questions need Moodle 4.4 or later (or the Ordering plugin).",
           "Short answers become essays; the model answer and rubric are in the grader information."),
)
