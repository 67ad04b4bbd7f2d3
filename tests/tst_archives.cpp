// Zip and gzip logs: streaming devices, archive listings, and what bad archives report.
#include "archivefixture.h"
#include "directloader.h"
#include "gzipdevice.h"
#include "inflatingdevice.h"
#include "logsession.h"
#include "logsource.h"
#include "ziparchive.h"
#include "zipmemberdevice.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ArchiveFixture::Member;
using Code = LogProblem::Code;

namespace {
constexpr qint64 Jan2024 = 1704067200; // 2024-01-01 00:00:00 UTC

// Reads a device to its end in small pieces; returns false on a read error.
bool readAll(QIODevice &device, QByteArray &out)
{
    char buffer[1000];
    for (;;) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        out.append(buffer, n);
    }
}

// Opens and reads a source; `problem` says why it failed.
bool readSource(const LogSource &source, QByteArray &out, LogProblem &problem)
{
    const auto device = source.open(problem);
    if (!device)
        return false;
    if (readAll(*device, out))
        return true;
    const auto *inflating = qobject_cast<const InflatingDevice *>(device.get());
    problem.code = inflating ? inflating->failure() : Code::Unreadable;
    problem.detail = device->errorString();
    return false;
}

QStringList keysOf(const std::vector<LogSource> &sources)
{
    QStringList keys;
    for (const LogSource &s : sources)
        keys << s.key();
    return keys;
}
} // namespace

class TestArchives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        InflatingDevice::setLimits(InflatingDevice::DefaultMaxRatio,
                                   InflatingDevice::DefaultFloorBytes);
    }

    void gzipRoundTrip_data();
    void gzipRoundTrip();
    void gzipDamaged_data();
    void gzipDamaged();
    void gzipBomb();
    void zipListing();
    void zipMembersReadBack();
    void zipMemberOpensAtItsEntry();
    void zipMemberProblems_data();
    void zipMemberProblems();
    void everyMemberAccountedFor();
    void leadsOut_data();
    void leadsOut();
    void tensOfThousandsOfMembers();
    void zipLyingHeaderCannotSlipABomb();
    void notAZip_data();
    void notAZip();
    void loadsGoodMembersOfABadArchive();
    void loadsGzipFile();
    void sessionMergesOverlappingFiles();
    void displayNames_data();
    void displayNames();
};

void TestArchives::gzipRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("members");
    QTest::newRow("small log") << ArchiveFixture::log(Jan2024, 10) << 1;
    QTest::newRow("3 MB log") << ArchiveFixture::log(Jan2024, 30000) << 1;
    QTest::newRow("two concatenated members") << ArchiveFixture::log(Jan2024, 500) << 2;
}

void TestArchives::gzipRoundTrip()
{
    QFETCH(QByteArray, text);
    QFETCH(int, members);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("httperr1.log.gz"));
    QByteArray compressed;
    QByteArray expected;
    for (int i = 0; i < members; ++i) {
        compressed += ArchiveFixture::gzip(text);
        expected += text;
    }
    QVERIFY(ArchiveFixture::writeFile(path, compressed));

    const LogSource source = LogSource::file(path);
    QVERIFY(source.isCompressed());
    QVERIFY(!source.isPlainFile());
    QCOMPARE(source.logName(), QStringLiteral("httperr1.log"));
    // The gzip trailer tells the size of the last member.
    QCOMPARE(source.size(), members == 1 ? qint64(text.size()) : qint64(text.size()));
    QByteArray out;
    LogProblem problem;
    QVERIFY2(readSource(source, out, problem), qPrintable(problem.message()));
    QCOMPARE(out.size(), expected.size());
    QVERIFY(out == expected);
}

void TestArchives::gzipDamaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = ArchiveFixture::gzip(ArchiveFixture::log(Jan2024, 2000));
    QTest::newRow("cut short") << good.left(good.size() / 2);
    QByteArray flipped = good;
    for (qsizetype i = good.size() / 2; i < good.size() / 2 + 8; ++i)
        flipped[i] = char(~flipped[i]);
    QTest::newRow("bytes flipped") << flipped;
    QTest::newRow("not gzip at all") << QByteArray("#Fields: date time\r\n2024-01-01 00:00:00\r\n");
    QTest::newRow("empty file") << QByteArray();
}

void TestArchives::gzipDamaged()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ht240101.log.gz"));
    QVERIFY(ArchiveFixture::writeFile(path, bytes));
    QByteArray out;
    LogProblem problem;
    QVERIFY(!readSource(LogSource::file(path), out, problem));
    QCOMPARE(problem.code, Code::DamagedArchive);
    QVERIFY(!problem.detail.isEmpty());
    QCOMPARE(problem.severity(), LogProblem::Severity::Error);
}

void TestArchives::gzipBomb()
{
    InflatingDevice::setLimits(100, 256 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.log.gz"));
    QVERIFY(
        ArchiveFixture::writeFile(path, ArchiveFixture::gzip(QByteArray(4 * 1024 * 1024, '\n'))));
    QByteArray out;
    LogProblem problem;
    QVERIFY(!readSource(LogSource::file(path), out, problem));
    QCOMPARE(problem.code, Code::TooCompressed);
    // It stopped near the limit, long before the 4 MiB it would have made.
    QVERIFY2(out.size() <= 256 * 1024 + 1000, qPrintable(QString::number(out.size())));
}

void TestArchives::zipListing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("support.zip"));
    const QByteArray log = ArchiveFixture::log(Jan2024, 3);
    QVERIFY(ArchiveFixture::writeZip(
        path, {{QStringLiteral("HTTPERR/httperr10.log"), log},
               {QStringLiteral("HTTPERR/httperr2.log"), log},
               {QStringLiteral("readme.txt"), "notes"},
               {QStringLiteral("HTTPERR/httperr1.log"), log},
               {QStringLiteral("HTTPERR/old/ht231231.log.gz"), ArchiveFixture::gzip(log)},
               {QStringLiteral("HTTPERR/old/ht231230.log"), log},
               {QStringLiteral("HTTPERR/old/"), {}},
               {QStringLiteral("A/httperr1.log"), log}}));
    const ZipArchive::Listing listing = ZipArchive::list(path);
    const QString at = path + LogSource::separator();
    QCOMPARE(keysOf(listing.sources),
             (QStringList{at + QStringLiteral("A/httperr1.log"),
                          at + QStringLiteral("HTTPERR/httperr1.log"),
                          at + QStringLiteral("HTTPERR/httperr2.log"),
                          at + QStringLiteral("HTTPERR/httperr10.log"),
                          at + QStringLiteral("HTTPERR/old/ht231230.log"),
                          at + QStringLiteral("HTTPERR/old/ht231231.log.gz")}));
    QCOMPARE(listing.sources[1].size(), qint64(log.size()));
    QCOMPARE(listing.problems.size(), size_t(1));
    QCOMPARE(listing.problems[0].code, Code::NotALog);
    QCOMPARE(listing.problems[0].path, at + QStringLiteral("readme.txt"));
    QCOMPARE(listing.problems[0].severity(), LogProblem::Severity::Note);
}

void TestArchives::zipMembersReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs.zip"));
    const QByteArray big = ArchiveFixture::log(Jan2024, 20000);
    const QByteArray small = ArchiveFixture::log(Jan2024 + 86400, 5);
    QVERIFY(ArchiveFixture::writeZip(
        path, {{QStringLiteral("big/httperr1.log"), big},
               {QStringLiteral("httperr2.log"), small, {}, true},
               {QStringLiteral("httperr3.log.gz"), ArchiveFixture::gzip(small)}}));
    const ZipArchive::Listing listing = ZipArchive::list(path);
    QCOMPARE(listing.sources.size(), size_t(3));
    QCOMPARE(listing.problems.size(), size_t(0));
    const QList<QByteArray> expected{big, small, small};
    // Natural folder order: "" (the root) before "big".
    const QStringList members{QStringLiteral("httperr2.log"), QStringLiteral("httperr3.log.gz"),
                              QStringLiteral("big/httperr1.log")};
    for (size_t i = 0; i < listing.sources.size(); ++i) {
        QCOMPARE(listing.sources[i].member(), members.at(qsizetype(i)));
        QByteArray out;
        LogProblem problem;
        QVERIFY2(readSource(listing.sources[i], out, problem), qPrintable(problem.message()));
        QCOMPARE(out.size(), (i == 2 ? big : small).size());
        QVERIFY(out == (i == 2 ? big : small));
    }
}

void TestArchives::zipMemberOpensAtItsEntry()
{
    // Each listed member opens at its own directory entry (no search of the directory by
    // name, which made big archives cost the square of their members): an entry that belongs
    // to another member is refused, whatever the name.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("farm.zip"));
    const QByteArray first = ArchiveFixture::log(Jan2024, 2);
    const QByteArray second = ArchiveFixture::log(Jan2024 + 60, 3);
    QVERIFY(ArchiveFixture::writeZip(path, {{QStringLiteral("WEB01/httperr1.log"), first},
                                            {QStringLiteral("WEB02/httperr1.log"), second}}));
    const ZipArchive::Listing listing = ZipArchive::list(path);
    QCOMPARE(listing.sources.size(), size_t(2));
    const std::optional<ZipEntry> a = listing.sources[0].zipEntry();
    const std::optional<ZipEntry> b = listing.sources[1].zipEntry();
    QVERIFY(a && b);
    QCOMPARE(a->number, quint64(0));
    QCOMPARE(b->number, quint64(1));
    QVERIFY(b->directoryOffset > a->directoryOffset);
    QByteArray out;
    LogProblem problem;
    QVERIFY(readSource(listing.sources[1], out, problem));
    QVERIFY(out == second);

    ZipMemberDevice wrong(path, QStringLiteral("WEB02/httperr1.log"), *a);
    QVERIFY(!wrong.open(QIODevice::ReadOnly));
    QCOMPARE(wrong.failure(), Code::DamagedArchive);
    QCOMPARE(wrong.errorString(), QStringLiteral("member not found"));
    // A member named only by its key is still found by name.
    out.clear();
    QVERIFY(readSource(LogSource::fromKey(listing.sources[1].key()), out, problem));
    QVERIFY(out == second);
}

void TestArchives::zipMemberProblems_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("encrypted") << 0 << int(Code::Encrypted);
    QTest::newRow("damaged data") << 1 << int(Code::DamagedArchive);
    QTest::newRow("declared size of a bomb") << 2 << int(Code::TooCompressed);
}

void TestArchives::zipMemberProblems()
{
    QFETCH(int, kind);
    QFETCH(int, code);
    InflatingDevice::setLimits(100, 64 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.zip"));
    const QByteArray good = ArchiveFixture::log(Jan2024, 50);
    Member bad{QStringLiteral("HTTPERR/httperr2.log"), ArchiveFixture::log(Jan2024, 3000)};
    if (kind == 0)
        bad.password = "secret";
    if (kind == 2)
        bad.data = QByteArray(2 * 1024 * 1024, ' ');
    QVERIFY(ArchiveFixture::writeZip(path, {{QStringLiteral("HTTPERR/httperr1.log"), good}, bad}));
    if (kind == 1)
        QVERIFY(ArchiveFixture::damageMember(path, bad.name));

    const ZipArchive::Listing listing = ZipArchive::list(path);
    QCOMPARE(listing.sources.size(), size_t(2));
    QByteArray out;
    LogProblem problem;
    QVERIFY(readSource(listing.sources[0], out, problem));
    QVERIFY(out == good);
    out.clear();
    QVERIFY(!readSource(listing.sources[1], out, problem));
    QCOMPARE(int(problem.code), code);
    QCOMPARE(problem.severity(), LogProblem::Severity::Error);
}

void TestArchives::everyMemberAccountedFor()
{
    // Same names in different folders are read, each as its own server's; a name given twice,
    // or leading out of the archive, is skipped with the reason; an encrypted one is refused
    // (damaged ones: loadsGoodMembersOfABadArchive).
    // Each is named in the problems, and nothing is written next to the archive.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.zip"));
    const QByteArray web01 = ArchiveFixture::log(Jan2024, 2, 1, "ConnLimit");
    const QByteArray web02 = ArchiveFixture::log(Jan2024, 3, 1, "Hostname");
    const QByteArray again = ArchiveFixture::log(Jan2024, 5, 1, "BadRequest");
    QVERIFY(
        ArchiveFixture::writeZip(path, {{QStringLiteral("WEB01/httperr1.log"), web01},
                                        {QStringLiteral("WEB02/httperr1.log"), web02},
                                        {QStringLiteral("WEB01/httperr1.log"), again},
                                        {QStringLiteral("../../evil/httperr1.log"), again},
                                        {QStringLiteral("WEB01/../../httperr7.log"), again},
                                        {QStringLiteral("/etc/httperr2.log"), again},
                                        {QStringLiteral("C:/inetpub/httperr3.log"), again},
                                        {QStringLiteral("WEB03\\LogFiles\\httperr1.log"), web01},
                                        {QStringLiteral("WEB04/httperr1.log"), web02, "secret"}}));

    DirectLoader::Result result;
    DirectLoader::load({path}, result);
    const QString at = path + LogSource::separator();
    QCOMPARE(result.files, (QStringList{at + QStringLiteral("WEB01/httperr1.log"),
                                        at + QStringLiteral("WEB02/httperr1.log"),
                                        at + QStringLiteral("WEB03\\LogFiles\\httperr1.log"),
                                        at + QStringLiteral("WEB04/httperr1.log")}));
    QCOMPARE(result.store.rowCount(), size_t(2 + 3 + 2));
    std::map<QString, int> rowsPerServer;
    std::map<std::string, int> reasons;
    const int reason = result.store.columnOf(LogField::Reason);
    for (size_t r = 0; r < result.store.rowCount(); ++r) {
        ++rowsPerServer[result.store.fileSet().serverName(result.store.serverOf(r))];
        ++reasons[std::string(result.store.text(size_t(reason), r))];
    }
    QCOMPARE(rowsPerServer, (std::map<QString, int>{{QStringLiteral("WEB01"), 2},
                                                    {QStringLiteral("WEB02"), 3},
                                                    {QStringLiteral("WEB03"), 2}}));
    // The first WEB01/httperr1.log was read, not the second of that name.
    QCOMPARE(reasons, (std::map<std::string, int>{{"ConnLimit", 4}, {"Hostname", 3}}));

    QMap<QString, Code> problems;
    for (const LogProblem &p : result.problems)
        problems.insert(p.path.mid(at.size()), p.code);
    const QMap<QString, Code> expected{
        {QStringLiteral("WEB01/httperr1.log"), Code::DuplicateMember},
        {QStringLiteral("../../evil/httperr1.log"), Code::UnsafeName},
        {QStringLiteral("WEB01/../../httperr7.log"), Code::UnsafeName},
        {QStringLiteral("/etc/httperr2.log"), Code::UnsafeName},
        {QStringLiteral("C:/inetpub/httperr3.log"), Code::UnsafeName},
        {QStringLiteral("WEB04/httperr1.log"), Code::Encrypted}};
    QCOMPARE(problems, expected);
    QCOMPARE(result.problems.size(), size_t(6));
    for (const LogProblem &p : result.problems) {
        if (p.code == Code::DuplicateMember)
            QCOMPARE(p.severity(), LogProblem::Severity::Warning);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("bundle.zip")});
}

void TestArchives::leadsOut_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<bool>("out");
    QTest::newRow("plain") << "WEB01/httperr1.log" << false;
    QTest::newRow("dots in a name") << "WEB01/..httperr1.log" << false;
    QTest::newRow("parent") << "../httperr1.log" << true;
    QTest::newRow("parent inside") << "a/../httperr1.log" << true;
    QTest::newRow("parent, backslashes") << "a\\..\\..\\httperr1.log" << true;
    QTest::newRow("absolute") << "/var/log/httperr1.log" << true;
    QTest::newRow("drive") << "D:/logs/httperr1.log" << true;
    QTest::newRow("UNC") << "\\\\server\\share\\httperr1.log" << true;
}

void TestArchives::leadsOut()
{
    QFETCH(QString, member);
    QFETCH(bool, out);
    QCOMPARE(ZipArchive::leadsOut(member), out);
}

void TestArchives::tensOfThousandsOfMembers()
{
    // 20,000 one-row members over four folders: every one is read (one row each, in its
    // server), at its own directory entry.
    constexpr int Members = 20000;
    std::vector<Member> members;
    members.reserve(Members);
    for (int i = 0; i < Members; ++i) {
        members.push_back({QStringLiteral("WEB%1/httperr%2.log").arg(i % 4).arg(i / 4 + 1),
                           ArchiveFixture::log(Jan2024 + i, 1),
                           {},
                           true});
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.zip"));
    QVERIFY(ArchiveFixture::writeZip(path, members));
    DirectLoader::Result result;
    DirectLoader::load({path}, result);
    QCOMPARE(result.files.size(), Members);
    QCOMPARE(result.store.rowCount(), size_t(Members));
    QCOMPARE(result.problems.size(), size_t(0));
    QCOMPARE(result.store.fileSet().serverCount(), 4);
    QCOMPARE(result.store.time(0), Jan2024);
    QCOMPARE(result.store.time(Members - 1), Jan2024 + Members - 1);
}

void TestArchives::zipLyingHeaderCannotSlipABomb()
{
    InflatingDevice::setLimits(100, 64 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liar.zip"));
    const QString member = QStringLiteral("httperr1.log");
    QVERIFY(ArchiveFixture::writeZip(path, {{member, QByteArray(8 * 1024 * 1024, '\n')}}));
    QVERIFY(ArchiveFixture::patchDeclaredSize(path, member, 1000));
    const ZipArchive::Listing listing = ZipArchive::list(path);
    QCOMPARE(listing.sources.size(), size_t(1));
    QCOMPARE(listing.sources[0].size(), qint64(1000));
    QByteArray out;
    LogProblem problem;
    QVERIFY(!readSource(listing.sources[0], out, problem));
    // Reading stops at the declared size, where the checksum gives the lie away.
    QCOMPARE(problem.code, Code::DamagedArchive);
    QCOMPARE(out.size(), 1000);
}

void TestArchives::notAZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("codes");
    QTest::newRow("text named .zip")
        << QByteArray("#Fields: date time\r\n") << QList<int>{int(Code::DamagedArchive)};
    QTest::newRow("empty file") << QByteArray() << QList<int>{int(Code::DamagedArchive)};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.zip"));
    ArchiveFixture::writeZip(path,
                             {{QStringLiteral("a.txt"), "a"}, {QStringLiteral("b/c.png"), "c"}});
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QTest::newRow("no logs inside")
        << file.readAll()
        << QList<int>{int(Code::EmptyArchive), int(Code::NotALog), int(Code::NotALog)};
}

void TestArchives::notAZip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, codes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customer.zip"));
    QVERIFY(ArchiveFixture::writeFile(path, bytes));
    const ZipArchive::Listing listing = ZipArchive::list(path);
    QCOMPARE(listing.sources.size(), size_t(0));
    QList<int> found;
    for (const LogProblem &p : listing.problems)
        found << int(p.code);
    QCOMPARE(found, codes);
    QCOMPARE(listing.problems[0].path, path);
}

void TestArchives::loadsGoodMembersOfABadArchive()
{
    InflatingDevice::setLimits(100, 64 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("support.zip"));
    // A rotated set stored out of order, an older day in a nested folder, a file overlapping
    // the others in time, and one bad member of each kind.
    QVERIFY(ArchiveFixture::writeZip(
        path,
        {{QStringLiteral("HTTPERR/httperr10.log"), ArchiveFixture::log(Jan2024 + 2000, 100, 10)},
         {QStringLiteral("HTTPERR/httperr1.log"), ArchiveFixture::log(Jan2024, 100, 10)},
         {QStringLiteral("HTTPERR/httperr2.log"), ArchiveFixture::log(Jan2024 + 1000, 100, 10)},
         {QStringLiteral("HTTPERR/old/ht231231.log"), ArchiveFixture::log(Jan2024 - 86400, 20)},
         {QStringLiteral("other/overlap.log"), ArchiveFixture::log(Jan2024 + 5, 50, 20)},
         {QStringLiteral("HTTPERR/httperr4.log"), ArchiveFixture::log(Jan2024, 10), "pw"},
         {QStringLiteral("HTTPERR/httperr5.log"), ArchiveFixture::log(Jan2024, 3000)},
         {QStringLiteral("HTTPERR/httperr6.log"), QByteArray(2 * 1024 * 1024, ' ')},
         {QStringLiteral("HTTPERR/binary.log"), QByteArray(3000, '\0')},
         {QStringLiteral("notes.txt"), "customer notes"}}));
    QVERIFY(ArchiveFixture::damageMember(path, QStringLiteral("HTTPERR/httperr5.log")));

    DirectLoader::Result result;
    DirectLoader::load({path}, result);
    const QString at = path + LogSource::separator();
    QCOMPARE(result.files, (QStringList{at + QStringLiteral("HTTPERR/httperr1.log"),
                                        at + QStringLiteral("HTTPERR/httperr2.log"),
                                        at + QStringLiteral("HTTPERR/httperr4.log"),
                                        at + QStringLiteral("HTTPERR/httperr5.log"),
                                        at + QStringLiteral("HTTPERR/httperr6.log"),
                                        at + QStringLiteral("HTTPERR/httperr10.log"),
                                        at + QStringLiteral("HTTPERR/binary.log"),
                                        at + QStringLiteral("HTTPERR/old/ht231231.log"),
                                        at + QStringLiteral("other/overlap.log")}));
    // Every line of the good members, in time order.
    const LogStore &store = result.store;
    std::vector<int> rowsPerFile(size_t(result.files.size()), 0);
    for (size_t r = 0; r < store.rowCount(); ++r) {
        ++rowsPerFile[store.fileIndex(r)];
        if (r > 0)
            QVERIFY(store.time(r - 1) <= store.time(r));
    }
    QCOMPARE(rowsPerFile[0], 100);
    QCOMPARE(rowsPerFile[1], 100);
    QCOMPARE(rowsPerFile[2], 0);
    QCOMPARE(rowsPerFile[4], 0);
    QCOMPARE(rowsPerFile[5], 100);
    QCOMPARE(rowsPerFile[6], 0);
    QCOMPARE(rowsPerFile[7], 20);
    QCOMPARE(rowsPerFile[8], 50);
    QCOMPARE(store.time(0), Jan2024 - 86400);
    QCOMPARE(store.time(store.rowCount() - 1), Jan2024 + 2990);
    QCOMPARE(LogSource::displayName(store.fileName(store.fileIndex(0))),
             QStringLiteral("support.zip") + LogSource::separator()
                 + QStringLiteral("HTTPERR/old/ht231231.log"));

    // One problem per bad member, named by archive and member.
    QMap<QString, Code> problems;
    for (const LogProblem &p : result.problems) {
        if (p.line == 0)
            problems.insert(LogSource::displayName(p.path), p.code);
    }
    const QString zip = QStringLiteral("support.zip") + LogSource::separator();
    const QMap<QString, Code> expected{
        {zip + QStringLiteral("HTTPERR/httperr4.log"), Code::Encrypted},
        {zip + QStringLiteral("HTTPERR/httperr5.log"), Code::DamagedArchive},
        {zip + QStringLiteral("HTTPERR/httperr6.log"), Code::TooCompressed},
        {zip + QStringLiteral("HTTPERR/binary.log"), Code::Binary},
        {zip + QStringLiteral("notes.txt"), Code::NotALog}};
    QCOMPARE(problems, expected);
    for (const LogProblem &p : result.problems) {
        if (p.code == Code::TooCompressed)
            QVERIFY(p.message().contains(QStringLiteral("100 times")));
    }
}

void TestArchives::loadsGzipFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ht240101.log.gz"));
    QVERIFY(
        ArchiveFixture::writeFile(path, ArchiveFixture::gzip(ArchiveFixture::log(Jan2024, 1234))));
    DirectLoader::Result result;
    DirectLoader::load({path}, result);
    QCOMPARE(result.files, QStringList{path});
    QCOMPARE(result.store.rowCount(), size_t(1234));
    QCOMPARE(result.problems.size(), size_t(0));
    QCOMPARE(result.store.line(0), uint32_t(5));
    QCOMPARE(result.store.time(1233), Jan2024 + 1233);
}

void TestArchives::sessionMergesOverlappingFiles()
{
    // Two servers' sets copied into one folder: their times interleave.
    QTemporaryDir dir;
    QVERIFY(ArchiveFixture::writeFile(dir.filePath(QStringLiteral("httperr1.log")),
                                      ArchiveFixture::log(Jan2024, 300, 2)));
    QVERIFY(ArchiveFixture::writeFile(dir.filePath(QStringLiteral("httperr2.log")),
                                      ArchiveFixture::log(Jan2024 + 1, 300, 2)));
    QVERIFY(ArchiveFixture::writeFile(
        dir.filePath(QStringLiteral("httperr3.log.gz")),
        ArchiveFixture::gzip(ArchiveFixture::log(Jan2024 + 100, 10, 60))));
    LogSession session;
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open({dir.path()});
    QVERIFY(finished.wait(20000));
    const LogStore &store = session.tableModel()->store();
    QCOMPARE(store.rowCount(), size_t(610));
    QCOMPARE(session.files().size(), 3);
    for (size_t r = 1; r < store.rowCount(); ++r)
        QVERIFY2(store.time(r - 1) <= store.time(r), qPrintable(QString::number(r)));
    // Equal times keep file order: httperr1's row before httperr3's.
    const auto at = std::lower_bound(store.times().begin(), store.times().end(), Jan2024 + 100);
    const size_t row = size_t(at - store.times().begin());
    QCOMPARE(store.fileIndex(row), 0u);
    QCOMPARE(store.fileIndex(row + 1), 2u);
    QCOMPARE(store.time(row + 1), Jan2024 + 100);
    QCOMPARE(store.time(0), Jan2024);
    QCOMPARE(store.time(store.rowCount() - 1), Jan2024 + 100 + 9 * 60);
}

void TestArchives::displayNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("disk");
    const QString sep = LogSource::separator();
    QTest::newRow("plain") << QStringLiteral("/logs/httperr1.log") << QStringLiteral("httperr1.log")
                           << QStringLiteral("/logs/httperr1.log");
    QTest::newRow("gzip") << QStringLiteral("/logs/ht2401.log.gz")
                          << QStringLiteral("ht2401.log.gz")
                          << QStringLiteral("/logs/ht2401.log.gz");
    QTest::newRow("member") << QStringLiteral("/c/support.zip") + sep
                                   + QStringLiteral("HTTPERR/httperr3.log")
                            << QStringLiteral("support.zip") + sep
                                   + QStringLiteral("HTTPERR/httperr3.log")
                            << QStringLiteral("/c/support.zip");
}

void TestArchives::displayNames()
{
    QFETCH(QString, key);
    QFETCH(QString, display);
    QFETCH(QString, disk);
    QCOMPARE(LogSource::displayName(key), display);
    QCOMPARE(LogSource::diskPath(key), disk);
    QCOMPARE(LogSource::fromKey(key).key(), key);
}

QTEST_GUILESS_MAIN(TestArchives)
#include "tst_archives.moc"
