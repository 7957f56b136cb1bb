"""Ingest: decoding, the date header, paragraphs, sentences and boilerplate."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.ingest import (
    InputError,
    boilerplate_kind,
    parse_article,
    parse_header,
    read_article,
)


def test_date_header_gives_the_publication_date_and_body_start():
    text = " date 2022-03-23 Canadian Prime Minister spoke on Wednesday.\n"
    article = parse_article(text, article_id="a")
    assert article.published == dt.date(2022, 3, 23)
    assert text[article.body_start:].startswith("Canadian")


def test_no_header_no_date():
    article = parse_article("The date was set for Monday. He said so.\n", article_id="a")
    assert article.published is None and article.body_start == 0


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("• Read also: Washington still views the government as illegitimate", "read-also"),
        ("READ MORE: Airlines suspend flights", "read-also"),
        ("ALSO READ: New policies for small businesses", "read-also"),
        ("Disclaimer: This post has been auto-published from an agency feed", "disclaimer"),
        ("Tags: , , ,", "tags"),
        ("Image: AP", "credit"),
        ("Leaders talk in Toronto on July 2, 2019. (Andrew Smith/THE CANADIAN PRESS)",
         "caption"),
        ("Do you want to report an error or a typo? Click here!", "comments"),
        ("Key things to know about the conflict", "heading"),
        ("The minister said the talks went well.", None),
        ("“We will never give up,” she said.", None),
    ],
)
def test_boilerplate_is_named(paragraph: str, kind: str | None):
    assert boilerplate_kind(paragraph) == kind


def test_syndication_notices_become_provenance_notes():
    text = ("The president said the call was useful.\n\n(Except for the headline, this story "
            "has not been edited by Daily staff and is published from a syndicated feed.)\n")
    notes = parse_article(text, article_id="a").notes
    assert "not edited by Daily staff" in notes
    assert "published from a syndicated feed" in notes


def test_sentences_respect_abbreviations_and_quotes():
    text = "Mr. Trudeau spoke on Apr. 1 with the U.S. envoy. “We agree,” he said. It ended.\n"
    article = parse_article(text, article_id="a")
    sentences = [text[s.start:s.end] for s in article.sentences]
    assert sentences == ["Mr. Trudeau spoke on Apr. 1 with the U.S. envoy.",
                         "“We agree,” he said.", "It ended."]


def test_soft_wrapped_lines_are_one_paragraph():
    text = ("The prime minister said on Tuesday that the two countries would keep\n"
            "working together on energy security.\n\nSecond paragraph here.\n")
    article = parse_article(text, article_id="a")
    assert len(article.paragraphs) == 2


def test_crlf_and_bom_keep_offsets_on_the_text_python_reads(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffHe said it.\r\n\r\nShe said, “Yes, indeed we do.”\r\n".encode())
    article = read_article(path)
    with open(path, encoding="utf-8") as fh:
        assert article.text == fh.read()


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (b"", "file-empty"),
        (b"   \n\n", "file-empty"),
        (b"\x00\x01\x02binary", "file-binary"),
        ("caf\u00e9 said".encode("latin-1"), "encoding-not-utf8"),
        ("He said".encode("utf-16"), "encoding-utf16"),
    ],
)
def test_unreadable_files_raise_a_problem_naming_the_rule(tmp_path, data: bytes, rule: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert info.value.problem.rule == rule
    assert info.value.problem.path == str(path)


def test_not_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Line one.\nThe caf\xe9 said.\n")
    with pytest.raises(InputError) as info:
        read_article(path)
    problem = info.value.problem
    assert "byte offset 17" in problem.message
    assert (problem.line, problem.column) == (2, 8)


def test_whitespace_only_is_named_as_such(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\xef\xbb\xbf  \n\t\n")
    with pytest.raises(InputError) as info:
        read_article(path)
    assert info.value.problem.rule == "file-empty"
    assert "only whitespace" in info.value.problem.message


def test_a_nul_byte_anywhere_makes_the_file_binary(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"He said it went well.\n" * 1000 + b"\x00")
    with pytest.raises(InputError) as info:
        read_article(path)
    assert info.value.problem.rule == "file-binary"
    assert "byte offset 22000" in info.value.problem.message


def test_not_utf8_column_counts_characters_and_cr_line_breaks(tmp_path):
    path = tmp_path / "mixed.txt"
    # line 1 ends with CR alone; line 2 has two 2-byte characters before the bad byte
    path.write_bytes("One.\rÉté: caf".encode() + b"\xe9 said.\n")
    with pytest.raises(InputError) as info:
        read_article(path)
    problem = info.value.problem
    assert (problem.line, problem.column) == (2, 9)
    assert "byte offset 15" in problem.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (" date 2022-03-23\n", "no article text after the date header"),
        (" date 2022-03-23", "no article text after the date header"),
        ("“” ‘’ \"\" … — !!\n", "no words"),
        ("Key things to know\n", "only headings, captions or other boilerplate"),
    ],
)
def test_no_body_says_why(text: str, message: str):
    with pytest.raises(InputError) as info:
        parse_article(text, article_id="a")
    assert info.value.problem.rule == "no-body"
    assert message in info.value.problem.message


def test_a_header_alone_on_its_line_is_still_a_header():
    text = " date 2022-03-23\nCanadian Prime Minister Justin Trudeau spoke on Wednesday.\n"
    article = parse_article(text, article_id="a")
    assert article.published == dt.date(2022, 3, 23)
    assert article.body_start == text.index("\n")


def test_header_column_does_not_count_a_bom():
    _, _, problem = parse_header("\ufeff date 2022-13-45 He said so.\n")
    assert problem is not None and (problem.line, problem.column) == (1, 7)


def test_a_title_and_its_standfirst_on_two_lines_are_a_heading():
    from provenance.ingest import boilerplate_kind
    assert boilerplate_kind("Leaders agree to defend trade pact after tariff threat\n"
                            "Mexico’s president says her country is ‘a partner, not a "
                            "problem’ as factories brace for a levy") == "heading"
    # a paragraph of prose over two lines is body
    assert boilerplate_kind("The leaders agreed to defend the pact.\nThey will meet in "
                            "June to review progress.") is None


def test_a_wire_storys_staff_and_copyright_lines_are_credits():
    from provenance.ingest import boilerplate_kind

    assert boilerplate_kind("(Reporting by Ana Lima; Writing by Tom Hale; Editing by "
                            "Jo Park)") == "credit"
    assert boilerplate_kind("Additional reporting by Ana Lima in Brasilia") == "credit"
    assert boilerplate_kind("© 2022 The Canadian Press") == "credit"
    assert boilerplate_kind("Reporters said the talks went well.") is None


def test_an_agencys_subscription_notice_is_syndication():
    from provenance.ingest import boilerplate_kind

    assert boilerplate_kind("The agency's website carries only part of the stories offered "
                            "to subscribers of its wire, in summarized form.") == "syndication"


def test_a_headline_ending_in_a_quotation_and_a_byline_with_bars_are_headings():
    from provenance.ingest import boilerplate_kind

    assert boilerplate_kind("Carney speaks with Karis, says support ‘will not waver’") == (
        "heading")
    assert boilerplate_kind("Trudeau assures Karis of support\nQMI Agency and AFP | "
                            "Published December 10, 2021 at 2:12 p.m.") == "heading"
    # prose ends with a stop, inside the quotation or after it
    assert boilerplate_kind("Carney said the support “will not waver.”") is None
