#include "statusbarpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

StatusBarPanel::StatusBarPanel(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QLabel(this))
    , m_malformed(new QLabel(this))
    , m_files(new QLabel(this))
    , m_span(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel *label : {m_rows, m_malformed, m_files, m_span})
        layout->addWidget(label);
    m_malformed->setCursor(Qt::PointingHandCursor);
    m_malformed->setToolTip(tr("Show the Problems list"));
    m_malformed->installEventFilter(this);
}

void StatusBarPanel::setCounts(qint64 shownRows, qint64 totalRows, qint64 malformed, int files)
{
    const QLocale locale;
    // %Ln: the count in the locale's digits and grouping, and the right plural form.
    if (shownRows == totalRows)
        m_rows->setText(tr("%Ln row(s)", nullptr, int(totalRows)));
    else
        m_rows->setText(
            tr("%1 of %Ln row(s)", nullptr, int(totalRows)).arg(locale.toString(shownRows)));
    m_malformed->setText(tr("%1 malformed").arg(locale.toString(malformed)));
    m_files->setText(tr("%Ln file(s)", nullptr, files));
}

void StatusBarPanel::setTimeSpan(const QString &span)
{
    m_span->setText(span);
}

bool StatusBarPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_malformed && event->type() == QEvent::MouseButtonRelease)
        Q_EMIT problemsRequested();
    return QWidget::eventFilter(watched, event);
}
