#include "numberlistcriterion.h"

#include "requestfield.h"

#include <string>

namespace {
constexpr uint32_t Decided = 4096;
}

NumberListCriterion::NumberListCriterion(const QString &spec)
    : ValueListCriterion(FilterField::Status, LogField::Status, spec)
{
    if (!isActive())
        return;
    m_small.resize(Decided);
    for (uint32_t n = 0; n < Decided; ++n)
        m_small[n] = decide(n) ? 1 : 0;
}

bool NumberListCriterion::decide(uint32_t number) const
{
    if (!isActive())
        return true;
    if (number == RequestField::NoNumber)
        return matches("-");
    return matches(std::to_string(number));
}
