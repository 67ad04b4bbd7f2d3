// Bookmarks as a user leaves them: F2 on a row (and again to edit), Shift+F2 on the filter's time
// range, the Bookmarks dock (exact rows, a click moves the table whatever the sort, Delete
// removes), the marks in the table and on the chart, and the bookmarks in the report and the
// Markdown summary.
#include "bookmarkcontroller.h"
#include "bookmarkdelegate.h"
#include "bookmarkdialog.h"
#include "bookmarkmodel.h"
#include "bookmarkoverlay.h"
#include "chartcaption.h"
#include "chartimage.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "reportassembler.h"
#include "reportbuilder.h"
#include "syntheticlog.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

#include <qcustomplot.h>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
// Six rows an hour apart from 00:00 UTC: i = 0..5, Connection_Dropped for even i and
// Timer_ConnectionIdle for odd i, client 10.0.0.i, URL /api/orders/i for i < 3, else /static.
std::vector<Event> rows()
{
    std::vector<Event> events;
    for (int i = 0; i < 6; ++i)
        events.push_back({Day0 + 3600 * i, i % 2 ? "Timer_ConnectionIdle" : "Connection_Dropped",
                          "10.0.0." + std::to_string(i),
                          i < 3 ? "/api/orders/" + std::to_string(i) : std::string("/static")});
    return events;
}

struct Window
{
    LogTableModel model;
    LogFilterModel filter;
    TimelineData data{&model};
    QMainWindow window;
    TimelineWidget *timeline = new TimelineWidget;
    LogTableView *table = new LogTableView;
    BookmarkController *bookmarks = nullptr;

    Window()
    {
        model.reset({QStringLiteral("/logs/httperr1.log")});
        model.appendBatch(Synthetic::batchOf(rows()));
        model.setTimeFormat(TimeFormat(DisplayZone::utc(), QLocale(QLocale::German)));
        filter.setSourceModel(&model);
        timeline->setTimelineData(&data);
        data.flush();
        table->setModel(&filter);
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(timeline);
        layout->addWidget(table);
        window.setCentralWidget(central);
        bookmarks = new BookmarkController(&filter, table, timeline->chart(), &window);
        window.addActions(bookmarks->actions());
        window.resize(1024, 700);
    }
    // The `i` of the table's current row, -1 when none.
    int current() const
    {
        const QModelIndex index = table->currentIndex();
        if (!index.isValid())
            return -1;
        return int(model.store().time(index.data(LogTableModel::StoreRowRole).toULongLong()) - Day0)
               / 3600;
    }
    void select(int displayRow) { table->setCurrentIndex(filter.index(displayRow, 0)); }
    // Types `comment` into the open bookmark dialog and presses OK.
    void answer(const QString &comment)
    {
        auto *dialog = window.findChild<BookmarkDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->field()->setText(comment);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<BookmarkDialog *>());
    }
    QString cell(int row, int column) const
    {
        return bookmarks->model()->index(row, column).data().toString();
    }
};

int pixelsOf(const QImage &image, const QColor &colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            n += line[x] == colour.rgb() ? 1 : 0;
    }
    return n;
}
} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelListsBookmarks();
    void f2AddsAndEdits();
    void rangeFromTheFilter();
    void dockJumpsAndRemoves();
    void restoredBookmarksShowTheDock();
    void viewMenuOpensAFewRows();
    void marksTableAndChart();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void reportListsBookmarks();
    void chartPicturesHaveCaptions();
    void chartPicturesDrawBookmarks();
};

void TestBookmarks::initTestCase()
{
    LanguageManager::install(QStringLiteral("en"));
}

void TestBookmarks::modelListsBookmarks()
{
    Window w;
    BookmarkModel *m = w.bookmarks->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Bookmark row = m->forRow(3);
    row.comment = QStringLiteral("first timeout");
    m->add(row);
    Bookmark range = BookmarkModel::forRange(Day0 + 7200, Day0 + 3600);
    range.comment = QStringLiteral("quiet hour");
    QCOMPARE(m->add(range), 0); // oldest first
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("When (UTC)"));
    // The zone in the title, not in every cell (as the row's time).
    QCOMPARE(w.cell(0, 0), QStringLiteral("10.03.2026 01:00:00 – 02:00:00"));
    QCOMPARE(w.cell(0, 1), QStringLiteral("Time range"));
    QCOMPARE(w.cell(0, 2), QStringLiteral("quiet hour"));
    QCOMPARE(w.cell(1, 0), QStringLiteral("10.03.2026 03:00:00"));
    QCOMPARE(w.cell(1, 1), QStringLiteral("Timer_ConnectionIdle 10.0.0.3 /static"));
    QCOMPARE(m->index(1, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("httperr1.log, line 4"));
    QCOMPARE(m->indexOfRow(3), 1);
    QCOMPARE(m->indexOfRow(2), -1);
    QCOMPARE(m->storeRow(1), std::optional<uint32_t>(3));
    QCOMPARE(m->storeRow(0), std::nullopt);
    // Other files: the row is not loaded; the same file again: found again.
    w.model.reset({QStringLiteral("/logs/other.log")});
    w.model.appendBatch(Synthetic::batchOf(rows()));
    QCOMPARE(m->indexOfRow(3), -1);
    w.model.reset({QStringLiteral("/logs/httperr1.log")});
    w.model.appendBatch(Synthetic::batchOf(rows()));
    QCOMPARE(m->indexOfRow(3), 1);
    // The zone shown.
    w.model.setTimeFormat(TimeFormat(*DisplayZone::named("Asia/Tokyo"), QLocale(QLocale::German)));
    QCOMPARE(w.cell(1, 0), QStringLiteral("10.03.2026 12:00:00"));
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("When (Asia/Tokyo)"));
    // A range across a clock change keeps its offsets: Berlin's summer time, 29 March 2026.
    w.model.setTimeFormat(
        TimeFormat(*DisplayZone::named("Europe/Berlin"), QLocale(QLocale::German)));
    m->add(BookmarkModel::forRange(1774744200, 1774747800)); // 00:30 - 01:30 UTC
    QCOMPARE(w.cell(2, 0),
             QStringLiteral("29.03.2026 01:30:00 UTC+01:00 – 03:30:00 UTC+02:00 (Europe/Berlin)"));
}

void TestBookmarks::f2AddsAndEdits()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    w.select(3);
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_F2);
    auto *dialog = w.window.findChild<BookmarkDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Bookmark"));
    w.answer(QStringLiteral("customer says lunch"));
    BookmarkModel *m = w.bookmarks->model();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->at(0).comment, QStringLiteral("customer says lunch"));
    QCOMPARE(m->at(0).line, 4u);
    QVERIFY(w.bookmarks->dock()->isVisible());
    // F2 again on the same row edits it.
    w.bookmarks->rowAction()->trigger();
    dialog = w.window.findChild<BookmarkDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Bookmark"));
    QCOMPARE(dialog->field()->text(), QStringLiteral("customer says lunch"));
    w.answer(QStringLiteral("customer says lunch, 12:00 JST"));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->at(0).comment, QStringLiteral("customer says lunch, 12:00 JST"));
    // Without a current row there is nothing to bookmark.
    w.table->setCurrentIndex({});
    QSignalSpy messages(w.bookmarks, &BookmarkController::message);
    QVERIFY(!w.bookmarks->editCurrentRow());
    QCOMPARE(messages.count(), 1);
}

void TestBookmarks::rangeFromTheFilter()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    FilterState state;
    state.from = Day0 + 3600;
    state.to = Day0 + 3 * 3600;
    w.filter.setFilterState(state);
    QCOMPARE(w.bookmarks->currentRange(), std::make_pair(Day0 + 3600, Day0 + 3 * 3600));
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_F2, Qt::ShiftModifier);
    w.answer(QStringLiteral("the drops"));
    const Bookmark &b = w.bookmarks->model()->at(0);
    QVERIFY(!b.isRow());
    QCOMPARE(b.start, Day0 + 3600);
    QCOMPARE(b.end, Day0 + 3 * 3600);
    // No time filter and no spike: what the chart shows.
    w.filter.setFilterState({});
    const QCPRange shown = w.timeline->chart()->xAxis->range();
    QCOMPARE(w.bookmarks->currentRange(),
             std::make_pair(int64_t(shown.lower), int64_t(shown.upper)));
}

void TestBookmarks::dockJumpsAndRemoves()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    BookmarkModel *m = w.bookmarks->model();
    m->add(m->forRow(4));
    m->add(BookmarkModel::forRange(Day0 + 5400, Day0 + 9000));
    // By client, descending: i = 5, 4, 3, 2, 1, 0.
    w.filter.sort(w.model.columnOf(LogField::ClientIp), Qt::DescendingOrder);
    QTreeView *list = w.bookmarks->listView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(m->index(1, 0)).center());
    QCOMPARE(w.current(), 4);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(m->index(0, 0)).center());
    QCOMPARE(w.current(), 2); // the range's first row: 02:00
    // Hidden by the filters: said, not moved.
    FilterState other;
    other.reasons = {QStringLiteral("Timer_ConnectionIdle")};
    w.filter.setFilterState(other);
    QSignalSpy messages(w.bookmarks, &BookmarkController::message);
    QVERIFY(!w.bookmarks->jumpTo(1));
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("The bookmark's rows are hidden by the filters"));
    // Delete in the list removes the current one.
    list->setFocus();
    list->setCurrentIndex(m->index(0, 0));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m->rowCount(), 1);
    QVERIFY(m->at(0).isRow());
}

void TestBookmarks::restoredBookmarksShowTheDock()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QDockWidget *dock = w.bookmarks->dock();
    QVERIFY(!dock->isVisible());
    // A session without bookmarks leaves the dock closed.
    w.bookmarks->model()->setBookmarks({});
    QVERIFY(!dock->isVisible());
    // One that brings some back (as SessionController does once its files are loaded) opens it.
    Bookmark b = w.bookmarks->model()->forRow(2);
    b.comment = QStringLiteral("from the session");
    w.bookmarks->model()->setBookmarks({b, BookmarkModel::forRange(Day0, Day0 + 60)});
    QVERIFY(dock->isVisible());
    QCOMPARE(w.bookmarks->listView()->model()->rowCount(), 2);
    QCOMPARE(w.cell(1, 2), QStringLiteral("from the session"));
}

void TestBookmarks::viewMenuOpensAFewRows()
{
    // View → Bookmarks: a few rows at the foot (as a new bookmark opens it), not half the
    // window.
    Window w;
    w.window.resize(1280, 800);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QDockWidget *dock = w.bookmarks->dock();
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(dock->height() > 100 && dock->height() <= 140);
    QVERIFY(w.window.centralWidget()->height() > 3 * dock->height());
}

void TestBookmarks::marksTableAndChart()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QCOMPARE(pixelsOf(w.table->viewport()->grab().toImage(), BookmarkDelegate::Background), 0);
    Bookmark b = w.bookmarks->model()->forRow(1);
    b.comment = QStringLiteral("a very long comment that the chart cuts short");
    w.bookmarks->model()->add(b);
    QVERIFY(pixelsOf(w.table->viewport()->grab().toImage(), BookmarkDelegate::Background) > 0);
    QVERIFY(pixelsOf(w.table->viewport()->grab().toImage(), BookmarkDelegate::Marker) > 0);
    const BookmarkOverlay *overlay = w.bookmarks->overlay();
    QCOMPARE(overlay->count(), 1);
    QCOMPARE(overlay->label(0)->text(), QStringLiteral("⚑ a very long comment that th…"));
    QCOMPARE(overlay->mark(0)->topLeft->coords().x(), double(Day0 + 3600));
    w.bookmarks->model()->remove(0);
    QCOMPARE(overlay->count(), 0);
}

void TestBookmarks::labelsNeverOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("1280") << 1280;
    QTest::newRow("1024") << 1024;
    QTest::newRow("640") << 640;
}

void TestBookmarks::labelsNeverOverlap()
{
    QFETCH(int, width);
    Window w;
    w.window.resize(width, 700);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    // A bookmark on every row, an hour apart, and a range over the last hour: at the edge.
    BookmarkModel *m = w.bookmarks->model();
    for (uint32_t i = 0; i < 6; ++i) {
        Bookmark b = m->forRow(i);
        b.comment = QStringLiteral("customer says it broke here, ticket %1").arg(4711 + i);
        m->add(b);
    }
    Bookmark range = BookmarkModel::forRange(Day0 + 5 * 3600, Day0 + 6 * 3600 - 1);
    range.comment = QStringLiteral("last hour");
    m->add(range);
    TimelineChart *chart = w.timeline->chart();
    chart->replot(QCustomPlot::rpImmediateRefresh);
    const BookmarkOverlay *overlay = w.bookmarks->overlay();
    QCOMPARE(overlay->count(), 7);
    const QRectF area = chart->axisRect()->rect();
    std::vector<QRectF> shown;
    for (int i = 0; i < overlay->count(); ++i) {
        const QCPItemText *label = overlay->label(i);
        QVERIFY2(label->visible(), qPrintable(QString::number(i)));
        const QRectF r =
            QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition());
        QVERIFY2(area.contains(r), qPrintable(QStringLiteral("%1: %2,%3 %4x%5")
                                                  .arg(i)
                                                  .arg(r.x())
                                                  .arg(r.y())
                                                  .arg(r.width())
                                                  .arg(r.height())));
        for (const QRectF &other : shown)
            QVERIFY2(!r.intersects(other), qPrintable(QString::number(i)));
        shown.push_back(r);
    }
    // The oldest keeps its comment (cut to 28 characters); the rest a comment or the flag.
    QCOMPARE(overlay->label(0)->text(), QStringLiteral("⚑ customer says it broke here…"));
    for (int i = 1; i < overlay->count(); ++i)
        QVERIFY(overlay->label(i)->text().startsWith(QStringLiteral("⚑")));
}

void TestBookmarks::reportListsBookmarks()
{
    Window w;
    BookmarkModel *m = w.bookmarks->model();
    Bookmark row = m->forRow(3);
    row.comment = QStringLiteral("first timeout");
    m->add(row);
    Bookmark late = BookmarkModel::forRange(Day0 + 86400, Day0 + 90000);
    late.comment = QStringLiteral("next day");
    m->add(late);
    ReportAssembler::Input input;
    input.store = &w.model.store();
    input.chart = false;
    input.bookmarks = w.bookmarks->forReport();
    const ReportData d = ReportAssembler::assemble(input);
    QCOMPARE(d.bookmarks.size(), size_t(1)); // the next day lies outside the rows' span
    const QString html = ReportBuilder::html(d);
    QVERIFY(html.contains(QStringLiteral("<h2>Bookmarks</h2>")));
    QVERIFY(html.contains(QStringLiteral("first timeout")));
    QVERIFY(!html.contains(QStringLiteral("next day")));
    QVERIFY2(ReportBuilder::markdown(d).contains(
                 QStringLiteral("**Bookmarks:**\n- 2026-03-10 03:00:00 UTC (Timer_ConnectionIdle "
                                "10.0.0.3 /static): first timeout\n")),
             qPrintable(ReportBuilder::markdown(d)));
}

void TestBookmarks::chartPicturesHaveCaptions()
{
    Window w;
    Bookmark b = w.bookmarks->model()->forRow(3);
    b.comment = QStringLiteral("first timeout");
    w.bookmarks->model()->add(b);
    w.bookmarks->model()->add(BookmarkModel::forRange(Day0 + 86400, Day0 + 90000));
    FilterState state;
    state.reasons = {QStringLiteral("Timer_ConnectionIdle")};
    w.filter.setFilterState(state);
    const QStringList caption =
        ChartCaption::lines(w.filter, w.bookmarks->forReport(), Day0, Day0 + 6 * 3600);
    QCOMPARE(caption, (QStringList{QStringLiteral("Files: httperr1.log"),
                                   QStringLiteral("Filters: Reason: Timer_ConnectionIdle"),
                                   QStringLiteral("Times in UTC"),
                                   QStringLiteral("⚑ 10.03.2026 03:00:00: first timeout")}));
    // The picture grows by the caption, drawn in dark text on white below the chart.
    TimelineChart *chart = w.timeline->chart();
    const QSize size(800, 300);
    const QImage plain = ChartImage::image(*chart, size);
    const QImage captioned = ChartImage::image(*chart, size, 1.0, caption);
    const int height = ChartImage::captionHeight(caption, size.width(), chart->font());
    QVERIFY(height > 4 * QFontMetrics(chart->font()).height());
    QCOMPARE(plain.size(), size);
    QCOMPARE(captioned.size(), QSize(800, 300 + height));
    QVERIFY(pixelsOf(captioned.copy(0, 300, 800, height), QColor(31, 35, 40)) > 0);
    QTemporaryDir dir;
    QCOMPARE(ChartImage::save(*chart, dir.filePath(QStringLiteral("c.pdf")), size, caption),
             QString());
    QCOMPARE(ChartImage::save(*chart, dir.filePath(QStringLiteral("c.png")), size, caption),
             QString());
    QCOMPARE(QImage(dir.filePath(QStringLiteral("c.png"))).size(), QSize(800, 300 + height));
}

void TestBookmarks::chartPicturesDrawBookmarks()
{
    // A saved or copied chart picture has the bookmarks' marks and labels too, spread for the
    // picture's own size: none covers another or is cut off.
    Window w;
    BookmarkModel *m = w.bookmarks->model();
    for (uint32_t i = 0; i < 4; ++i) {
        Bookmark b = m->forRow(i);
        b.comment = QStringLiteral("customer says it broke here, ticket %1").arg(4711 + i);
        m->add(b);
    }
    m->add(BookmarkModel::forRange(Day0 + 5 * 3600, Day0 + 6 * 3600 - 1));
    TimelineChart *chart = w.timeline->chart();
    const QSize size(600, 260);
    const auto copy = ChartImage::copyOf(*chart, size);
    std::vector<QRectF> labels;
    int marks = 0;
    for (int i = 0; i < copy->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(copy->item(i));
            text && text->text().startsWith(QStringLiteral("⚑"))) {
            QVERIFY(text->visible());
            labels.emplace_back(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
        } else if (auto *rect = qobject_cast<QCPItemRect *>(copy->item(i));
                   rect && rect->pen().color() == BookmarkDelegate::Marker) {
            ++marks;
        }
    }
    QCOMPARE(marks, 5);
    QCOMPARE(labels.size(), size_t(5));
    const QRectF area = copy->axisRect()->rect();
    for (size_t i = 0; i < labels.size(); ++i) {
        QVERIFY(area.contains(labels[i]));
        for (size_t j = 0; j < i; ++j)
            QVERIFY(!labels[i].intersects(labels[j]));
    }
    // No bookmarks, none drawn.
    while (m->rowCount() > 0)
        m->remove(0);
    const auto plain = ChartImage::copyOf(*chart, size);
    for (int i = 0; i < plain->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(plain->item(i));
        QVERIFY(!text || !text->text().startsWith(QStringLiteral("⚑")));
    }
}

QTEST_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
