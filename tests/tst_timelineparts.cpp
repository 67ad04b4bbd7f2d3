// The timeline chart's parts on their own: the time axis (tick steps, label formats, times and
// the axis title in UTC and local time) and the hatching of the gaps between files.
#include "gapoverlay.h"
#include "overlayitems.h"
#include "timeaxisticker.h"

#include <QtTest>

#include <ctime>

namespace {
constexpr qint64 Day0 = 1773100800; // 2026-03-10T00:00:00Z
constexpr double Hour = 3600;
constexpr double Day = 86400;
} // namespace

class TestTimelineParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatForSpan_data();
    void formatForSpan();
    void tickStep_data();
    void tickStep();
    void formatTime_data();
    void formatTime();
    void axisLabel_data();
    void axisLabel();
    void fitToPutsTicksOnLocalHours();
    void gapToolTip_data();
    void gapToolTip();
    void gapLabelsWhereWide();
};

void TestTimelineParts::initTestCase()
{
    // A fixed zone (POSIX rule, no zone database needed): CET, UTC+1 in March.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
}

void TestTimelineParts::formatForSpan_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<QString>("format");
    QTest::newRow("a minute") << 60.0 << QStringLiteral("HH:mm:ss");
    QTest::newRow("five minutes") << 300.0 << QStringLiteral("HH:mm:ss");
    QTest::newRow("just over five minutes") << 301.0 << QStringLiteral("HH:mm");
    QTest::newRow("36 hours") << 36 * Hour << QStringLiteral("HH:mm");
    QTest::newRow("just over 36 hours") << 36 * Hour + 1 << QStringLiteral("MM-dd HH:mm");
    QTest::newRow("20 days") << 20 * Day << QStringLiteral("MM-dd HH:mm");
    QTest::newRow("a month") << 31 * Day << QStringLiteral("yyyy-MM-dd");
}

void TestTimelineParts::formatForSpan()
{
    QFETCH(double, span);
    QFETCH(QString, format);
    QCOMPARE(TimeAxisTicker::formatForSpan(span), format);
}

void TestTimelineParts::tickStep_data()
{
    // Eight ticks wanted: the step nearest to span / 8 among round clock values.
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("step");
    QTest::newRow("10 minutes: 75 s -> 1 min") << 600.0 << 60.0;
    QTest::newRow("30 minutes: 225 s -> 5 min") << 1800.0 << 300.0;
    QTest::newRow("2 hours: 900 s -> 15 min") << 2 * Hour << 900.0;
    QTest::newRow("20 minutes: 150 s -> 2 min") << 1200.0 << 120.0;
    QTest::newRow("a day: 3 h") << Day << 3 * Hour;
    QTest::newRow("16 hours: 2 h") << 16 * Hour << 2 * Hour;
    QTest::newRow("5 hours: 37.5 min -> 30 min") << 5 * Hour << 1800.0;
}

void TestTimelineParts::tickStep()
{
    QFETCH(double, span);
    QFETCH(double, step);
    TimeAxisTicker ticker;
    QCOMPARE(ticker.tickStepFor(QCPRange(double(Day0), double(Day0) + span)), step);
}

void TestTimelineParts::formatTime_data()
{
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("withDate");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::newRow("UTC time") << false << false << QStringLiteral("23:30:05")
                              << QStringLiteral("UTC");
    QTest::newRow("UTC with date")
        << false << true << QStringLiteral("2026-03-10 23:30:05") << QStringLiteral("UTC");
    QTest::newRow("local time, next day") << true << true << QStringLiteral("2026-03-11 00:30:05")
                                          << QStringLiteral("UTC+01:00 (local time)");
}

void TestTimelineParts::formatTime()
{
    QFETCH(bool, local);
    QFETCH(bool, withDate);
    QFETCH(QString, text);
    QFETCH(QString, zone);
    TimeAxisTicker ticker;
    ticker.setDisplayZone(local ? DisplayZone::system() : DisplayZone::utc());
    QCOMPARE(ticker.displayZone().isUtc(), !local);
    QCOMPARE(ticker.formatTime(Day0 + 23 * 3600 + 30 * 60 + 5, withDate), text);
    QCOMPARE(ticker.zoneName(Day0), zone);
    QCOMPARE(ticker.zoneOffset(double(Day0)), local ? int64_t(3600) : int64_t(0));
}

void TestTimelineParts::axisLabel_data()
{
    QTest::addColumn<bool>("local");
    QTest::addColumn<double>("from"); // the view, hours after Day0
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("first"); // the data, hours after Day0
    QTest::addColumn<double>("last");
    QTest::addColumn<QString>("label");
    QTest::newRow("one day") << false << 1.0 << 5.0 << 0.0 << 24.0
                             << QStringLiteral("Time (UTC), 2026-03-10");
    QTest::newRow("two days") << false << 20.0 << 30.0 << 0.0 << 48.0
                              << QStringLiteral("Time (UTC), 2026-03-10 – 2026-03-11");
    QTest::newRow("padding beyond the data is not a day")
        << false << -2.0 << 26.0 << 0.0 << 23.5 << QStringLiteral("Time (UTC), 2026-03-10");
    QTest::newRow("local time") << true << 20.0 << 22.0 << 0.0 << 24.0
                                << QStringLiteral("Time (local time, UTC+01:00), 2026-03-10");
    QTest::newRow("local time past midnight")
        << true << 22.0 << 23.5 << 0.0 << 24.0
        << QStringLiteral("Time (local time, UTC+01:00), 2026-03-10 – 2026-03-11");
}

void TestTimelineParts::axisLabel()
{
    QFETCH(bool, local);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, first);
    QFETCH(double, last);
    QFETCH(QString, label);
    TimeAxisTicker ticker;
    ticker.setDisplayZone(local ? DisplayZone::system() : DisplayZone::utc());
    const QCPRange range(double(Day0) + from * Hour, double(Day0) + to * Hour);
    QCOMPARE(ticker.axisLabel(range, double(Day0) + first * Hour, double(Day0) + last * Hour),
             label);
}

void TestTimelineParts::fitToPutsTicksOnLocalHours()
{
    TimeAxisTicker ticker;
    const QCPRange tenMinutes{double(Day0), double(Day0) + 600};
    ticker.fitTo(tenMinutes);
    QCOMPARE(ticker.dateTimeFormat(), QStringLiteral("HH:mm"));
    QCOMPARE(ticker.tickOrigin(), 0.0);
    ticker.setDisplayZone(DisplayZone::system());
    ticker.fitTo(QCPRange(double(Day0), double(Day0) + 120));
    QCOMPARE(ticker.dateTimeFormat(), QStringLiteral("HH:mm:ss"));
    QCOMPARE(ticker.tickOrigin(), -3600.0);
}

void TestTimelineParts::gapToolTip_data()
{
    QTest::addColumn<double>("key");
    QTest::addColumn<QString>("toolTip");
    const QString second = QStringLiteral(
        "No loaded file has rows for this time. A file may be missing, or the server or its "
        "logging was stopped; it does not mean there were no errors.");
    const QString first =
        QStringLiteral("<b>No log: 2026-03-10 01:00:00 – 2026-03-10 02:00:00 UTC</b><br>");
    // The gap lies between the end of second 01:00:00 and the row at 02:00:00.
    QTest::newRow("before") << double(Day0) << QString();
    QTest::newRow("inside the last second before it") << double(Day0) + Hour + 0.5 << QString();
    QTest::newRow("just inside") << double(Day0) + Hour + 1.5 << first + second;
    QTest::newRow("middle") << double(Day0) + 1.5 * Hour << first + second;
    QTest::newRow("at the next row") << double(Day0) + 2 * Hour << QString();
    QTest::newRow("second gap")
        << double(Day0) + 10 * Hour
        << QStringLiteral("<b>No log: 2026-03-10 05:00:00 – 2026-03-11 00:00:00 UTC</b><br>")
               + second;
}

void TestTimelineParts::gapToolTip()
{
    QFETCH(double, key);
    QFETCH(QString, toolTip);
    QCustomPlot plot;
    OverlayItems::addLayers(&plot);
    TimeAxisTicker time;
    GapOverlay gaps(&plot, time);
    gaps.setGaps({{Day0 + 3600, Day0 + 7200}, {Day0 + 5 * 3600, Day0 + 24 * 3600}});
    QCOMPARE(gaps.count(), 2);
    QCOMPARE(gaps.band(0)->topLeft->coords().x(), double(Day0 + 3601));
    QCOMPARE(gaps.band(0)->bottomRight->coords().x(), double(Day0 + 7200));
    QCOMPARE(gaps.toolTip(key), toolTip);
    // Replacing the gaps removes the old bands from the plot.
    const int items = plot.itemCount();
    gaps.setGaps({});
    QCOMPARE(gaps.count(), 0);
    QCOMPARE(plot.itemCount(), items - 4);
    QCOMPARE(gaps.toolTip(key), QString());
}

void TestTimelineParts::gapLabelsWhereWide()
{
    // 1000 pixels for a day: the hour-long gap is about 42 pixels wide, the 19-hour one 790.
    QCustomPlot plot;
    OverlayItems::addLayers(&plot);
    plot.resize(1000, 300);
    plot.setViewport(QRect(0, 0, 1000, 300));
    plot.xAxis->setRange(double(Day0), double(Day0) + Day);
    plot.replot();
    TimeAxisTicker time;
    GapOverlay gaps(&plot, time);
    gaps.setGaps({{Day0 + 3600, Day0 + 7200}, {Day0 + 5 * 3600, Day0 + 24 * 3600}});
    QList<bool> visible;
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto *label = qobject_cast<QCPItemText *>(plot.item(i)))
            visible << label->visible();
    }
    QCOMPARE(visible, (QList<bool>{false, true}));
    // Zoomed in on the first gap, its label shows too.
    plot.xAxis->setRange(double(Day0), double(Day0) + 3 * Hour);
    plot.replot();
    gaps.placeLabels();
    visible.clear();
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto *label = qobject_cast<QCPItemText *>(plot.item(i)))
            visible << label->visible();
    }
    QCOMPARE(visible, (QList<bool>{true, true}));
}

QTEST_MAIN(TestTimelineParts)
#include "tst_timelineparts.moc"
