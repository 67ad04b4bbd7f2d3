#pragma once

#include <QTableView>

// The table of log rows, set up for millions of them: fixed row heights, no per-row sizing,
// column widths computed once from the font rather than measured over the data.
class LogTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LogTableView(QWidget *parent = nullptr);

    // Gives each column a width that suits its kind of content (times, addresses, URLs).
    void sizeColumnsToFit();
    void setModel(QAbstractItemModel *model) override;

private:
    int widthForHeader(int column) const;
    bool m_sized = false;
};
