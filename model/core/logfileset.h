#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

// The files of one load and what tells them apart. Each file (a key as LogSource writes it:
// a path, or "archive › member") gets, once, its path relative to what was opened and its
// server: the folder, zip archive or top folder inside a zip that distinguishes it from the
// other files ("WEB01" for bundle/WEB01/LogFiles/HTTPERR/httperr1.log when bundle/WEB02/… is
// opened too). Rows find their server through their file, so the store needs no per-row
// column for it. A plain value, cheap to copy for thousands of files.
class LogFileSet
{
public:
    LogFileSet() = default;
    // Works out relative paths and servers of `files` (keys, in load order) opened as
    // `opened` (the files, folders and archives the user named).
    static LogFileSet build(const QStringList &opened, const QStringList &files);
    // Each file opened by itself (tests, tools).
    static LogFileSet fromFiles(const QStringList &files) { return build(files, files); }
    // Files whose relative paths and servers are known already (a database's ledger): file i
    // has `relative[i]` and the server `servers[i]`; servers are numbered in the order they
    // first appear, and a server's key is its name.
    static LogFileSet fromParts(const QStringList &files, const QStringList &relative,
                                const QStringList &servers);

    // The separator between an archive and its member in a key.
    static QString archiveSeparator();

    int fileCount() const { return int(m_files.size()); }
    const QStringList &files() const { return m_files; }
    QString file(uint32_t index) const { return m_files.value(qsizetype(index)); }
    // "bundle/WEB01/LogFiles/HTTPERR/httperr1.log": from the folder that holds what was opened,
    // '/'-separated, an archive's members after its name ("support.zip/HTTPERR/httperr3.log");
    // bytes of a name that are not UTF-8 show as U+FFFD.
    QString relativePath(uint32_t file) const { return m_relative.value(qsizetype(file)); }

    int serverCount() const { return int(m_serverNames.size()); }
    // The server a file belongs to (0 for an index past the files).
    uint32_t serverOf(uint32_t file) const
    {
        return file < m_fileServers.size() ? m_fileServers[file] : 0;
    }
    const std::vector<uint32_t> &fileServers() const { return m_fileServers; }
    QString serverName(uint32_t server) const { return m_serverNames.value(qsizetype(server)); }
    const QStringList &serverNames() const { return m_serverNames; }
    // The absolute path a server stands for (a folder or an archive, "archive › folder"
    // inside one): what a user's name for the server is remembered by.
    QString serverKey(uint32_t server) const { return m_serverKeys.value(qsizetype(server)); }
    // The server with this name (ignoring case), or -1.
    int serverIdOf(const QString &name) const;

    // Gives a server the user's name. Refused (false) for an empty name or one another server
    // has already.
    bool renameServer(uint32_t server, const QString &name);
    // Applies remembered names (server key -> name) in server order; a name that another
    // server already has is skipped.
    void applyNames(const QHash<QString, QString> &names);

private:
    QStringList m_files;
    QStringList m_relative;
    std::vector<uint32_t> m_fileServers;
    QStringList m_serverNames;
    QStringList m_serverKeys;
};

Q_DECLARE_METATYPE(LogFileSet)
