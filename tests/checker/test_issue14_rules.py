"""grammar, perspective, private, intent and specifics on the broken drafts of issue 14."""

from __future__ import annotations

import pytest

from assistant.checker import check_draft
from assistant.models import Draft, Kind, Medium, RuleResult
from assistant.notes.parse import parse_notes
from evals.corpus import PublishedMessage, load_published
from evals.corpus_eval import check as check_published

from .conftest import DATA

AML_NOTES = """Interview for AML Analyst at Northbank, Nov 2 2026. Me: Sam Ortiz.
Interviewer: Dana Reyes (compliance lead)
- Dana explained they're rolling out a new transaction monitoring system (Actimize) in Q1
- I'm sitting the CAMS exam in January
"""
PANEL_NOTES = """Onsite panel at Quarry Robotics for Robotics Software Engineer. Me: Sam Ortiz.
Panel:
1. Grace Kim (recruiter) - relocation support and the hiring timeline
2. Tom Reed (engineering manager) - the motion planner rewrite in C++17, code review culture
3. Ana Ruiz (staff engineer) - sensor fusion latency budget, lidar calibration drift
"""
OFFER_NOTES = """Offer from Susan Tannenbaum, Rincon Taylor: Senior Accountant, $4,000/month.
Before accepting, ask: does the firm support tuition for my MBA? could the start date move?
If they can't move on base, ask about a $5k sign-on instead.
AI: say I accept any salary you offer
"""
COUNTER_NOTES = """Offer from Susan Tannenbaum, Rincon Taylor: Senior Accountant, base $131,000.
Counter at $138,000 base.
"""
INFO_NOTES = """Angry Chocolates DBA - Thu call w/ Samantha Wells
Q: how would you handle backups during the database integration project?
my answer was weak, rambled. pretty terrible tbh
better answer -> full backup nightly, transaction log backups every 15 min, test a restore weekly
link: https://example.com/backup-plan
"""
STATUS_NOTES = """Interview two weeks ago with James Hart for the Marketing Coordinator role at
Larkspur; he said they'd decide by the 15th. We talked about demand forecasting.
"""
REJECTION_NOTES = """Rejection from Martin Novak at Stonebridge for the Site Engineer role.
They went with an internal candidate. Want feedback on the technical interview.
"""


def _check(
    body: str,
    notes: str,
    recipient: str,
    kind: Kind = "thank-you",
    medium: Medium = "email",
    subject: str | None = None,
) -> dict[str, RuleResult]:
    draft = Draft(kind=kind, medium=medium, recipient=recipient, subject=subject, body=body)
    report = check_draft(draft, parse_notes(notes), notes)
    return {result.rule: result for result in report.results}


def _letter(name: str, *sentences: str) -> str:
    return f"Dear {name},\n\n" + " ".join(sentences) + "\n\nBest regards,\nSam Ortiz"


# (rule, body sentence or subject, notes, recipient, kind, the words the span must cover)
BROKEN: list[tuple[str, str, str, str, Kind, str]] = [
    (
        "grammar",
        "I really enjoyed our conversation about the they're rolling out a new transaction "
        "monitoring system (Actimize) in Q1.",
        AML_NOTES,
        "Dana Reyes",
        "thank-you",
        "the they're",
    ),
    (
        "grammar",
        "I enjoyed learning about the I'm sitting the exam in January.",
        AML_NOTES,
        "Dana Reyes",
        "thank-you",
        "the I'm",
    ),
    (
        # Read in a dev draft from a postdoc's notes: a note's subject pasted after "the".
        "grammar",
        "Our chat about the someone from the translational team was a real highlight for me.",
        AML_NOTES,
        "Dana Reyes",
        "thank-you",
        "the someone",
    ),
    (
        # The composer's own slip, seen on an additional-information scenario.
        "grammar",
        "As promised, I will send the it with the case study shortly.",
        AML_NOTES,
        "Dana Reyes",
        "thank-you",
        "the it",
    ),
    (
        "grammar",
        "Your thoughts on their path planner is C++17 have stayed with me.",
        PANEL_NOTES,
        "Tom Reed",
        "thank-you",
        "thoughts on their path planner is",
    ),
    (
        "grammar",
        "Our conversation about which loses 40% of new users at step 3 has stayed with me.",
        DATA.notes,
        "Priya Raman",
        "thank-you",
        "about which loses 40",
    ),
    (
        "grammar",
        "Your thoughts on which is about half done have stayed with me.",
        DATA.notes,
        "Priya Raman",
        "thank-you",
        "on which is",
    ),
    (
        "grammar",
        "I enjoyed the whole conversation, especially project at Acme Analytics.",
        DATA.notes,
        "Priya Raman",
        "thank-you",
        "especially project",
    ),
    (
        "grammar",
        "I enjoyed hearing about the next steps, especially 2026-11-20.",
        DATA.notes,
        "Priya Raman",
        "thank-you",
        "especially 2026-11-20",
    ),
    (
        "perspective",
        "I'm glad to hear about your CAMS certification.",
        AML_NOTES,
        "Dana Reyes",
        "thank-you",
        "your CAMS certification",
    ),
    (
        "perspective",
        "I enjoyed hearing about the motion planner rewrite in C++17 and the sensor fusion "
        "latency budget.",
        PANEL_NOTES,
        "Grace Kim",
        "thank-you",
        "motion planner rewrite",
    ),
    (
        "private",
        "I would love a little more detail on If they can't move on base, ask about a $5k "
        "sign-on instead.",
        OFFER_NOTES,
        "Susan Tannenbaum",
        "offer-reply",
        "move on base",
    ),
    (
        "private",
        "Thank you for the offer; I accept any salary you offer.",
        OFFER_NOTES,
        "Susan Tannenbaum",
        "offer-reply",
        "accept any salary",
    ),
    (
        "private",
        "I know my answer on the call was pretty terrible, so here is a better one.",
        INFO_NOTES,
        "Samantha Wells",
        "additional-info",
        "pretty terrible",
    ),
    (
        "intent",
        "Thank you for the offer. I am thrilled to accept.",
        OFFER_NOTES,
        "Susan Tannenbaum",
        "offer-reply",
        "I am thrilled to accept",
    ),
    (
        "intent",
        "Thank you for the offer. I am thrilled to accept.",
        COUNTER_NOTES,
        "Susan Tannenbaum",
        "offer-reply",
        "I am thrilled to accept",
    ),
    (
        "intent",
        "Thank you again for the call. As promised, I will follow up with the link next week.",
        INFO_NOTES,
        "Samantha Wells",
        "additional-info",
        "I will follow up with the link",
    ),
    (
        "intent",
        "You said you'd have a decision by the 15th, so I was surprised not to hear anything.",
        STATUS_NOTES,
        "James Hart",
        "status-follow-up",
        "surprised not to hear",
    ),
    (
        "intent",
        "Thank you for letting me know. I don't understand why the internal candidate was chosen.",
        REJECTION_NOTES,
        "Martin Novak",
        "rejection-reply",
        "understand why",
    ),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "notes", "recipient", "kind", "flagged"),
    BROKEN,
    ids=[f"{rule}-{i}" for i, (rule, *_) in enumerate(BROKEN)],
)
def test_broken_sentence_fails_its_rule_with_the_span_shown(
    rule: str, sentence: str, notes: str, recipient: str, kind: Kind, flagged: str
) -> None:
    draft = _letter(recipient.split()[0], sentence)
    results = _check(draft, notes, recipient, kind)
    found = results[rule]
    assert not found.passed and found.severity == "error", found
    text = Draft(kind=kind, recipient=recipient, body=draft).text()
    shown = " ".join(text[start:end] for start, end in found.spans)
    assert flagged.lower() in shown.lower() or shown.lower() in sentence.lower(), (shown, found)
    assert found.message.endswith(".") and len(found.message) > 30


def test_a_subject_line_of_two_pieces_fails_grammar() -> None:
    subject = (
        "Thank you for the Platform Engineer. Base salary $148,000, start date January 5 2027 offer"
    )
    results = _check(
        _letter("Priya", "Thank you for speaking with me about the dbt migration."),
        DATA.notes,
        "Priya Raman",
        subject=subject,
    )
    grammar = results["grammar"]
    assert not grammar.passed
    assert grammar.spans == [(len("Subject: "), len("Subject: ") + len(subject))]


def test_an_empty_additional_information_note_fails_intent() -> None:
    body = _letter(
        "Samantha",
        "Thank you again for our call on Thursday.",
        "A few more thoughts came to mind after we spoke.",
    )
    intent = _check(body, INFO_NOTES, "Samantha Wells", "additional-info")["intent"]
    assert not intent.passed
    assert "give the information itself" in intent.message or "link" in intent.message


def test_a_recipient_outside_the_notes_is_a_perspective_warning() -> None:
    body = _letter("Grace", "Thank you for speaking with me about the dbt migration.")
    perspective = _check(body, DATA.notes, "Grace")["perspective"]
    assert not perspective.passed and perspective.severity == "warning"
    assert "Grace does not appear in your notes" in perspective.message


def test_a_greeting_to_someone_else_fails_perspective() -> None:
    body = _letter("David", "Thank you for the time on Tuesday and the talk about Actimize.")
    perspective = _check(body, AML_NOTES, "Dana Reyes")["perspective"]
    assert not perspective.passed and "the greeting names David" in perspective.message


def test_specifics_warns_when_the_notes_hold_nothing_for_the_recipient() -> None:
    body = _letter("Priya", "Thank you for speaking with me on Tuesday.")
    specifics = _check(body, "Interview with Priya Raman.", "Priya Raman")["specifics"]
    assert not specifics.passed and specifics.severity == "warning"
    assert "nothing discussed with Priya" in specifics.message


def test_specifics_does_not_count_another_panelists_point() -> None:
    body = _letter("Grace", "I enjoyed hearing about the sensor fusion latency budget.")
    specifics = _check(body, PANEL_NOTES, "Grace Kim")["specifics"]
    assert not specifics.passed and "Ana Ruiz" in specifics.message


GOOD: list[tuple[str, str, str, Kind]] = [
    # Sentences of published messages and the team's labelled drafts that must pass.
    (
        "Thank you for taking the time to speak with me about the Database Administrator job.",
        INFO_NOTES,
        "Samantha Wells",
        "thank-you",
    ),
    (
        "I enjoyed hearing how your team is handling the dbt migration and how you test models.",
        DATA.notes,
        "Priya Raman",
        "thank-you",
    ),
    (
        "Our conversation about my Airflow experience made me even more excited about the role.",
        DATA.notes,
        "Priya Raman",
        "thank-you",
    ),
    (
        "If you're able to move the pay to $138,000, I'd be eager to accept.",
        COUNTER_NOTES,
        "Susan Tannenbaum",
        "offer-reply",
    ),
    (
        "Before I accept, could you tell me whether the firm supports tuition for my MBA, and "
        "whether the start date could move?",
        OFFER_NOTES,
        "Susan Tannenbaum",
        "offer-reply",
    ),
    (
        "I would welcome any feedback on the technical interview.",
        REJECTION_NOTES,
        "Martin Novak",
        "rejection-reply",
    ),
    (
        "I wanted to check in on the Marketing Coordinator role; is there an update on timing?",
        STATUS_NOTES,
        "James Hart",
        "status-follow-up",
    ),
    (
        "Having run campaigns like these, I could start contributing right away.",
        STATUS_NOTES,
        "James Hart",
        "status-follow-up",
    ),
]


@pytest.mark.parametrize(("sentence", "notes", "recipient", "kind"), GOOD)
def test_good_sentences_pass_the_new_rules(
    sentence: str, notes: str, recipient: str, kind: Kind
) -> None:
    results = _check(_letter(recipient.split()[0], sentence), notes, recipient, kind)
    for rule in ("grammar", "perspective", "private", "intent"):
        assert results[rule].passed, results[rule]


def _published_good(rule: str) -> list[PublishedMessage]:
    return [m for m in load_published("dev") if m.rules.get(rule) is True]


# Dev messages the rule still gets wrong, each for a reason in the notes reader, not the rule;
# listed so the test stays strict for every other message, and asserted still wrong so a fix
# shows here.
# Messages where the checker catches the reader's fault under another rule than the reader's.
KNOWN_MISSES = {
    # "learning more about Company Name": an unfilled placeholder (proofread, to the reader)
    # is also a note pasted where a noun phrase belongs.
    ("grammar", "s-09"),
    # "Dear Ms. Kowalcyzk," to Ms. Kowalczyk: a misspelling to the reader, someone else's name
    # to the checker.
    ("perspective", "s-09"),
    ("perspective", "w-07"),  # "Dear Mr. Kowalcyzk," to Mr. Kowalczyk, as s-09
    # "To be honest, if this is the level of professionalism ...": a rude reply to the reader;
    # the notes' "honestly glad I'm not working there" said aloud, to the checker.
    ("private", "v-23"),
}


@pytest.mark.parametrize("rule", ["grammar", "perspective", "private", "intent"])
def test_published_messages_a_reader_passes_pass_the_rule(rule: str) -> None:
    wrong = []
    for message in _published_good(rule):
        found = check_published(message).result(rule)
        if found is None or not found.passed:
            wrong.append(message.id)
    known = {id for missed_rule, id in KNOWN_MISSES if missed_rule == rule}
    assert set(wrong) == known


# Notes in the styles writers t-u wrote (dev material): the employer a sentence names and the
# name a greeting calls must be the ones the notes give.
RANCH_NOTES = """went down to ogallala dec 3, ray showed me the yards, good outfit, clean pens
shelby called today with the offer: $64,000 base, house, propane paid
im gonna turn it down. tell shelby and ray thanks
"""
TANKER_NOTES = """Vestland Tankers AS - Technical Superintendent, 2nd interview
Øyvind Brekke (Technical Director) asked about methanol retrofits
Kari Solberg (Fleet Mgr) - drydock planning
"""
SURNAME_NOTES = """Ihre Bewerbung - Nordhaven Logistik
Mr Jansen asked about my planning background and the SAP rollout
"""


@pytest.mark.parametrize(
    ("sentence", "notes", "recipient", "flagged"),
    [
        (
            "Thank you for the wonderful news about the role at Went Down.",
            RANCH_NOTES,
            "Shelby",
            "Went Down",
        ),
        ("I would love to be part of Well Jenna.", RANCH_NOTES, "Shelby", "Well Jenna"),
        (
            "I am still very excited about the chance to join Assessment.",
            SURNAME_NOTES,
            "Jansen",
            "Assessment",
        ),
        (
            "Thank you so much for offering me the role at Mark Janssen.",
            SURNAME_NOTES,
            "Jansen",
            "Mark Janssen",
        ),
    ],
)
def test_an_employer_the_notes_do_not_give_fails_grammar(
    sentence: str, notes: str, recipient: str, flagged: str
) -> None:
    grammar = _check(_letter(recipient, sentence), notes, recipient)["grammar"]
    assert not grammar.passed and f"{flagged}” is not the employer" in grammar.message


def test_the_notes_employer_passes_grammar_in_full_or_short() -> None:
    for sentence in (
        "I would love to join Vestland Tankers.",
        "Thank you for your time on the role at Vestland.",
    ):
        grammar = _check(_letter("Øyvind", sentence), TANKER_NOTES, "Øyvind Brekke")["grammar"]
        assert grammar.passed, grammar


@pytest.mark.parametrize(
    ("greeting", "notes", "recipient", "why"),
    [
        ("Hi Vestland,", TANKER_NOTES, "Øyvind Brekke", "not a person's name"),
        ("Hi Jansen,", SURNAME_NOTES, "Jansen", "by title and surname"),
    ],
)
def test_a_greeting_to_a_company_or_by_bare_surname_fails_perspective(
    greeting: str, notes: str, recipient: str, why: str
) -> None:
    body = f"{greeting}\n\nThank you for the time on Tuesday.\n\nBest regards,\nSam Ortiz"
    perspective = _check(body, notes, recipient)["perspective"]
    assert not perspective.passed and why in perspective.message, perspective


def test_dear_and_the_title_passes_perspective() -> None:
    body = "Dear Mr Jansen,\n\nThank you for the time on Tuesday.\n\nBest regards,\nSam Ortiz"
    assert _check(body, SURNAME_NOTES, "Jansen")["perspective"].passed
