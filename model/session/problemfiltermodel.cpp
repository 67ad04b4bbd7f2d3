#include "problemfiltermodel.h"

#include "problemlistmodel.h"

ProblemFilterModel::ProblemFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemListModel::SortRole);
}

void ProblemFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_problems = qobject_cast<const ProblemListModel *>(model);
    Q_ASSERT(m_problems || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ProblemFilterModel::setFile(const QString &path)
{
    if (path == m_file)
        return;
    m_file = path;
    invalidateRowsFilter();
}

void ProblemFilterModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool ProblemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_problems)
        return false;
    const LogProblem &p = m_problems->problem(sourceRow);
    if (!m_file.isEmpty() && p.path != m_file)
        return false;
    switch (m_kind) {
    case Kind::All:
        return true;
    case Kind::FileErrors:
        return !p.isLineProblem() && p.severity() != LogProblem::Severity::Note;
    case Kind::MalformedLines:
        return p.isLineProblem() || p.code == LogProblem::Code::TooManyProblems;
    case Kind::Notes:
        return p.severity() == LogProblem::Severity::Note
               && p.code != LogProblem::Code::TooManyProblems;
    }
    return true;
}
