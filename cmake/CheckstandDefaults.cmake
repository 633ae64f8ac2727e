# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the warning flags and the Qt safety defines, so every
# Checkstand target opts in the same way (idea from qBittorrent's CommonConfig.cmake).
add_library(checkstand_defaults INTERFACE)
target_compile_options(checkstand_defaults INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2)
if(CHECKSTAND_WERROR)
    target_compile_options(checkstand_defaults INTERFACE -Werror)
endif()
target_compile_definitions(checkstand_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Sanitizers for the whole build, e.g. -DCHECKSTAND_SANITIZE=address,undefined (clang or gcc):
# every target, its tests and checkstand-ctl alike. Any report is fatal (no recovering). With
# CHECKSTAND_FUZZ (libFuzzer targets, tests/fuzz) ASan + UBSan are on unless chosen otherwise.
# scripts/run-sanitizers.sh builds such a tree in build-asan and runs the suite and fuzzers.
option(CHECKSTAND_FUZZ "Build fuzz targets with libFuzzer (clang only)" OFF)
set(CHECKSTAND_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
if(CHECKSTAND_FUZZ AND NOT CHECKSTAND_SANITIZE)
    set(CHECKSTAND_SANITIZE address,undefined)
endif()
if(CHECKSTAND_SANITIZE)
    # Applied globally (not on checkstand_defaults) so targets that do not link it, and every
    # link step, get the runtime too.
    string(APPEND CMAKE_CXX_FLAGS
           " -fsanitize=${CHECKSTAND_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer")
    foreach(kind EXE SHARED MODULE)
        string(APPEND CMAKE_${kind}_LINKER_FLAGS " -fsanitize=${CHECKSTAND_SANITIZE}")
    endforeach()
endif()
