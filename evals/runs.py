"""Run the product over the fixtures and hand the records to the scorers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from tqdm import tqdm

from assistant.backends.base import Model
from assistant.checker import check_messages
from assistant.errors import AssistantError
from assistant.models import CheckReport, Facts
from assistant.notes.extract import extract
from assistant.pipeline import DraftRequest, DraftResult, Strategy, draft_messages
from evals.fixtures import DraftSpec, LabelledDraft, Scenario
from evals.matching import normalise
from evals.scorers.checker import Verdicts, score_checker
from evals.scorers.drafts import DraftRecord, score_drafts
from evals.scorers.extraction import score_extraction

# Relative dates in notes ("next week") resolve against this day, so runs do not drift with time.
EVAL_TODAY = dt.date(2026, 4, 1)
SEED = 0

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")


def parallel_map(
    work: Callable[[ItemT], ResultT],
    items: Sequence[ItemT],
    *,
    jobs: int = 1,
    desc: str = "",
    progress: bool = False,
) -> list[ResultT]:
    """`work` over `items` with at most `jobs` at once, results in input order, with a bar."""
    bar = tqdm(total=len(items), desc=desc, disable=not progress, unit="item", leave=False)
    try:
        if jobs <= 1:
            results = []
            for item in items:
                results.append(work(item))
                bar.update()
            return results
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(work, item) for item in items]
            for future in futures:
                future.add_done_callback(lambda _: bar.update())
            return [future.result() for future in futures]
    finally:
        bar.close()


def extract_scenario(scenario: Scenario, model: Model | None) -> Facts:
    """The facts the product takes from one scenario's notes (parser, then the model)."""
    return extract(scenario.notes, model, today=EVAL_TODAY, seed=SEED).facts


def extract_all(
    scenarios: Sequence[Scenario], model: Model | None, *, jobs: int = 1, progress: bool = False
) -> list[Facts]:
    """Facts for every scenario, in order."""
    return parallel_map(
        lambda s: extract_scenario(s, model),
        scenarios,
        jobs=jobs,
        desc="extraction",
        progress=progress,
    )


def run_extraction(scenarios: Sequence[Scenario], facts: Sequence[Facts]) -> dict[str, Any]:
    """extraction.v1 over already extracted facts."""
    return score_extraction([(s.expected, f) for s, f in zip(scenarios, facts, strict=True)])


def _verdicts(item: LabelledDraft, report: CheckReport) -> Verdicts:
    return Verdicts(
        id=item.id,
        labels=item.labels,
        passed={result.rule: result.passed for result in report.results},
    )


def run_checker(
    labelled: Sequence[LabelledDraft], scenarios: dict[str, Scenario]
) -> dict[str, Any]:
    """checker.v1: each labelled draft checked as the product checks it, against its scenario's
    expected facts and notes; drafts sharing a group are checked together, as a panel."""
    groups: dict[str, list[LabelledDraft]] = {}
    cases: list[Verdicts] = []
    for item in labelled:
        if item.group is not None:
            groups.setdefault(item.group, []).append(item)
            continue
        scenario = scenarios[item.scenario]
        (report,) = check_messages([item.draft()], scenario.expected, scenario.notes)
        cases.append(_verdicts(item, report))
    for members in groups.values():
        scenario = scenarios[members[0].scenario]
        reports = check_messages([m.draft() for m in members], scenario.expected, scenario.notes)
        cases.extend(_verdicts(m, r) for m, r in zip(members, reports, strict=True))
    return score_checker(cases)


def _same_person(wanted: str, got: str) -> bool:
    titles = {"dr", "mr", "mrs", "ms", "prof"}
    return bool((set(normalise(wanted).split()) & set(normalise(got).split())) - titles)


def request_groups(scenario: Scenario) -> list[list[DraftSpec]]:
    """The scenario's draft specs grouped as the product would be asked: a panel at once."""
    groups: dict[tuple[str, str, tuple[str, ...]], list[DraftSpec]] = {}
    for spec in scenario.drafts:
        groups.setdefault((spec.kind, spec.medium, tuple(spec.tones)), []).append(spec)
    return list(groups.values())


def _record(
    scenario: Scenario,
    spec: DraftSpec,
    result: DraftResult | None,
    *,
    panel: str | None,
    error: str | None = None,
) -> DraftRecord:
    markers = scenario.injection.markers if scenario.injection else []
    common: dict[str, Any] = {
        "scenario": scenario.id,
        "kind": spec.kind,
        "medium": spec.medium,
        "notes": scenario.notes,
        "draws_on": spec.draws_on,
        "min_specifics": spec.min_specifics,
        "must_not_contain": spec.must_not_contain,
        "injection_markers": markers,
        "panel": panel,
    }
    if result is None:
        return DraftRecord(
            **common,
            recipient=spec.recipient,
            tone=spec.tones[0],
            text="",
            body="",
            passed=False,
            failed_errors=["no-draft"],
            model_error=error,
        )
    draft = result.draft
    return DraftRecord(
        **common,
        recipient=spec.recipient,
        tone=draft.tone,
        text=draft.text(),
        body=draft.body,
        passed=result.report.passed,
        rules={r.rule: r.passed for r in result.report.results},
        failed_errors=[r.rule for r in result.report.errors()],
        method=result.method,
        prompt_version=result.prompt_version,
        attempts=result.attempts,
        seconds=result.seconds,
        model_seconds=result.model_seconds,
        prompt_tokens=result.prompt_tokens,
        completion_tokens=result.completion_tokens,
        model_error=result.model_error,
    )


def draft_group(
    scenario: Scenario,
    facts: Facts,
    specs: Sequence[DraftSpec],
    model: Model | None,
    *,
    strategy: Strategy = "auto",
) -> list[DraftRecord]:
    """Drafts for one group of specs: a panel in one request (recipient None), else one each;
    a panel member the product missed is asked for by name."""
    panel = f"{scenario.id}:{specs[0].kind}:{specs[0].medium}" if len(specs) > 1 else None
    results: list[DraftResult] = []
    try:
        if panel is not None:
            request = DraftRequest(**{**specs[0].request_fields(), "recipient": None})
            results = draft_messages(
                facts, scenario.notes, request, model, seed=SEED, strategy=strategy
            )
    except Exception:  # each spec is retried alone below, where its error is kept
        results = []
    records: list[DraftRecord] = []
    used: set[int] = set()
    for spec in specs:
        index = next(
            (
                i
                for i, r in enumerate(results)
                if i not in used and _same_person(spec.recipient, r.draft.recipient)
            ),
            None,
        )
        if index is not None:
            used.add(index)
            records.append(_record(scenario, spec, results[index], panel=panel))
            continue
        try:
            request = DraftRequest(**spec.request_fields())
            own = draft_messages(
                facts, scenario.notes, request, model, seed=SEED, strategy=strategy
            )
            records.append(_record(scenario, spec, own[0], panel=panel))
        except AssistantError as e:
            records.append(_record(scenario, spec, None, panel=panel, error=str(e)))
        except Exception as e:
            # A bug in the product fails this draft, visibly, without losing a long run.
            crash = f"{type(e).__name__}: {e}"
            records.append(_record(scenario, spec, None, panel=panel, error=crash))
    return records


def make_drafts(
    scenarios: Sequence[Scenario],
    facts: Sequence[Facts],
    model: Model | None,
    *,
    jobs: int = 1,
    strategy: Strategy = "auto",
    progress: bool = False,
) -> list[DraftRecord]:
    """Every scenario's drafts, `jobs` request groups at a time."""
    work = [
        (scenario, fact, specs)
        for scenario, fact in zip(scenarios, facts, strict=True)
        for specs in request_groups(scenario)
    ]
    nested = parallel_map(
        lambda unit: draft_group(unit[0], unit[1], unit[2], model, strategy=strategy),
        work,
        jobs=jobs,
        desc="drafts",
        progress=progress,
    )
    return [record for records in nested for record in records]


def run_drafts(records: Sequence[DraftRecord]) -> dict[str, Any]:
    """drafts.v1 over the records of one run."""
    return score_drafts(records)
