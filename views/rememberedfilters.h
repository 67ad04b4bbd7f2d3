#pragma once

#include <QObject>

#include <functional>

class LogFilterModel;
class LogSession;
class NoticeBar;

// Filters remembered from the last run never hide rows unnoticed: once the first files are
// loaded, when the remembered filters hide rows, a notice above the table says how many, which
// filters, and offers to clear them. Any change of the filters before or after ends it.
class RememberedFilters : public QObject
{
    Q_OBJECT
public:
    // Create it right after the remembered filters were put in force; `clear` clears them.
    RememberedFilters(NoticeBar *notices, LogSession *session, LogFilterModel *model,
                      std::function<void()> clear, QObject *parent = nullptr);

private:
    void announce();

    NoticeBar *m_notices;
    LogSession *m_session;
    LogFilterModel *m_model;
    std::function<void()> m_clear;
    bool m_armed = true;
};
