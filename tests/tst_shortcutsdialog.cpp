#include "reportcontroller.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QtTest>

// The shortcuts list is made from the window's actions, so it lists what exists, in menu order.
class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void entriesFollowMenus();
    void dialogShowsEveryEntry();
    void reportKeysAreNotReloads_data();
    void reportKeysAreNotReloads();

private:
    static void buildWindow(QMainWindow &window);
};

void TestShortcutsDialog::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("accelerator") << QStringLiteral("&Open Files…") << QStringLiteral("Open Files…");
    QTest::newRow("inner accelerator")
        << QStringLiteral("Open &Folder…") << QStringLiteral("Open Folder…");
    QTest::newRow("literal ampersand")
        << QStringLiteral("Copy && &Paste") << QStringLiteral("Copy & Paste");
    QTest::newRow("Japanese style")
        << QStringLiteral("ファイルを開く(&O)…") << QStringLiteral("ファイルを開く…");
    QTest::newRow("none") << QStringLiteral("Quit") << QStringLiteral("Quit");
}

void TestShortcutsDialog::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(ShortcutsDialog::plainText(text), plain);
}

void TestShortcutsDialog::buildWindow(QMainWindow &window)
{
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open…"))->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(QStringLiteral("Open &Recent"));
    recent->addAction(QStringLiteral("/logs/httperr1.log"));
    recent->addAction(QStringLiteral("&Clear"))
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    QAction *hidden = file->addAction(QStringLiteral("Hidden"));
    hidden->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    hidden->setVisible(false);
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"))->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q")));
    QMenu *help = window.menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(QStringLiteral("&About"));

    // An action outside the menus, on a widget: still listed.
    auto *edit = new QLineEdit(&window);
    window.setCentralWidget(edit);
    auto *find = new QAction(QStringLiteral("&Find"), edit);
    find->setShortcuts({QKeySequence(QStringLiteral("Ctrl+F")), QKeySequence(Qt::Key_F3)});
    edit->addAction(find);
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), &window);
    cancel->setWhatsThis(QStringLiteral("Cancel loading"));
    new QShortcut(QKeySequence(Qt::Key_F9), &window); // undescribed: not listed
}

void TestShortcutsDialog::entriesFollowMenus()
{
    QMainWindow window;
    buildWindow(window);
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(&window);
    QStringList rows;
    for (const ShortcutsDialog::Entry &e : entries)
        rows.append(e.group + QLatin1Char('|') + e.action + QLatin1Char('|') + e.keys);
    QCOMPARE(rows, (QStringList{
                       QStringLiteral("File|Open…|Ctrl+O"), QStringLiteral("File|Clear|Ctrl+K"),
                       QStringLiteral("File|Quit|Ctrl+Q"), QStringLiteral("Other|Find|Ctrl+F, F3"),
                       QStringLiteral("Other|Cancel loading|Esc")}));
}

void TestShortcutsDialog::dialogShowsEveryEntry()
{
    QMainWindow window;
    buildWindow(window);
    ShortcutsDialog dialog(&window);
    const auto *tree = dialog.findChild<QTreeWidget *>();
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("File"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(1), QStringLiteral("Ctrl+F, F3"));
}

// Reload is QKeySequence::Refresh: F5 on Windows and KDE, Ctrl+R on GNOME, Cmd+R on macOS (Qt
// writes Cmd as Ctrl), both on some desktops. Create Report must take none of them anywhere.
void TestShortcutsDialog::reportKeysAreNotReloads_data()
{
    QTest::addColumn<QList<QKeySequence>>("reloadKeys");
    QTest::newRow("Windows, KDE") << QList<QKeySequence>{QKeySequence(Qt::Key_F5)};
    QTest::newRow("GNOME, macOS") << QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_R)};
    QTest::newRow("this platform") << QKeySequence::keyBindings(QKeySequence::Refresh);
}

void TestShortcutsDialog::reportKeysAreNotReloads()
{
    QFETCH(QList<QKeySequence>, reloadKeys);
    QCOMPARE(ReportController::shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(!reloadKeys.contains(ReportController::shortcut()));
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
