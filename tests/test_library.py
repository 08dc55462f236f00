"""The article library: import, pages, ownership."""
import io
import re

from quizgen.library import import_samples
from tests.conftest import ARTICLES, SEED


def add_article(client, text, title=""):
    return client.post("/articles/new", data={"text": text, "title": title})


def article_id(response):
    return int(re.search(r"/articles/(\d+)", response.headers["Location"]).group(1))


def test_import_samples_is_idempotent(db):
    first = dict((p.name, outcome) for p, outcome in import_samples(db, [ARTICLES]))
    assert set(first.values()) == {"added"}
    second = dict((p.name, outcome) for p, outcome in import_samples(db, [ARTICLES]))
    assert set(second.values()) == {"unchanged"}
    assert db["articles"].count == len(first)


def test_edited_sample_is_updated_in_place(db, tmp_path):
    sample = tmp_path / "01-sample.txt"
    sample.write_text("A title\n\nThe first version of the text.")
    list(import_samples(db, [sample]))
    sample.write_text("A title\n\nThe second version of the text.")
    assert [outcome for _, outcome in import_samples(db, [sample])] == ["updated"]
    assert db["articles"].count == 1


def test_dashboard_lists_samples_seed_first(client, auth, db):
    list(import_samples(db, [ARTICLES]))
    auth.login()
    page = client.get("/dashboard").get_data(as_text=True)
    samples = page.split("Sample articles", 1)[1]
    titles = re.findall(r'<h3><a href="/articles/\d+">([^<]+)</a>', samples)
    assert titles[0] == "North Korea delivers military aid to Russia"
    assert len(titles) == len(list(ARTICLES.glob("*.txt")))


def test_paste_an_article_and_read_it(client, auth, seed_text):
    auth.login()
    response = add_article(client, seed_text)
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<h1 id=\"article-title\">North Korea delivers military aid to Russia</h1>" in page
    assert "<figcaption>Displayment of Russia" in page
    assert "MinSeop (Mason) Kim / Grade 9" in page
    assert page.count('<li id="p') == 18
    assert "Flesch" in page and "Hard words" in page


def test_upload_a_file(client, auth):
    auth.login()
    response = client.post("/articles/new", data={
        "file": (io.BytesIO(SEED.read_bytes()), "seed.txt"), "title": ""},
        content_type="multipart/form-data")
    assert response.status_code == 302


def test_title_field_overrides_first_line(client, auth):
    auth.login()
    response = add_article(client, "A heading line\n\nBody text for the class to read.", title="My own title")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "My own title" in page


def test_empty_paste_shows_message_and_keeps_title(client, auth):
    auth.login()
    response = add_article(client, "   \n  ", title="Kept title")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Paste the article" in page and 'value="Kept title"' in page


def test_bad_upload_keeps_typed_title_and_says_why(client, auth, db):
    auth.login()
    response = client.post("/articles/new", data={
        "file": (io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)), "photo.txt"), "title": "Typed title"},
        content_type="multipart/form-data")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'value="Typed title"' in page and 'role="alert"' in page
    assert db["articles"].count == 0  # nothing half-stored


def test_user_text_is_escaped(client, auth):
    auth.login()
    response = add_article(client, "<script>alert(1)</script> title\n\nBody <b>bold</b> & more text here.")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert "<b>bold</b>" not in page


def test_teachers_cannot_see_each_others_articles(app, client, auth, other_teacher, seed_text):
    auth.login()
    mine = article_id(add_article(client, seed_text))
    other = app.test_client()
    other.post("/login", data={"username": "grace", "password": "correct horse battery"})
    assert other.get(f"/articles/{mine}").status_code == 404
    assert other.post(f"/articles/{mine}/delete").status_code == 404
    assert "North Korea" not in other.get("/dashboard").get_data(as_text=True).split("Sample articles")[0]
    assert client.get(f"/articles/{mine}").status_code == 200


def test_samples_are_shared_read_only(client, auth, db):
    list(import_samples(db, [SEED]))
    sample_id = db.execute("SELECT id FROM articles").fetchone()[0]
    auth.login()
    assert client.get(f"/articles/{sample_id}").status_code == 200
    assert client.post(f"/articles/{sample_id}/delete").status_code == 404
    assert db["articles"].count == 1


def test_delete_own_article(client, auth, db, seed_text):
    auth.login()
    mine = article_id(add_article(client, seed_text))
    assert client.post(f"/articles/{mine}/delete").status_code == 302
    assert client.get(f"/articles/{mine}").status_code == 404


def test_missing_article_is_404_page(client, auth):
    auth.login()
    response = client.get("/articles/99999")
    assert response.status_code == 404 and b"Not found" in response.data


def test_article_page_shows_who_says_what_opinions_and_glossary(client, auth, seed_text):
    auth.login()
    url = client.post("/articles/new", data={"text": seed_text}).headers["Location"]
    page = client.get(url).get_data(as_text=True)
    assert "Who says what" in page and "The Kremlin" in page and "Glossary" in page
    assert "<mark" not in page
    marked = client.get(url + "?show=analysis").get_data(as_text=True)
    assert '<mark class="attribution" title="The Kremlin denies">' in marked
    assert '<mark class="opinion"' in marked


def test_analysis_is_stored_with_the_article(client, auth, db, seed_text):
    import json

    auth.login()
    client.post("/articles/new", data={"text": seed_text})
    stored = json.loads(db.execute("SELECT analysis FROM articles").fetchone()[0])
    assert {"attributions", "opinions", "vocabulary"} <= set(stored)
