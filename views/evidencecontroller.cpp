#include "evidencecontroller.h"

#include "appsettings.h"
#include "requeststore.h"
#include "spikesummary.h"
#include "timelinechart.h"

#include <QAction>
#include <QInputDialog>
#include <QWidget>

EvidenceController::EvidenceController(RequestSource requests, QWidget *window)
    : QObject(window)
    , m_requests(std::move(requests))
    , m_window(window)
    , m_action(new QAction(tr("Slow Request &Threshold…"), this))
    , m_overlay(new QAction(tr("Requests on the &Timeline"), this))
    , m_slowSeconds(AppSettings().slowSeconds())
{
    m_overlay->setCheckable(true);
    m_overlay->setChecked(true);
    m_overlay->setEnabled(false);
    m_overlay->setStatusTip(tr("Draw the IIS access-log requests per bucket, and those that "
                               "stalled or failed, over the timeline's bars"));
    connect(m_overlay, &QAction::toggled, this, [this](bool shown) {
        if (m_chart)
            m_chart->setRequestsShown(shown);
    });
    m_action->setStatusTip(tr("How long an IIS access-log request must take to count as slow in "
                              "a spike's evidence"));
    connect(m_action, &QAction::triggered, this, &EvidenceController::askThreshold);
}

const RequestStore *EvidenceController::store() const
{
    return m_requests ? m_requests() : nullptr;
}

void EvidenceController::attachChart(TimelineChart *chart)
{
    m_chart = chart;
    requestsChanged();
}

void EvidenceController::requestsChanged()
{
    const RequestStore *requests = store();
    const bool any = requests && requests->rowCount() > 0;
    m_timeline.reset(any ? requests : nullptr, m_slowSeconds);
    m_overlay->setEnabled(any);
    if (m_chart) {
        m_chart->setRequestsShown(m_overlay->isChecked());
        m_chart->setRequests(&m_timeline);
    }
}

std::optional<SpikeEvidence> EvidenceController::evidenceFor(const SpikeSummary &summary) const
{
    const RequestStore *store = this->store();
    if (!store || store->rowCount() == 0)
        return std::nullopt;
    // The servers that logged the spike's rows (all when the summary names none).
    std::vector<bool> servers;
    const LogFileSet &files = store->fileSet();
    for (const SpikeSummary::Item &item : summary.servers) {
        const int id = files.serverIdOf(item.value);
        if (id < 0)
            continue;
        if (size_t(id) >= servers.size())
            servers.resize(size_t(id) + 1, false);
        servers[size_t(id)] = true;
    }
    return SpikeEvidence::compute(*store, summary.spike.start, summary.spike.end, m_slowSeconds,
                                  servers);
}

ReportRequests EvidenceController::reportRequests() const
{
    return {store(), m_slowSeconds};
}

void EvidenceController::setSlowSeconds(uint32_t seconds)
{
    if (seconds == m_slowSeconds || seconds < 1 || seconds > 86400)
        return;
    m_slowSeconds = seconds;
    AppSettings().setSlowSeconds(seconds);
    requestsChanged();
    Q_EMIT thresholdChanged();
}

void EvidenceController::askThreshold()
{
    bool ok = false;
    const int seconds = QInputDialog::getInt(
        m_window, tr("Slow Request Threshold"),
        tr("IIS access-log requests that took this many seconds or longer count as slow "
           "(HTTP.sys drops a connection it could not log after about 120 s):"),
        int(m_slowSeconds), 1, 86400, 1, &ok);
    if (ok)
        setSlowSeconds(uint32_t(seconds));
}
