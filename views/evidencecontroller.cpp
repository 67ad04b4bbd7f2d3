#include "evidencecontroller.h"

#include "appsettings.h"
#include "explanationpanel.h"
#include "logsession.h"
#include "reportcontroller.h"
#include "requestscontroller.h"
#include "requeststore.h"
#include "spikecontroller.h"
#include "spikesummary.h"
#include "timelinechart.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

EvidenceController::EvidenceController(RequestSource requests, QWidget *window)
    : QObject(window)
    , m_requests(std::move(requests))
    , m_window(window)
    , m_action(new QAction(tr("Slow Request &Threshold…"), this))
    , m_overlay(new QAction(tr("Requests on the &Timeline"), this))
    , m_clocks(new QAction(tr("Access-Log &Clocks…"), this))
    , m_slowSeconds(AppSettings().slowSeconds())
{
    m_clocks->setStatusTip(tr("Which IIS access logs were written in local time, and at which "
                              "offset from UTC"));
    connect(m_clocks, &QAction::triggered, this, &EvidenceController::askClocks);
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

EvidenceController *EvidenceController::wire(const Parts &parts, QWidget *window)
{
    RequestLog *log = parts.session->requests();
    auto *c = new EvidenceController(
        [log]() -> const RequestStore * { return log->isReady() ? &log->store() : nullptr; },
        window);
    c->m_session = parts.session;
    AccessClock clock;
    for (const QString &spec : AppSettings().accessClocks())
        clock.add(spec); // remembered ones were good
    log->setClock(clock);
    c->attachChart(parts.chart);
    SpikeController *spikes = parts.spikes;
    spikes->setEvidenceSource([c](const SpikeSummary &s) { return c->evidenceFor(s); });
    parts.reports->setRequestsSource([c] { return c->reportRequests(); });
    connect(log, &RequestLog::aboutToReset, c, &EvidenceController::requestsGone);
    connect(log, &RequestLog::ready, c, [c, spikes] {
        c->m_gone = false; // back, in time order
        c->requestsChanged();
        spikes->refreshExplanation();
    });
    connect(c, &EvidenceController::thresholdChanged, spikes, &SpikeController::refreshExplanation);
    RequestsController *requests = parts.requests;
    connect(parts.explanation, &ExplanationPanel::requestsRequested, c,
            [c, requests](const RequestLink &link) { requests->showRequests(c->filterFor(link)); });
    connect(parts.explanation, &ExplanationPanel::slowThresholdRequested, c,
            &EvidenceController::askThreshold);
    parts.menu->addSeparator();
    parts.menu->addActions({c->m_overlay, c->m_action, c->m_clocks});
    return c;
}

const RequestStore *EvidenceController::store() const
{
    return m_gone || !m_requests ? nullptr : m_requests();
}

void EvidenceController::requestsGone()
{
    m_gone = true;
    requestsChanged();
}

RequestFilterState EvidenceController::filterFor(const RequestLink &link) const
{
    RequestFilterState state;
    state.from = link.from;
    state.to = link.to;
    switch (link.kind) {
    case RequestLink::Kind::All:
        break;
    case RequestLink::Kind::SlowUrl:
        state.url = link.value;
        [[fallthrough]];
    case RequestLink::Kind::Slow:
        state.minTimeTakenMs = m_slowSeconds * 1000;
        break;
    case RequestLink::Kind::Win32:
        state.win32Status = link.value;
        break;
    case RequestLink::Kind::Status:
        state.status = link.value.section(QLatin1Char('.'), 0, 0);
        state.substatus = link.value.section(QLatin1Char('.'), 1, 1);
        break;
    case RequestLink::Kind::Failed:
        state.stalledOrFailedSeconds = m_slowSeconds;
        break;
    }
    return state;
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
    // Its verdicts say why HTTP.sys dropped connections: other reasons' spikes get none.
    if (!store || store->rowCount() == 0 || summary.reason != QLatin1String("Connection_Dropped"))
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

QString EvidenceController::setClocks(const QStringList &specs)
{
    AccessClock clock;
    for (const QString &spec : specs) {
        if (const QString wrong = clock.add(spec); !wrong.isEmpty())
            return wrong;
    }
    AppSettings().setAccessClocks(clock.specs());
    if (!m_session)
        return {};
    m_session->requests()->setClock(clock);
    if (m_session->requests()->rowCount() > 0)
        m_session->open(m_session->openedPaths()); // the times are moved as rows are read
    return {};
}

void EvidenceController::askClocks()
{
    QString text = AppSettings().accessClocks().join(QStringLiteral(", "));
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(
            m_window, tr("Access-Log Clocks"),
            tr("IIS writes access logs in UTC. For logs written in local time, give the offset "
               "from UTC of one server (WEB01=+02:00) or of all (+02:00), separated by commas. "
               "Loaded files are read again."),
            QLineEdit::Normal, text, &ok);
        if (!ok)
            return;
        const QString wrong = setClocks(text.split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (wrong.isEmpty())
            return;
        QMessageBox::warning(m_window, tr("Access-Log Clocks"), wrong);
    }
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
