#include "logfileset.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestLogFileSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servers_data();
    void servers();
    void relativePaths_data();
    void relativePaths();
    void serverKeys();
    void rename();
    void rememberedNames();
};

namespace {
const QString Sep = LogFileSet::archiveSeparator();

QStringList serversOfFiles(const LogFileSet &set)
{
    QStringList out;
    for (int f = 0; f < set.fileCount(); ++f)
        out << set.serverName(set.serverOf(uint32_t(f)));
    return out;
}
} // namespace

void TestLogFileSet::servers_data()
{
    QTest::addColumn<QStringList>("opened");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("servers"); // per file
    QTest::addColumn<int>("serverCount");

    QTest::newRow("bundle with a folder per server")
        << QStringList{u"/cases/bundle"_s}
        << QStringList{u"/cases/bundle/WEB01/LogFiles/HTTPERR/httperr1.log"_s,
                       u"/cases/bundle/WEB01/LogFiles/HTTPERR/httperr2.log"_s,
                       u"/cases/bundle/WEB02/LogFiles/HTTPERR/httperr1.log"_s}
        << QStringList{u"WEB01"_s, u"WEB01"_s, u"WEB02"_s} << 2;
    QTest::newRow("server folders opened one by one")
        << QStringList{u"/cases/WEB01"_s, u"/cases/WEB02/"_s}
        << QStringList{u"/cases/WEB01/httperr1.log"_s, u"/cases/WEB02/httperr1.log"_s}
        << QStringList{u"WEB01"_s, u"WEB02"_s} << 2;
    QTest::newRow("HTTPERR folders of two servers")
        << QStringList{u"/cases/srv1/LogFiles/HTTPERR"_s, u"/cases/srv2/LogFiles/HTTPERR"_s}
        << QStringList{u"/cases/srv1/LogFiles/HTTPERR/httperr1.log"_s,
                       u"/cases/srv2/LogFiles/HTTPERR/httperr1.log"_s}
        << QStringList{u"srv1"_s, u"srv2"_s} << 2;
    QTest::newRow("same-named folders")
        << QStringList{u"/cases/a/WEB01"_s, u"/cases/b/WEB01"_s}
        << QStringList{u"/cases/a/WEB01/httperr1.log"_s, u"/cases/b/WEB01/httperr1.log"_s}
        << QStringList{u"a/WEB01"_s, u"b/WEB01"_s} << 2;
    QTest::newRow("one folder") << QStringList{u"/var/logs/WEB07"_s}
                                << QStringList{u"/var/logs/WEB07/httperr1.log"_s,
                                               u"/var/logs/WEB07/httperr2.log"_s}
                                << QStringList{u"WEB07"_s, u"WEB07"_s} << 1;
    QTest::newRow("one HTTPERR folder of a copied server")
        << QStringList{u"/cases/WEB03/LogFiles/HTTPERR"_s}
        << QStringList{u"/cases/WEB03/LogFiles/HTTPERR/httperr1.log"_s} << QStringList{u"WEB03"_s}
        << 1;
    QTest::newRow("the live system's folder")
        << QStringList{u"C:/Windows/System32/LogFiles/HTTPERR"_s}
        << QStringList{u"C:/Windows/System32/LogFiles/HTTPERR/httperr1.log"_s}
        << QStringList{u"HTTPERR"_s} << 1;
    QTest::newRow("files opened one by one")
        << QStringList{u"/cases/WEB01/httperr1.log"_s, u"/cases/WEB02/httperr1.log"_s}
        << QStringList{u"/cases/WEB01/httperr1.log"_s, u"/cases/WEB02/httperr1.log"_s}
        << QStringList{u"WEB01"_s, u"WEB02"_s} << 2;
    QTest::newRow("zip with a folder per server")
        << QStringList{u"/cases/support.zip"_s}
        << QStringList{u"/cases/support.zip"_s + Sep + u"WEB01/LogFiles/HTTPERR/httperr1.log"_s,
                       u"/cases/support.zip"_s + Sep + u"WEB02/LogFiles/HTTPERR/httperr1.log"_s}
        << QStringList{u"WEB01"_s, u"WEB02"_s} << 2;
    QTest::newRow("zip per server")
        << QStringList{u"/cases/WEB01.zip"_s, u"/cases/WEB02.ZIP"_s}
        << QStringList{u"/cases/WEB01.zip"_s + Sep + u"LogFiles/HTTPERR/httperr1.log"_s,
                       u"/cases/WEB02.ZIP"_s + Sep + u"LogFiles/HTTPERR/httperr1.log"_s}
        << QStringList{u"WEB01"_s, u"WEB02"_s} << 2;
    QTest::newRow("one zip, one folder inside")
        << QStringList{u"/cases/support.zip"_s}
        << QStringList{u"/cases/support.zip"_s + Sep + u"HTTPERR/httperr1.log"_s,
                       u"/cases/support.zip"_s + Sep + u"HTTPERR/httperr2.log"_s}
        << QStringList{u"support"_s, u"support"_s} << 1;
    QTest::newRow("backslashes in member names")
        << QStringList{u"/cases/support.zip"_s}
        << QStringList{u"/cases/support.zip"_s + Sep + u"WEB01\\httperr1.log"_s,
                       u"/cases/support.zip"_s + Sep + u"WEB02\\httperr1.log"_s}
        << QStringList{u"WEB01"_s, u"WEB02"_s} << 2;
    QTest::newRow("logs beside server folders")
        << QStringList{u"/cases/bundle"_s}
        << QStringList{u"/cases/bundle/httperr1.log"_s, u"/cases/bundle/WEB02/httperr1.log"_s}
        << QStringList{u"bundle"_s, u"WEB02"_s} << 2;
    QTest::newRow("standard input")
        << QStringList{u"-"_s} << QStringList{u"-"_s} << QStringList{u"stdin"_s} << 1;
    QTest::newRow("a zip and a folder of one name")
        << QStringList{u"/cases/WEB01.zip"_s, u"/cases/WEB01"_s}
        << QStringList{u"/cases/WEB01.zip"_s + Sep + u"httperr1.log"_s,
                       u"/cases/WEB01/httperr1.log"_s}
        << QStringList{u"cases/WEB01"_s, u"cases/WEB01 (2)"_s} << 2;
}

void TestLogFileSet::servers()
{
    QFETCH(QStringList, opened);
    QFETCH(QStringList, files);
    QFETCH(QStringList, servers);
    QFETCH(int, serverCount);
    const LogFileSet set = LogFileSet::build(opened, files);
    QCOMPARE(set.files(), files);
    QCOMPARE(serversOfFiles(set), servers);
    QCOMPARE(set.serverCount(), serverCount);
}

void TestLogFileSet::relativePaths_data()
{
    QTest::addColumn<QStringList>("opened");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("relative");

    QTest::newRow("bundle") << QStringList{u"/cases/bundle"_s}
                            << QStringList{u"/cases/bundle/WEB01/LogFiles/HTTPERR/httperr1.log"_s}
                            << QStringList{u"bundle/WEB01/LogFiles/HTTPERR/httperr1.log"_s};
    QTest::newRow("two folders") << QStringList{u"/cases/a/WEB01"_s, u"/cases/b/WEB01"_s}
                                 << QStringList{u"/cases/a/WEB01/httperr1.log"_s,
                                                u"/cases/b/WEB01/httperr1.log"_s}
                                 << QStringList{u"a/WEB01/httperr1.log"_s,
                                                u"b/WEB01/httperr1.log"_s};
    QTest::newRow("zip") << QStringList{u"/cases/support.zip"_s}
                         << QStringList{u"/cases/support.zip"_s + Sep + u"WEB01/httperr3.log"_s}
                         << QStringList{u"support.zip/WEB01/httperr3.log"_s};
    QTest::newRow("a file") << QStringList{u"/cases/httperr9.log"_s}
                            << QStringList{u"/cases/httperr9.log"_s}
                            << QStringList{u"httperr9.log"_s};
    QTest::newRow("a folder and a file in it")
        << QStringList{u"/cases/bundle"_s, u"/cases/bundle/WEB01/httperr1.log"_s}
        << QStringList{u"/cases/bundle/WEB01/httperr1.log"_s, u"/cases/bundle/WEB02/httperr1.log"_s}
        << QStringList{u"bundle/WEB01/httperr1.log"_s, u"bundle/WEB02/httperr1.log"_s};
    QTest::newRow("standard input")
        << QStringList{u"-"_s} << QStringList{u"-"_s} << QStringList{u"stdin"_s};
    QTest::newRow("not opened (follow found it)")
        << QStringList{} << QStringList{u"/cases/x/httperr1.log"_s, u"/cases/y/httperr1.log"_s}
        << QStringList{u"x/httperr1.log"_s, u"y/httperr1.log"_s};
}

void TestLogFileSet::relativePaths()
{
    QFETCH(QStringList, opened);
    QFETCH(QStringList, files);
    QFETCH(QStringList, relative);
    const LogFileSet set = LogFileSet::build(opened, files);
    QStringList out;
    for (int f = 0; f < set.fileCount(); ++f)
        out << set.relativePath(uint32_t(f));
    QCOMPARE(out, relative);
}

void TestLogFileSet::serverKeys()
{
    const LogFileSet folders = LogFileSet::build(
        {u"/cases/bundle"_s}, {u"/cases/bundle/WEB01/LogFiles/HTTPERR/httperr1.log"_s,
                               u"/cases/bundle/WEB02/LogFiles/HTTPERR/httperr1.log"_s});
    QCOMPARE(folders.serverKey(0), QStringLiteral("/cases/bundle/WEB01"));
    QCOMPARE(folders.serverKey(1), QStringLiteral("/cases/bundle/WEB02"));
    const LogFileSet zip = LogFileSet::build(
        {u"/cases/support.zip"_s}, {u"/cases/support.zip"_s + Sep + u"WEB01/httperr1.log"_s,
                                    u"/cases/support.zip"_s + Sep + u"WEB02/httperr1.log"_s});
    QCOMPARE(zip.serverKey(0), u"/cases/support.zip"_s + Sep + u"WEB01"_s);
    const LogFileSet zips = LogFileSet::build({u"/cases/WEB01.zip"_s, u"/cases/WEB02.zip"_s},
                                              {u"/cases/WEB01.zip"_s + Sep + u"httperr1.log"_s,
                                               u"/cases/WEB02.zip"_s + Sep + u"httperr1.log"_s});
    QCOMPARE(zips.serverKey(1), QStringLiteral("/cases/WEB02.zip"));
    QCOMPARE(zips.serverIdOf(QStringLiteral("web02")), 1);
    QCOMPARE(zips.serverIdOf(QStringLiteral("WEB03")), -1);
}

void TestLogFileSet::rename()
{
    LogFileSet set =
        LogFileSet::build({u"/c/a"_s, u"/c/b"_s, u"/c/d"_s},
                          {u"/c/a/httperr1.log"_s, u"/c/b/httperr1.log"_s, u"/c/d/httperr1.log"_s});
    QVERIFY(set.renameServer(0, QStringLiteral("  Front end ")));
    QCOMPARE(set.serverName(0), QStringLiteral("Front end"));
    QVERIFY(!set.renameServer(1, QStringLiteral("front END"))); // taken
    QVERIFY(!set.renameServer(1, QStringLiteral("   ")));
    QVERIFY(!set.renameServer(7, QStringLiteral("x")));
    QCOMPARE(set.serverNames(), (QStringList{u"Front end"_s, u"b"_s, u"d"_s}));
    QVERIFY(set.renameServer(0, QStringLiteral("front end"))); // its own name, other case
    QCOMPARE(set.serverName(0), QStringLiteral("front end"));
}

void TestLogFileSet::rememberedNames()
{
    LogFileSet set = LogFileSet::build({u"/c/a"_s, u"/c/b"_s}, {u"/c/a/x.log"_s, u"/c/b/x.log"_s});
    set.applyNames(
        {{u"/c/b"_s, u"Backend"_s}, {u"/c/elsewhere"_s, u"Unused"_s}, {u"/c/a"_s, u"backend"_s}});
    // Applied in server order: /c/b would clash with the name /c/a took, so it is skipped.
    QCOMPARE(set.serverNames(), (QStringList{u"backend"_s, u"b"_s}));
}

QTEST_GUILESS_MAIN(TestLogFileSet)
#include "tst_logfileset.moc"
