"""Word classes from a kept lexicon, and the one test of a phrase that may stand where a noun
phrase belongs ("our conversation about ___"): the composer uses it to choose what it says,
the checker to judge what a draft says.

The test is strict on purpose: a draft that leaves a topic out needs an edit; a draft that
pastes a note fragment where a noun phrase belongs embarrasses its sender.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _words("a an the this that these those each every some any both all several no")
POSSESSIVES = _words("my your our its their")
PREPOSITIONS = _words(
    "of for to in on at by with about across between into over under through from within "
    "without around during after before toward towards via per among"
)
CONJUNCTIONS = _words("and or")
# Pronouns that would point at someone in the note's own voice ("thank him", "I built").
PRONOUNS = _words(
    "i me myself we us ourselves you yourself he him himself she her herself they them "
    "themselves it itself his hers theirs mine ours yours one someone anyone everyone"
)
# Words a note uses about the meeting itself or its people: never what was discussed.
META_NOUNS = _words(
    "interview interviews interviewer candidate candidates round rounds meeting "
    "meetings chat chats lunch coffee breakfast dinner summary notes note question questions "
    "answer answers min mins minute minutes hour hours quarter thanks email emails mail message "
    "letter offer tour greeting greetings morning afternoon evening day week month time "
    "manager director head chef engineer superintendent recruiter officer coordinator lead "
    "principal partner president supervisor ceo cto cfo coo vp hr panel panelist committee "
    "person people guy lady woman man boss stuff thing things bit lot contact contacts probation "
    "conversation conversations discussion words period teacher teachers nurse analyst "
    "phone voicemail zoom "
    "specialist technician assistant receptionist supervisor captain governor pilot colonel "
    "sergeant lieutenant major trustee chair chairman chairwoman founder owner colleague friend "
    "mentor professor dean doctor consultant planner driver mechanic operator clerk "
    "vet registrar estimator surveyor dietitian pharmacist midwife matron conservator curator "
    "dir mgr"
)
# Third-person verbs that a lexicon also lists as nouns ("goes", "says"), yet in a note mean
# the verb: "Hale goes deep on budget".
FINITE_VERBS = _words(
    "goes says wants has does is was are were am seems thinks likes loves gets takes makes helps "
    "knows expects believes "
    "think say get go make know feel see come tell try guess mean"
)
# Adjectives a note puts after a noun for "is ...": "Danish course free", "budget tight".
_PREDICATES = _words("free done ready available open full late due ok okay tight busy fine paid")
# Adverbs that may close a noun phrase as its own adverbial.
_TRAILING_ADVERBS = _words("overnight daily weekly monthly onsite remotely together abroad")
_ACRONYM_SHAPE = re.compile(r"^[A-Z][A-Z0-9&+]{1,6}s?$")


_NOT_ACRONYMS = DETERMINERS | POSSESSIVES | PRONOUNS | PREPOSITIONS


def _is_acronym(word: str) -> bool:
    """An acronym ("QA", "EDC", "P2P", "A-CDM", "COVID-19", "A-level"), not a word shouted in
    capitals ("MY PLAN")."""
    if re.fullmatch(r"[A-Z][A-Z0-9]*-(?:[A-Z0-9]{2,6}|level|levels)", word):
        return True
    if not _ACRONYM_SHAPE.match(word):
        return False
    lower = word.lower()
    shouted = lower.isalpha() and len(lower) > 2 and is_known(lower)
    return not shouted and lower not in _NOT_ACRONYMS


_SPEAKABLE_WORD = re.compile(r"^[a-z][a-z-]*[a-z](?:'s|s')?$|^a$")
# Closed-class words the lexicon leaves out: never part of a plain noun phrase.
OTHER_FUNCTION_WORDS = _words(
    "how what why when where which who whom whose whether if that than then so not there here "
    "also too very just only even still yet ever never as because while though although unless "
    "until since yes no ok okay please rn tbh imo idk lol ngl fr btw fyi asap pls thx"
)
# A place's or a product's name: "Venlo", "ServSafe", "Sofia-Plovdiv", "S-bane".
_PLACE = re.compile(r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z](?=-))(?:-[A-Z]?[a-z]+)*$")
# A year that dates the noun after it: "the 2023 outsourcing incident".
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# A figure inside a phrase ("patient ratios 1:2 on nights", "shrink at 2.8%"), never its start.
FIGURE = re.compile(r"^\d[\d.,:%]*(?:st|nd|rd|th|x)?$")
_QUANTITIES = _words("most much many half lots plenty rest all")
# Verbs a note's sentence puts after a bare noun: "program covers bottomfish and reef fish".
_NOTE_VERBS = _words(
    "covers includes runs needs wants has uses owns handles manages serves supports requires "
    "offers makes gets takes does spans involves"
)
# How a note says something went: "worked well", "went fine".
_VERDICT_WORDS = _words("well badly fine ok okay great poorly alright")
# Adverbs that open a note's comment, never a noun phrase: "now slipping", "still open".
_OPENING_ADVERBS = _words(
    "now still already just soon currently maybe probably really very also then yet again "
    "finally apparently basically honestly definitely"
)
# A clause whose subject is a bare singular noun, as notes write: "when truck is late".
_BARE_SUBJECT = re.compile(
    r"\b(?:when|if|and|but|because|so|while)\s+[a-z]+[^s\W]\s+(?:is|was)\b"
    r"|^how\s+many\s+[a-z]+[^s\W]\b"  # "how many bus in peak"
)
# The small words inside an organisation's or a title's name.
_NAME_JOINERS = _words("of and the for & in on at to de")
# A bare noun, a past verb and what it did: "council approved new ...", "team adopted the ...".
_BARE_CLAUSE = re.compile(
    r"^[a-z]+\s+[a-z]+ed\s+(?:new|the|a|an|our|their|its|this|that|all|some|two|three|\d)\b"
)
# Nouns a number names one of: "phase 2", "key stage 3", "level 4".
_NUMBERED_NOUNS = _words(
    "phase level tier step stage grade year version round part section chapter module unit "
    "band wave sprint season class form room floor gate line route building block ward bay"
)
# How a note ends a phrase that a sentence would not: a time or an adverb with no preposition.
_SHORTHAND_TAIL = re.compile(
    r"(?i)\b(?:last|next|this)\s+(?:week|month|year|summer|winter|spring|fall|autumn|quarter|"
    r"term|semester|time)$|\b\w+ing\s+(?:Q[1-4]|H[12]|FY\d+)\b|\s(?:first|too|again|only|also|"
    r"already|still|yet|now|then|later|soon|asap|down|up|out|off|max|tops|approx|ish)$|"
    r"\bin\s+total$|\b(?:mon|tues?|wed|thu|thurs?|fri)\b|"
    # "3 planners reporting": a count, a plural and a bare gerund
    r"^\d+\s+(?!(?:years|yrs|months|weeks|days|hours)\b)\w+s\s+\w+ing$"
)
_ROLE_HEADS = _words("head director dir manager mgr vp chief lead officer president dean")
# "7 months behind", "20 min": a figure of time opens a note, not a topic.
TIME_UNITS = _words(
    "min mins minute minutes hour hours hrs day days week weeks month months year years yrs"
)
NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty "
    "hundred thousand half"
)
# Nouns of no count, which stand without an article ("patient safety", "team culture"): their
# endings, and the ones the endings miss. Any other singular noun needs one ("the succession
# plan", not "need succession plan").
MASS_ENDINGS = (
    "tion",
    "sion",
    "ment",
    "ance",
    "ence",
    "ship",
    "ness",
    "ity",
    "ware",
    "logy",
    "ism",
)
MASS_NOUNS = _words(
    "sovereignty safety security privacy research data funding equipment health welfare "
    "wellbeing quality turnover staffing feedback advice knowledge work traffic logistics "
    "culture growth revenue pay tax scope scale risk change design content code teamwork "
    "travel time weather food music art law medicine surgery care healthcare childcare "
    "coverage staff freight inventory demand supply support service access progress stress "
    "business success strategy leadership software hardware infrastructure architecture "
    "literature procurement finance insurance evidence money energy power waste housing "
    "transport water land stock capital cash debt payroll talent paperwork homework "
    "coursework overtime budget shrink english math science history practice policy fatigue acumen "
    "conflict theory discipline morale trust fraud crime abuse commerce retail hospitality "
    "hygiene nutrition equity inclusion cost salary pension leave parking"
)


def is_mass_noun(word: str) -> bool:
    """A noun of no count: "sovereignty", "compliance", "software", "funding"."""
    lower = word.lower()
    return lower.endswith(MASS_ENDINGS + ("cy", "ing")) or lower in MASS_NOUNS


# Prefixes a compound may carry that no dictionary lists alone ("mis-picks", "co-teaching").
_PREFIXES = _words("mis re co pre non multi sub self cross post anti inter intra semi")
# Words before which a capitalised word names a place or a product, not a person.
_BEFORE_PLACE = _words("in to at on and into from with of")
MAX_WORDS = 12


def is_known(word: str) -> bool:
    """Whether a lowercase word is spelled right (the checker's spelling list)."""
    # Imported here: the checker imports this module, and its package imports its rules.
    from assistant.checker.spelling import is_known as known

    return known(word)


def in_lexicon(word: str) -> bool:
    """Whether lemminflect's English lexicon has a lowercase word ("research", not "schneider")."""
    return bool(getAllLemmas(word))


@lru_cache(maxsize=8192)
def word_classes(word: str) -> frozenset[str]:
    """The universal parts of speech a lowercase word can take (lemminflect's lexicon)."""
    if word in DETERMINERS or word in POSSESSIVES:
        return frozenset({"DET"})
    if word in PREPOSITIONS:
        return frozenset({"ADP"})
    if word in CONJUNCTIONS:
        return frozenset({"CCONJ"})
    if word in PRONOUNS:
        return frozenset({"PRON"})
    if word in OTHER_FUNCTION_WORDS:
        return frozenset({"X"})
    base = _base(word)
    classes = frozenset(getAllLemmas(word)) or frozenset(getAllLemmas(base))
    if base != word:
        return classes & {"NOUN", "PROPN", "ADJ"}  # a possessive or a compound modifies
    if not classes and (is_known(word) or is_trade_term(word)):
        return frozenset({"NOUN"})  # the spelling list knows it, the lexicon not: a term
    return classes


def _base(word: str) -> str:
    """A word without its possessive ending, or the last part of a compound."""
    return word.removesuffix("'s").rstrip("'").rsplit("-", 1)[-1]


def is_base_verb(word: str) -> bool:
    """A word that is its own verb lemma: "show", "update", "log", "discuss"."""
    return getAllLemmas(word).get("VERB", ("",))[0] == word


def _bare_verb(word: str) -> bool:
    """A verb's base form ("log", "import"), never a past or a third person ("logged")."""
    return is_base_verb(word) and not word.endswith(("ed", "s"))


def _nominal(word: str) -> bool:
    """A word that can head or modify a noun phrase: a noun, an adjective, a gerund."""
    if _is_acronym(word):
        return True
    classes = word_classes(word)
    if classes & {"NOUN", "ADJ", "PROPN"}:
        return True
    return word.endswith("ing") and "VERB" in classes


def _spelled(word: str) -> bool:
    """A lowercase word of the dictionary; each part of a compound ("oral-history"); a plural
    possessive ("girls'")."""
    bare = word.removesuffix("'s").rstrip("'")
    parts = bare.split("-")
    if len(parts) > 1 and parts[0] in _PREFIXES:
        parts = parts[1:]
    return all(part and (is_known(part) or is_trade_term(part)) for part in parts)


def is_trade_term(word: str) -> bool:
    """A long word the dictionary lacks, made of two of its words, is likelier a term of the
    trade ("makerspace") than shorthand or another language."""
    if len(word) < 7 or not re.search(r"[aeiou]", word):
        return False
    if _one_edit_from_a_word(word):
        return False  # "migraton" is a typo, not a term
    # A term of an English trade joins English words ("maker" + "space"); "teamleider" and
    # "magazijn" are another language's words.
    return any(
        is_known(word[:cut]) and is_known(word[cut:].removesuffix("s"))
        for cut in range(3, len(word) - 2)
    )


@lru_cache(maxsize=4096)
def _one_edit_from_a_word(word: str) -> bool:
    """Whether a dictionary word is one letter added, dropped or changed away."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    edits.discard(word)
    return any(is_known(edit) for edit in edits)


_WH_WORDS = _words("how what why whether where when")
_AUXILIARIES = _words("would could should can will shall may might must do did does have had")
_CLAUSE_PRONOUNS = _words("i we you they it she he")


def is_subjectless_clause(text: str) -> bool:
    """A clause opened by "how", "what" or "why" whose verb comes with no subject, as notes
    write it ("how manage conflict with senior vets"); "how to manage" and "how work gets
    done" are English."""
    words = text.lower().split()
    if len(words) < 2 or words[0] not in _WH_WORDS:
        return False
    second = words[1].strip(".,")
    return is_base_verb(second) and "NOUN" not in word_classes(second) and second != "to"


def is_noun_phrase(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether `text` may stand where a noun phrase belongs: a plain noun phrase, one with a
    relative clause after its noun ("the greenhouse they are building behind the gym"), or a
    noun clause ("how analysts request tables")."""
    words = text.split()
    if len(words) > 2 and words[0].lower() in _WH_WORDS:
        # "how analysts request tables" has a subject; "which is about half done" none.
        second = words[1].lower()
        subject_wh = words[0].lower() in {"what", "who"} and second.endswith("s")
        if subject_wh and len(words) >= 4 and second not in _AUXILIARIES | {"is", "was", "has"}:
            return _plain_words(words[1:], names) and len(words) <= 15  # "what goes in ..."
        if second in FINITE_VERBS or second in _AUXILIARIES or len(words) < 4:
            return False  # "which is about half done"; "how I test" says too little to follow
        if is_subjectless_clause(text):
            return False  # "how manage conflict with senior vets": no one does the managing
        if words[-1].lower().strip(".,") in {"it", "them"}:
            return False  # "how nobody is looking forward to it": "it" points at nothing
        if _BARE_SUBJECT.search(text):
            return False  # "how I handle when truck is late": a note's shorthand, no article
        return _plain_words(words[1:], names) and len(words) <= 15
    for index in range(2, len(words) - 1):
        if words[index].lower() in _CLAUSE_PRONOUNS:
            head, clause = " ".join(words[:index]), words[index + 1 :]
            verb = word_classes(clause[0].lower())
            return (
                "VERB" in verb
                and len(clause) <= 8
                and _plain_words(clause, names)
                and _plain_noun_phrase(head, names)
            )
    return _plain_noun_phrase(text, names)


_OTHERS = _words("another more his her whose which who")


def is_bare_singular(text: str) -> bool:
    """A phrase whose head is a singular count noun with no determiner before it, as notes
    write ("polish board and ECVS in progress", "ICU new grad turnover 28% first year"); an
    English noun phrase takes "the" or "a" there ("the Polish board")."""
    words = text.split()
    first = words[0].lower()
    if first in DETERMINERS | POSSESSIVES | PRONOUNS | _QUANTITIES | NUMBER_WORDS | PREPOSITIONS:
        return False
    if first in _OTHERS:
        return False
    if first.endswith("ing") or FIGURE.match(first):
        return False  # "migrating the warehouse", "2 wind farms"
    cut = next(
        (i for i, w in enumerate(words) if w.lower() in PREPOSITIONS | CONJUNCTIONS), len(words)
    )
    if cut == 0 or first in _WH_WORDS:
        return False  # "how I would run a drill": a clause, judged as one
    before = [w.lower() for w in words[: cut - 1]]
    if set(before) & (DETERMINERS | POSSESSIVES) or any(
        w.endswith(("'s", "s'", "\u2019s")) for w in before
    ):
        return False  # "Lumen Health's move into remote monitoring"
    head = words[cut - 1].rstrip(".,;:!?")
    if not head.replace("-", "").isalpha() or not head.islower():
        return False  # an acronym, a name or a figure: "standing MRI", "Kubernetes"
    if head.endswith("s") and not head.endswith("ss"):
        return False  # a plural: "usability tests"
    if head.endswith("ing") or is_mass_noun(head):
        return False
    # A hyphenated head is a compound noun ("go-live", "follow-up", "sign-off").
    return "-" in head or "NOUN" in word_classes(head)


def _plain_words(words: list[str], names: frozenset[str]) -> bool:
    """Words any sentence may hold: spelled, no person's name, no symbol or shorthand."""
    lowered_names = {name.lower() for name in names}
    for word in words:
        if _is_acronym(word) or FIGURE.match(word):
            continue
        if _PLACE.match(word) and word not in names:
            continue
        if word == "I":
            continue
        if not _SPEAKABLE_WORD.match(word.lower()) or word.lower() in lowered_names:
            return False
        if not _spelled(word.lower()):
            return False
    return True


def _plain_noun_phrase(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether `text` reads as a plain noun phrase: determiner, modifiers and a noun, with
    prepositional phrases after it ("the move to Snowflake"); no person's name, pronoun,
    number, adverb, finite verb or shorthand; not about the meeting or its people.

    A capitalised word is a place or a product only after "in", "to", "at", "on" or "and"
    ("warehouses in Venlo and Duisburg") or before the noun it modifies ("the Kafka backlog"),
    and never one of `names` (the notes' people).
    """
    lowered_words = text.lower().split()
    if lowered_words[:1] and lowered_words[0] in _QUANTITIES:
        return False  # "most of the first hour on ...": how much time, not what
    if lowered_words[:1] and lowered_words[0] in _OPENING_ADVERBS:
        return False  # "now slipping": a comment on what came before it
    if len(lowered_words) == 2 and lowered_words[1] in _VERDICT_WORDS:
        return False  # "worked well", "went fine": how something went, not what it was
    if (
        len(lowered_words) >= 3
        and lowered_words[0] not in DETERMINERS
        and lowered_words[1] in _NOTE_VERBS
        and "NOUN" in word_classes(lowered_words[0])
        and not lowered_words[0].endswith("s")
        and lowered_words[2] not in PREPOSITIONS
    ):
        return False  # "program covers bottomfish and reef fish": a note's sentence
    if (
        len(lowered_words) <= 3
        and FIGURE.fullmatch(lowered_words[0])
        and not set(lowered_words[1:]) & PREPOSITIONS
        and lowered_words[1:2] != []
        and lowered_words[1] not in TIME_UNITS
    ):
        return False  # "2 wind farms": a count noted, not a thing discussed
    for index in range(1, len(lowered_words) - 1):
        counted = lowered_words[index + 1]
        if (
            FIGURE.fullmatch(lowered_words[index])
            and lowered_words[index - 1] not in _NUMBERED_NOUNS | PREPOSITIONS | DETERMINERS
            and counted.endswith("s")
            and "NOUN" in word_classes(lowered_words[index - 1])
            and "NOUN" in word_classes(counted)
        ):
            return False  # "restaurant 80 covers": a count noted beside its noun
    content = [w for w in text.split() if w.lower() not in _NAME_JOINERS]
    named = all(re.fullmatch(r"[A-Z][a-z]+", w) for w in content[1:])
    opens_name = content[:1] and (content[0][:1].isupper() or lowered_words[1:2] == ["of"])
    if len(content) > 2 and named and opens_name:
        return False  # "(office) of Policy and Accountability": a body's or a title's name
    if _BARE_CLAUSE.match(text):
        return False  # "council approved new hazard risk assessment": a note's sentence
    if _SHORTHAND_TAIL.search(text):
        return False  # "100% pass last summer", "new TMS coming Q1", "materiality first"
    if (
        len(lowered_words) > 2
        and FIGURE.match(lowered_words[1])
        and "VERB" in word_classes(lowered_words[0])
        and lowered_words[0] not in _NUMBERED_NOUNS
    ):
        return False  # "need 482 sponsorship", "hire 3 nurses": a verb and what it wants
    if (
        len(lowered_words) > 1
        and FIGURE.match(lowered_words[-1])
        and lowered_words[-2] not in _NUMBERED_NOUNS | PREPOSITIONS | _words("than about over")
        and text.split()[-2].islower()
    ):
        return False  # "advice 3": a list's label, where "phase 2" names a thing
    for first, second in zip(lowered_words, lowered_words[1:], strict=False):
        if first in _ROLE_HEADS and second == "of":
            return False  # "head of QA", "director of nursing": a title, not a topic
    words = text.split()
    lowered_names = {name.lower() for name in names}
    if not 1 < len(words) <= MAX_WORDS and not (len(words) == 1 and _nominal_head(words[0])):
        return False
    previous = ""
    place_last = False
    for index, raw in enumerate(words):
        place_last = False
        if _is_acronym(raw):
            previous = "NOUN"
            continue
        # A line's first word loses its capital, a product's inner one ("ServSafe") its name.
        word = raw.lower() if index == 0 and not re.search(r"\w[A-Z]", raw) else raw
        if _PLACE.match(word) and word not in names:
            if previous in {"ADP", "CCONJ", "NOUN"} and _in_place_run(words, index):
                previous, place_last = "NOUN", True
                continue
            product = index == 0 and word != raw.lower()  # "ServSafe certification"
            if (previous in {"DET", "NOUN"} or product) and _modifies(words[index + 1 :], names):
                previous = "NOUN"  # a product, a place or a title: "the Kafka backlog"
                continue
        if _YEAR.match(word) and previous == "DET" and _modifies(words[index + 1 :], names):
            previous = "NOUN"
            continue
        if FIGURE.match(word) or word in NUMBER_WORDS:
            if index and _verb_then_object(words, index):
                return False  # "the runs 60 trucks out of the yard": a verb and its object
            if previous in {"NOUN", "ADP"} or (index == 0 and _opens_with_figure(words)):
                previous, place_last = "NOUN", True
                continue
        if _PLACE.match(word) and previous == "DET" and _organisation(words[index:], names):
            return True  # "partnership with the Harbor Family Shelter"
        if not _SPEAKABLE_WORD.match(word) or not _spelled(word) or word in lowered_names:
            return False  # a name, a number, a symbol or shorthand
        classes = word_classes(word)
        if word == "no" and index and words[index - 1].endswith("ing"):
            classes = frozenset({"NOUN"})  # "saying no to a big customer's request"
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        after_of = words[index + 2].lower() if index + 2 < len(words) else ""
        if word == "because" and following == "of" and after_of in DETERMINERS | POSSESSIVES:
            classes = frozenset({"ADP"})  # "the delays because of the supplier"
        if classes == {"VERB"} and previous == "NOUN" and not following and _bare_verb(word):
            place_last = True  # "the hazard log": a verb's base form heads a compound
            continue
        if previous == "DET" and word.endswith("ed") and _nominal(following):
            classes = frozenset({"ADJ"})  # "the dotted line to the board"
        if classes & {"PRON", "X"} or not classes:
            return False
        if classes <= {"DET", "ADP", "CCONJ"}:
            if previous in {"", "CCONJ", "DET"} and "DET" not in classes:
                return False  # "of and", or a phrase opening with a preposition
            if previous == "DET":
                return False  # "the the"
            gerund = index > 0 and words[index - 1].lower().endswith("ing")
            if previous == "NOUN" and "DET" in classes and not gerund:
                # "the read the airport's annual report": a verb read as a noun; a gerund
                # takes its object ("migrating the nightly ETL").
                return False
            previous = next(iter(classes))
            continue
        modifier = previous in {"NOUN", "ADP"} and index + 1 < len(words) and "VERB" in classes
        if index == 0 and word.endswith("ed") and len(words) > 1:
            modifier = _nominal(words[1].lower())  # "staged traffic control"
        nominal = bool(classes & {"NOUN", "ADJ", "PROPN"}) or _nominal(word)
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if (
            previous == "NOUN"
            and classes <= {"ADJ", "ADV"}
            and "-" not in word
            and after in PREPOSITIONS
        ):
            return False  # "the bit rusty on the web side": a comment after its noun
        if (not nominal and not modifier) or word in FINITE_VERBS:
            return False  # an adverb or a finite verb: the note's own sentence
        if index == len(words) - 1 and word in _TRAILING_ADVERBS and previous == "NOUN":
            break  # "escalating concerns to physicians overnight"
        if index == 0 and _imperative(word, words[1:2]):
            return False  # "Join IHEEM", "price by weight": a note's to-do, not a thing
        previous = "NOUN"
    last = words[-1].lower()
    if len(words) > 2 and last in _PREDICATES and "NOUN" in word_classes(words[-2].lower()):
        return False  # "the Danish course free": a note's "is free" without its verb
    ends_well = place_last or _ends_on_noun(words[-1]) or last in _TRAILING_ADVERBS
    # The head is the noun before the first preposition: "references from my charge nurse"
    # is about references; "AD candidate", "5th grade teacher" about a person.
    cut = next((i for i, w in enumerate(words) if i and w.lower() in PREPOSITIONS), len(words))
    head = words[cut - 1].lower()
    # "valid to 2028": an adjective before the preposition heads no noun phrase.
    head_classes = word_classes(head)
    adjective_head = (
        cut < len(words)
        and bool(head_classes)
        and head_classes <= {"ADJ", "ADV"}
        and "-" not in head
    )
    return previous == "NOUN" and ends_well and head not in META_NOUNS and not adjective_head


ORGANISATION_NOUNS = _words(
    "school academy college university institute hospital clinic trust foundation shelter "
    "bank fund council society association church agency department center centre museum "
    "library lab laboratory studio hotel group network program programme partnership "
    "committee commission authority ministry"
)


def _opens_with_figure(words: list[str]) -> bool:
    """Whether a figure may open the phrase: a count of something that goes on ("40% drop-off
    on ...", "14 years in the field", "12 years coaching"), not a note's count ("2 prophys")
    or aside ("7 months behind")."""
    if len(words) < 3 or not _nominal(words[1].lower()):
        return False
    third = words[2].lower()
    return words[1].lower() not in TIME_UNITS or third in PREPOSITIONS or third.endswith("ing")


def _verb_then_object(words: list[str], index: int) -> bool:
    """A figure between a word that can be a verb and a plural noun ("runs 60 trucks")."""
    before = words[index - 1].lower()
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    return "VERB" in word_classes(before) and after.endswith("s") and _nominal(after)


def _modifies(rest: list[str], names: frozenset[str]) -> bool:
    """Whether capitalised words run on to a lowercase noun they modify ("Sous Chef role")."""
    for word in rest:
        if word in names:
            return False
        if not _PLACE.match(word):
            return word.islower()
    return False


def _in_place_run(words: list[str], index: int) -> bool:
    """Whether a capitalised word follows "in", "to", "at", "of", "and" and the like, itself
    or through the capitalised words before it ("at Osteria Lume")."""
    while index > 0 and _PLACE.match(words[index - 1]):
        index -= 1
    return index > 0 and words[index - 1].lower() in _BEFORE_PLACE


def _organisation(words: list[str], names: frozenset[str]) -> bool:
    """Whether the phrase ends on an organisation's name: capitalised words, the last a word
    for an organisation ("Harbor Family Shelter"), none a person's name."""
    if not all(_PLACE.match(w) and w not in names for w in words) or len(words) < 2:
        return False
    return words[-1].lower() in ORGANISATION_NOUNS


def _imperative(first: str, following: list[str]) -> bool:
    """Whether a phrase opens as a command: a bare verb, then what it acts on."""
    if first.endswith("ing") or "VERB" not in word_classes(first) or not following:
        return False
    after = following[0]
    return bool(_is_acronym(after) or after[:1].isupper()) or bool(
        word_classes(after.lower()) & {"DET", "PRON"}
    )


def _ends_on_noun(word: str) -> bool:
    """A word that can end a noun phrase: a noun, an acronym or a gerund."""
    if _is_acronym(word):
        return True
    classes = word_classes(word.lower())
    return "NOUN" in classes or (word.lower().endswith("ing") and "VERB" in classes)


def _nominal_head(word: str) -> bool:
    """A word that can end a noun phrase: a noun (or an acronym) that names no meeting or
    person."""
    return _is_acronym(word) or (word.lower() not in META_NOUNS and _ends_on_noun(word))


# What "you" may go on with in news of the work: a wish, a plan, the present ("you want").
_YOU_NOW = _words(
    "want need plan hope expect are have will would can could aim intend run lead manage "
    "support serve cover handle use keep"
)
# Subjects a clause from the notes may have once turned to its reader.
_CLAUSE_UNITS = (
    "department firm unit school hospital academy office division bureau practice clinic airline",
    "hotel kitchen warehouse plant site programme program course fleet district group lab",
    "library museum store restaurant agency board trust council charity service organisation",
    "organization foundation association society centre center ministry authority studio",
    "garage workshop dealership observatory station ward role position job project",
)
_CLAUSE_SUBJECTS = ("you ", "the team ", "the company ") + tuple(
    f"the {unit} " for line in _CLAUSE_UNITS for unit in line.split()
)
# A model's or a product's name with its number: "A321neo", "FNPT2", "S4HANA".
_MODEL_NAME = re.compile(r"[A-Z][A-Za-z]*\d[\w-]*")


# The verbs after a subject that say what the work is: "the payments flow has 14 error strings".
_NEWS_VERBS = _words(
    "is are was were has have had will uses use runs run needs need covers cover serves serve "
    "includes include relies rely handles handle sits sit"
)


def _news_subject(words: list[str]) -> bool:
    """ "the payments flow has ...", "the new ward opens ...": "the", one to three plain words
    of a thing (no person, no meeting), then a verb that says what it is or does."""
    lowered = [word.lower() for word in words]
    if len(lowered) < 4 or lowered[0] != "the":
        return False
    for index in range(2, min(5, len(lowered))):
        if lowered[index] in _NEWS_VERBS:
            nouns = lowered[1:index]
            return (
                all(
                    word.isalpha() and in_lexicon(word) and word not in META_NOUNS for word in nouns
                )
                and words[index - 1].islower()
                and _nominal(lowered[index - 1])
            )
    return False


def is_plain_clause(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a clause may follow "It was helpful to learn that": its subject is the reader or the
    team, and every word is spelled plainly (no name, number, symbol or shorthand); not what
    the reader did in the interview ("you kept coming back to donor retention")."""
    lowered_names = {name.lower() for name in names}
    words = text.split()
    subject = text.lower().startswith(_CLAUSE_SUBJECTS) or _news_subject(words)
    if not subject or len(words) > 14:
        return False
    if words[0].lower() == "you" and len(words) > 1 and words[1].lower() not in _YOU_NOW:
        return False  # the reader's own deed, told back to them
    for index, raw in enumerate(words):
        # "the Department is ...": a common noun the notes capitalised reads as the noun.
        common = raw[:1].isupper() and raw[1:].islower() and raw.lower() not in lowered_names
        word = raw.lower() if index == 0 or (common and in_lexicon(raw.lower())) else raw
        if _is_acronym(raw) or (index and FIGURE.match(raw)) or _MODEL_NAME.fullmatch(raw):
            continue
        if not _SPEAKABLE_WORD.match(word) or not _spelled(word) or word in lowered_names:
            return False
    return True
