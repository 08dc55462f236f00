"""One rule for tests that need a system tool: skip with the reason on a
developer's machine, fail under CI (CI=true/1/yes), where .ci/run installs it."""
import os

import pytest


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def skip_or_fail(message: str) -> None:
    if under_ci():
        pytest.fail(message)
    pytest.skip(message)
