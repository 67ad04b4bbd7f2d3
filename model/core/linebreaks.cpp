#include "linebreaks.h"

#include <cstring>

bool LineBreaks::normalize(char *data, size_t size)
{
    char *p = data;
    char *end = data + size;
    while (p < end) {
        p = static_cast<char *>(std::memchr(p, '\r', size_t(end - p)));
        if (!p)
            return false;
        if (p + 1 == end) {
            *p = '\n';
            return true;
        }
        if (p[1] != '\n')
            *p = '\n';
        ++p;
    }
    return false;
}

uint64_t LineBreaks::count(const char *data, size_t size)
{
    uint64_t n = 0;
    const char *end = data + size;
    for (const char *p = data; p < end; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
            ++n;
    }
    return n;
}
