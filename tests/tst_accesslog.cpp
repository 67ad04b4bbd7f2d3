// IIS access logs: AccessLogParser line by line, the RequestStore, and loads of folders and
// zips holding access logs beside httperr logs (generated pairs, accesslogpair.h).

#include "accesslogpair.h"
#include "accesslogparser.h"
#include "archivefixture.h"
#include "directloader.h"
#include "loadjob.h"
#include "requeststore.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

using Code = LogProblem::Code;
using RequestField::Number;
using RequestField::Text;

namespace {
QString codeName(Code code)
{
    switch (code) {
    case Code::FieldCount:
        return QStringLiteral("FieldCount");
    case Code::BadTimestamp:
        return QStringLiteral("BadTimestamp");
    case Code::FieldsNoTime:
        return QStringLiteral("FieldsNoTime");
    case Code::CutShort:
        return QStringLiteral("CutShort");
    case Code::BadNumber:
        return QStringLiteral("BadNumber");
    case Code::NoAccessFields:
        return QStringLiteral("NoAccessFields");
    case Code::NoTimeTaken:
        return QStringLiteral("NoTimeTaken");
    case Code::UnknownFields:
        return QStringLiteral("UnknownFields");
    case Code::ForeignBlock:
        return QStringLiteral("ForeignBlock");
    default:
        return QString::number(int(code));
    }
}

// "line code detail" per problem.
QStringList described(const std::vector<LogProblem> &problems)
{
    QStringList out;
    for (const LogProblem &p : problems)
        out << QStringLiteral("%1 %2 %3").arg(p.line).arg(codeName(p.code), p.detail).trimmed();
    return out;
}

QByteArray lines(std::initializer_list<const char *> list)
{
    QByteArray out;
    for (const char *line : list)
        out += QByteArray(line) + "\r\n";
    return out;
}

const char *kSoftware = "#Software: Microsoft Internet Information Services 10.0";
const char *kDefault = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                       "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
                       "sc-win32-status time-taken";

// A number as the tests write it: -1 for none.
qint64 shown(uint32_t value)
{
    return value == RequestField::NoNumber ? -1 : qint64(value);
}

// Every row of `store` as "time url status.substatus win32 time-taken client".
QStringList rowsOf(const RequestStore &store)
{
    QStringList out;
    for (size_t r = 0; r < store.rowCount(); ++r) {
        out << QStringLiteral("%1 %2 %3.%4 %5 %6 %7")
                   .arg(store.time(r) - AccessLogPair::Day0)
                   .arg(QString::fromUtf8(store.text(Text::UriStem, r).data(),
                                          qsizetype(store.text(Text::UriStem, r).size())))
                   .arg(shown(store.number(Number::Status, r)))
                   .arg(shown(store.number(Number::Substatus, r)))
                   .arg(shown(store.number(Number::Win32Status, r)))
                   .arg(shown(store.number(Number::TimeTaken, r)))
                   .arg(QString::fromUtf8(store.text(Text::ClientIp, r).data(),
                                          qsizetype(store.text(Text::ClientIp, r).size())));
    }
    return out;
}

class RequestSink final : public LoadSink
{
public:
    explicit RequestSink(bool wanted = true)
        : m_wanted(wanted)
    {}
    void filesResolved(const LogFileSet &files) override { requests.setFileSet(files); }
    void batchReady(LogBatchPtr batch) override { httperrRows += batch->rowCount(); }
    bool wantsRequests() const override { return m_wanted; }
    void requestBatchReady(RequestBatchPtr batch) override
    {
        requests.append(*batch);
        malformed += batch->malformed;
        problems.insert(problems.end(), batch->problems.begin(), batch->problems.end());
    }
    void problemFound(const LogProblem &problem) override { problems.push_back(problem); }
    void progressChanged(qint64, qint64) override {}
    bool isCancelled() const override { return false; }

    RequestStore requests;
    std::vector<LogProblem> problems;
    uint64_t malformed = 0;
    uint64_t httperrRows = 0;

private:
    bool m_wanted;
};
} // namespace

class TestAccessLog : public QObject
{
    Q_OBJECT

private slots:
    void parser_data();
    void parser();
    void piecesGiveTheSameRows();
    void storeSortsServersByTime();
    void folderWithBothKinds();
    void zipWithBothKinds();
    void refusedWhenNotWanted();
    void serversOfOneMachine();
};

void TestAccessLog::parser_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("malformed");

    QTest::newRow("default fields")
        << lines({kSoftware, "#Version: 1.0", "#Date: 2026-03-10 00:00:00", kDefault,
                  "2026-03-10 00:00:01 10.0.0.1 GET /index.htm - 443 - 10.0.0.2 "
                  "Mozilla/5.0+(X11) - 200 0 0 15",
                  "2026-03-10 00:02:05 10.0.0.1 POST /reports/daily.aspx a=1 443 bob 10.0.0.3 "
                  "curl/8.0 - 200 0 64 125003"})
        << QStringList{u"1 /index.htm 200.0 0 15 10.0.0.2"_s,
                       u"125 /reports/daily.aspx 200.0 64 125003 10.0.0.3"_s}
        << QStringList() << 0;
    QTest::newRow("a subset in another order")
        << lines({"#Fields: time date c-ip sc-status cs-uri-stem time-taken",
                  "00:00:09 2026-03-10 10.0.0.4 503 /api 30"})
        << QStringList{u"9 /api 503.-1 -1 30 10.0.0.4"_s} << QStringList() << 0;
    QTest::newRow("two header blocks, fields changed")
        << lines({kSoftware, kDefault,
                  "2026-03-10 00:00:01 10.0.0.1 GET /a - 443 - 10.0.0.2 UA - 200 0 0 15", kSoftware,
                  "#Fields: date time cs-uri-stem sc-status sc-substatus sc-win32-status "
                  "time-taken c-ip",
                  "2026-03-10 00:00:02 /b 503 2 1236 120500 10.0.0.9"})
        << QStringList{u"1 /a 200.0 0 15 10.0.0.2"_s, u"2 /b 503.2 1236 120500 10.0.0.9"_s}
        << QStringList() << 0;
    QTest::newRow("no time-taken")
        << lines({kSoftware, "#Fields: date time cs-uri-stem sc-status",
                  "2026-03-10 00:00:03 /a 200", "2026-03-10 00:00:04 /b 500"})
        << QStringList{u"3 /a 200.-1 -1 -1 "_s, u"4 /b 500.-1 -1 -1 "_s}
        << QStringList{u"2 NoTimeTaken"_s} << 0;
    QTest::newRow("time-taken not a number")
        << lines({kSoftware, "#Fields: date time cs-uri-stem sc-status time-taken",
                  "2026-03-10 00:00:03 /a 200 12", "2026-03-10 00:00:04 /b 200 1.5s",
                  "2026-03-10 00:00:05 /c 200 99999999999"})
        << QStringList{u"3 /a 200.-1 -1 12 "_s}
        << QStringList{u"4 BadNumber time-taken"_s, u"5 BadNumber time-taken"_s} << 2;
    QTest::newRow("fields IIS does not write")
        << lines({kSoftware, "#Fields: date time cs-uri-stem X-Forwarded-For my-field time-taken",
                  "2026-03-10 00:00:03 /a 10.1.1.1 x 7"})
        << QStringList{u"3 /a -1.-1 -1 7 "_s}
        << QStringList{u"2 UnknownFields X-Forwarded-For, my-field"_s} << 0;
    QTest::newRow("no date and time")
        << lines({kSoftware, "#Fields: s-ip cs-uri-stem time-taken", "10.0.0.1 /a 5"})
        << QStringList() << QStringList{u"3 FieldsNoTime"_s} << 1;
    QTest::newRow("line before any #Fields")
        << lines({kSoftware, "2026-03-10 00:00:03 /a 7", kDefault}) << QStringList()
        << QStringList{u"2 NoAccessFields"_s} << 1;
    QTest::newRow("field count and bad date")
        << lines({"#Fields: date time cs-uri-stem time-taken", "2026-03-10 00:00:03 /a",
                  "2026-03-32 00:00:03 /a 4", "2026-03-10 00:00:04 /b 5"})
        << QStringList{u"4 /b -1.-1 -1 5 "_s} << QStringList{u"2 FieldCount"_s, u"3 BadTimestamp"_s}
        << 2;
    QTest::newRow("an httperr block inside is skipped")
        << lines({kSoftware, "#Fields: date time cs-uri-stem time-taken",
                  "2026-03-10 00:00:03 /a 4", "#Software: Microsoft HTTP API 2.0",
                  "#Fields: date time c-ip cs-uri s-reason", "2026-03-10 00:00:04 1.2.3.4 /x Timer",
                  kSoftware, "#Fields: date time cs-uri-stem time-taken",
                  "2026-03-10 00:00:05 /b 6"})
        << QStringList{u"3 /a -1.-1 -1 4 "_s, u"5 /b -1.-1 -1 6 "_s} << QStringList() << 0;
}

void TestAccessLog::parser()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, problems);
    QFETCH(int, malformed);
    AccessLogParser parser(0, QStringLiteral("u_ex260310.log"));
    RequestBatch batch;
    parser.parse(bytes.constData(), size_t(bytes.size()), batch);
    RequestStore store;
    store.append(batch);
    QCOMPARE(rowsOf(store), rows);
    QCOMPARE(described(batch.problems), problems);
    QCOMPARE(batch.malformed, uint64_t(malformed));
    QCOMPARE(parser.counts().rows, uint64_t(rows.size()));
}

void TestAccessLog::piecesGiveTheSameRows()
{
    // Read in 100-byte blocks on both cores, the hourly header blocks fall in any piece.
    AccessLogPair::Scenario scenario;
    scenario.stalls.push_back(
        {AccessLogPair::Day0 + 9 * 3600 + 1800, 60, "/reports/daily.aspx", 127, 64, 125000, 300});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u_ex260310.log"));
    QVERIFY(writeFile(path, AccessLogPair::accessLog(scenario)));
    QStringList expected;
    for (const qint64 block : {qint64(1) << 20, qint64(100), qint64(4096)}) {
        LoadJob job({path});
        job.setBlockSizes(block, block);
        RequestSink sink;
        job.run(sink);
        // 3 hours of one request every 10 s, and the stall.
        QCOMPARE(sink.requests.rowCount(), size_t(1080 + 127));
        QCOMPARE(sink.malformed, uint64_t(0));
        QCOMPARE(described(sink.problems), QStringList());
        QCOMPARE(sink.httperrRows, uint64_t(0));
        const QStringList rows = rowsOf(sink.requests);
        if (expected.isEmpty())
            expected = rows;
        QCOMPARE(rows, expected);
        QCOMPARE(sink.requests.line(0), uint32_t(5));
        QCOMPARE(sink.requests.line(sink.requests.rowCount() - 1), uint32_t(1080 + 127 + 3 * 4));
    }
    QCOMPARE(expected.first(), QStringLiteral("28800 /home.aspx 200.0 0 15 192.168.1.1"));
    QCOMPARE(expected.filter(QStringLiteral(" 64 125000 ")).size(), 127);
}

void TestAccessLog::storeSortsServersByTime()
{
    RequestBatch a;
    a.fileIndex = 0;
    RequestBatch b;
    b.fileIndex = 1;
    for (int i = 0; i < 3; ++i) {
        for (RequestBatch *batch : {&a, &b}) {
            batch->times.push_back(100 + 2 * i + (batch == &b ? 1 : 0));
            batch->lines.push_back(uint32_t(i + 1));
            for (auto &column : batch->texts)
                column.ids.push_back(0);
            for (auto &column : batch->numbers)
                column.push_back(uint32_t(batch == &b ? 500 : 200));
        }
    }
    a.text(Text::UriStem).ids[1] = a.text(Text::UriStem).pool.intern("/a1");
    b.text(Text::UriStem).ids[2] = b.text(Text::UriStem).pool.intern("/b2");
    b.namedNumber[size_t(Number::Status)] = true;
    RequestStore store;
    store.append(a);
    store.append(b);
    store.sortByTime();
    QCOMPARE(store.times(), (std::vector<int64_t>{100, 101, 102, 103, 104, 105}));
    QCOMPARE(store.firstTime(), int64_t(100));
    QCOMPARE(store.lastTime(), int64_t(105));
    QCOMPARE(store.number(Number::Status, 1), uint32_t(500));
    QCOMPARE(store.fileIndex(5), uint32_t(1));
    QCOMPARE(store.line(5), uint32_t(3));
    QCOMPARE(store.text(Text::UriStem, 2), std::string_view("/a1"));
    QCOMPARE(store.text(Text::UriStem, 5), std::string_view("/b2"));
    QCOMPARE(store.fileCount(), size_t(2));
    QVERIFY(store.has(Number::Status));
    QVERIFY(!store.has(Number::TimeTaken));
}

void TestAccessLog::folderWithBothKinds()
{
    // Two servers, each with an httperr log and an access log; WEB02 had a stall.
    AccessLogPair::Scenario quiet;
    AccessLogPair::Scenario stalled;
    stalled.stalls.push_back(
        {AccessLogPair::Day0 + 9 * 3600, 60, "/reports/daily.aspx", 127, 64, 125000, 300});
    stalled.stalls.push_back(
        {AccessLogPair::Day0 + 10 * 3600, 30, "/api/export", 40, 1236, 180000, 100});
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("WEB01/LogFiles/HTTPERR")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("WEB01/LogFiles/W3SVC1")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("WEB02/LogFiles/HTTPERR")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("WEB02/LogFiles/W3SVC1")));
    const auto path = [&dir](const char *p) { return dir.filePath(QString::fromLatin1(p)); };
    QVERIFY(
        writeFile(path("WEB01/LogFiles/HTTPERR/httperr1.log"), AccessLogPair::httpErrLog(quiet)));
    QVERIFY(
        writeFile(path("WEB01/LogFiles/W3SVC1/u_ex260310.log"), AccessLogPair::accessLog(quiet)));
    QVERIFY(
        writeFile(path("WEB02/LogFiles/HTTPERR/httperr1.log"), AccessLogPair::httpErrLog(stalled)));
    QVERIFY(
        writeFile(path("WEB02/LogFiles/W3SVC1/u_ex260310.log"), AccessLogPair::accessLog(stalled)));

    DirectLoader::Result httperrOnly;
    DirectLoader::load({path("WEB01/LogFiles/HTTPERR"), path("WEB02/LogFiles/HTTPERR")},
                       httperrOnly);
    DirectLoader::Result both;
    DirectLoader::load({dir.path()}, both);

    // The httperr rows are the same with or without the access logs beside them.
    QCOMPARE(both.store.rowCount(), size_t(2 * 180 + 300 + 100));
    QCOMPARE(both.store.rowCount(), httperrOnly.store.rowCount());
    QCOMPARE(both.store.times(), httperrOnly.store.times());
    QCOMPARE(both.malformed, uint64_t(0));
    QCOMPARE(both.requestsMalformed, uint64_t(0));
    QCOMPARE(described(both.problems), QStringList());

    const RequestStore &requests = both.requests;
    QCOMPARE(requests.rowCount(), size_t(2 * 1080 + 127 + 40));
    QCOMPARE(requests.fileCount(), size_t(2));
    QCOMPARE(requests.firstTime(), quiet.from);
    QCOMPARE(requests.lastTime(), quiet.to - 10);
    QVERIFY(std::is_sorted(requests.times().begin(), requests.times().end()));
    const LogFileSet &files = requests.fileSet();
    QCOMPARE(files.serverNames(), (QStringList{u"WEB01"_s, u"WEB02"_s}));
    std::map<QString, int> perServer;
    std::map<uint32_t, int> win32;
    int slow = 0;
    for (size_t r = 0; r < requests.rowCount(); ++r) {
        ++perServer[files.serverName(requests.serverOf(r))];
        ++win32[requests.number(Number::Win32Status, r)];
        slow += requests.number(Number::TimeTaken, r) >= 110000;
    }
    QCOMPARE(perServer,
             (std::map<QString, int>{{u"WEB01"_s, 1080}, {u"WEB02"_s, 1080 + 127 + 40}}));
    // 404s (win32 2) are every 50th normal request: 21 in 1080.
    QCOMPARE(win32,
             (std::map<uint32_t, int>{{0, 2 * (1080 - 21)}, {2, 2 * 21}, {64, 127}, {1236, 40}}));
    QCOMPARE(slow, 127 + 40);
}

void TestAccessLog::zipWithBothKinds()
{
    AccessLogPair::Scenario scenario;
    scenario.stalls.push_back(
        {AccessLogPair::Day0 + 9 * 3600, 60, "/reports/daily.aspx", 50, 64, 125000, 80});
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("bundle.zip"));
    QVERIFY(ArchiveFixture::writeZip(
        zip,
        {{QStringLiteral("LogFiles/HTTPERR/httperr1.log"), AccessLogPair::httpErrLog(scenario)},
         {QStringLiteral("LogFiles/W3SVC1/u_ex260310.log"), AccessLogPair::accessLog(scenario)}}));
    DirectLoader::Result loaded;
    DirectLoader::load({zip}, loaded);
    QCOMPARE(loaded.store.rowCount(), size_t(180 + 80));
    QCOMPARE(loaded.requests.rowCount(), size_t(1080 + 50));
    QCOMPARE(described(loaded.problems), QStringList());
    // One machine's logs: one server for both kinds.
    QCOMPARE(loaded.requests.fileSet().serverCount(), 1);
    QCOMPARE(loaded.requests.serverOf(0), loaded.store.serverOf(0));
}

void TestAccessLog::refusedWhenNotWanted()
{
    // A sink that does not read access logs (the window, for now) sees them refused as before.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u_ex260310.log"));
    QVERIFY(writeFile(path, AccessLogPair::accessLog({})));
    LoadJob job({path});
    RequestSink sink(false);
    job.run(sink);
    QCOMPARE(sink.requests.rowCount(), size_t(0));
    QCOMPARE(sink.problems.size(), size_t(1));
    QCOMPARE(sink.problems.front().code, Code::NotHttpErr);
    QCOMPARE(sink.problems.front().detail, QStringLiteral("IIS access log"));
}

void TestAccessLog::serversOfOneMachine()
{
    // HTTPERR beside W3SVC1 and W3SVC2 of one machine: one server, named for the machine.
    const QString root = QStringLiteral("/bundle/WEB07/LogFiles/");
    const LogFileSet set =
        LogFileSet::build({QStringLiteral("/bundle/WEB07")},
                          {root + u"HTTPERR/httperr1.log"_s, root + u"W3SVC1/u_ex260310.log"_s,
                           root + u"W3SVC2/u_ex260310.log"_s});
    QCOMPARE(set.serverNames(), QStringList{u"WEB07"_s});
    QCOMPARE(set.relativePath(1), QStringLiteral("WEB07/LogFiles/W3SVC1/u_ex260310.log"));
}

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
