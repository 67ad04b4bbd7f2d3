#pragma once

#include "filtercriterion.h"

#include <QStringList>

#include <vector>

class LogFileSet;

// Servers to show and to hide, by name, ignoring case. A server is a property of a row's
// file, so the criterion decides once per file: table() is indexed by the store's file ids.
class ServerCriterion : public FilterCriterion
{
public:
    ServerCriterion(const QStringList &include, const QStringList &exclude);

    bool accepts(const QString &server) const;
    // Decides every file of `files` (again: a server may have been renamed), with room for
    // at least `ids` file ids (ids past the files pass as a row without a server would).
    void decide(const LogFileSet &files, size_t ids);
    // 1 for file ids whose server passes, 0 otherwise.
    const std::vector<uint8_t> &table() const { return m_table; }

private:
    QStringList m_include;
    QStringList m_exclude;
    std::vector<uint8_t> m_table;
};
