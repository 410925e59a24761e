"""The page's helpers: state, labels, reports and estimates, kept out of app.py."""
