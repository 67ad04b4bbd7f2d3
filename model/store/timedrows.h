#pragma once

#include "idcolumn.h"
#include "logfileset.h"

#include <cstdint>
#include <vector>

// What every row of a store has, whichever kind of log it came from: the time (seconds since
// the epoch, UTC), its line in its file and the file's index (1, 2 or 4 bytes a row), the span
// of all rows kept as rows arrive, whether they are in time order, and the load's files with
// their servers. The base of LogStore (httperr rows) and RequestStore (access-log rows).
class TimedRows
{
public:
    size_t rowCount() const { return m_times.size(); }
    int64_t time(size_t row) const { return m_times[row]; }
    uint32_t line(size_t row) const { return m_lines[row]; }
    uint32_t fileIndex(size_t row) const { return m_files.at(row); }
    const std::vector<int64_t> &times() const { return m_times; }
    // The earliest and the latest time of all rows (UTC seconds; 0 when there are none), kept
    // as rows arrive, so a status bar refreshed while millions of rows load reads no rows.
    int64_t firstTime() const { return m_firstTime; }
    int64_t lastTime() const { return m_lastTime; }
    // The file index of every row (1, 2 or 4 bytes each).
    const IdColumn &fileIds() const { return m_files; }
    // False once a row was appended with an earlier time than the row before it.
    bool isTimeOrdered() const { return m_ordered; }

    void setFileSet(const LogFileSet &set) { m_fileSet = set; }
    const LogFileSet &fileSet() const { return m_fileSet; }
    LogFileSet &fileSet() { return m_fileSet; }
    // A row's server, found through its file: a server is a property of the file.
    uint32_t serverOf(size_t row) const { return m_fileSet.serverOf(m_files.at(row)); }

protected:
    // Appends the times and lines of rows of file `file` (the same count of each).
    void appendTimed(const std::vector<int64_t> &times, const std::vector<uint32_t> &lines,
                     uint32_t file);
    // Puts the rows in `order` (new row i is old row order[i]), which sorts them by time.
    void reorderTimed(const std::vector<uint32_t> &order);
    void reserveTimed(size_t rows);
    void clearTimed();
    size_t timedMemoryBytes() const;

    std::vector<int64_t> m_times;
    std::vector<uint32_t> m_lines;
    IdColumn m_files;
    LogFileSet m_fileSet;
    int64_t m_firstTime = 0;
    int64_t m_lastTime = 0;
    bool m_ordered = true;
};
