#include "httperrparser.h"
#include "logtablemodel.h"
#include "problemlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <cstring>

namespace {

const QString kFile0 = QStringLiteral("/logs/a/httperr1.log");
const QString kFile1 = QStringLiteral("/logs/b/httperr2.log");

// Lines 1-4 of file 0: the 13-field layout.
const char *const kFile0Part1 =
    "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid "
    "s-reason s-queuename\r\n"
    "2024-01-02 03:04:05 10.0.0.1 50000 192.168.1.10 80 HTTP/1.1 GET /a 400 1 URL "
    "DefaultAppPool\r\n"
    "2024-01-02 03:04:06 10.0.0.2 50001 192.168.1.10 80 - - - - - Timer_ConnectionIdle -\r\n"
    "2024-01-02 03:04:07 ::1%0 50002 ::1%0 443 HTTP/1.1 POST /caf\xC3\xA9 503 2 QueueFull "
    "DefaultAppPool\r\n";
// Lines 5-6 of file 0, earlier than what came before.
const char *const kFile0Part2 =
    "2024-01-02 03:04:05 10.0.0.5 50005 192.168.1.10 80 HTTP/1.1 GET /e 400 1 BadRequest -\r\n"
    "2024-01-02 03:04:00 10.0.0.6 50006 192.168.1.10 80 - - - 400 - Verb -\r\n";
// File 1: a custom layout that brings a stream id and an unknown field.
const char *const kFile1Text =
    "#Fields: date time c-ip s-port cs-uri streamid sc-status s-reason x-trace\r\n"
    "2024-01-02 03:04:08 10.0.0.3 443 /b 5 404 NotFound abc\r\n"
    "2024-01-02 03:04:09 10.0.0.4 443 /c - - Timer_HeaderWait -\r\n";

LogBatch parse(HttpErrParser &parser, int32_t fileIndex, const char *text)
{
    LogBatch batch;
    batch.fileIndex = fileIndex;
    parser.parse(text, std::strlen(text), batch);
    return batch;
}

QStringList headers(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal, role).toString();
    return out;
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, column).data().toString();
    return out;
}

} // namespace

class TestLogTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesUnderModelTester();
    void finishLoadingSorts_data();
    void finishLoadingSorts();
    void resetDropsBackgroundOrder();
    void resetEmptiesTheModel();
    void problemListModel();
};

void TestLogTableModel::batchesUnderModelTester()
{
    LogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy appended(&model, &LogTableModel::rowsAppended);
    QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(headers(model), (QStringList{QStringLiteral("Time (UTC)"), QStringLiteral("Server"),
                                          QStringLiteral("File"), QStringLiteral("Line")}));

    model.reset({kFile0, kFile1});
    HttpErrParser parser0(0, kFile0);
    HttpErrParser parser1(1, kFile1);
    model.appendBatch(parse(parser0, 0, kFile0Part1));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 15);
    QCOMPARE(columnsInserted.count(), 11);
    QCOMPARE(headers(model),
             (QStringList{QStringLiteral("Time (UTC)"), QStringLiteral("Server"),
                          QStringLiteral("Reason"), QStringLiteral("Status"),
                          QStringLiteral("Client IP"), QStringLiteral("Client port"),
                          QStringLiteral("Method"), QStringLiteral("URL"), QStringLiteral("Site"),
                          QStringLiteral("Queue"), QStringLiteral("Server IP"),
                          QStringLiteral("Server port"), QStringLiteral("Version"),
                          QStringLiteral("File"), QStringLiteral("Line")}));

    // A later batch brings a stream id and an unknown field: both columns appear before File.
    model.appendBatch(parse(parser1, 1, kFile1Text));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 17);
    QCOMPARE(columnsInserted.count(), 13);
    QCOMPARE(headers(model),
             (QStringList{
                 QStringLiteral("Time (UTC)"), QStringLiteral("Server"), QStringLiteral("Reason"),
                 QStringLiteral("Status"), QStringLiteral("Client IP"),
                 QStringLiteral("Client port"), QStringLiteral("Method"), QStringLiteral("URL"),
                 QStringLiteral("Site"), QStringLiteral("Queue"), QStringLiteral("Server IP"),
                 QStringLiteral("Server port"), QStringLiteral("Version"), QStringLiteral("Stream"),
                 QStringLiteral("x-trace"), QStringLiteral("File"), QStringLiteral("Line")}));
    // The tooltip names the #Fields id.
    QCOMPARE(headers(model, Qt::ToolTipRole),
             (QStringList{
                 QStringLiteral("Time (UTC)"), QStringLiteral("Server"), QStringLiteral("s-reason"),
                 QStringLiteral("sc-status"), QStringLiteral("c-ip"), QStringLiteral("c-port"),
                 QStringLiteral("cs-method"), QStringLiteral("cs-uri"), QStringLiteral("s-siteid"),
                 QStringLiteral("s-queuename"), QStringLiteral("s-ip"), QStringLiteral("s-port"),
                 QStringLiteral("cs-version"), QStringLiteral("streamid"),
                 QStringLiteral("x-trace"), QStringLiteral("File"), QStringLiteral("Line")}));

    QCOMPARE(appended.count(), 2);
    QCOMPARE(appended.at(0), (QVariantList{0, 2}));
    QCOMPARE(appended.at(1), (QVariantList{3, 4}));

    enum {
        Time,
        Server,
        Reason,
        Status,
        ClientIp,
        ClientPort,
        Method,
        Uri,
        Site,
        Queue,
        ServerIp,
        ServerPort,
        Version,
        Stream,
        Trace,
        File,
        Line
    };
    QCOMPARE(model.columnOf(LogField::Reason), int(Reason));
    QCOMPARE(model.columnOf(LogField::StreamId), int(Stream));
    QCOMPARE(model.columnOf(LogField::Transport), -1);
    QCOMPARE(model.columnInfo(Time).kind, LogTableModel::ColumnKind::Time);
    QCOMPARE(model.columnInfo(Trace).kind, LogTableModel::ColumnKind::Field);
    QCOMPARE(model.columnInfo(File).kind, LogTableModel::ColumnKind::File);
    QCOMPARE(model.columnInfo(Line).kind, LogTableModel::ColumnKind::Line);

    // Every cell of the five rows.
    const QString dash = QStringLiteral("-");
    const QList<QStringList> expected{
        {QStringLiteral("2024-01-02 03:04:05"), QStringLiteral("a"), QStringLiteral("URL"),
         QStringLiteral("400"), QStringLiteral("10.0.0.1"), QStringLiteral("50000"),
         QStringLiteral("GET"), QStringLiteral("/a"), QStringLiteral("1"),
         QStringLiteral("DefaultAppPool"), QStringLiteral("192.168.1.10"), QStringLiteral("80"),
         QStringLiteral("HTTP/1.1"), dash, dash, QStringLiteral("httperr1.log"),
         QStringLiteral("2")},
        {QStringLiteral("2024-01-02 03:04:06"), QStringLiteral("a"),
         QStringLiteral("Timer_ConnectionIdle"), dash, QStringLiteral("10.0.0.2"),
         QStringLiteral("50001"), dash, dash, dash, dash, QStringLiteral("192.168.1.10"),
         QStringLiteral("80"), dash, dash, dash, QStringLiteral("httperr1.log"),
         QStringLiteral("3")},
        {QStringLiteral("2024-01-02 03:04:07"), QStringLiteral("a"), QStringLiteral("QueueFull"),
         QStringLiteral("503"), QStringLiteral("::1%0"), QStringLiteral("50002"),
         QStringLiteral("POST"), QStringLiteral("/caf\u00e9"), QStringLiteral("2"),
         QStringLiteral("DefaultAppPool"), QStringLiteral("::1%0"), QStringLiteral("443"),
         QStringLiteral("HTTP/1.1"), dash, dash, QStringLiteral("httperr1.log"),
         QStringLiteral("4")},
        {QStringLiteral("2024-01-02 03:04:08"), QStringLiteral("b"), QStringLiteral("NotFound"),
         QStringLiteral("404"), QStringLiteral("10.0.0.3"), dash, dash, QStringLiteral("/b"), dash,
         dash, dash, QStringLiteral("443"), dash, QStringLiteral("5"), QStringLiteral("abc"),
         QStringLiteral("httperr2.log"), QStringLiteral("2")},
        {QStringLiteral("2024-01-02 03:04:09"), QStringLiteral("b"),
         QStringLiteral("Timer_HeaderWait"), dash, QStringLiteral("10.0.0.4"), dash, dash,
         QStringLiteral("/c"), dash, dash, dash, QStringLiteral("443"), dash, dash, dash,
         QStringLiteral("httperr2.log"), QStringLiteral("3")},
    };
    for (int r = 0; r < 5; ++r) {
        for (int c = 0; c < 17; ++c) {
            const QModelIndex index = model.index(r, c);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), expected[r][c]);
            QCOMPARE(model.text(r, c), expected[r][c]);
        }
        QCOMPARE(model.index(r, 0).data(LogTableModel::StoreRowRole), QVariant(qulonglong(r)));
    }

    // Tooltips: the full path for File, the value for fields.
    QCOMPARE(model.index(0, File).data(Qt::ToolTipRole).toString(), kFile0);
    QCOMPARE(model.index(3, File).data(Qt::ToolTipRole).toString(), kFile1);
    // The server's tooltip is the folder it stands for; its sort key is its name.
    QCOMPARE(model.index(0, Server).data(Qt::ToolTipRole).toString(), QStringLiteral("/logs/a"));
    QCOMPARE(model.index(4, Server).data(LogTableModel::SortRole).toString(), QStringLiteral("b"));
    QCOMPARE(model.serverColumn(), int(Server));
    QCOMPARE(model.index(2, Uri).data(Qt::ToolTipRole).toString(), QStringLiteral("/caf\u00e9"));
    QVERIFY(!model.index(0, Time).data(Qt::ToolTipRole).isValid());

    // Numbers to the right.
    const QVariant right = QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QVariant left = QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    QCOMPARE(model.index(0, Status).data(Qt::TextAlignmentRole), right);
    QCOMPARE(model.index(0, ClientPort).data(Qt::TextAlignmentRole), right);
    QCOMPARE(model.index(0, Line).data(Qt::TextAlignmentRole), right);
    QCOMPARE(model.index(0, Reason).data(Qt::TextAlignmentRole), left);
    QCOMPARE(model.index(0, ClientIp).data(Qt::TextAlignmentRole), left);

    // SortRole: typed values.
    const int sort = LogTableModel::SortRole;
    QVariant v = model.index(0, Time).data(sort);
    QCOMPARE(v.typeId(), int(QMetaType::LongLong));
    QCOMPARE(v.toLongLong(), qint64(1704164645));
    v = model.index(0, Status).data(sort);
    QCOMPARE(v.typeId(), int(QMetaType::LongLong));
    QCOMPARE(v.toLongLong(), qint64(400));
    v = model.index(2, ClientPort).data(sort);
    QCOMPARE(v.typeId(), int(QMetaType::LongLong));
    QCOMPARE(v.toLongLong(), qint64(50002));
    v = model.index(3, Stream).data(sort);
    QCOMPARE(v.typeId(), int(QMetaType::LongLong));
    QCOMPARE(v.toLongLong(), qint64(5));
    v = model.index(1, Status).data(sort); // empty
    QCOMPARE(v.typeId(), int(QMetaType::QString));
    QCOMPARE(v.toString(), QString());
    v = model.index(0, Reason).data(sort);
    QCOMPARE(v.typeId(), int(QMetaType::QString));
    QCOMPARE(v.toString(), QStringLiteral("URL"));
    v = model.index(0, ClientIp).data(sort);
    QCOMPARE(v.typeId(), int(QMetaType::QString));
    QCOMPARE(v.toString(), QStringLiteral("10.0.0.1"));
    v = model.index(4, Line).data(sort);
    QCOMPARE(v.typeId(), int(QMetaType::LongLong));
    QCOMPARE(v.toLongLong(), qint64(3));
    v = model.index(4, File).data(sort);
    QCOMPARE(v.toInt(), 1);
    QCOMPARE(model.index(0, File).data(sort).toInt(), 0);

    // Out-of-range and unknown roles.
    QVERIFY(!model.index(5, 0).isValid());
    QVERIFY(!model.index(0, 17).isValid());
    QVERIFY(!model.index(0, Reason).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.store().rowCount(), size_t(5));
}

void TestLogTableModel::finishLoadingSorts_data()
{
    QTest::addColumn<bool>("background");
    QTest::newRow("on the calling thread") << false;
    QTest::newRow("worked out on a worker thread") << true;
}

void TestLogTableModel::finishLoadingSorts()
{
    QFETCH(bool, background);
    LogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToChange(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy appended(&model, &LogTableModel::rowsAppended);
    QSignalSpy ready(&model, &LogTableModel::timeOrderReady);
    // Either way the rows are in time order once timeOrderReady() came; in the background
    // the model changes only when the event loop delivers the new order.
    auto finish = [&] {
        const int before = ready.count();
        if (!background) {
            model.finishLoading();
            return;
        }
        const bool ordered = model.store().isTimeOrdered();
        model.finishLoadingInBackground();
        if (ordered) {
            QCOMPARE(ready.count(), before + 1); // nothing to work out: at once
            return;
        }
        QCOMPARE(ready.count(), before);
        QVERIFY(!model.store().isTimeOrdered());
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.count(), before + 1);
    };

    model.reset({kFile0, kFile1});
    HttpErrParser parser0(0, kFile0);
    HttpErrParser parser1(1, kFile1);
    model.appendBatch(parse(parser0, 0, kFile0Part1));
    model.appendBatch(parse(parser1, 1, kFile1Text));
    // In order so far: nothing to do.
    QVERIFY(model.store().isTimeOrdered());
    finish();
    QCOMPARE(aboutToChange.count(), 0);
    QCOMPARE(changed.count(), 0);

    // The rest of file 0 is older than file 1 (overlapping files).
    model.appendBatch(parse(parser0, 0, kFile0Part2));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(appended.count(), 3);
    QCOMPARE(appended.at(2), (QVariantList{5, 6}));
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(!model.store().isTimeOrdered());
    const int reason = model.columnOf(LogField::Reason);
    const int file = model.columnCount() - 2;
    const int line = model.columnCount() - 1;
    QCOMPARE(columnTexts(model, reason),
             (QStringList{QStringLiteral("URL"), QStringLiteral("Timer_ConnectionIdle"),
                          QStringLiteral("QueueFull"), QStringLiteral("NotFound"),
                          QStringLiteral("Timer_HeaderWait"), QStringLiteral("BadRequest"),
                          QStringLiteral("Verb")}));

    finish();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(aboutToChange.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.store().isTimeOrdered());
    QCOMPARE(model.rowCount(), 7);

    // Stable: the two 03:04:05 rows keep their line order.
    QCOMPARE(
        columnTexts(model, 0),
        (QStringList{QStringLiteral("2024-01-02 03:04:00"), QStringLiteral("2024-01-02 03:04:05"),
                     QStringLiteral("2024-01-02 03:04:05"), QStringLiteral("2024-01-02 03:04:06"),
                     QStringLiteral("2024-01-02 03:04:07"), QStringLiteral("2024-01-02 03:04:08"),
                     QStringLiteral("2024-01-02 03:04:09")}));
    QCOMPARE(
        columnTexts(model, reason),
        (QStringList{QStringLiteral("Verb"), QStringLiteral("URL"), QStringLiteral("BadRequest"),
                     QStringLiteral("Timer_ConnectionIdle"), QStringLiteral("QueueFull"),
                     QStringLiteral("NotFound"), QStringLiteral("Timer_HeaderWait")}));
    QCOMPARE(columnTexts(model, line),
             (QStringList{QStringLiteral("6"), QStringLiteral("2"), QStringLiteral("5"),
                          QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("2"),
                          QStringLiteral("3")}));
    QCOMPARE(columnTexts(model, file),
             (QStringList{QStringLiteral("httperr1.log"), QStringLiteral("httperr1.log"),
                          QStringLiteral("httperr1.log"), QStringLiteral("httperr1.log"),
                          QStringLiteral("httperr1.log"), QStringLiteral("httperr2.log"),
                          QStringLiteral("httperr2.log")}));
    // Field columns moved with their rows.
    QCOMPARE(model.index(0, model.columnOf(LogField::ClientIp)).data().toString(),
             QStringLiteral("10.0.0.6"));
    QCOMPARE(model.index(5, model.columnOf(LogField::StreamId)).data().toString(),
             QStringLiteral("5"));
    QCOMPARE(model.index(0, 0).data(LogTableModel::SortRole).toLongLong(), qint64(1704164640));

    // A second call has nothing left to do.
    finish();
    QCOMPARE(changed.count(), 1);
}

void TestLogTableModel::resetDropsBackgroundOrder()
{
    LogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HttpErrParser parser0(0, kFile0);
    HttpErrParser parser1(1, kFile1);
    model.reset({kFile0, kFile1});
    model.appendBatch(parse(parser0, 0, kFile0Part1));
    model.appendBatch(parse(parser1, 1, kFile1Text));
    model.appendBatch(parse(parser0, 0, kFile0Part2));
    QVERIFY(!model.store().isTimeOrdered());
    QSignalSpy ready(&model, &LogTableModel::timeOrderReady);
    QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
    model.finishLoadingInBackground();
    model.reset({kFile0}); // a new load: the order worked out for the old rows is dropped
    QTest::qWait(100);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestLogTableModel::resetEmptiesTheModel()
{
    LogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    HttpErrParser parser(0, kFile0);
    model.reset({kFile0});
    model.appendBatch(parse(parser, 0, kFile0Part1));
    QCOMPARE(model.rowCount(), 3);
    // A batch without rows changes nothing.
    model.appendBatch(LogBatch());
    QCOMPARE(model.rowCount(), 3);

    model.reset();
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.store().files(), QStringList());
    QCOMPARE(model.columnOf(LogField::Reason), -1);
    QCOMPARE(headers(model), (QStringList{QStringLiteral("Time (UTC)"), QStringLiteral("Server"),
                                          QStringLiteral("File"), QStringLiteral("Line")}));

    // setFiles names the files of rows appended later.
    model.setFiles({kFile1});
    HttpErrParser again(0, kFile1);
    model.appendBatch(parse(again, 0, kFile0Part1));
    QCOMPARE(model.index(0, model.columnCount() - 2).data().toString(),
             QStringLiteral("httperr2.log"));
}

void TestLogTableModel::problemListModel()
{
    ProblemListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(headers(model),
             (QStringList{QStringLiteral("Kind"), QStringLiteral("File"), QStringLiteral("Line"),
                          QStringLiteral("Problem"), QStringLiteral("Text")}));

    LogProblem fieldCount;
    fieldCount.code = LogProblem::Code::FieldCount;
    fieldCount.fileIndex = 0;
    fieldCount.line = 7;
    fieldCount.expected = 13;
    fieldCount.found = 12;
    fieldCount.path = kFile0;
    fieldCount.raw = "2002-07-05 18:45:09 a b";
    LogProblem guessed;
    guessed.code = LogProblem::Code::GuessedLayout;
    guessed.fileIndex = 0;
    guessed.line = 1;
    guessed.found = 12;
    guessed.path = kFile0;
    LogProblem missing;
    missing.code = LogProblem::Code::Missing;
    missing.path = QStringLiteral("/logs/missing.log");
    LogProblem badTime;
    badTime.code = LogProblem::Code::BadTimestamp;
    badTime.fileIndex = 1;
    badTime.line = 3;
    badTime.path = kFile1;
    badTime.raw = "date time \xE9t\xE9";

    model.append(std::vector<LogProblem>{fieldCount, guessed});
    model.append(std::vector<LogProblem>{});
    model.append(missing);
    model.append(badTime);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.errorCount(), 3);
    QCOMPARE(model.problem(2).code, LogProblem::Code::Missing);

    enum { Kind, File, Line, Message, Raw };
    const QVariant noLine;
    QCOMPARE(columnTexts(model, Kind),
             (QStringList{QStringLiteral("Malformed"), QStringLiteral("Note"),
                          QStringLiteral("Error"), QStringLiteral("Malformed")}));
    QCOMPARE(columnTexts(model, File),
             (QStringList{QStringLiteral("httperr1.log"), QStringLiteral("httperr1.log"),
                          QStringLiteral("missing.log"), QStringLiteral("httperr2.log")}));
    QCOMPARE(model.index(0, Line).data(), QVariant(qulonglong(7)));
    QCOMPARE(model.index(1, Line).data(), QVariant(qulonglong(1)));
    QCOMPARE(model.index(2, Line).data(), noLine);
    QCOMPARE(model.index(3, Line).data(), QVariant(qulonglong(3)));
    QCOMPARE(columnTexts(model, Message),
             (QStringList{QStringLiteral("Expected 13 fields, found 12"),
                          QStringLiteral("No #Fields header: columns guessed from the field count"),
                          QStringLiteral("File or folder not found"),
                          QStringLiteral("Date and time are not YYYY-MM-DD HH:MM:SS")}));
    QCOMPARE(columnTexts(model, Raw),
             (QStringList{QStringLiteral("2002-07-05 18:45:09 a b"), QString(), QString(),
                          QStringLiteral("date time \u00e9t\u00e9")}));

    QCOMPARE(model.index(2, File).data(Qt::ToolTipRole).toString(),
             QStringLiteral("/logs/missing.log"));
    QCOMPARE(model.index(0, Kind).data(ProblemListModel::PathRole).toString(), kFile0);
    QCOMPARE(model.index(2, Message).data(ProblemListModel::PathRole).toString(),
             QStringLiteral("/logs/missing.log"));
    QCOMPARE(model.index(0, Line).data(Qt::TextAlignmentRole),
             QVariant(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, Kind).data(Qt::DecorationRole).isValid());

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.errorCount(), 0);
}

QTEST_GUILESS_MAIN(TestLogTableModel)
#include "tst_logtablemodel.moc"
