#pragma once

#include "spikedetector.h"
#include "timeformat.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class TimelineData;

// The timeline's spikes as a list: start, reason, rows, peak rate, servers and the likely
// story (SpikeVerdict), oldest first, row i being TimelineData's spike i. Follows the timeline's
// counts; the servers and verdict of a spike are worked out when first shown, then kept until
// the spikes change. GUI thread.
class SpikeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartColumn, ReasonColumn, RowsColumn, PeakColumn, ServersColumn, LikelyColumn };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit SpikeListModel(TimelineData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The zone and locale the start times are written in.
    void setTimeFormat(const TimeFormat &format);

private:
    struct Details
    {
        QString servers;
        QString likely;
        QString meaning;
    };
    void refresh();
    const Details &details(int row) const;

    TimelineData *m_data;
    TimeFormat m_format;
    std::vector<Spike> m_spikes;
    mutable std::vector<std::optional<Details>> m_details;
};
