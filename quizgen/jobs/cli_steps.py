"""The job steps (parsing -> analysing -> drafting) on the command line.

On a terminal, one progress bar on stderr whose label names the current
step, so a command's output (JSON, the quiz) stays clean. Like every click
progress bar it stays silent when stderr is not a terminal (a log, a pipe).
"""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

import click

from .store import STEPS


@contextlib.contextmanager
def cli_steps(kind: str, count: int | str = "", enabled: bool = True) -> Iterator[Callable[[str], None]]:
    """``with cli_steps("generate", count=12) as step: step("parsing"); …; step("drafting"); …``"""
    labels = {step: label.format(count=count) for step, label in STEPS[kind]}
    order = list(labels)
    if not enabled or not sys.stderr.isatty():
        yield lambda step: None
        return
    with click.progressbar(length=len(order), label=labels[order[0]], file=sys.stderr, show_pos=True,
                           show_eta=False) as bar:
        def step(name: str) -> None:
            bar.label = labels[name]
            bar.update(order.index(name) - bar.pos)

        yield step
        bar.label = "Done"
        bar.update(len(order) - bar.pos)
