#!/usr/bin/env bash
# Renders the application icon's PNG sizes from resources/icons/httperr-viewer.svg.
# The PNGs are committed, so builds need no SVG tools; run this after editing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" httperr-viewer.svg -o "httperr-viewer-$size.png"
done
# The Windows .ico and the macOS .icns, packed from those PNGs.
python3 ../../tools/icon-containers.py
