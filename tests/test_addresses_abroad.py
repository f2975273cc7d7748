"""The privacy guard on addresses abroad written the way their own country writes them
(toolkit/privacy/addresses_abroad.py): a block and a lot, a house before its street, a number
after "#", a Korean road, a Vietnamese lane, a kebele, a ward, a Russian street and house are
found with the town after them; English sentences with the same words are not. Addresses
written for this test, not corpus lines."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan

FOUND = [
    ("The uncle is at Blk 12 Lot 8, Brgy. Santo Niño, Marikina City, near the church.",
     "Blk 12 Lot 8, Brgy. Santo Niño, Marikina City"),
    ("Casa 7, Calle Hidalgo Sur is the grandmother's house.", "Casa 7, Calle Hidalgo Sur"),
    ("Her address in Lyon: 8 bis, rue de la Charité, 69002 Lyon",
     "8 bis, rue de la Charité, 69002 Lyon"),
    ("Lòt adrès la se Ri Lamatinyè #27, Jacmel", "Ri Lamatinyè #27, Jacmel"),
    ("Grandfather: 118, Sinchon-ro 7-gil, Seodaemun-gu, Seoul 03722",
     "118, Sinchon-ro 7-gil, Seodaemun-gu, Seoul 03722"),
    ("ông ngoại ở số 40 hẻm 12 đường Lê Lợi, Huế", "số 40 hẻm 12 đường Lê Lợi, Huế"),
    ("The aunt lives at Kebele 11, House No. 230, Gondar, Ethiopia.",
     "Kebele 11, House No. 230, Gondar, Ethiopia"),
    ("Ward No. 4, Pokhara-9, Kaski is where the cousin lives.", "Ward No. 4, Pokhara-9, Kaski"),
    ("Mother's address: No. 17, 33rd Street, Kyauktada Township, Yangon",
     "No. 17, 33rd Street, Kyauktada Township, Yangon"),
    ("Бабушка: вул. Франка, буд. 9, кв. 4, Львів", "вул. Франка, буд. 9, кв. 4, Львів"),
]

CLEAR = [
    "He lives on Block 3 with five lots of toys.",
    "We set 3 place settings and planned 2 avenues of support.",
    "CASA 14 is the volunteer's number on the roster.",
    "Ward 7 at the hospital has a family room.",
    "Rule No. 4, 2nd paragraph, covers the records.",
]


@pytest.mark.parametrize("text, address", FOUND, ids=[t for t, _ in FOUND])
def test_found(text, address):
    assert ("address", address) in [(str(f.kind), f.text) for f in scan(text)]


@pytest.mark.parametrize("text", CLEAR)
def test_no_address_found(text):
    assert [f.text for f in scan(text) if str(f.kind) == "address"] == []
