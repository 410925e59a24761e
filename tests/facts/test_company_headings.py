"""A heading, a mention or a preposition's object is no company (writers j-k's notes, dev now)."""

from __future__ import annotations

import pytest

from assistant.compose.text import first_name
from assistant.notes.places import is_company_name


@pytest.mark.parametrize(
    "name",
    ["of October", "of Employment", "@Maya Fischer", "Entrevue #1", "D'hier", "Suivi Vallée-Bleue"],
)
def test_a_heading_is_no_company(name: str) -> None:
    assert not is_company_name(name)


@pytest.mark.parametrize("name", ["Halden Construction", "Keller Electric", "Juniper & June"])
def test_a_company_is_one(name: str) -> None:
    assert is_company_name(name)


@pytest.mark.parametrize(
    ("name", "greeted"),
    [("Lt. Castellano", "Lt. Castellano"), ("Engr. Obi", "Engr. Obi"), ("Priya Shah", "Priya")],
)
def test_a_rank_or_title_is_greeted_with_the_surname(name: str, greeted: str) -> None:
    assert first_name(name) == greeted
