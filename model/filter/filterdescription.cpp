#include "filterdescription.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FilterDescription", text);
}

void addText(QStringList &out, const char *label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        out << tr(label).arg(value.trimmed());
}
} // namespace

QStringList FilterDescription::lines(const FilterState &s)
{
    // ISO 8601 in UTC, as the command line reads and writes times.
    return lines(s, TimeFormat(DisplayZone::utc(), QLocale::c()));
}

QStringList FilterDescription::lines(const FilterState &s, const TimeFormat &format)
{
    QStringList out;
    if (!s.reasons.isEmpty())
        out << tr("Reason: %1").arg(s.reasons.join(QStringLiteral(", ")));
    if (!s.excludedReasons.isEmpty())
        out << tr("Reason is not: %1").arg(s.excludedReasons.join(QStringLiteral(", ")));
    if (!s.servers.isEmpty())
        out << QCoreApplication::translate("FilterDescription", "Server: %1")
                   .arg(s.servers.join(QStringLiteral(", ")));
    if (!s.excludedServers.isEmpty())
        out << QCoreApplication::translate("FilterDescription", "Server is not: %1")
                   .arg(s.excludedServers.join(QStringLiteral(", ")));
    addText(out, QT_TRANSLATE_NOOP("FilterDescription", "Client IP: %1"), s.clientIp);
    addText(out, QT_TRANSLATE_NOOP("FilterDescription", "URL: %1"), s.url);
    if (s.from)
        out << tr("From: %1").arg(format.dateTimeWithZone(*s.from));
    if (s.to)
        out << tr("To: %1").arg(format.dateTimeWithZone(*s.to));
    addText(out, QT_TRANSLATE_NOOP("FilterDescription", "Status: %1"), s.status);
    addText(out, QT_TRANSLATE_NOOP("FilterDescription", "Site: %1"), s.site);
    addText(out, QT_TRANSLATE_NOOP("FilterDescription", "Queue: %1"), s.queue);
    addText(out, QT_TRANSLATE_NOOP("FilterDescription", "Method: %1"), s.method);
    addText(out, QT_TRANSLATE_NOOP("FilterDescription", "Server port: %1"), s.serverPort);
    return out;
}
