#include "evidencecontroller.h"

#include "appsettings.h"
#include "requeststore.h"
#include "spikesummary.h"

#include <QAction>
#include <QInputDialog>
#include <QWidget>

EvidenceController::EvidenceController(RequestSource requests, QWidget *window)
    : QObject(window)
    , m_requests(std::move(requests))
    , m_window(window)
    , m_action(new QAction(tr("Slow Request &Threshold…"), this))
    , m_slowSeconds(AppSettings().slowSeconds())
{
    m_action->setStatusTip(tr("How long an IIS access-log request must take to count as slow in "
                              "a spike's evidence"));
    connect(m_action, &QAction::triggered, this, &EvidenceController::askThreshold);
}

std::optional<SpikeEvidence> EvidenceController::evidenceFor(const SpikeSummary &summary) const
{
    const RequestStore *store = m_requests ? m_requests() : nullptr;
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
    return {m_requests ? m_requests() : nullptr, m_slowSeconds};
}

void EvidenceController::setSlowSeconds(uint32_t seconds)
{
    if (seconds == m_slowSeconds || seconds < 1 || seconds > 86400)
        return;
    m_slowSeconds = seconds;
    AppSettings().setSlowSeconds(seconds);
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
