"""People the notes name in capitals, in lower case, or after a key (writers zp, dev material)."""

from __future__ import annotations

import pytest

from assistant.notes.headline import read_headline
from assistant.notes.parse import parse_notes
from assistant.pipeline import DraftRequest, recipients_for


@pytest.mark.parametrize(
    ("notes", "names"),
    [
        (
            "DUB OPS — DUTY MGR T2 — PANEL 20/10\nPANEL:\n"
            "1. NIAMH O'CONNOR — HEAD OF TERMINAL OPS — CHAIR\n"
            "2. DECLAN BYRNE — DUTY MGR T1 (15 YRS!!)\n",
            ["Niamh O'Connor", "Declan Byrne"],
        ),
        (
            "YDAY — 2ND ROUND, DUB — OPS SIM + RAMP WALK\n"
            "WITH: DECLAN BYRNE (DM T1), OBSERVER RUTH KAVANAGH — AOC SHIFT LEAD\n",
            ["Declan Byrne"],
        ),
        (
            "river city refugee services housing case worker no :(\n"
            "email from kevin tran hiring manager today\n",
            ["Kevin Tran"],
        ),
        (
            "offer from Valley Newcomer Alliance case manager\n"
            "maryam hosseini HR call today morning\n",
            ["Maryam Hosseini"],
        ),
        (
            "2nd intervew bridgeway zoom yesterday 11am\n"
            "ED Farida Sultani she is also from herat!!\n"
            "Jose was there also he ask me about confidentiality\n",
            ["Farida Sultani", "Jose"],
        ),
        ("bridgeway status\ni will write short email to farida just ask any update\n", ["Farida"]),
    ],
)
def test_a_person_is_found_in_capitals_or_lower_case(notes: str, names: list[str]) -> None:
    found = [p.name for p in parse_notes(notes).interviewers]
    assert all(name in found for name in names), found


def test_whom_to_write_to_is_whom_the_reply_goes_to() -> None:
    facts = parse_notes(
        "Um ok so. Stag's Hollow. The offer. I'm saying no. Decided.\n"
        "Who to write to: Ray Castellanos, the director of viticulture, he interviewed me.\n"
    )
    assert recipients_for(facts, DraftRequest(kind="offer-reply", medium="email")) == [
        "Ray Castellanos"
    ]


def test_a_rejection_in_capitals_goes_to_whoever_sent_it() -> None:
    facts = parse_notes(
        "CORK AIRPORT — TERMINAL DUTY OFFICER — RESULT\n"
        'MAIL 08/10 0812Z FROM GRÁINNE MURPHY (TALENT ACQ): "NOT PROGRESSING"\n'
        "VIDEO INTERVIEW WAS 29/09 WITH HER + OPS MGR PAUL HEGARTY.\n"
    )
    assert recipients_for(facts, DraftRequest(kind="rejection-reply", medium="email")) == [
        "Gráinne Murphy"
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "from manual faunal identification to eDNA sampling\n",
        "LOC: T2 ADMIN BLDG LVL 3\n",
    ],
)
def test_words_are_no_people(notes: str) -> None:
    names = [p.name for p in parse_notes("Dublin Airport panel\n" + notes).interviewers]
    assert not {"Manual Faunal", "Loc"} & set(names)


def test_a_drink_with_someone_names_no_employer() -> None:
    assert read_headline(["chai with wahid karimi sunday after masjid"]).company is None


@pytest.mark.parametrize(
    ("notes", "company"),
    [
        # A mail provider is never the employer.
        ("FWD from my gmail, so I have it here:\n\nDuty Manager T2 - update\n", None),
        # "Health & Safety Manager" is a job, not a firm called Health.
        ("Subject: Offer of Employment - Health & Safety Manager\n", None),
        # A markdown heading is a title, whatever follows it.
        (
            "## panel - coastal kids therapy collective / Clinical Lead (school-based OT)\n"
            "yesterday, Teams, 45 min. Thank god camera worked this time\n"
            "Siobhan runs the program at Grandview Elementary.\n",
            "Coastal Kids Therapy Collective",
        ),
        # A lone given name heading the notes is the writer's; the offer names the employer.
        (
            "Yuki — offer notes\nOffer from Maple Lantern Games — received Nov. 3 (Tue) by phone\n",
            "Maple Lantern Games",
        ),
    ],
)
def test_the_employer_is_no_mail_provider_job_or_person(notes: str, company: str | None) -> None:
    assert parse_notes(notes).company == company


@pytest.mark.parametrize(
    ("notes", "intent"),
    [
        (
            "!!! OFERTĂ !!! DUB DUTY MGR T2\nBASE EUR 61.500 / YR\n"
            "ME: DA DA DA. I ACCEPT — BUT FIRST ASK AOIFE:\n"
            "Q1 RELOC — PAID BEFORE OR AFTER START?\n",
            "accept-after-questions",
        ),
    ],
)
def test_accepting_after_asking_first(notes: str, intent: str) -> None:
    assert parse_notes(notes).offer_intent == intent


def test_no_feedback_after_a_filler() -> None:
    from assistant.notes.intent import read_intent

    notes = (
        "Redwood Bench called. No. They went with someone internal.\nDo I want feedback? Um, no.\n"
    )
    assert read_intent(notes).wants_feedback is False


def test_a_surname_with_du_is_a_name() -> None:
    facts = parse_notes(
        "umoya wind construction - H&S Mgr panel\nPanel:\n1. Thandeka Mkhize - Project Director\n"
        "2. Riaan du Plessis - Construction Mgr, Klipheuwel WEF\n"
    )
    assert [p.name for p in facts.interviewers] == ["Thandeka Mkhize", "Riaan du Plessis"]


def test_a_networking_note_thanks_the_contact_not_who_introduced_them() -> None:
    facts = parse_notes(
        "Dec. 1 (Tue) — video coffee chat\n"
        "Introduced by Ms. Bergeron, I spoke with Head of Localization at Arcturus Games Ms. Aiko"
        " Tanaka-Lévesque, who moved from Osaka 12 years ago.\n"
        '1. Advice: "Learn basic French before you arrive."\n'
    )
    assert recipients_for(facts, DraftRequest(kind="networking", medium="linkedin")) == [
        "Aiko Tanaka-Lévesque"
    ]


def test_a_question_quoted_again_is_asked_once() -> None:
    facts = parse_notes(
        "Umoya - offer\n> ask Sarah: where do I collect the site vehicle on day 1?\n"
        "ask Sarah: where do I collect the site vehicle on day 1?\n"
    )
    assert len(facts.outstanding_questions) == 1


def test_people_named_in_a_table_and_after_a_colon() -> None:
    facts = parse_notes(
        "Coastal Kids Therapy Collective — Clinical Lead — extra info to send\n"
        "oops moment: Harpreet asked how many kids on my caseload, I said 45.\n"
        "| what | for whom | link / file |\n|---|---|---|\n"
        "| tiered service model one-pager | Harpreet Gill | https://example.org/x |\n"
        "| handwriting group plan | Siobhan Kelly | Handwriting_Groups.pdf |\n"
    )
    assert [p.name for p in facts.interviewers] == ["Harpreet Gill", "Siobhan Kelly"]


def test_a_decision_in_a_week_is_that_week() -> None:
    from assistant.notes.phrases import find_timeline

    line = (
        '| Oct 30 | Marcus Tran (HR) | email: "references by Nov 4, decision the week of Nov 9" |'
    )
    assert find_timeline(line) == "in the week of Nov 9"
