#include "secrets/KeychainThread.h"

#include <QThread>

#include <future>
#include <memory>

namespace Semina {

struct KeychainThread::Private {
    QThread thread;
    QObject context; // lives on `thread`; jobs are started from its queued calls
};

KeychainThread &KeychainThread::instance()
{
    static KeychainThread keychainThread;
    return keychainThread;
}

KeychainThread::KeychainThread()
    : d(new Private)
{
    d->thread.setObjectName(QStringLiteral("semina-keychain"));
    d->context.moveToThread(&d->thread);
    d->thread.start();
}

KeychainThread::~KeychainThread()
{
    d->thread.quit();
    d->thread.wait();
    delete d;
}

KeychainThread::Answer KeychainThread::call(const std::function<QKeychain::Job *()> &makeJob,
                                            std::chrono::milliseconds timeout)
{
    if (QThread::currentThread() == &d->thread)
        return {QKeychain::OtherError, QStringLiteral("the keychain was called from its own thread"), {}};
    auto promise = std::make_shared<std::promise<Answer>>();
    std::future<Answer> answer = promise->get_future();
    QMetaObject::invokeMethod(
        &d->context,
        [makeJob, promise]() {
            QKeychain::Job *job = makeJob();
            QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job *finished) {
                Answer a{finished->error(), finished->errorString(), {}};
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    a.data = read->binaryData();
                promise->set_value(std::move(a));
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (answer.wait_for(timeout) != std::future_status::ready)
        return {QKeychain::OtherError, QStringLiteral("the keychain did not answer in time"), {}};
    return answer.get();
}

} // namespace Semina
