#pragma once

#include <QString>

#include <cstdint>
#include <vector>

class LogFilterModel;

// Finds text in every column of the rows that pass the filters, without filtering them: what
// the find bar steps through. Each distinct value of a column (an interned id, a server, a file,
// a second) is decided once, so a row costs one table lookup per column that has a match at all.
// Ignores case. GUI thread only; run() again after the filter model changed.
class RowFinder
{
public:
    // Searches `model`'s rows (in display order) for `text` in the model columns `columns`
    // (every column when empty); an empty text finds nothing.
    void run(const LogFilterModel &model, const QString &text,
             const std::vector<int> &columns = {});
    void clear();

    const QString &text() const { return m_text; }
    // The display rows with a match, ascending.
    const std::vector<int> &rows() const { return m_rows; }
    size_t count() const { return m_rows.size(); }
    // The position of display row `row` among the matches, or -1 when it has none.
    int indexOf(int row) const;
    // The first matching display row after `row` (before it when `direction` < 0), wrapping
    // around; -1 when nothing matches.
    int next(int row, int direction) const;
    // The model columns of display row `row` whose cell contains the text.
    std::vector<int> columnsOf(const LogFilterModel &model, int row) const;

private:
    QString m_text;
    std::vector<int> m_columns;
    std::vector<int> m_rows;
};
