#pragma once

#include <QtAlgorithms>

#include <cstddef>
#include <string_view>

// The field splitter looks at 16 bytes at a time with SSE2 on x86-64 (GCC and Clang say so with
// __SSE2__; MSVC never defines it, but every x64 processor has SSE2) and on x86 builds that
// enable it. Elsewhere (ARM, Apple Silicon), or when the build sets HTTPERR_SIMD to 0, it reads
// a byte at a time. Header-only: both W3C parsers call it for every line.
#if !defined(HTTPERR_SIMD) || HTTPERR_SIMD
#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#define HTTPERR_PARSER_SSE2 1
#endif
#endif

#if defined(HTTPERR_PARSER_SSE2)
#include <emmintrin.h>
#endif

// Splits a W3C log line at its single spaces.
class FieldSplitter
{
public:
    // How fields are split in this build: "sse2" (16 bytes at a time) or "scalar".
    static const char *name()
    {
#if defined(HTTPERR_PARSER_SSE2)
        return "sse2";
#else
        return "scalar";
#endif
    }

    // Splits [begin, end) at every space: stores the first `max` fields in `out` and returns
    // how many there are. Never reads outside the line.
    static size_t split(const char *begin, const char *end, std::string_view *out, size_t max)
    {
        size_t count = 0;
        const char *field = begin;
        auto cut = [&](const char *space) {
            if (count < max)
                out[count] = std::string_view(field, size_t(space - field));
            ++count;
            field = space + 1;
        };
        const char *p = begin;
#if defined(HTTPERR_PARSER_SSE2)
        for (; end - p >= 16; p += 16) {
            for (unsigned mask = spacesAt(p); mask != 0; mask &= mask - 1)
                cut(p + qCountTrailingZeroBits(quint32(mask)));
        }
        if (p < end && end - begin >= 16) {
            // The last bytes: load the 16 that end the line and skip those already seen.
            const auto seen = unsigned(16 - (end - p));
            for (unsigned mask = spacesAt(end - 16) >> seen; mask != 0; mask &= mask - 1)
                cut(p + qCountTrailingZeroBits(quint32(mask)));
            p = end;
        }
#endif
        for (; p < end; ++p) {
            if (*p == ' ')
                cut(p);
        }
        cut(end);
        return count;
    }

private:
#if defined(HTTPERR_PARSER_SSE2)
    static unsigned spacesAt(const char *p)
    {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' '))));
    }
#endif
};
