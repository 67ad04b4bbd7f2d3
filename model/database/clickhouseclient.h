#pragma once

#include "clickhousequery.h"
#include "clickhouseurl.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;

// Sends queries to one ClickHouse server over its HTTP interface (HTTPS for clickhouses://),
// asynchronously: each call returns a ClickHouseQuery that reports on this object's thread.
// Lives on one thread; the GUI thread never waits for an answer (wait() is for worker threads
// and the command line).
class ClickHouseClient : public QObject
{
    Q_OBJECT
public:
    // `password` stays in memory only (never logged, never stored).
    ClickHouseClient(const ClickHouseUrl &url, const QString &password, QObject *parent = nullptr);
    ~ClickHouseClient() override;

    const ClickHouseUrl &url() const { return m_url; }
    // Milliseconds a query may go without receiving anything (0: no limit). Default 5 minutes.
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }

    // A query whose answer is read (SELECT, DDL): the SQL is the request body.
    ClickHouseQuery *query(const QByteArray &sql, QObject *parent = nullptr);
    // INSERT … FORMAT X with `data` as the body (the statement goes in the URL).
    ClickHouseQuery *insert(const QByteArray &statement, const QByteArray &data,
                            QObject *parent = nullptr);

    // Runs the event loop of the calling thread until `query` has finished. Not for the GUI
    // thread, which must stay responsive: connect to finished() there.
    static void wait(ClickHouseQuery *query);
    // query() and wait() in one; the answer, or nothing with the error in `error`.
    std::optional<QByteArray> run(const QByteArray &sql, QString *error,
                                  ClickHouseQuery::Failure *failure = nullptr);

    // Runs the event loop of the calling thread until the server has answered every KILL QUERY
    // sent for a cancelled or dropped query, at most `milliseconds`; true when it has. Call
    // before the client goes, or the requests go with it unsent.
    bool waitForKills(int milliseconds);

    // TLS: the system's certificate authorities plus those in the PEM file that
    // HTTPERR_CLICKHOUSE_CA names (a company CA, or a test server's self-signed certificate).
    static QSslConfiguration sslConfiguration();

public Q_SLOTS:
    // Cancels every query under way (each finishes with Failure::Cancelled).
    void cancelAll();

private:
    ClickHouseQuery *send(const QUrl &url, const QByteArray &body, const QByteArray &id,
                          QObject *parent);
    void kill(const QByteArray &id);

    ClickHouseUrl m_url;
    QString m_password;
    QNetworkAccessManager *m_network;
    int m_timeout = 5 * 60 * 1000;
    int m_killing = 0; // KILL QUERY requests not answered yet
};
