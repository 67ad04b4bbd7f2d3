#include "topvaluespanel.h"

#include "topvaluesmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QTreeView>
#include <QVBoxLayout>

TopValuesPanel::TopValuesPanel(LogFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(new TopValuesModel(filter, this))
    , m_dimension(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("topValuesPanel"));
    for (int d = 0; d < TopCounter::DimensionCount; ++d)
        m_dimension->addItem(TopValuesModel::dimensionName(TopCounter::Dimension(d)), d);
    m_dimension->setObjectName(QStringLiteral("topDimension"));
    // Its longest choice in some languages must not widen the dock area either.
    m_dimension->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dimension->setMinimumContentsLength(12);
    m_summary->setEnabled(false); // muted
    // Wrapped, and no say in the dock's width: a longer count must not widen the dock area
    // (and the Explanation panel above) as the filters change.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TopValuesModel::ValueColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TopValuesModel::RowsColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TopValuesModel::ShareColumn,
                                           QHeaderView::ResizeToContents);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 0);
    top->addWidget(new QLabel(tr("Top:"), this));
    top->addWidget(m_dimension, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setDimension(TopCounter::Dimension(m_dimension->itemData(index).toInt()));
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        activate(index.row(), QApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    connect(m_model, &TopValuesModel::updated, this, &TopValuesPanel::updateSummary);
    updateSummary();
}

QDockWidget *TopValuesPanel::addDockTo(QMainWindow *window)
{
    auto *dock = new QDockWidget(tr("Top Values"), window);
    dock->setObjectName(QStringLiteral("topValuesDock")); // where saveState() keeps its place
    dock->setWidget(this);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    // Opened by the user: a third of the height beside the table, so the Explanation panel
    // above keeps room for a spike's verdict and counts.
    connect(dock->toggleViewAction(), &QAction::triggered, dock, [window, dock](bool shown) {
        const QWidget *middle = window->centralWidget();
        if (shown)
            window->resizeDocks({dock}, {(middle ? middle->height() : window->height()) / 3},
                                Qt::Vertical);
    });
    connect(dock, &QDockWidget::visibilityChanged, m_model, &TopValuesModel::setActive);
    return dock;
}

FilterField TopValuesPanel::filterField() const
{
    switch (m_model->dimension()) {
    case TopCounter::Dimension::ClientIp:
    case TopCounter::Dimension::ClientNetwork:
        return FilterField::ClientIp;
    case TopCounter::Dimension::Url:
        return FilterField::Url;
    case TopCounter::Dimension::Reason:
        return FilterField::Reason;
    case TopCounter::Dimension::Site:
        return FilterField::Site;
    case TopCounter::Dimension::Queue:
        return FilterField::Queue;
    case TopCounter::Dimension::Server:
        break;
    }
    return FilterField::Server;
}

void TopValuesPanel::activate(int row, bool exclude)
{
    const QModelIndex index = m_model->index(row, TopValuesModel::ValueColumn);
    if (index.isValid())
        Q_EMIT filterRequested(filterField(), index.data().toString(), exclude);
}

void TopValuesPanel::updateSummary()
{
    m_summary->setText(tr("%1 distinct among %2 rows passing the filters")
                           .arg(QLocale().toString(qulonglong(m_model->distinct())),
                                QLocale().toString(qulonglong(m_model->countedRows()))));
}
