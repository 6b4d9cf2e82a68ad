#include "core/Error.h"

#include <cstring>

namespace Semina {

QString systemErrorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return QCoreApplication::translate("Semina::Error", "usage error");
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("Semina::Error", "invalid input");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("Semina::Error", "not found");
    case ErrorCode::AccessDenied:
        return QCoreApplication::translate("Semina::Error", "access denied");
    case ErrorCode::Corruption:
        return QCoreApplication::translate("Semina::Error", "data damaged");
    case ErrorCode::Io:
        return QCoreApplication::translate("Semina::Error", "file system error");
    case ErrorCode::Network:
        return QCoreApplication::translate("Semina::Error", "network error");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("Semina::Error", "cancelled");
    case ErrorCode::KeychainUnavailable:
        return QCoreApplication::translate("Semina::Error", "keychain unavailable");
    case ErrorCode::Conflict:
        return QCoreApplication::translate("Semina::Error", "conflict");
    case ErrorCode::WaitingForImport:
        return QCoreApplication::translate("Semina::Error", "waiting for import job");
    case ErrorCode::Locked:
        return QCoreApplication::translate("Semina::Error", "vault in use");
    case ErrorCode::Internal:
        break;
    }
    return QCoreApplication::translate("Semina::Error", "internal error");
}

} // namespace Semina
