#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "logtableview.h"

#include <QHeaderView>
#include <QtTest>

namespace {
// Columns named by key, added one at a time as LogTableModel adds them while files load.
class KeyedModel : public QAbstractTableModel
{
public:
    explicit KeyedModel(const QStringList &keys)
        : m_keys(keys)
    {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_keys.size());
    }
    QVariant data(const QModelIndex &, int) const override { return {}; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == LogTableModel::ColumnKeyRole)
            return m_keys.at(section);
        if (role == Qt::DisplayRole)
            return m_keys.at(section).toUpper();
        return {};
    }
    void insertKey(int at, const QString &key)
    {
        beginInsertColumns({}, at, at);
        m_keys.insert(at, key);
        endInsertColumns();
    }

private:
    QStringList m_keys;
};
} // namespace

// The table remembers columns by key: order, widths and visibility survive a save and restore,
// a model with other columns, and a reset.
class TestLogTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresOrderWidthsAndVisibility();
    void keepsColumnsTheModelLacks();
    void newColumnsGetRememberedPlace();
    void resetColumns();
    void neverHidesEveryColumn();
    void serverColumnFollowsServers();

private:
    static QStringList visualKeys(const LogTableView &view);
    static QVariantMap entry(const QString &key, int width, bool hidden);
};

QStringList TestLogTableView::visualKeys(const LogTableView &view)
{
    QStringList keys;
    const QHeaderView *header = view.horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        keys.append(
            view.model()->headerData(c, Qt::Horizontal, LogTableModel::ColumnKeyRole).toString()
            + (header->isSectionHidden(c) ? QStringLiteral("(hidden)") : QString()));
    }
    return keys;
}

QVariantMap TestLogTableView::entry(const QString &key, int width, bool hidden)
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("width"), width},
            {QStringLiteral("hidden"), hidden}};
}

void TestLogTableView::restoresOrderWidthsAndVisibility()
{
    KeyedModel model({QStringLiteral("time"), QStringLiteral("s-reason"), QStringLiteral("c-ip")});
    LogTableView view;
    view.setModel(&model);
    view.horizontalHeader()->moveSection(2, 0);
    view.setColumnWidth(1, 222);
    view.setColumnHidden(0, true);
    QCOMPARE(visualKeys(view), (QStringList{QStringLiteral("c-ip"), QStringLiteral("time(hidden)"),
                                            QStringLiteral("s-reason")}));
    const QVariantList saved = view.columnLayout();

    LogTableView restored;
    restored.setColumnLayout(saved);
    restored.setModel(&model);
    QCOMPARE(visualKeys(restored), visualKeys(view));
    QCOMPARE(restored.columnWidth(1), 222);
    QCOMPARE(restored.columnLayout(), saved);
}

void TestLogTableView::keepsColumnsTheModelLacks()
{
    KeyedModel model({QStringLiteral("time"), QStringLiteral("c-ip")});
    LogTableView view;
    view.setColumnLayout({entry(QStringLiteral("c-ip"), 90, false),
                          entry(QStringLiteral("cs(cookie)"), 70, true),
                          entry(QStringLiteral("time"), 150, false)});
    view.setModel(&model);
    QCOMPARE(visualKeys(view), (QStringList{QStringLiteral("c-ip"), QStringLiteral("time")}));
    const QVariantList layout = view.columnLayout();
    QCOMPARE(layout.size(), 3);
    QCOMPARE(layout.at(1).toMap(), entry(QStringLiteral("cs(cookie)"), 70, true));
}

void TestLogTableView::newColumnsGetRememberedPlace()
{
    KeyedModel model({QStringLiteral("time"), QStringLiteral("file")});
    LogTableView view;
    view.setColumnLayout({entry(QStringLiteral("file"), 120, false),
                          entry(QStringLiteral("s-reason"), 200, false),
                          entry(QStringLiteral("time"), 150, false)});
    view.setModel(&model);
    QCOMPARE(visualKeys(view), (QStringList{QStringLiteral("file"), QStringLiteral("time")}));

    // Columns arrive as files with more fields load. A remembered one takes its remembered
    // place; an unknown one stays where the header put it (its logical position).
    model.insertKey(1, QStringLiteral("s-reason"));
    QCOMPARE(visualKeys(view), (QStringList{QStringLiteral("file"), QStringLiteral("s-reason"),
                                            QStringLiteral("time")}));
    model.insertKey(2, QStringLiteral("c-ip"));
    QCOMPARE(visualKeys(view), (QStringList{QStringLiteral("file"), QStringLiteral("s-reason"),
                                            QStringLiteral("c-ip"), QStringLiteral("time")}));
    QCOMPARE(view.columnWidth(1), 200);
}

void TestLogTableView::resetColumns()
{
    KeyedModel model({QStringLiteral("time"), QStringLiteral("s-reason"), QStringLiteral("c-ip")});
    LogTableView view;
    view.setColumnLayout(
        {entry(QStringLiteral("c-ip"), 90, true), entry(QStringLiteral("time"), 150, false)});
    view.setModel(&model);
    view.resetColumns();
    QCOMPARE(visualKeys(view), (QStringList{QStringLiteral("time"), QStringLiteral("s-reason"),
                                            QStringLiteral("c-ip")}));
    QCOMPARE(view.columnLayout().size(), 3);
}

void TestLogTableView::neverHidesEveryColumn()
{
    KeyedModel model({QStringLiteral("time"), QStringLiteral("c-ip")});
    LogTableView view;
    view.setColumnLayout(
        {entry(QStringLiteral("time"), 150, true), entry(QStringLiteral("c-ip"), 90, true)});
    view.setModel(&model);
    QCOMPARE(view.horizontalHeader()->hiddenSectionCount(), 1);
}

void TestLogTableView::serverColumnFollowsServers()
{
    LogTableModel table;
    LogFilterModel proxy;
    proxy.setSourceModel(&table);
    LogTableView view;
    view.setModel(&proxy);
    const int server = table.serverColumn();
    const LogFileSet two =
        LogFileSet::build({QStringLiteral("/farm")}, {QStringLiteral("/farm/WEB01/httperr1.log"),
                                                      QStringLiteral("/farm/WEB02/httperr1.log")});
    const LogFileSet one = LogFileSet::fromFiles({QStringLiteral("/farm/WEB01/httperr1.log")});
    // Shown by default exactly while there are two or more servers.
    QVERIFY(view.isColumnHidden(server));
    table.setFileSet(two);
    QVERIFY(!view.isColumnHidden(server));
    QVERIFY(view.columnWidth(server) > 0);
    table.setFileSet(one);
    QVERIFY(view.isColumnHidden(server));
    // A remembered hidden state without a choice of the user's yields to the default...
    QVariantMap hidden = entry(QStringLiteral("server"), 80, true);
    view.setColumnLayout({hidden});
    table.setFileSet(two);
    QVERIFY(!view.isColumnHidden(server));
    // ...one the user chose stays, whatever the files.
    hidden.insert(QStringLiteral("chosen"), true);
    view.setColumnLayout({hidden});
    QVERIFY(view.isColumnHidden(server));
    QVariantMap shown = entry(QStringLiteral("server"), 80, false);
    shown.insert(QStringLiteral("chosen"), true);
    view.setColumnLayout({shown});
    table.setFileSet(one);
    QVERIFY(!view.isColumnHidden(server));
    // The choice is remembered with the layout.
    bool chosen = false;
    for (const QVariant &e : view.columnLayout()) {
        if (e.toMap().value(QStringLiteral("key")) == QStringLiteral("server"))
            chosen = e.toMap().value(QStringLiteral("chosen")).toBool();
    }
    QVERIFY(chosen);
}

QTEST_MAIN(TestLogTableView)
#include "tst_logtableview.moc"
