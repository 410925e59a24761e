"""The plan of dates: thank-you within 24 h, status follow-ups after the timeline, at most two."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models import Facts
from assistant.notes.dates import find_dates, find_timeline_phrase, resolve_timeline
from assistant.plan import DatePlan, add_business_days, plan_dates

FRI = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 18, 30)


@pytest.mark.parametrize(
    ("facts", "now", "thank_you_by", "first", "last", "counted_from"),
    [
        pytest.param(
            Facts(interview_date=FRI),
            NOW,
            dt.datetime(2026, 11, 21, 17, 0),
            dt.date(2026, 11, 27),  # 5 business days after Friday
            dt.date(2026, 12, 4),
            "interview date",
            id="no timeline: 5 business days",
        ),
        pytest.param(
            Facts(
                interview_date=FRI,
                decision_timeline="within two weeks",
                decision_by=dt.date(2026, 12, 4),
            ),
            NOW,
            dt.datetime(2026, 11, 21, 17, 0),
            dt.date(2026, 12, 8),  # Fri 4 Dec + 2 business days
            dt.date(2026, 12, 15),
            "interview date",
            id="stated timeline: 2 business days past it",
        ),
        pytest.param(
            Facts(
                interview_date=dt.date(2026, 11, 18),
                decision_timeline="by Nov 30",
                decision_by=dt.date(2026, 11, 30),
            ),
            NOW,
            dt.datetime(2026, 11, 19, 17, 0),
            dt.date(2026, 12, 2),
            dt.date(2026, 12, 9),
            "interview date",
            id="a date as the timeline",
        ),
        pytest.param(
            Facts(),
            dt.datetime(2026, 11, 21, 10, 0),
            dt.datetime(2026, 11, 22, 10, 0),
            dt.date(2026, 11, 27),  # Saturday + 5 business days
            dt.date(2026, 12, 4),
            "now",
            id="no interview date: counted from now",
        ),
        pytest.param(
            Facts(decision_timeline="within a week"),
            dt.datetime(2026, 11, 21, 10, 0),
            dt.datetime(2026, 11, 22, 10, 0),
            dt.date(2026, 12, 1),  # Sat 28 Nov + 2 business days
            dt.date(2026, 12, 8),
            "now",
            id="relative timeline resolved from now",
        ),
        pytest.param(
            Facts(interview_date=FRI, decision_timeline="soon, they said"),
            NOW,
            dt.datetime(2026, 11, 21, 17, 0),
            dt.date(2026, 11, 27),
            dt.date(2026, 12, 4),
            "interview date",
            id="a timeline with no date falls back to 5 business days",
        ),
        pytest.param(
            Facts(interview_date=FRI, decision_by=dt.date(2026, 11, 10)),
            NOW,
            dt.datetime(2026, 11, 21, 17, 0),
            dt.date(2026, 11, 22),  # never within 24 h of the thank-you
            dt.date(2026, 11, 29),
            "interview date",
            id="an edited decision date before the interview is pushed past the thank-you",
        ),
    ],
)
def test_plan_dates(
    facts: Facts,
    now: dt.datetime,
    thank_you_by: dt.datetime,
    first: dt.date,
    last: dt.date,
    counted_from: str,
) -> None:
    plan = plan_dates(facts, now=now)
    assert (plan.thank_you_by, plan.first_follow_up, plan.last_follow_up) == (
        thank_you_by,
        first,
        last,
    )
    assert plan.counted_from == counted_from
    assert [step.step for step in plan.steps] == ["thank-you", "first-follow-up", "last-follow-up"]
    assert [step.when for step in plan.steps] == [thank_you_by, first, last]


def test_every_step_explains_its_rule_and_cites_seeds() -> None:
    plan = plan_dates(Facts(interview_date=FRI, decision_timeline="within two weeks"), now=NOW)
    for step in plan.steps:
        assert step.rule and step.explanation
        assert step.seeds and all(
            seed in {"000", "001", "002", "003", "004"} for seed in step.seeds
        )
    assert "within two weeks" in plan.steps[1].explanation
    assert plan.timeline_used == "within two weeks"
    text = plan.explain()
    assert "Sat 21 Nov 2026, 17:00" in text
    assert "Tue 08 Dec 2026" in text and "Tue 15 Dec 2026" in text


def test_without_a_timeline_the_explanation_says_so() -> None:
    plan = plan_dates(Facts(interview_date=FRI), now=NOW)
    assert "no decision timeline" in plan.steps[1].explanation
    assert plan.timeline_used is None


def test_an_overdue_thank_you_is_flagged() -> None:
    plan = plan_dates(Facts(interview_date=FRI), now=dt.datetime(2026, 11, 25, 9, 0))
    assert any("as soon as you can" in note for note in plan.notes)
    assert not any(
        "as soon as you can" in note
        for note in plan_dates(Facts(interview_date=FRI), now=NOW).notes
    )


def test_a_timezone_aware_now_gives_an_aware_plan() -> None:
    now = dt.datetime(2026, 11, 20, 18, 30, tzinfo=dt.UTC)
    plan = plan_dates(Facts(interview_date=FRI), now=now)
    assert plan.thank_you_by.tzinfo is dt.UTC


def test_plan_round_trips_as_json() -> None:
    plan = plan_dates(Facts(interview_date=FRI), now=NOW)
    assert DatePlan.model_validate_json(plan.model_dump_json()) == plan


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (dt.date(2026, 11, 20), 1, dt.date(2026, 11, 23)),  # Friday -> Monday
        (dt.date(2026, 11, 21), 1, dt.date(2026, 11, 23)),  # Saturday -> Monday
        (dt.date(2026, 11, 16), 5, dt.date(2026, 11, 23)),
        (dt.date(2026, 11, 16), 0, dt.date(2026, 11, 16)),
    ],
)
def test_add_business_days(start: dt.date, days: int, expected: dt.date) -> None:
    assert add_business_days(start, days) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("within two weeks", dt.date(2026, 12, 4)),
        ("in 3-4 weeks", dt.date(2026, 12, 18)),
        ("within 10 business days", dt.date(2026, 12, 4)),
        ("in a couple of days", dt.date(2026, 11, 22)),
        ("by Friday", dt.date(2026, 11, 27)),
        ("by Monday", dt.date(2026, 11, 23)),
        ("by next Wednesday", dt.date(2026, 12, 2)),
        ("end of next week", dt.date(2026, 11, 27)),
        ("by the end of the week", dt.date(2026, 11, 20)),
        ("next week", dt.date(2026, 11, 27)),
        ("by end of month", dt.date(2026, 11, 30)),
        ("by Nov 30", dt.date(2026, 11, 30)),
        ("by 5 January", dt.date(2027, 1, 5)),
        ("within a month", dt.date(2026, 12, 20)),
        ("soon", None),
    ],
)
def test_resolve_timeline_from_friday_20_november(phrase: str, expected: dt.date | None) -> None:
    assert resolve_timeline(phrase, FRI) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("they'll decide within two weeks", "within two weeks"),
        ("decision by Friday", "by Friday"),
        ("Will hear back in 1-2 weeks hopefully", "in 1-2 weeks"),
        ("expect an answer by the end of next week", "by the end of next week"),
        ("they'll let me know by Nov 30", "by Nov 30"),
        ("great team", None),
    ],
)
def test_find_timeline_phrase(line: str, expected: str | None) -> None:
    assert find_timeline_phrase(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", [dt.date(2026, 11, 20)]),
        ("on November 14, 2026 at noon", [dt.date(2026, 11, 14)]),
        ("20 November 2026", [dt.date(2026, 11, 20)]),
        ("Tue Nov 17", [dt.date(2026, 11, 17)]),
        ("3rd of December", [dt.date(2026, 12, 3)]),
        ("11/18/2026", [dt.date(2026, 11, 18)]),
        ("pt ratios 1/4, and a 50/50 split", []),
        ("Feb 30", []),
        ("from Nov 2 to Nov 6", [dt.date(2026, 11, 2), dt.date(2026, 11, 6)]),
    ],
)
def test_find_dates(text: str, expected: list[dt.date]) -> None:
    assert [day for day, _, _ in find_dates(text, dt.date(2026, 11, 21))] == expected


@pytest.mark.parametrize(
    ("kind", "steps", "note"),
    [
        ("thank-you", ["thank-you", "first-follow-up", "last-follow-up"], None),
        ("networking", ["thank-you"], None),
        ("status-follow-up", ["first-follow-up", "last-follow-up"], None),
        ("offer-reply", [], "An offer reply has no follow-up dates to plan"),
        ("rejection-reply", [], "A reply to a rejection has no follow-up dates"),
        ("additional-info", [], "send it as soon as what you promised is ready"),
    ],
)
def test_each_kind_plans_its_own_dates(kind: str, steps: list[str], note: str | None) -> None:
    plan = plan_dates(Facts(interview_date=FRI), kind=kind, now=NOW)  # type: ignore[arg-type]
    assert [step.step for step in plan.steps] == steps
    if note is not None:
        assert any(note in line for line in plan.notes)


def test_a_date_already_past_is_said_to_have_passed() -> None:
    # Three weeks after the interview both follow-up dates are behind us.
    later = dt.datetime.combine(FRI + dt.timedelta(days=21), dt.time(9, 0))
    plan = plan_dates(Facts(interview_date=FRI), kind="status-follow-up", now=later)
    assert [step.passed for step in plan.steps] == [True, True]
    assert any("has passed: if you still have not heard back, send it now" in n for n in plan.notes)
    ahead = plan_dates(Facts(interview_date=FRI), kind="status-follow-up", now=NOW)
    assert not any(step.passed for step in ahead.steps)
