#include "crypto/Random.h"

#include <QCoreApplication>

#include <openssl/rand.h>

#include <climits>

namespace Semina::Crypto {

Result<> fillRandom(char *target, qsizetype count)
{
    if (count < 0 || count > INT_MAX)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("Semina::Crypto", "Asked for an impossible number of random bytes."));
    if (count == 0)
        return {};
    if (RAND_bytes(reinterpret_cast<unsigned char *>(target), int(count)) != 1)
        return fail(
            ErrorCode::Internal,
            QCoreApplication::translate("Semina::Crypto", "The system's random number generator failed (RAND_bytes)."));
    return {};
}

Result<QByteArray> randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (auto ok = fillRandom(out.data(), count); !ok)
        return fail(ok.error());
    return out;
}

} // namespace Semina::Crypto
