"""Highlight spans for an article's attributions and opinion sentences."""
from __future__ import annotations

STANCE_WORDS = {"supports": "supports", "opposes": "opposes", "denies": "denies", "warns": "warns",
                "claims": "claims", "concerned": "is concerned", "neutral_report": "reports"}


def analysis_spans(analysis: dict) -> list[tuple[int, int, int, str, str]]:
    """(paragraph, start, end, mark, note) for who-says-what and opinion sentences."""
    spans = [(a["paragraph"], a["start"], a["end"], "attribution",
              f"{a['holder']} {STANCE_WORDS.get(a['stance'], a['stance'])}")
             for a in analysis.get("attributions", [])]
    taken = {(p, s, e) for p, s, e, _, _ in spans}
    spans += [(o["paragraph"], o["start"], o["end"], "opinion", f"opinion: {o['cue']}")
              for o in analysis.get("opinions", []) if (o["paragraph"], o["start"], o["end"]) not in taken]
    return spans
