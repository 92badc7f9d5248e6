#!/usr/bin/env python3
"""Per-rule finding counts over the corpus, as the Markdown table of docs/rules/README.md.

    ./schemawise check corpus --format json | python3 tools/rule-counts.py

Columns are the corpus sources (a dump file, a migrations folder, a Prisma schema); rows every rule of
`schemawise rules`, including those with no finding.
"""
import json
import subprocess
import sys
from collections import Counter, defaultdict

report = json.load(sys.stdin)
rules = [line.split()[0] for line in subprocess.run(["./schemawise", "rules"], capture_output=True, text=True, check=True)
         .stdout.splitlines()[1:] if line.strip() and not line.startswith("'")]

def source(path):
    parts = path.split("/")
    if "migrations" in parts:
        return parts[parts.index("migrations") + 1] + "/"
    return parts[-1].replace(".structure.sql", "").replace(".schema.prisma", ".prisma").replace("-schema.sql", "").replace(".sql", "")

counts = defaultdict(Counter)
for f in report["findings"]:
    counts[f["rule"]][source(f["file"])] += 1
sources = sorted({s for c in counts.values() for s in c})
print("| rule | total | " + " | ".join(sources) + " |")
print("|---|---:|" + "---:|" * len(sources))
for rule in rules:
    c = counts.get(rule, Counter())
    print(f"| [{rule}]({rule}.md) | {sum(c.values())} | " + " | ".join(str(c[s]) if c[s] else "" for s in sources) + " |")
print(f"\n{len(report['findings'])} findings in {report['summary']['files']} files.")
