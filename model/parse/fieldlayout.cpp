#include "fieldlayout.h"

FieldLayout FieldLayout::fromHeader(std::string_view list)
{
    FieldLayout layout;
    size_t pos = 0;
    while (pos < list.size()) {
        while (pos < list.size() && (list[pos] == ' ' || list[pos] == '\t'))
            ++pos;
        size_t end = pos;
        while (end < list.size() && list[end] != ' ' && list[end] != '\t')
            ++end;
        if (end > pos) {
            const std::string_view id = list.substr(pos, end - pos);
            const LogField field = LogFields::fromId(id);
            if (field == LogField::Date && layout.m_date < 0)
                layout.m_date = int(layout.m_slots.size());
            if (field == LogField::Time && layout.m_time < 0)
                layout.m_time = int(layout.m_slots.size());
            layout.m_slots.push_back({field, std::string(id)});
        }
        pos = end;
    }
    return layout;
}

FieldLayout FieldLayout::forHeaderlessCount(size_t count)
{
    static constexpr std::string_view head = "date time c-ip c-port s-ip s-port cs-version "
                                             "cs-method cs-uri ";
    switch (count) {
    case 12:
        return fromHeader(std::string(head) + "sc-status s-siteid s-reason");
    case 13:
        return fromHeader(std::string(head) + "sc-status s-siteid s-reason s-queuename");
    case 14:
        return fromHeader(std::string(head) + "streamid sc-status s-siteid s-reason s-queuename");
    case 16:
        return fromHeader(std::string(head)
                          + "streamid streamid_ex sc-status s-siteid s-reason s-queuename "
                            "transport");
    case 18:
        return fromHeader(std::string(head)
                          + "streamid streamid_ex sc-status s-siteid s-reason s-queuename "
                            "transport fault-code extended-fault-code");
    default:
        return {};
    }
}

bool FieldLayout::looksLikeAccessLog() const
{
    bool reason = false;
    bool uriStem = false;
    for (const Slot &s : m_slots) {
        reason |= s.field == LogField::Reason;
        uriStem |= s.name == "cs-uri-stem";
    }
    return uriStem && !reason;
}
