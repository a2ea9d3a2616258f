#!/usr/bin/env bash
# Parser benchmark: dfkit against the npm parser dockerfile-ast, same inputs, same run.
#
# Run from the repository root:   bench/parse-bench.sh
#
# It builds the parser jar if it is missing or older than the sources, generates the inputs into
# bench/work/ (a deterministic Dockerfile of at least 5 MiB, prefixes of it for a size-scaling
# table, and a copy of the BuildKit conformance corpus), installs the pinned dockerfile-ast with npm
# into bench/work/node/, runs bench/ParseBench.java and bench/parse-bench.js on the same inputs,
# prints a summary and rewrites the "## Parser" section of BENCHMARKS.md (between the
# <!-- bench:parser:start --> and <!-- bench:parser:end --> markers).
#
# Environment (all optional):
#   DOCKERFILE_AST_VERSION  npm version to pin (default below)
#   BIG_WARMUP/BIG_ITERATIONS         big file, both parsers (default 5/10)
#   AST_SLOW_MS                       if one cold dockerfile-ast parse of the big file takes longer
#                                     than this, its big-file run is capped (default 2000)
#   AST_CAP_WARMUP/AST_CAP_ITERATIONS the cap (default 1/3)
#   CORPUS_WARMUP/CORPUS_ITERATIONS   corpus passes, both parsers (default 200/200)
#   SCALE_WARMUP/SCALE_ITERATIONS     size-scaling prefixes, both parsers (default 2/5)
#   FORKS                             fresh processes per parser for the big file and the corpus,
#                                     run interleaved (default 2); their samples are pooled
#   CONFORMANCE_DIR                   default ../shared/conformance/buildkit-parser
#   BENCH_NO_WRITE=1                  print the summary but leave BENCHMARKS.md alone
set -euo pipefail

DOCKERFILE_AST_VERSION="${DOCKERFILE_AST_VERSION:-0.7.1}"
BIG_WARMUP="${BIG_WARMUP:-5}"
BIG_ITERATIONS="${BIG_ITERATIONS:-10}"
AST_SLOW_MS="${AST_SLOW_MS:-2000}"
AST_CAP_WARMUP="${AST_CAP_WARMUP:-1}"
AST_CAP_ITERATIONS="${AST_CAP_ITERATIONS:-3}"
CORPUS_WARMUP="${CORPUS_WARMUP:-200}"
CORPUS_ITERATIONS="${CORPUS_ITERATIONS:-200}"
SCALE_WARMUP="${SCALE_WARMUP:-2}"
SCALE_ITERATIONS="${SCALE_ITERATIONS:-5}"
FORKS="${FORKS:-2}"
CONFORMANCE_DIR="${CONFORMANCE_DIR:-../shared/conformance/buildkit-parser}"
MIN_BYTES=$((5 * 1048576 + 65536))

if [[ ! -f pom.xml || ! -d parser || ! -d grammar ]]; then
  echo "parse-bench.sh: run me from the dfkit repository root" >&2
  exit 2
fi
for tool in java javac mvn node npm git; do
  command -v "$tool" >/dev/null || { echo "parse-bench.sh: $tool is not on PATH" >&2; exit 2; }
done

WORK=bench/work
RESULTS="$WORK/results"
JAR=parser/target/dfkit-parser.jar
CP="$JAR:parser/target/lib/*"
JAVA_OPTS=(-Xmx2g)
started=$(date +%s)

log() { printf '[parse-bench %3ds] %s\n' "$(($(date +%s) - started))" "$*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.json
cut -d' ' -f1-3 /proc/loadavg >"$RESULTS/load-start.txt" 2>/dev/null || echo "n/a" >"$RESULTS/load-start.txt"
date -u +%Y-%m-%dT%H:%M:%SZ >"$RESULTS/started.txt"

log "$(java -version 2>&1 | tail -1); node $(node --version)"

# 1. Parser jar ---------------------------------------------------------------------------------
if [[ ! -f "$JAR" || ! -d parser/target/lib ]] \
  || [[ -n "$(find pom.xml grammar/pom.xml parser/pom.xml grammar/src parser/src/main \
        -newer "$JAR" -print -quit)" ]]; then
  log "building $JAR"
  mvn -B -q -DskipTests -pl grammar,parser -am package
else
  log "$JAR is up to date"
fi
mkdir -p "$WORK/classes"
if [[ ! -f "$WORK/classes/ParseBench.class" || bench/ParseBench.java -nt "$WORK/classes/ParseBench.class" \
  || "$JAR" -nt "$WORK/classes/ParseBench.class" ]]; then
  log "compiling bench/ParseBench.java"
  javac -d "$WORK/classes" -cp "$CP" bench/ParseBench.java
fi
JCP="$CP:$WORK/classes"

# 2. dockerfile-ast -----------------------------------------------------------------------------
installed=$(node -p "try { require('./$WORK/node/node_modules/dockerfile-ast/package.json').version } catch (e) { '' }")
if [[ "$installed" != "$DOCKERFILE_AST_VERSION" ]]; then
  log "npm install dockerfile-ast@$DOCKERFILE_AST_VERSION"
  mkdir -p "$WORK/node"
  npm install --prefix "$WORK/node" --no-audit --no-fund --save-exact --loglevel=error \
    "dockerfile-ast@$DOCKERFILE_AST_VERSION" >&2
fi
latest=$(timeout 20 npm view dockerfile-ast version 2>/dev/null || echo "unknown")
if [[ "$latest" != "unknown" && "$latest" != "$DOCKERFILE_AST_VERSION" ]]; then
  log "note: dockerfile-ast $latest is on npm; this run measures the pinned $DOCKERFILE_AST_VERSION"
fi

# 3. Inputs -------------------------------------------------------------------------------------
log "generating inputs"
node bench/gen-inputs.js --out "$WORK" --conformance "$CONFORMANCE_DIR" --min-bytes "$MIN_BYTES" \
  >"$RESULTS/inputs.json"
BIG="$WORK/big.Dockerfile"
big_bytes=$(wc -c <"$BIG")
SCALES=(8 4 2)
for d in "${SCALES[@]}"; do
  node bench/gen-inputs.js --out "$WORK/scale-$d" --conformance "$CONFORMANCE_DIR" \
    --min-bytes $((big_bytes / d)) >/dev/null
  # Same seed, so each one is a prefix of the big file (cut at a stage boundary).
  cmp -s -n "$(wc -c <"$WORK/scale-$d/big.Dockerfile")" "$WORK/scale-$d/big.Dockerfile" "$BIG" \
    || { echo "parse-bench.sh: scale-$d is not a prefix of $BIG" >&2; exit 1; }
done

# 4. Cold start: one process, one parse, start-up included ---------------------------------------
log "cold start, dfkit"
t0=$(now_ms)
java "${JAVA_OPTS[@]}" -cp "$JCP" ParseBench once "$BIG" >"$RESULTS/dfkit-cold.json"
echo "{\"wallMs\":$(($(now_ms) - t0))}" >"$RESULTS/dfkit-cold-wall.json"
log "cold start, dockerfile-ast"
t0=$(now_ms)
node bench/parse-bench.js once "$BIG" >"$RESULTS/ast-cold.json"
ast_cold_ms=$(($(now_ms) - t0))
echo "{\"wallMs\":$ast_cold_ms}" >"$RESULTS/ast-cold-wall.json"

# 5 and 6. Big file and corpus, in FORKS fresh processes per parser, interleaved ABBA -----------
# (dfkit, ast, ast, dfkit, ...) so that both parsers share whatever else the machine is doing.
ast_warmup=$BIG_WARMUP
ast_iterations=$BIG_ITERATIONS
if ((ast_cold_ms > AST_SLOW_MS)); then
  ast_warmup=$AST_CAP_WARMUP
  ast_iterations=$AST_CAP_ITERATIONS
fi
dfkit_run() { # INPUT-KIND FORK
  if [[ $1 == big ]]; then
    log "big file, dfkit, fork $2/$FORKS ($BIG_WARMUP warm-up + $BIG_ITERATIONS measured)"
    java "${JAVA_OPTS[@]}" -cp "$JCP" ParseBench big "$BIG" "$BIG_WARMUP" "$BIG_ITERATIONS" \
      >"$RESULTS/dfkit-big-$2.json"
  else
    log "corpus, dfkit, fork $2/$FORKS ($CORPUS_WARMUP warm-up + $CORPUS_ITERATIONS measured passes)"
    java "${JAVA_OPTS[@]}" -cp "$JCP" ParseBench corpus "$WORK/corpus.txt" "$CORPUS_WARMUP" \
      "$CORPUS_ITERATIONS" >"$RESULTS/dfkit-corpus-$2.json"
  fi
}
ast_run() { # INPUT-KIND FORK
  if [[ $1 == big ]]; then
    log "big file, dockerfile-ast, fork $2/$FORKS ($ast_warmup warm-up + $ast_iterations measured)"
    node bench/parse-bench.js big "$BIG" "$ast_warmup" "$ast_iterations" >"$RESULTS/ast-big-$2.json"
  else
    log "corpus, dockerfile-ast, fork $2/$FORKS ($CORPUS_WARMUP warm-up + $CORPUS_ITERATIONS measured passes)"
    node bench/parse-bench.js corpus "$WORK/corpus.txt" "$CORPUS_WARMUP" "$CORPUS_ITERATIONS" \
      >"$RESULTS/ast-corpus-$2.json"
  fi
}
for kind in big corpus; do
  for ((fork = 1; fork <= FORKS; fork++)); do
    if ((fork % 2 == 1)); then
      dfkit_run "$kind" "$fork"
      ast_run "$kind" "$fork"
    else
      ast_run "$kind" "$fork"
      dfkit_run "$kind" "$fork"
    fi
  done
done

# 7. Size scaling -------------------------------------------------------------------------------
for d in "${SCALES[@]}"; do
  log "scaling, 1/$d of the big file ($SCALE_WARMUP warm-up + $SCALE_ITERATIONS measured each)"
  java "${JAVA_OPTS[@]}" -cp "$JCP" ParseBench big "$WORK/scale-$d/big.Dockerfile" \
    "$SCALE_WARMUP" "$SCALE_ITERATIONS" >"$RESULTS/dfkit-scale-$d.json"
  node bench/parse-bench.js big "$WORK/scale-$d/big.Dockerfile" "$SCALE_WARMUP" \
    "$SCALE_ITERATIONS" >"$RESULTS/ast-scale-$d.json"
done
cut -d' ' -f1-3 /proc/loadavg >"$RESULTS/load-end.txt" 2>/dev/null || echo "n/a" >"$RESULTS/load-end.txt"

# 8. Report -------------------------------------------------------------------------------------
dirty=""
if [[ -n "$(git status --porcelain -- pom.xml grammar parser)" ]]; then
  dirty=" (with uncommitted changes to grammar/parser)"
fi
log "writing report"
# meta.json keeps what the renderer needs besides the harness output, so that
# `node bench/render-parser-bench.js bench/work/results BENCHMARKS.md bench/parser-notes.md`
# can render the same run again (e.g. after editing the notes).
BENCH_COMMIT="$(git rev-parse --short HEAD)$dirty" \
BENCH_JAVA_VERSION="$(java -version 2>&1 | tr '\n' ';' | sed 's/;$//; s/;/; /g')" \
BENCH_JAVA_OPTS="${JAVA_OPTS[*]}" \
BENCH_AST_LATEST="$latest" \
BENCH_SECONDS="$(($(date +%s) - started))" \
BENCH_STARTED="$(cat "$RESULTS/started.txt")" \
  node -e 'const e = process.env; const keys = ["BENCH_COMMIT", "BENCH_JAVA_VERSION", "BENCH_JAVA_OPTS",
    "BENCH_AST_LATEST", "BENCH_SECONDS", "BENCH_STARTED"];
    console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, e[k]]))))' >"$RESULTS/meta.json"
BENCH_NO_WRITE="${BENCH_NO_WRITE:-}" \
  node bench/render-parser-bench.js "$RESULTS" BENCHMARKS.md bench/parser-notes.md
