"""How a message is split: subject, greeting, sentences, sign-off and paragraphs."""

from __future__ import annotations

import pytest

from assistant.checker.text import _word_key, split_message

MESSAGE = """Subject: Thank you

Dear Dr. Patel,

Thank you for the tour, e.g. the ICU and the lab. I met J. Smith at 3 p.m. today!
We talked about night shifts and
how handoffs work.

Could we talk again? I'd like that.

Best regards,
Dana Whitfield
Registered Nurse"""


def test_parts_and_sentences() -> None:
    body_start = MESSAGE.index("Dear")
    message = split_message(MESSAGE, body_start)
    assert message.subject is not None and message.subject.text == "Thank you"
    parts = [(s.part, s.text) for s in message.sentences]
    assert parts == [
        ("greeting", "Dear Dr. Patel,"),
        ("content", "Thank you for the tour, e.g. the ICU and the lab."),
        ("content", "I met J. Smith at 3 p.m. today!"),
        ("content", "We talked about night shifts and\nhow handoffs work."),
        ("content", "Could we talk again?"),
        ("content", "I'd like that."),
        ("sign-off", "Best regards,"),
        ("sign-off", "Dana Whitfield"),
        ("sign-off", "Registered Nurse"),
    ]
    for sentence in message.sentences:
        assert MESSAGE[sentence.start : sentence.end] == sentence.text
    assert len(message.paragraphs) == 2


def test_curly_quotes_keep_offsets() -> None:
    text = "Hi Ana,\n\nI\u2019m glad we met \u201cin person\u201d."
    message = split_message(text, 0)
    assert message.text == 'Hi Ana,\n\nI\'m glad we met "in person".'
    assert len(message.text) == len(text)


def test_word_keys_mark_whole_short_words() -> None:
    message = split_message("I'm keen to join as soon as I can.", 0)
    assert [_word_key(t) for t in message.tokens] == [
        "i$",
        "kee",
        "to$",
        "joi",
        "as$",
        "soo",
        "as$",
        "i$",
        "can",
    ]
    assert message.word_positions[:2] == [0, 4]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("We met at Brightwater Coffee Co. I am delighted.", 2),
        ("Ask Dr. Evans about it. Thanks.", 2),
        ("I use dbt, Airflow, etc. and they work.", 1),
        ("See e.g. the ICU. Then the lab.", 2),
        # Ends that _DOT_END settles without _ends_sentence, and ones it must leave to it.
        ("It rose 20%. Then it fell.", 2),
        ("Night handoffs matters. Then rounds.", 2),
        ("See the U.S. office. Then the lab.", 2),
        ("I met Dr. J. Smith there.", 1),
        ("Ask PROF. Evans. Thanks.", 2),
    ],
)
def test_abbreviations(text: str, sentences: int) -> None:
    assert len(split_message(text, 0).content()) == sentences


def test_a_title_does_not_start_a_sentence() -> None:
    message = split_message("I met Dr. Evans today.", 0)
    assert not message.is_initial(message.text.index("Evans"))
    assert message.is_initial(0)
