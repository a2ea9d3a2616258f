# shellcheck shell=bash
# Shared by the launchers in bin/: build the module with Maven on first use (or when its sources
# changed), then run its jar. Usage: launch MODULE "$@"   (sourced, not executed)

# The repository root, from this file's path with builtins when that path is plain (no fork on
# the common starts); otherwise as the shell resolves it. The same root each time keeps the
# class-data archive, which records the jar's path, valid.
dfkit_root=${BASH_SOURCE[0]%/*}
[[ $dfkit_root == /* ]] || dfkit_root=$PWD/$dfkit_root
if [[ $dfkit_root == */bin/lib && $dfkit_root != *//* && $dfkit_root != */./* && $dfkit_root != */../* ]]; then
  dfkit_root=${dfkit_root%/bin/lib}
else
  dfkit_root="$(cd "$dfkit_root/../.." && pwd)"
fi

dfkit_stale() { # is the jar missing or older than any source of the modules it is built from?
  local jar=$1; shift
  [[ -f $jar ]] || return 0
  local dirs=() dir newer=""
  for dir in "$dfkit_root/pom.xml" "$@"; do
    [[ -e $dir ]] && dirs+=("$dir")
  done
  # One find over all the roots, stopping at the first newer file: a process per root (and a
  # subshell per test) cost more than the walk itself, on every start.
  read -r newer < <(find "${dirs[@]}" -newer "$jar" -type f -print -quit 2>/dev/null) || true
  [[ -n $newer ]]
}

dfkit_launch() {
  local module=$1; shift
  local jar="$dfkit_root/$module/target/dfkit-$module.jar"
  local jsa="$dfkit_root/$module/target/dfkit-$module.jsa"
  local jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
  local sources=("$dfkit_root/grammar/src" "$dfkit_root/grammar/pom.xml" "$dfkit_root/parser/src" "$dfkit_root/parser/pom.xml" "$dfkit_root/$module/src" "$dfkit_root/$module/pom.xml")
  local dep
  dfkit_deps "$module"
  for dep in "${dfkit_dep_modules[@]}"; do
    sources+=("$dfkit_root/$dep/src" "$dfkit_root/$dep/pom.xml")
  done
  if ! command -v java >/dev/null 2>&1; then
    echo "dfkit: needs Java 17 or newer on PATH (Debian: apt-get install openjdk-17-jdk-headless)" >&2
    exit 2
  fi
  if dfkit_stale "$jar" "${sources[@]}"; then
    if ! command -v mvn >/dev/null 2>&1; then
      echo "dfkit: needs Maven 3.8+ to build on first use (Debian: apt-get install maven)" >&2
      exit 2
    fi
    mkdir -p "$dfkit_root/$module/target"
    local log="$dfkit_root/$module/target/dfkit-build.log"
    (
      # One build at a time, even when several launchers start together (pre-commit, CI).
      if command -v flock >/dev/null 2>&1; then flock 9; fi
      if dfkit_stale "$jar" "${sources[@]}"; then
        echo "dfkit: building $module with Maven (first run or changed sources; takes a minute)..." >&2
        if ! (cd "$dfkit_root" && mvn -B -q -DskipTests -Dspotless.check.skip=true -pl "$module" -am package >"$log" 2>&1); then
          echo "dfkit: build failed; last lines of $log:" >&2
          tail -n 30 "$log" >&2
          exit 2
        fi
      fi
    ) 9>"$dfkit_root/$module/target/.build.lock" || exit $?
  fi
  # (The language server's jar carries lsp4j's classes unsigned: JDK 17's dynamic archiving
  # cannot archive classes of signed jars and crashed on their lambdas.)
  if [[ ! -f $jsa || $jar -nt $jsa ]]; then
    dfkit_archive "$module" "$jar" "$jsa"
  fi
  if [[ -n ${DFKIT_JAVA_OPTS:-} ]]; then
    # shellcheck disable=SC2086 # options are meant to split
    exec java $DFKIT_JAVA_OPTS -jar "$jar" "$@"
  fi
  # The language server too runs C1-only: measured over a file's first 200 edits (bench/ls-bench.sh),
  # the optimizing compiler's warm-up cost more than its faster code gave back (didChange p95 on
  # 2,000 lines 45 vs 116 ms, didOpen of 8,000 lines 0.7 vs 2.8 s), though a long session's edits
  # of a very big file then run up to 2x slower.
  if [[ $module == language-server ]]; then
    # An edit runs, once each, methods that loop over the whole file (the re-parse taking over the
    # instructions the edit left alone, the lint keeping the findings above it). With the default
    # thresholds they stay interpreted for the first ~100 edits (C1 waits for 100 calls, or 60,000
    # loop iterations, scaled up while its queue is long); compiled after 20 calls, or 3,000
    # iterations, edits 10-50 of bench/ls-bench.sh took ~15% less (12 alternating runs). An open
    # document's tree outlives many collections while an edit's garbage dies young: tenured after
    # one, it is not copied again (the first collections after opening a big file took 16-23 ms).
    jvm+=(-XX:Tier3MinInvocationThreshold=20 -XX:Tier3BackEdgeThreshold=3000 -XX:Tier3LoadFeedback=50
      -XX:MaxTenuringThreshold=1)
  fi
  if [[ -f $jsa ]]; then
    jvm+=(-XX:SharedArchiveFile="$jsa")
  fi
  exec java "${jvm[@]}" -jar "$jar" "$@"
}

# Records the classes a typical run loads into a class-data-sharing archive (AppCDS): later starts
# map them instead of loading and verifying them, which saves about a third of the start-up time.
# Written to a temporary name and moved, so concurrent launches never see half an archive.
dfkit_archive() {
  local module=$1 jar=$2 jsa=$3
  local tmp="$jsa.$$.tmp"
  case $module in
    build-engine)
      # Two builds in a throw-away state directory: the first fills the cache, the second (one
      # step more) is recorded, so both the cached path (a no-op rebuild) and a real step are in.
      local work
      work=$(mktemp -d)
      printf 'a\n' >"$work/a"
      printf 'b\n' >"$work/b"
      printf 'FROM scratch\nCOPY a /a\nLABEL org.example.sample=1\n' >"$work/Dockerfile"
      java "${jvm[@]}" -jar "$jar" --root "$work/root" --progress plain "$work" >/dev/null 2>&1 || true
      printf 'COPY b /b\n' >>"$work/Dockerfile"
      java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" --root "$work/root" \
        --progress plain -t sample:latest "$work" >/dev/null 2>&1 || true
      rm -rf "$work"
      ;;
    formatter)
      java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" --check - \
        <"$dfkit_root/bin/lib/sample.Dockerfile" >/dev/null 2>&1 || true
      ;;
    linter)
      # A small folder, not standard input: a run on a file on disk also loads the directory
      # finder, the build context, .dockerignore patterns and the context rules.
      local work
      work=$(mktemp -d)
      cp "$dfkit_root/bin/lib/sample.Dockerfile" "$work/Dockerfile"
      printf 'a\n' >"$work/app.sh"
      printf '*.md\n!README.md\nsecrets/\n' >"$work/.dockerignore"
      printf 'FROM alpine:3.19\nCOPY app.sh missing.txt /app/\nRUN sh /app/app.sh\n' >"$work/Dockerfile.dev"
      (cd "$work" && java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" --format json . \
        >/dev/null 2>&1) || true
      rm -rf "$work"
      ;;
    language-server)
      # One short editing session over standard input: the requests an editor sends first. The
      # pause lets the answers (computed on workers) finish before the exit that dumps the archive.
      # shellcheck disable=SC2016 # $V is Dockerfile text, not ours to expand
      local text='FROM alpine:3.19 AS build\nARG V=1\nRUN apk add --no-cache curl \u0026\u0026 echo $V\nCOPY --from=build /a /b\n'
      local uri='file:///tmp/dfkit-training/Dockerfile' td='"textDocument":{"uri":"file:///tmp/dfkit-training/Dockerfile"}'
      {
        dfkit_lsp '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"textDocument":{"completion":{"completionItem":{"snippetSupport":true}}}}}}'
        dfkit_lsp '{"jsonrpc":"2.0","method":"initialized","params":{}}'
        dfkit_lsp '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"'"$uri"'","languageId":"dockerfile","version":1,"text":"'"$text"'"}}}'
        dfkit_lsp '{"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{'"$td"',"position":{"line":2,"character":4}}}'
        dfkit_lsp '{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{'"$td"',"position":{"line":2,"character":1}}}'
        dfkit_lsp '{"jsonrpc":"2.0","id":4,"method":"textDocument/semanticTokens/full","params":{'"$td"'}}'
        dfkit_lsp '{"jsonrpc":"2.0","id":5,"method":"textDocument/documentSymbol","params":{'"$td"'}}'
        dfkit_lsp '{"jsonrpc":"2.0","id":6,"method":"textDocument/formatting","params":{'"$td"',"options":{"tabSize":4,"insertSpaces":true}}}'
        dfkit_lsp '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"'"$uri"'","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":7},"end":{"line":1,"character":7}},"text":"0"}]}}'
        sleep 2
        dfkit_lsp '{"jsonrpc":"2.0","id":7,"method":"shutdown"}'
        dfkit_lsp '{"jsonrpc":"2.0","method":"exit"}'
      } | java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" >/dev/null 2>&1 || true
      ;;
    *)
      java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" --format json - \
        <"$dfkit_root/bin/lib/sample.Dockerfile" >/dev/null 2>&1 || true
      ;;
  esac
  if [[ -s $tmp ]]; then
    mv -f "$tmp" "$jsa"
  else
    rm -f "$tmp"
  fi
}

# One LSP message with its Content-Length header (the message is ASCII).
dfkit_lsp() {
  printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"
}

# The other dfkit modules a module's jar is built from (besides grammar and parser), into the array
# dfkit_dep_modules (not printed: a command substitution would fork on every start).
dfkit_deps() {
  case $1 in
    build-engine) dfkit_dep_modules=(linter) ;;
    language-server) dfkit_dep_modules=(linter formatter) ;;
    *) dfkit_dep_modules=() ;;
  esac
}
