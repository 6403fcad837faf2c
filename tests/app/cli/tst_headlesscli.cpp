// SPDX-License-Identifier: MIT
// The command-line executable runs on a server without GUI libraries: its
// ELF file needs none (directly or through a dependency), the process loads
// none while it works, and "bullpen" alone hands over to bullpen-gui (or says
// clearly that the window is not installed).
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList GuiLibraries { u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libQt6OpenGL"_s, u"libKF6SyntaxHighlighting"_s };

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString bullpen()
{
    return QStringLiteral(BULLPEN_EXECUTABLE);
}

} // namespace

class TestHeadlessCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // DT_NEEDED of the executable itself.
    void needsNoGuiLibrary()
    {
        const Run r = run(u"readelf"_s, { u"--dynamic"_s, u"--wide"_s, bullpen() });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains("(NEEDED)") && r.out.contains("libQt6Core"), r.out.constData());
        for (const QString &lib : GuiLibraries)
            QVERIFY2(!r.out.contains(lib.toLatin1()),
                     qPrintable(lib + u" is NEEDED by bullpen:\n"_s + QString::fromLocal8Bit(r.out)));
    }

    // Everything the dynamic loader would map, dependencies of dependencies included.
    void resolvesNoGuiLibrary()
    {
        const Run r = run(u"ldd"_s, { bullpen() });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains("libQt6Core") && r.out.contains("libQt6Network"), r.out.constData());
        for (const QString &lib : GuiLibraries)
            QVERIFY2(!r.out.contains(lib.toLatin1()),
                     qPrintable(lib + u" is loaded with bullpen:\n"_s + QString::fromLocal8Bit(r.out)));
    }

    // What the process really loads while it works, dlopen()ed plugins included.
    void loadsNoGuiLibraryAtRunTime()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LD_DEBUG"_s, u"files"_s);
        const Run r = run(bullpen(), { u"events"_s, u"list"_s }, env);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains("\ns3"), r.out.constData()); // it did its work
        QVERIFY2(r.err.contains("file=libQt6Core.so"), "LD_DEBUG=files printed no loaded libraries");
        for (const QString &lib : GuiLibraries)
            QVERIFY2(!r.err.contains(QByteArray(QByteArray("file=") + lib.toLatin1())),
                     qPrintable(lib + u" was loaded by bullpen events list"_s));
    }

    // "bullpen" with window arguments becomes bullpen-gui (the same process:
    // exec), which answers its own -v.
    void launchesTheWindowBesideItself()
    {
        const Run r = run(bullpen(), { u"-v"_s });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith("Bullpen "),
                 r.out.constData()); // bullpen-gui's QCommandLineParser, not the CLI's "bullpen"
    }

    void saysSoWhenTheWindowIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"bullpen"_s);
        QVERIFY(QFile::copy(bullpen(), copy));
        const Run r = run(copy, {});
        QCOMPARE(r.status, 127);
        QVERIFY2(r.err.contains("cannot start the window")
                     && r.err.contains(QFile::encodeName(dir.filePath(u"bullpen-gui"_s))),
                 r.err.constData());
        // The command line still works without it.
        QCOMPARE(run(copy, { u"events"_s, u"list"_s }).status, 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessCli)
#include "tst_headlesscli.moc"
