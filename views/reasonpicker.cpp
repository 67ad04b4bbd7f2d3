#include "reasonpicker.h"

#include "reasonlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

ReasonPicker::ReasonPicker(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("reasonPicker"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("Reasons to show; counts are the rows each reason has with the other filters"));
    auto *menu = new QMenu(this);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(createPopup());
    menu->addAction(action);
    setMenu(menu);
    updateText();
}

QWidget *ReasonPicker::createPopup()
{
    auto *popup = new QWidget(this);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *buttons = new QHBoxLayout;
    auto *all = new QPushButton(tr("All"), popup);
    auto *none = new QPushButton(tr("None"), popup);
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_list = new QTreeView(popup);
    m_list->setObjectName(QStringLiteral("reasonList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setToolTip(tr("Double-click a reason to show only that one"));
    m_list->setMinimumSize(fontMetrics().horizontalAdvance(QString(44, QLatin1Char('m'))),
                           fontMetrics().height() * 16);
    layout->addWidget(m_list);

    connect(all, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->selectAll();
    });
    connect(none, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->selectNone();
    });
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model && index.isValid())
            m_model->selectOnly(index.row());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ReasonPicker::showItemMenu);
    return popup;
}

QSize ReasonPicker::sizeHint() const
{
    QSize size = QToolButton::sizeHint();
    size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
    return size;
}

void ReasonPicker::setModel(ReasonListModel *model)
{
    m_model = model;
    m_list->setModel(model);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReasonListModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReasonListModel::CountColumn, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, &ReasonPicker::updateText);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReasonPicker::updateText);
    updateText();
}

void ReasonPicker::showItemMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!m_model || !index.isValid())
        return;
    QMenu menu(m_list);
    const int row = index.row();
    menu.addAction(tr("Only “%1”").arg(m_model->reason(row)), this,
                   [this, row] { m_model->selectOnly(row); });
    menu.addAction(tr("All"), m_model, &ReasonListModel::selectAll);
    menu.addAction(tr("None"), m_model, &ReasonListModel::selectNone);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ReasonPicker::updateText()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int checked = m_model ? m_model->checkedCount() : 0;
    if (checked == total)
        setText(tr("All reasons"));
    else if (checked == 1) {
        for (int r = 0; r < total; ++r) {
            if (m_model->isChecked(r))
                setText(tr("Reason: %1").arg(m_model->reason(r)));
        }
    } else
        setText(tr("%1 of %2 reasons").arg(checked).arg(total));
}
