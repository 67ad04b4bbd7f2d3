#include "filecoverage.h"
#include "syntheticlog.h"

#include <QTest>

using namespace Synthetic;
using Span = FileCoverage::Span;
Q_DECLARE_METATYPE(std::vector<int64_t>)

namespace {
// One file per entry: its rows at the given offsets (seconds after Day0), in load order.
using Files = std::vector<std::vector<int64_t>>;

LogStore storeOf(const Files &files)
{
    LogStore store;
    QStringList names;
    for (size_t f = 0; f < files.size(); ++f) {
        names << QStringLiteral("httperr%1.log").arg(f + 1);
        std::vector<Event> events;
        for (int64_t t : files[f])
            events.push_back({Day0 + t, "Timer_ConnectionIdle"});
        LogBatch batch = batchOf(events);
        batch.fileIndex = uint32_t(f);
        store.append(batch);
    }
    store.setFiles(names);
    return store;
}

// Gaps as flat offsets from Day0: start1, end1, start2, end2...
std::vector<int64_t> flat(const std::vector<Span> &gaps)
{
    std::vector<int64_t> out;
    for (const Span &g : gaps) {
        out.push_back(g.start - Day0);
        out.push_back(g.end - Day0);
    }
    return out;
}
} // namespace

class TestFileCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gaps_data();
    void gaps();
    void significantGapsScaleWithTheRowRate();
    void appendTakesOnlyNewRows();
};

void TestFileCoverage::gaps_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<int64_t>("minimum");
    QTest::addColumn<std::vector<int64_t>>("expected");

    QTest::newRow("no rows") << Files{} << int64_t(60) << std::vector<int64_t>{};
    QTest::newRow("one file with a quiet hour")
        << Files{{0, 10, 3610}} << int64_t(60) << std::vector<int64_t>{};
    QTest::newRow("back to back") << Files{{0, 100}, {130, 200}} << int64_t(60)
                                  << std::vector<int64_t>{};
    QTest::newRow("one gap") << Files{{0, 100}, {1000, 1200}} << int64_t(60)
                             << std::vector<int64_t>{100, 1000};
    QTest::newRow("gap shorter than the minimum")
        << Files{{0, 100}, {150, 200}} << int64_t(60) << std::vector<int64_t>{};
    QTest::newRow("files listed out of time order")
        << Files{{5000, 5100}, {0, 100}, {1000, 1200}} << int64_t(60)
        << std::vector<int64_t>{100, 1000, 1200, 5000};
    QTest::newRow("overlap covers the hole")
        << Files{{0, 3000}, {100, 200}, {2000, 2500}} << int64_t(60) << std::vector<int64_t>{};
    QTest::newRow("nested file then a gap") << Files{{0, 3000}, {100, 200}, {4000, 4100}}
                                            << int64_t(60) << std::vector<int64_t>{3000, 4000};
    QTest::newRow("empty file between")
        << Files{{0, 10}, {}, {500, 600}} << int64_t(60) << std::vector<int64_t>{10, 500};
}

void TestFileCoverage::gaps()
{
    QFETCH(Files, files);
    QFETCH(int64_t, minimum);
    QFETCH(std::vector<int64_t>, expected);
    const LogStore store = storeOf(files);
    FileCoverage coverage;
    coverage.reset();
    coverage.append(store);
    QCOMPARE(flat(coverage.gaps(minimum)), expected);
}

void TestFileCoverage::significantGapsScaleWithTheRowRate()
{
    // A busy pair of files (a row every 2 s) with 40 minutes between them: a gap.
    Files busy{{}, {}};
    for (int64_t t = 0; t < 3600; t += 2)
        busy[0].push_back(t);
    for (int64_t t = 6000; t < 9600; t += 2)
        busy[1].push_back(t);
    FileCoverage coverage;
    coverage.reset();
    coverage.append(storeOf(busy));
    QCOMPARE(flat(coverage.significantGaps()), (std::vector<int64_t>{3598, 6000}));

    // A quiet log (a row every 20 minutes): 40 minutes between files is just the row rate.
    Files quiet{{0, 1200, 2400}, {4800, 6000, 7200}};
    coverage.reset();
    coverage.append(storeOf(quiet));
    QCOMPARE(flat(coverage.significantGaps()), std::vector<int64_t>{});
}

void TestFileCoverage::appendTakesOnlyNewRows()
{
    LogStore store;
    store.setFiles({QStringLiteral("a.log"), QStringLiteral("b.log")});
    LogBatch first =
        batchOf({{Day0, "Timer_ConnectionIdle"}, {Day0 + 100, "Timer_ConnectionIdle"}});
    store.append(first);
    FileCoverage coverage;
    coverage.reset();
    coverage.append(store);
    QCOMPARE(coverage.rowsSeen(), size_t(2));
    QCOMPARE(flat(coverage.gaps(60)), std::vector<int64_t>{});

    LogBatch second = batchOf({{Day0 + 5000, "Timer_ConnectionIdle"}});
    second.fileIndex = 1;
    store.append(second);
    coverage.append(store);
    QCOMPARE(coverage.rowsSeen(), size_t(3));
    QCOMPARE(flat(coverage.gaps(60)), (std::vector<int64_t>{100, 5000}));
}

QTEST_GUILESS_MAIN(TestFileCoverage)
#include "tst_filecoverage.moc"
