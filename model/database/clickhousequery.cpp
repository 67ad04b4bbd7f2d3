#include "clickhousequery.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>

namespace {
// ClickHouse's codes for a user it does not know, a wrong password and a refused address.
bool isAuthenticationCode(int code)
{
    return code == 192 || code == 193 || code == 194 || code == 195 || code == 516;
}
} // namespace

ClickHouseQuery::ClickHouseQuery(QNetworkReply *reply, QString where, QByteArray id,
                                 QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_where(std::move(where))
    , m_id(std::move(id))
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ClickHouseQuery::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 done, qint64) { Q_EMIT received(done); });
}

ClickHouseQuery::~ClickHouseQuery()
{
    if (m_reply && !m_finished) {
        // Dropped before its end: stop the transfer, and ask the server to stop too.
        m_cancelled = true;
        m_reply->disconnect(this);
        m_reply->abort();
        Q_EMIT cancelRequested(m_id);
    }
}

void ClickHouseQuery::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelRequested(m_id);
    if (m_reply)
        m_reply->abort(); // finished() follows, as OperationCanceledError
}

QString ClickHouseQuery::serverMessage(const QByteArray &body, int *code)
{
    const QString text = QString::fromUtf8(body).trimmed();
    static const QRegularExpression codeRe(QStringLiteral("Code: (\\d+)"));
    const QRegularExpressionMatch m = codeRe.match(text);
    if (code)
        *code = m.hasMatch() ? m.captured(1).toInt() : 0;
    QString message = text;
    static const QRegularExpression kind(QStringLiteral("DB::\\w*Exception: "));
    const QRegularExpressionMatch k = kind.match(text);
    if (k.hasMatch())
        message = text.mid(k.capturedEnd());
    // 18.16 ends with ", e.what() = DB::Exception", newer versions with " (version …)".
    for (const QLatin1String end : {QLatin1String(", e.what() = "), QLatin1String(" (version ")}) {
        const qsizetype at = message.indexOf(end);
        if (at >= 0)
            message.truncate(at);
    }
    message = message.simplified();
    if (message.size() > 600)
        message = message.left(600) + QStringLiteral("…");
    return message;
}

void ClickHouseQuery::fail(Failure failure, const QString &error)
{
    m_failure = failure;
    m_error = error;
    m_data.clear();
}

void ClickHouseQuery::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_data = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    if (m_cancelled) {
        fail(Failure::Cancelled, tr("The query was cancelled."));
    } else if (status >= 400
               || (error != QNetworkReply::NoError && !m_data.isEmpty()
                   && m_data.startsWith("Code: "))) {
        const QString message = serverMessage(m_data, &m_serverCode);
        if (status == 401 || status == 403 || isAuthenticationCode(m_serverCode))
            fail(Failure::Authentication,
                 tr("ClickHouse at %1 refused the user or password: %2").arg(m_where, message));
        else
            fail(Failure::Server, tr("ClickHouse answered with an error: %1").arg(message));
    } else if (error == QNetworkReply::NoError) {
        // The answer as it came.
    } else if (error == QNetworkReply::ConnectionRefusedError) {
        fail(Failure::Refused, tr("Cannot connect to ClickHouse at %1: the connection was "
                                  "refused. Is the server running, and is this its HTTP port?")
                                   .arg(m_where));
    } else if (error == QNetworkReply::HostNotFoundError) {
        fail(Failure::HostNotFound,
             tr("Cannot connect to ClickHouse at %1: the host name is unknown.").arg(m_where));
    } else if (error == QNetworkReply::RemoteHostClosedError
               || error == QNetworkReply::ProxyConnectionClosedError) {
        fail(Failure::Lost,
             tr("The connection to ClickHouse at %1 was lost during the query: the server "
                "closed it without an answer (it may have stopped or restarted).")
                 .arg(m_where));
    } else if (error == QNetworkReply::TimeoutError
               || error == QNetworkReply::OperationCanceledError) {
        // Without cancel(), an abort is the transfer timeout's.
        fail(Failure::Timeout, tr("ClickHouse at %1 did not answer in time.").arg(m_where));
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        fail(Failure::Tls, tr("The secure connection to ClickHouse at %1 failed: %2")
                               .arg(m_where, reply->errorString()));
    } else {
        fail(Failure::Other, tr("ClickHouse at %1: %2").arg(m_where, reply->errorString()));
    }
    m_finished = true;
    reply->deleteLater();
    Q_EMIT finished();
}
