#include "reasoncriterion.h"

#include <algorithm>

ReasonCriterion::ReasonCriterion(const QStringList &include, const QStringList &exclude)
    : IdCriterion(FilterField::Reason, LogField::Reason)
    , m_include(folded(include))
    , m_exclude(folded(exclude))
{
    setActive(!m_include.empty() || !m_exclude.empty());
}

std::vector<std::string> ReasonCriterion::folded(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &reason : list) {
        const QByteArray bytes = reason.trimmed().toUtf8();
        if (!bytes.isEmpty())
            out.push_back(foldCase(std::string_view(bytes.constData(), size_t(bytes.size()))));
    }
    return out;
}

bool ReasonCriterion::contains(const std::vector<std::string> &list, const std::string &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool ReasonCriterion::matches(std::string_view text) const
{
    const std::string value = foldCase(text);
    if (!m_include.empty() && !contains(m_include, value))
        return false;
    return !contains(m_exclude, value);
}
