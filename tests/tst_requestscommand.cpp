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
// JSON Lines: keys as in #Fields, every number field a JSON number (sc-substatus and
// sc-win32-status too), "-" as null.
#define EXPECTED_JSONL                                                                             \
    "{\"timestamp\":\"2026-03-10T09:00:01Z\",\"date\":\"2026-03-10\",\"time\":\"09:00:01\","       \
    "\"s-ip\":null,\"cs-method\":\"GET\",\"cs-uri-stem\":\"/home.aspx\",\"cs-uri-query\":null,"    \
    "\"cs-username\":null,\"c-ip\":\"fe80::1%13\",\"cs(user-agent)\":null,\"s-port\":null,"        \
    "\"sc-status\":503,\"sc-substatus\":2,\"sc-win32-status\":0,\"time-taken\":15,"                \
    "\"server\":\"WEB02\",\"file\":\"DIR/WEB02/u_ex260310.log\",\"line\":3}\n"                     \
    "{\"timestamp\":\"2026-03-10T09:00:05Z\",\"date\":\"2026-03-10\",\"time\":\"09:00:05\","       \
    "\"s-ip\":\"10.0.0.10\",\"cs-method\":\"POST\",\"cs-uri-stem\":\"/reports/daily.aspx\","       \
    "\"cs-uri-query\":\"id=7\",\"cs-username\":\"CONTOSO\\\\bob\",\"c-ip\":\"192.168.2.7\","       \
    "\"cs(user-agent)\":\"Mozilla/5.0+(Windows)\",\"s-port\":443,\"sc-status\":200,"               \
    "\"sc-substatus\":0,\"sc-win32-status\":64,\"time-taken\":125000,\"server\":\"WEB01\","        \
    "\"file\":\"DIR/WEB01/u_ex260310.log\",\"line\":3}\n"
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

// `s` as a clock `seconds` ahead of UTC writes it.
AccessLogPair::Scenario shifted(AccessLogPair::Scenario s, int64_t seconds)
{
    s.from += seconds;
    s.to += seconds;
    for (AccessLogPair::Stall &stall : s.stalls)
        stall.start += seconds;
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
    void accessOffset_data();
    void accessOffset();
    void noOverlapProblem_data();
    void reportShowsEvidence_data();
    void reportShowsEvidence();
    void noOverlapProblem();
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

void TestRequestsCommand::accessOffset_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("first"); // the first spike's "requests"

    // WEB02's access log written on a clock two hours ahead of UTC: the stalls at 11:00 and
    // 12:00 by its clock are the httperr spikes at 9:00 and 10:00 UTC.
    const QByteArray notCovered(R"({"total": 0, "slow": 0, "slowThresholdSeconds": 110,
                                    "win32Status": {}, "status": {}, "topSlowUrls": []})");
    QTest::newRow("read as UTC") << QStringList() << notCovered;
    QTest::newRow("WEB02=+02:00") << QStringList{u"--access-offset"_s, u"WEB02=+02:00"_s}
                                  << QByteArray(
                                         R"({"total": 133, "slow": 127, "slowThresholdSeconds": 110,
                          "win32Status": {"64": 127}, "status": {},
                          "topSlowUrls": [["/reports/daily.aspx", 127]],
                          "clock": {"WEB02": "UTC+02:00"}})");
    QTest::newRow("another server's offset")
        << QStringList{u"--access-offset"_s, u"web01=+02:00"_s}
        << QByteArray(R"({"total": 0, "slow": 0, "slowThresholdSeconds": 110,
                          "win32Status": {}, "status": {}, "topSlowUrls": [],
                          "clock": {"WEB02": "UTC"}})");
}

void TestRequestsCommand::accessOffset()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, first);
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir, stalled(), shifted(stalled(), 7200)));
    const QJsonObject o = summaryOf(options + QStringList{dir.path()});
    const QJsonArray spikes = o.value(u"spikes"_s).toArray();
    QCOMPARE(spikes.size(), 2);
    QCOMPARE(spikes.at(0).toObject().value(u"requests"_s).toObject(), parsed(first));
}

void TestRequestsCommand::noOverlapProblem_data()
{
    QTest::addColumn<int64_t>("accessFrom");
    QTest::addColumn<int64_t>("accessTo");
    QTest::addColumn<QString>("problem"); // on stderr for WEB02's access log; empty: none

    // WEB02's httperr rows span 8:00:00 - 10:59:00; WEB01's overlap its own in every row.
    QTest::newRow("same hours") << Day0 + 8 * 3600 << Day0 + 11 * 3600 << QString();
    QTest::newRow("overlaps by a minute")
        << Day0 + 10 * 3600 + 3540 << Day0 + 12 * 3600 << QString();
    QTest::newRow("two hours earlier (local time?)")
        << Day0 + 6 * 3600 << Day0 + 7 * 3600
        << u"The access logs of this server (2026-03-10T06:00:00Z – 2026-03-10T06:59:50Z) do not "
           "overlap its httperr logs (2026-03-10T08:00:00Z – 2026-03-10T10:59:00Z): they cannot "
           "explain the spikes. From another day, or written in local time?"_s;
    QTest::newRow("the day after")
        << Day0 + 86400 + 8 * 3600 << Day0 + 86400 + 8 * 3600 + 60
        << u"The access logs of this server (2026-03-11T08:00:00Z – 2026-03-11T08:00:50Z) do not "
           "overlap its httperr logs (2026-03-10T08:00:00Z – 2026-03-10T10:59:00Z): they cannot "
           "explain the spikes. From another day, or written in local time?"_s;
}

void TestRequestsCommand::noOverlapProblem()
{
    QFETCH(int64_t, accessFrom);
    QFETCH(int64_t, accessTo);
    QFETCH(QString, problem);
    AccessLogPair::Scenario dropsOnly;
    dropsOnly.stalls.push_back({Day0 + 9 * 3600, 60, "/x", 0, 64, 125000, 300});
    AccessLogPair::Scenario access;
    access.from = accessFrom;
    access.to = accessTo;
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir, dropsOnly, access));
    const ViewerRun run = runViewer({u"--summary"_s, dir.path()}, false);
    QCOMPARE(run.exitCode, 0);
    const QString file =
        QDir::toNativeSeparators(dir.filePath(u"WEB02/LogFiles/W3SVC1/u_ex260310.log"_s));
    QStringList problems;
    for (const QString &line : QString::fromUtf8(run.err).split(u'\n')) {
        if (line.contains(u"do not overlap"_s))
            problems << line;
    }
    QCOMPARE(problems, problem.isEmpty() ? QStringList() : QStringList{file + u": "_s + problem});
}

void TestRequestsCommand::reportShowsEvidence_data()
{
    QTest::addColumn<AccessLogPair::Scenario>("httperr");
    QTest::addColumn<AccessLogPair::Scenario>("access");
    QTest::addColumn<QStringList>("evidence"); // the first spike's, in the HTML report

    // The first spike (9:00:00 - 9:00:59): 127 stalled requests of WEB02 and its 6 normal ones;
    // around it WEB02's 354 normal requests of the hour (without the window): 6.0 a minute.
    QTest::newRow("stall")
        << stalled() << stalled()
        << QStringList{
               u"<p class=\"label\">What the IIS access log shows</p>"_s,
               u"<p class=\"verdict\"><b>127 requests to /reports/daily.aspx took over 2 "
               "minutes and ended with ‘network name no longer available’ (64) in this window: "
               "the application stalled; HTTP.sys dropped the connections it could not "
               "log.</b></p>"_s,
               u"<ul>"_s,
               u"<li>Requests that ended in this window: 133 (usually about 6.0)</li>"_s,
               u"<li>Took 110 s or longer: 127 (usually about 0.0)</li>"_s,
               u"<li class=\"detail\">slow: 127 × /reports/daily.aspx</li>"_s,
               u"<li>Win32 status 64 (network name no longer available): 127</li>"_s,
               u"<li>Stalled or failed: 127 (usually about 0.0)</li>"_s,
               u"</ul>"_s,
               u"<p class=\"muted\">Access-log times read as UTC, as IIS writes them.</p>"_s};
    AccessLogPair::Scenario dropsOnly;
    dropsOnly.stalls.push_back({Day0 + 9 * 3600, 60, "/x", 0, 64, 125000, 300});
    AccessLogPair::Scenario early;
    early.to = Day0 + 8 * 3600 + 1200; // the access log stops at 8:20
    QTest::newRow("not covered")
        << dropsOnly << early
        << QStringList{
               u"<p class=\"label\">What the IIS access log shows</p>"_s,
               u"<p class=\"verdict\"><b>No access-log rows cover this window.</b></p>"_s,
               u"<p class=\"muted\">Access-log times read as UTC, as IIS writes them.</p>"_s};
}

void TestRequestsCommand::reportShowsEvidence()
{
    QFETCH(AccessLogPair::Scenario, httperr);
    QFETCH(AccessLogPair::Scenario, access);
    QFETCH(QStringList, evidence);
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir, httperr, access));
    const QString report = dir.filePath(u"report.html"_s);
    const ViewerRun run = runViewer({u"--report"_s, report, dir.path()});
    QCOMPARE(run.exitCode, 0);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const qsizetype first = lines.indexOf(evidence.front());
    QVERIFY2(first > 0, qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.mid(first, evidence.size()), evidence);
    // Without access logs the report has no such part.
    const QString plain = dir.filePath(u"plain.html"_s);
    QCOMPARE(runViewer({u"--report"_s, plain, dir.filePath(u"WEB02/LogFiles/HTTPERR"_s)}).exitCode,
             0);
    QFile other(plain);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QVERIFY(!other.readAll().contains("What the IIS access log shows"));
}

void TestRequestsCommand::exportRequests_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv") << u"csv"_s << QByteArray(EXPECTED_CSV);
    QTest::newRow("jsonl") << u"jsonl"_s << QByteArray(EXPECTED_JSONL);
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
    QTest::newRow("bad --access-offset")
        << QStringList{u"--summary"_s, u"--access-offset"_s, u"WEB01=CET"_s}
        << u"--access-offset: “WEB01=CET” is not an offset from UTC such as +02:00 or "
           "SERVER=-05:00."_s;
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
