#include "offline/OpenSsl.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace Semina::Offline::Ssl {

QString takeErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons.append(QString::fromLatin1(text));
    }
    return reasons.join(QLatin1Char('\n'));
}

Error failure(const char *call)
{
    return Error{ErrorCode::Internal,
                 QCoreApplication::translate("Semina::Crypto", "The cryptographic library failed (%1).")
                     .arg(QLatin1String(call)),
                 takeErrors()};
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
