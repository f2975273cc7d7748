"""A child-welfare trainer's review of the content, written down as rules check-data applies.

Three things a workshop room notices and a schema cannot: answer keys a participant can pass
without reading (the best option always the longest, or always in the same place), scenarios
that model the very habit the course warns against (a child's full name beside an age), and
prose too hard to read aloud. Each rule gives ``Problem``s in the loader's own form, and the
figures behind it for check-data to print.

It sits above the loader and the privacy guard (it needs both), so ``load()`` stays fast and a
participant's kernel never runs it; facilitators meet it through ``check-data``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .problems import Problem

MAX_BEST_LONGEST = 0.5      # share of scenarios whose best option may also be the longest
MAX_POSITION_SHARE = 0.4    # share of scenarios whose best option may sit in one position
MAX_GRADE = 12.0            # Flesch-Kincaid grade of a clause's participant text
LONG_SENTENCE_WORDS = 30    # "about 25 words", with room for a list or a long name
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
# "aged 15", "age fifteen", "15-year-old", "a fifteen year old": an age that pins a person down.
AGE = re.compile(rf"\b(?:aged?\s+(?:\d{{1,2}}|{_NUMBER_WORDS})\b|(?:\d{{1,2}}|{_NUMBER_WORDS})"
                 rf"[- ](?:year|month)s?[- ]old\b)", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class Review:
    problems: list[Problem] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _file(letter: str) -> str:
    return f"curriculum/{letter}.yaml"


def _position(options: list, option) -> int:
    return [o.id for o in options].index(option.id)


# ------------------------------------------------------------------------- answer keys


def answer_keys(curriculum) -> Review:
    """The best option is not the tell-tale longest, nor always in one place; feedback names the clause."""
    review = Review()
    positions: Counter = Counter()
    longest_total = scenarios_total = 0
    for letter, clause in curriculum.clauses.items():
        scenarios = clause.content.scenarios
        longest = 0
        for n, scenario in enumerate(scenarios, 1):
            best = next(o for o in scenario.options if o.best)
            if len(best.text) >= max(len(o.text) for o in scenario.options):
                longest += 1
            positions[_position(curriculum.options_shown(scenario.id), best)] += 1
            for m, option in enumerate(scenario.options, 1):
                if f"({letter})" not in option.feedback:
                    review.problems.append(Problem(
                        _file(letter), f"({letter})",
                        f"scenarios[{n}] ({scenario.id}) > options[{m}] ({option.id}) > feedback",
                        "the feedback does not name the part of the clause it turns on",
                        f"say which words of clause ({letter}) decide it, and write "
                        f"'clause ({letter})' in the feedback"))
        longest_total += longest
        scenarios_total += len(scenarios)
        if longest > MAX_BEST_LONGEST * len(scenarios):
            review.problems.append(Problem(
                _file(letter), f"({letter})", "scenarios > options",
                f"the best option is also the longest in {longest} of {len(scenarios)} "
                "scenarios, so a participant can pick it without reading",
                "even out the options' lengths: shorten the best option or lengthen a plausible "
                "wrong one, in at least half of the scenarios"))
    if longest_total > MAX_BEST_LONGEST * scenarios_total:
        review.problems.append(Problem(
            "curriculum/", "(all)", "scenarios > options",
            f"the best option is the longest in {longest_total} of {scenarios_total} scenarios",
            "even out the options' lengths across the clauses"))
    for position, count in sorted(positions.items()):
        if count > MAX_POSITION_SHARE * scenarios_total:
            review.problems.append(Problem(
                "curriculum/", "(all)", "scenarios > options > best",
                f"as shown, the best option stands in position {position + 1} in {count} of "
                f"{scenarios_total} scenarios (more than {MAX_POSITION_SHARE:.0%})",
                "mark another option best in some scenarios, or change their number of options"))
    spread = ", ".join(f"{_ordinal(p + 1)} {positions[p]}" for p in sorted(positions))
    review.lines.append(
        f"Answer keys: the best option is the longest in {longest_total} of {scenarios_total} "
        f"scenarios (at most {MAX_BEST_LONGEST:.0%}); as shown, it stands {spread} "
        f"(none above {MAX_POSITION_SHARE:.0%}).")
    return review


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


# -------------------------------------------------------------------------- identities


def _texts(content):
    """(field path, text) for every piece of a clause a participant reads."""
    yield "summary", content.summary
    for n, text in enumerate(content.why_it_matters, 1):
        yield f"why_it_matters[{n}]", text
    for n, s in enumerate(content.scenarios, 1):
        where = f"scenarios[{n}] ({s.id})"
        yield f"{where} > situation", s.situation
        yield f"{where} > follow_up", s.follow_up
        for m, o in enumerate(s.options, 1):
            yield f"{where} > options[{m}] ({o.id}) > text", o.text
            yield f"{where} > options[{m}] ({o.id}) > feedback", o.feedback


def identities(curriculum) -> Review:
    """No full name beside an age in a scenario; no name used in two clauses."""
    from .privacy import NAME, scan

    review = Review()
    first_clause: dict[str, str] = {}
    names_seen = 0
    for letter, clause in curriculum.clauses.items():
        content = clause.content
        for n, scenario in enumerate(content.scenarios, 1):
            text = " ".join([scenario.situation, scenario.follow_up,
                             *(o.text for o in scenario.options),
                             *(o.feedback for o in scenario.options)])
            full = sorted({f.text for f in scan(text) if f.kind == NAME and " " in f.text})
            age = AGE.search(text)
            if full and age:
                review.problems.append(Problem(
                    _file(letter), f"({letter})", f"scenarios[{n}] ({scenario.id})",
                    f"a full name ({', '.join(full)}) stands beside an age (\"{age.group(0)}\"): the "
                    "course would model what it asks participants never to do",
                    "use a role (\"the 15-year-old\") or a first name only"))
        used_here: dict[str, str] = {}
        for where, text in _texts(content):
            for finding in scan(text):
                if finding.kind != NAME:
                    continue
                for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", finding.text):
                    used_here.setdefault(word.casefold(), where)
        for word, where in used_here.items():
            names_seen += 1
            if word in first_clause and first_clause[word] != letter:
                review.problems.append(Problem(
                    _file(letter), f"({letter})", where,
                    f"the name {word.capitalize()} is used in clause ({first_clause[word]}) "
                    "too, for someone else",
                    "give each invented person a name used in one clause only, or use a role"))
            first_clause.setdefault(word, letter)
    review.lines.append(f"Identities: {len(first_clause)} invented name(s) in the scenarios; "
                        "none beside an age, none in two clauses." if not review.problems else
                        f"Identities: {len(review.problems)} problem(s), listed above.")
    return review


# ------------------------------------------------------------------------------ reading


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(" ".join(text.split())) if s]


def reading(curriculum) -> Review:
    """Each clause's reading grade and longest sentence; too hard to read aloud is a problem."""
    from .summary import participant_text, reading_grade

    review = Review()
    for letter, clause in curriculum.clauses.items():
        content = clause.content
        grade = reading_grade(participant_text(content))
        plain = [("summary", content.summary)]
        for n, s in enumerate(content.scenarios, 1):
            for m, o in enumerate(s.options, 1):
                where = f"scenarios[{n}] ({s.id}) > options[{m}] ({o.id})"
                plain += [(f"{where} > text", o.text), (f"{where} > feedback", o.feedback)]
        longest_words, longest = 0, ""
        for where, text in plain:
            for sentence in _sentences(text):
                words = len(sentence.split())
                if words > longest_words:
                    longest_words, longest = words, sentence
                if words > LONG_SENTENCE_WORDS:
                    review.problems.append(Problem(
                        _file(letter), f"({letter})", where,
                        f"a sentence of {words} words: \"{sentence[:60]}…\"",
                        "split it; sentences a room hears read aloud stay under about 25 words"))
        if grade > MAX_GRADE:
            review.problems.append(Problem(
                _file(letter), f"({letter})", "(participant text)",
                f"reads at grade {grade}, above {MAX_GRADE:g}",
                "use shorter sentences and everyday words"))
        review.lines.append(f"  ({letter}) grade {grade:>4}, longest sentence {longest_words} "
                            f"words: \"{longest[:70]}{'…' if len(longest) > 70 else ''}\"")
    review.lines.insert(0, f"Reading (grade at most {MAX_GRADE:g}; sentences in summaries, "
                           f"options and feedback at most {LONG_SENTENCE_WORDS} words):")
    return review


def review(curriculum) -> Review:
    """Every rule above, in the order check-data prints them."""
    total = Review()
    for rule in (answer_keys, identities, reading):
        part = rule(curriculum)
        total.problems += part.problems
        total.lines += part.lines
    return total
