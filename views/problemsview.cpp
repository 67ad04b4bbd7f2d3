#include "problemsview.h"

#include <QHeaderView>

ProblemsView::ProblemsView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("problemsView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void ProblemsView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const QFontMetrics fm(font());
    setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("Malformed____")));
    setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("httperr1000.log____")));
    setColumnWidth(2, fm.horizontalAdvance(QStringLiteral("10000000__")));
    setColumnWidth(3, fm.horizontalAdvance(QString(44, QLatin1Char('m'))));
}
