// LogFilterModel over LogTableModel: filtering on arrival and on change, typed stable sorting,
// persistent indexes, reason counts, and QAbstractItemModelTester throughout.
#include "filterfixture.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "reasonlistmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

using Rows = QList<int>;

namespace {
using FilterFixture::t0;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The proxy, as store rows in display order.
Rows shown(const LogFilterModel &model)
{
    Rows r;
    for (int i = 0; i < model.rowCount(); ++i)
        r.append(model.mapToSource(model.index(i, 0)).row());
    return r;
}

Rows expectedRows(const LogStore &store, const FilterState &state)
{
    RowFilter filter(state);
    filter.attach(&store);
    Rows r;
    for (size_t i = 0; i < store.rowCount(); ++i) {
        if (filter.accepts(i))
            r.append(int(i));
    }
    return r;
}

struct Setup
{
    LogTableModel table;
    LogFilterModel proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Setup()
    {
        proxy.setSourceModel(&table);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    int column(LogField field) const { return table.columnOf(field); }
};
} // namespace

class TestLogFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersAppendedRows();
    void filterChangeResetsOnce();
    void newColumnWhileFiltered();
    void sorting_data();
    void sorting();
    void sortThenFilterKeepsOrder();
    void sortingOffWhileLoading();
    void appendWhileSorted();
    void persistentIndexFollowsSort();
    void mapFromSource();
    void headersWithNoRows();
    void sourceReset();
    void sourceReorderKeepsPlace();
    void reasonCounts();
    void reasonListModel();
    void servers();
    void memoryPerRow();
};

void TestLogFilterModel::filtersAppendedRows()
{
    Setup setup;
    FilterState state;
    state.clientIp = s("10.1.*, fe80::/10");
    state.url = s("!health");
    setup.proxy.setFilterState(state);
    QSignalSpy inserted(&setup.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&setup.proxy, &QAbstractItemModel::modelReset);
    int batchesWithRows = 0;
    for (int round = 0; round < 3; ++round) {
        for (size_t first = 0; first < 16; first += 4) {
            const LogBatch batch = FilterFixture::batch(first, first + 4, round * 100);
            const int before = setup.proxy.rowCount();
            setup.table.appendBatch(batch);
            const Rows expected = expectedRows(setup.table.store(), state);
            QCOMPARE(shown(setup.proxy), expected);
            if (setup.proxy.rowCount() > before)
                ++batchesWithRows;
        }
    }
    QCOMPARE(inserted.count(), batchesWithRows); // one insert per batch that had passing rows
    QCOMPARE(reset.count(), 0);
    QCOMPARE(setup.proxy.rowCount(), 3 * 7); // rows 0 1 5 6 9 10 15, three times
}

void TestLogFilterModel::filterChangeResetsOnce()
{
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    QSignalSpy reset(&setup.proxy, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&setup.proxy, &LogFilterModel::filterChanged);
    FilterState state;
    state.reasons = QStringList{s("BadRequest")};
    setup.proxy.setFilterState(state);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(shown(setup.proxy), (Rows{0, 5, 8, 11, 13, 15}));
    setup.proxy.setFilterState(state); // unchanged: nothing happens
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    state.url = s("re:(");
    setup.proxy.setFilterState(state);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(setup.proxy.errors().size(), 1);
    QCOMPARE(setup.proxy.errors().first().field, FilterField::Url);
    QCOMPARE(shown(setup.proxy), (Rows{0, 5, 8, 11, 13, 15}));
    setup.proxy.setFilterState({});
    QCOMPARE(setup.proxy.rowCount(), 16);
    QVERIFY(setup.proxy.errors().isEmpty());
}

void TestLogFilterModel::newColumnWhileFiltered()
{
    // A first file without s-queuename, a second with it: the column appears mid-load.
    Setup setup;
    FilterState state;
    state.queue = s("ShopAppPool");
    setup.proxy.setFilterState(state);
    setup.table.appendBatch(FilterFixture::batch(0, 16, 0, false));
    QCOMPARE(setup.proxy.rowCount(), 0);
    const int columnsBefore = setup.proxy.columnCount();
    setup.table.appendBatch(FilterFixture::batch(0, 16, 100, true));
    QCOMPARE(setup.proxy.columnCount(), columnsBefore + 1);
    QCOMPARE(shown(setup.proxy), (Rows{17, 18, 23}));
}

void TestLogFilterModel::sorting_data()
{
    QTest::addColumn<int>("field"); // LogField, or -1 for the time column
    QTest::addColumn<int>("order");
    QTest::addColumn<Rows>("expected");
    const int asc = Qt::AscendingOrder;
    const int desc = Qt::DescendingOrder;
    QTest::newRow("time desc") << -1 << desc
                               << Rows{15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    QTest::newRow("time asc") << -1 << asc
                              << Rows{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    QTest::newRow("status numeric, empty first")
        << int(LogField::Status) << asc
        << Rows{3, 14, 0, 5, 6, 8, 9, 10, 11, 12, 13, 15, 4, 1, 2, 7};
    QTest::newRow("status desc, ties in log order")
        << int(LogField::Status) << desc
        << Rows{1, 2, 7, 4, 0, 5, 6, 8, 9, 10, 11, 12, 13, 15, 3, 14};
    QTest::newRow("server port numeric")
        << int(LogField::ServerPort) << asc
        << Rows{0, 3, 4, 5, 6, 9, 10, 11, 12, 14, 15, 1, 2, 7, 8, 13};
    QTest::newRow("client ip as addresses")
        << int(LogField::ClientIp) << asc
        << Rows{14, 0, 15, 9, 1, 2, 3, 13, 4, 7, 8, 5, 6, 10, 12, 11};
    QTest::newRow("url text ignoring case")
        << int(LogField::Uri) << asc << Rows{14, 11, 13, 1, 2, 7, 12, 4, 15, 0, 5, 9, 8, 3, 6, 10};
    QTest::newRow("url desc stable")
        << int(LogField::Uri) << desc << Rows{10, 6, 3, 8, 0, 5, 9, 15, 4, 12, 7, 2, 1, 13, 11, 14};
    QTest::newRow("reason") << int(LogField::Reason) << asc
                            << Rows{2, 0, 5, 8, 11, 13, 15, 10, 7, 6, 4, 1, 12, 3, 14, 9};
}

void TestLogFilterModel::sorting()
{
    QFETCH(int, field);
    QFETCH(int, order);
    QFETCH(Rows, expected);
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    const int column = field < 0 ? 0 : setup.column(LogField(field));
    QVERIFY(column >= 0);
    QSignalSpy layout(&setup.proxy, &QAbstractItemModel::layoutChanged);
    setup.proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(shown(setup.proxy), expected);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(setup.proxy.sortColumn(), column);
    // Back to log order.
    setup.proxy.sort(-1);
    QCOMPARE(shown(setup.proxy), (Rows{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));
}

void TestLogFilterModel::sortThenFilterKeepsOrder()
{
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    setup.proxy.sort(setup.column(LogField::Uri), Qt::DescendingOrder);
    FilterState state;
    state.status = s("400");
    setup.proxy.setFilterState(state);
    QCOMPARE(shown(setup.proxy), (Rows{10, 6, 8, 0, 5, 9, 15, 12, 13, 11}));
    // Re-sorting a sorted list starts from log order, so ties stay in log order.
    setup.proxy.sort(setup.column(LogField::Reason), Qt::AscendingOrder);
    QCOMPARE(shown(setup.proxy), (Rows{0, 5, 8, 11, 13, 15, 10, 6, 12, 9}));
    setup.proxy.setFilterState({});
    QCOMPARE(shown(setup.proxy), (Rows{2, 0, 5, 8, 11, 13, 15, 10, 7, 6, 4, 1, 12, 3, 14, 9}));
}

void TestLogFilterModel::sortingOffWhileLoading()
{
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 8));
    setup.proxy.sort(setup.column(LogField::Status), Qt::DescendingOrder);
    QSignalSpy loading(&setup.proxy, &LogFilterModel::loadingChanged);
    setup.proxy.setLoading(true);
    QCOMPARE(loading.count(), 1);
    QCOMPARE(setup.proxy.sortColumn(), -1);
    QCOMPARE(shown(setup.proxy), (Rows{0, 1, 2, 3, 4, 5, 6, 7}));
    setup.proxy.sort(setup.column(LogField::Status), Qt::DescendingOrder);
    QCOMPARE(setup.proxy.sortColumn(), -1);
    setup.table.appendBatch(FilterFixture::batch(8, 16));
    QCOMPARE(setup.proxy.rowCount(), 16);
    setup.proxy.setLoading(false);
    setup.proxy.sort(setup.column(LogField::Status), Qt::DescendingOrder);
    QCOMPARE(shown(setup.proxy), (Rows{1, 2, 7, 4, 0, 5, 6, 8, 9, 10, 11, 12, 13, 15, 3, 14}));
}

void TestLogFilterModel::appendWhileSorted()
{
    // Not what the window does (it stops sorting while loading), but still consistent.
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 8));
    setup.proxy.sort(setup.column(LogField::Status), Qt::AscendingOrder);
    setup.table.appendBatch(FilterFixture::batch(8, 16));
    QCOMPARE(shown(setup.proxy), (Rows{3, 14, 0, 5, 6, 8, 9, 10, 11, 12, 13, 15, 4, 1, 2, 7}));
}

void TestLogFilterModel::persistentIndexFollowsSort()
{
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    const QPersistentModelIndex seven(setup.proxy.index(7, 2));
    const QPersistentModelIndex twelve(setup.proxy.index(12, 0));
    setup.proxy.sort(setup.column(LogField::Uri), Qt::AscendingOrder);
    QVERIFY(seven.isValid());
    QCOMPARE(seven.row(), 5);
    QCOMPARE(seven.column(), 2);
    QCOMPARE(setup.proxy.mapToSource(seven).row(), 7);
    QCOMPARE(setup.proxy.mapToSource(twelve).row(), 12);
    setup.proxy.sort(-1);
    QCOMPARE(seven.row(), 7);
    QCOMPARE(twelve.row(), 12);
}

void TestLogFilterModel::mapFromSource()
{
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    FilterState state;
    state.status = s("!400");
    setup.proxy.setFilterState(state);
    for (int pass = 0; pass < 2; ++pass) {
        for (int r = 0; r < 16; ++r) {
            const QModelIndex source = setup.table.index(r, 3);
            const QModelIndex proxy = setup.proxy.mapFromSource(source);
            QCOMPARE(proxy.isValid(), shown(setup.proxy).contains(r));
            if (proxy.isValid()) {
                QCOMPARE(setup.proxy.mapToSource(proxy), source);
                QCOMPARE(proxy.data(), source.data());
            }
        }
        setup.proxy.sort(setup.column(LogField::ClientIp), Qt::DescendingOrder);
    }
}

void TestLogFilterModel::headersWithNoRows()
{
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    FilterState state;
    state.clientIp = s("1.2.3.4");
    setup.proxy.setFilterState(state);
    QCOMPARE(setup.proxy.rowCount(), 0);
    for (int c = 0; c < setup.proxy.columnCount(); ++c)
        QCOMPARE(setup.proxy.headerData(c, Qt::Horizontal),
                 setup.table.headerData(c, Qt::Horizontal));
    QCOMPARE(setup.proxy.filterFieldOf(0), std::optional<FilterField>(FilterField::Time));
    QCOMPARE(setup.proxy.filterFieldOf(setup.column(LogField::Uri)),
             std::optional<FilterField>(FilterField::Url));
    QCOMPARE(setup.proxy.filterFieldOf(setup.table.columnCount() - 1), std::nullopt);
}

void TestLogFilterModel::sourceReset()
{
    Setup setup;
    FilterState state;
    state.reasons = QStringList{s("Timer_ConnectionIdle")};
    setup.proxy.setFilterState(state);
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    QCOMPARE(shown(setup.proxy), (Rows{3, 14}));
    setup.proxy.sort(setup.column(LogField::Uri), Qt::AscendingOrder);
    setup.table.reset();
    QCOMPARE(setup.proxy.rowCount(), 0);
    // New ids after the reset: nothing learned before may leak into the new store.
    setup.table.appendBatch(FilterFixture::batch(8, 16));
    QCOMPARE(shown(setup.proxy), (Rows{6}));
}

void TestLogFilterModel::sourceReorderKeepsPlace()
{
    // Two servers' rows of the same hours, put in time order at the end of the load: a layout
    // change of the proxy (the view keeps its place), not a reset; the counts stay.
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16, 100));
    setup.table.appendBatch(FilterFixture::batch(0, 16, 0));
    FilterState state;
    state.url = s("!health");
    setup.proxy.setFilterState(state);
    const int rows = setup.proxy.rowCount();
    QSignalSpy reset(&setup.proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&setup.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy counts(&setup.proxy, &LogFilterModel::reasonCountsChanged);
    QVERIFY(!setup.table.store().isTimeOrdered());
    setup.table.finishLoading();
    QVERIFY(setup.table.store().isTimeOrdered());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(counts.count(), 0);
    QCOMPARE(setup.proxy.rowCount(), rows);
    QCOMPARE(shown(setup.proxy), expectedRows(setup.table.store(), state));
}

void TestLogFilterModel::reasonCounts()
{
    Setup setup;
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    const LogStore &store = setup.table.store();
    const uint32_t badRequest =
        uint32_t(store.column(size_t(store.columnOf(LogField::Reason))).pool.find("BadRequest"));
    QCOMPARE(setup.proxy.reasonCounter().count(badRequest), 6u);
    QSignalSpy counts(&setup.proxy, &LogFilterModel::reasonCountsChanged);
    FilterState state;
    state.reasons = QStringList{s("QueueFull")};
    setup.proxy.setFilterState(state);
    QCOMPARE(counts.count(), 0); // only the reason criterion changed: counts stay
    QCOMPARE(setup.proxy.reasonCounter().count(badRequest), 6u);
    state.clientIp = s("10.1.*");
    setup.proxy.setFilterState(state);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(setup.proxy.reasonCounter().count(badRequest), 2u); // rows 0 and 15
    QCOMPARE(setup.proxy.reasonCounter().total(badRequest), 6u);
    setup.table.appendBatch(FilterFixture::batch(0, 1, 50));
    QCOMPARE(setup.proxy.reasonCounter().count(badRequest), 3u);
    QCOMPARE(setup.proxy.reasonCounter().total(badRequest), 7u);
}

void TestLogFilterModel::servers()
{
    Setup setup;
    QSignalSpy serverCounts(&setup.proxy, &LogFilterModel::serverCountsChanged);
    setup.table.reset();
    setup.table.setFileSet(LogFileSet::build({s("/farm")}, {s("/farm/WEB01/httperr1.log"),
                                                            s("/farm/WEB02/httperr1.log"),
                                                            s("/farm/web03/httperr1.log")}));
    const size_t cuts[] = {0, 6, 11, 16};
    for (int32_t file = 0; file < 3; ++file) {
        LogBatch b = FilterFixture::batch(cuts[file], cuts[file + 1]);
        b.fileIndex = file;
        setup.table.appendBatch(b);
    }
    QVERIFY(serverCounts.count() >= 3);
    QCOMPARE(setup.proxy.serverCounts(), (std::vector<uint64_t>{6, 5, 5}));
    QCOMPARE(setup.proxy.filterFieldOf(setup.table.serverColumn()), FilterField::Server);

    // Counts per server follow every criterion but the server one.
    FilterState state;
    state.reasons = QStringList{s("BadRequest")};
    setup.proxy.setFilterState(state);
    QCOMPARE(setup.proxy.serverCounts(), (std::vector<uint64_t>{2, 1, 3}));
    serverCounts.clear();
    state.servers = QStringList{s("WEB02")};
    setup.proxy.setFilterState(state);
    QCOMPARE(shown(setup.proxy), Rows{8});
    QCOMPARE(serverCounts.count(), 0);
    QCOMPARE(setup.proxy.serverCounts(), (std::vector<uint64_t>{2, 1, 3}));
    QCOMPARE(setup.proxy.serverTotals(), (std::vector<uint64_t>{6, 5, 5}));

    // By server, naturally and ignoring case; ties keep log order.
    setup.proxy.setFilterState({});
    setup.proxy.sort(setup.table.serverColumn(), Qt::DescendingOrder);
    QCOMPARE(shown(setup.proxy), (Rows{11, 12, 13, 14, 15, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4, 5}));
    setup.proxy.sort(-1);

    // A renamed server no longer matches a filter on its old name.
    setup.proxy.setFilterState(state);
    QSignalSpy filterChanged(&setup.proxy, &LogFilterModel::filterChanged);
    QVERIFY(setup.table.renameServer(1, s("Backend")));
    QCOMPARE(filterChanged.count(), 1);
    QCOMPARE(shown(setup.proxy), Rows{});
    QCOMPARE(setup.table.index(6, setup.table.serverColumn()).data().toString(), s("Backend"));
    state.servers = QStringList{s("backend")};
    setup.proxy.setFilterState(state);
    QCOMPARE(shown(setup.proxy), Rows{8});
}

void TestLogFilterModel::reasonListModel()
{
    Setup setup;
    ReasonListModel reasons(&setup.proxy);
    QAbstractItemModelTester tester(&reasons,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    setup.table.appendBatch(FilterFixture::batch(0, 16));
    QCOMPARE(reasons.rowCount(), 10);
    QCOMPARE(reasons.reason(0), s("BadRequest")); // most frequent first
    QCOMPARE(reasons.index(0, ReasonListModel::CountColumn).data().toString(), s("6"));
    QCOMPARE(reasons.checkedCount(), 10);
    QSignalSpy edited(&reasons, &ReasonListModel::selectionEdited);
    reasons.setData(reasons.index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(reasons.includeList(), QStringList());
    QCOMPARE(reasons.excludeList(), QStringList{s("BadRequest")});
    reasons.selectOnly(1);
    QCOMPARE(reasons.includeList(), QStringList{s("Timer_ConnectionIdle")});
    QCOMPARE(reasons.excludeList(), QStringList());
    reasons.selectNone();
    QCOMPARE(reasons.includeList(), QStringList());
    QCOMPARE(reasons.excludeList().size(), 10);
    reasons.selectAll();
    QCOMPARE(reasons.includeList(), QStringList());
    QCOMPARE(reasons.excludeList(), QStringList());

    // The check boxes follow the filter; counts follow the other criteria.
    FilterState state;
    state.reasons = QStringList{s("QueueFull"), s("Not_In_This_Log")};
    state.status = s("400");
    setup.proxy.setFilterState(state);
    QCOMPARE(reasons.rowCount(), 11);
    QCOMPARE(reasons.checkedCount(), 2);
    for (int r = 0; r < reasons.rowCount(); ++r) {
        if (reasons.reason(r) == s("QueueFull"))
            QCOMPARE(reasons.index(r, 1).data().toString(), s("0"));
        if (reasons.reason(r) == s("BadRequest"))
            QCOMPARE(reasons.index(r, 1).data().toString(), s("6"));
    }
}

void TestLogFilterModel::memoryPerRow()
{
    LogTableModel table;
    LogFilterModel proxy;
    proxy.setSourceModel(&table);
    proxy.setLoading(true);
    for (int i = 0; i < 20000; ++i)
        table.appendBatch(FilterFixture::batch(0, 16, i * 16));
    proxy.setLoading(false);
    const size_t rows = table.store().rowCount();
    QCOMPARE(size_t(proxy.rowCount()), rows);
    QVERIFY2(proxy.memoryBytes() <= rows * 8, qPrintable(QString::number(proxy.memoryBytes())));
    proxy.sort(table.columnOf(LogField::Uri));
    QVERIFY2(proxy.memoryBytes() <= rows * 8, qPrintable(QString::number(proxy.memoryBytes())));
    FilterState state;
    state.url = s("index");
    proxy.setFilterState(state);
    QCOMPARE(size_t(proxy.rowCount()), rows / 4);
    QVERIFY2(proxy.memoryBytes() <= rows * 8, qPrintable(QString::number(proxy.memoryBytes())));
}

QTEST_GUILESS_MAIN(TestLogFilterModel)
#include "tst_logfiltermodel.moc"
