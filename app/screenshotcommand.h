#pragma once

#include <QStringList>

class MainWindow;
struct CommandLineOptions;

// --screenshot: waits for the window's load to end, renders it at the requested size and
// writes the PNG. Returns the exit status through the application's event loop.
namespace ScreenshotCommand {
void arm(MainWindow &window, const CommandLineOptions &options);
// Opens `paths` in `window` as the window does, except that nobody is asked anything: a file
// a session names that is not there is said on stderr and left out. False (the error said)
// when nothing can be opened, so the command exits at once instead of waiting for a load.
bool open(MainWindow &window, const QStringList &paths);
} // namespace ScreenshotCommand
