#!/usr/bin/env bash
# dfbuild against buildah (Debian's, with --runtime runc), same machine, same run: a cold build,
# a no-op rebuild (everything cached) and a rebuild after one source file changed, of the
# multi-stage Dockerfile below. Needs root, runc, buildah, skopeo, busybox-static.
#   bench/build-bench.sh [RUNS]      (default 5; medians are reported)
# Prints a Markdown table for BENCHMARKS.md; raw times go to bench/work/build/times.txt.
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
echo "| build ($runs runs, median) | dfbuild | buildah $(buildah --version | awk '{print $3}') --runtime runc | dfbuild / buildah |"
echo "| --- | --- | --- | --- |"
for s in cold noop onefile; do
  d=$(median dfbuild $s)
  b=$(median buildah $s)
  label=$s
  case $s in
    cold) label="cold (empty cache, base image stored)" ;;
    noop) label="no-op rebuild (all cached), incl. JVM start" ;;
    onefile) label="one source file changed" ;;
  esac
  echo "| $label | ${d} s | ${b} s | $(echo "scale=2; $d / $b" | bc) |"
done
