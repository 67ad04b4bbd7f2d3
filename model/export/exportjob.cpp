#include "exportjob.h"

#include "clientipanonymizer.h"
#include "rowwriter.h"
#include "threadhandoff.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace {
constexpr size_t FlushBytes = 1 << 20;
constexpr size_t RowsPerCheck = 16384;
constexpr uint64_t PrefetchRows = 16; // how far ahead the writer asks for its strings

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

ExportJob::Result failure(const QString &message)
{
    ExportJob::Result result;
    result.status = ExportJob::Result::Status::Failed;
    result.error = message;
    return result;
}

// The message for a device that stopped taking bytes.
QString writeError(const QFileDevice &file, const QString &path)
{
    if (file.error() == QFileDevice::ResourceError)
        return ExportJob::tr(
                   "The disk is full: “%1” could not be written completely, so nothing was "
                   "saved. Free some space or choose another drive.")
            .arg(native(path));
    return ExportJob::tr("Writing “%1” failed (%2), so nothing was saved.")
        .arg(native(path), file.errorString());
}

bool writeAll(QIODevice &device, const std::string &bytes)
{
    return device.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
}
} // namespace

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        ThreadHandoff::acquire(&m_watcher); // the worker is done with the rows
        Result result;
        {
            const std::lock_guard lock(m_resultMutex);
            result = m_result;
        }
        Q_EMIT finished(result);
    });
}

ExportJob::~ExportJob()
{
    cancel();
    wait();
}

void ExportJob::wait()
{
    m_watcher.waitForFinished();
    ThreadHandoff::acquire(&m_watcher);
}

QString ExportJob::checkTarget(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("No file name was given.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("“%1” is a folder. Choose a file name inside it.").arg(native(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return tr("The folder “%1” does not exist.").arg(native(folder.filePath()));
    if (!folder.isDir())
        return tr("“%1” is not a folder.").arg(native(folder.filePath()));
    if (!folder.isWritable())
        return tr("You cannot write to the folder “%1”. Choose another folder.")
            .arg(native(folder.filePath()));
    if (info.exists() && !info.isWritable())
        return tr("“%1” is read-only.").arg(native(path));
    return {};
}

ExportJob::Result ExportJob::write(const Request &request, QIODevice &device,
                                   const Progress &progress)
{
    const LogStore &store = *request.store;
    std::vector<ExportColumn> columns =
        request.columns.empty() ? ExportColumn::all(store) : request.columns;
    std::unique_ptr<RowWriter> writer =
        RowWriter::create(request.format, store, std::move(columns));
    std::unique_ptr<ClientIpAnonymizer> anonymizer;
    if (request.anonymize) {
        anonymizer = std::make_unique<ClientIpAnonymizer>();
        writer->setAnonymizer(anonymizer.get());
    }
    if (request.format != ExportFormat::HttpErr)
        writer->setTimeZone(request.zone);

    const std::vector<uint32_t> *rows = request.rows.get();
    const uint64_t total = rows ? rows->size() : store.rowCount();
    Result result;
    std::string buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    writer->begin(buffer);
    auto rowAt = [rows](uint64_t i) { return rows ? size_t((*rows)[i]) : size_t(i); };
    for (uint64_t i = 0; i < total; ++i) {
        if (i + PrefetchRows < total)
            writer->prefetch(rowAt(i + PrefetchRows));
        if (i + PrefetchRows / 2 < total)
            writer->prefetchText(rowAt(i + PrefetchRows / 2));
        writer->writeRow(rowAt(i), buffer);
        if (buffer.size() >= FlushBytes) {
            if (!writeAll(device, buffer)) {
                result.error = device.errorString();
                return result;
            }
            result.bytes += buffer.size();
            buffer.clear();
        }
        if ((i + 1) % RowsPerCheck == 0 && progress && !progress(i + 1, total)) {
            result.status = Result::Status::Cancelled;
            return result;
        }
    }
    if (!writeAll(device, buffer)) {
        result.error = device.errorString();
        return result;
    }
    result.bytes += buffer.size();
    result.rows = total;
    if (progress && !progress(total, total)) {
        result.status = Result::Status::Cancelled;
        return result;
    }
    result.status = Result::Status::Written;
    return result;
}

ExportJob::Result ExportJob::run(const Request &request, const Progress &progress)
{
    if (const QString problem = checkTarget(request.path); !problem.isEmpty())
        return failure(problem);
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot create “%1”: %2.").arg(native(request.path), file.errorString()));
    Result result = write(request, file, progress);
    if (result.status == Result::Status::Failed) {
        result.error = writeError(file, request.path);
        file.cancelWriting();
        return result;
    }
    if (result.status == Result::Status::Cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return failure(writeError(file, request.path));
    return result;
}

void ExportJob::start(const Request &request)
{
    cancel();
    wait();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    // The destructor waits for the worker, so `this` outlives it.
    m_watcher.setFuture(
        ThreadHandoff::run(QThreadPool::globalInstance(), [this, request, cancelled] {
            QElapsedTimer clock;
            clock.start();
            const Result result = run(request, [&](uint64_t done, uint64_t total) {
                if (clock.elapsed() >= 100 || done == total) {
                    clock.restart();
                    // The signal by name, emitted on the GUI thread: a lambda's slot object would
                    // be shared by both threads through a reference count that ThreadSanitizer
                    // cannot see (Qt is not built with it).
                    QMetaObject::invokeMethod(this, "progressChanged", Qt::QueuedConnection,
                                              Q_ARG(qint64, qint64(done)),
                                              Q_ARG(qint64, qint64(total)));
                }
                return !cancelled->load();
            });
            {
                const std::lock_guard lock(m_resultMutex);
                m_result = result;
            }
            ThreadHandoff::release(&m_watcher);
        }));
}

void ExportJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}
