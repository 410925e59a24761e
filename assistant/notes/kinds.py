"""The figures of an offer, as written in the notes: "$138,000", "72k base", "€45,000"."""

from __future__ import annotations

import re

# A sum of money in the notes' shorthand, with the word that says what it is for.
# Currencies written as a code or a word, before or after the figure ("56.000 kr/md",
# "KES 685,000", "95 000 USD", "115.000 TRY", "16 LPA"); the codes that are English words
# ("TRY") only in capitals.
_CURRENCY = (
    r"(?:(?i:kr|dkk|sek|nok|pln|zł|eur|usd|gbp|kes|inr|chf|aed|brl|r\$|aud|cad|nzd|sgd|hkd|jpy|"
    r"cny|rmb|zar|ngn|ghs|mxn|ars|clp|cop|sar|qar|ils|czk|huf|ron|uah|php|idr|myr|thb|krw|egp|"
    r"mad|pkr|\$|€|£|₹|¥|₺|₦|₱|₩)|TRY|TL)"
)
MONEY = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*\s?(?:k|K)?|\b\d{2,3}(?:[.,]\d{1,3})?\s?[kK]\b|\b\d{2,3},\d{3}\b"
    # "5.800,00 € brut/mois", "R$ 14.200,50": cents after the thousands.
    # "CHF 115'000": the Swiss write an apostrophe between the thousands.
    rf"|\b\d{{1,3}}(?:[ .,'’]\d{{3}})+(?:[.,]\d{{2}})?\s?{_CURRENCY}(?:/\w+)?"
    rf"|(?<![\w$€£]){_CURRENCY}\s?\d{{1,3}}(?:[ .,'’]\d{{3}})+(?:[.,]\d{{2}}(?!\d))?"
    r"|\b\d+(?:\.\d+)?\s?(?:LPA|lpa|lakhs?)\b)"
    r"(?:\s*(?:base|salary|/yr|a year|per year))?"
)


# A line that sends the password on its own: "pw sent separately?", "password in a separate
# email", "send the PW separately".
SEPARATE_PASSWORD = re.compile(
    r"(?i)\b(?:password|passcode|pw|pwd)\b.{0,40}\bseparate(?:ly)?\b"
    r"|\bseparate(?:ly)?\b.{0,40}\b(?:password|passcode|pw|pwd)\b"
)


def offer_figures(lines: list[str]) -> list[str]:
    """The money figures of the offer, as written."""
    return [figure.strip() for line in lines for figure in MONEY.findall(line)]
