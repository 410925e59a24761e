"""The offer intent and the counter figure, read from note lines writers j-k wrote (dev now)."""

from __future__ import annotations

import pytest

from assistant.notes.intent import read_intent


@pytest.mark.parametrize(
    ("notes", "intent"),
    [
        # French: a decision line that says no, beside another offer already accepted.
        (
            "Décision : NON. Je décline, poliment.\nVallée-Bleue : accepté verbalement hier.",
            "decline",
        ),
        # "Do not accept/decline yet" negates both; the extension is the wish.
        (
            "Item 3 - Ask Grace for extension to Fri 4 December.\nAOB: Do not accept/decline yet.",
            "ask-for-time",
        ),
        # Another employer's counter-offer is not the candidate's counter.
        (
            "My position: NOT accepting yet, NOT declining. Ask SW for until Fri 27/11.\n"
            "Real reason: Dunmore counter-offer meeting Wed 18/11, MD hinted £88k.",
            "ask-for-time",
        ),
        # Another employer's counter-offer is not a counter.
        (
            "❓ is the grant tied to my position?\nVV counter-offer would only be ~$86k anyway\n"
            "quiero aceptar pero antes necesito respuesta",
            "accept-after-questions",
        ),
        # Spanish: accept, but questions first.
        (
            "quiero aceptar — sí — pero antes necesito respuesta a:\n— el sueldo es en USD?",
            "accept-after-questions",
        ),
        # Writers zv, zx, zy, z, d (dev now): the decision in a private remark, a figure wanted,
        # a counter in German or French, and time asked for in other words.
        (
            "honestly good offer, Meera was so nice, but I'm going to say no\n"
            "Sunita said if I take it she's not coming haha",
            "decline",
        ),
        (
            '"I want R$ 15.800. reasons: 11 lojas not 8"\n'
            '"minimum I accept is 15 mil, don\'t say this number to him obviously"',
            "counter",
        ),
        ("• Gegenangebot 5.200 € brutto x 13, begründen mit Meister", "counter"),
        ("=> contre-proposer 5.800,00 € brut/mois, justifier: 7 ans", "counter"),
        ("reply: thank them, ask until 14 December to give final answer", "ask-for-time"),
        ("[16:18] me: said i'm super hyped but need a bit of time", "ask-for-time"),
        # Writers zu1 and zu5 (dev now): a bonus asked for, a sum in words.
        ("base is ok, no fight on that\nask signing bonus $7,500 to cover moving", "counter"),
        ("I'm going to come back and ask for fifty-two. Fifty-two thousand.", "counter"),
        # Writers zt4 and zt6 (dev now): the first decision the notes state, and a BLUF line.
        (
            "I need more time — want ask until Mon 30 Nov\n"
            "(real reason: pennine decides 27 Nov, want to see. Edinburgh I will say no anyway.)",
            "ask-for-time",
        ),
        ("BLUF: ACCEPT. Confirm in writing today.\nDecline Holdfast today (separate).", "accept"),
        # A floor said in private is not a yes.
        ("minimum I accept is 15 mil, don't say this number to him", None),
    ],
)
def test_the_offer_intent_is_the_one_the_notes_state(notes: str, intent: str | None) -> None:
    assert read_intent(notes).offer_intent == intent


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("I want to say yes but not on 51. Counter 56.000 kr/md", "56.000 kr/md"),
        ("counter at 16 LPA fixed", "16 LPA"),
        ("counter: 95 000 USD", "95 000 USD"),
        # The next remark's first figure, not the candidate's current pay after it.
        ("→ COUNTER.\nask for £68,000 – I'm already on 8a top (£60,504)", "£68,000"),
        ("ask signing bonus $7,500 to cover moving stuff", "signing bonus $7,500"),
        ("I'm going to come back and ask for fifty-two. Fifty-two thousand.", "fifty-two thousand"),
        # Cents after the thousands, and a counter line the notes keep private.
        ("=> contre-proposer 5.800,00 € brut/mois, justifier: 7 ans", "5.800,00 €"),
    ],
)
def test_a_counter_figure_in_any_currency(line: str, figure: str) -> None:
    assert read_intent(line).counter_figure == figure
