#pragma once

#include "displayzone.h"

#include <QWidget>

class LogFilterModel;
class LogSession;
class QLabel;
class QTimer;

// The permanent part of the status bar: rows, malformed lines, files and the time span.
class StatusBarPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBarPanel(QWidget *parent = nullptr);

    // Shows the counts of `session` and the rows `filter` lets through, refreshed at most ten
    // times a second while rows arrive and at once after a filter change or a load.
    void watch(LogSession *session, const LogFilterModel *filter);
    // The zone the time span is shown in (UTC unless set).
    void setDisplayZone(const DisplayZone &zone);
    // Shows the current counts now.
    void refresh();

    void setCounts(qint64 shownRows, qint64 totalRows, qint64 malformed, int files);
    void setTimeSpan(const QString &span);
    // What the labels say (for tests): rows, malformed, files, span.
    QStringList texts() const;

Q_SIGNALS:
    // The malformed-lines label was clicked: show the Problems view.
    void problemsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LogSession *m_session = nullptr;
    const LogFilterModel *m_filter = nullptr;
    QTimer *m_refresh;
    DisplayZone m_zone;
    QLabel *m_rows;
    QLabel *m_malformed;
    QLabel *m_files;
    QLabel *m_span;
};
