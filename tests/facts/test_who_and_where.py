"""Who the interviewers are and where they work, on lines outside writers wrote (dev material)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 11, 20)

INTERVIEWERS = [
    # (the evidence, the line it showed in, a name that must be an interviewer)
    (
        "honorific inside a sentence",
        "I met with the Head of School, Mr. Paul Achterberg, for nearly an hour in his office.\n",
        "Paul Achterberg",
    ),
    (
        "Nigerian engineer's honorific",
        "9th Nov. — follow-up to Engr. Obi (Lakeshore), further to Wednesday's interview\n",
        "Obi",
    ),
    ("Spanish honorific", "Para Dra. Moreno: mandar el protocolo de triage\n", "Moreno"),
    (
        "rank with a retired mark",
        "SITREP – NETWORKING CALL – Maj. (retd) Ian Cole, now Portfolio Director\n",
        "Ian Cole",
    ),
    (
        "Japanese honorific after the name",
        "Raj-san:\n- We discussed the diary study for medication reminders.\n",
        "Raj",
    ),
    # Writers t-u and later (dev): a full name brought in by "with", a title or a mail address.
    (
        "a full name after 'w'",
        "29/10 video call w Joost Verbeek (teamlead transport) 45 min\n-> talked about groupage\n",
        "Joost Verbeek",
    ),
    (
        "a mail from someone",
        "mail came ma 19/10 from Eline Kuijpers\n\ngesprek was do 8/10\n",
        "Eline Kuijpers",
    ),
    (
        "a title word before the name",
        "R2 – Calder & Finch – w Partner David O'Sullivan\nTue 20/10, Teams\n",
        "David O'Sullivan",
    ),
    (
        "a table's first cell",
        "| who | asked | my ans |\n|---|---|---|\n"
        "| Michelle Harcourt (Director, Risk Advisory) | how I scope SOX | top-down |\n",
        "Michelle Harcourt",
    ),
    (
        "a name beside a mail address, spelt out by it",
        "ask Chloe (chloe.barnes@calderfinch.com.au) first\n",
        "Chloe Barnes",
    ),
    (
        "a particle in the surname",
        "noordhaven - transport planner\nrecruiter Ilse van Dijk - topflex\n",
        "Ilse van Dijk",
    ),
    (
        "a full name in brackets after a short form",
        "- Schneider-san (Klaus Schneider, Head of Operations): showed the AMR fleet\n",
        "Klaus Schneider",
    ),
    ("a given name typed in lower case", "well. jenna called tues night\n", "Jenna"),
    ("a given name opening a line", "shelby called today with the offer:\n", "Shelby"),
    (
        "an Indonesian honorific",
        "2) Ibu Priya Nair, HR Manager\n- she ask about staff\n",
        "Priya Nair",
    ),
    # Writer zo (dev): notes that name no one in a heading, list or sentence the finders know.
    (
        "the only full name, in a status memo",
        "follow up memo 20 Nov\nstill nothing since the zoom panel\n"
        "last email was from the HR lady Brittany Szabo on Nov 6 saying refs were being checked\n",
        "Brittany Szabo",
    ),
    (
        "a panel numbered without marks, a title after the name",
        "panel of three this time\n1 Dr Maureen Callahan again\n2 Rick Vance CFO\n"
        "3 Dana Whitfield, barn supervisor\n\nRick asked about budgets\n",
        "Rick Vance",
    ),
    (
        "notes all in lower case",
        "casa de paz hospice -- volunteer coordinatorr -- intervieww thurs\n"
        "-- then the volunteer lead gracie -- gracie ortega -- she does the trainings\n",
        "Gracie Ortega",
    ),
    (
        "an Irish surname, a meeting 'via zoom'",
        "kirikiriroa uni head of athletic performance interview wednesday via zoom, panel of 3"
        " - Director of Sport Mere Tapsell (she ran it), Dan O'Connell head coach of the uni"
        " rugby academy\n",
        "Dan O'Connell",
    ),
    (
        "slashes, no verbs",
        "kahvi / Café Kauppuri 5, Oulu / la 5.12.\nEero Halonen / ex-Stora Enso / consultant\n"
        "advice:\n- CMRP cert / SMRP / 2027\n",
        "Eero Halonen",
    ),
]


@pytest.mark.parametrize(
    ("evidence", "notes", "name"), INTERVIEWERS, ids=[row[0] for row in INTERVIEWERS]
)
def test_an_interviewer_is_found(evidence: str, notes: str, name: str) -> None:
    names = [person.name for person in parse_notes(notes, today=TODAY).interviewers]
    assert name in names


NOT_INTERVIEWERS = [
    # (the evidence against, the line it showed in, a name that must not be an interviewer)
    (
        "a reference",
        "also promised refs list (3 refs: Dr. Suh, my current mgr Lorraine, Tasha from educ)\n",
        "Suh",
    ),
    (
        "a firm the candidate signed with",
        "Signed with Kvarnby yesterday (Head of QA).\n- [ ] don't mention Kvarnby by name\n"
        "Johanna: asked about the test strategy\n",
        "Kvarnby",
    ),
    (
        "another employer's offer",
        "Bowman offered 61 so this is a no brainer\nmet with Bowman again\n",
        "Bowman",
    ),
    (
        "products the candidate used",
        "Ms. Kavitha Menon (Network Lead) asked about SD-WAN. I have hands-on with Fortinet, "
        "not with Cisco Viptela. She told they are using Viptela only.\n",
        "Cisco Viptela",
    ),
    (
        "a department after a title",
        "Contact: Nicole Haas (Sr. Recruiter) / Tom Reinholt (VP Ent Sales)\n",
        "Ent Sales",
    ),
    (
        "a word with a capital inside",
        "Bayside round 3 is Thursday w/ VetPartners West\n",
        "VetPartners West",
    ),
    ("a plural weekday", "busy season being Jan-Apr with Saturdays\n", "Saturdays"),
    (
        "a heading word",
        "Halftime: She asked about the concussion protocol\nHalftime: she liked it\n",
        "Halftime",
    ),
    (
        "a bureau's name after a role",
        "Position: Public Health Program Manager, Chronic Disease Prevention and Control Bureau\n",
        "Chronic Disease",
    ),
    (
        "an airport after a role",
        "OFFER - Airport Operations Manager, Çukurova Airport\n",
        "Çukurova Airport",
    ),
    (
        "a job title in another language",
        "Leiter Automatisierung Lager (Herr Vogel) asked about AMRs\n",
        "Leiter Automatisierung Lager",
    ),
    ("a word typed in lower case", "will called me back\nwill do the budget\n", "Will"),
    (
        "someone met next week",
        "Mr Khalid Mansoor asked about linen\n"
        "next step: meeting with GM Mr Alessandro, maybe next week\n",
        "Alessandro",
    ),
    (
        "a firm the candidate signed with, by 'w/'",
        "Nadia emailed Mon\n(signed w/ Maison Durand yesterday — not her business)\n",
        "Maison Durand",
    ),
    (
        "an office after a title",
        "Panel: Dr. Kevin Tran; Director, Institutional Research; Lupe (peer mentor)\n",
        "Institutional Research",
    ),
    (
        "a referee, when no one else is named",
        "still no news\nrefs ready: Jón Ólafsson (my boss) + Prof. Helga Björk, send if asked\n",
        "Jón Ólafsson",
    ),
    (
        "someone retiring",
        "The position begins in January, as Mr. Haskins is retiring at winter break.\n",
        "Haskins",
    ),
]


@pytest.mark.parametrize(
    ("evidence", "notes", "name"), NOT_INTERVIEWERS, ids=[row[0] for row in NOT_INTERVIEWERS]
)
def test_a_name_is_not_an_interviewer(evidence: str, notes: str, name: str) -> None:
    names = [person.name for person in parse_notes(notes, today=TODAY).interviewers]
    assert name not in names


SAME_PERSON = [
    # (how the notes name one person twice, notes, the one name kept)
    (
        "surname first, full name later",
        "Dr. Jansen: asked about the lab\nwe met Dr. Marion Jansen later\n",
        "Marion Jansen",
    ),
    (
        "an honorific after the name",
        "11:05 - Mr. Rajesh Iyer Sir (Infra Manager) started.\n",
        "Rajesh Iyer",
    ),
]


@pytest.mark.parametrize(("how", "notes", "name"), SAME_PERSON, ids=[row[0] for row in SAME_PERSON])
def test_one_person_is_one_interviewer(how: str, notes: str, name: str) -> None:
    names = [person.name for person in parse_notes(notes, today=TODAY).interviewers]
    assert names == [name]


COMPANIES = [
    # (what the headline holds, the headline, the company read from it)
    (
        "a military report heading",
        "SITREP – OFFER RECEIVED – CALEDON RAIL SYSTEMS\n",
        "Caledon Rail Systems",
    ),
    ("a Polish reply heading", "Odpowiedź – baltica estates, odmowa\n", "Baltica Estates"),
    (
        "a Dutch meeting heading",
        "Gesprek Nordhaven Logistics — Category Manager\n",
        "Nordhaven Logistics",
    ),
    (
        "a German subject",
        "Subject: Ihre Bewerbung bei der Universitätsklinik Südwest\n",
        "Universitätsklinik Südwest",
    ),
    ("a person addressed", "Para Dr. Patel (Bayside) — lo que prometí\n", None),
    (
        "a person's rank and title before the firm",
        "SITREP – NETWORKING CALL – Maj. (retd) Ian Cole, now Portfolio Director, "
        "Strathmore Infrastructure\n",
        "Strathmore Infrastructure",
    ),
    ("a meeting with a person", "next step is a ride along w keisha prob next week\n", None),
    (
        "a person's title before the firm",
        "Coffee w/ Denise Whitfield (CEO) - Harbor Light Youth Arts - Dev Director\n",
        "Harbor Light Youth Arts",
    ),
]


@pytest.mark.parametrize(("what", "notes", "company"), COMPANIES, ids=[row[0] for row in COMPANIES])
def test_the_company_of_a_headline(what: str, notes: str, company: str | None) -> None:
    assert parse_notes(notes, today=TODAY).company == company
