// What the timeline keeps true whatever the data, the size and the filter: every spike has a
// label that neither covers another nor is cut off (in the window and in pictures), a reason
// keeps its colour, sparse data over years still shows, and other files reset the view.
#include "bucketsizer.h"
#include "chartimage.h"
#include "displayclock.h"
#include "explanationpanel.h"
#include "filterfixture.h"
#include "languagemanager.h"
#include "logsession.h"
#include "logtablemodel.h"
#include "reasoncolors.h"
#include "spikeoverlay.h"
#include "syntheticlog.h"
#include "testfiles.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
constexpr int64_t Minute = 60;
constexpr int64_t Hour = 3600;

// A day of background noise with Connection_Dropped bursts: one right at the start, three a few
// minutes apart (crowded at any size) and one at the very end.
std::vector<Event> burstyDay()
{
    std::vector<std::vector<Event>> parts;
    parts.push_back(Synthetic::spread("Connection_Dropped", Day0, 86400, 2000, 1));
    parts.push_back(Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 6000, 2));
    parts.push_back(Synthetic::spread("Timer_MinBytesPerSecond", Day0, 86400, 900, 3));
    const int64_t bursts[] = {Day0 + 8 * Minute, Day0 + 10 * Hour, Day0 + 10 * Hour + 7 * Minute,
                              Day0 + 10 * Hour + 14 * Minute, Day0 + 24 * Hour - 9 * Minute};
    uint32_t seed = 10;
    for (const int64_t start : bursts)
        parts.push_back(Synthetic::spread("Connection_Dropped", start, 60, 400, seed++));
    return Synthetic::merged(std::move(parts));
}

struct Box
{
    QRectF rect;
    QString text;
};

// Where QCustomPlot itself puts a label (its own anchors, not what the overlay meant to do).
Box boxOf(const QCPItemText *label)
{
    return {QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()),
            label->text()};
}

// Every spike has a visible label inside the plot, and no two labels share a pixel.
void verifyLabels(const TimelineChart &chart, const SpikeOverlay &overlay)
{
    const QRectF plot = chart.axisRect()->rect();
    std::vector<Box> boxes;
    for (int i = 0; i < overlay.count(); ++i) {
        const QCPItemText *label = overlay.label(i);
        QVERIFY2(label->visible(), qPrintable(QStringLiteral("spike %1 has no label").arg(i)));
        const Box box = boxOf(label);
        QVERIFY2(plot.contains(box.rect),
                 qPrintable(QStringLiteral("label “%1” at (%2, %3)–(%4, %5) is cut by the plot "
                                           "(%6, %7)–(%8, %9)")
                                .arg(box.text)
                                .arg(box.rect.left())
                                .arg(box.rect.top())
                                .arg(box.rect.right())
                                .arg(box.rect.bottom())
                                .arg(plot.left())
                                .arg(plot.top())
                                .arg(plot.right())
                                .arg(plot.bottom())));
        for (const Box &other : boxes) {
            QVERIFY2(!box.rect.intersects(other.rect),
                     qPrintable(QStringLiteral("“%1” covers “%2”").arg(box.text, other.text)));
        }
        boxes.push_back(box);
    }
}

double barPixels(const TimelineChart &chart, const QCPBars *bars)
{
    return bars->width() * chart.axisRect()->width() / chart.xAxis->range().size();
}
} // namespace

class TestChartBehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelsNeverOverlapOrClip_data();
    void labelsNeverOverlapOrClip();
    void labelsInReportPicture();
    void colourStaysWithReason();
    void sparseYearsStillShow_data();
    void sparseYearsStillShow();
    void otherFilesResetChartAndExplanation();
    void mouseHintAtDefaultSize_data();
    void mouseHintAtDefaultSize();
    void serversDoNotWidenWindow();

private:
    LogStore m_bursty;
};

void TestChartBehaviour::initTestCase()
{
    Synthetic::append(m_bursty, burstyDay());
}

void TestChartBehaviour::labelsNeverOverlapOrClip_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("selected");
    // The chart in a 1024x700 and a 1280x800 window, a narrow dock, and a large picture.
    for (const QSize size :
         {QSize(1000, 250), QSize(1260, 280), QSize(520, 200), QSize(2000, 600)}) {
        for (const int selected : {-1, 0, 2, 4}) {
            QTest::addRow("%dx%d, selected %d", size.width(), size.height(), selected)
                << size << selected;
        }
    }
}

void TestChartBehaviour::labelsNeverOverlapOrClip()
{
    QFETCH(QSize, size);
    QFETCH(int, selected);
    TimelineData data(&m_bursty);
    data.flush();
    QVERIFY2(data.spikes().size() >= 5, qPrintable(QString::number(data.spikes().size())));
    TimelineChart chart;
    chart.setTimelineData(&data);
    chart.setSelectedSpike(selected);
    chart.layOutAt(size);
    verifyLabels(chart, chart.spikeOverlay());
    // The tallest stack of bars stays below the labels.
    uint64_t highest = 0;
    for (size_t b = 0; b < chart.bins().bucketCount; ++b)
        highest = std::max(highest, chart.bins().bucketTotal(b));
    const double tallest = chart.yAxis->coordToPixel(double(highest));
    double lowestLabel = 0;
    for (int i = 0; i < chart.spikeOverlay().count(); ++i)
        lowestLabel = std::max(lowestLabel, boxOf(chart.spikeOverlay().label(i)).rect.bottom());
    QVERIFY(tallest >= lowestLabel);
}

void TestChartBehaviour::labelsInReportPicture()
{
    // The report's picture is drawn by a chart of its own: it labels every spike too.
    TimelineData data(&m_bursty);
    data.flush();
    TimelineChart shown;
    shown.setTimelineData(&data);
    shown.layOutAt(QSize(1000, 250));
    for (const QSize size : {QSize(1000, 340), QSize(600, 260)}) {
        const auto copy = ChartImage::copyOf(shown, size);
        QCOMPARE(copy->spikeOverlay().count(), int(data.spikes().size()));
        verifyLabels(*copy, copy->spikeOverlay());
    }
}

void TestChartBehaviour::colourStaysWithReason()
{
    LogStore store;
    std::vector<Event> events;
    // Idle is the most frequent reason, then MinBytes, then QueueFull.
    auto add = [&events](const char *reason, int count, uint32_t seed) {
        const auto more = Synthetic::spread(reason, Day0, 86400, size_t(count), seed);
        events.insert(events.end(), more.begin(), more.end());
    };
    add("Timer_ConnectionIdle", 3000, 1);
    add("Timer_MinBytesPerSecond", 2000, 2);
    add("QueueFull", 1000, 3);
    add("Connection_Dropped", 500, 4);
    Synthetic::append(store, Synthetic::merged({events}));
    TimelineData data(&store);
    data.flush();
    TimelineChart chart;
    chart.setTimelineData(&data);
    chart.layOutAt(QSize(900, 250));
    QHash<QString, QColor> before;
    for (const QString &name : chart.seriesNames())
        before.insert(name, chart.series(name)->brush().color());
    QCOMPARE(before.size(), 4);

    // Without the top reason, the others move up in rank but keep their colours.
    const int reasonColumn = store.columnOf(LogField::Reason);
    const uint32_t idle =
        uint32_t(store.column(size_t(reasonColumn)).pool.find("Timer_ConnectionIdle"));
    data.setRowPredicate([&store, reasonColumn, idle](size_t row) {
        return store.id(size_t(reasonColumn), row) != idle;
    });
    data.flush();
    QCOMPARE(chart.seriesNames().size(), 3);
    for (const QString &name : chart.seriesNames())
        QCOMPARE(chart.series(name)->brush().color(), before.value(name));
    // A new chart in the same session (a picture, another file) colours them alike.
    TimelineChart again;
    again.setTimelineData(&data);
    for (const QString &name : again.seriesNames())
        QCOMPARE(again.series(name)->brush().color(), before.value(name));
}

void TestChartBehaviour::sparseYearsStillShow_data()
{
    QTest::addColumn<qint64>("fixed");
    QTest::newRow("automatic") << qint64(0);
    QTest::newRow("1 d picked by hand") << qint64(86400);
    QTest::newRow("1 h picked by hand") << qint64(3600);
}

void TestChartBehaviour::sparseYearsStillShow()
{
    QFETCH(qint64, fixed);
    // Seven rows from 2002 to 2025.
    const int64_t times[] = {1012608000, 1107302400, 1234567890, 1400000000,
                             1500000000, 1650000000, 1735000000};
    std::vector<Event> events;
    for (const int64_t t : times)
        events.push_back({t, "Connection_Dropped"});
    LogStore store;
    Synthetic::append(store, events);
    TimelineData data(&store);
    data.flush();
    TimelineChart chart;
    chart.setFixedStep(fixed);
    chart.setTimelineData(&data);
    chart.layOutAt(QSize(1000, 250));
    if (fixed == 0)
        QCOMPARE(chart.step(), int64_t(BucketSizer::Month)); // 23 years in about 280 months
    const QCPBars *bars = chart.series(QStringLiteral("Connection_Dropped"));
    QCOMPARE(bars->data()->size(), 7);
    double rows = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        rows += it->value;
    QCOMPARE(rows, 7.0);
    QVERIFY2(barPixels(chart, bars) >= 2.0, qPrintable(QString::number(barPixels(chart, bars))));
    // The tooltip of a month names its first and last day.
    if (fixed == 0) {
        const QString tip = chart.bucketToolTip(double(times[2]));
        QVERIFY2(tip.contains(QStringLiteral("2009-02-01 – 2009-02-28")), qPrintable(tip));
    }
}

void TestChartBehaviour::otherFilesResetChartAndExplanation()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.log"));
    // A day a year later than the demo log.
    QVERIFY(writeFile(other, "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
                             "cs-uri sc-status s-siteid s-reason s-queuename\r\n"
                             "2027-01-05 08:00:00 10.0.0.9 5000 10.0.0.1 80 HTTP/1.1 GET /x 503 1 "
                             "QueueFull DefaultAppPool\r\n"
                             "2027-01-05 09:30:00 10.0.0.9 5001 10.0.0.1 80 HTTP/1.1 GET /y 503 1 "
                             "QueueFull DefaultAppPool\r\n"));
    LogSession session;
    TimelineData data(session.tableModel());
    TimelineChart chart;
    chart.setTimelineData(&data);
    chart.resize(1000, 250);
    chart.show();
    ExplanationPanel panel;
    panel.watch(&session);
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open({QStringLiteral(":/demo/httperr-demo.log")});
    QVERIFY(finished.wait(20000));
    data.flush();
    // The user zooms into a spike and has it explained.
    chart.setVisibleRange(Day0 + 10 * Hour, Day0 + 11 * Hour);
    chart.setSelectedSpike(0);
    panel.showSpike(data.summarize(0));
    QCOMPARE(panel.currentReason(), QStringLiteral("Connection_Dropped"));

    session.open({other});
    QVERIFY(finished.wait(20000));
    data.flush();
    chart.replot();
    const QCPRange range = chart.xAxis->range();
    const double first = 1799107200 + 8 * Hour; // 2027-01-05 08:00:00
    QVERIFY2(range.contains(first) && range.contains(first + 90 * Minute),
             qPrintable(QStringLiteral("%1 – %2").arg(range.lower).arg(range.upper)));
    QCOMPARE(chart.selectedSpike(), -1);
    QCOMPARE(panel.currentReason(), QString());
    QVERIFY(!panel.toHtml().contains(QLatin1String("filter:")));
}

void TestChartBehaviour::mouseHintAtDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestChartBehaviour::mouseHintAtDefaultSize()
{
    // The timeline dock spans the 1280-pixel window: the wheel/drag/Shift+drag hint shows.
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral("httperr_") + language,
                                LanguageManager::catalogueDirectory()));
        QCoreApplication::installTranslator(&translator);
    }
    DisplayClock clock;
    clock.setZoneId(QStringLiteral("America/Argentina/Buenos_Aires")); // a long name
    TimelineData data(&m_bursty);
    data.flush();
    TimelineWidget timeline;
    timeline.setTimelineData(&data);
    timeline.setDisplayClock(&clock);
    timeline.resize(1280, 280);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QVERIFY(timeline.mouseHint()->isVisible());
    // Every control keeps its room beside it.
    for (QWidget *control : timeline.findChildren<QWidget *>()) {
        if (control->parentWidget() == &timeline && control->isVisible()
            && control != timeline.chart()
            && control->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored)
            QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                     qPrintable(control->objectName() + QLatin1Char(' ')
                                + QString::number(control->width())));
    }
    // In a narrow window it gives way.
    timeline.resize(800, 280);
    QTRY_VERIFY(!timeline.mouseHint()->isVisible());
    QCoreApplication::removeTranslator(&translator);
}

void TestChartBehaviour::serversDoNotWidenWindow()
{
    // The mouse hint shows at 1024 pixels while one server is loaded. When rows of a second
    // server bring the Bars choice, the hint gives way: it once held its room, so the controls'
    // row asked for more than 1024 pixels and the window grew to 1,047.
    LogTableModel table;
    TimelineData data(&table);
    TimelineWidget timeline;
    timeline.setTimelineData(&data);
    timeline.resize(1024, 280);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QVERIFY(timeline.mouseHint()->isVisible());
    LogStore farm;
    FilterFixture::fillWithServers(farm);
    table.setFileSet(farm.fileSet());
    for (const LogBatch &b : FilterFixture::serverBatches())
        table.appendBatch(b);
    data.flush();
    auto *bars = timeline.findChild<QComboBox *>(QStringLiteral("barBreakdown"));
    QTRY_VERIFY(bars->isVisible());
    QVERIFY2(timeline.minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(timeline.minimumSizeHint().width())));
    QTest::qWait(50);
    QCOMPARE(timeline.width(), 1024);
}

QTEST_MAIN(TestChartBehaviour)
#include "tst_chartbehaviour.moc"
