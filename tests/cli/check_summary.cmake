# Runs `httperr-viewer --summary` the way a user would, on files this script writes, and checks
# the exit status and what stdout and stderr say. CTest calls it with:
#   -DVIEWER=<binary> -DWORK_DIR=<scratch folder> -DMODE=some|none
# MODE "some": a good log beside broken paths, so rows are read and the status is 0.
# MODE "none": only broken paths, so nothing is read and the status is 1.

set(header "#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: 2024-03-01 10:00:00\r\n#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid s-reason s-queuename\r\n")
set(row "2024-03-01 10:00:01 10.0.0.1 50000 10.0.0.254 443 HTTP/1.1 GET /a - 1 Timer_ConnectionIdle DefaultAppPool\r\n")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/httperr1.log" "${header}${row}${row}${row}")
file(WRITE "${WORK_DIR}/u_ex240301.log"
     "#Software: Microsoft Internet Information Services 10.0\r\n"
     "#Fields: date time s-ip cs-method cs-uri-stem sc-status\r\n")
file(WRITE "${WORK_DIR}/httperr2.log" "${header}2024-03-01 10:00:02 broken\r\n")
file(WRITE "${WORK_DIR}/httperr3.log" "")

set(broken "${WORK_DIR}/u_ex240301.log" "${WORK_DIR}/httperr2.log" "${WORK_DIR}/httperr3.log"
           "${WORK_DIR}/missing.log")
if(MODE STREQUAL "some")
    set(paths "${WORK_DIR}/httperr1.log" ${broken})
else()
    set(paths ${broken})
endif()

execute_process(COMMAND "${VIEWER}" --summary ${paths}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "exit status: ${status}\n--- stdout\n${out}--- stderr\n${err}")

function(expect_in text what)
    string(FIND "${text}" "${what}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "expected to find: ${what}")
    endif()
endfunction()

# Every broken path is named on stderr with what was wrong, the line and the raw text.
# An IIS access log is read as such (its rows are requests, not httperr rows): this one has none.
expect_in("${err}" "u_ex240301.log: Only # header lines, no log rows")
expect_in("${err}" "httperr2.log:5: Expected 13 fields, found 3: 2024-03-01 10:00:02 broken")
expect_in("${err}" "httperr3.log: No log lines in this file")
expect_in("${err}" "missing.log: File or folder not found")
if(MODE STREQUAL "some")
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "expected exit status 0 when rows were read, got ${status}")
    endif()
    expect_in("${out}" "Rows: 3")
    expect_in("${out}" "Malformed lines: 1")
else()
    # Exactly 1: a crash or a sanitizer report would also be non-zero, but not this.
    if(NOT status EQUAL 1)
        message(FATAL_ERROR "expected exit status 1 when no row was read, got ${status}")
    endif()
    expect_in("${err}" "No log rows could be read from: ")
endif()
