#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails, listing them, when source files have no SPDX licence header. The list of files and
# the test are add-spdx.sh's own, so the two scripts cannot disagree about what needs one.
set -euo pipefail
exec bash "$(dirname "$0")/add-spdx.sh" --check
