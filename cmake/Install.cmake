# Where an installed AEGIS Console puts its files (GNUInstallDirs), with the id the desktop
# knows it by. The translations are embedded in the executables (translations/CMakeLists.txt).
include(GNUInstallDirs)

set(AEGIS_APP_ID "tw.shalun.AegisConsole")
set(AEGIS_LINUX_DIR "${PROJECT_SOURCE_DIR}/packaging/linux")

install(TARGETS aegis-console aegis-cli aegis-sim RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

install(FILES "${AEGIS_LINUX_DIR}/${AEGIS_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${AEGIS_LINUX_DIR}/${AEGIS_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${AEGIS_LINUX_DIR}/completions/aegis-cli"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")

# Icons: the SVG as drawn, and PNGs rendered from it at build time for desktops and menus
# that do not read SVG.
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/aegis-console.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${AEGIS_APP_ID}.svg")
find_program(AEGIS_RSVG_CONVERT rsvg-convert REQUIRED) # Debian: librsvg2-bin
set(aegis_icon_pngs "")
foreach(size 48 128 256)
    set(png "${CMAKE_BINARY_DIR}/icons/${size}x${size}/${AEGIS_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/icons/${size}x${size}"
        COMMAND "${AEGIS_RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${PROJECT_SOURCE_DIR}/resources/icons/aegis-console.svg"
        DEPENDS "${PROJECT_SOURCE_DIR}/resources/icons/aegis-console.svg"
        COMMENT "Rendering the ${size} px icon"
        VERBATIM)
    list(APPEND aegis_icon_pngs "${png}")
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Man pages, compressed as Debian's policy asks (gzip -9n: no name or time stamp inside).
set(aegis_man_gz "")
foreach(page aegis-console aegis-cli aegis-sim)
    set(gz "${CMAKE_BINARY_DIR}/man/${page}.1.gz")
    add_custom_command(OUTPUT "${gz}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/man"
        COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh "${AEGIS_LINUX_DIR}/man/${page}.1" "${gz}"
        DEPENDS "${AEGIS_LINUX_DIR}/man/${page}.1"
        VERBATIM)
    list(APPEND aegis_man_gz "${gz}")
    install(FILES "${gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()
add_custom_target(aegis_desktop_files ALL DEPENDS ${aegis_icon_pngs} ${aegis_man_gz})

# What Debian asks of every package's documentation folder.
set(AEGIS_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/aegis-console")
install(FILES "${AEGIS_LINUX_DIR}/debian/copyright" DESTINATION "${AEGIS_DOC_DIR}")
set(aegis_changelog_gz "${CMAKE_BINARY_DIR}/changelog.gz")
add_custom_command(OUTPUT "${aegis_changelog_gz}"
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh "${AEGIS_LINUX_DIR}/debian/changelog" "${aegis_changelog_gz}"
    DEPENDS "${AEGIS_LINUX_DIR}/debian/changelog"
    VERBATIM)
add_custom_target(aegis_changelog ALL DEPENDS "${aegis_changelog_gz}")
install(FILES "${aegis_changelog_gz}" DESTINATION "${AEGIS_DOC_DIR}")
