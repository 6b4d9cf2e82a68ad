#pragma once

#include "core/Error.h"

#include <csignal>
#include <thread>

namespace Semina {
class JobContext;
}

namespace Semina::Cli {

// Ctrl+C (SIGINT) and SIGTERM while a long command runs stop its job cleanly: the handler only
// sets an atomic flag (and puts the default action back, so a second Ctrl+C ends the process at
// once); a thread of its own polls the flag and cancels the job through its JobContext. The job
// then stops at its next check, keeps what is written, releases the vault's lock and returns
// Cancelled, which stopped() words for the command line (exit code 9).
class StopSignals {
public:
    enum class Rerun { Continues, StartsAgain };

    StopSignals(JobContext &context, Rerun rerun = Rerun::Continues);
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    // `error` as the command reports it: a cancellation says what stopped and what to do next.
    [[nodiscard]] Error stopped(const Error &error) const;

private:
    Rerun m_rerun;
    struct sigaction m_previousInterrupt { };
    struct sigaction m_previousTerminate { };
    std::jthread m_watcher;
};

} // namespace Semina::Cli
