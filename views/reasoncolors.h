#pragma once

#include <QColor>
#include <QHash>
#include <QString>

#include <vector>

// The colour of each reason on the chart, fixed for the whole session: a reason keeps the
// colour it was first drawn in whatever its rank under later filters or in later files, and
// pictures for exports and reports use the same colours as the window.
class ReasonColors
{
public:
    // Connection_Dropped's red, and the grey of the rare reasons drawn together as "Other".
    static QColor dropped();
    static QColor other();
    // The colours the window and its pictures share.
    static ReasonColors &session();
    // The same for servers, when the bars are stacked by server.
    static ReasonColors &servers();

    // The colour of `reason`: the one it had, or else a palette colour none of `shown` (the
    // colours of the other reasons drawn now) uses, kept for the session from then on.
    QColor colorFor(const QString &reason, const std::vector<QColor> &shown);
    // Forgets every reason's colour.
    void clear() { m_colors.clear(); }

private:
    QHash<QString, QColor> m_colors;
};
