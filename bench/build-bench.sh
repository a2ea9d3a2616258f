#!/usr/bin/env bash
# dfbuild against buildah (Debian's, with --runtime runc), same machine, same run: a cold build,
# a no-op rebuild (everything cached) and a rebuild after one source file changed, of the
# multi-stage Dockerfile below. Needs root, runc, buildah, skopeo, busybox-static.
#   bench/build-bench.sh [RUNS]      (default 5; medians are reported)
# Rewrites the "## Build engine" section of BENCHMARKS.md; raw times go to bench/work/build/times.txt.
set -euo pipefail
runs=${1:-5}
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$repo/bench/work/build"
rm -rf "$work"
mkdir -p "$work"
dfbuild="$repo/bin/dfbuild"
for tool in buildah skopeo runc; do
  command -v "$tool" >/dev/null || { echo "build-bench: needs $tool" >&2; exit 2; }
done

# --- the project -----------------------------------------------------------------------------
ctx="$work/context"
mkdir -p "$ctx/src"
for i in $(seq 1 200); do
  head -c 20000 /dev/urandom | base64 >"$ctx/src/file$i.c"
done
printf 'dep-a\ndep-b\n' >"$ctx/deps.txt"
cat >"$ctx/Dockerfile" <<'EOF'
FROM busybox AS deps
WORKDIR /deps
COPY deps.txt .
RUN for i in $(seq 1 300); do echo "dependency $i" > "/deps/dep$i.txt"; done

FROM busybox AS build
WORKDIR /src
COPY --from=deps /deps /deps
COPY src/ ./
RUN cat *.c > /app.bin && gzip -k /app.bin && ls /deps | wc -l > /deps.count

FROM busybox
COPY --from=build /app.bin.gz /deps.count /app/
RUN gunzip /app/app.bin.gz && chmod 0644 /app/app.bin
ENV APP=/app/app.bin
CMD ["/bin/sh", "-c", "ls -l $APP"]
EOF

# --- the base image, made once and given to both tools untimed ----------------------------------
"$repo/examples/make-busybox-rootfs.sh" "$work/busybox.tar"
"$dfbuild" --version >/dev/null # builds dfkit on first use, untimed

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }

dfbuild_root() { # a fresh dfbuild state with the base image
  local root=$1
  rm -rf "$root"
  "$dfbuild" --root "$root" import "$work/busybox.tar" busybox:latest >/dev/null
}
buildah_root() { # a fresh buildah storage with the same base image (from dfbuild's OCI layout)
  local root=$1
  buildah_rm "$root"
  mkdir -p "$root"
  skopeo copy -q "oci:$work/dfroot-base:docker.io/library/busybox:latest" \
    "containers-storage:[overlay@$root/storage+$root/run]docker.io/library/busybox:latest"
}
buildah_rm() {
  local root=$1
  if [[ -d $root/storage ]]; then
    buildah --root "$root/storage" --runroot "$root/run" --storage-driver overlay rm --all >/dev/null 2>&1 || true
    umount -R "$root/storage/overlay" 2>/dev/null || true
  fi
  rm -rf "$root"
}
dfbuild_root "$work/dfroot-base"

run_dfbuild() { "$dfbuild" --root "$1" -q -t bench:latest "$ctx" >/dev/null; }
run_buildah() {
  buildah --root "$1/storage" --runroot "$1/run" --storage-driver overlay \
    bud -q --runtime runc --layers --isolation oci -t bench:latest "$ctx" >/dev/null
}

times="$work/times.txt"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$times"
measure() { # tool scenario
  local tool=$1 scenario=$2 root="$work/$1-root" t
  for ((i = 1; i <= runs; i++)); do
    case $scenario in
      cold)
        "${tool}_root" "$root"
        sync
        t=$(now); "run_$tool" "$root"; echo "$tool cold $(elapsed "$t")" >>"$times"
        ;;
      noop)
        t=$(now); "run_$tool" "$root"; echo "$tool noop $(elapsed "$t")" >>"$times"
        ;;
      onefile)
        echo "change $i $(now)" >>"$ctx/src/file7.c"
        t=$(now); "run_$tool" "$root"; echo "$tool onefile $(elapsed "$t")" >>"$times"
        ;;
    esac
  done
}

for tool in dfbuild buildah; do
  measure "$tool" cold
  measure "$tool" noop
  measure "$tool" onefile
done
buildah_rm "$work/buildah-root"

median() { # tool scenario
  grep "^$1 $2 " "$times" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}
table() {
  echo "| build ($runs runs, median) | dfbuild | buildah $(buildah --version | awk '{print $3}') --runtime runc | dfbuild / buildah | target |"
  echo "| --- | ---: | ---: | ---: | --- |"
  for s in cold noop onefile; do
    d=$(median dfbuild $s)
    b=$(median buildah $s)
    label=$s target=""
    case $s in
      cold)
        label="cold (empty cache, base image stored)"
        target="no slower than buildah: $(echo "$d <= $b" | bc | sed 's/1/met/;s/0/**missed**/')"
        ;;
      noop)
        label="no-op rebuild (all cached), incl. JVM start"
        target="< 0.5 s: $(echo "$d < 0.5" | bc | sed 's/1/met/;s/0/**missed**/')"
        ;;
      onefile) label="one source file changed" ;;
    esac
    echo "| $label | ${d} s | ${b} s | $(echo "scale=2; $d / $b" | bc) | $target |"
  done
}
section="$work/section.md"
{
  echo "<!-- bench:build:start -->"
  echo "## Build engine"
  echo
  echo "_Written by \`bench/build-bench.sh\` from a run started $started; rerun it to refresh this section._"
  echo
  echo "dfbuild and buildah build the same three-stage Dockerfile (in the script: 300 generated files"
  echo "in one stage, 200 source files of 27 KB copied and concatenated in another, a final small"
  echo "image) from the same busybox base image, each with its own empty state to start. Wall time"
  echo "of the whole command (dfbuild: \`bin/dfbuild -q -t bench:latest\`, JVM start included;"
  echo "buildah: \`buildah bud -q --layers --runtime runc\`); cold = empty cache; no-op = the same"
  echo "build again; one file = one of the 200 sources changed before each run."
  echo
  table
  echo
  echo "| | |"
  echo "| --- | --- |"
  echo "| commit measured | \`$(git -C "$repo" rev-parse --short HEAD)\` |"
  echo "| machine | $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB |"
  echo "| load average at start → end | $load_before → $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo "| Java | $(java -version 2>&1 | head -1) |"
  echo "| raw times | \`bench/work/build/times.txt\` |"
  echo "<!-- bench:build:end -->"
} >"$section"
cat "$section"
node -e '
  const fs = require("fs");
  const section = fs.readFileSync(process.argv[1], "utf8").trimEnd();
  const md = fs.readFileSync(process.argv[2], "utf8");
  const re = /<!-- bench:build:start -->[\s\S]*<!-- bench:build:end -->/;
  fs.writeFileSync(process.argv[2], re.test(md) ? md.replace(re, section) : md.trimEnd() + "\n\n" + section + "\n");
' "$section" "$repo/BENCHMARKS.md"
