"""Calibration on published messages: each case is the sentence that showed a rule wrong.

The sentences come from the dev split of evals/data/published (career offices, career sites,
forums) and from issue 14; the notes are what each message implies. Facts come from the
product's own parser, as `python -m evals corpus` checks them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.checker import check_draft
from assistant.checker.text import split_message
from assistant.models import Draft, Kind, Medium, RuleResult
from assistant.notes.parse import parse_notes

DBA_NOTES = """Thu evening phone call w/ Samantha (recruiter)
Database Administrator - Angry Chocolates
- she explained the database integration project Angry is going through now
- want to learn more"""

DBA_BODY = """Dear Samantha,

Thanks for chatting with me on Thursday evening about the Database Administrator job at \
Angry Chocolates. I was especially grateful for your explanation of the database integration \
project that Angry is going through now. I'm excited to learn more.

Thanks again for your time,

Charlotte Bronte"""

INTERNSHIP_NOTES = """ABC Innovations - Design Engineer Internship
yesterday, w/ Ms. Tanner (p.tanner@abcinnovations.ca)
- she told me about the project I'd be assigned to (prototyping)
- after: read up on their prototyping process -> connects to the work I did in my previous \
internship
- still very interested
my cell 778-111-2222"""

INTERNSHIP_BODY = """Dear Ms. Tanner,

Thank you for the opportunity to meet with you yesterday. I feel like I learned a lot about the \
Design Engineer Internship role at ABC Innovations and I remain very interested in the position.

After hearing about the project I would be assigned to, I did some further research on your \
prototyping process and I can see interesting connections with the work I did in my previous \
internship. It would be exciting to build on that knowledge with your team.

Please feel free to contact me via phone at 778-111-2222 or email if there is any additional \
information I can provide. I look forward to hearing from you.

Thank you,

Marsha Stuart"""

REJECTION_NOTES = """Interviewed March 14 with Mr. Patel for Logistics Coordinator at Brightwater \
Foods; received a rejection letter promptly.
Still keen on Brightwater Foods; want to be considered for future openings."""

REJECTION_BODY = """Dear Mr. Patel,

Thanks for giving me the opportunity of an interview on March 14 for the position of Logistics \
Coordinator.

Naturally I am disappointed, and I appreciate your timely response.

I deeply appreciate the professionalism during the whole hiring process and I want to \
reiterate my strong passion towards Brightwater Foods.

Please keep me in mind when you have another opening in the near future.

Grace Holloway"""

MARKETING_NOTES = """Interview Thursday with James (hiring manager) for the Marketing \
Coordinator role at Finch & Co.
Talked about forecasting and the Q3 campaign calendar.
Me: ran three seasonal email campaigns at my last job."""


def _marketing(sentence: str) -> str:
    return (
        "Dear James,\n\nThank you for talking with me on Thursday about the Marketing "
        "Coordinator role at Finch & Co. I enjoyed our conversation about forecasting and the "
        f"Q3 campaign calendar. {sentence}\n\nBest,\nTaylor"
    )


@dataclass(frozen=True)
class Case:
    """A message, the notes it implies, and what one rule must say of it."""

    id: str
    rule: str
    body: str
    notes: str
    passed: bool
    kind: Kind = "thank-you"
    medium: Medium = "email"
    recipient: str = "James"
    subject: str | None = None
    says: str | None = None  # a phrase the rule's message must hold
    severity: str | None = None  # the severity a failure must have
    marked: str | None = None  # text a span must cover


def _check(case: Case) -> tuple[RuleResult, str]:
    draft = Draft(
        kind=case.kind,
        medium=case.medium,
        recipient=case.recipient,
        subject=case.subject,
        body=case.body,
    )
    report = check_draft(draft, parse_notes(case.notes), case.notes)
    found = report.result(case.rule)
    assert found is not None, f"{case.rule} did not run"
    return found, draft.text()


CASES = [
    # grounded: the sender's name, greetings, title-case subjects and note abbreviations.
    Case("signature-is-the-sender", "grounded", DBA_BODY, DBA_NOTES, True, recipient="Samantha"),
    Case(
        "bare-name-signature",
        "grounded",
        REJECTION_BODY,
        REJECTION_NOTES,
        True,
        kind="rejection-reply",
        recipient="Mr. Patel",
    ),
    Case(
        "dash-before-the-signature",
        "grounded",
        "I'd like to add you to my professional network on LinkedIn.\n\n\u2013 Joe Blake",
        "Jeannette (met her at the NYEBN mixer) - connect on LinkedIn",
        True,
        kind="networking",
        medium="linkedin",
        recipient="Jeannette",
    ),
    Case(
        "greeting-names-the-signer",
        "grounded",
        "Dear David,\n\nThe chance to discuss the business with you and Susan Henderson was "
        "very much appreciated.\n\nDavid R. Willford",
        "Final interview with Ronald Lando and Susan Henderson at ABC Manufacturing.",
        True,
        recipient="Ronald Lando",
    ),
    Case(
        "good-afternoon-is-a-greeting",
        "grounded",
        "Good Afternoon,\n\nThank you for meeting with me about the office assistant job.\n\n"
        "Regards,\nChris Dunn",
        "office assistant job - 2nd interview w/ Mr. Hughes\nemail Lauren Reyes",
        True,
        kind="status-follow-up",
        recipient="Lauren Reyes",
    ),
    Case(
        "follow-up-in-a-title-case-subject",
        "grounded",
        _marketing("I would be glad to share more."),
        MARKETING_NOTES,
        True,
        subject="Interview Follow-Up \u2013 Marketing Coordinator",
    ),
    Case(
        "department-spelled-out",
        "grounded",
        "Dear Ms. Smith,\n\nThank you for the offer of a research assistant position in the "
        "Department of the Interior.\n\nJoseph Brown",
        "Dept of the Interior - offer: research assistant (Ms. Raquel Smith)\n- decline",
        True,
        kind="offer-reply",
        recipient="Ms. Raquel Smith",
    ),
    Case(
        "text-speak-is-no-name",
        "grounded",
        "Hi Ms. Wells! Thx for the chat about your career path. thx again.\n\nJane",
        "info interview - Ms. Wells, animal behaviorist\n- her career path",
        True,
        kind="networking",
        medium="linkedin",
        recipient="Ms. Wells",
    ),
    Case(
        "signature-against-a-named-candidate",
        "grounded",
        _marketing("I would be glad to share more.").replace("Taylor", "Alexandra Brooks"),
        MARKETING_NOTES + "\nCandidate: Taylor Reed",
        False,
        marked="Alexandra Brooks",
    ),
    Case(
        "invented-name-in-the-body-still-fails",
        "grounded",
        _marketing("Kowalski from your team was also helpful."),
        MARKETING_NOTES,
        False,
        marked="Kowalski",
    ),
    # brevity: a greeting, a one-line closing and the signature are not body paragraphs.
    Case(
        "bare-name-is-no-paragraph",
        "brevity",
        REJECTION_BODY,
        REJECTION_NOTES,
        True,
        kind="rejection-reply",
        recipient="Mr. Patel",
    ),
    Case(
        "one-line-thanks-closing-is-no-paragraph",
        "brevity",
        REJECTION_BODY.replace(
            "\n\nGrace Holloway", "\n\nAgain, thank you very much for your time.\n\nGrace Holloway"
        ),
        REJECTION_NOTES,
        True,
        kind="rejection-reply",
        recipient="Mr. Patel",
    ),
    Case(
        "look-forward-and-thanks-closings",
        "brevity",
        REJECTION_BODY.replace(
            "\n\nGrace Holloway",
            "\n\nI look forward to hearing from you.\n\nThank you again for your time,\n"
            "Sincerely,\nGrace Holloway",
        ),
        REJECTION_NOTES,
        True,
        kind="rejection-reply",
        recipient="Mr. Patel",
    ),
    Case(
        "five-body-paragraphs-still-fail",
        "brevity",
        REJECTION_BODY.replace(
            "\n\nGrace Holloway",
            "\n\nI wish the team well with the new routes.\n\nAgain, thank you very much.\n\n"
            "Grace Holloway",
        ),
        REJECTION_NOTES,
        False,
        kind="rejection-reply",
        recipient="Mr. Patel",
        says="5 paragraphs",
    ),
    # no-pressure: context decides; the candidate's own start is not the reader's deadline.
    Case(
        "own-start-right-away",
        "no-pressure",
        _marketing("Having run campaigns like these, I could start contributing right away."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "offer-of-paperwork",
        "no-pressure",
        _marketing("Please tell me if there is any other information or paperwork you need."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "as-mentioned-in-our-conversations",
        "no-pressure",
        _marketing(
            "As I mentioned in our earlier conversations, I plan to stay for the long term."
        ),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "i-expect-a-prediction",
        "no-pressure",
        _marketing("I expect the calendar will change again after today."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "reply-right-away",
        "no-pressure",
        _marketing("Please reply right away."),
        MARKETING_NOTES,
        False,
        marked="right away",
    ),
    Case(
        "own-start-but-the-reader-decides-now",
        "no-pressure",
        _marketing("I can start right away if you decide immediately."),
        MARKETING_NOTES,
        False,
        marked="immediately",
    ),
    Case(
        "tell-me-your-decision",
        "no-pressure",
        _marketing("Please tell me your decision by Friday."),
        MARKETING_NOTES,
        False,
    ),
    Case(
        "as-i-said-in-my-last-email",
        "no-pressure",
        _marketing("As I mentioned in my last email, I am still interested."),
        MARKETING_NOTES,
        False,
        says="not answered",
    ),
    Case(
        "i-expect-to-hear",
        "no-pressure",
        _marketing("I expect to hear from you this week."),
        MARKETING_NOTES,
        False,
    ),
    # interest: said in many ways.
    Case(
        "just-the-sort-of-opportunity",
        "interest",
        _marketing("It is just the sort of opportunity I have been hoping to find."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "even-keener",
        "interest",
        _marketing("I'm now even keener on joining your team."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "natural-fit",
        "interest",
        _marketing("I believe I would be a natural fit."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "great-place-to-work",
        "interest",
        _marketing("Finch & Co. seems like a great place to work."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "a-card-may-imply-interest",
        "interest",
        "Dear Ms. Johnson:\n\nThank you for taking time to interview me during my recent visit "
        "to Wayne, Kent and Parker. I enjoyed hearing your description of the environmental "
        "practice group's needs.\n\nRegards,\nJohn Smith",
        "callback visit - Wayne, Kent and Parker (law firm)\ninterviewer: Ms. Johnson\n"
        "- she described the environmental practice group's needs",
        False,
        medium="handwritten",
        recipient="Ms. Johnson",
        severity="warning",
    ),
    Case(
        "no-interest-still-fails",
        "interest",
        _marketing("I would be glad to share more."),
        MARKETING_NOTES,
        False,
    ),
    # gratitude: text-speak thanks are thanks (proofread reports the spelling).
    Case(
        "thx-thanks",
        "gratitude",
        "Hi Ms. Wells! Thx 4 the gr8 chat about ur career path.\n\nJane",
        "info interview - Ms. Wells, animal behaviorist\n- her career path",
        True,
        kind="networking",
        medium="linkedin",
        recipient="Ms. Wells",
    ),
    Case(
        "greets-ms-wells-not-ms",
        "gratitude",
        "Hi Ms. Wells, I enjoyed the chat about your career path.\n\nJane",
        "info interview - Ms. Wells, animal behaviorist\n- her career path",
        False,
        kind="networking",
        medium="linkedin",
        recipient="Ms. Wells",
        says="thanking Ms. Wells",
    ),
    # call-to-action: continuing the conversation is an open offer.
    Case(
        "continue-the-conversation",
        "call-to-action",
        _marketing("I'm excited to continue the conversation."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "drop-you-a-line",
        "call-to-action",
        _marketing("After I contact Michelle, I will probably drop you a line via email."),
        MARKETING_NOTES + "\nNext: contact Michelle",
        True,
    ),
    # proofread: simple verb slips.
    Case(
        "follow-up-as-a-verb",
        "proofread",
        _marketing("Next week, I will follow-up with the recruiting team."),
        MARKETING_NOTES,
        False,
        says="follow up",
        marked="follow-up",
    ),
    Case(
        "follow-up-as-a-noun",
        "proofread",
        _marketing("I look forward to your follow-up."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "am-i-meet",
        "proofread",
        _marketing("Not only am I meet the job requirements, I exceed them."),
        MARKETING_NOTES,
        False,
        marked="am I meet",
    ),
    Case(
        "still-continue",
        "proofread",
        _marketing("I'm still continue to follow your campaigns."),
        MARKETING_NOTES,
        False,
        marked="I'm still continue",
    ),
    Case(
        "signature-is-not-spell-checked",
        "proofread",
        "Hi Tom,\n\nThank you so much for the offer.\n\nBest,\nPriya Shah",
        "offer from Tom\n- ask for $62,000",
        True,
        kind="offer-reply",
        recipient="Tom",
    ),
    # promised-actions: a promised link is delivered only by the link.
    Case(
        "promised-link-missing",
        "promised-actions",
        "Dear Ms. Tanner,\n\nThank you again for meeting with me on Tuesday. As promised, I am "
        "sending the link to my prototyping portfolio.\n\nThank you,\nMarsha Stuart",
        "Design Engineer Internship, Tue w/ Ms. Tanner\n- I promised to send my portfolio link\n"
        "- link: https://marshastuart.design/prototypes",
        False,
        kind="additional-info",
        recipient="Ms. Tanner",
        says="link",
    ),
    Case(
        "promised-link-given",
        "promised-actions",
        "Dear Ms. Tanner,\n\nThank you again for meeting with me on Tuesday. As promised, here is "
        "the link to my prototyping portfolio: https://marshastuart.design/prototypes\n\n"
        "Thank you,\nMarsha Stuart",
        "Design Engineer Internship, Tue w/ Ms. Tanner\n- I promised to send my portfolio link\n"
        "- link: https://marshastuart.design/prototypes",
        True,
        kind="additional-info",
        recipient="Ms. Tanner",
    ),
    # qualifications: with none filed from the notes, the strengths the message states.
    Case(
        "own-internship-from-the-notes",
        "qualifications",
        INTERNSHIP_BODY,
        INTERNSHIP_NOTES,
        True,
        recipient="Ms. Tanner",
    ),
    Case(
        "internship-credited-to-the-reader",
        "qualifications",
        INTERNSHIP_BODY.replace(
            "the work I did in my previous", "the work you did in your previous"
        ),
        INTERNSHIP_NOTES,
        False,
        recipient="Ms. Tanner",
    ),
    Case(
        "strength-not-in-the-notes",
        "qualifications",
        DBA_BODY.replace(
            "I'm excited", "My experience migrating 40 SQL Server databases would help. I'm excited"
        ),
        DBA_NOTES,
        False,
        recipient="Samantha",
    ),
    Case("no-strength-stated", "qualifications", DBA_BODY, DBA_NOTES, False, recipient="Samantha"),
    # personal: the company, even when the notes file none; placeholders name nothing.
    Case(
        "role-without-company",
        "personal",
        "Hi Maya, thank you for speaking with me today about the Customer Success Manager role. "
        "I appreciated learning about the onboarding redesign.",
        "Phone screen today with Maya for the Customer Success Manager role.\n"
        "She told me about the onboarding redesign.",
        False,
        recipient="Maya",
        says="the company",
    ),
    Case("company-from-the-notes", "personal", DBA_BODY, DBA_NOTES, True, recipient="Samantha"),
    Case(
        "company-placeholder",
        "personal",
        DBA_BODY.replace("job at \\\nAngry Chocolates", "job at [Company Name]").replace(
            "job at Angry Chocolates", "job at [Company Name]"
        ),
        DBA_NOTES,
        False,
        recipient="Samantha",
        says="[Company Name]",
    ),
    Case(
        "networking-needs-no-company",
        "personal",
        "Hi James, thanks again for the chat on Thursday about forecasting.",
        "Informal coffee chat Thursday with James about forecasting.",
        True,
        kind="networking",
        medium="linkedin",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rule}:{c.id}" for c in CASES])
def test_published_case(case: Case) -> None:
    found, text = _check(case)
    assert found.passed is case.passed, found.message
    if case.says is not None:
        assert case.says in found.message
    if case.severity is not None:
        assert found.severity == case.severity
    if case.marked is not None:
        covered = [text[start:end] for start, end in found.spans]
        assert any(case.marked in piece for piece in covered), covered


@pytest.mark.parametrize(
    ("ending", "sign_off"),
    [
        (
            "Thanks again for your time,\n\nCharlotte Bronte",
            ["Thanks again for your time,", "Charlotte Bronte"],
        ),
        ("Please keep me in mind.\n\nGrace Holloway", ["Grace Holloway"]),
        (
            "Thank you again for your time and consideration,\nSincerely,\nGrace Holloway",
            ["Thank you again for your time and consideration,", "Sincerely,", "Grace Holloway"],
        ),
        ("Hope to hear from you soon.\n\nDavid R. Willford", ["David R. Willford"]),
        ("I'd like to connect.\n\n\u2013 Joe Blake", ["\u2013 Joe Blake"]),
        # A last line that is a sentence, or that continues the one before, is content.
        ("We met on Monday and\nAna Lopez joined us.", []),
        ("Thanks for everything, Ana.", []),
    ],
)
def test_sign_off_lines(ending: str, sign_off: list[str]) -> None:
    message = split_message(f"Dear Ana,\n\nIt was good to meet you.\n\n{ending}", 0)
    assert [s.text for s in message.sentences if s.part == "sign-off"] == sign_off
