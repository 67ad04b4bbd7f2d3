#include "httperrparser.h"
#include "idcolumn.h"
#include "logbatch.h"
#include "logstore.h"
#include "stringpool.h"

#include <QtTest>

#include <cstdio>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace {

std::string_view sv(const char *text)
{
    return std::string_view(text);
}

// A batch with the given rows; `columns` lists (field id, values per row), "-" is empty.
LogBatch makeBatch(int32_t fileIndex, const std::vector<int64_t> &times,
                   const std::vector<uint32_t> &lines,
                   const std::vector<std::pair<std::string, std::vector<std::string>>> &columns)
{
    LogBatch batch;
    batch.fileIndex = fileIndex;
    batch.times = times;
    batch.lines = lines;
    for (const auto &[name, values] : columns) {
        const size_t c = batch.columnFor(LogFields::fromId(name), name);
        for (const std::string &v : values)
            batch.columns[c].ids.push_back(batch.columns[c].pool.intern(v));
    }
    return batch;
}

QByteArray text(const LogStore &store, const char *column, size_t row)
{
    const int c = store.columnOf(sv(column));
    if (c < 0)
        return QByteArray("<no column>");
    const std::string_view t = store.text(size_t(c), row);
    return QByteArray(t.data(), qsizetype(t.size()));
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringPoolEmpty();
    void stringPoolDedup();
    void stringPoolGrowth();
    void stringPoolBinaryAndLong();
    void stringPoolClear();
    void idColumnWidening();
    void idColumnSetWidensAndPermute();
    void appendDifferentColumnSets();
    void appendShortColumn();
    void ensureColumnFillsEmpty();
    void timeOrder();
    void sortByTimeStable();
    void sortByTimeMatchesStableSort_data();
    void sortByTimeMatchesStableSort();
    void clear();
    void timeSpan_data();
    void timeSpan();
    void memoryBytesPerRow();
};

void TestLogStore::stringPoolEmpty()
{
    StringPool pool;
    QCOMPARE(StringPool::EmptyId, uint32_t(0));
    QCOMPARE(pool.size(), uint32_t(1));
    QCOMPARE(pool.view(StringPool::EmptyId), sv(""));
    QCOMPARE(pool.intern(sv("")), StringPool::EmptyId);
    QCOMPARE(pool.intern(sv("-")), StringPool::EmptyId);
    QCOMPARE(pool.size(), uint32_t(1));
    QCOMPARE(pool.find(sv("-")), int64_t(0));
    QCOMPARE(pool.find(sv("")), int64_t(0));
    QCOMPARE(pool.find(sv("x")), int64_t(-1));
    QCOMPARE(pool.find(sv("--")), int64_t(-1));
}

void TestLogStore::stringPoolDedup()
{
    StringPool pool;
    QCOMPARE(pool.intern(sv("Timer_ConnectionIdle")), uint32_t(1));
    QCOMPARE(pool.intern(sv("URL")), uint32_t(2));
    QCOMPARE(pool.intern(sv("Timer_ConnectionIdle")), uint32_t(1));
    QCOMPARE(pool.intern(sv("-/--x")), uint32_t(3));
    QCOMPARE(pool.intern(sv("--")), uint32_t(4));
    QCOMPARE(pool.intern(sv("Url")), uint32_t(5)); // case matters
    QCOMPARE(pool.intern(sv("URL")), uint32_t(2));
    QCOMPARE(pool.size(), uint32_t(6));
    QCOMPARE(pool.view(1), sv("Timer_ConnectionIdle"));
    QCOMPARE(pool.view(3), sv("-/--x"));
    QCOMPARE(pool.view(4), sv("--"));
    QCOMPARE(pool.find(sv("URL")), int64_t(2));
    QCOMPARE(pool.find(sv("Url")), int64_t(5));
    QCOMPARE(pool.find(sv("url")), int64_t(-1));
    // The same text gives the same hash, whatever buffer it lives in.
    const std::string copy = "Timer_ConnectionIdle";
    QCOMPARE(StringPool::hash(copy), StringPool::hash(sv("Timer_ConnectionIdle")));
    QCOMPARE(pool.intern(copy), uint32_t(1));
}

void TestLogStore::stringPoolGrowth()
{
    StringPool pool;
    const int count = 60000;
    for (int i = 0; i < count; ++i) {
        const std::string s = "10.0." + std::to_string(i / 256) + '.' + std::to_string(i % 256);
        QCOMPARE(pool.intern(s), uint32_t(i + 1));
    }
    QCOMPARE(pool.size(), uint32_t(count + 1));
    // Every string is still found after the table grew many times, and re-interning adds
    // nothing.
    for (int i = 0; i < count; ++i) {
        const std::string s = "10.0." + std::to_string(i / 256) + '.' + std::to_string(i % 256);
        QCOMPARE(pool.find(s), int64_t(i + 1));
        QCOMPARE(pool.intern(s), uint32_t(i + 1));
        QCOMPARE(pool.view(uint32_t(i + 1)), std::string_view(s));
    }
    QCOMPARE(pool.size(), uint32_t(count + 1));
    QCOMPARE(pool.find(sv("10.0.999.0")), int64_t(-1));
    QVERIFY(pool.memoryBytes() > size_t(count) * 8);
    QVERIFY(pool.memoryBytes() < size_t(count) * 64);
}

void TestLogStore::stringPoolBinaryAndLong()
{
    StringPool pool;
    const std::string withNul1("a\0b", 3);
    const std::string withNul2("a\0c", 3);
    const std::string high("/\xC1\x1C\xE9\xFF");
    const std::string longText(5000, 'x');
    const std::string longText2 = longText + 'y';
    QCOMPARE(pool.intern(withNul1), uint32_t(1));
    QCOMPARE(pool.intern(withNul2), uint32_t(2));
    QCOMPARE(pool.intern(high), uint32_t(3));
    QCOMPARE(pool.intern(longText), uint32_t(4));
    QCOMPARE(pool.intern(longText2), uint32_t(5));
    QCOMPARE(pool.view(1), std::string_view(withNul1));
    QCOMPARE(pool.view(2), std::string_view(withNul2));
    QCOMPARE(pool.view(3), std::string_view(high));
    QCOMPARE(pool.view(4), std::string_view(longText));
    QCOMPARE(pool.view(5), std::string_view(longText2));
    QCOMPARE(pool.find(withNul2), int64_t(2));
    QCOMPARE(pool.find(longText2), int64_t(5));
}

void TestLogStore::stringPoolClear()
{
    StringPool pool;
    for (int i = 0; i < 1000; ++i)
        pool.intern(std::to_string(i + 100));
    QCOMPARE(pool.size(), uint32_t(1001));
    pool.clear();
    QCOMPARE(pool.size(), uint32_t(1));
    QCOMPARE(pool.find(sv("100")), int64_t(-1));
    QCOMPARE(pool.intern(sv("500")), uint32_t(1));
    QCOMPARE(pool.view(1), sv("500"));
}

void TestLogStore::idColumnWidening()
{
    IdColumn column;
    QCOMPARE(column.width(), 1u);
    QCOMPARE(column.size(), size_t(0));

    // Local ids 0..3 map to global ids through `remap`; maxId decides the width.
    const uint32_t local[] = {0, 1, 2, 3, 2, 1};
    column.append(local, 6, {0, 7, 200, 255}, 255);
    QCOMPARE(column.width(), 1u);
    QCOMPARE(column.size(), size_t(6));

    column.append(local, 4, {0, 256, 1000, 65535}, 65535);
    QCOMPARE(column.width(), 2u);
    QCOMPARE(column.size(), size_t(10));

    column.appendZeros(2);
    QCOMPARE(column.size(), size_t(12));

    column.append(local, 4, {0, 65536, 70000, 4000000000u}, 4000000000u);
    QCOMPARE(column.width(), 4u);
    QCOMPARE(column.size(), size_t(16));

    const std::vector<uint32_t> expected{0,    7,     200, 255, 200, 7,     0,     256,
                                         1000, 65535, 0,   0,   0,   65536, 70000, 4000000000u};
    for (size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(column.at(i), expected[i]);
    QVERIFY(column.memoryBytes() >= 16 * 4);

    // Narrow ids appended to a wide column stay exact.
    column.append(local, 3, {0, 1, 2, 3}, 3);
    QCOMPARE(column.width(), 4u);
    QCOMPARE(column.at(16), uint32_t(0));
    QCOMPARE(column.at(17), uint32_t(1));
    QCOMPARE(column.at(18), uint32_t(2));

    column.truncate(5);
    QCOMPARE(column.size(), size_t(5));
    QCOMPARE(column.at(4), uint32_t(200));
    column.clear();
    QCOMPARE(column.size(), size_t(0));
    QCOMPARE(column.width(), 1u);
}

void TestLogStore::idColumnSetWidensAndPermute()
{
    IdColumn column;
    column.appendZeros(4);
    column.set(1, 9);
    QCOMPARE(column.width(), 1u);
    column.set(2, 300);
    QCOMPARE(column.width(), 2u);
    column.set(3, 100000);
    QCOMPARE(column.width(), 4u);
    QCOMPARE(column.at(0), uint32_t(0));
    QCOMPARE(column.at(1), uint32_t(9));
    QCOMPARE(column.at(2), uint32_t(300));
    QCOMPARE(column.at(3), uint32_t(100000));

    column.permute({3, 1, 0, 2});
    QCOMPARE(column.at(0), uint32_t(100000));
    QCOMPARE(column.at(1), uint32_t(9));
    QCOMPARE(column.at(2), uint32_t(0));
    QCOMPARE(column.at(3), uint32_t(300));

    IdColumn narrow;
    const uint32_t ids[] = {1, 2, 3};
    narrow.append(ids, 3, {0, 10, 20, 30}, 30);
    narrow.permute({2, 0, 1});
    QCOMPARE(narrow.at(0), uint32_t(30));
    QCOMPARE(narrow.at(1), uint32_t(10));
    QCOMPARE(narrow.at(2), uint32_t(20));
}

void TestLogStore::appendDifferentColumnSets()
{
    LogStore store;
    store.setFiles({QStringLiteral("/l/httperr1.log"), QStringLiteral("/l/httperr2.log")});
    const LogBatch a = makeBatch(0, {100, 101, 102}, {5, 6, 7},
                                 {{"c-ip", {"10.0.0.1", "10.0.0.2", "10.0.0.1"}},
                                  {"s-reason", {"URL", "Timer_ConnectionIdle", "URL"}}});
    const LogBatch b = makeBatch(1, {200, 201}, {1, 2},
                                 {{"s-reason", {"Timer_ConnectionIdle", "N/A"}},
                                  {"streamid", {"3", "-"}},
                                  {"x-trace", {"abc", "def"}}});

    QCOMPARE(store.append(a), (std::vector<size_t>{0, 1}));
    QCOMPARE(store.append(b), (std::vector<size_t>{2, 3}));
    QCOMPARE(store.append(LogBatch()), std::vector<size_t>());

    QCOMPARE(store.rowCount(), size_t(5));
    QCOMPARE(store.columnCount(), size_t(4));
    QCOMPARE(store.columnOf(LogField::ClientIp), 0);
    QCOMPARE(store.columnOf(LogField::Reason), 1);
    QCOMPARE(store.columnOf(LogField::StreamId), 2);
    QCOMPARE(store.columnOf(LogField::Extra), -1);
    QCOMPARE(store.columnOf(sv("x-trace")), 3);
    QCOMPARE(store.columnOf(sv("S-Reason")), 1);
    QCOMPARE(store.columnOf(sv("x-other")), -1);
    QCOMPARE(store.columnOf(LogField::QueueName), -1);
    QCOMPARE(store.column(3).field, LogField::Extra);
    QCOMPARE(store.column(3).name, std::string("x-trace"));

    QCOMPARE(store.times(), (std::vector<int64_t>{100, 101, 102, 200, 201}));
    for (size_t r = 0; r < 5; ++r) {
        QCOMPARE(store.fileIndex(r), uint32_t(r < 3 ? 0 : 1));
        QCOMPARE(store.line(r), (std::vector<uint32_t>{5, 6, 7, 1, 2})[r]);
    }
    QCOMPARE(store.fileName(1), QStringLiteral("/l/httperr2.log"));

    // Columns a batch does not have are empty for its rows.
    QCOMPARE(text(store, "c-ip", 0), QByteArray("10.0.0.1"));
    QCOMPARE(text(store, "c-ip", 2), QByteArray("10.0.0.1"));
    QCOMPARE(text(store, "c-ip", 3), QByteArray());
    QCOMPARE(store.id(0, 4), StringPool::EmptyId);
    QCOMPARE(text(store, "streamid", 0), QByteArray());
    QCOMPARE(store.id(2, 1), StringPool::EmptyId);
    QCOMPARE(text(store, "streamid", 3), QByteArray("3"));
    QCOMPARE(store.id(2, 4), StringPool::EmptyId);
    QCOMPARE(text(store, "x-trace", 2), QByteArray());
    QCOMPARE(text(store, "x-trace", 4), QByteArray("def"));

    // One global pool per column: equal texts from different batches share an id.
    QCOMPARE(store.id(1, 1), store.id(1, 3));
    QCOMPARE(store.id(1, 0), store.id(1, 2));
    QVERIFY(store.id(1, 0) != store.id(1, 1));
    QCOMPARE(store.column(1).pool.size(), uint32_t(4)); // empty, URL, Timer_..., N/A
    QCOMPARE(text(store, "s-reason", 4), QByteArray("N/A"));
}

void TestLogStore::appendShortColumn()
{
    // The parser leaves a column shorter than the batch when its last rows lack the field.
    LogBatch batch = makeBatch(0, {1, 2, 3}, {1, 2, 3}, {{"s-queuename", {"Pool"}}});
    LogStore store;
    store.append(batch);
    QCOMPARE(store.rowCount(), size_t(3));
    QCOMPARE(text(store, "s-queuename", 0), QByteArray("Pool"));
    QCOMPARE(store.id(0, 1), StringPool::EmptyId);
    QCOMPARE(store.id(0, 2), StringPool::EmptyId);
    QCOMPARE(store.column(0).ids.size(), size_t(3));
}

void TestLogStore::ensureColumnFillsEmpty()
{
    LogStore store;
    store.append(makeBatch(0, {1, 2}, {1, 2}, {{"c-ip", {"a", "b"}}}));
    QCOMPARE(store.ensureColumn(LogField::ClientIp, "c-ip"), size_t(0));
    QCOMPARE(store.ensureColumn(LogField::Host, "cs-host"), size_t(1));
    QCOMPARE(store.ensureColumn(LogField::Extra, "x-a"), size_t(2));
    QCOMPARE(store.ensureColumn(LogField::Extra, "x-a"), size_t(2));
    QCOMPARE(store.columnCount(), size_t(3));
    QCOMPARE(store.column(1).ids.size(), size_t(2));
    QCOMPARE(store.id(1, 1), StringPool::EmptyId);
    store.append(makeBatch(0, {3}, {3}, {{"cs-host", {"example.org"}}}));
    QCOMPARE(text(store, "cs-host", 2), QByteArray("example.org"));
    QCOMPARE(text(store, "c-ip", 2), QByteArray());
    QCOMPARE(store.column(2).ids.size(), size_t(3));
}

void TestLogStore::timeOrder()
{
    LogStore store;
    QVERIFY(store.isTimeOrdered());
    store.append(makeBatch(0, {10, 10, 20}, {1, 2, 3}, {}));
    QVERIFY(store.isTimeOrdered());
    store.append(makeBatch(0, {20, 30}, {4, 5}, {}));
    QVERIFY(store.isTimeOrdered());
    store.append(makeBatch(1, {25}, {1}, {}));
    QVERIFY(!store.isTimeOrdered());

    LogStore unsortedBatch;
    unsortedBatch.append(makeBatch(0, {10, 5}, {1, 2}, {}));
    QVERIFY(!unsortedBatch.isTimeOrdered());
}

void TestLogStore::sortByTimeStable()
{
    LogStore store;
    store.append(
        makeBatch(0, {10, 30, 30, 50}, {1, 2, 3, 4}, {{"s-reason", {"a1", "a2", "a3", "a4"}}}));
    store.append(makeBatch(1, {20, 30, 40}, {1, 2, 3},
                           {{"s-reason", {"b1", "b2", "b3"}}, {"c-port", {"-", "300", "70000"}}}));
    store.append(makeBatch(2, {30, 5}, {7, 8}, {{"s-reason", {"c7", "c8"}}}));
    QVERIFY(!store.isTimeOrdered());
    store.sortByTime();
    QVERIFY(store.isTimeOrdered());

    QCOMPARE(store.times(), (std::vector<int64_t>{5, 10, 20, 30, 30, 30, 30, 40, 50}));
    const std::vector<uint32_t> files{2, 0, 1, 0, 0, 1, 2, 1, 0};
    const std::vector<uint32_t> lines{8, 1, 1, 2, 3, 2, 7, 3, 4};
    const std::vector<QByteArray> reasons{"c8", "a1", "b1", "a2", "a3", "b2", "c7", "b3", "a4"};
    const std::vector<QByteArray> ports{"", "", "", "", "", "300", "", "70000", ""};
    for (size_t r = 0; r < store.rowCount(); ++r) {
        QCOMPARE(store.fileIndex(r), files[r]);
        QCOMPARE(store.line(r), lines[r]);
        QCOMPARE(text(store, "s-reason", r), reasons[r]);
        QCOMPARE(text(store, "c-port", r), ports[r]);
    }
    // Sorting again changes nothing.
    store.sortByTime();
    QCOMPARE(text(store, "s-reason", 0), QByteArray("c8"));
}

void TestLogStore::sortByTimeMatchesStableSort_data()
{
    // Batches of times, one per file, as loads deliver them: a few ascending runs, or worse.
    QTest::addColumn<QVector<QVector<int>>>("files");
    QTest::newRow("two servers, same hours")
        << QVector<QVector<int>>{{1, 2, 2, 4, 6, 9}, {0, 2, 3, 4, 9, 10}};
    QTest::newRow("three servers, odd run count")
        << QVector<QVector<int>>{{5, 6, 7}, {1, 6, 8}, {0, 6, 6}};
    QTest::newRow("every row a run of its own")
        << QVector<QVector<int>>{{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    QTest::newRow("equal times everywhere") << QVector<QVector<int>>{{3, 3}, {3, 3}, {3}, {3, 3}};
    QTest::newRow("runs inside one file") << QVector<QVector<int>>{{4, 5, 1, 2, 3, 0}, {2}};
}

void TestLogStore::sortByTimeMatchesStableSort()
{
    QFETCH(QVector<QVector<int>>, files);
    LogStore store;
    std::vector<std::pair<int64_t, uint32_t>> expected; // (time, arrival), stably sorted below
    for (int f = 0; f < files.size(); ++f) {
        std::vector<int64_t> times;
        std::vector<uint32_t> lines;
        for (const int t : files[f]) {
            times.push_back(t);
            lines.push_back(uint32_t(expected.size()));
            expected.emplace_back(t, uint32_t(expected.size()));
        }
        store.append(makeBatch(f, times, lines, {}));
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    store.sortByTime();
    QVERIFY(store.isTimeOrdered());
    QCOMPARE(store.rowCount(), expected.size());
    for (size_t r = 0; r < store.rowCount(); ++r) {
        QCOMPARE(store.time(r), expected[r].first);
        QCOMPARE(store.line(r), expected[r].second); // the line numbers say where a row came from
    }
}

void TestLogStore::clear()
{
    LogStore store;
    store.setFiles({QStringLiteral("a.log")});
    store.append(makeBatch(0, {2, 1}, {1, 2}, {{"c-ip", {"x", "y"}}}));
    QVERIFY(!store.isTimeOrdered());
    store.clear();
    QCOMPARE(store.rowCount(), size_t(0));
    QCOMPARE(store.columnCount(), size_t(0));
    QCOMPARE(store.files(), QStringList());
    QVERIFY(store.isTimeOrdered());
    store.append(makeBatch(0, {1}, {1}, {{"s-reason", {"URL"}}}));
    QCOMPARE(store.columnOf(LogField::Reason), 0);
    QCOMPARE(store.fileIndex(0), uint32_t(0));
}

void TestLogStore::timeSpan_data()
{
    // Batches of times, appended one after another; the span after each append.
    QTest::addColumn<QList<QList<qint64>>>("batches");
    QTest::addColumn<QList<qint64>>("firsts");
    QTest::addColumn<QList<qint64>>("lasts");
    QTest::newRow("one row") << QList<QList<qint64>>{{100}} << QList<qint64>{100}
                             << QList<qint64>{100};
    QTest::newRow("ascending") << QList<QList<qint64>>{{10, 20}, {30, 40}} << QList<qint64>{10, 10}
                               << QList<qint64>{20, 40};
    QTest::newRow("later batch older") << QList<QList<qint64>>{{50, 60}, {5, 55}, {70}}
                                       << QList<qint64>{50, 5, 5} << QList<qint64>{60, 60, 70};
    QTest::newRow("unsorted inside a batch") << QList<QList<qint64>>{{30, 10, 20}, {25, 15}}
                                             << QList<qint64>{10, 10} << QList<qint64>{30, 30};
    QTest::newRow("negative times")
        << QList<QList<qint64>>{{-5, 3}, {-9}} << QList<qint64>{-5, -9} << QList<qint64>{3, 3};
}

void TestLogStore::timeSpan()
{
    QFETCH(QList<QList<qint64>>, batches);
    QFETCH(QList<qint64>, firsts);
    QFETCH(QList<qint64>, lasts);
    LogStore store;
    QCOMPARE(store.firstTime(), int64_t(0));
    QCOMPARE(store.lastTime(), int64_t(0));
    for (qsizetype i = 0; i < batches.size(); ++i) {
        const std::vector<int64_t> times(batches[i].begin(), batches[i].end());
        std::vector<uint32_t> lines(times.size());
        std::iota(lines.begin(), lines.end(), 1u);
        store.append(makeBatch(0, times, lines, {}));
        QCOMPARE(store.firstTime(), int64_t(firsts[i]));
        QCOMPARE(store.lastTime(), int64_t(lasts[i]));
    }
    // Put in time order, on another thread's copy and in place: the same span.
    store.adopt(store.reorderedByTime());
    QCOMPARE(store.firstTime(), int64_t(firsts.last()));
    QCOMPARE(store.lastTime(), int64_t(lasts.last()));
    store.sortByTime();
    QCOMPARE(store.firstTime(), int64_t(firsts.last()));
    QCOMPARE(store.lastTime(), int64_t(lasts.last()));
    store.clear();
    QCOMPARE(store.firstTime(), int64_t(0));
    QCOMPARE(store.lastTime(), int64_t(0));
    // A load after the clear starts its span afresh.
    store.append(makeBatch(0, {1000, 900}, {1, 2}, {}));
    QCOMPARE(store.firstTime(), int64_t(900));
    QCOMPARE(store.lastTime(), int64_t(1000));
}

void TestLogStore::memoryBytesPerRow()
{
    // 100,000 rows of the 13-field layout with the spread of a busy server: a few thousand
    // clients on ephemeral ports, a few hundred URLs, a handful of reasons and queues.
    // Parsed in 1,000-line pieces as the loader does.
    std::mt19937 rng(20240102);
    auto pick = [&rng](uint32_t n) { return uint32_t(rng() % n); };
    const char *methods[] = {"GET", "POST", "HEAD", "OPTIONS", "-"};
    const char *versions[] = {"HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "-"};
    const char *statuses[] = {"400", "404", "503", "-", "505"};
    const char *reasons[] = {"Timer_ConnectionIdle",
                             "Timer_MinBytesPerSecond",
                             "URL",
                             "BadRequest",
                             "Connection_Dropped",
                             "QueueFull",
                             "NotFound",
                             "Hostname",
                             "Verb",
                             "Connection_Abandoned_By_ReqQueue"};
    const char *queues[] = {"DefaultAppPool", "-", "Intranet", "Api"};

    const int rows = 100000;
    LogStore store;
    HttpErrParser parser(0, QStringLiteral("httperr1.log"));
    std::string piece;
    int64_t seconds = 1704067200; // 2024-01-01
    for (int i = 0; i < rows; ++i) {
        seconds += pick(3);
        const int64_t day = seconds % 86400;
        char when[64];
        std::snprintf(when, sizeof when, "2024-01-%02d %02d:%02d:%02d",
                      int((seconds - 1704067200) / 86400) + 1, int(day / 3600), int(day / 60 % 60),
                      int(day % 60));
        piece += when;
        piece += " 10.";
        piece += std::to_string(pick(8)) + '.' + std::to_string(pick(16)) + '.'
                 + std::to_string(pick(32));
        piece += ' ' + std::to_string(49152 + pick(16384));
        piece += pick(3) ? " 192.168.1.10 " : " 192.168.1.11 ";
        piece += pick(2) ? "443 " : "80 ";
        piece += versions[pick(4)];
        piece += ' ';
        piece += methods[pick(5)];
        piece += " /app/page" + std::to_string(pick(400)) + ".aspx ";
        piece += statuses[pick(5)];
        piece += pick(4) ? " 1 " : " - ";
        piece += reasons[pick(10)];
        piece += ' ';
        piece += queues[pick(4)];
        piece += "\r\n";
        if ((i + 1) % 1000 == 0) {
            LogBatch batch;
            parser.parse(piece.data(), piece.size(), batch);
            QCOMPARE(batch.malformed, uint64_t(0));
            store.append(batch);
            piece.clear();
        }
    }
    QCOMPARE(store.rowCount(), size_t(rows));
    QCOMPARE(store.columnCount(), size_t(11));
    QCOMPARE(store.column(size_t(store.columnOf(LogField::Reason))).ids.width(), 1u);
    QCOMPARE(store.column(size_t(store.columnOf(LogField::ClientPort))).ids.width(), 2u);

    const size_t bytes = store.memoryBytes();
    const double perRow = double(bytes) / rows;
    qInfo("%zu bytes for %d rows: %.1f bytes per row", bytes, rows, perRow);
    // At least the timestamp, line and one byte per field ...
    QVERIFY(perRow > 8 + 4 + 11);
    // ... and well under the 48 bytes a row may cost.
    QVERIFY2(perRow < 48, qPrintable(QString::number(perRow)));
}

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
