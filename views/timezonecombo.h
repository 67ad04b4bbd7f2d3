#pragma once

#include <QComboBox>

#include <functional>

class DisplayClock;

// The Time choice of the timeline: UTC, this computer's zone, the zones picked lately, and
// "Other zone…" for any zone by name (TimeZoneDialog). Sets the DisplayClock that every time
// shown and typed follows, and keeps up with it when something else sets it.
class TimeZoneCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    void setClock(DisplayClock *clock);
    // What "Other zone…" asks with; by default a TimeZoneDialog (tests answer for the user).
    using Chooser = std::function<QString(const QStringList &recent, const QString &current)>;
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }

private:
    void rebuild();
    void onActivated(int index);

    DisplayClock *m_clock = nullptr;
    Chooser m_chooser;
};
