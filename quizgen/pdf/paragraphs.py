"""The Paragraph every worksheet, key and report sets its text in, made cheap
to build and to lay out without changing a glyph of the output.

ReportLab reads Paragraph markup with an ``HTMLParser`` subclass and copies a
fragment with ``copy.copy`` for every tag and every piece of text: most of
the cost of making a Paragraph. Our markup is our own and small — escaped
text, named entities (``&amp; &lt; &gt; &nbsp;`` …) and a few plain tags
(``font`` with name/size/color, ``b``, ``i``, ``u``, ``br``) with
double-quoted attributes — so :func:`fragments` reads it with one regular
expression and builds the fragments exactly as ``ParaParser``'s tag handlers
do: every entity still arrives as its own piece of text, so the fragments
(and the PDF) are the same. Anything outside that grammar goes to ReportLab's
parser unchanged; ``tests/test_pdf_paragraphs.py`` holds the two to the same
output.

Colours in ``<font color="#rrggbb">`` are converted once per spelling:
ReportLab's ``toColor`` tries CSS, names and two Python-literal parsers
before it reads a hex colour.
"""
from __future__ import annotations

import re

from reportlab.lib.colors import toColor
from reportlab.platypus import paraparser as _rl_parser
from reportlab.platypus.paragraph import Paragraph, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag, known_entities

_TOKEN = re.compile(r'([^<&]+)|&([A-Za-z]\w*);|<(/?)([a-z]+)((?:\s+[a-z]+="[^"<>&]*")*)\s*(/?)>')
_ATTRIBUTE = re.compile(r'([a-z]+)="([^"]*)"')
#: ``<font>`` attributes read here, as ParaParser's span map converts them.
_FONT_ATTRIBUTES = {"name": ("fontName", None), "size": ("fontSize", _rl_parser._num),
                    "color": ("textColor", None)}
_colours: dict = {}
_new = ParaFrag.__new__


def _colour(text: str):
    value = _colours.get(text)
    if value is None:
        value = toColor(text)
        if len(_colours) < 256:
            _colours[text] = value
    return value


def _copy(frag: ParaFrag) -> ParaFrag:
    """``copy.copy(frag)``, without the generic reduce protocol."""
    new = _new(ParaFrag)
    new.__dict__.update(frag.__dict__)
    return new


def fragments(text: str, style) -> list | None:
    """The fragments ReportLab's ``ParaParser`` makes of ``text`` in
    ``style``, or None when ``text`` is outside our grammar (or not well
    formed): the caller then uses ReportLab's parser."""
    if text.startswith("<para"):
        return None
    ps2tt, tt2ps = _rl_parser.ps2tt, _rl_parser.tt2ps
    # ParaParser._initial_frag and start_para, for a <para> without attributes.
    first = ParaFrag()
    first.rise = 0
    first.greek = 0
    first.link = []
    first.fontName, first.bold, first.italic = ps2tt(style.fontName)
    first.fontSize = style.fontSize
    first.textColor = style.textColor
    first.us_lines = []
    first.__tag__ = "para"
    stack = [first]
    out: list = []
    underlines = 0

    def data(piece: str) -> None:  # ParaParser.handle_data
        frag = _copy(stack[-1])
        frag.fontName = tt2ps(frag.fontName, frag.bold, frag.italic)
        frag.text = piece
        out.append(frag)

    def push(tag: str, attributes: dict) -> ParaFrag:  # ParaParser._push
        frag = _copy(stack[-1])
        frag.__tag__ = tag
        for name, value in attributes.items():
            if isinstance(value, (list, tuple)) and value[0] == "relative":
                value = value[1] + getattr(frag, name) if hasattr(frag, name) else value[1]
            setattr(frag, name, value)
        stack.append(frag)
        return frag

    position, end = 0, len(text)
    match = _TOKEN.match
    while position < end:
        found = match(text, position)
        if found is None:
            return None
        position = found.end()
        piece, entity, closing, tag, attributes, self_closing = found.groups()
        if piece is not None:
            data(piece)
        elif entity is not None:
            value = known_entities.get(entity)
            if value is None:
                return None
            data(value)  # one piece of text per entity, as HTMLParser hands it over
        elif closing:
            if attributes or self_closing or len(stack) == 1 or stack[-1].__tag__ != tag:
                return None
            stack.pop()
        elif tag == "br":
            if attributes:
                return None
            # start_br, then end_br (HTMLParser calls both for <br/> and <br>
            # alike; a <br> left open would have closed the paragraph early).
            if not self_closing:
                return None
            frag = push("br", {"_selfClosingTag": "br", "lineBreak": True, "text": ""})
            del frag._selfClosingTag
            data("")
            stack.pop()
        elif self_closing:
            return None
        elif tag == "font":
            converted = {}
            for name, value in _ATTRIBUTE.findall(attributes):
                if name not in _FONT_ATTRIBUTES:
                    return None
                key, convert = _FONT_ATTRIBUTES[name]
                converted[key] = _colour(value) if key == "textColor" else convert(value) if convert else value
            if "fontName" in converted:
                converted["fontName"], converted["bold"], converted["italic"] = ps2tt(converted["fontName"])
            push("font", converted)
        elif attributes:
            return None
        elif tag == "b":
            push("b", {"bold": 1})
        elif tag == "i":
            push("i", {"italic": 1})
        elif tag == "u":
            frag = push("u", {})
            # ParaParser._new_line("underline") with the style's defaults.
            frag.us_lines = frag.us_lines + [(
                underlines, "underline",
                getattr(frag, "underlineColor", getattr(style, "underlineColor", "")),
                getattr(frag, "underlineWidth", getattr(style, "underlineWidth", "")),
                getattr(frag, "underlineOffset", getattr(style, "underlineOffset", "")),
                frag.rise, _rl_parser._lineRepeats[getattr(frag, "underlineKind", "single")],
                getattr(frag, "underlineGap", getattr(style, "underlineGap", "")),
            )]
            underlines += 1
        else:
            return None
    return out if len(stack) == 1 else None


class P(Paragraph):
    """A Paragraph that reads our markup with :func:`fragments` and remembers
    its last layout: platypus wraps a flowable several times (KeepTogether,
    frame fitting, splitting) at one width, and line breaking is most of a
    worksheet's build time."""

    _cached_for: float | None = None

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is None and text is not None:
            # ReportLab's cleaner collapses white space line by line; markup()
            # output is nearly always clean already, and then it is the identity.
            if "\n" in text or "\xa0" in text or text != " ".join(text.split()):
                text = cleaner(text)
            try:
                frags = fragments(text, style)
            except Exception:  # noqa: BLE001 - ReportLab's parser reports it in its own words
                frags = None
            if frags is not None:
                textTransformFrags(frags, style)
                self.text, self.frags, self.style = text, frags, style
                self.bulletText, self.debug = bulletText, 0
                return
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth, availHeight):
        if self._cached_for == availWidth and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._cached_for = availWidth
        return result

    def split(self, availWidth, availHeight):
        self._cached_for = None
        return super().split(availWidth, availHeight)

    # Drawing a styled line gives ReportLab's text object a method bound to
    # itself (``_do_line``): a reference cycle per paragraph, left for the
    # cyclic garbage collector. The text object is spent once drawPara has
    # written it, so the cycle is cut there and it is freed at once.

    def beginText(self, x, y):
        self._text_object = text_object = self.canv.beginText(x, y)
        return text_object

    def drawPara(self, debug=0):
        try:
            return super().drawPara(debug)
        finally:
            text_object = self.__dict__.pop("_text_object", None)
            if text_object is not None:
                text_object.__dict__.pop("_do_line", None)
