#pragma once

#include "filterstate.h"

#include <QWidget>

class LogFilterModel;
class QComboBox;
class QDockWidget;
class QLabel;
class QMainWindow;
class QTreeView;
class TopValuesModel;

// The Top-N dock: the most frequent client IPs, client networks, URLs, reasons, sites, queues or
// servers among the rows passing the filters (and time window), with counts and shares. A click
// on a value shows only it, Ctrl+click hides it (both as filter steps that can be undone).
class TopValuesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TopValuesPanel(LogFilterModel *filter, QWidget *parent = nullptr);

    TopValuesModel *model() const { return m_model; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QTreeView *view() const { return m_view; }
    // Puts the panel in a dock of `window` (right, hidden until asked for); it counts only
    // while the dock is shown.
    QDockWidget *addDockTo(QMainWindow *window);
    // The filter criterion a value of the shown dimension feeds.
    FilterField filterField() const;
    // What clicking `row` asks for (also what a click with `exclude` = Ctrl held does).
    void activate(int row, bool exclude);

Q_SIGNALS:
    void filterRequested(FilterField field, const QString &value, bool exclude);

private:
    void updateSummary();

    TopValuesModel *m_model;
    QComboBox *m_dimension;
    QLabel *m_summary;
    QTreeView *m_view;
};
