#pragma once

#include <QtGlobal>

// Where a member's entry sits in its archive's central directory (minizip's file position):
// opening the member goes straight to it instead of searching the directory by name, so
// reading every member of an archive costs time in proportion to the members, not their square.
struct ZipEntry
{
    quint64 directoryOffset = 0; // bytes from the start of the central directory
    quint64 number = 0;          // the entry's index in the directory
};
