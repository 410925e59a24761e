"""Prompt templates as files: `prompts/<name>.yaml` loaded into strict pydantic models.

One substitution mechanism, `string.Template` (`$name`, `${name}`), so JSON braces in a prompt
need no escaping. A variable named `notes` is always passed as quoted data: `render` fences it
between `<notes>` markers and neutralises any marker inside it, so a line in the notes cannot
close the fence and speak as an instruction.
"""

from __future__ import annotations

import re
import string
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.backends.base import Message
from assistant.errors import MissingVariableError, PromptError

DISTRIBUTION = "interview-followup-assistant"


def _prompts_dir() -> Path:
    """`prompts/` beside the package in a checkout, else where the wheel installed it."""
    checkout = Path(__file__).resolve().parent.parent / "prompts"
    if checkout.is_dir():
        return checkout
    # A wheel puts the templates under <prefix>/share/ (pyproject's data-files); the
    # distribution's file list says exactly where, whatever the install scheme.
    try:
        files = metadata.distribution(DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        return checkout
    for file in files:
        if file.name == "system.yaml" and file.parent.name == "prompts":
            return Path(str(file.locate())).resolve().parent
    return checkout


PROMPTS_DIR = _prompts_dir()
# Variables whose values come straight from the person's notes: fenced and labelled as data.
DATA_VARIABLES = frozenset({"notes"})
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def quote_data(text: str, *, label: str = "notes") -> str:
    """Fence `text` between `<label>` markers, removing any marker that could close the fence."""
    marker = re.compile(rf"<\s*/?\s*{re.escape(label)}\s*>", re.IGNORECASE)
    cleaned = marker.sub(f"({label})", text.strip())
    return f"<{label}>\n{cleaned}\n</{label}>"


def _identifiers(text: str) -> set[str]:
    """The `$name` / `${name}` variables used in `text`; a malformed `$` is a PromptError."""
    template = string.Template(text)
    if not template.is_valid():
        raise PromptError(f"malformed placeholder in prompt text: {text[:60]!r}")
    return set(template.get_identifiers())


class Example(BaseModel):
    """One worked example for few-shot prompting: a user turn and the answer wanted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    user: str
    assistant: str


class PromptTemplate(BaseModel):
    """One prompt file: an optional system message, optional examples, a user-message template.

    `examples` become user/assistant turns between the system message and the user message: a
    small model follows worked turns far better than examples pasted into one message.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: str
    description: str
    system: str | None = None
    examples: list[Example] = []
    template: str

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        # YAML reads `version: 3` as an int; a version is a label, so keep it as text.
        return str(value) if isinstance(value, int | float) else value

    @field_validator("system", "template")
    @classmethod
    def _placeholders_well_formed(cls, value: str | None) -> str | None:
        if value is not None:
            _identifiers(value)
        return value

    def variables(self) -> set[str]:
        """Every variable name the system and user templates use."""
        names = _identifiers(self.template)
        if self.system:
            names |= _identifiers(self.system)
        return names

    def missing(self, values: dict[str, Any]) -> list[str]:
        """The variables this template needs that `values` does not give, sorted."""
        return sorted(name for name in self.variables() if values.get(name) is None)

    def substitute(self, **values: Any) -> str:
        """The user template with `values` filled in (no system message)."""
        self._require(values)
        return string.Template(self.template).substitute(_prepared(values))

    def render(self, **values: Any) -> list[Message]:
        """The chat messages for `values`; MissingVariableError names every missing one."""
        self._require(values)
        prepared = _prepared(values)
        messages: list[Message] = []
        if self.system:
            system = string.Template(self.system).substitute(prepared).strip()
            messages.append(Message(role="system", content=system))
        for example in self.examples:
            messages.append(Message(role="user", content=example.user.strip()))
            messages.append(Message(role="assistant", content=example.assistant.strip()))
        user = string.Template(self.template).substitute(prepared).strip()
        messages.append(Message(role="user", content=user))
        return messages

    def _require(self, values: dict[str, Any]) -> None:
        missing = self.missing(values)
        if missing:
            raise MissingVariableError(
                f"prompt {self.id!r} (version {self.version}) needs "
                f"{', '.join(missing)}; none given"
            )


class PromptGuide(BaseModel):
    """A prompt file of named descriptions (tones, mediums) that templates quote verbatim."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: str
    description: str
    entries: dict[str, str]

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) else value

    def describe(self, name: str) -> str:
        """The description for `name`; an unknown name is a PromptError listing the known ones."""
        try:
            return self.entries[name]
        except KeyError as e:
            known = ", ".join(sorted(self.entries))
            raise PromptError(f"{self.id}.yaml has no entry {name!r} (known: {known})") from e


def _prepared(values: dict[str, Any]) -> dict[str, str]:
    """Values as text, with data variables fenced as quoted data."""
    return {
        name: quote_data(str(value), label=name) if name in DATA_VARIABLES else str(value)
        for name, value in values.items()
    }


def _read_yaml(name: str, directory: Path) -> dict[str, Any]:
    if not _NAME.match(name):
        raise PromptError(f"{name!r} is not a prompt name (lowercase letters, digits, hyphens)")
    path = directory / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        known = ", ".join(sorted(p.stem for p in directory.glob("*.yaml")))
        raise PromptError(f"no prompt named {name!r} in {directory} (known: {known})") from e
    except yaml.YAMLError as e:
        raise PromptError(f"{path} is not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise PromptError(f"{path} must hold a mapping of fields")
    if data.get("id") != name:
        raise PromptError(f"{path}: id {data.get('id')!r} must match the file name {name!r}")
    return data


@cache
def _load_template(name: str, directory: Path) -> PromptTemplate:
    data = _read_yaml(name, directory)
    try:
        return PromptTemplate.model_validate(data)
    except ValidationError as e:
        raise PromptError(f"{directory / name}.yaml is not a valid prompt template: {e}") from e


@cache
def _load_guide(name: str, directory: Path) -> PromptGuide:
    data = _read_yaml(name, directory)
    try:
        return PromptGuide.model_validate(data)
    except ValidationError as e:
        raise PromptError(f"{directory / name}.yaml is not a valid prompt guide: {e}") from e


def load_template(name: str, *, directory: Path | None = None) -> PromptTemplate:
    """The template in `prompts/<name>.yaml` (cached; a bad file is a PromptError)."""
    return _load_template(name, (directory or PROMPTS_DIR).resolve())


def load_guide(name: str, *, directory: Path | None = None) -> PromptGuide:
    """The guide in `prompts/<name>.yaml`, e.g. `tones` or `mediums`."""
    return _load_guide(name, (directory or PROMPTS_DIR).resolve())
