#pragma once

#include <QString>

#include <string_view>

// The W3C field ids HTTP.sys can write. Date and Time are folded into one timestamp column
// by the store; every other field is an interned text column. Fields not listed here are kept
// as extra columns under their own name.
enum class LogField : uint8_t {
    Date,
    Time,
    ComputerName,
    ClientIp,
    ClientPort,
    ServerIp,
    ServerPort,
    Version,
    Method,
    Uri,
    UserAgent,
    Cookie,
    Referer,
    Host,
    StreamId,
    StreamIdEx,
    Status,
    ScBytes,
    CsBytes,
    TimeTaken,
    SiteId,
    Reason,
    QueueName,
    Transport,
    FaultCode,
    ExtendedFaultCode,
    Extra, // any field id this list does not know
};

namespace LogFields {
// The field for a `#Fields` id such as "c-ip"; LogField::Extra when unknown.
LogField fromId(std::string_view id);
// The canonical `#Fields` id of a known field.
std::string_view id(LogField field);
// The translated column title shown in the table header.
QString title(LogField field);
// Numeric fields sort and filter as numbers when their text is a number.
bool isNumeric(LogField field);
} // namespace LogFields
