"""`grammar`: every sentence reads as English, with no note fragment pasted into it."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.spelling import dictionary, is_known
from assistant.english import (
    FIGURE,
    META_NOUNS,
    is_bare_singular,
    is_base_verb,
    is_noun_phrase,
    is_subjectless_clause,
    word_classes,
)
from assistant.models import RuleResult
from assistant.notes.people import is_everyday_word, is_profession
from assistant.notes.places import is_attested, is_company_name
from assistant.thresholds import RuleConfig

RULE = "grammar"

_QUANTIFIERS = ("one", "two", "three", "all", "few", "each", "some", "most", "many", "none", "both")
_PRONOUN_OR_VERB = (
    r"(?:i|i'm|i'd|i've|i'll|we|we're|we've|they|they're|they've|you're|he|she|he's|she's|it's|it|them|him"
    r"|someone|somebody|anyone|anybody|everyone|everybody"
    r"|is|are|was|were|am|has|have|had|does|did|will|would|can|could|should)(?![\w'-])"
)
# Each construction: its pattern (on the lower-case text) and what to tell the writer.
_CONSTRUCTIONS: list[tuple[str, str]] = [
    (
        # "our conversation about the they're rolling out ...", "learning about the I'm sitting"
        rf"\b(?:the|a|an|our|your|their|my)\s+{_PRONOUN_OR_VERB}",
        "a determiner before a pronoun or verb: a note pasted where a noun phrase belongs",
    ),
    (
        # "Our conversation about which loses 40% ...", "your thoughts on which is about half done"
        # ("two of which were in 2024": the quantifier is the clause's subject)
        r"(?<!\d\s)"
        + "".join(rf"(?<!\b{word}\s)" for word in _QUANTIFIERS)
        + r"\b(?:about|on|regarding|around|of)\s+which\s+(?:is|are|was|were|has|have|had|will|can"
        r"|[a-z]+[^s\W]s\s+(?:\d|(?:the|a|an|its|their|our|more|less|about|up|down|over)\b))",
        "a relative clause with nothing to refer to",
    ),
    (
        # "Your thoughts on their path planner is C++17 have stayed with me."
        r"\b(?:thoughts|conversation|discussion|insights?|perspective|points?)\s+(?:on|about|of)"
        r"\s+(?!how\b|what\b|why\b|where\b|when\b|whether\b|who\b)[^,.;!?]{1,60}?\s(?:is|are|was"
        r"|were)\s[^,.;!?]{1,60}?\s(?:has|have)\s+(?:stayed|stuck)\b",
        "a clause from the notes where a noun phrase belongs",
    ),
    (
        # "…, especially project at Acme Logistics", "…, especially 2026-11-20."
        r"\bespecially\s+(?:\d{4}-\d\d-\d\d|(?:project|role|team|position|job|company|program"
        r"|system|tool|product|meeting|call|question|plan|process|problem|challenge)"
        r"(?=\s+(?:at|in|on|for|with|from)\b|\s*[.,;!?]|$))",
        "a bare note fragment after \u201cespecially\u201d",
    ),
    (
        # "about 2026-11-20": an ISO date is a note's shorthand, not a phrase; "the role at
        # 19.xi.26": a date where the employer belongs.
        r"\b(?:about|on|regarding|especially|discussing)\s+\d{4}-\d\d-\d\d\b"
        r"|\b(?:role|position|job|post)\s+(?:at|with)\s+\d+[./-]\w+",
        "a date written as the notes wrote it",
    ),
    (
        # "I'm still continue", "Not only am I meet", "after receive"
        r"\b(?:i'm|i\s+am|am\s+i|we're|they're|you're)\s+(?:still\s+|also\s+|not\s+)?"
        r"(?:meet|continue|receive|work|learn|follow|look|hope|want|need|enjoy|appreciate|believe"
        r"|feel|think|know|apply|attach|thank|remain|plan)\b"
        r"|\b(?:after|before|without)\s+(?:receive|continue|discuss|explain|consider|meet)\b",
        "a verb in the wrong form",
    ),
    (
        # "im gonna look into the careers u recommended"
        r"(?<![\w'.-])(?:(?:im|u|ur|gonna|wanna|gotta|dont|didnt|doesnt|ive|idk|tbh|thx|pls|plz)"
        r"(?![\w'.-])|(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)(?![\w'-]))",
        "text-message shorthand",
    ),
    (
        # "Though I am disappointed at not getting selected, but I am honored ..."
        r"(?:^|(?<=[.!?]\s))(?:though|although)\b[^.!?]*\bbut\b",
        "\u201cthough\u201d and \u201cbut\u201d in one sentence",
    ),
    (
        # "I am looking forward to hear from you": "forward to" takes "hearing"
        r"\bforward\s+to\s+(?:hear|meet|speak|talk|see|work|receive|join|get|start|continue|learn"
        r"|discuss|contribute|be|have)\b",
        "\u201cforward to\u201d takes the -ing form (\u201clooking forward to hearing\u201d)",
    ),
    (
        # "I said in the interview, that I teach 40 pupils", "I do not like, that ...": German
        # and Scandinavian commas before a "that" clause
        r"\b(?:said|say|like|think|thought|know|knew|believe|believed|mean|meant|hope|feel|felt"
        r"|noticed|mentioned|wrote|interview|realised|realized|understand|learned|learnt),\s+that"
        r"\s+(?:i|we|you|he|she|they|it|the|my|our|this|there)\b",
        "no comma before \u201cthat\u201d when it opens what was said or thought",
    ),
    (
        # "I am having 3 years experience", "I am also having one offer": "have" for possession
        # takes no -ing form
        r"\b(?:i'm|i\s+am|we\s+are|we're)\s+(?:also\s+|still\s+)?having\s+(?:\d+|one|two|three|four"
        r"|five|an?|experience|knowledge|expertise|offers?)\b",
        "a verb in the wrong form (\u201cI have\u201d, not \u201cI am having\u201d)",
    ),
    (
        # "the interview with Mrs. Thank you again": a title whose name was cut off
        r"\b(?:mrs|mr|ms|mx|dr|prof)\.\s+(?:thank|thanks|i|i'm|we|the|please|if|and)\b",
        "a title with no name after it",
    ),
    (
        # "hearing about the signed up for the TMC webinar": a verb's past where a noun belongs
        r"\b(?:the|a|an)\s+[a-z]+ed\s+(?:up|out|off)\s+(?:for|to|with|on|in)\b",
        "a determiner before a verb: a note pasted where a noun phrase belongs",
    ),
    (
        # "I enjoyed learning about you how you started your career": a pronoun before the
        # clause that already says whom it is about
        r"\b(?:about|of)\s+(?:you|him|her|them)\s+(?:how|what|why|where|when)\s+"
        r"(?:you|he|she|they)\b",
        "a pronoun doubled before the clause about the same person",
    ),
]
_DETERMINERS = frozenset(["the", "a", "an", "our", "your", "their", "my"])
_PRONOUNS_AND_VERBS = frozenset(re.findall(r"[a-z']+", _PRONOUN_OR_VERB.split("(?!")[0]))
_BE = frozenset(["i'm", "am", "we're", "they're", "you're", "after", "before", "without"])
# What may follow _BE in a verb-form error: a base verb, or an adverb before one.
_AFTER_BE = frozenset(
    [
        "still",
        "also",
        "not",
        "meet",
        "continue",
        "receive",
        "work",
        "learn",
        "follow",
        "look",
        "hope",
        "want",
        "need",
        "enjoy",
        "appreciate",
        "believe",
        "feel",
        "think",
        "know",
        "apply",
        "attach",
        "thank",
        "remain",
        "plan",
        "discuss",
        "explain",
        "consider",
    ]
)
# A month as a note shortens it in lower case: "by end of nov", "24 nov".
_MONTHS = frozenset(["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
_SHORTHAND = (
    frozenset(
        [
            "im",
            "u",
            "ur",
            "gonna",
            "wanna",
            "gotta",
            "dont",
            "didnt",
            "doesnt",
            "ive",
            "idk",
            "tbh",
            "thx",
            "pls",
            "plz",
        ]
    )
    | _MONTHS
)
# Words one of which a construction's match holds: a message with none is not scanned for it.
# These tests (and _possible's) decide as well as save a scan: in "the I.T. office" no word
# "i" follows "the", so no determiner stands before a pronoun.
_TRIGGERS: dict[int, frozenset[str]] = {
    1: frozenset(["which"]),
    2: frozenset(["stayed", "stuck"]),
    3: frozenset(["especially"]),
    6: _SHORTHAND,
    7: frozenset(["though", "although"]),
    8: frozenset(["forward"]),
    9: frozenset(["that"]),
    10: frozenset(["having"]),
    11: frozenset(["mrs", "mr", "ms", "mx", "dr", "prof"]),
    12: frozenset(["up", "out", "off"]),
    13: frozenset(["how", "what", "why", "where", "when"]),
}


_AT_A_FIGURE = re.compile(r"\b(?:at|with)\s+\d")


def _possible(tokens: list[str], words: frozenset[str], lower: str) -> tuple[int, ...]:
    """The constructions a message's words leave possible, by index."""
    found = {index for index, trigger in _TRIGGERS.items() if not trigger.isdisjoint(words)}
    if "-0" in lower or "-1" in lower or _AT_A_FIGURE.search(lower):
        found.add(4)  # an ISO date's month, or a date after "the role at"
    if not _BE.isdisjoint(words) or not _DETERMINERS.isdisjoint(words):
        for first, second in zip(tokens, tokens[1:], strict=False):
            if first in _DETERMINERS and second in _PRONOUNS_AND_VERBS:
                found.add(0)
            elif first in _BE and second in _AFTER_BE:
                found.add(5)
    return tuple(sorted(found))


def _scan(indexes: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern for these constructions, a named group each, behind one word-start test
    (re.compile keeps the patterns it compiled)."""
    groups = (f"(?P<c{i}>{_CONSTRUCTIONS[i][0]})" for i in indexes)
    return re.compile(r"\b(?:" + "|".join(groups) + ")", re.MULTILINE)


_WHY = {f"c{i}": why for i, (_, why) in enumerate(_CONSTRUCTIONS)}
# A sentence that opens with a conjunction and has no main clause: "Which is about half done."
_FRAGMENT = re.compile(r"(?:which|because|for\s+(?:i|we)\b|whereas)\b[^,;:]*[.!]$", re.IGNORECASE)
# A subject line that holds two sentences ("Thank you for the Platform Engineer. Base salary").
_SUBJECT_BREAK = re.compile(r"(?<!\b[A-Z])[.!?]\s+\S")  # "Howard J. Pruitt" is one name
_SUBJECT_END = re.compile(r"\b(?:the|a|an|and|or|of|for|to|with|about|on)\s*$", re.IGNORECASE)


def _subject(ctx: CheckContext) -> list[tuple[Span, str]]:
    subject = ctx.message.subject
    if subject is None:
        return []
    text = subject.text
    if _SUBJECT_BREAK.search(text) or _SUBJECT_END.search(text):
        why = f"the subject line {quote(text, 50)} is not one phrase (e.g. \u201cThank you\u201d)"
        return [((subject.start, subject.end), why)]
    return []


# Frames that take a noun phrase ("our conversation about ___"), and the words that end it.
_TOPIC_FRAME = re.compile(
    r"\b(?:conversations?|discussion|chat|talk)\s+(?:about|of|on)\s+"
    r"|\b(?:hearing|learning|hear|learn)\s+(?:more\s+)?about\s+"
    r"|\btalk(?:ing)?\s+(?:with\s+you\s+)?(?:through|about)\s+|\byour\s+(?:take|thoughts|insights?)\s+on\s+"
    r"|\byour\s+(?:advice|tips?|stories|story)\s+(?:on|about)\s+|\bthinking\s+about\s+"
    r"|\b(?:especially|particularly)\s+(?=the\s)",
    re.IGNORECASE,
)
_TOPIC_END = re.compile(
    r"[.!?;:,(\u2014]|\s[-\u2013]\s"
    # "how I would have handled it" goes on past its "have".
    r"|\s(?<!would\s)(?<!could\s)(?<!should\s)(?<!might\s)(?<!must\s)"
    r"(?:with you|was|were|has|have|made|gave|stood|stuck|stayed|since|is|got)\b|$"
)
_AND_CLAUSE = re.compile(r"\s+and\s+(?=(?:what|how|why|where|when|who|whether)\b)", re.I)
_OBJECT_PRONOUNS = frozenset(["i", "me", "him", "them", "it", "she", "he", "we", "us"])
_TITLES = frozenset(
    ["chef", "coach", "nurse", "engr", "prof", "mrs", "dr", "mr", "ms", "mx", "sir"]
)
# Words that refer back ("talk about it at any point"): the sentence says what, not the frame.
_REFERRING = frozenset(
    ["it", "any", "this", "that", "these", "those", "anything", "everything", "more", "all"]
    + ["them", "him", "her", "us", "you"]
)
# Last words no writer's noun phrase ends on: a meeting or a person, or a note's adverb.
_NOTE_ENDINGS = META_NOUNS | frozenset(["too", "also", "only", "first", "again", "though", "yet"])


def _pasted_topics(ctx: CheckContext) -> list[tuple[Span, str]]:
    """Note fragments where a frame wants a noun phrase: a line of the notes that opens as a
    sentence, a person's name, shorthand or a pronoun ("our chat about the Chukwuemeka Obi",
    "hearing about Connected on LinkedIn after your post")."""
    text = ctx.message.text
    frames = list(_TOPIC_FRAME.finditer(text, ctx.message.body_start))
    if not frames:
        return []
    names = frozenset(
        word
        for person in ctx.facts.interviewers
        for word in person.name.split()
        if word[:1].isupper() and len(word) > 2 and word.lower().strip(".") not in _TITLES
    ) - frozenset((ctx.facts.company or "").split())  # "Keller Electric" is no person
    titles = {p.title.casefold() for p in ctx.facts.interviewers if p.title}
    found = []
    for frame in frames:
        end = _TOPIC_END.search(text, frame.end())
        stop = end.start() if end else len(text)
        topic = text[frame.end() : stop].strip()
        if topic.casefold().removeprefix("the ") in titles or _job_title(topic):
            # "I loved hearing more about chief geologist": who someone is, not what was said.
            why = f"{quote(topic, 40)}: a person's job title where a topic belongs"
            found.append(((frame.end(), stop), why))
            continue
        # "the tasting menu and what it takes to run the pass": each part is judged alone.
        parts = _AND_CLAUSE.split(topic)
        if not topic or not any(_pasted(part, names, ctx.notes) for part in parts):
            continue
        found.append(
            ((frame.end(), stop), f"{quote(topic, 40)}: a note pasted where a noun phrase belongs")
        )
    return found


def _job_title(topic: str) -> bool:
    """A topic that is someone's job title, written without an article as notes write it
    ("chief geologist", "lead school psychologist", "community liaison")."""
    words = topic.lower().split()
    if not 1 <= len(words) <= 4 or words[0] in _DETERMINERS or not topic[:1].islower():
        return False
    head = words[-1].strip(".,")
    return is_profession(head)


def _pasted(topic: str, names: frozenset[str], notes: str = "") -> bool:
    """Whether a phrase after a frame is a note pasted in, not a writer's noun phrase."""
    words = topic.lower().split()
    if words[0] in _REFERRING or (words[0] in {"our", "your"} and len(words) <= 3):
        return False  # "thinking about our conversation", "about your team"
    if _numbered(topic) or _line_start(topic, notes) or _adjective_last(topic):
        return True
    if is_bare_singular(topic) or is_subjectless_clause(topic):
        return True  # "about german course", "about how manage conflict with senior vets"
    if any(w in _TALK_WORDS for w in words[:3]) and words[0] not in _DETERMINERS:
        return True  # "our talk about long talk on drill floor robotics"
    if is_noun_phrase(topic, names):
        return False
    if _opens_pasted(topic) or _opens_with_order(topic):
        return True
    return not _has_noun_phrase_head(topic, names) and _looks_pasted(topic, names)


def _opens_pasted(topic: str) -> bool:
    """A phrase that opens as a note's line: a capitalised everyday word or a non-noun
    ("Summary of the offer ...", "Thereafter I met ...", "Tell us about a time ..."), or a
    figure ("14 girls year one")."""
    first = topic.split()[0]
    if FIGURE.match(first):
        return True
    if not first[:1].isupper() or first.isupper() or first.lower() in {"the", "a", "an"}:
        return False
    classes = word_classes(first.lower())
    if not classes & {"NOUN", "ADJ"} or ("VERB" in classes and "NOUN" not in classes):
        return True
    return is_everyday_word(first)


# A conversation named inside what a conversation was about.
_TALK_WORDS = frozenset(["talk", "chat", "conversation", "call", "discussion"])
# What follows a verb that opens a note's order to oneself ("join the ...", "run a ...").
_OBJECT_START = frozenset(["the", "a", "an", "my", "your", "our", "their", "to"])


def _adjective_last(topic: str) -> bool:
    """A note's sentence without its verb: a noun, then an adjective ("waitlists long",
    "morale low", "ramp-up slow")."""
    words = [w.lower().strip(".,") for w in topic.split()]
    if len(words) < 2 or len(words) > 5 or not topic.split()[-1].islower():
        return False  # "Keller Electric": a name
    last, before = word_classes(words[-1]), word_classes(words[-2])
    plural = len(words) == 2 and words[-2].endswith("s") and not words[-2].endswith("ss")
    return (
        "ADJ" in last and (last == {"ADJ"} or plural) and "NOUN" in before and "ADJ" not in before
    )


def _numbered(topic: str) -> bool:
    """A note's item: a bare noun before a bare figure ("flaky rate 9%", "restaurant 80
    covers"); "the 2024 budget" and "about 40 minutes" are a writer's."""
    first = topic.split()[0]
    if first.lower() in _DETERMINERS or not first.islower() or len(topic.split()) > 5:
        return False  # "the 2027 budget", "your sprint 3 retro": a writer's phrase
    return bool(
        re.search(
            r"(?:^|\s)(?!(?:of|in|on|at|by|to|for|from|than|about|over|under|around|with|across"
            r"|after|within|into|per|every|between|nearly|almost|up|only|just|last|next|first"
            r"|the|a|an|and|or|top|page|phase|stage|level|step|grade|year|class|room)\s)[a-z]+(?<!s)\s+\d",
            topic,
        )
    )


def _opens_with_order(topic: str) -> bool:
    """A phrase that opens as a note's order to oneself: a verb and its object ("join the
    local study club", "run a site", "the say my experience on ...")."""
    words = [w.lower() for w in topic.split()[:4]]
    if words[0] in {"the", "a", "an"}:
        words = words[1:]
    return (
        len(words) >= 2
        and is_base_verb(words[0])
        and words[1] in _OBJECT_START
        and not topic[:1].isupper()
    )


def _line_start(topic: str, notes: str) -> bool:
    """A phrase that opens with a word of the language the notes capitalise only where a line
    or sentence starts ("Probation of 6 months", "Volunteer to process one collection"): a
    line of the notes, pasted."""
    first = topic.split()[0].strip(".,:;")
    if not notes or not first[:1].isupper() or first.isupper() or not first.isalpha():
        return False
    if not word_classes(first.lower()) or first.lower() not in dictionary():
        return False  # "Kafka", "Fernhill", "Salesforce": a name
    return _only_at_line_starts(first, notes)


# Kept for the speed floor: two searches of the whole notes per topic cost about 8 us, and the
# same notes are checked draft after draft.
@lru_cache(maxsize=1024)
def _only_at_line_starts(word: str, notes: str) -> bool:
    """Whether the notes write `word` capitalised, and only where a line or sentence starts."""
    if re.search(rf"\b{re.escape(word)}\b", notes) is None:
        return False  # the notes write it in lower case only: the writer chose the capital
    return re.search(rf"[\w,;)][ \t]+{re.escape(word)}\b", notes) is None


def _has_noun_phrase_head(topic: str, names: frozenset[str]) -> bool:
    """Whether the phrase opens with a noun phrase the rest of the sentence goes on from
    ("the Kafka backlog stuck with me")."""
    words = topic.split()
    return any(
        is_noun_phrase(" ".join(words[:end]), names) and "VERB" in word_classes(words[end].lower())
        for end in range(len(words) - 1, 1, -1)
    )


def _looks_pasted(topic: str, names: frozenset[str]) -> bool:
    """Signs a phrase is a note's own words, not a writer's noun phrase."""
    words = topic.split()
    lowered = [w.lower().strip("'\"()") for w in words]
    if lowered[-1] in _NOTE_ENDINGS:
        return True  # "AD candidate", "connect with Tom on LI too"
    if any(w.strip(".,") in names for w in words):
        return True  # "the Chukwuemeka Obi": a person is never what was discussed
    if any(w in _OBJECT_PRONOUNS for w in lowered):
        return True  # "thank him by name", "NAILED it this time"
    return any(w.isalpha() and w.islower() and not is_known(w) for w in words)


# Where a sentence names the employer: "the role at ___", "join ___", "part of ___".
_EMPLOYER_FRAME = re.compile(
    r"\b(?:(?:role|position|job|post|offer)\s+(?:at|with)|join(?:ing)?|part\s+of|"
    r"contribut(?:e|ing)\s+to|comes\s+up\s+at)\s+(?:the\s+)?"
    # Capitalised words on one line and in one sentence: "Bar K Cattle Co. Our" stops at "Co".
    r"(?P<name>(?:(?:St|Mt|Ft)\.[ \t]+)?[A-Z][\w&'’-]*"
    # "the role at ABC Innovations and I ...": the pronoun is the sentence going on.
    r"(?:[ \t]+(?:(?:of|and|&|for|de)[ \t]+)?(?!I\b)[A-Z0-9][\w&'’-]*)*)"
)


def _wrong_employers(ctx: CheckContext) -> list[tuple[Span, str]]:
    """An employer a sentence names that the notes show is no organisation: a date, a heading,
    a line's opening words, a person ("the role at Went Down", "join 12-Oct-2026 1300z",
    "offering me the role at Mark Janssen")."""
    text = ctx.message.text
    people = {p.name.casefold() for p in ctx.facts.interviewers}
    people_words = {w.casefold() for p in ctx.facts.interviewers for w in p.name.split()}
    # Given names only: "Keller Electric" may bear its founder Frank Keller's surname.
    given = {p.name.casefold().split()[0] for p in ctx.facts.interviewers if " " in p.name}
    given |= set((ctx.facts.candidate or "").casefold().split()[:1])  # the sender's own name
    found = []
    company = ctx.facts.company or ""
    if company and _ODD_MARK.search(company) and company in text:
        at = text.index(company)
        found.append(((at, at + len(company)), f"{quote(company, 30)} holds a note's mark"))
    for match in _EMPLOYER_FRAME.finditer(text, ctx.message.body_start):
        name = match.group("name")
        if re.match(r"[ \t]+[a-z]", text[match.end() :]):
            continue  # "join the ITA safety council": the name modifies what is joined
        words = {w.casefold() for w in name.split()}
        # "W Jaylen Brooks At": a line about a person, whatever the parser filed as employer.
        garbled = not words.isdisjoint(given) or _miswritten(name, ctx.notes)
        if not garbled and company and name.casefold() in company.casefold() and len(name) > 2:
            continue  # the notes' employer, in full or shortened
        # "Mark Janssen", or "Tomasz" of Tomasz Mazur: a person, never the employer.
        person = name.casefold() in people or words <= people_words
        if garbled or person or not is_company_name(name) or not is_attested(name, ctx.notes):
            found.append(
                (match.span("name"), f"{quote(name, 30)} is not the employer your notes name")
            )
    return found


# Titles no organisation's name opens with ("the role at Ms."): the person's, misread.
_HONORIFICS = frozenset(["mr", "mrs", "ms", "mx", "dr", "prof"])
# Marks no organisation's name holds: a note's brackets, a hashtag, a table's bar.
_ODD_MARK = re.compile(r"[\u3010\u3011\u300c\u300d\[\]{}<>#|]")


def _miswritten(name: str, notes: str) -> bool:
    """Whether the notes write a word of `name` otherwise: only as an abbreviation in capitals
    ("Ghr" for "GHR"), only as a hashtag ("Jobhunt" for "#jobhunt"), or it is a title ("Ms")."""
    if name.split()[0].casefold().rstrip(".") in _HONORIFICS:
        return True
    for word in name.split():
        if len(word) < 2 or not word.isalpha() or re.search(rf"\b{re.escape(word)}\b", notes):
            continue
        acronym = len(word) <= 3 or not re.search(r"[aeiouy]", word, re.IGNORECASE)
        if acronym and not word.isupper() and re.search(rf"\b{word.upper()}\b", notes):
            return True
        written = re.findall(rf"(?<![\w])#?{re.escape(word)}\b", notes, re.IGNORECASE)
        if written and all(w.startswith("#") for w in written):
            return True
    return False


# A colon that announces a list, and the paragraph after it that goes on in prose instead:
# "my job responsibilities will include:" then "I'm thoroughly excited to begin ...".
_NEXT_LINE = re.compile(r"\s*\n\s*\n\s*(\S+)")
_PROSE_OPENERS = frozenset(
    ["i", "i'm", "i'd", "i'll", "i've", "we", "it", "this", "my", "our"]
    + ["thank", "thanks", "please"]
)


def _empty_lists(ctx: CheckContext) -> list[tuple[Span, str]]:
    """A sentence that ends in a colon, then a new paragraph of prose: the list is missing."""
    message = ctx.message
    found = []
    for sentence in message.content():
        if not sentence.text.endswith(":"):
            continue
        following = _NEXT_LINE.match(message.lower, sentence.end)
        if following and following.group(1).strip(",.") in _PROSE_OPENERS:
            why = f"{quote(sentence.text, 40)} announces a list that never comes"
            found.append(((sentence.start, sentence.end), why))
    return found


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail on a note fragment in a sentence, a fragment sentence or a broken subject line."""
    message = ctx.message
    lower = message.lower
    found = _subject(ctx) + _pasted_topics(ctx) + (_wrong_employers(ctx) if ctx.notes else [])
    if ":" in message.text:
        found += _empty_lists(ctx)
    start = message.body_start
    signature = next((s.start for s in message.sentences if s.part == "sign-off"), len(lower))
    possible = _possible(message.tokens, message.token_set, lower)
    matches = _scan(possible).finditer(lower, start, signature) if possible else ()
    for match in matches:
        if message.masked and message.is_masked(*match.span()):
            continue
        if (
            match.lastgroup == "c6"
            and message.text[match.start()].isupper()
            and lower[match.start() : match.end()] in _MONTHS
        ):
            continue  # "Jan 5", "by 13 Nov": the abbreviation people write
        why = _WHY[match.lastgroup or "c0"]
        found.append(
            (match.span(), f"{quote(message.text[match.start() : match.end()], 40)}: {why}")
        )
    for sentence in message.content():
        if _FRAGMENT.match(sentence.text):
            found.append(
                (
                    (sentence.start, sentence.end),
                    f"{quote(sentence.text, 40)} is not a full sentence",
                )
            )
    if not found:
        return result(config, True, "Every sentence reads as a full, correct English sentence.")
    reasons = list(dict.fromkeys(why for _, why in found))
    message_text = "Rewrite as plain English: " + "; ".join(reasons[:4])
    if len(reasons) > 4:
        message_text += f"; and {len(reasons) - 4} more"
    return result(config, False, message_text + ".", [span for span, _ in found])
