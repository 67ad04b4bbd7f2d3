#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class RequestFilterBar;
class RequestTableModel;

// The Requests tab's page: its filter bar, how many requests it shows, and the table of
// access-log rows (fixed row heights, sorting once the load is done); a hint in its place
// while no access log is loaded.
class RequestsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsPanel(RequestTableModel *model, QWidget *parent = nullptr);

    RequestFilterBar *filterBar() const { return m_filterBar; }
    QTableView *view() const { return m_view; }
    // The text shown when no access log is loaded.
    static QString noAccessLogsText();

private:
    void updateCount();
    void updatePage();
    void sizeColumns();

    RequestTableModel *m_model;
    RequestFilterBar *m_filterBar;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_hint;
    QStackedWidget *m_pages;
};
