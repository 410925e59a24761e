"""Validate a notes-corpus JSONL file: JSON shape and that every quoted text is in the notes."""

import datetime
import json
import sys

KINDS = {
    "thank-you",
    "status-follow-up",
    "additional-info",
    "offer-reply",
    "rejection-reply",
    "networking",
}
BUCKETS = {
    "header",
    "interviewer",
    "shared",
    "candidate",
    "promise",
    "question",
    "logistics",
    "decision",
    "timeline",
    "private",
    "info",
    "advice",
    "noise",
}


def quoted(gold):
    for p in gold.get("interviewers", []):
        for pt in p.get("points", []):
            yield pt["text"]
    for key in ("shared_points", "candidate_statements"):
        for pt in gold.get(key, []):
            yield pt["text"]
    for key in ("promises", "open_questions", "logistics", "private"):
        yield from gold.get(key, [])
    if gold.get("decision_timeline"):
        yield gold["decision_timeline"]
    kf = gold.get("kind_facts") or {}
    for v in kf.values():
        if isinstance(v, str) and v not in (
            "accept",
            "accept-after-questions",
            "counter",
            "decline",
            "ask-for-time",
        ):
            yield v
        elif isinstance(v, list):
            yield from v


def main(path):
    bad = 0
    n = 0
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        try:
            rec = json.loads(line)
        except Exception as e:
            print(f"line {i}: not JSON: {e}")
            bad += 1
            continue
        for key in (
            "id",
            "writer",
            "persona",
            "style",
            "kind",
            "medium",
            "today",
            "notes",
            "gold",
            "lines",
        ):
            if key not in rec:
                print(f"{rec.get('id', i)}: missing {key}")
                bad += 1
        if rec.get("kind") not in KINDS:
            print(f"{rec.get('id')}: bad kind {rec.get('kind')}")
            bad += 1
        notes = rec.get("notes", "")
        gold = rec.get("gold", {})
        for t in quoted(gold):
            if t not in notes:
                print(f"{rec.get('id')}: not a verbatim substring of the notes: {t!r}")
                bad += 1
        d = gold.get("interview_date")
        if d:
            datetime.date.fromisoformat(d)
        lines = [l for l in notes.splitlines() if l.strip()]
        gl = rec.get("lines", [])
        if len(gl) != len(lines):
            print(
                f"{rec.get('id')}: {len(lines)} non-empty note lines but {len(gl)} entries in 'lines'"
            )
            bad += 1
        for entry in gl:
            if entry.get("bucket") not in BUCKETS:
                print(f"{rec.get('id')}: bad bucket {entry.get('bucket')}")
                bad += 1
            if entry.get("text", "").strip() not in notes:
                print(f"{rec.get('id')}: line text not in notes: {entry.get('text')!r}")
                bad += 1
    print(f"{n} records, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
