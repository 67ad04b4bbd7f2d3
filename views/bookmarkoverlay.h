#pragma once

#include <QMetaObject>

#include <cstddef>
#include <vector>

class BookmarkModel;
class QCPItemRect;
class QCPItemText;
class QCustomPlot;

// The bookmarks on the timeline: a thin amber line at a bookmarked row's time, an amber band
// over a bookmarked range, each with a flag and its comment at the foot of the plot. Before each
// replot (so at every zoom and size, exported pictures too) the labels are spread over rows
// from the foot (LabelRows, as the spike labels are from the top): none covers another or is
// cut off; where a comment does not fit, only the flag is shown.
class BookmarkOverlay
{
public:
    BookmarkOverlay(QCustomPlot *plot, const BookmarkModel *bookmarks);
    ~BookmarkOverlay();
    BookmarkOverlay(const BookmarkOverlay &) = delete;
    BookmarkOverlay &operator=(const BookmarkOverlay &) = delete;

    // Makes the marks anew from the bookmarks (and replots).
    void rebuild();
    // Moves the labels to the current zoom and size (in pixels; runs before each replot).
    void placeLabels();
    int count() const { return int(m_marks.size()); }
    QCPItemRect *mark(int index) const { return m_marks.at(std::size_t(index)); }
    QCPItemText *label(int index) const { return m_labels.at(std::size_t(index)); }

private:
    QCustomPlot *m_plot;
    const BookmarkModel *m_bookmarks;
    std::vector<QCPItemRect *> m_marks;
    std::vector<QCPItemText *> m_labels;
    std::vector<QString> m_texts; // each label's full text
    QMetaObject::Connection m_beforeReplot;
};
