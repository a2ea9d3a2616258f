#!/usr/bin/env bash
# dfls against dockerfile-language-server-nodejs (npm), same client (bench/ls-bench.js), same
# machine, same run: start + initialize, didOpen and didChange → diagnostics, completion, hover
# and semanticTokens/full on generated multi-stage Dockerfiles of 2,000 and 8,000 lines.
# Rewrites the "## Language server" section of BENCHMARKS.md (between its markers).
#   bench/ls-bench.sh [RUNS]      (default 200 requests of each kind per server and file)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-200}
WORK=bench/work/ls
NODE_LS_VERSION=0.15.0
log() { echo "ls-bench: $*" >&2; }
for tool in java mvn node npm; do
  command -v "$tool" >/dev/null || { echo "ls-bench: needs $tool" >&2; exit 2; }
done
mkdir -p "$WORK"

installed=$(node -p "try { require('./$WORK/node/node_modules/dockerfile-language-server-nodejs/package.json').version } catch (e) { '' }")
if [[ "$installed" != "$NODE_LS_VERSION" ]]; then
  log "npm install dockerfile-language-server-nodejs@$NODE_LS_VERSION"
  mkdir -p "$WORK/node"
  npm install --prefix "$WORK/node" --no-audit --no-fund --save-exact --loglevel=error \
    "dockerfile-language-server-nodejs@$NODE_LS_VERSION" >&2
fi
bin/dfls --version >/dev/null # builds dfkit on first use, untimed

log "generating inputs"
node bench/gen-inputs.js --out "$WORK/gen" --conformance ../shared/conformance/buildkit-parser \
  --min-bytes 600000 >/dev/null
for n in 2000 8000; do
  # the first N lines of the generated file, cut where a stage starts
  node -e '
    const fs = require("fs");
    const [src, n, dst] = process.argv.slice(1);
    const lines = fs.readFileSync(src, "utf8").split("\n");
    let cut = Number(n);
    while (cut < lines.length && !/^FROM\s/i.test(lines[cut])) cut++;
    fs.writeFileSync(dst, lines.slice(0, cut).join("\n") + "\n");
  ' "$WORK/gen/big.Dockerfile" "$n" "$WORK/ls-$n.Dockerfile"
done

results="$WORK/results.jsonl"
: >"$results"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for n in 2000 8000; do
  f="$WORK/ls-$n.Dockerfile"
  log "dfls on $n lines"
  node bench/ls-bench.js --name dfls --file "$f" --runs "$RUNS" -- bin/dfls >>"$results"
  log "dockerfile-language-server-nodejs on $n lines"
  # its semantic tokens take seconds on big files: a few runs are enough
  node bench/ls-bench.js --name node --file "$f" --runs "$RUNS" --tokens-runs 3 -- \
    node "$WORK/node/node_modules/dockerfile-language-server-nodejs/bin/docker-langserver" --stdio \
    >>"$results"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
node bench/render-ls-bench.js "$results" "$started" "$load_before" "$load_after" \
  "$(git rev-parse --short HEAD)" "$NODE_LS_VERSION" "$RUNS"
log "BENCHMARKS.md updated"
