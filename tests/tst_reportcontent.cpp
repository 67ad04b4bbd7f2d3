// The parts of a report that need more than the rows: the chart drawn off screen, the
// Connection_Dropped spikes with their summaries and explanations, the reasons explained;
// and the timeline chart saved as PNG, JPEG and PDF or copied.
#include "chartexportcontroller.h"
#include "chartexportdialog.h"
#include "chartimage.h"
#include "directloader.h"
#include "languagemanager.h"
#include "reasoncatalog.h"
#include "reportassembler.h"
#include "reportbuilder.h"
#include "reportwriter.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timeutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QColor DroppedRed(214, 39, 40);
// The report chart's plot, left of its legend.
const QRect PlotArea(0, 0, 1640, 680);

int64_t at(const QString &utc)
{
    return TimeUtil::parseIso(utc).value_or(0);
}

// The chart's PNG, decoded from the page's data: URI.
QImage embeddedChart(const QString &html)
{
    static const QRegularExpression re(
        QStringLiteral("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    const auto m = re.match(html);
    QImage image;
    if (m.hasMatch())
        image.loadFromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG");
    return image;
}

// Pixels of exactly `colour` in `area` (the whole image when null).
int pixelsOf(const QImage &image, const QColor &colour, QRect area = {})
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    if (area.isNull())
        area = rgb.rect();
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = area.left(); x <= area.right(); ++x)
            n += line[x] == colour.rgb() ? 1 : 0;
    }
    return n;
}

bool hasColour(const QImage &image, const QColor &colour)
{
    return pixelsOf(image, colour) > 0;
}
} // namespace

class TestReportContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSpikes_data();
    void demoSpikes();
    void spikesOfFilteredRows_data();
    void spikesOfFilteredRows();
    void topReasonsExplained_data();
    void topReasonsExplained();
    void htmlHoldsChartSpikesAndExplanations();
    void markdownOfDemo();
    void chartOfFilteredRows();
    void anonymisedSpikesHideAddresses();
    void pdfHoldsChart();
    void chartSaves_data();
    void chartSaves();
    void chartSaveFails_data();
    void chartSaveFails();
    void chartCopies();
    void dialogFollowsExtension_data();
    void dialogFollowsExtension();
    void dialogClampsSize();
    void controllerCopiesShownSize();

private:
    ReportData demoReport(bool chart) const;

    DirectLoader::Result m_demo;
    QTemporaryDir m_dir;
};

void TestReportContent::initTestCase()
{
    LanguageManager::install(QStringLiteral("en")); // plural forms: "111 client addresses"
    // Numbers in the texts as in English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DirectLoader::load({QStringLiteral(":/demo/httperr-demo.log")}, m_demo);
    QCOMPARE(m_demo.store.rowCount(), size_t(30063));
}

ReportData TestReportContent::demoReport(bool chart) const
{
    ReportAssembler::Input input;
    input.store = &m_demo.store;
    input.chart = chart;
    return ReportAssembler::assemble(input);
}

void TestReportContent::demoSpikes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<qulonglong>("count");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<QString>("verdict");
    const QString proxy = QStringLiteral("Most likely the load balancer or proxy in front "
                                         "(10.20.0.0/24) closed or recycled its connections to the "
                                         "server. ");
    QTest::newRow("morning")
        << 0 << "2026-03-10 10:14:03"
        << "2026-03-10 10:15:30" << 412ull
        << "412 Connection_Dropped rows in 1 min 28 s, 304/min at the peak where 5.1/h is usual; "
           "81 % of all rows in that time."
        << "67 % of them came from 4 neighbouring addresses in 10.20.0.0/24 (the busiest "
           "10.20.0.14), which looks like the nodes of a load balancer or proxy in front of the "
           "server. They were spread over many URLs; the most frequent, /api/orders/submit, had "
           "39 % of them. Most were queued for the application pool ShopAppPool (53 % of them). "
           "Meanwhile Client_Reset (28 rows, about 1.2 expected) rose as well."
        << proxy + QStringLiteral("From 111 client addresses and 38 URLs.");
    QTest::newRow("afternoon")
        << 1 << "2026-03-10 15:37:41"
        << "2026-03-10 15:38:46" << 254ull
        << "254 Connection_Dropped rows in 1 min 6 s, 201/min at the peak where 5.1/h is usual; "
           "93 % of all rows in that time."
        << "67 % of them came from 4 neighbouring addresses in 10.20.0.0/24 (the busiest "
           "10.20.0.11), which looks like the nodes of a load balancer or proxy in front of the "
           "server. They were spread over many URLs; the most frequent, /api/orders/submit, had "
           "39 % of them. All were queued for the application pool DefaultAppPool. No other reason "
           "rose at the same time."
        << proxy + QStringLiteral("From 83 client addresses and 11 URLs.");
}

void TestReportContent::demoSpikes()
{
    QFETCH(int, index);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(qulonglong, count);
    QFETCH(QString, summary);
    QFETCH(QString, explanation);
    const ReportData d = demoReport(false);
    QVERIFY(d.spikesSearched);
    QCOMPARE(d.spikes.size(), size_t(2));
    const ReportData::Spike &s = d.spikes[size_t(index)];
    QCOMPARE(TimeUtil::formatUtc(s.start), start);
    QCOMPARE(TimeUtil::formatUtc(s.end), end);
    QCOMPARE(s.count, uint64_t(count));
    QCOMPARE(s.reason, QStringLiteral("Connection_Dropped"));
    QCOMPARE(s.summary, summary);
    QCOMPARE(s.explanation, explanation);
    QTEST(s.verdict, "verdict");
    QCOMPARE(s.checks.first(), QStringLiteral("Compare the load balancer's idle timeout with IIS's "
                                              "connection timeout: the load balancer's should be "
                                              "the shorter."));
}

void TestReportContent::spikesOfFilteredRows_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("reversed"); // as a table sorted the other way hands them over
    QTest::addColumn<QStringList>("starts");
    QTest::newRow("morning") << "2026-03-10 00:00:00"
                             << "2026-03-10 12:00:00" << false
                             << QStringList{QStringLiteral("2026-03-10 10:14:03")};
    QTest::newRow("afternoon, reversed")
        << "2026-03-10 12:00:00"
        << "2026-03-10 23:59:59" << true << QStringList{QStringLiteral("2026-03-10 15:37:41")};
    QTest::newRow("whole day, reversed") << "2026-03-10 00:00:00"
                                         << "2026-03-10 23:59:59" << true
                                         << QStringList{QStringLiteral("2026-03-10 10:14:03"),
                                                        QStringLiteral("2026-03-10 15:37:41")};
}

void TestReportContent::spikesOfFilteredRows()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, reversed);
    QFETCH(QStringList, starts);
    std::vector<uint32_t> rows;
    for (size_t r = 0; r < m_demo.store.rowCount(); ++r) {
        const int64_t t = m_demo.store.time(r);
        if (t >= at(from) && t <= at(to))
            rows.push_back(uint32_t(r));
    }
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    ReportAssembler::Input input;
    input.store = &m_demo.store;
    input.rows = &rows;
    input.chart = false;
    const ReportData d = ReportAssembler::assemble(input);
    QStringList found;
    for (const ReportData::Spike &s : d.spikes)
        found << TimeUtil::formatUtc(s.start);
    QCOMPARE(found, starts);
}

void TestReportContent::topReasonsExplained_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qulonglong>("count");
    QTest::newRow("first") << 0 << "Timer_ConnectionIdle" << 24996ull;
    QTest::newRow("second") << 1 << "Connection_Dropped" << 748ull;
    QTest::newRow("third") << 2 << "Timer_MinBytesPerSecond" << 689ull;
}

void TestReportContent::topReasonsExplained()
{
    QFETCH(int, index);
    QFETCH(QString, reason);
    QFETCH(qulonglong, count);
    const ReportData d = demoReport(false);
    // The spikes' reason is among the top three, so it is not explained twice.
    QCOMPARE(d.explanations.size(), size_t(3));
    const ReportData::Explanation &e = d.explanations[size_t(index)];
    const ReasonCatalog::Entry entry = ReasonCatalog::lookup(reason);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.count, uint64_t(count));
    QCOMPARE(e.text, entry.meaning);
    QCOMPARE(e.causes, entry.causes);
    QCOMPARE(e.checks, entry.checks);
    QVERIFY(e.context.startsWith(u"No status sent (logged as -). "));
}

void TestReportContent::htmlHoldsChartSpikesAndExplanations()
{
    const ReportData d = demoReport(true);
    const QString html = ReportBuilder::html(d);
    const QImage chart = embeddedChart(html);
    QCOMPARE(chart.size(), QSize(2000, 680));
    QVERIFY(pixelsOf(chart, DroppedRed, PlotArea) > 0); // the Connection_Dropped bars
    QCOMPARE(chart.pixelColor(4, 4), QColor(Qt::white));
    QVERIFY(html.contains(u"width=\"900\" alt=\"Rows over time, by reason\""));
    for (const char *part :
         {"<h2>Timeline</h2>", "<h2>Spikes</h2>",
          "<h3>Connection_Dropped spike, 2026-03-10 10:14:03 – 10:15:30 UTC</h3>",
          "<h3>Connection_Dropped spike, 2026-03-10 10:14:03 – 10:15:30 UTC</h3>\n<p "
          "class=\"verdict\"><b>Most likely the load balancer or proxy in front (10.20.0.0/24) "
          "closed or recycled its connections to the server. From 111 client addresses and 38 "
          "URLs.</b></p>\n<p>412 Connection_Dropped rows in 1 min 28 s, ",
          "<p class=\"label\">What to check next</p>\n<ul>\n<li>Compare the load balancer's "
          "idle timeout",
          "<h3>Connection_Dropped spike, 2026-03-10 15:37:41 – 15:38:46 UTC</h3>",
          "<p>254 Connection_Dropped rows in 1 min 6 s, ", "<h2>What the top reasons mean</h2>",
          "<h3>Timer_ConnectionIdle (24,996 rows, 83 %)</h3>",
          "<h3>Connection_Dropped (748 rows, 2.5 %)</h3>",
          "<h3>Timer_MinBytesPerSecond (689 rows, 2.3 %)</h3>",
          "<p class=\"label\">Typical causes</p>", "<p class=\"label\">What to check next</p>"})
        QVERIFY2(html.contains(QString::fromUtf8(part)), part);
    // Sections in reading order.
    QVERIFY(html.indexOf(u"<h2>Timeline</h2>") < html.indexOf(u"<h2>Spikes</h2>"));
    QVERIFY(html.indexOf(u"<h2>Spikes</h2>") < html.indexOf(u"<h2>What the top reasons mean</h2>"));
}

void TestReportContent::markdownOfDemo()
{
    // Copy Summary: each spike on one line with its verdict and what its rows share, each top
    // reason with the first sentence of its explanation.
    const ReportData d = demoReport(false);
    const QString md = ReportBuilder::markdown(d);
    QVERIFY(md.contains(QStringLiteral("**Spikes:**\n- 2026-03-10 10:14:03 – 10:15:30 UTC: ")
                        + d.spikes[0].verdict + QLatin1Char(' ') + d.spikes[0].summary
                        + QLatin1Char(' ') + d.spikes[0].explanation
                        + QStringLiteral("\n- 2026-03-10 15:37:41 – 15:38:46 UTC: ")
                        + d.spikes[1].verdict + QLatin1Char(' ') + d.spikes[1].summary
                        + QLatin1Char(' ') + d.spikes[1].explanation + QLatin1Char('\n')));
    QVERIFY(md.contains(
        u"**What the top reasons mean:**\n"
        u"- **Timer_ConnectionIdle**: An idle keep-alive connection expired and HTTP.sys closed "
        u"it.\n"
        u"- **Connection_Dropped**: HTTP.sys had the request and the application had started on "
        u"it, but the connection was closed before the complete response and its logging data "
        u"were handed over.\n"
        u"- **Timer_MinBytesPerSecond**: The client took the response more slowly than the "
        u"minimum send rate, so HTTP.sys closed the connection.\n"));
}

void TestReportContent::chartOfFilteredRows()
{
    // Only rows without Connection_Dropped: no red in the picture, and no spikes.
    const int reason = m_demo.store.columnOf(LogField::Reason);
    const int64_t dropped = m_demo.store.column(size_t(reason)).pool.find("Connection_Dropped");
    std::vector<uint32_t> rows;
    for (size_t r = 0; r < m_demo.store.rowCount(); ++r) {
        if (int64_t(m_demo.store.id(size_t(reason), r)) != dropped)
            rows.push_back(uint32_t(r));
    }
    ReportAssembler::Input input;
    input.store = &m_demo.store;
    input.rows = &rows;
    const ReportData d = ReportAssembler::assemble(input);
    QImage chart;
    QVERIFY(chart.loadFromData(d.chartPng, "PNG"));
    QCOMPARE(chart.size(), QSize(2000, 680));
    // Connection_Dropped keeps its legend entry but has no bars.
    QCOMPARE(pixelsOf(chart, DroppedRed, PlotArea), 0);
    QVERIFY(d.spikesSearched);
    QVERIFY(d.spikes.empty());
    QVERIFY(ReportBuilder::html(d).contains(u"No Connection_Dropped spikes"));

    std::vector<uint32_t> none;
    input.rows = &none;
    QVERIFY(ReportAssembler::assemble(input).chartPng.isEmpty());
}

void TestReportContent::anonymisedSpikesHideAddresses()
{
    ReportAssembler::Input input;
    input.store = &m_demo.store;
    input.chart = false;
    const ReportData plain = ReportAssembler::assemble(input);
    input.anonymize = true;
    const ReportData anonymised = ReportAssembler::assemble(input);
    QCOMPARE(anonymised.spikes.size(), plain.spikes.size());
    const int ip = m_demo.store.columnOf(LogField::ClientIp);
    for (const ReportData::Spike &s : anonymised.spikes) {
        for (size_t r = 0; r < m_demo.store.rowCount(); ++r) {
            const std::string_view text = m_demo.store.text(size_t(ip), r);
            if (text.size() > 6) // long enough not to match a number by chance
                QVERIFY2(!s.explanation.contains(
                             QString::fromLatin1(text.data(), qsizetype(text.size()))),
                         std::string(text).c_str());
        }
    }
}

void TestReportContent::pdfHoldsChart()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(ReportWriter::write(demoReport(true), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/Subtype /Image"));
    QVERIFY(pdf.contains("/Width 2000"));
    QVERIFY(pdf.contains("/Height 680"));
}

void TestReportContent::chartSaves_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::newRow("png") << "chart.png" << QSize(800, 300);
    QTest::newRow("jpeg") << "chart.jpg" << QSize(1024, 360);
    QTest::newRow("jpeg, long suffix") << "chart.jpeg" << QSize(640, 480);
    QTest::newRow("pdf") << "chart.pdf" << QSize(900, 320);
}

void TestReportContent::chartSaves()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    TimelineData data(&m_demo.store);
    data.flush();
    TimelineChart shown;
    shown.setTimelineData(&data);
    shown.layOutAt(QSize(500, 200)); // the picture does not depend on the widget's size
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QCOMPARE(ChartImage::save(shown, path, size), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (const QByteArray shots = qgetenv("HTTPERR_TEST_SHOTS"); !shots.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(shots) + QLatin1Char('/') + name);
    if (name.endsWith(u".pdf")) {
        QVERIFY(bytes.startsWith("%PDF-"));
        // A page of the chart's size in points, drawn as vectors (no picture of it inside).
        static const QRegularExpression box(
            QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const auto m = box.match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        QCOMPARE(qRound(m.captured(1).toDouble()), size.width());
        QCOMPARE(qRound(m.captured(2).toDouble()), size.height());
        QVERIFY(!bytes.contains("/Subtype /Image"));
        return;
    }
    QImage image;
    QVERIFY(image.loadFromData(bytes, name.endsWith(u".png") ? "PNG" : "JPG"));
    QCOMPARE(image.size(), size);
    if (name.endsWith(u".png"))
        QVERIFY(hasColour(image, DroppedRed));
}

void TestReportContent::chartSaveFails_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown extension") << "chart.gif"
                                       << "ends neither in .png, .jpg nor .pdf";
    QTest::newRow("a folder") << "folder.png"
                              << "is a folder";
    QTest::newRow("no such folder") << "missing/chart.png"
                                    << "does not exist";
}

void TestReportContent::chartSaveFails()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.png")));
    TimelineData data(&m_demo.store);
    data.flush();
    TimelineChart shown;
    shown.setTimelineData(&data);
    const QString path = m_dir.filePath(name);
    const QString message = ChartImage::save(shown, path, QSize(400, 200));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!QFileInfo(path).isFile());
}

void TestReportContent::chartCopies()
{
    TimelineData data(&m_demo.store);
    data.flush();
    TimelineChart shown;
    shown.setTimelineData(&data);
    ChartImage::copy(shown, QSize(640, 240));
    const QImage copied = QGuiApplication::clipboard()->image();
    QCOMPARE(copied.size(), QSize(640, 240));
    QVERIFY(hasColour(copied, DroppedRed));
}

void TestReportContent::dialogFollowsExtension_data()
{
    QTest::addColumn<QString>("typed");    // typed into the file field, empty for none
    QTest::addColumn<int>("formatPicked"); // then picked in the list, -1 for none
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    const int png = int(ChartImage::Format::Png);
    const int jpeg = int(ChartImage::Format::Jpeg);
    const int pdf = int(ChartImage::Format::Pdf);
    QTest::newRow("as offered") << "" << -1 << "/data/httperr-timeline.png" << png;
    QTest::newRow("typed .pdf") << "/data/t.pdf" << -1 << "/data/t.pdf" << pdf;
    QTest::newRow("typed .JPEG") << "/data/t.JPEG" << -1 << "/data/t.JPEG" << jpeg;
    QTest::newRow("typed without extension") << "/data/t" << -1 << "/data/t.png" << png;
    QTest::newRow("picked jpeg") << "" << jpeg << "/data/httperr-timeline.jpg" << jpeg;
    QTest::newRow("typed .pdf, picked png") << "/data/t.pdf" << png << "/data/t.png" << png;
    QTest::newRow("dots in the name") << "/data/v1.2/t.x" << pdf << "/data/v1.2/t.x.pdf" << pdf;
}

void TestReportContent::dialogFollowsExtension()
{
    QFETCH(QString, typed);
    QFETCH(int, formatPicked);
    QFETCH(QString, path);
    QFETCH(int, format);
    ChartExportDialog dialog({QStringLiteral("/data/httperr-timeline.png"), QSize(900, 300)});
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("chartPath"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("chartFormat"));
    QVERIFY(edit && combo);
    if (!typed.isEmpty()) {
        edit->clear();
        QTest::keyClicks(edit, QDir::toNativeSeparators(typed));
    }
    if (formatPicked >= 0) {
        const int index = combo->findData(formatPicked);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }
    QCOMPARE(dialog.choice().path, path);
    QCOMPARE(int(dialog.format()), format);
    QCOMPARE(dialog.choice().size, QSize(900, 300));
}

void TestReportContent::dialogClampsSize()
{
    ChartExportDialog dialog({QStringLiteral("/data/t.png"), QSize(20, 50000)});
    QCOMPARE(dialog.choice().size, QSize(100, 10000));
    dialog.findChild<QSpinBox *>(QStringLiteral("chartWidth"))->setValue(1600);
    dialog.findChild<QSpinBox *>(QStringLiteral("chartHeight"))->setValue(500);
    QCOMPARE(dialog.choice().size, QSize(1600, 500));
    // Set HTTPERR_TEST_SHOTS to a folder to look at the dialog.
    const QByteArray shots = qgetenv("HTTPERR_TEST_SHOTS");
    if (!shots.isEmpty()) {
        dialog.show();
        dialog.adjustSize();
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/chart-dialog.png"));
    }
}

void TestReportContent::controllerCopiesShownSize()
{
    TimelineData data(&m_demo.store);
    data.flush();
    QWidget window;
    auto *chart = new TimelineChart(&window);
    chart->setTimelineData(&data);
    chart->layOutAt(QSize(720, 260));
    ChartExportController controller(chart, &window);
    QSignalSpy messages(&controller, &ChartExportController::message);
    controller.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(720, 260));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("Chart copied as an image (720 × 260 pixels)"));
    QCOMPARE(controller.saveAction()->text(), QStringLiteral("Save Chart &Image…"));
}

QTEST_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
