#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The ctest fixture docker_test_image: imports Bullpen's runtime images (built
# offline by engine/images, cached under /var/cache/bullpen/images, normally by
# installer/dev's prebuild) into the Docker daemon as the images the Docker
# backend's tests run on, in a repository of their own
# (BULLPEN_DOCKER_RUNTIME_REPO, bullpen-test-runtime) so that the user's
# `bullpen-runtime` images are never touched. `remove` takes them out again.
#
#   docker_test_image.sh BULLPEN_BINARY [remove | IMAGE...]
# IMAGE: the families to import (default python nodejs provided; the build
# tests add python-build and nodejs-build, the images builds run on).
set -eu
bullpen=$1
shift
: "${BULLPEN_DOCKER_RUNTIME_REPO:=bullpen-test-runtime}"
export BULLPEN_DOCKER_RUNTIME_REPO
if [ "${1:-}" = remove ]; then
    exec "$bullpen" images remove
fi
[ $# -gt 0 ] || set -- python nodejs provided
exec "$bullpen" images build "$@" --quiet
