#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace Semina::Drives {

// A drive's recovery password: 48 digits in eight groups of six, shown once when the drive is
// prepared and typed at the station when the keychain is not at hand. Each group is five random
// digits and a check digit (weights 1..5 modulo 11, groups whose check would be 10 are drawn
// again), so any one wrong digit or two swapped neighbours in a group are caught and the group
// is named before the slow key derivation runs. About 132 bits of randomness in all.
class RecoveryPassword {
public:
    static constexpr int kGroups = 8;
    static constexpr int kGroupDigits = 6;

    // A fresh password from OpenSSL's random generator.
    static Result<RecoveryPassword> generate();
    // Typing is forgiving: spaces, dashes and other separators are ignored. InvalidInput when
    // the count of digits is wrong, or naming the first group (1-8) whose check fails.
    static Result<RecoveryPassword> parse(const QString &typed);

    // "123456-234567-...": eight groups joined by dashes, as shown to people.
    [[nodiscard]] QString toString() const;
    // The 48 digits, the secret the key-encryption key is derived from.
    [[nodiscard]] const QByteArray &digits() const { return m_digits; }

    // Whether six digits form a valid group.
    static bool groupIsValid(QByteArrayView group);

private:
    explicit RecoveryPassword(QByteArray digits)
        : m_digits(std::move(digits))
    {
    }

    QByteArray m_digits;
};

} // namespace Semina::Drives
