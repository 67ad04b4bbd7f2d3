// httperr-benchmark: generates logs in memory and prints how long filtering and sorting take.
// Usage: httperr-benchmark [ROWS...]   (default: 1000000 10000000)
#include "benchmark.h"
#include "generateddata.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace {
QString label(size_t rows)
{
    if (rows % 1000000 == 0)
        return QStringLiteral("%1M").arg(rows / 1000000);
    if (rows % 1000 == 0)
        return QStringLiteral("%1k").arg(rows / 1000);
    return QString::number(rows);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<size_t> sizes;
    for (const QString &arg : app.arguments().mid(1)) {
        bool ok = false;
        const qulonglong n = arg.toULongLong(&ok);
        if (!ok || n == 0) {
            std::fprintf(stderr, "usage: httperr-benchmark [ROWS...]\n");
            return 2;
        }
        sizes.push_back(size_t(n));
    }
    if (sizes.empty())
        sizes = {1000000, 10000000};
    std::printf("# %s, %d logical CPUs, Qt %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qVersion());

    for (const size_t rows : sizes) {
        LogTableModel table;
        LogFilterModel filter;
        filter.setSourceModel(&table);
        BenchmarkContext context{table, filter, label(rows)};
        QElapsedTimer timer;
        timer.start();
        filter.setLoading(true);
        GeneratedData::fill(table, rows);
        filter.setLoading(false);
        report(context, QStringLiteral("generate and append rows (no filter)"),
               double(timer.nsecsElapsed()) / 1e6, "ms");
        for (Benchmark &b : benchmarks())
            b.run(context);
    }
    return 0;
}
