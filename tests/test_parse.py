"""Parsing: structure, sentences with stable ids, reading facts."""
from pathlib import Path

import pytest

from quizgen.articles import ArticleError, parse_article
from quizgen.articles.structure import classify, split_blocks

ARTICLES = sorted((Path(__file__).parent.parent / "articles").glob("*.txt"))


def test_seed_article_structure(seed_text):
    parsed = parse_article(seed_text)
    assert parsed.title == "North Korea delivers military aid to Russia"
    assert parsed.byline == "MinSeop (Mason) Kim / Grade 9"
    assert parsed.author_lines == ["MinSeop (Mason) Kim / Grade 9", "St. Johnsbury Academy Jeju"]
    assert len(parsed.captions) == 1 and parsed.captions[0].startswith("Displayment of")
    body = "\n".join(parsed.paragraphs)
    assert "Displayment" not in body and "MinSeop" not in body and "Johnsbury" not in body
    assert parsed.paragraphs[0].startswith("Last August")


def test_glued_quote_does_not_break_sentences(seed_text):
    parsed = parse_article(seed_text)
    kremlin = [s for s in parsed.sentences if "Kremlin" in s.text]
    assert len(kremlin) == 1
    assert kremlin[0].text.endswith("“Fake news.”")


def test_original_text_is_kept(seed_text):
    parsed = parse_article(seed_text)
    assert any("’" in p for p in parsed.paragraphs)  # curly apostrophes as written
    assert any("“" in p for p in parsed.paragraphs)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_sample_article_parses_cleanly(path):
    text = path.read_text(encoding="utf-8")
    parsed = parse_article(text)
    first_line = text.strip().splitlines()[0].strip()
    assert parsed.title == first_line
    assert parsed.paragraphs and parsed.sentences
    for sentence in parsed.sentences:
        paragraph = parsed.paragraphs[sentence.paragraph]
        assert paragraph[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    ids = [s.id for s in parsed.sentences]
    assert len(ids) == len(set(ids))
    for paragraph in parsed.paragraphs:
        assert not paragraph.startswith("[") and paragraph not in parsed.captions
    for caption in parsed.captions:
        assert caption not in "\n".join(parsed.paragraphs)
    reading = parsed.reading
    assert reading["words"] > 100 and reading["sentences"] == len(parsed.sentences)
    assert 3 < reading["fk_grade"] < 25 and reading["minutes"] >= 1


def test_dateline_caption_heading_and_byline_by_shape():
    text = ("Volunteers plant trees along the river\n\nMonday, March 3, 2025\n\n"
            "By Jordan Reyes\n\n[Volunteers with shovels. Photo: school archive]\n\n"
            "More than 200 volunteers planted trees on Saturday. They worked for six hours.\n\n"
            "Why it matters\n\nThe trees will shade the path and slow erosion, the council said.")
    kinds = [(b.kind, b.text) for b in classify(split_blocks(text))]
    assert kinds == [
        ("title", "Volunteers plant trees along the river"),
        ("dateline", "Monday, March 3, 2025"),
        ("byline", "Jordan Reyes"),
        ("caption", "Volunteers with shovels. Photo: school archive"),
        ("paragraph", "More than 200 volunteers planted trees on Saturday. They worked for six hours."),
        ("heading", "Why it matters"),
        ("paragraph", "The trees will shade the path and slow erosion, the council said."),
    ]


def test_soft_wrapped_lines_join_into_one_paragraph():
    text = "A title\n\nThe first line of a paragraph\nthat wraps onto a second line.\n\nAnother paragraph."
    assert split_blocks(text) == ["A title", "The first line of a paragraph that wraps onto a second line.",
                                  "Another paragraph."]


def test_text_without_any_line_break_is_split_into_paragraphs():
    sentence = "The committee met again on Tuesday to discuss the budget for the coming year. "
    parsed = parse_article(sentence * 400)
    assert len(parsed.paragraphs) > 10
    assert all(len(p) < 3000 for p in parsed.paragraphs)


def test_hard_words_skip_names_and_common_words():
    parsed = parse_article("A title\n\nThe perspicacious ferrets of Ottoline Grimsby were ostentatious and happy.")
    hard = parsed.reading["hard_words"]
    assert "ostentatious" in hard and "perspicacious" in hard
    assert "happy" not in hard and not any(w[0].isupper() for w in hard)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\n\n\n"])
def test_empty_text_is_refused(text):
    with pytest.raises(ArticleError, match="empty"):
        parse_article(text)


def test_overlong_article_is_refused_with_a_limit(monkeypatch):
    with pytest.raises(ArticleError, match="words"):
        parse_article("word " * 40_000)


def test_parse_is_cached(seed_text):
    assert parse_article(seed_text) is parse_article(seed_text)


def test_huge_words_without_spaces_or_sentence_ends_are_refused_with_a_message():
    with pytest.raises(ArticleError, match="characters"):
        parse_article(("x" * 50 + " ") * 20000)


def test_block_without_sentence_ends_is_cut_between_words():
    blocks = split_blocks("word " * 2000)
    assert len(blocks) > 1 and all(len(b) <= 1000 for b in blocks)


def test_a_clock_time_with_its_zone_does_not_end_the_sentence():
    """"… came down at 10:26 a.m. Beijing time inside the crater" was split at
    "a.m." and a key ended there (panel 44); a time with nothing after it still ends one."""
    parsed = parse_article("Test\n\nThe agency said the lander came down at 10:26 a.m. Beijing time inside the "
                           "crater. The lander came down at 10:26 a.m. Officials cheered.\n")
    assert [s.text for s in parsed.sentences] == [
        "The agency said the lander came down at 10:26 a.m. Beijing time inside the crater.",
        "The lander came down at 10:26 a.m.", "Officials cheered."]


def test_a_lettered_label_ends_its_sentence():
    """"… meningitis B and C. Older children …", "… Pool C. "You cannot …"": the
    model read the letter as an initial and ran the sentences together (panels
    55-56: a person "C. Older", a main-idea option of two sentences); an initial
    inside a name does not end one."""
    parsed = parse_article("Test\n\nThe list adds meningitis B and C. Older children may still attend school. "
                           "England topped Pool C. \"You cannot control the weather,\" Jones said. "
                           "President George W. Bush said the war would end.\n")
    assert [s.text for s in parsed.sentences] == [
        "The list adds meningitis B and C.", "Older children may still attend school.", "England topped Pool C.",
        "\"You cannot control the weather,\" Jones said.", "President George W. Bush said the war would end."]


def test_a_verbs_lemma_is_the_dictionarys():
    """The model lemmatised "fined" as "fin" (panel 61: "What did the European
    Commission fin …?"); the dictionary's verb lemma wins."""
    parsed = parse_article("Test\n\nThe European Commission fined Intel 1.06 billion euros. She left early.\n")
    lemmas = {t.text: t.lemma_ for d in parsed.docs for t in d if t.pos_ == "VERB"}
    assert lemmas["fined"] == "fine" and lemmas["left"] == "leave", lemmas
