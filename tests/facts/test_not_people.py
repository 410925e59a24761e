"""Words of the notes never greeted as people or named as the employer: headers, skills, places."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.notes.parse import parse_notes
from assistant.notes.places import is_company_name

TODAY = dt.date(2026, 11, 20)

NOT_INTERVIEWERS = [
    # (the class of word, notes, a name that must not be an interviewer)
    (
        "German offer email header",
        "Angebot: Senior Analyst bei Kranich GmbH\nAngebot: 72k, Start im Januar\n",
        "Angebot",
    ),
    (
        "skills line",
        "Python: they use it for everything\nPython: she asked about pandas and python typing\n",
        "Python",
    ),
    (
        "city with a school",
        "Ana Ruiz: asked about the Dublin office\nTold her about the Dublin team\n",
        "Dublin",
    ),
    (
        "an organisation's name",
        "Met Priya Shah (eng manager)\nI mentioned the Izaak Walton League volunteer work\n"
        "met with Izaak Walton League folks last year\n",
        "Izaak Walton League",
    ),
    (
        "Spanish email subject",
        "Entrevista Halvorsen Capital: talked with Laura about the role\n",
        "Entrevista Halvorsen Capital",
    ),
    (
        "heading word",
        "Case: she asked about a case study\nCase: the market sizing one\n",
        "Case",
    ),
    ("a job reference label", "Ref: HSM-DBN-2026 / Health & Safety Manager\n", "Ref"),
    # Writer zv1's German notes: a sign-off, a company car and a reference.
    (
        "a German sign-off",
        "Absage von Dr. Katrin Weiß per Mail\nschade\n\nGruß Yusuf\n",
        "Gruß Yusuf",
    ),
    (
        "a thing and its make",
        "Angebot Autohaus Kessler\n- Firmenwagen (Skoda Octavia Combi), 1%-Regelung\n",
        "Firmenwagen",
    ),
    (
        "a German reference label",
        "• Referenz: Ex-Chef Autohaus Öztürk Ludwigsburg, Herr Cem Öztürk\n",
        "Referenz",
    ),
    (
        "a title before an honorific",
        "2da ronda – Cerro Morado\ncon Director General Dra. Marta Ilabaca\n",
        "General Dra",
    ),
    (
        "a lab named after a person",
        "Dr. Naomi Feld - manager\nasked if I could keep my work with the Marsh lab\n"
        "Marsh: they said yes\n",
        "Marsh",
    ),
]


@pytest.mark.parametrize(
    ("kind", "notes", "word"), NOT_INTERVIEWERS, ids=[row[0] for row in NOT_INTERVIEWERS]
)
def test_a_word_is_not_an_interviewer(kind: str, notes: str, word: str) -> None:
    names = [person.name for person in parse_notes(notes, today=TODAY).interviewers]
    assert word not in names


STILL_PEOPLE = [
    # (how the person is named, notes, the interviewer who must stay)
    (
        "a given name that is a word",
        "Grace: she runs the ICU\nGrace: asked about ratios\n",
        "Grace",
    ),
    ("a titled name", "met with Dr. Alan Whitcomb re retention\n", "Alan Whitcomb"),
    ("a full name", "Priya Natarajan (Head of Data) - talked about dbt\n", "Priya Natarajan"),
]


@pytest.mark.parametrize(
    ("kind", "notes", "name"), STILL_PEOPLE, ids=[row[0] for row in STILL_PEOPLE]
)
def test_a_person_stays_an_interviewer(kind: str, notes: str, name: str) -> None:
    names = [person.name for person in parse_notes(notes, today=TODAY).interviewers]
    assert any(name in found for found in names)


COMPANIES = [
    # (the class, text read as a company, whether it is one)
    ("German header word", "Angebot", False),
    ("email greeting", "Your", False),
    ("email sender", "From Jen", False),
    ("thanks", "Thank", False),
    ("a date", "19.xi.26", False),
    ("French lunch subject", "Déjeuner mercredi", False),
    ("honorific", "Ms", False),
    ("memo heading", "Memo", False),
    ("everyday word", "Voice", False),
    ("heading", "Networking", False),
    ("one-word company", "Fernwood", True),
    ("company of words", "Best Buy", True),
    ("saint's name", "St Brigid Med Ctr", True),
]


@pytest.mark.parametrize(("kind", "text", "expected"), COMPANIES, ids=[row[0] for row in COMPANIES])
def test_is_company_name(kind: str, text: str, expected: bool) -> None:
    assert is_company_name(text) is expected


def test_an_email_subject_is_not_the_company() -> None:
    notes = "Subject: Ihre Bewerbung\nthe role at Ihre Bewerbung sounds odd\ninterview at Kranich\n"
    assert parse_notes(notes, today=TODAY).company != "Ihre Bewerbung"


# (what heads the notes, notes, the employer)
EMPLOYERS = [
    (
        "a Spanish round number",
        "2da ronda – Cerro Morado\ncon Dra. Marta Ilabaca\n",
        "Cerro Morado",
    ),
    (
        "a place heads a voice memo; a mail domain spells the employer",
        "voice memo 27 Oct 7:15am, car park before shift\nok Harbourline stuff to send Hemi today\n"
        "hemi email is hemi.walker@harbourlinehotel.co.nz\n",
        "Harbourline",
    ),
    (
        "the longest run of words a mail domain spells",
        "From: Keala Akana <keala.akana@moanapacific.org>\nAloha Lani, we're happy to offer you "
        "the position at Moana Pacific Research at $104,000\n",
        "Moana Pacific",
    ),
    (
        "a subject line abbreviated 'SUBJ:'",
        "SUBJ: POST-INTERVIEW NOTES – DIRECTOR OF ESTATES & FACILITIES – "
        "SEVERNSIDE HOSPITALS NHS FT\n"
        "0845 Arrive Trust HQ. Met by Gareth Lewis (Dep Dir Estates).\n",
        "Severnside Hospitals NHS FT",
    ),
]


@pytest.mark.parametrize(("kind", "notes", "company"), EMPLOYERS, ids=[row[0] for row in EMPLOYERS])
def test_the_employer_is_not_a_word_of_the_headline(kind: str, notes: str, company: str) -> None:
    assert parse_notes(notes, today=TODAY).company == company
