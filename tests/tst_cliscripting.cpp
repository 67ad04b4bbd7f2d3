// The command line as scripts and pipelines use it, run as the built binary on a machine
// without a display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM): usage errors, input
// from stdin, output to stdout, --format, --columns, --quiet, --demo and the exit statuses.
#include "viewerrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

class TestCliScripting : public QObject
{
    Q_OBJECT

private:
    static ViewerRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return runViewer(arguments, false, input);
    }
    static QString mixedLog()
    {
        return QStringLiteral(HTTPERR_TEST_DATA "/export/mixed-blocks.log");
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QList<QByteArray> lines(const QByteArray &bytes)
    {
        QList<QByteArray> out = bytes.split('\n');
        if (!out.isEmpty() && out.constLast().isEmpty())
            out.removeLast();
        return out;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    // Every usage error: exit status 2, one line on stderr that names the problem, nothing on
    // stdout, and no display needed to say so.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString log = mixedLog();
        auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *i : items)
                out << QString::fromUtf8(i);
            return out;
        };
        QTest::newRow("unknown option") << l({"--no-such-option"}) << "no-such-option";
        QTest::newRow("unknown option with a file")
            << (l({"--no-such-option"}) << log) << "no-such-option";
        QTest::newRow("missing value")
            << (l({"--summary"}) << log << QStringLiteral("--export")) << "export";
        QTest::newRow("bad format") << (l({"--export", "-", "--format", "xml"}) << log) << "xml";
        QTest::newRow("format not told") << (l({"--export", "-"}) << log) << "--format";
        QTest::newRow("format without export") << (l({"--format", "csv"}) << log) << "--format";
        QTest::newRow("columns with log format")
            << (l({"--export", "-", "--format", "log", "--columns", "c-ip"}) << log) << "--columns";
        QTest::newRow("unknown column")
            << (l({"--export", "-", "--format", "csv", "--columns", "c-ip,nonesuch"}) << log)
            << "nonesuch";
        QTest::newRow("stdout twice")
            << (l({"--summary", "--export", "-", "--format", "csv"}) << log) << "--summary";
        QTest::newRow("summary without input") << l({"--summary"}) << "--demo";
        QTest::newRow("export without input") << l({"--export", "x.csv"}) << "--demo";
        QTest::newRow("report without input") << l({"--report", "x.html"}) << "--demo";
        QTest::newRow("follow headless") << (l({"--summary", "--follow"}) << log) << "--follow";
        QTest::newRow("bad size") << l({"--screenshot", "x.png", "--size", "big"}) << "--size";
        QTest::newRow("bad time") << (l({"--summary", "--from", "soon"}) << log) << "--from";
        QTest::newRow("json alone") << (l({"--json"}) << log) << "--json";
        QTest::newRow("bad bars") << (l({"--bars", "status"}) << log) << "--bars";
        QTest::newRow("bars headless") << (l({"--summary", "--bars", "server"}) << log) << "--bars";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const ViewerRun r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.endsWith('\n'));
        QCOMPARE(r.out, QByteArray());
    }

    // --help lists the options and the exit statuses, on stdout, with status 0.
    void helpNamesExitStatuses()
    {
        const ViewerRun r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Exit status: 0 success, 1 nothing could be read or written, 2 "
                                "usage error."),
                 r.out.constData());
        for (const char *option : {"--format", "--columns", "--quiet", "--demo", "--export"})
            QVERIFY2(r.out.contains(option), option);
        // Which program to run on Windows, where the window program prints nowhere.
        QVERIFY2(r.out.contains("with httperr-viewer-cli.exe: it writes to the console in UTF-8"),
                 r.out.constData());
    }

    // The demo log only when asked for.
    void demoOnRequest()
    {
        const ViewerRun r =
            run({QStringLiteral("--summary"), QStringLiteral("--json"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"rows").toInt(), 30063);
    }

    // Every option with a value takes "--opt value" and "--opt=value" alike.
    void equalsForm_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = m_dir.filePath(QStringLiteral("eq.out"));
        QTest::newRow("separate") << QStringList{
            QStringLiteral("--export"),  out,
            QStringLiteral("--format"),  QStringLiteral("tsv"),
            QStringLiteral("--columns"), QStringLiteral("s-reason,c-ip")};
        QTest::newRow("equals") << QStringList{QStringLiteral("--export=") + out,
                                               QStringLiteral("--format=tsv"),
                                               QStringLiteral("--columns=s-reason,c-ip")};
    }

    void equalsForm()
    {
        QFETCH(QStringList, arguments);
        const QString out = m_dir.filePath(QStringLiteral("eq.out"));
        QFile::remove(out);
        const ViewerRun r =
            run(arguments + QStringList{QStringLiteral("--reason=URL,QueueFull"), mixedLog()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(read(out),
                 QByteArray("s-reason\tc-ip\nQueueFull\t203.0.113.7\nURL\t203.0.113.7\n"));
    }

    // stdout carries only the data asked for: the JSON parses whole while an export runs
    // beside it, whose status line goes to stderr (and not even there with --quiet).
    void stdoutCarriesOnlyData_data()
    {
        QTest::addColumn<bool>("quiet");
        QTest::newRow("status on stderr") << false;
        QTest::newRow("quiet") << true;
    }

    void stdoutCarriesOnlyData()
    {
        QFETCH(bool, quiet);
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        QStringList arguments{QStringLiteral("--summary"), QStringLiteral("--json"),
                              QStringLiteral("--export"), csv, mixedLog()};
        if (quiet)
            arguments << QStringLiteral("--quiet");
        const ViewerRun r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject summary = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(summary.value(u"rows").toInt(), 7);
        QCOMPARE(lines(read(csv)).size(), 8);
        if (quiet)
            QCOMPARE(r.err, QByteArray());
        else
            QVERIFY2(r.err.contains("Exported 7 rows"), r.err.constData());
    }

    // "-" reads the log from stdin.
    void readsStdin()
    {
        const ViewerRun r =
            run({QStringLiteral("--summary"), QStringLiteral("--json"), QStringLiteral("-")},
                read(mixedLog()));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"rows").toInt(), 7);
        QCOMPARE(o.value(u"files").toInt(), 1);
        QCOMPARE(o.value(u"reasons").toObject().value(u"Timer_ConnectionIdle").toInt(), 2);
    }

    // "--export -" writes the rows to stdout in the --format asked for, nothing else.
    void exportsToStdout_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("lines");
        QTest::newRow("csv") << "csv" << 8;
        QTest::newRow("tsv") << "tsv" << 8;
        QTest::newRow("jsonl") << "jsonl" << 7;
        QTest::newRow("log") << "log" << 7 + 3 * 4;
    }

    void exportsToStdout()
    {
        QFETCH(QString, format);
        QFETCH(int, lines);
        const ViewerRun r = run({QStringLiteral("--export"), QStringLiteral("-"),
                                 QStringLiteral("--format"), format, QStringLiteral("-")},
                                read(mixedLog()));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(this->lines(r.out).size(), lines);
        QVERIFY2(r.err.contains("Exported 7 rows to standard output"), r.err.constData());
    }

    // --format wins over a file name that does not tell one.
    void formatWithoutExtension()
    {
        const QString out = m_dir.filePath(QStringLiteral("rows"));
        const ViewerRun r = run({QStringLiteral("--export"), out, QStringLiteral("--format"),
                                 QStringLiteral("jsonl"), mixedLog()});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = lines(read(out));
        QCOMPARE(rows.size(), 7);
        QCOMPARE(QJsonDocument::fromJson(rows.first()).object().value(u"s-reason").toString(),
                 QStringLiteral("QueueFull"));
    }

    // --columns picks and orders the columns; "time" is the date and time pair.
    void columnsPickAndOrder()
    {
        const ViewerRun r =
            run({QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--columns"),
                 QStringLiteral("s-reason, C-IP ,time,line"), QStringLiteral("--reason"),
                 QStringLiteral("URL"), mixedLog()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("s-reason,c-ip,date,time,line\r\n"
                                   "URL,203.0.113.7,2024-05-01,08:00:01,6\r\n"));
    }

    // A file name in another system's encoding, as the shell passes it (bytes that are not
    // UTF-8): read by its bytes, named with a replacement character.
    void fileNameNotUtf8()
    {
#ifndef Q_OS_UNIX
        QSKIP("Windows file names are UTF-16: no name holds bytes that are not UTF-8");
#else
        QTemporaryDir dir;
        const QByteArray name = QFile::encodeName(dir.path()) + "/httperr-\xE9t\xE9.log";
        FILE *f = std::fopen(name.constData(), "wb");
        QVERIFY(f);
        QByteArray bytes = read(mixedLog());
        bytes.replace("\n", "\r"); // and classic Mac line ends
        QCOMPARE(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f), size_t(bytes.size()));
        std::fclose(f);
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(variable));
        shell.setProcessEnvironment(env);
        // printf makes the raw bytes: a QProcess argument would be re-encoded.
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("exec \"$0\" --export - --format csv --columns "
                                    "file,s-reason --reason QueueFull "
                                    "\"$(printf '%s/httperr-\\351t\\351.log' \"$1\")\""),
                     QStringLiteral(HTTPERR_VIEWER_BINARY), dir.path()});
        QVERIFY(shell.waitForFinished(60000));
        const QByteArray err = shell.readAllStandardError();
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(
            shell.readAllStandardOutput(),
            QByteArray("file,s-reason\r\nhttperr-\xEF\xBF\xBDt\xEF\xBF\xBD.log,QueueFull\r\n"));
        QVERIFY2(err.contains("Exported 1 row"), err.constData());
#endif
    }

    // 1 when nothing could be read or written; the report needs no display either.
    void exitStatuses()
    {
        const ViewerRun none =
            run({QStringLiteral("--export"), m_dir.filePath(QStringLiteral("x.csv")),
                 QStringLiteral("/nonexistent/httperr1.log")});
        QCOMPARE(none.exitCode, 1);
        const ViewerRun unwritable =
            run({QStringLiteral("--export"), QStringLiteral("/nonexistent/dir/x.csv"), mixedLog()});
        QCOMPARE(unwritable.exitCode, 1);
        const QString html = m_dir.filePath(QStringLiteral("r.html"));
        const ViewerRun report = run({QStringLiteral("--report"), html, mixedLog()});
        QCOMPARE(report.exitCode, 0);
        QVERIFY(read(html).contains("<h2>Totals by reason</h2>"));
    }

    // The report draws its chart on Qt's minimal platform, which Windows and macOS packages
    // ship (cmake/Deploy.cmake): never the offscreen one, whatever the environment asks.
    void reportDrawsOnMinimalPlatform()
    {
        const QString html = m_dir.filePath(QStringLiteral("minimal.html"));
        const ViewerRun r = runViewer({QStringLiteral("--report"), html, mixedLog()}, false, {},
                                      {{QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1")}});
        QCOMPARE(r.exitCode, 0);
        QStringList platforms;
        for (const QByteArray &line : r.err.split('\n')) {
            if (line.contains("/platforms/") && line.endsWith("\" loaded library"))
                platforms << QString::fromUtf8(line.mid(line.indexOf("/platforms/") + 11))
                                 .section(QLatin1Char('"'), 0, 0);
        }
        QCOMPARE(platforms.size(), 1);
        QVERIFY2(platforms.constFirst().contains(QStringLiteral("qminimal")),
                 qPrintable(platforms.constFirst()));
        QVERIFY(read(html).contains("data:image/png;base64,"));
    }
};

QTEST_GUILESS_MAIN(TestCliScripting)
#include "tst_cliscripting.moc"
