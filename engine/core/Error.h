#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace Semina {

// What went wrong, as a category the CLI maps to its documented exit codes (docs/CLI.md).
// Add a code only when a caller must react to it differently from the existing ones.
enum class ErrorCode {
    Usage = 2, // the command line itself is wrong
    InvalidInput = 3, // a value, file or form field is not acceptable
    NotFound = 4, // a named thing (file, vault, container, object, job) does not exist
    AccessDenied = 5, // wrong password, key, SAS or missing permission
    Corruption = 6, // data exists but fails verification
    Io = 7, // the local file system failed (full disk, unplugged drive, ...)
    Network = 8, // a remote service could not be reached or kept failing
    Cancelled = 9, // the user stopped the job; the work can be resumed
    KeychainUnavailable = 10, // no OS keychain answered
    Conflict = 11, // someone else changed the record, or it already exists
    WaitingForImport = 12, // the vault waits for its offline import job to complete
    Locked = 13, // another job holds the vault's lock: wait for it, then run again
    Internal = 70, // a bug in Semina
};

// An error a person can act on: `message` names the thing and the fix in one or two
// sentences; `details` carries the technical trail (paths, status codes) for a Details box.
// Never put a secret in either.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString details = {};

    // Prefix the message with where it happened, keeping the code and details.
    [[nodiscard]] Error prefixed(const QString &context) const
    {
        return {code, context + QStringLiteral(": ") + message, details};
    }
};

// Errors are returned, never thrown: Result<T> is T or an Error.
template <typename T = void> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString &message, const QString &details = {})
{
    return std::unexpected(Error{code, message, details});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

// The exit code the CLI returns for an error.
constexpr int exitCodeFor(ErrorCode code)
{
    return static_cast<int>(code);
}

// A short, translatable name of the category, for logs and the Details box.
QString errorCodeName(ErrorCode code);

// The system's text for an errno value, in the user's language where the C library has one.
QString systemErrorText(int error);

} // namespace Semina
