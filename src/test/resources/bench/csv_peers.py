"""Times pandas.read_csv on the peers' cls_100k.csv in a fresh process, the twin of prepkit's bench/CsvReadProbe:
one JSON line with the milliseconds of importing pandas and of the read itself (also as CPU time), and from the interpreter's start
(as the OS records it) to the end. The whole process's wall time is the caller's to measure, as for the probe:

    /usr/bin/time -f %e /usr/bin/python3 src/test/resources/bench/csv_peers.py /tmp/bench/data/cls_100k.csv

Run it several times and take the median, back to back with the probe (the machine is shared).
"""
import json
import os
import sys
import time


def started():
    """The process's start time in seconds since the epoch, from /proc (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat") as stat:
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/stat") as stat:
        boot = next(int(line.split()[1]) for line in stat if line.startswith("btime"))
    return boot + start_ticks / ticks


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench/data/cls_100k.csv"
    before_import = time.perf_counter()
    import pandas as pd
    before_read = time.perf_counter()
    cpu_before_read = time.process_time()
    frame = pd.read_csv(path)
    end = time.perf_counter()
    read_cpu = time.process_time() - cpu_before_read
    print(json.dumps({"lib": "pandas " + pd.__version__, "rows": len(frame),
                      "import_ms": round(1000 * (before_read - before_import), 1),
                      "read_ms": round(1000 * (end - before_read), 1),
                      "read_cpu_ms": round(1000 * read_cpu, 1),
                      "start_to_end_ms": round(1000 * (time.time() - started()), 1)}), flush=True)


if __name__ == "__main__":
    main()
