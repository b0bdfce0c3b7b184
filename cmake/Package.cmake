# The Debian package: cmake --build --preset release --target package writes
# aegis-console_<version>_<arch>.deb. One package holds all three executables: aegis-sim's
# code is linked into aegis-console for --demo anyway, and all three are built statically
# from the same layer libraries, so separate packages would share nothing.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "aegis-console")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "AEGIS Console developers")
set(CPACK_PACKAGE_CONTACT "AEGIS Console developers <aegis-console@shalun.tw>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "monitoring and battery scheduling for building K")
set(CPACK_PACKAGE_DESCRIPTION
    "AEGIS Console is the desktop app of building K's energy operators: what the\n"
    "site's PV, batteries and meters report to the AEGIS energy server now and did\n"
    "before, charts exported for reports, and the battery's daily charge and\n"
    "discharge windows edited on a timeline and sent safely to the scheduler.\n"
    "Also aegis-cli, for scripts, and aegis-sim, an emulator of the site.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # <name>_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's X11 platform plugin, Qt's own
# Traditional Chinese catalogue, and CJK glyphs for the Chinese UI and the PDF report (館 in
# both languages). The SVG icon engine comes with libqt6svg6, which the libraries need anyway.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk")
# A secret service keeps remembered passwords; Wayland sessions run natively with the plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, qt6-wayland")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/package")
include(CPack)
