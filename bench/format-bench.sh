#!/usr/bin/env bash
# Formatter benchmark: dffmt (dfkit's formatter) against dockerfile-utils' formatter (the one behind
# the VS Code Docker language server), same inputs, same run.
#
# Run from the repository root:   bench/format-bench.sh
#
# Inputs: the BuildKit parser conformance Dockerfiles, and a generated corpus made by
# bench/gen-inputs.js (its big Dockerfile cut into files of a few stages each). Each harness
# formats every file of a corpus once per pass (WARMUP passes, then ITERATIONS measured passes),
# in the same process; then fresh processes format the generated corpus (whole-corpus time, start-up
# included): `java -jar`, the bin/dffmt launcher and node, COLD_RUNS times each, taking turns. It rewrites the "## Formatter" section of BENCHMARKS.md (between the
# <!-- bench:formatter:start --> and <!-- bench:formatter:end --> markers).
#
# Environment (all optional): DOCKERFILE_UTILS_VERSION (default below), CORPUS_BYTES (default 2 MiB),
# STAGES_PER_FILE (default 3), WARMUP/ITERATIONS (default 20/20), COLD_RUNS (default 3),
# BENCH_NO_WRITE=1.
set -euo pipefail

DOCKERFILE_UTILS_VERSION="${DOCKERFILE_UTILS_VERSION:-0.16.3}"
CORPUS_BYTES="${CORPUS_BYTES:-2097152}"
STAGES_PER_FILE="${STAGES_PER_FILE:-3}"
WARMUP="${WARMUP:-20}"
COLD_RUNS="${COLD_RUNS:-3}"
ITERATIONS="${ITERATIONS:-20}"
CONFORMANCE_DIR="${CONFORMANCE_DIR:-../shared/conformance/buildkit-parser}"

if [[ ! -f pom.xml || ! -d formatter ]]; then
  echo "format-bench.sh: run me from the dfkit repository root" >&2
  exit 2
fi
for tool in java javac mvn node npm; do
  command -v "$tool" >/dev/null || { echo "format-bench.sh: $tool is not on PATH" >&2; exit 2; }
done

WORK=bench/work
OUT="$WORK/fmt-results"
JAR=formatter/target/dfkit-formatter.jar
CP="$JAR:formatter/target/lib/*"
started=$(date +%s)
started_iso=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log() { printf '[format-bench %3ds] %s\n' "$(($(date +%s) - started))" "$*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
mkdir -p "$OUT"
rm -f "$OUT"/*.json

if [[ ! -f "$JAR" || -n "$(find pom.xml grammar/src parser/src/main formatter/src/main -newer "$JAR" -print -quit)" ]]; then
  log "building $JAR"
  mvn -B -q -DskipTests -Dspotless.check.skip=true -pl formatter -am package
fi
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CP" bench/FormatBench.java
installed=$(node -p "try { require('./$WORK/node-fmt/node_modules/dockerfile-utils/package.json').version } catch (e) { '' }")
if [[ "$installed" != "$DOCKERFILE_UTILS_VERSION" ]]; then
  log "npm install dockerfile-utils@$DOCKERFILE_UTILS_VERSION"
  mkdir -p "$WORK/node-fmt"
  npm install --prefix "$WORK/node-fmt" --no-audit --no-fund --save-exact --loglevel=error \
    "dockerfile-utils@$DOCKERFILE_UTILS_VERSION" >&2
fi

log "generating inputs"
node bench/gen-inputs.js --out "$WORK/fmt-gen" --conformance "$CONFORMANCE_DIR" \
  --min-bytes "$CORPUS_BYTES" >/dev/null
rm -rf "$WORK/fmt-corpus" && mkdir -p "$WORK/fmt-corpus"
STAGES="$STAGES_PER_FILE" node -e '
  const fs = require("fs");
  const text = fs.readFileSync(process.argv[1], "utf8");
  const lines = text.split("\n");
  const per = Number(process.env.STAGES);
  let chunk = [], stages = 0, n = 0;
  const flush = () => {
    if (chunk.some((l) => /^FROM /.test(l))) {
      fs.writeFileSync(`${process.argv[2]}/${String(n++).padStart(5, "0")}.Dockerfile`, chunk.join("\n") + "\n");
    }
    chunk = []; stages = 0;
  };
  for (const l of lines) {
    if (/^FROM /.test(l) && ++stages > per) { flush(); stages = 1; }
    chunk.push(l);
  }
  flush();
' "$WORK/fmt-gen/big.Dockerfile" "$WORK/fmt-corpus"
find "$WORK/fmt-corpus" -name '*.Dockerfile' | sort >"$WORK/fmt-generated.txt"
find "$CONFORMANCE_DIR/testfiles" "$CONFORMANCE_DIR/heredoc" "$CONFORMANCE_DIR/testfile-line" \
  -name Dockerfile | sort >"$WORK/fmt-conformance.txt"

for corpus in conformance generated; do
  log "$corpus corpus, dffmt ($WARMUP warm-up + $ITERATIONS measured passes)"
  java -Xmx2g -cp "$CP:$WORK/classes" FormatBench "$WORK/fmt-$corpus.txt" "$WARMUP" "$ITERATIONS" \
    >"$OUT/dffmt-$corpus.json"
  log "$corpus corpus, dockerfile-utils ($WARMUP warm-up + $ITERATIONS measured passes)"
  node bench/format-bench.js "$WORK/fmt-$corpus.txt" "$WARMUP" "$ITERATIONS" \
    >"$OUT/utils-$corpus.json"
done

log "whole generated corpus, one fresh process each ($COLD_RUNS runs of each, taking turns)"
# The files are named one by one: bench/work/ is ignored by git, so a directory would be empty.
mapfile -t generated <"$WORK/fmt-generated.txt"
# bin/dffmt is what users run (its JVM flags and class-data archive): one untimed run first, so a
# stale jar is rebuilt and the archive recorded outside the measurement.
bin/dffmt --check "${generated[0]}" >/dev/null 2>&1 || true
cold_jar=() cold_launcher=() cold_utils=()
for ((run = 0; run < COLD_RUNS; run++)); do
  t0=$(now_ms)
  java -Xmx2g -jar "$JAR" --check "${generated[@]}" >/dev/null || true
  cold_jar+=($(($(now_ms) - t0)))
  t0=$(now_ms)
  bin/dffmt --check "${generated[@]}" >/dev/null || true
  cold_launcher+=($(($(now_ms) - t0)))
  t0=$(now_ms)
  node bench/format-bench.js "$WORK/fmt-generated.txt" 0 1 >/dev/null
  cold_utils+=($(($(now_ms) - t0)))
done
runs() { local IFS=,; echo "{\"runsMs\":[$*]}"; }
runs "${cold_jar[@]}" >"$OUT/dffmt-cold.json"
runs "${cold_launcher[@]}" >"$OUT/dffmt-launcher-cold.json"
runs "${cold_utils[@]}" >"$OUT/utils-cold.json"

log "writing report"
BENCH_COMMIT="$(git rev-parse --short HEAD)$([[ -n "$(git status --porcelain -- formatter parser)" ]] && echo ' (with uncommitted changes)')" \
BENCH_JAVA="$(java -version 2>&1 | head -1)" BENCH_NODE="$(node --version)" \
BENCH_UTILS="$DOCKERFILE_UTILS_VERSION" BENCH_MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)" \
BENCH_LOAD="$load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end" \
BENCH_STARTED="$started_iso" BENCH_SECONDS="$(($(date +%s) - started))" \
BENCH_NO_WRITE="${BENCH_NO_WRITE:-}" node bench/render-format-bench.js "$OUT"
