"""Building a message's parts from the facts and the phrase bank, to fit a word budget."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose import grammar, kinds, text
from assistant.compose.bank import KindBank, PartName, frames_for, load_bank, pick
from assistant.compose.facts import (
    TITLED,
    find_person,
    frame_values,
    people_names,
    points_for,
    promises_for,
    recipient_index,
    rejection_points,
    strengths_for,
)
from assistant.compose.forms import Phrase, is_clean
from assistant.compose.parts import ComposedParts, assemble
from assistant.compose.text import FUNCTION_WORDS
from assistant.english import is_noun_phrase, word_classes
from assistant.models import Facts, Kind, Medium, NoteLine, Tone
from assistant.notes.intent import read_intent
from assistant.notes.kinds import SEPARATE_PASSWORD
from assistant.thresholds import rules_for

# Words of an offer's terms: pay, benefits, dates, travel, training, the contract itself.
_OFFER_TERM = re.compile(
    r"\d|\b(?:salary|base|bonus|equity|stock|shares|relocation|pto|holiday|vacation|leave|"
    r"benefits?|pension|allowance|budget|course|trips?|travel|start|contract|visa|insurance|"
    r"per\s+(?:year|month|hour|annum)|sign-?on|notice|probation|trial)\b",
    re.IGNORECASE,
)

# The currencies an offer's figures are written in, and the mark a figure takes.
_CURRENCIES = {
    "$": r"\$|\bdollars?\b|\bUSD\b",
    "€": r"€|\beuros?\b|\bEUR\b",
    "£": r"£|\bpounds?\b|\bGBP\b",
}


def _opening(sentence: str) -> str:
    """A sentence's first five words, to tell two sentences built on one frame."""
    return " ".join(sentence.casefold().split()[:5])


# A topic that is the candidate's own: "my experience ...", "how I would recover a late programme".
_CANDIDATES_OWN = re.compile(r"^my\s|\b(?:I|me)\b")
# A line that reports a message: where a timeline came in writing.
_WRITTEN = re.compile(
    r"(?i)\b(?:e-?mail(?:ed)?|mail|wrote|written|message|msg|whatsapp|texted|text|letter|"
    r"linkedin|inmail|replied)\b"
)
# Frames that say a topic was talked about together ("our conversation about $point").
_TALKED_TOGETHER = re.compile(
    r"\b(?:conversation|discussion|talk|chat)s?\s+(?:about|of)\s+\$point|\bdiscuss(?:ing)?\s+\$point"
    r"|\btalk(?:ing)?\s+(?:through|with\s+you\s+about)\s+\$point"
)


# A counter's reason that is the cost of moving, and one that names the family moving too.
_RELOCATION = re.compile(r"(?i)\b(?:mov(?:e|ing)|relocat\w*|rents?|housing|commut\w*)\b")
_FAMILY = re.compile(r"(?i)\b(?:family|wife|husband|partner|spouse|kids|children)\b")


@dataclass(frozen=True)
class Options:
    """How much of the material one attempt at fitting the word budget uses."""

    points: int
    quals: int
    timeline: bool = True
    # Choose each frame among only the `keep` briefest (None: among all).
    keep: int | None = None
    # Whether a thank-you still announces what was promised (dropped only when space is tight).
    promised: bool = True


def _content_words(text: str) -> set[str]:
    """The longer words of a text, casefolded: what two phrases share when they say one thing."""
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.casefold()) if w not in FUNCTION_WORDS}


class Composer:
    """Builds the parts of one message from the facts and the phrase bank."""

    def __init__(
        self,
        facts: Facts,
        kind: Kind,
        medium: Medium,
        tone: Tone,
        recipient: str,
        variant: int,
        *,
        shift: int = 0,
    ) -> None:
        self.facts, self.kind, self.medium, self.tone = facts, kind, medium, tone
        self.recipient = recipient
        self.bank = load_bank()
        self.frames: KindBank = self.bank.kinds[kind]
        # Where this draft starts in every frame list: the panel seat, the variant asked for,
        # and a shift the caller adds when the result is too close to another panelist's.
        self.base = recipient_index(facts, recipient) + variant + shift
        self.values = frame_values(facts, recipient, medium)
        self.phrases = self._phrases()
        self.points = [p.text for p in self.phrases]
        self.quals = strengths_for(facts, recipient)
        self.promises = [p for p in promises_for(facts, recipient) if self._promise_sayable(p)]
        # The links, passwords and files promised count too, beside the corrected answers.
        # A promise line as written keeps what tidying cuts: the "!" that ends "Peaje2026!".
        promised = [line.text for line in facts.lines if line.bucket == "promise"]
        written = [line.text for line in facts.lines if line.bucket == "info"]
        # A link or a file named on any other line the candidate did not keep to themselves
        # ("first – costing sheet, file is Harbourline_lamb_costing_v3.xlsx") is sent too.
        written += [
            line.text
            for line in facts.lines
            if line.bucket not in {"info", "promise", "private", "header"}
            and any(i.form in {"link", "file"} for i in kinds.info_items([line.text], []))
        ]
        # What the notes promise to another panelist goes to them, not to this recipient.
        mine = [line for line in written + facts.info_to_send if not self._for_another(line)]
        theirs = [line for line in promised + facts.promised_actions if not self._for_another(line)]
        sent = kinds.info_items(mine, theirs)
        self.info = sent if kind == "additional-info" else []
        if self.info:
            # "the article link" from "1. article link: https://...": what is sent is said once,
            # as itself, never again as a topic the candidate keeps thinking about.
            sending = {w for line in mine + theirs for w in _content_words(line)}
            self.phrases = [p for p in self.phrases if not _content_words(p.text) & sending]
            self.points = [p.text for p in self.phrases]
        # The wishes Facts has no field for (the date to answer by, the reason to give, what
        # feedback is about), read from the notes' lines the way the parser reads the others.
        self.wish = read_intent("\n".join(line.text for line in facts.lines))

    def _for_another(self, line: str) -> bool:
        """Whether a note line names another panelist as the one it is for, and not this one."""
        me = find_person(self.facts, self.recipient)
        others = [p for p in self.facts.interviewers if p is not me]
        if me is None or not others:
            return False
        words = set(re.findall(r"\w+", line.casefold()))

        def named(name: str) -> bool:
            parts = [w for w in re.findall(r"\w+", name.casefold()) if len(w) > 2]
            return any(w in words for w in parts)

        return any(named(p.name) for p in others) and not named(me.name)

    def _phrases(self) -> list[Phrase]:
        """What the specific sentences are about: the advice given, for a networking note that
        records it; else this recipient's points."""
        if self.kind == "networking":
            advice = [phrase for a in self.facts.advice for phrase in kinds.advice_phrases(a)]
            given = [Phrase(a, "advice") for a in dict.fromkeys(advice)]
            if given:
                return given
        if self.kind == "rejection-reply":
            # A reply to a rejection thanks, asks for feedback when wanted and keeps in touch;
            # nothing the rejection said (who called, the winner, the reason) is repeated.
            return rejection_points(self.facts, self.recipient)
        found = points_for(self.facts, self.recipient, self.kind)
        if self.kind == "offer-reply":
            # "4 trips to Bangladesh per year", "german course": the offer's terms are asked
            # about or accepted, never recalled as something the two talked about.
            return [p for p in found if not _OFFER_TERM.search(p.text)]
        return found

    def _promise_sayable(self, action: str) -> bool:
        people = [i.name for i in self.facts.interviewers]
        if kinds.info_items([], [action]):
            return True
        form, phrase = grammar.promise_parts(action, people)
        # "the Q still open: equity refresh policy?" is a question noted, not a thing to send.
        if not is_clean(phrase) or re.search(r"[?:]", phrase):
            return False
        # "the Cho I'd send her the template" is a note pasted where a thing belongs.
        names = people_names(self.facts)
        if form == "send":
            return is_noun_phrase(phrase, names)
        verb, _, rest = phrase.partition(" ")
        rest = re.sub(r"^(?:up|back|in|out)\s+(?:on|with|about)?\s*", "", rest)
        return "VERB" in word_classes(verb.lower()) and is_noun_phrase(rest, names)

    def _slot(
        self,
        name: str,
        *,
        offset: int = 0,
        keep: int | None = None,
        shared: bool = False,
        **extra: str,
    ) -> str:
        """One filled frame from a slot of this kind ("" when none is usable); `shared`: only
        frames that say the topic was talked about together, not heard from the reader."""
        frames = frames_for(getattr(self.frames, name), medium=self.medium, tone=self.tone)
        if shared:
            frames = [f for f in frames if _TALKED_TOGETHER.search(f)] or frames
            # Few frames are left: two of the candidate's own topics still read differently.
            keep = None if keep is None else max(keep, 2)
        # "until fri oct 23", "24 nov" from the notes: a date as a letter writes it; "my danish"
        # as "my Danish".
        filled = {
            key: text.peoples_capitalised(text.dates_as_written(value))
            for key, value in extra.items()
        }
        chosen = pick(frames, {**self.values, **filled}, self.base + offset, keep=keep)
        return chosen or ""

    def options(self) -> list[Options]:
        """Attempts from the fullest message to the leanest, tried until one fits the budget."""
        # Tones differ in wording, not in facts: every tone starts from the same material.
        fewest, most = self.bank.point_range(self.kind, self.medium)
        quals = 2
        options = [
            Options(most, quals),
            Options(most, quals, timeline=False),
            Options(fewest, quals, timeline=False),
            Options(fewest, 1, timeline=False),
            Options(fewest, 1, timeline=False, keep=3),
            Options(fewest, 0, timeline=False, keep=3),
            # Past here the soft length is lost anyway; stay under the hard limit at any cost.
            Options(fewest, 0, timeline=False, keep=3, promised=False),
            Options(fewest, 0, timeline=False, keep=1, promised=False),
        ]
        if self.kind == "status-follow-up":
            # The stated timeline is what a follow-up is about: points go before it does.
            timed = [Options(fewest, quals), Options(fewest, 0, keep=3), Options(fewest, 0, keep=1)]
            options = [options[0], *timed, *options[1:]]
        return options

    def fitted(self) -> ComposedParts:
        """The fullest attempt that fits the word budget and the checker's length limits."""
        # Under the soft budget if any attempt is, else under the hard limit; an announced
        # promise (a warning-level rule) is dropped only when nothing else fits.
        brevity = rules_for(self.kind, self.medium).get("brevity")
        soft = self.bank.budget(self.kind, self.medium)
        hard, longest = 10**6, 10**6
        if brevity is not None:
            soft = min(soft, brevity.integer("warn_words"))
            hard = brevity.integer("max_words")
            longest = brevity.integer("warn_sentence_words")
        options = self.options()
        attempts: list[tuple[Options, ComposedParts, int]] = []

        def attempt(index: int) -> tuple[Options, ComposedParts, int] | None:
            # Built on demand: most drafts fit at the first attempt.
            while len(attempts) <= index:
                opts = options[len(attempts)]
                parts = self.build(opts)
                body = assemble(parts).body
                sentence_words = (text.count_words(s) for s in text.sentences(body))
                words = text.count_words(body) if max(sentence_words, default=0) <= longest else -1
                attempts.append((opts, parts, words))
            return attempts[index] if attempts[index][2] >= 0 else None

        for fits in (
            lambda o, w: o.promised and w <= soft,
            lambda o, w: o.promised and w <= hard,
            lambda o, w: w <= hard,
        ):
            for index in range(len(options)):
                found = attempt(index)
                if found is not None and fits(found[0], found[2]):
                    return found[1]
        return self.build(options[-1])

    def build(self, opts: Options) -> ComposedParts:
        """The parts for one attempt."""
        phrases = self.phrases[: opts.points]
        if self.kind == "offer-reply" and self.facts.offer_intent == "decline":
            phrases = []
        if self.info and len(self.facts.interviewers) < 2:
            phrases = []  # the information is what the note is about; no remembered remarks
        elif self.info:
            # To one of a panel, a remark of their own keeps the note theirs when the material
            # sent to each is the same.
            phrases = phrases[:1]
        points = [p.text for p in phrases]
        greeting_slot = self.bank.formal_greeting if self.values["formal"] else self.bank.greeting
        if not self.values["full"]:
            addressed = self.values["addressee"]
            greeting_slot = self.bank.role_greeting if addressed else self.bank.anonymous_greeting
        greeting = pick(
            frames_for(greeting_slot, medium=self.medium, tone=self.tone), self.values, self.base
        )
        signoff = pick(
            frames_for(self.bank.signoff, medium=self.medium, tone=self.tone),
            self.values,
            self.base,
        )
        candidate = self._signature()
        return ComposedParts(
            kind=self.kind,
            medium=self.medium,
            tone=self.tone,
            recipient=self.recipient,
            subject=self._subject(),
            greeting=greeting or "Hello,",
            opening=self._slot(self._opening_slot(), keep=opts.keep),
            specific_sentences=self._specifics(phrases, opts.keep),
            points=points,
            qualification=self._qualification(opts) or None,
            interest=self._interest(opts) or None,
            promised=self._promised(opts) or None,
            request=self._request(opts) or None,
            close=self._close(opts),
            signoff=(signoff or "Best regards,") + (f"\n{candidate}" if candidate else ""),
            layout=self._layout(),
        )

    def _signature(self) -> str | None:
        """The candidate's name to sign with; None when the notes give it only inside a file's
        name that reads as something else ("References_COB.pdf": initials, not "Cob";
        "Mensah_Capstone_Final.pdf": a paper, not "Mensah Capstone")."""
        name = self.values["candidate"]
        if not name or not self.facts.lines:
            return name
        notes = "\n".join(line.text for line in self.facts.lines)
        outside = kinds.without_files(notes)
        words = re.findall(r"\w+", name)
        if all(re.search(rf"\b{re.escape(w)}\b", outside, re.I) for w in words):
            return name
        # "zeke_resume_v5.pdf", "MVR_LUIS_ORTEGA.PDF": a file of one's own is named for one.
        initials = any(re.search(rf"(?<![A-Za-z]){w.upper()}(?![A-Za-z])", notes) for w in words)
        if initials and all(len(w) <= 3 for w in words):
            return None
        if any(w.casefold() in kinds.DOCUMENT_WORDS for w in words):
            return None
        return name

    def _opening_slot(self) -> str:
        """The opening's slot: a networking note with no role names no "work at" a company."""
        if self.frames.opening_plain is not None and not self.values["role"]:
            return "opening_plain"
        return "opening"

    def _subject(self) -> str | None:
        if self.medium != "email":
            return None
        if self.kind == "offer-reply" and self.facts.offer_intent != "accept":
            # "Accepting the offer" only when the notes say so.
            return self._slot("subject", offset=1) or "Thank you for the offer"
        if self.kind == "offer-reply":
            return self._slot("subject_accept") or "Accepting the offer"
        return self._slot("subject") or "Thank you"

    def _specifics(self, phrases: list[Phrase], keep: int | None) -> list[str]:
        """A sentence for each point, no two opening alike ("It was great to talk with you
        about ... It was great to talk with you about ..." reads as a form)."""
        sentences: list[str] = []
        for index, phrase in enumerate(phrases):
            used = {_opening(s) for s in sentences}
            tries = (self._specific(phrase, index + k, len(phrases), keep) for k in range(4))
            first = next(tries)
            sentences.append(
                next((t for t in tries if _opening(t) not in used), first)
                if _opening(first) in used
                else first
            )
        return sentences

    def _specific(self, phrase: Phrase, index: int, count: int, keep: int | None) -> str:
        """One sentence about one point; panelists step through the frames `count` at a time."""
        point = phrase.text
        if phrase.form == "clause":
            slot = "clause_specifics"
        elif phrase.form == "advice":
            slot = "advice"
        else:
            slot = self._unpromised("specifics")
        # _slot adds self.base once; adding it (count - 1) more times gives each panelist (and
        # each variant) its own run of frames instead of sharing all but one with its neighbour.
        offset = self.base * (count - 1) + index
        # "my experience with accessioning", "how I would detect ...": the candidate's own, so
        # talked about together, never "hearing more about" it from the reader.
        own = phrase.form == "topic" and bool(_CANDIDATES_OWN.search(point))
        return self._slot(slot, offset=offset, keep=keep, shared=own, point=point)

    def _qualification(self, opts: Options) -> str:
        # A strength the chosen points already name counts towards the two the rule allows.
        spoken = " ".join(self.points[: opts.points])
        if self.kind not in {"thank-you", "additional-info", "offer-reply"}:
            return ""
        if self.kind == "offer-reply" and self.facts.offer_intent != "counter":
            return ""
        if self.kind == "offer-reply":
            return self._counter_reason(opts)
        fresh = [q for q in self.quals if not text.echoes(q, spoken)]
        echoed = len(self.quals) - len(fresh)
        count = min(opts.quals, 2 - echoed)
        if not fresh or count <= 0:
            return ""
        start = self.base % len(fresh)
        chosen = (fresh[start:] + fresh[:start])[:count]
        quals = text.join_phrases(chosen)
        slot = self._unpromised("qualification")
        return self._slot(slot, keep=opts.keep, quals=quals)

    def _counter_reason(self, opts: Options) -> str:
        """Why the counter figure is fair: the strengths the notes give for it, else the
        candidate's strengths; "" when neither can be said."""
        names = people_names(self.facts)
        if (
            any(_RELOCATION.search(r) for r in self.wish.counter_reasons)
            and self.frames.counter_relocation is not None
        ):
            # "moving family from Antalya, wife has to leave her job": the cost of the move is
            # the reason, said plainly; the family's details stay in the notes.
            family = any(_FAMILY.search(r) for r in self.wish.counter_reasons)
            moving = "relocating my family" if family else "relocating"
            return self._slot("counter_relocation", keep=opts.keep, moving=moving)
        # "I am taking on ...", "I'd be covering SDEC from day 1": the candidate's own clause.
        clause = next((r for r in self.wish.counter_reasons if re.match(r"I(?:\s|['’])", r)), "")
        if clause and self.frames.counter_because is not None:
            clause = kinds.clean_fragment(clause)
            clause = re.sub(r"^I['’]m\b", "I am", re.sub(r"^I['’]d\b", "I would", clause))
            if is_clean(clause) and len(clause.split()) <= 24:
                return self._slot("counter_because", keep=opts.keep, clause=clause)
        given = [kinds.clean_fragment(r) for r in self.wish.counter_reasons]
        reasons = [r for r in given if is_clean(r) and is_noun_phrase(r, names)]
        chosen = (reasons or self.quals)[: max(opts.quals, 1)]
        if not chosen:
            return ""
        return self._slot("counter_reason", keep=opts.keep, quals=text.join_phrases(chosen))

    def _unpromised(self, slot: str) -> str:
        """The slot's stand-alone version when nothing promised is being sent, if it has one."""
        alternative = f"{slot}_unpromised"
        if not self.promises and getattr(self.frames, alternative) is not None:
            return alternative
        return slot

    def _interest(self, opts: Options) -> str:
        """Interest in the role; for an offer, the answer the notes give (never an unasked yes)."""
        if self.kind != "offer-reply":
            if self.kind == "rejection-reply" and self.facts.stay_in_touch is False:
                return ""
            return self._slot("interest", keep=opts.keep)
        intent = (self.facts.offer_intent or "undecided").replace("-", "_")
        if intent == "accept_after_questions" and not self._asked():
            intent = "undecided"  # "once I have answers to a few questions" needs them after it
        sentences = [self._slot(intent, keep=opts.keep)]
        if intent == "counter":
            figure = text.usable_fact(self.facts.counter_figure)
            # "72k base" names the figure and what it is; the frame already says "base salary".
            figure = re.sub(r"\s*\b(?:base salary|base|salary)\b\s*", " ", figure or "").strip()
            # "72k" is how notes write it; the reader gets "$72,000", in the offer's currency.
            mark = self._currency()
            thousands = re.fullmatch(r"(\d{2,3})\s?[kK]", figure)
            figure = f"{mark or '$'}{int(thousands.group(1)) * 1000:,}" if thousands else figure
            if mark and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{4,7}", figure):
                figure = f"{mark}{int(figure.replace(',', '')):,}"  # "71,000" -> "$71,000"
            # "signing bonus $7,500" asks for a bonus; any other figure is the base salary.
            bonus = re.match(r"(?i)((?:signing|sign-on|joining) bonus)\s+(.+)", figure)
            asked = (
                f"a {bonus.group(1)} of {bonus.group(2)}" if bonus else f"a base salary of {figure}"
            )
            if not bonus and self._hourly(figure):
                asked = f"an hourly rate of {figure}"  # "$24.00 an hour" is no base salary
            slot = "counter" if figure else "counter_open"
            sentences = [self._slot(slot, keep=opts.keep, figure=figure, asked=asked)]
        until = self.wish.more_time_until
        if intent == "ask_for_time" and until and is_clean(until):
            until = text.date_in_words(until)
            sentences = [self._slot("ask_for_time_until", keep=opts.keep, until=until)]
        if intent in {"ask_for_time", "decline"}:
            sentences.append(self._reason(opts))
        start = text.usable_fact(self.facts.start_date)
        if intent == "accept" and start and is_clean(start) and not start.isupper():
            sentences.append(self._slot("start", keep=opts.keep, start=start))
        return " ".join(s for s in sentences if s)

    def _hourly(self, figure: str) -> bool:
        """Whether the notes give the counter figure as pay by the hour ("$24.00 an hour")."""
        digits = re.sub(r"[^\d.]", "", figure)
        if not digits:
            return False
        lines = [line.text for line in self.facts.lines if digits in line.text.replace(",", "")]
        hourly = r"(?i)\b(?:an|per|a|/)\s*(?:hour|hr|h)\b|/\s*(?:hr|h)\b|\bhourly\b"
        return any(re.search(hourly, line) for line in lines) or bool(
            re.search(hourly, " ".join(self.facts.offer_figures))
            and re.fullmatch(r"\d{1,3}(?:\.\d\d)?", digits)
        )

    def _currency(self) -> str | None:
        """The one currency the offer's figures are in ("62,000 dollars a year": "$")."""
        written = " ".join([*self.facts.offer_figures, *self.facts.logistics])
        marks = {
            mark
            for mark, pattern in _CURRENCIES.items()
            if re.search(pattern, written, re.IGNORECASE)
        }
        return marks.pop() if len(marks) == 1 else None

    def _reason(self, opts: Options) -> str:
        """The reason the notes want given, as the candidate's own sentence ("" when none)."""
        if not self.wish.reason:
            return ""
        # A line the notes tie to someone else's conversation is theirs, not the reply's.
        me = find_person(self.facts, self.recipient)
        if any(
            p.person and (me is None or p.person != me.name) and self.wish.reason in p.text
            for p in self.facts.points
        ):
            return ""
        # "my partner" beside "VetPartners West" reads to the checker as someone else's
        # conversation: a reason that echoes another person's name is left to the candidate.
        others = [p.name for p in self.facts.interviewers if p is not me]
        words = re.findall(r"\w{5,}", self.wish.reason.casefold())
        if any(word in name.casefold() for name in others for word in words):
            return ""
        reason = kinds.clean_fragment(self.wish.reason.replace(" + ", " and "))
        if not is_clean(reason) or len(reason.split()) > 24:
            return ""
        return self._slot("reason", keep=opts.keep, reason=reason)

    def _close(self, opts: Options) -> str:
        if self.kind == "rejection-reply" and self.facts.stay_in_touch is False:
            return self._slot("close_final", keep=opts.keep)
        if self.kind == "offer-reply" and self.facts.offer_intent == "decline":
            return self._slot("close_declined", keep=opts.keep)
        if self.kind == "offer-reply" and self.facts.offer_intent != "accept":
            return self._slot("close_open", keep=opts.keep)
        return self._slot("close", keep=opts.keep)

    def _info(self, opts: Options) -> list[str]:
        """The information itself: the link, the password, the file, the corrected answer, each
        named for what it is ("Here is the link to the lesson plan: ...")."""
        lines = [line.text for line in self.facts.lines] + list(self.facts.info_to_send)
        sentences = []
        # A password follows what it opens ("Attached is X.pdf. The password for X.pdf is ...");
        # with nothing sent for it to open, it is left out.
        # "pw for the zip: X" where no zip is sent opens nothing here either.
        zip_unsent = any(map(_ZIP_PASSWORD.search, lines)) and not any(
            item.text.lower().endswith(".zip") for item in self.info
        )
        opened = any(item.form in {"link", "file"} for item in self.info) and not zip_unsent
        # "| pdf | pw sent separately? |": anywhere in the notes, the password waits its turn.
        apart = any(map(SEPARATE_PASSWORD.search, lines))
        info = [item for item in self.info if item.form != "password" or (opened and not apart)]
        # A file the notes share by a link is what the link opens, not an attachment too.
        linked = {kinds.info_label(i, lines) for i in info if i.form == "link"}
        info = [i for i in info if i.form != "file" or i.text not in linked]
        ordered = sorted(info, key=lambda item: item.form == "password")
        # Files named only by their names are attached in one sentence: "I have attached
        # HS_MarineCoord_SOP_v3.pdf and HS_SOP.zip."
        bare = [i for i in ordered if i.form == "file" and not kinds.info_label(i, lines)]
        named_only = {i.text for i in bare}
        if len(bare) > 1:
            joined = kinds.Info(text.join_phrases([i.text for i in bare]), "file")
            ordered = [joined if i is bare[0] else i for i in ordered if i not in bare[1:]]
            named_only.add(joined.text)
        for offset, item in enumerate(ordered):
            label = None if item.text in named_only else kinds.info_label(item, lines)
            slot = f"info_{item.form}"
            if item.form in {"link", "password", "file"} and label:
                slot = f"{slot}_labelled"
                # "the lesson plan", but a file is named as it is: "Telvio_Strategy.pdf".
                label = label if kinds.is_file_name(label) else f"the {label}"
            detail = self._to_reader(item.text)
            if item.form == "password" and re.search(r"[.,;:!?]$", detail):
                detail = f"“{detail}”"  # "Kule2025!" ends in its own mark, not the sentence's
            sentence = self._slot(
                slot, offset=offset, keep=opts.keep, detail=detail, label=label or ""
            )
            if " and " in detail and item.form == "file":
                sentence = sentence.replace("Attached is ", "Attached are ")  # two files
            sentences.append(sentence)
        if apart and any(item.form == "password" for item in self.info):
            sentences.append(self._slot("info_password_separately", keep=opts.keep))
        return _attached_together([s for s in sentences if s])

    def _to_reader(self, text: str) -> str:
        """A note about the recipient said to them: "I told Engr. Delgado the upgrade was 220
        MW" becomes "I told you the upgrade was 220 MW"."""
        person = find_person(self.facts, self.recipient)
        words = [w for w in person.name.split() if len(w) > 1] if person else []
        if not words:
            return text
        name = rf"(?:{TITLED})?(?:{re.escape(words[0])}\s+)?{re.escape(words[-1])}\b"
        text = re.sub(rf"\b(told|asked|showed|gave|sent)\s+{name}", r"\1 you", text)
        # "connected with Kari's marine lead": their own colleague is "your marine lead".
        owner = rf"(?:{re.escape(words[0])}|{re.escape(words[-1])})['’]s\b"
        return re.sub(owner, "your", text)

    def _actions(self, opts: Options) -> str:
        """What the candidate did with a networking contact's advice."""
        done = [kinds.action_clause(self._to_reader(a)) for a in self.facts.actions_taken]
        clauses = [a for a in done if a][:2]
        if len(clauses) == 2 and " and " in clauses[1]:
            clauses = clauses[:1]  # "I joined ICON and downloaded X and read Y": one "and" too many
        if not clauses:
            return ""
        # Two deeds after one "I": "I reworked my CV and read the reports" ("as well as" would
        # want "reading").
        return self._slot("action", keep=opts.keep, action=" and ".join(clauses))

    def _promised(self, opts: Options) -> str:
        if self.kind == "networking":
            # What was done with the advice, then the link the candidate promised them.
            promised = [i.text for i in kinds.info_items([], self.promises) if i.form == "link"]
            shared = [
                self._slot("promised_link", keep=opts.keep, detail=link) for link in promised[:1]
            ]
            return " ".join(s for s in [self._actions(opts), *shared] if s)
        info = self._info(opts) if self.kind == "additional-info" else []
        if info:
            return " ".join(info)
        if not self.promises:
            # "A few more thoughts came to mind" needs the thoughts after it.
            if not self.phrases[: opts.points]:
                return ""
            return self._slot("promised_none", keep=opts.keep)
        if not opts.promised and self.kind == "thank-you":
            return ""
        people = [i.name for i in self.facts.interviewers]
        things, sentences = [], []
        for action in self.promises:
            links = [i for i in kinds.info_items([], [action]) if i.form == "link"]
            if links and self.kind == "thank-you":
                sentences.append(self._slot("promised_link", keep=opts.keep, detail=links[0].text))
                continue
            if links:
                sentences.append(self._slot("info_link", keep=opts.keep, detail=links[0].text))
                continue
            form, phrase = grammar.promise_parts(action, people)
            if form == "send":
                things.append(phrase)
            else:
                sentences.append(self._slot("promised_do", keep=opts.keep, task=phrase))
        if things:
            thing = text.join_phrases(things)
            sentences.insert(0, self._slot("promised_send", keep=opts.keep, thing=thing))
        return " ".join(s for s in sentences if s)

    def _timeline(self) -> str | None:
        """The timeline the reader gave, sayable after the fact; None when the notes give none
        that is theirs (another employer's date, the candidate's notice period)."""
        stated = self.facts.decision_timeline
        if not stated or not self.values["timeline"]:
            return None
        private = set(self.facts.private)
        source = self._timeline_source()
        if source is not None and (source.bucket == "private" or source.text in private):
            return None
        return kinds.stated_timeline(
            stated, source.text if source else None, self.facts.decision_by
        )

    def _timeline_source(self) -> NoteLine | None:
        """The line of the notes the decision timeline was read from, if any."""
        wanted = (self.facts.decision_timeline or "").casefold()
        return next((line for line in self.facts.lines if wanted in line.text.casefold()), None)

    def _timeline_written(self) -> bool:
        """Whether the timeline came in a message, not in the conversation ("Ida Winther mail
        26.10: decision within 2 weeks"), so the follow-up recalls the message."""
        source = self._timeline_source()
        return source is not None and bool(_WRITTEN.search(source.text))

    def _request(self, opts: Options) -> str:
        sentences = []
        timeline = self._timeline()
        if timeline and opts.timeline:
            timeline = grammar.timeline_with_preposition(timeline)
            prepositional = grammar.timeline_is_prepositional(timeline)
            slot = "timeline_prepositional" if prepositional else "timeline_plain"
            if self._timeline_written() and getattr(self.frames, slot.replace("_", "_written_", 1)):
                slot = slot.replace("_", "_written_", 1)  # "In your last message, ..."
            sentences.append(self._slot(slot, keep=opts.keep, timeline=timeline))
        sentences.append(self._slot("question", keep=opts.keep))
        if self.kind == "offer-reply" and self.facts.offer_intent != "decline":
            sentences.extend(self._questions(opts))
        if self.kind != "rejection-reply" or self.facts.wants_feedback is not False:
            sentences.append(self._feedback(opts))
        return " ".join(s for s in sentences if s)

    def _feedback(self, opts: Options) -> str:
        """A request for feedback, on what the notes name when they name it."""
        about = self.wish.feedback_on if self.kind == "rejection-reply" else None
        detail = kinds.clean_fragment(about) if about else ""
        if detail and is_clean(detail) and self.frames.feedback_on is not None:
            return self._slot("feedback_on", keep=opts.keep, detail=detail)
        return self._slot("feedback", keep=opts.keep)

    def _asked(self) -> list[tuple[str, bool]]:
        """The open questions about an offer that can be put as English, as (text, direct)."""
        private = self.facts.private
        notes = [
            text.dates_as_written(q) for q in self.facts.outstanding_questions if q not in private
        ]
        return [q for q in (kinds.question(n) for n in notes) if q]

    def _questions(self, opts: Options) -> list[str]:
        """The open questions about an offer, each as a question the reader can answer."""
        asked = self._asked()[:3]
        direct = [q for q, is_direct in asked if is_direct]
        sentences = []
        # One lead-in before the questions: "I also wanted to ask" before the first reads wrong.
        announced = self.facts.offer_intent == "accept-after-questions"
        if announced and direct:
            # "... once I have answers to a few questions." said it: the questions follow.
            sentences.append(" ".join(direct))
        elif len(direct) == 1:
            sentences.append(self._slot("clarify_question", keep=opts.keep, question=direct[0]))
        elif direct:
            joined = " ".join(direct)
            sentences.append(self._slot("clarify_questions", keep=opts.keep, question=joined))
        sentences.extend(
            self._slot("clarify_item", offset=offset, question=q)
            for offset, (q, is_direct) in enumerate(asked)
            if not is_direct
        )
        # A question the draft cannot put as English is left out, never announced unasked.
        return sentences

    def _layout(self) -> list[list[PartName]]:
        """The kind's paragraphs, the tail merged so the medium's paragraph limit holds.

        In paragraphs without the opening, the parts before the close rotate with the
        recipient and variant: the same sentences in another order keep panel notes apart.
        """
        layout: list[list[PartName]] = []
        for group in self.frames.layout:
            if "opening" in group:
                layout.append(list(group))
                continue
            movable = [p for p in group if p != "close"]
            turn = self.base % len(movable) if movable else 0
            layout.append(movable[turn:] + movable[:turn] + [p for p in group if p == "close"])
        limit = max(1, self.bank.max_paragraphs[self.medium])
        while len(layout) > limit:
            tail = layout.pop()
            layout[-1].extend(tail)
        return layout


# "pw for the zip: Mipo2019!": a password for a zip file.
_ZIP_PASSWORD = re.compile(r"(?i)\b(?:password|pw|pwd|passcode)\s+(?:for|to)\s+(?:the\s+)?zip\b")
_ATTACHED = re.compile(r"^I have (attached|enclosed) (?P<what>.+)\.$")


def _attached_together(sentences: list[str]) -> list[str]:
    """ "I have attached A (a.pdf). I have attached B (b.xlsx)." as one sentence: "I have
    attached A (a.pdf) and B (b.xlsx)."."""
    joined: list[str] = []
    for sentence in sentences:
        this = _ATTACHED.match(sentence)
        last = _ATTACHED.match(joined[-1]) if joined else None
        if this and last and this.group(1) == last.group(1) and " and " not in last.group("what"):
            joined[-1] = f"I have {this.group(1)} {last.group('what')} and {this.group('what')}."
        else:
            joined.append(sentence)
    return joined
