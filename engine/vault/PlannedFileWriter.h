#pragma once

#include "core/Error.h"
#include "vault/RestorePlan.h"

#include <QByteArrayView>

#include <vector>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class TargetFolder;

// One restore worker's writes into the files a RestorePlan created. A few descriptors stay
// open (chunks arrive mostly in file order); each file is reopened beneath the target without
// following links and must still be the very file the plan created.
class PlannedFileWriter {
public:
    static constexpr size_t kOpenFiles = 32;

    PlannedFileWriter(const TargetFolder &target, RestorePlan &plan, JobContext &context);
    ~PlannedFileWriter();
    PlannedFileWriter(const PlannedFileWriter &) = delete;
    PlannedFileWriter &operator=(const PlannedFileWriter &) = delete;

    // Writes `data` at `offset` (pwrite: workers fill one file at different places at once).
    Result<> write(quint32 file, qint64 offset, QByteArrayView data);
    // The file's last chunk is in place: applies its metadata and closes it here.
    Result<> finish(quint32 file);

private:
    Result<int> descriptor(quint32 file);
    void forget(quint32 file);

    struct OpenFile {
        quint32 file = 0;
        int fd = -1;
    };

    const TargetFolder &m_target;
    RestorePlan &m_plan;
    JobContext &m_context;
    std::vector<OpenFile> m_open; // most recently used first
};

} // namespace Semina::Vault
