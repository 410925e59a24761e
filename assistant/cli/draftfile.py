"""Reading a draft file: the message as sent, an optional `Subject:` line, then the body."""

from __future__ import annotations

import re

from assistant.errors import InputError
from assistant.models import KINDS, MEDIUMS, Draft, Kind, Medium

_SUBJECT = re.compile(r"subject[ \t]*:[ \t]*(?P<subject>[^\n]*)", re.IGNORECASE)


def parse_draft(
    text: str, *, kind: Kind | str, medium: Medium | str = "email", recipient: str
) -> Draft:
    """The Draft a file's text holds; refuses empty text, a bare subject line, unknown options."""
    if kind not in KINDS:
        raise InputError(f"unknown message kind {kind!r}; choose one of {', '.join(KINDS)}")
    if medium not in MEDIUMS:
        raise InputError(f"unknown medium {medium!r}; choose one of {', '.join(MEDIUMS)}")
    if not recipient.strip():
        raise InputError('the recipient\'s name is empty; pass it as --to "Full Name"')
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the draft is empty")
    stripped = text.lstrip("\n \t")
    subject = None
    match = _SUBJECT.match(stripped)
    if match:
        subject = match.group("subject").strip()
        stripped = stripped[match.end() :]
    body = stripped.strip("\n").rstrip()
    if not body.strip():
        raise InputError("the draft has a subject line but no message under it")
    return Draft(kind=kind, medium=medium, recipient=recipient.strip(), subject=subject, body=body)  # type: ignore[arg-type]
