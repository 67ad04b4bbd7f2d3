#include "sessionfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int Version = 1;
const QLatin1String Kind("httperr-viewer-session");

QJsonObject bookmarkToJson(const Bookmark &b)
{
    QJsonObject o{{QStringLiteral("start"), double(b.start)},
                  {QStringLiteral("end"), double(b.end)},
                  {QStringLiteral("comment"), b.comment}};
    if (b.isRow()) {
        o.insert(QStringLiteral("file"), b.file);
        o.insert(QStringLiteral("line"), double(b.line));
        o.insert(QStringLiteral("what"), b.what);
    }
    return o;
}

Bookmark bookmarkFromJson(const QJsonObject &o)
{
    Bookmark b;
    b.start = int64_t(o.value(QStringLiteral("start")).toDouble());
    b.end = int64_t(o.value(QStringLiteral("end")).toDouble());
    b.comment = o.value(QStringLiteral("comment")).toString();
    b.file = o.value(QStringLiteral("file")).toString();
    b.line = uint32_t(o.value(QStringLiteral("line")).toDouble());
    b.what = o.value(QStringLiteral("what")).toString();
    return b;
}
} // namespace

bool SessionFile::isSessionPath(const QString &path)
{
    return path.endsWith(suffix(), Qt::CaseInsensitive);
}

QByteArray SessionFile::toJson(const QString &folder) const
{
    QJsonArray files;
    const QDir dir(folder);
    for (const QString &path : paths)
        files.append(QJsonObject{{QStringLiteral("path"), path},
                                 {QStringLiteral("relative"), dir.relativeFilePath(path)}});
    QJsonArray marks;
    for (const Bookmark &b : bookmarks)
        marks.append(bookmarkToJson(b));
    const QJsonObject root{
        {QStringLiteral("kind"), Kind},
        {QStringLiteral("version"), Version},
        {QStringLiteral("paths"), files},
        {QStringLiteral("filters"), QJsonObject::fromVariantMap(filter.toVariantMap())},
        {QStringLiteral("timeZone"), zoneId},
        {QStringLiteral("bookmarks"), marks},
        {QStringLiteral("selectedSpike"), selectedSpike}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SessionFile> SessionFile::fromJson(const QByteArray &json, const QString &folder,
                                                 QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("kind")).toString() != Kind) {
        if (error)
            *error = tr("This is not an HttpErr Viewer session.");
        return std::nullopt;
    }
    SessionFile s;
    const QDir dir(folder);
    QList<QPair<QString, QString>> moved;
    for (const QJsonValue &v : root.value(QStringLiteral("paths")).toArray()) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        const QString relative = QDir::cleanPath(
            dir.filePath(v.toObject().value(QStringLiteral("relative")).toString()));
        // Where it was, else where it lies beside the session file as it lay beside it then.
        const bool there = QFileInfo::exists(path) || !QFileInfo::exists(relative);
        s.paths << (there ? path : relative);
        if (!there)
            moved.append({path, relative});
    }
    s.filter = FilterState::fromVariantMap(
        root.value(QStringLiteral("filters")).toObject().toVariantMap());
    s.zoneId = root.value(QStringLiteral("timeZone")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("bookmarks")).toArray())
        s.bookmarks.push_back(bookmarkFromJson(v.toObject()));
    s.selectedSpike = root.value(QStringLiteral("selectedSpike")).toInt(-1);
    for (const auto &[from, to] : moved)
        s.moveFiles(from, to);
    return s;
}

QString SessionFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot create “%1”: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(toJson(QFileInfo(path).absolutePath()));
    if (!file.commit())
        return tr("Could not write “%1”: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

std::optional<SessionFile> SessionFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("Cannot open “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), QFileInfo(path).absolutePath(), error);
}

void SessionFile::moveFiles(const QString &from, const QString &to)
{
    for (QString &path : paths) {
        if (path == from)
            path = to;
    }
    // A bookmark's file is the opened path or lies below it (a folder's file, a zip's member).
    for (Bookmark &b : bookmarks) {
        if (b.file == from || (b.file.startsWith(from) && !from.isEmpty()))
            b.file = to + b.file.mid(from.size());
    }
}

QStringList SessionFile::missingPaths() const
{
    QStringList missing;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            missing << path;
    }
    return missing;
}
