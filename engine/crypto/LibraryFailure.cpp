#include "crypto/LibraryFailure.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/err.h>

namespace Semina::Crypto {

QString takeLibraryErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons.append(QString::fromLatin1(text));
    }
    return reasons.join(QLatin1Char('\n'));
}

Error libraryFailure(const char *what)
{
    return Error{ErrorCode::Internal,
                 QCoreApplication::translate("Semina::Crypto", "The cryptographic library failed (%1).")
                     .arg(QLatin1String(what)),
                 takeLibraryErrors()};
}

} // namespace Semina::Crypto
