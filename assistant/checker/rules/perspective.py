"""`perspective`: who did what: the candidate's facts stay theirs, each panelist gets their own."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checker.context import CheckContext, Span, quote, result, shared_needed
from assistant.checker.stems import content_stems, stem
from assistant.checker.text import WORD_RE
from assistant.checker.wordlists import GENERIC_RECIPIENTS, common_capitalised, stopwords
from assistant.models import RuleResult
from assistant.notes.people import given_names, is_lone_word
from assistant.notes.roster import ORGANISATION_WORDS
from assistant.thresholds import RuleConfig

RULE = "perspective"
# Whose a phrase of the notes is: "my portfolio", "I'm sitting the CAMS exam" are the candidate's.
_MINE = re.compile(r"\bmy\s+((?:[\w+#'-]+[ \t]*){1,4})", re.IGNORECASE)
_I_DID = re.compile(
    r"\bi(?:'m|\s+am|'ve|\s+have|'d|\s+had|\s+was|'ll|\s+will)?\s+(?:also\s+|just\s+|recently\s+)?"
    r"(?:sitting|taking|studying\s+for|passed|earned|hold|got|finished|completed|led|built|ran"
    r"|managed|wrote|designed|launched|shipped|did|worked\s+on|published|created|won|mentored"
    r"|trained|presented)\b([^.;,!?()\n]*)",
    re.IGNORECASE,
)
# "She explained the database integration project": what the interviewer's side owns.
_THEIRS = re.compile(
    r"\b(?:she|he|they)\s+(?:explained|described|told\s+me\s+about|walked\s+me\s+through|showed"
    r"|talked\s+about|shared|presented)\b([^.;!?\n]*)"
    r"|\b(?:their|her|his)\s+((?:[\w+#'-]+[ \t]*){1,4})",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end a "your ..." or "my ..." phrase in a draft: what follows is another phrase.
_PHRASE_END = _words(
    "about of on in at for with to from and or but that which who whom my your our their the "
    "a an is are was were has have had will would as by into over during after before this "
    "these those it its i you we they me us them so if when while"
)
# Words of every message that name nothing of anyone's in particular.
_GENERIC = _words(
    "project projects work experience time process question questions answer offer background "
    "skills skill goals plans plan insight insights thoughts perspective"
)
_GREETING_WORDS = _words(
    "dear hi hello hey good morning afternoon evening greetings to mr mrs ms mx dr prof "
    "professor sir madam and all team"
)
_TITLES = frozenset(
    ["mr", "mrs", "ms", "mx", "dr", "prof", "professor", "chef", "nurse", "sister", "sir"]
)
_GENERIC_STEMS = content_stems(" ".join(_GENERIC))
# "your " and "my " where a phrase of the draft may start (the word before is checked on each).
_OWNERS = {owner: re.compile(owner + " ") for owner in ("your", "my")}


# Kept for the speed target: reading the owners from the benchmark's notes costs about 130 us,
# a fifth of a check, on every draft (without the cache 1,320 drafts/s against 1,700); the
# notes are the same from draft to draft.
@lru_cache(maxsize=64)
def _owners(
    notes: str, candidate: tuple[str, ...], theirs: tuple[str, ...], ignore: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The stems only the candidate's phrases use, and those only the interviewers' use."""
    mine = [*candidate]
    # "connects to the work I did in my previous internship", filed under the interviewer,
    # is still the candidate's: their phrases lose the candidate's parts.
    others = [_I_DID.sub(" ", _MINE.sub(" ", text)) for text in theirs]
    for text in theirs:
        mine += [m.group(1) for m in _MINE.finditer(text)]
        mine += [m.group(1) for m in _I_DID.finditer(text)]
    for line in notes.splitlines():
        mine += [m.group(1) for m in _MINE.finditer(line)]
        mine += [m.group(1) for m in _I_DID.finditer(line)]
        others += [m.group(1) or m.group(2) or "" for m in _THEIRS.finditer(_MINE.sub(" ", line))]
    my_stems = content_stems("\n".join(mine)) - ignore
    their_stems = content_stems("\n".join(others)) - ignore
    # A word the notes also use outside the candidate's phrases ("the preceptor program") may
    # be the reader's as well; only words nobody else's text uses stay the candidate's.
    elsewhere = content_stems(_I_DID.sub(" ", _MINE.sub(" ", notes)))
    generic = _GENERIC_STEMS
    return my_stems - their_stems - elsewhere - generic, their_stems - my_stems - generic


def _phrases(ctx: CheckContext, window: int) -> list[tuple[str, int, int, list[str]]]:
    """Each "your ..." and "my ..." of the body: the word, the phrase's span and its words."""
    message = ctx.message
    lower = message.lower
    found = []
    for owner, pattern in _OWNERS.items():
        for owned in pattern.finditer(lower, message.body_start):
            at = owned.start()
            if at > 0 and lower[at - 1].isalpha():
                continue  # "army ", "academy "
            words: list[str] = []
            end = at + len(owner)
            for match in WORD_RE.finditer(lower, end + 1, min(len(lower), end + 80)):
                gap = lower[end : match.start()]
                if gap.strip() or match.group() in _PHRASE_END or len(words) >= window:
                    break
                words.append(match.group())
                end = match.end()
            if words:
                found.append((owner, at, end, words))
    return found


def _phrase_stems(words: list[str]) -> frozenset[str]:
    """The content stems of a phrase's lower-case words."""
    skip = stopwords()
    return frozenset(s for w in words if w not in skip and (s := stem(w)) not in _GENERIC_STEMS)


def _swapped_owners(ctx: CheckContext, config: RuleConfig) -> list[tuple[Span, str]]:
    """ "Your CAMS certification" when the exam is the candidate's; "my project" when theirs."""
    facts = ctx.facts
    # Points the parser marks as the candidate's; a qualification's words ("students") are
    # too often the reader's too, so only "my ..." and "I did ..." phrases are read besides.
    candidate = tuple(p.text for p in facts.points if p.owner == "candidate")
    # What the parser files under an interviewer mixes in the candidate's own doings ("taught
    # a demonstration lesson"), so the interviewer's side is read from the notes' wording only.
    theirs = tuple(p.text for p in facts.points if p.owner == "interviewer")
    mine, others = _owners(ctx.notes, candidate, theirs, ctx.index.name_stems)
    if not mine and not others:
        return []
    found = []
    for owner, start, end, words in _phrases(ctx, config.integer("window_words")):
        stems = _phrase_stems(words) - ctx.index.name_stems
        if owner == "your" and stems & mine:
            phrase = quote(ctx.message.text[start:end])
            why = f"{phrase} is yours, not the reader's: say \u201cmy\u201d"
            found.append(((start, end), why))
        elif owner == "my" and len(stems & others) >= min(2, len(stems)) and stems:
            why = f"{quote(ctx.message.text[start:end])} is theirs, not yours: say \u201cyour\u201d"
            found.append(((start, end), why))
    return found


def _others_credited(ctx: CheckContext, config: RuleConfig) -> list[tuple[Span, str]]:
    """Sentences that credit the recipient with what another panelist discussed."""
    if ctx.recipient is None or not ctx.addressee.others:
        return []
    own = frozenset().union(*(p.stems for p in ctx.addressee.available))
    strengths = frozenset().union(*(p.stems for p in ctx.index.qualifications))
    ignore = own | ctx.index.name_stems | strengths
    draft_stems = ctx.stems
    # A one-word point ("3 engineers") is too thin to say whose a sentence is; the candidate's
    # own strengths are theirs to claim whoever heard about them. Only points the whole draft
    # mentions are looked for sentence by sentence.
    suspects = [
        (other, theirs)
        for other, points in ctx.addressee.others
        for point in points
        if len(theirs := point.stems - ignore) >= 2
        and len(theirs & draft_stems) >= shared_needed(config, len(theirs))
    ]
    if not suspects:
        return []
    found = []
    for sentence in ctx.message.content():
        stems = frozenset(
            word_stem
            for word_stem, (start, _) in ctx.word_stems
            if sentence.start <= start < sentence.end
        )
        words = {w.lower().removesuffix("'s") for w in WORD_RE.findall(sentence.text)}
        for other, theirs in suspects:
            if len(theirs & stems) < shared_needed(config, len(theirs)):
                continue
            if not {w.lower() for w in other.split() if w.lower() not in _TITLES}.isdisjoint(words):
                continue  # "Marcus's tour of the unit" credits Marcus
            why = (
                f"{quote(sentence.text, 50)} is what you discussed with {other}; "
                f"credit {other.split()[0]} by name, or mention what {ctx.first_name} discussed"
            )
            found.append(((sentence.start, sentence.end), why))
            break
    return found


def _unknown_recipient(ctx: CheckContext) -> str | None:
    """Why the recipient is no person of the notes, or None when they are."""
    if ctx.recipient is not None:
        return None
    words = [w for w in WORD_RE.findall(ctx.draft.recipient) if w[:1].isupper()]
    names = [w.lower() for w in words if w.lower() not in _TITLES]
    if not names or all(w in GENERIC_RECIPIENTS for w in names):
        return None  # "Hiring Manager", "the recruiter (unnamed)": a role, typed on purpose
    if all(w in ctx.index.words for w in names):
        return None
    return (
        f"{ctx.draft.recipient} does not appear in your notes: check the name, or add who they "
        "are and what you discussed to the notes"
    )


def _greets_someone_else(ctx: CheckContext) -> list[tuple[Span, str]]:
    """A greeting that names a person other than the recipient ("Dear David," to Ronald)."""
    sentences = ctx.message.sentences
    if not sentences or sentences[0].part != "greeting":
        return []
    greeting = sentences[0]
    known = ctx.known_words
    common = common_capitalised()
    found = []
    for match in WORD_RE.finditer(ctx.message.text, greeting.start, greeting.end):
        word = match.group()
        lower = re.sub(r"-(?:san|sama|sensei)$", "", word.lower())  # "Takeda-san" is Takeda
        if not word[:1].isupper() or lower in _GREETING_WORDS or lower in known or lower in common:
            continue
        if lower in GENERIC_RECIPIENTS:
            continue
        span = (greeting.start + match.start() - greeting.start, match.end())
        found.append((span, f"the greeting names {word}, but the note is to {ctx.recipient_name}"))
    return found


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Engr|Coach|Chef)\.?\s*$")


def _greets_no_one(ctx: CheckContext) -> list[tuple[Span, str]]:
    """A greeting whose name is a word, a heading or a place, not a person ("Hi Status,",
    "Hello Westbrook High,", "Hi Engr,")."""
    sentences = ctx.message.sentences
    if not sentences or sentences[0].part != "greeting":
        return []
    greeting = sentences[0]
    words = [
        m
        for m in WORD_RE.finditer(ctx.message.text, greeting.start, greeting.end)
        if m.group().lower() not in _GREETING_WORDS and m.group()[:1].isupper()
    ]
    if not words or words[0].group().lower() in GENERIC_RECIPIENTS:
        return []
    name = " ".join(m.group() for m in words)
    if _HONORIFIC_BEFORE.search(ctx.message.text, greeting.start, words[0].start()):
        return []  # "Dear Mr. Powers,": a surname, whatever else the word means
    span = (words[0].start(), words[-1].end())
    if words[-1].group().lower() in _GROUPS:
        return []  # "Dear Meister Media Associates,": the people of a firm, as a group
    if (
        is_lone_word(name)
        or name.casefold().rstrip(".") in _RANKS
        or words[-1].group().lower() in ORGANISATION_WORDS
        or _an_organisation(ctx, name)
    ):
        return [
            (span, f"the greeting calls {quote(name, 30)} by name, but it is not a person's name")
        ]
    familiar = re.match(r"\s*(?:hi|hello|hey)\b", ctx.message.text[greeting.start :], re.I)
    if familiar and len(words) == 1 and _written_with_title(ctx.notes, name):
        return [
            (
                span,
                f"the notes call {quote(name, 30)} by title and surname: "
                "write \u201cDear\u201d and the title",
            )
        ]
    return []


# The last word of a greeting to a group of people: "Dear Meister Media Associates,".
_GROUPS = frozenset(["associates", "colleagues", "staff", "members", "friends", "all", "everyone"])
# A rank or title written before a name, never the name ("Hi Col," to Col (Retd) Martin Ashdown).
_RANKS = frozenset(["col", "capt", "maj", "lt", "sgt", "gen", "cpl", "rev", "herr", "frau"])
# Titles before a surname in the notes, in the languages notes are written in.
_NOTES_TITLE = (
    r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herr|Frau|Hr|Fr|Sr|Sra|Mme|Pan|Pani|Capt|Col|Maj|Lt|Sgt|Rev)\.?"
)


def _reader_in_third_person(ctx: CheckContext) -> list[tuple[Span, str]]:
    """The reader's own name with "'s" in the body ("connected with Kari's marine lead" to
    Kari): said to them, it is "your"."""
    text = ctx.message.text
    names = [
        w
        for w in ctx.draft.recipient.split()
        if w[:1].isupper() and len(w) > 1 and (f"{w}'s" in text or f"{w}’s" in text)
    ]
    if not names:
        return []
    sentences = ctx.message.sentences
    start = sentences[0].end if sentences and sentences[0].part == "greeting" else 0
    found = []
    for name in names:
        for match in re.finditer(rf"\b{re.escape(name)}['’]s\b", text[start:]):
            span = (start + match.start(), start + match.end())
            found.append((span, f"“{match.group()}” is said to {name}: write “your”"))
    return found


def _written_with_title(notes: str, name: str) -> bool:
    """Whether the notes write `name` after a title ("Mr Jansen"), so it is a surname."""
    return bool(re.search(rf"\b{_NOTES_TITLE}\s+{re.escape(name)}\b", notes))


def _an_organisation(ctx: CheckContext, name: str) -> bool:
    """Whether the greeted name is the employer's ("Hi Vestland," from "Vestland Tankers AS")
    and no word of any panelist's name."""
    people = {w.casefold() for p in ctx.facts.interviewers for w in p.name.split()}
    company = {w.casefold() for w in (ctx.facts.company or "").split()}
    first = name.split()[0].casefold()
    if first in people or first in given_names():
        return False
    if first in company:
        return True
    # "Hi Halloran," from "Halloran Museum of Art", "Hi Corvex," from "Corvex FM": a name the
    # notes only write before an organisation's word.
    after = re.findall(rf"\b{re.escape(name)}\s+([A-Z][\w&/]*)", ctx.notes)
    return bool(after) and all(
        w.casefold() in ORGANISATION_WORDS or (w.isupper() and len(w) <= 3) for w in after
    )


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail on swapped owners, another panelist's point credited, or an unknown recipient."""
    found = _swapped_owners(ctx, config) + _others_credited(ctx, config) + _greets_no_one(ctx)
    found += _reader_in_third_person(ctx)
    unknown = _unknown_recipient(ctx)
    if unknown is None:
        found += _greets_someone_else(ctx)
    if not found and unknown is None:
        return result(config, True, "Says who did what, and to someone in your notes.")
    if not found and unknown is not None:
        # A recipient outside the notes is one the user typed (the pipeline takes every other
        # from the notes): a warning to check the name, not an error that blocks the draft.
        return result(config, False, unknown + ".", severity="warning")
    reasons = ([unknown] if unknown else []) + list(dict.fromkeys(why for _, why in found))
    message = "Say who did what: " + "; ".join(reasons[:4])
    if len(reasons) > 4:
        message += f"; and {len(reasons) - 4} more"
    return result(config, False, message + ".", [span for span, _ in found])
