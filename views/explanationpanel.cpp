#include "explanationpanel.h"

#include "evidencehtml.h"
#include "logsession.h"
#include "logstore.h"
#include "reasoncatalog.h"
#include "reportexplainer.h"
#include "sentences.h"
#include "spikesummary.h"
#include "spikeverdict.h"
#include "textdecode.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUrl>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul style='margin-left:-20px'>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString section(const QString &title, const QStringList &items)
{
    return items.isEmpty() ? QString()
                           : QStringLiteral("<h4>%1</h4>").arg(esc(title)) + list(items);
}

QString fieldTitle(LogField field)
{
    switch (field) {
    case LogField::ClientIp:
        return ExplanationPanel::tr("Top client IPs");
    case LogField::Uri:
        return ExplanationPanel::tr("Top URLs");
    case LogField::SiteId:
        return ExplanationPanel::tr("Top sites");
    case LogField::QueueName:
        return ExplanationPanel::tr("Top queues (app pools)");
    default:
        return LogFields::title(field);
    }
}
} // namespace

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("explanationPanel"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ExplanationPanel::onAnchorClicked);
    applyStyle();
    showHint();
}

void ExplanationPanel::applyStyle()
{
    // Muted and alert colours that read on light and dark themes alike.
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    QColor muted = p.color(QPalette::Text);
    muted.setAlphaF(0.65f);
    const QColor flat = QColor::fromRgbF(
        muted.redF() * muted.alphaF() + p.color(QPalette::Base).redF() * (1 - muted.alphaF()),
        muted.greenF() * muted.alphaF() + p.color(QPalette::Base).greenF() * (1 - muted.alphaF()),
        muted.blueF() * muted.alphaF() + p.color(QPalette::Base).blueF() * (1 - muted.alphaF()));
    document()->setDefaultStyleSheet(
        QStringLiteral("h3 { margin-bottom: 2px; } h4 { margin-top: 8px; margin-bottom: 2px; } "
                       ".muted { color: %1; } .alert { color: %2; } td { padding-right: 8px; }")
            .arg(flat.name(), dark ? QStringLiteral("#ff7b72") : QStringLiteral("#b22222")));
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStyle();
        rerender();
    }
}

void ExplanationPanel::rerender()
{
    // A copy: showing replaces m_render, which must not die while it runs.
    const std::function<void()> render = m_render;
    if (render)
        render();
}

void ExplanationPanel::setDisplayZone(const DisplayZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    rerender();
}

QString ExplanationPanel::filterLink(LogField field, const QString &value)
{
    return QStringLiteral("filter:%1:%2")
        .arg(QString::fromLatin1(LogFields::id(field).data(), int(LogFields::id(field).size())),
             QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QString ExplanationPanel::timeLink(int64_t from, int64_t to)
{
    return QStringLiteral("filter:time:%1-%2").arg(from).arg(to);
}

void ExplanationPanel::onAnchorClicked(const QUrl &url)
{
    const QString link = url.toString(QUrl::FullyEncoded);
    const QString prefix = QStringLiteral("filter:");
    if (const std::optional<RequestLink> requests = RequestLink::parse(link)) {
        Q_EMIT requestsRequested(*requests);
        return;
    }
    if (link == EvidenceHtml::thresholdLink()) {
        Q_EMIT slowThresholdRequested();
        return;
    }
    if (link.startsWith(QLatin1String("explain:"))) {
        showReason(QUrl::fromPercentEncoding(link.mid(8).toLatin1()));
        return;
    }
    if (!link.startsWith(prefix))
        return;
    const int colon = link.indexOf(QLatin1Char(':'), prefix.size());
    if (colon < 0)
        return;
    const QString field = link.mid(prefix.size(), colon - prefix.size());
    const QString value = QUrl::fromPercentEncoding(link.mid(colon + 1).toLatin1());
    if (field == QLatin1String("server")) {
        Q_EMIT filterRequested(FilterField::Server, value);
        return;
    }
    if (field == QLatin1String("time")) {
        const QStringList parts = value.split(QLatin1Char('-'));
        if (parts.size() == 2)
            Q_EMIT timeRangeRequested(parts[0].toLongLong(), parts[1].toLongLong());
        return;
    }
    const QByteArray id = field.toLatin1();
    const auto f =
        filterFieldFor(LogFields::fromId(std::string_view(id.constData(), size_t(id.size()))));
    if (f)
        Q_EMIT filterRequested(*f, value);
}

void ExplanationPanel::watch(LogSession *session)
{
    connect(session, &LogSession::loadStarted, this, &ExplanationPanel::showHint);
}

void ExplanationPanel::showHint()
{
    m_render = [this] { showHint(); };
    m_reason.clear();
    m_spike = false;
    setHtml(QStringLiteral("<h3>%1</h3><p class='muted'>%2</p>")
                .arg(esc(tr("Explanation")),
                     esc(tr("Select a row, click a reason in the timeline legend or a bar, or "
                            "click a shaded spike to see what it means and what to check "
                            "next."))));
}

std::optional<ExplanationPanel::RowReason> ExplanationPanel::rowReason(const LogStore &store,
                                                                       size_t row)
{
    const int reasonColumn = store.columnOf(LogField::Reason);
    if (reasonColumn < 0 || row >= store.rowCount())
        return std::nullopt;
    RowReason result;
    for (const LogField field :
         {LogField::Status, LogField::Method, LogField::Uri, LogField::QueueName}) {
        const int column = store.columnOf(field);
        if (column >= 0) {
            const std::string_view text = store.text(size_t(column), row);
            result.facts.append({LogFields::title(field),
                                 text.empty() ? QStringLiteral("-") : TextDecode::toQString(text)});
        }
    }
    result.reason = TextDecode::toQString(store.text(size_t(reasonColumn), row));
    return result;
}

void ExplanationPanel::showRow(const LogStore &store, size_t row)
{
    if (const std::optional<RowReason> r = rowReason(store, row))
        showReason(r->reason, r->facts);
}

void ExplanationPanel::showReason(const QString &reason, const RowFacts &facts)
{
    m_render = [this, reason, facts] { showReason(reason, facts); };
    m_reason = reason;
    m_spike = false;
    const ReasonCatalog::Entry e = ReasonCatalog::lookup(reason);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(reason));
    QString tag;
    if (!e.known)
        tag = tr("Undocumented reason");
    else if (!e.documented)
        tag = tr("Not in Microsoft's list");
    if (!tag.isEmpty())
        html += QStringLiteral("<p class='alert'><b>%1</b></p>").arg(esc(tag));
    if (e.known) {
        html += QStringLiteral("<p class='muted'>%1</p>")
                    .arg(esc(ReportExplainer::statusAndStage(e.status, e.stage)));
    }
    html += QStringLiteral("<p>%1</p>").arg(esc(e.meaning));
    if (!e.known && !facts.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("What this row shows")));
        for (const auto &[name, value] : facts)
            html += QStringLiteral("<tr><td class='muted'>%1</td><td>%2</td></tr>")
                        .arg(esc(name), esc(value));
        html += QStringLiteral("</table>");
    }
    html += section(tr("Typical causes"), e.causes);
    html += section(tr("What to check next"), e.checks);
    html += section(tr("Related settings"), e.settings);
    html +=
        QStringLiteral("<p><a href='%1'>%2</a></p>")
            .arg(filterLink(LogField::Reason, reason), esc(tr("Show only %1 rows").arg(reason)));
    setHtml(html);
}

void ExplanationPanel::showSpike(const SpikeSummary &s,
                                 const std::optional<SpikeEvidence> &evidence)
{
    m_render = [this, s, evidence] { showSpike(s, evidence); };
    m_reason = s.reason;
    m_spike = true;
    const QString explain = QStringLiteral("<p><a href='explain:%1'>%2</a></p>")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(s.reason)),
                                     esc(tr("What %1 means and what to check").arg(s.reason)));
    // The access log's verdict right under the httperr one: it says which of its readings holds.
    setHtml(spikeOverview(s, evidence ? EvidenceHtml::render(*evidence) : QString())
            + spikeChecks(s) + spikeServers(s) + spikeRises(s) + spikeTops(s) + explain);
}

QString ExplanationPanel::spikeChecks(const SpikeSummary &s) const
{
    // The pattern's own checks first, then the reason's, so the panel answers "what next"
    // without a click.
    QStringList checks = SpikeVerdict::judge(s).checks;
    for (const QString &check : ReasonCatalog::lookup(s.reason).checks) {
        if (!checks.contains(check))
            checks << check;
    }
    return section(tr("What to check next"), checks);
}

QString ExplanationPanel::spikeOverview(const SpikeSummary &s, const QString &evidence) const
{
    const Spike &k = s.spike;
    const TimeFormat format(m_zone, locale());
    QString html =
        QStringLiteral("<h3 class='alert'>%1</h3>").arg(esc(tr("%1 spike").arg(s.reason)));
    html += QStringLiteral("<p><b>%1</b> (%2)<br><a href='%3'>%4</a></p>")
                .arg(esc(format.span(k.start, k.end)), esc(ReportExplainer::duration(k.duration())),
                     timeLink(k.start, k.end), esc(tr("Filter the table to this window")));
    const SpikeVerdict verdict = SpikeVerdict::judge(s);
    html +=
        QStringLiteral("<p><b>%1</b></p><p>%2</p>")
            .arg(esc(verdict.meaning), esc(Sentences::join({verdict.intensity, verdict.reach})));
    html += evidence;
    const double inWindow = s.rowsInWindow ? 100.0 * double(k.count) / double(s.rowsInWindow) : 0.0;
    const QString row = QStringLiteral("<tr><td class='muted'>%1</td><td>%2</td></tr>");
    html += QStringLiteral("<table>");
    html += row.arg(esc(tr("Rows")), QStringLiteral("<b>%L1</b>").arg(k.count));
    html += row.arg(esc(tr("Rate")), esc(tr("%1 at the peak; usually %2")
                                             .arg(ReportExplainer::rate(k.peakPerMinute),
                                                  ReportExplainer::rate(k.baselinePerMinute))));
    html += row.arg(esc(tr("Share")), esc(tr("%L1% of all rows; %L2% of the rows in this window")
                                              .arg(s.shareOfAll() * 100, 0, 'f', 1)
                                              .arg(inWindow, 0, 'f', 0)));
    for (const SpikeSummary::Top &top : s.tops) {
        if (top.field == LogField::ClientIp)
            html += row.arg(esc(tr("Clients")), esc(tr("%L1 distinct").arg(top.distinct)));
        else if (top.field == LogField::Uri)
            html += row.arg(esc(tr("URLs")), esc(tr("%L1 distinct").arg(top.distinct)));
    }
    if (s.serverCount >= 2)
        html += row.arg(esc(tr("Servers")),
                        esc(tr("%1 of %2").arg(s.servers.size()).arg(s.serverCount)));
    return html + QStringLiteral("</table>");
}

QString ExplanationPanel::spikeServers(const SpikeSummary &s) const
{
    const QString verdict = ReportExplainer::serversSentence(s);
    if (verdict.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h4>%1</h4><p>%2</p><table>").arg(esc(tr("Servers")), esc(verdict));
    for (const SpikeSummary::Item &item : s.servers) {
        html += QStringLiteral("<tr><td align=right>%1</td><td><a href='%2'>%3</a></td></tr>")
                    .arg(item.count)
                    .arg(QStringLiteral("filter:server:")
                             + QString::fromLatin1(QUrl::toPercentEncoding(item.value)),
                         esc(item.value));
    }
    return html + QStringLiteral("</table>");
}

QString ExplanationPanel::spikeRises(const SpikeSummary &s) const
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Also rose at the same time")));
    if (s.rises.empty())
        return html + QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("No other reason.")));
    html += QStringLiteral("<table>");
    for (const SpikeSummary::Rise &rise : s.rises) {
        html += QStringLiteral("<tr><td align=right>%1</td><td><a href='%2'>%3</a></td>"
                               "<td class='muted'>%4</td></tr>")
                    .arg(rise.count)
                    .arg(filterLink(LogField::Reason, rise.reason), esc(rise.reason),
                         esc(tr("usually ~%L1").arg(rise.expected, 0, 'f', 1)));
    }
    return html + QStringLiteral("</table>");
}

QString ExplanationPanel::spikeTops(const SpikeSummary &s) const
{
    QString html;
    for (const SpikeSummary::Top &top : s.tops) {
        if (top.items.empty())
            continue;
        html += QStringLiteral("<h4>%1</h4><table>").arg(esc(fieldTitle(top.field)));
        for (const SpikeSummary::Item &item : top.items) {
            html += QStringLiteral("<tr><td align=right>%1</td><td><a href='%2'>%3</a></td></tr>")
                        .arg(item.count)
                        .arg(filterLink(top.field, item.value), esc(item.value));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}
