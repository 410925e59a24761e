"""The page with the real bundled model (SmolLM2-135M through llama-cpp-python): a short run."""

from __future__ import annotations

import pytest
from page_server import APP
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.model

NOTES = (
    "Interview for the Data Engineer role at Acme Analytics on 2026-11-20.\n"
    "Candidate: Sam Lee\n"
    "Met Priya Shah, Staff Engineer: we talked about the Kafka to Flink migration "
    "and their on-call rotation.\n"
)


def test_generate_with_the_bundled_model() -> None:
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    # No ASSISTANT_BACKEND: the page starts on its default, the bundled local model.
    at = AppTest.from_file(str(APP), default_timeout=600)
    at.run()
    assert not at.exception
    assert at.sidebar.radio(key="backend_choice").value == "local"
    # The facts come from the parser alone (the composer backend), to keep the run short;
    # then the local model drafts.
    at.sidebar.radio(key="backend_choice").set_value("compose")
    at.text_area(key="notes").set_value(NOTES)
    at.button(key="extract").click()
    at.run()
    assert at.text_input(key="fact_candidate").value == "Sam Lee"
    at.sidebar.radio(key="backend_choice").set_value("local")
    at.button(key="generate").click()
    at.run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    (card,) = at.session_state["session"].drafts
    shown = card.shown()
    assert shown.method in {"model", "hybrid", "composer"}
    assert shown.report is not None
    if shown.method != "composer":
        assert shown.model, "a model-made draft names its model"
    else:
        # The pipeline may fall back; it must then say why the model's text was not kept.
        assert shown.details.get("attempts", 0) >= 1 or shown.details.get("model_error")
    body = at.text_area(key=f"body_{card.id}").value
    assert "Priya" in body
    assert any("check-report" in h.value for h in at.html)
