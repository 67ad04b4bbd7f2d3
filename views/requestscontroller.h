#pragma once

#include "requestfilterstate.h"

#include <QObject>
#include <QUrl>

#include <optional>

class DisplayClock;
class LogSession;
class LogStore;
class RelatedRequestsPanel;
class QTabWidget;
class RequestTableModel;
class RequestsPanel;

// The window's tables as tabs: "Errors" (the page of httperr rows it is given) and "Requests",
// the access-log rows LogSession loaded (its RequestLog) in their own table with their own
// filters. The Requests tab is disabled, with a hint, while no access log is loaded. Other
// parts of the window filter it through showRequests() or a link. Under the errors table (the
// Errors page's layout must be a QVBoxLayout) it lists the selected row's own requests.
class RequestsController : public QObject
{
    Q_OBJECT
public:
    RequestsController(LogSession *session, DisplayClock *clock, QWidget *errorsPage,
                       QObject *parent = nullptr);

    // --- What the evidence links call (agreed API) -------------------------------------------
    // Shows the Requests tab with exactly this filter (what the filter fields show, too).
    void showRequests(const RequestFilterState &state);
    // The same for the usual evidence numbers: requests that ended in [from, to] (UTC seconds,
    // inclusive) and, where given, to `url` (the URL filter's syntax: "/reports/daily.aspx"),
    // with `win32Status` ("64" or "64, 1236"), taking at least `minTimeTakenMs` milliseconds,
    // with `status` ("503" or "500, 503").
    void showRequests(int64_t from, int64_t to, const QString &url = {},
                      const QString &win32Status = {},
                      std::optional<uint32_t> minTimeTakenMs = std::nullopt,
                      const QString &status = {});
    // Follows a RequestFilterState::toLink() link (from a QTextBrowser's anchorClicked or a
    // QLabel's linkActivated); false, doing nothing, for any other link.
    bool openLink(const QUrl &link);
    // -------------------------------------------------------------------------------------------

    // Lists, under the errors table, the requests of httperr row `row` (RelatedRequestsPanel).
    void showRelated(const LogStore &store, size_t row);

    // The tabs (the window's central widget; owned by whoever takes them) and the Errors page.
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *errorsPage() const { return m_errorsPage; }
    RequestTableModel *model() const { return m_model; }
    RequestsPanel *panel() const { return m_panel; }
    RelatedRequestsPanel *relatedPanel() const { return m_related; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateTab();
    void applyFilter(const RequestFilterState &state);

    LogSession *m_session;
    QWidget *m_errorsPage;
    QTabWidget *m_tabs;
    RequestTableModel *m_model;
    RequestsPanel *m_panel;
    RelatedRequestsPanel *m_related;
};
