// SPDX-License-Identifier: MIT
// Preferences: defaults, saved and loaded again (a restart), turned into the
// engine's settings, and edited through the dialog.
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "widgets/preferences/preferences.h"
#include "widgets/preferences/preferencesdialog.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BullpenTest"_s);
        QCoreApplication::setApplicationName(u"tst_preferences"_s);
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        const Preferences p = Preferences::load();
        QCOMPARE(p.backend, u"oci"_s);
        QCOMPARE(p.keepAliveMinutes, 45);
        QVERIFY(p.editorTheme.isEmpty());
        QVERIFY(!p.customFont);
        QVERIFY(p.language.isEmpty()); // the system's
        const EngineSettings engine = p.engineSettings();
        QCOMPARE(engine.backend, u"oci"_s);
        QCOMPARE(engine.keepAliveMs, 45 * 60 * 1000);
        // Lambda's default account concurrency limit.
        QCOMPARE(p.accountConcurrencyLimit, 1000);
        QCOMPARE(engine.accountConcurrencyLimit, 1000);
    }

    void persist()
    {
        Preferences p;
        p.backend = u"process"_s;
        p.keepAliveMinutes = 0;
        p.accountConcurrencyLimit = 25;
        p.editorTheme = u"Solarized Dark"_s;
        p.editorFont = QFont(u"Monospace"_s, 13);
        p.customFont = true;
        p.language = u"pl"_s;
        p.save();
        QSettings().sync();
        const Preferences again = Preferences::load();
        QCOMPARE(again.backend, u"process"_s);
        QCOMPARE(again.language, u"pl"_s);
        QCOMPARE(again.keepAliveMinutes, 0);
        QCOMPARE(again.editorTheme, u"Solarized Dark"_s);
        QVERIFY(again.customFont);
        QCOMPARE(again.editorFont.pointSize(), 13);
        QCOMPARE(again.engineSettings().keepAliveMs, 0);
        QCOMPARE(again.accountConcurrencyLimit, 25);
        QCOMPARE(again.engineSettings().accountConcurrencyLimit, 25);
        // A limit of 0 (or less) would refuse every call: it reads as the smallest there is.
        QSettings().setValue(u"engine/accountConcurrencyLimit"_s, 0);
        QCOMPARE(Preferences::load().accountConcurrencyLimit, 1);
    }

    void rejectsUnknownBackend()
    {
        QSettings().setValue(u"engine/backend"_s, u"docker-in-the-cloud"_s);
        QCOMPARE(Preferences::load().backend, u"oci"_s);
    }

    void dialogEdits()
    {
        Preferences p;
        p.editorFont = QFont(u"Monospace"_s, 10);
        PreferencesDialog dialog(p);
        QCOMPARE(dialog.backendBox()->currentData().toString(), u"oci"_s);
        dialog.backendBox()->setCurrentIndex(dialog.backendBox()->findData(u"runc"_s));
        dialog.keepAliveBox()->setValue(5);
        QCOMPARE(dialog.accountLimitBox()->value(), 1000);
        dialog.accountLimitBox()->setValue(3);
        const int solarized = dialog.themeBox()->findData(u"Solarized Light"_s);
        QVERIFY(solarized > 0);
        dialog.themeBox()->setCurrentIndex(solarized);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // the system's
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
        const Preferences edited = dialog.preferences();
        QCOMPARE(edited.backend, u"runc"_s);
        QCOMPARE(edited.keepAliveMinutes, 5);
        QCOMPARE(edited.accountConcurrencyLimit, 3);
        QCOMPARE(edited.editorTheme, u"Solarized Light"_s);
        QCOMPARE(edited.language, u"de"_s);
        QVERIFY(!(edited == p));
        // The process backend says that it isolates nothing.
        dialog.backendBox()->setCurrentIndex(dialog.backendBox()->findData(u"process"_s));
        bool warned = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            warned |= label->text().contains(u"isolates nothing"_s);
        QVERIFY(warned);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
