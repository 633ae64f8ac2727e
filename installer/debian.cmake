# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, lintian-clean at error and warning level (scripts/test-package.sh checks
# it and installs it on a clean Debian 12 root). Included by installer/CMakeLists.txt.
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# The version is the project's, and the Debian revision is the newest entry of
# installer/changelog: a new project version without a changelog entry stops here, so the
# package never ships a changelog that does not describe it.
set(deb_changelog "${CMAKE_CURRENT_SOURCE_DIR}/changelog")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${deb_changelog}")
file(STRINGS "${deb_changelog}" deb_changelog_head LIMIT_COUNT 1)
if(NOT deb_changelog_head MATCHES "^checkstand \\(([^)-]+)-([^)]+)\\) ")
    message(FATAL_ERROR "installer/changelog: the first line is not "
                        "\"checkstand (VERSION-REVISION) DIST; urgency=...\"")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "installer/changelog describes ${CMAKE_MATCH_1}, the project is "
                        "${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION} (dch -v "
                        "${PROJECT_VERSION}-1 -c installer/changelog)")
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE "${CMAKE_MATCH_2}")

# Control fields. The summary is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack prepends it to this
# long part and formats the paragraphs (" ." lines) itself.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Lines start in column 0 (CPack indents them; an indented line would be verbatim) and are
# wrapped here (CPack does not wrap them).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Checkstand is the keyboard-first console cashiers and call-center agents use
to drive a store's third-party services from one window: the sale (barcode
scanning, the Omnichat Order Checker on every change, AiFi cart pricing with
per-line tax, cash, card and ChargeAfter financing tenders), ChargeAfter
financing links, ACME membership refund quotes, and a durable outbox of Voyado
Elevate payment notifications.

A built-in training sandbox simulates every service on 127.0.0.1, so new staff
can practise with no credentials. API keys are kept in the OS keychain (Secret
Service), never in a file.

The package also contains checkstand-ctl, which does every operation headless
for store IT scripts, with JSON output and a doctor command that checks the
integrations.")

# Library dependencies are computed from the binaries. Qt loads the SQLite driver as a plugin,
# which dpkg-shlibdeps cannot see; the keyring is a runtime service, so only recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
# md5sums and control 0644, as dpkg-deb would make them (lintian checks).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(deb_docdir "${CMAKE_INSTALL_DATADIR}/doc/checkstand")
set(deb_mandir "${CMAKE_INSTALL_MANDIR}/man1")
set(deb_files_mode OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# Machine-readable copyright (DEP-5): Checkstand and the third-party parts, their licences.
install(FILES copyright DESTINATION "${deb_docdir}" PERMISSIONS ${deb_files_mode})

# The one lintian tag that does not apply to a package Debian does not carry (see the file).
install(FILES lintian-overrides DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
    RENAME checkstand PERMISSIONS ${deb_files_mode})

# changelog.Debian.gz, compressed without a name or time stamp so the package is reproducible.
set(deb_changelog_gz "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz")
add_custom_command(OUTPUT "${deb_changelog_gz}"
    COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh "${deb_changelog}" "${deb_changelog_gz}"
    DEPENDS "${deb_changelog}"
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
install(FILES "${deb_changelog_gz}" DESTINATION "${deb_docdir}" PERMISSIONS ${deb_files_mode})

# Manual pages from the programs' own --help (scripts/gen-man.sh runs help2man on the built
# binaries) plus docs/man/<program>.h2m, so the options on the pages are the ones parsed.
set(deb_outputs "${deb_changelog_gz}")
find_program(HELP2MAN help2man)
if(HELP2MAN AND NOT CMAKE_CROSSCOMPILING)
    foreach(program checkstand checkstand-ctl)
        set(page "${CMAKE_CURRENT_BINARY_DIR}/man/${program}.1.gz")
        set(include_file "${PROJECT_SOURCE_DIR}/docs/man/${program}.h2m")
        add_custom_command(OUTPUT "${page}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
            COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/gen-man.sh" "$<TARGET_FILE:${program}>"
                    "${include_file}" "${page}"
            DEPENDS ${program} "${include_file}" "${PROJECT_SOURCE_DIR}/scripts/gen-man.sh"
            COMMENT "Writing the manual page ${program}(1)"
            VERBATIM)
        list(APPEND deb_outputs "${page}")
        install(FILES "${page}" DESTINATION "${deb_mandir}" PERMISSIONS ${deb_files_mode})
    endforeach()
else()
    # scripts/install-deps.sh installs it; scripts/test-package.sh refuses a package without
    # its manual pages.
    message(WARNING "help2man not found (or cross-compiling): no manual pages are built")
endif()
add_custom_target(checkstand-package-files ALL DEPENDS ${deb_outputs})
