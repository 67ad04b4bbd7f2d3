# QCustomPlot for the chart (views/ links httperr_qcustomplot). Three ways, the first that is
# set up wins:
#   1. HTTPERR_QCUSTOMPLOT_DIR: a folder holding qcustomplot.h and qcustomplot.cpp (the
#      download from qcustomplot.com), built here as a small static library;
#   2. HTTPERR_QCUSTOMPLOT_INCLUDE_DIR (the folder of qcustomplot.h) and
#      HTTPERR_QCUSTOMPLOT_LIBRARY (a library built against this Qt 6);
#   3. the installed CMake package QCustomPlotQt6 (Debian: libqcustomplot-dev).
set(HTTPERR_QCUSTOMPLOT_DIR "" CACHE PATH
    "Folder with qcustomplot.h and qcustomplot.cpp, built as part of this project")
set(HTTPERR_QCUSTOMPLOT_INCLUDE_DIR "" CACHE PATH "Folder of a prebuilt QCustomPlot's qcustomplot.h")
set(HTTPERR_QCUSTOMPLOT_LIBRARY "" CACHE FILEPATH "A prebuilt QCustomPlot library (Qt 6)")
option(HTTPERR_QCUSTOMPLOT_STATIC
       "HTTPERR_QCUSTOMPLOT_LIBRARY is a static library (else a shared one, imported on Windows)" OFF)

add_library(httperr_qcustomplot INTERFACE)
if(HTTPERR_QCUSTOMPLOT_DIR)
    if(NOT EXISTS "${HTTPERR_QCUSTOMPLOT_DIR}/qcustomplot.h"
       OR NOT EXISTS "${HTTPERR_QCUSTOMPLOT_DIR}/qcustomplot.cpp")
        message(FATAL_ERROR "HTTPERR_QCUSTOMPLOT_DIR (${HTTPERR_QCUSTOMPLOT_DIR}) must hold "
                            "qcustomplot.h and qcustomplot.cpp")
    endif()
    # Third-party code: built without the project's warnings.
    qt_add_library(httperr_qcustomplot_sources STATIC
                   ${HTTPERR_QCUSTOMPLOT_DIR}/qcustomplot.cpp ${HTTPERR_QCUSTOMPLOT_DIR}/qcustomplot.h)
    target_include_directories(httperr_qcustomplot_sources SYSTEM PUBLIC ${HTTPERR_QCUSTOMPLOT_DIR})
    target_link_libraries(httperr_qcustomplot_sources PUBLIC Qt6::Widgets Qt6::PrintSupport)
    target_link_libraries(httperr_qcustomplot INTERFACE httperr_qcustomplot_sources)
    set(qcustomplot_from "sources in HTTPERR_QCUSTOMPLOT_DIR=${HTTPERR_QCUSTOMPLOT_DIR}")
elseif(HTTPERR_QCUSTOMPLOT_INCLUDE_DIR OR HTTPERR_QCUSTOMPLOT_LIBRARY)
    if(NOT EXISTS "${HTTPERR_QCUSTOMPLOT_INCLUDE_DIR}/qcustomplot.h"
       OR NOT EXISTS "${HTTPERR_QCUSTOMPLOT_LIBRARY}")
        message(FATAL_ERROR "HTTPERR_QCUSTOMPLOT_INCLUDE_DIR must be the folder of qcustomplot.h "
                            "and HTTPERR_QCUSTOMPLOT_LIBRARY a QCustomPlot library file; now "
                            "'${HTTPERR_QCUSTOMPLOT_INCLUDE_DIR}' and '${HTTPERR_QCUSTOMPLOT_LIBRARY}'")
    endif()
    target_include_directories(httperr_qcustomplot SYSTEM INTERFACE ${HTTPERR_QCUSTOMPLOT_INCLUDE_DIR})
    target_link_libraries(httperr_qcustomplot INTERFACE ${HTTPERR_QCUSTOMPLOT_LIBRARY}
                                                        Qt6::Widgets Qt6::PrintSupport)
    if(NOT HTTPERR_QCUSTOMPLOT_STATIC)
        # qcustomplot.h marks its classes as imported from a DLL (matters on Windows only).
        target_compile_definitions(httperr_qcustomplot INTERFACE QCUSTOMPLOT_USE_LIBRARY)
    endif()
    set(qcustomplot_from "HTTPERR_QCUSTOMPLOT_INCLUDE_DIR=${HTTPERR_QCUSTOMPLOT_INCLUDE_DIR}")
    string(APPEND qcustomplot_from " and HTTPERR_QCUSTOMPLOT_LIBRARY=${HTTPERR_QCUSTOMPLOT_LIBRARY}")
else()
    find_package(QCustomPlotQt6 CONFIG QUIET)
    if(NOT QCustomPlotQt6_FOUND)
        message(FATAL_ERROR
            "QCustomPlot (Qt 6) not found. Give it one of three ways:\n"
            "  -DHTTPERR_QCUSTOMPLOT_DIR=<folder with qcustomplot.h and qcustomplot.cpp> "
            "(from qcustomplot.com; built as part of this project)\n"
            "  -DHTTPERR_QCUSTOMPLOT_INCLUDE_DIR=<folder of qcustomplot.h> "
            "-DHTTPERR_QCUSTOMPLOT_LIBRARY=<prebuilt library file>\n"
            "  an installed CMake package QCustomPlotQt6 (Debian: apt install libqcustomplot-dev; "
            "elsewhere set CMAKE_PREFIX_PATH to its prefix)")
    endif()
    target_link_libraries(httperr_qcustomplot INTERFACE QCustomPlotQt6::QCustomPlotQt6)
    set(qcustomplot_from "the CMake package QCustomPlotQt6 (${QCustomPlotQt6_DIR})")
endif()
message(STATUS "QCustomPlot: ${qcustomplot_from}")
