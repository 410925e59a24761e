"""What a sentence may be about: a phrase that names no person, date, time or figure of pay,
and that reads as a noun phrase (or a clause, in a clause frame), not a pasted note sentence."""

from __future__ import annotations

import re

from assistant.compose.text import DETERMINERS, word_set
from assistant.english import (
    in_lexicon,
    is_base_verb,
    is_noun_phrase,
    is_plain_clause,
    word_classes,
)
from assistant.notes.people import given_names, is_lowercase_name

# Titles that lead a name ("Ms. Okafor", "Dr Alan Whitcomb"): a name is never a topic.
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Chef)\b\.?", re.IGNORECASE)
# Dates, times and figures: when and how much are logistics, never what was discussed.
_WHEN = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b"
    r"|\b(?:am|pm)\b|\$|\b\d+(?:\.\d+)?\s*k\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
# "May" alone is likelier the verb than the month; only a month written with a day counts.
_MAY_DATE = re.compile(r"\bMay\s+\d{1,2}\b")
# Verbs that make a note a sentence of its own ("Ms. Lin was the most engaged", "Kayla even
# said ..."): after a noun phrase's head they would leave a pasted clause, not a topic.
_FINITE = word_set(
    "is are was were am has have had does did will would should shall might must "
    "said says asked told called wanted opened described mentioned explained seemed felt "
    "thinks liked loved went got took gave pushed talked spoke wrote sent met volunteered "
    "emailed telephoned phoned walked showed"
)
# A wh-word then an auxiliary is a direct question ("how would I cut ..."), not a noun clause.
_WH_QUESTION = re.compile(
    r"^(?:how|what|why|where|when|which|who|whether)\s+"
    r"(?:would|do|does|did|is|are|was|were|can|could|should|will|has|have)\b",
    re.IGNORECASE,
)
_WH = word_set("how what why where when which who whether")
_RELATIVE_SUBJECTS = word_set("i you we they she he which that who")
# A date that ends a phrase as its adverbial ("the process they rolled out in January").
_TRAILING_WHEN = re.compile(
    r"\s+(?:in|on|by|since|every|this|next|last)\s+(?:january|february|march|april|june|july|"
    r"august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)s?$",
    re.IGNORECASE,
)


def without_trailing_date(text: str) -> str:
    """A phrase without the month or day that ends it, after a preposition ("the process
    they rolled out in January" becomes "the process they rolled out")."""
    return _TRAILING_WHEN.sub("", text)


# What may follow a wh-word in a noun clause: its subject, or "to" ("how to scale ...").
_WH_SUBJECTS = word_set("i you we they the a an my your our their to this these those")
# Two capitalised words in a row: a person's or a place's name ("Marco Silva", "Harlan Middle").
# After "the" they name an organisation ("the Harbor Family Shelter"), which may be a topic.
_PROPER_NAME = re.compile(r"(\w+\s+)?\b(?:[A-Z][a-z]+(?:'s)?\s+)+[A-Z][a-z]+\b")
# Words of a role or an organisation: "Hiring manager" names who, not what was discussed.
ROLE_WORDS = word_set(
    "hiring manager mgr team recruiter recruiting committee panel department dept hr "
    "human resources talent acquisition principal director dir vp ceo cto cno cfo coo head "
    "supervisor lead staff board office officer coordinator partner representative rep"
)


# A capitalised word inside a phrase, not after "the" or a preposition of place ("ETCS L2 on
# Sofia-Plovdiv" is a line between cities).
_INNER_NAME = re.compile(
    r"(?<!^)(?<!\bthe )(?<!\bThe )(?<!\bon )(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfrom )"
    r"(?<!\bnear )(?<!\bvia )\b([A-Z][a-z]+)\b"
)


# A verb and its particle before an object: "walk through a ...", "set up the ...".
_PHRASAL_START = re.compile(
    r"^\w+\s+(?:through|up|out|over|into|down|off|back|around)\s+(?:a|an|the|my|your|our|their)\b",
    re.I,
)


_PAST = re.compile(
    r"^(?:\w+ed|said|told|took|gave|went|got|spoke|wrote|sent|met|lit|saw|made)$", re.I
)


def names_someone(text: str, names: frozenset[str]) -> bool:
    """Whether `text` names a person: an honorific, or a word of a known person's name."""
    if _HONORIFIC.search(text):
        return True
    for run in _PROPER_NAME.finditer(text):
        if (run.group(1) or "").strip().lower() == "the":
            continue
        # "React Native", "Axiell Collections": a product's name holds no given name.
        capitalised = re.findall(r"[A-Z][a-z]+", run.group(0))
        if any(word.lower() in given_names() or word in names for word in capitalised):
            return True
        if not all(in_lexicon(word.lower()) or len(word) > 3 for word in capitalised):
            return True
    words = {w for w in re.findall(r"[A-Z][\w'-]*", text)}
    if any(w.removesuffix("'s") in names for w in words):
        return True
    # "HR lady Jo something": a given name inside the phrase, not after "the" ("the Jordan
    # line" names a thing), is someone the notes did not list.
    return any(
        is_lowercase_name(match.group(1)) and not _WHEN.fullmatch(match.group(1))
        for match in _INNER_NAME.finditer(text)
    )


def says_when_or_how_much(text: str) -> bool:
    """Whether `text` holds a date, a time, a day or a sum of money."""
    return bool(_WHEN.search(text) or _MAY_DATE.search(text))


def _leads_a_clause(words: list[str]) -> bool:
    """A finite verb where a noun phrase would go on: "Ledgerly is going", "Kayla even said".

    After a determiner ("the greenhouse they are building") a verb may start a relative
    clause, so only the words before the third are judged there.
    """
    lowered = [w.lower().strip(".,;'\"") for w in words]
    if lowered[0] in _FINITE:
        return True  # "emailed congrats too": a deed noted, not a thing discussed
    if lowered[0] in _WH:
        # "how I would support new grads" is a noun clause; "why leave Corvid" a question.
        second = lowered[1] if len(lowered) > 1 else ""
        bare_why = lowered[0] == "why" and second not in _WH_SUBJECTS
        return bool(_WH_QUESTION.match(" ".join(lowered))) or bare_why
    # After a pronoun a verb starts a relative clause ("the room they opened last year"); a
    # word that can only be a verb's past after a noun makes a sentence ("letter came by email
    # same night", "the Harpreet jumped on the call"); after "the" it is an adjective ("the
    # dotted line").
    return any(
        (w in _FINITE or (_only_a_past(w) and lowered[i - 1] not in DETERMINERS))
        and lowered[i - 1] not in _RELATIVE_SUBJECTS
        for i, w in enumerate(lowered[1:], 1)
    )


def _only_a_past(word: str) -> bool:
    """A verb's past tense that is no other word: "came", "jumped" (not "used", "planned")."""
    return word_classes(word) == {"VERB"} and not word.endswith("ing") and not is_base_verb(word)


def is_topic(text: str, names: frozenset[str]) -> bool:
    """Whether a noun phrase may follow "our conversation about": no name, date, figure,
    label or sentence of its own."""
    words = text.split()
    if not words or re.search(r":(?!\d)|[?,;]", text):
        return False  # a label ("Q: ..."), a question, or a note's list of asides
    if _PHRASAL_START.match(text) and is_base_verb(words[0].lower()):
        return False  # "walk through a cost plan I prepared": what to do, not a thing discussed
    if re.match(r"(?:1\s|\d+\s+[a-z]+(?<!s)\b)", text):
        # "1 bow thruster motor insulation low", "2 harmonic distortion": an item's number;
        # "12 years coaching" counts something
        return False
    # A month that ends the phrase dates what was discussed ("the process they rolled out in
    # January"); a date anywhere else is what the phrase is about ("the December 17").
    if names_someone(text, names) or says_when_or_how_much(without_trailing_date(text)):
        return False
    if all(w.lower().strip(".,") in ROLE_WORDS | DETERMINERS for w in words):
        return False  # "Hiring manager", "the panel"
    if len(words) == 2 and words[0].islower() and is_lowercase_name(words[0]):
        return False  # "linda marsh", "raj gill": a person typed in lower case
    return not _leads_a_clause(words) and is_noun_phrase(text, names)


def is_clause(text: str, names: frozenset[str]) -> bool:
    """Whether a clause may follow "It was helpful to learn that": news of the work, naming no
    one, no date or figure; not the reader's reaction ("you liked ...", "you volunteered")."""
    words = text.split()
    # "the team is opening a new imaging center in February": when it happens may end it.
    if (
        len(words) < 4
        or names_someone(text, names)
        or says_when_or_how_much(without_trailing_date(text))
    ):
        return False
    if words[0].lower() == "you" and _PAST.search(words[1]):
        return False
    if re.match(r"(?i)you\s+(?:are|were)\s+(?:not\s+)?(?!\w+ing\b)", text):
        # "you are the head of school", "you are nikkei also": who the reader is, or how they
        # feel, no news of the work; "you are rolling out a new handbook" is.
        return False
    if words[-1].lower() in DETERMINERS | {"with", "of", "to", "and", "or", "for", "in", "on"}:
        return False  # "the museum is merging with the": cut short
    # A "they" left inside the clause points at no one the reader can place.
    if any(w.lower() == "they" for w in words[1:]):
        return False
    return is_plain_clause(text, names)
