#pragma once

#include "clickhouseurl.h"
#include "databasefetch.h"
#include "filterstate.h"

#include <QObject>

#include <memory>
#include <optional>

class FilterController;
class LoadProgressWidget;
class LogSession;
class NoticeBar;
class QMenu;
class QTimer;
class QWidget;
class SendController;
class TimelineData;

// The window on a ClickHouse database (File → Open Database…, or a clickhouse:// address
// opened like a file): the session shows the rows the filters keep, oldest first, up to a
// limit (a notice says when there are more); the timeline shows ClickHouse's counts of all of
// them (TimelineData::setCounted). Each filter change asks again, off the GUI thread
// (DatabaseFetch), with the load's progress and Cancel; an error is a notice, and what was
// shown stays. A database whose rows all fit is fetched whole once, and then works as files
// do: filters and the timeline on the rows at hand, no more queries.
class DatabaseController : public QObject
{
    Q_OBJECT
public:
    DatabaseController(LogSession *session, TimelineData *timeline, FilterController *filters,
                       NoticeBar *notices, QWidget *window);

    // Adds File → Open Database… and Send to ClickHouse… to `menu`.
    void addTo(QMenu *menu);
    // Opens `url` in the window with `password` (empty: ClickHouse's user without one).
    void open(const ClickHouseUrl &url, const QString &password);
    // The database shown, if any.
    std::optional<ClickHouseUrl> url() const { return m_url; }
    // Rows fetched at most (AppSettings::databaseRowLimit() unless set; not remembered).
    void setRowLimit(uint64_t rows) { m_rowLimit = rows; }
    uint64_t rowLimit() const { return m_rowLimit; }
    // Asks for the row limit (the notice's Change Limit…), remembers it and fetches again.
    void askRowLimit();
    // The password prompt's object name (a QInputDialog), shown when the address names a user
    // and HTTPERR_CLICKHOUSE_PASSWORD is not set, and when ClickHouse refuses the password.
    static QString passwordPromptName() { return QStringLiteral("databasePassword"); }
    // All the rows the filters keep are in the window; filters work on them without queries.
    bool isLocal() const { return m_local; }
    DatabaseFetch *fetcher() const { return m_fetch; }
    // File → Send to ClickHouse….
    SendController *sender() const { return m_send; }

Q_SIGNALS:
    // A fetch ended (after the session's loadFinished); `error` empty when it succeeded.
    void fetched(bool cancelled, const QString &error);

private:
    bool openPaths(const QStringList &paths);
    void openDialog();
    // Asks for the rows (and, when the filter changed beyond the time range, the counts).
    void fetch(bool fresh);
    void onFilter();
    void onRowsStarted(const DatabaseFetch::Rows &rows);
    void onFinished(bool cancelled, const QString &error);
    void forget();
    // Asks for the password of m_url's user; nothing when the prompt was cancelled.
    std::optional<QString> askPassword(bool refused);

    LogSession *m_session;
    TimelineData *m_timeline;
    FilterController *m_filters;
    NoticeBar *m_notices;
    QWidget *m_window;
    LoadProgressWidget *m_progress;
    DatabaseFetch *m_fetch;
    QTimer *m_refetch;
    SendController *m_send;
    std::optional<ClickHouseUrl> m_url;
    QString m_password;
    std::shared_ptr<const ClickHouseCatalog> m_catalog;
    std::shared_ptr<const QStringList> m_reasons;
    std::optional<FilterState> m_counted; // the filter (without its time) last counted
    DatabaseFetch::Rows m_rows;
    quint64 m_fetched = 0;
    uint64_t m_rowLimit;
    bool m_fresh = false;     // the next counts are of another database
    bool m_local = false;     // every row is here
    bool m_beginning = false; // the session's loadStarted() is ours
};
