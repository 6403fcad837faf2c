#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Runs a Docker-backend test against the Podman service of this test run
# (installer/dev test starts it: installer/podman-service), through Podman's
# Docker-compatible API: DOCKER_HOST names its socket. Where Podman could not
# be installed or started, says why and exits 77 (ctest: skipped; decisions §1
# allows this skip in CI).
#
#   with_podman.sh TEST [ARGS...]
if [ -z "${BULLPEN_PODMAN_SOCKET:-}" ] || [ ! -S "${BULLPEN_PODMAN_SOCKET}" ]; then
    echo "SKIP: no Podman here: ${BULLPEN_PODMAN_UNAVAILABLE:-no service started (installer/dev test starts one; BULLPEN_PODMAN_SOCKET is unset)}"
    exit 77
fi
DOCKER_HOST="unix://${BULLPEN_PODMAN_SOCKET}"
BULLPEN_TEST_BACKEND=docker
export DOCKER_HOST BULLPEN_TEST_BACKEND
exec "$@"
