# SPDX-License-Identifier: MIT
# The Debian packages (installer/package runs cpack on a release build).
# Descriptions: CPack indents the lines after the synopsis and turns an empty
# line into " .", so they are written without Debian's own indentation.
#   bullpen-cli  the engine and the command line, no GUI libraries
#   bullpen      the window and its desktop integration; depends on bullpen-cli
# Library dependencies come from the binaries (dpkg-shlibdeps, which
# installer/package runs itself: CPack's own call needs the `file` utility,
# which the development root lacks; BullpenCPackDeps.cmake adds them); the
# runtime ones are what the engine starts: an OCI runtime and the interpreters.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bullpen)
set(CPACK_PACKAGE_VENDOR "The Bullpen developers")
set(CPACK_PACKAGE_CONTACT "The Bullpen developers <dev@bullpen.dev>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli gui)
set(CPACK_COMPONENT_GUI_DEPENDS cli)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/BullpenCPackDeps.cmake)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME bullpen-cli)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "runc | crun, python3")
# qt6-translations-l10n: Qt's own words in the command line's German and Polish help
# ("Usage:", "Options:"); Bullpen's .qm files are in this package.
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "nodejs, mmdebstrap, uidmap, slirp4netns, qt6-translations-l10n")
set(CPACK_DEBIAN_CLI_PACKAGE_SUGGESTS "docker.io | podman, awscli, python3-pip, npm")
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "local workbench for AWS Lambda-style functions (engine and command line)
Bullpen runs functions written for AWS Lambda on the local machine: each
function runs in a container (runc, crun, Docker or Podman) behind Lambda's
Runtime API, warm instances are kept and reused as Lambda does, and every
invocation reports Lambda's REPORT figures.

This package holds the engine and the command line (bullpen invoke, serve,
load, build, events, images, lesson), which need no graphical libraries.")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME bullpen)
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_COMPONENT_GUI_DESCRIPTION
    "local workbench for AWS Lambda-style functions (window)
Bullpen runs functions written for AWS Lambda on the local machine: each
function runs in a container (runc, crun, Docker or Podman) behind Lambda's
Runtime API, warm instances are kept and reused as Lambda does, and every
invocation reports Lambda's REPORT figures.

This package holds the window: a code editor, the event builder, the warm
pool live, the load lab, lessons and the Invoke API server panel. It opens
AWS SAM projects (template.yaml) from the desktop's file manager.")

include(CPack)
