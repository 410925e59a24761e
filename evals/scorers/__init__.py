"""Scorers: pure functions from run records to a metrics dict, one module per eval."""
