#pragma once

#include "requestfilterstate.h"
#include "timeformat.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The Requests table's own filters, in one row: URL, client IP, status, substatus, win32
// status, time-taken bounds in seconds, and the time window a link set (shown, and cleared by
// its button). Typing applies after a short pause; stateChanged() carries the whole state.
class RequestFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RequestFilterBar(QWidget *parent = nullptr);

    RequestFilterState state() const;
    // Shows `state` in the fields (no stateChanged()).
    void setState(const RequestFilterState &state);
    void setTimeFormat(const TimeFormat &format);
    // Marks the fields whose text cannot be used, with why as tooltip; empty clears.
    void setErrors(const QStringList &errors);

Q_SIGNALS:
    void stateChanged(const RequestFilterState &state);

private:
    QLineEdit *addField(const QString &placeholder, const QString &tip, int width);
    void showWindow();
    static QString urlTip();
    void emitSoon();

    QLineEdit *m_url;
    QLineEdit *m_clientIp;
    QLineEdit *m_status;
    QLineEdit *m_substatus;
    QLineEdit *m_win32;
    QLineEdit *m_minSeconds;
    QLineEdit *m_maxSeconds;
    QToolButton *m_window;
    QTimer *m_apply;
    TimeFormat m_format;
    std::optional<int64_t> m_from;
    std::optional<int64_t> m_to;
    QString m_server;
    std::optional<uint32_t> m_failedSeconds;
};
