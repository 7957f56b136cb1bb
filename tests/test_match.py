"""Match: the decision on a pair of statements, on pairs written for the test.

A similarity score alone cannot see a contradiction: every pair below that is a
conflict or a qualifier difference scores high on token_set_ratio, the candidate
scorer, and must still not come out as an agreement.
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from provenance import thresholds as th
from provenance.match import compare_statements
from provenance.terms import statement


def decide(a: str, b: str, **kw):
    return compare_statements(statement(a), statement(b), **kw)


@pytest.mark.parametrize(
    ("a", "b", "verdict", "differences"),
    [
        ("The leaders discussed Taiwan.", "The leaders did not discuss Taiwan.", "conflict",
         [("negation", "discussed Taiwan", "not discuss Taiwan")]),
        ("28 warriors have been killed by the shelling in Donbas.",
         "26 warriors have been killed by the shelling in Donbas.", "conflict",
         [("number", "28", "26")]),
        ("Canada will provide $500 million in military aid.",
         "Canada will provide $50 million in military aid.", "conflict",
         [("number", "$500 million", "$50 million")]),
        ("Ostland will fund energy and infrastructure repairs in Westmark.",
         "Ostland will fund energy infrastructure repairs in Westmark.",
         "qualifier_difference",
         [("qualifier", "energy and infrastructure", "energy infrastructure")]),
        ("Ostland will host the donor conference in September.",
         "Ostland may host the donor conference in September.", "qualifier_difference",
         [("qualifier", "will", "may")]),
        ("Ostland delivered 40 trucks to the border region.",
         "Ostland delivered trucks to the border region.", "qualifier_difference",
         [("number", "40", "")]),
        ("Both leaders called on Russia to stop targeting civilians",
         "Both leaders called on Russia to stop targeting civilians, to withdraw its "
         "military forces from Ukraine, and to engage in diplomacy with Ukraine.",
         "agreement", []),
        ("the leaders discussed the continuing Russian military aggression",
         "The two leaders discussed Russia’s ongoing military aggression.", "agreement", []),
        ("Trudeau said Canada would continue to support Ukraine.",
         "Canada will continue to support Ukraine.", "agreement", []),  # reported speech
        ("The leaders discussed NATO membership.", "The leaders discussed the G7 summit.",
         None, []),
        ("Ostland will send tanks to Polderia.", "Ostland will send tanks to Romania.",
         None, []),  # a different place: not the same statement
        ("The leaders discussed Taiwan and did not discuss trade.",
         "The leaders discussed Taiwan and the Pacific fleet.", None, []),
    ],
)
def test_pair_decisions(a, b, verdict, differences):
    result = decide(a, b)
    assert result.verdict == verdict, result
    assert [(d.kind, d.left, d.right) for d in result.differences] == differences


@pytest.mark.parametrize(
    ("a", "b"),
    [("The leaders discussed Taiwan.", "The leaders did not discuss Taiwan."),
     ("Ostland will fund energy and infrastructure repairs.",
      "Ostland will fund energy infrastructure repairs."),
     ("Canada will provide $500 million.", "Canada will provide $50 million.")],
)
def test_high_candidate_scores_do_not_decide(a, b):
    sa, sb = statement(a), statement(b)
    assert fuzz.token_set_ratio(sa.processed, sb.processed) >= th.CANDIDATE_SCORE
    assert compare_statements(sa, sb).verdict != "agreement"


def test_a_negation_outside_the_shared_stretch_is_no_conflict():
    result = decide("The leaders discussed the Danube ports and the grain corridor, but "
                    "did not agree on tariffs.",
                    "The leaders discussed the Danube ports and the grain corridor.")
    assert result.verdict == "agreement"


def test_a_participants_country_may_be_left_out():
    a = "Canada will keep training soldiers in Poland."
    b = "The Prime Minister said he will keep training soldiers in Poland and Lithuania."
    assert decide(a, b).verdict is None  # "Canada" is not in b
    assert decide(a, b, call_terms=frozenset({"@CA"})).verdict == "agreement"
