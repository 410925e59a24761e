"""Export: .txt, .eml, mailto links and the .ics calendar of the plan."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from assistant.errors import InputError
from assistant.export import mailto_link, to_eml, to_ics, to_txt
from assistant.models import Draft, Facts, Interviewer
from assistant.plan import plan_dates

BODY = (
    "Dear Priya,\n\nThank you for the talk about the Kafka migration; ünïcode & co.\n\nBest,\nSam"
)


def make_draft(subject: str | None = "Thank you — Data Engineer interview") -> Draft:
    return Draft(kind="thank-you", recipient="Priya Shah", subject=subject, body=BODY)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Thanks", f"Subject: Thanks\n\n{BODY}\n"),
        (None, f"{BODY}\n"),
    ],
)
def test_to_txt(subject: str | None, expected: str) -> None:
    assert to_txt(make_draft(subject)) == expected


def test_to_eml_parses_with_subject_and_utf8_body() -> None:
    data = to_eml(make_draft(), to_address="priya@acme.example", from_address="sam@mail.example")
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["Subject"] == "Thank you — Data Engineer interview"
    assert message["To"] == "Priya Shah <priya@acme.example>"
    assert message["From"] == "sam@mail.example"
    assert message["X-Unsent"] == "1"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    assert b"\r\n" in data


def test_to_eml_without_addresses_or_subject() -> None:
    message = email.message_from_bytes(to_eml(make_draft(None)), policy=email.policy.default)
    assert message["Subject"] is None
    assert message["To"] is None
    assert "Kafka migration" in message.get_content()


@pytest.mark.parametrize(
    "address",
    ["not an address", "a@b", "x@y.com\r\nBcc: evil@z.com", "<a@b.com>", "a@b.com, c@d.com"],
)
def test_to_eml_refuses_a_bad_address(address: str) -> None:
    with pytest.raises(InputError, match="is not an e-mail address"):
        to_eml(make_draft(), to_address=address)
    with pytest.raises(InputError):
        mailto_link(make_draft(), address)


def test_mailto_link_round_trips() -> None:
    link = mailto_link(make_draft(), "priya@acme.example")
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "priya@acme.example"
    assert "\n" not in link and " " not in link
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thank you — Data Engineer interview"]
    assert query["body"] == [BODY.replace("\n", "\r\n")]


def test_mailto_link_without_address_or_subject() -> None:
    link = mailto_link(make_draft(None))
    assert link.startswith("mailto:?body=")
    assert "subject=" not in link
    # An ampersand in the body must not start a new field.
    assert parse_qs(urlsplit(link).query).keys() == {"body"}


FACTS = Facts(
    candidate="Sam Lee",
    company="Acme, Inc.",
    role="Data Engineer; Platform",
    interview_date=dt.date(2026, 11, 20),
    interviewers=[Interviewer(name="Priya Shah"), Interviewer(name="Tom Ng")],
    decision_timeline="by Friday next week",
)


def unfold(ics: str) -> list[str]:
    """Content lines with RFC 5545 folding undone."""
    return ics.replace("\r\n ", "").split("\r\n")


def test_to_ics_has_three_reminders_from_the_plan() -> None:
    plan = plan_dates(FACTS, now=dt.datetime(2026, 11, 20, 18, 0))
    ics = to_ics(plan, FACTS)
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert ics.endswith("END:VCALENDAR\r\n")
    assert "\n" not in ics.replace("\r\n", "")
    lines = unfold(ics)
    assert lines.count("BEGIN:VEVENT") == 3 == lines.count("END:VEVENT")
    assert len({line for line in lines if line.startswith("UID:")}) == 3
    starts = [line for line in lines if line.startswith("DTSTART")]
    thank_you = plan.thank_you_by.astimezone(dt.UTC)
    assert starts[0] == f"DTSTART:{thank_you:%Y%m%dT%H%M%SZ}"
    assert starts[1] == f"DTSTART;VALUE=DATE:{plan.first_follow_up:%Y%m%d}"
    assert starts[2] == f"DTSTART;VALUE=DATE:{plan.last_follow_up:%Y%m%d}"
    summaries = [line for line in lines if line.startswith("SUMMARY:")]
    # TEXT values escape commas and semicolons (RFC 5545 3.3.11).
    assert summaries[0] == "SUMMARY:Thank-you notes: Data Engineer\\; Platform at Acme\\, Inc."
    assert "One note to each of Priya Shah and Tom Ng." in ics.replace("\r\n ", "")


def test_to_ics_lines_are_folded_at_75_octets() -> None:
    facts = FACTS.model_copy(update={"company": "Ünïcödé " * 30})
    ics = to_ics(plan_dates(facts), facts)
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    ics.encode("utf-8").decode("utf-8")  # never split inside a character
    assert "Ünïcödé " * 30 in "".join(unfold(ics))


def test_to_ics_uid_is_stable_for_the_same_interview() -> None:
    plan = plan_dates(FACTS, now=dt.datetime(2026, 11, 20, 18, 0))
    uids = [[line for line in unfold(to_ics(plan, FACTS)) if line.startswith("UID:")] for _ in "ab"]
    assert uids[0] == uids[1]


def test_ics_skips_passed_dates_and_writes_whole_sentences() -> None:
    facts = Facts(role="Data Engineer", company="Acme", interview_date=dt.date(2026, 11, 20))
    later = dt.datetime(2026, 11, 30, 9, 0)
    ics = to_ics(plan_dates(facts, now=later), facts).replace("\r\n ", "")
    descriptions = [line for line in ics.split("\r\n") if line.startswith("DESCRIPTION:")]
    # The thank-you and the first follow-up are behind us; only the last one is left.
    assert ics.count("BEGIN:VEVENT") == 1
    text = descriptions[0].removeprefix("DESCRIPTION:")
    assert text.startswith("Only if there is still no answer")
    assert ". A week after the first" in text
    empty = to_ics(plan_dates(facts, now=dt.datetime(2026, 11, 20, 18, 0)), facts)
    assert "One note to each interviewer." in empty.replace("\r\n ", "")
