"""Names inside the strings machines write: file names, folder paths, usernames and handles.

Records now leave traces on computers as well as on paper, and clause (m) and the transfer and
disposal of records make a workshop write them down: "JaydenWhitlock_permanency_report.docx",
"scan_LopezMaria_birthcert.pdf", "IEP_draft_JW_2024.docx", "audit: user=kpatel viewed the
record", "/home/cnovak/Desktop/to_shred", "user=a.whitfield". A system joins a person's name
to other words with a change of case, an underscore, a dot or a slash, or shortens it to an
initial and a surname the way accounts are made. The rules of names.py read words between
spaces and stops, and a name so joined stands in no context they know.

Here such a string is cut where a machine joins words, and a piece is a name where the lists
say so, more surely than they need to of a word in a sentence, since nothing around it helps:

- two pieces joined by a change of case, a given name and a surname in either order, neither
  an English word ("JaydenWhitlock", "LopezMaria"), or a surname and an initial
  ("MartinezR"), but not a name of its own ("DeShawn", "McKenzie"), which the rules read; in a
  file's name or a path, a surname that is no word nor place glued to a piece that is a word
  ("OrtizTruancy_Letter2": Ortiz; not a brand's "SpongeBob" or "CareOregon");
- two capitals that are no abbreviation of the work, between a file name's underscores
  ("KM_notes.docx", "AW_JW_siblings_referral.pdf");
- a word that is an initial and a surname no word is ("kpatel", "TGREENE", "twatkins2031":
  an account's name), or, after a word that introduces an account ([account-cue-words]:
  "user SWALKER", "author=dmercer"), one whose surname is a word too;
- an initial or a given name, a dot and a surname ("a.whitfield", "crystal.moon"), or an
  underscore and a surname no word is ("bree_wallace88"), not a file's ending
  ([file-extensions]) nor part of an e-mail address or a web address;
- a chat's handle after "@" (not an address's domain: nothing of a word before the "@"),
  made the way accounts are from a person's name: an initial or two and a surname or a word
  no list knows ("@l.ortiz", "@s.oyelaran", "@kt.nguyen"), a given name and an initial or a
  surname ("@will.g", "@rosalind.m", "@dana.k"), a surname and an initial, or an initial run
  into a surname ("@jmurphy"); not a team's or a bot's handle ("@oncall", "@here").
"""

from __future__ import annotations

import re

from .contacts import OTHER_AT_WORDS
from .lexicon import (COMMON, FIRST, FUNCTION, LAST, NOT_NAME, PLACE, STATE_CODE, WORD,
                      lexicon)
from .tokens import Token
from .wordlists import alternation, entries, words

# what makes a string a machine's: a piece of a file name or a path, a field's "=", a handle's
# "@", a change of case inside a word, or a dot between letters ("a.whitfield")
_HINT = re.compile(r"[_/\\=@]|[a-z][A-Z]|[a-z]\.[a-z]")
# a string without spaces, and what ends one
_STRING = re.compile(r"[^\s,;:()\[\]{}<>\"“”'‘’|]*")
_STRING_BEFORE = re.compile(_STRING.pattern + "$")  # (its part before a place)
_DOT_LETTER = re.compile(r"\.[a-z]")
# its pieces: a capitalized or lowercase word ("Jayden", "permanency"), a run of capitals
# before a capitalized word or standing alone ("A" of "ABrown", "DRAFT"), with "Mc", "Mac",
# the starts of names in two capitals ([joined-name-prefixes]) kept to the word they open
# ("DeShawn", "McKenzie")
_PIECE = re.compile(
    rf"(?:{alternation('joined-name-prefixes', transform=str.capitalize)})?[A-Z][a-z]+"
    r"|[A-Z]+(?![a-z])|[a-z]+|[A-Z](?=[A-Z][a-z])")
# "a.whitfield", "crystal.moon", "bree_wallace88"
_DOTTED = re.compile(r"(?<![\w@.])([a-z]+)([._])([a-z]{3,})\d*(?![\w@]|\.[a-z])")
# a chat's handle: "@" where no address's name ends ("@l.ortiz", "@jmurphy"; not
# "kelsey.m@example.net"), its pieces joined by dots, underscores or hyphens
_HANDLE = re.compile(r"(?<![\w.+-])@([A-Za-z]+(?:[._-][A-Za-z]+)?)\d*(?![\w@]|\.[A-Za-z])")
_HANDLE_JOINERS = re.compile(r"[._-]")
_ACCOUNT_CUE = re.compile(rf"(?i)\b(?:{alternation('account-cue-words')})(?:\s*[=:/]\s*|\s+)$")

# a nickname made up for an account, after a word that says it is one ("Gamer tag
# SheepCampSniper", "the adult's username was CoolUncle88", "Discord user sleepyfrog#4471",
# "Account @mami.chula.999"): a person's name, however little of a name it holds (not a log's
# field, "user=svc_scanner": _accounts reads those)
_NAMED_HANDLE = re.compile(
    rf"(?i:\b(?:{alternation('handle-cue-words', 'handle-cue-phrases')})\b"
    r"(?:\s+(?:is|was|of|as|called|named))?)\s*:?\s*@?"
    r"(?P<handle>[A-Za-z][A-Za-z0-9]*(?:[._]+[A-Za-z0-9]+)*(?:#\d{4})?)(?![\w@#-]|\.[A-Za-z])")
_DIGIT = re.compile(r"\d")
_HANDLE_CUE_STARTS = tuple(sorted({cue.split()[0][:4] for cue in entries("handle-cue-words")
                                   + entries("handle-cue-phrases")}))
# what makes a string an account's and no word: an underscore, a digit, a dot between its
# pieces, a capital after a lowercase letter ("SheepCampSniper")
_HANDLE_MADE = re.compile(r"[_\d#]|[a-z][A-Z]|[A-Za-z]\.[A-Za-z]")

_NO_NAME = WORD | COMMON | NOT_NAME | FUNCTION
# what joins an account's name to a path, a field or a handle ("/home/cnovak/", "user=kpatel",
# "@jwilliams")
_JOINERS = frozenset("_/\\=@")
# what makes a handle an e-mail address's first part: "@", "(at)", " at example dot com", in
# other languages too ("jb.toussaint arobase example point org": contacts.py's words)
_AN_ADDRESS_AFTER = re.compile(
    rf"\d*(?:\s*@|\s*[\[(]at[\])]"
    rf"|\s+at\s+\w+\s*(?:\.|(?:{alternation('spelt-email-dot-words')})\b)"
    rf"|\s+(?:{'|'.join(OTHER_AT_WORDS)})\b)", re.I)
_REST = re.compile(r"[^\s<>()\[\],;]*")  # (the rest of a string: "hkaur.family@example.com")
_BY = re.compile(r"(?i)\b(?:by|from)\s+$")  # "printed by mgarza"
_NOT_INITIALS = words("two-letter-abbreviations", "never-initials", "role-abbreviations",
                      "kin-abbreviations", "department-abbreviations",
                      "file-name-abbreviations")
_EXTENSIONS = words("file-extensions")


def names_in_handles(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The spans of the names inside the machine strings of text (see above); toks: its words,
    as names.py has them."""
    lex = lexicon()
    spans, camel = _accounts(text, toks, lex)
    if (camel or "_" in text or "@" in text or "#" in text or _DIGIT.search(text)
            or _DOT_LETTER.search(text)) and _may_name_a_handle(text):
        named = _named_handles(text)
        if named:
            spans = named + [span for span in spans if not any(
                s < span[1] and span[0] < e for s, e in named)]
    # (a look for each joiner, and for a dot before a letter, costs less than one search for
    # every hint: most lines hold none, and then no string is read)
    if not (camel or "_" in text or "/" in text or "=" in text or "@" in text or "\\" in text
            or _DOT_LETTER.search(text)):
        return spans
    if "@" in text:
        spans += [span for span in _handles(text, lex)
                  if not any(s < span[1] and span[0] < e for s, e in spans)]
    done = 0  # (where the last string read ends: a second hint inside it asks nothing)
    for hint in _HINT.finditer(text):
        if hint.start() < done:
            continue
        start = _STRING_BEFORE.search(text, max(0, hint.start() - 64), hint.start()).start()
        done = _STRING.match(text, start).end()
        raw = text[start:done]
        if "@" in raw.strip("@") or "://" in raw or raw.lower().startswith("www."):
            continue  # an e-mail address or a web address: contacts.py's
        found = _joined(raw, start, lex)
        found += [(start + m.start(), start + m.end()) for m in _DOTTED.finditer(raw)
                  if _dotted_name(m, lex) and not _AN_ADDRESS_AFTER.match(text, start + m.end())
                  and not any(s < start + m.end() and start + m.start() < e for s, e in found)]
        spans += [span for span in found if not any(s < span[1] and span[0] < e
                                                    for s, e in spans)]
    return sorted(spans)


def _may_name_a_handle(text: str) -> bool:
    """Whether a text may hold a word for an account's nickname (_NAMED_HANDLE's), looked for
    as the first letters of each in the text in lowercase: a look in C for each, where the
    pattern, tried at every place, cost a line four microseconds. (Asked only of a text
    holding what a handle is made of: a digit, "_", "#", "@", a dot or a capital inside a
    word.)"""
    low = text.lower()
    return any(start in low for start in _HANDLE_CUE_STARTS)


def _named_handles(text: str) -> list[tuple[int, int]]:
    """The accounts' nicknames that a word for one introduces (_NAMED_HANDLE): strings made as
    accounts are (_HANDLE_MADE), with a lowercase letter, not a file's name."""
    spans = []
    for m in _NAMED_HANDLE.finditer(text):
        handle = m.group("handle")
        if len(handle) >= 4 and _HANDLE_MADE.search(handle) and not handle.isupper() \
                and handle.rsplit(".", 1)[-1].lower() not in _EXTENSIONS:
            spans.append(m.span("handle"))
    return spans


def _joined(raw: str, offset: int, lex) -> list[tuple[int, int]]:
    """The names among the pieces of a string joined by a change of case or a file name's
    underscores (see above)."""
    spans = []
    pieces = list(_PIECE.finditer(raw))
    # (a file's name or a path: a piece alone is read only there, not in a brand's name written
    # in two capitals, "SpongeBob", "PhilHealth", "CareOregon")
    filed = "_" in raw or "/" in raw or "\\" in raw
    done = 0  # (where the last name found ends: a piece inside it is read no more)
    for k, piece in enumerate(pieces):
        if piece.start() < done:
            continue
        word = piece.group()
        after = pieces[k + 1] if k + 1 < len(pieces) else None
        glued = after is not None and after.start() == piece.end()  # a change of case
        if glued and word[:1].isupper() and after.group()[:1].isupper():
            one, two = lex.get(word.lower(), 0), lex.get(after.group().lower(), 0)
            if (one & FIRST and two & LAST or one & LAST and two & FIRST) \
                    and not (one | two) & _NO_NAME \
                    and not lex.get((word + after.group()).lower(), 0):
                spans.append((offset + piece.start(), offset + after.end()))  # "JaydenWhitlock"
                done = after.end()
                continue
            if one & LAST and not one & _NO_NAME and len(word) > 3 and len(after.group()) == 1 \
                    and (after.end() == len(raw) or raw[after.end()] in "_.-/"):
                spans.append((offset + piece.start(), offset + after.end()))  # "MartinezR"
                done = after.end()
                continue
        if word[:1].isupper() and len(word) > 3 and word[1:].islower() and filed:
            bits = lex.get(word.lower(), 0)
            if bits & LAST and not bits & (_NO_NAME | PLACE):
                before = pieces[k - 1] if k else None
                beside = [p for p in (before, after) if p is not None
                          and (p.start() == piece.end() or p.end() == piece.start())]
                if any(lex.get(p.group().lower(), 0) & (WORD | COMMON) and len(p.group()) > 2
                       for p in beside):
                    spans.append((offset + piece.start(), offset + piece.end()))  # "OrtizTruancy"
                    done = piece.end()
        elif len(word) == 2 and word.isupper() and filed and word.lower() not in _NOT_INITIALS \
                and any(c.islower() for c in raw) \
                and not lex.get(word.lower(), 0) & (NOT_NAME | FUNCTION | STATE_CODE) \
                and _between_joiners(raw, piece.start(), piece.end()):
            spans.append((offset + piece.start(), offset + piece.end()))  # "KM_notes.docx"
            done = piece.end()
    return spans


def _between_joiners(raw: str, start: int, end: int) -> bool:
    """Whether a piece stands between a file name's underscores or at its ends, one of them an
    underscore ("AW_JW_", "_JW_2024"): a piece of its own, not a part of a code."""
    before, after = raw[start - 1:start], raw[end:end + 1]
    return (before == "_" or after == "_") and before in ("", "_", "/", "\\") \
        and after in ("", "_", ".")


def _accounts(text: str, toks: list[Token], lex) -> tuple[list[tuple[int, int]], bool]:
    """Accounts' names: an initial and a surname, all in lowercase or all in capitals, a word
    no list knows (see above), with the digits run into it ("twatkins2031"); and whether a word
    no list knows changes case inside ("JaydenWhitlock"), for names_in_handles."""
    spans = []
    camel = False
    for tok in toks:
        if tok.bits or len(tok.raw) < 5:
            continue  # (most words: a list knows them)
        raw = tok.raw
        if not (raw.islower() or raw.isupper()):
            camel = camel or not raw[1:].islower()
            continue
        if not raw.isalpha():
            continue
        surname = lex.get(tok.low[1:], 0)
        if not surname & LAST:
            continue
        end = tok.end
        digits = end < len(text) and text[end].isdigit()
        joined = text[tok.start - 1:tok.start] in _JOINERS or text[end:end + 1] in _JOINERS
        cued = _ACCOUNT_CUE.search(text, max(0, tok.start - 12), tok.start) is not None
        if not (cued or digits or joined or not surname & _NO_NAME and _BY.search(
                text, max(0, tok.start - 6), tok.start)):
            continue  # a word of another language ("vamos", "queda": "amos", "ueda")
        if surname & _NO_NAME and not cued:
            continue  # "swalker" only after "user": "s" and a word may be a typo
        if _AN_ADDRESS_AFTER.match(text, end) or "@" in text[tok.start - 1:tok.start] \
                or "@" in _REST.match(text, end).group():
            continue  # an e-mail address, contacts.py's ("kpatel@example.org")
        while end < len(text) and text[end].isdigit():
            end += 1
        spans.append((tok.start, end))
    return spans, camel


def _dotted_name(m: re.Match, lex) -> bool:
    """Whether "a.whitfield", "crystal.moon", "bree_wallace": an initial or a given name, and a
    surname; joined by an underscore, a surname that is no word."""
    first, joiner, last = m.groups()
    if last in _EXTENSIONS or first in _EXTENSIONS:
        return False
    bits = lex.get(last, 0)
    if not bits & LAST or joiner == "_" and bits & _NO_NAME:
        return False
    return len(first) == 1 or bool(lex.get(first, 0) & FIRST) and not (
        joiner == "_" and lex.get(first, 0) & _NO_NAME)


def _handles(text: str, lex) -> list[tuple[int, int]]:
    """The spans, without the "@", of the chat handles of text made from a person's name (see
    above)."""
    spans = []
    for m in _HANDLE.finditer(text):
        handle = m.group(1)
        pieces = _HANDLE_JOINERS.split(handle.lower())
        if len(pieces) == 2:
            first, last = pieces
            one, two = lex.get(first, 0), lex.get(last, 0)
            named = (len(first) <= 2 and not one & FUNCTION or one & FIRST) and (
                two & LAST or not two and len(last) > 3 or len(last) == 1) \
                or one & LAST and not one & _NO_NAME and len(last) == 1
            if named and not (len(first) <= 2 and len(last) <= 2):
                spans.append(m.span(1))
        elif not lex.get(pieces[0], 0) and len(pieces[0]) >= 5 and pieces[0].isalpha() \
                and lex.get(pieces[0][1:], 0) & LAST and not handle[1:].istitle():
            spans.append(m.span(1))  # "@jmurphy", "@mtorres"
    return spans
