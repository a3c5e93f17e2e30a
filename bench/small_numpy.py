#!/usr/bin/env python3
"""The model of bench/small.yaml in vectorised NumPy: the yardstick for ppsim's end-to-end speed.

    python3 bench/small_numpy.py [ITERATIONS]       # default 1,000,000; NumPy is the only dependency

Draws every input as ppsim does (each partner's cash and each line's amount anew every year, one
renewal decision per partner after its committed years), keeps the reserve year by year and reports
the headline of ppsim's default criterion: the reserve stays at least 0 in every year after the
subsidy, and partner cash and revenue cover the costs on average over the last 3 years. The
probability agrees with `ppsim run bench/small.yaml` within its standard error (other random
numbers, the same model). It works in blocks of 1,000,000 iterations so memory stays small.
"""
import sys
import time

import numpy as np

START = time.perf_counter()
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
YEARS, SUBSIDY_YEARS, RESERVE0, SUBSIDY = 8, 3, 50_000.0, 200_000.0
BLOCK = 1_000_000
rng = np.random.default_rng(42)


def triangular(lo, mode, hi, n):
    return rng.triangular(lo, mode, hi, n)


sustained = 0
continues = 0
for start in range(0, N, BLOCK):
    n = min(BLOCK, N - start)
    renew = {"ROC": rng.random(n) < 0.8, "Gemeente": rng.random(n) < 0.5, "Bedrijven": rng.random(n) < 0.6}
    reserve = np.full(n, RESERVE0)
    ok = np.ones(n, dtype=bool)
    window = np.zeros(n)
    for year in range(1, YEARS + 1):
        after = year > SUBSIDY_YEARS
        cash = (np.where(renew["ROC"], 1.0, 0.0) if after else 1.0) * triangular(40_000, 60_000, 80_000, n)
        cash += (np.where(renew["Gemeente"], 40_000.0, 0.0) if after else 40_000.0)
        cash += (np.where(renew["Bedrijven"], 1.0, 0.0) if after else 1.0) * rng.uniform(20_000, 40_000, n)
        costs = np.maximum(rng.normal(150_000, 10_000, n), 0) + triangular(30_000, 50_000, 80_000, n)
        if year <= 3:
            costs += 120_000
        revenue = triangular(40_000, 70_000, 110_000, n) if year >= 2 else 0.0
        result = cash + revenue - costs
        reserve += result + (SUBSIDY if not after else 0.0)
        if after:
            ok &= reserve >= 0
        if year > YEARS - 3:
            window += result
    continues += int(ok.sum())
    sustained += int((ok & (window >= 0)).sum())

p = sustained / N
se = (p * (1 - p) / N) ** 0.5
print(f"numpy: {N:,} iterations: p sustained {p:.4f} (se {se:.4f}), reserve stays >= 0 {continues / N:.4f}; "
      f"{time.perf_counter() - START:.2f} s in the script")
