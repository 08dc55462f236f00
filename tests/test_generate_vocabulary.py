"""Vocabulary-in-context items (issue 4) and the glossary."""
import re
import random

from quizgen.analysis.vocabulary import VocabEntry, senses
from quizgen.articles.parse import parse_article
from quizgen.quality import flaws
from quizgen.generate import generate_questions
from quizgen.generate.vocabulary import circular, distractors, friendly, glossary, regular_form

TEXT = """Harbour repairs

The engineers inspected the crumbling pier and found the timber riddled with rot.

A storm had scattered debris along the promenade, and the council decided to dredge the channel.

Fishermen said the repairs were long overdue, and the mayor promised to expedite the work.
"""


def test_items_use_the_sense_definition_and_same_pos_distractors():
    parsed = parse_article(TEXT)
    items = generate_questions(parsed, count=20, types="vocabulary", seed=0).questions
    assert items
    for q in items:
        word, pos = q.meta["word"], q.meta["pos"]
        assert q.prompt.startswith(f"Read this from paragraph {q.evidence[0].paragraph + 1}: \u201c") or \
            q.prompt.startswith(f"As used in paragraph {q.evidence[0].paragraph + 1}, ")
        assert f"\u201c{word}\u201d most likely mean" in q.prompt
        assert q.skill == "vocabulary" and q.type == "multiple_choice" and len(q.choices) == 4
        assert word in q.evidence[0].text
        assert q.answer == friendly(senses(q.meta["lemma"], pos)[q.meta["sense"]])
        assert q.meta["sense"] == 0 or q.meta["sense_evidence"] == "context"
        assert q.problems(parsed.paragraphs) == [] and flaws(q, parsed.paragraphs) == []
        assert len(q.answer) < max(len(c) for c in q.choices) or len(q.choices) > 3


def test_distractors_are_other_words_of_the_same_part_of_speech():
    entry = VocabEntry(word="expedite", lemma="expedite", pos="VERB",
                       definition=senses("expedite", "VERB")[0], paragraph=0)
    wrong = distractors(entry, [], random.Random(3))
    assert len(wrong) == 3 and entry.definition not in wrong
    verb_glosses = {friendly(g) for (lemma, p), (_, gl) in __import__("quizgen.analysis.vocabulary", fromlist=["lexicon"]).lexicon().items()
                    if p == "VERB" for g in gl[:1]}
    assert all(w in verb_glosses for w in wrong)


def test_sense_follows_part_of_speech():
    text = "Dock\n\nThe workers will dock the ship at noon.\n\nThe ship waited at the old dock overnight.\n"
    parsed = parse_article(text)
    from quizgen.analysis import find_vocabulary
    entries = {(e.word, e.pos): e for e in find_vocabulary(parsed, limit=20)}
    for (word, pos), e in entries.items():
        assert e.definition in senses(e.lemma, pos)


def test_irregular_lemma_matches_and_circular_definitions_are_skipped():
    assert regular_form("waging", "wage", "VERB") and not regular_form("waging", "wag", "VERB")
    assert regular_form("shines", "shine", "VERB") and not regular_form("shines", "shin", "VERB")
    assert regular_form("pilgrims", "pilgrim", "NOUN") and regular_form("holiest", "holy", "ADJ")
    assert circular(VocabEntry("brightly", "brightly", "ADV", "with brightness", 0))
    assert not circular(VocabEntry("envoy", "envoy", "NOUN", "a diplomat having less authority than an ambassador", 0))


def test_glossary_lists_words_with_definitions_and_paragraphs():
    parsed = parse_article(TEXT)
    rows = glossary(parsed)
    assert rows and all(set(r) == {"word", "definition", "paragraph"} for r in rows)
    for r in rows:
        assert r["word"] in parsed.paragraphs[r["paragraph"] - 1]


def test_distractors_are_school_safe_for_many_seeds():
    from quizgen.analysis.vocabulary import unsafe
    from quizgen.generate.vocabulary import _pos_pool, _screened

    for pos in ("NOUN", "VERB", "ADJ", "ADV"):
        assert not any(unsafe(gloss) or unsafe(lemma) for lemma, gloss in _pos_pool(pos)
                       if _screened(lemma, pos, gloss) is not None)
    entry = VocabEntry(word="counterfeit", lemma="counterfeit", pos="ADJ",
                       definition=senses("counterfeit", "ADJ")[0], paragraph=0)
    for seed in range(40):
        wrong = distractors(entry, [], random.Random(seed))
        assert len(wrong) == 3 and not any(unsafe(w) for w in wrong)


def test_unsafe_definitions_are_caught_and_harmless_ones_pass():
    from quizgen.analysis.vocabulary import unsafe

    assert unsafe("Giving sexual pleasure; sexually arousing")
    assert unsafe("an offensive term for a person")
    assert not unsafe("a careful analysis of the results")
    assert not unsafe("moving or able to move quickly; a rapid current")


def test_no_near_synonym_distractors():
    from quizgen.generate.vocabulary import _content

    entry = VocabEntry(word="debris", lemma="debris", pos="NOUN",
                       definition=senses("debris", "NOUN")[0], paragraph=0)
    key_words = set(re.findall(r"[a-z]+", " ".join(senses("debris", "NOUN")).lower()))
    for seed in range(20):
        for wrong in distractors(entry, [], random.Random(seed)):
            assert not (_content(wrong) & _content(entry.definition))
    # a distractor's headword never occurs in the key's definitions
    from quizgen.generate import vocabulary as gv
    for seed in range(5):
        wrong = set(distractors(entry, [], random.Random(seed)))
        heads = {lemma for lemma, gloss in gv._pos_pool("NOUN") if gloss in wrong}
        assert not heads & key_words


def test_a_word_with_several_senses_needs_its_sentence_to_confirm_the_first():
    from quizgen.articles.parse import parse_article
    from quizgen.generate import generate_questions
    text = ("Robots\n\nTheir robot had to collect plastic bottles from a model beach and sort them by colour "
            "in under three minutes.\n\nThe volunteers collected plastic, glass and metal in a massive cleanup "
            "along the river.\n")
    qs = generate_questions(parse_article(text), count=40, types="vocabulary").questions
    words = {q.meta.get("lemma") for q in qs}
    assert not words & {"sort", "cleanup", "model"}, [(q.prompt, q.answer) for q in qs]


def test_words_read_off_their_parts_or_their_neighbours_are_not_asked():
    from quizgen.articles.parse import parse_article
    from quizgen.generate.context import build_context
    from quizgen.generate.vocabulary import given_away, transparent_compound
    from quizgen.analysis.vocabulary import VocabEntry
    assert transparent_compound("classmate") and transparent_compound("coastline")
    assert not transparent_compound("calibrate") and not transparent_compound("progesterone")
    ctx = build_context(parse_article("Clinic\n\nThe clinic gave the patient hormone treatments of progesterone in May.\n"))
    info = ctx.sents[0]
    hormone = VocabEntry("progesterone", "progesterone", "NOUN", "a steroid hormone made in the body", 0)
    other = VocabEntry("progesterone", "progesterone", "NOUN", "a substance made in the body", 0)
    assert given_away(hormone, info) and not given_away(other, info)
