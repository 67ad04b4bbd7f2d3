#pragma once

#include <cstddef>
#include <cstdint>

// Line ends as logs and the tools around them write them: LF, CRLF and CR alone (classic Mac
// line ends, which some editors and transfer tools still produce). Every reader turns a lone CR
// into LF in place as it reads, so what comes after it (block cutting, the parser, line numbers,
// the follower's offsets) splits at LF only and counts a CRLF as one line end.
namespace LineBreaks {
// Turns every CR in [data, data + size) that no LF follows into LF, in place; a CR in the last
// byte too, as nothing follows it yet. Returns true when the last byte was a CR: if the next
// piece of the same text starts with LF, that LF belongs to the same line end and is dropped
// (skipContinuedLf()).
bool normalize(char *data, size_t size);
// 1 when a piece that follows one whose normalize() returned true starts with the LF of that
// CRLF, else 0: the bytes to leave out at its start.
inline size_t skipContinuedLf(bool afterCr, const char *data, size_t size)
{
    return afterCr && size > 0 && data[0] == '\n' ? 1 : 0;
}
// The line ends in [data, data + size): LF, and CR that no LF follows (a last CR counts).
uint64_t count(const char *data, size_t size);
} // namespace LineBreaks
