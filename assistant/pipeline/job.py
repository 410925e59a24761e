"""One message for the pipeline to draft, and the tally of the model calls made for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.backends.base import Completion, CompletionRequest, Message, Model
from assistant.models import CheckReport, Draft, Facts, Interviewer, Kind, Medium, Tone
from assistant.notes.guard import guard_notes
from assistant.prompts import load_guide, load_template
from assistant.thresholds import rules_for
from assistant.tokens import count_message_tokens, count_tokens, estimate_cost

# Ask a model for a little less than the checker's soft limit, so one that overshoots a little
# still passes the hard limit.
WORDS_MARGIN = 10
# How many specific points one draft draws on: the specifics rule asks for two in a thank-you.
MAX_POINTS = 3
NONE_RECORDED = "(none recorded in the notes)"

Checker = Callable[[Draft], CheckReport]


@dataclass
class Tally:
    """Calls made for one draft: attempts, tokens, seconds spent inside the model. The pipeline
    starts one per draft and hands it to each way of drafting it tries, which add their calls."""

    attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model_seconds: float = 0.0
    cost_usd: float | None = None

    def add(self, request: CompletionRequest, completion: Completion, model: Model) -> None:
        """Count one model call; counts the prompt with tiktoken when the model reports none."""
        self.attempts += 1
        prompt = completion.prompt_tokens or count_message_tokens(request.messages)
        answer = completion.completion_tokens or count_tokens(completion.text)
        self.prompt_tokens += prompt
        self.completion_tokens += answer
        self.model_seconds += completion.seconds
        # Only OpenAI's own models have a price; a local or custom server costs nothing known.
        if model.capabilities.is_openai:
            cost = estimate_cost(completion.model or model.name, prompt, answer)
            if cost is not None:
                self.cost_usd = (self.cost_usd or 0.0) + cost


@dataclass(frozen=True)
class DraftJob:
    """One message to draft: from which facts and notes, for whom, of what kind, in which medium
    and tone, and which variant of the composer's wording to start from."""

    facts: Facts
    # As the person wrote them; the checker guards them itself (checker.check_messages).
    notes: str
    kind: Kind
    medium: Medium
    tone: Tone
    recipient: str
    interviewer: Interviewer | None
    variant: int = 0

    @property
    def clean_notes(self) -> str:
        """The notes a prompt may quote: without the lines that read as instructions."""
        return guard_notes(self.notes).notes

    def points(self) -> list[str]:
        """This recipient's specific points, else the points the notes do not tie to anyone."""
        own = self.interviewer.discussed if self.interviewer else []
        return list(own or self.facts.shared_points)[:MAX_POINTS]

    def words_asked(self) -> int:
        """The body length to ask a model for."""
        brevity = rules_for(self.kind, self.medium)["brevity"]
        return brevity.integer("warn_words") - WORDS_MARGIN

    def prompt_variables(self, notes: str) -> dict[str, object]:
        """Every variable the kind templates use, with `notes` (as cut to fit) for the notes."""
        facts = self.facts
        return {
            "candidate": facts.candidate or "the candidate",
            "recipient": self.recipient,
            "recipient_title": (self.interviewer.title if self.interviewer else None)
            or "title not in the notes",
            "role": facts.role or "(role not in the notes)",
            "company": facts.company or "(company not in the notes)",
            "points": _bullets(self.points()),
            "qualifications": _bullets(facts.qualifications[:2]),
            "promised": _bullets(facts.promised_actions),
            "outstanding": _bullets(facts.outstanding_questions),
            "timeline": facts.decision_timeline or "no timeline was given",
            "tone": self.tone,
            "tone_guidance": load_guide("tones").describe(self.tone),
            "medium": self.medium,
            "medium_guidance": load_guide("mediums").describe(self.medium),
            "max_words": self.words_asked(),
            "notes": notes,
        }


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items) if items else f"- {NONE_RECORDED}"


def feedback(report: CheckReport) -> list[str]:
    """The failing error-level rules' messages, one line each, for the retry prompt."""
    return [f"{result.rule}: {result.message}" for result in report.errors()]


def feedback_message(problems: Sequence[str], answer_format: str) -> Message:
    """The retry prompt from prompts/feedback.yaml."""
    text = load_template("feedback").substitute(
        problems="\n".join(f"- {problem}" for problem in problems), answer_format=answer_format
    )
    return Message(role="user", content=text.strip())
