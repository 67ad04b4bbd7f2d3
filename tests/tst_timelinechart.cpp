#include "logsession.h"
#include "timelinechart.h"
#include "timelinedata.h"

#include <QSignalSpy>
#include <QtTest>

#include <cstdlib>
#include <ctime>

namespace {
constexpr qint64 Day0 = 1773100800; // 2026-03-10T00:00:00Z, the demo log's day

qint64 at(int h, int m, int s = 0)
{
    return Day0 + h * 3600 + m * 60 + s;
}

QPoint pointAt(const TimelineChart &chart, double key, double ratio = 0.5)
{
    const QRect r = chart.axisRect()->rect();
    return QPoint(int(std::lround(chart.xAxis->coordToPixel(key))),
                  r.top() + int(r.height() * ratio));
}

double sumOf(const QCPBars *bars)
{
    double sum = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        sum += it->value;
    return sum;
}
} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seriesAndSpikeMarkers();
    void bucketFollowsZoom_data();
    void bucketFollowsZoom();
    void fixedBucket_data();
    void fixedBucket();
    void localTime();
    void timeRangeBand();
    void shiftDragSelectsRange();
    void clickSelectsSpike();
    void legendAndBarClickSelectReason();
    void wheelZoomsAndDoubleClickResets();
    void dragPans();
    void toolTip();
    void spikesInAllReasons();
    void gapsBetweenFiles();

private:
    void saveShot(const char *name);

    LogSession *m_session = nullptr;
    TimelineData *m_data = nullptr;
    TimelineChart *m_chart = nullptr;
};

void TestTimelineChart::initTestCase()
{
    // A fixed zone for the local-time test (POSIX rule, no zone database needed): CET, UTC+1
    // in March.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
}

void TestTimelineChart::init()
{
    m_session = new LogSession;
    m_data = new TimelineData(m_session->tableModel());
    m_chart = new TimelineChart;
    m_chart->setTimelineData(m_data);
    m_chart->resize(1100, 300);
    m_chart->show();
    QSignalSpy finished(m_session, &LogSession::loadFinished);
    m_session->open({QStringLiteral(":/demo/httperr-demo.log")});
    QVERIFY(finished.wait(20000));
    m_data->flush();
    m_chart->replot();
}

void TestTimelineChart::cleanup()
{
    delete m_chart;
    delete m_data;
    delete m_session;
}

void TestTimelineChart::saveShot(const char *name)
{
    // Set HTTPERR_TEST_SHOTS to a folder to look at what the tests draw.
    const QByteArray dir = qgetenv("HTTPERR_TEST_SHOTS");
    if (!dir.isEmpty())
        m_chart->savePng(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name)
                         + QStringLiteral(".png"));
}

void TestTimelineChart::seriesAndSpikeMarkers()
{
    const QStringList names = m_chart->seriesNames();
    QCOMPARE(names.first(), QStringLiteral("Connection_Dropped"));
    QCOMPARE(names.at(1), QStringLiteral("Timer_ConnectionIdle"));
    QCOMPARE(names.last(), QStringLiteral("Other"));
    QCOMPARE(names.size(), 1 + 6 + 1);
    QCOMPARE(m_chart->series(names.first())->brush().color(), QColor(214, 39, 40));

    // The whole day is in view: 5-minute buckets, every row in some bar.
    QCOMPARE(m_chart->step(), int64_t(300));
    double total = 0;
    for (const QString &name : names)
        total += sumOf(m_chart->series(name));
    QCOMPARE(total, 30063.0);
    QCOMPARE(sumOf(m_chart->series(QStringLiteral("Connection_Dropped"))), 748.0);
    QVERIFY(m_chart->yAxis->label().contains(QLatin1String("5 min")));
    QVERIFY(m_chart->xAxis->label().contains(QLatin1String("UTC")));
    QVERIFY(m_chart->xAxis->label().contains(QLatin1String("2026-03-10")));

    // Both demo bursts are marked, over their own windows.
    QCOMPARE(m_chart->spikeMarkerCount(), 2);
    QCOMPARE(m_chart->gapMarkerCount(), 0); // one file: nothing missing
    const int64_t windows[2][2] = {{at(10, 14, 3), at(10, 15, 30)},
                                   {at(15, 37, 41), at(15, 38, 46)}};
    for (int i = 0; i < 2; ++i) {
        const QCPItemRect *marker = m_chart->spikeMarker(i);
        QVERIFY(marker->visible());
        QVERIFY(marker->topLeft->key() <= double(windows[i][0]));
        QVERIFY(marker->bottomRight->key() >= double(windows[i][1] + 1));
        // Widened to stay visible, but not by more than a few pixels' worth.
        QVERIFY(marker->bottomRight->key() - marker->topLeft->key() < 900);
    }
    saveShot("day");
}

void TestTimelineChart::bucketFollowsZoom_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("step");
    QTest::newRow("two minutes") << at(10, 14) << at(10, 16) << qint64(1);
    QTest::newRow("half an hour") << at(10, 0) << at(10, 30) << qint64(5);
    QTest::newRow("three hours") << at(9, 0) << at(12, 0) << qint64(30);
    QTest::newRow("twelve hours") << at(6, 0) << at(18, 0) << qint64(120);
}

void TestTimelineChart::bucketFollowsZoom()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, step);
    QSignalSpy scale(m_chart, &TimelineChart::scaleChanged);
    m_chart->setVisibleRange(from, to);
    QCOMPARE(m_chart->step(), step);
    QCOMPARE(scale.count(), 1);
    const int64_t buckets = int64_t(m_chart->bins().bucketCount);
    QVERIFY(buckets >= 100 && buckets <= 401);
    // Bars line up with bucket starts and cover their bucket.
    const QCPBars *dropped = m_chart->series(QStringLiteral("Connection_Dropped"));
    QVERIFY(dropped->width() <= double(step));
    for (auto it = dropped->data()->constBegin(); it != dropped->data()->constEnd(); ++it)
        QCOMPARE(std::fmod(it->key - double(step) / 2, double(step)), 0.0);
    if (QByteArray(QTest::currentDataTag()) == "half an hour")
        saveShot("half-hour");
}

void TestTimelineChart::fixedBucket_data()
{
    QTest::addColumn<qint64>("fixed");
    QTest::addColumn<qint64>("step");
    QTest::newRow("1 min") << qint64(60) << qint64(60);
    QTest::newRow("1 h") << qint64(3600) << qint64(3600);
    QTest::newRow("1 d") << qint64(86400) << qint64(86400);
    QTest::newRow("1 s is too fine for a day") << qint64(1) << qint64(60);
}

void TestTimelineChart::fixedBucket()
{
    QFETCH(qint64, fixed);
    QFETCH(qint64, step);
    m_chart->setFixedStep(fixed);
    QCOMPARE(m_chart->step(), step);
    QCOMPARE(m_chart->bins().origin % step, 0);
    m_chart->setFixedStep(0);
    QCOMPARE(m_chart->step(), int64_t(300));
}

void TestTimelineChart::localTime()
{
    m_chart->setFixedStep(86400);
    QCOMPARE(m_chart->bins().origin % 86400, 0); // UTC midnight
    m_chart->setDisplayZone(DisplayZone::system());
    QCOMPARE(m_chart->displayZone(), DisplayZone::system());
    QVERIFY(m_chart->xAxis->label().contains(QLatin1String("local time, UTC+01:00")));
    // Days now start at local midnight, 23:00 UTC.
    QCOMPARE((m_chart->bins().origin + 3600) % 86400, 0);
    QVERIFY(m_chart->bucketToolTip(double(at(12, 0))).contains(QLatin1String("local")));
    // A zone picked by name: Tokyo's days start at 15:00 UTC.
    m_chart->setDisplayZone(*DisplayZone::named("Asia/Tokyo"));
    QVERIFY(m_chart->xAxis->label().contains(QLatin1String("Asia/Tokyo, UTC+09:00")));
    QCOMPARE((m_chart->bins().origin + 9 * 3600) % 86400, 0);
    m_chart->setDisplayZone(DisplayZone::utc());
    QVERIFY(m_chart->xAxis->label().startsWith(QStringLiteral("Time (UTC)")));
}

void TestTimelineChart::timeRangeBand()
{
    QVERIFY(!m_chart->timeRangeBand()->visible());
    m_data->setTimeRange({{at(12, 0), at(13, 59, 59)}});
    QVERIFY(m_chart->timeRangeBand()->visible());
    QCOMPARE(m_chart->timeRangeBand()->topLeft->key(), double(at(12, 0)));
    QCOMPARE(m_chart->timeRangeBand()->bottomRight->key(), double(at(14, 0)));
    saveShot("band");
    m_data->setTimeRange(std::nullopt);
    QVERIFY(!m_chart->timeRangeBand()->visible());
}

void TestTimelineChart::shiftDragSelectsRange()
{
    QSignalSpy selected(m_chart, &TimelineChart::timeRangeSelected);
    const QCPRange before = m_chart->xAxis->range();
    const QPoint from = pointAt(*m_chart, double(at(10, 2, 30)));
    const QPoint to = pointAt(*m_chart, double(at(10, 57, 30)));
    QTest::mousePress(m_chart, Qt::LeftButton, Qt::ShiftModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, m_chart->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QApplication::sendEvent(m_chart, &move);
    QTest::mouseRelease(m_chart, Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(selected.count(), 1);
    // Snapped to the 5-minute buckets under the brush.
    QCOMPARE(selected.at(0).at(0).toLongLong(), at(10, 0));
    QCOMPARE(selected.at(0).at(1).toLongLong(), at(10, 59, 59));
    // Brushing does not pan.
    QCOMPARE(m_chart->xAxis->range().lower, before.lower);
    QCOMPARE(m_chart->selectionRectMode(), QCP::srmNone);
}

void TestTimelineChart::clickSelectsSpike()
{
    QSignalSpy clicked(m_chart, &TimelineChart::spikeClicked);
    QSignalSpy reason(m_chart, &TimelineChart::reasonClicked);
    const double mid = double(at(15, 38, 13));
    QTest::mouseClick(m_chart, Qt::LeftButton, Qt::NoModifier, pointAt(*m_chart, mid, 0.1));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 1);
    QCOMPARE(m_chart->selectedSpike(), 1);
    QCOMPARE(reason.count(), 0);
    saveShot("selected");
    // Far from any spike: nothing.
    QTest::mouseClick(m_chart, Qt::LeftButton, Qt::NoModifier,
                      pointAt(*m_chart, double(at(5, 0)), 0.1));
    QCOMPARE(clicked.count(), 1);
}

void TestTimelineChart::legendAndBarClickSelectReason()
{
    QSignalSpy reason(m_chart, &TimelineChart::reasonClicked);
    QCPAbstractLegendItem *item = m_chart->legend->item(1);
    QTest::mouseClick(m_chart, Qt::LeftButton, Qt::NoModifier, item->rect().center());
    QCOMPARE(reason.count(), 1);
    QCOMPARE(reason.at(0).at(0).toString(), QStringLiteral("Timer_ConnectionIdle"));
    // The "Other" entry stands for many reasons: no single explanation.
    QCPAbstractLegendItem *other = m_chart->legend->item(m_chart->legend->itemCount() - 1);
    QTest::mouseClick(m_chart, Qt::LeftButton, Qt::NoModifier, other->rect().center());
    QCOMPARE(reason.count(), 1);
    // The middle of the Timer_ConnectionIdle bar at 20:00 (stacked on Connection_Dropped).
    const double key = double(at(20, 2, 30));
    const QCPBars *idle = m_chart->series(QStringLiteral("Timer_ConnectionIdle"));
    const auto it = idle->data()->findBegin(key, false);
    QCOMPARE(it->key, key);
    const QCPBars *dropped = m_chart->series(QStringLiteral("Connection_Dropped"));
    const auto below = dropped->data()->findBegin(key, false);
    const double base =
        below != dropped->data()->constEnd() && below->key == key ? below->value : 0;
    const double value = base + it->value / 2;
    const QPoint bar(int(m_chart->xAxis->coordToPixel(key)),
                     int(m_chart->yAxis->coordToPixel(value)));
    QTest::mouseClick(m_chart, Qt::LeftButton, Qt::NoModifier, bar);
    QCOMPARE(reason.count(), 2);
    QCOMPARE(reason.at(1).at(0).toString(), QStringLiteral("Timer_ConnectionIdle"));
}

void TestTimelineChart::wheelZoomsAndDoubleClickResets()
{
    const QCPRange full = m_chart->xAxis->range();
    const QPoint p = pointAt(*m_chart, double(at(10, 15)));
    for (int i = 0; i < 6; ++i) {
        QWheelEvent wheel(p, m_chart->mapToGlobal(p), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_chart, &wheel);
    }
    const QCPRange zoomed = m_chart->xAxis->range();
    QVERIFY(zoomed.size() < full.size() / 2);
    QVERIFY(zoomed.contains(double(at(10, 15))));
    QVERIFY(m_chart->step() < 300);
    // Only the time axis zooms.
    QCOMPARE(m_chart->yAxis->range().lower, 0.0);
    QTest::mouseDClick(m_chart, Qt::LeftButton, Qt::NoModifier, p);
    QCOMPARE(m_chart->xAxis->range(), full);
    QCOMPARE(m_chart->step(), int64_t(300));
}

void TestTimelineChart::dragPans()
{
    m_chart->setVisibleRange(at(10, 0), at(11, 0));
    QSignalSpy selected(m_chart, &TimelineChart::timeRangeSelected);
    const QPoint from = pointAt(*m_chart, double(at(10, 30)));
    const QPoint to = pointAt(*m_chart, double(at(10, 40)));
    QTest::mousePress(m_chart, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, m_chart->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(m_chart, &move);
    QTest::mouseRelease(m_chart, Qt::LeftButton, Qt::NoModifier, to);
    // Dragged right by ten minutes: the view moved ten minutes earlier, same width.
    QVERIFY(std::abs(m_chart->xAxis->range().lower - double(at(9, 50))) < 30);
    QVERIFY(std::abs(m_chart->xAxis->range().size() - 3600) < 1);
    QCOMPARE(selected.count(), 0);
    QCOMPARE(m_chart->yAxis->range().lower, 0.0);
}

void TestTimelineChart::toolTip()
{
    const QString tip = m_chart->bucketToolTip(double(at(10, 14, 30)));
    QVERIFY(tip.contains(QStringLiteral("10:10:00 – 10:15:00 UTC")));
    QVERIFY(tip.contains(QLatin1String("Connection_Dropped")));
    QVERIFY(tip.contains(QLatin1String("Total")));
    QVERIFY(m_chart->bucketToolTip(double(Day0 - 86400)).isEmpty());
}

void TestTimelineChart::spikesInAllReasons()
{
    m_data->setDetectAllReasons(true);
    QVERIFY(m_chart->spikeMarkerCount() > 2);
    QStringList reasons;
    for (const Spike &s : m_data->spikes())
        reasons << m_data->reasonName(s.reason);
    // The demo's app-pool failure around 12:50 and its scanners show up too.
    QVERIFY2(reasons.contains(QStringLiteral("QueueFull")), qPrintable(reasons.join(u',')));
    QCOMPARE(reasons.count(QStringLiteral("Connection_Dropped")), 2);
    saveShot("all-reasons");
}

void TestTimelineChart::gapsBetweenFiles()
{
    // The demo day cut into its morning and its afternoon, as two rotated files: the four hours
    // between them are marked as "no log", not drawn as a quiet period.
    QFile demo(QStringLiteral(":/demo/httperr-demo.log"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray header, morning, afternoon;
    while (!demo.atEnd()) {
        const QByteArray line = demo.readLine();
        if (line.startsWith('#'))
            header += line;
        else if (line.mid(11, 2) < "08")
            morning += line;
        else if (line.mid(11, 2) >= "12")
            afternoon += line;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("httperr1.log"));
    const QString second = dir.filePath(QStringLiteral("httperr2.log"));
    for (const auto &[path, rows] : {std::pair{first, morning}, std::pair{second, afternoon}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header + rows);
    }
    QSignalSpy finished(m_session, &LogSession::loadFinished);
    m_session->open({dir.path()});
    QVERIFY(finished.wait(20000));
    m_data->flush();
    m_chart->replot();

    QCOMPARE(m_chart->gapMarkerCount(), 1);
    const QCPItemRect *gap = m_chart->gapMarker(0);
    QCOMPARE(gap->topLeft->key(), double(at(7, 59, 49) + 1));
    QCOMPARE(gap->bottomRight->key(), double(at(12, 0, 3)));
    saveShot("gap");
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
