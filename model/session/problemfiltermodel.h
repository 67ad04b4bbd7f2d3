#pragma once

#include <QSortFilterProxyModel>

class ProblemListModel;

// Narrows the Problems list to one file and/or one kind of problem, and sorts it (by
// ProblemListModel::SortRole: errors first when sorted by kind). The source must be a
// ProblemListModel.
class ProblemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind { All, FileErrors, MalformedLines, Notes };

    explicit ProblemFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Only problems of the file at `path`; an empty path shows every file.
    void setFile(const QString &path);
    void setKind(Kind kind);
    QString file() const { return m_file; }
    Kind kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const ProblemListModel *m_problems = nullptr;
    QString m_file;
    Kind m_kind = Kind::All;
};
