"""Table-driven tests: each row edits a careful draft and says what one rule must answer."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.checker import check_draft
from assistant.models import RuleResult

from .conftest import SCENARIOS


@dataclass(frozen=True)
class Case:
    """Edit `draft` of `scenario` (old -> new), then `rule` must pass or fail as stated."""

    id: str
    scenario: str
    draft: str
    edits: tuple[tuple[str, str], ...]
    rule: str
    passed: bool
    severity: str | None = None  # the result's severity, when it matters
    marked: str | None = None  # text one of the result's spans must cover exactly
    says: str | None = None  # words the message must contain


def run_case(case: Case) -> tuple[RuleResult, str]:
    story = SCENARIOS[case.scenario]
    text = story.drafts[case.draft][3]
    for old, new in case.edits:
        assert old in text, f"the edit {old!r} does not apply to {case.draft}"
        text = text.replace(old, new)
    draft = story.draft(case.draft, text)
    report = check_draft(draft, story.facts, story.notes)
    found = report.result(case.rule)
    assert found is not None, f"{case.rule} did not run"
    return found, draft.text()


def check_case(case: Case) -> None:
    found, text = run_case(case)
    assert found.passed is case.passed, found.message
    if case.severity:
        assert found.severity == case.severity
    if case.marked:
        assert case.marked in [text[s:e] for s, e in found.spans], found.spans
    if case.says:
        assert case.says in found.message
    for start, end in found.spans:
        assert 0 <= start < end <= len(text)


LONG = " We also talked about the team's plans for next year and how the work is shared." * 12
RUN_ON = (
    " I have always believed that the best work happens when people share what they know and"
    " take the time to explain their thinking to others who are new to the work and the team,"
    " every single day of the week, without any exception."
)
# 40 words: past the soft limit of 35, within the hard one of 40.
LONGISH = RUN_ON.removesuffix(", without any exception.") + "."

BREVITY = [
    Case("short-thank-you", "data", "thank-you", (), "brevity", True),
    Case(
        "thank-you-over-200-words",
        "data",
        "thank-you",
        (("before they reach production.", "before they reach production." + LONG),),
        "brevity",
        False,
        "error",
        says="cut it to 200",
    ),
    Case(
        "thank-you-181-to-200-is-a-warning",
        "data",
        "thank-you",
        (("before they reach production.", "before they reach production." + LONG[:420]),),
        "brevity",
        False,
        "warning",
    ),
    Case(
        "handwritten-card-over-120",
        "chef",
        "card",
        (("busy Friday night.", "busy Friday night." + LONG[:300]),),
        "brevity",
        False,
        "error",
        says="120",
    ),
    Case(
        "status-follow-up-over-120",
        "electrician",
        "status",
        (("union hall.", "union hall." + LONG[:300]),),
        "brevity",
        False,
        "error",
    ),
    Case(
        "sentence-over-40-words",
        "nurse",
        "thank-you",
        (("for that pace.", "for that pace." + RUN_ON),),
        "brevity",
        False,
        "error",
        says="over 40 words",
    ),
    Case(
        "sentence-of-40-words-warns",
        "nurse",
        "thank-you",
        (("for that pace.", "for that pace." + LONGISH),),
        "brevity",
        False,
        "warning",
        says="over 35 words",
    ),
    Case(
        "sentence-over-40-words-joined-by-no-break-spaces",
        "nurse",
        "thank-you",
        (("for that pace.", "for that pace." + RUN_ON.replace(" ", "\u00a0")),),
        "brevity",
        False,
        "error",
        says="over 40 words",
    ),
    Case(
        "sentence-over-40-words-wrapped-at-tabs",
        "nurse",
        "thank-you",
        (("for that pace.", "for that pace." + RUN_ON.replace(" the ", "\tthe\t")),),
        "brevity",
        False,
        "error",
        says="over 40 words",
    ),
    Case(
        "five-paragraphs",
        "teacher",
        "additional-info",
        (("I would be glad", "Fractions are hard.\n\nMaths can be fun.\n\nI would be glad"),),
        "brevity",
        False,
        "error",
        says="paragraphs",
    ),
    Case(
        "linkedin-note-over-100",
        "data",
        "networking",
        (("break it up.", "break it up." + LONG[:420]),),
        "brevity",
        False,
    ),
]

GRATITUDE = [
    Case("thanks-first", "nurse", "thank-you", (), "gratitude", True),
    Case(
        "no-thanks",
        "nurse",
        "thank-you",
        (("Thank you for meeting with me", "I met with you"), ("I appreciated", "I liked")),
        "gratitude",
        False,
        "error",
        says="Open by thanking Angela",
    ),
    Case(
        "thanks-only-at-the-end",
        "chef",
        "card",
        (
            ("Thank you for the tasting", "The tasting"),
            ("I would be happy", "Thank you again. I would be happy"),
            ("on Saturday.", "on Saturday was memorable."),
        ),
        "gratitude",
        False,
        "error",
        marked="Thank you again.",
        says="Move your thanks",
    ),
    Case(
        "status-follow-up-without-thanks-is-a-warning",
        "electrician",
        "status",
        (("Thank you again for talking with me about", "I am writing about"),),
        "gratitude",
        False,
        "warning",
    ),
    Case("offer-reply-thanks", "warehouse", "offer", (), "gratitude", True),
    Case(
        "rejection-reply-without-thanks",
        "teacher",
        "rejection",
        (("Thank you for letting me know, and for", "I understand, and I value"),),
        "gratitude",
        False,
        "error",
    ),
]

SPECIFICS = [
    Case("two-of-priyas-points", "data", "thank-you", (), "specifics", True),
    Case(
        "only-one-point-in-a-thank-you",
        "data",
        "thank-you",
        (
            ("Our conversation about my Airflow experience", "Our conversation"),
            ("the past five years", "the past five years"),
        ),
        "specifics",
        False,
        "error",
        says="one more thing you discussed with Priya",
    ),
    Case(
        "panel-note-with-the-other-interviewers-points",
        "data",
        "thank-you",
        (
            (
                "I especially enjoyed hearing how your team is handling the dbt migration and "
                "how you test models before they reach production.",
                "I especially enjoyed hearing about the Kafka ingestion backlog and the on-call "
                "rotation.",
            ),
            ("Our conversation about my Airflow experience", "Our conversation"),
        ),
        "specifics",
        False,
        "error",
        marked="Kafka",
        says="discussed with Marcus Webb, not with Priya",
    ),
    Case(
        "generic-note-without-specifics",
        "chef",
        "card",
        (
            (
                "I loved hearing about the new seasonal tasting menu and what it takes to run "
                "the pass on a busy Friday night.",
                "It was great to meet you and the team.",
            ),
        ),
        "specifics",
        False,
        "error",
        says="e.g. \u201cthe new seasonal tasting menu\u201d",
    ),
    Case("status-follow-up-one-point-is-enough", "nurse", "status", (), "specifics", True),
    Case(
        "status-follow-up-without-a-point-is-a-warning",
        "nurse",
        "status",
        (("especially after our talk about sepsis screening at triage", "especially now"),),
        "specifics",
        False,
        "warning",
    ),
]

PRESSURE = [
    Case("patient-status-follow-up", "nurse", "status", (), "no-pressure", True),
    Case(
        "asap",
        "nurse",
        "status",
        (("Is there any update", "Please send an update ASAP. Is there any update"),),
        "no-pressure",
        False,
        "error",
        marked="ASAP",
    ),
    Case(
        "i-need-to-know",
        "electrician",
        "status",
        (("I wanted to check in.", "I need to know where I stand."),),
        "no-pressure",
        False,
        marked="I need to know",
    ),
    Case(
        "why-havent-i-heard",
        "electrician",
        "status",
        (("I wanted to check in.", "Why haven't I heard anything yet?"),),
        "no-pressure",
        False,
    ),
    Case(
        "repeated-exclamation-marks",
        "chef",
        "card",
        (("whenever it suits you.", "whenever it suits you!!"),),
        "no-pressure",
        False,
        marked="!!",
    ),
    Case(
        "deadline-on-the-employer",
        "nurse",
        "status",
        (("I am happy to send", "Please let me know by Friday. I am happy to send"),),
        "no-pressure",
        False,
        says="deadline",
    ),
    Case(
        "decision-by-a-date-they-never-gave",
        "warehouse",
        "offer",
        (("Please let me know if", "I would appreciate a decision by the 20th. Let me know if"),),
        "no-pressure",
        False,
        marked="by the 20th",
    ),
    Case(
        "two-timeline-questions",
        "nurse",
        "status",
        (("I am happy to send", "When will you decide? I am happy to send"),),
        "no-pressure",
        False,
        says="at most once",
    ),
    Case(
        "imperative-at-the-reader",
        "electrician",
        "status",
        (
            (
                "Since you planned to decide by March 14, I wanted to check in.",
                "Call me tomorrow with your answer.",
            ),
        ),
        "no-pressure",
        False,
    ),
    Case(
        "their-own-decision-date-is-not-pressure",
        "electrician",
        "status",
        (),
        "no-pressure",
        True,
    ),
    Case(
        "own-promise-with-a-date-is-not-pressure",
        "teacher",
        "additional-info",
        (("I would be glad", "I will send the answer key by Friday. I would be glad"),),
        "no-pressure",
        True,
    ),
    Case(
        "if-you-need-to-is-not-a-demand",
        "warehouse",
        "offer",
        (("Please let me know if you need", "If you need to reach me, I am free. Let me know if"),),
        "no-pressure",
        True,
    ),
    Case(
        "competing-offer-as-leverage",
        "electrician",
        "status",
        (
            (
                "I wanted to check in.",
                "I have another offer, so I need an answer soon.",
            ),
        ),
        "no-pressure",
        False,
    ),
]

PROOFREAD = [
    Case("names-products-urls-and-vocabulary", "data", "thank-you", (), "proofread", True),
    Case(
        "misspelling",
        "data",
        "thank-you",
        (("I especially enjoyed", "I especialy enjoyed"),),
        "proofread",
        False,
        "error",
        marked="especialy",
        says="especially",
    ),
    Case(
        "doubled-word",
        "nurse",
        "thank-you",
        (("how the unit keeps", "how the the unit keeps"),),
        "proofread",
        False,
        marked="the the",
    ),
    Case(
        "square-bracket-placeholder",
        "chef",
        "card",
        (("Dear Marco,", "Dear [Name],"),),
        "proofread",
        False,
        marked="[Name]",
        says="placeholder",
    ),
    Case(
        "brace-placeholder",
        "teacher",
        "additional-info",
        (("Riverside Primary School.", "{company}."),),
        "proofread",
        False,
        marked="{company}",
    ),
    Case(
        "angle-placeholder",
        "warehouse",
        "offer",
        (("Warehouse Shift Lead position", "<role> position"),),
        "proofread",
        False,
        marked="<role>",
    ),
    Case(
        "xxx-placeholder",
        "electrician",
        "status",
        (("by March 14", "by XXX"),),
        "proofread",
        False,
        marked="XXX",
    ),
    Case(
        "todo-placeholder",
        "nurse",
        "status",
        (("Best,", "TODO: sign off\n\nBest,"),),
        "proofread",
        False,
        marked="TODO",
    ),
    Case(
        "sentence-starting-lowercase",
        "chef",
        "card",
        (("Five years on", "five years on"),),
        "proofread",
        False,
        marked="five",
    ),
    Case(
        "lowercase-i",
        "nurse",
        "thank-you",
        (("I am very interested", "i am very interested"),),
        "proofread",
        False,
        marked="i",
    ),
    Case(
        "double-space",
        "data",
        "thank-you",
        (("Our conversation about", "Our  conversation about"),),
        "proofread",
        False,
        marked="  ",
    ),
    Case(
        "space-before-comma",
        "electrician",
        "status",
        (("Hi Rita,", "Hi Rita ,"),),
        "proofread",
        False,
    ),
    Case(
        "british-spelling-and-acronyms",
        "nurse",
        "thank-you",
        (("for that pace.", "for that pace and the organisation of a busy ICU-style unit."),),
        "proofread",
        True,
    ),
    Case(
        "professional-vocabulary",
        "data",
        "thank-you",
        (
            (
                "before they reach production.",
                "before they reach production and onboarding "
                "workflows, analytics dashboards and stakeholders.",
            ),
        ),
        "proofread",
        True,
    ),
    Case(
        "url-from-the-notes",
        "data",
        "thank-you",
        (("before they reach production.", "in https://github.com/acme/dbt-tests."),),
        "proofread",
        True,
    ),
]

PERSONAL = [
    Case("greets-by-name", "teacher", "additional-info", (), "personal", True),
    Case(
        "generic-greeting",
        "data",
        "thank-you",
        (("Dear Priya,", "Dear Hiring Manager,"),),
        "personal",
        False,
        "error",
        says="Greet Priya by name",
    ),
    Case(
        "no-greeting-at-all",
        "nurse",
        "thank-you",
        (("Dear Angela,\n\n", ""),),
        "personal",
        False,
        "error",
    ),
    Case(
        "last-name-with-title-counts",
        "nurse",
        "thank-you",
        (("Dear Angela,", "Dear Ms. Ortiz,"),),
        "personal",
        True,
    ),
    Case(
        "no-company-is-a-warning",
        "warehouse",
        "offer",
        (("at Northgate Logistics", ""),),
        "personal",
        False,
        "warning",
        says="Northgate Logistics",
    ),
    Case(
        "one-word-of-a-two-word-role-is-a-warning",
        "nurse",
        "thank-you",
        (
            ("Thank you for the Registered Nurse interview", "Thank you"),
            ("the Registered Nurse position", "the nursing position"),
        ),
        "personal",
        False,
        "warning",
        says="Registered Nurse",
    ),
    Case(
        "apprenticeship-names-the-apprentice-role",
        "electrician",
        "thank-you-card",
        (),
        "personal",
        True,
    ),
]

INTEREST = [
    Case("says-interested", "nurse", "thank-you", (), "interest", True),
    Case(
        "no-interest",
        "nurse",
        "thank-you",
        (("I am very interested in joining the cardiac step-down unit.", ""),),
        "interest",
        False,
        "error",
        says="Registered Nurse",
    ),
    Case(
        "status-follow-up-without-interest-is-a-warning",
        "electrician",
        "status",
        (("I remain very interested in the apprenticeship and would", "I would"),),
        "interest",
        False,
        "warning",
    ),
]

QUALIFICATIONS = [
    Case("one-qualification", "chef", "card", (), "qualifications", True),
    Case(
        "no-qualification",
        "chef",
        "card",
        (("Five years on a 120-cover line taught me to stay calm under pressure, and I", "I"),),
        "qualifications",
        False,
        "warning",
        says="five years on a 120-cover line",
    ),
    Case(
        "both-qualifications-is-fine",
        "nurse",
        "thank-you",
        (("for that pace.", "for that pace, and I am BLS and ACLS certified."),),
        "qualifications",
        True,
    ),
]

CALL_TO_ACTION = [
    Case("offers-to-share-more", "data", "thank-you", (), "call-to-action", True),
    Case(
        "no-offer-to-continue",
        "data",
        "thank-you",
        ((" I'd be happy to share more if that would help.", ""),),
        "call-to-action",
        False,
        "warning",
    ),
]

GROUNDED = [
    Case("every-name-from-the-notes", "data", "thank-you", (), "grounded", True),
    Case(
        "invented-company",
        "data",
        "thank-you",
        (("at Acme Analytics.", "at Globex Corporation."),),
        "grounded",
        False,
        "error",
        marked="Globex Corporation",
    ),
    Case(
        "invented-person",
        "nurse",
        "thank-you",
        (("I appreciated hearing", "I appreciated hearing from Dr. Kowalski"),),
        "grounded",
        False,
        marked="Kowalski",
    ),
    Case(
        "wrong-date",
        "data",
        "thank-you",
        (("on November 2nd", "on November 5th"),),
        "grounded",
        False,
        marked="November 5th",
    ),
    Case(
        "date-written-differently",
        "data",
        "thank-you",
        (("on November 2nd", "on 2 November 2026"),),
        "grounded",
        True,
    ),
    Case(
        "invented-figure",
        "data",
        "thank-you",
        (("the past five years", "the past ten years"),),
        "grounded",
        False,
        marked="ten",
    ),
    Case(
        "number-as-digits-vs-words",
        "data",
        "thank-you",
        (("the past five years", "the past 5 years"),),
        "grounded",
        True,
    ),
    Case(
        "three-engineers-written-as-a-word",
        "data",
        "thank-you-marcus",
        (),
        "grounded",
        True,
    ),
    Case(
        "invented-money",
        "warehouse",
        "offer",
        (("$24.50 an hour", "$26 an hour"),),
        "grounded",
        False,
        marked="$26",
    ),
    Case(
        "invented-link",
        "data",
        "thank-you",
        (("before they reach production.", "(see https://example.org/my-post)."),),
        "grounded",
        False,
        marked="https://example.org/my-post",
    ),
    Case(
        "invented-signature",
        "chef",
        "card",
        (("Priya Nair", "Alexandra Brooks"),),
        "grounded",
        False,
        marked="Alexandra Brooks",
    ),
    Case(
        "weekday-and-month-words-are-not-names",
        "chef",
        "card",
        (("whenever it suits you.", "whenever it suits you, any Monday in April."),),
        "grounded",
        True,
    ),
    Case(
        "sentence-initial-ordinary-words",
        "nurse",
        "thank-you",
        (("My three years", "Working nights, my three years"),),
        "grounded",
        True,
    ),
    Case(
        "title-before-an-invented-name",
        "nurse",
        "thank-you",
        (("I appreciated hearing", "I appreciated hearing, as Dr. Evans said,"),),
        "grounded",
        False,
        marked="Evans",
    ),
    Case(
        "placeholder-is-proofreads-not-a-name",
        "chef",
        "card",
        (("Priya Nair", "Priya Nair\n[Your Phone Number]"),),
        "grounded",
        True,
    ),
    Case(
        "hiring-manager-invents-no-one",
        "data",
        "thank-you",
        (("Dear Priya,", "Dear Hiring Manager,"),),
        "grounded",
        True,
    ),
    Case(
        "acronym-from-the-notes",
        "warehouse",
        "offer",
        (),
        "grounded",
        True,
    ),
    Case(
        "hyphenated-number-words",
        "electrician",
        "status",
        (),
        "grounded",
        True,
    ),
]

PROMISED = [
    Case("delivers-the-lesson-plan", "teacher", "additional-info", (), "promised-actions", True),
    Case(
        "additional-info-forgets-the-promise",
        "teacher",
        "additional-info",
        (
            ("Subject: Sample lesson plan on fractions", "Subject: Following up"),
            ("As promised, I have attached a sample lesson plan on fractions.", ""),
            ("The plan uses", "My approach uses"),
        ),
        "promised-actions",
        False,
        "error",
        says="sample lesson plan on fractions",
    ),
    Case(
        "mentioned-but-not-delivered",
        "teacher",
        "additional-info",
        (
            (
                "As promised, I have attached a sample lesson plan on fractions.",
                "I keep thinking about a sample lesson plan on fractions.",
            ),
        ),
        "promised-actions",
        False,
        "error",
        says="Deliver what you promised",
    ),
    Case(
        "thank-you-forgets-the-promise-is-a-warning",
        "nurse",
        "thank-you",
        (("I have attached my ACLS certificate, as promised. ", ""),),
        "promised-actions",
        False,
        "warning",
    ),
]

ALL = (
    BREVITY
    + GRATITUDE
    + SPECIFICS
    + PRESSURE
    + PROOFREAD
    + PERSONAL
    + INTEREST
    + QUALIFICATIONS
    + CALL_TO_ACTION
    + GROUNDED
    + PROMISED
)


@pytest.mark.parametrize("case", ALL, ids=[f"{c.rule}:{c.id}" for c in ALL])
def test_rule(case: Case) -> None:
    check_case(case)


def test_ids_are_unique() -> None:
    ids = [f"{c.rule}:{c.id}" for c in ALL]
    assert len(ids) == len(set(ids))
