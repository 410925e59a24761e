"""Issue 15, read as the candidate: each fault class quoted from dev drafts never comes back."""

from __future__ import annotations

import pytest

from assistant.compose import compose_draft
from assistant.compose.facts import promises_for
from assistant.compose.kinds import advice_phrase, info_items
from assistant.compose.recipients import is_plausible_name, role_addressee
from assistant.compose.topics import is_clause, is_topic
from assistant.models import Facts, Interviewer, Kind, NoteLine, Point

NAMES = frozenset({"Adaeze", "Okafor", "Luis", "Delgado", "Rachel", "Lin", "Alan", "Whitcomb"})


@pytest.mark.parametrize(
    ("phrase", "sayable"),
    [
        # Header lines: who was there is never what was discussed.
        ("Ms. Adaeze Okafor, Principal", False),
        ("Mr. Luis Delgado, Assistant Principal", False),
        ("Alan Whitcomb CNO", False),
        ("Dr", False),
        ("Hiring manager", False),
        ("Coding with Farah Haddad", False),
        # Note sentences pasted whole.
        ("the Ms. Okafor opened by describing the school's move", False),
        ("Mr. Delgado's questions were mostly about classroom management", False),
        ("Mrs. Kemper asked only one question", False),
        ("Ledgerly is going for SOC 2 Type II next year", False),
        ("emailed congrats too", False),
        ("call from Marco Silva", False),
        # Dates, times and figures.
        ("the December 17", False),
        ("3:30–5:00 pm", False),
        ("Jess Moreno called today 10/30", False),
        ("a $5k sign-on", False),
        # Labels and questions.
        ("Q: why not sort by end", False),
        ("how would I cut the team's CI time", False),
        ("why leave Corvid", False),
        # What may be said.
        ("the new greenhouse they are building behind the gym", True),
        ("the new bedside handoff process they rolled out in January", True),
        ("how I would support new grads", True),
        ("how analysts request tables", True),
        ("partnership with the Harbor Family Shelter", True),
        ("patient ratios 1:2 on nights", True),
        ("shrink at 2.8% with a goal under 2%", True),
        ("sitting in on support calls", True),
    ],
)
def test_a_topic_is_a_noun_phrase_naming_no_one_and_no_date(phrase: str, sayable: bool) -> None:
    assert is_topic(phrase, NAMES) == sayable


@pytest.mark.parametrize(
    ("clause", "sayable"),
    [
        ("you liked the streaming angle", False),
        ("you volunteered", False),
        ("outbox is exactly what they are debating internally", False),
        ("Ms. Lin wants a plant growth investigation", False),
        ("the team is rolling out a new transaction monitoring system", True),
        ("you want the 7th grade to run a plant growth investigation", True),
    ],
)
def test_a_clause_is_news_of_the_work(clause: str, sayable: bool) -> None:
    assert is_clause(clause, NAMES) == sayable


@pytest.mark.parametrize(
    ("recipient", "greeting"),
    [
        ("Hiring Manager", "Dear Hiring Manager,"),
        ("Hiring", "Hello,"),
        ("New", "Hello,"),
        ("Payments Platform", "Hello,"),
        ("Izaak Walton League", "Hello,"),
        ("Dana Kessler", "Hi Dana,"),
    ],
)
def test_a_role_or_an_implausible_name_gets_a_neutral_greeting(
    recipient: str, greeting: str
) -> None:
    facts = Facts(company="Acme Logistics", interviewers=[Interviewer(name="Dana Kessler")])
    draft = compose_draft(facts, kind="thank-you", medium="email", tone="warm", recipient=recipient)
    assert draft.body.splitlines()[0] == greeting


def test_names_and_roles() -> None:
    assert role_addressee("hiring manager") == "Hiring Manager"
    assert role_addressee("Hiring") is None
    assert is_plausible_name("Denise Okonkwo-Hart")
    assert not is_plausible_name("New")


LIN = Interviewer(name="Rachel Lin", title="Science Department Chair")
KEMPER = Interviewer(name="Dorothy Kemper")


def _maple_grove(**update: object) -> Facts:
    """Maple Grove's panel notes as the parser reads them today, header lines and all."""
    facts = Facts(
        company="Maple Grove Middle School",
        interviewers=[LIN, KEMPER],
        points=[
            Point(text="Ms. Rachel Lin, Science Department Chair", person=LIN.name, line=1),
            Point(text="Ms. Lin was the most engaged", person=LIN.name, line=2),
            Point(
                text="the new greenhouse they are building behind the gym",
                person=LIN.name,
                topic="the new greenhouse they are building behind the gym",
                line=2,
            ),
            Point(text="Mrs. Kemper asked only one question", person=KEMPER.name, line=3),
            Point(text="the December 17", person=KEMPER.name, topic="the December 17", line=3),
            Point(text="homework load", person=KEMPER.name, topic="homework load", line=3),
        ],
        lines=[
            NoteLine(number=1, text="3. Ms. Rachel Lin, Science Department Chair", bucket="header"),
            NoteLine(number=2, text="Ms. Lin was the most engaged ...", bucket="interviewer"),
            NoteLine(number=3, text="Mrs. Kemper asked only one question", bucket="interviewer"),
        ],
        promised_actions=[
            "Ms. Lin that I would send her the rubric for the plant growth investigation",
            "prepare a better example",
        ],
        private=["I gave a vague answer and I know it. I must prepare a better example"],
    )
    return facts.model_copy(update=update)


@pytest.mark.parametrize(
    ("recipient", "said", "never"),
    [
        (
            LIN.name,
            # Their own project, said to them (writer zo: "the software they use").
            ["the new greenhouse you are building behind the gym", "I will send the rubric"],
            ["Science Department Chair", "most engaged", "the Ms. Lin", "better example"],
        ),
        (
            KEMPER.name,
            ["homework load"],
            ["asked only one question", "December", "rubric", "better example"],
        ),
    ],
)
def test_a_thank_you_says_points_and_promises_only_in_correct_forms(
    recipient: str, said: list[str], never: list[str]
) -> None:
    body = compose_draft(
        _maple_grove(), kind="thank-you", medium="email", tone="warm", recipient=recipient
    ).body
    for text in said:
        assert text in body, (text, body)
    for text in never:
        assert text not in body, (text, body)


@pytest.mark.parametrize("recipient", ["Hiring Manager", "Jess Moreno"])
def test_a_rejection_reply_repeats_nothing_of_the_rejection(recipient: str) -> None:
    facts = Facts(
        company="St Brendans",
        interviewers=[Interviewer(name="Jess Moreno")],
        points=[
            Point(text="Jess Moreno called today 10/30", line=1),
            Point(text="Kayla even said shed love to have me", line=2),
            Point(text="the internal candidate", person="Jess Moreno", line=1),
            Point(text="A letter from Riverbend Academy yesterday", line=3),
        ],
        lines=[
            NoteLine(number=1, text="Jess Moreno called today 10/30", bucket="shared"),
            NoteLine(number=2, text="Kayla even said shed love to have me", bucket="shared"),
            NoteLine(number=3, text="A letter from Riverbend Academy", bucket="shared"),
        ],
        wants_feedback=True,
        stay_in_touch=True,
    )
    body = compose_draft(
        facts, kind="rejection-reply", medium="email", tone="warm", recipient=recipient
    ).body
    for pasted in ("called", "Kayla", "internal", "letter", "10/30"):
        assert pasted not in body, body
    assert "feedback" in body or "improve" in body
    assert "stay in touch" in body


@pytest.mark.parametrize("kind", ["thank-you", "offer-reply", "status-follow-up"])
def test_dates_times_and_pay_are_never_topics(kind: Kind) -> None:
    facts = Facts(
        company="Maple Grove",
        interviewers=[Interviewer(name="Adaeze Okafor")],
        points=[
            Point(
                text="New teacher orientation: December 17, 3:30–5:00 pm", person="Adaeze Okafor"
            ),
            Point(text="3:30–5:00 pm", person="Adaeze Okafor", topic="3:30–5:00 pm"),
            Point(text="the December 17", person="Adaeze Okafor", topic="the December 17"),
        ],
        offer_intent="accept",
    )
    body = compose_draft(
        facts, kind=kind, medium="email", tone="warm", recipient="Adaeze Okafor"
    ).body
    assert "December" not in body and "3:30" not in body


def test_a_correction_states_the_answer_not_the_regret() -> None:
    note = (
        "Second, Mr. Delgado's question about IEPs and 504 plans. My answer on Thursday was "
        "vague, which has bothered me all weekend. The better answer, and the true one, is "
        "this: last year I co-taught a section in which eleven of twenty-six students had IEPs."
    )
    [item] = info_items([note], [])
    assert item.form == "correction"
    assert item.text.startswith("last year I co-taught")
    assert "vague" not in item.text and "bothered" not in item.text
    assert info_items(["My answer was vague, which has bothered me all weekend."], []) == []


def test_advice_is_something_to_do() -> None:
    assert advice_phrase("staff isn't a level, it's a set of problems you volunteer for") is None
    assert advice_phrase("stop leading w/ Kafka migration story") == (
        "to stop leading with Kafka migration story"
    )


@pytest.mark.parametrize(
    "promise", ["send it with the case study", "Send them over tonight", "I will send this"]
)
def test_a_promise_whose_thing_the_message_cannot_name_is_left_out(promise: str) -> None:
    facts = Facts(
        company="Lumen Health",
        role="Product Designer",
        interviewers=[Interviewer(name="Ben Adeyemi", discussed=["usability tests"])],
        promised_actions=[promise, "send the clinic booking case study PDF"],
    )
    assert promises_for(facts, "Ben Adeyemi") == ["send the clinic booking case study PDF"]
