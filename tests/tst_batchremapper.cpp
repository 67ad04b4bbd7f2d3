#include "batchremapper.h"
#include "fieldsheaders.h"
#include "httperrparser.h"
#include "logstore.h"
#include "numberidcache.h"

#include <QtTest>

// The loading thread works out the store ids of each batch's strings ahead (BatchRemapper), so
// the GUI thread only adds new strings. A store fed such batches must end up exactly like one
// that looked up every string itself, and a hint made for another store must be ignored.

namespace {

const char *const kCustom = "#Fields: date time c-ip s-reason x-custom";

QByteArray line(int fields, int n)
{
    QByteArray out = "2024-05-01 10:" + QByteArray::number(10 + n / 60 % 50) + ':'
                     + QByteArray::number(10 + n % 50) + " 10.0." + QByteArray::number(n % 300)
                     + '.' + QByteArray::number(n % 7);
    if (fields == 5)
        return out + (n % 2 ? " QueueFull v" : " N/A w") + QByteArray::number(n % 5);
    out += ' ' + QByteArray::number(1024 + n % 900) + " 10.1.1.1 443 HTTP/1.1 GET /u"
           + QByteArray::number(n % 333);
    if (fields == 18)
        out += n % 2 ? " 3 -" : " - -";
    out += n % 3 ? " 400 1 BadRequest" : " - 2 Timer_ConnectionIdle";
    out += n % 4 ? " DefaultAppPool" : " -";
    if (fields == 18)
        out += " TCP - -";
    return out;
}

// Batches as the loader makes them: pieces of a file with three header blocks.
std::vector<LogBatch> batches()
{
    std::vector<QByteArray> pieces;
    QByteArray piece = QByteArray(kFields13) + '\n';
    int n = 0;
    for (int p = 0; p < 12; ++p) {
        const int fields = p < 4 ? 13 : p < 8 ? 18 : 5;
        if (p == 4)
            piece += QByteArray(kFields18) + '\n';
        if (p == 8)
            piece += QByteArray(kCustom) + '\n';
        for (int i = 0; i < 150; ++i)
            piece += line(fields, n++) + '\n';
        pieces.push_back(piece);
        piece.clear();
    }
    std::vector<LogBatch> out;
    HttpErrParser parser(0, QStringLiteral("/logs/httperr1.log"));
    for (const QByteArray &bytes : pieces) {
        out.emplace_back();
        parser.parse(bytes.constData(), size_t(bytes.size()), out.back());
    }
    return out;
}

// Every cell of the store as text, row by row, and each column's pool in id order.
QStringList dump(const LogStore &store)
{
    QStringList out;
    for (size_t c = 0; c < store.columnCount(); ++c) {
        const LogStore::Column &column = store.column(c);
        QStringList pool;
        for (uint32_t id = 0; id < column.pool.size(); ++id)
            pool << QString::fromUtf8(column.pool.view(id).data(),
                                      qsizetype(column.pool.view(id).size()));
        out << QString::fromStdString(column.name) + QStringLiteral(": ")
                   + pool.join(QLatin1Char('|'));
    }
    for (size_t r = 0; r < store.rowCount(); ++r) {
        QStringList cells{QString::number(store.time(r)), QString::number(store.line(r))};
        for (size_t c = 0; c < store.columnCount(); ++c)
            cells << QString::number(store.id(c, r));
        out << cells.join(QLatin1Char(' '));
    }
    return out;
}

} // namespace

class TestBatchRemapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeIdsGiveTheSameStore();
    void storeIdsForAnotherStoreAreIgnored();
    void chainTellsPoolsApart();
    void appendRepeated();
    void numberCacheGivesInternIds();
};

void TestBatchRemapper::storeIdsGiveTheSameStore()
{
    std::vector<LogBatch> plain = batches();
    std::vector<LogBatch> annotated = batches();
    BatchRemapper remapper;
    for (LogBatch &b : annotated)
        remapper.annotate(b);
    for (const LogBatch &b : annotated) {
        for (const LogBatch::Column &c : b.columns)
            QVERIFY(c.storeIds.valid);
    }
    LogStore a;
    LogStore b;
    for (const LogBatch &batch : plain)
        a.append(batch);
    for (const LogBatch &batch : annotated)
        b.append(batch);
    QCOMPARE(b.rowCount(), size_t(12 * 150));
    QCOMPARE(b.columnCount(), size_t(17));
    QCOMPARE(dump(b), dump(a));
}

void TestBatchRemapper::storeIdsForAnotherStoreAreIgnored()
{
    // The hints were made for an empty store; this one already holds other strings.
    std::vector<LogBatch> annotated = batches();
    BatchRemapper remapper;
    for (LogBatch &b : annotated)
        remapper.annotate(b);
    std::vector<LogBatch> plain = batches();

    LogStore a;
    LogStore b;
    const std::vector<LogBatch> first = batches();
    a.append(first.back());
    b.append(first.back());
    for (size_t i = 0; i < plain.size(); ++i) {
        a.append(plain[i]);
        b.append(annotated[i]);
    }
    QCOMPARE(dump(b), dump(a));

    // A store whose pools have as many strings as the hints expect, but other ones: only the
    // fingerprint tells them apart. `other` is the first batch with every string changed.
    LogStore c;
    LogStore d;
    LogBatch other = batches().front();
    for (LogBatch::Column &column : other.columns) {
        StringPool renamed;
        for (uint32_t id = 1; id < column.pool.size(); ++id)
            renamed.intern(std::string(column.pool.view(id)) + "x");
        column.pool = renamed;
    }
    c.append(other);
    d.append(other);
    std::vector<LogBatch> again = batches();
    std::vector<LogBatch> againAnnotated = batches();
    BatchRemapper fresh;
    for (LogBatch &batch : againAnnotated)
        fresh.annotate(batch);
    // The hints of the second batch assume the store holds the first batch's strings.
    c.append(again[1]);
    d.append(againAnnotated[1]);
    QCOMPARE(dump(d), dump(c));
}

void TestBatchRemapper::chainTellsPoolsApart()
{
    StringPool a;
    StringPool b;
    StringPool c;
    for (const char *s : {"GET", "POST", "HEAD"}) {
        a.intern(s);
        b.intern(s);
    }
    for (const char *s : {"POST", "GET", "HEAD"})
        c.intern(s);
    QCOMPARE(a.chain(), b.chain());
    QVERIFY(a.chain() != c.chain());
    a.intern("GET"); // known: nothing added, the chain stays
    QCOMPARE(a.chain(), b.chain());
    a.intern("PUT");
    QVERIFY(a.chain() != b.chain());
    a.clear();
    QCOMPARE(a.chain(), StringPool().chain());
}

void TestBatchRemapper::appendRepeated()
{
    IdColumn column;
    column.appendRepeated(0, 3);
    column.appendRepeated(7, 2);
    column.appendRepeated(70000, 2); // widens to 4 bytes
    QCOMPARE(column.size(), size_t(7));
    QCOMPARE(column.width(), 4u);
    const uint32_t expected[] = {0, 0, 0, 7, 7, 70000, 70000};
    for (size_t r = 0; r < 7; ++r)
        QCOMPARE(column.at(r), expected[r]);
}

void TestBatchRemapper::numberCacheGivesInternIds()
{
    // Enough distinct values to switch the table on, then texts that only look like numbers.
    StringPool plain;
    StringPool cached;
    NumberIdCache cache;
    std::vector<std::string> texts;
    for (int i = 0; i < 9000; ++i)
        texts.push_back(std::to_string((i * 7919) % 70000));
    for (const char *odd : {"0", "00", "007", "65535", "65536", "99999", "123456", "-", "", "12a",
                            " 1", "+1", "-1", "1.0", "443", "443"})
        texts.emplace_back(odd);
    for (int round = 0; round < 2; ++round) {
        for (const std::string &t : texts)
            QCOMPARE(cache.intern(cached, t), plain.intern(t));
    }
    QCOMPARE(cached.size(), plain.size());
    QCOMPARE(cached.chain(), plain.chain());
    QVERIFY(cache.memoryBytes() > 0);
}

QTEST_GUILESS_MAIN(TestBatchRemapper)
#include "tst_batchremapper.moc"
