#!/usr/bin/env bash
# Makes a small base image's root filesystem from Debian's busybox-static, with no internet:
#   examples/make-busybox-rootfs.sh busybox-rootfs.tar
# then: dfbuild import busybox-rootfs.tar busybox:latest
set -euo pipefail
out=${1:?usage: make-busybox-rootfs.sh OUT.tar}
# Debian's busybox-static installs a static /bin/busybox (a dynamic one would need its libraries).
busybox=${BUSYBOX:-/bin/busybox}
if [[ ! -x $busybox ]]; then
  echo "make-busybox-rootfs: needs busybox-static (apt-get install busybox-static)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"/{bin,etc,root,tmp,home/app,var,usr/bin,usr/sbin,sbin}
chmod 1777 "$root/tmp"
chmod 700 "$root/root"
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
  [[ -e $root/bin/$applet ]] || ln -s busybox "$root/bin/$applet"
done
cat >"$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/sh
app:x:1000:1000:app:/home/app:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
PASSWD
cat >"$root/etc/group" <<'GROUP'
root:x:0:
wheel:x:10:app
app:x:1000:
nogroup:x:65534:
GROUP
chown 1000:1000 "$root/home/app"
tar --numeric-owner -C "$root" -cf "$out" .
