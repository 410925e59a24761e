"""The plan of dates beside the drafts: thank-you send-by, then at most two status follow-ups."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from assistant.models import Facts, Kind
from assistant.notes.dates import add_business_days, resolve_timeline

# The figures come from /work/shared/ETIQUETTE.md "Timing rules" and the seeds it cites.
THANK_YOU_WITHIN = dt.timedelta(hours=24)
BUSINESS_DAYS_WITHOUT_TIMELINE = 5
BUSINESS_DAYS_PAST_TIMELINE = 2
DAYS_BETWEEN_FOLLOW_UPS = 7
# A date without a time: count from the end of a working day, the latest an interview usually ends.
END_OF_WORKDAY = dt.time(17, 0)

Step = Literal["thank-you", "first-follow-up", "last-follow-up"]
# The dates each kind of message has to plan: a thank-you (or a networking note, which is one)
# starts the clock; a status follow-up is one of the two follow-ups; a reply to an offer or a
# rejection, or a note with promised material, is sent when it is ready and plans nothing.
STEPS_BY_KIND: dict[str, tuple[Step, ...]] = {
    "thank-you": ("thank-you", "first-follow-up", "last-follow-up"),
    "networking": ("thank-you",),
    "status-follow-up": ("first-follow-up", "last-follow-up"),
    "additional-info": (),
    "offer-reply": (),
    "rejection-reply": (),
}
NOTHING_TO_PLAN = {
    "additional-info": "An additional-information note has no date to wait for: send it as soon as "
    "what you promised is ready.",
    "offer-reply": "An offer reply has no follow-up dates to plan: reply once your questions are "
    "settled, by any deadline the offer gives.",
    "rejection-reply": "A reply to a rejection has no follow-up dates to plan: send it when you "
    "are ready.",
}


class PlannedDate(BaseModel):
    """One date in the plan, with the rule behind it and the seeds that give the rule."""

    step: Step
    when: dt.datetime | dt.date
    rule: str
    seeds: list[str] = Field(default_factory=list)
    explanation: str
    # True when the date is already behind the moment the plan was made.
    passed: bool = False


class DatePlan(BaseModel):
    """When to send the thank-you notes and the (at most two) status follow-ups."""

    thank_you_by: dt.datetime
    first_follow_up: dt.date
    last_follow_up: dt.date
    counted_from: Literal["interview date", "now"]
    timeline_used: str | None = None
    steps: list[PlannedDate] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def explain(self) -> str:
        """The plan as readable lines, one per date, then any caveats."""
        lines = [
            f"{STEP_LABELS[s.step]}: {format_when(s.when)} — {s.explanation}" for s in self.steps
        ]
        return "\n".join(lines + self.notes)


# How the page, the CLI and the calendar name each step.
STEP_LABELS: dict[Step, str] = {
    "thank-you": "Send the thank-you notes by",
    "first-follow-up": "First status follow-up, if you have not heard back",
    "last-follow-up": "Second and last follow-up; after it, move on",
}
STEP_NAMES: dict[Step, str] = {
    "thank-you": "thank-you notes",
    "first-follow-up": "first status follow-up",
    "last-follow-up": "last status follow-up",
}


def format_when(when: dt.datetime | dt.date) -> str:
    """A date, or a date and time, as the plan shows it."""
    if isinstance(when, dt.datetime):
        return when.strftime("%a %d %b %Y, %H:%M")
    return when.strftime("%a %d %b %Y")


def plan_dates(
    facts: Facts, *, kind: Kind = "thank-you", now: dt.datetime | None = None
) -> DatePlan:
    """The dates `kind` plans: thank-you send-by (+24 h), the first status follow-up and a second
    and last one a week later; a date already behind `now` is marked as passed."""
    moment = now or dt.datetime.now()
    notes: list[str] = []
    if facts.interview_date is not None:
        interview_end = dt.datetime.combine(facts.interview_date, END_OF_WORKDAY)
        if moment.tzinfo is not None:
            interview_end = interview_end.replace(tzinfo=moment.tzinfo)
        counted_from: Literal["interview date", "now"] = "interview date"
        anchor_day = facts.interview_date
        notes.append(
            "The notes give the interview day but no time, so 24 hours are counted from 17:00 "
            "that day."
        )
    else:
        interview_end = moment
        counted_from = "now"
        anchor_day = moment.date()
        notes.append("The notes do not say when the interview was, so the plan counts from now.")

    thank_you_by = interview_end + THANK_YOU_WITHIN
    thank_you = PlannedDate(
        step="thank-you",
        when=thank_you_by,
        rule="Send a thank-you note to each interviewer within 24 hours of the interview.",
        seeds=["000", "001", "002", "003", "004"],
        explanation=(
            "within 24 hours of the interview, while the conversation is fresh "
            "(all five sources; 24–48 hours is the outer bound)"
        ),
    )
    if thank_you_by < moment:
        notes.append("The 24-hour window has passed: send the thank-you notes as soon as you can.")

    decision_by = facts.decision_by
    if decision_by is None and facts.decision_timeline:
        decision_by = resolve_timeline(facts.decision_timeline, anchor_day)
        if decision_by is None:
            notes.append(
                f"The stated timeline ({facts.decision_timeline!r}) gives no date, so the "
                "follow-up waits the usual 5 business days."
            )
    if decision_by is not None:
        first = add_business_days(decision_by, BUSINESS_DAYS_PAST_TIMELINE)
        timeline_used = facts.decision_timeline or decision_by.isoformat()
        first_step = PlannedDate(
            step="first-follow-up",
            when=first,
            rule=(
                "Follow up on status only after the stated decision timeline has passed, "
                "1–2 business days past it."
            ),
            seeds=["000", "001", "002", "003"],
            explanation=(
                f"the stated decision timeline ({timeline_used}) ends {decision_by:%a %d %b}; "
                f"{BUSINESS_DAYS_PAST_TIMELINE} business days after that, once it has passed"
            ),
        )
    else:
        first = add_business_days(anchor_day, BUSINESS_DAYS_WITHOUT_TIMELINE)
        timeline_used = None
        first_step = PlannedDate(
            step="first-follow-up",
            when=first,
            rule=(
                "With no stated timeline, wait about a week (5 business days) before following up."
            ),
            seeds=["003", "004"],
            explanation=(
                f"no decision timeline in the notes, so {BUSINESS_DAYS_WITHOUT_TIMELINE} "
                "business days after the interview"
            ),
        )
    # Never follow up within 24 hours of the last message (the thank-you).
    earliest = (thank_you_by + THANK_YOU_WITHIN).date()
    if first < earliest:
        first = earliest
        first_step.when = first
        first_step.explanation += "; moved so it is not within 24 hours of the thank-you"

    last = first + dt.timedelta(days=DAYS_BETWEEN_FOLLOW_UPS)
    last_step = PlannedDate(
        step="last-follow-up",
        when=last,
        rule="At most two status follow-ups, about a week apart; after the second, move on.",
        seeds=["001", "003"],
        explanation=(
            "a week after the first, and the last one: the sources warn against repeated, "
            "frequent follow-ups (guidance: at most two, about a week apart), so after this, "
            "move on"
        ),
    )
    wanted = STEPS_BY_KIND[kind]
    steps = [step for step in (thank_you, first_step, last_step) if step.step in wanted]
    if not steps:
        notes = [NOTHING_TO_PLAN[kind]]
    elif "thank-you" not in wanted:
        notes = [n for n in notes if "24-hour" not in n and "24 hours are counted" not in n]
    for step in steps:
        step.passed = _day(step.when) < moment.date()
        if step.passed and step.step != "thank-you":
            notes.append(
                f"The {STEP_NAMES[step.step]} date ({format_when(step.when)}) has passed: if you "
                "still have not heard back, send it now."
            )
    return DatePlan(
        thank_you_by=thank_you_by,
        first_follow_up=first,
        last_follow_up=last,
        counted_from=counted_from,
        timeline_used=timeline_used,
        steps=steps,
        notes=notes,
    )


def _day(when: dt.datetime | dt.date) -> dt.date:
    return when.date() if isinstance(when, dt.datetime) else when
