#include "reportwriter.h"

#include "exportjob.h"
#include "reportbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace {
constexpr int ScreenDpi = 96;

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportWriter", text);
}

QString openError(const QSaveFile &file, const QString &path)
{
    return QCoreApplication::translate("ReportWriter", "Cannot create “%1”: %2.")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

QString commitError(const QSaveFile &file, const QString &path)
{
    if (file.error() == QFileDevice::ResourceError)
        return QCoreApplication::translate(
                   "ReportWriter",
                   "The disk is full: “%1” could not be written, so nothing was saved.")
            .arg(QDir::toNativeSeparators(path));
    return QCoreApplication::translate("ReportWriter",
                                       "Writing “%1” failed (%2), so nothing was saved.")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}
} // namespace

std::optional<ReportWriter::Kind> ReportWriter::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Kind::Html;
    if (suffix == QLatin1String("pdf"))
        return Kind::Pdf;
    return std::nullopt;
}

QString ReportWriter::write(const ReportData &data, const QString &path)
{
    const auto kind = kindOf(path);
    if (!kind)
        return tr("“%1” ends neither in .html nor in .pdf.").arg(QDir::toNativeSeparators(path));
    return *kind == Kind::Html ? writeHtml(data, path) : writePdf(data, path);
}

QString ReportWriter::writeHtml(const ReportData &data, const QString &path)
{
    if (const QString problem = ExportJob::checkTarget(path); !problem.isEmpty())
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openError(file, path);
    const QByteArray html = ReportBuilder::html(data).toUtf8();
    if (file.write(html) != html.size() || !file.commit()) {
        const QString error = commitError(file, path);
        file.cancelWriting();
        return error;
    }
    return {};
}

void ReportWriter::fill(QTextDocument &document, const ReportData &data, int width)
{
    if (!data.chartPng.isEmpty()) {
        QImage chart;
        chart.loadFromData(data.chartPng, "PNG");
        document.addResource(QTextDocument::ImageResource, QUrl(ReportBuilder::chartResourceName()),
                             chart);
    }
    // The chart fits between the body's margins and the document's own.
    const int textWidth =
        width - 2 * ReportBuilder::BodyMargin - 2 * int(std::ceil(document.documentMargin()));
    document.setHtml(ReportBuilder::html(data, ReportBuilder::Image::Resource, textWidth));
}

QString ReportWriter::writePdf(const ReportData &data, const QString &path)
{
    if (const QString problem = ExportJob::checkTarget(path); !problem.isEmpty())
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openError(file, path);
    {
        QPdfWriter pdf(&file);
        // Landscape: the table of rows needs the width (and QTextDocument only keeps its column
        // widths when every column fits).
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        // Device units of 1/96 inch: the page is laid out as a browser would lay it out.
        pdf.setResolution(ScreenDpi);
        pdf.setTitle(tr("HTTP.sys error report"));
        pdf.setCreator(QStringLiteral("HttpErr Viewer " HTTPERR_VERSION));
        const QRectF page(QPointF(0, 0),
                          QSizeF(pdf.pageLayout().paintRectPixels(ScreenDpi).size()));
        QTextDocument document;
        fill(document, data, int(page.width()));
        document.setPageSize(page.size());
        // Painted page by page rather than with QTextDocument::print(), which lays tables out
        // again at the printer's resolution and loses the column widths on the way.
        QPainter painter(&pdf);
        for (int i = 0; i < document.pageCount(); ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            painter.translate(0, -page.height() * i);
            document.drawContents(&painter, page.translated(0, page.height() * i));
            painter.restore();
        }
    }
    if (!file.commit())
        return commitError(file, path);
    return {};
}
