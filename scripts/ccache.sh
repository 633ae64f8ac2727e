# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the build scripts: use ccache when it is there. The cache is keyed on paths
# relative to the checkout (CCACHE_BASEDIR), so a fresh clone in another folder (CI) still hits
# it; without ccache the build is the same, only slower.
ccache_args=()
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
    export CCACHE_NOHASHDIR=true
    export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-6G}"
    ccache_args=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
