#include "core/JobRunner.h"

namespace Semina {

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    // One worker: jobs parallelise inside themselves when they can use both cores.
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<Semina::Progress>();
    qRegisterMetaType<Semina::Warning>();
}

JobRunner::~JobRunner()
{
    if (m_context)
        m_context->cancel();
    // The job's listeners post to this object; it must outlive them.
    m_pool.waitForDone();
}

void JobRunner::cancel()
{
    if (m_context)
        m_context->cancel();
}

std::shared_ptr<JobContext> JobRunner::prepareContext()
{
    m_context = std::make_shared<JobContext>();
    m_context->setProgressListener([this](const Progress &progress) {
        QMetaObject::invokeMethod(
            this, [this, progress]() { Q_EMIT progressChanged(progress); }, Qt::QueuedConnection);
    });
    m_context->setWarningListener([this](const Warning &warning) {
        QMetaObject::invokeMethod(
            this, [this, warning]() { Q_EMIT warningRaised(warning); }, Qt::QueuedConnection);
    });
    m_running = true;
    Q_EMIT started();
    Q_EMIT runningChanged(true);
    return m_context;
}

void JobRunner::finishRun()
{
    m_running = false;
    Q_EMIT runningChanged(false);
}

} // namespace Semina
