#!/usr/bin/env python3
"""Packs the committed icon PNGs (resources/icons/httperr-viewer-<size>.png, made from the SVG
by tools/render-icons.sh) into the containers Windows and macOS want:

    resources/icons/httperr-viewer.ico   16..256 px, PNG-compressed entries (Windows Vista and later)
    resources/icons/httperr-viewer.icns  16..256 px, PNG entries (icp4 icp5 icp6 ic07 ic08)

Both are committed; run tools/render-icons.sh (which calls this) after editing the SVG.
Needs only Python 3; the output is the same bytes for the same PNGs.
"""
import pathlib
import struct

ICONS = pathlib.Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"))


def png(size):
    data = (ICONS / f"httperr-viewer-{size}.png").read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    if data[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
        raise SystemExit(f"httperr-viewer-{size}.png is not a {size}x{size} PNG")
    return data


def ico():
    images = [png(size) for size in ICO_SIZES]
    out = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = 6 + 16 * len(images)
    for size, data in zip(ICO_SIZES, images):
        side = 0 if size == 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


def icns():
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size)
                    for size, kind in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    (ICONS / "httperr-viewer.ico").write_bytes(ico())
    (ICONS / "httperr-viewer.icns").write_bytes(icns())
    print("wrote httperr-viewer.ico and httperr-viewer.icns in", ICONS)
