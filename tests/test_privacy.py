"""The privacy guard: each kind of identifier found with its exact span, the words that only
look like identifiers left alone, allowed names honoured, the labelled corpus meeting its
targets, and no network touched."""

from __future__ import annotations

import ast
import importlib.util
import socket
import sys
from pathlib import Path

import pytest

from toolkit.privacy import KINDS, SUGGESTIONS, Finding, numbers, scan
from toolkit.privacy.lexicon import FIRST, LAST, lexicon

FIRST_OR_LAST = FIRST | LAST

REPO = Path(__file__).resolve().parent.parent


def found(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in scan(text, **kwargs)]


POSITIVES = [
    # names: full, first only, surname after a title, lowercase, names that are also words,
    # names from many places, possessives, families
    ("I met with Tanya Morales at the office.", [("name", "Tanya Morales")]),
    ("Dana told me she signed the release.", [("name", "Dana")]),
    ("Ms. Nguyen wants the children to stay with their aunt.", [("name", "Nguyen")]),
    ("i talked to maria yesterday about the kids", [("name", "maria")]),
    ("The mother, Hope, asked about the drug test.", [("name", "Hope")]),
    ("Will said his foster dad is fine with the visits.", [("name", "Will")]),
    ("My supervisor asked whether Grace had been told.", [("name", "Grace")]),
    ("Hope's teacher called to ask why she missed school.", [("name", "Hope")]),
    ("Chidera Okafor-Walsh asked why the reporter knew.", [("name", "Chidera Okafor-Walsh")]),
    ("Nokuthula is out on leave this month.", [("name", "Nokuthula")]),
    ("The Garcia family moved again.", [("name", "Garcia")]),
    ("I talked to the Nguyens in their driveway.", [("name", "Nguyens")]),
    ("Judge Alvarez ordered the records.", [("name", "Alvarez")]),
    ("Grandma Rose said she would keep the kids.", [("name", "Rose")]),
    ("María José de la Cruz asked for her records.", [("name", "María José de la Cruz")]),
    # ... with the particles of Spanish, Portuguese and French names, two of them too
    ("Juan de los Reyes came in at nine.", [("name", "Juan de los Reyes")]),
    ("María de las Mercedes Ruiz called back.", [("name", "María de las Mercedes Ruiz")]),
    ("I met Maria de los Santos today.", [("name", "Maria de los Santos")]),
    ("Pedro do Nascimento signed the plan.", [("name", "Pedro do Nascimento")]),
    ("Marie des Jardins asked for the report.", [("name", "Marie des Jardins")]),
    ("Fatima bint Khalid came with her son.", [("name", "Fatima bint Khalid")]),
    ("I wrote J. Whitfield on the folder tab.", [("name", "J. Whitfield")]),
    ("I asked Brown to sign the consent form.", [("name", "Brown")]),
    ("Patience is a foster mom of twenty years.", [("name", "Patience")]),
    # phones and faxes
    ("Her number is (555) 214-8890 after 6 pm.", [("phone", "(555) 214-8890")]),
    ("Fax it to 555.760.1184 today.", [("phone", "555.760.1184")]),
    ("Call me at 555-0142 if it changes.", [("phone", "555-0142")]),
    ("Her cousin is at +44 20 7946 0958.", [("phone", "+44 20 7946 0958")]),
    ("The line is 1-800-555-0199, ext. 4.", [("phone", "1-800-555-0199, ext. 4")]),
    # e-mail
    ("It went to tanya.morales@mailbox.example.org by mistake.",
     [("email", "tanya.morales@mailbox.example.org")]),
    ("She spelt it as kpatel at example dot org.", [("email", "kpatel at example dot org")]),
    # ... typed with spaces around its dots, or letter by letter; not a time after "@"
    ("her email is j . rivera @ example . org now", [("email", "j . rivera @ example . org")]),
    ("email: m a r i a . l o p e z @ example . com",
     [("email", "m a r i a . l o p e z @ example . com")]),
    ("meet @ 4. then lunch at the diner", []),
    # addresses and PO boxes
    ("They moved to 1420 Elm Street, Apt 3B last month.", [("address", "1420 Elm Street, Apt 3B")]),
    ("the kids are at 600 north pine st for now", [("address", "600 north pine st")]),
    ("Write to PO Box 1127, not the house.", [("address", "PO Box 1127")]),
    ("The visit was at 9 Birch Lane, Springfield, IL 62704.",
     [("address", "9 Birch Lane, Springfield, IL 62704")]),
    # dates of birth
    ("The child's DOB is 04/12/2017.", [("dob", "04/12/2017")]),
    ("The baby was born on March 3, 2016 at 32 weeks.", [("dob", "March 3, 2016")]),
    ("He turns 10 on November 4.", [("dob", "November 4")]),
    # case, docket, record, claim numbers
    ("Case #2024-JV-00123 was on the sticky note.", [("case_number", "2024-JV-00123")]),
    ("I typed docket no. 23-DP-0417 in the e-mail.", [("case_number", "23-DP-0417")]),
    ("The MRN 00482913 was in the subject line.", [("case_number", "00482913")]),
    ("I quoted claim number 88-4412-09 on the phone.", [("case_number", "88-4412-09")]),
    ("Case ID 1001234567 was on the screen.", [("case_number", "1001234567")]),
    # Social Security numbers, whole or the last four
    ("Her SSN, 123-45-6789, was on the form.", [("ssn", "123-45-6789")]),
    ("His social ends in 6789.", [("ssn", "6789")]),
    ("The form showed XXX-XX-4410 in print.", [("ssn", "XXX-XX-4410")]),
    # other ids
    ("The Medicaid ID 98765432A was on the label.", [("id_number", "98765432A")]),
    ("The plate was 7ABC123 on the van.", [("id_number", "7ABC123")]),
    ("His student ID S0981234 was on the pass.", [("id_number", "S0981234")]),
    ("The driver license B4490213 was copied.", [("id_number", "B4490213")]),
]

NEGATIVES = [
    # roles, agencies, courts, months, weekdays, words that are also names
    "I hope the mother understands the visit schedule.",
    "Will the judge accept the safety plan?",
    "Grace periods for paperwork are no reason to leave files out.",
    "My supervisor and Grandma talked on Tuesday about the hearing in June.",
    "The Department of Children and Family Services has a texting policy.",
    "Family Court asked for a report by Friday.",
    "Grace Community Church hosts the support group.",
    "Will County's dependency court is an hour away.",
    "Hope House offers beds for youth aging out of care.",
    "Our supervisor uses the Signs of Safety framework.",
    "Young parents in our program get a mentor.",
    "May is Foster Care Awareness Month.",
    "Medicaid covers the therapy, and Title IV-E covers the placement.",
    "We met at McDonald's on Route 9 after the visit.",
    "Tell the foster parent only what the order allows.",
    # numbers that are not identifiers
    "The hearing was moved to March 14, 2025 at 9:30.",
    "Under WIC 827 and RCW 13.34.030 the file is confidential.",
    "I spent $1,250 on respite and 30% went to travel.",
    "The 15-year-old has been in care for 14 months.",
    "Section 300(b) petitions came up 3 times; 45 CFR 1355.34 too.",
    "The report was 300 pages and the case plan had 4 goals.",
    "Medicaid since 2019 has paid about 85 percent.",
    "The 2023-24 school year was hard; I drove 64 miles round trip.",
    "Room 214 is the only interview room with a door.",
    "The meeting ran from 13:00 to 14:30 on the 3rd floor.",
    "I called 911 and then the hotline.",
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_finds_each_kind_with_its_span(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_lookalikes_alone(text):
    assert found(text) == []


# Categories a blind corpus showed to be weak, each fixed by a general rule (see the modules'
# docstrings); each case holds a text and what must be found in it ([] for nothing).
CATEGORIES = {
    "contractions are no names": [
        ("but I'm carrying 19 right now", []),
        ("but I’m carrying 19 right now", []),
        ("I'd call, I'll write, I've tried, we're late, they'll come, it won't help.", []),
        ("We’ve asked; they’d left, she’ll call, who'd know, you'd think it would've worked.",
         []),
        ("im so tired and ive got 19 cases, idk", []),
        ("Dana'll be late to the staffing.", [("name", "Dana")]),
        ("Tanya’d already signed before I got there.", [("name", "Tanya")]),
    ],
    "towns are no people": [
        ("The middle school in Tulsa called about attendance.", []),
        ("The mother moved to Austin last spring.", []),
        ("Her aunt in Florence offered to take the kids.", []),
        ("The grandfather drove up from Phoenix for the hearing.", []),
        ("The family used to live near Tyler.", []),
        ("Relatives outside of Houston declined.", []),
        ("Our office in Tyler, Texas shares a fax with probation.", []),
        ("The teen wants to go to college in Savannah or Charleston.", []),
        ("The kids spent spring break in Corpus Christi.", []),
        ("we moved to tulsa last year", []),
        ("The family fled to Chad before coming here.", []),
        ("I got a text from Tyler last night.", [("name", "Tyler")]),
        ("I drove Dallas to school because the bus never came.", [("name", "Dallas")]),
        ("Tyler told me he wants to live with his dad in Austin.", [("name", "Tyler")]),
        ("I handed the release to Austin's grandmother.", [("name", "Austin")]),
        ("i talked to austin about his grades", [("name", "austin")]),
    ],
    "events and programmes are no people": [
        ("The Amber Alert went out at 2 a.m.", []),
        ("An Amber Alert and a Silver Alert went out the same night.", []),
        ("Our agency hosts a Hope Walk every October.", []),
        ("Summer Camp applications are due before spring break.", []),
        ("The Daisy Troop meets at the rec center.", []),
        ("Tanya Camp called about the visit schedule.", [("name", "Tanya Camp")]),
        ("Hope Young said she would sign.", [("name", "Hope Young")]),
    ],
    "lowercase words are no names without a person's context": [
        ("He wants to jack up his grades.", []),
        ("The tenant said he will sue the landlord.", []),
        ("The reunification was a ray of good news.", []),
        ("She asked me to pat down the car seat straps.", []),
        ("ray said he would bring the forms", [("name", "ray")]),
        ("i asked mike if he could cover my visit", [("name", "mike")]),
        ("jack's mom called again", [("name", "jack")]),
    ],
    "a word opening a sentence is no name": [
        ("Max capacity at the shelter is 20 beds.", []),
        ("Sue the agency, the father kept saying.", []),
        ("Jack hammers outside the office made the call impossible.", []),
        ("Max said the shelter was too loud.", [("name", "Max")]),
        ("Mike came by the office with the forms.", [("name", "Mike")]),
    ],
    "names beside titles, quotes and possessives": [
        ("Ms. White at the front desk read the name out loud.", [("name", "White")]),
        ("Dr. Black signed the release.", [("name", "Black")]),
        ("Rich from the landlord's office called.", [("name", "Rich")]),
        ('I wrote "April is doing great in school" in the note.', [("name", "April")]),
        ("May is Foster Care Awareness Month.", []),
        ("Mariam Yusuf's Medicaid member ID was on the label.", [("name", "Mariam Yusuf")]),
        ("I left the Okonkwos' new address on the whiteboard.", [("name", "Okonkwos")]),
        ("The Smiths' dog bit the intern.", [("name", "Smiths")]),
        ("Summer's DOB is on the form.", [("name", "Summer")]),
        ("I saw Bishop at the courthouse and he asked about his case.", [("name", "Bishop")]),
        ("St. Mary's Hospital has a good NICU.", []),
    ],
    "names in capitals or without an apostrophe": [
        ("The fax cover said MARIA GONZALEZ in big letters.", [("name", "MARIA GONZALEZ")]),
        ("PER CPS POLICY ALL FILES STAY IN THE OFFICE.", []),
        ("jamals mom called me twice", [("name", "jamals")]),
        ("the kids mom called twice", []),
    ],
    "a record word before a number beats the phone detector": [
        ("MRN 8830214 was on the bracelet.", [("case_number", "8830214")]),
        ("I read the MRN, 5521087, aloud.", [("case_number", "5521087")]),
        ("Incident report 24-118832 from the police was attached.",
         [("case_number", "24-118832")]),
        ("Claim 4471902 was denied.", [("case_number", "4471902")]),
        ("Medicaid 5521087 was on the card.", [("id_number", "5521087")]),
        ("The referral was 5553217788 with no name.", [("phone", "5553217788")]),
        ("The 2021/22 school year was rough.", []),
    ],
    "dates of birth in every common shape": [
        ("DOB 2011/05/19 was on the note.", [("dob", "2011/05/19")]),
        ("DOB 2011-05-19", [("dob", "2011-05-19")]),
        ("DOB: 19.05.2011.", [("dob", "19.05.2011")]),
        ("born 5/19/11", [("dob", "5/19/11")]),
        ("He was born May 19th, 2011.", [("dob", "May 19th, 2011")]),
        ("Her date of birth is 19 May 2011.", [("dob", "19 May 2011")]),
        ("The training on 2025/03/14 covered records.", []),
        # a month in Roman numerals (Poland and its neighbours), a translator's word order
        ("born on 4.III.2019", [("dob", "4.III.2019")]),
        ("DOB: 04/III/2019", [("dob", "04/III/2019")]),
        ("The meeting is on 4.III.2024.", []),
        ("Date of birth: year 2019 month 3 day 4", [("dob", "year 2019 month 3 day 4")]),
        ("My son born 2019 year 3 month 4 day.", [("dob", "2019 year 3 month 4 day")]),
    ],
    # A second blind corpus: categories A to L, each fixed by a general rule.
    "A. towns and states without a preposition are places": [
        ("Tyler was flooded so the visit moved.", []),
        ("Marion is a 45-minute drive each way.", []),
        ("Georgia requires a different form for the home study.", []),
        ("Austin police found him at the bus stop.", []),
        ("Warren PD did a welfare check.", []),
        ("Georgia DFCS returned my call.", []),
        ("Lawrence, Salem, and Quincy all have open ICPC requests.", []),
        ("Florence and Marion both said no on courtesy supervision.", []),
        ("My unit covers Clayton, Jackson, and part of Henry County.", []),
        ("Tyler to Dallas is a long haul for a toddler.", []),
        # what a town is said to be, or nearer than another place (the forty-first session)
        ("Florence is a small city with one family court.", []),
        ("Dallas is the county seat.", []),
        ("Troy is closer than Albany for that family.", []),
        ("Austin is a city worker now.", [("name", "Austin")]),
        # a place in a form's field or a table's column that its label names as a place
        ("County of residence: Lafayette", []),
        ("Country of origin: Chad\nTransit country: Cameroon", []),
        ("Name: Georgia Pruitt\nState of residence: Georgia", [("name", "Georgia Pruitt")]),
        ("Child\tPlacement town\nDestiny Ruiz\tMadison\nCaleb Ruiz\tChandler",
         [("name", "Destiny Ruiz"), ("name", "Caleb Ruiz")]),
        ("Region\tSecure mailbox\nVirginia\tliaison box 4\nGeorgia\tliaison box 7", []),
        ("Out of office: Leticia Wainwright", [("name", "Leticia Wainwright")]),
        # routes in a log; towns beside towns; what only a town has
        ("Transport: Austin to Round Rock, 22 miles.", []),
        ("Mileage log: Marion – Bucyrus – Marion, 64 miles.", []),
        ("Drove Tyler to the dentist, 5 miles.", [("name", "Tyler")]),
        ("Elizabeth sits right next to Newark.", []),
        ("Kent is close enough to Seattle that families move back and forth.", []),
        ("Tyler sits next to Dana in class.", [("name", "Tyler"), ("name", "Dana")]),
        ("Madison winters push our visits indoors.", []),
        ("Madison requires a separate release for school records.", []),
        ("Sydney is many hours ahead, so the consultant read my e-mail while I slept.", []),
        ("Austin is a few hours away.", []),
        ("Tyler is a few minutes late.", [("name", "Tyler")]),
        ("Tyler and Austin signed the release.", [("name", "Tyler"), ("name", "Austin")]),
        ("Lincoln has one juvenile courtroom.", []),
        # ... and in chat's lowercase
        ("dallas traffic is insane today", []),
        ("kent to seattle in this rain", []),
        ("eugene → salem run today", []),
        ("georgia form is in the shared drive", []),
        ("beatrice is 90 min each way", []),
        ("taking tyler to the park", [("name", "tyler")]),
        ("paris tx is 2 hrs away", []),
        ("lincoln bldg elevator is a gossip box", []),
        ("tyler in the office today", [("name", "tyler")]),
        ("guadalupe de la rosa got her license back", [("name", "guadalupe de la rosa")]),
        # a heading names again what the text makes a place, and says nothing else of it
        ("Subject: Chelsea move\nThe Chelsea office moves to the new building in June.", []),
        ("Subject: Georgia\nHi, Georgia signed both forms.",
         [("name", "Georgia"), ("name", "Georgia")]),
        ("Dallas is a city kid at heart.", [("name", "Dallas")]),
        ("Charlotte, Raleigh, and Durham all have kinship navigators.", []),
        ("austin pd found him at the skate park", []),
        ("Tyler said the visit was too short.", [("name", "Tyler")]),
        ("I told Austin we would meet at the library.", [("name", "Austin")]),
        ("Savannah's foster mom called.", [("name", "Savannah")]),
        ("Dallas and Madison are twins.", [("name", "Dallas"), ("name", "Madison")]),
        ("Marion and her brother are staying with their grandma.", [("name", "Marion")]),
        ("Tyler and Austin came to the visit with their dad.",
         [("name", "Tyler"), ("name", "Austin")]),
        ("Tyler was too far away to hear me.", [("name", "Tyler")]),
    ],
    "B. hyphenated compounds are words": [
        ("The kids carved Jack-o'-lanterns at the picnic.", []),
        ("He played with the Jack-in-the-box all visit.", []),
        ("Mary-Kate asked to bring her cat.", [("name", "Mary-Kate")]),
        ("Hyun-woo said the interpreter was late.", [("name", "Hyun-woo")]),
    ],
    "C. chat abbreviations and Latin phrases are no names": [
        ("sup said i can take friday off", []),
        ("her lil brother keeps asking when he can go home", []),
        ("ngl that home visit scared me, his gf was there, bio mom too, idk", []),
        ("The attorney took it pro bono and we get a per diem.", []),
        ("The aunt stood in loco parentis; the guardian ad litem agreed it was bona fide.", []),
        ("The judge called it a prima facie case and res judicata came up.", []),
        ("sup said keisha can cover my visits", [("name", "keisha")]),
    ],
    "D. streets without a house number are no people": [
        ("The family moved to a duplex off Walker Ave.", []),
        ("The bus stops at Harrison Rd and Taylor Ln.", []),
        ("Washington Dr is closed, so take the long way.", []),
        ("We met on Calle Linda, near Avenida Juarez and Via Verde.", []),
        ("They moved near Kelly Lane last month.", []),
        ("Dr. Washington signed the clearance.", [("name", "Washington")]),
        ("Tanya Lane said the visit went fine.", [("name", "Tanya Lane")]),
        ("They stay at 31 Calle Linda, Santa Fe, NM 87507 now.",
         [("address", "31 Calle Linda, Santa Fe, NM 87507")]),
        ("Mom gave 1208 Avenida Cesar Chavez as her address.",
         [("address", "1208 Avenida Cesar Chavez")]),
        ("I met them 2 via Zoom.", []),
    ],
    "E. capitalized words listed before a thing noun are things": [
        ("The Maple and Willow rooms are both open.", []),
        ("The Sullivan and Ortiz teams split the weekend.", []),
        ("The Grace, Faith and Hope cottages each house six girls.", []),
    ],
    "F. lowercase word-names in a person's context": [
        ("asked hope if she wanted to call her mom", [("name", "hope")]),
        ("talked to grace after school about the move", [("name", "grace")]),
        ("checked in with autumn after her session", [("name", "autumn")]),
        ("hunter got his learner's permit last week", [("name", "hunter")]),
        ("her lil brother mason told me he misses his dog", [("name", "mason")]),
        ("talked to summer school staff about credit recovery", []),
        ("faith got her through the worst of it", []),
        ("rose early and drove out for the visit", []),
    ],
    "G. capitalized word-names with person cues": [
        ("Legend's IEP meeting is Thursday.", [("name", "Legend")]),
        ("Raven (bio mom) is asking for more visits.", [("name", "Raven")]),
        ("Bear is the uncle's nickname.", [("name", "Bear")]),
        ("Blue is mom's boyfriend.", [("name", "Blue")]),
        ("Storm is nonbinary, uses they/them.", [("name", "Storm")]),
        ("Sage goes by they/them at school.", [("name", "Sage")]),
        ("River turned 16 today.", [("name", "River")]),
        ("Ocean is 7 years old.", [("name", "Ocean")]),
        ("Today's IEP meeting ran long.", []),
        ("Lunch is the uncle's favorite part of the visit.", []),
        ("Pronouns (they/them) matter to our youth.", []),
        ("Daycare's lead teacher was out sick.", []),
        ("Training turned 3 hours long.", []),
    ],
    "H. family plurals with O', Mc and Mac": [
        ("The O'Briens have fostered 40 kids.", [("name", "O'Briens")]),
        ("the O'Connors are moving next month", [("name", "O'Connors")]),
        ("We placed the baby with the MacKenzies.", [("name", "MacKenzies")]),
        ("We met at the McDonalds on Route 9.", []),
    ],
    "I. unknown full names after a coordinated given name": [
        ("Maria and Oyelami Adebisi are the grandparents.",
         [("name", "Maria"), ("name", "Oyelami Adebisi")]),
        ("Dana and Thandolwethu Mhlongo-Zulu are the kinship caregivers.",
         [("name", "Dana"), ("name", "Thandolwethu Mhlongo-Zulu")]),
        ("Tanya and Safe Harbor both called back.", [("name", "Tanya")]),
    ],
    "J. SSN last fours in a follow-on clause": [
        ("Dad's SSN last 4 is 7718, mom's is 2046.", [("ssn", "7718"), ("ssn", "2046")]),
        ("Her SSN ends in 6610, her son's is 9024.", [("ssn", "6610"), ("ssn", "9024")]),
        ("Dad's SSN card is lost, mom's is in the file from 2019.", []),
    ],
    "K. dates of birth with a distant or different cue": [
        ("Mom said DOB is October 14, 2010, school has 10/14/2011.",
         [("dob", "October 14, 2010"), ("dob", "10/14/2011")]),
        ("Birth certificate says March 3, 2019.", [("dob", "March 3, 2019")]),
        ("DOB 4/12/2017 is confirmed and the hearing is on 5/3/2025.", [("dob", "4/12/2017")]),
        ("Birth certificate was mailed on 5/5/2024.", []),
        ("DOB is on the referral, and the hearing is March 3, 2025.", []),
        # a correction writes the same birth again: its "to" or "from" is no later event's
        ("DOB was 6/2/2013 on the form, corrected to 6/12/2013 by the clerk.",
         [("dob", "6/2/2013"), ("dob", "6/12/2013")]),
        ("DOB: May 4, 2012 (changed from May 14, 2012 after the birth record came)",
         [("dob", "May 4, 2012"), ("dob", "May 14, 2012")]),
        ("DOB 4/12/2017, and the hearing was changed to 5/3/2025.", [("dob", "4/12/2017")]),
        ("DOB 4/12/2017, the visit moved to 5/3/2025.", [("dob", "4/12/2017")]),
        # how early a baby came, between "born" and the date
        ("He was born at 32 weeks on 4/15/2013 and stayed in the NICU.",
         [("dob", "4/15/2013")]),
        ("The baby was born 3 weeks ago, discharged 11/20/2024 to the aunt.", []),
    ],
    "L. record numbers with letter prefixes, keyword further back": [
        ("Claim number for the foster parent's damage claim is FC-CLM-20931.",
         [("case_number", "FC-CLM-20931")]),
        ("Record number in the hospital's system, if anyone asks, is MR-PED-118204.",
         [("case_number", "MR-PED-118204")]),
        ("Claim number for last month's reimbursement is RC-2231.",
         [("case_number", "RC-2231")]),
        ("The claim form is DCF-CLM-2 and the case opened 6/6/2023.", []),
    ],
}


@pytest.mark.parametrize("text,expected", [
    pytest.param(text, expected, id=f"{category}: {text[:40]}")
    for category, cases in CATEGORIES.items() for text, expected in cases])
def test_categories_of_the_blind_corpus(text, expected):
    assert found(text) == expected


def test_gazetteer_loads_towns_states_and_places_of_several_words():
    from toolkit.privacy.lexicon import PLACE, REGION, STATE_CODE
    lex = lexicon()
    assert lex["tulsa"] & PLACE and lex["texas"] & REGION and lex["tx"] & STATE_CODE
    assert lex["corpus christi"] & PLACE  # looked up for a run of words
    assert lex["austin"] & FIRST_OR_LAST  # still a name: context decides
    # places-extra.txt: regions, natural places and tribal lands that places.txt lacks
    assert lex["sierra nevada"] & PLACE and lex["pine ridge"] & PLACE and lex["maui"] & PLACE


def test_an_unknown_section_of_places_extra_is_named(tmp_path, monkeypatch):
    """A facilitator who adds a place under a heading the lexicon does not read learns which
    file and which heading, not a KeyError."""
    from toolkit.privacy import lexicon as lexicon_module
    for name in lexicon_module._SOURCES:
        (tmp_path / name).write_bytes((lexicon_module._DATA / name).read_bytes())
    (tmp_path / "places-extra.txt").write_text("[rivers]\nrio grande\n", encoding="utf-8")
    monkeypatch.setattr(lexicon_module, "_DATA", tmp_path)
    with pytest.raises(ValueError, match=r"places-extra\.txt: unknown section \[rivers\]"):
        lexicon_module.from_sources()


def test_spans_index_the_text():
    text = "Call Dana at 555-214-8890 or write to dana.w@example.org about case #19-00443."
    findings = scan(text)
    assert {f.kind for f in findings} == {"name", "phone", "email", "case_number"}
    for f in findings:
        assert text[f.start:f.end] == f.text
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_every_kind_has_a_suggestion():
    assert set(SUGGESTIONS) == set(KINDS)
    finding = scan("Dana's DOB is 1/5/2012.")[0]
    assert isinstance(finding, Finding) and finding.suggestion == SUGGESTIONS[finding.kind]
    assert "role" in SUGGESTIONS["name"]
    with pytest.raises(AttributeError):
        finding.kind = "phone"  # findings are frozen


def test_one_finding_per_stretch_of_text():
    # The e-mail holds a name and the case id looks like a phone: each is reported once.
    assert found("Mail tanya.morales@example.org.") == [("email", "tanya.morales@example.org")]
    assert found("Case ID 5553217788 is on file.") == [("case_number", "5553217788")]


def test_empty_and_plain_text():
    assert scan("") == []
    assert scan("nothing to see here") == []


def test_allowed_names_are_let_through_only_whole():
    text = "Dana Whitfield signed, and Dana said Marcus Smith would call."
    allowed = ["Dana Whitfield", "Marcus Oyelaran"]
    assert found(text, allowed_names=allowed) == [("name", "Marcus Smith")]
    assert found("Dana's release covers attendance.", allowed_names=allowed) == []
    # Allowing a name never hides other kinds.
    assert found("Dana, 555-214-8890", allowed_names=allowed) == [("phone", "555-214-8890")]


def test_word_lists_load_once():
    assert lexicon() is lexicon()
    assert len(lexicon()) + lexicon().rare_words() > 100_000


def test_scanning_makes_no_network_call(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the privacy guard tried to use the network")

    lexicon.cache_clear()  # the first scan loads the word lists: that must stay local too
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for text, _ in POSITIVES:
        scan(text)
    scan("Dana Whitfield, 555-214-8890, +44 20 7946 0958, dana@example.org",
         allowed_names=frozenset({"Dana Whitfield"}))


def test_privacy_stays_in_the_bottom_layer():
    """privacy knows nothing of standards, store, widgets or anything above them."""
    forbidden = {"standards", "store", "widgets", "exchange", "notebooks", "facilitator"}
    for path in (REPO / "toolkit" / "privacy").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = (node.module or "").split(".")
                if node.level >= 2 or module[:1] == ["toolkit"]:
                    assert not forbidden & set(module + [a.name for a in node.names]), path.name


def _bench():
    spec = importlib.util.spec_from_file_location("bench_privacy", REPO / "bench" / "privacy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_corpus_markup_parses():
    bench = _bench()
    example = bench.parse_line("I met [[name:Dana]] at [[phone:555-0142]].")
    assert example.text == "I met Dana at 555-0142."
    assert [(k, example.text[s:e]) for k, s, e in example.labels] == [
        ("name", "Dana"), ("phone", "555-0142")]


def test_corpus_markup_reads_a_pasted_form_written_on_one_line():
    example = _bench().parse_line(r"Case No.\t[[case_number:24-0317]]\nChild:\t[[name:Dana]]")
    assert example.text == "Case No.\t24-0317\nChild:\tDana"
    assert [(k, example.text[s:e]) for k, s, e in example.labels] == [
        ("case_number", "24-0317"), ("name", "Dana")]


# The tuning corpus holds the hard cases written to improve the rules, including registers not
# yet fully covered: it must not fall below the recall reached before them. The issue's targets
# for unseen text (recall 0.98, false flags 0.03) are what bench/privacy.py prints for the blind
# sets. The newer files were written blind, for the registers the guard still misses, and tuned
# on for one round or two: each group has floors of its own at what its round reached, and
# joins the others when a round brings it to 0.97. A file in no group below is "tuned".
TUNING_RECALL = 0.97
GROUPS = {
    # written and tuned on 2026-11-30 (second session)
    "newest": (("extra10.txt", "extra11.txt", "extra12.txt", "extra13.txt", "extra14.txt",
                "extra15.txt"), {"name": 0.93}, 0.80, 0.03),
    # the third session's names in the hardest places (word-names opening a message,
    # nicknames, initials in lowercase, chat, names and words of many languages), and dates of
    # birth only their writer calls so (extra28), of which many are still missed
    "hardest": (("extra17.txt", "extra18.txt", "extra22.txt", "extra23.txt", "extra25.txt",
                 "extra28.txt"), {"name": 0.85}, 0.80, 0.05),
    # the fifth session's: numbers in unusual shapes, and words that are also given names, as
    # names and as words, in reflections and chat; nicknames made of English words
    "fifth": (("extra29.txt", "extra30.txt"), {"name": 0.83}, 0.85, 0.03),
    # the eighth session's: pasted fragments, notes with initials that are states' codes,
    # retold cases, hard negatives, and chat in lowercase with word-names (extra36, at 0.64)
    "eighth": (("extra31.txt", "extra32.txt", "extra33.txt", "extra34.txt", "extra35.txt",
                "extra36.txt"), {"name": 0.85}, 0.95, 0.03),
    # the ninth session's: names in the hardest places of reflections and notes, hard
    # negatives (the standing brief), numbers and addresses in unusual shapes
    "ninth": (("extra37.txt", "extra38.txt", "extra39.txt"), {"name": 0.97}, 0.92, 0.02),
    # ... and two more written in its second half: numbers in unusual shapes (extra40), chat
    # in lowercase with everyday words as names and as words (extra41)
    "ninth-late": (("extra40.txt", "extra41.txt"), {"name": 0.80}, 0.80, 0.05),
    # the tenth session's: e-mail addresses and phone numbers in every shape, other numbers,
    # with look-alikes (extra42); phones given in pieces or mixing words and digits are missed
    "tenth": (("extra42.txt",), {}, 0.88, 0.02),
    # ... and first-person reflections (extra43) and coworkers' chat and notes (extra44) with
    # names of many naming customs and word-names in every place, which train the name model
    "tenth-names": (("extra43.txt", "extra44.txt"), {"name": 0.92, "id_number": 0.80}, 0.97,
                    0.03),
    # ... reflections in many voices with pseudonyms (extra45), and hard negatives crowded
    # with famous people, brands and eponyms (extra46), on which the guard still flags one
    # line in eight: celebrities and theorists no list holds, named with no cue
    "tenth-hard": (("extra45.txt", "extra46.txt"), {"name": 0.95}, 0.97, 0.13),
    # the eleventh session's: cases retold in a training room, a supervision or a consultation
    # (extra47), and reflections typed fast, in lowercase, with names where they are hardest
    # to see (extra48)
    "eleventh-names": (("extra47.txt", "extra48.txt"),
                       {"name": 0.96, "id_number": 0.75, "ssn": 0.83}, 0.97, 0.03),
    # ... and numbers that identify people inside ordinary sentences, with look-alikes (extra49)
    "eleventh-numbers": (("extra49.txt",), {"case_number": 0.82, "dob": 0.94, "id_number": 0.82,
                                            "name": 0.97}, 0.95, 0.07),
    # ... reflections naming almost no one, crowded with look-alikes (extra50), names slipping
    # into reflections (extra51) and numbers as participants mention them (extra52)
    "eleventh-reflections": (("extra50.txt", "extra51.txt", "extra52.txt"),
                             {"name": 0.96, "case_number": 0.95, "dob": 0.92, "id_number": 0.91,
                              "ssn": 0.96}, 0.97, 0.03),
    # ... reflections by another writer (extra53), cases retold, notes and chat (extra55), and
    # hard negatives in reflections (extra54), where the guard still flags a quarter of the
    # lines: famous people, characters and brands no list holds
    "eleventh-late": (("extra53.txt", "extra55.txt"), {"name": 0.95, "case_number": 0.95},
                      0.97, 0.04),
    "eleventh-hard": (("extra54.txt",), {"name": 0.97}, 0.97, 0.24),
    # The twelfth round: names with few cues (lowercase chat, staff and family initials beside
    # the work's abbreviations, lists, openers; extra56), numbers that identify and numbers that
    # do not (extra57), and workshop answers naming almost no one (extra58) or letting names
    # slip (extra59)
    "twelfth-few-cues": (("extra56.txt",), {"name": 0.92}, 0.97, 0.04),
    "twelfth-numbers": (("extra57.txt",), {"name": 0.98, "phone": 0.96}, 0.97, 0.02),
    "twelfth-answers": (("extra58.txt", "extra59.txt"), {"name": 0.95}, 0.97, 0.02),
    # The fifteenth round: coworkers' chat with names typed carelessly, most of them everyday
    # words in lowercase with nothing only a person does (extra63, extra65), where the guard
    # still misses one name in seven; notes, lists and cases retold with names as headings and
    # list items (extra64, extra67), and workshop answers where names slip (extra66)
    "fifteenth-chat": (("extra63.txt", "extra65.txt", "extra68.txt", "extra69.txt",
                        "extra76.txt"), {"name": 0.86}, 0.97, 0.02),
    "fifteenth-notes": (("extra64.txt", "extra66.txt", "extra67.txt"),
                        {"name": 0.93, "phone": 0.93, "id_number": 0.85}, 0.97, 0.03),
    # ... reflections typed fast, where names slip where they are hardest to see (extra70)
    "fifteenth-reflections": (("extra70.txt", "extra77.txt"), {"name": 0.93}, 0.97, 0.04),
    # The sixteenth round: record numbers and ids in every shape and language (extra80),
    # phones, e-mail addresses and street addresses however typed (extra81), dates of birth
    # among the dates that are not (extra82), SSNs, last fours and ids said in passing
    # (extra85), phones as families give them (extra86), dates of birth in notes and chat
    # (extra87), with look-alikes of each; and names where they are hardest to see, in chat
    # (extra83, extra90) and in reflections typed fast (extra84)
    "sixteenth-numbers": (("extra80.txt", "extra81.txt", "extra82.txt", "extra85.txt",
                           "extra86.txt", "extra87.txt"),
                          {"case_number": 0.87, "id_number": 0.84, "phone": 0.93, "ssn": 0.90,
                           "dob": 0.92, "email": 0.98, "address": 0.95}, 0.97, 0.05),
    "sixteenth-names": (("extra83.txt", "extra84.txt", "extra90.txt"),
                        {"name": 0.87, "case_number": 0.91, "id_number": 0.72, "dob": 0.85},
                        0.97, 0.05),
    # ... and two files written from the blind sets' own brief (extra88, extra89)
    "sixteenth-standing": (("extra88.txt", "extra89.txt"), {"name": 0.95}, 0.97, 0.03),
    # The eighteenth round: a record's number and a person's id told apart by their words
    # (extra94), and phones, dates of birth, SSNs and addresses as a hurried writer types them,
    # glued to words, with letters for digits, spelt in six languages (extra95)
    "eighteenth-numbers": (("extra94.txt", "extra95.txt"),
                           {"address": 0.77, "case_number": 0.92, "dob": 0.76,
                            "id_number": 0.87, "name": 0.92, "phone": 0.68, "ssn": 0.83},
                           0.97, 0.03),
    # ... and notes and chat naming staff and family by their initials, beside the work's
    # acronyms (extra96, written after the round's reading of initials: names 0.845 then)
    "eighteenth-initials": (("extra96.txt",), {"name": 0.91}, 0.97, 0.02),
    # The nineteenth round: one-word names with no cue beside them (extra97), chat and phone
    # notes in lowercase (extra98), numbers and addresses in other languages (extra99); on
    # arrival names 0.937, 0.914, 0.957, SSNs 0.688 and dates of birth 0.868 on extra99
    "nineteenth": (("extra97.txt", "extra98.txt", "extra99.txt"),
                   {"address": 0.94, "case_number": 0.97, "dob": 0.93, "id_number": 0.96,
                    "name": 0.95, "phone": 0.97, "ssn": 0.93}, 0.97, 0.02),
    # The twentieth round: initials that are also acronyms, units or states' codes (extra100),
    # chat in lowercase with everyday words for names, some in other languages (extra101),
    # one-word names with no cue in capitalized prose (extra102); on arrival names 0.282,
    # 0.747 and 0.824, case numbers 0.600 on extra101, false flags 0.041 of the three; at the
    # round's end names 0.752 of the three (0.493, 0.856, 0.900), case numbers 0.857, false
    # flags 0.026. Most of extra100's initials are also the work's acronyms ("MH", "PS")
    "twentieth": (("extra100.txt", "extra101.txt", "extra102.txt"),
                  {"case_number": 0.85, "name": 0.74}, 0.97, 0.03),
    # The twenty-first round, three files written to be as hard as the writers could make them:
    # chat in lowercase whose names are everyday words, beside the same words as words
    # (extra103), initials that are all also the work's acronyms, states' codes or short words
    # (extra104), and capitalized prose opening sentences with word-names and words of other
    # languages, many glossed (extra105). On arrival names 0.623, 0.285 and 0.936, false flags
    # 69 of 809 (0.085, extra105's glossed words most of them); at the round's end names 0.686
    # of the three, false flags 25 of 809 (0.031, above the target of 0.03: the floor below
    # keeps what was won, not the target)
    "twenty-first": (("extra103.txt", "extra104.txt", "extra105.txt"),
                     {"address": 0.94, "name": 0.66}, 0.97, 0.035),
    # Names in their own scripts: with no capitals (extra106, twenty-seventh session: names
    # 0.518 on arrival, 0.909 at its end) and in Cyrillic, Greek and Armenian (extra108,
    # twenty-eighth: 0.525 on arrival, 27 false flags of 190). At the twenty-eighth session's
    # end names 0.883 and 0.741, false flags 3 of 143 and 12 of 190; one of five phones is
    # spelt out in Russian words
    "own-scripts": (("extra106.txt", "extra108.txt"), {"name": 0.82, "phone": 0.8}, 0.97, 0.05),
    # Forms, tables, claims and logs full of numbers (extra107, twenty-eighth session): on
    # arrival case numbers 0.772, ids 0.673, SSNs 0.800, false flags 47 of 156; at the round's
    # end (numbers under a table's heads or beside a form's labels, columns.py) case numbers
    # 0.896, ids 0.867, SSNs 1.000, false flags 39 of 156: most of those are numbers its writer
    # judged no person's (an agency's NPI, tax id and main line, a certificate of destruction).
    # Pasted tables, forms and logs (extra112, arrived in the thirty-third session): on arrival
    # names 0.900 of 80 and every other kind 1.000, but false flags 76 of 120 (an agency's
    # asset tags, contracts, audits, revision dates and lines read as identifiers). With
    # extra107 then: names 0.951, false flags 103 of 276 (0.373). After the round's rules (a
    # table's heads that clear their cells, columns.CLEARED; a thing's word before a code):
    # false flags 29 of 120 and 19 of 156, 48 of 276 (0.174), names 0.969. A second file of
    # them (extra114, written blind in the same session, measured on arrival after its rules):
    # false flags 65 of 110 (79 with the session's starting rules), names 0.984; the three
    # then: false flags 111 of 386 (0.288), names 0.974. At the session's end, with rules made
    # from extra114 too: false flags 19, 26 and 52, 97 of 386 (0.251)
    # People named by weak cues beside the same words as no one (extra118, thirty-seventh
    # session): surnames that are everyday words, double surnames, states' codes standing for
    # people, lowercase names in chat, Cyrillic names in their cases. On arrival names 0.588
    # (153 of 260), case numbers 6 of 7, 7 false flags of 272; at the session's end names
    # 0.812, 1 false flag (double surnames standing alone, Cyrillic names in every case)
    "weak-cues": (("extra118.txt",), {"case_number": 0.85, "name": 0.80}, 0.97, 0.02),
    # Capitalized words that are no person beside people named with the same words (extra119,
    # written in the thirty-eighth session, moved in and trained on in the thirty-ninth):
    # headings, programmes, apps, places named after people, towns that are given names,
    # word-names opening sentences. On arrival names 292 of 320, ids 8 of 9, false flags 34 of
    # 424 (0.080); trained on, names 303 and 24 false flags (0.057)
    "look-alike-capitals": (("extra119.txt",), {"id_number": 0.85, "name": 0.93}, 0.97, 0.07),
    # People named by one word only beside the same words naming no one (extra120, written
    # in the thirty-ninth session): given names, surnames, nicknames, lowercase names, in
    # lists and form fields. On arrival names 294 of 330, false flags 23 of 311 (0.074);
    # trained on, names 302 and 14 false flags
    "one-word-names": (("extra120.txt",), {"name": 0.89}, 0.97, 0.06),
    # How messages open and close (extra121, written in the fortieth session): greetings,
    # wishes, thanks, sign-offs and signatures, with and without a name, the wish and greeting
    # words that are given names too ("Hope this helps", "thanks joy ur a lifesaver"). On
    # arrival names 299 of 334, false flags 12 of 354 (0.034); after the session's rules 310
    # and 6; trained on, names 318 and no false flag
    "openings-and-closings": (("extra121.txt",), {"name": 0.93}, 0.97, 0.02),
    # Places and things named like people beside people named with the same words (extra122,
    # written in the forty-first session): towns, counties, states and countries that are given
    # names or surnames, as subjects, in routes, forms, tables, headings and lowercase chat;
    # rooms, apps, dolls, storms. On arrival names 257 of 276, false flags 87 of 353 (0.246);
    # after the session's rules 257 and 50; trained on, names 269 and 24 false flags (0.068)
    "named-like-people": (("extra122.txt",), {"name": 0.96}, 0.97, 0.07),
    # The registers of the blind sets that fall shortest (extra123, written in the
    # forty-second session): chat threads and call logs, forms pasted in, court and ICWA
    # work, dictation, e-mail threads, families of many backgrounds, training-room
    # reflections dense with word-names, hand-offs in initials. On arrival names 261 of 288,
    # false flags 29 of 378 (0.077); after the session's rules 265 and 24; trained on, names
    # 274 and 15 false flags (0.040)
    # ... and by another writer in the forty-third session (extra124): reflections dense with
    # capitalized words that are no one, retold cases with invented names, chat, hand-offs in
    # initials, families of many backgrounds, dictation, numbers. On arrival names 199 of 217,
    # false flags 34 of 493 (0.069); after the session's rules 205 and 13; trained on, names
    # 208 and 6 false flags (0.012)
    "blind-sets-registers": (("extra123.txt", "extra124.txt"),
                             {"id_number": 0.92, "name": 0.94, "phone": 0.93}, 0.97, 0.045),
    # The registers where heldout40 falls shortest (extra125, written in the forty-third
    # session from a brief naming only them): machine transcripts of voicemails and calls,
    # messages mixing Spanish, Portuguese, Tagalog, Haitian Creole, Vietnamese, Somali and
    # Arabic with English, clinical notes. On arrival names 249 of 290, phones 32 of 45, false
    # flags 62 of 384 (0.161); after the session's rules 269, 36 and 40; trained on, names 277
    # and 24 false flags (0.062). Phones and SSNs read out in other languages' number words
    # are not found (see bench/corpus/README.md)
    "voicemails-and-mixed-languages": (("extra125.txt",),
                                       {"dob": 0.96, "name": 0.95, "phone": 0.8, "ssn": 0.6},
                                       0.97, 0.065),
    # The registers of the blind sets that fall shortest, again (extra126, written in the
    # forty-fourth session): text messages, e-mail threads, dictation, referrals, letters,
    # training-room talk, risky-looking clean lines and families' messages in other
    # languages. On arrival names 310 of 323, false flags 17 of 503 (0.034); after the
    # session's rules 312 and 10; trained on, names 314 and 6 (0.012). And the registers of
    # heldout41, by another writer (extra127): the traces records leave on computers (file
    # names, paths, accounts, logs), payers and benefits, police and juvenile justice,
    # adoption searches, school, tables and forms. On arrival names 335 of 369, case numbers
    # 29 of 35, ids 27 of 31, false flags 11 of 468; after the session's rules (handles.py)
    # 351 and 9; trained on, names 361 and 7 (0.015)
    "messages-and-machine-traces": (("extra126.txt", "extra127.txt"),
                                    {"case_number": 0.85, "id_number": 0.85, "name": 0.96,
                                     "phone": 0.95}, 0.97, 0.02),
    # The registers of heldout42 (extra128, written in the forty-fifth session from a brief
    # naming them and nothing of the set's lines): scanned and faxed papers read by OCR,
    # health records, housing and shelter, immigration and addresses abroad, social media,
    # research and teaching. On arrival (9353a30) names 255 of 264, addresses 27 of 31, dates
    # of birth 15 of 18, false flags 22 of 451 (0.049); after the session's rules (ocr.py,
    # addresses_abroad.py) 256, 31, 17 and 21; trained on, names 261 and 17 (0.038)
    "scans-health-and-abroad": (("extra128.txt",),
                                {"case_number": 0.9, "dob": 0.92, "id_number": 0.88,
                                 "phone": 0.92}, 0.97, 0.045),
    # Clean lines like the blind sets' false flags (extra129, same session): capitalized
    # words that are no one, numbers that identify no one, word-names as words, other
    # languages' kin words and greetings, team shorthand in capitals, and a few identifiers
    # slipped in. On arrival names 207 of 233, false flags 54 of 545 (0.099); after the
    # session's rules 207 and 38; trained on, names 214 and 23 (0.042)
    "look-alikes-and-shorthand": (("extra129.txt",), {"name": 0.9, "phone": 0.85}, 0.97, 0.05),
    # The registers of heldout43 (extra130, written in the forty-sixth session from a brief
    # naming them and nothing of the set's lines): family trees and relative searches,
    # transport and calendars, meetings, legal papers, money, role-play scripts. On arrival
    # (24a02df) names 289 of 301, false flags 13 of 510 (0.025); after the session's rules and
    # training, names 296 and 4 (0.008)
    "genograms-rides-and-papers": (("extra130.txt",), {}, 0.97, 0.02),
    # Names in the hardest places, half of each section the same words used as no one's name
    # (extra131, same session). On arrival names 409 of 444, false flags 13 of 392 (0.033);
    # after the session's rules and training, 418 and 3 (0.008)
    "names-in-hard-places": (("extra131.txt",), {"name": 0.93}, 0.97, 0.02),
    # The registers of the blind sets with the most false flags (same session): text threads,
    # hotline logs, cases retold in training, reflections, families of Native, Pacific
    # Islander, West African, South Asian and Eastern European backgrounds, shorthand notes;
    # extra132 mostly clean, extra133 mostly names. On arrival names 963 of 1,016, false flags
    # 60 of 934 (0.064); after the session's rules and training, 981 and 12 (0.013)
    "hotlines-and-families": (("extra132.txt", "extra133.txt"),
                              {"name": 0.955, "dob": 0.75, "phone": 0.85}, 0.97, 0.02),
    # Identifiers other than names in hard shapes (extra146, written in the forty-ninth
    # session): ids and cases far from their keywords or with none, dates of birth in other
    # calendars and words, phones and SSNs read in pieces, transcripts in capitals, clean lines
    # full of numbers. On arrival (5a26a2a) ids 87 of 138, cases 109 of 142, dates of birth
    # 100 of 122, phones 63 of 70, SSNs 32 of 41, false flags 13 of 282 (0.046); after the
    # session's last rule (number words in capitals) phones 64, SSNs 33, dates of birth 101.
    # Kept as the measure of the weakest kinds: these floors are where it stands, not targets
    "numbers-in-hard-shapes": (("extra146.txt",),
                               {"case_number": 0.76, "dob": 0.82, "id_number": 0.62,
                                "name": 0.95, "phone": 0.9, "ssn": 0.8}, 0.97, 0.05),
    # Ids in the shapes the blind sets miss most (extra152, written in the fifty-first
    # session): listed under a header line, read in pieces and corrected, of many systems, in
    # tables and file names, beside cases and dates, in chat. On arrival (8096e7a) ids 340 of
    # 438, false flags 26 of 276 (0.094); after the session's rules (lists under a head,
    # corrections) and training, ids 383. Kept as a measure: these floors are where it stands
    "ids-in-lists-pieces-and-chat": (("extra152.txt",),
                                     {"case_number": 0.94, "id_number": 0.87, "name": 0.91,
                                      "phone": 0.9, "ssn": 0.86}, 0.97, 0.095),
    # Ids and cases in the hardest shapes (extra155, written in the fifty-second session): read
    # out letter by letter and in pieces, heard wrong by speech to text, beside another kind's
    # word, in file names, paths and CSV rows, of less common systems, masked and corrected, and
    # clean look-alikes of things' numbers. On arrival (fb794dc) ids 254 of 363, cases 200 of
    # 286, false flags 60 of 347 (0.173); after the session's rules (numbers read out, codes'
    # letters dictated, things' numbers) and training, ids 275, cases 222, false flags 49. Kept
    # as a measure: these floors are where it stands
    "ids-read-out-and-look-alikes": (("extra155.txt",),
                                     {"case_number": 0.77, "id_number": 0.75, "ssn": 0.78},
                                     0.97, 0.16),
    # One capitalized word for a person in prose (extra156, same session): rare given names and
    # surnames opening a sentence before any verb, word-names beside the same word as a word,
    # surnames alone, nicknames that are everyday nouns, headings and capitals. On arrival
    # names 504 of 601, false flags 13 of 502; after the session's rules and two trainings, 550
    # and 5. The fifty-fourth session's trainings, on seven more files, moved it to 546 and 5
    # (five names let go by the model, word-names opening a sentence before the same word as a
    # word among them, two found): the floor where it stands
    "one-word-names-in-prose": (("extra156.txt",), {"name": 0.90}, 0.97, 0.02),
    # Texts and chat typed fast in lowercase with names in lowercase too (extra159, written in
    # the fifty-third session): word-names beside the same words as words, nicknames and pet
    # names, names of many cultures, @-mentions, voice-to-text, roles beside names. On arrival
    # (5487a9e) names 375 of 432, false flags 10 of 470; after the session's rules and training,
    # names 380 and 2. Kept as a measure: these floors are where it stands
    "lowercase-names-in-chat": (("extra159.txt",), {"name": 0.87}, 0.97, 0.02),
    # Ids against cases against things' numbers (extra160, same session): a person's id and a
    # case's number in one line with the other's word nearer, ids of less common systems,
    # numbers whose kind is said before or after them, lists, masked and partial numbers (its
    # writer labels no part of an id or a case but an SSN's last four: the guard flags them),
    # things' look-alikes. On arrival (5487a9e) ids 288 of 422, cases 264 of 331, false flags 80
    # of 402 (0.199); after the session's rules and training, ids 299, cases 263, false flags
    # 73. Kept as a measure: these floors are where it stands
    "ids-against-cases-against-things": (("extra160.txt",),
                                         {"case_number": 0.79, "id_number": 0.7, "ssn": 0.93},
                                         0.97, 0.19),
    # Capitalized words that are no one's name (extra161, same session): places, peoples and
    # languages, organisations and rooms named like people, famous people and characters,
    # cars, breeds and brands, word-names as words, headings; 748 of 909 lines clean. On
    # arrival (5487a9e) names 149 of 168, false flags 97 of 748 (0.130); after the session's
    # rules and training, names 151 and false flags 43. Kept as a measure
    "capitalized-words-of-no-one": (("extra161.txt",), {"name": 0.89}, 0.97, 0.06),
    # The registers of heldout51 (extra162, written in the fifty-fourth session by another
    # writer from a brief naming them and nothing of the set's lines): incarcerated parents,
    # LGBTQ+ youth, public benefits, newborns and hospitals, sibling groups, spreadsheet and
    # CSV pastes, English as a second language. On arrival (ca10d7f) ids 37 of 53, dates of
    # birth 51 of 56, false flags 11 of 495; after the session's rules and training, ids 40,
    # dates 53, false flags 7. Kept as a measure: these floors are where it stands
    "registers-of-heldout51": (("extra162.txt",),
                               {"case_number": 0.94, "dob": 0.94, "id_number": 0.75},
                               0.97, 0.02),
    # Personal ids in every shape against numbers no one's (extra163, same session): ids after
    # many keywords, the keyword after the number or only in a table's head, read out, split
    # across lines, masked. On arrival ids 188 of 235, false flags 15 of 528; after the
    # session's rules and training, ids 193
    "ids-in-every-shape": (("extra163.txt",), {"id_number": 0.82}, 0.97, 0.03),
    # Initials standing for people against abbreviations that are no one (extra164, same
    # session): two capitals that are an abbreviation too ("CO met w/ mom", "PT to call GAL"),
    # dotted initials in lists, initials in lowercase chat. On arrival names 467 of 589, false
    # flags 25 of 512; after the session's rules and training, 501 and 11
    "initials-against-abbreviations": (("extra164.txt",), {"name": 0.85}, 0.97, 0.03),
    # Names with no cue around them (extra165, same session): word-names and surnames that are
    # words opening a sentence, beside the same words as words. On arrival names 422 of 461,
    # false flags 37 of 501; after, 432 and 19
    "names-with-no-cue": (("extra165.txt",), {"name": 0.93}, 0.97, 0.04),
    # Nicknames and pet names that are everyday words (extra166, same session), beside the same
    # words as words. On arrival names 494 of 596, false flags 37 of 510; after, 519 and 21
    "nicknames-that-are-words": (("extra166.txt",), {"name": 0.87}, 0.97, 0.05),
    # Names in lowercase in chat, a second writer (extra167, same session), months, days and
    # virtues among them. On arrival names 416 of 479, false flags 16 of 480; after, 421 and 8
    "lowercase-names-second-writer": (("extra167.txt",), {"name": 0.87}, 0.97, 0.02),
    # Lists of people in prose (extra168, same session) against lists of things, letters as
    # labels and the famous. On arrival names 1,114 of 1,199, false flags 51 of 449; after,
    # 1,148 and 31
    "lists-of-people": (("extra168.txt",), {"id_number": 0.75, "name": 0.95}, 0.97, 0.07),
    # The registers of heldout52 (extra169, written in the fifty-fifth session by another
    # writer from a brief naming them and nothing of the set's lines): child fatality reviews,
    # adult protective services, pets and animals, youth's own writing, case reviews, phone
    # typing, teens' jobs and money. On arrival (93c4d5f) cases 26 of 29, ids 21 of 27, false
    # flags 26 of 473; after the session's rules and training, ids 25 and false flags 14
    "registers-of-heldout52": (("extra169.txt",), {"case_number": 0.89, "id_number": 0.92},
                               0.97, 0.03),
    # Full names whose parts are words, places, months or brands (extra170, same session:
    # "June Park", "Destiny Street", "Chase Bank" as a person) against the same phrases as
    # things. On arrival names 413 of 472, false flags 27 of 453; after, 431 and 15
    "full-names-that-are-words": (("extra170.txt",), {"id_number": 0.85, "name": 0.91},
                                  0.97, 0.04),
    # Long texts of four to twelve sentences naming one to three people, often once (extra171,
    # same session). On arrival names 956 of 976, false flags 31 of 453; after, 956 and 20
    "long-texts": (("extra171.txt",), {}, 0.97, 0.05),
    # Made-up names against real ones (extra172, same session): role plays, vignettes and
    # retold cases whose names are said to be invented, real names slipping beside them. Not
    # trained on (scripts/train_name_model.py, NOT_TRAINED_ON). On arrival names 363 of 414,
    # false flags 101 of 478; after the session's rules, 363 and 87
    "made-up-names-against-real": (("extra172.txt",), {"id_number": 0.92, "name": 0.87},
                                   0.97, 0.19),
    # Clean-heavy text where a scanner flags too much (extra173, same session): court
    # captions, OCR'd forms, evaluations, research, media, chat, English as a second language,
    # genograms, LGBTQ+ affirming care; 661 of 857 lines clean. On arrival false flags 44;
    # after, 23
    "clean-heavy-registers": (("extra173.txt",), {"phone": 0.9}, 0.97, 0.04),
    # The registers of heldout53 (extra174, written in the fifty-sixth session by another
    # writer from a brief naming them and nothing of the set's lines): hotline intake, forensic
    # interviews, vital records, disasters, college, help-desk tickets, home visiting. On
    # arrival (c1c3e6c) ids 35 of 41, false flags 14 of 452; after the session's rules and
    # training, ids 37 and false flags 7
    "registers-of-heldout53": (("extra174.txt",), {"case_number": 0.92, "id_number": 0.9},
                               0.97, 0.02),
    # Given names and surnames standing for things (extra175, same session): storms, dolls and
    # characters, laws, buildings, brands, colleges, the famous by surname. On arrival names
    # 344 of 371, false flags 87 of 524; after, 346 and 33
    "things-named-like-people": (("extra175.txt",), {"name": 0.93}, 0.97, 0.07),
    # Word-names opening a sentence with no cue ("Will ate all of his lunch", extra176, same
    # session) against the same words opening sentences as words. On arrival names 383 of
    # 429, false flags 25 of 502; after, 401 and 12
    "word-names-opening-a-sentence": (("extra176.txt",), {"name": 0.93}, 0.97, 0.03),
    # A person's id against a case's number against a thing's, where the shape does not say
    # which (extra177, same session). On arrival ids 272 of 320, cases 172 of 179, false flags
    # 46 of 478; after, ids 278 and false flags 39
    "ids-against-cases-by-their-words": (("extra177.txt",),
                                         {"case_number": 0.96, "id_number": 0.86}, 0.97, 0.09),
    # Notes, lists and e-mails typed all in lowercase (extra178, same session), names too. On
    # arrival names 402 of 421, false flags 23 of 510; after, 406 and 20
    "lowercase-notes": (("extra178.txt",), {"id_number": 0.9, "name": 0.96}, 0.97, 0.04),
    # Schools, hospitals, streets, counties and colleges called by one word that is a name
    # (extra179, same session). On arrival names 437 of 471, false flags 107 of 478; after,
    # 441 and 43 (44 after the fifty-ninth session's training, 48 after the sixtieth's)
    "places-called-by-a-name": (("extra179.txt",), {"name": 0.93}, 0.97, 0.105),
    # Names no list holds against capitalised words no list holds that are no one's (extra180,
    # fifty-seventh session; the model is not trained on it, train_name_model.NOT_TRAINED_ON).
    # On arrival (69b422f) names 314 of 330, false flags 31 of 503; after, 317 and 30
    "unlisted-names-against-unlisted-words": (("extra180.txt",),
                                              {"id_number": 0.9, "name": 0.95}, 0.97, 0.07),
    # Offices, units, shifts, assistants and titles after the words that come before a person
    # ("per Nursing", "Dear Intake"), beside people named like them (extra181, same session).
    # On arrival names 408 of 450, false flags 18 of 481; after, 416 and 7
    "things-after-a-persons-cue": (("extra181.txt",), {"name": 0.91}, 0.97, 0.02),
    # Numbers of licensing, video visits, complaints and interpreters, a person's against a
    # case's against no one's (extra182, same session; a foster home's licence relabelled an
    # id, as the corpus labels it). On arrival ids 183 of 236, cases 101 of 111, false flags
    # 49 of 457; after, 209, 109 and 44
    "numbers-of-licensing-and-complaints": (("extra182.txt",),
                                            {"case_number": 0.96, "id_number": 0.87}, 0.97,
                                            0.10),
    # Names standing alone as one word, many of them rare or opening a sentence, against
    # capitalised words that open sentences as no one's (extra183, fifty-eighth session). On
    # arrival (1b71e86) names 437 of 457, false flags 11 of 485; after, 448 and 6
    "one-word-names-by-the-sentence-alone": (("extra183.txt",), {"name": 0.97}, 0.97, 0.02),
    # A person's ids against cases' numbers and phones, in every shape and with the keyword
    # far, after or left out (extra184, same session). On arrival ids 137 of 155, cases 55 of
    # 62, phones 51 of 53, false flags 40 of 574; after, ids 143, cases 55, phones 51,
    # false flags 34
    "a-persons-ids-against-cases-and-phones": (("extra184.txt",),
                                               {"case_number": 0.87, "id_number": 0.9,
                                                "phone": 0.95}, 0.97, 0.07),
    # Units acting, rooms and buildings named after people, characters and brands, beside
    # people in the same sentences (extra185, same session). On arrival names 348 of 369,
    # false flags 19 of 476; after, 353 and 13
    "units-rooms-and-characters-beside-people": (("extra185.txt",),
                                                 {"id_number": 0.9, "name": 0.95}, 0.97, 0.03),
    # Chat typed all in lowercase, names lowercase too, against lowercase words that are also
    # names (extra186, fifty-ninth session). On arrival (8f4c379) names 455 of 483, false
    # flags 17 of 503; after, 461 and 15
    "names-in-all-lowercase-chat": (("extra186.txt",), {"name": 0.95}, 0.97, 0.04),
    # Staff and family initials and very short names against the acronyms of the work, often
    # the same letters (extra187, same session). On arrival names 481 of 540, cases 9 of 10,
    # false flags 32 of 527; after, names 496, cases 9, false flags 11
    "initials-and-short-names-against-acronyms": (("extra187.txt",),
                                                  {"case_number": 0.9, "name": 0.91}, 0.97,
                                                  0.03),
    # Names touching quotes, brackets, bullets, slashes, emoji and a sign-off's dash, against
    # the same marks around words that are no one (extra188, same session). On arrival names
    # 492 of 514, false flags 11 of 474; after, 508 and 4
    "names-at-the-edges": (("extra188.txt",), {"name": 0.98}, 0.97, 0.015),
    # One-word names no list holds, with weak cues, against dishes, feasts, places and
    # peoples of the same languages (extra189, same session). On arrival (8f4c379) names 457
    # of 474, false flags 74 of 487; after, names 473 and 23
    "unlisted-names-against-dishes-and-feasts": (("extra189.txt",), {"name": 0.99}, 0.97,
                                                 0.05),
    # Things named after people (conditions, tests, laws, buildings, brands) beside people of
    # the same names (extra190, same session). On arrival names 433 of 469, false flags 47 of
    # 470; after, names 446 and 24
    "things-named-after-people-beside-people": (("extra190.txt",), {"name": 0.94}, 0.97,
                                                0.055),
    # Given names that are everyday words, in lowercase chat, doing everyday things, against
    # the same words as words (extra191, sixtieth session). On arrival (9173dfe) names 280 of
    # 371, false flags 7 of 478; after, 299 and 3
    "word-names-in-lowercase-chat": (("extra191.txt",), {"id_number": 0.85, "name": 0.8}, 0.97,
                                     0.01),
    # Capitalised words where a person stands that are no one: songs, films, characters, voice
    # assistants, toys, storms, ships, shops, paint colours, fonts, teams, beside people of the
    # same names (extra192, same session). On arrival names 338 of 364, false flags 91 of 522;
    # after, 341 and 49
    "characters-songs-toys-and-storms-beside-people": (("extra192.txt",), {"name": 0.93}, 0.97,
                                                       0.1),
    # The numbers of people beside the numbers of things, with the same keywords and shapes
    # nearby (extra193, sixty-first session). On arrival (58f760a) names 382 of 395, ids 308 of
    # 349, false flags 59 of 501; after, names 387 and false flags 50
    "people-s-numbers-beside-things-numbers": (("extra193.txt",),
                                               {"case_number": 0.94, "dob": 0.95,
                                                "id_number": 0.87, "name": 0.97}, 0.97, 0.105),
    # Names where structure says who is a person (greetings, sign-offs, cc lines, mentions,
    # rosters, task owners), against teams, units, roles and word-names in the same slots
    # (extra194, same session). On arrival names 505 of 539, false flags 23 of 491; after,
    # names 521 and 17
    "names-in-structural-slots": (("extra194.txt",), {"id_number": 0.75, "name": 0.96}, 0.97,
                                  0.04),
    # Famous people and characters against private people of the same names (extra195, same
    # session; not trained on: scripts/train_name_model.py). On arrival (5286692) names 374 of
    # 435, false flags 93 of 544; after, names 379 and 87
    "famous-people-beside-private-people": (("extra195.txt",), {"id_number": 0.75, "name": 0.86},
                                            0.97, 0.165),
    # Workshop answers on clauses h-q, slips and near-misses (extra196, same session; not
    # trained on). On arrival names 214 of 221, false flags 3 of 609; the same after
    "answers-on-the-clauses": (("extra196.txt",), {"name": 0.96}, 0.97, 0.01),
    "forms": (("extra107.txt", "extra112.txt", "extra114.txt"),
              {"address": 0.85, "case_number": 0.89, "id_number": 0.86, "name": 0.96,
               "phone": 0.93}, 0.97, 0.26),
}


def test_every_group_is_named_once():
    """GROUPS is a dict written out by hand: a second group under a name already used replaces
    the first, whose files then fall back unseen into the tuned pool and its floors (the
    fifty-second session's "one-word-names" did so to extra120's group)."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    groups = next(node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                  and any(getattr(target, "id", None) == "GROUPS" for target in node.targets))
    names = [key.value for key in groups.keys]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


@pytest.mark.parametrize("group", ["tuned", *GROUPS])
def test_corpus_meets_the_targets(group):
    bench = _bench()
    grouped = {name for files, *_ in GROUPS.values() for name in files}
    if group == "tuned":
        files = [f for f in sorted(bench.CORPUS.glob("*.txt")) if f.name not in grouped]
        floors, other_floor, false_flags = {}, TUNING_RECALL, bench.TARGET_FALSE_FLAGS
        assert len(files) >= 10
    else:
        names, floors, other_floor, false_flags = GROUPS[group]
        files = [bench.CORPUS / name for name in names if (bench.CORPUS / name).exists()]
        assert files, f"{group}: none of {names} in bench/corpus"
    examples = bench.load_corpus(files)
    clean = [ex for ex in examples if not ex.labels]
    assert len(examples) >= 300 and len(clean) >= 150
    result = bench.evaluate(examples, scan)
    assert set(result["kinds"]) == set(KINDS) if group == "tuned" else \
        set(result["kinds"]) <= set(KINDS) and "name" in result["kinds"]
    for kind, row in result["kinds"].items():
        recall = row["found"] / row["labels"]
        floor = floors.get(kind, other_floor)
        misses = [(ex.where, value) for ex, k, value in result["misses"] if k == kind]
        assert recall >= floor, f"{kind}: recall {recall:.3f}, missed {misses}"
    flagged = result["flagged_clean"]
    assert len(flagged) / len(clean) <= false_flags, [
        (ex.where, [f.text for f in fs]) for ex, fs in flagged]


# Third blind set's categories, one test per category (A, B, C, G, H, I, J, K, M).
def _kinds(text):
    from toolkit.privacy import scan
    return [(f.kind, f.text) for f in scan(text)]


def test_word_name_before_bracketed_age_or_role():
    assert ("name", "Miles") in _kinds("Miles (5) said he misses his old school.")
    assert ("name", "Sunny") in _kinds("Sunny (the 4yo) goes by a nickname at daycare.")


def test_word_name_from_an_office_is_a_person():
    assert ("name", "Holly") in _kinds("Holly from CASA has a personal gmail she uses.")


def test_multi_word_name_with_word_parts():
    assert ("name", "Kaya Two Feathers") in _kinds("Kaya Two Feathers (17) wants to go back.")
    assert ("name", "Winona White Horse") in _kinds("Winona White Horse said the kids are fine.")


def test_keyword_reaches_a_list_of_id_numbers():
    found = _kinds("Their tribal enrollment numbers (330-117-4928 and 330-117-4929) are here.")
    assert found == [("id_number", "330-117-4928"), ("id_number", "330-117-4929")]


@pytest.mark.parametrize("text, expected", [
    # the nearest keyword that found the number tells whose it is
    ("SNAP case head's client ID is C0049821, the worker asked for it", [
        ("id_number", "C0049821")]),
    ("Case note: employee # E-30917 for the FP at the hospital", [("id_number", "E-30917")]),
    # "ID" right after a record's word is the record's
    ("OR-Kids case ID 3300918 was in the subject line", [("case_number", "3300918")]),
    ("investigation ID INV 301-447-2", [("case_number", "INV 301-447-2")]),
    ("referral ids: R7734, R7735", [("case_number", "R7734"), ("case_number", "R7735")]),
    ("student ID S00482915 went to the tutor", [("id_number", "S00482915")]),
    # a number found by its shape: the keyword before it in its sentence, else the first one
    # after it in its clause, else its shape's kind
    ("she mailed a photo of the license certificate CF-FH-10387 to me", [
        ("id_number", "CF-FH-10387")]),
    ("MN-4471-18 medicaid", [("id_number", "MN-4471-18")]),
    ("JDC-00417 - detention ID for the youth", [("id_number", "JDC-00417")]),
    ("JDC-00417 - the case is closed", [("case_number", "JDC-00417")]),
    # a gloss right after a number says whose it is, over a keyword before it; and a keyword
    # that glosses the number before it finds no number after it
    ("18JV4402 - docket, JDC-00417 - detention ID for the youth", [
        ("case_number", "18JV4402"), ("id_number", "JDC-00417")]),
    ("Re: the mom, NN-003318 (enrollment), CYS-25-0741 (our case)", [
        ("id_number", "NN-003318"), ("case_number", "CYS-25-0741")]),
    ("Can you check whether 2025-JC-7731 is the docket and 9913-004-27 is the employee number?",
     [("case_number", "2025-JC-7731"), ("id_number", "9913-004-27")]),
    # ... and finds a number no keyword before it found, even one shaped like a phone's
    ("4471 2290 18 is the Medicaid number", [("id_number", "4471 2290 18")]),
    # (and "MA", Medical Assistance, is the keyword before the number: not in its span)
    ("MA 6620 4418 93 is the Medicaid number", [("id_number", "6620 4418 93")]),
    ("0048813 is the passport number, and 88-340-1172 (member ID) is hers", [
        ("id_number", "0048813"), ("id_number", "88-340-1172")]),
    ("882 014 5576, which is her member ID, was printed on the appointment card", [
        ("id_number", "882 014 5576")]),
    ("118-4420 thats the referral from the school", [("case_number", "118-4420")]),
    ("0048813, it's the member ID", [("id_number", "0048813")]),
    # "on file" and "on record" say what was kept, not a file's or a record's number
    ("address on file: 4410 N. Elm Avenue, Apt 2", [("address", "4410 N. Elm Avenue, Apt 2")]),
    ("Medicaid ID on file: 4471 2290 18", [("id_number", "4471 2290 18")]),
    ("phone on record: 555-214-8890", [("phone", "555-214-8890")]),
    ("file: 2024-JV-00317", [("case_number", "2024-JV-00317")]),
    # ... not a phone whose gloss names its owner
    ("555-0142 is the case worker's number", [("phone", "555-0142")]),
    ("call 555-0142, that's the case aide", [("phone", "555-0142")]),
    ("call 503-555-0142 - the case aide's line", [("phone", "503-555-0142")]),
    # ... but a keyword with its own number right after it is that number's
    ("Paper form, box 12 (Member ID): 874 0021 395", [("id_number", "874 0021 395")]),
    # an A-number's shape is a person's, whatever keyword stands near
    ("a# A-912-304-558 for the asylum case", [("id_number", "A-912-304-558")]),
    ("the alien number was on the ICPC form, A-214-908-337, with the rest", [
        ("id_number", "A-214-908-337")]),
    ("I put WA-MCD-552190 in the e-mail", [("case_number", "WA-MCD-552190")]),
    # a badge's number, of three digits or more, right after the word
    ("Badge 4471 belongs to the officer who brought the referral", [("id_number", "4471")]),
    ("The officer, Ofc. Grisham, badge 4471, took the photos.", [
        ("name", "Grisham"), ("id_number", "4471")]),
    # a record's code joined by slashes or dots, opening with a letter; not a code's section
    ("Our team's old file W/23/1145 got shredded", [("case_number", "W/23/1145")]),
    ("with the old case # NC.BUN.23.0419 visible", [("case_number", "NC.BUN.23.0419")]),
    ("The state administrative code, 65C-30.001, defines it.", []),
    # a student's id in Spanish, an identity in Somali: the id's, not a phone's
    ("id de estudiante 2200418, la escuela lo pidió", [("id_number", "2200418")]),
    ("Lambarka aqoonsiga ardayga: 6604182", [("id_number", "6604182")]),
    # "WIC", the food programme and California's code: its card's number, not a section's
    ("WIC 4471-2290 is on the card", [("id_number", "4471-2290")]),
    ("CHIP CP-448120, WIC W0039912", [("id_number", "CP-448120"), ("id_number", "W0039912")]),
    ("records are sealed under WIC 827 and WIC 300(b)", []),
    # ... and the court's order, which a work order is not
    ("the court order 24-JV-0091 was sealed", [("case_number", "24-JV-0091")]),
])
def test_the_nearest_keyword_tells_a_record_from_an_id(text, expected):
    """numbers.record_numbers and _told_apart: a case's number or a person's id, by the
    keyword nearest to it; a generic "ID" after a keyword takes that keyword's kind."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Text from teen: my new # is 555.01.26 dont tell my mom", [("phone", "555.01.26")]),
    ("the teacher's personal cell is 555 0 1 5 6", [("phone", "555 0 1 5 6")]),
    ("Mi número es 555-0 1 8 9, llámeme en la tarde", [("phone", "555-0 1 8 9")]),
    ("he typed his number into the chat as 5 55-01 72", [("phone", "5 55-01 72")]),
    ("call me back at 555 01 21 pls", [("phone", "555 01 21")]),
    # no phone's word before: a count, a form's number
    ("the boxes were stacked 555 01 21 high", []),
    # eight digits: a date; a meeting's number; a record's, whose keyword comes first
    ("call about the 2024 2025 school year", []),
    ("Meeting number 447 118 2290 for the review", []),
    ("case number 2024 118 823 is on the cover", [("case_number", "2024 118 823")]),
    # a phone's usual groups are for phones(): an office's main line is no one's
    ("call the office main line, (602) 555-0100, and ask for the duty worker", []),
    # ... and a phone typed against the words beside it, no space between, but a code's digits
    ("Her cell555-0137and home555-0138 are one digit apart", [
        ("phone", "555-0137"), ("phone", "555-0138")]),
    ("callback#(608)555-0139pls, she only picks up after 6", [("phone", "(608)555-0139")]),
    ("the driver license B4490213 was copied", [("id_number", "B4490213")]),
    # eleven digits from a trunk's "0", as a Philippine mobile is written at home; not after a
    # record's word
    ("numero ni lola 0917 555 0132 after 5 pm", [("phone", "0917 555 0132")]),
    ("case 0917 555 0132 is the grandmother's", [("case_number", "0917 555 0132")]),
    # eight digits from the US's "1", before a local number; after "fax" too
    ("call 1-555-0142 for the foster mom", [("phone", "1-555-0142")]),
    ("fax 1 555 0102 attn records", [("phone", "1 555 0102")]),
    # a Mexican number with the long-distance "01" or the mobile "044"/"045", all of it: not
    # an SSN of its first three groups
    ("his mexican number is 044 55 1234 5678", [("phone", "044 55 1234 5678")]),
    ("tia's phone 01 33 1234 5678, she answers at night", [("phone", "01 33 1234 5678")]),
    # ... where an SSN's groups then a small number are still the SSN
    ("ssn 123 45 6789 5 kids in the home", [("ssn", "123 45 6789")]),
    # numbers as the UK, Ireland and Australia write them at home, opening with a trunk "0"
    # (which no US area code does), or a local number in two fours; "mob." and "ring"
    ("mob. 083 555 0153, that's the foster carer in Cork", [("phone", "083 555 0153")]),
    ("Ring her on 0412 555 015 (Sydney mobile).", [("phone", "0412 555 015")]),
    ("Tel: 01 555 0143 (Dublin)", [("phone", "01 555 0143")]),
    ("Ring the grandmother on 9555 0145.", [("phone", "9555 0145")]),
    ("Whatsapp 0917 555 0148 po, the tita in Manila.", [("phone", "0917 555 0148")]),
    ("CEU certificate number 2025-0412 is for the training.", []),
])
def test_a_phone_in_groups_no_phone_is_printed_in(text, expected):
    """contacts.phone_in_odd_groups: seven or ten digits, grouped as typed in a hurry, after a
    phone's word in the 40 characters before them; contacts._typed_against_words."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a holiday and its year right after a birth's word
    ("he was born on Christmas Eve 2012 so the holidays are hard", [
        ("dob", "Christmas Eve 2012")]),
    ("the twins were born on New Year's Eve, 2021, right before midnight", [
        ("dob", "New Year's Eve, 2021")]),
    ("Baby was born Halloween 2022, mom said", [("dob", "Halloween 2022")]),
    ("we had Christmas 2019 at grandma's", []),  # no birth
    ("born in Texas, Christmas 2019 was their first in Ohio", []),  # words between
    # dates of birth in Tagalog, German and Vietnamese
    ("Petsa ng kapanganakan Marso 15, 2012, from the form", [("dob", "Marso 15, 2012")]),
    ("petsa ng kapanganakan: ika-30 ng Setyembre 2015", [("dob", "ika-30 ng Setyembre 2015")]),
    ("Geboren am 24. Juni 2012 in Leipzig, laut Pass der Mutter.", [("dob", "24. Juni 2012")]),
    ("ngày sinh: 2 tháng 9 năm 2016", [("dob", "2 tháng 9 năm 2016")]),
    # Haitian Creole: the words of birth, the months that are no English word, a file's word
    ("Dat nesans li se 18 oktòb 2013, nimewo dosye a se DC 2023-5541.", [
        ("dob", "18 oktòb 2013"), ("case_number", "DC 2023-5541")]),
    ("3 out of 5 parents came back", []),  # "out", August in Creole, is no month here
])
def test_dates_of_birth_by_holiday_and_in_other_languages(text, expected):
    """numbers._HOLIDAY_BIRTH ([birth-holiday-phrases]); [month-words-more] and the German,
    Tagalog and Vietnamese shapes of numbers._DATE, after a birth's word in those languages."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bốn số cuối an sinh xã hội: 2195.", [("ssn", "2195")]),
    ("Kat dènye chif nimewo sekirite sosyal li: 5507, se sa.", [("ssn", "5507")]),
    ("numéro de sécurité sociale 912-44-1234", [("ssn", "912-44-1234")]),
    # "SSNs": a list of them, its last fours
    ("She kept a list of SSNs, last four only, like 9043, on her desktop.", [("ssn", "9043")]),
    # the words, but no number after them
    ("Sinh năm 2015, an sinh xã hội chưa có.", []),
])
def test_an_ssn_in_other_languages_and_in_the_plural(text, expected):
    """numbers._SSN_WORD: [ssn-words-other-languages-phrases], and "SSNs"."""
    assert _kinds(text) == expected


def test_the_longest_finding_of_a_kind_at_one_place_is_kept():
    """scanner.scan: of two findings of one kind from one place (a phone with its extension
    and without), the longer; the shorter, taken first, had left the rest of it showing."""
    assert _kinds("call +1 (505) 555-0129 ext. 14 after six") == [
        ("phone", "+1 (505) 555-0129 ext. 14")]


def test_last_four_without_ssn_word():
    assert _kinds("last 4 2286 is all the school needs?") == [("ssn", "2286")]
    assert _kinds("She said the last 4 of her phone number changed.") == []


def test_towns_used_as_places_without_preposition():
    for line in ("Austin's school district finally sent the records over.",
                 "Florence has a new family resource center that opens on Saturdays.",
                 "Denver got snow overnight so the visit was rescheduled.",
                 "The Madison office is short two supervisors this month.",
                 "Denver, Austin, Madison: three places where the family has lived."):
        assert _kinds(line) == [], line
    assert ("name", "Tyler") in _kinds("Tyler's foster mom called about the dentist.")
    assert ("name", "Tyler") in _kinds("Madison and Tyler have court on Monday.")


def test_hospital_called_by_a_word_name():
    assert _kinds("The hospital social worker from Mercy called about discharge planning.") == []
    assert _kinds("The wait at St. Joseph's was shorter than Mercy's.") == []


def test_brands_and_nationalities_are_not_names():
    assert _kinds("Lunch was Domino's because the kids were starving after court.") == []
    assert _kinds("They want to use their daughter's Greek name in the file.") == []


def test_word_name_as_a_quantity():
    assert _kinds("Max two people in the room was the rule at the jail visit.") == []


def test_a_recent_date_after_a_name_is_no_date_of_birth():
    """numbers.dates_after_names: a date two years back or older after a full name is given as
    a date of birth; a recent one is more often a visit's, and a name of one word is too little
    to go on inside a sentence (opening a line, before what closes a roster's entry, it is
    one: "Jayden 3/4/19 - placed")."""
    import datetime

    recent = f"3/4/{datetime.date.today().year}"
    assert _kinds(f"met Dana Kim {recent} at the office") == [("name", "Dana Kim")]
    assert numbers.dates_after_names("met Dana 3/4/1990 at the office", [(4, 8)]) == []
    assert numbers.dates_after_names("Dana 3/4/1990 visit went fine", [(0, 4)]) == []
    assert numbers.dates_after_names("Dana 3/4/1990", [(0, 4)]) == [(5, 13)]
    assert _kinds("Kevin Marsh. May 2 1986.") == [("name", "Kevin Marsh"), ("dob", "May 2 1986")]


@pytest.mark.parametrize("text, expected", [
    ("I copied 5/19/2012 onto the wrong sticky note.", [("dob", "5/19/2012")]),
    ("the portal still shows October 3, 2015 for him", [("dob", "October 3, 2015")]),
    ("She has been in care since 2/3/2020 and is doing well.", []),
    ("The hearing on 6/7/2019 went long.", []),
    ("placement ended 8/9/2021 after a disruption", []),
    ("the 2019-04-02 visit notes are in the shared drive", []),
])
def test_a_whole_date_years_back_with_no_event_is_a_date_of_birth(text, expected):
    """numbers._old_dates: a bare date three years back or more is a birthday written down;
    an event's word or "on", "since" before it, or an event right after it, make it the
    event's date."""
    assert _kinds(text) == expected


def test_a_bare_date_of_the_last_years_is_no_date_of_birth():
    import datetime

    year = datetime.date.today().year
    assert _kinds(f"I copied 5/19/{year - 1} onto the wrong sticky note.") == []
    assert _kinds(f"I copied 5/19/{year - 3} onto the wrong sticky note.") == [
        ("dob", f"5/19/{year - 3}")]


@pytest.mark.parametrize("text, expected", [
    ("the SSN on the JV-140 is wrong, it should end 6612", [("ssn", "6612")]),
    ("need his social for the app, the one ending in 3391", [("ssn", "3391")]),
    ("Social Services funding ends in 2030, per the memo", []),  # no SSN, and a year
    ("my social worker contract ends in 2027", []),
    ("Her phone ends in 0142.", []),  # no SSN's word
    ("I saw 612447305 on a sticky note", [("ssn", "612447305")]),
    ("her passport 567123990 was in the copier", [("id_number", "567123990")]),
    ("the form had 912447305 in the corner", [("id_number", "912447305")]),  # no SSN area 9xx
])
def test_ssns_by_their_last_four_or_nine_bare_digits(text, expected):
    """numbers.ssns: the last four said to end an SSN named earlier in the sentence; nine
    digits in an SSN's groups with no record's or id's word before them."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("his licence is WA-K8830215 per the DMV letter", [("id_number", "WA-K8830215")]),
    ("student ID is LAUSD-5520917 on the enrollment form", [("id_number", "LAUSD-5520917")]),
    ("the childcare voucher # is CC-772019", [("id_number", "CC-772019")]),
    ("the licence renewal takes 6 weeks", []),
    ("the census number for Mary Tallbear is TC-20417", [("name", "Mary Tallbear"),
                                                         ("id_number", "TC-20417")]),
    ("her enrollment card for Jolene Tallbear reads 0588-2231", [
        ("name", "Jolene Tallbear"), ("id_number", "0588-2231")]),
    ("the 2020 census showed growth", []),
    # words between an id's keyword and a phone's shape: the phone's
    ("the probation officer's number, 503 555 0177, is on the fridge",
     [("phone", "503 555 0177")]),
    ("Medicaid ID 503-555-0142 was on the form", [("id_number", "503-555-0142")]),
])
def test_ids_with_a_state_or_district_prefix_and_vouchers(text, expected):
    """numbers._ID_TOKEN: a state's code before a letter and digits, five or six capitals of a
    district before a hyphen; "voucher" and "census" are ids' keywords; the holder's name of
    several words between the keyword and the number (_number_after)."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a no-break space, as a word processor or a web page puts one, where a space is typed
    ("SSN 123\u00a045\u00a06789 was on the form", [("ssn", "123\u00a045\u00a06789")]),
    ("I met Dana\u00a0Whitfield at court", [("name", "Dana\u00a0Whitfield")]),
    ("she lives at 1420\u00a0Calle Ocho, Apt 3B", [
        ("address", "1420\u00a0Calle Ocho, Apt 3B")]),
    # a no-break hyphen, a hyphen or a minus sign in a number or a code
    ("SSN 123\u201145\u20116789", [("ssn", "123\u201145\u20116789")]),
    ("call her at 503\u2010555\u20100144 tonight", [("phone", "503\u2010555\u20100144")]),
    ("case 24\u2011JV\u20110091 is sealed", [("case_number", "24\u2011JV\u20110091")]),
    ("DOB: 2019\u221203\u221204", [("dob", "2019\u221203\u221204")]),
    # an en dash between digits, as autocorrect makes one
    ("her SSN is 123\u201345\u20136789", [("ssn", "123\u201345\u20136789")]),
    ("DOB 3\u20134\u20132019", [("dob", "3\u20134\u20132019")]),
    # ... and none where it is punctuation, or a range
    ("Mon\u2013Fri we cover intake \u2014 ages 5\u20137, 2019\u20132021", []),
])
def test_spaces_and_dashes_of_pasted_text_are_read_as_typed(text, expected):
    """scanner._as_typed: text pasted from a word processor, a PDF or a web page holds other
    characters for a space or a hyphen; each finding still quotes the text as written."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a soft hyphen inside a word or a code, as a PDF leaves one where it broke a line
    ("Whit\u00adfield called about case 24-JV\u00ad0091", [
        ("name", "Whit\u00adfield"), ("case_number", "24-JV\u00ad0091")]),
    # a zero-width space, as a web page may put one: a space
    ("SSN 123\u200b45\u200b6789", [("ssn", "123\u200b45\u200b6789")]),
    # a byte-order mark opening a pasted text, and a no-break hyphen after it
    ("\ufeffDana Whitfield called from 503\u2011555\u20110144", [
        ("name", "Dana Whitfield"), ("phone", "503\u2011555\u20110144")]),
])
def test_characters_that_show_nothing_are_read_past(text, expected):
    """scanner._without_invisible: each finding's span is in the text as written."""
    from toolkit.privacy import scan
    found = scan(text)
    assert [(f.kind, f.text) for f in found] == expected
    assert all(text[f.start:f.end] == f.text for f in found)


@pytest.mark.parametrize("text, expected", [
    # accents as letters and marks apart (NFD), as macOS file names and some PDFs give them
    ("I met Jose\u0301 Pe\u0301rez at the park", [("name", "Jose\u0301 Pe\u0301rez")]),
    ("Ne\u0301 le 3 fe\u0301vrier 2015, Zoe\u0308 Mu\u0308ller", [
        ("dob", "3 fe\u0301vrier 2015"), ("name", "Zoe\u0308 Mu\u0308ller")]),
    ("Nguye\u0302\u0303n Va\u0306n An moved", [("name", "Nguye\u0302\u0303n Va\u0306n An")]),
    # ... beside a soft hyphen
    ("Whit\u00adfield and Jose\u0301 called", [
        ("name", "Whit\u00adfield"), ("name", "Jose\u0301")]),
])
def test_accents_written_apart_are_read_composed(text, expected):
    """scanner._composed: found as in the text a keyboard types (NFC), each finding quoting the
    text as written, its marks included."""
    from toolkit.privacy import scan
    found = scan(text)
    assert [(f.kind, f.text) for f in found] == expected
    assert all(text[f.start:f.end] == f.text for f in found)


def test_the_pieces_composed_each_on_their_own():
    """scanner._pieces: a letter with its marks; a Hangul syllable of three jamo and a Tamil
    vowel of two halves, whose second parts are starters that NFC joins to the one before."""
    from toolkit.privacy.scanner import _pieces
    assert _pieces("Jose\u0301 A") == [(0, 1), (1, 2), (2, 3), (3, 5), (5, 6), (6, 7)]
    assert _pieces("\u1100\u1161\u11a8 \u0b92\u0bd7") == [(0, 3), (3, 4), (4, 6)]


def test_a_word_holds_the_marks_on_its_letters():
    """tokens._SPLIT: the vowels of Hindi and Thai, and a tone over a Yoruba letter with a dot
    below (which has no composed form), are marks, which "\\w" does not hold: the words were
    cut at each."""
    from toolkit.privacy import scan
    from toolkit.privacy.lexicon import lexicon
    from toolkit.privacy.tokens import tokenize
    text = "प्रिया, ราตรี and Ìfẹ́olúwa"
    assert [t.raw for t in tokenize(text, lexicon())] == ["प्रिया", "ราตรี", "and", "Ìfẹ́olúwa"]
    assert [f.text for f in scan("Mrs. Oyelaran told me her daughter's name is Ìfẹ́olúwa.")] \
        == ["Oyelaran", "Ìfẹ́olúwa"]


@pytest.mark.parametrize("text, expected", [
    ("I emailed the Jayden Smith court report to legal.", [("name", "Jayden Smith")]),
    ("the Smith court date got moved again", [("name", "Smith")]),
    # ... but a court's or a trail's name stays a thing's
    ("the Jefferson County court report came back", []),
    ("we walked the Lewis and Clark trail with the kids", []),
])
def test_a_name_before_its_own_court_proceedings_is_a_person(text, expected):
    """context.thing_after, [proceedings-after-a-name-phrases]: "court" names a thing, but not
    before the person's report, date or hearing."""
    assert _kinds(text) == expected


def test_the_pieces_composed_alone_make_the_text_composed_whole():
    """scanner._pieces: on 20,000 strings of letters, marks, Hangul jamo and Tamil and
    Devanagari signs, each piece composed on its own gives what NFC gives of the whole."""
    import random
    import unicodedata
    from toolkit.privacy.scanner import _pieces
    chars = "aeiouAE é" + "".join(map(chr, [0x301, 0x308, 0x323, 0x1100, 0x1161, 0x11A8, 0xB92,
                                            0xBC6, 0xBBE, 0xBD7, 0x915, 0x94D, 0x937, 0x1EBF]))
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 12)))
        assert "".join(unicodedata.normalize("NFC", text[s:e]) for s, e in _pieces(text)) \
            == unicodedata.normalize("NFC", text), text


def test_an_allowed_name_is_allowed_however_its_accents_are_written():
    from toolkit.privacy import scan
    assert scan("Jose\u0301 came", allowed_names=["José Reyes"]) == []
    assert scan("José came", allowed_names=["Jose\u0301 Reyes"]) == []
    assert [f.text for f in scan("Jose\u0301 Pe\u0301rez came", allowed_names=["José Reyes"])] \
        == ["Jose\u0301 Pe\u0301rez"]


@pytest.mark.parametrize("text", [
    "- Call Keisha about the visit", "1) Call Keisha about the visit",
    "(2) Call Keisha about the visit", "\u2022 Call Keisha about the visit"])
def test_a_list_items_first_word_opens_a_sentence(text):
    """tokens.tokenize: after a list's marker, as at a text's start, a capitalized verb opens a
    sentence and is no part of the name after it."""
    assert _kinds(text) == [("name", "Keisha")]


@pytest.mark.parametrize("text, expected", [
    # an address given with its mail service's name and no ending
    ("Her email is keisha_b1985 at yahoo.", [("email", "keisha_b1985 at yahoo")]),
    ("write to dana_w@outlook if the portal is down", [("email", "dana_w@outlook")]),
    ("k.brown at gmail, or kbrown@gmail.com", [
        ("email", "k.brown at gmail"), ("email", "kbrown@gmail.com")]),
    # ... but not a workplace after "at", nor the service alone
    ("she works at yahoo now, and he is at google", []),
])
def test_an_address_at_a_mail_service_without_its_ending(text, expected):
    """contacts._PROVIDER_EMAIL ([mail-providers])."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # French, Haitian Creole and Portuguese streets: the number first, the street's word in
    # lowercase as French writes it, or the street's name first
    ("She is at 77 rue Saint-Denis.", [("address", "77 rue Saint-Denis")]),
    ("The old address is 1122 Rue Toussaint, Apt 5.", [("address", "1122 Rue Toussaint, Apt 5")]),
    ("grandmother in Haiti: Rue Capois 12, Port-au-Prince", [("address", "Rue Capois 12")]),
    ("Ele mora na Rua das Flores, 123.", [("address", "Rua das Flores, 123")]),
    # ... and no address where a number counts the words after it
    ("we met at 10 am and 3 cats ran in", []),
])
def test_streets_of_french_creole_and_portuguese_addresses(text, expected):
    """contacts._SPANISH_STREET and _STREET_NAME_FIRST with [lowercase-street-words] and the
    French, Creole and Portuguese words of [spanish-street-words] and [street-name-first-words]."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Poland: the street's word first, the flat after the house, the postcode and town
    ("the uncle is at ul. Długa 14/3, 31-147 Kraków now",
     [("address", "ul. Długa 14/3, 31-147 Kraków")]),
    ("grandma lives at ul. Marszałkowska 10 m. 5", [("address", "ul. Marszałkowska 10 m. 5")]),
    ("dad's old address was al. Jerozolimskie 100", [("address", "al. Jerozolimskie 100")]),
    ("grandpa's address is ulica Długa 14", [("address", "ulica Długa 14")]),
    # ... but a short word without its full stop is none: a man, then a number
    ("Al Johnson 2 kids came with him", [("name", "Al Johnson")]),
    # ... but a citation's "et al." before a year or a table is none
    ("as the authors et al. 2019 found; see their Table 2", []),
    # Germany and the Netherlands: the street's word closing its name
    ("the aunt's address: Hauptstraße 12, 10115 Berlin",
     [("address", "Hauptstraße 12, 10115 Berlin")]),
    ("she gave Kerkstraat 12a as her address", [("address", "Kerkstraat 12a")]),
    ("her old flat was Hauptstr. 4", [("address", "Hauptstr. 4")]),
    # Vietnam: "street" after the house number, with its tones or without
    ("address in Vietnam: 123 Đường Lê Lợi, Quận 1", [("address", "123 Đường Lê Lợi")]),
    ("grandma is at 45 Duong Tran Phu", [("address", "45 Duong Tran Phu")]),
])
def test_streets_of_polish_german_dutch_and_vietnamese_addresses(text, expected):
    """contacts._ABROAD_STREET ([polish-street-words], [street-word-endings]) and the
    Vietnamese words of [spanish-street-words]."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("When I got there, Keisha was at the park.", [("name", "Keisha")]),
    ("keisha was at the store", [("name", "keisha")]),
    ("Dana is in the city.", [("name", "Dana")]),
    # ... but a place's or a thing's name the text says is one stays clear
    ("Grey Eagle is also a town in Minnesota.", []),
    ("Bailey's Landing is a trailer park.", []),
])
def test_a_person_at_a_place_is_no_place(text, expected):
    """names._said_what_it_is: "was at the park" says where someone is, not what a name is."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Court for Keisha is Monday.", [("name", "Keisha")]),
    ("The ICWA notice went to the Navajo Nation for Shandiin, 3.", [("name", "Shandiin")]),
    # ... but an organisation's name after "for" stays one
    ("The Center for Children and Families called.", []),
    ("The Alliance for Kinship Care met on Tuesday.", []),
])
def test_whom_an_office_works_for_is_no_part_of_its_name(text, expected):
    """names.organisation: names that are no English words after "for" and an organisation's
    word are the person it works for, not the organisation's name."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Springfield has three hospitals.", []),
    ("Dayton has more daycares than it used to.", []),
    ("Austin has court on Monday.", [("name", "Austin")]),
])
def test_a_town_that_has_hospitals_and_a_person_who_has_court(text, expected):
    """word_uses.place_use: [town-has-nouns], in the plural too; not "court", which a person
    has as often as a town."""
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The baby arrived on 3/4/2019 at 6 lbs.", [("dob", "3/4/2019")]),
    ("12/1/25, 7 lbs 2 oz, healthy", [("dob", "12/1/25")]),
    # ... but not a date with a weight a few words on, nor a thing's weight
    ("At the 3/4/2024 checkup she weighed 30 lbs.", []),
    ("On 3/4/2024 we dropped off 20 lbs of donations.", []),
])
def test_a_date_with_a_newborns_weight_is_a_birth(text, expected):
    """numbers._BIRTH_WEIGHT_AFTER: a weight in pounds right after a date."""
    assert _kinds(text) == expected
