#include "servercriterion.h"

#include "logfileset.h"

namespace {
QStringList trimmed(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list) {
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}
} // namespace

ServerCriterion::ServerCriterion(const QStringList &include, const QStringList &exclude)
    : FilterCriterion(FilterField::Server)
    , m_include(trimmed(include))
    , m_exclude(trimmed(exclude))
{
    setActive(!m_include.isEmpty() || !m_exclude.isEmpty());
}

bool ServerCriterion::accepts(const QString &server) const
{
    if (!m_include.isEmpty() && !m_include.contains(server, Qt::CaseInsensitive))
        return false;
    return !m_exclude.contains(server, Qt::CaseInsensitive);
}

void ServerCriterion::decide(const LogFileSet &files, size_t ids)
{
    std::vector<uint8_t> byServer(size_t(files.serverCount()));
    for (int s = 0; s < files.serverCount(); ++s)
        byServer[size_t(s)] = accepts(files.serverName(uint32_t(s))) ? 1 : 0;
    m_table.assign(std::max(size_t(files.fileCount()), ids), accepts(QString()) ? 1 : 0);
    for (int f = 0; f < files.fileCount(); ++f) {
        const uint32_t server = files.serverOf(uint32_t(f));
        if (server < byServer.size())
            m_table[size_t(f)] = byServer[server];
    }
}
