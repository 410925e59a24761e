"""What the composer reads from the facts for one recipient: who, which points, which promises."""

from __future__ import annotations

import re
import zlib

from assistant.compose import grammar, kinds, text
from assistant.compose.forms import Phrase, first_part, is_clean, realise, spell_out, unshout
from assistant.compose.recipients import is_plausible_name, role_addressee
from assistant.compose.topics import is_clause, is_topic
from assistant.english import in_lexicon, is_bare_singular, is_mass_noun, is_noun_phrase
from assistant.models import Facts, Interviewer, Point
from assistant.notes.people import given_names, is_everyday_word, is_profession


def find_person(facts: Facts, recipient: str) -> Interviewer | None:
    """The interviewer meant by `recipient`: "Sofia Bianchi" finds "Chef Sofia Bianchi" too."""
    person = facts.interviewer(recipient)
    if person is not None:
        return person
    wanted = set(recipient.casefold().split())
    matches = [i for i in facts.interviewers if wanted and wanted <= set(i.name.casefold().split())]
    return matches[0] if len(matches) == 1 else None


def recipient_index(facts: Facts, recipient: str) -> int:
    """The recipient's place in the panel, so panelists get different frames."""
    person = find_person(facts, recipient)
    if person is not None:
        return facts.interviewers.index(person)
    return zlib.crc32(recipient.strip().casefold().encode()) % 7


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _overlaps(text: str, others: list[str]) -> bool:
    """Whether `text` is, or holds, or sits inside one of `others` (private, logistics)."""
    key = " ".join(re.findall(r"\w+", text.casefold()))
    for other in others:
        theirs = " ".join(re.findall(r"\w+", other.casefold()))
        if key and theirs and (key in theirs or theirs in key):
            return True
    return False


# Pay, benefits and paperwork: known from the notes, but never a thank-you's topic.
_LOGISTICS = re.compile(
    r"\$|\b(?:salary|pay|paid|per hour|/hr|hourly|bonus|sign-on|signing|equity|stock|pto|401k|"
    r"benefits?|drug (?:screen|test)|background check|badge|paperwork|relocation|share options?|"
    r"stock options?|options? pool|vesting|pension|package|ctc|sti|lti|car allowance|"
    r"annual leave|notice period|references|referees|reference checks?)\b"  # "my referees"
    r"|[£€]|\bR\d|\bZAR\b|\bGBP\b|\bEUR\b",
    re.IGNORECASE,
)


def _speakable(facts: Facts, text: str) -> bool:
    """Neither private nor logistics (pay, benefits, paperwork): never a topic, in any kind.

    Dates and times are judged on the phrase said (`topics.is_topic`), not the whole note.
    """
    if _overlaps(text, facts.private) or _overlaps(text, facts.logistics):
        return False
    return not _LOGISTICS.search(text)


def people_names(facts: Facts) -> frozenset[str]:
    """Every word of a name the facts know: the panel's, the candidate's, the points' owners'."""
    names = [facts.candidate, *(i.name for i in facts.interviewers)]
    names += [p.person for p in facts.points]
    words = {w.strip(".,") for name in names if name for w in name.split()}
    return frozenset(w for w in words if w[:1].isupper() and len(w) > 1)


# First words the composer itself puts before a note's words ("the", "you", "whether").
_MADE_STARTS = text.word_set("the you your whether having")


def _says_it(phrase: Phrase, names: frozenset[str], source: str) -> bool:
    """Whether a realised phrase is correct to say: a topic reads as a noun phrase, a clause
    names no one, and neither starts inside a word of the note it came from ("mote cache")."""
    first = phrase.text.split(" ", 1)[0]
    spelled = spell_out(unshout(source))
    inside = not re.search(rf"(?<![\w-]){re.escape(first)}", spelled, re.IGNORECASE)
    if source and inside and first.lower() not in _MADE_STARTS and not first.endswith("ing"):
        return False
    if phrase.form == "topic":
        return is_topic(phrase.text, names)
    return is_clause(phrase.text, names)


def _without_company(facts: Facts, phrase: str) -> str:
    """The phrase with the company's name taken out: it is no person's, and may be said."""
    company = facts.company
    if not company:
        return phrase
    return re.sub(re.escape(company), "the company", phrase, flags=re.IGNORECASE)


# A line that is a question put to the candidate, or that reports one: "Q: how do you handle
# ...", "Mr Patel asked how I would explain a dip in results to governors".
_ASKED_LINE = re.compile(
    r"(?i)^\W*(?:q\d*\s*(?:\([^)]{1,20}\)\s*)?[:.)-]|question\s*:)"
    r"|\basked\s+(?:me\s+)?(?:about|how|what|why|whether|if)\b"
)


def _phrase(note: str, topic: str | None, theirs: bool) -> Phrase | None:
    if topic and topic.strip() == note.strip():
        # The "topic" is the line itself: a question, or news told as a clause, reads well
        # once the line is read as a line; a deed noted ("offered an office-hours model") not.
        read = realise(note, theirs=theirs)
        if read is not None and (read.form == "clause" or _ASKED_LINE.search(note)):
            return _phrase(note, None, theirs)
    if topic:
        given = realise(note, topic=topic, theirs=theirs)
        if given is not None and given.form == "topic":
            return Phrase(_definite(_line_start_lowered(given.text)), "topic")
        return given
    phrase = realise(note, theirs=theirs)
    head = note.split(",", 1)[0]
    if phrase is None and head != note and len(head.split()) > 2:
        # "we went deep on indirect calorimetry, they have one device and nobody trained": the
        # first part says what was discussed; the rest is the writer's remark on it.
        phrase = realise(head, theirs=theirs)
    if phrase is not None and phrase.form == "topic":
        # "Caseloads on intake", a table's cell: its capital only starts the cell.
        return Phrase(grammar.point_phrase(_line_start_lowered(phrase.text)), "topic")
    return phrase


def _line_start_lowered(text: str) -> str:
    """A capital that only starts the note's line ("Capital campaign for ...") lowered."""
    first, _, rest = text.partition(" ")
    # "Caseloads": a plural of the language is a word too, unless someone is called it.
    worded = is_everyday_word(first) or (
        in_lexicon(first.lower()) and first.lower() not in given_names() and rest.islower()
    )
    if first[:1].isupper() and first[1:].islower() and worded:
        return f"{first.lower()} {rest}".strip()
    return text


# "capital campaign for the new warehouse": a complement with "the" makes the head definite.
_DEFINITE_COMPLEMENT = re.compile(r"\s(?:of|for|at|in|on|to|with|from)\s+the\s")


def _definite(text: str) -> str:
    """ "the capital campaign for the new warehouse", from a note's bare noun phrase."""
    first = text.split(" ", 1)[0]
    bare = first.islower() and first not in grammar.DETERMINERS and not first.endswith("ing")
    own = first in {"my", "your", "their", "how", "what", "why", "whether"}
    if bare and not own and _DEFINITE_COMPLEMENT.search(text):
        return "the " + text
    words = text.split()
    named = (
        1 < len(words) <= 3
        and re.fullmatch(r"[A-Z][a-z]+", words[0]) is not None
        and words[-1].islower()
        and not words[-1].endswith("s")
        and not is_mass_noun(words[-1])
    )
    # A singular count noun takes "the" too ("consumer lag at peak", "roadmap for instant
    # payouts"), when the phrase is otherwise one: a lone word ("problem") says too little,
    # and "friendly but sharp" is no noun phrase with or without it.
    core = re.split(r"\s+(?:of|for|at|in|on|to|with|from|about|and|or)\s+", text, maxsplit=1)[0]
    counted = (
        len(words) > 1
        and len(core.split()) <= 4
        and not re.search(r"\d", core)  # "ICU new grad turnover 28% first year": a note's line
        and not any(is_profession(w) for w in core.split())  # "consultant microbiologist"
        and is_bare_singular(text)
        and is_noun_phrase(text)
    )
    if named or counted:
        return "the " + text  # "Hay office", "Kayenta partnership": a named one takes "the"
    return text


# Buckets of the lines that hold points of the conversation (see `Facts.lines`).
_POINT_BUCKETS = frozenset({"interviewer", "shared", "candidate"})
# "Interviewer: ", "Panel - ": a label that opens a pasted line.
_LABEL = re.compile(r"^\W*[A-Za-z][\w /'-]{0,24}?\s*(?::|\s[-–—])\s*")


def _names_only(facts: Facts, note: str) -> bool:
    """Whether a note says only who was there ("Paul Henderson, Lab Supervisor")."""
    known = [facts.company, facts.role, facts.candidate]
    for person in facts.interviewers:
        known += [person.name, person.title, *person.name.split()]
    rest = _LABEL.sub("", note)
    for name in sorted((k for k in known if k), key=len, reverse=True):
        rest = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", rest, flags=re.IGNORECASE)
    return not re.search(r"[^\W\d_]{2,}", rest)


# A line of the candidate's plan for the message, not of the conversation: "mention I enjoyed
# his point about the Bolton theatres scheme", "short & gracious, thank Omar".
_PLAN_LINE = re.compile(
    r"(?i)^\W*(?:[a-z0-9]{1,2}[.)]\s+)?(?:(?:mention|say|thank|tell\s+(?:them|him|her)|remind|"
    r"include|attach|cc|sign\s+off|sound|make\s+sure|don'?t|do\s+not|keep\s+it)\b"
    r"|(?:short|brief|polite|formal|gracious|warm|tone)\s*(?:&|and\b|,|:|=|-|$))"
)


def is_point(facts: Facts, point: Point) -> bool:
    """Whether a point may be said: it came from a line of the conversation, not a header, a
    private or a set-aside line, and it says more than who was there."""
    buckets = {line.number: line.bucket for line in facts.lines}
    if point.line is not None and buckets.get(point.line, "shared") not in _POINT_BUCKETS:
        return False
    if _PLAN_LINE.match(point.text):
        return False
    titles = [p.title for p in facts.interviewers if p.title and len(p.title.split()) > 1]
    if any(re.search(rf"(?i)(?<!\w){re.escape(title)}(?!\w)", point.text) for title in titles):
        return False  # "board audit & risk committee chair": who someone is, not what was said
    return not _names_only(facts, point.text)


# Words that alone are no topic to recall: pay, logistics, filler.
_NO_TOPIC_ALONE = frozenset(
    ["salary", "pay", "money", "benefits", "stuff", "things", "everything", "it", "that", "this"]
    + ["me", "myself", "logistics", "scheduling", "hours", "parking", "relocation", "visa"]
)


def _one_word_topic(phrase: Phrase, note: str) -> bool:
    """ "Rick asked about budgets": one word the conversation was about is a topic."""
    word = phrase.text.casefold()
    return (
        phrase.form == "topic"
        and word.isalpha()
        and word not in _NO_TOPIC_ALONE
        and in_lexicon(word)
        and bool(re.search(rf"(?i)\babout\s+{re.escape(word)}\s*(?:[,.;]|$)", note))
    )


# The reader's team, as the notes name it: "the software they use", "their APRA work".
_THEIR_OWN = re.compile(r"^(?P<head>(?:the|a|an)\s+(?:[\w-]+\s+){1,3})they(?=\s+\w)|^their\b")


def _to_the_reader(topic: str) -> str:
    """A topic about the reader's side said to them: "the software you use", "your APRA work";
    a superlative with its article ("the biggest HSE mistake I saw offshore")."""
    topic = _THEIR_OWN.sub(lambda m: f"{m.group('head')}you" if m.group("head") else "your", topic)
    return _BARE_SUPERLATIVE.sub("the ", topic)


# A topic that opens with a superlative and no article: "biggest HSE mistake I saw offshore".
_BARE_SUPERLATIVE = re.compile(
    r"^(?=(?:biggest|best|worst|hardest|toughest|largest|greatest|most|least|main|"
    r"first|last|next|same)\s)"
)


def points_for(facts: Facts, recipient: str, kind: str = "thank-you") -> list[Phrase]:
    """This recipient's points, then the panel's; never a colleague's nor the candidate's own.

    Each point is realised by its form; what cannot be said correctly is left out.
    """
    person = find_person(facts, recipient)
    notes: list[tuple[str, str | None, bool]] = []  # (text, topic, theirs)
    said = [point for point in facts.points if is_point(facts, point)]
    if facts.points:
        for point in said:
            if point.owner == "candidate":
                continue
            if person is not None and point.person == person.name:
                notes.append((point.text, point.topic, True))
        for point in said:
            if point.owner != "candidate" and (point.person is None or person is None):
                notes.append((point.text, point.topic, False))
    else:
        own = person.discussed if person else []
        none: str | None = None
        notes = [(p, none, True) for p in own] + [(p, none, False) for p in facts.shared_points]
        if not notes and person is None:
            notes = [(p, none, False) for i in facts.interviewers for p in i.discussed]
    names = people_names(facts)
    seen: set[str] = set()
    kept = []
    for note, topic, theirs in notes:
        if not _speakable(facts, note) or (topic is not None and not _speakable(facts, topic)):
            continue
        # "Dr Raj Menon, sheep health vet": who was there, with a title the notes gave.
        named, comma, _ = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+", "", note).partition(", ")
        if comma and _names_only(facts, named):
            continue
        phrase = _phrase(note, topic, theirs)
        if phrase is None:
            continue
        if phrase.form == "topic":
            phrase = Phrase(_to_the_reader(phrase.text), phrase.form)
        judged = Phrase(_without_company(facts, phrase.text), phrase.form)
        if phrase.form == "topic" and not _says_it(judged, names, note):
            # "team growth plans and my dbt testing framework", "postgres migraton, consumer
            # lag at peak": a part that can be said stands alone.
            # "holiday staffing, they hire 15 seasonals": the part before the aside.
            parts = [first_part(phrase.text), *re.split(r",\s+|\s+and\s+", phrase.text)]
            sayable = [p for p in parts if _says_it(Phrase(p, "topic"), names, note)]
            phrase = judged = Phrase(sayable[0] if sayable else parts[0], "topic")
        if (len(judged.text.split()) < 2 and not _one_word_topic(judged, note)) or not _says_it(
            judged, names, note
        ):
            continue
        if _names_only(facts, re.sub(r"^the\s+", "", phrase.text)):
            continue  # "the Dr. Aisha Rahman": a name is never the topic of a sentence
        # "diary study for medication reminders" and "the diary study ..." are one point.
        key = re.sub(r"^(?:the|a|an)\s+", "", phrase.text.casefold())
        if key not in seen:
            seen.add(key)
            kept.append(phrase)
    return kept


# Words of a rejection's news: who called, the winner, the reason, the decision itself.
_ABOUT_THE_DECISION = re.compile(
    r"\b(?:candidates?|went with|go with|going with|chose|chosen|hired|internal|someone|"
    r"decision|decided|unfortunately|not moving forward|filled|letter|called|call|emailed|"
    r"experience|rejected|rejection|offer)\b",
    re.IGNORECASE,
)


def rejection_points(facts: Facts, recipient: str) -> list[Phrase]:
    """What a reply to a rejection may recall: topics of the recipient's own conversation,
    from lines that say nothing of the rejection (who called, the winner, the reason)."""
    person = find_person(facts, recipient)
    if person is None:
        return []
    texts = {line.number: line.text for line in facts.lines}

    def about_the_interview(point: Point) -> bool:
        line = texts.get(point.line, "") if point.line is not None else ""
        return not _ABOUT_THE_DECISION.search(f"{line} {point.text}")

    own = [p for p in facts.points if p.person == person.name and about_the_interview(p)]
    mine = facts.model_copy(update={"points": own, "shared_points": []})
    if facts.points and not own:
        return []
    return [
        p
        for p in points_for(mine, recipient, "rejection-reply")
        if p.form == "topic" and not _ABOUT_THE_DECISION.search(p.text)
    ]


def strengths_for(facts: Facts, recipient: str) -> list[str]:
    """The candidate's own strengths as list items: those told to this recipient first, then the
    rest, turned by the recipient's place in the panel so two panelists do not read the same."""
    person = find_person(facts, recipient)
    own = [p for p in facts.points if p.owner == "candidate" and is_point(facts, p)]
    if own:
        items = [(p.text, p.topic, person is not None and p.person == person.name) for p in own]
    else:
        items = [(q, None, False) for q in facts.qualifications]
    names = people_names(facts)
    told: list[str] = []
    rest: list[str] = []
    for note, topic, to_them in items:
        if not _speakable(facts, note):
            continue
        phrase = _strength(note, topic)
        if phrase and _is_strength(_without_company(facts, phrase), names):
            (told if to_them else rest).append(phrase)
    rest = dedupe(rest)
    if person is not None and rest:
        turn = facts.interviewers.index(person) % len(rest)
        rest = rest[turn:] + rest[:turn]
    return dedupe(told + rest)


# "having met with the Head of School": being there is no strength.
_MEETING = re.compile(
    r"^having (?:met|spoken|talked|told|sat|walked|visited|interviewed|asked|said)\b"
)


def _is_strength(phrase: str, names: frozenset[str]) -> bool:
    """A strength reads as one: not a meeting, a question ("why leave Corvid"), a superlative
    label ("biggest infra mistake") or a pasted clause."""
    if _MEETING.match(phrase) or re.search(r"\b(?:their|your|the team's)\b", phrase):
        return False  # "their on-call rotation": the team's, never the candidate's strength
    if re.match(r"(?i)(?:what|how|why|whether|when|where)\b", phrase):
        return False  # "what I would do first 90 days": a question put, not a strength
    if re.search(r"(?i)\b(?:password|passcode|pw|pwd|link|url|email|e-mail|address)\b", phrase):
        return False  # "zip password": what a note sends, never what the candidate brings
    if len(phrase.split()) < 3 and phrase.lower().startswith(("the ", "a ", "an ")):
        return False  # "the jumpseat": too little to say what the candidate brings
    first = phrase.split(" ", 1)[0].lower()
    if first.endswith("est") and len(first) > 4:
        return False
    having = re.match(r"having\s+(\w+)\s+(.*)", phrase)
    if having:
        # "having led the audit": a past participle, then what it was done to.
        return having.group(1).endswith(("ed", "en", "t", "wn", "un")) and is_topic(
            having.group(2), names
        )
    return is_topic(phrase, names)


def _strength(text: str, topic: str | None) -> str | None:
    """A strength as a list item ("my CCRN certification", "having led the audit"), or None."""
    if topic:
        phrase = realise(text, topic=topic, theirs=False)
        return phrase.text if phrase is not None and phrase.form == "topic" else None
    item = grammar.qualification_phrase(spell_out(unshout(text)))
    first = item.split(" ", 1)[0].lower()
    if item.startswith("having ") or first in {"my"}:
        return item if is_clean(item) and len(item.split()) <= 14 else None
    phrase = realise(item, theirs=False)
    if phrase is None or phrase.form != "topic":
        return None
    return grammar.point_phrase(phrase.text)


# Who a promise was made to: "told Whitcomb I'd send", "promised Ms. Lin that I would".
_NAME = r"((?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
_PROMISED_TO = (
    re.compile(
        r"^(?:told|promised|said to|emailed|send|sending|email|forward)\s+"
        + _NAME
        + r"(?:'s)?\s+(?:that\b|I'?d\b|id\b|I\s+would\b|I'?ll\b|I\s+will\b|to\b|the\b|my\b|"
        r"a\b|an\b|our\b)",
        re.IGNORECASE,
    ),
    re.compile(r"^" + _NAME + r"\s+that\s+I\b"),
)
# Promises the candidate made to themselves ("prepare a better example"): never announced.
_SELF_WORK = re.compile(
    r"^(?:prepare|practi[cs]e|brush up|study|rehearse|polish|improve|work on|review my|"
    r"think about|reflect)\b",
    re.IGNORECASE,
)


def _promised_to(action: str) -> set[str]:
    """The words of the name a promise was made to, if it names one."""
    tidy = text.tidy(action)
    match = _PROMISED_TO[0].match(tidy) or _PROMISED_TO[1].match(tidy)
    if match is None or not match.group(1)[:1].isupper():
        return set()
    words = {w.strip(".").casefold() for w in match.group(1).split()}
    return words - {"mr", "mrs", "ms", "mx", "dr", "prof", "i"}


# "send it with the case study": what "it" is, the notes knew and a message cannot say.
_NO_REFERENT = re.compile(
    r"^(?:(?:i\s+(?:will|would|'ll)\s+)?(?:send|share|email|forward|bring|submit)\s+)"
    r"(?:it|them|this|that|these|those)\b",
    re.IGNORECASE,
)


def promises_for(facts: Facts, recipient: str) -> list[str]:
    """Promised actions meant for this recipient: not private, not the candidate's own
    homework, and not made to someone else (a panelist, or a name the notes give)."""
    person = find_person(facts, recipient)
    mine = {n.casefold() for n in (person.name if person else recipient).split()}
    kept = []
    for action in facts.promised_actions:
        tidy = text.tidy(action)
        if (
            not tidy
            or _overlaps(tidy, facts.private)
            or _SELF_WORK.match(tidy)
            or _NO_REFERENT.match(tidy)
        ):
            continue
        words = set(re.findall(r"[\w']+", action.casefold()))
        others = [
            i
            for i in facts.interviewers
            if i is not person and words & {n.casefold() for n in i.name.split()}
        ]
        addressee = _promised_to(action)
        if others or (addressee and not addressee & mine):
            continue
        kept.append(action)
    return kept


def _role_sayable(role: str) -> bool:
    """A job title, not a pasted line: few words, no figures, no sentence break."""
    return (
        len(role.split()) <= 7
        and not re.search(r"[$\d]|\.\s|[:;!?]", role)
        and is_clean(spell_out(unshout(role)))
    )


# A title before a name in the notes: "Dr. Angela Reyes", "Mr Nair", "Lt. Castellano".
TITLED = (
    r"\b(?P<title>Dr|Mr|Mrs|Ms|Mx|Prof|Engr|Lt|Sgt|Capt|Maj|Col|Dra|Mme|Coach|Chef|Herr|Frau|Hr|"
    r"Fr|Sr|Sra|Srta|Señor|Señora|Pan|Pani|Monsieur|Madame|Signor|Signora|Dott)\.?\s+"
)
# Titles of other languages, as an English letter writes them: "Herr Schneider" is "Mr Schneider".
_ENGLISH_TITLE = {
    "herr": "Mr",
    "hr": "Mr",
    "frau": "Ms",
    "fr": "Ms",
    "sr": "Mr",
    "señor": "Mr",
    "sra": "Ms",
    "señora": "Ms",
    "srta": "Ms",
    "pan": "Mr",
    "pani": "Ms",
    "monsieur": "Mr",
    "madame": "Ms",
    "mme": "Ms",
    "signor": "Mr",
    "signora": "Ms",
    "dott": "Dr",
    "dra": "Dr",
}


# Days and months, whole or short, that may follow a name ("call from Dr. Reyes Fri 12/11").
_CALENDAR = (
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April"
    r"|June|July|August|September|October|November|December"
)


def _with_title(facts: Facts, name: str) -> str:
    """A name the notes write after a title, with its title and a first name if any ("Reyes"
    from "Dr. Angela Reyes" is "Dr. Angela Reyes"); a first name alone with the surname that
    follows it there ("Alessandro" from "Mr Alessandro Ricci" is "Mr Alessandro Ricci"); else
    the name as it is."""
    words = name.split()
    first = rf"(?:{re.escape(words[0])}\s+)?" if len(words) > 1 else r"(?:[A-Z][\w'-]+\s+)?"
    # "Mr. Pádraig Ó Cuív": a surname may open with an accented capital or a particle.
    after = (
        # "Ms. Linda M. Castellano": a middle initial before the surname.
        r"(?:(?:\s+[A-Z]\.)?\s+(?!(?:and|or|of|the|" + _CALENDAR + r")\b)"
        r"(?:(?:Ó|Ní|Nic|Mac|Mc|Uí|O')\s+)?[A-ZÀ-Ý][\w'’-]+)?"
        if len(words) == 1
        else ""
    )
    pattern = re.compile(TITLED + first + rf"{re.escape(words[-1])}\b" + after)
    for line in facts.lines:
        found = pattern.search(line.text)
        if found:
            titled = found.group(0).strip()
            english = _ENGLISH_TITLE.get(found.group("title").casefold())
            if english:
                titled = f"{english} {titled[found.end('title') - found.start() :].lstrip('. ')}"
            return titled
    if len(words) == 1:
        # "Takeda-san": a Japanese honorific the notes write is how the greeting says it.
        suffixed = re.compile(rf"\b{re.escape(name)}-(?:san|sama|sensei)\b")
        for line in facts.lines:
            found = suffixed.search(line.text)
            if found:
                return found.group(0)
    return name


# Posts a card or an email greets by full name, never by first name alone ("Hi Anita" to a
# headteacher); a title the notes give ("Mrs Clarke") is better still.
# A director or a VP who introduced themselves by first name is "Dear Tom," (readers of
# writer zs's drafts: "Dear Tom Gallagher" reads like a form letter).
_SENIOR_POST = re.compile(
    r"(?i)\b(?:headteacher|head\s+teacher|principal|dean|commissioner|colonel|provost|bishop|"
    r"rev(?:erend)?)\b"
)


_RELIGIOUS = frozenset(["sister", "brother", "father", "fr", "fr."])


def _formal_address(facts: Facts, full: str, title: str | None, medium: str) -> str | None:
    """How a greeting names someone who is not greeted by first name, or None.

    "Dr. Marisol Quintana" -> "Dr. Quintana"; "Anita Clarke" the headteacher -> "Anita Clarke";
    on a card, anyone else by first name after "Dear".
    """
    words = full.split()
    if words[0].casefold() in _RELIGIOUS and len(words) > 1:
        return full  # "Sister Mary Catherine": a religious name is said whole
    if words[0].casefold().rstrip(".") in text.HONORIFICS and len(words) > 1:
        return text.first_name(full)  # "Dr. Marisol Quintana" -> "Dr. Quintana"
    if len(words) > 1 and title and _SENIOR_POST.search(title):
        return full
    return text.first_name(full) if medium == "handwritten" else None  # a card: "Dear Priya,"


def frame_values(facts: Facts, recipient: str, medium: str = "email") -> dict[str, str | None]:
    """The variables every frame may use, from the facts; None where the facts are silent."""
    person = find_person(facts, recipient)
    full = text.usable_fact(person.name if person else recipient)
    # A greeting names a person only by a plausible name; a role is addressed as a role.
    addressee = text.usable_fact(role_addressee(recipient) if full else None)
    if full and not is_plausible_name(full):
        full = None
    if full:
        full = _with_title(facts, full)  # "Reyes" greeted as "Dr. Reyes", not "Hi Reyes"
    company_name = text.usable_fact(facts.company)
    role = text.usable_fact(facts.role)
    if role:
        # "title Localization Project Manager reporting to Hannah": the title alone.
        role = re.sub(r"(?i)^(?:job\s+)?title:?\s+|\s+reporting(?:\s+to\b.*)?$", "", role)
        # "Khanyisa H&S Manager application": the company's name and the application are not
        # the role's words.
        role = re.sub(r"(?i)\s+(?:application|applic\.?|app)$", "", role)
        if company_name and role.casefold().startswith(company_name.casefold() + " "):
            role = role[len(company_name) + 1 :]
    if role and not _role_sayable(role):
        role = None  # "Platform Engineer. Base salary $148,000" is a pasted line, not a title
    if role:
        role = text.title_written_out(role)
    company = text.company_phrase(company_name) if company_name else None
    position = text.position_phrase(role, company)
    topic = position
    if not role:
        topic = f"your work at {company}" if company else "your work"
    timeline = kinds.timeline_phrase(facts.decision_timeline or "")
    return {
        "full": full,
        "first": text.first_name(full) if full else None,
        "formal": _formal_address(facts, full, person.title if person else None, medium)
        if full
        else None,
        "addressee": addressee,
        "position": position,
        # "the role at Terre Commune ... join the team": the company is named once, and the
        # team is "the" team, since the reader may be in HR or outside it.
        "where": "the team" if not company or company in topic else company,
        "topic": topic,
        "role": text.role_title(role) if role else None,
        "candidate": text.usable_fact(facts.candidate),
        "timeline": timeline or None,
    }
