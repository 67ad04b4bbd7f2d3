#pragma once

#include "reportdata.h"
#include "reportdialog.h"

#include <QObject>

class LogSession;
class QTableView;

// The ticket report from the window: "Create Report…" asks with ReportDialog and writes the
// HTML (and PDF), "Copy Summary" puts the same summary on the clipboard as Markdown. The rows
// are those the table view shows, in its order.
class ReportController : public QObject
{
    Q_OBJECT
public:
    ReportController(LogSession *session, QTableView *view, QWidget *window);

    void createReport();
    void copySummary();
    // The report of what the window shows now; `chart`: draw the timeline picture too.
    ReportData collect(bool anonymize, bool chart = true) const;

Q_SIGNALS:
    // A sentence for the status bar.
    void message(const QString &text);

private:
    LogSession *m_session;
    QTableView *m_view;
    QWidget *m_window;
    ReportDialog::Choice m_last;
    bool m_hasLast = false;
};
