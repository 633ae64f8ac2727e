#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the .deb and proves it on a clean Debian 12, as a new user would meet it:
#   1. cmake --build + cpack -G DEB in an existing build directory;
#   2. the package holds what it must (manual pages, PNG icons, copyright, changelog, modes,
#      no RPATH), and lintian reports no error or warning (every tag is printed);
#   3. a fresh bookworm root (mmdebstrap --variant=apt, Debian's packages only, from this
#      machine's Debian mirror; cached in ~/.cache/checkstand/ for a week);
#   4. there: apt-get install ./checkstand_*.deb, checkstand-ctl --version,
#      checkstand-ctl --sandbox doctor, checkstand --sandbox offscreen for 5 s;
#   5. apt-get remove --purge, and no file of the package is left.
# Each step's time and the total are printed. Run as root (chroot).
#   scripts/test-package.sh [BUILD_DIR]        default build/
#   scripts/test-package.sh --deb FILE.deb     test a package built elsewhere (skips step 1)
# CHECKSTAND_MIRROR=URL overrides the Debian mirror read from /etc/apt/sources.list(.d).
set -euo pipefail
cd "$(dirname "$0")/.."

build=build
deb=""
while [ $# -gt 0 ]; do
    case "$1" in
    --deb) deb=$(realpath "$2") && shift 2 ;;
    -h | --help) sed -n '5,18p' "$0" && exit 0 ;;
    *) build=$1 && shift ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "test-package: run as root (it builds a chroot)" >&2; exit 1; }

total_start=$SECONDS
times=()
step_start=$SECONDS
step() {
    echo "=== $*"
    step_start=$SECONDS
    step_name=$*
}
step_done() {
    local line
    line=$(printf '%-52s %4d s' "$step_name" $((SECONDS - step_start)))
    echo "--- $line"
    times+=("$line")
}
fail() {
    echo "test-package: FAILED: $*" >&2
    exit 1
}

step "tools (lintian, mmdebstrap)"
need=()
command -v lintian >/dev/null || need+=(lintian)
command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
        >/dev/null
fi
step_done

if [ -z "$deb" ]; then
    [ -f "$build/CMakeCache.txt" ] || fail "$build is not a configured build directory (scripts/build.sh)"
    step "build ($build)"
    cmake --build "$build" --parallel "$(nproc)"
    step_done
    step "cpack -G DEB"
    rm -rf "$build/package"
    (cd "$build" && cpack -G DEB -B "$PWD/package" >/dev/null)
    deb=$(ls "$build"/package/checkstand_*.deb)
    step_done
fi
echo "package: $deb"

step "package contents"
contents=$(dpkg-deb -c "$deb")
for f in usr/bin/checkstand usr/bin/checkstand-ctl \
    usr/share/man/man1/checkstand.1.gz usr/share/man/man1/checkstand-ctl.1.gz \
    usr/share/doc/checkstand/copyright usr/share/doc/checkstand/changelog.Debian.gz \
    usr/share/applications/org.checkstand.Checkstand.desktop \
    usr/share/metainfo/org.checkstand.Checkstand.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.checkstand.Checkstand.svg; do
    grep -q " \./$f\$" <<<"$contents" || fail "the package has no /$f"
done
for size in 16 32 48 64 128 256; do
    grep -q " \./usr/share/icons/hicolor/${size}x${size}/apps/org.checkstand.Checkstand.png\$" \
        <<<"$contents" || fail "the package has no ${size}x${size} PNG icon"
done
# Directories and programs 0755, every other file 0644, all root's.
bad_modes=$(awk '($1 ~ /^d/ && $1 != "drwxr-xr-x") ||
                 ($1 ~ /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x") ||
                 ($1 ~ /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--") ||
                 $2 != "root/root"' <<<"$contents")
[ -z "$bad_modes" ] || fail "files with unexpected modes or owners:
$bad_modes"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
for program in checkstand checkstand-ctl; do
    if readelf -d "$unpacked/usr/bin/$program" | grep -qE 'RPATH|RUNPATH'; then
        fail "/usr/bin/$program has an RPATH"
    fi
done
step_done

step "lintian --fail-on error,warning"
status=0
tags=$(lintian --fail-on error,warning --display-info "$deb" 2>&1) || status=$?
grep -v '^running with root' <<<"$tags" || echo "(no tags)"
[ $status -eq 0 ] || fail "lintian (tags above)"
step_done

# A clean bookworm root, made once a week from Debian's own packages.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/checkstand"
tarball="$cache/bookworm-apt.tar"
debian_sources() {
    # The machine's Debian mirror lines (one-line and deb822 formats), bookworm suites only:
    # third-party repositories never reach the clean root.
    if [ -n "${CHECKSTAND_MIRROR:-}" ]; then
        printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' \
            "$CHECKSTAND_MIRROR" "$CHECKSTAND_MIRROR"
        return
    fi
    {
        # (Either file may be missing: cat's failure must not end the list under set -e.)
        { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true; } |
            awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/) break;
                               if ($(i+1) ~ /^bookworm(-updates|-security)?$/) print "deb", $i, $(i+1), "main" }'
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk 'BEGIN { RS = ""; FS = "\n" }
                 { uris = ""; suites = ""; types = ""
                   for (i = 1; i <= NF; i++) {
                       if ($i ~ /^URIs:/) uris = substr($i, 6)
                       if ($i ~ /^Suites:/) suites = substr($i, 8)
                       if ($i ~ /^Types:/) types = substr($i, 7) }
                   if (types !~ /(^| )deb( |$)/) next
                   nu = split(uris, u, " "); ns = split(suites, s, " ")
                   for (a = 1; a <= nu; a++) for (b = 1; b <= ns; b++)
                       if (s[b] ~ /^bookworm(-updates|-security)?$/) print "deb", u[a], s[b], "main" }' "$f"
        done
    } | sort -u
}
step "clean Debian 12 root (mmdebstrap, cached)"
if [ -f "$tarball" ] && [ -z "$(find "$tarball" -mtime +7)" ]; then
    echo "cached: $tarball"
else
    mapfile -t mirrors < <(debian_sources)
    [ ${#mirrors[@]} -gt 0 ] || fail "no Debian bookworm mirror in /etc/apt/sources.list(.d); set CHECKSTAND_MIRROR"
    printf 'mirror: %s\n' "${mirrors[@]}"
    mkdir -p "$cache"
    # --format=tar: mmdebstrap builds in its own temporary folder (and unmounts it) and writes
    # one file; a directory target would be a live root with /dev/shm bind-mounted from here.
    rm -f "$cache/bookworm-apt.part.tar"
    mmdebstrap --quiet --variant=apt --format=tar bookworm "$cache/bookworm-apt.part.tar" \
        "${mirrors[@]}"
    mv "$cache/bookworm-apt.part.tar" "$tarball"
fi
root=$(mktemp -d /tmp/checkstand-root.XXXXXX)
# The root's mounts live only in in_root's private namespace, so none is left here; still,
# never recurse into a mount (a host /dev or /sys) when removing it.
remove_root() {
    if awk -v r="$root" 'index($2, r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        echo "test-package: $root still has mounts; not removing it" >&2
    else
        rm -rf --one-file-system "$root"
    fi
}
trap 'rm -rf "$unpacked"; remove_root' EXIT
tar -xf "$tarball" -C "$root"
cp "$deb" "$root/tmp/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
step_done

# Everything in the root runs in a private mount namespace, so its mounts disappear with it
# whatever happens. Nothing of the host's /dev is bound in: the device nodes are the root's
# own (mmdebstrap makes them), /dev/pts and /dev/shm fresh instances. A clean environment, as
# a new login would have.
[ -c "$root/dev/null" ] || fail "the root has no /dev/null (was it made by mmdebstrap as root?)"
in_root() {
    # shellcheck disable=SC2016 # $0 and $@ are the inner shell's
    unshare --mount --fork sh -c '
        mount -t proc proc "$0/proc" &&
        mount -t devpts -o newinstance,ptmxmode=0666 devpts "$0/dev/pts" &&
        mount -t tmpfs -o mode=1777 tmpfs "$0/dev/shm" &&
        exec chroot "$0" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
            LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"' "$root" "$@"
}

step "apt-get install ./$(basename "$deb")"
in_root apt-get update -qq
# Without Recommends (the keyring): the sandbox needs none, and the test stays fast.
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null
in_root dpkg -L checkstand >"$root/tmp/files-before"
step_done

step "checkstand-ctl --version"
version=$(in_root checkstand-ctl --version)
echo "$version"
grep -q "^checkstand [0-9]" <<<"$version" || fail "checkstand-ctl --version printed: $version"
step_done

step "checkstand-ctl --sandbox doctor"
in_root checkstand-ctl --sandbox doctor --text || fail "checkstand-ctl --sandbox doctor"
step_done

step "checkstand --sandbox (offscreen, 5 s)"
# checkstand has no option to quit once started: it must still be running after 5 s, and the
# sandbox's database must exist by then (so it got past start-up, not stuck on an error box).
# Its own HOME, so the database cannot be the one checkstand-ctl made above.
# shellcheck disable=SC2016 # expanded inside the root
in_root sh -c '
    export HOME=/tmp/app-home QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/app-run
    mkdir -p -m 0700 $HOME $XDG_RUNTIME_DIR
    checkstand --sandbox >/tmp/app.log 2>&1 &
    pid=$!
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        sleep 0.5
        kill -0 $pid 2>/dev/null || { wait $pid; echo "checkstand exited ($?) before 5 s"; cat /tmp/app.log; exit 1; }
    done
    kill $pid; wait $pid 2>/dev/null
    ls $HOME/.local/share/Checkstand/checkstand/sandbox/checkstand.db >/dev/null ||
        { echo "checkstand did not open its sandbox data"; cat /tmp/app.log; exit 1; }
    echo "checkstand ran 5 s and opened its sandbox data"' || fail "checkstand --sandbox"
step_done

step "apt-get remove --purge checkstand"
in_root apt-get remove --purge -y -qq checkstand >/dev/null
if in_root dpkg -s checkstand >/dev/null 2>&1; then
    fail "dpkg still knows checkstand after the purge"
fi
left=()
while IFS= read -r path; do
    case "$path" in "" | "/.") continue ;; esac
    if [ -d "$root$path" ] && [ ! -L "$root$path" ]; then
        # A directory may stay only if another package owns it too.
        in_root dpkg -S "$path" >/dev/null 2>&1 || left+=("$path/")
    elif [ -e "$root$path" ] || [ -L "$root$path" ]; then
        left+=("$path")
    fi
done <"$root/tmp/files-before"
[ ${#left[@]} -eq 0 ] || fail "left behind after the purge: ${left[*]}"
echo "$(wc -l <"$root/tmp/files-before") paths installed, none left"
step_done

echo "=== test-package: all steps passed"
printf '    %s\n' "${times[@]}"
echo "    total $((SECONDS - total_start)) s"
