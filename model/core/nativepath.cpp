#include "nativepath.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
constexpr char16_t EscapeBase = 0xDC00; // + byte, for bytes 0x80..0xFF

bool isEscape(QChar c, QChar before)
{
    return c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF && !before.isHighSurrogate();
}

// The length of the valid UTF-8 sequence at p (p < end), or 0.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    uint32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    uint32_t code = c & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return code < min || code > 0x10FFFF || surrogate ? 0 : length;
}

#ifdef Q_OS_UNIX
void collectFiles(const QByteArray &folder, QStringList &out)
{
    DIR *dir = opendir(folder.constData());
    if (!dir)
        return;
    std::vector<QByteArray> subfolders;
    while (const dirent *entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray path =
            folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
        struct stat st = {};
        if (lstat(path.constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            subfolders.push_back(path);
            continue;
        }
        if (S_ISLNK(st.st_mode) && stat(path.constData(), &st) != 0)
            continue; // a dangling link
        if (S_ISREG(st.st_mode))
            out << NativePath::fromNative(path);
    }
    closedir(dir);
    for (const QByteArray &sub : subfolders)
        collectFiles(sub, out);
}
#endif
} // namespace

QString NativePath::fromNative(const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    QString out;
    out.reserve(bytes.size());
    const auto *run = p; // start of valid UTF-8 not yet appended
    while (p < end) {
        const int n = utf8Length(p, end);
        if (n > 0) {
            p += n;
            continue;
        }
        out += QString::fromUtf8(reinterpret_cast<const char *>(run), p - run);
        out += QChar(char16_t(EscapeBase + *p));
        run = ++p;
    }
    out += QString::fromUtf8(reinterpret_cast<const char *>(run), p - run);
    return out;
#else
    return QFile::decodeName(bytes);
#endif
}

QByteArray NativePath::toNative(const QString &path)
{
    if (!hasRawBytes(path))
        return QFile::encodeName(path);
    QByteArray out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (!isEscape(path[i], i > 0 ? path[i - 1] : QChar()))
            continue;
        out += path.mid(run, i - run).toUtf8();
        out += char(path[i].unicode() - EscapeBase);
        run = i + 1;
    }
    out += path.mid(run).toUtf8();
    return out;
}

bool NativePath::hasRawBytes(const QString &path)
{
#ifdef Q_OS_UNIX
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (isEscape(path[i], i > 0 ? path[i - 1] : QChar()))
            return true;
    }
#else
    Q_UNUSED(path)
#endif
    return false;
}

QString NativePath::display(const QString &path)
{
    if (!hasRawBytes(path))
        return path;
    QString out = path;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (isEscape(path[i], i > 0 ? path[i - 1] : QChar()))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

bool NativePath::open(QFile &file, const QString &path, QIODeviceBase::OpenMode mode,
                      QString *error)
{
#ifdef Q_OS_UNIX
    if (hasRawBytes(path)) {
        const int flags = mode.testFlag(QIODevice::WriteOnly) ? O_RDWR : O_RDONLY;
        const int fd = ::open(toNative(path).constData(), flags | O_CLOEXEC);
        if (fd < 0) {
            if (error)
                *error = QString::fromLocal8Bit(strerror(errno));
            return false;
        }
        if (file.open(fd, mode, QFileDevice::AutoCloseHandle))
            return true;
        ::close(fd);
        if (error)
            *error = file.errorString();
        return false;
    }
#endif
    file.setFileName(path);
    if (file.open(mode))
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

NativePath::Info NativePath::info(const QString &path)
{
    Info out;
#ifdef Q_OS_UNIX
    if (hasRawBytes(path)) {
        struct stat st = {};
        if (stat(toNative(path).constData(), &st) != 0)
            return out;
        out.exists = true;
        out.isDir = S_ISDIR(st.st_mode);
        out.isFile = S_ISREG(st.st_mode);
        out.size = qint64(st.st_size);
        out.modified =
            QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec).addMSecs(st.st_mtim.tv_nsec / 1000000);
        return out;
    }
#endif
    const QFileInfo fileInfo(path);
    out.exists = fileInfo.exists();
    out.isDir = fileInfo.isDir();
    out.isFile = fileInfo.isFile();
    out.size = fileInfo.size();
    out.modified = fileInfo.lastModified();
    return out;
}

QStringList NativePath::filesUnder(const QString &folder)
{
    QStringList out;
#ifdef Q_OS_UNIX
    if (!folder.startsWith(QLatin1Char(':'))) { // not a Qt resource
        collectFiles(toNative(folder), out);
        return out;
    }
#endif
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}
