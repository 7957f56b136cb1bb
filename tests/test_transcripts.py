"""Transcripts: answers labelled by their speaker are the speaker's direct claims."""

from __future__ import annotations

from conftest import claims

BRIEFING = """Press Briefing by Press Secretary Dana Whitfield

MS. WHITFIELD: Good afternoon. The President spoke with President Ada Strand of \
Valdoria this morning about the grain corridor.

They agreed that shipments would resume "within days," and the President thanked her \
for her leadership.

Q: Did they discuss sanctions?

MS. WHITFIELD: Sanctions were not raised on the call.

(Note: questions have been abridged.)
"""


def test_each_answer_is_the_speakers_direct_claim_over_its_paragraphs():
    found = claims(BRIEFING)
    assert [c["rule"].split("+")[0] for c in found] == ["transcript-answer"] * 2
    first, second = found
    assert first["kind"] == "direct" and first["speaker"]["name"] == "Dana Whitfield"
    assert first["text"].startswith("Good afternoon.")
    assert first["text"].endswith("for her leadership.")  # the answer's second paragraph
    assert second["text"] == "Sanctions were not raised on the call."
    assert all(c["source"]["channel"] == "briefing" for c in found)
    # questions and notes are no claims; a quotation inside an answer is part of it
    assert not any("Did they" in c["text"] or "abridged" in c["text"] for c in found)


INTERVIEW = """INTERVIEW

Minister Lena Okafor: 'Trade comes first'

By Tom Ray

Valdoria's trade minister, Lena Okafor, spoke to us in her office. Okafor said the \
talks were going well.

Q: You spoke with Minister Karl Berg on Thursday. What did you discuss?

A: We spoke for an hour about tariffs and the port, and we agreed to meet again soon.

Q: Did Berg raise the border dispute?

A: He did, briefly. Minister Berg told me his government wants a settlement this year.
"""


def test_an_interviews_answers_are_the_interviewees_not_the_people_they_mention():
    answers = [c for c in claims(INTERVIEW) if c["rule"].startswith("transcript-answer")]
    assert len(answers) == 2
    assert {c["speaker"]["name"] for c in answers} == {"Lena Okafor"}
    assert all(c["source"]["channel"] == "interview" for c in answers)


def test_labels_that_name_no_speaker_make_no_transcript():
    text = ("UPDATE: Minister Lena Okafor said the port would reopen on Monday.\n\n"
            "BREAKING: Minister Karl Berg said that talks had stalled.\n")
    assert not any(c["rule"].startswith("transcript") for c in claims(text))
    text = "NEW DELHI: Minister Lena Okafor said the port would reopen.\n"
    assert not any(c["rule"].startswith("transcript") for c in claims(text))


def test_capitalized_labels_with_a_title_and_question_labels_with_the_asker():
    text = """Transcript of the Weekly Media Briefing by the Official Spokesperson

Official Spokesperson, Shri Arjun Mehta: Yesterday the Prime Minister spoke with \
President Ada Strand of Valdoria about the grain corridor.

Question (Priya Nair, Doordarshan): Sir, was fertiliser discussed?

Official Spokesperson, Shri Arjun Mehta: Yes, fertiliser supplies were discussed at length.
"""
    found = claims(text)
    assert [c["speaker"]["name"] for c in found] == ["Arjun Mehta", "Arjun Mehta"]
    assert {c["source"]["channel"] for c in found} == {"briefing"}
    assert found[1]["text"] == "Yes, fertiliser supplies were discussed at length."


def test_a_headline_with_a_name_and_a_colon_or_a_list_by_country_is_no_transcript():
    text = """Mauro Vieira: 'With Argentina, the relationship is between states'

Brasil: The foreign minister said on Thursday that talks would go on.

Chile: President Gabriel Boric said the region needed calm.
"""
    assert all(c["rule"].split("+")[0] != "transcript-answer" for c in claims(text))
