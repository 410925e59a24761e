"""Remarks a candidate writes for themselves alone: never for a draft, whoever reads the notes.

The one detector of private remarks: the parser files a line as private only when it says so
here, and the checker's `private` rule reads the same remarks out of the notes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.notes.injection import instruction_lines, is_injection

__all__ = [
    "DRAFT_REASONS",
    "SENTENCE_STOP",
    "PRIVATE_ASIDES",
    "PRIVATE_LINE",
    "find_private",
    "private_cue",
    "private_reason",
    "private_remarks",
    "says_private",
]

# Why a remark is private, each with the wording that shows it. Written for notes ("dont say
# that", "tbh"), and read in drafts too: a draft that says any of these leaks the notes.
_REASONS: dict[str, str] = {
    "note to self": (
        r"\bnote\s+to\s+(?:self|me|ai)\b|\bnts\b|\b(?:reminder|memo)\s+to\s+(?:self|me)\b"
        r"|\bjust\s+for\s+me\b|\bfor\s+me\s+only\b|[\[(]\s*me\s+only\s*[\])]|\bfor\s+my\s+eyes\s+only\b"
    ),
    "not to be said": (
        r"\b(?:do\s*n[o']?t|dont|never|not\s+to)\s+(?:say|mention|tell|bring\s+(?:it\s+|that\s+)?up"
        r"|put\s+(?:that|this|it)|include|write|share|reveal|bluff|play\s+games|let\s+on)\b"
        r"|\bkeep\s+(?:it|that|this)\s+(?:general|quiet|private|to\s+myself|in\s+the\s+room|out)\b"
        r"|\bnot\s+for\s+(?:the\s+)?(?:e-?mail|letter|note|message|card|them|him|her)\b"
        r"|\b(?:do\s*n[o']?t|dont|never)\s+(?:go\s+under|anchor|grovel|dwell|burn|be\s+bitter"
        r"|whine)\b|\bno\s+(?:whining|apology)\b|\bmust\s+not\s+mention\b"
        r"|\bnot\s+intend\s+to\s+raise\b|^\W*private\s*[:)\]\-–—]"
    ),
    "confidential": (
        r"\bconfidential\b|\boff\s+the\s+record\b|\bbetween\s+us\b|\bunder\s+(?:an?\s+)?nda\b"
        r"|\bnot\s+public\s+yet\b|\b(?:doesn'?t|does\s+not)\s+know\s+(?:i'?m|im|i\s+am)\s+looking\b"
        r"|\bha(?:ve|s)\s+not\s+(?:yet\s+)?told\b|\bhaven'?t\s+(?:yet\s+)?told\b"
    ),
    "self-criticism": (
        r"\bmy\s+(?:answer|response|reply|explanation|pitch|demo)\s+(?:was|were|felt|sounded)\s+"
        r"(?:\w+\s+)?(?:weak|bad|terrible|awful|poor|rambl\w*|meh|shaky|vague|a\s+mess)\b"
        r"|\bi\s+(?:totally\s+|kind\s+of\s+|kinda\s+|\w+ly\s+)?(?:rambled|blanked|fumbled|bombed|botched"
        r"|flubbed|choked|messed\s+up|screwed\s+up|blew\s+(?:it|that|the))\b"
        r"|\bpretty\s+(?:terrible|awful|bad)\b|\bi\s+sounded\s+(?:dumb|stupid|awful|nervous)\b"
        r"|\bam\s+i\s+just\s+scared\b|\b(?:gave|was)\s+(?:a\s+)?(?:\w+ly\s+)?(?:weak|vague|bad|poor)"
        r"\s+answer\b|\b(?:fumbl|botch|flubb)(?:ed|ing)\s+(?:that|the|my|your)\b"
        r"|\b(?:count|hold\s+(?:it|that|this))\s+against\s+me\b"
        r"|\b(?:i\s+did\s+stumble|i\s+stumbled|undersold|embarrassing|not\s+sure\s+(?:he|she|they)"
        r"\s+liked\s+me)\b|\bmy\s+answer\s+[^.;]{0,40}\bwas\s+(?:weak|vague|bad|poor|terrible)\b"
    ),
    "worry": (
        r"\bi(?:'m|\s+am|\s+was|\s+feel|\s+felt|\s+got)?\s+(?:a\s+bit\s+|kind\s+of\s+|kinda\s+"
        r"|really\s+|so\s+|very\s+|super\s+|still\s+)?(?:worried|nervous|anxious|scared|afraid"
        r"|stressed|panick\w*|freaking\s+out)\b|\bmy\s+(?:worry|fear|biggest\s+fear)\b"
        r"|\bworried\s+(?:that\s+)?(?:i|they|my)\b|\b(?:kinda\s+|so\s+)?(?:gutted|bummed|crushed)\b"
    ),
    "need": r"\breally\s+need\s+this\b|\bneed\s+this\s+(?:job|one|role|internship|offer)\b"
    r"|\bdesperate\b",
    "current pay": (
        r"\bcurrent(?:ly)?\s+(?:base|salary|pay|comp|compensation|rate|wage|package)\b"
        r"|\bi\s+(?:currently\s+)?(?:make|earn|get\s+paid)\s+(?:\$|\d)"
        r"|\bi(?:'m|\s+am)\s+(?:only\s+|currently\s+|now\s+)?(?:making|earning)\s+(?:\$|£|€|\d)"
        r"|\bmy\s+(?:current\s+|old\s+)?(?:salary|base|pay|wage|comp)\s+(?:is|was)\b"
        r"|\bcurrent\s+(?:job|employer|role)\s+pays\b|\bcurrent\s+(?:tc\b|\$?\d)"
    ),
    "negotiation": (
        r"\bwalk[- ]?away\b|\bmy\s+floor\b|\bwo?n'?t\s+go\s+(?:under|below|lower)\b"
        r"|\bbottom\s+line\b|\bleverage\b|\bif\s+they\s+(?:can'?t|cannot|won'?t|don'?t|hold\s+firm"
        r"|push\s+back|say\s+no)\b|\bwould\s+(?:still\s+)?(?:take|settle\s+for)\b"
        r"|\bsettle\s+for\b|\bcompeting\s+offer\b|\bthey'?d\s+match\b|\bif\s+i\s+counter\b"
        r"|\bdon'?t\s+counter\b"
    ),
    "advice to self": (
        r"^\W*(?:tone|self[- ]critique|ojo|entre\s+nos|reason\s*\(do\s+not\s+say\))\s*:"
        r"|\b(?:do\s*n[o']?t|dont|never)\s+(?:push|forget|sound|over-?explain|explain|reopen"
        r"|apologi[sz]e|seem)\b|\bkeep\s+it\s+(?:short|brief|upbeat|light|warm|simple)\b"
        r"|\b\d+(?:\s*[-\u2013]\s*\d+)?\s+(?:sentences|lines)\s+max\b|\bnot\s+needy\b"
        r"|[\U0001F62C\U0001F92B]"
    ),
    "impression": (
        r"\bfelt\s+like\s+(?:i|my)\b|\b(?:seemed|seems)\s+(?:kinda\s+|to\s+think\b)"
        r"|\bidk\b|\bfrankly\b|\bhonestly\b|\bstings\b|\bi\s+really\s+want\b"
        r"|\bi\s+think\s+\w+\s+(?:don'?t|doesn'?t)\s+like\b|\bheard\s+(?:rumou?rs|\w+\s+pays)\b"
    ),
    # Praise of the candidate, for their ears alone: "Dr Callahan said the board likes me".
    "praise": (
        r"\b(?:likes?|liked|loves?|loved)\s+me\b|\b(?:was|were|is|are)\s+(?:really\s+|very\s+)?"
        r"impressed\s+(?:by|with)\s+me\b|\b(?:i'?m|i\s+am|i\s+was|me\s+as)\s+(?:the\s+|their\s+)?"
        r"(?:front[- ]?runner|top\s+candidate|first\s+choice|favou?rite)\b"
        r"|\bstrongest\s+candidate\b"
    ),
    "other candidates": (
        r"\bother\s+(?:candidates?|applicants?|finalists?)\b"
        r"|\b(?:the\s+other|the\s+internal)\s+(?:candidate|applicant|finalist)\b"
        r"|\binternal\s+(?:guy|candidate|hire|person)\b|\bwent\s+(?:w/|with)\s+(?:someone|an?\s+internal)"
    ),
}
_PATTERNS = {reason: re.compile(pattern, re.IGNORECASE) for reason, pattern in _REASONS.items()}
# "reason (ok to say): ..." is the opposite of a private remark.
_OK_TO_SAY = re.compile(r"\bok(?:ay)?\s+to\s+(?:say|mention|share)\b", re.IGNORECASE)
# An aside inside a point that is for the writer alone: a joke, a worry, a secret, a verdict on
# someone, the other candidates ("which is supposedly going ok lol", "do NOT repeat that").
PRIVATE_ASIDES = re.compile(
    r"\b(?:lol|lmao|ugh|tbh|ngl|meh|imo|smh|yikes|note to self|nts|off the record|in the room|"
    r"between us|confidential|secret|(?:don'?t|dont|do not) (?:mention|say|bring|tell|repeat|"
    r"anchor|grovel|counter)|nervous|worried|worry|embarrass\w*|blanked|fumbled|rambled|"
    r"botched|undersold|forgot|my bad|too (?:chatty|long|much)|currently (?:make|making|at)|"
    r"other offers?|(?:other|another|internal|external) candidates?|walk away|leverage|"
    r"i hope|i think (?:she|he|they)|(?:she|he|they) (?:hates?|don'?t like))\b",
    re.I,
)
# A line that says it is for the writer alone: "private: current TC 198k", "do NOT repeat that".
PRIVATE_LINE = re.compile(
    r"^\W*(?:private|nts|note to self|confidential|just for me|for me)\s*[:\-–—)\]]|"
    r"\b(?:don'?t|dont|do not) (?:mention|tell|repeat|anchor|grovel|counter|"
    r"bring (?:it|that) up)\b|"
    r"\bnote to self\b",
    re.I,
)
# What a draft may not say either; worries and "do not say" are written only in notes.
DRAFT_REASONS: tuple[str, ...] = (
    "note to self",
    "confidential",
    "self-criticism",
    "need",
    "current pay",
    "negotiation",
)
# A line may hold several remarks; each sentence or clause is judged on its own.
# A colon before a numbered list ends the piece before it: "don't say yes yet: 1) how long do I
# have? 2) ..." holds the questions to ask, not what to keep quiet.
# A title's stop ends no piece: "the interview with Mrs. Gerritsen, was it ...".
SENTENCE_STOP = r"(?<=[.!?;])(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMx\.)(?<!\bDr\.)(?<!\bSt\.)\s+"
_PIECES = re.compile(SENTENCE_STOP + r"|\s+[—–]\s+|\s+-\s+|\s*/\s+|:\s+(?=\(?\d{1,2}[.)]\s)")


# For each reason, words one of which any match holds: a text with none of them is not
# scanned for it (a set test, where a scan costs tens of microseconds a message).
_TRIGGERS: dict[str, frozenset[str]] = {
    reason: frozenset(words.split())
    for reason, words in {
        "note to self": "note nts self reminder memo eyes just only me",
        "not to be said": "say mention tell bring put include write share reveal bluff play let "
        "keep go anchor grovel dwell burn be whine whining apology intend private not",
        "confidential": "confidential record between nda public doesn't told",
        "self-criticism": "weak bad terrible awful poor rambled rambling meh shaky vague mess "
        "rambled blanked fumbled bombed botched flubbed choked messed screwed blew dumb stupid "
        "awful nervous scared stumble stumbled undersold fumbling botching flubbed flubbing "
        "against",
        "worry": "worried nervous anxious scared afraid stressed panicked panicking panic "
        "freaking worry fear gutted bummed crushed",
        "need": "need desperate",
        "current pay": "current currently earn paid salary wage comp pays making earning",
        "negotiation": "walk walk-away floor under below lower bottom leverage can't cannot "
        "won't firm push settle competing they'd counter",
        "advice to self": "tone self-critique critique ojo entre reason push forget sound explain "
        "over-explain overexplain reopen apologise apologize seem keep sentences lines needy "
        "\U0001f62c \U0001f92b",
        "impression": "felt seemed seems idk frankly honestly stings really think heard",
        "other candidates": "candidate candidates applicant applicants finalist finalists "
        "internal went",
    }.items()
}


@lru_cache(maxsize=8)
def _any_of(reasons: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for several reasons, a named group each, so one scan finds any of them."""
    groups = (f"(?P<r{i}>{_REASONS[reason]})" for i, reason in enumerate(reasons))
    # Every reason starts at a word: one word-start test first, then the alternatives.
    return re.compile(r"\b(?:" + "|".join(groups) + ")", re.IGNORECASE)


def find_private(
    text: str,
    reasons: tuple[str, ...] = DRAFT_REASONS,
    start: int = 0,
    words: frozenset[str] | None = None,
) -> list[tuple[int, int, str]]:
    """Where `text` says something private, with the reason, in one scan from `start`.

    `words`, the lower-case words of `text` when the caller has them, rule out the reasons
    whose words the text lacks before any scan.
    """
    if words is not None:
        reasons = tuple(r for r in reasons if not _TRIGGERS[r].isdisjoint(words))
        if not reasons:
            return []
    found = []
    for match in _any_of(reasons).finditer(text, start):
        found.append((match.start(), match.end(), reasons[int((match.lastgroup or "r0")[1:])]))
    return found


def private_reason(text: str, reasons: tuple[str, ...] | None = None) -> str | None:
    """Why `text` is for the candidate alone ("worry", "instruction", ...), or None."""
    if reasons is None and is_injection(text):
        return "instruction"
    if _OK_TO_SAY.search(text):
        return None
    for reason in reasons or _REASONS:
        if _PATTERNS[reason].search(text):
            return reason
    return None


def private_cue(text: str) -> tuple[int, int] | None:
    """Where `text` first says something for the writer alone: an aside's cue or a reason's."""
    spans = [(m.start(), m.end()) for m in PRIVATE_ASIDES.finditer(text)][:1]
    if not _OK_TO_SAY.search(text):
        spans += [(start, end) for start, end, _ in find_private(text, tuple(_REASONS))][:1]
    return min(spans) if spans else None


def says_private(text: str) -> bool:
    """Whether a line, or an aside in it, says it is for the writer alone."""
    return bool(PRIVATE_LINE.search(text) or PRIVATE_ASIDES.search(text) or private_reason(text))


def private_remarks(notes: str) -> list[str]:
    """The pieces of the notes (whole lines, or sentences of a long line) meant for no reader."""
    lines = notes.splitlines()
    instructions = instruction_lines(lines)
    found: list[str] = []
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if index in instructions or PRIVATE_LINE.match(text):
            # An instruction, or a line marked "(private)", is private as a whole, however long.
            found.append(text)
            continue
        pieces = [p.strip() for p in _PIECES.split(text)]
        found.extend(_aside_only(piece) for piece in pieces if piece and private_reason(piece))
    return found


_BRACKETED = re.compile(r"\(([^()]+)\)|\[([^\[\]]+)\]")


def _aside_only(piece: str) -> str:
    """The bracketed aside of a piece, when the aside alone is private and the rest is not:
    "exactly what I needed (we totally wing it at my shop, keep that to myself)"."""
    for match in _BRACKETED.finditer(piece):
        aside = match.group(1) or match.group(2)
        rest = piece[: match.start()] + piece[match.end() :]
        if private_reason(aside) and not private_reason(rest):
            return aside.strip()
    return piece
