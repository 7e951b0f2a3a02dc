# `cpack -G DEB` (or scripts/package.sh) builds a Debian package that installs the app, its
# menu entry, metainfo and icon, and depends on Debian 12's Qt 6 packages (computed by
# dpkg-shlibdeps from the binary, plus the plugins Qt loads at run time).
set(CPACK_PACKAGE_NAME sspr-doctor)
set(CPACK_PACKAGE_VENDOR "SSPR Doctor")
set(CPACK_PACKAGE_CONTACT "SSPR Doctor maintainers <maintainers@ssprdoctor.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Troubleshooting wizard for Microsoft Entra self-service password reset (AADSTS120021)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME "sspr-doctor_${PROJECT_VERSION}_amd64")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins, the SVG icon
# engine, and a Secret Service for the keychain (recommended: sign-in works without it).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# qt6-translations-l10n: Qt's own dialogs (file chooser, message boxes) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, xdg-utils, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Troubleshooting wizard for Microsoft Entra self-service password reset\n\
Walks end users and IT staff through every diagnostic step for AADSTS120021\n\
(PartnerServiceSsprInternalServiceError) and the AADSTS 1200xx family, and ends\n\
on pass/fail panels and a report a help desk can act on.")
set(CPACK_GENERATOR DEB)
include(CPack)
