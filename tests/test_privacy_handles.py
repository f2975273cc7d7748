"""Names inside the strings machines write (toolkit/privacy/handles.py): file names, folder
paths, usernames and handles, which a workshop on clauses (m) to (o) writes down as it talks
of records kept on computers. Each case is written for this test, not a corpus line."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan

FOUND = [
    # a surname and an initial, a given name and a surname, joined by a change of case
    ("saved as NakamuraK_visit_notes.docx", [("name", "NakamuraK")]),
    ("Scans/MarisolQuintero_school_records.pdf", [("name", "MarisolQuintero")]),
    # a surname glued to a word of the file's name
    ("OkaforTransport_log.xlsx", [("name", "Okafor")]),
    # an account: an initial and a surname, after a log's field, in a path, after "by"
    ("audit 09:14 user=rokafor opened the intake", [("name", "rokafor")]),
    ("/Users/tbaptiste/Downloads/court_report.pdf", [("name", "tbaptiste")]),
    ("exported by dbeauchamp at 16:02", [("name", "dbeauchamp")]),
    # ... its surname a word too, only after a word that introduces an account
    ("login: SWALKER failed 3 times", [("name", "SWALKER")]),
    # ... with the digits run into it
    ("portal username ahernandez2019 was reset", [("name", "ahernandez2019")]),
    # an initial, a dot and a surname
    ("the share link went to j.castellanos by mistake", [("name", "j.castellanos")]),
    # two capitals between a file name's underscores
    ("JD_LW_visits.xlsx is on the drive", [("name", "JD"), ("name", "LW")]),
    # a nickname made up for an account, after a word that says it is one: the person, whole
    ("the boy's gamer tag was NightOwl_413 and the adult messaged him there",
     [("name", "NightOwl_413")]),
    ("Discord user moonpie#2208 sent the invite", [("name", "moonpie#2208")]),
    ("her username is FrostyDawn99, which she changed after the report",
     [("name", "FrostyDawn99")]),
    ("Account @starboi.x1 followed every girl on the unit", [("name", "starboi.x1")]),
    ("Twitch handle pixel_panda_tv has 40 followers", [("name", "pixel_panda_tv")]),
]

CLEAR = [
    # brands and products written with two capitals
    "SpongeBob pajamas in the donation bin",
    "PowerSchool portal is down again",
    "upload it to OneDrive or SharePoint, not Dropbox",
    # a translated form's language; a table's column names
    "consent_ES.pdf and consent_VI.pdf are in the folder",
    "BIRTH_DT and FIRST_NM are restricted columns",
    # files and addresses that name no one
    "notes.docx on the shared drive, index.html on the site",
    # words of another language are no accounts ("amos", "ueda" are surnames)
    "vamos a la escuela mañana, se queda en casa",
    # a tag, an account or a user that is no one's nickname: a thing's code, a price, a log's
    # service account, a file
    "asset tag LT-00871 goes with the laptop",
    "the price tag on the dress was $40",
    "user=svc_backup ran at 02:00",
    "the file was saved as intake_notes_v2.docx per the account manager",
]


@pytest.mark.parametrize("text, expected", FOUND, ids=[t for t, _ in FOUND])
def test_found(text, expected):
    assert [(str(f.kind), f.text) for f in scan(text)] == expected


@pytest.mark.parametrize("text", CLEAR)
def test_left_alone(text):
    assert scan(text) == []


def test_an_accounts_e_mail_address_is_found_whole():
    """An account's name that opens an e-mail address is the address's (contacts.py), not a
    name of its own inside it."""
    found = [(str(f.kind), f.text) for f in scan("write to tmorales_1984@example.com today")]
    assert found == [("email", "tmorales_1984@example.com")]
