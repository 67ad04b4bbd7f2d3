#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;

// One query sent to ClickHouse over HTTP: finished() comes once, on the thread that sent it,
// with the answer's bytes or a clear, translated error. cancel() aborts the transfer (the
// client also asks the server to stop the query).
class ClickHouseQuery : public QObject
{
    Q_OBJECT
public:
    enum class Failure : uint8_t {
        None,
        Refused,        // nothing listens there (connection refused)
        HostNotFound,   // the name does not resolve
        Lost,           // the server closed the connection during the query
        Timeout,        // no answer in time
        Authentication, // user or password refused
        Tls,            // the HTTPS handshake failed (certificate, protocol)
        Server,         // ClickHouse answered with an error (serverCode() says which)
        Cancelled,      // cancel() was called
        Other,
    };

    ClickHouseQuery(QNetworkReply *reply, QString where, QByteArray id, QObject *parent);
    ~ClickHouseQuery() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_failure == Failure::None; }
    Failure failure() const { return m_failure; }
    // Why it failed, in a sentence for the user (empty when it did not).
    QString error() const { return m_error; }
    // ClickHouse's error code (Code: N), 0 when there is none.
    int serverCode() const { return m_serverCode; }
    // The answer (valid once finished and ok).
    const QByteArray &data() const { return m_data; }
    QByteArray takeData() { return std::exchange(m_data, {}); }
    QByteArray id() const { return m_id; }

    // Stops the transfer; finished() follows with Failure::Cancelled (unless already done).
    void cancel();

    // The message inside ClickHouse's error text ("Code: 60, e.displayText() =
    // DB::Exception: Table x doesn't exist, e.what() = DB::Exception", or the newer "Code: 60.
    // DB::Exception: … (UNKNOWN_TABLE) (version …)"): the code and the sentence.
    static QString serverMessage(const QByteArray &body, int *code = nullptr);

Q_SIGNALS:
    void finished();
    // Bytes of the answer received so far.
    void received(qint64 bytes);
    // Emitted when the caller cancels, so the client can ask the server to stop (KILL QUERY).
    void cancelRequested(const QByteArray &id);

private:
    void onFinished();
    void fail(Failure failure, const QString &error);

    QPointer<QNetworkReply> m_reply;
    QString m_where; // "host:port", for messages
    QByteArray m_id;
    QByteArray m_data;
    QString m_error;
    Failure m_failure = Failure::None;
    int m_serverCode = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};
