#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collectMenu(const QMenu *menu, const QString &group, QList<ShortcutsDialog::Entry> &out,
                 QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        seen.insert(action);
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu()) {
            collectMenu(action->menu(), group, out, seen);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            out.append({group, ShortcutsDialog::plainText(action->text()), keysOf(action)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    QTreeWidgetItem *groupItem = nullptr;
    // Measured from the texts: the view measures only rows it has laid out, none before showing.
    int actionWidth = 0;
    const QFontMetrics metrics(tree->font());
    for (const Entry &entry : entries(window)) {
        actionWidth = std::max(actionWidth, metrics.horizontalAdvance(entry.action));
        if (!groupItem || groupItem->text(0) != entry.group) {
            groupItem = new QTreeWidgetItem(tree, {entry.group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(groupItem, {entry.action, entry.keys});
    }
    tree->expandAll();
    tree->setColumnWidth(0, actionWidth + tree->indentation() + 3 * metrics.averageCharWidth());
    tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(std::max(tree->columnWidth(0) + 24 * fontMetrics().averageCharWidth(),
                    48 * fontMetrics().averageCharWidth()),
           30 * fontMetrics().height());
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget *window)
{
    QList<Entry> out;
    QSet<const QAction *> seen;
    if (const auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (top->menu() && top->isVisible())
                collectMenu(top->menu(), plainText(top->text()), out, seen);
        }
    }
    const QString other = tr("Other");
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty())
            out.append({other, plainText(action->text()), keysOf(action)});
    }
    // QShortcuts have no text; those that describe themselves in whatsThis are listed too.
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (!shortcut->key().isEmpty() && !shortcut->whatsThis().isEmpty())
            out.append(
                {other, shortcut->whatsThis(), shortcut->key().toString(QKeySequence::NativeText)});
    }
    return out;
}

QString ShortcutsDialog::plainText(const QString &text)
{
    static const QRegularExpression cjkAccelerator(QStringLiteral("\\(&[^&]\\)"));
    QString plain = text;
    plain.remove(cjkAccelerator);
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return plain.trimmed();
}
