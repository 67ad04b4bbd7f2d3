#include "exportcontroller.h"

#include "appsettings.h"
#include "logfield.h"
#include "logsession.h"
#include "tableselection.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>

ExportController::ExportController(LogSession *session, QTableView *view, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_view(view)
    , m_window(window)
{
    connect(&m_job, &ExportJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        // QProgressDialog takes int: scale to thousandths.
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&m_job, &ExportJob::finished, this, &ExportController::onFinished);
}

QString ExportController::suggestedPath(ExportFormat format) const
{
    QString folder = m_hasLast ? QFileInfo(m_last.path).absolutePath()
                               : AppSettings().lastFolder(AppSettings::FolderKind::Export);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return ExportFormats::withExtension(folder + QStringLiteral("/httperr-export"), format);
}

void ExportController::exportRows()
{
    if (m_job.isRunning())
        return;
    if (m_session->isLoading()) {
        Q_EMIT message(tr("Wait until the files are loaded, then export."));
        return;
    }
    const LogStore &store = m_session->tableModel()->store();
    ExportDialog::Counts counts;
    counts.all = qint64(store.rowCount());
    counts.filtered = m_view->model() ? m_view->model()->rowCount() : counts.all;
    counts.selected = TableSelection::selectedRowCount(*m_view);

    ExportDialog::Choice initial = m_last;
    if (!m_hasLast)
        initial.scope =
            counts.selected > 1 ? ExportDialog::Scope::Selected : ExportDialog::Scope::Filtered;
    initial.path = m_hasLast ? m_last.path : suggestedPath(initial.format);
    ExportDialog dialog(counts, initial, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_last = dialog.choice();
    m_hasLast = true;
    AppSettings().setLastFolder(AppSettings::FolderKind::Export,
                                QFileInfo(m_last.path).absolutePath());
    start(m_last);
}

void ExportController::start(const ExportDialog::Choice &choice)
{
    ExportJob::Request request;
    request.store = &m_session->tableModel()->store();
    request.format = choice.format;
    request.anonymize = choice.anonymize;
    request.path = choice.path;
    if (const LogTableModel *table = TableSelection::tableModel(*m_view))
        request.zone = table->timeFormat().displayZone();
    if (!choice.allColumns)
        request.columns = TableSelection::visibleColumns(*m_view);
    switch (choice.scope) {
    case ExportDialog::Scope::Selected:
        request.rows =
            std::make_shared<const std::vector<uint32_t>>(TableSelection::storeRows(*m_view));
        break;
    case ExportDialog::Scope::Filtered:
        request.rows = TableSelection::shownRows(*m_view);
        break;
    case ExportDialog::Scope::All:
        break;
    }

    m_progress =
        new QProgressDialog(tr("Exporting rows to %1…").arg(QFileInfo(choice.path).fileName()),
                            tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowTitle(tr("Export Rows"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, &m_job, &ExportJob::cancel);
    m_followPause = m_session->pauseFollowing();
    m_job.start(request);
}

void ExportController::onFinished(const ExportJob::Result &result)
{
    m_followPause.reset(); // the worker is done with the rows
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QString name = QDir::toNativeSeparators(m_last.path);
    switch (result.status) {
    case ExportJob::Result::Status::Written:
        // %Ln: "1 row" and "2 rows" in every language, the number in the user's locale.
        Q_EMIT message(tr("Exported %Ln row(s) to %1", nullptr, int(result.rows)).arg(name));
        break;
    case ExportJob::Result::Status::Cancelled:
        Q_EMIT message(tr("Export cancelled: nothing was written"));
        break;
    case ExportJob::Result::Status::Failed:
        QMessageBox::warning(m_window, tr("Export Failed"), result.error);
        break;
    }
}

void ExportController::cancelAndWait()
{
    m_job.cancel();
    m_job.wait();
    m_followPause.reset();
}
