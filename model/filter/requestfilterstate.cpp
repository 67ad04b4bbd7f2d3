#include "requestfilterstate.h"

#include <QUrlQuery>

#include <limits>

namespace {
void addText(QUrlQuery &query, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

template <typename T> void addNumber(QUrlQuery &query, const QString &key, std::optional<T> value)
{
    if (value)
        query.addQueryItem(key, QString::number(*value));
}

template <typename T> std::optional<T> readNumber(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const qlonglong n = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || n < qlonglong(std::numeric_limits<T>::min())
        || n > qlonglong(std::numeric_limits<T>::max()))
        return std::nullopt;
    return T(n);
}
} // namespace

bool RequestFilterState::isEmpty() const
{
    return url.trimmed().isEmpty() && clientIp.trimmed().isEmpty() && status.trimmed().isEmpty()
           && substatus.trimmed().isEmpty() && win32Status.trimmed().isEmpty() && !minTimeTakenMs
           && !maxTimeTakenMs && !from && !to && server.trimmed().isEmpty()
           && !stalledOrFailedSeconds;
}

bool RequestFilterState::operator==(const RequestFilterState &o) const
{
    return url == o.url && clientIp == o.clientIp && status == o.status && substatus == o.substatus
           && win32Status == o.win32Status && minTimeTakenMs == o.minTimeTakenMs
           && maxTimeTakenMs == o.maxTimeTakenMs && from == o.from && to == o.to
           && server == o.server && stalledOrFailedSeconds == o.stalledOrFailedSeconds;
}

QUrl RequestFilterState::toLink() const
{
    QUrlQuery query;
    addNumber(query, QStringLiteral("from"), from);
    addNumber(query, QStringLiteral("to"), to);
    addText(query, QStringLiteral("url"), url);
    addText(query, QStringLiteral("ip"), clientIp);
    addText(query, QStringLiteral("status"), status);
    addText(query, QStringLiteral("substatus"), substatus);
    addText(query, QStringLiteral("win32"), win32Status);
    addNumber(query, QStringLiteral("minms"), minTimeTakenMs);
    addNumber(query, QStringLiteral("maxms"), maxTimeTakenMs);
    addText(query, QStringLiteral("server"), server);
    addNumber(query, QStringLiteral("failed"), stalledOrFailedSeconds);
    QUrl link;
    link.setScheme(linkScheme());
    link.setQuery(query);
    return link;
}

std::optional<RequestFilterState> RequestFilterState::fromLink(const QUrl &link)
{
    if (link.scheme() != linkScheme())
        return std::nullopt;
    const QUrlQuery query(link);
    auto text = [&query](const QString &key) {
        return QUrl::fromPercentEncoding(query.queryItemValue(key, QUrl::FullyEncoded).toLatin1());
    };
    RequestFilterState s;
    s.from = readNumber<int64_t>(query, QStringLiteral("from"));
    s.to = readNumber<int64_t>(query, QStringLiteral("to"));
    s.url = text(QStringLiteral("url"));
    s.clientIp = text(QStringLiteral("ip"));
    s.status = text(QStringLiteral("status"));
    s.substatus = text(QStringLiteral("substatus"));
    s.win32Status = text(QStringLiteral("win32"));
    s.minTimeTakenMs = readNumber<uint32_t>(query, QStringLiteral("minms"));
    s.maxTimeTakenMs = readNumber<uint32_t>(query, QStringLiteral("maxms"));
    s.server = text(QStringLiteral("server"));
    s.stalledOrFailedSeconds = readNumber<uint32_t>(query, QStringLiteral("failed"));
    return s;
}
