#include "clientipanonymizer.h"
#include "csvwriter.h"
#include "exportformat.h"
#include "jsonlineswriter.h"
#include "rowwriter.h"
#include "storebuilder.h"
#include "tsvwriter.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {
std::string writeAll(ExportFormat format, const LogStore &store,
                     const std::vector<ExportColumn> &columns,
                     ClientIpAnonymizer *anonymizer = nullptr)
{
    auto writer = RowWriter::create(format, store, columns);
    writer->setAnonymizer(anonymizer);
    std::string out;
    writer->begin(out);
    for (size_t r = 0; r < store.rowCount(); ++r)
        writer->writeRow(r, out);
    return out;
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// A strict RFC 4180 reader, to check that what the writer quotes reads back as the value.
QList<QList<QByteArray>> parseCsv(const QByteArray &text)
{
    QList<QList<QByteArray>> records;
    QList<QByteArray> record;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << field;
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}
} // namespace

class TestExportWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatFromPath_data();
    void formatFromPath();
    void csvEscaping_data();
    void csvEscaping();
    void csvReadsBack();
    void csvHeaderAndOrigin();
    void tsvEscaping_data();
    void tsvEscaping();
    void jsonLinesTypes();
    void originTellsServersApart_data();
    void originTellsServersApart();
    void jsonLinesEscaping_data();
    void jsonLinesEscaping();
    void anonymizerIsStable();
    void anonymizerShapes_data();
    void anonymizerShapes();
    void anonymizerNeverMerges();
    void anonymizedExport();
};

void TestExportWriters::formatFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1 for none
    QTest::newRow("csv") << "/tmp/a.csv" << int(ExportFormat::Csv);
    QTest::newRow("CSV upper") << "C:/x/A.CSV" << int(ExportFormat::Csv);
    QTest::newRow("tsv") << "a.tsv" << int(ExportFormat::Tsv);
    QTest::newRow("tab") << "a.tab" << int(ExportFormat::Tsv);
    QTest::newRow("jsonl") << "a.jsonl" << int(ExportFormat::JsonLines);
    QTest::newRow("ndjson") << "a.ndjson" << int(ExportFormat::JsonLines);
    QTest::newRow("json") << "a.json" << int(ExportFormat::JsonLines);
    QTest::newRow("log") << "httperr9.log" << int(ExportFormat::HttpErr);
    QTest::newRow("txt") << "a.txt" << -1;
    QTest::newRow("none") << "a" << -1;
}

void TestExportWriters::formatFromPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = ExportFormats::fromPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
    if (found)
        QCOMPARE(ExportFormats::fromPath(ExportFormats::withExtension(QStringLiteral("x"), *found)),
                 found);
}

void TestExportWriters::csvEscaping_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << QByteArray("/plain") << QByteArray("/plain");
    QTest::newRow("comma") << QByteArray("/a?b=1,2") << QByteArray("\"/a?b=1,2\"");
    QTest::newRow("quote") << QByteArray("/a\"b\"") << QByteArray("\"/a\"\"b\"\"\"");
    QTest::newRow("LF") << QByteArray("/a\nb") << QByteArray("\"/a\nb\"");
    QTest::newRow("CRLF") << QByteArray("/a\r\nb") << QByteArray("\"/a\r\nb\"");
    QTest::newRow("empty is -") << QByteArray("-") << QByteArray("-");
    QTest::newRow("formula") << QByteArray("=cmd|'/C calc'!A0")
                             << QByteArray("\"'=cmd|'/C calc'!A0\"");
    QTest::newRow("at") << QByteArray("@SUM(1)") << QByteArray("\"'@SUM(1)\"");
    QTest::newRow("utf8 kept") << QByteArray("/caf\xc3\xa9") << QByteArray("/caf\xc3\xa9");
    QTest::newRow("latin1 to utf8") << QByteArray("/caf\xe9") << QByteArray("/caf\xc3\xa9");
    QTest::newRow("backslash") << QByteArray("..\\win.ini") << QByteArray("..\\win.ini");
}

void TestExportWriters::csvEscaping()
{
    QFETCH(QByteArray, uri);
    QFETCH(QByteArray, cell);
    const LogStore store =
        StoreBuilder().row("2024-01-02 03:04:05", {{"cs-uri", uri.toStdString()}}).build();
    const std::string out =
        writeAll(ExportFormat::Csv, store, {ExportColumn::time(), ExportColumn::field(0)});
    QCOMPARE(bytes(out), "date,time,cs-uri\r\n2024-01-02,03:04:05," + cell + "\r\n");
}

void TestExportWriters::csvReadsBack()
{
    const std::vector<std::string> uris{"/a,b", "/\"q\"", "/multi\nline", "/x\r\ny", "/p,\"q\",\n"};
    StoreBuilder builder;
    for (const std::string &u : uris)
        builder.row("2024-01-02 03:04:05", {{"cs-uri", u}, {"s-reason", "URL"}});
    const LogStore store = builder.build();
    const auto records =
        parseCsv(bytes(writeAll(ExportFormat::Csv, store, ExportColumn::all(store))));
    QCOMPARE(records.size(), qsizetype(uris.size() + 1));
    QCOMPARE(records[0],
             (QList<QByteArray>{"date", "time", "cs-uri", "s-reason", "server", "file", "line"}));
    for (size_t i = 0; i < uris.size(); ++i) {
        QCOMPARE(records[qsizetype(i + 1)].size(), 7);
        QCOMPARE(records[qsizetype(i + 1)][2], QByteArray::fromStdString(uris[i]));
        QCOMPARE(records[qsizetype(i + 1)][4], QByteArray("logs"));
        QCOMPARE(records[qsizetype(i + 1)][5], QByteArray("httperr1.log"));
        QCOMPARE(records[qsizetype(i + 1)][6], QByteArray::number(qsizetype(i + 1)));
    }
}

void TestExportWriters::csvHeaderAndOrigin()
{
    const LogStore store =
        StoreBuilder()
            .row("2024-01-02 03:04:05",
                 {{"cs(User-Agent)", "curl/8"}, {"x-custom", "v"}, {"sc-status", "503"}})
            .build({QStringLiteral("/var/log/HTTPERR/httperr7.log")});
    // View order: status first, then time, the extra field, the line and the file.
    const std::vector<ExportColumn> columns{ExportColumn::field(2), ExportColumn::time(),
                                            ExportColumn::field(1), ExportColumn::line(),
                                            ExportColumn::file(),   ExportColumn::field(0)};
    QCOMPARE(bytes(writeAll(ExportFormat::Csv, store, columns)),
             QByteArray("sc-status,date,time,x-custom,line,file,cs(user-agent)\r\n"
                        "503,2024-01-02,03:04:05,v,1,httperr7.log,curl/8\r\n"));
}

void TestExportWriters::originTellsServersApart_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv") << int(ExportFormat::Csv)
                         << QByteArray("date,time,s-reason,server,file,line\r\n"
                                       "2024-01-02,03:04:05,URL,WEB01,"
                                       "bundle/WEB01/LogFiles/HTTPERR/httperr1.log,1\r\n"
                                       "2024-01-02,03:04:05,URL,WEB02,"
                                       "bundle/WEB02/LogFiles/HTTPERR/httperr1.log,1\r\n");
    QTest::newRow("tsv") << int(ExportFormat::Tsv)
                         << QByteArray("date\ttime\ts-reason\tserver\tfile\tline\n"
                                       "2024-01-02\t03:04:05\tURL\tWEB01\t"
                                       "bundle/WEB01/LogFiles/HTTPERR/httperr1.log\t1\n"
                                       "2024-01-02\t03:04:05\tURL\tWEB02\t"
                                       "bundle/WEB02/LogFiles/HTTPERR/httperr1.log\t1\n");
    QTest::newRow("jsonl")
        << int(ExportFormat::JsonLines)
        << QByteArray("{\"timestamp\":\"2024-01-02T03:04:05Z\",\"date\":\"2024-01-02\","
                      "\"time\":\"03:04:05\",\"s-reason\":\"URL\",\"server\":\"WEB01\","
                      "\"file\":\"bundle/WEB01/LogFiles/HTTPERR/httperr1.log\",\"line\":1}\n"
                      "{\"timestamp\":\"2024-01-02T03:04:05Z\",\"date\":\"2024-01-02\","
                      "\"time\":\"03:04:05\",\"s-reason\":\"URL\",\"server\":\"WEB02\","
                      "\"file\":\"bundle/WEB02/LogFiles/HTTPERR/httperr1.log\",\"line\":1}\n");
}

void TestExportWriters::originTellsServersApart()
{
    // Two servers' httperr1.log: the server and the path below the opened folder tell them
    // apart, where the file's own name would not.
    QFETCH(int, format);
    QFETCH(QByteArray, expected);
    const StoreBuilder rows = StoreBuilder().row("2024-01-02 03:04:05", {{"s-reason", "URL"}});
    LogStore store;
    store.setFileSet(
        LogFileSet::build({QStringLiteral("/cases/bundle")},
                          {QStringLiteral("/cases/bundle/WEB01/LogFiles/HTTPERR/httperr1.log"),
                           QStringLiteral("/cases/bundle/WEB02/LogFiles/HTTPERR/httperr1.log")}));
    store.append(rows.batch(0));
    store.append(rows.batch(1));
    QCOMPARE(bytes(writeAll(ExportFormat(format), store, ExportColumn::all(store))), expected);
}

void TestExportWriters::tsvEscaping_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << QByteArray("/a,b\"c\"") << QByteArray("/a,b\"c\"");
    QTest::newRow("tab") << QByteArray("/a\tb") << QByteArray("/a\\tb");
    QTest::newRow("LF") << QByteArray("/a\nb") << QByteArray("/a\\nb");
    QTest::newRow("CR") << QByteArray("/a\rb") << QByteArray("/a\\rb");
    QTest::newRow("backslash kept") << QByteArray("..\\..\\x") << QByteArray("..\\..\\x");
    QTest::newRow("empty is -") << QByteArray("-") << QByteArray("-");
    QTest::newRow("formula") << QByteArray("+1+1") << QByteArray("'+1+1");
    QTest::newRow("latin1 to utf8") << QByteArray("\xfc") << QByteArray("\xc3\xbc");
}

void TestExportWriters::tsvEscaping()
{
    QFETCH(QByteArray, uri);
    QFETCH(QByteArray, cell);
    const LogStore store =
        StoreBuilder()
            .row("2024-01-02 03:04:05", {{"cs-uri", uri.toStdString()}, {"s-reason", "URL"}})
            .build();
    const std::string out =
        writeAll(ExportFormat::Tsv, store,
                 {ExportColumn::time(), ExportColumn::field(0), ExportColumn::field(1)});
    QCOMPARE(bytes(out), "date\ttime\tcs-uri\ts-reason\n2024-01-02\t03:04:05\t" + cell + "\tURL\n");
    // Every line has the same number of cells: the value never splits.
    for (const QByteArray &line : bytes(out).split('\n')) {
        if (!line.isEmpty())
            QCOMPARE(line.count('\t'), 3);
    }
}

void TestExportWriters::jsonLinesTypes()
{
    const LogStore store = StoreBuilder()
                               .row("2024-01-02 03:04:05", {{"c-ip", "192.0.2.1"},
                                                            {"c-port", "50123"},
                                                            {"cs-uri", "/x?a=1"},
                                                            {"sc-status", "503"},
                                                            {"s-siteid", "-"},
                                                            {"s-reason", "QueueFull"},
                                                            {"time-taken", "007"},
                                                            {"sc-bytes", "12a"}})
                               .row("2024-01-02 23:59:59", {{"c-ip", "-"},
                                                            {"c-port", "1"},
                                                            {"sc-status", "-"},
                                                            {"s-siteid", "447434323"},
                                                            {"s-reason", "Timer_ConnectionIdle"}})
                               .build();
    const QList<QByteArray> lines =
        bytes(writeAll(ExportFormat::JsonLines, store, ExportColumn::all(store))).split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[2].isEmpty());
    QJsonParseError error;
    const QJsonObject a = QJsonDocument::fromJson(lines[0], &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(a.value(u"timestamp").toString(), QStringLiteral("2024-01-02T03:04:05Z"));
    QCOMPARE(a.value(u"date").toString(), QStringLiteral("2024-01-02"));
    QCOMPARE(a.value(u"time").toString(), QStringLiteral("03:04:05"));
    QCOMPARE(a.value(u"c-ip").toString(), QStringLiteral("192.0.2.1"));
    QVERIFY(a.value(u"c-port").isDouble());
    QCOMPARE(a.value(u"c-port").toInteger(), 50123);
    QCOMPARE(a.value(u"sc-status").toInteger(), 503);
    QVERIFY(a.value(u"s-siteid").isNull());
    QCOMPARE(a.value(u"cs-uri").toString(), QStringLiteral("/x?a=1"));
    QCOMPARE(a.value(u"time-taken").toString(), QStringLiteral("007")); // leading zero: text
    QCOMPARE(a.value(u"sc-bytes").toString(), QStringLiteral("12a"));
    QCOMPARE(a.value(u"server").toString(), QStringLiteral("logs"));
    QCOMPARE(a.value(u"file").toString(), QStringLiteral("httperr1.log"));
    QCOMPARE(a.value(u"line").toInteger(), 1);
    QCOMPARE(a.keys().size(), 14);

    const QJsonObject b = QJsonDocument::fromJson(lines[1], &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(b.value(u"c-ip").isNull());
    QVERIFY(b.value(u"sc-status").isNull());
    QVERIFY(b.value(u"cs-uri").isNull()); // a column this row never had
    QCOMPARE(b.value(u"s-siteid").toInteger(), 447434323);
    QCOMPARE(b.value(u"s-reason").toString(), QStringLiteral("Timer_ConnectionIdle"));
}

void TestExportWriters::jsonLinesEscaping_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("quote") << QByteArray("/a\"b") << QStringLiteral("/a\"b");
    QTest::newRow("backslash") << QByteArray("..\\win.ini") << QStringLiteral("..\\win.ini");
    QTest::newRow("controls") << QByteArray("/a\tb\nc\x01") << QStringLiteral("/a\tb\nc\x01");
    QTest::newRow("utf8") << QByteArray("/caf\xc3\xa9") << QStringLiteral("/caf\u00e9");
    QTest::newRow("latin1") << QByteArray("/caf\xe9") << QStringLiteral("/caf\u00e9");
    QTest::newRow("number text") << QByteArray("12345") << QStringLiteral("12345");
}

void TestExportWriters::jsonLinesEscaping()
{
    QFETCH(QByteArray, uri);
    QFETCH(QString, decoded);
    const LogStore store =
        StoreBuilder().row("2024-01-02 03:04:05", {{"cs-uri", uri.toStdString()}}).build();
    const std::string out = writeAll(ExportFormat::JsonLines, store, {ExportColumn::field(0)});
    QVERIFY(out.back() == '\n');
    QCOMPARE(std::count(out.begin(), out.end(), '\n'), 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(bytes(out), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(o.value(u"cs-uri").isString()); // cs-uri is no numeric field
    QCOMPARE(o.value(u"cs-uri").toString(), decoded);
}

void TestExportWriters::anonymizerIsStable()
{
    ClientIpAnonymizer a(QByteArray("key-1"));
    const std::string first(a.pseudonym("203.0.113.7"));
    QCOMPARE(std::string(a.pseudonym("203.0.113.7")), first);
    QCOMPARE(std::string(a.pseudonym(5, "203.0.113.7")), first);
    QCOMPARE(std::string(a.pseudonym(5, "203.0.113.7")), first);
    QVERIFY(std::string(a.pseudonym("203.0.113.8")) != first);
    QCOMPARE(a.count(), size_t(2));
    QVERIFY(a.pseudonym("").empty());

    // The same key gives the same stand-ins; another key other ones.
    ClientIpAnonymizer again(QByteArray("key-1"));
    QCOMPARE(std::string(again.pseudonym("203.0.113.7")), first);
    ClientIpAnonymizer other(QByteArray("key-2"));
    ClientIpAnonymizer random1;
    ClientIpAnonymizer random2;
    QStringList seen;
    for (ClientIpAnonymizer *x : {&other, &random1, &random2})
        seen << QString::fromStdString(std::string(x->pseudonym("203.0.113.7")));
    seen << QString::fromStdString(first);
    seen.removeDuplicates();
    QVERIFY2(seen.size() >= 3, qPrintable(seen.join(u' ')));
}

void TestExportWriters::anonymizerShapes_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("shape");
    QTest::newRow("ipv4") << "10.1.2.3"
                          << "^198\\.(18|19)\\.\\d{1,3}\\.\\d{1,3}$";
    QTest::newRow("ipv6 scope") << "fe80::1c2b:3d4e%13"
                                << "^2001:db8(:[0-9a-f]{1,4}){6}%13$";
    QTest::newRow("ipv6 global") << "2001:4898:0:fff:0:5efe:10.164.167.30%0"
                                 << "^2001:db8(:[0-9a-f]{1,4}){6}%0$";
    QTest::newRow("loopback6") << "::1%0"
                               << "^2001:db8(:[0-9a-f]{1,4}){6}%0$";
    QTest::newRow("placeholder") << "[IP]"
                                 << "^anon-[0-9a-f]{8}$";
    QTest::newRow("garbage") << "293.1.1.1"
                             << "^anon-[0-9a-f]{8}$";
}

void TestExportWriters::anonymizerShapes()
{
    QFETCH(QString, address);
    QFETCH(QString, shape);
    ClientIpAnonymizer a;
    const std::string_view out = a.pseudonym(address.toStdString());
    const QString text = QString::fromLatin1(out.data(), qsizetype(out.size()));
    QVERIFY2(QRegularExpression(shape).match(text).hasMatch(), qPrintable(text));
    const QString host = text.section(u'%', 0, 0);
    if (!text.startsWith(u"anon-"))
        QVERIFY2(!QHostAddress(host).isNull(), qPrintable(text));
}

void TestExportWriters::anonymizerNeverMerges()
{
    // Many more addresses than the /15 has room for without collisions: still all distinct.
    ClientIpAnonymizer a(QByteArray("fixed"));
    QSet<QString> out;
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        const std::string ip = "10." + std::to_string(i >> 16) + '.'
                               + std::to_string((i >> 8) & 255) + '.' + std::to_string(i & 255);
        const std::string_view p = a.pseudonym(uint32_t(i + 1), ip);
        out.insert(QString::fromLatin1(p.data(), qsizetype(p.size())));
    }
    QCOMPARE(out.size(), count);
}

void TestExportWriters::anonymizedExport()
{
    const LogStore store =
        StoreBuilder()
            .row("2024-01-02 03:04:05", {{"c-ip", "203.0.113.7"}, {"s-ip", "10.0.0.5"}})
            .row("2024-01-02 03:04:06", {{"c-ip", "203.0.113.9"}, {"s-ip", "10.0.0.5"}})
            .row("2024-01-02 03:04:07", {{"c-ip", "203.0.113.7"}, {"s-ip", "10.0.0.5"}})
            .row("2024-01-02 03:04:08", {{"c-ip", "-"}, {"s-ip", "10.0.0.5"}})
            .build();
    ClientIpAnonymizer anonymizer;
    const QByteArray out = bytes(writeAll(
        ExportFormat::Csv, store, {ExportColumn::field(0), ExportColumn::field(1)}, &anonymizer));
    QVERIFY(!out.contains("203.0.113"));
    const QList<QList<QByteArray>> records = parseCsv(out);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[1][0], records[3][0]);
    QVERIFY(records[1][0] != records[2][0]);
    QCOMPARE(records[4][0], QByteArray("-"));
    QCOMPARE(records[1][1], QByteArray("10.0.0.5")); // the server address stays
}

QTEST_GUILESS_MAIN(TestExportWriters)
#include "tst_exportwriters.moc"
