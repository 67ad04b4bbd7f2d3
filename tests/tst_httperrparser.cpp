#include "fieldlayout.h"
#include "fieldsheaders.h"
#include "httperrparser.h"
#include "logbatch.h"
#include "logproblem.h"
#include "stringpool.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <iterator>
#include <string>

namespace {

const char *const kLine12 = "2002-07-05 18:45:09 172.31.77.6 2094 172.31.77.6 80 HTTP/1.1 GET "
                            "/qos/1kbfile.txt 503 - ConnLimit";
const char *const kLine13 = "2018-01-01 08:09:10 81.2.69.143 2780 127.0.0.1 80 HTTP/1.1 GET "
                            "/ThisIsMyUrl.htm 400 - Hostname DefaultAppPool";
const char *const kLine14 = "2018-12-30 14:22:07 ::1%0 49958 ::1%0 80 HTTP/2.0 GET /a 7 503 1 "
                            "N/A DefaultAppPool";
const char *const kLine16 = "2026-01-15 12:00:00 192.0.2.10 50000 192.0.2.20 443 HTTP/3 GET "
                            "/q?x=1 4 12 503 1 QueueFull MyPool QUIC";
const char *const kLine18 = "2026-10-07 12:24:54 127.0.0.1 54517 127.0.0.1 8123 HTTP/1.1 GET "
                            "/test'XOR(1)*! - - 400 - Hostname - TCP 0x80070008 0x1";

const qint64 kTime12 = 1025894709; // 2002-07-05 18:45:09 UTC
const qint64 kTime13 = 1514794150; // 2018-01-01 08:09:10 UTC
const qint64 kTime14 = 1546179727; // 2018-12-30 14:22:07 UTC
const qint64 kTime16 = 1768478400; // 2026-01-15 12:00:00 UTC
const qint64 kTime18 = 1791375894; // 2026-10-07 12:24:54 UTC

const QString kPath = QStringLiteral("/logs/httperr7.log");
const int32_t kFileIndex = 3;

struct Parsed
{
    LogBatch batch;
    bool rejected = false;
    LogProblem rejection;
    uint64_t lines = 0;
    uint64_t rows = 0;
};

Parsed parseBytes(const QByteArray &bytes)
{
    Parsed result;
    HttpErrParser parser(kFileIndex, kPath);
    parser.parse(bytes.constData(), size_t(bytes.size()), result.batch);
    result.rejected = parser.isRejected();
    result.rejection = parser.rejection();
    result.lines = parser.lineCount();
    result.rows = parser.rowCount();
    return result;
}

QByteArray lines(std::initializer_list<const char *> list, const char *eol = "\n")
{
    QByteArray out;
    for (const char *line : list) {
        out += line;
        out += eol;
    }
    return out;
}

int columnIndex(const LogBatch &batch, const std::string &name)
{
    for (size_t i = 0; i < batch.columns.size(); ++i) {
        if (batch.columns[i].name == name)
            return int(i);
    }
    return -1;
}

uint32_t cellId(const LogBatch &batch, size_t column, size_t row)
{
    const LogBatch::Column &c = batch.columns[column];
    return row < c.ids.size() ? c.ids[row] : StringPool::EmptyId;
}

QByteArray cellBytes(const LogBatch &batch, size_t column, size_t row)
{
    const std::string_view v = batch.columns[column].pool.view(cellId(batch, column, row));
    return QByteArray(v.data(), qsizetype(v.size()));
}

// The cell of the column named `name`; "<no column>" when the batch has no such column.
QByteArray cell(const LogBatch &batch, const char *name, size_t row)
{
    const int c = columnIndex(batch, name);
    return c < 0 ? QByteArray("<no column>") : cellBytes(batch, size_t(c), row);
}

// The problems that are about lines (the GuessedLayout note left out).
std::vector<LogProblem> lineProblems(const LogBatch &batch)
{
    std::vector<LogProblem> out;
    for (const LogProblem &p : batch.problems) {
        if (p.code != LogProblem::Code::GuessedLayout)
            out.push_back(p);
    }
    return out;
}

QString samplesDir()
{
    return QStringLiteral(HTTPERR_TEST_DATA "/samples");
}

} // namespace

class TestHttpErrParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldSplitterOfThisBuild();
    void layouts_data();
    void layouts();
    void customFieldsKeepUnknownIds();
    void repeatedFieldId();
    void headerBlocksRebindColumns();
    void headerlessMixedCounts();
    void lineEndings_data();
    void lineEndings();
    void piecesContinueLineNumbers();
    void reusedBatchObject();
    void values_data();
    void values();
    void malformed_data();
    void malformed();
    void blankLinesAreNotMalformed();
    void accessLogRejected_data();
    void accessLogRejected();
    void problemCap_data();
    void problemCap();
    void problemCapAcrossPieces();
    void iis6PlaceholderSample();
    void sampleFiles_data();
    void sampleFiles();
    void sampleFileValues();
};

void TestHttpErrParser::fieldSplitterOfThisBuild()
{
    // HTTPERR_SIMD and the processor decide (tests/CMakeLists.txt); the other tests then run
    // the splitter this build has.
    const QByteArray expected(HTTPERR_EXPECTED_SPLITTER);
    const QByteArray actual(HttpErrParser::fieldSplitter());
    qInfo("field splitter: %s", actual.constData());
    if (expected.isEmpty())
        QVERIFY(actual == "sse2" || actual == "scalar");
    else
        QCOMPARE(actual, expected);
}

void TestHttpErrParser::layouts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<bool>("guessed");
    QTest::addColumn<int>("dataLine");

    const QStringList names12{QStringLiteral("c-ip"),       QStringLiteral("c-port"),
                              QStringLiteral("s-ip"),       QStringLiteral("s-port"),
                              QStringLiteral("cs-version"), QStringLiteral("cs-method"),
                              QStringLiteral("cs-uri"),     QStringLiteral("sc-status"),
                              QStringLiteral("s-siteid"),   QStringLiteral("s-reason")};
    const QStringList values12{QStringLiteral("172.31.77.6"),
                               QStringLiteral("2094"),
                               QStringLiteral("172.31.77.6"),
                               QStringLiteral("80"),
                               QStringLiteral("HTTP/1.1"),
                               QStringLiteral("GET"),
                               QStringLiteral("/qos/1kbfile.txt"),
                               QStringLiteral("503"),
                               QString(),
                               QStringLiteral("ConnLimit")};
    const QStringList names13 = names12 + QStringList{QStringLiteral("s-queuename")};
    const QStringList values13{QStringLiteral("81.2.69.143"),
                               QStringLiteral("2780"),
                               QStringLiteral("127.0.0.1"),
                               QStringLiteral("80"),
                               QStringLiteral("HTTP/1.1"),
                               QStringLiteral("GET"),
                               QStringLiteral("/ThisIsMyUrl.htm"),
                               QStringLiteral("400"),
                               QString(),
                               QStringLiteral("Hostname"),
                               QStringLiteral("DefaultAppPool")};
    const QStringList names14{
        QStringLiteral("c-ip"),     QStringLiteral("c-port"),     QStringLiteral("s-ip"),
        QStringLiteral("s-port"),   QStringLiteral("cs-version"), QStringLiteral("cs-method"),
        QStringLiteral("cs-uri"),   QStringLiteral("streamid"),   QStringLiteral("sc-status"),
        QStringLiteral("s-siteid"), QStringLiteral("s-reason"),   QStringLiteral("s-queuename")};
    const QStringList values14{
        QStringLiteral("::1%0"), QStringLiteral("49958"),    QStringLiteral("::1%0"),
        QStringLiteral("80"),    QStringLiteral("HTTP/2.0"), QStringLiteral("GET"),
        QStringLiteral("/a"),    QStringLiteral("7"),        QStringLiteral("503"),
        QStringLiteral("1"),     QStringLiteral("N/A"),      QStringLiteral("DefaultAppPool")};
    const QStringList names16{
        QStringLiteral("c-ip"),        QStringLiteral("c-port"),     QStringLiteral("s-ip"),
        QStringLiteral("s-port"),      QStringLiteral("cs-version"), QStringLiteral("cs-method"),
        QStringLiteral("cs-uri"),      QStringLiteral("streamid"),   QStringLiteral("streamid_ex"),
        QStringLiteral("sc-status"),   QStringLiteral("s-siteid"),   QStringLiteral("s-reason"),
        QStringLiteral("s-queuename"), QStringLiteral("transport")};
    const QStringList values16{
        QStringLiteral("192.0.2.10"), QStringLiteral("50000"),  QStringLiteral("192.0.2.20"),
        QStringLiteral("443"),        QStringLiteral("HTTP/3"), QStringLiteral("GET"),
        QStringLiteral("/q?x=1"),     QStringLiteral("4"),      QStringLiteral("12"),
        QStringLiteral("503"),        QStringLiteral("1"),      QStringLiteral("QueueFull"),
        QStringLiteral("MyPool"),     QStringLiteral("QUIC")};
    const QStringList names18 =
        names16 + QStringList{QStringLiteral("fault-code"), QStringLiteral("extended-fault-code")};
    const QStringList values18{QStringLiteral("127.0.0.1"),
                               QStringLiteral("54517"),
                               QStringLiteral("127.0.0.1"),
                               QStringLiteral("8123"),
                               QStringLiteral("HTTP/1.1"),
                               QStringLiteral("GET"),
                               QStringLiteral("/test'XOR(1)*!"),
                               QString(),
                               QString(),
                               QStringLiteral("400"),
                               QString(),
                               QStringLiteral("Hostname"),
                               QString(),
                               QStringLiteral("TCP"),
                               QStringLiteral("0x80070008"),
                               QStringLiteral("0x1")};

    const char *software = "#Software: Microsoft HTTP API 2.0";
    const char *version = "#Version: 1.0";

    QTest::newRow("12 header-less")
        << lines({kLine12}) << names12 << values12 << kTime12 << true << 1;
    QTest::newRow("13 header-less")
        << lines({kLine13}) << names13 << values13 << kTime13 << true << 1;
    QTest::newRow("14 header-less")
        << lines({kLine14}) << names14 << values14 << kTime14 << true << 1;
    QTest::newRow("16 header-less")
        << lines({kLine16}) << names16 << values16 << kTime16 << true << 1;
    QTest::newRow("18 header-less")
        << lines({kLine18}) << names18 << values18 << kTime18 << true << 1;
    QTest::newRow("12 #Fields") << lines({kFields12, kLine12}) << names12 << values12 << kTime12
                                << false << 2;
    QTest::newRow("13 #Fields") << lines(
        {software, version, "#Date: 2018-01-01 08:09:10", kFields13, kLine13})
                                << names13 << values13 << kTime13 << false << 5;
    QTest::newRow("14 #Fields") << lines(
        {software, version, "#Date: 2018-12-30 13:48:36", kFields14, kLine14})
                                << names14 << values14 << kTime14 << false << 5;
    QTest::newRow("16 #Fields") << lines({software, version, kFields16, kLine16}) << names16
                                << values16 << kTime16 << false << 4;
    QTest::newRow("18 #Fields") << lines(
        {software, version, "#Date: 2026-10-07 12:24:54", kFields18, kLine18})
                                << names18 << values18 << kTime18 << false << 5;
    QTest::newRow("#Fields with extra spaces")
        << lines({"#Fields:  date time  c-ip s-reason  ", "2024-01-02 03:04:05 10.0.0.1 Verb"})
        << QStringList{QStringLiteral("c-ip"), QStringLiteral("s-reason")}
        << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("Verb")} << qint64(1704164645)
        << false << 2;
}

void TestHttpErrParser::layouts()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, names);
    QFETCH(QStringList, values);
    QFETCH(qint64, time);
    QFETCH(bool, guessed);
    QFETCH(int, dataLine);
    QCOMPARE(names.size(), values.size());

    const Parsed r = parseBytes(input);
    QVERIFY(!r.rejected);
    QCOMPARE(r.batch.malformed, uint64_t(0));
    QCOMPARE(r.rows, uint64_t(1));
    QCOMPARE(r.batch.rowCount(), size_t(1));
    QCOMPARE(r.batch.times.front(), time);
    QCOMPARE(r.batch.lines.front(), uint32_t(dataLine));
    QCOMPARE(r.lines, uint64_t(dataLine));

    QCOMPARE(int(r.batch.columns.size()), int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        const LogBatch::Column &c = r.batch.columns[size_t(i)];
        QCOMPARE(QString::fromStdString(c.name), names.at(i));
        QCOMPARE(c.field, LogFields::fromId(c.name));
        QVERIFY(c.field != LogField::Extra);
        QCOMPARE(cellBytes(r.batch, size_t(i), 0), values.at(i).toUtf8());
        QCOMPARE(cellId(r.batch, size_t(i), 0) == StringPool::EmptyId, values.at(i).isEmpty());
    }

    if (guessed) {
        QCOMPARE(r.batch.problems.size(), size_t(1));
        const LogProblem &note = r.batch.problems.front();
        QCOMPARE(note.code, LogProblem::Code::GuessedLayout);
        QCOMPARE(note.severity(), LogProblem::Severity::Note);
        QCOMPARE(note.line, uint64_t(dataLine));
        QCOMPARE(note.found, int(names.size()) + 2);
        QCOMPARE(note.fileIndex, kFileIndex);
        QCOMPARE(note.path, kPath);
    } else {
        QCOMPARE(r.batch.problems.size(), size_t(0));
    }
}

void TestHttpErrParser::customFieldsKeepUnknownIds()
{
    // A custom ErrorLoggingFields choice: time before date, optional fields, and ids no
    // HTTP.sys version writes (kept as extra columns under their own names).
    const QByteArray input = lines({
        "#Software: Microsoft HTTP API 2.0",
        "#Fields: time date s-computername c-ip x-custom cs(User-Agent) cs(Referrer) sc-status "
        "s-reason X-Other",
        "08:09:10 2018-01-01 WEB01 10.1.2.3 abc Mozilla/5.0+(Windows) - 503 QueueFull 42",
    });
    const Parsed r = parseBytes(input);
    QVERIFY(!r.rejected);
    QCOMPARE(r.batch.malformed, uint64_t(0));
    QCOMPARE(r.batch.rowCount(), size_t(1));
    QCOMPARE(r.batch.times.front(), kTime13);
    QCOMPARE(r.batch.lines.front(), uint32_t(3));

    struct Expected
    {
        const char *name;
        LogField field;
        const char *value;
    };
    const Expected expected[] = {
        {"s-computername", LogField::ComputerName, "WEB01"},
        {"c-ip", LogField::ClientIp, "10.1.2.3"},
        {"x-custom", LogField::Extra, "abc"},
        {"cs(User-Agent)", LogField::UserAgent, "Mozilla/5.0+(Windows)"},
        {"cs(Referrer)", LogField::Referer, ""},
        {"sc-status", LogField::Status, "503"},
        {"s-reason", LogField::Reason, "QueueFull"},
        {"X-Other", LogField::Extra, "42"},
    };
    QCOMPARE(r.batch.columns.size(), std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) {
        const LogBatch::Column &c = r.batch.columns[i];
        QCOMPARE(c.name, std::string(expected[i].name));
        QCOMPARE(c.field, expected[i].field);
        QCOMPARE(cellBytes(r.batch, i, 0), QByteArray(expected[i].value));
    }
}

void TestHttpErrParser::repeatedFieldId()
{
    // A hand-edited header naming a field twice: the first occurrence gives the value, and
    // the column stays aligned with the rows.
    const QByteArray input = lines({
        "#Fields: date time c-ip s-reason c-ip",
        "2018-01-01 08:09:10 10.0.0.1 Verb 10.0.0.2",
        "2018-01-01 08:09:11 10.0.0.3 URL 10.0.0.4",
        "2018-01-01 08:09:12 10.0.0.5 Header 10.0.0.6",
    });
    const Parsed r = parseBytes(input);
    QCOMPARE(r.batch.malformed, uint64_t(0));
    QCOMPARE(r.batch.rowCount(), size_t(3));
    QCOMPARE(r.batch.columns.size(), size_t(2));
    for (const LogBatch::Column &c : r.batch.columns)
        QVERIFY(c.ids.size() <= r.batch.rowCount());
    QCOMPARE(cell(r.batch, "c-ip", 0), QByteArray("10.0.0.1"));
    QCOMPARE(cell(r.batch, "c-ip", 1), QByteArray("10.0.0.3"));
    QCOMPARE(cell(r.batch, "c-ip", 2), QByteArray("10.0.0.5"));
    QCOMPARE(cell(r.batch, "s-reason", 2), QByteArray("Header"));
}

void TestHttpErrParser::headerBlocksRebindColumns()
{
    // A 13-field block, an empty block, then a 14-field block after a restart (the OS
    // gained HTTP/2): streamid appears and sc-status moves one place to the right.
    const QByteArray input = lines({
        "#Software: Microsoft HTTP API 2.0",
        "#Version: 1.0",
        "#Date: 2018-01-01 08:09:10",
        kFields13,
        kLine13,
        "2018-12-30 14:22:07 ::1%0 49958 ::1%0 80 HTTP/2.0 GET /a 7 503 1 N/A DefaultAppPool",
        "#Software: Microsoft HTTP API 2.0",
        "#Version: 1.0",
        "#Date: 2018-06-01 00:00:00",
        kFields13,
        "#Software: Microsoft HTTP API 2.0",
        "#Version: 1.0",
        "#Date: 2018-12-30 13:48:36",
        kFields14,
        kLine14,
        kLine13,
        "2019-01-01 00:00:01 10.0.0.9 1000 10.0.0.1 443 HTTP/2.0 GET /b - 404 2 NotFound Pool2",
    });
    const Parsed r = parseBytes(input);
    QVERIFY(!r.rejected);
    QCOMPARE(r.lines, uint64_t(17));
    QCOMPARE(r.batch.rowCount(), size_t(3));
    QCOMPARE(r.batch.lines, (std::vector<uint32_t>{5, 15, 17}));
    QCOMPARE(r.batch.times, (std::vector<int64_t>{kTime13, kTime14, 1546300801}));

    // The 14-field line in the 13-field block and the 13-field line in the 14-field block.
    QCOMPARE(r.batch.malformed, uint64_t(2));
    QCOMPARE(r.batch.problems.size(), size_t(2));
    QCOMPARE(r.batch.problems[0].code, LogProblem::Code::FieldCount);
    QCOMPARE(r.batch.problems[0].line, uint64_t(6));
    QCOMPARE(r.batch.problems[0].expected, 13);
    QCOMPARE(r.batch.problems[0].found, 14);
    QCOMPARE(r.batch.problems[1].code, LogProblem::Code::FieldCount);
    QCOMPARE(r.batch.problems[1].line, uint64_t(16));
    QCOMPARE(r.batch.problems[1].expected, 14);
    QCOMPARE(r.batch.problems[1].found, 13);
    QCOMPARE(r.batch.problems[1].raw, QByteArray(kLine13));

    // One column per field across blocks; streamid only has a value in the second block.
    QCOMPARE(r.batch.columns.size(), size_t(12));
    QCOMPARE(cell(r.batch, "sc-status", 0), QByteArray("400"));
    QCOMPARE(cell(r.batch, "sc-status", 1), QByteArray("503"));
    QCOMPARE(cell(r.batch, "sc-status", 2), QByteArray("404"));
    QCOMPARE(cell(r.batch, "s-siteid", 0), QByteArray());
    QCOMPARE(cell(r.batch, "s-siteid", 1), QByteArray("1"));
    QCOMPARE(cell(r.batch, "s-siteid", 2), QByteArray("2"));
    QCOMPARE(cell(r.batch, "s-reason", 0), QByteArray("Hostname"));
    QCOMPARE(cell(r.batch, "s-reason", 1), QByteArray("N/A"));
    QCOMPARE(cell(r.batch, "s-reason", 2), QByteArray("NotFound"));
    QCOMPARE(cell(r.batch, "s-queuename", 2), QByteArray("Pool2"));
    QCOMPARE(cell(r.batch, "streamid", 0), QByteArray());
    QCOMPARE(cell(r.batch, "streamid", 1), QByteArray("7"));
    QCOMPARE(cell(r.batch, "streamid", 2), QByteArray());
    QCOMPARE(cell(r.batch, "cs-uri", 2), QByteArray("/b"));
}

void TestHttpErrParser::headerlessMixedCounts()
{
    // Header-less lines fall back by their own field count, line by line.
    const QByteArray input = lines({kLine12, kLine13, kLine14, kLine16, kLine18, kLine12});
    const Parsed r = parseBytes(input);
    QCOMPARE(r.batch.malformed, uint64_t(0));
    QCOMPARE(r.batch.rowCount(), size_t(6));
    QCOMPARE(r.batch.times,
             (std::vector<int64_t>{kTime12, kTime13, kTime14, kTime16, kTime18, kTime12}));
    // A single note, for the first guess.
    QCOMPARE(r.batch.problems.size(), size_t(1));
    QCOMPARE(r.batch.problems[0].code, LogProblem::Code::GuessedLayout);
    QCOMPARE(r.batch.problems[0].found, 12);
    QCOMPARE(cell(r.batch, "s-reason", 0), QByteArray("ConnLimit"));
    QCOMPARE(cell(r.batch, "s-reason", 1), QByteArray("Hostname"));
    QCOMPARE(cell(r.batch, "s-reason", 2), QByteArray("N/A"));
    QCOMPARE(cell(r.batch, "s-reason", 3), QByteArray("QueueFull"));
    QCOMPARE(cell(r.batch, "s-reason", 4), QByteArray("Hostname"));
    QCOMPARE(cell(r.batch, "s-reason", 5), QByteArray("ConnLimit"));
    QCOMPARE(cell(r.batch, "s-queuename", 0), QByteArray());
    QCOMPARE(cell(r.batch, "s-queuename", 1), QByteArray("DefaultAppPool"));
    QCOMPARE(cell(r.batch, "s-queuename", 5), QByteArray());
    QCOMPARE(cell(r.batch, "streamid", 2), QByteArray("7"));
    QCOMPARE(cell(r.batch, "transport", 3), QByteArray("QUIC"));
    QCOMPARE(cell(r.batch, "transport", 4), QByteArray("TCP"));
    QCOMPARE(cell(r.batch, "fault-code", 4), QByteArray("0x80070008"));
    QCOMPARE(cell(r.batch, "fault-code", 5), QByteArray());
}

void TestHttpErrParser::lineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("firstDataLine");

    const QByteArray header = QByteArray(kFields13);
    const QByteArray a = QByteArray(kLine13);
    const QByteArray b = QByteArray("2018-01-01 09:10:11 81.2.69.143 2780 127.0.0.1 80 HTTP/1.1 "
                                    "GET /x 503 - ConnLimit -");
    QTest::newRow("LF") << (header + '\n' + a + '\n' + b + '\n') << 2;
    QTest::newRow("CRLF") << (header + "\r\n" + a + "\r\n" + b + "\r\n") << 2;
    QTest::newRow("LF, no final newline") << (header + '\n' + a + '\n' + b) << 2;
    QTest::newRow("CRLF, no final newline") << (header + "\r\n" + a + "\r\n" + b) << 2;
    QTest::newRow("mixed") << (header + "\r\n" + a + '\n' + b + "\r\n") << 2;
    QTest::newRow("BOM, header") << ("\xEF\xBB\xBF" + header + "\r\n" + a + "\r\n" + b) << 2;
    QTest::newRow("BOM, header-less") << ("\xEF\xBB\xBF" + a + "\r\n" + b + "\r\n") << 1;
    QTest::newRow("trailing spaces") << (header + " \r\n" + a + "  \r\n" + b + "\t\n") << 2;
}

void TestHttpErrParser::lineEndings()
{
    QFETCH(QByteArray, input);
    QFETCH(int, firstDataLine);

    const Parsed r = parseBytes(input);
    QCOMPARE(r.batch.malformed, uint64_t(0));
    QCOMPARE(lineProblems(r.batch).size(), size_t(0));
    QCOMPARE(r.batch.rowCount(), size_t(2));
    QCOMPARE(r.lines, uint64_t(firstDataLine + 1));
    QCOMPARE(r.batch.lines,
             (std::vector<uint32_t>{uint32_t(firstDataLine), uint32_t(firstDataLine + 1)}));
    QCOMPARE(r.batch.times, (std::vector<int64_t>{kTime13, kTime13 + 3661}));
    QCOMPARE(cell(r.batch, "c-ip", 0), QByteArray("81.2.69.143"));
    QCOMPARE(cell(r.batch, "s-queuename", 0), QByteArray("DefaultAppPool"));
    QCOMPARE(cell(r.batch, "s-reason", 1), QByteArray("ConnLimit"));
    QCOMPARE(cellId(r.batch, size_t(columnIndex(r.batch, "s-queuename")), 1), StringPool::EmptyId);
}

void TestHttpErrParser::piecesContinueLineNumbers()
{
    // The loader feeds one file in pieces, each into a new batch: the header of the first
    // piece still binds the lines of the later ones, and line numbers go on.
    HttpErrParser parser(0, kPath);
    const QByteArray first = lines({"#Software: Microsoft HTTP API 2.0", kFields14}, "\r\n");
    const QByteArray second = lines({kLine14, kLine14}, "\r\n");
    const QByteArray third = lines({kLine13, kLine14}, "\r\n");

    LogBatch b1;
    parser.parse(first.constData(), size_t(first.size()), b1);
    QCOMPARE(b1.rowCount(), size_t(0));
    QCOMPARE(b1.columns.size(), size_t(0));
    LogBatch b2;
    parser.parse(second.constData(), size_t(second.size()), b2);
    LogBatch b3;
    parser.parse(third.constData(), size_t(third.size()), b3);

    QCOMPARE(parser.lineCount(), uint64_t(6));
    QCOMPARE(parser.rowCount(), uint64_t(3));
    QCOMPARE(b2.lines, (std::vector<uint32_t>{3, 4}));
    QCOMPARE(b3.lines, (std::vector<uint32_t>{6}));
    QCOMPARE(b3.malformed, uint64_t(1));
    QCOMPARE(b3.problems.size(), size_t(1));
    QCOMPARE(b3.problems[0].line, uint64_t(5));
    QCOMPARE(b3.problems[0].expected, 14);
    QCOMPARE(b3.problems[0].found, 13);
    QCOMPARE(b2.columns.size(), size_t(12));
    QCOMPARE(b3.columns.size(), size_t(12));
    QCOMPARE(cell(b2, "streamid", 1), QByteArray("7"));
    QCOMPARE(cell(b3, "s-queuename", 0), QByteArray("DefaultAppPool"));
}

void TestHttpErrParser::reusedBatchObject()
{
    // A batch emptied and filled again (or a new batch the allocator puts at the address of
    // a freed one) must be bound afresh: its columns are gone.
    HttpErrParser parser(0, kPath);
    const QByteArray first = lines({kFields13, kLine13});
    const QByteArray second = lines({kLine13});
    LogBatch batch;
    parser.parse(first.constData(), size_t(first.size()), batch);
    QCOMPARE(batch.rowCount(), size_t(1));
    batch = LogBatch();
    parser.parse(second.constData(), size_t(second.size()), batch);
    QCOMPARE(batch.rowCount(), size_t(1));
    QCOMPARE(batch.lines, (std::vector<uint32_t>{3}));
    QCOMPARE(batch.columns.size(), size_t(11));
    QCOMPARE(cell(batch, "cs-uri", 0), QByteArray("/ThisIsMyUrl.htm"));
    QCOMPARE(cell(batch, "s-queuename", 0), QByteArray("DefaultAppPool"));
}

void TestHttpErrParser::values_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("empty");

    QTest::newRow("hyphen alone is empty") << QByteArray("cs-uri") << QByteArray("-") << true;
    QTest::newRow("starts with hyphen") << QByteArray("cs-uri") << QByteArray("-/--x") << false;
    QTest::newRow("two hyphens") << QByteArray("cs-method") << QByteArray("--") << false;
    QTest::newRow("EN DASH") << QByteArray("s-siteid") << QByteArray("\xE2\x80\x93") << false;
    QTest::newRow("[IP] placeholder") << QByteArray("c-ip") << QByteArray("[IP]") << false;
    QTest::newRow("invalid IPv4") << QByteArray("s-ip") << QByteArray("293.217.138.127") << false;
    QTest::newRow("IPv6 link-local with scope")
        << QByteArray("c-ip") << QByteArray("fe80::1%13") << false;
    QTest::newRow("IPv6 loopback") << QByteArray("s-ip") << QByteArray("::1%0") << false;
    QTest::newRow("ISATAP IPv6") << QByteArray("c-ip")
                                 << QByteArray("2001:4898:0:fff:0:5efe:10.164.167.30%0") << false;
    QTest::newRow("non-UTF-8 bytes")
        << QByteArray("cs-uri") << QByteArray("/a\xC1\x1C\xE9\xFF%c1%1c") << false;
    QTest::newRow("UTF-8 URL") << QByteArray("cs-uri") << QByteArray("/caf\xC3\xA9") << false;
    QTest::newRow("large site id") << QByteArray("s-siteid") << QByteArray("447434323") << false;
    QTest::newRow("plus for spaces")
        << QByteArray("cs-method") << QByteArray("x|'|'|Win+7") << false;
    QTest::newRow("status hyphen") << QByteArray("sc-status") << QByteArray("-") << true;
    QTest::newRow("queue hyphen") << QByteArray("s-queuename") << QByteArray("-") << true;
}

void TestHttpErrParser::values()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(bool, empty);

    // A 13-field line with `field` replaced by `value`.
    const QList<QByteArray> names = QByteArray(kFields13).mid(9).split(' ');
    QList<QByteArray> tokens = QByteArray(kLine13).split(' ');
    QCOMPARE(tokens.size(), names.size());
    const qsizetype at = names.indexOf(field);
    QVERIFY(at >= 2);
    tokens[at] = value;
    const QByteArray input = QByteArray(kFields13) + "\r\n" + tokens.join(' ') + "\r\n";

    const Parsed r = parseBytes(input);
    QCOMPARE(r.batch.malformed, uint64_t(0));
    QCOMPARE(r.batch.rowCount(), size_t(1));
    const int column = columnIndex(r.batch, field.toStdString());
    QVERIFY(column >= 0);
    const uint32_t id = cellId(r.batch, size_t(column), 0);
    QCOMPARE(id == StringPool::EmptyId, empty);
    QCOMPARE(cellBytes(r.batch, size_t(column), 0), empty ? QByteArray() : value);
    // The other fields are untouched.
    QCOMPARE(cell(r.batch, "s-reason", 0), field == "s-reason" ? value : QByteArray("Hostname"));
    QCOMPARE(cell(r.batch, "c-port", 0), QByteArray("2780"));
}

void TestHttpErrParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<LogProblem::Code>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("found");
    QTest::addColumn<QByteArray>("raw");

    const QByteArray header = QByteArray(kFields13) + "\r\n";
    auto with13 = [](const char *date, const char *time) -> QByteArray {
        return QByteArray(date) + ' ' + time
               + " 81.2.69.143 2780 127.0.0.1 80 HTTP/1.1 GET / 400 - Hostname -";
    };

    const QByteArray twelve = kLine12;
    QTest::newRow("too few fields")
        << (header + twelve + "\r\n") << LogProblem::Code::FieldCount << 2 << 13 << 12 << twelve;
    const QByteArray fourteen = kLine14;
    QTest::newRow("too many fields") << (header + fourteen + "\r\n") << LogProblem::Code::FieldCount
                                     << 2 << 13 << 14 << fourteen;
    const QByteArray doubleSpace = QByteArray(kLine13).replace(" GET ", " GET  ");
    QTest::newRow("double space") << (header + doubleSpace) << LogProblem::Code::FieldCount << 2
                                  << 13 << 14 << doubleSpace;
    const QByteArray truncated = "2018-01-01 08:09:10 81.2.69.143 27";
    // Cut short without a line break: said so, not just "wrong field count".
    QTest::newRow("truncated last line") << (header + QByteArray(kLine13) + "\r\n" + truncated)
                                         << LogProblem::Code::CutShort << 3 << 13 << 4 << truncated;

    const struct
    {
        const char *name;
        const char *date;
        const char *time;
    } badTimes[] = {
        {"bad date, one-digit month", "2002-7-05", "18:45:09"},
        {"bad date, slashes", "2002/07/05", "18:45:09"},
        {"bad date, month 13", "2002-13-05", "18:45:09"},
        {"bad date, day 0", "2002-07-00", "18:45:09"},
        {"Feb 30", "2024-02-30", "00:00:00"},
        {"Feb 29, not a leap year", "2023-02-29", "00:00:00"},
        {"Feb 29, 1900", "1900-02-29", "00:00:00"},
        {"bad time, hour 24", "2002-07-05", "24:00:00"},
        {"bad time, minute 60", "2002-07-05", "18:60:09"},
        {"bad time, no seconds", "2002-07-05", "18:45"},
        {"bad time, fraction", "2002-07-05", "18:45:09.5"},
        {"bad time, letters", "2002-07-05", "1a:45:09"},
        {"EN DASH date", "\xE2\x80\x93", "18:45:09"},
        {"date time words", "date", "time"},
    };
    for (const auto &t : badTimes) {
        const QByteArray line = with13(t.date, t.time);
        QTest::newRow(t.name) << (header + line + "\r\n") << LogProblem::Code::BadTimestamp << 2
                              << 0 << 0 << line;
    }
    const QByteArray words = with13("date", "time");
    QTest::newRow("date time words, header-less")
        << (words + "\r\n") << LogProblem::Code::BadTimestamp << 1 << 0 << 0 << words;

    const QByteArray eleven = "2007-01-01 23:48:12 [IP] 5122 [IP] 80 HTTP/1.0 POST /shop/Basket- 1 "
                              "Connection_Dropped";
    QTest::newRow("no header, 11 fields")
        << (eleven + "\r\n") << LogProblem::Code::NoLayout << 1 << 0 << 11 << eleven;
    const QByteArray fifteen = QByteArray(kLine14) + " x";
    QTest::newRow("no header, 15 fields")
        << (fifteen + "\n") << LogProblem::Code::NoLayout << 1 << 0 << 15 << fifteen;
    const QByteArray fragment = "HTTP/1.1 POST /cart/checkout.aspx - 2 Connection_Dropped";
    QTest::newRow("no header, fragment")
        << fragment << LogProblem::Code::NoLayout << 1 << 0 << 6 << fragment;

    const QByteArray noTime = "10.0.0.1 Timer_ConnectionIdle";
    QTest::newRow("#Fields without date and time")
        << ("#Fields: c-ip s-reason\r\n" + noTime + "\r\n") << LogProblem::Code::FieldsNoTime << 2
        << 0 << 0 << noTime;
    const QByteArray onlyDate = "2018-01-01 10.0.0.1 Timer_ConnectionIdle";
    QTest::newRow("#Fields with date but no time")
        << ("#Fields: date c-ip s-reason\r\n" + onlyDate) << LogProblem::Code::FieldsNoTime << 2
        << 0 << 0 << onlyDate;
}

void TestHttpErrParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(LogProblem::Code, code);
    QFETCH(int, line);
    QFETCH(int, expected);
    QFETCH(int, found);
    QFETCH(QByteArray, raw);

    const Parsed r = parseBytes(input);
    QVERIFY(!r.rejected);
    QCOMPARE(r.batch.malformed, uint64_t(1));
    const std::vector<LogProblem> problems = lineProblems(r.batch);
    QCOMPARE(problems.size(), size_t(1));
    const LogProblem &p = problems.front();
    QCOMPARE(p.code, code);
    QCOMPARE(p.severity(), LogProblem::Severity::Warning);
    QCOMPARE(p.line, uint64_t(line));
    QCOMPARE(p.expected, expected);
    QCOMPARE(p.found, found);
    QCOMPARE(p.raw, raw);
    QCOMPARE(p.fileIndex, kFileIndex);
    QCOMPARE(p.path, kPath);
    QVERIFY(!p.message().isEmpty());
    // Only the well-formed line of "truncated last line" is a row.
    QCOMPARE(r.batch.rowCount(), size_t(line == 3 ? 1 : 0));
}

void TestHttpErrParser::blankLinesAreNotMalformed()
{
    const QByteArray input =
        "\r\n" + QByteArray(kFields13) + "\r\n\r\n   \r\n\t\n" + kLine13 + "\r\n\r\n";
    const Parsed r = parseBytes(input);
    QCOMPARE(r.batch.malformed, uint64_t(0));
    QCOMPARE(r.batch.problems.size(), size_t(0));
    QCOMPARE(r.batch.lines, (std::vector<uint32_t>{6}));
    QCOMPARE(r.lines, uint64_t(7));
}

void TestHttpErrParser::accessLogRejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("rows");

    const char *accessFields = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                               "cs-username c-ip cs(User-Agent) cs(Referer) sc-status "
                               "sc-substatus sc-win32-status time-taken";
    const char *accessLine = "2024-01-02 03:04:05 10.0.0.1 GET /index.htm - 80 - 10.0.0.2 "
                             "Mozilla/5.0 - 200 0 0 15";

    QTest::newRow("IIS #Software")
        << lines({"#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
                  "#Date: 2024-01-02 03:04:05", accessFields, accessLine})
        << true << 1 << QStringLiteral("IIS access log") << 0;
    QTest::newRow("IIS #Software, CRLF") << lines(
        {"#Software: Microsoft Internet Information Services 8.5", accessFields, accessLine},
        "\r\n") << true << 1 << QStringLiteral("IIS access log")
                                         << 0;
    QTest::newRow("cs-uri-stem without s-reason")
        << lines({"#Version: 1.0", accessFields, accessLine}) << true << 2
        << QStringLiteral("IIS access log") << 0;
    // Judged block by block: the rows before stay, the file is not rejected as a whole.
    QTest::newRow("IIS header after httperr rows") << lines(
        {kFields13, kLine13, "#Software: Microsoft Internet Information Services 7.5", kLine13})
                                                   << false << 3 << QStringLiteral("IIS access log")
                                                   << 1;
    QTest::newRow("IIS block, then an httperr block")
        << lines({"#Software: Microsoft Internet Information Services 7.5", accessFields,
                  accessLine, "#Software: Microsoft HTTP API 2.0", kFields13, kLine13, kLine13})
        << false << 1 << QStringLiteral("IIS access log") << 2;
    QTest::newRow("cs-uri-stem with s-reason is kept")
        << lines({"#Fields: date time cs-uri-stem s-reason",
                  "2024-01-02 03:04:05 /index.htm Timer_ConnectionIdle"})
        << false << 0 << QString() << 1;
    QTest::newRow("HTTP API #Software")
        << lines({"#Software: Microsoft HTTP API 1.0", kFields13, kLine13}) << false << 0
        << QString() << 1;
}

void TestHttpErrParser::accessLogRejected()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, rejected);
    QFETCH(int, line);
    QFETCH(QString, detail);
    QFETCH(int, rows);

    const Parsed r = parseBytes(input);
    QCOMPARE(r.rejected, rejected);
    QCOMPARE(r.batch.rowCount(), size_t(rows));
    QCOMPARE(r.batch.malformed, uint64_t(0));
    if (line == 0)
        return;
    // The first foreign block is named at the line that gave it away.
    QCOMPARE(r.rejection.code, LogProblem::Code::NotHttpErr);
    QCOMPARE(r.rejection.severity(), LogProblem::Severity::Error);
    QCOMPARE(r.rejection.line, uint64_t(line));
    QCOMPARE(r.rejection.detail, detail);
    QCOMPARE(r.rejection.fileIndex, kFileIndex);
    QCOMPARE(r.rejection.path, kPath);
    QVERIFY(r.rejection.raw.startsWith('#'));
    QVERIFY(!r.rejection.raw.endsWith('\r'));
}

void TestHttpErrParser::problemCap_data()
{
    QTest::addColumn<int>("bad");
    QTest::addColumn<int>("listed");

    QTest::newRow("999") << 999 << 999;
    QTest::newRow("1000") << 1000 << 1000;
    QTest::newRow("1001") << 1001 << 1001;
    QTest::newRow("1002") << 1002 << 1001;
    QTest::newRow("2500") << 2500 << 1001;
}

void TestHttpErrParser::problemCap()
{
    QFETCH(int, bad);
    QFETCH(int, listed);

    // A header, then `bad` lines of three fields with one good row in the middle.
    QByteArray input = QByteArray(kFields13) + "\r\n";
    for (int i = 0; i < bad; ++i) {
        input += "a b c\r\n";
        if (i == 10)
            input += QByteArray(kLine13) + "\r\n";
    }
    const Parsed r = parseBytes(input);
    QCOMPARE(r.batch.malformed, uint64_t(bad));
    QCOMPARE(r.batch.rowCount(), size_t(1));
    QCOMPARE(r.batch.lines, (std::vector<uint32_t>{13}));
    QCOMPARE(int(r.batch.problems.size()), listed);
    // Lines 2..12 and 14.. are the bad ones.
    QCOMPARE(r.batch.problems[0].line, uint64_t(2));
    QCOMPARE(r.batch.problems[11].line, uint64_t(14));
    const LogProblem &last = r.batch.problems.back();
    if (bad > int(HttpErrParser::MaxListedProblems)) {
        QCOMPARE(last.code, LogProblem::Code::TooManyProblems);
        QCOMPARE(last.severity(), LogProblem::Severity::Note);
        QCOMPARE(last.expected, 1000);
        QCOMPARE(last.line, uint64_t(1001 + 2)); // the 1001st bad line
        QCOMPARE(last.raw, QByteArray());
        const LogProblem &before = r.batch.problems[999];
        QCOMPARE(before.code, LogProblem::Code::FieldCount);
        QCOMPARE(before.line, uint64_t(1000 + 2));
    } else {
        QCOMPARE(last.code, LogProblem::Code::FieldCount);
        QCOMPARE(last.line, uint64_t(bad + 2));
    }
    for (int i = 0; i + 1 < int(r.batch.problems.size()); ++i) {
        QCOMPARE(r.batch.problems[size_t(i)].code, LogProblem::Code::FieldCount);
        QCOMPARE(r.batch.problems[size_t(i)].expected, 13);
        QCOMPARE(r.batch.problems[size_t(i)].found, 3);
    }
}

void TestHttpErrParser::problemCapAcrossPieces()
{
    // The cap is per file, not per batch.
    HttpErrParser parser(0, kPath);
    QByteArray piece;
    for (int i = 0; i < 700; ++i)
        piece += "x\n";
    LogBatch b1;
    LogBatch b2;
    LogBatch b3;
    parser.parse(piece.constData(), size_t(piece.size()), b1);
    parser.parse(piece.constData(), size_t(piece.size()), b2);
    parser.parse(piece.constData(), size_t(piece.size()), b3);
    QCOMPARE(b1.malformed + b2.malformed + b3.malformed, uint64_t(2100));
    QCOMPARE(b1.problems.size(), size_t(700));
    QCOMPARE(b2.problems.size(), size_t(301));
    QCOMPARE(b3.problems.size(), size_t(0));
    QCOMPARE(b2.problems.back().code, LogProblem::Code::TooManyProblems);
    QCOMPARE(b2.problems.back().line, uint64_t(1001));
    QCOMPARE(b1.problems.front().code, LogProblem::Code::NoLayout);
    QCOMPARE(b1.problems.front().found, 1);
}

void TestHttpErrParser::iis6PlaceholderSample()
{
    QFile file(samplesDir() + QStringLiteral("/SYNTHETIC_iis6_placeholders.log"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Parsed r = parseBytes(file.readAll());
    QVERIFY(!r.rejected);
    QCOMPARE(r.lines, uint64_t(3));
    QCOMPARE(r.batch.rowCount(), size_t(2));
    QCOMPARE(r.batch.malformed, uint64_t(1));
    QCOMPARE(r.batch.lines, (std::vector<uint32_t>{1, 2}));
    QCOMPARE(r.batch.times, (std::vector<int64_t>{1167695292, 1167695292}));

    QCOMPARE(r.batch.problems.size(), size_t(2));
    QCOMPARE(r.batch.problems[0].code, LogProblem::Code::GuessedLayout);
    QCOMPARE(r.batch.problems[0].line, uint64_t(1));
    QCOMPARE(r.batch.problems[0].found, 12);
    const LogProblem &bad = r.batch.problems[1];
    QCOMPARE(bad.code, LogProblem::Code::NoLayout);
    QCOMPARE(bad.line, uint64_t(3));
    QCOMPARE(bad.found, 11);
    QCOMPARE(bad.raw, QByteArray("2007-01-01 23:48:12 [IP] 5122 [IP] 80 HTTP/1.0 POST "
                                 "/shop/Basket- 1 Connection_Dropped"));

    QCOMPARE(r.batch.columns.size(), size_t(10));
    QCOMPARE(cell(r.batch, "c-ip", 0), QByteArray("[IP]"));
    QCOMPARE(cell(r.batch, "c-port", 0), QByteArray("5120"));
    QCOMPARE(cell(r.batch, "c-port", 1), QByteArray("5121"));
    QCOMPARE(cell(r.batch, "s-ip", 1), QByteArray("[IP]"));
    QCOMPARE(cell(r.batch, "cs-version", 0), QByteArray("HTTP/1.0"));
    QCOMPARE(cell(r.batch, "cs-method", 0), QByteArray("POST"));
    QCOMPARE(cell(r.batch, "cs-uri", 0), QByteArray("/shop/Basket"));
    QCOMPARE(cell(r.batch, "sc-status", 0), QByteArray());
    QCOMPARE(cell(r.batch, "s-siteid", 0), QByteArray("1"));
    QCOMPARE(cell(r.batch, "s-reason", 1), QByteArray("Connection_Dropped"));
}

void TestHttpErrParser::sampleFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("lines");

    // Counted from the files: header-less lines are rows when they have 12, 13, 14, 16 or 18
    // fields and a valid date and time; with #Fields they need its field count.
    const struct
    {
        const char *name;
        int rows;
        int malformed;
        int lines;
    } expected[] = {
        {"FRAGMENT_SYNTHETIC_connection_dropped.log", 0, 1, 1},
        {"FRAGMENT_MicrosoftDocs_SupportArticles-docs_arr_502_connection_dropped.log", 0, 1, 1},
        {"MicrosoftDocs_SupportArticles-docs_error-logging-http-apis.md.log", 4, 0, 4},
        {"SYNTHETIC_13_fields_no_header.log", 4, 0, 4},
        {"SYNTHETIC_16_and_14_fields_no_header.log", 2, 0, 2},
        {"SYNTHETIC_iis6_placeholders.log", 2, 1, 3},
        {"SYNTHETIC_ipv6_zone_id_no_header.log", 1, 0, 1},
        {"SYNTHETIC_scanner_urls_no_header.log", 9, 0, 9},
        {"elastic_beats_filebeat_module_iis_error_test_error.log", 4, 0, 8},
        {"elastic_beats_filebeat_module_iis_error_test_iis_error_url.log", 8, 0, 8},
        {"elastic_beats_filebeat_module_iis_error_test_ipv6_zone_id.log", 1, 0, 5},
        {"elastic_beats_filebeat_module_iis_error_test_test.log", 4, 0, 8},
        {"log2timeline_plaso_test_data_httperr_httperr.log", 5, 0, 9},
    };
    for (const auto &e : expected)
        QTest::newRow(e.name) << QString::fromLatin1(e.name) << e.rows << e.malformed << e.lines;
}

void TestHttpErrParser::sampleFiles()
{
    QFETCH(QString, fileName);
    QFETCH(int, rows);
    QFETCH(int, malformed);
    QFETCH(int, lines);

    QFile file(samplesDir() + QLatin1Char('/') + fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Parsed r = parseBytes(file.readAll());
    QVERIFY(!r.rejected);
    QCOMPARE(r.batch.rowCount(), size_t(rows));
    QCOMPARE(r.rows, uint64_t(rows));
    QCOMPARE(r.batch.malformed, uint64_t(malformed));
    QCOMPARE(lineProblems(r.batch).size(), size_t(malformed));
    QCOMPARE(r.lines, uint64_t(lines));
}

void TestHttpErrParser::sampleFileValues()
{
    // Every sample file is in the table above.
    const QStringList files =
        QDir(samplesDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 13);

    auto parseFile = [](const QString &name) {
        QFile file(samplesDir() + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return Parsed();
        return parseBytes(file.readAll());
    };

    // Non-UTF-8 damage in the beats fixture is stored byte for byte (U+FFFD as UTF-8).
    const Parsed url =
        parseFile(QStringLiteral("elastic_beats_filebeat_module_iis_error_test_iis_error_url.log"));
    QCOMPARE(url.batch.rowCount(), size_t(8));
    QVERIFY(cell(url.batch, "cs-uri", 4).startsWith("/\xEF\xBF\xBD.\xEF\xBF\xBD./"));
    QVERIFY(cell(url.batch, "cs-uri", 4).endsWith("./windows/win.ini"));
    QCOMPARE(cell(url.batch, "cs-method", 0), QByteArray("t3"));
    QCOMPARE(cell(url.batch, "cs-uri", 0), QByteArray("12.2.1"));
    QCOMPARE(cell(url.batch, "cs-uri", 6), QByteArray("*"));
    QCOMPARE(cell(url.batch, "cs-uri", 2), QByteArray("/..\\pixfir~1\\how_to_login.html"));

    // The trimmed 2026 line has 13 fields, so "TCP" lands in the queue name.
    const Parsed trimmed = parseFile(QStringLiteral("SYNTHETIC_scanner_urls_no_header.log"));
    QCOMPARE(cell(trimmed.batch, "cs-method", 8), QByteArray("M-POST"));
    QCOMPARE(cell(trimmed.batch, "s-queuename", 8), QByteArray("TCP"));
    QCOMPARE(trimmed.batch.times.back(), qint64(1779686513)); // 2026-05-25 05:21:53

    // A 16-field then a 14-field line, no header.
    const Parsed synthetic = parseFile(QStringLiteral("SYNTHETIC_16_and_14_fields_no_header.log"));
    QCOMPARE(cell(synthetic.batch, "transport", 0), QByteArray("TCP"));
    QCOMPARE(cell(synthetic.batch, "transport", 1), QByteArray());
    QCOMPARE(cell(synthetic.batch, "s-port", 0), QByteArray("443"));
    QCOMPARE(cell(synthetic.batch, "s-port", 1), QByteArray("80"));
    QCOMPARE(cell(synthetic.batch, "sc-status", 0), QByteArray("503"));
    QCOMPARE(cell(synthetic.batch, "sc-status", 1), QByteArray("503"));

    // plaso's 18-field CRLF fixture.
    const Parsed plaso =
        parseFile(QStringLiteral("log2timeline_plaso_test_data_httperr_httperr.log"));
    QCOMPARE(plaso.batch.lines, (std::vector<uint32_t>{5, 6, 7, 8, 9}));
    QCOMPARE(cell(plaso.batch, "s-reason", 3), QByteArray("URL_Length"));
    QCOMPARE(cell(plaso.batch, "extended-fault-code", 4), QByteArray());
    QCOMPARE(cell(plaso.batch, "transport", 4), QByteArray("TCP"));
    QCOMPARE(cell(plaso.batch, "cs-version", 1), QByteArray("HTTP/9.9"));

    // The beats file without a final newline keeps its last row.
    const Parsed noEol =
        parseFile(QStringLiteral("elastic_beats_filebeat_module_iis_error_test_error.log"));
    QCOMPARE(cell(noEol.batch, "s-reason", 3), QByteArray("Timer_MinBytesPerSecond"));
    QCOMPARE(cell(noEol.batch, "c-port", 3), QByteArray("64388"));
    QCOMPARE(cell(noEol.batch, "cs-uri", 3), QByteArray());
}

QTEST_GUILESS_MAIN(TestHttpErrParser)
#include "tst_httperrparser.moc"
