"""Call dates scored against hand-annotated claims: `score.py` leaves the `call` field
out, and the comparison stage depends on it (claims of one call are grouped by date and
participants).

usage: python tests/gold/call_score.py GOLD_DIR CLAIMS.jsonl

Claims are paired with gold claims as `score.py` pairs them (overlap >= 0.5, best
first, one to one). On the pairs: `agree` (same date, or both not about a call),
`missing` (the gold names a date, the claim none), `not_a_call` (the claim names a
date, the gold says the claim is not about a call), `wrong_date`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score


def call_agreement(gold: list[dict], pred: list[dict]) -> dict:
    """`gold`: gold rows (`call` a date or null); `pred`: claim records."""
    ng = [score.norm_gold(g) for g in gold]
    np_ = [score.norm_pred(p) for p in pred]
    pairs = sorted(((score.overlap(a, b), i, j) for i, a in enumerate(ng)
                    for j, b in enumerate(np_) if a["article"] == b["article"]),
                   reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = {"pairs": 0, "agree": 0, "missing": 0, "not_a_call": 0, "wrong_date": 0}
    for o, i, j in pairs:
        if o < 0.5 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        expected = gold[i].get("call")
        got = (pred[j].get("call") or {}).get("date")
        out["pairs"] += 1
        if expected == got:
            out["agree"] += 1
        elif got is None:
            out["missing"] += 1
        elif expected is None:
            out["not_a_call"] += 1
        else:
            out["wrong_date"] += 1
    out["agreement"] = round(out["agree"] / out["pairs"], 3) if out["pairs"] else 0.0
    return out


def main() -> None:
    gold_dir, pred_path = Path(sys.argv[1]), Path(sys.argv[2])
    gold = [g for f in sorted(gold_dir.glob("*.gold.jsonl")) for g in score.load_jsonl(f)]
    print(json.dumps(call_agreement(gold, score.load_jsonl(pred_path))))


if __name__ == "__main__":
    main()
