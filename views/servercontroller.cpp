#include "servercontroller.h"

#include "appsettings.h"
#include "filterbar.h"
#include "logsession.h"
#include "logtableview.h"
#include "serverlistmodel.h"

#include <QDir>
#include <QInputDialog>
#include <QMessageBox>

ServerController::ServerController(LogSession *session, LogFilterModel *filter, FilterBar *bar,
                                   LogTableView *table, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_bar(bar)
    , m_window(window)
    , m_list(new ServerListModel(filter, this))
{
    m_session->setServerNames(AppSettings().serverNames());
    m_bar->setServerModel(m_list);
    connect(m_bar, &FilterBar::renameServerRequested, this, &ServerController::rename);
    connect(table, &LogTableView::renameServerRequested, this, &ServerController::rename);
}

void ServerController::rename(const QString &server)
{
    const LogFileSet &set = m_session->tableModel()->store().fileSet();
    const int id = set.serverIdOf(server);
    if (id < 0)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Rename Server"),
                              tr("Name for the server of\n%1:")
                                  .arg(QDir::toNativeSeparators(set.serverKey(uint32_t(id)))),
                              QLineEdit::Normal, server, &ok);
    if (!ok || name.trimmed() == server)
        return;
    if (!m_session->renameServer(uint32_t(id), name)) {
        QMessageBox::warning(
            m_window, tr("Rename Server"),
            name.trimmed().isEmpty()
                ? tr("A server needs a name.")
                : tr("Another server is called “%1” already.").arg(name.trimmed()));
        return;
    }
    AppSettings().setServerNames(m_session->serverNames());
    m_bar->renameServer(server, name.trimmed());
    Q_EMIT message(tr("Server “%1” is now “%2”").arg(server, name.trimmed()));
}
