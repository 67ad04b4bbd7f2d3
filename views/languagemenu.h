#pragma once

#include <QMenu>

class QActionGroup;

// View > Language: "System" and each translated language by its own name, one of them checked.
// Picking another one remembers it (AppSettings) and offers to restart, as the new language
// takes effect at the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // Checks the entry for `code` (empty: the system entry).
    void setCurrentLanguage(const QString &code);
    QString currentLanguage() const;

Q_SIGNALS:
    // The user picked another entry; `code` is empty for "follow the system".
    void languageChosen(const QString &code);
    // The user picked another language and asked to restart now.
    void restartRequested();

private:
    void offerRestart(const QString &code);

    QActionGroup *m_group;
};
