// Nothing is hidden without a word: an empty table says why, filters remembered from the last
// run that hide rows are announced above the table, and a report no program could open is
// reported in the window.
#include "emptytablenotice.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "noticebar.h"
#include "rememberedfilters.h"
#include "reportcontroller.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>
#include <QtTest>

namespace {
bool load(LogSession &session, const QStringList &paths)
{
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open(paths);
    return finished.wait(20000);
}
} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTableSaysWhy();
    void rememberedFiltersAnnounced();
    void rememberedFiltersThatHideNothing();
    void filtersFromCommandLineAreNotLastTimes();
    void reportThatCannotBeOpened();
};

void TestNotices::emptyTableSaysWhy()
{
    LogSession session;
    LogFilterModel model;
    model.setSourceModel(session.tableModel());
    LogTableView table;
    table.setModel(&model);
    table.resize(900, 400);
    table.show();
    EmptyTableNotice notice(&table, &session, &model);
    QVERIFY(notice.isVisible());
    QVERIFY(notice.text().contains(QLatin1String("No file is open")));

    QVERIFY(load(session, {QStringLiteral(":/demo/httperr-demo.log")}));
    QVERIFY(!notice.isVisible());

    // A filter no row passes: named, with a way out.
    FilterState state;
    state.reasons = {QStringLiteral("Connection_Dropped")};
    state.url = QStringLiteral("/no-such-page");
    model.setFilterState(state);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(notice.isVisible());
    QVERIFY2(notice.text().contains(QLatin1String("No row passes the filters")),
             qPrintable(notice.text()));
    QVERIFY(notice.text().contains(QLatin1String("Reason: Connection_Dropped")));
    QVERIFY(notice.text().contains(QLatin1String("URL: /no-such-page")));
    QVERIFY(table.viewport()->rect().contains(notice.geometry()));
    QSignalSpy clear(&notice, &EmptyTableNotice::clearFiltersRequested);
    Q_EMIT notice.linkActivated(QStringLiteral("clear"));
    QCOMPARE(clear.count(), 1);

    // A filter that cannot be used says so instead.
    state.url = QStringLiteral("re:(");
    model.setFilterState(state);
    if (model.rowCount() == 0) {
        QVERIFY(notice.isVisible());
        QVERIFY2(notice.text().contains(QLatin1String("regular expression"), Qt::CaseInsensitive),
                 qPrintable(notice.text()));
    }
    model.setFilterState({});
    QVERIFY(!notice.isVisible());

    // Files without a single row.
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.log"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(load(session, {empty}));
    QVERIFY(notice.isVisible());
    QVERIFY(notice.text().contains(QLatin1String("No rows were read")));
}

void TestNotices::rememberedFiltersAnnounced()
{
    LogSession session;
    LogFilterModel model;
    model.setSourceModel(session.tableModel());
    NoticeBar bar;
    FilterState remembered;
    remembered.reasons = {QStringLiteral("Connection_Dropped")};
    model.setFilterState(remembered); // as the window restores them
    int cleared = 0;
    RememberedFilters announcer(&bar, &session, &model, [&] {
        ++cleared;
        model.setFilterState({});
    });
    QVERIFY(bar.isHidden());
    QVERIFY(load(session, {QStringLiteral(":/demo/httperr-demo.log")}));
    QVERIFY(!bar.isHidden());
    QCOMPARE(bar.text(), QStringLiteral("Filters from last time hide 29,315 of 30,063 rows "
                                        "(Reason: Connection_Dropped)."));
    QCOMPARE(bar.button()->text(), QStringLiteral("Clear Filters"));
    bar.button()->click();
    QCOMPARE(cleared, 1);
    QVERIFY(bar.isHidden());
    // Only once: the next files are not "last time" any more.
    model.setFilterState(remembered);
    QVERIFY(load(session, {QStringLiteral(":/demo/httperr-demo.log")}));
    QVERIFY(bar.isHidden());
}

void TestNotices::rememberedFiltersThatHideNothing()
{
    LogSession session;
    LogFilterModel model;
    model.setSourceModel(session.tableModel());
    NoticeBar bar;
    FilterState remembered;
    remembered.excludedReasons = {QStringLiteral("No_Such_Reason")}; // hides nothing
    model.setFilterState(remembered);
    RememberedFilters announcer(&bar, &session, &model, [] {});
    QVERIFY(load(session, {QStringLiteral(":/demo/httperr-demo.log")}));
    QCOMPARE(model.rowCount(), 30063);
    QVERIFY(bar.isHidden());
}

void TestNotices::filtersFromCommandLineAreNotLastTimes()
{
    LogSession session;
    LogFilterModel model;
    model.setSourceModel(session.tableModel());
    NoticeBar bar;
    FilterState remembered;
    remembered.reasons = {QStringLiteral("Connection_Dropped")};
    model.setFilterState(remembered);
    RememberedFilters announcer(&bar, &session, &model, [] {});
    FilterState asked;
    asked.reasons = {QStringLiteral("Timer_ConnectionIdle")};
    model.setFilterState(asked); // --reason Timer_ConnectionIdle
    QVERIFY(load(session, {QStringLiteral(":/demo/httperr-demo.log")}));
    QVERIFY(bar.isHidden());
}

void TestNotices::reportThatCannotBeOpened()
{
    QTemporaryDir dir;
    LogSession session;
    LogFilterModel model;
    model.setSourceModel(session.tableModel());
    QWidget window;
    auto *table = new LogTableView(&window);
    table->setModel(&model);
    QVERIFY(load(session, {QStringLiteral(":/demo/httperr-demo.log")}));
    ReportController reports(&session, table, &window);
    QSignalSpy notices(&reports, &ReportController::notice);
    ReportDialog::Choice choice;
    choice.htmlPath = dir.filePath(QStringLiteral("report.html"));
    choice.open = true;
    // No program can show it (as on a server without a desktop): the offscreen platform has
    // no desktop services, so QDesktopServices::openUrl fails as it would there.
    QVERIFY(reports.writeReport(choice));
    QVERIFY(QFile::exists(choice.htmlPath));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(QDir::toNativeSeparators(choice.htmlPath)));
    // When it opens, nothing is said.
    QList<QUrl> opened;
    reports.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QVERIFY(reports.writeReport(choice));
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(choice.htmlPath)});
    QCOMPARE(notices.count(), 1);
}

QTEST_MAIN(TestNotices)
#include "tst_notices.moc"
