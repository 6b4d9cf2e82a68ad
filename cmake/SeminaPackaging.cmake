# The Debian package: `cpack -G DEB` in the build folder (or `./run.sh package`) writes
# semina_<version>_amd64.deb with what `cmake --install` installs. The shared libraries the
# programs link come from dpkg-shlibdeps; only what is loaded at run time without being linked
# is named here, each with its reason.
set(CPACK_PACKAGE_NAME semina)
set(CPACK_PACKAGE_VENDOR "The Semina developers")
set(CPACK_PACKAGE_CONTACT "The Semina developers <semina@semina.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Semina writes a large first backup, compressed and encrypted, into a staging location, copies it \
onto encrypted drives that travel by courier, and continues with incremental backups over the network \
once the drives are imported. The package has the wizard (semina) and the command line (semina-cli).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY semina)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # semina_<version>_<architecture>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SEMINA_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain opens libsecret with dlopen, so dpkg-shlibdeps cannot see it; without it every key
# lookup fails. The Secret Service itself (gnome-keyring or KWallet) is the desktop's choice.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
# Qt's own Italian texts (the wizard's buttons) and a Secret Service for a desktop without one.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
