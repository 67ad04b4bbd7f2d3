#include "displayzone.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdlib>
#include <limits>

namespace {
const QString UtcId = QStringLiteral("UTC");
const QString SystemId = QStringLiteral("system");
// Transitions are looked up at most this far apart: a zone without any is cached for a year.
constexpr int64_t CacheSpan = 366 * 86400;
} // namespace

DisplayZone::DisplayZone(Kind kind, const QTimeZone &zone)
    : m_kind(kind)
    , m_zone(zone)
{}

DisplayZone DisplayZone::system()
{
    DisplayZone zone(Kind::System, QTimeZone::systemTimeZone());
    zone.m_knownId = QTimeZone::isTimeZoneIdAvailable(zone.m_zone.id());
    return zone;
}

std::optional<DisplayZone> DisplayZone::named(const QByteArray &ianaId)
{
    if (ianaId == UtcId.toLatin1())
        return utc();
    const QTimeZone zone(ianaId);
    if (!zone.isValid())
        return std::nullopt;
    return DisplayZone(Kind::Named, zone);
}

std::optional<DisplayZone> DisplayZone::fromId(const QString &id)
{
    if (id.isEmpty() || id == UtcId)
        return utc();
    if (id == SystemId)
        return system();
    return named(id.toLatin1());
}

QString DisplayZone::id() const
{
    switch (m_kind) {
    case Kind::Utc:
        return UtcId;
    case Kind::System:
        return SystemId;
    case Kind::Named:
        return QString::fromLatin1(m_zone.id());
    }
    return UtcId;
}

QString DisplayZone::name() const
{
    if (m_kind == Kind::Utc)
        return UtcId;
    // A TZ variable may hold a POSIX rule ("CET-1CEST,M3.5.0,…") rather than a zone's name.
    if (m_kind == Kind::System && !m_knownId)
        return QCoreApplication::translate("DisplayZone", "local time");
    return QString::fromLatin1(m_zone.id());
}

int DisplayZone::offsetAt(int64_t utc) const
{
    if (m_kind == Kind::Utc)
        return 0;
    if (utc >= m_cacheFrom && utc < m_cacheTo)
        return m_cacheOffset;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc());
    m_cacheOffset = m_zone.offsetFromUtc(at);
    // The offset holds from the last transition at or before `utc` to the next one after it.
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    m_cacheFrom = previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch() : utc;
    m_cacheTo = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : utc + CacheSpan;
    m_cacheFrom = std::max(m_cacheFrom, utc - CacheSpan);
    m_cacheTo = std::min(m_cacheTo, utc + CacheSpan);
    if (m_cacheTo <= utc) // no usable transition data: cache this second only
        m_cacheTo = utc + 1;
    return m_cacheOffset;
}

int64_t DisplayZone::fromWallClock(int64_t wall) const
{
    if (m_kind == Kind::Utc)
        return wall;
    // Try the offsets in force a day either side: the earlier reading that fits wins.
    const int before = offsetAt(wall - 86400);
    const int after = offsetAt(wall + 86400);
    const int64_t first = wall - std::max(before, after);
    const int64_t second = wall - std::min(before, after);
    if (toWallClock(first) == wall)
        return first;
    if (toWallClock(second) == wall)
        return second;
    return wall - before; // skipped by a switch forward
}

QString DisplayZone::offsetText(int64_t utc) const
{
    if (m_kind == Kind::Utc)
        return UtcId;
    return UtcId + isoSuffix(utc);
}

QString DisplayZone::isoSuffix(int64_t utc) const
{
    if (m_kind == Kind::Utc)
        return QStringLiteral("Z");
    const int offset = offsetAt(utc);
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
