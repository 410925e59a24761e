"""Write assistant/data/given_names_world.txt: the given names Faker (MIT) lists for its locales.

Run: `pip install faker && python scripts/build_given_names.py`. The US census list in
given_names.txt misses most names from elsewhere (Siobhan is there; Priya, Sanne, Joost, Khoa and
Hemi are not); Faker's person providers list first names for some eighty locales. Names in a
script other than Latin, Greek or Cyrillic, and any with a digit or a space, are left out.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import faker
import faker.providers.person

OUT = Path(__file__).resolve().parents[1] / "assistant" / "data" / "given_names_world.txt"
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def faker_given_names() -> set[str]:
    """Every first name of every Faker person provider, casefolded."""
    names: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = getattr(
            importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None
        )
        for field in _FIELDS:
            listed = getattr(provider, field, None)
            if not isinstance(listed, (list, tuple, dict)):
                continue
            for name in listed:
                text = str(name).strip()
                if _NAME.fullmatch(text) and all(ord(c) < 0x0530 for c in text):
                    names.add(text.casefold())
    return names


def main() -> None:
    names = sorted(faker_given_names())
    header = (
        f"# Given names, one a line: the first names Faker {faker.VERSION} (MIT licence) lists\n"
        "# for its locales, casefolded; written by scripts/build_given_names.py. Used with the\n"
        "# US census list in given_names.txt.\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
