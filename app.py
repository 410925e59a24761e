"""The Streamlit page: paste interview notes, review the facts, get checked drafts, keep them."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any, cast

import streamlit as st

from assistant.backends import get_model
from assistant.backends.base import Model
from assistant.errors import AssistantError, InputError, ModelError
from assistant.export import mailto_link, to_eml, to_ics, to_txt
from assistant.history import DraftCard, History, Session
from assistant.inputs import check_text, decode_text
from assistant.models import KINDS, MEDIUMS, METHOD_LABELS, TONES, Facts, Tone
from assistant.pipeline import DraftRequest, DraftResult, draft_messages, regenerate
from assistant.plan import plan_dates
from assistant.settings import BackendSettings, load_settings
from assistant.ui import choices
from assistant.ui import lines as note_lines
from assistant.ui import state as ps
from assistant.ui.drafting import (
    Batch,
    basis_of,
    card_grid,
    find_card,
    place,
    plan_batches,
    settle,
)
from assistant.ui.facts import DATE_FIELD, missing_facts, row_key
from assistant.ui.labels import (
    BACKEND_LABELS,
    KIND_LABELS,
    MEDIUM_LABELS,
    TONE_LABELS,
    plan_rows,
    saved_label,
    tones_line,
    version_label,
)
from assistant.ui.model import key_note, model_signature
from assistant.ui.report import (
    failing_rules,
    highlight_html,
    plain,
    report_html,
    report_summary,
)
from assistant.ui.tokens import prompt_estimate

# Session state as the mapping it is; page_state works on any mutable mapping.
state = cast("MutableMapping[str, Any]", st.session_state)
FLASH = "flash"
SETTINGS = "settings"
HISTORY = "history_database"
FACTS_OPEN = "facts_open"
# The session the saved-sessions list last selected for the person.
PICKED_FOR = "history_picked_for"


# ---- edges: messages, settings, the cached model, the history database ----------------------


def flash(section: str, level: str, message: str) -> None:
    """Keep a message for a section to show on this run (callbacks run before the page)."""
    state.setdefault(FLASH, {})[section] = (level, message)


def show_flash(section: str) -> None:
    level, message = state.get(FLASH, {}).pop(section, (None, None))
    if message:
        {"error": st.error, "warning": st.warning, "success": st.success}.get(level, st.info)(
            message
        )


def read_secrets() -> dict[str, Any] | None:
    """Streamlit's secrets.toml as a dict, or None when there is none."""
    try:
        return st.secrets.to_dict() if st.secrets.load_if_toml_exists() else None
    except FileNotFoundError as error:
        st.sidebar.error(f"secrets.toml cannot be read: {error}")
        return None


@st.cache_resource(show_spinner="Loading the model…")
def page_settings() -> BackendSettings:
    """The backend settings this session uses (the page's choices, else the defaults)."""
    settings: BackendSettings = state.get(SETTINGS) or choices.DEFAULT_SETTINGS
    return settings


def cached_model(signature: tuple[str | None, ...], _settings: BackendSettings) -> Model | None:
    """One model per server process and settings (the local model serialises calls itself)."""
    return get_model(_settings)


def current_model() -> tuple[Model | None, str | None]:
    """The chosen model and its name; the composer (None) with a warning when it cannot load."""
    settings: BackendSettings = state.get(SETTINGS) or choices.DEFAULT_SETTINGS
    try:
        model = cached_model(model_signature(settings), settings)
    except ModelError as error:
        st.warning(f"The model cannot be used: {error}. Drafting with the composer instead.")
        return None, None
    return model, (model.name if model is not None else None)


def history() -> History:
    """One history database per browser session, so what it noticed (a damaged file set aside,
    a read-only file) is said on every run, not only the one that found it."""
    if HISTORY not in state:
        state[HISTORY] = History()
    database: History = state[HISTORY]
    return database


# ---- callbacks: they run before the page is drawn, so they may set widget values ------------


def on_upload() -> None:
    upload = state.get("notes_file")
    if upload is None:
        return
    what = f"the file {upload.name}"
    try:
        state[ps.NOTES] = check_text(decode_text(upload.getvalue(), what=what), what=what)
    except InputError as error:
        flash("notes", "error", f"{error}. Your notes were kept as they were.")
        return
    flash("notes", "success", f"Loaded {upload.name}. Check the facts, then generate.")


def extract_now() -> None:
    notes = check_text(str(state.get(ps.NOTES) or ""), what="the notes box")
    settings: BackendSettings = state.get(SETTINGS) or choices.DEFAULT_SETTINGS
    model = current_model()[0] if choices.model_fills_facts(settings) else None
    facts, warning = choices.read_facts(notes, model)
    if warning:
        flash("facts", "warning", warning)
    if facts.candidate is None:
        # The notes rarely give the writer's own name: the one they signed with last time.
        facts.candidate = history().last_candidate()
        if facts.candidate and not warning:
            flash("facts", "info", f"Signed as {facts.candidate}, the name from your last session.")
    ps.put_facts(state, facts)


def on_add_row() -> None:
    ps.add_row(state)


def on_remove_row(row_id: str) -> None:
    ps.remove_row(state, row_id)


def on_move_line(number: int) -> None:
    try:
        note_lines.reassign(state, number)
    except AssistantError as error:
        flash("facts", "error", f"{error}. The line stays where it was.")


def on_edit(card_id: str) -> None:
    session = ps.current_session(state)
    card = ps.find_card(session, card_id)
    if card is None:
        return
    keys = ps.card_keys(card_id)
    ps.edit_card(card, state.get(keys.subject), str(state.get(keys.body) or ""))
    ps.recheck(session, ps.read_facts(state) or Facts(), str(state.get(ps.NOTES) or ""))


def on_version(card_id: str) -> None:
    session = ps.current_session(state)
    card = ps.find_card(session, card_id)
    if card is None:
        return
    card.current = int(state[ps.card_keys(card_id).version])
    ps.put_card(state, card)
    ps.recheck(session, ps.read_facts(state) or Facts(), str(state.get(ps.NOTES) or ""))


def on_new_session() -> None:
    ps.put_session(state, Session())
    st.query_params.clear()


def on_open_session() -> None:
    try:
        ps.put_session(state, history().load(str(state.get("history_pick"))))
    except InputError as error:
        flash("history", "error", str(error))


def on_delete_session() -> None:
    picked = str(state.get("history_pick"))
    try:
        history().delete(picked)
    except InputError as error:
        flash("history", "error", str(error))
        return
    if picked == ps.current_session(state).id:
        on_new_session()
    flash("history", "success", "Deleted the saved session.")


# ---- sections -------------------------------------------------------------------------------


def sidebar_settings() -> None:
    """The backend chooser; settings for this run go to state[SETTINGS]. A key is never shown."""
    st.header("Model")
    try:
        base = load_settings(read_secrets())
    except InputError as error:
        st.error(str(error))
        base = BackendSettings(backend="compose")
    if "backend_choice" not in state:
        state["backend_choice"] = "gguf" if base.gguf_path else base.backend
        state["gguf_path"] = base.gguf_path or ""
        state["base_url"] = base.base_url or ""
        state["model_name"] = base.model
    # Streamlit drops a widget's value in a run that does not draw it; writing the values back
    # keeps a typed path or URL while another backend is chosen (Streamlit's documented remedy).
    for key in ("gguf_path", "base_url", "model_name"):
        if key in state:
            state[key] = state[key]
    choice = st.radio(
        "Drafts are written by",
        options=list(BACKEND_LABELS),
        format_func=BACKEND_LABELS.__getitem__,
        key="backend_choice",
    )
    update: dict[str, Any] = {"backend": "local" if choice == "gguf" else choice}
    update["gguf_path"] = None
    if choice == "gguf":
        path = st.text_input("GGUF file", key="gguf_path", placeholder="/path/to/model.gguf")
        update["gguf_path"] = path.strip() or None
    if choice == "openai":
        url = st.text_input("Base URL", key="base_url", placeholder="https://api.openai.com/v1")
        update["base_url"] = url.strip() or None
        update["model"] = st.text_input("Model name", key="model_name").strip() or base.model
    settings = base.model_copy(update=update)
    state[SETTINGS] = settings
    if choice == "openai":
        st.caption(key_note(settings))


def sidebar_tokens() -> None:
    """The prompt's size and, for OpenAI's own models, the cost of the drafts about to be made."""
    settings: BackendSettings = state[SETTINGS]
    facts = ps.read_facts(state)
    if facts is None:
        return
    estimate = prompt_estimate(facts, str(state.get(ps.NOTES) or ""), draft_request(), settings)
    if estimate is None:
        return
    st.metric("Prompt tokens per draft", f"{estimate.prompt_tokens:,}")
    if estimate.cost_usd is not None:
        st.caption(
            f"About ${estimate.cost_usd:.4f} for {estimate.drafts} draft(s) on "
            f"{settings.model} (prices of {estimate.prices_taken})."
        )


def sidebar_history() -> None:
    st.header("History")
    show_flash("history")
    st.button("New session", key="history_new", on_click=on_new_session, icon=":material/add:")
    try:
        saved = history().list()
    except InputError as error:
        st.error(str(error))
        return
    if history().notice:
        st.warning(history().notice)
    if not saved:
        st.caption(f"Sessions are saved as you work, in {history().path}.")
        return
    labels = {s.id: saved_label(s.title, s.updated) for s in saved}
    open_id = ps.current_session(state).id
    # The list selects the open session whenever another one is opened or started; in between
    # the person's own pick stands, so Open and Delete act on what they chose.
    if open_id in labels and state.get(PICKED_FOR) != open_id:
        state["history_pick"] = open_id
        state[PICKED_FOR] = open_id
    if state.get("history_pick") not in labels:
        state["history_pick"] = next(iter(labels))
    st.selectbox(
        "Saved sessions", options=list(labels), format_func=labels.__getitem__, key="history_pick"
    )
    open_col, delete_col = st.columns(2)
    open_col.button("Open", key="history_open", on_click=on_open_session, width="stretch")
    delete_col.button("Delete", key="history_delete", on_click=on_delete_session, width="stretch")
    st.caption(f"Saved in {history().path}")


def notes_section() -> None:
    st.subheader("1 · Your interview notes")
    show_flash("notes")
    st.file_uploader(
        "Upload a .txt or .md file", type=["txt", "md"], key="notes_file", on_change=on_upload
    )
    st.text_area(
        "Or paste them here",
        key=ps.NOTES,
        height=240,
        placeholder=(
            "Who you met (name, title), what you talked about with each, what you promised "
            "to send, when they will decide…"
        ),
    )
    # Run here rather than in a callback: the spinner shows where the person clicked, and the
    # facts form below is drawn after this on the same run.
    if st.button("Extract facts", key="extract"):
        try:
            with st.spinner("Reading your notes…"):
                extract_now()
        except AssistantError as error:
            st.error(f"{error}. Your notes were kept as they were.")


def facts_section() -> None:
    st.subheader("2 · Facts from your notes")
    show_flash("facts")
    facts = ps.read_facts(state)
    if facts is None:
        st.caption("Extract the facts (or generate) to review and edit them here.")
        return
    # One expander with a key from the first run on, so it stays open or shut as the person left
    # it whatever the page draws around it (a Generate used to fold it shut).
    with st.expander("Review and edit the facts", expanded=True, key=FACTS_OPEN, on_change="rerun"):
        facts_form(facts)


def facts_form(facts: Facts) -> None:
    gaps = missing_facts(facts)
    if gaps:
        st.warning(
            "Not in your notes: " + "; ".join(gaps) + ". Fill them in here if you can; the "
            "drafts leave out what is missing and never make it up."
        )
    cols = st.columns(4)
    cols[0].text_input("Your name", key="fact_candidate")
    cols[1].text_input("Company", key="fact_company")
    cols[2].text_input("Role", key="fact_role")
    cols[3].date_input("Interview date", key=DATE_FIELD, format="YYYY-MM-DD")
    st.markdown("**Interviewers**")
    for row_id in list(state.get(ps.ROWS, [])):
        with st.container(border=True):
            # Wide enough for the Remove button's label at 1280 px (it was cut off at 1 part).
            top = st.columns([3, 3, 3, 2], vertical_alignment="bottom")
            top[0].text_input("Name", key=row_key(row_id, "name"))
            top[1].text_input("Title", key=row_key(row_id, "title"))
            top[2].text_input("E-mail (optional)", key=row_key(row_id, "email"))
            top[3].button("Remove", key=f"remove_{row_id}", on_click=on_remove_row, args=(row_id,))
            st.text_area(
                "Discussed with them (one point a line)",
                key=row_key(row_id, "discussed"),
                height=90,
            )
    st.button("Add interviewer", key="add_row", on_click=on_add_row, icon=":material/add:")
    left, right = st.columns(2)
    left.text_input("Decision timeline", key="fact_decision_timeline")
    left.text_area("Promised actions (one a line)", key="fact_promised", height=90)
    left.text_area(
        "Your qualifications that came up (one a line)", key="fact_qualifications", height=90
    )
    right.text_area("Outstanding questions (one a line)", key="fact_questions", height=90)
    right.text_area("Points not tied to one interviewer (one a line)", key="fact_shared", height=90)
    lines_view(facts)


def lines_view(facts: Facts) -> None:
    """Each line of the notes with where it went, and a choice that moves it elsewhere."""
    rows = note_lines.line_rows(facts)
    if not rows:
        return
    st.markdown("**Where each line of your notes went**")
    basis = basis_of(facts, str(state.get(ps.NOTES) or ""), draft_request())
    stale = note_lines.out_of_date(ps.current_session(state), basis)
    # On the run Generate was clicked, the drafts below are redrawn from the corrected facts.
    if stale and not state.get("generate"):
        st.warning(note_lines.out_of_date_note(len(stale)))
    options = note_lines.place_options(facts)
    for row in rows:
        key = note_lines.widget_key(row.number)
        # The facts say where each line is; the control shows that, set before it is drawn.
        state[key] = row.place
        text, place = st.columns([3, 2], vertical_alignment="center")
        reason = f"  \n:gray[{plain(row.reason)}]" if row.reason else ""
        text.markdown(f"`{row.number}` {plain(row.text)}{reason}")
        place.selectbox(
            f"Where line {row.number} goes",
            options=options,
            format_func=note_lines.place_label,
            key=key,
            label_visibility="collapsed",
            on_change=on_move_line,
            args=(row.number,),
            disabled=row.fixed,
        )


def draft_request() -> DraftRequest:
    tones = list(state.get(ps.TONES) or ["warm"])
    recipient = str(state.get(ps.RECIPIENT) or "").strip() or None
    return DraftRequest(
        kind=state[ps.KIND], medium=state[ps.MEDIUM], tones=tones, recipient=recipient
    )


def prepare_drafting() -> None:
    """Check what Generate needs, extract the facts if needed, and save before drafting."""
    check_text(str(state.get(ps.NOTES) or ""), what="the notes box")
    if not state.get(ps.TONES):
        raise InputError("choose at least one tone")
    if ps.read_facts(state) is None:
        extract_now()
    # The notes and facts are saved before drafting starts, so a crash mid-draft loses nothing.
    autosave()


def draft_cards(batches: list[Batch], slots: dict[tuple[str, Tone], CardSlot], box: Any) -> None:
    """Draft the planned cards with visible progress, each shown and saved as it is checked."""
    model, model_name = current_model()
    total = sum(len(batch.recipients) for batch in batches)
    done = [0]
    failures: set[str] = set()
    with box.status("Drafting…", expanded=True) as status:
        bar = st.progress(0.0)

        def step(message: str) -> None:
            st.write(message)
            bar.progress(min(done[0] / total, 1.0), text=message)
            done[0] += 1

        try:
            for batch in batches:
                results = draft_batch(batch, slots, model, model_name, step)
                failures |= {r.model_error for r in results if r.model_error}
        except AssistantError:
            # The box must not go on saying "Drafting…" over the error message below it.
            status.update(label="Drafting stopped", state="error", expanded=False)
            raise
        bar.progress(1.0, text="Checked every draft")
        status.update(label=f"{total} checked draft(s) ready", state="complete", expanded=False)
    if failures:
        st.warning(
            "The model could not be used ("
            + "; ".join(sorted(failures))
            + "); these drafts come from the deterministic composer."
        )


def draft_batch(
    batch: Batch,
    slots: dict[tuple[str, Tone], CardSlot],
    model: Model | None,
    model_name: str | None,
    step: Callable[[str], None],
) -> list[DraftResult]:
    """One tone's drafts: each previewed and saved when checked, the full cards once the
    panel's `distinct` check is done."""
    session = ps.current_session(state)
    facts = ps.read_facts(state) or Facts()
    notes = str(state[ps.NOTES])
    placed: list[tuple[DraftCard, int]] = []

    def drafted(result: DraftResult) -> None:
        card, index = place(session, result, model_name, batch.basis)
        placed.append((card, index))
        preview_card(slots[(card.recipient, card.tone)], card)
        save_now(session)

    results = draft_messages(
        facts,
        notes,
        batch.request,
        model,
        seed=batch.seed,
        on_progress=step,
        on_draft=drafted,
        draft_seconds=page_settings().draft_timeout,
    )
    for (card, index), result in zip(placed, results, strict=True):
        settle(card, index, result, model_name, batch.basis)
    # The panel's `distinct` verdict takes in the cards of this tone drafted before.
    ps.recheck(session, facts, notes)
    for card, _ in placed:
        ps.put_card(state, card)
        show_card(slots[(card.recipient, card.tone)], session, card)
    save_now(session)
    return results


def options_section() -> bool:
    """The message options and Generate; True when this run drafts, which it also does when
    the run that Generate started was cut short by another click before it was done."""
    st.subheader("3 · Drafts")
    cols = st.columns([3, 2, 3, 2])
    cols[0].selectbox(
        "Kind of message", options=list(KINDS), format_func=KIND_LABELS.__getitem__, key=ps.KIND
    )
    cols[1].selectbox(
        "Medium", options=list(MEDIUMS), format_func=MEDIUM_LABELS.__getitem__, key=ps.MEDIUM
    )
    cols[2].multiselect(
        "Tones (side by side)",
        options=list(TONES),
        format_func=TONE_LABELS.__getitem__,
        key=ps.TONES,
    )
    cols[3].text_input("To (empty: each interviewer)", key=ps.RECIPIENT)
    st.caption(tones_line(list(state.get(ps.TONES) or [])))
    if st.button("Generate drafts", key="generate", type="primary", icon=":material/edit_note:"):
        try:
            prepare_drafting()
            state[ps.DRAFTING] = True
        except AssistantError as error:
            flash("drafts", "error", f"{error}. Your notes and facts were kept.")
    show_flash("drafts")
    return bool(state.get(ps.DRAFTING))


def card_section(generating: bool) -> None:
    """The cards, a row per recipient and a column per tone; on Generate, drafted here."""
    session = ps.current_session(state)
    progress_box = st.container()
    batches: list[Batch] = []
    if generating:
        try:
            batches = plan_batches(
                session, ps.read_facts(state) or Facts(), str(state[ps.NOTES]), draft_request()
            )
        except AssistantError as error:
            progress_box.status("Drafting stopped", state="error", expanded=False)
            progress_box.error(f"{error}. Your notes and facts were kept.")
            return
        if not batches:
            progress_box.info(
                "Every card is already drafted from these facts and options; Regenerate a card "
                "for a new version of it."
            )
    planned = [(name, batch.tone) for batch in batches for name in batch.recipients]
    tones = list(state.get(ps.TONES) or [])
    rows = card_grid(session, tones, planned)
    if not rows:
        return
    slots: dict[tuple[str, Tone], CardSlot] = {}
    for recipient, row in rows:
        st.markdown(f"#### To {plain(recipient)}")
        for column, tone in zip(st.columns(len(row)), row, strict=True):
            slots[(recipient, tone)] = CardSlot(column.empty(), beside=len(row) == 1)
    for (recipient, tone), slot in slots.items():
        card = find_card(session, recipient, tone)
        if (recipient, tone) in planned:
            slot.place.caption(f"Drafting the {TONE_LABELS[tone].lower()} draft…")
        elif card is not None:
            show_card(slot, session, card)
    if not batches:
        return
    try:
        draft_cards(batches, slots, progress_box)
    except AssistantError as error:
        progress_box.error(f"{error}. Your notes, facts and the drafts made so far were kept.")


@dataclass(frozen=True)
class CardSlot:
    """Where one card goes on the grid, and whether its report sits beside the text."""

    place: Any
    beside: bool


def show_card(slot: CardSlot, session: Session, card: DraftCard) -> None:
    """The full, editable card in its place on the grid."""
    with slot.place.container(border=True):
        draft_card(session, card, beside=slot.beside)


def preview_card(slot: CardSlot, card: DraftCard) -> None:
    """A drafted card as soon as it is checked alone, shown until its panel is done."""
    version = card.shown()
    with slot.place.container(border=True):
        st.markdown(f"**{TONE_LABELS[card.tone]}** · {METHOD_LABELS[version.method or 'composer']}")
        if version.report is not None:
            summary = report_summary(version.report)
            (st.success if version.report.passed else st.error)(summary.capitalize())
        st.caption("Checking it beside the rest of the panel…")
        st.html(highlight_html(version.draft.text(), version.report))


def draft_card(session: Session, card: DraftCard, *, beside: bool) -> None:
    keys = ps.card_keys(card.id)
    # A row that wraps rather than fixed columns, so no label is cut in a narrow card.
    head = st.container(horizontal=True, vertical_alignment="center")
    title = head.empty()
    if head.button("Regenerate", key=keys.regenerate, icon=":material/refresh:"):
        regenerate_card(session, card)
    method = METHOD_LABELS[card.shown().method or "composer"]
    title.markdown(f"**{TONE_LABELS[card.tone]}** · {method}", width="content")
    if len(card.versions) > 1:
        st.selectbox(
            "Version",
            options=list(range(len(card.versions))),
            format_func=lambda i: version_label(i, card.versions[i]),
            key=keys.version,
            on_change=on_version,
            args=(card.id,),
        )
    version = card.shown()
    editor, report_box = st.columns([3, 2]) if beside else (st.container(), st.container())
    with editor:
        if version.draft.subject is not None:
            st.text_input("Subject", key=keys.subject, on_change=on_edit, args=(card.id,))
        st.text_area("Message", key=keys.body, height=320, on_change=on_edit, args=(card.id,))
    with report_box:
        if version.report is not None:
            summary = report_summary(version.report)
            (st.success if version.report.passed else st.error)(summary.capitalize())
            st.html(report_html(version.report))
        if version.details.get("model_error"):
            st.caption(f"The model was not used: {version.details['model_error']}")
    with st.expander(
        "Checked text, problems highlighted",
        expanded=bool(version.report and not version.report.passed),
    ):
        st.html(highlight_html(version.draft.text(), version.report))
    export_row(card)


def regenerate_card(session: Session, card: DraftCard) -> None:
    facts = ps.read_facts(state) or Facts()
    notes = str(state.get(ps.NOTES) or "")
    model, model_name = current_model()
    try:
        with st.spinner(f"Drafting a new version for {card.recipient}…"):
            result = regenerate(
                ps.result_from_version(card.shown()),
                facts,
                notes,
                model,
                seed=choices.regenerate_seed(card),
                draft_seconds=page_settings().draft_timeout,
            )
    except AssistantError as error:
        st.error(str(error))
        return
    ps.add_version(card, result, model_name)
    ps.recheck(session, facts, notes)
    ps.put_card(state, card)


def export_row(card: DraftCard) -> None:
    keys = ps.card_keys(card.id)
    version = card.shown()
    draft = version.draft
    address = ps.recipient_address(ps.read_facts(state), card.recipient)
    failing = failing_rules(version.report)
    stem = f"{draft.kind}-{card.recipient}-{card.tone}".replace(" ", "-").lower()
    if failing:
        # Whoever opens the file later sees it too, not only who reads the card now.
        stem += "-fails-checks"
    hint = f"This draft fails {failing}: fix it before sending." if failing else None
    row = st.container(horizontal=True)
    row.download_button(
        "Download .txt",
        to_txt(draft),
        file_name=f"{stem}.txt",
        mime="text/plain",
        key=keys.txt,
        on_click="ignore",
        icon=":material/description:",
        help=hint,
    )
    row.download_button(
        "Download .eml",
        to_eml(draft, to_address=address),
        file_name=f"{stem}.eml",
        mime="message/rfc822",
        key=keys.eml,
        on_click="ignore",
        icon=":material/mail:",
        help=hint,
    )
    row.link_button(
        "Open in mail app", mailto_link(draft, address), icon=":material/open_in_new:", help=hint
    )
    if hint:
        st.caption(f":material/warning: {hint}")
    with st.expander("Copy"):
        st.code(to_txt(draft), language=None, wrap_lines=True)


def plan_section() -> None:
    facts = ps.read_facts(state)
    if facts is None:
        return
    st.subheader("4 · When to send")
    plan = plan_dates(facts, kind=state.get(ps.KIND) or "thank-you")
    if plan.steps:
        st.table(plan_rows(plan))
    for caveat in plan.notes:
        st.caption(caveat)
    if not any(not step.passed for step in plan.steps):
        return
    st.download_button(
        "Add to calendar (.ics)",
        to_ics(plan, facts),
        file_name="follow-ups.ics",
        mime="text/calendar",
        key="ics",
        on_click="ignore",
        icon=":material/event:",
    )


def autosave() -> None:
    """Save the session whenever what the person made changed, and name it in the URL."""
    session = ps.sync_session(state)
    if ps.is_blank(session):
        return
    if ps.fingerprint(session) != state.get(ps.SAVED_FINGERPRINT) and not save_now(session):
        return
    if st.query_params.get("session") != session.id:
        st.query_params["session"] = session.id


def save_now(session: Session) -> bool:
    """Save the session as it stands; False when it could not be saved."""
    if history().read_only:
        # Said once in the history section; the drafts stay on the page either way.
        return False
    try:
        history().save(session)
    except InputError as error:
        st.sidebar.error(f"Not saved: {error}")
        return False
    state[ps.SAVED_FINGERPRINT] = ps.fingerprint(session)
    return True


def restore_on_reload() -> None:
    """A reload or a new tab with ?session=… picks the saved session up again."""
    if ps.SESSION in state:
        return
    choices.set_defaults(state)
    wanted = st.query_params.get("session")
    if wanted:
        try:
            ps.put_session(state, history().load(wanted))
            return
        except InputError as error:
            flash("notes", "warning", f"Could not reopen the saved session: {error}")
    ps.current_session(state)


# ---- the page ---------------------------------------------------------------------------------

st.set_page_config(page_title="Interview follow-up assistant", page_icon="✉️", layout="wide")
restore_on_reload()
with st.sidebar:
    sidebar_settings()
    # Filled at the end of the run, once this run's extraction has happened.
    tokens_box = st.container()
st.title("Interview follow-up assistant")
st.caption(
    "Thank-you notes and follow-ups from your interview notes, each checked against published "
    "etiquette before you see it. Runs on this machine; nothing leaves it unless you choose a "
    "server."
)
notes_section()
facts_box = st.container()
generating = options_section()
with facts_box:
    facts_section()
try:
    card_section(generating)
except Exception:
    state.pop(ps.DRAFTING, None)
    raise
# Reached only when the drafting ran to its end: a run cut short by a click resumes it.
state.pop(ps.DRAFTING, None)
plan_section()
autosave()
with tokens_box:
    sidebar_tokens()
with st.sidebar:
    sidebar_history()
