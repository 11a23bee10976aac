#!/usr/bin/env python3
"""Runs the link checkers against the benchmark site in alternation (round 1: A B C …, round 2:
B C … A, …), measures each run with /usr/bin/time -v, parses each tool's broken links and
compares them with the generator's ground truth. Writes runs.jsonl and summary.md/json.

Every tool runs at concurrency 10 and checks internal links only (externals point at .invalid
hosts; see README.md). Broken links are counted per distinct URL and per occurrence (page, target);
the peers report each broken URL once with the first page they saw it on, so only Pucha's report
allows the per-occurrence comparison.
"""
import argparse
import csv
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
CONCURRENCY = 10


# Pucha with tiered PGO off: instrumenting hot methods costs a ~10 s process about a third of its CPU
# (see bench/RESULTS.md); same binary, one runtime setting.
# Variants of the pucha tool run with another environment: pucha-jit keeps `pucha inspect` in its own
# (JIT) process instead of handing the run to the native inspector published beside it.
TOOL_ENV = {"pucha-nopgo": {"DOTNET_TieredPGO": "0", "PUCHA_INSPECT_NATIVE": "0"}, "pucha-jit": {"PUCHA_INSPECT_NATIVE": "0"}}


def tool_commands(url, work, pucha, pucha_base=None):
    port_prefix = re.escape(url.rstrip("/"))
    return {
        "wget2": [
            "wget2", "--spider", "-r", "-l", "0", f"--max-threads={CONCURRENCY}", "-P", str(work / "files"),
            "-o", str(work / "wget2.log"), f"--stats-site=csv:{work / 'site.csv'}", url,
        ],
        "linkinator": [
            "node", str(HERE / "node_modules/linkinator/build/src/cli.js"), url, "--recurse",
            "--concurrency", str(CONCURRENCY), "--timeout", "30000", "--format", "csv",
            "--skip", f"^(?!{port_prefix})",
        ],
        "wget": ["wget", "--spider", "-r", "-l", "inf", "-nv", "-P", str(work / "files"), "-o", str(work / "wget.log"), url],
        "linkchecker": [
            "linkchecker", "-f", str(HERE / "linkcheckerrc"), "--no-status", "-o", "csv", url,
        ],
        "pucha": [
            str(pucha), "inspect", url, "--allow-network", "127.0.0.0/8", "--concurrency", str(CONCURRENCY),
            "--no-external", "--format", "json", "--output", str(work / "report.json"),
        ],
    } | {variant: None for variant in TOOL_ENV} | ({
        # Another build of Pucha (e.g. before a change), to compare two builds in the same rounds.
        "pucha-base": [
            str(pucha_base), "inspect", url, "--allow-network", "127.0.0.0/8", "--concurrency", str(CONCURRENCY),
            "--no-external", "--format", "json", "--output", str(work / "report.json"),
        ],
    } if pucha_base else {})


def path_of(url):
    """The URL's path (with query) on the benchmark host; external URLs stay whole."""
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost"):
        return url
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def parse_wget2(work):
    distinct = set()
    with open(work / "site.csv", newline="", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if row["Status"] == "404" or (row["Status"].isdigit() and int(row["Status"]) >= 400):
                distinct.add(path_of(row["URL"]))
    return distinct, None


def parse_wget(work):
    text = (work / "wget.log").read_text(encoding="utf-8", errors="replace")
    match = re.search(r"Found (\d+) broken links?\.\n\n(.*?)\n\n", text, re.S)
    if not match:
        return set(), None
    return {path_of(line.strip()) for line in match.group(2).splitlines() if line.strip()}, None


def parse_linkinator(work):
    distinct = set()
    with open(work / "stdout", newline="", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if row.get("state") == "BROKEN":
                distinct.add(path_of(row["url"]))
    return distinct, None


def parse_linkchecker(work):
    distinct = set()
    lines = [l for l in (work / "stdout").read_text(encoding="utf-8", errors="replace").splitlines() if not l.startswith("#")]
    for row in csv.DictReader(lines, delimiter=";"):
        if row.get("valid") == "False":
            distinct.add(path_of(row["url"]))
    return distinct, None


def parse_pucha(work):
    report = json.loads((work / "report.json").read_text(encoding="utf-8"))
    distinct, occurrences = set(), set()
    for finding in report.get("findings", []):
        if finding.get("check") != "broken-link":
            continue
        evidence = finding.get("evidence") or {}
        if evidence.get("external"):
            continue
        target = path_of(evidence.get("target") or finding.get("url"))
        distinct.add(target)
        found_on = evidence.get("foundOn") or []
        if isinstance(found_on, str):
            found_on = [found_on]
        for page in found_on:
            occurrences.add((path_of(page), target))
    return distinct, occurrences


PARSERS = {
    "wget2": parse_wget2,
    "linkinator": parse_linkinator,
    "wget": parse_wget,
    "linkchecker": parse_linkchecker,
    "pucha": parse_pucha,
    "pucha-nopgo": parse_pucha,
    "pucha-jit": parse_pucha,
    "pucha-base": parse_pucha,
}


def parse_time(path):
    values = {}
    for line in Path(path).read_text().splitlines():
        key, _, value = line.strip().rpartition(": ")
        values[key] = value
    wall = values["Elapsed (wall clock) time (h:mm:ss or m:ss)"]
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    return {
        "wall": seconds,
        "cpu": float(values["User time (seconds)"]) + float(values["System time (seconds)"]),
        "rss_mb": int(values["Maximum resident set size (kbytes)"]) / 1024,
        "exit": int(values.get("Exit status", "0")),
    }


def load_truth(path):
    truth = json.loads(Path(path).read_text(encoding="utf-8"))

    def section(name):
        targets = truth[name]["targets"]
        return ({t["url"] for t in targets}, {(page, t["url"]) for t in targets for page in t["foundOn"]})

    return section("broken"), section("softNotFound")


def compare(found, truth, soft):
    (distinct, occurrences) = found
    (truth_distinct, truth_occurrences), (soft_distinct, soft_occurrences) = truth, soft
    result = {
        "found": len(distinct),
        "hits": len(distinct & truth_distinct),
        "missed": sorted(truth_distinct - distinct)[:20],
        "missed_count": len(truth_distinct - distinct),
        "soft404_found": len(distinct & soft_distinct),
        "extra": sorted(distinct - truth_distinct - soft_distinct)[:20],
        "extra_count": len(distinct - truth_distinct - soft_distinct),
    }
    if occurrences is not None:
        result.update({
            "occ_found": len(occurrences),
            "occ_hits": len(occurrences & truth_occurrences),
            "occ_missed_count": len(truth_occurrences - occurrences),
            "occ_missed": sorted(truth_occurrences - occurrences)[:10],
            "occ_soft404": len(occurrences & soft_occurrences),
            "occ_extra_count": len(occurrences - truth_occurrences - soft_occurrences),
            "occ_extra": sorted(occurrences - truth_occurrences - soft_occurrences)[:10],
        })
    return result


def load_average():
    return float(Path("/proc/loadavg").read_text().split()[0])


def run_once(tool, url, work, pucha, pucha_base, truth, soft):
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    commands = tool_commands(url, work, pucha, pucha_base)
    command = commands[tool] or commands["pucha"]
    env = dict(os.environ, **TOOL_ENV.get(tool, {}))
    load = load_average()
    started = time.strftime("%H:%M:%S", time.gmtime())
    with open(work / "stdout", "wb") as out, open(work / "stderr", "wb") as err:
        subprocess.run(["/usr/bin/time", "-v", "-o", str(work / "time.txt")] + command, stdout=out, stderr=err, env=env, check=False)
    prefix = " ".join(f"{k}={v}" for k, v in TOOL_ENV.get(tool, {}).items())
    record = {"tool": tool, "started_utc": started, "load_before": load, "command": (prefix + " " if prefix else "") + " ".join(command)}
    record.update(parse_time(work / "time.txt"))
    try:
        record.update(compare(PARSERS[tool](work), truth, soft))
    except (OSError, ValueError, KeyError) as error:
        record["parse_error"] = f"{type(error).__name__}: {error}"
    # Spider downloads are not needed once parsed; keep logs and reports only.
    shutil.rmtree(work / "files", ignore_errors=True)
    return record


def spread(values):
    return (min(values), max(values)) if values else (None, None)


def summarize(records, truth, label):
    (truth_distinct, truth_occurrences), (soft_distinct, _) = truth
    tools = list(dict.fromkeys(r["tool"] for r in records))
    rows = {}
    for tool in tools:
        runs = [r for r in records if r["tool"] == tool]
        row = {
            "runs": len(runs),
            "wall": statistics.median(r["wall"] for r in runs),
            "wall_spread": spread([r["wall"] for r in runs]),
            "cpu": statistics.median(r["cpu"] for r in runs),
            "rss_mb": statistics.median(r["rss_mb"] for r in runs),
            "rss_max_mb": max(r["rss_mb"] for r in runs),
            "load_before": [r["load_before"] for r in runs],
            "found": [r.get("hits") for r in runs],
            "missed": max(r.get("missed_count", len(truth_distinct)) for r in runs),
            "extra": max(r.get("extra_count", 0) for r in runs),
            "soft404": max(r.get("soft404_found", 0) for r in runs),
            "occ_hits": [r.get("occ_hits") for r in runs if "occ_hits" in r],
            "occ_extra": max((r.get("occ_extra_count", 0) for r in runs), default=0),
            "parse_errors": [r["parse_error"] for r in runs if "parse_error" in r],
        }
        rows[tool] = row
    base = rows.get("wget2")
    lines = [
        f"### {label}",
        "",
        f"Ground truth: {len(truth_distinct)} broken URLs, {len(truth_occurrences)} occurrences (page, target).",
        "",
        "| tool | runs | wall s median (min–max) | CPU s | peak RSS MB | broken URLs found / truth | occurrences found / truth | missed / extra URLs | soft 404s found / truth | wall ×wget2 | CPU ×wget2 | RSS ×wget2 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for tool, row in rows.items():
        found = sorted(set(x for x in row["found"] if x is not None))
        occ = sorted(set(row["occ_hits"]))
        ratio = lambda key: f"{row[key] / base[key]:.2f}" if base and base[key] else "–"
        lines.append(
            f"| {tool} | {row['runs']} | {row['wall']:.2f} ({row['wall_spread'][0]:.2f}–{row['wall_spread'][1]:.2f}) | "
            f"{row['cpu']:.2f} | {row['rss_mb']:.0f} | {'/'.join(map(str, found)) or '–'} / {len(truth_distinct)} | "
            f"{('/'.join(map(str, occ)) + ' / ' + str(len(truth_occurrences))) if occ else 'not reported'} | "
            f"{row['missed']} / {row['extra']} | {row['soft404']} / {len(soft_distinct)} | {ratio('wall')} | {ratio('cpu')} | {ratio('rss_mb')} |")
    loads = [r["load_before"] for r in records]
    lines += ["", f"1-minute load average before the runs: median {statistics.median(loads):.2f}, max {max(loads):.2f}.", ""]
    return rows, "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--truth", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--label", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tools", default="wget2,pucha,pucha-jit,linkinator,wget,linkchecker")
    parser.add_argument("--limit", action="append", default=[], metavar="TOOL=ROUNDS",
                        help="run TOOL in the first ROUNDS rounds only (for the slow ones)")
    parser.add_argument("--pucha", default=str(HERE.parent.parent / "bench/out/inspect/pucha/pucha"),
                        help="the published pucha (run.sh publishes it there, with the native inspector beside it)")
    parser.add_argument("--pucha-base", help="another pucha binary, run as tool 'pucha-base'")
    args = parser.parse_args()

    tools = args.tools.split(",")
    limits = {k: int(v) for k, v in (item.split("=") for item in args.limit)}
    truth, soft = load_truth(args.truth)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    records = []
    with open(out / "runs.jsonl", "w", encoding="utf-8") as log:
        for round_number in range(args.rounds):
            order = tools[round_number % len(tools):] + tools[:round_number % len(tools)]
            for tool in order:
                if round_number >= limits.get(tool, args.rounds):
                    continue
                record = run_once(tool, args.url, out / tool / f"round{round_number + 1}", args.pucha, args.pucha_base, truth, soft)
                record["round"] = round_number + 1
                records.append(record)
                log.write(json.dumps(record, ensure_ascii=False) + "\n")
                log.flush()
                print(f"[{args.label}] round {round_number + 1} {tool}: {record['wall']:.2f} s wall, {record['cpu']:.2f} s CPU, "
                      f"{record['rss_mb']:.0f} MB, broken {record.get('hits')}/{len(truth[0])} "
                      f"(missed {record.get('missed_count')}, extra {record.get('extra_count')}), load {record['load_before']:.2f}"
                      + (f", PARSE ERROR {record['parse_error']}" if "parse_error" in record else ""), flush=True)
    rows, table = summarize(records, (truth, soft), args.label)
    (out / "summary.md").write_text(table, encoding="utf-8")
    (out / "summary.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    print(table)


if __name__ == "__main__":
    sys.exit(main())
