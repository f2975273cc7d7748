"""The privacy guard on registers the first corpora lacked (issue 11): text-message style,
supervisor notes with initials, names of many cultures in lowercase, addresses of other
shapes, tribal documents. Each case is a sentence written for this test, not a blind line."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan

FOUND = [
    ("per KT, hold until the CFT mtg", [("name", "KT")]),
    ("JM (14) placed w/ kin 11/2", [("name", "JM")]),
    ("bio mom (RT) called twice abt the visit", [("name", "RT")]),
    ("nguyen said the kids were fine", [("name", "nguyen")]),
    ("the yazzie kids stayed home", [("name", "yazzie")]),
    ("i texted abdirahman abt the appt", [("name", "abdirahman")]),
    ("talked to maria lopez after court", [("name", "maria lopez")]),
    ("talked to maria fernandez de la cruz today", [("name", "maria fernandez de la cruz")]),
    ("talked to maria about the van", [("name", "maria")]),
    ("The grandmother lives at Calle 8 #24-15 in Bogotá.", [("address", "Calle 8 #24-15")]),
    ("Her address is 4410 SW Avenida del Sol.", [("address", "4410 SW Avenida del Sol")]),
    ("His CIB number is 2231-887.", [("id_number", "2231-887")]),
    ("CW LM out thru Fri, TL covering HVs", [("name", "LM")]),
    ("DL/TN sibs: separate placements", [("name", "DL"), ("name", "TN")]),
    ("SG's IEP 10/3 @ 1", [("name", "SG")]),
    ("omw to the tsosies running late", [("name", "tsosies")]),
    ("born 4 de marzo de 2019 in Guadalajara", [("dob", "4 de marzo de 2019")]),
    ("Little Joe said hi", [("name", "Little Joe")]),
    ("my partner used a real name, Sinobu Aisek, by mistake", [("name", "Sinobu Aisek")]),
    ("Per KT: no contact until the ROI is signed", [("name", "KT")]),
    ("JM spoke w/ the aunt by phone", [("name", "JM")]),
    ("covering while JM on leave", [("name", "JM")]),
    ("CASA Hope Delacroix to submit report", [("name", "Hope Delacroix")]),
    ("Youth Tavita (16) AWOL since Friday", [("name", "Tavita")]),
    ("I told Brianna I would call back", [("name", "Brianna")]),
    ("The Millers want to adopt if reunification fails.", [("name", "Millers")]),
    ("The Browns are fostering two sibling groups now.", [("name", "Browns")]),
    ("Placement w/ the Browns disrupted", [("name", "Browns")]),
    ("gma rose wants the kids for xmas", [("name", "rose")]),
    ("bio dad jebro flew back last month", [("name", "jebro")]),
    ("call rahmatullah b4 5", [("name", "rahmatullah")]),
    ("sw said briannas dob is wrong", [("name", "briannas")]),
    ("The kids' chú Tuấn drove up for the hearing.", [("name", "Tuấn")]),
    ("Called MGM Loretta to set up the visit.", [("name", "Loretta")]),
    ("bio mom crystal tested pos again", [("name", "crystal")]),
    ("me n grace r covering tonight", [("name", "grace")]),
    ("Yeon-woo Park is the older sibling.", [("name", "Yeon-woo Park")]),
    ("Karen said the Karen interpreter was late.", [("name", "Karen")]),
    ("Years later I ran into Kemem Jibas at the store.", [("name", "Kemem Jibas")]),
    ("Dakota and Cheyenne are twins.", [("name", "Dakota"), ("name", "Cheyenne")]),
    ("Dana and Thandolwethu Mhlongo-Zulu are the caregivers.",
     [("name", "Dana"), ("name", "Thandolwethu Mhlongo-Zulu")]),
    ("Abu Bakr, DOB 7/22/2011, is the oldest", [("name", "Abu Bakr"), ("dob", "7/22/2011")]),
    ("dropped off diapers @ lot 14 pine ridge trailer park",
     [("address", "lot 14 pine ridge trailer park")]),
    ("Dad's trailer is lot 12 at Sunny Acres.", [("address", "lot 12 at Sunny Acres")]),
    ("she gave the address as 2209 Ave K", [("address", "2209 Ave K")]),
    ("She lives above the shop at 400 W Main.", [("address", "400 W Main")]),
    ("The dad is staying at 932 S 500 W tonight.", [("address", "932 S 500 W")]),
    ("Her family is at Calle 5 de Mayo 233, Col. Centro.",
     [("address", "Calle 5 de Mayo 233, Col. Centro")]),
    ("Mail to RR 2 Box 41, Kamiah, ID 83536 comes back.",
     [("address", "RR 2 Box 41, Kamiah, ID 83536")]),
    ("the intake sheet said dob 030419", [("dob", "030419")]),
    ("dijo que nació el 4 de marzo de 2019", [("dob", "4 de marzo de 2019")]),
    ("fecha de nacimiento 15/08/2017 on the papers", [("dob", "15/08/2017")]),
    ("hearing on jv-24-00317 got continued", [("case_number", "jv-24-00317")]),
    ("DV hx per police rpt PD24-118832.", [("case_number", "PD24-118832")]),
    ("last 4 of ss 4821 for the housing referral", [("ssn", "4821")]),
    ("A# 201-555-331 on the copy she brought", [("id_number", "201-555-331")]),
    ("DOB 12-Jan-2015 on the hospital band", [("dob", "12-Jan-2015")]),
    ("DOB 12JAN2015 per the EHR", [("dob", "12JAN2015")]),
    ("DOB Jan-12-2015", [("dob", "Jan-12-2015")]),
    ("she was born March the 3rd, 2016", [("dob", "March the 3rd, 2016")]),
    ("DOB 3 / 4 / 2019 on the form", [("dob", "3 / 4 / 2019")]),
    ("mail goes to HC 61 Box 1190 now", [("address", "HC 61 Box 1190")]),
    ("they rent 17 1/2 Elm St from her uncle", [("address", "17 1/2 Elm St")]),
]

CLEAR = [
    "per CFT, hold visits until the MDT",
    "UA came back clean, per PO",
    "texted thru the app bc the phone is off",
    "asked asap for the ROI",
    "my khala and her ohana came to the hearing",
    "the smith family court calendar is full",
    "Form 8 #24-15 of the packet asks for the date.",
    "she works in houston now",
    "CA/NV kids go to the same camp",
    "the store doesn't ask for ID.",
    "Oma sends a card from Germany every birthday.",
    "a grandmother in Little Saigon ran a daycare",
    "need a viet interpreter next time",
    "no contact until ROI signed",
    "The Browns won on Sunday.",
    "my mom rose early",
    "GAL Training is Friday",
    "Youth Villages called about the referral",
    "pls send the roi n the addy to the interp",
    "Lot 12 behind the courthouse is where visitors park.",
    "my faith and I are tested daily",
    "Karen and Karenni are different groups.",
    "We went to the Tohono O'odham office for the ICWA notice.",
    "Our Karen family had never been inside a courtroom.",
    "He speaks Karen and some Burmese at home.",
    "The mom speaks Tigrinya, Lao and a little Wolof.",
    "The hunter safety course is on Thursdays.",
    "Driver's license expires next year.",
    "IEP mtg at Jefferson Elem on Monday.",
    "my foster mom rose early",
    "the parking lot 3 was full again",
    "The youngest was born in March 2019, the same month the case opened.",
    "I have 3 E Coli cases this year",

]


@pytest.mark.parametrize("text, expected", FOUND, ids=[t for t, _ in FOUND])
def test_found(text, expected):
    assert [(str(f.kind), f.text) for f in scan(text)] == expected


@pytest.mark.parametrize("text", CLEAR)
def test_left_alone(text):
    assert scan(text) == []
