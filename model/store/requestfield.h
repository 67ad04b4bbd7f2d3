#pragma once

#include <cstdint>
#include <string_view>

// The IIS access-log fields the viewer keeps, by the id IIS writes in #Fields: the ones kept
// as interned text and the ones kept as numbers.
namespace RequestField {

enum class Text : uint8_t { ServerIp, Method, UriStem, UriQuery, Username, ClientIp, UserAgent };
constexpr int TextCount = 7;

enum class Number : uint8_t { ServerPort, Status, Substatus, Win32Status, TimeTaken };
constexpr int NumberCount = 5;

// A number field that was "-" or absent from a row's #Fields.
constexpr uint32_t NoNumber = 0xFFFFFFFFu;

// The #Fields id: "s-ip", "cs-uri-stem", "sc-win32-status", "time-taken"...
std::string_view name(Text field);
std::string_view name(Number field);
// The field a #Fields id names; false when the id is not one the viewer keeps.
bool textOf(std::string_view id, Text &field);
bool numberOf(std::string_view id, Number &field);

// A request that stalled or failed, as the evidence counts them: it took `slowSeconds` or
// longer, ended with win32 status 64, 1236, 995 or 121, or with status 500 or 503.
bool isStalledOrFailed(uint32_t status, uint32_t win32, uint32_t timeTakenMs, uint32_t slowSeconds);

} // namespace RequestField
