#pragma once

#include "sessionfile.h"

#include <QObject>

#include <functional>

class BookmarkModel;
class DisplayClock;
class FilterController;
class LogSession;
class QAction;
class SpikeController;

// File → Save Session… and Open Session…: writes what the window shows (SessionFile) and opens
// it again: the zone first, then the files (a path that moved is asked for, once per path),
// and once they are loaded the filters (an undoable step), the bookmarks and the spike.
class SessionController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        LogSession *session;
        DisplayClock *clock;
        FilterController *filters;
        BookmarkModel *bookmarks;
        SpikeController *spikes;
        std::function<bool(const QStringList &)> open; // opens paths as File → Open does
    };
    SessionController(const Parts &parts, QWidget *window);

    QAction *saveAction() const { return m_save; }
    QAction *openAction() const { return m_open; }
    // Where a moved path is now (empty: leave it out); asks the user unless set otherwise.
    void setLocator(std::function<QString(const QString &)> locate)
    {
        m_locate = std::move(locate);
    }

    // What the window shows now.
    SessionFile current() const;
    // Writes the session to `path`; false (and a message) when it could not.
    bool save(const QString &path);
    // Opens the session at `path`; false (and a message) when it is not one or no file is left.
    bool open(const QString &path);
    // The same for a session already read.
    bool restore(SessionFile session);

Q_SIGNALS:
    void message(const QString &text);

private:
    QString askWhere(const QString &missing) const;

    Parts m_parts;
    QWidget *m_window;
    QAction *m_save;
    QAction *m_open;
    std::function<QString(const QString &)> m_locate;
    QMetaObject::Connection m_pending;
};
