#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QProcess>
#include <QTranslator>

namespace {
// The translators installed by the last install(); owned by the application object.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void removeInstalled()
{
    for (QTranslator *translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

// True when the environment sets no real locale for formats (unset, "C" or "POSIX").
bool formatsAreBareC()
{
#ifdef Q_OS_UNIX
    for (const char *name : {"LC_ALL", "LC_NUMERIC", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value == "C" || value.startsWith("C.") || value == "POSIX";
    }
    return true;
#else
    return false;
#endif
}

void installCatalogue(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)
        && QCoreApplication::installTranslator(translator)) {
        installed().append(translator);
        return;
    }
    delete translator;
}
} // namespace

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QString LanguageManager::catalogueDirectory()
{
    return QStringLiteral(":/i18n");
}

QLocale LanguageManager::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty()) {
        // With LANGUAGE=de but LANG=C (a bare container, a minimal session) Qt reports German
        // yet formats numbers and dates the C way; German conventions suit that user better.
        if (formatsAreBareC() && system.language() != QLocale::C)
            return QLocale(system.name());
        return system;
    }
    const QLocale language(code);
    if (language.language() == system.language())
        return system;
    const QLocale withTerritory(language.language(), system.territory());
    return withTerritory.language() == language.language() ? withTerritory : language;
}

QLocale LanguageManager::install(const QString &code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    removeInstalled();
    // English plural forms first, so any language without a catalogue still reads
    // "1 file" and not "1 file(s)"; the chosen language's catalogue then takes precedence.
    installCatalogue(QLocale(QLocale::English), QStringLiteral("httperr"), catalogueDirectory());
    if (matchingCode(locale) != QLatin1String("en")) {
        installCatalogue(locale, QStringLiteral("httperr"), catalogueDirectory());
        installCatalogue(locale, QStringLiteral("qtbase"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return locale;
}

QString LanguageManager::matchingCode(const QLocale &locale)
{
    for (const QString &ui : locale.uiLanguages()) {
        for (const Language &language : languages()) {
            if (QLocale(ui).language() == QLocale(language.code).language())
                return language.code;
        }
    }
    return QStringLiteral("en");
}

void LanguageManager::restart(const QStringList &paths)
{
    QStringList arguments = paths;
    arguments.removeIf([](const QString &path) { return path.startsWith(QLatin1Char(':')); });
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}
