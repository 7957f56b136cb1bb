"""Calls: which call a claim reports on, and how its date is found. Text written for
the test; each case names the convention it stands for."""

from __future__ import annotations

from provenance.extract import extract_claims
from provenance.ingest import parse_article


def claims(text: str) -> list[dict]:
    article = parse_article(text, article_id="t")
    return [c.to_json() for c in extract_claims(article)]


def one(text: str, fragment: str) -> dict:
    found = [c for c in claims(text) if fragment in c["text"]]
    assert len(found) == 1, [c["text"] for c in claims(text)]
    return found[0]


def test_a_date_stated_in_the_call_sentence():
    text = (" date 2025-03-14 Spanish Prime Minister Pedro Sánchez spoke by phone with "
            "Chilean President Gabriel Boric on Wednesday. Sánchez said that Spain would "
            "back a new trade chapter.\n")
    call = one(text, "new trade chapter")["call"]
    assert call == {"date": "2025-03-12", "participants": ["Gabriel Boric", "Pedro Sánchez"],
                    "dated_by": "stated"}


def test_an_earlier_sentence_about_calls_dates_a_call_named_later():
    # The lead says when the calls were, the participants come a paragraph later.
    text = (" date 2025-02-21 Swedish Foreign Minister Maria Malmer Stenergard held phone "
            "calls with her Finnish and Danish counterparts on February 19.\n\n"
            "In the first call, Malmer Stenergard and Finnish Foreign Minister Elina "
            "Valtonen discussed cable protection in the Baltic Sea, the ministry said.\n")
    call = one(text, "cable protection")["call"]
    assert call["participants"] == ["Elina Valtonen", "Maria Malmer Stenergard"]
    assert (call["date"], call["dated_by"]) == ("2025-02-19", "context")


def test_an_undated_call_takes_the_articles_own_date():
    text = (" date 2025-06-02 Prime Minister Kristen Michal and President Alar Karis's "
            "guest, Finnish President Alexander Stubb, held a phone call. Michal said "
            "that Estonia and Finland would share radar data.\n")
    call = one(text, "share radar data")["call"]
    assert (call["date"], call["dated_by"]) == ("2025-06-02", "publication")


def test_no_date_anywhere_leaves_the_date_unknown():
    text = ("Prime Minister Kristen Michal held a phone call with Finnish President "
            "Alexander Stubb. Michal said that Estonia and Finland would share radar data.\n")
    call = one(text, "share radar data")["call"]
    assert call["date"] is None and "dated_by" not in call


def test_a_wire_dateline_with_a_hyphen_is_the_reference_not_the_call_date():
    text = ("Lisbon ferry deal in sight\n\n"
            "LISBON, June 5, 2025 (Reuters) - Portuguese Prime Minister Luís Montenegro "
            "told Spanish Prime Minister Pedro Sánchez in a phone call on Tuesday that Portugal "
            "would fund a second ferry line, his office said.\n")
    call = one(text, "second ferry line")["call"]
    assert (call["date"], call["dated_by"]) == ("2025-06-03", "stated")


def test_a_byline_date_is_the_reference_for_relative_dates():
    text = ("Leaders talk fisheries\n\n"
            "By Staff · The Harbour Gazette · Friday, Oct. 3, 2025\n\n"
            "Icelandic Prime Minister Kristrún Frostadóttir spoke with Norwegian Prime "
            "Minister Jonas Gahr Støre on Thursday. Frostadóttir said that the two "
            "countries would renew the mackerel accord.\n")
    call = one(text, "mackerel accord")["call"]
    assert call["date"] == "2025-10-02"


def test_an_issued_note_is_the_reference_for_this_morning():
    text = ("This statement was issued by the Office of the Prime Minister of New Zealand "
            "on Monday, 10 March 2025.\n\n"
            "Prime Minister Christopher Luxon spoke with Prime Minister Anthony Albanese "
            "this morning. Luxon said that New Zealand would join the patrols.\n")
    call = one(text, "join the patrols")["call"]
    assert call["date"] == "2025-03-10"


def test_any_two_people_holding_a_telephone_conversation_make_a_call():
    # Neither is a head of government or a foreign minister.
    text = (" date 2025-05-08 Presidential aide Tomasz Wiśniewski held a telephone "
            "conversation with Deputy Secretary Laura Hendricks on Wednesday. Wiśniewski "
            "said that the two offices would meet in June.\n")
    call = one(text, "meet in June")["call"]
    assert call["participants"] == ["Laura Hendricks", "Tomasz Wiśniewski"]
    assert call["date"] == "2025-05-07"


def test_an_interview_is_another_occasion_unless_it_speaks_of_the_call():
    text = (" date 2025-04-11 Greek Prime Minister Kyriakos Mitsotakis spoke by phone with "
            "Cypriot President Nikos Christodoulides on Thursday.\n\n"
            "In an interview with Skai TV, Mitsotakis said that tourism numbers were at a "
            "record.\n\n"
            "In the same interview, Mitsotakis said that the call had been very warm.\n")
    assert one(text, "tourism numbers")["call"] is None
    assert one(text, "very warm")["call"]["date"] == "2025-04-10"


def test_a_call_for_something_is_a_demand_not_a_conversation():
    text = (" date 2025-04-11 Kenyan President William Ruto and Ugandan President Yoweri "
            "Museveni renewed their call for a ceasefire in Sudan. Ruto said that aid "
            "convoys must be let through.\n")
    assert one(text, "aid convoys")["call"] is None


def test_a_spokespersons_account_of_the_call_is_about_the_call():
    text = (" date 2025-05-22 Turkish President Recep Tayyip Erdogan spoke by phone with "
            "Russian President Vladimir Putin on Wednesday.\n\n"
            "Kremlin spokesman Dmitry Peskov told reporters the call had been useful, and "
            "said a summit was not on the agenda.\n")
    c = one(text, "not on the agenda")
    assert c["speaker"]["name"] == "Dmitry Peskov"
    assert c["call"]["participants"] == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert c["call"]["date"] == "2025-05-21"


def test_a_spokesperson_on_other_business_reports_no_call():
    text = (" date 2025-05-22 Turkish President Recep Tayyip Erdogan spoke by phone with "
            "Russian President Vladimir Putin on Wednesday.\n\n"
            "Separately, Kremlin spokesman Dmitry Peskov said that grain exports would "
            "resume in June.\n")
    assert one(text, "grain exports")["call"] is None


def test_a_news_conference_speaks_of_the_call_by_naming_the_other_leader():
    text = (" date 2025-04-11 Greek Prime Minister Kyriakos Mitsotakis spoke by phone with "
            "Cypriot President Nikos Christodoulides on Thursday.\n\n"
            "At a news conference on Friday, Mitsotakis said that fuel prices would fall.\n\n"
            "He said he had told Christodoulides that Athens would back the cable.\n\n"
            "He said the two leaders had also discussed migration.\n")
    assert one(text, "fuel prices")["call"] is None
    assert one(text, "Athens would back")["call"]["date"] == "2025-04-10"
    assert one(text, "migration")["call"]["date"] == "2025-04-10"


def test_a_call_days_after_another_is_two_calls_dated_apart():
    text = (" date 2025-06-13 Qatari Emir Tamim bin Hamad Al Thani spoke by telephone with "
            "Lebanese President Joseph Aoun on Thursday, two days after a call with Iranian "
            "President Masoud Pezeshkian. Tamim said that Doha would fund the army.\n\n"
            "The emir’s call with Pezeshkian covered shipping in the Gulf, the Amiri Diwan "
            "said, and Tamim said that talks must resume.\n")
    first = one(text, "fund the army")["call"]
    assert first["participants"] == ["Joseph Aoun", "Tamim bin Hamad Al Thani"]
    assert first["date"] == "2025-06-12"
    calls = {tuple(c["call"]["participants"]): c["call"]["date"] for c in claims(text)
             if c["call"]}
    assert calls.get(("Masoud Pezeshkian", "Tamim bin Hamad Al Thani")) == "2025-06-10"
    assert not any(len(p) > 2 for p in calls)  # no call of three


def test_hours_after_others_held_a_call_is_their_own_call_of_the_same_day():
    text = (" date 2025-03-19 On Tuesday, Chancellor Friedrich Merz spoke with President "
            "Emmanuel Macron, hours after President Donald Trump and President Vladimir "
            "Putin held a lengthy call. Merz said that Europe would stay united.\n")
    assert one(text, "stay united")["call"] == {
        "date": "2025-03-18", "participants": ["Emmanuel Macron", "Friedrich Merz"],
        "dated_by": "stated"}
