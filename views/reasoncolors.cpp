#include "reasoncolors.h"

#include <algorithm>
#include <iterator>

namespace {
// Calm colours for the other reasons, none of them close to the Connection_Dropped red or to
// the grey of "Other"; the first six are those the chart always used.
const QColor Palette[] = {QColor(78, 121, 167),  QColor(89, 161, 79),   QColor(176, 122, 161),
                          QColor(118, 183, 178), QColor(237, 201, 72),  QColor(156, 117, 95),
                          QColor(242, 142, 43),  QColor(255, 157, 167), QColor(23, 190, 207),
                          QColor(44, 62, 110),   QColor(160, 203, 110), QColor(140, 140, 40)};
} // namespace

QColor ReasonColors::dropped()
{
    return QColor(214, 39, 40);
}

QColor ReasonColors::other()
{
    return QColor(186, 176, 172);
}

ReasonColors &ReasonColors::session()
{
    static ReasonColors colors;
    return colors;
}

ReasonColors &ReasonColors::servers()
{
    static ReasonColors colors;
    return colors;
}

QColor ReasonColors::colorFor(const QString &reason, const std::vector<QColor> &shown)
{
    if (const auto it = m_colors.constFind(reason); it != m_colors.constEnd())
        return *it;
    const auto given = m_colors.values();
    auto unused = [&](const QColor &c, bool evenGiven) {
        return std::find(shown.begin(), shown.end(), c) == shown.end()
               && (evenGiven || !given.contains(c));
    };
    // A colour no reason has had yet, else one nothing drawn now uses.
    QColor color = Palette[m_colors.size() % std::size(Palette)];
    for (const bool evenGiven : {false, true}) {
        const auto it = std::find_if(std::begin(Palette), std::end(Palette),
                                     [&](const QColor &c) { return unused(c, evenGiven); });
        if (it != std::end(Palette)) {
            color = *it;
            break;
        }
    }
    m_colors.insert(reason, color);
    return color;
}
