// SPDX-License-Identifier: MIT
// The command line speaks the system's language: the real executable, run with
// LANG=de_DE.UTF-8 or pl_PL.UTF-8 (the development root has no such locale
// installed; Qt reads the variables all the same), prints its messages, its
// help, the event catalogue's labels, the plural forms and the portability
// report's items (the engine's words) in German and Polish; in English (C,
// en_US, or a language Bullpen lacks) the plural forms of bullpen_en.qm.
// Each check looks for text that exists only in the translation, so a CLI that
// did not load its .qm file (or the catalogue's table) fails it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run bullpen(const QStringList &args, const QString &lang, const QString &directory = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s })
        env.remove(name);
    env.insert(u"LANG"_s, lang);
    QProcess p;
    p.setProcessEnvironment(env);
    if (!directory.isEmpty())
        p.setWorkingDirectory(directory);
    p.start(QStringLiteral(BULLPEN_BINARY), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void speaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("eventLabel"); // bullpen events list sqs
        QTest::addColumn<QString>("parameterText"); // bullpen events show sqs receive-message
        QTest::addColumn<QString>("parameterLabel"); // the form's label of --count
        QTest::addColumn<QString>("error"); // bullpen events list nosuch
        QTest::addColumn<QString>("help"); // bullpen --help
        QTest::addColumn<QString>("optionHelp"); // bullpen invoke --help
        QTest::addColumn<QString>("plural"); // bullpen lesson list: a lesson of 2 steps
        QTest::newRow("English") << u"C.UTF-8"_s << u"SQS messages"_s
                                 << u"Body of every message; md5OfBody follows it."_s << u"Number of records"_s
                                 << u"unknown service 'nosuch'"_s << u"run a command without a window"_s
                                 << u"Invoke N times (default 1)."_s << u"(2 steps)"_s;
        QTest::newRow("German") << u"de_DE.UTF-8"_s << u"SQS-Nachrichten"_s
                                << u"Text jeder Nachricht; md5OfBody folgt ihm."_s << u"Anzahl der Datensätze"_s
                                << u"unbekannter Dienst „nosuch“"_s << u"einen Befehl ohne Fenster ausführen"_s
                                << u"N-mal aufrufen (Standard 1)."_s << u"(2 Schritte)"_s;
        QTest::newRow("Polish") << u"pl_PL.UTF-8"_s << u"Wiadomości SQS"_s
                                << u"Treść każdej wiadomości; md5OfBody podąża za nią."_s << u"Liczba rekordów"_s
                                << u"nieznana usługa „nosuch”"_s << u"uruchom polecenie bez okna"_s
                                << u"Wywołaj N razy (domyślnie 1)."_s << u"(2 kroki)"_s;
    }

    void speaksTheSystemLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, eventLabel);
        QFETCH(QString, parameterText);
        QFETCH(QString, parameterLabel);
        QFETCH(QString, error);
        QFETCH(QString, help);
        QFETCH(QString, optionHelp);
        QFETCH(QString, plural);

        const Run list = bullpen({ u"events"_s, u"list"_s, u"sqs"_s }, lang);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(u"receive-message"_s), qPrintable(list.out)); // names stay
        QVERIFY2(list.out.contains(eventLabel), qPrintable(list.out));

        const Run show = bullpen({ u"events"_s, u"show"_s, u"sqs"_s, u"receive-message"_s }, lang);
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(parameterText), qPrintable(show.out));
        QVERIFY2(show.out.contains(eventLabel), qPrintable(show.out));
        QVERIFY2(show.out.contains(parameterLabel), qPrintable(show.out));
        QVERIFY2(show.out.contains(u"--count"_s), qPrintable(show.out));

        const Run unknown = bullpen({ u"events"_s, u"list"_s, u"nosuch"_s }, lang);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(error), qPrintable(unknown.err));

        const Run usage = bullpen({ u"--help"_s }, lang);
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.contains(help), qPrintable(usage.out));

        const Run invokeHelp = bullpen({ u"invoke"_s, u"--help"_s }, lang);
        QCOMPARE(invokeHelp.exitCode, 0);
        QVERIFY2(invokeHelp.out.contains(optionHelp), qPrintable(invokeHelp.out));
        // The usage line names the command as typed whatever Qt's word for "Usage".
        QVERIFY2(invokeHelp.out.section(u'\n', 0, 0).contains(u"bullpen invoke"_s), qPrintable(invokeHelp.out));

        const Run lessons = bullpen({ u"lesson"_s, u"list"_s }, lang);
        QCOMPARE(lessons.exitCode, 0);
        QVERIFY2(lessons.out.contains(plural), qPrintable(lessons.out));
    }

    // English has its plural forms too: the sources say "%n replica(s)", and
    // translations/bullpen_en.ts (lupdate -pluralonly) makes it "1 replica" and
    // "3 replicas", also when the locale is C or a language Bullpen lacks. Without
    // bullpen_en.qm installed the CLI prints "1 replica(s)".
    void englishPluralForms_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("C") << u"C.UTF-8"_s;
        QTest::newRow("en_US") << u"en_US.UTF-8"_s;
        QTest::newRow("fr_FR (no translation)") << u"fr_FR.UTF-8"_s;
    }

    void englishPluralForms()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"bullpen-targets.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("targets:\n  one: {kind: swarm, replicas: 1}\n  three: {kind: swarm, replicas: 3}\n");
        file.close();
        const Run r = bullpen({ u"targets"_s, u"list"_s }, lang, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n');
        auto line = [&](const QString &name) {
            for (const QString &l : lines) {
                if (l.trimmed().startsWith(name + u' '))
                    return l;
            }
            return QString();
        };
        QVERIFY2(line(u"one"_s).contains(u"1 replica"_s), qPrintable(r.out));
        QVERIFY2(!line(u"one"_s).contains(u"1 replicas"_s), qPrintable(r.out));
        QVERIFY2(line(u"three"_s).contains(u"3 replicas"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"replica(s)"_s), qPrintable(r.out));
    }

    // The portability report's items, verdicts and headings are the engine's
    // words, translated too: against AWS Lambda (not probed, so no target is
    // needed) with the local pool's plain-process backend, the quickest probe.
    void portabilityReportSpeaksGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &text) {
            QDir(dir.path()).mkpath(QFileInfo(dir.filePath(name)).path());
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(u"template.yaml"_s,
              "AWSTemplateFormatVersion: '2010-09-09'\n"
              "Transform: AWS::Serverless-2016-10-31\n"
              "Resources:\n"
              "  Writer:\n"
              "    Type: AWS::Serverless::Function\n"
              "    Properties:\n"
              "      CodeUri: writer/\n"
              "      Handler: app.handler\n"
              "      Runtime: python3.12\n");
        write(u"writer/app.py"_s, "def handler(event, context):\n    return {}\n");
        write(u"bullpen-targets.yaml"_s, "targets:\n  aws: {kind: lambda, region: eu-west-1}\n");
        const Run r = bullpen(
            { u"portability"_s, u"Writer"_s, u"--target"_s, u"aws"_s, u"--markdown"_s, u"--backend"_s, u"process"_s },
            u"de_DE.UTF-8"_s, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"\n## Grenzen, die nur Lambda durchsetzt\n"_s), qPrintable(r.out.left(3000)));
        QVERIFY2(r.out.contains(u"| Timeout höchstens 15 Minuten | höchstens 900 s; diese Funktion: 3 s |"_s),
                 qPrintable(r.out.left(3000)));
        QVERIFY(r.out.contains(u"nicht untersucht (dokumentiert)"_s));
        QVERIFY(!r.out.contains(u"Timeout at most 15 minutes"_s));
    }

    // The manual page stays English whatever the caller's language: it is
    // made from the commands' --help, run in English.
    void manualPageIsEnglish()
    {
        const Run man = bullpen({ u"--man"_s }, u"de_DE.UTF-8"_s);
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.out.contains(u"Invoke N times (default 1)."_s), qPrintable(man.out.left(2000)));
        QVERIFY(!man.out.contains(u"N-mal aufrufen"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_clitranslations.moc"
