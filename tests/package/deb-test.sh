#!/bin/sh
# Builds the Debian package from the build folder, checks its name, dependencies and contents,
# unpacks it into a throw-away root and runs both programs from there.
# Usage: deb-test.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -eu
build=$1 source=$2 version=$3 app_id=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "package_deb: $*" >&2
    exit 1
}

if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb="$work/out/semina_${version}_amd64.deb"
[ -f "$deb" ] || fail "no semina_${version}_amd64.deb; cpack wrote: $(ls "$work/out")"

# Dependencies come from dpkg-shlibdeps, with versions; libsecret (loaded with dlopen) is added.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6dbus6 libqt6network6 libqt6keychain1 libssl3 \
    libdeflate0 libsecret-1-0; do
    case ", $depends" in
    *", $library "* | *", $library,"* | *", $library") ;;
    *) fail "Depends lacks $library: $depends" ;;
    esac
done
case "$depends" in
*"libqt6core6 (>="*) ;;
*) fail "Depends has no versions from dpkg-shlibdeps: $depends" ;;
esac

# The listing: every file where Debian expects it, none under the build or source folder.
dpkg -c "$deb" | awk '{print $6}' >"$work/contents"
for expected in ./usr/bin/semina ./usr/bin/semina-cli \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" ./usr/share/man/man1/semina-cli.1.gz \
    ./usr/share/man/it/man1/semina-cli.1.gz; do
    grep -qx "$expected" "$work/contents" || fail "the package lacks $expected"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$work/contents" ||
        fail "the package lacks the ${size}x${size} icon"
done
if grep -e "$build" -e "$source" -e "_CPack_Packages" "$work/contents"; then
    fail "the package lists build paths"
fi

# A throw-away root: both programs start from it and find their system libraries.
dpkg -x "$deb" "$work/root"
missing=$(ldd "$work/root/usr/bin/semina" "$work/root/usr/bin/semina-cli" | grep "not found" || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" LC_ALL=C.UTF-8
cli_version=$("$work/root/usr/bin/semina-cli" --version)
[ "$cli_version" = "semina-cli $version" ] || fail "semina-cli --version printed: $cli_version"
# --help needs no display (it is answered before a QApplication exists).
help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/semina" --help)
for option in --lang --screenshots --version --help; do
    case "$help" in
    *"$option"*) ;;
    *) fail "semina --help does not document $option: $help" ;;
    esac
done
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null
echo "package_deb: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) built, unpacked and run"
