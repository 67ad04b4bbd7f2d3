#pragma once

#include "elidingtoolbutton.h"

class CheckListModel;
class QMenu;
class QLineEdit;
class QTreeView;

// A filter-bar button naming what one criterion shows ("All reasons", "3 of 12 servers")
// that opens a checkable list of the values with their row counts under the other filters,
// plus All / None and "Only this" (double-click or context menu). Subclasses say the words.
class CheckListPicker : public ElidingToolButton
{
    Q_OBJECT
public:
    void setModel(CheckListModel *model);
    // Room for the menu arrow, which the style draws over the end of the text otherwise.
    QSize sizeHint() const override;

protected:
    CheckListPicker(const QString &listName, QWidget *parent);
    // The button's text for `checked` of `total` values (`only` names the one when checked is
    // 1).
    virtual QString summary(int checked, int total, const QString &only) const = 0;
    // More entries for the context menu of the value in `row`.
    virtual void addItemActions(QMenu &menu, const QString &value)
    {
        Q_UNUSED(menu)
        Q_UNUSED(value)
    }
    void updateText();

    QTreeView *list() const { return m_list; }

private:
    QWidget *createPopup(const QString &listName);
    // Shows only the values whose name contains the search text (case ignored).
    void applySearch();
    void showItemMenu(const QPoint &pos);

    CheckListModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
};
