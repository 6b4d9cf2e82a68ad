#include "drives/RecoveryPassword.h"

#include "crypto/Random.h"

#include <QCoreApplication>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::RecoveryPassword)
};

// The check digit of five digits, or 10 when the group cannot have one.
int checkDigit(QByteArrayView five)
{
    int sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += (i + 1) * (five[i] - '0');
    return sum % 11;
}

} // namespace

bool RecoveryPassword::groupIsValid(QByteArrayView group)
{
    if (group.size() != kGroupDigits)
        return false;
    for (const char c : group)
        if (c < '0' || c > '9')
            return false;
    return checkDigit(group.first(5)) == group[5] - '0';
}

Result<RecoveryPassword> RecoveryPassword::generate()
{
    QByteArray digits;
    digits.reserve(kGroups * kGroupDigits);
    while (digits.size() < kGroups * kGroupDigits) {
        // Five digits from 17 random bits by rejection: values >= 100000 are drawn again, so
        // every group is equally likely.
        auto bytes = Crypto::randomBytes(4);
        if (!bytes)
            return fail(bytes.error());
        const quint32 value
            = (quint32(quint8(bytes->at(0))) | quint32(quint8(bytes->at(1))) << 8 | quint32(quint8(bytes->at(2))) << 16)
            & 0x1FFFF;
        if (value >= 100000)
            continue;
        const QByteArray five = QByteArray::number(value).rightJustified(5, '0');
        const int check = checkDigit(five);
        if (check == 10)
            continue;
        digits += five;
        digits += char('0' + check);
    }
    return RecoveryPassword(digits);
}

Result<RecoveryPassword> RecoveryPassword::parse(const QString &typed)
{
    QByteArray digits;
    for (const QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            digits += char(c.unicode());
        else if (c.isLetter())
            return fail(ErrorCode::InvalidInput,
                        Text::tr("A recovery password has only digits: eight groups of six, e.g. "
                                 "123456-234567-...; check what was typed."));
    }
    if (digits.size() != kGroups * kGroupDigits)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("A recovery password has 48 digits in eight groups of six; %1 digits were given: "
                             "type it again from the printed copy.")
                        .arg(digits.size()));
    for (int group = 0; group < kGroups; ++group) {
        const QByteArrayView six = QByteArrayView(digits).sliced(group * kGroupDigits, kGroupDigits);
        if (!groupIsValid(six))
            return fail(ErrorCode::InvalidInput,
                        Text::tr("Group %1 of the recovery password is mistyped: check its six digits against "
                                 "the printed copy.")
                            .arg(group + 1));
    }
    return RecoveryPassword(digits);
}

QString RecoveryPassword::toString() const
{
    QStringList groups;
    for (int group = 0; group < kGroups; ++group)
        groups << QString::fromLatin1(m_digits.mid(group * kGroupDigits, kGroupDigits));
    return groups.join(QLatin1Char('-'));
}

} // namespace Semina::Drives
