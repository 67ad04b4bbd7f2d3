#include "languagemenu.h"

#include "appsettings.h"
#include "languagemanager.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    QAction *system = addAction(tr("&System Language"));
    system->setData(QString());
    m_group->addAction(system);
    addSeparator();
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        // Each language is named in itself, so a user lost in a foreign interface finds theirs.
        QAction *action = addAction(language.nativeName);
        action->setData(language.code);
        m_group->addAction(action);
    }
    for (QAction *action : m_group->actions())
        action->setCheckable(true);
    system->setChecked(true);
    setCurrentLanguage(AppSettings().language());
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        Q_EMIT languageChosen(code);
        offerRestart(code);
    });
}

void LanguageMenu::offerRestart(const QString &code)
{
    AppSettings settings;
    if (code == settings.language())
        return;
    settings.setLanguage(code);
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The new language takes effect when HttpErr Viewer starts again."),
                    QMessageBox::NoButton, parentWidget());
    QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == restart)
        Q_EMIT restartRequested();
}

void LanguageMenu::setCurrentLanguage(const QString &code)
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == code)
            action->setChecked(true);
    }
}

QString LanguageMenu::currentLanguage() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}
