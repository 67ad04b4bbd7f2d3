#include "timezonecombo.h"

#include "appsettings.h"
#include "displayclock.h"
#include "timezonedialog.h"

#include <QAbstractItemView>
#include <QSignalBlocker>

namespace {
const QString OtherId = QStringLiteral("*other");
} // namespace

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("timeZoneCombo"));
    setToolTip(tr("The time zone of every time shown and typed: chart, table, filters, "
                  "explanations, exports and reports (the log files are in UTC)"));
    // Narrow when closed (the chart's controls share one row), wide enough when open.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    m_chooser = [this](const QStringList &recent, const QString &current) {
        TimeZoneDialog dialog(recent, current, window());
        return dialog.exec() == QDialog::Accepted ? dialog.selectedId() : QString();
    };
    connect(this, &QComboBox::activated, this, &TimeZoneCombo::onActivated);
    rebuild();
}

void TimeZoneCombo::setClock(DisplayClock *clock)
{
    m_clock = clock;
    connect(clock, &DisplayClock::zoneChanged, this, &TimeZoneCombo::rebuild);
    rebuild();
}

void TimeZoneCombo::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("UTC"), QStringLiteral("UTC"));
    const DisplayZone system = DisplayZone::system();
    addItem(tr("This computer (%1)").arg(system.name()), system.id());
    QStringList recent = AppSettings().recentTimeZones();
    const QString current = m_clock ? m_clock->zoneId() : QStringLiteral("UTC");
    // A zone set from elsewhere (a session file) is listed even if never picked here.
    if (m_clock && m_clock->zone().kind() == DisplayZone::Kind::Named && !recent.contains(current))
        recent.prepend(current);
    for (const QString &id : recent) {
        if (DisplayZone::fromId(id))
            addItem(id, id);
    }
    insertSeparator(count());
    addItem(tr("Other zone…"), OtherId);
    setCurrentIndex(std::max(findData(current), 0));
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
}

void TimeZoneCombo::onActivated(int index)
{
    if (!m_clock)
        return;
    QString id = itemData(index).toString();
    if (id == OtherId) {
        id = m_chooser(AppSettings().recentTimeZones(), m_clock->zoneId());
        if (id.isEmpty()) {
            rebuild(); // back to the zone in use
            return;
        }
    }
    const std::optional<DisplayZone> zone = DisplayZone::fromId(id);
    if (!zone)
        return;
    if (zone->kind() == DisplayZone::Kind::Named)
        AppSettings().addRecentTimeZone(id);
    m_clock->setZone(*zone);
    rebuild();
}
