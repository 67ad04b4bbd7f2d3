#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QString>

// Writes a ReportData as a self-contained HTML page (the chart embedded as a base64 PNG, no
// external files) for a browser or a PDF, and as a short Markdown summary for a ticket.
// Pure functions of the data: no I/O, no widgets.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    enum class Image : uint8_t {
        DataUri,  // the chart inside the page, for a file that travels alone
        Resource, // <img src="httperr-chart.png">, for QTextDocument with the image added
    };
    // The page's margin around the body, in CSS pixels: a page `w` wide has w - 2 * BodyMargin
    // for the text and the chart.
    static constexpr int BodyMargin = 24;
    // The name the chart has in Resource mode.
    static QString chartResourceName() { return QStringLiteral("httperr-chart.png"); }

    // `maxChartWidth`: the widest the chart is shown, in CSS pixels (a page's text width).
    static QString html(const ReportData &data, Image image = Image::DataUri,
                        int maxChartWidth = 900);
    static QString markdown(const ReportData &data);
};
