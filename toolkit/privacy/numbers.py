"""Numbers that lead to a person's records: SSNs, dates of birth, case and record numbers, ids.

A number alone says little ("300 pages", "WIC 827", "$1,250"), so most of these need a word
before them ("case #", "DOB", "Medicaid ID"), and the word decides the kind. The few shapes that
are identifiers by themselves (123-45-6789, 2024-JV-00123, FC-CLM-20931) are found without
one.
A keyword also reaches on through its sentence: a second person's last four after an SSN word
("Dad's SSN last 4 is 7718, mom's is 2046"), and a second date after a date of birth ("DOB is
October 14, 2010, school has 10/14/2011") unless words of an event stand between.
"""

from __future__ import annotations

import datetime
import re

from .lexicon import FAMILY, FIRST, ROLE, STATE_CODE, lexicon
from .text_wide import covered, in_lowercase, overlaps
from .wordlists import alternation, alternatives, entries, words

# Patterns that open with a lookbehind or with many alternatives open with a lookahead of the
# characters any match can start with, "(?=[...])". It matches nothing more nor less, but
# the regex engine, which tries the pattern at every position of a text, then leaves most
# positions at their first character: twice as fast on these patterns.
_MONTHS = alternation("month-words", "month-words-spanish", "month-words-french",
                      "month-words-polish", "month-words-cyrillic", "month-words-more")
_MONTH = rf"(?:{_MONTHS})\.?"  # "march" before "mar"
# (and French and Spanish ordinals: "1er mars", "1º de enero", "1o de enero")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|°|o(?=\s+de\s))?"
_YEAR = r"(?:19|20)\d\d"
# (a day or a month in ASCII digits of 31 or less, "00" of an unknown day, or two digits of
# another script: "١٥/٠٦/٢٠١٤")
_DAY_OR_MONTH = r"(?:[0-2]?\d|3[01]|(?![0-9])\d\d)"
# (and the first letters of the words other than months that open a date: [date-openers])
_MONTH_INITIALS = "".join(sorted({w[0] for w in words(
    "month-words", "month-words-spanish", "month-words-french", "month-words-polish",
    "month-words-cyrillic", "month-words-more", "date-openers")}))
_DATE = re.compile(
    rf"(?=[\d{_MONTH_INITIALS}])"  # a digit, a month's first letter, a [date-openers] one
    # 4/12/2017, 12/25, DOB-3/4/19 (a hyphen after letters, not after digits), a form's
    # dotted leader before it ("Date of Birth......11/02/2015")
    # ... or glued to a birth's "b." ("Rafe 16 M b.03/16/10")
    rf"(?:(?<=\.\.)|(?<![\w/.])|(?<=\s[bB]\.)|(?<=^[bB]\.))(?<!\d-)"
    # (not a code's section with its letter in brackets: "1.07(p)"; a day and a month, in
    # either order, of 31 or less: not a rule's "5101:2-33-21")
    rf"(?:{_DAY_OR_MONTH}[/.-]{_DAY_OR_MONTH}(?:[/.-](?:\d{{4}}|\d{{2}}|['’]\d{{2}}))?(?![\w/(-])"
    rf"|{_YEAR}([/.-])[01]?\d\1[0-3]?\d(?![\w/-]|\.\d)"                    # 2017-04-12, 2011/05/19
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY}\b(?:,?\s+{_YEAR}\b)?"                   # March 3, 2016
    rf"|\d{{1,2}}\s/\s\d{{1,2}}\s/\s(?:\d{{4}}|\d{{2}})\b"                      # 3 / 4 / 2019
    # as records and forms print them: Jan-12-2015, 12-Jan-2015, 12JAN2015, 12-JAN-15
    rf"|{_MONTH}-{_DAY}-(?:\d{{4}}|\d{{2}})\b|\d{{1,2}}-?{_MONTH}-?(?:\d{{4}}|\d{{2}})\b"
    # the 4th of March, 2019; 4 de marzo de 2019; a court's "the 9th day of October, 2013"
    # (with its year: see _date_spans)
    # ... and Haitian Creole's months that are English words, only before a year: 9 me 2018
    rf"|(?:the\s+)?{_DAY}\s+(?:(?:of\s+|de\s+)?{_MONTH}(?:,?\s+(?:del?\s+)?{_YEAR}\b)?"
    rf"|(?:{alternation('month-words-creole-between-day-and-year')})\s+{_YEAR}\b)"
    rf"|(?:the\s+)?{_DAY}\s+day\s+of\s+{_MONTH},?\s+{_YEAR}\b"
    # a form's year first: 1990-Nov-02
    rf"|{_YEAR}-{_MONTH}-[0-3]?\d\b"
    # Vietnamese: ngày 2 tháng 9 năm 2015; without "ngày", with its year: 2 tháng 9 năm 2016
    rf"|ngày\s+{_DAY}\s+tháng\s+\d{{1,2}}(?:,?\s+năm\s+{_YEAR})?\b"
    rf"|{_DAY}\s+tháng\s+\d{{1,2}},?\s+năm\s+{_YEAR}\b"
    # German, the day with its full stop, and its year: 24. Juni 2012
    rf"|{_DAY}\.\s+{_MONTH}\s+{_YEAR}\b"
    # Tagalog, the day as an ordinal: ika-9 ng Hunyo, 2017
    rf"|ika-{_DAY}\s+ng\s+{_MONTH}(?:,?\s+{_YEAR}\b)?"
    # Chinese and Korean: 2014年10月8日, 2016년 3월 2일
    rf"|{_YEAR}\s*[年년]\s*[01]?\d\s*[月월]\s*[0-3]?\d\s*[日일]"
    # ... and as a translator renders them: year 2019 month 3 day 4, 2019 year 3 month 4 day
    rf"|year\s+{_YEAR},?\s+month\s+[01]?\d,?\s+day\s+[0-3]?\d\b"
    rf"|{_YEAR}\s+year,?\s+[01]?\d\s+month,?\s+[0-3]?\d\s+day\b"
    # a month in Roman numerals, as Poland and its neighbours write it: 4.III.2019, 04/III/2019
    rf"|{_DAY}([./-])(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\2{_YEAR}\b)",
    re.IGNORECASE)
# _DATE for a text of ASCII characters alone, read once lowercased: every letter the pattern
# names is in lowercase, and its classes hold both cases or none, so the lowercased text holds
# its matches at the same places without IGNORECASE, which the regex engine tries faster (it
# folds no letter at each place of the text): a third less time where most of a line's dates
# are looked for (_date_spans).
# And it opens with "\b", which every match of _DATE has before it (it opens with a digit or a
# letter, after a character that is none, or after ".."): the engine, trying the pattern at
# every position, leaves a position inside a word at that first test, before the lookahead.
_DATE_LOWER = re.compile(r"\b" + _DATE.pattern, _DATE.flags & ~re.IGNORECASE)
_ASCII_DIGIT = re.compile("[0-9]")
# What str.rstrip takes away from an ASCII text to leave it ending in its last digit.
_NOT_ASCII_DIGITS = "".join(chr(c) for c in range(128) if not "0" <= chr(c) <= "9")


def digits_end(text: str) -> int:
    r"""Where a search for a number that ends in a digit may end: after the character that
    follows the text's last digit, which a look-ahead after the number reads ("\.\d", which
    some read too, stands nowhere after it); beyond ASCII, where "\d" holds other digits,
    the text's end. A search that tries every position is spared the words after."""
    return len(text.rstrip(_NOT_ASCII_DIGITS)) + 1 if text.isascii() else len(text)


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Where _DATE matches in text, in order (see _DATE_LOWER).

    In a text of ASCII characters, every date holds a digit, and what stands before its first
    digit is at most two words and what parts them ("march the 4th", "the 4th of march",
    "mar-4-2019": a month, "the", spaces, a full stop or a hyphen): no date opens before the
    second run of characters between spaces before the piece of the text's first digit, where
    the search starts (its look-behinds still read what stands before). After its last digit,
    no more than the rest of its piece and two words ("4th of march", "4 de marzo": the
    pattern reads no further, and a month's word whole), where the search ends. The search,
    which tries the pattern at every position, is spared the words before and after."""
    if text.isascii():
        lowered = text.lower()
        digit = _ASCII_DIGIT.search(lowered)
        if digit is None:
            return []
        before = lowered[:digit.start()].rsplit(None, 3)  # (its last word may be the digit's)
        start = len(before[0]) if len(before) == 4 else 0
        after = lowered[len(lowered.rstrip(_NOT_ASCII_DIGITS)):].split(None, 3)
        end = len(lowered) - len(after[3]) if len(after) == 4 else len(lowered)
        return [match.span() for match in _DATE_LOWER.finditer(lowered, start, end)]
    return [match.span() for match in _DATE.finditer(text)]


# A month and a year alone ("born in March 2019") is no date of birth: it names no one day.
# Written without separators after a birth word: "dob 030419", "DOB 03042019", "born 20190304".
_COMPACT_DATE = re.compile(
    r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d\d|(?:19|20)\d\d)(?!\d)"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")
# ... or with spaces ("the dob is 9 28 13", "DOB 07 14 2011", "DOB: 2011 09 18"), read only
# right after a birth word, as the compact ones are
_SPACED_DATE = re.compile(
    r"(?<![\d.,/:-])(?:(?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01]) (?:(?:19|20)\d\d|\d\d)"
    r"|(?:19|20)\d\d (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01]))(?![\d.,/:-]|\s\d)")
# (or what holds it: "the DOB on file is 030419", "his DOB, 030419,", "the bday (030419)")
_COMPACT_AFTER_CUE = re.compile(
    r"[\s:#.=,(-]{0,3}"
    r"(?:(?:(?:on\s+(?:file|record)|listed|given|written)\s+)?(?:is|was|of|as)\s+)?$",
    re.IGNORECASE)
# A date of another calendar, as families' papers give a date of birth (Hebrew, Islamic,
# Persian and Afghan solar, Ethiopian, Nepali): a day, its month's name and a year, the name
# first or the day first ("1 Muharram 1430", "Meskerem 12, 2008"), or a solar hijri year of
# the 1300s or 1400s, its month and its day ("1398/05/12"); read only right after a birth's
# word, perhaps with a few words between ("DOB on the tazkira is 1398/05/12")
_OTHER_MONTHS = alternation("months-of-other-calendars", "months-of-other-calendars-phrases")
_OTHER_CALENDAR_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_OTHER_MONTHS})\s+\d{{4}}"
    rf"|(?:{_OTHER_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|1[34]\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])", re.IGNORECASE)
_OTHER_CALENDARS_HINT = re.compile(rf"\b(?:{_OTHER_MONTHS})\b|\b1[34]\d\d/", re.IGNORECASE)
_OTHER_CALENDAR_AFTER_CUE = re.compile(r"[^.;!?\n\d]{0,40}")
# A holiday and its year, right after a birth's word and "on": "born on Christmas Day 2013"
# (the cue's gap, _HOLIDAY_AFTER_CUE, holds no other word).
_HOLIDAY_BIRTH = re.compile(
    rf"\b(?:{alternation('birth-holiday-phrases')}),?\s+(?:(?:of|in)\s+)?(?:19|20)\d\d(?!\d)",
    re.IGNORECASE)
_HOLIDAY_AFTER_CUE = re.compile(r"\s*(?:(?:on|in)\s+)?$", re.IGNORECASE)
# Words that make the date after them a date of birth; up to 40 characters of the same sentence
# may stand between ("born in the county hospital on January 17, 2020").
# The letters its cues open with, tried first: the pattern is searched from every position of
# the 60 characters before a date, and most positions hold none of them.
_BIRTH_CUE_INITIALS = "".join(sorted(
    set("dbtw'’") | {w[0] for w in entries("birth-words-other-languages")}
    | {w[0] for w in entries("birth-abbreviations")} | {w[0] for w in entries("birth-phrases")}))
_BIRTH_CUE = (
    rf"(?:\bDOB|\bd\.o\.b\.?|\bdate\s+of\s+birth|\bbirth\s*-?\s*date|\bbirthday|\bborn|\bb\.|"
    # "nació el 4 de marzo", "fecha de nacimiento 15/08/2017", "née le 3 mars"
    # (a word of its own: not the "né" of "Diné")
    rf"\b(?:{alternation('birth-words-other-languages')})(?:\b|(?<=\.))|"
    # "turns 6 on March 4", "turned 16 on Feb 2", "she'll be 6 on 3/4"
    rf"\b(?:turns?|turned|turning|(?:'ll|’ll|will)\s+be)\s+"
    rf"(?:\d{{1,2}}|{alternation('number-words')})\b"
    rf"|\bb-?day|(?<![\w/])(?:{alternation('birth-abbreviations')})(?![\w/])"
    rf"|\b(?:{alternation('birth-phrases')})\b"
    # "Birth certificate says March 3, 2019": a birth record, then what it says; "birth: 3/4"
    rf"|\bbirth\s+(?:{alternation('birth-record-nouns')})\s*"
    rf"(?:{alternation('birth-record-verbs')}|:)|\bbirth\s*:)")
_BIRTH_BEFORE = re.compile(
    rf"(?=[{_BIRTH_CUE_INITIALS}]){_BIRTH_CUE}"
    # the full stop of an abbreviation right before the date, or an ellipsis, may close the
    # cue ("Fecha de nac. 23 de enero", "DOB... 3/4/19"), or a form's dotted leader ("Date of
    # Birth......11/02/2015"); no other full stop stands between a cue and its date ("She was
    # born. Removed 3/4/2020" is another sentence)
    # The gap may hold the hour of a birth ("born at 5:41 a.m. on January 22, 2026") or how
    # early it came ("born at 32 weeks on 4/15/2013", "born 28-week preemie, 3/2/2024").
    r"(?:(?<!born)(?<!day)\.(?=\s*$)|\.{2,})?"
    r"(?P<gap>[^.!?;\n\d]{0,40}(?:\d{1,2}(?::\d\d\s*(?:[ap]\.?m\.?)?|[\s-]?weeks?\b(?! ago))"
    r"[^.!?;\n\d]{0,20})?)$",
    re.IGNORECASE)
# ... anywhere in a line: the line before a date that stands alone on its own, a question and
# its answer ("can you send me jordyn's dob for the form" / "7/22/16" / "thx")
_BIRTH_CUE_IN_A_LINE = re.compile(_BIRTH_CUE, re.IGNORECASE)
# Between a date of birth and a later date in the same sentence: words of events, or a
# preposition right before the later date, make it the date of something else ("DOB 4/12/2017
# is confirmed and the hearing is on 5/3/2025"); otherwise it is another record of the birth
# ("DOB is October 14, 2010, school has 10/14/2011").
_EVENTS = alternation("event-words")
# ... and between a birth word and a date, the names of dated events: "DOB is on the referral,
# and the hearing is March 3, 2025".
_EVENT_AFTER_CUE = re.compile(rf"\b(?:{_EVENTS})\b", re.IGNORECASE)
# ... or a deadline's or a span's preposition right before the date ("birthday cards by 3/25",
# "the birthday list until 4/1"), which "on" is not ("born on 3/4/19")
_DEADLINE_BEFORE = re.compile(rf"\b(?:{alternation('deadline-prepositions')})\s+(?:the\s+)?$",
                              re.IGNORECASE)
_EVENT_BETWEEN = re.compile(
    rf"\b(?:{_EVENTS}|{alternation('event-between-words')})\b"
    rf"|\b(?:{alternation('date-prepositions')})\s+(?:the\s+)?$",
    re.IGNORECASE)
# ... but not a preposition after a correction's verb, which makes the later date the same
# birth written again ("DOB listed as 9/4/2012, corrected to 9/14/2012", "DOB: Jan. 30, 2016
# (corrected from Jan. 13, 2016"): the words between are read without it.
_CORRECTED_TO = re.compile(
    rf"\b(?:{alternation('correction-verbs')})\s+(?:it\s+)?(?:to|from|as)\s+(?:the\s+)?$",
    re.IGNORECASE)
# After a date, what makes it a date of birth: "4/12/2017 (DOB)", "3/4/19 is her DOB".
_BIRTH_AFTER = re.compile(r"^\s*(?:\(|(?:is|was|as)\s+(?:(?:her|his|their|the|my)\s+)?"
                          # "the 21st of August, her 21st birthday"
                          r"|,\s*(?:her|his|their)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?)?\s*"
                          r"(?:DOB|d\.o\.b\.?|date of birth|birth\s*date|birthday|b-?day)\b"
                          # a roster's line: a name, the date, the sex ("Elijah, 1/7/17, M")
                          r"|^,\s*[MF]\s*(?:[,;)]|$)", re.IGNORECASE)

# (not after "+": a country's code opens a phone, "+254 20 5550 133")
# (spaced, not within a longer run of groups: "044 55 1234 5678" is a Mexican mobile)
_SSN = re.compile(r"(?=[\dXx*#])"
                  r"(?:(?<![\w$.+-])(?:\d{3}-\d{2}-\d{4}|(?<!\d )\d{3} \d{2} \d{4}(?! \d{3})"
                  r"|\d{3} - \d{2} - \d{4})"
                  r"(?![\w-]|\.\d)"
                  r"|(?<![\w-])(?:(?:[Xx*#]{3}|\d[Xx*#]{2})-[Xx*#]{2}-|[Xx*#]{5})\d{4}\b)")
# After an SSN keyword, another person's last four in the same sentence: "Dad's SSN last 4 is
# 7718, mom's is 2046", "the older sister's is 5520".
_SSN_FOLLOW = re.compile(r"\b[A-Za-z]+['’]s\s+(?:(?:last\s+(?:4|four)|SSN|social)\s+)?(?:is|was|"
                         r"ends\s+in|ending\s+in|:)\s*(\d{4}|\d{3}-\d{2}-\d{4})(?![\w-])",
                         re.IGNORECASE)
# A last four with no SSN word: "last 4 2286 is all the school needs", "her last four 2286",
# "last four of his social is 9031", "last 4 of ss 4821", "last four (7720)". Not "the last 4 of
# her phone number": that gives no digits.
_LAST_FOUR = re.compile(rf"\blast\s*(?:4|four)(?:\s+digits)?(?:\s+of\s+"
                        rf"(?:(?:{alternation('last-four-owners')})\s+)?(?:social|ssn?|ss#))?"
                        r"(?:\s+(?:is|was|are))?\s*[:#=,(]?\s*(\d{4})(?![\w-]|\.\d)",
                        re.IGNORECASE)
# The last four asked for or read out, then given a few words on, with no other digit between
# ("what's the SS# last four on the youngest? / 4408", '"last four of the social?" "3051"',
# "She read me the last four — 8506 —"); and the others of a list after it ("the last four of
# each child's SSN: 2209, 4752, 9031").
_LAST_FOUR_THEN = re.compile(r"\blast\s*(?:4|four)\b[^\d\n]{0,50}?(?<![\w$.,/#-])(\d{4})"
                             r"(?![\w-]|[.,]\d)", re.IGNORECASE)


def _last_four_answered(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """_LAST_FOUR_THEN's numbers where an SSN's word stands from 40 characters before "last"
    to the number, and no other number's word (a card's, an account's: [not-ssn-before]); then
    the four-digit numbers listed after each last four found."""
    spans = []
    for m in _LAST_FOUR_THEN.finditer(text):
        if m.span(1) in found:
            continue
        window = text[max(0, m.start() - 40):m.start(1)]
        if _SSN_WORD.search(window) and not _NOT_SSN_WORD.search(window):
            spans.append(m.span(1))
    for start, end in found + spans:
        if end - start != 4:
            continue
        while (more := _LIST_NEXT.match(text, end)) and len(more.group(1)) == 4 \
                and more.group(1).isdigit():
            spans.append(more.span(1))
            end = more.end(1)
    return spans


_NOT_SSN_WORD = re.compile(rf"\b(?:{alternation('not-ssn-before')})\b", re.IGNORECASE)
# After a keyword's number, the numbers listed with it: "tribal enrollment numbers
# (330-117-4928 and 330-117-4929)", "Medicaid numbers 88812345, 88812346 and 88812347",
# "case nos. 1193847 / 1193848".
# The next number of a list after one keyword: digits ("330-117-4928 and 330-117-4929"), in
# groups parted by spaces too ("7710 4429 01, 7710 4429 02"), or an id with letters around or
# inside its digits ("RK55102B, RK55103B and RK55104B", "K55X2031 and K55X2047"); after the
# one before it and a gloss in brackets ("20931 (Ana), 20944 (Ben)"), or on the next line.
_LIST_NEXT = re.compile(r"(?: \([^()\n\d]{1,24}\))?"
                        r"(?:\s*[,;]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|\s+/\s+|[ \t]*\n[ \t]*)"
                        r"((?:[A-Z]{1,4}-?)?\d(?:[\dA-Z-]| (?=\d))*[\dA-Z])(?![\w-])")
# ... or the number that corrects it: "State client ID 772 0194, no, 772 0914", "CHIP number
# CH 331 8204, wait, no, CH 331 8240", "P-2023-4471, no, P-2023-4417"
_CORRECTED_NEXT = re.compile(
    r"\s*[,;]?\s*(?:(?i:no|nope|wait|sorry|oops|i mean|actually|correction)\b[\s,:.!-]*){1,3}"
    r"(?:(?i:it'?s|it is|that'?s)\s+)?((?:[A-Z]{1,4}[- ]?)?\d[\d -]*[\dA-Z])(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")  # (a line break ends one, whatever follows)
# (SSNs: "a list of SSNs, last four only"; the words of other languages, in [ssn-words-other-
# languages-phrases], opening with their own letters: the lookahead lets the engine skip to them)
_SSN_ABROAD_HEADS = tuple({phrase.split()[0].casefold()
                           for phrase in entries("ssn-words-other-languages-phrases")})
_SSN_WORD = re.compile(
    rf"(?=[s{''.join(sorted({h[0] for h in _SSN_ABROAD_HEADS} - {'s'}))}])"
    r"(?:\b(?:SSNs?|social\s+security|social|soc)\b|\bS\.S\.N\.?|\bSS#"
    r"|\bSS\s+no\b\.?|\bSS(?=\s*:?\s*\d|\s+end)"
    rf"|\b(?:{alternation('ssn-words-other-languages-phrases')})\b)", re.IGNORECASE)
# A last four, then the SSN word in brackets: "ends in 4410 (SSN)".
_FOUR_THEN_SSN = re.compile(r"(?<![\w-])(\d{4})\s*\((?:SSN|SS#?|social)\)", re.IGNORECASE)
_SOCIAL_CLOSES = re.compile(r"\s*(?:#|$|[.,;:)!?])")
# What glosses a number right after it: a bracket, a dash, "is the", "which is her", "that's the"
# or "its the" ("NN-003318 (enrollment), CYS-25-0741 (our case)", "JDC-00417 - detention ID",
# "9913-004-27 is the employee number", "118-4420 thats the referral")
_GLOSS_OPENING = (rf"(?:\s?\(|\s[-–—]\s|,?\s(?:(?:which\s|that\s)?(?:is|was)\s"
                  rf"|(?:that|it)['’]?s\s)(?:{alternation('determiners')})\s)")
# An SSN or its last four glossed right before an SSN's word, after such an opening or a comma
# and an owner: "123.45.6789 (social security number)", "6789, her SSN last 4", "123-45-6789 is
# the SSN", "6789 (last four of her SSN)"
_SSN_GLOSSED = re.compile(
    r"(?<![\w.-])(\d{3}([-. ]?)\d{2}\2\d{4}|\d{4})"
    rf"(?:{_GLOSS_OPENING}|,\s(?:her|his|their|the|my)\s)(?:[\w']+\s){{0,4}}$", re.IGNORECASE)

# A keyword, then the number it introduces. The keyword decides the kind. Keywords in the
# second group of each kind are ordinary words too ("policy", "report"), so they need a strong
# link ("number", "no.", "#", "ID", ":") before the number.
_CASE_WORDS = alternation("case-keywords", "case-keyword-phrases")
_CASE_WORDS_STRONG = alternation("case-keywords-strong")
_ID_WORDS = alternation("id-keywords", "id-keywords-generic", "id-keywords-short-numbers",
                        "id-keyword-phrases")
_GENERIC_ID = words("id-keywords-generic")
# A parcel's carrier, or a tracking number in a carrier's shape (UPS's "1Z" and sixteen
# letters and digits; USPS's twenty to twenty-two digits opening with a 9): "tracking" then
# numbers a package, not an ICPC request
_CARRIER = re.compile(rf"\b(?:{alternation('parcel-carriers', 'parcel-carriers-phrases')})\b",
                      re.IGNORECASE)
_PARCEL_SHAPE = re.compile(r"1Z[0-9A-Z]{16}|9\d{3}(?: ?\d{4}){4}(?: ?\d{2}){0,1}")
# An immigration form's name, as USCIS and the State Department number them ("I-130",
# "I-485", "N-400", "DS-160"): a form, never a person's number, after an id's keyword too ("I-94,
# I-130, I-360 (SIJS), I-485: four immigration forms")
_IMMIGRATION_FORM = re.compile(r"(?:I|N|DS)-\d{1,3}[A-Z]?")
# A text speaking of the agency's own privacy incident, where "incident" numbers its log of it
_PRIVACY_INCIDENT = re.compile(
    rf"\b(?:{alternation('privacy-incident-words', 'privacy-incident-words-phrases')})\b",
    re.IGNORECASE)
_RECORDS_OF_AN_ID = words("records-of-an-id")  # "student record S0044187"
_KEPT_ON_WORDS = words("case-keywords-kept-on")
_SHORT_NUMBER_WORDS = words("id-keywords-short-numbers")
_ID_WORDS_STRONG = alternation("id-keywords-strong")
_KEYWORD = re.compile(
    rf"\b(?:(?P<case>{_CASE_WORDS})|(?P<case_strong>{_CASE_WORDS_STRONG})|(?P<id>{_ID_WORDS})"
    rf"|(?P<id_strong>{_ID_WORDS_STRONG}))(?![\w-])", re.IGNORECASE)
# What makes a word that often heads an id ("Student", "Provider", "Group") head one: "Student
# #", "Provider ID", "Group No."
_NUMBER_WORD = re.compile(r"#|\b(?:no|nos|num|number|numbers|id|ids|i\.d)\b\.?", re.IGNORECASE)
_HEAD_CASE = re.compile(rf"\b(?:{alternation('head-case-words')})\b", re.IGNORECASE)
_HEAD_ID = re.compile(rf"\b(?:{alternation('head-id-words')})\b", re.IGNORECASE)
_OTHER_NUMBERS_HEAD = re.compile(
    rf"\b(?:{alternation('heads-of-other-numbers', 'phone-cue-phrases')})\b"
    rf"|\b(?:{alternation('numbered-things-not-people')})\b", re.IGNORECASE)


def kind_named(label: str) -> str | None:
    """The kind of number a form's label or a table's column head names (columns.py): "ssn"
    ("SSN (last 4)"), "case_number" ("Case #", "Referral Number", "INVESTIGATION", "Case ID"),
    "id_number" ("Person ID", "Medicaid", "Student #"), or None ("Row", "Worker", "Group",
    "Open cases", "Case worker phone").
    A case's word decides before an id's ("Case ID" numbers a case), and either before a word
    that often names one ("Student", "Investigation"), which names an id only beside "#",
    "No." or "ID"."""
    if any(not label[word.end():].lower().startswith(_NOT_SSN_AFTER)
           for word in _SSN_WORD.finditer(label)):
        return "ssn"  # (not "Social worker", "Social Services Case #": [not-ssn-after])
    if _OTHER_NUMBERS_HEAD.search(label):
        return None  # "Case worker phone", "Case ZIP", "Meeting ID"
    numbered = _NUMBER_WORD.search(label) is not None
    # (a plural heads a count, "Open cases", "Referrals", unless "#" or "No." is there)
    groups = {name for match in _KEYWORD.finditer(label)
              for name, value in match.groupdict().items()
              if value and (numbered or not value.lower().endswith("s"))}
    if "case" in groups:
        return "case_number"
    if "id" in groups:
        return "id_number"
    if "case_strong" in groups:
        return "case_number"
    if "id_strong" in groups and numbered:
        return "id_number"
    if _HEAD_CASE.search(label):
        return "case_number"  # "ICN": a claim's, in a payer's remittance
    if numbered and _HEAD_ID.search(label):
        return "id_number"  # "MA #": Medical Assistance
    return None


def _by_first_letter(*groups: list[str]) -> re.Pattern:
    """The keywords of _KEYWORD as one pattern that finds the same words, in the same order of
    preference, but tries at a word's start only the keywords opening with its letter. One long
    alternation is tried keyword by keyword at every word's start, which made finding keywords
    most of the cost of record_numbers; grouped by letter it is about four times faster. Groups
    are then read with _KEYWORD.match at each word found. Each group is a list of keywords as
    alternatives() gives them: one regex a keyword, every entry spelt out ("police report")."""
    by_letter: dict[str, list[str]] = {}
    for word in (word for group in groups for word in group):
        by_letter.setdefault(word[0], []).append(word[1:])
    branches = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_letter.items())
    return re.compile(rf"(?=[{''.join(by_letter)}])\b(?:{branches})(?![\w-])", re.IGNORECASE)


_ID_KEYWORDS = (alternatives("id-keywords", "id-keywords-generic", "id-keywords-short-numbers",
                             "id-keyword-phrases"),
                alternatives("id-keywords-strong"))
_KEYWORD_FOUND = _by_first_letter(
    alternatives("case-keywords", "case-keyword-phrases"), alternatives("case-keywords-strong"),
    *_ID_KEYWORDS)
# ... an id's alone (keyword_before: a Medicaid number's ten digits are no phone, a
# referral's may be one: "The referral was 5553217788 with no name")
_ID_KEYWORD_FOUND = _by_first_letter(*_ID_KEYWORDS)
# The keywords are lowercase, so in a text of ASCII characters alone, the lowercased text read
# without IGNORECASE holds them at the same places as the text read with it (a third less
# time); beyond ASCII, lower() may change a text's length ("İ") and IGNORECASE matches more
# ("K", the kelvin sign, as "k").
_KEYWORD_FOUND_LOWER = re.compile(_KEYWORD_FOUND.pattern, _KEYWORD_FOUND.flags & ~re.IGNORECASE)


def _keyword_starts() -> tuple[frozenset[str], tuple[str, ...]]:
    r"""What a text of ASCII characters, lowercased, holds wherever _KEYWORD_FOUND_LOWER
    matches, looked for once per piece of text between spaces by tokens._chunk (MARK_KEYWORD):
    a search of the whole line for the keywords costs an eighth of a line with digits, and
    half of those lines hold no keyword.

    A keyword opens with letters, at a word's start (its "\b"), so where it matches, the run
    of letters that starts there starts with the keyword's leading letters; and each keyword
    goes on after them with no letter (a space, ".", "-"; or its end, where "(?![\w-])"
    follows), so the run is those letters exactly: one of the first set, a run of letters of
    the lowercased piece. A keyword of one leading letter ("a-number", "i.d.") is that letter
    and the character after it, in the second set, looked for as a substring (rarer than the
    letter alone, "i" or "a")."""
    runs, pairs = set(), set()
    for word in alternatives("case-keywords", "case-keyword-phrases", "case-keywords-strong",
                             "id-keywords", "id-keywords-generic", "id-keywords-short-numbers",
                             "id-keyword-phrases", "id-keywords-strong"):
        lead = re.match(r"[^\W\d_]+", word).group()
        rest = word[len(lead):]
        # what follows the letters, as the pattern writes it: none, "\s+", "\." or "\-"
        assert not rest or rest[:2] in ("\\s", "\\.", "\\-"), word
        if len(lead) > 1:
            runs.add(lead)
        else:
            assert rest[:2] in ("\\.", "\\-"), word  # (a letter alone then a space: "a" of any)
            pairs.add(lead + rest[1])
    return frozenset(runs), tuple(sorted(pairs))


KEYWORD_RUNS, KEYWORD_PAIRS = _keyword_starts()

# An immigrant's "A-number" written "A# 201-555-331" ("#" cannot stand in a keyword list).
# A Mexican CURP, a person's id however it is introduced ("Clave única: GOMR170512HDFNRS09"):
# four letters, the birth date in six digits, H or M, the state's two letters, three consonants
# and two check characters.
_CURP = re.compile(r"(?<![\w-])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![\w-])")
# "A# 219-004-512", "A# A219004512", "A#: A 209 447 118"
_A_NUMBER = re.compile(r"\b[Aa]#:?\s?(?:is\s+)?([Aa]?\s?\d{3}[- ]?\d{3}[- ]?\d{3})(?![\w-])")
# ... the "A#" of one, before nine digits an SSN's shape would take ("A#: 012345678")
_A_NUMBER_BEFORE = re.compile(r"\b[Aa]#:?\s?(?:is\s+)?$")
# ... and one written with its "A" and spaces, with no "A#" before: "it's A 208 117 643"
_SPACED_A_NUMBER = re.compile(r"(?<![\w-])A \d{3} \d{3} \d{3}(?![\w-])")
_IDAHO = re.compile(r" \d{5}(?:-\d{4})?(?![\w-])")  # after ", ID": a ZIP code
_TOWN_BEFORE_IDAHO = re.compile(r"(?:, |[A-Z][a-z]+ )$")
_STRONG_LINK = re.compile(rf"(?:{alternation('strong-link-words')}|#s?|:|=)\.?", re.IGNORECASE)
# What _STRONG_LINK matches whole, as a set: every entry is one word, so a word of ASCII
# characters in lowercase is one of them, or one and a full stop, where the pattern matches it
# (beyond ASCII IGNORECASE matches more: "ı" as "i", so such a word is read by the pattern).
_STRONG_LINKS = frozenset(w + stop for w in (*entries("strong-link-words"), "#", "#s", ":", "=")
                          for stop in ("", "."))


def _strong_link(word: str) -> bool:
    """Whether _STRONG_LINK matches the whole of word, a word in lowercase (see above)."""
    if word.isascii():
        return word in _STRONG_LINKS
    return _STRONG_LINK.fullmatch(word) is not None


_WEAK_LINK = words("weak-link-words")
# (and "=", as forms and chat write it: "MRN=88417022"; "#s" before a list, "case #s 44102,
# 44103 and 44107"; "n°", a number's sign in French)
_LINK_TOKEN = re.compile(
    r"\s*(?:[,:()\[\]\"“–=-]|#s\b|#|w/|n°|[^\W\d_](?:[^\W\d_]|[.'’])*)\s*")
_ID_TOKEN = re.compile(
    # letters before the digits: one group ("S0981234", "B 4490213") or several ("FC-CLM-20931"),
    # or a state's code and letters of the holder's name ("WA-SMITHJ123AB", "OR-D4471932", a
    # licence), or a district's capitals ("SFUSD-4471902", a student's; "CPS/2024/11872"), or up
    # to seven letters of the holder's name run into three digits ("KELLEDM882QF", a licence); or
    # after them, apart, as plates are written ("482 KVN")
    r"#?\s*(?P<tok>\d{1,4} [A-Z]{2,4}(?: \d{3,})?(?![\w-])"
    r"|(?:(?:[A-Za-z]{1,5}-){2,3}|[A-Z]{2}-[A-Z]{1,8}|[A-Z]{5,6}-|[A-Z]{5,7}(?=\d{3})"
    r"|[A-Za-z]{1,4}[ /-]?)?"
    # and groups of letters and digits after a hyphen ("1EG4-TE5-MK72", a Medicare number)
    # or a federal court's ("3:24-cv-00117": a colon after the division's digit)
    r"\d[\dA-Za-z]*(?:[-/. ]\d[\dA-Za-z]*|-[A-Za-z]{1,4}\b|-[A-Za-z]{1,3}\d[\dA-Za-z]*"
    r"|(?<=\d):\d\d(?=-[a-z]{2}-))*)"
    r"(?![\w$%])")
# An identifier read out one character at a time and typed so, capitals and digits apart, its
# groups joined by hyphens or slashes ("2 0 2 4 - J V - 0 0 1 7", "2-0-2-4-J-V-0-0-1-7"): six
# characters or more, five of them digits (_number_after), so that "2 0 2 4" stays _ID_TOKEN's.
_SPELT_ID = re.compile(r"#?\s*(?P<tok>[\dA-Z](?:(?: ?[-/] ?| )[\dA-Z]){5,})(?![\w-])")
# A toll-free number: after a public line's keyword ("hotline") a number to call, no report's
# (and contacts.phones reads it as no person's phone).
TOLL_FREE_NUMBER = re.compile(r"(?:1[\s.-]?)?\(?8(?:00|88|77|66|55|44|33)\)?"
                              r"[\s.-]?\d{3}[\s.-]?\d{4}")
_PUBLIC_LINES = frozenset(entries("public-line-phrases"))
_NATIONAL_HOTLINES = words("national-hotline-numbers")
_NOT_DIGITS = re.compile(r"\D")


def national_hotline(number: str) -> bool:
    """Whether a toll-free number is a national line published for anyone to call
    ([national-hotline-numbers]), by its ten digits."""
    digits = _NOT_DIGITS.sub("", number)
    return digits[-10:] in _NATIONAL_HOTLINES and len(digits) <= 11


# an office's published line between a keyword and its number (contacts._OFFICE_LINE_BEFORE)
_OFFICE_LINE = re.compile(rf"\b(?:{alternation('office-line-phrases')})\b", re.IGNORECASE)
# Things numbered that are no person's: "Meeting ID: 884 2210 4471", "Zoom 88422104471",
# "confirmation # 1124471920": before an id's keyword or a long number, they make it none.
# (or a few words after the id's word: "mtg ID for staffing is 834 220 1190", "the asset tag on
# my laptop is CFS-LT-0412"; or a comma between: "por Zoom, ID 822 4417 0091")
THING_NUMBERED_BEFORE = re.compile(
    r"\b(?P<thing>"
    rf"{alternation('numbered-things-not-people', 'numbered-things-not-people-phrases')})"
    r"(?:,?\s+(?:(?:id|i\.d\.|number|no\.?|code|tag)(?:\s+[a-z]+){0,4}?\s*(?:is|was|=)?"
    # (or the plural, right before the first: "Grant numbers GR-24-00418 and GR-24-00422";
    # not "Housing voucher numbers\nYesenia Morales HCV-20-33817", whose words are a person's)
    r"|numbers(?:\s+(?:are|were))?))?"
    r"\s*[:#,(]?\s*$",
    re.IGNORECASE)
# ... and a number a gloss right after it says is a thing's, as a sentence opening with the
# number says it ("4500118 is the purchase order for the car seats", "C-24-0088 is the contract
# with the visitation center", "So 90CA1234, the federal grant, pays ..."): a few words may
# stand between the article and the thing's word ("the helpdesk ticket")
_THING_GLOSS = re.compile(
    r"(?:,\s+|\s+(?:is|was|=)\s+(?:(?:just|only|probably|actually)\s+)?)"
    r"(?:the|a|an|our|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{alternation('numbered-things-not-people', 'numbered-things-not-people-phrases')})"
    # (the gloss ends there, or goes on with what the thing is of or for: not "Call 555-0142,
    # the contract says to call first")
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{alternation('after-a-thing-glossed')})(?![\w-]))",
    re.IGNORECASE)
# ... the number right before the gloss, with a digit in it
_NUMBER_BEFORE_A_GLOSS = re.compile(
    r"(?<![\w-])([A-Za-z0-9][A-Za-z0-9-]*?\d[A-Za-z0-9-]*(?: \d{2,4}){0,3})$")


# A service desk's record, its kind's capitals and seven digits run together ("INC0061102",
# "RITM0044719", "PRB0004471"): an IT ticket about a system, no person's case, whatever word
# stands before it ("their incident number is RITM0044719")
_SERVICE_DESK_PREFIXES = tuple(map(str.upper, entries("service-desk-record-prefixes")))
_SERVICE_DESK_RECORD = re.compile(rf"\b(?:{'|'.join(_SERVICE_DESK_PREFIXES)})\d{{7}}\b")


def service_desk_records(text: str) -> list[tuple[int, int]]:
    """Where a service desk's record stands (_SERVICE_DESK_RECORD); its capitals looked for
    in C first (most texts hold none)."""
    if not any(prefix in text for prefix in _SERVICE_DESK_PREFIXES):
        return []
    return [match.span() for match in _SERVICE_DESK_RECORD.finditer(text)]


def things_glossed_after(text: str) -> list[tuple[int, int]]:
    """The numbers a gloss right after them names a thing's (_THING_GLOSS), which no reading
    of them as a person's may take: scanner.scan clears them first. The gloss is looked for
    first, the number then right before it (most lines hold no gloss)."""
    if " is " not in text and ", " not in text and " was " not in text and " = " not in text:
        return []
    spans = []
    for gloss in _THING_GLOSS.finditer(text):
        number = _NUMBER_BEFORE_A_GLOSS.search(text, max(0, gloss.start() - 40), gloss.start())
        if number is not None:
            spans.append(number.span(1))
    return spans


# "PO" in capitals before a number: a purchase order's ("PO 4500220418"), in one run of digits.
# Not in [numbered-things-not-people]: a probation officer's phone ("her PO: 608-555-0144")
PURCHASE_ORDER_BEFORE = re.compile(r"\bP\.?O\.?\s*[:#]?\s*$")
# ... and "PO" earlier in the clause, a few words before the number ("is the crib PO still
# 4500118", "Correction: PO is 4500233", "the PO for his bed? 4500247"): contacts.phones asks
# it of a run of digits with no phone's word between (not "PO Box", an address)
PURCHASE_ORDER_EARLIER = re.compile(r"\bPOs?\b(?!\s*Box)[^\n.;!]{0,30}$")
# The first of a range of codes, before the last: "REQ-2026-0331 through REQ-2026-0336", "Bates
# CFS-PROD-004120 to CFS-PROD-004188". What numbers the first (a thing's word) numbers the last.
_RANGE_FIRST = re.compile(r"(?<![\w-])[A-Za-z0-9][\w-]*\d{2,} ?(?:to|through|thru|-|–) ?$",
                          re.IGNORECASE)


def thing_numbered(text: str, start: int, reach: int) -> bool:
    """Whether a thing's word (THING_NUMBERED_BEFORE) stands in the reach before start, or
    before the first code of the range that start closes."""
    first = _RANGE_FIRST.search(text, max(0, start - 32), start)
    if first is not None:
        start = first.start()
    return THING_NUMBERED_BEFORE.search(text, max(0, start - reach), start) is not None
# Docket shapes that need no keyword: 2024-JV-00123, JV-2023-0456 (or "jv-24-00317", typed in
# lowercase), 22JV001045, FC-19-2231, ICPC-24-OR-0338 (a state's code after the year), and
# record numbers with several letter prefixes: FC-CLM-20931; and a year, a hyphen and six or
# seven digits, as systems number their reports ("look up 2024-0417783"), or a year's four
# digits or two, a hyphen and four to six digits opening with a zero, as agencies number their
# cases ("the whiteboard had 25-0609 and 25-0611 on it", "file 2011-0448"; not "2011-2012",
# "03-15", "555-0142", nor a year and a month's and a day's four digits: "since 2021-0412")
_DOCKET = re.compile(r"(?=[\dA-Za-z])(?<![\w-])"  # a digit or a letter opens every shape
                     r"(?:\d{2,4}-[A-Z]{1,4}(?:-\d+)*-\d{3,}|\d{2}[A-Z]{2,4}\d{3,}"
                     r"|(?:19|20)\d\d-\d{6,7}|\d\d-0\d{3,5}"
                     r"|(?:19|20)\d\d-(?:0\d{4,5}|0(?![1-9](?:[0-2]\d|3[01]))\d{3})"
                     r"|[A-Za-z]{1,5}-\d{2,4}(?:-[A-Z]{1,4})?-\d{3,}"
                     r"|[A-Z]{1,5}(?:-[A-Z]{1,5})+-\d{3,})(?![\w-])")
# A docket typed in chat's lowercase, a year's two digits, the court's letters and the number
# run together ("23jv1188", "24dp00417"): _DOCKET's shape in capitals; not a time run into
# digits ("10am1230"). The hint, a letter then four digits, is what every match holds.
_LOWER_DOCKET = re.compile(r"(?<![\w-])\d{2}(?![ap]m\d)[a-z]{2,3}\d{4,6}(?![\w-])")
_LOWER_DOCKET_HINT = re.compile(r"[a-z]\d{4}")
# Record numbers of other shapes, found with no keyword: pieces of letters and digits joined by
# hyphens, slashes, dots or colons ("JD-11872-B", "NM-CYFD-25-19083", "1:25-cv-00418",
# "CR25-000812"), or digits, letters and digits run together ("2026CW00381"). Taken only with
# five digits at least, a letter, and a _DOCKET_END in them (see _coded_records): a date, a
# time, a phone, a ZIP code has no letter; a form, a bill, a grade ("W-2", "HB-1234", "K-12")
# has fewer digits.
_RECORD_CODE = re.compile(r"(?<![\w/.:#-])(?:[A-Za-z0-9]+(?:[-/.:][A-Za-z0-9]+)+"
                          r"|\d+[A-Za-z]{1,4}\d+)(?![\w-]|[/.:][A-Za-z0-9])")
_ALIEN_NUMBER = re.compile(r"A-?\d{3}-?\d{3}-?\d{3}")  # "A-208-554-117": an A-number, an id
_PHONE_INSIDE = re.compile(r"\d{3}[-.]\d{3}[-.][\dO]{4}")  # "at385-555-0112she": a phone
_WEB_WORDS = ("www", ".com", ".org", ".net", ".gov", ".edu", "http")
# After a docket's shape, the nouns of a form or tool it names: "the SDM-2024-003 tool".
_NOT_DOCKET_AFTER = re.compile(rf"\s+(?:{alternation('not-docket-after')})\b", re.IGNORECASE)
_LONG_DIGITS = re.compile(r"(?=\d)(?<![\w$.,/-])\d{8,}(?![\w%]|[.,]\d)")
# What every match of a pattern holds: _SSN ends in four digits in a row, _LONG_DIGITS is eight
# or more, every _DOCKET shape ends in three digits after a hyphen or a capital ("-00123",
# "JV001045"), and every _coded_records code after one of those, a slash or a dot
# ("INV/25/00418"). Patterns that open with a lookbehind are tried at every position of a line;
# these plain searches skip to the first digit (or hyphen or capital), so looking for them first
# spares most lines with numbers (ages, times, amounts) the patterns' trial. A class written
# out n times rather than "\d{8}": the same matches, which the regex engine finds with about
# half the instructions (it tries a counted repeat as a loop at every position).
_FOUR_DIGITS, _EIGHT_DIGITS = re.compile(r"\d" * 4), re.compile(r"\d" * 8)
_DOCKET_END = re.compile(r"[-A-Z/.]\d{3}")
# ... of which a record's code joined by slashes or dots alone opens with a letter
# ("INV/25/00418", "NC.BUN.23.0419"): "65C-30.001" is a code's section, "2025/44/118" a count
_HYPHEN_OR_CAPITAL_END = re.compile(r"[-A-Z]\d{3}")
# A member's or a card's number with no keyword near: capitals, then six digits or more
# ("I put HPX0038872 on the form", "entered MC48392017"), or capitals and digits, a hyphen and
# digits ("A1234-77812"): few other things are written so.
_LETTERS_THEN_DIGITS = re.compile(r"(?=[A-Z])(?<![\w-])(?:[A-Z]{1,4}\d{6,}|[A-Z]{1,3}\d{3,}-\d{4,})"
                                  r"(?![\w-])")
_SIX_DIGITS_IN_A_ROW = re.compile(r"\d{6}|\d{3}-\d{4}")
_ORGANISATION_NPI = re.compile(rf"\b(?:{alternation('organisation-npi-words')})\b",
                               re.IGNORECASE)


# An organisation before a keyword it holds numbers of, as its owner or its kind, with up to
# two words between ("The daycare's state license is DC-118842", "Facility license #"): the
# number is the organisation's. Not across a person's possessive ("the agency's records show
# mom's license"), whose apostrophe no word between holds.
_NUMBERS_ORGANISATIONS_HOLD = words("numbers-organisations-hold")
_ORGANISATION_HOLDING_BEFORE = re.compile(
    rf"\b(?:{alternation('organisations-holding-numbers-phrases')})(?:['’]s|s['’])?"
    r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}$", re.IGNORECASE)
_HELD_KEYWORD_BEFORE = re.compile(rf"\b(?:{alternation('numbers-organisations-hold')})[ \t]+$",
                                  re.IGNORECASE)


def _held_by_an_organisation(text: str, start: int, keyword: str) -> bool:
    """Whether the keyword at start is of a number an organisation holds, its owner or its kind
    before it; "ID" after such a keyword too ("the PCA agency's provider ID")."""
    if keyword in _GENERIC_ID:
        before = _HELD_KEYWORD_BEFORE.search(text, max(0, start - 16), start)
        if before is None:
            return False
        start = before.start()
    elif keyword not in _NUMBERS_ORGANISATIONS_HOLD:
        return False
    return _ORGANISATION_HOLDING_BEFORE.search(text, max(0, start - 48), start) is not None


def held_by_an_organisation_head(label: str) -> bool:
    """Whether a table's head or a form's label names a number an organisation holds
    ("Facility license #", "Daycare license"), whose cells are no one's (columns.py)."""
    return any(_held_by_an_organisation(label, word.start(), word.group().lower())
               for word in _KEYWORD.finditer(label))


def _organisation_npi(text: str, start: int, end: int) -> bool:
    """Whether an organisation's word stands beside "NPI" (start to end) on its line, in the
    40 characters before or the 30 after."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _ORGANISATION_NPI.search(text, max(line_start, start - 40),
                                    min(line_end, end + 30)) is not None


def scheme(code: str) -> tuple[str, tuple[int, ...]] | None:
    """A code's numbering scheme: its letters before the first digit and the lengths of its
    groups of digits ("CT-24-0117" -> ("CT", (2, 4)), as "CT-22-0650"), or None for a code
    that opens with a digit (dates', counts' and dockets' shapes are every scheme's)."""
    if not code[:1].isascii() or not code[:1].isalpha():
        return None
    return _LETTERS.match(code).group().upper(), tuple(map(len, _DIGIT_GROUPS.findall(code)))


def of_other_schemes(text: str, spans: list[tuple[int, int]], codes: list[str]) \
        -> list[tuple[int, int]]:
    """The spans whose code is of no scheme of codes' (codes that are things' numbers)."""
    schemes = {scheme(code) for code in codes} - {None}
    return [span for span in spans if scheme(text[span[0]:span[1]]) not in schemes] \
        if schemes else spans


_DIGIT_GROUPS = re.compile(r"\d+")
_NPI_BEFORE = re.compile(r"\bNPI\b(?:\s+(?:is|was|number|no\.?))?[\s:#.=,]*$", re.IGNORECASE)


def _organisation_npi_before(text: str, start: int) -> bool:
    """Whether an organisation's "NPI" stands right before the number at start, or with "is"
    or "number" between ("Our agency's NPI is 1234567893")."""
    npi = _NPI_BEFORE.search(text, max(0, start - 16), start)
    return npi is not None and _organisation_npi(text, npi.start(), npi.start() + 3)


_IT_RECORDS = words("it-record-prefixes")  # "CHG0012391", "INC0049902": a help desk's records
_STATUTE_WORDS = words("statute-words")  # "ORS419005": a statute typed without its space
_DOTTED_SECTION = re.compile(r" \d+(?:\.\d+)+")  # " 1.07", " 13.34.030": a code's section
# Before a number, words that make it a place's or a part's ("Records Room 118", "case file,
# Suite 200"): after a record's keyword, the number is then no record's
_NOT_DOCKET_WORDS = words("not-docket-before")
# ... and, opening what a record's keyword found, a place's or a part's word, a code's or a
# form's ("Form 1107") or a season's ("Fall 2025"): the number is then a thing's or a term's
_NO_RECORD_OPENING = _NOT_DOCKET_WORDS | _STATUTE_WORDS | words("seasons")
# A title, a code's capitals and a part, as regulations are cited ("42 CFR 433.139"): the shape
# of a plate ("482 KVN") that _ID_TOKEN reads
_TITLE_AND_CODE = re.compile(r"\d{1,3} ([A-Z]{2,4})(?: \d+(?:\.\d+)*)?")
# An employer identification number's shape, two digits and seven, after a tax's word: a
# business's or an agency's (an SSN has three digits, two and four)
_EMPLOYER_NUMBER = re.compile(r"\d\d-\d{7}")
_TAX_BEFORE = re.compile(r"\b(?:tax|tin|ein)\b", re.IGNORECASE)
# A fiscal year ("FY2026", "FY26"), and the minutes of a time after a number's last digits
# ("06/11 17:00": the keyword's number read to the hour)
_FISCAL_YEAR = re.compile(r"FY(?:\d\d)?\d\d", re.IGNORECASE)
_TIME_AFTER = re.compile(r":\d\d\b")

# After a keyword that is a code's name too ("WIC": California's Welfare and Institutions Code,
# and the food programme), a number no section has: seven digits or more, in one run or in
# groups, or letters and six digits ("WIC 4471-2290", "WIC W0039912"; not "WIC 827", "WIC
# 16001.9", "WIC 300(b)")
_PROGRAM_ID = re.compile(r"\d{7,}|\d{3,}(?:[ -]\d{3,}){1,3}|[A-Z]{1,3}\d{6,}")
_STATUTE_BEFORE = re.compile(
    rf"(?:§|\b(?:{alternation('statute-words', 'not-docket-before')})\.?\s*$)", re.IGNORECASE)
# Right after an SSN word, the beginnings of words that make it none: "Social Security Act",
# "Social Security Administration", "social worker".
_NOT_SSN_AFTER = tuple(" " + w for w in entries("not-ssn-after"))


# Every cue of a date of birth, before the date (_BIRTH_BEFORE) or after it (_BIRTH_AFTER), holds
# one of these once lowercased: a line with none has no date of birth, and its dates need not be
# looked for. "rth" stands for "birth": with IGNORECASE, "İ" and "ı" match the "i", and lower()
# does not turn them into "i"; no letter here has such a double.
def _stems(*sections: str, length: int = 4) -> str:
    """The entries' beginnings as an alternation, none of them repeating a shorter one: enough
    to tell a line that may hold one of the entries ("nac" for "nació", "nacido", "nac")."""
    kept: list[str] = []
    for stem in sorted({w[:length] for section in sections for w in entries(section)}, key=len):
        if not any(stem.startswith(k) for k in kept):
            kept.append(stem)
    return "|".join(re.escape(k) for k in kept)


# A newborn's weight right after a date: the day of the birth ("arrived on 3/4/2019 at 6 lbs",
# "11/22/26, 7 lbs 2 oz")
_BIRTH_WEIGHT_AFTER = re.compile(r",?\s(?:at\s|weighing\s)?\d{1,2}\s?(?:lbs?|pounds?)\b",
                                 re.IGNORECASE)
# (a phrase of [birth-phrases] by its last word, rarer than its first: "world")
_BIRTH_PHRASE_ENDS = sorted({phrase.split()[-1] for phrase in entries("birth-phrases")})
_BIRTH_HINT = re.compile(rf"dob|d\.o\.b|rth|born|b\.|turn|b-?day|ll be|, ?[mf]\b|lb|pound|"
                         rf"{_stems('birth-abbreviations', 'birth-words-other-languages')}|"
                         + "|".join(map(re.escape, _BIRTH_PHRASE_ENDS)))
# Characters from the commonest in our writers' lines to the rarer (any other is rarer still).
# The regex engine, searching for a pattern whose every branch opens with a character of its
# own, leaves in C every position that holds none of them, and tries the pattern only at the
# others: what a search costs is about how many positions it tries.
_BY_COMMONNESS = " etaoinsrhldcumfpgwyb.,vk-'xjqz/0123456789"
_COMMONEST = 10  # " etaoinsrh": an anchor there would be tried at every other position


def _rarest(literal: str) -> int:
    """The place in literal of its rarest character (the last, of several alike)."""
    rank = [_BY_COMMONNESS.find(c) % (len(_BY_COMMONNESS) + 1) for c in literal]
    return max(range(len(literal)), key=lambda k: (rank[k], k))


def _anchored(literals: list[str], branches: tuple[tuple[str, str], ...] = ()) \
        -> tuple[re.Pattern, tuple[str, ...]]:
    """A pattern that finds a text holding one of literals (or of branches, each a character
    and the regex text after it), each literal found from its rarest character, with a
    lookbehind for what stands before it ("u(?<=tu)rn" for "turn"); and the literals whose
    rarest character is still among the commonest, to be looked for with "in". For a yes or
    no: a match starts at the rare character, not where the literal starts."""
    by_anchor: dict[str, list[str]] = {}
    plain = []
    for literal in literals:
        k = _rarest(literal)
        if 0 <= _BY_COMMONNESS.find(literal[k]) < _COMMONEST:
            plain.append(literal)
            continue
        behind = f"(?<={re.escape(literal[:k + 1])})" if k else ""
        by_anchor.setdefault(literal[k], []).append(behind + re.escape(literal[k + 1:]))
    for anchor, rest in branches:
        by_anchor.setdefault(anchor, []).append(rest)
    return re.compile("|".join(f"{re.escape(anchor)}(?:{'|'.join(rests)})"
                               for anchor, rests in by_anchor.items())), tuple(plain)


# _BIRTH_HINT's literals, the stems' too (each a plain string: re.escape's text undone); a
# line holds one where _BIRTH_HINT matches it (tests/test_privacy_fast_paths.py (u)), found
# in a third of the time: the letters _BIRTH_HINT opens with ("d", "r", "b", "t", "n", "a",
# "s", ...) are at half the positions of a line, its rare ones at a tenth.
_BIRTH_HINT_RARE, _BIRTH_HINT_PLAIN = _anchored(
    ["dob", "d.o.b", "rth", "born", "b.", "turn", "bday", "b-day", "ll be", "lb", "pound"]
    + [re.sub(r"\\(.)", r"\1", stem)
       for stem in _stems("birth-abbreviations", "birth-words-other-languages").split("|")]
    + _BIRTH_PHRASE_ENDS,
    ((",", r" ?[mf]\b"),))


def may_name_a_birth(label: str) -> bool:
    """Whether a table's head may name a birth ("DOB", "Date of birth", "Born"): columns.py
    then leaves its dates to the detectors of dates of birth."""
    return _birth_hint(label.lower())


def names_a_birth(label: str) -> bool:
    """Whether a table's head names a birth ("dob", "Date of birth", "Born"), as a cue of the
    detectors of dates of birth does: columns.py reads the dates under it as births, where
    may_name_a_birth, a looser look, only keeps them from being cleared ("Return date" holds
    "turn")."""
    return _BIRTH_CUE_IN_A_LINE.search(label) is not None


def _birth_hint(lowered: str) -> bool:
    """Whether _BIRTH_HINT finds a cue of birth in the text lowercased."""
    if _BIRTH_HINT_RARE.search(lowered) is not None:
        return True
    for literal in _BIRTH_HINT_PLAIN:  # (a loop, not any(): three or four literals)
        if literal in lowered:
            return True
    return False


def dates_of_birth(text: str, runs: list[int] | None = None) -> list[tuple[int, int]]:
    """runs: the lengths of the text's runs of digits, if the caller knows them (see
    digit_runs)."""
    found = _dates_by_cue_or_year(text, runs)
    if "(" in text:
        found += [span for span in dates_with_ages(text) if span not in found]
    # (a year of another calendar is no later year: "DOB 14 Nisan 5776"; a rule's number after
    # its chapter's and a colon is no date: "Rule 5101:4-8-21", an administrative code's)
    return [span for span in found if (_OTHER_CALENDAR_DATE.fullmatch(text, *span)
            or not _in_a_later_year(text[span[0]:span[1]])
            and not _placeholder_year(text[span[0]:span[1]])
            and not _A_MEASURE_AFTER.match(text, span[1]))
            and not (span[0] >= 2 and _CHAPTER_BEFORE.match(text, span[0] - 2))] \
        if found else found


_CHAPTER_BEFORE = re.compile(r"\d:")  # (no space: "5101:4-8-21", not a time's "at 10: 4/8")


# a unit after the number, which makes it a measure, not a date ("born at 39 weeks, 3.2 kg")
_A_MEASURE_AFTER = re.compile(rf"\s?(?:{alternation('measure-units')})(?![\w-])", re.IGNORECASE)


def _placeholder_year(date: str) -> bool:
    """"DOB 01/01/1900 only in the test environment": a year no one living was born in is a
    system's placeholder, no one's birth."""
    year = _SEPARATE_YEAR.search(date.rstrip()) or _YEAR_FIRST.match(date)
    return year is not None and int(year.group(1)) <= 1900


_SEPARATE_YEAR = re.compile(r"(?<!\d)(\d{4})$")  # not the end of "20170812", "030419"


def _in_a_later_year(date: str) -> bool:
    """"He turns 18 on 9/9/2027 and ages out": a date in a year still to come is no one's
    birth (a year of two digits is read as _full_year reads it, so never a later one)."""
    year = _year_of(date.rstrip())
    return year is not None and len(year.group(1)) == 4 \
        and int(year.group(1)) > datetime.date.today().year


def _dates_by_cue_or_year(text: str, runs: list[int] | None) -> list[tuple[int, int]]:
    if not _birth_hint(text.lower()):
        if runs is not None and 4 not in runs and len(runs) < 3:
            return []  # no year of four digits, no three numbers: no whole date
        return _old_dates(text, []) if (_ASCII_YEAR_SHAPE if text.isascii() else _YEAR_SHAPE
                                         ).search(text) else []
    # the dates, found once for both readings (the search, at every position of the line, is
    # most of what a line with a cue of birth costs here)
    dates = _date_spans(text)
    found = _cued_dates(text, runs, dates)
    return found + _old_dates(text, found, dates)


# A child's age, then a date, in brackets: "baby Jay (1, 6/6/24)", "Ty (12 yo, 4/30/13)".
_AGE_THEN_DATE = re.compile(r"\(\s*(\d{1,2})\s*(?:y/?o|y\.o\.|yrs?|years?)?\s*,\s*")


def dates_with_ages(text: str) -> list[tuple[int, int]]:
    """A date after a child's age in brackets, whose year is the age's: a birth date of any
    year, recent ones too, which _old_dates leaves to events ("baby Jay (1, 6/6/24)"). The age
    must fit the year (born this year less the age, or the year before), so a visit's date
    after an age ("(4, 3/3/26 visit)") is not taken."""
    spans = []
    this_year = datetime.date.today().year
    for age in _AGE_THEN_DATE.finditer(text):
        date = _DATE.match(text, age.end())
        if date is None:
            continue
        year = _year_of(date.group().rstrip())
        if year is None or not text[date.end():date.end() + 2].lstrip().startswith(")"):
            continue
        born = _full_year(year.group(1), this_year)
        if 0 <= this_year - int(age.group(1)) - born <= 1:
            spans.append(date.span())
    return spans


# A whole date a few years back, with nothing in its sentence that makes it an event's:
# "I saw 2/28/2006 on a fax", "the school put September 17, 2009 in the subject line". Our
# writers date hearings, visits and removals with a word of the event or "on", "since";
# a date years old with none is a birthday written bare. Three years: a child's records are
# not the only old dates, but a date of this year or the last two is a visit's more often.
_OLD_YEARS = 3
# A date with its year: "(?:19|20)\d\d|\d[/.-]\d\d?[/.-]\d", written to open with its first
# digit, so that the regex engine tries it at digits alone (see _BY_COMMONNESS), not at every
# position of the line: the same lines found, in a third of the time.
_YEAR_SHAPE = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|[/.-]\d\d?[/.-]\d)")
# ... and in a text of ASCII characters, opening with "[0-9]" (see contacts._ASCII_SEVEN_DIGITS)
_ASCII_YEAR_SHAPE = re.compile(r"[0-9](?:(?<=1)9\d\d|(?<=2)0\d\d|[/.-]\d\d?[/.-]\d)")
_WHOLE_DATE = re.compile(r"\d+\D+\d+\D+\d+|[^\W\d_].*\d{4}|\d{4}.*[^\W\d_]")
_CLAUSE_END = re.compile(r"[.!?;\n](?:\s|$)")
# after the date, up to a comma or the clause's end: "2019-04-02 visit notes", "3/4/2020 is
# when we removed her"
_EVENT_NEXT = re.compile(
    rf"[^,.;!?\n]{{0,30}}?\b(?:{_EVENTS}|{alternation('event-between-words')})\b", re.IGNORECASE)


def _old_dates(text: str, found: list[tuple[int, int]],
               dates: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """dates: _date_spans(text), if the caller has it."""
    spans = []
    this_year = datetime.date.today().year
    # (the dates found, read by a binary search: a long text holds many)
    taken = covered(found) if found else None
    for start, end in _date_spans(text) if dates is None else dates:
        date = text[start:end].rstrip()
        if not _WHOLE_DATE.search(date) or taken is not None and overlaps(taken, start, end):
            continue
        year = _year_of(date)
        if year is None:
            continue
        if _full_year(year.group(1), this_year) > this_year - _OLD_YEARS:
            continue
        before = text[max(0, start - 60):start]
        if _NUMBERED_OR_RELEASED_BEFORE.search(before[-12:]):
            continue  # "Policy 4.2.11", "version 3.10.22", "update 2025.12.01": no birth
        ends = list(_CLAUSE_END.finditer(before))
        if ends:
            before = before[ends[-1].end():]
        if _EVENT_BETWEEN.search(before) or _EVENT_NEXT.match(text, end):
            continue
        if text[start:start + 4].lower() == "the ":
            start += 4
        spans.append((start, end))
    return spans


# "age" or "ages" right before a range of two numbers, which are then ages ("estimated age
# 2-3", "Estimated age: 14-16"), no month and day
_AGES_BEFORE = re.compile(r"\bages?\s*:?\s*$", re.IGNORECASE)
_AGE_RANGE = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}")
# ... an organisation's, before a cue of birth that is then its anniversary ("the agency's
# 40th birthday", "the agency turned 50")
_AN_ORGANISATION_S = re.compile(
    rf"\b(?:{alternation('organisations-with-birthdays')})(?:['’]s(?:\s+\d+(?:st|nd|rd|th))?)?"
    r"\s+$", re.IGNORECASE)


def _cued_dates(text: str, runs: list[int] | None,
                dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """dates: _date_spans(text)."""
    found = []
    last_end = None  # where the last date of birth ended
    for start, end in dates:
        before = text[max(0, start - 60):start]
        between = text[last_end:start] if last_end is not None else None
        cue = _BIRTH_BEFORE.search(before)
        if cue and (_EVENT_AFTER_CUE.search(cue.group("gap"))
                    or _DEADLINE_BEFORE.search(cue.group("gap"))):
            cue = None  # "birthday list - by 3/25": when the list is due
        if cue and _AN_ORGANISATION_S.search(before, 0, cue.start()):
            cue = None  # "the agency's 40th birthday on October 15", "the agency turned 50 on
            # 5/1/2024": an organisation's anniversary, no one's birth
        answered = _answered(text, start, end)
        if not answered and _NUMBERED_RULE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "plus DOB, per policy 2.14": a policy's section, no date
        if _AGES_BEFORE.search(text, max(0, start - 16), start) \
                and _AGE_RANGE.fullmatch(text, start, end):
            continue  # "dob unknown, estimated age 2-3", "Estimated age: 14-16": ages, no date
        if cue or answered or _BIRTH_AFTER.match(text[end:end + 32]) \
                or _after_sex_and_age(text, start, end) or _BIRTH_WEIGHT_AFTER.match(text, end) \
                or between is not None and len(between) <= 70 \
                and not _SENTENCE_END.search(between) and not _EVENT_BETWEEN.search(
                    _CORRECTED_TO.sub("", between)):
            if text[start:start + 4].lower() == "the ":
                start += 4
            found.append((start, end))
            last_end = end
    if (_SIX_DIGITS.search(text) if runs is None else (max(runs) if runs else 0) >= 6):
        for match in _COMPACT_DATE.finditer(text):
            if text[match.start() - 1:match.start()].isalnum():
                continue
            before = text[max(0, match.start() - 60):match.start()]
            cue = _BIRTH_BEFORE.search(before)
            if cue and _COMPACT_AFTER_CUE.fullmatch(cue.group("gap")) \
                    or _BIRTH_AFTER.match(text[match.end():match.end() + 32]):
                found.append(match.span())  # "dob 030419", "DOB: 20190304", "030419 (DOB)"
    if runs is None or 4 in runs:  # (a year of four digits)
        for match in _HOLIDAY_BIRTH.finditer(text):
            cue = _BIRTH_BEFORE.search(text[max(0, match.start() - 60):match.start()])
            if cue and _HOLIDAY_AFTER_CUE.fullmatch(cue.group("gap")):
                found.append(match.span())  # "born on Christmas Day 2013"
    if (runs is None or 4 in runs) and _OTHER_CALENDARS_HINT.search(text):
        for match in _OTHER_CALENDAR_DATE.finditer(text):
            cue = _BIRTH_BEFORE.search(text[max(0, match.start() - 60):match.start()])
            if cue and _OTHER_CALENDAR_AFTER_CUE.fullmatch(cue.group("gap")):
                found.append(match.span())  # "DOB 1 Muharram 1430", "DOB: 1394/01/01"
    if runs is None or len(runs) >= 3:  # (three numbers at least)
        for match in _SPACED_DATE.finditer(text):
            cue = _BIRTH_BEFORE.search(text[max(0, match.start() - 60):match.start()])
            if cue and _COMPACT_AFTER_CUE.fullmatch(cue.group("gap")):
                found.append(match.span())  # "the dob is 9 28 13"
    return found


def _answered(text: str, start: int, end: int) -> bool:
    """Whether the date at start stands alone on its line (but for a stop or "!"), after a
    line with a cue of birth: a message asking for a date of birth, and the answer ("bday for
    aaliyah? need it for wic" / "04/09/2021" / "ty!")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not line_start or text[line_start:start].strip():
        return False
    line_end = text.find("\n", end)
    if text[end:line_end if line_end >= 0 else len(text)].strip(" .!"):
        return False
    asked = text.rfind("\n", 0, line_start - 1) + 1
    cue = _BIRTH_CUE_IN_A_LINE.search(text, asked, line_start - 1)
    # (not an event's date: "birthday party planning meeting?" / "12/5")
    return cue is not None and not _EVENT_AFTER_CUE.search(text, cue.end(), line_start - 1)


# A roster's sex and age right before a date, in either order: "Tavion M 7 3-14-19", "Atlas,
# M, 3, 06/25/2023"
_SEX_AND_AGE = re.compile(r"(?:\b[MF],?\s+(\d{1,2})|\b(\d{1,2}),?\s+[MF]),?\s+$")


def _after_sex_and_age(text: str, start: int, end: int) -> bool:
    """Whether a roster's sex and age stand right before the date, and the age fits its year
    (born this year less the age, or the year before): a child's date of birth. A placement's
    or a visit's date after them would not fit the age."""
    roster = _SEX_AND_AGE.search(text, max(0, start - 12), start)
    if roster is None:
        return False
    year = _year_of(text[start:end].rstrip())
    if year is None:
        return False
    this_year = datetime.date.today().year
    age = int(roster.group(1) or roster.group(2))
    return 0 <= this_year - age - _full_year(year.group(1), this_year) <= 1


# A policy's, a statute's or a form's word right before a number: its section, no date.
_NUMBERED_RULE_BEFORE = re.compile(
    rf"\b(?:{alternation('statute-words', 'policy-words')})\.?\s*$", re.IGNORECASE)
# ... and, before a date with no cue of birth, a release's word too: its number, no birth
_NUMBERED_OR_RELEASED_BEFORE = re.compile(
    rf"\b(?:{alternation('statute-words', 'policy-words', 'release-words')})\.?\s*$",
    re.IGNORECASE)
_SIX_DIGITS = re.compile(r"\d{6}")  # in every _COMPACT_DATE, and cheap to look for
# A text's runs of digits. Several detectors first look for a few digits in a row (four for an
# SSN, five for a ZIP code, six or eight for ids), each a search of the whole line; the lengths
# of the runs, found once by scanner.scan and passed to each (runs=), answer all those
# questions with a comparison. "\d" here as there: the same digits count; in an ASCII text
# they are the digits 0 to 9, a class the regex engine tests faster (half the time).
_DIGIT_RUN = re.compile(r"\d+")
_ASCII_DIGIT_RUN = re.compile(r"[0-9]+")


def digit_runs(text: str) -> list[int]:
    """The lengths of the runs of digits in text, in order (none: no digit)."""
    return list(map(len, (_ASCII_DIGIT_RUN if text.isascii() else _DIGIT_RUN).findall(text)))


# Between a person's full name and the date right after it: "Marcus Allen Greer, 01-17-1985",
# "Kevin Marsh. May 2 1986."
_NAME_DATE_GAP = re.compile(r"[,.]?[ \t]{1,2}")  # (not a line break: a table's next row)
_YEAR_AT_END = re.compile(r"(\d{4}|\d{2})$")
_YEAR_FIRST = re.compile(r"(\d{4})[/.-]")  # 2016/02/29


def _year_of(date: str) -> re.Match | None:
    """The year of a date written whole, its group 1: first in "2025-09-30", "2016/02/29"
    (whose "30" and "29" are days, not 1930 and 2029), else last ("3/4/19", "03/04/2019")."""
    return _YEAR_FIRST.match(date) or _YEAR_AT_END.search(date)


def _full_year(digits: str, this_year: int) -> int:
    """A date's year as written, in full: "89" is 1989, "25" is 2025 (in 2026)."""
    if len(digits) == 4:
        return int(digits)
    return 2000 + int(digits) if int(digits) <= this_year % 100 else 1900 + int(digits)


def _bracketed_date(text: str, pos: int, oldest: int) -> tuple[int, int] | None:
    """The date of birth a roster gives in brackets after a name, even a name of one word:
    "Mark (3-8-06) is refusing placement", "Amina (2/9/2012) and Abdi (7/1/2014)": a whole
    date, closing the brackets, at least two years back ("Dana (3/4/2026)" is more often a
    visit's). A year alone is no date of birth ("Khoa (2012)"), as bench/LABELS.md says."""
    date = _DATE.match(text, pos)
    if date is None or not text.startswith(")", date.end()):
        return None
    year = _year_of(date.group()) or _CJK_YEAR.match(date.group())
    if year is None or not _WHOLE_DATE_ALONE.fullmatch(date.group()):
        return None
    return date.span() if _full_year(year.group(1), datetime.date.today().year) <= oldest \
        else None


# a day, a month and a year: not "(3/4)" nor "(March 4)"
_WHOLE_DATE_ALONE = re.compile(rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})"
                            rf"|\D+\d{{1,2}},?\s+{_YEAR}|\d{{1,2}}\s+\D+\s+{_YEAR}"
                            r"|\d{4}\s*[年년].*[日일]")
_CJK_YEAR = re.compile(r"(\d{4})\s*[年년]")  # a Chinese or Korean date opens with its year


def badges_after_names(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An officer's badge number, written after the name with "#" as reports write it: "Ofc. R.
    Delacroix #2217 responded", "Det. Sam Whitfield (#5092) interviewed the child": a title of
    the police ([police-titles]) before the name, then "#" and three digits to six. The word
    "badge" before a number says so already ("badge 7719": id-keywords-short-numbers). With no
    title, a letter or two and four digits or more after "#" are the person's number in a
    prison's or a jail's books: "INMATE PRUITT #A-71192", "HARRIS, DEWAYNE #K44810" (digits
    alone after a name and "#" may be a player's, "Okafor #23", or a list's)."""
    spans = []
    for start, end in names:
        badge = _BADGE_AFTER_A_NAME.match(text, end)
        if badge is not None and _POLICE_TITLE_BEFORE.search(text, max(0, start - 16), start):
            spans.append(badge.span(1))
            continue
        code = _CODE_AFTER_A_NAME.match(text, end)
        if code is not None:
            spans.append(code.span(1))
    return spans


_BADGE_AFTER_A_NAME = re.compile(r",?\s\(?#\s?(\d{3,6})\b(?![-/.]\d)")
_CODE_AFTER_A_NAME = re.compile(r",?\s\(?#\s?([A-Z]{1,2}-?\d{4,7})\b(?![-/.]\d)")
_POLICE_TITLE_BEFORE = re.compile(rf"(?i)\b(?:{alternation('police-titles')})\.?\s+$")


def dates_after_names(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Dates of birth given as people give them to be recognised: a name of two words or more,
    then a whole date, day, month and a year at least two years back ("This is Darnell Wayne
    Pruitt 11/02/1987", "Anthony R. Castellano 3-22-89 the dad"). A recent date after a name is
    more often a visit's ("met Dana Kim 3/4/2026")."""
    spans = []
    this_year = datetime.date.today().year
    oldest = this_year - 2
    for start, end in names:
        if text.startswith(" (", end):
            bracketed = _bracketed_date(text, end + 2, oldest)
            if bracketed:
                spans.append(bracketed)
                continue
        alone = " " not in text[start:end].strip()
        if alone and not (start == 0 or text[start - 1] in "\n\t"):
            continue  # (one word opening a line may be a roster's: "Jayden 3/4/19 - placed")
        gap = _NAME_DATE_GAP.match(text, end)
        date = _DATE.match(text, gap.end()) if gap else None
        if date is None:
            continue
        year = _year_of(date.group().rstrip())
        if year is None or not _WHOLE_DATE.search(date.group().rstrip()):
            continue  # (a day and a month, "03/08", whose "08" is no year)
        if alone and not _ROSTER_ENTRY_CLOSES.match(text, date.end()):
            continue
        if _full_year(year.group(1), this_year) <= oldest:
            spans.append(date.span())
    return spans


# After a one-word name and a date opening a line, what closes a roster's entry: the line's end,
# a dash, a comma, a bracket or a tab ("Jayden 3/4/19 - placed w/ aunt"), not a sentence
_ROSTER_ENTRY_CLOSES = re.compile(r"[ \t]*(?:$|\n|[-–—,(\t|])")


def ssns(text: str, runs: list[int] | None = None) -> list[tuple[int, int]]:
    """runs: as for dates_of_birth."""
    folded = text.casefold()  # read by _ssn_shaped and below
    # (not after another number's words: "ITIN 912-70-1234", "the voucher code is ...")
    found = [m.span() for m in _SSN.finditer(text)
             if not _NOT_SSN_BEFORE.search(text, max(0, m.start() - 24), m.start())
             and not THING_NUMBERED_BEFORE.search(text, max(0, m.start() - 24), m.start())] \
        if (_FOUR_DIGITS.search(text) if runs is None else _ssn_shaped(runs, folded)) else []
    if "ast" in folded:
        found += [m.span(1) for m in _LAST_FOUR.finditer(text)
                  if not _NOT_SSN_BEFORE.search(text, max(0, m.start() - 24), m.start())]
        found += _last_four_answered(text, found)
    if "(s" in folded:  # (what follows the bracket opens with "s", in any case: "ſ" too)
        found += [m.span(1) for m in _FOUR_THEN_SSN.finditer(text)]
    # Every _SSN_WORD holds "ss", "s.s" or "soc" once casefolded ("ſ", which IGNORECASE
    # matches as "s", casefolds to "s"), or the first word of one in another language: a line
    # with none is not searched for one.
    ssn_words = _SSN_WORD.finditer(text) if (
        "ss" in folded or "s.s" in folded or "soc" in folded
        or any(head in folded for head in _SSN_ABROAD_HEADS)) else ()
    said = []  # where an SSN's word was read
    for word in ssn_words:
        if any(text[word.end():word.end() + len(w)].lower() == w for w in _NOT_SSN_AFTER):
            continue
        said.append(word.end())
        glossed = _SSN_GLOSSED.search(text, max(0, word.start() - 60), word.start())
        if glossed is not None and (word.group().lower() != "social"
                                    or _SOCIAL_CLOSES.match(text, word.end())):
            found.append(glossed.span(1))  # ("social" alone only closing the gloss: not "4410
            # is the social room")
        pos = word.end()
        for _ in range(2):  # "SSN last 4: 6789": the first number may be the "4"
            span = _number_after(text, pos, 6, _may_say_last(folded))
            if not span:
                break
            shape = text[span[0]:span[1]]
            digits = _NOT_DIGIT.sub("", shape)
            if len(digits) == 4 and _YEAR_ONLY.fullmatch(shape) \
                    and _IN_A_YEAR.search(text, max(0, span[0] - 12), span[0]):
                break  # "social diagnosis back in 1917": a year, no last four
            if len(digits) in (4, 9) and not _LETTER_NOT_X.search(shape):
                found.append(span[:2])
                break
            if len(digits) > 1:
                break
            pos = span[1]
        # "Dad's SSN last 4 is 7718, mom's is 2046": later last fours in the same sentence
        end = _SENTENCE_END.search(text, word.end())
        stop = min(end.start() if end else len(text), word.end() + 160)
        found += [m.span(1) for m in _SSN_FOLLOW.finditer(text, word.end(), stop)]
    if (_NINE_DIGITS.search(text) if runs is None else 9 in runs):
        found += _bare_ssns(text)
    if runs is None or runs.count(1) >= 9:
        # "9 1 2 - 4 4 - 8 1 9 0": read out digit by digit and typed so
        found += [m.span() for m in _SPACED_SSN.finditer(text)]
        # ... or nine digits, no dash, after an SSN's word ("SS no.? he wrote 9 4 7 0 8 3 3
        # 1 6 on the envelope")
        found += [m.span() for m in _SPACED_NINE.finditer(text)
                  if _SSN_WORD.search(text, max(0, m.start() - 60), m.start())]
    if said and "end" in text:
        # "SSN on the form is wrong, should end 6612", "soc for baby ... ending in 2205": the
        # last four, said later in the sentence that named the number
        for end in _ENDS_IN.finditer(text, said[0]):
            if _YEAR_ONLY.fullmatch(end.group(1)):
                continue  # "the benefit ends in 2030": a year
            if any(not _SENTENCE_END.search(text, at, end.start()) for at in said
                   if at <= end.start()):
                found.append(end.span(1))
    return found


# Nine digits in a row with no word of a record or an id before them ("The hospital faxed
# 612447305 without dashes", "the digits 538246190 were in the file name"): an SSN without its
# dashes, when its groups are an SSN's (no area 000, 666 or 9xx, no group 00, no serial 0000).
# An id of nine digits comes with its keyword ("passport 567123990", "Student # 100482291"),
# which record_numbers reads; then this leaves the number to it.
_NINE_DIGITS = re.compile(r"\d{9}")
# nine digits each after a space, in an SSN's groups: "9 1 2 - 4 4 - 8 1 9 0" (not nine
# digits alone: "1 2 3 4 5 6 7 8 9", a count)
_SPACED_NINE = re.compile(r"(?<![\d-])(?<!\d )\d(?: \d){8}(?![\d-])(?! \d)")
_SPACED_SSN = re.compile(r"(?<![\d-])(?<!\d )\d \d \d ?- ?\d \d ?- ?\d \d \d \d(?![\d-])(?! \d)")
# Not after "#" and a space either ("MA# 100234987", "the # 100234987"): a record's number.
_BARE_NINE = re.compile(r"(?<![\w$.,/#-])(?<!# )(?!000|666|9)\d{3}(?!00)\d\d(?!0000)\d{4}"
                        r"(?![\w%]|[.,]\d)")


def _bare_ssns(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BARE_NINE.finditer(text)
            if not keyword_before(text, m.start())
            and not _STATUTE_BEFORE.search(text[max(0, m.start() - 12):m.start()])
            and not _A_NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start())]


def keyword_before(text: str, start: int, ids_only: bool = False) -> bool:
    """Whether a record's or an id's keyword stands before a number at start, in the 40
    characters before it or in its sentence up to 100: then nine digits are no bare SSN
    ("Medicaid number on the placement agreement should be 309882174"); and an id's
    (ids_only), ten digits run together no phone (contacts.phones)."""
    reach = max(0, min(start - 40, max(sentence_start(text, start), start - 100)))
    return (_ID_KEYWORD_FOUND if ids_only else _KEYWORD_FOUND).search(text, reach, start) \
        is not None


def id_keyword_ends_at(text: str, pos: int) -> bool:
    """Whether an id's keyword ends right before pos, with spaces between ("Medicaid numbers",
    "student #"): the word at pos names that id's number."""
    last = None
    for last in _ID_KEYWORD_FOUND.finditer(text, max(0, pos - 32), pos):
        pass
    return last is not None and not text[last.end():pos].strip()


_ENDS_IN = re.compile(r"\b(?:ends?|ending|ended)\s+(?:in\s+|with\s+|w/?\s*)?(\d{4})(?![\w-])",
                      re.IGNORECASE)


def _ssn_shaped(runs: list[int], folded: str) -> bool:
    """Whether _SSN may match a text whose runs of digits have these lengths (folded: the text
    casefolded): its groups of digits are whole runs, the look-arounds see to it, so an SSN
    written out is three runs of 3, 2 and 4 digits in a row; one masked ("XXX-XX-1234",
    "*****1234", "###-##-5581") is a run of 4 after two of "X", "x", "*" and "#" in a row.
    Most lines with digits (a year, a time, an amount) have neither, and the pattern, tried at
    every digit and mask character, is not tried there."""
    for k in range(len(runs) - 2):
        if runs[k] == 3 and runs[k + 1] == 2 and runs[k + 2] == 4:
            return True
    return 4 in runs and ("xx" in folded or "x*" in folded or "*x" in folded
                          or "**" in folded or "##" in folded)


# Before an SSN's shape or a last four, the words of other numbers: "ITIN 912-70-1234" (a tax
# number shaped like an SSN), "EBT card last 4 0082" (read by record_numbers as an id).
# ... with a few capitals of the record's own between ("member ID: XJH 448 21 0937")
_NOT_SSN_BEFORE = re.compile(rf"\b(?:{alternation('not-ssn-before')})\b[\s:#.]*"
                             rf"(?:(?-i:[A-Z]{{1,4}})[\s-]?)?$",
                             re.IGNORECASE)


# Patterns of the helpers below, compiled once rather than looked up in re's cache at each call.
_NOT_DIGIT = re.compile(r"\D")
_LETTER_NOT_X = re.compile(r"[A-WYZa-wyz]")  # "XXX-XX-1234" is an SSN, "A12-34" no
_LETTERS = re.compile(r"[A-Za-z]+")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# After a short number, what it counts ("142 calls this week", "12 cases"): no record's number,
# unless a number's sign or word stands between the keyword and it ("case no. 2291 files")
_COUNTED_AFTER = re.compile(rf" (?:{alternation('counted-nouns')})\b", re.IGNORECASE)
_NUMBER_SIGN = re.compile(r"#|\b(?:no|num|nbr|number)\b", re.IGNORECASE)
# Three digits that dial a public service ("the hotline number is 988"): no record's number,
# unless a sign stands before it ("Case #988", "case no. 911"); "number" may stand there
_SERVICE_CODES = words("service-codes")
_NO_SIGN = re.compile(r"#|\bno\b", re.IGNORECASE)
# Before a year: "in", "since", "until", "from", "circa" (but not "ends in 1985": an SSN's end)
_IN_A_YEAR = re.compile(r"(?<!\bend )(?<!\bends )(?<!\bending )(?<!\bended )"
                        r"\b(?:in|since|until|from|circa)\s+$", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"(?:19|20)\d\d[-/](?:19|20)?\d\d")
_DECADE = re.compile(r"(?:19|20)?\d0s")
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


_LAST_DIGITS = re.compile(r"\s*last\s*(?:4|four)(?:\s+digits)?(?:\s+(?:is|are|:))?\s*(?=\d)",
                          re.IGNORECASE)


def _may_say_last(lowered: str) -> bool:
    """Whether a text, lowercased (or casefolded), may hold _LAST_DIGITS: "last" in any case
    is "last" once lowercased, but for an "s" that IGNORECASE reads in "ſ" (see spoken.
    CASE_DOUBLES: no other letter of "last" has such a double)."""
    return "last" in lowered or "laſt" in lowered


# Between a keyword and its number, punctuation that keeps them together: "ID (matrícula)
# M0098172", "SSN (last 4): 8832", "SSN ending -6045".
_PUNCTUATION_LINKS = frozenset(",()[]\"“-–")


# A keyword in the plural, which names many records, not the number in the next cell of a
# table's row ("Request for own records\t10/2023", "orders for open cases\t447123")
_PLURAL_KEYWORDS = words("plural-record-keywords")


# a telephone extension written with its "x" ("intake x2100, records x2231")
_EXTENSION = re.compile(r"[xX]\d{2,5}")
# A short gloss in brackets right after a keyword, before its link or the number ("Medicaid
# (IV-E adoption): 7730-4418-02", "MRN (Children's): 00418827", "National ID (Somalia)
# 0012-334-557")
_ASIDE_AFTER_KEYWORD = re.compile(r" \([^()\n\d]{1,30}\)(?=:| #| no\.| number| \d)",
                                  re.IGNORECASE)


def _number_after(text: str, pos: int, max_links: int = 9, lasts: bool = True):
    """The identifier that a keyword ending at pos introduces, as (start, end, link), where link
    says what stood between: "strong" ("number", "no.", "#", "ID", ":"), "weak" ("is", "was",
    a comma), or "loose" (other words: "client ID in the state system, 7700123"). lasts:
    False where the text holds no "last" (_may_say_last): _LAST_DIGITS, tried at each word
    read, cannot match, and is not tried."""
    link_kind = "weak"
    loose = False
    word = ""
    owner = False  # the last word read was the holder's name, after "for"
    colon_last = False  # the last link read was a colon after a loose word
    aside = _ASIDE_AFTER_KEYWORD.match(text, pos)
    if aside:
        pos = aside.end()  # "Medicaid (IV-E adoption): 7730-4418-02": the keyword's gloss
    for _ in range(max_links + 1):
        last = _LAST_DIGITS.match(text, pos) if lasts else None
        if last:  # "EBT card last 4 0082": the card's last digits, not a number "4"
            link_kind, pos = "strong", last.end()
            continue
        token = _SPELT_ID.match(text, pos)
        if token is None or sum(c.isdigit() for c in token.group("tok")) < 5:
            token = _ID_TOKEN.match(text, pos)
        if token and (token.group("tok")[0].isdigit() or not _word_then_digits(token)):
            if token.group().lstrip().startswith("#"):
                link_kind = "strong"
            kind = "strong" if link_kind == "strong" else ("loose" if loose else "weak")
            if loose and _PHONE_SHAPE.fullmatch(token.group("tok")):
                # "the probation officer's number, 541 555 0132": words between the keyword
                # and a phone's shape; the phone detector, which ranks above loose numbers,
                # reads it
                kind = "loose"
            return token.start("tok"), token.end("tok"), kind
        link = _LINK_TOKEN.match(text, pos)
        if not link or "\n" in link.group() and (
                word or not _COLON_ENDING_A_LINE.fullmatch(link.group())):
            return None  # (but "Medicaid:\n4471 0921 (oldest)": a field's value on its next line)
        after_for = word == "for" or owner
        owner = False
        word = link.group().strip().lower()
        if after_for and word in _DETERMINERS:
            owner = True  # "NHS no. for the baby is ...": the holder's word after its article
        if _strong_link(word):  # ("#" and ":" among them)
            link_kind = "strong"
        elif word not in _WEAK_LINK and word not in _PUNCTUATION_LINKS:
            raw = link.group().strip()
            if raw[-2:] in ("'s", "’s"):
                raw = raw[:-2]  # "the foster parent's damage claim is ..."
            if after_for and (raw.isalpha() and (raw[0].isupper() and not raw.isupper()
                                                 or raw.islower() and _lowercase_owner(raw, text))
                              or _DOTTED_INITIALS.fullmatch(raw)
                              or raw.islower() and lexicon().get(raw, 0) & (ROLE | FAMILY)):
                pos = link.end()
                owner = True
                # whose it is: "Medicaid ID for Ebony is MA-2201-774-09", "the card for
                # Wyatt Runningwater reads 0412-7789", "Medicaid ID for child A.B.: 990284417K"
                continue
            if not (raw.isalpha() and raw.islower() or raw == "I"):
                return None  # (but "the case ID I use is 24-0917-FC": the writer's "I")
            loose = True
            if colon_last:
                # a colon read after other words, then more words: the colon closed a heading
                # of its own ("Case note: dad's driver's license D400-7731-9952"), not the
                # keyword's link to the number
                link_kind = "weak"
        colon_last = word == ":" and loose
        pos = link.end()
    return None


# between two keywords, what makes the second a word the first is for, on or in ("Medicaid ID
# for the case", "Passport on the case summary", "ids for the sibling group's intake")
_OF_THE_KEYWORD_BEFORE = re.compile(
    r"(?:\s+(?:numbers?|nos?\.|#))?\s+(?:for|on|in|of|from)\s+"
    r"(?:(?:the|this|that|his|her|their|a|an)\s+)?(?:[\w'’-]+\s+){0,2}", re.IGNORECASE)
_OWN_NUMBER_NEXT = re.compile(r" (?:(?:number|no\.?|#) ?)?#?")
# ... with the second keyword itself, to its end
_OF_THE_KEYWORD_JUST_BEFORE = re.compile(_OF_THE_KEYWORD_BEFORE.pattern + r"[\w.-]+",
                                         re.IGNORECASE)
_COLON_ENDING_A_LINE = re.compile(r"[ \t]*:[ \t]*\n[ \t]*")
_DETERMINERS = words("determiners")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # the holder's initials: "for J.R.: ..."
_PHONE_SHAPE = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")
_PHONE_OR_LOCAL = re.compile(r"(?:\(?\d{3}\)?[ .-]?)?\d{3}[ .-]\d{4}")  # also "555-0156"
_PHONE_CUE = re.compile(rf"\b(?:{alternation('phone-cue-phrases')})\b", re.IGNORECASE)
_PHONE_CUE_REACH = 16  # ("new cell ", "the carer's fax is ": a phone's word right before it)
# a phone's word in brackets right after a number, perhaps after one word for whose: "555-0192
# (her cell, not the office)", "(mom's cell)"
_PHONE_GLOSS_AFTER = re.compile(
    rf"\s*\((?:[\w'’]+\s+)?(?:{alternation('phone-cue-phrases')})\b", re.IGNORECASE)


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding pos starts: after the last full stop, "!", "?" or line break
    before it (and a space)."""
    cut = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos),
              text.rfind("\n", 0, pos))
    return cut + 1 if cut >= 0 else 0


# A record's or an id's keyword, or an SSN's word: what owns the digits after it in a sentence
# (contacts.phone_in_odd_groups).
KEYWORD_OR_SSN_WORD = re.compile(f"{_KEYWORD_FOUND.pattern}|{_SSN_WORD.pattern}", re.IGNORECASE)
_AREA_CODE_IN_BRACKETS = re.compile(r"\(\d{3}\) ?\d{3}[ .-]\d{4}(?!\d)")
# A toll-free prefix, then digits and letters to dial by ("1-800-4-A-CHILD", "1-800-THE-LOST")
_VANITY_NUMBER = re.compile(r"(?:1[ .-]?)?8(?:00|88|77|66|55|44|33)[ .-](?:\d{1,3}[ .-])?[A-Z]")


def _lowercase_owner(word: str, text: str) -> bool:
    """After "for", a given name in a line typed in lowercase: the number's holder, as a
    capitalized name is ("mrn for buddy is hx-0093318")."""
    return in_lowercase(text) and bool(lexicon().get(word, 0) & FIRST)


def _word_then_digits(token: re.Match) -> bool:
    # "is 98765", "ID 1001234567": a word or a link, then the number; not "ABC 1234", "A-2020".
    tok = token.group("tok")
    letters = _LETTERS.match(tok).group()
    if tok[len(letters):len(letters) + 1] not in (" ", "-"):
        return _strong_link(letters.lower()) and not letters.isupper()
    if letters.isupper() and (len(letters) == 1 or tok[len(letters)] == "-"):
        return False  # "A 1234", "IN-601288": capitals before the digits are the number's
    if tok[len(letters)] == "-" and letters.islower() and len(letters) <= 3 \
            and letters not in lexicon():
        return False  # "hx-0093318": a code's letters typed in lowercase, no word
    return (letters.islower() and len(letters) > 1) or _strong_link(letters.lower()) \
        or letters.lower() in _WEAK_LINK


_SIZE = re.compile(r"\d{1,2}[xX]\d{1,2}")
# A number joined to words in lowercase, an adjective: "a 10-year-old", "a 12-step group"
_NUMBER_COMPOUND = re.compile(r"\d{1,2}(?:-[a-z]+)+")


# A badge's number: three digits to six, or a letter or two and a hyphen before them
_SHORT_NUMBER = re.compile(r"(?:[A-Z]{1,2}-?)?\d{3,6}")


def _looks_like_id(tok: str, link: str) -> bool:
    digits = sum(map(str.isdigit, tok))
    letters = sum(map(str.isalpha, tok))
    if _YEAR_ONLY.fullmatch(tok) or _SCHOOL_YEAR.fullmatch(tok) or _DECADE.fullmatch(tok) \
            or _NUMBER_COMPOUND.fullmatch(tok):
        # a year, a school year, a decade ("a case from the early 2000s"), an age ("report: a
        # 10-year-old")
        return False
    if link != "strong" and _DATE.fullmatch(tok):
        return False  # "the case opened 6/6/2023": a date
    if link == "strong":
        # not a size: "passport photo requirements: 2x2"
        return digits >= 3 or (digits >= 2 and letters >= 1 and not _SIZE.fullmatch(tok))
    if link == "weak":
        return digits >= 5 or (digits >= 3 and (letters >= 1 or "-" in tok))
    return digits >= 6 or (digits >= 4 and letters >= 1)


# Capitals, a hyphen and five digits or more: a record's number by its shape, even after a word
# that is an ordinary word too ("intake IN-601288", "report CR-448812", "Intake INT-230614-07"),
# and capitals before a year, a hyphen and a serial ("reference CW2024-0093"), or with slashes
# ("investigation INV/2025/00312"), or a space before a year and a serial ("Investigation INV
# 24-33019"), or capitals before two groups of digits ("policy PLY-9920-44810") or before
# groups apart, as cards print them ("member CMH 0044 1928").
_PREFIXED_RECORD = re.compile(r"[A-Z]{1,4}-\d{5,}(?:-\d{1,6})?|[A-Z]{1,4}(?:19|20)\d\d-\d{3,}"
                              r"|[A-Z]{1,4}/(?:19|20)\d\d/\d{3,}|[A-Z]{1,4} (?:19|20)?\d\d-\d{4,}"
                              r"|[A-Z]{1,4}-\d{3,4}-\d{4,6}|[A-Z]{1,4}(?: \d{2,5}){2,4}")
# A year (of four digits or two), a hyphen and five digits or more: how agencies number
# reports, intakes and referrals ("2024-118823", "24-33019"); or a year, four digits and a
# serial ("intake 2024-0412-07"); or a year, a month and a serial ("Intake 2025-10-0447"); or
# a year, a county's three digits and a serial, or the county first ("CPS report 2026-117-0482",
# "037-2025-1142").
_YEAR_RECORD = re.compile(r"(?:19|20)?\d\d-\d{5,}|(?:19|20)\d\d-\d{4}-\d{1,4}"
                          r"|(?:19|20)\d\d-[01]\d-\d{4,}"
                          r"|(?:19|20)\d\d-\d{3}-\d{4,}|\d{3}-(?:19|20)\d\d-\d{4,}")


# Capitals, a hyphen and five digits or more, standing apart: a code no sentence writes for
# anything but a record or an id ("CN-22041", "OST-48819", "FC-88120"; not a form's "CFS-418"
# nor "COVID-19").
_CODE = re.compile(r"(?<![\w-])[A-Z]{2,4}-\d{5,}(?![\w-])")
_CLAUSE_STOP = re.compile(r"[.;!?\n]")
_ANY_DIGIT = re.compile(r"\d")


def _code_later(text: str, pos: int) -> tuple[int, int, str] | None:
    """The first _CODE in the 80 characters after pos, before the sentence ends, as a number
    that loose words link to its keyword."""
    stop = _CLAUSE_STOP.search(text, pos, pos + 80)
    code = _CODE.search(text, pos, stop.start() if stop else pos + 80)
    if code is None or _THING_NUMBERED.search(text, pos, code.start()):
        return None  # "... has ticket numbers like RQ-10442": another thing's
    return code.start(), code.end(), "loose"


_THING_NUMBERED = re.compile(
    rf"\b(?:{alternation('numbered-things-not-people', 'numbered-things-not-people-phrases')})\b",
    re.IGNORECASE)


# a diagnosis's code of ICD-10, with its dot ("F43.10", "Z62.810", "F90.2"): a letter, two
# characters and up to four after the dot, which no record's number is written as
_DIAGNOSIS_CODE = re.compile(r"[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}")


def record_numbers(text: str, runs: list[int] | None = None, keywords: bool = True,
                   docket: bool | None = None, dashed: bool | None = None) \
        -> tuple[list, list, list, list]:
    """Case/record numbers and ids after a keyword and a strong link; then those after a weaker
    link or found by shape alone, which rank below phone numbers ("the referral was 5553217788").
    runs: as for dates_of_birth. keywords: False when tokens.tokenize noted no piece of the text
    that may hold a keyword (tokens.MARK_KEYWORD, see _keyword_starts): a text of ASCII
    characters then is not searched for one. docket, dashed: whether tokenize noted a piece
    holding _DOCKET_END (tokens.MARK_DOCKET), and three digits, a hyphen and four
    (tokens.MARK_DASHED); None: the text is searched for them. Neither shape holds a space,
    so the pieces' marks answer what the searches of the whole line asked."""
    longest = None if runs is None else (max(runs) if runs else 0)
    cases, ids, loose_cases, loose_ids = [], [], [], []
    # Every number found here holds a digit, and the searches below, which try every position
    # of the text, need read no further than digits_end, worked out where one is made (its
    # rstrip costs a tenth of a search). A keyword after the last digit introduces no number:
    # "i-94", the one keyword holding digits, ends in one and is no keyword of one character,
    # so none ends at the character after it, as far as digits_end reads.
    ends = None
    if not text.isascii():
        lowered = text.lower()
        found_words = _KEYWORD_FOUND.finditer(text)
    elif keywords:
        lowered = text.lower()
        ends = digits_end(text)
        found_words = _KEYWORD_FOUND_LOWER.finditer(lowered, 0, ends)
    else:
        found_words = ()  # (and no keyword: the text lowercased is not read)
    lasts = None  # whether the text may hold "last" (_may_say_last), once a keyword is found
    keywords_seen: list[tuple[int, bool]] = []  # (end, a case's?): see _coded_records
    # each number a keyword found -> (the end of the nearest keyword that found it, a case's?),
    # for cases and ids (strong), and for loose_cases and loose_ids (loose)
    strong: dict[tuple[int, int], tuple[int, bool]] = {}
    loose: dict[tuple[int, int], tuple[int, bool]] = {}
    things: list[str] = []  # codes a thing's word numbers ("contract CT-24-0117")
    held: list[tuple[int, int]] = []  # the numbers of an organisation's licence (see below)
    # (end, a case's?) of each keyword with its number's word ("passport number", "Medicaid
    # ID"), which says whose a number later in its sentence is (see kind_here below)
    firm_seen: list[tuple[int, bool]] = []
    for found_word in found_words:
        word = _KEYWORD.match(text, found_word.start())  # the same word, with its kind
        is_case = word.group("case") is not None or word.group("case_strong") is not None
        if keywords_seen and (word.group().lower() in _GENERIC_ID
                              or word.group().lower() in _RECORDS_OF_AN_ID
                              and not keywords_seen[-1][1]) \
                and not text[keywords_seen[-1][0]:word.start()].strip():
            # "case ID 3300918": the case's; "student record S0044187", "the I-94 record
            # number 44091827311": the record of a person's id, an id
            is_case = keywords_seen[-1][1]
        # "NN-003318 (enrollment), CYS-25-0741": a keyword glossing the number before it says
        # nothing of whose the next one is (which it may still find, read as if by its shape)
        glossing = not _NUMBER_NEXT.match(text, word.end()) \
            and _GLOSS_BEFORE.search(text, max(0, word.start() - 40), word.start()) is not None
        if not glossing:
            keywords_seen.append((word.end(), is_case))
            if word.group().lower() in _GENERIC_ID or _FIRM_AFTER.match(text, word.end()):
                firm_seen.append((word.end(), is_case))
        if word.group() == "ID" and _IDAHO.match(text, word.end()) \
                and _TOWN_BEFORE_IDAHO.search(text, 0, word.start()):
            continue  # "Kamiah, ID 83536", "Boise ID 83706": Idaho and a ZIP code
        if THING_NUMBERED_BEFORE.search(text, max(0, word.start() - 24), word.start()):
            continue  # "Meeting ID: 884 2210 4471": a meeting's number, no one's
        if word.group().lower() == "npi" and _organisation_npi(text, word.start(), word.end()):
            continue  # "Clinic NPI 1629007714": an organisation's provider number
        if word.group().lower() in _KEPT_ON_WORDS and text[max(0, word.start() - 3):
                                                           word.start()].lower() == "on ":
            continue  # "address on file: 4410 N. Elm Avenue": kept on file, not a file's number
        if text.startswith("\t", word.end()) and word.group()[-1:] in "sS" \
                and word.group().lower() in _PLURAL_KEYWORDS:
            continue  # "Court orders for open cases\t447123": a table's next cell, a seal's
        if lasts is None:
            lasts = _may_say_last(lowered)
        found = _number_after(text, word.end(), 9, lasts)
        if found and _EXTENSION.fullmatch(text, found[0], found[1]):
            continue  # "records x2231": the office's extension, no record's number
        if found and (_looks_like_id(text[found[0]:found[1]], found[2])
                      or found[2] == "weak" and word.group().lower() in _SHORT_NUMBER_WORDS
                      and _SHORT_NUMBER.fullmatch(text, found[0], found[1])):
            # (which found no date in it, but after a strong link: see _looks_like_id; and
            # where no date stands alone, none stands in the text there, whose look-behinds
            # read more)
            dated = found[2] == "strong"
        else:
            # "tribal enrollment number is what the ICWA notice needed: OJB-00417", "medicaid #
            # for kaia 4 its MA-4471902": words the links do not read, then a code
            found = _code_later(text, word.end() if not found else found[1])
            dated = True  # (not known)
        if not found:
            continue
        start, end, link = found
        thing = THING_NUMBERED_BEFORE.search(text, max(0, word.start() - 24, start - 40), start)
        if thing is not None and thing.span("thing") != word.span():
            # "CFS-01 records under destruction list DL-2026-02": the list's number; "approved
            # provider #CE-0871": a phrase of a thing holding the keyword (but not the keyword
            # alone, a thing's word too: "tag ABC-1234" is a car's)
            things.append(text[start:end])
            continue
        lowered_word = word.group().lower()
        if _IMMIGRATION_FORM.fullmatch(text, start, end) \
                or lowered_word == "tracking" and (_PARCEL_SHAPE.fullmatch(text, start, end)
                                                   or _CARRIER.search(text)) \
                or lowered_word[:8] == "incident" and _PRIVACY_INCIDENT.search(text) \
                or _held_by_an_organisation(text, word.start(), lowered_word):
            # no one's number, nor what a shape or a code of its scheme finds: an immigration
            # form's name ("I-94, I-130, I-360 (SIJS), I-485: four immigration forms"); a
            # parcel's ("tracking: 9400 1118 9922 3341 5562 07 (USPS)", "UPS calling about a
            # package, tracking ending 2203"); the agency's log of its own slip ("Incident
            # report IR-2024-08 / Type: email sent to wrong recipient"); a home's or another
            # organisation's ("The group home's license is FC-220417")
            things.append(text[start:end])
            held.append((start, end))
            continue
        if _EMPLOYER_NUMBER.fullmatch(text, start, end) \
                and (_TAX_BEFORE.search(text, max(0, start - 12), start)
                     or _TAX_BEFORE.search(text, max(0, word.start() - 12), word.start())):
            continue  # "Tax ID: 36-1144870": an employer's number, in its own shape; or the
            # tax's word right before the keyword that found it ("Tax ID for the foster parent
            # association is 94-2817360"), not before another ("tax return pending; the case
            # number is 24-0031187")
        if _FISCAL_YEAR.fullmatch(text, start, end) or _TIME_AFTER.match(text, end):
            continue  # "QA case review plan - FY2026", "case notes current through 06/11 17:00"
        opening = _LETTERS.match(text, start)
        if opening is not None and text[opening.end():opening.end() + 1] == " " \
                and opening.group().lower() in _NO_RECORD_OPENING \
                and not (opening.group().isupper() and len(opening.group()) <= 3):
            continue  # "closed files go to Records Room 118": a room's number; "Records: it's
            # Form 1107 on the intranet": a form's; "attendance records, Fall 2025": a term's
            # ("CHIP card number: CH 5541 0098 12" keeps its capitals, a card's)
        title = _TITLE_AND_CODE.fullmatch(text, start, end)
        if title is not None and title.group(1).lower() in _STATUTE_WORDS:
            continue  # "Medicaid pays second (42 CFR 433.139)": a regulation, no plate
        if opening is not None and opening.group().lower() in _STATUTE_WORDS \
                and _DOTTED_SECTION.fullmatch(text, opening.end(), end):
            continue  # "Reference: NASW 1.07", "Ref: RCW 13.34.030": a code's section, cited
        if end - start <= 4 and _COUNTED_AFTER.match(text, end) and text[start:end].isdigit() \
                and not _NUMBER_SIGN.search(text, word.end(), start):
            # "intake volume: 142 calls this week": a count of things, no record's ("Case
            # #2291 files", "case no. 2291 files" are the record's)
            continue
        if text[start:end] in _SERVICE_CODES and not _NO_SIGN.search(text, word.end(), start):
            continue  # "The hotline number is 988", "posted on 211's website": everyone's line
        if _OFFICE_LINE.search(text, word.end(), start):
            continue  # "the court clerk's published main number is 555-0190": the office's
        if _PHONE_OR_LOCAL.fullmatch(text, start, end) and (
                _PHONE_CUE.search(text, sentence_start(text, start), start)
                or _PHONE_GLOSS_AFTER.match(text, end)):
            # "Call back number left in the hotline report: 334-555-0195", "the number for
            # the Moreau case: 555-0192 (her cell, not the office)": a phone
            continue
        if _PHONE_OR_LOCAL.fullmatch(text, start, end) and word.group().lower() == "card":
            continue  # "I left my card with the number 831-555-0142": a business card's phone
        if text[start - 1:start] == "(" and _AREA_CODE_IN_BRACKETS.match(text, start - 1):
            continue  # "probation: (225) 555-0101": an area code in brackets, a phone's
        if _VANITY_NUMBER.match(text, start):
            continue  # "The hotline number 1-800-4-A-CHILD": a public line spelt in letters
        statute = _STATUTE_BEFORE.search(text[max(0, start - 12):start])
        if statute and word.group().lower() in _STATUTE_WORDS \
                and _PROGRAM_ID.fullmatch(text, start, end):
            statute = None  # "WIC W0039912": the food programme's card, not the code's section
        if statute and len(text[word.end():start].split()) >= 2:
            continue  # "license number goes on form CFS 418": a form's number, words after
        if link != "strong" and (statute or (
                (opening := _LETTERS.match(text, start)) is not None
                and opening.group().lower() in _STATUTE_WORDS)):
            continue  # "records is governed by ORS 419B.035": a statute, after loose words
        if TOLL_FREE_NUMBER.fullmatch(text, start, end) \
                and (word.group().lower() in _PUBLIC_LINES or national_hotline(text[start:end])):
            continue  # "hotline (toll-free): 1-800-...": a line's to call (contacts.phones)
        if (word.group("case_strong") or word.group("id_strong")) and link != "strong" \
                and not (link == "weak" and (_YEAR_RECORD.fullmatch(text[start:end])
                                             or _PREFIXED_RECORD.fullmatch(text[start:end]))):
            continue  # but "CPS report 2024-118823": a year and a serial is a record's number
        # (the number looks like an id: _number_after's was tested above, and _code_later's
        # shape always does)
        # ("next court date: 5/5/25": a date, not the court's number, as any date here)
        if dated and _DATE.fullmatch(text, start, end) or _ORDINAL.fullmatch(text, start, end):
            continue  # "renewal ends 8/31", "ends on the 31st": a date, not the record's number
        # A record or ID word right before the number ("MRN 8830214", "the MRN, 5521087,",
        # "claim 4471902", "Medicaid 5521087") wins over the phone detector, which would read
        # seven digits as a number to call; a referral's number may be the caller's phone ("the
        # referral was 5553217788"), so that one ranks below phones.
        keyword = word.group("case") or word.group("id")
        spans = [(start, end)]
        while (more := _LIST_NEXT.match(text, spans[-1][1])
               or _CORRECTED_NEXT.match(text, spans[-1][1])) and \
                abs(len(more.group(1)) - (end - start)) <= 1:
            spans.append(more.span(1))  # "(330-117-4928 and 330-117-4929)": one keyword, a list
        if glossing:
            tier = loose
        elif link == "strong" or link == "weak" and keyword and (
                not keyword.lower().startswith("referral")
                or not text[word.end():start].strip(" #:")) \
                or link == "weak" and not keyword:
            # (and a word that needs a strong link, here with a record's shape, as tested
            # above: "policy PLY-9920-44810" is the policy's, no docket found by its shape)
            tier = strong
        else:
            tier = loose
        kind_here = None if glossing else is_case
        if kind_here is not None and len(keywords_seen) >= 2 \
                and keywords_seen[-1][0] == word.end() and keywords_seen[-2][1] != kind_here \
                and _OF_THE_KEYWORD_BEFORE.fullmatch(text, keywords_seen[-2][0], word.start()) \
                and not _OWN_NUMBER_NEXT.fullmatch(text, word.end(), start):
            # "Medicaid ID for the case: MA4471092", "ids for the sibling group's intake:
            # MC88102441": the keyword after "for the" says what the one before is for, which
            # says whose the number is (but "Medicaid ID for the family's case 2291-0044": the
            # case's own number, right after its word)
            kind_here = keywords_seen[-2][1]
        # A keyword with its number's word ("passport number", "Medicaid ID") says whose a
        # number later in its sentence is more surely than a bare one nearer, with words
        # between ("Dad's passport number is in the Haddad file for the travel consent:
        # X48291705": a passport's, not a file's; "Medicaid ID for the family's case 2291-0044"
        # stays the case's)
        if firm_seen and kind_here is not None and firm_seen[-1][1] != kind_here \
                and firm_seen[-1][0] < word.start() and not _FIRM_AFTER.match(text, word.end()) \
                and firm_seen[-1][0] >= sentence_start(text, start) \
                and _WORD_BETWEEN.search(text, word.end(), start) \
                and not _ANY_DIGIT.search(text, firm_seen[-1][0], start):
            kind_here = firm_seen[-1][1]
        for span in spans:
            # the nearest keyword before a number says whose it is ("SNAP case head's client
            # ID is C0049821": the client's, not the case's)
            if span not in tier or tier[span][0] < word.end():
                tier[span] = (word.end(), kind_here)
    if keywords and (longest is None or longest and sum(runs) >= 5):
        # "4471 2290 18 is the Medicaid number", "0048813 (member ID)": a number its gloss
        # names, of five digits or more (and the keyword search above ends at the last digit)
        for span, is_case in _numbers_glossed(text):
            if span not in strong and not (
                    _PHONE_OR_LOCAL.fullmatch(text, *span)
                    and _PHONE_CUE.search(text, max(0, span[0] - _PHONE_CUE_REACH), span[0])):
                # (but "KP's new cell 555-0181 — update in CCWIS": a phone's, said before it)
                strong[span] = (span[1], is_case)
    for tier, tier_cases, tier_ids in ((strong, cases, ids), (loose, loose_cases, loose_ids)):
        for span, (_, is_case) in tier.items():
            (tier_cases if is_case else tier_ids).append(span)
    if "A#" in text or "a#" in text:  # (in chat's lowercase too: "a# a212 334 901")
        ids += [m.span(1) for m in _A_NUMBER.finditer(text)]
    if "A " in text:
        ids += [m.span() for m in _SPACED_A_NUMBER.finditer(text)]
    if runs is None or 6 in runs:  # (a CURP holds a run of six digits)
        ids += [m.span() for m in _CURP.finditer(text)]
    first_end = _DOCKET_END.search(text) if docket is not False else None
    if first_end is not None:
        # Every _DOCKET match ends in a _DOCKET_END and holds no space: none starts before the
        # piece between spaces that holds the first _DOCKET_END, where the search starts (the
        # look-behind still reads the space before it). Half a line spared, on average.
        ends = digits_end(text) if ends is None else ends
        for m in _DOCKET.finditer(text, text.rfind(" ", 0, first_end.start()) + 1, ends):
            if _STATUTE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) \
                    or _NOT_DOCKET_AFTER.match(text, m.end()) \
                    or PURCHASE_ORDER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # (and "PO 2024-0931 covers the shredding vendor")
            if thing_numbered(text, m.start(), 40):
                things.append(m.group())  # "the training code for this course is ETH-107-2025"
                continue
            loose_cases.append(m.span())
    if (longest is None or longest >= 4) and _LOWER_DOCKET_HINT.search(text):
        # "23jv1188 and 23jv1189 are consolidated now": a docket typed in lowercase
        loose_cases += [m.span() for m in _LOWER_DOCKET.finditer(text)
                        if not thing_numbered(text, m.start(), 40)]
    if (_EIGHT_DIGITS.search(text) if longest is None else longest >= 8):
        ends = digits_end(text) if ends is None else ends
        loose_ids += [m.span() for m in _LONG_DIGITS.finditer(text, 0, ends)
                      if not _STATUTE_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                      and not PURCHASE_ORDER_BEFORE.search(text, max(0, m.start() - 8),
                                                           m.start())
                      and not _organisation_npi_before(text, m.start())
                      and not thing_numbered(text, m.start(), 24)]
    if longest is None:
        shaped = _SIX_DIGITS_IN_A_ROW.search(text)
    elif 3 <= longest < 6:  # (no run of six digits: "\d{3}-\d{4}" alone may match)
        shaped = _SIX_DIGITS_IN_A_ROW.search(text) if dashed is None else dashed
    else:
        shaped = longest >= 6
    if shaped:
        ends = digits_end(text) if ends is None else ends
        loose_ids += [m.span() for m in _LETTERS_THEN_DIGITS.finditer(text, 0, ends)
                      if not _STATUTE_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                      and _LETTERS.match(m.group()).group().lower() not in _STATUTE_WORDS
                      and _LETTERS.match(m.group()).group().lower() not in _IT_RECORDS
                      and not thing_numbered(text, m.start(), 24)]
    if first_end is not None:
        # (to the line's end, not digits_end: "2025-0417-KS" ends in letters)
        coded = _coded_records(text, text.rfind(" ", 0, first_end.start()) + 1, len(text),
                               cases + ids + loose_cases + loose_ids, keywords_seen, things)
        if coded:
            loose_cases += coded[0]
            loose_ids += coded[1]
    if things and (loose_cases or loose_ids):
        # "laptop CFS-LT-0412 ... phone CFS-PH-0077": a code of the scheme a thing's code
        # showed is that kind of thing's too
        loose_cases, loose_ids = (of_other_schemes(text, spans, things)
                                  for spans in (loose_cases, loose_ids))
    if held:
        loose_cases, loose_ids = ([span for span in spans if span not in held]
                                  for spans in (loose_cases, loose_ids))
    if "No." in text or "no." in text:
        cases += _captioned_numbers(text)
    if loose_cases or loose_ids:
        loose_cases, loose_ids = _told_apart(text, loose, loose_cases, loose_ids, keywords_seen,
                                             keywords or not text.isascii())
    if (cases or ids) and (loose_cases or loose_ids):
        loose_cases, loose_ids = _of_their_shapes_kind(text, cases, ids, loose_cases, loose_ids)
    if cases or ids or loose_cases or loose_ids:
        taken = cases + ids + loose_cases + loose_ids
        cases, ids, loose_cases, loose_ids = (spans + _alike_after(text, spans, taken)
                                              for spans in (cases, ids, loose_cases, loose_ids))
    if cases or ids or loose_cases or loose_ids:
        # ("Diagnosis codes on the claim: F43.10, Z62.21": ICD-10's codes, no one's number)
        cases, ids, loose_cases, loose_ids = (
            [span for span in spans if not _one_digit_repeated(text[span[0]:span[1]])
             and not _DIAGNOSIS_CODE.fullmatch(text, *span)]
            for spans in (cases, ids, loose_cases, loose_ids))
    return cases, ids, loose_cases, loose_ids


# Between two numbers of one shape, what joins them as a pair or a list ("referral 26-3308 or
# 26-3380", "changed from 5520918 to 5520981", "MRN 0077-13-230 vs 0077-13-229")
_JOINED_NEXT = re.compile(r"(?:,?\s+(?:and|&|or|to|then|vs\.?|versus)|,|\s*(?:/|→|->))\s*")
_CODE_END = re.compile(r"(?![\w-]|[.,/]\w)")


def _shape(code: str) -> str:
    """A code's digits as 0 and its letters as A, the rest as written ("MA-4410-2217" ->
    "AA-0000-0000"): what the numbers of one scheme, or of one list, share."""
    return "".join("0" if c.isdigit() else "A" if c.isalpha() else c for c in code)


def _of_their_shapes_kind(text: str, cases: list, ids: list, loose_cases: list,
                          loose_ids: list) -> tuple[list, list]:
    """The loose numbers of the very shape of a number a keyword found, letters and digits in
    the same places, of that number's kind ("Medicaid ID MA-4410-2217; the baby's is
    MA-4410-2218": the second is an id too), where no number a keyword found of the other kind
    has that shape."""
    case_shapes = {_shape(text[s:e]) for s, e in cases}
    id_shapes = {_shape(text[s:e]) for s, e in ids}
    told_cases, told_ids = [], []
    for span in loose_cases + loose_ids:
        shape = _shape(text[span[0]:span[1]])
        if "A" not in shape:
            # (digits alone are every scheme's shape: "The MCI lookup returns 1004471098 ...
            # but the case 1004471102")
            (told_cases if span in loose_cases else told_ids).append(span)
        elif shape in id_shapes and shape not in case_shapes:
            told_ids.append(span)
        elif shape in case_shapes and shape not in id_shapes:
            told_cases.append(span)
        else:
            (told_cases if span in loose_cases else told_ids).append(span)
    return told_cases, told_ids


def _alike_after(text: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """The numbers right after each of spans, joined to it as a pair or a list and of its very
    shape (its letters and digits in the same places), four digits or more: what one keyword
    found, the next of the pair or the list is of its kind ("Is it referral 26-3308 or
    26-3380?"), though no keyword stands before it."""
    more: list[tuple[int, int]] = []
    queue = list(spans)
    while queue:
        start, end = queue.pop()
        code = text[start:end]
        if sum(c.isdigit() for c in code) < 4:
            continue
        joined = _JOINED_NEXT.match(text, end)
        if joined is None:
            continue
        after = joined.end()
        span = (after, after + len(code))
        if _shape(text[after:span[1]]) != _shape(code) or not _CODE_END.match(text, span[1]) \
                or span in more or any(s < span[1] and span[0] < e for s, e in taken):
            continue
        more.append(span)
        queue.append(span)
    return more


def _kind_of_its_prefix(text: str, start: int) -> bool | None:
    """Whether a code's letters, before a hyphen, are a case's keyword (True: "INV-2024-0412")
    or an id's (False: "STU-2210934", "MCD-44172"); None for other letters or none."""
    letters = _LETTERS.match(text, start)
    if letters is None or not text.startswith("-", letters.end()) or len(letters.group()) < 2:
        return None
    keyword = _KEYWORD.fullmatch(letters.group())
    if keyword is None:
        return None
    return keyword.group("case") is not None or keyword.group("case_strong") is not None


def _told_apart(text: str, found: dict[tuple[int, int], tuple[int, bool]], cases: list,
                ids: list, keywords_seen: list[tuple[int, bool]], keywords: bool) \
        -> tuple[list, list]:
    """The loose numbers as a case's or a person's. An A-number's shape is a person's, and a
    gloss right after a number says whose it is (_glossed_after). Else one a keyword found is
    the kind of the nearest keyword that found it (found), unless that keyword glossed the
    number before it (None there, record_numbers). One found by its shape alone is the kind of the
    nearest keyword before it in its sentence ("a photo of license certificate CF-FH-10387":
    a person's); with none, of the first keyword after it in its clause ("MN-4471-18
    medicaid", "JDC-00417 - detention ID for the youth"); with neither, of the keyword its
    letters are ("STU-2210934": a student's), or else of its shape (a docket's a case's, a long
    run of digits a person's). A keyword with another number
    between is that number's ("badge B-7713, asked what INV-25-3301 meant"), and one after,
    with a number in the rest of the clause, may be ("25-FC-3301 shows the license
    FPL-7731"): both are passed over. keywords: whether the text may hold a keyword at all
    (record_numbers)."""
    told_cases, told_ids = [], []
    for span in dict.fromkeys(cases + ids):
        start, end = span
        if text[start] == "A" and _ALIEN_NUMBER.fullmatch(text, start, end):
            is_case = False  # "a# A-912-304-558 for the asylum case": an A-number, a person's
        elif keywords and (glossed := _glossed_after(text, end)) is not None:
            is_case = glossed
        elif span in found and found[span][1] is not None:
            is_case = found[span][1]
        else:
            sentence = sentence_start(text, start)
            before = [(kw_end, kind) for kw_end, kind in keywords_seen
                      if sentence <= kw_end <= start]
            if before and not _ANY_DIGIT.search(text, before[-1][0], start):
                is_case = before[-1][1]
                if len(before) >= 2 and before[-2][1] != is_case \
                        and _OF_THE_KEYWORD_JUST_BEFORE.fullmatch(text, before[-2][0],
                                                                  before[-1][0]) \
                        and _WORD_BETWEEN.search(text, before[-1][0], start):
                    # "Person ID in SACWIS is 100488213": the system the person's id is in
                    # (as record_numbers reads "Medicaid ID for the case: MA4471092"); but
                    # "card for the Lindgren file (2021-FC-2290)": the file's, right after it
                    is_case = before[-2][1]
            elif not before and keywords and (after := _keyword_after(text, end)) is not None:
                is_case = after
            elif not before and (prefixed := _kind_of_its_prefix(text, start)) is not None:
                is_case = prefixed  # "Tou Vang\tSTU-2210934": a student's number, by its letters
            else:
                is_case = span in cases
        (told_cases if is_case else told_ids).append(span)
    return told_cases, told_ids


# What glosses a number right after it (_GLOSS_OPENING, above), up to two words, then a keyword
_GLOSS_AFTER = re.compile(_GLOSS_OPENING + r"(?:\w+\s){0,2}?" + _KEYWORD.pattern, re.IGNORECASE)
# ... and the number and gloss before a keyword, which is then that number's, not the next's;
# unless a number follows the keyword ("box 12 (Member ID): 874 0021 395", "box 11 is the
# claim, 0098 7715")
_GLOSS_BEFORE = re.compile(r"\d[\w/-]*" + _GLOSS_OPENING + r"(?:\w+\s){0,2}$", re.IGNORECASE)
_NUMBER_NEXT = re.compile(r"[\s:#.=),-]*\d")
# a number's word right after a keyword ("passport number", "client #"); a word of two
# letters or more between a keyword and the number it found
_FIRM_AFTER = re.compile(r"\s*(?:#|(?:no|num|number|numbers|id|ids)\b)", re.IGNORECASE)
_WORD_BETWEEN = re.compile(r"[a-z]{2,}")
# A number's last digit right before a gloss's opening (the lookahead of a space, a bracket or
# a comma first: most digits are left at it); then the number ending there, whole: its groups
# of digits apart by a space or a hyphen ("4471 2290 18", "88-340-1172", "0048813"), after a
# prefix of capitals or not ("MA 6620 4418 93", "W-55210"), and a capital after them or not, as
# Medicaid numbers end ("88204417K is the Medicaid on the baby's card"). Searched so, a line
# costs a third of what a search for every number and a look after each cost.
_GLOSS_NEXT = re.compile(r"\d(?:(?-i:[A-Z])(?![\w-]))?(?=[ (,])(?=" + _GLOSS_OPENING + ")",
                         re.IGNORECASE)
_GLOSSED_NUMBER = re.compile(r"\d+(?:[ -]\d+){0,4}(?-i:[A-Z])?$")
_PREFIX_BEFORE = re.compile(r"(?<![\w/.-])(?:[A-Z]{2,4} |[A-Z]{1,4}-?)$")
# What closes a gloss of a number shaped like a phone's: its keyword names the number itself,
# not someone else's ("555-0142 is the case worker's number", "- the case aide's line")
_GLOSS_CLOSE = re.compile(r"(?:\s+(?:number|no\.?|#|id)\b)?\s*(?:$|[.,;:)!?]"
                          r"|\s(?:from|for|of|on|in|at|with|and)\b)", re.IGNORECASE)


# A state's code and a ZIP code, after a town and a comma: an address's end, no number a gloss
# after it names
_ZIP_AFTER_STATE = re.compile(r"[A-Z]{2} \d{5}(?:-\d{4})?")


def _numbers_glossed(text: str) -> list[tuple[tuple[int, int], bool]]:
    """The numbers a gloss right after them names (_GLOSS_AFTER), with whether the gloss's
    keyword is a case's: five digits or more, no date or year."""
    found = []
    for last in _GLOSS_NEXT.finditer(text):
        end = last.end()
        gloss = _GLOSS_AFTER.match(text, end)
        if gloss is None:
            continue
        number = _GLOSSED_NUMBER.search(text, max(0, end - 24), end)
        written = number.group()
        if len(written) - written.count(" ") - written.count("-") < 5:
            continue
        start = number.start()
        if start:
            prefix = _PREFIX_BEFORE.search(text, max(0, start - 5), start)
            if prefix is not None and not _KEYWORD.fullmatch(prefix.group().strip(" -")):
                start = prefix.start()  # (not a keyword's: "ID 4471 2290")
                if text[max(0, start - 2):start] == ", " \
                        and _ZIP_AFTER_STATE.fullmatch(text, start, end) \
                        and lexicon().get(text[start:start + 2].lower(), 0) & STATE_CODE:
                    continue  # "PO Box 118, Pine Ridge, SD 57770 – enrollment # OST-21107"
            elif text[start - 1].isalnum() or text[start - 1] in "/.-_":
                continue  # inside a word or a longer code
        written = text[start:end]
        if THING_NUMBERED_BEFORE.search(text, max(0, start - 24), start):
            continue  # "Vendor account: CRS-0088213 (Cumberland Records Storage)": a vendor's
        if not _looks_like_id(written, "weak") or _DATE.fullmatch(written) \
                or _PHONE_OR_LOCAL.fullmatch(written) and not _GLOSS_CLOSE.match(text,
                                                                                 gloss.end()):
            continue
        found.append(((start, end), gloss.group("case") is not None
                      or gloss.group("case_strong") is not None))
    return found


def _glossed_after(text: str, end: int) -> bool | None:
    """Whether the gloss right after a number (_GLOSS_AFTER) names a case's keyword (True) or a
    person's (False); None without one. A gloss says whose the number is even where a keyword
    of the other kind stands before it ("Re: NN-003318 (enrollment), CYS-25-0741 (our case)")."""
    if end == len(text) or text[end] not in " (,":
        return None
    gloss = _GLOSS_AFTER.match(text, end)
    if gloss is None:
        return None
    return gloss.group("case") is not None or gloss.group("case_strong") is not None


def _keyword_after(text: str, end: int) -> bool | None:
    """Whether the first keyword in the 40 characters after end, before its clause ends, is a
    case's (True) or a person's (False); None without one, or with a digit after end in the
    clause or soon after the keyword (its own number: "re: 24-DN-1173 and the mother's WIC
    number, 0044 1772")."""
    stop = _CLAUSE_STOP.search(text, end, end + 40)
    stop = stop.start() if stop else end + 40
    word = _KEYWORD.search(text, end, stop)
    if word is None or _ANY_DIGIT.search(text, end, max(stop, word.end() + 16)):
        return None
    return word.group("case") is not None or word.group("case_strong") is not None


def _one_digit_repeated(number: str) -> bool:
    """"Dummy record: Jane Doe, case 9999-9999": six digits or more, all one digit, are a
    system's placeholder or an example's, no one's record."""
    digits = [c for c in number if c.isdigit()]
    return len(digits) >= 6 and len(set(digits)) == 1


def _coded_records(text: str, start: int, end: int, taken: list[tuple[int, int]],
                   keywords_seen: list[tuple[int, bool]], things: list[str]) \
        -> tuple[list, list]:
    """_RECORD_CODE's matches from start to end that are a record's number or an id: "pls pull
    the file for 2026CW00381", "JD-11872-B is the petition", "INV-25-07-0311 in the system".
    An id when the nearest keyword before it in its sentence is an id's ("medicaid #s for the
    3 kids — M-4410-1, M-4410-2"), or when it is an A-number; else a case's. Not one the
    keywords found (taken), a public line spelt in letters ("1-800-4-A-CHILD"), a statute's or
    a form's number, a thing's ("ticket numbers like RQ-10442", "asset tag IT-00488"), a web
    address or a phone typed into words. Each holds a _DOCKET_END, so that none starts before
    where _DOCKET's search starts (record_numbers). They rank with the dockets, below phones.
    keywords_seen: (end, a case's?) of each keyword record_numbers read, in order. things
    receives the codes a thing's word numbers."""
    cases, ids = [], []
    for m in _RECORD_CODE.finditer(text, start, end):
        code = m.group()
        if sum(c.isdigit() for c in code) < 5 or code.isdigit() \
                or not _DOCKET_END.search(code) or not any(c.isascii() and c.isalpha()
                                                           for c in code) \
                or not code[0].isalpha() and not _HYPHEN_OR_CAPITAL_END.search(code):
            continue
        lowered = code.lower()
        label, colon, value = code.partition(":")
        if colon and label.isalpha() and _DATE.fullmatch(value):
            continue  # "Court Date:04/22/2024": a form's label glued to its date
        if _VANITY_NUMBER.match(code) or _PHONE_INSIDE.search(code) \
                or any(w in lowered for w in _WEB_WORDS) \
                or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        opening = _LETTERS.match(code)
        sentence = sentence_start(text, m.start())
        if sentence >= 3 and text[sentence - 3:sentence].lower() == "no.":
            # "Grant No. 90CO1234": "No." before the code is its label, no sentence's end
            sentence = sentence_start(text, sentence - 3)
        if opening is not None and opening.group().lower() in _STATUTE_WORDS \
                or _STATUTE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) \
                or _NOT_DOCKET_AFTER.match(text, m.end()):
            continue
        if _THING_NUMBERED.search(text, max(sentence, m.start() - 40), m.start()):
            things.append(code)  # ("ticket numbers like RQ-10442": a thing's, a few words before)
            continue
        nearest = [is_case for kw_end, is_case in keywords_seen if sentence <= kw_end <= m.start()]
        if _ALIEN_NUMBER.fullmatch(code) or nearest and not nearest[-1]:
            ids.append(m.span())
        else:
            cases.append(m.span())
    return cases, ids


# A court caption's number: "In re M.T., No. J-2291-23", "Smith v. Jones, No. 21-CV-1234",
# "In re Tranh, No. JC 2024-7264": "No." after "In re" or "v." and the parties, then the
# docket (with four digits at least: not "No. 5")
# A case's caption, then its number after "No." on the same line or the next ("In re D.W.,
# No. 2024-JA-00731", "IN THE INTEREST OF D.W., a minor\nNo. 2024 JA 00731"), its pieces
# joined by a hyphen, a slash or a space before capitals and digits or three digits
_CAPTION = re.compile(r"\b(?:In re|IN RE|[Vv]s?\.|In the (?:Interest|Matter) of"
                      r"|IN THE (?:INTEREST|MATTER) OF)\s[^\n]{1,60}?(?:,?\s|\n)[Nn]o\.\s?"
                      r"([A-Z]{0,4}[ -]?\d[\dA-Z]*"
                      r"(?:(?:[-/]|\s(?=[A-Z]{1,4}\s\d|\d{3}))[\dA-Z]+)*)")


def _captioned_numbers(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _CAPTION.finditer(text)
            if sum(c.isdigit() for c in m.group(1)) >= 4]
