#pragma once

#include <QTableView>

// Lists malformed lines and file errors: kind, file, line, what was wrong and the raw text.
class ProblemsView : public QTableView
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
};
