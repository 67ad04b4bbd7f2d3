#pragma once

#include "logfield.h"

#include <string>
#include <string_view>
#include <vector>

// The column order of the data lines that follow a `#Fields:` directive, or a guessed one
// for header-less files.
class FieldLayout
{
public:
    struct Slot
    {
        LogField field;
        std::string name; // the id as written in the header (kept for extra fields)
    };

    FieldLayout() = default;
    // Parses the part after "#Fields:".
    static FieldLayout fromHeader(std::string_view fieldList);
    // The layout HTTP.sys writes with `count` fields and no header (12, 13, 14, 16 or 18),
    // or an invalid layout.
    static FieldLayout forHeaderlessCount(size_t count);
    // The most fields a header-less layout has.
    static constexpr size_t MaxHeaderlessCount = 18;

    bool isValid() const { return !m_slots.empty(); }
    size_t size() const { return m_slots.size(); }
    const Slot &slot(size_t i) const { return m_slots[i]; }
    int dateIndex() const { return m_date; }
    int timeIndex() const { return m_time; }
    bool hasTimestamp() const { return m_date >= 0 && m_time >= 0; }
    // True when the fields say this is not an error log (an IIS access log names cs-uri-stem
    // and has no s-reason).
    bool looksLikeAccessLog() const;

private:
    std::vector<Slot> m_slots;
    int m_date = -1;
    int m_time = -1;
};
