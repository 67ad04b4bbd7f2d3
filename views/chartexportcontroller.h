#pragma once

#include "chartexportdialog.h"

#include <QObject>

#include <functional>

class QAction;
class TimelineChart;

// "Save Chart Image…" and "Copy Chart Image" for the timeline: the actions (for a menu and
// the chart's context menu), the dialog and the messages. Remembers the last file and size.
class ChartExportController : public QObject
{
    Q_OBJECT
public:
    // The first picture is offered to go where the last one went (AppSettings).
    ChartExportController(TimelineChart *chart, QWidget *window);

    QAction *saveAction() const { return m_save; }
    QAction *copyAction() const { return m_copy; }
    // Asks where and how, then saves.
    void saveChart();
    // Copies the chart at the size it is shown.
    void copyChart();
    // The caption under every picture (ChartCaption's lines); none unless set.
    void setCaption(std::function<QStringList()> caption) { m_caption = std::move(caption); }

Q_SIGNALS:
    // A sentence for the status bar.
    void message(const QString &text);

private:
    TimelineChart *m_chart;
    QWidget *m_window;
    QAction *m_save;
    QAction *m_copy;
    ChartExportDialog::Choice m_last;
    std::function<QStringList()> m_caption;
};
