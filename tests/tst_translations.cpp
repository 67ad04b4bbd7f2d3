#include "languagemanager.h"
#include "languagemenu.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <QtTest>

// Each built-in catalogue loads and changes what the user sees; LanguageManager picks the right
// one for a choice and also loads Qt's own.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void catalogueTranslates_data();
    void catalogueTranslates();
    void installChangesVisibleText_data();
    void installChangesVisibleText();
    void englishPlurals();
    void qtOwnTranslationsLoad();
    void matchingCode_data();
    void matchingCode();
    void localeFollowsChoice_data();
    void localeFollowsChoice();
};

void TestTranslations::cleanup()
{
    LanguageManager::install(QStringLiteral("en"));
}

void TestTranslations::catalogueTranslates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("menuTitle");
    QTest::addColumn<QString>("columnTitle");
    QTest::newRow("German") << "de"
                            << "&Sprache"
                            << "Grund";
    QTest::newRow("French") << "fr"
                            << "&Langue"
                            << "Motif";
    QTest::newRow("Japanese") << "ja"
                              << "言語(&L)"
                              << "理由";
}

void TestTranslations::catalogueTranslates()
{
    QFETCH(QString, code);
    QFETCH(QString, menuTitle);
    QFETCH(QString, columnTitle);
    QTranslator translator;
    QVERIFY(
        translator.load(QStringLiteral("httperr_") + code, LanguageManager::catalogueDirectory()));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), QLocale(code).name());
    QCOMPARE(translator.translate("LanguageMenu", "&Language"), menuTitle);
    QCOMPARE(translator.translate("LogFields", "Reason"), columnTitle);
}

void TestTranslations::installChangesVisibleText_data()
{
    catalogueTranslates_data();
}

void TestTranslations::installChangesVisibleText()
{
    QFETCH(QString, code);
    QFETCH(QString, menuTitle);
    LanguageMenu english;
    QCOMPARE(english.title(), QStringLiteral("&Language"));

    LanguageManager::install(code);
    LanguageMenu translated;
    QCOMPARE(translated.title(), menuTitle);
    QCOMPARE(QLocale().language(), QLocale(code).language());
}

void TestTranslations::englishPlurals()
{
    LanguageManager::install(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("StatusBarPanel", "%Ln file(s)", nullptr, 1),
             QStringLiteral("1 file"));
    QCOMPARE(QCoreApplication::translate("StatusBarPanel", "%Ln file(s)", nullptr, 3),
             QStringLiteral("3 files"));
    LanguageManager::install(QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("StatusBarPanel", "%Ln file(s)", nullptr, 1),
             QStringLiteral("1 Datei"));
    QCOMPARE(QCoreApplication::translate("StatusBarPanel", "%Ln file(s)", nullptr, 3),
             QStringLiteral("3 Dateien"));
    // %Ln groups digits the German way.
    QCOMPARE(QCoreApplication::translate("StatusBarPanel", "%Ln row(s)", nullptr, 30063),
             QStringLiteral("30.063 Zeilen"));
}

void TestTranslations::qtOwnTranslationsLoad()
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QDir(qtDir).exists(QStringLiteral("qtbase_de.qm")))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    LanguageManager::install(QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    LanguageManager::install(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslations::matchingCode_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::newRow("German in Austria") << "de_AT"
                                       << "de";
    QTest::newRow("French in Canada") << "fr_CA"
                                      << "fr";
    QTest::newRow("Japanese") << "ja_JP"
                              << "ja";
    QTest::newRow("British English") << "en_GB"
                                     << "en";
    QTest::newRow("Spanish: no catalogue") << "es_ES"
                                           << "en";
    QTest::newRow("C") << "C"
                       << "en";
}

void TestTranslations::matchingCode()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QCOMPARE(LanguageManager::matchingCode(QLocale(locale)), code);
}

void TestTranslations::localeFollowsChoice_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("English") << "en" << QLocale::English;
    QTest::newRow("German") << "de" << QLocale::German;
    QTest::newRow("French") << "fr" << QLocale::French;
    QTest::newRow("Japanese") << "ja" << QLocale::Japanese;
}

void TestTranslations::localeFollowsChoice()
{
    QFETCH(QString, code);
    QFETCH(QLocale::Language, language);
    QCOMPARE(LanguageManager::localeFor(code).language(), language);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
