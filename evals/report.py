"""Reports of eval runs: the summary table, JSON, Markdown and a chart of per-rule pass rates."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# What the summary table shows: (eval id, dotted key into its metrics, label, format).
SUMMARY: tuple[tuple[str, str, str, str], ...] = (
    ("extraction.v1", "precision", "extraction precision", "pct"),
    ("extraction.v1", "recall", "extraction recall", "pct"),
    ("checker.v1", "agreement", "checker agreement with labels", "pct"),
    ("checker.v1", "macro_precision", "checker precision (mean over rules)", "pct"),
    ("checker.v1", "macro_recall", "checker recall (mean over rules)", "pct"),
    ("drafts.v1", "drafts", "drafts", "int"),
    ("drafts.v1", "pass_rate", "drafts passing every error-level rule", "pct"),
    ("drafts.v1", "no_draft", "requests that gave no draft (errors)", "int"),
    ("drafts.v1", "specifics_per_draft", "expected specifics drawn on per draft", "num"),
    ("drafts.v1", "specifics_met", "drafts drawing on enough specifics", "pct"),
    ("drafts.v1", "invented_per_draft", "invented names/figures per draft", "num"),
    ("drafts.v1", "forbidden_share", "drafts holding a must-not-contain item", "pct"),
    ("drafts.v1", "panel_similarity_max", "most similar pair of panel notes", "pct"),
    ("drafts.v1", "words_mean", "words per draft (mean)", "num"),
    ("drafts.v1", "injection_obeyed", "injections obeyed", "pct"),
    ("drafts.v1", "seconds_per_draft", "seconds per draft", "sec"),
    ("drafts.v1", "model_seconds_per_draft", "of which inside the model", "sec"),
    ("drafts.v1", "tokens_per_draft", "model tokens per draft", "num"),
    ("drafts.v1", "method_share.model", "made by the model", "pct"),
    ("drafts.v1", "method_share.hybrid", "made by model + composer (hybrid)", "pct"),
    ("drafts.v1", "method_share.composer", "made by the composer", "pct"),
)


def lookup(metrics: dict[str, Any], dotted: str) -> Any:
    """`metrics["a"]["b"]` for "a.b"; None where any part is missing. A key may hold dots itself
    ("drafts.v1.pass_rate" is `["drafts.v1"]["pass_rate"]`): the longest matching key wins."""
    value: Any = metrics
    parts = dotted.split(".")
    while parts:
        if not isinstance(value, dict):
            return None
        for size in range(len(parts), 0, -1):
            key = ".".join(parts[:size])
            if key in value:
                value, parts = value[key], parts[size:]
                break
        else:
            return None
    return value


def fmt(value: Any, kind: str) -> str:
    """A metric as the table shows it; '-' where there is none."""
    if value is None:
        return "-"
    if kind == "pct":
        return f"{100 * float(value):.1f}%"
    if kind == "int":
        return str(int(value))
    if kind == "sec":
        return f"{float(value):.2f}"
    return f"{float(value):.2f}"


def summary_rows(results: Sequence[dict[str, Any]]) -> list[list[str]]:
    """One row per summary metric that any result has, one column per result."""
    rows: list[list[str]] = []
    for eval_id, key, label, kind in SUMMARY:
        values = [lookup(r.get("evals", {}).get(eval_id, {}), key) for r in results]
        if all(v is None for v in values) and not any(
            eval_id in r.get("evals", {}) for r in results
        ):
            continue
        rows.append([label, *(fmt(v, kind) for v in values)])
    return rows


def column_names(results: Sequence[dict[str, Any]]) -> list[str]:
    """A column heading per result: its backend (and suite when not `all`)."""
    names = []
    for r in results:
        run = r.get("run", {})
        name = str(run.get("backend", "?"))
        if run.get("suite", "all") != "all":
            name += f" ({run['suite']})"
        names.append(name)
    return names


def text_table(results: Sequence[dict[str, Any]]) -> str:
    """The summary as an aligned plain-text table for the terminal."""
    header = ["metric", *column_names(results)]
    rows = [header, *summary_rows(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table (first column left, the rest right-aligned)."""
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("| " + " | ".join([":---", *["---:"] * (len(header) - 1)]) + " |")
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def rule_rates(results: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, float]]]:
    """Every rule seen in any result's drafts, and each result's pass rate per rule."""
    rates = [lookup(r.get("evals", {}), "drafts.v1.rule_pass_rates") or {} for r in results]
    rules = sorted({rule for rate in rates for rule in rate})
    return rules, rates


def plot_rule_pass_rates(results: Sequence[dict[str, Any]], path: Path) -> Path:
    """A grouped bar chart (PNG) of per-rule pass rates, one bar colour per backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rules, rates = rule_rates(results)
    names = column_names(results)
    fig, ax = plt.subplots(figsize=(max(8.0, 0.9 * len(rules) + 2), 4.5), dpi=100)
    width = 0.8 / max(1, len(results))
    for n, (name, rate) in enumerate(zip(names, rates, strict=True)):
        xs = [i + (n - (len(results) - 1) / 2) * width for i in range(len(rules))]
        # A rule a run never checked gets no bar (NaN), not a bar at zero.
        heights = [100 * rate[rule] if rule in rate else math.nan for rule in rules]
        ax.bar(xs, heights, width, label=name)
    ax.set_xticks(range(len(rules)))
    ax.set_xticklabels(rules, rotation=35, ha="right")
    ax.set_ylabel("drafts passing (%)")
    # Headroom above 100% keeps the legend off the bars.
    ax.set_ylim(0, 118)
    ax.set_yticks(range(0, 101, 20))
    ax.set_title("Per-rule pass rate of the product's drafts, by backend")
    ax.grid(axis="y", alpha=0.3)
    if rules:
        ax.legend(loc="upper center", ncol=max(1, len(results)), frameon=False)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def _run_lines(results: Sequence[dict[str, Any]]) -> list[str]:
    lines = []
    for r in results:
        run = r.get("run", {})
        replay = run.get("replay")
        extra = f", replay hits {replay['hits']} / misses {replay['misses']}" if replay else ""
        lines.append(
            f"- **{run.get('backend')}** (`{run.get('model')}`), suite `{run.get('suite')}`: "
            f"{run.get('date')}, {run.get('machine')}, {run.get('seconds', 0):.1f} s, "
            f"`{run.get('command')}`{extra}"
        )
    return lines


def _verdict(passed: bool | None) -> str:
    return "not run" if passed is None else ("pass" if passed else "fail")


def _detail_sections(result: dict[str, Any]) -> list[str]:
    evals = result.get("evals", {})
    out: list[str] = []
    checker = evals.get("checker.v1")
    if checker:
        rows = [
            [
                rule,
                str(v["labels"]),
                fmt(v["agreement"], "pct"),
                fmt(v["precision"], "pct"),
                fmt(v["recall"], "pct"),
            ]
            for rule, v in checker["rules"].items()
        ]
        out += ["", "### checker.v1 per rule (positive = the rule fails)", ""]
        out.append(markdown_table(["rule", "labels", "agreement", "precision", "recall"], rows))
        if checker["disagreements"]:
            out += ["", "Disagreements with the labels:", ""]
            out += [
                f"- `{d['draft']}` {d['rule']}: label {_verdict(d['label'])}, "
                f"checker {_verdict(d['checker'])}"
                for d in checker["disagreements"]
            ]
    extraction = evals.get("extraction.v1")
    if extraction:
        rows = [
            [
                field,
                str(v["tp"]),
                str(v["fp"]),
                str(v["fn"]),
                fmt(v["precision"], "pct"),
                fmt(v["recall"], "pct"),
            ]
            for field, v in extraction["fields"].items()
        ]
        out += ["", "### extraction.v1 per field", ""]
        out.append(markdown_table(["field", "TP", "FP", "FN", "precision", "recall"], rows))
    drafts = evals.get("drafts.v1")
    if drafts and (drafts["examples"]["invented"] or drafts["examples"]["forbidden"]):
        out += ["", "### drafts.v1 inventions", ""]
        for what in ("invented", "forbidden"):
            for where, items in drafts["examples"][what].items():
                out.append(f"- {what}: `{where}`: {', '.join(items)}")
    return out


def markdown_report(results: Sequence[dict[str, Any]], chart: str | None) -> str:
    """The whole report: runs, summary table, per-rule rates, chart, per-eval details."""
    lines = ["# Eval report", "", *_run_lines(results), ""]
    lines.append(markdown_table(["metric", *column_names(results)], summary_rows(results)))
    rules, rates = rule_rates(results)
    if rules:
        lines += ["", "## Per-rule pass rate of the drafts", ""]
        rows = [[rule, *(fmt(rate.get(rule), "pct") for rate in rates)] for rule in rules]
        lines.append(markdown_table(["rule", *column_names(results)], rows))
        if chart:
            lines += ["", f"![per-rule pass rates]({chart})"]
    for result in results:
        details = _detail_sections(result)
        if details:
            lines += ["", f"## Details: {column_names([result])[0]}", *details]
    return "\n".join(lines) + "\n"


def write_report(results: Sequence[dict[str, Any]], markdown_path: Path) -> dict[str, Path]:
    """Markdown at `markdown_path`, the chart and (for one run) the JSON beside it."""
    markdown_path.parent.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {"markdown": markdown_path}
    chart: str | None = None
    if any(rule_rates([r])[0] for r in results):
        png = plot_rule_pass_rates(results, markdown_path.with_suffix(".png"))
        paths["chart"] = png
        chart = png.name
    if len(results) == 1:
        json_path = markdown_path.with_suffix(".json")
        json_path.write_text(json.dumps(results[0], indent=2, sort_keys=True) + "\n", "utf-8")
        paths["json"] = json_path
    markdown_path.write_text(markdown_report(results, chart), encoding="utf-8")
    return paths


def read_results(path: Path) -> dict[str, Any]:
    """A run's JSON results, as `write_report` wrote them."""
    from assistant.errors import InputError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read eval results {path}: {e}") from e
    if not isinstance(data, dict) or "evals" not in data:
        raise InputError(f"{path} is not an eval results file (no 'evals')")
    return data
