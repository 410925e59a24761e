"""The point of an additional-information note and of an offer reply, said plainly: the
corrected answer, the password, the file, the counter figure, the questions."""

from __future__ import annotations

import pytest

from assistant.compose import compose_draft
from assistant.compose.kinds import Info, info_items, question
from assistant.models import Facts, Interviewer, OfferIntent
from assistant.notes.parse import parse_notes


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "the right figure is a span of 52 m, not 65 m",
            [Info("a span of 52 m, not 65 m", "correction")],
        ),
        ("correction: the loan closes on 3/14", [Info("the loan closes on 3/14", "correction")]),
        (
            "send correction: conversion is 31.5% YTD, up from 28% last year",
            [Info("conversion is 31.5% YTD, up from 28% last year", "correction")],
        ),
        # The wrong figure said back as "not"; the writer's working after it stays in the notes.
        (
            "correction: the threshold is 0.25 (not 0.1 like I say), because the old runs drifted",
            [Info("the threshold is 0.25, not 0.1", "correction")],
        ),
        (
            "ALSO FIX WHAT I TOLD MIKE ABOUT THE AMAZON JOB IT WAS 14 MONTHS NOT 2 YEARS",
            [Info("the amazon job was 14 months, not 2 years", "correction")],
        ),
        # The slip and its answer become one sentence; the reminder to self is left out.
        (
            "Correction: I told Ellen the floor area was 900 square feet. It was 1,150. Fix this!",
            [
                Info(
                    "I said the floor area was 900 square feet, but it was 1,150 square feet",
                    "slip",
                )
            ],
        ),
        # The writer's regret is private: only the answer is sent.
        (
            "actual: Unity 2022.3 LTS, not 2021. undersold it, ugh",
            [Info("Unity 2022.3 LTS, not 2021", "correction")],
        ),
        # Passwords: the word after "password" is not always the password.
        ("the PDF is password protected; pw: greenhouse7", [Info("greenhouse7", "password")]),
        # A password the notes say to send separately stays out of this message (readers of
        # writers x-y marked one sent beside its link embarrassing).
        ("Password for file | Bridge2026! (send separately) |", []),
        ("the password is for the second file", []),
        # Writer zv6: the slip, a dash and "wrong", then the right answer, become one sentence;
        # two equal figures say nothing of what changed ("31 Oct" and "31 Dec").
        (
            "correction: I said our AIS lodgement was due 31 Oct — wrong, for June-YE small "
            "charities it's 31 Dec. (he noticed, I think 😳)",
            [
                Info(
                    "I said our AIS lodgement was due 31 Oct, but for June-YE small charities it "
                    "is 31 Dec",
                    "slip",
                )
            ],
        ),
        ("file: Floor_Plan_v2.pdf", [Info("Floor_Plan_v2.pdf", "file")]),
        ("portfolio: jadelin.design/work", [Info("jadelin.design/work", "link")]),
        # A remark with no correction in it is never pasted.
        ("Ben asked for my portfolio — site is locked", []),
        ("correction: need SERIALIZABLE ... FOR UPDATE", []),
    ],
)
def test_info_items_say_the_information(note: str, expected: list[Info]) -> None:
    assert info_items([note], []) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("equipment — do I get a laptop or stipend?", ("Do I get a laptop or stipend?", True)),
        (
            "on-call rotation: how many engineers are in it today?",
            ("How many engineers are in the on-call rotation today?", True),
        ),
        ("Ask whether the bonus is prorated", ("whether the bonus is prorated", False)),
        (
            "me: ask Ken when the offer letter is coming, need it before notice",
            ("when the offer letter is coming", False),
        ),
        (
            "is the sign-on clawed back if i leave (within a year)?",
            ("Is the sign-on clawed back if I leave?", True),
        ),
    ],
)
def test_offer_questions_are_asked(note: str, expected: tuple[str, bool]) -> None:
    assert question(note) == expected


def _offer(intent: OfferIntent, **extra: object) -> str:
    facts = Facts(
        company="Acme",
        role="Analyst",
        interviewers=[Interviewer(name="Dana Kessler", title="Recruiter")],
        offer_intent=intent,
        **extra,  # type: ignore[arg-type]
    )
    return compose_draft(
        facts, kind="offer-reply", medium="email", tone="warm", recipient="Dana Kessler"
    ).body


@pytest.mark.parametrize(
    ("intent", "extra", "present", "absent"),
    [
        ("counter", {"counter_figure": "148k base"}, ["$148,000"], ["148k"]),
        ("counter", {"counter_figure": "$138,000"}, ["$138,000"], []),
        ("accept", {"start_date": "Monday, January 4, 2027"}, ["January 4, 2027"], []),
        (
            "accept-after-questions",
            {"outstanding_questions": ["is the Jan 11 start flexible by a week?"]},
            ["few questions", "Is the January 11 start flexible by a week?"],
            [],
        ),
        # No question the draft can ask: no "a few questions" announced either.
        (
            "accept-after-questions",
            {"outstanding_questions": ["tuition reimb - need $ amt"]},
            [],
            ["question"],
        ),
        (
            "ask-for-time",
            {"outstanding_questions": ["Bar dues + CLE reimbursed?"]},
            [],
            ["question"],
        ),
    ],
)
def test_offer_reply_states_its_point(
    intent: OfferIntent, extra: dict[str, object], present: list[str], absent: list[str]
) -> None:
    body = _offer(intent, **extra)
    for wanted in present:
        assert wanted in body
    for unwanted in absent:
        assert unwanted not in body


def test_additional_info_sends_the_correction_not_remarks() -> None:
    facts = Facts(
        company="Acme",
        role="Engineer",
        interviewers=[Interviewer(name="Yusuf Adeyemi", title="Senior Engineer")],
        info_to_send=[
            "the right figure is a span of 52 m, not 65 m",
            "the PDF is locked, pw: greenhouse7",
            "file: Span_Calcs.pdf",
        ],
    )
    body = compose_draft(
        facts, kind="additional-info", medium="email", tone="warm", recipient="Yusuf Adeyemi"
    ).body
    assert "a span of 52 m, not 65 m" in body
    assert "The password is greenhouse7." in body
    assert "Span_Calcs.pdf" in body


def test_a_correction_also_promised_is_still_sent() -> None:
    line = "correction: the refinancing rate is 7.25% (not 6.5% like I say)"
    raw, tidied = "- password of the file: Peaje2026!", "password of the file: Peaje2026"
    assert info_items([line], [raw, tidied, line]) == [
        Info("the refinancing rate is 7.25%, not 6.5%", "correction"),
        Info("Peaje2026!", "password"),
    ]


def test_a_password_the_notes_send_apart_waits_for_its_own_message() -> None:
    """Writer zv6: "| pdf | pw sent separately? |" in a table, away from the password's line."""
    facts = Facts(
        company="Hearth & Home",
        interviewers=[Interviewer(name="Tom Whitfield", title="treasurer")],
        info_to_send=["my sample board pack — BoardPack_Sample.pdf, pw: HHH-2611"],
    )
    notes = (
        "3. my sample board pack — BoardPack_Sample.pdf, pw: HHH-2611\n"
        "| pdf | pw sent separately? |"
    )
    facts.lines = parse_notes(notes).lines
    body = compose_draft(
        facts, kind="additional-info", medium="email", tone="warm", recipient="Tom Whitfield"
    ).body
    assert "HHH-2611" not in body
    assert "BoardPack_Sample.pdf" in body
    assert "I will send the password in a separate message." in body


@pytest.mark.parametrize(
    ("figure", "said"),
    [
        ("signing bonus $7,500", "whether a signing bonus of $7,500 would be possible"),
        ("fifty-two thousand", "whether a base salary of fifty-two thousand would be possible"),
        (None, "whether there is any flexibility in the package"),
    ],
)
def test_a_counter_asks_for_what_the_notes_want(figure: str | None, said: str) -> None:
    facts = Facts(
        company="Moana Pacific",
        interviewers=[Interviewer(name="Keala Akana")],
        offer_intent="counter",
        counter_figure=figure,
    )
    body = compose_draft(
        facts, kind="offer-reply", medium="email", tone="warm", recipient="Keala Akana"
    ).body
    assert said in body


def test_a_file_is_named_for_what_it_is() -> None:
    """Readers of writers zu and zv marked bare file names: the notes say what the file is."""
    facts = Facts(
        company="Hearth & Home",
        interviewers=[Interviewer(name="Tom Whitfield", title="treasurer")],
        info_to_send=["3. my sample board pack (redacted) — BoardPack_Sample.pdf"],
    )
    facts.lines = parse_notes("3. my sample board pack (redacted) — BoardPack_Sample.pdf").lines
    body = compose_draft(
        facts, kind="additional-info", medium="email", tone="warm", recipient="Tom Whitfield"
    ).body
    assert "I have attached the sample board pack (BoardPack_Sample.pdf)." in body


def test_a_corrected_year_is_called_a_year() -> None:
    """Writer zu1's reader: "the correct figure is 2018" calls a year a figure."""
    from assistant.compose.kinds import correction

    found = correction("also I said 2019 for the tablet form rollout but it was 2018 - fix that")
    assert found is not None
    assert "figure" not in found.text
    assert "2018" in found.text
