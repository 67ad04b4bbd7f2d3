#include "logtableview.h"

#include <QFontMetrics>
#include <QHeaderView>

LogTableView::LogTableView(QWidget *parent)
    : QTableView(parent)
{
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
}

void LogTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_sized = false;
    if (model) {
        // New columns (a later file with more fields) get a sensible width as they appear.
        connect(model, &QAbstractItemModel::columnsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    for (int c = first; c <= last; ++c)
                        setColumnWidth(c, widthForHeader(c));
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { sizeColumnsToFit(); });
    }
}

int LogTableView::widthForHeader(int column) const
{
    const QFontMetrics fm(font());
    const QString title = model()->headerData(column, Qt::Horizontal).toString();
    const QString tip = model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    // Sample texts stand for each kind of content; measuring millions of rows is not an option.
    QString sample = QStringLiteral("00000");
    if (tip == QLatin1String("c-ip") || tip == QLatin1String("s-ip"))
        sample = QStringLiteral("2001:db8:0:10::5%0__");
    else if (tip == QLatin1String("cs-uri"))
        sample = QString(40, QLatin1Char('m'));
    else if (tip == QLatin1String("s-reason"))
        sample = QStringLiteral("Timer_MinBytesPerSecond_");
    else if (tip == QLatin1String("s-queuename"))
        sample = QStringLiteral("DefaultAppPool__");
    else if (tip == QLatin1String("cs-version"))
        sample = QStringLiteral("HTTP/1.1__");
    else if (tip == QLatin1String("cs-method"))
        sample = QStringLiteral("OPTIONS_");
    else if (column == 0)
        sample = QStringLiteral("0000-00-00 00:00:00__");
    else if (title == tr("File"))
        sample = QStringLiteral("httperr1000.log__");
    return std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 24);
}

void LogTableView::sizeColumnsToFit()
{
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c)
        setColumnWidth(c, widthForHeader(c));
    m_sized = true;
}
