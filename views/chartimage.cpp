#include "chartimage.h"

#include "bookmarkoverlay.h"
#include "exportjob.h"
#include "timelinechart.h"
#include "timelinedata.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace {
constexpr int JpegQuality = 92;

// The report page is white whatever the desktop theme: the chart is drawn in the colours of
// a light one.
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, QColor(31, 35, 40));
    p.setColor(QPalette::WindowText, QColor(31, 35, 40));
    return p;
}

constexpr int CaptionPadding = 6;

// The caption's lines in dark text on white, below the chart.
void drawCaption(QPainter &painter, const QRect &area, const QStringList &caption,
                 const QFont &font)
{
    painter.fillRect(area, Qt::white);
    painter.setPen(QColor(31, 35, 40));
    painter.setFont(font);
    painter.drawText(area.adjusted(CaptionPadding, CaptionPadding, -CaptionPadding, 0),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                     caption.join(QLatin1Char('\n')));
}

bool writePdf(TimelineChart &chart, QIODevice *device, const QSize &size,
              const QStringList &caption)
{
    QPdfWriter pdf(device);
    const int captionHeight = ChartImage::captionHeight(caption, size.width(), chart.font());
    const QSize page(size.width(), size.height() + captionHeight);
    // One chart pixel is one point: the page is exactly the chart (and its caption).
    pdf.setResolution(72);
    pdf.setPageSize(QPageSize(QSizeF(page), QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(ChartImage::tr("HTTP.sys errors over time"));
    pdf.setCreator(QStringLiteral("HttpErr Viewer " HTTPERR_VERSION));
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    chart.toPainter(&painter, size.width(), size.height());
    if (captionHeight > 0)
        drawCaption(painter, QRect(0, size.height(), size.width(), captionHeight), caption,
                    chart.font());
    return painter.end();
}
} // namespace

std::optional<ChartImage::Format> ChartImage::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return Format::Jpeg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ChartImage::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Jpeg:
        return QStringLiteral("jpg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::unique_ptr<TimelineChart> ChartImage::copyOf(const TimelineChart &shown, const QSize &size)
{
    auto chart = std::make_unique<TimelineChart>();
    chart->setPalette(shown.palette());
    chart->setFont(shown.font());
    chart->setDisplayZone(shown.displayZone());
    chart->setLocale(shown.locale());
    chart->setFixedStep(shown.fixedStep());
    if (shown.timelineData())
        chart->setTimelineData(shown.timelineData());
    chart->xAxis->setRange(shown.xAxis->range());
    chart->setSelectedSpike(shown.selectedSpike());
    if (const BookmarkModel *bookmarks = shown.bookmarks()) {
        // The bookmarks too, their labels placed for this size; gone with the copy.
        chart->setBookmarks(bookmarks);
        auto *overlay = new BookmarkOverlay(chart.get(), bookmarks);
        overlay->rebuild();
        QObject::connect(chart.get(), &QObject::destroyed, [overlay] { delete overlay; });
    }
    chart->layOutAt(size);
    return chart;
}

int ChartImage::captionHeight(const QStringList &caption, int width, const QFont &font)
{
    if (caption.isEmpty())
        return 0;
    const QRect text = QFontMetrics(font).boundingRect(
        QRect(0, 0, width - 2 * CaptionPadding, 100000), Qt::TextWordWrap | Qt::AlignLeft,
        caption.join(QLatin1Char('\n')));
    return text.height() + 2 * CaptionPadding;
}

QImage ChartImage::image(const TimelineChart &shown, const QSize &size, double scale,
                         const QStringList &caption)
{
    const QImage chart =
        copyOf(shown, size)->toPixmap(size.width(), size.height(), scale).toImage();
    const int height = captionHeight(caption, size.width(), shown.font());
    if (height == 0)
        return chart;
    QImage out(chart.width(), chart.height() + int(height * scale), QImage::Format_ARGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, chart);
    painter.scale(scale, scale);
    drawCaption(painter, QRect(0, size.height(), size.width(), height), caption, shown.font());
    painter.end();
    return out;
}

QString ChartImage::save(const TimelineChart &shown, const QString &path, const QSize &size,
                         const QStringList &caption)
{
    const auto format = formatOf(path);
    if (!format)
        return tr("“%1” ends neither in .png, .jpg nor .pdf.").arg(QDir::toNativeSeparators(path));
    if (const QString problem = ExportJob::checkTarget(path); !problem.isEmpty())
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot create “%1”: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    bool ok = false;
    if (*format == Format::Pdf) {
        const auto chart = copyOf(shown, size);
        ok = writePdf(*chart, &file, size, caption);
    } else {
        const QImage picture = image(shown, size, 1.0, caption);
        ok = *format == Format::Png
                 ? picture.save(&file, "PNG")
                 : picture.convertToFormat(QImage::Format_RGB32).save(&file, "JPG", JpegQuality);
    }
    if (!ok || !file.commit()) {
        file.cancelWriting();
        return tr("Could not save the chart to “%1”.").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

void ChartImage::copy(const TimelineChart &shown, const QSize &size, const QStringList &caption)
{
    QGuiApplication::clipboard()->setImage(image(shown, size, 1.0, caption));
}

QByteArray ChartImage::reportPng(const LogStore &store, const std::vector<uint32_t> *rows,
                                 const QSize &size, double scale, const DisplayZone &zone)
{
    if (store.rowCount() == 0 || (rows && rows->empty()))
        return {};
    TimelineData data(&store);
    if (rows) {
        // The collector hands out the report's rows in store order, as the counting wants.
        auto sorted = std::make_shared<std::vector<uint32_t>>(*rows);
        if (!std::is_sorted(sorted->begin(), sorted->end()))
            std::sort(sorted->begin(), sorted->end());
        data.setRowCollector([sorted](size_t first, size_t last, std::vector<uint32_t> &out) {
            const auto from = std::lower_bound(sorted->begin(), sorted->end(), uint32_t(first));
            const auto to = std::lower_bound(from, sorted->end(), uint32_t(last));
            out.insert(out.end(), from, to);
        });
    }
    data.flush();
    TimelineChart chart;
    chart.setPalette(lightPalette());
    chart.setDisplayZone(zone);
    chart.setTimelineData(&data);
    chart.layOutAt(size);
    const QImage picture = chart.toPixmap(size.width(), size.height(), scale).toImage();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return png;
}
