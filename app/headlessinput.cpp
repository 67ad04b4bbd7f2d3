#include "headlessinput.h"

#include "clickhousecatalog.h"
#include "clickhouseclient.h"
#include "clickhouseconnect.h"
#include "clickhouserowfetch.h"
#include "commandline.h"
#include "console.h"
#include "filtersql.h"
#include "nativepath.h"
#include "requestcoverage.h"
#include "rowfilter.h"
#include "textdecode.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// Each file's problems are all worth a line, but one broken file must not bury the others:
// list a few malformed lines per file and count the rest.
constexpr int MaxLineProblemsPerFile = 10;

} // namespace

void HeadlessInput::printProblems(const std::vector<LogProblem> &problems)
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

std::unique_ptr<HeadlessInput> HeadlessInput::load(const CommandLineOptions &options)
{
    if (options.database)
        return loadDatabase(options);
    auto input = std::make_unique<HeadlessInput>();
    input->loaded.requests.setClock(options.accessClock);
    DirectLoader::load(options.inputs(), input->loaded);
    const std::vector<LogProblem> coverage =
        RequestCoverage::check(input->loaded.store, input->loaded.requests);
    input->loaded.problems.insert(input->loaded.problems.end(), coverage.begin(), coverage.end());
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

std::unique_ptr<HeadlessInput> HeadlessInput::loadDatabase(const CommandLineOptions &options)
{
    auto input = std::make_unique<HeadlessInput>();
    QString error;
    auto fail = [&input, &error] {
        Console::error(error);
        input->failed = true;
        return std::move(input);
    };
    const std::unique_ptr<ClickHouseClient> client =
        ClickHouseConnect::open(*options.database, &error);
    if (!client)
        return fail();
    const std::optional<QByteArray> ledger =
        client->run(ClickHouseCatalog::query(client->url()), &error);
    if (!ledger)
        return fail();
    const std::optional<ClickHouseCatalog> catalog = ClickHouseCatalog::parse(*ledger);
    if (!catalog) {
        error = QCoreApplication::translate("SummaryCommand", "The ledger of %1 could not be read.")
                    .arg(options.database->shortName());
        return fail();
    }
    input->databaseRows = catalog->rows();
    input->loaded.malformed = catalog->malformed();
    input->loaded.files = catalog->fileSet().files();
    const FilterSql filter(options.filter, catalog->servers());
    if (options.summary) {
        input->database = ClickHouseSummary::compute(*client, *catalog, filter, &error);
        if (!input->database)
            return fail();
    }
    if (options.exportPath.isEmpty() && options.reportPath.isEmpty())
        return input;
    // A report also tells about the rows the filters leave out (totals, files, gaps): it gets
    // every row and filters here; an export only needs the passing rows.
    const bool filterHere = !options.reportPath.isEmpty() && !options.filter.isEmpty();
    const QByteArray condition = filterHere ? QByteArray("1") : filter.condition();
    if (!ClickHouseRowFetch::load(*client, *catalog, condition, input->loaded.store, &error))
        return fail();
    if (filterHere) {
        RowFilter local(options.filter);
        local.attach(&input->loaded.store);
        auto rows = std::make_shared<std::vector<uint32_t>>();
        local.collect(0, input->loaded.store.rowCount(), *rows);
        input->rows = std::move(rows);
    }
    return input;
}
