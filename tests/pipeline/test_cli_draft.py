"""`python -m assistant draft`: drafts as text or JSON, one clear line for every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main

PANEL = """Onsite panel - 3 March 2026
Me: Amara Okafor
Company: St. Brigid's Hospital
Role: Charge Nurse
Panel:
1. Helen Marsh (Nurse Manager)
   - the new bedside handoff process they rolled out in January
2. Raj Patel (Medical Director)
   - their telemetry alarm fatigue project
3. Lena Cho (Clinical Educator)
   - the preceptor program for new graduate nurses
"""
NOBODY = "Company: Acme\nRole: Analyst\n- we talked about the quarterly close\n"


@pytest.fixture
def panel(tmp_path: Path) -> Path:
    path = tmp_path / "panel.txt"
    path.write_text(PANEL, encoding="utf-8")
    return path


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    assert main(["draft", *argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    return data


def test_json_lists_one_checked_draft_per_interviewer(
    panel: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts = run_json(capsys, str(panel), "--kind", "thank-you", "--backend", "compose")
    assert [d["recipient"] for d in drafts] == ["Helen Marsh", "Raj Patel", "Lena Cho"]
    for draft in drafts:
        assert draft["method"] == "composer"
        assert draft["prompt_version"] == "composer"
        assert isinstance(draft["body"], str) and "Thank" in draft["body"]
        assert isinstance(draft["subject"], str)
        for key in ("prompt_tokens", "completion_tokens", "seconds", "how_made", "report"):
            assert key in draft
        report = draft["report"]
        assert isinstance(report, dict) and report["passed"] is True
        rules = {r["rule"] for r in report["results"]}
        assert {"grounded", "gratitude", "distinct"} <= rules


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--to", "Raj Patel"], [("Raj Patel", "warm")]),
        (
            ["--to", "Patel", "--tone", "formal", "--tone", "concise"],
            [("Raj Patel", "formal"), ("Raj Patel", "concise")],
        ),
        (
            ["--to", "Dana Scott", "--medium", "linkedin", "--kind", "networking"],
            [("Dana Scott", "warm")],
        ),
    ],
    ids=["one-person", "tones", "not-in-notes"],
)
def test_recipient_and_tone_options(
    panel: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    expected: list[tuple[str, str]],
) -> None:
    argv = [str(panel), "--kind", "thank-you", "--backend", "compose", *extra]
    drafts = run_json(capsys, *argv)
    assert [(d["recipient"], d["tone"]) for d in drafts] == expected


def test_readable_output_says_how_each_draft_was_made(
    panel: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["draft", str(panel), "--kind", "thank-you", "--to", "Lena Cho", "--backend", "compose"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("== To Lena Cho · thank-you · email · warm")
    assert "made: composer" in out
    assert "Check: passed" in out


@pytest.mark.parametrize(
    ("content", "argv", "message"),
    [
        ("", [], "is empty"),
        (None, [], "no such file"),
        (NOBODY, [], "names no interviewer"),
        (PANEL, ["--backend", "openai"], "no OpenAI key"),
        (PANEL, ["--kind", "apology"], "invalid choice"),
    ],
    ids=["empty", "missing", "no-interviewer", "no-key", "bad-kind"],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    argv: list[str],
    message: str,
) -> None:
    path = tmp_path / "notes.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    args = ["draft", str(path), "--kind", "thank-you", *argv]
    with pytest.raises(SystemExit) if "--kind" in argv else _no_raise() as caught:
        code = main(args)
    if caught is not None:
        code = caught.value.code  # argparse exits by itself
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert message in err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    if content:
        assert path.read_text(encoding="utf-8") == content


class _no_raise:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_no_key_error_says_the_notes_are_untouched(
    panel: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["draft", str(panel), "--kind", "thank-you", "--backend", "openai"]) == 2
    assert "untouched" in capsys.readouterr().err


def test_server_down_falls_back_to_the_composer_and_says_so(
    panel: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("ASSISTANT_TIMEOUT", "2")
    code = main(
        [
            "draft",
            str(panel),
            "--kind",
            "thank-you",
            "--to",
            "Raj Patel",
            "--backend",
            "openai",
            "--json",
        ]
    )
    captured = capsys.readouterr()
    # The backend was named and failed: the composer's draft, and exit 3 (it was 0, which the
    # README's promise of 2 for an unusable model contradicted).
    assert code == 3
    (draft,) = json.loads(captured.out)
    assert draft["method"] == "composer"
    assert "cannot reach the model server" in str(draft["model_error"])
    assert "the composer wrote those drafts instead" in captured.err
