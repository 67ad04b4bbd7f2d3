#include "displayclock.h"

DisplayClock::DisplayClock(QObject *parent)
    : QObject(parent)
{}

void DisplayClock::setZone(const DisplayZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    Q_EMIT zoneChanged(m_zone);
}

bool DisplayClock::setZoneId(const QString &id)
{
    const std::optional<DisplayZone> zone = DisplayZone::fromId(id);
    if (!zone)
        return false;
    setZone(*zone);
    return true;
}
