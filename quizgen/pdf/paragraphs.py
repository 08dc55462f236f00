"""The Paragraph every worksheet, key and report sets its text in, made cheap
to build and to lay out without changing a glyph of the output.

ReportLab reads Paragraph markup with an ``HTMLParser`` subclass, which is
most of the cost of making a Paragraph. Our markup is our own and small —
escaped text, the ``&amp; &lt; &gt; &nbsp;`` entities and a few plain tags
(``font``, ``b``, ``i``, ``u``, ``br``) with double-quoted attributes — so
:func:`markup_tree` reads it with one regular expression into the tuple tree
that ReportLab's own parser also accepts (``ParaParser.tt_parse``). The
parser's tag handlers then build the fragments exactly as they would from
the text: every entity still arrives as its own piece of data, so the
fragments (and the PDF) are the same. Anything outside that grammar goes to
ReportLab's parser unchanged.

Colours in ``<font color="#rrggbb">`` are converted once per spelling:
ReportLab's ``toColor`` tries CSS, names and two Python-literal parsers
before it reads a hex colour.
"""
from __future__ import annotations

import re

from reportlab.lib.colors import toColor
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.paragraph import Paragraph, textTransformFrags
from reportlab.platypus.paraparser import ParaParser, known_entities

#: Tags read here; any other tag goes to ReportLab's parser.
TAGS = frozenset({"font", "b", "i", "u", "br"})

_TOKEN = re.compile(r'([^<&]+)|&([A-Za-z]\w*);|<(/?)([a-z]+)((?:\s+[a-z]+="[^"<>&]*")*)\s*(/?)>')
_ATTRIBUTE = re.compile(r'([a-z]+)="([^"]*)"')
_colours: dict = {}


def _attributes(text: str) -> dict:
    attributes = dict(_ATTRIBUTE.findall(text))
    colour = attributes.get("color")
    if colour is not None:
        value = _colours.get(colour)
        if value is None:
            value = toColor(colour)
            if len(_colours) < 256:
                _colours[colour] = value
        attributes["color"] = value  # toColor(Color) is the Color itself
    return attributes


def markup_tree(text: str):
    """``text`` as ``("para", {}, children)`` for ``ParaParser.tt_parse``, or
    None when it is not in the grammar above (or not well formed)."""
    if text.startswith("<para"):
        return None
    root: tuple = ("para", {}, [])
    stack = [root]
    position, end = 0, len(text)
    match = _TOKEN.match
    while position < end:
        found = match(text, position)
        if found is None:
            return None
        position = found.end()
        data, entity, closing, tag, attributes, self_closing = found.groups()
        if data is not None:
            stack[-1][2].append(data)
        elif entity is not None:
            value = known_entities.get(entity)
            if value is None:
                return None
            stack[-1][2].append(value)  # one piece of data per entity, as HTMLParser gives it
        elif tag not in TAGS:
            return None
        elif closing:
            if attributes or self_closing or len(stack) == 1 or stack[-1][0] != tag:
                return None
            stack.pop()
        else:
            node = (tag, _attributes(attributes) if attributes else {}, None if self_closing else [])
            stack[-1][2].append(node)
            if not self_closing:
                stack.append(node)
    return root if len(stack) == 1 else None


class P(Paragraph):
    """A Paragraph that reads our markup without HTMLParser and remembers its
    last layout: platypus wraps a flowable several times (KeepTogether, frame
    fitting, splitting) at one width, and line breaking is most of a
    worksheet's build time."""

    _cached_for: float | None = None

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is None and text is not None:
            text = cleaner(text)
            tree = markup_tree(text)
            if tree is not None:
                parser = ParaParser()
                parser.caseSensitive = self.caseSensitive
                parsed_style, frags, bullet_frags = parser.tt_parse(tree, style)
                if frags is not None:
                    textTransformFrags(frags, parsed_style)
                    if bullet_frags:
                        bulletText = bullet_frags
                    self.text, self.frags, self.style = text, frags, parsed_style
                    self.bulletText, self.debug = bulletText, 0
                    return
                frags = None
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


_MISSING = object()
_SAME_FRAG_ATTRIBUTES = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def same_frag(f, g) -> bool:
    """ReportLab's ``sameFrag`` (may two fragments share one text run?) with
    the C version's exact rules, about five times faster: the C version asks
    for attributes fragments rarely have, and each miss raises and clears an
    AttributeError."""
    if hasattr(f, "cbDefn") or hasattr(g, "cbDefn") or hasattr(f, "lineBreak") or hasattr(g, "lineBreak"):
        return False
    for name in _SAME_FRAG_ATTRIBUTES:
        a = getattr(f, name, _MISSING)
        b = getattr(g, name, _MISSING)
        if a is b:
            continue
        if a is _MISSING or b is _MISSING or a != b:
            return False
    return True


def install() -> None:
    """Use :func:`same_frag` in ReportLab's line breaking (idempotent)."""
    _rl_paragraph.sameFrag = same_frag


install()
