#include "linecontextdialog.h"

#include "linecontext.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
constexpr int Radius = 5; // lines shown before and after
}

LineContextDialog::LineContextDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("lineContextDialog"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QString(110, QLatin1Char('m'))),
           fontMetrics().height() * (2 * Radius + 8));
}

void LineContextDialog::showLine(const QString &path, quint64 line)
{
    setWindowTitle(tr("%1 — line %2").arg(QFileInfo(path).fileName()).arg(line));
    QString error;
    const std::vector<LineContext::Line> lines = LineContext::read(path, line, Radius, &error);
    if (lines.empty()) {
        m_text->setPlainText(tr("Cannot show line %1 of %2: %3").arg(line).arg(path, error));
        return;
    }
    const int width = int(QString::number(lines.back().number).size());
    QStringList text;
    int target = -1;
    for (const LineContext::Line &l : lines) {
        if (l.number == line)
            target = int(text.size());
        text << QStringLiteral("%1  %2").arg(l.number, width).arg(l.text);
    }
    m_text->setPlainText(text.join(QLatin1Char('\n')));
    if (target < 0)
        return;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(m_text->document()->findBlockByNumber(target));
    mark.format.setBackground(palette().color(QPalette::Highlight));
    mark.format.setForeground(palette().color(QPalette::HighlightedText));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_text->setExtraSelections({mark});
    m_text->setTextCursor(mark.cursor);
    m_text->centerCursor();
}

QString LineContextDialog::text() const
{
    return m_text->toPlainText();
}
