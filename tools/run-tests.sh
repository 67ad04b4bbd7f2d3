#!/usr/bin/env bash
# Installs what is needed, builds HttpErr Viewer with its tests and runs the whole suite
# through CTest, headless: first with the default compiler (then a small build of the parser and
# chart tests the portable way, see below), then a second build with clang
# under AddressSanitizer and UndefinedBehaviorSanitizer, whose suite includes a bounded run of
# the parser's libFuzzer target (HTTPERR_FUZZ_SECONDS, 60 by default), then a third build with
# clang under ThreadSanitizer of the tests whose code runs on several threads (loading,
# following, exporting, the session).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)
if [ "$jobs" -gt 2 ]; then jobs=2; fi # the machines are shared: two jobs at most

start=$SECONDS
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHTTPERR_BUILD_TESTS=ON
cmake --build build-tests -j"$jobs"
ctest --test-dir build-tests --output-on-failure -j"$jobs"
echo "Regular build and suite: $((SECONDS - start)) s"

# Portability (issue 20), what can be proven on this machine: the parser's byte-at-a-time path
# (HTTPERR_SIMD=OFF) passes the parser and load tests, and the chart library builds and passes
# its test against Debian's qcustomplot.h and libQCustomPlotQt6 named through
# HTTPERR_QCUSTOMPLOT_INCLUDE_DIR/LIBRARY, with the CMake package hidden (the way a Windows or
# macOS build without that package gives QCustomPlot). One build folder, those targets only, and
# only the model libraries they link (not the database); -O1 without debug information, as these
# builds only have to pass their tests.
portable_tests=(tst_httperrparser tst_parsepipeline tst_logloader tst_timelineparts)
start=$SECONDS
cmake -S . -B build-portable -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHTTPERR_BUILD_TESTS=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -DNDEBUG" \
    -DHTTPERR_SIMD=OFF -DCMAKE_DISABLE_FIND_PACKAGE_QCustomPlotQt6=ON \
    -DHTTPERR_QCUSTOMPLOT_INCLUDE_DIR=/usr/include \
    -DHTTPERR_QCUSTOMPLOT_LIBRARY="/usr/lib/$(gcc -dumpmachine)/libQCustomPlotQt6.so"
cmake --build build-portable -j"$jobs" --target "${portable_tests[@]}"
ctest --test-dir build-portable --output-on-failure -j"$jobs" \
    -R "^($(IFS='|'; echo "${portable_tests[*]}"))\$"
echo "Portable build (scalar parser, QCustomPlot without its CMake package): $((SECONDS - start)) s"

# Sanitizer findings fail the run: UBSan stops at the first one (-fno-sanitize-recover) and
# LeakSanitizer reports leaks at exit. tools/lsan.supp lists what is suppressed, each with its
# reason; only libraries that are not ours (OpenSSL's process state), never our code.
# The sanitizer builds optimise less and keep only line tables for their stack traces: they
# compile about a fifth faster (one views file: 8.6 s of CPU instead of 10.5 s), and their
# findings still name file and line.
sanitizer_flags="-O1 -gline-tables-only -DNDEBUG"

export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0"
start=$SECONDS
CC=clang CXX=clang++ cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$sanitizer_flags" \
    -DHTTPERR_BUILD_TESTS=ON -DHTTPERR_SANITIZE=ON -DHTTPERR_FUZZ=ON \
    -DHTTPERR_FUZZ_SECONDS="${HTTPERR_FUZZ_SECONDS:-60}"
cmake --build build-sanitize -j"$jobs"
ctest --test-dir build-sanitize --output-on-failure -j"$jobs"
echo "Sanitizer build and suite (fuzzing included): $((SECONDS - start)) s"

# ThreadSanitizer: only the threaded tests are built and run (the whole suite would take as long
# again). A data race fails the run (TSan exits non-zero). tools/tsan.supp says what of Qt's own
# threads is not checked, and why.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tools/tsan.supp"
tsan_tests=(tst_logloader tst_loaddelivery tst_parsepipeline tst_logfollower tst_exportjob)
start=$SECONDS
CC=clang CXX=clang++ cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$sanitizer_flags" \
    -DHTTPERR_BUILD_TESTS=ON -DHTTPERR_TSAN=ON
cmake --build build-tsan -j"$jobs" --target "${tsan_tests[@]}"
ctest --test-dir build-tsan --output-on-failure -j"$jobs" \
    -R "^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
echo "ThreadSanitizer build and threaded tests: $((SECONDS - start)) s"
