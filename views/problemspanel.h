#pragma once

#include <QSet>
#include <QWidget>

class ProblemFilterModel;
class ProblemListModel;
class ProblemsView;
class QComboBox;
class QLabel;

// The Problems dock: a summary line ("Files with problems: 3 — ..."), filters by file and by
// kind, and the list itself (kind, file, line, message, raw text).
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setModel(ProblemListModel *model);
    // The loader's count of malformed lines (it goes on past the listed ones).
    void setMalformedCount(uint64_t lines);
    ProblemsView *view() const { return m_view; }
    ProblemFilterModel *filterModel() const { return m_filter; }
    QString summaryText() const;

Q_SIGNALS:
    // A problem with a line number was double-clicked.
    void lineActivated(const QString &path, quint64 line);

private:
    void addFiles(int first, int last);
    void resetFiles();
    void updateSummary();

    QLabel *m_summary;
    QComboBox *m_file;
    QComboBox *m_kind;
    ProblemsView *m_view;
    ProblemFilterModel *m_filter;
    ProblemListModel *m_model = nullptr;
    QSet<QString> m_listedFiles;
    uint64_t m_malformed = 0;
};
