"""Note fragments (points, qualifications, promises, questions) turned into sentence phrases."""

from __future__ import annotations

import re

from assistant.compose.text import DETERMINERS, shorten, soften_start, tidy, word_set
from assistant.english import is_bare_singular

# Openers that only say "we talked about": the frame already says that, so they are cut.
_TALK_PREFIX = re.compile(
    r"^(?:(?:we|i|she|he|they)\s+)?"
    r"(?:(?:talk(?:ed|s)?|spoke|speaks?|chat(?:ted|s)?|ask(?:ed|s)?)\s+(?:about|through|on|over|re)"
    r"|discuss(?:ed|es)?(?:\s+about)?|went over|covered"
    # "we went deep on indirect calorimetry", "we spent a long time on the rota".
    r"|went\s+(?:deep|deeper|into\s+detail)\s+(?:on|into)|went\s+into|got\s+into|dug\s+into"
    r"|spent\s+(?:a\s+(?:long\s+|good\s+)?(?:while|time)|(?:a\s+lot\s+of\s+|some\s+)?time)"
    r"\s+on"
    r"|asked(?:\s+me)?(?=\s+(?:how|what|why|whether|when|where|which|who|if)\b))"
    r"\s+(?=\S)"
    r"|^(?:about|re:?|discussion of|conversation about)\s+",
    re.IGNORECASE,
)
# Verbs that introduce a thing to send; what follows them is the thing itself.
_SEND_VERB = re.compile(
    r"^(?:send(?:ing)?|share|sharing|email|e-mail|forward|provide|mail|submit|bring|pass along|"
    r"follow up with|get back (?:to \w+ )?with)\s+(?:over\s+)?",
    re.IGNORECASE,
)
# Verbs that start a promise to do something, kept as a verb phrase ("check my availability").
_DO_VERBS = word_set(
    "check ask confirm look think follow find update call schedule complete finish review prepare "
    "write put connect introduce reach let answer clarify research get talk speak loop set book "
    "arrange contact visit read watch try test fix draft outline"
)
_INDIRECT_PRONOUN = re.compile(r"^(?:her|him|them|you|the team|the panel|everyone)\s+", re.I)
_PREPOSITIONS = word_set(
    "by within in before after around at on during next this early mid end later until"
)
_POINT_PREPOSITIONS = word_set(
    "of on in at for with to from into about between during without under over by"
)
# Heads that usually go without an article when nothing follows them ("construction
# administration", "immunization certification").
# Past tense: (participle, gerund), for "having led" and "leading".
_IRREGULAR_PAST = {
    "led": ("led", "leading"),
    "built": ("built", "building"),
    "ran": ("run", "running"),
    "grew": ("grown", "growing"),
    "cut": ("cut", "cutting"),
    "wrote": ("written", "writing"),
    "taught": ("taught", "teaching"),
    "won": ("won", "winning"),
    "made": ("made", "making"),
    "began": ("begun", "beginning"),
    "drove": ("driven", "driving"),
    "took": ("taken", "taking"),
    "gave": ("given", "giving"),
    "spoke": ("spoken", "speaking"),
    "sold": ("sold", "selling"),
    "held": ("held", "holding"),
    "kept": ("kept", "keeping"),
    "set": ("set", "setting"),
    "brought": ("brought", "bringing"),
    "did": ("done", "doing"),
    "met": ("met", "meeting"),
    "sent": ("sent", "sending"),
    "spent": ("spent", "spending"),
    "oversaw": ("overseen", "overseeing"),
}
# Words ending in "ed" that describe rather than narrate ("advanced", "red").
_ED_ADJECTIVES = word_set(
    "advanced automated based detailed distributed embedded experienced licensed limited "
    "mixed need needed red seed speed shared skilled related varied united certified "
    "dedicated interested unified guided planned proposed expected hundred"
)


def cut_talk_prefix(text: str) -> str:
    """Drop "talked about" openers ("about about" too), but only when something is left."""
    while True:
        cut = _TALK_PREFIX.sub("", text, count=1)
        if cut == text or not cut.strip():
            return text
        text = cut


def point_phrase(point: str) -> str:
    """A discussed point as a phrase that fits after "our conversation about"."""
    text = soften_start(cut_talk_prefix(tidy(point)))
    text = shorten(soften_start(text))
    if is_clause(text):
        return text
    if past_participle(text):
        return as_gerund(text)
    return _point_article(text)


def _point_article(phrase: str) -> str:
    """ "the bedside handoff process", but "project-based learning" and "usability tests" bare:
    "the" before the singular count noun that would stand bare (english.is_bare_singular, the
    checker's test too)."""
    words = phrase.split(" ")
    first = words[0]
    if not first[:1].isalpha() or (len(words) == 1 and first[:1].isupper()):
        return phrase  # a figure, or a lone name ("Kubernetes"): no article
    return "the " + phrase if is_bare_singular(phrase) else phrase


def is_clause(phrase: str) -> bool:
    """True when a point reads as a clause ("she asked how ...") rather than a noun phrase."""
    first = phrase.split(" ", 1)[0].lower()
    return first in {"she", "he", "they", "we", "i", "you", "it"}


def past_participle(phrase: str) -> str | None:
    """The participle of the verb a phrase starts with ("ran the ..." gives "run"), else None."""
    words = phrase.split(" ")
    if len(words) < 2:
        return None
    lower, after = words[0].lower(), words[1].lower()
    if lower in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lower][0]
    if not lower.endswith("ed") or len(lower) <= 4:
        return None
    if after in DETERMINERS or after[:1].isdigit():
        return lower
    # Without an object in sight, "fast-paced" and "advanced" are adjectives, not deeds.
    if "-" not in lower and lower not in _ED_ADJECTIVES:
        return lower
    return None


def _gerund(verb: str) -> str:
    """ "played" to "playing", "wired" to "wiring", "studied" to "studying"."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb][1]
    if verb.endswith("ied"):
        return verb[:-3] + "ying"
    return verb[:-2] + "ing"


def as_gerund(phrase: str) -> str:
    """A point that starts with a past-tense verb, as an activity ("role-playing a call")."""
    if past_participle(phrase) is None:
        return phrase
    first, _, rest = phrase.partition(" ")
    return f"{_gerund(first.lower())} {rest}"


def to_second_person(phrase: str) -> str:
    """Point a clause about the interviewer at them: "she asked" becomes "you asked"."""
    words = phrase.split(" ")
    if words[0].lower() not in {"she", "he"} or len(words) < 2:
        return phrase
    verb = words[1].lower()
    swaps = {"is": "are", "was": "were", "has": "have", "does": "do"}
    if verb in swaps:
        words[1] = swaps[verb]
    elif not (verb.endswith("ed") or verb in {"said", "told", "showed", "gave", "took", "made"}):
        return phrase  # a present-tense verb would need re-conjugating; leave the note's words
    words[0] = "you"
    return " ".join(words)


def qualification_phrase(qualification: str) -> str:
    """A qualification as a phrase for a list: "I led the audit" becomes "having led the audit"."""
    text = shorten(tidy(qualification))
    text = re.sub(r"^(?:i|I)\s+(?=\w)", "", text)
    text = soften_start(text)
    participle = past_participle(text)
    if participle:
        return f"having {participle} {text.partition(' ')[2]}"
    return text


def promise_parts(action: str, people: list[str]) -> tuple[str, str]:
    """Split a promised action into ("send", thing) or ("do", verb phrase)."""
    text = tidy(action)
    # "told Whitcomb id send him the outline": the telling is the note's, the sending the promise.
    text = re.sub(
        r"^(?:told|promised|said)\s+(?:[A-Z][\w.'-]*\s+|her\s+|him\s+|them\s+)?"
        r"(?:(?:that\s+)?(?:i'?d|i would|i'?ll|i will)\s+|to\s+)",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "Ms. Lin that I would send her the rubric": the name and the telling go.
    text = re.sub(
        r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+that\s+"
        r"(?=(?:i|I)\b)",
        "",
        text,
    )
    text = re.sub(r"^(?:i|I)\s+(?:will|would|promised to|said i would|said I would)\s+", "", text)
    text = re.sub(r"^(?:to)\s+", "", text)
    match = _SEND_VERB.match(text)
    if match:
        thing = text[match.end() :]
        thing = _INDIRECT_PRONOUN.sub("", thing)
        for person in people:
            for part in sorted({person, *person.split()}, key=len, reverse=True):
                if part and thing.lower().startswith(part.lower() + " "):
                    thing = thing[len(part) + 1 :]
                    break
        # "send Marcus the outbox writeup": a name the panel list lacks goes too.
        thing = re.sub(
            r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+"
            r"(?=(?:the|my|a|an|our|this|that|some)\b)",
            "",
            thing,
        )
        thing = re.sub(r"^(?:over|along)\s+", "", thing)
        return "send", with_article(soften_start(thing))
    first = text.split(" ", 1)[0].lower()
    if first in _DO_VERBS:
        return "do", soften_start(text)
    return "send", with_article(soften_start(text))


def with_article(thing: str) -> str:
    """Put "the" before a bare noun phrase ("writing sample" becomes "the writing sample")."""
    first = thing.split(" ", 1)[0]
    if not first or first.lower() in DETERMINERS or first[0].isdigit():
        return thing
    return "the " + thing


def timeline_with_preposition(timeline: str) -> str:
    """ "end of November" as "by the end of November", "mid-December" as "by mid-December": a
    time a decision comes by, not a noun left after "move forward"."""
    found = re.match(r"(?i)(?:the\s+)?(end|middle)\s+of\b", timeline)
    if found:
        return f"by the {found.group(1).lower()}{timeline[found.end(1) :]}"
    if re.match(r"(?i)(?:mid|early|late)\b", timeline):
        return f"by {timeline}"
    return timeline


def timeline_is_prepositional(timeline: str) -> bool:
    """True for "by Friday", "within two weeks"; false for "two weeks"."""
    return tidy(timeline).split(" ", 1)[0].lower() in _PREPOSITIONS


def question_phrase(question: str) -> tuple[str, bool]:
    """An outstanding question as (text, is_question); a question keeps its question mark."""
    text = question.strip()
    asked = text.endswith("?")
    text = tidy(text)
    return soften_start(text), asked
