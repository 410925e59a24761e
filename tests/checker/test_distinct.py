"""`distinct` across a panel: notes to different interviewers are not copies."""

from __future__ import annotations

from assistant.checker import check_draft, check_drafts
from assistant.models import Draft

from .conftest import DATA, NURSE


def _copy_for(draft: Draft, name: str, first: str, old_first: str) -> Draft:
    return draft.model_copy(
        update={"recipient": name, "body": draft.body.replace(old_first, first)}
    )


def test_different_notes_to_a_panel_pass() -> None:
    drafts = [DATA.draft("thank-you"), DATA.draft("thank-you-marcus")]
    reports = check_drafts(drafts, DATA.facts, DATA.notes)
    for report in reports:
        distinct = report.result("distinct")
        assert distinct is not None and distinct.passed, distinct


def test_the_same_note_with_the_name_swapped_fails_on_both() -> None:
    priya = DATA.draft("thank-you")
    marcus = _copy_for(priya, "Marcus Webb", "Marcus", "Priya")
    reports = check_drafts([priya, marcus], DATA.facts, DATA.notes)
    for report, draft, other in zip(reports, (priya, marcus), ("Marcus", "Priya"), strict=True):
        distinct = report.result("distinct")
        assert distinct is not None and not distinct.passed
        assert distinct.severity == "error"
        assert f"the note to {other}" in distinct.message
        assert distinct.spans, "the copied passages are marked"
        for start, end in distinct.spans:
            assert draft.text()[start:end] in draft.text()
    # The copy to Marcus also fails specifics: it talks about Priya's conversation.
    specifics = reports[1].result("specifics")
    assert specifics is not None and not specifics.passed


def test_lightly_reworded_copy_still_fails() -> None:
    priya = NURSE.draft("thank-you")
    body = priya.body.replace("Angela", "Marcus").replace("I appreciated", "I enjoyed")
    marcus = priya.model_copy(update={"recipient": "Marcus Bell", "body": body})
    reports = check_drafts([priya, marcus], NURSE.facts, NURSE.notes)
    assert all(not r.result("distinct").passed for r in reports)  # type: ignore[union-attr]


def test_no_distinct_result_for_one_draft_or_one_recipient() -> None:
    draft = DATA.draft("thank-you")
    assert check_drafts([draft], DATA.facts, DATA.notes)[0].result("distinct") is None
    twice = check_drafts([draft, draft], DATA.facts, DATA.notes)
    assert all(r.result("distinct") is None for r in twice)
    assert check_draft(draft, DATA.facts, DATA.notes).result("distinct") is None


def test_check_drafts_gives_each_draft_its_own_report() -> None:
    drafts = [DATA.draft("thank-you"), DATA.draft("networking")]
    reports = check_drafts(drafts, DATA.facts, DATA.notes)
    assert len(reports) == 2
    single = check_draft(drafts[1], DATA.facts, DATA.notes)
    assert [r.rule for r in single.results] == [
        r.rule for r in reports[1].results if r.rule != "distinct"
    ]
