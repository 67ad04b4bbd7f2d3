#include "requestfield.h"

#include <algorithm>
#include <array>

namespace {
constexpr std::array<std::string_view, RequestField::TextCount> textNames = {
    "s-ip", "cs-method", "cs-uri-stem", "cs-uri-query", "cs-username", "c-ip", "cs(User-Agent)"};
constexpr std::array<std::string_view, RequestField::NumberCount> numberNames = {
    "s-port", "sc-status", "sc-substatus", "sc-win32-status", "time-taken"};

// W3C field ids are case-insensitive ("cs(user-agent)" is the same field).
bool sameId(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}
// The index of `id` in `names`, or -1.
template <size_t N> int indexOf(const std::array<std::string_view, N> &names, std::string_view id)
{
    for (size_t i = 0; i < N; ++i) {
        if (sameId(id, names[i]))
            return int(i);
    }
    return -1;
}
} // namespace

namespace RequestField {

std::string_view name(Text field)
{
    return textNames[size_t(field)];
}

std::string_view name(Number field)
{
    return numberNames[size_t(field)];
}

bool textOf(std::string_view id, Text &field)
{
    const int i = indexOf(textNames, id);
    field = Text(std::max(i, 0));
    return i >= 0;
}

bool numberOf(std::string_view id, Number &field)
{
    const int i = indexOf(numberNames, id);
    field = Number(std::max(i, 0));
    return i >= 0;
}

} // namespace RequestField

bool RequestField::isStalledOrFailed(uint32_t status, uint32_t win32, uint32_t timeTakenMs,
                                     uint32_t slowSeconds)
{
    const bool slow =
        timeTakenMs != NoNumber && uint64_t(timeTakenMs) >= uint64_t(slowSeconds) * 1000;
    return slow || win32 == 64 || win32 == 1236 || win32 == 995 || win32 == 121 || status == 500
           || status == 503;
}
