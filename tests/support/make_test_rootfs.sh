#!/bin/sh
# SPDX-License-Identifier: MIT
#
# TEST SUPPORT ONLY. Writes a small root file system tarball for the Docker
# backend's tests, from the machine it runs on (the development root): python3
# with its standard library, node, sh, and the shared libraries they load.
# The real runtime images are built offline by engine/images (RuntimeImageBuilder);
# this only stands in for them where a test needs *an* importable root quickly.
#
#   make_test_rootfs.sh OUT.tar
set -eu
out=$1
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

list=$stage/files
: >"$list"
add() { for f in "$@"; do [ -e "$f" ] && printf '%s\n' "$f" >>"$list"; done; return 0; }

py=$(readlink -f "$(command -v python3)")
pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
add /usr/bin/python3 "$py" /usr/bin/sh /usr/bin/dash /usr/bin/env /usr/bin/cat /usr/bin/sleep /usr/bin/true
add "$(readlink -f "$(command -v node 2>/dev/null || echo /nonexistent)")" /usr/bin/node /usr/bin/nodejs
# Debian's node loads a few builtins from /usr/share/nodejs at start.
for lib in /usr/lib/x86_64-linux-gnu/libnode.so.*; do
    [ -f "$lib" ] && strings "$lib" 2>/dev/null | grep -o '/usr/share/nodejs/[^:" ]*\.js' | sort -u | while read -r f; do
        add "$f" "$(dirname "$f")"
    done
done
find "/usr/lib/python$pyver" \( -name test -o -name tests -o -name idlelib -o -name tkinter -o -name ensurepip \
    -o -name __pycache__ -o -name turtledemo \) -prune -o -print >>"$list"
# Every ELF among them, with the libraries they load (transitively, as ldd resolves them).
grep -v '/$' "$list" | while read -r f; do
    [ -f "$f" ] || continue
    case $(head -c 4 "$f" | od -An -c | tr -d ' ') in
    177ELF) ldd "$f" 2>/dev/null | awk '/=> \//{print $3} /^\t\//{print $1}' ;;
    esac
done | sort -u >"$stage/libs"
while read -r lib; do add "$lib" "$(readlink -f "$lib")"; done <"$stage/libs"
# The loader's symlink targets, and /etc files a runtime reads.
mkdir -p "$stage/etc"
printf 'root:x:0:0:root:/root:/bin/sh\nsbx_user1051:x:993:993::/tmp:/usr/sbin/nologin\n' >"$stage/etc/passwd"
printf 'root:x:0:\nsbx_user1051:x:993:\n' >"$stage/etc/group"
: >"$stage/etc/hosts"
: >"$stage/etc/resolv.conf"
for d in var/task var/runtime var/lang opt tmp proc sys dev; do mkdir -p "$stage/$d"; done
chmod 1777 "$stage/tmp"
# usr-merged root: /bin, /lib, /lib64 are links into /usr.
ln -s usr/bin "$stage/bin"
ln -s usr/lib "$stage/lib"
ln -s usr/lib64 "$stage/lib64"
# ldd names /lib/...; in the usr-merged root that is /usr/lib/...
sed -e 's|^/lib/|/usr/lib/|' -e 's|^/lib64/|/usr/lib64/|' -e 's|^/bin/|/usr/bin/|' "$list" | sort -u | sed 's|^/||' >"$stage/list.sorted"
tar -cf "$out" --no-recursion -C / -T "$stage/list.sorted" \
    --transform 's|^|./|' 2>/dev/null || true
tar -rf "$out" -C "$stage" ./etc ./var ./opt ./tmp ./proc ./sys ./dev ./bin ./lib ./lib64
