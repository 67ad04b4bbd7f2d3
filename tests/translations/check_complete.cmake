# Fails when a catalogue lacks a translation for the current sources. The committed .ts files
# only know the strings of their last lupdate run, so a new tr() string leaves no trace in them
# until someone refreshes them: this script refreshes copies (never the committed files) the way
# resources/CMakeLists.txt does, then lists every message still unfinished or empty.
# CTest calls it with:
#   -DLUPDATE=<lupdate binary> -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch folder>
#   -DLANGUAGES=de,fr,ja [-DPLURAL_LANGUAGES=en]
# PLURAL_LANGUAGES are catalogues that hold only plural forms (lupdate -pluralonly), like the
# English one that turns "%n row(s)" into "1 row" and "2 rows".

cmake_minimum_required(VERSION 3.24)

foreach(var LUPDATE SOURCE_DIR WORK_DIR LANGUAGES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_complete.cmake needs -D${var}=...")
    endif()
endforeach()
string(REPLACE "," ";" full_languages "${LANGUAGES}")
string(REPLACE "," ";" plural_languages "${PLURAL_LANGUAGES}")
set(languages ${full_languages} ${plural_languages})

# Globbed at run time, like the build's CONFIGURE_DEPENDS glob, so a new source file counts
# without reconfiguring.
file(GLOB_RECURSE sources
     "${SOURCE_DIR}/model/*.cpp" "${SOURCE_DIR}/model/*.h"
     "${SOURCE_DIR}/views/*.cpp" "${SOURCE_DIR}/views/*.h"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
list(SORT sources)
# Every library folder of the model layer is an include directory of its own.
file(GLOB model_dirs LIST_DIRECTORIES true "${SOURCE_DIR}/model/*")
set(model_includes)
foreach(dir IN LISTS model_dirs)
    if(IS_DIRECTORY "${dir}")
        list(APPEND model_includes -I "${dir}")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(lang IN LISTS languages)
    set(committed "${SOURCE_DIR}/translations/httperr_${lang}.ts")
    if(NOT EXISTS "${committed}")
        message(FATAL_ERROR "missing catalogue: ${committed}")
    endif()
    file(COPY "${committed}" DESTINATION "${WORK_DIR}")
endforeach()

# Same options as resources/CMakeLists.txt; one run per kind of catalogue, so the sources are
# parsed once for all full catalogues.
function(refresh)
    cmake_parse_arguments(arg "" "" "LANGUAGES;OPTIONS" ${ARGN})
    if(NOT arg_LANGUAGES)
        return()
    endif()
    set(copies)
    foreach(lang IN LISTS arg_LANGUAGES)
        list(APPEND copies "${WORK_DIR}/httperr_${lang}.ts")
    endforeach()
    execute_process(
        COMMAND "${LUPDATE}" -locations none -no-obsolete -source-language en ${arg_OPTIONS}
                ${model_includes} -I "${SOURCE_DIR}/views" -I "${SOURCE_DIR}/app"
                ${sources} -ts ${copies}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${status}):\n${out}${err}")
    endif()
    set(lupdate_output "${out}${err}" PARENT_SCOPE)
endfunction()
refresh(LANGUAGES ${full_languages})

# A tr() that lupdate cannot tie to a class (a free function calling a local tr() wrapper) is
# missing from every catalogue without showing up as unfinished: it stays English for good.
string(REGEX MATCHALL "[^\n]*tr\\(\\) cannot be called without context" unattributed
       "${lupdate_output}")
if(unattributed)
    list(REMOVE_DUPLICATES unattributed)
    list(TRANSFORM unattributed REPLACE "^.*${SOURCE_DIR}/" "")
    list(JOIN unattributed "\n  " unattributed)
    message(FATAL_ERROR "lupdate cannot tell which context these tr() calls belong to, so their "
                        "strings are in no catalogue:\n  ${unattributed}\n"
                        "Call Class::tr() (Q_DECLARE_TR_FUNCTIONS(Class) in a class without "
                        "Q_OBJECT) or QCoreApplication::translate(\"Context\", ...) instead.")
endif()

refresh(LANGUAGES ${plural_languages} OPTIONS -pluralonly)

# XML entities lupdate writes in <source>, back to the text a developer finds in the code.
function(unescape text out)
    string(REPLACE "&lt;" "<" text "${text}")
    string(REPLACE "&gt;" ">" text "${text}")
    string(REPLACE "&quot;" "\"" text "${text}")
    string(REPLACE "&apos;" "'" text "${text}")
    string(REPLACE "&amp;" "&" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Position of the first of the markers in text, -1 if there is none.
function(first_marker text out_at)
    set(best -1)
    foreach(marker IN LISTS ARGN)
        string(FIND "${text}" "${marker}" at)
        if(NOT at EQUAL -1 AND (best EQUAL -1 OR at LESS best))
            set(best ${at})
        endif()
    endforeach()
    set(${out_at} ${best} PARENT_SCOPE)
endfunction()

set(total 0)
set(report "")
foreach(lang IN LISTS languages)
    file(READ "${WORK_DIR}/httperr_${lang}.ts" rest)
    set(context "?")
    set(missing 0)
    while(TRUE)
        # An unfinished message, or a finished one whose text (or a plural form) is empty.
        first_marker("${rest}" at "<translation type=\"unfinished\""
                     "<translation></translation>" "<translation/>"
                     "<numerusform></numerusform>" "<numerusform/>")
        if(at EQUAL -1)
            break()
        endif()
        string(SUBSTRING "${rest}" 0 ${at} before)
        string(FIND "${before}" "<name>" name_at REVERSE)
        if(NOT name_at EQUAL -1)
            string(SUBSTRING "${before}" ${name_at} -1 name)
            string(REGEX REPLACE "^<name>([^<]*)</name>.*" "\\1" context "${name}")
        endif()
        string(FIND "${before}" "<source>" source_at REVERSE)
        string(SUBSTRING "${before}" ${source_at} -1 source)
        string(FIND "${source}" "</source>" source_end)
        math(EXPR source_length "${source_end} - 8")
        string(SUBSTRING "${source}" 8 ${source_length} source)
        unescape("${source}" source)
        string(APPEND report "  ${lang}  ${context}: \"${source}\"\n")
        math(EXPR missing "${missing} + 1")
        # Skip to the end of this message so that its other plural forms do not count again.
        string(SUBSTRING "${rest}" ${at} -1 rest)
        string(FIND "${rest}" "</message>" message_end)
        string(SUBSTRING "${rest}" ${message_end} -1 rest)
    endwhile()
    message(STATUS "${lang}: ${missing} message(s) without a translation")
    math(EXPR total "${total} + ${missing}")
endforeach()

if(total GREATER 0)
    message(FATAL_ERROR
            "${total} message(s) have no translation for the current sources:\n${report}"
            "Run `cmake --build build --target update_translations`, translate them in "
            "translations/httperr_*.ts (remove type=\"unfinished\"), and rebuild.")
endif()
message(STATUS "every message of ${languages} is translated")
