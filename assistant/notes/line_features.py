"""What the line tagger sees of one line of notes: its words, its shape and its neighbours."""

from __future__ import annotations

import datetime as dt
import re

from assistant.notes.dates import find_dates
from assistant.notes.headers import read_header
from assistant.notes.injection import is_injection
from assistant.notes.layout import LIST_MARKER
from assistant.notes.phrases import find_promise, find_question, find_timeline

# "10:02 -", "[10:15]", "(3:58)": a time stamp typed before the line, not part of its content.
TIME_STAMP = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?[\])]?\s*[-–—:]?\s*", re.I)
MARKER = re.compile(rf"^\s*(?:[-*•·+>–—▪◦‣]+|{LIST_MARKER})\s+")
# A leading run of symbols that are not letters, digits or spaces: emoji, check marks, arrows.
SYMBOLS = re.compile(r"^[^\w\s\"'(\[]+\s*")
PREFIX = re.compile(r"^(?P<key>[\w.'’ ]{1,24}?)\s*(?::|\s?->|\s[-–—])\s+")
WORD = re.compile(r"[a-z][a-z']*|\d+")
MONEY = re.compile(r"[$€£]\s?\d|\b\d{2,3}(?:[.,]\d)?\s?k\b|\b\d{2,3},\d{3}\b", re.I)
URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|io|net|dev)\b", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Words that often mark a remark for the writer alone: a feature for the tagger, no verdict.
PRIVATE_CUES = re.compile(
    r"\b(?:ugh|lol|note to self|nts|don'?t (?:mention|say|bring|tell|put)|dont (?:mention|say|"
    r"bring|tell|put)|private|confidential|nervous|worried|worry|hope|embarrass\w*|blanked|"
    r"fumbled|rambled|botched|too (?:chatty|long|much)|my bad|currently (?:make|making|at)|"
    r"other offer|other candidate|anchor|walk away|leverage|secret|between us)\b",
    re.I,
)


def content(line: str) -> str:
    """The words of a line without its time stamp, list marker or leading emoji."""
    text = TIME_STAMP.sub("", line.strip())
    text = MARKER.sub("", text)
    return SYMBOLS.sub("", text).strip()


def _shape(line: str, text: str) -> list[str]:
    stripped = line.strip()
    feats = []
    if line[:1] in " \t":
        feats.append("indented")
    if TIME_STAMP.match(stripped):
        feats.append("timestamp")
    marker = MARKER.match(TIME_STAMP.sub("", stripped))
    if marker:
        mark = marker.group().strip()
        feats.append("marker:" + ("num" if mark[:1].isdigit() or mark[:1] == "(" else mark))
    symbols = SYMBOLS.match(MARKER.sub("", TIME_STAMP.sub("", stripped)))
    if symbols:
        feats.append("symbol:" + symbols.group().strip()[:1])
    if stripped.startswith("|"):
        feats.append("table")
    if stripped.startswith(">"):
        feats.append("quoted")
    if re.fullmatch(r"[-=_*#~ ]+", stripped):
        feats.append("rule")
    if stripped.startswith("#"):
        feats.append("heading")
    if text.endswith(":"):
        feats.append("ends-colon")
    if text.endswith("?") or "?" in text:
        feats.append("question-mark")
    if text.isupper() and len(text) > 3:
        feats.append("all-caps")
    words = len(text.split())
    feats.append(
        "len:"
        + (
            "1"
            if words <= 1
            else "3"
            if words <= 3
            else "8"
            if words <= 8
            else "20"
            if words <= 20
            else "long"
        )
    )
    return feats


def _prefix(text: str) -> list[str]:
    match = PREFIX.match(text)
    if match is None:
        return []
    key = match.group("key").strip()
    lowered = key.casefold()
    if lowered in {"me", "i", "my q", "my answer", "a", "q"}:
        return ["prefix:" + lowered]
    if re.fullmatch(r"[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}", key):
        return ["prefix:Name"]
    return ["prefix:" + "_".join(lowered.split()[:2])]


def _cues(text: str) -> list[str]:
    feats = []
    if find_promise(text):
        feats.append("cue:promise")
    if find_question(text):
        feats.append("cue:question")
    if find_timeline(text):
        feats.append("cue:timeline")
    if is_injection(text):
        feats.append("cue:injection")
    if MONEY.search(text):
        feats.append("cue:money")
    if URL.search(text):
        feats.append("cue:url")
    if EMAIL.search(text):
        feats.append("cue:email")
    if PRIVATE_CUES.search(text):
        feats.append("cue:private")
    if re.search(r"\b(?:I|i)\b|\bme\b|\bmy\b", text):
        feats.append("cue:first-person")
    if re.match(r"(?i)(?:she|he|they)\b", text):
        feats.append("cue:pronoun-start")
    if re.search(r"->|→|=>", text):
        feats.append("cue:arrow")
    if re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", text):
        feats.append("cue:full-name")
    return feats


def own_features(line: str) -> list[str]:
    """The features of one line on its own."""
    text = content(line)
    words = [("0" if w.isdigit() else w) for w in WORD.findall(text.casefold())]
    feats = ["w:" + w for w in dict.fromkeys(words)]
    feats += ["b:" + a + "_" + b for a, b in dict.fromkeys(zip(words, words[1:], strict=False))]
    if words:
        feats.append("first:" + words[0])
        feats.append("first2:" + "_".join(words[:2]))
    feats += _shape(line, text) + _prefix(text) + _cues(text)
    return feats


CONTEXT_KINDS = ("marker:", "prefix:", "ends-colon", "indented", "table", "timestamp", "len:")


def section_of(line: str) -> str | None:
    """The section a heading line opens ("Promised:", "## Questions", "private"), if it is one."""
    text = content(line).strip("#*_ ").rstrip(":").strip()
    if not text or len(text.split()) > 5 or re.search(r"[.?!]$", text):
        return None
    header = read_header(text + ":")
    if header is not None and not header.value:
        return header.kind
    lowered = text.casefold()
    if re.fullmatch(r"(?:private|notes? to self|nts|for me|just for me|confidential)\b.*", lowered):
        return "private"
    if re.fullmatch(r"(?:follow[- ]?ups?|to send|todo|to-?do|action items?|owe)\b.*", lowered):
        return "promised"
    return None


def sections(lines: list[str]) -> list[str | None]:
    """The section each line is in: the last heading above it, until a heading of no section."""
    current: str | None = None
    found: list[str | None] = []
    for line in lines:
        heading = section_of(line)
        if heading is not None or (not line[:1].isspace() and not MARKER.match(line)):
            current = heading
        found.append(current)
    return found


def line_features(owns: list[list[str]], today_dates: list[bool], index: int) -> list[str]:
    """Features of line `index` from every line's own features: position and neighbours."""
    feats = ["bias", *owns[index]]
    if index == 0:
        feats.append("pos:first")
    elif index == 1:
        feats.append("pos:second")
    if index == len(owns) - 1:
        feats.append("pos:last")
    feats.append(f"pos:{min(4, 5 * index // max(1, len(owns)))}")
    if today_dates[index]:
        feats.append("cue:date")
    for offset, name in ((-1, "prev"), (1, "next")):
        other = index + offset
        if 0 <= other < len(owns):
            feats += [
                f"{name}:{f}"
                for f in owns[other]
                if f.startswith(CONTEXT_KINDS) or f.startswith("cue:")
            ]
        else:
            feats.append(f"{name}:none")
    return feats


def notes_features(lines: list[str], today: dt.date) -> list[list[str]]:
    """Features of every non-empty line of the notes (given as those lines)."""
    dated = [bool(find_dates(line, today)) for line in lines]
    owns = [own_features(line) for line in lines]
    found = [line_features(owns, dated, index) for index in range(len(lines))]
    for feats, section, line in zip(found, sections(lines), lines, strict=True):
        if section_of(line) is not None:
            feats.append("heading-of:" + section_of(line))  # type: ignore[operator]
        elif section is not None:
            feats.append("section:" + section)
    return found
