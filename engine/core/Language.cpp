#include "core/Language.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Semina::Language {

QStringList supported()
{
    return {QStringLiteral("en"), QStringLiteral("it")};
}

Result<QString> choose(const QString &requested, const QString &remembered, const QLocale &system)
{
    const QStringList languages = supported();
    if (!requested.isEmpty()) {
        const QString wanted = requested.toLower();
        if (!languages.contains(wanted))
            return fail(ErrorCode::Usage,
                        QCoreApplication::translate("Semina::Language", "Unknown language \"%1\": use one of %2.")
                            .arg(requested, languages.join(QStringLiteral(", "))));
        return wanted;
    }
    if (languages.contains(remembered))
        return remembered;
    const QString systemLanguage = QLocale::languageToCode(system.language());
    if (languages.contains(systemLanguage))
        return systemLanguage;
    return QStringLiteral("en");
}

Result<> install(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));

    // English is the source language; its catalogue holds only the plural forms.
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/semina_%1.qm").arg(language))) {
        delete own;
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("Semina::Language", "The %1 translation is missing from this build.")
                        .arg(language));
    }
    QCoreApplication::installTranslator(own);
    if (language == QLatin1String("en"))
        return {};

    // Qt's own catalogue translates the standard buttons; without it they stay English.
    auto *qt = new QTranslator(&app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), qtDir)) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCWarning(lcCore) << "Qt's own translation for" << language << "was not found in" << qtDir;
        delete qt;
    }
    return {};
}

QString dateTimeText(const QDateTime &time)
{
    // QDateTime::toString(format) would name the month in English whatever the language.
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm:ss"));
}

} // namespace Semina::Language

namespace Semina::Language {

Result<QString> setUp(QCoreApplication &app, const QString &requested)
{
    static constexpr char kSettingsKey[] = "ui/language";
    QSettings settings;
    const auto language = choose(requested, settings.value(QLatin1String(kSettingsKey)).toString(), QLocale::system());
    if (!language)
        return language;
    if (!requested.isEmpty())
        settings.setValue(QLatin1String(kSettingsKey), *language);
    if (auto installed = install(app, *language); !installed)
        return fail(installed.error());
    return language;
}

} // namespace Semina::Language
