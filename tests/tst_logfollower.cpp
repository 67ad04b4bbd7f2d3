// Following live logs: new lines, unfinished lines, roll-over to a new file, truncation and
// replacement, alone (FileFollower) and through a session as the window uses it.
#include "archivefixture.h"
#include "exportjob.h"
#include "filefollower.h"
#include "logfiltermodel.h"
#include "logsession.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 Jan2024 = 1704067200;
constexpr int HeaderLines = 4;

// Data lines only (no header): rows `first`..`first + count - 1` of ArchiveFixture::log().
QByteArray lines(int first, int count)
{
    const QByteArray all = ArchiveFixture::log(Jan2024, first + count);
    QList<QByteArray> split = all.split('\n');
    QByteArray out;
    for (int i = HeaderLines + first; i < HeaderLines + first + count; ++i)
        out += split.at(i) + '\n';
    return out;
}

// Waits until `done` holds, letting events run; false on timeout.
template <typename F> bool waitFor(F done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

uint32_t maxLine(const LogStore &store, uint32_t file)
{
    uint32_t line = 0;
    for (size_t r = 0; r < store.rowCount(); ++r) {
        if (store.fileIndex(r) == file)
            line = std::max(line, store.line(r));
    }
    return line;
}
} // namespace

class TestLogFollower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnlyNewCompleteLines();
    void skipsLinesTheLoaderRead();
    void truncatedOrReplaced_data();
    void truncatedOrReplaced();
    void lineLongerThanOneRead();
    void sessionFollowsAppendsAndRollOver();
    void sessionRereadsTruncatedFile();
    void openedFileFollowsItsSuccessor();
    void openedFolderFollowsItsSubfolders();
    void overlappingFilesAreOrderedBeforeFollowing();
    void archivesAreNotFollowed();
    void filterSeesFollowedRows();
    void unfinishedLastLineIsCompleted();
    void pausedWhileAnExportReadsTheRows();
    void crOnlyLinesAreFollowed();
};

void TestLogFollower::readsOnlyNewCompleteLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 3)));
    FileFollower follower(0, path, 0, false);
    QVERIFY(follower.hasChanged());
    FileFollower::Update u = follower.read(1 << 20);
    QVERIFY(u.batch);
    QCOMPARE(u.batch->rowCount(), size_t(3));
    QCOMPARE(u.batch->lines.front(), uint32_t(HeaderLines + 1));
    QVERIFY(!u.restarted);
    QVERIFY(!follower.hasChanged());

    // Half a line: nothing yet, and the offset stays before it.
    const QByteArray next = lines(3, 1);
    const qint64 before = follower.offset();
    QVERIFY(ArchiveFixture::appendFile(path, next.left(20)));
    QVERIFY(follower.hasChanged());
    u = follower.read(1 << 20);
    QVERIFY(!u.batch);
    QCOMPARE(follower.offset(), before);

    // The rest of it arrives, with one more line.
    QVERIFY(ArchiveFixture::appendFile(path, next.mid(20) + lines(4, 1)));
    u = follower.read(1 << 20);
    QVERIFY(u.batch);
    QCOMPARE(u.batch->rowCount(), size_t(2));
    QCOMPARE(u.batch->lines, (std::vector<uint32_t>{HeaderLines + 4, HeaderLines + 5}));
    QCOMPARE(u.batch->times, (std::vector<int64_t>{Jan2024 + 3, Jan2024 + 4}));
    QCOMPARE(u.batch->malformed, uint64_t(0));
    QCOMPARE(follower.offset(), QFileInfo(path).size());
}

void TestLogFollower::skipsLinesTheLoaderRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 10)));
    // The loader took lines up to the 7th row; 3 rows were written after it.
    FileFollower follower(2, path, HeaderLines + 7, false);
    const FileFollower::Update u = follower.read(1 << 20);
    QVERIFY(u.batch);
    QCOMPARE(u.batch->fileIndex, 2);
    QCOMPARE(u.batch->rowCount(), size_t(3));
    QCOMPARE(u.batch->lines.front(), uint32_t(HeaderLines + 8));
    // The #Fields of the skipped header are in force: every column is known.
    QCOMPARE(u.batch->columns.size(), size_t(11));
}

void TestLogFollower::truncatedOrReplaced_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("truncated") << true;
    QTest::newRow("replaced by a longer file") << false;
}

void TestLogFollower::truncatedOrReplaced()
{
    QFETCH(bool, truncate);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 20)));
    FileFollower follower(0, path, 0, false);
    QCOMPARE(follower.read(1 << 20).batch->rowCount(), size_t(20));

    const QByteArray next = truncate ? ArchiveFixture::log(Jan2024 + 3600, 2)
                                     : ArchiveFixture::log(Jan2024 + 86400, 40);
    QVERIFY(ArchiveFixture::writeFile(path, next));
    const FileFollower::Update u = follower.read(1 << 20);
    QVERIFY(u.restarted);
    QVERIFY(u.batch);
    QCOMPARE(u.batch->rowCount(), size_t(truncate ? 2 : 40));
    QCOMPARE(u.batch->lines.front(), uint32_t(HeaderLines + 1));
    QCOMPARE(u.batch->times.front(), truncate ? Jan2024 + 3600 : Jan2024 + 86400);
}

void TestLogFollower::lineLongerThanOneRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 5)));
    FileFollower follower(0, path, 0, false);
    // Reads of 64 bytes, shorter than any line: each read still ends at a line break.
    size_t rows = 0;
    for (int i = 0; i < 100 && follower.offset() < QFileInfo(path).size(); ++i) {
        const FileFollower::Update u = follower.read(64);
        rows += u.batch ? u.batch->rowCount() : 0;
    }
    QCOMPARE(rows, size_t(5));
    QCOMPARE(follower.offset(), QFileInfo(path).size());
}

void TestLogFollower::sessionFollowsAppendsAndRollOver()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(first, ArchiveFixture::log(Jan2024, 100)));
    LogSession session;
    QAbstractItemModelTester tester(session.tableModel());
    session.follower()->setPollInterval(100);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    QSignalSpy following(&session, &LogSession::followingChanged);
    session.setFollowing(true);
    QCOMPARE(following.count(), 1);
    session.open({dir.path()});
    QVERIFY(finished.wait(20000));
    const LogStore &store = session.tableModel()->store();
    QCOMPARE(store.rowCount(), size_t(100));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));

    // HTTP.sys appends.
    QSignalSpy appended(session.tableModel(), &LogTableModel::rowsAppended);
    QVERIFY(ArchiveFixture::appendFile(first, lines(100, 5)));
    QVERIFY(waitFor([&] { return store.rowCount() == 105; }));
    QCOMPARE(maxLine(store, 0), uint32_t(HeaderLines + 105));
    QCOMPARE(store.time(store.rowCount() - 1), Jan2024 + 104);

    // It rolls over: a new file with its own header, then more lines.
    const QString second = dir.filePath(QStringLiteral("httperr2.log"));
    QVERIFY(ArchiveFixture::writeFile(second, ArchiveFixture::log(Jan2024 + 1000, 3)));
    QVERIFY(waitFor([&] { return store.rowCount() == 108; }));
    QCOMPARE(session.files(), (QStringList{first, second}));
    QCOMPARE(maxLine(store, 1), uint32_t(HeaderLines + 3));
    QVERIFY(ArchiveFixture::appendFile(
        second, lines(3, 2).replace("2024-01-01 00:00:0", "2024-01-01 00:20:0")));
    QVERIFY(waitFor([&] { return store.rowCount() == 110; }));
    QCOMPARE(maxLine(store, 1), uint32_t(HeaderLines + 5));
    QVERIFY(appended.count() >= 3);
    QCOMPARE(session.problemModel()->rowCount(), 0);
    QCOMPARE(session.malformedCount(), uint64_t(0));

    // Turned off: nothing more arrives.
    session.setFollowing(false);
    QVERIFY(!session.follower()->isActive());
    QVERIFY(ArchiveFixture::appendFile(second, lines(5, 1)));
    QTest::qWait(300);
    QCOMPARE(store.rowCount(), size_t(110));
}

void TestLogFollower::sessionRereadsTruncatedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 50)));
    LogSession session;
    session.follower()->setPollInterval(100);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({path});
    QVERIFY(finished.wait(20000));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));
    const LogStore &store = session.tableModel()->store();
    QCOMPARE(store.rowCount(), size_t(50));

    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024 + 7200, 4)));
    QVERIFY(waitFor([&] { return store.rowCount() == 54; }));
    QCOMPARE(session.problemModel()->rowCount(), 1);
    const LogProblem note = session.problemModel()->problem(0);
    QCOMPARE(note.code, LogProblem::Code::Restarted);
    QCOMPARE(note.path, path);
    QCOMPARE(note.severity(), LogProblem::Severity::Note);
    QCOMPARE(store.time(53), Jan2024 + 7200 + 3);
}

void TestLogFollower::openedFileFollowsItsSuccessor()
{
    QTemporaryDir dir;
    const QString third = dir.filePath(QStringLiteral("httperr3.log"));
    QVERIFY(ArchiveFixture::writeFile(dir.filePath(QStringLiteral("httperr2.log")),
                                      ArchiveFixture::log(Jan2024, 5)));
    QVERIFY(ArchiveFixture::writeFile(third, ArchiveFixture::log(Jan2024 + 100, 5)));
    LogSession session;
    session.follower()->setPollInterval(100);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({third});
    QVERIFY(finished.wait(20000));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));
    // Neither an older numbered file nor an unrelated log joins; the next numbered one does.
    QVERIFY(ArchiveFixture::writeFile(dir.filePath(QStringLiteral("httperr1.log")),
                                      ArchiveFixture::log(Jan2024, 5)));
    QVERIFY(ArchiveFixture::writeFile(dir.filePath(QStringLiteral("other.log")),
                                      ArchiveFixture::log(Jan2024, 5)));
    const QString fourth = dir.filePath(QStringLiteral("httperr4.log"));
    QVERIFY(ArchiveFixture::writeFile(fourth, ArchiveFixture::log(Jan2024 + 200, 2)));
    const LogStore &store = session.tableModel()->store();
    QVERIFY(waitFor([&] { return store.rowCount() == 7; }));
    QCOMPARE(session.files(), (QStringList{third, fourth}));
}

void TestLogFollower::openedFolderFollowsItsSubfolders()
{
    // An unpacked web-farm bundle: one folder per server, all loaded and all followed.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("server1")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("server2")));
    const QString one = dir.filePath(QStringLiteral("server1/httperr1.log"));
    const QString two = dir.filePath(QStringLiteral("server2/httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(one, ArchiveFixture::log(Jan2024, 4)));
    QVERIFY(ArchiveFixture::writeFile(two, ArchiveFixture::log(Jan2024 + 10, 3)));
    LogSession session;
    session.follower()->setPollInterval(100);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({dir.path()});
    QVERIFY(finished.wait(20000));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));
    const LogStore &store = session.tableModel()->store();
    QCOMPARE(store.rowCount(), size_t(7));
    QCOMPARE(session.files(), (QStringList{one, two}));

    // Server 2 rolls over into its own folder.
    const QString next = dir.filePath(QStringLiteral("server2/httperr2.log"));
    QVERIFY(ArchiveFixture::writeFile(next, ArchiveFixture::log(Jan2024 + 100, 2)));
    QVERIFY(waitFor([&] { return store.rowCount() == 9; }));
    QCOMPARE(session.files(), (QStringList{one, two, next}));
}

void TestLogFollower::overlappingFilesAreOrderedBeforeFollowing()
{
    // Two servers' logs of the same minutes: loadFinished() comes once the rows are in time
    // order (worked out off the GUI thread), and only then does following begin.
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("a.log"));
    const QString two = dir.filePath(QStringLiteral("b.log"));
    QVERIFY(ArchiveFixture::writeFile(one, ArchiveFixture::log(Jan2024 + 1, 50)));
    QVERIFY(ArchiveFixture::writeFile(two, ArchiveFixture::log(Jan2024, 50)));
    LogSession session;
    QAbstractItemModelTester tester(session.tableModel());
    session.follower()->setPollInterval(100);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({one, two});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const LogStore &store = session.tableModel()->store();
    QVERIFY(store.isTimeOrdered());
    QCOMPARE(store.rowCount(), size_t(100));
    QCOMPARE(store.time(0), Jan2024);
    QCOMPARE(store.time(99), Jan2024 + 50);
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));
    QVERIFY(ArchiveFixture::appendFile(one, lines(50, 2)));
    QVERIFY(waitFor([&] { return store.rowCount() == 102; }));

    // Opening again while nothing runs any more: one more start, one more finish.
    session.open({one});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 2);
    QCOMPARE(store.rowCount(), size_t(52));
}

void TestLogFollower::archivesAreNotFollowed()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("support.zip"));
    QVERIFY(ArchiveFixture::writeZip(
        zip, {{QStringLiteral("httperr1.log"), ArchiveFixture::log(Jan2024, 5)}}));
    const QString gz = dir.filePath(QStringLiteral("httperr2.log.gz"));
    QVERIFY(ArchiveFixture::writeFile(gz, ArchiveFixture::gzip(ArchiveFixture::log(Jan2024, 5))));
    LogSession session;
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({zip, gz});
    QVERIFY(finished.wait(20000));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));
    QCOMPARE(session.follower()->followedCount(), 0);
}

void TestLogFollower::filterSeesFollowedRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 10)));
    LogSession session;
    session.follower()->setPollInterval(100);
    LogFilterModel filter;
    filter.setSourceModel(session.tableModel());
    QAbstractItemModelTester tester(&filter);
    FilterState only;
    only.reasons = QStringList{QStringLiteral("QueueFull")};
    filter.setFilterState(only);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({path});
    QVERIFY(finished.wait(20000));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));
    QCOMPARE(filter.rowCount(), 0);

    QByteArray more = lines(10, 4);
    more.replace("Timer_ConnectionIdle", "QueueFull");
    QVERIFY(ArchiveFixture::appendFile(path, lines(14, 3) + more));
    QVERIFY(waitFor([&] { return session.tableModel()->rowCount() == 17; }));
    QCOMPARE(filter.rowCount(), 4);
    // The reason picker's counts follow too.
    const LogStore &store = session.tableModel()->store();
    const int reasons = store.columnOf(LogField::Reason);
    const uint32_t queueFull = store.id(size_t(reasons), store.rowCount() - 1);
    QCOMPARE(filter.reasonCounter().total(queueFull), uint64_t(4));
}

void TestLogFollower::unfinishedLastLineIsCompleted()
{
    // The loader meets a last line that HTTP.sys is still writing; when its end arrives the
    // row is taken once, whole, and the note about the cut line goes away.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    const QByteArray next = lines(100, 3);
    const qsizetype cut = next.indexOf(' ', 25); // inside the 101st row
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 100) + next.left(cut)));
    LogSession session;
    QAbstractItemModelTester problemsTester(session.problemModel());
    session.follower()->setPollInterval(100);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({path});
    QVERIFY(finished.wait(20000));
    const LogStore &store = session.tableModel()->store();
    QCOMPARE(store.rowCount(), size_t(100));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));

    QVERIFY(ArchiveFixture::appendFile(path, next.mid(cut)));
    QVERIFY(waitFor([&] { return store.rowCount() >= 103; }));
    QTest::qWait(300);
    QCOMPARE(store.rowCount(), size_t(103));
    QCOMPARE(maxLine(store, 0), uint32_t(HeaderLines + 103));
    QCOMPARE(store.time(store.rowCount() - 1), Jan2024 + 102);
    QCOMPARE(session.malformedCount(), uint64_t(0));
    QCOMPARE(session.problemModel()->rowCount(), 0);
}

void TestLogFollower::pausedWhileAnExportReadsTheRows()
{
    // An export reads the store on a worker thread: following pauses for it (lines written
    // meanwhile wait in the file), so the rows do not grow under the worker, and resumes after
    // it without losing a line. (The ThreadSanitizer build runs this test too.)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(ArchiveFixture::writeFile(path, ArchiveFixture::log(Jan2024, 2000)));
    LogSession session;
    session.follower()->setPollInterval(20);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({path});
    QVERIFY(finished.wait(20000));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));
    const LogStore &store = session.tableModel()->store();
    QCOMPARE(store.rowCount(), size_t(2000));

    std::shared_ptr<void> pause = session.pauseFollowing();
    QVERIFY(session.follower()->isPaused());
    ExportJob job;
    QSignalSpy exported(&job, &ExportJob::finished);
    ExportJob::Request request;
    request.store = &store;
    request.format = ExportFormat::JsonLines;
    request.path = dir.filePath(QStringLiteral("rows.jsonl"));
    job.start(request);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(ArchiveFixture::appendFile(path, lines(2000 + 10 * i, 10)));
        session.follower()->checkNow(); // what a notification would do
        QTest::qWait(30);
    }
    QVERIFY(exported.wait(20000) || exported.count() == 1);
    QCOMPARE(store.rowCount(), size_t(2000)); // nothing was added while paused
    const auto result = exported.first().first().value<ExportJob::Result>();
    QVERIFY(result.ok());
    QCOMPARE(result.rows, uint64_t(2000));

    pause.reset();
    QVERIFY(!session.follower()->isPaused());
    QVERIFY(waitFor([&] { return store.rowCount() == 2050; }));
    QCOMPARE(maxLine(store, 0), uint32_t(HeaderLines + 2050));
    QCOMPARE(store.time(2049), Jan2024 + 2049);
    QCOMPARE(session.problemModel()->rowCount(), 0);
}

void TestLogFollower::crOnlyLinesAreFollowed()
{
    // Lines that end with CR alone (and a CRLF cut between two reads) are followed as the
    // loader reads them: each line once, numbered alike.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QByteArray start = ArchiveFixture::log(Jan2024, 20); // CRLF
    start.replace("\r\n", "\r");
    QVERIFY(!start.contains('\n'));
    QVERIFY(ArchiveFixture::writeFile(path, start));
    LogSession session;
    session.follower()->setPollInterval(20);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.setFollowing(true);
    session.open({path});
    QVERIFY(finished.wait(20000));
    const LogStore &store = session.tableModel()->store();
    QCOMPARE(store.rowCount(), size_t(20));
    QVERIFY(waitFor([&] { return session.follower()->isActive(); }));

    const QByteArray more = lines(20, 3); // CRLF
    const qsizetype lf = more.indexOf('\n');
    QVERIFY(ArchiveFixture::appendFile(path, more.left(lf))); // the first CRLF cut after CR
    QVERIFY(waitFor([&] { return store.rowCount() == 21; }));
    QVERIFY(ArchiveFixture::appendFile(path, more.mid(lf)));
    QVERIFY(waitFor([&] { return store.rowCount() == 23; }));
    QByteArray last = lines(23, 1);
    last.replace("\r\n", "\r");
    QVERIFY(ArchiveFixture::appendFile(path, last));
    QVERIFY(waitFor([&] { return store.rowCount() == 24; }));
    QTest::qWait(100);
    QCOMPARE(store.rowCount(), size_t(24));
    QCOMPARE(maxLine(store, 0), uint32_t(HeaderLines + 24));
    QCOMPARE(store.time(23), Jan2024 + 23);
    QCOMPARE(session.malformedCount(), uint64_t(0));
}

QTEST_GUILESS_MAIN(TestLogFollower)
#include "tst_logfollower.moc"
