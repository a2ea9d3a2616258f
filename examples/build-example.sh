#!/usr/bin/env bash
# The README's offline example, end to end, in a throw-away state directory (needs root):
# makes a busybox base image, builds examples/hello and exports it as an OCI archive.
#   examples/build-example.sh [OUT.oci.tar]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out=${1:-$PWD/hello.oci.tar}
export DFKIT_ROOT=${DFKIT_ROOT:-$(mktemp -d)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/make-busybox-rootfs.sh" "$work/busybox.tar"
"$here/../bin/dfbuild" import "$work/busybox.tar" busybox:latest
"$here/../bin/dfbuild" --progress plain -t hello:latest -o "type=oci,dest=$out" "$here/hello"
"$here/../bin/dfbuild" images
echo "wrote $out"
