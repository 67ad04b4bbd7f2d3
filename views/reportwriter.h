#pragma once

#include "reportdata.h"

#include <QString>

#include <optional>

class QTextDocument;

// Writes a report file: HTML (self-contained, the chart embedded) or PDF (the same page laid
// out on A4 by QTextDocument). Files go through QSaveFile, so a failure leaves nothing behind
// and an existing file untouched. Needs a QGuiApplication for PDF (fonts).
namespace ReportWriter {
enum class Kind : uint8_t { Html, Pdf };
// The kind a file name asks for (.html, .htm, .pdf).
std::optional<Kind> kindOf(const QString &path);
// Writes `data` to `path` in the kind its extension names. Returns an error sentence, or an
// empty string on success.
QString write(const ReportData &data, const QString &path);
QString writeHtml(const ReportData &data, const QString &path);
QString writePdf(const ReportData &data, const QString &path);
// The report as a document `width` pixels wide, the chart added as a resource (for PDF and
// previews).
void fill(QTextDocument &document, const ReportData &data, int width);
} // namespace ReportWriter
