#include "headlessinput.h"

#include "commandline.h"
#include "console.h"
#include "nativepath.h"
#include "rowfilter.h"
#include "textdecode.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// Each file's problems are all worth a line, but one broken file must not bury the others:
// list a few malformed lines per file and count the rest.
constexpr int MaxLineProblemsPerFile = 10;

void printProblems(const std::vector<LogProblem> &problems)
{
    QHash<QString, int> listed;
    QHash<QString, int> unlisted;
    QStringList unlistedOrder;
    for (const LogProblem &p : problems) {
        if (p.isLineProblem() || p.code == LogProblem::Code::TooManyProblems) {
            if (listed[p.path]++ >= MaxLineProblemsPerFile) {
                if (!unlisted.contains(p.path))
                    unlistedOrder << p.path;
                ++unlisted[p.path];
                continue;
            }
        }
        const QString path = NativePath::display(p.path);
        const QString where = p.line > 0 ? QStringLiteral("%1:%2").arg(path).arg(p.line) : path;
        QString text = where + QStringLiteral(": ") + p.message();
        if (!p.raw.isEmpty())
            text += QStringLiteral(": ") + TextDecode::toDisplayText(p.raw);
        Console::status(text);
    }
    for (const QString &path : std::as_const(unlistedOrder))
        Console::status(
            QCoreApplication::translate("SummaryCommand", "%1: ... and %2 more problems not shown")
                .arg(NativePath::display(path))
                .arg(unlisted.value(path)));
}
} // namespace

std::unique_ptr<HeadlessInput> HeadlessInput::load(const CommandLineOptions &options)
{
    auto input = std::make_unique<HeadlessInput>();
    DirectLoader::load(options.inputs(), input->loaded);
    printProblems(input->loaded.problems);
    if (!options.filter.isEmpty()) {
        RowFilter filter(options.filter);
        filter.attach(&input->loaded.store);
        auto rows = std::make_shared<std::vector<uint32_t>>();
        rows->reserve(input->loaded.store.rowCount());
        filter.collect(0, input->loaded.store.rowCount(), *rows);
        input->rows = std::move(rows);
    }
    return input;
}
