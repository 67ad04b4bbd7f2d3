#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// `cmake --install` puts the binary, the launcher entry, the icons and the AppStream metadata
// where desktops look for them, and the files pass the freedesktop validators.
class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installsFile_data();
    void installsFile();
    void installedBinaryRuns_data();
    void installedBinaryRuns();
    void desktopFileValidates();
    void metainfoValidates();

private:
    static QString appId() { return QStringLiteral(HTTPERR_APP_ID); }
    QString run(const QString &program, const QStringList &arguments, int *exitCode);
    QTemporaryDir m_prefix;
};

QString TestInstall::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return process.errorString();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAll());
}

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    int exitCode = 0;
    const QString output = run(QStringLiteral(HTTPERR_CMAKE_COMMAND),
                               {QStringLiteral("--install"), QStringLiteral(HTTPERR_BUILD_DIR),
                                QStringLiteral("--prefix"), m_prefix.path()},
                               &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void TestInstall::installsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("binary") << QStringLiteral("bin/httperr-viewer");
    QTest::newRow("console companion") << QStringLiteral("bin/httperr-viewer-cli");
    QTest::newRow("desktop entry") << QStringLiteral("share/applications/%1.desktop").arg(appId());
    QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId());
    QTest::newRow("scalable icon")
        << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId());
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QTest::addRow("icon %d", size)
            << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId());
    }
}

void TestInstall::installsFile()
{
    QFETCH(QString, path);
    const QFileInfo file(QDir(m_prefix.path()).filePath(path));
    QVERIFY2(file.isFile(), qPrintable(file.filePath()));
    QVERIFY(file.size() > 0);
}

void TestInstall::installedBinaryRuns_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("window program") << QStringLiteral("bin/httperr-viewer");
    QTest::newRow("console companion") << QStringLiteral("bin/httperr-viewer-cli");
}

void TestInstall::installedBinaryRuns()
{
    QFETCH(QString, binary);
    int exitCode = 0;
    const QString output =
        run(QDir(m_prefix.path()).filePath(binary), {QStringLiteral("--version")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(QStringLiteral("httperr-viewer " HTTPERR_VERSION)),
             qPrintable(output));
}

void TestInstall::desktopFileValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    int exitCode = 0;
    const QString output =
        run(tool,
            {QDir(m_prefix.path())
                 .filePath(QStringLiteral("share/applications/%1.desktop").arg(appId()))},
            &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    // Hints are advice, errors and warnings are not.
    QVERIFY2(!output.contains(QStringLiteral("error:"))
                 && !output.contains(QStringLiteral("warning:")),
             qPrintable(output));
}

void TestInstall::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    int exitCode = 0;
    const QString output =
        run(tool,
            {QStringLiteral("validate"), QStringLiteral("--no-net"),
             QDir(m_prefix.path())
                 .filePath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId()))},
            &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
