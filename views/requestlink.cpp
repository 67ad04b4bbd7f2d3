#include "requestlink.h"

#include <QStringList>
#include <QUrl>

#include <array>

namespace {
constexpr std::array<const char *, 6> kindNames = {"all",   "slow",   "slowurl",
                                                   "win32", "status", "failed"};
const QString prefix = QStringLiteral("requests:");
} // namespace

QString RequestLink::toUrl() const
{
    return prefix + QLatin1String(kindNames[size_t(kind)])
           + QStringLiteral(":%1-%2:").arg(from).arg(to)
           + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

std::optional<RequestLink> RequestLink::parse(const QString &url)
{
    if (!url.startsWith(prefix))
        return std::nullopt;
    const QStringList parts = url.mid(prefix.size()).split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    RequestLink link;
    bool known = false;
    for (size_t k = 0; k < kindNames.size(); ++k) {
        if (parts[0] == QLatin1String(kindNames[k])) {
            link.kind = Kind(k);
            known = true;
        }
    }
    const QStringList span = parts[1].split(QLatin1Char('-'));
    bool fromOk = false;
    bool toOk = false;
    if (span.size() == 2) {
        link.from = span[0].toLongLong(&fromOk);
        link.to = span[1].toLongLong(&toOk);
    }
    if (!known || !fromOk || !toOk)
        return std::nullopt;
    link.value = QUrl::fromPercentEncoding(parts[2].toLatin1());
    return link;
}

bool RequestLink::operator==(const RequestLink &other) const
{
    return kind == other.kind && from == other.from && to == other.to && value == other.value;
}
