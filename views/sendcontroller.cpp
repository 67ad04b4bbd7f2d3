#include "sendcontroller.h"

#include "ingestrunner.h"
#include "logsession.h"
#include "noticebar.h"
#include "opendatabasedialog.h"

#include <QAction>
#include <QProgressDialog>

namespace {
const QString NoticeKind = QStringLiteral("send");
} // namespace

SendController::SendController(LogSession *session, NoticeBar *notices, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_notices(notices)
    , m_window(window)
    , m_action(new QAction(tr("Send to &ClickHouse…"), this))
    , m_runner(new IngestRunner(this))
{
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &SendController::ask);
    connect(m_session, &LogSession::loadFinished, this, [this] {
        // Files only: rows read back from a database are there already.
        const QStringList paths = m_session->openedPaths();
        m_action->setEnabled(!paths.isEmpty() && !ClickHouseUrl::looksLikeUrl(paths.first()));
    });
    connect(m_runner, &IngestRunner::progressChanged, this,
            [this](qint64 done, qint64 total, quint64 rows) {
                if (!m_progress)
                    return;
                m_progress->setMaximum(1000);
                m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
                m_progress->setLabelText(
                    tr("Sending to %1: %L2 rows sent").arg(m_url.shortName()).arg(rows));
            });
    connect(m_runner, &IngestRunner::finished, this, &SendController::onFinished);
}

void SendController::ask()
{
    OpenDatabaseDialog dialog(m_window);
    dialog.setWindowTitle(tr("Send to ClickHouse"));
    dialog.setUrl(m_url);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<ClickHouseUrl> url = dialog.url())
        send(*url, dialog.password());
}

bool SendController::send(const ClickHouseUrl &url, const QString &password)
{
    const QStringList paths = m_session->openedPaths();
    if (paths.isEmpty() || m_runner->isRunning())
        return false;
    m_url = url;
    m_notices->dismiss(NoticeKind);
    m_progress = new QProgressDialog(tr("Sending to %1…").arg(url.shortName()), tr("Cancel"), 0, 0,
                                     m_window);
    m_progress->setWindowTitle(tr("Send to ClickHouse"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &IngestRunner::cancel);
    m_progress->show();
    m_runner->start(url, password, paths);
    return true;
}

void SendController::onFinished(const IngestJob::Result &result)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    QString message;
    if (result.cancelled) {
        message = tr("Sending to %1 was cancelled; %n file(s) sent before are recorded and are "
                     "not sent again.",
                     nullptr, result.files)
                      .arg(m_url.shortName());
    } else if (!result.ok) {
        message = tr("Could not send to %1: %2").arg(m_url.shortName(), result.error);
    } else if (result.files == 0) {
        message = tr("Nothing new: %1 has these %n file(s) already (same server, path and "
                     "content).",
                     nullptr, result.skipped)
                      .arg(m_url.shortName());
    } else {
        message = tr("Sent %L1 rows of %n file(s) to %2.", nullptr, result.files)
                      .arg(result.rows)
                      .arg(m_url.shortName());
        if (result.skipped > 0)
            message += QLatin1Char(' ')
                       + tr("%n file(s) it had already were skipped.", nullptr, result.skipped);
        if (result.malformed > 0)
            message += QLatin1Char(' ')
                       + tr("%L1 malformed lines were counted, not sent.").arg(result.malformed);
    }
    m_notices->showNotice(NoticeKind, message);
    Q_EMIT sent(result.ok, message);
}
