#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QString>

namespace Semina::Vault {

// Fewer characters than this are refused for a new passphrase (a vault, a seed, `key add`).
inline constexpr int kMinimumPassphraseLength = 8;
// Below this estimate a new passphrase is accepted with a warning.
inline constexpr double kWeakPassphraseBits = 50.0;

// How guessable a new passphrase is, estimated simply enough to explain in one sentence:
// its length times the bits of the character kinds it uses (lower-case letters, upper-case
// letters, digits, other characters), and nothing at all when it is a common password or a
// simple pattern (one character repeated, a run such as "12345678" or "qwertyui"), also with
// digits or symbols added at the end ("password123!").
struct PassphraseStrength {
    enum class Verdict { TooShort, Weak, Good };
    Verdict verdict = Verdict::Good;
    int characters = 0;
    double bits = 0; // the estimate; 0 for a common password or a pattern
    // Empty for Good; otherwise one sentence saying why and what to do, for a warning (Weak)
    // or an error (TooShort).
    QString message;

    [[nodiscard]] bool acceptable() const { return verdict != Verdict::TooShort; }
};

// The passphrase as UTF-8, as the vault takes it.
PassphraseStrength assessPassphrase(QByteArrayView passphrase);

// InvalidInput with the message when the passphrase is too short; the verdict otherwise.
Result<PassphraseStrength> checkNewPassphrase(QByteArrayView passphrase);

} // namespace Semina::Vault
