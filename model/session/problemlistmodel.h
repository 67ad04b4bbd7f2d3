#pragma once

#include "logproblem.h"
#include "problemtally.h"

#include <QAbstractTableModel>

#include <vector>

// The Problems list: malformed lines and file errors, with file, line, message and raw text.
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, FileColumn, LineColumn, MessageColumn, RawColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // the full path of the file concerned
        LineRole,                    // the 1-based line, 0 for file problems
        SortRole,                    // errors before malformed lines before notes; numbers
    };

    explicit ProblemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void append(const std::vector<LogProblem> &problems);
    void append(const LogProblem &problem);
    // Drops the "cut short" notes of file `fileIndex` for lines up to `line`: a followed file's
    // last line was still being written when it was read, and has been read whole since.
    // Returns how many were dropped.
    int dropCutShort(int32_t fileIndex, uint64_t line);
    const LogProblem &problem(int row) const { return m_problems[size_t(row)]; }
    // Problems that are errors or warnings (notes excluded).
    int errorCount() const { return m_errors; }
    // Counts by kind and file, for the summary line.
    const ProblemTally &tally() const { return m_tally; }

private:
    std::vector<LogProblem> m_problems;
    int m_errors = 0;
    ProblemTally m_tally;
};
