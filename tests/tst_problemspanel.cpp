// The Problems dock's widgets and the line-in-context reader behind its double-click.

#include "linecontext.h"
#include "linecontextdialog.h"
#include "problemfiltermodel.h"
#include "problemlistmodel.h"
#include "problemspanel.h"
#include "problemsview.h"
#include "testfiles.h"
#include "textdecode.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Code = LogProblem::Code;

namespace {
LogProblem problem(Code code, const QString &path, quint64 line = 0, const QByteArray &raw = {})
{
    LogProblem p;
    p.code = code;
    p.path = path;
    p.line = line;
    p.raw = raw;
    p.expected = 13;
    p.found = 4;
    return p;
}

QByteArray numberedLines(int count, const char *eol = "\r\n")
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += "line " + QByteArray::number(i) + eol;
    return out;
}
} // namespace

class TestProblemsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void panelSummaryFiltersAndDoubleClick();
    void rawTextShowsControlBytes();
    void lineContext_data();
    void lineContext();
    void lineContextDialog();
};

void TestProblemsPanel::panelSummaryFiltersAndDoubleClick()
{
    ProblemListModel model;
    ProblemsPanel panel;
    panel.setModel(&model);
    QAbstractItemModelTester tester(panel.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.summaryText(), QStringLiteral("No problems"));

    const QString a = QStringLiteral("/logs/httperr1.log");
    const QString b = QStringLiteral("/logs/u_ex.log");
    model.append(std::vector<LogProblem>{problem(Code::FieldCount, a, 7, "bad line"),
                                         problem(Code::FieldCount, a, 9, "bad too")});
    auto foreign = problem(Code::NotHttpErr, b, 1);
    foreign.detail = QStringLiteral("IIS access log");
    model.append(foreign);
    model.append(problem(Code::Reencoded, a));
    panel.setMalformedCount(2);
    QCOMPARE(panel.summaryText(),
             QStringLiteral("Files with problems: 2 — not an httperr log: 1, malformed lines: 2, "
                            "notes: 1"));

    auto *files = panel.findChild<QComboBox *>(QStringLiteral("problemsFileFilter"));
    auto *kinds = panel.findChild<QComboBox *>(QStringLiteral("problemsKindFilter"));
    QVERIFY(files && kinds);
    QCOMPARE(files->count(), 3); // all files, then each file with problems once
    QCOMPARE(files->itemText(1), QStringLiteral("httperr1.log"));
    QCOMPARE(files->itemData(2).toString(), b);
    ProblemsView *view = panel.view();
    QCOMPARE(view->model()->rowCount(), 4);
    // Sorted by kind: the file that is no httperr log first, then lines in order, then notes.
    QStringList order;
    for (int r = 0; r < 4; ++r)
        order << view->model()->index(r, ProblemListModel::SeverityColumn).data().toString()
                     + QLatin1Char(':')
                     + view->model()->index(r, ProblemListModel::LineColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("Error:1"), QStringLiteral("Malformed:7"),
                                 QStringLiteral("Malformed:9"), QStringLiteral("Note:")}));
    files->setCurrentIndex(1);
    QCOMPARE(view->model()->rowCount(), 3);
    kinds->setCurrentIndex(kinds->findData(int(ProblemFilterModel::Kind::MalformedLines)));
    QCOMPARE(view->model()->rowCount(), 2);
    files->setCurrentIndex(0);
    kinds->setCurrentIndex(kinds->findData(int(ProblemFilterModel::Kind::FileErrors)));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ProblemListModel::MessageColumn).data().toString(),
             QStringLiteral("Not an HTTP.sys error log (IIS access log)"));

    // A double-click on a problem with a line asks for it in context; on a file note not.
    kinds->setCurrentIndex(0);
    QSignalSpy activated(&panel, &ProblemsPanel::lineActivated);
    Q_EMIT view->doubleClicked(view->model()->index(2, ProblemListModel::RawColumn));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), a);
    QCOMPARE(activated.at(0).at(1).toULongLong(), quint64(9));
    Q_EMIT view->doubleClicked(view->model()->index(3, ProblemListModel::RawColumn));
    QCOMPARE(activated.count(), 1);

    model.clear();
    QCOMPARE(files->count(), 1);
    panel.setMalformedCount(0);
    QCOMPARE(panel.summaryText(), QStringLiteral("No problems"));
}

void TestProblemsPanel::rawTextShowsControlBytes()
{
    QCOMPARE(TextDecode::toDisplayText(QByteArray("a\0b\x01\tc\x7F", 7)),
             QStringLiteral("a\u2400b\u2401\tc\u2421"));
    QCOMPARE(TextDecode::toDisplayText("caf\xE9"), QStringLiteral("café"));
}

void TestProblemsPanel::lineContext_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("line");
    QTest::addColumn<QStringList>("expected"); // "number:text"

    QTest::newRow("middle") << numberedLines(20) << quint64(10)
                            << QStringList{QStringLiteral("8:line 8"), QStringLiteral("9:line 9"),
                                           QStringLiteral("10:line 10"),
                                           QStringLiteral("11:line 11"),
                                           QStringLiteral("12:line 12")};
    QTest::newRow("first line") << numberedLines(20, "\n") << quint64(1)
                                << QStringList{QStringLiteral("1:line 1"),
                                               QStringLiteral("2:line 2"),
                                               QStringLiteral("3:line 3")};
    QTest::newRow("last line without break")
        << numberedLines(3) + "cut" << quint64(4)
        << QStringList{QStringLiteral("2:line 2"), QStringLiteral("3:line 3"),
                       QStringLiteral("4:cut")};
    QByteArray wide("\xFF\xFE", 2);
    for (const char c : numberedLines(5)) {
        wide += c;
        wide += '\0';
    }
    QTest::newRow("UTF-16") << wide << quint64(5)
                            << QStringList{QStringLiteral("3:line 3"), QStringLiteral("4:line 4"),
                                           QStringLiteral("5:line 5")};
    QTest::newRow("long line is cut")
        << "a\n" + QByteArray(100000, 'x') + "\nb\n"
        << quint64(2)
        << QStringList{QStringLiteral("1:a"),
                       QStringLiteral("2:") + QString(LineContext::MaxLineChars, QLatin1Char('x'))
                           + QChar(0x2026),
                       QStringLiteral("3:b")};
    QTest::newRow("past the end") << numberedLines(3) << quint64(9) << QStringList();
}

void TestProblemsPanel::lineContext()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, line);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, bytes));
    QString error;
    const auto lines = LineContext::read(path, line, 2, &error);
    QStringList got;
    for (const auto &l : lines)
        got << QStringLiteral("%1:%2").arg(l.number).arg(l.text);
    QCOMPARE(got, expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestProblemsPanel::lineContextDialog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("httperr1.log"));
    QVERIFY(writeFile(path, numberedLines(30)));
    LineContextDialog dialog;
    dialog.showLine(path, 12);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("httperr1.log — line 12"));
    QVERIFY(dialog.text().startsWith(QStringLiteral(" 7  line 7\n")));
    QVERIFY(dialog.text().endsWith(QStringLiteral("17  line 17")));

    dialog.showLine(dir.filePath(QStringLiteral("gone.log")), 3);
    QVERIFY(dialog.text().startsWith(QStringLiteral("Cannot show line 3 of ")));
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
