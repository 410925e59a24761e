"""The page's state without its widgets: the facts form, the draft cards and the saved session."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any

from assistant.checker import check_messages
from assistant.export import is_email_address
from assistant.history import DraftCard, DraftVersion, Session
from assistant.models import CheckReport, Draft, Facts, Tone
from assistant.pipeline import DraftResult
from assistant.ui.facts import (
    DATE_FIELD,
    LIST_FIELDS,
    ROW_PARTS,
    TEXT_FIELDS,
    facts_to_form,
    form_to_facts,
    new_row_id,
    row_key,
)

State = MutableMapping[str, Any]

# Session-state keys the page shares with this module.
NOTES = "notes"
KIND = "kind"
# The "To" box: one recipient typed by the person, or empty for each interviewer.
RECIPIENT = "recipient"
MEDIUM = "medium"
TONES = "tones"
SESSION = "session"
ROWS = "iv_rows"
# The extracted facts the form started from; fields the form does not edit come from it.
FACTS_BASE = "facts_base"
SAVED_FINGERPRINT = "saved_fingerprint"
# Set by Generate and cleared when its run ends: a run that a click cut short leaves it set,
# and the next run drafts the cards still missing rather than leaving them out without a word.
DRAFTING = "drafting"


@dataclass(frozen=True)
class CardKeys:
    """The widget keys of one draft card."""

    subject: str
    body: str
    version: str
    regenerate: str
    txt: str
    eml: str
    copy: str


def card_keys(card_id: str) -> CardKeys:
    """Stable widget keys for the card with this id."""
    return CardKeys(
        subject=f"subject_{card_id}",
        body=f"body_{card_id}",
        version=f"version_{card_id}",
        regenerate=f"regenerate_{card_id}",
        txt=f"txt_{card_id}",
        eml=f"eml_{card_id}",
        copy=f"copy_{card_id}",
    )


def put_facts(state: State, facts: Facts) -> None:
    """Fill the facts form with `facts`, replacing every row that was there."""
    for row_id in state.get(ROWS, []):
        for part in ROW_PARTS:
            state.pop(row_key(row_id, part), None)
    values, row_ids = facts_to_form(facts)
    for key, value in values.items():
        state[key] = value
    state[ROWS] = row_ids
    state[FACTS_BASE] = facts


def add_row(state: State) -> str:
    """Add an empty interviewer row to the form; return its id."""
    row_id = new_row_id()
    for part in ROW_PARTS:
        state[row_key(row_id, part)] = ""
    state[ROWS] = [*state.get(ROWS, []), row_id]
    return row_id


def remove_row(state: State, row_id: str) -> None:
    """Remove one interviewer row from the form."""
    state[ROWS] = [r for r in state.get(ROWS, []) if r != row_id]
    for part in ROW_PARTS:
        state.pop(row_key(row_id, part), None)


def read_facts(state: State) -> Facts | None:
    """The facts as the form shows them now; None before any extraction."""
    base = state.get(FACTS_BASE)
    if not isinstance(base, Facts):
        return None
    row_ids: list[str] = list(state.get(ROWS, []))
    keys = [*TEXT_FIELDS, DATE_FIELD, *LIST_FIELDS]
    keys += [row_key(row_id, part) for row_id in row_ids for part in ROW_PARTS]
    values = {key: state[key] for key in keys if key in state}
    return form_to_facts(values, row_ids, base=base)


def put_card(state: State, card: DraftCard) -> None:
    """Show the card's current version in its subject and body boxes."""
    keys = card_keys(card.id)
    draft = card.shown().draft
    state[keys.subject] = draft.subject or ""
    state[keys.body] = draft.body
    state[keys.version] = card.current


def put_session(state: State, session: Session) -> None:
    """Load a saved session into the page: notes, options, facts form and cards."""
    state[SESSION] = session
    state.pop(DRAFTING, None)
    state[NOTES] = session.notes
    state[KIND] = session.kind
    state[MEDIUM] = session.medium
    state[TONES] = list(session.tones)
    # A new session starts with an empty To box: the next draft must not go to the last person.
    state[RECIPIENT] = session.recipient
    if session.facts is not None:
        put_facts(state, session.facts)
    else:
        put_facts(state, Facts())
        state.pop(FACTS_BASE, None)
    for card in session.drafts:
        put_card(state, card)
    state[SAVED_FINGERPRINT] = fingerprint(session)


def current_session(state: State) -> Session:
    """The session the page is working on, started when there is none."""
    session = state.get(SESSION)
    if not isinstance(session, Session):
        session = Session()
        state[SESSION] = session
    return session


def sync_session(state: State) -> Session:
    """The current session with the notes, options and facts the page shows now."""
    session = current_session(state)
    session.notes = str(state.get(NOTES) or "")
    session.kind = state.get(KIND, session.kind)
    session.medium = state.get(MEDIUM, session.medium)
    session.tones = list(state.get(TONES) or session.tones)
    session.recipient = str(state.get(RECIPIENT) or "")
    session.facts = read_facts(state)
    return session


def fingerprint(session: Session) -> str:
    """A digest of what the person made, to save only when it changed."""
    data = session.model_dump_json(exclude={"updated"})
    return hashlib.sha256(data.encode()).hexdigest()


def is_blank(session: Session) -> bool:
    """True for a session with nothing in it worth saving."""
    return not session.notes.strip() and session.facts is None and not session.drafts


def version_from_result(result: DraftResult, model_name: str | None) -> DraftVersion:
    """A card version from what the pipeline returned."""
    details = result.model_dump(
        exclude={"draft", "report", "method", "prompt_version", "variant"}, mode="json"
    )
    return DraftVersion(
        draft=result.draft,
        report=result.report,
        method=result.method,
        model=model_name if result.method != "composer" else None,
        prompt_version=result.prompt_version,
        variant=result.variant,
        details=details,
    )


def result_from_version(version: DraftVersion) -> DraftResult:
    """The pipeline's view of a card version, to regenerate from it."""
    known = set(DraftResult.model_fields)
    details = {key: value for key, value in version.details.items() if key in known}
    defaults: dict[str, Any] = {
        "attempts": 0,
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "seconds": 0.0,
    }
    return DraftResult.model_validate(
        defaults
        | details
        | {
            "draft": version.draft,
            "report": version.report or CheckReport(),
            "method": version.method or "composer",
            "prompt_version": version.prompt_version or "unknown",
            "variant": version.variant,
        }
    )


def cards_from_results(results: Iterable[DraftResult], model_name: str | None) -> list[DraftCard]:
    """One card per draft the pipeline made."""
    return [
        DraftCard(
            recipient=result.draft.recipient,
            tone=result.draft.tone,
            versions=[version_from_result(result, model_name)],
        )
        for result in results
    ]


def add_version(card: DraftCard, result: DraftResult, model_name: str | None) -> DraftVersion:
    """Put a regenerated draft on the card as its newest version and show it."""
    version = version_from_result(result, model_name)
    card.versions.append(version)
    card.current = len(card.versions) - 1
    return version


def edit_card(card: DraftCard, subject: str | None, body: str) -> Draft:
    """Replace the shown version's text with the person's edit; the checker runs in `recheck`."""
    version = card.versions[card.current]
    old = version.draft
    new = old.model_copy(
        update={"subject": None if old.subject is None else (subject or "").strip(), "body": body}
    )
    if new != old:
        version.draft = new
        version.edited = True
    return new


def recheck(session: Session, facts: Facts, notes: str) -> None:
    """Check every card's shown draft again as the pipeline did, panels of one tone together
    (for `distinct`)."""
    by_tone: dict[Tone, list[DraftCard]] = {}
    for card in session.drafts:
        by_tone.setdefault(card.tone, []).append(card)
    for cards in by_tone.values():
        reports = check_messages([card.shown().draft for card in cards], facts, notes)
        for card, report in zip(cards, reports, strict=True):
            card.versions[card.current].report = report


def find_card(session: Session, card_id: str) -> DraftCard | None:
    """The card with this id in the session."""
    return next((card for card in session.drafts if card.id == card_id), None)


def recipient_address(facts: Facts | None, recipient: str) -> str | None:
    """The recipient's e-mail address from the facts, when the notes gave a usable one."""
    person = facts.interviewer(recipient) if facts is not None else None
    if person is None or not person.email:
        return None
    return person.email.strip() if is_email_address(person.email) else None
