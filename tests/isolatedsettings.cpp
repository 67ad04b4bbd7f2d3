// Compiled into every test that links the widgets (tests/CMakeLists.txt adds it): before the
// test runs, AppSettings keeps its settings in an INI file in a temporary folder, so no test
// reads or changes the user's settings (on Windows the registry, on macOS a property list) and
// each test process starts from none.
#include "appsettings.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace {
void isolateSettings()
{
    static QTemporaryDir folder;
    AppSettings::storeIn(folder.path());
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateSettings)
