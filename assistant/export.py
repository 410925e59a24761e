"""A draft as a .txt, an .eml or a mailto link, and the plan of dates as an .ics calendar."""

from __future__ import annotations

import datetime as dt
import email.policy
import hashlib
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import quote

from assistant.errors import InputError
from assistant.models import Draft, Facts
from assistant.plan import STEP_NAMES, DatePlan

PRODUCT_ID = "-//interview-followup-assistant//EN"
_ADDRESS = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")


def to_txt(draft: Draft) -> str:
    """The message as sent, with its subject line when it has one, ending in a newline."""
    return draft.text().rstrip("\n") + "\n"


def is_email_address(text: str) -> bool:
    """True when `text` is one plain address such as name@example.com."""
    return bool(_ADDRESS.fullmatch(text.strip()))


def _checked_address(address: str | None, what: str) -> str | None:
    """The address stripped, or InputError when it cannot be an e-mail address."""
    if address is None or not address.strip():
        return None
    address = address.strip()
    if not is_email_address(address):
        raise InputError(
            f"{what} address {address!r} is not an e-mail address like name@example.com"
        )
    return address


def _header_address(name: str | None, address: str) -> Address:
    local, _, domain = address.rpartition("@")
    return Address(display_name=(name or "").strip(), username=local, domain=domain)


def to_eml(
    draft: Draft, *, to_address: str | None = None, from_address: str | None = None
) -> bytes:
    """An unsent e-mail (.eml) with the subject and a UTF-8 body, ready for a mail program."""
    to = _checked_address(to_address, "To")
    sender = _checked_address(from_address, "From")
    message = EmailMessage()
    if draft.subject is not None:
        message["Subject"] = draft.subject.replace("\n", " ").strip()
    if to is not None:
        message["To"] = _header_address(draft.recipient, to)
    if sender is not None:
        message["From"] = _header_address(None, sender)
    message["Date"] = formatdate(localtime=True)
    # Outlook and Thunderbird open a file with this header as a draft to edit and send.
    message["X-Unsent"] = "1"
    message.set_content(draft.body, charset="utf-8")
    return message.as_bytes(policy=email.policy.SMTP)


def mailto_link(draft: Draft, to_address: str | None = None) -> str:
    """A mailto: URL (RFC 6068) that opens the draft in the person's mail program."""
    to = _checked_address(to_address, "To") or ""
    fields = []
    if draft.subject:
        fields.append("subject=" + quote(draft.subject, safe=""))
    # RFC 6068: line breaks in the body are CRLF, percent-encoded.
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")
    fields.append("body=" + quote(body, safe=""))
    return f"mailto:{quote(to, safe='@')}?" + "&".join(fields)


@dataclass(frozen=True)
class CalendarItem:
    """One reminder in the calendar: something to send by or on a date."""

    key: str
    summary: str
    description: str
    when: dt.date | dt.datetime


def _escape_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    for char in line:
        # A continuation line starts with a space, which counts toward its 75 octets.
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def _utc_stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        # A naive time is the person's local time.
        moment = moment.astimezone()
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(item: CalendarItem, uid_seed: str, stamp: dt.datetime) -> list[str]:
    uid = hashlib.sha256(f"{uid_seed}|{item.key}".encode()).hexdigest()[:32]
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}@interview-followup-assistant",
        f"DTSTAMP:{_utc_stamp(stamp)}",
    ]
    if isinstance(item.when, dt.datetime):
        lines.append(f"DTSTART:{_utc_stamp(item.when)}")
        lines.append(f"DTEND:{_utc_stamp(item.when + dt.timedelta(minutes=15))}")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{item.when:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{item.when + dt.timedelta(days=1):%Y%m%d}")
    lines += [
        f"SUMMARY:{_escape_text(item.summary)}",
        f"DESCRIPTION:{_escape_text(item.description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape_text(item.summary)}",
        "TRIGGER:-PT1H" if isinstance(item.when, dt.datetime) else "TRIGGER:PT9H",
        "END:VALARM",
        "END:VEVENT",
    ]
    return lines


def calendar_items(plan: DatePlan, facts: Facts) -> list[CalendarItem]:
    """The plan's dates still ahead, as calendar reminders."""
    about = " at ".join(p for p in (facts.role, facts.company) if p) or "your interview"
    names = [person.name for person in facts.interviewers]
    if not names:
        people = "One note to each interviewer."
    elif len(names) == 1:
        people = f"A note to {names[0]}."
    else:
        people = f"One note to each of {', '.join(names[:-1])} and {names[-1]}."
    what: dict[str, str] = {
        "thank-you": people,
        "first-follow-up": "Only if you have not heard back.",
        "last-follow-up": "Only if there is still no answer; then move on.",
    }
    return [
        CalendarItem(
            key=step.step,
            summary=f"{STEP_NAMES[step.step].capitalize()}: {about}",
            description=f"{what[step.step]} {_sentence(step.explanation)}",
            when=step.when,
        )
        for step in plan.steps
        if not step.passed
    ]


def _sentence(text: str) -> str:
    """`text` as a sentence: a capital first letter and a full stop."""
    text = text.strip()
    if not text:
        return ""
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def to_ics(plan: DatePlan, facts: Facts) -> str:
    """An iCalendar file (RFC 5545) with a reminder for each date in the plan."""
    seed = "|".join(
        str(part) for part in (facts.candidate, facts.company, facts.role, facts.interview_date)
    )
    stamp = dt.datetime.now(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for item in calendar_items(plan, facts):
        lines += _event_lines(item, seed, stamp)
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
