#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, checks formatting, and runs every
# test with real components: a Secret Service (gnome-keyring, unlocked, in a throw-away HOME
# under its own D-Bus session), Azurite from npm (started by a CTest fixture on a free
# loopback port), and the widgets on Qt's offscreen platform.
#   ./test.sh                 everything
#   ./test.sh -L engine       only one label (engine, ui, cli, integration), or any ctest option
set -euo pipefail
cd "$(dirname "$0")"
. tools/packages.sh

semina_ensure_packages $SEMINA_BUILD_PACKAGES $SEMINA_TEST_PACKAGES
semina_ensure_node

# Azurite at the version pinned in tools/azurite/package-lock.json.
if [ ! -x tools/azurite/node_modules/.bin/azurite-blob ] \
    || [ tools/azurite/package-lock.json -nt tools/azurite/node_modules/.package-lock.json ]; then
    (cd tools/azurite && npm ci --no-audit --no-fund --loglevel=error)
fi

tools/check-format.sh
semina_build

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" QT_QPA_PLATFORM=offscreen
unset DBUS_SESSION_BUS_ADDRESS
# gnome-keyring would otherwise ask for a login keyring password; it reads it from stdin.
exec dbus-run-session -- sh -c \
    'printf %s ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec ctest --test-dir build --output-on-failure --no-tests=error -j2 "$@"' \
    semina-tests "$@"
