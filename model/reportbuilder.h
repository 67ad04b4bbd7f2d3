#pragma once

#include "reportdata.h"

#include <QString>

// Writes a ReportData as a self-contained HTML page (the chart embedded as a base64 PNG, no
// external files) for a browser or a PDF, and as a short Markdown summary for a ticket.
// Pure functions of the data: no I/O, no widgets.
class ReportBuilder
{
public:
    enum class Image : uint8_t {
        DataUri,  // the chart inside the page, for a file that travels alone
        Resource, // <img src="httperr-chart.png">, for QTextDocument with the image added
    };
    // The name the chart has in Resource mode.
    static QString chartResourceName() { return QStringLiteral("httperr-chart.png"); }

    // `maxChartWidth`: the widest the chart is shown, in CSS pixels (a page's text width).
    static QString html(const ReportData &data, Image image = Image::DataUri,
                        int maxChartWidth = 900);
    static QString markdown(const ReportData &data);
};
