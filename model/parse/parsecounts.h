#pragma once

#include <cstdint>

// What a parser has read of a file so far: lines (the number of the last one), rows, data
// lines (rows and malformed lines: neither blank nor # directives) and # directives.
struct ParseCounts
{
    uint64_t lines = 0;
    uint64_t rows = 0;
    uint64_t dataLines = 0;
    uint64_t directives = 0;

    // Counts on with what a parser of the next piece of the file read.
    void add(const ParseCounts &piece)
    {
        lines += piece.lines;
        rows += piece.rows;
        dataLines += piece.dataLines;
        directives += piece.directives;
    }
};
