"""A composed message in pieces, and how the pieces are joined into a Draft."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from assistant.compose.bank import PartName
from assistant.compose.text import count_words
from assistant.models import Draft, Kind, Medium, Tone


class ComposedParts(BaseModel):
    """A message in pieces: each field is zero or more whole sentences, joined by `assemble`."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    medium: Medium
    tone: Tone
    recipient: str
    subject: str | None = None
    greeting: str
    # Thanks, always the first sentence of the body (the gratitude rule).
    opening: str
    # One sentence per discussed point; the pipeline may replace these with model-written ones.
    specific_sentences: list[str] = Field(default_factory=list)
    # The points (as phrases) the specific sentences are about, in the same order.
    points: list[str] = Field(default_factory=list)
    qualification: str | None = None
    interest: str | None = None
    # What was promised in the interview: announced (thank-you) or delivered (additional-info).
    promised: str | None = None
    # Kind-specific asks: the one timeline question, terms to clarify, a request for feedback.
    request: str | None = None
    # The open, unpressured offer to continue (the call-to-action rule).
    close: str
    signoff: str
    # Body paragraphs, each a list of part names in order.
    layout: list[list[PartName]]

    def part_text(self, name: PartName) -> str:
        """The sentences of one part, joined by spaces ("" when absent)."""
        if name == "specifics":
            return " ".join(s.strip() for s in self.specific_sentences if s.strip())
        value: str | None = getattr(self, name)
        return (value or "").strip()


def tidy_body(body: str) -> str:
    """One exclamation mark at most, single spaces, no doubled full stop, and "i.e." mid-sentence
    in lower case."""
    head, mark, tail = body.partition("!")
    if mark:
        body = head + mark + tail.replace("!", ".")
    body = re.sub(r"[ \t]+", " ", body)
    body = re.sub(r"(?<=[,;] )(I\.e\.|E\.g\.)", lambda m: m.group(1).lower(), body)
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", body)


def assemble(parts: ComposedParts) -> Draft:
    """Join the parts into a Draft: greeting, body paragraphs, sign-off."""
    paragraphs = []
    for group in parts.layout:
        paragraph = " ".join(s for s in (parts.part_text(name) for name in group) if s)
        if paragraph:
            paragraphs.append(paragraph)
    body = "\n\n".join([parts.greeting.strip(), *paragraphs, parts.signoff.strip()])
    return Draft(
        kind=parts.kind,
        medium=parts.medium,
        tone=parts.tone,
        recipient=parts.recipient,
        subject=parts.subject,
        body=tidy_body(body),
    )


def draft_words(draft: Draft) -> int:
    """Words in a draft's body (greeting and sign-off included), counted strictly."""
    return count_words(draft.body)
