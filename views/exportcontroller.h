#pragma once

#include "exportdialog.h"
#include "exportjob.h"

#include <QObject>

#include <memory>
#include <vector>

class LogSession;
class QProgressDialog;
class QTableView;

// Exports rows from the window: asks with ExportDialog, runs an ExportJob in the background
// behind a window-modal progress dialog with following paused (so nothing can change the rows
// meanwhile; followed lines are read once it ends), and reports the outcome. The rows "that pass
// the filters" are the rows of the table view's model, in the order it shows them.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(LogSession *session, QTableView *view, QWidget *window);

    // Opens the dialog and exports what it asks for.
    void exportRows();
    // Stops a running export and waits for it (the window calls this before it closes).
    void cancelAndWait();
    bool isBusy() const { return m_job.isRunning(); }

Q_SIGNALS:
    // A sentence for the status bar.
    void message(const QString &text);

private:
    void start(const ExportDialog::Choice &choice);
    void onFinished(const ExportJob::Result &result);
    QString suggestedPath(ExportFormat format) const;

    LogSession *m_session;
    QTableView *m_view;
    QWidget *m_window;
    ExportJob m_job;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<void> m_followPause; // held while the job reads the rows
    ExportDialog::Choice m_last;
    bool m_hasLast = false;
};
