#include "logloader.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// How LogLoader hands results to the GUI thread: in slices, so the event loop keeps running,
// and with a minimum interval between batches when a big table asks for fewer insertions.
// Whatever the pacing, everything arrives once, in order, and nothing after finished().

namespace {

QByteArray logBytes(int rows)
{
    QByteArray bytes = "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri "
                       "sc-status s-siteid s-reason s-queuename\r\n";
    for (int i = 0; i < rows; ++i) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(1704067200 + i, QTimeZone::utc());
        bytes += t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1()
                 + " 10.0.0.1 50000 10.0.0.2 443 HTTP/1.1 GET /p" + QByteArray::number(i % 9)
                 + " 503 1 QueueFull DefaultAppPool\r\n";
    }
    return bytes;
}

bool safeWait(QSignalSpy &spy, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (spy.isEmpty() && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    return !spy.isEmpty();
}

} // namespace

class TestLoadDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everythingInOrder_data();
    void everythingInOrder();
    void cancelWhileHeldBack();

private:
    QTemporaryDir m_dir;
    QString m_path;
    static constexpr int kRows = 3000;
};

void TestLoadDelivery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("httperr1.log"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(logBytes(kRows)) > 0);
}

void TestLoadDelivery::everythingInOrder_data()
{
    QTest::addColumn<int>("interval");
    QTest::newRow("as fast as they come") << 0;
    QTest::newRow("at most every 30 ms") << 30;
}

void TestLoadDelivery::everythingInOrder()
{
    QFETCH(int, interval);

    LogLoader loader;
    loader.setBlockSizes(8192, 8192);
    loader.setBatchInterval(interval);
    QStringList order;
    uint32_t nextLine = 2;
    bool inOrder = true;
    connect(&loader, &LogLoader::batchReady, this, [&](const LogBatchPtr &batch) {
        order << QStringLiteral("batch");
        for (const uint32_t line : batch->lines)
            inOrder = inOrder && line == nextLine++;
    });
    connect(&loader, &LogLoader::progressChanged, this, [&](qint64 done, qint64 total) {
        order << QStringLiteral("progress %1/%2").arg(done).arg(total);
    });
    QSignalSpy finished(&loader, &LogLoader::finished);
    connect(&loader, &LogLoader::finished, this, [&] { order << QStringLiteral("finished"); });
    loader.start({m_path});
    QVERIFY(safeWait(finished));

    QVERIFY(inOrder);
    QCOMPARE(nextLine, uint32_t(kRows + 2));
    QVERIFY(order.count(QStringLiteral("batch")) > 10);
    QCOMPARE(order.constLast(), QStringLiteral("finished"));
    const qint64 size = QFileInfo(m_path).size();
    QCOMPARE(order.at(order.size() - 2), QStringLiteral("progress %1/%1").arg(size));
    QTest::qWait(50);
    QCOMPARE(order.constLast(), QStringLiteral("finished"));
}

void TestLoadDelivery::cancelWhileHeldBack()
{
    // Batches wait for the interval; a cancel in between drops them for good.
    LogLoader loader;
    loader.setBlockSizes(2048, 2048);
    loader.setBatchInterval(200);
    int batches = 0;
    connect(&loader, &LogLoader::batchReady, this, [&] { ++batches; });
    QSignalSpy finished(&loader, &LogLoader::finished);
    loader.start({m_path});
    QTRY_VERIFY(batches >= 1);
    loader.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const int seen = batches;
    QTest::qWait(500);
    QCOMPARE(batches, seen);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!loader.isRunning());
}

QTEST_GUILESS_MAIN(TestLoadDelivery)
#include "tst_loaddelivery.moc"
