#pragma once

#include "bookmarkmodel.h"
#include "filterstate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

// An investigation to hand on (File → Save Session…, *.httperr-session): the opened paths, the
// filters, the time zone, the bookmarks with their comments and the selected spike, as JSON.
// Each path is kept absolute and relative to the session file's folder, so a colleague with the
// same files in another place opens it too.
struct SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    QStringList paths;
    FilterState filter;
    QString zoneId; // DisplayZone::id(): "UTC", "local" or an IANA id
    std::vector<Bookmark> bookmarks;
    int selectedSpike = -1; // 0 = oldest; -1: none

    static QString suffix() { return QStringLiteral(".httperr-session"); }
    static bool isSessionPath(const QString &path);

    // `folder`: where the file goes, for the relative paths.
    QByteArray toJson(const QString &folder) const;
    // Reads a session; its paths are those that exist (absolute, else relative to `folder`),
    // or else as written. None (and `error`) when the text is not a session.
    static std::optional<SessionFile> fromJson(const QByteArray &json, const QString &folder,
                                               QString *error = nullptr);
    // Writes through QSaveFile; returns an error sentence, empty on success.
    QString save(const QString &path) const;
    static std::optional<SessionFile> load(const QString &path, QString *error = nullptr);
    // Opened path `from` is now `to`: the path and the bookmarks of its files follow.
    void moveFiles(const QString &from, const QString &to);
    // The paths that do not exist (moved or on another machine).
    QStringList missingPaths() const;
};
