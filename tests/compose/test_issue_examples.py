"""Issue 15's examples: each, from its notes or hand-built facts, gives a correct draft."""

from __future__ import annotations

import re

import pytest

from assistant.compose import compose_draft
from assistant.compose.forms import Phrase, realise
from assistant.compose.kinds import advice_phrase, info_items, question, timeline_phrase
from assistant.models import Draft, Facts, Interviewer, Kind, Medium, NoteLine, OfferIntent, Point


@pytest.mark.parametrize(
    ("note", "topic", "expected"),
    [
        # A relative clause is no topic: left out, never pasted.
        ("which is about half done", None, None),
        # Perspective: "they're" becomes "the team is", in a frame that takes a clause.
        (
            "they're rolling out a new transaction monitoring system",
            None,
            Phrase("the team is rolling out a new transaction monitoring system", "clause"),
        ),
        # The candidate's own statement is not a topic of the interviewer's.
        ("I'm sitting the exam in January", None, None),
        ("my CAMS certification", None, Phrase("my CAMS certification", "topic")),
        # A question they asked becomes its clause, in the candidate's words.
        (
            "she asked abt how id support new grads",
            None,
            Phrase("how I would support new grads", "topic"),
        ),
        # "she" and "her" turned to the reader the point belongs to.
        (
            "x",
            "her own start on the unit as a new grad",
            Phrase("your own start on the unit as a new grad", "topic"),
        ),
        ("she wants a system builder", None, Phrase("you want a system builder", "clause")),
        # A note's comment or equation cannot be said.
        ("big on retention, unit lost 9 RNs last yr", None, None),
        ("unit = 24 beds, open heart + ECMO", None, None),
        ("2026-11-20", None, None),
        ("Epic go-live", None, Phrase("Epic go-live", "topic")),
    ],
)
def test_points_are_realised_by_form(note: str, topic: str | None, expected: Phrase | None) -> None:
    assert realise(note, topic=topic) == expected


def _facts(**update: object) -> Facts:
    base = Facts(
        candidate="Ana Ruiz",
        company="Acme Logistics",
        role="Platform Engineer",
        interviewers=[
            Interviewer(name="Dana Kessler", title="Engineering Manager"),
            Interviewer(name="Sam Whitfield", title="Recruiter"),
        ],
        points=[
            Point(text="the dbt migration", owner="discussed", person="Dana Kessler"),
            Point(text="which is about half done", owner="discussed", person="Dana Kessler"),
            Point(
                text="they're rolling out a new transaction monitoring system",
                owner="interviewer",
                person="Dana Kessler",
            ),
            Point(text="the interview loop and team structure", person="Sam Whitfield"),
            Point(text="the hybrid schedule", person="Sam Whitfield"),
            Point(text="I'm sitting the CAMS exam in January", owner="candidate"),
            Point(
                text="my dbt testing framework",
                owner="candidate",
                person="Dana Kessler",
                topic="my dbt testing framework",
            ),
            Point(text="project at Acme Logistics", owner="candidate"),
        ],
        qualifications=["my dbt testing framework", "project at Acme Logistics"],
        private=["ask about a $5k sign-on instead"],
        outstanding_questions=["ask about a $5k sign-on instead"],
        logistics=["pay is $70/hr, drug screen on Monday"],
    )
    return base.model_copy(update=update)


def _draft(
    facts: Facts, kind: Kind, recipient: str = "Dana Kessler", medium: Medium = "email"
) -> Draft:
    return compose_draft(facts, kind=kind, medium=medium, tone="warm", recipient=recipient)


@pytest.mark.parametrize(
    "pasted",
    [
        "Your thoughts on which is about half done",
        "about the they're",
        "about the I'm",
        "especially project at",
        "your CAMS",
        "your dbt testing framework",
        "$5k",
        "instead",
        "drug screen",
        "$70",
    ],
)
@pytest.mark.parametrize(
    "kind", ["thank-you", "status-follow-up", "offer-reply", "additional-info"]
)
def test_nothing_is_pasted_or_misattributed(pasted: str, kind: Kind) -> None:
    for recipient in ("Dana Kessler", "Sam Whitfield"):
        assert pasted not in _draft(_facts(), kind, recipient).text()


def test_a_clause_gets_a_clause_frame_and_strengths_are_the_candidates() -> None:
    body = _draft(_facts(), "thank-you").body
    assert "that the team is rolling out a new transaction monitoring system" in body
    assert "my dbt testing framework" in body
    assert "the project at Acme Logistics" in body


def test_a_recruiter_is_thanked_for_their_own_topics_only() -> None:
    body = _draft(_facts(), "thank-you", "Sam Whitfield").body
    assert "the interview loop and team structure" in body
    assert "dbt migration" not in body
    assert "transaction monitoring" not in body


def test_a_pasted_fact_line_never_becomes_the_subject() -> None:
    role = "Platform Engineer. Base salary $148,000, start date January 5 2027"
    draft = _draft(_facts(role=role), "offer-reply")
    assert draft.subject is not None
    assert "$148,000" not in draft.subject and "Base salary" not in draft.text()
    assert draft.subject == "Thank you for the offer"


@pytest.mark.parametrize(
    ("intent", "wanted", "unwanted"),
    [
        ("accept", [r"\baccept\b"], []),
        ("accept-after-questions", [r"accepting once I have", r"\?"], [r"thrilled to accept"]),
        ("counter", [r"\$138,000", r"experience"], [r"thrilled to accept", r"glad to accept"]),
        ("decline", [r"decided to decline", r"paths cross"], [r"thrilled to accept"]),
        ("ask-for-time", [r"few more days"], [r"thrilled to accept"]),
        (None, [r"reviewing"], [r"\baccept"]),
    ],
)
def test_an_offer_reply_says_what_the_notes_intend(
    intent: OfferIntent | None, wanted: list[str], unwanted: list[str]
) -> None:
    facts = _facts(
        offer_intent=intent,
        counter_figure="$138,000",
        outstanding_questions=["is the on-call weekend phone-only?"],
    )
    body = _draft(facts, "offer-reply").body
    for pattern in wanted:
        assert re.search(pattern, body), (pattern, body)
    for pattern in unwanted:
        assert not re.search(pattern, body), (pattern, body)


def test_additional_info_carries_the_information_itself() -> None:
    facts = _facts(
        info_to_send=[
            "https://drive.google.com/drive/folders/1T9xPlantRubric7?usp=sharing",
            "the password is greenhouse7",
            "fairness_audit_summary_v2.pdf",
            "correction: we used 0.25 for significant and 0.1 only to monitor",
        ],
        promised_actions=["send the rubric folder"],
    )
    body = _draft(facts, "additional-info").body
    assert (
        "Here is the link: https://drive.google.com/drive/folders/1T9xPlantRubric7?usp=sharing."
        in body
    )
    assert "The password is greenhouse7." in body
    assert "fairness_audit_summary_v2.pdf" in body
    assert "we used 0.25 for significant and 0.1 only to monitor" in body
    assert "A few more thoughts came to mind" not in body


def test_a_thank_you_delivers_a_promised_link() -> None:
    facts = _facts(promised_actions=["send Dana the link https://github.com/kwatanabe/bucketeer"])
    body = _draft(facts, "thank-you").body
    assert "here is the link: https://github.com/kwatanabe/bucketeer" in body
    assert "I will follow up with the link" not in body


@pytest.mark.parametrize(("feedback", "touch"), [(True, True), (False, False), (True, False)])
def test_a_rejection_reply_does_what_the_candidate_wants(feedback: bool, touch: bool) -> None:
    facts = _facts(
        wants_feedback=feedback,
        stay_in_touch=touch,
        points=[Point(text="the candidate with more SQL experience", person="Dana Kessler")],
    )
    body = _draft(facts, "rejection-reply").body
    assert "SQL" not in body or feedback  # nothing about the winner
    assert ("feedback" in body) == feedback
    assert ("stay in touch" in body or "future" in body) == touch


def test_a_status_follow_up_names_the_timeline_and_asks_once() -> None:
    facts = _facts(decision_timeline="we expect to make a decision by Friday, October 16")
    body = _draft(facts, "status-follow-up").body
    assert "by Friday, October 16" in body
    assert body.count("?") == 1


def test_a_networking_note_gives_the_advice_and_what_was_done() -> None:
    facts = _facts(
        advice=["lead the resume w/ teaching hours not call volume"],
        actions_taken=["rewrote the resume sun 9/20, teaching hrs first"],
    )
    body = _draft(facts, "networking", medium="linkedin").body
    assert "advice to lead the resume with teaching hours not call volume" in body
    assert "I rewrote the resume" in body


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "is the 1 wknd on call phone-only or do i have to come in?",
            ("Is the 1 weekend on call phone-only or do I have to come in?", True),
        ),
        (
            "whether the schedule includes Sunday brunch",
            ("whether the schedule includes Sunday brunch", False),
        ),
        ("ask about a $5k sign-on instead", None),
    ],
)
def test_questions_are_asked_or_left_out(note: str, expected: tuple[str, bool] | None) -> None:
    assert question(note) == expected


@pytest.mark.parametrize(
    ("timeline", "expected"),
    [
        ("we expect to make a decision by Friday, October 16", "by Friday, October 16"),
        ("expect to hear by end of next week", "by the end of next week"),
        ("we'll have an answer in 10 days, 2 wks tops", "in 10 days"),
        ("within two weeks", "within two weeks"),
    ],
)
def test_timelines_become_phrases(timeline: str, expected: str) -> None:
    assert timeline_phrase(timeline) == expected


def test_advice_and_information_by_form() -> None:
    assert advice_phrase("She told me not to volunteer for more than one committee") == (
        "not to volunteer for more than one committee"
    )
    forms = [i.form for i in info_items(["pw: nwb-wen-1116", "Raman_References.pdf"], [])]
    assert forms == ["password", "file"]


PAUL = Interviewer(name="Paul Henderson", title="Lab Supervisor")
SPOKEN = "the PCR instrument they are validating this spring"
SAID = "the PCR instrument you are validating this spring"  # their own work, said to them
LABELLED = "Interviewer: Paul Henderson, Lab Supervisor"
TITLED = "Paul Henderson, Lab Supervisor"


@pytest.mark.parametrize(
    ("point", "bucket"),
    [
        # A header line that reached the points, its words taken for a topic: who was there
        # is no topic ("I enjoyed our conversation about Interviewer: Paul Henderson, ...").
        (Point(text=LABELLED, person=PAUL.name, topic=LABELLED, line=1), "interviewer"),
        (Point(text=TITLED, person=PAUL.name, topic=TITLED, line=1), "interviewer"),
        # A point whose line was placed as a header, a private remark or nothing usable.
        (Point(text="the staffing budget for next year", person=PAUL.name, line=1), "header"),
        (Point(text="the staffing budget for next year", person=PAUL.name, line=1), "private"),
        (Point(text="the staffing budget for next year", person=PAUL.name, line=1), "unused"),
    ],
    ids=["labelled-header", "name-and-title", "header-line", "private-line", "unused-line"],
)
def test_the_composer_never_pastes_a_line_that_is_not_a_point(point: Point, bucket: str) -> None:
    facts = Facts(
        interviewers=[PAUL],
        points=[point, Point(text=SPOKEN, person=PAUL.name, topic=SPOKEN, line=2)],
        lines=[
            NoteLine(number=1, text=point.text, bucket=bucket),  # type: ignore[arg-type]
            NoteLine(number=2, text=SPOKEN, bucket="interviewer", person=PAUL.name),
        ],
    )
    body = compose_draft(
        facts, kind="thank-you", medium="email", tone="warm", recipient=PAUL.name
    ).body
    assert SAID in body
    assert "staffing budget" not in body and "Interviewer" not in body
    assert "Lab Supervisor" not in body
