"""`personal`: greets the recipient by name; names the role and the company."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain

from assistant.checker.context import CheckContext, per_config, result
from assistant.checker.notes import forms_of
from assistant.checker.text import WORD_RE
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "personal"
_TITLES = frozenset(["mr", "mrs", "ms", "mx", "dr", "prof", "professor", "chef", "nurse", "sister"])


@lru_cache(maxsize=64)
def _greeting_names(known_words: frozenset[str]) -> frozenset[str]:
    """The recipient's name forms that greet them by name: no initials, no titles."""
    return frozenset(w for w in known_words if len(w) > 1 and w not in _TITLES)


@per_config
def _requirements(config: RuleConfig) -> tuple[int, bool, bool]:
    """How many role words to name, and whether the role and the company must be named."""
    return config.integer("role_words"), config.flag("require_role"), config.flag("require_company")


def _greets_by_name(ctx: CheckContext) -> bool:
    sentences = ctx.message.sentences
    greeting = sentences[0] if sentences and sentences[0].part == "greeting" else None
    opening = greeting or next(iter(ctx.message.content()), None)
    if opening is None:
        return False
    names = _greeting_names(ctx.known_words)
    words = WORD_RE.findall(ctx.message.lower, opening.start, opening.end)
    # Some word's forms meet the names: the same as any(not forms.isdisjoint(names)).
    return not names.isdisjoint(chain.from_iterable(map(forms_of, words)))


def _names_role(ctx: CheckContext, words_needed: int) -> bool:
    wanted = ctx.index.role_stems
    if not wanted:
        return True
    stems = ctx.stems
    # "apprentice" and "apprenticeship" name the same role.
    found = {
        w
        for w in wanted
        if w in stems
        or any(min(len(s), len(w)) >= 5 and (s.startswith(w) or w.startswith(s)) for s in stems)
    }
    return len(found) >= min(words_needed, len(wanted))


def _names_company(ctx: CheckContext) -> bool:
    wanted = ctx.index.company_words
    if not wanted:
        return True
    return not wanted.isdisjoint(ctx.forms)


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail without the name in the greeting; warn when the role or company goes unnamed."""
    facts = ctx.facts
    missing = []
    role_words, require_role, require_company = _requirements(config)
    if require_role and facts.role and not _names_role(ctx, role_words):
        missing.append(f"the role (the {facts.role} position)")
    if require_company and facts.company and not _names_company(ctx):
        missing.append(f"the company ({facts.company})")
    if not _greets_by_name(ctx):
        extra = f"; also name {' and '.join(missing)}" if missing else ""
        return result(
            config,
            False,
            f"Greet {ctx.first_name} by name, e.g. \u201cDear {ctx.first_name},\u201d{extra}.",
        )
    if missing:
        return result(
            config, False, f"Name {' and '.join(missing)} in the note.", severity="warning"
        )
    return result(config, True, f"Addressed to {ctx.first_name} and specific to the role.")
