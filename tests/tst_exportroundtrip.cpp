#include "directloader.h"
#include "exportjob.h"
#include "logsummary.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <set>

// Exports to httperr .log and reads the file back: every row must come back with the same
// time, the same fields in the same order and the same text.
class TestExportRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void subsetKeepsOrderAndRows();
    void anonymizedKeepsEverythingElse();

private:
    static QString data(const QString &name);
    static void load(const QStringList &paths, DirectLoader::Result &result);
    static QString exportLog(const LogStore &store, const QString &path, bool anonymize = false,
                             std::shared_ptr<const std::vector<uint32_t>> rows = nullptr);
    static void compareRows(const LogStore &a, size_t rowA, const LogStore &b, size_t rowB,
                            bool skipClientIp = false);
    QTemporaryDir m_dir;
};

QString TestExportRoundTrip::data(const QString &name)
{
    return QStringLiteral(HTTPERR_TEST_DATA "/") + name;
}

void TestExportRoundTrip::load(const QStringList &paths, DirectLoader::Result &result)
{
    DirectLoader::load(paths, result);
}

QString TestExportRoundTrip::exportLog(const LogStore &store, const QString &path, bool anonymize,
                                       std::shared_ptr<const std::vector<uint32_t>> rows)
{
    ExportJob::Request request;
    request.store = &store;
    request.rows = std::move(rows);
    request.format = ExportFormat::HttpErr;
    request.anonymize = anonymize;
    request.path = path;
    const ExportJob::Result result = ExportJob::run(request);
    return result.ok() ? QString() : result.error;
}

void TestExportRoundTrip::compareRows(const LogStore &a, size_t rowA, const LogStore &b,
                                      size_t rowB, bool skipClientIp)
{
    QCOMPARE(b.time(rowB), a.time(rowA));
    const LogStore::RowLayout *la = a.layoutOf(rowA);
    const LogStore::RowLayout *lb = b.layoutOf(rowB);
    QVERIFY(la && lb);
    QCOMPARE(lb->fields.size(), la->fields.size());
    for (size_t s = 0; s < la->fields.size(); ++s) {
        const auto &fa = la->fields[s];
        const auto &fb = lb->fields[s];
        QCOMPARE(fb.name, fa.name);
        QCOMPARE(fb.column < 0, fa.column < 0);
        if (fa.column < 0)
            continue;
        QCOMPARE(b.column(size_t(fb.column)).field, a.column(size_t(fa.column)).field);
        if (skipClientIp && a.column(size_t(fa.column)).field == LogField::ClientIp)
            continue;
        QCOMPARE(b.text(size_t(fb.column), rowB), a.text(size_t(fa.column), rowA));
    }
}

void TestExportRoundTrip::roundTrip_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<int>("rows");
    const QString samples = QStringLiteral("samples/");
    QTest::newRow("12 fields, no header") << QStringList{data(
        samples
        + QStringLiteral("MicrosoftDocs_SupportArticles-docs_error-logging-http-apis.md.log"))}
                                          << 4;
    QTest::newRow("12 fields, placeholders")
        << QStringList{data(samples + QStringLiteral("SYNTHETIC_iis6_placeholders.log"))}
        << 2; // the third line lost a field
    QTest::newRow("13 fields") << QStringList{data(
        samples + QStringLiteral("elastic_beats_filebeat_module_iis_error_test_test.log"))}
                               << 4;
    QTest::newRow("13 fields, no final newline") << QStringList{data(
        samples + QStringLiteral("elastic_beats_filebeat_module_iis_error_test_error.log"))}
                                                 << 4;
    QTest::newRow("13 fields, raw URL bytes") << QStringList{data(
        samples + QStringLiteral("elastic_beats_filebeat_module_iis_error_test_iis_error_url.log"))}
                                              << 8;
    QTest::newRow("14 fields, IPv6") << QStringList{data(
        samples + QStringLiteral("elastic_beats_filebeat_module_iis_error_test_ipv6_zone_id.log"))}
                                     << 1;
    QTest::newRow("16 and 14 fields in one file")
        << QStringList{data(samples + QStringLiteral("SYNTHETIC_16_and_14_fields_no_header.log"))}
        << 2;
    QTest::newRow("18 fields, CRLF") << QStringList{data(
        samples + QStringLiteral("log2timeline_plaso_test_data_httperr_httperr.log"))}
                                     << 5;
    QTest::newRow("13 and 12 fields (trimmed line)")
        << QStringList{data(samples + QStringLiteral("SYNTHETIC_scanner_urls_no_header.log"))} << 9;
    QTest::newRow("header blocks with other fields")
        << QStringList{data(QStringLiteral("export/mixed-blocks.log"))} << 7;
    QTest::newRow("a field named twice")
        << QStringList{data(QStringLiteral("export/repeated-field.log"))} << 2;
    QTest::newRow("every sample at once") << QStringList{data(samples)} << 44;
    QTest::newRow("samples and blocks")
        << QStringList{data(samples), data(QStringLiteral("export/mixed-blocks.log"))} << 51;
}

void TestExportRoundTrip::roundTrip()
{
    QFETCH(QStringList, paths);
    QFETCH(int, rows);
    DirectLoader::Result original;
    load(paths, original);
    QCOMPARE(int(original.store.rowCount()), rows);

    const QString out = m_dir.filePath(QStringLiteral("roundtrip.log"));
    QCOMPARE(exportLog(original.store, out), QString());

    DirectLoader::Result again;
    load({out}, again);
    QCOMPARE(again.malformed, uint64_t(0));
    QVERIFY(again.problems.empty()); // no guessed layout, no bad line
    QCOMPARE(again.store.rowCount(), original.store.rowCount());
    for (size_t r = 0; r < original.store.rowCount(); ++r) {
        compareRows(original.store, r, again.store, r);
        if (QTest::currentTestFailed()) {
            qWarning() << "row" << r;
            return;
        }
    }
    const LogSummary before = LogSummary::compute(original.store);
    const LogSummary after = LogSummary::compute(again.store);
    QCOMPARE(after.reasons, before.reasons);
    QCOMPARE(after.first, before.first);
    QCOMPARE(after.last, before.last);

    // Exporting the re-read file gives the same bytes: nothing drifts on a second trip.
    const QString second = m_dir.filePath(QStringLiteral("roundtrip2.log"));
    QCOMPARE(exportLog(again.store, second), QString());
    QFile a(out);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestExportRoundTrip::subsetKeepsOrderAndRows()
{
    DirectLoader::Result original;
    load({data(QStringLiteral("samples/")), data(QStringLiteral("export/mixed-blocks.log"))},
         original);
    auto rows = std::make_shared<std::vector<uint32_t>>();
    for (uint32_t r = 0; r < original.store.rowCount(); r += 3)
        rows->push_back(r);
    const QString out = m_dir.filePath(QStringLiteral("subset.log"));
    QCOMPARE(exportLog(original.store, out, false, rows), QString());
    DirectLoader::Result again;
    load({out}, again);
    QCOMPARE(again.store.rowCount(), rows->size());
    for (size_t i = 0; i < rows->size(); ++i)
        compareRows(original.store, (*rows)[i], again.store, i);
}

void TestExportRoundTrip::anonymizedKeepsEverythingElse()
{
    DirectLoader::Result original;
    load({data(QStringLiteral("samples/")), data(QStringLiteral("export/mixed-blocks.log"))},
         original);
    const QString out = m_dir.filePath(QStringLiteral("anon.log"));
    QCOMPARE(exportLog(original.store, out, true), QString());
    DirectLoader::Result again;
    load({out}, again);
    QCOMPARE(again.store.rowCount(), original.store.rowCount());
    const int ipA = original.store.columnOf(LogField::ClientIp);
    const int ipB = again.store.columnOf(LogField::ClientIp);
    std::set<std::pair<uint32_t, std::string>> pairs; // original id -> stand-in, one to one
    std::set<std::string> standIns;
    std::set<uint32_t> originals;
    for (size_t r = 0; r < original.store.rowCount(); ++r) {
        compareRows(original.store, r, again.store, r, true);
        const std::string before(original.store.text(size_t(ipA), r));
        const std::string after(again.store.text(size_t(ipB), r));
        QCOMPARE(after.empty(), before.empty());
        if (!before.empty())
            QVERIFY2(before != after, before.c_str());
        pairs.emplace(original.store.id(size_t(ipA), r), after);
        standIns.insert(after);
        originals.insert(original.store.id(size_t(ipA), r));
    }
    QCOMPARE(pairs.size(), originals.size());
    QCOMPARE(standIns.size(), originals.size());
}

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
