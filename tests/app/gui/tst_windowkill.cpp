// SPDX-License-Identifier: MIT
// The window killed with unsaved edits loses nothing: the real bullpen-gui,
// offscreen, on a fresh sample project with its own XDG folders, gets an edit
// typed into the handler (--append-text); once its swap file is on disk the
// process is killed with SIGKILL (no handler, no destructor, no close); the
// next start on the project offers the edit back in the recovery bar, and
// Recover (--recovery-probe presses it) puts it into the editor unsaved, the
// file on disk untouched. Then the same after the file changed on disk.
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Generous for a loaded machine; the whole test stays within ctest's limit when one fails.
constexpr int StartTimeoutMs = 30'000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestWindowKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_root.filePath(u"cache"_s));
        env.insert(u"XDG_STATE_HOME"_s, m_root.filePath(u"state"_s));
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    QString swapDirectory() const { return m_root.filePath(u"data/Bullpen/Bullpen/swap"_s); }

    // The swap files holding text, by polling the folder (no fixed wait).
    QStringList swapsHolding(const QByteArray &text) const
    {
        QStringList found;
        QDirIterator it(swapDirectory(), { u"*.swp"_s }, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (readFile(path).contains(text))
                found << path;
        }
        return found;
    }

    // Starts the window on project, types text at the end of its handler,
    // waits until the swap file has it, and kills the process with SIGKILL.
    void editAndKill(const QString &project, const QByteArray &text, const QStringList &firstStartArgs = {})
    {
        QProcess window;
        window.setProcessEnvironment(environment());
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.start(QStringLiteral(BULLPEN_GUI),
                     firstStartArgs + QStringList { u"--append-text"_s, QString::fromUtf8(text), project });
        QVERIFY2(window.waitForStarted(StartTimeoutMs), qPrintable(window.errorString()));
        // Polled (QTRY_* would wait three times as long before failing).
        QDeadlineTimer deadline(StartTimeoutMs);
        while (swapsHolding(text).isEmpty() && window.state() == QProcess::Running && !deadline.hasExpired())
            QTest::qWait(50);
        if (swapsHolding(text).isEmpty()) {
            window.kill();
            window.waitForFinished();
            QFAIL("no swap file holds the edit: the window keeps no copy of unsaved edits");
        }
        QCOMPARE(window.state(), QProcess::Running); // it did not end by itself
        QCOMPARE(swapsHolding(text).size(), 1);
        window.kill(); // SIGKILL
        QVERIFY(window.waitForFinished(StartTimeoutMs));
        QCOMPARE(window.exitStatus(), QProcess::CrashExit);
    }

    // The second start: what it offers, and the editor after Recover.
    struct Probe
    {
        QJsonObject offers;
        QJsonObject recovered;
    };
    Probe probe(const QString &project)
    {
        QProcess window;
        window.setProcessEnvironment(environment());
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.start(QStringLiteral(BULLPEN_GUI), { u"--recovery-probe"_s, project });
        Probe p;
        if (!window.waitForFinished(StartTimeoutMs)) {
            window.kill();
            window.waitForFinished();
            return p;
        }
        const QList<QByteArray> lines = window.readAllStandardOutput().trimmed().split('\n');
        p.offers = QJsonDocument::fromJson(lines.value(0)).object();
        p.recovered = QJsonDocument::fromJson(lines.value(1)).object();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(BULLPEN_GUI)), BULLPEN_GUI);
    }

    void killedWindowsEditIsOfferedAndRecovered()
    {
        const QString project = m_root.filePath(u"project"_s);
        const QString handler = project + u"/hello_world/app.py"_s;
        // The first start makes the project from a sample (a temporary copy).
        editAndKill(project, "# typed, never saved\n", { u"--create-sample"_s, u"python-hello"_s });
        if (QTest::currentTestFailed())
            return;
        const QByteArray onDisk = readFile(handler);
        QVERIFY(!onDisk.isEmpty());
        QVERIFY(!onDisk.contains("never saved")); // the kill saved nothing
        // Nothing in the project folder but the project.
        QDirIterator it(project, { u"*.swp"_s, u"*.swap"_s, u".*.sw?"_s }, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        QVERIFY(!it.hasNext());

        const Probe p = probe(project);
        const QJsonArray offers = p.offers.value(u"offers"_s).toArray();
        QCOMPARE(offers.size(), 1);
        const QJsonObject offer = offers.at(0).toObject();
        QCOMPARE(offer.value(u"tab"_s).toString(), u"app.py"_s);
        QVERIFY(offer.value(u"readOnly"_s).toBool()); // until answered
        const QString message = offer.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"never saved"_s) && !message.contains(u"changed on disk"_s), qPrintable(message));

        QCOMPARE(p.recovered.value(u"file"_s).toString(), handler);
        QVERIFY(p.recovered.value(u"modified"_s).toBool()); // unsaved
        QVERIFY(!p.recovered.value(u"readOnly"_s).toBool());
        QVERIFY(!p.recovered.value(u"bar"_s).toBool());
        QCOMPARE(p.recovered.value(u"text"_s).toString(), QString::fromUtf8(onDisk) + u"# typed, never saved\n"_s);
        QCOMPARE(readFile(handler), onDisk); // not saved behind the user's back
    }

    // Killed again; the file then changes on disk before the next start: the
    // offer says so, and the edit is still there to recover.
    void offerSaysTheFileChangedSince()
    {
        const QString project = m_root.filePath(u"project"_s);
        const QString handler = project + u"/hello_world/app.py"_s;
        QDir(swapDirectory()).removeRecursively();
        editAndKill(project, "# second edit\n");
        if (QTest::currentTestFailed())
            return;
        QVERIFY(writeFile(handler, readFile(handler) + "# changed by another program\n"));
        const Probe p = probe(project);
        const QJsonArray offers = p.offers.value(u"offers"_s).toArray();
        QCOMPARE(offers.size(), 1);
        const QString message = offers.at(0).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"changed on disk since"_s), qPrintable(message));
        QVERIFY(p.recovered.value(u"text"_s).toString().endsWith(u"# second edit\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestWindowKill)
#include "tst_windowkill.moc"
