// `--summary --json` reports Connection_Dropped spikes: exact windows on the demo log and on
// generated logs, none on a log whose Connection_Dropped lines are random noise.
#include "syntheticlog.h"
#include "timeutil.h"
#include "viewerrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
QJsonObject summaryOf(const QStringList &paths)
{
    const ViewerRun run =
        runViewer(QStringList{QStringLiteral("--summary"), QStringLiteral("--json")} + paths);
    return run.exitCode == 0 ? run.json() : QJsonObject();
}

// Writes `events` as a 14-field HTTP.sys error log.
bool writeLog(const QString &path, const std::vector<Event> &events)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: 2026-03-10 "
               "00:00:00\r\n#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
               "cs-uri streamid sc-status s-siteid s-reason s-queuename\r\n");
    for (const Event &e : events) {
        const QByteArray when = TimeUtil::formatUtc(e.time).toLatin1();
        const bool dropped = e.reason == "Connection_Dropped";
        file.write(when + ' ' + QByteArray::fromStdString(e.clientIp) + " 50000 10.0.0.5 443 "
                   + (dropped ? "HTTP/1.1 GET " + QByteArray::fromStdString(e.uri) + " - - 1 "
                              : QByteArray("- - - - - - "))
                   + QByteArray::fromStdString(e.reason) + (dropped ? " DefaultAppPool" : " -")
                   + "\r\n");
    }
    return true;
}

QString iso(int64_t t)
{
    return TimeUtil::formatIso(t);
}
} // namespace

class TestSpikesCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoLog();
    void burstFreeLog();
    void injectedBursts();
};

void TestSpikesCommand::demoLog()
{
    const QJsonObject o = summaryOf({QStringLiteral("--demo")});
    const QJsonArray spikes = o.value(QStringLiteral("spikes")).toArray();
    QCOMPARE(spikes.size(), 2);
    const struct
    {
        const char *start;
        const char *end;
        int count;
    } expected[] = {{"2026-03-10T10:14:03Z", "2026-03-10T10:15:30Z", 412},
                    {"2026-03-10T15:37:41Z", "2026-03-10T15:38:46Z", 254}};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject s = spikes.at(i).toObject();
        QCOMPARE(s.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Connection_Dropped"));
        QCOMPARE(s.value(QStringLiteral("start")).toString(), QLatin1String(expected[i].start));
        QCOMPARE(s.value(QStringLiteral("end")).toString(), QLatin1String(expected[i].end));
        QCOMPARE(s.value(QStringLiteral("count")).toInt(), expected[i].count);
        QVERIFY(s.value(QStringLiteral("peakPerMinute")).toDouble() > 100);
        QVERIFY(s.value(QStringLiteral("baselinePerMinute")).toDouble() < 0.2);
    }
}

void TestSpikesCommand::burstFreeLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeLog(
        path,
        Synthetic::merged({Synthetic::spread("Connection_Dropped", Day0, 86400, 3000, 71),
                           Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 20000, 72)})));
    const QJsonObject o = summaryOf({path});
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 23000);
    QVERIFY(o.value(QStringLiteral("spikes")).isArray());
    QCOMPARE(o.value(QStringLiteral("spikes")).toArray().size(), 0);
}

void TestSpikesCommand::injectedBursts()
{
    // A week of sparse background with three bursts of a few hundred lines within a minute.
    const int64_t week = 7 * 86400;
    const int64_t bursts[] = {Day0 + 86400 + 3605, Day0 + 4 * 86400 + 50000, Day0 + week - 40};
    std::vector<Event> burst;
    for (const int64_t start : bursts) {
        for (int i = 0; i < 240; ++i)
            burst.push_back({start + (i * 37) % 30, "Connection_Dropped"});
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr2.log"));
    QVERIFY(writeLog(
        path, Synthetic::merged(
                  {Synthetic::spread("Connection_Dropped", Day0, week - 60, 7 * 24 * 3, 81),
                   Synthetic::spread("Timer_ConnectionIdle", Day0, week - 60, 50000, 82), burst})));
    const QJsonArray spikes = summaryOf({path}).value(QStringLiteral("spikes")).toArray();
    QCOMPARE(spikes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject s = spikes.at(i).toObject();
        QCOMPARE(s.value(QStringLiteral("start")).toString(), iso(bursts[i]));
        QCOMPARE(s.value(QStringLiteral("end")).toString(), iso(bursts[i] + 29));
        QCOMPARE(s.value(QStringLiteral("count")).toInt(), 240);
    }
}

QTEST_GUILESS_MAIN(TestSpikesCommand)
#include "tst_spikescommand.moc"
