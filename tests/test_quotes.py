"""Quotation marks paired by type; apostrophes told apart; unbalanced marks survive."""

from __future__ import annotations

from provenance.ingest import parse_article
from provenance.quotes import pair_quotes


def _quotes(text: str) -> list[str]:
    article = parse_article(text, article_id="q")
    pairing = pair_quotes(article.text, article.paragraphs)
    return [text[q.start:q.end] for q in pairing.quotes]


def test_curly_and_straight_quotes_pair_by_type():
    assert _quotes('“One two,” he said. "Three four," she said.\n') == [
        "One two,", "Three four,"]


def test_apostrophes_are_not_closing_quotes():
    text = "The leaders’ call on Ukraine’s future: ‘we shouldn’t wait,’ he said.\n"
    assert _quotes(text) == ["we shouldn’t wait,"]


def test_an_unbalanced_mark_costs_only_itself():
    text = 'Amid the "illegal and "unjustifiable" war, "We will act," he said.\n'
    assert _quotes(text) == ["unjustifiable", "We will act,"]


def test_nested_single_quote_inside_double():
    text = "“The sign says ‘Ukraine is not alone,’ and we agree,” he wrote.\n"
    quotes = _quotes(text)
    assert "Ukraine is not alone," in quotes
    assert "The sign says ‘Ukraine is not alone,’ and we agree," in quotes


def test_quote_running_over_paragraphs_is_continued():
    text = "“We will stay the course.\n\n“We will not flinch,” she said.\n"
    article = parse_article(text, article_id="q")
    quotes = pair_quotes(article.text, article.paragraphs).quotes
    assert quotes[0].continues and quotes[0].closed
    assert text[quotes[1].start:quotes[1].end] == "We will not flinch,"


def test_thousands_of_unbalanced_quotes_are_linear():
    import time

    text = ('He said "' * 20000) + "end.\n"
    began = time.perf_counter()
    _quotes(text)
    assert time.perf_counter() - began < 5  # generous: catches quadratic blow-ups


def test_a_straight_closing_mark_with_nothing_open_is_stray_not_a_crash():
    # `a" b`: a straight mark after a letter and before a space closes, but nothing is
    # open; it used to be recorded as an unbalanced mark at offset None.
    text = 'He said a" b went well.\n'
    article = parse_article(text, article_id="q")
    pairing = pair_quotes(article.text, article.paragraphs)
    assert pairing.quotes == ()
    assert pairing.unbalanced == (9,)
