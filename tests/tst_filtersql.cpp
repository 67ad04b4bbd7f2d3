// The SQL a FilterState compiles to (FilterSql, SqlText): exact conditions for every kind of
// criterion, and values made of quotes, backslashes, semicolons, control bytes and SQL words
// that stay literals.

#include "filtersql.h"
#include "sqltext.h"

#include <QTest>

class TestFilterSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literal_data();
    void literal();
    void identifier();
    void plainNames_data();
    void plainNames();
    void criteria_data();
    void criteria();
    void condition();
    void errorsFilterNothing();
    void servers_data();
    void servers();
};

void TestFilterSql::literal_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("'abc'");
    QTest::newRow("empty") << QByteArray() << QByteArray("''");
    QTest::newRow("quote") << QByteArray("it's") << QByteArray("'it\\'s'");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("'a\\\\b'");
    QTest::newRow("backslash quote") << QByteArray("\\'") << QByteArray("'\\\\\\''");
    QTest::newRow("injection") << QByteArray("x'; DROP TABLE t; --")
                               << QByteArray("'x\\'; DROP TABLE t; --'");
    QTest::newRow("control") << QByteArray("a\nb\tc\0d", 7) << QByteArray("'a\\x0Ab\\x09c\\x00d'");
    QTest::newRow("utf-8 kept") << QByteArray("caf\xC3\xA9") << QByteArray("'caf\xC3\xA9'");
    QTest::newRow("latin-1 kept") << QByteArray("caf\xE9") << QByteArray("'caf\xE9'");
}

void TestFilterSql::literal()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, sql);
    QCOMPARE(SqlText::literal(std::string_view(value.constData(), size_t(value.size()))), sql);
}

void TestFilterSql::identifier()
{
    QCOMPARE(SqlText::identifier(QStringLiteral("logs")), QByteArray("`logs`"));
    QCOMPARE(SqlText::identifier(QStringLiteral("a`b\\c")), QByteArray("`a\\`b\\\\c`"));
    QCOMPARE(SqlText::table(QStringLiteral("db"), "httperr_rows"),
             QByteArray("`db`.`httperr_rows`"));
}

void TestFilterSql::plainNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plain");
    QTest::newRow("word") << QStringLiteral("logs") << true;
    QTest::newRow("underscore digits") << QStringLiteral("_farm_2026") << true;
    QTest::newRow("digit first") << QStringLiteral("2026") << false;
    QTest::newRow("semicolon") << QStringLiteral("db;drop") << false;
    QTest::newRow("quote") << QStringLiteral("a'b") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("unicode") << QStringLiteral("bäume") << false;
}

void TestFilterSql::plainNames()
{
    QFETCH(QString, name);
    QFETCH(bool, plain);
    QCOMPARE(SqlText::isPlainName(name), plain);
}

void TestFilterSql::criteria_data()
{
    QTest::addColumn<FilterState>("state");
    QTest::addColumn<int>("field");
    QTest::addColumn<QByteArray>("sql");
    auto row = [](const char *name, FilterState state, FilterField field, const char *sql) {
        QTest::newRow(name) << state << int(field) << QByteArray(sql);
    };
    FilterState s;
    s.reasons = {QStringLiteral("Connection_Dropped"), QStringLiteral(" QueueFull ")};
    row("reasons", s, FilterField::Reason,
        "lower(s_reason) IN ('connection_dropped', 'queuefull')");
    s = {};
    s.excludedReasons = {QStringLiteral("it's'; DROP TABLE x; --")};
    row("excluded reason, hostile", s, FilterField::Reason,
        "lower(s_reason) NOT IN ('it\\'s\\'; drop table x; --')");
    s = {};
    s.status = QStringLiteral("503, !400");
    row("status list", s, FilterField::Status,
        "lower(sc_status) IN ('503') AND lower(sc_status) NOT IN ('400')");
    s = {};
    s.queue = QStringLiteral("Default\\Pool");
    row("queue with backslash", s, FilterField::Queue, "lower(s_queuename) IN ('default\\\\pool')");
    s = {};
    s.method = QStringLiteral("GET;SELECT");
    row("method", s, FilterField::Method, "lower(cs_method) IN ('get;select')");
    s = {};
    s.url = QStringLiteral("Login");
    row("url substring", s, FilterField::Url, "positionCaseInsensitive(cs_uri, 'Login') > 0");
    s.url = QStringLiteral("!x';DROP TABLE httperr_rows;--");
    row("url hostile negated", s, FilterField::Url,
        "NOT positionCaseInsensitive(cs_uri, 'x\\';DROP TABLE httperr_rows;--') > 0");
    s.url = QStringLiteral("café");
    row("url non-ascii", s, FilterField::Url,
        "positionCaseInsensitiveUTF8(cs_uri, 'caf\xC3\xA9') > 0");
    s.url = QStringLiteral("*.php?x=*");
    row("url wildcard", s, FilterField::Url,
        "match(cs_uri, '(?is)\\\\A(?:.*\\\\.php.x\\\\=.*)\\\\z')");
    s.url = QStringLiteral("re:^/api/v[12]\\d'");
    row("url regex", s, FilterField::Url, "match(cs_uri, '(?i)^/api/v[12]\\\\d\\'')");
    s = {};
    s.clientIp = QStringLiteral("10.1.2.3");
    row("ip v4", s, FilterField::ClientIp, "((ip_v4 = 167838211))");
    s.clientIp = QStringLiteral("::ffff:10.1.2.3");
    row("ip mapped", s, FilterField::ClientIp,
        "(((ip_kind = 6 AND ip_v6 = toFixedString(unhex('00000000000000000000ffff0a010203'), 16)) "
        "OR ip_v4 = 167838211))");
    s.clientIp = QStringLiteral("fe80::1%13");
    row("ip scoped", s, FilterField::ClientIp,
        "((if(position(c_ip, '%') > 0, lower(substring(c_ip, position(c_ip, '%') + 1)), '') = "
        "'13' AND ((ip_kind = 6 AND ip_v6 = "
        "toFixedString(unhex('fe800000000000000000000000000001'), "
        "16)))))");
    s.clientIp = QStringLiteral("10.1.0.0/16");
    row("ip block v4", s, FilterField::ClientIp, "((ip_v4 >= 167837696 AND ip_v4 <= 167903231))");
    s.clientIp = QStringLiteral("10.1.*");
    row("ip octets", s, FilterField::ClientIp, "((ip_v4 >= 167837696 AND ip_v4 <= 167903231))");
    s.clientIp = QStringLiteral("2001:db8::/32");
    row("ip block v6", s, FilterField::ClientIp,
        "((ip_kind = 6 AND ip_v6 >= toFixedString(unhex('20010db8000000000000000000000000'), 16) "
        "AND ip_v6 <= toFixedString(unhex('20010db8ffffffffffffffffffffffff'), 16)))");
    s.clientIp = QStringLiteral("10.1.?.5");
    row("ip pattern", s, FilterField::ClientIp,
        "((match(lower(splitByChar('%', c_ip)[1]), '(?is)\\\\A(?:10\\\\.1\\\\..\\\\.5)\\\\z') OR "
        "(ip_kind = 6 AND ip_v4 >= 0 AND match(IPv4NumToString(toUInt32(ip_v4)), "
        "'(?is)\\\\A(?:10\\\\.1\\\\..\\\\.5)\\\\z'))))");
    // ';' separates items, as in the window.
    s.clientIp = QStringLiteral("It's;DROP");
    row("ip text", s, FilterField::ClientIp,
        "(if(position(c_ip, '%') > 0 AND position(c_ip, '%') < length(c_ip), lower(c_ip), "
        "lower(splitByChar('%', c_ip)[1])) = 'it\\'s' OR if(position(c_ip, '%') > 0 AND "
        "position(c_ip, '%') < length(c_ip), lower(c_ip), lower(splitByChar('%', c_ip)[1])) = "
        "'drop')");
    s.clientIp = QStringLiteral("*, !10.0.0.0/8");
    row("ip negation", s, FilterField::ClientIp,
        "(1) AND NOT ((ip_v4 >= 167772160 AND ip_v4 <= 184549375))");
    s.clientIp = QStringLiteral("!::1");
    row("ip only negation", s, FilterField::ClientIp,
        "NOT (((ip_kind = 6 AND ip_v6 = toFixedString(unhex('00000000000000000000000000000001'), "
        "16))))");
    s = {};
    s.from = 1773129600;
    s.to = 1773133199;
    row("time", s, FilterField::Time,
        "ts >= toDateTime(1773129600) AND ts <= toDateTime(1773133199)");
    s.from = -5;
    s.to = std::nullopt;
    row("time before 1970 is everything", s, FilterField::Time, "");
    s.from = 5000000000;
    row("time after 2106 is nothing", s, FilterField::Time, "0");
}

void TestFilterSql::criteria()
{
    QFETCH(FilterState, state);
    QFETCH(int, field);
    QFETCH(QByteArray, sql);
    const FilterSql filter(state, {});
    QCOMPARE(filter.criterion(FilterField(field)), sql);
}

void TestFilterSql::condition()
{
    FilterState s;
    QCOMPARE(FilterSql(s, {}).condition(), QByteArray("1"));
    s.url = QStringLiteral("a");
    s.reasons = {QStringLiteral("b")};
    s.to = 100;
    // The time range first (ClickHouse narrows its reads with it), every part in brackets.
    QCOMPARE(FilterSql(s, {}).condition(),
             QByteArray("(ts <= toDateTime(100)) AND (lower(s_reason) IN ('b')) AND "
                        "(positionCaseInsensitive(cs_uri, 'a') > 0)"));
    QCOMPARE(
        FilterSql(s, {}).condition(FilterField::Time),
        QByteArray("(lower(s_reason) IN ('b')) AND (positionCaseInsensitive(cs_uri, 'a') > 0)"));
}

void TestFilterSql::errorsFilterNothing()
{
    // As in the window: a criterion that cannot be used is reported and filters nothing.
    FilterState s;
    s.url = QStringLiteral("re:(unclosed");
    s.clientIp = QStringLiteral("10.1.0.0/99");
    s.reasons = {QStringLiteral("QueueFull")};
    const FilterSql filter(s, {});
    QCOMPARE(filter.errors().size(), 2);
    QCOMPARE(filter.condition(), QByteArray("(lower(s_reason) IN ('queuefull'))"));
}

void TestFilterSql::servers_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("one") << QStringList{QStringLiteral("web02")} << QStringList()
                         << QByteArray("server IN ('WEB02')");
    QTest::newRow("not one") << QStringList() << QStringList{QStringLiteral("WEB02")}
                             << QByteArray("server IN ('WEB01', 'it\\'s')");
    QTest::newRow("all") << QStringList{QStringLiteral("WEB01"), QStringLiteral("web02"),
                                        QStringLiteral("IT'S")}
                         << QStringList() << QByteArray();
    QTest::newRow("none known") << QStringList{QStringLiteral("nope")} << QStringList()
                                << QByteArray("0");
}

void TestFilterSql::servers()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(QByteArray, sql);
    // Decided by name with ServerCriterion, as the window decides per file.
    QCOMPARE(FilterSql::servers(
                 include, exclude,
                 {QStringLiteral("WEB01"), QStringLiteral("WEB02"), QStringLiteral("it's")}),
             sql);
}

QTEST_GUILESS_MAIN(TestFilterSql)
#include "tst_filtersql.moc"
