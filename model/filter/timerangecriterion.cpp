#include "timerangecriterion.h"

#include "timeutil.h"

#include <QCoreApplication>

#include <limits>

TimeRangeCriterion::TimeRangeCriterion(std::optional<int64_t> from, std::optional<int64_t> to)
    : FilterCriterion(FilterField::Time)
    , m_from(from.value_or(std::numeric_limits<int64_t>::min()))
    , m_to(to.value_or(std::numeric_limits<int64_t>::max()))
{
    setActive(from.has_value() || to.has_value());
    if (m_from > m_to)
        setError(
            QCoreApplication::translate("TimeRangeCriterion", "“From” (%1) is after “To” (%2).")
                .arg(TimeUtil::formatUtc(m_from), TimeUtil::formatUtc(m_to)));
}
