#include "clientipanonymizer.h"
#include "clipboardformatter.h"
#include "directloader.h"
#include "reportbuilder.h"
#include "reportdatacollector.h"
#include "reportexplainer.h"
#include "spikesummary.h"
#include "storebuilder.h"
#include "testfiles.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

namespace {
QByteArray samplePng(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(10, 10, 50, 30, Qt::darkBlue);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

LogStore clipboardStore()
{
    return StoreBuilder()
        .row("2024-01-02 03:04:05",
             {{"s-reason", "URL"}, {"cs-uri", "/a<b>&\"c\""}, {"sc-status", "400"}})
        .row("2024-01-02 03:04:06",
             {{"s-reason", "Timer_ConnectionIdle"}, {"cs-uri", "-"}, {"sc-status", "-"}})
        .build();
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clipboardTsv();
    void clipboardHtml();
    void collectsFromRows();
    void collectsFilteredRows();
    void topValuesOrder();
    void htmlHoldsEverySection();
    void htmlEmbedsValidImage();
    void htmlEscapesLogText();
    void htmlOmitsWhatIsMissing();
    void anonymisedReportHidesAddresses();
    void markdownSummary();
    void gapsBetweenFiles();
    void serversSentence_data();
    void serversSentence();
    void serversOfABundle();

private:
    ReportData fullReport();
    DirectLoader::Result m_loaded;
};

void TestReport::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    DirectLoader::load({QStringLiteral(HTTPERR_TEST_DATA "/samples/"),
                        QStringLiteral(HTTPERR_TEST_DATA "/export/mixed-blocks.log")},
                       m_loaded);
    QCOMPARE(m_loaded.store.rowCount(), size_t(51));
}

void TestReport::clipboardTsv()
{
    const LogStore store = clipboardStore();
    ClipboardFormatter f(store,
                         {ExportColumn::time(), ExportColumn::field(0), ExportColumn::field(2),
                          ExportColumn::field(1)},
                         {QStringLiteral("Time (UTC)"), QStringLiteral("Reason"),
                          QStringLiteral("Status"), QStringLiteral("URL")});
    // A header row first, as in the HTML flavour.
    QCOMPARE(f.tsv({0, 1}), QStringLiteral("Time (UTC)\tReason\tStatus\tURL\n"
                                           "2024-01-02 03:04:05\tURL\t400\t/a<b>&\"c\"\n"
                                           "2024-01-02 03:04:06\tTimer_ConnectionIdle\t-\t-\n"));
    QCOMPARE(f.tsv({1}).count(u'\n'), 2);
    // Times as the table shows them: in its zone.
    f.setTimeFormat(TimeFormat(*DisplayZone::named("Asia/Tokyo"), QLocale::c()));
    QCOMPARE(f.tsv({0}).section(u'\n', 1, 1).section(u'\t', 0, 0),
             QStringLiteral("2024-01-02 12:04:05"));
}

void TestReport::clipboardHtml()
{
    const LogStore store = clipboardStore();
    ClipboardFormatter f(store, {ExportColumn::field(1), ExportColumn::line()},
                         {QStringLiteral("URL <path>"), QStringLiteral("Line")});
    const QString html = f.html({0, 1});
    QVERIFY(html.startsWith(u"<table"));
    QVERIFY(html.contains(u"URL &lt;path&gt;</th>"));
    QVERIFY(html.contains(u"<td>/a&lt;b&gt;&amp;&quot;c&quot;</td><td>1</td>"));
    QVERIFY(html.contains(u"<td>-</td><td>2</td>"));
    QCOMPARE(html.count(u"<tr>"), 3);
}

void TestReport::collectsFromRows()
{
    const ReportData d = ReportDataCollector::collect(m_loaded.store, nullptr, {});
    QCOMPARE(d.totalRows, uint64_t(51));
    QCOMPARE(d.filteredRows, uint64_t(51));
    QCOMPARE(int(d.files.size()), m_loaded.store.files().size());
    uint64_t sum = 0;
    for (const auto &f : d.files)
        sum += f.rows;
    QCOMPARE(sum, uint64_t(51));
    QCOMPARE(d.first, m_loaded.store.time(0));
    QCOMPARE(d.last, m_loaded.store.time(50));
    QCOMPARE(d.tableRows.size(), size_t(50));
    QCOMPARE(d.tableHeader.first(), QStringLiteral("Time (UTC)"));
    QCOMPARE(d.tableHeader.size(), 7);
    uint64_t reasons = 0;
    for (const auto &r : d.reasons)
        reasons += r.count;
    QCOMPARE(reasons, uint64_t(51));
}

void TestReport::collectsFilteredRows()
{
    // Rows 10..14 only: the lists and the table count those and nothing else.
    std::vector<uint32_t> rows{10, 11, 12, 13, 14};
    ReportDataCollector::Options options;
    options.tableRows = 3;
    const ReportData d = ReportDataCollector::collect(m_loaded.store, &rows, options);
    QCOMPARE(d.totalRows, uint64_t(51));
    QCOMPARE(d.filteredRows, uint64_t(5));
    QCOMPARE(d.filteredFirst, m_loaded.store.time(10));
    QCOMPARE(d.filteredLast, m_loaded.store.time(14));
    QCOMPARE(d.tableRows.size(), size_t(3));
    QCOMPARE(d.tableRows[0].first(), TimeUtil::formatUtc(m_loaded.store.time(10)));
    uint64_t clients = 0;
    for (const auto &c : d.topClients)
        clients += c.count;
    QVERIFY(clients <= 5);
}

void TestReport::topValuesOrder()
{
    const LogStore store = StoreBuilder()
                               .row("2024-01-02 03:04:05", {{"c-ip", "b"}})
                               .row("2024-01-02 03:04:05", {{"c-ip", "a"}})
                               .row("2024-01-02 03:04:05", {{"c-ip", "a"}})
                               .row("2024-01-02 03:04:05", {{"c-ip", "-"}})
                               .row("2024-01-02 03:04:05", {{"c-ip", "-"}})
                               .row("2024-01-02 03:04:05", {{"c-ip", "-"}})
                               .row("2024-01-02 03:04:05", {{"c-ip", "c"}})
                               .build();
    const auto top = ReportDataCollector::topValues(store, 0, nullptr, 2);
    QCOMPARE(top.size(), size_t(2));
    QCOMPARE(top[0].text, QStringLiteral("a"));
    QCOMPARE(top[0].count, uint64_t(2));
    QCOMPARE(top[1].text, QStringLiteral("b")); // ties: first seen first; "-" never listed
}

ReportData TestReport::fullReport()
{
    ReportData d = ReportDataCollector::collect(m_loaded.store, nullptr, {});
    d.filters << QStringLiteral("Reason: Connection_Dropped");
    d.chartPng = samplePng(640, 240);
    d.spikesSearched = true;
    ReportData::Spike spike;
    spike.start = d.first;
    spike.end = d.first + 300;
    spike.reason = QStringLiteral("Connection_Dropped");
    spike.count = 40;
    spike.summary = QStringLiteral("Connection_Dropped rose to 40/min");
    spike.explanation = QStringLiteral("Clients gave up waiting.");
    d.spikes.push_back(spike);
    ReportData::Explanation url;
    url.reason = QStringLiteral("URL");
    url.count = 3;
    url.context = QStringLiteral("Status 400.");
    url.text = QStringLiteral("The URL could not be parsed.");
    url.causes = QStringList{QStringLiteral("Bad encoding <%>")};
    url.checks = QStringList{QStringLiteral("The client")};
    d.explanations.push_back(url);
    return d;
}

void TestReport::htmlHoldsEverySection()
{
    const QString html = ReportBuilder::html(fullReport());
    for (const char *section : {"<h1>HTTP.sys error report</h1>",
                                "<h2>Files and time span</h2>",
                                "<h2>Filters in effect</h2>",
                                "<li>Reason: Connection_Dropped</li>",
                                "<h2>Totals by reason</h2>",
                                "<h2>Timeline</h2>",
                                "<h2>Spikes</h2>",
                                "Connection_Dropped rose to 40/min",
                                "Clients gave up waiting.",
                                "<h2>What the top reasons mean</h2>",
                                "<h3>URL (3 rows, ",
                                "Status 400.",
                                "The URL could not be parsed.",
                                "<li>Bad encoding &lt;%&gt;</li>",
                                "<li>The client</li>",
                                "Connection_Dropped spike, ",
                                "<h2>Top client addresses</h2>",
                                "<h2>Top URLs</h2>",
                                "<h2>First rows of the filtered table</h2>",
                                "The first 50 of 51 rows."})
        QVERIFY2(html.contains(QString::fromUtf8(section)), section);
    QVERIFY(html.contains(TimeUtil::formatUtc(m_loaded.store.time(0)) + QStringLiteral(" – ")));
    QVERIFY(html.contains(QStringLiteral("UTC (")));      // local time beside UTC
    QVERIFY(html.contains(u"httperr-demo.log") == false); // only the files loaded
    QVERIFY(html.contains(u"mixed-blocks.log"));
    QVERIFY(!html.contains(u"src=\"http")); // nothing external
    QVERIFY(html.endsWith(u"</html>\n"));
}

void TestReport::htmlEmbedsValidImage()
{
    const ReportData d = fullReport();
    const QString html = ReportBuilder::html(d);
    static const QRegularExpression re(
        QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    const auto m = re.match(html);
    QVERIFY(m.hasMatch());
    const QByteArray png = QByteArray::fromBase64(m.captured(1).toLatin1());
    QCOMPARE(png, d.chartPng);
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.size(), QSize(640, 240));
    QVERIFY(html.contains(u"width=\"640\""));

    const QString resource = ReportBuilder::html(d, ReportBuilder::Image::Resource);
    QVERIFY(resource.contains(u"src=\"httperr-chart.png\""));
    QVERIFY(!resource.contains(u"base64"));
}

void TestReport::htmlEscapesLogText()
{
    const LogStore store = StoreBuilder()
                               .row("2024-01-02 03:04:05",
                                    {{"cs-uri", "/<script>alert(1)</script>"}, {"s-reason", "URL"}})
                               .build();
    const QString html = ReportBuilder::html(ReportDataCollector::collect(store, nullptr, {}));
    QVERIFY(!html.contains(u"<script>"));
    QVERIFY(html.contains(u"/&lt;script&gt;alert(1)&lt;/script&gt;"));
}

void TestReport::htmlOmitsWhatIsMissing()
{
    const QString html =
        ReportBuilder::html(ReportDataCollector::collect(m_loaded.store, nullptr, {}));
    QVERIFY(!html.contains(u"<h2>Timeline</h2>"));
    QVERIFY(!html.contains(u"<h2>Spikes</h2>"));
    QVERIFY(!html.contains(u"<h2>What the top reasons mean</h2>"));
    QVERIFY(html.contains(u"None: the report covers every loaded row."));
    QVERIFY(!ReportBuilder::html(ReportDataCollector::collect(clipboardStore(), nullptr, {}))
                 .contains(u"No loaded file covers")); // one file: no gaps between files

    ReportData none = ReportDataCollector::collect(m_loaded.store, nullptr, {});
    none.spikesSearched = true;
    QVERIFY(ReportBuilder::html(none).contains(u"No Connection_Dropped spikes"));
}

void TestReport::anonymisedReportHidesAddresses()
{
    ClientIpAnonymizer anonymizer;
    const ReportData d = ReportDataCollector::collect(m_loaded.store, nullptr, {}, &anonymizer);
    QVERIFY(d.anonymized);
    const QString html = ReportBuilder::html(d);
    const int ip = m_loaded.store.columnOf(LogField::ClientIp);
    for (size_t r = 0; r < m_loaded.store.rowCount(); ++r) {
        const std::string_view text = m_loaded.store.text(size_t(ip), r);
        if (!text.empty())
            QVERIFY2(!html.contains(QString::fromLatin1(text.data(), qsizetype(text.size()))),
                     std::string(text).c_str());
    }
    QVERIFY(html.contains(u"Client addresses are anonymised."));
    // The table and the top list use the same stand-in for the same address.
    QVERIFY(html.contains(d.topClients.front().text));
}

void TestReport::markdownSummary()
{
    const QString md = ReportBuilder::markdown(fullReport());
    QVERIFY(md.startsWith(u"### HTTP.sys errors (rows: 51), "));
    QVERIFY(md.contains(u"**Filters:** Reason: Connection_Dropped"));
    QVERIFY(md.contains(u"| Reason | Rows | Share |\n|---|---:|---:|\n"));
    QVERIFY(md.contains(u"**Spikes:**\n- "));
    QVERIFY(md.contains(u": Connection_Dropped rose to 40/min Clients gave up waiting.\n"));
    QVERIFY(
        md.contains(u"**What the top reasons mean:**\n- **URL**: The URL could not be parsed.\n"));
    QVERIFY(md.contains(u"**Top clients:** `"));
    QVERIFY(md.contains(u"**Top URLs:** `"));
    QVERIFY(!md.contains(u"<"));
}

void TestReport::gapsBetweenFiles()
{
    // Two files a minute apart inside, four hours apart from each other: the report lists the
    // gap the timeline hatches, so that nobody reads it as a quiet morning.
    LogStore store;
    store.setFiles({QStringLiteral("/logs/httperr1.log"), QStringLiteral("/logs/httperr2.log")});
    const int64_t start = *TimeUtil::parseDateTime("2024-01-02", "00:00:00");
    for (int32_t file = 0; file < 2; ++file) {
        LogBatch batch;
        batch.fileIndex = file;
        const size_t reason = batch.columnFor(LogField::Reason, "s-reason");
        for (int minute = 0; minute <= 60; ++minute) {
            batch.times.push_back(start + file * 5 * 3600 + minute * 60);
            batch.lines.push_back(uint32_t(minute + 1));
            batch.columns[reason].ids.push_back(batch.columns[reason].pool.intern("QueueFull"));
        }
        store.append(batch);
    }
    const ReportData d = ReportDataCollector::collect(store, nullptr, {});
    QCOMPARE(d.gaps.size(), size_t(1));
    QCOMPARE(d.gaps[0].start, start + 3600);
    QCOMPARE(d.gaps[0].end, start + 5 * 3600);
    const QString gap =
        QStringLiteral("2024-01-02 01:00:00 – 2024-01-02 05:00:00 UTC, 4 h without rows");
    QVERIFY(
        ReportBuilder::html(d).contains(QStringLiteral("<li>") + gap + QStringLiteral("</li>")));
    QVERIFY(ReportBuilder::markdown(d).contains(QStringLiteral("**No file covers:** ") + gap
                                                + QStringLiteral("  \n")));
}

void TestReport::serversSentence_data()
{
    QTest::addColumn<QStringList>("servers"); // name=rows, most first
    QTest::addColumn<int>("serverCount");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("one server") << QStringList{QStringLiteral("WEB03=412")} << 3
                                << QStringLiteral("Only WEB03 logged them; the other servers "
                                                  "have none in that time.");
    QTest::newRow("all, mostly one")
        << QStringList{QStringLiteral("WEB01=90"), QStringLiteral("WEB02=6"),
                       QStringLiteral("WEB03=4")}
        << 3
        << QStringLiteral("Every server logged some, but most came from WEB01 (90 % of them).");
    QTest::newRow("all, spread")
        << QStringList{QStringLiteral("WEB02=40"), QStringLiteral("WEB01=35"),
                       QStringLiteral("WEB03=25")}
        << 3 << QStringLiteral("All 3 servers logged them; the busiest, WEB02, 40 % of them.");
    QTest::newRow("some") << QStringList{QStringLiteral("WEB01=75"), QStringLiteral("WEB04=25")}
                          << 4
                          << QStringLiteral(
                                 "2 of 4 servers logged them: WEB01 (75 %), WEB04 (25 %).");
    QTest::newRow("one server loaded") << QStringList{QStringLiteral("WEB01=10")} << 1 << QString();
}

void TestReport::serversSentence()
{
    QFETCH(QStringList, servers);
    QFETCH(int, serverCount);
    QFETCH(QString, sentence);
    SpikeSummary s;
    s.serverCount = serverCount;
    for (const QString &item : servers)
        s.servers.push_back({item.section(QLatin1Char('='), 0, 0),
                             item.section(QLatin1Char('='), 1).toULongLong()});
    QCOMPARE(ReportExplainer::serversSentence(s), sentence);
}

void TestReport::serversOfABundle()
{
    // The demo log spread over three servers by line, its Connection_Dropped bursts all on
    // WEB03 (one server's back end failing).
    QFile demo(QStringLiteral(HTTPERR_SOURCE_DIR "/resources/demo/httperr-demo.log"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = demo.readAll().split('\n');
    QTemporaryDir dir;
    const QStringList names{QStringLiteral("WEB01"), QStringLiteral("WEB02"),
                            QStringLiteral("WEB03")};
    QByteArray text[3];
    uint64_t rows[3] = {0, 0, 0};
    int n = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith('#')) {
            for (QByteArray &t : text)
                t += line + '\n';
            continue;
        }
        const bool burst = line.contains(" Connection_Dropped ")
                           && (line.mid(11, 4) == "10:1" || line.mid(11, 4) == "15:3");
        const int server = burst ? 2 : n++ % 3;
        text[server] += line + '\n';
        ++rows[server];
    }
    for (int s = 0; s < 3; ++s) {
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bundle/") + names[s])));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bundle/%1/httperr1.log").arg(names[s])),
                          text[s]));
    }
    DirectLoader::Result loaded;
    DirectLoader::load({dir.filePath(QStringLiteral("bundle"))}, loaded);
    ReportData data = ReportDataCollector::collect(loaded.store, nullptr, {});
    QCOMPARE(data.servers.size(), size_t(3));
    for (size_t s = 0; s < 3; ++s) {
        QCOMPARE(data.servers[s].name, names[int(s)]);
        QCOMPARE(data.servers[s].files, 1);
        QCOMPARE(data.servers[s].rows, rows[s]);
    }
    QCOMPARE(data.files[1].relative, QStringLiteral("bundle/WEB02/httperr1.log"));
    ReportExplainer::addSpikes(data, loaded.store, nullptr);
    QCOMPARE(data.spikes.size(), size_t(2));
    for (const ReportData::Spike &spike : data.spikes)
        QVERIFY2(spike.explanation.startsWith(QStringLiteral(
                     "Only WEB03 logged them; the other servers have none in that time.")),
                 qPrintable(spike.explanation));
    const QString html = ReportBuilder::html(data);
    QVERIFY(html.contains(QStringLiteral("Totals by server")));
    QVERIFY(html.contains(QStringLiteral("bundle/WEB03/httperr1.log")));
    const QString md = ReportBuilder::markdown(data);
    QVERIFY(
        md.contains(QStringLiteral("| WEB03 | %1 |").arg(QLocale().toString(qulonglong(rows[2])))));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
