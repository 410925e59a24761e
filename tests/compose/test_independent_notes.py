"""Drafts from notes in styles writers t-u wrote (dev material now): who is greeted and how,
what a named panelist raised, the employer's article, and what an offer or a note sends."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.compose import compose_draft
from assistant.compose.forms import Phrase, realise
from assistant.compose.kinds import correction, question
from assistant.compose.topics import is_topic
from assistant.english import is_noun_phrase
from assistant.notes.parse import parse_notes

PANEL = """Notes from my interview with the New Mexico Department of Health
Position: Public Health Program Manager

The panel was three people:
Ms. Renata Chávez-Ortiz, Bureau Chief. She chaired.
Mr. Douglas Whitehorse, Tribal Liaison.
Dr. Hannah Feld, Epidemiologist Supervisor.

Ms. Chávez-Ortiz began by describing the diabetes prevention grant, which is behind on enrollment.
Dr. Feld asked about data sovereignty, and how I would respond to a request for data.
She mentioned their new surveillance dashboard, which launched in the spring.
"""


@pytest.mark.parametrize(
    ("recipient", "greeting"),
    [
        ("Renata Chávez-Ortiz", "Dear Ms. Chávez-Ortiz,"),
        ("Douglas Whitehorse", "Dear Mr. Whitehorse,"),
        ("Hannah Feld", "Dear Dr. Feld,"),
    ],
)
def test_a_title_the_notes_give_is_kept_in_every_tone(recipient: str, greeting: str) -> None:
    facts = parse_notes(PANEL)
    for tone in ("warm", "concise", "enthusiastic", "formal"):
        draft = compose_draft(
            facts, kind="thank-you", medium="email", tone=tone, recipient=recipient
        )
        assert draft.body.startswith(greeting), draft.body


def test_a_public_body_takes_the_article_and_a_panelist_their_own_topics() -> None:
    facts = parse_notes(PANEL)
    feld = compose_draft(
        facts, kind="thank-you", medium="email", tone="warm", recipient="Hannah Feld"
    )
    assert "at the New Mexico Department of Health" in feld.body
    assert "data sovereignty" in feld.body and "the data sovereignty" not in feld.body
    chair = compose_draft(
        facts, kind="thank-you", medium="email", tone="warm", recipient="Renata Chávez-Ortiz"
    )
    assert "the diabetes prevention grant" in chair.body


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Mr Wheeler asked about my approach to the mastery curriculum, which is new",
            "my approach to the mastery curriculum",
        ),
        (
            "Ms. Chávez-Ortiz began by describing the diabetes prevention grant",
            "the diabetes prevention grant",
        ),
        (
            "She mentioned their new surveillance dashboard, which launched in May",
            "the team's new surveillance dashboard",
        ),
    ],
)
def test_what_a_named_panelist_raised_is_said_as_its_object(note: str, expected: str) -> None:
    assert realise(note, theirs=True) == Phrase(expected, "topic")


@pytest.mark.parametrize(
    "phrase",
    [
        "advice 3",
        "ex-THY captain",
        "link governor for maths",
        "need 482 sponsorship",
        "how I test",
        "materiality first",
        "new TMS coming Q1",
        "100% pass last summer",
        "teamleider planning",
        "how I handle when truck is late and dock is full",
        "office of Policy and Accountability",
        "council approved new hazard risk assessment",
        "crane down",
        "3 planners reporting",
    ],
)
def test_a_note_fragment_is_no_noun_phrase(phrase: str) -> None:
    assert not is_noun_phrase(phrase)


@pytest.mark.parametrize(
    "phrase", ["phase 2 rollout", "the makerspace they are opening", "ServSafe certification"]
)
def test_a_noun_phrase_still_is_one(phrase: str) -> None:
    assert is_noun_phrase(phrase)


def test_a_card_and_a_foreign_title_greet_formally() -> None:
    facts = parse_notes(
        "2026-10-14 Lagerwerk Logistik GmbH / Lead Warehouse Automation\n"
        "- Weber-san (Anna Weber, HR): explained the onboarding buddy system\n"
        "- Herr Vogel asked about the AMR fleet\n"
    )
    card = compose_draft(
        facts, kind="thank-you", medium="handwritten", tone="warm", recipient="Anna Weber"
    )
    assert card.body.startswith("Dear Anna,"), card.body
    mail = compose_draft(facts, kind="thank-you", medium="email", tone="warm", recipient="Vogel")
    assert mail.body.startswith("Dear Mr Vogel,"), mail.body


COUNTER = """20.11.2026 1410Z call from Ms. Aksoy (HR)
OFFER - Airport Operations Manager
- 95.000 TRY net/month
my plan: counter 115.000 TRY net
reason for counter: moving family from Antalya, wife has to leave her job, + Adana rents up 40%
also ask: shift allowance for ops duty weekends?
"""


def test_a_counter_gives_its_figure_its_reason_and_the_other_question() -> None:
    facts = parse_notes(COUNTER)
    assert facts.offer_intent == "counter" and facts.counter_figure == "115.000 TRY"
    draft = compose_draft(facts, kind="offer-reply", medium="email", tone="warm", recipient="Aksoy")
    assert "115.000 TRY" in draft.body
    assert "relocating my family" in draft.body
    assert "the shift allowance for ops duty weekends" in draft.body
    assert "Antalya" not in draft.body  # the family's details stay in the notes


def test_a_thing_to_ask_about_is_asked_as_one() -> None:
    assert question("also ask: shift allowance for ops duty weekends?") == (
        "the shift allowance for ops duty weekends",
        False,
    )
    assert question("is that me?") is None  # it points at a question the draft does not repeat


INFO = """Çukurova Airport Ops - 2nd rnd
| who | title |
|---|---|
| Ms. Aksoy (HR) | HR Manager |
| Ms. Şahin | Safety & Compliance Mgr |

Ms. Şahin asked LTAI declared capacity, I said 38/hr -> WRONG. correct is 46 mvts/hr
she wants my SMS hazard log slides -> link: https://drive.google.com/file/d/1qA7/view pw: Kule2025!
"""


def test_an_additional_note_goes_to_who_asked_and_keeps_the_password_whole() -> None:
    from assistant.pipeline import DraftRequest, recipients_for

    facts = parse_notes(INFO)
    (recipient,) = recipients_for(facts, DraftRequest(kind="additional-info", medium="email"))
    assert recipient.endswith("Şahin")
    draft = compose_draft(
        facts, kind="additional-info", medium="email", tone="warm", recipient=recipient
    )
    assert "https://drive.google.com/file/d/1qA7/view" in draft.body
    assert "“Kule2025!”" in draft.body, draft.body
    assert draft.body.startswith("Dear Ms. Şahin,")


@pytest.mark.parametrize(("written", "signed"), [("Mehmet Bey", "Mehmet"), ("Mrs Qureshi", None)])
def test_the_candidate_signs_without_the_titles_others_give_them(
    written: str, signed: str | None
) -> None:
    facts = parse_notes(
        f"To: {written} <me@example.com>\nSubject: your interview\nDear {written},\n"
    )
    assert facts.candidate == signed


NETWORKING = """22/10/26 coffee w/ Nihat Arslan hocam (ret. GM Esenboğa), 1 hr
advice 1: learn the money side - read the airport's annual report, know revenue per pax
advice 2: get ACI Airport Operations Diploma, he did it, 6 months online
what I did: applied to ACI diploma, Jan 2027 intake, paying myself

his advice:
-> planners who came from floor are valued, say it loud in CV
-> skip uitzendbureau for planner jobs
"""


def test_labelled_advice_and_actions_are_read_and_said() -> None:
    facts = parse_notes(NETWORKING)
    assert facts.advice[:2] == [
        "learn the money side - read the airport's annual report, know revenue per pax",
        "get ACI Airport Operations Diploma, he did it, 6 months online",
    ]
    assert facts.actions_taken == ["applied to ACI diploma, Jan 2027 intake, paying myself"]
    draft = compose_draft(
        facts, kind="networking", medium="email", tone="warm", recipient="Nihat Arslan"
    )
    assert "your advice to learn the money side" in draft.body
    assert "to get the ACI Airport Operations Diploma" in draft.body
    assert "Since we spoke, I applied to the ACI diploma." in draft.body
    # A saying is no advice to act on, and another language's word is not said.
    assert "planners who came" not in draft.body and "uitzendbureau" not in draft.body
    assert draft.body.count("especially") <= 1


def test_a_correction_about_the_recipient_is_said_to_them() -> None:
    notes = (
        "Lone Star Grid Storage - Engr. Marcus Delgado\n"
        "correction: I told Engr. Delgado the Egbin upgrade was 220 MW; it was 440 MW total\n"
    )
    facts = parse_notes(notes)
    draft = compose_draft(
        facts, kind="additional-info", medium="email", tone="warm", recipient="Marcus Delgado"
    )
    assert "I told you the Egbin upgrade was 220 MW" in draft.body, draft.body


def test_a_person_typed_in_lower_case_is_no_topic() -> None:
    from assistant.compose.topics import is_topic

    assert not is_topic("linda marsh", frozenset())


def test_a_correction_in_the_notes_voice_is_left_in_the_notes() -> None:
    from assistant.compose.kinds import correction

    assert correction("correction: I say in interview we have 38 supervisors, WRONG.") is None


def test_timelines_months_and_named_things_read_as_english() -> None:
    from assistant.compose.facts import _definite
    from assistant.compose.kinds import timeline_phrase
    from assistant.compose.topics import is_clause

    assert timeline_phrase("by end of OCT") == "by the end of October"
    assert _definite("Hay office") == "the Hay office"
    assert _definite("Spanish fluency") == "Spanish fluency"
    assert not is_clause("you are the head of school", frozenset())


@pytest.mark.parametrize(
    ("notes", "intent"),
    [
        (
            "Decision: I will accept. But first I need answers, then I sign.\n",
            "accept-after-questions",
        ),
        ("offer: $54,000\nmy move: COUNTER 💪🏽\n- ask for $58,000 — top of the band\n", "counter"),
    ],
)
def test_the_offer_intent_is_read_as_written(notes: str, intent: str) -> None:
    assert parse_notes(notes).offer_intent == intent


@pytest.mark.parametrize(
    ("notes", "company"),
    [
        (
            "#interview-log  nordlicht versicherung / SOC Manager\n[09:02] video w/ Jens\n",
            "Nordlicht Versicherung",
        ),
        ("lunch at Berlin Friedrichstr. with Priya\nwe talked detection\n", None),
    ],
)
def test_a_channel_label_or_an_address_is_no_employer(notes: str, company: str | None) -> None:
    assert parse_notes(notes).company == company


def test_zy_classes_are_left_out() -> None:
    from assistant.compose.forms import spell_out
    from assistant.compose.topics import is_clause

    assert spell_out("she's been at Lumenfield 4 years") == "she has been at Lumenfield 4 years"
    assert not is_clause(
        "you are concerned that fund accounting under the Charities SORP", frozenset()
    )
    assert not is_noun_phrase("22 staff in total")
    assert not is_noun_phrase("all big agency use")


def test_zx_classes() -> None:
    from assistant.compose.kinds import correction
    from assistant.notes.places import is_company_name

    assert correction("I said 1:36 ratio, it is actually 1:29") is not None
    assert "1:29" in correction("I said 1:36 ratio, it is actually 1:29").text  # type: ignore[union-attr]
    assert not is_company_name("Shopping Ibirapuera")  # a mall, where the meeting was
    assert not is_noun_phrase("Probation of 6 months")


def test_zw_classes() -> None:
    from assistant.notes.headline import proper_case

    facts = parse_notes(
        "Offer call from Tomasz Mazur (HR)\noffer from Tomasz!! start 1.12\n"
        "Q: do I need the registration before start?\n"
    )
    assert facts.company != "Tomasz"  # a panelist's first name is never the employer
    assert proper_case("rio bravo isd") == "Rio Bravo ISD"
    notes = "2 etap!! 15.10 czwartek, obchód (ward tour) with epidemiolog Piotr Zieliński\n"
    assert parse_notes(notes).company is None


@pytest.mark.parametrize(
    "phrase",
    [
        "the hazard log",
        "the CBTC migration on S-bane",
        "ETCS L2 on Sofia-Plovdiv",
        "the 2023 outsourcing incident",
        "the delays because of the supplier",
        "the dotted line to the Board Risk Committee",
    ],
)
def test_zs_noun_phrases_the_grammar_missed_are_topics(phrase: str) -> None:
    assert is_topic(phrase, frozenset({"Mette", "Lars"}))


@pytest.mark.parametrize(
    "phrase",
    ["delays because of supplier", "how nobody is looking forward to it", "the team log in"],
)
def test_zs_fragments_stay_fragments(phrase: str) -> None:
    assert not is_noun_phrase(phrase)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("She introduce the pump station upgrade program", "the pump station upgrade program"),
        ("she explain the new training academy, start in Q1", "the new training academy"),
        ("We discuss about the flood modelling, they use HEC-RAS", "the flood modelling"),
        ("Tan opened with the 2023 outsourcing incident", "the 2023 outsourcing incident"),
        ("Mike was asking about the Cork job, the 6-storey timber frame", "the Cork job"),
        ("she showed me the yards", "the yards"),
    ],
)
def test_what_was_raised_is_found_in_any_verb_form(note: str, expected: str) -> None:
    assert realise(note, theirs=True) == Phrase(expected, "topic")


def test_an_arrow_after_a_title_leaves_no_mark_on_the_point() -> None:
    facts = parse_notes(
        "øresund rail systems - Signalling Design Lead - video 05.10\n\n"
        "1. Mette Kjær, Head of Signalling -> CBTC migration on S-bane, phase 2 starts 2027\n"
    )
    texts = [p.text for p in facts.points if p.person == "Mette Kjær"]
    assert texts and not texts[0].startswith(">")


@pytest.mark.parametrize(
    ("notes", "kind", "recipient"),
    [
        (
            "for: Søren Brandt (ØRS) - follow up from onsite 22.10\n"
            "1. article link: https://irse.org/a.pdf\n"
            "3. also attach: reference letter, Lars asked for it in round 1\n",
            "additional-info",
            "Søren Brandt",
        ),
        (
            "status - serra azul\n・last: Ana Paula Sato WhatsApp 27/11\n"
            "・16/11 I sent thank-you to Ricardo, he replied\n"
            "・write to Ana Paula (not Ricardo, too pushy?) — ask if there is an update\n",
            "status-follow-up",
            "Ana Paula",
        ),
        (
            "café com Takeda-san (Hiroshi Takeda, ex-gerente) 17/10\n"
            "・advice 3: learn Ricardo's background\n・send Takeda-san thank-you + omiyage\n",
            "networking",
            "Takeda",
        ),
        (
            "Orchid Digital Bank – offer (Head of Privacy / DPO)\n"
            "Received 23 Nov 2026 from Sharon Goh (Talent Acquisition), letter dated same day.\n"
            "Decision: DECLINE.\n"
            "To tell Sharon: thank you; appreciate the team's time, esp. Mr. Raymond Chia (GC).\n",
            "offer-reply",
            "Sharon Goh",
        ),
        (
            "Kestrel Assurance – REJECTED\nPanel: Mr. Ahmad Faizal (General Counsel), Ms. Joanne "
            "Teo (CISO).\nEmail 8/10 from Priscilla Wong (HR): decided to proceed with another.\n"
            "Ask Priscilla for feedback.\n",
            "rejection-reply",
            "Priscilla Wong",
        ),
        (
            "appel WhatsApp avec Aminata Fall (ancienne collègue WFP Dakar) — dim. 4 oct\n"
            "elle m'a donné des conseils\n",
            "networking",
            "Aminata Fall",
        ),
    ],
)
def test_a_reply_goes_to_whom_the_notes_say(notes: str, kind: str, recipient: str) -> None:
    from assistant.compose.recipients import reply_recipient

    facts = parse_notes(notes)
    people = [(p.name, p.title, p.email) for p in facts.interviewers]
    assert reply_recipient(kind, people, notes.splitlines()) == recipient


def test_zs_people_employers_and_signatures() -> None:
    facts = parse_notes(
        "right so, just out of the interview with Harborline Builders, Project Manager job\n"
        "met the fella who'd be my boss, Mike Sullivan, he's VP of Operations, sound out\n"
        "and a woman Priya Raman, she's the senior estimator\n"
    )
    assert [(p.name, p.title) for p in facts.interviewers] == [
        ("Mike Sullivan", "VP of Operations"),
        ("Priya Raman", "senior estimator"),
    ]
    assert facts.company == "Harborline Builders"
    visit = parse_notes("Visita Fazenda Boa Vista (Serra Azul) 13/11 sexta\nmet Zé Pereira\n")
    assert visit.company == "Serra Azul"  # the site visited is not the employer
    filed = parse_notes("Ida asked for it\nalso attach: reference (Reference_NRIC_Ivanov.pdf)\n")
    assert filed.candidate is None  # a file's other words are no candidate's name


def test_zs_offer_and_additional_info_wording() -> None:
    from assistant.compose.kinds import correction
    from assistant.notes.intent import read_intent

    said = "I said the Cork job was €22 million, it was €26.5 million with the fit-out"
    assert correction(said).text == (  # type: ignore[union-attr]
        "I said the Cork job was €22 million, but it was €26.5 million"
    )
    assert question("do I keep any caseload, still never got an answer on that") == (
        "Do I keep any caseload?",
        True,
    )
    assert question("lease car, is it available from day one or after probation") == (
        "Is the lease car available from day one or after probation?",
        True,
    )
    counter = read_intent("-> je contre à CHF 115'000, c'est justifié par les 9 ans terrain\n")
    assert counter.offer_intent == "counter"
    assert counter.counter_figure == "CHF 115'000"
    notes = (
        "I want to say yes, but I need answers first on a few things before I sign anything:\n"
        "- is the start date flexible to 1 Feb\n- do I keep any caseload\n"
        "Written offer comes through TRAC in the next few days.\n"
    )
    assert read_intent(notes).offer_intent == "accept-after-questions"
    assert parse_notes(notes).outstanding_questions == [
        "is the start date flexible to 1 Feb",
        "do I keep any caseload",
    ]


def test_zs_greetings_files_and_remarks() -> None:
    from assistant.compose.kinds import info_items
    from assistant.compose.topics import is_clause

    card = compose_draft(
        parse_notes(
            "café com Takeda-san (Hiroshi Takeda, ex-gerente) 17/10\n"
            "・advice: talk to operators, not only managers\n"
        ),
        kind="networking",
        medium="handwritten",
        tone="formal",
        recipient="Takeda",
    )
    assert card.body.startswith("Dear Takeda-san,")
    email = compose_draft(
        parse_notes("Panel: Tom Gallagher (Director of Safety)\nTom asked about the EMR\n"),
        kind="thank-you",
        medium="email",
        tone="formal",
        recipient="Tom Gallagher",
    )
    assert email.body.startswith("Dear Tom,")  # a full name greets like a form letter
    files = info_items(["1. the audit - Home Birth Transfers Audit 2025 final.pdf, 14 pages"], [])
    named = [i.text for i in files if i.form == "file"]
    assert named == ["Home Birth Transfers Audit 2025 final.pdf"]
    assert not [i for i in info_items(["lien: https://example.org/x"], []) if i.form == "label"]
    assert not is_noun_phrase("the Danish course free")
    assert not is_clause("you are nikkei also", frozenset())
    assert is_clause("you are rolling out a new handbook across 11 sites", frozenset())


def test_zt_classes_read_again() -> None:
    from assistant.compose.facts import frame_values
    from assistant.compose.forms import realise as read

    log = parse_notes(
        "STATUS LOG – Khanyisa H&S Manager application\n"
        '3. 30/10 email from Ayesha Moodley (A.M., HR): "references being checked"\n'
        "ACTION: polite follow-up to A.M. (ayesha.moodley@khanyisa.co.za)\n"
    )
    assert [p.name for p in log.interviewers] == ["Ayesha Moodley"]
    assert frame_values(log, "Ayesha Moodley")["role"] == "H&S Manager"
    lunch = parse_notes(
        "🍷 Solara – lunch w/ COO – 21/10\n👤 Gregory Hale, COO\n"
        "🥂 he ordered the Champagne, I went with a Txakoli for the table\n"
    )
    assert [p.name for p in lunch.interviewers] == ["Gregory Hale"]
    said = 'Mark asked how many cases. I said "around 9 000" — WRONG. correct is 6 400 (2025)'
    assert correction(said).text == "I said 9 000, but the correct figure is 6 400"  # type: ignore[union-attr]
    marsh = read("Q: Mrs Marsh asked about behaviour in labs")
    assert marsh == Phrase("behaviour in labs", "topic")
    assert read("Q: (Lupe) how do you support transfer students who feel lost?") == Phrase(
        "how I support transfer students who feel lost", "topic"
    )


def test_zt_sitreps_and_offers() -> None:
    plan = parse_notes(
        "ACTION 7a – SLIDES TO CFO (Severnside)\nTo: fiona.clegg@severnside.nhs.uk\n"
        "- Correction to answer given at interview: I said CIR (critical infrastructure risk) "
        "threshold at Tidworth was £5m; correct figure is £3.5m. State plainly, no excuses.\n"
        "Sign as: Maj (Retd) Eleanor Hartley-Price\n"
    )
    assert [p.name for p in plan.interviewers] == ["Fiona Clegg"]
    assert plan.candidate and plan.candidate.endswith("Eleanor Hartley-Price")
    note = compose_draft(
        plan, kind="additional-info", medium="email", tone="warm", recipient="Fiona Clegg"
    )
    assert "I said £5m, but the correct figure is £3.5m." in note.body
    assert "no excuses" not in note.body
    assert question("question for Priya: is relocation package?") == (
        "the relocation package",
        False,
    )
    chase = parse_notes(
        "SITREP – SEVERNSIDE\nSend polite chase to HR (Ms Nkechi Okafor) today.\n"
        "c. Confirm availability: 4 weeks' notice (interim contract with Corvex FM).\n"
    )
    assert "Corvex" not in [p.name for p in chase.interviewers]


def test_the_reader_is_you_not_a_name_with_s() -> None:
    from assistant.checker import check_draft
    from assistant.models import Draft

    notes = (
        "call with Kari Nygård (ops director) 3 Oct\nadvice: read the G+ guidelines before day 1\n"
        "what I did: ordered G+ guidelines, connected with Kari's marine lead Callum Shaw\n"
    )
    facts = parse_notes(notes)
    body = (
        "Hi Kari,\n\nThank you for taking the time to chat with me. Since we spoke, I connected "
        "with Kari's marine lead Callum Shaw.\n\nWarm regards,"
    )
    draft = Draft(
        kind="networking", medium="linkedin", tone="warm", recipient="Kari Nygård", body=body
    )
    failed = [r.rule for r in check_draft(draft, facts, notes).errors()]
    assert "perspective" in failed
    composed = compose_draft(
        facts, kind="networking", medium="linkedin", tone="warm", recipient="Kari Nygård"
    )
    assert "Kari's" not in composed.body


def test_files_named_only_by_name_are_attached_in_one_sentence() -> None:
    notes = (
        "Havbris case 29.10\nEwan Baxter (Senior Marine Coordinator)\n"
        "promised Ewan my SOP, file: HS_MarineCoord_SOP_v3.pdf inside HS_SOP.zip\n"
    )
    draft = compose_draft(
        parse_notes(notes),
        kind="additional-info",
        medium="email",
        tone="warm",
        recipient="Ewan Baxter",
    )
    assert draft.body.count("ttached") == 1, draft.body
    assert "HS_MarineCoord_SOP_v3.pdf and HS_SOP.zip" in draft.body


def test_a_timeline_given_in_writing_is_recalled_as_a_message() -> None:
    notes = (
        "ØRS - status\n1. last contact: Ida Winther mail 26.10, decision within 2 weeks\n"
        "3. write Ida short, polite. ask if timeline still ok\n"
    )
    facts = parse_notes(notes, today=dt.date(2026, 11, 9))
    draft = compose_draft(
        facts, kind="status-follow-up", medium="email", tone="warm", recipient="Ida Winther"
    )
    assert "When we spoke" not in draft.body
    assert "message" in draft.body, draft.body


def test_verb_forms_of_known_words_are_spelled() -> None:
    from assistant.checker.spelling import is_known

    assert is_known("texting") and is_known("onboarding")
    assert not is_known("writting") and not is_known("recieving")


def test_zu_advice_and_deeds_under_emoji_and_present_tense_headings() -> None:
    from assistant.compose.kinds import action_clause, advice_phrase

    facts = parse_notes(
        "#career-chat notes w/ priya ramanathan (lead writer @ hibou bleu) — lundi 14/12\n"
        "💡 her advice:\n- set up a style guide for the narrator voice early, 1 page max\n\n"
        "✅ what i did:\n- booked my no-meeting mornings (tue + thu)\n\n"
        "Advice:\n1. Update LinkedIn headline\nWhat I do:\n- applied Maasvlakte Freight on 2 oct\n"
    )
    said = [advice_phrase(a) for a in facts.advice]
    assert "to set up a style guide for the narrator voice early" in said
    assert "to update LinkedIn headline" in said
    done = [action_clause(a) for a in facts.actions_taken]
    assert "booked my no-meeting mornings" in done
    assert "applied to Maasvlakte Freight" in done


def test_zv_forwarded_german_mail_and_files_on_any_line() -> None:
    offer = parse_notes(
        "---------- Weitergeleitete Nachricht ----------\n"
        "Von: Sabine Maurer <sabine.maurer@autohaus-kessler.de>\n"
        "Betreff: Ihr Angebot – Serviceleiter Autohaus Kessler\nAn: yusuf.demir77@gmx.de\n\n"
        "Sehr geehrter Herr Demir,\n"
    )
    assert [p.name for p in offer.interviewers] == ["Sabine Maurer"]
    assert offer.company == "Autohaus Kessler"
    notes = (
        "ok Harbourline stuff to send Hemi Walker today, he emailed yesterday asking\n"
        "first – costing sheet, file is Harbourline_lamb_costing_v3.xlsx, v2 had a wrong yield\n"
        "second – banquet menu 300 pax, the PDF Ravi_Prasad_banquet_sample_2026.pdf\n"
    )
    draft = compose_draft(
        parse_notes(notes),
        kind="additional-info",
        medium="email",
        tone="warm",
        recipient="Hemi Walker",
    )
    assert "Harbourline_lamb_costing_v3.xlsx" in draft.body
    assert "kept thinking about" not in draft.body


def test_zr_offers_mails_and_employers() -> None:
    from assistant.compose.recipients import reply_recipient
    from assistant.notes.intent import read_intent

    mail = parse_notes(
        "Fwd: Offer – Sustainable Sourcing Lead\nFrom: Joost van Leeuwen\n"
        '"We are delighted to offer you the position of Sustainable Sourcing Lead at Vlasco."\n'
        "- Copenhagen (Nordhavn Studio) final round is 26 Nov\n"
        "- ask Joost for time until Friday 4 December\n"
    )
    assert mail.candidate is None  # "From:" atop a pasted mail is its sender
    assert [p.name for p in mail.interviewers] == ["Joost van Leeuwen"]
    assert mail.company == "Vlasco"
    assert read_intent("- ask Joost for time until Friday 4 December\n").offer_intent == (
        "ask-for-time"
    )
    plan = read_intent(
        "[19:10] ok. plan: counter. range they gave me was 55-62k, so 58 is the middle. "
        "I want €64.000\n"
    )
    assert plan.counter_figure == "€64.000"
    first = read_intent("My decision: I will accept. But first need answers to:\n1. ESOP?\n")
    assert first.offer_intent == "accept-after-questions"
    offer = "Q/A re: Riverdale offer (came in Fri 20 Nov, from Marcus Boateng)\n"
    people = [("Marcus Boateng", None, None), ("Lena", None, None)]
    lines = [offer, "A: Offer to send Lena the CPR poster anyway"]
    assert reply_recipient("offer-reply", people, lines) == "Marcus Boateng"
    assert parse_notes("my husband got the post at Heriot-Watt and I moved\n").company is None
    visit = parse_notes("miércoles 28 oct — visita Canal Meridiano, Pozuelo (tour + panel)\n")
    assert visit.company != "Pozuelo"
    assert (
        parse_notes("coffee (video) with Burcu Aydın, Cumartesi 3 Ekim\n").interviewers[0].name
        == "Burcu Aydın"
    )


def test_zr_people_in_brackets_and_from_hr_and_spoken_fillers() -> None:
    from assistant.compose.forms import spell_out
    from assistant.compose.topics import is_clause

    ray = parse_notes("coffee w/ big ray (raymond kessler) retired garage mgr ☕ 10/13\n")
    assert [p.name for p in ray.interviewers] == ["Raymond Kessler"]
    morag = parse_notes("memo\njust one person, Morag Kerr from HR, um, People and Culture\n")
    assert [p.name for p in morag.interviewers] == ["Morag Kerr"]
    assert spell_out("merging with the, um, the archive trust") == (
        "merging with the archive trust"
    )
    assert spell_out("Bora Bora trip") == "Bora Bora trip"
    assert not is_clause("the museum is merging with the", frozenset())


def test_a_file_is_never_labelled_with_a_persons_name() -> None:
    from assistant.compose.kinds import info_items, info_label

    line = "- reference letter from Dr. Siobhán Byrne MVB → Byrne_reference_2026.pdf"
    (item,) = [i for i in info_items([line], []) if i.form == "file"]
    label = info_label(item, [line])
    assert label is None or "Byrne MVB" not in label
