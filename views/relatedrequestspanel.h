#pragma once

#include "requestfilterstate.h"

#include <QWidget>

#include <optional>

class LogStore;
class QLabel;
class QTableView;
class RequestLog;
class RequestTableModel;
class TimeFormat;

// Under the errors table: the access-log requests from the selected httperr row's client IP to
// its URL that ended within two minutes either side of it (RelatedRequests), or a plain
// sentence that there are none. Hidden while no access log is loaded.
class RelatedRequestsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RelatedRequestsPanel(RequestLog *log, QWidget *parent = nullptr);

    // Lists the requests that match `row` of `store`.
    void showRow(const LogStore &store, size_t row);
    void setTimeFormat(const TimeFormat &format);
    RequestTableModel *model() const { return m_model; }
    // The sentence above the list.
    QString summary() const;

Q_SIGNALS:
    // "Show in the Requests tab" was clicked.
    void showAllRequested(const RequestFilterState &state);

private:
    void updateVisibility();
    void describe();

    RequestLog *m_log;
    RequestTableModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
    std::optional<RequestFilterState> m_state;
    QString m_clientIp;
    QString m_url;
};
