"""Flowables and the page machinery shared by worksheets, keys and reports.

* :class:`Gutter` lays a paragraph out beside something drawn in its left
  gutter (a paragraph number, a question number, a bubble, a box) and splits
  across pages like the paragraph it wraps.
* :class:`RuledLines`, :class:`BoxRow` draw answer space.
* :func:`build_pdf` runs a one-pass build; every footer says "Page X of Y",
  Y being a form drawn once the last page is done.
"""
from __future__ import annotations

import functools
import io
from collections.abc import Callable

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import white as _WHITE
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from .fonts import SANS, clean, draw_text, fit_text
from .paragraphs import P  # noqa: F401  (re-exported: the Paragraph of every document)
from .styles import ACCENT, INK, MUTED, RULE, Theme


def table_style(commands: list) -> TableStyle:
    """A TableStyle whose cells default to the embedded sans face (ReportLab's
    default, Helvetica, is not embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS), *commands])


class Gutter(Flowable):
    """``content`` (a Paragraph) indented by ``indent``, with ``decorate`` drawn
    in the gutter beside its first line: ``decorate(canv, indent, baseline)``."""

    def __init__(self, content: Paragraph, indent: float,
                 decorate: Callable | None = None, after: Callable | None = None):
        super().__init__()
        self.content = content
        self.indent = indent
        self.decorate = decorate
        self.after = after  # drawn beside every part: after(canv, self, width, height)
        self.width = self.height = 0

    def wrap(self, aw, ah):
        _, h = self.content.wrap(aw - self.indent, ah)
        self.width, self.height = aw, h
        return aw, h

    def split(self, aw, ah):
        parts = self.content.split(aw - self.indent, ah)
        if not parts:
            return []
        return [Gutter(parts[0], self.indent, self.decorate, self.after),
                *[Gutter(p, self.indent, None, self.after) for p in parts[1:]]]

    def getSpaceBefore(self):
        return self.content.getSpaceBefore()

    def getSpaceAfter(self):
        return self.content.getSpaceAfter()

    def draw(self):
        self.content.drawOn(self.canv, self.indent, 0)
        if self.decorate is not None:
            baseline = self.height - self.content.style.fontSize
            self.decorate(self.canv, self.indent, baseline)
        if self.after is not None:
            self.after(self.canv, self, self.width, self.height)


def label(text: str, font: str, size: float, colour=INK, gap: float = 5):
    """A decorate function that right-aligns ``text`` in the gutter."""
    def decorate(canv, indent, baseline):
        canv.setFillColor(colour)
        draw_text(canv, indent - gap, baseline, text, font, size, anchor="right")
        canv.setFillColor(INK)
    return decorate


def bubble(letter: str, radius: float, size: float, filled: bool = False, gap: float = 6):
    """A decorate function drawing an answer bubble with ``letter`` inside."""
    def decorate(canv, indent, baseline):
        cx, cy = indent - gap - radius, baseline + size * 0.33
        canv.setLineWidth(0.9)
        canv.setStrokeColor(INK)
        canv.setFillColor(INK if filled else _WHITE)
        canv.circle(cx, cy, radius, stroke=1, fill=1)
        canv.setFillColor(_WHITE if filled else INK)
        letter_size = radius * 1.15
        draw_text(canv, cx, cy - letter_size * 0.35, letter, SANS + "-Bold", letter_size, anchor="centre")
        canv.setFillColor(INK)
    return decorate


def square(size: float, text: str = "", gap: float = 6, colour=INK):
    """A decorate function drawing a box (for ordering numbers or ticks)."""
    def decorate(canv, indent, baseline):
        x = indent - gap - size
        y = baseline - size * 0.28
        canv.setLineWidth(0.9)
        canv.setStrokeColor(INK)
        canv.rect(x, y, size, size, stroke=1, fill=0)
        if text:
            canv.setFillColor(colour)
            draw_text(canv, x + size / 2, y + size * 0.25, text, SANS + "-Bold", size * 0.62, anchor="centre")
            canv.setFillColor(INK)
    return decorate


class RuledLines(Flowable):
    """``count`` writing lines ``gap`` points apart, indented by ``indent``."""

    def __init__(self, count: int, gap: float, indent: float = 0, text: list[str] | None = None,
                 font: str = SANS, size: float = 10, colour=RULE):
        super().__init__()
        self.count, self.gap, self.indent = count, gap, indent
        self.text = text or []
        self.font, self.size, self.colour = font, size, colour

    def wrap(self, aw, ah):
        self.width = aw
        self.height = self.count * self.gap + 4
        return aw, self.height

    def draw(self):
        canv = self.canv
        canv.setStrokeColor(self.colour)
        canv.setLineWidth(0.6)
        for i in range(self.count):
            y = self.height - (i + 1) * self.gap
            canv.line(self.indent, y, self.width, y)
        canv.setStrokeColor(INK)


class Spacer2(Flowable):
    """A fixed vertical gap that is never dropped at a frame top (unlike Spacer)."""

    def __init__(self, height: float):
        super().__init__()
        self.height = height

    def wrap(self, aw, ah):
        return aw, self.height

    def draw(self):
        pass


@functools.lru_cache(maxsize=32)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix for ``value`` from ReportLab's own encoder (cached: the
    encoder is pure Python and a published quiz prints its code on every page)."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return tuple(tuple(bool(m) for m in row) for row in widget.qr.modules)


def draw_qr(canv, value: str, x: float, y: float, size: float, border: int = 2) -> None:
    """Draw the QR code for ``value`` as a ``size``-point square at ``x, y``;
    dark modules in a row are merged into one rectangle."""
    modules = qr_modules(value)
    n = len(modules) + 2 * border
    cell = size / n
    canv.saveState()
    canv.setFillColor(_WHITE)
    canv.rect(x, y, size, size, stroke=0, fill=1)
    canv.setFillColor(INK)
    path = canv.beginPath()
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect(x + (start + border) * cell, y + size - (r + border + 1) * cell,
                          (c - start) * cell, cell)
            else:
                c += 1
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


#: Form XObject names (fixed, one footer per document: with ``invariant`` the
#: same quiz gives the same bytes every time).
JOIN_QR_FORM, PAGE_COUNT_FORM = "qzjoinqr", "qzpagecount"


class Footer:
    """Draws the running footer at the end of each page: left text, "Page X
    of Y", the version letter, and the join code with a QR code when
    published. Y is a form that every page refers to and
    :meth:`define_page_count` draws once the document is complete (ReportLab
    lets a form be defined after its use)."""

    def __init__(self, theme: Theme, left: str, version: str | None = None,
                 join_code: str | None = None, join_url: str | None = None, right: str | None = None):
        self.theme, self.left, self.version = theme, left, version
        self.join_code, self.join_url, self.right = join_code, join_url, right
        self.size = 8.5 if not theme.large_print else 12
        self._qr_defined = False

    def __call__(self, canv: Canvas, doc=None) -> None:
        """A PageTemplate ``onPageEnd`` callback."""
        t, size = self.theme, self.size
        x0, x1 = t.margin_x, t.page_width - t.margin_x
        y = t.margin_bottom * 0.42
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(x0, t.margin_bottom - 8, x1, t.margin_bottom - 8)
        canv.setFillColor(MUTED)
        qr_size = t.margin_bottom - 16 if self.join_url else 0
        if qr_size:
            self._draw_qr(canv, x1 - qr_size, qr_size)
        self._draw_page_number(canv, (x0 + x1) / 2, y)
        third = (x1 - x0) / 3 - 10
        left = fit_text(self.left, SANS, size, third - (34 if self.version else 0))
        draw_text(canv, x0, y, left, SANS, size)
        self._draw_right(canv, x1 - (qr_size + 6 if qr_size else 0), y, third, bool(qr_size))
        if self.version:
            self._draw_version_tab(canv, x0 + (x1 - x0) / 3, y)
        canv.restoreState()

    def _draw_qr(self, canv: Canvas, x: float, qr_size: float) -> None:
        if not self._qr_defined:
            canv.beginForm(JOIN_QR_FORM)
            draw_qr(canv, self.join_url, 0, 0, qr_size)
            canv.endForm()
            self._qr_defined = True
        canv.saveState()
        canv.translate(x, 4)
        canv.doForm(JOIN_QR_FORM)
        canv.restoreState()

    def _draw_page_number(self, canv: Canvas, centre: float, y: float) -> None:
        """"Page X of " and the page-count form after it, centred as if the
        count had as many digits as X."""
        page = canv.getPageNumber()
        prefix = f"Page {page} of"
        space = pdfmetrics.stringWidth(" ", SANS, self.size)
        guess = pdfmetrics.stringWidth(str(page), SANS, self.size)
        start = centre - (pdfmetrics.stringWidth(prefix, SANS, self.size) + space + guess) / 2
        width = draw_text(canv, start, y, prefix, SANS, self.size)
        canv.saveState()
        canv.translate(start + width + space, y)
        canv.doForm(PAGE_COUNT_FORM)
        canv.restoreState()

    def define_page_count(self, canv: Canvas, total: int) -> None:
        """Draw the page count into the form every footer refers to."""
        canv.beginForm(PAGE_COUNT_FORM)
        canv.setFillColor(MUTED)
        draw_text(canv, 0, 0, str(total), SANS, self.size)
        canv.endForm()

    def _draw_right(self, canv: Canvas, right_edge: float, y: float, room: float, qr: bool) -> None:
        size = self.size
        bits = [f"Join code: {self.join_code}"] if self.join_code else []
        if self.right:
            bits.append(self.right)
        if not bits:
            return
        draw_text(canv, right_edge, y, fit_text("  ·  ".join(bits), SANS, size, room),
                  SANS + "-Bold" if self.join_code else SANS, size, anchor="right")
        if self.join_url and qr:
            draw_text(canv, right_edge, y - size * 1.3, fit_text("Scan to take this quiz online", SANS, size * 0.85, room),
                      SANS, size * 0.85, anchor="right")

    def _draw_version_tab(self, canv: Canvas, right: float, y: float) -> None:
        """A solid tab with the version letter, repeated on every page."""
        size = self.size
        tab = size * 2.2
        x = right - tab + 2
        canv.setFillColor(ACCENT)
        canv.roundRect(x, y - size * 0.55, tab, tab, 3, stroke=0, fill=1)
        canv.setFillColor(_WHITE)
        draw_text(canv, x + tab / 2, y - size * 0.55 + tab * 0.27, self.version, SANS + "-Bold",
                  tab * 0.62, anchor="centre")


def _footed_canvas(footer: Footer):
    class FootedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Start pages in an embedded font: the default Helvetica would be
            # listed in the PDF as a font that is not embedded.
            kwargs["initialFontName"] = SANS
            super().__init__(*args, **kwargs)

        def save(self):
            # Every page has been shown: the page number is the next page's.
            footer.define_page_count(self, self.getPageNumber() - 1)
            super().save()

    return FootedCanvas


def build_pdf(story: list, theme: Theme, footer: Footer, *, title: str = "", author: str = "quizgen",
              subject: str = "", first_page: Callable | None = None) -> bytes:
    """Lay ``story`` out on ``theme``'s paper with ``footer`` on every page."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(theme.page_width, theme.page_height),
        leftMargin=theme.margin_x, rightMargin=theme.margin_x,
        topMargin=theme.margin_top, bottomMargin=theme.margin_bottom,
        title=" ".join(clean(title).split())[:300], author=author, subject=subject,
        creator="quizgen", invariant=1,
    )
    frame = Frame(theme.margin_x, theme.margin_bottom, theme.frame_width,
                  theme.page_height - theme.margin_top - theme.margin_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=first_page or _nothing, onPageEnd=footer)])
    doc.build(story, canvasmaker=_footed_canvas(footer))
    return buffer.getvalue()


def _nothing(canv, doc):
    pass
