#include "reportbuilder.h"

#include "logsource.h"
#include "sentences.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString percent(uint64_t part, uint64_t whole)
{
    if (whole == 0)
        return QStringLiteral("–");
    const double p = 100.0 * double(part) / double(whole);
    return QLocale().toString(p, 'f', p < 10 ? 1 : 0) + QStringLiteral(" %");
}

// A time as the report shows it: ISO 8601 on the clock of the zone the report is in.
QString at(const ReportData &d, int64_t t)
{
    return TimeUtil::formatUtc(d.displayZone.toWallClock(t));
}

// The report's zone after a time: "UTC", "UTC+09:00 Asia/Tokyo".
QString zoneAt(const ReportData &d, int64_t t)
{
    const QString offset = d.displayZone.offsetText(t);
    return d.displayZone.isUtc() ? offset
                                 : QStringLiteral("%1 %2").arg(offset, d.displayZone.name());
}

// The report's zone in a column title: "UTC", "Asia/Tokyo".
QString zoneTitle(const ReportData &d)
{
    return d.displayZone.isUtc() ? QStringLiteral("UTC") : d.displayZone.name();
}

QString local(int64_t t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString zoneName(const ReportData &d)
{
    const QString id = QString::fromLatin1(d.zone.id());
    return id.isEmpty() ? ReportBuilder::tr("local time") : id;
}

QString duration(int64_t seconds)
{
    // Abbreviated units need no plural forms.
    if (seconds < 120)
        return ReportBuilder::tr("%1 s").arg(seconds);
    // Rounded: a day's log from 00:00:02 to 23:59:59 spans 24 h, not 23.
    if (seconds < 2 * 3600)
        return ReportBuilder::tr("%1 min").arg((seconds + 30) / 60);
    if (seconds < 3 * 86400)
        return ReportBuilder::tr("%1 h").arg((seconds + 1800) / 3600);
    return ReportBuilder::tr("%1 d").arg((seconds + 43200) / 86400);
}

// A span in the report's zone and, beside it, in UTC (or, when the report is in UTC, on this
// computer's clock).
QString span(const ReportData &d, int64_t first, int64_t last)
{
    const bool utcReport = d.displayZone.isUtc();
    const QString otherFirst = utcReport ? local(first, d.zone) : TimeUtil::formatUtc(first);
    const QString otherLast = utcReport ? local(last, d.zone) : TimeUtil::formatUtc(last);
    return ReportBuilder::tr("%1 – %2 %3 (%4 – %5 %6), %7")
        .arg(at(d, first), at(d, last), zoneAt(d, first), otherFirst, otherLast,
             utcReport ? zoneName(d) : QStringLiteral("UTC"), duration(last - first + 1));
}

// A gap between files: from the last row before it to the first row after it.
QString gapText(const ReportData &d, const ReportData::Gap &g)
{
    return ReportBuilder::tr("%1 – %2 %3, %4 without rows")
        .arg(at(d, g.start), at(d, g.end), zoneAt(d, g.start), duration(g.end - g.start));
}

// A span's times: the end without its date when it is the same day.
QString spanText(const ReportData &d, int64_t first, int64_t last)
{
    const QString from = at(d, first);
    const QString to = at(d, last);
    return ReportBuilder::tr("%1 – %2 %3")
        .arg(from, from.left(10) == to.left(10) ? to.mid(11) : to, zoneAt(d, first));
}

// The width a PNG is shown at: its own, capped to fit a page.
int chartWidth(const QByteArray &png, int maxWidth)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG"))
        return maxWidth;
    const auto *p = reinterpret_cast<const unsigned char *>(png.constData()) + 16;
    const int width = int(uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]);
    return std::min(width, maxWidth);
}

const char *const Style = R"(
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10pt;
       color: #1f2328; margin: %1px; max-width: 1000px; }
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 22px; margin-bottom: 6px; color: #0b3d66; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 4px; margin-bottom: 4px; }
table { border-collapse: collapse; margin-top: 4px; }
th { background-color: #e8eef5; text-align: left; }
th, td { border: 1px solid #c7d0da; padding: 3px 8px; vertical-align: top; }
th, td.num, td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; }
td.mono, td.wrap { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 9pt; }
td.mono { white-space: nowrap; }
td.wrap { word-break: break-all; overflow-wrap: anywhere; }
.muted { color: #59636e; }
.note { background-color: #fff8e1; padding: 4px 8px; }
p.label { font-weight: bold; margin-top: 6px; margin-bottom: 0px; }
li.detail { margin-left: 18px; list-style-type: circle; }
ul { margin-top: 0px; margin-bottom: 4px; }
)";

class Html
{
public:
    void heading(int level, const QString &text)
    {
        m_out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text));
    }
    void para(const QString &text, const QString &cls = {})
    {
        m_out +=
            (cls.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cls))
            + esc(text) + QStringLiteral("</p>\n");
    }
    void raw(const QString &html) { m_out += html; }
    // A table; columns listed in `numeric` are right-aligned, in `mono` set in a fixed font.
    enum class Cell : uint8_t {
        Text,     // wraps at spaces
        NoWrap,   // short text kept on one line (times)
        Number,   // right-aligned, one line
        Code,     // log text in a fixed font, one line
        LongCode, // log text in a fixed font that may wrap anywhere (URLs, addresses)
    };
    struct Column
    {
        QString title;
        Cell cell = Cell::Text;
        int percent = 0; // share of the page width; 0 lets the content decide
    };

    void table(const std::vector<Column> &columns, const std::vector<QStringList> &rows)
    {
        static const char *const classes[] = {"", "nowrap", "num", "mono", "wrap"};
        const bool sized = std::any_of(columns.begin(), columns.end(),
                                       [](const Column &c) { return c.percent > 0; });
        m_out += QStringLiteral("<table%1 border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>")
                     .arg(sized ? QStringLiteral(" width=\"100%\"") : QString());
        for (const Column &c : columns) {
            m_out += QStringLiteral("<th");
            if (c.cell == Cell::Number)
                m_out += QStringLiteral(" class=\"num\"");
            if (c.percent > 0)
                m_out += QStringLiteral(" width=\"%1%\"").arg(c.percent);
            m_out += QLatin1Char('>') + esc(c.title) + QStringLiteral("</th>");
        }
        m_out += QStringLiteral("</tr>\n");
        for (const QStringList &row : rows) {
            m_out += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < row.size() && i < qsizetype(columns.size()); ++i) {
                const Column &column = columns[size_t(i)];
                const char *cls = classes[int(column.cell)];
                m_out += QStringLiteral("<td");
                if (*cls)
                    m_out += QStringLiteral(" class=\"%1\"").arg(QLatin1String(cls));
                // QTextDocument sizes columns from the cells, not only from the header.
                if (column.percent > 0)
                    m_out += QStringLiteral(" width=\"%1%\"").arg(column.percent);
                m_out += QLatin1Char('>') + esc(row.at(i)) + QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</table>\n");
    }
    QString text() const { return m_out; }

private:
    QString m_out;
};

void countTable(Html &h, const QString &what, const std::vector<ReportData::Count> &counts,
                uint64_t whole, Html::Cell cell)
{
    std::vector<QStringList> rows;
    for (const ReportData::Count &c : counts)
        rows.push_back({c.text, number(c.count), percent(c.count, whole)});
    h.table({{what, cell},
             {ReportBuilder::tr("Rows"), Html::Cell::Number},
             {ReportBuilder::tr("Share"), Html::Cell::Number}},
            rows);
}

void filesSection(Html &h, const ReportData &d)
{
    h.heading(2, ReportBuilder::tr("Files and time span"));
    std::vector<QStringList> rows;
    for (const ReportData::FileSpan &f : d.files) {
        rows.push_back({f.relative.isEmpty() ? LogSource::displayName(f.path) : f.relative,
                        number(f.rows), f.rows ? at(d, f.first) : QStringLiteral("–"),
                        f.rows ? at(d, f.last) : QStringLiteral("–")});
    }
    h.table({{ReportBuilder::tr("File"), Html::Cell::Text, 46},
             {ReportBuilder::tr("Rows"), Html::Cell::Number, 10},
             {ReportBuilder::tr("First (%1)").arg(zoneTitle(d)), Html::Cell::NoWrap, 22},
             {ReportBuilder::tr("Last (%1)").arg(zoneTitle(d)), Html::Cell::NoWrap, 22}},
            rows);
    if (d.totalRows > 0)
        h.para(ReportBuilder::tr("All rows: %1.").arg(span(d, d.first, d.last)));
    if (d.filteredRows > 0 && d.filteredRows != d.totalRows)
        h.para(
            ReportBuilder::tr("Filtered rows: %1.").arg(span(d, d.filteredFirst, d.filteredLast)));
    if (d.gaps.empty())
        return;
    h.para(ReportBuilder::tr("No loaded file covers these stretches, so they are not quiet "
                             "periods (a file may be missing, or the server was down):"));
    h.raw(QStringLiteral("<ul>\n"));
    for (const ReportData::Gap &g : d.gaps)
        h.raw(QStringLiteral("<li>") + esc(gapText(d, g)) + QStringLiteral("</li>\n"));
    h.raw(QStringLiteral("</ul>\n"));
}

// Rows per server, so that "all servers" or "only one" is seen at a glance.
void serversSection(Html &h, const ReportData &d)
{
    if (d.servers.empty())
        return;
    h.heading(2, ReportBuilder::tr("Totals by server"));
    std::vector<QStringList> rows;
    for (const ReportData::Server &s : d.servers) {
        rows.push_back({s.name, number(uint64_t(s.files)), number(s.rows),
                        percent(s.rows, d.filteredRows),
                        s.rows ? at(d, s.first) : QStringLiteral("–"),
                        s.rows ? at(d, s.last) : QStringLiteral("–")});
    }
    h.table({{ReportBuilder::tr("Server"), Html::Cell::Text, 24},
             {ReportBuilder::tr("Files"), Html::Cell::Number, 8},
             {ReportBuilder::tr("Rows"), Html::Cell::Number, 12},
             {ReportBuilder::tr("Share"), Html::Cell::Number, 12},
             {ReportBuilder::tr("First (%1)").arg(zoneTitle(d)), Html::Cell::NoWrap, 22},
             {ReportBuilder::tr("Last (%1)").arg(zoneTitle(d)), Html::Cell::NoWrap, 22}},
            rows);
}

void filtersSection(Html &h, const ReportData &d)
{
    h.heading(2, ReportBuilder::tr("Filters in effect"));
    if (d.filters.isEmpty()) {
        // With a scope the report covers only part of the rows (said at the top).
        h.para(d.scope.isEmpty() ? ReportBuilder::tr("None: the report covers every loaded row.")
                                 : ReportBuilder::tr("None."));
        return;
    }
    h.raw(QStringLiteral("<ul>\n"));
    for (const QString &f : d.filters)
        h.raw(QStringLiteral("<li>") + esc(f) + QStringLiteral("</li>\n"));
    h.raw(QStringLiteral("</ul>\n"));
    h.para(
        ReportBuilder::tr("%1 of %2 rows pass these filters.")
            .arg(number(d.scope.isEmpty() ? d.filteredRows : d.passingRows), number(d.totalRows)));
}

QString bookmarkWhen(const ReportData &d, const ReportData::Bookmark &b)
{
    return b.row ? at(d, b.start) + QLatin1Char(' ') + zoneAt(d, b.start)
                 : spanText(d, b.start, b.end);
}

void bookmarksSection(Html &h, const ReportData &d)
{
    if (d.bookmarks.empty())
        return;
    h.heading(2, ReportBuilder::tr("Bookmarks"));
    std::vector<QStringList> rows;
    for (const ReportData::Bookmark &b : d.bookmarks)
        rows.push_back(
            {bookmarkWhen(d, b), b.row ? b.what : ReportBuilder::tr("Time range"), b.comment});
    h.table({{ReportBuilder::tr("When"), Html::Cell::NoWrap, 30},
             {ReportBuilder::tr("What"), Html::Cell::Text, 35},
             {ReportBuilder::tr("Comment"), Html::Cell::Text, 35}},
            rows);
}

void chartSection(Html &h, const ReportData &d, ReportBuilder::Image image, int maxWidth)
{
    if (d.chartPng.isEmpty())
        return;
    h.heading(2, ReportBuilder::tr("Timeline"));
    const QString src =
        image == ReportBuilder::Image::DataUri
            ? QStringLiteral("data:image/png;base64,") + QString::fromLatin1(d.chartPng.toBase64())
            : ReportBuilder::chartResourceName();
    h.raw(
        QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\" style=\"max-width:100%\"></p>\n")
            .arg(src)
            .arg(chartWidth(d.chartPng, maxWidth))
            .arg(esc(ReportBuilder::tr("Rows over time, by reason"))));
}

void bulletList(Html &h, const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return;
    h.raw(QStringLiteral("<p class=\"label\">") + esc(title) + QStringLiteral("</p>\n<ul>\n"));
    for (const QString &item : items)
        h.raw(QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>\n"));
    h.raw(QStringLiteral("</ul>\n"));
}

// What the IIS access log shows in a spike's window: its verdict, the counts (a fact led by
// two spaces is a detail of the one before), and which clock its times were read in.
void evidenceBlock(Html &h, const ReportData::Spike &s)
{
    if (s.evidence.isEmpty())
        return;
    h.raw(QStringLiteral("<p class=\"label\">")
          + esc(ReportBuilder::tr("What the IIS access log shows"))
          + QStringLiteral("</p>\n<p class=\"verdict\"><b>") + esc(s.evidence)
          + QStringLiteral("</b></p>\n"));
    if (!s.evidenceFacts.isEmpty()) {
        h.raw(QStringLiteral("<ul>\n"));
        for (const QString &fact : s.evidenceFacts) {
            const bool detail = fact.startsWith(QLatin1String("  "));
            h.raw((detail ? QStringLiteral("<li class=\"detail\">") : QStringLiteral("<li>"))
                  + esc(fact.trimmed()) + QStringLiteral("</li>\n"));
        }
        h.raw(QStringLiteral("</ul>\n"));
    }
    h.para(s.evidenceClock, QStringLiteral("muted"));
}

void spikesSection(Html &h, const ReportData &d)
{
    if (!d.spikesSearched)
        return;
    h.heading(2, ReportBuilder::tr("Spikes"));
    if (d.spikes.empty()) {
        h.para(ReportBuilder::tr("No Connection_Dropped spikes: its rate stayed within its usual "
                                 "range."));
        return;
    }
    for (const ReportData::Spike &s : d.spikes) {
        h.heading(3, ReportBuilder::tr("%1 spike, %2").arg(s.reason, spanText(d, s.start, s.end)));
        if (!s.verdict.isEmpty())
            h.raw(QStringLiteral("<p class=\"verdict\"><b>") + esc(s.verdict)
                  + QStringLiteral("</b></p>\n"));
        h.para(s.summary);
        if (!s.explanation.isEmpty())
            h.para(s.explanation);
        evidenceBlock(h, s);
        bulletList(h, ReportBuilder::tr("What to check next"), s.checks);
    }
    if (!d.explanations.empty())
        h.para(ReportBuilder::tr("What the reason of a spike means and what to check next is "
                                 "explained in the next section."),
               QStringLiteral("muted"));
}

void explanationsSection(Html &h, const ReportData &d)
{
    if (d.explanations.empty())
        return;
    h.heading(2, ReportBuilder::tr("What the top reasons mean"));
    for (const ReportData::Explanation &e : d.explanations) {
        h.heading(3, ReportBuilder::tr("%1 (%2 rows, %3)")
                         .arg(e.reason, number(e.count), percent(e.count, d.filteredRows)));
        if (!e.context.isEmpty())
            h.para(e.context, QStringLiteral("muted"));
        h.para(e.text);
        bulletList(h, ReportBuilder::tr("Typical causes"), e.causes);
        bulletList(h, ReportBuilder::tr("What to check next"), e.checks);
        bulletList(h, ReportBuilder::tr("Related settings"), e.settings);
    }
}

void topSection(Html &h, const ReportData &d)
{
    if (!d.topClients.empty()) {
        h.heading(2, ReportBuilder::tr("Top client addresses"));
        if (d.anonymized)
            h.para(ReportBuilder::tr("Addresses are anonymised: each stands for one real address."),
                   QStringLiteral("muted"));
        countTable(h, ReportBuilder::tr("Client address"), d.topClients, d.filteredRows,
                   Html::Cell::Code);
    }
    if (!d.topUrls.empty()) {
        h.heading(2, ReportBuilder::tr("Top URLs"));
        countTable(h, ReportBuilder::tr("URL"), d.topUrls, d.filteredRows, Html::Cell::LongCode);
    }
}

void rowsSection(Html &h, const ReportData &d)
{
    if (d.tableRows.empty())
        return;
    h.heading(2, ReportBuilder::tr("First rows of the filtered table"));
    if (d.filteredRows > d.tableRows.size())
        h.para(ReportBuilder::tr("The first %1 of %2 rows. Export the rest from the viewer.")
                   .arg(number(d.tableRows.size()), number(d.filteredRows)),
               QStringLiteral("muted"));
    // The time keeps one line; log text may wrap anywhere so that no row runs off a page.
    std::vector<Html::Column> spec;
    for (qsizetype c = 0; c < d.tableHeader.size(); ++c) {
        const int width = size_t(c) < d.tableWidths.size() ? d.tableWidths[size_t(c)] : 0;
        spec.push_back(
            {d.tableHeader.at(c), c == 0 ? Html::Cell::Code : Html::Cell::LongCode, width});
    }
    h.table(spec, d.tableRows);
}

// The first sentence of an explanation, for a summary of a few lines.
QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](?=\\s)|。"));
    const QRegularExpressionMatch m = end.match(text);
    return m.hasMatch() ? text.left(m.capturedEnd()) : text;
}

QString mdEscape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return out;
}

QString mdCode(const QString &text)
{
    const QString fence =
        text.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
    const QString close =
        text.contains(QLatin1Char('`')) ? QStringLiteral(" ``") : QStringLiteral("`");
    return fence + mdEscape(text) + close;
}
} // namespace

QString ReportBuilder::html(const ReportData &d, Image image, int maxChartWidth)
{
    Html h;
    h.raw(QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>")
          + esc(tr("HTTP.sys error report")) + QStringLiteral("</title>\n<style>")
          + QString::fromLatin1(Style).arg(BodyMargin)
          + QStringLiteral("</style>\n</head>\n<body>\n"));
    h.heading(1, tr("HTTP.sys error report"));
    QString headline = tr("Rows: %1").arg(number(d.filteredRows));
    if (d.filteredRows > 0)
        headline += QStringLiteral(", ") + spanText(d, d.filteredFirst, d.filteredLast);
    h.para(headline);
    if (!d.scope.isEmpty())
        h.para(d.scope, QStringLiteral("note"));
    QString made = tr("Created %1 with HttpErr Viewer %2.")
                       .arg(d.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QStringLiteral(HTTPERR_VERSION));
    if (d.anonymized)
        made = Sentences::append(made, tr("Client addresses are anonymised."));
    h.para(made, QStringLiteral("muted"));

    filesSection(h, d);
    filtersSection(h, d);
    bookmarksSection(h, d);
    h.heading(2, tr("Totals by reason"));
    if (d.reasons.empty())
        h.para(tr("No rows."));
    else
        countTable(h, tr("Reason"), d.reasons, d.filteredRows, Html::Cell::Text);
    serversSection(h, d);
    chartSection(h, d, image, maxChartWidth);
    spikesSection(h, d);
    explanationsSection(h, d);
    topSection(h, d);
    rowsSection(h, d);
    h.raw(QStringLiteral("</body></html>\n"));
    return h.text();
}

QString ReportBuilder::markdown(const ReportData &d)
{
    QString md;
    md += QStringLiteral("### ") + tr("HTTP.sys errors (rows: %1)").arg(number(d.filteredRows));
    if (d.filteredRows > 0)
        md += QStringLiteral(", ") + spanText(d, d.filteredFirst, d.filteredLast);
    md += QStringLiteral("\n\n");
    if (!d.scope.isEmpty())
        md += QStringLiteral("**") + mdEscape(d.scope) + QStringLiteral("**\n\n");
    QStringList files;
    for (const ReportData::FileSpan &f : d.files)
        files << QStringLiteral("%1 (%2)").arg(
            mdCode(f.relative.isEmpty() ? LogSource::displayName(f.path) : f.relative),
            number(f.rows));
    md += QStringLiteral("**") + tr("Files:") + QStringLiteral("** ")
          + files.join(QStringLiteral(", ")) + QStringLiteral("  \n");
    if (!d.gaps.empty()) {
        QStringList gaps;
        for (const ReportData::Gap &g : d.gaps)
            gaps << gapText(d, g);
        md += QStringLiteral("**") + tr("No file covers:") + QStringLiteral("** ")
              + gaps.join(QStringLiteral("; ")) + QStringLiteral("  \n");
    }
    md += QStringLiteral("**") + tr("Filters:") + QStringLiteral("** ")
          + (d.filters.isEmpty() ? tr("none") : mdEscape(d.filters.join(QStringLiteral("; "))))
          + QStringLiteral("\n\n");
    if (!d.bookmarks.empty()) {
        md += QStringLiteral("**") + tr("Bookmarks:") + QStringLiteral("**\n");
        for (const ReportData::Bookmark &b : d.bookmarks)
            md += QStringLiteral("- %1%2: %3\n")
                      .arg(bookmarkWhen(d, b),
                           b.row ? QStringLiteral(" (") + mdEscape(b.what) + QLatin1Char(')')
                                 : QString(),
                           mdEscape(b.comment));
        md += QLatin1Char('\n');
    }
    if (!d.reasons.empty()) {
        md += QStringLiteral("| %1 | %2 | %3 |\n|---|---:|---:|\n")
                  .arg(tr("Reason"), tr("Rows"), tr("Share"));
        for (const ReportData::Count &c : d.reasons)
            md += QStringLiteral("| %1 | %2 | %3 |\n")
                      .arg(mdEscape(c.text), number(c.count), percent(c.count, d.filteredRows));
        md += QLatin1Char('\n');
    }
    if (!d.servers.empty()) {
        md += QStringLiteral("| %1 | %2 | %3 |\n|---|---:|---:|\n")
                  .arg(tr("Server"), tr("Rows"), tr("Share"));
        for (const ReportData::Server &s : d.servers)
            md += QStringLiteral("| %1 | %2 | %3 |\n")
                      .arg(mdEscape(s.name), number(s.rows), percent(s.rows, d.filteredRows));
        md += QLatin1Char('\n');
    }
    if (d.spikesSearched) {
        md += QStringLiteral("**") + tr("Spikes:") + QStringLiteral("**");
        if (d.spikes.empty())
            md += QLatin1Char(' ') + tr("none") + QLatin1Char('\n');
        else
            md += QLatin1Char('\n');
        for (const ReportData::Spike &s : d.spikes) {
            md += QStringLiteral("- %1: %2\n")
                      .arg(spanText(d, s.start, s.end),
                           mdEscape(
                               Sentences::join({s.verdict, s.summary, s.explanation}).trimmed()));
            if (!s.evidence.isEmpty())
                md +=
                    QStringLiteral("  - %1 %2\n").arg(tr("IIS access log:"), mdEscape(s.evidence));
        }
        md += QLatin1Char('\n');
    }
    if (!d.explanations.empty()) {
        md += QStringLiteral("**") + tr("What the top reasons mean:") + QStringLiteral("**\n");
        for (const ReportData::Explanation &e : d.explanations)
            md += QStringLiteral("- **%1**: %2\n")
                      .arg(mdEscape(e.reason), mdEscape(firstSentence(e.text)));
        md += QLatin1Char('\n');
    }
    auto list = [&](const QString &title, const std::vector<ReportData::Count> &counts) {
        if (counts.empty())
            return;
        QStringList items;
        for (size_t i = 0; i < std::min<size_t>(counts.size(), 5); ++i)
            items << QStringLiteral("%1 (%2)").arg(mdCode(counts[i].text), number(counts[i].count));
        md += QStringLiteral("**") + title + QStringLiteral("** ")
              + items.join(QStringLiteral(", ")) + QStringLiteral("  \n");
    };
    list(d.anonymized ? tr("Top clients (anonymised):") : tr("Top clients:"), d.topClients);
    list(tr("Top URLs:"), d.topUrls);
    return md;
}
