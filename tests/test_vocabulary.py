"""Vocabulary in context: rarity, names and glossed words skipped, the sense
that fits the part of speech and the context, and the offline lexicon."""
from __future__ import annotations

from pathlib import Path

from quizgen.analysis import analyze
from quizgen.analysis.vocabulary import define, find_vocabulary, lexicon, senses
from quizgen.articles.parse import parse_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "00-north-korea-troops-russia.txt"


def vocab(body: str, limit: int = 12):
    return find_vocabulary(parse_article("Title\n\n" + body), limit=limit)


def test_lexicon_is_offline_and_sizeable():
    assert len(lexicon()) > 40_000
    assert senses("envoy", "NOUN")
    assert (ROOT / "quizgen" / "data" / "WORDNET-LICENSE").exists()
    assert (ROOT / "quizgen" / "data" / "lexicon.tsv.gz").stat().st_size < 5_000_000


def test_sense_follows_part_of_speech():
    # "minute" as an adjective means tiny, as a noun a unit of time
    adj = define("minute", "ADJ", ["a", "minute", "drop", "in", "brightness"])
    noun = define("minute", "NOUN", ["wait", "a", "minute"])
    assert "small" in adj
    assert "60 seconds" in noun


def test_sense_follows_context():
    river = define("bank", "NOUN", "they fished from the bank of the river where the water was slow".split())
    money = define("bank", "NOUN", "she deposited her money in the bank and opened an account".split())
    assert "water" in river or "slope" in river
    assert "financial" in money


def test_rare_words_found_common_words_and_names_skipped():
    body = ("Emeka Nwosu watched the exuberant crowd. The envoy spoke to the crowd about the "
            "new school, and the children laughed.")
    entries = vocab(body)
    words = {e.word.lower() for e in entries}
    assert {"exuberant", "envoy"} <= words
    assert not words & {"crowd", "school", "children", "emeka", "nwosu", "laughed"}


def test_adjective_use_of_common_noun_is_picked_with_adjective_sense():
    entries = vocab("Observers noticed a minute drop in the star's brightness.")
    minute = [e for e in entries if e.lemma == "minute"]
    assert minute and minute[0].pos == "ADJ" and "small" in minute[0].definition


def test_glossed_word_is_skipped():
    entries = vocab("The town held a plebiscite (a direct vote by all citizens) on the plan.")
    assert "plebiscite" not in {e.lemma for e in entries}


def test_limit_and_record_shape_on_seed():
    parsed = parse_article(SEED.read_text(encoding="utf-8"))
    entries = find_vocabulary(parsed, limit=5)
    assert len(entries) == 5
    result = analyze(parsed)
    for d in result["vocabulary"]:
        assert set(d) == {"word", "lemma", "pos", "definition", "paragraph"}
        assert d["word"] in parsed.paragraphs[d["paragraph"]]
        assert d["definition"]
    words = {d["lemma"] for d in result["vocabulary"]}
    assert {"envoy", "counterfeit"} <= words
