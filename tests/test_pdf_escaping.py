"""Hostile and international text prints literally and never breaks a PDF."""
from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.pdf import render_report, render_worksheet
from quizgen.pdf.fonts import FALLBACK, SANS, covers, markup
from quizgen.questions import Question

from .pdf_support import article, ev, pdf_text, pdffonts, worksheet

HOSTILE = '<b>Bold</b> & <a href="javascript:alert(1)">click</a> <img src=x onerror=alert(1)> </para> &amp;'


def _mc(prompt, choices, answer=None, qid="x"):
    return Question(id=qid, type="multiple_choice", skill="fact", prompt=prompt, choices=choices,
                    answer=answer or choices[0], evidence=ev(0, "Mayor Dana Ortiz"))


def test_markup_characters_print_literally_and_make_no_links():
    from pypdf import PdfReader

    ws = worksheet(title=HOSTILE, instructions=HOSTILE, article=dict(article(), title=HOSTILE, byline=HOSTILE,
                                                                       author_lines=[HOSTILE], captions=[HOSTILE]),
                   questions=[_mc(HOSTILE + "?", [HOSTILE, "<i>plain</i>", "a < b && c > d"])])
    for pdf in (render_worksheet(ws), render_worksheet(ws, key=True)):
        text = pdf_text(pdf)
        assert '<b>Bold</b> & <a href="javascript:alert(1)">click</a> <img src=x onerror=alert(1)>' in text
        assert "<i>plain</i>" in text and "a < b && c > d" in text and "&amp;" in text
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            assert "/Annots" not in page          # no link was made
        assert b"javascript" not in pdf.replace(b"javascript:alert", b"") or b"/JS" not in pdf
        assert b"/JavaScript" not in pdf and b"/URI" not in pdf


def test_hangul_accents_quotes_and_dashes_render_with_embedded_fonts():
    title = "북한 군대 파병 — “Kim Jong-un’s” café, naïve façade, Zoë, Łódź, Tiếng Việt"
    ws = worksheet(title=title, questions=[_mc("누가 리본을 잘랐나요?", ["김민섭", "이순신", "José Núñez"])])
    pdf = render_worksheet(ws)
    text = pdf_text(pdf)
    for needle in ("북한 군대 파병", "“Kim Jong-un’s”", "café", "naïve", "Zoë", "Łódź", "Tiếng Việt", "누가 리본을 잘랐나요?",
                   "김민섭", "José Núñez", "—"):
        assert needle in text, needle
    fonts = pdffonts(pdf)
    assert all(f["emb"] == "yes" for f in fonts)
    assert any("QuizgenHangul" in f["name"] for f in fonts)
    # Hangul goes to the fallback face; Latin stays in the main one.
    assert f'<font name="{FALLBACK}">북한</font>' in markup("북한", SANS)
    assert "<font" not in markup("café — “quotes”", SANS)
    for char in "북한군대파병ếệ":
        assert covers(FALLBACK, char)


def test_control_characters_and_lone_surrogates_are_dropped():
    ws = worksheet(title="Bad\x00 \x07 \ud800 title\u202e", questions=[_mc("Why\x0b?", ["a\x1b", "b", "c"])])
    text = pdf_text(render_worksheet(ws))
    assert "Bad" in text and "title" in text


_alphabet = st.sampled_from(list("<>&\"'/=;:!?#%()[]{}") + list("abcXYZ 09") + list("한국어북") +
                            list("שלום مرحبا") + list("éüñ—“”‘’…") + ["\n", "\t", "\u200f", "\x00"])
_text = st.one_of(
    st.text(_alphabet, min_size=0, max_size=80),
    st.text(min_size=0, max_size=40),
    st.builds(lambda w, n: w * n, st.sampled_from(["Donaudampfschiff", "가나다", "x", "<b>", "&"]),
              st.integers(20, 120)),  # very long "words"
    st.sampled_from([HOSTILE, '<a href="javascript:void(0)">x</a>', "<img src=//evil>", "<b>", "&", "&#x41;", "]]>"]),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_text, byline=_text, option=_text, prompt=_text, code=_text)
def test_hypothesis_texts_render_worksheet_and_key(title, byline, option, prompt, code):
    choices = [option or "empty", option + " two", "three"]
    qs = [_mc(prompt or "?", choices, qid="h1"),
          Question(id="h2", type="cloze", skill="fact", prompt=f"{prompt} ______ {title}", answer=option or "x",
                   word_bank=[option or "x", title or "y"], evidence=ev(0, "Mayor Dana Ortiz")),
          Question(id="h3", type="matching", skill="fact", prompt=prompt or "Match", answer=[[title, option], ["b", "c"]],
                   evidence=ev(0, "Mayor Dana Ortiz")),
          Question(id="h4", type="short_answer", skill="inference", prompt=prompt or "Why?", answer=option or "x",
                   rubric=[{"points": 1, "criterion": title}], evidence=ev(0, "Mayor Dana Ortiz"))]
    ws = worksheet(title=title, questions=qs, article=dict(article(), byline=byline, author_lines=[byline],
                                                           captions=[option]),
                   join_code=code[:20] or None, join_url=("http://x/" + code[:40]) if code else None)
    assert render_worksheet(ws, version="A").startswith(b"%PDF")
    assert render_worksheet(ws, key=True).startswith(b"%PDF")


@settings(max_examples=10, deadline=None)
@given(title=_text, prompt=_text, option=_text)
def test_hypothesis_texts_render_report(title, prompt, option):
    data = {"quiz_title": title, "class_name": option, "max_score": 5, "scores": [1, 2, 5],
            "items": [{"number": 1, "prompt": prompt, "facility": 0.5, "discrimination": 0.1,
                       "key": option, "options": {option: 3, title: 1}}]}
    assert render_report(data).startswith(b"%PDF")
