"""Sampling single sentences from a small model, and vetting each before it may enter a draft."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from assistant.backends.base import CompletionRequest, Message, Model
from assistant.notes.stopwords import STOPWORDS
from assistant.pipeline.job import Tally, feedback_message

# Fewer words is a fragment, more is a run-on (the brevity rule stops at 35 per sentence).
MIN_WORDS = 6
MAX_WORDS = 30
_LABEL = re.compile(r"^\s*(?:sentence|answer|output)\s*:\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s")
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")


def clean_sentence(text: str, *, stopped: bool = False) -> str | None:
    """The first sentence of a model's answer, tidied; None when it is not one usable sentence.
    `stopped` says generation ended at one of SENTENCE_STOPS, which took the full stop with it."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    line = _LABEL.sub("", lines[0]).strip().strip("\"'“”‘’* ").strip()
    first = _SENTENCE_END.split(line, maxsplit=1)[0].strip()
    if not first:
        return None
    if stopped and first[-1] not in ".!?":
        first += "."
    if first[-1] not in ".!?":
        # Cut off by max_tokens mid-sentence: not a sentence to send.
        return None
    words = first.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return None
    # A label or markup left in the sentence means the model answered in the wrong shape.
    if any(mark in first for mark in (":", "#", "[", "]", "{", "}", "<", ">", "\\", "_")):
        return None
    if first.count("!") > 1:
        return None
    return first[0].upper() + first[1:]


def topic_words(text: str) -> set[str]:
    """The words of `text` that say what it is about (lowercase, no stopwords)."""
    return {w.strip("'-") for w in _WORD.findall(text.casefold())} - STOPWORDS - {""}


def on_point(sentence: str, point: str) -> bool:
    """True when `sentence` shares enough of `point`'s topic words to be about it."""
    wanted = topic_words(point)
    if not wanted:
        return True
    shared = len(wanted & topic_words(sentence))
    # The same measure the specifics rule uses: two words, or half of them, whichever is fewer.
    return shared >= min(2, math.ceil(len(wanted) / 2))


# A sentence is about 25 tokens; 48 leaves room to finish one without inviting a paragraph.
SENTENCE_MAX_TOKENS = 48
# Only the first sentence is used, so generation stops where it ends: measured on the recorded
# eval responses, 1,118 of 4,036 generated tokens came after the first sentence.
SENTENCE_STOPS = (". ", "\n")
SENTENCE_TEMPERATURE = 0.7
# The first candidate is drawn close to the model's likeliest sentence, which most often keeps to
# the point's own words; the later ones, and the retry, at SENTENCE_TEMPERATURE for variety.
# Measured on the 19 thank-you scenarios (first candidate 0.7 -> 0.2): 97 -> 71 model calls,
# 1,477 -> 1,009 generated tokens, drafts from the model 18 -> 19.
FIRST_TEMPERATURE = 0.2
# Candidates drawn per point before the one retry with the checker's messages.
CANDIDATES = 3
ONE_SENTENCE = "Write one new sentence only."
NOT_A_SENTENCE = "That was not one complete sentence of 6 to 30 words."

Vet = Callable[[str], list[str]]


def sample_sentence(
    model: Model,
    messages: list[Message],
    vet: Vet,
    tally: Tally,
    *,
    seed: int,
    candidates: int = CANDIDATES,
) -> str | None:
    """The first candidate sentence `vet` accepts; after `candidates` misses, one retry with the
    problems fed back; None when nothing passes."""
    rejected: tuple[str, list[str]] | None = None
    for index in range(candidates + 1):
        if index < candidates:
            prompt = messages
        elif rejected is not None:
            answer, problems = rejected
            retry_note = feedback_message(problems, ONE_SENTENCE)
            prompt = [*messages, Message(role="assistant", content=answer), retry_note]
        else:
            break
        request = CompletionRequest(
            prompt,
            max_tokens=SENTENCE_MAX_TOKENS,
            temperature=FIRST_TEMPERATURE if index == 0 else SENTENCE_TEMPERATURE,
            seed=seed * 97 + index,
            stop=SENTENCE_STOPS,
        )
        completion = model.complete(request)
        tally.add(request, completion, model)
        sentence = clean_sentence(completion.text, stopped=completion.finish_reason == "stop")
        problems = [NOT_A_SENTENCE] if sentence is None else vet(sentence)
        if sentence is not None and not problems:
            return sentence
        # Feed back the most recent miss: its problems are the checker's current view.
        rejected = (completion.text.strip() or "(empty)", problems)
    return None


_VOICE = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|our|we|us|you|your)\b", re.IGNORECASE)


def in_voice(sentence: str) -> bool:
    """True when the sentence speaks as the candidate or to the reader, not as a loose fragment."""
    return bool(_VOICE.search(sentence))


# Words a sentence of appreciation may use although the notes do not: the sentence's frame.
FRAMING_WORDS = frozenset(
    """appreciated appreciate appreciation enjoyed enjoy enjoying hearing heard learning learned
    learnt loved love liked glad happy excited exciting interesting interested insightful
    thoughtful valuable valued stayed stays stuck memorable highlight resonated resonates
    impressed inspiring thank thanks grateful conversation conversations discussing discussion
    talking chatting exchange sharing shared explaining explained walking through hear learn
    thinking still since especially particularly truly really great good very much more
    approach insight insights perspective perspectives thoughts idea ideas moment part topic
    topics point points about around clear clearer clearly helpful useful meaningful engaging
    curious forward look looking discuss mention mentioned described describing understand
    understanding time taking taken opportunity chance pleased thought fascinating fascinated
    impressive remember remembered reflecting reflected noticed stood standout meeting
    speaking spoke told telling asked asking question questions answer""".split()  # noqa: SIM905
)
MAX_NOVEL_WORDS = 1
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def novel_words(sentence: str, source: str) -> list[str]:
    """Content words of `sentence` that neither `source` nor the framing vocabulary holds."""
    known = {_stem(w) for w in topic_words(source)}
    found: list[str] = []
    for word in sorted(topic_words(sentence)):
        if len(word) < 4 or not word.isalpha() or word in FRAMING_WORDS:
            continue
        if _stem(word) not in known:
            found.append(word)
    return found
