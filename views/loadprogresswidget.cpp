#include "loadprogresswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_file(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_file->setObjectName(QStringLiteral("loadingFile"));
    // Wide enough for "support.zip › WEB01/…/httperr1234.log"; a long name is cut in the middle.
    m_file->setFixedWidth(fontMetrics().horizontalAdvance(QString(36, QLatin1Char('x'))));
    layout->addWidget(m_file);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc); rows read so far stay"));
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressWidget::cancelRequested);
}

void LoadProgressWidget::setProgress(qint64 done, qint64 total)
{
    if (total == 0)
        m_file->clear(); // a new load: nothing read yet
    m_bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    if (m_unit == Unit::Rows)
        m_bar->setFormat(total > 0 ? tr("%L1 of %L2 rows").arg(done).arg(total) : tr("asking…"));
    else
        m_bar->setFormat(
            tr("%1 of %2")
                .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void LoadProgressWidget::setFile(const QString &name)
{
    m_file->setToolTip(name);
    m_file->setText(m_file->fontMetrics().elidedText(tr("Reading %1").arg(name), Qt::ElideMiddle,
                                                     m_file->width()));
}
