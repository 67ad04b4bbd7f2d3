#include "problemlistmodel.h"

#include "logsource.h"
#include "textdecode.h"

ProblemListModel::ProblemListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogProblem &p = m_problems[size_t(index.row())];
    if (role == PathRole)
        return p.path;
    if (role == LineRole)
        return qulonglong(p.line);
    if (role == SortRole) {
        if (index.column() == SeverityColumn)
            return 2 - int(p.severity()); // Error = 2 in the enum: first
        if (index.column() == LineColumn)
            return qulonglong(p.line);
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        switch (p.severity()) {
        case LogProblem::Severity::Note:
            return tr("Note");
        case LogProblem::Severity::Warning:
            return tr("Malformed");
        case LogProblem::Severity::Error:
            return tr("Error");
        }
        return {};
    case FileColumn:
        return role == Qt::ToolTipRole ? p.path : LogSource::displayName(p.path);
    case LineColumn:
        return p.line > 0 ? QVariant(qulonglong(p.line)) : QVariant();
    case MessageColumn:
        return p.message();
    case RawColumn:
        return TextDecode::toDisplayText(p.raw);
    }
    return {};
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Kind");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Problem");
    case RawColumn:
        return tr("Text");
    }
    return {};
}

void ProblemListModel::clear()
{
    beginResetModel();
    m_problems.clear();
    m_errors = 0;
    m_tally.clear();
    endResetModel();
}

void ProblemListModel::append(const std::vector<LogProblem> &problems)
{
    if (problems.empty())
        return;
    const int first = int(m_problems.size());
    beginInsertRows({}, first, first + int(problems.size()) - 1);
    for (const LogProblem &p : problems) {
        m_problems.push_back(p);
        m_errors += p.severity() != LogProblem::Severity::Note;
        m_tally.add(p);
    }
    endInsertRows();
}

void ProblemListModel::append(const LogProblem &problem)
{
    append(std::vector<LogProblem>{problem});
}

int ProblemListModel::dropCutShort(int32_t fileIndex, uint64_t line)
{
    int dropped = 0;
    for (size_t i = m_problems.size(); i-- > 0;) {
        const LogProblem &p = m_problems[i];
        if (p.code != LogProblem::Code::CutShort || p.fileIndex != fileIndex || p.line > line)
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_problems.erase(m_problems.begin() + std::ptrdiff_t(i));
        endRemoveRows();
        ++dropped;
    }
    if (dropped > 0) {
        m_errors = 0;
        m_tally.clear();
        for (const LogProblem &p : m_problems) {
            m_errors += p.severity() != LogProblem::Severity::Note;
            m_tally.add(p);
        }
    }
    return dropped;
}
