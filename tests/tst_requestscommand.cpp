// `--summary` on httperr logs with the IIS access logs of the same servers beside them
// (generated pairs, accesslogpair.h): the requests' totals, each spike's evidence with exact
// counts, --slow-seconds, and the httperr part exactly as without the access logs.
#include "accesslogpair.h"
#include "testfiles.h"
#include "viewerrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AccessLogPair::Scenario)
using AccessLogPair::Day0;

// What --export --requests writes for the two access logs of exportRequests().
// The time split in two, the access-log fields in a fixed order, then where each row came from.
#define EXPECTED_CSV                                                                               \
    "date,time,s-ip,cs-method,cs-uri-stem,cs-uri-query,cs-username,c-ip,cs(user-agent),s-port,"    \
    "sc-status,sc-substatus,sc-win32-status,time-taken,server,file,line\r\n"                       \
    "2026-03-10,09:00:01,-,GET,/home.aspx,-,-,fe80::1%13,-,-,503,2,0,15,WEB02,"                    \
    "DIR/WEB02/u_ex260310.log,3\r\n"                                                               \
    "2026-03-10,09:00:05,10.0.0.10,POST,/reports/daily.aspx,id=7,CONTOSO\\bob,192.168.2.7,"        \
    "Mozilla/5.0+(Windows),443,200,0,64,125000,WEB01,DIR/WEB01/u_ex260310.log,3\r\n"
// The names of Filebeat's IIS access module; time-taken 15 ms is event.duration 15,000,000 ns.
#define EXPECTED_ECS                                                                               \
    "{\"@timestamp\":\"2026-03-10T09:00:01.000Z\",\"http.request.method\":\"GET\","                \
    "\"url.path\":\"/home.aspx\",\"url.extension\":\"aspx\",\"source.address\":\"fe80::1%13\","    \
    "\"source.ip\":\"fe80::1\",\"http.response.status_code\":503,\"iis.access.sub_status\":2,"     \
    "\"iis.access.win32_status\":0,\"event.duration\":15000000,\"event.dataset\":\"iis.access\","  \
    "\"event.module\":\"iis\",\"event.kind\":\"event\",\"event.category\":[\"web\"],"              \
    "\"event.type\":[\"access\"],\"event.outcome\":\"failure\",\"related.ip\":[\"fe80::1\"],"      \
    "\"host.name\":\"WEB02\",\"log.file.path\":\"DIR/WEB02/u_ex260310.log\"}\n"                    \
    "{\"@timestamp\":\"2026-03-10T09:00:05.000Z\",\"destination.address\":\"10.0.0.10\","          \
    "\"destination.ip\":\"10.0.0.10\",\"http.request.method\":\"POST\","                           \
    "\"url.path\":\"/reports/daily.aspx\",\"url.extension\":\"aspx\",\"url.query\":\"id=7\","      \
    "\"user.name\":\"CONTOSO\\\\bob\",\"source.address\":\"192.168.2.7\",\"source.ip\":\"192.168." \
    "2.7\","                                                                                       \
    "\"user_agent.original\":\"Mozilla/5.0+(Windows)\",\"destination.port\":443,"                  \
    "\"http.response.status_code\":200,\"iis.access.sub_status\":0,\"iis.access.win32_status\":"   \
    "64,"                                                                                          \
    "\"event.duration\":125000000000,\"event.dataset\":\"iis.access\",\"event.module\":\"iis\","   \
    "\"event.kind\":\"event\",\"event.category\":[\"web\"],\"event.type\":[\"access\"],"           \
    "\"related.ip\":[\"10.0.0.10\",\"192.168.2.7\"],\"host.name\":\"WEB01\","                      \
    "\"log.file.path\":\"DIR/WEB01/u_ex260310.log\"}\n"

namespace {
// Two servers: WEB01 quiet, WEB02 with the given stalls. Returns the bundle folder.
bool writeBundle(const QTemporaryDir &dir, const AccessLogPair::Scenario &web02,
                 const AccessLogPair::Scenario &web02Access)
{
    const QDir root(dir.path());
    const AccessLogPair::Scenario quiet;
    for (const char *folder : {"WEB01/LogFiles/HTTPERR", "WEB01/LogFiles/W3SVC1",
                               "WEB02/LogFiles/HTTPERR", "WEB02/LogFiles/W3SVC1"}) {
        if (!root.mkpath(QString::fromLatin1(folder)))
            return false;
    }
    return writeFile(root.filePath(u"WEB01/LogFiles/HTTPERR/httperr1.log"_s),
                     AccessLogPair::httpErrLog(quiet))
           && writeFile(root.filePath(u"WEB01/LogFiles/W3SVC1/u_ex260310.log"_s),
                        AccessLogPair::accessLog(quiet))
           && writeFile(root.filePath(u"WEB02/LogFiles/HTTPERR/httperr1.log"_s),
                        AccessLogPair::httpErrLog(web02))
           && writeFile(root.filePath(u"WEB02/LogFiles/W3SVC1/u_ex260310.log"_s),
                        AccessLogPair::accessLog(web02Access));
}

AccessLogPair::Scenario stalled()
{
    AccessLogPair::Scenario s;
    s.stalls.push_back({Day0 + 9 * 3600, 60, "/reports/daily.aspx", 127, 64, 125000, 300});
    s.stalls.push_back({Day0 + 10 * 3600, 30, "/api/export", 40, 1236, 180000, 100});
    return s;
}

QJsonObject summaryOf(const QStringList &arguments)
{
    const ViewerRun run = runViewer(QStringList{u"--summary"_s, u"--json"_s} + arguments);
    return run.exitCode == 0 ? run.json() : QJsonObject();
}

QJsonObject parsed(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// The summary without what the access logs added.
QJsonObject withoutRequests(QJsonObject o)
{
    o.remove(u"requests"_s);
    QJsonArray spikes = o.value(u"spikes"_s).toArray();
    for (qsizetype i = 0; i < spikes.size(); ++i) {
        QJsonObject spike = spikes.at(i).toObject();
        spike.remove(u"requests"_s);
        spikes[i] = spike;
    }
    o.insert(u"spikes"_s, spikes);
    return o;
}
} // namespace

class TestRequestsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidence_data();
    void evidence();
    void httperrPartUnchanged();
    void verdictsInText_data();
    void verdictsInText();
    void badSlowSeconds();
    void exportRequests_data();
    void exportRequests();
    void exportUsageErrors_data();
    void exportUsageErrors();
};

void TestRequestsCommand::evidence_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");

    // WEB02's spikes: 9:00:00-9:00:59 (300 dropped; 127 stalled requests and the 6 normal ones
    // that ended then) and 10:00:00-10:00:29 (100 dropped; 40 stalled and 3 normal). WEB01's
    // requests in the same seconds are not counted: it logged none of the spikes' rows.
    QTest::newRow("default threshold")
        << QStringList() << QByteArray(R"({"total": 133, "slow": 127, "slowThresholdSeconds": 110,
                          "win32Status": {"64": 127}, "status": {},
                          "topSlowUrls": [["/reports/daily.aspx", 127]]})")
        << QByteArray(R"({"total": 43, "slow": 40, "slowThresholdSeconds": 110,
                          "win32Status": {"1236": 40}, "status": {},
                          "topSlowUrls": [["/api/export", 40]]})");
    QTest::newRow("--slow-seconds 130")
        << QStringList{u"--slow-seconds"_s, u"130"_s}
        << QByteArray(R"({"total": 133, "slow": 0, "slowThresholdSeconds": 130,
                          "win32Status": {"64": 127}, "status": {}, "topSlowUrls": []})")
        << QByteArray(R"({"total": 43, "slow": 40, "slowThresholdSeconds": 130,
                          "win32Status": {"1236": 40}, "status": {},
                          "topSlowUrls": [["/api/export", 40]]})");
}

void TestRequestsCommand::evidence()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir, stalled(), stalled()));
    const QJsonObject o = summaryOf(options + QStringList{dir.path()});
    // 3 hours of a request every 10 s on each server, and the stalled ones on WEB02.
    QCOMPARE(o.value(u"requests"_s).toObject(),
             parsed(R"({"rows": 2327, "files": 2, "first": "2026-03-10T08:00:00Z",
                        "last": "2026-03-10T10:59:50Z"})"));
    const QJsonArray spikes = o.value(u"spikes"_s).toArray();
    QCOMPARE(spikes.size(), 2);
    QCOMPARE(spikes.at(0).toObject().value(u"start"_s).toString(), u"2026-03-10T09:00:00Z"_s);
    QCOMPARE(spikes.at(0).toObject().value(u"end"_s).toString(), u"2026-03-10T09:00:59Z"_s);
    QCOMPARE(spikes.at(1).toObject().value(u"end"_s).toString(), u"2026-03-10T10:00:29Z"_s);
    QCOMPARE(spikes.at(0).toObject().value(u"requests"_s).toObject(), parsed(first));
    QCOMPARE(spikes.at(1).toObject().value(u"requests"_s).toObject(), parsed(second));
}

void TestRequestsCommand::httperrPartUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir, stalled(), stalled()));
    const QJsonObject both = summaryOf({dir.path()});
    const QJsonObject httperr = summaryOf(
        {dir.filePath(u"WEB01/LogFiles/HTTPERR"_s), dir.filePath(u"WEB02/LogFiles/HTTPERR"_s)});
    QCOMPARE(httperr.value(u"rows"_s).toInt(), 2 * 180 + 300 + 100);
    QVERIFY(!httperr.contains(u"requests"_s));
    QCOMPARE(both.value(u"rows"_s), httperr.value(u"rows"_s));
    QCOMPARE(both.value(u"reasons"_s), httperr.value(u"reasons"_s));
    QCOMPARE(withoutRequests(both).value(u"spikes"_s), httperr.value(u"spikes"_s));
}

void TestRequestsCommand::verdictsInText_data()
{
    QTest::addColumn<AccessLogPair::Scenario>("httperr");
    QTest::addColumn<AccessLogPair::Scenario>("access");
    QTest::addColumn<QString>("verdict");

    AccessLogPair::Scenario quietAccess; // HTTP.sys dropped, the application was fine
    AccessLogPair::Scenario dropsOnly;
    dropsOnly.stalls.push_back({Day0 + 9 * 3600, 60, "/x", 0, 64, 125000, 300});
    QTest::newRow("stall") << stalled() << stalled()
                           << u"127 requests to /reports/daily.aspx took over 2 minutes and ended "
                              "with ‘network name no longer available’ (64) in this window: the "
                              "application stalled; HTTP.sys dropped the connections it could not "
                              "log."_s;
    QTest::newRow("quiet access log")
        << dropsOnly << quietAccess
        << u"The access log shows nothing unusual in this window: look at the client side or "
           "the network."_s;
    AccessLogPair::Scenario early;
    early.to = Day0 + 8 * 3600 + 1200; // the access log stops at 8:20
    QTest::newRow("access log ends before")
        << dropsOnly << early << u"No access-log rows cover this window."_s;
}

void TestRequestsCommand::verdictsInText()
{
    QFETCH(AccessLogPair::Scenario, httperr);
    QFETCH(AccessLogPair::Scenario, access);
    QFETCH(QString, verdict);
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir, httperr, access));
    const ViewerRun run = runViewer({u"--summary"_s, dir.path()}, false);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    const qsizetype spikeLine = lines.indexOf(u"Spikes:"_s);
    QVERIFY(spikeLine > 0);
    QCOMPARE(lines.value(spikeLine + 2), u"    "_s + verdict);
}

void TestRequestsCommand::badSlowSeconds()
{
    for (const QString &value : {u"0"_s, u"abc"_s, u"86401"_s}) {
        const ViewerRun run = runViewer({u"--summary"_s, u"--slow-seconds"_s, value, u"--demo"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--slow-seconds wants a number of seconds from 1 to 86400."));
    }
}

void TestRequestsCommand::exportRequests_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv") << u"csv"_s << QByteArray(EXPECTED_CSV);
    QTest::newRow("ecs") << u"ecs"_s << QByteArray(EXPECTED_ECS);
}

void TestRequestsCommand::exportRequests()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    // Two servers' access logs beside an httperr log: the requests in time order, each with
    // its server, the httperr rows not among them.
    QTemporaryDir dir;
    const QDir root(dir.path());
    QVERIFY(root.mkpath(u"WEB01"_s) && root.mkpath(u"WEB02"_s));
    QVERIFY(writeFile(root.filePath(u"WEB01/u_ex260310.log"_s),
                      "#Software: Microsoft Internet Information Services 10.0\r\n"
                      "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                      "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
                      "sc-win32-status time-taken\r\n"
                      "2026-03-10 09:00:05 10.0.0.10 POST /reports/daily.aspx id=7 443 "
                      "CONTOSO\\bob 192.168.2.7 Mozilla/5.0+(Windows) - 200 0 64 125000\r\n"));
    QVERIFY(writeFile(root.filePath(u"WEB02/u_ex260310.log"_s),
                      "#Software: Microsoft Internet Information Services 10.0\r\n"
                      "#Fields: date time cs-method cs-uri-stem c-ip sc-status sc-substatus "
                      "sc-win32-status time-taken\r\n"
                      "2026-03-10 09:00:01 GET /home.aspx fe80::1%13 503 2 0 15\r\n"));
    QVERIFY(writeFile(root.filePath(u"WEB02/httperr1.log"_s),
                      AccessLogPair::httpErrLog(AccessLogPair::Scenario())));
    const ViewerRun run = runViewer(
        {u"--export"_s, u"-"_s, u"--format"_s, format, u"--requests"_s, dir.path()}, false);
    QCOMPARE(run.exitCode, 0);
    // File paths start with the folder that was opened: a new name every run.
    QCOMPARE(QByteArray(run.out).replace(root.dirName().toUtf8(), "DIR"), expected);
}

void TestRequestsCommand::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("without --export")
        << QStringList{u"--summary"_s, u"--requests"_s} << u"--requests needs --export."_s;
    QTest::newRow("log format") << QStringList{u"--export"_s, u"out.log"_s, u"--requests"_s}
                                << u"--requests does not go with the log format; use csv, tsv, "
                                   "jsonl or ecs."_s;
    QTest::newRow("with a filter")
        << QStringList{u"--export"_s, u"out.csv"_s, u"--requests"_s, u"--reason"_s, u"X"_s}
        << u"--requests exports every access-log row; the filter options are for httperr rows."_s;
}

void TestRequestsCommand::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const ViewerRun run = runViewer(arguments + QStringList{u"--demo"_s}, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(error), run.err.constData());
}

QTEST_GUILESS_MAIN(TestRequestsCommand)
#include "tst_requestscommand.moc"
