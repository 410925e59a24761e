"""Note fragments by form: a noun phrase, a clause, or nothing that can be said correctly.

A note is written for its writer ("abt the EEG monitoring they got", "big on retention"). Only
what reads as correct English once shorthand is spelled out and the perspective is turned to
the reader reaches a draft; everything else is left out, never pasted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.checker.spelling import is_known
from assistant.compose.grammar import cut_talk_prefix
from assistant.compose.text import tidy, word_set
from assistant.english import is_trade_term

# "advice": what a networking contact advised ("to lead the resume with teaching hours").
Form = Literal["topic", "clause", "advice"]

# Shorthand a careful writer spells out; only whole words (case-insensitive) are replaced.
_SHORTHAND = {
    "abt": "about",
    "w/": "with",
    "w/o": "without",
    "thru": "through",
    "yr": "year",
    "yrs": "years",
    "wk": "week",
    "wks": "weeks",
    "wknd": "weekend",
    "wknds": "weekends",
    "mo": "month",
    "mos": "months",
    "mgr": "manager",
    "mgmt": "management",
    "dept": "department",
    "pt": "patient",
    "pts": "patients",
    "reimb": "reimbursement",
    "amt": "amount",
    "b/c": "because",
    "bc": "because",
    "approx": "approximately",
    "info": "information",
    "govt": "government",
    "&": "and",
    "+": "and",
    "i": "I",
    "im": "I am",
    "i'm": "I am",
    "ive": "I have",
    "i've": "I have",
    "i'd": "I would",
    "i'll": "I will",
    "theyre": "they are",
    "they're": "they are",
    "theyve": "they have",
    "they've": "they have",
    "we're": "we are",
    "you're": "you are",
    "it's": "it is",
    "dont": "do not",
    "don't": "do not",
    "doesnt": "does not",
    "doesn't": "does not",
    "didnt": "did not",
    "didn't": "did not",
    "isnt": "is not",
    "isn't": "is not",
    "wasnt": "was not",
    "wasn't": "was not",
    "cant": "cannot",
    "can't": "cannot",
    "wont": "will not",
    "won't": "will not",
    "thats": "that is",
    "that's": "that is",
    "shes": "she is",
    "she's": "she is",
    "hes": "he is",
    "he's": "he is",
}
_SHORTHAND_RE = re.compile(
    r"(?<![\w/])("
    + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/'])",
    re.IGNORECASE,
)
# Marks of a note written for oneself: arrows, equations, tables, shouting punctuation.
_NOTE_MARKS = re.compile(
    r"->|→|=|<|>|\||~|#|\*|\^|\[|\]|\{|\}|\?\?|!!|\.\.\.|…|\bvs\b|(?<!\d)/|/(?!\d)"
)
# Words that only a private note uses.
_NOTE_WORDS = word_set(
    "lol ugh tbh ngl imo idk omg btw fyi prob kinda sorta gonna wanna gotta yeah yep nope "
    "etc ok okay lots super u ur r pls plz thx tho"
)
# Words a noun phrase cannot start with: adjectives and verbs that begin a note's comment.
_BAD_STARTS = word_set(
    "big very really wants needs thinks says said seems likes loves mostly pretty not no still "
    "just only maybe probably which who whom whose that and but so because also then or "
    "asked told mentioned explained wanted seemed felt am is are was were be has have had will "
    "would should could can may might must do does did been being here there"
)
_LY_ADJECTIVES = word_set(
    "weekly daily monthly yearly quarterly hourly nightly early family friendly holy lovely "
    "elderly costly likely"
)
_SUBJECTS = word_set("she he they it")
_WH = word_set("how what why whether when where which who if")
_ASKING = re.compile(
    r"^(?:she|he|they|you)\s+(?:asked|wanted to know|was curious|were curious)"
    r"(?:\s+(?:me|about))?\s+(?=(?:how|what|why|whether|when|where|which|who|if)\b)",
    re.IGNORECASE,
)
# A person named before what they did in the notes ("Mr Wheeler asked", "Dr. Feld asked",
# "Ms. Chávez-Ortiz began by describing"): read as "she", which the forms below turn.
_NAMED_SUBJECT = re.compile(
    r"^(?!(?:We|I|They|She|He|You|It)\s)(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Capt|Rev|Sr|Fr|Sister|Coach|Chef)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:de|van|von|der|da|di|la|le)?\s*[A-Z][\w'’-]+){0,2}\s+"
    r"(?=(?:asked|wanted to know|was curious|said|mentioned|explained|noted|shared|told me|"
    r"stated|stressed|emphasi[sz]ed|added|pointed out|"
    r"began|started|described|talked|walked|showed|introduced|spoke|opened|was asking|"
    r"(?:introduce|explain|mention|talk|describe|show|present|discuss|speak)[sd]?|"
    r"went hard|grilled|quizzed|pressed|focused|dug|outlined|presented|covered)\b)"
)
# "she asked about data sovereignty", "she began by describing the grant", "he mentioned
# their new dashboard": what they raised, a noun phrase when no clause follows.
_RAISING = re.compile(
    # Any form of the verb: notes in non-native English write "she introduce", "he explain".
    r"^(?:she|he|they)\s+(?:(?:began|started)\s+by\s+)?(?:asked(?:\s+me)?\s+about|"
    r"describ(?:e|es|ed|ing)|mention(?:s|ed)?|introduc(?:e|es|ed)|explains?|present(?:s|ed)?|"
    r"talked(?:\s+to\s+me)?\s+about|(?:talks?|speaks?|spoke)\s+about|told\s+me\s+about|"
    r"discuss(?:es|ed)?(?:\s+about)?|(?:shows?|showed)\s+me|showed|outlined|covered|"
    r"walked\s+me\s+through|opened\s+with|was\s+asking(?:\s+me)?\s+about|went\s+hard\s+on|"
    r"(?:grilled|quizzed|pressed)\s+me\s+on|focused\s+on|dug\s+into)\s+"
    r"(?!(?:that|how|what|why|whether|when|where|which|who|if)\b)",
    re.IGNORECASE,
)
_TELLING = re.compile(
    r"^(?:she|he|they)\s+(?:said|mentioned|explained|noted|shared|told me|stated|stressed|"
    r"emphasi[sz]ed|added|pointed out)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_THIRD_PERSON_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}
_TEAM_VERBS = {"are": "is", "were": "was", "have": "has", "do": "does"}
# Possessives and objects that point at the person the draft goes to, once turned to them.
_TO_YOU = {"her": "your", "his": "your", "herself": "yourself", "himself": "yourself"}
MAX_TOPIC_WORDS = 16
# A question they asked may run longer: "how I would build trust with chapter leadership ...".
MAX_QUESTION_WORDS = 20
MAX_CLAUSE_WORDS = 20
_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


@dataclass(frozen=True)
class Phrase:
    """What a sentence can say about a point: a noun phrase (`topic`) or a clause."""

    text: str
    form: Form


def spell_out(text: str) -> str:
    """Shorthand and contractions written out ("abt" to "about", "they're" to "they are",
    "she's been" to "she has been")."""
    text = re.sub(r"(?i)\b(she|he|it|that)'s\s+(?=(?:been|got|had|done|gone)\b)", r"\1 has ", text)
    text = re.sub(r"(?<=\w)\s*&\s*(?=\w)", " and ", text)
    text = re.sub(r"(?<=\w)\s+\+\s+(?=\w)", " and ", text)
    text = re.sub(r"(?i)(?<=\w)\s+vs\.?\s+(?=\w)", " versus ", text)  # "service vs. embedded"
    # "merging with the, um, the archive trust": a spoken filler and the words it repeats.
    text = re.sub(r"(?i),?\s+\b(?:um+|uh+|erm+|uhm+)\b,?(?=\s)", "", text)
    text = re.sub(r"(?i)\b(the|a|an|to|of|with|and|in|on|for|at|my|our)\s+\1\b", r"\1", text)
    return _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)


def unshout(text: str) -> str:
    """An all-capitals note in ordinary case: months, days and "I" keep their capital."""
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return text
    words = []
    for word in text.lower().split(" "):
        bare = re.sub(r"\W", "", word)
        if bare in _MONTHS or bare == "i":
            word = word[:1].upper() + word[1:]
        words.append(word)
    return " ".join(words)


def is_clean(text: str) -> bool:
    """Whether a fragment reads as correct English: no note marks, every word spelled."""
    if not text or _NOTE_MARKS.search(text) or "(" in text or '"' in text:
        return False
    for token in re.findall(r"[\w'-]+", text):
        if re.search(r"\d", token):
            continue  # "A321neo", "Q1", "2x": a model's or a figure's name, not a word to spell
        word = token.strip("'-_")
        if not word:
            continue
        lower = word.lower().strip("'")
        if lower in _NOTE_WORDS:
            return False
        if word[0].isupper() or "-" in word or not word[1:].islower():
            # A name, an acronym, a compound or a product ("ezyVet", "iPhone") the dictionary
            # cannot judge.
            continue
        # A term of the trade ("makerspace") passes; shorthand and other languages do not.
        if not is_known(lower) and not is_trade_term(lower):
            return False
    return True


def first_part(text: str) -> str:
    """A note up to its first aside: a comma, a dash, a semicolon or a bracket."""
    return re.split(r",\s|\s[-\u2013\u2014]+\s|;\s|\s\(|:\s", text, maxsplit=1)[0].strip()


def _agree_you(words: list[str]) -> list[str]:
    """ "she wants" to "you want", "he is" to "you are"; the past tense stays."""
    verb = words[1].lower()
    if verb in _THIRD_PERSON_VERBS:
        words[1] = _THIRD_PERSON_VERBS[verb]
    elif verb.endswith("ies") and len(verb) > 4:
        words[1] = verb[:-3] + "y"
    elif verb.endswith(("ches", "shes", "sses", "xes")):
        words[1] = verb[:-2]
    elif verb.endswith("s") and not verb.endswith("ss") and not verb.endswith("us"):
        words[1] = verb[:-1]
    return ["you", *words[1:]]


def _agree_team(words: list[str]) -> list[str]:
    """ "they are" to "the team is", "they want" to "the team wants"."""
    verb = words[1].lower()
    if verb in _TEAM_VERBS:
        words[1] = _TEAM_VERBS[verb]
    elif not verb.endswith(("ed", "s")) and verb not in {"will", "would", "can", "could", "got"}:
        words[1] = verb + ("es" if verb.endswith(("ch", "sh", "ss", "x", "o")) else "s")
    return ["the", "team", *words[1:]]


def to_reader(text: str, *, theirs: bool) -> str:
    """A note turned to its reader: "she wants" becomes "you want" when the point is theirs;
    "they are" becomes "the team is"; "their" the team's; the candidate's "my" stays."""
    words = text.split(" ")
    if len(words) > 1 and words[0].lower() in {"she", "he"}:
        words = _agree_you(words) if theirs else words
    elif len(words) > 1 and words[0].lower() == "they":
        words = _agree_team(words)
    out = []
    for index, word in enumerate(words):
        lower = word.lower()
        if theirs and lower in _TO_YOU:
            word = _TO_YOU[lower]
        elif lower == "their" and index > 0:
            word = "the team's"
        elif lower == "them" and index > 0:
            word = "the team"
        out.append(word)
    return " ".join(out)


def _has_foreign_pronoun(text: str) -> bool:
    """ "she" or "his" left pointing at someone the reader cannot place ("they" is the team)."""
    pronouns = {"she", "he", "her", "him", "his", "hers", "herself", "himself"}
    return bool({w.lower() for w in re.findall(r"[A-Za-z']+", text)} & pronouns)


def _starts_a_comment(text: str) -> bool:
    """Whether a fragment opens as a note's comment or the candidate's own statement."""
    first = text.split(" ", 1)[0].lower()
    adverb = first.endswith("ly") and first not in _LY_ADJECTIVES
    return first in {"i", "me", "we"} or first in _BAD_STARTS or first in _SUBJECTS or adverb


# A question the interviewer put, as a Q/A note writes it: "Q: how do u handle conflict ...?",
# "Q (Taufa): what would you change first?".
# "Q:", "Q1.", "Q (Ken):", "Q - ", and the asker's name in brackets after it: "Q: (Lupe) how ...".
_Q_LABEL = re.compile(
    r"(?i)^(?:q\d*|question)\s*(?:\([^)]*\))?\s*(?:[:.]|\s-|-\s)\s*(?:\([^)]{1,30}\)\s*)?"
)
_YOU_QUESTION = re.compile(
    r"(?i)^(?P<wh>how|what|why|where|which)\s+(?P<aux>do|does|would|will|can|could|should)\s+"
    r"(?:you|u)\s+(?P<rest>[^?]+?)\??$"
)


# A question whose wh-word is its subject reads as a noun clause as it is: "what goes in the
# first 90 days?", "who owns the risk register?".
_WH_SUBJECT_QUESTION = re.compile(
    r"(?i)^((?:what|who|which\s+\w+)\s+(?:goes|matters|drives|owns|keeps|comes|happens|makes)"
    r"\b[^?]*?)\??$"
)


def _asked_of_me(text: str) -> Phrase | None:
    """ "Q: how do u handle conflict with airlines?" as "how I handle conflict with airlines"."""
    label = _Q_LABEL.match(text)
    if not label or re.match(r"(?i)\(\s*(?:from\s+)?me\b", text[label.start() + 1 :].lstrip()):
        return None
    asked = text[label.end() :].strip()
    plain = _WH_SUBJECT_QUESTION.match(asked)
    if plain and is_clean(plain.group(1)) and len(plain.group(1).split()) <= MAX_QUESTION_WORDS:
        return Phrase(plain.group(1), "topic")  # "what goes in the first 90 days"
    found = _YOU_QUESTION.match(asked)
    if not found:
        return None
    aux = found.group("aux").lower()
    rest = re.sub(r"\byour\b", "my", found.group("rest"), flags=re.I)
    rest = re.sub(r"\byou\b|\bu\b", "me", rest, flags=re.I)
    verb = "" if aux in {"do", "does"} else f" {aux}"
    question = f"{found.group('wh').lower()} I{verb} {rest.strip()}"
    if is_clean(question) and len(question.split()) <= MAX_QUESTION_WORDS:
        return Phrase(question, "topic")
    return None


def realise(note: str, *, topic: str | None = None, theirs: bool = True) -> Phrase | None:
    """What a sentence may say about a point, or None when it cannot be said correctly.

    A `topic` (a noun phrase formed from the note) wins; else a question they asked becomes
    the question's clause ("how I would support new graduates"), something they said a clause
    ("the team is rolling out ..."), a clean fragment a noun phrase. `theirs`: the point
    belongs to the reader, so "she" and "her" are turned to "you" and "your".
    """
    if topic and _NAMED_SUBJECT.match(topic):
        topic = None  # "Mr Patel asked how I would ...": read from the note, below
    if topic:
        text = to_reader(spell_out(unshout(tidy(topic))), theirs=theirs)
        text = re.sub(r"^(?:about|on|re)\s+", "", text)
        fits = is_clean(text) and len(text.split()) <= MAX_TOPIC_WORDS
        if _starts_a_comment(text):
            return None  # "big on retention, ...": the writer's comment, not a noun phrase
        if fits and not _has_foreign_pronoun(text):
            return Phrase(text, "topic")
        # A topic the writer formed may still carry a dash or a comma: try its parts, the first
        # that can be said ("postgres migraton, consumer lag at peak": the typo's part is left).
        for part in [first_part(text), *re.split(r",\s+|;\s+", text)]:
            sayable = part != text and is_clean(part) and len(part.split()) >= 2
            if sayable and not _has_foreign_pronoun(part) and not _starts_a_comment(part):
                return Phrase(part, "topic")
    text = spell_out(unshout(tidy(note)))
    text = re.sub(
        r"(?i)^(?:note|nb|fyi|also|update|obs)\s*[:\-]\s*", "", text
    )  # "NOTE: Capt. X said"
    text = _NAMED_SUBJECT.sub("she ", text, count=1)
    put = _asked_of_me(text)
    if put:
        return put
    # "Q: Mrs Marsh asked about behaviour in labs": the label off, the line is read as a line.
    labelled = _Q_LABEL.match(text)
    if labelled and _NAMED_SUBJECT.match(text[labelled.end() :]):
        text = _NAMED_SUBJECT.sub("she ", text[labelled.end() :], count=1)
    raised = _RAISING.match(text)
    if raised:
        thing = to_reader(first_part(text[raised.end() :]), theirs=theirs)
        thing = re.sub(r"^their\b", "the team's", thing)  # "their new surveillance dashboard"
        if (
            is_clean(thing)
            and 1 < len(thing.split()) <= MAX_TOPIC_WORDS
            and not _has_foreign_pronoun(thing)
            and not _starts_a_comment(thing)
        ):
            # "mentioned the academy is opening a bay": what was said, a clause; else a thing.
            said = re.search(r"^\S+(?:\s+\S+){0,3}?\s+(?:is|are|was|were|has|have|will)\s", thing)
            return Phrase(thing, "clause" if said else "topic")
    asked = _ASKING.match(text)
    if asked:
        question = text[asked.end() :]
        question = re.sub(r"^if\b", "whether", question, flags=re.IGNORECASE)
        question = re.sub(r"\bid\b", "I would", question)
        question = first_part(question)
        fits = is_clean(question) and len(question.split()) <= MAX_QUESTION_WORDS
        if fits and not _has_foreign_pronoun(question):
            return Phrase(question, "topic")
        return None
    text = cut_talk_prefix(text)
    told = _TELLING.match(text)
    if told:
        text = text[told.end() :]
    text = first_part(text)
    words = text.split(" ")
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in _SUBJECTS or told:
        clause = to_reader(text, theirs=theirs)
        if first == "it" or not is_clean(clause) or len(clause.split()) > MAX_CLAUSE_WORDS:
            return None
        if _has_foreign_pronoun(clause):
            return None
        return Phrase(clause, "clause")
    # "I am sitting the exam" is the candidate's own statement, not a topic; "my experience
    # with accessioning" stays one ("our conversation about my experience with ...").
    if _starts_a_comment(text):
        return None
    text = to_reader(text, theirs=theirs)
    if not is_clean(text) or len(words) > MAX_TOPIC_WORDS or _has_foreign_pronoun(text):
        return None
    return Phrase(text, "topic")
