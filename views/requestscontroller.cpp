#include "requestscontroller.h"

#include "displayclock.h"
#include "logsession.h"
#include "relatedrequestspanel.h"
#include "requestfilterbar.h"
#include "requestspanel.h"
#include "requesttablemodel.h"

#include <QTabWidget>
#include <QVBoxLayout>

RequestsController::RequestsController(LogSession *session, DisplayClock *clock,
                                       QWidget *errorsPage, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_errorsPage(errorsPage)
    , m_tabs(new QTabWidget)
    , m_model(new RequestTableModel(session->requests(), this))
    , m_panel(new RequestsPanel(m_model))
    , m_related(new RelatedRequestsPanel(session->requests(), errorsPage))
{
    if (auto *layout = qobject_cast<QVBoxLayout *>(errorsPage->layout()))
        layout->addWidget(m_related);
    connect(m_related, &RelatedRequestsPanel::showAllRequested, this,
            qOverload<const RequestFilterState &>(&RequestsController::showRequests));
    m_tabs->setObjectName(QStringLiteral("tableTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(errorsPage, tr("Errors"));
    m_tabs->addTab(m_panel, tr("Requests"));
    connect(m_panel->filterBar(), &RequestFilterBar::stateChanged, this,
            &RequestsController::applyFilter);
    RequestLog *log = session->requests();
    connect(log, &RequestLog::resetDone, this, &RequestsController::updateTab);
    connect(log, &RequestLog::rowsAppended, this, &RequestsController::updateTab);
    auto follow = [this](const DisplayZone &zone) {
        const TimeFormat format(zone);
        m_model->setTimeFormat(format);
        m_panel->filterBar()->setTimeFormat(format);
        m_related->setTimeFormat(format);
    };
    connect(clock, &DisplayClock::zoneChanged, this, follow);
    follow(clock->zone());
    updateTab();
}

void RequestsController::updateTab()
{
    const int tab = m_tabs->indexOf(m_panel);
    const bool any = m_session->requests()->rowCount() > 0;
    if (m_tabs->isTabEnabled(tab) == any)
        return;
    if (!any && m_tabs->currentIndex() == tab)
        m_tabs->setCurrentIndex(0);
    m_tabs->setTabEnabled(tab, any);
    m_tabs->setTabToolTip(tab, any ? tr("The requests the IIS access logs hold")
                                   : RequestsPanel::noAccessLogsText());
}

void RequestsController::applyFilter(const RequestFilterState &state)
{
    m_model->setFilterState(state);
    m_panel->filterBar()->setErrors(m_model->filterErrors());
}

void RequestsController::showRequests(const RequestFilterState &state)
{
    const int tab = m_tabs->indexOf(m_panel);
    if (!m_tabs->isTabEnabled(tab)) {
        Q_EMIT message(RequestsPanel::noAccessLogsText());
        return;
    }
    m_panel->filterBar()->setState(state);
    applyFilter(state);
    m_tabs->setCurrentIndex(tab);
}

void RequestsController::showRequests(int64_t from, int64_t to, const QString &url,
                                      const QString &win32Status,
                                      std::optional<uint32_t> minTimeTakenMs, const QString &status)
{
    RequestFilterState state;
    state.from = from;
    state.to = to;
    state.url = url;
    state.win32Status = win32Status;
    state.minTimeTakenMs = minTimeTakenMs;
    state.status = status;
    showRequests(state);
}

bool RequestsController::openLink(const QUrl &link)
{
    const std::optional<RequestFilterState> state = RequestFilterState::fromLink(link);
    if (!state)
        return false;
    showRequests(*state);
    return true;
}

void RequestsController::showRelated(const LogStore &store, size_t row)
{
    m_related->showRow(store, row);
}
