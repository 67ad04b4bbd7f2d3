#pragma once

#include "spikeevidence.h"
#include "spikesummary.h"
#include "timeformat.h"

#include <QObject>

#include <functional>
#include <optional>

class ExplanationPanel;
class LogFilterModel;
class LogTableView;
class QAction;
class QDockWidget;
class QMainWindow;
class QTreeView;
class SpikeListModel;
class TimelineData;
class TimelineWidget;

// Moving between spikes: the spike list (a view of SpikeListModel for a dock), next and
// previous spike (] and [), and what selecting one does wherever it comes from (chart click,
// list, keys): marks it on the chart (panning there when it is out of view), explains it with
// its verdict, and moves the table to its earliest row without filtering. With a window, the
// list lives in a dock of it (hidden until asked for) and the explanation's dock is shown on
// each selection.
class SpikeController : public QObject
{
    Q_OBJECT
public:
    SpikeController(TimelineWidget *timeline, ExplanationPanel *explanation, LogTableView *table,
                    LogFilterModel *model, QMainWindow *window = nullptr);

    QTreeView *listView() const { return m_list; }
    // The list's dock (null without a window).
    QDockWidget *dock() const { return m_dock; }
    // For a menu: show the list, next and previous spike.
    QList<QAction *> actions() const;
    SpikeListModel *listModel() const { return m_model; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    void setTimeFormat(const TimeFormat &format);

    // Selects spike `index` (0 = oldest); false when there is no such spike.
    bool select(int index);
    // The spike after (or before) the selected one; the first (or last) when none is.
    bool step(int direction);
    // The selected spike (0 = oldest), -1 when none.
    int selectedIndex() const;
    // What the selected spike is made of (as the panel explains it); none when none is selected.
    std::optional<SpikeSummary> selectedSummary() const;
    // What the access logs show for a spike, shown with its explanation (none: nothing).
    using EvidenceSource = std::function<std::optional<SpikeEvidence>(const SpikeSummary &)>;
    void setEvidenceSource(EvidenceSource source) { m_evidence = std::move(source); }
    // Explains the selected spike again if the panel still shows it (the access logs came in,
    // the slow threshold changed).
    void refreshExplanation();

Q_SIGNALS:
    // A spike was selected: the explanation should be visible.
    void explanationWanted();
    // The spike count was clicked: the list should be visible.
    void listWanted();
    void message(const QString &text);

private:
    void addDock(QMainWindow *window);
    void showOnChart(int index);
    void moveTable(int index);

    TimelineWidget *m_timeline;
    TimelineData *m_data;
    ExplanationPanel *m_explanation;
    LogTableView *m_table;
    LogFilterModel *m_filter;
    SpikeListModel *m_model;
    QTreeView *m_list;
    QDockWidget *m_dock = nullptr;
    QAction *m_next;
    QAction *m_previous;
    bool m_selecting = false;
    EvidenceSource m_evidence;
};
