"""Notes to facts: normalise, read the layout, find people, dates and points."""
