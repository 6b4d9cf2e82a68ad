#include "StopSignals.h"

#include "core/JobContext.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::StopSignals)
};

// The only thing the handler touches: a lock-free atomic is safe to store from a signal handler.
std::atomic<int> g_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void noteSignal(int number)
{
    g_signal.store(number, std::memory_order_relaxed);
}

void install(int number, struct sigaction &previous)
{
    struct sigaction action { };
    action.sa_handler = noteSignal;
    sigemptyset(&action.sa_mask);
    // The first signal asks for a clean stop; the handler is then reset, so a second one ends
    // the process as it would without Semina.
    action.sa_flags = SA_RESETHAND;
    ::sigaction(number, &action, &previous);
}
} // namespace

StopSignals::StopSignals(JobContext &context, Rerun rerun)
    : m_rerun(rerun)
{
    g_signal.store(0, std::memory_order_relaxed);
    install(SIGINT, m_previousInterrupt);
    install(SIGTERM, m_previousTerminate);
    m_watcher = std::jthread([&context](std::stop_token stop) {
        using namespace std::chrono_literals;
        while (!stop.stop_requested()) {
            if (g_signal.load(std::memory_order_relaxed) != 0) {
                context.cancel();
                return;
            }
            std::this_thread::sleep_for(20ms);
        }
    });
}

StopSignals::~StopSignals()
{
    m_watcher.request_stop();
    m_watcher.join();
    ::sigaction(SIGINT, &m_previousInterrupt, nullptr);
    ::sigaction(SIGTERM, &m_previousTerminate, nullptr);
}

Error StopSignals::stopped(const Error &error) const
{
    if (error.code != ErrorCode::Cancelled)
        return error;
    return {ErrorCode::Cancelled,
            m_rerun == Rerun::Continues ? Text::tr("Stopped; run the same command to continue.")
                                        : Text::tr("Stopped; run the same command to start again."),
            error.details};
}

} // namespace Semina::Cli
