// The ECS export against Filebeat's own fixtures (elastic/beats, Apache-2.0, see
// data/ecs/SOURCES.md): every field its expected documents show comes out equal, except
// geo-location, offsets and Filebeat's own metadata; and every layout the viewer reads maps.
#include "directloader.h"
#include "ecswriter.h"
#include "rowwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString dataDir()
{
    return QStringLiteral(HTTPERR_TEST_DATA);
}

// The documents the ECS export writes for `paths`, one per row; with `bulk`, the action lines
// are checked and dropped.
QList<QJsonObject> exportEcs(const QStringList &paths, bool bulk = false)
{
    DirectLoader::Result loaded;
    DirectLoader::load(paths, loaded);
    auto writer =
        RowWriter::create(bulk ? ExportFormat::EcsBulk : ExportFormat::Ecs, loaded.store, {});
    std::string out;
    writer->begin(out);
    for (size_t r = 0; r < loaded.store.rowCount(); ++r)
        writer->writeRow(r, out);
    QList<QJsonObject> documents;
    const QList<QByteArray> lines = QByteArray(out.data(), qsizetype(out.size())).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines[i], &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s", lines[i].constData());
        if (bulk && i % 2 == 0) {
            const QJsonObject action{{QStringLiteral("create"),
                                      QJsonObject{{QStringLiteral("_index"),
                                                   QStringLiteral("logs-iis.error-default")}}}};
            if (document.object() != action)
                qWarning("not a bulk action: %s", lines[i].constData());
            continue;
        }
        documents << document.object();
    }
    return documents;
}

// What Filebeat adds that a file export cannot know: where it found the line and which input
// and module version read it, and what a GeoIP database says of an address.
bool isFilebeatOnly(const QString &key)
{
    static const QStringList exact{QStringLiteral("log.offset"), QStringLiteral("fileset.name"),
                                   QStringLiteral("input.type"), QStringLiteral("service.type"),
                                   QStringLiteral("ecs.version")};
    return exact.contains(key) || key.startsWith(QLatin1String("source.geo."))
           || key.startsWith(QLatin1String("source.as."))
           || key.startsWith(QLatin1String("destination.geo."));
}
} // namespace

class TestEcsExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalsFilebeat_data();
    void equalsFilebeat();
    void bulkHasActionLines();
    void everyLayoutMaps_data();
    void everyLayoutMaps();
    void fieldsFilebeatDrops();
    void fieldNames_data();
    void fieldNames();
};

void TestEcsExport::equalsFilebeat_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<int>("fieldsCompared");
    // The counts pin down that the comparison below really looked at the fields.
    QTest::newRow("test.log") << QStringLiteral("test.log") << 80;
    QTest::newRow("ipv6_zone_id.log") << QStringLiteral("ipv6_zone_id.log") << 10;
}

void TestEcsExport::equalsFilebeat()
{
    QFETCH(QString, log);
    QFETCH(int, fieldsCompared);
    const QString path = dataDir() + QStringLiteral("/ecs/") + log;
    QFile expectedFile(path + QStringLiteral("-expected.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(expectedFile.readAll()).array();
    const QList<QJsonObject> actual = exportEcs({path});
    QCOMPARE(actual.size(), expected.size());
    int compared = 0;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (isFilebeatOnly(it.key()))
                continue;
            const QString where = QStringLiteral("document %1, %2").arg(i).arg(it.key());
            QVERIFY2(actual[i].contains(it.key()), qPrintable(where + QStringLiteral(" missing")));
            QCOMPARE(actual[i].value(it.key()), it.value());
            ++compared;
        }
    }
    QCOMPARE(compared, fieldsCompared);
}

void TestEcsExport::bulkHasActionLines()
{
    const QString path = dataDir() + QStringLiteral("/ecs/test.log");
    const QList<QJsonObject> plain = exportEcs({path});
    const QList<QJsonObject> bulk = exportEcs({path}, true);
    QCOMPARE(bulk.size(), 4);
    QCOMPARE(bulk, plain);
}

void TestEcsExport::everyLayoutMaps_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("key"); // a field of the last document
    QTest::addColumn<QJsonValue>("value");
    const auto row = [](const char *name, int rows, const char *key, const QJsonValue &value) {
        QTest::newRow(name) << QString::fromLatin1(name) << rows << QString::fromLatin1(key)
                            << value;
    };
    // 18 fields (streamid, streamid_ex, transport, fault codes): Filebeat's grok mis-reads it.
    row("log2timeline_plaso_test_data_httperr_httperr.log", 5, "iis.error.transport",
        QStringLiteral("TCP"));
    // 12 fields of IIS 6 (no queue name), no header.
    row("MicrosoftDocs_SupportArticles-docs_error-logging-http-apis.md.log", 4,
        "iis.error.reason_phrase", QStringLiteral("Timer_MinBytesPerSecond"));
    // 13 fields without a header, the verb and URL as a scanner sent them.
    row("elastic_beats_filebeat_module_iis_error_test_iis_error_url.log", 8, "url.original",
        QStringLiteral("/fee&fie=foe"));
}

void TestEcsExport::everyLayoutMaps()
{
    QFETCH(QString, sample);
    QFETCH(int, rows);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QString path = dataDir() + QStringLiteral("/samples/") + sample;
    DirectLoader::Result loaded;
    DirectLoader::load({path}, loaded);
    const QList<QJsonObject> documents = exportEcs({path});
    QCOMPARE(documents.size(), rows);
    QCOMPARE(documents.last().value(key), value);
    // Every field that has a value in the store is in the document under some name.
    const LogStore &store = loaded.store;
    for (size_t r = 0; r < store.rowCount(); ++r) {
        const QJsonObject &document = documents.at(qsizetype(r));
        QVERIFY(document.value(QStringLiteral("@timestamp"))
                    .toString()
                    .endsWith(QLatin1String(".000Z")));
        for (size_t c = 0; c < store.columnCount(); ++c) {
            const LogStore::Column &column = store.column(c);
            if (store.text(c, r).empty())
                continue;
            const std::string id = column.field == LogField::Extra
                                       ? column.name
                                       : std::string(LogFields::id(column.field));
            QString name = QString::fromStdString(EcsWriter::fieldName(column.field, id));
            if (column.field == LogField::ClientIp || column.field == LogField::ServerIp)
                name += QStringLiteral(".address");
            QVERIFY2(document.contains(name), qPrintable(name));
        }
    }
}

void TestEcsExport::fieldsFilebeatDrops()
{
    // The 18-field layout's first row: what Filebeat leaves out keeps its value under
    // iis.error, and the line comes back as it was.
    const QList<QJsonObject> documents = exportEcs(
        {dataDir() + QStringLiteral("/samples/log2timeline_plaso_test_data_httperr_httperr.log")});
    QVERIFY(!documents.isEmpty());
    const QJsonObject first = documents.first();
    QCOMPARE(first.value(QStringLiteral("iis.error.transport")), QJsonValue(QStringLiteral("TCP")));
    QVERIFY(!first.contains(QStringLiteral("iis.error.stream_id")));
    QVERIFY(!first.contains(QStringLiteral("iis.error.site_id")));
    QCOMPARE(first.value(QStringLiteral("url.original")),
             QJsonValue(QStringLiteral("/test'XOR(1)*!")));
    QCOMPARE(first.value(QStringLiteral("http.version")), QJsonValue(QStringLiteral("1.1")));
    QCOMPARE(first.value(QStringLiteral("destination.port")), QJsonValue(8123));
    QCOMPARE(first.value(QStringLiteral("event.outcome")), QJsonValue(QStringLiteral("failure")));
    QCOMPARE(first.value(QStringLiteral("host.name")), QJsonValue(QStringLiteral("samples")));
    QCOMPARE(first.value(QStringLiteral("log.file.path")),
             QJsonValue(QStringLiteral("log2timeline_plaso_test_data_httperr_httperr.log")));
    QCOMPARE(
        first.value(QStringLiteral("event.original")),
        QJsonValue(QStringLiteral("2026-10-07 12:24:54 127.0.0.1 54517 127.0.0.1 8123 "
                                  "HTTP/1.1 GET /test'XOR(1)*! - - 400 - Hostname - TCP - -")));
}

void TestEcsExport::fieldNames_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("reason") << int(LogField::Reason) << "s-reason"
                            << "iis.error.reason_phrase";
    QTest::newRow("queue") << int(LogField::QueueName) << "s-queuename"
                           << "iis.error.queue_name";
    QTest::newRow("site") << int(LogField::SiteId) << "s-siteid"
                          << "iis.error.site_id";
    QTest::newRow("stream") << int(LogField::StreamIdEx) << "streamid_ex"
                            << "iis.error.stream_id_ex";
    QTest::newRow("fault") << int(LogField::ExtendedFaultCode) << "extended-fault-code"
                           << "iis.error.extended_fault_code";
    QTest::newRow("unknown") << int(LogField::Extra) << "X-Forwarded(For)"
                             << "iis.error.x_forwarded_for_";
}

void TestEcsExport::fieldNames()
{
    QFETCH(int, field);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(EcsWriter::fieldName(LogField(field), id.toStdString())), name);
}

QTEST_GUILESS_MAIN(TestEcsExport)
#include "tst_ecsexport.moc"
