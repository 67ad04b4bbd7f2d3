#include "spikelistmodel.h"

#include "reportexplainer.h"
#include "spikesummary.h"
#include "spikeverdict.h"
#include "timelinedata.h"

#include <QLocale>

namespace {
bool sameSpike(const Spike &a, const Spike &b)
{
    return a.reason == b.reason && a.start == b.start && a.end == b.end && a.count == b.count
           && a.peakPerMinute == b.peakPerMinute;
}

bool sameSpikes(const std::vector<Spike> &a, const std::vector<Spike> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameSpike);
}

// "WEB03", "all 3", "WEB01, WEB02": which servers logged the spike's rows.
QString serversText(const SpikeSummary &s)
{
    if (s.serverCount < 2)
        return {};
    if (int(s.servers.size()) == s.serverCount && s.serverCount > 2)
        return SpikeListModel::tr("all %1").arg(s.serverCount);
    QStringList names;
    for (const SpikeSummary::Item &item : s.servers)
        names << item.value;
    return names.join(QStringLiteral(", "));
}
} // namespace

SpikeListModel::SpikeListModel(TimelineData *data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(data)
{
    connect(data, &TimelineData::countsChanged, this, &SpikeListModel::refresh);
    connect(data, &TimelineData::rowsReplaced, this, &SpikeListModel::refresh);
    refresh();
}

void SpikeListModel::refresh()
{
    if (sameSpikes(m_spikes, m_data->spikes()))
        return;
    beginResetModel();
    m_spikes = m_data->spikes();
    m_details.assign(m_spikes.size(), std::nullopt);
    endResetModel();
}

void SpikeListModel::setTimeFormat(const TimeFormat &format)
{
    m_format = format;
    Q_EMIT headerDataChanged(Qt::Horizontal, StartColumn, StartColumn);
    if (!m_spikes.empty())
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, StartColumn));
}

int SpikeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spikes.size());
}

int SpikeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LikelyColumn + 1;
}

const SpikeListModel::Details &SpikeListModel::details(int row) const
{
    std::optional<Details> &d = m_details[size_t(row)];
    if (!d) {
        const SpikeSummary summary = m_data->summarize(size_t(row));
        const SpikeVerdict verdict = SpikeVerdict::judge(summary);
        d = Details{serversText(summary), SpikeVerdict::patternName(verdict.pattern),
                    verdict.meaning};
    }
    return *d;
}

QVariant SpikeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Spike &spike = m_spikes[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == RowsColumn || column == PeakColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == SortRole) {
        switch (column) {
        case RowsColumn:
            return qulonglong(spike.count);
        case PeakColumn:
            return spike.peakPerMinute;
        case StartColumn:
            return qlonglong(spike.start);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && column == LikelyColumn)
        return details(index.row()).meaning;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case StartColumn:
        return m_format.dateTime(spike.start);
    case ReasonColumn:
        return m_data->reasonName(spike.reason);
    case RowsColumn:
        return QLocale().toString(qulonglong(spike.count));
    case PeakColumn:
        return ReportExplainer::rate(spike.peakPerMinute);
    case ServersColumn:
        return details(index.row()).servers;
    case LikelyColumn:
        return details(index.row()).likely;
    default:
        return {};
    }
}

QVariant SpikeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Start (%1)").arg(m_format.displayZone().name());
    case ReasonColumn:
        return tr("Reason");
    case RowsColumn:
        return tr("Rows");
    case PeakColumn:
        return tr("Peak");
    case ServersColumn:
        return tr("Servers");
    case LikelyColumn:
        return tr("Likely");
    default:
        return {};
    }
}
