#!/usr/bin/env bash
# Installs the Debian 12 packages HttpErr Viewer builds and tests with (clang and its runtime
# libraries for the sanitizer build and the fuzzer, and ClickHouse, whose two test servers the
# database tests start as plain processes; openssl makes the first one's TLS certificate). Needs root (or sudo).
# Quick when everything is already there: apt is only asked when a package is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqcustomplot-dev libgl-dev
    libquazip1-qt6-dev zlib1g-dev
    xvfb xauth
    clang libclang-rt-14-dev clang-format
    clickhouse-server clickhouse-client openssl
)
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
