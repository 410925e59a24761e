"""The kind-specific facts as sayable phrases: questions, figures, the information to send,
advice and what was done with it, a timeline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from assistant.compose.forms import first_part, is_clean, spell_out, unshout
from assistant.compose.text import iso_dates_in_words, tidy, word_set
from assistant.english import is_base_verb, is_known, is_noun_phrase, word_classes
from assistant.notes.kinds import SEPARATE_PASSWORD
from assistant.notes.people import is_given_name

InfoForm = Literal["link", "password", "file", "correction", "slip", "detail"]

# A bare domain needs a path: "castellanrowe.com" alone is the company's own site or the end
# of an e-mail address, never the thing promised; "jadelin.design/work" is.
_URL = re.compile(
    r"https?://\S+|(?<![@\w.-])(?:www\.)?[\w-]+\.(?:com|org|io|co|net|dev|me|app)/\S*"
    r"|(?<![@\w.-])(?:www\.)?[\w-]+\.(?:design|site|page|studio|xyz|info)/\S*"
)
_FILE = re.compile(r"\b[\w.-]+\.(?:pdf|docx?|pptx?|xlsx?|csv|zip|png|jpe?g|key|pages)\b", re.I)
# "the password is greenhouse7", "pw: Tangerine42", "Password for file | Bridge2026!": the word,
# at most a few words, then "is", a colon or a table bar, then the password itself.
_PASSWORD = re.compile(
    r"\b(?:password|passcode|pw|pwd|access\s+code)\b[^:|\n]{0,20}?(?:\bis\b|:|\|)\s*([^\s|]+)",
    re.IGNORECASE,
)
# Where a correction's right answer starts: "correction:", "Actual:", "A (correct):", "what I
# should've said:", "the right figure is".
_CORRECTION_CUE = re.compile(
    r"\bcorrection\s*[!.]+\s*|\bcorrection\s+from\s+[^:.]{2,40}:\s*|"
    r"\b(?:correction(?:\s+to\s+send)?|correct(?:ed)?(?:\s+(?:figure|answer|number))?|actual|"
    r"A\s*\(correct\)|what\s+I\s+should(?:'ve|\s+have)\s+said|should(?:'ve|\s+have)\s+said)"
    r"\s*:\s*|\b(?:the\s+)?(?:right|correct|true|actual)\s+(?:figure|number|answer|date|version)"
    r"\s+(?:is|was)\s+",
    re.I,
)
# "about the amazon job it was 14 months not 2 years": the right figure against the wrong one.
_IT_WAS_NOT = re.compile(
    r"(?:\babout\s+(?P<topic>the\s+[\w ]{2,30}?)\s+)?\bit\s+(?:was|is)\s+(?P<right>[^,.;()]+?),?"
    r"\s+not\s+(?P<wrong>[^,.;()]+)",
    re.I,
)
# "(not 6.5% like I say)": the figure said in the interview.
_NOT_AS_SAID = re.compile(r"\s*\(not\s+([^()]+?)(?:\s+(?:like|as)\s+I\s+\w+)?\)", re.I)
_COMMON_STARTS = word_set("it we the a an our my this that there they he she")
# "Said ROU asset was $1.2M": the slip a correction answers.
_SLIP = re.compile(r"(?:^|[|.]\s*)said\s+((?:[^.|]|\.\d){3,60}?)\s*\.?\s*$", re.I)
# A sentence that reminds the writer ("Fix this, she'll check").
_TO_SELF = re.compile(
    r"^(?:fix|send|don'?t|do not|keep|remember|check|call|ask|need to|minor|let op|"
    r"must|I\s+(?:must|should|need\s+to|have\s+to|want\s+to\s+be))\b",
    re.I,
)
_QUESTION_START = re.compile(
    r"^(?:is|are|was|were|can|could|do|does|did|will|would|should|may|what|when|where|which|who|"
    r"whom|whose|why|how)\b",
    re.IGNORECASE,
)
# A remark after a question, for the writer alone: ", still never got an answer on that".
_REMARK_AFTER = re.compile(
    r"(?i),\s+(?:still|never|not|but|ugh|lol|no\s+one|nobody|already|as\s+always|again)\b.*$"
)
# "equipment — do I get a laptop", "on-call rotation: is it paid": a topic, then the question.
_TOPIC_LEAD = re.compile(
    r"^(?P<topic>[^:?,\u2014]{2,80}?)\s*(?::|,|\s\u2014|\s-)\s+(?P<question>(?:is|are|do|does|did|can|"
    r"could|will|would|should|what|when|where|which|who|why|how)\b.*)$",
    re.IGNORECASE,
)
# A question the candidate asks themselves about the employer ("Is that even a working day for
# them?", "How to ask without them pulling the offer?", "Can they do that?"): never put to them.
_ASIDE_QUESTION = re.compile(r"\b(?:they|them|their|even)\b|^\s*how\s+to\b", re.I)
_ASIDE = re.compile(
    r"^\s*(?:\(me\)|me:|q:|q\s*-|ask(?: re:?| about| if| whether)?:?)(?!\w)\s*", re.I
)
_PREPOSITIONAL = re.compile(
    r"\b(?:by|within|before|in|around|after|until)\b(?:\s+(?:the|a|an|next|this|end|early|mid|"
    r"late|about|another|[\w,]+)){1,5}$",
    re.IGNORECASE,
)
# A past-tense verb that starts what the candidate did ("rewrote the resume").
_IRREGULAR_PAST = word_set(
    "did read wrote rewrote took got sent made ran built led met gave bought found began spoke "
    "sat set kept told put brought"
)
_TRAILING_DATE = re.compile(
    r"(?:\s+(?:on|last|le|el|am|den)?\s*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|mon|tue|tues|wed|thu|thurs|fri|sat|"
    r"sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    # "pulled the FSCA register same day", "signed up that evening"
    r"(?:the\s+)?same\s+day|that\s+(?:day|week)|right\s+away|"
    r"(?:that\s+(?:same\s+)?|same\s+)?(?:night|evening|morning|afternoon|arvo)|"
    # "20-22/10", "9-13.11", "15.–19.03.2027", "2. 10.", "2026-12-02": a day or a span of days.
    r"\d{1,2}\.?\s*[-\u2013]\s*\d{1,2}[./]\s?\d{1,2}\.?(?:\d{2,4})?|\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|"
    r"\d{4}-\d{2}-\d{2}|"
    # "on 2 oct", "on 5/10": the day it was done, which the reader needs no more than the deed.
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?))+$",
    re.IGNORECASE,
)
_ADVICE_LEAD = re.compile(
    r"^(?:(?:and|also|so)\s+)*(?:(?:(?:she|he|they)\s+)?(?:also\s+)?(?:said|says|say|"
    r"urged me to|told me to|told me|advised me to|advised|recommend(?:ed)? me to|"
    r"suggested (?:that )?(?:i )?|recommended (?:that )?(?:i )?)\s*)?",
    re.IGNORECASE,
)
_NOT_VERBS = word_set(
    "the a an my your our their his her its this that these those i you we he she they it "
    "is are was were be for in on at to with of about from by as if"
)
# Pronouns that would leave the reader guessing who is meant.
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|him|his|hers)\b", re.IGNORECASE)


_BETTER_ANSWER = re.compile(
    r"\b(?:better|correct|true|right|fuller|actual|real) answer\b[^:]{0,60}:\s*", re.IGNORECASE
)
# Words of the writer's regret or worry: a sentence holding one is for the writer alone.
_REGRET = re.compile(
    r"\b(?:vague|bothered|bother|worried|worry|embarrass\w*|stumbl\w*|fumbl\w*|weak|rambl\w*|"
    r"ugh|regret\w*|apologi[sz]\w*|sorry|undersold|blew|botched)\b",
    re.IGNORECASE,
)


# Sentence ends, but not after "St." or "Dr." or an initial ("St. Brigid's was 62%").
_ABBREVIATED_SPLIT = re.compile(
    r"(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bNo\.)(?<!\bvs\.)(?<!\b[A-Z]\.)"
    r"(?<=[.!;])\s+"
)
_VERDICT = re.compile(
    r"^(?:no|yes|wrong|not\s+correct|incorrect|that\s+(?:is|was)\s+wrong|that'?s\s+wrong)\b"
    r"[.,:!]?\s*(?:[\u2014\u2013-]+\s*)?",
    re.IGNORECASE,
)
_WHEN_ASKED = re.compile(
    r"^when\s+(?:he|she|they|you|[A-Z]\w+)\s+asked(?:\s+me)?\s+(?:about\s+)?(?P<topic>[^,]{3,80}),"
    r"\s+I\s+said\s+(?P<said>.+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Info:
    """One piece of information an additional-information note carries."""

    text: str
    form: InfoForm


def clean_fragment(note: str) -> str:
    """A note in ordinary case with shorthand spelled out and its asides cut."""
    text = _ASIDE.sub("", tidy(note))
    return spell_out(unshout(text)).strip()


def question(note: str) -> tuple[str, bool] | None:
    """An open question as (text, asked): a direct question the reader can answer ("Is the
    on-call weekend phone-only?", True) or what to clarify ("whether it includes brunch")."""
    # "Ask whether the bonus is prorated": the question the candidate means to ask.
    text = re.sub(r"^\s*(?:me:|\(me\)|q:)\s*", "", note.strip(), flags=re.I)
    # "1) do i keep flying some sectors?", "A. Does the PD budget cover ...": a list's marker.
    text = re.sub(r"^\s*(?:\d{1,2}[.)]|[A-Ha-h][.)])\s+", "", text)
    if _ASIDE_QUESTION.search(text):
        return None
    # "ask Ken when the letter is coming": what to clarify, not a question put as it stands.
    text, reported = re.subn(
        r"^ask\s+(?:[A-Z]\w+\s+)?(?=(?:whether|if|when|what|how)\b)", "", text, flags=re.I
    )
    text = clean_fragment(re.sub(r"\s*\([^()]*\)", "", text))
    text = re.sub(r"\bi\b", "I", text)
    text = re.split(r"\?", text)[0].strip() if "?" in text else text
    text = _without_topic(text)
    text = re.sub(r"\s+", " ", text)
    if not is_clean(text) or len(text.split()) > 22 or len(text.split()) < 2:
        return None
    if len(text.split()) <= 4 and re.search(r"(?i)\b(?:that|this|it|me)\b", text):
        return None  # "is that me?": it points at a question the draft does not repeat
    if _QUESTION_START.match(text) and not reported:
        # "do I keep any caseload, still never got an answer on that": the remark is left.
        text = re.sub(_REMARK_AFTER, "", text)
        bare = re.match(r"(?i)(?:is|are)\s+(?!there\b|it\b|this\b|that\b)(.+)$", text)
        if bare and is_noun_phrase(bare.group(1)) and not re.match(r"(?i)the\b", bare.group(1)):
            return f"the {bare.group(1)}", False  # "is relocation package?": what to ask about
        return text[0].upper() + text[1:] + "?", True
    if re.match(r"^(?:whether|if|how|what|when|who|which)\b", text, re.I):
        text = first_part(text)  # "when the letter is coming, need it before ...": the question
        return re.sub(r"^if\b", "whether", text[0].lower() + text[1:]), False
    # "also ask: shift allowance for ops duty weekends?": a thing to ask about, said as one.
    thing = re.sub(r"^(?:also\s+)?ask(?:\s+(?:about|re))?\s*:?\s*", "", text, flags=re.I)
    if thing != text and len(thing.split()) <= 8 and is_noun_phrase(thing):
        determined = re.match(r"(?i)(?:the|a|an|my|our|any)\s", thing)
        return (thing if determined else f"the {thing}"), False
    return None


def _without_topic(text: str) -> str:
    """ "on-call rotation: is it paid or comp time" as "is the on-call rotation paid or comp time";
    a lead-in before the question ("Questions I could ask: ...") is left out."""
    found = _TOPIC_LEAD.match(text)
    if found is None:
        return text
    topic, asked = found.group("topic").strip(), found.group("question")
    if len(topic.split()) <= 4 and re.search(r"\bit\b", asked):
        return re.sub(r"\bit\b", f"the {topic[0].lower()}{topic[1:]}", asked, count=1)
    return asked


def _file_names(text: str) -> list[str]:
    """The files a note names: "Home Birth Transfers Audit 2025 final.pdf" whole, where a
    name written with spaces ends in a word that names no file ("final.pdf", "v2.docx")."""
    names = []
    for match in _FILE.finditer(text):
        name = match.group()
        if re.fullmatch(r"(?i)(?:final|draft|v\d+|copy|scan|latest|new)\.\w+", name):
            before = re.search(r"(?:\b(?:[A-Z][\w&'-]*|\d{2,4})\s+){1,6}$", text[: match.start()])
            if before:
                name = before.group() + name
        names.append(name)
    return names


def info_items(facts_info: list[str], promises: list[str]) -> list[Info]:
    """The information to send, each said by its form: a link, a password, a file, a correction."""
    found: list[Info] = []
    for raw, promised in [(i, False) for i in facts_info] + [(p, True) for p in promises]:
        # "- [ ] Slides: https://...": a task list's box is not a placeholder left unfilled.
        raw = _CHECKBOX.sub("", raw)
        text = tidy(raw)
        found.extend(Info(url.rstrip(".,;:)!?"), "link") for url in _URL.findall(text))
        password = _password(raw)
        if password and not SEPARATE_PASSWORD.search(raw):
            found.append(Info(password, "password"))  # "pw ... send in SEPARATE email": not here
        # "overnight_grid_MS.xlsx" inside a Dropbox link is the link, not an attachment.
        outside = _URL.sub(" ", text)
        found.extend(Info(name, "file") for name in _file_names(outside))
        if promised:
            continue
        corrected = correction(text)
        if corrected:
            found.append(corrected)
    seen: set[str] = set()
    kept: list[Info] = []
    for item in found:
        # "Peaje2026" from a tidied promise is the "Peaje2026!" the note line gave.
        cut = item.form == "password" and any(k.text.startswith(item.text) for k in kept)
        if item.text.casefold() not in seen and not cut:
            seen.add(item.text.casefold())
            kept.append(item)
    return kept


# What a link opens, named before it: "lesson plan link: https://...", "A. Case statement writing
# sample -> https://...", "Slides: https://...", "2) overnight staffing grid → https://...".
_LINK_LABEL = re.compile(
    r"(?:^|[.;:|]\s)\s*(?:[-*\u2022]\s*)?(?:\[[ xX]?\]\s*)?(?:\d{1,2}[.)]\s*|[A-H][.)]\s+)?"
    r"(?P<label>[A-Za-z][\w%&'/ -]{1,48}?)\s*(?:\blink\b)?\s*(?:\([^()]*\))?\s*"
    r"(?::|->|\u2192|\u2014|\u2013|-)\s*$"
)
# "password for the handout pdf: X", "Access code: X": what the password opens, if it says.
_PASSWORD_FOR = re.compile(
    r"\b(?:password|passcode|pw|pwd|access\s+code)\s+(?:for|to)\s+(?P<what>[^:|\n]{2,40}?)\s*(?::|\bis\b)",
    re.IGNORECASE,
)
# What the candidate's own thing the link opens is, named in the sentence before it: "she wants
# to see my SMS hazard log presentation -> link: https://...".
_OWN_THING = re.compile(
    r"\b(?:my|our)\s+(?P<label>[\w][\w%&'/ -]{2,48}?)\s*(?:->|\u2192|:|\u2014|\u2013|-)\s*"
    r"(?:(?:link|url|here)\s*:?\s*)?$"
)
_CHECKBOX = re.compile(r"^\s*(?:[-*\u2022]\s*)?\[[ xX]?\]\s*")
_BARE_LABELS = word_set(
    "file files pdf doc docx document attachment attach attached enclosed zip folder sheet "
    "lien enlace liga ligação linkki länk"
)
_LABEL_STOP = word_set("here it this link url the a an my send also and see")


_LISTED_PARTS = re.compile(r"\s*\([^()]*,[^()]*\)\s*[-\u2013\u2014:]?\s*$")


def info_label(item: Info, lines: list[str]) -> str | None:
    """What a link or password opens, as the notes name it ("the lesson plan"); None when the
    line does not say."""
    line = next((_CHECKBOX.sub("", line) for line in lines if item.text in line), None)
    if line is None:
        return None
    if item.form == "password":
        found = _PASSWORD_FOR.search(line)
        if found:
            return _label_phrase(found.group("what"))
        others = _URL.findall(line) or _FILE.findall(_URL.sub(" ", line))
        if others and not item.text.startswith(others[0]):
            link = Info(others[0].rstrip(".,;:)!?"), "link" if _URL.search(others[0]) else "file")
            return info_label(link, [line]) or (link.text if link.form == "file" else None)
        return None
    if item.form not in {"link", "file"}:
        return None
    before = line[: line.find(item.text)]
    # "the 4 sim scenarios I wrote up (STEMI, peds seizure, OB bleed) - Scenarios.pdf": what
    # the file is stands before the bracket that lists its parts.
    before = _LISTED_PARTS.sub(" ", before)
    found = _LINK_LABEL.search(before) or _OWN_THING.search(before)
    label = _label_phrase(found.group("label")) if found else None
    if label and not _names_a_thing(label):
        label = None  # "Feld asked how the review works:", "Harpreet Gill:": no thing's name
    after = line[line.find(item.text) + len(item.text) :]
    aside = re.match(r"\s*\((?P<what>[^()]{3,40})\)", after)
    if label and len(label.split()) == 1 and aside and _label_phrase(aside.group("what")):
        # "paper: https://doi.org/... (wafer-map spatial signature)": the paper it is.
        return f"{_label_phrase(aside.group('what'))} {label}"
    if label is None and item.form == "link":
        # "file is called X_v3.xlsx in my google drive, share link is https://...": the link
        # opens the file the line names.
        files = _FILE.findall(_URL.sub(" ", line))
        return files[0] if files else _described(before)
    if label is None and item.form == "file":
        # "also the 48h review sticker template, file is 'IVOS_48h_v3.pdf'": the file is that.
        return _described(
            re.sub(r"(?i)[,;]?\s*(?:the\s+)?file\s+(?:is|called)\s*['\"]?\s*$", "", before)
        )
    return label


# What a line says around what a link opens: who asked, who it is for, the word "link".
_NOT_THE_THING = re.compile(
    r"(?i)\b(?:she|he|they|you)\s+(?:asked|wanted)\s+(?:for\s+)?(?:it|this|that)\b"
    r"|\bI\s+(?:mentioned|promised|talked\s+about)\b|\blink\s+for\s+\w+|\blink(?:\s+to)?\b"
)


def _described(before: str) -> str | None:
    """What a link opens, from the words before it on its line ("2) the iv to oral poster from
    the bsac meeting, she asked for it ->", "b) link to the NZTA fatigue rules summary I
    mentioned (", "| link pytest-can plugin:", "3. The Salford test \u2014 link for Tomás:")."""
    cells = [cell for cell in before.split("|") if cell.strip()]
    text = cells[-1] if cells else ""
    text = re.sub(
        r"(?i)^\s*(?:[\w ]{1,20}:\s*)?(?:send|share|attach|forward|give)\s+(?:him|her|them)?\s*",
        "",
        text,
    )
    text = re.sub(
        r"^\s*(?:[-*\u2022]\s*)?(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])?\s*",
        "",
        text,
    )
    text = re.sub(r"(?i)^(?:also|and|plus)\s+", "", text)
    # "pocket card sample for Mike (": whom it is for is no part of what it is.
    text = re.sub(
        r"\s+for\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*(?=[(:\u2014\u2013-]|->|$)", " ", text
    )
    text = _NOT_THE_THING.sub(" ", text)
    for part in re.split(r"\s*(?:[,;(:]|->|\u2192|\u2014|\u2013|\s-\s)\s*", text):
        words = re.sub(r"^(?:the|my|a|an)\s+", "", part.strip(), flags=re.I).split()
        if len(words) > 6:
            # "iv to oral poster from the bsac meeting": the thing, without where it was shown.
            cut = next((i for i, w in enumerate(words) if w.lower() in {"from", "at", "for"}), 0)
            words = words[:cut] if 1 < cut <= 6 else []
        if all(is_given_name(w) for w in words):
            continue  # "Kevin:": whose line it is
        label = _label_phrase(" ".join(words)) if words else None
        if label and _names_a_thing(label):
            # "The Salford test": a capital after "the" is a name's, not a line's first letter.
            capital = re.match(r"[Tt]he\s+[A-Z]", part.strip())
            return label[:1].upper() + label[1:] if capital else label
    return None


_PRONOUNS = word_set("it them him her me you i she he they this that these those")


# Words a label of a thing never holds: a verb of the line around it ("the PDF is", "Ms.
# Lindqvist asked") or a place in a list ("the first", "the right").
_NOT_IN_LABELS = word_set(
    "is are was were asked called wanted inside name filename first second third right left valid"
)


def _names_a_thing(label: str) -> bool:
    """Whether a label names a thing ("pytest-can plugin"), not a deed ("sent it yesterday"),
    a line's verb ("the PDF is") or a person ("Harpreet Gill")."""
    words = label.lower().split()
    if _PRONOUNS.intersection(words) or _NOT_IN_LABELS.intersection(words):
        return False
    if re.search(r"[^\w\s'&/-]", label) or words[0].isdigit():
        return False  # "Excel)", "30-60-90 plan ⭐", "2 pages": a note's marks or a count
    last = label.split()[-1]
    # "SOP", "CQC" and "Tableau Public" are names of things.
    named = bool(re.search(r"[A-Z]", last[1:])) or (last[:1].isupper() and not is_given_name(last))
    if word_classes(last.lower()) & {"ADP", "DET", "CCONJ", "PRON", "X"} and not named:
        return False  # "the open-access version is at"
    if all(is_given_name(w) for w in label.split()):
        return False  # "marisol:", whose line it is
    first = word_classes(words[0])
    # "SMR template": an acronym names the thing, whatever the dictionary makes of its letters.
    acronym = label.split()[0].isupper()
    return acronym or not first or bool(first & {"NOUN", "ADJ", "PROPN"})


# Words a file is named with that are not anyone's name ("Mensah_Capstone_Final.pdf").
DOCUMENT_WORDS = word_set(
    "capstone final draft report paper thesis sample template references resume cv portfolio "
    "summary case deck slides notes letter plan schedule transcript certificate"
)


def without_files(text: str) -> str:
    """`text` with its links, e-mail addresses and file names blanked out."""
    text = re.sub(r"\S+@\S+", " ", text)
    return _FILE.sub(" ", _URL.sub(" ", text))


def is_file_name(text: str) -> bool:
    """Whether `text` is a file's name ("Telvio_TestStrategy_2025_anon.pdf")."""
    return bool(_FILE.fullmatch(text))


def _label_phrase(label: str) -> str | None:
    """A label as a noun phrase after "the": "lesson plan", "case statement writing sample"."""
    # "🔗 portfolio", "✅ GitHub", "backup)": a list's mark or a bracket is no part of the name.
    label = re.sub(r"^[^\w(]+|[()]+$", "", label.strip()).strip()
    text = re.sub(r"\s*\b(?:link|url)\b\s*$", "", clean_fragment(label), flags=re.I).strip(" -")
    # "add link to the poster version": what the note tells the candidate to do, then the thing.
    text = re.sub(
        r"(?i)^(?:also\s+)?(?:add|send|attach|include|share|paste|put)\s+(?:the\s+|a\s+)?"
        r"(?:link|url)\s+(?:to|for)\s+",
        "",
        text,
    )
    text = re.sub(r"\bpdf\b", "PDF", text)
    text = re.sub(r"^(?:the|my|a|an)\s+", "", text, flags=re.I)
    words = text.split()
    if words and not is_clean(text):
        # "iv to oral poster", "dedup checklist": shorthand before the thing, which is kept.
        words = next((words[i:] for i in range(1, len(words)) if _plain_head(words[i:])), [])
        text = " ".join(words)
    if not words or len(words) > 6 or words[0].lower() in _LABEL_STOP or not is_clean(text):
        return None
    if len(words) == 1 and words[0].lower() in _BARE_LABELS:
        return None  # "file: X.pdf" says no more than the name does
    if re.search(r"\b(?:for|to)\s+[A-Z]", text) or _THIRD_PERSON.search(text):
        return None  # "For Jonah Feld": who it is for, not what it is
    # "Case statement writing sample" is named mid-sentence in lower case; "IMS template" keeps
    # its capitals.
    first = words[0]
    named = len(words) > 1 and words[1][:1].isupper()
    if first[0].isupper() and (named or len(words) == 1) and is_given_name(first):
        return None  # "Siobhán Byrne MVB": whose it is, not what it is
    if first[0].isupper() and first[1:].islower() and is_known(first.lower()) and not named:
        # "Koksay paper" and "Paired Reading Handbook" keep their capitals.
        text = first.lower() + text[len(first) :]
    return text


def _plain_head(words: list[str]) -> bool:
    """Whether the last words of a label read as plain English ending on a noun ("oral
    poster")."""
    text = " ".join(words)
    first = words[0].lower()
    if first in _LABEL_STOP or first in _NOT_VERBS or not is_clean(text):
        return False
    return "NOUN" in word_classes(words[-1].lower())


def _password(text: str) -> str | None:
    """The password a note gives, never the word after it ("password protected", "for")."""
    for match in _PASSWORD.finditer(text):
        word = match.group(1).rstrip(".,;)")
        # A password has a digit or a sign in it; "protected" or "for" is the sentence going on.
        if re.search(r"[\d!@#$%&*_-]", word):
            return word
    return None


# A figure as notes write one: "USD 1.2m", "98 percent", "12.4k", "60 days", "50/50", "2019".
_FIGURE = (
    # "45 000 XOF/t", "115'000": thousands set apart by a space or an apostrophe.
    # A figure starts a token: "18,500m2" holds no figure "2".
    r"(?<![\w.,'’])(?:[≥≤]\s?)?(?:(?:USD|EUR|GBP|KES|CHF|[$\u20ac\u00a3])\s?)?"
    r"(?:\d{1,3}(?:[ \u00a0'’]\d{3})+|\d[\d.,/]*)(?::\d+)?\s?"
    r"(?:%|million|billion|thousand|square\s+(?:feet|foot|metres|meters|miles)|feet|metres|"
    r"meters|miles|k|m2|m²|m3|sqm|sq\s?ft|km|kg|t|m|bn|percent|days?|weeks?|"
    r"months?|years?|yrs?|kits?|units?)?"
    r"(?:/[a-z]{1,5})?(?![\w/])"
)
# What was said, then the true figure: "I said 30 days, it is actually 60 days", "said 12 yrs
# surveying, it's 11", "was 98 percent but it was really 96 percent", "12k -> actually 12.4k".
_SAID_THEN_TRUE = re.compile(
    rf"\b(?:said|stated|told\s+\w+|repeated|gave)\b[^.;]{{0,90}}?(?P<said>{_FIGURE})"
    # "... was 18,500m2. It is 21,300m2": the right figure may open the next sentence.
    r"[^.\d]{0,50}?(?:\.\s+)?(?:actually|really|correct\s+(?:figure|number)\s*(?:is|:)?|it'?s|"
    rf"it\s+is|it\s+was|wrong\W+it\s+was)\s*(?P<true>{_FIGURE})",
    re.IGNORECASE,
)
# The same, shouted: "I said 38/hr -> WRONG. correct is 46 mvts/hr", read when nothing else is.
_SAID_THEN_WRONG = re.compile(
    rf"\b(?:said|stated|told\s+\w+|gave)\b[^.;]{{0,60}}?(?P<said>{_FIGURE})"
    r"[^;\d]{0,30}?\bwrong\b[^;\d]{0,20}?(?:correct\s+(?:figure\s+|number\s+)?(?:is|:)|"
    rf"should\s+be|it'?s|it\s+is)\s*(?P<true>{_FIGURE})",
    re.IGNORECASE,
)


def correction(note: str) -> Info | None:
    """The right answer a note corrects an earlier one with, as sentences the reader can take
    as they are ("the span is 52 m, not 65 m"); None when the notes hold no sayable one."""
    # Two figures read plainly beat the note's own words, which carry its working and asides.
    said = _correction(note)
    if said and len(re.findall(_FIGURE, said.text)) < 2:
        # "I said 19 yrs crane. wrong. it is 17 yrs": a sentence that keeps only the wrong
        # figure gives way to the two figures read plainly.
        said = _figure_correction(note, _SAID_THEN_WRONG) or said
    return _figure_correction(note) or said or _figure_correction(note, _SAID_THEN_WRONG)


def _figure_correction(note: str, pattern: re.Pattern[str] = _SAID_THEN_TRUE) -> Info | None:
    """A correction read as two figures when its words cannot be said as written: "I said 12
    years, but the correct figure is 11 years" (the reader knows what was asked)."""
    found = pattern.search(note)
    if found is None:
        return None
    said, true = (found.group(name).strip().rstrip(".,") for name in ("said", "true"))
    unit = re.sub(r"^\D*\d[\d.,'’ \u00a0]*", "", said).strip()
    if unit and not re.search(r"\d[\d.,'’ \u00a0]*[^\d\s.,'’]", true):
        # "12 yrs ... it's 11": 11 years; "38/hr ... 46": 46/hr; "900 square feet ... 1,150"
        true = f"{true} {unit}".replace(" %", "%").replace(" /", "/")
    counted = _COUNTED.match(note, found.end("said"))
    if not unit and counted and is_clean(counted.group("what")):
        # "I said we did 40 colic surgeries a year in Marondera, it was 14": 40 of what.
        said, true = (f"{figure} {counted.group('what')}" for figure in (said, true))
    said, true = _spelled_unit(said), _spelled_unit(true)
    if said.casefold() == true.casefold():
        return None  # "due 31 Dec, not 31 Oct": the figures alone do not say what changed
    years = all(re.fullmatch(r"(?:19|20)\d{2}", figure) for figure in (said, true))
    what = "year" if years else "figure"  # "I said 2019, but the correct year is 2018"
    # "I told the panel the Lekki tower GIFA was 18,500m2": what the figure was of.
    named = _FIGURE_OF.search(note[: found.start("said")])
    cue = note[found.end("said") : found.start("true")]
    if named and not years:
        # The right figure in the note's own tense: "It was 1,150", "It is 21,300m2".
        right = "it was" if re.search(r"(?i)\bwas\b", cue) else "it is"
        if re.search(r"(?i)\bcorrect\b", cue):
            right = f"the correct {what} is"
        subject = clean_fragment(named.group("what"))
        # "our ACB trigger for review was a score of 2": the measure stays with the figure.
        measure = (named.group("measure") or "").strip()
        said = f"{measure} {said}".strip()
        return Info(f"I said {subject} was {said}, but {right} {true}", "slip")
    return Info(f"I said {said}, but the correct {what} is {true}", "slip")


# What a bare figure counts, in the words after it: "40 colic surgeries a year in ...".
_COUNTED = re.compile(
    r"\s+(?P<what>(?!(?:and|but|not|or|in|at|it|is|was)\b)[a-z]+(?:\s+(?!(?:in|at|for|and|but|"
    r"not|it|is|was)\b)[a-z]+){0,3})(?=\s+(?:in|at|for)\b|\s*[,;.)]|\s*$)"
)
# What a figure said was of: "... the Lekki tower GIFA was ", "... our churn rate is ".
_FIGURE_OF = re.compile(
    r"\b(?:said|stated|told\s+(?:the\s+)?\w+)\s+(?:that\s+)?(?P<what>(?:the|our|my|your)\s+"
    r"[\w'’& -]{2,50}?)\s+(?:was|is|were|are)\s*(?P<measure>(?:a|an)\s+\w+\s+of\s*)?$",
    re.IGNORECASE,
)


def _spelled_unit(figure: str) -> str:
    """ "12 yrs" as "12 years", "18,500m2" as "18,500 m²", "6,400t" as "6,400 t"."""
    figure = re.sub(r"(\d)\s?(?:m2|sqm)\b", r"\1 m²", figure)
    figure = re.sub(r"(\d)(t|kg|km|m3)\b", r"\1 \2", figure)
    return re.sub(r"\byrs?\b", "years", figure)


def _correction(note: str) -> Info | None:
    """The correction as the note words it, when its sentences can be said."""
    text = clean_fragment(note.strip(" |").replace("...", "\u2026").replace('"', ""))
    told = _IT_WAS_NOT.search(text)
    cue = _CORRECTION_CUE.search(text) or _BETTER_ANSWER.search(text)
    _COMMON_STARTS = word_set("it we the a an our my this that there they he she")
    # "Said ROU asset was $1.2M. Actual: $12.4M": what was said goes before the right answer.
    slip = _SLIP.search(text[: cue.start()]) if cue else None
    if cue:
        text = text[cue.end() :]
    elif told:
        topic = told.group("topic")
        subject = f"{topic} was" if topic else "it was"
        text = f"{subject} {told.group('right').strip()}, not {told.group('wrong').strip()}"
    else:
        return None
    # "7.25% (not 6.5% like I say), the equity IRR ...": the right figure against the wrong one,
    # and the sentence ends there; what follows is the writer's working.
    said = _NOT_AS_SAID.search(text)
    if said:
        text = f"{text[: said.start()]}, not {said.group(1).strip()}"
    text = re.sub(r"\s*\((FY\s?\d{2,4})\)", r" in \1", text)  # "58% (FY24)": when it held
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r"\s*(?:->|\u2192)\s*", " to ", text)
    text = re.sub(r"\bvs\b\.?", "versus", text)
    sentences = [f"I said {slip.group(1)}"] if slip else []
    for sentence in _ABBREVIATED_SPLIT.split(text.strip()):
        # "no. REPEATABLE READ ...", "Not correct — it is 2.100", "That is wrong — it is ...":
        # the verdict, not the answer.
        sentence = _VERDICT.sub("", sentence.strip().rstrip(".;"))
        # "checked with old team on slack, it was 6 months": how the writer found out.
        sentence = _CHECKED.sub("", sentence)
        sentence = re.sub(
            r"^(?:(?:in|at)(?:\s+the)?\s+interview,?\s+)?I\s+(?:said|stated|told\s+[A-Z]\w+)\s+",
            "I said ",
            sentence,
            flags=re.I,
        )
        # "I said ... was due 31 Oct — wrong, for June-YE charities it's 31 Dec": one sentence.
        sentence = re.sub(
            r"^(I said .+?)\s*[\u2014\u2013-]+\s*(?:wrong|incorrect|not\s+(?:right|correct))"
            r"[,;:.]?\s+(?=\w)",
            r"\1, but ",
            sentence,
            flags=re.I,
        )
        # "when he asked me about the standby generation, I said 2 x 800 kVA": the slip first.
        asked = _WHEN_ASKED.match(sentence)
        if asked:
            sentence = f"I said {asked.group('said')} when you asked about {asked.group('topic')}"
        # "Correct figure is £340m", "Correct is 16,5 EUR/m²": the right figure as a sentence.
        sentence = re.sub(
            r"^(?:the\s+)?(?:correct|right|actual|true)(?:\s+(figure|number|answer|amount))?\s+is\b",
            lambda m: f"The correct {m.group(1) or 'figure'} is",
            sentence,
            flags=re.I,
        )
        if not sentence or _REGRET.search(sentence) or _TO_SELF.match(sentence):
            continue  # the writer's feelings and reminders stay in the notes
        if _THIRD_PERSON.search(sentence):
            continue  # "he will remember it, he wrote it down": about the reader, to the writer
        if sentence.startswith("I said ") and sentences:
            break  # "I said 60 because ...": the writer explaining the slip to themselves
        if not is_clean(sentence) and is_clean(first_part(sentence)):
            sentence = first_part(sentence)  # "It was December 2022 — Ramirez v. ...": the fact
        if _NOTE_VOICE.search(sentence):
            return None  # "I say in interview we have 38 supervisors, WRONG": the note's voice
        if not is_clean(sentence) or len(sentence.split()) > 32:
            if sentences:
                break  # what follows a sayable answer is its working: left in the notes
            return None  # a fragment the reader could not take as written: never pasted
        sentences.append(sentence)
    return _said_as_correction(sentences)


# How the writer checked, before the answer: "checked with old team on slack, ".
_CHECKED = re.compile(
    r"^(?:(?:double-?)?checked|confirmed|verified|looked\s+(?:it\s+)?up|asked)\b[^,]{0,60},\s*",
    re.IGNORECASE,
)
# A note's own voice in a correction: a shouted verdict, "I say in interview", "I said panel".
_NOTE_VOICE = re.compile(
    r"\b(?:WRONG|NOT|WRONGLY|INCORRECT)\b|\bI\s+say\s+in\b|\bin\s+interview\b|"
    r"\bI\s+said\s+(?:panel|interview|call)\b|\b[a-z]+\s+[A-Z][a-z]+ing\b"
)


def _said_as_correction(sentences: list[str]) -> Info | None:
    """The kept sentences as one correction; "I said X" and the right answer become one."""
    if not sentences:
        return None
    if sentences[0].startswith("I said ") and len(sentences) > 1:
        right = sentences[1]
        right = f"it was {right}" if re.match(r"^[$\u20ac\u00a3]?\d", right) else right
        joined = f"{sentences[0]}, but {_lower_first(right)}"
        sentences = [joined, *sentences[2:]]
    # Later sentences start with a capital; the first follows a colon and keeps its own case.
    sentences = [sentences[0], *(s[0].upper() + s[1:] for s in sentences[1:])]
    form: InfoForm = "slip" if sentences[0].startswith("I said ") else "correction"
    return Info(". ".join(sentences), form)


def _lower_first(sentence: str) -> str:
    """ "It was 1,150" as "it was 1,150" after a comma; a name keeps its capital."""
    first = sentence.split(" ", 1)[0]
    return sentence[0].lower() + sentence[1:] if first.lower() in _COMMON_STARTS else sentence


_MONTH_NAMES = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}


def _written_out_months(text: str) -> str:
    """ "end of OCT" as "the end of October"; "end of nov" as "the end of November";
    "2026-11-06" as "6 November"."""
    text = iso_dates_in_words(text)
    text = re.sub(
        r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?",
        lambda m: _MONTH_NAMES[m.group(1).lower()],
        text,
    )
    return re.sub(r"(?i)\b(by|until|before|at)\s+end\s+of\b", r"\1 the end of", text)


def timeline_phrase(timeline: str) -> str | None:
    """The stated timeline as a phrase after a verb: "by Friday, October 16", "within two weeks",
    "by the end of October" (from "by end of OCT")."""
    text = _written_out_months(clean_fragment(timeline).rstrip("!?. "))
    if is_clean(text) and len(text.split()) <= 4 and not re.search(r"\b(?:we|they|you)\b", text):
        return text
    match = _PREPOSITIONAL.search(text)
    if match is None:
        return None
    phrase = match.group(0).rstrip(",")
    if not re.search(
        r"\b(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)\b",
        phrase,
    ):
        phrase = first_part(phrase)  # "in 10 days, 2 weeks tops": the first estimate
    return phrase if is_clean(phrase) else None


# A line that gives a timeline the reader never gave: the candidate's own notice period, another
# employer's date kept out of the message, a plan for what not to say.
_NOT_THEIR_TIMELINE = re.compile(
    r"\b(?:notice|don'?t|dont|do\s+not|no\s+mencionar|not\s+to\s+say|maybe\s+not|"
    r"private|if\s+\w+(?:\s+\w+)?\s+offers?|I\s+need\s+to\s+know)\b",
    re.IGNORECASE,
)
# Said from the day it was said ("by end of next week", "this week"): wrong when quoted later.
_DEICTIC = re.compile(
    r"\b(?:this|next|coming)\s+(?:week|month)\b|\bend\s+of\s+(?:the\s+)?week\b|\btomorrow\b|"
    r"\btoday\b",
    re.IGNORECASE,
)
# "they would decide by the end of the month": the timeline a decision line gives.
_DECIDED_BY = re.compile(
    r"\b(?:decide|decision|hear|back\s+to\s+(?:you|me)|revert\w*)\b[^.;]*?"
    r"\b(?P<when>(?:by|within|before)\s+(?:the\s+)?[^.,;]{2,30}?)(?=\s*(?:[.,;]|$|\band\b))",
    re.IGNORECASE,
)


def stated_timeline(timeline: str, source: str | None, decided_by: dt.date | None) -> str | None:
    """The decision timeline the reader gave, as a phrase a follow-up can quote after the fact:
    None when the line it came from is not theirs to give ("alnoor will answer mid nov", "my
    notice is 3 months") or when it only made sense on the day ("this week") and no date is
    known; a date stands in for a relative phrase ("by 13 November")."""
    if source is not None and _NOT_THEIR_TIMELINE.search(source):
        return None
    phrase = timeline_phrase(timeline)
    if phrase and re.search(r"\b(?:and|or|but|to|of|the)$", phrase, re.I):
        found = _DECIDED_BY.search(source or "")  # "on the 14th and": cut mid-sentence
        phrase = timeline_phrase(found.group("when")) if found else None
    if phrase is None:
        return None
    if _DEICTIC.search(phrase):
        return f"by {decided_by.day} {decided_by:%B}" if decided_by else None
    return _calendar_case(phrase)


_CALENDAR_WORD = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # "may" is the month only where a date needs it: "by may 5", "in early may".
    r"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=mid-)|(?<=early\s)|(?<=late\s))may\b"
    r"|\bmay(?=\s+\d)"
)


def _calendar_case(phrase: str) -> str:
    """Months and days as English writes them: "by mid november" -> "by mid-November"."""
    if not _CALENDAR_WORD.search(phrase):
        return phrase
    phrase = re.sub(r"\bmid\s+(?=[a-z])", "mid-", phrase)
    return _CALENDAR_WORD.sub(lambda m: m.group(0).capitalize(), phrase)


# What comes before the advice itself: "also:", "(a)", "2.", "number 2", "advice[1]=", a quote.
_ADVICE_MARKER = re.compile(
    r"^(?:also\s*:\s*|\(?[a-h1-9]\)\s*|\d{1,2}[.)]\s*|number\s+\d+\s*[:.-]?\s*|"
    r"advice\s*\[?\d\]?\s*[=:,]\s*|(?:said|plain)\s*:\s*|um,?\s+|[\"\u201c\u201d])+",
    re.I,
)
# A count word before a piece of advice in a spoken or typed list: "one get the certification",
# "third learn the vocabulary", "dois — learn the words".
_ORDINAL = re.compile(
    r"(?i)^(?:first|second|third|fourth|fifth|one|two|three|four|five|um|dois|três|quatro)"
    r"(?:\s*[,:\u2014\u2013]\s*|\s+-\s+|\s+)"  # "One-page KPI deck" keeps its "One"
)


def _ordinal_off(text: str) -> str:
    """`text` without a count word before its imperative ("first get the NIF" -> "get the NIF");
    "first 90 days" keeps its word."""
    rest = _ORDINAL.sub("", text)
    verb = rest.split(" ", 1)[0]
    if rest != text and (_imperative_verb(verb.lower()) or verb.lower() == "don't"):
        return rest
    return text


# Short words a piece of advice may end on ("watch it", "follow up").
_SHORT_ENDS = word_set("it up on in me us go do")


def _imperative_verb(word: str) -> bool:
    """A verb's base form that opens an instruction: "show", "update", "get", "do"."""
    return word in {"do", "get", "stop", "learn"} or is_base_verb(word)


# Where one line of notes holds several pieces of advice: "..., and then she said learn ...".
_NEXT_ADVICE = re.compile(
    r"(?i)\s*(?:,?\s+and\s+(?:then\s+)?(?:she|he|they)\s+(?:also\s+)?(?:said|told\s+me)\s+"
    r"(?:to\s+)?|;\s+)"
)


def advice_phrases(note: str) -> list[str]:
    """Each piece of advice a note holds, said as what it told the candidate to do."""
    whole = advice_phrase(note)
    if whole:
        return [whole]
    return [p for piece in _NEXT_ADVICE.split(note) if piece and (p := advice_phrase(piece))]


_SHOUTED = re.compile(
    r"\b(?:DONE|DAY|ONE|BEFORE|AFTER|NOT|NEVER|ALWAYS|EVERY|REAL|REALLY|FIRST|ALL|ONLY|NOW|COLD|"
    r"EARLY)\b"
)
# First words no instruction opens with: a modal ("will employers care?") or an -ing form.
_NOT_ADVICE_VERBS = word_set("will would can could should must may might trying being having")


def advice_phrase(note: str) -> str | None:
    """Advice as what it told the candidate to do: "to lead the resume with teaching hours"."""
    # "[1]" is a footnote mark, not a placeholder left unfilled; "A (her): "Put ..."" is an
    # answer written down in her words.
    note = re.sub(r"^\s*A\s*(?:\([^()]*\))?\s*:\s*[\"“]?", "", note.strip())
    note = _ADVICE_MARKER.sub("", note)
    if re.search(r"[\"\u201d]$", note) and len(re.findall(r"[\"\u201c\u201d]", note)) == 1:
        note = note[:-1]  # "learn MIIC before you interview": the quote's other mark was a marker
    text = clean_fragment(re.sub(r"\[\d+\]", "", note))
    text = _ordinal_off(_ADVICE_LEAD.sub("", _ordinal_off(text)))
    # "get ur chem cert ... before u start": a text message's "your" and "you".
    text = re.sub(r"\bur\b", "my", re.sub(r"\bu\b", "you", re.sub(r"\bb4\b", "before", text)))
    # "(c) that I should learn enough PyTorch": the advice is what to do.
    text = re.sub(r"^that\s+I\s+(?:should|must|need\s+to)\s+", "", text, flags=re.I)
    text = re.sub(r"^don'?t\b", "do not", text, flags=re.I)
    text = first_part(text.split(". ")[0]).rstrip(".")
    # "get the certification before spring because every competition asks": the advice, not why.
    text = re.split(r"\s+(?:because|since|cause|so\s+as\s+to|otherwise)\s+", text)[0]
    text = re.sub(r"^[Tt]o\s+(?=[a-z])", "", text)  # "To sit the examination": "to" comes back
    # Told to the candidate as "you": said back as the candidate's own ("my first 90 days").
    text = re.sub(r"\byour\b", "my", text)
    text = re.sub(r"\byou\s+are\b", "I am", text)
    # "before you walk in": the candidate told of their own future, said back as "I".
    text = re.sub(r"(?i)\b(before|when|if|until|after|once|unless)\s+you\b", r"\1 I", text)
    text = re.sub(r"\byourself\b", "myself", text)
    # "get the hours DONE", "request access DAY 1": a shouted everyday word in ordinary case.
    text = _SHOUTED.sub(lambda m: m.group().lower(), text)
    if re.search(r"\byou\b", text, re.I):
        return None
    first = text.split(" ", 1)[0].lower()
    opening = text.split(" ", 1)[0]
    if opening[:1].isupper() and opening[1:].islower() and _imperative_verb(opening.lower()):
        text = text[0].lower() + text[1:]  # "Do not wait ...", "Show numbers": the imperative
    if not text or first in _NOT_VERBS or not text[0].islower() or not is_clean(text):
        return None
    if len(text.split()) < 3 or len(text.split()) > 16 or _THIRD_PERSON.search(text):
        return None
    verb = text.removeprefix("not to ").removeprefix("do not ").split(" ", 1)[0].lower()
    if "VERB" not in word_classes(verb) and verb not in {"not", "to"}:
        return None  # "planners who came from floor are valued": a saying, not advice to act
    if re.match(r"^(?:to\s+)?[a-z]+(?<![su]s)s\s", text):
        return None  # "panels always have a resident on it": a plural subject, no instruction
    if re.match(r"^(?:to\s+)?\S+\s+(?:is|are|was|were|has|had)\b", text):
        return None  # "staff is not a level": a saying quoted, not advice to do something
    said = re.search(r"\b(?:is|are|(?:should|must|will|would)\s+be)\b", text) and not re.search(
        r"\b(?:what|how|who|where|which|that|if|whether)\b", text
    )
    pay = re.search(
        r"(?i)\b(?:under|below|less\s+than)\s+[$\u20ac\u00a3]?\d|\b(?:salary|pay)\b", text
    )
    if said or pay or verb in _NOT_ADVICE_VERBS or re.search(r"\b(?:advice|tips?)$", text):
        # No instruction: a saying ("yellow belt is enough", "jargon should be removed"), pay
        # ("not to go under 70"), a modal or -ing opening ("trying to be"), a topic ("career
        # transition advice").
        return None
    text = _named_thing(re.sub(r"^do not\s+", "not to ", text))
    last = text.rsplit(" ", 1)[-1]
    if len(last) <= 2 and not last.isdigit() and last.lower() not in _SHORT_ENDS:
        return None  # cut at an abbreviation's full stop ("ch. 1-5")
    if text.startswith("not "):
        return text  # "not to volunteer for more than one committee"
    phrase = text if text.startswith("to ") else f"to {text}"
    verb = phrase.split()[1].lower() if len(phrase.split()) > 1 else ""
    # "read", "put", "set": a past that is also the imperative.
    if verb.endswith("ed") or verb in (_IRREGULAR_PAST - {"read", "put", "set"}) | {"went", "said"}:
        return None  # "to looked up EVT test dates": what was done, not what was advised
    return phrase


# A verb of taking something up, then a named course or group with no article: "applied to ACI
# diploma", "get ACI Airport Operations Diploma", "joined Maths Hub Work Group".
_TAKE_UP = re.compile(
    r"\b(?P<verb>(?:get|got|take|took|taken|do|did|join|joined|attend|attended|pass|passed|"
    r"complete|completed|start|started|enrol(?:l)?(?:ed)?\s+in|register(?:ed)?\s+for|"
    r"sign(?:ed)?\s+up\s+for|appl(?:y|ied)\s+(?:to|for)))\s+"
    r"(?!the\b|a\b|an\b|my\b|your\b|their\b|some\b)"
    r"(?P<thing>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+(?i:diploma|certificate|certification|course|"
    r"programme|program|webinar|conference|exam|group|network|association|society|workshop|"
    r"bootcamp|intake|scheme)s?)\b"
)


def _named_thing(text: str) -> str:
    """ "applied to ACI diploma" as "applied to the ACI diploma"."""
    return _TAKE_UP.sub(lambda m: f"{m.group('verb')} the {m.group('thing')}", text)


# Words a clause cannot end on: an auxiliary or an adverb still waiting for its verb.
_UNFINISHED = word_set(
    "already just also been have has had then yet still since and to for on at in by the a with"
)


def action_clause(note: str) -> str | None:
    """What the candidate did, as a clause after "I": "rewrote the resume"."""
    # "registered for the webinar ✔️": a list's tick is no word of the deed.
    text = clean_fragment(re.sub(r"[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]", "", note))
    # "rewrote LinkedIn headline → "Research Operations ..."": the deed, before what it made.
    text = re.split(r"\s*(?:\u2192|->|=>)\s*", text)[0]
    text = re.sub(r"^(?:I\s+|did it\s*[-:]\s*)", "", text)
    # "rewrote resume summary": the candidate's own document is "my resume summary".
    text = re.sub(
        r"(?i)^((?:re)?wrote|updated|changed|redid|refreshed|polished|edited|reworked|fixed)\s+"
        r"(?=(?:resume|résumé|cv|cover\s+letter|linkedin|headline|summary|portfolio|profile)\b)",
        r"\1 my ",
        text,
    )
    text = _TRAILING_DATE.sub("", first_part(text)).strip().rstrip(".!")
    text = re.sub(r"\s+\d{1,2}\.\s?\d{1,2}\.(?=\s)", "", text)  # "applied to X 2. 10. with the CV"
    if re.match(r"(?i)(?:added|sent|put|moved|forwarded)\s+to\b", text):
        return None  # "added to my question list": what was added is in another column
    if re.search(r"(?i)\b(?:who|what|where|when|how)\s+(?:is|are)\b", text):
        return None  # "asked Chloe who is their agent": a question reported as asked
    if text[:1].isupper() and text.split(" ", 1)[0][1:].islower():
        text = text[0].lower() + text[1:]  # "Signed up for the Work Group": a list item's capital
    text = _named_thing(text)
    text = re.sub(r"^applied\s+(?=[A-Z])", "applied to ", text)  # "applied Maasvlakte Freight"
    first = text.split(" ", 1)[0].lower()
    past = first.endswith("ed") or first in _IRREGULAR_PAST or first in {"have", "had"}
    if not past or not 2 <= len(text.split()) <= 10 or not is_clean(text):
        return None
    if text.split()[-1].lower() in _UNFINISHED:
        return None  # "I've already," where the notes stop: no deed in it
    if len(text.split()) <= 3 and text.split()[-1].lower() in {"it", "them", "this", "that"}:
        return None  # "downloaded it": the deed's thing is named elsewhere
    if _THIRD_PERSON.search(text):
        return None
    return text
