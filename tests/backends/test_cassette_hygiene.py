"""Every cassette is scrubbed: no keys, no account or request identifiers, readable bodies."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..conftest import DROPPED_RESPONSE_HEADERS, SCRUBBED_REQUEST_HEADERS

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
KEY_SHAPES = re.compile(r"\b(sk|sess|org|proj)-[A-Za-z0-9_-]{8,}")
ALL_CASSETTES = sorted(CASSETTES.rglob("*.yaml"))


def test_the_backend_cassettes_exist() -> None:
    names = {path.stem for path in ALL_CASSETTES if path.parent.name == "test_openai_cassettes"}
    assert names >= {
        "test_plain_completion_replays",
        "test_json_schema_completion_replays",
        "test_unknown_route_replays_as_a_clear_error",
    }


@pytest.mark.parametrize("path", ALL_CASSETTES, ids=lambda path: path.stem)
def test_cassette_is_scrubbed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not KEY_SHAPES.search(text)
    cassette: dict[str, Any] = yaml.safe_load(text)
    assert cassette["interactions"]
    for interaction in cassette["interactions"]:
        request, response = interaction["request"], interaction["response"]
        for name, values in request["headers"].items():
            assert not name.lower().startswith("x-stainless")
            if name.lower() in SCRUBBED_REQUEST_HEADERS:
                assert values == ["REDACTED"]
        assert request["uri"].startswith("http://127.0.0.1:")
        for name in response["headers"]:
            assert name.lower() not in DROPPED_RESPONSE_HEADERS
            assert not name.lower().startswith("x-ratelimit")
        # Bodies are stored decoded, so a diff of a re-recording can be read.
        assert isinstance(response["body"]["string"], str)
