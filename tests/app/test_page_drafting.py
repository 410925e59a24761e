"""Generate keeps work: new versions instead of replaced cards, a new tone drafts only itself,
and every draft is saved as it is checked."""

from __future__ import annotations

from typing import Any

import pytest
from streamlit.testing.v1 import AppTest
from test_page import body_keys, extract, generate

import assistant.pipeline
from assistant.history import History, Session


class DraftSpy:
    """Counts the pipeline's real per-draft calls (recipient, tone); raises on call `fail_at`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None = None) -> None:
        self.calls: list[tuple[str, str]] = []
        self.fail_at = fail_at
        real = assistant.pipeline._draft_one

        def spy(job: Any, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((job.recipient, job.tone))
            if self.fail_at is not None and len(self.calls) == self.fail_at:
                raise RuntimeError("the server was stopped mid-draft")
            return real(job, *args, **kwargs)

        monkeypatch.setattr(assistant.pipeline, "_draft_one", spy)


def cards(at: AppTest) -> list[Any]:
    return list(at.session_state["session"].drafts)


def test_adding_a_tone_drafts_only_that_tone(
    page: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = DraftSpy(monkeypatch)
    generate(extract(page))
    assert sorted(spy.calls) == [("Priya Shah", "warm"), ("Tom Ng", "warm")]
    warm_before = {card.id: card.shown().draft for card in cards(page)}
    spy.calls.clear()
    page.multiselect(key="tones").set_value(["warm", "formal"])
    generate(page)
    assert sorted(spy.calls) == [("Priya Shah", "formal"), ("Tom Ng", "formal")]
    assert len(body_keys(page)) == 4
    for card in cards(page):
        if card.tone == "warm":
            assert len(card.versions) == 1
            assert card.shown().draft == warm_before[card.id]


def test_generate_with_nothing_changed_drafts_nothing(
    page: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(extract(page))
    spy = DraftSpy(monkeypatch)
    generate(page)
    assert spy.calls == []
    assert any("already drafted" in i.value for i in page.info)
    assert all(len(card.versions) == 1 for card in cards(page))


def test_generate_after_an_edit_keeps_the_edited_version(page: AppTest) -> None:
    generate(extract(page))
    card_id = cards(page)[0].id
    page.text_area(key=f"body_{card_id}").set_value("My own words, kept.")
    page.run()
    page.text_input(key="fact_company").set_value("Globex")
    page.run()
    generate(page)
    card = next(c for c in cards(page) if c.id == card_id)
    assert len(card.versions) == 2
    assert "Globex" in page.text_area(key=f"body_{card_id}").value
    version = page.selectbox(key=f"version_{card_id}")
    assert "edited" in version.format_func(0)
    version.set_value(0)
    page.run()
    assert not page.exception
    assert page.text_area(key=f"body_{card_id}").value == "My own words, kept."
    saved = History().load(page.session_state["session"].id)
    assert [v.edited for v in saved.drafts[0].versions] == [True, False]


def test_a_tone_taken_away_keeps_its_cards_for_later(
    page: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.multiselect(key="tones").set_value(["warm", "formal"])
    generate(extract(page))
    page.multiselect(key="tones").set_value(["formal"])
    page.run()
    assert len(body_keys(page)) == 2
    spy = DraftSpy(monkeypatch)
    page.multiselect(key="tones").set_value(["formal", "warm"])
    generate(page)
    assert spy.calls == []
    assert len(body_keys(page)) == 4


def test_drafts_are_saved_as_they_are_checked(
    page: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract(page)
    DraftSpy(monkeypatch, fail_at=2)
    page.button(key="generate").click()
    page.run()
    assert page.exception, "the drafting crashed on the second draft"
    saved = History().load(page.session_state["session"].id)
    assert saved.notes == page.session_state["notes"]
    assert saved.facts is not None and saved.facts.candidate == "Sam Lee"
    assert [(card.recipient, card.tone) for card in saved.drafts] == [("Priya Shah", "warm")]
    assert "Priya" in saved.drafts[0].shown().draft.body


def test_the_facts_stay_open_after_generate(page: AppTest) -> None:
    extract(page)
    assert page.expander[0].proto.expanded
    generate(page)
    assert page.expander[0].proto.expanded, "a Generate used to fold the facts shut"


def test_the_saved_sessions_list_selects_the_open_one(page: AppTest) -> None:
    generate(extract(page))
    first = page.session_state["session"].id
    page.button(key="history_new").click()
    page.run()
    extract(page, "Met Dana Ruiz, Head of Data at Globex, about the pipeline rebuild.")
    generate(page)
    second = page.session_state["session"].id
    assert second != first
    assert page.sidebar.selectbox(key="history_pick").value == second
    page.sidebar.selectbox(key="history_pick").set_value(first).run()
    assert page.sidebar.selectbox(key="history_pick").value == first, "the person's pick stands"
    page.sidebar.button(key="history_open").click()
    page.run()
    assert page.session_state["session"].id == first
    assert page.sidebar.selectbox(key="history_pick").value == first


def test_a_failing_draft_says_so_beside_its_downloads(page: AppTest) -> None:
    generate(extract(page))
    card_id = cards(page)[0].id
    page.text_area(key=f"body_{card_id}").set_value("hey whats up!!! send me the offer ASAP")
    page.run()
    assert any("fails the checks" in c.value for c in page.caption)
    helps = [b.proto.help for b in page.get("download_button") if b.proto.label == "Download .eml"]
    assert sum("fails the checks" in help for help in helps) == 1


def test_a_panel_after_one_person_drafts_only_the_others() -> None:
    from assistant.models import Facts, Interviewer
    from assistant.pipeline import DraftRequest, draft_messages
    from assistant.ui.drafting import place, plan_batches

    facts = Facts(
        company="Acme",
        interviewers=[
            Interviewer(name="Priya Shah", discussed=["the Kafka migration"]),
            Interviewer(name="Tom Ng", discussed=["team growth"]),
        ],
    )
    session = Session()
    alone = DraftRequest(kind="thank-you", tones=["warm"], recipient="Priya Shah")
    [batch] = plan_batches(session, facts, "notes", alone)
    for result in draft_messages(facts, "notes", batch.request, None, seed=batch.seed):
        place(session, result, None, batch.basis)
    panel = DraftRequest(kind="thank-you", tones=["warm"])
    [rest] = plan_batches(session, facts, "notes", panel)
    assert rest.recipients == ["Tom Ng"] and rest.request.recipient == "Tom Ng"
    assert rest.seed == 1, "Tom keeps the seed the whole panel would give him"
    assert plan_batches(session, facts, "other notes", alone)[0].recipients == ["Priya Shah"]


def test_a_generate_cut_short_by_a_click_is_finished_by_the_next_run(
    page: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A click mid-draft starts a new run; the cards still missing are drafted in it."""
    generate(extract(page))
    page.multiselect(key="tones").set_value(["warm", "formal"])
    page.run()
    spy = DraftSpy(monkeypatch)
    # What a run cut short by a click leaves: Generate's mark, set and never cleared.
    page.session_state["drafting"] = True
    page.run()
    assert sorted(spy.calls) == [("Priya Shah", "formal"), ("Tom Ng", "formal")]
    assert len(body_keys(page)) == 4
    assert "drafting" not in page.session_state
    spy.calls.clear()
    page.run()
    assert spy.calls == []


def test_a_failed_generate_is_not_tried_again_by_every_run(
    page: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract(page)
    spy = DraftSpy(monkeypatch, fail_at=1)
    page.button(key="generate").click()
    page.run()
    assert page.exception, "the drafting crashed on the first draft"
    assert "drafting" not in page.session_state
    calls = len(spy.calls)
    page.run()
    assert len(spy.calls) == calls


def test_new_notes_are_signed_with_the_name_from_the_last_session(page: AppTest) -> None:
    """Notes rarely give the writer's own name (writers zn-zo: most drafts ended unsigned);
    the name saved with the last session signs the next one, and the page says so."""
    from assistant.models import Facts

    History().save(Session(notes="earlier notes", facts=Facts(candidate="Ama Owusu")))
    unnamed = NOTES_WITHOUT_NAME
    extract(page, unnamed)
    assert page.text_input(key="fact_candidate").value == "Ama Owusu"
    assert any("Ama Owusu" in info.value for info in page.info)
    generate(page)
    assert all(card.shown().draft.body.endswith("\nAma Owusu") for card in cards(page))


def test_a_name_in_the_notes_wins_over_the_last_session(page: AppTest) -> None:
    from assistant.models import Facts

    History().save(Session(notes="earlier notes", facts=Facts(candidate="Ama Owusu")))
    extract(page)  # the sample notes say "Candidate: Sam Lee"
    assert page.text_input(key="fact_candidate").value == "Sam Lee"


NOTES_WITHOUT_NAME = (
    "Interview notes — Data Engineer at Acme Analytics, 2026-11-20\n\nPanel:\n"
    "1. Priya Shah, Staff Engineer — talked about the Kafka to Flink migration.\n"
    "2. Tom Ng, Engineering Manager — asked about my dbt testing framework.\n"
)
