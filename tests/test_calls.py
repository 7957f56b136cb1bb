"""Calls: which call a claim reports on, and how its date is found. Text written for
the test; each case names the convention it stands for."""

from __future__ import annotations

from conftest import claims, one


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


def test_a_date_followed_by_a_hyphen_aside_is_still_the_call_date():
    text = (" date 2025-05-10 President Emmanuel Macron spoke with Chancellor Friedrich "
            "Merz on May 5 - a day after the vote. Macron said that Europe must act.\n")
    assert one(text, "Europe must act")["call"]["date"] == "2025-05-05"


def test_an_old_date_near_the_top_is_no_reference_date():
    text = ("Victory Day\n\nThe war in Europe ended on May 8, 1945.\n\nPresident Vladimir "
            "Putin spoke with President Donald Trump on Tuesday. Putin said that the talks "
            "should continue.\n")
    assert one(text, "talks should continue")["call"]["date"] is None


def test_a_denied_or_past_call_is_not_dated_by_the_article():
    for sentence in ("President Donald Trump and President Volodymyr Zelenskyy have not "
                     "held a phone call since the spring.",
                     "Back in 2019, President Donald Trump held a phone call with "
                     "President Volodymyr Zelenskyy."):
        text = f" date 2025-06-10 {sentence} Trump said that aid would continue.\n"
        call = one(text, "aid would continue")["call"]  # none, or one of no known date
        assert call is None or call["date"] is None


def test_speaking_with_a_television_host_is_no_call():
    text = (" date 2025-06-10 President Donald Trump spoke with Fox News host Sean Hannity "
            "on Monday. Trump said that tariffs would stay.\n")
    assert one(text, "tariffs would stay")["call"] is None


def test_a_call_on_someone_to_act_is_a_demand():
    text = (" date 2025-06-10 President Emmanuel Macron and Prime Minister Keir Starmer "
            "backed the call on Israel to open the crossings. Macron said that aid must "
            "flow.\n")
    assert one(text, "aid must flow")["call"] is None


def test_a_spokesperson_speaks_for_their_own_leaders_call_of_two():
    text = (" date 2025-05-22 President Recep Tayyip Erdogan spoke by phone with President "
            "Vladimir Putin on Wednesday, and with President Volodymyr Zelenskyy on "
            "Thursday.\n\n"
            "Kremlin spokesman Dmitry Peskov said the conversation had been useful.\n")
    call = one(text, "had been useful")["call"]
    assert call["participants"] == ["Recep Tayyip Erdogan", "Vladimir Putin"]


def test_an_unreadable_post_date_does_not_date_the_call():
    text = (" date 2024-05-08 President Emmanuel Macron spoke with President Volodymyr "
            "Zelenskyy on Tuesday.\n\n"
            "I spoke with Emmanuel Macron about air defence and the summit. — Volodymyr "
            "Zelenskyy (@ZelenskyyUa) Mayday 3, 2024\n")
    call = one(text, "air defence")["call"]
    assert call["date"] == "2024-05-07" and call["dated_by"] == "stated"


def test_calls_with_two_leaders_in_one_sentence_each_take_their_own_date():
    text = (" date 2025-05-23 President Recep Tayyip Erdogan spoke by phone with President "
            "Vladimir Putin on Wednesday, and with President Volodymyr Zelenskyy on "
            "Thursday. Erdogan said that Istanbul was ready.\n\n"
            "Zelenskyy said that Ukraine would send a delegation.\n")
    calls = {tuple(c["call"]["participants"]): c["call"]["date"] for c in claims(text)
             if c["call"]}
    assert calls[("Recep Tayyip Erdogan", "Volodymyr Zelenskyy")] == "2025-05-22"
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "Volodymyr Zelenskyy") not in calls


def test_dated_by_has_one_vocabulary_and_needs_a_date():
    import json
    from pathlib import Path

    from provenance.html import _DATED_BY
    from provenance.records import DATED_BY
    from provenance.schema import errors

    schema = json.loads((Path(__file__).parents[1] / "schema" / "claim.schema.json")
                        .read_text(encoding="utf-8"))
    call = schema["properties"]["call"]["oneOf"][1]
    assert tuple(call["properties"]["dated_by"]["enum"]) == DATED_BY == tuple(_DATED_BY)
    claim = one(" date 2025-06-02 Prime Minister Kristen Michal held a phone call with "
                "President Alexander Stubb. Michal said that radar data would be shared.\n",
                "radar data")
    assert claim["call"]["dated_by"] == "publication" and errors("claim", claim) == []
    claim["call"]["date"] = None
    assert errors("claim", claim)  # a way of dating, and no date: not a valid record


def test_a_leader_named_only_in_a_clause_of_time_takes_no_part_in_the_call():
    text = (" date 2024-11-28 Prime Minister Justin Trudeau and President Claudia Sheinbaum "
            "agreed in a phone call Wednesday to defend the trade pact, two days after "
            "President Donald Trump threatened tariffs. Sheinbaum said that Mexico was a "
            "partner.\n")
    call = one(text, "Mexico was a partner")["call"]
    assert call["participants"] == ["Claudia Sheinbaum", "Justin Trudeau"]
    assert call["date"] == "2024-11-27"


def test_a_date_ahead_of_the_article_is_not_last_years_call_date():
    # "April 28" in a March article is the election ahead, not April of the year before
    text = (" date 2025-03-29 Prime Minister Mark Carney spoke with President Donald Trump "
            "ahead of the April 28 election. Carney said that talks would begin.\n")
    assert one(text, "talks would begin")["call"]["date"] != "2024-04-28"
    text = (" date 2025-01-02 Prime Minister Mark Carney spoke with President Donald Trump "
            "on December 30. Carney said that talks would begin.\n")
    assert one(text, "talks would begin")["call"]["date"] == "2024-12-30"


def test_a_wire_dateline_with_a_double_hyphen():
    text = ("SEOUL, Dec. 17, 2024 (Yonhap) -- Foreign Minister Cho Tae-yul held phone talks "
            "with Foreign Minister Takeshi Iwaya on Monday. Cho said that ties would "
            "improve.\n")
    assert one(text, "ties would improve")["call"]["date"] == "2024-12-16"


def test_a_readout_pages_date_line_below_its_menus():
    menus = "".join(f"Menu item {i}\n\n" for i in range(12))
    text = (menus + "Prime Minister Carney speaks with President Ada Strand\nJune 5, 2025\n"
            "Ottawa, Ontario\n\nPrime Minister Mark Carney today spoke with the President "
            "of Valdoria, Ada Strand.\n\nThe leaders discussed the upcoming summit.\n")
    assert one(text, "upcoming summit")["call"]["date"] == "2025-06-05"


def test_no_call_where_the_text_denies_asks_about_or_names_with_called():
    for sentence in ("President Javier Milei and President Lula have not held a single "
                     "phone call since 2023.",
                     "Is a phone call between President Javier Milei and President Lula "
                     "possible?",
                     "President Javier Milei has called President Lula a ‘corrupt "
                     "communist’."):
        text = f" date 2025-06-10 {sentence}\n\nMilei said that trade would continue.\n"
        assert one(text, "trade would continue")["call"] is None, sentence


def test_someones_predecessor_is_not_in_the_call():
    text = (" date 2025-03-29 President Donald Trump and Mark Carney's predecessor, Justin "
            "Trudeau, last spoke on March 5. Trudeau said that talks had been tense.\n")
    call = one(text, "tense")["call"]
    assert call["participants"] == ["Donald Trump", "Justin Trudeau"]


def test_a_numeric_date_line_and_a_footers_first_published_note():
    page = ("Sandu, Nausėda talk energy security\n\n03.02.2026 09:15\n\nPresident Maia "
            "Sandu held a phone call with President Gitanas Nausėda on Monday. Sandu said "
            "that gas supplies would hold.\n")
    assert one(page, "gas supplies")["call"]["date"] == "2026-02-02"
    wire = ("HALIFAX — Premier Tim Houston spoke with Prime Minister Mark Carney by phone "
            "on Friday. Houston said the two agreed to speed up the tidal project.\n\n"
            "This report by The Canadian Press was first published March 7, 2025.\n")
    assert one(wire, "speed up")["call"]["date"] == "2025-03-07"
    # day first only with dots; a clause's date is no date line
    assert one(page.replace("03.02.2026", "2026-02-03"), "gas")["call"]["date"] == (
        "2026-02-02")


def test_a_claim_dated_to_another_day_is_not_about_the_call():
    text = (" date 2023-02-21 Headline\n\nPrime Minister Justin Trudeau spoke with President "
            "Volodymyr Zelenskyy on Tuesday. Trudeau said that Canada would send more tanks."
            "\n\nTrudeau announced on Feb. 24 last year that Canada would impose sanctions on "
            "oligarchs.\n\nZelenskyy said the call on Feb. 21 had been useful, adding that "
            "the sanctions of Feb. 24 last year had worked.\n")
    assert one(text, "more tanks")["call"]["date"] == "2023-02-21"
    assert one(text, "impose sanctions")["call"] is None
    # dates inside the claim's own words are the speaker's, not the claim's
    assert one(text, "had been useful")["call"]["date"] == "2023-02-21"


def test_a_posts_dropped_subject_and_since_taking_office():
    post = (" date 2023-01-27 Headline\n\nZelenskyy later posted about the conversation.\n\n"
            "Had a phone call with @JustinTrudeau. Thanked him for the tanks. — Volodymyr "
            "Zelenskyy (@ZelenskyyUa) January 27, 2023\n")
    assert one(post, "Thanked him")["call"]["date"] == "2023-01-27"
    first = (" date 2024-09-10 Headline\n\nForeign Minister Andrii Sybiha held his first "
             "phone conversation with Foreign Minister Mélanie Joly since taking office. "
             "Sybiha said that the talks were useful.\n")
    assert one(first, "talks were useful")["call"]["date"] == "2024-09-10"
    since = first.replace("since taking office", "since January")
    assert one(since, "talks were useful")["call"]["date"] is None
