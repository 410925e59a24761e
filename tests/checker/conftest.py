"""Interviews from several trades, with notes, hand-built facts and drafts that pass."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.models import Draft, Facts, Interviewer, Kind, Medium


@dataclass(frozen=True)
class Scenario:
    """One interview: what the notes say and drafts a careful candidate would send."""

    notes: str
    facts: Facts
    drafts: dict[str, tuple[Kind, Medium, str, str]] = field(default_factory=dict)

    def draft(self, name: str, text: str | None = None) -> Draft:
        """The named draft (or `text` in its place), split into subject and body."""
        kind, medium, recipient, original = self.drafts[name]
        return make_draft(text if text is not None else original, kind, medium, recipient)


def make_draft(text: str, kind: Kind, medium: Medium, recipient: str) -> Draft:
    subject = None
    if text.startswith("Subject: "):
        first, _, text = text.partition("\n\n")
        subject = first.removeprefix("Subject: ")
    return Draft(kind=kind, medium=medium, recipient=recipient, subject=subject, body=text)


DATA = Scenario(
    notes="""Interview for Senior Data Engineer at Acme Analytics, Nov 2 2026. Me: Jordan Lee.
Panel:
1. Priya Raman (Head of Data) - talked about the dbt migration and how they test models;
   she asked about my Airflow experience. Their repo: https://github.com/acme/dbt-tests
2. Marcus Webb (Platform lead) - on-call rotation, the Kafka ingestion backlog, 3 engineers.
Qualifications: 5 years building data pipelines; led a Snowflake cost cut of 30%.
Promised: send Priya my write-up on data contracts.
Decision in two weeks.""",
    facts=Facts(
        candidate="Jordan Lee",
        company="Acme Analytics",
        role="Senior Data Engineer",
        interview_date=dt.date(2026, 11, 2),
        interviewers=[
            Interviewer(
                name="Priya Raman",
                title="Head of Data",
                discussed=[
                    "the dbt migration and how they test models",
                    "my Airflow experience",
                ],
            ),
            Interviewer(
                name="Marcus Webb",
                title="Platform lead",
                discussed=["the on-call rotation", "the Kafka ingestion backlog"],
            ),
        ],
        qualifications=["5 years building data pipelines", "led a Snowflake cost cut of 30%"],
        promised_actions=["send Priya my write-up on data contracts"],
        decision_timeline="two weeks",
    ),
    drafts={
        "thank-you": (
            "thank-you",
            "email",
            "Priya Raman",
            """Subject: Thank you - Senior Data Engineer interview

Dear Priya,

Thank you for taking the time to speak with me on November 2nd about the Senior Data \
Engineer role at Acme Analytics. I especially enjoyed hearing how your team is handling the \
dbt migration and how you test models before they reach production.

Our conversation about my Airflow experience made me even more excited about the role. Over \
the past five years I have built data pipelines much like the ones you described.

As promised, I have attached my write-up on data contracts. I'd be happy to share more if \
that would help.

Best regards,
Jordan Lee""",
        ),
        "thank-you-marcus": (
            "thank-you",
            "email",
            "Marcus Webb",
            """Subject: Thanks for the platform conversation

Hi Marcus,

Thanks for walking me through the on-call rotation and the Kafka ingestion backlog on \
Monday; it was the most candid part of my day at Acme Analytics.

Clearing an ingestion backlog is work I enjoy, and I led a Snowflake cost cut of 30% last \
year by tackling a similar queue. I am keen to help your three engineers get ahead of it as \
the next Senior Data Engineer.

The write-up on data contracts I promised Priya covers this as well. If you have any \
questions, feel free to reach out.

All the best,
Jordan Lee""",
        ),
        "networking": (
            "networking",
            "linkedin",
            "Marcus Webb",
            """Hi Marcus, thanks again for the candid chat about the on-call rotation at Acme \
Analytics. I keep thinking about your Kafka ingestion backlog and how you might break it up. \
Would be glad to stay in touch here.

Jordan""",
        ),
    },
)

NURSE = Scenario(
    notes="""Candidate: Dana Whitfield. Registered Nurse, cardiac step-down unit,
St. Mary's Hospital. Interviewed Tuesday 2026-03-03.
Angela Ortiz, Nurse Manager: the 5:1 patient ratio on the unit; how the unit handles sepsis
screening at triage; asked about my telemetry experience.
Marcus Bell, Charge Nurse: night shift handoffs; the new Epic charting workflow.
My strengths: three years in telemetry; BLS and ACLS certified.
I promised to send my ACLS certificate. They decide by March 13.""",
    facts=Facts(
        candidate="Dana Whitfield",
        company="St. Mary's Hospital",
        role="Registered Nurse",
        interview_date=dt.date(2026, 3, 3),
        interviewers=[
            Interviewer(
                name="Angela Ortiz",
                title="Nurse Manager",
                discussed=[
                    "the 5:1 patient ratio on the unit",
                    "how the unit handles sepsis screening at triage",
                ],
            ),
            Interviewer(
                name="Marcus Bell",
                title="Charge Nurse",
                discussed=["night shift handoffs", "the new Epic charting workflow"],
            ),
        ],
        qualifications=["three years in telemetry", "BLS and ACLS certified"],
        promised_actions=["send my ACLS certificate"],
        decision_by=dt.date(2026, 3, 13),
    ),
    drafts={
        "thank-you": (
            "thank-you",
            "email",
            "Angela Ortiz",
            """Subject: Thank you for the Registered Nurse interview

Dear Angela,

Thank you for meeting with me on Tuesday about the Registered Nurse position at St. Mary's \
Hospital. I appreciated hearing how the unit keeps its 5:1 patient ratio, and how the unit \
handles sepsis screening at triage.

My three years in telemetry have prepared me well for that pace. I am very interested in \
joining the cardiac step-down unit.

I have attached my ACLS certificate, as promised. Please let me know if I can share \
anything else.

Warm regards,
Dana Whitfield""",
        ),
        "status": (
            "status-follow-up",
            "email",
            "Angela Ortiz",
            """Subject: Registered Nurse position

Dear Angela,

Thank you again for the interview on March 3. I am still very interested in the Registered \
Nurse position at St. Mary's Hospital, especially after our talk about sepsis screening at \
triage.

Is there any update on the timeline for a decision? I am happy to send anything else \
that would help.

Best,
Dana Whitfield""",
        ),
    },
)

ELECTRICIAN = Scenario(
    notes="""Electrician Apprentice interview - Brightline Electric. Me: Luis Ortega.
Tom Novak (foreman): conduit bending on the hospital retrofit job, lockout/tagout.
Rita Chen (training coordinator): the four-year apprenticeship schedule, night classes at
the union hall. Decision by March 14.
Strengths: OSHA 10 card, two summers wiring residential basements.""",
    facts=Facts(
        candidate="Luis Ortega",
        company="Brightline Electric",
        role="Electrician Apprentice",
        interviewers=[
            Interviewer(
                name="Tom Novak",
                title="Foreman",
                discussed=["conduit bending on the hospital retrofit job", "lockout/tagout"],
            ),
            Interviewer(
                name="Rita Chen",
                title="Training Coordinator",
                discussed=[
                    "the four-year apprenticeship schedule",
                    "night classes at the union hall",
                ],
            ),
        ],
        qualifications=["OSHA 10 card", "two summers wiring residential basements"],
        decision_by=dt.date(2026, 3, 14),
    ),
    drafts={
        "status": (
            "status-follow-up",
            "email",
            "Rita Chen",
            """Subject: Following up on the Electrician Apprentice position

Hi Rita,

Thank you again for talking with me about the Electrician Apprentice position at \
Brightline Electric. I enjoyed learning about the four-year apprenticeship schedule and the \
night classes at the union hall.

Since you planned to decide by March 14, I wanted to check in. I remain very interested in \
the apprenticeship and would be happy to answer any questions.

Best,
Luis Ortega""",
        ),
        "thank-you-card": (
            "thank-you",
            "handwritten",
            "Tom Novak",
            """Dear Tom,

Thank you for showing me the conduit bending on the hospital retrofit job, and for the \
straight talk about lockout/tagout. Two summers wiring residential basements taught me how \
much that discipline matters.

I am excited about the apprenticeship at Brightline Electric and would be glad to answer \
anything else.

Sincerely,
Luis Ortega""",
        ),
    },
)

CHEF = Scenario(
    notes="""Sous Chef tryout at Olive & Thyme on Saturday. Candidate: Priya Nair.
Marco Ruiz (Executive Chef) - the new seasonal tasting menu; running the pass on Friday
nights. I have five years on a 120-cover line and I'm ServSafe certified.""",
    facts=Facts(
        candidate="Priya Nair",
        company="Olive & Thyme",
        role="Sous Chef",
        interviewers=[
            Interviewer(
                name="Marco Ruiz",
                title="Executive Chef",
                discussed=["the new seasonal tasting menu", "running the pass on Friday nights"],
            )
        ],
        qualifications=["five years on a 120-cover line", "ServSafe certified"],
    ),
    drafts={
        "card": (
            "thank-you",
            "handwritten",
            "Marco Ruiz",
            """Dear Marco,

Thank you for the tasting on Saturday. I loved hearing about the new seasonal tasting menu \
and what it takes to run the pass on a busy Friday night.

Five years on a 120-cover line taught me to stay calm under pressure, and I am excited \
about the Sous Chef role at Olive & Thyme.

I would be happy to come in for a trial shift whenever it suits you.

With gratitude,
Priya Nair""",
        ),
    },
)

TEACHER = Scenario(
    notes="""Year 4 Teacher interview, Riverside Primary School. Sam Patel (me).
Helen Park, Head Teacher: the school's reading recovery programme; phonics screening results.
James Okafor, Deputy Head: behaviour policy; the outdoor learning days.
Promised Helen: send a sample lesson plan on fractions.
My strengths: small-group reading interventions, forest school training.""",
    facts=Facts(
        candidate="Sam Patel",
        company="Riverside Primary School",
        role="Year 4 Teacher",
        interviewers=[
            Interviewer(
                name="Helen Park",
                title="Head Teacher",
                discussed=["the school's reading recovery programme", "phonics screening results"],
            ),
            Interviewer(
                name="James Okafor",
                title="Deputy Head",
                discussed=["behaviour policy", "the outdoor learning days"],
            ),
        ],
        qualifications=["small-group reading interventions", "forest school training"],
        promised_actions=["send a sample lesson plan on fractions"],
    ),
    drafts={
        "additional-info": (
            "additional-info",
            "email",
            "Helen Park",
            """Subject: Sample lesson plan on fractions

Dear Helen,

Thank you again for the conversation about the Year 4 Teacher post at Riverside Primary \
School. As promised, I have attached a sample lesson plan on fractions.

The plan uses the small-group reading interventions I described, adapted for maths, so it \
fits alongside your reading recovery programme. I remain very interested in the role and in \
the organisation's approach.

I would be glad to talk through any part of it.

Kind regards,
Sam Patel""",
        ),
        "rejection": (
            "rejection-reply",
            "email",
            "James Okafor",
            """Subject: Re: Year 4 Teacher post

Dear James,

Thank you for letting me know, and for the time you and Helen gave me at Riverside Primary \
School. I enjoyed our conversation about the outdoor learning days.

If you have a moment, I would welcome any feedback on my interview for the Year 4 post. I \
hope our paths cross again.

Best wishes,
Sam Patel""",
        ),
    },
)

WAREHOUSE = Scenario(
    notes="""Warehouse Shift Lead - Northgate Logistics. Candidate Jordan Reyes.
Denise Carter, Operations Manager: cutting mis-picks on the night shift; the new WMS
scanners. Offer came in: $24.50/hour, start date June 3.
Strengths: led a 12-person pick team; forklift certified.""",
    facts=Facts(
        candidate="Jordan Reyes",
        company="Northgate Logistics",
        role="Warehouse Shift Lead",
        interviewers=[
            Interviewer(
                name="Denise Carter",
                title="Operations Manager",
                discussed=["cutting mis-picks on the night shift", "the new WMS scanners"],
            )
        ],
        qualifications=["led a 12-person pick team", "forklift certified"],
    ),
    drafts={
        "offer": (
            "offer-reply",
            "email",
            "Denise Carter",
            """Subject: Re: Offer for Warehouse Shift Lead

Hi Denise,

Thank you so much for the offer for the Warehouse Shift Lead position at Northgate \
Logistics. I am delighted to accept the offer at $24.50 an hour.

I am looking forward to helping the night shift cut mis-picks with the new WMS scanners. \
Could you confirm the start date of June 3 in writing?

Please let me know if you need anything else from me before then.

Best regards,
Jordan Reyes""",
        ),
    },
)

SCENARIOS = {
    "data": DATA,
    "nurse": NURSE,
    "electrician": ELECTRICIAN,
    "chef": CHEF,
    "teacher": TEACHER,
    "warehouse": WAREHOUSE,
}
