// SPDX-License-Identifier: MIT
// The engine must run without a window: no QtGui, no QtWidgets, whether named
// in its CMake link interface or loaded at run time.
#include <QFile>
#include <QTest>

#include "engine/core/clock.h"

class TestHeadless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linkInterfaceHasNoGuiModule()
    {
        const QString links = QString::fromUtf8(BULLPEN_ENGINE_LINKS);
        QVERIFY2(!links.isEmpty(), "the link interface of bullpen_engine was not recorded");
        const QStringList forbidden { QStringLiteral("Qt6::Gui"), QStringLiteral("Qt6::Widgets"),
                                      QStringLiteral("Qt6::OpenGL"), QStringLiteral("Qt6::Quick"),
                                      QStringLiteral("KF6::SyntaxHighlighting") };
        for (const QString &lib : links.split(u'|')) {
            QVERIFY2(!forbidden.contains(lib.trimmed()),
                     qPrintable(QStringLiteral("bullpen_engine links %1").arg(lib)));
        }
    }

    void processLoadsNoGuiLibrary()
    {
        // Use the engine so the static library really is linked in.
        Bullpen::ManualClock clock;
        bool fired = false;
        clock.schedule(10, nullptr, [&] { fired = true; });
        clock.advance(10);
        QVERIFY(fired);

        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libQt6Core"));
        QVERIFY2(!mapped.contains("libQt6Gui"), "libQt6Gui is loaded by a process that links only bullpen_engine");
        QVERIFY2(!mapped.contains("libQt6Widgets"), "libQt6Widgets is loaded");
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
