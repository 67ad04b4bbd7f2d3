#pragma once

#include "filtercriterion.h"

// Exact values of a short-valued column (status, site, queue, method, server port), as a
// comma-separated list: "503, 400" shows those, "!GET" hides GET, "-" stands for no value.
// Listed values form a union; "!" items are then taken away. Case is ignored.
class ValueListCriterion : public IdCriterion
{
public:
    ValueListCriterion(FilterField field, LogField column, const QString &spec);

    // The store column a value-list field reads (Status -> sc-status ...).
    static LogField columnFor(FilterField field);

protected:
    bool matches(std::string_view text) const override;

private:
    std::vector<std::string> m_include;
    std::vector<std::string> m_exclude;
};
