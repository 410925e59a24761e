"""The one noun-phrase test, on phrases readers saw in drafts from notes nobody here wrote."""

from __future__ import annotations

import pytest

from assistant.compose.facts import _phrase
from assistant.compose.topics import is_topic
from assistant.english import is_noun_phrase

NAMES = frozenset({"Tom", "Obi", "Chukwuemeka", "Claire"})


@pytest.mark.parametrize(
    "phrase",
    [
        "the migration to Snowflake",
        "audit readiness",
        "the concussion protocol",
        "the catalogue in the P2P tool",
        "warehouses in Venlo and Duisburg",
        "my capstone on the nonprofit audit",
        "the oral-history project",
        "the diary study for medication reminders",
        "the team's nonprofit clients",
        "the girls' flag football program",
        "how researchers and designers share findings",
        "partnership with the Harbor Family Shelter",
        "the greenhouse they are building behind the gym",
        "the Kafka ingestion backlog",
        "40% drop-off on the insurance step",
        "reducing mis-picks with scanner audits",
        "saying no to a big customer's request",
        "makerspace in the basement",
        "the Sous Chef role at Osteria Lume",
    ],
)
def test_a_noun_phrase_may_be_said(phrase: str) -> None:
    assert is_noun_phrase(phrase, NAMES)


@pytest.mark.parametrize(
    "phrase",
    [
        "Good morning to myself and thanks be to God",  # a diary line
        "Thereafter I met with the Director of Facilities",  # a note's sentence
        "the Chukwuemeka Obi",  # a person
        "Head of Estates and Facilities",  # a title
        "head of QA",
        "Tell us about a time you managed a critical failure",  # the question asked
        "kitchen tour w claire",  # shorthand and a name
        "20 min",
        "7 months behind",
        "1st quarter",
        "AD candidate",
        "Lunch with Mei-san only",
        "Practiced with timer",
        "Join IHEEM",  # a to-do
        "connect with Tom on LI too",
        "thank him by name",
        "Summary of the offer as stated in the letter",
        "NAILED it this time",
        "MY PLAN",
        "14 girls year one",
        "the think I got the order slightly wrong",
        "the they're rolling out a new system",
        "which is about half done",
        "their path planner is C++17",
        "Hale goes deep on budget",
        "postgres migraton",  # a typo is no term of the trade
        "last contact",
    ],
)
def test_a_note_fragment_may_not(phrase: str) -> None:
    assert not is_noun_phrase(phrase, NAMES)


@pytest.mark.parametrize(
    "point",
    ["my capstone on the nonprofit audit", "how I would recover a late programme"],
)
def test_the_candidates_own_topic_is_talked_about_together(point: str) -> None:
    from assistant.compose import compose_draft
    from assistant.models import Facts, Interviewer

    facts = Facts(
        candidate="Sam Lee",
        company="Acme",
        role="Analyst",
        interviewers=[Interviewer(name="Dana Ortiz", discussed=[point])],
    )
    said = 0
    for tone in ("formal", "warm", "concise", "enthusiastic"):
        for variant in range(4):
            body = compose_draft(
                facts,
                kind="thank-you",
                medium="email",
                tone=tone,
                recipient="Dana Ortiz",
                variant=variant,
            ).body
            sentence = next((s for s in body.split(". ") if point in s), "")
            said += bool(sentence)
            assert "hearing" not in sentence.lower() and "your" not in sentence.lower(), sentence
    assert said, "the point was never said"


@pytest.mark.parametrize(
    "phrase",
    [
        "the bit rusty on the web side",
        "on site rn",
        "5th grade teacher",
        "which they are building now",
    ],
)
def test_more_note_fragments_from_fresh_writers(phrase: str) -> None:
    assert not is_noun_phrase(phrase, NAMES)


def test_a_surname_alone_is_greeted_with_its_title() -> None:
    from assistant.compose import compose_draft
    from assistant.notes.parse import parse_notes

    notes = "Interview with Dr. Angela Reyes and Mr Nair at Lakeview.\n- Nair: lab safety audits"
    facts = parse_notes(notes)
    body = compose_draft(
        facts, kind="thank-you", medium="email", tone="warm", recipient="Nair"
    ).body
    assert body.startswith(("Hi Mr Nair,", "Hello Mr Nair,", "Dear Mr Nair,")), body


def test_advice_is_what_to_do_not_what_was_done() -> None:
    from assistant.compose.kinds import advice_phrase

    assert advice_phrase("looked up EVT test dates") is None
    assert advice_phrase("book the EVT test early") == "to book the EVT test early"


@pytest.mark.parametrize(
    "phrase",
    [
        "now slipping",  # writer zv4: a comment on the date before it
        "restaurant 80 covers",  # writer zv3: a count noted beside its noun
    ],
)
def test_a_note_comment_is_no_topic(phrase: str) -> None:
    assert not is_topic(phrase, frozenset())


def test_a_question_line_is_said_as_what_was_asked() -> None:
    """A line that is its own "topic" ("Q: how do you handle ...") is read as a question."""
    phrase = _phrase(
        "Q: how do you handle a senior who won't write tests",
        "Q: how do you handle a senior who won't write tests",
        True,
    )
    assert phrase is not None
    assert phrase.text == "how I handle a senior who will not write tests"


def test_a_product_name_is_not_a_person() -> None:
    assert is_topic("the move from Eaglesoft to Dentrix Ascend", frozenset())


@pytest.mark.parametrize(
    "phrase",
    [
        "program covers bottomfish and reef fish monitoring across 4 islands",  # writer zu1
        "2 wind farms",  # writer zu4: a count noted
        "a review mon writing test",  # writer zu6: a weekday's short form inside
        "genre 1 page max",  # writer zu6: shorthand's "max" at the end
    ],
)
def test_a_note_of_writers_zu_is_no_topic(phrase: str) -> None:
    assert not is_topic(phrase, frozenset())


@pytest.mark.parametrize("phrase", ["12 years coaching", "patient ratios on nights"])
def test_counts_and_plurals_that_are_topics(phrase: str) -> None:
    assert is_topic(phrase, frozenset())


def test_a_question_whose_wh_word_is_its_subject_is_a_topic() -> None:
    assert is_topic("what goes in the first 90 days", frozenset())
    assert not is_topic("which is about half done", frozenset())


def test_a_title_is_no_point() -> None:
    from assistant.compose.facts import is_point
    from assistant.models import Facts, Interviewer, Point

    facts = Facts(interviewers=[Interviewer(name="Nomvula Khumalo", title="board audit chair")])
    title = Point(text="board audit chair (independent)", person="Nomvula Khumalo")
    assert not is_point(facts, title)


def test_how_something_went_is_no_topic() -> None:
    """Writer zt2 (dev now): "Our chat about worked well was a real highlight for me."."""
    assert not is_topic("worked well", frozenset())
    assert is_topic("the well water", frozenset())
