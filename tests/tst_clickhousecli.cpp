// The command line against two real ClickHouse servers (CTest fixture "clickhouse"): a web
// farm's logs ingested into both shards give, read back across the cluster, the same
// --summary --json as the files for every filter kind, the same exports; a second ingest adds
// nothing; a URL filter made of quotes, backslashes, semicolons and SQL words selects the
// right rows and changes nothing; passwords; clear messages when the server refuses,
// disappears or answers with an error.

#include "clickhouse/clickhouseservers.h"
#include "clickhouse/farmlogs.h"
#include "viewerrun.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestClickHouseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ingestTwiceAddsNothing();
    void summaryEqualsFiles_data();
    void summaryEqualsFiles();
    void textSummaryEqualsFiles();
    void exportEqualsFiles_data();
    void exportEqualsFiles();
    void hostileUrlFilterChangesNothing();
    void oneShardAlone();
    void password();
    void refusedConnection();
    void tls();
    void serverError();
    void serverDisappears();
    void usageErrors_data();
    void usageErrors();

private:
    // --summary --json on the files and on the database, with `filter`.
    QByteArray filesSummary(const QStringList &filter, bool json = true) const;
    QByteArray databaseSummary(const QStringList &filter, bool json = true) const;
    qint64 storedRows(int shard) const;

    ClickHouseServers m_servers;
    QTemporaryDir m_dir;
    QStringList m_folders; // WEB01, WEB02
    QString m_database;
    QList<qint64> m_rows; // per shard (WEB01, WEB02), as the files have them
};

void TestClickHouseCli::initTestCase()
{
    m_servers = ClickHouseServers::load();
    REQUIRE_CLICKHOUSE(m_servers);
    QVERIFY(m_dir.isValid());
    m_folders = FarmLogs::write(m_dir.path());
    QCOMPARE(m_folders.size(), 2);
    // A server's logs to each shard, as a farm sends them.
    m_database = ClickHouseServers::freshDatabase(QStringLiteral("cli"));
    for (int shard = 0; shard < 2; ++shard) {
        const ViewerRun run = runViewer(
            {QStringLiteral("--ingest"), m_servers.url(shard, m_database), m_folders[shard]},
            false);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Sent "), run.err.constData());
        QVERIFY2(run.err.contains("2 malformed lines were counted"), run.err.constData());
    }
    const QJsonObject files = QJsonDocument::fromJson(filesSummary({})).object();
    const QJsonObject servers = files.value(QStringLiteral("servers")).toObject();
    m_rows = {servers.value(QStringLiteral("WEB01")).toInteger(),
              servers.value(QStringLiteral("WEB02")).toInteger()};
    QVERIFY(m_rows[0] > 3000 && m_rows[1] > 3000);
    QCOMPARE(storedRows(0), m_rows[0]);
    QCOMPARE(storedRows(1), m_rows[1]);
}

QByteArray TestClickHouseCli::filesSummary(const QStringList &filter, bool json) const
{
    QStringList args{QStringLiteral("--summary")};
    if (json)
        args << QStringLiteral("--json");
    const ViewerRun run = runViewer(args + filter + m_folders, false);
    return run.exitCode == 0 ? run.out : "exit " + QByteArray::number(run.exitCode) + run.err;
}

QByteArray TestClickHouseCli::databaseSummary(const QStringList &filter, bool json) const
{
    QStringList args{QStringLiteral("--summary")};
    if (json)
        args << QStringLiteral("--json");
    const ViewerRun run =
        runViewer(args + filter + QStringList{m_servers.url(0, m_database, true)}, false);
    return run.exitCode == 0 ? run.out : "exit " + QByteArray::number(run.exitCode) + run.err;
}

qint64 TestClickHouseCli::storedRows(int shard) const
{
    const ViewerRun run = runViewer(
        {QStringLiteral("--summary"), QStringLiteral("--json"), m_servers.url(shard, m_database)},
        false);
    return run.json().value(QStringLiteral("rows")).toInteger(-1);
}

void TestClickHouseCli::ingestTwiceAddsNothing()
{
    const qint64 before = storedRows(0);
    // The same files again, and both servers' files through one shard with the cluster named:
    // every file is in a ledger already (WEB02's on the other shard).
    const ViewerRun again =
        runViewer({QStringLiteral("--ingest"), m_servers.url(0, m_database, true), m_folders[0],
                   m_folders[1]},
                  false);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("4 file"), again.err.constData());
    QCOMPARE(storedRows(0), before);
    QCOMPARE(storedRows(1), m_rows[1]);
}

void TestClickHouseCli::summaryEqualsFiles_data()
{
    QTest::addColumn<QStringList>("filter");
    auto row = [](const char *name, QStringList filter) { QTest::newRow(name) << filter; };
    const QString ip = QStringLiteral("--client-ip");
    const QString url = QStringLiteral("--url");
    row("no filter", {});
    row("reason", {QStringLiteral("--reason"), QStringLiteral("connection_dropped")});
    row("reasons", {QStringLiteral("--reason"), QStringLiteral("QueueFull,BadRequest,-")});
    row("exclude reason",
        {QStringLiteral("--exclude-reason"), QStringLiteral("Timer_ConnectionIdle")});
    row("server", {QStringLiteral("--server"), QStringLiteral("web02")});
    row("not server", {QStringLiteral("--server"), QStringLiteral("!WEB02")});
    row("ip exact", {ip, QStringLiteral("10.1.2.3")});
    row("ip exact v6", {ip, QStringLiteral("2001:db8:0:0::1")});
    row("ip scoped", {ip, QStringLiteral("fe80::1%13")});
    row("ip unscoped", {ip, QStringLiteral("fe80::1")});
    row("ip block v4", {ip, QStringLiteral("10.1.0.0/16")});
    row("ip block v6", {ip, QStringLiteral("2001:db8::/32")});
    row("ip block mapped", {ip, QStringLiteral("::ffff:0:0/96")});
    row("ip octets", {ip, QStringLiteral("192.168.*")});
    row("ip pattern", {ip, QStringLiteral("10.1.?.*")});
    row("ip pattern v6", {ip, QStringLiteral("fe80:*")});
    row("ip text", {ip, QStringLiteral("NOT-an-address")});
    row("ip negation", {ip, QStringLiteral("!10.0.0.0/8")});
    row("ip list", {ip, QStringLiteral("::1, 172.16.0.5, !10.1.2.3, 2001:db9::/32")});
    row("ip any but", {ip, QStringLiteral("*, !fe80::1")});
    row("url substring", {url, QStringLiteral("LOGIN")});
    row("url unicode", {url, QStringLiteral("CAFÉ")});
    row("url wildcard", {url, QStringLiteral("*.php*")});
    row("url wildcard one", {url, QStringLiteral("/api/v?/*")});
    row("url regex", {url, QStringLiteral("re:^/api/v[12]/(items|orders)")});
    row("url negation", {url, QStringLiteral("!/api/")});
    row("url backslash", {url, QStringLiteral("\\with\\")});
    row("url quote", {url, QStringLiteral("it's")});
    row("from", {QStringLiteral("--from"), QStringLiteral("2026-03-10T09:00:00Z")});
    row("to", {QStringLiteral("--to"), QStringLiteral("2026-03-10 08:59:59")});
    row("from to", {QStringLiteral("--from"), QStringLiteral("2026-03-10T08:30:00"),
                    QStringLiteral("--to"), QStringLiteral("2026-03-10T09:45:00")});
    row("combined", {QStringLiteral("--reason"), QStringLiteral("Connection_Dropped"), ip,
                     QStringLiteral("10.0.0.0/8,::1"), url, QStringLiteral("!health"),
                     QStringLiteral("--server"), QStringLiteral("WEB01,WEB02"),
                     QStringLiteral("--from"), QStringLiteral("2026-03-10T08:10:00")});
    row("nothing passes", {QStringLiteral("--reason"), QStringLiteral("NoSuchReason")});
}

void TestClickHouseCli::summaryEqualsFiles()
{
    QFETCH(QStringList, filter);
    const QByteArray files = filesSummary(filter);
    QVERIFY2(files.startsWith('{'), files.constData());
    QCOMPARE(databaseSummary(filter), files);
}

void TestClickHouseCli::textSummaryEqualsFiles()
{
    const QByteArray files = filesSummary({}, false);
    QVERIFY(files.contains("Spikes:"));
    QCOMPARE(databaseSummary({}, false), files);
    const QStringList filter{QStringLiteral("--client-ip"), QStringLiteral("10.1.*")};
    QCOMPARE(databaseSummary(filter, false), filesSummary(filter, false));
}

void TestClickHouseCli::exportEqualsFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("filter");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringList();
    QTest::newRow("log") << QStringLiteral("log") << QStringList();
    QTest::newRow("jsonl filtered")
        << QStringLiteral("jsonl")
        << QStringList{QStringLiteral("--url"), QStringLiteral("re:[;']"),
                       QStringLiteral("--server"), QStringLiteral("WEB02")};
}

void TestClickHouseCli::exportEqualsFiles()
{
    QFETCH(QString, format);
    QFETCH(QStringList, filter);
    const QStringList args = QStringList{QStringLiteral("--export"), QStringLiteral("-"),
                                         QStringLiteral("--format"), format}
                             + filter;
    const ViewerRun files = runViewer(args + m_folders, false);
    const ViewerRun database =
        runViewer(args + QStringList{m_servers.url(1, m_database, true)}, false);
    QCOMPARE(files.exitCode, 0);
    QVERIFY2(database.exitCode == 0, database.err.constData());
    QVERIFY(files.out.size() > 1000);
    QCOMPARE(database.out, files.out);
}

void TestClickHouseCli::hostileUrlFilterChangesNothing()
{
    // Quotes, backslashes, semicolons and SQL words: each one a literal of the query.
    const QStringList hostile{
        QStringLiteral("x';DROP TABLE httperr_rows;--"),
        QStringLiteral("';DROP%20TABLE%20httperr_rows;--"),
        QStringLiteral("\\'; SELECT 1; --"),
        QStringLiteral("' OR 1=1 OR '"),
        QStringLiteral("re:\\\\with"),
        QStringLiteral("*\\*"),
        QStringLiteral("!' OR ''='"),
    };
    for (const QString &value : hostile) {
        const QStringList filter{QStringLiteral("--url"), value};
        const QByteArray files = filesSummary(filter);
        QVERIFY2(files.startsWith('{'), files.constData());
        QCOMPARE(databaseSummary(filter), files);
    }
    // Found rows: the URL with the quote and semicolons is there, and is found as text.
    const QJsonObject found =
        QJsonDocument::fromJson(
            databaseSummary({QStringLiteral("--url"), QStringLiteral("x';DROP%20TABLE")}))
            .object();
    QVERIFY(found.value(QStringLiteral("rows")).toInteger() > 0);
    QCOMPARE(storedRows(0), m_rows[0]);
    QCOMPARE(storedRows(1), m_rows[1]);
}

void TestClickHouseCli::oneShardAlone()
{
    // Without ?cluster= a server answers for its own shard: WEB01's rows only.
    const ViewerRun run = runViewer(
        {QStringLiteral("--summary"), QStringLiteral("--json"), m_servers.url(0, m_database)},
        false);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject servers = run.json().value(QStringLiteral("servers")).toObject();
    QCOMPARE(servers.keys(), QStringList{QStringLiteral("WEB01")});
}

void TestClickHouseCli::password()
{
    const QString url = m_servers.url(0, m_database, false, QStringLiteral("alice"));
    const QString variable = QStringLiteral("HTTPERR_CLICKHOUSE_PASSWORD");
    const ViewerRun right = runViewer({QStringLiteral("--summary"), url}, false, {},
                                      {{variable, QStringLiteral("s3cr'et;\\\"")}});
    QVERIFY2(right.exitCode == 0, right.err.constData());
    const QByteArray rows = "Rows: " + QByteArray::number(m_rows[0]);
    QVERIFY(right.out.contains(rows));
    const ViewerRun wrong = runViewer({QStringLiteral("--summary"), url}, false, {},
                                      {{variable, QStringLiteral("guess")}});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("refused the user or password"), wrong.err.constData());
    QVERIFY2(!wrong.err.contains("guess"), wrong.err.constData());
    // Never on the command line.
    const ViewerRun inUrl = runViewer(
        {QStringLiteral("--summary"),
         QStringLiteral("clickhouse://alice:pw@127.0.0.1:%1/db").arg(m_servers.httpPorts[0])},
        false);
    QCOMPARE(inUrl.exitCode, 2);
    QVERIFY(inUrl.err.contains("HTTPERR_CLICKHOUSE_PASSWORD"));
}

void TestClickHouseCli::refusedConnection()
{
    // A port nothing listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString url = QStringLiteral("clickhouse://127.0.0.1:%1/db").arg(port);
    for (const QStringList &args : {QStringList{QStringLiteral("--summary"), url},
                                    QStringList{QStringLiteral("--ingest"), url, m_folders[0]}}) {
        const ViewerRun run = runViewer(args, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("connection was refused"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
}

void TestClickHouseCli::tls()
{
    if (m_servers.httpsPort == 0)
        QSKIP("no HTTPS server: openssl was not there when the fixture started the servers");
    // The first shard's HTTPS port, trusted through the certificate the fixture made; the
    // cluster's other shard is reached by the first over its own (TCP) port.
    const QString url = QStringLiteral("clickhouses://127.0.0.1:%1/%2?cluster=%3")
                            .arg(m_servers.httpsPort)
                            .arg(m_database, m_servers.cluster);
    const QList<QPair<QString, QString>> trust{
        {QStringLiteral("HTTPERR_CLICKHOUSE_CA"), m_servers.caFile}};
    const ViewerRun run =
        runViewer({QStringLiteral("--summary"), QStringLiteral("--json"), url}, false, {}, trust);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, filesSummary({}));
    const ViewerRun dropped =
        runViewer({QStringLiteral("--summary"), QStringLiteral("--json"),
                   QStringLiteral("--reason"), QStringLiteral("Connection_Dropped"), url},
                  false, {}, trust);
    QCOMPARE(dropped.out,
             filesSummary({QStringLiteral("--reason"), QStringLiteral("Connection_Dropped")}));
    // Without the certificate the server is not trusted: a clear message, nothing sent.
    const ViewerRun untrusted = runViewer({QStringLiteral("--summary"), url}, false);
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY2(untrusted.err.contains("secure connection"), untrusted.err.constData());
    // Plain HTTP to the HTTPS port is no answer either.
    const ViewerRun plain = runViewer(
        {QStringLiteral("--summary"),
         QStringLiteral("clickhouse://127.0.0.1:%1/%2").arg(m_servers.httpsPort).arg(m_database)},
        false);
    QCOMPARE(plain.exitCode, 1);
}

void TestClickHouseCli::serverError()
{
    // A database that is not there: ClickHouse's own words, without its stack of codes.
    const ViewerRun run = runViewer(
        {QStringLiteral("--summary"), m_servers.url(0, QStringLiteral("no_such_database_here"))},
        false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("ClickHouse answered with an error"), run.err.constData());
    QVERIFY2(run.err.contains("no_such_database_here"), run.err.constData());
    QVERIFY(!run.err.contains("e.what()"));
}

// A server that takes the connection and the query, then goes away without answering.
class VanishingServer : public QThread
{
public:
    quint16 port = 0;
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        port = server.serverPort();
        m_ready.release();
        for (int i = 0; i < 2 && server.waitForNewConnection(20000); ++i) {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->waitForReadyRead(5000);
            socket->abort();
            delete socket;
        }
    }
    void waitReady() { m_ready.acquire(); }

private:
    QSemaphore m_ready;
};

void TestClickHouseCli::serverDisappears()
{
    VanishingServer server;
    server.start();
    server.waitReady();
    const ViewerRun run =
        runViewer({QStringLiteral("--summary"),
                   QStringLiteral("clickhouse://127.0.0.1:%1/db").arg(server.port)},
                  false);
    server.wait();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("was lost during the query"), run.err.constData());
}

void TestClickHouseCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString url = QStringLiteral("clickhouse://127.0.0.1:1/db");
    QTest::newRow("no files") << QStringList{QStringLiteral("--ingest"), url}
                              << QStringLiteral("needs files");
    QTest::newRow("stdin") << QStringList{QStringLiteral("--ingest"), url, QStringLiteral("-")}
                           << QStringLiteral("standard input");
    QTest::newRow("with summary") << QStringList{QStringLiteral("--ingest"), url,
                                                 QStringLiteral("--summary"), QStringLiteral("x")}
                                  << QStringLiteral("goes alone");
    QTest::newRow("bad database") << QStringList{QStringLiteral("--summary"),
                                                 QStringLiteral("clickhouse://h/db;drop")}
                                  << QStringLiteral("names no database");
    QTest::newRow("bad cluster") << QStringList{QStringLiteral("--summary"),
                                                QStringLiteral("clickhouse://h/db?cluster=a'b")}
                                 << QStringLiteral("not a cluster name");
    QTest::newRow("url and file") << QStringList{QStringLiteral("--summary"), url,
                                                 QStringLiteral("x.log")}
                                  << QStringLiteral("opened alone");
    QTest::newRow("follow") << QStringList{QStringLiteral("--follow"), url}
                            << QStringLiteral("--follow reads files");
}

void TestClickHouseCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ViewerRun run = runViewer(args, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(TestClickHouseCli)
#include "tst_clickhousecli.moc"
