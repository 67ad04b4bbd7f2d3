#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

// UTC timestamp helpers that avoid QDateTime on the hot path: httperr times are whole
// seconds in UTC, so seconds since the epoch in an int64 are all we need.
namespace TimeUtil {
// Parses "YYYY-MM-DD" and "HH:MM:SS" into seconds since 1970-01-01 UTC.
std::optional<int64_t> parseDateTime(std::string_view date, std::string_view time);
// Parses ISO 8601 ("2024-01-02T03:04:05Z", "2024-01-02 03:04:05", "2024-01-02") as UTC,
// or with an explicit offset. Returns nullopt when the text is not a date.
std::optional<int64_t> parseIso(const QString &text);
// As parseIso, for the end of an inclusive range: a date alone means the last second of that
// day, so that "to 2026-03-10" keeps the whole of 10 March.
std::optional<int64_t> parseIsoEnd(const QString &text);
// "2024-01-02 03:04:05"
QString formatUtc(int64_t seconds);
// "2024-01-02T03:04:05Z"
QString formatIso(int64_t seconds);
// Writes "2024-01-02 03:04:05" (19 bytes, no terminator) to `out`: for writers that must not
// allocate per row.
void writeUtc(int64_t seconds, char *out);
int64_t daysFromCivil(int year, unsigned month, unsigned day);
} // namespace TimeUtil
