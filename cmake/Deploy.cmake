# Windows and macOS: `cmake --install` (and so cpack) also copies in the Qt libraries and plugins
# both programs need, with Qt's deployment script (Qt 6.3 and later: windeployqt or macdeployqt),
# and the minimal and offscreen platform plugins, which those tools leave out: --report draws
# on `minimal`, --screenshot on `offscreen`. Linux packages depend on the system's Qt instead.
# Not run on this machine (Debian): see .github/workflows/portable.yml.
if(NOT (WIN32 OR APPLE))
    return()
endif()
if(Qt6_VERSION VERSION_LESS 6.3)
    message(WARNING "Qt ${Qt6_VERSION} has no deployment script (6.3 and later): installs and "
                    "packages will not carry the Qt libraries; run windeployqt/macdeployqt by hand")
    return()
endif()

if(APPLE)
    # Paths below the install prefix; macdeployqt fixes the companion's library paths too.
    set(deploy_executable "httperr-viewer.app")
    set(deploy_companion "httperr-viewer.app/Contents/MacOS/httperr-viewer-cli")
    set(deploy_platforms "httperr-viewer.app/Contents/PlugIns/platforms")
else()
    set(deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:httperr-viewer>")
    set(deploy_companion "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:httperr-viewer-cli>")
    set(deploy_platforms "\${QT_DEPLOY_PLUGINS_DIR}/platforms")
endif()
set(copy_platforms "")
foreach(name QMinimalIntegrationPlugin QOffscreenIntegrationPlugin)
    set(plugin Qt6::${name})
    if(NOT TARGET ${plugin})
        # Some Qt builds do not load Gui's plugin targets with Gui (Debian's, for one).
        find_package(Qt6${name} CONFIG QUIET HINTS ${Qt6Gui_DIR})
    endif()
    if(TARGET ${plugin})
        string(APPEND copy_platforms "file(INSTALL \"$<TARGET_FILE:${plugin}>\" "
                                     "DESTINATION \"\${QT_DEPLOY_PREFIX}/${deploy_platforms}\")\n")
    else()
        message(WARNING "${plugin} not found: packages will lack it (see cmake/Deploy.cmake)")
    endif()
endforeach()

set(deploy_script ${PROJECT_BINARY_DIR}/deploy-httperr-viewer.cmake)
file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${deploy_executable}\"
    ADDITIONAL_EXECUTABLES \"${deploy_companion}\"
    GENERATE_QT_CONF
    VERBOSE)
${copy_platforms}")
install(SCRIPT ${deploy_script})

# windeployqt copies Qt's DLLs only: a QCustomPlot DLL from an installed package goes beside the
# programs here. (HTTPERR_QCUSTOMPLOT_DIR builds it into the programs, nothing to copy; a DLL
# named through HTTPERR_QCUSTOMPLOT_LIBRARY's import library must be copied by whoever built it.)
if(WIN32 AND TARGET QCustomPlotQt6::QCustomPlotQt6)
    install(IMPORTED_RUNTIME_ARTIFACTS QCustomPlotQt6::QCustomPlotQt6
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
