"""Make the privacy guard's name lists from US government data (public domain).

    python scripts/make_names.py SSA_SOURCE [SSA_SOURCE ...] CENSUS_SOURCE

SSA_SOURCE: the Social Security Administration's national baby-name files yobYYYY.txt
("Mary,F,7065"), given one by one, as a folder that holds them, or as the names.zip they come
in (https://www.ssa.gov/oact/babynames/names.zip). CENSUS_SOURCE: the Census Bureau's list of
surnames, Names_2010Census.csv (2010) or app_c.csv (2000) ("SMITH,1,2442977,..."), as the file
or the names.zip it comes in (https://www2.census.gov/topics/genealogy/2010surnames/names.zip).

Writes toolkit/privacy/data/names-given.txt and names-surnames.txt (or into --out): a few
comment lines, then one lowercase name a line with its count, most frequent first. A given
name counts every baby given it in all the years of the data, girls and boys together; a
surname counts the people who had it in the census. Rare names are left out (the cut-offs
below), and a given name that is also an English word, a place or a word the rules know in
the guard's own lists (words-*.txt, places.txt, terms.txt) needs more bearers than one that
is not: "Amazing", "Corona" or "Texas", given to a few hundred babies, would make the guard
read the word as a name. Placeholders that stand for no name (Baby, Infant, Unknown...) are never
kept. The output depends on the input files alone: the same files make the same lists.

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import textwrap
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "toolkit" / "privacy" / "data"
# The guard's word lists, read for the words a given name may also be (see keep_given).
EVERYDAY, RARER = ("words-common.txt",), ("words-less-common.txt", "places.txt", "terms.txt")

# The cut-offs: how many bearers a name needs to be kept. A given name that is also an everyday
# word ("Hope", "Will") is read as a name only with a person's context, so a thousand babies
# are enough; one that is a rarer word or a place ("Corona", "Texas") would be read as a name
# wherever it is capitalized, so it needs more. Chosen with bench/privacy.py, the word
# lists' load time and memory and lists of names of many cultures: see data/README.md.
MIN_GIVEN, MIN_GIVEN_WORD, MIN_GIVEN_RARE = 50, 1_000, 5_000
MIN_SURNAME = 800
# A surname borne largely within a small population (Bitsui, Manygoats; Fonua, Keawe) is kept
# when at least GROUP_SHARE percent of its bearers belong to it and they are as large a share of
# it as MIN_SURNAME people are of the whole country. The groups are census columns: American
# Indian and Alaska Native, Asian and Pacific Islander (whose Hawaiian and Samoan names many
# multiracial people bear, hence a quarter rather than a half).
SMALL_GROUPS = ("pctaian", "pctapi")
GROUP_SHARE = 25
GROUP_NAMES = {"pctwhite": "White", "pctblack": "Black", "pctapi": "Asian and Pacific Islander",
               "pctaian": "American Indian and Alaska Native", "pct2prace": "multiracial",
               "pcthispanic": "Hispanic"}

# What the SSA's files record when a card was issued before the child had a name, and what the
# census recorded for some people instead of a surname ("Male", "Newborn"); but Son (Korean)
# and Child (English) are real surnames too.
PLACEHOLDERS = frozenset({
    "baby", "babyboy", "babygirl", "boy", "girl", "infant", "male", "female", "unknown",
    "unnamed", "notnamed", "noname", "son", "daughter", "child", "newborn", "twin"})
REAL_SURNAMES = frozenset({"son", "child"})

_YOB = re.compile(r"(?:^|/)yob(\d{4})\.txt$")
_CENSUS = re.compile(r"(?:^|/)(Names_2010Census|app_c)\.csv$", re.IGNORECASE)
_SSA_NAME = re.compile(r"[A-Za-z]{2,15}")
_SURNAME = re.compile(r"[A-Z]+")


def _members(paths: list[str]):
    """(name, text) of every yobYYYY.txt and census .csv among the paths: files, folders of
    them, or zip archives holding them."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for inner in sorted(path.iterdir()):
                if _YOB.search(inner.name) or _CENSUS.search(inner.name):
                    yield inner.name, inner.read_text(encoding="ascii")
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for name in sorted(archive.namelist()):
                    if _YOB.search(name) or _CENSUS.search(name):
                        yield name, archive.read(name).decode("ascii")
        elif _YOB.search(path.name) or _CENSUS.search(path.name):
            yield path.name, path.read_text(encoding="ascii")
        else:
            sys.exit(f"{raw}: not a yobYYYY.txt, Names_2010Census.csv or app_c.csv, nor a folder "
                     f"or zip archive holding them")


def _share(value: str) -> float:
    return 0.0 if value == "(S)" else float(value)  # (S): suppressed, fewer than 5 people


def read_sources(paths: list[str]) -> tuple[Counter, list[int], list[dict], str]:
    """Given names with their counts and the years read; the rows of the surname file (name,
    count and the shares of each group, all people counted in "ALL OTHER NAMES"), and its
    name."""
    given: Counter = Counter()
    years: list[int] = []
    surnames: list[dict] = []
    census = ""
    for name, text in _members(paths):
        year = _YOB.search(name)
        if year:
            if int(year.group(1)) in years:
                sys.exit(f"{name}: the year {year.group(1)} is given twice")
            years.append(int(year.group(1)))
            for number, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                first, sex, count = line.strip().split(",")
                if not _SSA_NAME.fullmatch(first) or sex not in ("F", "M"):
                    sys.exit(f"{name}:{number}: not a line of SSA data: {line!r}")
                given[first.lower()] += int(count)
            continue
        if census:
            sys.exit(f"{name}: a second surname file (the first was {census})")
        census = Path(name).name
        rows = csv.DictReader(io.StringIO(text))
        if rows.fieldnames[:3] != ["name", "rank", "count"]:
            sys.exit(f"{name}: expected the columns name,rank,count,...; got {rows.fieldnames}")
        for row in rows:
            # "ALL OTHER NAMES" counts the people whose surnames are borne by fewer than 100.
            if row["name"] != "ALL OTHER NAMES" and not _SURNAME.fullmatch(row["name"]):
                sys.exit(f"{name}: not a surname of the Census list: {row['name']!r}")
            surnames.append({"name": row["name"].lower(), "count": int(row["count"]),
                             **{k: _share(v) for k, v in row.items() if k.startswith("pct")}})
    if not years or not census:
        sys.exit("give both the SSA yobYYYY.txt files (or their folder or names.zip) and the "
                 "Census surname file (Names_2010Census.csv or app_c.csv, or its names.zip)")
    years.sort()
    missing = sorted(set(range(years[0], years[-1] + 1)) - set(years))
    if missing:
        sys.exit(f"SSA files missing for the years {missing}: give every year")
    return given, years, surnames, census


def word_lists(folder: Path) -> tuple[set[str], set[str]]:
    """The everyday words, and the rarer words, places and words the rules treat specially,
    in the guard's lists: words-*.txt and places.txt one a line; terms.txt in [sections],
    several to a line, of which [extra-words] are everyday words and [names-first] names."""
    found: dict[str, set[str]] = {"everyday": set(), "rarer": set()}
    for kind, files in (("everyday", EVERYDAY), ("rarer", RARER)):
        for name in files:
            into = found[kind]
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip().lower()
                if line.startswith("["):
                    section = line.strip("[]")
                    if section == "extra-words":
                        into = found["everyday"]
                    elif section == "names-first":
                        into = set()  # names, not words
                    else:
                        into = found[kind]
                elif line:
                    into.update(line.split() if name == "terms.txt" else [line])
    return found["everyday"], found["rarer"]


def keep_given(counts: Counter, minimum: int, minimum_word: int, minimum_rare: int,
               everyday: set[str], rarer: set[str]) -> list[tuple[str, int]]:
    """(name, count) of the given names kept, most frequent first. A name that is a word of
    both kinds ("said", an everyday word and a verb the rules know) needs the higher count."""
    def needed(name: str) -> int:
        if name in rarer:
            return minimum_rare
        return minimum_word if name in everyday else minimum
    kept = [(name, count) for name, count in counts.items()
            if count >= needed(name) and name not in PLACEHOLDERS]
    return sorted(kept, key=lambda pair: (-pair[1], pair[0]))


def keep_surnames(rows: list[dict], minimum: int, groups: tuple[str, ...]
                  ) -> list[tuple[str, int]]:
    """(name, count) of the surnames kept, most frequent first: those borne by `minimum`
    people, and those GROUP_SHARE percent of whose bearers belong to one of the groups (census
    columns: "pctaian"...) and are as large a share of it as `minimum` people of everyone."""
    everyone = sum(row["count"] for row in rows)
    in_group = {g: sum(row["count"] * row[g] / 100 for row in rows) for g in groups}
    kept = [(row["name"], row["count"]) for row in rows
            if row["name"] != "all other names"
            and (row["name"] not in PLACEHOLDERS or row["name"] in REAL_SURNAMES)
            and (row["count"] >= minimum or any(
                row[g] >= GROUP_SHARE
                and row["count"] * row[g] / 100 / in_group[g] >= minimum / everyone
                for g in groups))]
    return sorted(kept, key=lambda pair: (-pair[1], pair[0]))


def write_list(path: Path, kept: list[tuple[str, int]], header: str) -> None:
    lines = [f"# {part}" for line in header.splitlines()
             for part in textwrap.wrap(line, 96, break_on_hyphens=False)]
    lines += [f"{name} {count}" for name, count in kept]
    path.write_text("\n".join(lines) + "\n", encoding="ascii", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", help="yobYYYY.txt files, their folder or their "
                        "names.zip; and Names_2010Census.csv or app_c.csv, or its names.zip")
    parser.add_argument("--min-given", type=int, default=MIN_GIVEN,
                        help=f"babies a given name needs (default {MIN_GIVEN})")
    parser.add_argument("--min-given-word", type=int, default=MIN_GIVEN_WORD,
                        help="babies a given name that is an everyday word (words-common.txt) "
                        f"needs (default {MIN_GIVEN_WORD})")
    parser.add_argument("--min-given-rare", type=int, default=MIN_GIVEN_RARE,
                        help="babies a given name that is a rarer word, a place or a word of "
                        "terms.txt (words-less-common.txt, places.txt, terms.txt) needs "
                        f"(default {MIN_GIVEN_RARE})")
    parser.add_argument("--min-surname", type=int, default=MIN_SURNAME,
                        help=f"people a surname needs (default {MIN_SURNAME})")
    parser.add_argument("--small-groups", default=",".join(SMALL_GROUPS),
                        help="census columns of the groups within which a surname as common as "
                        "--min-surname people in the whole country is kept, if a quarter of "
                        f"its bearers belong to one (default {','.join(SMALL_GROUPS)}; '' for "
                        "none)")
    parser.add_argument("--words", type=Path, default=DATA, help="the folder of the guard's "
                        "word lists (default: toolkit/privacy/data)")
    parser.add_argument("--out", type=Path, default=DATA, help="the folder to write the lists "
                        "to (default: toolkit/privacy/data)")
    args = parser.parse_args(argv)

    given, years, surnames, census = read_sources(args.sources)
    everyday, rarer = word_lists(args.words)
    first, last = years[0], years[-1]
    kept = keep_given(given, args.min_given, args.min_given_word, args.min_given_rare,
                      everyday, rarer)
    ssa = "https://www.ssa.gov/oact/babynames/limits.html"
    write_list(args.out / "names-given.txt", kept, f"""\
Given names from the US Social Security Administration's national baby-name data,
births {first}-{last} (yob{first}.txt to yob{last}.txt): {ssa}
Licence: public domain (a work of the US government). Made by scripts/make_names.py:
each name's count summed over all years, girls and boys together; lowercased.
Cut-offs: {args.min_given} babies; {args.min_given_word} for an everyday word (words-common.txt); \
{args.min_given_rare} for a rarer
word, a place or a word the rules know (words-less-common.txt, places.txt, terms.txt).
Placeholders that stand for no name (Baby, Infant, Unknown...) dropped.
{len(kept):,} of {len(given):,} names, one a line with its count, most frequent first.""")
    year = "2010" if census.lower().startswith("names_2010") else "2000"
    groups = tuple(g for g in args.small_groups.split(",") if g)
    kept = keep_surnames(surnames, args.min_surname, groups)
    names_in_file = sum(1 for row in surnames if row["name"] != "all other names")
    cut_off = f"Cut-off: {args.min_surname} people."
    if groups:
        within = " or ".join(GROUP_NAMES.get(g, g) for g in groups)
        cut_off = (f"Cut-off: {args.min_surname} people; or, for a surname {GROUP_SHARE}% or "
                   f"more of whose bearers are {within}, as large a share of that population "
                   f"as {args.min_surname} people are of everyone counted.")
    page = f"https://www.census.gov/topics/population/genealogy/data/{year}_surnames.html"
    write_list(args.out / "names-surnames.txt", kept, f"""\
Surnames from the US Census Bureau's frequently occurring surnames of the {year} census,
{census}: {page}
Licence: public domain (a work of the US government). Made by scripts/make_names.py:
lowercased (the Census writes them in capitals, without spaces, hyphens or apostrophes).
{cut_off} Placeholders (Male, Newborn...) dropped.
{len(kept):,} of {names_in_file:,} names, one a line with its count, most frequent first.""")
    print(f"wrote {args.out / 'names-given.txt'} and {args.out / 'names-surnames.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
