#pragma once

#include "filtercriterion.h"

#include <QStringList>

// Reason phrases to show and to hide. Any token works, known or not; matching ignores ASCII
// case so "timer_connectionidle" on the command line finds Timer_ConnectionIdle.
class ReasonCriterion : public IdCriterion
{
public:
    ReasonCriterion(const QStringList &include, const QStringList &exclude);

protected:
    bool matches(std::string_view text) const override;

private:
    static std::vector<std::string> folded(const QStringList &list);
    static bool contains(const std::vector<std::string> &list, const std::string &value);

    std::vector<std::string> m_include;
    std::vector<std::string> m_exclude;
};
