#include "fieldsheaders.h"
#include "httperrparser.h"
#include "loadjob.h"
#include "loadsink.h"
#include "parsepipeline.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

// Parallel loading splits files into pieces at line breaks and parses the pieces on several
// threads. These tests check that the result never depends on where the splits fall or how
// many pieces are in flight: rows, line numbers and problems are exactly those of one parser
// reading the whole file, and files arrive in order.

namespace {

const char *const kSoftware = "#Software: Microsoft HTTP API 2.0";

// A data line for `fields` fields; `n` varies the values (and the second, so rows differ).
QByteArray dataLine(int fields, int n)
{
    QByteArray line = QByteArrayLiteral("2024-03-0") + QByteArray::number(1 + n / 3000 % 9) + ' '
                      + QByteArray::number(10 + n / 3600 % 14) + ':'
                      + QByteArray::number(10 + n / 60 % 50) + ':'
                      + QByteArray::number(10 + n % 50);
    line += " 10.0." + QByteArray::number(n % 7) + '.' + QByteArray::number(n % 250);
    line += ' ' + QByteArray::number(1024 + n * 37 % 60000) + " 10.1.1.1 443 HTTP/1.1 GET /p";
    line += QByteArray::number(n % 11);
    if (fields >= 14)
        line += n % 2 ? " 5" : " -";
    if (fields >= 16)
        line += " -";
    line += n % 3 ? " 400 1 BadRequest" : " - 2 Timer_ConnectionIdle";
    if (fields >= 13)
        line += n % 4 ? " DefaultAppPool" : " -";
    if (fields >= 16)
        line += " TCP";
    if (fields >= 18)
        line += n % 5 ? " - -" : " 0x80070008 0x1";
    return line;
}

QByteArray join(const QList<QByteArray> &lines, const char *eol = "\r\n")
{
    QByteArray out;
    for (const QByteArray &line : lines)
        out += line + eol;
    return out;
}

QByteArray headerBlock(const char *fields)
{
    return join({kSoftware, "#Version: 1.0", "#Date: 2024-03-01 10:00:00", fields});
}

QByteArray rows(int fields, int from, int count)
{
    QList<QByteArray> out;
    for (int i = from; i < from + count; ++i)
        out << dataLine(fields, i);
    return join(out);
}

// Inputs that put every kind of parser state across piece boundaries.
QMap<QString, QByteArray> inputs()
{
    QMap<QString, QByteArray> m;
    m[QStringLiteral("header blocks of every layout")] =
        headerBlock(kFields13) + rows(13, 0, 12) + headerBlock(kFields18) + rows(18, 12, 9)
        + headerBlock(kFields14) + rows(14, 21, 7) + headerBlock(kFields16) + rows(16, 28, 5)
        + headerBlock(kFields12) + rows(12, 33, 6);
    m[QStringLiteral("header-less, mixed counts and junk")] =
        join({dataLine(13, 1), dataLine(12, 2), "x y z", dataLine(13, 3), "",
              "2024-13-01 10:00:00 a b c d e f g h i j k", dataLine(12, 4), dataLine(13, 5)})
        + rows(12, 6, 10);
    m[QStringLiteral("byte order mark, LF, blank lines, no final break")] =
        "\xEF\xBB\xBF" + join({kFields13}, "\n") + rows(13, 0, 3) + "\n\n"
        + join({dataLine(13, 3), "   ", dataLine(13, 4)}, "\n") + dataLine(13, 5);
    m[QStringLiteral("byte order mark before a header-less line")] =
        "\xEF\xBB\xBF" + rows(13, 0, 4);
    m[QStringLiteral("IIS #Software midway")] =
        headerBlock(kFields13) + rows(13, 0, 6)
        + join({"#Software: Microsoft Internet Information Services 10.0"}) + rows(13, 6, 6);
    m[QStringLiteral("access log #Fields midway")] =
        headerBlock(kFields13) + rows(13, 0, 5)
        + join({"#Fields: date time s-ip cs-method cs-uri-stem sc-status"}) + rows(13, 5, 5);
    m[QStringLiteral("#Fields without time, then a good one")] =
        join({"#Fields: c-ip s-reason"}) + join({"1.2.3.4 QueueFull", "1.2.3.5 N/A"})
        + join({kFields13}) + rows(13, 0, 3);
    m[QStringLiteral("empty #Fields, then rows")] = join({"#Fields:"}) + rows(13, 0, 3);
    m[QStringLiteral("only headers")] = headerBlock(kFields13) + headerBlock(kFields14);
    m[QStringLiteral("hash signs inside lines")] =
        join({kFields13, dataLine(13, 0).replace("/p0", "/#Fields:x"),
              "#Remark: # and #Fields:", dataLine(13, 1), "  #Fields: not a directive"});
    // Over the per-file cap of listed problems: the cap and its marker must fall on the
    // same line whatever piece the line is in.
    QByteArray many = headerBlock(kFields13);
    for (int i = 0; i < 1030; ++i) {
        many += "bad line " + QByteArray::number(i) + "\r\n";
        if (i % 100 == 0)
            many += dataLine(13, i) + "\r\n";
    }
    m[QStringLiteral("more problems than are listed")] = many;
    return m;
}

QByteArray text(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

// One row as text: where, when and every non-empty field by name, so rows compare equal
// whatever batch (and column order) they came in.
QStringList rowTexts(const LogBatch &batch)
{
    QStringList out;
    for (size_t r = 0; r < batch.rowCount(); ++r) {
        QStringList fields;
        for (const LogBatch::Column &c : batch.columns) {
            const uint32_t id = r < c.ids.size() ? c.ids[r] : StringPool::EmptyId;
            if (id != StringPool::EmptyId)
                fields << QString::fromStdString(c.name) + QLatin1Char('=')
                              + QString::fromUtf8(text(c.pool.view(id)));
        }
        fields.sort();
        out << QStringLiteral("%1:%2 %3 %4")
                   .arg(batch.fileIndex)
                   .arg(batch.lines[r])
                   .arg(batch.times[r])
                   .arg(fields.join(QLatin1Char(' ')));
    }
    return out;
}

QString problemText(const LogProblem &p)
{
    return QStringLiteral("%1:%2 code %3 expected %4 found %5 [%6] %7")
        .arg(p.fileIndex)
        .arg(p.line)
        .arg(int(p.code))
        .arg(p.expected)
        .arg(p.found)
        .arg(QString::fromUtf8(p.raw), p.detail);
}

// What a sink got, flattened.
struct Collected
{
    QStringList rows;
    QStringList problems;
    QStringList order; // "f<file>" per batch and problem, in the order they came
    uint64_t malformed = 0;
    uint64_t bytes = 0;
    QList<qint64> progress;
};

class CollectingSink final : public LoadSink
{
public:
    void filesResolved(const LogFileSet &) override {}
    void batchReady(LogBatchPtr batch) override
    {
        got.rows << rowTexts(*batch);
        for (const LogProblem &p : batch->problems)
            got.problems << problemText(p);
        got.order << QStringLiteral("f%1").arg(batch->fileIndex);
        got.malformed += batch->malformed;
        got.bytes += batch->bytes;
    }
    void problemFound(const LogProblem &problem) override
    {
        got.problems << problemText(problem);
        got.order << QStringLiteral("f%1").arg(problem.fileIndex);
    }
    void progressChanged(qint64 done, qint64) override { got.progress << done; }
    bool isCancelled() const override { return false; }

    Collected got;
};

// The note LoadJob adds for a file without rows: header lines only, or no (good) lines.
LogProblem noRows(const HttpErrParser &parser, int32_t fileIndex, const QString &path)
{
    LogProblem p;
    p.code = parser.dataLineCount() == 0 && parser.directiveCount() > 0
                 ? LogProblem::Code::HeaderOnly
                 : LogProblem::Code::Empty;
    p.found = int(parser.dataLineCount());
    p.fileIndex = fileIndex;
    p.path = path;
    return p;
}

// What LoadJob says once a file's last piece was parsed: the file is no httperr log, or its
// skipped foreign header blocks and why it gave no rows.
QList<LogProblem> endOfFile(const HttpErrParser &parser, int32_t fileIndex, const QString &path)
{
    if (parser.isRejected())
        return {parser.rejection()};
    QList<LogProblem> out;
    for (LogProblem p : parser.foreignBlocks()) {
        p.code = LogProblem::Code::ForeignBlock;
        out << p;
    }
    if (parser.rowCount() == 0)
        out << noRows(parser, fileIndex, path);
    return out;
}

// The reference: one parser reads the whole file at once, as the loader did before it split
// files; the file-level verdicts are the ones LoadJob adds after the last piece.
Collected parseWhole(const QByteArray &bytes, int32_t fileIndex, const QString &path)
{
    Collected c;
    HttpErrParser parser(fileIndex, path);
    LogBatch batch;
    batch.fileIndex = fileIndex;
    parser.parse(bytes.constData(), size_t(bytes.size()), batch);
    c.rows = rowTexts(batch);
    for (const LogProblem &p : batch.problems)
        c.problems << problemText(p);
    c.malformed = batch.malformed;
    for (const LogProblem &p : endOfFile(parser, fileIndex, path))
        c.problems << problemText(p);
    return c;
}

Collected loadWithJob(const QStringList &paths, qint64 first, qint64 rest, int inFlight)
{
    CollectingSink sink;
    LoadJob job(paths);
    job.setBlockSizes(first, rest);
    job.setMaxBlocksInFlight(inFlight);
    job.run(sink);
    return sink.got;
}

} // namespace

class TestParsePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitAnywhere_data();
    void splitAnywhere();
    void splitAtEveryLine_data();
    void splitAtEveryLine();
    void wrongContextIsParsedAgain_data();
    void wrongContextIsParsedAgain();
    void severalFilesInOrder_data();
    void severalFilesInOrder();

private:
    QTemporaryDir m_dir;
};

void TestParsePipeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestParsePipeline::splitAnywhere_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("rest");

    const auto all = inputs();
    // Block sizes of a few bytes cut every line into its own piece; odd sizes put the cuts
    // inside header blocks, right after #Fields lines and between a CR and its LF.
    const qint64 firsts[] = {1, 2, 3, 5, 40, 97, 150, 333, 1000, 1 << 20};
    const qint64 rests[] = {1, 7, 64, 211, 4096};
    for (auto it = all.begin(); it != all.end(); ++it) {
        // The input of a thousand lines only with a few sizes: each run makes ~1000 pieces.
        const bool big = it.value().size() > 10000;
        for (const qint64 first : firsts) {
            for (const qint64 rest : rests) {
                if (big && (first % 2 == 0 || rest > 7))
                    continue;
                const QString name =
                    QStringLiteral("%1, blocks %2+%3").arg(it.key()).arg(first).arg(rest);
                QTest::newRow(qPrintable(name)) << it.value() << first << rest;
            }
        }
    }
}

void TestParsePipeline::splitAnywhere()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, first);
    QFETCH(qint64, rest);

    const QString path = m_dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, input));
    const Collected expected = parseWhole(input, 0, path);
    const Collected got = loadWithJob({path}, first, rest, 5);

    QCOMPARE(got.rows, expected.rows);
    QCOMPARE(got.problems, expected.problems);
    QCOMPARE(got.malformed, expected.malformed);
    QVERIFY(got.bytes <= uint64_t(input.size()));
    QVERIFY(std::is_sorted(got.progress.begin(), got.progress.end()));
    QCOMPARE(got.progress.constLast(), qint64(input.size()));
}

void TestParsePipeline::splitAtEveryLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("cut");

    // Two pieces, cut after each line in turn (the first piece ends with that line).
    const auto all = inputs();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.value().size() > 10000)
            continue; // the capped input has a thousand lines: covered by splitAnywhere
        const int lineCount = int(it.value().count('\n')) + 1;
        for (int cut = 1; cut <= lineCount; ++cut)
            QTest::newRow(
                qPrintable(QStringLiteral("%1, cut after line %2").arg(it.key()).arg(cut)))
                << it.value() << cut;
    }
}

void TestParsePipeline::splitAtEveryLine()
{
    QFETCH(QByteArray, input);
    QFETCH(int, cut);

    // The first block ends exactly at the cut; the rest comes as one block.
    qsizetype at = 0;
    for (int i = 0; i < cut && at >= 0; ++i) {
        at = input.indexOf('\n', at);
        if (at >= 0)
            ++at;
    }
    if (at <= 0)
        at = input.size();
    const QString path = m_dir.filePath(QStringLiteral("httperr2.log"));
    QVERIFY(writeFile(path, input));
    const Collected expected = parseWhole(input, 0, path);
    const Collected got = loadWithJob({path}, std::max<qint64>(at, 1), 1 << 20, 2);
    QCOMPARE(got.rows, expected.rows);
    QCOMPARE(got.problems, expected.problems);
    QCOMPARE(got.malformed, expected.malformed);
}

void TestParsePipeline::wrongContextIsParsedAgain_data()
{
    QTest::addColumn<QByteArray>("input");
    const auto all = inputs();
    for (auto it = all.begin(); it != all.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value();
}

void TestParsePipeline::wrongContextIsParsedAgain()
{
    QFETCH(QByteArray, input);

    // Every line its own piece, each told a wrong context: "no #Fields yet" for some, a made-up
    // header for others. The pipeline must notice and parse those pieces again, in order.
    const QString path = QStringLiteral("/logs/httperr3.log");
    CollectingSink sink;
    {
        ParsePipeline pipeline(sink, 4);
        const ParsePipeline::FilePtr file = pipeline.beginFile(0, path);
        HttpErrParser::Context made;
        made.fields = "#Fields: date time c-ip s-reason";
        qsizetype at = 0;
        int n = 0;
        while (at < input.size()) {
            qsizetype nl = input.indexOf('\n', at);
            const qsizetype end = nl < 0 ? input.size() : nl + 1;
            const HttpErrParser::Context guess = n++ % 2 ? made : HttpErrParser::Context();
            pipeline.addPiece(file, input.mid(at, end - at), guess, at == 0, end - at);
            at = end;
        }
        pipeline.addEvent([&sink, file, path] {
            for (const LogProblem &p : endOfFile(ParsePipeline::joined(*file), 0, path))
                sink.problemFound(p);
        });
        pipeline.finish();
    }
    const Collected expected = parseWhole(input, 0, path);
    QCOMPARE(sink.got.rows, expected.rows);
    QCOMPARE(sink.got.problems, expected.problems);
    QCOMPARE(sink.got.malformed, expected.malformed);
}

void TestParsePipeline::severalFilesInOrder_data()
{
    QTest::addColumn<qint64>("block");
    QTest::addColumn<int>("inFlight");

    QTest::newRow("one piece in flight") << qint64(64) << 1;
    QTest::newRow("small blocks, 2 in flight") << qint64(64) << 2;
    QTest::newRow("small blocks, 16 in flight") << qint64(64) << 16;
    QTest::newRow("line-sized blocks, 7 in flight") << qint64(1) << 7;
    QTest::newRow("whole files, 5 in flight") << qint64(1 << 20) << 5;
}

void TestParsePipeline::severalFilesInOrder()
{
    QFETCH(qint64, block);
    QFETCH(int, inFlight);

    // Files of many pieces, of one piece, and files that give no rows at all, one after the
    // other: whatever finishes parsing first, the sink gets file after file.
    const auto all = inputs();
    const QString dir = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(dir));
    QStringList paths;
    QList<QByteArray> contents;
    auto add = [&](const QString &name, const QByteArray &bytes) {
        paths << dir + QLatin1Char('/') + name;
        contents << bytes;
        return writeFile(paths.last(), bytes);
    };
    QVERIFY(add(QStringLiteral("httperr1.log"),
                all.value(QStringLiteral("header blocks of every layout"))));
    QVERIFY(add(QStringLiteral("httperr2.log"), headerBlock(kFields13) + rows(13, 100, 3)));
    QVERIFY(add(QStringLiteral("httperr3.log"), QByteArray()));
    QVERIFY(add(QStringLiteral("httperr4.log"), all.value(QStringLiteral("IIS #Software midway"))));
    QVERIFY(add(QStringLiteral("httperr5.log"),
                all.value(QStringLiteral("more problems than are listed"))));
    QVERIFY(add(QStringLiteral("httperr6.log"),
                all.value(QStringLiteral("header-less, mixed counts and junk"))));
    QVERIFY(add(QStringLiteral("httperr7.log"), headerBlock(kFields18) + rows(18, 200, 40)));

    Collected expected;
    for (int i = 0; i < paths.size(); ++i) {
        const Collected one = parseWhole(contents.at(i), i, paths.at(i));
        expected.rows << one.rows;
        expected.problems << one.problems;
        expected.malformed += one.malformed;
    }
    const Collected got = loadWithJob(paths, block, block, inFlight);
    QCOMPARE(got.rows, expected.rows);
    QCOMPARE(got.problems, expected.problems);
    QCOMPARE(got.malformed, expected.malformed);
    // Batches and problems came file by file, never back to an earlier file.
    QStringList sorted = got.order;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.mid(1).toInt() < b.mid(1).toInt();
    });
    QCOMPARE(got.order, sorted);
    qint64 total = 0;
    for (const QByteArray &c : contents)
        total += c.size();
    QVERIFY(std::is_sorted(got.progress.begin(), got.progress.end()));
    QCOMPARE(got.progress.constLast(), total);
}

QTEST_GUILESS_MAIN(TestParsePipeline)
#include "tst_parsepipeline.moc"
