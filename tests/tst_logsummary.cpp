#include "directloader.h"
#include "logsummary.h"
#include "timeutil.h"

#include <QDir>
#include <QJsonObject>
#include <QtTest>

#include <map>

namespace {

QString samplesDir()
{
    return QStringLiteral(HTTPERR_TEST_DATA "/samples");
}

using Reasons = std::vector<std::pair<QString, uint64_t>>;

// The reasons of all 44 rows of the sample files, most frequent first, then by name.
Reasons sampleReasons()
{
    return {
        {QStringLiteral("URL"), 8},
        {QStringLiteral("Forbidden"), 5},
        {QStringLiteral("Hostname"), 5},
        {QStringLiteral("Version_N/S"), 5},
        {QStringLiteral("ConnLimit"), 4},
        {QStringLiteral("NotFound"), 4},
        {QStringLiteral("Timer_MinBytesPerSecond"), 4},
        {QStringLiteral("Connection_Dropped"), 2},
        {QStringLiteral("N/A"), 2},
        {QStringLiteral("Timer_ConnectionIdle"), 2},
        {QStringLiteral("Header"), 1},
        {QStringLiteral("URL_Length"), 1},
        {QStringLiteral("Verb"), 1},
    };
}

} // namespace

class TestLogSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void allSamples();
    void problemsOfAllSamples();
    void subsetOfRows();
    void emptyStore();
    void explicitFiles();
    void serversOfABundle();

private:
    DirectLoader::Result m_all;
};

void TestLogSummary::initTestCase()
{
    DirectLoader::load({samplesDir()}, m_all);
}

void TestLogSummary::allSamples()
{
    // The folder holds 13 .log files (SOURCES.md is not one).
    QCOMPARE(m_all.files.size(), 13);
    QCOMPARE(m_all.store.files(), m_all.files);
    QCOMPARE(m_all.store.rowCount(), size_t(44));
    QCOMPARE(m_all.malformed, uint64_t(3));
    QVERIFY(m_all.store.isTimeOrdered());

    LogSummary summary = LogSummary::compute(m_all.store);
    summary.malformed = m_all.malformed;
    QCOMPARE(summary.rows, uint64_t(44));
    QCOMPARE(summary.malformed, uint64_t(3));
    QCOMPARE(summary.files, 13);
    QCOMPARE(TimeUtil::formatIso(summary.first), QStringLiteral("2002-07-05T18:45:09Z"));
    QCOMPARE(TimeUtil::formatIso(summary.last), QStringLiteral("2026-10-07T12:24:56Z"));
    QCOMPARE(summary.reasons, sampleReasons());

    uint64_t total = 0;
    for (const auto &reason : summary.reasons)
        total += reason.second;
    QCOMPARE(total, summary.rows);

    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), qint64(44));
    QCOMPARE(json.value(QStringLiteral("malformed")).toInteger(), qint64(3));
    QCOMPARE(json.value(QStringLiteral("files")).toInt(), 13);
    QCOMPARE(json.value(QStringLiteral("first")).toString(),
             QStringLiteral("2002-07-05T18:45:09Z"));
    QCOMPARE(json.value(QStringLiteral("last")).toString(), QStringLiteral("2026-10-07T12:24:56Z"));
    const QJsonObject reasons = json.value(QStringLiteral("reasons")).toObject();
    QCOMPARE(reasons.size(), 13);
    for (const auto &[reason, count] : sampleReasons())
        QCOMPARE(reasons.value(reason).toInteger(), qint64(count));

    const QString text = summary.toText();
    QVERIFY(text.startsWith(QStringLiteral("Rows: 44\nMalformed lines: 3\nFiles: 13\n"
                                           "First: 2002-07-05T18:45:09Z\n"
                                           "Last: 2026-10-07T12:24:56Z\nReasons:\n")));
    QVERIFY(text.contains(QStringLiteral("         8  URL\n")));
    QVERIFY(text.endsWith(QStringLiteral("         1  Verb\n")));
}

void TestLogSummary::problemsOfAllSamples()
{
    // Three malformed lines (two fragments and the chrisad line with 11 fields), a note for
    // each of the seven header-less files, and the two fragment files have no rows.
    std::map<LogProblem::Code, int> counts;
    for (const LogProblem &p : m_all.problems)
        ++counts[p.code];
    QCOMPARE(m_all.problems.size(), size_t(12));
    QCOMPARE(counts[LogProblem::Code::NoLayout], 3);
    QCOMPARE(counts[LogProblem::Code::GuessedLayout], 7);
    QCOMPARE(counts[LogProblem::Code::Empty], 2);

    for (const LogProblem &p : m_all.problems) {
        QVERIFY(p.fileIndex >= 0 && p.fileIndex < m_all.files.size());
        QCOMPARE(p.path, m_all.files.at(p.fileIndex));
        const QString name = QFileInfo(p.path).fileName();
        if (p.code == LogProblem::Code::Empty)
            QVERIFY2(name.startsWith(QStringLiteral("FRAGMENT_")), qPrintable(name));
        if (p.code == LogProblem::Code::NoLayout && !name.startsWith(QStringLiteral("FRAGMENT_"))) {
            QCOMPARE(name, QStringLiteral("SYNTHETIC_iis6_placeholders.log"));
            QCOMPARE(p.line, uint64_t(3));
            QCOMPARE(p.found, 11);
        }
    }
}

void TestLogSummary::subsetOfRows()
{
    const int reason = m_all.store.columnOf(LogField::Reason);
    QVERIFY(reason >= 0);
    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < m_all.store.rowCount(); ++r) {
        const std::string_view t = m_all.store.text(size_t(reason), r);
        if (t == "Forbidden" || t == "Verb")
            rows.push_back(r);
    }
    QCOMPARE(rows.size(), size_t(6));

    const LogSummary summary = LogSummary::compute(m_all.store, &rows);
    QCOMPARE(summary.rows, uint64_t(6));
    QCOMPARE(summary.files, 13);
    QCOMPARE(TimeUtil::formatIso(summary.first), QStringLiteral("2018-05-05T05:05:55Z"));
    QCOMPARE(TimeUtil::formatIso(summary.last), QStringLiteral("2026-10-07T12:24:55Z"));
    QCOMPARE(summary.reasons,
             (Reasons{{QStringLiteral("Forbidden"), 5}, {QStringLiteral("Verb"), 1}}));

    const std::vector<uint32_t> none;
    const LogSummary empty = LogSummary::compute(m_all.store, &none);
    QCOMPARE(empty.rows, uint64_t(0));
    QVERIFY(empty.reasons.empty());
}

void TestLogSummary::emptyStore()
{
    const LogStore store;
    const LogSummary summary = LogSummary::compute(store);
    QCOMPARE(summary.rows, uint64_t(0));
    QCOMPARE(summary.files, 0);
    QVERIFY(summary.reasons.empty());
    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), qint64(0));
    QVERIFY(json.value(QStringLiteral("first")).isNull());
    QVERIFY(json.value(QStringLiteral("last")).isNull());
    QCOMPARE(summary.toText(), QStringLiteral("Rows: 0\nMalformed lines: 0\nFiles: 0\n"));
    QVERIFY(summary.servers.empty());
    QVERIFY(json.value(QStringLiteral("servers")).toObject().isEmpty());
}

void TestLogSummary::serversOfABundle()
{
    // A support bundle: a folder per server, each with the same file names. WEB03's log has
    // only its header (a server that had nothing to report still counts, with 0 rows).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray header = "#Software: Microsoft HTTP API 2.0\r\n#Fields: date time c-ip c-port "
                              "s-ip s-port cs-version cs-method cs-uri sc-status s-siteid "
                              "s-reason s-queuename\r\n";
    const QByteArray row =
        "2024-05-01 08:00:0%1 10.0.0.1 50000 10.0.0.9 80 HTTP/1.1 GET / 400 1 Hostname -\r\n";
    auto write = [&](const QString &server, int rows) {
        const QString folder =
            dir.filePath(QStringLiteral("bundle/") + server + QStringLiteral("/LogFiles/HTTPERR"));
        QVERIFY(QDir().mkpath(folder));
        QFile f(folder + QStringLiteral("/httperr1.log"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header);
        for (int i = 0; i < rows; ++i)
            f.write(QString::fromLatin1(row).arg(i).toLatin1());
    };
    write(QStringLiteral("WEB01"), 3);
    write(QStringLiteral("WEB02"), 2);
    write(QStringLiteral("WEB03"), 0);
    DirectLoader::Result result;
    DirectLoader::load({dir.filePath(QStringLiteral("bundle"))}, result);
    const LogSummary summary = LogSummary::compute(result.store);
    QCOMPARE(summary.servers, (Reasons{{QStringLiteral("WEB01"), 3},
                                       {QStringLiteral("WEB02"), 2},
                                       {QStringLiteral("WEB03"), 0}}));
    const QJsonObject servers = summary.toJson().value(QStringLiteral("servers")).toObject();
    QCOMPARE(servers.value(QStringLiteral("WEB01")).toInteger(), qint64(3));
    QCOMPARE(servers.value(QStringLiteral("WEB02")).toInteger(), qint64(2));
    QCOMPARE(servers.value(QStringLiteral("WEB03")).toInteger(), qint64(0));
    QVERIFY(summary.toText().endsWith(QStringLiteral("Servers:\n           3  WEB01\n"
                                                     "           2  WEB02\n"
                                                     "           0  WEB03\n")));
    QCOMPARE(result.store.fileSet().relativePath(1),
             QStringLiteral("bundle/WEB02/LogFiles/HTTPERR/httperr1.log"));
}

void TestLogSummary::explicitFiles()
{
    // Two files given by name, in an order that is not the time order: rows end up sorted.
    DirectLoader::Result result;
    DirectLoader::load(
        {samplesDir() + QStringLiteral("/log2timeline_plaso_test_data_httperr_httperr.log"),
         samplesDir() + QStringLiteral("/SYNTHETIC_iis6_placeholders.log"),
         samplesDir() + QStringLiteral("/no-such-file.log")},
        result);
    QCOMPARE(result.files.size(), 2);
    QCOMPARE(result.store.rowCount(), size_t(7));
    QCOMPARE(result.malformed, uint64_t(1));
    QVERIFY(result.store.isTimeOrdered());
    QCOMPARE(result.store.fileIndex(0), uint32_t(1));
    QCOMPARE(result.store.fileIndex(6), uint32_t(0));

    LogSummary summary = LogSummary::compute(result.store);
    QCOMPARE(summary.rows, uint64_t(7));
    QCOMPARE(summary.files, 2);
    QCOMPARE(TimeUtil::formatIso(summary.first), QStringLiteral("2007-01-01T23:48:12Z"));
    QCOMPARE(TimeUtil::formatIso(summary.last), QStringLiteral("2026-10-07T12:24:56Z"));
    QCOMPARE(summary.reasons, (Reasons{{QStringLiteral("Connection_Dropped"), 2},
                                       {QStringLiteral("Header"), 1},
                                       {QStringLiteral("Hostname"), 1},
                                       {QStringLiteral("URL_Length"), 1},
                                       {QStringLiteral("Verb"), 1},
                                       {QStringLiteral("Version_N/S"), 1}}));

    int missing = 0;
    for (const LogProblem &p : result.problems) {
        if (p.code == LogProblem::Code::Missing) {
            ++missing;
            QVERIFY(p.path.endsWith(QStringLiteral("/no-such-file.log")));
        }
    }
    QCOMPARE(missing, 1);
}

QTEST_GUILESS_MAIN(TestLogSummary)
#include "tst_logsummary.moc"
