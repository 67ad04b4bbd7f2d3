// The window's timeline of a database without a server (ClickHouseTimeline): the count
// queries' SQL (names as escaped literals, one integer key per group), their answers read
// back into histograms and rows per minute, a reason the list does not know, and the slices
// a fetch of rows is cut into, also after the first rows were fetched on their own.

#include "clickhousetimeline.h"
#include "rowbinary.h"

#include <QTest>

#include <string>
#include <tuple>

using Minutes = std::vector<std::pair<int64_t, uint64_t>>;
using Ranges = std::vector<std::pair<int64_t, int64_t>>;
Q_DECLARE_METATYPE(Minutes)
Q_DECLARE_METATYPE(Ranges)

namespace {
// A countQuery() answer: (key, rows) per group, in the order given.
QByteArray answer(const std::vector<std::pair<uint64_t, uint32_t>> &groups)
{
    QByteArray out;
    RowBinaryWriter w(out);
    for (const auto &group : groups) {
        w.u64(group.first);
        w.u32(group.second);
    }
    return out;
}

ClickHouseUrl url()
{
    ClickHouseUrl u;
    u.host = QStringLiteral("127.0.0.1");
    u.database = QStringLiteral("logs");
    return u;
}
} // namespace

class TestClickHouseTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countQuery();
    void countQueryWithoutNames();
    void parse();
    void unknownReason();
    void othersByName();
    void unreadable();
    void slices_data();
    void slices();
};

void TestClickHouseTimeline::countQuery()
{
    const QByteArray sql = ClickHouseTimeline::countQuery(
        url(), "1", "s_reason", {QStringLiteral("Timer_AppPool"), QStringLiteral("x';DROP")}, 60);
    QCOMPARE(sql, QByteArray("SELECT toUInt64(intDiv(toUInt32(ts), 60)) * 3 + transform(s_reason, "
                             "['Timer_AppPool', 'x\\';DROP'], [1, 2], 0) AS k, toUInt32(count()) "
                             "FROM `logs`.`httperr_rows` WHERE file_key IN (SELECT file_key FROM "
                             "`logs`.`httperr_files`) AND (1) GROUP BY k FORMAT RowBinary"));
}

void TestClickHouseTimeline::countQueryWithoutNames()
{
    const QByteArray sql = ClickHouseTimeline::countQuery(url(), "1", "server", {}, 1);
    QVERIFY2(sql.startsWith("SELECT toUInt64(intDiv(toUInt32(ts), 1)) * 1 + 0 AS k"), sql);
}

void TestClickHouseTimeline::parse()
{
    QStringList reasons{QStringLiteral("A"), QStringLiteral("B")};
    const QStringList servers{QStringLiteral("WEB01"), QStringLiteral("WEB02")};
    // Per second (resolution 1): B first in time, so it gets id 0; out of order as ClickHouse
    // sends groups. Server place 0 is a server the ledger does not name.
    const QByteArray byReason = answer({{100 * 3 + 1, 4}, {61 * 3 + 2, 2}, {100 * 3 + 2, 1}});
    const QByteArray byServer = answer({{100 * 3 + 2, 3}, {61 * 3 + 1, 2}, {130 * 3 + 0, 2}});
    ClickHouseTimeline::Counts counts;
    QCOMPARE(ClickHouseTimeline::parse(byReason, nullptr, reasons, byServer, servers, 1, counts),
             ClickHouseTimeline::Read::Ok);
    QCOMPARE(counts.reasonNames, (std::vector<QString>{QStringLiteral("B"), QStringLiteral("A")}));
    QCOMPARE(counts.rows, uint64_t(7));
    QCOMPARE(counts.reasons.total(), uint64_t(7));
    QCOMPARE(counts.reasons.reasonTotal(0), uint64_t(3));
    QCOMPARE(counts.reasons.reasonTotal(1), uint64_t(4));
    QCOMPARE(counts.servers.total(), uint64_t(5));
    QCOMPARE(counts.servers.reasonTotal(0), uint64_t(2));
    QCOMPARE(counts.servers.reasonTotal(1), uint64_t(3));
    // Every server's rows per minute, the unnamed one's too.
    QCOMPARE(counts.minutes, (Minutes{{60, 5}, {120, 2}}));
}

void TestClickHouseTimeline::unknownReason()
{
    ClickHouseTimeline::Counts counts;
    QStringList reasons{QStringLiteral("A")};
    QCOMPARE(ClickHouseTimeline::parse(answer({{10 * 2 + 1, 1}, {11 * 2 + 0, 1}}), nullptr, reasons,
                                       answer({}), {}, 60, counts),
             ClickHouseTimeline::Read::UnknownName);
}

void TestClickHouseTimeline::othersByName()
{
    // Per minute: A listed; C and B counted by name (othersQuery), B before C in time.
    QByteArray others;
    RowBinaryWriter w(others);
    for (const auto &[bucket, name, rows] :
         std::vector<std::tuple<uint64_t, std::string, uint32_t>>{{12, "C", 2}, {11, "B", 5}}) {
        w.u64(bucket);
        w.string(name);
        w.u32(rows);
    }
    QStringList reasons{QStringLiteral("A")};
    ClickHouseTimeline::Counts counts;
    QCOMPARE(ClickHouseTimeline::parse(answer({{12 * 2 + 1, 3}, {11 * 2 + 0, 5}, {12 * 2 + 0, 2}}),
                                       &others, reasons, answer({}), {}, 60, counts),
             ClickHouseTimeline::Read::Ok);
    QCOMPARE(reasons, (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QCOMPARE(counts.reasonNames,
             (std::vector<QString>{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
    QCOMPARE(counts.rows, uint64_t(10));
    QCOMPARE(counts.reasons.reasonTotal(0), uint64_t(5));
    QCOMPARE(counts.reasons.reasonTotal(1), uint64_t(3));
    QCOMPARE(counts.reasons.reasonTotal(2), uint64_t(2));
}

void TestClickHouseTimeline::unreadable()
{
    ClickHouseTimeline::Counts counts;
    QByteArray cut = answer({{10 * 2 + 1, 1}});
    cut.chop(1);
    QStringList reasons{QStringLiteral("A")};
    QCOMPARE(ClickHouseTimeline::parse(cut, nullptr, reasons, answer({}), {}, 60, counts),
             ClickHouseTimeline::Read::Unreadable);
}

void TestClickHouseTimeline::slices_data()
{
    QTest::addColumn<Minutes>("minutes");
    QTest::addColumn<quint64>("limit");
    QTest::addColumn<quint64>("already");
    QTest::addColumn<Ranges>("ranges");
    QTest::addColumn<quint64>("taken");
    const Minutes minutes{{0, 3}, {60, 3}, {120, 5}, {180, 2}, {240, 9}};
    // First slice at most 4 rows, then at most 6.
    QTest::newRow("all") << minutes << quint64(100) << quint64(0)
                         << Ranges{{0, 59}, {60, 119}, {120, 179}, {180, 239}, {240, 299}}
                         << quint64(22);
    QTest::newRow("limit") << minutes << quint64(12) << quint64(0)
                           << Ranges{{0, 59}, {60, 119}, {120, 179}} << quint64(11);
    QTest::newRow("first minute over the limit")
        << minutes << quint64(2) << quint64(0) << Ranges{{0, 59}} << quint64(3);
    // After 5 rows fetched on their own: no small first slice, and no minute over the limit.
    QTest::newRow("after the first rows")
        << minutes << quint64(100) << quint64(5)
        << Ranges{{0, 119}, {120, 179}, {180, 239}, {240, 299}} << quint64(27);
    QTest::newRow("after the first rows, limit")
        << minutes << quint64(12) << quint64(5) << Ranges{{0, 119}} << quint64(11);
    QTest::newRow("after the first rows, nothing fits")
        << minutes << quint64(6) << quint64(5) << Ranges{} << quint64(5);
}

void TestClickHouseTimeline::slices()
{
    QFETCH(Minutes, minutes);
    QFETCH(quint64, limit);
    QFETCH(quint64, already);
    QFETCH(Ranges, ranges);
    QFETCH(quint64, taken);
    uint64_t got = 0;
    QCOMPARE(ClickHouseTimeline::slices(minutes, 4, 6, limit, &got, already), ranges);
    QCOMPARE(got, uint64_t(taken));
}

QTEST_GUILESS_MAIN(TestClickHouseTimeline)
#include "tst_clickhousetimeline.moc"
