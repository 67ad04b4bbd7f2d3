#include "databasecontroller.h"

#include "appsettings.h"

#include "filtercontroller.h"
#include "loadprogresswidget.h"
#include "logsession.h"
#include "noticebar.h"
#include "opendatabasedialog.h"
#include "sendcontroller.h"
#include "timelinedata.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>

namespace {
const QString NoticeKind = QStringLiteral("database");
const char *const PasswordVariable = "HTTPERR_CLICKHOUSE_PASSWORD";
} // namespace

DatabaseController::DatabaseController(LogSession *session, TimelineData *timeline,
                                       FilterController *filters, NoticeBar *notices,
                                       QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_timeline(timeline)
    , m_filters(filters)
    , m_notices(notices)
    , m_window(window)
    , m_progress(window->findChild<LoadProgressWidget *>())
    , m_fetch(new DatabaseFetch(this))
    , m_refetch(new QTimer(this))
    , m_send(new SendController(session, notices, window))
    , m_rowLimit(uint64_t(AppSettings().databaseRowLimit()))
{
    m_session->setExternalSource([this](const QStringList &paths) { return openPaths(paths); },
                                 [this] { m_fetch->cancel(); });
    // Typing in a filter field applies at each pause; one query for a quick run of changes.
    m_refetch->setSingleShot(true);
    m_refetch->setInterval(150);
    connect(m_refetch, &QTimer::timeout, this, [this] { fetch(false); });
    connect(m_filters, &FilterController::applied, this, &DatabaseController::onFilter);
    connect(m_session, &LogSession::loadStarted, this, [this] {
        if (!m_beginning)
            forget(); // files were opened
    });
    connect(m_fetch, &DatabaseFetch::catalogReady, this,
            [this](std::shared_ptr<const ClickHouseCatalog> catalog) {
                m_catalog = std::move(catalog);
                m_session->setRowFiles(m_catalog->fileSet(), m_catalog->malformed());
            });
    connect(m_fetch, &DatabaseFetch::reasonsReady, this,
            [this](std::shared_ptr<const QStringList> reasons) { m_reasons = std::move(reasons); });
    connect(m_fetch, &DatabaseFetch::countsReady, this,
            [this](std::shared_ptr<ClickHouseTimeline::Counts> counts) {
                m_timeline->setCounted(std::move(counts->reasons), std::move(counts->servers),
                                       std::move(counts->reasonNames),
                                       std::exchange(m_fresh, false));
            });
    connect(m_fetch, &DatabaseFetch::rowsStarted, this, &DatabaseController::onRowsStarted);
    connect(m_fetch, &DatabaseFetch::batchesReady, this,
            [this](const std::vector<LogBatchPtr> &batches, quint64 fetched) {
                for (const LogBatchPtr &batch : batches)
                    m_session->appendRows(batch);
                m_fetched = fetched;
                // The first rows may come before the rows to fetch are counted.
                m_session->reportProgress(qint64(fetched),
                                          qint64(std::max<quint64>(m_rows.fetching, fetched)),
                                          QString());
            });
    connect(m_fetch, &DatabaseFetch::finished, this, &DatabaseController::onFinished);
}

void DatabaseController::addTo(QMenu *menu)
{
    menu->addAction(tr("Open &Database…"), this, &DatabaseController::openDialog);
    menu->addAction(m_send->action());
}

bool DatabaseController::openPaths(const QStringList &paths)
{
    if (paths.size() != 1 || !ClickHouseUrl::looksLikeUrl(paths.first()))
        return false;
    QString error;
    const std::optional<ClickHouseUrl> url = ClickHouseUrl::parse(paths.first(), &error);
    if (!url) {
        m_notices->showNotice(NoticeKind, error);
        return true;
    }
    // Opened again (Reload): the password given then; else the environment's, or for a named
    // user (who has one, as a rule) the one typed.
    const bool again = m_url && *m_url == *url;
    QString password = again ? m_password : qEnvironmentVariable(PasswordVariable);
    m_url = url;
    if (!again && !url->user.isEmpty() && !qEnvironmentVariableIsSet(PasswordVariable)) {
        if (const std::optional<QString> typed = askPassword(false))
            password = *typed;
    }
    open(*url, password);
    return true;
}

std::optional<QString> DatabaseController::askPassword(bool refused)
{
    QInputDialog dialog(m_window);
    dialog.setObjectName(passwordPromptName());
    dialog.setWindowTitle(tr("ClickHouse Password"));
    const QString who = QStringLiteral("%1@%2").arg(m_url->userOrDefault(), m_url->shortName());
    dialog.setLabelText(refused ? tr("ClickHouse refused the password of %1. Password:").arg(who)
                                : tr("Password of %1:").arg(who));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void DatabaseController::openDialog()
{
    OpenDatabaseDialog dialog(m_window);
    AppSettings settings;
    if (m_url)
        dialog.setUrl(*m_url);
    else if (const auto last = ClickHouseUrl::parse(settings.lastDatabase()))
        dialog.setUrl(*last);
    dialog.setRowLimit(int(std::min<uint64_t>(m_rowLimit, AppSettings::MaxDatabaseRowLimit)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<ClickHouseUrl> url = dialog.url();
    if (!url)
        return;
    settings.setLastDatabase(url->toString());
    settings.setDatabaseRowLimit(dialog.rowLimit());
    m_rowLimit = uint64_t(dialog.rowLimit());
    open(*url, dialog.password());
}

void DatabaseController::askRowLimit()
{
    bool ok = false;
    const int rows = QInputDialog::getInt(
        m_window, tr("Rows at Most"),
        tr("The table holds the oldest rows the filters keep, up to this many (the timeline "
           "counts them all):"),
        int(std::min<uint64_t>(m_rowLimit, AppSettings::MaxDatabaseRowLimit)),
        AppSettings::MinDatabaseRowLimit, AppSettings::MaxDatabaseRowLimit, 100000, &ok);
    if (!ok || uint64_t(rows) == m_rowLimit)
        return;
    AppSettings().setDatabaseRowLimit(rows);
    m_rowLimit = uint64_t(rows);
    fetch(false);
}

void DatabaseController::open(const ClickHouseUrl &url, const QString &password)
{
    m_fetch->cancel();
    m_url = url;
    m_password = password;
    m_catalog.reset();
    m_reasons.reset();
    m_counted.reset();
    m_local = false;
    fetch(true);
}

void DatabaseController::forget()
{
    if (!m_url)
        return;
    m_refetch->stop();
    m_fetch->cancel();
    m_url.reset();
    m_password.clear();
    m_catalog.reset();
    m_reasons.reset();
    m_local = false;
    m_notices->dismiss(NoticeKind);
    m_timeline->clearCounted();
}

void DatabaseController::onFilter()
{
    if (m_url && !m_local)
        m_refetch->start();
}

void DatabaseController::fetch(bool fresh)
{
    if (!m_url)
        return;
    m_refetch->stop();
    DatabaseFetch::Request request;
    request.url = *m_url;
    request.password = m_password;
    request.filter = m_filters->state();
    FilterState counted = request.filter;
    counted.clear(FilterField::Time);
    request.counts = fresh || counted != m_counted;
    request.rowLimit = m_rowLimit;
    request.catalog = m_catalog;
    request.reasons = m_reasons;
    m_counted = counted;
    m_fresh = fresh;
    m_rows = {};
    m_fetched = 0;
    m_notices->dismiss(NoticeKind);
    m_fetch->start(request);
    if (m_progress)
        m_progress->setUnit(LoadProgressWidget::Unit::Rows);
    m_beginning = true;
    m_session->beginRows({m_url->toString()});
    m_beginning = false;
    if (m_catalog)
        m_session->setRowFiles(m_catalog->fileSet(), m_catalog->malformed());
    m_session->reportProgress(0, 0, tr("rows from %1").arg(m_url->shortName()));
}

void DatabaseController::onRowsStarted(const DatabaseFetch::Rows &rows)
{
    m_rows = rows;
    m_session->reportProgress(qint64(m_fetched), qint64(rows.fetching), QString());
    if (rows.fetching < rows.matching) {
        m_notices->showNotice(
            NoticeKind,
            tr("Showing the oldest %L1 of the %L2 rows the filters keep in ClickHouse (the "
               "timeline counts them all); narrow the time range to see the others.")
                .arg(rows.fetching)
                .arg(rows.matching),
            tr("Change Limit…"), [this] { askRowLimit(); });
    }
}

void DatabaseController::onFinished(bool cancelled, const QString &error)
{
    m_session->finishRows(cancelled || !error.isEmpty());
    if (m_progress)
        m_progress->setUnit(LoadProgressWidget::Unit::Bytes);
    if (!error.isEmpty() && m_url) {
        m_notices->showNotice(NoticeKind, error, tr("Try Again"), [this] { fetch(!m_catalog); });
        if (m_fetch->lastFailure() == ClickHouseQuery::Failure::Authentication
            && !qEnvironmentVariableIsSet(PasswordVariable)) {
            // After this event (the prompt runs an event loop of its own).
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_url || m_fetch->isRunning())
                        return;
                    if (const std::optional<QString> typed = askPassword(true))
                        open(*m_url, *typed);
                },
                Qt::QueuedConnection);
        }
    } else if (!cancelled && m_rows.fetching == m_rows.matching && m_filters->state().isEmpty()) {
        // Every row is here: filters and the timeline work on them as on files.
        m_local = true;
        m_timeline->clearCounted();
    }
    Q_EMIT fetched(cancelled, error);
}
