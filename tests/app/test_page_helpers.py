"""Page helpers: the facts form round trip and the escaped, highlighted report HTML."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from pydantic import SecretStr

from assistant.models import CheckReport, Facts, Interviewer, RuleResult
from assistant.settings import BackendSettings
from assistant.ui.facts import (
    DATE_FIELD,
    facts_to_form,
    form_to_facts,
    missing_facts,
    row_key,
)
from assistant.ui.labels import tones_line
from assistant.ui.model import key_note, model_signature
from assistant.ui.report import highlight_html, report_html, report_summary

FACTS = Facts(
    candidate="Sam Lee",
    company="Acme",
    role="Data Engineer",
    interview_date=dt.date(2026, 11, 20),
    interview_format="panel",
    interviewers=[
        Interviewer(name="Priya Shah", title="Staff Engineer", discussed=["Kafka", "on-call"]),
        Interviewer(name="Tom Ng", email="tom@acme.example"),
    ],
    promised_actions=["send code samples"],
    decision_timeline="within two weeks",
    outstanding_questions=["team size?"],
)


def test_facts_survive_the_form_round_trip() -> None:
    values, rows = facts_to_form(FACTS)
    assert len(rows) == 2 and len(set(rows)) == 2
    assert values[row_key(rows[0], "discussed")] == "Kafka\non-call"
    assert form_to_facts(values, rows, base=FACTS) == FACTS
    # Fields the form does not edit come from the base facts.
    assert form_to_facts(values, rows).interview_format is None


def test_form_edits_become_facts() -> None:
    values, rows = facts_to_form(FACTS)
    values["fact_candidate"] = "  Samantha Lee "
    values["fact_company"] = "   "
    values[DATE_FIELD] = None
    values["fact_promised"] = "- send code samples\n\n* send references\n"
    values[row_key(rows[1], "name")] = ""
    facts = form_to_facts(values, rows, base=FACTS)
    assert facts.candidate == "Samantha Lee"
    assert facts.company is None
    assert facts.interview_date is None
    assert facts.promised_actions == ["send code samples", "send references"]
    assert [p.name for p in facts.interviewers] == ["Priya Shah"]
    assert FACTS.company == "Acme", "the base facts must not change"


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (FACTS, ["what you discussed with Tom Ng"]),
        (
            Facts(),
            [
                "your name (the candidate)",
                "the company",
                "the role",
                "the interview date",
                "any interviewer",
            ],
        ),
    ],
)
def test_missing_facts_are_flagged(facts: Facts, expected: list[str]) -> None:
    assert missing_facts(facts) == expected


def failing(rule: str, spans: list[tuple[int, int]], severity: str = "error") -> RuleResult:
    return RuleResult(
        rule=rule, passed=False, severity=severity, message=f"{rule} <b>bad</b>", spans=spans
    )  # type: ignore[arg-type]


def test_script_in_a_draft_is_shown_as_text() -> None:
    text = "Subject: Hi\n\n<script>alert('x')</script> & thanks"
    report = CheckReport(results=[failing("proofread", [(13, 21)])])
    out = highlight_html(text, report)
    assert "<script>" not in out
    assert "&lt;<mark" not in out
    assert '<mark class="rule-error" title="proofread"' in out
    assert "&lt;script&gt;" in out
    assert "&amp; thanks" in out
    assert "\n" not in out


def test_overlapping_spans_are_marked_once_each_piece() -> None:
    text = "abcdefghij"
    report = CheckReport(
        results=[
            failing("brevity", [(0, 6)], "warning"),
            failing("grounded", [(4, 8)]),
            RuleResult(
                rule="gratitude", passed=True, severity="error", message="ok", spans=[(0, 10)]
            ),
            failing("proofread", [(8, 99), (5, 5)]),
        ]
    )
    out = highlight_html(text, report)
    assert '<mark class="rule-warning" title="brevity" style="' in out
    assert 'title="brevity, grounded"' in out
    assert 'title="grounded"' in out
    assert 'title="proofread"' in out
    assert "gratitude" not in out
    # Marks wrap the text and never drop or repeat a character.
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_report_html_escapes_and_orders_failures_first() -> None:
    report = CheckReport(
        results=[
            RuleResult(rule="gratitude", passed=True, severity="error", message="thanks first"),
            failing("call-to-action", [], "warning"),
            failing("grounded", []),
        ]
    )
    out = report_html(report)
    assert "<b>bad</b>" not in out and "&lt;b&gt;bad&lt;/b&gt;" in out
    order = [
        out.index(f'data-rule="{rule}"') for rule in ("grounded", "call-to-action", "gratitude")
    ]
    assert order == sorted(order)
    assert out.count("FAIL") == 1 and out.count("WARN") == 1 and out.count("PASS") == 1
    assert report_summary(report) == "needs changes: 1 of 3 rules pass, 1 error, 1 warning"


@pytest.mark.parametrize(
    ("base_url", "expected_name", "expected_state"),
    [
        (None, "OPENAI_API_KEY", "set"),
        ("https://api.openai.com/v1", "OPENAI_API_KEY", "set"),
        # A custom server never gets the OpenAI key: with no server key, none is set.
        ("http://127.0.0.1:8080/v1", "ASSISTANT_SERVER_KEY", "not set"),
    ],
)
def test_key_note_and_signature_never_hold_the_key(
    base_url: str | None, expected_name: str, expected_state: str
) -> None:
    secret = "sk-test-helpers-SECRET-42"
    settings = BackendSettings(backend="openai", base_url=base_url, api_key=SecretStr(secret))
    note = key_note(settings)
    assert f"API key: {expected_state} ({expected_name}" in note
    signature = model_signature(settings)
    assert secret not in note and secret not in repr(signature)
    changed = settings.model_copy(update={"api_key": SecretStr(secret + "x")})
    assert (model_signature(changed) != signature) == (expected_state == "set")


@pytest.mark.parametrize(
    ("tones", "expected"),
    [
        ([], "Choose at least one tone."),
        (["warm"], "Each recipient gets one warm draft."),
        (["warm", "formal"], "Each recipient gets 2 drafts side by side: warm and formal."),
        (
            ["formal", "concise", "enthusiastic"],
            "Each recipient gets 3 drafts side by side: formal, concise and enthusiastic.",
        ),
    ],
)
def test_the_tones_line_says_what_generate_makes(tones: list[str], expected: str) -> None:
    assert tones_line(tones) == expected
