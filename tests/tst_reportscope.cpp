// A report for part of the rows: one spike's window (in the window and with --report --spike N,
// numbered as --summary lists the spikes) or the rows selected in the table. Exact contents on
// the demo log: the rows counted, the one spike kept, the sentence that says what is covered.
#include "directloader.h"
#include "filterdescription.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "reportassembler.h"
#include "reportbuilder.h"
#include "reportcontroller.h"
#include "reportdialog.h"
#include "reportscope.h"
#include "rowfilter.h"
#include "spikesearch.h"
#include "viewerrun.h"

#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestReportScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spikeWindow_data();
    void spikeWindow();
    void spikeWindowOfFilteredRows();
    void selectedRows();
    void windowScopes();
    void commandLine_data();
    void commandLine();

private:
    ReportData report(const std::vector<uint32_t> *rows, std::optional<size_t> spike,
                      const std::vector<uint32_t> *selection = nullptr) const;

    DirectLoader::Result m_demo;
    QTemporaryDir m_dir;
};

void TestReportScope::initTestCase()
{
    LanguageManager::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DirectLoader::load({QStringLiteral(":/demo/httperr-demo.log")}, m_demo);
    QCOMPARE(m_demo.store.rowCount(), size_t(30063));
}

ReportData TestReportScope::report(const std::vector<uint32_t> *rows, std::optional<size_t> spike,
                                   const std::vector<uint32_t> *selection) const
{
    ReportAssembler::Input input;
    input.store = &m_demo.store;
    input.rows = rows;
    input.chart = false;
    input.selection = selection;
    if (spike)
        input.spike = SpikeSearch(m_demo.store, rows).summarize(*spike);
    return ReportAssembler::assemble(input);
}

void TestReportScope::spikeWindow_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qulonglong>("rows");
    QTest::addColumn<qulonglong>("spikeRows");
    QTest::addColumn<QString>("scope");
    QTest::newRow("morning") << 0 << 506ull << 412ull
                             << QStringLiteral("This report covers one spike's window: "
                                               "Connection_Dropped, 3/10/2026 10:14:03 AM – "
                                               "10:15:30 AM UTC, 506 rows of every reason.");
    QTest::newRow("afternoon") << 1 << 274ull << 254ull
                               << QStringLiteral("This report covers one spike's window: "
                                                 "Connection_Dropped, 3/10/2026 3:37:41 PM – "
                                                 "3:38:46 PM UTC, 274 rows of every reason.");
}

void TestReportScope::spikeWindow()
{
    QFETCH(int, index);
    QFETCH(qulonglong, rows);
    QFETCH(qulonglong, spikeRows);
    QFETCH(QString, scope);
    const ReportData all = report(nullptr, std::nullopt);
    QCOMPARE(all.spikes.size(), size_t(2));
    const ReportData d = report(nullptr, size_t(index));
    QCOMPARE(d.filteredRows, rows);
    QCOMPARE(d.totalRows, uint64_t(30063));
    QCOMPARE(d.passingRows, uint64_t(30063));
    QVERIFY(d.spikesSearched);
    QCOMPARE(d.spikes.size(), size_t(1));
    // The same spike, in the same words, as in the report of every row.
    const ReportData::Spike &mine = all.spikes[size_t(index)];
    QCOMPARE(d.spikes.front().start, mine.start);
    QCOMPARE(d.spikes.front().end, mine.end);
    QCOMPARE(d.spikes.front().count, spikeRows);
    QCOMPARE(d.spikes.front().verdict, mine.verdict);
    QCOMPARE(d.filteredFirst, mine.start);
    QCOMPARE(d.scope, scope);
    const QString html = ReportBuilder::html(d);
    QVERIFY(html.contains(QStringLiteral("<p class=\"note\">%1</p>").arg(scope.toHtmlEscaped())));
    // No filter, but not every row either.
    QVERIFY(html.contains(QStringLiteral("<h2>Filters in effect</h2>\n<p>None.</p>")));
    QVERIFY(ReportBuilder::markdown(d).contains(QStringLiteral("**%1**\n").arg(scope)));
}

void TestReportScope::spikeWindowOfFilteredRows()
{
    FilterState state;
    state.url = QStringLiteral("!/api/orders");
    RowFilter filter(state);
    filter.attach(&m_demo.store);
    std::vector<uint32_t> rows;
    filter.collect(0, m_demo.store.rowCount(), rows);
    ReportAssembler::Input input;
    input.store = &m_demo.store;
    input.rows = &rows;
    input.chart = false;
    input.filters = FilterDescription::lines(state);
    input.spike = SpikeSearch(m_demo.store, &rows).summarize(0);
    const ReportData d = ReportAssembler::assemble(input);
    // The spike as found over the passing rows, its window's passing rows.
    QCOMPARE(rows.size(), size_t(29715));
    QCOMPARE(d.filteredRows, uint64_t(307));
    QCOMPARE(d.passingRows, uint64_t(29715));
    QCOMPARE(d.scope, QStringLiteral("This report covers one spike's window: Connection_Dropped, "
                                     "3/10/2026 10:14:05 AM – 10:15:29 AM UTC, 307 rows of every "
                                     "reason."));
    // The filters' count is of every passing row, not of the window's.
    QVERIFY(ReportBuilder::html(d).contains(
        QStringLiteral("29,715 of 30,063 rows pass these filters.")));
}

void TestReportScope::selectedRows()
{
    const std::vector<uint32_t> chosen{7, 3, 30062};
    const ReportData d = report(nullptr, std::nullopt, &chosen);
    QCOMPARE(d.filteredRows, uint64_t(3));
    QCOMPARE(d.scope, QStringLiteral("This report covers the 3 rows selected in the table."));
    QCOMPARE(d.tableRows.size(), size_t(3));
    QVERIFY(d.spikesSearched);
    QVERIFY(d.spikes.empty());
}

void TestReportScope::windowScopes()
{
    LogSession session;
    QSignalSpy loaded(&session, &LogSession::loadFinished);
    session.open({QStringLiteral(":/demo/httperr-demo.log")});
    QVERIFY(loaded.wait(20000));
    LogFilterModel filter;
    filter.setSourceModel(session.tableModel());
    QTableView view;
    view.setModel(&filter);
    ReportController reports(&session, &view, nullptr);
    // Nothing selected: neither part can be reported.
    QVERIFY(!reports.collect(false, false, ReportDialog::Scope::Spike));
    QVERIFY(!reports.collect(false, false, ReportDialog::Scope::Selection));
    ReportDialog dialog({}, nullptr);
    dialog.offerScopes(QString(), 0);
    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("reportScope"));
    auto *items = qobject_cast<QStandardItemModel *>(scope->model());
    QVERIFY(!items->item(1)->isEnabled());
    QVERIFY(!items->item(2)->isEnabled());
    QCOMPARE(scope->itemText(1), QStringLiteral("The selected spike's window (no spike selected)"));

    const SpikeSummary morning = SpikeSearch(session.tableModel()->store(), nullptr).summarize(0);
    reports.setSpikeSource([morning] { return std::optional<SpikeSummary>(morning); });
    const std::optional<ReportData> spike =
        reports.collect(false, false, ReportDialog::Scope::Spike);
    QVERIFY(spike);
    QCOMPARE(spike->spikes.size(), size_t(1));
    QCOMPARE(spike->spikes.front().count, uint64_t(412));

    view.selectionModel()->select(
        QItemSelection(filter.index(10, 0), filter.index(14, filter.columnCount() - 1)),
        QItemSelectionModel::Select);
    const std::optional<ReportData> rows =
        reports.collect(false, false, ReportDialog::Scope::Selection);
    QVERIFY(rows);
    QCOMPARE(rows->filteredRows, uint64_t(5));
    QCOMPARE(rows->scope, QStringLiteral("This report covers the 5 rows selected in the table."));
    dialog.offerScopes(QStringLiteral("Connection_Dropped, 3/10/2026"), 5);
    QVERIFY(items->item(1)->isEnabled());
    QCOMPARE(scope->itemText(2), QStringLiteral("The 5 rows selected in the table"));
    scope->setCurrentIndex(2);
    QCOMPARE(dialog.choice().scope, ReportDialog::Scope::Selection);
}

void TestReportScope::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QString spike = QStringLiteral("--spike");
    QTest::newRow("second spike") << QStringList{spike, QStringLiteral("2")} << 0 << QString();
    QTest::newRow("no such spike")
        << QStringList{spike, QStringLiteral("3")} << 2
        << QStringLiteral("--spike 3: the rows have 2 spikes (as --summary lists them).\n");
    QTest::newRow("zero") << QStringList{spike, QStringLiteral("0")} << 2
                          << QStringLiteral("--spike wants a number from 1 up.");
}

void TestReportScope::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QString html = m_dir.filePath(QStringLiteral("spike.html"));
    QFile::remove(html);
    const ViewerRun run = runViewer(QStringList{QStringLiteral("--report"), html,
                                                QStringLiteral("--demo"), QStringLiteral("--quiet")}
                                        + arguments,
                                    false);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(QString::fromUtf8(run.err).contains(error), run.err.constData());
        QVERIFY(!QFile::exists(html));
        return;
    }
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The command line writes times in its own locale: the words around them are the same.
    QVERIFY(text.contains(QStringLiteral("This report covers one spike's window: "
                                         "Connection_Dropped, ")));
    QVERIFY(text.contains(QStringLiteral("UTC, 274 rows of every reason.")));
}

QTEST_MAIN(TestReportScope)
#include "tst_reportscope.moc"
