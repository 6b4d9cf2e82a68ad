# Sourced by run.sh and test.sh: the Debian packages Semina needs, and how they get installed.
# One list for building and running, one more for testing; both install with one apt line.
# Preparing drives runs sfdisk (fdisk), mkfs.exfat (exfatprogs) and, where the kernel has no
# exFAT driver, mount.exfat-fuse (exfat-fuse); lsblk, losetup and mount are always there.

SEMINA_BUILD_PACKAGES="build-essential cmake ninja-build qt6-base-dev qt6-tools-dev qtkeychain-qt6-dev \
libssl-dev zlib1g-dev libdeflate-dev libqt6sql6-sqlite qt6-translations-l10n libsecret-1-0 gnome-keyring dbus-x11 \
fonts-dejavu-core fdisk exfatprogs exfat-fuse librsvg2-bin dpkg-dev file"
# xauth is only a recommendation of xvfb, but xvfb-run needs it. The desktop files' validators,
# groff and man check what the package installs; poppler-utils (pdftotext) reads the printed
# papers back in tst_importjobcli.
SEMINA_TEST_PACKAGES="xvfb xauth clang-format desktop-file-utils appstream groff-base man-db poppler-utils"

semina_missing_packages() {
    missing=""
    for package in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
        esac
    done
    echo "$missing"
}

# Installs what is missing (as root), or prints the exact command and fails.
semina_ensure_packages() {
    missing=$(semina_missing_packages "$@")
    [ -z "$missing" ] && return 0
    line="apt-get update && apt-get install -y --no-install-recommends$missing"
    if [ "$(id -u)" -ne 0 ]; then
        echo "Semina needs these Debian packages:$missing" >&2
        echo "Install them as root with:" >&2
        echo "  $line" >&2
        return 1
    fi
    echo "Installing the Debian packages Semina needs:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# Node.js runs Azurite (the Azure Storage emulator) for the tests. Debian's nodejs serves
# when the machine has none of its own.
semina_ensure_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        return 0
    fi
    semina_ensure_packages nodejs npm
}

# Configures and builds into build/ with the flags the tests use (warnings are errors).
semina_build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSEMINA_WERROR=ON >/dev/null
    cmake --build build
}
