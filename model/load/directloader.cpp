#include "directloader.h"

#include "loadjob.h"

namespace {
class StoreSink final : public LoadSink
{
public:
    explicit StoreSink(DirectLoader::Result &result)
        : m_result(result)
    {}
    void filesResolved(const LogFileSet &files) override
    {
        m_result.files = files.files();
        m_result.store.setFileSet(files);
        m_result.requests.setFileSet(files);
    }
    bool wantsRequests() const override { return true; }
    void requestBatchReady(RequestBatchPtr batch) override
    {
        m_result.requests.append(*batch);
        m_result.requestsMalformed += batch->malformed;
        m_result.problems.insert(m_result.problems.end(), batch->problems.begin(),
                                 batch->problems.end());
    }
    void batchReady(LogBatchPtr batch) override
    {
        if (!m_reserved && batch->rowCount() > 0) {
            // Room for all rows at once: growing a column by copying would double its memory.
            m_reserved = true;
            m_result.store.reserve(LogStore::estimateRows(uint64_t(m_total), *batch));
        }
        m_result.store.append(*batch);
        m_result.malformed += batch->malformed;
        m_result.problems.insert(m_result.problems.end(), batch->problems.begin(),
                                 batch->problems.end());
    }
    void problemFound(const LogProblem &problem) override { m_result.problems.push_back(problem); }
    void progressChanged(qint64, qint64 total) override { m_total = total; }
    bool isCancelled() const override { return false; }

private:
    DirectLoader::Result &m_result;
    qint64 m_total = 0;
    bool m_reserved = false;
};
} // namespace

void DirectLoader::load(const QStringList &paths, Result &result)
{
    StoreSink sink(result);
    LoadJob job(paths);
    job.run(sink);
    result.store.sortByTime();
    result.requests.sortByTime();
}
