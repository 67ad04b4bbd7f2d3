#include "exportformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct FormatInfo
{
    ExportFormat format;
    const char *name; // for --format; short, lower case, stable for scripts
    const char *title;
    QStringList extensions; // the first one is the usual one
};

const QList<FormatInfo> &formats()
{
    static const QList<FormatInfo> list{
        {ExportFormat::Csv,
         "csv",
         QT_TRANSLATE_NOOP("ExportFormats", "CSV (comma-separated values)"),
         {QStringLiteral("csv")}},
        {ExportFormat::Tsv,
         "tsv",
         QT_TRANSLATE_NOOP("ExportFormats", "TSV (tab-separated values)"),
         {QStringLiteral("tsv"), QStringLiteral("tab")}},
        {ExportFormat::JsonLines,
         "jsonl",
         QT_TRANSLATE_NOOP("ExportFormats", "JSON Lines"),
         {QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("json")}},
        {ExportFormat::HttpErr,
         "log",
         QT_TRANSLATE_NOOP("ExportFormats", "HTTP.sys error log"),
         {QStringLiteral("log")}},
        {ExportFormat::Ecs,
         "ecs",
         QT_TRANSLATE_NOOP("ExportFormats", "Elastic Common Schema (NDJSON)"),
         {QStringLiteral("ndjson"), QStringLiteral("json")}},
        {ExportFormat::EcsBulk,
         "ecs-bulk",
         QT_TRANSLATE_NOOP("ExportFormats", "Elasticsearch bulk request (ECS)"),
         {QStringLiteral("ndjson")}},
    };
    return list;
}

const FormatInfo &infoOf(ExportFormat format)
{
    return formats().at(int(format));
}
} // namespace

QList<ExportFormat> ExportFormats::all()
{
    QList<ExportFormat> out;
    for (const FormatInfo &info : formats())
        out << info.format;
    return out;
}

std::optional<ExportFormat> ExportFormats::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatInfo &info : formats()) {
        if (info.extensions.contains(suffix))
            return info.format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> ExportFormats::fromName(const QString &name)
{
    for (const FormatInfo &info : formats()) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    return std::nullopt;
}

QString ExportFormats::name(ExportFormat format)
{
    return QLatin1String(infoOf(format).name);
}

QStringList ExportFormats::names()
{
    QStringList out;
    for (const FormatInfo &info : formats())
        out << QLatin1String(info.name);
    return out;
}

QString ExportFormats::extension(ExportFormat format)
{
    return infoOf(format).extensions.first();
}

QString ExportFormats::title(ExportFormat format)
{
    return QCoreApplication::translate("ExportFormats", infoOf(format).title);
}

QString ExportFormats::fileFilter(ExportFormat format)
{
    QStringList patterns;
    for (const QString &ext : infoOf(format).extensions)
        patterns << QStringLiteral("*.") + ext;
    return title(format) + QStringLiteral(" (") + patterns.join(QLatin1Char(' '))
           + QLatin1Char(')');
}

bool ExportFormats::hasExtension(const QString &path, ExportFormat format)
{
    return infoOf(format).extensions.contains(QFileInfo(path).suffix().toLower());
}

bool ExportFormats::takesColumns(ExportFormat format)
{
    return format != ExportFormat::HttpErr && format != ExportFormat::Ecs
           && format != ExportFormat::EcsBulk;
}

QString ExportFormats::withExtension(const QString &path, ExportFormat format)
{
    if (hasExtension(path, format))
        return path;
    return path + QLatin1Char('.') + extension(format);
}
