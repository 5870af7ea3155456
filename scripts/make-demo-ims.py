#!/usr/bin/env python3
"""Tally's demo bearing run: NASA IMS-style snapshots made from a formula, not measured.

Usage: make-demo-ims.py OUTDIR [SNAPSHOTS]
Writes OUTDIR/bearing_run/YYYY.MM.DD.HH.MM.SS files, one 1 s snapshot every 10 minutes:
20,480 rows of 4 tab-separated channels at 20 kHz, as the IMS readme describes. The
bearing on channel 1 starts to wear at two thirds of the run: a 3 kHz resonance
amplitude-modulated at the IMS bearing's outer-race frequency (BPFO 236.4 Hz) grows,
with impacts that raise the kurtosis. Pure Python (no numpy), seeded, so the files are the
same on every machine.
"""
import datetime
import math
import os
import random
import sys

RATE = 20000
ROWS = 20480
BPFO = 236.4


def snapshot(index, count, rng):
    onset = int(count * 2 / 3)
    wear = max(0.0, (index - onset + 1) / (count - onset)) if index >= onset else 0.0
    rows = []
    two_pi = 2 * math.pi
    for n in range(ROWS):
        t = n / RATE
        carrier = math.sin(two_pi * 3000 * t)
        phase = (t * BPFO) % 1.0
        impact = math.exp(-phase * 40)  # one decaying ring per outer-race pass
        ch1 = rng.gauss(0, 0.06) + wear * 0.5 * impact * carrier
        ch2 = rng.gauss(0, 0.06) + wear * 0.08 * impact * carrier
        ch3 = rng.gauss(0, 0.05)
        ch4 = rng.gauss(0, 0.05)
        rows.append("%.3f\t%.3f\t%.3f\t%.3f" % (ch1, ch2, ch3, ch4))
    return "\n".join(rows) + "\n"


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    run = os.path.join(out, "bearing_run")
    os.makedirs(run, exist_ok=True)
    start = datetime.datetime(2004, 2, 12, 10, 32, 39)
    rng = random.Random(2004)
    for i in range(count):
        name = (start + datetime.timedelta(minutes=10 * i)).strftime("%Y.%m.%d.%H.%M.%S")
        with open(os.path.join(run, name), "w") as f:
            f.write(snapshot(i, count, rng))
    with open(os.path.join(out, "README.txt"), "w") as f:
        f.write("Tally demo bearing run: made by scripts/make-demo-ims.py from a formula "
                "(noise plus an outer-race fault that grows from two thirds of the run), "
                "not measured. Layout of the NASA IMS bearing data set.\n")


if __name__ == "__main__":
    main()
