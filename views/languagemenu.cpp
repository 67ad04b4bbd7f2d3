#include "languagemenu.h"

#include "languagemanager.h"

#include <QActionGroup>

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
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT languageChosen(action->data().toString()); });
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
