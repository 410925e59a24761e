"""A networking contact's advice and what the candidate did with it, where the notes label them:
"advice 1: learn the money side", "what I did: applied to the ACI diploma", a "his advice:"
heading over a list, a table with a column for each, a line said by the contact ("G → learn
FSMA PCQI") or by the candidate ("me → booked the course"), and prose ("Her advice was to
shadow an AMHP ..., and to do the free module.")."""

from __future__ import annotations

import re

from assistant.notes.layout import split_list_line
from assistant.notes.line_features import SYMBOLS, TIME_STAMP
from assistant.notes.people import is_given_name

_ARROW = re.compile(r"^(?:->|\u2192|=>|>)\s*")
# What follows a label: a colon, an arrow, a dash, a table's bar, or "was" ("her advice was").
_AFTER_LABEL = r"\s*(?::|->|\u2192|\||\s[-\u2013\u2014]|\s(?:was|is)\b)\s*"
# "advice 2: get the diploma", "tip - ask for base + super", "her advice:" (a heading), "his
# playbook for me:", "what she said:", "his advice first get the NIF" (an ordinal opens a list).
_ADVICE = re.compile(
    r"(?i)^[^\w(]*(?:(?:his|her|their|the|key|main|best|biggest)\s+)?"
    r"(?:(?:advice|tips?|suggestions?|recommendations?|playbook)(?:\s+for\s+me)?|"
    r"what\s+(?:she|he|they)\s+(?:said|told\s+me|suggested|recommended))"
    rf"(?:\s*#?\d+)?(?:{_AFTER_LABEL}|\s+(?=(?:first|one|number)\b)|\s*$)(?P<text>.*)$"
)
# "what I did: read the annual report", "done: CV changed", "since then -> registered", "what I
# did already I asked ...", "so what i did:", "What I did with it:".
_DID = re.compile(
    # "✅ what i did:", "What I do:" (a writer whose English has no past tense here).
    r"(?i)^[^\w(]*(?:so\s+)?(?:what\s+i(?:'ve)?\s+(?:did|done|do|have\s+done|am\s+doing)"
    r"(?:\s+(?:since|after|afterwards|so\s+far|already|with\s+it|about\s+it))?|"
    r"(?:to\s*-?\s*do\s*/\s*)?(?:i\s+)?(?:done|did)"  # "TO DO / DONE" over ticked lines
    r"|since\s+then|follow[\s-]?ups?\s+done|actions?\s+taken)"
    rf"(?:{_AFTER_LABEL}|\s+(?=I\s)|\s*$)(?P<text>.*)$"
)
# A tag in brackets that labels a line: "[#advice] bring a 30-60-90 plan", "[#did] rewrote".
_TAGGED = re.compile(r"(?i)^\W*\[#?(?P<tag>advice|tips?|did|done)\]\s*(?P<text>.+)$")
# Who says a line, before an arrow, a colon or a bar: the candidate ("me →") or the contact
# ("G →", "EP:", "she:", "Tasha:").
_SPEAKER = re.compile(
    r"^(?P<who>me|I|moi|she|he|they|her|him|elle|il|[A-Z]{1,3}|[A-Z][a-z]+)\s*"
    r"(?::|->|\u2192|=>|\|)\s*(?P<text>.+)$"
)
_ME = {"me", "i", "moi"}
_PRONOUN_SPEAKERS = {"she", "he", "they", "her", "him", "elle", "il"}


def _speaks(who: str) -> bool:
    """Whether a line's prefix names who says it: the candidate, a pronoun, a contact's initials
    ("EP", not "Q" or "A" of a question and answer) or a given name ("Tasha", not "Date")."""
    folded = who.casefold()
    if folded in _ME | _PRONOUN_SPEAKERS:
        return True
    if who.isupper():
        return who not in {"Q", "A", "QA", "RE", "FW", "CC", "TO"}
    return is_given_name(who)


# A table's header cell over the advice, and over what the candidate did.
_ADVICE_HEADER = re.compile(
    r"(?i)^(?:(?:his|her|their)\s+)?(?:advice|tips?|suggestions?)$|^(?:what\s+)?(?:she|he|they)\s+said$"
)
_DID_HEADER = re.compile(r"(?i)^(?:what\s+i\s+(?:did|done|have\s+done)|did|done|me|actions?)$")
# Prose: "Her advice was to shadow an AMHP", "She also suggested I get the CAMS certification".
_SAID_IN_PROSE = re.compile(
    r"(?i)^(?:(?:her|his|their)\s+(?:main\s+|best\s+|biggest\s+)?advice\s+was\s+(?:this\s*:\s*)?"
    r"|(?:she|he|they)\s+(?:also\s+)?(?:suggested|urged\s+me|advised\s+me|told\s+me|"
    r"said\s+I\s+(?:should|must))\s+)(?P<text>.+)$"
)
# Prose: "Since then I have changed my LinkedIn headline", "So this evening I emailed the ...".
_DONE_IN_PROSE = re.compile(
    r"(?i)^(?:since\s+then|since\s+we\s+(?:spoke|met)|so\s+this\s+evening|this\s+evening|"
    r"afterwards|after\s+that|that\s+(?:same\s+)?(?:night|evening))\s*,?\s+I\s+(?P<text>.+)$"
)
# Where one sentence holds several pieces of advice: "to shadow ..., and to do the module".
_AND_TO = re.compile(r",?\s+and\s+(?=to\s)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def labelled_advice(lines: list[str]) -> tuple[list[str], list[str]]:
    """(advice, actions taken): each labelled line's text, the list items under a label that
    heads a list (until a blank line or another heading), a table's advice and deed columns, and
    the advice and deeds told in prose."""
    advice: list[str] = []
    actions: list[str] = []
    columns: tuple[int | None, int | None] | None = None
    section: list[str] | None = None
    for raw in lines:
        cells = _cells(raw)
        # A line with no bar ends a table: "advice 2 | ..." further down is no row of it.
        columns = None if cells is None else _table(cells, columns, advice, actions)
        if columns is not None:
            continue
        listed = split_list_line(TIME_STAMP.sub("", raw))
        text = _ARROW.sub("", listed.text)
        bare = SYMBOLS.sub("", text).strip()
        item = bool(listed.marker) or bare != listed.text  # "- x", "1) x", "-> x", "✅ x"
        text = bare
        if not text:
            section = None
            continue
        tagged = _TAGGED.match(text)
        if tagged:
            done = tagged.group("tag").casefold() in {"did", "done"}
            (actions if done else advice).append(tagged.group("text").strip())
            section = None
            continue
        speaker = _SPEAKER.match(text)
        if _ADVICE.match(text) or _DID.match(text) or (speaker and not _speaks(speaker["who"])):
            speaker = None
        if speaker:
            text = speaker.group("text").strip()  # "me: advice 1: ...", "EP -> learn ..."
        found = _labelled(text)
        if found is not None:
            is_advice, rest = found
            if rest and is_advice:
                # "Her advice was to ..., and to .... Since then I have ...": the first sentence
                # is the advice; the others are read as prose.
                first, *others = _SENTENCE_END.split(rest)
                advice.extend(_pieces(first))
                for sentence in others:
                    _prose(sentence, advice, actions)
                section = None
            elif rest:
                actions.append(rest)
                section = actions
            else:
                section = advice if is_advice else actions  # "his advice:" heads a list
            continue
        if speaker:
            # A line said by someone, with no label: the contact's advice, or the candidate's deed.
            who = speaker.group("who").casefold()
            (actions if who in _ME else advice).append(text)
            continue
        if section is not None and (item or (section is actions and _GOES_ON.match(text))):
            section.append(_GOES_ON.sub("", text) if section is actions else text)
        elif text.endswith(":"):
            section = None
        _prose(text, advice, actions)
    return advice, actions


# A deed told on the line after "what I did ... I asked ...": "and I sent the form on sunday".
_GOES_ON = re.compile(r"(?i)^(?:and\s+|also\s+|\+\s*)?(?=I\s)")


def _labelled(text: str) -> tuple[bool, str] | None:
    """(whether it is advice, the rest of the line) for a line opening with an advice or deed
    label; only a table row's first cell after the label is the advice ("advice 2 | request
    Epic Clarity access | IT takes 3-4 wks")."""
    for pattern, is_advice in ((_ADVICE, True), (_DID, False)):
        match = pattern.match(text)
        if match:
            return is_advice, match.group("text").split("|")[0].strip()
    return None


def _pieces(text: str) -> list[str]:
    """Advice said as several "to ..." parts: "to shadow an AMHP, and to do the module"."""
    return [piece for piece in _AND_TO.split(text) if piece.strip()]


def _cells(raw: str) -> list[str] | None:
    """A table row's cells, with or without bars at its ends; None for a line with no bar."""
    line = raw.strip()
    if "|" not in line:
        return None
    return [cell.strip() for cell in line.removeprefix("|").removesuffix("|").split("|")]


def _table(
    cells: list[str],
    columns: tuple[int | None, int | None] | None,
    advice: list[str],
    actions: list[str],
) -> tuple[int | None, int | None] | None:
    """Reads one table row: a header names the advice and deed columns; a row under it adds its
    cells to each. Returns the columns for the rows below."""
    if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
        return columns  # the rule under the header
    said = next((i for i, cell in enumerate(cells) if _ADVICE_HEADER.match(cell)), None)
    did = next((i for i, cell in enumerate(cells) if _DID_HEADER.match(cell)), None)
    if said is not None or did is not None:
        return said, did
    if columns is None:
        return None
    for index, found in zip(columns, (advice, actions), strict=True):
        if index is not None and index < len(cells) and re.search(r"\w", cells[index]):
            found.append(cells[index])
    return columns


def _prose(text: str, advice: list[str], actions: list[str]) -> None:
    """The advice and deeds a paragraph tells: "Her advice was to ...", "Since then I have ..."."""
    for sentence in _SENTENCE_END.split(text):
        said = _SAID_IN_PROSE.match(sentence)
        if said:
            advice.extend(_pieces(said.group("text")))
        done = _DONE_IN_PROSE.match(sentence)
        if done:
            actions.append(done.group("text"))
