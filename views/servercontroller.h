#pragma once

#include <QObject>

class FilterBar;
class LogFilterModel;
class LogSession;
class LogTableView;
class QWidget;
class ServerListModel;

// The servers in the window: the list behind the filter bar's server picker, and renaming a
// server (from the picker or a Server cell) with the name remembered for the server's path
// (AppSettings) and a filter on the old name following the new one.
class ServerController : public QObject
{
    Q_OBJECT
public:
    ServerController(LogSession *session, LogFilterModel *filter, FilterBar *bar,
                     LogTableView *table, QWidget *window);

    ServerListModel *listModel() const { return m_list; }
    // Asks for a new name for `server` and applies it.
    void rename(const QString &server);

Q_SIGNALS:
    void message(const QString &text);

private:
    LogSession *m_session;
    FilterBar *m_bar;
    QWidget *m_window;
    ServerListModel *m_list;
};
