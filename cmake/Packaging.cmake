# Packages of what `cmake --install` installs, one kind per platform (run `cpack` in the build
# folder):
#   Linux:   `cpack -G DEB`, a Debian package; library dependencies from dpkg-shlibdeps, so they
#            match the Qt and QCustomPlot builds the binary was linked against.
#   Windows: an NSIS installer (and a ZIP); Qt's DLLs and plugins copied in by windeployqt
#            through Qt's deployment script (cmake/Deploy.cmake).
#   macOS:   a DMG holding httperr-viewer.app (Info.plist, icon, the console companion inside),
#            Qt's frameworks and plugins copied in by macdeployqt through the same script.
# Only the Debian package has been built and installed here; the Windows and macOS packages are
# what .github/workflows/portable.yml builds on hosted runners (see README, Install).
include(GNUInstallDirs)
include(cmake/Deploy.cmake)

set(CPACK_PACKAGE_NAME httperr-viewer)
set(CPACK_PACKAGE_VENDOR "The HttpErr Viewer authors")
set(CPACK_PACKAGE_CONTACT "HttpErr Viewer maintainers <maintainers@httperr-viewer.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Viewer for Windows HTTP.sys error logs (httperr*.log)")
set(CPACK_PACKAGE_DESCRIPTION
    "HttpErr Viewer opens the error logs of the Windows kernel HTTP stack (httperr*.log),\n\
single files or whole folders, merges them in time order and shows what was rejected or\n\
dropped: when, for which clients and why.")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "HttpErr Viewer")
    set(CPACK_NSIS_DISPLAY_NAME "HttpErr Viewer")
    set(CPACK_NSIS_PACKAGE_NAME "HttpErr Viewer ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/httperr-viewer.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/httperr-viewer.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\httperr-viewer.exe")
    # A Start menu entry for the window program; the installer offers to put bin (with
    # httperr-viewer-cli.exe) on PATH for the command line.
    set(CPACK_PACKAGE_EXECUTABLES httperr-viewer "HttpErr Viewer")
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION .)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "HttpErr Viewer")
    set(CPACK_DMG_FORMAT UDZO)
else()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/httperr-viewer RENAME copyright)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Qt's own translations make standard dialogs match the chosen language.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()

include(CPack)
