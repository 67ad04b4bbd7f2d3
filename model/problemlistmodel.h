#pragma once

#include "logproblem.h"

#include <QAbstractTableModel>

#include <vector>

// The Problems list: malformed lines and file errors, with file, line, message and raw text.
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, FileColumn, LineColumn, MessageColumn, RawColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit ProblemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void append(const std::vector<LogProblem> &problems);
    void append(const LogProblem &problem);
    const LogProblem &problem(int row) const { return m_problems[size_t(row)]; }
    // Problems that are errors or warnings (notes excluded).
    int errorCount() const { return m_errors; }

private:
    std::vector<LogProblem> m_problems;
    int m_errors = 0;
};
