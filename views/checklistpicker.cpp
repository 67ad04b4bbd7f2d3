#include "checklistpicker.h"

#include "checklistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

CheckListPicker::CheckListPicker(const QString &listName, QWidget *parent)
    : ElidingToolButton(11, parent) // "Reason: Connection_Abandoned_By_ReqQueue" may be cut
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(createPopup(listName));
    menu->addAction(action);
    setMenu(menu);
}

QWidget *CheckListPicker::createPopup(const QString &listName)
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
    m_search = new QLineEdit(popup);
    m_search->setObjectName(listName + QStringLiteral("Search"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_list = new QTreeView(popup);
    m_list->setObjectName(listName);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setToolTip(tr("Double-click to show only that one"));
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
    connect(m_list, &QWidget::customContextMenuRequested, this, &CheckListPicker::showItemMenu);
    connect(m_search, &QLineEdit::textChanged, this, &CheckListPicker::applySearch);
    return popup;
}

QSize CheckListPicker::sizeHint() const
{
    QSize size = ElidingToolButton::sizeHint();
    size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
    return size;
}

void CheckListPicker::setModel(CheckListModel *model)
{
    m_model = model;
    m_list->setModel(model);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CheckListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CheckListModel::CountColumn, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, &CheckListPicker::updateText);
    connect(model, &QAbstractItemModel::modelReset, this, &CheckListPicker::applySearch);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CheckListPicker::applySearch);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CheckListPicker::applySearch);
    connect(model, &QAbstractItemModel::dataChanged, this, &CheckListPicker::updateText);
    updateText();
}

void CheckListPicker::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        m_list->setRowHidden(
            r, {}, !text.isEmpty() && !m_model->name(r).contains(text, Qt::CaseInsensitive));
}

void CheckListPicker::showItemMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!m_model || !index.isValid())
        return;
    QMenu menu(m_list);
    const int row = index.row();
    menu.addAction(tr("Only “%1”").arg(m_model->name(row)), this,
                   [this, row] { m_model->selectOnly(row); });
    menu.addAction(tr("All"), m_model, &CheckListModel::selectAll);
    menu.addAction(tr("None"), m_model, &CheckListModel::selectNone);
    addItemActions(menu, m_model->name(row));
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void CheckListPicker::updateText()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int checked = m_model ? m_model->checkedCount() : 0;
    QString only;
    for (int r = 0; checked == 1 && r < total; ++r) {
        if (m_model->isChecked(r))
            only = m_model->name(r);
    }
    setText(summary(checked, total, only));
}
