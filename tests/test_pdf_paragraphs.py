"""The fast Paragraph markup reader and the ReportLab stand-ins in quizgen.pdf.accel
give exactly what ReportLab's own would."""
from __future__ import annotations

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.paraparser import ParaParser

from quizgen.pdf import accel
from quizgen.pdf.accel import same_frag
from quizgen.pdf.fonts import SANS, SERIF, markup
from quizgen.pdf.paragraphs import P, fragments
from quizgen.pdf.styles import make_theme

from .test_pdf_escaping import HOSTILE

SAMPLES = [
    "plain text",
    "",
    "   spaced \n  over\tlines  ",
    markup("Q & A <b> \"quoted\" 'single' café — 북한 군대", SANS),
    markup(HOSTILE, SERIF),
    markup("line one\nline two", SANS, newlines=True),
    'Who cut it?&nbsp;&nbsp;<font name="QZSans" size="9.0" color="#555555">[1 pt]</font>',
    '<font name="QZSans-Bold" color="#1f4e79">Evidence ¶3:</font>&nbsp; <font name="QZSerif-Italic">“A &amp; B”</font>',
    "<b>12.</b>&nbsp;B",
    'The <u><font name="QZSans-Bold" color="#0b6e3a">answer</font></u> here',
    'word&nbsp;<font name="QZSans" color="#555555">(¶2)</font>',
    "<i>it</i><br/>next<br />line",
    # Outside the fast grammar: ReportLab's parser reads these.
    "&#x41;&#66; charrefs",
    "&copy; &unknownentity; &",
    '<font color=red>unquoted</font>',
    "<para>given para</para>",
    "<super>1</super> and <a href='x'>link</a>",
    "<FONT name=\"QZSans\">upper</FONT>",
    "a < b",
    "<br>open br",
    "<b/>empty",
    '<font size="+2">relative</font> <font name="QZSerif" size="14">named</font>',
    "<b><i>both</i></b> <i>it <b>bi</b></i> <u>under <b>bold</b></u> <u>again</u>",
    "tail &nbsp;&amp;&lt;&gt;&quot; x",
    "a\xa0b  c", "x\u2003y", "\u2003lead", "trail\u2003", "zero\u200bwidth", "tab\there", "\x85next",
]


def _frags(frags):
    return [sorted(vars(f).items()) for f in frags]


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_reader_makes_the_same_fragments_as_reportlab(text):
    theme = make_theme()
    for style in (theme["question"], theme["key_text"], theme["body"]):
        try:
            theirs = Paragraph(text, style)
        except ValueError:
            with pytest.raises(ValueError):
                P(text, style)
            continue
        ours = P(text, style)
        assert ours.text == theirs.text
        assert repr(_frags(ours.frags)) == repr(_frags(theirs.frags))
        assert vars(ours.style) == vars(theirs.style)


def test_fast_reader_grammar():
    style = make_theme()["question"]
    assert [f.text for f in fragments("a &amp; b", style)] == ["a ", "&", " b"]
    frags = fragments('<font name="QZSans-Bold" color="#555555">y</font><br/>', style)
    assert frags[0].textColor == HexColor("#555555") and frags[0].fontName == "QZSans-Bold"
    assert frags[1].lineBreak and frags[1].text == ""
    for other in ("&#65;", "<a href='x'>", "<b>unclosed", "</b>", "<b></i>", "a < b", "<para>x</para>",
                  "<script>x</script>", "&nosuch;", "<br>", "<b/>", '<font face="x">y</font>', "<B>x</B>"):
        assert fragments(other, style) is None, other


def test_same_frag_agrees_with_reportlab():
    from reportlab.lib.rl_accel import _c_funcs

    reference = _c_funcs.get("sameFrag")
    assert reference is not None, "rl_accel (a dependency in pyproject.toml) is not installed"
    style = ParagraphStyle("x", textColor=HexColor("#1a1a1a"))
    _, frags, _ = ParaParser().parse('a <font color="#1a1a1a">b</font> <font size="9">c</font> '
                                     '<u>d</u><br/><b>e</b> <font color="#555555">f</font> g', style)
    extra = frags[0].clone(backColor=HexColor("#ffffff"))
    extra2 = frags[0].clone(nobr=None)
    pool = [*frags, extra, extra2, frags[0].clone(), frags[0].clone(cbDefn=object())]
    for f in pool:
        for g in pool:
            assert bool(same_frag(f, g)) == bool(reference(f, g)), (vars(f), vars(g))


def test_ascent_descent_agrees_with_reportlab():
    from reportlab.pdfbase import pdfmetrics

    from quizgen.pdf.fonts import FALLBACK, register_fonts

    register_fonts()
    for name in (SANS, SANS + "-Bold", SERIF + "-Italic", FALLBACK, "Helvetica"):
        for size in (None, 0, 8.5, 11, 11.0, 17):
            assert accel.get_ascent_descent(name, size) == accel._get_ascent_descent(name, size)
            assert accel.get_ascent_descent(name, size) == accel._get_ascent_descent(name, size)  # remembered
    assert pdfmetrics.getAscentDescent is accel._get_ascent_descent  # ReportLab's own is untouched


def test_string_width_agrees_with_reportlab():
    from quizgen.pdf.fonts import FALLBACK, register_fonts

    register_fonts()
    for name in (SANS, SERIF + "-Italic", FALLBACK, "Helvetica"):
        for size in (8.5, 11, 17.0):
            for text in (" ", " ", "word", "  ", "북한", ""):
                assert accel.string_width(text, name, size) == accel._string_width(text, name, size)
                assert accel.string_width(text, name, size, "utf8") == accel._string_width(text, name, size, "utf8")


def test_split_string_agrees_with_reportlab():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfdoc import PDFDocument

    from quizgen.pdf.fonts import FALLBACK, register_fonts

    register_fonts()
    texts = ["\xa0lead", "a", "a\xa0", "Hello world", "Hello\xa0world", "", "café — “quoted” naïve", "Hello world", "북한 군대 파병",
             "x" * 3, "".join(chr(c) for c in range(0x20, 0x250) if c != 0x7f), "Hello world again",
             "Łódź Tiếng Việt", "북한"]
    for name in (SERIF, FALLBACK):
        font = pdfmetrics.getFont(name)
        ours_doc, theirs_doc = PDFDocument(), PDFDocument()
        for text in texts * 2:
            assert accel.split_string(font, text, ours_doc) == accel._split_string(font, text, theirs_doc), text
        assert font.state[ours_doc].assignments == font.state[theirs_doc].assignments
        assert font.state[ours_doc].subsets == font.state[theirs_doc].subsets


def test_stand_ins_are_installed():
    from reportlab.pdfbase import pdfdoc, ttfonts
    from reportlab.platypus import paragraph

    assert paragraph.sameFrag is accel.same_frag
    assert paragraph.getAscentDescent is accel.get_ascent_descent
    assert paragraph.stringWidth is accel.string_width
    assert ttfonts.TTFont.splitString is accel.split_string
    assert pdfdoc.format is accel.format_value
    assert pdfdoc.pdfdocEnc is accel.pdfdoc_encode
    assert pdfdoc.PDFZCompress.encode(b"x" * 100) == __import__("zlib").compress(b"x" * 100, accel.DEFLATE_LEVEL)


def test_format_value_agrees_with_reportlab():
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDocument, PDFName, PDFString

    document = PDFDocument()
    for value in (0, 1, -1, 500, 2048, 123456789, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 10 ** 17, 0.5, -0.25, 12.345678, 1e-7, 3e12, 612.0, b"raw", "text",
                  "café", PDFName("Font"), PDFString("x"), PDFArray([1, 2.5, b"y"]), True, None):
        assert accel.format_value(value, document) == accel._format(value, document), value


def test_drawn_paragraphs_leave_no_text_object_cycles():
    import gc

    from reportlab.pdfgen.textobject import PDFTextObject

    from quizgen.pdf import render_worksheet

    from .pdf_support import worksheet

    sheet = worksheet()
    render_worksheet(sheet, key=True)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        render_worksheet(sheet, key=True)
        gc.collect()
        assert not [o for o in gc.garbage if isinstance(o, PDFTextObject)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_pdfdoc_encode_agrees_with_reportlab():
    for value in ["", "/Type /Page", "a\tb\nc\rd", "".join(map(chr, range(0x20, 0x7f))), b"bytes", "café",
                  "\x18\x1f\x7f", "control\x01", "€", "x" * 1000]:
        assert _outcome(accel.pdfdoc_encode, value) == _outcome(accel._pdfdoc_encode, value), value


def _outcome(function, value):
    try:
        return function(value)
    except UnicodeError as error:  # ReportLab's codec refuses some characters; so must we
        return type(error)


def test_stand_ins_only_replace_a_tested_reportlab_release():
    import reportlab

    from quizgen.pdf import accel
    assert accel.install("4.0.9") is False  # an untested release keeps ReportLab's own code
    assert accel.install(reportlab.Version) is (reportlab.Version + ".").startswith(accel.TESTED_REPORTLAB)
