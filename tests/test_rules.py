"""The rule registry is the one list of rule ids: the code uses only registered ids, at
their registered severity, every registered id is used, and the README documents them."""

from __future__ import annotations

import ast
import re

from conftest import ROOT
from provenance import schema
from provenance.rules import RULES

SRC = ROOT / "src" / "provenance"


def _problem_calls() -> list[tuple[str, int, str, str]]:
    """(file, line, rule, severity) of every Problem(...) / schema.problem(...) call
    whose rule is a literal string."""
    found = []
    for path in sorted(SRC.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in ("Problem", "problem") or len(node.args) < 2:
                continue
            rule = node.args[1]
            if not (isinstance(rule, ast.Constant) and isinstance(rule.value, str)):
                continue
            severity = "error"
            for kw in node.keywords:
                if kw.arg == "severity" and isinstance(kw.value, ast.Constant):
                    severity = kw.value.value
            found.append((path.name, node.lineno, rule.value, severity))
    return found


def test_every_rule_the_code_uses_is_registered_at_its_severity():
    calls = _problem_calls()
    assert len(calls) > 20  # the scan finds the calls
    wrong = [(f, line, rule, sev) for f, line, rule, sev in calls
             if rule not in RULES or RULES[rule].severity != sev]
    assert wrong == []


def test_every_registered_rule_is_used():
    used = {rule for _, _, rule, _ in _problem_calls()}
    used |= {f"{name}-schema" for name in ("article", "claim", "problem", "finding",
                                           "claimreview")}  # validate.schema_for names
    assert set(RULES) - used == set()


def test_rule_ids_are_kebab_case_with_a_one_line_summary():
    pattern = re.compile(schema.load("problem")["properties"]["rule"]["pattern"])
    for rule in RULES.values():
        assert pattern.fullmatch(rule.id), rule.id
        assert rule.severity in ("error", "warning")
        assert rule.summary and "\n" not in rule.summary


def test_the_readme_table_lists_exactly_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning) \| (.+?) \|$", readme, re.M)
    assert [(rule_id, severity) for rule_id, severity, _ in rows] == [
        (rule.id, rule.severity) for rule in RULES.values()]
    assert [summary for _, _, summary in rows] == [r.summary for r in RULES.values()]
