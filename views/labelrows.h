#pragma once

#include <QString>

#include <cstddef>
#include <utility>
#include <vector>

class QCPItemText;

// Where labels go over the chart so that none covers another or is cut off at the plot's edges:
// in rows, each label in the first row where it fits, with its full text or, where that does
// not fit, a shorter one, as near its mark as the edges allow. Shared by SpikeOverlay (rows from
// the top) and BookmarkOverlay (rows from the foot); pixels only, the caller draws.
class LabelRows
{
public:
    // Pixels between labels, and between the first row and the edge of the plot.
    static constexpr double Spacing = 2.0;

    // Labels go between pixel columns `lo` and `hi`.
    LabelRows(double lo, double hi);

    struct Place
    {
        size_t row = 0;    // 0: the row at the edge
        size_t choice = 0; // which of the widths fitted
        double left = 0;   // the label's left edge, in pixels
        double right = 0;
        double centre() const { return (left + right) / 2; }
    };
    enum class Anchor { Centre, Left };
    // Places a label whose texts are `widths` wide (pixels; the full one first, then shorter
    // ones), centred on pixel column `at`, or starting there (Left).
    Place place(double at, const std::vector<double> &widths, Anchor anchor = Anchor::Centre);
    size_t rowCount() const { return m_rows.size(); }

    // How wide `text` is drawn in `label` (its font and padding).
    static double widthOf(const QCPItemText &label, const QString &text);
    // How high one row of labels like `label` is, spacing included.
    static double rowHeight(const QCPItemText &label);

private:
    std::pair<double, double> span(double at, double width, Anchor anchor) const;
    bool fits(size_t row, const std::pair<double, double> &span) const;

    double m_lo;
    double m_hi;
    std::vector<std::vector<std::pair<double, double>>> m_rows; // taken spans per row
};
