// Runs the built httperr-viewer binary the way a user or a script would and checks its output.
#include "archivefixture.h"
#include "viewerrun.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ReasonCounts = QMap<QString, int>;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    using Run = ViewerRun;

    static Run run(const QStringList &arguments) { return runViewer(arguments); }

    static QString sample(const QString &name)
    {
        return QStringLiteral(HTTPERR_TEST_DATA "/samples/") + name;
    }

    static ReasonCounts reasonsOf(const QJsonObject &summary)
    {
        ReasonCounts counts;
        const QJsonObject reasons = summary.value(QStringLiteral("reasons")).toObject();
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            counts.insert(it.key(), it.value().toInt());
        return counts;
    }

private Q_SLOTS:
    void summaryJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("malformed");
        QTest::addColumn<ReasonCounts>("reasons");

        const ReasonCounts kbSample{{QStringLiteral("ConnLimit"), 1},
                                    {QStringLiteral("Hostname"), 1},
                                    {QStringLiteral("Timer_MinBytesPerSecond"), 1},
                                    {QStringLiteral("Version_N/S"), 1}};
        QTest::newRow("fragment, synthetic")
            << "FRAGMENT_SYNTHETIC_connection_dropped.log" << 1 << 0 << 1 << ReasonCounts{};
        QTest::newRow("fragment ARR 502")
            << "FRAGMENT_MicrosoftDocs_SupportArticles-docs_arr_502_connection_dropped.log" << 1
            << 0 << 1 << ReasonCounts{};
        QTest::newRow("KB820729, 12 fields, no header")
            << "MicrosoftDocs_SupportArticles-docs_error-logging-http-apis.md.log" << 0 << 4 << 0
            << kbSample;
        QTest::newRow("16 and 14 fields, no header")
            << "SYNTHETIC_16_and_14_fields_no_header.log" << 0 << 2 << 0
            << ReasonCounts{{QStringLiteral("N/A"), 2}};
        QTest::newRow("beats error.log, no final newline")
            << "elastic_beats_filebeat_module_iis_error_test_error.log" << 0 << 4 << 0 << kbSample;
        QTest::newRow("beats scanner URLs")
            << "elastic_beats_filebeat_module_iis_error_test_iis_error_url.log" << 0 << 8 << 0
            << ReasonCounts{{QStringLiteral("Forbidden"), 2},
                            {QStringLiteral("NotFound"), 2},
                            {QStringLiteral("URL"), 4}};
        QTest::newRow("beats IPv6 zone id, 14 fields")
            << "elastic_beats_filebeat_module_iis_error_test_ipv6_zone_id.log" << 0 << 1 << 0
            << ReasonCounts{{QStringLiteral("Timer_ConnectionIdle"), 1}};
        QTest::newRow("beats test.log, 13 fields")
            << "elastic_beats_filebeat_module_iis_error_test_test.log" << 0 << 4 << 0 << kbSample;
        QTest::newRow("13 fields, no header")
            << "SYNTHETIC_13_fields_no_header.log" << 0 << 4 << 0 << kbSample;
        QTest::newRow("scanner URLs, no header")
            << "SYNTHETIC_scanner_urls_no_header.log" << 0 << 9 << 0
            << ReasonCounts{{QStringLiteral("Forbidden"), 3},
                            {QStringLiteral("NotFound"), 2},
                            {QStringLiteral("URL"), 4}};
        QTest::newRow("IPv6 zone id, no header")
            << "SYNTHETIC_ipv6_zone_id_no_header.log" << 0 << 1 << 0
            << ReasonCounts{{QStringLiteral("Timer_ConnectionIdle"), 1}};
        QTest::newRow("IIS 6, placeholders, one line lost a space")
            << "SYNTHETIC_iis6_placeholders.log" << 0 << 2 << 1
            << ReasonCounts{{QStringLiteral("Connection_Dropped"), 2}};
        QTest::newRow("plaso 18 fields, CRLF")
            << "log2timeline_plaso_test_data_httperr_httperr.log" << 0 << 5 << 0
            << ReasonCounts{{QStringLiteral("Header"), 1},
                            {QStringLiteral("Hostname"), 1},
                            {QStringLiteral("URL_Length"), 1},
                            {QStringLiteral("Verb"), 1},
                            {QStringLiteral("Version_N/S"), 1}};
    }

    void summaryJson()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(int, rows);
        QFETCH(int, malformed);
        QFETCH(ReasonCounts, reasons);

        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--json"), sample(file)});
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), rows);
        QCOMPARE(o.value(QStringLiteral("malformed")).toInt(), malformed);
        QCOMPARE(o.value(QStringLiteral("files")).toInt(), 1);
        QCOMPARE(reasonsOf(o), reasons);
        if (exitCode != 0)
            QVERIFY(r.err.contains("No log rows could be read"));
        if (malformed > 0)
            QVERIFY(r.err.contains(":"));
    }

    void summaryOfWholeSampleFolder()
    {
        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--json"),
                           QStringLiteral(HTTPERR_TEST_DATA "/samples")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 44);
        QCOMPARE(o.value(QStringLiteral("malformed")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("files")).toInt(), 13);
        QCOMPARE(o.value(QStringLiteral("first")).toString(),
                 QStringLiteral("2002-07-05T18:45:09Z"));
        QCOMPARE(o.value(QStringLiteral("last")).toString(),
                 QStringLiteral("2026-10-07T12:24:56Z"));
        QCOMPARE(reasonsOf(o).value(QStringLiteral("URL")), 8);
        QCOMPARE(reasonsOf(o).value(QStringLiteral("Connection_Dropped")), 2);
    }

    void summaryOfZipArchive()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("support.zip"));
        const qint64 start = 1704067200; // 2024-01-01 00:00:00 UTC
        QVERIFY(ArchiveFixture::writeZip(
            zip, {{QStringLiteral("LogFiles/HTTPERR/httperr2.log"),
                   ArchiveFixture::log(start + 1000, 40, 10, "Connection_Dropped")},
                  {QStringLiteral("LogFiles/HTTPERR/httperr1.log"), ArchiveFixture::log(start, 60)},
                  {QStringLiteral("LogFiles/HTTPERR/httperr3.log"), ArchiveFixture::log(start, 5),
                   "secret"},
                  {QStringLiteral("readme.txt"), "hello"}}));
        const QString gz = dir.filePath(QStringLiteral("ht231231.log.gz"));
        QVERIFY(ArchiveFixture::writeFile(
            gz, ArchiveFixture::gzip(ArchiveFixture::log(start - 86400, 7, 1, "QueueFull"))));
        const Run r = run({QStringLiteral("--summary"), QStringLiteral("--json"), zip, gz});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 107);
        QCOMPARE(o.value(QStringLiteral("malformed")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("files")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("first")).toString(),
                 QStringLiteral("2023-12-31T00:00:00Z"));
        QCOMPARE(o.value(QStringLiteral("last")).toString(),
                 QStringLiteral("2024-01-01T00:23:10Z"));
        QCOMPARE(reasonsOf(o), (ReasonCounts{{QStringLiteral("Timer_ConnectionIdle"), 60},
                                             {QStringLiteral("Connection_Dropped"), 40},
                                             {QStringLiteral("QueueFull"), 7}}));
        // The encrypted member and the text file are named, archive and member.
        QVERIFY2(r.err.contains("support.zip \xE2\x80\xBA LogFiles/HTTPERR/httperr3.log"), r.err);
        QVERIFY2(r.err.contains("password"), r.err);
        QVERIFY2(r.err.contains("readme.txt"), r.err);
    }

    void summaryOfDemoLog()
    {
        const Run r =
            run({QStringLiteral("--summary"), QStringLiteral("--json"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 30063);
        QCOMPARE(o.value(QStringLiteral("malformed")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("first")).toString(),
                 QStringLiteral("2026-03-10T00:00:02Z"));
        QCOMPARE(o.value(QStringLiteral("last")).toString(),
                 QStringLiteral("2026-03-10T23:59:59Z"));
        QCOMPARE(reasonsOf(o).value(QStringLiteral("Connection_Dropped")), 748);
        QCOMPARE(reasonsOf(o).value(QStringLiteral("Timer_ConnectionIdle")), 24996);
    }

    void summaryText()
    {
        const Run r = run({QStringLiteral("--summary"),
                           sample(QStringLiteral("SYNTHETIC_iis6_placeholders.log"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Rows: 2\n"));
        QVERIFY(r.out.contains("Malformed lines: 1\n"));
        QVERIFY(r.err.contains("SYNTHETIC_iis6_placeholders.log:3:"));
    }

    void missingFileFails()
    {
        const Run r =
            run({QStringLiteral("--summary"), QStringLiteral("/nonexistent/httperr1.log")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not found"));
    }

    void jsonNeedsSummary()
    {
        const Run r = run({QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--json needs --summary"));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(HTTPERR_VERSION));
    }

    void screenshot_data()
    {
        QTest::addColumn<QStringList>("sizeArguments");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QStringList{} << QSize(1280, 800);
        QTest::newRow("small") << QStringList{QStringLiteral("--size"), QStringLiteral("800x600")}
                               << QSize(800, 600);
    }

    void screenshot()
    {
        QFETCH(QStringList, sizeArguments);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run r = run(QStringList{QStringLiteral("--screenshot"), png} + sizeArguments);
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
    }

    void screenshotBarsByServer()
    {
        // Three servers with the same reasons at the same times: by reason the bars are one
        // colour, by server three; --bars picks which the picture shows.
        QTemporaryDir dir;
        for (const char *server : {"WEB01", "WEB02", "WEB03"}) {
            const QString folder = dir.filePath(QStringLiteral("bundle/") + QLatin1String(server));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(ArchiveFixture::writeFile(folder + QStringLiteral("/httperr1.log"),
                                              ArchiveFixture::log(1704067200, 600, 6)));
        }
        QImage images[2];
        for (int byServer = 0; byServer < 2; ++byServer) {
            const QString png = dir.filePath(QStringLiteral("shot%1.png").arg(byServer));
            const Run r = run({QStringLiteral("--screenshot"), png, QStringLiteral("--bars"),
                               byServer ? QStringLiteral("server") : QStringLiteral("reason"),
                               dir.filePath(QStringLiteral("bundle"))});
            QCOMPARE(r.exitCode, 0);
            images[byServer] = QImage(png);
            QVERIFY(!images[byServer].isNull());
        }
        QVERIFY(images[0] != images[1]);
    }

    void screenshotShowsPanels()
    {
        // The Top Values dock is closed by default; --show opens it for the picture (it takes
        // room from the table, so the pictures differ), and an unknown name is a usage error.
        QTemporaryDir dir;
        QImage images[2];
        for (int shown = 0; shown < 2; ++shown) {
            const QString png = dir.filePath(QStringLiteral("shot%1.png").arg(shown));
            QStringList arguments{QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                                  QStringLiteral("1024x700")};
            if (shown)
                arguments << QStringLiteral("--show") << QStringLiteral("top-values,spikes");
            const Run r = run(arguments);
            QCOMPARE(r.exitCode, 0);
            images[shown] = QImage(png);
            QCOMPARE(images[shown].size(), QSize(1024, 700));
        }
        QVERIFY(images[0] != images[1]);
        const Run wrong =
            run({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                 QStringLiteral("--show"), QStringLiteral("topn")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(
                     "--show wants one of top-values, spikes, bookmarks, problems, requests."),
                 wrong.err.constData());
    }

    void screenshotToUnwritablePathFails()
    {
        const Run r =
            run({QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/dir/x.png")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Cannot write"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
