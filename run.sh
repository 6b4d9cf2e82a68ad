#!/usr/bin/env bash
# Installs what is missing, builds, and starts Semina's wizard on the embedded default
# (a local folder stands in for the storage account).
#   ./run.sh                  the wizard
#   ./run.sh cli ARGS...      semina-cli ARGS...
#   ./run.sh screenshots      pictures of every window, English and Italian, into docs/screenshots/
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
screenshots)
    # A throw-away settings folder keeps --lang from changing the user's own choice.
    settings=$(mktemp -d)
    trap 'rm -rf "$settings"' EXIT
    rm -f docs/screenshots/*.png
    for language in en it; do
        XDG_CONFIG_HOME="$settings" QT_QPA_PLATFORM=offscreen \
            build/app/semina --lang "$language" --screenshots docs/screenshots
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
