#pragma once

#include "reportexplainer.h"
#include "requestfilterstate.h"
#include "requestlink.h"
#include "requesttimeline.h"
#include "spikeevidence.h"

#include <QObject>

#include <functional>
#include <optional>

class ExplanationPanel;
class LogSession;
class QAction;
class QMenu;
class QWidget;
class ReportController;
class RequestsController;
class RequestStore;
class SpikeController;
class TimelineChart;
struct SpikeSummary;

// The access-log side of the window: works out a spike's evidence from the loaded IIS access
// logs (the requests of the servers that logged its rows), keeps the slow threshold
// (AppSettings, 110 s by default) with an action to change it, gives reports the same, and
// draws the requests over the timeline (RequestOverlay) with an action to hide them.
class EvidenceController : public QObject
{
    Q_OBJECT
public:
    // `requests` gives the access-log rows when they are all in, in time order; null otherwise.
    using RequestSource = std::function<const RequestStore *()>;
    EvidenceController(RequestSource requests, QWidget *window);

    // The parts of a window it works with.
    struct Parts
    {
        LogSession *session;
        SpikeController *spikes;       // shows the evidence with the selected spike
        ExplanationPanel *explanation; // whose evidence links it follows
        RequestsController *requests;  // the Requests table the links filter
        ReportController *reports;     // reports and Copy Summary get the evidence too
        TimelineChart *chart;          // the requests are drawn over it
        QMenu *menu;                   // gets the overlay and threshold actions
    };
    // A controller for the window's access logs (LogSession::requests(), once in time order),
    // wired to its parts.
    static EvidenceController *wire(const Parts &parts, QWidget *window);

    // The evidence for a Connection_Dropped spike's window; none for other reasons' spikes or
    // without access-log rows.
    std::optional<SpikeEvidence> evidenceFor(const SpikeSummary &summary) const;
    // The access logs and the threshold, for a report.
    ReportRequests reportRequests() const;
    uint32_t slowSeconds() const { return m_slowSeconds; }
    // Sets (and remembers) the threshold; thresholdChanged() when it changed.
    void setSlowSeconds(uint32_t seconds);
    // "Slow Request Threshold…": asks for the threshold.
    QAction *thresholdAction() const { return m_action; }
    // Asks for the threshold in a dialog.
    void askThreshold();
    // Draws the requests over `chart` from now on.
    void attachChart(TimelineChart *chart);
    // "Requests on the Timeline": shows or hides them (on; enabled while there are requests).
    QAction *overlayAction() const { return m_overlay; }
    // "Access-Log Clocks…": asks which access logs were written in local time.
    QAction *clocksAction() const { return m_clocks; }
    void askClocks();
    // Reads the window's access logs with these clocks (AccessClock::add()'s specs) from now
    // on, remembered, and reads loaded files again; returns why not (nothing changes then).
    QString setClocks(const QStringList &specs);
    // The access-log rows came in or went away: counts them again for the chart.
    void requestsChanged();
    // The rows are about to change: forgets them at once (the source may still give them).
    void requestsGone();
    // What the Requests table shows for an evidence link.
    RequestFilterState filterFor(const RequestLink &link) const;

Q_SIGNALS:
    // The slow threshold changed or the access-log rows did: evidence shown should be worked
    // out again.
    void thresholdChanged();

private:
    const RequestStore *store() const;

    RequestSource m_requests;
    QWidget *m_window;
    QAction *m_action;
    QAction *m_overlay;
    QAction *m_clocks;
    LogSession *m_session = nullptr;
    uint32_t m_slowSeconds;
    RequestTimeline m_timeline;
    TimelineChart *m_chart = nullptr;
    bool m_gone = false;
};
