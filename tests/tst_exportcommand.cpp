// Runs the built binary with --export, --report and --anonymize as a script would.
#include "viewerrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    using Run = ViewerRun;

    static Run run(const QStringList &arguments) { return runViewer(arguments); }

    static QString data(const QString &name)
    {
        return QStringLiteral(HTTPERR_TEST_DATA "/") + name;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QStringList files() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        for (const QString &f : files())
            QFile::remove(m_dir.filePath(f));
    }

    void exportEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format"); // --format, or none
        QTest::addColumn<int>("lines");      // lines in the file for the 7 rows
        QTest::newRow("csv") << "out.csv"
                             << "" << 8;
        QTest::newRow("tsv") << "out.tsv"
                             << "" << 8;
        QTest::newRow("jsonl") << "out.jsonl"
                               << "" << 7;
        QTest::newRow("log") << "out.log"
                             << "" << 7 + 3 * 4; // three header blocks
        QTest::newRow("ecs") << "out.ndjson"
                             << "ecs" << 7;
        QTest::newRow("ecs-bulk") << "bulk.ndjson"
                                  << "ecs-bulk" << 2 * 7; // an action a row
    }

    void exportEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(int, lines);
        const QString out = m_dir.filePath(name);
        QStringList arguments{QStringLiteral("--export"), out};
        if (!format.isEmpty())
            arguments << QStringLiteral("--format") << format;
        const Run r = run(arguments << data(QStringLiteral("export/mixed-blocks.log")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Exported 7 rows"), r.err.constData());
        QVERIFY(r.out.isEmpty()); // status lines go to stderr
        const QByteArray bytes = read(out);
        QCOMPARE(bytes.count('\n'), lines);
        if (name.endsWith(u".jsonl") || name.endsWith(u".ndjson")) {
            for (const QByteArray &line : bytes.split('\n')) {
                if (line.isEmpty())
                    continue;
                QJsonParseError error;
                QJsonDocument::fromJson(line, &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
            }
        }
        QCOMPARE(files(), QStringList{name});
    }

    void exportedLogReadsBack()
    {
        const QString out = m_dir.filePath(QStringLiteral("all.log"));
        QCOMPARE(run({QStringLiteral("--export"), out, data(QStringLiteral("samples"))}).exitCode,
                 0);
        const Run before = run({QStringLiteral("--summary"), QStringLiteral("--json"),
                                data(QStringLiteral("samples"))});
        const Run after = run({QStringLiteral("--summary"), QStringLiteral("--json"), out});
        QCOMPARE(after.exitCode, 0);
        QJsonObject a = QJsonDocument::fromJson(before.out).object();
        QJsonObject b = QJsonDocument::fromJson(after.out).object();
        QCOMPARE(b.value(u"rows"), a.value(u"rows"));
        QCOMPARE(b.value(u"malformed").toInt(), 0);
        QCOMPARE(b.value(u"reasons"), a.value(u"reasons"));
        QCOMPARE(b.value(u"first"), a.value(u"first"));
        QCOMPARE(b.value(u"last"), a.value(u"last"));
    }

    void anonymizeExport()
    {
        const QString out = m_dir.filePath(QStringLiteral("anon.csv"));
        const Run r = run({QStringLiteral("--export"), out, QStringLiteral("--anonymize"),
                           data(QStringLiteral("export/mixed-blocks.log"))});
        QCOMPARE(r.exitCode, 0);
        const QByteArray bytes = read(out);
        QVERIFY(!bytes.contains("203.0.113.7"));
        QVERIFY(!bytes.contains("198.51.100.20"));
        QVERIFY(bytes.contains("10.0.0.5")); // the server address stays
    }

    void report_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("html") << "report.html";
        QTest::newRow("pdf") << "report.pdf";
    }

    void report()
    {
        QFETCH(QString, name);
        const QString out = m_dir.filePath(name);
        const Run r = run({QStringLiteral("--report"), out, QStringLiteral("--anonymize"),
                           data(QStringLiteral("export/mixed-blocks.log"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Report written to"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QByteArray bytes = read(out);
        if (name.endsWith(u".pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.size() > 10000);
        } else {
            const QString html = QString::fromUtf8(bytes);
            QVERIFY(html.contains(u"<h2>Totals by reason</h2>"));
            QVERIFY(html.contains(u"<h2>First rows of the filtered table</h2>"));
            QVERIFY(html.contains(u"Client addresses are anonymised."));
            QVERIFY(!html.contains(u"203.0.113.7"));
            QVERIFY(!html.contains(u"src=\"http"));
        }
        QCOMPARE(files(), QStringList{name});
    }

    void reportOnDemoLog_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("spikes"); // headings, oldest first
        const QString morning =
            QStringLiteral("<h3>Connection_Dropped spike, 2026-03-10 10:14:03 – 10:15:30 UTC</h3>");
        const QString afternoon =
            QStringLiteral("<h3>Connection_Dropped spike, 2026-03-10 15:37:41 – 15:38:46 UTC</h3>");
        QTest::newRow("html") << "demo.html" << QStringList() << QStringList{morning, afternoon};
        QTest::newRow("html, afternoon only")
            << "afternoon.html"
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-10T12:00:00Z")}
            << QStringList{afternoon};
        QTest::newRow("pdf") << "demo.pdf" << QStringList() << QStringList();
    }

    // With --demo the demo log is read: its two Connection_Dropped bursts are the
    // report's spikes, the chart is embedded and the top reasons are explained.
    void reportOnDemoLog()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, filters);
        QFETCH(QStringList, spikes);
        const QString out = m_dir.filePath(name);
        const Run r =
            run(QStringList{QStringLiteral("--report"), out, QStringLiteral("--demo")} + filters);
        QCOMPARE(r.exitCode, 0);
        const QByteArray bytes = read(out);
        QCOMPARE(files(), QStringList{name});
        if (name.endsWith(u".pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.contains("/Subtype /Image"));
            QVERIFY(bytes.contains("/Width 2000"));
            return;
        }
        const QString html = QString::fromUtf8(bytes);
        static const QRegularExpression image(
            QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
        const auto m = image.match(html);
        QVERIFY(m.hasMatch());
        QImage chart;
        QVERIFY(chart.loadFromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG"));
        QCOMPARE(chart.size(), QSize(2000, 680));
        QStringList found;
        static const QRegularExpression heading(
            QStringLiteral("<h3>Connection_Dropped spike, [^<]*</h3>"));
        for (auto it = heading.globalMatch(html); it.hasNext();)
            found << it.next().captured(0);
        QCOMPARE(found, spikes);
        QVERIFY(html.contains(u"<h2>What the top reasons mean</h2>"));
        QVERIFY(html.contains(u"<h3>Timer_ConnectionIdle ("));
    }

    void exportHonoursFilters()
    {
        const QString out = m_dir.filePath(QStringLiteral("url.jsonl"));
        const QStringList filters{QStringLiteral("--reason"), QStringLiteral("URL,Forbidden"),
                                  QStringLiteral("--from"), QStringLiteral("2018-01-01")};
        const Run r = run(QStringList{QStringLiteral("--export"), out} + filters
                          + QStringList{data(QStringLiteral("samples"))});
        QCOMPARE(r.exitCode, 0);
        const Run summary = run(QStringList{QStringLiteral("--summary"), QStringLiteral("--json")}
                                + filters + QStringList{data(QStringLiteral("samples"))});
        const int rows = QJsonDocument::fromJson(summary.out).object().value(u"rows").toInt();
        QCOMPARE(rows, 13); // 8 URL and 5 Forbidden rows, all from 2018 on
        const QList<QByteArray> lines = read(out).split('\n');
        QCOMPARE(lines.size(), rows + 1);
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString reason = o.value(u"s-reason").toString();
            QVERIFY2(reason == u"URL" || reason == u"Forbidden", line.constData());
            QVERIFY(o.value(u"date").toString() >= QStringLiteral("2018-01-01"));
        }

        const QString html = m_dir.filePath(QStringLiteral("url.html"));
        QCOMPARE(run(QStringList{QStringLiteral("--report"), html} + filters
                     + QStringList{data(QStringLiteral("samples"))})
                     .exitCode,
                 0);
        const QString report = QString::fromUtf8(read(html));
        QVERIFY(report.contains(u"<li>Reason: URL, Forbidden</li>"));
        QVERIFY(report.contains(u"<li>From: 2018-01-01 00:00:00 UTC</li>"));
        QVERIFY(report.contains(u"13 of 44 rows pass these filters."));
    }

    void exportAndReportTogether()
    {
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        const Run r = run({QStringLiteral("--export"), csv, QStringLiteral("--report"), html,
                           data(QStringLiteral("export/mixed-blocks.log"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(csv) && QFile::exists(html));
    }

    void cannotWrite_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("target"); // relative to the temporary folder
        QTest::addColumn<QString>("message");
        QTest::newRow("export to a folder") << "--export"
                                            << "folder.csv"
                                            << "is a folder";
        QTest::newRow("export, no folder") << "--export"
                                           << "none/x.csv"
                                           << "does not exist";
        QTest::newRow("report to a folder") << "--report"
                                            << "folder.html"
                                            << "is a folder";
        QTest::newRow("pdf, no folder") << "--report"
                                        << "none/x.pdf"
                                        << "does not exist";
    }

    void cannotWrite()
    {
        QFETCH(QString, option);
        QFETCH(QString, target);
        QFETCH(QString, message);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.csv")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.html")));
        const Run r =
            run({option, m_dir.filePath(target), data(QStringLiteral("export/mixed-blocks.log"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(files(), QStringList()); // nothing left behind
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("folder.csv"))).isDir());
        QDir(m_dir.filePath(QStringLiteral("folder.csv"))).removeRecursively();
        QDir(m_dir.filePath(QStringLiteral("folder.html"))).removeRecursively();
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown export extension")
            << QStringList{QStringLiteral("--export"), QStringLiteral("x.xlsx")};
        QTest::newRow("unknown report extension")
            << QStringList{QStringLiteral("--report"), QStringLiteral("x.docx")};
        QTest::newRow("anonymize alone") << QStringList{QStringLiteral("--anonymize")};
        QTest::newRow("columns with ecs") << QStringList{
            QStringLiteral("--export"), QStringLiteral("x.ndjson"),  QStringLiteral("--format"),
            QStringLiteral("ecs"),      QStringLiteral("--columns"), QStringLiteral("time")};
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void noRowsWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("none.csv"));
        const Run r =
            run({QStringLiteral("--export"), out,
                 data(QStringLiteral("samples/FRAGMENT_SYNTHETIC_connection_dropped.log"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("No log rows"));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
#include "viewerrun.h"
