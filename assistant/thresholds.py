"""The checker's numbers, severities and which rules apply, read from data/thresholds.toml."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import InputError
from assistant.models import KINDS, MEDIUMS, Severity

# The rule ids, in the order reports list them (ETIQUETTE.md).
RULE_IDS: tuple[str, ...] = (
    "brevity",
    "gratitude",
    "specifics",
    "no-pressure",
    "proofread",
    "personal",
    "interest",
    "qualifications",
    "call-to-action",
    "grounded",
    "promised-actions",
    "distinct",
    "grammar",
    "perspective",
    "private",
    "intent",
)

Param = bool | int | float | str | list[str]
_RESERVED = {"severity", "kinds", "mediums", "applies", "by_kind", "by_medium"}
_SEVERITIES = ("error", "warning")


class ThresholdsError(InputError):
    """The thresholds data file is malformed."""


class RuleConfig(BaseModel):
    """One rule as it applies to one kind and medium: its severity and its numbers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    severity: Severity
    params: dict[str, Param] = Field(default_factory=dict)

    def number(self, key: str) -> float:
        """A numeric parameter; a missing one is a bug in the data file."""
        value = self.params[key]
        # Exact types first: rules ask for a dozen numbers per draft (bool is not int here).
        if type(value) is int or type(value) is float:
            return float(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ThresholdsError(f"thresholds.toml: {self.rule}.{key} must be a number")
        return float(value)

    def integer(self, key: str) -> int:
        """A whole-number parameter."""
        value = self.params[key]
        if type(value) is int:
            return int(float(value))  # as number() would give it, even past 2**53
        return int(self.number(key))

    def flag(self, key: str, default: bool = False) -> bool:
        """A true/false parameter."""
        value = self.params.get(key, default)
        if not isinstance(value, bool):
            raise ThresholdsError(f"thresholds.toml: {self.rule}.{key} must be true or false")
        return value


def _load_raw() -> dict[str, Any]:
    text = resources.files("assistant.data").joinpath("thresholds.toml").read_text("utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ThresholdsError(f"thresholds.toml is not valid TOML: {e}") from e


def _validate(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Check the file names only known rules, kinds, mediums and severities."""
    rules = raw.get("rules")
    if not isinstance(rules, dict):
        raise ThresholdsError("thresholds.toml has no [rules] tables")
    for rule, table in rules.items():
        if rule not in RULE_IDS:
            raise ThresholdsError(f"thresholds.toml names an unknown rule {rule!r}")
        if table.get("severity") not in _SEVERITIES:
            raise ThresholdsError(f"thresholds.toml: {rule}.severity must be error or warning")
        for key, allowed in (("kinds", KINDS), ("mediums", MEDIUMS)):
            unknown = set(table.get(key, [])) - set(allowed)
            if unknown:
                raise ThresholdsError(f"thresholds.toml: {rule}.{key} has unknown {unknown}")
        for key, allowed in (("by_kind", KINDS), ("by_medium", MEDIUMS)):
            for name, override in table.get(key, {}).items():
                if name not in allowed:
                    raise ThresholdsError(f"thresholds.toml: {rule}.{key} has unknown {name!r}")
                if override.get("severity", "error") not in _SEVERITIES:
                    raise ThresholdsError(f"thresholds.toml: {rule}.{key}.{name}.severity")
    missing = set(RULE_IDS) - set(rules)
    if missing:
        raise ThresholdsError(f"thresholds.toml has no table for {sorted(missing)}")
    return rules


@lru_cache(maxsize=1)
def _rules() -> dict[str, dict[str, Any]]:
    return _validate(_load_raw())


@lru_cache(maxsize=1)
def report_settings() -> dict[str, Any]:
    """The [report] table: how much of a failing draft a report shows."""
    report = _load_raw().get("report", {})
    return dict(report) if isinstance(report, dict) else {}


def _resolve(rule: str, table: dict[str, Any], kind: str, medium: str) -> RuleConfig | None:
    if kind not in table.get("kinds", KINDS) or medium not in table.get("mediums", MEDIUMS):
        return None
    values = {k: v for k, v in table.items() if k not in _RESERVED - {"severity", "applies"}}
    values.update(table.get("by_kind", {}).get(kind, {}))
    for key, value in table.get("by_medium", {}).get(medium, {}).items():
        current = values.get(key)
        tightens_only = key.startswith(("max_", "warn_"))
        if tightens_only and isinstance(current, int | float) and isinstance(value, int | float):
            values[key] = min(current, value)
        else:
            values[key] = value
    if values.pop("applies", True) is False:
        return None
    severity = values.pop("severity")
    return RuleConfig(rule=rule, severity=severity, params=values)


@lru_cache(maxsize=64)
def _rules_for(kind: str, medium: str) -> tuple[tuple[str, RuleConfig], ...]:
    resolved = []
    for rule in RULE_IDS:
        config = _resolve(rule, _rules()[rule], kind, medium)
        if config is not None:
            resolved.append((rule, config))
    return tuple(resolved)


def rules_for(kind: str, medium: str) -> dict[str, RuleConfig]:
    """The rules that apply to a message of this kind sent by this medium, in report order."""
    if kind not in KINDS:
        raise InputError(f"unknown message kind {kind!r}; choose one of {', '.join(KINDS)}")
    if medium not in MEDIUMS:
        raise InputError(f"unknown medium {medium!r}; choose one of {', '.join(MEDIUMS)}")
    return dict(_rules_for(kind, medium))
