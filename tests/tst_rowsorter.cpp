// RowSorter: every key, both directions, stable ties, subsets of the store's rows, and the way
// back to store order.
#include "logbatch.h"
#include "logstore.h"
#include "rowsorter.h"

#include <QtTest>

#include <vector>

using Rows = std::vector<uint32_t>;
Q_DECLARE_METATYPE(RowSorter::Key)

namespace {
struct Row
{
    uint32_t file;
    int64_t time;
    uint32_t line;
    const char *reason;
};

// Two files whose times overlap, so the store is not in time order until sorted.
const Row Fixture[] = {
    {0, 30, 1, "b"}, {0, 10, 2, "A"}, {0, 20, 3, "-"},
    {1, 10, 1, "c"}, {1, 30, 2, "d"}, {1, 5, 3, "b"},
};

void fill(LogStore &store)
{
    // Servers WEB10 (file 0) and WEB9 (file 1): by name, naturally, WEB9 comes first.
    store.setFiles({QStringLiteral("/srv/WEB10/x.log"), QStringLiteral("/srv/WEB9/y.log")});
    for (uint32_t file = 0; file < 2; ++file) {
        LogBatch batch;
        batch.fileIndex = int32_t(file);
        const size_t c = batch.columnFor(LogField::Reason, "s-reason");
        for (const Row &row : Fixture) {
            if (row.file != file)
                continue;
            batch.times.push_back(row.time);
            batch.lines.push_back(row.line);
            batch.columns[c].ids.push_back(batch.columns[c].pool.intern(row.reason));
        }
        store.append(batch);
    }
}
} // namespace

class TestRowSorter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sort_data();
    void sort();
    void toStoreOrder();
    void ranksFollowNewValues();
};

void TestRowSorter::sort_data()
{
    QTest::addColumn<RowSorter::Key>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("timeOrdered"); // the store put in time order first
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Rows>("expected");
    using K = RowSorter::Key;
    const Rows all{0, 1, 2, 3, 4, 5};
    QTest::newRow("time asc") << K::Time << false << false << all << Rows{5, 1, 3, 2, 0, 4};
    QTest::newRow("time desc, ties in store order")
        << K::Time << true << false << all << Rows{0, 4, 2, 1, 3, 5};
    QTest::newRow("time asc, ordered store") << K::Time << false << true << all << all;
    QTest::newRow("time desc, ordered store, ties in store order")
        << K::Time << true << true << all << Rows{4, 5, 3, 1, 2, 0};
    QTest::newRow("file asc") << K::File << false << false << all << all;
    QTest::newRow("file desc") << K::File << true << false << all << Rows{3, 4, 5, 0, 1, 2};
    QTest::newRow("server asc, naturally")
        << K::Server << false << false << all << Rows{3, 4, 5, 0, 1, 2};
    QTest::newRow("server desc") << K::Server << true << false << all << all;
    QTest::newRow("line asc") << K::Line << false << false << all << Rows{0, 3, 1, 4, 2, 5};
    QTest::newRow("line desc") << K::Line << true << false << all << Rows{2, 5, 1, 4, 0, 3};
    QTest::newRow("reason asc, empty first")
        << K::Field << false << false << all << Rows{2, 1, 0, 5, 3, 4};
    QTest::newRow("reason desc, ties in store order")
        << K::Field << true << false << all << Rows{4, 3, 0, 5, 1, 2};
    QTest::newRow("subset by time") << K::Time << false << false << Rows{4, 1, 5} << Rows{5, 1, 4};
    QTest::newRow("subset by reason")
        << K::Field << false << false << Rows{5, 3, 0} << Rows{5, 0, 3};
    QTest::newRow("one row") << K::Line << true << false << Rows{3} << Rows{3};
    QTest::newRow("no rows") << K::File << false << false << Rows{} << Rows{};
}

void TestRowSorter::sort()
{
    QFETCH(RowSorter::Key, key);
    QFETCH(bool, descending);
    QFETCH(bool, timeOrdered);
    QFETCH(Rows, rows);
    QFETCH(Rows, expected);
    LogStore store;
    fill(store);
    if (timeOrdered)
        store.sortByTime();
    RowSorter sorter;
    sorter.setStore(&store);
    RowSorter::Order order;
    order.key = key;
    order.storeColumn = store.columnOf(LogField::Reason);
    order.descending = descending;
    sorter.sort(rows, order);
    QCOMPARE(rows, expected);
}

void TestRowSorter::toStoreOrder()
{
    LogStore store;
    fill(store);
    RowSorter sorter;
    sorter.setStore(&store);
    Rows rows{5, 2, 0, 3};
    sorter.toStoreOrder(rows);
    QCOMPARE(rows, (Rows{0, 2, 3, 5}));
}

void TestRowSorter::ranksFollowNewValues()
{
    // A value that arrives after a sort gets its rank: the ranks are worked out again once the
    // column's pool has grown.
    LogStore store;
    fill(store);
    RowSorter sorter;
    sorter.setStore(&store);
    RowSorter::Order order{RowSorter::Key::Field, store.columnOf(LogField::Reason), false};
    Rows rows{0, 1, 2, 3, 4, 5};
    sorter.sort(rows, order);
    QCOMPARE(rows, (Rows{2, 1, 0, 5, 3, 4}));
    const size_t held = sorter.memoryBytes();
    QVERIFY(held > 0);

    LogBatch batch;
    batch.fileIndex = 1;
    const size_t c = batch.columnFor(LogField::Reason, "s-reason");
    batch.times.push_back(40);
    batch.lines.push_back(4);
    batch.columns[c].ids.push_back(batch.columns[c].pool.intern("Ab"));
    store.append(batch);
    sorter.setStore(&store);
    rows = {0, 1, 2, 3, 4, 5, 6};
    sorter.sort(rows, order);
    QCOMPARE(rows, (Rows{2, 1, 6, 0, 5, 3, 4}));
}

QTEST_GUILESS_MAIN(TestRowSorter)
#include "tst_rowsorter.moc"
