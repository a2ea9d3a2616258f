#!/usr/bin/env bash
# Real-world survey: runs dflint and dffmt over folders of Dockerfiles someone else wrote (checkouts of
# public projects) and prints what needs a human look:
#
#   - crashes: a dflint run on one file that exits 2 (usage, I/O or internal error) or prints a stack
#     trace, and a dffmt run that does;
#   - error-level findings, grouped by rule with a few examples each (on files that build, every one
#     is a false positive or a real bug in the project);
#   - warning and info counts per rule, to sample by hand;
#   - dffmt: output that formats differently a second time, or that has fewer comment lines.
#
# Run from the repository root:   bench/realworld-survey.sh DIR...   (each DIR is linted as a folder,
# its build contexts as they are on disk; folders outside a git work tree are linted whole).
#
# Files named like templates (*.template, a folder called dockerfile-templates) and parser test
# fixtures are left out of the error list, as they are not meant to build. The whole-folder lint and
# the per-file runs use --ignore ShellCheck (ShellCheck's findings are its own).
#
# Environment: SURVEY_EXAMPLES (examples per rule, default 5), SURVEY_JOBS (parallel per-file runs,
# default: the number of CPUs), SURVEY_OUT (where the JSON and logs go, default bench/work/survey).
set -euo pipefail

if [[ ! -f pom.xml || ! -x bin/dflint || ! -x bin/dffmt ]]; then
  echo "realworld-survey.sh: run me from the dfkit repository root" >&2
  exit 2
fi
if [[ $# -eq 0 ]]; then
  echo "usage: bench/realworld-survey.sh DIR..." >&2
  exit 2
fi
command -v node >/dev/null || { echo "realworld-survey.sh: node is not on PATH" >&2; exit 2; }

EXAMPLES="${SURVEY_EXAMPLES:-5}"
JOBS="${SURVEY_JOBS:-$(nproc)}"
OUT="${SURVEY_OUT:-bench/work/survey}"
ROOT="$PWD"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
: >"$OUT/files.txt"
: >"$OUT/crashes.txt"
: >"$OUT/format.txt"

bin/dflint --version >/dev/null # builds the jars once, before the parallel runs

# 1. One dflint run per folder, findings as JSON with paths made absolute.
rm -f "$OUT"/lint.*
n=0
for dir in "$@"; do
  [[ -d $dir ]] || { echo "realworld-survey.sh: $dir is not a folder" >&2; exit 2; }
  abs="$(cd "$dir" && pwd)"
  n=$((n + 1))
  echo "$abs" >"$OUT/lint.$n.dir"
  (cd "$abs" && "$ROOT/bin/dflint" --format json --ignore ShellCheck --failure-threshold none . \
    >"$OUT/lint.$n.json" 2>"$OUT/lint.$n.err") || {
    echo "dflint exited $? on the folder $abs (see $OUT/lint.$n.err)" >>"$OUT/crashes.txt"
  }
  find "$abs" -type f \( -name Dockerfile -o -name 'Dockerfile.*' -o -name '*.Dockerfile' \
    -o -name '*.dockerfile' -o -name Containerfile \) -not -path '*/.git/*' >>"$OUT/files.txt"
done

# 2. Every file on its own, through dflint and twice through dffmt.
check_one() {
  local f=$1 out=$2 root=$3 tmp rc before after
  tmp=$(mktemp -d)
  "$root/bin/dflint" --format json --ignore ShellCheck --failure-threshold none "$f" >/dev/null 2>"$tmp/lint.err"
  rc=$?
  if [[ $rc -ge 2 ]] || grep -q 'Exception\|\tat ' "$tmp/lint.err"; then
    echo "dflint exited $rc on $f: $(head -c 300 "$tmp/lint.err" | tr '\n' ' ')" >>"$out/crashes.txt"
  fi
  cp "$f" "$tmp/Dockerfile"
  "$root/bin/dffmt" "$tmp/Dockerfile" >"$tmp/once" 2>"$tmp/fmt.err"
  rc=$?
  if [[ $rc -ge 2 ]] || grep -q 'Exception\|\tat ' "$tmp/fmt.err"; then
    echo "dffmt exited $rc on $f: $(head -c 300 "$tmp/fmt.err" | tr '\n' ' ')" >>"$out/crashes.txt"
  elif [[ $rc -eq 0 ]]; then
    cp "$tmp/once" "$tmp/Dockerfile"
    "$root/bin/dffmt" "$tmp/Dockerfile" >"$tmp/twice" 2>/dev/null || true
    cmp -s "$tmp/once" "$tmp/twice" || echo "not idempotent: $f" >>"$out/format.txt"
    before=$(grep -c '^[[:space:]]*#' "$f" || true)
    after=$(grep -c '^[[:space:]]*#' "$tmp/once" || true)
    [[ $before == "$after" ]] || echo "comment lines $before -> $after: $f" >>"$out/format.txt"
  fi
  rm -rf "$tmp"
}
export -f check_one
# shellcheck disable=SC2016 # the inner bash expands them
tr '\n' '\0' <"$OUT/files.txt" | xargs -0 -P "$JOBS" -I{} bash -c 'check_one "$1" "$2" "$3"' _ {} "$OUT" "$ROOT"

# 3. The summary.
node - "$OUT" "$EXAMPLES" <<'EOF'
const fs = require('fs');
const path = require('path');
const [out, examples] = process.argv.slice(2);
const notMeantToBuild = /\.template$|dockerfile-templates\/|\/testfiles\/|\/test\/fixtures\//;
let findings = [];
for (const f of fs.readdirSync(out).filter((n) => /^lint\..*\.json$/.test(n))) {
  const text = fs.readFileSync(path.join(out, f), 'utf8').trim();
  const dir = fs.readFileSync(path.join(out, f.replace(/json$/, 'dir')), 'utf8').trim();
  if (text) findings = findings.concat(JSON.parse(text).map((x) => ({ ...x, file: path.join(dir, x.file) })));
}
const files = fs.readFileSync(path.join(out, 'files.txt'), 'utf8').split('\n').filter(Boolean);
console.log(`${files.length} Dockerfiles, ${findings.length} findings`);
for (const what of ['crashes.txt', 'format.txt']) {
  const lines = fs.readFileSync(path.join(out, what), 'utf8').split('\n').filter(Boolean);
  console.log(`\n${what === 'crashes.txt' ? 'Crashes' : 'Formatter problems'}: ${lines.length}`);
  lines.slice(0, 20).forEach((l) => console.log('  ' + l));
}
const errors = findings.filter((f) => f.severity === 'error' && !notMeantToBuild.test(f.file));
const byRule = new Map();
for (const f of errors) byRule.set(f.rule, (byRule.get(f.rule) || []).concat([f]));
console.log(`\nError-level findings outside templates and fixtures: ${errors.length}`);
for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${rule}: ${list.length}`);
  for (const f of list.slice(0, Number(examples))) {
    console.log(`    ${f.file}:${f.line}:${f.column} ${f.message.slice(0, 160)}`);
  }
}
const counts = new Map();
for (const f of findings) {
  if (f.severity !== 'error') counts.set(`${f.severity} ${f.rule}`, (counts.get(`${f.severity} ${f.rule}`) || 0) + 1);
}
console.log('\nWarnings and infos per rule (sample these by hand):');
[...counts].sort((a, b) => b[1] - a[1]).forEach(([k, v]) => console.log(`  ${String(v).padStart(6)} ${k}`));
EOF
