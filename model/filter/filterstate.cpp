#include "filterstate.h"

#include "timeutil.h"

#include <QRegularExpression>

namespace {
const QString ReasonsKey = QStringLiteral("reasons");
const QString ExcludedKey = QStringLiteral("excludedReasons");
const QString ClientIpKey = QStringLiteral("clientIp");
const QString UrlKey = QStringLiteral("url");
const QString FromKey = QStringLiteral("from");
const QString ToKey = QStringLiteral("to");
const QString StatusKey = QStringLiteral("status");
const QString SiteKey = QStringLiteral("site");
const QString QueueKey = QStringLiteral("queue");
const QString MethodKey = QStringLiteral("method");
const QString ServerPortKey = QStringLiteral("serverPort");
const QString ServersKey = QStringLiteral("servers");
const QString ExcludedServersKey = QStringLiteral("excludedServers");

void putText(QVariantMap &map, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        map.insert(key, value);
}

std::optional<int64_t> readTime(const QVariantMap &map, const QString &key)
{
    bool ok = false;
    const qint64 v = map.value(key).toLongLong(&ok);
    return map.contains(key) && ok ? std::optional<int64_t>(v) : std::nullopt;
}

// Adds "!value" to a comma-separated spec unless it is already there.
QString withNegated(const QString &spec, const QString &value)
{
    const QString item = QLatin1Char('!') + value;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p.trimmed() == item)
            return spec;
    }
    return spec.trimmed().isEmpty() ? item : spec.trimmed() + QStringLiteral(", ") + item;
}
} // namespace

bool FilterState::isEmpty() const
{
    return reasons.isEmpty() && excludedReasons.isEmpty() && isOnlyReasons();
}

bool FilterState::isOnlyReasons() const
{
    return clientIp.trimmed().isEmpty() && url.trimmed().isEmpty() && !from && !to
           && status.trimmed().isEmpty() && site.trimmed().isEmpty() && queue.trimmed().isEmpty()
           && method.trimmed().isEmpty() && serverPort.trimmed().isEmpty() && servers.isEmpty()
           && excludedServers.isEmpty();
}

bool FilterState::operator==(const FilterState &o) const
{
    return reasons == o.reasons && excludedReasons == o.excludedReasons && clientIp == o.clientIp
           && url == o.url && from == o.from && to == o.to && status == o.status && site == o.site
           && queue == o.queue && method == o.method && serverPort == o.serverPort
           && servers == o.servers && excludedServers == o.excludedServers;
}

QVariantMap FilterState::toVariantMap() const
{
    QVariantMap map;
    if (!reasons.isEmpty())
        map.insert(ReasonsKey, reasons);
    if (!excludedReasons.isEmpty())
        map.insert(ExcludedKey, excludedReasons);
    putText(map, ClientIpKey, clientIp);
    putText(map, UrlKey, url);
    if (from)
        map.insert(FromKey, qint64(*from));
    if (to)
        map.insert(ToKey, qint64(*to));
    putText(map, StatusKey, status);
    putText(map, SiteKey, site);
    putText(map, QueueKey, queue);
    putText(map, MethodKey, method);
    putText(map, ServerPortKey, serverPort);
    if (!servers.isEmpty())
        map.insert(ServersKey, servers);
    if (!excludedServers.isEmpty())
        map.insert(ExcludedServersKey, excludedServers);
    return map;
}

FilterState FilterState::fromVariantMap(const QVariantMap &map)
{
    FilterState s;
    s.reasons = map.value(ReasonsKey).toStringList();
    s.excludedReasons = map.value(ExcludedKey).toStringList();
    s.clientIp = map.value(ClientIpKey).toString();
    s.url = map.value(UrlKey).toString();
    s.from = readTime(map, FromKey);
    s.to = readTime(map, ToKey);
    s.status = map.value(StatusKey).toString();
    s.site = map.value(SiteKey).toString();
    s.queue = map.value(QueueKey).toString();
    s.method = map.value(MethodKey).toString();
    s.serverPort = map.value(ServerPortKey).toString();
    s.servers = map.value(ServersKey).toStringList();
    s.excludedServers = map.value(ExcludedServersKey).toStringList();
    return s;
}

QString FilterState::valueList(FilterField field) const
{
    switch (field) {
    case FilterField::Status:
        return status;
    case FilterField::Site:
        return site;
    case FilterField::Queue:
        return queue;
    case FilterField::Method:
        return method;
    case FilterField::ServerPort:
        return serverPort;
    default:
        return {};
    }
}

void FilterState::setValueList(FilterField field, const QString &spec)
{
    switch (field) {
    case FilterField::Status:
        status = spec;
        break;
    case FilterField::Site:
        site = spec;
        break;
    case FilterField::Queue:
        queue = spec;
        break;
    case FilterField::Method:
        method = spec;
        break;
    case FilterField::ServerPort:
        serverPort = spec;
        break;
    default:
        break;
    }
}

void FilterState::clear(FilterField field)
{
    switch (field) {
    case FilterField::Reason:
        reasons.clear();
        excludedReasons.clear();
        break;
    case FilterField::Server:
        servers.clear();
        excludedServers.clear();
        break;
    case FilterField::ClientIp:
        clientIp.clear();
        break;
    case FilterField::Url:
        url.clear();
        break;
    case FilterField::Time:
        from.reset();
        to.reset();
        break;
    default:
        setValueList(field, {});
        break;
    }
}

void FilterState::showOnly(FilterField field, const QString &value)
{
    switch (field) {
    case FilterField::Reason:
        reasons = QStringList{value};
        excludedReasons.clear();
        break;
    case FilterField::Server:
        servers = QStringList{value};
        excludedServers.clear();
        break;
    case FilterField::ClientIp:
        clientIp = value;
        break;
    case FilterField::Url:
        // Exactly this URL: plain text would also match longer URLs, a wildcard would treat
        // the '?' of a query string as a pattern.
        url = QStringLiteral("re:^") + QRegularExpression::escape(value) + QLatin1Char('$');
        break;
    case FilterField::Time: {
        const auto t = TimeUtil::parseIso(value);
        from = t;
        to = t;
        break;
    }
    default:
        setValueList(field, value);
        break;
    }
}

bool FilterState::exclude(FilterField field, const QString &value)
{
    switch (field) {
    case FilterField::Reason:
        // Dropping it from a longer "show only" list says the same thing more simply.
        if (reasons.contains(value) && reasons.size() > 1)
            reasons.removeAll(value);
        else if (!excludedReasons.contains(value))
            excludedReasons.append(value);
        return true;
    case FilterField::Server:
        if (servers.contains(value, Qt::CaseInsensitive) && servers.size() > 1)
            servers.removeAll(value);
        else if (!excludedServers.contains(value, Qt::CaseInsensitive))
            excludedServers.append(value);
        return true;
    case FilterField::ClientIp:
        clientIp = withNegated(clientIp, value);
        return true;
    case FilterField::Url: {
        const QString pattern =
            QStringLiteral("!re:^") + QRegularExpression::escape(value) + QLatin1Char('$');
        url = pattern;
        return true;
    }
    case FilterField::Time:
        return false;
    default:
        setValueList(field, withNegated(valueList(field), value));
        return true;
    }
}

bool FilterState::renameServer(const QString &from, const QString &to)
{
    bool named = false;
    for (QStringList *list : {&servers, &excludedServers}) {
        for (QString &name : *list) {
            if (name.compare(from, Qt::CaseInsensitive) == 0) {
                name = to;
                named = true;
            }
        }
    }
    return named;
}

bool FilterState::canExclude(FilterField field)
{
    return field != FilterField::Time;
}

std::optional<FilterField> filterFieldFor(LogField field)
{
    switch (field) {
    case LogField::Reason:
        return FilterField::Reason;
    case LogField::ClientIp:
        return FilterField::ClientIp;
    case LogField::Uri:
        return FilterField::Url;
    case LogField::Status:
        return FilterField::Status;
    case LogField::SiteId:
        return FilterField::Site;
    case LogField::QueueName:
        return FilterField::Queue;
    case LogField::Method:
        return FilterField::Method;
    case LogField::ServerPort:
        return FilterField::ServerPort;
    default:
        return std::nullopt;
    }
}
