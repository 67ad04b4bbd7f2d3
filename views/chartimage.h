#pragma once

#include "displayzone.h"
#include "logstore.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class TimelineChart;

// Pictures of the timeline chart at any size: a chart of its own is laid out off screen at
// that size (over the same counts, range, bucket size, time zone and selected spike), so bars,
// ticks and labels fit the picture rather than being scaled from the widget.
class ChartImage
{
    Q_DECLARE_TR_FUNCTIONS(ChartImage)

public:
    enum class Format : uint8_t { Png, Jpeg, Pdf };
    // The format a file name asks for (.png, .jpg/.jpeg, .pdf).
    static std::optional<Format> formatOf(const QString &path);
    // The usual extension of a format, without the dot.
    static QString suffix(Format format);

    // A hidden chart showing what `shown` shows, laid out at `size`.
    static std::unique_ptr<TimelineChart> copyOf(const TimelineChart &shown, const QSize &size);
    // What `shown` shows as an image of `size` logical pixels times `scale`, with the lines of
    // `caption` (ChartCaption) below it when given.
    static QImage image(const TimelineChart &shown, const QSize &size, double scale = 1.0,
                        const QStringList &caption = {});
    // Saves what `shown` shows at `size` (and its caption below) to `path`, in the format of its
    // extension, through QSaveFile. PDF keeps the chart as vector graphics on a page of that
    // width in points. Returns an error sentence, or empty on success.
    static QString save(const TimelineChart &shown, const QString &path, const QSize &size,
                        const QStringList &caption = {});
    // Puts an image of what `shown` shows at `size` (and its caption) on the clipboard.
    static void copy(const TimelineChart &shown, const QSize &size,
                     const QStringList &caption = {});
    // The height the caption takes under a picture `width` pixels wide (0 without one).
    static int captionHeight(const QStringList &caption, int width, const QFont &font);

    // The report's picture of `rows` (null: every row): all of their time span in `zone`, light
    // colours whatever the theme, `size` logical pixels drawn at `scale`. PNG bytes; empty
    // when there are no rows.
    static QByteArray reportPng(const LogStore &store, const std::vector<uint32_t> *rows,
                                const QSize &size, double scale,
                                const DisplayZone &zone = DisplayZone());
};
