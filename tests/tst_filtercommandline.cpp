// Runs the built httperr-viewer with --summary --json and filter options, and checks the
// counts against counts this test works out on its own from the log text (a plain split of
// each line, QHostAddress and QRegularExpression; none of the viewer's filter code).
#include "testfiles.h"
#include "viewerrun.h"

#include <QDir>

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <functional>

namespace {
struct Line
{
    QString dateTime; // "2026-03-10 08:00:01"
    QString ip;
    QString uri;
    QString reason;
};

using Predicate = std::function<bool(const Line &)>;
using ReasonCounts = QMap<QString, int>;

QString demoLog()
{
    return QStringLiteral(HTTPERR_SOURCE_DIR "/resources/demo/httperr-demo.log");
}

QString mixedLog()
{
    return QStringLiteral(HTTPERR_TEST_DATA "/filters/mixed.log");
}

QList<Line> readLines(const QStringList &files)
{
    QList<Line> lines;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList fields;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            if (text.startsWith(QLatin1String("#Fields:"))) {
                fields = text.mid(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                continue;
            }
            if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = text.split(QLatin1Char(' '));
            if (parts.size() != fields.size())
                continue;
            auto field = [&](const char *name) {
                return parts.value(int(fields.indexOf(QLatin1String(name))));
            };
            lines.append({field("date") + QLatin1Char(' ') + field("time"), field("c-ip"),
                          field("cs-uri"), field("s-reason")});
        }
    }
    return lines;
}

QHostAddress addressOf(const QString &ip)
{
    return QHostAddress(ip.section(QLatin1Char('%'), 0, 0));
}

// The IPv4 address an IPv4-mapped or ISATAP IPv6 address stands for.
QHostAddress ipv4Of(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    if (ok)
        return QHostAddress(v4);
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        const QString text = a.toString();
        const qsizetype at = text.indexOf(QLatin1String("5efe:"));
        if (at >= 0) {
            const Q_IPV6ADDR b = a.toIPv6Address();
            return QHostAddress(quint32(b[12]) << 24 | quint32(b[13]) << 16 | quint32(b[14]) << 8
                                | b[15]);
        }
    }
    return {};
}
} // namespace

Q_DECLARE_METATYPE(Predicate)

class TestFilterCommandLine : public QObject
{
    Q_OBJECT

private:
    using Run = ViewerRun;

    static Run run(const QStringList &arguments) { return runViewer(arguments); }

private Q_SLOTS:
    void filteredCounts_data();
    void filteredCounts();
    void badValues_data();
    void badValues();
    void servers_data();
    void servers();
};

void TestFilterCommandLine::filteredCounts_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Predicate>("passes");
    const QStringList demo{demoLog()};
    const QStringList mixed{mixedLog()};
    auto s = [](const char *text) { return QString::fromUtf8(text); };

    QTest::newRow("demo reason") << demo << QStringList{s("--reason"), s("Connection_Dropped")}
                                 << Predicate([](const Line &l) {
                                        return l.reason == QLatin1String("Connection_Dropped");
                                    });
    QTest::newRow("demo reasons repeated and listed")
        << demo
        << QStringList{s("--reason"), s("QueueFull,AppOffline"), s("--reason"),
                       s("Timer_MinBytesPerSecond")}
        << Predicate([](const Line &l) {
               return l.reason == QLatin1String("QueueFull")
                      || l.reason == QLatin1String("AppOffline")
                      || l.reason == QLatin1String("Timer_MinBytesPerSecond");
           });
    QTest::newRow("demo exclude reasons")
        << demo << QStringList{s("--exclude-reason"), s("Timer_ConnectionIdle,BadRequest")}
        << Predicate([](const Line &l) {
               return l.reason != QLatin1String("Timer_ConnectionIdle")
                      && l.reason != QLatin1String("BadRequest");
           });
    QTest::newRow("demo cidr") << demo << QStringList{s("--client-ip"), s("10.20.0.0/16")}
                               << Predicate([](const Line &l) {
                                      return addressOf(l.ip).isInSubnet(
                                          QHostAddress(QStringLiteral("10.20.0.0")), 16);
                                  });
    QTest::newRow("demo negated wildcard")
        << demo << QStringList{s("--client-ip"), s("!203.0.113.*")}
        << Predicate([](const Line &l) { return !l.ip.startsWith(QLatin1String("203.0.113.")); });
    QTest::newRow("demo ipv6 block")
        << demo << QStringList{s("--client-ip"), s("2001:db8::/32")}
        << Predicate([](const Line &l) {
               return addressOf(l.ip).isInSubnet(QHostAddress(QStringLiteral("2001:db8::")), 32);
           });
    QTest::newRow("demo url substring")
        << demo << QStringList{s("--url"), s("API")} << Predicate([](const Line &l) {
               return l.uri.contains(QLatin1String("api"), Qt::CaseInsensitive);
           });
    QTest::newRow("demo url wildcard")
        << demo << QStringList{s("--url"), s("/api/orders/*")} << Predicate([](const Line &l) {
               return l.uri.startsWith(QLatin1String("/api/orders/"), Qt::CaseInsensitive);
           });
    QTest::newRow("demo url regex")
        << demo << QStringList{s("--url"), s("re:^/api/orders/SO-\\d+")}
        << Predicate([](const Line &l) {
               static const QRegularExpression re(QStringLiteral("^/api/orders/SO-\\d+"),
                                                  QRegularExpression::CaseInsensitiveOption);
               return re.match(l.uri).hasMatch();
           });
    QTest::newRow("demo time range")
        << demo
        << QStringList{s("--from"), s("2026-03-10T10:00:00Z"), s("--to"), s("2026-03-10 10:59:59")}
        << Predicate([](const Line &l) {
               return l.dateTime >= QLatin1String("2026-03-10 10:00:00")
                      && l.dateTime <= QLatin1String("2026-03-10 10:59:59");
           });
    QTest::newRow("demo to a date keeps the rest of that day")
        << demo << QStringList{s("--from"), s("2026-03-10 12:00:00"), s("--to"), s("2026-03-10")}
        << Predicate([](const Line &l) {
               return l.dateTime >= QLatin1String("2026-03-10 12:00:00")
                      && l.dateTime <= QLatin1String("2026-03-10 23:59:59");
           });
    QTest::newRow("demo combined")
        << demo << QStringList{s("--reason"),    s("Connection_Dropped"),
                               s("--client-ip"), s("10.*"),
                               s("--url"),       s("!re:payment"),
                               s("--from"),      s("2026-03-10T10:14:00Z")}
        << Predicate([](const Line &l) {
               return l.reason == QLatin1String("Connection_Dropped")
                      && l.ip.startsWith(QLatin1String("10."))
                      && !l.uri.contains(QLatin1String("payment"), Qt::CaseInsensitive)
                      && l.dateTime >= QLatin1String("2026-03-10 10:14:00");
           });
    QTest::newRow("mixed mapped and isatap as ipv4")
        << mixed << QStringList{s("--client-ip"), s("10.1.0.0/16")} << Predicate([](const Line &l) {
               const QHostAddress a = addressOf(l.ip);
               const QHostAddress net(QStringLiteral("10.1.0.0"));
               return a.isInSubnet(net, 16) || ipv4Of(a).isInSubnet(net, 16);
           });
    QTest::newRow("mixed scope") << mixed << QStringList{s("--client-ip"), s("fe80::1%13")}
                                 << Predicate([](const Line &l) {
                                        return l.ip == QLatin1String("fe80::1%13");
                                    });
    QTest::newRow("mixed no scope")
        << mixed << QStringList{s("--client-ip"), s("fe80::1")}
        << Predicate([](const Line &l) { return l.ip.startsWith(QLatin1String("fe80::1%")); });
    QTest::newRow("mixed unparseable by text")
        << mixed << QStringList{s("--client-ip"), s("[IP]")}
        << Predicate([](const Line &l) { return l.ip == QLatin1String("[IP]"); });
    QTest::newRow("mixed url wildcard any case")
        << mixed << QStringList{s("--url"), s("*.php")} << Predicate([](const Line &l) {
               return l.uri.endsWith(QLatin1String(".php"), Qt::CaseInsensitive);
           });
    QTest::newRow("mixed reason any case")
        << mixed << QStringList{s("--reason"), s("badrequest,some_new_reason")}
        << Predicate([](const Line &l) {
               return l.reason == QLatin1String("BadRequest")
                      || l.reason == QLatin1String("Some_New_Reason");
           });
    QTest::newRow("mixed to is inclusive")
        << mixed << QStringList{s("--to"), s("2026-03-10T08:59:59Z")}
        << Predicate(
               [](const Line &l) { return l.dateTime <= QLatin1String("2026-03-10 08:59:59"); });
    QTest::newRow("two files") << QStringList{demoLog(), mixedLog()}
                               << QStringList{s("--reason"), s("BadRequest")}
                               << Predicate([](const Line &l) {
                                      return l.reason == QLatin1String("BadRequest");
                                  });
}

void TestFilterCommandLine::filteredCounts()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, options);
    QFETCH(Predicate, passes);
    const QList<Line> lines = readLines(files);
    QVERIFY(!lines.isEmpty());
    int expectedRows = 0;
    ReasonCounts expectedReasons;
    for (const Line &l : lines) {
        if (passes(l)) {
            ++expectedRows;
            ++expectedReasons[l.reason];
        }
    }
    QVERIFY2(expectedRows > 0, "each case should keep some rows");
    QVERIFY2(expectedRows < lines.size(), "each case should drop some rows");

    const Run result =
        run(QStringList{QStringLiteral("--summary"), QStringLiteral("--json")} + options + files);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QStringLiteral("rows")).toInt(), expectedRows);
    QCOMPARE(result.json().value(QStringLiteral("rowsBeforeFilter")).toInt(), int(lines.size()));
    ReasonCounts reasons;
    const QJsonObject object = result.json().value(QStringLiteral("reasons")).toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        reasons.insert(it.key(), it.value().toInt());
    QCOMPARE(reasons, expectedReasons);
}

void TestFilterCommandLine::badValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mentions");
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("invalid regex") << QStringList{s("--url"), s("re:(")} << s("--url");
    QTest::newRow("bad from") << QStringList{s("--from"), s("2026-13-01")} << s("--from");
    QTest::newRow("bad to") << QStringList{s("--to"), s("yesterday")} << s("--to");
    QTest::newRow("bad block") << QStringList{s("--client-ip"), s("10.0.0.0/33")}
                               << s("--client-ip");
    QTest::newRow("from after to")
        << QStringList{s("--from"), s("2026-03-11"), s("--to"), s("2026-03-10")} << s("--from");
}

void TestFilterCommandLine::badValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);
    const Run result = run(QStringList{QStringLiteral("--summary"), QStringLiteral("--json")}
                           + options + QStringList{mixedLog()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions.toUtf8()), result.err.constData());
    QVERIFY(result.json().isEmpty());
}

namespace {
// A bundle of three servers, a folder each: every server logs one Connection_Dropped at
// five past each ten minutes from 00:00 to 05:55 (36 rows); at 03:00 WEB03 drops 200
// connections within the minute and WEB02 30 (a spike of 230 rows: all servers but WEB01).
QString writeBundle(const QString &root)
{
    const QByteArray header = "#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n"
                              "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
                              "cs-uri sc-status s-siteid s-reason s-queuename\r\n";
    auto line = [](int seconds) {
        return QStringLiteral("2026-03-10 %1:%2:%3 10.0.0.1 50000 10.0.0.9 80 - - - - - "
                              "Connection_Dropped -\r\n")
            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'))
            .toLatin1();
    };
    const QString bundle = root + QStringLiteral("/bundle");
    for (const auto &[server, burst] : {std::pair{"WEB01", 0}, {"WEB02", 30}, {"WEB03", 200}}) {
        QByteArray text = header;
        for (int t = 300; t < 6 * 3600; t += 600) {
            text += line(t);
            if (t == 3 * 3600 - 300) { // the burst comes between 02:55 and 03:05
                for (int i = 0; i < burst; ++i)
                    text += line(3 * 3600 + i * 60 / burst);
            }
        }
        const QString folder =
            bundle + QLatin1Char('/') + QLatin1String(server) + QStringLiteral("/LogFiles/HTTPERR");
        if (!QDir().mkpath(folder) || !writeFile(folder + QStringLiteral("/httperr1.log"), text))
            return {};
    }
    return bundle;
}

QMap<QString, int> countsOf(const QJsonObject &object)
{
    QMap<QString, int> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toInt());
    return out;
}
} // namespace

void TestFilterCommandLine::servers_data()
{
    using Counts = QMap<QString, int>;
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Counts>("servers");
    QTest::addColumn<Counts>("spikeServers");
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    const Counts all{{s("WEB01"), 36}, {s("WEB02"), 66}, {s("WEB03"), 236}};
    const Counts spike{{s("WEB02"), 30}, {s("WEB03"), 200}};
    QTest::newRow("no filter") << QStringList{} << all << spike;
    QTest::newRow("one server, any case")
        << QStringList{s("--server"), s("web03")}
        << Counts{{s("WEB01"), 0}, {s("WEB02"), 0}, {s("WEB03"), 236}} << Counts{{s("WEB03"), 200}};
    QTest::newRow("repeated and listed")
        << QStringList{s("--server"), s("WEB01"), s("--server"), s("WEB02,WEB03")} << all << spike;
    QTest::newRow("one left out") << QStringList{s("--server"), s("!WEB03")}
                                  << Counts{{s("WEB01"), 36}, {s("WEB02"), 66}, {s("WEB03"), 0}}
                                  << Counts{{s("WEB02"), 30}};
}

void TestFilterCommandLine::servers()
{
    using Counts = QMap<QString, int>;
    QFETCH(QStringList, options);
    QFETCH(Counts, servers);
    QFETCH(Counts, spikeServers);
    QTemporaryDir dir;
    const QString bundle = writeBundle(dir.path());
    QVERIFY(!bundle.isEmpty());
    const Run result = run(QStringList{QStringLiteral("--summary"), QStringLiteral("--json")}
                           + options + QStringList{bundle});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(countsOf(json.value(QStringLiteral("servers")).toObject()), servers);
    int rows = 0;
    for (const int n : servers)
        rows += n;
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), rows);
    const QJsonArray spikes = json.value(QStringLiteral("spikes")).toArray();
    QCOMPARE(spikes.size(), 1);
    QCOMPARE(countsOf(spikes.at(0).toObject().value(QStringLiteral("servers")).toObject()),
             spikeServers);
}

QTEST_GUILESS_MAIN(TestFilterCommandLine)
#include "tst_filtercommandline.moc"
#include "viewerrun.h"
