"""Inline SVG charts as data for templates: bars with coordinates, no markup here."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: str


def bar_chart(values: list[float], labels: list[str], shown: list[str], height: float = 120.0,
              bar_width: float = 28.0, gap: float = 8.0, top: float | None = None) -> dict:
    """Bars scaled to ``top`` (default: the largest value) inside an SVG of this size."""
    top = top or max(values, default=0) or 1
    bars = []
    for i, (value, label, text) in enumerate(zip(values, labels, shown)):
        h = 0 if top == 0 else height * value / top
        bars.append(Bar(x=gap + i * (bar_width + gap), y=height - h + 16, width=bar_width, height=h,
                        label=label, value=text))
    width = gap + len(values) * (bar_width + gap)
    return {"bars": bars, "width": width, "height": height + 40, "baseline": height + 16}
