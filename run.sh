#!/usr/bin/env bash
# Installs what is missing, builds, and starts Semina's wizard on the embedded default
# (a local folder stands in for the storage account).
#   ./run.sh                  the wizard
#   ./run.sh cli ARGS...      semina-cli ARGS...
#   ./run.sh screenshots      pictures of every window, English and Italian, into docs/screenshots/
#   ./run.sh package          the Debian package build/semina_<version>_amd64.deb (cpack -G DEB)
set -euo pipefail
cd "$(dirname "$0")"
. tools/packages.sh

semina_ensure_packages $SEMINA_BUILD_PACKAGES
semina_build

case "${1:-}" in
cli)
    shift
    exec build/app/semina-cli "$@"
    ;;
package)
    (cd build && cpack -G DEB)
    ls build/semina_*_amd64.deb
    ;;
screenshots)
    # The operator's wizards run for real (a certificate in the keychain, a folder account, a
    # seed), so each language gets a throw-away home, settings folder and unlocked keyring.
    rm -f docs/screenshots/*.png
    for language in en it; do
        home=$(mktemp -d)
        env -u DBUS_SESSION_BUS_ADDRESS HOME="$home" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen SEMINA_LANGUAGE="$language" \
            dbus-run-session -- sh -c \
            'printf %s ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec build/app/semina --lang "$SEMINA_LANGUAGE" --screenshots docs/screenshots'
        rm -rf "$home"
    done
    ;;
*)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display to show the wizard on (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
        echo "Run it from a desktop session, or on a virtual display: xvfb-run -a ./run.sh" >&2
        exit 1
    fi
    exec build/app/semina "$@"
    ;;
esac
