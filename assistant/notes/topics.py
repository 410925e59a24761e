"""A short noun phrase for a point, for "our conversation about ...", when one can be formed."""

from __future__ import annotations

import re

# What opens a clause before its subject matter: "she asked abt", "we talked about", "re:".
# The subject goes only with its verb: "they are validating X" keeps its "they".
LEAD = re.compile(
    # "Rick asked about budgets": a name may be the subject too.
    r"^(?:(?:(?:she|he|they|we|i|(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)?))\s+)?(?:also\s+)?"
    r"(?:asked(?:\s+me)?|talked|spoke|discussed|went\s+over|"
    r"covered|explained|described|mentioned|brought\s+up|wanted\s+to\s+know|"
    r"spent\s+(?:most\s+of\s+)?the\s+(?:hour|time|call|interview)|"
    r"told\s+(?:me|him|her|them))\s*(?:with\s+(?:me|him|her|them)\s+)?)?"
    # "re: X", "about X"; never the "re" of "research ops".
    r"(?:together\s+)?(?:a\s+lot\s+)?(?:(?:about|abt|re|on|regarding)\b:?)?\s*",
    re.I,
)
# "which is about half done" stays with its head as ", about half done".
RELATIVE = re.compile(r",?\s+(?:which|that|who)\s+(?:is|are|was|were)\s+", re.I)


def topic_of(clause: str) -> str | None:
    """A noun phrase for `clause`, or None when it reads as a whole sentence with a verb."""
    text = LEAD.sub("", clause.strip(), count=1).strip(" .,:;")
    if not text or len(text.split()) > 14:
        return None
    text = RELATIVE.sub(", ", text)
    if re.match(r"(?i)(?:she|he|they|we|i|it)\b", text):
        return None
    return text
