#pragma once

class MainWindow;
struct CommandLineOptions;

// --screenshot: waits for the window's load to end, renders it at the requested size and
// writes the PNG. Returns the exit status through the application's event loop.
namespace ScreenshotCommand {
void arm(MainWindow &window, const CommandLineOptions &options);
}
