#include "directloader.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "reportcontroller.h"
#include "reportdatacollector.h"
#include "reportwriter.h"
#include "tableselection.h"
#include "windowcapture.h"

#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

class TestExportViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selectionGivesStoreRows();
    void selectionThroughProxy();
    void visibleColumnsFollowTheHeader();
    void dialogChoice();
    void dialogFormatRenamesFile();
    void pdfReport();
    void reportFailureLeavesNothing();
    void screenshotSaved();
    void copyGivesTextAndHtml();
    void filteredRowsAndReport();

private:
    LogSession m_session;
    QTemporaryDir m_dir;
};

void TestExportViews::initTestCase()
{
    QSignalSpy finished(&m_session, &LogSession::loadFinished);
    m_session.open({QStringLiteral(HTTPERR_TEST_DATA "/export/mixed-blocks.log")});
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_session.tableModel()->rowCount(), 7);
}

void TestExportViews::selectionGivesStoreRows()
{
    QTableView view;
    view.setModel(m_session.tableModel());
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    QItemSelection selection;
    selection.select(view.model()->index(4, 0), view.model()->index(5, 2));
    selection.select(view.model()->index(1, 0), view.model()->index(2, 0));
    selection.select(view.model()->index(2, 3), view.model()->index(2, 4)); // same row again
    view.selectionModel()->select(selection,
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(TableSelection::storeRows(view), (std::vector<uint32_t>{1, 2, 4, 5}));
    QCOMPARE(TableSelection::selectedRowCount(view), 4);
    QVERIFY(!TableSelection::shownRows(view)); // every row, in store order
}

void TestExportViews::selectionThroughProxy()
{
    // A proxy that keeps the columns, as the filter model does: rows map to store rows.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_session.tableModel());
    proxy.setFilterKeyColumn(m_session.tableModel()->columnOf(LogField::Reason));
    proxy.setFilterFixedString(QStringLiteral("Timer_ConnectionIdle"));
    proxy.sort(0, Qt::DescendingOrder);
    QTableView view;
    view.setModel(&proxy);
    QCOMPARE(proxy.rowCount(), 2);
    const auto rows = TableSelection::shownRows(view);
    QVERIFY(rows);
    QCOMPARE(*rows, (std::vector<uint32_t>{6, 4}));
    view.selectRow(1);
    QCOMPARE(TableSelection::storeRows(view), (std::vector<uint32_t>{4}));
}

void TestExportViews::visibleColumnsFollowTheHeader()
{
    QTableView view;
    LogTableModel *model = m_session.tableModel();
    view.setModel(model);
    const int reason = model->columnOf(LogField::Reason);
    const int uri = model->columnOf(LogField::Uri);
    QHeaderView *header = view.horizontalHeader();
    header->setSectionsMovable(true);
    for (int c = 0; c < model->columnCount(); ++c)
        header->setSectionHidden(c, c != 0 && c != reason && c != uri);
    header->moveSection(header->visualIndex(uri), 0);
    const std::vector<ExportColumn> columns = TableSelection::visibleColumns(view);
    const LogStore &store = model->store();
    QCOMPARE(columns.size(), size_t(3));
    QCOMPARE(columns[0], ExportColumn::field(store.columnOf(LogField::Uri)));
    QCOMPARE(columns[1], ExportColumn::time());
    QCOMPARE(columns[2], ExportColumn::field(store.columnOf(LogField::Reason)));
    QCOMPARE(TableSelection::visibleTitles(view),
             (QStringList{model->headerData(uri, Qt::Horizontal).toString(),
                          model->headerData(0, Qt::Horizontal).toString(),
                          model->headerData(reason, Qt::Horizontal).toString()}));
}

void TestExportViews::dialogChoice()
{
    ExportDialog::Choice initial;
    initial.scope = ExportDialog::Scope::Selected;
    initial.format = ExportFormat::JsonLines;
    initial.path = m_dir.filePath(QStringLiteral("rows.jsonl"));
    initial.anonymize = true;
    // Nothing selected: the dialog falls back to all rows (no filter hides any).
    ExportDialog dialog({0, 7, 7}, initial);
    auto *selected = dialog.findChildren<QRadioButton *>().at(0);
    QVERIFY(!selected->isEnabled());
    const ExportDialog::Choice c = dialog.choice();
    QCOMPARE(c.scope, ExportDialog::Scope::All);
    QCOMPARE(c.format, ExportFormat::JsonLines);
    QCOMPARE(c.path, initial.path);
    QVERIFY(c.anonymize);
    QVERIFY(!c.allColumns);

    ExportDialog filtered({3, 5, 7}, initial);
    QCOMPARE(filtered.choice().scope, ExportDialog::Scope::Selected);
}

void TestExportViews::dialogFormatRenamesFile()
{
    ExportDialog::Choice initial;
    initial.path = m_dir.filePath(QStringLiteral("rows.csv"));
    ExportDialog dialog({0, 7, 7}, initial);
    auto *format = dialog.findChild<QComboBox *>();
    format->setCurrentIndex(format->findData(int(ExportFormat::HttpErr)));
    QCOMPARE(dialog.choice().path, m_dir.filePath(QStringLiteral("rows.log")));
    QCOMPARE(dialog.choice().format, ExportFormat::HttpErr);
    // Columns do not apply to .log: the choice is greyed out.
    for (QRadioButton *b : dialog.findChildren<QRadioButton *>()) {
        if (b->text().contains(u"column", Qt::CaseInsensitive))
            QVERIFY(!b->isEnabled());
    }
    format->setCurrentIndex(format->findData(int(ExportFormat::Tsv)));
    QCOMPARE(dialog.choice().path, m_dir.filePath(QStringLiteral("rows.tsv")));
}

void TestExportViews::pdfReport()
{
    ReportData data = ReportDataCollector::collect(m_session.tableModel()->store(), nullptr, {});
    QImage chart(800, 300, QImage::Format_RGB32);
    chart.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart.save(&buffer, "PNG");
    data.chartPng = png;

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(ReportWriter::write(data, pdf), QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Image")); // the chart went in

    QTextDocument document;
    ReportWriter::fill(document, data, 1000);
    QVERIFY(document.toPlainText().contains(u"Totals by reason"));
    const QVariant image =
        document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("httperr-chart.png")));
    QCOMPARE(image.value<QImage>().size(), QSize(800, 300));

    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(ReportWriter::write(data, html), QString());
    QVERIFY(QFileInfo(html).size() > png.size());
}

void TestExportViews::reportFailureLeavesNothing()
{
    const ReportData data =
        ReportDataCollector::collect(m_session.tableModel()->store(), nullptr, {});
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("taken.pdf")));
    QVERIFY(
        ReportWriter::write(data, dir.filePath(QStringLiteral("taken.pdf"))).contains(u"folder"));
    QVERIFY(ReportWriter::write(data, dir.filePath(QStringLiteral("no/such.html")))
                .contains(u"does not exist"));
    QVERIFY(!ReportWriter::write(data, dir.filePath(QStringLiteral("x.txt"))).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExportViews::screenshotSaved()
{
    QTableView view;
    view.setModel(m_session.tableModel());
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QCOMPARE(WindowCapture::save(&view, png), QString());
    QImage image(png);
    QCOMPARE(image.size(), QSize(640, 400) * view.devicePixelRatio());
    const QString jpg = m_dir.filePath(QStringLiteral("shot.jpg"));
    QCOMPARE(WindowCapture::save(&view, jpg), QString());
    QFile file(jpg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(3) == QByteArray("\xff\xd8\xff"));
    QVERIFY(!WindowCapture::save(&view, m_dir.path()).isEmpty());
}

void TestExportViews::copyGivesTextAndHtml()
{
    LogFilterModel proxy;
    proxy.setSourceModel(m_session.tableModel());
    FilterState state;
    state.reasons = {QStringLiteral("Timer_ConnectionIdle")};
    proxy.setFilterState(state);
    LogTableView view;
    view.setModel(&proxy);
    view.selectAll();
    QCOMPARE(view.copySelectedRows(), 2);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->hasText() && mime->hasHtml());
    const QStringList lines = mime->text().split(u'\n', Qt::SkipEmptyParts);
    // Plain text has the header row the HTML table has.
    QCOMPARE(lines.size(), 3);
    QStringList titles;
    for (int c = 0; c < proxy.columnCount(); ++c) {
        if (!view.isColumnHidden(c)) // Server is hidden while there is one server
            titles << proxy.headerData(c, Qt::Horizontal).toString();
    }
    QCOMPARE(lines.at(0), titles.join(u'\t'));
    QVERIFY(lines.at(0).startsWith(u"Time (UTC)\t"));
    QVERIFY(lines.at(0).contains(u"\tReason\t"));
    QVERIFY(lines.at(1).startsWith(u"2024-05-01 09:00:03\t"));
    const QString html = mime->html();
    QVERIFY(html.startsWith(u"<table"));
    QCOMPARE(html.count(u"<tr>"), 3); // the header and two rows
    QVERIFY(html.contains(u">Time (UTC)</th>"));
    QVERIFY(html.contains(u">Reason</th>"));
    QCOMPARE(html.count(u"<td>Timer_ConnectionIdle</td>"), 2);
    QCOMPARE(html.count(u"<td>::1%0</td>"), 2); // client and server address

    // In the customer's zone, the table, its title and both flavours say the same.
    m_session.tableModel()->setTimeFormat(TimeFormat(*DisplayZone::named("Asia/Tokyo")));
    QCOMPARE(proxy.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time (Asia/Tokyo)"));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("2024-05-01 18:00:03"));
    view.copySelectedRows();
    const QString text = QGuiApplication::clipboard()->mimeData()->text();
    QVERIFY(text.startsWith(u"Time (Asia/Tokyo)\t"));
    QVERIFY(text.section(u'\n', 1, 1).startsWith(u"2024-05-01 18:00:03\t"));
    QVERIFY(
        QGuiApplication::clipboard()->mimeData()->html().contains(u"<td>2024-05-01 18:00:03</td>"));
    m_session.tableModel()->setTimeFormat(TimeFormat());
}

void TestExportViews::filteredRowsAndReport()
{
    LogFilterModel proxy;
    proxy.setSourceModel(m_session.tableModel());
    FilterState state;
    state.clientIp = QStringLiteral("203.0.113.7");
    proxy.setFilterState(state);
    proxy.sort(0, Qt::DescendingOrder);
    QTableView view;
    view.setModel(&proxy);
    const auto rows = TableSelection::shownRows(view);
    QVERIFY(rows);
    QCOMPARE(*rows, (std::vector<uint32_t>{5, 1, 0}));

    ReportController reports(&m_session, &view, nullptr);
    const ReportData data = *reports.collect(false);
    QCOMPARE(data.filters, QStringList{QStringLiteral("Client IP: 203.0.113.7")});
    QCOMPARE(data.filteredRows, uint64_t(3));
    QCOMPARE(data.totalRows, uint64_t(7));
    QCOMPARE(data.tableRows.size(), size_t(3));
    QCOMPARE(data.tableRows.front().front(), QStringLiteral("2024-05-01 10:00:00")); // view order
    QCOMPARE(data.topClients.size(), size_t(1));
    QCOMPARE(data.topClients.front().count, uint64_t(3));
    // The window's report has the same parts as --report's: the chart of the rows shown, drawn
    // off screen (whatever the window shows), and the search for spikes.
    QImage chart;
    QVERIFY(chart.loadFromData(data.chartPng, "PNG"));
    QCOMPARE(chart.size(), QSize(2000, 680));
    QVERIFY(data.spikesSearched);
    QVERIFY(data.spikes.empty());
    QCOMPARE(data.explanations.size(), std::min<size_t>(3, data.reasons.size()));
    QVERIFY(reports.collect(false, false)->chartPng.isEmpty());
}

QTEST_MAIN(TestExportViews)
#include "tst_exportviews.moc"
