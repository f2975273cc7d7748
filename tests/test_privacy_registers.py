"""The privacy guard on registers the first corpora lacked (issue 11): text-message style,
supervisor notes with initials, names of many cultures in lowercase, addresses of other
shapes, tribal documents. Each case is a sentence written for this test or a tuning file's line,
named beside it; never a blind line."""

from __future__ import annotations

import pytest

from toolkit.privacy import scan

FOUND = [
    ("per KT, hold until the CFT mtg", [("name", "KT")]),
    # three capitals on no list, alone, with nothing but a note's words around them
    ("see JMR re: the subpoena", [("name", "JMR")]),
    ("ask PKL about the transport", [("name", "PKL")]),
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
    # a season's length is no age, but an age in weeks is one; a worker covering a desk
    ("Summer - 2 weeks old when she came into care", [("name", "Summer")]),
    ("brooke is covering the front desk today", [("name", "brooke")]),
    ("Per KT: no contact until the ROI is signed", [("name", "KT")]),
    ("JM spoke w/ the aunt by phone", [("name", "JM")]),
    ("covering while JM on leave", [("name", "JM")]),
    ("DOB for MP corrected per birth cert", [("name", "MP")]),
    ("CASA Hope Delacroix to submit report", [("name", "Hope Delacroix")]),
    ("Youth Tavita (16) AWOL since Friday", [("name", "Tavita")]),
    ("I told Brianna I would call back", [("name", "Brianna")]),
    ("The Millers want to adopt if reunification fails.", [("name", "Millers")]),
    ("The Browns are fostering two sibling groups now.", [("name", "Browns")]),
    ("Placement w/ the Browns disrupted", [("name", "Browns")]),
    # the object of a verb whose object is people, if the plural's stem is a surname
    ("We visited the Smiths on Tuesday.", [("name", "Smiths")]),
    ("I called the Millers back about the visit.", [("name", "Millers")]),
    ("Heard from the Browns this morning.", [("name", "Browns")]),
    ("We met the Martins at court.", [("name", "Martins")]),
    # a name written surname first, as rosters and forms write it, its surname a word too
    ("Cook, Maria - DOB 3/4/2019", [("name", "Cook"), ("name", "Maria"), ("dob", "3/4/2019")]),
    ("Sanders, Maria (mother)", [("name", "Sanders"), ("name", "Maria")]),
    ("Mills, Dana\nGarcia, Luis", [("name", "Mills"), ("name", "Dana"), ("name", "Garcia"),
                                   ("name", "Luis")]),
    ("Good, Maria - you got it.", [("name", "Maria")]),
    ("Fine, Maria, thanks!", [("name", "Maria")]),
    ("Good, Maria", [("name", "Maria")]),
    ("Nice, Maria", [("name", "Maria")]),
    ("Cc: Price, Maria; Banks, Terrence", [("name", "Price"), ("name", "Maria"),
                                          ("name", "Banks"), ("name", "Terrence")]),
    # a person asked to be called before the number: theirs, whatever thing's word is next
    ("Please call me before the team meeting: 971-555-0126.", [("phone", "971-555-0126")]),
    # a ZIP code after a state's code, a town and a comma ends an address: no id a gloss after
    # it names
    ("PO Box 118, Pine Ridge, SD 57770 – enrollment # OST-21107",
     [("address", "PO Box 118, Pine Ridge, SD 57770"), ("id_number", "OST-21107")]),
    ("0048813 (member ID)", [("id_number", "0048813")]),
    # a street in lowercase: after "at", a house number of three digits or more; a compass
    # point or an ordinal as a word of its name
    ("they r at 612 bramble way", [("address", "612 bramble way")]),
    ("is at 5 n main st", [("address", "5 n main st")]),
    ("new address: 5 s 3rd ave unit b yakima wa 98902",
     [("address", "5 s 3rd ave unit b yakima wa 98902")]),
    # a bilingual form's labels are no chat's senders; a Spanish street in lowercase after
    # what says a home follows; a Spanish unit's word inside an address
    # a given name that is a word too, then a modal and what only a person will do or undergo
    ("Jean Baptiste called.", [("name", "Jean Baptiste")]),
    # an age to come, after a modal and "be"
    ("Faith will be 14 in May.", [("name", "Faith")]),
    ("Hope would be 9 now.", [("name", "Hope")]),
    # a report's parties written short are roles, but a worker's initials after a role
    ("CW AP unable to reach PGM, left VM.", [("name", "AP")]),
    ("RP: school counselor Ms. Dunn. AP: mom's bf Rick.", [("name", "Dunn"), ("name", "Rick")]),
    # a double surname of two words standing alone, where a person's cue stands beside it
    ("Rivers-Hall called about the subpoena.", [("name", "Rivers-Hall")]),
    ("Hall-Bishop's report was faxed.", [("name", "Hall-Bishop")]),
    ("Green-Rose and I did the shredding.", [("name", "Green-Rose")]),
    ("Mark will start school in the fall.", [("name", "Mark")]),
    ("Grace will be placed with her aunt.", [("name", "Grace")]),
    ("Rose can come home Friday.", [("name", "Rose")]),
    # a rural address of Wisconsin's grid, a compass letter before the house number
    ("Home: W1234 County Rd K, Merrill, WI", [("address", "W1234 County Rd K, Merrill, WI")]),
    ("N6721 US Highway 45 is the fire number", [("address", "N6721 US Highway 45")]),
    # a roster's entry: a given name opening a line, a date at least two years back, and
    # what closes the entry
    ("Jayden 3/4/19 - placed w/ aunt", [("name", "Jayden"), ("dob", "3/4/19")]),
    ("Roster:\nMaya 2/2/2016\nLuis 5/9/2018",
     [("name", "Maya"), ("dob", "2/2/2016"), ("name", "Luis"), ("dob", "5/9/2018")]),
    ("Jayden 3/4/19 visit went fine", [("name", "Jayden")]),
    # a list of surnames found one word each holds one more that is a word too
    ("Transfers: Garcia (3 kids), Nguyen, Smith-Jones, Hall",
     [("name", "Garcia"), ("name", "Nguyen"), ("name", "Smith-Jones"), ("name", "Hall")]),
    ("Handing off: Rivers, Banks, Church", [("name", "Rivers"), ("name", "Banks"),
                                            ("name", "Church")]),
    ("Handing off: Rivers, Banks, Church Street", [("name", "Rivers"), ("name", "Banks")]),
    ("Garcia, Nguyen, Monday", [("name", "Garcia"), ("name", "Nguyen")]),
    ("teléfono: 555-0144", [("phone", "555-0144")]),
    # a report's number: a year, a county's three digits and a serial, after a weak link
    ("CPS report 2026-117-0482", [("case_number", "2026-117-0482")]),
    ("CPS report 037-2025-1142", [("case_number", "037-2025-1142")]),
    ("Intake #: 24-0031187\nPrior: 23-0019944 (unfounded 04/2023)",
     [("case_number", "24-0031187"), ("case_number", "23-0019944")]),
    ("vive en 3310 calle del sol", [("address", "3310 calle del sol")]),
    ("dirección: 2207 Calle Encino, Unidad 4, San Benito, TX 78599",
     [("address", "2207 Calle Encino, Unidad 4, San Benito, TX 78599")]),
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
    ("Hope didn't say a word the whole drive.", [("name", "Hope")]),
    ("The kid — River — had been in eleven homes.", [("name", "River")]),
    ("The Jacksons want to adopt the baby.", [("name", "Jacksons")]),
    ("Rose wouldn't let go of my hand.", [("name", "Rose")]),
    ("king is 4 and loves trucks", [("name", "king")]),
    ("picked up tariku @ 3", [("name", "tariku")]),
    ("drove akoni to practice", [("name", "akoni")]),
    ("visit w/ kemem went ok", [("name", "kemem")]),
    ("kemem is sick today", [("name", "kemem")]),
    ("lijon got suspended again", [("name", "lijon")]),
    ("kemem n lijon r fighting", [("name", "kemem"), ("name", "lijon")]),
    ("tarikus dad called", [("name", "tarikus")]),
    ("Mother: MORALES, TANYA", [("name", "MORALES, TANYA")]),
    ("kids r w/ grace now til court", [("name", "grace")]),
    ("a youth named destiny aged out with nothing", [("name", "destiny")]),
    ("so the worker calls grandma rose and she says no", [("name", "rose")]),
    ("the mom, crystal, was using again", [("name", "crystal")]),
    ("Dana Rivers is where she should be, in treatment.", [("name", "Dana Rivers")]),
    ("Grant's case # 24-11873 was closed in May.", [("name", "Grant"), ("case_number", "24-11873")]),
    # a given name and a surname an organisation's name could hold, set off after a role
    ("Our supervisor, Grace Hall, signed the release.", [("name", "Grace Hall")]),
    ("Our adoption worker, Sunny Park, kept every thank-you note.", [("name", "Sunny Park")]),
    # which of the children, set off after a given name that is an everyday word
    ("Melody, the younger one, only eats white foods.", [("name", "Melody")]),
    ("Summer can be reached at (555) 555-0134 after school.",
     [("name", "Summer"), ("phone", "(555) 555-0134")]),
    # surnames listed after "the" before their families' noun
    ("Word copies of reports for the Ferreira, Lindgren and Ahmadi families",
     [("name", "Ferreira"), ("name", "Lindgren"), ("name", "Ahmadi")]),
    ("01/22\tinsurer\tletter\tCLM 55-108274\tsent to the payer",
     [("case_number", "55-108274")]),
    # common surnames the lists also hold as a colour, a faith's word or a brand
    ("Dana White called about the visit.", [("name", "Dana White")]),
    ("Maria Molina asked for the report in Spanish.", [("name", "Maria Molina")]),
    ("I told Sofia Kaiser I would call back.", [("name", "Sofia Kaiser")]),
    ("I met with Maria Foster at the office.", [("name", "Maria Foster")]),
    ("Maria Judge called about the visit.", [("name", "Maria Judge")]),
    ("Ms. Foster called about the visit.", [("name", "Foster")]),
    ("I asked Mr. West for the signed release.", [("name", "West")]),
    ("The Jackson family moved to a new apartment.", [("name", "Jackson")]),
    ("We met the Molina family at the office.", [("name", "Molina")]),
    ("We met the Edwards family at the office.", [("name", "Edwards")]),
    ("Dana Rivers-Hall called about the visit.", [("name", "Dana Rivers-Hall")]),
    ("Hall, the dad, called at noon about the visit.", [("name", "Hall")]),
    # "The", then a surname that is a street's, place's or title's word too, then "family"
    ("The Lane family moved to a new apartment in May.", [("name", "Lane")]),
    ("The West family was referred by the school.", [("name", "West")]),
    ("The Bishop family asked for a Spanish interpreter.", [("name", "Bishop")]),
    # a kin's title that is a name too, as a nickname after a naming verb
    ('Father Roberto Salcedo, also known as "Tito," was served by publication.',
     [("name", "Roberto Salcedo"), ("name", "Tito")]),
    # a given name's possessive before a relative's word, which no brand or people has
    ("John's mom called about the visit.", [("name", "John")]),
    ("Yesterday Karen's dad picked them up from school.", [("name", "Karen")]),
    ("Dear John, thank you for the update on the visit.", [("name", "John")]),
    # given names of many babies that the lists call a faith's word, as the one met
    ("I met with Christian at the office.", [("name", "Christian")]),
    ("I talked to Jesus and his mom about the move.", [("name", "Jesus")]),
    # Korean kin words used as titles
    ("Halmoni Park only talks to me when her grandson is there.", [("name", "Park")]),
    # Romanian given names, which the US lists hold too rarely
    ("Florin and Ionela asked for a Romanian interpreter.",
     [("name", "Florin"), ("name", "Ionela")]),
    ("Kemem drove to the office alone.", [("name", "Kemem")]),
    ("omg kemem ran away again", [("name", "kemem")]),
    ("Dad and Lomasi went fishing.", [("name", "Lomasi")]),
    ("Both Kemem and Lijon were asleep.", [("name", "Kemem"), ("name", "Lijon")]),
    ("We placed Kemem with his grandmother.", [("name", "Kemem")]),
    ("Ask Lomasi about her braces.", [("name", "Lomasi")]),
    ("ximenas abuela is sick", [("name", "ximenas")]),
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
    # a street named by its number, the house's number alone after "#" as Mexico writes it,
    # or the crossing's as Colombia does; with the neighbourhood after it
    ("mail to Calle 5 #312 came back", [("address", "Calle 5 #312")]),
    ("la abuela vive en Calle 13 #45-67, Barrio Centro, Medellín",
     [("address", "Calle 13 #45-67, Barrio Centro")]),
    ("Carrera 7 No. 12-30, Col. Roma is the uncle's",
     [("address", "Carrera 7 No. 12-30, Col. Roma")]),
    ("Mail to RR 2 Box 41, Kamiah, ID 83536 comes back.",
     [("address", "RR 2 Box 41, Kamiah, ID 83536")]),
    ("the intake sheet said dob 030419", [("dob", "030419")]),
    ("dijo que nació el 4 de marzo de 2019", [("dob", "4 de marzo de 2019")]),
    ("fecha de nacimiento 15/08/2017 on the papers", [("dob", "15/08/2017")]),
    ("hearing on jv-24-00317 got continued", [("case_number", "jv-24-00317")]),
    ("DV hx per police rpt PD24-118832.", [("case_number", "PD24-118832")]),
    ("last 4 of ss 4821 for the housing referral", [("ssn", "4821")]),
    ("A# 201-555-331 on the copy she brought", [("id_number", "201-555-331")]),
    ("the sheriff's rpt # 24-118832 is in the file", [("case_number", "24-118832")]),
    ("CR# 24-118832 has the officer's narrative", [("case_number", "24-118832")]),
    ("event # E24-118832 from dispatch", [("case_number", "E24-118832")]),
    ("ODL 1234567 is suspended", [("id_number", "1234567")]),
    ("plates 8KLM204 were seen at the school", [("id_number", "8KLM204")]),
    ("probation # P-44812 per his PO", [("id_number", "P-44812")]),
    ("PID 4481227 is the one in the state system", [("id_number", "4481227")]),
    ("DOB 12-Jan-2015 on the hospital band", [("dob", "12-Jan-2015")]),
    ("DOB-3/4/19 on the sticky note", [("dob", "3/4/19")]),
    ("b/d 3/4/19 per mom", [("dob", "3/4/19")]),
    ("she turned 16 on Feb 2 and nobody came", [("dob", "Feb 2")]),
    ("she'll be 6 on 3/4, so we moved the visit", [("dob", "3/4")]),
    ("birth: 3/4/2019 (hospital record)", [("dob", "3/4/2019")]),
    ("DOB 12JAN2015 per the EHR", [("dob", "12JAN2015")]),
    # a word-name opening a message, then what is said of a worker or a child on a working day
    ("will is out sick today", [("name", "will")]),
    ("hope is running late, pls start w/o her", [("name", "hope")]),
    ("Joy is covering intake until noon.", [("name", "Joy")]),
    ("grace will have the file by noon", [("name", "grace")]),
    ("Rich approved the overtime.", [("name", "Rich")]),
    ("woods is the on-call supervisor", [("name", "woods")]),
    ("Wade is the youth's probation officer.", [("name", "Wade")]),
    ("Pookie answered the door.", [("name", "Pookie")]),
    ("sandy in HR said the paperwork is fine", [("name", "sandy")]),
    ("Frank from maintenance fixed the lock.", [("name", "Frank")]),
    ("dale the foster dad called about the school bus", [("name", "dale")]),
    ("ivy is teething, fp up all night", [("name", "ivy")]),
    # whose kin or birthday, as a message says it with no "'s"
    ("faith bday is sat, fp wants to do cake at the visit", [("name", "faith")]),
    ("blue mom dropped off diapers", [("name", "blue")]),
    ("me and grace at the park til 5", [("name", "grace")]),
    ("is faith still w the aunt", [("name", "faith")]),
    ("dropping faith off at her dads after school", [("name", "faith")]),
    ("grace sleeping finally, fp says thank u", [("name", "grace")]),
    ("can someone check on destiny, fp not answering", [("name", "destiny")]),
    ("faith w me til 5 then back to the fp", [("name", "faith")]),
    ("blue is w the aunt this wknd", [("name", "blue")]),
    ("honor ran off again after dinner", [("name", "honor")]),
    # a school's year, as said of a child
    ("Grace is repeating 3rd grade.", [("name", "Grace")]),
    ("Charity is a 7th grader at Lincoln.", [("name", "Charity")]),
    ("joy was starting first grade in the fall", [("name", "joy")]),
    # a month that is also a given name, as the person spoken to
    ("I met with June yesterday about the kids.", [("name", "June")]),
    ("I talked to April about school.", [("name", "April")]),
    # ... one of two, or named in brackets after a kin word
    ("June and I talked about school.", [("name", "June")]),
    ("Mom (April) was late to the visit.", [("name", "April")]),
    # ... and of a given name that is also a title, opening a sentence
    ("Justice is in 3rd grade now.", [("name", "Justice")]),
    ("Bishop is out sick today, so I took his visits.", [("name", "Bishop")]),
    # a given name that is also a word, one of two with "I", opening a sentence
    ("Blue and I drove to the courthouse.", [("name", "Blue")]),
    # marks found on a child, "on" whom
    ("A teacher noticed bruises on Grace.", [("name", "Grace")]),
    ("harmony and melody twins", [("name", "harmony"), ("name", "melody")]),
    # workers' initials in lowercase: opening a clause, before a role, after thanks
    ("tb out today, jm covering", [("name", "tb"), ("name", "jm")]),
    ("mp sup, rl CASA", [("name", "mp"), ("name", "rl")]),
    ("hg (GAL) wants a call", [("name", "hg")]),
    ("pv called OR DHS for the ICWA inquiry", [("name", "pv")]),
    ("ty jm", [("name", "jm")]),
    ("send to cj b4 5", [("name", "cj")]),
    ("Visit supervised by BN, no concerns", [("name", "BN")]),
    ("hopes mom texted me at 2am again", [("name", "hopes")]),
    # chat: the person a message goes to or comes from, pairs typed with "n", possessives
    # typed without an apostrophe before "new", "half" and the like
    ("hey deb r u in office rn", [("name", "deb")]),
    ("Ms. Rogers called about her son.", [("name", "Rogers")]),
    ("KT and her brother were placed separately for eight months.", [("name", "KT")]),
    ("Its Anthony R. Castellano 3-22-89 the dad.",
     [("name", "Anthony R. Castellano"), ("dob", "3-22-89")]),
    ("I'm sending my info: Marcus Allen Greer, 01-17-1985",
     [("name", "Marcus Allen Greer"), ("dob", "01-17-1985")]),
    ("la abuela paterna, doña Chayo, quiere hablar con usted", [("name", "Chayo")]),
    ("mi hija Yare cumple 6 años el viernes", [("name", "Yare")]),
    ("M.O., age 7, disclosed at the forensic interview.", [("name", "M.O.")]),
    ("The foster home at 7724 Bluebonnet Court, Dayton was named in the slide notes.",
     [("address", "7724 Bluebonnet Court, Dayton")]),
    ("Bablu is the pet name for the middle son.", [("name", "Bablu")]),
    ("Seryozha is what his wife calls him.", [("name", "Seryozha")]),
    ("Moose is dad's street name per the police report", [("name", "Moose")]),
    ("The GAL on Mateo's case asked for my notes directly.", [("name", "Mateo")]),
    ("@deb can u approve overtime", [("name", "deb")]),
    ("its crystal, i did my UA today", [("name", "crystal")]),
    ("hi this is carla from the school", [("name", "carla")]),
    ("misty here did u get my cert", [("name", "misty")]),
    ("ray: yes closing fri", [("name", "ray")]),
    ("faith n grace are twins right?", [("name", "faith"), ("name", "grace")]),
    ("covering tashas caseload this wk", [("name", "tashas")]),
    ("tj is cjs half brother", [("name", "tj"), ("name", "cjs")]),
    ("rosas caseload is at 19 rn", [("name", "rosas")]),
    ("Looping in Jamal for visibility.", [("name", "Jamal")]),
    ("Present: Judge Soo-min Park; Deputy District Attorney",
     [("name", "Soo-min Park")]),
    ("In the matter of the Termination of Parental Rights of Destiny Shavon Williams.",
     [("name", "Destiny Shavon Williams")]),
    ("so I put HPX0038872 on the insurer's form", [("id_number", "HPX0038872")]),
    ("I once wrote A1234-77812 on the back of my hand", [("id_number", "A1234-77812")]),
    ("mtg w/ RB + CW at 2", [("name", "RB")]),
    ("staffed w/ JLH 3/14", [("name", "JLH")]),
    ("RB (SW) will call back w/ the safety plan", [("name", "RB")]),
    ("A.M. (child, 6) disclosed to teacher", [("name", "A.M.")]),
    ("K.C., D.C., and B.C. (sibs) all at MGM's",
     [("name", "K.C."), ("name", "D.C."), ("name", "B.C.")]),
    # numbers of the second numbers round (extra21)
    ("entered 11/30/2022 as the dob in the system", [("dob", "11/30/2022")]),
    ("newborn 10/02/24 tox screen came back", [("dob", "10/02/24")]),
    ("child B: Elijah Marsh, 1/7/17, M, kindergarten",
     [("name", "Elijah Marsh"), ("dob", "1/7/17")]),
    ("SS 538920147 typed into the notes field", [("ssn", "538920147")]),
    ("ends in 4410 (SSN) per the benefits letter", [("ssn", "4410")]),
    ("last 4 of ss = 7753", [("ssn", "7753")]),
    ("SSN: 533 - 09 - 4471 (mom wrote it with spaces)", [("ssn", "533 - 09 - 4471")]),
    ("ssn *****6613 shows on the award letter", [("ssn", "*****6613")]),
    ("dad's SS# ends w/ 0038", [("ssn", "0038")]),
    ("FACTS # 9921874 for the family", [("case_number", "9921874")]),
    ("caso número JV23-1188 en el juzgado", [("case_number", "JV23-1188")]),
    ("appeal A182204 still pending", [("case_number", "A182204")]),
    ("ICPC tracking # OR-WA-24-0071", [("case_number", "OR-WA-24-0071")]),
    ("the ER visit is under encounter # E-4471020", [("case_number", "E-4471020")]),
    ("WIC # 559201 transferred to the new county", [("id_number", "559201")]),
    ("certificate of degree of indian blood # 11087", [("id_number", "11087")]),
    ("SNAP card ends in 0091", [("id_number", "0091")]),
    ("placa JKL 9021, carro rojo", [("id_number", "JKL 9021")]),
    ("foster cert 14-0082 renewed", [("id_number", "14-0082")]),
    ("new address 221 S.E. Oak St. #4, Portland",
     [("address", "221 S.E. Oak St. #4, Portland")]),
    ("ICPC home study for 2819 Pine Ridge Dr, Boise ID 83706",
     [("address", "2819 Pine Ridge Dr, Boise ID 83706")]),
    ("unit B, 1133 Juniper Ln, Redmond", [("address", "1133 Juniper Ln, Redmond")]),
    ("I texted my supervisor intake IN-601288 from a grocery store",
     [("case_number", "IN-601288")]),
    ("The last four, 7720, were printed on a pay stub", [("ssn", "7720")]),
    ("she ages out on the 21st of August, her 21st birthday", [("dob", "21st of August")]),
    ("her e-mail is marisol dot ortega at example dot org",
     [("email", "marisol dot ortega at example dot org")]),
    # abbreviations of birth, a full stop or an ellipsis before the date
    ("b.d. 2/29/2016 (leap day)", [("dob", "2/29/2016")]),
    ("d/o/b 9-2-91 per mom's ID", [("dob", "9-2-91")]),
    ("Fecha de nac. 23 de enero de 2025", [("dob", "23 de enero de 2025")]),
    ("DOB... 3 / 4 / 2019 (spaces from the scanned form)", [("dob", "3 / 4 / 2019")]),
    # SSN words and links: "soc", a last four after brackets or a dash, "last4"
    ("soc ending 4412, confirmed with the liaison", [("ssn", "4412")]),
    ("SSN (last 4): 8832", [("ssn", "8832")]),
    ("SSN ending -6045", [("ssn", "6045")]),
    ("child's ss last4 4820", [("ssn", "4820")]),
    # a card's last digits and a taxpayer number are ids, not SSNs
    ("EBT card last 4 0082 for the store", [("id_number", "0082")]),
    ("ITIN 912-70-1234 belongs to dad", [("id_number", "912-70-1234")]),
    ("DL WA-SMITHJ123AB on the stop report", [("id_number", "WA-SMITHJ123AB")]),
    ("certified resource home # RH118420", [("id_number", "RH118420")]),
    ("consular ID (matrícula) M0098172", [("id_number", "M0098172")]),
    ("A# A219004512 on the notice", [("id_number", "A219004512")]),
    ("referral 1187765 came in overnight", [("case_number", "1187765")]),
    ("CPS intake 24-33019 was screened in", [("case_number", "24-33019")]),
    ("ICPC-24-OR-0338 is still pending", [("case_number", "ICPC-24-OR-0338")]),
    ("u can reach him on whatsapp +52 1 55 5555 0147", [("phone", "+52 1 55 5555 0147")]),
    ("visit moved to the 1st floor of 212 W. 4th", [("address", "212 W. 4th")]),
    ("mail to P.O. Box 2207, Pendleton.", [("address", "P.O. Box 2207, Pendleton")]),
    ("Send it to PO Box 12, Attn: Intake Unit.", [("address", "PO Box 12")]),
    ("DOB Jan-12-2015", [("dob", "Jan-12-2015")]),
    ("she was born March the 3rd, 2016", [("dob", "March the 3rd, 2016")]),
    ("DOB 3 / 4 / 2019 on the form", [("dob", "3 / 4 / 2019")]),
    ("mail goes to HC 61 Box 1190 now", [("address", "HC 61 Box 1190")]),
    ("she read it out: 5 0 3 5 5 5 0 1 7 8.", [("phone", "5 0 3 5 5 5 0 1 7 8")]),
    ("his number: 555–0144", [("phone", "555–0144")]),
    ("call 503.555.01.44 after six", [("phone", "503.555.01.44")]),
    ("they rent 17 1/2 Elm St from her uncle", [("address", "17 1/2 Elm St")]),
    ("the shelter at 1500 Martin Luther King Jr. Way",
     [("address", "1500 Martin Luther King Jr. Way")]),
    ("moved into 17-B Rosewood Ct", [("address", "17-B Rosewood Ct")]),
    ("she is at 212 1st Ave now", [("address", "212 1st Ave")]),
    ("police were called to the 400 block of Maple", [("address", "400 block of Maple")]),
    ("Dad rents the blue house at 77 Kimball, the one with the ramp.", [("address", "77 Kimball")]),
    ("Hunter slammed the door and left.", [("name", "Hunter")]),
    ("Mason punched the wall at the visit.", [("name", "Mason")]),
    ("I was harder on Crystal than on her brother.", [("name", "Crystal")]),
    ("I checked on Hope twice that night.", [("name", "Hope")]),
    ("the same Johnsons on my caseload again", [("name", "Johnsons")]),
    ("The other Garcias moved to Fresno.", [("name", "Garcias")]),
    ("KT f/u w/ school tmrw", [("name", "KT")]),
    ("JM l/m for mom re: visit", [("name", "JM")]),
    ("pls look up ref 23-118406 b4 court", [("case_number", "23-118406")]),
    ("RB to call GAL before the FTM", [("name", "RB")]),
    ("KW and NR to co-facilitate the FTM", [("name", "KW"), ("name", "NR")]),
    # (AP, the alleged perpetrator of a report, is a role since the thirty-seventh session)
    ("discussed the ICWA notice with KP, tribe responded", [("name", "KP")]),
    ("FTM w PRH and tribe rep went well", [("name", "PRH")]),
    ("EJ refused UA, GAL informed", [("name", "EJ")]),
    ("Hazel Two Bulls drove four hours to the hearing.", [("name", "Hazel Two Bulls")]),
    ("I sat with Wapun Many Horses while she read the plan.", [("name", "Wapun Many Horses")]),
    ("talked to price about his court date", [("name", "price")]),
    ("visit w brooks went long", [("name", "brooks")]),
    ("took hunter to get a haircut", [("name", "hunter")]),
    ("took miles to the park after school", [("name", "miles")]),
    ("visit supervised by BN, no concerns", [("name", "BN")]),
    ("I saw 2/28/2006 on a fax from the school", [("dob", "2/28/2006")]),
    ("DOB 4.2.11, per the birth certificate", [("dob", "4.2.11")]),
    ("mom's line is 503-555-0100, text first", [("phone", "503-555-0100")]),
    ("his SSN ends in 1985, per the card", [("ssn", "1985")]),
    ("case no. 2291 files are in the cabinet", [("case_number", "2291")]),
    ("Case #988 was screened in on Monday", [("case_number", "988")]),
    ("moody family called twice about the visit", [("name", "moody")]),
    ("dropped off joy and rose at school", [("name", "joy"), ("name", "rose")]),
    ("picked up sione n lagi at grandmas", [("name", "sione"), ("name", "lagi")]),
    ("joy and her mom came to the visit", [("name", "joy")]),
    ("kiosi finally ate something lol", [("name", "kiosi")]),
    ("ok so gammachuu told his teacher everything", [("name", "gammachuu")]),
    ("Will needs his meds before the visit.", [("name", "Will")]),
    ("Brooks kept asking when he could go home.", [("name", "Brooks")]),
    ("Sky hasn't slept well since the move.", [("name", "Sky")]),
    ("Joy hid under the table when the police came.", [("name", "Joy")]),
    ("me n will r covering the line tonight", [("name", "will")]),
    ("will n his sister are together again", [("name", "will")]),
    ("incident IR-88213 is the one with the broken arm", [("case_number", "IR-88213")]),
    ("Iron Shell family offered to take all three kids.", [("name", "Iron Shell")]),
    # numbers in the shapes of extra9.txt (2026-11-30)
    ("the van had plate 731 RQD when it left", [("id_number", "731 RQD")]),
    ("Medicaid IDs QT20411C, QT20412C and QT20413C for the twins and baby",
     [("id_number", "QT20411C"), ("id_number", "QT20412C"), ("id_number", "QT20413C")]),
    ("mom's EBT card ending 7310 was stolen", [("id_number", "7310")]),
    ("CPS #6620419 is the older report", [("case_number", "6620419")]),
    ("appeal no. B220917 was filed late", [("case_number", "B220917")]),
    ("court file 3KN-23-00881 was sealed", [("case_number", "3KN-23-00881")]),
    ("tag XKD-4410 on the truck", [("id_number", "XKD-4410")]),
    ("7/22/18 is his DOB per the birth certificate", [("dob", "7/22/18")]),

    # meeting minutes and notes with initials (extra11's register, in sentences of our own)
    ("Attendees: PQ, Leticia and WZ", [("name", "PQ"), ("name", "Leticia"), ("name", "WZ")]),
    ("Case reassigned to VR.", [("name", "VR")]),
    ("home visit w/ fa (GX) went long", [("name", "GX")]),
    ("- NP: draft the court report by Fri", [("name", "NP")]),
    ("BK to confirm the interpreter for Tues", [("name", "BK")]),
    ("Q.V. asked to see her own file", [("name", "Q.V.")]),
    ("Discussed: W.K. (age 9) and his sister", [("name", "W.K.")]),
    # a kin word before a name, and names listed together
    ("Dad Bolaji missed the visit again", [("name", "Bolaji")]),
    ("Mom Ximena called about the bus", [("name", "Ximena")]),
    ("siblings Oyelaran, Tuilagi and Ngata are placed together",
     [("name", "Oyelaran"), ("name", "Tuilagi"), ("name", "Ngata")]),
    ("Maria, Dolores and Tsosie came to the meeting",
     [("name", "Maria"), ("name", "Dolores"), ("name", "Tsosie")]),
    # word-names opening a message, with an adverb before what is said of them
    ("omg journey finally said thank you", [("name", "journey")]),
    ("ok so summer is still refusing her meds", [("name", "summer")]),
    ("Destiny was suspended again on Friday", [("name", "Destiny")]),
    # greetings, sign-offs and notes between workers
    ("Dear Oyelaran, I am sorry about the hallway.", [("name", "Oyelaran")]),
    ("Si Nonoy the cousin drove them home", [("name", "Nonoy")]),
    ("Can you cover the 3pm? -VB", [("name", "VB")]),
    ("GQ & HW to co-facilitate the TDM", [("name", "GQ"), ("name", "HW")]),
    ("GQ - can u cover my 2pm", [("name", "GQ")]),
    ("GQ is out sick, visits moved", [("name", "GQ")]),
    ("Bautista was born in Manila", [("name", "Bautista")]),
    ("Medicaid ID for Temperance is QK-4410-221-07", [("name", "Temperance"),
                                                      ("id_number", "QK-4410-221-07")]),
    ("Medi-Cal BIC #90441207G is on the card", [("id_number", "90441207G")]),
    ("the hotline report 2023-552190 was screened out", [("case_number", "2023-552190")]),
    # chat: word-names opening a message before what they do, lowercase initials
    ("ivy starts kinder in the fall", [("name", "ivy")]),
    ("tamati needs boots for winter", [("name", "tamati")]),
    ("ask vq she has the file", [("name", "vq")]),
    ("per zj we hold off on the referral", [("name", "zj")]),
    ("qb and vz are covering intake tonight", [("name", "qb"), ("name", "vz")]),
    # an age with no unit after a given name that is a word too
    ("Sky is 4 and loves the trains at the library", [("name", "Sky")]),
    ("Reed was 11, still in his first placement", [("name", "Reed")]),
    # kin titles of other languages, particles inside a name, a role's word as a surname
    ("Khala Samira Haddad will take the baby", [("name", "Samira Haddad")]),
    ("Ask Dadi Kamla about the recipe", [("name", "Kamla")]),
    ("Maria Clara da Costa is the grandmother", [("name", "Maria Clara da Costa")]),
    ("the new worker, Lamar Foster, called", [("name", "Lamar Foster")]),
    ("A. Rahimi called back about the ride", [("name", "A. Rahimi")]),
    # a word-name joined in chat to a name found: opening the message, or before a modal
    ("tomas n ivy can come sat", [("name", "tomas"), ("name", "ivy")]),
    ("ruby and abdirahman at the dentist til 2", [("name", "ruby"), ("name", "abdirahman")]),
    ("ok so dawn and keisha both want the van", [("name", "dawn"), ("name", "keisha")]),
    ("i hope and pray maria calls", [("name", "maria")]),
    # a word-name opening a message before a surname: a full name in lowercase
    ("hope nakamura called about the ride", [("name", "hope nakamura")]),
    # record numbers by their shape after a keyword that is an everyday word too, chat's "cs#",
    # and a licence of the holder's name run into digits
    ("Intake INT-240117-03 went to the night team", [("case_number", "INT-240117-03")]),
    ("reference FC2023-0117 on the fax cover", [("case_number", "FC2023-0117")]),
    ("pls put cs# 4471 in the subject line", [("case_number", "4471")]),
    ("her license is HOLLOWJ552KD per the DMV letter", [("id_number", "HOLLOWJ552KD")]),
    ("WIC card 7741 2290 1184 was in the diaper bag", [("id_number", "7741 2290 1184")]),
    # a unit after a Spanish street's name is the address's, not a word of the street
    ("she lives at 1420 Calle Ocho Apt 3B", [("address", "1420 Calle Ocho Apt 3B")]),
    # a month that is a given name, in lowercase: before a verb only people do, after "@";
    # a role written short after a word-name and "the"
    ("april told me the visit moved", [("name", "april")]),
    ("@june can u cover fri", [("name", "june")]),
    ("ginger the gal is out today", [("name", "ginger")]),
    # roles of the work beyond the family's and the agency's; a month joined to a given name
    ("Hunter was the paralegal who sent the file.", [("name", "Hunter")]),
    ("June and Omar are the foster parents.", [("name", "June"), ("name", "Omar")]),
    # what the work and the courts do to a person, said of a word-name
    ("Faith was reunified with her mom in the fall.", [("name", "Faith")]),
    ("Summer was diagnosed with asthma last winter.", [("name", "Summer")]),
    # chat: two word-names joined by "n", then "both"; where a person is, what a child did
    ("jade n ruby both have the flu", [("name", "jade"), ("name", "ruby")]),
    ("ginger is at the front desk for you", [("name", "ginger")]),
    ("hunter ran again last night", [("name", "hunter")]),
    # a surname that is a word and a given name too, before "family" or "household"
    ("banks household is asking about respite", [("name", "banks")]),
    ("price family signed the safety plan", [("name", "price")]),
    ("grace is out of the office til monday", [("name", "grace")]),
    ("joy was at the visit and did great", [("name", "joy")]),
    # which child of the family, by age: a nickname or a word-name
    ("Pumpkin is the 3 yr old, very shy", [("name", "Pumpkin")]),
    ("rose is the 10-year-old, she does the talking", [("name", "rose")]),
    # an everyday word after "goes by": a nickname
    ('Her uncle goes by "Nacho" at work', [("name", "Nacho")]),
    ('Mom goes by "Cookie" now', [("name", "Cookie")]),
    # an age in words after an adverb; a role after "my" and a word
    ("Joy is only four and very shy.", [("name", "Joy")]),
    ("Hope was my field instructor that year.", [("name", "Hope")]),
    # a word-name, "the" and a role, then what the person did; chat's "&" and "cover for"
    ("Rose the foster mom called about the release.", [("name", "Rose")]),
    ("joy & ruby both need rides sat", [("name", "joy"), ("name", "ruby")]),
    ("can u cover for summer at 3", [("name", "summer")]),
    # an everyday word opening a sentence, a nickname by what only people do or are called
    ("Muffin giggled when the judge asked his name.", [("name", "Muffin")]),
    ("Pudding is what the other kids call him.", [("name", "Pudding")]),
    ("Noodle wouldn't let go of his grandpa's hand.", [("name", "Noodle")]),
    ("Bug is the baby, 8 months.", [("name", "Bug")]),
    ("banks is the GAL on both cases now", [("name", "banks")]),
    # a word-name's possessive typed with no apostrophe, after a word that takes an object
    ("pls bring joys inhaler to the visit", [("name", "joys")]),
    ("who has graces file", [("name", "graces")]),
    # a given name that is a title's word too, after a kin word used as a title
    ("uncle deacon drove them to school", [("name", "deacon")]),
    # a name set against the made-up one the writer should have used: a real person's
    ('I said "Keisha" in the training room instead of using a pseudonym.', [("name", "Keisha")]),
    ("During the role-play the trainer said Corwin instead of the made-up name.",
     [("name", "Corwin")]),
    # ... and a month that is a given name, before what only people do
    ("Biscuit pouted all through the car ride.", [("name", "Biscuit")]),
    ("August slept on my shoulder the whole hearing.", [("name", "August")]),
    ("May sat with her brother in the lobby.", [("name", "May")]),
    # chat: a question about a word-name, a pair and where they are, a no-show
    ("did hunter sign the ROI yet", [("name", "hunter")]),
    ("has joy called back", [("name", "joy")]),
    ("jade n river r in court til 3", [("name", "jade"), ("name", "river")]),
    ("ruby no showed again", [("name", "ruby")]),
    ("legend says hi, he saw ur car", [("name", "legend")]),
    ("amber relapsed, UA came back pos", [("name", "amber")]),
    ("serenity wont eat veggies", [("name", "serenity")]),
    ("april is on leave till monday", [("name", "april")]),
    # a word-name opening a sentence, at a place named by its capital, or with the kids
    ("Grace is at Lincoln Elementary now.", [("name", "Grace")]),
    ("Joy has the kids in the lobby.", [("name", "Joy")]),
    # a title in title case: a name that is no word, apart from the organisation's word
    ("Slide 4: Why Tavita Left The Group Home Early", [("name", "Tavita")]),
    ("Mercy has a new caseworker as of Monday.", [("name", "Mercy")]),
    # a word said twice: a nickname
    ("Bay-Bay asked for her mom again.", [("name", "Bay-Bay")]),
    ("April from HR said no to the overtime.", [("name", "April")]),
    # two capitals that no list knows, with no cue around them: a person's initials
    ("Discussed placement options with QT and the grandmother.", [("name", "QT")]),
    ("4pm - supervision KT", [("name", "KT")]),
    ("Caseload: Bao at 19, KL at 21, KL over cap.", [("name", "Bao"), ("name", "KL"),
                                                     ("name", "KL")]),
    ("Per RB at DHS reception, client dropped off forms.", [("name", "RB")]),
    # initials with a space after each full stop
    ("Spoke with J. R. about the visit.", [("name", "J. R.")]),
    ("Present: K. M., the GAL and mom.", [("name", "K. M.")]),
    # a name found once is the same name where it stands again, with no cue there
    ("Grace did well at school. Her teacher said Grace reads a lot now.",
     [("name", "Grace"), ("name", "Grace")]),
    ("Will said he would come. Will you call him back?", [("name", "Will")]),
    # a form's dotted leader between a date of birth's keyword and the date
    ("Date of Birth......11/02/2015", [("dob", "11/02/2015")]),
    # a number shaped like an SSN after a member's or an immigrant's keyword: an id
    ("member ID: XJH 448 21 0937", [("id_number", "XJH 448 21 0937")]),
    ("alien number 123456789 is on the I-94", [("id_number", "123456789")]),
    ("card says 528-47-3305, the form says 528-47-3350", [("ssn", "528-47-3305"),
                                                           ("ssn", "528-47-3350")]),
    ("SACWIS # 4471902 is the referral", [("case_number", "4471902")]),
    # a town, its state and ZIP code after a unit with no comma; a street with no type
    ("her address: 55 Pine St Apt 2 Olympia WA 98501",
     [("address", "55 Pine St Apt 2 Olympia WA 98501")]),
    ("the shelter at 1200 Broadway has beds", [("address", "1200 Broadway")]),
    # a town, a state's code and a ZIP code with no comma; a box with no "PO", before a town
    # and a state's code
    ("her mail goes to Lincoln NE 68502 now", [("address", "Lincoln NE 68502")]),
    ("Return address on the letter was Box 33, Pine Ridge, SD.",
     [("address", "Box 33, Pine Ridge, SD")]),
    # a nickname others give, a phone call, names that changed: real people, not pseudonyms
    ("they call him Buddy at school and he hates it", [("name", "Buddy")]),
    ("I'll call Rosa tomorrow about the visit.", [("name", "Rosa")]),
    ("The names changed after the adoption, so Dana and Lee have new ones.",
     [("name", "Dana"), ("name", "Lee")]),
    # a person in a list with a made-up one, or with other words in brackets after her
    ("Dana (not real), Lee and Sam came to the staffing.", [("name", "Lee"), ("name", "Sam")]),
    ("Yesterday Dana (the GAL) made up her mind.", [("name", "Dana")]),
    ("Yesterday Maria made up a story about the visit.", [("name", "Maria")]),
    # a quoted name beside "fake" or "pretend" that says nothing of the name
    ('Dana said "Marcus" gave her a fake ID at the shelter.', [("name", "Dana"), ("name", "Marcus")]),
    ('The youth, "Tay" to his friends, had a fake ID.', [("name", "Tay")]),
    # a kin's title and a given name, though a TV show's aunt or uncle was called so too
    ("Uncle Phil picked them up from school on Friday.", [("name", "Phil")]),
    # a word-name opening a sentence, then a person's own bed, room or self
    ("Grace finally slept in her own bed on Tuesday.", [("name", "Grace")]),
    ("Hunter hurt himself on the trampoline at the foster home.", [("name", "Hunter")]),
    # people of the text listed with a famous one, after their role, or with a role before
    ("The twins, Elsa and Noelani, sat with Olaf from Frozen at the party.",
     [("name", "Noelani")]),
    ("My client Annie and Oliver Twist came up in group.", [("name", "Annie")]),
    # a list of the people of the case, glossed
    ("Maria, Jose, Luis: the names of the three kids on the referral.",
     [("name", "Maria"), ("name", "Jose"), ("name", "Luis")]),
    ("Dana, Lee and Kim are the new workers on my team.",
     [("name", "Dana"), ("name", "Lee"), ("name", "Kim")]),
    # ids in the plural before a list of them
    ("the twins got new ids 700418823 and 700418824",
     [("id_number", "700418823"), ("id_number", "700418824")]),
    # a call to a real person with a title, and words in brackets that say nothing made up
    ("I'll call Mr. Whitaker tomorrow about the visit.", [("name", "Whitaker")]),
    ("Yesterday Dana (the one who made up the story) called again.", [("name", "Dana")]),
    # a person who reads scripture aloud, and one named after a book of it, with no verse
    ("Yesterday Mark read John 3:16 to the group.", [("name", "Mark")]),
    ("Esther and her mom came to the visit on time.", [("name", "Esther")]),
    # a person before "counties" that closes no list of names
    ("Grant, my coworker, covers two counties now.", [("name", "Grant")]),
    # a person's own test results, after a possessive, stay a person's
    ("Dana's test results came back on Friday.", [("name", "Dana")]),
    # a real person who has the made-up name's name, said so right before it
    ('I used "Mary" as a fake name once, and a mom said her name was Mary too.',
     [("name", "Mary")]),
    # a word-name before a child's age in words, or on a worker's caseload
    ("Major is a twelve-year-old I work with.", [("name", "Major")]),
    ("King is on my caseload and his foster mom just texted me", [("name", "King")]),
    ("major is on my caseload, he turned 9 last week", [("name", "major")]),
    # a deacon is a title ("Deacon Okafor"), as a pastor is
    ("Deacon Okafor drove her to court", [("name", "Okafor")]),
    # a date of birth with its month in French
    ("Né le 3 février 2015, according to the birth certificate",
     [("dob", "3 février 2015")]),
    # an area code in brackets after an id's keyword is a phone's
    ("dad's probation: (225) 555-0101", [("phone", "(225) 555-0101")]),
    # e-mail addresses typed with a space after "@", or "at" in brackets
    ("email: jrivera@ example.com", [("email", "jrivera@ example.com")]),
    ("write to jrivera[at]example.com", [("email", "jrivera[at]example.com")]),
    # ... and "at" or "dot" in capitals
    ("her email is kpatel AT example DOT org", [("email", "kpatel AT example DOT org")]),
    ("write to kim [At] mail.org today", [("email", "kim [At] mail.org")]),
    # a space before the "@"; "at" said for "@" before a domain with its dots; "(dot)"
    # inside the name
    ("Her address is kelsey.m @example.net, with a space", [("email", "kelsey.m @example.net")]),
    ("her email is ms.glory.ann at example.net", [("email", "ms.glory.ann at example.net")]),
    ("write kim at example.org about it", [("email", "kim at example.org")]),
    ("Her new email: lakeisha(dot)grant(at)example(dot)com",
     [("email", "lakeisha(dot)grant(at)example(dot)com")]),
    # a word-name in lowercase, possessive, before a person's noun
    ("grace's visit moved to tues", [("name", "grace")]),
    # "dob" as chat writes it is no name
    ("dob: 3-4-88", [("dob", "3-4-88")]),
    # a last four after "ends w"; nine digits after "#" and a space are a record's, no SSN
    ("soc ends w 0192 per the packet", [("ssn", "0192")]),
    ("MA# 100234987 printed on the discharge papers", [("id_number", "100234987")]),
    # a box on a route written short, or on a star route with no number
    ("mail goes to Rt. 2 Box 44 now", [("address", "Rt. 2 Box 44")]),
    ("Route 2, Box 44 is the grandparents'", [("address", "Route 2, Box 44")]),
    ("HCR 65 Box 21 per the tribal office", [("address", "HCR 65 Box 21")]),
    # a Medicare number's groups of letters and digits; an intake's year, four digits and a
    # serial
    ("Medicare 1EG4-TE5-MK72 card copy", [("id_number", "1EG4-TE5-MK72")]),
    ("intake 2024-0412-07 was screened in", [("case_number", "2024-0412-07")]),
    # a warrant's number, a federal court's docket, an FBI number
    ("the warrant number W24-11873 was read aloud", [("case_number", "W24-11873")]),
    ("federal docket no. 3:24-cv-00117 came up", [("case_number", "3:24-cv-00117")]),
    ("her FBI number 123456AB7 was on the rap sheet", [("id_number", "123456AB7")]),
    # avenida written short; a unit's Spanish words
    ("the new place is 55 Av. Reforma, Depto 4 in the city",
     [("address", "55 Av. Reforma, Depto 4")]),
    ("she lives at 1420 Calle Ocho Interior 2 now", [("address", "1420 Calle Ocho Interior 2")]),
    # dotted capitals that are also an abbreviation, in a court's caption: a person's
    ("In re the Matter of A.M., a minor", [("name", "A.M.")]),
    ("RE: in re D.C., dependency hearing", [("name", "D.C.")]),
    # ... but not a caller's number left with it, nor a toll-free number of a person's
    # two capitals filling a role's field in a note, even a state's code or a title's
    ("Worker: JT   Sup: MR", [("name", "JT"), ("name", "MR")]),
    ("CW: AR, sup: MS", [("name", "AR"), ("name", "MS")]),
    # a state's code or a title's in capitals, before a worker's act, where no state is
    # spoken of
    ("AR called mom 2x, no answer, left VM", [("name", "AR")]),
    ("DE to f/u on housing", [("name", "DE")]),
    ("MS to schedule CFT next wk", [("name", "MS")]),
    ("- LT to send ROI to school by Fri", [("name", "LT")]),
    # a word-name or a month, then "is the" and a role
    ("Drew is the GAL on most of my cases.", [("name", "Drew")]),
    ("June is the foster mom who keeps a binder.", [("name", "June")]),
    # a month that is a given name, then "and his" or "herself", which no month takes; the
    # month where a month stands is not that name again
    ("August and his grandmother came to every hearing.", [("name", "August")]),
    ("We met in June for the review; June herself didn't come.", [("name", "June")]),
    # a name before its record's words and number: the words and the code's letters trimmed
    ("Jamal Medicaid ID M44120987", [("name", "Jamal"), ("id_number", "M44120987")]),
    ("Sefa Medicaid ID MA77310482 on the form", [("name", "Sefa"),
                                                   ("id_number", "MA77310482")]),
    # a word-name opening a sentence, then what only people do to others' words and things
    ("Honor overheard two workers talking about her mom.", [("name", "Honor")]),
    ("Chase stole a phone from the group home office.", [("name", "Chase")]),
    # a surname of everyday words after a title; a nickname after "Nicknamed" opening a line
    ("I ran into Mrs. Two Bulls at the Walmart.", [("name", "Two Bulls")]),
    ("Nicknamed Peanut by the NICU nurses, he's a loud toddler now.", [("name", "Peanut")]),
    # a message's writer signing it with a given name after its last sentence; a greeting
    # before a month that is a name too; nicknames after "went by", "nickname was"; a worker's
    # dotted initials after the role
    ("Is it okay to give it, or should the FP call them herself? Will", [("name", "Will")]),
    ("Hi Jun, the therapist wants the full court report.", [("name", "Jun")]),
    ("One of the boys went by Junebug in the car.", [("name", "Junebug")]),
    ("Sup M.O. reminded unit: no client info on personal phones.", [("name", "M.O.")]),
    ("price family signed the kin agreement", [("name", "price")]),
    ("I met a young Dana at intake", [("name", "Dana")]),
    ("Tanya Hall called about Ana Church's visit", [("name", "Tanya Hall"),
                                                     ("name", "Ana Church")]),
    # ... but a person's things, and what a person said
    ("Maria's book bag was left at the office; as Dana said, no names.",
     [("name", "Maria"), ("name", "Dana")]),
    ("I ran into Tyrone Jackson at the Juneteenth festival.", [("name", "Tyrone Jackson")]),
    # a chat's message pasted with its time and sender
    ("[11:20 AM] Jun Park: heading to court, back by 2", [("name", "Jun Park")]),
    # every line of a pasted chat, its senders as the chat typed them, but no role
    ("[4:10 PM] Wauneta: who's driving?\n[4:11 PM] summer: me, leaving 7am\n"
     "[4:12 PM] supervisor: no case talk in the car",
     [("name", "Wauneta"), ("name", "summer")]),
    # what people call a person, even an everyday word
    ("We call him Boo at the office.", [("name", "Boo")]),
    ("she's nicknamed Peanut", [("name", "Peanut")]),
    ("she goes by daisy now not her full name fyi", [("name", "daisy")]),
    ("hunter is at his aunts til mon", [("name", "hunter")]),
    ("serenity is at the NICU still", [("name", "serenity")]),
    ("honor was in juvie for 3 wks", [("name", "honor")]),
    ("chance ran from placement again le notified", [("name", "chance")]),
    ("visit for angel moved to thurs", [("name", "angel")]),
    # a name after a title, in a caption written in capitals
    ("IN RE THE ADOPTION OF BABY GIRL RIVERA", [("name", "RIVERA")]),
    ("hotline callback 800.555.0103", [("phone", "800.555.0103")]),
    ("the hotline worker gave mom's cell, 1-800-555-0188", [("phone", "1-800-555-0188")]),
    # a date after a child's age in brackets, recent too, when the age fits its year
    ("Siblings: Ty (12, 4/30/13), baby Jay (1, 6/6/24)",
     [("name", "Ty"), ("dob", "4/30/13"), ("name", "Jay"), ("dob", "6/6/24")]),
    ("SSN 9XX-XX-1148 on the partially redacted court report", [("ssn", "9XX-XX-1148")]),
    ("ss ending 0602 for the payee form", [("ssn", "0602")]),
    ("investigation # 2024-118823 closed unsubstantiated", [("case_number", "2024-118823")]),
    ("investigation ID INV 301-447-2", [("case_number", "INV 301-447-2")]),
    ("case nos. 1193847 / 1193848", [("case_number", "1193847"), ("case_number", "1193848")]),
    # a private person's title before a theorist's surname
    ("Mrs. Erikson laughed that she is no relation to Erik Erikson.", [("name", "Erikson")]),
    # a person's cell beside the office's main line
    ("BM's cell is (502) 555-0143, but the court should use the office main line, 555-0100.",
     [("phone", "(502) 555-0143")]),
    # a word-name, then "was the surname" or "the one who"
    ("Young was the surname on both files.", [("name", "Young")]),
    ("Walker was the one who left the laptop in the car.", [("name", "Walker")]),
    # a Burmese honorific before the name
    ("Daw Khin Myint was the grandmother.", [("name", "Khin Myint")]),
    ("Dana's law class met today", [("name", "Dana")]),
    # chat's word-names: "will" before a linking verb or "from", a word-name called back, a
    # possessive before an hour and a visit
    ("will is still asking if his teacher knows", [("name", "will")]),
    ("lol will from intake left the file on the copier again", [("name", "will")]),
    ("my sup said to call hope back tomorrow about the release", [("name", "hope")]),
    ("can someone cover sunny's 2pm visit, she's stuck in training", [("name", "sunny")]),
    # people beside what sets aside works, pets and made-up names
    # workers' initials: two joined before a word of shared work, three in a role's field,
    # after "covering ="
    ("LB/DW co-assigned", [("name", "LB"), ("name", "DW")]),
    ("JT & AR co-facilitated FTM", [("name", "JT"), ("name", "AR")]),
    ("NK / NA both on leave next wk", [("name", "NK"), ("name", "NA")]),
    ("Supervision 1/22 — Worker: ABV, 45 min", [("name", "ABV")]),
    ("CW = me; covering = RP", [("name", "RP")]),
    # ... and closing a sentence there, an abbreviation of the work too ("MH": mental health)
    ("Receiving worker: KL. Supervisor: MH.", [("name", "KL"), ("name", "MH")]),
    # ... and the worker a case goes to, before when
    ("TX: KT reassigned to LM eff. 3/1.", [("name", "KT"), ("name", "LM")]),
    ("ref: CPS/2024/11872", [("case_number", "CPS/2024/11872")]),
    ("The notes just say M.O. called re: records.", [("name", "M.O.")]),
    ("t.j. is at the fp on elm, not the group home", [("name", "t.j.")]),
    ("journey dob is 3/14/2017 not 2018", [("name", "journey"), ("dob", "3/14/2017")]),
    # chat's coworker asked, and whose parent acts
    ("jade pls dont cc the insurer on the unit email", [("name", "jade")]),
    ("major mom called abt the dental bill", [("name", "major")]),
    # lists after a keyword's plural or with ";", a report's number with slashes, a last four
    # in brackets, a member's ID beside the plan's group (the employer's plan, the same for
    # everyone on it: no one's), a consular ID, a date with "del"
    ("cases 1123847, 1123848 and 1124002 were on the sticky note",
     [("case_number", "1123847"), ("case_number", "1123848"), ("case_number", "1124002")]),
    ("docket numbers JD-1099; JD-1100; JD-1101",
     [("case_number", "JD-1099"), ("case_number", "JD-1100"), ("case_number", "JD-1101")]),
    ("investigation INV/2025/00312 closed", [("case_number", "INV/2025/00312")]),
    ("Corinne's last four (7720) were read out", [("name", "Corinne"), ("ssn", "7720")]),
    ("Member ID: XWU839201147 Group: 00471-B", [("id_number", "XWU839201147")]),
    ("The teen sent her address to a group chat: 2215 Larkspur Ln, Beckley, WV 25801.",
     [("address", "2215 Larkspur Ln, Beckley, WV 25801")]),
    ("matrícula consular MC 0039281 used as ID", [("id_number", "MC 0039281")]),
    ("nació el 3 de enero del 2018 en Reynosa", [("dob", "3 de enero del 2018")]),
    ("a.b. and c.b. are the two older kids", [("name", "a.b."), ("name", "c.b.")]),
    # lowercase initials with their full stops, whatever follows them, in any line
    ("k.m. no show", [("name", "k.m.")]),
    ("re j.s.: records req from the school", [("name", "j.s.")]),
    ("In my old unit, k.t. kept passwords on a sticky note.", [("name", "k.t.")]),
    # a month that is a given name, typed in lowercase, with what makes a word-name a name
    ("june has strep so the visit is off", [("name", "june")]),
    ("tell april to start the group without me", [("name", "april")]),
    ("august starts kinder on monday", [("name", "august")]),
    # a capitalized month that is a given name, with the cues of any word-name
    ("August turned nine on Saturday and his foster mom made a cake.", [("name", "August")]),
    ("June refused to get in the car.", [("name", "June")]),
    # ... and a given name that is a title's word, which the model reads
    ("Justice got his braces off and would not stop smiling.", [("name", "Justice")]),
    # two dotted capitals that are also an abbreviation are initials where nothing makes them
    # the abbreviation; a credential after a name is no one's
    ("Left a voicemail for A.M. about the Tuesday screen.", [("name", "A.M.")]),
    ("Per our notes, D.V. will bring the car seat.", [("name", "D.V.")]),
    ("Dr. Ortiz, M.D. signed the discharge form.", [("name", "Ortiz")]),
    # a worker's initials in chat that a larger dictionary holds as some abbreviation
    ("kc said she can take the 3pm", [("name", "kc")]),
    ("ask ml if she has the roi for the school", [("name", "ml")]),
    # one letter after a title or a kin title, the initial a person goes by
    ("happy bday ms d, the kids made you a card", [("name", "d")]),
    ("grandma B said i can come for christmas", [("name", "B")]),
    # ... but before a date they are the date's abbreviation ("b.d.": born)
    ("b.d. 2/29/2016 (leap day, system rejected it twice)", [("dob", "2/29/2016")]),
    ("su cumpleaños es el 12 de diciembre", [("dob", "12 de diciembre")]),
    # ... a birthday told by "cumple"; the first of a month in French and Spanish; Haitian
    # Creole's "fèt" (born) and its months that are English words, between a day and a year
    ("mi hija cumple el 12 de diciembre", [("dob", "12 de diciembre")]),
    ("date de naissance : 1er mars 2017", [("dob", "1er mars 2017")]),
    ("nació el 1º de enero de 2010", [("dob", "1º de enero de 2010")]),
    ("nació el 1o de enero de 2010 según la fe de bautismo", [("dob", "1o de enero de 2010")]),
    ("Manman an di ti fi a fèt 5 me 2015", [("dob", "5 me 2015")]),
    ("dat nesans li: 3 mas 2016", [("dob", "3 mas 2016")]),
    # a word-name staying or waiting where a person does
    ("Summer stayed home with a cold.", [("name", "Summer")]),
    ("grace waited in the lobby lol", [("name", "grace")]),
    ("Hope stayed late to finish the puzzle.", [("name", "Hope")]),
    ("Grace packed her bag for the visit.", [("name", "Grace")]),
    ("joy rode the bus alone today", [("name", "joy")]),
    ("April sang a song at the visit.", [("name", "April")]),
    ("Grace read a book with me.", [("name", "Grace")]),
    ("we drove destiny home after court", [("name", "destiny")]),
    # whom a thing was told or sent, then the thing
    ("texted grace the address", [("name", "grace")]),
    ("told hope the news about court", [("name", "hope")]),
    ("emailed faith a copy of the plan", [("name", "faith")]),
    ("i told destiny that i cant share the file", [("name", "destiny")]),
    # ... spoken to, then how ("-ly" or [adverbs]), no noun the word-name makes
    ("spoke to grace briefly", [("name", "grace")]),
    ("texted joy already", [("name", "joy")]),
    # greeted, with a comma or nothing after the name
    ("Hi Hope, you left your charger.", [("name", "Hope")]),
    ("hi hope, u left ur charger", [("name", "hope")]),
    ("morning hope", [("name", "hope")]),
    # ... but a private title before the word is a person's
    ("Mr. Parkinson's car was in the lot.", [("name", "Parkinson")]),
    # initials after a verb of speaking, or of handing over, and "to"
    ("Talked to LM today.", [("name", "LM")]),
    ("Spoke to DLW briefly.", [("name", "DLW")]),
    ("Handed my caseload to JMR before I left.", [("name", "JMR")]),
    ("Gave the file to TR, then left.", [("name", "TR")]),
    # ... but a therapist's is an id
    ("The therapist's NPI is 1841296037.", [("id_number", "1841296037")]),
    # ... but the name where no determiner stands before it
    ("le dije a rosa que la visita es mañana", [("name", "rosa")]),
    # greeted, thanked or wished well by name
    ("thanks joy ur a lifesaver", [("name", "joy")]),
    ("happy bday dawn!!", [("name", "dawn")]),
    ("hey april r u in the office today", [("name", "april")]),
    ("Happy birthday April!", [("name", "April")]),
    ("Happy Thanksgiving Mercy!", [("name", "Mercy")]),
    ("shout out to angel for finding the missing car seat lol", [("name", "angel")]),
    ("Hi Bob, hope the training went well.", [("name", "Bob")]),
    ("Hi DeShawn,\nHope this helps. Let me know if you have questions about the form.",
     [("name", "DeShawn")]),
    # ... the wish's word signing the message
    ("Hi Grace,\n\nHope you're well! Attached is the schedule.\n\nBest,\nHope",
     [("name", "Grace"), ("name", "Hope")]),
    ("Kid's card: Love, Amari", [("name", "Amari")]),
    ("Dr. Precious Mthembu, PhD", [("name", "Precious Mthembu")]),
    # ... but removed from a person's care, a child
    ("Faith was removed from her mother's care.", [("name", "Faith")]),
    # the one sent something, before what is sent
    ("can someone send grace the link, she got kicked out", [("name", "grace")]),
    # thanked in a family's language, the greeting's word out of the name
    ("Shukran Layla, the kids loved the visit.", [("name", "Layla")]),
    ("Mèsi Wisline, ou se yon bon manman.", [("name", "Wisline")]),
    ("Hola Marisol, el intérprete va a estar ahí el lunes.", [("name", "Marisol")]),
    # ... but a name used that someone else gave, with no word that it is made up
    ("I'll use the name Marisol's mom gave me.", [("name", "Marisol")]),
    # ... but two such names that do what people do
    ("Madison and Tyler are in foster care together.", [("name", "Madison"), ("name", "Tyler")]),
    # a word said to be someone's name
    ("Penny is the CASA volunteer's first name; she signed the pledge.", [("name", "Penny")]),
    ("Storm was the teen's chosen name, and she asked the judge to use it.",
     [("name", "Storm")]),
    # the one a thing was handed to, or the one texted at a sentence's start
    ("sent it to crystal on the secure portal", [("name", "crystal")]),
    ("Text grace at 555-0163 when the file is ready", [("name", "grace"), ("phone", "555-0163")]),
    # surnames that are words, then "both" and what people do
    ("Price and Woods both signed the disposal log.", [("name", "Price"), ("name", "Woods")]),
    # a no-show: what only a person fails to do
    ("Summer didn't show for the visit.", [("name", "Summer")]),
    ("Brown never showed up.", [("name", "Brown")]),
    ("destiny didnt show", [("name", "destiny")]),
    # ... and what only a person is given
    ("gave grace a ride to the visit", [("name", "grace")]),
    ("give joy a bath tonight", [("name", "joy")]),
    # an SSN and a date of birth written bare, glossed after or held a few words from the cue
    ("123.45.6789 (social security number)", [("ssn", "123.45.6789")]),
    ("6789, her SSN last 4", [("ssn", "6789")]),
    ("mom said 6789 is the social", [("ssn", "6789")]),
    ("the DOB on file is 030419", [("dob", "030419")]),
    ("I wrote down his DOB, 030419, on a sticky note", [("dob", "030419")]),
    ("030419 (DOB) went on the wrong form", [("dob", "030419")]),
    ("Dana is my dog walker", [("name", "Dana")]),
    ("My dog loves the neighbor named Carlos.", [("name", "Carlos")]),
    ("Dana is the one who walks our dog.", [("name", "Dana")]),
    ("Bablu is the pet name for Arif, the middle son.", [("name", "Bablu"), ("name", "Arif")]),
    ("Dana, the show host, called", [("name", "Dana")]),
    ("Dana said the story was not made up.", [("name", "Dana")]),
    ('The trainer said "call her Rosa," then slipped and used her real name, Adriana Velasquez.',
     [("name", "Rosa"), ("name", "Adriana Velasquez")]),
    # two capitals listed with a worker's initials are initials, even where a list of
    # abbreviations or words holds them; not a function word, a role or the work's acronyms
    ("Staff on the log: RB, KB, DS.", [("name", "RB"), ("name", "KB"), ("name", "DS")]),
    ("RB and KB co-led the FTM.", [("name", "RB"), ("name", "KB")]),
    ("RB and IT fixed the laptop.", [("name", "RB")]),
    ("KM and TO will cover the 3pm.", [("name", "KM"), ("name", "TO")]),
    # a case handed on between workers (names.initials_listed_together)
    ("Swap: KB ↔ DM on 7/4, approved.", [("name", "KB"), ("name", "DM")]),
    ("Transferred from KB to DM on 2/3, all contacts current.", [("name", "KB"), ("name", "DM")]),
    # a given name and its "s" with no apostrophe, capitalized, before a kin word
    # (names._name_s_before_kin)
    ("Hunters mom texted me a screenshot of his therapist's text.", [("name", "Hunters")]),
    ("Roses dad has a youtube channel and he posts about us.", [("name", "Roses")]),
    # a Plains surname before "family" (names._plains_surname_before_family)
    ("Two Bulls family lives 90 minutes from the office.", [("name", "Two Bulls")]),
    ("the Kills Enemy family asked for a copy of the plan", [("name", "Kills Enemy")]),
    ("Coverage: KM, OR, JT.", [("name", "KM"), ("name", "OR"), ("name", "JT")]),
    ("RB, US and the GAL met.", [("name", "RB")]),
    ("per RB, ROI sent to PCP", [("name", "RB")]),
    ("RB, MD and the nurse met", [("name", "RB")]),
    # a date of birth in brackets after a name, even of one word, in a roster: a whole date
    # two years back or more; not a recent date, one without its year, nor a year alone
    ("Mark (3-8-06) is refusing placement.", [("name", "Mark"), ("dob", "3-8-06")]),
    ("Khoa (2012) and Bao (2019) are placed together.", [("name", "Khoa"), ("name", "Bao")]),
    ("Dana (March 4) called.", [("name", "Dana")]),
    # a place the text says is one, beside a person who is none
    ("Dana, the state worker, called me.", [("name", "Dana")]),
    ("Dana is a character in every way.", [("name", "Dana")]),
    ("Storm uses they/them and is doing well.", [("name", "Storm")]),
    ("The kid is Max, the dog is also Max.", [("name", "Max"), ("name", "Max")]),
    ("Dana, our program manager, called.", [("name", "Dana")]),
    ("Mr. Ford drives a Ford pickup to every visit.", [("name", "Ford")]),
    ("The stepdad is Curtis Maybry, not Curtis Mayfield.", [("name", "Curtis Maybry")]),
    ("Andre described the removal in the unit meeting.", [("name", "Andre")]),
    # a letter for a child with the child's age; a word-name opening a chat message, a verb,
    # then a person's pronoun
    ("Q (13) placed at emergency shelter after disruption.", [("name", "Q")]),
    ("king didnt show for his visit again", [("name", "king")]),
    ("heaven moved to the new placement, she likes it", [("name", "heaven")]),
    # ... but after "the", a surname before its noun or in a list of them is a person's
    ("I drove out to the Begay place twice, then to the Whitehorse visit.",
     [("name", "Begay"), ("name", "Whitehorse")]),
    ("The Tsosie and Nez families are related.", [("name", "Tsosie"), ("name", "Nez")]),
    # the text says whose name it is; a name of several words with a school's level inside; a
    # given name no list holds before a surname that is an organisation's word too; a Korean
    # given name whose second syllable is an English word; a person "who" after "to"
    ("Chase is the name of the older brother, he's seventeen.", [("name", "Chase")]),
    ("Hunter, one of my sixteen-year-olds, got a job at the feed store.", [("name", "Hunter")]),
    ("The tribal representative, Leonard High Elk, spoke.", [("name", "Leonard High Elk")]),
    ("New workers include Samira Haddad and Kyung-mi Park.",
     [("name", "Samira Haddad"), ("name", "Kyung-mi Park")]),
    ("Welcome to Kyung-mi, who comes to us from the hospital team.", [("name", "Kyung-mi")]),
    # dates of birth in Polish, Vietnamese and a Latin American record's short month
    ("data urodzenia: 7 listopada 2008, on the photo", [("dob", "7 listopada 2008")]),
    ("the boy, ur. 3 maja 2011, placed with his uncle", [("dob", "3 maja 2011")]),
    ("her son's birthday, ngày 2 tháng 9 năm 2015, on the flyer",
     [("dob", "ngày 2 tháng 9 năm 2015")]),
    ("Fecha de nac.: 1-dic-2012", [("dob", "1-dic-2012")]),
    # a given name, then a child's age with no word for it, opening a line
    ("Mark 12 read the court report over my shoulder.", [("name", "Mark")]),
    ("Angel 4 was on an angel tree tag last year.", [("name", "Angel")]),
    ("destiny 14 asked me to delete the pic", [("name", "destiny")]),
    ("Grace 5 and Hope 3 are placed together.", [("name", "Grace"), ("name", "Hope")]),
    # ids: a Mexican CURP by its shape, an alien number spaced, a USCIS receipt is a case's, a
    # docket written as clerks do, an insurance policy's number is a person's id
    ("Clave: GOMR170512HDFNRS09 for the consulate", [("id_number", "GOMR170512HDFNRS09")]),
    ("A#: A 209 447 118, from her notice", [("id_number", "A 209 447 118")]),
    ("USCIS receipt number SRC2210448817 for the mom", [("case_number", "SRC2210448817")]),
    ("Dkt CP-51-DP-0001187-2025", [("case_number", "CP-51-DP-0001187-2025")]),
    ("policy no. PL-00381-7724 per the mom", [("id_number", "PL-00381-7724")]),
    ("Dana is a town clerk in Ohio.", [("name", "Dana")]),
    # a kin word as a title before a given name in lowercase, in English or another language,
    # also capitalized by a phone at a message's start
    ("talked to nana rose on speaker", [("name", "rose")]),
    ("auntie sandy cant do tues", [("name", "sandy")]),
    ("Tia grace here, running late", [("name", "grace")]),
    # initials in a note: three capitals no list knows before a worker's act, and two or three
    # before a role or kin word in brackets
    ("DLH reports the FP is requesting respite.", [("name", "DLH")]),
    ("MVT to follow up with the CAC about the interview.", [("name", "MVT")]),
    ("TQN (dad) asked for a Vietnamese interpreter.", [("name", "TQN")]),
    ("DKS (adoption worker) started the life book.", [("name", "DKS")]),
    ("NB (youth, 15) asked to use her Ojibwe name.", [("name", "NB")]),
    ("Team (per MJC): do not discuss the case at the front desk.", [("name", "MJC")]),
    # a caseload after an adverb
    ("Faith is still on my caseload even though I changed units.", [("name", "Faith")]),
    # a job's level after a role is no name
    ("T.R. (SW II) to complete the ICWA inquiry by Friday.", [("name", "T.R.")]),
    # dates of birth in Ukrainian, Russian, Korean and Chinese
    ("I typed her birthday as 14 березня 2010 from her papers.", [("dob", "14 березня 2010")]),
    ("она родилась 2 апреля 2014 в Киеве", [("dob", "2 апреля 2014")]),
    ("Ji-woo Park (2016년 3월 2일) needs an interpreter.",
     [("name", "Ji-woo Park"), ("dob", "2016년 3월 2일")]),
    ("The form gives the birth date as 2014年10月8日.", [("dob", "2014年10月8日")]),
    # a record's number: capitals and a space before a year and a serial, a year, a month and
    # a serial; a policy's number with a record's shape is an id
    ("Investigation INV 24-33019 closed unsubstantiated.", [("case_number", "INV 24-33019")]),
    ("Intake 2025-10-0447, self-referred.", [("case_number", "2025-10-0447")]),
    ("Insurance policy PLY-9920-44810 is in her name.", [("id_number", "PLY-9920-44810")]),
    # listed full names: a surname of everyday words after a given name (not a pet after a
    # name's "Horse"), a saint's "St." inside a surname
    ("Invitees: Gerald Yellow Horse, Marlene Two Bulls, Vernon Iron Shell",
     [("name", "Gerald Yellow Horse"), ("name", "Marlene Two Bulls"),
      ("name", "Vernon Iron Shell")]),
    ("Lakota speakers willing to help: Cecelia Looking Horse, Darrell Kills Crow",
     [("name", "Cecelia Looking Horse"), ("name", "Darrell Kills Crow")]),
    ("Licensed respite providers: Dolores Kaminski, Marguerite St. Fleur",
     [("name", "Dolores Kaminski"), ("name", "Marguerite St. Fleur")]),
    ("I met Ada Okafor at the office.", [("name", "Ada Okafor")]),
    # "Hon." is a judge's title, not part of the name
    ("Hon. Whitaker said from the bench that we should have asked for a protective order.",
     [("name", "Whitaker")]),
    # a child's word for a parent, a great-aunt's title
    ('The note said "I love you Mommy Keisha" and it ended up in the file.',
     [("name", "Keisha")]),
    ("When Great-Aunt Bessie asked about her niece, I said nothing.", [("name", "Bessie")]),
    # a name that is also a modal, before a verb's "-s", which no modal takes
    ("will says he'll call the therapist himself", [("name", "will")]),
    # which one of a role, a state of a person, a verb and then a person's pronoun
    ("Rose was the first kid I ever removed, and she still writes to me.", [("name", "Rose")]),
    ("Joy is allergic to peanuts, and that detail alone identifies a kid.", [("name", "Joy")]),
    ("Sunny did best at the park visit; she called her mom twice.", [("name", "Sunny")]),
    # a code of capitals and five digits later in the sentence of an id's word
    ("The tribal enrollment number is what the ICWA notice needed: OJB-00417.",
     [("id_number", "OJB-00417")]),
    ("Tribal enrollment #s for the 3 kids: CN-22041, CN-22042, CN-22043.",
     [("id_number", "CN-22041"), ("id_number", "CN-22042"), ("id_number", "CN-22043")]),
    ("Insurance: Medicaid MCO, member CMH 0044 1928, PCP on file",
     [("id_number", "CMH 0044 1928")]),
    # the writer's "I" among the words between a keyword and its number
    ("The case ID I use is 24-0917-FC, which means nothing to anyone else.",
     [("case_number", "24-0917-FC")]),
    # a phone's shape after words of phoning is the phone, whatever record's word stands
    ("Call back number left in the hotline report: 334-555-0195",
     [("phone", "334-555-0195")]),
    ("The hotline caller gave the number as 555-0156, no name.", [("phone", "555-0156")]),
    ("Call me about CPS report 2024-118823 when you can.", [("case_number", "2024-118823")]),
    # a country's code before groups shaped as an SSN's: a phone
    ("Relative in Kenya, phone +254 20 5550 133.", [("phone", "+254 20 5550 133")]),
    # a virtue's word asked in chat, before "pls" and a verb or chat's "can u", "r u"
    ("grace pls call trish back b4 5", [("name", "grace"), ("name", "trish")]),
    ("joy can u grab me a water", [("name", "joy")]),
    ("faith r u coming to the staffing", [("name", "faith")]),
    ("patience do u have the new release forms", [("name", "patience")]),
    ("ruby have u seen the van keys", [("name", "ruby")]),
    ("ella is at daycare till 5, then grandma picks up", [("name", "ella")]),
    ("avril called back about the visit", [("name", "avril")]),
    # two words only a child does, after a word-name opening a message
    ("destiny came home at 2am, smelled like weed", [("name", "destiny")]),
    ("lily wet the bed again, normal?", [("name", "lily")]),
    # two given names joined by chat's "n" before what two people did together or share
    ("destiny n heaven ran together, found at mall", [("name", "destiny"), ("name", "heaven")]),
    ("grace n summer share a room now", [("name", "grace"), ("name", "summer")]),
    # a word-name before what only people do with a phone, a pen or a brush
    ("Faith posted a fundraiser for her own family and named the kids.", [("name", "Faith")]),
    ("Sky painted the whole visit room wall with handprints.", [("name", "Sky")]),
    ("Rose spotted her caseworker at the park and waved.", [("name", "Rose")]),
    # a story's person with a surname not the story's, or beside a title that is a given name
    ("Harry Jones read Harry Potter to the kids at the shelter.", [("name", "Harry Jones")]),
    ("Heidi said Peter was late to the visit again.", [("name", "Heidi"), ("name", "Peter")]),
    ("Wendy took the kids to Wendy's after court, her treat.", [("name", "Wendy")]),
    # whom a question asks about, between its word and what it asks
    ("did grace get her glasses", [("name", "grace")]),
    ("did april sign the consent or not", [("name", "april")]),
    ("did will take his meds this am", [("name", "will")]),
    ("is grace coming to the staffing", [("name", "grace")]),
    ("has will signed the release yet", [("name", "will")]),
    ("hows will doing", [("name", "will")]),
    ("can will pick up the kids after school", [("name", "will")]),
    ("is sky still at her moms", [("name", "sky")]),
    # a word joined by "and" to the writer, the two opening a sentence as a verb's subject
    ("grace and i went to the house", [("name", "grace")]),
    ("me and grace went to court", [("name", "grace")]),
    ("will and i are covering tmrw", [("name", "will")]),
    # a given name after "per" or "re", closing what they say
    ("per bill we are not allowed to bring case files", [("name", "bill")]),
    ("re faith - sup said hold off on the school release", [("name", "faith")]),
    ("the judge signed it per faith", [("name", "faith")]),
    # two given names joined by "and" in a message typed in lowercase, then what two share
    ("hope and will are both out today", [("name", "hope"), ("name", "will")]),
    ("sky and river placed together finally", [("name", "sky"), ("name", "river")]),
    # where a child is, in school, care or court's hands, said of a word-name opening a line
    ("Hope is in 3rd grade now and reading above level.", [("name", "Hope")]),
    ("Destiny is on probation until spring.", [("name", "Destiny")]),
    ("Autumn is back on track with her credits.", [("name", "Autumn")]),
    # a person given an animal's food is no pet
    ("I gave Max the dog food before the visit.", [("name", "Max")]),
    # a given name that is also a title, before no name
    ("Justice ran again Friday and his group home called me at six.", [("name", "Justice")]),
    ("Deacon is the oldest boy; he wants to stay with his brother.", [("name", "Deacon")]),
    ("Justice Okafor of the state court wrote the opinion.", [("name", "Okafor")]),
    # what everyone calls a person, what a person calls themself
    ("The neighbor, an older gentleman everyone called Pops, was feeding the kids.",
     [("name", "Pops")]),
    # a verb's word-name, then "the" and a role: the person, before what they did or alone
    ("sue the gal wants the report by friday", [("name", "sue")]),
    ("bill the bio grandpa", [("name", "bill")]),
    # initials before a person's not coming
    ("JB no-show for 2nd visit in a row.", [("name", "JB")]),
    # the one spoken to, opening a message before chat's "ur"
    ("ivy ur on speaker in the parking lot", [("name", "ivy")]),
    # an SSN read out digit by digit and typed so
    ("social security: 9 1 2 - 4 4 - 8 1 9 0 (she read it out digit by digit)",
     [("ssn", "9 1 2 - 4 4 - 8 1 9 0")]),
    ("SS 9 1 2-3 3-0 0 9 1, typed with spaces", [("ssn", "9 1 2-3 3-0 0 9 1")]),
    # a record's number read out one character at a time, letters among the digits, or in the
    # groups a clerk reads
    ("case number 2 0 2 4 - J V - 0 0 1 7, she spelled it for me",
     [("case_number", "2 0 2 4 - J V - 0 0 1 7")]),
    ("the case # is 2 0 2 4 J V 0 0 1 7", [("case_number", "2 0 2 4 J V 0 0 1 7")]),
    ("Docket no. 2023 JC 1182 is on the subpoena.", [("case_number", "2023 JC 1182")]),
    # a phone after its "area code", which is no statute's code
    ("her cell is area code 503-555-0144", [("phone", "503-555-0144")]),
    ("area code five oh three, five five five, zero one four four is her cell",
     [("phone", "five oh three, five five five, zero one four four")]),
    # ten digits opening with 0 or 1, where no US area code can, are a record's, not a phone
    ("Her MA#: 0047718849 (renewed in May)", [("id_number", "0047718849")]),
    ("State ID card no. 1044187720", [("id_number", "1044187720")]),
    # ... and a made-up number keeps its area code, whatever its exchange
    ("call the FP at (555) 014-7729 after 5", [("phone", "(555) 014-7729")]),
    # a toll-free number is a phone where its sentence says it is someone's own line
    ("Dana Camp called about the visit.", [("name", "Dana Camp")]),
    ("Squirt laughed at the joke and then cried.", [("name", "Squirt")]),
    # a father's generation closing his name; an imperative that is an organisation's word
    ("Duane Brooks Sr. (grandfather) came too", [("name", "Duane Brooks")]),
    # "Jun", a Filipino, Korean and Japanese given name, beside the month's abbreviation
    ("I met with Jun yesterday about the records request.", [("name", "Jun")]),
    # a text's people said to be made up from a line on: the byline above it is the author's
    ("Teaching case\nWritten by Ximena Castillo-Roth, LCSW\n\nAll people in this case are "
     "invented. I made up the name \"Darla\".\n\nDarla, 34, is the adoptive mother.",
     [("name", "Ximena Castillo-Roth")]),
    # ids after Medical Assistance's "MA#", a bar's number, a department of corrections', a
    # resource parent's, French papers', and after a keyword's gloss in brackets
    ("RE: Jaxon M.  MA# 4471209388", [("name", "Jaxon M"), ("id_number", "4471209388")]),
    ("State Bar No. 298114", [("id_number", "298114")]),
    ("IDOC # R41773 (released 10/2024)", [("id_number", "R41773")]),
    ("licensed resource parent no. RP 55-0192", [("id_number", "RP 55-0192")]),
    ("Permis de conduire: 117 204 338", [("id_number", "117 204 338")]),
    ("Medicaid (IV-E adoption): 7730-4418-02", [("id_number", "7730-4418-02")]),
    # a surname that is a town's name too, before a family's word
    ("Tanya Lane said she would call.", [("name", "Tanya Lane")]),
    # a given name that is an organisation's word too, before a given name and a surname
    ("Facilitator: Lane Brooks", [("name", "Lane Brooks")]),
    # a given name, then a state's name that is a surname too, with no comma between
    ("Meeting with Tyrone Washington about the transfer.", [("name", "Tyrone Washington")]),
    # a surname with marks that the lists spell without them
    ("Pages reviewed by A. Kovač yesterday.", [("name", "A. Kovač")]),
    ("Georgia moving to Georgia w/ her aunt, ICPC pending", [("name", "Georgia")]),
    ("Delphine, age 12, matched with the Fitzgerald family.",
     [("name", "Delphine"), ("name", "Fitzgerald")]),
    # two capitals that are an abbreviation too, where only a worker fits: after a worker's act
    # on a record and "by", in an e-mail's or minutes' field of people, spoken to
    ("SDM reassessment done by LM, reviewed by MH (concurs).", [("name", "LM"), ("name", "MH")]),
    ("Approved by MH 5/3 @ 2:40 pm.", [("name", "MH")]),
    ("cc: MH, PS", [("name", "MH"), ("name", "PS")]),
    ("Present: PS (chair), MH, RT. Apologies: ED",
     [("name", "PS"), ("name", "MH"), ("name", "RT"), ("name", "ED")]),
    ("Note to self: ask MH how she handles the media", [("name", "MH")]),
    ("- Review Rosalind's request to take her case laptop home", [("name", "Rosalind")]),
    ("Case no.\t2024-JV-0117", [("case_number", "2024-JV-0117")]),
    ("Operator: Ignatius Mwangi | QC: Fern Lovelace",
     [("name", "Ignatius Mwangi"), ("name", "Fern Lovelace")]),
    # a date of birth's list ends at a line break: the next line's date is a calendar's
    ("Thu 3/14 8:00 - dentist (DOB 01/12/2012), bring card\nThu 3/14 2:00 - team meeting",
     [("dob", "01/12/2012")]),
    # a day and a month after a name on the row before are no date of birth ("08" no year)
    ("Verified by\nR. Castellanos\n03/08\tIntake\tlaptop wiped 03/11",
     [("name", "R. Castellanos")]),
    ("Dad is Marcus Bell, March 3, 1985.", [("name", "Marcus Bell"), ("dob", "March 3, 1985")]),
    ("can u call hunter", [("name", "hunter")]),
    ("1-800-555-0196 is the foster dad's work number", [("phone", "1-800-555-0196")]),
    ("hotline callback 800.555.0103", [("phone", "800.555.0103")]),
    ("call 1-800-555-0199 x231 for the member services rep", [("phone", "1-800-555-0199 x231")]),
    ("The hotline gave me her direct line, 1-888-555-0142.", [("phone", "1-888-555-0142")]),
    # chat's lowercase: a street after a word of where someone lives, with its town, state and
    # ZIP; an investigation's "inv"; an A-number's "a#"; a code's letters, after its holder
    ("dean is at 9 orchard ln now", [("name", "dean"), ("address", "9 orchard ln")]),
    ("moved to 3 pine rd trlr 14", [("address", "3 pine rd trlr 14")]),
    ("summer addy 55 willow way", [("address", "55 willow way")]),
    ("new placement 6 quail run ct, bristol tn 37620",
     [("address", "6 quail run ct, bristol tn 37620")]),
    ("inv # 778120, assigned to me", [("case_number", "778120")]),
    ("23jv1188 and 23jv1189 are consolidated now",
     [("case_number", "23jv1188"), ("case_number", "23jv1189")]),
    ("inv 5509128 closed unsubstantiated", [("case_number", "5509128")]),
    ("a# a212 334 901, immigration atty has it", [("id_number", "a212 334 901")]),
    ("mrn for rose is hx-0093318", [("name", "rose"), ("case_number", "hx-0093318")]),
    # a word-name whose date of birth or record follows in brackets or after a comma
    ("Justice (DOB 11/30/2013) asked me to stop writing it.",
     [("name", "Justice"), ("dob", "11/30/2013")]),
    ("Legend, MRN 00-48-2210, was seen at the ER on Saturday.",
     [("name", "Legend"), ("case_number", "00-48-2210")]),
    # a given name in lowercase before its date of birth's word and digits, anywhere in a line
    ("kids: hope dob 2/14/18 and faith dob 8/1/20",
     [("name", "hope"), ("dob", "2/14/18"), ("name", "faith"), ("dob", "8/1/20")]),
    # ... or after "for", following a record's number, "#" or word: whose record
    ("new # for grace 202 555 0138", [("name", "grace"), ("phone", "202 555 0138")]),
    ("dob for hope is wrong on the form", [("name", "hope")]),
    # two capitals that are a rarer word's abbreviation too, as a worker's initials
    ("KM has the new referral.", [("name", "KM")]),
    ("Hand-off to LB: youth at the shelter, bed confirmed.", [("name", "LB")]),
    # ... and two that are an abbreviation of the work, only where nothing but a person fits
    ("MH is on leave this week, so DW has her visits.", [("name", "MH"), ("name", "DW")]),
    ("Hotline report screened in and reassigned to PS.", [("name", "PS")]),
    ("Supervisor: OT", [("name", "OT")]),
    ("PS's kid is sick, so I'm covering.", [("name", "PS")]),
    ("Maria, the nurse on duty, signed it.", [("name", "Maria")]),
    ("Hi Tamsin, the school called about the forms.", [("name", "Tamsin")]),
    # a word-name opening a sentence, then two words only a person does or undergoes
    ("Justice was placed with his aunt in the spring.", [("name", "Justice")]),
    ("River came home from the visit with a new toy.", [("name", "River")]),
    ("Justice tested positive for THC at intake.", [("name", "Justice")]),
    ("Mercy gave birth to a healthy girl on Monday.", [("name", "Mercy")]),
    # a court caption's docket after "No.", a foster home's licence after its office
    ("In re M.T., No. J-2291-23", [("name", "M.T."), ("case_number", "J-2291-23")]),
    ("Slide 2 header: In re Tranh, No. JC 2024-7264.",
     [("name", "Tranh"), ("case_number", "JC 2024-7264")]),
    ("licensing # FC-88120 expires in June", [("id_number", "FC-88120")]),
    # a phone written in the groups it was heard in
    ("gma's landline 503 5550 147 (that's how she wrote it)", [("phone", "503 5550 147")]),
    # a word-name spoken with, before chat's short "about"
    ("talked w/ grace abt it, she's ok", [("name", "grace")]),
    # a word-name's possessive before a record's or a role's letters, or a child's things
    ("kings IEP got moved to thurs", [("name", "kings")]),
    ("roses fp asked for respite", [("name", "roses")]),
    ("hope's backpack is still in the van", [("name", "hope")]),
    # a list glossed with whose they are: the people of the case, not a kind of names
    ("Ruby, Iris, Dahlia - same FP since june, different schools",
     [("name", "Ruby"), ("name", "Iris"), ("name", "Dahlia")]),
    # where a child is, as a note says it with no "is"
    ("juniper in the NICU since friday", [("name", "juniper")]),
    ("olive at the bus stop w her backpack", [("name", "olive")]),
    # given names joined as chat joins them, then all of them, or where they are
    ("sky / ember / joy all need new bus passes",
     [("name", "sky"), ("name", "ember"), ("name", "joy")]),
    ("precious n destiny at the same dentist lol", [("name", "precious"), ("name", "destiny")]),
    # a word-name opening a note, before a child's records or appointments: whose they are
    ("destiny meds are at the pharmacy", [("name", "destiny")]),
    ("ivy dentist thurs 3pm", [("name", "ivy")]),
    # a word-name opening a day's list, then a time
    ("king 2pm, then the clinic", [("name", "king")]),
    ("sky @ 10:30 courthouse", [("name", "sky")]),
    # a girl's name said to mean something (a word in quotes or lowercase would be a word)
    ("Nizhoni means beautiful, her dad told me.", [("name", "Nizhoni")]),
    ("Rania means queen in Arabic, and she reminds us of it often.", [("name", "Rania")]),
    ("hey maritza u good? saw the email", [("name", "maritza")]),
    # a nickname in quotes after "call him" is a person's own
    ('Teen Oleksiy says his friends call him "Lyosha" now.', [("name", "Oleksiy"),
                                                             ("name", "Lyosha")]),
    # a name in quotes in a message typed in lowercase
    ('she said "dana" was coming to the visit', [("name", "dana")]),
    # a person after "the hurricane", not a storm's name
    ("After the hurricane Dana called every family on her caseload.", [("name", "Dana")]),
    # a kin's title before a name
    ("Nana Ama said the kids can stay the weekend.", [("name", "Ama")]),
    # a note's line headed by a name, then the child's age, or a role closing its phrase
    ("Bishop - 9, asthma, inhaler at the FP home", [("name", "Bishop")]),
    ("Kid C: Sterling, 12 - braces on Monday", [("name", "Sterling")]),
    ("Marisol - FP, takes sibling groups", [("name", "Marisol")]),
    # a phone's shape after "card": a business card's number, not an id
    ("I gave the aunt my card with the number 541-555-0163 on it", [("phone", "541-555-0163")]),
    ("grandpa wrote his number on the back of my card: 555-0178", [("phone", "555-0178")]),
    # a record's number of other shapes, with no keyword before it
    ("can someone pull 2025JV00417 before the staffing", [("case_number", "2025JV00417")]),
    ("TX-DFPS-24-30981 was the file the trainer put on a slide",
     [("case_number", "TX-DFPS-24-30981")]),
    ("the subpoena listed 3:24-cv-01187 at the top", [("case_number", "3:24-cv-01187")]),
    ("KR24-003317 is the older sibling's", [("case_number", "KR24-003317")]),
    # an id's keyword nearer before it, or an A-number's shape, make it an id
    ("medicaid nums for the twins — T-5520-1 and T-5520-2",
     [("id_number", "T-5520-1"), ("id_number", "T-5520-2")]),
    ("his immigration papers say A-301-227-918", [("id_number", "A-301-227-918")]),
    # an e-mail address spelt in Spanish or Portuguese, or with "at" in curly brackets
    ("su correo: tia.meche arroba example punto org",
     [("email", "tia.meche arroba example punto org")]),
    ("write to kb.otieno(arroba)example.net tonight", [("email", "kb.otieno(arroba)example.net")]),
    ("o email do tio: r.lobo at example ponto com", [("email", "r.lobo at example ponto com")]),
    ("send it to m_kay{at}example{dot}com please", [("email", "m_kay{at}example{dot}com")]),
    # a birth's hour between the cue and the date; a court's "day of"; a form's year first;
    # a birth told in other words; a date typed with spaces right after its cue
    ("twins were born at 11:52 p.m. on March 8, 2021 at County General",
     [("dob", "March 8, 2021")]),
    ("the minor child, born the 14th day of May, 2012, is found dependent",
     [("dob", "14th day of May, 2012")]),
    ("DOB 2009-Jun-17 on the old intake", [("dob", "2009-Jun-17")]),
    ("my grandson came into the world on 3 August 2018, early", [("dob", "3 August 2018")]),
    ("her dob is 4 19 16 she typed it w no slashes", [("dob", "4 19 16")]),
    # a street's name with letters beyond ASCII; a number dictated in Spanish, digit by digit;
    # digits read one by one, then a comma
    ("the aunt lives at 2210 Peñasco Rd now", [("address", "2210 Peñasco Rd")]),
    ("mi cel es dos cero seis, cinco cinco cinco, cero uno ocho siete",
     [("phone", "dos cero seis, cinco cinco cinco, cero uno ocho siete")]),
    ("he read it out as 9 1 6 5 5 5 0 1 7 2, then hung up", [("phone", "9 1 6 5 5 5 0 1 7 2")]),
    # keywords typed short, linked by "=" or "#s", and in other languages
    ("acct MRN=5520871 on the wristband", [("case_number", "5520871")]),
    ("rfrl 7731-09 came back screened in", [("case_number", "7731-09")]),
    ("cse nbr 6620-114 pls", [("case_number", "6620-114")]),
    ("lisc # RH-22817 expires in may", [("id_number", "RH-22817")]),
    ("referral #s 88120, 88121 and 88125 are the same family",
     [("case_number", "88120"), ("case_number", "88121"), ("case_number", "88125")]),
    ("das Aktenzeichen FK 118/24 stand im Brief", [("case_number", "FK 118/24")]),
    ("carteira nº 31 442 918-0 no documento da mãe", [("id_number", "31 442 918-0")]),
    # a last four asked for, then given; the others listed after it; a mask of "#"; nine
    # digits read one by one after an SSN's word
    ("sup: need the last four of dad's social / me: 6630 i think", [("ssn", "6630")]),
    ('the clerk asked "last 4 of your SSN?" and she said "2917" out loud', [("ssn", "2917")]),
    ("last four of each kid's social for the packet: 4415, 8820, 1093",
     [("ssn", "4415"), ("ssn", "8820"), ("ssn", "1093")]),
    ("the label printed SSN ###-##-7704 on the outside", [("ssn", "###-##-7704")]),
    ("SS no.? she only shrugged and wrote 9 2 8 4 1 0 5 5 3 on the intake sheet",
     [("ssn", "9 2 8 4 1 0 5 5 3")]),
    # a heading's colon ("Case note:") is no link from "case" to a number words later
    ("Case note: mom's passport P-44817263 stays in the safe", [("id_number", "P-44817263")]),
    # a roster's sex and age before a date the age fits; "b." glued to the date; a year
    # after an apostrophe; "=" after the cue of a date written without separators
    ("Ari, M, 1, 02/09/2025 - needs a car seat", [("name", "Ari"), ("dob", "02/09/2025")]),
    ("Theo 12 M b.07/19/14 likes soccer", [("name", "Theo"), ("dob", "07/19/14")]),
    ("DOB 11/4/'15 on the old form", [("dob", "11/4/'15")]),
    ("dob=20170224 in the csv", [("dob", "20170224")]),
    # an A-number written with its "A" and spaces; CHIP's member; a birth certificate's number
    ("the consulate needs his A number, it's A 301 554 902", [("id_number", "A 301 554 902")]),
    ("CHIP enrollee # 41-2290-7716 renewed in june", [("id_number", "41-2290-7716")]),
    ("birth certificate no. 118-2017-004417 is in the file", [("id_number", "118-2017-004417")]),
    # a phone read out with its last four in pairs
    ('grandpa said "four zero six, five five five, oh one, six two" twice',
     [("phone", "four zero six, five five five, oh one, six two")]),
    # a toll-free number said to be a person's, with a line's word after it
    ("1-800-555-0196 is the foster dad's work number, not a hotline",
     [("phone", "1-800-555-0196")]),
    # "main" that names no office's line; a time zone's letters that are a worker's initials
    ("her cell is 555-0142 (main contact)", [("phone", "555-0142")]),
    ("she lives on Main, 555-0142 is her cell", [("phone", "555-0142")]),
    ("CT said she would come to the visit at 10", [("name", "CT")]),
    # a surname after an office's title typed in lowercase
    ("judge pike wants the report by monday", [("name", "pike")]),
    ("this is officer bell with the police department", [("name", "bell")]),
    # a Korean given name of two syllables that are English words too
    ("Sang-woo asked us not to tell his church about the case", [("name", "Sang-woo")]),
    ("met Byung-ho at the library, homework done", [("name", "Byung-ho")]),
    # capitals a list knows as a word or an abbreviation, before a child's age
    ("Drove OK (age 9) and her brother to the aunt's", [("name", "OK")]),
    ("The youngest child, DA, age 4, has been referred for speech", [("name", "DA")]),
    # Pasted tables and logs (extra112): what the rules that clear an agency's codes, lines and
    # dates leave found. A card's capitals before its number ("CH"), a probation officer's
    # phone after "PO", a date under a head of birth, a badge's number after "job"
    ("Her CHIP card number is CH 7710 4432 19.", [("id_number", "CH 7710 4432 19")]),
    ("call her PO: 608-555-0144 if she misses curfew", [("phone", "608-555-0144")]),
    ("Child\tDate of birth\tPlaced\nAmari Fox\t03/14/2011\t05/02/2024",
     [("name", "Amari Fox"), ("dob", "03/14/2011")]),
    ("the youth's job badge # T-4471 at the store", [("id_number", "T-4471")]),
    ("Case file is 2024-JV-00871, in Room 12 for now.", [("case_number", "2024-JV-00871")]),
    # ... and the names beside the rules for an agency's vans, sizes and paperwork's words
    ("Van, 3, says his first words now.", [("name", "Van")]),
    ("Van (3) is doing well at daycare.", [("name", "Van")]),
    ("The boys GB and TK (16) ran off.", [("name", "GB"), ("name", "TK")]),
    ("Case notes on 2024-JV-00871 current through 06/11.", [("case_number", "2024-JV-00871")]),
    ("The therapist's NPI is 1841296037.", [("id_number", "1841296037")]),
    ("His TIN 512-44-9981 is his SSN.", [("ssn", "512-44-9981")]),
    ("Laptop CFS-LT-0412 went home with the worker on case CFS-2024-0031.",
     [("case_number", "CFS-2024-0031")]),
    ("Contract CT-24-0117 pays for the visits in JV-24-0117.", [("case_number", "JV-24-0117")]),
    ("The lab requisition number LAB-8812043 matched her chart.",
     [("case_number", "LAB-8812043")]),
    ("His truck had tag KLM-4471 on it.", [("id_number", "KLM-4471")]),
    ("The resource family provider #RF-22187 is on the licence.", [("id_number", "RF-22187")]),
    # ... and names changed that are no such saying: the family's, a record's
    ("The kids' names were changed after the adoption; Maria is now Sofia.",
     [("name", "Maria"), ("name", "Sofia")]),
    ("The names were changed in CCWIS by Dana Whitfield last week.",
     [("name", "Dana Whitfield")]),
    ("All names changed except one: Kayla Brooks is her real name.",
     [("name", "Kayla Brooks")]),
    ("talked to price about his court date", [("name", "price")]),
    # ... and a worker's cell under its head, a birth with its time under "DOB", a phone
    # under a log's "Callback" below a row that reads "main line" (no table's first row),
    # Spanish's "nac." of a birth (not Nevada's code)
    ("Worker\tCell\tHours\nDana Whitfield\t(208) 555-0142\tM-F 8-5",
     [("name", "Dana Whitfield"), ("phone", "(208) 555-0142")]),
    ("Child\tDOB\tPlaced\nAmari Fox\t2011-03-14 00:00\t2024-05-02",
     [("name", "Amari Fox"), ("dob", "2011-03-14")]),
    ("Time\tFrom\tCallback\n07:58\tSchool front office\tmain line\n08:15\tDale Fenstermacher"
     "\t608-555-0119", [("name", "Dale Fenstermacher"), ("phone", "608-555-0119")]),
    ("fecha de nac. 09/06/2016 según la madre", [("dob", "09/06/2016")]),
    ("I saw 2006-02-28 on a fax", [("dob", "2006-02-28")]),
    ("Her published work number is hard to find, so she gave me her cell 605-555-0148.",
     [("phone", "605-555-0148")]),
    ("Hotline #\tCounty\tScreened\n24-118832\tAda\tYes", [("case_number", "24-118832")]),
    # ... and a kin's name that a famous character shares, left out of them ("Aunt May")
    ("My aunt May picked up the kids.", [("name", "May")]),
    # the model's name with the initial before it; a name spelled out letter by letter
    ("Case transferred to CW B. Lindqvist today.", [("name", "B. Lindqvist")]),
    ("mother's last name is spelled k o w a l s k i period", [("name", "k o w a l s k i")]),
    ("ok her name is Josefina, that's J-O-S-E-F-I-N-A, call her back",
     [("name", "Josefina"), ("name", "J-O-S-E-F-I-N-A")]),
    # honorifics of the hajj, mother in Igbo: titles before a name
    ("Haji Ghulam Sakhi is the uncle the family wants for kinship care.",
     [("name", "Ghulam Sakhi")]),
    ("Nne Chiamaka is the mother, and the boy calls his grandfather nna.",
     [("name", "Chiamaka")]),
    # "callback" is no one; a missing person's report's number
    ("RP gave callback (330) 555-0127, available after 5.", [("phone", "(330) 555-0127")]),
    ("Hand-off: youth is AWOL from placement since Wed; MPR 24-118834 filed with city PD.",
     [("case_number", "24-118834")]),
    # workers' initials listed with their caseloads
    ("Staff on the roster: KB, JT 12, RK 9.", [("name", "KB"), ("name", "JT"), ("name", "RK")]),
    # a caller introducing themselves after a greeting, the speaker's label, or "it's"
    ("Caller: hi good afternoon this is grace with um with the guardian ad litem office",
     [("name", "grace")]),
    ("hi it's summer from the school I'm the counselor there", [("name", "summer")]),
    ("yeah this is frank I'm the uh the uncle", [("name", "frank")]),
    # letters read out that spell the word beside them: both the letters and the word
    ("hi um my name is deshawn that's D E S H A W N last name price P R I C E I'm the dad",
     [("name", "deshawn"), ("name", "D E S H A W N"), ("name", "price"), ("name", "P R I C E")]),
    ("this is s o l e d a d soledad calling for my worker",
     [("name", "s o l e d a d"), ("name", "soledad")]),
    # one such word in a line of English is a word of chat like any other
    ("ella has a fever again, can you call the nurse", [("name", "ella")]),
    # a weight after a date of birth is no date; grandmother in Portuguese before a name
    ("Newborn: Baby Girl Delacroix, born 02/19/2024 at 39 weeks, 3.2 kg.",
     [("name", "Delacroix"), ("dob", "02/19/2024")]),
    ("Oi querida, a Vovó Graça quer saber se pode ver as crianças no sábado",
     [("name", "Graça")]),
    # "miss" a title in lowercase after "for" or a greeting
    ("this message is for miss brown this is will okafor",
     [("name", "brown"), ("name", "will okafor")]),
    ("hi miss nguyen this is from the interpreter line", [("name", "nguyen")]),
    # letters read out after a name's word, or after a verb of spelling and the name's word
    ("the aunt's first name is spelled r u t h comma last name o k o n k w o period",
     [("name", "r u t h"), ("name", "o k o n k w o")]),
    ("speaker one colon can you spell the dad's last name speaker two colon b e l l o",
     [("name", "b e l l o")]),
    # an officer's badge number after the name, with "#"
    ("Sgt. Priya Raman #40817 took the report at the school.",
     [("name", "Priya Raman"), ("id_number", "40817")]),
    ("Deputy Okonjo (#2291) drove the children to the shelter.",
     [("name", "Okonjo"), ("id_number", "2291")]),
    # "Juvenile", a role that is an organisation's word too, before a name whose surname is a
    # word; a common surname that a list calls a brand, after a given and a middle name
    ("Juvenile Dominic Fletcher was released to his aunt at 6 pm.",
     [("name", "Dominic Fletcher")]),
    ("Docket: In re Kaylee Marie Sutter, a minor.", [("name", "Kaylee Marie Sutter")]),
    # a role's word that opens an organisation's name too, then initials and an age
    ("Youth TK (15) moved to the shelter on Friday.", [("name", "TK")]),
    # an immigration file's number (the alien registration number) is a person's id
    ("A-File: A 204 771 315", [("id_number", "A 204 771 315")]),
    # a country in brackets between the keyword and the number
    ("National ID (Somalia) 0012-334-557", [("id_number", "0012-334-557")]),
    # two given names joined by "and", neither let go by the model: still two children
    ("Madison and Tyler both have therapy today.", [("name", "Madison"), ("name", "Tyler")]),
    # a surname in capitals in its field, as passports and immigration forms print it
    ("Surname: OKONKWO", [("name", "OKONKWO")]),
    ("Family name: AL-HASHIMI", [("name", "AL-HASHIMI")]),
    # a person named like a character, with a caregiver's role set off beside the name
    ("Elsa, the foster mom, texted a photo of the Frozen cake.", [("name", "Elsa")]),
    ("The youth's roommate, Siri, is eighteen.", [("name", "Siri")]),
    # a given name and a surname that is an organisation's word too, in a name's field
    ("Name: Grace Hall", [("name", "Grace Hall")]),
    # a coworker asked by name, "pls" after a word-name opening the note
    ("Joy pls see me after the staffing", [("name", "Joy")]),
    # a given name with a year in brackets is a child's, no author's
    ("Marcus (2019) is the youngest.", [("name", "Marcus")]),
    # an A-number's nine digits after "A#", and a detainee's number: ids, no SSNs
    ("A#: 012345678", [("id_number", "012345678")]),
    ("ICE detainee number 201234567", [("id_number", "201234567")]),
    # an id's keyword, then "for", an article and its holder: the number is the holder's id,
    # though its groups are a phone's
    ("NHS no. for the baby is 485 777 3456; mum is registered.",
     [("id_number", "485 777 3456")]),
    ("Medicaid ID for the baby is 503 555 0123.", [("id_number", "503 555 0123")]),
    # a British phone after "rang"; a count in words after a phone is no digit of it
    ("Rang 0161 555 0123 twice, no answer.", [("phone", "0161 555 0123")]),
    ("Called 503 555 0123 three times.", [("phone", "503 555 0123")]),
    # a given name and a surname, then "of" and an organisation or a place: a person, where she
    # works or lives
    ("Dana Whitfield of Catholic Charities called.", [("name", "Dana Whitfield")]),
    ("Maria Lopez of the Department of Human Services called.", [("name", "Maria Lopez")]),
    ("Gloria Kingbird of Red Lake is the great-grandmother.", [("name", "Gloria Kingbird")]),
    # a full name listed before a thing named after a physician is no famous person
    ("Infant born to Kristen Voss, Apgar 6 and 8.", [("name", "Kristen Voss")]),
    # a grandparent's word of the South before a given name; a particle after "drive" is where
    # it went, no one driven
    ("Meemaw Jean called about the visit.", [("name", "Jean")]),
    ("Uncle Ray says he'll drive down from Eagle Butte for the hearing.", [("name", "Ray")]),
    # the verbs that [eponym-nouns] leaves out after a name
    ("Dana signs the papers today.", [("name", "Dana")]),
    ("Marcus staging the room for the home study.", [("name", "Marcus")]),
    # a word-name set off by a role written short in capitals; a given name alone after "to"
    # or "at" in a text about a hospital is a person, not the hospital
    ("Summer, the RN on 6 East, said grandma is sleeping.", [("name", "Summer")]),
    ("Talking to Oksana at the hospital felt private until I saw the nurses' station.",
     [("name", "Oksana")]),
    # a role's whole title, then a given name and a surname that is a word too; players cast
    # in a role play, real though the parts are made up
    ("For subpoenas, call Assistant Counsel Rebecca Thorn directly.",
     [("name", "Rebecca Thorn")]),
    ("Joy as the angry aunt and Tran as the worker: 10/10, no notes.",
     [("name", "Joy"), ("name", "Tran")]),
    ("When Kenji played the fictional grandpa, he brought up the VA records.",
     [("name", "Kenji")]),
    # a name of several words, some everyday ones, with an age or a role set off after it
    ("Tate White Plume, 16, wants to stay at his grandpa's in Manderson.",
     [("name", "Tate White Plume")]),
    # a service member's mail; a rank written short, or whose first word is a surname or a
    # given name too, is the title, not the name
    ("Letters go to Unit 29351 Box 40, APO AE 09096 until he rotates home.",
     [("address", "Unit 29351 Box 40, APO AE 09096")]),
    ("Her fleet address is PSC 1012 Box 88, FPO AP 96362.",
     [("address", "PSC 1012 Box 88, FPO AP 96362")]),
    ("SFC Bautista texted at 2am about the visit schedule.", [("name", "Bautista")]),
    ("Chief Petty Officer Ruelas signed the family care plan.", [("name", "Ruelas")]),
    ("Lance Cpl. Mensah brought the kids to the courthouse.", [("name", "Mensah")]),
    # a name spelled with the hands or letter by letter, with hyphens, further on after the
    # verb or with none, when the letters spell a listed name
    ("The dad fingerspelled K-W-A-M-E twice.", [("name", "K-W-A-M-E")]),
    ("She spelled it for the interpreter: O-B-I-O-M-A.", [("name", "O-B-I-O-M-A")]),
    ("D-E-S-H-A-W-N is how the school has it.", [("name", "D-E-S-H-A-W-N")]),
    # a surname in capitals as a police report writes one, beside a word for the person or
    # before what a longer surname did
    ("subject KOWALCZYK refused a breath test", [("name", "KOWALCZYK")]),
    ("juvenile HARGROVE stayed on scene with the officer", [("name", "HARGROVE")]),
    ("Per the incident report, VILLANUEVA stated the baby was asleep.",
     [("name", "VILLANUEVA")]),
    # a transcript quoted in capitals in a line that is not, read as lowercase
    ('Relay transcript: "HELLO THIS IS ROSALIND CALLING ABOUT MY GRANDSON KEONI"',
     [("name", "ROSALIND"), ("name", "KEONI")]),
    ('Voicemail to text: "CALL ME BACK ITS MARISOL ABOUT THE VISIT"', [("name", "MARISOL")]),
    # nine digits an id's keyword introduced further back in the sentence: the id, no SSN
    ("Her Medicaid number on the new placement papers should read 412775093.",
     [("id_number", "412775093")]),
    # a year, a hyphen and a serial opening with a zero: an agency's case, with no keyword
    ("The whiteboard still had 25-0713 on it after the staffing.",
     [("case_number", "25-0713")]),
    ("Took file 2019-0442 home by mistake and logged it the next morning.",
     [("case_number", "2019-0442")]),
    # ten digits run together after an id's keyword in the sentence, and no phone's word
    ("She typed the wrong Medicaid on the release; it should be 4417702913, per the card.",
     [("id_number", "4417702913")]),
    # ... but a phone's, with a phone's word before them
    ("Medicaid card is in the file; call mom at 5035550142 tonight.",
     [("phone", "5035550142")]),
    # a date alone on its line, answering a line that asks for a date of birth
    ("need marisol's bday for the WIC form\n3/9/2020\nty",
     [("name", "marisol"), ("dob", "3/9/2020")]),
    # number words in a text typed in capitals, read as lowercase
    ("TTY: MY NUMBER IS FIVE FIVE FIVE OH ONE FOUR FOUR GA",
     [("phone", "FIVE FIVE FIVE OH ONE FOUR FOUR")]),
    # a kin's title that is a given name too, after a younger kin's word and a possessive
    ("Her sister Lola asked to sit in on the sibling visit.", [("name", "Lola")]),
    # a prisoner's number after the name and "#", with no title before it
    ("NOTICE: INMATE OYELARAN #B-40917 TRANSFERRED TO UNIT 4",
     [("name", "OYELARAN"), ("id_number", "B-40917")]),
    # a youth's detention number, a tribe's citizen number after "#", a federal register number
    ("Her detention number is DY-4471, per the unit.", [("id_number", "DY-4471")]),
    ("Muscogee Nation citizenship # M-0049172 came back today.",
     [("id_number", "M-0049172")]),
    ("His federal register number 40917-088 is on the letter.", [("id_number", "40917-088")]),
    # a teletype's field of a licence number, and its labels in capitals no one's initials
    ("SUBJ: NGUYEN, LIEM\nOLN: NL4410-882-1\nVEH: 2009 SILVER VAN",
     [("name", "NGUYEN, LIEM"), ("id_number", "NL4410-882-1")]),
    # ... but a player's number after the name is no one's id
    ("Okafor #23 scored twice in the second half.", [("name", "Okafor")]),
    # the other of a pair said to be kin, though a word or a title
    ("Lalo and Memo are cousins from the same crew.", [("name", "Lalo"), ("name", "Memo")]),
    ("Deacon and Chayo are half-sisters on the mom's side.",
     [("name", "Deacon"), ("name", "Chayo")]),
    # ... with a word before the kin's
    ("Tavo and Memo are older brothers of the baby.", [("name", "Tavo"), ("name", "Memo")]),
    # ... or doing what only people do, when a given name
    ("Justice and Trinity texted me after the game.",
     [("name", "Justice"), ("name", "Trinity")]),
    # a word that brackets after it say is someone's name
    ("Caller: Irish (nickname only) says the door was open all night.", [("name", "Irish")]),
    ("Noodle (my youth's nickname) would hate this slide.", [("name", "Noodle")]),
    ("Pickle (that's what we call the baby) slept all night.", [("name", "Pickle")]),
    # ... or that a dash after it, "short for" or "a nickname" says is one
    ("Snicker - the oldest girl's nickname, not the candy", [("name", "Snicker")]),
    ("Chino, short for Joaquín, asked for a ride.", [("name", "Chino"), ("name", "Joaquín")]),
    ("Lucky is his actual legal name, the judge asked twice.", [("name", "Lucky")]),
    ("Irish is a nickname; the family is from Honduras.", [("name", "Irish")]),
    # a word opening a roster's line, a dash, then an age or a young person's word
    ("Intake list\nMercedes - 4, with grandma\nSaint - teen, shelter",
     [("name", "Mercedes"), ("name", "Saint")]),
    # a letter in lowercase after an office's title in lowercase
    ("coach d says the bus leaves at 6", [("name", "d")]),
    # a keyword with its number's word says whose a number later in the sentence is, over a
    # bare keyword nearer it with words between
    ("Mom's passport number is in the intake file for the consent: K77120483",
     [("id_number", "K77120483")]),
    ("the Medicaid ID for the baby was on the referral form, QT55120934",
     [("id_number", "QT55120934")]),
    ("Medicaid ID for the sibling's case 2291-0044", [("case_number", "2291-0044")]),
    # Medicaid, student and probation typed short in chat
    ("mcaid 770412255 and 770412263 for the twins",
     [("id_number", "770412255"), ("id_number", "770412263")]),
    ("stud # sa-0071125 pls", [("id_number", "0071125")]),
    ("prob # pr-5510447 again", [("id_number", "pr-5510447")]),
    # a word in lowercase, "the" and a role's or a birth parent's letters, or their kin
    ("rocky the bd was yelling in the hallway", [("name", "rocky")]),
    ("joy the bm's sister wants to be looked at for placement", [("name", "joy")]),
    # a name right before a code of a letter and digits: the letter is the code's, no initial
    ("DL for Dana Whitfield D400-7731-9952", [("name", "Dana Whitfield"),
                                              ("id_number", "D400-7731-9952")]),
    ("Aliyu Bello B4490213 on the copy", [("name", "Aliyu Bello"), ("id_number", "B4490213")]),
    # two word-names joined by "and", both where children live
    ("hope and joy both at the shelter tonight", [("name", "hope"), ("name", "joy")]),
    # a person fluent in a language is no word glossed in it; nor one whose kin is named
    # after a gloss
    ("Maya is fluent in Spanish and can sit in on the visit.", [("name", "Maya")]),
    ("tala means star in tagalog, her lola said so at the visit", [("name", "tala")]),
    # the number that corrects a keyword's takes its kind
    ("Client ID 448 2071, no, 448 2017, I flipped it",
     [("id_number", "448 2071"), ("id_number", "448 2017")]),
    ("Probation number P-2024-5518, wait, no, P-2024-5581.",
     [("id_number", "P-2024-5518"), ("id_number", "P-2024-5581")]),
]

CLEAR = [
    # two towns that are given names too, joined by "and"
    "Irving and Allen both have Vietnamese-speaking therapists.",
    "Madison and Tyler are both big towns.",
    # a name joined to an end that makes it a time's or a style's
    "Our Carter-era policy manual still says to keep carbon copies.",
    "Rogers-style listening is what I aim for.",
    # ... but not "the name of" a pet, nor "a name" made up
    "Maple is also the name of the family's dog.",
    "Hope is a name I made up.",
    # a verb of talking opening a line before a noun, no name
    "Call list: church, school, landlord, clinic, WIC office",
    "Text messaging with clients is permitted only on agency phones.",
    # names given for the telling, in a text that says they are made up
    "We'll use the name Kiki for the youth, a pseudonym.",
    "The names here are changed: Tia and her brother Jojo were in care for two years.",
    # a brand before a thing it names; thanks in Haitian Creole before no name
    "Tiffany lamps in the foster home made the kids nervous.",
    "Mèsi anpil, the examples were very real.",
    # a verb of sending before what is sent, no one sent to
    "sending love to the family",
    "sent summer school the forms",
    # a virtue that is a course's topic, cut from it or added
    "Faith was removed from the curriculum.",
    "Patience was added to the module.",
    # a wish opening a sentence or a line, a greeting or a thanks in another language, an
    # occasion's name after a greeting, a sign-off before the name
    "Hope you had a nice Christmas. Please call me about the school meeting.",
    "merci beaucoup et bonne journée",
    "Joyeux Noël et bonne année!",
    "Merry Christmas Eve!",
    "thanks summer school staff",
    "Good morning sunshine!",
    "Lunch on Wednesday at Rosa's Cantina to celebrate the team!",
    "Happy Independence Day! (Jan 1 for us Haitians)",
    # a Spanish noun that is a given name too, after a Spanish determiner
    "se fue la luz en la casa, no hay electricidad",
    "no hay consuelo para esa mamá, pobrecita",
    "el carro es un mercedes viejo, placas vencidas",
    # an organisation's provider number with "is" before it, an asset's tag a few words on
    "Our agency's NPI is 1234567893, and it goes on every claim.",
    "The asset tag on my laptop is CFS-LT-0412.",
    # ... but not a note's shorthand after another verb, nor a department's letters
    "unable to LM, will try again tomorrow",
    "Spoke to HR about the exit checklist.",
    "Handed the laptop to IT before I left.",
    # a condition named after a doctor, a brand, a character: things named like people
    "Parkinson's is why the grandfather cannot take the kids full time.",
    "Tourette's was diagnosed after the teen's second placement.",
    "Sherwin-Williams donated paint for the visit room.",
    "Mrs. Doubtfire came up when a dad talked about custody.",
    "Goodwill took the old filing cabinets after we emptied them.",
    # a wish after a greeting with no comma, no one greeted
    "hi hope you're doing well",
    "hey hope all is well",
    "thx hope this helps",
    "Hi Hope you are well.",
    "hello hope you had a good weekend",
    # a province or a state abroad, after a town (places-extra.txt [regions])
    "The child's maternal relatives live in Victoria, British Columbia, and asked for a study.",
    "Her nan lives in Wales now, and the home study from Jalisco came back.",
    # the name of a town, a church or a school, said so
    "Austin is the name of the city.",
    "Trinity is the name of the church where the family worships.",
    "Lincoln is a middle school in our district.",
    # a school one gets into, is accepted to or graduates from (names._a_school_one_gets_into)
    "One of my teens in care got into Cornell.",
    "She was accepted to Brown and Duke, and she chose Howard.",
    "She got into Yale's MSW program.",
    # fields that ask for no person's name, or hold none
    "Agency name: Grace Place",
    "Legal name: Silver Birch Behavioral Health",
    "Name: See attached",
    "Name: Client A",
    "Papi is what the kids call their dad.",
    # a number after an everyday word that is no child's age
    "Retention is 7 years after the case closes.",
    "Summer is 7 weeks away.",
    # a town that lost its only thing of a kind: "its only" before a noun's words
    "Victoria lost its only adolescent inpatient unit last year.",
    # a room named like a person
    "Conference Room Tyler has a window onto the hallway.",
    "We met in Room Austin at 3.",
    # a scan's initials
    "Results are pending; MRI scheduled for the 12th.",
    # a group hailed by a greeting
    "Hi Folks, quick reminder about the survey.",
    "Morning Crew, the van leaves at 8.",
    # an online forum's unnamed poster
    "+1 to what Anon said, never text case details.",
    # a virtue that did not show where a thing shows, no no-show
    "Mercy didn't show in that ruling.",
    "Patience didn't show in my voice, I hope.",
    "River Oaks Apartments is where the family lives; they moved from Tyrone, Washington.",
    # a state's name that is a given name too, after a word of direction in an ICPC text
    "The ICPC packet was sent to Georgia, and the home study clock is 60 days.",
    # a place's name closed by a word of water or land
    "The float trip on the James River was the best visit we had; Cedar Falls is next.",
    # a given name before "Street" names a street ("Tanya Lane said" stays a person)
    "Brooke Street, Meadow Lane, and Willow Court are all in the same subdivision.",
    "She has an MA in social work from 2019, and the resource parent training is 30 hours.",
    "the Fitzgerald office called back about the transfer",
    # ... but not a department's letters, nor the police
    "The exit checklist was reviewed by HR last week and signed by IT.",
    "cc: HR",
    "call PD if he shows up again",
    "Hearings: Jun 3, Jun 17, Jul 1; Q2 (Apr-Jun) numbers are up.",
    "Review Board's decision came in on Friday.",
    # a record's keyword in the plural names no number in a table's next cell
    "M-04\tCourt orders (originals) for open cases\t447123\t08:22",
    "RA-1\tRequest for own records\t10/2023\t340\t100",
    # a county's name in capitals, read in lowercase, and in lowercase
    "IN THE JUVENILE COURT OF HARMON COUNTY",
    "we drove out to harmon county yesterday for the home visit",
    # quality assurance and control are never a person's initials; telework is a word; "call
    # rather than write" compares
    "Members present: QA manager (chair); two ongoing supervisors",
    "Speakers shall be turned off during telework calls about cases.",
    "Again, please call rather than write.",
    # a birthday's word, then a deadline's preposition before the date
    "Action items: new birthday list - by 3/25, then to the secure folder",
    "Birthday cards for the kids in care are due by 12/1.",
    # a form of address in single quotes, as in double ones
    "He said next time to say, 'Your Honor, this involves a non-party's information.'",
    # people in the plural opening a sentence before what people do: no nickname
    "People laughed at the Alexa part but then got quiet.",
    "Teens cried when the judge read the order.",
    "Adults laughed at the wrong moment, and the kids noticed.",
    # a verb of talking used as a noun after an article: "a text line", "the call center"
    "Our state launched a text line for reports last year, mostly for teens.",
    "The call center on the 3rd floor runs around the clock.",
    # a camp by its name, a summer camp's or a base's ("Camp" is nobody's given name)
    "The kids loved Camp Hope this summer, and Camp Sunshine is next.",
    "Her foster dad is stationed at Camp Lejeune.",
    # a toll-free number in a sentence of a line for the public, and of no one's own line
    "The state abuse and neglect line is 1-800-555-0199 and it is staffed around the clock.",
    "Member Services 1-877-555-0100, Monday to Friday.",
    "The ombudsman's public number is 1-866-555-0100, and it is on the poster in the lobby.",
    "Questions about the shredding? Call customer care at 1-888-555-0100.",
    # lowercase letters with full stops that are abbreviations, or before a date or after a
    # number, are no one's initials
    "Abilify 5 mg b.i.d., refills due monday",
    "took him to the e.r. after the fall, f.y.i.",
    "the visit is at 10 a.m. on the dot",
    # ... and months typed in lowercase that are months
    "need to schedule the visits for june and july",
    "hearing got pushed to june, tell mom",
    "june 12 works for the FTM",
    "the judge may close the hearing to the press",
    "In June the court will review the plan.",
    "June 5 works for the family team meeting.",
    "April was rainy, so the park visits moved inside.",
    "May I ask the GAL to call?",
    "Justice Alito wrote the opinion.",
    "The R.N. said the baby is fine.",
    "She moved to D.C. last year.",
    "The case M.D. v. Abbott came up in training.",
    "Visit moved to Sat A.M. at the park.",
    "mtg moved to rm 204",
    "per dx the meds stay the same",
    "ask yr sup first",
    "ms i think so, ask the GAL",
    "my uncle s car broke down again",
    "Plan B is the backup for the visit.",
    "We talked about justice for the family.",
    # names given for the telling: after "I'll call him", with a word of the telling, in
    # quotes or in a text that says its names are changed; the same name again
    "There was a boy, I'll call him Marcus for this, who found his file on the shared drive.",
    "I'm calling her Jo here, not her name, and Jo knows I'm writing this.",
    'Let\'s call the supervisor "Pat Doe" for this story.',
    "I changed everything, the town and the names; I'm calling the teen Alex.",
    'Names changed: "Danielle" and her two boys lived in a motel by the highway.',
    'I used a pseudonym, "Mr. Gray," for the foster father.',
    "Pretend names for our scenario: Maya, Jonah and Baby Teo, none of them real.",
    # things named after people: effects, scores, tests, types, hierarchies; theorists and
    # famous people named as references
    "The Dunning-Kruger effect is real in new-worker orientation.",
    "Apgar scores in the birth record are health information too.",
    "Maslow's hierarchy came up again at the afternoon session.",
    "Freud had nothing to do with 1.07 but somebody brought him up anyway.",
    "Mathews v. Eldridge came up once and I still don't get the balancing test.",
    "Ben & Jerry's was the prize for the best role play.",
    # counties in a list closed by "counties", whatever the lists say of their names
    "Our region covers Lincoln, Grant and Sherman counties.",
    "Marshall and Hunter counties both sent people to the training.",
    # a town no list holds, after "from" and before its state
    "i drove in from Grace, Idaho, 2 hours each way lol",
    # a made-up name, said so after a word of the telling, and the same name again
    'I\'ll call the mom "Rosa" here, not her real name. Rosa had four kids and no car.',
    'For this workshop I\'ll call him "Kevin," which is made up. Kevin\'s case taught me a lot.',
    # doctrines named after people; an agency in capitals; a region's people; a kin word of
    # Ojibwe; a hotline spelt in letters; a calendar
    "the Miranda warning analogy was a stretch",
    "Jordan's Principle is something our First Nations partners talk about.",
    "I worry that my notes could end up with ICE.",
    "Appalachian families have taught me that our business is sacred.",
    "nokomis is ojibwe for grandmother btw",
    "The hotline number 1-800-4-A-CHILD is on every poster in our office.",
    "Court is on my calendar all week.",
    # a box of files; two capitals and five digits that are no state and ZIP code
    "Box 3, Shelf 2 holds the closed files from 2019.",
    "Room AB 12345 is booked for the training.",
    # an everyday word, "at" and a web address: no e-mail address
    "She works at amazon.com now and likes it.",
    "we applied at indeed.com and heard nothing",
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
    "We watched the Browns play on Sunday.",
    "We visited the Smokies.",
    "We visited the Keys in March.",
    "We visited the Dells with the kids.",
    "We visited the Hamptons last year.",
    "We visited the Rockies last summer.",
    "I see the Packers won.",
    "my mom rose early",
    "GAL Training is Friday",
    "Youth Villages called about the referral",
    "pls send the roi n the addy to the interp",
    "Lot 12 behind the courthouse is where visitors park.",
    "my faith and I are tested daily",
    "Karen and Karenni are different groups.",
    "We went to the Tohono O'odham office for the ICWA notice.",
    "Hope didn't come easy for that family.",
    "Faith can't help you here.",
    "summer is 3 months away",
    "Summer is 3 months away, and so is the review.",
    "hope is the best medicine",
    "We use the SDM-2024-003 tool at every intake.",
    "The case opened 12-3/4 weeks after the referral.",
    "She will be 30 days sober soon.",
    "We had 2 N95 masks and 3 1st graders in the van.",
    "The 100 block of cases is done.",
    "The Carolinas have different rules for kinship care.",
    "Her khala brought samosas for everyone.",
    "NOTE: SMITH, JOHN AND SONS delivered the beds",
    "CPS, DHS, ICWA, TPR",
    "her ratings were 5 4 3 2 1 0 2 on the scale",
    "CPS for TX called back about the ICPC",
    "lives off CR 1187 past the church",
    "we were home at 3 Tuesday and at 9 PM on Friday",
    "Vyvanse helped him focus.",
    "Abilify came in the mail.",
    "Her mom brought jollof rice to the visit.",
    "Her Nintendo Switch got broken in the move.",
    "prolly went home early, definately went to bed",
    "a program called summer bridge helped",
    "they brought injera and tibs to the meeting",
    "Bismillah, the dad said before eating.",
    "Cherokee Nation sent an ICWA letter.",
    "the judge will decide and aunt may come",
    "Seroquel and Abilify were both stopped.",
    "mom picked up groceries and dropped off paperwork",
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
    "The wind slammed the door at the visit.",
    "The Walmart on Elm closed early.",
    "He wants the new Jordans for his birthday.",
    "TX f/u on ICPC is pending",
    "ref 2 more families to the program",
    "met with DCFS, then with the GAL",
    "TX to call back about the ICPC",
    "We met in the Many Horses community center.",
    "I sat with Grace Community Church volunteers.",
    "the price of diapers is wild",
    "teen was moody all morning",
    "he took summer classes at the college",
    "we gave hope a chance and it worked",
    "she called back about the w/ kin placement",
    "faith and hope were all she had left",
    "the app told me to update it",
    "Faith gave her strength when nothing else did.",
    "Hope kept her going.",
    "Summer hasn't started yet.",
    "i will n then call u",
    "the incident 10 days ago was bad",
    "the incident on 12/3/2024 scared her",
    "Big Brothers family night was fun.",

    # look-alikes of those numbers
    "we tagged 3 of the cases for review",
    "the appeal was denied on 6/2",
    "the court file was thick",
    "her story ending 2 years ago still hurts",
    "She was born. 3/4/2020 is when we removed her.",
    "next court date: 5/5/25",
    "birthday party for the foster kids is on the 9th of June at the park",
    "she got 3/4, F grade",
    # the same words as words, and two letters that are a state or a test
    "hope will get us through this",
    "hope is all we have right now",
    # a house number and everyday words before a street's type, with no home's word before
    "she is at 2 long way from home",
    "he is at 1 more run today",
    "went to 2 appts w dr",
    "the inv was closed last week",
    "the zoom code is 24dp00417 for the training",
    "ok see u at 10am1230 lol",
    # ... but the abbreviations as such: a unit after its number, one defined, states' codes,
    # a voicemail, outpatient care
    "A 10 LB bag of rice went to the FP.",
    "KM = kilometres on the mileage form.",
    "Family relocated from MO to KS; ICPC pending.",
    "CW left VM for the FP at 3.",
    "OP counseling weekly, per the plan.",
    # a word-name after "for" and a number too short to be a record's
    "room 4 for hope and healing",
    # ... but a thing is placed or removed too
    "Justice was placed on the docket for Monday.",
    "justice will take time",
    "grace is a gift in this work",
    "price is the issue for this family",
    "may is busy for me",
    "moved to ks last year",
    "Youth attends Lincoln HS, 10th grade",
    "whos got the car seat base i need it at 3",
    "she hopes mom comes to the visit",
    "its sunny out, taking the kids to the park",
    "hope here is what i think",
    "ty for the ride",
    "hey team quick q",
    "grant is covering costs for camp this year",
    "max is 3 visits a week per the order",
    # words of other languages that a few US babies were given as names
    "Family eats injera with shiro most nights.",
    "The family is Hindu and has a small puja shelf in the living room.",
    "TC from the school re: attendance",
    "The trainer described a case from the early 2000s in a suburban county.",
    "see ORS419005 for the timeline",
    "She lives in Merced now.",
    "Pastor Street Mission runs the food bank.",
    "met w/ TX 3/14 staff",
    "flew to D.C. and back for the hearing",
    "visit at 10 A.M. and then court",
    "tb test came back negative",
    "hope in the program is real",
    "grace the mother of all virtues",
    "rose and ivy bushes out front",
    "When I moved from Madison I brought a binder of templates.",
    "Grace is the name of the church on the corner.",
    "la intérprete no llegó hoy, nadie me explicó nada",
    "quiero mandar una carta al juzgado",
    "Slide 4: The Story of a Family in Crisis",
    "I'll call her Rosa (not her real name) so we can talk about her.",
    "dad works at Wells Fargo downtown",
    "Will and Grace reruns were on in the visitation room",
    "the baby is at Mary Bridge for now",
    "hope the judge agrees",
    "pat the baby's back gently after feeding",
    "check ur email",
    "need a karen interp for thurs",
    "court is 6/12 @ 9 tell the gal",
    "Grace period for FC license renewal ends 8/31",
    "I will ask records how long my voicemails are kept",
    "interviews and case discussions happen in designated rooms",
    "The hotline screener told me the call came in at 2:17 a.m.",
    "Let's call the boy Marcus; that is an invented name for this exercise.",
    "The teenager, who I'll call Dana (a pseudonym), asked not to be discussed.",
    # famous people and characters named as references
    "I grew up watching Mr. Rogers and I still think about how he talked to kids.",
    "A teenager told me she wants to be a lawyer like Michelle Obama.",
    "A kid told me his bedroom was like Harry Potter's cupboard under the stairs.",
    "his hero is Captain America",
    # pets, storms, cars and toys
    "their pit bull Rocky was chained in the yard",
    "Hurricane Ida flooded their apartment so they're at the shelter now",
    "a Toyota was parked out front",
    "she sleeps with her Elmo every night",
    "See OAR 413-015-0115 for the timeline.",
    "the foster home 2 blocks away has room",
    "Don't text DOBs, say the 6 yr old instead.",
    "the score was +3 12 5 at halftime",

    # dotted abbreviations, things after "a", pets, schools and places in lists
    "the P.O. Box closes at 5 p.m. per U.S.C. rules",
    "dad drives a Dodge Durango to the visits",
    "they got a kitten named Waffles last week",
    "she's a junior at Lincoln High now",
    "Kosrae, Pohnpei and Majuro come up a lot at intake",
    "Mom works nights, Dad works days.",
    "summer is almost over and the schedule changes",
    "ok so hope is still alive for this placement",
    "faith is always part of her plan",
    "Dear Sir, please find the form attached.",
    "Hi team, the hearing moved to Friday.",
    "Visit moved to Tues - OK",
    "OT is at 3 on Thursday",
    "the case for reunification is due at 3 on Friday",
    "The dog's name is Duke and he is friendly with the children.",
    "The cat, Princess, sleeps in the younger child's room.",
    "Interpreters this week: Karen (2), Tigrinya (1), Dari (3).",
    "I went to the Banks of the Wabash festival with my nephew.",
    "Florence is small enough that the pharmacist knows every family.",
    "The reporter who called about the daycare case knew more than I did.",
    "Even my dog walker knows where I work now.",
    "I saved families as Mom Case 3 in my phone.",
    "A reporter from the Gazette called me at home.",
    "hope ran out by the end of the hearing",
    "summer went by fast this year",
    "ok np, up to us",
    "sent it for sig today",
    "Court is 9 and lunch is at noon.",
    "Room is 4, down the hall.",
    "my khala is visiting from Lahore",
    "grace and patience matter in this work",
    # idioms whose subject is a word-name; voicemail in chat; the child in a court's words
    "Heaven knows how many forms I signed that year.",
    "legend has it the printer works on mondays",
    "his phone goes straight to vm",
    "Minor's school records came in today.",
    "in june the foster mom moved",
    "may the gal see the file?",
    "see u in april",
    "Trainer's note: the vignettes are made up.",
    "April and May are the busiest months.",
    "hope came in the mail today",
    "hope n faith r what got me thru",
    "the program is known as Safe Harbor",
    "she goes by The end of the week",
    "Hope is one of the reasons I stay.",
    "Grace is two steps ahead of us.",
    "Hope from the start was the goal.",
    # cited authors, court cases, a newspaper: no private person
    "We read Reamer's chapter on confidentiality before the session.",
    "Jaffee v. Redmond protects what a client tells a social worker.",
    "The Washington Post ran the story without the children's faces.",
    "Hope the new worker likes it.",
    "i need cover for summer break",
    "Experience is the best teacher.",
    "Trust is the name of the game.",
    "Time smiled on us that year.",
    "did summer go by fast",
    "did hope make a difference",
    "hope n faith r at the heart of this",
    "faith wont fix this",
    "legend says the fax works on tuesdays",
    "Faith is at the heart of our work.",
    "Martin Luther King Jr. Elementary Called Today",
    "Grace Baptist Church Food Bank Opens Monday",
    "Hope has a way of showing up.",
    "she has a boo-boo on her knee",
    "We said bye-bye at the door.",
    "June from last year was hard.",
    # two capitals that stand for things, or that are part of a code or a shouted line
    "AM visit ok, PM visit cancelled",
    "The youth is in grade 9 and plays JV basketball.",
    "VM full, unable to LM, will try again",
    "He scored well on the AP exam and a QR code took us to the form.",
    "The DSM-5-TR criteria were in the evaluation.",
    "Form QZ-100 is the one the court wants.",
    "CALL BACK ABOUT THE QT FORM",
    "Mail it to the P. O. Box on the form.",
    "We met at 10 A. M. on Friday.",
    "Hearing......11/02/2025",
    "Pick up at the Walgreens on Broadway.",
    "Mom listens to Vicente Fernández and Celia Cruz.",
    "We read Bessel van der Kolk in the training.",
    "I felt like Judge Judy was watching me.",
    "I listened to a podcast by NPR.",
    "Cinderella was her favorite movie.",
    "VC w/ mom went well, FW: the ROI from school",
    "a 2 BR apt near the school",
    "we looked at google.com for the form",
    "ER f/u with PCP",
    "In my example, the family speaks Mam, not Spanish.",
    "We need a Mam interpreter for the Akateko family.",
    "the will's terms are clear, for heaven's sake",
    # a town before its state's code in capitals, with no comma
    "moved to Boston MA last spring, then from Austin TX",
    # a meeting's number and a confirmation's are no one's
    "Meeting ID: 884 2210 4471 Passcode: 552190",
    "join by Zoom 88422104471 at noon",
    "the 10 A.M. hearing moved; we met in D.C., a long trip",
    # a public line's toll-free number is everyone's
    "The state child abuse hotline, 1-800-555-0100, is on every poster.",
    "I gave her the crisis line at 1 (888) 555-0100 before I left.",
    "Childhelp hotline (toll-free): 1-800-422-4453",
    # ... and its hours or how to reach it between the line's word and the number
    "National Domestic Violence Hotline (24/7): 1-800-799-7233",
    "the youth crisis line, call or text: 1-888-555-0100",
    # an ending in brackets is no word ("ren" is a given name)
    "In re: Dependency of Minor Child(ren)",
    # ... but not a credential, a placeholder or a state in a field of its own
    "Provider: MD   Sup: TBD   State: AR",
    # ... but a kin word of another language, a day or a role is no nickname
    "the kids call her Paati, and I called her Monday",
    "they call her Mummy, not Mom.",
    "Haitian names are beautiful, and time goes by fast",
    "faith is at her core, and grace is with his dad's memory",
    "chance ran out; hope fell apart; a visit for hope of reunification",
    # a saint's hospital, a verb after "said to", a brand, a people, a page's footer
    "st jude mail is in ur box again",
    "Mister Rogers said to look for the helpers.",
    "The shed had bags of Miracle-Gro; Tohono O'odham families have their own services.",
    "The release form footer had the agency's logo",
    "Grace is the teacher's favorite word",
    "[3:15 PM] Records Unit: the scanner is down",
    "[9:00] supervisor: reminder, initials only\n[9:01] Records Unit: scanner is down",
    "Officer Friendly came to class; Mr. Clean is a brand",
    # a noun before a noun, no verb of care; nations; early intervention
    "anyone have the number for the Medicaid transport line?",
    "It took grace and patience to explain it to a grandmother.",
    "ICWA: mo reports possible Cherokee heritage; mom is enrolled with the Oneida Nation",
    "developmentally on track per EI",
    "Moving boxes labeled with family last names sat by the elevator. Yikes.",
    "A foster youth spoke at the assembly and she decided what to say. Good.",
    "Dad wants the kids to keep learning Polish on Saturdays at St. Stanislaus.",
    "Good morning team; the evening shift was quiet. Amen.",
    "to be updated weekly",
    # towns of 5,000 people or more; a family's name that is a town's too
    "Jefferson is tiny. If I'm seen at a house, the whole street knows by dinner.",
    "austin copier jammed w/ a court report in it; eugene mtg moved to teams",
    # characters, laws, brands and songs named like people
    "Olivia Benson was the TV detective everyone quoted; Megan's Law checks are routine",
    "Dell laptops went to auction; Fleetwood Mac played; Sheriff's deputies read over us",
    # a make after "a" and its colour; a character's name on a thing
    "dad drives a black Mercedes; she wore her Elsa dress to court",
    # the agency's units named after towns or people; a statute after loose words; an idiom;
    # a public line's number after "is written as"
    "Hotline screen-in, 24 hr response, Eugene branch. Kennedy unit moving to 4th floor.",
    "Confidentiality of reports and records is governed by ORS 419B.035.",
    "on Medicare since 2019; the 2024-0412-07 meeting moved",
    "the hearing at 3:30 cited two warrants and a citation from 2019",
    "On Wednesdays the Kennedy Center lobby is packed with families.",
    "we keep robbing peter to pay paul with the flex budget",
    "On the handout the same hotline is written as 1-800-422-4453.",
    # a note's "mo" and "fa", capitalized and possessive
    "Mo's SSN listed on old intake was wrong; Fa's atty requested the notes",
    "Mo refused to sign ROI for the tx provider; will revisit at next FTM.",
    "Fa called sup directly, upset about visit cancellation",
    # an author cited with a work or a verb of citing
    "Reed's chapter on trauma-informed records was the clearest reading in the packet.",
    "As Okonjo writes, confidentiality is a prima facie duty.",
    # theorists a training cites
    "Erikson's stages, Bowlby and Winnicott, Kübler-Ross on grief, Felitti and Anda on ACEs",
    "[10:00] Portland: snow day; 9:00 Court: dependency review",
    # ... but the state, or a role, where one is
    "mom moved from AR; TX called about the ICPC",
    "MD says FTT is medical not neglect",
    "the VA wanted records I wasn't sure I could send",
    # days or months from one to another
    "Office Hours: Mon-Fri 8:00-5:00, Jan-Mar by appointment",
    # a pseudonym said to be one in a clause after it
    'The trainer said, "Let\'s call her Rosa, which is not her real name," and went on.',
    "For this example I'll call the dad Marcus; that's a made-up name.",
    # landmark court cases, theorists, hospitals, athletes, characters
    "Roe v. Wade and Dobbs v. Jackson came up once in a side conversation; we moved on.",
    "Lassiter v. Department of Social Services held there's no automatic right to counsel.",
    "I still hear Bowlby and Ainsworth in my head when I write about attachment.",
    "Per Erikson teens need autonomy.",
    "The youth was seen at Johns Hopkins and then transferred to Kennedy Krieger for the eval.",
    "Serena Williams and Patrick Mahomes posters were on the wall of the teen's room.",
    "She's obsessed with Moana and Elsa, so we used those characters to explain privacy.",
    # numbers that are no one's: an office's main line, Childhelp's, an asset tag, a size, a
    # desk's extension
    "Our office's main line is 555-0100; the front desk forwards calls to the unit.",
    "Childhelp is 1-800-422-4453.",
    "Laptop asset tag AT-0093 was reported lost, and it was encrypted.",
    "passport photo requirements: 2x2 inches, white background",
    "the NICU social work desk is extension 2210",
    # units, networks and kin
    "grace period for the CEUs ends in june right?",
    "- Use the county VPN every time; no public Wi-Fi at the library.",
    "Attachment: ICWA_Notice_Template_v4.docx (38 KB)",
    "Kin's home study is due Friday.",
    "Hope is the one thing we have.",
    "will be upset if we cancel the visit again",
    "we need to bring hope back into this work",
    # a law named after a child, a placeholder, a vignette, a foundation
    "Kayla's Law and similar state bills were mentioned.",
    "The composite family in the case study is called the Smiths, a placeholder the trainer "
    "invented.",
    "we talked about the Smith vignette from the textbook",
    "the Casey Family Programs report and the Annie E. Casey data book both came up",
    "correo y dirección en el formulario",
    "HV/FTM both scheduled for Tuesday",
    # a form's and a policy's numbers
    "the provider license number goes on form CFS 418, not the child's ID",
    "we verify with last four of SSN plus DOB, per policy 2.14",
    "el aniversario de la boda es el 3 de marzo",
    "THE JUDGE ORDERED THE RECORDS PRODUCED FOR IN-CAMERA REVIEW ONLY.",
    "glen ellyn office has the better conference room",
    # a city of two words in lowercase, though both are given names; a saint's or a
    # mount's; and feast days, whose "de los" joins words as a name's particle does
    "we went to los angeles",
    "we went to san diego last wk",
    "drove to san jose, then placement in santa maria",
    "mom is from st louis",
    "The family celebrated Día de los Muertos with an ofrenda.",
    "We talked about Dia de la Raza and the church of Todos los Santos.",
    "His M.O. is to call at night.",
    "e.g. is a good example of what not to send",
    "Summer birthday party at the park",
    "paris texas is closer than u think",
    "mark ur calendar 4 the ethics training",
    "hope u feel better",
    "foster mom called about the visit",
    "main office 555-0100 is on the agency website and business cards",
    "I have 14 cases, 3 open",
    "group 3 meets tuesday",
    "la tía vive en Reynosa con los primos",
    "visit at 3 p.m. is fine",
    "the visit is at 10 A.M. said the nurse",
    "Sup: TBD",
    # storms, works, films, makes and an insurer
    "Winter Storm Uri knocked out power and the servers for three days.",
    "Annie, the musical, is still how half the public thinks about foster care.",
    "Matilda was the book the girls were reading when I visited.",
    "Moana is the only movie that calms her down",
    "Kids quote Moana and Encanto at me constantly.",
    "She's obsessed with Moana and Elsa, so we used those characters.",
    "dad's Honda was impounded",
    "Dodge Ram parked on the lawn",
    "Tricare wanted records for a military family.",
    # pets
    "The dog at the foster home is named Bear and he's in every photo.",
    "Sunny is the foster family's golden retriever, so I left her in my notes.",
    "Max is our dog",
    # a sentence that says its people are made up
    "In the workbook the client is called Maria, and the authors say she is made up.",
    "For this exercise, pretend the youth is named Jordan; it's a made-up case.",
    "Earnest, Constance and Prudence were the three fictional siblings in the scenario.",
    "I'll use a made-up name, Ruth, for the grandmother.",
    "The mother, we'll call her Hope, is not a real person and neither is her son.",
    'We\'re using "Jordan" as a stand-in name for every child in the scenarios.',
    # a place the text says is one; a form of address; placeholders
    "Grey Eagle is also a town in Minnesota, the liaison noted.",
    "Jordan, the country, came up in the refugee resettlement section.",
    "There's also a town called Hollis, where the group home is.",
    'The judge is "Your Honor," never her first name.',
    "Jane Doe is how I write every example now.",
    # a meeting's and an IT ticket's numbers; a date still to come
    "Meeting ID 447 118 2290 — the ethics consult group, 2nd Wednesday, noon.",
    "Team meeting: 971-555-0126",
    "Call me, not the meeting line: Meeting ID 447 118 2290",
    "Text me before the meeting #447-118-2290",
    "done at 300 either way",
    "at 500 each way",
    "is at 5 n st",
    "fecha: 3/4, la audiencia",
    "the meeting is at 2 via zoom",
    "prior to 03-2024 the case was open",
    "Room N2104 Main building",
    "Form W2000 Street Guide",
    "RP states mom left the kids alone. RP is a neighbor.",
    "AV disclosed to the school nurse; AP denies.",
    "Harley-Davidson makes motorcycles.",
    "We drove to Winston-Salem.",
    "Follow-Up is due Friday.",
    "We drove through Salem, Albany and Eugene.",
    "Perkins Hall on campus hosts the lecture.",
    "We met in Garcia Hall.",
    "First Presbyterian has a pantry.",
    "Trinity United Methodist has a support group.",
    "We met at Harriet Tubman Square.",
    "Hope will be placed on hold.",
    "Summer will be 3 months away.",
    "Summer will be 3 in a row",
    "Summer will start soon.",
    "Faith will be removed from the curriculum.",
    "no priors since 2021-0412",
    "ticket #INC0048812 for the laptop that won't encrypt",
    # notes' acronyms that are no one's initials, and a state's code after "to"
    "OOS relatives can join by video, OOH placement is stable",
    "RE: FW: court reports",
    "MH is part of the plan; OT is weekly. Referral went to PT.",
    "The MH clinic is out of the county, and PS is on the call.",
    "Worker: OK (checked 3/2)",
    "MH's budget was cut again.",
    "PS's intake notes are in the file.",
    # ... a repair's and a purchase's orders; a meeting's number after a comma
    "Work order WO-25-00318 is for the shred bin lock.",
    "Purchase order PO-88104 covers the locking bags for transport.",
    "La reunión es por Zoom, ID 822 4417 0091, código 5512.",
    # a badge itself, no number of it
    "my badge expires 2027, and the badge reader in room 214 is broken",
    "He turns 18 on 9/9/2099 and ages out.",
    # ... but not the name of a program, or of someone's pet
    "Hope is the name of the program we use for the older kids.",
    "Magnolia is also the name of the foster family's cat.",
    "She went to Lincoln High last year and hated it.",
    # what the text says a name is: a brand, a character, a goddess; a name it says is not the
    # real one; a kin title; a nationality
    "Nizhoni is also a brand of jewelry sold at the trading post.",
    # a word of another language, said to be one or glossed in the language named
    "Sol, in Spanish, means sun, so the kids drew one on the card.",
    "Amani is Swahili for peace.",
    "Lan is the Vietnamese word for orchid, and the grandmother grew them.",
    "Hayat means life in Turkish, the interpreter said.",
    "Paloma is dove in Spanish, the foster mom told the kids.",
    "Summer is the baby's favorite season.",
    "she hopes mom comes to the visit",
    "so proud of this kid",
    # letters after a number's digits, a record's letters, a short word of casework; a
    # restaurant by its name; what anyone is called after a greeting
    "Their place is up a dirt road; 4WD needed most of the winter.",
    "MRN needed before the clinic will send anything.",
    # a name the writer says stands in for the real one
    "Kaya is the name I'm using for the girl in my story.",
    "PT eval moved to Thursday",
    "Golden Dragon Kitchen caters the holiday party again.",
    "Golden Lotus, the bakery on Main, sent the cake.",
    "hey buddy, u good? saw the email",
    "Bao is the Sino-Vietnamese word for a treasure.",
    "Hiawatha is a Longfellow character, and also the name of a meeting room.",
    "Ixchel is also the Maya goddess of the moon, the interpreter told me.",
    "Rosa — call her that, it's not her real name — was in my case example today.",
    'I call her "Rosa" in the case study, and it isn\'t her real name.',
    "Hooyo is a kin title in Somali families.",
    "The records went to the Kenyan consulate with a court order.",
    # one capitalized word after "the", then a verb, a word of function or a stop: a paper, a
    # hotel, a device; a word the text says is a town; placeholders
    "The managed care company feels like the Borg: resistance is futile.",
    "When the Herald called about the fire, I followed the script.",
    "Plan B (2) is the fallback.",
    # famous people and characters of [famous-people-phrases], matched word by word
    "Kyrie Irving posters covered the walls of the boy's room.",
    "Gandalf would say the file belongs to the child.",
    "John F. Kennedy's speech was quoted in the opening.",
    "Charlotte's Web is on the shelf in the visit room.",
    "miles is the issue, she lives 40 out and has no car",
    "grace was shown to him by the judge",
    # a storm by its name alone where the text says what it did; pets in apposition; what the
    # text says a word names
    "Storm Helene flooded our satellite office, and the records were soaked.",
    "Ginsburg the cat, Thurgood the dog.",
    "Max, the therapy dog, was at the courthouse again.",
    "Hollister is also the name of our county seat, so people get confused.",
    "The judge ordered records about Genesis, the residential program, not the girl.",
    "The Alexa in the foster home living room: I asked them to mute it.",
    "I left my agency laptop at the Marriott in Rochester.",
    'The file was called "Jackson_removal_final" — Jackson being the town.',
    "Luke, Leia, and Han make great placeholder siblings in a role play.",
    # a time's letters, a verb after "to" before its object, a season, a misspelt field, a
    # meeting's ID a few words on, a city abroad, a role's plural
    "4pm is also the deadline for the e-filing, just fyi",
    "she said to reach him at the shop",
    "County Road 12 floods every spring, so plan the visits for summer.",
    "adress: on file",
    "mtg ID for staffing is 834 220 1190, no passcode",
    "The aunt in Lviv wants updates by WhatsApp.",
    "Volunteer hours this quarter: 312, across 19 CASAs.",
    # a birth word of another language inside a word ("Diné"), chat's "ur"
    "Tribe: Diné (Navajo Nation) | Notice: sent 9/30 | Response due: 10/10",
    "see ur 3 kids tomorrow at 10",
    # ... but not a count, a unit, chat's "to" or "for", a ward, a list of numbers
    "Ward 3 nurses said the baby was fine.",
    "Ward 7 at the hospital.",
    "Summer 2 weeks ago was hard.",
    "will 2 be there",
    "hope 4 the best",
    "Mark 1 and 2 of the checklist are done.",
    "max 3 people per breakout please",
    # a town before a state of two words; a character the model would take, which the line
    # says is from a film; a pet named again; a role's letters after "the"
    "It's a one-room school in Faith, South Dakota, so naming it names the kid.",
    "Precious, from the 2009 film, is a character; using her in a vignette is fine.",
    "Let me tell you about Sunny. Sunny was our office dog, a golden retriever.",
    "The radio version, as the DJ said it on air, made it worse.",
    "She was born in 1987, and the form wants the whole date.",
    # ... but not a word of another language after one
    "abuela dijo que la niña está bien",
    "la abuela que cuida a los niños",
    # ... but not a role's or an agency's letters, nor capitals before what they stand for
    "FSW drove mom to the appt",
    "PM flagged the case for review.",
    "OHA said the claim was denied.",
    "CHW (community health worker) called the mom.",
    "PGA (BF sister) to be contacted for the home study.",
    # the work's bodies in two capitals, a role's plural, chat, a place of two words in
    # lowercase, an age after a record's word, a hotline, a car's make
    "Investigator arrived with LE; the BF was cooperative.",
    "MCN and NN reps were copied on the notice per ICWA.",
    "fps asked if they can put the twins pics on facebook",
    "brb supervisor wants me in her office",
    "family came from the marshall islands last year",
    "Children in the home at time of report: a 10-year-old, an 8-year-old",
    "Hotline calls are anonymous for a reason.",
    "Mercedes-Benz was the car in the surveillance photo.",
    "The hearing is on 2025年3月2日 at the court.",
    # a code's section, offices' and conference lines, the numbers of trainings, courses,
    # vouchers, inventories and payments, a town of Haiti
    "the email had her DOB in the subject line, which feels like a 1.07(m) problem",
    "The court clerk's published main number is 555-0190, and they won't give case info.",
    "The agency's main fax, listed on the website, is (919) 555-0101.",
    "The national child abuse hotline in the handout is 1-800-555-0198.",
    "The agency's published after-hours line is 555-0102.",
    "The conference line is 1-888-555-0150, access code 7720 pound.",
    "The training code for this workshop is ETH-107-2025, use it for CEU credit.",
    "The LMS course ID is CW-ETH-301, module 4.",
    "The course voucher code is 912-44-0031, and no, it is not anyone's social.",
    "Inventory tag 004417 is on the locked file cabinet.",
    "The payment batch ID 7720-114 was delayed.",
    "Port-de-Paix is where the family lived.",
    "Mickey Mouse Clubhouse on in the background during the visit",
    "Mary Bridge Children's, Randall Children's: the trainer's examples.",
    # a tea, the first child-protection case, role plays' placeholders, a name said to be none
    "Earl Grey tea and shredding day, my Friday routine.",
    "Using a famous case like Mary Ellen Wilson in 1874 is okay because it's public.",
    "The Mary Ellen case of 1874 is usually where the history of child protection starts.",
    "We read about the case of Mary Ellen, the girl whose neighbors went to the ASPCA.",
    # a title that is a role's word after an article, and a plural role before a list
    "It opened hearings to the public, with the judge able to close them case by case.",
    "the supervisor drew a thermometer on the whiteboard",
    "Leave out the details that identify (number of siblings, job, season of the move).",
    # a landmark case, a charity, a brand, a story and a book named like people
    "Camreta v. Greene went to the Supreme Court in 2011.",
    "Habitat for Humanity wanted a letter of support for the family.",
    "Gerber baby food came up in the infant nutrition scenario.",
    "Marley and Me is on the list of books the group home took off the shelf.",
    # a grant's number and a product's lot number: the agency's and a thing's, no person's
    "Grant number 90CA1884 funds the training series.",
    "Grant: 90KN0041 (ACF)\nHelpline: 211",
    "Lot number on the formula can was 3FX2291, part of the recall list.",
    "Plan B, the cheaper one, is fine with the payer.",
    "Her insurance is Molina Healthcare, and Kaiser Permanente denied the claim.",
    "Ryan White funding covers the HIV clinic a parent attends.",
    "Betty White was on TV in the waiting room.",
    "Hope Foster Care Agency sent the licensing packet.",
    "We talked to Christian families at church about fostering.",
    "She prayed to Jesus every night in the shelter.",
    "Family Court Judge calendars are posted online.",
    "We listened to the Jackson 5 in the car on the way to the visit.",
    "Andre 3000 was on the radio in the lobby.",
    "In the vignette, the Black family was reported twice as often.",
    "The Everett family center asked to join our release agreement.",
    "She came home in February, a Valentine's baby, her mom says.",
    "We stopped at Papa John's on the way back from the visit.",
    "She got a Dear John letter from him the week before the hearing.",
    "Parent-Child Interaction Therapy was recommended after the assessment.",
    "They speak Wolof and French, the interpreter for Wolof is three hours away.",
    "Church, the building on Main, was cold for the Saturday visit.",
    "Lola is what my Filipino families call grandma, and I love hearing it.",
    "The kids call her Nana, and she calls them her blessings.",
    "The Irish family next door brought a casserole, the foster mom said.",
    "We will meet with June 2 at 3pm; the visit moved to May 5.",
    "We stayed at the Marriott, then drove to the hearing.",
    # ... but no role before it: a venue's name
    "The venue, Carnegie Hall, was packed for the benefit concert.",
    "We met at the shelter, Grace House, on Friday.",
    # a site's name that the text says is where something happens
    "Kennedy Park is where we do a lot of our supervised visits.",
    "Perkins Hall was where the training moved after the flood.",
    "Role play names should be obviously fake: Jane Doe, John Q. Public, Sam Sample.",
    "I shared the story of a little boy, let's call him Tiger, not his name, who hid food.",
    # no day or month above 31: a rule's number
    "Per Administrative Rule 5101:2-33-21, records are confidential; her DOB stays out.",
    "the will says the house goes to her",
    "Poppy seed muffins are what she blamed the positive UA on.",
    "Summer ended and he went back to school.",
    "The records request portal has a 10-day turnaround and ticket numbers like RQ-10442.",
    # a pet named in lowercase, a storm's name after its kind in lowercase
    "the fp has 4 cats and a parrot named kevin",
    "Winter storm Elliott closed the office for three days.",
    "patience pls, IT is wiping 40 devices",
    "hope can you believe this",
    "hope u feel better",
    "hope n faith go together for me",
    "The ADA Compliance office called.",
    # a thing's word after a brand's, before a verb that a page can do too
    "Our agency's Facebook page posted a photo of the holiday party.",
    # the people of a story the line names, by a title or by a person no list holds
    "Elsa and Anna from Frozen were on every shirt the little one owned.",
    "In the Harry Potter books, Dumbledore keeps everything from Harry for his own good.",
    "Simba lost his father and got raised by Timon and Pumbaa, kinship care if you squint.",
    # a virtue or a season asked about, with nothing only people do; a modal twice
    "did hope get lost in all this",
    "is hope fading for reunification",
    "it was hope that kept her going",
    "did summer go by fast",
    "i will will it into being",
    "i will and i did",
    "honestly the records section was long and I zoned out, sorry",
    "my faith and i have grown closer",
    "we need hope and i think so",
    "the court charges 50 cents per page.",
    "per page for copies, ask the clerk",
    "re hope for reunification, the team is split",
    "faith and hope are both key",
    "i will and they will both",
    "Hope is in short supply on this unit.",
    "Justice is in the details of the court order.",
    # an animal's name opening a sentence, before what the animal did
    "Thurgood the dog sat on my foot during the entire home study.",
    "Wilbur the pig and Charlotte the spider came up in group as a metaphor.",
    "Justice delayed is justice denied, the judge said.",
    "Justice was served in the end, and the family moved on.",
    # ... but an order, before the rest of it
    "chase the trainer down at break and ask about the subpoena thing",
    "sue the landlord? idk thats legal aid's call",
    "UA no-show, CW to call the program",
    "hope ur ok after yesterday",
    "mark ur calendars for the training",
    "will ur mom come to the visit",
    "the score went 1 2 3 4 5 6 7 8 9 in order",
    "In re Gault, 387 U.S. 1 (1967), is the case we read.",
    "the licensing unit has 12 workers and 2024 was rough",
    # made up, said in brackets after the name or after a list of names
    "For the case study I'll call the mom Maria (made up) and the kids Jay and Tee (also made up).",
    "Our scenario's dad, Mr. Phan (not real), calls asking for the report.",
    "Jay, Tee & Dana (all fictional) are the three siblings in the vignette.",
    # ... or as a sentence that says the person is not real
    "\"Rick\" isn't a real person, remember, so don't go looking him up.",
    "The Okafor family isn't a real family, it is the workbook's.",
    # ... or for the example, or as names the writer made up, invented or says are not real
    "Call him Deshawn for this example, not his real name, and say he is fifteen.",
    "I made up a name for the teen in my vignette, Kiara, and gave her two siblings.",
    "Lonnie, the invented grandfather in the module, is a composite character.",
    'the role play names are all fake: "Brianna," "Tavon" and "Uncle Ray"',
    'example for the new hires, the girl is "Mikayla" but that is made up',
    "Picture a supervisor, I'll call her Renata, invented for this story, who leaves the job.",
    'The boy in the vignette is "Jalen", and he is not real.',
    # social work's degrees and licences, a bio dad, an expert witness, holidays and peoples
    "Present: 3 supervisors, 8 workers, 1 MSW intern. Absent: 1 on leave.",
    "BD completed 7 of 10 parenting classes at the Catholic Charities site.",
    "QEW needed at the ICWA hearing, the tribe sends its own expert.",
    "Yom Kippur and Rosh Hashanah are blocked on the visit calendar.",
    "The Amish community near the county line has its own rules about outsiders.",
    "Notices went to all three Cherokee tribes, since mom says there is Cherokee heritage.",
    "Her Honor signed the protective order on Friday.",
    "The family came from Burma ten years ago and speaks Sgaw Karen.",
    # things named like people: shops, networks, cars, Bible stories, sayings
    "A film crew from Netflix asked to shoot in the lobby.",
    "Dave & Buster's is too loud for a visit with a toddler.",
    "The teens like the Barnes & Noble by the mall on Fridays.",
    "The Kia Sorento in the county lot has a flat again.",
    "Ruth and Naomi was the story the chaplain read at the adoption.",
    "Our budget is Rob Peter to pay Paul every single quarter.",
    "Hope has a mind of her own in these meetings.",
    # a name listed with famous people or characters
    "LeBron, Steph Curry and Patrick Mahomes posters cover the teen's wall.",
    "Matilda, Annie and Oliver Twist are all orphan stories, the teen noticed.",
    # a list glossed as kinds of names or things
    "Vang, Xiong, Yang, Lee: Hmong clan names our presenter listed.",
    "Grace, Hope and Faith are the names of the conference rooms upstairs.",
    "Mensah, Asante, Owusu - surnames that tell the day of the week, the trainer said.",
    # a made-up name no rule found where the writer gives it, then named again
    'the teen, whom we will call "River," a pseudonym she chose, was 15. River\'s story '
    'is told with her consent.',
    # a made-up name with its title in quotes; a made-up name in quotes, said so in brackets
    'In supervision we discussed a dad, I\'ll call him "Mr. Whitaker," who read the news on TV.',
    'the worker called the girl "Maya" (she said she made that up) in her notes.',
    # scripture cited by book, chapter and verse; a justice by title; a famous ICWA case
    "Jeremiah 29:11 was on the foster dad's post, with a photo of the kids' backs.",
    "James 1:27 is the verse every faith-based agency quotes.",
    "Justice Barrett wrote the majority opinion, the liaison reminded us.",
    "Chief Justice Rehnquist wrote for the majority in DeShaney; Justice Blackmun dissented.",
    "Mississippi Band of Choctaw Indians v. Holyfield is about domicile under ICWA.",
    # a form's number after a chat log's speaker that is a record's word
    "[10:03] Records: it's Form 1107 on the intranet",
    # letters the text spells out as an acronym, in a field of attendees; a review's letters
    "Minutes - Program Improvement Plan (PIP) Workgroup\nAttendees: PIP manager, CQI staff",
    # an organisation named after a person's whole name, its words between them
    "The youth summit is in the Jim Casey Training Center from 9 to 3.",
    # a school term after a record's word; a word of adoption the word lists lacked
    'Release only what is named (e.g., "school attendance records, Fall 2025").',
    "when an adult adoptee asks about a deceased birth parent, we read the file first",
    # a family of a story the line names; a scholar a book study reads; an opinion's author
    "Harry Potter and the Dursleys: what could Hogwarts share with the Dursleys?",
    "Book study: Dorothy Roberts, Torn Apart (2022), chapters 1-3.",
    "Justice Tobriner's line in Tarasoff is the one everyone quotes.",
    # an office's line for the press, an IT service desk's, a line said to be published
    "Office of Public Affairs | Media line (512) 555-0100",
    "Information Security Office | Service Desk (517) 555-0100, option 2",
    "Program office: (816) 555-0100 (published)",
    # towns opening a sentence, before what a town has: its communities, churches, mosques
    "Dearborn has a large Arabic-speaking community, so interpreters matter.",
    "Hamtramck has Polish churches and Bangladeshi mosques side by side.",
    # a scholar a syllabus cites; a show's adopted son where the show is named; a brand
    "Charlotte Towle's Common Human Needs was on the syllabus.",
    "This Is Us came up because Randall was adopted.",
    "Ray-Ban sunglasses were left in the county car.",
    # a storm by its word
    "Superstorm Sandy flooded the old basement file room.",
    # a modal opening a question in chat, before whom it asks of
    "ok. will u call me back after court",
    "will she sign the release today or not",
    # authors, singers and characters a caseworker cites
    "Judith Herman's book says the survivor decides who hears the story.",
    "Tracy Chapman's Fast Car is every teen mom on my caseload.",
    "Ted Lasso would be a fine foster dad, but Roy Kent would do better with teens.",
    # a verb's "s" before a role's letters; a document's possessive
    "she hopes fp says yes",
    "the will's signature page is missing",
    # a season's programme, a man, where no "is" says a person is somewhere
    "summer at the ymca is full already",
    "guy at the front desk took my badge",
    # virtues all, a season's things, at the same time
    "faith + hope + love all matter to me",
    "someone hung holly and garland all over the lobby",
    "hope and faith at the same time, that's what she needs",
    # a kind of therapy, a season's visits, a verb's word-name before a visit
    "art therapy starts next week",
    "summer visit schedule is out",
    "hope visit goes ok today",
    # a virtue's service, a season's camp, at a time
    "faith 7pm service at the church",
    "summer 9am camp drop-off",
    # a list glossed as a kind, then who else the gloss speaks of
    "Kano, Accra, Asmara, Lagos: cities the families name, never in my notes.",
    "Mario, Luigi, Zelda and Kirby are the games the boys fight over at the group home.",
    # a word of another language, said of as a word
    '"amani" means peace in Swahili, the interpreter told the group',
    "esperanza means hope, it says so on the mural at the Latino center",
    # greetings and blessings of other languages, a foster-care programme, colleges, a food
    "Mazel tov, the adoption is final!",
    "Kia ora from the New Zealand trainer on the call",
    "Boozhoo, the tribal worker said, and we all said it back",
    "Chafee funds will cover her dorm deposit",
    "She got into Spelman and her brother into Morehouse.",
    "Jasmine rice and halal chicken are what the kids ask for at the visit",
    # a made-up name, as chat types "let's"
    "for my students i use a made up kid, lets call him Tommy, with details from 3 cases",
    # an elected office's title before a name: a public figure
    "Governor Hochul signed the kinship bill and our director cried.",
    "Mayor Okafor cut the ribbon at the new family visitation center.",
    # hurricanes named, listed after the first, and in chat's lowercase
    "Hurricane Katrina, Rita and Ike all came up in the disaster-planning training.",
    "hurricane milton took out the power for 3 days, no home visits",
    # a kin word alone, acting: a grandmother, unnamed
    "Nana wanted to know whether her son had been arrested.",
    "Dadi asked me if her son was in jail, and I could not say.",
    # a made-up name said not to be one; a made-up family; roles in the plural
    "I tell new workers, \"I'll call him Birch, and that isn't his name.\"",
    "our trainer built a fake family called the Larkspur family for the role play",
    "GALs, CASAs and therapists all want the same report by Friday.",
    # a heading and a number that is no age; a season's weeks
    "Section - 5, the disposal of records",
    "Summer - 2 weeks of camp, paid by the county",
    "Winter - 3 weeks off school for the kids",
    # dishes no English word list holds
    "they had pupusas and horchata after the visit",
    # "call" alone before a made-up name, where an aside or the text says so
    "A dad, call him Birch for this training, not his name, posted the visit on TikTok.",
    "a foster mom, call her Mama Wren in this story (nickname invented), texted the photos",
    # people a trainer compares a family to; a faith; a possessive pronoun; shops
    "The grandmother had real Erin Brockovich energy at the hearing.",
    "The Mennonite family prefers letters to phone calls.",
    "Extended care ends at 21 in most states. Ours is 23.",
    "The vouchers work at Old Navy and Buc-ee's, oddly.",
    # a made-up family in quotes after its "the"; a made-up vignette; a holiday's eve; teams
    'Let\'s call the family "the Larkins" - totally invented - two parents, four kids.',
    "the made up vignette about Rosa and Luis in the manual is overused",
    "New Year's Eve on call again this year.",
    "Lakers or Celtics: the group home staff are divided.",
    # words of another language quoted as words
    'Our Somali interpreter taught us "haa" and "maya", yes and no.',
    'The Kenyan interpreter wrote "amani" on the board: peace.',
    # codes of things, not of people: a spelt hotline, a statute, a form, a ticket, a web page
    "Put 1-800-4-A-CHILD on the flyer for the resource fair.",
    "We reviewed OAR 413-015-0432 in the afternoon block.",
    "Fill in form CFS-2231-B before the visit.",
    "IT gave me ticket INC-0088213 for the frozen laptop.",
    "The slides are at www.example.org/training-2025-11",
    # "point" is no word for "." ("me" is a domain's ending)
    "I was so tired at that point me and my sup just laughed",
    # a hearing's "day of", and an hour before an event's date, with no birth in the line
    "The order was entered on the 2nd day of June, 2024.",
    "the dob question came up at the 9:30 staffing on 3/3/2025",
    # Spanish number words in prose
    "la abuela tiene dos nietos y tres bisnietos en la casa",
    # placeholders of a test system; a marriage's and a rule's old dates; a state's line
    "In the training database every fake client has DOB 01/01/1900 and case 7777-7777.",
    "Caregivers' date of marriage: 06/21/2004, per the home study.",
    "The rule's effective date was July 1, 2008, and nobody has updated the form since.",
    "The state's reporting line, 1-866-555-0119, is on the back of our badges.",
    # a last four of a card, with the social named only as a card
    "The social worker asked for the last four of the EBT card, 4471, to check the balance.",
    # a policy's section after "B."
    "Policy II-B.3.1.4 covers this",
    # an office's, a unit's or a shop's line or fax, as printed
    "Fax the release only to the school office fax, 503-555-0144, never to a parent.",
    "Give families the unit line, 541-555-0177, when you leave, not your cell.",
    "The pharmacy counter at 971-555-0163 closes at nine.",
    "The group home's intake desk is 360-555-0129 and someone picks up at night.",
    # a shredder's or a training's certificate
    "The shred company's certificate of destruction, certificate no. 66120, is in the binder.",
    # months as months, before "and" and a month, or after "in"
    "April and May are when the referrals peak.",
    # a virtue doing what virtues do in a figure of speech
    "Hope pulled me through that first year, and Justice planted the seed.",
    # nations and peoples describing a family or a language; a language's names
    "Pakistani family; the father speaks Urdu, the mother Punjabi.",
    "Many Congolese given names are French words with religious meaning.",
    # a form's name in title case; a speaker put between commas; a caller
    "Release of Information signed for: school, PCP, therapist.",
    "Patience, the trainer said, is a clinical skill, not a personality trait.",
    "Caller's daughter ran away on Tuesday; caller thinks she is at a friend's house.",
    # a wish before "my" and a role; weekdays said to be days
    "Hope my mom is ok after the hearing.",
    "Tuesday and Friday are busy days for the court clerk.",
    # a no-contact order written short
    "f/u w/ BM re: DV cls, no ctc w/ BF per NCO, CW to reassess SP.",
    # people known by a title and one name, and a day named after one
    "Dr. Seuss Day at the school was the day of the removal.",
    "Captain Picard said it's possible to commit no mistakes and still lose.",
    "Dr. Melfi and the duty to warn: that episode was used in the training.",
    # names the writer says are invented: initials not the person's, a name said invented in
    # the next sentence, by the author, or in the role play; a list headed "names invented"
    "I had a case, a boy I'll call J.T., which are not his initials, who kept running away.",
    "For the role play, the father is called Ray. That is invented, and so is his job.",
    "The case study in the textbook calls the family the Okafors, and the author says she "
    "invented the name.",
    "I worked with a family once, let's say the Garcias, though it's not their name, where the "
    "grandmother was the one everyone called.",
    "The grandmother in Family 2 is called Nana Jo in the role play, which the handout says is "
    "invented.",
    "Role play, names invented for the exercise: Ms. Tanaka-Lowe is the foster mom and Kofi is "
    "the teen.",
    # a city's train line by its colour; a town, a language and a people of South Kivu
    "I ride the Red Line home and take calls on the Blue Line too.",
    "The family is from Bukavu, in South Kivu, and they speak Swahili and Mashi.",
    "The mother grew up in Ponce and the father in Bayamón.",
    # a mark of dictation said aloud; a court's hearings by their names, years back
    "note for supervisor colon i could not complete the safety assessment period",
    "Date of removal 11/02/2023; date of adjudication 12/14/2023; date of disposition "
    "01/11/2024.",
    # a virtue from above, a season, a virtue before "i": no caller introducing themselves
    "it's grace from god that we made it",
    "it's summer already and the kids are out of school",
    "this is hope i think, and we hold on to it",
    # letters read out that spell no word beside them
    "the kid wrote d o g on the board and then c a t",
    # the little words of Spanish, Tagalog and Portuguese in a line that mixes them in
    "ella está en Jalisco con su papá desde diciembre, no sé cuándo regresa",
    "Salamat po maam, anak is ok now, nakatulog na siya",
    "a vizinha fica perguntando do meu caso, o que eu falo pra ela?",
    # a sign and an injury named after physicians, a faith's feasts and greetings, Tagalog's
    # mother alone
    "Ophthalmology consult: no retinal hemorrhages. Battle's sign absent.",
    "Skeletal survey negative for acute or healing fractures. No Salter-Harris injuries.",
    "ramadan kareem, we can do the visit after iftar maybe?",
    "Feliz Día de las Madres a todas las trabajadoras también",
    "we made a promessa to Nossa Senhora de Fátima for the kids to come home",
    "Nanay is in the hospital po, she cannot go to the meeting",
    # Haitian Creole's "m" (my) after a mother's title, in a line written partly in it; the
    # billing provider's NPI; a treatment centre and a therapy's author named after people
    "Manman m ap priye pou nou, she says Bondye ap ede nou",
    "NPI 1234567893 for the billing provider; tax ID on the invoice.",
    "Client discharged from residential at Hazelden Betty Ford after 28 days.",
    "Skills group this week: Linehan's DEAR MAN and GIVE skills.",
    # "miss" a verb, or before a modal
    "i miss grace so much",
    "miss can u call me en español porfa",
]


# (issue 11, twenty-third round) A line typed in capitals, as some case notes are: its names
# read as in lowercase, and the capitals rules' names, as written, kept whole
# (names.names_in_capitals_read_as_lowercase); a word-name told something of its own, copied
# on a message or sent one: the person; a word-name that likes something; and a name that is
# no English word after "for" and an office ("Court for Keisha").
FOUND += [
    ("NOAH SAID HE WAS SCARED TO GO HOME.", [("name", "NOAH")]),
    ("SPOKE TO GRANDMOTHER RUTH ABOUT THE PLACEMENT.", [("name", "RUTH")]),
    ("FTM SET FOR JAYDEN AND AALIYAH ON 3/4.", [("name", "JAYDEN"), ("name", "AALIYAH")]),
    ("MET WITH MOTHER, JESSICA ALVAREZ, AND CHILD, NOAH.", [
        ("name", "JESSICA ALVAREZ"), ("name", "NOAH")]),
    ("Visit went fine.\nCALLED DANA TWICE, NO ANSWER.\nWill try again Monday.", [
        ("name", "DANA")]),
    ("tell grace her worker is running late", [("name", "grace")]),
    ("cc mercy and hope on the court report", [("name", "mercy"), ("name", "hope")]),
    ("fwd to faith in legal, she'll know", [("name", "faith")]),
    ("i said to tanisha that the visit is on", [("name", "tanisha")]),
    # ("lil man", a child's nickname as the corpus's writers label it, 16 times of 20: since
    # the fifty-third session)
    ("lil man wont nap so I called his dad Marcus", [("name", "lil man"), ("name", "Marcus")]),
    ("moody family called twice", [("name", "moody")]),
    ("Grace likes school a lot more now.", [("name", "Grace")]),
    ("Hunter liked the new foster home.", [("name", "Hunter")]),
    # a given name run into a hashtag (names.names_in_a_hashtag)
    ("the foster mom posted #TeamJayden with his photo", [("name", "Jayden")]),
    ("#PrayForMateo was all over the group chat", [("name", "Mateo")]),
    # the author of what is made up is a real person (names._AUTHOR_OF_THE_MADE_UP)
    ("Rosalind on the training team writes our fictional case studies.",
     [("name", "Rosalind")]),
    ("Keisha wrote a made-up vignette about a teen who runs.", [("name", "Keisha")]),
    # a surname a list of brands holds too, with its bearer's birth or age right after it
    # (names._born_or_aged_after)
    ("Josue Molina, DOB 02/09/2013, moved to the Oak Street group home.",
     [("name", "Josue Molina"), ("dob", "02/09/2013")]),
    ("Child: Avery Sutter (age 6) is with her aunt.", [("name", "Avery Sutter")]),
    # ... or initials before it (names._initial_before_a_brand_surname); a phone's "PH" is no
    # one's initials
    ("FROM: R. Kaiser, DCFS  PH: (608) 555-0117", [("name", "R. Kaiser"),
                                                   ("phone", "(608) 555-0117")]),
    ("Signed by M. J. Kroger on the back of the form.", [("name", "M. J. Kroger")]),
    # letters a list calls an abbreviation or a word, before a person's role or kin in
    # brackets that does not spell them out (word_uses.role_in_brackets_after)
    ("Attending: PS (facilitator), GAL, CASA", [("name", "PS")]),
    ("Grandma said OT (her cousin) can drive them.", [("name", "OT")]),
    ("ah (bm) no show again, ks (mgm) brought the kids", [("name", "ah"), ("name", "ks")]),
    ("lb (my supervisor) signed off on the release", [("name", "lb")]),
    # ... but not names the text says are real, nor a text that changed the names and then
    # names someone
    ("All names are made up except Keisha, whose real name I used by mistake.",
     [("name", "Keisha")]),
    ("I changed the names but Keisha still recognised herself.", [("name", "Keisha")]),
    ("This case was changed to ongoing services; Keisha is now with Devon.",
     [("name", "Keisha"), ("name", "Devon")]),
    # ... but a given name alone in brackets with a year is a child's
    ("Mom (Keisha, 2019) wrote it on the form.", [("name", "Keisha")]),
    # ... nor a given name before a verb of citing: the child telling, no author cited
    ("As Keisha described, dad hit her with a belt.", [("name", "Keisha")]),
    # ... but a building's word as a surname after a given name that is no word
    ("Tanya Hall called back about the visit.", [("name", "Tanya Hall")]),
    # states' codes listed with initials found as people's are initials too: the others found
    # name no state (names._states_talked_of)
    ("Present: AR, MS, OK, JT", [("name", "AR"), ("name", "MS"), ("name", "OK"), ("name", "JT")]),
    # a number dialled with an exit code in place of "+": "011" from the US, "00" elsewhere,
    # perhaps with a carrier's digits (contacts._EXIT_CODE_INTERNATIONAL)
    ("her mother in Almaty: 011-7-727-555-0142", [("phone", "011-7-727-555-0142")]),
    ("la abuela llama desde Colombia al 009-1-509-555-0142",
     [("phone", "009-1-509-555-0142")]),
    ("dad's number in London is 00 44 20 7946 0142", [("phone", "00 44 20 7946 0142")]),
    # ... not a docket or an SSN that opens with the same digits
    ("case 011-2024-00317 is closed", [("case_number", "011-2024-00317")]),
]
# ... and clean lines in capitals; where one is sent, or an office one calls, which a surname
# may be too ("sent to court", "checked with billing"); an endearment after an adjective of
# size or feeling ("little guy", "poor buddy"); an everyday word after "said to" or "asked to"
# (a verb); a word of praise before "family"; a publication's name
CLEAR += [
    # a title's holder where no verb says what a child or a worker does ("at the church"), and
    # justice as a word
    "Deacon at the church offered to supervise visits.",
    "Justice is in the details, as my supervisor says.",
    # months: spoken of, or a date after them
    "We talked about June and July, the busiest months.",
    "We will meet with June 2 at 3pm, the visit moved to May 5.",
    "In June and I think July we closed the most cases.",
    "summer teacher training is on the 3rd, art therapy after",
    "It was just me and hope that something would change.",
    "pls drop the file off at noon and pick the keys up after",
    "hope sick days are used up for the year",
    "keep faith with me, we are back at square one",
    "Summer did great for the program, the budget did well",
    "The Justice wrote that the Department of Justice and a Bishop agreed.",
    "Faith and Justice are the names of two conference rooms at our office.",
    "The report (June) is due, the deadline (April 30) passed.",
    # "out" is Haitian Creole's August too, but an English word between a number and a year
    "we won 3 out 2019 games that season",
    "room 4410 is the social room",
    "The summer stayed hot and the kids stayed inside.",
    "Bill went to collections after the move.",
    "dont take files home, even for the wknd",
    "the training gave hope a reason to stay",
    "Hope opened up new doors for the family.",
    "Faith gave her hope when nothing else did.",
    "Hope kept her going through the trial.",
    "the 2019 was the social event of the year",
    "In 2019 (social services took over) the case moved.",
    "the 1er etage office is closed",
    "PLEASE SIGN IN AT THE FRONT DESK AND WEAR YOUR BADGE.",
    "URGENT: ICWA NOTICES OVERDUE, ASK LEGAL BEFORE ANY SUBPOENA",
    "SHRED IT, DON'T TRASH IT. LOCK YOUR SCREEN.",
    "Billing wants the claim sent again.",
    "Payroll said no to the mileage.",
    "the report was sent to court on friday",
    "i called work to say i'd be late",
    "checked with billing about the claim",
    "he was sent to juvie last spring",
    "talked to head start about a slot for the baby",
    "little guy did great at the visit today",
    "poor buddy was so scared in the car",
    "our sweet angel turned 3 on friday",
    "mom said to wait in the car",
    "sup said to loop in legal on the icpc",
    "she asked to bill it to the county",
    "good family needs support",
    "strong family, just struggling with rent",
    "Harvard Business Review had an article on burnout.",
    "Stanford Social Innovation Review had a piece on data sharing.",
    "#FosterCareAwareness month starts today #SelfCare #TeamWork",
    # a toll-free number named a public line after it, or after a line's word in Spanish or
    # "info line", or with "itself" between
    "Numbers to give reporters: 1-800-555-0100 (Childhelp, 24/7) and 988.",
    "Línea directa estatal: 1-800-555-0101",
    "Immigration court info line 1-800-555-0102; the fee is $0.",
    "The hotline number itself, 1-800-555-0199, is printed on every poster.",
    # an office's line, named so in brackets after it or by "main" before it; a time's zone;
    # a code of statutes in dotted capitals before its section
    "T 202.555.0100 (main) | F 202.555.0101 (main fax)",
    "From: CPS Unit 7, main (608) 555-0100",
    "Dial by location: +1 646 555 0100 (conference line)",
    "Topic: permanency staffing on 02/18/2025 at 1:30 PM CT",
    "Per K.S.A. 38-2223 the report goes to the county.",
    # ... but not a title used as a noun, nor a word of what the office does
    "do u know if the judge read my letter",
    "officer down on 5th, stay off the radio",
    "yep hallway, judge running late",
    "a retired deputy sheriff wants the whole file",
    "She felt so-so about the in-home visit, ho-hum as it was.",
    "Backup placement: GGM, 81, sharp as a tack",
    "She was taken to the ER (age 3) after the fall, per the old file.",
    # ... but a name the writer makes up, or says is invented, stays aside
    "Our example was about Tomasa, a name I made up, and a fictional town.",
    "Wren, the invented foster mom in the module, is a composite character.",
    "Molina Healthcare, DOB and member number on the back of the card",
    "Billing office, DCFS  PH: ask the front desk",
    "mailed from the clinic, PH listed on the letterhead",
    # a noun's plural that is a surname too, after a verb of care: the things taken
    # (casing._a_plural_noun)
    "I'll use the day to catch up on notes, not to take files to the park.",
    "we use a locked bag for transporting files to court",
    # a role's three capitals after "by", "per", "with" (names._initials_in_context); casework's
    # two-letter abbreviations: continuing education, a foster home, the Children's Bureau
    "Mo to WIC appt 11/9, transport by FSW.",
    "Sign up for the NASW chapter's ethics CE in Harrisburg on May 9.",
    "Placement disrupted. Child moved to emergency shelter pending new FH.",
    "HHS, ACF, CB: the federal chain.",
    # a date with no word of birth near it, after a policy's, a version's or a release's word:
    # its number, no birthday written bare (numbers._old_dates)
    "Policy 4.2.11 covers media contacts.",
    "Policy manual version 3.11.24 replaced version 3.10.22 last fall.",
    "The software update 2015.12.01 broke the auto-save on the contact notes.",
    "ICWA-030 (Rev. 1/1/2020) - Notice of Child Custody Proceeding for Indian Child",
    # an office's published line with more words between: the line's, where it is published
    "The county DHS front desk line is 503-555-0100; press 4 for visits.",
    "The agency's main line, published on our website, is 555-0100, and I give reporters that.",
    # a year after "in" past an SSN's word; a count after a case's word
    "Mary Richmond called it social diagnosis back in 1917, and she disguised her records.",
    "intake volume: 142 calls this week, 61 screened in",
    # a public service's three digits (numbers._SERVICE_CODES)
    "The hotline number is 988, and it's on every poster in the lobby.",
    "The shelter's public intake number is posted on 211's website.",
    "Saints coach quit after the season, the youth told me.",
    # a to-do, and a manager written short, as chat writes them
    "todo: renew CPR cert",
    "the mco case mgr wants everything, i said send a written request",
    # Spanish's "ella" (she) after a word that opens a clause (casing._PRONOUNS_ABROAD)
    "Llame al 911 si hay peligro, le dije, y ella dijo que no tiene teléfono.",
    "No puedo darle el reporte completo aunque ella cuida a los niños.",
    # a month of another language that is a given name too, in a date (casing._MONTHS_ABROAD)
    "l'audience est fixée au 12 avril 2026, salle 210",
    # a building or grounds named after a person ([org-words])
    "Location: Brooks Hall, Room 202 (enter from the side door)",
    "The youth walked across the Roberto Clemente Bridge to get to the game.",
    "The graduation is at Memorial Stadium this year.",
    "The family moved from AR to OK, then on to TX.",
    # an insurance plan's group number, the same for everyone on the plan
    "Group number 88104 is the employer plan, not anyone's own number.",
    "Subscriber plan: Group No.: 0076443 (employer group)",
    # ... but a bracket that spells the letters out glosses them, and "the" makes them a place
    "PT (physical therapist) twice a week at the clinic",
    "OT (therapist) comes to the school on Tuesdays",
    "fp (foster parent) called about the visit",
    "She was rushed to the ER (her mom drove) that night.",
    # a training's text that says all its people are made up: every name in it, on every line
    # (names._MADE_UP_THROUGHOUT)
    "Vignette 2 (all names and details are fictional)\n\nMarisol, 15, is in care. Her "
    "worker, Devon, sees a post.\n1. What should Devon do first?",
    "Case study for module 4. The people in this case are made up.\nKeisha, 9, lives with "
    "her grandmother. The worker, Tomas, gets a subpoena.",
    "This scenario is entirely fictional: Devon, 16, posts a photo of his foster home.",
    "Consult story: twin girls I'll call Clover and Fern (not their names) who spoke K'iche'.",
    # a reading list's references and citations in brackets name authors, no one of the case
    # (names.cited_authors)
    "Reading: Barker, R. L. (2014). The social work dictionary. NASW Press.",
    "Kadushin, A., & Harkness, D. (2014). Supervision in social work.",
    "As Perry and Szalavitz write, the brain develops in a use-dependent way.",
    "Boundaries are a duty of the worker (Reamer, 2018; Strom-Gottfried & Barker, 2016).",
    # Pasted tables, registers and logs (extra112): a room after a record's keyword, a
    # regulation's title and part, an agency's contracts, requisitions, audits, lists, IT changes
    # and purchase orders, its published lines with their hours in brackets, a meeting's dial-in,
    # the Code's standards, and the codes and dates under heads that name a thing or a date of
    # no birth (columns.CLEARED)
    "Closed files go to Records Room 214 by Friday.",
    "Medicaid pays second (42 CFR 433.139) after the private plan.",
    "Per the contract CT-31-0458, shredding is monthly.",
    "HR requisitions REQ-2027-0211 through REQ-2027-0214 are posted.",
    "Bates DCF-PROD-001120 to DCF-PROD-001188 went to the defense.",
    "Audit 2027-AUD-0199 listed three findings.",
    "Send destruction list DL-2027-05 to Legal for a hold check.",
    "IT change CHG0014471 goes in on Friday.",
    "PO: 4500318845   Vendor ID: V0042291",
    "Agency main line (Mon-Fri 8:00-4:30): (608) 555-0177",
    "Refer reporters to the PIO line: (608) 555-0144.",
    "Dial-in (audio only): +1 312 555 0188",
    "Ethics and Confidentiality in Records (NASW 1.07)",
    "Asset Tag | Type | Serial | Last check\nDCF-LT-0551 | Laptop | 8HQ2LX9 | 09/30/2021",
    "Version | Date | Change\n1.0 | 02/15/2019 | First release\n1.1 | 08/30/2019 | Retention",
    "Contract No.,Vendor,Start,End\nCT-21-0117,Acme Scanning,01/15/2021,01/14/2024",
    "Token serial\tModel\tIssued\n000381779912\tRSA SID700\t06/2022",
    # an agency's numbered vans ([numbered-vehicles]), a drive's size ([size-units]), words
    # of its paperwork and programmes that the English list lacks ([extra-words], [not-names])
    "Van 3 leaves at 7:30 from the North Valley office.",
    "The fuel card for Van 4 is in the glovebox.",
    "The encrypted drive holds 64 GB and goes back Friday.",
    "Warmline calls went up in March.",
    "Joint training with CIP this spring.",
    # a thing's word between a record's keyword and the number, a vendor's number glossed, a
    # fiscal year, a date read to its hour, a service desk's tickets and a patch, a regulation
    # cited to its section
    "Destroy eligible records under destruction list DL-2028-04 by March.",
    "Vendor account: CRS-0071124 (Cumberland Records Storage)",
    "QA case review plan - FY2027 quarterly samples",
    "Case notes current through 06/11 17:00, then transfer.",
    "IT mapping fix (CHG0012391) goes live Monday.",
    "The filter broke after patch KB5031455 was applied.",
    "Records kept under 45 CFR 1355.52 for data exchanges.",
    # an organisation's provider number, an employer's number after a tax's word
    "Clinic NPI 1629007714",
    "Provider: Lakeshore Family Clinic (NPI 1902114477)",
    "Payee NPI: 1487650932\nTax ID: 36-1144870",
    # a code of the scheme of one a thing's word or a thing's column numbers (numbers.scheme)
    "On-call kit: laptop CFS-LT-0412 and phone CFS-PH-0077.",
    "Contract No.,Vendor,Start\nCT-24-0117,Acme Scanning,01/15/2024\nRenewals due: CT-22-0650",
    # a continuing-education provider's and a course's approvals, a data system's element, a
    # vendor's invoice, a main line's recorded greeting
    "State Board approved provider #CE-0871; NASW CE approval #886-4412",
    "CE: 2.0 ethics hours, provider approval #1042-CW",
    "Quarterly training, 1.5 CE hrs (co-sponsor provider #CE-0871)",
    "AFCARS corrected file due (element #141 fix)",
    "The interpreter invoice # 51120 came to $240.",
    "PIO posts a banner and the main line greeting (608) 555-0100 by 06:30",
    # a handout's ways of saying its people are made up (names._MADE_UP_OTHERWISE)
    "Names have been changed."
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    "(Names changed.)"
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    "Note: names and identifying details have been changed to protect privacy."
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    "Vignette 3 (names are fictional)."
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    "The following scenario is fictional."
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    "Scenario (fictitious):"
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    "Pseudonyms are used throughout."
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    "Any resemblance to real persons is coincidental."
    " Marisol, 15, is in care. Her worker, Devon Reyes, sees a post about her.",
    # people in the plural of a role's word, spoken to, whatever surname the plural is too
    "talking with neighbors about the move",
    "she talked to cousins in mexico",
    # a unit's name and its code, after a worker's role
    "Transfer - departing worker, Ongoing 2A (last day 05/29)\nReceiving worker\tCases\n"
    "SW III - PCN 40990\t4",
    # a meeting invitation's dial-in lines, a directory's published lines under their head, a
    # log's dates with their times under "Start" and "End", a rule cited under "Citation"
    "Meeting ID: 842 1773 0915\nPasscode: 604218\nDial by location: +1 312 555 0100,,"
    "84217730915#\nOne tap mobile: +1 646 555 0109,,84217730915#,,,,*604218#",
    "Meeting ID: 395 228 4410 | Passcode: CWall925\nCall-in: (253) 555-0110, conference ID"
    " 661 402 18#",
    "Office\tMain line\tHours\nAda County DCFS\t(208) 555-0101\tM-F 8-5\nCanyon County"
    " DCFS\t(208) 555-0102\tM-F 8-5",
    "Agency\tRole\tPublished line\tHours\nHarlan County Sheriff's Office\tWatch Commander\t"
    "(606) 555-0111 (non-emergency)\t24/7",
    "Job\tStart\tEnd\tResult\nCW-DB-Daily\t2025-07-01 01:00\t2025-07-01 01:47\tSuccess",
    "#\tCitation\tDeficiency\n1\t26 TAC 749.2305\tFoster home screenings complete",
    # a date written year first is read by its year, not its day ("30" is no 1930)
    "PROVIDER PAYMENT REGISTER   RUN 2025-09-30 04:12   PAGE 0003",
    "Access audit export 2025-05-02 07:00 for the privacy officer",
    "Shelf A-14-03: destroy 2039-12-31",
    # a published line with words between ("Published law-enforcement placement line:"), as
    # a column's head too, though "intake" names a case
    "Published law-enforcement placement line: (605) 555-0120",
    "Published law-enforcement placement line (24/7): +1 312 555 0188",
    "Shelter\tAges\tBeds\tPublished intake line\tNotes\nSafe Harbor Emergency Shelter\t0-11\t8"
    "\t(559) 555-0130\tcall before transport",
    # famous people of the thirty-third session's additions to [famous-people-phrases]
    "We read Ntozake Shange in the cultural humility module.",
    "The trainer quoted Viet Thanh Nguyen on refugees and stories.",
    # a person a role play leaves unnamed: the letters of the unknowns, and "Doe", after a title
    "In the role play, let's call him Mr. X, the dad wanted the recording of the visit.",
    "Mrs. Y and Mr. Z were the foster parents in the vignette.",
    'The trainer described a child named "Ms. X\'s son" and nothing else.',
    "Ms. Doe, the placeholder mother, asked for the records.",
    # a role written short, with an adult's age after it (LABELS.md: "BM, GAL, FP" are roles)
    "BM (age 29) and BF (age 31) attended the FTM.",
    "Present at the staffing: FP, 52, GAL, 61, and the CW.",
    # a network of schools or clinics named after someone, its word in the plural
    "Her son goes to Kamehameha Schools on a scholarship.",
    # a court's holding named after its party; the emergency services' letters after "by"
    "The Gault decision gave juveniles due process, and Miranda warnings came later.",
    "Child transported to the ER by EMS.",
    # an arrow between a department's or an agency's letters hands nothing between workers
    "Pt moved ER → ICU overnight; the referral went CPS -> DCS.",
    # a president of the United States after "President"; a reading list's authors before a
    # title, with no year; the canon a workshop cites ([famous-people-phrases])
    "The act was signed by President Jimmy Carter in 1978; President Taft created the bureau.",
    "Required texts:\n- Reamer, F. G. Ethical Standards in Social Work\n- Kadushin, A., and "
    "Harkness, D. Supervision in Social Work",
    "Reading for April: Frank Loewenberg and Ralph Dolgoff on the ethical principles screen.",
    # a code's section cited after a record's keyword; a national line, known by its digits;
    # a person left unnamed after a kin or client word
    "Reference: NASW 1.07(i), (j) and (k); Ref: RCW 13.34.030",
    "Poison Help: 1-800-222-1222. The Childhelp hotline (1-800-422-4453) is open all night.",
    'The subpoena asked for "all records relating to the minor child, Child Doe."',
    # a story's people with the titles the story gives them, where the line names the story
    "In Oliver Twist, how would 1.07 apply to Mr. Brownlow's inquiries?",
    "In Anne of Green Gables, what may the Cuthberts tell Mrs. Rachel Lynde?",
]
# ... but a board's president, named so, is a person
FOUND += [
    ("Our board President Maria Johnson opened the meeting.", [("name", "Maria Johnson")]),
    # ... and another toll-free number, and a code's number after a record's keyword
    ("Her cell is 1-800-555-0142.", [("phone", "1-800-555-0142")]),
    ("Case #: WIC 12345678", [("case_number", "WIC 12345678")]),
    # the holder named by initials or a role word after "for", between an id's keyword and it
    ("Medicaid ID for child A.B.: 990284417K", [("name", "A.B."), ("id_number", "990284417K")]),
    # ... and the same name with its title where no story is named
    ("Mrs. Brownlow called about her son's records.", [("name", "Brownlow")]),
]
# ... but another letter after a title, and a surname opening with those letters, are a person's
FOUND += [
    ("Ms. J called back about the visit.", [("name", "J")]),
    ("Mr. Xiong asked for the report.", [("name", "Xiong")]),
    ("I met Mr. Y. Chen at the school today.", [("name", "Y. Chen")]),
    # ... and the same letters with a child's age are the child's initials
    ("MD (age 9) and her brother came to the visit.", [("name", "MD")]),
    # a function word in capitals filling a worker's field is the worker's initials, and the
    # same capitals again in the text are the worker again; a line break closes the field
    ("Worker: AT\nCaseload: 14", [("name", "AT")]),
    ("Note taker: AS; next meeting 5/2", [("name", "AS")]),
    ("Supervision 3/7\nWorker: AT\n1. Father asked AT to text photos. AT said no.",
     [("name", "AT"), ("name", "AT"), ("name", "AT")]),
    # ... but not what answers the field, the work's acronyms, nor a state where one stands
    ("Backup: NO. Lead: IT. Owner: KT", [("name", "KT")]),
    ("Worker: VT\nVT will do the ICPC home visit in VT.", [("name", "VT"), ("name", "VT")]),
    # capitals that are the work's abbreviation too, in brackets after a role written short,
    # or before what says a worker is away, are a worker's initials
    ("FTM 6/14: BM, FP (RT), CW (MS).", [("name", "RT"), ("name", "MS")]),
    ("OK out sick today, so see RT out til 7/1.", [("name", "OK"), ("name", "RT")]),
    # ... but not a department's letters
    ("IT out today, no laptops; HR out of office until Monday. Ask KT.", [("name", "KT")]),
    # the worker's initials again, but not after an article, nor before a bracket saying
    # what the letters stand for there
    ("Worker: AT\nAT called the school; the AT device is on order.",
     [("name", "AT"), ("name", "AT")]),
    ("Owner: PS\nPS (public school) ROI pending; PS will call.", [("name", "PS"), ("name", "PS")]),
    # a family's word heading its items before one surname, the surname only; but not an
    # agency's words, a shop's, or an organisation named after a family
    ("Handover:\n\tFamily Haskins: TPR 12/3\n\tFamily Oduya: visit Tue",
     [("name", "Haskins"), ("name", "Oduya")]),
    ("Family Services, Family Dollar and the Family Nguyen Center all called back.", []),
    # a person's initials in brackets after the name are no acronym the text spells out
    ("Jane Marie Roe (JMR) called; JMR said the visit is off.",
     [("name", "Jane Marie Roe"), ("name", "JMR"), ("name", "JMR")]),
    # a line in title case: a name before a word that is a surname too is still a name
    ("Why Jaylen Still Calls Home Every Night", [("name", "Jaylen")]),
    # a role's whole title in capitals, then a name that is no English word, is the
    # person's; a church's words after a name stay the church's
    ("Intake Worker Priya Raghunathan called about the transfer.",
     [("name", "Priya Raghunathan")]),
    ("Foster Mom Keisha sent the photos.", [("name", "Keisha")]),
    ("Grace Baptist Church hosts the kinship group.", []),
    # ... and after an organisation's words too; but not a portal of a unit's workers
    ("Hospital SW Kathleen Omura called the hotline.", [("name", "Kathleen Omura")]),
    ("County Caseworker Jane Okafor visited the home.", [("name", "Jane Okafor")]),
    ("Youth Services Worker Portal is down again.", []),
    # a double surname of two words after a title; but not two words in title case
    ("CW called Ms. Banks-Freeman afterwards.", [("name", "Banks-Freeman")]),
    ("Mr. Young-Price asked for the records.", [("name", "Young-Price")]),
    ("We talked about Parent-Child issues with the team.", []),
    # a surname that is a function word too, after "Ms." or "Mr." and before a person's verb
    ("Ms. Do asked for a copy of the release.", [("name", "Do")]),
    ("Mr. Le said no to the release.", [("name", "Le")]),
    ("Mr. So-and-so called about a case, the trainer said.", []),
    # an everyday word after a kin word of another language used as a title is a nickname;
    # after an English one it may be a character
    ("Tío Memo picked them up after school.", [("name", "Memo")]),
    ("Tita Baby watches the kids on Saturdays.", [("name", "Baby")]),
    ("Bà Loan asked me not to tell anyone at church.", [("name", "Loan")]),
    ("Uncle Sam takes a third of my overtime.", []),
    # a surname that is an organisation's word too, before "family"; but not a congregation
    # called a family, nor a people's
    ("The Hall family moved across town in May.", [("name", "Hall")]),
    ("Park family - foster home renewal due", [("name", "Park")]),
    ("Our Church family prayed for us all year.", []),
    ("Saint Brigid's cross hangs on the Irish family's door.", []),
    # a surname's particle, then a word of faith or a place's: the surname's; but not a town
    ("Maria de Jesus called about the visit.", [("name", "Maria de Jesus")]),
    ("Mom Liliana García de León — 2 clean UAs, 1 missed", [("name", "Liliana García de León")]),
    ("We drove from San Juan de los Lagos to the border.", []),
    # a roll of a meeting's people: codes of states there are initials too, but not letters
    # before a department's word; a list of states where states are spoken of stays states
    ("Present: AT, IN, ME, SO, TL", [("name", "AT"), ("name", "IN"), ("name", "ME"),
                                    ("name", "SO")]),
    ("Attendees: KT, IN, HR rep", [("name", "KT"), ("name", "IN")]),
    ("ICPC packets went to IN, ME and OK; KT to follow up.", [("name", "KT")]),
    # a title spelt out in lowercase, as voice-to-text writes it, before a surname that is a word
    ("talked to mister hall at the school", [("name", "hall")]),
    ("talked to missus park at the school", [("name", "park")]),
    # a court's settlement named after its party
    ("The Flores settlement still shapes how we treat kids at the border.", []),
    # houses of worship by their words in other languages: no one; a given name that is such
    # a word too stays a name before a surname
    ("Their pastor at Iglesia Bautista Monte Sion offered to help.", []),
    ("The family attends Église Baptiste de la Grâce on Sundays.", []),
    ("Cristiana Lopez called about the visit.", [("name", "Cristiana Lopez")]),
    # regions, natural places and tribal lands (places-extra.txt): no one
    ("We drove to Yellowstone for the visit.", []),
    ("Sierra Nevada foothills placements mean a long drive.", []),
    ("Jackson Hole was where the ethics retreat was held.", []),
    ("The Rio Grande runs right behind the office.", []),
    ("Her aunt lives in Lower Brule and calls every week.", []),
    ("Northern Cheyenne families came to the meeting.", []),
    ("The tribe's ICWA office in Window Rock answered the notice.", []),
    ("We placed her with her grandmother in Pine Ridge.", []),
    ("the Tsosie family in Shiprock wants a home study", [("name", "Tsosie")]),
    # two capitals that are a word or an abbreviation too, opening a sentence before a verb
    # only people take or one of leaving a job: a worker's initials; not a department's, a
    # report's party's, nor a test's that was missed
    ("OR said the visit went fine.", [("name", "OR")]),
    ("ME left the agency in June, so her cases moved.", [("name", "ME")]),
    ("MH told me to text this number if the baby gets a fever.", [("name", "MH")]),
    ("HR said we cannot share the file.", []),
    ("RP stated the kids were home alone.", []),
    ("UA missed 10/3 and 10/7; discussed with the mother.", []),
    # a surname of the Plains nations written as several everyday words, on its list, alone
    ("Walks Alone ICWA notice went out Monday.", [("name", "Walks Alone")]),
    ("Runs Through still on the rez, no phone.", [("name", "Runs Through")]),
    ("For the Little Thunder children, the tribe sent its worker.", [("name", "Little Thunder")]),
    ("Grandma Yellow Robe's hearing is the 14th.", [("name", "Yellow Robe")]),
    ("We saw two bulls and a yellow horse on the drive.", []),
    ("Yellow Horse Road was closed by the snow.", []),
    # a word found as a name elsewhere in the text is no name again where it opens a sentence
    # before a word it modifies; it is before a verb or an adverb
    ("Grace period for the renewal is 30 days. Grace, the new worker, asked about it.",
     [("name", "Grace")]),
    ("Royal blue folders are for court now. Royal asked why his was blue.", [("name", "Royal")]),
    ("Grace said the period ends Friday. Grace also asked about her phone.",
     [("name", "Grace"), ("name", "Grace")]),
    ("Park leaves Friday, and her caseload goes to the new worker.", [("name", "Park")]),
    ("Summer 2024 was when the agency moved. Summer, who is fourteen, asked about it.",
     [("name", "Summer")]),
    # a person's number after her help desk's ticket is hers
    ("Dana's help desk ticket: call her at 555-0148", [("name", "Dana"), ("phone", "555-0148")]),
    # a surname that is an organisation's word too, alone where only a person stands: spoken
    # to, asked, doing what people do or leaving a job, beside "me" or "I"; not after "the",
    # nor a place's or an organisation's name, nor before a verb no person needs
    ("Dear Hall,\nThe subpoena arrived today.", [("name", "Hall")]),
    ("Hi Park: can you cover intake?", [("name", "Park")]),
    ("Thanks, Hall!", [("name", "Hall")]),
    ("Ask Hall; Hall knows where the old files went.", [("name", "Hall"), ("name", "Hall")]),
    ("Tell Park the media request goes through communications.", [("name", "Park")]),
    ("When Park retired, her cases went to me.", [("name", "Park")]),
    ("Street said the reporter called twice.", [("name", "Street")]),
    ("Me and Park drove the kids to the visit.", [("name", "Park")]),
    ("Church and I split the caseload.", [("name", "Church")]),
    ("The Hall said no to the booking.", []),
    ("Central Park said nothing about permits.", []),
    ("We met at Park and Main.", []),
    ("Ask Church Services about the pantry.", []),
    ("Dear Church family,", []),
    ("Hall is booked for the training on Monday.", []),
    ("Park can call you back after four.", [("name", "Park")]),
    ("Street will testify Tuesday about the records.", [("name", "Street")]),
    ("Church will help with the pantry.", []),
    # ... and written before its given name in an e-mail's header
    ("From: Hall, Dana <dhall@example.org>",
     [("name", "Hall"), ("name", "Dana"), ("email", "dhall@example.org")]),
    ("To: Intake Unit; Park, Minji", [("name", "Park"), ("name", "Minji")]),
    # ... and listed among surnames parted by semicolons
    ("Transfer list: Garcia; Hall; Whitehorse - court 6/12.",
     [("name", "Garcia"), ("name", "Hall"), ("name", "Whitehorse")]),
    # ... and a full name that ends so, where only a person fits: her possessive of a record,
    # a strong verb, a request made of her; not a place, a building or a park's staff
    ("Rose Hall's SSN is on the old form.", [("name", "Rose Hall")]),
    ("Ask Sunny Park about the shred log.", [("name", "Sunny Park")]),
    ("CASA volunteer Bill Church submitted a report.", [("name", "Bill Church")]),
    ("My grandma in Long Beach calls every Sunday.", []),
    ("Austin Hall's lobby is open until six.", []),
    ("ask Grant Park staff about the permit", []),
    # leaving a job is what only a person does, after a surname that is a word too
    ("Banks resigned in June; her cases went to Ortiz.", [("name", "Banks"), ("name", "Ortiz")]),
    ("Young retired last spring and took no files with her.", [("name", "Young")]),
    # a family's name before its home is the family's; before a centre's word, an organisation's
    ("The Everett family center sent the release form.", []),
    ("The Everett family home was searched in May.", [("name", "Everett")]),
    # a season that begins or ends with no object is the season; with one, a child may be meant
    ("Winter ends in March, and the caseload drops.", []),
    ("Summer started at the new school on Monday.", [("name", "Summer")]),
    # a virtue at the heart or the core of a work is no one
    ("Trust sits at the core of every release we sign.", []),
    ("Faith is central to how this family copes.", []),
    ("Faith said the release was signed.", [("name", "Faith")]),
    # a given name's possessive before a house's noun, capitalized, names a programme
    ("Rachel's House is a transitional home with its own intake worker.", []),
    ("Ruth's Place only accepts referrals from Intake.", []),
    ("Dana's house was searched twice.", [("name", "Dana")]),
    # people in the plural name no one, whatever verb follows
    ("Ms. Jordan from the Jordan Center for Children called.", [("name", "Jordan")]),
    # a title's word that is no abbreviation, then everyday words naming a thing
    ("The Justice Track covers court testimony and subpoenas.", []),
    ("Father Factor groups meet at the library.", []),
    ("Father Young said the family may stay.", [("name", "Young")]),
    # a form's name of capitalized words after "the", a given name's word first
    ("SACWIS locks the record once the Case Closure Summary is approved.", []),
    # a given name and a colour's word that name a shade, before no verb of people
    ("kelly green shirt, same as the school uniform", []),
    ("carolina blue car seat in the van", []),
    ("kelly green said she would bring the forms", [("name", "kelly")]),
    # virtues that are given names, listed together before "virtues" in the same clause
    ("Faith, Hope and Charity are the three virtues on the chaplain's slide.", []),
    ("Prudence and Patience are virtues on the poster.", []),
    ("Faith and Hope are twins; their aunt calls patience a virtue.",
     [("name", "Faith"), ("name", "Hope")]),
    # a faith's title alone, from a house of worship: the office's holder
    ("Deacon from the church offered to do transports.", []),
    ("Bishop from the AME church called about the food pantry.", []),
    ("Deacon from the youth shelter called.", [("name", "Deacon")]),
    # gardens, acres and estates close a place's name
    ("Rose Garden at Kennedy Park is where the visits happen.", []),
    ("Sunny Acres is a group home, not a farm.", []),
    # things named after people
    ("Bobby pins and hair ties for the girls' hygiene kits.", []),
    ("Dean's list kids end up in care too.", []),
    ("Dean's mom called about the visit.", [("name", "Dean")]),
    # a double surname after a request that opens the sentence, or let know
    ("Ask Young-Park before you post anything about the family fun day.",
     [("name", "Young-Park")]),
    ("Please let Cross-Mills know the payer only gets the treatment dates.",
     [("name", "Cross-Mills")]),
    # made-up names the writer says are made up: an initial, "a name I made up", in trainings
    ("I'll call him J., and that's not his real initial either.", []),
    ("The story of a granddad (call him Pop Ezekiel, a name I made up) who drove a truck.", []),
    ("The girl I call Rosa in trainings is based on three different kids.", []),
    ("I call Rosa every Monday about the visits.", [("name", "Rosa")]),
    # a word-name where someone works ("in our licensing unit", "from the group home"), then
    # what a person does, an adverb between; but a virtue or a blessing from people is given
    ("Amber in our licensing unit laughs every time someone says amber alert.",
     [("name", "Amber")]),
    ("Hope from the group home still owes me five dollars.", [("name", "Hope")]),
    ("Grace from the agency clothing closet let me pick out a suit.", [("name", "Grace")]),
    ("Patience from the families when workers leave is a gift.", []),
    ("Blessing from the pastor at the community meeting was long, but sweet.", []),
    # two capitals that are an abbreviation too, opening a sentence before a person's verb and
    # "she" or "he" later in it: a worker
    ("MH will send the transfer summary before her last day on the 30th.", [("name", "MH")]),
    ("UA has the van keys tonight, she's doing the late transport", [("name", "UA")]),
    ("ER said she needs stitches.", []),
    # a common surname that is a title's word, where only a person stands
    ("Tell Bishop the media request goes through communications.", [("name", "Bishop")]),
    ("Before Bishop left, we sat down and listed every open case.", [("name", "Bishop")]),
    ("The Bishop said the diocese would help.", []),
    # such a surname in an e-mail address of the text, or after a verb of talking to someone
    ("Call Bishop at (614) 555-0147 or kbishop@example.org.",
     [("name", "Bishop"), ("phone", "(614) 555-0147"), ("email", "kbishop@example.org")]),
    ("Told Church no.", [("name", "Church")]),
    ("We visited Temple last week with the youth group.", []),
    # an everyday word opening a sentence before the first steps of a small child's care
    ("Peanut started daycare.", [("name", "Peanut")]),
    ("Cricket is crawling now.", [("name", "Cricket")]),
    # a given name in lowercase that an e-mail address of the text holds
    ("harmony new cell 555-0137 and email harmonyb@example.net",
     [("name", "harmony"), ("phone", "555-0137"), ("email", "harmonyb@example.net")]),
    ("the intake email is intake@example.org", [("email", "intake@example.org")]),
    # a name that does something to "its" own: a town's, an agency's, a hospital's
    ("Beaumont sends its ICPC packets by mail.", []),
    ("Destiny says its her destiny to be a nurse", [("name", "Destiny")]),
    # "one of the" places
    ("Jordan is one of the countries many of our refugee families come from.", []),
    ("Price Hill is one of the neighborhoods our unit covers.", []),
    ("Dana is one of the workers on the unit.", [("name", "Dana")]),
    # ... but other acts of people after an everyday word opening a sentence are a pet's or
    # a story's too
    ("Lassie came home, and so did the dog in our case example.", []),
    # a full name closed by an organisation's word, a role said of it
    ("Sue Ellen Park is the GAL, not a park.", [("name", "Sue Ellen Park")]),
    ("Attendees: Bill Ransom (CW), Sue Ellen Park (GAL), BM",
     [("name", "Bill Ransom"), ("name", "Sue Ellen Park")]),
    ("Grant Park is the best place for visits.", []),
    # Vietnamese capitalizes its names: its lowercase syllables are words
    ("Ngày mai chúng tôi có hẹn ở tòa án.", []),
    ("Mai có hẹn ở tòa án ngày mai.", [("name", "Mai")]),
    # a list after a colon, whose head says what its items are
    ("girls in the group: honor, grace, faith",
     [("name", "honor"), ("name", "grace"), ("name", "faith")]),
    ("states the family lived in: georgia, carolina, virginia, indiana", []),
    # a nickname's possessive before a kin's or a role's word, after a verb of talking to
    # someone that opens the sentence
    ("Emailed Bug's therapist through the encrypted system.", [("name", "Bug")]),
    ("Texted Peanut's foster mom the visit time.", [("name", "Peanut")]),
    ("Called Walmart's pharmacist about the refill.", []),
    # messaging is what people do
    ("Pip messaged me on Signal, and I moved the visit.", [("name", "Pip")]),
    ("Legal emailed me the policy.", []),
    # a word said to be a language's word for something, the language in lowercase too
    ("kai is hawaiian for ocean, which the boy told me proudly.", []),
    ("Marites is Tagalog slang for a gossip, the aunt said.", []),
    ("Maria is here for the visit.", [("name", "Maria")]),
    ("Día de Reyes fell on the visit date, so the report moved.", []),
    # what says a word is someone's nickname: "is what everyone in the family calls", "the
    # grandmother's nickname" set off, a form's "Nickname:" field
    ("Pooh is what everyone in the family calls the youngest.", [("name", "Pooh")]),
    ("Cookie, the grandmother's nickname, is how the kids know her.", [("name", "Cookie")]),
    ("Nickname: Peanut", [("name", "Peanut")]),
    ("Ruby, our office's nickname for the old red fax machine, finally died.", []),
    # a school lunch account's number, a state testing number, the Indian Health Service's
    # number and a state prison's by its department's initials are a person's ids
    ("Her lunch number is 228814 at the elementary school.", [("id_number", "228814")]),
    ("State testing number 1002938475 is on the score report.",
     [("id_number", "1002938475")]),
    ("IHS number 300448812 is on the clinic form.", [("id_number", "300448812")]),
    ("Dad's ADCRR number is 298114; he is at the state prison.", [("id_number", "298114")]),
    # a surname that is an organisation's word too, after a role's word
    ("My coworker Church always shreds before she leaves.", [("name", "Church")]),
    ("The youth Church group meets on Sunday.", []),
    # an agency, a clinic, a school or a court by its Spanish word
    ("Estimados padres: la audiencia es en el Centro de Justicia Juvenil.", []),
    # a real name slipped into a telling with made-up names; a name given for the telling
    ("In the role play I used a made-up name, but then I said Tavita by mistake.",
     [("name", "Tavita")]),
    ("I called the boy Marcus in my example, but his real name is Deshawn.",
     [("name", "Deshawn")]),
    # national identity cards of families' home countries
    ("Tazkira number 1400-0101-55821 is on the copy in the file.",
     [("id_number", "1400-0101-55821")]),
    ("Aadhaar number 9999 8888 7777 on the old card from India.",
     [("id_number", "9999 8888 7777")]),
    ("The mother's Guatemalan DPI, 2417 55903 0101, was on the table.",
     [("id_number", "2417 55903 0101")]),
    # ... and of the UK, Ireland, Canada, the Philippines and Nigeria
    ("His NHS number is 943 476 5919.", [("id_number", "943 476 5919")]),
    ("NI number QQ 12 34 56 C on the form.", [("id_number", "QQ 12 34 56")]),
    ("Social Insurance Number 046 454 286 for the father.", [("id_number", "046 454 286")]),
    ("PhilSys number 1234-5678-9012-3456", [("id_number", "1234-5678-9012-3456")]),
    ("NIN 12345678901 for the mother in Lagos.", [("id_number", "12345678901")]),
    # addresses as Australia, the UK, Nigeria and South Africa write them: a unit before the
    # house's number, a state's code and a postcode of four digits, a British postcode, a
    # private mail bag
    ("Unit 3/45 Smith Street, Fitzroy VIC 3065",
     [("address", "3/45 Smith Street, Fitzroy VIC 3065")]),
    ("The family lives at 14 Kingsley Road, Leeds LS6 1AB.",
     [("address", "14 Kingsley Road, Leeds LS6 1AB")]),
    ("PMB 1234, Ikeja, Lagos", [("address", "PMB 1234, Ikeja")]),
    ("Private Bag 1234, Pretoria", [("address", "Private Bag 1234, Pretoria")]),
    ("Put it in the bag 2 by the door.", []),
    ("He was 3/4 done with the report.", []),
    ("School: room 14, lunch # 40221", [("id_number", "40221")]),
    ("We had lunch with 4 kids at noon.", []),
    # a work's noun right before a name makes it the work's title
    ("That film Precious came up in our book club.", []),
    ('The song "Roxanne" was playing in the lobby.', []),
    ("I play Mario with him on Saturdays.", [("name", "Mario")]),
    ("Grace is a school counselor.", [("name", "Grace")]),
    ("Dana is the name of the worker.", [("name", "Dana")]),
    # ... but not a person's things, nor the one given a caseload
    ("Jayden got into Tyler's car.", [("name", "Jayden"), ("name", "Tyler")]),
    ("I transferred to Maria the whole caseload.", [("name", "Maria")]),
    # a word-name opening a sentence, then what only a person does to a visit or to her own
    # a form's field asking for a person's name holds one, a brand's or a people's word though
    # it is (names.names_in_a_name_field)
    ("Name used at school: Saint", [("name", "Saint")]),
    ("Preferred name: Lakota\nDOB: 01/02/2019", [("name", "Lakota"), ("dob", "01/02/2019")]),
    ("Name: Saint Jones (mother)", [("name", "Saint Jones")]),
    ("Grace says its only a visit.", [("name", "Grace")]),
    # a brand's, a holiday's or a people's word that the text says is someone's name
    ("Chevy is what everybody calls him; his legal name is on the petition.",
     [("name", "Chevy")]),
    ("Lakota is his name, yes, like the language.", [("name", "Lakota")]),
    # an everyday word, then a child's age
    ("Scooter is 7 and very busy.", [("name", "Scooter")]),
    ("Sequoia age 9 does not want to speak to the judge.", [("name", "Sequoia")]),
    # the one texted or messaged something, in chat's short verbs
    ("txt faith the address pls", [("name", "faith")]),
    ("dm joy the link", [("name", "joy")]),
    ("Grant showed up sober to the visit.", [("name", "Grant")]),
    ("Wisdom had her wisdom teeth out and missed the visit.", [("name", "Wisdom")]),
    # "Nan", a grandmother in British, Irish and Australian English: a kin's title
    ("Nan's landline is the best way to reach the family in the evenings.", []),
    ("Mum and Nan both came to the review.", []),
    ("I met Nan Kelly at the office.", [("name", "Kelly")]),
    # a given name, then who the person is to the writer, with no comma between
    ("Faith my GAL is the only one who actually listens.", [("name", "Faith")]),
    ("Heaven my little cousin went to live with him.", [("name", "Heaven")]),
    # two capitals of the lists after "Per", a role in brackets after them; a label asking
    # for initials
    ("Per MH (my supervisor), the case can close after the next review.", [("name", "MH")]),
    ("Visit monitor initials at bottom: CR. Reviewed on Monday.", [("name", "CR")]),
    # two words said to be sisters, though one is a weekday
    ("Ruby and Tuesday are sisters, eight and six.", [("name", "Ruby"), ("name", "Tuesday")]),
    # chat's "tonite" is no name; a brand's word said to be what someone calls a person
    ("hey ms. B its me again, can we do a video call tonite", [("name", "B")]),
    ("Barbie, which is what the grandmother calls Barbara, brought the bikes.",
     [("name", "Barbie"), ("name", "Barbara")]),
    # a title and a surname a parish or a clinic may have is a person's
    ("I met Father Flanagan at the parish.", [("name", "Flanagan")]),
    # a sibling's or a friend's word before a name
    ("Bro Marcus texted me about the visit.", [("name", "Marcus")]),
    ("Sis Tamika is at school until three.", [("name", "Tamika")]),
    # kin words of other languages in Latin letters, before a name
    ("Oma Ingrid wrote a letter to the judge.", [("name", "Ingrid")]),
    ("Dziadek Jan brought soup to the visit.", [("name", "Jan")]),
    # a real person of the writer's own work, said so beside the name, in a sentence whose
    # other names are made up
    ("Student (names fictional: \"Bea\", \"Lou\"): my own client Aaliyah said the same.",
     [("name", "Aaliyah")]),
    ("Scene 2 (made-up family: Rosa and her son Tomás): a trainee said it was just like Kayla "
     "Briggs on my caseload.", [("name", "Kayla Briggs")]),
    ('Made-up names: the mom is "Tina" and the kid, Jaylen, wait, that\'s a real kid.',
     [("name", "Jaylen")]),
    # a word-name that sings or loved or hated something is a person
    ("Winter hated the coat the foster home gave her.", [("name", "Winter")]),
    ("Harmony sings in the choir at the group home.", [("name", "Harmony")]),
    # a middle name that is an organisation's word, between a given name and a surname
    ("Service by publication on father Cody Lane Ritter.", [("name", "Cody Lane Ritter")]),
    # a lawyer's number with a state's bar
    ("Deborah Kline, SBN 301455, for the mother", [("name", "Deborah Kline"),
                                                    ("id_number", "301455")]),
    # what a child was hurt with after chat's "w/" is no one; a player and a patient are
    # roles before a name; a tribe's citizen's number is an id
    ("Roy hits 2yo Wren w/ belt", [("name", "Roy"), ("name", "Wren")]),
    ("Caller coach Dwayne. Player Kamari, 15, sleeping in the gym",
     [("name", "Dwayne"), ("name", "Kamari")]),
    ("Cherokee Nation citizenship number C-228714 in the ICWA packet",
     [("id_number", "C-228714")]),
    # a real person's name given after someone's "name was", in a sentence with a fake name
    ('I once used the name "Mary" as a fake name and a participant said her daughter\'s name '
     'was Mary.', [("name", "Mary")]),
    # a month's possessive before a child's appointment names a person, but not the month of
    # a range after it
    ("June's visit is on Tuesday.", [("name", "June")]),
    ("April's hearing was moved from April to May.", [("name", "April")]),
]
# a chat's handles made from a person's name are the person, and no e-mail address after a
# space; a pet name a letter is written to; a name after a weekday's range on a rota; a
# surname that is a town's too before a family's case; a name greeted on a feast
FOUND += [
    ("IntakeBot: Referral R-88230 assigned to @l.ortiz",
     [("case_number", "R-88230"), ("name", "l.ortiz")]),
    ("cc @s.oyelaran on the intake email pls", [("name", "s.oyelaran")]),
    ("edited: sorry, meant @will.t not @will.b", [("name", "will.t"), ("name", "will.b")]),
    ("standup in 5 @jmurphy", [("name", "jmurphy")]),
    ("send it to kelsey.m @example.net today", [("email", "kelsey.m @example.net")]),
    ("Dear Pumpkin, Daddy misses you.", [("name", "Pumpkin")]),
    ("On-call: Thu Will, Fri-Sun Marcus.", [("name", "Will"), ("name", "Marcus")]),
    ("Walt asked for the caseworker on the Greer case", [("name", "Walt"), ("name", "Greer")]),
    ("so the Carmichael kids will need a new volunteer", [("name", "Carmichael")]),
    ("Happy Diwali Anika! See you Saturday.", [("name", "Anika")]),
    ("Happy Lunar New Year Minh!", [("name", "Minh")]),
    # ... a kin word of the family's language after another is no nickname; a word-name
    # opening what is said to the one it names; a chat export's writer above the message
    ("Dear Bà Nội, I got an A in math. Love, Khoa", [("name", "Khoa")]),
    ('Thank-you card: "Rich, you were the first adult who asked me."', [("name", "Rich")]),
    ("rob 10:43 AM\nyes, 2pm, room 4", [("name", "rob")]),
    ('Christmas card: "Love, Mitch, Carol & the boys"', [("name", "Mitch"), ("name", "Carol")]),
    # ... someone from an office whose name holds "&"; a name after "love you" or "miss you";
    # a full name in a heading's Title Case after its capitalized "For" or "From"
    ("Joy from the Boys & Girls Club asked for a list of kids in care.", [("name", "Joy")]),
    ("miss you Hope.", [("name", "Hope")]),
    ("Agenda — Review For Gabriela Sousa — Placement Stability, School, Visits",
     [("name", "Gabriela Sousa")]),
    ("Notes From Maria Lopez And The Team", [("name", "Maria Lopez")]),
    # ... a name after a kin title of Zulu, Xhosa or Māori; a police report's number in India
    # and South Africa; New Zealand's health index number
    ("Gogo Thandi says the grant is late.", [("name", "Thandi")]),
    ("FIR No. 214/2023 was registered at the police station.", [("case_number", "214/2023")]),
    ("SAPS CAS 112/04/2024, Ivory Park.", [("case_number", "112/04/2024")]),
    ("NHI for the baby is ZZZ0024", [("id_number", "ZZZ0024")]),
    # ... a form's surname in capitals that is a place's or a word too, before a comma and
    # the given name
    ("Petitioner: DALTON, TRACY L.", [("name", "DALTON, TRACY")]),
    ("Licence No. FH-20931 issued to WARD, ANNETTE",
     [("id_number", "FH-20931"), ("name", "WARD, ANNETTE")]),
    # ... a town no more where a state's code opens an id's number; a name after a kin title of
    # Spanish typed in lowercase
    ("The Medicaid ID for Everett, KY-00291847, was printed on the request.",
     [("name", "Everett"), ("id_number", "KY-00291847")]),
    ("tío Nacho dice que no quiere su nombre en los papeles", [("name", "Nacho")]),
    ("abuelo Goyo se cayó, he's in the hospital", [("name", "Goyo")]),
    # ... a worker's act under way after the worker's initials in a day's plan
    ("11:00 court: DM testifying, LB transport", [("name", "DM"), ("name", "LB")]),
]


# a last four in a line typed in capitals (a relay call's or a TTY's transcript)
FOUND += [
    ("CALLER GAVE LAST 4 OF SOCIAL 0419 AND DOB 2/9/1987",
     [("ssn", "0419"), ("dob", "2/9/1987")]),
    ("RELAY: LAST 4 OF THE SOCIAL IS 2281 GA", [("ssn", "2281")]),
    ("MOM CONFIRMED LAST FOUR SSN 6650 DOB 3/3/1990", [("ssn", "6650"), ("dob", "3/3/1990")]),
]


# two capitals that are an abbreviation of the work too, after a word for a worker: the worker's
# initials; not what a worker did or is ("CW HV", "SW II", "worker TBD")
FOUND += [
    ("Investigation closed and handed to worker MH.", [("name", "MH")]),
    ("worker AG is covering the Ruiz visits", [("name", "AG"), ("name", "Ruiz")]),
    ("Supervisor note: caseworker PS missed two contacts this month.", [("name", "PS")]),
    # (a person's initials before a number word that reads out no code)
    ("J. R. one of the kids is out", [("name", "J. R.")]),
]


# names the writer says are made up, in more words; letters read out that spell a word, not a
# name; lines written partly in another language; ICD-10's codes; a charity's letter
CLEAR_TOO = [
    'I\'ll call the grandmother "Nell", not her real name, and her grandson "Ari," also made up.',
    'Let\'s say the teen is "Marcus." I\'m making that up. Marcus is sixteen.',
    '"Priya" — a name I\'m making up — runs a group home.',
    "Mr. Okafor, whose name we've changed, has two grandchildren in care.",
    "spelling test tomorrow: c a t and h a t",
    "Mija, ya comiste? Tu tía te manda besos",
    "Nou la pou ou, pitit, manman renmen w anpil.",
    "Obrigada, a mãe te ama muito.",
    "hi anak, miss you na",
    "Claim lines: F43.10 and Z62.21 billed under 90837.",
    "Dear Donor,\nThank you for the backpacks.",
    # a letter signed off by a role; a school's grades after its name
    "Dear Grandpa,\nThank you for the books.\n\nLove, your granddaughter",
    "School: Whitman K-8. Grade: 5.",
    # a town's court after its possessive: no one's juvenile
    "Lafayette's juvenile court asked for the file.",
    # Polish in a line, more little words of Haitian Creole and Spanish; kin's words of
    # Ukrainian and Tagalog; the place after a kin's word and "from"
    "Babcia przyjedzie w niedzielę. Dziękuję!",
    "Manman di li pa vle pale nan sal datant la.",
    "Mi amor, la trabajadora social viene mañana.",
    "Babusia wants to know about Saturday school.",
    "Ninang and Ninong are the godparents, not guardians.",
    "The aunt from Okap is the kinship option.",
    # a grade's numeral after a role is no one's initials
    "Caseworker II (24) started in March.",
    # a key to abbreviations; the agency's lawyers and a family's and a youth's plans
    "Key: TQ = transport request, LK = home visit.",
    "Per OGC: the court order covers the psych eval.",
    "FSP/ISP both need an update after the FTM.",
    # the new year's and Christmas greetings of Spanish and Tagalog
    "Próspero Año Nuevo. The purge list is due January 15.",
    "Maligayang Pasko po! No client photos on the slideshow.",
    # a paper's country, which is a given name too
    "The card from India is old.",
    # a name's field left open or filled with words in capitals
    "Name: UNKNOWN",
    "Surname: N/A",
    # "No." labels a grant's, a contract's or an agreement's code: no sentence ends there
    "Grant No. 90CO1234 funds the evaluation.",
    "Data Sharing Agreement No. DSA-2024-017 with the university.",
    "Contract No. 24-CPS-0881 covers the transcription.",
    # a study's codes for its participants, in a de-identified extract
    "Study ID R-31-0442 had four placement moves.",
    "Participants were given random codes (P001-P120).",
    # an office's extension after a record's word, a range of rooms, a form's label glued to
    # its date
    "Extension list: intake x2100, records x2231, legal x2400.",
    "The records vault is rooms 410–418 on floor 4.",
    "Hearing Date:05/12/2025 Time:9:00AM Dept:11",
    # a famous person with a role that is no caregiver's set off beside the name
    "Oprah, the talk show host, said it on air.",
    # ... but a virtue's word before a verb no person's alone
    "Hope pls work this time, printer.",
    # authors cited in the sentence, the year in brackets after them
    "Doe and Richards (2021) found that most workers shared details.",
    "See Whitaker et al. (2019) for the survey.",
    "Harlow, Sandoval and Brandt (2022) replicated the study.",
    # the half-siblings, a genogram's shorthand for kin, a court's parties, "whoever"
    "- half-sibs placed together with the PGM",
    "MGGM for a great-grandmother, PGP for the paternal grandparents.",
    "Motion for Protective Order: Movant asks for review in camera.",
    "Round 2: swap roles. Whoever was the worker plays the grandparent.",
    "the twins have different fathers. DNA confirmed it",
    "improv warm-up: say one thing you'd never say in a waiting room",
    # a building or a dealership named after a person or a brand
    "The Whitaker building lobby is not a private place to talk.",
    "Lexus dealership donated backpacks for the drive.",
    # a verb of talking or care that is a noun after a participle
    "A youth found his file on a shared drive link someone emailed him.",
    # what something costs, opening a note in lowercase
    "price is the biggest barrier for daycare",
    # a clan's name, as Diné people give their clans
    "Born for Towering House; maternal grandfather Salt clan.",
    # an agency's budget code, operating account and a bank's routing number
    "account code 6100-220 for foster parent training stipends",
    "agency operating account 004418822197, routing 099990001, is the county's",
    # names said to be fake, fiction or picked for the story
    "Fake names: Zoe, 5, and her brother Eli, 3.",
    'The story of "Tommy" on page 40 is fiction written for the course.',
    '"Jamal" in the next example is a name I picked for the story.',
    # families' peoples, kin words, greetings and feasts; a tribal town
    "Punjabi family; Sat Sri Akal, and the youth wants to do langar seva on Sundays.",
    "mausi (mom's sister) is the kinship provider; chacha is not approved.",
    "Salish family from the Flathead Reservation; the powwow at Arlee is a tradition.",
    "The Blackfeet family in Browning asked that the kids come home.",
    "Mele Kalikimaka from the Honolulu office!",
    # a hotline log's and a supervisor's words short
    "caller says a member hasn't been picked up. law enf called.",
    "Sup shorthand: SDM high, SF present. RFA started; FDC phase 2.",
    # a hotline's reporting party, wherever the log says "RP states"; a prior authorization
    "RP states mom threatened the baby during a fight, witnessed by RP's daughter.",
    "PRTF auth denied by MCO; appeal w/ LOC docs by Fri.",
    # a city with its suburbs; a child whose death made the case public
    "The Boys & Girls Clubs of Metro Atlanta asked for a list of youth in care.",
    "The Gabriel Fernandez documentary is hard to watch.",
    # a title's stop ends no sentence that says its names are made up
    'Made-up case: "Mr. and Mrs. Park" foster a 13-year-old named "Dev".',
    # a list's heading after a verb of sending, a word no given name before its colon
    "cc list: Legal; Records; IT Security; Training",
    # a team's handle; a card's "Love," before the names that sign it; a letter to a role, a
    # group or many; a town's office; the languages of Chin families; a goodbye
    "@oncall there's a hotline call in the queue",
    "@here standup moved to 11",
    'Card: "Love, the whole team at the visitation center"',
    "Dear Colleagues, Dear Diary, Dear Presenter, Dear Volunteers,",
    "the Denver office called about the ICPC",
    "The interpreter speaks Hakha Chin, not Falam.",
    "Card from Dadi and Dada, in Hindi, translator has the copy.",
    "Honey, you did great today.",
    "Well, you know how it goes.",
    "Center For Children And Families",
    "I love you all!",
    "Hope from the start & the end was the goal.",
    # an office addressed by a title or after a comma; the rest of a word a scanned page broke
    # across a line; a kin word alone; a forum's posters; children whose deaths made their
    # cases public in Britain; agencies, places and games of workers abroad and of visits;
    # a toy named like a person
    "Good evening, Madam Chair and members of the committee.",
    "Thank you, Chair. I support the bill.",
    "Madam Speaker, I rise in support of the amendment.",
    "The Mother shall have supervised visitation twice week-\nly for two hours.",
    "Re-\nspondent Mother appeared with counsel.",
    "Gogo says the grant money is late again.",
    "+1 to PP. Don't ever take files home.",
    "Since Maria Colwell in 1973, every inquiry says the same thing.",
    "Justice for Star Hobson, justice for Arthur Labinjo-Hughes.",
    "Logged on the Tusla system after Garda vetting came back clear.",
    "Family court in Makati moved the hearing to 2pm.",
    "The twins played Hungry Hungry Hippos and Candy Land.",
    "Daughter's doll is named Annabelle; she made mom hold it.",
    # an office's name closed after "of"; a university; authors; words of Arabic and Haitian
    # Creole quoted in chat; a Spanish word after a kin word in lowercase
    "The presenter from the Department of Justice explained it well.",
    "The Yale Child Study Center consult was de-identified on both ends.",
    "Stephen King novels on the shelf, and anything by Jason Reynolds.",
    "dad says walahi he will go to the class this time",
    "lo dio la tía por teléfono",
    # signs, devices and a hospital's wing named after people; medicines of recovery and of
    # newborns; tribal towns and towns abroad that families come from
    "Moro reflex present, Foley catheter out at 0800.",
    "Transferred to the Hartwell wing for the eating disorder program.",
    "Apgar 8 and 9, no withdrawal signs at 48 hours.",
    "Geneticist: bruising not consistent with Ehlers-Danlos.",
    "Antabuse discontinued; naltrexone started.",
    "Al-Anon for grandma, Alateen for the teen.",
    "we drove down from pierre for the hearing",
    "The family is from Sells, and the aunt lives on Second Mesa.",
    "Placement search: two homes in Cass Lake, one in Big Cove.",
    "From Huehuetenango to Tapachula took 19 days.",
    "The mother's people are from Les Cayes.",
    # a word-name before "as the" and a role that opens a clause; a role; a workshop's groups;
    # a word of the law
    "Justice as the judge sees it is not the same as fairness.",
    "Consultation with the ethicist. Ethicist says the sister needs some information.",
    "Breakouts had to happen in the hallway.",
    "a worker who believes a disclosure order is overbroad tells Counsel.",
    # a role's plural in British spelling
    "She told me to stop writing what neighbours said about each other.",
    # a rank's first word before its title, in a made-up name's line; ships; bases abroad;
    # things of disability services and of the military named after people; the Deaf
    # community's phones; letters spelling no name; capitals that are a report's words
    "In the vignette we call him Petty Officer Lane, which is not his real name.",
    "USS Carl Vinson is back in port on Friday, so expect a wave of visits.",
    "Ramstein, Kaiserslautern, Landstuhl: the same small community.",
    "He has Duchenne and uses a Hoyer lift at home.",
    "A reporter from Stars and Stripes called about base housing.",
    "The TTY printout ended with SKSK.",
    "The sign on the door said S-T-O-P.",
    "Check the subject LINE of the email before you send it.",
    "EAP called about the release.",
    'The poster in the lobby said "JUST SAY NO TO DRUGS" in red letters.',
    "PO 2023-0417 covers the new shredder.",
    "Evidence bag 23-0058 went back to the police.",
    "The 2011-2012 school year was her last at Lincoln.",
    "TTY: I HAVE TWO KIDS AND ONE DOG GA",
    "birthday party planning meeting?\n12/5",
    "The twins call their foster parents Mama and Papa now.",
    "My grandma Nana was the one who raised me.",
    "The detention hearing is set for 3/4 at 9.",
    "coach u coming to the game?",
    "Sertraline started two weeks ago for the teen.",
    "Grandpa takes Eliquis and metformin with breakfast.",
    "The Pop Warner league asked for a birth certificate.",
    "Karate sensei asked about the kid's story.",
    "The foreman at Rancho Los Olivos wants a subpoena first.",
    "Got yelled at in the parking lot again.",
    "Mr. Miyagi taught patience; so does intake.",
    "Mom and Dad are the parents on the petition.",
    "Poppy and Branch from Trolls were on his backpack.",
    "Ken from Street Fighter is his main now.",
    "Joy and Sadness in Inside Out are my favourite teaching tool.",
    "The toddler will only watch Blippi.",
    "Christmas is the name of the toy drive this year.",
    "Meet at the corner of Lincoln and Main, by the bank.",
    "Georgia Tann sold children through the Tennessee Children's Home Society.",
    "Fenway tour for the teens, donated by the team's foundation.",
    "el padrino y la madrina no tienen papeles todavía, so no background check yet",
    "pat the bm's baby on the back and hand him over",
    "call the bd's mom after court",
    "the library on lincoln has free wifi for the teens",
    "visits moved to the county office on monroe",
    "mckinley middle has a new counselor",
    "madison junior high called about the bus",
    "nour means light in arabic btw",
    "ok so haa is yes and maya is no in somali",
    "Beds\nTotal - 12\nRoom - 4\nMonday - 10, Tuesday - 12",
]

# two capitals after a word for a worker that say what the worker did or is; the checks named
# after a boy, and the genogram's authors; letters of a dictated code
CLEAR_TOO += [
    "CW HV: kids present, home safe.",
    "SW II positions posted on the county site.",
    "assigned worker TBD until Monday",
    "Adam Walsh checks for two states are still pending.",
    "The genogram symbols follow McGoldrick and Gerson.",
    # a dictated code's letters, read out before its number
    "Dictation: the form is C. F. S. one fifty one period new paragraph",
    "voicemail: the invoice I. N. V. twenty twenty four oh one seventeen was paid",
]

# capitals the text spells out in brackets right after them; a public-records request's
# tracking number
CLEAR_TOO += [
    "Abbrev. used below: NC (no contact), UTC (unable to contact), LM (left message).",
    "Relatives: MA (maternal aunt) and PU (paternal uncle) both at the meeting.",
    "Public records request PRR-2025-0417 is due back in ten business days.",
    # a weekend written short
    "PGM to have wknd visits thru summer.",
    # an agency's purchases, books and bids
    "Purchase requisition PR-25-0418 covers the sensory toys.",
    "Journal entry JE-25-220417 moves the bus passes to the right line.",
    "Bid number B-25-0117 for the shredding contract closes Friday.",
    "Grant award 2025-VOCA-0233 ends in September.",
    # the novelist an adoption agency was named after; what holds one up on a street
    "Pearl S. Buck's old agency handled the adoption in 1980.",
    "running late, construction on jefferson again",
]
FOUND += [
    # (the letters a worker's initials elsewhere in the line)
    ("Action item owner: KS; re: KS (kinship support) plan.", [("name", "KS")]),
]

# (fifty-third session) the record of a person's id; an English word for a role or a title as
# a nickname; a nickname's kind after a kin's possessive; a flat's bedrooms
FOUND += [
    ("Her student record S0098812 came over from the old district.",
     [("id_number", "S0098812")]),
    ("the I-94 record number 99120448812 is on the arrival page",
     [("id_number", "99120448812")]),
    ("medical record 5512094 is at the clinic", [("case_number", "5512094")]),
    ("His nickname is Boss, and he answers to nothing else.", [("name", "Boss")]),
    ("the boys call him Professor", [("name", "Professor")]),
    ("Dove is the family's pet name for their youngest.", [("name", "Dove")]),
    ("12, rue des Tilleuls, 69003 Lyon", [("address", "12, rue des Tilleuls, 69003 Lyon")]),
]
CLEAR_TOO += [
    "the kids call her Paati and nobody else does",
    "they found a 3 bdrm close to the school",
    "2 bd 1 ba, the landlord wants first and last",
]

# (fifty-third session) a place listed with places; a people's language listed with
# languages; camps and islands families come from; a nickname after "aka"; a case's number
# under its caption; a role's word before a full name and an acronym
FOUND += [
    ("The boy is Kawika, aka Wika, in third grade.", [("name", "Kawika"), ("name", "Wika")]),
    ("IN THE INTEREST OF T.R., a minor\nNo. 2025 JA 01187",
     [("name", "T.R."), ("case_number", "2025 JA 01187")]),
    ("Youth Marisela Ortega AWOL since Friday night.", [("name", "Marisela Ortega")]),
]
CLEAR_TOO += [
    "The tribal workers flew in from Kotzebue, Bethel, Nome and Fairbanks for the ICWA training.",
    "The consent forms come in Arabic, Somali, Swahili and Karen.",
    "Camps on the intake sheet: Nyarugusu, Nakivale, Kutupalong.",
]

# (fifty-third session) a phone after the caller's id or a fax's word, or glossed as a phone
# in brackets, or said a cell before a record system's name; a nickname others use
FOUND += [
    ("Caller ID 312-555-0177 on the voicemail log.", [("phone", "312-555-0177")]),
    ("The number for the Ruiz case: 555-0164 (her cell, not the office).",
     [("name", "Ruiz"), ("phone", "555-0164")]),
    ("JT's new cell 555-0139 — update in CCWIS.", [("name", "JT"), ("phone", "555-0139")]),
    ("The man they call Preacher sleeps behind the church.", [("name", "Preacher")]),
]

# (fifty-third session) a date of birth in another calendar, after a birth's word; not a
# date of another calendar with none
FOUND += [
    ("DOB 3 Tevet 5774 per the family's papers.", [("dob", "3 Tevet 5774")]),
    ("His birthday on the tazkira is 1399/02/20.", [("dob", "1399/02/20")]),
    ("She was born 15 Shawwal 1432, her passport says.", [("dob", "15 Shawwal 1432")]),
]
CLEAR_TOO += [
    "The Eid party is on 1 Shawwal 1446 at the center.",
]

# (fifty-third session) the party a court's caption in capitals names; not an agency there
FOUND += [
    ("IN THE MATTER OF NAKAMURA, a minor child", [("name", "NAKAMURA")]),
    ("STATE OF IOWA v. FALEOLO, Respondent", [("name", "FALEOLO")]),
]
CLEAR_TOO += [
    "IN THE INTEREST OF A CHILD UNDER EIGHTEEN",
    "PEOPLE OF THE STATE v. DEPARTMENT OF CORRECTIONS, Respondent",
]

# (fifty-third session) a number a gloss right after it names a thing's; a list of ids in
# groups parted by spaces; a veteran's file number; peoples, cars and apps no one's
FOUND += [
    ("555-0142 is the foster mom's cell", [("phone", "555-0142")]),
    ("Medicaid IDs for the twins: 8812 0044 71, 8812 0044 72.",
     [("id_number", "8812 0044 71"), ("id_number", "8812 0044 72")]),
    ("His VA file number is C 31 552 904.", [("id_number", "C 31 552 904")]),
]
CLEAR_TOO += [
    "4500229 is the purchase order for the cribs.",
    "C-25-0117 is the contract with the drug-testing lab.",
    "Yazidi and Chaldean families both use the church hall.",
    "Bassa and Kpelle are spoken at home.",
    "Grandpa's Silverado has no back seat.",
    "She found Yubo and Wizz on her brother's phone.",
]

# (fifty-third session) "lil" and a letter, a given name or a word a child is called by, one
# nickname; not a little of something, nor a kin
FOUND += [
    ("lil k needs a ride to practice", [("name", "lil k")]),
    ("pick up lil man after school pls", [("name", "lil man")]),
    ("Lil Ray ran from the group home again.", [("name", "Lil Ray")]),
]
CLEAR_TOO += [
    "we were a lil bit late to court",
    "lil bit late, the bus broke down",
    "her lil bro came to the visit too",
]


# (fifty-fourth session) a brand's or a holiday's word borne as a surname after a given name;
# ids after an offender's, a recipient's, a library's and a prison's word
FOUND += [
    ("Akiko Honda is the interpreter for the family.", [("name", "Akiko Honda")]),
    ("Mariel Christmas signed the kinship agreement.", [("name", "Mariel Christmas")]),
    ("Offender # 772019 per the parole office.", [("id_number", "772019")]),
    ("recipient no. 0091-2231-55 on the notice", [("id_number", "0091-2231-55")]),
    ("library card 21774 00912 3390 is the teen's", [("id_number", "21774 00912 3390")]),
    ("his prison number is K30417", [("id_number", "K30417")]),
]
CLEAR_TOO += [
    "The Honda is parked behind the office.",
    "the offender was 19 at the time",
]

# (fifty-fourth session) tables pasted from a spreadsheet: dates under a birth's head, fields
# in quotes, a cell that says whose number it holds under a thing's head; a roster's surname
# in capitals, its comma and the given name or its initial
FOUND += [
    ("sibling,age,dob,placement\nAmari,7,10/02/2017,Reyes home\nZion,4,01/19/2020,Reyes home",
     [("name", "Amari"), ("dob", "10/02/2017"), ("name", "Reyes"), ("name", "Zion"),
      ("dob", "01/19/2020"), ("name", "Reyes")]),
    ('"EBT Card","Cardholder","Issued"\n"5077 2201 9934 1180","Lam, Bich","04/01/2025"',
     [("id_number", "5077 2201 9934 1180"), ("name", "Lam"), ("name", "Bich")]),
    ("Mileage\nDate,Driver,Vehicle,Riders\n6/3,T. Okoro,plate 4MNB552,3",
     [("name", "T. Okoro"), ("id_number", "4MNB552")]),
    ("PEREZ, M. booked at 0415", [("name", "PEREZ, M.")]),
    ("Label: HILL, DESHAWN | MRN 00441920",
     [("name", "HILL, DESHAWN"), ("case_number", "00441920")]),
    ("2025-0007719  EKWUEME, DANIEL  booked 03/02 22:10",
     [("case_number", "2025-0007719"), ("name", "EKWUEME, DANIEL")]),
]
CLEAR_TOO += [
    "Item | Return date\nLaptop | 06/10/2024",
]

# (fifty-fourth session) a real person set against a made-up one after "but"; a placeholder's
# letter and an age; abbreviations of treatment; brands and a relief society named like people;
# dotted initials with their dates of birth in brackets
FOUND += [
    ("The vignette's family is made up, but Keanu told me it sounded like his own.",
     [("name", "Keanu")]),
    ("Youth K (15) ran from placement.", [("name", "K")]),
    ("Children: T. (DOB 4/2/2015) and L. (DOB 8/9/2018)",
     [("name", "T"), ("dob", "4/2/2015"), ("name", "L"), ("dob", "8/9/2018")]),
]
CLEAR_TOO += [
    "Child B (age 5) tells a teacher in the vignette.",
    "Step down from IOP to OP next month.",
    "FI scheduled at the CAC on Tuesday.",
    "Ocean Spray juice boxes for the visit.",
    "Cruz Roja found the father in Honduras.",
]

# (fifty-fourth session) a nickname after a field whose label says a name follows, or after
# "call me"; children named in a list its gloss says were named by a parent; letters listed
# with their ages; a season come or gone
FOUND += [
    ("Youth: Marcus Bell\nGoes by: Biscuit\nDOB: 03/02/2011",
     [("name", "Marcus Bell"), ("name", "Biscuit"), ("dob", "03/02/2011")]),
    ('Name: Terrell Odom\nAKA: "Rooster"', [("name", "Terrell Odom"), ("name", "Rooster")]),
    ("Intake: Jada Simms\nStreet name: Tank", [("name", "Jada Simms"), ("name", "Tank")]),
    ('"Call me Buckshot, everybody does," the uncle said at the door.',
     [("name", "Buckshot")]),
    ("Zuri, Amani & Imara — mom named them after her favourite singers.",
     [("name", "Zuri"), ("name", "Amani"), ("name", "Imara")]),
    ("B (12), C (9), D (4) — all three seen at school.",
     [("name", "B"), ("name", "C"), ("name", "D")]),
]
FOUND += [
    ('Dad says he calls the baby "Bean" at home.', [("name", "Bean")]),
    ("The TV judge is fictional, and the real judge in Amara's case is kind.",
     [("name", "Amara")]),
]
CLEAR_TOO += [
    "Goes by: the Bridge program",
    "Vang, Xiong, Yang, Lee: Hmong clan names",
    "Summer is here, and with it the beach trips.",
]
# (fifty-fifth session) ids listed after one keyword, on the next lines or glossed in brackets,
# a field's value under its label, plural keywords, a file's name, a person's bank account;
# full names whose surname is a street's or a lake's word
FOUND += [
    ("Medicaid:\n5529 1180 (youngest)\n5529 1198 (oldest)",
     [("id_number", "5529 1180"), ("id_number", "5529 1198")]),
    ("Student IDs: 20931 (Ana), 20944 (Ben), 20950 (Cai).",
     [("id_number", "20931"), ("name", "Ana"), ("id_number", "20944"), ("name", "Ben"),
      ("id_number", "20950"), ("name", "Cai")]),
    ("Passports: K55X2031 and K55X2047.", [("id_number", "K55X2031"), ("id_number", "K55X2047")]),
    ("Licenses on file: D552-4410-7781, F901-2290-1134.",
     [("id_number", "D552-4410-7781"), ("id_number", "F901-2290-1134")]),
    ("passport_X55102937_front.jpg", [("id_number", "X55102937")]),
    ("scan_Medicaid_772019384.pdf", [("id_number", "772019384")]),
    ("Her savings account number is 66120937.", [("id_number", "66120937")]),
    ("Bank account 5512 0093 7781 is in grandpa's name.", [("id_number", "5512 0093 7781")]),
    ("Foster mom Ivy Lane called about the respite form.", [("name", "Ivy Lane")]),
    ("Autumn Lake, the aunt, asked for a copy.", [("name", "Autumn Lake")]),
    # people beside animals stay people
    ("Maria and Jose are scared of the dogs.", [("name", "Maria"), ("name", "Jose")]),
]
# ... and a camera's file name, pets listed, names said to be made up, kin words of other
# languages
CLEAR_TOO += [
    "IMG_20250412_093015.jpg",
    "Two goats, Pearl and Otis, live behind the trailer.",
    "Lucy and Desi are the grandparents' two beagles.",
    "Rocco, Bruno and Nina (the dogs) bark at the door.",
    "Pseudonym: Wren. Wren is seven and loves trucks.",
    "Tomas, Lina and Dario are all pseudonyms in this story.",
    "Role-play (cast invented by the trainer)\nMom (Keisha): Who called you?",
    "Let's call the Somali dad Abdi for the role-play. Abdi works nights.",
    "The Amo (paternal uncle) called the hotline.",
]
# (fifty-sixth session) ids whose keyword is a plural or a help desk's "person", ten digits in
# an open bracket; people doing a home's chores, or not doing what people do
FOUND += [
    ("Two Medicaid numbers for Leo: old 5530912288 and new 5530912296.",
     [("name", "Leo"), ("id_number", "5530912288"), ("id_number", "5530912296")]),
    ("Medicaid cards seen (3318820471, 3318820489), both current.",
     [("id_number", "3318820471"), ("id_number", "3318820489")]),
    ("Merge request: keep Dana Fox (person 6621048), retire the duplicate (person 6621093).",
     [("name", "Dana Fox"), ("id_number", "6621048"), ("id_number", "6621093")]),
    ("birth certificates 2020-001187 and 2020-001195 are on order",
     [("id_number", "2020-001187"), ("id_number", "2020-001195")]),
    ("Cash drove the twins to practice in the van.", [("name", "Cash")]),
    ("Ray fixed the porch step before the home study.", [("name", "Ray")]),
    ("Heaven is not eating much since the move.", [("name", "Heaven")]),
]
# ... a word-name opening a sentence, a person's verb, and "her" later in it
FOUND += [
    ("Rain would not take off her jacket at the visit.", [("name", "Rain")]),
    ("Blessing sat with her grandmother at intake.", [("name", "Blessing")]),
]
CLEAR_TOO += [
    "Rain was heavy and he got soaked on the walk in.",
    "Hope gave her the strength to keep going.",
]
# ... and storms by what they did, a rule's section, a service desk's tickets, agencies by
# their capitals, brands and a disaster named after people
CLEAR_TOO += [
    "Laura made landfall Thursday and the shelter lost power.",
    "Idalia came ashore south of us; the office closed for two days.",
    "Beryl's remnants flooded the basement of the visit center.",
    "Fees are waived under rule 5101:2-9-14 for youth in care.",
    "The help desk says the incident number is RITM0088123, grouped under PRB0009917.",
    "No record found per DMV; the detective will ask the employer.",
    "ID is accepted by TSA, and the county EOC has the list.",
    "Oscar Mayer hot dogs and juice boxes were in the fridge.",
    "Love Canal came up in the unit on environmental neglect.",
]
# (fifty-seventh session) a word-name the text says is someone's surname or nickname, even a
# title's word; a person's certification; a complaint's and a grievance's number
FOUND += [
    ("Bishop is the foster dad's surname.", [("name", "Bishop")]),
    ("Judge is the older sister's nickname.", [("name", "Judge")]),
    ("The court interpreter's certification no. is CI-44180.", [("id_number", "CI-44180")]),
    ("Foster dad's certification # RFP 3318 07 expires in June.",
     [("id_number", "RFP 3318 07")]),
    ("complaint #25-0338-CP came in from the governor's office",
     [("case_number", "25-0338-CP")]),
    ("Grievance G-2207 was about phone calls with her brother.", [("case_number", "G-2207")]),
]
# ... and an agency's units that act or are hailed, a town the text says is one, and the
# numbers of an inspection, an interpreter's booking and a building's permit
CLEAR_TOO += [
    "the van is due back and Dispatch wants it by five.",
    "Told Legal about it, and Finance wants the receipts.",
    "Dear Intake, please route these to the east unit.",
    "Dear Reception, a parcel came for the unit.",
    "Mae Sot is the town the family crossed through.",
    "Inspection report IR-2025-0412 lists two expired extinguishers.",
    "Interpreter booking #BK-30912 is for Tuesday at 10.",
    "Occupancy permit #OP-2025-118 was posted by the door.",
]

# (fifty-eighth session) a licence an organisation holds; a person's id in the system it is
# kept in; a Medicaid number's closing letter before its gloss; a code whose letters are an
# id's keyword; a word the text says is a surname, though an organisation's; Minnesota's plan
FOUND += [
    ("Her own license is WD-40921; the childcare center's license is CC-55102.",
     [("id_number", "WD-40921")]),
    ("Client ID in FACTS is 20093317 for the oldest.", [("id_number", "20093317")]),
    ("71204455B is the Medicaid for the youngest.", [("id_number", "71204455B")]),
    ("Amina Yusuf\tSTU-4410927\t10th grade",
     [("name", "Amina Yusuf"), ("id_number", "STU-4410927")]),
    ("Temple is the grandmother's married name.", [("name", "Temple")]),
    ("Park is the surname of the second kinship family.", [("name", "Park")]),
    ("her MNsure # is MN-20558814", [("id_number", "MN-20558814")]),
    ("Visited the Dana Hall case file again.", [("name", "Dana Hall")]),
]
# ... and the next of a pair or a list of one shape, after the one a keyword found, or a
# number of that one's shape later
FOUND += [
    ("Is it referral 26-3308 or 26-3380? Intake has both.",
     [("case_number", "26-3308"), ("case_number", "26-3380")]),
    ("Student ID changed from 5520918 to 5520981 after the school called.",
     [("id_number", "5520918"), ("id_number", "5520981")]),
    ("MRN 0041-22-118 vs 0041-22-119: twins, one digit apart",
     [("case_number", "0041-22-118"), ("case_number", "0041-22-119")]),
    ("Medicaid ID MA-4410-2217; the baby's is MA-4410-2218.",
     [("id_number", "MA-4410-2217"), ("id_number", "MA-4410-2218")]),
]
# ... and a building or a wing named after someone, after "the" or "in"
CLEAR_TOO += [
    "The shelter's license is YS-20417 and it is posted in the hall.",
    "The clinic's provider number is 88302194, per billing.",
    "Facility license HC-558102 expires in March.",
    "Parenting class is in Thompson Hall, room 4.",
    "Take the elevator in the Castillo Wing to the fourth floor.",
]
# ... and under a table's head or after a form's label that names such a licence
CLEAR_TOO += [
    "Home\tFacility license\tBeds\nMaple Youth Home\tGH-2023-00871\t12",
    "Daycare license:\tDC-4410928",
    "Facility license #\nRC-2024-00552\nCapacity\n16",
]
FOUND += [
    ("Name\tDriver license\nAna Ruiz\tD441-8810-2217",
     [("name", "Ana Ruiz"), ("id_number", "D441-8810-2217")]),
]

FOUND += [
    # (fifty-ninth session) a number or "youngest" between a person's possessive and their kin
    ("Ngozika's two boys were placed together in March.", [("name", "Ngozika")]),
    # ... initials doing what workers do with children and papers
    ("SD took the twins to the dentist.", [("name", "SD")]),
    ("PR covered the 3:30 visit for me.", [("name", "PR")]),
    # ... capitals the text says are a person's, though a list calls them a role or a state
    ("OR on the sign-in sheet is Obadiah Reyes, not Oregon.",
     [("name", "OR"), ("name", "Obadiah Reyes")]),
    ("Roster key: ME = Mariela Escobar, TL = Tomasz Lewandowski.",
     [("name", "ME"), ("name", "Mariela Escobar"), ("name", "TL"), ("name", "Tomasz Lewandowski")]),
    # ... dotted initials with their last stop left out
    ("Consulted with K.L re: the safety plan.", [("name", "K.L")]),
    ("Transport (D.W) arrived at 4:10.", [("name", "D.W")]),
    # ... and thanks, a comma and a writer's initial closing a note
    ("I can take the Thursday visit. Thx, B.", [("name", "B")]),
    # ... seven digits run together after an id's or a record's keyword, with no phone's word
    # in the sentence, are that id's or that record's (and with one, a phone still)
    ("Both boys have student IDs now: Kwame is 6620418 and Kofi is 6620419.",
     [("name", "Kwame"), ("id_number", "6620418"), ("name", "Kofi"), ("id_number", "6620419")]),
    ("The subpoena covers everything on client 6641208.", [("id_number", "6641208")]),
    ("Her MRN at the county clinic is 8830291.", [("case_number", "8830291")]),
    ("The two referrals on the Okafor kids: 3304471 and 3304488.",
     [("name", "Okafor"), ("case_number", "3304471"), ("case_number", "3304488")]),
    ("Her student ID is on the card; call her at 5550119 if it is lost.",
     [("phone", "5550119")]),
]

CLEAR_TOO += [
    # (fifty-ninth session) capitals a quoted phrase spells out are an abbreviation
    'WB on the bed chart means "waiting bed" until intake clears.',
    # ... a prescription's times a day; and (guards: clear at the start too) a scanner's
    # reading before a verb of workers, an office thanked
    "Cetirizine 5 mg QD at bedtime.",
    "OCR dropped the accents from the face sheet.",
    "The tablets lock after two minutes now. Thank you, IT.",
    # ... a plural noun after chat's "w", no given name, is what came with it (a line of
    # extra186: the scan flagged "hugs" before)
    "1:30p supervised visit started, mom on time, brought lunch. 2:30 ended w hugs",
]


CLEAR_TOO += [
    # (sixtieth session) the numbers of a grant's award, a job's posting, a licence's amendment
    # and a scholarship, in lines of extra177, extra182 and extra184 (the scan took each for a
    # case's before)
    "Grant numbers GR-24-00418 and GR-24-00422 are the two prevention grants awarded in March, "
    "$250,000 each.",
    "The case aide position is grade 12, step 1, posting number 24-0417.",
    "The license was amended on 7/9 to add ages 0-2; amendment number LA-24-0709.",
    "The scholarship number on the award letter, SCH-24-117, is the foundation's program code.",
    # ... a records center's transmittal and a supply requisition (the heads of two forms of
    # extra114)
    "RECORDS CENTER TRANSFER — Transmittal RC-25-0412",
    "CENTRAL SUPPLY REQUISITION — REQ-S-25-3378 (Visit Center, cost center 4460)",
    # ... ten digits no US phone has, its exchange opening with 0 or 1 (lines of extra160 and
    # extra182: meeting rooms)
    "Zoom links for the parent class: 447 1092 884 (Mon), 447 1092 901 (Wed). Passcode on the "
    "flyer.",
    "The Zoom room for the foster parent training is 990 118 2207; anyone can join with "
    "passcode train24.",
    # ... the plate of the agency's own car (a line of extra155)
    "County car plate E 44187 is due for service.",
    # ... Dr. King's quotes (a line of extra168, but its other names)
    "Dr. King quotes were painted on the wall of the family visit room.",
    # ... a public building's street address, said to be its own (lines of extra81 and extra52)
    "The juvenile court is at 400 S Main St, third floor, and parking is terrible.",
    "The courthouse is at 100 Main Street, which is public and printed on every summons.",
    "The high school at 2020 Patriot Way has a school-based therapist now.",
    # ... an organisation's birthday, its anniversary (lines of extra82 and extra40)
    "We celebrated the agency's 40th birthday on October 15 with a potluck in the lobby.",
    "the agency turned 50 on 5/1/2024, there was a cake in the break room",
    # ... a continuing education provider's number and a device's id (lines of extra184,
    # extra124 and extra177)
    "Course number ETH-107 and the CEU provider number 1044 are the state board's.",
    "Device ID 35-209900-176148-1 for the agency phone, wiped 8/2.",
    "The copier tray on floor 2 (device ID CPY-2-04) holds up to 50 sheets.",
    # ... the agency's own cards (a line of extra85)
    "The agency credit card ends 0027; only the unit supervisor can use it for emergency "
    "placements.",
    # ... a budget's accounts, under a head its other heads say is a budget's (a line of
    # extra160)
    "fund,account,amount\nflex,0092-1187,500\nclothing,0092-1190,300\nrespite,0092-1201,1200",
    # ... a public act's number and a money transfer's (lines of extra95 and extra184)
    "Public Act 103-0022 changed how long we keep unfounded reports",
    "MTCN 4417290183 was the transfer from Manila, $200, picked up on the 14th.",
    # ... a range of ages after "age", where a date of birth is unknown (lines of extra40 and
    # extra82)
    "dob unknown, estimated age 2-3 per the pediatrician",
    "DOB: (unknown)   Estimated age: 14-16",
    # ... and (guards) a year or a thing in brackets after such a word
    "summer (2024) was the hardest stretch for the unit.",
    "hope (the feeling, not a person) is what keeps me in this job",
    # ... a toy named like a person (a line of extra192); and (guards) a month or a season
    # heading a plan's list
    "Her stuffed unicorn is named Sparkle Butt and yes I had to write that in the inventory.",
    "for june: new calendar, staff rota, the holiday schedule",
    "for summer: camp forms, swim lessons, the library program",
    # ... the abbreviations themselves, in capitals
    "The ADA called about the plea offer before the hearing.",
    "Do not email PHI to a personal account.",
]

FOUND += [
    # (sixtieth session; a guard) a person's number still found, after a thing's word and
    # "numbers" with a name between (a line of extra152; its kind, a case's, as at the start)
    ("Housing voucher numbers\nYesenia Morales HCV-20-33817",
     [("name", "Yesenia Morales"), ("case_number", "HCV-20-33817")]),
    # ... and (guards) a phone written on a receipt, a receipt's number that is a person's case
    # (lines of extra49 and extra155; the kind each had at the start)
    ("Dad's cell, which he wrote on the back of a Little Caesars receipt: (870) 555-0193.",
     [("phone", "(870) 555-0193")]),
    ("USCIS receipt MSC2490044187 for the SIJS I-360", [("id_number", "MSC2490044187")]),
    # ... ten digits with 0 or 1 opening the exchange, which no US phone has: an id's (lines of
    # extra85 and extra177, read as phones before); and (a guard) a made-up number that moves
    # the 555 to the area code
    ("Número de Medicaid de la niña: 562 009 1183, lo tiene la abuela en su cartera.",
     [("id_number", "562 009 1183")]),
    ("Our grandmother wrote 8820331047 and it's her Medicaid.", [("id_number", "8820331047")]),
    ("Her new cell is (555) 014-7729, text only.", [("phone", "(555) 014-7729")]),
    # ... (a guard) a parent's plate in a transport log that names the agency's van (a line of
    # extra181)
    ("Driver: Porter\nVehicle: agency van 5\nParent's vehicle plate: 7KLM492",
     [("name", "Porter"), ("id_number", "7KLM492")]),
    # ... (guards) a street address a building's word stands near that is a person's (lines of
    # extra148 and extra25), or an office a person owns
    ("Delacroix's psychiatrist is moving practices; new office is 1200 Crestview Dr, Suite 310, "
     "Pittsburgh, PA 15213.",
     [("name", "Delacroix"), ("address", "1200 Crestview Dr, Suite 310, Pittsburgh, PA 15213")]),
    ("Our address for the court notice is 2207 Sycamore Ridge Rd, Lancaster, OH 43130.",
     [("address", "2207 Sycamore Ridge Rd, Lancaster, OH 43130")]),
    ("Mom's office is at 200 Main Street.", [("address", "200 Main Street.")]),
    # ... (a guard) a child's age turned on a date is her birth's
    ("the baby turned 1 on 5/1/2024", [("dob", "5/1/2024")]),
    # ... (a guard) a family's card
    ("mom's EBT card ending 7712 shows two purchases", [("id_number", "7712")]),
    # ... (a guard) a person's account in a table with no budget's heads
    ("Client,Account,Balance\nMaria Lopez,0092-1187,500",
     [("name", "Maria Lopez"), ("case_number", "0092-1187")]),
    # ... (a guard) a month and a day after "DOB"
    ("DOB: 3-4, per the hospital band", [("dob", "3-4")]),
    # ... a given name that is an everyday word, in lowercase, with a role, kin or an age in
    # brackets after it; and one a question asks said something (lines of extra103, extra178,
    # extra98 and extra181, no name found before)
    ("summer (my trainee) is shadowing me today", [("name", "summer")]),
    ("charity (aunt) has 4 kids of her own, not sure about room for 2 more.",
     [("name", "charity")]),
    ("june (mgm) asked if she can come to court.", [("name", "june")]),
    ("destiny (16) wants to go to prom, need fp + sw ok", [("name", "destiny")]),
    ("what did hope say about the release? she told me to wait", [("name", "hope")]),
    # ... a word-name after "for" heading a list of things for someone, a season's word in a
    # state only a person is in, one asked to come at an hour (lines of extra191)
    ("for destiny: size 10 shoes, 7/8 pants, needs a winter coat", [("name", "destiny")]),
    ("autumn asleep finally. long night", [("name", "autumn")]),
    ("can autumn come at 4:30? she has tutoring til 4", [("name", "autumn")]),
    # ... a given name the lists hold only as an abbreviation, capitalized at its start (lines
    # of extra166 and extra150: "ADA", an assistant district attorney, is written in capitals)
    ("Ada is short for Adaeze Nwosu, and she wants to be a lawyer like the one in her case.",
     [("name", "Ada"), ("name", "Adaeze Nwosu")]),
    ("who's in the van: me, Ossie, Bree, and the twins (Ada & Ava)",
     [("name", "Ossie"), ("name", "Bree"), ("name", "Ada"), ("name", "Ava")]),
]

# A found number written again, digit for digit, or again with a slip of two digits or fewer,
# or the next of its series (said_again.py; lines of extra155 and extra160)
FOUND += [
    ("case # 24-118022. Repeat, 24-118022.",
     [("case_number", "24-118022"), ("case_number", "24-118022")]),
    ("Medicaid ID: 441 870 223; earlier note said 441 870 232 — typo",
     [("id_number", "441 870 223"), ("id_number", "441 870 232")]),
    ("EBT cards reissued:\n5077 1004 8812 4401\n5077 1004 8812 4419",
     [("id_number", "5077 1004 8812 4401"), ("id_number", "5077 1004 8812 4419")]),
    ("Her Medicaid ID is 7702 4418 19; the other card, 7702 4418 91, is her brother's.",
     [("id_number", "7702 4418 19"), ("id_number", "7702 4418 91")]),
    # ... but not a thing's number, nor a phone or a date only near it (an office's main line,
    # a hearing's date), nor a short number
    ("Medicaid ID 441 870 223, and purchase order 441 870 232 for the crib",
     [("id_number", "441 870 223")]),
    ("Direct: (718) 555-0164 | Main: (718) 555-0100", [("phone", "(718) 555-0164")]),
    ("Her DOB is 05/16/2014; the hearing is 05/16/2024.", [("dob", "05/16/2014")]),
    ("Medicaid 1234 5678; invoice 1234 5679", [("id_number", "1234 5678")]),
    ("SSN last four 7712 per the Chafee form; the other 7712 on the page is the invoice number.",
     [("ssn", "7712")]),
]

# The agency's own privacy or security incident and its number: its log of its slip, no one's
# (lines of extra114 and extra152)
CLEAR_TOO += [
    "PRIVACY INCIDENT PI-2025-031 — access review extract",
    "Incident report\nIR-2024-07 (agency number)\nType: misdirected fax",
    "Data breach notice, incident 24-118820, letters to 40 families",
    "Security incident report SIR-26-004 filed with IT about the lost laptop",
    "privacy breach #PB-2024-118 closed: the fax went to the wrong clinic",
]
# ... but a police or a shelter's incident report about a family is a record (extra95)
FOUND += [
    ("Incident report IR-2024-011873 from the police, the fight on the 3rd",
     [("case_number", "IR-2024-011873")]),
    ("incident report IR-2241 from the shelter", [("case_number", "IR-2241")]),
    ("Incident report IR-2024-08\nType: email sent to wrong recipient\nAffected client: "
     "Imani Clark, state ID C452-118-77-204",
     [("name", "Imani Clark"), ("id_number", "C452-118-77-204")]),
]

# Shops, restaurants, newspapers, cars, a bird and a moon, a song named with a person's word
# (lines of extra50, extra54, extra72, extra97, extra161, extra175 and extra188)
CLEAR_TOO += [
    "Golden Corral is where one of my families always wants to meet. It is loud, which is good, "
    "but full of neighbors.",
    "The Denver Post reporter knew my name somehow. I still didn't comment.",
    "The Grand Marquis belongs to grandpa and he won't let anyone else drive it.",
    "Hunter's moon was out when I got home from the emergency placement.",
    "Cooper's hawk nested on the courthouse ledge and the bailiffs named it after a basketball "
    "team.",
    "Jack Daniel's and a half-smoked blunt were on the coffee table when the deputy arrived.",
    "Great Wolf Lodge trip for the adoption celebration, paid by the family.",
    "She played Für Elise at the recital and then Ode to Joy with the whole class.",
]
# ... but the same words as a person's, beside them, or a name such a thing may be a person's
FOUND += [
    ("We sang Ode to Joy at the recital and Joy Mensah played the cello.",
     [("name", "Joy Mensah")]),
    ("Hunter's moon tonight, Hunter said.", [("name", "Hunter")]),
    ("Sara Lee called about the visit.", [("name", "Sara Lee")]),
    ("Macy's mom signed the release.", [("name", "Macy")]),
]

# A purchase order's seven digits, "PO" a few words before with no phone's word between (lines
# of extra193)
CLEAR_TOO += [
    "hey is the crib PO still 4500118 or did they cut a new one",
    "Correction: PO is 4500233, I typed 4500323 in the last email.",
    "thx. and the PO for his bed? 4500247",
    "To-do:\n- PO for crib (done, 4500118)\n- invoice 20931 follow-up\n- book room 214 for Thurs",
]
# ... but a phone after a probation officer's or a PO box, with a phone's word before it
FOUND += [
    ("her PO said to text her at 5550144", [("phone", "5550144")]),
    ("PO Box 4412, call 5550144", [("address", "PO Box 4412"), ("phone", "5550144")]),
]

# The writer's agency's NPI after a comma, a hotel's booking for staff, a booking's reference
# (lines of extra193)
CLEAR_TOO += [
    "CMS-1500 box 33 takes our group NPI, 1639204817, box 24J is left blank for agency staff.",
    "hotel booking no. 55218807 for the two transport staff, Sacramento, 3/18-3/19",
    "Hotel conf # 77412993 for the CASA conference, check-in 3pm",
    "Booking ref RB-2291 is for room 214 next Thursday, 2-4pm.",
]
# ... but a jail's booking, a person's NPI
FOUND += [
    ("booking # 24-008811 at the county jail, released Tuesday", [("id_number", "24-008811")]),
    ("her NPI, 1639204817, is on the letter", [("id_number", "1639204817")]),
]

# An employer's number, the tax's word before the keyword that found it (a line of extra193)
CLEAR_TOO += ["Tax ID for the foster parent association is 94-2817360 if the hotel asks."]
FOUND += [("tax return pending; the case number is 24-0031187",
           [("case_number", "24-0031187")])]

# A named worker's employee number after "emp" (lines of extra182 and extra193)
FOUND += [
    ("emp 44109 out sick, cover her 3:00 visit pls", [("id_number", "44109")]),
    ("New hire Andre Pollard emp no. 40822, laptop in the cabinet",
     [("name", "Andre Pollard"), ("id_number", "40822")]),
]
CLEAR_TOO += ["emp 5 staff on the unit, two out sick"]

# A voucher holder's number and a kin caregiver's provisional approval are theirs (lines of
# extra193); a volunteer's hours are a count
FOUND += [
    ("my holder number is H-0041827 and the landlord says the inspection is 4/3",
     [("id_number", "H-0041827")]),
    ("Kinship caregiver Aunt Marisol has provisional approval KA-25-0077, full license in 90 "
     "days", [("name", "Marisol"), ("id_number", "KA-25-0077")]),
]
CLEAR_TOO += ["Volunteer hours this quarter: 312, across 19 CASAs."]

# A project's, a ticket's and a timesheet's field labels before a colon, and an office signing
# as itself (lines of extra194 and extra153)
CLEAR_TOO += [
    "handoff: Intake -> Ongoing, all three cases, effective Monday",
    "assignee: unassigned\nlabel: court-prep\ndue: before the March docket",
    "driver: contracted (SafeRide)\npassengers: 2 kids + car seats\ndest: Children's Hospital",
    "denny's on route 9 at 7 for the transport handoff",
    "Team — the printer on 2 is fixed. Finally. — IT",
]
# ... but a person in the same slots, and a writer's initials signing
FOUND += [
    ("handoff: Ama -> Precious, all three cases, effective Monday",
     [("name", "Ama"), ("name", "Precious")]),
    ("Team — the printer on 2 is fixed. Finally. — KO", [("name", "KO")]),
]

# Famous people and characters named in full, or by a name no client carries (lines of
# extra195)
CLEAR_TOO += [
    "Queen Elizabeth's funeral was on the TV at the visitation center and the little ones "
    "asked if she was a grandma.",
    "Jermaine Dupri was mentioned in the music history session. Nobody knew who he was.",
    "Jalen Brunson's Knicks run had the whole cottage screaming at the TV.",
]
FOUND += [("Gigi Bryant's jersey is on the wall and Gigi Okafor (14) wants one too.",
           [("name", "Gigi Okafor")])]

# A famous one-word name with a person's role, kin or age in brackets after it is that person
# (lines of extra149, extra188 and extra195); not a work's year or what the work is
FOUND += [
    ("Gwen (FP) has three kids from our agency and one Spider-Verse obsession.",
     [("name", "Gwen")]),
    ("Mulan (8) is doing great in her new school, teacher says she's a natural leader.",
     [("name", "Mulan")]),
    ("Bruno (9) hates the Encanto song because everyone sings it at him.", [("name", "Bruno")]),
    ("Moana (the youth, not the movie) asked to change schools.", [("name", "Moana")]),
]
CLEAR_TOO += [
    "Mulan (1998) was the movie for movie night",
    "Oprah (the talk show) was on in the lobby all morning",
]

# A capitalized run before a place of worship, a subdivision or a transit stop names the place
# (lines of extra170, extra175 and extra189)
CLEAR_TOO += [
    "The Sri Venkateswara temple offered a room for the family meeting.",
    "The Hunter Woods subdivision has an HOA that won't allow the family's trailer.",
    "The Metro Blue Line stop at Grand is the drop-off point for the teen's job.",
]
FOUND += [("tell Maria stop calling the office", [("name", "Maria")])]

# A parcel's tracking number, by its carrier or its shape (lines of extra193); an ICPC
# request's tracking number is a case's
CLEAR_TOO += [
    "tracking: 9400 1118 9922 3341 5562 07 (USPS), contains the signed contracts",
    "VM transcript: hello this is UPS calling about a package for the county children's "
    "division, tracking ending 2203, we'll try again tomorrow",
    "tracking # 1Z999AA10123456784",
]
FOUND += [("ICPC tracking # OR-WA-24-0071 for the Reyes kids",
           [("case_number", "OR-WA-24-0071"), ("name", "Reyes")])]

# An immigration form's name is no one's number, after an id's keyword too (lines of extra146
# and extra123); a grievance's and a student's codes of the same letters are still found
CLEAR_TOO += [
    "I-94, I-130, I-360 (SIJS), I-485: four immigration forms you'll see in care",
    "Passport numbers are on the I-94 copy in the file; blacked out on the copy that goes to "
    "the FP.",
]
FOUND += [
    ("grievance G-441 (Rhett) resolved", [("case_number", "G-441"), ("name", "Rhett")]),
    ("student ID N-4471 for Rosa", [("id_number", "N-4471"), ("name", "Rosa")]),
]

# A person's role after an article in brackets, a description going on after a comma, says two
# letters or a word are a person (lines of extra187, extra104, extra145 and extra77); not an
# abbreviation glossed ("OT (a therapist)")
FOUND += [
    ("HR (the new aide, not the department) will be at the front desk Mon–Wed.",
     [("name", "HR")]),
    ("OT (a coworker, those are just her initials) taught me to write notes for the judge",
     [("name", "OT")]),
    ("JJ (our toddler, not the Cocomelon one) cried all morning for his mom", [("name", "JJ")]),
    ("hope (the kid, not our PIO) turns 18 next month and wants her records",
     [("name", "hope")]),
]
CLEAR_TOO += ["OT (a therapist) comes Tuesdays", "PT (physical therapy) at 3"]


@pytest.mark.parametrize("text", CLEAR_TOO)
def test_left_alone_too(text):
    assert scan(text) == []


@pytest.mark.parametrize("text, expected", FOUND, ids=[t for t, _ in FOUND])
def test_found(text, expected):
    assert [(str(f.kind), f.text) for f in scan(text)] == expected


@pytest.mark.parametrize("text", CLEAR)
def test_left_alone(text):
    assert scan(text) == []


def test_every_place_or_office_of_its_list_is_no_one_after_a_verb_of_speaking():
    """casing._PLACES_AND_OFFICES: each word of [places-and-offices-spoken-to] after a verb of
    either list ([talked-to-verbs], [talked-with-verbs] and "to")."""
    from toolkit.privacy.wordlists import words
    flagged = [text for word in sorted(words("places-and-offices-spoken-to"))
               for text in (f"the file was sent to {word} today", f"i checked with {word} today",
                            f"we called {word} about it")
               if scan(text)]
    assert not flagged, flagged
