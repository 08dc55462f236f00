"""Upload readers: one test per format, one per kind of bad input, and a
property test that no bytes make ``read_upload`` raise anything but
ArticleError. Every file is built here (python-docx, reportlab, pypdf,
zipfile); no binary fixtures."""
from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.articles import readers
from quizgen.articles.parse import ArticleError, parse_article
from quizgen.articles.readers import (
    DOCX_MAX_ENTRIES,
    DOCX_RATIO_MIN_SIZE,
    Document,
    decode_text,
    read_upload,
    sanitize_html,
)

TITLE = "North Korea delivers military aid to Russia"
PARA1 = ("Last August, North Korea supplied Russia with military equipment, including artillery "
         "shells and missiles. This development raised multiple concerns among Western nations, "
         "as the situation highlighted the ineffectiveness of sanctions against North Korea.")
PARA2 = ("Despite these concerns, the amount of cooperation between Pyongyang and Moscow has "
         "expanded in a few months, and the situation has worsened until its peak where peaceful "
         "resolutions can no longer be utilized.")
CAPTION = "Displayment of Russia, China, and North Korea’s flag. Photo Credit to Pxhere"


def _fails(filename: str, data: bytes, **kwargs) -> str:
    with pytest.raises(ArticleError) as caught:
        read_upload(filename, data, **kwargs)
    return str(caught.value)


def _accepted_formats_listed(message: str) -> bool:
    return all(ext in message for ext in (".txt", ".md", ".html", ".docx", ".pdf"))


# --------------------------------------------------------------------------
# Builders


def _png(width: int = 4, height: int = 4) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"\x80\x20\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _docx(tmp_path=None, *, with_picture: bool = True) -> bytes:
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.add_paragraph("Week 3 reading", style="Normal")  # before the title: still body
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("By Jane Doe")
    if with_picture:
        document.add_picture(io.BytesIO(_png()), width=Inches(1))
        document.paragraphs[-1]._p.xpath(".//wp:docPr")[0].set("descr", "A map of the Korean peninsula")
    document.add_paragraph(CAPTION, style="Caption")
    document.add_paragraph(PARA1)
    document.add_heading("Reactions", level=2)
    document.add_paragraph(PARA2)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "A sentence inside a table cell."
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@functools.cache
def _docx_bytes() -> bytes:
    return _docx()


@functools.cache
def _pdf_bytes() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter).build([
        Paragraph(TITLE, styles["Title"]),
        Paragraph("By Jane Doe", styles["Normal"]),
        Spacer(1, 12),
        Paragraph(PARA1, styles["Normal"]),
        Spacer(1, 12),
        Paragraph(PARA2, styles["Normal"]),  # no gap before the next one:
        Paragraph("A third paragraph follows straight after the second one, with no space "
                  "between them, and it wraps onto a second line as well.", styles["Normal"]),
    ])
    return out.getvalue()


def _canvas_pdf(draw) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def _zip(entries: list[tuple[str, bytes]], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, body in entries:
            archive.writestr(name, body)
    return out.getvalue()


def _docx_plus(extra: list[tuple[str, bytes]]) -> bytes:
    """A valid .docx with extra entries appended."""
    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    return _zip(entries + extra)


# --------------------------------------------------------------------------
# Formats


def test_txt_keeps_the_plain_text_convention():
    text = f"{TITLE}\n\n[{CAPTION}]\n\n{PARA1}\n\n{PARA2}\n\n- MinSeop (Mason) Kim / Grade 9\n"
    doc = read_upload("article.txt", ("\ufeff" + text).encode("utf-8"))
    assert doc == Document(text=text.strip(), title=None, kind="txt")
    parsed = parse_article(doc.text, title=doc.title)
    assert parsed.title == TITLE
    assert parsed.captions == [CAPTION]
    assert parsed.byline == "MinSeop (Mason) Kim / Grade 9"
    assert parsed.paragraphs == [PARA1, PARA2]


def test_markdown_title_paragraphs_captions_and_no_markup():
    md = (
        "---\nlayout: post\ntitle: Front matter title\n---\n"
        f"# {TITLE}\n\n"
        "By Jane Doe\n\n"
        f"![{CAPTION}](flags.jpg)\n\n"
        "Last August, **North Korea** supplied [Russia](https://example.org/russia) with\n"
        "military equipment, including `artillery` shells and _missiles_.\n\n"
        "## Reactions\n\n"
        "- The first list item is a sentence.\n"
        "- The second list item is another.\n\n"
        "<div onclick=\"steal()\"><script>alert(1)</script><p>Raw HTML paragraph.</p></div>\n"
    )
    doc = read_upload("notes.md", md.encode())
    assert doc.kind == "md" and doc.title == TITLE
    assert doc.text.split("\n\n") == [
        TITLE,
        "By Jane Doe",
        f"[{CAPTION}]",
        "Last August, North Korea supplied Russia with military equipment, including "
        "artillery shells and missiles.",
        "Reactions",
        "The first list item is a sentence.",
        "The second list item is another.",
        "Raw HTML paragraph.",
    ]
    for markup in ("**", "](", "`", "_missiles", "<", "alert", "layout"):
        assert markup not in doc.text


def test_markdown_without_h1_uses_front_matter_title():
    doc = read_upload("a.markdown", b"---\ntitle: \"Front matter title\"\n---\nJust a paragraph.\n")
    assert doc.title == "Front matter title"
    assert doc.text == "Front matter title\n\nJust a paragraph."


HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Site name | Story</title><style>p {{ color: red }}</style>
<script>document.cookie</script></head>
<body onload="steal()">
<nav><ul><li>Home</li><li>Sports</li></ul></nav>
<header><h1 onclick="x()">{TITLE}</h1>
<p class="article-byline">By <a href="javascript:alert(1)" rel="author">Jane Doe</a></p></header>
<article>
<figure><img src="flags.jpg" alt="Flags" onerror="steal()"><figcaption>{CAPTION}</figcaption></figure>
<p>{PARA1.replace("military", "<b>military</b>")}</p>
<iframe src="https://ads.example">Ad fallback text</iframe>
<h2>Reactions</h2>
<p>{PARA2}<br><br>A paragraph after two line breaks.</p>
<img src="map.png" alt="A map of the Korean peninsula">
<ul><li>One list item sentence.</li></ul>
<blockquote>A quoted block of text.</blockquote>
</article>
<footer><p>Copyright 2024 Example Newspaper</p></footer>
</body></html>"""


def test_html_is_sanitised_then_read():
    doc = read_upload("story.HTM", HTML.encode())
    assert doc.kind == "html" and doc.title == TITLE
    assert doc.text.split("\n\n") == [
        TITLE,
        "By Jane Doe",
        f"[{CAPTION}]",
        PARA1,
        "Reactions",
        PARA2,
        "A paragraph after two line breaks.",
        "[A map of the Korean peninsula]",
        "One list item sentence.",
        "A quoted block of text.",
    ]
    for dropped in ("cookie", "steal", "Ad fallback", "Home", "Copyright", "color"):
        assert dropped not in doc.text
    parsed = parse_article(doc.text, title=doc.title)
    assert parsed.title == TITLE and parsed.byline == "Jane Doe"
    assert parsed.captions == [CAPTION, "A map of the Korean peninsula"]
    assert CAPTION not in " ".join(parsed.paragraphs)


def test_html_title_falls_back_to_title_element_and_img_alt_in_figure():
    doc = read_upload("a.html", b"<title>Only a title</title><figure><img alt='Flags'></figure>"
                                b"<div>Text in a div.</div><span class=author>Ann Lee</span>")
    assert doc.title == "Only a title"
    assert doc.text.split("\n\n") == ["Only a title", "By Ann Lee", "[Flags]", "Text in a div."]


def test_sanitize_html_drops_scripts_handlers_iframes_styles():
    clean = sanitize_html(
        '<p style="x" onclick="a()">Hi <a href="javascript:alert(1)">link</a></p>'
        '<script>alert(2)</script><iframe src="https://x"></iframe><style>p{}</style>'
        '<img src="x.png" onerror="b()" alt="pic">'
    )
    for bad in ("style", "onclick", "javascript", "script", "alert", "iframe", "onerror"):
        assert bad not in clean
    assert "Hi" in clean and "link" in clean and 'alt="pic"' in clean


def test_docx_title_caption_picture_alt_table():
    doc = read_upload("Essay.DOCX", _docx_bytes())
    assert doc.kind == "docx" and doc.title == TITLE
    assert doc.text.split("\n\n") == [
        TITLE,
        "Week 3 reading",
        "By Jane Doe",
        "[A map of the Korean peninsula]",
        f"[{CAPTION}]",
        PARA1,
        "Reactions",
        PARA2,
        "A sentence inside a table cell.",
    ]
    parsed = parse_article(doc.text, title=doc.title)
    assert parsed.title == TITLE
    assert CAPTION in parsed.captions and PARA1 in parsed.paragraphs


def test_docx_without_title_style_has_no_title():
    import docx

    document = docx.Document()
    document.add_paragraph("Plain first line")
    document.add_paragraph(PARA1)
    out = io.BytesIO()
    document.save(out)
    doc = read_upload("a.docx", out.getvalue())
    assert doc.title is None
    assert doc.text == f"Plain first line\n\n{PARA1}"


def test_pdf_lines_rejoined_into_paragraphs():
    doc = read_upload("article.pdf", _pdf_bytes())
    assert doc.kind == "pdf" and doc.title is None
    assert doc.text.split("\n\n") == [
        TITLE,
        "By Jane Doe",
        PARA1,
        PARA2,
        "A third paragraph follows straight after the second one, with no space between them, "
        "and it wraps onto a second line as well.",
    ]
    parsed = parse_article(doc.text)
    assert parsed.title == TITLE and parsed.byline == "Jane Doe"
    assert parsed.paragraphs[0] == PARA1


def test_pdf_words_broken_at_line_ends_are_rejoined():
    lines = [
        "The government confirmed the infor-",
        "mation on Monday, and a well-",
        "known analyst from Seoul said Byeong-",
        "ju was right about all of it today.",
    ]

    def draw(c):
        for n, line in enumerate(lines):
            c.drawString(72, 720 - 14 * n, line)

    doc = read_upload("broken.pdf", _canvas_pdf(draw))
    assert doc.text == ("The government confirmed the information on Monday, and a well-known "
                        "analyst from Seoul said Byeong-ju was right about all of it today.")


# --------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.docx", "a.pdf"])
@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "])
def test_empty_or_whitespace_only(name, data):
    assert "The file is empty" in _fails(name, data)


@pytest.mark.parametrize("data", ["\ufeff   \n".encode(), "\ufeff\n".encode("utf-16")])
def test_whitespace_after_decoding_is_empty(data):
    assert "The file is empty" in _fails("a.txt", data)


def test_markup_without_text_says_no_text():
    assert "No readable text" in _fails("a.html", b"<script>alert(1)</script><p>  </p>")
    assert "empty" in _fails("a.md", b"---\n\n***\n")


def test_cp1252_text_is_decoded():
    doc = read_upload("old.txt", b"caf\xe9 \x93quoted\x94 \x96 na\xefve")
    assert doc.text == "café “quoted” – naïve"


def test_mostly_utf8_with_a_stray_cp1252_byte():
    assert decode_text("Kim’s café ".encode() + b"\x93ok\x94") == "Kim’s café “ok”"


def test_utf16_with_bom_and_crlf():
    assert decode_text("Title\r\n\r\nBody “text”.".encode("utf-16")) == "Title\n\nBody “text”."


@pytest.mark.parametrize("data", [
    b"abc\x00def " * 10,                                     # NUL bytes
    bytes(range(1, 32)) * 5 + b"some letters",                # control characters
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,                       # a picture
])
def test_binary_is_not_text(data):
    message = _fails("notes.txt", data)
    assert "not text" in message or "PNG" in message
    assert _accepted_formats_listed(message)


def test_png_renamed_txt():
    message = _fails("photo.txt", _png())
    assert "PNG image" in message and _accepted_formats_listed(message)


@pytest.mark.parametrize("text", ["ID3 tags label songs.", "MZ Lee wrote this.", "GIF89a was a format."])
def test_text_that_starts_like_a_signature_is_still_text(text):
    assert read_upload("a.txt", text.encode()).text == text


def test_html_title_with_a_line_break_stays_whole():
    doc = read_upload("a.html", b"<h1>North Korea<br>and Russia</h1><p>Body text here.</p>")
    assert doc.title == "North Korea and Russia"


def test_pdf_renamed_txt_says_what_it_is():
    message = _fails("article.txt", _pdf_bytes())
    assert "a PDF" in message and ".pdf" in message


@pytest.mark.parametrize("name", ["photo.png", "article.doc", "article", "archive.tar.gz", ".txt.exe"])
def test_unknown_extension(name):
    message = _fails(name, b"Some text.")
    assert "can't be read" in message and _accepted_formats_listed(message)


def test_random_bytes_as_pdf():
    message = _fails("article.pdf", bytes(range(256)) * 4)
    assert "not a PDF" in message and _accepted_formats_listed(message)


def test_text_renamed_docx():
    message = _fails("article.docx", b"Just some text, not a Word file.")
    assert "not a Word document" in message and _accepted_formats_listed(message)


def test_old_doc_or_encrypted_word_file():
    message = _fails("article.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "old .doc format or is password-protected" in message


def test_zip_that_is_not_a_docx():
    message = _fails("article.docx", _zip([("notes.txt", b"hello")]))
    assert "not a Word document" in message


def test_truncated_docx_is_damaged():
    message = _fails("article.docx", _docx_bytes()[:3000])
    assert "damaged" in message and "paste" in message


def test_oversized_upload_is_refused_with_its_size():
    message = _fails("big.txt", b"word " * 300_000, max_bytes=1024 * 1024)
    assert "1.4 MB" in message and "1.0 MB" in message
    assert "6.0 MB" in _fails("big.txt", b"x" * (6 * 1024 * 1024))
    # At the limit is fine.
    assert read_upload("ok.txt", b"a" * 1024, max_bytes=1024).text == "a" * 1024


@pytest.fixture
def docx_never_opened(monkeypatch):
    """Fail the test if python-docx is asked to read the file."""
    import docx

    calls = []
    monkeypatch.setattr(docx, "Document", lambda *a, **k: calls.append(a))
    yield calls
    assert calls == [], "python-docx read a file that should have been refused first"


def test_zip_bomb_docx_refused_before_reading(docx_never_opened):
    bomb = _docx_plus([("word/media/filler.bin", b"\x00" * (60 * 1024 * 1024))])
    assert len(bomb) < 1024 * 1024  # a small upload that would unpack to 60 MB
    message = _fails("innocent.docx", bomb)
    assert "damaged or unsafe" in message


def test_docx_with_one_overcompressed_entry(docx_never_opened):
    bomb = _docx_plus([("word/media/photo99.png", b"\x00" * (8 * 1024 * 1024))])
    assert "damaged or unsafe" in _fails("a.docx", bomb)


def test_docx_declaring_too_much_in_total(docx_never_opened):
    # Each entry is under the ratio check's size; together they declare 60 MB.
    chunk = b"\x00" * DOCX_RATIO_MIN_SIZE
    bomb = _docx_plus([(f"word/media/part{n}.bin", chunk) for n in range(60)])
    assert "damaged or unsafe" in _fails("a.docx", bomb)


def test_docx_with_too_many_entries(docx_never_opened):
    bomb = _docx_plus([(f"customXml/extra{n}.xml", b"") for n in range(DOCX_MAX_ENTRIES)])
    assert "damaged or unsafe" in _fails("a.docx", bomb)


def test_docx_with_an_oversized_body(docx_never_opened):
    import random

    with zipfile.ZipFile(io.BytesIO(_docx_bytes())) as archive:
        entries = [(i.filename, archive.read(i)) for i in archive.infolist()]
    # Compresses about 30 : 1, under the ratio limit, yet declares far more
    # document body than any article needs.
    rng = random.Random(1)
    body = b"".join(rng.randbytes(8) + b" " * 400 for _ in range(27_000))
    assert len(body) > readers.DOCX_MAX_DOCUMENT_XML
    data = _zip([(n, body if n == "word/document.xml" else b) for n, b in entries])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
        assert info.file_size < readers.DOCX_MAX_RATIO * info.compress_size
    assert "damaged or unsafe" in _fails("a.docx", data)


def _encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_bytes())))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf():
    message = _fails("secret.pdf", _encrypted_pdf("secret"))
    assert "password-protected" in message


def test_pdf_with_owner_password_only_is_read():
    doc = read_upload("restricted.pdf", _encrypted_pdf(""))
    assert PARA1 in doc.text.split("\n\n")


def test_pdf_encrypted_with_aes_but_no_crypto_library(monkeypatch):
    # Without the optional `cryptography` package pypdf can't decrypt AES;
    # such a PDF must get its own message, not a generic failure.
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def needs_crypto(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_crypto)
    message = _fails("restricted.pdf", _encrypted_pdf(""))
    assert "encrypted" in message and "paste" in message


def test_image_only_pdf_has_no_text_layer():
    def draw(c):
        c.rect(72, 500, 300, 200, fill=1)
        c.circle(300, 300, 50)
        c.line(72, 100, 500, 120)

    message = _fails("scan.pdf", _canvas_pdf(draw))
    assert "no text layer" in message and "paste" in message


def test_pdf_with_a_corrupt_content_stream_is_called_damaged_not_scanned():
    import re
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pageCompression=1)
    c.drawString(72, 720, "Hello there, this is a line of text in the PDF.")
    c.showPage()
    c.save()
    data = out.getvalue()
    start = re.search(rb"stream\r?\n", data).end() + 2
    message = _fails("a.pdf", data[:start] + b"\x00" * 20 + data[start + 20:])
    assert "damaged" in message and "no text layer" not in message


def test_truncated_pdf_is_refused_cleanly():
    data = _pdf_bytes()
    message = _fails("a.pdf", data[: len(data) // 3])
    assert "PDF" in message


@pytest.mark.parametrize("html", [
    b"<div>a" * 5_000,                         # html5ever slows quadratically with depth
    b"<ul><li>item" * 2_000,
    b"<p>word " * (readers.HTML_MAX_ELEMENTS + 1),  # too many elements to extract quickly
])
def test_html_too_deep_or_too_large_is_refused_quickly(html):
    import time

    started = time.monotonic()
    message = _fails("page.html", html)
    assert "too complex" in message and "paste" in message
    assert time.monotonic() - started < 3


def test_ordinary_sloppy_html_is_not_too_complex():
    # Unclosed <p>, <li>, <td> close themselves; void tags and scripts don't nest.
    page = ("<table>" + "<tr><td>cell<td>cell" * 3000 + "</table>"
            + "<ul>" + "<li>item<br><img alt=''>" * 3000 + "</ul>"
            + "<script>" + "<div>" * 5000 + "</script>" + "<p>Para" * 3000)
    assert not readers.html_too_complex(page)
    assert readers.html_too_complex("<div>" * (readers.HTML_MAX_DEPTH + 1))


def test_markdown_over_the_character_limit_is_refused_before_parsing():
    message = _fails("long.md", b"[" * (readers.MARKDOWN_MAX_CHARS + 1))
    assert f"{readers.MARKDOWN_MAX_CHARS:,}" in message


def test_one_megabyte_without_paragraph_breaks_end_to_end():
    sentence = "The committee met again on Tuesday to discuss the budget for next year. "
    data = (sentence * (1024 * 1024 // len(sentence) + 1)).encode()[: 1024 * 1024]
    doc = read_upload("wall.txt", data)
    assert len(doc.text) > 1_000_000 and "\n" not in doc.text
    with pytest.raises(ArticleError) as caught:
        parse_article(doc.text, title=doc.title)
    message = str(caught.value)  # the size, the limit and what to do
    assert "1,048,576 characters" in message and "Split it into parts" in message


def test_long_text_without_breaks_under_the_word_limit_is_split():
    sentence = "The committee met again on Tuesday to discuss the budget for next year. "
    doc = read_upload("wall.txt", (sentence * 100).encode())
    parsed = parse_article(doc.text)
    assert len(parsed.paragraphs) > 3
    assert max(len(p) for p in parsed.paragraphs) < 2000


def test_unexpected_reader_errors_become_article_errors(monkeypatch):
    def broken(data):
        raise RuntimeError("bug deep inside a library")

    monkeypatch.setitem(readers._READERS, "pdf", broken)
    message = _fails("a.pdf", b"%PDF-1.7 whatever")
    assert "could not read this PDF" in message


# --------------------------------------------------------------------------
# Property: any bytes, any extension → a Document or an ArticleError


def _mutations(seed: bytes):
    """Valid files damaged in random places (flipped bytes, cuts, splices)."""
    def mutate(edits, cut):
        data = bytearray(seed)
        for position, value in edits:
            data[position % len(data)] = value
        return bytes(data[: max(1, cut % (len(data) + 1))])

    return st.builds(
        mutate,
        st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=8),
        st.integers(0, 1 << 20),
    )


_ANY_BYTES = st.one_of(
    st.binary(max_size=2048),
    st.binary(max_size=256).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=256).map(lambda b: b"PK\x03\x04" + b),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.text(max_size=100).map(lambda t: f"<p>{t}</p><img alt='{t}'>".encode()),
)


def _check(name: str, data: bytes) -> None:
    try:
        doc = read_upload(name, data)
    except ArticleError as error:
        assert str(error).strip()
    else:
        assert isinstance(doc, Document) and doc.text.strip()


_FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(name=st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.pdf", "a.htm", "a.bin"]),
       data=_ANY_BYTES)
def test_any_bytes_give_document_or_article_error(name, data):
    _check(name, data)


@_FAST
@given(data=st.deferred(lambda: _mutations(_docx_bytes())))
def test_damaged_docx_gives_document_or_article_error(data):
    _check("a.docx", data)


@_FAST
@given(data=st.deferred(lambda: _mutations(_pdf_bytes())))
def test_damaged_pdf_gives_document_or_article_error(data):
    _check("a.pdf", data)


def test_one_zip_check_guards_word_files_and_spreadsheets():
    """quizgen.safezip refuses a path that leaves the archive, for .docx too."""
    import io
    import zipfile

    from quizgen.articles.readers import check_docx_archive
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("../../evil.txt", "x")
    with pytest.raises(ArticleError, match="damaged or unsafe"):
        check_docx_archive(buffer.getvalue())
