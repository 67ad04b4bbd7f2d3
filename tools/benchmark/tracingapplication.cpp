#include "tracingapplication.h"

#include <QElapsedTimer>
#include <QMetaEnum>

#include <cstdio>

bool TracingApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_thresholdNs <= 0)
        return QApplication::notify(receiver, event);
    // Read before handling: the event may delete the receiver or the event.
    const QByteArray name = receiver->metaObject()->className();
    const QByteArray parent =
        receiver->parent() ? QByteArray(receiver->parent()->metaObject()->className()) : "none";
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = timer.nsecsElapsed();
    if (ns >= m_thresholdNs) {
        std::fprintf(stderr, "# slow event: %.1f ms, %s to %s (parent %s), depth %d\n",
                     double(ns) / 1e6, type ? type : "?", name.constData(), parent.constData(),
                     m_depth);
    }
    return result;
}
