#include "clickhouseclient.h"

#include "sqltext.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

ClickHouseClient::ClickHouseClient(const ClickHouseUrl &url, const QString &password,
                                   QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_password(password)
    , m_network(new QNetworkAccessManager(this))
{
    // Proxies are for the web; a database on the local network is reached directly.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

ClickHouseClient::~ClickHouseClient()
{
    // Queries still under way (a KILL QUERY sent after a cancel) go first, while nothing they
    // signal can reach a client that is half gone.
    const QList<ClickHouseQuery *> queries =
        findChildren<ClickHouseQuery *>(Qt::FindDirectChildrenOnly);
    for (ClickHouseQuery *query : queries) {
        query->disconnect(this);
        delete query;
    }
}

void ClickHouseClient::cancelAll()
{
    const QList<ClickHouseQuery *> queries =
        findChildren<ClickHouseQuery *>(Qt::FindDirectChildrenOnly);
    for (ClickHouseQuery *query : queries)
        query->cancel();
}

QSslConfiguration ClickHouseClient::sslConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QString caFile = qEnvironmentVariable("HTTPERR_CLICKHOUSE_CA");
    if (!caFile.isEmpty()) {
        QList<QSslCertificate> cas = config.caCertificates();
        cas += QSslCertificate::fromPath(caFile, QSsl::Pem);
        config.setCaCertificates(cas);
    }
    return config;
}

ClickHouseQuery *ClickHouseClient::send(const QUrl &url, const QByteArray &body,
                                        const QByteArray &id, QObject *parent)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    request.setRawHeader("X-ClickHouse-User", m_url.userOrDefault().toUtf8());
    if (!m_password.isEmpty())
        request.setRawHeader("X-ClickHouse-Key", m_password.toUtf8());
    request.setTransferTimeout(m_timeout);
    if (m_url.tls)
        request.setSslConfiguration(sslConfiguration());
    QNetworkReply *reply = m_network->post(request, body);
    const QString where = QStringLiteral("%1:%2").arg(m_url.host).arg(m_url.port);
    auto *query = new ClickHouseQuery(reply, where, id, parent ? parent : this);
    connect(query, &ClickHouseQuery::cancelRequested, this, &ClickHouseClient::kill);
    return query;
}

ClickHouseQuery *ClickHouseClient::query(const QByteArray &sql, QObject *parent)
{
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QUrl url = m_url.endpoint();
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query_id"), QString::fromLatin1(id));
    // The whole answer is made before it is sent, so an error half-way through comes back as
    // an error status instead of after rows that were already sent.
    params.addQueryItem(QStringLiteral("wait_end_of_query"), QStringLiteral("1"));
    url.setQuery(params);
    return send(url, sql, id, parent);
}

ClickHouseQuery *ClickHouseClient::insert(const QByteArray &statement, const QByteArray &data,
                                          QObject *parent)
{
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QUrl url = m_url.endpoint();
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query_id"), QString::fromLatin1(id));
    params.addQueryItem(QStringLiteral("query"), QString::fromUtf8(statement));
    url.setQuery(params);
    return send(url, data, id, parent);
}

void ClickHouseClient::kill(const QByteArray &id)
{
    // The transfer is gone, but the server may still be working on the query.
    ClickHouseQuery *killer = query(
        "KILL QUERY WHERE query_id = " + SqlText::literal(QString::fromLatin1(id)) + " ASYNC");
    ++m_killing;
    connect(killer, &ClickHouseQuery::finished, this, [this, killer] {
        --m_killing;
        killer->deleteLater();
    });
}

bool ClickHouseClient::waitForKills(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (m_killing > 0 && clock.elapsed() < milliseconds) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_killing == 0;
}

void ClickHouseClient::wait(ClickHouseQuery *query)
{
    if (query->isFinished())
        return;
    QEventLoop loop;
    connect(query, &ClickHouseQuery::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

std::optional<QByteArray> ClickHouseClient::run(const QByteArray &sql, QString *error,
                                                ClickHouseQuery::Failure *failure)
{
    ClickHouseQuery *q = query(sql);
    wait(q);
    const bool ok = q->ok();
    if (failure)
        *failure = q->failure();
    if (!ok && error)
        *error = q->error();
    std::optional<QByteArray> out;
    if (ok)
        out = q->takeData();
    delete q;
    return out;
}
