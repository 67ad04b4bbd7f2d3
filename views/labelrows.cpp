#include "labelrows.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

LabelRows::LabelRows(double lo, double hi)
    : m_lo(lo)
    , m_hi(hi)
{}

std::pair<double, double> LabelRows::span(double at, double width, Anchor anchor) const
{
    // Inside the plot, as near the wanted place as the edges allow.
    const double wanted = anchor == Anchor::Centre ? at : at + width / 2;
    const double mid =
        std::clamp(wanted, m_lo + width / 2, std::max(m_lo + width / 2, m_hi - width / 2));
    return {mid - width / 2 - Spacing, mid + width / 2 + Spacing};
}

bool LabelRows::fits(size_t row, const std::pair<double, double> &s) const
{
    const auto &taken = m_rows[row];
    return std::none_of(taken.begin(), taken.end(), [&s](const std::pair<double, double> &t) {
        return s.first < t.second && s.second > t.first;
    });
}

LabelRows::Place LabelRows::place(double at, const std::vector<double> &widths, Anchor anchor)
{
    Place out;
    if (widths.empty())
        return out;
    for (size_t row = 0;; ++row) {
        if (row == m_rows.size())
            m_rows.emplace_back();
        for (size_t choice = 0; choice < widths.size(); ++choice) {
            const std::pair<double, double> s = span(at, widths[choice], anchor);
            if (!fits(row, s))
                continue;
            m_rows[row].push_back(s);
            out.row = row;
            out.choice = choice;
            out.left = s.first + Spacing;
            out.right = s.second - Spacing;
            return out;
        }
    }
}

double LabelRows::widthOf(const QCPItemText &label, const QString &text)
{
    const QFontMetricsF metrics(label.font());
    const QMargins padding = label.padding();
    return std::ceil(metrics.boundingRect(text).width()) + padding.left() + padding.right() + 2;
}

double LabelRows::rowHeight(const QCPItemText &label)
{
    const QMargins padding = label.padding();
    return QFontMetricsF(label.font()).height() + padding.top() + padding.bottom() + Spacing;
}
