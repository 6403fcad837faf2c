// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Bullpen {

// Where the .qm files are: <prefix>/share/bullpen/translations beside the
// executables' bin/ (the build folder has the same layout; translations/CMakeLists.txt).
inline QString translationsDirectory()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bullpen/translations");
}

// The languages Bullpen's window speaks besides English, the source language.
inline QStringList translatedLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("pl") };
}

// Installs Bullpen's translation, and Qt's own for its dialogs, for language
// ("de", "pl"), or when it is empty for the first of the system's UI languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that Bullpen has; English wins when it
// comes first. Returns the language now spoken ("en" when neither de nor pl was
// installed). English, the source language, installs bullpen_en.qm all the
// same: its plural forms only ("%n difference(s)" reads "1 difference",
// "2 differences"; translations/CMakeLists.txt), else English would show the
// sources' "(s)".
inline QString installTranslations(const QString &language)
{
    QStringList wanted = language.isEmpty() ? QLocale::system().uiLanguages() : QStringList { language };
    auto *own = new QTranslator(QCoreApplication::instance());
    QString spoken = QStringLiteral("en");
    for (QString name : wanted) {
        name.replace(u'-', u'_');
        if (name == u"C" || name.startsWith(u"en"))
            break;
        // load() tries bullpen_pl_PL.qm, then bullpen_pl.qm.
        if (own->load(QStringLiteral("bullpen_") + name, translationsDirectory())) {
            spoken = own->language().section(u'_', 0, 0);
            break;
        }
    }
    // Read by the lessons (engine/lessons), whose texts are data files.
    QCoreApplication::instance()->setProperty("bullpenLanguage", spoken);
    if (spoken == u"en") {
        // C/POSIX and languages Bullpen lacks too. No Qt translation: its words are English.
        if (own->load(QStringLiteral("bullpen_en"), translationsDirectory()))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return spoken;
    }
    QCoreApplication::installTranslator(own);
    if (!language.isEmpty()) // chosen in the preferences: numbers and dates follow too
        QLocale::setDefault(QLocale(spoken));
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(spoken), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return spoken;
}

} // namespace Bullpen
