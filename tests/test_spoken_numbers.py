"""The privacy guard on numbers spelt in words, as dictation writes them (toolkit/privacy/
spoken.py): each shape is found with the span it has in the text as written, and prose with
numbers in words stays clean. Sentences written for this test, not corpus lines."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan, spoken

FOUND = [
    # phones: digits read one by one, "oh", "double", groups apart, an extension, digits mixed in
    ("his number is five oh three five five five oh one four four and after four is better",
     ("phone", "five oh three five five five oh one four four")),
    ("moms phone three six zero. five five five. two seven one nine but text her",
     ("phone", "three six zero. five five five. two seven one nine")),
    ("call me at five five five, two one two, three four five six after work",
     ("phone", "five five five, two one two, three four five six")),
    ("his cell is five five five, oh one four four",
     ("phone", "five five five, oh one four four")),
    ("call back at five five five four four one nine oh oh two extension twelve today",
     ("phone", "five five five four four one nine oh oh two extension twelve")),
    ("the number is double five five two one two three four five six",
     ("phone", "double five five two one two three four five six")),
    ("her phone is 503 five five five oh one four four",
     ("phone", "503 five five five oh one four four")),
    # a spelt number around typed digits is flagged whole, not only its digits
    ("her phone is five oh three 555 0144 after six", ("phone", "five oh three 555 0144")),
    ("calling back ms lucero at 555.0177 extension four oh two about the voucher",
     ("phone", "555.0177 extension four oh two")),
    ("her last four 2286 is all the school needs", ("ssn", "2286")),  # "four" is no digit here
    ("Five oh three five five five oh one four four is the number for José",
     ("phone", "Five oh three five five five oh one four four")),
    # dates of birth: a day beside a month, years read in pairs or whole, slashes
    ("the kids birthday is coming up, she turns eight on march ninth",
     ("dob", "march ninth")),
    ("birthday for the baby is june third twenty eighteen the record says the fourth",
     ("dob", "june third twenty eighteen")),
    ("the dob should be oh four slash eleven slash two thousand nineteen not the twelfth",
     ("dob", "oh four slash eleven slash two thousand nineteen")),
    ("she was born on the third of june twenty eighteen",
     ("dob", "third of june twenty eighteen")),
    ("born march twenty-first two thousand eighteen at county",
     ("dob", "march twenty-first two thousand eighteen")),
    # a month, a day and a year read without separators: as if typed 4/12/2017
    ("born four twelve twenty seventeen at county", ("dob", "four twelve twenty seventeen")),
    ("her dob is oh four eleven two thousand nineteen",
     ("dob", "oh four eleven two thousand nineteen")),
    # ... its year in two digits, after a month or a day of two
    ("Her date of birth is four twelve oh nine.", ("dob", "four twelve oh nine")),
    # ... in Spanish: a day and a year read whole, with and without accents, "y" in a number
    ("fecha de nacimiento: veintidós de octubre de dos mil diez",
     ("dob", "veintidós de octubre de dos mil diez")),
    ("mom wrote fecha de nacimiento veintidos de octubre de dos mil diez",
     ("dob", "veintidos de octubre de dos mil diez")),
    ("el abuelo dice que nació el doce de enero del 2014", ("dob", "doce de enero del 2014")),
    ("nació el treinta y uno de mayo de mil novecientos noventa y dos",
     ("dob", "treinta y uno de mayo de mil novecientos noventa y dos")),
    ("nacido el primero de enero de dos mil diez", ("dob", "primero de enero de dos mil diez")),
    ("fecha de nacimiento: 3 de marzo de mil novecientos ochenta y cinco",
     ("dob", "3 de marzo de mil novecientos ochenta y cinco")),
    # case numbers with letters read between dashes, SSNs, IDs
    ("her case number is two zero two four dash j v dash zero zero eight eight one",
     ("case_number", "two zero two four dash j v dash zero zero eight eight one")),
    # a number said twice in a row, as a voicemail's transcript runs the two together
    ("hello my number changed its now five oh four five five five oh one nine one five oh four"
     " five five five oh one nine one", ("phone", "five oh four five five five oh one nine one")),
    # a record's letters read out one by one before its number
    ("case number is j v two four dash zero zero five one two period",
     ("case_number", "j v two four dash zero zero five one two")),
    ("mom gave her social as five five five dash two one dash eight eight three oh for housing",
     ("ssn", "five five five dash two one dash eight eight three oh")),
    ("mom read it out: nine three six, two seven, six six one oh",
     ("ssn", "nine three six, two seven, six six one oh")),
    ("case # two four J V zero zero three one seven",
     ("case_number", "two four J V zero zero three one seven")),
    ("call me at five o three five five five o one four four",
     ("phone", "five o three five five five o one four four")),
    ("last four of her social is four four three two",
     ("ssn", "four four three two")),
    ("school said his student id is nine nine four one two zero seven for lunch",
     ("id_number", "nine nine four one two zero seven")),
    ("the medicaid number i have is seven seven three oh four one one eight two",
     ("id_number", "seven seven three oh four one one eight two")),
    # keywords read out letter by letter
    ("school said his student i d is nine nine four one two zero seven",
     ("id_number", "nine nine four one two zero seven")),
    ("her d o b is oh four eleven twenty nineteen", ("dob", "oh four eleven twenty nineteen")),
    ("m r n four four one two three", ("case_number", "four four one two three")),
    # addresses: a house number read in parts, a unit
    ("new address for dad is four twelve east cedar street apartment b",
     ("address", "four twelve east cedar street")),
    ("pick the kids up at eight eight one oak hollow road lot fourteen at three",
     ("address", "eight eight one oak hollow road lot fourteen")),
    ("she moved into apartment four last week", ("address", "apartment four")),
]

CLEAN = [
    "we had two two kids and three three dogs",
    # letters read out before a count, and before numbers said in a row
    "the grades were a b c one two three times a week",
    "she got a b on two tests",
    "we had two a day and three at night",
    "we had three, two and four kids in the rooms",
    "she has two kids and three weeks left on the plan",
    "we met at four thirty at the park on elm street",
    "one of the four boys said the twelfth was his favorite day",
    "court review on the eleventh at one thirty in courtroom four",
    "the first time we met was in twenty nineteen",
    "he was born in two thousand nineteen",  # a year names no day
    "mom has been sober ninety two days and the kids are seven, nine and twelve",
    "there were two hundred and fifty people at the event",
    "the meeting moved from nine to ten thirty, room two oh four",
    "we had three visits in march and two in april",
    "the kids are five, seven and nine, and the twins are two, the baby is one",
    "the next visit is four twelve twenty twenty five",  # a date, not of a birth
    "we drove past Two Rivers Road and Seven Oaks Mall",  # number words in names of places
    "oh and the kids said oh no, double trouble",
    "the g a l said the d o b is wrong, see you at two",
    "we practiced counting one two three four five six seven eight nine ten together",
    "the hearing is on March third at ten",  # a date, not of a birth
    "it's been one year, two months and three days since the first visit",
    # Spanish number words; "once" and "mil" are English words too
    "I see her once a week, once DCS approves it",
    "la abuela tiene setenta y dos años y veinte nietos",
    "the court ordered a visit once dad finished the mil program",
    "la cita es el doce de enero",  # a date, not of a birth
]


def _found(text: str, kind: str, value: str) -> bool:
    start = text.index(value)
    return any(f.kind == kind and f.start == start and f.end == start + len(value)
               and f.text == value for f in scan(text))


@pytest.mark.parametrize("text,expected", FOUND)
def test_spelt_numbers_are_found_with_their_span_in_the_text(text, expected):
    kind, value = expected
    assert _found(text, kind, value), (text, [(f.kind, f.text) for f in scan(text)])


@pytest.mark.parametrize("text", CLEAN)
def test_prose_with_numbers_in_words_stays_clean(text):
    assert scan(text) == [], [(f.kind, f.text) for f in scan(text)]


def test_the_same_findings_as_typed_digits():
    # what the guard finds in the text typed with digits, it finds over the words
    spelt = "her case number is two zero two four dash j v dash zero zero eight eight one"
    typed = "her case number is 2024-JV-00881"
    assert [f.kind for f in scan(spelt)] == [f.kind for f in scan(typed)] == ["case_number"]
    assert spoken.rewrite(spelt)[0] == typed


@pytest.mark.parametrize("words,digits", [
    ("five oh three", "503"), ("four twelve", "412"), ("twenty eighteen", "2018"),
    ("two thousand nineteen", "2019"), ("nineteen hundred ninety nine", "1999"),
    ("two hundred and five", "205"), ("double five", "55"), ("triple oh five", "0005"),
    ("twenty one", "21"), ("twenty-one", "21"), ("nine oh oh two", "9002"),
    ("oh four slash eleven", "04/11"), ("two thousand oh five", "2005"),
    ("twelve four nineteen ninety nine", "12/4/1999"),
    ("four twelve oh nine", "4/12/09"), ("eight eight zero three", "8803"),
    ("one two dash a b dash three four", "12-AB-34"),
    ("dos mil diez", "2010"), ("veintidós", "22"), ("veintidos", "22"),
    ("treinta y uno", "31"), ("mil novecientos noventa y dos", "1992"),
    ("ciento veinte", "120"), ("dos mil dieciocho", "2018"),
])
def test_runs_of_number_words_are_written_in_digits(words, digits):
    # "apartment" before the run: a lone digit there is read too
    new, segments = spoken.rewrite(f"apartment {words} it is")
    assert new == f"apartment {digits} it is"
    assert len(segments) == 1


def test_spans_map_back_around_several_runs():
    text = ("the kids are two and four, call 555-213-4455 or five oh three five five five oh"
            " one four four")
    found = [(f.kind, f.text) for f in scan(text)]
    assert found == [("phone", "555-213-4455"),
                     ("phone", "five oh three five five five oh one four four")]


def test_lines_without_number_words_are_not_rewritten():
    assert spoken.ranked("I called Dana at 555-214-8890 about the visit.") == []
    assert spoken.rewrite("someone often phoned") == ("someone often phoned", [])
    # lone digits far from a month or a unit word are left alone, detectors unrun
    assert spoken.rewrite("two kids and three dogs") == ("two kids and three dogs", [])


# Phones read out digit by digit in other languages (toolkit/privacy/foreign_digits.py)
FOREIGN = [
    ("bà nói số của bà là năm năm năm, không một bốn sáu",
     ("phone", "năm năm năm, không một bốn sáu")),
    ("manman an di rele l nan senk senk senk zewo en twa uit",
     ("phone", "senk senk senk zewo en twa uit")),
    ("tawagan mo si lola sa lima lima lima sero isa apat anim",
     ("phone", "lima lima lima sero isa apat anim")),
    ("lambarka waa shan shan shan eber kow lix afar",
     ("phone", "shan shan shan eber kow lix afar")),
    ("ittasil ala khamsa khamsa khamsa sifr wahid sitta thamanya",
     ("phone", "khamsa khamsa khamsa sifr wahid sitta thamanya")),
    ("son numéro: cinq cinq cinq - zéro un neuf trois",
     ("phone", "cinq cinq cinq - zéro un neuf trois")),
    ("o número dela é cinco cinco cinco zero um meia sete",
     ("phone", "cinco cinco cinco zero um meia sete")),
]

FOREIGN_CLEAR = [
    # counting, and words of those languages in prose
    "the kids counted un deux trois quatre cinq six sept at circle time",
    "de la casa de mi tía a la escuela son dos cuadras",
    "ba con đi học, hai đứa ở nhà với bà",
]


@pytest.mark.parametrize("text, expected", FOREIGN, ids=[t for t, _ in FOREIGN])
def test_phones_read_out_in_other_languages(text, expected):
    assert [(str(f.kind), f.text) for f in scan(text)] == [expected]


@pytest.mark.parametrize("text", FOREIGN_CLEAR)
def test_other_languages_words_are_no_phone(text):
    assert not [f for f in scan(text) if str(f.kind) == "phone"]


def test_foreign_digits_are_read_only_where_tokenize_marked_a_word():
    """scanner.scan asks foreign_digits.phones only of a text tokenize marked
    (MARK_FOREIGN_DIGIT): every text phones finds a phone in is marked."""
    from toolkit.privacy import foreign_digits, lexicon
    from toolkit.privacy.tokens import MARK_FOREIGN_DIGIT, tokenize
    lex = lexicon.lexicon()
    unmarked = []
    for text, _ in FOREIGN:
        marks: list[int] = []
        tokenize(text, lex, marks=marks)
        if foreign_digits.phones(text) and not marks[0] & MARK_FOREIGN_DIGIT:
            unmarked.append(text)
    assert not unmarked
    marks = []
    tokenize("the visit is at four", lex, marks=marks)
    assert not marks[0] & MARK_FOREIGN_DIGIT
