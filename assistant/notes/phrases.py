"""Recognisers for what one line of notes says: a promise, a question, a strength, a timeline."""

from __future__ import annotations

import re

from assistant.notes.dates import find_timeline_phrase

# What a candidate promises to deliver; "I said I'd start with zoning" is an answer, not a promise.
_DELIVER = (
    r"(?=(?:send|share|email|e-mail|forward|follow\s+up|provide|submit|mail|drop\s+off|bring|get|"
    r"look\s+(?:into|up)|connect|introduce|write|pass\s+along|put\s+together|prepare|finish|"
    r"complete|upload|reply|respond|answer|confirm|check|call|reach\s+out|think\s+about)\b)"
)
PROMISE_PATTERNS = [
    # "I promised Henrik I would send him the drawings"
    re.compile(
        r"\bI\s+(?:also\s+)?(?:promised|told|assured)\s+(?:[A-Z]\w+|him|her|them)\s+(?:that\s+)?"
        rf"(?:I'?d|I\s+would|I\s+will|I'?ll)\s+{_DELIVER}(?P<action>.+)"
    ),
    # "I said I'd send my portfolio link", "told her I would share references"
    re.compile(
        r"\bI\s+(?:also\s+|then\s+)?(?:said|told\s+\w+|promised|offered|agreed|committed|"
        r"mentioned)\s+(?:that\s+)?"
        rf"(?:(?:I'?d|I\s+would|I\s+will|I'?ll|to)\s+){_DELIVER}(?P<action>.+)",
        re.I,
    ),
    re.compile(r"\bpromised\s+(?:to\s+|them\s+|him\s+|her\s+)?(?P<action>.+)", re.I),
    re.compile(r"\bI\s+owe\s+(?:them|him|her|\w+)\s+(?P<action>.+)", re.I),
    re.compile(
        r"\b(?:I'?ll|I\s+will|I\s+need\s+to|I\s+have\s+to|I\s+must|I\s+should|need\s+to|must|"
        r"gotta|todo:?|to\s+do:?|action:?)\s+(?P<action>(?:send|share|email|forward|follow\s+up|"
        r"provide|submit|mail|drop\s+off|bring|get|look\s+up|connect|introduce|write|pass\s+along|"
        r"put\s+together|prepare|finish|complete|upload|reply|respond|answer)\b.*)",
        re.I,
    ),
    # Shorthand that starts with the verb: "send refs to Dana by Fri", "follow up with Sam re ..."
    re.compile(
        r"^(?P<action>(?:send|share|email|forward|follow\s+up\s+with|provide|submit|mail|"
        r"drop\s+off|pass\s+along|get\s+(?:them|him|her)|upload)\b.*)",
        re.I,
    ),
]
QUESTION_PATTERNS = [
    re.compile(
        r"\b(?:need\s+to\s+ask|should\s+ask|want\s+to\s+ask|forgot\s+to\s+ask|didn'?t\s+ask|"
        r"never\s+asked|still\s+(?:need\s+to\s+)?ask|"
        r"ask\s+(?:about|them|him|her|whether|if|how|what|when|who|why)|unclear|"
        r"not\s+sure|unsure|don'?t\s+know|didn'?t\s+(?:get|hear)|no\s+word\s+on|tbd|unknown)\b"
        r"(?P<question>.*)",
        re.I,
    ),
]
QUALIFICATION_PATTERNS = [
    # "I led the sepsis screening audit", "Me: launched a card-dispute tool that cut losses 18%"
    re.compile(
        r"^\W*I\s+(?:also\s+)?(?P<strength>(?:led|built|launched|ran|managed|shipped|cut|grew|"
        r"wired|passed|created|designed|introduced|reduced|increased|trained|organi[sz]ed|"
        r"started|founded|won|delivered|migrated|automated|mentored|precepted|supervised|"
        r"published|wrote|earned|completed|hold|have\s+(?:a|an|my)\s)\b.+)",
        re.I,
    ),
    re.compile(
        r"\bI\s+(?:also\s+)?(?:mentioned|highlighted|talked\s+about|brought\s+up|explained|"
        r"emphasi[sz]ed|stressed|described|shared|walked\s+(?:her|him|them|\w+)\s+through|"
        r"told\s+(?:her|him|them|\w+)\s+about|pointed\s+to|showed|noted|spoke\s+about)\s+"
        r"(?:(?:that\s+)?I\s+|how\s+I\s+|my\s+|(?=\w+ing\b)|(?=the\s.{3,60}\bI\s+"
        r"(?:wrote|built|led|ran|did|made|designed|shipped|published|created)\b))"
        r"(?P<strength>.+)",
        re.I,
    ),
    re.compile(
        r"(?P<strength>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)"
        r"\+?\s+(?:years?|yrs?)\s+(?:of|in|as|at|on|doing|running|leading|teaching|working|"
        r"managing|with|nursing|coding|building|cooking)\b[^.;,]*)",
        re.I,
    ),
]
TIMELINE_TRIGGER = re.compile(
    r"\b(?:decid\w*|decision|hear\s+back|get\s+back|let\s+(?:me|us|you)\s+know|next\s+steps?|"
    r"timeline|reach\s+out|back\s+to\s+me|expect\w*|news|answer|update|offers?|respond|results?|choose|"
    r"selection|contact\s+me|in\s+touch|call\s+back|hiring\s+by|start\s+date|wrap\s+up|"
    r"final\s+rounds?|second\s+rounds?|rounds|notify|announce|call|shortlist\w*|finalists?|"
    r"hear|hope\s+to|plan\s+to)\b",
    re.I,
)
FORMATS = [
    (
        re.compile(r"\bcoffee\s+chat\b|\bcoffee\b|\binformational\b|\binformal\s+chat\b", re.I),
        "coffee chat",
    ),
    (
        re.compile(r"\btrial\s+shift\b|\bstage\b|\bstaging\b|\bworking\s+interview\b", re.I),
        "trial shift",
    ),
    (
        re.compile(r"\bphone\s+screen\b|\bphone\s+interview\b|\bphone\s+call\b|\bphone\b", re.I),
        "phone screen",
    ),
    (
        re.compile(
            r"\b(?:on-?site|in[- ]person)\b.*\bpanel\b|\bpanel\b.*\b(?:on-?site|in[- ]person)\b",
            re.I,
        ),
        "onsite panel",
    ),
    (
        re.compile(r"\bvideo\b|\bzoom\b|\bteams\s+call\b|\bgoogle\s+meet\b|\bwebex\b", re.I),
        "video",
    ),
    (re.compile(r"\blunch\b", re.I), "lunch"),
    (re.compile(r"\bcase\s+(?:interview|study)\b", re.I), "case interview"),
    (re.compile(r"\bpanel\b", re.I), "panel interview"),
    (re.compile(r"\bon-?site\b|\bin[- ]person\b", re.I), "onsite"),
]


def tidy(text: str) -> str:
    """A phrase without surrounding spaces, quotes or trailing punctuation."""
    return re.sub(r"\s+", " ", text).strip(" \t.,;:-—–!\"'")


def find_promise(line: str) -> str | None:
    """What the candidate promised to send or do ("send portfolio link"), if the line says so."""
    if re.match(r"\s*(?:they|he|she|we)\b", line, re.I):
        return None
    for pattern in PROMISE_PATTERNS:
        match = pattern.search(line)
        if match:
            action = tidy(match.group("action"))
            if len(action) >= 4:
                return action
    return None


def find_question(line: str) -> str | None:
    """An outstanding question: a line ending in '?', or "need to ask about ..."."""
    text = tidy(line)
    if line.rstrip().endswith("?"):
        if re.match(r"(?:she|he|they|\w+)\s+asked\b", text, re.I):
            return None
        return re.sub(r"\s+", " ", line.strip(" \t-—–")).strip()
    for pattern in QUESTION_PATTERNS:
        match = pattern.search(line)
        if match and len(tidy(match.group("question"))) >= 3:
            return text
    return None


# Where a line lists the questions it needs answered: "first I need answers: is the contract
# permanent or 1 year first, and then can ..., and is ...", "questions: do I ...; is ...".
_ANSWERS_NEEDED = re.compile(
    r"(?i)\b(?:need(?:s)?|want|have)\s+(?:some\s+|a\s+few\s+)?(?:answers|questions|to\s+know|"
    r"clarity)\b[^:]{0,20}:\s*|^\W*(?:my\s+)?questions?\s*:\s*"
)
_QUESTION_WORD = (
    r"(?:is|are|can|could|will|would|do|does|did|should|has|have|how|what|when|who|which|where)\b"
)
_NEXT_QUESTION = re.compile(
    r"(?i),?\s+and\s+then\s+(?:also\s+)?|,\s*and\s+(?:also\s+)?(?=" + _QUESTION_WORD + r")|;\s*"
    r"|,\s+(?=" + _QUESTION_WORD + r")"
)


def listed_questions(line: str) -> list[str]:
    """The questions a line lists after "I need answers:", each put as a question; [] when the
    line lists none."""
    cue = _ANSWERS_NEEDED.search(line)
    if cue is None:
        return []
    listed = re.sub(r"\s*\([^()]*\)", "", line[cue.end() :])
    pieces = [p.strip(" .") for p in _NEXT_QUESTION.split(listed)]
    asked = [p for p in pieces if re.match(_QUESTION_WORD, p, re.I) and len(p.split()) >= 3]
    if len(asked) < 2 and not line.rstrip().endswith("?"):
        return []
    # Put to the employer: "can their immigration lawyer do it" asks about "your" lawyer.
    return [
        _TO_THE_READER.sub(_to_the_reader, re.sub(r"\s+also$", "", p.rstrip("?"))) + "?"
        for p in asked
    ]


_TO_THE_READER = re.compile(r"\b(?:their|they|them)\b", re.I)


def _to_the_reader(match: re.Match[str]) -> str:
    return {"their": "your", "they": "you", "them": "you"}[match.group(0).casefold()]


def find_qualification(line: str) -> str | None:
    """A strength of the candidate's that came up ("5 years of ICU nursing")."""
    for pattern in QUALIFICATION_PATTERNS:
        match = pattern.search(line)
        if match:
            strength = tidy(
                re.split(r"\s+(?:and\s+)?(?:she|he|they)\s+", match.group("strength"))[0]
            )
            if len(strength.split()) >= 2:
                return strength
    return None


def find_timeline(line: str) -> str | None:
    """The decision timeline a line states ("within two weeks"), if it talks about a decision."""
    if not TIMELINE_TRIGGER.search(line):
        return None
    # "references next week, decision 2026-11-06 at latest": the part about the decision.
    for part in re.split(r"[,;]\s+", line):
        strong = STRONG_TIMELINE.search(part)
        if strong:
            found = find_timeline_phrase(part)
            # "decision 2026-11-06 at latest": a bare date after the decision is its deadline;
            # "decision the week of Nov 9": that week.
            bare = _BARE_DATE.match(part, strong.end())
            week = _WEEK_OF.match(part, strong.end())
            if week:
                return f"in the week of {week.group('date')}"
            if found or bare:
                return found or f"by {bare.group('date')}"  # type: ignore[union-attr]
    return find_timeline_phrase(line)


# A day written as "2026-11-06", "6 Nov" or "Nov 9th".
_DAY = (
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
)
_WEEK_OF = re.compile(rf"\s*(?:is\s+|will\s+be\s+)?(?:in\s+)?the\s+week\s+of\s+{_DAY}\b")
_BARE_DATE = re.compile(rf"\s*[:=-]?\s*{_DAY}\b")


STRONG_TIMELINE = re.compile(
    r"\b(?:decid\w*|decision|hear\s+back|let\s+(?:me|us|you)\s+know|get\s+back|offers?|"
    r"next\s+steps?|timeline|shortlist\w*|finalists?|final\s+rounds?)\b",
    re.I,
)


def timeline_strength(line: str) -> int:
    """2 when a line is plainly about the decision ("they'll decide"), 1 when only likely."""
    return 2 if STRONG_TIMELINE.search(line) else 1


def find_format(text: str) -> str | None:
    """The kind of interview the notes describe, in the product's words.

    The opening lines say what the meeting was ("Phone screen, 3 March"); later lines may only
    mention other formats ("next is a working interview"), so they are read only as a fallback.
    """
    opening = "\n".join([line for line in text.splitlines() if line.strip()][:2])
    for scope in (opening, text):
        for pattern, label in FORMATS:
            if pattern.search(scope):
                return label
    return None
