#include "clickhouseurl.h"

#include "sqltext.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ClickHouseUrl", text);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

bool ClickHouseUrl::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("clickhouse://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("clickhouses://"), Qt::CaseInsensitive);
}

std::optional<ClickHouseUrl> ClickHouseUrl::parse(const QString &text, QString *error)
{
    const QString example = QStringLiteral("clickhouse://[USER@]HOST[:PORT]/DATABASE");
    if (!looksLikeUrl(text)) {
        fail(error, tr("“%1” is not a ClickHouse address; write %2.").arg(text, example));
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    ClickHouseUrl out;
    out.tls = url.scheme().compare(QLatin1String("clickhouses"), Qt::CaseInsensitive) == 0;
    if (!url.isValid() || url.host().isEmpty()) {
        fail(error, tr("“%1” is not a valid address; write %2.").arg(text, example));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        fail(error, tr("The address must not hold a password: set HTTPERR_CLICKHOUSE_PASSWORD "
                       "or type it when asked."));
        return std::nullopt;
    }
    out.user = url.userName();
    out.host = url.host();
    out.port = url.port(out.tls ? HttpsPort : HttpPort);
    out.database = url.path().mid(1);
    if (out.database.isEmpty() || !SqlText::isPlainName(out.database)) {
        fail(error, tr("“%1” names no database, or one with other characters than letters, "
                       "digits and _; write %2.")
                        .arg(text, example));
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("cluster")) {
            fail(error,
                 tr("Unknown part “%1” in the address; only ?cluster=NAME is known.").arg(key));
            return std::nullopt;
        }
        if (!SqlText::isPlainName(value)) {
            fail(error, tr("“%1” is not a cluster name (letters, digits and _).").arg(value));
            return std::nullopt;
        }
        out.cluster = value;
    }
    return out;
}

QUrl ClickHouseUrl::endpoint() const
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString ClickHouseUrl::toString() const
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("clickhouses") : QStringLiteral("clickhouse"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!cluster.isEmpty())
        url.setQuery(QStringLiteral("cluster=") + cluster);
    return url.toString();
}

QString ClickHouseUrl::shortName() const
{
    const QString where =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    QString name = QStringLiteral("%1:%2/%3").arg(where).arg(port).arg(database);
    if (!cluster.isEmpty())
        name += QStringLiteral(" (%1)").arg(cluster);
    return name;
}

QString ClickHouseUrl::displayName() const
{
    ClickHouseUrl plain = *this;
    plain.cluster.clear();
    const QString address = plain.toString();
    return cluster.isEmpty() ? address : tr("%1 (cluster %2)").arg(address, cluster);
}

std::optional<ClickHouseUrl> ClickHouseUrl::opened(const QStringList &openedPaths)
{
    if (openedPaths.size() != 1 || !looksLikeUrl(openedPaths.first()))
        return std::nullopt;
    return parse(openedPaths.first());
}

bool ClickHouseUrl::operator==(const ClickHouseUrl &o) const
{
    return tls == o.tls && user == o.user && host == o.host && port == o.port
           && database == o.database && cluster == o.cluster;
}
