"""False true/false statements that reverse the main verb (generate/reversal.py):
plainly false to a reader who understood the sentence, and still good English."""
from __future__ import annotations

import random

import pytest

from quizgen.articles.parse import parse_article
from quizgen.generate import true_false
from quizgen.generate.context import build_context


def _false_items(text: str):
    ctx = build_context(parse_article(f"Test\n\n{text}\n"))
    made = true_false.generate(ctx, random.Random(0))
    assert made, "the sentence should give a true statement at least"
    return [q for q in made if q.answer == "False"]


@pytest.mark.parametrize("sentence, reversed_", [
    ("Shares in the company fell as much as four percent on Tuesday.",
     "Shares in the company rose as much as four percent on Tuesday."),
    ("The Senate approved the bill on Monday.", "The Senate rejected the bill on Monday."),
    ("The union agreed to end the strike.", "The union refused to end the strike."),
    ("The company stopped selling the phone in October.", "The company started selling the phone in October."),
    ("The mayor criticized the police chief on Monday.", "The mayor praised the police chief on Monday."),
    ("The government lifted the ban on Friday.", "The government imposed the ban on Friday."),
    ("The Rovers won the cup final in Leeds on Sunday.", "The Rovers lost the cup final in Leeds on Sunday."),
    ("The bank closed 200 branches in Scotland last year.", "The bank opened 200 branches in Scotland last year."),
    ("Greece joined the euro zone in 2001.", "Greece left the euro zone in 2001."),
    # pairs that fit only with the objects lexicons.opposites.OBJECTS_OF lists
    ("The appeals court upheld the ban on Tuesday in a two-to-one decision.",
     "The appeals court overturned the ban on Tuesday in a two-to-one decision."),
    ("The Supreme Court overturned the conviction of the former mayor in March.",
     "The Supreme Court upheld the conviction of the former mayor in March."),
    ("The governor vetoed the bill on Friday after weeks of protests.",
     "The governor signed the bill on Friday after weeks of protests."),
    ("The airline suspended flights to the city for three days in June.",
     "The airline resumed flights to the city for three days in June."),
    ("The city council raised parking fees in the town centre last year.",
     "The city council lowered parking fees in the town centre last year."),
    ("The Labour Party lost the election in May by a wide margin.",
     "The Labour Party won the election in May by a wide margin."),
    ("The opposition welcomed the ruling on Wednesday.", "The opposition condemned the ruling on Wednesday."),
    ("The mayor welcomed the announcement on Tuesday.", "The mayor condemned the announcement on Tuesday."),
    ("The union condemned the decision on Friday.", "The union welcomed the decision on Friday."),
    ("The Senate passed the bill by 60 votes to 40 on Thursday.",
     "The Senate rejected the bill by 60 votes to 40 on Thursday."),
    ("The company dismissed the allegations in a statement on Monday.",
     "The company accepted the allegations in a statement on Monday."),
    ("Lawmakers voted against the plan on Tuesday.", "Lawmakers voted for the plan on Tuesday."),
    ("The party's MPs voted for the motion in the end.", "The party's MPs voted against the motion in the end."),
    ("The minister defended the plan in parliament on Tuesday.",
     "The minister criticised the plan in parliament on Tuesday."),
    ("The company admitted that its engines had failed the emissions tests.",
     "The company denied that its engines had failed the emissions tests."),
    ("The manager admitted the charges in court on Monday.", "The manager denied the charges in court on Monday."),
    ("The government eased restrictions on travel in April.",
     "The government tightened restrictions on travel in April."),
])
def test_the_main_verb_is_reversed(sentence, reversed_):
    reverse = [q for q in _false_items(sentence) if q.meta.get("change") == "reverse"]
    assert [q.prompt for q in reverse] == [reversed_]
    assert "not" in reverse[0].explanation and "\u201c" in reverse[0].explanation


@pytest.mark.parametrize("sentence", [
    "Prosecutors in the city dropped the charges against Lee on Monday.",  # "rose the charges"
    "A group of students climbed over a fence into the square.",  # no amount: "fell over a fence"
    "Residents in the town grew increasingly frustrated with the council.",  # "shrank increasingly frustrated"
    "Rescuers lifted the miners one at a time through the shaft.",  # "imposed the miners"
    "The hospital denied that it had ever approved the study.",  # "confirmed that it had ever"
    "The two leaders agreed that the talks had failed.",  # "refused that"
    "By Wednesday the agency had confirmed more than 2,000 deaths.",  # "denied 2,000 deaths"
    "A lawyer for the firm denied that it was negligent, saying the mine met every rule.",  # aside contradicts
    "Shares in the company did not fall on Tuesday.",  # already negated
    "Prices could rise by ten percent next year.",  # a modal: no fact to reverse
    "Lisbon won the vote in the second round, ahead of a joint bid from Madrid.",  # "lost … ahead of"
    "The museum in the old town closed at six on Monday.",  # no object: "opened at six" is another fact
    "The minister left for Brussels on Monday morning.",  # "joined for Brussels"
    "The council banned the children of the town from swimming in the lake.",  # "allowed … from swimming"
    "Local parents criticised the school board for waiting three days in May.",  # "praised … for waiting"
    "The inquiry began with a complaint by a local farmer in March.",  # "stopped with a complaint"
    "A lorry overturned the car on the motorway near Leeds on Monday.",  # no decision: "upheld the car"
    "The report raised concerns about safety at the plant in Leeds.",  # no amount: "lowered concerns"
    "More than 300 workers lost their jobs at the plant in Leeds.",  # no contest: "won their jobs"
    "The club suspended the player for three matches in March.",  # no activity: "resumed the player"
    "The governor signed the bill into law on Friday in Albany.",  # "vetoed the bill into law"
    "The minister signed the letter to the council on Friday.",  # no law: "vetoed the letter"
    "The Conservatives lost the seat to the Liberal Democrats in May.",  # "won the seat to …"
    "Thousands of people welcomed the pope at the airport in Manila.",  # no decision: "condemned the pope"
    "The opposition leader condemned the attack on the embassy.",  # "welcomed the attack" (panel 94's set)
    "The judge dismissed the charges against the three men.",  # a court's act: "accepted the charges"
    "The president dismissed two senior officers on Friday.",  # "accepted two senior officers"
    "The minister dismissed the allegations as nonsense.",  # "accepted … as nonsense"
    "The home team passed the ball to the captain in the final minute of the match.",  # no law: "rejected the ball"
    "Lawmakers in the state passed a law in 2015 that allows inspectors to visit the sites.",  # the law stands
    "Three children were admitted to hospital in Leeds on Monday.",  # "were denied to hospital"
    "The central bank cut interest rates to a record low of 0.5% on Thursday.",  # "raised … to a record low"
    "The increase raised the price of a metro ticket by 30 pesos, from 800 to 830 pesos.",  # "lowered … from 800 to 830"
    "Leaders of the protest movement rejected the proposals as far too small.",  # "accepted … as far too small"
    "The existing flag won 56.6 percent of the vote in the referendum.",  # "lost 56.6 percent of the vote"
    "Sweden later won the silver medal in the final in Rio.",  # "lost the silver medal" is no contest lost
    "Teachers said the final package fell well short of what classrooms needed.",  # "rose well short" (panel 94)
    "Work on the new line fell behind schedule in 2018.",  # "rose behind schedule"
])
def test_no_reversal_where_the_opposite_does_not_fit(sentence):
    assert not [q for q in _false_items(sentence) if q.meta.get("change") == "reverse"]


def test_a_number_inside_a_name_is_not_swapped():
    falses = _false_items("The company sold 300,000 phones in August and 2 million in September. "
                          "Several carriers then refused to hand out any more replacement Note 7s.")
    assert not any("Note " in q.prompt and "Note 7s" not in q.prompt for q in falses), [q.prompt for q in falses]


@pytest.mark.parametrize("sentence", [
    "Not every offer of help from abroad was accepted by the rescue team.",  # "Not every … rejected" is true too
    "Some economists in the city supported the plan on Monday.",  # others may have opposed it
])
def test_no_reversal_that_could_still_be_true(sentence):
    assert not [q for q in _false_items(sentence) if q.meta.get("change") == "reverse"]


@pytest.mark.parametrize("sentence, reversed_", [
    ("Mayor Linda Howe said the council would close three libraries next year.",
     "Mayor Linda Howe said the council would open three libraries next year."),
    ("The electoral board announced that 61 percent of voters had approved the new constitution.",
     "The electoral board announced that 61 percent of voters had rejected the new constitution."),
    ("The carmaker announced that it will close its engine plant in Leeds in March 2021.",
     "The carmaker announced that it will open its engine plant in Leeds in March 2021."),
])
def test_the_verb_of_what_a_speaker_reported_is_reversed(sentence, reversed_):
    """Most news sentences report: "said the council would close …" is
    misreported as "… would open …", which the sentence shows false."""
    assert reversed_ in [q.prompt for q in _false_items(sentence) if q.meta.get("change") == "reverse"]


@pytest.mark.parametrize("sentence", [
    "Mayor Linda Howe did not say the council would close three libraries next year.",  # no plain report
    "Mayor Linda Howe said the council could close three libraries next year.",  # "could open" may be true too
    "The minister said the site had refused to cooperate despite repeated requests from the ministry.",
    "The government announced that it is lifting a five-year ban on trophy hunting, a decision that will "
    "allow hunters to return.",  # "imposing a ban, a decision that will allow hunters" contradicts itself
])
def test_no_reversal_of_a_report_that_would_contradict_itself(sentence):
    assert not [q for q in _false_items(sentence) if q.meta.get("change") == "reverse"]


def test_no_reversal_of_joining_a_view():
    """"Justices … joined his dissent" -> "left his dissent" (panel 82: no_sense)."""
    assert not [q for q in _false_items("Justices Ann Lee, Tom Becker and Maria Lopez joined Chief Justice Roberts's "
                                        "dissent in March.")
                if q.meta.get("change") == "reverse"]
