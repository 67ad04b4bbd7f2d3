#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class LogFilterModel;

// The caption under an exported chart picture, so that a pasted image reads on its own: the
// files, the filters in effect, the zone times are in and the bookmarks within the chart's
// range.
class ChartCaption
{
    Q_DECLARE_TR_FUNCTIONS(ChartCaption)

public:
    static QStringList lines(const LogFilterModel &model,
                             const std::vector<ReportData::Bookmark> &bookmarks, int64_t from,
                             int64_t to);
};
