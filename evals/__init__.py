"""Offline evals: fixtures (JSONL), scorers that return metrics dicts, runs and reports."""
