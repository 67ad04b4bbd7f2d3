#include "explanationpanel.h"
#include "filterbar.h"
#include "languagemanager.h"
#include "logbatch.h"
#include "logfiltermodel.h"
#include "logstore.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "reasonlistmodel.h"
#include "reasonpicker.h"
#include "spikesummary.h"
#include "syntheticlog.h"
#include "timeformat.h"
#include "topvaluespanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
// Every link target in the panel's document.
QStringList links(const ExplanationPanel &panel)
{
    QStringList hrefs;
    for (QTextBlock b = panel.document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !hrefs.contains(href))
                hrefs << href;
        }
    }
    return hrefs;
}
} // namespace

class TestExplanationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownReason();
    void undocumentedReason();
    void unknownReasonShowsRow();
    void rowReason_data();
    void rowReason();
    void spike();
    void filterLinksRoundTrip_data();
    void filterLinksRoundTrip();
    void timeLink();
    void explainLink();
    void keepsItsWidth_data();
    void keepsItsWidth();
};

void TestExplanationPanel::knownReason()
{
    ExplanationPanel panel;
    panel.showReason(QStringLiteral("QueueFull"));
    QCOMPARE(panel.currentReason(), QStringLiteral("QueueFull"));
    const QString text = panel.toPlainText();
    QVERIFY(text.contains(QLatin1String("QueueFull")));
    QVERIFY(text.contains(QLatin1String("Status 503.")));
    QVERIFY(text.contains(QLatin1String("request queue was full")));
    QVERIFY(text.contains(QLatin1String("What to check next")));
    QVERIFY(text.contains(QLatin1String("queueLength")));
    QVERIFY(!text.contains(QLatin1String("Undocumented")));
    QVERIFY(links(panel).contains(QStringLiteral("filter:s-reason:QueueFull")));
}

void TestExplanationPanel::undocumentedReason()
{
    ExplanationPanel panel;
    panel.showReason(QStringLiteral("NotFound"));
    QVERIFY(panel.toPlainText().contains(QLatin1String("Not in Microsoft's list")));
    QVERIFY(panel.toPlainText().contains(QLatin1String("404")));
}

void TestExplanationPanel::unknownReasonShowsRow()
{
    ExplanationPanel panel;
    panel.showReason(QStringLiteral("Http3_Weird"),
                     {{QStringLiteral("Status"), QStringLiteral("421")},
                      {QStringLiteral("URL"), QStringLiteral("/x")}});
    const QString text = panel.toPlainText();
    QVERIFY(text.contains(QLatin1String("Undocumented reason")));
    QVERIFY(text.contains(QLatin1String("What this row shows")));
    QVERIFY(text.contains(QLatin1String("421")));
    QVERIFY(text.contains(QLatin1String("/x")));
    // Known reasons do not repeat the row.
    panel.showReason(QStringLiteral("URL"), {{QStringLiteral("Status"), QStringLiteral("400")}});
    QVERIFY(!panel.toPlainText().contains(QLatin1String("What this row shows")));
}

void TestExplanationPanel::rowReason_data()
{
    // The store has rows of two files: one with a queue column, one without (IIS 6).
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("facts"); // "title=value"
    QTest::newRow("every field") << 0 << true << QStringLiteral("QueueFull")
                                 << QStringList{QStringLiteral("Status=503"),
                                                QStringLiteral("Method=POST"),
                                                QStringLiteral("URL=/api"),
                                                QStringLiteral("Queue=ShopPool")};
    QTest::newRow("empty fields as -")
        << 1 << true << QStringLiteral("Timer_ConnectionIdle")
        << QStringList{QStringLiteral("Status=-"), QStringLiteral("Method=-"),
                       QStringLiteral("URL=-"), QStringLiteral("Queue=-")};
    QTest::newRow("past the rows") << 2 << false << QString() << QStringList();
}

void TestExplanationPanel::rowReason()
{
    QFETCH(int, row);
    QFETCH(bool, found);
    QFETCH(QString, reason);
    QFETCH(QStringList, facts);
    LogBatch batch;
    const std::pair<const char *, const char *> values[] = {{"sc-status", "503"},
                                                            {"cs-method", "POST"},
                                                            {"cs-uri", "/api"},
                                                            {"s-reason", "QueueFull"},
                                                            {"s-queuename", "ShopPool"}};
    for (const auto &[id, value] : values) {
        const size_t c = batch.columnFor(LogFields::fromId(id), id);
        batch.columns[c].ids.push_back(batch.columns[c].pool.intern(value));
        batch.columns[c].ids.push_back(batch.columns[c].pool.intern(
            std::string_view(id) == "s-reason" ? "Timer_ConnectionIdle" : "-"));
    }
    batch.times = {100, 101};
    batch.lines = {1, 2};
    LogStore store;
    QVERIFY(!ExplanationPanel::rowReason(store, 0)); // no reason column
    store.append(batch);
    const auto result = ExplanationPanel::rowReason(store, size_t(row));
    QCOMPARE(result.has_value(), found);
    if (!result)
        return;
    QCOMPARE(result->reason, reason);
    QStringList shown;
    for (const auto &[title, value] : result->facts)
        shown << title + QLatin1Char('=') + value;
    QCOMPARE(shown, facts);

    ExplanationPanel panel;
    panel.showRow(store, size_t(row));
    QCOMPARE(panel.currentReason(), reason);
}

void TestExplanationPanel::spike()
{
    std::vector<Event> events;
    for (int i = 0; i < 300; ++i) {
        Event e{Day0 + 36000 + i % 60, "Connection_Dropped"};
        e.clientIp = i % 2 ? "10.0.0.1" : "2001:db8::5%0";
        e.uri = "/api/orders?id=1&x=a b";
        events.push_back(e);
    }
    events =
        Synthetic::merged({events, Synthetic::spread("Connection_Dropped", Day0, 86400, 50, 3)});
    LogStore store;
    Synthetic::append(store, events);
    ReasonHistogram h;
    h.build(store);
    const uint32_t reason = uint32_t(
        store.column(size_t(store.columnOf(LogField::Reason))).pool.find("Connection_Dropped"));
    const std::vector<Spike> spikes = SpikeDetector::detect(h, reason);
    QCOMPARE(spikes.size(), size_t(1));

    ExplanationPanel panel;
    panel.showSpike(SpikeSummary::compute(store, h, spikes[0]));
    QCOMPARE(panel.currentReason(), QStringLiteral("Connection_Dropped"));
    const QString text = panel.toPlainText();
    QVERIFY(text.contains(QLatin1String("Connection_Dropped spike")));
    QVERIFY(text.contains(
        TimeFormat(DisplayZone::utc(), panel.locale()).span(Day0 + 36000, Day0 + 36059)));
    QVERIFY(text.contains(QLatin1String("UTC")));
    panel.setDisplayZone(DisplayZone::system()); // shown again in local time
    QVERIFY(panel.toPlainText().contains(
        TimeFormat(DisplayZone::system(), panel.locale()).span(Day0 + 36000, Day0 + 36059)));
    const DisplayZone tokyo = *DisplayZone::named("Asia/Tokyo"); // and in the customer's zone
    panel.setDisplayZone(tokyo);
    QVERIFY(panel.toPlainText().contains(QLatin1String("UTC+09:00 (Asia/Tokyo)")));
    panel.setDisplayZone(DisplayZone::utc());
    QVERIFY(text.contains(QLatin1String("(1 min)")));
    QVERIFY(text.contains(QLatin1String("Top client IPs")));
    QVERIFY(text.contains(QLatin1String("Top URLs")));
    QVERIFY(text.contains(QLatin1String("at the peak; usually")));
    QVERIFY(text.contains(QLatin1String("of all rows")));
    const QStringList hrefs = links(panel);
    QVERIFY(hrefs.contains(
        ExplanationPanel::filterLink(LogField::ClientIp, QStringLiteral("10.0.0.1"))));
    QVERIFY(hrefs.contains(
        ExplanationPanel::filterLink(LogField::ClientIp, QStringLiteral("2001:db8::5%0"))));
    QVERIFY(hrefs.contains(
        ExplanationPanel::filterLink(LogField::Uri, QStringLiteral("/api/orders?id=1&x=a b"))));
    QVERIFY(hrefs.contains(ExplanationPanel::timeLink(Day0 + 36000, Day0 + 36059)));
    QVERIFY(hrefs.contains(QStringLiteral("explain:Connection_Dropped")));
}

void TestExplanationPanel::filterLinksRoundTrip_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("filterField");
    QTest::newRow("IPv4") << int(LogField::ClientIp) << QStringLiteral("1.2.3.4")
                          << int(FilterField::ClientIp);
    QTest::newRow("IPv6 with scope")
        << int(LogField::ClientIp) << QStringLiteral("fe80::1%13") << int(FilterField::ClientIp);
    QTest::newRow("URL with query, space, hash")
        << int(LogField::Uri) << QStringLiteral("/a b?x=1&y=%41#frag") << int(FilterField::Url);
    QTest::newRow("non-ASCII URL")
        << int(LogField::Uri) << QStringLiteral("/caf\u00e9/\u00fc") << int(FilterField::Url);
    QTest::newRow("reason with slash")
        << int(LogField::Reason) << QStringLiteral("Invalid_CR/LF") << int(FilterField::Reason);
    QTest::newRow("queue") << int(LogField::QueueName) << QStringLiteral("DefaultAppPool")
                           << int(FilterField::Queue);
    QTest::newRow("site") << int(LogField::SiteId) << QStringLiteral("447434323")
                          << int(FilterField::Site);
}

void TestExplanationPanel::filterLinksRoundTrip()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(int, filterField);
    ExplanationPanel panel;
    QSignalSpy requested(&panel, &ExplanationPanel::filterRequested);
    const QString link = ExplanationPanel::filterLink(LogField(field), value);
    QVERIFY(link.startsWith(QLatin1String("filter:")));
    Q_EMIT panel.anchorClicked(QUrl(link));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<FilterField>(), FilterField(filterField));
    QCOMPARE(requested.at(0).at(1).toString(), value);
}

void TestExplanationPanel::timeLink()
{
    ExplanationPanel panel;
    QSignalSpy requested(&panel, &ExplanationPanel::timeRangeRequested);
    Q_EMIT panel.anchorClicked(QUrl(ExplanationPanel::timeLink(Day0, Day0 + 59)));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), Day0);
    QCOMPARE(requested.at(0).at(1).toLongLong(), Day0 + 59);
}

void TestExplanationPanel::explainLink()
{
    ExplanationPanel panel;
    Q_EMIT panel.anchorClicked(QUrl(QStringLiteral("explain:Version_N%2FS")));
    QCOMPARE(panel.currentReason(), QStringLiteral("Version_N/S"));
    QVERIFY(panel.toPlainText().contains(QLatin1String("not supported")));
}

void TestExplanationPanel::keepsItsWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("language");
    QTest::newRow("1280") << 1280 << QStringLiteral("en");
    QTest::newRow("1024") << 1024 << QStringLiteral("en");
    // Japanese: a CJK font's characters are wide, and so are some of the choices' names.
    QTest::newRow("1024 ja") << 1024 << QStringLiteral("ja");
}

void TestExplanationPanel::keepsItsWidth()
{
    // A spike of drops from many clients on long URLs over a day of other reasons.
    QFETCH(int, width);
    QFETCH(QString, language);
    LanguageManager::install(language);
    auto english = qScopeGuard([] { LanguageManager::install(QStringLiteral("en")); });
    std::vector<Event> burst;
    for (int i = 0; i < 400; ++i) {
        Event e{Day0 + 36000 + i % 120, "Connection_Dropped"};
        e.clientIp = "10.20." + std::to_string(i % 7) + "." + std::to_string(i % 250);
        e.uri = "/api/v2/customers/" + std::to_string(100000 + i % 9)
                + "/orders/submit-with-a-rather-long-name?session=" + std::to_string(i % 5);
        burst.push_back(e);
    }
    const std::vector<Event> events = Synthetic::merged(
        {burst, Synthetic::spread("Connection_Dropped", Day0, 86400, 50, 3),
         Synthetic::spread("Connection_Abandoned_By_ReqQueue", Day0, 86400, 30, 5),
         Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 200, 7)});
    LogTableModel model;
    model.reset({QStringLiteral("/logs/httperr1.log")});
    model.appendBatch(Synthetic::batchOf(events));
    LogFilterModel filter;
    filter.setSourceModel(&model);
    ReasonListModel reasons(&filter);

    // The main window's layout: filter bar and table in the middle, the Explanation panel and
    // Top Values docked on the right.
    QMainWindow window;
    auto *bar = new FilterBar;
    bar->setReasonModel(&reasons);
    auto *table = new LogTableView;
    table->setModel(&filter);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(table, 1);
    window.setCentralWidget(central);
    auto *panel = new ExplanationPanel;
    panel->setMinimumWidth(24);
    auto *dock = new QDockWidget(QStringLiteral("Explanation"), &window);
    dock->setWidget(panel);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    auto *top = new TopValuesPanel(&filter);
    QDockWidget *topDock = top->addDockTo(&window);
    topDock->show();
    window.resizeDocks({dock}, {360}, Qt::Horizontal);
    window.resize(width, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100);
    const int panelWidth = dock->width();
    QVERIFY(panelWidth > 200);
    auto unchanged = [&](const char *after) {
        QTest::qWait(100); // the layouts and the Top Values count settle
        QVERIFY2(dock->width() == panelWidth && window.width() == width,
                 qPrintable(QStringLiteral("after %1: panel %2 (was %3), window %4 (was %5)")
                                .arg(QLatin1String(after))
                                .arg(dock->width())
                                .arg(panelWidth)
                                .arg(window.width())
                                .arg(width)));
    };

    const LogStore &store = model.store();
    ReasonHistogram h;
    h.build(store);
    const uint32_t dropped = uint32_t(
        store.column(size_t(store.columnOf(LogField::Reason))).pool.find("Connection_Dropped"));
    const std::vector<Spike> spikes = SpikeDetector::detect(h, dropped);
    QCOMPARE(spikes.size(), size_t(1));
    panel->showSpike(SpikeSummary::compute(store, h, spikes[0]));
    QVERIFY(panel->toPlainText().contains(QLatin1String("/orders/submit-with-a-rather-long-name")));
    unchanged("a spike with long lists");
    panel->showRow(store, 0);
    unchanged("a row");
    // A reason chosen: the picker names it; fewer rows: Top Values counts other numbers.
    FilterState only;
    only.reasons = {QStringLiteral("Connection_Abandoned_By_ReqQueue")};
    filter.setFilterState(only);
    bar->setState(only);
    QVERIFY(bar->findChild<ReasonPicker *>()->text().contains(
        QStringLiteral("Connection_Abandoned_By_ReqQueue")));
    unchanged("choosing a long reason");
    panel->showReason(QStringLiteral("Connection_Abandoned_By_ReqQueue"));
    unchanged("a reason");
    // Filters on more fields: a button each in the bar, cut where there is no room.
    FilterState more = only;
    more.setValueList(FilterField::Method, QStringLiteral("POST,GET"));
    more.setValueList(FilterField::Site, QStringLiteral("1"));
    more.setValueList(FilterField::Queue, QStringLiteral("DefaultAppPool,ShopAppPool"));
    filter.setFilterState(more);
    bar->setState(more);
    unchanged("filters on method, site and queue");
    filter.setFilterState({});
    bar->setState({});
    unchanged("clearing the filters");
}

QTEST_MAIN(TestExplanationPanel)
#include "tst_explanationpanel.moc"
