"""A networking contact's advice and what the candidate did with it, where the notes label them:
"advice 1: learn the money side", "what I did: applied to the ACI diploma", or a "his advice:"
heading over a list."""

from __future__ import annotations

import re

from assistant.notes.layout import split_list_line

_ARROW = re.compile(r"^(?:->|\u2192|=>|>)\s*")
# "advice 2: get the diploma", "tip - ask for base + super", "her advice:" (a heading).
_ADVICE = re.compile(
    r"(?i)^[^\w(]*(?:(?:his|her|their|the|key|main|best)\s+)?(?:advice|tips?|suggestions?|recommendations?)"
    r"(?:\s*#?\d+)?\s*(?::|->|\u2192|\s[-\u2013\u2014])\s*(?P<text>.*)$"
)
# "what I did: read the annual report", "done: CV changed", "since then -> registered".
_DID = re.compile(
    # "✅ what i did:", "What I do:" (a writer whose English has no past tense here).
    # "what I did after:", "I did: read the CSDDD summary".
    r"(?i)^[^\w(]*(?:what\s+i(?:'ve)?\s+(?:did|done|do|have\s+done|am\s+doing)"
    r"(?:\s+(?:since|after|afterwards|so\s+far))?|(?:i\s+)?(?:done|did)|since\s+then|"
    r"follow[\s-]?ups?\s+done|actions?\s+taken)\s*(?::|->|\u2192|\s[-\u2013\u2014])\s*(?P<text>.*)$"
)


# A tag in brackets that labels a line: "[#advice] bring a 30-60-90 plan", "[#did] rewrote".
_TAGGED = re.compile(r"(?i)^\W*\[#?(?P<tag>advice|tips?|did|done)\]\s*(?P<text>.+)$")


def labelled_advice(lines: list[str]) -> tuple[list[str], list[str]]:
    """(advice, actions taken): each labelled line's text, and the list items under a label
    that heads a list, until a blank line or another heading."""
    advice: list[str] = []
    actions: list[str] = []
    section: list[str] | None = None
    for raw in lines:
        listed = split_list_line(raw)
        text = _ARROW.sub("", listed.text)
        item = bool(listed.marker) or text != listed.text  # "- x", "1) x", "-> x"
        if not text:
            section = None
            continue
        tagged = _TAGGED.match(text)
        if tagged:
            done = tagged.group("tag").casefold() in {"did", "done"}
            (actions if done else advice).append(tagged.group("text").strip())
            section = None
            continue
        for pattern, found in ((_ADVICE, advice), (_DID, actions)):
            match = pattern.match(text)
            if match:
                rest = match.group("text").strip()
                if rest:
                    found.append(rest)
                    section = None
                else:
                    section = found  # "his advice:" heads the list below it
                break
        else:
            if section is not None and item:
                section.append(text)
            elif section is not None and text.endswith(":"):
                section = None
    return advice, actions
