#!/bin/sh
# SPDX-License-Identifier: MIT
#
# TEST SUPPORT ONLY (ctest fixture docker_test_image): imports a small root file
# system as the runtime images of the Docker backend's tests, in a repository
# of their own (BULLPEN_DOCKER_RUNTIME_REPO, bullpen-test-runtime), with
# `bullpen images build --rootfs-tarball`. The tarball (make_test_rootfs.sh) is
# cached under /var/cache/bullpen when writable, so that a run pays only the
# import (about 1.5 s); `bullpen images` skips even that while the tarball's
# hash has not changed.
#
#   docker_test_image.sh BULLPEN_BINARY [remove]
set -eu
bullpen=$1
here=$(cd "$(dirname "$0")" && pwd)
: "${BULLPEN_DOCKER_RUNTIME_REPO:=bullpen-test-runtime}"
export BULLPEN_DOCKER_RUNTIME_REPO
if [ "${2:-}" = remove ]; then
    exec "$bullpen" images remove
fi
cache=/var/cache/bullpen/test-rootfs
[ -w /var/cache/bullpen ] || cache=${XDG_CACHE_HOME:-$HOME/.cache}/bullpen/test-rootfs
mkdir -p "$cache"
tarball=$cache/rootfs.tar
stamp=$(cat "$here/make_test_rootfs.sh" /usr/bin/python3 2>/dev/null | sha256sum | cut -c1-16)
if [ ! -f "$tarball" ] || [ "$(cat "$cache/stamp" 2>/dev/null)" != "$stamp" ]; then
    "$here/make_test_rootfs.sh" "$tarball.partial"
    mv "$tarball.partial" "$tarball"
    echo "$stamp" >"$cache/stamp"
fi
exec "$bullpen" images build python nodejs provided --rootfs-tarball "$tarball"
