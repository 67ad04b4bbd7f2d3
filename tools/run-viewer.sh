#!/usr/bin/env bash
# Installs what is needed, builds HttpErr Viewer and starts it on the bundled demo log
# (or on the files and folders given as arguments).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHTTPERR_BUILD_TESTS=OFF
cmake --build build -j"$(nproc)"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: rendering the window offscreen to build/httperr-viewer.png instead."
    exec ./build/app/httperr-viewer --screenshot build/httperr-viewer.png "$@"
fi
exec ./build/app/httperr-viewer "$@"
