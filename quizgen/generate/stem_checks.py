"""Stems a removal has broken: unbalanced punctuation, a word left dangling, a
second clause or count left in, a title without its name (the fact engine's
first check on a stem it built from a sentence, :func:`.filters.rejection`)."""
from __future__ import annotations

import re

from ..lexicons.people import HONORIFICS
from ..questions import BLANK
from ..quality import unbalanced


#: A function word cut off from its phrase by the removal: "to, to suit up", "by?".
_DANGLING = re.compile(r"\b(?:to|of|in|on|at|for|with|from|by|into|and|or|the|a|an)\s*(?:[,;?]|$)", re.IGNORECASE)


def broken_stem(prompt: str) -> str | None:
    """A stem whose removal left its punctuation unbalanced or a word dangling."""
    text = prompt.replace(BLANK, " ")
    if unbalanced(text):
        return "unbalanced quotes or brackets"
    if _PARTICLE_AT_END.search(text):
        return "a name cut at its particle"  # "According to Campos, who dos?" (São José dos Campos, panel 51)
    if _TITLE_AT_END.search(text):
        return "a title without its name"  # "Who is the IARC director Dr?"
    if _DANGLING.search(text.rstrip("?").rstrip() + "?") and not _STRANDED_OK.search(text):
        return "dangling word"
    if _FLOATING_ALL.search(text):
        return "a quantifier of a subject the key is one part of"
    if text.startswith("Who ") and " who " in text:
        return "two questions in one"  # "Who has asked who will pay for …?"
    if re.match(r"^(?:Who|What|Which \w+|Where|When) be\b", text):
        return "a bare \"be\" after the wh-word"  # "What be the two engineers tried for?" (panel 36)
    return next((reason for pattern, reason in _LEFTOVER_PATTERNS if pattern.search(text)), None)


#: ", and a few suffered …": a conjoined clause with its own subject and verb kept in the stem.
_CLAUSE_LEFT_OVER = re.compile(r", (?:and|but) (?:a few|some|many|several|most|others|none|one|two|three)"
                               r"(?: [a-z]+)?? (?:[a-z]+ed|were|was|had|have|has|are|is|said)\b")
#: A modal verb's clause joined to a past-tense verb: the second verb had another subject.
_MODAL_THEN_PAST = re.compile(r"^(?:According to [^,]+, )?(?:who|what) (?:would|will|could|can|should|may|might|must) "
                              r"[a-z]+\b[^,?]*, and [a-z]+ed\b", re.IGNORECASE)
#: "… take around?": the key's approximation word stays behind.
_APPROXIMATOR_LEFT = re.compile(r"\b(?:around|roughly|approximately|nearly|almost)\s*\?$")
#: "especially for?": the asked phrase's focus word stays behind.
_FOCUS_STRANDED = re.compile(r"\b(?:especially|particularly|mainly|mostly|largely|chiefly|notably|even|only|just)"
                             r",?\s+(?:to|of|in|on|at|for|with|from|by|into|among)\s*\?$")
#: A conjoined count left at the end of the stem when its own verb went with the key.
_COUNT_LEFT_OVER = re.compile(r"\b(?:and|or|but) (?:(?:more|fewer|less) than |at least |about |nearly |almost )?"
                              r"\d[\d,.]*\s*\?$")


#: "Who would both attend …?", "Who have all signed …?": "both"/"all"/"each"
#: floated off a plural subject, which a one-name key cannot be.
_FLOATING_ALL = re.compile(r"^Who (?:\w+ )?(?:both|all|each)\b")


_TITLE_AT_END = re.compile(r"\b(?:" + "|".join(sorted(h.capitalize() for h in HONORIFICS)) + r")\.?\s*\?$")


#: A preposition that ends a question on purpose ("Where did they move to?", "… come from?").
_STRANDED_OK = re.compile(r"\b(?:to|of|in|on|at|for|with|from|by|into)\?$")


#: A name particle left at the end of a stem: the name it belonged to went with the key.
_PARTICLE_AT_END = re.compile(r"\b(?:dos|das|da|de|del|du|van|von|bin|ibn)\s*\?$")
#: "during the pause the weekend and the Cinco de Mayo holiday": a preposition's
#: one-word object run into the next noun phrase, where a relative clause was cut.
_SPLICED_NOUNS = re.compile(r"\b(?:during|in|at|on|of|for|from|with|by|after|before|until) (?:the|a|an) [a-z]+ "
                            r"(?:the|a|an) (?!(?:same|next|following|previous|day|week|month|year|morning|afternoon|"
                            r"evening|night|time)\b)[a-z]+")
#: "… had died and more than a dozen were missing?": a counted subject's own clause kept in the stem.
_COUNTED_CLAUSE_LEFT = re.compile(r"^(?:According to [^,]+, )?[Hh]ow many [^?]*?(?:\band |\w )"
                                  r"(?:(?:more|fewer|less) than |at least |about |nearly |almost |another )?"
                                  r"(?:a dozen|dozens|hundreds|thousands|scores|\d[\d,.]*|one|two|three|four|five|six|"
                                  r"seven|eight|nine|ten)(?: [a-z]+)? (?:were|was|had|have|are|is)\b")
#: "When did X let contracts expire and handed most of …?": a past verb joined after do-support.
_PAST_AFTER_DO = re.compile(r"\b(?:did|does|do) (?:\S+ ){1,14}?and [a-z]+ed (?:most|the|a|an|his|her|its|their)\b")
#: "How did former World Bank chief economist describe …?": the name after the title was cut (panel 60).
_BARE_FORMER = re.compile(r"\b(?:did|does|do|is|was|has|had|will) (?:former|then) [A-Z]")


#: Words a cut left in the stem, each pattern with what raters saw in it (the
#: examples are the panels' stems).
#: "Who gave a more cautious reaction?": more cautious than whom — the sentence before said (panel 64).
_BARE_COMPARATIVE = re.compile(r"\b(?:a|an|the) (?:more|less) [a-z]+ [a-z]+(?![^?]*\bthan\b)")

#: "Where did the wastewater pour and then into the Animas?": the second of two places left in (panel 66).
_SECOND_PLACE_LEFT = re.compile(r"\b(?:and|or) (?:then )?(?:into|onto|to|through|towards?) (?:the )?[A-Z]")

#: "When did the dispute start when Lee ordered a cake …?": the answer's own clause left in (panel 67).
_WHEN_WHEN = re.compile(r"^(?:According to [^,]+, )?[Ww]hen\b[^?]*\bwhen\b")

#: "What has lost roughly a quarter of their value?": a plural owner for a singular "What" (panel 68).
_WHAT_THEIR = re.compile(r"^(?:According to [^,]+, )?[Ww]hat (?:has|is|was|does|did)\b[^?]*\btheir\b")

#: "… buy the rights to the drug in August from for $55 million?": a stranded preposition run into the next (panel 69).
_TWO_PREPOSITIONS = re.compile(r"\b(?:from|with|about|into|towards?) (?:for|from|with|by|about)\b")

#: "what was properly excavated, and that moving a few buildings cannot …?" (panel 71).
_SECOND_THAT_CLAUSE = re.compile(r"^According to [^,]+, [^?]*,? and that\b")
#: "What did the company expand worth up to $300?": the object's "worth" left after the verb (panel 71).
_WORTH_LEFT = re.compile(r"^(?:According to [^,]+, )?(?:What|Which \w+) (?:did|does|do|will|would|could|can) "
                         r"[^?]*\b[a-z]+ worth\b")

_LEFTOVER_PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (_SECOND_THAT_CLAUSE, "a second reported clause left in"),
    (_WORTH_LEFT, "the object's measure left after the verb"),
    (_TWO_PREPOSITIONS, "a stranded preposition run into the next"),
    (_WHAT_THEIR, "a singular What with a plural owner"),
    (_WHEN_WHEN, "a When stem that keeps a when-clause"),
    (_SECOND_PLACE_LEFT, "a second place left without its first"),
    (_BARE_COMPARATIVE, "a comparison without what it compares with"),
    (_CLAUSE_LEFT_OVER, "a second clause left in"),  # "How many people left …, and a few suffered minor injuries?"
    (_COUNT_LEFT_OVER, "a second count without its verb"),  # "How many people are confirmed dead and more than 20?"
    (_MODAL_THEN_PAST, "a second clause left in"),  # "… who would carry out the plan, and accused the minister of …?"
    (_APPROXIMATOR_LEFT, "an approximation word left at the end"),  # "How long does a full journey take around?"
    (_FOCUS_STRANDED, "a focus word left before a stranded preposition"),  # "… cost jobs, especially for?" (panel 38)
    (_BARE_FORMER, "a title left without its name"),  # "How did former World Bank chief economist describe …?"
    (_PAST_AFTER_DO, "a past verb left beside do-support"),  # "When did X let contracts expire and handed most …?"
    (_COUNTED_CLAUSE_LEFT, "a second clause left in"),  # "… had died and more than a dozen were missing?" (panel 56)
    (_SPLICED_NOUNS, "two noun phrases spliced where a clause was cut"),  # "during the pause the weekend and …"
)
