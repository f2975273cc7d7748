"""Names spelled out letter by letter, as a caller spells one for a worker and a voicemail's
transcript or a dictated note writes it down: "her last name is spelled k o w a l s k i",
"that's j-o-s-e", "spell it C-H-O-I".

No list holds such a name, and no rule of names.py reads single letters as one word; what says
they are a name is the spelling that announces them. After a verb of spelling (maybe with what
is spelled, "spelled it", "spelling of her name is"), three letters or more read apart by
spaces, hyphens or full stops are one name. After "that's" or "it's" only letters joined by
hyphens or full stops are: "it's a b c" is a saying, "that's j-o-s-e" a spelling. And letters
read apart with no verb before them are a name where they spell a word standing beside them,
which is the same name ("my name is deshawn D E S H A W N", "s o l e d a d soledad"): a caller
spells the name just said, and "the kid wrote d o g on the board" spells no word beside it.
Letters read out right after a name's word are a name too ("last name t a l l e y", "first
name is j o y"), and so are the first letters after a verb of spelling and a name's word
further on in the line, as a transcript writes a question and its answer ("can you spell her
first name speaker two colon n y e l a"); not a word spelled out ("spelling test: c a t").
"""

from __future__ import annotations

import re

from .lexicon import COMMON, FIRST, LAST, WORD, lexicon
from .wordlists import alternation

# three letters or more, each alone, apart by a space, a hyphen or a full stop (and a space)
_LETTERS = r"(?:[^\W\d_](?:\.? |[.-]))(?:[^\W\d_](?:\.? |[.-])){1,}[^\W\d_](?![^\W\d_])"
_JOINED_LETTERS = r"(?:[^\W\d_][.-]){2,}[^\W\d_](?![^\W\d_])"
_AFTER_SPELLING = re.compile(
    rf"(?i)\b(?:{alternation('spelling-verbs')})"
    rf"(?:\s+(?:{alternation('spelled-things-phrases')}))?(?:\s+(?:is|as|like|was))?"
    rf"[\s:,\"“'‘]+(?P<letters>{_LETTERS})")
# further on, after the verb and the name's word in its line: a question and its answer
# ("can you spell her first name speaker two colon n y e l a"), but not a word spelled out
# ("spelling test: c a t")
_AFTER_SPELLING_FURTHER = re.compile(
    rf"(?i)\b(?:{alternation('spelling-verbs')})\b[^\n]{{0,30}}?\bnames?\b[^\n]{{0,40}}?"
    rf"(?<![^\W\d_])(?P<letters>{_LETTERS})")
# letters read out after a name's word ("last name t a l l e y", "first name is j o y"), which
# spell the name
_AFTER_A_NAME_WORD = re.compile(
    rf"(?i)\b(?:(?:{alternation('parts-of-a-name')})\s+|sur)?name(?:\s+(?:is|was))?[\s:,]+"
    rf"(?P<letters>{_LETTERS})")
# capitals joined by hyphens or full stops further on after the verb, across a few words that
# say to whom or what ("spelled it for the CDI: O-K-W-U-I"): in capitals, as a worker writes
# a spelling down (not "c-a-t" in a spelling test)
_CAPITALS_JOINED = r"(?:[^\W\d_a-z][.-]){2,}[^\W\d_a-z](?![^\W\d_])"
_AFTER_SPELLING_JOINED = re.compile(
    rf"(?i:\b(?:{alternation('spelling-verbs')}))\b[^\n]{{0,40}}?(?<![^\W\d_])"
    rf"(?P<letters>{_CAPITALS_JOINED})")
# capitals joined by hyphens with no verb before them, which spell a given name or a surname
# that is no everyday word ("A-N-A-Y-A is how she spelled it", "D-E-V-O-N or D-E-V-I-N"; not
# "S-T-O-P", "H-O-P-E")
_JOINED_CAPITALS = re.compile(r"(?<![^\W\d_-])(?:[^\W\d_a-z]-){3,}[^\W\d_a-z](?![^\W\d_-])")
_AFTER_THAT_IS = re.compile(
    rf"(?i)\b(?:that|it)(?:['’]?s|\s+is)[\s:,\"“'‘]+(?P<letters>{_JOINED_LETTERS})")


# letters read out one by one with no verb before them, which the word beside them spells:
# "my name is deshawn D E S H A W N", "ngozi eze uh ngozi e z e", "s o l e d a d soledad"
# (not a word's last letter after an apostrophe: "that's D E S", nor the first of "I'm")
_BARE_LETTERS = re.compile(
    r"(?<![^\W\d_])(?<!['’])[^\W\d_](?:[ -][^\W\d_]){2,}(?![^\W\d_])(?!['’])")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# how far from the letters the word they spell may stand, in characters: "wisniewski W I S N
# I E W S K I", "rosalind R O S A L I N D okonkwo-hale", "fatima ali sorry that's fatima F A T"
_REACH = 40


def _spelling_a_word_beside(text: str) -> list[tuple[int, int]]:
    """Letters read out that spell a word standing just before or after them, and that word:
    a caller spelling the name just said (see above). Any word: no list holds every name, and
    a word spelled out in a message is a name far more often than not."""
    spans = []
    for letters in _BARE_LETTERS.finditer(text):
        spelled = "".join(letters.group().split()).replace("-", "").lower()
        start, end = letters.span()
        for word in _WORD.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
            if word.group().lower() == spelled and (word.end() <= start or word.start() >= end):
                spans += [letters.span(), word.span()]
    return spans


def spelled_out_names(text: str) -> list[tuple[int, int]]:
    """The spans of the names spelled out in text (see above)."""
    lowered = text.lower()
    spans = _spelling_a_word_beside(text)
    if "spel" in lowered:
        spans += [m.span("letters") for m in _AFTER_SPELLING.finditer(text)]
        spans += [m.span("letters") for m in _AFTER_SPELLING_JOINED.finditer(text)]
        spans += [m.span("letters") for m in _AFTER_SPELLING_FURTHER.finditer(text)]
    if "name" in lowered:
        spans += [m.span("letters") for m in _AFTER_A_NAME_WORD.finditer(text)]
    if ("'s" in lowered or "’s" in lowered or " is " in lowered) and ("-" in text or "." in text):
        spans += [m.span("letters") for m in _AFTER_THAT_IS.finditer(text)]
    if "-" in text:
        spans += _a_name_spelled(text)
    return sorted(set(spans))


def _a_name_spelled(text: str) -> list[tuple[int, int]]:
    """The spans of _JOINED_CAPITALS whose letters spell a name the lists hold, and no
    everyday word."""
    lex = lexicon()
    spans = []
    for letters in _JOINED_CAPITALS.finditer(text):
        bits = lex.get(letters.group().replace("-", "").lower(), 0)
        if bits & (FIRST | LAST) and not bits & (COMMON | WORD):
            spans.append(letters.span())
    return spans
