"""What stands around a run of capitalized words: titles, roles, verbs, organisation words.

The rules in names.py ask these questions only of runs whose own words cannot decide, so the
cost stays off the common path.
"""

from __future__ import annotations

import re

from .lexicon import (COMMON, FAMILY, FIRST, LAST, NAME, NOT_NAME, OBJECT_VERB, ORG, PERSON_VERB,
                      PLACE, RARE_GIVEN, ROLE, STRONG_VERB, THING, TITLE, TITLE_ABBR, WORD)
from .tokens import Token
from .wordlists import alternation, entries, words

NAMING_WORDS = _NAMING = words("naming-words")
# "goes by Sunny", "her name is Hope": two words before a name, as pairs.
NAMING_PAIRS = _NAMING_PAIRS = {tuple(phrase.split()) for phrase in entries("naming-phrases")}
NICKNAMING = _NICKNAMING = words("nicknaming-words")  # "nicknamed Peanut"
_NICKNAME_FIELDS = words("nickname-fields")  # "Nickname: Peanut"
_FIELD_GAPS = (": ", ': "', ": “")  # between a field's label and what fills it
# "used a real name, Keanu Apaka,", "her nickname (Bug)": a noun of naming, then the name set
# off by a comma, a bracket or a dash.
_NAME_NOUNS = words("name-nouns")
POSSESSED = words("possessed-nouns")
APPOSITION_STARTERS = words("apposition-starters")
# (and a role written short, in capitals: "Summer, the RN on 6 East, said")
_ROLE_ABBREVIATIONS = words("role-abbreviations")
# In brackets or after a dash after a word, what says it is someone's name: "Dutch (nickname,
# won't give real name)", "Boogie (my youth's nickname)", "Pebbles (street name)", "Peanut
# (that's what we call the baby)", "Snoop - the older brother's nickname"
NAMED_ASIDE = re.compile(
    r"\s+\((?:(?:his|her|their|the|my|our)\s+(?:\w+['’]s\s+)?)?"
    r"(?:nickname|nick\s+name|street\s+name|pet\s+name)\b(?!\s+for\b)"
    r"|\s+\(that['’]?s\s+(?:what|how)\s+(?:\w+\s+){1,4}call(?:s|ed)?\s+"
    r"(?:him|her|them|the)\b"
    r"|\s+[-–—]\s+(?:[\w'’]+\s+){0,3}(?:nickname|nick\s+name|street\s+name)\b(?!\s+for\b)",
    re.IGNORECASE)
# After "is" or "was", that a word is someone's name, by the kind of name: "is her nickname",
# "is the dad's surname", "is the older brother's nickname" (NAMED_AS_A_NAME, which may be
# said even of a title's word: "Bishop is the dad's first name"); a surname is a person's even
# "of" something ("Church is the surname of the first foster family"), a name may be a thing's
# ("Ruby is the name of the fax machine")
_AS_A_NAME = (rf"(?:his|her|their|the|a|my|our|(?:the\s+)?(?:[\w-]+\s+)?\w+['’]s)\s+"
              rf"(?:(?:{alternation('name-kinds')})\s+){{0,2}}"
              r"(?:(?:name|nickname)\b(?!\s+of\b)|surname\b)")
NAMED_AS_A_NAME = re.compile(rf"['’]?\s+(?:is|was)\s+{_AS_A_NAME}", re.IGNORECASE)
# After a word, what says it is someone's name: "is the pet name for", "is what his wife calls
# him", "is her nickname".
_NAMED_AFTER = re.compile(
    r"['’]?\s+(?:is|was)\s+(?:(?:what|how)\s+(?:\w+\s+){1,4}call(?:s|ed)?\b"
    rf"|{_AS_A_NAME})"
    # "Cookie, the grandmother's nickname, is how the kids know her" (but not "Ruby, our
    # office's nickname for the old fax machine": what it names follows)
    r"|,\s+(?:his|her|their|the|my|our)\s+(?:\w+['’]s\s+)?(?:nickname|pet\s+name)\b"
    r"(?!\s+for\b)"
    # "Tiff is short for Tiffany", "Nacho, short for Ignacio"
    r"|(?:,\s+|\s+(?:is|was)\s+)short\s+for\s+(?-i:[A-Z])"
    r"|" + NAMED_ASIDE.pattern,
    re.IGNORECASE)
_AFTER_AND = words("after-and-person")
_AGE_WORDS = words("apposition-age-words")
# "Melody, the younger one, only eats rice": which of the children, said of a person
_SIBLING_ADJECTIVES = words("sibling-adjectives-before-one")
_BETWEEN_A_POSSESSIVE_AND_KIN = words("between-a-possessive-and-kin")
LOWER_TITLES = words("lowercase-titles")
_LOWER_KIN_TITLES = words("lowercase-kin-titles")  # "tío Nacho", "abuelo Goyo"
_BEFORE_FAMILY_PLURAL = words("between-the-and-a-family")  # "the same Johnsons"
_ORG_JOINERS = words("org-joiners")  # "Signs of Safety", "Children and Family Services"
_ORG_JOINERS_THE = _ORG_JOINERS | {"the"}
_AGE_AFTER_COMMA = re.compile(r"[,(]\s*\d{1,2}\b")  # "Hope, 14,", "River (9)"


# Between a role and the name it introduces: "my client Dana", "the mother, Hope,", "the kid —
# River —".
_ROLE_GAPS = frozenset((" ", ", ", " (", ", “", ", \"", " — ", " – ", " - ", "—", " -- "))


class Context:
    """Context around a run of tokens, looked at only for runs whose words are not enough."""

    def __init__(self, text: str, toks: list[Token], first: int, last: int):
        self.text, self.toks, self.first, self.last = text, toks, first, last

    def before(self, k: int = 1) -> Token | None:
        i = self.first - k
        return self.toks[i] if i >= 0 else None

    def after(self, k: int = 1) -> Token | None:
        i = self.last + k
        return self.toks[i] if i < len(self.toks) else None

    # The two gaps read the words beside the run in place, not through before() and after():
    # the rules ask for them some twenty thousand times a pass.
    def gap_before(self) -> str:
        toks, first = self.toks, self.first
        return self.text[toks[first - 1].end:toks[first].start] if first > 0 else ""

    def gap_after(self) -> str:
        toks, last = self.toks, self.last
        end = toks[last].end + (2 if toks[last].poss else 0)
        return self.text[end:toks[last + 1].start] if last + 1 < len(toks) else self.text[end:]

    def titled(self) -> bool:
        prev = self.before()
        if not prev or not prev.bits & TITLE:
            return False
        gap = self.gap_before()
        if prev.bits & TITLE_ABBR:
            return gap in (" ", ". ") and (prev.cap or prev.low in LOWER_TITLES)
        return gap == " " and (prev.cap or prev.low in LOWER_TITLES  # "doña Chayo"
                               or prev.low in _LOWER_KIN_TITLES and self.toks[self.first].cap)

    def named_after(self) -> bool:
        """'Bablu is the pet name for Arif', 'Seryozha is what his wife calls him'."""
        return _NAMED_AFTER.match(self.text, self.toks[self.last].end) is not None

    def named_as_a_name(self) -> bool:
        """'Bishop is the dad's first name', 'Sheriff is the grandpa's surname'."""
        return NAMED_AS_A_NAME.match(self.text, self.toks[self.last].end) is not None

    def named(self) -> bool:
        if self.named_after():
            return True  # "Bablu is the pet name for Arif", "Seryozha is what his wife calls him"
        prev, prev2 = self.before(), self.before(2)
        gap = self.gap_before()
        if prev and gap in (", ", " (", " - ", " – ", " — ") and prev.low in _NAME_NOUNS \
                and not prev.cap:
            return True
        if not prev or gap not in (" ", ": ", " \"", " “"):
            return False
        return prev.low in _NAMING or (prev2 is not None and (prev2.low, prev.low) in _NAMING_PAIRS)

    def goes_by(self) -> bool:
        """'goes by "Nacho"', 'also known as Boots', 'her name is Cookie', 'we call him Boo',
        'nicknamed Peanut': words that say a name follows, so that even an everyday word after
        them is one."""
        prev = self.before()
        gap = self.gap_before()
        if prev is not None and gap in _FIELD_GAPS:
            # "Nickname: Peanut", 'AKA: "Spider"': a form's field; "Goes by: Peanut", "Street
            # name: D-Money": the words that say a name follows, as a field's label
            prev2 = self.before(2)
            return prev.low in _NICKNAME_FIELDS or (
                prev2 is not None and (prev2.low, prev.low) in _NAMING_PAIRS
                and self.text[prev2.end:prev.start] == " ")
        if prev is None or gap not in (" ", ' "', " “"):
            return False
        if prev.low in _NICKNAMING:
            return True
        prev2 = self.before(2)
        return (prev2 is not None and (prev2.low, prev.low) in _NAMING_PAIRS
                and self.text[prev2.end:prev.start] == " ")

    def role_before(self) -> bool:
        prev = self.before()
        return bool(prev and prev.bits & ROLE and not prev.cap
                    and self.gap_before() in _ROLE_GAPS)

    def object_of_verb(self) -> bool:
        prev = self.before()
        if not prev or self.gap_before() != " ":
            return False
        if prev.bits & OBJECT_VERB and (not prev.cap or prev.initial):
            return True  # "asked Oyelaran", "Ask Lomasi about her braces"
        if prev.low == "let":
            nxt = self.after()  # "please let Cross-Mills know": only a person is let know
            return nxt is not None and nxt.low in ("know", "knows") and not nxt.cap \
                and self.gap_after() == " "
        prev2 = self.before(2)
        return (prev.low in ("with", "to") and prev2 is not None and bool(prev2.bits & OBJECT_VERB)
                and self.text[prev2.end:prev.start] == " ")

    def verb_after(self, strong: bool) -> bool:
        nxt = self.after()
        if not nxt or self.gap_after() != " " or nxt.cap:
            return False
        return bool(nxt.bits & (STRONG_VERB if strong else PERSON_VERB))

    def possessive(self, any_noun: bool) -> bool:
        last = self.toks[self.last]
        if not last.poss:
            return False
        nxt = self.after()
        if not nxt:
            return False
        if nxt.cap:  # "Summer's DOB", "Hope's IEP": a record's acronym is a person's too
            return len(nxt.raw) > 1 and nxt.raw.isupper()
        if nxt.low in _BETWEEN_A_POSSESSIVE_AND_KIN and self.gap_after() == " ":
            # "Mirsada's three kids", "Dev's youngest daughter": a number or which of them
            kin = self.after(2)
            if kin is not None and not kin.cap and kin.bits & (ROLE | FAMILY) \
                    and self.text[nxt.end:kin.start] == " ":
                return True
        return any_noun or bool(nxt.bits & (ROLE | FAMILY)) or nxt.low in POSSESSED

    def apposition_after(self) -> bool:
        gap = self.gap_after()
        nxt = self.after()
        if not nxt:
            return False
        if gap in (", ", " (") and nxt.low in _AGE_WORDS:
            return True
        if gap in (", ", " (") and _AGE_AFTER_COMMA.match(
                self.text[self.toks[self.last].end:].lstrip("'’s")):
            return True
        if gap not in (", ", " (", " - ", " – ") or nxt.low not in APPOSITION_STARTERS:
            return False
        for k in range(2, 5):
            tok = self.after(k)
            if tok is None:
                return False
            if not tok.cap and tok.bits & ROLE \
                    or tok.raw.isupper() and tok.low in _ROLE_ABBREVIATIONS:
                # (a role's letters too: "Summer, the RN on 6 East, said"); not a speaker put
                # between commas: "Patience, the trainer said, is a skill"
                said = self.after(k + 1)
                return not (said is not None and not said.cap and said.bits & STRONG_VERB
                            and self.text[tok.end:said.start] == " "
                            and self.text.startswith(", ", said.end))
            if tok.low == "one" and self.after(k - 1).low in _SIBLING_ADJECTIVES:
                return True
            if self.text[self.after(k - 1).end:tok.start] != " ":
                return False
        return False

    def and_person(self) -> bool:
        nxt = self.after()
        if not nxt or nxt.low != "and" or self.gap_after() != " ":
            return False
        nxt2 = self.after(2)
        return bool(nxt2 and nxt2.low in _AFTER_AND)

    def family(self) -> bool:
        """'the Garcia family', and without "the" a surname no list calls a word: 'Tesfay fam
        at 8', 'home visit w/ Okafor kids'."""
        prev, nxt = self.before(), self.after()
        if not (nxt and nxt.bits & FAMILY and not nxt.cap and self.gap_after() == " "):
            return False
        if prev and prev.low == "the":
            return True
        return all(not tok.bits & (COMMON | WORD | NOT_NAME | PLACE | ROLE | TITLE) and tok.cap
                   and len(tok.raw) > 2 and not tok.raw.isupper()
                   for tok in self.toks[self.first:self.last + 1])

    def any_cue(self, strong_verbs: bool) -> bool:
        return (self.titled() or self.named() or self.role_before() or self.object_of_verb()
                or self.verb_after(strong_verbs) or self.apposition_after() or self.and_person()
                or self.family() or self.possessive(any_noun=False))


# "O'Brien", "McAllister", "MacKenzie": the shape of a surname, on a list or not.
_CLAN = re.compile(r"(?:O['’]|Mc|Mac)[A-Z][a-z]+s")


def plural_family(text: str, toks: list[Token], i: int, lex: dict[str, int]) -> bool:
    """'the Nguyens', 'the Garcias', 'the Whitfields'': a family called by its surname. With
    the plural's apostrophe ("the Okonkwos' new address") a surname on no list counts too, and
    so does a surname with an O', Mc or Mac prefix ("The O'Briens have fostered 40 kids")."""
    tok = toks[i]
    if i == 0 or not tok.low.endswith("s") or tok.poss or tok.bits & PLACE:
        return False  # "the Carolinas" are a place
    if toks[i - 1].low != "the" and not (
            i >= 2 and toks[i - 1].low in _BEFORE_FAMILY_PLURAL and toks[i - 2].low == "the"
            and not toks[i - 1].cap and text[toks[i - 2].end:tok.start] == f" {toks[i - 1].raw} "):
        return False  # but "the same Johnsons on my caseload", "the other Garcias"
    if _CLAN.fullmatch(tok.raw) and not tok.bits & NOT_NAME:
        return True  # not "the McDonalds on Route 9"
    apostrophe = text[tok.end:tok.end + 2] in ("' ", "’ ")
    if tok.bits & (COMMON | WORD) and not apostrophe:
        return False  # "the Smiths' dog" is a family, "the Smiths" may be a band
    for stem in (tok.low[:-1], tok.low[:-2] if tok.low.endswith("es") else None):
        bits = lex.get(stem) if stem else 0
        if bits and bits & LAST and not bits & (ORG | NOT_NAME | ROLE):
            return True
        if apostrophe and stem and (bits is None or bits & FIRST and not bits & (
                COMMON | WORD | ORG | NOT_NAME | ROLE)):
            return True
    return False


def is_org(toks: list[Token], first: int, last: int) -> bool:
    """'Grace Community Church', 'Lincoln Elementary': a run naming a place or organisation.

    A surname that is also an organisation word ("Hyun-woo Park", "Ana Church") after a given
    name that is not a word keeps the run a person's name, as does a given name that is an
    organisation's word too before a name that is a given name and a surname ("Lane Brooks",
    "River Alston"; "River Oaks" is none).
    """
    if first and last > first and toks[first - 1].low in _BEFORE_A_BUILDING \
            and toks[last].cap and toks[last].low in _BUILDINGS and not toks[last].poss \
            and not (last + 1 < len(toks) and toks[last + 1].low in _A_FAMILYS_THINGS):
        # "in Kennedy Hall", "the Okafor Wing": a building named after someone (but "the
        # Marcus Hall case": a person's)
        return True
    for k in range(first, last + 1):  # a loop, not any(): most runs are a word or two
        if toks[k].bits & ORG and toks[k].cap and not (
                k < last and toks[k].low in _SCHOOL_LEVELS and not toks[k + 1].bits & ORG):
            break  # (a school's level names a school last: "Lincoln High", not "High Elk")
    else:
        return False
    if first == last and toks[first].bits & FIRST:
        return False  # alone, a given name is a person first: "Lane tested positive at birth"
    if k == first < last and toks[first].initial and toks[last].poss \
            and toks[first].bits & COMMON and not any(toks[j].bits & ORG
                                                       for j in range(first + 1, last + 1)):
        # "- Review Rosalind's request": an everyday word that is an organisation's too,
        # opening a sentence before a possessive name, is a verb ("Review Board's" stays one)
        return False
    if last == first + 1 and toks[first].bits & LAST and "-" in toks[last].raw \
            and not toks[last].bits & ~NAME:
        return False  # a family name, then a given name of two parts: "Park Ji-yeon"
    if last == first + 1 and not toks[first].bits and toks[last].bits & LAST \
            and toks[last].low not in _NEVER_SURNAMES:
        return False  # a given name no list holds, then a surname: "Kyung-mi Park"
    if last == first + 1 and toks[last].low not in _SCHOOL_LEVELS \
            and toks[last].low not in _NEVER_SURNAMES:
        given, surname = toks[first].bits, toks[last].bits
        if given & FIRST and not given & (COMMON | PLACE | ORG) and surname & LAST \
                and not (given & RARE_GIVEN and given & LAST):
            # (but a surname that few bear as a given name, before an organisation's word, is
            # the building's or the place's: "Perkins Hall on campus", "Garcia Center")
            return False
        if k == first and given & FIRST and surname & LAST and surname & FIRST \
                and not surname & (ORG | PLACE):
            return False  # "Facilitator: Lane Brooks", "River Alston: court on the 12th"
    if last == first + 2 and k == first + 1 and toks[first].bits & FIRST \
            and toks[k].bits & FIRST and toks[last].bits & LAST \
            and not toks[last].bits & (ORG | PLACE | COMMON | WORD):
        return False  # "father Cody Lane Ritter": a middle name that is an organisation's word
    return True


_SCHOOL_LEVELS = words("school-level-words")
_BUILDINGS = words("buildings-after-a-name")
_BEFORE_A_BUILDING = words("before-a-building")
_A_FAMILYS_THINGS = words("case-nouns-after-a-surname", "family-after-a-surname")
# Organisations' words that the surname list holds but no one bears after a given name
# ("Kennedy Center", "Marshall Clinic"; but "Ana Church", "Tanya Hall" are people).
_NEVER_SURNAMES = words("org-words-not-surnames")


def capitalized_run_has_org(text: str, toks: list[Token], j: int, step: int) -> bool:
    """Whether the capitalized words from toks[j], read in the direction of step, name an
    organisation (is_org): "and Family Services" does, "and Kyung-mi Park", "and Dana Park"
    (a person whose surname is an organisation's word too) do not."""
    start = j
    has_org = False
    while 0 <= j < len(toks) and toks[j].cap:
        has_org = has_org or bool(toks[j].bits & ORG)
        nxt = j + step
        if not 0 <= nxt < len(toks):
            break
        a, b = (toks[j], toks[nxt]) if step > 0 else (toks[nxt], toks[j])
        if text[a.end:b.start] != " ":
            break
        j = nxt
    if not has_org:
        return False
    end = j if 0 <= j < len(toks) and toks[j].cap else j - step
    return is_org(toks, min(start, end), max(start, end))


def _a_person_of(text: str, toks: list[Token], first: int, last: int, k: int) -> bool:
    """"Gloria Kingbird of Red Lake", "Dana Whitfield of the Catholic Charities": a given name
    and a surname, neither an organisation's word, then "of" (or "of the") and an organisation
    or a place, name a person and where she lives or works, not one organisation; "Friends of
    Lake Merritt", "Sisters of Charity", "Bank of America" hold no such name."""
    return last == first + 1 and (toks[k - 1].low == "of" or toks[k - 2].low == "of") \
        and bool(toks[first].bits & FIRST) and bool(toks[last].bits & LAST) \
        and not (toks[first].bits | toks[last].bits) & ORG \
        and not (first and toks[first - 1].cap)


def org_neighbour(text: str, toks: list[Token], first: int, last: int) -> bool:
    """'Signs of Safety', 'Department of Children and Family Services': a run joined by 'of',
    'for', 'and' or '&' to capitalized words holding an organisation word."""
    n = len(toks)
    k = last + 1
    if k < n and text[toks[last].end:toks[k].start] == " & ":
        if capitalized_run_has_org(text, toks, k, 1):
            return True
    elif k < n and toks[k].low in _ORG_JOINERS and text[toks[last].end:toks[k].start] == " ":
        k += 1
        if k < n and toks[k].low == "the" and not toks[k].cap:
            k += 1
        if k < n and text[toks[k - 1].end:toks[k].start] == " " \
                and capitalized_run_has_org(text, toks, k, 1):
            return not _a_person_of(text, toks, first, last, k)
    k = first - 1
    if k >= 0 and text[toks[k].end:toks[first].start] == " & ":
        return capitalized_run_has_org(text, toks, k, -1)
    if k >= 1 and toks[k].low in _ORG_JOINERS_THE and not toks[k].cap \
            and text[toks[k].end:toks[first].start] == " ":
        if toks[k].low == "the" and toks[k - 1].low == "of":
            k -= 1
        if toks[k].low != "the" and k >= 1 and text[toks[k - 1].end:toks[k].start] == " ":
            return capitalized_run_has_org(text, toks, k - 1, -1)
    return False


# After a name, a person's own proceedings, whose first word names a thing ("court"): "the
# Smith court report" is Smith's, where "the Bridges program" is a programme's name
PROCEEDINGS_AFTER = re.compile(rf" (?:{alternation('proceedings-after-a-name-phrases')})\b")


def thing_after(ctx: "Context") -> bool:
    """'the Bridges program', 'a Hope center': a capitalized word naming a thing. Not a name
    on the lists before a person's proceedings ("the Jayden Smith court date")."""
    nxt = ctx.after()
    if not (nxt and not nxt.cap and nxt.bits & THING and ctx.gap_after() == " "
            and not ctx.toks[ctx.last].poss):
        return False
    return not (PROCEEDINGS_AFTER.match(ctx.text, ctx.toks[ctx.last].end)
                and any(tok.bits & (FIRST | LAST) for tok in ctx.toks[ctx.first:ctx.last + 1]))
