#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

#include <qt6keychain/keychain.h>

namespace Semina {

struct KeychainThreadAnswer {
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data; // what a ReadPasswordJob returned
};

// The one thread of the process on which QtKeychain jobs run, with its own event loop, so
// that callers on any thread can wait for a job without a nested event loop.
// One thread for the whole process because libsecret binds its connection to the GLib
// context of the thread that first used it: answers to jobs started elsewhere never arrive.
// Everything in Semina (and its tests) that touches QtKeychain goes through here.
class KeychainThread {
public:
    using Answer = KeychainThreadAnswer;

    static KeychainThread &instance();

    // `makeJob` runs on the keychain thread and returns a configured, not yet started job
    // (auto-delete on); call() starts it and waits up to `timeout` for its answer.
    Answer call(const std::function<QKeychain::Job *()> &makeJob, std::chrono::milliseconds timeout);

    KeychainThread(const KeychainThread &) = delete;
    KeychainThread &operator=(const KeychainThread &) = delete;

private:
    KeychainThread();
    ~KeychainThread();

    struct Private;
    Private *d;
};

} // namespace Semina
