# Fails when a C++ source differs from what clang-format makes of it with the root .clang-format,
# and lists each such file. Run by CTest (test `format_check`); fix with `clang-format -i FILE`.
foreach(var CLANG_FORMAT SOURCE_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_format.cmake needs -D${var}=...")
    endif()
endforeach()

set(sources)
foreach(dir model views app tests tools)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND sources ${found})
endforeach()
list(SORT sources)

set(unformatted)
foreach(file IN LISTS sources)
    execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror "${file}"
                    WORKING_DIRECTORY "${SOURCE_DIR}"
                    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(NOT status EQUAL 0)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        list(APPEND unformatted "${relative}")
    endif()
endforeach()

list(LENGTH sources checked)
if(unformatted)
    list(JOIN unformatted "\n  " listed)
    message(FATAL_ERROR "Not formatted as .clang-format says (clang-format -i FILE):\n  ${listed}")
endif()
message(STATUS "${checked} files formatted as .clang-format says")
