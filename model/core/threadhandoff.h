#pragma once

// Marks where work crosses threads through Qt's own machinery (a thread pool's queue, a
// future's end). Qt is not built with ThreadSanitizer here, so TSan cannot see the ordering
// Qt guarantees there and would report the data handed over as a race. release() before the
// hand-over and acquire() on the other side (same token) tell it; without TSan both are nothing.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define HTTPERR_TSAN_ANNOTATIONS 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define HTTPERR_TSAN_ANNOTATIONS 1
#endif

#ifdef HTTPERR_TSAN_ANNOTATIONS
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace ThreadHandoff {
inline void release([[maybe_unused]] const void *token)
{
#ifdef HTTPERR_TSAN_ANNOTATIONS
    __tsan_release(const_cast<void *>(token));
#endif
}

inline void acquire([[maybe_unused]] const void *token)
{
#ifdef HTTPERR_TSAN_ANNOTATIONS
    __tsan_acquire(const_cast<void *>(token));
#endif
}
} // namespace ThreadHandoff

#include <QFuture>
#include <QFutureInterface>
#include <QRunnable>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace ThreadHandoff {
// Runs `fn` on `pool` as QtConcurrent::run would, and returns its future; the task is handed
// over with release()/acquire() around the pool's queue, so TSan sees everything the caller
// did before as done before `fn` runs, and the pool's deletion of the task after it.
template <typename F> auto run(QThreadPool *pool, F fn) -> QFuture<std::invoke_result_t<F>>
{
    using R = std::invoke_result_t<F>;
    class Task final : public QRunnable
    {
    public:
        explicit Task(F f)
            : m_fn(std::move(f))
        {
            m_interface.reportStarted();
        }
        QFuture<R> future() { return m_interface.future(); }
        void run() override
        {
            acquire(this);
            if constexpr (std::is_void_v<R>) {
                m_fn();
            } else {
                R result = m_fn();
                m_interface.reportResult(result);
            }
            m_interface.reportFinished();
        }

    private:
        F m_fn;
        QFutureInterface<R> m_interface;
    };
    auto *task = new Task(std::move(fn));
    QFuture<R> future = task->future();
    release(task);
    pool->start(task);
    return future;
}
} // namespace ThreadHandoff
