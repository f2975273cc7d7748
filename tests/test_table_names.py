"""The privacy guard on names in a table's column whose head says its cells are people
(toolkit/privacy/table_names.py): a rota's initials and a booking sheet's names alone in
their cells are found; cells under such a head that are roles, open or things are not, nor
cells under other heads. Tables written for this test, not corpus lines."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan
from toolkit.privacy.table_names import names_in_columns

FOUND = [
    # initials alone on their rows, under "Who", with no verb or role beside them
    ("Who | Task\nTK | call the school\nMH | dentist", ["TK", "MH"]),
    # given names that are words and places that are surnames, under a worker's or a family's
    ("Worker | Caseload\nHope | 12\nGrace | 9", ["Hope", "Grace"]),
    ("Placement\tFamily\tBeds\nkin\tMesa\t2", ["Mesa"]),
    # names that are places and a street's word, under "Booked by" (not the rooms beside them)
    ("Room\tBooked by\nOak Room\tFlorence Hall\nElm Room\tMarion Lake",
     ["Florence Hall", "Marion Lake"]),
    # a head written as a system's field name, and commas with no space parting the cells
    ("DATE,STAFF_NAME,TASK\nmon,Ana de la Cruz,visit\ntue,JRB,court", ["Ana de la Cruz", "JRB"]),
]

CLEAR = [
    # a role's abbreviation and a cell left open, under "Who"
    "Who | Task\nTBD | court report\nCW | home visit\nGAL | report",
    # words that are no name under a people's head
    "Staff\tShift\nVacant\tnight\nIntake Team\tday",
    "Form # | Title | Owner\nCFS-101 | Intake Report | Records\nCFS-114 | Safety | Investigations",
    # a data dictionary: "Name" heads the fields' names
    "Name\tType\nEpisode Id\tINT\nStart Date\tDATE",
    # capitals under a head that names no one
    "Unit | Region\nER | North\nICU | South",
]


@pytest.mark.parametrize("text, names", FOUND, ids=[t for t, _ in FOUND])
def test_found(text, names):
    assert [f.text for f in scan(text) if str(f.kind) == "name"] == names


@pytest.mark.parametrize("text", CLEAR)
def test_no_name_found(text):
    assert [f.text for f in scan(text) if str(f.kind) == "name"] == []


def test_a_cell_is_read_only_under_its_own_columns_head():
    text = "Who\tWhere\nMH\tER"
    assert [text[s:e] for s, e in names_in_columns(text)] == ["MH"]


def test_a_table_ends_where_its_lines_stop_being_parted_alike():
    # the row after a line with no cells is no longer under "Who"; a row of another number of
    # cells is no row of the table
    text = "Who | Task\nKL | visit\nthen\nRT | court\nWho | Task | When\nPB | file"
    assert [text[s:e] for s, e in names_in_columns(text)] == ["KL"]


def test_heads_with_a_digit_are_a_row_not_heads():
    assert names_in_columns("3/4 | Who\nMH | KL") == []
