#!/usr/bin/env bash
# Linter benchmark: `bin/dflint` against the npm linters dockerfile-utils and dockerfilelint (and
# hadolint when it is on PATH), same inputs, same run, wall clock of whole processes.
#
# Run from the repository root:   bench/lint-bench.sh      (about 10 minutes on 2 cores)
#
# It builds the linter jar (through bin/dflint, which also creates its AppCDS archive) if needed,
# generates the inputs into bench/work/ with bench/gen-lint-corpus.js (about 1,500 Dockerfiles in
# their build-context folders plus the BuildKit conformance Dockerfiles, a typical file, and a ~3 MiB
# single Dockerfile with 1/2 and 1/4 prefixes), installs the pinned npm peers into
# bench/work/lint-node/, then times with hyperfine (installed with apt-get when missing and root):
#
#   corpus   one process lints every file: `bin/dflint --format json DIR` without ShellCheck
#            (--ignore ShellCheck: dflint's own rules, what the 1.0 s target is about) and with it,
#            `node bench/lint-peers.js dockerfile-utils DIR`, `... dockerfilelint DIR`, hadolint;
#   cold     one process lints the typical file: bin/dflint with its AppCDS archive, without it
#            (DFKIT_JAVA_OPTS: same flags, JDK's default CDS only), with no CDS at all, with
#            ShellCheck, `java -jar` without the launcher script, and the node peers;
#   big      the 3 MiB file and its prefixes: dflint and dockerfile-utils (capped when slow);
#   startup  `dflint --version` (JVM + command-line start, nothing linted) and `shellcheck` on a
#            one-line script (the cost of each process dflint spawns per Dockerfile).
#
# Runs are interleaved: each round runs every command of a group once, in alternating order, so that
# load from other processes hits all commands alike; samples are pooled over the rounds. Before each
# group the script waits (up to QUIET_MAX seconds) for the CPUs to be mostly idle.
# Then it runs bench/lint-phases.java (where the time goes inside one dflint run, rule by rule) and
# counts the classes a cold run loads from the AppCDS archive and from jars, and rewrites the
# "## Linter" section of BENCHMARKS.md (between <!-- bench:linter:start --> and
# <!-- bench:linter:end -->) with bench/render-linter-bench.js.
#
# Environment (all optional):
#   RUNS           rounds for the corpus and big-file groups (default 5)
#   COLD_RUNS      rounds for the cold single-file group (default 15)
#   SC_RUNS        runs of the corpus with ShellCheck, which spawns one process per file and takes
#                  over a minute a run here (default 2; the check run's time is reported beside)
#   UTILS_SLOW_S   if one dockerfile-utils run on the 3 MiB file takes longer, it is run only
#                  UTILS_CAP_RUNS times (default 30 and 2)
#   WITH_SHELLCHECK=0  skip the ShellCheck measurements (default: on when shellcheck is on PATH)
#   QUIET_MAX      seconds to wait for an idle machine before each group (default 60; 0: never)
#   DOCKERFILE_UTILS_VERSION, DOCKERFILELINT_VERSION   npm versions to pin (defaults below)
#   CONFORMANCE_DIR  default ../shared/conformance/buildkit-parser
#   BENCH_NO_WRITE=1 print the summary but leave BENCHMARKS.md alone
set -euo pipefail

DOCKERFILE_UTILS_VERSION="${DOCKERFILE_UTILS_VERSION:-0.16.3}"
DOCKERFILELINT_VERSION="${DOCKERFILELINT_VERSION:-1.8.0}"
RUNS="${RUNS:-5}"
COLD_RUNS="${COLD_RUNS:-15}"
SC_RUNS="${SC_RUNS:-2}"
UTILS_SLOW_S="${UTILS_SLOW_S:-30}"
UTILS_CAP_RUNS="${UTILS_CAP_RUNS:-2}"
QUIET_MAX="${QUIET_MAX:-60}"
CONFORMANCE_DIR="${CONFORMANCE_DIR:-../shared/conformance/buildkit-parser}"

if [[ ! -f pom.xml || ! -d linter || ! -x bin/dflint ]]; then
  echo "lint-bench.sh: run me from the dfkit repository root" >&2
  exit 2
fi
for tool in java javac node npm git; do
  command -v "$tool" >/dev/null || { echo "lint-bench.sh: $tool is not on PATH" >&2; exit 2; }
done

WORK=bench/work
RESULTS="$WORK/lint-results"
HF="$RESULTS/hf"
NODE_DIR="$WORK/lint-node"
JAR=linter/target/dfkit-linter.jar
JSA=linter/target/dfkit-linter.jsa
CORPUS="$WORK/lint-corpus"
TYPICAL="$WORK/lint-typical/Dockerfile"
BIGDIR="$WORK/lint-big"
# The launcher's JVM flags (bin/lib/launch.sh), for the variants that bypass or change it.
LAUNCH_FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
started=$(date +%s)

log() { printf '[lint-bench %3ds] %s\n' "$(($(date +%s) - started))" "$*" >&2; }

rm -rf "$RESULTS"
mkdir -p "$HF"
cut -d' ' -f1-3 /proc/loadavg >"$RESULTS/load-start.txt" 2>/dev/null || echo "n/a" >"$RESULTS/load-start.txt"
date -u +%Y-%m-%dT%H:%M:%SZ >"$RESULTS/started.txt"

# 0. hyperfine -------------------------------------------------------------------------------------
if ! command -v hyperfine >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing hyperfine with apt-get"
    apt-get install -y -q hyperfine >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q hyperfine >/dev/null 2>&1; } || true
  fi
  command -v hyperfine >/dev/null \
    || { echo "lint-bench.sh: needs hyperfine (Debian: apt-get install hyperfine)" >&2; exit 2; }
fi

# 1. The linter: bin/dflint builds the jar and its AppCDS archive on first use ----------------------
log "bin/dflint --version (builds $JAR and $JSA when missing or stale)"
bin/dflint --version >"$RESULTS/dflint-version.txt"
[[ -f $JSA ]] || { echo "lint-bench.sh: the launcher made no $JSA" >&2; exit 1; }
mkdir -p "$WORK/classes"
if [[ ! -f $WORK/classes/LintPhases.class || bench/lint-phases.java -nt $WORK/classes/LintPhases.class \
  || $JAR -nt $WORK/classes/LintPhases.class ]]; then
  log "compiling bench/lint-phases.java"
  javac -nowarn -d "$WORK/classes" -cp "$JAR:linter/target/lib/*" bench/lint-phases.java
fi

# 2. The npm peers --------------------------------------------------------------------------------
installed() { node -p "try { require('./$NODE_DIR/node_modules/$1/package.json').version } catch (e) { '' }"; }
if [[ $(installed dockerfile-utils) != "$DOCKERFILE_UTILS_VERSION" || $(installed dockerfilelint) != "$DOCKERFILELINT_VERSION" ]]; then
  log "npm install dockerfile-utils@$DOCKERFILE_UTILS_VERSION dockerfilelint@$DOCKERFILELINT_VERSION"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --save-exact --loglevel=error \
    "dockerfile-utils@$DOCKERFILE_UTILS_VERSION" "dockerfilelint@$DOCKERFILELINT_VERSION" >&2
fi
latest_utils=$(timeout 20 npm view dockerfile-utils version 2>/dev/null || echo unknown)
latest_dfl=$(timeout 20 npm view dockerfilelint version 2>/dev/null || echo unknown)

# 3. Inputs ---------------------------------------------------------------------------------------
# The generator is deterministic: its inputs are reused while the generator, its arguments and the
# conformance files are unchanged (writing ~5,000 files takes a while on a slow disk).
stamp=$( { sha256sum bench/gen-lint-corpus.js; echo "$CONFORMANCE_DIR"; \
  find "$CONFORMANCE_DIR" -type f -name Dockerfile -print0 2>/dev/null | sort -z | xargs -0 sha256sum; } | sha256sum | cut -c1-16)
if [[ -f $WORK/lint-inputs.json && -d $CORPUS/.git && $(cat "$WORK/lint-inputs.stamp" 2>/dev/null) == "$stamp" ]]; then
  log "inputs are up to date ($WORK/lint-inputs.stamp)"
else
  log "generating inputs (bench/gen-lint-corpus.js)"
  rm -f "$WORK/lint-inputs.stamp"
  node bench/gen-lint-corpus.js --out "$WORK" --conformance "$CONFORMANCE_DIR" >"$WORK/lint-inputs.json"
  # bench/work/ is git-ignored, and dflint skips files git ignores when it searches a directory
  # (it asks `git ls-files`): the corpus is made a work tree of its own, as a user's repository is.
  git init -q "$CORPUS"
  echo "$stamp" >"$WORK/lint-inputs.stamp"
fi
cp "$WORK/lint-inputs.json" "$RESULTS/inputs.json"
BIG="$BIGDIR/big.Dockerfile"

# ShellCheck: a wrapper that counts the processes dflint spawns (used for the check runs only).
SHELLCHECK=$(command -v shellcheck || true)
[[ ${WITH_SHELLCHECK:-1} == 0 ]] && SHELLCHECK=""
if [[ -n $SHELLCHECK ]]; then
  cat >"$WORK/shellcheck-counting" <<EOF
#!/bin/sh
echo x >>"$PWD/$RESULTS/shellcheck-spawns.txt"
exec "$SHELLCHECK" "\$@"
EOF
  chmod +x "$WORK/shellcheck-counting"
fi

# 4. Helpers --------------------------------------------------------------------------------------
# Declared commands: NAME -> command line (run by hyperfine without a shell; `env` sets variables).
declare -A CMD
CMD[dflint-corpus]="bin/dflint --format json --ignore ShellCheck $CORPUS"
CMD[dflint-sc-corpus]="bin/dflint --format json $CORPUS"
CMD[utils-corpus]="node bench/lint-peers.js dockerfile-utils $CORPUS"
CMD[dfl-corpus]="node bench/lint-peers.js dockerfilelint $CORPUS"
CMD[dflint-cold]="bin/dflint --format json --ignore ShellCheck $TYPICAL"
CMD[dflint-cold-nocds]="env 'DFKIT_JAVA_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto' bin/dflint --format json --ignore ShellCheck $TYPICAL"
CMD[dflint-cold-xshareoff]="env 'DFKIT_JAVA_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:off' bin/dflint --format json --ignore ShellCheck $TYPICAL"
CMD[dflint-cold-sc]="bin/dflint --format json $TYPICAL"
CMD[java-cold]="java $LAUNCH_FLAGS -XX:SharedArchiveFile=$JSA -jar $JAR --format json --ignore ShellCheck $TYPICAL"
CMD[utils-cold]="node bench/lint-peers.js dockerfile-utils $TYPICAL"
CMD[dfl-cold]="node bench/lint-peers.js dockerfilelint $TYPICAL"
CMD[node-empty]="node -e 0"
CMD[dflint-version]="bin/dflint --version"
CMD[shellcheck-one]="${SHELLCHECK:-true} -f json1 $WORK/lint-one.sh"
# shellcheck disable=SC2016 # the script's own $HOME
printf '#!/bin/sh\necho "$HOME"\n' >"$WORK/lint-one.sh"
for s in quarter half big; do
  f="$BIGDIR/$s.Dockerfile"
  CMD[dflint-$s]="bin/dflint --format json --ignore ShellCheck $f"
  CMD[utils-$s]="node bench/lint-peers.js dockerfile-utils $f"
done
HADOLINT=$(command -v hadolint || true)
if [[ -n $HADOLINT ]]; then
  # hadolint takes files, not directories: the same file list dflint finds.
  find "$CORPUS" -path '*/.git' -prune -o -type f \( -name Dockerfile -o -name 'Dockerfile.*' -o -name '*.Dockerfile' \
    -o -name '*.dockerfile' -o -name Containerfile -o -name 'Containerfile.*' \) -print | sort >"$WORK/lint-corpus-files.txt"
  CMD[hadolint-corpus]="$HADOLINT -f json --no-fail $(tr '\n' ' ' <"$WORK/lint-corpus-files.txt")"
  CMD[hadolint-cold]="$HADOLINT -f json --no-fail $TYPICAL"
  CMD[hadolint-big]="$HADOLINT -f json --no-fail $BIG"
fi
printf '%s\n' "${!CMD[@]}" | sort | while read -r k; do printf '%s\t%s\n' "$k" "${CMD[$k]}"; done \
  | cut -c1-2000 >"$RESULTS/commands.tsv"

# One check run per command before timing: exit code 0 or 1, output parsed and findings counted,
# wall time and peak RSS (GNU time when present). It also warms the file cache.
check() { # NAME [ENV...]
  local name=$1; shift
  local out="$RESULTS/out-$name.json" t0 t1 rc=0 timer=""
  [[ -x /usr/bin/time ]] && timer="/usr/bin/time -f %M -o $RESULTS/rss-$name.txt"
  t0=$(date +%s%N)
  # eval: the command line may quote words (as hyperfine -N reads it)
  eval "env $* $timer ${CMD[$name]}" >"$out" 2>"$RESULTS/err-$name.txt" || rc=$?
  t1=$(date +%s%N)
  if ((rc > 1)); then
    echo "lint-bench.sh: $name exited $rc; stderr:" >&2
    tail -n 20 "$RESULTS/err-$name.txt" >&2
    exit 1
  fi
  node -e '
    const fs = require("fs");
    const [name, file, rc, ms, rssFile] = process.argv.slice(1);
    let findings = null, files = null;
    try {
      const a = JSON.parse(fs.readFileSync(file, "utf8"));
      if (Array.isArray(a)) { findings = a.length; files = new Set(a.map((f) => f.file)).size; }
    } catch (e) {}
    let rssKb = null;
    try { rssKb = Number(fs.readFileSync(rssFile, "utf8").trim().split("\n").pop()) || null; } catch (e) {}
    console.log(JSON.stringify({ name, exit: Number(rc), wallMs: Number(ms), findings, filesWithFindings: files, rssKb }));
  ' "$name" "$out" "$rc" "$(((t1 - t0) / 1000000))" "$RESULTS/rss-$name.txt" >"$RESULTS/check-$name.json"
  echo $(((t1 - t0) / 1000000))
}

# Waits until the CPUs are mostly idle (other processes below 25% of all CPU time over one
# second), at most QUIET_MAX seconds; records what it saw.
wait_quiet() { # LABEL
  local waited=0 busy
  while :; do
    busy=$(cpu_busy)
    if ((busy < 25 || waited >= QUIET_MAX)); then break; fi
    ((waited == 0)) && log "waiting for a quieter machine (CPU ${busy}% busy)"
    sleep 4
    waited=$((waited + 5))
  done
  echo "{\"group\":\"$1\",\"busyPercent\":$busy,\"waitedS\":$waited,\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}" >>"$RESULTS/quiet.jsonl"
}
cpu_busy() { # percent of CPU time not idle over one second
  local a b
  read -r -a a < <(head -1 /proc/stat)
  sleep 1
  read -r -a b < <(head -1 /proc/stat)
  local idle=$(((b[4] + b[5]) - (a[4] + a[5]))) total=0 i
  for ((i = 1; i < ${#a[@]}; i++)); do total=$((total + b[i] - a[i])); done
  ((total > 0)) && echo $((100 * (total - idle) / total)) || echo 0
}

# Runs each NAME once per round, order reversed every other round; samples pooled by the renderer.
# MAXR[NAME] caps the rounds of one command.
declare -A MAXR
rounds() { # ROUNDS NAME...
  local n=$1; shift
  local names=("$@") r i order
  for ((r = 1; r <= n; r++)); do
    if ((r % 2 == 1)); then order=("${names[@]}"); else order=(); for ((i = ${#names[@]} - 1; i >= 0; i--)); do order+=("${names[i]}"); done; fi
    for name in "${order[@]}"; do
      ((r > ${MAXR[$name]:-n})) && continue
      hyperfine -N -i --style none --runs 1 --export-json "$HF/$name.$r.json" --command-name "$name" "${CMD[$name]}" >/dev/null 2>&1 \
        || { echo "lint-bench.sh: hyperfine failed on $name: ${CMD[$name]}" >&2; exit 1; }
    done
  done
}

# 5. Check runs -----------------------------------------------------------------------------------
log "check runs (one each, also warms the file cache)"
for name in dflint-corpus utils-corpus dfl-corpus dflint-cold dflint-cold-nocds dflint-cold-xshareoff \
  java-cold utils-cold dfl-cold dflint-quarter dflint-half dflint-big utils-quarter utils-half; do
  check "$name" >/dev/null
done
if [[ -n $SHELLCHECK ]]; then
  rm -f "$RESULTS/shellcheck-spawns.txt"
  check dflint-cold-sc DFLINT_SHELLCHECK="$PWD/$WORK/shellcheck-counting" >/dev/null
  wc -l <"$RESULTS/shellcheck-spawns.txt" 2>/dev/null | tr -d ' ' >"$RESULTS/shellcheck-spawns-cold.txt" || echo 0 >"$RESULTS/shellcheck-spawns-cold.txt"
  rm -f "$RESULTS/shellcheck-spawns.txt"
  log "corpus with ShellCheck, check run (one shellcheck process per Dockerfile with RUNs; slow)"
  sc_ms=$(check dflint-sc-corpus DFLINT_SHELLCHECK="$PWD/$WORK/shellcheck-counting")
  wc -l <"$RESULTS/shellcheck-spawns.txt" 2>/dev/null | tr -d ' ' >"$RESULTS/shellcheck-spawns-corpus.txt" || echo 0 >"$RESULTS/shellcheck-spawns-corpus.txt"
  log "  took $((sc_ms / 1000)) s, $(cat "$RESULTS/shellcheck-spawns-corpus.txt") shellcheck processes"
fi
[[ -n $HADOLINT ]] && for name in hadolint-corpus hadolint-cold hadolint-big; do check "$name" >/dev/null; done
log "dockerfile-utils on the 3 MiB file, check run"
utils_big_ms=$(check utils-big)
utils_big_runs=$RUNS
if ((utils_big_ms > UTILS_SLOW_S * 1000)); then
  utils_big_runs=$UTILS_CAP_RUNS
  log "  took $((utils_big_ms / 1000)) s > ${UTILS_SLOW_S} s: capped at $utils_big_runs runs"
fi
echo "{\"utilsBigCheckMs\":$utils_big_ms,\"utilsBigRuns\":$utils_big_runs,\"slowS\":$UTILS_SLOW_S}" >"$RESULTS/caps.json"

# 6. Timed groups ---------------------------------------------------------------------------------
cold=(dflint-cold dflint-cold-nocds dflint-cold-xshareoff java-cold utils-cold dfl-cold node-empty dflint-version)
[[ -n $SHELLCHECK ]] && cold+=(dflint-cold-sc shellcheck-one)
[[ -n $HADOLINT ]] && cold+=(hadolint-cold)
wait_quiet cold
log "cold single file: ${#cold[@]} commands x $COLD_RUNS rounds"
rounds "$COLD_RUNS" "${cold[@]}"

corpus=(dflint-corpus utils-corpus dfl-corpus)
[[ -n $HADOLINT ]] && corpus+=(hadolint-corpus)
wait_quiet corpus
log "corpus: ${#corpus[@]} commands x $RUNS rounds"
rounds "$RUNS" "${corpus[@]}"

wait_quiet big
log "3 MiB file and prefixes: dflint and dockerfile-utils, $RUNS rounds (dockerfile-utils on the full file: $utils_big_runs)"
MAXR[utils-big]=$utils_big_runs
big=(dflint-quarter utils-quarter dflint-half utils-half dflint-big utils-big)
[[ -n $HADOLINT ]] && big+=(hadolint-big)
rounds "$RUNS" "${big[@]}"

if [[ -n $SHELLCHECK ]]; then
  wait_quiet corpus-shellcheck
  log "corpus with ShellCheck: $SC_RUNS runs (about $((sc_ms / 1000)) s each)"
  rounds "$SC_RUNS" dflint-sc-corpus
fi
cut -d' ' -f1-3 /proc/loadavg >"$RESULTS/load-end.txt" 2>/dev/null || echo "n/a" >"$RESULTS/load-end.txt"

# 7. Where the time goes --------------------------------------------------------------------------
log "bench/lint-phases.java: phases and rules, cold pass and warm passes"
PCP="$JAR:$WORK/classes"
# shellcheck disable=SC2086
java $LAUNCH_FLAGS -XX:SharedArchiveFile="$JSA" -cp "$PCP" LintPhases 3 --ignore ShellCheck "$CORPUS" \
  >"$RESULTS/phases-corpus.json"
# shellcheck disable=SC2086
java $LAUNCH_FLAGS -XX:SharedArchiveFile="$JSA" -cp "$PCP" LintPhases 3 --ignore ShellCheck "$BIG" \
  >"$RESULTS/phases-big.json"
# shellcheck disable=SC2086
java $LAUNCH_FLAGS -XX:SharedArchiveFile="$JSA" -cp "$PCP" LintPhases 2 --ignore ShellCheck "$TYPICAL" \
  >"$RESULTS/phases-typical.json"
log "class loading of one cold run on the typical file"
# shellcheck disable=SC2086
java $LAUNCH_FLAGS -XX:SharedArchiveFile="$JSA" -Xlog:class+load=info:file="$RESULTS/class-load.txt":uptime \
  -jar "$JAR" --format json --ignore ShellCheck "$TYPICAL" >/dev/null || true
if command -v jstat >/dev/null; then
  log "JVM counters (class loading, static initialisers, JIT, GC) of one run on the typical file and the corpus"
  for what in typical corpus; do
    target=$TYPICAL
    [[ $what == corpus ]] && target=$CORPUS
    # shellcheck disable=SC2086
    java $LAUNCH_FLAGS -XX:SharedArchiveFile="$JSA" -XX:+UsePerfData -XX:+PerfDataSaveToFile \
      -XX:PerfDataSaveFile="$PWD/$RESULTS/perf-$what.hsperf" -jar "$JAR" --format json --ignore ShellCheck "$target" \
      >/dev/null || true
    jstat -J-Djstat.showUnsupported=true -snap "file://$PWD/$RESULTS/perf-$what.hsperf" >"$RESULTS/perf-$what.txt" 2>/dev/null || true
    rm -f "$RESULTS/perf-$what.hsperf"
  done
fi
# shellcheck disable=SC2086
java $LAUNCH_FLAGS -XX:ArchiveClassesAtExit="$WORK/probe.jsa" -Xlog:cds=warning:file="$RESULTS/cds-dump.txt" \
  -jar "$JAR" --format json - <bin/lib/sample.Dockerfile >/dev/null 2>&1 || true
rm -f "$WORK/probe.jsa"

# 8. Report ---------------------------------------------------------------------------------------
dirty=""
if [[ -n "$(git status --porcelain -- pom.xml grammar parser linter bin)" ]]; then
  dirty=" (with uncommitted changes to the linter, parser, grammar or launcher)"
fi
log "writing report"
BENCH_COMMIT="$(git rev-parse --short HEAD)$dirty" \
BENCH_JAVA_VERSION="$(java -version 2>&1 | tr '\n' ';' | sed 's/;$//; s/;/; /g')" \
BENCH_NODE_VERSION="$(node --version)" \
BENCH_SHELLCHECK_VERSION="$(if [[ -n $SHELLCHECK ]]; then "$SHELLCHECK" --version | sed -n 's/^version: //p'; else echo 'not installed'; fi)" \
BENCH_HADOLINT_VERSION="$(if [[ -n $HADOLINT ]]; then "$HADOLINT" --version | head -1; else echo 'not installed'; fi)" \
BENCH_HYPERFINE_VERSION="$(hyperfine --version)" \
BENCH_LAUNCH_FLAGS="$LAUNCH_FLAGS" \
BENCH_UTILS_LATEST="$latest_utils" \
BENCH_DFL_LATEST="$latest_dfl" \
BENCH_RUNS="$RUNS" BENCH_COLD_RUNS="$COLD_RUNS" BENCH_SC_RUNS="$SC_RUNS" \
BENCH_SECONDS="$(($(date +%s) - started))" \
BENCH_STARTED="$(cat "$RESULTS/started.txt")" \
  node -e 'const e = process.env; console.log(JSON.stringify(Object.fromEntries(
    Object.keys(e).filter((k) => k.startsWith("BENCH_") && k !== "BENCH_NO_WRITE").map((k) => [k, e[k]]))))' >"$RESULTS/meta.json"
BENCH_NO_WRITE="${BENCH_NO_WRITE:-}" \
  node bench/render-linter-bench.js "$RESULTS" BENCHMARKS.md bench/linter-notes.md
