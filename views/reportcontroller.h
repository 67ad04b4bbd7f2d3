#pragma once

#include "reportdata.h"
#include "reportdialog.h"
#include "reportexplainer.h"
#include "spikesummary.h"

#include <QKeySequence>
#include <QObject>

#include <functional>
#include <optional>

class LogSession;
class QTableView;
class QUrl;

// The ticket report from the window: "Create Report…" asks with ReportDialog and writes the
// HTML (and PDF), "Copy Summary" puts the same summary on the clipboard as Markdown. The rows
// are those the table view shows, in its order.
class ReportController : public QObject
{
    Q_OBJECT
public:
    ReportController(LogSession *session, QTableView *view, QWidget *window);

    void createReport();
    // Create Report's keys: Ctrl+Shift+R (Cmd+Shift+R on macOS). Not Ctrl+R, which is Reload
    // (QKeySequence::Refresh) on macOS and GNOME.
    static QKeySequence shortcut();
    // Writes the report `choice` asks for, opens it when asked and says what went wrong, in
    // the window (createReport() after its dialog). False when nothing was written.
    bool writeReport(const ReportDialog::Choice &choice);
    void copySummary();
    // What opens a written report (QDesktopServices::openUrl; tests put another in).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // Where the selected spike comes from (none selected: nothing).
    void setSpikeSource(std::function<std::optional<SpikeSummary>()> source)
    {
        m_spike = std::move(source);
    }
    // Where the IIS access logs and the slow threshold come from (each spike's evidence).
    void setRequestsSource(std::function<ReportRequests()> source)
    {
        m_requests = std::move(source);
    }
    // Where the bookmarks come from (the report lists those within its rows' span).
    void setBookmarkSource(std::function<std::vector<ReportData::Bookmark>()> source)
    {
        m_bookmarks = std::move(source);
    }
    // The report of what the window shows now (all of it, the selected spike's window or the
    // selected rows); `chart`: draw the timeline picture too. None when `scope` has nothing
    // to cover (no spike or no row selected).
    std::optional<ReportData> collect(bool anonymize, bool chart = true,
                                      ReportDialog::Scope scope = ReportDialog::Scope::All) const;

Q_SIGNALS:
    // A sentence for the status bar.
    void message(const QString &text);
    // Something the user must not miss (for the notice bar above the table).
    void notice(const QString &text);

private:
    // The selected spike in words for the dialog; empty when none is selected.
    QString spikeLabel() const;

    LogSession *m_session;
    QTableView *m_view;
    QWidget *m_window;
    ReportDialog::Choice m_last;
    bool m_hasLast = false;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<std::optional<SpikeSummary>()> m_spike;
    std::function<std::vector<ReportData::Bookmark>()> m_bookmarks;
    std::function<ReportRequests()> m_requests;
};
