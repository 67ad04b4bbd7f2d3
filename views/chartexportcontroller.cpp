#include "chartexportcontroller.h"

#include "appsettings.h"
#include "timelinechart.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

ChartExportController::ChartExportController(TimelineChart *chart, QWidget *window)
    : QObject(window)
    , m_chart(chart)
    , m_window(window)
    , m_save(new QAction(tr("Save Chart &Image…"), this))
    , m_copy(new QAction(tr("Copy Chart Ima&ge"), this))
{
    m_save->setStatusTip(tr("Save the timeline chart as a PNG, JPEG or PDF file at a size you "
                            "choose"));
    m_copy->setStatusTip(tr("Copy the timeline chart to the clipboard as an image"));
    connect(m_save, &QAction::triggered, this, &ChartExportController::saveChart);
    connect(m_copy, &QAction::triggered, this, &ChartExportController::copyChart);
    // Right-click on the chart offers the same.
    chart->addActions({m_save, m_copy});
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QString folder = AppSettings().lastFolder(AppSettings::FolderKind::Image);
    m_last.path =
        (folder.isEmpty() ? QDir::homePath() : folder) + QStringLiteral("/httperr-timeline.png");
}

void ChartExportController::saveChart()
{
    // The chart as shown is the size first offered; a hidden dock offers a usual one.
    if (m_last.size.isEmpty())
        m_last.size =
            m_chart->isVisible() && m_chart->width() >= 200 ? m_chart->size() : QSize(1200, 400);
    ChartExportDialog dialog(m_last, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_last = dialog.choice();
    AppSettings().setLastFolder(AppSettings::FolderKind::Image,
                                QFileInfo(m_last.path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = ChartImage::save(*m_chart, m_last.path, m_last.size,
                                           m_caption ? m_caption() : QStringList());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Chart Not Saved"), error);
        return;
    }
    Q_EMIT message(tr("Chart saved to %1").arg(QDir::toNativeSeparators(m_last.path)));
}

void ChartExportController::copyChart()
{
    const QSize size = m_chart->width() >= 200 ? m_chart->size() : QSize(1200, 400);
    ChartImage::copy(*m_chart, size, m_caption ? m_caption() : QStringList());
    Q_EMIT message(
        tr("Chart copied as an image (%1 × %2 pixels)").arg(size.width()).arg(size.height()));
}
