#include "accessclock.h"

#include <QRegularExpression>

#include <cstdlib>

std::optional<int32_t> AccessClock::parseOffset(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0"))
        return 0;
    static const QRegularExpression form(QStringLiteral(R"(^([+-])(\d{1,2})(?::(\d{2}))?$)"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (minutes >= 60)
        return std::nullopt;
    const int32_t seconds = (hours * 60 + minutes) * 60;
    if (seconds > MaxOffset)
        return std::nullopt;
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QString AccessClock::offsetText(int32_t seconds)
{
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int32_t a = std::abs(seconds);
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString AccessClock::add(const QString &spec)
{
    const qsizetype equals = spec.lastIndexOf(QLatin1Char('='));
    const QString server = equals < 0 ? QString() : spec.left(equals).trimmed();
    const std::optional<int32_t> offset = parseOffset(spec.mid(equals + 1));
    if (!offset || (equals >= 0 && server.isEmpty()))
        return tr("“%1” is not an offset from UTC such as +02:00 or SERVER=-05:00.").arg(spec);
    if (server.isEmpty())
        m_default = *offset;
    else
        setOffset(server, *offset);
    return {};
}

QStringList AccessClock::specs() const
{
    const auto offset = [](int32_t seconds) {
        return seconds == 0 ? QStringLiteral("UTC") : offsetText(seconds).mid(3);
    };
    QStringList out;
    if (m_default != 0)
        out << offset(m_default);
    QStringList servers = m_servers.keys();
    servers.sort();
    for (const QString &server : servers)
        out << server + QLatin1Char('=') + offset(m_servers.value(server));
    return out;
}

void AccessClock::setOffset(const QString &server, int32_t seconds)
{
    m_servers.insert(server.toLower(), seconds);
}

int32_t AccessClock::offsetFor(const QString &server) const
{
    return m_servers.value(server.toLower(), m_default);
}

bool AccessClock::isUtc() const
{
    if (m_default != 0)
        return false;
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        if (it.value() != 0)
            return false;
    }
    return true;
}

bool AccessClock::operator==(const AccessClock &other) const
{
    return m_default == other.m_default && m_servers == other.m_servers;
}
