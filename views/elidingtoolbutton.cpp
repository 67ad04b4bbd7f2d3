#include "elidingtoolbutton.h"

#include <QHelpEvent>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QToolTip>

#include <algorithm>

ElidingToolButton::ElidingToolButton(int leastChars, QWidget *parent)
    : QToolButton(parent)
    , m_leastChars(leastChars)
{
    // A tool button is fixed at its size hint otherwise.
    setSizePolicy({QSizePolicy::Preferred, QSizePolicy::Fixed, QSizePolicy::ToolButton});
}

QSize ElidingToolButton::minimumSizeHint() const
{
    // What QToolButton would ask for with `leastChars` Latin letters (a CJK font's average
    // character is about twice as wide), plus what a subclass adds: the same whatever the text,
    // so choosing a value moves nothing.
    QStyleOptionToolButton option;
    initStyleOption(&option);
    const QFontMetrics metrics = fontMetrics();
    const QSize text = metrics.size(Qt::TextShowMnemonic, QString(m_leastChars, QLatin1Char('x')));
    const QSize least = style()->sizeFromContents(
        QStyle::CT_ToolButton, &option,
        QSize(text.width() + 2 * metrics.horizontalAdvance(QLatin1Char(' ')), text.height()), this);
    const QSize hint = sizeHint();
    return {least.width() + hint.width() - QToolButton::sizeHint().width(), hint.height()};
}

bool ElidingToolButton::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && width() < sizeHint().width()) {
        const QString tip = toolTip().isEmpty() ? text() : text() + QLatin1Char('\n') + toolTip();
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, this);
        return true;
    }
    return QToolButton::event(event);
}

void ElidingToolButton::paintEvent(QPaintEvent *event)
{
    // With its full width the text is drawn as it is (eliding it to exactly its own width
    // would cut a glyph from a fallback font, such as the ✕).
    if (width() >= sizeHint().width()) {
        QToolButton::paintEvent(event);
        return;
    }
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    const int room = width() - (sizeHint().width() - fontMetrics().horizontalAdvance(text()));
    option.text = fontMetrics().elidedText(text(), Qt::ElideRight, std::max(0, room));
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}
