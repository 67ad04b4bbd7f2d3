#include "valuelistcriterion.h"

#include <QRegularExpression>

#include <algorithm>

ValueListCriterion::ValueListCriterion(FilterField field, LogField column, const QString &spec)
    : IdCriterion(field, column)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList items = spec.split(separators, Qt::SkipEmptyParts);
    for (QString item : items) {
        const bool negated = item.startsWith(QLatin1Char('!'));
        if (negated)
            item.remove(0, 1);
        if (item.isEmpty())
            continue;
        const QByteArray bytes = item.toUtf8();
        std::string value = foldCase(std::string_view(bytes.constData(), size_t(bytes.size())));
        (negated ? m_exclude : m_include).push_back(std::move(value));
    }
    setActive(!m_include.empty() || !m_exclude.empty());
}

LogField ValueListCriterion::columnFor(FilterField field)
{
    switch (field) {
    case FilterField::Status:
        return LogField::Status;
    case FilterField::Site:
        return LogField::SiteId;
    case FilterField::Queue:
        return LogField::QueueName;
    case FilterField::Method:
        return LogField::Method;
    case FilterField::ServerPort:
        return LogField::ServerPort;
    default:
        return LogField::Extra;
    }
}

bool ValueListCriterion::matches(std::string_view text) const
{
    const std::string value = foldCase(text);
    auto in = [&value](const std::vector<std::string> &list) {
        return std::find(list.begin(), list.end(), value) != list.end();
    };
    if (!m_include.empty() && !in(m_include))
        return false;
    return !in(m_exclude);
}
