// The Requests table: RequestTableModel over a RequestLog, its filters (RequestFilter), its
// sorting, rows appended while loading, and the links that carry a filter.

#include "accesslogparser.h"
#include "requestfilterstate.h"
#include "requestlog.h"
#include "requesttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// 2026-03-10T10:00:00Z
constexpr int64_t At10 = 1773136800;

const QByteArray Header =
    "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
    "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
    "cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken\r\n";

// Seven requests, ten seconds apart from 10:00:00 (row r ends at At10 + 10 r).
const QByteArray Rows =
    "2026-03-10 10:00:00 10.0.0.10 GET /home.aspx - 443 - 10.1.0.5 UA 200 0 0 31\r\n"
    "2026-03-10 10:00:10 10.0.0.10 POST /reports/daily.aspx id=1 443 - 192.168.2.1 UA 200 0 64 "
    "125000\r\n"
    "2026-03-10 10:00:20 10.0.0.10 GET /api/items - 443 - 10.1.0.6 UA 503 2 0 12\r\n"
    "2026-03-10 10:00:30 10.0.0.10 POST /reports/daily.aspx id=2 443 - 192.168.2.2 UA 200 0 "
    "1236 130500\r\n"
    "2026-03-10 10:00:40 10.0.0.10 GET /old/page.htm - 443 - 10.2.0.1 UA 404 0 2 5\r\n"
    "2026-03-10 10:00:50 10.0.0.10 GET /api/items - 443 - 10.1.0.5 UA 500 19 0 -\r\n"
    "2026-03-10 10:01:00 10.0.0.10 GET /Reports/Daily.aspx - 443 - 192.168.2.1 UA 200 0 0 "
    "110000\r\n";

RequestBatchPtr parse(const QByteArray &bytes)
{
    AccessLogParser parser(0, u"u_ex260310.log"_s);
    auto batch = std::make_shared<RequestBatch>();
    parser.parse(bytes.constData(), size_t(bytes.size()), *batch);
    return batch;
}

void load(RequestLog &log)
{
    log.clear();
    log.setFileSet(LogFileSet::build({u"/logs"_s}, {u"/logs/u_ex260310.log"_s}));
    log.append(*parse(Header + Rows));
    log.finishInBackground();
}

// The store rows the model shows, in display order.
QList<int> shownRows(const RequestTableModel &model)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << int(model.storeRow(r));
    return rows;
}
} // namespace

Q_DECLARE_METATYPE(RequestFilterState)

class TestRequestTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void appendsWhileLoading();
    void links_data();
    void links();
};

void TestRequestTableModel::cells()
{
    RequestLog log;
    load(log);
    RequestTableModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(RequestTableModel::ColumnCount));
    auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(1, RequestTableModel::ClientIp), u"192.168.2.1"_s);
    QCOMPARE(cell(1, RequestTableModel::Method), u"POST"_s);
    QCOMPARE(cell(1, RequestTableModel::Url), u"/reports/daily.aspx"_s);
    QCOMPARE(cell(1, RequestTableModel::Query), u"id=1"_s);
    QCOMPARE(cell(1, RequestTableModel::Status), u"200"_s);
    QCOMPARE(cell(1, RequestTableModel::Win32Status), u"64"_s);
    QCOMPARE(cell(1, RequestTableModel::TimeTaken), QLocale().toString(125000));
    QCOMPARE(cell(1, RequestTableModel::ServerPort), u"443"_s);
    QCOMPARE(cell(0, RequestTableModel::Query), QString()); // "-"
    QCOMPARE(cell(5, RequestTableModel::TimeTaken), QString());
    QCOMPARE(cell(2, RequestTableModel::Substatus), u"2"_s);
    QCOMPARE(model.index(3, 0).data(RequestTableModel::StoreRowRole).toULongLong(), 3ull);
    QCOMPARE(model
                 .headerData(RequestTableModel::Win32Status, Qt::Horizontal,
                             RequestTableModel::ColumnKeyRole)
                 .toString(),
             u"sc-win32-status"_s);
    QVERIFY(model.hasColumn(RequestTableModel::TimeTaken));
    QVERIFY(!model.hasColumn(RequestTableModel::Username)
            || log.store().has(RequestField::Text::Username));
}

void TestRequestTableModel::filters_data()
{
    QTest::addColumn<RequestFilterState>("state");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<bool>("error");
    auto with = [](auto set) {
        RequestFilterState s;
        set(s);
        return s;
    };
    QTest::newRow("none") << RequestFilterState() << QList<int>{0, 1, 2, 3, 4, 5, 6} << false;
    QTest::newRow("url part, case ignored")
        << with([](RequestFilterState &s) { s.url = u"daily"_s; }) << QList<int>{1, 3, 6} << false;
    QTest::newRow("url wildcard negated")
        << with([](RequestFilterState &s) { s.url = u"!/api/*"_s; }) << QList<int>{0, 1, 3, 4, 6}
        << false;
    QTest::newRow("url expression")
        << with([](RequestFilterState &s) { s.url = uR"(re:^/reports/daily\.aspx$)"_s; })
        << QList<int>{1, 3, 6} << false;
    QTest::newRow("bad expression filters nothing")
        << with([](RequestFilterState &s) { s.url = u"re:("_s; }) << QList<int>{0, 1, 2, 3, 4, 5, 6}
        << true;
    QTest::newRow("client wildcard")
        << with([](RequestFilterState &s) { s.clientIp = u"10.1.*"_s; }) << QList<int>{0, 2, 5}
        << false;
    QTest::newRow("client exact") << with([](RequestFilterState &s) {
        s.clientIp = u"192.168.2.1"_s;
    }) << QList<int>{1, 6} << false;
    QTest::newRow("status list") << with([](RequestFilterState &s) { s.status = u"503, 500"_s; })
                                 << QList<int>{2, 5} << false;
    QTest::newRow("status negated") << with([](RequestFilterState &s) { s.status = u"!200"_s; })
                                    << QList<int>{2, 4, 5} << false;
    QTest::newRow("substatus") << with([](RequestFilterState &s) { s.substatus = u"19"_s; })
                               << QList<int>{5} << false;
    QTest::newRow("win32") << with([](RequestFilterState &s) { s.win32Status = u"64, 1236"_s; })
                           << QList<int>{1, 3} << false;
    QTest::newRow("at least 110 s")
        << with([](RequestFilterState &s) { s.minTimeTakenMs = 110000; }) << QList<int>{1, 3, 6}
        << false;
    QTest::newRow("at most 31 ms") << with([](RequestFilterState &s) { s.maxTimeTakenMs = 31; })
                                   << QList<int>{0, 2, 4} << false;
    QTest::newRow("time window") << with([](RequestFilterState &s) {
        s.from = At10 + 20;
        s.to = At10 + 40;
    }) << QList<int>{2, 3, 4} << false;
    QTest::newRow("all at once") << with([](RequestFilterState &s) {
        s.url = u"daily"_s;
        s.win32Status = u"64"_s;
        s.minTimeTakenMs = 120000;
        s.from = At10;
        s.to = At10 + 30;
    }) << QList<int>{1} << false;
    // 110 s or more (1, 3, 6), win32 64 or 1236 (1, 3), status 500 or 503 (2, 5).
    QTest::newRow("stalled or failed")
        << with([](RequestFilterState &s) { s.stalledOrFailedSeconds = 110; })
        << QList<int>{1, 2, 3, 5, 6} << false;
    QTest::newRow("stalled or failed at 126 s")
        << with([](RequestFilterState &s) { s.stalledOrFailedSeconds = 126; })
        << QList<int>{1, 2, 3, 5} << false;
    QTest::newRow("another server")
        << with([](RequestFilterState &s) { s.server = u"WEB09"_s; }) << QList<int>{} << false;
}

void TestRequestTableModel::filters()
{
    QFETCH(RequestFilterState, state);
    QFETCH(QList<int>, rows);
    QFETCH(bool, error);
    RequestLog log;
    load(log);
    RequestTableModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &RequestTableModel::filterChanged);
    model.setFilterState(state);
    QCOMPARE(shownRows(model), rows);
    QCOMPARE(!model.filterErrors().isEmpty(), error);
    QCOMPARE(changed.count(), state.isEmpty() ? 0 : 1);
    model.setFilterState(state); // the same again: nothing happens
    QCOMPARE(changed.count(), state.isEmpty() ? 0 : 1);
}

void TestRequestTableModel::sorting_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<int>>("rows");
    const auto up = Qt::AscendingOrder;
    const auto down = Qt::DescendingOrder;
    QTest::newRow("time taken, no value first")
        << QString() << int(RequestTableModel::TimeTaken) << up << QList<int>{5, 4, 2, 0, 6, 1, 3};
    QTest::newRow("time taken down") << QString() << int(RequestTableModel::TimeTaken) << down
                                     << QList<int>{3, 1, 6, 0, 2, 4, 5};
    QTest::newRow("url, case ignored")
        << QString() << int(RequestTableModel::Url) << up << QList<int>{2, 5, 0, 4, 6, 1, 3};
    QTest::newRow("time down") << QString() << int(RequestTableModel::Time) << down
                               << QList<int>{6, 5, 4, 3, 2, 1, 0};
    QTest::newRow("status, ties in log order")
        << QString() << int(RequestTableModel::Status) << up << QList<int>{0, 1, 3, 6, 4, 5, 2};
    QTest::newRow("status down, ties in log order")
        << QString() << int(RequestTableModel::Status) << down << QList<int>{2, 5, 4, 0, 1, 3, 6};
    QTest::newRow("filtered, then sorted")
        << u"!200"_s << int(RequestTableModel::TimeTaken) << down << QList<int>{2, 4, 5};
    QTest::newRow("log order again") << QString() << -1 << up << QList<int>{0, 1, 2, 3, 4, 5, 6};
}

void TestRequestTableModel::sorting()
{
    QFETCH(QString, status);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<int>, rows);
    RequestLog log;
    load(log);
    RequestTableModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RequestFilterState state;
    state.status = status;
    model.setFilterState(state);
    model.sort(RequestTableModel::Url, Qt::DescendingOrder); // something else first
    // A selected row stays selected where it moves to.
    const QPersistentModelIndex first(model.index(0, 2));
    const size_t firstRow = model.storeRow(0);
    model.sort(column, order);
    QCOMPARE(shownRows(model), rows);
    QVERIFY(first.isValid());
    QCOMPARE(model.storeRow(first.row()), firstRow);
    QCOMPARE(first.column(), 2);
    // A new filter keeps the sort.
    model.setFilterState({});
    model.setFilterState(state);
    QCOMPARE(shownRows(model), rows);
}

void TestRequestTableModel::appendsWhileLoading()
{
    RequestLog log;
    RequestTableModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RequestFilterState state;
    state.url = u"daily"_s;
    model.setFilterState(state);
    log.clear();
    const QList<QByteArray> lines = Rows.split('\n');
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    log.append(*parse(Header + lines[0] + '\n' + lines[1] + '\n' + lines[2] + '\n'));
    log.append(*parse(Header + lines[3] + '\n' + lines[4] + '\n'));
    log.append(*parse(Header + lines[5] + '\n'));
    QCOMPARE(inserted.count(), 2); // the third batch has no daily report
    QCOMPARE(shownRows(model), (QList<int>{1, 3}));
    model.sort(RequestTableModel::TimeTaken, Qt::DescendingOrder); // not while loading
    QCOMPARE(shownRows(model), (QList<int>{1, 3}));
    QSignalSpy ready(&log, &RequestLog::ready);
    log.finishInBackground();
    QCOMPARE(ready.count(), 1);
    model.sort(RequestTableModel::TimeTaken, Qt::DescendingOrder);
    QCOMPARE(shownRows(model), (QList<int>{3, 1}));
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRequestTableModel::links_data()
{
    QTest::addColumn<RequestFilterState>("state");
    RequestFilterState window;
    window.from = At10;
    window.to = At10 + 59;
    QTest::newRow("window") << window;
    RequestFilterState all = window;
    all.url = u"/reports/a b&c=d+e%20.aspx"_s;
    all.clientIp = u"10.1.*, !10.1.2.3"_s;
    all.status = u"503, 500"_s;
    all.substatus = u"2"_s;
    all.win32Status = u"64, 1236"_s;
    all.minTimeTakenMs = 110000;
    all.maxTimeTakenMs = 4000000;
    all.server = u"WEB 01 (ä)"_s;
    all.stalledOrFailedSeconds = 110;
    QTest::newRow("everything, odd characters") << all;
    RequestFilterState url;
    url.url = u"re:^/api/(v1|v2)?x=ü#"_s;
    QTest::newRow("expression") << url;
}

void TestRequestTableModel::links()
{
    QFETCH(RequestFilterState, state);
    const QUrl link = state.toLink();
    QCOMPARE(link.scheme(), u"httperr-requests"_s);
    // Through text, as a link in rich text travels.
    const std::optional<RequestFilterState> back =
        RequestFilterState::fromLink(QUrl(link.toString(QUrl::FullyEncoded)));
    QVERIFY(back.has_value());
    QVERIFY(*back == state);
    QVERIFY(!RequestFilterState::fromLink(QUrl(u"https://example.com/?url=x"_s)));
}

QTEST_MAIN(TestRequestTableModel)
#include "tst_requesttablemodel.moc"
