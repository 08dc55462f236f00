"""Which sense a vocabulary key uses, and what its options look like: each
rule checked on sentences written for the test."""
import random

import pytest

from quizgen.analysis.vocabulary import VocabEntry, choose_sense, senses
from quizgen.generate.vocabulary import friendly, scare_quoted, usable
from quizgen.generate.vocabulary_options import distractors, offerable, pos_pool
from quizgen.lexicons.vocabulary_senses import close_senses, related, sense_info
from quizgen.nlp import load_pipeline


def _choose(sentence: str, word: str, pos: str):
    doc = load_pipeline()(sentence)
    tok = next(t for t in doc if t.lower_ == word)
    context = [t.text for t in doc if not t.is_punct and t.i != tok.i]
    return choose_sense(tok.lemma_.lower(), pos, context, tok)


def test_a_dominant_first_sense_is_kept_without_context():
    assert _choose("A brief skirmish broke out near the border.", "skirmish", "NOUN") == (0, "first")


def test_a_word_without_a_dominant_sense_and_no_context_is_unsure():
    assert _choose("Officials described a torrent at the meeting.", "torrent", "NOUN") == (0, "")


def test_the_sentence_can_switch_the_sense_only_with_strong_evidence():
    sense, evidence = _choose("She deposited her money in the bank and opened an account.", "bank", "NOUN")
    assert sense > 0 and evidence == "context" and "financial" in senses("bank", "NOUN")[sense]
    assert _choose("They fished from the bank where the water was slow.", "bank", "NOUN") == (0, "context")


def test_a_physical_verb_with_an_abstract_object_is_unsure():
    assert _choose("The council wants to streamline the approval process.", "streamline", "VERB") == (0, "")


def test_a_noun_used_as_a_measure_of_something_else_is_unsure():
    assert _choose("The minister faced a flood of complaints from parents.", "flood", "NOUN") == (0, "")


def test_a_verb_with_an_object_whose_first_sense_takes_none_is_unsure():
    assert _choose("Workers were spraying water on the burning shed.", "spraying", "VERB") == (0, "")


def test_a_word_with_any_unfit_or_slang_sense_is_not_asked():
    assert any("slang" in g or "sexual" in g for g in senses("ass", "NOUN"))
    entry = VocabEntry("ass", "ass", "NOUN", senses("ass", "NOUN")[0], 0, evidence="first")
    assert not usable(entry)
    unsure = VocabEntry("skirmish", "skirmish", "NOUN", senses("skirmish", "NOUN")[0], 0, evidence="")
    assert not usable(unsure)


def test_definitions_are_shown_in_one_student_friendly_form():
    assert friendly("(Islam) a Muslim place of worship that usually has a minaret") == \
        "A Muslim place of worship that usually has a minaret"
    assert friendly("make a vow; promise") == "Make a vow"
    assert friendly("not genuine; imitating something superior") == "Not genuine, imitating something superior"


@pytest.mark.parametrize("gloss", ["the cardinal number that is the sum of eighteen and one",
                                   "a unit of 19 soldiers", "any female friend", "a woman religious"])
def test_numbers_and_one_sex_labels_are_never_offered(gloss):
    assert not offerable(gloss)


def test_slogan_distractors_are_speech_of_another_kind_never_a_synonym():
    entry = VocabEntry("slogans", "slogan", "NOUN", senses("slogan", "NOUN")[0], 0, evidence="first")
    key_field = sense_info("slogan", "NOUN")[0].field
    by_text = {}
    for c in pos_pool("NOUN"):
        by_text.setdefault(friendly(c.gloss), c)
    for seed in range(5):
        wrong = distractors(entry, [], random.Random(seed))
        assert len(wrong) == 3 and friendly(entry.definition) not in wrong
        for text in wrong:
            c = by_text[text]
            assert related(key_field, c.field), (text, c.field)
            assert not close_senses("slogan", "NOUN", 0, c.lemma)


def test_synonyms_parents_and_siblings_count_as_close():
    assert close_senses("slogan", "NOUN", 0, "motto")      # the same sense
    assert close_senses("slogan", "NOUN", 0, "saying")     # its parent
    assert close_senses("slogan", "NOUN", 0, "proverb")    # another kind of saying
    assert not close_senses("slogan", "NOUN", 0, "river")


def test_words_in_short_quoted_phrases_are_the_writer_s_special_use():
    text = 'Plans include banning "legal highs" and more checks.'
    start = text.index("highs")
    assert scare_quoted(text, start, start + 5)
    text2 = "Plans include banning legal highs and more checks."
    assert not scare_quoted(text2, text2.index("highs"), text2.index("highs") + 5)


def test_a_noun_inside_a_compound_term_is_unsure():
    assert _choose("Factories release greenhouse gases every day.", "greenhouse", "NOUN") == (0, "")


def test_a_unit_of_measure_is_not_asked():
    entry = VocabEntry("megawatts", "megawatt", "NOUN", senses("megawatt", "NOUN")[0], 0, evidence="first")
    assert not usable(entry)


def test_a_phrasal_verb_is_unsure():
    assert _choose("The families would not hand the papers over to the officials.", "hand", "VERB") == (0, "")


def test_a_gerund_noun_is_not_asked_but_a_noun_in_ing_without_a_verb_may_be():
    from quizgen.generate.vocabulary import gerund
    assert gerund(VocabEntry("importing", "importing", "NOUN", "the act of importing", 0))
    assert not gerund(VocabEntry("ceiling", "ceiling", "NOUN", "the overhead upper surface of a room", 0))


def test_a_verb_sense_for_people_does_not_key_a_thing_as_object():
    assert _choose("The court asked the mayor to execute the ruling without delay.", "execute", "VERB") == (0, "")


def test_a_participle_used_as_an_adjective_is_unsure():
    assert _choose("They found Cleopatra's resting place near the sea.", "resting", "VERB") == (0, "")


def test_a_short_word_repeated_in_its_definition_is_circular():
    from quizgen.generate.vocabulary import circular
    assert circular(VocabEntry("scans", "scan", "NOUN", "the act of scanning", 0))


def test_second_cousin_senses_are_close_too():
    from quizgen.lexicons.vocabulary_senses import CLOSE_DEPTH, ancestors, sense_info as info
    key, other = info("inquest", "NOUN")[0], info("examination", "NOUN")
    assert any(ancestors(key.synset, CLOSE_DEPTH) & ancestors(o.synset, CLOSE_DEPTH) for o in other)
    assert close_senses("inquest", "NOUN", 0, "examination")
