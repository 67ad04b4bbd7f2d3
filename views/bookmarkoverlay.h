#pragma once

#include <cstddef>
#include <vector>

class BookmarkModel;
class QCPItemRect;
class QCPItemText;
class QCustomPlot;

// The bookmarks on the timeline: a thin amber line at a bookmarked row's time, an amber band
// over a bookmarked range, each with a flag and its comment at the foot of the plot.
class BookmarkOverlay
{
public:
    BookmarkOverlay(QCustomPlot *plot, const BookmarkModel *bookmarks);
    // Makes the marks anew from the bookmarks (and replots).
    void rebuild();
    int count() const { return int(m_marks.size()); }
    QCPItemRect *mark(int index) const { return m_marks.at(std::size_t(index)); }
    QCPItemText *label(int index) const { return m_labels.at(std::size_t(index)); }

private:
    QCustomPlot *m_plot;
    const BookmarkModel *m_bookmarks;
    std::vector<QCPItemRect *> m_marks;
    std::vector<QCPItemText *> m_labels;
};
