#pragma once

#include <QString>

// Azure's naming rules, mirrored exactly (see DOMAIN.md, "Names and formats"), so a name
// Semina accepts is one the real service accepts too.
namespace Semina::Offline::AzureNames {

// xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, hex digits in either case, no braces.
bool isGuid(const QString &text);
// 3-24 characters, lower-case letters and digits only.
bool isStorageAccountName(const QString &text);
// 3-63 characters, lower-case letters, digits and hyphens, starting and ending with a letter or
// digit, never two hyphens in a row.
bool isContainerName(const QString &text);
// 3-64 characters, letters, digits, '-' and '_'.
bool isImportJobName(const QString &text);

} // namespace Semina::Offline::AzureNames
