#include "reportcontroller.h"

#include "appsettings.h"
#include "filterdescription.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "reportassembler.h"
#include "reportbuilder.h"
#include "reportwriter.h"
#include "tableselection.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>

ReportController::ReportController(LogSession *session, QTableView *view, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_view(view)
    , m_window(window)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{}

std::optional<ReportData> ReportController::collect(bool anonymize, bool chart,
                                                    ReportDialog::Scope scope) const
{
    // The rows stay as they are while the report reads them.
    const std::shared_ptr<void> pause = m_session->pauseFollowing();
    const auto rows = TableSelection::shownRows(*m_view);
    ReportAssembler::Input input;
    const std::vector<uint32_t> selected = scope == ReportDialog::Scope::Selection
                                               ? TableSelection::storeRows(*m_view)
                                               : std::vector<uint32_t>();
    if (scope == ReportDialog::Scope::Selection) {
        if (selected.empty())
            return std::nullopt;
        input.selection = &selected;
    } else if (scope == ReportDialog::Scope::Spike) {
        input.spike = m_spike ? m_spike() : std::nullopt;
        if (!input.spike)
            return std::nullopt;
    }
    input.store = &m_session->tableModel()->store();
    input.rows = rows.get();
    input.anonymize = anonymize;
    if (m_bookmarks)
        input.bookmarks = m_bookmarks();
    if (m_requests)
        input.requests = m_requests();
    input.chart = chart;
    const LogTableModel *table = TableSelection::tableModel(*m_view);
    const TimeFormat format = table ? table->timeFormat() : TimeFormat();
    input.zone = format.displayZone();
    if (const auto *filter = qobject_cast<const LogFilterModel *>(m_view->model()))
        input.filters = FilterDescription::lines(filter->filterState(), format);
    return ReportAssembler::assemble(input);
}

QString ReportController::spikeLabel() const
{
    const std::optional<SpikeSummary> spike = m_spike ? m_spike() : std::nullopt;
    const LogTableModel *table = TableSelection::tableModel(*m_view);
    if (!spike || !table)
        return {};
    return QStringLiteral("%1, %2").arg(
        spike->reason, table->timeFormat().span(spike->spike.start, spike->spike.end));
}

QKeySequence ReportController::shortcut()
{
    return QKeySequence(tr("Ctrl+Shift+R"));
}

void ReportController::createReport()
{
    if (m_session->isLoading()) {
        Q_EMIT message(tr("Wait until the files are loaded, then create the report."));
        return;
    }
    if (!m_hasLast) {
        QString folder = AppSettings().lastFolder(AppSettings::FolderKind::Report);
        if (folder.isEmpty())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty())
            folder = QDir::homePath();
        m_last.htmlPath = folder + QStringLiteral("/httperr-report.html");
    }
    ReportDialog dialog(m_last, m_window);
    dialog.offerScopes(spikeLabel(), TableSelection::selectedRowCount(*m_view));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_last = dialog.choice();
    m_hasLast = true;
    AppSettings().setLastFolder(AppSettings::FolderKind::Report,
                                QFileInfo(m_last.htmlPath).absolutePath());
    writeReport(m_last);
}

bool ReportController::writeReport(const ReportDialog::Choice &choice)
{
    m_last = choice;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ReportData> data = collect(m_last.anonymize, true, m_last.scope);
    if (!data) {
        QApplication::restoreOverrideCursor();
        Q_EMIT message(m_last.scope == ReportDialog::Scope::Spike
                           ? tr("Select a spike first, then create its report.")
                           : tr("Select rows in the table first, then create their report."));
        return false;
    }
    QString error = ReportWriter::writeHtml(*data, m_last.htmlPath);
    const QString pdf = ReportDialog::pdfPathFor(m_last.htmlPath);
    if (error.isEmpty() && m_last.pdf)
        error = ReportWriter::writePdf(*data, pdf);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Report Not Written"), error);
        return false;
    }
    Q_EMIT message(
        m_last.pdf
            ? tr("Report written to %1 and %2")
                  .arg(QDir::toNativeSeparators(m_last.htmlPath), QDir::toNativeSeparators(pdf))
            : tr("Report written to %1").arg(QDir::toNativeSeparators(m_last.htmlPath)));
    if (m_last.open && !m_openUrl(QUrl::fromLocalFile(m_last.htmlPath))) {
        // Nothing could show it (no browser, no desktop session): say so, and where it is.
        Q_EMIT notice(tr("The report was written to %1, but no program could be started to "
                         "show it. Open the file yourself.")
                          .arg(QDir::toNativeSeparators(m_last.htmlPath)));
    }
    return true;
}

void ReportController::copySummary()
{
    QGuiApplication::clipboard()->setText(ReportBuilder::markdown(*collect(false, false)));
    Q_EMIT message(tr("Summary copied as Markdown"));
}
