"""Hand-built facts for the composer's tests: several professions, some facts missing."""

from __future__ import annotations

import pytest

from assistant.models import Facts, Interviewer

CASES: dict[str, Facts] = {
    # A panel of three, each with their own points; a promise made to one of them.
    "data-panel": Facts(
        candidate="Jordan Lee",
        company="Northwind Analytics",
        role="Data Engineer",
        interviewers=[
            Interviewer(
                name="Priya Shah",
                title="Engineering Manager",
                discussed=[
                    "Migrating the nightly ETL to dbt",
                    "on-call rotation for the data platform",
                    "data quality checks in Great Expectations",
                ],
            ),
            Interviewer(
                name="Marcus Webb",
                title="Senior Data Engineer",
                discussed=["the Kafka ingestion backlog", "partitioning strategy for events"],
            ),
            Interviewer(
                name="Elena Garcia",
                title="Analytics Lead",
                discussed=[
                    "self-serve dashboards for the sales team",
                    "how analysts request tables",
                ],
            ),
        ],
        qualifications=["five years with Airflow", "I led the warehouse migration to Snowflake"],
        promised_actions=["send Priya my dbt style guide"],
        decision_timeline="within two weeks",
    ),
    "icu-nurse": Facts(
        candidate="Dana Whitfield",
        company="Mercy General Hospital",
        role="ICU Registered Nurse",
        interviewers=[
            Interviewer(
                name="Karen Liu",
                title="Nurse Manager",
                discussed=["pt ratios 1:2 on nights", "the early warning score for sepsis"],
            )
        ],
        qualifications=["CCRN certification", "six years in a surgical ICU"],
        promised_actions=["references from my current charge nurse"],
        decision_timeline="by the end of the month",
    ),
    "line-cook": Facts(
        candidate="Marco Rossi",
        company="Osteria Lume",
        role="Sous Chef",
        interviewers=[
            Interviewer(
                name="Chef Sofia Bianchi",
                discussed=["the spring menu tasting", "whole-animal butchery with less waste"],
            )
        ],
        qualifications=["ServSafe certification"],
        outstanding_questions=["whether the schedule includes Sunday brunch"],
    ),
    # No company: nothing may say "at [Company]".
    "teacher-no-company": Facts(
        candidate="Grace Mensah",
        role="Seventh-grade science teacher",
        interviewers=[
            Interviewer(
                name="Daniel Ortiz",
                title="Principal",
                discussed=["demonstration lesson on plate tectonics", "project-based learning"],
            )
        ],
        qualifications=["organized a science fair with forty entries"],
    ),
    # No role and no candidate name; a point not tied to the interviewer.
    "electrician-no-role": Facts(
        company="Keller Electric",
        interviewers=[
            Interviewer(name="Frank Keller", discussed=["the solar install crew on rooftops"])
        ],
        shared_points=["OSHA 10 card"],
        qualifications=["wired a garage under supervision"],
    ),
    # No company, role or candidate name; something promised.
    "warehouse-bare": Facts(
        interviewers=[
            Interviewer(
                name="Rosa Delgado",
                discussed=[
                    "cycle counts on the night shift",
                    "reducing mis-picks with scanner audits",
                ],
            )
        ],
        qualifications=["trained twelve new pickers"],
        promised_actions=["send my forklift certification"],
    ),
    # An informal coffee chat: no role.
    "designer-coffee": Facts(
        candidate="Chloe Martin",
        company="Lumen Health",
        interview_format="coffee chat",
        interviewers=[
            Interviewer(
                name="Ben Adeyemi",
                title="Head of Design",
                discussed=["usability tests with older adults", "moving from agency work in-house"],
            )
        ],
        qualifications=["redesigned a clinic booking flow"],
    ),
}


def render_notes(facts: Facts) -> str:
    """A plain-text rendering of the facts, standing in for the notes they came from."""
    lines = [
        f"Me: {facts.candidate}" if facts.candidate else "",
        f"Company: {facts.company}" if facts.company else "",
        f"Role: {facts.role}" if facts.role else "",
        f"Format: {facts.interview_format}" if facts.interview_format else "",
    ]
    for person in facts.interviewers:
        title = f" ({person.title})" if person.title else ""
        lines.append(f"{person.name}{title}:")
        lines.extend(f"- {point}" for point in person.discussed)
    lines.extend(f"- {point}" for point in facts.shared_points)
    if facts.qualifications:
        lines.append("Strengths that came up: " + "; ".join(facts.qualifications))
    lines.extend(f"I promised to {action}" for action in facts.promised_actions)
    if facts.decision_timeline:
        lines.append(f"Next steps: they will decide {facts.decision_timeline}")
    lines.extend(f"Question: {q}" for q in facts.outstanding_questions)
    return "\n".join(line for line in lines if line) + "\n"


@pytest.fixture
def cases() -> dict[str, Facts]:
    """Fresh copies of the hand-built facts."""
    return {name: facts.model_copy(deep=True) for name, facts in CASES.items()}


@pytest.fixture
def cases_with_notes() -> dict[str, tuple[Facts, str]]:
    """Each hand-built case with a plain-text rendering of it as its notes."""
    return {
        name: (facts.model_copy(deep=True), render_notes(facts)) for name, facts in CASES.items()
    }


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run any test that takes `case_name` once per hand-built case."""
    if "case_name" in metafunc.fixturenames:
        metafunc.parametrize("case_name", list(CASES))
