"""Canvas QTI 1.2 (.zip), laid out as Canvas's own quiz export and text2qti write it.

The zip holds ``imsmanifest.xml``, ``<id>/<id>.xml`` (the questions) and
``<id>/assessment_meta.xml`` (the quiz settings). Text goes into
``<mattext texttype="text/html">`` as HTML escaped from our plain text; lxml
escapes that HTML once more for XML, exactly as Canvas expects. Item,
response and choice identifiers are id-safe tokens, unique in the package.
Element names and response conventions follow Canvas's exporter
(lib/cc/qti/qti_items.rb in canvas-lms).
"""
from __future__ import annotations

import hashlib
import html
import io
import re
import zipfile

from lxml import etree

from .model import (
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

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
BLANK_ID = "blank1"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def html_text(text: str) -> str:
    return "<br>".join(html.escape(line) for line in str(text).split("\n"))


def ident(item: ExportItem, suffix: str = "") -> str:
    """An id-safe identifier: unique in the package (the question number) and across
    quizzes imported into one course (the question's own id; Canvas keys items by it)."""
    base = f"quizgen_{_UNSAFE.sub('_', item.question.id)}_{item.number}"
    return f"{base}_{suffix}" if suffix else base


# --------------------------------------------------------------------------- item pieces

def _mattext(parent: etree._Element, text_html: str) -> None:
    material = etree.SubElement(parent, "material")
    etree.SubElement(material, "mattext", texttype="text/html").text = text_html


def _item(item: ExportItem, kind: str, answer_ids: list[str], text_html: str | None = None) -> tuple:
    node = etree.Element("item", ident=ident(item), title=question_name(item))
    meta = etree.SubElement(etree.SubElement(node, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", kind), ("points_possible", str(item.points)),
                         ("original_answer_ids", ",".join(answer_ids))):
        field = etree.SubElement(meta, "qtimetadatafield")
        etree.SubElement(field, "fieldlabel").text = label
        etree.SubElement(field, "fieldentry").text = entry
    presentation = etree.SubElement(node, "presentation")
    _mattext(presentation, text_html or f"<div>{html_text(one_line(item.question.prompt))}</div>")
    return node, presentation


def _render_choice(lid: etree._Element, labels: list[tuple[str, str]]) -> None:
    render = etree.SubElement(lid, "render_choice")
    for label_id, text in labels:
        label = etree.SubElement(render, "response_label", ident=label_id)
        _mattext(label, html_text(one_line(text)))


def _resprocessing(node: etree._Element, feedback: str) -> etree._Element:
    proc = etree.SubElement(node, "resprocessing")
    outcomes = etree.SubElement(proc, "outcomes")
    etree.SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if feedback:
        condition = etree.SubElement(proc, "respcondition", {"continue": "Yes"})
        etree.SubElement(etree.SubElement(condition, "conditionvar"), "other")
        etree.SubElement(condition, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    return proc


def _score(proc: etree._Element, response: str, value: str, points: str, action: str,
           stop: bool = False) -> None:
    attrs = {"continue": "No"} if stop else {}
    condition = etree.SubElement(proc, "respcondition", attrs)
    etree.SubElement(etree.SubElement(condition, "conditionvar"), "varequal", respident=response).text = value
    etree.SubElement(condition, "setvar", action=action, varname="SCORE").text = points


def _general_feedback(node: etree._Element, feedback: str) -> None:
    if feedback:
        fb = etree.SubElement(node, "itemfeedback", ident="general_fb")
        _mattext(etree.SubElement(fb, "flow_mat"), html_text(feedback))


# --------------------------------------------------------------------------- writers per type

def choice_question(item: ExportItem) -> etree._Element:
    """Multiple choice and fact-or-opinion (multiple_choice_question), true/false (true_false_question)."""
    q = item.question
    kind = "true_false_question" if q.type == "true_false" else "multiple_choice_question"
    labels = [(ident(item, f"c{i + 1}"), c) for i, c in enumerate(q.choices)]
    node, presentation = _item(item, kind, [label for label, _ in labels])
    lid = etree.SubElement(presentation, "response_lid", ident="response1", rcardinality="Single")
    _render_choice(lid, labels)
    feedback = feedback_text(q)
    proc = _resprocessing(node, feedback)
    _score(proc, "response1", labels[key_index(q)][0], "100", "Set", stop=True)
    _general_feedback(node, feedback)
    return node


def cloze(item: ExportItem) -> etree._Element:
    """One blank ``[blank1]``: a word bank becomes a multiple_dropdowns_question,
    a typed blank a fill_in_multiple_blanks_question accepting every alternative."""
    q = item.question
    before, after = cloze_parts(q)
    dropdown = bool(q.word_bank)
    words = [one_line(w) for w in q.word_bank] if dropdown else accepted_answers(q)
    labels = [(ident(item, f"b{i + 1}"), w) for i, w in enumerate(words)]
    key = labels[words.index(one_line(q.answer))][0] if dropdown else labels[0][0]
    kind = "multiple_dropdowns_question" if dropdown else "fill_in_multiple_blanks_question"
    text_html = f"<div>{html_text(flatten(before))}[{BLANK_ID}]{html_text(flatten(after))}</div>"
    node, presentation = _item(item, kind, [label for label, _ in labels], text_html)
    lid = etree.SubElement(presentation, "response_lid", ident=f"response_{BLANK_ID}")
    etree.SubElement(etree.SubElement(lid, "material"), "mattext").text = BLANK_ID
    _render_choice(lid, labels)
    feedback = feedback_text(q)
    proc = _resprocessing(node, feedback)
    _score(proc, f"response_{BLANK_ID}", key, "100.00", "Add")
    _general_feedback(node, feedback)
    return node


def essay(item: ExportItem) -> etree._Element:
    """Short answer as essay_question; the model answer and rubric go in the general feedback."""
    q = item.question
    node, presentation = _item(item, "essay_question", [])
    response = etree.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
    etree.SubElement(etree.SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    feedback = "\n".join(part for part in (feedback_text(q), model_answer_text(q)) if part)
    proc = _resprocessing(node, feedback)
    condition = etree.SubElement(proc, "respcondition", {"continue": "No"})
    etree.SubElement(etree.SubElement(condition, "conditionvar"), "other")
    _general_feedback(node, feedback)
    return node


def _matching(item: ExportItem, pairs: list[tuple[str, str]], extras: list[str]) -> etree._Element:
    """matching_question: one response per left item, the same right-hand options for each."""
    rights: list[str] = []
    for right in [r for _, r in pairs] + extras:
        if right not in rights:
            rights.append(right)
    matches = [(ident(item, f"m{i + 1}"), r) for i, r in enumerate(rights)]
    match_id = {text: label for label, text in matches}
    node, presentation = _item(item, "matching_question", [ident(item, f"l{i + 1}") for i in range(len(pairs))])
    for i, (left, _) in enumerate(pairs):
        lid = etree.SubElement(presentation, "response_lid", ident=f"response_{ident(item, f'l{i + 1}')}")
        _mattext(lid, html_text(one_line(left)))
        _render_choice(lid, matches)
    feedback = feedback_text(item.question)
    proc = _resprocessing(node, feedback)
    share = f"{100 / len(pairs):.2f}"
    for i, (_, right) in enumerate(pairs):
        _score(proc, f"response_{ident(item, f'l{i + 1}')}", match_id[right], share, "Add")
    _general_feedback(node, feedback)
    return node


def matching(item: ExportItem) -> etree._Element:
    q = item.question
    return _matching(item, matching_pairs(q), matching_extras(q))


def ordering(item: ExportItem) -> etree._Element:
    """Canvas Classic Quizzes have no ordering question: each item is matched to its position."""
    answer = [str(a) for a in item.question.answer]
    return _matching(item, [(text, f"Position {i}") for i, text in enumerate(answer, 1)], [])


def passage(source: ExportSource, assessment: str) -> etree._Element:
    """The article as a text_only_question (0 points) before the questions."""
    title = one_line(source.article_title or source.title) or "Article"
    node = etree.Element("item", ident=f"{assessment}_article", title=title)
    meta = etree.SubElement(etree.SubElement(node, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", "text_only_question"), ("points_possible", "0"),
                         ("original_answer_ids", "")):
        field = etree.SubElement(meta, "qtimetadatafield")
        etree.SubElement(field, "fieldlabel").text = label
        etree.SubElement(field, "fieldentry").text = entry
    body = f"<h2>{html_text(title)}</h2>" + "".join(f"<p>{html_text(one_line(p))}</p>"
                                                    for p in source.paragraphs if p.strip())
    _mattext(etree.SubElement(node, "presentation"), body)
    return node


# --------------------------------------------------------------------------- package

def assessment_id(source: ExportSource) -> str:
    digest = hashlib.sha256("\n".join([source.title] + [i.question.id for i in source.items]).encode()).hexdigest()
    return f"quizgen_{digest[:24]}"


def assessment_xml(source: ExportSource, items: list[etree._Element], assessment: str) -> bytes:
    root = etree.Element(f"{{{QTI_NS}}}questestinterop", nsmap={None: QTI_NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd")
    test = etree.SubElement(root, "assessment", ident=assessment, title=one_line(source.title))
    field = etree.SubElement(etree.SubElement(test, "qtimetadata"), "qtimetadatafield")
    etree.SubElement(field, "fieldlabel").text = "cc_maxattempts"
    etree.SubElement(field, "fieldentry").text = "1"
    section = etree.SubElement(test, "section", ident="root_section")
    if any(p.strip() for p in source.paragraphs):
        section.append(passage(source, assessment))
    for item in items:
        section.append(item)
    _namespace(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _namespace(root: etree._Element) -> None:
    """Move every un-namespaced descendant into the root's default namespace."""
    for node in root.iter():
        if isinstance(node.tag, str) and not node.tag.startswith("{"):
            node.tag = f"{{{etree.QName(root).namespace}}}{node.tag}"


def meta_xml(source: ExportSource, points: int, assessment: str) -> bytes:
    root = etree.Element(f"{{{CANVAS_NS}}}quiz", nsmap={None: CANVAS_NS, "xsi": XSI}, identifier=assessment)
    root.set(f"{{{XSI}}}schemaLocation", f"{CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd")
    fields = {"title": one_line(source.title), "description": "", "shuffle_answers": "false",
              "scoring_policy": "keep_highest", "quiz_type": "assignment", "points_possible": f"{points:.1f}",
              "allowed_attempts": "1", "available": "false"}
    for tag, value in fields.items():
        etree.SubElement(root, tag).text = value
    assignment = etree.SubElement(root, "assignment", identifier=f"{assessment}_assignment")
    for tag, value in (("title", one_line(source.title)), ("points_possible", f"{points:.1f}"),
                       ("grading_type", "points"), ("submission_types", "online_quiz"),
                       ("workflow_state", "unpublished"), ("quiz_identifierref", assessment)):
        etree.SubElement(assignment, tag).text = value
    _namespace(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def manifest_xml(source: ExportSource, assessment: str) -> bytes:
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap={None: CP_NS, "xsi": XSI},
                         identifier=f"{assessment}_manifest")
    metadata = etree.SubElement(root, "metadata")
    etree.SubElement(metadata, "schema").text = "IMS Content"
    etree.SubElement(metadata, "schemaversion").text = "1.1.3"
    etree.SubElement(root, "organizations")
    resources = etree.SubElement(root, "resources")
    questions = etree.SubElement(resources, "resource", identifier=assessment, type="imsqti_xmlv1p2")
    etree.SubElement(questions, "file", href=f"{assessment}/{assessment}.xml")
    etree.SubElement(questions, "dependency", identifierref=f"{assessment}_meta")
    meta = etree.SubElement(resources, "resource", identifier=f"{assessment}_meta",
                            type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
                            href=f"{assessment}/assessment_meta.xml")
    etree.SubElement(meta, "file", href=f"{assessment}/assessment_meta.xml")
    _namespace(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def assemble(source: ExportSource, pieces: list[etree._Element]) -> bytes:
    assessment = assessment_id(source)
    carried = {p.get("ident") for p in pieces}
    points = sum(i.points for i in source.items if ident(i) in carried)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest_xml(source, assessment))
        archive.writestr(f"{assessment}/{assessment}.xml", assessment_xml(source, pieces, assessment))
        archive.writestr(f"{assessment}/assessment_meta.xml", meta_xml(source, points, assessment))
    return buffer.getvalue()


FORMAT = Format(
    key="canvas_qti", label="Canvas (QTI 1.2)", extension=".canvas-qti.zip", mimetype="application/zip",
    summary="A .zip for Canvas: Settings › Import Course Content › QTI .zip file. Keeps points.",
    writers={"multiple_choice": choice_question, "fact_or_opinion": choice_question,
             "true_false": choice_question, "cloze": cloze, "short_answer": essay,
             "matching": matching, "ordering": ordering},
    refused={},
    assemble=assemble,
    notes=("The article comes first, as a text-only item.",
           "Ordering questions become matching: each event is matched to its position (Position 1, 2 …).",
           ("Short answers become essays; the model answer and rubric are in the general feedback, "
            "which Canvas shows to students after they submit.")),
)
