#include "archivefixture.h"
#include "loadjob.h"
#include "loadsink.h"
#include "logfilecollector.h"
#include "logloader.h"
#include "logsource.h"
#include "logstore.h"
#include "nativepath.h"
#include "testfiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <memory>

namespace {

const char *const kHeader = "#Software: Microsoft HTTP API 2.0\r\n"
                            "#Version: 1.0\r\n"
                            "#Date: 2024-01-01 00:00:00\r\n"
                            "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
                            "cs-uri sc-status s-siteid s-reason s-queuename\r\n";
const int kHeaderLines = 4;
const qint64 kStart = 1704067200; // 2024-01-01 00:00:00 UTC

// The data line for row `i`: one second apart, queue name `queue`.
QByteArray dataLine(int i, const QByteArray &queue)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(kStart + i, QTimeZone::utc());
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + " 10.0."
           + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250) + ' '
           + QByteArray::number(49152 + i % 16000) + " 192.168.1.10 443 HTTP/1.1 GET /page"
           + QByteArray::number(i % 97) + ".aspx 503 1 QueueFull " + queue + "\r\n";
}

// A header and `rows` data lines.
bool writeLog(const QString &path, int rows, const QByteArray &queue = "DefaultAppPool")
{
    QByteArray bytes = kHeader;
    for (int i = 0; i < rows; ++i)
        bytes += dataLine(i, queue);
    return writeFile(path, bytes);
}

// Waits until `spy` holds `count` signals; a signal already caught is not waited for again.
bool safeWait(QSignalSpy &spy, int count = 1, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (spy.count() < count) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            break;
        spy.wait(int(left));
    }
    return spy.count() >= count;
}

LogBatchPtr batchAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<LogBatchPtr>();
}

LogProblem problemAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<LogProblem>();
}

struct Spies
{
    explicit Spies(LogLoader *loader)
        : files(loader, &LogLoader::filesResolved)
        , batches(loader, &LogLoader::batchReady)
        , problems(loader, &LogLoader::problemFound)
        , progress(loader, &LogLoader::progressChanged)
        , finished(loader, &LogLoader::finished)
    {}

    uint64_t rows() const
    {
        uint64_t n = 0;
        for (int i = 0; i < batches.count(); ++i)
            n += batchAt(batches, i)->rowCount();
        return n;
    }

    QSignalSpy files;
    QSignalSpy batches;
    QSignalSpy problems;
    QSignalSpy progress;
    QSignalSpy finished;
};

// Keeps the rows of each batch and drops the batch, as the command line does.
class StoreSink final : public LoadSink
{
public:
    void filesResolved(const LogFileSet &files) override { store.setFileSet(files); }
    void batchReady(LogBatchPtr batch) override
    {
        store.append(*batch);
        malformed += batch->malformed;
        ++batches;
    }
    void problemFound(const LogProblem &problem) override { problems.push_back(problem); }
    void progressChanged(qint64 done, qint64 total) override
    {
        lastDone = done;
        lastTotal = total;
    }
    bool isCancelled() const override { return false; }

    LogStore store;
    std::vector<LogProblem> problems;
    uint64_t malformed = 0;
    int batches = 0;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
};

} // namespace

class TestLogLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsInBatches();
    void cancelMidway_data();
    void cancelMidway();
    void missingPathNextToGoodFile();
    void folderInRolloverOrder();
    void sortRollover_data();
    void sortRollover();
    void emptyFolder();
    void binaryFile_data();
    void binaryFile();
    void emptyAndForeignFiles();
    void destroyWhileRunning();
    void restartWhileRunning();
    void loadJobSmallBlocks();
    void lineEnds_data();
    void lineEnds();
    void headerBlocksJudgedAlone_data();
    void headerBlocksJudgedAlone();
    void nameNotUtf8();
};

void TestLogLoader::loadsInBatches()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    const int rows = 600;
    QVERIFY(writeLog(path, rows));
    const qint64 size = QFileInfo(path).size();

    LogLoader loader;
    loader.setBlockSizes(1024, 1024);
    Spies spies(&loader);
    loader.start({path});
    QVERIFY(loader.isRunning());
    QVERIFY(safeWait(spies.finished));
    QVERIFY(!loader.isRunning());

    QCOMPARE(spies.finished.count(), 1);
    QCOMPARE(spies.finished.at(0).at(0).toBool(), false);
    QCOMPARE(spies.files.count(), 1);
    QCOMPARE(spies.files.at(0).at(0).toStringList(), QStringList{path});
    QCOMPARE(spies.problems.count(), 0);

    // 1 KiB blocks of ~110-byte lines: many batches, every row once and in order.
    QVERIFY2(spies.batches.count() > 1, qPrintable(QString::number(spies.batches.count())));
    QVERIFY(spies.batches.count() >= int(size / 1024));
    QCOMPARE(spies.rows(), uint64_t(rows));
    uint32_t nextLine = kHeaderLines + 1;
    int64_t nextTime = kStart;
    uint64_t bytes = 0;
    for (int i = 0; i < spies.batches.count(); ++i) {
        const LogBatchPtr batch = batchAt(spies.batches, i);
        QVERIFY(batch);
        QCOMPARE(batch->fileIndex, 0);
        QCOMPARE(batch->malformed, uint64_t(0));
        bytes += batch->bytes;
        for (size_t r = 0; r < batch->rowCount(); ++r) {
            QCOMPARE(batch->lines[r], nextLine++);
            QCOMPARE(batch->times[r], nextTime++);
        }
    }
    QCOMPARE(bytes, uint64_t(size));

    // Progress only grows and ends at done == total == the file size.
    QVERIFY(spies.progress.count() >= 2);
    qint64 last = -1;
    for (int i = 0; i < spies.progress.count(); ++i) {
        const qint64 done = spies.progress.at(i).at(0).toLongLong();
        QCOMPARE(spies.progress.at(i).at(1).toLongLong(), size);
        QVERIFY(done >= last);
        last = done;
    }
    QCOMPARE(spies.progress.constLast().at(0).toLongLong(), size);

    // Nothing arrives after finished.
    const int batches = spies.batches.count();
    QTest::qWait(100);
    QCOMPARE(spies.batches.count(), batches);
    QCOMPARE(spies.finished.count(), 1);
}

void TestLogLoader::cancelMidway_data()
{
    QTest::addColumn<bool>("fromSlot");
    QTest::newRow("from the test") << false;
    QTest::newRow("from a batchReady slot") << true;
}

void TestLogLoader::cancelMidway()
{
    QFETCH(bool, fromSlot);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    const int rows = 40000; // about 4.5 MB, some 4,000 batches of 1 KiB
    QVERIFY(writeLog(path, rows));

    LogLoader loader;
    loader.setBlockSizes(1024, 1024);
    Spies spies(&loader);
    if (fromSlot) {
        connect(&loader, &LogLoader::batchReady, &loader, [&loader, &spies] {
            if (spies.batches.count() == 3)
                loader.cancel();
        });
    }
    loader.start({path});
    QVERIFY(safeWait(spies.batches, 3));
    if (!fromSlot) {
        loader.cancel();
        // cancel() reports the end at once.
        QCOMPARE(spies.finished.count(), 1);
    }
    QVERIFY(safeWait(spies.finished));
    QVERIFY(!loader.isRunning());
    const int batches = spies.batches.count();
    const int progress = spies.progress.count();

    // Whatever the worker had queued is dropped.
    QTest::qWait(300);
    QCOMPARE(spies.finished.count(), 1);
    QCOMPARE(spies.finished.at(0).at(0).toBool(), true);
    QCOMPARE(spies.batches.count(), batches);
    QCOMPARE(spies.progress.count(), progress);
    if (fromSlot)
        QCOMPARE(batches, 3);
    QVERIFY(spies.rows() < uint64_t(rows));
    QVERIFY(spies.rows() > 0);

    // The loader can be used again afterwards.
    const QString small = dir.filePath(QStringLiteral("httperr2.log"));
    QVERIFY(writeLog(small, 10));
    Spies again(&loader);
    loader.start({small});
    QVERIFY(safeWait(again.finished));
    QCOMPARE(again.finished.at(0).at(0).toBool(), false);
    QCOMPARE(again.rows(), uint64_t(10));
}

void TestLogLoader::missingPathNextToGoodFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nothere/httperr9.log"));
    const QString good = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeLog(good, 250));

    LogLoader loader;
    loader.setBlockSizes(1024, 4096);
    Spies spies(&loader);
    loader.start({missing, good});
    QVERIFY(safeWait(spies.finished));

    QCOMPARE(spies.finished.at(0).at(0).toBool(), false);
    QCOMPARE(spies.files.count(), 1);
    QCOMPARE(spies.files.at(0).at(0).toStringList(), QStringList{good});
    QCOMPARE(spies.problems.count(), 1);
    const LogProblem p = problemAt(spies.problems, 0);
    QCOMPARE(p.code, LogProblem::Code::Missing);
    QCOMPARE(p.severity(), LogProblem::Severity::Error);
    QCOMPARE(p.path, missing);
    QCOMPARE(p.fileIndex, -1);
    QCOMPARE(p.line, uint64_t(0));
    QCOMPARE(spies.rows(), uint64_t(250));
    for (int i = 0; i < spies.batches.count(); ++i)
        QCOMPARE(batchAt(spies.batches, i)->fileIndex, 0);
}

void TestLogLoader::folderInRolloverOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("HTTPERR"));
    QVERIFY(QDir().mkpath(folder));
    // Written in an order that is neither numeric nor by name.
    QVERIFY(writeLog(folder + QStringLiteral("/httperr10.log"), 7, "ten"));
    QVERIFY(writeLog(folder + QStringLiteral("/httperr2.log"), 5, "two"));
    QVERIFY(writeLog(folder + QStringLiteral("/httperr1.log"), 3, "one"));
    QVERIFY(writeFile(folder + QStringLiteral("/notes.txt"), "not a log"));

    const QStringList expected{folder + QStringLiteral("/httperr1.log"),
                               folder + QStringLiteral("/httperr2.log"),
                               folder + QStringLiteral("/httperr10.log")};
    const LogFileCollector::Result collected = LogFileCollector::collect({folder});
    QCOMPARE(collected.files, expected);
    QCOMPARE(collected.problems.size(), size_t(0));

    LogLoader loader;
    loader.setBlockSizes(256, 256);
    Spies spies(&loader);
    loader.start({folder});
    QVERIFY(safeWait(spies.finished));
    QCOMPARE(spies.files.at(0).at(0).toStringList(), expected);
    QCOMPARE(spies.problems.count(), 0);

    // Append into a store as the table does: rows come file by file, in roll-over order.
    LogStore store;
    store.setFiles(expected);
    int lastFile = 0;
    for (int i = 0; i < spies.batches.count(); ++i) {
        const LogBatchPtr batch = batchAt(spies.batches, i);
        QVERIFY(batch->fileIndex >= lastFile);
        lastFile = batch->fileIndex;
        store.append(*batch);
    }
    QCOMPARE(store.rowCount(), size_t(15));
    const int queue = store.columnOf(LogField::QueueName);
    QVERIFY(queue >= 0);
    const char *names[] = {"one", "two", "ten"};
    const uint32_t counts[] = {3, 5, 7};
    size_t row = 0;
    for (uint32_t file = 0; file < 3; ++file) {
        for (uint32_t i = 0; i < counts[file]; ++i, ++row) {
            QCOMPARE(store.fileIndex(row), file);
            QCOMPARE(store.line(row), uint32_t(kHeaderLines + 1 + i));
            QCOMPARE(store.text(size_t(queue), row), std::string_view(names[file]));
        }
    }
    QCOMPARE(QFileInfo(store.fileName(2)).fileName(), QStringLiteral("httperr10.log"));
}

void TestLogLoader::sortRollover_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("numbers") << QStringList{QStringLiteral("/l/httperr10.log"),
                                            QStringLiteral("/l/httperr2.log"),
                                            QStringLiteral("/l/httperr1.log")}
                             << QStringList{QStringLiteral("/l/httperr1.log"),
                                            QStringLiteral("/l/httperr2.log"),
                                            QStringLiteral("/l/httperr10.log")};
    QTest::newRow("numbered set first, case-insensitive")
        << QStringList{QStringLiteral("/l/zzz.log"), QStringLiteral("/l/other.log"),
                       QStringLiteral("/l/HTTPERR3.LOG"), QStringLiteral("/l/httperr100.log"),
                       QStringLiteral("/l/httperr20.log")}
        << QStringList{QStringLiteral("/l/HTTPERR3.LOG"), QStringLiteral("/l/httperr20.log"),
                       QStringLiteral("/l/httperr100.log"), QStringLiteral("/l/other.log"),
                       QStringLiteral("/l/zzz.log")};
    QTest::newRow("time roll-over names by name")
        << QStringList{QStringLiteral("/l/ht24011023.log"), QStringLiteral("/l/ht24010900.log"),
                       QStringLiteral("/l/ht24011000.log")}
        << QStringList{QStringLiteral("/l/ht24010900.log"), QStringLiteral("/l/ht24011000.log"),
                       QStringLiteral("/l/ht24011023.log")};
    QTest::newRow("folders kept apart")
        << QStringList{QStringLiteral("/b/httperr1.log"), QStringLiteral("/a/httperr2.log"),
                       QStringLiteral("/a/httperr1.log")}
        << QStringList{QStringLiteral("/a/httperr1.log"), QStringLiteral("/a/httperr2.log"),
                       QStringLiteral("/b/httperr1.log")};
}

void TestLogLoader::sortRollover()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    LogFileCollector::sortRollover(input);
    QCOMPARE(input, expected);
}

void TestLogLoader::emptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty"));
    const QString noLogs = dir.filePath(QStringLiteral("nologs"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(QDir().mkpath(noLogs));
    QVERIFY(writeFile(noLogs + QStringLiteral("/readme.txt"), "text"));

    LogLoader loader;
    Spies spies(&loader);
    loader.start({empty, noLogs});
    QVERIFY(safeWait(spies.finished));
    QCOMPARE(spies.finished.at(0).at(0).toBool(), false);
    QCOMPARE(spies.files.count(), 1);
    QCOMPARE(spies.files.at(0).at(0).toStringList(), QStringList());
    QCOMPARE(spies.batches.count(), 0);
    QCOMPARE(spies.problems.count(), 2);
    QCOMPARE(problemAt(spies.problems, 0).code, LogProblem::Code::EmptyFolder);
    QCOMPARE(problemAt(spies.problems, 0).path, empty);
    QCOMPARE(problemAt(spies.problems, 1).code, LogProblem::Code::EmptyFolder);
    QCOMPARE(problemAt(spies.problems, 1).path, noLogs);
    QCOMPARE(spies.progress.constLast().at(0).toLongLong(), qint64(0));
    QCOMPARE(spies.progress.constLast().at(1).toLongLong(), qint64(0));
}

void TestLogLoader::binaryFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detail");

    QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    zip += QByteArray(2000, '\x01');
    QTest::newRow("zip") << zip << QStringLiteral("ZIP archive");
    // NUL bytes before the first line ends (whole lines and then NUL bytes are a log cut off
    // by a crash, read as text: see tst_hostileinput).
    QByteArray nul = "#Software: Microsoft HTTP API 2.0";
    nul += QByteArray(100, '\0');
    QTest::newRow("NUL bytes") << nul << QString();
    QTest::newRow("only NUL bytes") << QByteArray(100, '\0') << QStringLiteral("only NUL bytes");
    QByteArray control;
    for (int i = 0; i < 1500; ++i)
        control += char(i % 2 ? 0x07 : 'a');
    QTest::newRow("control bytes") << control << QString();
}

void TestLogLoader::binaryFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detail);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, bytes));

    LogLoader loader;
    Spies spies(&loader);
    loader.start({path});
    QVERIFY(safeWait(spies.finished));
    QCOMPARE(spies.finished.at(0).at(0).toBool(), false);
    QCOMPARE(spies.batches.count(), 0);
    QCOMPARE(spies.problems.count(), 1);
    const LogProblem p = problemAt(spies.problems, 0);
    QCOMPARE(p.code, LogProblem::Code::Binary);
    QCOMPARE(p.severity(), LogProblem::Severity::Error);
    QCOMPARE(p.path, path);
    QCOMPARE(p.fileIndex, 0);
    QCOMPARE(p.detail, detail);
    QCOMPARE(spies.progress.constLast().at(0).toLongLong(), qint64(bytes.size()));
}

void TestLogLoader::emptyAndForeignFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("httperr1.log"));
    const QString headerOnly = dir.filePath(QStringLiteral("httperr2.log"));
    const QString access = dir.filePath(QStringLiteral("u_ex240101.log"));
    const QString utf16 = dir.filePath(QStringLiteral("httperr3.log"));
    QVERIFY(writeFile(empty, QByteArray()));
    QVERIFY(writeFile(headerOnly, kHeader));
    QVERIFY(writeFile(access, "#Software: Microsoft Internet Information Services 10.0\r\n"
                              "#Fields: date time s-ip cs-method cs-uri-stem sc-status\r\n"
                              "2024-01-01 00:00:00 10.0.0.1 GET / 200\r\n"));
    // An editor's UTF-16 copy of a log is still read.
    const QString text = QString::fromLatin1(QByteArray(kHeader) + dataLine(0, "utf16"));
    QByteArray wide("\xFF\xFE", 2);
    wide.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QVERIFY(writeFile(utf16, wide));

    LogLoader loader;
    Spies spies(&loader);
    loader.start({empty, headerOnly, access, utf16});
    QVERIFY(safeWait(spies.finished));
    QCOMPARE(spies.problems.count(), 4);
    QCOMPARE(problemAt(spies.problems, 0).code, LogProblem::Code::Empty);
    QCOMPARE(problemAt(spies.problems, 0).fileIndex, 0);
    QCOMPARE(problemAt(spies.problems, 1).code, LogProblem::Code::HeaderOnly);
    QCOMPARE(problemAt(spies.problems, 1).fileIndex, 1);
    const LogProblem foreign = problemAt(spies.problems, 2);
    QCOMPARE(foreign.code, LogProblem::Code::NotHttpErr);
    QCOMPARE(foreign.fileIndex, 2);
    QCOMPARE(foreign.path, access);
    QCOMPARE(foreign.line, uint64_t(1));
    QCOMPARE(foreign.detail, QStringLiteral("IIS access log"));
    const LogProblem reencoded = problemAt(spies.problems, 3);
    QCOMPARE(reencoded.code, LogProblem::Code::Reencoded);
    QCOMPARE(reencoded.fileIndex, 3);
    QCOMPARE(reencoded.detail, QStringLiteral("UTF-16 LE"));
    QCOMPARE(spies.rows(), uint64_t(1));
    const LogBatchPtr last = batchAt(spies.batches, spies.batches.count() - 1);
    QCOMPARE(last->fileIndex, 3);
    QCOMPARE(last->lines, (std::vector<uint32_t>{5}));
}

void TestLogLoader::destroyWhileRunning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeLog(path, 30000));

    // Destroyed right after start, before anything arrived.
    {
        auto loader = std::make_unique<LogLoader>();
        loader->setBlockSizes(1024, 1024);
        loader->start({path});
        QVERIFY(loader->isRunning());
    }
    // Destroyed in the middle, with batches queued for it.
    {
        auto loader = std::make_unique<LogLoader>();
        loader->setBlockSizes(1024, 1024);
        QSignalSpy batches(loader.get(), &LogLoader::batchReady);
        loader->start({path});
        QVERIFY(safeWait(batches, 2));
        QVERIFY(loader->isRunning());
        loader.reset();
    }
    // Events posted by the dead workers must not reach anything.
    QTest::qWait(200);

    LogLoader survivor;
    Spies spies(&survivor);
    survivor.start({path});
    QVERIFY(safeWait(spies.finished));
    QCOMPARE(spies.rows(), uint64_t(30000));
}

void TestLogLoader::restartWhileRunning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString big = dir.filePath(QStringLiteral("httperr1.log"));
    const QString small = dir.filePath(QStringLiteral("httperr2.log"));
    QVERIFY(writeLog(big, 30000, "big"));
    QVERIFY(writeLog(small, 20, "small"));

    LogLoader loader;
    loader.setBlockSizes(1024, 1024);
    QSignalSpy finished(&loader, &LogLoader::finished);
    QSignalSpy files(&loader, &LogLoader::filesResolved);
    loader.start({big});
    QVERIFY(safeWait(files));
    QSignalSpy batches(&loader, &LogLoader::batchReady);
    loader.start({small}); // cancels the first load
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(safeWait(finished, 2));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 2);

    // Only batches of the second load arrive after the restart.
    uint64_t rows = 0;
    for (int i = 0; i < batches.count(); ++i) {
        const LogBatchPtr batch = batchAt(batches, i);
        rows += batch->rowCount();
        QCOMPARE(batch->columns.back().pool.view(1), std::string_view("small"));
    }
    QCOMPARE(rows, uint64_t(20));
    QCOMPARE(files.constLast().at(0).toStringList(), QStringList{small});
}

void TestLogLoader::loadJobSmallBlocks()
{
    // The synchronous job with tiny blocks, whose sink frees each batch at once (so the next
    // batch may be allocated where the last one was).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeLog(path, 500));
    const qint64 size = QFileInfo(path).size();

    LoadJob job({path});
    job.setBlockSizes(300, 700);
    StoreSink sink;
    job.run(sink);
    QVERIFY(sink.batches > 50);
    QCOMPARE(sink.store.rowCount(), size_t(500));
    QCOMPARE(sink.malformed, uint64_t(0));
    QCOMPARE(sink.problems.size(), size_t(0));
    QCOMPARE(sink.lastDone, size);
    QCOMPARE(sink.lastTotal, size);
    QCOMPARE(sink.store.columnCount(), size_t(11));
    const int uri = sink.store.columnOf(LogField::Uri);
    const int port = sink.store.columnOf(LogField::ClientPort);
    for (size_t r = 0; r < 500; ++r) {
        QCOMPARE(sink.store.time(r), kStart + int64_t(r));
        QCOMPARE(sink.store.line(r), uint32_t(kHeaderLines + 1 + r));
        const std::string expectedUri = "/page" + std::to_string(r % 97) + ".aspx";
        QCOMPARE(sink.store.text(size_t(uri), r), std::string_view(expectedUri));
        const std::string expectedPort = std::to_string(49152 + r % 16000);
        QCOMPARE(sink.store.text(size_t(port), r), std::string_view(expectedPort));
    }
}

using Container = QString;

void TestLogLoader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("lineEnd"); // what every line ends with ("mixed": in turn)
    QTest::addColumn<Container>("container");
    for (const char *container : {"plain", "gzip", "zip", "utf16"}) {
        for (const char *end : {"\n", "\r\n", "\r", "mixed"}) {
            const QByteArray name = QByteArray(container) + ", "
                                    + QByteArray(end).replace('\r', "CR").replace('\n', "LF");
            QTest::newRow(name.constData()) << QByteArray(end) << QString::fromLatin1(container);
        }
    }
}

void TestLogLoader::lineEnds()
{
    // CR, LF and CRLF all end a line (CRLF once), wherever a block or a read cuts them, in a
    // plain file, a .gz, a zip member and a UTF-16 file alike.
    QFETCH(QByteArray, lineEnd);
    QFETCH(Container, container);
    QByteArray text = kHeader;
    for (int i = 0; i < 300; ++i)
        text += dataLine(i, "Pool");
    const QList<QByteArray> lines = text.split('\n');
    const QList<QByteArray> ends{"\n", "\r\n", "\r"};
    QByteArray bytes;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QByteArray line = lines[i];
        line.chop(1); // the CR of CRLF
        bytes += line + (lineEnd == "mixed" ? ends[i % 3] : lineEnd);
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("httperr1.log"));
    if (container == u"gzip") {
        path += QStringLiteral(".gz");
        QVERIFY(writeFile(path, ArchiveFixture::gzip(bytes)));
    } else if (container == u"zip") {
        path = dir.filePath(QStringLiteral("logs.zip"));
        QVERIFY(ArchiveFixture::writeZip(path, {{QStringLiteral("httperr1.log"), bytes}}));
    } else if (container == u"utf16") {
        const QString wide = QString::fromLatin1(bytes);
        QByteArray utf16("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2);
        QVERIFY(writeFile(path, utf16));
    } else {
        QVERIFY(writeFile(path, bytes));
    }
    for (const qint64 block : {qint64(1) << 20, qint64(29), qint64(64)}) {
        LoadJob job({path});
        job.setBlockSizes(block, block);
        StoreSink sink;
        job.run(sink);
        QCOMPARE(sink.store.rowCount(), size_t(300));
        QCOMPARE(sink.malformed, uint64_t(0));
        for (const LogProblem &p : sink.problems)
            QCOMPARE(p.code, LogProblem::Code::Reencoded);
        for (size_t r = 0; r < 300; ++r) {
            QCOMPARE(sink.store.time(r), kStart + int64_t(r));
            QCOMPARE(sink.store.line(r), uint32_t(kHeaderLines + 1 + r));
        }
        QCOMPARE(sink.store.text(size_t(sink.store.columnOf(LogField::QueueName)), 299),
                 std::string_view("Pool"));
    }
}

void TestLogLoader::headerBlocksJudgedAlone_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("skippedAt"); // header lines of the skipped blocks
    QTest::addColumn<QStringList>("kinds");
    const QByteArray iis = "#Software: Microsoft Internet Information Services 10.0\r\n"
                           "#Fields: date time s-ip cs-method cs-uri-stem sc-status\r\n"
                           "2024-01-01 00:00:00 10.0.0.1 GET / 200\r\n"
                           "2024-01-01 00:00:01 10.0.0.1 GET /a 200\r\n";
    QByteArray wide = "#Fields: date time";
    for (int i = 0; i < 3000; ++i)
        wide += " x-f" + QByteArray::number(i);
    wide += "\r\n2024-01-01 00:00:00 a b c\r\n";
    const QByteArray good = QByteArray(kHeader) + dataLine(0, "A") + dataLine(1, "A");
    QTest::newRow("IIS block, then httperr")
        << iis + good << 2 << QList<int>{1} << QStringList{QStringLiteral("IIS access log")};
    QTest::newRow("httperr, huge header, httperr")
        << good + wide + good << 4 << QList<int>{7}
        << QStringList{QStringLiteral("W3C log with over 256 fields")};
    QTest::newRow("httperr, IIS, httperr, IIS")
        << good + iis + good + iis << 4 << QList<int>{7, 17}
        << QStringList{QStringLiteral("IIS access log"), QStringLiteral("IIS access log")};
}

void TestLogLoader::headerBlocksJudgedAlone()
{
    // A concatenation of logs: the blocks that are another kind of log are skipped and named,
    // the httperr blocks before and after them are read, in small blocks as in one.
    QFETCH(QByteArray, bytes);
    QFETCH(int, rows);
    QFETCH(QList<int>, skippedAt);
    QFETCH(QStringList, kinds);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, bytes));
    for (const qint64 block : {qint64(1) << 20, qint64(100)}) {
        LoadJob job({path});
        job.setBlockSizes(block, block);
        StoreSink sink;
        job.run(sink);
        QCOMPARE(sink.store.rowCount(), size_t(rows));
        QCOMPARE(sink.malformed, uint64_t(0));
        QList<int> lines;
        QStringList details;
        for (const LogProblem &p : sink.problems) {
            QCOMPARE(p.code, LogProblem::Code::ForeignBlock);
            QCOMPARE(p.severity(), LogProblem::Severity::Warning);
            QCOMPARE(p.path, path);
            lines << int(p.line);
            details << p.detail;
        }
        QCOMPARE(lines, skippedAt);
        QCOMPARE(details, kinds);
    }
}

void TestLogLoader::nameNotUtf8()
{
    // A name in another system's encoding (Latin-1 "é"), on the command line or in a folder:
    // opened by its bytes, shown with a replacement character.
    QTemporaryDir dir;
    const QByteArray name = QFile::encodeName(dir.path()) + "/httperr-\xE9t\xE9.log";
    {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 3; ++i)
            bytes += dataLine(i, "Pool");
        FILE *f = std::fopen(name.constData(), "wb");
        QVERIFY(f);
        QCOMPARE(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f), size_t(bytes.size()));
        std::fclose(f);
    }
    const QString path = NativePath::fromNative(name);
    QCOMPARE(NativePath::toNative(path), name);
    QVERIFY(NativePath::hasRawBytes(path));
    QCOMPARE(LogSource::displayName(path), QStringLiteral(u"httperr-\uFFFDt\uFFFD.log"));
    for (const QString &opened : {path, dir.path()}) {
        LoadJob job({opened});
        StoreSink sink;
        job.run(sink);
        QCOMPARE(sink.store.rowCount(), size_t(3));
        QCOMPARE(sink.problems.size(), size_t(0));
        QCOMPARE(sink.store.files(), QStringList{path});
    }
}

QTEST_GUILESS_MAIN(TestLogLoader)
#include "tst_logloader.moc"
