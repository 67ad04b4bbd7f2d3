#include "logtableview.h"

#include "clipboardformatter.h"
#include "logfiltermodel.h"
#include "logsource.h"
#include "logtablemodel.h"
#include "tableselection.h"
#include "timeformat.h"
#include "timeutil.h"
#include "topcounter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace {
const QString KeyEntry = QStringLiteral("key");
const QString WidthEntry = QStringLiteral("width");
const QString HiddenEntry = QStringLiteral("hidden");
// The user showed or hid the column: its default (ShownByDefaultRole) no longer applies.
const QString ChosenEntry = QStringLiteral("chosen");

// Sets a flag for the lifetime of the scope, so header signals caused by our own changes are
// not mistaken for the user's.
class FlagGuard
{
public:
    explicit FlagGuard(bool &flag)
        : m_flag(flag)
        , m_old(flag)
    {
        m_flag = true;
    }
    ~FlagGuard() { m_flag = m_old; }
    FlagGuard(const FlagGuard &) = delete;
    FlagGuard &operator=(const FlagGuard &) = delete;

private:
    bool &m_flag;
    bool m_old;
};

// Long values (URLs) are shortened in menu entries.
QString menuValue(const QString &value)
{
    const QFontMetrics fm(QApplication::font());
    return fm.elidedText(value, Qt::ElideMiddle,
                         fm.horizontalAdvance(QString(40, QLatin1Char('m'))));
}
} // namespace

LogTableView::LogTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("logTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setShowGrid(false);

    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->setMinimumSectionSize(fontMetrics().height() + 2);
    rows->hide();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &LogTableView::showHeaderMenu);
    connect(columns, &QHeaderView::sectionMoved, this, &LogTableView::rememberColumnLayout);
    connect(columns, &QHeaderView::sectionResized, this, &LogTableView::rememberColumnLayout);
    // No section carries a sort indicator until the user clicks one (log order).
    columns->setSortIndicator(-1, Qt::AscendingOrder);

    auto *copy = new QAction(tr("Copy Selected Rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &LogTableView::copySelectedRows);
    addAction(copy);
}

void LogTableView::fitFileColumn()
{
    const auto *filter = qobject_cast<const LogFilterModel *>(model());
    const LogTableModel *table = filter ? filter->tableModel() : nullptr;
    if (!table)
        return;
    const QStringList files = table->store().files();
    const bool archived = std::any_of(files.begin(), files.end(), [](const QString &f) {
        return f.contains(LogSource::separator());
    });
    for (int c = 0; archived && c < table->columnCount(); ++c) {
        if (table->columnInfo(c).kind != LogTableModel::ColumnKind::File)
            continue;
        const int before = columnWidth(c);
        resizeColumnToContents(c); // measures the visible rows only
        setColumnWidth(c, std::clamp(columnWidth(c), before, 480));
    }
}

void LogTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const QString value = index.data().toString();
    const auto *filter = qobject_cast<const LogFilterModel *>(model());
    std::optional<FilterField> field;
    if (filter)
        field = filter->filterFieldOf(index.column());
    // A time cell reads in the zone and locale shown; the filter takes the very second.
    const QString filterValue =
        field == FilterField::Time
            ? TimeUtil::formatIso(index.data(LogTableModel::SortRole).toLongLong())
            : value;

    QMenu menu(this);
    QAction *only = menu.addAction(tr("Show Only “%1”").arg(menuValue(value)));
    QAction *exclude = menu.addAction(tr("Exclude “%1”").arg(menuValue(value)));
    only->setEnabled(field.has_value());
    exclude->setEnabled(field.has_value() && FilterState::canExclude(*field));
    if (field) {
        const FilterField f = *field;
        connect(only, &QAction::triggered, this,
                [this, f, filterValue] { Q_EMIT cellFilterRequested(f, filterValue, false); });
        connect(exclude, &QAction::triggered, this,
                [this, f, filterValue] { Q_EMIT cellFilterRequested(f, filterValue, true); });
        if (f == FilterField::Server)
            menu.addAction(tr("Rename Server “%1”…").arg(menuValue(value)), this,
                           [this, value] { Q_EMIT renameServerRequested(value); });
    }
    addNeighbourActions(menu, index, field);
    menu.addSeparator();
    menu.addAction(tr("Copy"), this, [value] { QGuiApplication::clipboard()->setText(value); });
    QAction *rows = menu.addAction(tr("Copy Selected Rows"), this, &LogTableView::copySelectedRows);
    rows->setShortcut(QKeySequence::Copy);
    rows->setEnabled(selectionModel() && selectionModel()->hasSelection());
    menu.exec(event->globalPos());
}

void LogTableView::addNeighbourActions(QMenu &menu, const QModelIndex &index,
                                       std::optional<FilterField> field)
{
    const QVariant storeRow = index.data(LogTableModel::StoreRowRole);
    const LogStore *store = TableSelection::store(*this);
    if (store && storeRow.isValid()) {
        const int64_t t = store->time(size_t(storeRow.toULongLong()));
        menu.addAction(tr("Rows Around This Time (±5 min)"), this, [this, t] {
            Q_EMIT timeWindowRequested(t - AroundSeconds, t + AroundSeconds);
        });
    }
    if (field != FilterField::ClientIp)
        return;
    const QString network = TopCounter::networkOf(index.data().toString());
    if (network.isEmpty())
        return;
    const QString text =
        network.endsWith(QLatin1String("/24")) ? tr("Same /24 (%1)") : tr("Same /64 (%1)");
    menu.addAction(text.arg(network), this, [this, network] {
        Q_EMIT cellFilterRequested(FilterField::ClientIp, network, false);
    });
}

QString LogTableView::selectedRowsText(int *rowCount, bool *truncated) const
{
    const std::vector<uint32_t> rows = copiedRows(truncated);
    if (rowCount)
        *rowCount = int(rows.size());
    const ClipboardFormatter formatter = clipboardFormatter();
    if (rows.empty() || !TableSelection::store(*this))
        return {};
    return formatter.tsv(rows);
}

QString LogTableView::selectedRowsHtml() const
{
    const std::vector<uint32_t> rows = copiedRows(nullptr);
    if (rows.empty() || !TableSelection::store(*this))
        return {};
    return clipboardFormatter().html(rows);
}

ClipboardFormatter LogTableView::clipboardFormatter() const
{
    static const LogStore none;
    const LogTableModel *table = TableSelection::tableModel(*this);
    ClipboardFormatter formatter(table ? table->store() : none,
                                 TableSelection::visibleColumns(*this),
                                 TableSelection::visibleTitles(*this));
    if (table)
        formatter.setTimeFormat(table->timeFormat());
    return formatter;
}

std::vector<uint32_t> LogTableView::copiedRows(bool *truncated) const
{
    // Store rows straight from the selection ranges: selectedIndexes() would make one index
    // per selected cell.
    std::vector<uint32_t> rows = TableSelection::storeRows(*this);
    if (truncated)
        *truncated = rows.size() > size_t(MaxCopyRows);
    if (rows.size() > size_t(MaxCopyRows))
        rows.resize(size_t(MaxCopyRows));
    return rows;
}

int LogTableView::copySelectedRows()
{
    int rows = 0;
    bool truncated = false;
    const QString text = selectedRowsText(&rows, &truncated);
    if (rows == 0)
        return 0;
    // Plain text for editors and spreadsheets, an HTML table for mail and tickets.
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setHtml(selectedRowsHtml());
    QGuiApplication::clipboard()->setMimeData(mime);
    const QLocale locale;
    if (truncated)
        Q_EMIT message(tr("Copied the first %1 selected rows (the most copied at once)")
                           .arg(locale.toString(rows)));
    else
        Q_EMIT message(tr("Copied %n row(s)", nullptr, rows));
    return rows;
}

void LogTableView::setModel(QAbstractItemModel *model)
{
    {
        FlagGuard guard(m_applying);
        QTableView::setModel(model);
    }
    if (model) {
        // New columns (a later file with more fields) get a sensible or remembered width as
        // they appear.
        connect(model, &QAbstractItemModel::columnsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    FlagGuard guard(m_applying);
                    for (int c = first; c <= last; ++c)
                        setColumnWidth(c, widthForHeader(c));
                    applyColumnLayout();
                });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_applying = true; });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            sizeColumnsToFit();
            applyColumnLayout();
            m_applying = false;
        });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation) {
                    if (orientation == Qt::Horizontal)
                        applyDefaults();
                });
    }
    sizeColumnsToFit();
    applyColumnLayout();
}

int LogTableView::widthForHeader(int column) const
{
    const QFontMetrics fm(font());
    const QString title = model()->headerData(column, Qt::Horizontal).toString();
    const QString key = columnKey(column);
    // Sample texts stand for each kind of content; measuring millions of rows is not an option.
    QString sample = QStringLiteral("00000");
    if (key == QLatin1String("c-ip") || key == QLatin1String("s-ip"))
        sample = QStringLiteral("2001:db8:0:10::5%0__");
    else if (key == QLatin1String("cs-uri"))
        sample = QString(40, QLatin1Char('m'));
    else if (key == QLatin1String("s-reason"))
        sample = QStringLiteral("Timer_MinBytesPerSecond_");
    else if (key == QLatin1String("s-queuename"))
        sample = QStringLiteral("DefaultAppPool__");
    else if (key == QLatin1String("cs-version"))
        sample = QStringLiteral("HTTP/1.1__");
    else if (key == QLatin1String("cs-method"))
        sample = QStringLiteral("OPTIONS_");
    else if (key == QLatin1String("time"))
        sample = TimeFormat(DisplayZone(), locale()).dateTime(1798498738) // 2026-12-28 22:58:58
                 + QStringLiteral("__");
    else if (key == QLatin1String("server"))
        sample = QStringLiteral("WEB-FRONT-01_");
    else if (key == QLatin1String("file"))
        sample = QStringLiteral("httperr1000.log__");
    else if (key == QLatin1String("line"))
        sample = QStringLiteral("10000000_"); // a file that grew past its roll-over size
    return std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 24);
}

QString LogTableView::columnKey(int column) const
{
    const QVariant key = model()->headerData(column, Qt::Horizontal, LogTableModel::ColumnKeyRole);
    if (key.isValid())
        return key.toString();
    // A model without keys: the tooltip (the field id) or the title has to do.
    const QVariant tip = model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole);
    return tip.isValid() ? tip.toString() : model()->headerData(column, Qt::Horizontal).toString();
}

void LogTableView::sizeColumnsToFit()
{
    if (!model())
        return;
    FlagGuard guard(m_applying);
    for (int c = 0; c < model()->columnCount(); ++c)
        setColumnWidth(c, widthForHeader(c));
}

QVariantList LogTableView::columnLayout() const
{
    if (!model())
        return m_layout;
    QHash<QString, QVariantMap> previous;
    for (const QVariant &entry : m_layout) {
        const QVariantMap map = entry.toMap();
        previous.insert(map.value(KeyEntry).toString(), map);
    }
    const QHeaderView *header = horizontalHeader();
    QVariantList layout;
    QStringList present;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        const QString key = columnKey(c);
        const bool hidden = header->isSectionHidden(c);
        // A hidden section reports no width: keep the one it had.
        const int width = hidden ? previous.value(key).value(WidthEntry, widthForHeader(c)).toInt()
                                 : header->sectionSize(c);
        QVariantMap entry{{KeyEntry, key}, {WidthEntry, width}, {HiddenEntry, hidden}};
        if (previous.value(key).value(ChosenEntry).toBool())
            entry.insert(ChosenEntry, true);
        layout.append(entry);
        present.append(key);
    }
    // Columns the current files lack keep their settings, placed after their old neighbour.
    QString before;
    for (const QVariant &entry : m_layout) {
        const QString key = entry.toMap().value(KeyEntry).toString();
        if (!present.contains(key)) {
            const int at = before.isEmpty() ? -1 : present.indexOf(before);
            layout.insert(at + 1, entry);
            present.insert(at + 1, key);
        }
        before = key;
    }
    return layout;
}

void LogTableView::setColumnLayout(const QVariantList &layout)
{
    m_layout = layout;
    applyColumnLayout();
}

void LogTableView::resetColumns()
{
    m_layout.clear();
    if (!model())
        return;
    FlagGuard guard(m_applying);
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        header->moveSection(header->visualIndex(c), c);
        header->setSectionHidden(c, false);
    }
    sizeColumnsToFit();
    applyDefaults();
}

void LogTableView::applyDefaults()
{
    if (!model())
        return;
    FlagGuard guard(m_applying);
    QSet<QString> chosen;
    for (const QVariant &entry : std::as_const(m_layout)) {
        const QVariantMap map = entry.toMap();
        if (map.value(ChosenEntry).toBool())
            chosen.insert(map.value(KeyEntry).toString());
    }
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        const QVariant shown =
            model()->headerData(c, Qt::Horizontal, LogTableModel::ShownByDefaultRole);
        if (!shown.isValid() || chosen.contains(columnKey(c))
            || header->isSectionHidden(c) == !shown.toBool())
            continue;
        header->setSectionHidden(c, !shown.toBool());
        if (shown.toBool() && columnWidth(c) <= 0)
            setColumnWidth(c, widthForHeader(c));
    }
}

void LogTableView::applyColumnLayout()
{
    if (model() && m_layout.isEmpty())
        applyDefaults();
    if (!model() || m_layout.isEmpty())
        return;
    FlagGuard guard(m_applying);
    QHash<QString, int> rank;
    QHash<QString, QVariantMap> entries;
    for (int i = 0; i < m_layout.size(); ++i) {
        const QVariantMap map = m_layout.at(i).toMap();
        rank.insert(map.value(KeyEntry).toString(), i);
        entries.insert(map.value(KeyEntry).toString(), map);
    }
    QHeaderView *header = horizontalHeader();
    // Remembered columns take the places remembered columns have now, in remembered order;
    // new columns stay where the model put them.
    QList<int> order;
    QList<int> places;
    QList<int> known;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        order.append(c);
        if (rank.contains(columnKey(c))) {
            places.append(v);
            known.append(c);
        }
    }
    std::stable_sort(known.begin(), known.end(), [&](int a, int b) {
        return rank.value(columnKey(a)) < rank.value(columnKey(b));
    });
    for (int i = 0; i < places.size(); ++i)
        order[places.at(i)] = known.at(i);
    for (int v = 0; v < order.size(); ++v)
        header->moveSection(header->visualIndex(order.at(v)), v);

    for (int c : std::as_const(known)) {
        const QVariantMap entry = entries.value(columnKey(c));
        const int width = entry.value(WidthEntry).toInt();
        if (width > 0)
            header->resizeSection(c, width);
        header->setSectionHidden(c, entry.value(HiddenEntry).toBool());
    }
    if (header->hiddenSectionCount() == header->count() && header->count() > 0)
        header->setSectionHidden(header->logicalIndex(0), false);
    applyDefaults();
}

void LogTableView::rememberColumnLayout()
{
    if (!m_applying)
        m_layout = columnLayout();
}

void LogTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    const QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    const int visible = header->count() - header->hiddenSectionCount();
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        QAction *action = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The last visible column stays: a table without columns cannot be right-clicked back.
        action->setEnabled(header->isSectionHidden(c) || visible > 1);
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &LogTableView::resetColumns);
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void LogTableView::setColumnShown(int column, bool shown)
{
    m_layout = columnLayout();
    horizontalHeader()->setSectionHidden(column, !shown);
    if (shown && columnWidth(column) <= 0)
        setColumnWidth(column, widthForHeader(column));
    m_layout = columnLayout();
    const QString key = columnKey(column);
    for (QVariant &entry : m_layout) {
        QVariantMap map = entry.toMap();
        if (map.value(KeyEntry).toString() == key) {
            map.insert(ChosenEntry, true);
            entry = map;
        }
    }
}
