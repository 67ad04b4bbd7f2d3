#include "logfield.h"

#include <QCoreApplication>

#include <array>

namespace {
struct FieldInfo
{
    LogField field;
    std::string_view id;
    const char *title;
    bool numeric;
};

// Order matters: it is the enum order, so lookups by field index are direct.
constexpr std::array<FieldInfo, 26> kFields{{
    {LogField::Date, "date", QT_TRANSLATE_NOOP("LogFields", "Date"), false},
    {LogField::Time, "time", QT_TRANSLATE_NOOP("LogFields", "Time (UTC)"), false},
    {LogField::ComputerName, "s-computername", QT_TRANSLATE_NOOP("LogFields", "Server name"),
     false},
    {LogField::ClientIp, "c-ip", QT_TRANSLATE_NOOP("LogFields", "Client IP"), false},
    {LogField::ClientPort, "c-port", QT_TRANSLATE_NOOP("LogFields", "Client port"), true},
    {LogField::ServerIp, "s-ip", QT_TRANSLATE_NOOP("LogFields", "Server IP"), false},
    {LogField::ServerPort, "s-port", QT_TRANSLATE_NOOP("LogFields", "Server port"), true},
    {LogField::Version, "cs-version", QT_TRANSLATE_NOOP("LogFields", "Version"), false},
    {LogField::Method, "cs-method", QT_TRANSLATE_NOOP("LogFields", "Method"), false},
    {LogField::Uri, "cs-uri", QT_TRANSLATE_NOOP("LogFields", "URL"), false},
    {LogField::UserAgent, "cs(user-agent)", QT_TRANSLATE_NOOP("LogFields", "User agent"), false},
    {LogField::Cookie, "cs(cookie)", QT_TRANSLATE_NOOP("LogFields", "Cookie"), false},
    {LogField::Referer, "cs(referer)", QT_TRANSLATE_NOOP("LogFields", "Referrer"), false},
    {LogField::Host, "cs-host", QT_TRANSLATE_NOOP("LogFields", "Host"), false},
    {LogField::StreamId, "streamid", QT_TRANSLATE_NOOP("LogFields", "Stream"), true},
    {LogField::StreamIdEx, "streamid_ex", QT_TRANSLATE_NOOP("LogFields", "Stream (ext.)"), false},
    {LogField::Status, "sc-status", QT_TRANSLATE_NOOP("LogFields", "Status"), true},
    {LogField::ScBytes, "sc-bytes", QT_TRANSLATE_NOOP("LogFields", "Bytes sent"), true},
    {LogField::CsBytes, "cs-bytes", QT_TRANSLATE_NOOP("LogFields", "Bytes received"), true},
    {LogField::TimeTaken, "time-taken", QT_TRANSLATE_NOOP("LogFields", "Time taken (ms)"), true},
    {LogField::SiteId, "s-siteid", QT_TRANSLATE_NOOP("LogFields", "Site"), true},
    {LogField::Reason, "s-reason", QT_TRANSLATE_NOOP("LogFields", "Reason"), false},
    {LogField::QueueName, "s-queuename", QT_TRANSLATE_NOOP("LogFields", "Queue"), false},
    {LogField::Transport, "transport", QT_TRANSLATE_NOOP("LogFields", "Transport"), false},
    {LogField::FaultCode, "fault-code", QT_TRANSLATE_NOOP("LogFields", "Fault code"), false},
    {LogField::ExtendedFaultCode, "extended-fault-code",
     QT_TRANSLATE_NOOP("LogFields", "Extended fault code"), false},
}};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (x != b[i])
            return false;
    }
    return true;
}
} // namespace

LogField LogFields::fromId(std::string_view id)
{
    for (const FieldInfo &info : kFields) {
        if (equalsIgnoreCase(id, info.id))
            return info.field;
    }
    // Microsoft spells the referrer both ways.
    if (equalsIgnoreCase(id, "cs(referrer)"))
        return LogField::Referer;
    return LogField::Extra;
}

std::string_view LogFields::id(LogField field)
{
    return field == LogField::Extra ? std::string_view() : kFields[size_t(field)].id;
}

QString LogFields::title(LogField field)
{
    if (field == LogField::Extra)
        return {};
    return QCoreApplication::translate("LogFields", kFields[size_t(field)].title);
}

bool LogFields::isNumeric(LogField field)
{
    return field != LogField::Extra && kFields[size_t(field)].numeric;
}
