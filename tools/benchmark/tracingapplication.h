#pragma once

#include <QApplication>

// The benchmark's application object. With a threshold set, it prints every event whose
// handling kept the event loop busy longer than that (to stderr), naming the receiver and
// its parent: a stall figure says how long the window froze, this says what froze it.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    // Milliseconds; 0 (the default) traces nothing.
    void setThresholdMs(double ms) { m_thresholdNs = qint64(ms * 1e6); }

    bool notify(QObject *receiver, QEvent *event) override;

private:
    qint64 m_thresholdNs = 0;
    int m_depth = 0; // events handled inside others (nested loops) are traced with their depth
};
