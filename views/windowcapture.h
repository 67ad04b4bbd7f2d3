#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QWidget;

// Pictures of the whole window as the user sees it, for "Save Screenshot…" and
// "Copy Screenshot".
namespace WindowCapture {
// Asks for a file (PNG or JPEG) and saves the window there. Returns the file, or empty when
// the user cancelled or saving failed (then a message was shown).
QString saveDialog(QWidget *window);
// Saves a picture of `window` to `path` (format from the extension, PNG otherwise) through
// QSaveFile. Returns an error sentence, or empty on success.
QString save(QWidget *window, const QString &path);
// Puts a picture of `window` on the clipboard.
void copy(QWidget *window);
// "Save Screenshot…" and "Copy Screenshot" for `window`'s menu; `show` tells what happened.
QList<QAction *> actions(QWidget *window, const std::function<void(const QString &)> &show);
} // namespace WindowCapture
