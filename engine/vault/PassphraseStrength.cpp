#include "vault/PassphraseStrength.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Semina::Vault {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::PassphraseStrength)
};

// The most common passwords of the published leak lists, lower case: the first guesses of
// anyone who tries. Kept short on purpose; the patterns below catch the rest of their kind.
const QStringList &commonPasswords()
{
    static const QStringList list{
        QStringLiteral("password"), QStringLiteral("passw0rd"),      QStringLiteral("passphrase"),
        QStringLiteral("iloveyou"), QStringLiteral("sunshine"),      QStringLiteral("princess"),
        QStringLiteral("football"), QStringLiteral("baseball"),      QStringLiteral("welcome"),
        QStringLiteral("letmein"),  QStringLiteral("monkey"),        QStringLiteral("dragon"),
        QStringLiteral("master"),   QStringLiteral("shadow"),        QStringLiteral("superman"),
        QStringLiteral("trustno1"), QStringLiteral("whatever"),      QStringLiteral("starwars"),
        QStringLiteral("computer"), QStringLiteral("michelle"),      QStringLiteral("jennifer"),
        QStringLiteral("admin"),    QStringLiteral("administrator"), QStringLiteral("changeme"),
        QStringLiteral("secret"),   QStringLiteral("login"),         QStringLiteral("access"),
        QStringLiteral("backup"),   QStringLiteral("semina"),        QStringLiteral("azure"),
        QStringLiteral("qwerty"),   QStringLiteral("abc123"),        QStringLiteral("123456"),
        QStringLiteral("ciao"),     QStringLiteral("amore"),         QStringLiteral("juventus"),
    };
    return list;
}

// Keyboard rows and the alphabet: a run taken from one of these is a pattern.
const QStringList &runs()
{
    static const QStringList list{QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
                                  QStringLiteral("0123456789"),
                                  QStringLiteral("qwertyuiop"),
                                  QStringLiteral("asdfghjkl"),
                                  QStringLiteral("zxcvbnm"),
                                  QStringLiteral("qwertzuiop"),
                                  QStringLiteral("azertyuiop")};
    return list;
}

// The passphrase without the digits and symbols people add at the end ("password123!").
QString withoutTail(const QString &lower)
{
    qsizetype end = lower.size();
    while (end > 0 && !lower[end - 1].isLetter())
        --end;
    return lower.left(end);
}

bool isRun(const QString &text)
{
    if (text.size() < 3)
        return !text.isEmpty();
    if (text.count(text.front()) == text.size())
        return true;
    for (const QString &run : runs()) {
        QString reversed = run;
        std::reverse(reversed.begin(), reversed.end());
        if (run.contains(text) || reversed.contains(text))
            return true;
    }
    return false;
}

// Whether the passphrase is a common password or a pattern, possibly with a tail of digits
// and symbols, or only such a tail ("12345678").
bool isGuessable(const QString &passphrase)
{
    const QString lower = passphrase.toLower();
    const QString core = withoutTail(lower);
    if (core.isEmpty())
        return isRun(lower);
    // A year, a "123" or a "!" after the word adds little.
    constexpr qsizetype kShortTail = 6;
    return (commonPasswords().contains(core) || isRun(core))
        && (lower.size() - core.size() <= kShortTail || isRun(lower.mid(core.size())));
}

double estimateBits(const QString &passphrase)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const qsizetype characters = passphrase.toUcs4().size();
    return pool > 0 ? double(characters) * std::log2(double(pool)) : 0.0;
}

} // namespace

PassphraseStrength assessPassphrase(QByteArrayView passphrase)
{
    const QString text = QString::fromUtf8(passphrase);
    PassphraseStrength strength;
    strength.characters = int(text.toUcs4().size());
    if (strength.characters < kMinimumPassphraseLength) {
        strength.verdict = PassphraseStrength::Verdict::TooShort;
        strength.message = Text::tr("The passphrase has %n character(s): use at least %1, for example a few "
                                    "unrelated words.",
                                    nullptr, strength.characters)
                               .arg(kMinimumPassphraseLength);
        return strength;
    }
    if (isGuessable(text)) {
        strength.verdict = PassphraseStrength::Verdict::Weak;
        strength.message = Text::tr("The passphrase is a common password or a simple pattern, among the first "
                                    "guesses of anyone who has the drives: a few unrelated words are stronger and "
                                    "easier to remember.");
        return strength;
    }
    strength.bits = estimateBits(text);
    if (strength.bits < kWeakPassphraseBits) {
        strength.verdict = PassphraseStrength::Verdict::Weak;
        strength.message = Text::tr("The passphrase is weak (about %1 bits; %2 or more is good): make it longer, "
                                    "or mix upper- and lower-case letters, digits and other characters.")
                               .arg(int(strength.bits))
                               .arg(int(kWeakPassphraseBits));
    }
    return strength;
}

Result<PassphraseStrength> checkNewPassphrase(QByteArrayView passphrase)
{
    PassphraseStrength strength = assessPassphrase(passphrase);
    if (!strength.acceptable())
        return fail(ErrorCode::InvalidInput, strength.message);
    return strength;
}

} // namespace Semina::Vault
