// Hostile and broken input: every kind of file a support engineer may be sent must load
// without a crash or a hang, with each problem reported and every good line kept.

#include "filekinddetector.h"
#include "httperrparser.h"
#include "loadjob.h"
#include "loadsink.h"
#include "logsession.h"
#include "logstore.h"
#include "logtablemodel.h"
#include "problemfiltermodel.h"
#include "problemlistmodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using Code = LogProblem::Code;

namespace {

const QByteArray kHeader = "#Software: Microsoft HTTP API 2.0\r\n"
                           "#Version: 1.0\r\n"
                           "#Date: 2024-03-01 10:00:00\r\n"
                           "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
                           "cs-uri sc-status s-siteid s-reason s-queuename\r\n";
const int kHeaderLines = 4;

// Row `i` of a well-formed log, with `uri` as its URL.
QByteArray row(int i, const QByteArray &uri = {})
{
    const QByteArray time = QByteArray::number(10 + i / 3600).rightJustified(2, '0') + ':'
                            + QByteArray::number(i / 60 % 60).rightJustified(2, '0') + ':'
                            + QByteArray::number(i % 60).rightJustified(2, '0');
    return "2024-03-01 " + time + " 10.0.0." + QByteArray::number(i % 250 + 1) + ' '
           + QByteArray::number(50000 + i % 10000) + " 10.0.0.254 443 HTTP/1.1 GET "
           + (uri.isEmpty() ? "/item/" + QByteArray::number(i) : uri)
           + " - 1 Timer_ConnectionIdle DefaultAppPool";
}

// A header and rows [first, first + count), CRLF-terminated.
QByteArray log(int count, int first = 0)
{
    QByteArray bytes = kHeader;
    for (int i = first; i < first + count; ++i)
        bytes += row(i) + "\r\n";
    return bytes;
}

QByteArray utf16(const QByteArray &text, bool bigEndian, bool bom)
{
    const QString s = QString::fromLatin1(text);
    QByteArray out;
    if (bom)
        out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : s) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out += bigEndian ? hi : lo;
        out += bigEndian ? lo : hi;
    }
    return out;
}

QByteArray fields(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += (i ? " f" : "f") + QByteArray::number(i);
    return out;
}

// Collects what a LoadJob delivers, on the calling thread.
struct Collector final : LoadSink
{
    QStringList files;
    LogStore store;
    std::vector<LogProblem> problems; // in the order they were reported
    uint64_t malformed = 0;
    int batches = 0;
    qint64 done = -1;
    qint64 total = -1;
    std::function<void(int batch)> onBatch; // runs between blocks

    void filesResolved(const LogFileSet &f) override
    {
        files = f.files();
        store.setFileSet(f);
    }
    void batchReady(LogBatchPtr batch) override
    {
        store.append(*batch);
        malformed += batch->malformed;
        problems.insert(problems.end(), batch->problems.begin(), batch->problems.end());
        ++batches;
        if (onBatch)
            onBatch(batches);
    }
    void problemFound(const LogProblem &p) override { problems.push_back(p); }
    void progressChanged(qint64 d, qint64 t) override
    {
        done = d;
        total = t;
    }
    bool isCancelled() const override { return false; }

    QList<int> codes() const
    {
        QList<int> out;
        for (const LogProblem &p : problems)
            out << int(p.code);
        return out;
    }
    std::vector<uint32_t> lines() const
    {
        std::vector<uint32_t> out;
        for (size_t r = 0; r < store.rowCount(); ++r)
            out.push_back(store.line(r));
        return out;
    }
};

void load(Collector &c, const QStringList &paths, qint64 block = 64 * 1024, qint64 maxLine = 0,
          qint64 firstBlock = 0)
{
    LoadJob job(paths);
    job.setBlockSizes(firstBlock > 0 ? firstBlock : block, block);
    if (maxLine > 0)
        job.setMaxLineBytes(maxLine);
    job.run(c);
}

// Loads with one block in flight: block n is delivered (Collector::onBatch(n)) before block
// n + 2 is read; block n + 1 may have been read already or not.
void loadInStep(Collector &c, const QString &path, qint64 firstBlock, qint64 block)
{
    LoadJob job({path});
    job.setBlockSizes(firstBlock, block);
    job.setMaxBlocksInFlight(1);
    job.run(c);
}

const int kRowBytes = 120;

// A log whose rows are all kRowBytes long (line break included), so block sizes can be
// counted in rows.
QByteArray evenLog(int count, int first = 0)
{
    QByteArray bytes = first == 0 ? kHeader : QByteArray();
    for (int i = first; i < first + count; ++i) {
        const int pad = kRowBytes - 2 - int(row(i, "/x").size());
        bytes += row(i, "/x" + QByteArray(pad, 'a')) + "\r\n";
    }
    return bytes;
}

QList<int> codes(std::initializer_list<Code> list)
{
    QList<int> out;
    for (Code c : list)
        out << int(c);
    return out;
}

bool safeWait(QSignalSpy &spy, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (spy.isEmpty() && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(deadline.remainingTime(), 1)));
    return !spy.isEmpty();
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sniff_data();
    void sniff();
    void hostileFile_data();
    void hostileFile();
    void longFieldIsCut();
    void overlongLineIsSkipped_data();
    void overlongLineIsSkipped();
    void latin1BytesKept_data();
    void latin1BytesKept();
    void fileGrowsWhileLoading();
    void fileShrinksWhileLoading_data();
    void fileShrinksWhileLoading();
    void unusablePath_data();
    void unusablePath();
    void thousandsOfFiles();
    void problemsViewOfMixedFolder();
};

void TestHostileInput::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("description");

    using E = FileKindDetector::Encoding;
    QTest::newRow("ascii") << log(1) << int(E::Utf8) << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << "\xEF\xBB\xBF" + log(1) << int(E::Utf8)
                               << QStringLiteral("UTF-8 with byte order mark");
    QTest::newRow("empty") << QByteArray() << int(E::Utf8) << QStringLiteral("UTF-8");
    QTest::newRow("utf-16 le") << utf16(log(1), false, true) << int(E::Utf16LE)
                               << QStringLiteral("UTF-16 LE");
    QTest::newRow("utf-16 be") << utf16(log(1), true, true) << int(E::Utf16BE)
                               << QStringLiteral("UTF-16 BE");
    QTest::newRow("utf-16 le, no bom") << utf16(log(1), false, false) << int(E::Utf16LE)
                                       << QStringLiteral("UTF-16 LE without byte order mark");
    QTest::newRow("utf-16 be, no bom") << utf16(log(1), true, false) << int(E::Utf16BE)
                                       << QStringLiteral("UTF-16 BE without byte order mark");
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00", 6) << int(E::Binary)
                         << QStringLiteral("ZIP archive");
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00", 4) << int(E::Binary)
                          << QStringLiteral("gzip archive");
    QTest::newRow("evtx") << QByteArray("ElfFile\0\0\0\0\0", 12) << int(E::Binary)
                          << QStringLiteral("Windows event log (.evtx)");
    QTest::newRow("exe") << QByteArray("MZ\x90\0\x03\0\0\0", 8) << int(E::Binary)
                         << QStringLiteral("Windows program");
    QTest::newRow("text starting MZ")
        << QByteArray("MZ is not a program here\r\n") << int(E::Utf8) << QStringLiteral("UTF-8");
    QTest::newRow("NUL bytes") << QByteArray(5000, '\0') << int(E::Binary)
                               << QStringLiteral("only NUL bytes");
    QTest::newRow("control bytes") << QByteArray(300, '\x07') << int(E::Binary) << QString();
}

void TestHostileInput::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, encoding);
    QFETCH(QString, description);

    const FileKindDetector::Sniffed s =
        FileKindDetector::sniff({head.constData(), size_t(head.size())});
    QCOMPARE(int(s.encoding), encoding);
    QCOMPARE(s.description, description);
}

void TestHostileInput::hostileFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("problems");
    QTest::addColumn<QList<quint64>>("problemLines");
    QTest::addColumn<QString>("detail"); // of the last problem
    QTest::addColumn<int>("malformed");

    using L = QList<quint64>;
    const QByteArray cut = row(2).left(40); // "2024-03-01 10:00:02 10.0.0.3 50002 10.0.0"

    QTest::newRow("empty") << QByteArray() << 0 << codes({Code::Empty}) << L{0} << QString() << 0;
    QTest::newRow("blank lines") << QByteArray("\r\n\n  \r\n") << 0 << codes({Code::Empty}) << L{0}
                                 << QString() << 0;
    QTest::newRow("header only") << kHeader << 0 << codes({Code::HeaderOnly}) << L{0} << QString()
                                 << 0;
    QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    zip += QByteArray(3000, '\x9C');
    QTest::newRow("zip renamed .log")
        << zip << 0 << codes({Code::Binary}) << L{0} << QStringLiteral("ZIP archive") << 0;
    QTest::newRow("file of NUL bytes") << QByteArray(100000, '\0') << 0 << codes({Code::Binary})
                                       << L{0} << QStringLiteral("only NUL bytes") << 0;
    QByteArray noise;
    for (int i = 0; i < 5000; ++i)
        noise += char((i * 7919) % 251 + 1);
    QTest::newRow("binary noise") << noise << 0 << codes({Code::Binary}) << L{0} << QString() << 0;
    QTest::newRow("NUL tail after a crash") << log(3) + QByteArray(10000, '\0') << 3
                                            << codes({Code::NulBytes}) << L{8} << QString() << 1;
    QTest::newRow("NUL gap, then a restart") << log(1) + QByteArray(100, '\0') + log(1, 1) << 2
                                             << codes({Code::NulBytes}) << L{6} << QString() << 1;
    QTest::newRow("20 MB line of one token")
        << kHeader + QByteArray(20 * 1024 * 1024, 'x') + "\r\n" + row(0) + "\r\n"
        << 1 << codes({Code::FieldCount}) << L{5} << QString() << 1;
    QTest::newRow("30 MB URL") << kHeader + row(0, "/" + QByteArray(30 * 1024 * 1024, 'a')) + "\r\n"
                                      + row(1) + "\r\n"
                               << 2 << codes({Code::FieldCut}) << L{5} << QString() << 0;
    QTest::newRow("5000 fields under a header")
        << kHeader + fields(5000) + "\r\n" + row(0) + "\r\n"
        << 1 << codes({Code::FieldCount}) << L{5} << QString() << 1;
    QTest::newRow("5000 fields, no header")
        << fields(5000) + "\r\n" + row(0) + "\r\n"
        << 1 << codes({Code::NoLayout, Code::GuessedLayout}) << L{1, 2} << QString() << 1;
    QTest::newRow("#Fields of 3000 names")
        << "#Fields: " + fields(3000) + "\r\n" + fields(3000) + "\r\n"
        << 0 << codes({Code::NotHttpErr}) << L{1} << QStringLiteral("W3C log with over 256 fields")
        << 0;
    QTest::newRow("UTF-16 LE with BOM")
        << utf16(log(3), false, true) << 3 << codes({Code::Reencoded}) << L{0}
        << QStringLiteral("UTF-16 LE") << 0;
    QTest::newRow("UTF-16 BE with BOM")
        << utf16(log(3), true, true) << 3 << codes({Code::Reencoded}) << L{0}
        << QStringLiteral("UTF-16 BE") << 0;
    QTest::newRow("UTF-16 LE, no BOM")
        << utf16(log(3), false, false) << 3 << codes({Code::Reencoded}) << L{0}
        << QStringLiteral("UTF-16 LE without byte order mark") << 0;
    QTest::newRow("UTF-16 LE, cut last line")
        << utf16(log(2) + cut, false, true) << 2 << codes({Code::Reencoded, Code::CutShort})
        << L{0, 7} << QString() << 1;
    QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + log(3) << 3 << QList<int>() << L{} << QString()
                               << 0;
    QTest::newRow("mixed CRLF and LF")
        << kHeader + row(0) + "\n" + row(1) + "\r\n" + row(2) + "\n\n" + row(3) + "\r\n"
        << 4 << QList<int>() << L{} << QString() << 0;
    QTest::newRow("last line whole, no line break")
        << log(2) + row(2) << 3 << QList<int>() << L{} << QString() << 0;
    QTest::newRow("last line cut mid-field")
        << log(2) + cut << 2 << codes({Code::CutShort}) << L{7} << QString() << 1;
    QTest::newRow("header-less, last line cut")
        << row(0) + "\r\n" + row(1) + "\r\n" + cut << 2
        << codes({Code::GuessedLayout, Code::CutShort}) << L{1, 3} << QString() << 1;
    QTest::newRow("cut line in the middle is only malformed")
        << log(1) + cut + "\r\n" + row(1) + "\r\n"
        << 2 << codes({Code::FieldCount}) << L{6} << QString() << 1;
    QTest::newRow("IIS access log")
        << QByteArray("#Software: Microsoft Internet Information Services 10.0\r\n"
                      "#Version: 1.0\r\n#Date: 2024-03-01 00:00:00\r\n"
                      "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                      "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
                      "sc-win32-status time-taken\r\n"
                      "2024-03-01 00:00:01 10.0.0.1 GET /index.htm - 80 - 10.0.0.2 Mozilla/5.0 "
                      "- 200 0 0 15\r\n")
        << 0 << codes({Code::NotHttpErr}) << L{1} << QStringLiteral("IIS access log") << 0;
    QTest::newRow("IIS fields without #Software")
        << QByteArray("#Fields: date time s-ip cs-method cs-uri-stem sc-status\r\n"
                      "2024-03-01 00:00:01 10.0.0.1 GET /index.htm 200\r\n")
        << 0 << codes({Code::NotHttpErr}) << L{1} << QStringLiteral("IIS access log") << 0;
    QTest::newRow("Exchange W3C log")
        << QByteArray("#Software: Microsoft Exchange Server\r\n#Version: 15.0\r\n"
                      "#Fields: date-time,client-ip,server-ip,event-id\r\n"
                      "2024-03-01T00:00:00.000Z,10.0.0.1,10.0.0.2,RECEIVE\r\n")
        << 0 << codes({Code::NotHttpErr}) << L{3}
        << QStringLiteral("W3C log written by Microsoft Exchange Server") << 0;
    QTest::newRow("other software, httperr fields")
        << "#Software: LogShipper 2.1\r\n" + log(2) << 2 << QList<int>() << L{} << QString() << 0;
}

void TestHostileInput::hostileFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, rows);
    QFETCH(QList<int>, problems);
    QFETCH(QList<quint64>, problemLines);
    QFETCH(QString, detail);
    QFETCH(int, malformed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("httperr1.log"));
    const QString good = dir.filePath(QStringLiteral("httperr2.log"));
    QVERIFY(writeFile(bad, bytes));
    QVERIFY(writeFile(good, log(5, 100)));

    Collector c;
    load(c, {bad, good});
    // The good file given alongside loads in full, after the bad one.
    QCOMPARE(c.store.rowCount(), size_t(rows + 5));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(c.store.line(size_t(rows + i)), uint32_t(kHeaderLines + 1 + i));
    QCOMPARE(c.codes(), problems);
    QCOMPARE(c.malformed, uint64_t(malformed));
    for (int i = 0; i < problems.size(); ++i) {
        const LogProblem &p = c.problems[size_t(i)];
        QCOMPARE(p.path, bad);
        QCOMPARE(p.fileIndex, 0);
        QCOMPARE(p.line, problemLines.at(i));
        QVERIFY(!p.message().isEmpty());
        // Raw text is always shortened, however long the line was.
        QVERIFY2(p.raw.size() <= 243, QByteArray::number(p.raw.size()).constData());
    }
    if (!detail.isEmpty())
        QCOMPARE(c.problems.back().detail, detail);
    QCOMPARE(c.done, c.total);
    QCOMPARE(c.total, qint64(bytes.size()) + qint64(log(5, 100).size()));
}

void TestHostileInput::longFieldIsCut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    const QByteArray uri = "/" + QByteArray(30 * 1024 * 1024, 'a');
    QVERIFY(writeFile(path, kHeader + row(0, uri) + "\r\n"));

    Collector c;
    load(c, {path}, 4 * 1024 * 1024);
    QCOMPARE(c.store.rowCount(), size_t(1));
    const int column = c.store.columnOf(LogField::Uri);
    QVERIFY(column >= 0);
    const std::string_view kept = c.store.text(size_t(column), 0);
    QCOMPARE(kept.size(), HttpErrParser::MaxFieldBytes);
    QVERIFY(kept == std::string_view(uri.constData(), HttpErrParser::MaxFieldBytes));
    // The fields after the long one are still in place.
    QCOMPARE(c.store.text(size_t(c.store.columnOf(LogField::QueueName)), 0), "DefaultAppPool");
    QCOMPARE(c.problems.size(), size_t(1));
    QCOMPARE(c.problems[0].code, Code::FieldCut);
    QCOMPARE(c.problems[0].found, int(uri.size()));
    QCOMPARE(c.problems[0].expected, 64);
    // Nothing holds the 30 MB value: the whole store stays far below it.
    QVERIFY2(c.store.memoryBytes() < 1024 * 1024,
             QByteArray::number(qulonglong(c.store.memoryBytes())));
}

void TestHostileInput::overlongLineIsSkipped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rows");
    QTest::addColumn<quint64>("skippedLine");
    QTest::addColumn<QList<int>>("rowLines");

    const QByteArray huge(3 * 1024 * 1024 + 17, 'z');
    QTest::newRow("in the middle") << log(1) + huge + "\r\n" + row(1) + "\r\n" + row(2) + "\r\n"
                                   << 3 << quint64(6) << QList<int>{5, 7, 8};
    QTest::newRow("with spaces") << log(1) + QByteArray(2 * 1024 * 1024, ' ') + huge + "\n" + row(1)
                                        + "\n"
                                 << 2 << quint64(6) << QList<int>{5, 7};
    QTest::newRow("at the end, no line break") << log(1) + huge << 1 << quint64(6) << QList<int>{5};
}

void TestHostileInput::overlongLineIsSkipped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, rows);
    QFETCH(quint64, skippedLine);
    QFETCH(QList<int>, rowLines);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, bytes));

    Collector c;
    load(c, {path}, 64 * 1024, 1024 * 1024);
    QCOMPARE(c.store.rowCount(), size_t(rows));
    std::vector<uint32_t> expected(rowLines.begin(), rowLines.end());
    QCOMPARE(c.lines(), expected);
    QCOMPARE(c.codes(), codes({Code::LineTooLong}));
    QCOMPARE(c.problems[0].line, skippedLine);
    QCOMPARE(c.problems[0].expected, 1);
    QVERIFY(c.problems[0].raw.size() <= 243);
    QCOMPARE(c.malformed, uint64_t(1));
}

void TestHostileInput::latin1BytesKept_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QString>("shown");

    QTest::newRow("latin-1") << QByteArray("/caf\xE9?q=\xFC\xDF") << QStringLiteral("/café?q=üß");
    QTest::newRow("utf-8") << QByteArray("/caf\xC3\xA9") << QStringLiteral("/café");
    QTest::newRow("broken utf-8") << QByteArray("/\xC3(") << QStringLiteral("/Ã(");
}

void TestHostileInput::latin1BytesKept()
{
    QFETCH(QByteArray, uri);
    QFETCH(QString, shown);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, kHeader + row(0, uri) + "\r\n"));

    LogSession session;
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open({path});
    QVERIFY(safeWait(finished));
    LogTableModel *model = session.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    const int column = model->columnOf(LogField::Uri);
    QVERIFY(column >= 0);
    // The bytes are stored as they were; only the display decodes them.
    const int storeColumn = model->columnInfo(column).storeColumn;
    QVERIFY(model->store().text(size_t(storeColumn), 0)
            == std::string_view(uri.constData(), size_t(uri.size())));
    QCOMPARE(model->index(0, column).data().toString(), shown);
    QCOMPARE(session.problemModel()->rowCount(), 0);
}

void TestHostileInput::fileGrowsWhileLoading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, evenLog(100)));

    Collector c;
    bool appended = false;
    c.onBatch = [&](int batch) {
        if (batch == 1)
            appended = appendFile(path, evenLog(50, 100));
    };
    loadInStep(c, path, kHeader.size() + 2 * kRowBytes, 10 * kRowBytes);
    QVERIFY(appended);
    QCOMPARE(c.store.rowCount(), size_t(150));
    QCOMPARE(c.store.line(149), uint32_t(kHeaderLines + 150));
    QCOMPARE(c.codes(), codes({Code::Grew}));
    QCOMPARE(c.problems[0].severity(), LogProblem::Severity::Note);
    QCOMPARE(c.done, c.total); // the bar ends full, not past its end
}

void TestHostileInput::fileShrinksWhileLoading_data()
{
    QTest::addColumn<qint64>("cutAt");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("problems");

    const qint64 row40 = kHeader.size() + 40 * kRowBytes;
    QTest::newRow("cut at a line end") << row40 << 40 << codes({Code::Shrank});
    QTest::newRow("cut inside a line") << row40 + 30 << 40 << codes({Code::CutShort, Code::Shrank});
    QTest::newRow("cut back to the rows read")
        << qint64(kHeader.size() + 12 * kRowBytes) << 12 << codes({Code::Shrank});
    // Emptied (a log rotated by truncation): the rows read before the cut stay, the first
    // block's or the first two blocks' (-1), as the reader was ahead or not.
    QTest::newRow("emptied") << qint64(0) << -1 << codes({Code::Shrank});
}

void TestHostileInput::fileShrinksWhileLoading()
{
    QFETCH(qint64, cutAt);
    QFETCH(int, rows);
    QFETCH(QList<int>, problems);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, evenLog(200)));

    Collector c;
    bool cut = false;
    c.onBatch = [&](int batch) {
        if (batch == 1)
            cut = QFile::resize(path, cutAt);
    };
    // Blocks of 2 rows, then 10: the cut comes after the first block was parsed, and before
    // the third block is read.
    loadInStep(c, path, kHeader.size() + 2 * kRowBytes, 10 * kRowBytes);
    QVERIFY(cut);
    if (rows < 0)
        QVERIFY2(c.store.rowCount() == 2 || c.store.rowCount() == 12,
                 QByteArray::number(qulonglong(c.store.rowCount())).constData());
    else
        QCOMPARE(c.store.rowCount(), size_t(rows));
    QCOMPARE(c.codes(), problems);
    QCOMPARE(c.problems.back().severity(), LogProblem::Severity::Warning);
    QCOMPARE(c.done, c.total);
}

void TestHostileInput::unusablePath_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messageStart");

    QTest::newRow("missing path") << QStringLiteral("missing") << int(Code::Missing)
                                  << QStringLiteral("File or folder not found");
    QTest::newRow("folder without logs") << QStringLiteral("emptyFolder") << int(Code::EmptyFolder)
                                         << QStringLiteral("The folder holds no .log files");
#ifdef Q_OS_UNIX
    // Named pipes and permission bits as Unix has them (Windows keeps permissions in access
    // control lists, which QFile::setPermissions() does not change).
    QTest::newRow("pipe") << QStringLiteral("fifo") << int(Code::Unreadable)
                          << QStringLiteral("Cannot be read: not a regular file");
    QTest::newRow("no permission") << QStringLiteral("chmod000") << int(Code::Unreadable)
                                   << QStringLiteral("Cannot be read: ");
#endif
#ifdef Q_OS_LINUX
    QTest::newRow("read error") << QStringLiteral("readError") << int(Code::Unreadable)
                                << QStringLiteral("Cannot be read: ");
#endif
}

void TestHostileInput::unusablePath()
{
    QFETCH(QString, setup);
    QFETCH(int, code);
    QFETCH(QString, messageStart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good/httperr1.log"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("good")));
    QVERIFY(writeFile(good, log(7)));
    // A sub-folder named like a log is skipped when its parent folder is opened.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("good/old.log")));

    QString bad = dir.filePath(QStringLiteral("bad.log"));
    if (setup == QLatin1String("emptyFolder")) {
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty")));
        bad = dir.filePath(QStringLiteral("empty"));
    } else if (setup == QLatin1String("fifo")) {
#ifdef Q_OS_UNIX
        QCOMPARE(::mkfifo(QFile::encodeName(bad).constData(), 0600), 0);
#endif
    } else if (setup == QLatin1String("readError")) {
        // Reading this file at offset 0 fails with EIO (nothing is mapped at address 0).
        bad = QStringLiteral("/proc/self/mem");
    } else if (setup == QLatin1String("chmod000")) {
        QVERIFY(writeFile(bad, log(3)));
        QVERIFY(QFile::setPermissions(bad, QFileDevice::Permissions()));
        QFile probe(bad);
        if (probe.open(QIODevice::ReadOnly)) {
            // QTest::qSkip, not QSKIP: the macro trips clang's -Wpedantic in Qt 6.4.
            QTest::qSkip("Running as a user that reads files whatever their permissions "
                         "(root): a chmod 000 file stays readable, so this row cannot fail",
                         __FILE__, __LINE__);
            return;
        }
    }

    Collector c;
    load(c, {bad, dir.filePath(QStringLiteral("good"))});
    QCOMPARE(c.store.rowCount(), size_t(7)); // the good file loads in full
    QCOMPARE(c.problems.size(), size_t(1));
    const LogProblem &p = c.problems[0];
    QCOMPARE(int(p.code), code);
    QCOMPARE(p.path, bad);
    QCOMPARE(p.severity(), LogProblem::Severity::Error);
    QVERIFY2(p.message().startsWith(messageStart), qPrintable(p.message()));
}

void TestHostileInput::thousandsOfFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int files = 3000;
    for (int i = 0; i < files; ++i) {
        const QString name = QStringLiteral("httperr%1.log").arg(i + 1);
        QVERIFY(writeFile(dir.filePath(name), log(2, 2 * i)));
    }
    QVERIFY(writeFile(dir.filePath(QStringLiteral("zz-archive.log")),
                      QByteArray("PK\x05\x06", 4) + QByteArray(100, '\0')));

    Collector c;
    load(c, {dir.path()});
    QCOMPARE(c.files.size(), files + 1);
    QCOMPARE(c.files.first(), dir.filePath(QStringLiteral("httperr1.log")));
    QCOMPARE(c.files.at(files - 1), dir.filePath(QStringLiteral("httperr3000.log")));
    QCOMPARE(c.store.rowCount(), size_t(2 * files));
    QCOMPARE(c.codes(), codes({Code::Binary}));
    QCOMPARE(c.problems[0].fileIndex, files);
    QCOMPARE(c.done, c.total);
}

void TestHostileInput::problemsViewOfMixedFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    QByteArray malformed = log(10);
    malformed.insert(kHeader.size(), "2024-03-01 09:00:00 only four\r\n");
    QVERIFY(writeFile(path("httperr1.log"), log(20)));
    QVERIFY(writeFile(path("httperr2.log"), malformed + row(99).left(30)));
    QVERIFY(
        writeFile(path("httperr3.log"), QByteArray("\x1F\x8B\x08\x00", 4) + QByteArray(64, 'q')));
    QVERIFY(writeFile(path("httperr4.log"), utf16(log(4, 50), false, true)));
    QVERIFY(writeFile(path("httperr5.log"), QByteArray()));
    QVERIFY(writeFile(path("u_ex240301.log"),
                      "#Software: Microsoft Internet Information Services 10.0\r\n"
                      "#Fields: date time s-ip cs-method cs-uri-stem sc-status\r\n"));

    LogSession session;
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open({dir.path(), path("nothing-here.log")});
    QVERIFY(safeWait(finished));
    QCOMPARE(session.tableModel()->rowCount(), 20 + 10 + 4);

    ProblemListModel *problems = session.problemModel();
    QAbstractItemModelTester tester(problems,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The access log is read as one (the window reads them beside httperr files): it has no
    // rows and no time-taken, which it says, instead of being refused.
    QCOMPARE(problems->rowCount(), 8);
    QCOMPARE(session.malformedCount(), uint64_t(2));

    // What each broken file shows: kind, file, line, message and shortened raw text.
    QStringList shown;
    for (int r = 0; r < problems->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < problems->columnCount(); ++c)
            cells << problems->index(r, c).data().toString();
        shown << cells.join(QLatin1Char('|'));
    }
    shown.sort();
    const QStringList expected = {
        QStringLiteral("Error|httperr3.log||Binary data, not a text log (gzip archive)|"),
        QStringLiteral("Error|nothing-here.log||File or folder not found|"),
        QStringLiteral("Malformed|httperr2.log|16|The last line stops without a line break "
                       "after 3 of 13 fields: the file was cut short or is still being "
                       "written|")
            + QString::fromLatin1(row(99).left(30)),
        QStringLiteral("Malformed|httperr2.log|5|Expected 13 fields, found 4|"
                       "2024-03-01 09:00:00 only four"),
        QStringLiteral("Malformed|u_ex240301.log|2|This access log's #Fields has no "
                       "time-taken: its requests cannot be counted as slow|"
                       "#Fields: date time s-ip cs-method cs-uri-stem sc-status"),
        QStringLiteral("Note|httperr4.log||Read as UTF-16 LE text|"),
        QStringLiteral("Note|httperr5.log||No log lines in this file|"),
        QStringLiteral("Note|u_ex240301.log||Only # header lines, no log rows|"),
    };
    QCOMPARE(shown, expected);
    QCOMPARE(problems->tally().summary(session.malformedCount()),
             QStringLiteral("Files with problems: 5 — binary: 1, not found: 1, no log rows: 2, "
                            "malformed lines: 2, notes: 1"));
    QVERIFY(problems->tally().hasFileErrors());

    ProblemFilterModel filter;
    filter.setSourceModel(problems);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setKind(ProblemFilterModel::Kind::FileErrors);
    QCOMPARE(filter.rowCount(), 3); // with the access log's missing time-taken
    filter.setKind(ProblemFilterModel::Kind::MalformedLines);
    QCOMPARE(filter.rowCount(), 2);
    filter.setKind(ProblemFilterModel::Kind::Notes);
    QCOMPARE(filter.rowCount(), 3); // with the access log's header-only note
    filter.setKind(ProblemFilterModel::Kind::All);
    filter.setFile(path("httperr2.log"));
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.index(0, ProblemListModel::LineColumn).data(ProblemListModel::LineRole),
             QVariant(qulonglong(5)));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
