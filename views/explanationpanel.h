#pragma once

#include "displayzone.h"
#include "filterstate.h"
#include "logfield.h"
#include "requestlink.h"
#include "spikeevidence.h"

#include <QList>
#include <QPair>
#include <QTextBrowser>

#include <functional>
#include <optional>

class LogSession;
class LogStore;
struct SpikeSummary;

// Explains what the user is looking at: a reason (what HTTP.sys means, typical causes, what to
// check, related settings) or a spike (window, size, rate, who and what was hit, what else
// rose). Items are links of the form "filter:<field id>:<value>" that ask to filter on them.
class ExplanationPanel : public QTextBrowser
{
    Q_OBJECT
public:
    // A field of the selected row, shown for reasons the catalog does not know.
    using RowFacts = QList<QPair<QString, QString>>;

    explicit ExplanationPanel(QWidget *parent = nullptr);

    // Shows the catalog entry of `reason`; `facts` describe the selected row, if any.
    void showReason(const QString &reason, const RowFacts &facts = {});
    // What explains store row `row`: its reason and the fields shown beside it (status,
    // method, URL, queue; "-" where empty). None when the row or the reason column is missing.
    struct RowReason
    {
        QString reason;
        RowFacts facts;
    };
    static std::optional<RowReason> rowReason(const LogStore &store, size_t row);
    // Shows the reason of store row `row` (nothing changes when it has none).
    void showRow(const LogStore &store, size_t row);
    // Shows what a spike is made of and, with access logs loaded, what they show in its window.
    void showSpike(const SpikeSummary &summary,
                   const std::optional<SpikeEvidence> &evidence = std::nullopt);
    // Shows how to get an explanation.
    void showHint();
    // Goes back to the hint whenever `session` starts loading other files: a row or spike of
    // the old ones, and its links, mean nothing in the new.
    void watch(LogSession *session);
    // The zone times are shown in (UTC unless set).
    void setDisplayZone(const DisplayZone &zone);
    // The reason or spike reason shown, or empty.
    QString currentReason() const { return m_reason; }
    // True while a spike is shown (not a reason or the hint).
    bool showsSpike() const { return m_spike; }

    // The link that asks to filter on `value` in `field`.
    static QString filterLink(LogField field, const QString &value);
    static QString timeLink(int64_t from, int64_t to);

Q_SIGNALS:
    // A link asked to show only rows whose `field` is `value`.
    void filterRequested(FilterField field, const QString &value);
    // A link asked to filter on the time range [from, to] (UTC seconds, inclusive).
    void timeRangeRequested(qint64 from, qint64 to);
    // A number of the access-log evidence asked to list its requests in the Requests table.
    void requestsRequested(const RequestLink &link);
    // The evidence's threshold link asked for another slow threshold.
    void slowThresholdRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    void applyStyle();
    void rerender();
    // The spike's window, verdict, `evidence` (HTML, may be empty) and numbers.
    QString spikeOverview(const SpikeSummary &s, const QString &evidence) const;
    QString spikeRises(const SpikeSummary &s) const;
    // The verdict's checks, then the reason's.
    QString spikeChecks(const SpikeSummary &s) const;
    // Rows per server in the window: all servers, or only one.
    QString spikeServers(const SpikeSummary &s) const;
    QString spikeTops(const SpikeSummary &s) const;

    QString m_reason;
    bool m_spike = false;
    DisplayZone m_zone;
    std::function<void()> m_render; // shows the current content again (new palette or zone)
};
