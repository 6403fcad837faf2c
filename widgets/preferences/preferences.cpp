// SPDX-License-Identifier: MIT
#include "widgets/preferences/preferences.h"

#include "engine/sandbox/backendregistry.h"

#include <QFontDatabase>
#include <QSettings>

namespace Bullpen {

namespace {
const auto BackendKey = QStringLiteral("engine/backend");
const auto KeepAliveKey = QStringLiteral("engine/keepAliveMinutes");
const auto AccountLimitKey = QStringLiteral("engine/accountConcurrencyLimit");
const auto ThemeKey = QStringLiteral("editor/theme");
const auto FontKey = QStringLiteral("editor/font");
const auto LanguageKey = QStringLiteral("window/language");
} // namespace

QStringList Preferences::backends()
{
    return BackendRegistry::ids();
}

QString Preferences::backendDisplayName(const QString &backend)
{
    // One name for each backend everywhere: the registry's.
    return BackendRegistry::displayName(backend);
}

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    const QString backend = settings.value(BackendKey, p.backend).toString();
    if (BackendRegistry::isKnown(backend))
        p.backend = backend;
    p.keepAliveMinutes = qBound(0, settings.value(KeepAliveKey, p.keepAliveMinutes).toInt(), 24 * 60);
    p.accountConcurrencyLimit
        = qBound(1, settings.value(AccountLimitKey, p.accountConcurrencyLimit).toInt(), MaxAccountConcurrency);
    p.editorTheme = settings.value(ThemeKey).toString();
    p.editorFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString font = settings.value(FontKey).toString();
    if (!font.isEmpty() && p.editorFont.fromString(font))
        p.customFont = true;
    p.language = settings.value(LanguageKey).toString();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(BackendKey, backend);
    settings.setValue(KeepAliveKey, keepAliveMinutes);
    settings.setValue(AccountLimitKey, accountConcurrencyLimit);
    if (editorTheme.isEmpty())
        settings.remove(ThemeKey);
    else
        settings.setValue(ThemeKey, editorTheme);
    if (customFont)
        settings.setValue(FontKey, editorFont.toString());
    else
        settings.remove(FontKey);
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

EngineSettings Preferences::engineSettings() const
{
    EngineSettings settings;
    settings.backend = backend;
    settings.keepAliveMs = qint64(keepAliveMinutes) * 60 * 1000;
    settings.accountConcurrencyLimit = accountConcurrencyLimit;
    return settings;
}

} // namespace Bullpen
