#include "offline/OpenSsl.h"

#include "crypto/LibraryFailure.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace Semina::Offline::Ssl {

QString takeErrors()
{
    return Crypto::takeLibraryErrors();
}

Error failure(const char *call)
{
    return Crypto::libraryFailure(call);
}

QByteArray toDer(X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(certificate, &out) != length)
        return {};
    return der;
}

} // namespace Semina::Offline::Ssl
