#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
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
    // The same endpoint authorized by an account SAS signed with the account key, as the Azure
    // portal makes them: blob service, resource types "sco", the given permissions (Azure's
    // letters: r read, w write, d delete, l list, a add, c create), valid until `expiry`.
    [[nodiscard]] Result<QString> sasConnectionString(const QByteArray &permissions, const QDateTime &expiry) const;
};

} // namespace Semina::Test
