"""What the composer reads from the facts for one recipient: who, which points, which promises."""

from __future__ import annotations

import re
import zlib

from assistant.compose import grammar, text
from assistant.models import Facts, Interviewer


def find_person(facts: Facts, recipient: str) -> Interviewer | None:
    """The interviewer meant by `recipient`: "Sofia Bianchi" finds "Chef Sofia Bianchi" too."""
    person = facts.interviewer(recipient)
    if person is not None:
        return person
    wanted = set(recipient.casefold().split())
    matches = [i for i in facts.interviewers if wanted and wanted <= set(i.name.casefold().split())]
    return matches[0] if len(matches) == 1 else None


def recipient_index(facts: Facts, recipient: str) -> int:
    """The recipient's place in the panel, so panelists get different frames."""
    person = find_person(facts, recipient)
    if person is not None:
        return facts.interviewers.index(person)
    return zlib.crc32(recipient.strip().casefold().encode()) % 7


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def points_for(facts: Facts, recipient: str) -> list[str]:
    """This recipient's discussed points, then the unattributed ones, then (if none) the rest."""
    person = find_person(facts, recipient)
    own = person.discussed if person else []
    points = [grammar.point_phrase(p) for p in [*own, *facts.shared_points]]
    if not points:
        points = [grammar.point_phrase(p) for i in facts.interviewers for p in i.discussed]
    return dedupe([p for p in points if p])


def promises_for(facts: Facts, recipient: str) -> list[str]:
    """Promised actions meant for this recipient: not those naming another panelist."""
    person = find_person(facts, recipient)
    kept = []
    for action in facts.promised_actions:
        if not text.tidy(action):
            continue
        words = set(re.findall(r"[\w']+", action.casefold()))
        others = [
            i
            for i in facts.interviewers
            if i is not person and words & {n.casefold() for n in i.name.split()}
        ]
        if not others:
            kept.append(action)
    return kept


def frame_values(facts: Facts, recipient: str) -> dict[str, str | None]:
    """The variables every frame may use, from the facts; None where the facts are silent."""
    person = find_person(facts, recipient)
    full = text.usable_fact(person.name if person else recipient)
    company_name = text.usable_fact(facts.company)
    role = text.usable_fact(facts.role)
    company = text.company_phrase(company_name) if company_name else None
    position = text.position_phrase(role, company)
    topic = position
    if not role:
        topic = f"your work at {company}" if company else "your work"
    timeline = text.tidy(facts.decision_timeline or "")
    return {
        "full": full,
        "first": text.first_name(full) if full else None,
        "position": position,
        "where": company or "your team",
        "topic": topic,
        "role": text.role_title(role) if role else None,
        "candidate": text.usable_fact(facts.candidate),
        "timeline": timeline or None,
    }
