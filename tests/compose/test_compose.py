"""The deterministic composer, checked property by property against hand-built facts."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest
from spellchecker import SpellChecker

from assistant.compose import (
    ComposedParts,
    assemble,
    compose_draft,
    compose_parts,
    draft_words,
    similarity,
    text,
)
from assistant.compose.bank import BANK_PATH, load_bank
from assistant.compose.grammar import point_phrase, promise_parts, qualification_phrase
from assistant.errors import InputError, PromptError
from assistant.models import KINDS, MEDIUMS, TONES, Draft, Facts, Interviewer

# The hard limits of shared/ETIQUETTE.md, written out here so the test does not trust the
# composer's own numbers: (kind or "*", medium or "*") -> most words in the body.
HARD_WORDS = {
    ("*", "email"): 200,
    ("*", "handwritten"): 120,
    ("*", "linkedin"): 100,
    ("status-follow-up", "*"): 120,
    ("networking", "*"): 100,
}
PLACEHOLDER = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\$\w|\bXXX\b|\bNone\b|\bnull\b|  ")
THANKS = re.compile(r"\bthank|\bgrateful\b|\bappreciat", re.IGNORECASE)
SIGN_OFFS = ("sincerely", "regards", "best", "warmly", "wishes", "gratitude", "thanks", "respect")
WORD = re.compile(r"[A-Za-z0-9][\w'%:.-]*[A-Za-z0-9%]|[A-Za-z0-9]")


def hard_limit(kind: str, medium: str) -> int:
    limits = [v for (k, m), v in HARD_WORDS.items() if k in ("*", kind) and m in ("*", medium)]
    return min(limits)


_DRAFTS: dict[str, list[tuple[str, str, str, str, Draft]]] = {}


def every_draft(facts: Facts) -> list[tuple[str, str, str, str, Draft]]:
    """(kind, medium, tone, recipient, draft) for every combination and interviewer."""
    key = facts.model_dump_json()
    if key not in _DRAFTS:
        _DRAFTS[key] = _compose_all(facts)
    return _DRAFTS[key]


def _compose_all(facts: Facts) -> list[tuple[str, str, str, str, Draft]]:
    found = []
    for kind, medium, tone in itertools.product(KINDS, MEDIUMS, TONES):
        for person in facts.interviewers:
            draft = compose_draft(facts, kind=kind, medium=medium, tone=tone, recipient=person.name)
            found.append((kind, medium, tone, person.name, draft))
    return found


def body_sentences(draft: Draft) -> list[str]:
    """The sentences between the greeting and the sign-off."""
    blocks = draft.body.split("\n\n")[1:-1]
    return [s for b in blocks for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", b) if s]


def all_frames() -> list[str]:
    """Every sentence frame in the phrase bank."""
    frames: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, str):
            frames.append(item)
        elif isinstance(item, list):
            for value in item:
                walk(value)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)

    bank = load_bank().model_dump()
    for name in ("greeting", "anonymous_greeting", "signoff"):
        walk(bank[name])
    for kind in bank["kinds"].values():
        walk({k: v for k, v in kind.items() if k != "layout"})
    return frames


def facts_words(facts: Facts) -> set[str]:
    """Every word the facts hold, in lower case."""
    return {w.lower() for w in WORD.findall(facts.model_dump_json())}


def test_every_draft_keeps_the_form_rules(case_name: str, cases: dict[str, Facts]) -> None:
    facts = cases[case_name]
    for kind, medium, tone, recipient, draft in every_draft(facts):
        where = f"{case_name} {kind} {medium} {tone} {recipient}"
        text = draft.text()
        assert not PLACEHOLDER.search(text), f"{where}: placeholder in\n{text}"
        assert (draft.subject is not None) == (medium == "email"), where
        words = len(draft.body.split())
        assert words <= hard_limit(kind, medium), f"{where}: {words} words\n{text}"
        paragraphs = draft.body.split("\n\n")
        assert len(paragraphs) - 2 <= 4, f"{where}: too many paragraphs"
        sentences = body_sentences(draft)
        assert all(len(s.split()) <= 35 for s in sentences), where
        assert THANKS.search(" ".join(sentences[:2])), f"{where}: no thanks at the start\n{text}"
        assert text.count("!") <= 1, where
        assert "!!" not in text and "..." not in text and ".." not in text, where
        first_name = recipient.split()[0] if not recipient.startswith("Chef") else "Chef"
        assert first_name in paragraphs[0], f"{where}: greeting {paragraphs[0]!r}"
        assert paragraphs[-1].split("\n")[0].lower().startswith(SIGN_OFFS) or any(
            s in paragraphs[-1].lower() for s in SIGN_OFFS
        ), where
        if facts.candidate:
            assert paragraphs[-1].endswith(facts.candidate), where
        else:
            assert "\n" not in paragraphs[-1], f"{where}: a name line with no name known"
        if kind == "status-follow-up":
            assert text.count("?") == 1, f"{where}: one polite question, no more\n{text}"
        elif kind != "offer-reply":
            assert "?" not in text, f"{where}: no questions in this kind\n{text}"


def test_every_name_and_number_comes_from_the_facts(
    case_name: str, cases: dict[str, Facts]
) -> None:
    facts = cases[case_name]
    known = facts_words(facts) | {"i"}
    # A capitalised word opening a sentence is fine when a frame opens with it.
    openers = {f.split()[0].strip(",.!:;").lower() for f in all_frames()}
    for kind, medium, tone, recipient, draft in every_draft(facts):
        for line in draft.text().split("\n"):
            line = line.removeprefix("Subject: ")
            for sentence in re.split(r"(?<=[.!?:])\s+", line):
                for index, word in enumerate(WORD.findall(sentence)):
                    lower = word.lower()
                    if any(c.isdigit() for c in word):
                        assert lower in known, f"{kind} {medium} {tone}: invented figure {word}"
                    elif word[0].isupper() and lower not in known:
                        assert index == 0 and lower in openers, (
                            f"{case_name} {kind} {medium} {tone} {recipient}: "
                            f"{word!r} is not in the facts\n{draft.text()}"
                        )


def test_each_draft_names_this_recipients_points(case_name: str, cases: dict[str, Facts]) -> None:
    facts = cases[case_name]
    for kind, medium, tone, recipient, draft in every_draft(facts):
        parts = compose_parts(facts, kind=kind, medium=medium, tone=tone, recipient=recipient)
        own = facts.interviewer(recipient)
        assert own is not None
        available = len(own.discussed) + len(facts.shared_points)
        needed = 2 if kind == "thank-you" and available >= 2 else 1
        if kind == "offer-reply":
            # The offer's terms are its subject: readers faulted 21 of 23 offer replies that
            # recalled a conversation ("I really enjoyed our conversations about mileage ...").
            assert not parts.points, f"{kind} {medium} {tone}: {parts.points}"
            continue
        assert len(parts.points) >= needed, f"{kind} {medium} {tone}: {parts.points}"
        for point in parts.points:
            assert point in draft.body, f"{point!r} missing from\n{draft.body}"
        others = [p for i in facts.interviewers if i is not own for p in i.discussed]
        for point in others:
            assert point.lower() not in draft.body.lower(), f"{recipient} got {point!r}"


def test_thank_you_names_role_company_interest_and_qualifications(
    case_name: str, cases: dict[str, Facts]
) -> None:
    facts = cases[case_name]
    person = facts.interviewers[0]
    for medium, tone in itertools.product(MEDIUMS, TONES):
        draft = compose_draft(
            facts, kind="thank-you", medium=medium, tone=tone, recipient=person.name
        )
        body = draft.body.lower()
        if facts.company:
            assert facts.company.lower() in body
        if facts.role:
            assert facts.role.lower() in body
        else:
            assert "the role" in body or "your work" in body
        assert re.search(
            r"interest|excit|enthusias|keen|eager|thrilled|hoping to join"
            r"|would (love|like|welcome) (the opportunity )?to join",
            body,
        )
        assert re.search(r"\b(happy|glad|pleased|delighted) to\b", body), (
            "no open offer to continue"
        )
        if medium == "email" and facts.qualifications:
            assert any(q.split()[-1].lower() in body for q in facts.qualifications), draft.body


@pytest.mark.parametrize("kind", ["thank-you", "additional-info", "networking"])
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("medium", MEDIUMS)
def test_panel_drafts_are_measurably_different(
    kind: str, tone: str, medium: str, cases: dict[str, Facts]
) -> None:
    facts = cases["data-panel"]
    drafts = [
        compose_draft(facts, kind=kind, medium=medium, tone=tone, recipient=person.name)  # type: ignore[arg-type]
        for person in facts.interviewers
    ]
    for first, second in itertools.combinations(drafts, 2):
        ratio = similarity(first, second)
        # The checker's `distinct` rule fails above 0.6 (the composer aims at 0.5; cards now
        # open "Dear Marcus," and "Dear Elena," alike, where "Hi" and "Hello" differed).
        assert ratio < 0.6, f"{first.recipient} and {second.recipient}: {ratio:.0%} alike"


def test_tones_read_differently(case_name: str, cases: dict[str, Facts]) -> None:
    facts = cases[case_name]
    recipient = facts.interviewers[0].name
    for kind, medium in itertools.product(KINDS, MEDIUMS):
        drafts = {
            tone: compose_draft(facts, kind=kind, medium=medium, tone=tone, recipient=recipient)
            for tone in TONES
        }
        for first, second in itertools.combinations(TONES, 2):
            ratio = similarity(drafts[first], drafts[second])
            assert ratio < 0.8, f"{kind} {medium}: {first} and {second} are {ratio:.0%} alike"
        lengths = {tone: draft_words(d) for tone, d in drafts.items()}
        assert lengths["concise"] <= min(lengths.values()) + 3, f"{kind} {medium}: {lengths}"
        assert drafts["formal"].body.startswith("Dear ")
        assert "!" not in drafts["formal"].body
        assert re.search(r"!|excit|thrilled|delighted|enthusias|love", drafts["enthusiastic"].body)


def test_variants_give_new_wording(case_name: str, cases: dict[str, Facts]) -> None:
    facts = cases[case_name]
    recipient = facts.interviewers[-1].name
    for kind, medium, tone in itertools.product(KINDS, MEDIUMS, TONES):
        texts = [
            compose_draft(
                facts, kind=kind, medium=medium, tone=tone, recipient=recipient, variant=v
            ).text()
            for v in range(3)
        ]
        assert len(set(texts)) == 3, f"{kind} {medium} {tone}: a variant repeated itself"
        again = compose_draft(facts, kind=kind, medium=medium, tone=tone, recipient=recipient)
        assert again.text() == texts[0], "the composer must be deterministic"


def test_missing_facts_leave_no_trace(cases: dict[str, Facts]) -> None:
    teacher = compose_draft(
        cases["teacher-no-company"],
        kind="thank-you",
        medium="email",
        tone="warm",
        recipient="Daniel Ortiz",
    )
    assert "seventh-grade science teacher role." in teacher.body
    assert " at " not in teacher.body.split("\n\n")[1].split(".")[0]
    bare = compose_draft(
        cases["warehouse-bare"], kind="thank-you", medium="email", tone="formal", recipient="Rosa"
    )
    assert "the role" in bare.body
    assert bare.body.endswith(("Sincerely,", "Kind regards,", "Respectfully,")), bare.body
    assert bare.subject in {"Thank you for your time", "Thank you for the conversation"}


def test_unknown_recipient_gets_a_neutral_greeting(cases: dict[str, Facts]) -> None:
    facts = cases["icu-nurse"]
    named = compose_draft(facts, kind="thank-you", medium="email", tone="warm", recipient="Sam")
    assert named.body.startswith(("Hi Sam,", "Hello Sam,"))
    anonymous = compose_draft(facts, kind="thank-you", medium="email", tone="formal", recipient="")
    assert anonymous.body.startswith("Dear hiring team,")
    # With no interviewer to draw on, the notes' points still make it specific.
    assert "patient ratios 1:2 on nights" in anonymous.body


@pytest.mark.parametrize("medium", MEDIUMS)
def test_promises_are_announced_then_delivered(medium: str, cases: dict[str, Facts]) -> None:
    facts = cases["data-panel"]
    thanks = compose_draft(facts, kind="thank-you", medium=medium, tone="warm", recipient="Priya")
    assert "my dbt style guide" in thanks.body
    assert re.search(r"\bI will (send|follow up with)\b|will send", thanks.body), thanks.body
    delivered = compose_draft(
        facts, kind="additional-info", medium=medium, tone="formal", recipient="Priya Shah"
    )
    verb = {"email": "attached", "handwritten": "enclosed|included", "linkedin": "shar|included"}
    assert re.search(
        rf"({verb[medium]}).*my dbt style guide|my dbt style guide.*({verb[medium]})",
        delivered.body,
    ), delivered.body
    # The promise was made to Priya: Marcus's note does not claim it.
    other = compose_draft(facts, kind="thank-you", medium=medium, tone="warm", recipient="Marcus")
    assert "style guide" not in other.body


def test_an_unnamed_promise_reaches_the_recipient(cases: dict[str, Facts]) -> None:
    facts = cases["icu-nurse"]
    draft = compose_draft(facts, kind="thank-you", medium="email", tone="formal", recipient="Karen")
    assert "the references from my current charge nurse" in draft.body


def test_offer_reply_asks_about_the_open_terms(cases: dict[str, Facts]) -> None:
    facts = cases["line-cook"]
    for tone in TONES:
        draft = compose_draft(
            facts, kind="offer-reply", medium="email", tone=tone, recipient="Sofia Bianchi"
        )
        assert "whether the schedule includes Sunday brunch" in draft.body
        # No intent in the notes: thanks and questions, never an unasked acceptance.
        assert not re.search(r"\baccept", draft.body)
        accepted = compose_draft(
            facts.model_copy(update={"offer_intent": "accept"}),
            kind="offer-reply",
            medium="email",
            tone=tone,
            recipient="Sofia Bianchi",
        )
        assert re.search(r"\baccept", accepted.body)
        # The notes call her "Chef Bianchi": every tone greets her so, never "Hi Sofia".
        assert draft.body.startswith("Dear Chef Bianchi,"), draft.body


def test_rejection_reply_is_gracious(cases: dict[str, Facts]) -> None:
    facts = cases["icu-nurse"]
    for tone in TONES:
        draft = compose_draft(
            facts, kind="rejection-reply", medium="email", tone=tone, recipient="Karen Liu"
        )
        assert draft.body.split("\n\n")[1].startswith("Thank")
        assert "feedback" in draft.body.lower()
        assert not re.search(r"\b(but|unfair|disagree|reconsider)\b", draft.body, re.I)


def test_status_follow_up_mentions_the_timeline_when_there_is_room(
    cases: dict[str, Facts],
) -> None:
    # "next week" is said from the day of the interview: quoted in a follow-up it needs the
    # date it meant (issue 15), so the timeline here is one that reads the same afterwards.
    facts = cases["teacher-no-company"].model_copy(update={"decision_timeline": "within two weeks"})
    draft = compose_draft(
        facts, kind="status-follow-up", medium="email", tone="concise", recipient="Daniel"
    )
    assert "within two weeks" in draft.body, draft.body
    assert draft.body.count("?") == 1


def test_hybrid_parts_take_model_sentences(cases: dict[str, Facts]) -> None:
    facts = cases["data-panel"]
    parts = compose_parts(facts, kind="thank-you", medium="email", tone="warm", recipient="Marcus")
    assert isinstance(parts, ComposedParts)
    assert parts.points == ["the Kafka ingestion backlog", "partitioning strategy for events"]
    assert len(parts.specific_sentences) == len(parts.points)
    written = ["The Kafka ingestion backlog sounds like a great puzzle.", "I liked the plan."]
    hybrid = assemble(parts.model_copy(update={"specific_sentences": written}))
    original = assemble(parts)
    assert all(s in hybrid.body for s in written)
    assert not any(s in hybrid.body for s in parts.specific_sentences)
    assert hybrid.subject == original.subject
    assert hybrid.body.split("\n\n")[0] == original.body.split("\n\n")[0]
    assert hybrid.body.split("\n\n")[-1] == original.body.split("\n\n")[-1]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "thank-you-card", "message kind"),
        ("medium", "fax", "medium"),
        ("tone", "sarcastic", "tone"),
        ("variant", -1, "variant"),
    ],
)
def test_bad_choices_are_input_errors(
    field: str, value: object, message: str, cases: dict[str, Facts]
) -> None:
    arguments: dict[str, Any] = {
        "kind": "thank-you",
        "medium": "email",
        "tone": "warm",
        "recipient": "Karen",
        "variant": 0,
    }
    arguments[field] = value
    with pytest.raises(InputError, match=message):
        compose_draft(cases["icu-nurse"], **arguments)


def test_bank_frames_are_spelled_and_name_nothing() -> None:
    checker = SpellChecker()
    for frame in all_frames():
        words = re.findall(r"\$\w+|[A-Za-z]+", frame)
        plain = [w for w in words if not w.startswith("$")]
        unknown = checker.unknown(w.lower() for w in plain)
        assert not unknown, f"{frame!r}: not dictionary words {unknown}"
        assert not re.search(r"\d", frame), f"{frame!r} holds a number"
        assert "'" not in frame, f"{frame!r}: contractions are spelled out"
        for sentence in re.split(r"(?<=[.!?:;])\s+", frame):
            for word in re.findall(r"(?<!\$)\b[A-Za-z]+", sentence)[1:]:
                assert word == "I" or word.islower(), f"{frame!r}: capitalised {word!r}"


@pytest.mark.parametrize(
    ("point", "phrase"),
    [
        ("Migrating the nightly ETL to dbt.", "migrating the nightly ETL to dbt"),
        ("rapid response call on night shift", "the rapid response call on night shift"),
        ("project-based learning", "project-based learning"),
        ("usability tests with older adults", "usability tests with older adults"),
        ("construction administration", "construction administration"),
        ("talked about the spring menu tasting", "the spring menu tasting"),
        ("- About about the budget;", "the budget"),
        ("asked how I handle a code blue", "how I handle a code blue"),
        ("role-played a call with a buyer", "role-playing a call with a buyer"),
        ("40% drop-off on the insurance step", "40% drop-off on the insurance step"),
        ("pt ratios 1:4 on nights", "pt ratios 1:4 on nights"),
        ("OSHA 10 card", "the OSHA 10 card"),
        ("[Name]'s project", ""),
    ],
)
def test_points_become_phrases(point: str, phrase: str) -> None:
    assert point_phrase(point) == phrase


@pytest.mark.parametrize(
    ("qualification", "phrase"),
    [
        ("I led the sepsis screening audit", "having led the sepsis screening audit"),
        ("ran the weekly coordination meeting", "having run the weekly coordination meeting"),
        ("eight years of cardiac nursing", "eight years of cardiac nursing"),
        ("advanced cardiac life support", "advanced cardiac life support"),
    ],
)
def test_qualifications_become_list_items(qualification: str, phrase: str) -> None:
    assert qualification_phrase(qualification) == phrase


@pytest.mark.parametrize(
    ("action", "parts"),
    [
        ("send Lena my preceptor checklist", ("send", "my preceptor checklist")),
        ("send link to my talk on retry budgets", ("send", "the link to my talk on retry budgets")),
        ("references", ("send", "the references")),
        ("I will email her the writing sample", ("send", "the writing sample")),
        (
            "check my availability for a second round",
            ("do", "check my availability for a second round"),
        ),
    ],
)
def test_promises_split_into_things_and_tasks(action: str, parts: tuple[str, str]) -> None:
    assert promise_parts(action, ["Lena Cho"]) == parts


def test_placeholders_and_long_notes_never_reach_the_draft() -> None:
    facts = Facts(
        candidate="[Your Name]",
        company="[Company]",
        role="<role>",
        interviewers=[
            Interviewer(
                name="Ana Ruiz",
                discussed=[
                    "[Name]'s project",
                    "the plan to move every nightly batch job from cron on the old cluster into "
                    "Airflow on Kubernetes, which will take most of the coming year",
                    "the on-call handbook",
                ],
            )
        ],
        promised_actions=["send {doc}"],
        qualifications=["XXX years of Python", "mentoring"],
    )
    for kind, medium, tone in itertools.product(KINDS, MEDIUMS, TONES):
        draft = compose_draft(facts, kind=kind, medium=medium, tone=tone, recipient="Ana Ruiz")
        assert not PLACEHOLDER.search(draft.text()), draft.text()
        assert all(len(s.split()) <= 35 for s in body_sentences(draft)), draft.text()
        assert "Company" not in draft.text() and "Python" not in draft.text()


def test_a_company_ending_in_an_abbreviation_never_ends_a_sentence() -> None:
    # "... at Brightwater Coffee Co. I was ..." reads as one sentence to a splitter.
    facts = Facts(
        candidate="Elena Vasquez",
        company="Brightwater Coffee Co.",
        role="Marketing Manager",
        interviewers=[Interviewer(name="Karen Doyle", discussed=["loyalty app relaunch"])],
    )
    for kind, medium, tone in itertools.product(KINDS, MEDIUMS, TONES):
        draft = compose_draft(facts, kind=kind, medium=medium, tone=tone, recipient="Karen")
        assert "Brightwater Coffee" in draft.body
        assert not re.search(r"\bCo\.", draft.text()), draft.text()


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (lambda text: text.replace("$point.", "$pointt.", 1), "unknown variable"),
        (lambda text: text.replace("distinct_target: 0.5", "distinct_target: high"), "distinct"),
        (
            lambda text: text.replace("  networking:\n    layout", "  networkin:\n    layout"),
            "kind",
        ),
        (lambda text: text + "\n  - [unbalanced", "phrase bank"),
    ],
)
def test_a_broken_phrase_bank_is_a_prompt_error(
    mutation: Any, message: str, tmp_path: Path
) -> None:
    broken = tmp_path / "compose.yaml"
    broken.write_text(mutation(BANK_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(PromptError, match=message):
        load_bank(broken)


def test_assemble_keeps_one_exclamation_mark(cases: dict[str, Facts]) -> None:
    parts = compose_parts(
        cases["icu-nurse"], kind="thank-you", medium="email", tone="enthusiastic", recipient="Karen"
    )
    loud = parts.model_copy(update={"specific_sentences": ["I loved it!", "Truly!!"]})
    body = assemble(loud).body
    assert body.count("!") == 1 and "!!" not in body
    assert "Truly." in body


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Ops Manager", "the Operations Manager role at Cerro Morado"),
        ("resettlement case mgr", "the resettlement case manager role at Cerro Morado"),
        ("Sr. Data Engineer", "the Senior Data Engineer role at Cerro Morado"),
        ("Case Manager", "the Case Manager role at Cerro Morado"),
    ],
)
def test_a_job_title_is_written_out(role: str, said: str) -> None:
    """Writers zv4 and zv5: the shorthand of a title is not what a letter says."""
    assert text.position_phrase(role, "Cerro Morado") == said


@pytest.mark.parametrize(
    ("written", "said"),
    [("27/11", "27 November"), ("11/27", "November 27"), ("11/12", "11/12"), ("Friday", "Friday")],
)
def test_a_date_is_written_in_words_when_it_reads_one_way(written: str, said: str) -> None:
    assert text.date_in_words(written) == said
