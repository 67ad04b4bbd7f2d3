#include "evidencehtml.h"

#include "evidenceverdict.h"
#include "requestlink.h"
#include "spikeevidence.h"

#include <QLocale>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString usual(double value)
{
    return EvidenceHtml::tr("usually ~%1").arg(QLocale().toString(value, 'f', value < 10 ? 1 : 0));
}

// One row: what is counted, the count (a link to its requests when given one), and what it
// means or its usual value.
QString row(const QString &what, uint64_t count, const std::optional<RequestLink> &link,
            const QString &note)
{
    const QString number = QLocale().toString(qulonglong(count));
    return QStringLiteral("<tr><td class='muted'>%1</td><td align=right>%2</td>"
                          "<td class='muted'>%3</td></tr>")
        .arg(esc(what),
             link ? QStringLiteral("<a href='%1'>%2</a>").arg(link->toUrl(), number) : number,
             esc(note));
}
} // namespace

QString EvidenceHtml::render(const SpikeEvidence &e)
{
    const EvidenceVerdict verdict = EvidenceVerdict::judge(e);
    QString html = QStringLiteral("<h4>%1</h4><p><b>%2</b></p>")
                       .arg(esc(tr("What the IIS access log shows")), esc(verdict.verdict));
    if (verdict.finding != EvidenceVerdict::Finding::NotCovered) {
        const auto link = [&e](RequestLink::Kind kind, const QString &value = {}) {
            return RequestLink{kind, e.start, e.end, value};
        };
        html += QStringLiteral("<table>");
        html += row(tr("Requests that ended"), e.total, link(RequestLink::Kind::All),
                    usual(e.usualTotal));
        if (e.timeTaken) {
            html += row(tr("Took %1 s or longer").arg(e.slowSeconds), e.slow,
                        link(RequestLink::Kind::Slow), usual(e.usualSlow));
            for (const auto &[url, count] : e.topSlowUrls) {
                const QString text = QString::fromStdString(url);
                html +=
                    row(QStringLiteral("  "), count, link(RequestLink::Kind::SlowUrl, text), text);
            }
        }
        for (const auto &[code, count] : e.win32)
            html += row(tr("Win32 status %1").arg(code), count,
                        link(RequestLink::Kind::Win32, QString::number(code)),
                        EvidenceVerdict::win32Meaning(code));
        for (const auto &[status, count] : e.status)
            html += row(tr("Status %1").arg(status), count,
                        link(RequestLink::Kind::Status, QString::number(status)),
                        status == 503 ? QString() : EvidenceVerdict::statusMeaning(status, 0));
        for (const auto &[substatus, count] : e.status503)
            html += row(QStringLiteral("503.%1").arg(substatus), count,
                        link(RequestLink::Kind::Status, QStringLiteral("503.%1").arg(substatus)),
                        EvidenceVerdict::statusMeaning(503, substatus));
        html += row(tr("Stalled or failed"), e.failed, link(RequestLink::Kind::Failed),
                    usual(e.usualFailed));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p class='muted'>%1 <a href='%2'>%3</a></p>")
                .arg(esc(verdict.clock), thresholdLink(),
                     esc(tr("Slow threshold: %1 s…").arg(e.slowSeconds)));
    return html;
}
