#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Puts the licence in every source file as two SPDX lines (REUSE style):
#   .h/.cpp under core ui app tests      // SPDX-... as lines 1 and 2
#   CMakeLists.txt, *.cmake, *.sh, .ci/run  # SPDX-... as lines 1 and 2 (after a #! line)
# Idempotent: a file that already names its licence (an SPDX-License-Identifier in its first
# five lines) is left as it is, so running it twice changes nothing.
#   scripts/add-spdx.sh           add the header where it is missing
#   scripts/add-spdx.sh --check   change nothing; list the files without it, exit 1 if any
#                                 (what scripts/check-spdx.sh runs)
set -euo pipefail
cd "$(dirname "$0")/.."

copyright="SPDX-FileCopyrightText: 2026 Checkstand contributors"
licence="SPDX-License-Identifier: GPL-3.0-or-later"

mode=add
[ "${1:-}" = "--check" ] && mode=check

# Tracked files and new ones not yet committed (other work in progress), never build trees or
# ignored files. Fuzz corpora and test data are inputs, not sources: no header there.
list_files() {
    local files
    if git -c safe.directory='*' rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        files=$(git -c safe.directory='*' ls-files --cached --others --exclude-standard)
    else
        files=$(find . -path ./build\* -prune -o -type f -print | sed 's|^\./||')
    fi
    printf '%s\n' "$files" | grep -E \
        -e '^(core|ui|app|tests)/.*\.(h|cpp)$' \
        -e '(^|/)CMakeLists\.txt$' -e '\.cmake$' -e '\.sh$' -e '^\.ci/run$' |
        grep -v -E '^tests/(data|fuzz/corpus)/' | sort -u
}

has_header() {
    head -n 5 -- "$1" | grep -q 'SPDX-License-Identifier:'
}

add_header() {
    local file=$1 prefix tmp
    case "$file" in
    *.h | *.cpp) prefix="//" ;;
    *) prefix="#" ;;
    esac
    tmp=$(mktemp "$file.spdx.XXXXXX")
    {
        # A script's #! must stay the first line for the kernel to honour it.
        if [ "$prefix" = "#" ] && head -n 1 -- "$file" | grep -q '^#!'; then
            head -n 1 -- "$file"
            printf '%s %s\n%s %s\n' "$prefix" "$copyright" "$prefix" "$licence"
            tail -n +2 -- "$file"
        else
            printf '%s %s\n%s %s\n' "$prefix" "$copyright" "$prefix" "$licence"
            cat -- "$file"
        fi
    } >"$tmp"
    # Keep the file's mode (scripts stay executable).
    chmod --reference="$file" "$tmp"
    mv -- "$tmp" "$file"
}

missing=0
added=0
while IFS= read -r file; do
    [ -f "$file" ] || continue # listed by git but deleted in the work tree
    has_header "$file" && continue
    if [ "$mode" = check ]; then
        echo "$file"
        missing=$((missing + 1))
    else
        add_header "$file"
        added=$((added + 1))
    fi
done < <(list_files)

if [ "$mode" = check ]; then
    if [ $missing -gt 0 ]; then
        echo "check-spdx: the $missing file(s) above have no SPDX header (run scripts/add-spdx.sh)" >&2
        exit 1
    fi
    echo "check-spdx: every source file has its SPDX header"
else
    echo "add-spdx: header added to $added file(s)"
fi
