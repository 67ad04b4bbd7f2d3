#pragma once

#include <QToolButton>

class QTreeView;
class ReasonListModel;

// The reason part of the filter bar: a button naming what is shown ("All reasons",
// "3 of 12 reasons") that opens a checkable list of reasons with their row counts under the
// other filters, plus All / None and "Only this" (double-click or context menu).
class ReasonPicker : public QToolButton
{
    Q_OBJECT
public:
    explicit ReasonPicker(QWidget *parent = nullptr);

    void setModel(ReasonListModel *model);
    // Room for the menu arrow, which the style draws over the end of the text otherwise.
    QSize sizeHint() const override;

private:
    QWidget *createPopup();
    void showItemMenu(const QPoint &pos);
    void updateText();

    ReasonListModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
};
