// RowFilter and its criteria: every syntax of every criterion, on typed store values.
#include "filterfixture.h"
#include "rowfilter.h"

#include <QtTest>

using Rows = QList<int>;

namespace {
using FilterFixture::t0;

Rows allRows()
{
    Rows r;
    for (int i = 0; i < int(FilterFixture::rows().size()); ++i)
        r.append(i);
    return r;
}

Rows allBut(const Rows &excluded)
{
    Rows r;
    for (int i : allRows()) {
        if (!excluded.contains(i))
            r.append(i);
    }
    return r;
}

Rows acceptedByRow(const RowFilter &filter, const LogStore &store)
{
    Rows r;
    for (size_t i = 0; i < store.rowCount(); ++i) {
        if (filter.accepts(i))
            r.append(int(i));
    }
    return r;
}

Rows collected(const RowFilter &filter, const LogStore &store)
{
    std::vector<uint32_t> out;
    filter.collect(0, store.rowCount(), out);
    return Rows(out.begin(), out.end());
}

FilterState ipState(const QString &spec)
{
    FilterState s;
    s.clientIp = spec;
    return s;
}

FilterState urlState(const QString &spec)
{
    FilterState s;
    s.url = spec;
    return s;
}
} // namespace

Q_DECLARE_METATYPE(FilterState)

class TestRowFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientIp_data();
    void clientIp() { check(); }
    void url_data();
    void url() { check(); }
    void reason_data();
    void reason() { check(); }
    void time_data();
    void time() { check(); }
    void valueLists_data();
    void valueLists() { check(); }
    void combined_data();
    void combined() { check(); }
    void server_data();
    void server();

    void errors_data();
    void errors();
    void emptyFilterAcceptsEverything();
    void missingColumn();
    void ignoringOneCriterion();
    void newValuesAfterAttach();
    void collectRange();

    void stateVariantMapRoundTrip();
    void stateShowOnlyAndExclude();

private:
    void check();
    void addColumns()
    {
        QTest::addColumn<FilterState>("state");
        QTest::addColumn<Rows>("expected");
    }
};

void TestRowFilter::check()
{
    QFETCH(FilterState, state);
    QFETCH(Rows, expected);
    LogStore store;
    FilterFixture::fill(store);
    RowFilter filter(state);
    filter.attach(&store);
    QCOMPARE(acceptedByRow(filter, store), expected);
    QCOMPARE(collected(filter, store), expected);
}

void TestRowFilter::clientIp_data()
{
    addColumns();
    QTest::newRow("ipv4 exact, also mapped")
        << ipState(QStringLiteral("10.1.2.3")) << Rows{0, 9, 15};
    QTest::newRow("mapped spec matches ipv4")
        << ipState(QStringLiteral("::ffff:10.1.2.3")) << Rows{0, 9, 15};
    QTest::newRow("isatap counts as its ipv4") << ipState(QStringLiteral("10.1.9.9")) << Rows{10};
    QTest::newRow("ipv6 without scope: any scope")
        << ipState(QStringLiteral("fe80::1")) << Rows{5, 6};
    QTest::newRow("ipv6 with scope: that scope")
        << ipState(QStringLiteral("fe80::1%13")) << Rows{5};
    QTest::newRow("ipv6 written longer") << ipState(QStringLiteral("FE80:0:0::1")) << Rows{5, 6};
    QTest::newRow("loopback with %0") << ipState(QStringLiteral("::1%0")) << Rows{4};
    QTest::newRow("cidr /16") << ipState(QStringLiteral("10.1.0.0/16")) << Rows{0, 1, 9, 10, 15};
    QTest::newRow("cidr /0 ipv4") << ipState(QStringLiteral("0.0.0.0/0"))
                                  << Rows{0, 1, 2, 3, 9, 10, 13, 14, 15};
    QTest::newRow("cidr /32") << ipState(QStringLiteral("10.1.2.3/32")) << Rows{0, 9, 15};
    QTest::newRow("cidr /32 broadcast")
        << ipState(QStringLiteral("255.255.255.255/32")) << Rows{13};
    QTest::newRow("cidr /24 edge") << ipState(QStringLiteral("192.168.0.0/24")) << Rows{3};
    QTest::newRow("cidr ipv6 /32") << ipState(QStringLiteral("2001:db8::/32")) << Rows{7};
    QTest::newRow("cidr ipv6 /128") << ipState(QStringLiteral("2001:db8::5/128")) << Rows{7};
    QTest::newRow("cidr ipv6 /0") << ipState(QStringLiteral("::/0")) << Rows{4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("wildcard 10.1.*") << ipState(QStringLiteral("10.1.*")) << Rows{0, 1, 9, 10, 15};
    QTest::newRow("wildcard 10.*") << ipState(QStringLiteral("10.*")) << Rows{0, 1, 2, 9, 10, 15};
    QTest::newRow("wildcard text ipv6") << ipState(QStringLiteral("fe80::*")) << Rows{5, 6, 10};
    QTest::newRow("wildcard star") << ipState(QStringLiteral("*")) << allRows();
    QTest::newRow("list") << ipState(QStringLiteral("10.1.2.3, 2001:db8::5")) << Rows{0, 7, 9, 15};
    QTest::newRow("list without spaces")
        << ipState(QStringLiteral("10.1.2.3,2001:db8::5")) << Rows{0, 7, 9, 15};
    QTest::newRow("negated wildcard")
        << ipState(QStringLiteral("!10.1.*")) << allBut({0, 1, 9, 10, 15});
    QTest::newRow("negated exact") << ipState(QStringLiteral("!10.1.2.3")) << allBut({0, 9, 15});
    QTest::newRow("negated cidr v6") << ipState(QStringLiteral("!2001:db8::/32")) << allBut({7});
    QTest::newRow("block minus one")
        << ipState(QStringLiteral("10.*, !10.1.2.3")) << Rows{1, 2, 10};
    QTest::newRow("unparseable by text") << ipState(QStringLiteral("[IP]")) << Rows{11};
    QTest::newRow("unparseable by text, case") << ipState(QStringLiteral("[ip]")) << Rows{11};
    QTest::newRow("invalid ipv4 by text") << ipState(QStringLiteral("293.1.1.1")) << Rows{12};
    QTest::newRow("no such address") << ipState(QStringLiteral("10.9.9.9")) << Rows{};
}

void TestRowFilter::url_data()
{
    addColumns();
    QTest::newRow("substring, any case") << urlState(QStringLiteral("index")) << Rows{0, 5, 9, 15};
    QTest::newRow("substring upper") << urlState(QStringLiteral("API")) << Rows{1, 2, 7};
    QTest::newRow("substring non-ascii") << urlState(QStringLiteral("CAF\u00c9")) << Rows{12};
    QTest::newRow("wildcard whole url") << urlState(QStringLiteral("/api/*")) << Rows{1, 2, 7};
    QTest::newRow("wildcard suffix") << urlState(QStringLiteral("*.html")) << Rows{0, 5, 9, 15};
    QTest::newRow("wildcard is anchored") << urlState(QStringLiteral("index*")) << Rows{};
    QTest::newRow("wildcard question mark") << urlState(QStringLiteral("/a?b")) << Rows{13};
    QTest::newRow("wildcard star crosses slashes")
        << urlState(QStringLiteral("/*/items")) << Rows{7};
    QTest::newRow("regex") << urlState(QStringLiteral("re:^/api/v\\d")) << Rows{7};
    QTest::newRow("regex anywhere") << urlState(QStringLiteral("re:log.n")) << Rows{1, 8};
    QTest::newRow("regex case") << urlState(QStringLiteral("re:ORDERS")) << Rows{2};
    QTest::newRow("negated substring") << urlState(QStringLiteral("!api")) << allBut({1, 2, 7});
    QTest::newRow("negated regex")
        << urlState(QStringLiteral("!re:^/index")) << allBut({0, 5, 9, 15});
    QTest::newRow("negated wildcard")
        << urlState(QStringLiteral("!*.html")) << allBut({0, 5, 9, 15});
    QTest::newRow("dash is the empty url") << urlState(QStringLiteral("-")) << Rows{14};
    QTest::newRow("invalid regex filters nothing") << urlState(QStringLiteral("re:(")) << allRows();
    QTest::newRow("spaces trimmed") << urlState(QStringLiteral("  health ")) << Rows{4};
}

void TestRowFilter::reason_data()
{
    addColumns();
    auto state = [](const QStringList &in, const QStringList &out) {
        FilterState s;
        s.reasons = in;
        s.excludedReasons = out;
        return s;
    };
    QTest::newRow("one") << state({QStringLiteral("BadRequest")}, {}) << Rows{0, 5, 8, 11, 13, 15};
    QTest::newRow("case ignored") << state({QStringLiteral("badrequest")}, {})
                                  << Rows{0, 5, 8, 11, 13, 15};
    QTest::newRow("two") << state({QStringLiteral("QueueFull"), QStringLiteral("AppOffline")}, {})
                         << Rows{1, 2};
    QTest::newRow("exclude") << state({}, {QStringLiteral("BadRequest")})
                             << allBut({0, 5, 8, 11, 13, 15});
    QTest::newRow("exclude two") << state(
        {}, {QStringLiteral("BadRequest"), QStringLiteral("Timer_ConnectionIdle")})
                                 << allBut({0, 3, 5, 8, 11, 13, 14, 15});
    QTest::newRow("unknown reason") << state({QStringLiteral("Some_New_Reason")}, {}) << Rows{12};
    QTest::newRow("not in log") << state({QStringLiteral("Not_In_Log")}, {}) << Rows{};
    QTest::newRow("include and exclude same")
        << state({QStringLiteral("BadRequest")}, {QStringLiteral("BadRequest")}) << Rows{};
}

void TestRowFilter::server_data()
{
    addColumns();
    auto state = [](const QStringList &in, const QStringList &out) {
        FilterState s;
        s.servers = in;
        s.excludedServers = out;
        return s;
    };
    QTest::newRow("one") << state({QStringLiteral("WEB02")}, {}) << Rows{6, 7, 8, 9, 10};
    QTest::newRow("case ignored") << state({QStringLiteral("WEB03")}, {})
                                  << Rows{11, 12, 13, 14, 15};
    QTest::newRow("two") << state({QStringLiteral("web01"), QStringLiteral("WEB03")}, {})
                         << allBut({6, 7, 8, 9, 10});
    QTest::newRow("exclude") << state({}, {QStringLiteral("WEB01")}) << allBut({0, 1, 2, 3, 4, 5});
    QTest::newRow("not loaded") << state({QStringLiteral("WEB09")}, {}) << Rows{};
    QTest::newRow("exclude not loaded") << state({}, {QStringLiteral("WEB09")}) << allRows();
    FilterState withReason = state({}, {QStringLiteral("WEB02")});
    withReason.reasons = QStringList{QStringLiteral("BadRequest")};
    QTest::newRow("with a reason") << withReason << Rows{0, 5, 11, 13, 15};
}

void TestRowFilter::server()
{
    QFETCH(FilterState, state);
    QFETCH(Rows, expected);
    LogStore store;
    FilterFixture::fillWithServers(store);
    RowFilter filter(state);
    filter.attach(&store);
    QVERIFY(filter.isActive(FilterField::Server));
    QVERIFY(!filter.isEmpty());
    QCOMPARE(acceptedByRow(filter, store), expected);
    QCOMPARE(collected(filter, store), expected);
    // Ignoring the server criterion leaves the others.
    std::vector<uint32_t> ignoring;
    filter.collect(0, store.rowCount(), ignoring, FilterField::Server);
    RowFilter others(state.reasons.isEmpty() ? FilterState() : [&] {
        FilterState s;
        s.reasons = state.reasons;
        return s;
    }());
    others.attach(&store);
    QCOMPARE(Rows(ignoring.begin(), ignoring.end()), collected(others, store));
}

void TestRowFilter::time_data()
{
    addColumns();
    auto state = [](std::optional<int64_t> from, std::optional<int64_t> to) {
        FilterState s;
        s.from = from;
        s.to = to;
        return s;
    };
    QTest::newRow("both inclusive") << state(t0() + 3, t0() + 5) << Rows{3, 4, 5};
    QTest::newRow("from only") << state(t0() + 14, std::nullopt) << Rows{14, 15};
    QTest::newRow("to only") << state(std::nullopt, t0() + 1) << Rows{0, 1};
    QTest::newRow("one second") << state(t0() + 7, t0() + 7) << Rows{7};
    QTest::newRow("before everything") << state(std::nullopt, t0() - 1) << Rows{};
    QTest::newRow("after everything") << state(t0() + 16, std::nullopt) << Rows{};
    QTest::newRow("from after to filters nothing") << state(t0() + 9, t0() + 2) << allRows();
}

void TestRowFilter::valueLists_data()
{
    addColumns();
    auto state = [](FilterField field, const QString &spec) {
        FilterState s;
        s.setValueList(field, spec);
        return s;
    };
    QTest::newRow("status") << state(FilterField::Status, QStringLiteral("503")) << Rows{1, 2, 7};
    QTest::newRow("status list") << state(FilterField::Status, QStringLiteral("400, 404"))
                                 << allBut({1, 2, 3, 7, 14});
    QTest::newRow("status empty") << state(FilterField::Status, QStringLiteral("-")) << Rows{3, 14};
    QTest::newRow("status negated")
        << state(FilterField::Status, QStringLiteral("!400")) << Rows{1, 2, 3, 4, 7, 14};
    QTest::newRow("method any case")
        << state(FilterField::Method, QStringLiteral("get")) << Rows{0, 2, 5, 6, 9, 10, 12, 13, 15};
    QTest::newRow("queue") << state(FilterField::Queue, QStringLiteral("ShopAppPool"))
                           << Rows{1, 2, 7};
    QTest::newRow("site") << state(FilterField::Site, QStringLiteral("2")) << Rows{1, 2, 7};
    QTest::newRow("server port") << state(FilterField::ServerPort, QStringLiteral("443"))
                                 << Rows{1, 2, 7, 8};
    QTest::newRow("server port negated")
        << state(FilterField::ServerPort, QStringLiteral("!80")) << Rows{1, 2, 7, 8, 13};
}

void TestRowFilter::combined_data()
{
    addColumns();
    FilterState a;
    a.reasons = QStringList{QStringLiteral("BadRequest")};
    a.clientIp = QStringLiteral("10.1.*");
    QTest::newRow("reason and ip") << a << Rows{0, 15};
    FilterState b = a;
    b.url = QStringLiteral("INDEX.html");
    b.status = QStringLiteral("400");
    b.to = t0() + 10;
    QTest::newRow("reason ip url status time") << b << Rows{0};
    FilterState c;
    c.excludedReasons = QStringList{QStringLiteral("BadRequest")};
    c.url = QStringLiteral("!re:^/api");
    c.method = QStringLiteral("!-");
    c.from = t0() + 2;
    QTest::newRow("exclusions and a time") << c << Rows{4, 6, 9, 10, 12};
    FilterState d;
    d.url = QStringLiteral("re:(");
    d.status = QStringLiteral("503");
    QTest::newRow("invalid regex leaves the others") << d << Rows{1, 2, 7};
}

void TestRowFilter::errors_data()
{
    QTest::addColumn<FilterState>("state");
    QTest::addColumn<int>("field");
    QTest::newRow("regex") << urlState(QStringLiteral("re:(")) << int(FilterField::Url);
    QTest::newRow("negated regex") << urlState(QStringLiteral("!re:a[")) << int(FilterField::Url);
    QTest::newRow("cidr prefix too long")
        << ipState(QStringLiteral("10.0.0.0/33")) << int(FilterField::ClientIp);
    QTest::newRow("cidr not an address")
        << ipState(QStringLiteral("abc/8")) << int(FilterField::ClientIp);
    FilterState t;
    t.from = t0() + 10;
    t.to = t0();
    QTest::newRow("time reversed") << t << int(FilterField::Time);
}

void TestRowFilter::errors()
{
    QFETCH(FilterState, state);
    QFETCH(int, field);
    const QList<FilterError> errors = RowFilter::validate(state);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(int(errors.first().field), field);
    QVERIFY(!errors.first().message.isEmpty());
    RowFilter filter(state);
    QVERIFY(filter.isEmpty());
    QVERIFY(!filter.isActive(FilterField(field)));
    LogStore store;
    FilterFixture::fill(store);
    filter.attach(&store);
    QCOMPARE(collected(filter, store), allRows());
}

void TestRowFilter::emptyFilterAcceptsEverything()
{
    LogStore store;
    FilterFixture::fill(store);
    RowFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.errors().isEmpty());
    filter.attach(&store);
    QCOMPARE(collected(filter, store), allRows());
    QCOMPARE(acceptedByRow(filter, store), allRows());
}

void TestRowFilter::missingColumn()
{
    LogStore store;
    FilterFixture::fill(store, /*withQueue=*/false);
    FilterState s;
    s.queue = QStringLiteral("-");
    RowFilter empty(s);
    empty.attach(&store);
    QCOMPARE(collected(empty, store), allRows());
    s.queue = QStringLiteral("ShopAppPool");
    RowFilter named(s);
    named.attach(&store);
    QCOMPARE(collected(named, store), Rows{});
    QCOMPARE(acceptedByRow(named, store), Rows{});
}

void TestRowFilter::ignoringOneCriterion()
{
    LogStore store;
    FilterFixture::fill(store);
    FilterState s;
    s.reasons = QStringList{QStringLiteral("QueueFull")};
    s.status = QStringLiteral("503");
    s.from = t0() + 2;
    RowFilter filter(s);
    filter.attach(&store);
    QCOMPARE(collected(filter, store), Rows{});
    Rows ignoringTime;
    Rows ignoringReason;
    for (size_t r = 0; r < store.rowCount(); ++r) {
        if (filter.acceptsIgnoringTime(r))
            ignoringTime.append(int(r));
        if (filter.acceptsIgnoring(r, FilterField::Reason))
            ignoringReason.append(int(r));
    }
    QCOMPARE(ignoringTime, Rows{1});
    QCOMPARE(ignoringReason, (Rows{2, 7}));
    std::vector<uint32_t> out;
    filter.collect(0, store.rowCount(), out, FilterField::Time);
    QCOMPARE(Rows(out.begin(), out.end()), Rows{1});
    out.clear();
    filter.collect(0, store.rowCount(), out, FilterField::Reason);
    QCOMPARE(Rows(out.begin(), out.end()), (Rows{2, 7}));
}

void TestRowFilter::newValuesAfterAttach()
{
    // Values first seen after attach() are judged right with or without sync().
    LogStore store;
    store.append(FilterFixture::batch(0, 8));
    FilterState s;
    s.clientIp = QStringLiteral("10.1.*");
    s.reasons =
        QStringList{QStringLiteral("BadRequest"), QStringLiteral("Timer_MinBytesPerSecond")};
    RowFilter filter(s);
    filter.attach(&store);
    QCOMPARE(collected(filter, store), Rows{0});
    store.append(FilterFixture::batch(8, 16));
    QCOMPARE(acceptedByRow(filter, store), (Rows{0, 9, 15}));
    QCOMPARE(collected(filter, store), (Rows{0, 9, 15}));
    filter.sync();
    QCOMPARE(collected(filter, store), (Rows{0, 9, 15}));
    std::vector<uint32_t> tail;
    filter.collect(8, store.rowCount(), tail);
    QCOMPARE(Rows(tail.begin(), tail.end()), (Rows{9, 15}));
}

void TestRowFilter::collectRange()
{
    // Many rows (several chunks) and an unordered store: collect() agrees with accepts().
    LogStore store;
    for (int i = 0; i < 9000; ++i)
        store.append(FilterFixture::batch(0, 16, (i * 7919) % 5000));
    QVERIFY(!store.isTimeOrdered());
    FilterState s;
    s.url = QStringLiteral("index");
    s.from = t0() + 100;
    s.to = t0() + 200;
    RowFilter filter(s);
    filter.attach(&store);
    std::vector<uint32_t> out;
    filter.collect(0, store.rowCount(), out);
    Rows expected = acceptedByRow(filter, store);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(Rows(out.begin(), out.end()), expected);
    store.sortByTime();
    out.clear();
    filter.collect(1000, store.rowCount() - 1000, out);
    expected.clear();
    for (size_t r = 1000; r < store.rowCount() - 1000; ++r) {
        if (filter.accepts(r))
            expected.append(int(r));
    }
    QCOMPARE(Rows(out.begin(), out.end()), expected);
}

void TestRowFilter::stateVariantMapRoundTrip()
{
    FilterState s;
    QVERIFY(s.isEmpty());
    QVERIFY(s.toVariantMap().isEmpty());
    s.reasons = QStringList{QStringLiteral("A"), QStringLiteral("B")};
    s.excludedReasons = QStringList{QStringLiteral("C")};
    s.clientIp = QStringLiteral("10.1.*");
    s.url = QStringLiteral("re:^/api");
    s.from = 0; // the epoch is a valid bound, not QStringLiteral("unset")
    s.to = t0();
    s.status = QStringLiteral("503");
    s.site = QStringLiteral("1");
    s.queue = QStringLiteral("Pool");
    s.method = QStringLiteral("!GET");
    s.serverPort = QStringLiteral("443");
    s.servers = QStringList{QStringLiteral("WEB01")};
    s.excludedServers = QStringList{QStringLiteral("WEB02"), QStringLiteral("WEB03")};
    QVERIFY(!s.isEmpty());
    const FilterState back = FilterState::fromVariantMap(s.toVariantMap());
    QCOMPARE(back, s);
    QCOMPARE(back.from, std::optional<int64_t>(0));
    FilterState onlyReasons;
    onlyReasons.excludedReasons = QStringList{QStringLiteral("X")};
    QVERIFY(!onlyReasons.isEmpty());
    QVERIFY(onlyReasons.isOnlyReasons());
    FilterState onlyServers;
    onlyServers.servers = QStringList{QStringLiteral("WEB01")};
    QVERIFY(!onlyServers.isEmpty());
    QVERIFY(!onlyServers.isOnlyReasons());
}

void TestRowFilter::stateShowOnlyAndExclude()
{
    LogStore store;
    FilterFixture::fill(store);
    auto rowsOf = [&store](const FilterState &s) {
        RowFilter f(s);
        f.attach(&store);
        return collected(f, store);
    };
    FilterState s;
    s.showOnly(FilterField::Url, QStringLiteral("/API/Orders?id=5"));
    QCOMPARE(rowsOf(s), Rows{2});
    s = {};
    s.exclude(FilterField::Url, QStringLiteral("/index.html"));
    QCOMPARE(rowsOf(s), allBut({0, 5, 9, 15}));
    s = {};
    s.showOnly(FilterField::ClientIp, QStringLiteral("fe80::1%14"));
    QCOMPARE(rowsOf(s), Rows{6});
    s.exclude(FilterField::ClientIp, QStringLiteral("fe80::1%14"));
    QCOMPARE(rowsOf(s), Rows{});
    s = {};
    s.exclude(FilterField::ClientIp, QStringLiteral("10.1.2.3"));
    s.exclude(FilterField::ClientIp, QStringLiteral("[IP]"));
    s.exclude(FilterField::ClientIp, QStringLiteral("[IP]"));
    QCOMPARE(s.clientIp, QStringLiteral("!10.1.2.3, ![IP]"));
    QCOMPARE(rowsOf(s), allBut({0, 9, 11, 15}));
    s = {};
    s.showOnly(FilterField::Time, QStringLiteral("2026-03-10 00:00:04"));
    QCOMPARE(rowsOf(s), Rows{4});
    QVERIFY(!s.exclude(FilterField::Time, QStringLiteral("2026-03-10 00:00:04")));
    QVERIFY(!FilterState::canExclude(FilterField::Time));
    s = {};
    s.showOnly(FilterField::Reason, QStringLiteral("QueueFull"));
    QCOMPARE(rowsOf(s), Rows{1});
    s.exclude(FilterField::Reason, QStringLiteral("QueueFull"));
    QCOMPARE(rowsOf(s), Rows{});
    s = {};
    s.reasons = QStringList{QStringLiteral("QueueFull"), QStringLiteral("AppOffline")};
    s.exclude(FilterField::Reason, QStringLiteral("QueueFull"));
    QCOMPARE(s.reasons, QStringList{QStringLiteral("AppOffline")});
    QCOMPARE(rowsOf(s), Rows{2});
    s = {};
    s.showOnly(FilterField::Status, QStringLiteral("-"));
    QCOMPARE(rowsOf(s), (Rows{3, 14}));
    s.exclude(FilterField::Status, QStringLiteral("-"));
    QCOMPARE(rowsOf(s), Rows{});
    s = {};
    s.exclude(FilterField::Method, QStringLiteral("GET"));
    s.exclude(FilterField::Method, QStringLiteral("-"));
    QCOMPARE(rowsOf(s), (Rows{1, 4, 7, 8}));

    LogStore farm;
    FilterFixture::fillWithServers(farm);
    auto farmRows = [&farm](const FilterState &state) {
        RowFilter f(state);
        f.attach(&farm);
        return collected(f, farm);
    };
    s = {};
    s.showOnly(FilterField::Server, QStringLiteral("WEB02"));
    QCOMPARE(s.servers, QStringList{QStringLiteral("WEB02")});
    QCOMPARE(farmRows(s), (Rows{6, 7, 8, 9, 10}));
    s.exclude(FilterField::Server, QStringLiteral("WEB02"));
    QCOMPARE(farmRows(s), Rows{});
    s = {};
    s.servers = QStringList{QStringLiteral("WEB01"), QStringLiteral("WEB02")};
    s.exclude(FilterField::Server, QStringLiteral("WEB01"));
    QCOMPARE(s.servers, QStringList{QStringLiteral("WEB02")});
    QCOMPARE(s.excludedServers, QStringList());
    s = {};
    s.exclude(FilterField::Server, QStringLiteral("web03"));
    s.exclude(FilterField::Server, QStringLiteral("WEB03"));
    QCOMPARE(s.excludedServers, QStringList{QStringLiteral("web03")});
    QCOMPARE(farmRows(s), (Rows{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    s.clear(FilterField::Server);
    QVERIFY(s.isEmpty());
}

QTEST_GUILESS_MAIN(TestRowFilter)
#include "tst_rowfilter.moc"
