#pragma once

#include "clickhouseurl.h"
#include "ingestjob.h"

#include <QObject>

class IngestRunner;
class LogSession;
class NoticeBar;
class QAction;
class QProgressDialog;
class QWidget;

// File → Send to ClickHouse…: the files the window has open go to a database (the address
// and password asked as for Open Database), read and sent off the GUI thread (IngestRunner)
// with a progress dialog and Cancel; the result is a notice above the table.
class SendController : public QObject
{
    Q_OBJECT
public:
    SendController(LogSession *session, NoticeBar *notices, QWidget *window);

    QAction *action() const { return m_action; }
    // Sends what is open to `url` (what the dialog's OK does); false when nothing is open.
    bool send(const ClickHouseUrl &url, const QString &password);
    IngestRunner *runner() const { return m_runner; }

Q_SIGNALS:
    // The send ended; `message` is what the notice says.
    void sent(bool ok, const QString &message);

private:
    void ask();
    void onFinished(const IngestJob::Result &result);

    LogSession *m_session;
    NoticeBar *m_notices;
    QWidget *m_window;
    QAction *m_action;
    IngestRunner *m_runner;
    QProgressDialog *m_progress = nullptr;
    ClickHouseUrl m_url;
};
