"""Interview notes -> Facts, deterministically: headers, bullets, panels, shorthand, prose."""

from __future__ import annotations

import datetime as dt
import re
from itertools import dropwhile

from assistant.english import in_lexicon
from assistant.models import Facts, Interviewer
from assistant.notes.buckets import fill_from_lines, unique
from assistant.notes.candidate import candidate_named, find_candidate
from assistant.notes.dates import find_dates, parse_date, resolve_timeline
from assistant.notes.forwarded import is_email_field, read_email
from assistant.notes.headers import TITLE_KEYS, read_header
from assistant.notes.headline import company_case, proper_case, read_headline
from assistant.notes.injection import instruction_lines
from assistant.notes.interview_day import interview_day
from assistant.notes.layout import join_wrapped_prose, split_list_line
from assistant.notes.normalise import normalise_notes
from assistant.notes.people import (
    DISCUSS_LEAD,
    EMAIL_RE,
    RANG,
    SEPARATOR,
    Person,
    clean_title,
    find_mentions,
    is_everyday_word,
    is_given_name,
    is_lowercase_name,
    is_name,
    parse_lead,
    split_points,
)
from assistant.notes.phrases import (
    find_format,
    find_promise,
    find_qualification,
    find_question,
    find_timeline,
    listed_questions,
    tidy,
    timeline_strength,
)
from assistant.notes.placement import place_lines
from assistant.notes.places import (
    compact,
    company_from_domain,
    domain_labels,
    find_company,
    find_company_by_suffix,
    find_role,
    is_attested,
    is_company_name,
)
from assistant.notes.roster import Roster, initials
from assistant.notes.speakers import (
    find_addressed,
    find_honoured,
    find_introduced,
    find_lowercase_speakers,
    find_named_anywhere,
    find_speakers,
    find_titled,
)

__all__ = ["parse_notes", "suspicious_lines"]

SENTENCE_SPLIT = re.compile(
    r"(?<!\b[A-Z]\.)(?<!\b(?:Dr|Mr|Ms|Mx|St|Jr|Sr|vs)\.)(?<!Mrs\.)(?<!Prof\.)(?<=[.!?])\s+(?=[A-Z\"'(])"
)
# "Questions were about credit risk models": what a conversation covered, said without a verb.
TOPIC_SENTENCE = re.compile(
    r"^(?:the\s+)?(?:questions|topics|conversation|discussion|interview|chat|call|it)\s+"
    r"(?:was|were|focused|centered|centred|revolved)\s+(?:mostly\s+|mainly\s+|largely\s+)?"
    r"(?:about|on|around)\s+(?P<topic>.+)",
    re.I,
)
PRONOUN_START = re.compile(r"^(?:she|he|they|her|his|their)\b", re.I)


def suspicious_lines(notes: str) -> list[str]:
    """Lines of the notes that read as instructions to a model; they never become facts."""
    lines = notes.splitlines()
    return [lines[index].strip() for index in sorted(instruction_lines(lines))]


# A line that announces the questions listed under it.
_QUESTIONS_FOLLOW = re.compile(
    r"(?i)\b(?:questions?|answers?|to\s+ask|to\s+clarify|to\s+confirm|need\s+to\s+know|"
    r"things\s+to\s+check)\b"
)


# What stands before the name of whoever rang, when it opens a sentence: a line's start, a
# dash, a colon or a full stop ("OFFER \u2014 Siobhán rang Tuesday").
_OPENS_BEFORE = re.compile(r"(?:^|[-\u2013\u2014:]\s|\.\s)\s*$")
# A person the notes write to, hear from or thank: "to Dana", "cc Óscar", "from Kofi".
_ADDRESSED = re.compile(
    r"(?i:\b(?:from|to|cc|thank)\s+)(?P<name>[A-ZÀ-Ý][\w'\u2019-]+(?:\s+[A-ZÀ-Ý][\w'\u2019-]+)?)"
)


class _Parse:
    """The state of one pass over the notes."""

    def __init__(self, notes: str, today: dt.date) -> None:
        self.notes = notes
        self.today = today
        self.facts = Facts()
        self.roster = Roster(self.facts)
        self.roster.read_words(notes)
        self.active: Interviewer | None = None
        self.active_indent = -1
        self.active_listed = False
        self.section: str | None = None
        self.section_indent = -1
        self.timeline_strength = 0

    # -- lines --------------------------------------------------------------------------------

    def on_header(self, kind: str, key: str, value: str, indent: int) -> None:
        facts = self.facts
        self.section = kind if not value or kind in {"interviewers"} else None
        self.section_indent = indent
        if kind == "candidate" and value and not is_name(_without_aside(value)):
            # "Me: launched a card-dispute tool ..." is about the candidate, not their name.
            self.on_sentence(value if re.match(r"(?i)i\b", value) else f"I {value}")
        elif kind in {"company", "role", "candidate", "format"} and value:
            field = {"format": "interview_format"}.get(kind, kind)
            written = _without_aside(value) if kind == "candidate" else tidy(value)
            if kind == "company" and re.search(r"\b(?:Co|Inc|Corp|Ltd)\.$", value.strip()):
                written += "."  # "Brightwater Coffee Co." keeps its full stop
            if kind == "format":
                written = find_format(value) or written
            if getattr(facts, field) is None:
                setattr(facts, field, written)
        elif kind == "date" and value:
            found = parse_date(value, self.today)
            if found is not None and facts.interview_date is None:
                facts.interview_date = found
        elif kind == "interviewers" and value:
            self.section = "interviewers"
            self.on_interviewer_value(value, key)
        elif kind == "email" and value:
            self.roster.attach_emails(value, self.active)
        elif value:
            self.section_item(kind, value)
            self.section = None

    def on_interviewer_value(self, value: str, key: str) -> None:
        """An `Interviewer:` value: one person with a title, or several names in a row."""
        lead = parse_lead(value, known_first_names=self.roster.known_first_names())
        found: list[Person] = [lead] if lead is not None else []
        if lead is None or re.search(r"\s(?:and|&)\s|,\s*[A-Z]", lead.rest):
            found = find_mentions("with " + value)
        added = [p for p in (self.roster.add(f) for f in found) if p is not None]
        for person in added:
            if key in TITLE_KEYS and person.title is None:
                person.title = key
        self.roster.attach_emails(value, added[0] if len(added) == 1 else None)
        if len(added) == 1:
            self.active, self.active_indent, self.active_listed = added[0], -1, False
            rest = found[-1].rest if found else ""
            self.roster.add_points(split_points(EMAIL_RE.sub("", rest)), self.active)

    def section_item(self, kind: str, text: str) -> None:
        facts = self.facts
        item = tidy(text)
        if not item:
            return
        if kind == "promised":
            facts.promised_actions.append(item)
        elif kind == "questions":
            facts.outstanding_questions.append(re.sub(r"\s+", " ", text.strip(" -—–")))
        elif kind == "qualifications":
            facts.qualifications.append(item)
        elif kind == "timeline":
            self.on_sentence(text, timeline_only=True)
            if facts.decision_timeline is None:
                facts.decision_timeline = item
        elif kind == "discussed":
            self.roster.add_points(split_points(text), None)

    def on_line(self, raw: str) -> None:
        self._on_line(raw)
        indent, _, text = split_list_line(raw)
        if text.rstrip().endswith(":") and _QUESTIONS_FOLLOW.search(text):
            # "I need answers first on a few things before I sign anything:": the list below
            # holds the questions.
            self.section, self.section_indent = "questions", indent

    def _on_line(self, raw: str) -> None:
        indent, marker, text = split_list_line(raw)
        if not text:
            return
        header = read_header(text)
        if header is not None:
            self.on_header(*header, indent)
            return
        if self.section == "interviewers" and (marker or indent > self.section_indent):
            if self.active is not None and indent > self.active_indent >= 0:
                self.on_block_line(text)
                return
            lead = parse_lead(text, known_first_names=self.roster.known_first_names())
            if lead is not None or is_name(text):
                self.on_lead(lead or Person(name=text), indent)
                return
        if self.section not in {None, "interviewers"} and (marker or indent > self.section_indent):
            self.section_item(self.section, text)
            return
        self.section = None if self.section != "interviewers" else self.section
        if self.active is not None and (
            (indent > self.active_indent and (marker or indent > 0))
            or (not self.active_listed and marker)
        ):
            self.on_block_line(text)
            return
        lead = (
            parse_lead(text, known_first_names=self.roster.known_first_names()) if marker else None
        )
        if lead is None and marker is None and re.match(r"^\d{1,2}[.)]", text) is None:
            lead = self._prose_lead(text)
        if lead is None and marker is None:
            lead = self._heading_person(text)
        if lead is None and self._name_only(text):
            # A name alone on its line heads the indented notes below it.
            lead = Person(name=text.strip(" :"))
        if lead is not None:
            self.on_lead(lead, indent, listed=marker is not None)
            return
        self.active_listed = self.active_listed and marker is not None
        for sentence in SENTENCE_SPLIT.split(text):
            # "She asked about X and I described Y": two facts, about two people.
            for piece in re.split(r",?\s+and\s+(?=I\s)", sentence):
                for clause in arrow_parts(piece):
                    self.on_sentence(clause)

    def _prose_lead(self, text: str) -> Person | None:
        """A person opening an unbulleted line with a separator ("Marcus Lee: asked about X")."""
        lead = parse_lead(text, known_first_names=self.roster.known_first_names())
        if lead is None or not SEPARATOR.match(text[len(lead.name) :].lstrip("() ")):
            return lead if lead is not None and lead.title is not None else None
        return lead

    def _heading_person(self, text: str) -> Person | None:
        """A person named in a heading ("coffee chat 14 jan - Sofia Bianchi, exec chef @ X")."""
        if find_mentions(text):
            return None
        for part in re.split(r"\s+[-—–|]\s+", text)[1:]:
            lead = parse_lead(part, known_first_names=self.roster.known_first_names())
            if lead is not None and lead.title and not self.roster.not_a_person(lead.name):
                return lead
        return None

    def _name_only(self, text: str) -> bool:
        name = text.strip(" :")
        return (
            is_name(name)
            and (len(name.split()) >= 2 or name.casefold() in self.roster.known_first_names())
            and not self.roster.not_a_person(name)
        )

    def on_lead(self, lead: Person, indent: int, *, listed: bool = True) -> None:
        person = self.roster.add(lead)
        if person is None:
            self.on_sentence(lead.rest)
            return
        self.active, self.active_indent, self.active_listed = person, indent, listed
        rest = self.roster.attach_emails(lead.rest, person)
        if rest.strip():
            self.on_block_line(rest)

    def on_block_line(self, text: str) -> None:
        """A line that belongs to the active interviewer (a sub-bullet, or the rest of a lead)."""
        text = self.roster.attach_emails(text, self.active)
        if not tidy(text) or re.match(r"^\s*e-?mail\b", text, re.I):
            return
        # "asked abt my ICU exp -> told her 5 yrs of ICU nursing": each side is its own fact.
        candidate = re.match(r"(?i)me\s*[-:=–—]?\s+(?P<name>.+)$", text.strip())
        if candidate and is_name(_without_aside(candidate.group("name"))):
            # "- me Aaliyah Brooks" among the bullets names the writer, not a topic.
            self.facts.candidate = self.facts.candidate or _without_aside(candidate.group("name"))
            return
        for part in arrow_parts(text):
            if part.strip() and not self._special(part):
                self.roster.add_points(split_points(part), self.active)

    def _special(self, text: str) -> bool:
        """Record a promise, timeline, question or strength; True when the text was one."""
        facts = self.facts
        timeline = find_timeline(text)
        strength = timeline_strength(text) if timeline else 0
        if timeline and strength > self.timeline_strength:
            # "they will decide within two weeks" outranks "site visits every two weeks".
            facts.decision_timeline, self.timeline_strength = timeline, strength
            return True
        promise = find_promise(text)
        if promise:
            facts.promised_actions.append(promise)
            return True
        listed = listed_questions(text)
        if listed:
            facts.outstanding_questions.extend(listed)
            return True
        question = find_question(text)
        if question:
            facts.outstanding_questions.append(question)
            return True
        quality = find_qualification(text)
        if quality:
            facts.qualifications.append(quality)
            return True
        return bool(timeline)

    def on_sentence(self, sentence: str, *, timeline_only: bool = False) -> None:
        text = sentence.strip()
        if not text:
            return
        if timeline_only:
            timeline = find_timeline(text) or None
            if timeline and self.timeline_strength < 3:
                # A "Timeline:" heading says outright that this is the decision timeline.
                self.facts.decision_timeline, self.timeline_strength = timeline, 3
            return
        lead = parse_lead(text, known_first_names=self.roster.known_first_names())
        if lead is not None and lead.title and DISCUSS_LEAD.match(lead.rest.strip()):
            # "Tom Becker, Charge Nurse, wanted to know how I would support parents".
            person = self.roster.add(lead)
            if person is not None:
                self.active, self.active_indent, self.active_listed = person, -1, False
                self.on_block_line(lead.rest)
                return
        mentions = [p for p in find_mentions(text) if not self.roster.not_a_person(p.name)]
        promise = find_promise(text)
        if promise:
            # "follow up with Kim re store visits" is a promise that names a person, not a topic.
            self.facts.promised_actions.append(promise)
            for mention in mentions:
                self.roster.add(mention)
            return
        if mentions:
            added = [self.roster.add(p) for p in mentions]
            people = [p for p in added if p is not None]
            self.active = people[0] if len(people) == 1 else None
            self.active_indent, self.active_listed = -1, False
            for person in people:
                self.roster.attach_emails(text, person if len(people) == 1 else None)
            rest = re.sub(r"^[\s,]*(?:who|which|and)\s+", "", mentions[-1].rest)
            rest = EMAIL_RE.sub("", rest)
            if (DISCUSS_LEAD.match(rest.strip()) or SEPARATOR.match(rest)) and not self._special(
                rest
            ):
                self.roster.add_points(split_points(rest), self.active)
            elif not DISCUSS_LEAD.match(rest.strip()):
                self._special(text)
            return
        if self._special(text):
            return
        starts_with_person = PRONOUN_START.match(text) or any(
            text.casefold().startswith(name + " ") for name in self.roster.known_first_names()
        )
        subject_stripped = re.sub(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+", "", text)
        if starts_with_person and DISCUSS_LEAD.match(subject_stripped):
            owner = self.active
            if not PRONOUN_START.match(text):
                owner = self.roster.find(text.split()[0]) or owner
            self.roster.add_points(split_points(subject_stripped), owner)
        elif (
            re.match(r"^(?:we|i)\s+", text, re.I)
            and DISCUSS_LEAD.match(re.sub(r"^(?:we|i)\s+(?:also\s+)?", "", text, flags=re.I))
            or DISCUSS_LEAD.match(text)
            and not re.match(r"^(?:about|re)\b", text, re.I)
        ):
            self.roster.add_points(split_points(text), self.active)
        else:
            topic = TOPIC_SENTENCE.match(text)
            if topic:
                self.roster.add_points(split_points(topic.group("topic")), self.active)

    # -- whole notes --------------------------------------------------------------------------

    def run(self) -> Facts:
        facts = self.facts
        lines = self.notes.splitlines()
        # Headers first, so that a company named in a header is never taken for a person.
        for raw in lines:
            if is_email_field(raw):
                continue  # "From: Joost van Leeuwen" atop a pasted mail is its sender
            header = read_header(split_list_line(raw).text)
            if header and header[0] in {"company", "role", "candidate"} and header[2]:
                self.on_header(*header, 0)
        self.section = None
        prose = "\n".join(join_wrapped_prose(lines))
        # Lines shouted in capitals are read for names as a title-cased line would be.
        cased = "\n".join(proper_case(p) if p.isupper() else p for p in prose.split("\n"))
        headline = read_headline(lines)
        if headline == (None, None) and _DATE_LINE.match(next((x for x in lines if x.strip()), "")):
            # "19OCT 0130Z (1430 local) - video call, Teams", then "pacific wings training
            # academy - Ground Instructor": the title is the line after the date.
            rest = list(dropwhile(lambda x: not x.strip(), lines))[1:]
            headline = read_headline(rest)
        # People the layout names are added after the reading, which keeps the order the notes
        # introduce people in; their first names let "Rosa: ..." lines open Rosa's notes.
        # A pasted e-mail's header ("Von: Sabine Maurer <...>") names its sender, read below;
        # its key is no speaker.
        # Lines shouted in capitals are read as a title-cased line would be ("1. NIAMH O'CONNOR —
        # HEAD OF TERMINAL OPS — CHAIR").
        read = [_unshouted(line) for line in lines if not is_email_field(line)]
        expected = (
            find_titled(read)
            + find_speakers(read)
            + find_honoured(read)
            + find_introduced(read)
            + find_lowercase_speakers(read)
            + find_addressed([_unshouted(line) for line in lines])
        )
        if headline.company and any(
            p.name == headline.company and not self.roster.not_a_person(p.name) for p in expected
        ):
            headline = headline._replace(company=None)  # "Ken - director of clinical ed."
        email = read_email(lines)
        subject = read_headline([email.subject]) if email.subject else headline
        if facts.company is None:
            own = _own_employers(self.notes)
            domain = company_from_domain(self.notes)
            # The interviewers' mail domain, written as a name in the notes, outranks a name
            # found in prose ("bei der VW Group Academy" in notes mailed from autohaus-kessler.de).
            # A subject's word in lower case is a word ("Re: Electrical Superintendent –
            # dokumenty"), where the rest of the subject is capitalised.
            subject_company = subject.company if email.subject else None
            if subject_company and email.subject and subject_company.lower() in email.subject:
                subject_company = None
            # "Yuki — offer notes": a lone given name heading the notes is someone's; a name
            # the prose gives the employer comes first.
            given = bool(headline.company) and is_lowercase_name(headline.company or "")
            given = given and " " not in (headline.company or "")
            found = (
                (None if given else headline.company, False),
                (subject_company, False),
                (domain, False),
                (find_company(cased), True),
                (headline.company if given else None, False),
                (find_company_by_suffix(cased), True),
            )
            facts.company = (
                next(
                    (
                        name
                        for name, in_prose in found
                        if name
                        and is_company_name(name)
                        and name not in own
                        and is_attested(name, self.notes, in_prose=in_prose)
                        # "car park before shift" heads notes mailed to @harbourlinehotel.co.nz
                        and not (domain and _only_words(name) and not _in_domain(name, self.notes))
                    ),
                    None,
                )
                or domain
            )
            if (
                domain
                and facts.company
                and facts.company.casefold().endswith(" " + domain.casefold())
            ):
                facts.company = domain  # "Serviceleiter Autohaus Kessler": a role, then the firm
        if facts.role is None:
            facts.role = headline.role or subject.role or find_role(prose)
        if facts.company and facts.role:
            facts.company = _without_role_initials(facts.company, facts.role)
        if facts.candidate is None:
            facts.candidate = find_candidate(prose)
        self.roster.expect(expected)
        if email.sender:
            # The person who wrote a pasted email (often the recruiter) is someone to answer.
            person = self.roster.add(Person(name=email.sender[0]))
            if person is not None and person.email is None:
                person.email = email.sender[1]
        for raw in join_wrapped_prose(lines):
            if is_email_field(raw):
                continue
            if not raw.strip():
                self.section, self.active, self.active_indent = None, None, -1
                self.active_listed = False
                continue
            self.on_line(raw)
        for named in expected:
            self.roster.add(named)
        self.finish()
        return facts

    def finish(self) -> None:
        facts = self.facts
        if facts.interview_date is None:
            facts.interview_date = self._prose_date()
        if facts.interview_format is None:
            facts.interview_format = find_format(self.notes)
        if facts.decision_timeline:
            anchor = facts.interview_date
            if anchor is not None:
                facts.decision_by = resolve_timeline(facts.decision_timeline, anchor)
            else:
                dates = find_dates(facts.decision_timeline, self.today, forward=True)
                facts.decision_by = dates[0][0] if dates else None
        if facts.company:
            facts.company = company_case(facts.company)
        if facts.role:
            # "Role: Data Engineer at Acme Analytics": drafts name the company on their own.
            facts.role = _without_company(facts.role, facts.company) or facts.role
            if facts.company and facts.role.casefold() == facts.company.casefold():
                facts.role = None  # the school's name read twice, as employer and as role
        for person in facts.interviewers:
            if person.title:
                person.title = clean_title(_without_company(person.title, facts.company))
        if facts.candidate is None:
            others = {w.casefold() for p in facts.interviewers for w in p.name.split()}
            facts.candidate = candidate_named(self.notes.splitlines(), others)
        if facts.candidate:
            facts.candidate = _signing_name(facts.candidate)
        facts.interviewers = [p for p in facts.interviewers if not self.roster.not_a_person(p.name)]
        if not facts.interviewers:
            # No heading, list or sentence named anyone: whoever the notes name in full is the
            # person to answer ("last email was from the HR lady Brittany Szabo on Nov 6").
            known = {w.casefold() for w in f"{facts.candidate or ''} {facts.company or ''}".split()}
            for found in find_named_anywhere(self.notes.splitlines(), known):
                self.roster.add(found)
            facts.interviewers = [
                p for p in facts.interviewers if not self.roster.not_a_person(p.name)
            ]
        # "Siobhán rang Tuesday (3rd) after lunch": whoever rang or wrote is someone to answer.
        for line in self.notes.splitlines():
            for rang in RANG.finditer(line):
                name = rang.group("name")
                if not _OPENS_BEFORE.search(line, 0, rang.start()):
                    continue
                if is_given_name(name) and name not in (facts.candidate or ""):
                    self.roster.add(Person(name=name))
        if not facts.interviewers:
            # "follow-up to Dana (lumenfield) + cc Óscar", "Offer (from Kofi, ...)": with no one
            # else found, a given name the notes write to, from or thank is someone to answer.
            for line in self.notes.splitlines():
                for addressed in _ADDRESSED.finditer(line):
                    name = addressed.group("name")
                    first = name.split()[0]
                    if (
                        is_given_name(first)
                        and not is_everyday_word(first)
                        and first not in (facts.candidate or "")
                    ):
                        self.roster.add(Person(name=name))
        named = {w.casefold() for p in facts.interviewers for w in p.name.split()}
        if facts.company and {w.casefold() for w in facts.company.split()} <= named:
            facts.company = None  # "the role at Tomasz": a panelist's name, never the employer
        for field in ("promised_actions", "qualifications", "outstanding_questions"):
            setattr(facts, field, unique(getattr(facts, field)))

    def _prose_date(self) -> dt.date | None:
        """The interview day written in the notes: early lines first, never a decision date."""
        lines = [line for line in self.notes.splitlines() if line.strip()]
        for index, line in enumerate(lines):
            if index >= 3 and find_timeline(line):
                continue
            if re.search(r"\b(?:by|before|until|deadline|due)\s+\S*\s*$", line.split(":")[0]):
                continue
            dates = find_dates(line, self.today)
            for found, start, _ in dates:
                before = line[max(0, start - 8) : start].casefold()
                if not re.search(r"\b(?:by|before|until|till)\s*(?:the\s+)?$", before):
                    return found
        return None


def _without_company(title: str, company: str | None) -> str:
    """ "Metro Editor at the Bayside Courier" -> "Metro Editor" when the company is known."""
    if not company:
        return title
    pattern = rf"\s*(?:,|\bat|\bof|\bfrom|@)\s+(?:the\s+)?{re.escape(company)}\b.*$"
    return re.sub(pattern, "", title, flags=re.I) or title


_ARROW = re.compile(r"\s+(?:->|=>)\s+|\s*→\s*")
# The left side of an arrow that asks: "asked abt my ICU exp -> told her 5 yrs", "Q: why -> ...".
_ASKED = re.compile(
    r"\?|\b(?:asked|asks|ask|q|question|wanted to know|how|what|why|which|when|where|who)\b",
    re.IGNORECASE,
)


def arrow_parts(text: str) -> list[str]:
    """A question and its answer split at the arrow between them; any other arrow reads as
    "to" ("their kafka -> postgres migration" is one move, not two facts)."""
    parts = _ARROW.split(text)
    if len(parts) > 1 and not _ASKED.search(parts[0]):
        return [_ARROW.sub(" to ", text)]
    return parts


# A line in the candidate's own voice ("me: walked thru the k8s upgrade at Quantra", "my
# current employer, Vantrix"): the place it names is where they work now.
_OWN_LINE = re.compile(
    r"^\W*(?:\d{4}-\d\d-\d\dT[\d:]+\s+)?(?:me\s*[:\-]|i\s+(?:work|led|built|walked|ran|said)\b)"
    r"|\bmy\s+(?:current|present)\s+(?:employer|job|company|role)\b|\bcurrently\s+at\b",
    re.IGNORECASE,
)
_AT_NAME = re.compile(r"\b(?:at|with|for)\s+([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3})")


def _without_role_initials(company: str, role: str) -> str:
    """ "Stingrays" from "Stingrays HPM" when the role is High Performance Manager."""
    words = company.split()
    letters = "".join(word[0] for word in role.split() if word[:1].isupper())
    if len(words) > 1 and len(letters) > 1 and words[-1] == letters:
        return " ".join(words[:-1])
    return company


def _only_words(name: str) -> bool:
    """True for a name made of English words alone ("Car Park Before", "Knock Back")."""
    return all(in_lexicon(word.casefold()) for word in re.findall(r"[^\W\d_]+", name))


def _in_domain(name: str, notes: str) -> bool:
    """True when a mail domain of the notes spells `name` ("Juniper Health", juniperhealth.org)."""
    spelled = compact(name)
    return any(spelled in label or label in spelled for label in domain_labels(notes))


def _own_employers(notes: str) -> frozenset[str]:
    """Organisations the candidate's own lines name: never the employer they interview with."""
    return frozenset(
        name
        for line in notes.splitlines()
        if _OWN_LINE.search(line)
        for name in _AT_NAME.findall(line)
    )


# How others address the candidate, never how they sign: "Mrs Qureshi", "Mehmet Bey".
_ADDRESS_BEFORE = re.compile(
    r"(?i)^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|sister|brother|father|rev|reverend|pastor|"
    r"maj|capt|col|lt|sgt|cdr|cpl|gen|brig)\.?\s+"
)
_ADDRESS_AFTER = re.compile(r"(?i)\s+(?:bey|hanım|hanim|hocam|hoca|efendi|san|sama|ji|sahib|sb)$")


# A line that opens with a date or a time: "19OCT 0130Z", "12-Oct-2026", "Tue 20/10, 4pm".
_DATE_LINE = re.compile(
    r"(?i)^\W*(?:\d{1,4}[-/. ]?(?:\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)"
)
# A nickname in quotes between a first name and a surname: Richard "Rick" Hanley.
_NICKNAME = re.compile(r"(?<=[A-Za-z])\s+[\"“‘'][A-Z][a-z]+[\"”’']\s+(?=[A-Z])")


def _signing_name(name: str) -> str | None:
    """The candidate's name as they sign it: "Mehmet Bey" is "Mehmet"; "Mrs Qureshi", a title
    and a surname, is how a letter greets them, not a signature (None)."""
    bare = _ADDRESS_AFTER.sub("", name.strip())
    titled = _ADDRESS_BEFORE.match(bare)
    if titled:
        bare = bare[titled.end() :]
        if len(bare.split()) < 2:
            return None
    return bare or None


def _without_aside(text: str) -> str:
    """`text` without a parenthesised aside: "Zoe Campbell (junior)" -> "Zoe Campbell"."""
    return tidy(re.sub(r"\s*\([^()]*\)", "", text))


def parse_notes(notes: str, *, today: dt.date | None = None) -> Facts:
    """Facts written in the notes; fields the notes do not give stay empty, never guessed."""
    day = today or dt.date.today()
    normalised = normalise_notes(notes)
    # Markdown emphasis ("**Company:** Acme") is decoration, not content.
    plain = _NICKNAME.sub(" ", re.sub(r"\*\*|__|`", "", normalised.text))
    lines = plain.split("\n")
    # Instructions to a model, one spread over lines included, are read by no part of the parser.
    instructions = instruction_lines(lines)
    clean = "\n".join(line for index, line in enumerate(lines) if index not in instructions)
    facts = _Parse(clean, day).run()
    facts.warnings = normalised.warnings
    facts.interview_date = interview_day(clean.split("\n"), day) or facts.interview_date
    placed = place_lines(lines, facts, day, instructions)
    fill_from_lines(facts, placed.points, clean, placed.asides)
    _owners_by_initials(facts)
    return facts


# A line that opens with someone's initials: "PvW says the RMCP ...", "Q (NK): tell us about",
# "SN -> how do you feel about ...", "LN mentioned the Cape Town office".
_BY_INITIALS = re.compile(
    r"^\W*(?:Q\s*)?\(?(?P<who>[A-Z][a-z]?[A-Z][a-z]?[A-Z]?)\)?\s*"
    r"(?::|->|\u2192|\s(?:says|said|asked|mentioned|explained|wants|told|thinks)\b)"
)


def _owners_by_initials(facts: Facts) -> None:
    """Points that open with an interviewer's initials belong to that interviewer."""
    owners = {initials(person.name): person.name for person in facts.interviewers}
    owners.pop("", None)  # one-word names have no initials
    for index, point in enumerate(facts.points):
        found = _BY_INITIALS.match(point.text)
        owner = owners.get(found.group("who").casefold()) if found else None
        if owner and owner != point.person:
            facts.points[index] = point.model_copy(update={"person": owner})


def _unshouted(line: str) -> str:
    """A line written in capitals, in title case; "O'CONNOR" as "O'Connor"."""
    if not (line.isupper() and re.search(r"[A-Z]{2}", line)):
        return line
    return re.sub(r"\b([OD])'([a-z])", lambda m: f"{m[1]}'{m[2].upper()}", proper_case(line))
