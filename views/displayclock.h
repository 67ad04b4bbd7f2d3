#pragma once

#include "displayzone.h"
#include "timeformat.h"

#include <QLocale>
#include <QObject>

// The one time-zone setting of the window: the chart, the table, the filter bar, the
// explanation, the status bar, exports and reports all read their zone here and follow
// zoneChanged(). Remembering it (in AppSettings, or in a session file) is the owner's business:
// zoneId() and setZoneId() are what to save and restore.
class DisplayClock : public QObject
{
    Q_OBJECT
public:
    explicit DisplayClock(QObject *parent = nullptr);

    const DisplayZone &zone() const { return m_zone; }
    void setZone(const DisplayZone &zone);
    // "UTC", "system" or an IANA id (see DisplayZone::id()).
    QString zoneId() const { return m_zone.id(); }
    // Sets the zone `id` names; false, changing nothing, for an id this machine does not know.
    bool setZoneId(const QString &id);
    // How times read and are typed in the zone, in `locale`'s conventions.
    TimeFormat format(const QLocale &locale = QLocale()) const
    {
        return TimeFormat(m_zone, locale);
    }

Q_SIGNALS:
    void zoneChanged(const DisplayZone &zone);

private:
    DisplayZone m_zone;
};
