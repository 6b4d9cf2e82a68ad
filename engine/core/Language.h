#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Semina::Language {

// The languages Semina is translated into; English is the source language.
QStringList supported();

// The language to use: an explicit request (--lang) wins, then the remembered choice, then
// the system locale when Semina speaks it, else English. An unknown request is an error.
Result<QString> choose(const QString &requested, const QString &remembered, const QLocale &system);

// Installs Semina's catalogue and Qt's own (for the standard buttons) into `app`, and makes
// the language's locale the default for formatting. Call it before creating any widget:
// QWizard fixes its button texts when it is constructed.
Result<> install(QCoreApplication &app, const QString &language);

// A date and time for people, in local time and the chosen language (the default locale that
// install() sets): "4 Dec 2026 14:05:09", "4 dic 2026 14:05:09". Files and JSON keep ISO 8601.
QString dateTimeText(const QDateTime &time);

// What both programs do at start-up: choose the language from --lang (remembering an explicit
// choice in the settings) or from the settings and the system, then install it.
Result<QString> setUp(QCoreApplication &app, const QString &requested);

} // namespace Semina::Language
