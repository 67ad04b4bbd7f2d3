// The window's side of IIS access logs: LogSession reads them beside httperr files into its
// RequestLog (never into the table's rows), puts the rows of several servers in time order off
// the GUI thread and ends the load only when both kinds are in order.

#include "accesslogpair.h"
#include "logsession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

AccessLogPair::Scenario oneHour(int64_t offset, int stalled, int dropped)
{
    AccessLogPair::Scenario s;
    s.from = AccessLogPair::Day0 + 8 * 3600 + offset;
    s.to = s.from + 3600; // 360 normal requests, 60 idle-timeout rows
    if (stalled > 0 || dropped > 0) {
        AccessLogPair::Stall stall;
        stall.start = s.from + 1800;
        stall.requests = stalled;
        stall.dropped = dropped;
        s.stalls.push_back(stall);
    }
    return s;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One server's httperr log of 08:00-09:00 and its access log `accessShift` seconds later, named
// `accessName`, loaded into `session`.
bool loadOneServer(LogSession &session, const QTemporaryDir &dir, const QString &accessName,
                   int64_t accessShift)
{
    if (!write(dir.filePath(QStringLiteral("WEB01/") + accessName),
               AccessLogPair::accessLog(oneHour(accessShift, 0, 0)))
        || !write(dir.filePath(QStringLiteral("WEB01/httperr1.log")),
                  AccessLogPair::httpErrLog(oneHour(0, 0, 0))))
        return false;
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open({dir.path()});
    return finished.wait(20000);
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsBesideHttpErr_data();
    void loadsBesideHttpErr();
    void reopenDropsOldRequests();
    void renamesServers();
    void accessLogsOfAnotherDay();
};

void TestRequestLog::loadsBesideHttpErr_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<bool>("withHttpErr");
    QTest::addColumn<int>("stalled");
    QTest::addColumn<qulonglong>("requestRows");
    QTest::addColumn<qulonglong>("httpErrRows");
    QTest::addColumn<int>("files");
    // One server: 360 normal requests (one each 10 s for an hour) plus the stalled ones.
    QTest::newRow("access log only") << 1 << false << 0 << 360ull << 0ull << 1;
    QTest::newRow("pair") << 1 << true << 40 << 400ull << 85ull << 2;
    // Two servers 5 s apart: their rows interleave and are put in time order on a worker.
    QTest::newRow("two servers") << 2 << true << 10 << 740ull << 170ull << 4;
}

void TestRequestLog::loadsBesideHttpErr()
{
    QFETCH(int, servers);
    QFETCH(bool, withHttpErr);
    QFETCH(int, stalled);
    QFETCH(qulonglong, requestRows);
    QFETCH(qulonglong, httpErrRows);
    QFETCH(int, files);

    QTemporaryDir dir;
    for (int s = 0; s < servers; ++s) {
        const AccessLogPair::Scenario scenario = oneHour(s * 5, stalled, withHttpErr ? 25 : 0);
        const QString server = dir.filePath(QStringLiteral("WEB0%1").arg(s + 1));
        QVERIFY(write(server + QStringLiteral("/W3SVC1/u_ex260310.log"),
                      AccessLogPair::accessLog(scenario)));
        if (withHttpErr)
            QVERIFY(write(server + QStringLiteral("/HTTPERR/httperr1.log"),
                          AccessLogPair::httpErrLog(scenario)));
    }

    LogSession session;
    QSignalSpy finished(&session, &LogSession::loadFinished);
    QSignalSpy ready(session.requests(), &RequestLog::ready);
    session.open({dir.path()});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(ready.count(), 1);
    QVERIFY(session.requests()->isReady());

    const RequestStore &requests = session.requests()->store();
    QCOMPARE(qulonglong(requests.rowCount()), requestRows);
    QCOMPARE(qulonglong(session.tableModel()->store().rowCount()), httpErrRows);
    QCOMPARE(session.files().size(), files);
    QCOMPARE(session.problemModel()->rowCount(), 0); // no access log refused
    QCOMPARE(session.malformedCount(), 0ull);
    QCOMPARE(qulonglong(requests.fileCount()), qulonglong(servers));
    QCOMPARE(requests.fileSet().serverCount(), servers);
    for (size_t r = 1; r < requests.rowCount(); ++r)
        QVERIFY2(requests.time(r - 1) <= requests.time(r), qPrintable(QString::number(r)));
    QCOMPARE(requests.time(0), AccessLogPair::Day0 + 8 * 3600);
    QCOMPARE(requests.text(RequestField::Text::UriStem, 0), std::string_view("/home.aspx"));
    // The stalled requests of the first server: 125 s, win32 64, to one URL.
    size_t stalls = 0;
    for (size_t r = 0; r < requests.rowCount(); ++r) {
        if (requests.number(RequestField::Number::Win32Status, r) == 64) {
            ++stalls;
            QCOMPARE(requests.number(RequestField::Number::TimeTaken, r), 125000u);
            QCOMPARE(requests.text(RequestField::Text::UriStem, r),
                     std::string_view("/reports/daily.aspx"));
        }
    }
    QCOMPARE(stalls, size_t(stalled * servers));
}

void TestRequestLog::reopenDropsOldRequests()
{
    QTemporaryDir first;
    QTemporaryDir second;
    for (int s = 0; s < 2; ++s) // two servers: the first load's rows go to the worker
        QVERIFY(write(first.filePath(QStringLiteral("WEB0%1/u_ex260310.log").arg(s + 1)),
                      AccessLogPair::accessLog(oneHour(s * 5, 0, 0))));
    QVERIFY(write(second.filePath(QStringLiteral("u_ex260311.log")),
                  AccessLogPair::accessLog(oneHour(7200, 3, 0))));

    LogSession session;
    QSignalSpy finished(&session, &LogSession::loadFinished);
    QSignalSpy resets(session.requests(), &RequestLog::resetDone);
    session.open({first.path()});
    QVERIFY(finished.wait(20000));
    QCOMPARE(session.requests()->rowCount(), size_t(720));
    // Open, clear; then to the worker and back.
    QCOMPARE(resets.count(), 3);

    session.open({first.path()});
    session.open({second.path()}); // while the first is still loading or being ordered
    QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), 20000);
    QTest::qWait(50); // a stale sort result, had it been kept, would arrive now
    QCOMPARE(session.requests()->rowCount(), size_t(363));
    QCOMPARE(session.requests()->store().time(0), AccessLogPair::Day0 + 10 * 3600);
    QVERIFY(session.requests()->isReady());
}

void TestRequestLog::renamesServers()
{
    QTemporaryDir dir;
    LogSession session;
    QVERIFY(loadOneServer(session, dir, QStringLiteral("u_ex260310.log"), 0));
    QSignalSpy renamed(session.requests(), &RequestLog::serversChanged);
    QVERIFY(session.renameServer(0, QStringLiteral("Front end")));
    QCOMPARE(renamed.count(), 1);
    const RequestStore &requests = session.requests()->store();
    QCOMPARE(requests.fileSet().serverName(requests.serverOf(0)), QStringLiteral("Front end"));
}

void TestRequestLog::accessLogsOfAnotherDay()
{
    // The httperr log of 08:00-09:00, the access log of the next day: said when loading.
    QTemporaryDir dir;
    LogSession session;
    QVERIFY(loadOneServer(session, dir, QStringLiteral("u_ex260311.log"), 86400));
    QCOMPARE(session.requests()->rowCount(), size_t(360));
    ProblemListModel *problems = session.problemModel();
    QCOMPARE(problems->rowCount(), 1);
    const LogProblem &p = problems->problem(0);
    QCOMPARE(p.code, LogProblem::Code::NoOverlap);
    QCOMPARE(QFileInfo(p.path).fileName(), QStringLiteral("u_ex260311.log"));
    QCOMPARE(p.detail, QStringLiteral("2026-03-11T08:00:00Z – 2026-03-11T08:59:50Z\n"
                                      "2026-03-10T08:00:00Z – 2026-03-10T08:59:00Z"));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
