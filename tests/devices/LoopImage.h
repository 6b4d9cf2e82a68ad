#pragma once

#include <QString>
#include <QStringList>

namespace Semina::Test {

// Runs a program and returns its standard output; `ok` tells whether it exited with 0.
QByteArray runProgram(const QString &program, const QStringList &arguments, bool *ok = nullptr,
                      QByteArray *errors = nullptr);

// Why loop-device tests cannot run here (not root, no losetup, no free loop device), or empty.
QString loopDevicesUnavailable();

// A sparse image file attached to a loop device. The destructor cleans up even after a failed
// test: it unmounts whatever is mounted from the device or from a loop device mapping it, then
// detaches those loop devices and its own.
class LoopImage {
public:
    LoopImage(const QString &folder, qint64 size);
    ~LoopImage();
    LoopImage(const LoopImage &) = delete;
    LoopImage &operator=(const LoopImage &) = delete;

    [[nodiscard]] bool isAttached() const { return !m_device.isEmpty(); }
    [[nodiscard]] const QString &device() const { return m_device; } // "/dev/loop4"
    [[nodiscard]] const QString &image() const { return m_image; }

private:
    QString m_image;
    QString m_device;
};

// The loop devices whose backing file is `device` (partition mappings).
QStringList loopsMapping(const QString &device);

} // namespace Semina::Test
