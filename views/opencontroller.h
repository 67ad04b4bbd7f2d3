#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class LogSession;
class NoticeBar;
class QAction;
class RecentMenu;

// Opening files and folders from the window (File → Open, Open Recent, a drop, the command
// line): remembered as recent by their absolute paths, refused with a notice when they cannot
// be read (what is loaded stays), and started unfiltered unless the user keeps the filters.
class OpenController : public QObject
{
    Q_OBJECT
public:
    OpenController(LogSession *session, RecentMenu *recent, NoticeBar *notices,
                   QObject *parent = nullptr);

    // Opens `paths` in place of what is loaded; false, changing nothing, when one of them
    // cannot be read.
    bool open(const QStringList &paths);
    // What clears the filters when other files are opened (without "keep filters").
    void setFilterReset(std::function<void()> reset) { m_resetFilters = std::move(reset); }
    // View → Keep Filters When Opening Files (remembered).
    QAction *keepFiltersAction() const { return m_keepFilters; }

private:
    LogSession *m_session;
    RecentMenu *m_recent;
    NoticeBar *m_notices;
    QAction *m_keepFilters;
    std::function<void()> m_resetFilters;
};
