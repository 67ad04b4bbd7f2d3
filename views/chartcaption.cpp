#include "chartcaption.h"

#include "filterdescription.h"
#include "logfiltermodel.h"
#include "logsource.h"
#include "logtablemodel.h"

namespace {
constexpr int NamedFiles = 3; // more files are counted, not named
}

QStringList ChartCaption::lines(const LogFilterModel &model,
                                const std::vector<ReportData::Bookmark> &bookmarks, int64_t from,
                                int64_t to)
{
    const LogTableModel *table = model.tableModel();
    if (!table)
        return {};
    const TimeFormat &format = table->timeFormat();
    const QStringList files = table->store().files();
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(files.size(), NamedFiles); ++i)
        names << LogSource::displayName(files[i]);
    QString filesLine = tr("Files: %1").arg(names.join(QStringLiteral(", ")));
    if (files.size() > NamedFiles)
        filesLine +=
            QLatin1Char(' ') + tr("(and %n more)", nullptr, int(files.size() - NamedFiles));
    const QStringList filters = FilterDescription::lines(model.filterState(), format);
    QStringList out{
        filesLine,
        tr("Filters: %1").arg(filters.isEmpty() ? tr("none") : filters.join(QStringLiteral("; "))),
        tr("Times in %1").arg(format.zoneLabel(from))};
    for (const ReportData::Bookmark &b : bookmarks) {
        if (b.end < from || b.start > to)
            continue;
        const QString when = b.row ? format.dateTime(b.start) : format.span(b.start, b.end);
        out << QStringLiteral("\u2691 %1: %2").arg(when, b.comment);
    }
    return out;
}
