#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// Finds and installs the translations: ours (built in under :/i18n) and Qt's own (qtbase_*.qm
// from the Qt installation), so standard dialogs and --help match the rest of the interface.
class LanguageManager
{
public:
    // One entry of View > Language.
    struct Language
    {
        QString code;       // "de", "fr", ...; empty for "follow the system"
        QString nativeName; // the language's name in that language ("Deutsch")
    };

    // The languages the viewer is translated into, English first (the system entry excluded).
    static QList<Language> languages();
    // The locale used for `code`: the system's for an empty code; otherwise that language with
    // the system's territory where such a locale exists (English in Germany: en_DE).
    static QLocale localeFor(const QString &code);
    // Makes `code` the interface language: sets the default QLocale and installs the
    // translators on the running application, replacing earlier ones. Returns the locale used.
    static QLocale install(const QString &code);
    // The code among languages() that `locale` selects, or "en" when none matches.
    static QString matchingCode(const QLocale &locale);
    // Where the built-in .qm files live.
    static QString catalogueDirectory();
    // Starts the viewer again (in the language now chosen), opening `paths` except the
    // built-in demo log, which opens by default anyway. Call once the window has closed.
    static void restart(const QStringList &paths);
};
