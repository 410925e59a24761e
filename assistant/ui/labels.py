"""Words the page shows for the product's choices: kinds, mediums, tones, backends, methods."""

from __future__ import annotations

import datetime as dt

from assistant.history import DraftVersion
from assistant.models import METHOD_LABELS
from assistant.plan import STEP_LABELS, DatePlan, format_when

KIND_LABELS: dict[str, str] = {
    "thank-you": "Thank-you note (one per interviewer)",
    "status-follow-up": "Status follow-up",
    "additional-info": "Additional-information follow-up",
    "offer-reply": "Reply to an offer",
    "rejection-reply": "Reply to a rejection",
    "networking": "Networking note",
}
MEDIUM_LABELS: dict[str, str] = {
    "email": "E-mail",
    "handwritten": "Handwritten card",
    "linkedin": "LinkedIn message",
}
TONE_LABELS: dict[str, str] = {
    "formal": "Formal",
    "warm": "Warm",
    "concise": "Concise",
    "enthusiastic": "Enthusiastic",
}
# The sidebar's choices; "gguf" is the local backend with a GGUF file of the person's own.
BACKEND_LABELS: dict[str, str] = {
    "local": "Bundled local model (SmolLM2-135M)",
    "gguf": "Another GGUF file",
    "openai": "OpenAI-compatible server",
    "compose": "No model (deterministic composer)",
}


def tones_line(tones: list[str]) -> str:
    """What Generate will make of the tones chosen, as the page's script last saw them."""
    labels = [TONE_LABELS[tone].lower() for tone in tones]
    if not labels:
        return "Choose at least one tone."
    if len(labels) == 1:
        return f"Each recipient gets one {labels[0]} draft."
    listed = ", ".join(labels[:-1]) + f" and {labels[-1]}"
    return f"Each recipient gets {len(labels)} drafts side by side: {listed}."


def version_label(index: int, version: DraftVersion) -> str:
    """One line naming a card version: number, how it was made, when, and if edited."""
    local = version.created.astimezone() if version.created.tzinfo else version.created
    method = METHOD_LABELS.get(version.method or "", "imported")
    edited = ", edited" if version.edited else ""
    return f"v{index + 1} · {method}{edited} · {local:%H:%M:%S}"


def saved_label(title: str, updated: dt.datetime) -> str:
    """One line for a saved session in the history list."""
    local = updated.astimezone() if updated.tzinfo else updated
    return f"{title} · {local:%d %b %H:%M}"


def plan_rows(plan: DatePlan) -> list[dict[str, str]]:
    """The plan of dates as table rows: the step, the date, and why."""
    return [
        {"Step": STEP_LABELS[s.step], "When": format_when(s.when), "Why": s.explanation}
        for s in plan.steps
    ]
