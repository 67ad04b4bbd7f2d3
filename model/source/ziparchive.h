#pragma once

#include "logproblem.h"
#include "logsource.h"

#include <QString>

#include <vector>

// Lists the logs inside a zip archive from its central directory, without reading any data:
// every *.log (and *.log.gz) member in any folder becomes a source, in roll-over order; other
// members are noted as skipped, and so are members whose name leads out of the archive (".."
// or an absolute path) and members named like an earlier one. An archive that cannot be read
// at all is one problem.
class ZipArchive
{
public:
    struct Listing
    {
        std::vector<LogSource> sources;
        std::vector<LogProblem> problems;
    };

    static Listing list(const QString &archivePath);
    // True when `head` starts with a zip's local file header (or is an empty zip).
    static bool hasMagic(const QByteArray &head);
    // True for a member name that holds a log: *.log or *.log.gz.
    static bool isLogMember(const QString &member);
    // True for a member name with a ".." part or an absolute path ("/x", "C:/x", "\\x").
    static bool leadsOut(const QString &member);
};
