"""The Paragraph every worksheet, key and report sets its text in.

Platypus wraps a flowable several times at one width (KeepTogether measuring
its content, frame fitting, splitting), and line breaking is most of a
worksheet's build time, so :class:`P` remembers its last layout. Only public
``Flowable`` methods are overridden; the text still goes through ReportLab's
own markup parser (``markup()`` has escaped it first).
"""
from __future__ import annotations

from reportlab.platypus import Paragraph


class P(Paragraph):
    """A ReportLab ``Paragraph`` that does not break its lines again when it
    is wrapped again at the width it was last wrapped at."""

    _cached_for: float | None = None

    def wrap(self, availWidth, availHeight):
        # The layout depends on the width only; ``blPara`` is the line
        # breaking that ``Paragraph.wrap`` stores (and ``split`` may drop).
        if self._cached_for == availWidth and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._cached_for = availWidth
        return result

    def split(self, availWidth, availHeight):
        self._cached_for = None
        return super().split(availWidth, availHeight)
