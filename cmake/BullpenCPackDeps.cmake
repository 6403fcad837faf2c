# SPDX-License-Identifier: MIT
# Read by cpack (CPACK_PROJECT_CONFIG_FILE): the library dependencies that
# installer/package computed with dpkg-shlibdeps from each executable, added
# to the packages' runtime ones.
if(DEFINED ENV{BULLPEN_CLI_SHLIBS} AND NOT "$ENV{BULLPEN_CLI_SHLIBS}" STREQUAL "")
    set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${CPACK_DEBIAN_CLI_PACKAGE_DEPENDS}, $ENV{BULLPEN_CLI_SHLIBS}")
endif()
if(DEFINED ENV{BULLPEN_GUI_SHLIBS} AND NOT "$ENV{BULLPEN_GUI_SHLIBS}" STREQUAL "")
    set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "$ENV{BULLPEN_GUI_SHLIBS}")
endif()
