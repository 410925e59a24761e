"""HTML for the page: a draft with the checker's offending text highlighted, and the badges."""

from __future__ import annotations

import html
from collections.abc import Sequence

from assistant.models import CheckReport, RuleResult

COLOURS = {
    "pass": ("#e6f4ea", "#137333"),
    "error": ("#fce8e6", "#a50e0e"),
    "warning": ("#fef7e0", "#8a5a00"),
}
MARK_STYLE = {
    "error": "background:#f9c9c3;border-bottom:2px solid #a50e0e;",
    "warning": "background:#fde9a9;border-bottom:2px solid #8a5a00;",
}


_MARKDOWN_SPECIALS = "\\`*_{}[]<>()#+-.!|$~"


def plain(text: str) -> str:
    """`text` with Markdown's special characters escaped, to show it as written."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIALS else ch for ch in text)


def _status(result: RuleResult) -> str:
    if result.passed:
        return "pass"
    return "error" if result.severity == "error" else "warning"


def highlight_html(text: str, report: CheckReport | None) -> str:
    """`text` escaped for HTML, with every failed rule's spans wrapped in <mark>."""
    marks: list[tuple[int, int, RuleResult]] = []
    if report is not None:
        for result in report.results:
            if result.passed:
                continue
            for start, end in result.spans:
                start, end = max(0, start), min(len(text), end)
                if start < end:
                    marks.append((start, end, result))
    bounds = sorted({0, len(text)} | {s for s, _, _ in marks} | {e for _, e, _ in marks})
    pieces: list[str] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        chunk = html.escape(text[start:end])
        covering = [r for s, e, r in marks if s <= start and end <= e]
        if not covering:
            pieces.append(chunk)
            continue
        severity = "error" if any(r.severity == "error" for r in covering) else "warning"
        rules = ", ".join(dict.fromkeys(r.rule for r in covering))
        pieces.append(
            f'<mark class="rule-{severity}" title="{html.escape(rules)}"'
            f' style="{MARK_STYLE[severity]}">{chunk}</mark>'
        )
    # <br> rather than newlines: the block must hold no blank line a renderer could split on.
    body = "".join(pieces).replace("\r\n", "\n").replace("\n", "<br>")
    return (
        '<div class="draft-preview" style="font-family:inherit;line-height:1.5;'
        "border:1px solid #ddd;border-radius:6px;padding:0.6rem 0.8rem;"
        f'background:#fafafa;">{body}</div>'
    )


def _badge(result: RuleResult) -> str:
    status = _status(result)
    background, colour = COLOURS[status]
    label = {"pass": "PASS", "error": "FAIL", "warning": "WARN"}[status]
    return (
        f'<li class="rule rule-{status}" data-rule="{html.escape(result.rule)}"'
        ' style="list-style:none;margin:0 0 0.35rem 0;">'
        f'<span style="display:inline-block;min-width:3.2em;text-align:center;'
        f"font-size:0.75rem;font-weight:700;padding:0.05rem 0.35rem;border-radius:4px;"
        f'background:{background};color:{colour};border:1px solid {colour};">{label}</span> '
        f'<code style="font-size:0.8rem;">{html.escape(result.rule)}</code> '
        f'<span style="font-size:0.9rem;">{html.escape(result.message)}</span></li>'
    )


def ordered_results(report: CheckReport) -> list[RuleResult]:
    """Failed errors first, then warnings, then passes; the rule order kept within each."""
    rank = {"error": 0, "warning": 1, "pass": 2}
    return sorted(report.results, key=lambda r: rank[_status(r)])


def report_summary(report: CheckReport) -> str:
    """One line: how many rules passed, and the errors and warnings left."""
    errors, warnings = len(report.errors()), len(report.warnings())
    passed = sum(1 for r in report.results if r.passed)
    verdict = "ready to send" if report.passed else "needs changes"
    return (
        f"{verdict}: {passed} of {len(report.results)} rules pass, "
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}"
    )


def report_html(report: CheckReport, results: Sequence[RuleResult] | None = None) -> str:
    """The checker's report as a list of pass/fail badges with each rule's message."""
    items = "".join(_badge(r) for r in (results or ordered_results(report)))
    return f'<ul class="check-report" style="padding-left:0;margin:0;">{items}</ul>'


def failing_rules(report: CheckReport | None) -> str:
    """The error-level rules a draft fails, as words for a hint; empty when it passes."""
    if report is None or report.passed:
        return ""
    names = [result.rule for result in report.errors()]
    return ("the check " if len(names) == 1 else "the checks ") + ", ".join(names)
