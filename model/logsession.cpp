#include "logsession.h"

LogSession::LogSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_loader, &LogLoader::filesResolved, this,
            [this](const QStringList &files) { m_table.setFiles(files); });
    connect(&m_loader, &LogLoader::batchReady, this, &LogSession::onBatch);
    connect(&m_loader, &LogLoader::problemFound, this, [this](const LogProblem &p) {
        m_problems.append(p);
        Q_EMIT countsChanged();
    });
    connect(&m_loader, &LogLoader::progressChanged, this, &LogSession::progressChanged);
    connect(&m_loader, &LogLoader::finished, this, [this](bool cancelled) {
        m_table.finishLoading();
        Q_EMIT countsChanged();
        Q_EMIT loadFinished(cancelled);
    });
}

void LogSession::open(const QStringList &paths)
{
    m_loader.cancel();
    m_paths = paths;
    m_malformed = 0;
    m_table.reset();
    m_problems.clear();
    Q_EMIT loadStarted();
    Q_EMIT countsChanged();
    m_loader.start(paths);
}

void LogSession::cancel()
{
    m_loader.cancel();
}

void LogSession::onBatch(const LogBatchPtr &batch)
{
    m_table.appendBatch(*batch);
    m_problems.append(batch->problems);
    m_malformed += batch->malformed;
    Q_EMIT countsChanged();
}
