#include "logfilecollector.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {
// httperr12.log -> 12; anything else -> -1.
qint64 rolloverNumber(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^httperr(\\d+)\\.log$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(fileName);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
} // namespace

bool LogFileCollector::isLogName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".log"), Qt::CaseInsensitive);
}

void LogFileCollector::sortRollover(QStringList &files)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(files.begin(), files.end(), [&](const QString &a, const QString &b) {
        const QFileInfo fa(a);
        const QFileInfo fb(b);
        if (fa.path() != fb.path())
            return collator.compare(fa.path(), fb.path()) < 0;
        const qint64 na = rolloverNumber(fa.fileName());
        const qint64 nb = rolloverNumber(fb.fileName());
        if (na >= 0 && nb >= 0)
            return na < nb;
        if ((na >= 0) != (nb >= 0))
            return na >= 0; // the numbered set first
        return collator.compare(fa.fileName(), fb.fileName()) < 0;
    });
}

LogFileCollector::Result LogFileCollector::collect(const QStringList &paths)
{
    Result result;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            LogProblem p;
            p.code = LogProblem::Code::Missing;
            p.path = path;
            result.problems.push_back(p);
        } else if (info.isDir()) {
            QStringList found;
            const QDir dir(path);
            const auto entries = dir.entryInfoList(QDir::Files | QDir::Hidden);
            for (const QFileInfo &entry : entries) {
                if (isLogName(entry.fileName()))
                    found << entry.filePath();
            }
            if (found.isEmpty()) {
                LogProblem p;
                p.code = LogProblem::Code::EmptyFolder;
                p.path = path;
                result.problems.push_back(p);
            }
            sortRollover(found);
            result.files << found;
        } else {
            result.files << path;
        }
    }
    result.files.removeDuplicates();
    return result;
}
