#include "logfileset.h"

#include "nativepath.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace {
// Folders every HTTP.sys log path has (…\LogFiles\HTTPERR): they never tell servers apart.
bool isGeneric(const QString &name)
{
    return name.compare(QLatin1String("HTTPERR"), Qt::CaseInsensitive) == 0
           || name.compare(QLatin1String("LogFiles"), Qt::CaseInsensitive) == 0;
}

// The folder a log's own kind puts it in (…\LogFiles\HTTPERR beside …\LogFiles\W3SVC1 for the
// access logs of IIS site 1): files of one server that differ only there are one server.
bool isKindFolder(const QString &name)
{
    static const QRegularExpression site(QStringLiteral("^W3SVC[0-9]*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return name.compare(QLatin1String("HTTPERR"), Qt::CaseInsensitive) == 0
           || site.match(name).hasMatch();
}

// Above the generic folders of a live system (C:\Windows\System32) no server name is left.
bool namesNoServer(const QString &name)
{
    return (name.size() == 2 && name.at(1) == QLatin1Char(':'))
           || name.compare(QLatin1String("System32"), Qt::CaseInsensitive) == 0;
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QDir::isRelativePath(path) ? QDir::current().absoluteFilePath(path)
                                                      : path);
}

QStringList components(const QString &path, bool backslashes)
{
    static const QRegularExpression both(QStringLiteral("[/\\\\]"));
    QStringList parts = backslashes ? path.split(both, Qt::SkipEmptyParts)
                                    : path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("."));
    return parts;
}

qsizetype commonPrefix(const QStringList &a, const QStringList &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// Where a file sits: the folders (and the archive) holding it, from the top of the file system.
struct Location
{
    QString top;          // "/" on Unix, empty where paths start with a drive
    QStringList chain;    // folders, then for a member the archive and its folders
    QString fileName;     // the file, or the member's own name
    int archive = -1;     // the archive's index in chain, -1 for a file on disk
    qsizetype root = 0;   // the last component of what was opened, within chain
    qsizetype server = 0; // the component that names the server
    qsizetype kind = 0;   // 1 when the last folder of chain is a log-kind folder

    // The folders that may tell servers apart: chain without a last log-kind folder.
    QStringList serverChain() const { return chain.mid(0, chain.size() - kind); }

    QStringList full() const { return chain + QStringList{fileName}; }
    // The path the first n components stand for, as a key would write it.
    QString keyOf(qsizetype n) const
    {
        if (archive < 0 || n <= archive + 1)
            return top + chain.mid(0, n).join(QLatin1Char('/'));
        return top + chain.mid(0, archive + 1).join(QLatin1Char('/'))
               + LogFileSet::archiveSeparator()
               + chain.mid(archive + 1, n - archive - 1).join(QLatin1Char('/'));
    }
};

Location locate(const QString &key)
{
    Location l;
    if (key == QLatin1String("-")) {
        // Standard input: a server of its own, named for what it is.
        l.chain = QStringList{QStringLiteral("stdin")};
        l.fileName = QStringLiteral("stdin");
        return l;
    }
    const qsizetype at = key.indexOf(LogFileSet::archiveSeparator());
    const QString disk = absoluteClean(at < 0 ? key : key.left(at));
    l.top = disk.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString();
    l.chain = components(disk, false);
    if (at >= 0) {
        l.archive = int(l.chain.size()) - 1;
        l.chain += components(key.mid(at + LogFileSet::archiveSeparator().size()), true);
    }
    if (!l.chain.isEmpty())
        l.fileName = l.chain.takeLast();
    l.kind = !l.chain.isEmpty() && isKindFolder(l.chain.constLast()) ? 1 : 0;
    return l;
}

// The name a server component shows: an archive's without its extension.
QString displayOf(const Location &l, qsizetype index)
{
    QString name = l.chain.value(index);
    if (index == l.archive && name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        name.chop(4);
    return name.isEmpty() ? QStringLiteral("-") : NativePath::display(name);
}

// The component that names the server: the first one that differs between the files (or, if
// the user opened a deeper folder, that folder), leaving out folders every log path has.
qsizetype serverIndex(const Location &l, qsizetype differing)
{
    const qsizetype last = l.chain.size() - 1 - l.kind;
    if (last < 0)
        return std::max<qsizetype>(l.chain.size() - 1, 0);
    qsizetype i = std::min(std::max(differing, l.root), last);
    const qsizetype lowest = differing <= last ? differing : 0;
    const qsizetype chosen = i;
    while (i > lowest && isGeneric(l.chain.at(i)))
        --i;
    if (differing > last && (isGeneric(l.chain.at(i)) || namesNoServer(l.chain.at(i))))
        return l.kind ? l.chain.size() - 1 : chosen;
    return i;
}

// Servers that would show the same name are told apart by the folders above them
// ("a/WEB01", "b/WEB01"), or at last by a number.
void makeUnique(QStringList &names, const std::vector<const Location *> &where)
{
    std::vector<qsizetype> depth(size_t(names.size()), 0);
    for (int round = 0; round < 64; ++round) {
        bool clash = false;
        QHash<QString, int> seen;
        for (const QString &n : std::as_const(names))
            ++seen[n.toCaseFolded()];
        for (qsizetype s = 0; s < names.size(); ++s) {
            if (seen.value(names.at(s).toCaseFolded()) < 2)
                continue;
            const Location &l = *where[size_t(s)];
            const qsizetype parent = l.server - 1 - depth[size_t(s)];
            if (parent < 0)
                continue;
            ++depth[size_t(s)];
            names[s] = NativePath::display(l.chain.at(parent)) + QLatin1Char('/') + names.at(s);
            clash = true;
        }
        if (!clash)
            break;
    }
    QHash<QString, int> used;
    for (QString &n : names) {
        const int count = ++used[n.toCaseFolded()];
        if (count > 1)
            n += QStringLiteral(" (%1)").arg(count);
    }
}
} // namespace

QString LogFileSet::archiveSeparator()
{
    return QStringLiteral(u" \u203A ");
}

LogFileSet LogFileSet::build(const QStringList &opened, const QStringList &files)
{
    LogFileSet set;
    set.m_files = files;
    std::vector<Location> locations;
    locations.reserve(size_t(files.size()));
    std::vector<QStringList> roots;
    for (const QString &path : opened)
        roots.push_back(components(absoluteClean(path), false));

    // What was opened, for each file: the longest opened path it lies in.
    std::vector<bool> rootUsed(roots.size(), false);
    qsizetype differing = -1;
    for (const QString &key : files) {
        Location l = locate(key);
        const QStringList full = l.full();
        qsizetype best = -1;
        for (size_t r = 0; r < roots.size(); ++r) {
            const qsizetype n = roots[r].size();
            if (n <= full.size() && (best < 0 || n > roots[size_t(best)].size())
                && commonPrefix(roots[r], full) == n)
                best = qsizetype(r);
        }
        if (best >= 0)
            rootUsed[size_t(best)] = true;
        l.root = std::min(best < 0 ? full.size() - 1 : roots[size_t(best)].size() - 1,
                          l.chain.size() - 1);
        differing = locations.empty()
                        ? l.serverChain().size()
                        : std::min(differing,
                                   commonPrefix(locations.front().serverChain(), l.serverChain()));
        locations.push_back(std::move(l));
    }

    // Relative paths start in the folder that holds everything opened.
    QStringList base;
    bool first = true;
    for (size_t r = 0; r < roots.size(); ++r) {
        if (!rootUsed[r] || roots[r].isEmpty())
            continue;
        const QStringList parent = roots[r].mid(0, roots[r].size() - 1);
        base = first ? parent : base.mid(0, commonPrefix(base, parent));
        first = false;
    }
    if (first && !locations.empty()) {
        base = locations.front().chain;
        for (const Location &l : locations)
            base = base.mid(0, commonPrefix(base, l.chain));
    }

    QHash<QString, uint32_t> serverOfKey;
    std::vector<const Location *> serverLocations;
    set.m_fileServers.reserve(locations.size());
    for (Location &l : locations) {
        const QStringList full = l.full();
        const qsizetype skip = commonPrefix(base, full);
        set.m_relative << (l.top.isEmpty() && l.chain == QStringList{QStringLiteral("stdin")}
                               ? l.fileName
                               : NativePath::display(full.mid(std::min(skip, full.size() - 1))
                                                         .join(QLatin1Char('/'))));
        l.server = serverIndex(l, differing);
        const QString key = l.keyOf(l.server + 1);
        auto it = serverOfKey.constFind(key);
        if (it == serverOfKey.constEnd()) {
            it = serverOfKey.insert(key, uint32_t(set.m_serverKeys.size()));
            set.m_serverKeys << key;
            set.m_serverNames << displayOf(l, l.server);
            serverLocations.push_back(&l);
        }
        set.m_fileServers.push_back(it.value());
    }
    makeUnique(set.m_serverNames, serverLocations);
    return set;
}

int LogFileSet::serverIdOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_serverNames.size(); ++i) {
        if (m_serverNames.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool LogFileSet::renameServer(uint32_t server, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty() || server >= uint32_t(m_serverNames.size()))
        return false;
    const int holder = serverIdOf(wanted);
    if (holder >= 0 && uint32_t(holder) != server)
        return false;
    m_serverNames[qsizetype(server)] = wanted;
    return true;
}

void LogFileSet::applyNames(const QHash<QString, QString> &names)
{
    for (qsizetype s = 0; s < m_serverKeys.size(); ++s) {
        const auto it = names.constFind(m_serverKeys.at(s));
        if (it != names.constEnd())
            renameServer(uint32_t(s), it.value());
    }
}

LogFileSet LogFileSet::fromParts(const QStringList &files, const QStringList &relative,
                                 const QStringList &servers)
{
    LogFileSet set;
    set.m_files = files;
    set.m_relative = relative;
    for (const QString &server : servers) {
        qsizetype id = set.m_serverNames.indexOf(server);
        if (id < 0) {
            set.m_serverNames << server;
            set.m_serverKeys << server;
            id = set.m_serverNames.size() - 1;
        }
        set.m_fileServers.push_back(uint32_t(id));
    }
    return set;
}
