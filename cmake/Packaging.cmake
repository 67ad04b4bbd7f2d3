# `cpack -G DEB` in the build folder makes a Debian package of what `cmake --install` installs.
# Library dependencies come from dpkg-shlibdeps, so they match the Qt and QCustomPlot builds
# the binary was linked against.
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/httperr-viewer RENAME copyright)

set(CPACK_PACKAGE_NAME httperr-viewer)
set(CPACK_PACKAGE_VENDOR "The HttpErr Viewer authors")
set(CPACK_PACKAGE_CONTACT "HttpErr Viewer maintainers <maintainers@httperr-viewer.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Viewer for Windows HTTP.sys error logs (httperr*.log)")
set(CPACK_PACKAGE_DESCRIPTION
    "HttpErr Viewer opens the error logs of the Windows kernel HTTP stack (httperr*.log),\n\
single files or whole folders, merges them in time order and shows what was rejected or\n\
dropped: when, for which clients and why.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own translations make standard dialogs match the chosen language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
