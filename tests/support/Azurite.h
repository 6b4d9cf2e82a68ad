#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QUrl>

namespace Semina::Test {

// The Azurite blob endpoint started by the CTest fixture, with the emulator's well-known
// development account. A test that needs it fails (never skips) when the fixture is absent.
struct Azurite {
    QUrl blobEndpoint; // http://127.0.0.1:PORT/devstoreaccount1
    QString accountName;
    QByteArray accountKey; // base64, as published in Azure's emulator documentation

    static Result<Azurite> fromFixture();
    // A connection string as Azure's tools accept it, pointing at this emulator.
    [[nodiscard]] QString connectionString() const;
};

} // namespace Semina::Test
