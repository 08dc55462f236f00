"""Every route is classified public / teacher / student; none leaks to strangers."""
import re

from quizgen.library import import_samples
from quizgen.web.security import ACCESS_CLASSES
from tests.conftest import SEED


def test_every_route_is_classified(app):
    unclassified = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        view = app.view_functions[rule.endpoint]
        if getattr(view, "access", None) not in ACCESS_CLASSES:
            unclassified.append(rule.rule)
    assert unclassified == []


def _concrete(rule, ids):
    return re.sub(r"<(?:int:)?(\w+)>", lambda m: str(ids), rule.rule)


def test_teacher_routes_refuse_anonymous_users(app, client, db, teacher):
    list(import_samples(db, [SEED]))
    sample_id = db.execute("SELECT id FROM articles").fetchone()[0]
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        if getattr(view, "access", None) != "teacher":
            continue
        url = _concrete(rule, sample_id)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method)
            assert response.status_code in (302, 400, 404), (method, url)
            assert b"North Korea" not in response.data, (method, url)
