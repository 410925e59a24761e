"""What a Generate drafts and where each new draft goes: cards gain versions, never lose them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from assistant.history import DraftCard, Session
from assistant.models import Facts, Tone
from assistant.pipeline import TONE_SEED_STRIDE, DraftRequest, DraftResult, recipients_for
from assistant.ui.state import version_from_result


@dataclass(frozen=True)
class Batch:
    """One call of the pipeline: one tone, the recipients it drafts in order, its seed."""

    request: DraftRequest
    recipients: list[str]
    seed: int
    # The digest of what the drafts are made from, kept on every version they become.
    basis: str

    @property
    def tone(self) -> Tone:
        """The one tone this batch drafts."""
        return self.request.tones[0]


def basis_of(facts: Facts, notes: str, request: DraftRequest) -> str:
    """A digest of what a draft is made from; the tone is not in it, the tones share the facts."""
    parts = [facts.model_dump_json(), notes, request.kind, request.medium]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def find_card(session: Session, recipient: str, tone: Tone) -> DraftCard | None:
    """The session's card for this recipient and tone."""
    return next(
        (card for card in session.drafts if card.recipient == recipient and card.tone == tone),
        None,
    )


def is_current(card: DraftCard | None, basis: str) -> bool:
    """True when one of the card's versions was drafted from this basis."""
    return card is not None and any(version.basis == basis for version in card.versions)


def plan_batches(session: Session, facts: Facts, notes: str, request: DraftRequest) -> list[Batch]:
    """The drafting a Generate needs: per tone, the recipients whose card is missing or was
    drafted from other facts, notes, kind or medium. A card that is current is left as it is."""
    basis = basis_of(facts, notes, request)
    everyone = recipients_for(facts, request)
    batches: list[Batch] = []
    for tone_index, tone in enumerate(request.tones):
        # The seeds the pipeline gives a request of all these tones at once.
        tone_seed = TONE_SEED_STRIDE * tone_index
        stale = [name for name in everyone if not is_current(find_card(session, name, tone), basis)]
        if stale == everyone:
            # The whole panel in one call, so the pipeline redraws drafts that are too alike.
            one_tone = request.model_copy(update={"tones": [tone]})
            batches.append(Batch(one_tone, everyone, tone_seed, basis))
            continue
        for name in stale:
            alone = request.model_copy(update={"tones": [tone], "recipient": name})
            batches.append(Batch(alone, [name], tone_seed + everyone.index(name), basis))
    return batches


def place(
    session: Session, result: DraftResult, model_name: str | None, basis: str
) -> tuple[DraftCard, int]:
    """Put a new draft on its card as the newest version (a new card when there is none);
    return the card and the version's index. Earlier versions and edits stay on the card."""
    draft = result.draft
    card = find_card(session, draft.recipient, draft.tone)
    if card is None:
        card = DraftCard(recipient=draft.recipient, tone=draft.tone)
        session.drafts.append(card)
    version = version_from_result(result, model_name)
    version.basis = basis
    card.versions.append(version)
    card.current = len(card.versions) - 1
    return card, card.current


def settle(
    card: DraftCard, index: int, result: DraftResult, model_name: str | None, basis: str
) -> None:
    """Replace a placed version with the pipeline's final word on it (after `distinct`)."""
    version = version_from_result(result, model_name)
    version.basis = basis
    card.versions[index] = version


def card_grid(
    session: Session, tones: list[Tone], planned: list[tuple[str, Tone]]
) -> list[tuple[str, list[Tone]]]:
    """The card area: each recipient with the tones shown for them, in the order chosen.

    Cards of a tone no longer chosen stay in the session, out of sight, and come back with it.
    """
    shown = tones or list(dict.fromkeys(card.tone for card in session.drafts))
    pairs = {(card.recipient, card.tone) for card in session.drafts} | set(planned)
    names = [card.recipient for card in session.drafts] + [name for name, _ in planned]
    rows: list[tuple[str, list[Tone]]] = []
    for name in dict.fromkeys(names):
        row = [tone for tone in shown if (name, tone) in pairs]
        if row:
            rows.append((name, row))
    return rows
