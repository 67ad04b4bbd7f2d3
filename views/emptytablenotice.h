#pragma once

#include <QLabel>

class LogFilterModel;
class LogSession;
class QAbstractItemView;

// Says why the table is empty, in the middle of it: no file open yet, files without a single
// row, still loading, or filters that no row passes (naming them, with a link to clear them).
// Hidden whenever there are rows to show.
class EmptyTableNotice : public QLabel
{
    Q_OBJECT
public:
    EmptyTableNotice(QAbstractItemView *table, LogSession *session, LogFilterModel *model);

    // Looks at the table again (it follows the session and the model by itself).
    void refresh();

Q_SIGNALS:
    // The "Clear filters" link was clicked.
    void clearFiltersRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString why() const;
    void place();

    QAbstractItemView *m_table;
    LogSession *m_session;
    LogFilterModel *m_model;
};
