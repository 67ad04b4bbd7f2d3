#include "exportjob.h"
#include "storebuilder.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
LogStore bigStore(int rows)
{
    StoreBuilder builder;
    for (int i = 0; i < rows; ++i) {
        builder.row("2024-01-02 03:04:05",
                    {{"c-ip", "192.0.2." + std::to_string(i % 200)},
                     {"cs-uri", "/item/" + std::to_string(i % 5000)},
                     {"s-reason", i % 3 ? "Timer_ConnectionIdle" : "Connection_Dropped"}});
    }
    return builder.build();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// A device that takes `limit` bytes and then reports the disk full.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};
} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writesFile();
    void replacesFileOnSuccess();
    void cancelLeavesNothing();
    void cancelKeepsPreviousFile();
    void badTargets_data();
    void badTargets();
    void unwritableFolder();
    void cannotCreate();
    void deviceFullFails();
    void backgroundWritesAndReportsProgress();
    void backgroundCancel();

private:
    ExportJob::Request request(const QString &name);
    QTemporaryDir m_dir;
    LogStore m_store = bigStore(40000);
};

void TestExportJob::init()
{
    QVERIFY(m_dir.isValid());
    for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(f));
}

ExportJob::Request TestExportJob::request(const QString &name)
{
    ExportJob::Request r;
    r.store = &m_store;
    r.format = ExportFormat::Csv;
    r.path = m_dir.filePath(name);
    return r;
}

void TestExportJob::writesFile()
{
    const ExportJob::Request r = request(QStringLiteral("all.csv"));
    uint64_t lastDone = 0;
    int calls = 0;
    const ExportJob::Result result = ExportJob::run(r, [&](uint64_t done, uint64_t total) {
        [&] { QCOMPARE(total, uint64_t(40000)); }();
        lastDone = done;
        ++calls;
        return true;
    });
    QVERIFY(result.ok());
    QCOMPARE(result.rows, uint64_t(40000));
    QCOMPARE(lastDone, uint64_t(40000));
    QVERIFY(calls >= 2);
    const QByteArray bytes = contents(r.path);
    QCOMPARE(qint64(result.bytes), qint64(bytes.size()));
    QCOMPARE(bytes.count('\n'), 40001);
    QVERIFY(bytes.startsWith("date,time,c-ip,cs-uri,s-reason,server,file,line\r\n"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("all.csv")}); // no temporary file left over
}

void TestExportJob::replacesFileOnSuccess()
{
    ExportJob::Request r = request(QStringLiteral("rows.csv"));
    QFile old(r.path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    r.rows = std::make_shared<std::vector<uint32_t>>(std::vector<uint32_t>{0, 1});
    QVERIFY(ExportJob::run(r).ok());
    QCOMPARE(contents(r.path).count('\n'), 3);
}

void TestExportJob::cancelLeavesNothing()
{
    const ExportJob::Request r = request(QStringLiteral("cancelled.csv"));
    const ExportJob::Result result = ExportJob::run(r, [](uint64_t, uint64_t) { return false; });
    QCOMPARE(result.status, ExportJob::Result::Status::Cancelled);
    QVERIFY(!QFile::exists(r.path));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExportJob::cancelKeepsPreviousFile()
{
    const ExportJob::Request r = request(QStringLiteral("keep.csv"));
    QFile old(r.path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous export\n");
    old.close();
    int calls = 0;
    const ExportJob::Result result =
        ExportJob::run(r, [&](uint64_t, uint64_t) { return ++calls < 2; });
    QCOMPARE(result.status, ExportJob::Result::Status::Cancelled);
    QCOMPARE(contents(r.path), QByteArray("previous export\n"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("keep.csv")});
}

void TestExportJob::badTargets_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("folder") << "."
                            << "is a folder";
    QTest::newRow("missing folder") << "no/such/folder/x.csv"
                                    << "does not exist";
    QTest::newRow("empty") << ""
                           << "No file name";
}

void TestExportJob::badTargets()
{
    QFETCH(QString, relative);
    QFETCH(QString, messagePart);
    ExportJob::Request r = request(relative);
    if (relative.isEmpty())
        r.path.clear();
    const ExportJob::Result result = ExportJob::run(r);
    QCOMPARE(result.status, ExportJob::Result::Status::Failed);
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
    QVERIFY(QFileInfo(m_dir.path()).isDir());
}

void TestExportJob::unwritableFolder()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root may write anywhere: folder permissions cannot be tested");
#else
    // Windows keeps permissions in access control lists, which QFile::setPermissions() leaves
    // alone (it sets only the read-only flag, which folders ignore).
    QSKIP("folder permissions are a Unix notion here");
#endif
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    ExportJob::Request r = request(QStringLiteral("locked/x.csv"));
    const ExportJob::Result result = ExportJob::run(r);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(result.status, ExportJob::Result::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("cannot write to the folder")),
             qPrintable(result.error));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExportJob::cannotCreate()
{
    // A parent that is a file: no folder to create anything in, for root too.
    QFile file(m_dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ExportJob::Request r = request(QStringLiteral("plain.txt/x.csv"));
    const ExportJob::Result result = ExportJob::run(r);
    QCOMPARE(result.status, ExportJob::Result::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("is not a folder")), qPrintable(result.error));
}

void TestExportJob::deviceFullFails()
{
    FullDevice device(3 * 1024 * 1024);
    LogStore big = bigStore(120000); // about 5 MB of CSV
    ExportJob::Request r;
    r.store = &big;
    const ExportJob::Result result = ExportJob::write(r, device);
    QCOMPARE(result.status, ExportJob::Result::Status::Failed);
    QCOMPARE(result.error, QStringLiteral("No space left on device"));
    QVERIFY(result.bytes <= 3 * 1024 * 1024);
}

void TestExportJob::backgroundWritesAndReportsProgress()
{
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    QSignalSpy progress(&job, &ExportJob::progressChanged);
    ExportJob::Request r = request(QStringLiteral("bg.jsonl"));
    r.format = ExportFormat::JsonLines;
    job.start(r);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<ExportJob::Result>();
    QVERIFY(result.ok());
    QCOMPARE(result.rows, uint64_t(40000));
    QTRY_VERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 40000);
    QCOMPARE(progress.last().at(1).toLongLong(), 40000);
    QCOMPARE(contents(r.path).count('\n'), 40000);
}

void TestExportJob::backgroundCancel()
{
    LogStore big = bigStore(400000);
    ExportJob job;
    QSignalSpy finished(&job, &ExportJob::finished);
    ExportJob::Request r = request(QStringLiteral("bg-cancel.csv"));
    r.store = &big;
    job.start(r);
    job.cancel();
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<ExportJob::Result>();
    QCOMPARE(result.status, ExportJob::Result::Status::Cancelled);
    QVERIFY(!QFile::exists(r.path));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
