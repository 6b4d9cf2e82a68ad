#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Semina::Azure {

// Where an Azure storage account is and how to prove who we are, as read from a connection
// string the way Azure's own tools accept it:
//   DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;EndpointSuffix=core.windows.net
//   BlobEndpoint=https://...;SharedAccessSignature=sv=...&sig=...
//   UseDevelopmentStorage=true        (Azurite / the storage emulator on 127.0.0.1:10000)
// Keys are case-insensitive; keys other than these are ignored. Never log an AzureAccount.
struct AzureAccount {
    QUrl blobEndpoint; // no trailing slash; for emulators it ends with the account name
    QString accountName;
    QByteArray accountKey; // base64; empty when a SAS is used
    QString sharedAccessSignature; // the query string without '?'; empty with a key

    // "Azure account NAME at HOST", for messages; no secret.
    [[nodiscard]] QString describe() const;
};

// InvalidInput with a message naming the missing or malformed part (never its value when the
// part is a secret).
Result<AzureAccount> parseConnectionString(const QString &connectionString);

// The connection string from AZURE_STORAGE_CONNECTION_STRING, NotFound when unset.
Result<AzureAccount> accountFromEnvironment();

// Splits a connection string into what may be kept in a settings file and the secret part
// (AccountKey, SharedAccessSignature) that belongs in the keychain. Joining them with ';'
// gives an equivalent connection string.
struct SplitConnectionString {
    QString settings;
    QByteArray secret;
};
SplitConnectionString splitConnectionString(const QString &connectionString);

} // namespace Semina::Azure
