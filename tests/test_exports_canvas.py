"""Canvas QTI 1.2: qti-package-maker's integrity check, and the shape of text2qti's package for the same quiz."""
from __future__ import annotations

import html
import io
import zipfile

import pytest
from lxml import etree
from qti_package_maker.common.package_integrity import check_package
from text2qti.config import Config
from text2qti.qti import QTI
from text2qti.quiz import Quiz as Text2qtiQuiz

from quizgen.exports import ExportSource, export
from quizgen.exports.model import feedback_text, one_line
from tests.exports_support import every_type_source, sources

CANVAS_TYPES = {"multiple_choice": "multiple_choice_question", "fact_or_opinion": "multiple_choice_question",
                "true_false": "true_false_question", "short_answer": "essay_question",
                "matching": "matching_question", "ordering": "matching_question"}


def local(tag: str) -> str:
    return etree.QName(tag).localname


def unpack(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}


def assessment_of(files: dict[str, bytes]) -> tuple[str, etree._Element]:
    name = next(n for n in files if n.endswith(".xml") and "/" in n and not n.endswith("assessment_meta.xml"))
    return name, etree.fromstring(files[name])


def items_of(root: etree._Element) -> list[etree._Element]:
    return [node for node in root.iter() if isinstance(node.tag, str) and local(node.tag) == "item"]


def metadata(item: etree._Element) -> dict[str, str]:
    fields = [f for f in item.iter() if isinstance(f.tag, str) and local(f.tag) == "qtimetadatafield"]
    return {f[0].text: f[1].text or "" for f in fields}


@pytest.fixture(params=["seed", "every-type", "hostile"])
def package(request, tmp_path):
    source = sources()[request.param]
    result = export(source, "canvas_qti")
    path = tmp_path / "quiz.zip"
    path.write_bytes(result.data)
    return source, result, path


def test_qti_package_maker_finds_no_problem(package):
    _, result, path = package
    assert result.carried > 0
    assert check_package(str(path)) == []


def test_every_item_has_a_type_and_points_and_unique_identifiers(package):
    source, result, path = package
    files = unpack(path.read_bytes())
    _, root = assessment_of(files)
    items = items_of(root)
    assert metadata(items[0])["question_type"] == "text_only_question"
    assert len(items) - 1 == result.carried == len(source.items)
    for item, node in zip(source.items, items[1:]):
        meta = metadata(node)
        q = item.question
        expected = CANVAS_TYPES.get(q.type) or ("multiple_dropdowns_question" if q.word_bank
                                                else "fill_in_multiple_blanks_question")
        assert meta["question_type"] == expected
        assert meta["points_possible"] == str(item.points)
    item_idents = [n.get("ident") for n in items]
    assert len(set(item_idents)) == len(item_idents)
    seen: set[str] = set()
    for node in items:
        responses = [r for r in node.iter() if isinstance(r.tag, str) and local(r.tag) in ("response_lid", "response_str")]
        assert len({r.get("ident") for r in responses}) == len(responses)
        labels = {label.get("ident") for r in responses for label in r.iter()
                  if isinstance(label.tag, str) and local(label.tag) == "response_label" and local(r.tag) == "response_lid"}
        assert not labels & seen  # no choice identifier is shared with another question
        seen |= labels
    assert seen


def test_points_total_in_the_quiz_settings(package):
    source, _, path = package
    files = unpack(path.read_bytes())
    meta = etree.fromstring(next(v for k, v in files.items() if k.endswith("assessment_meta.xml")))
    total = [n.text for n in meta.iter() if isinstance(n.tag, str) and local(n.tag) == "points_possible"]
    assert total and set(total) == {f"{sum(i.points for i in source.items):.1f}"}


def test_hostile_text_reads_back_from_mattext():
    source = sources()["hostile"]
    _, root = assessment_of(unpack(export(source, "canvas_qti").data))
    for item, node in zip(source.items, items_of(root)[1:]):
        texts = [html.unescape(m.text or "") for m in node.iter() if isinstance(m.tag, str) and local(m.tag) == "mattext"]
        q = item.question
        joined = "\n".join(texts)
        assert feedback_text(q) in joined
        if q.type in ("multiple_choice", "fact_or_opinion", "true_false"):
            assert f"<div>{one_line(q.prompt)}</div>" == texts[0]
            assert texts[1:1 + len(q.choices)] == [one_line(c) for c in q.choices]
        if q.type == "cloze":
            before = one_line(q.prompt.split("______")[0])
            assert texts[0].startswith(f"<div>{before}") and "[blank1]" in texts[0]


# ---------------------------------------------------------------- the same quiz through text2qti

def text2qti_source(source: ExportSource) -> str:
    """text2qti's plain-text quiz for the questions it supports (multiple choice, true/false, essay)."""
    lines = [f"Quiz title: {source.title}", "", f"Text title: {source.article_title}",
             f"Text: {' '.join(source.paragraphs)}", ""]
    for item in supported(source):
        q = item.question
        lines += [f"Points: {item.points}", f"{item.number}.  {q.prompt}", f"... {feedback_text(q)}"]
        if q.type == "short_answer":
            lines.append("____")
        for letter, choice in zip("abcdefg", q.choices):
            lines.append(f"{'*' if choice == q.answer else ''}{letter}) {choice}")
        lines.append("")
    return "\n".join(lines)


def supported(source: ExportSource):
    return [i for i in source.items if i.question.type in ("multiple_choice", "true_false", "short_answer")]


def skeleton(node: etree._Element, prefix: str = "") -> set[str]:
    """Every element path below ``node`` (namespaces dropped), with the attributes that carry structure."""
    out = set()
    for child in node:
        if not isinstance(child.tag, str):
            continue
        keys = sorted(k for k in child.attrib if k in ("rcardinality", "texttype", "varname", "action",
                                                       "continue", "feedbacktype", "respident"))
        path = f"{prefix}/{local(child.tag)}" + "".join(f"[@{k}={child.get(k)}]" for k in keys)
        out.add(path)
        out |= skeleton(child, path)
    return out


def test_same_structure_as_text2qti_for_the_same_quiz():
    source = every_type_source()
    subset = ExportSource(source.title, supported(source), source.article_title, source.paragraphs)
    ours = unpack(export(subset, "canvas_qti").data)
    theirs = unpack(QTI(Text2qtiQuiz(text2qti_source(source), config=Config(), source_name="test")).zip_bytes())
    # the package layout: manifest, <id>/<id>.xml, <id>/assessment_meta.xml
    for files in (ours, theirs):
        name, _ = assessment_of(files)
        folder = name.split("/")[0]
        assert set(files) == {"imsmanifest.xml", f"{folder}/{folder}.xml", f"{folder}/assessment_meta.xml"}
    # the manifest's resources
    def resources(files):
        manifest = etree.fromstring(files["imsmanifest.xml"])
        return sorted(n.get("type") for n in manifest.iter() if isinstance(n.tag, str) and local(n.tag) == "resource")
    assert resources(ours) == resources(theirs)
    # the assessment: root, namespace, then item by item the same question type and element tree
    (_, our_root), (_, their_root) = assessment_of(ours), assessment_of(theirs)
    assert our_root.tag == their_root.tag
    our_items, their_items = items_of(our_root), items_of(their_root)
    assert len(our_items) == len(their_items) == len(subset.items) + 1
    for mine, theirs_item in zip(our_items, their_items):
        assert metadata(mine)["question_type"] == metadata(theirs_item)["question_type"]
        assert set(metadata(mine)) <= set(metadata(theirs_item))
        assert metadata(mine)["points_possible"] == metadata(theirs_item)["points_possible"]
        assert skeleton(mine) - {p for p in skeleton(mine) if "/itemmetadata" in p} == \
            skeleton(theirs_item) - {p for p in skeleton(theirs_item) if "/itemmetadata" in p}
    # the quiz settings file
    def meta(files):
        return etree.fromstring(next(v for k, v in files.items() if k.endswith("assessment_meta.xml")))
    assert meta(ours).tag == meta(theirs).tag
    assert {local(n.tag) for n in meta(ours)} <= {local(n.tag) for n in meta(theirs)}


def test_ordering_is_matching_each_event_to_its_position():
    source = every_type_source()
    ordering = next(i for i in source.items if i.question.type == "ordering")
    _, root = assessment_of(unpack(export(source, "canvas_qti").data))
    node = items_of(root)[ordering.number]

    def text_of(element):
        return html.unescape(next(m.text for m in element.iter() if isinstance(m.tag, str) and local(m.tag) == "mattext"))

    labels = {label.get("ident"): text_of(label) for label in node.iter()
              if isinstance(label.tag, str) and local(label.tag) == "response_label"}
    lefts = {lid.get("ident"): text_of(lid) for lid in node.iter()
             if isinstance(lid.tag, str) and local(lid.tag) == "response_lid"}
    keyed = {lefts[v.get("respident")]: labels[v.text] for v in node.iter()
             if isinstance(v.tag, str) and local(v.tag) == "varequal"}
    assert keyed == {text: f"Position {n}" for n, text in enumerate(ordering.question.answer, 1)}
