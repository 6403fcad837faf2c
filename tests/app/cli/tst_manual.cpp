// SPDX-License-Identifier: MIT
// The command line's own documentation, through the real executable: --version
// and --help of every command, `bullpen help COMMAND`, the manual page (every
// option of every command's --help is in it), the bash completion (sourced
// from installer/completions and run as bash runs it) and the MIME type that
// makes a template.yaml open in Bullpen.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &workdir = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workdir.isEmpty())
        p.setWorkingDirectory(workdir);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

Run bullpen(const QStringList &args, const QString &workdir = {})
{
    return run(QStringLiteral(BULLPEN_BINARY), args, workdir);
}

const char *Template = "AWSTemplateFormatVersion: \"2010-09-09\"\n"
                       "Transform: AWS::Serverless-2016-10-31\n"
                       "Resources:\n"
                       "  HelloFunction:\n"
                       "    Type: AWS::Serverless::Function\n"
                       "    Properties:\n"
                       "      CodeUri: hello/\n"
                       "      Handler: app.handler\n"
                       "      Runtime: python3.12\n"
                       "  OrdersFunction:\n"
                       "    Type: AWS::Serverless::Function\n"
                       "    Properties:\n"
                       "      CodeUri: orders/\n"
                       "      Handler: app.handler\n"
                       "      Runtime: python3.12\n"
                       "      AutoPublishAlias: live\n";

} // namespace

class TestManual : public QObject
{
    Q_OBJECT

    QStringList m_commands;
    QTemporaryDir m_project;

    // What bash's completion offers for the words typed (the last one being completed).
    QStringList bashComplete(const QStringList &words, const QString &workdir)
    {
        QString script = u"source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _bullpen; "
                         "printf '%s\\n' \"${COMPREPLY[@]}\""_s;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, QFileInfo(QStringLiteral(BULLPEN_BINARY)).absolutePath() + u':' + env.value(u"PATH"_s));
        const Run r = run(u"bash"_s,
                          QStringList { u"-c"_s, script, u"bash"_s,
                                        QStringLiteral(BULLPEN_SOURCE_DIR "/installer/completions/bullpen.bash") }
                              + words,
                          workdir, env);
        if (r.exitCode != 0)
            qWarning("bash: %s", qPrintable(r.err));
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Run top = bullpen({ u"--help"_s });
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.startsWith(u"Usage: bullpen"_s));
        static const QRegularExpression commandLine(u"^  ([a-z]+) {2,}\\S"_s, QRegularExpression::MultilineOption);
        for (auto it = commandLine.globalMatch(top.out.section(u"Commands:"_s, 1).section(u"\n\n"_s, 0, 0));
             it.hasNext();)
            m_commands << it.next().captured(1);
        QVERIFY2(m_commands.contains(u"invoke"_s) && m_commands.contains(u"events"_s), qPrintable(top.out));

        QVERIFY(m_project.isValid());
        QFile file(m_project.filePath(u"template.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Template);
        file.close();
        // The functions' code folders: a template naming missing ones does not load.
        for (const QString &folder : { u"events"_s, u"hello"_s, u"orders"_s })
            QVERIFY(QDir(m_project.path()).mkpath(folder));
        QFile other(m_project.filePath(u"other.yaml"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray(Template).replace("HelloFunction", "ThumbnailFunction"));
    }

    void version()
    {
        const Run top = bullpen({ u"--version"_s });
        QCOMPARE(top.exitCode, 0);
        QCOMPARE(top.out.trimmed(), u"bullpen " BULLPEN_VERSION ""_s);
        for (const QString &command : std::as_const(m_commands)) {
            const Run r = bullpen({ command, u"--version"_s });
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, top.out);
        }
    }

    void helpOfEveryCommand()
    {
        for (const QString &command : std::as_const(m_commands)) {
            const Run r = bullpen({ command, u"--help"_s });
            QVERIFY2(r.exitCode == 0, qPrintable(command + u": "_s + r.err));
            QVERIFY2(r.out.startsWith(u"Usage: bullpen "_s + command), qPrintable(command + u": "_s + r.out));
            QVERIFY2(r.err.isEmpty(), qPrintable(command + u": "_s + r.err));
            // bullpen help COMMAND says the same.
            QCOMPARE(bullpen({ u"help"_s, command }).out, r.out);
        }
        // An unknown command is a usage error, with the commands listed, on standard error.
        const Run unknown = bullpen({ u"frobnicate"_s });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"unknown command 'frobnicate'"_s));
        QVERIFY(unknown.out.isEmpty());
    }

    // Every option of every command's --help is in the manual page, so the two cannot drift apart.
    void manualPageFollowsHelp()
    {
        const Run man = bullpen({ u"--man"_s });
        QCOMPARE(man.exitCode, 0);
        QVERIFY(man.out.contains(u".TH BULLPEN 1 "_s));
        QVERIFY(man.out.contains(u"\"Bullpen " BULLPEN_VERSION "\""_s));
        static const QRegularExpression longOption(u"(?<![\\w-])--([a-z][a-z0-9-]+)"_s);
        int options = 0;
        for (const QString &command : std::as_const(m_commands)) {
            QVERIFY2(man.out.contains(u".SS \"bullpen "_s + command + u'"'), qPrintable(command));
            const QString help = bullpen({ command, u"--help"_s }).out;
            for (auto it = longOption.globalMatch(help); it.hasNext();) {
                const QString name = it.next().captured(1);
                // As an option entry (every minus escaped) or named in a description (its leading ones).
                QVERIFY2(man.out.contains(u"\\-\\-"_s + QString(name).replace(u'-', u"\\-"_s))
                             || man.out.contains(u"\\-\\-"_s + name),
                         qPrintable(u"bullpen %1 --%2 is not in the manual page"_s.arg(command, name)));
                ++options;
            }
        }
        QVERIFY(options > 50);
        // The window's options too, from bullpen-gui --help.
        QVERIFY(man.out.contains(u".SH THE WINDOW"_s));
        // No line may start with a roff control character by accident: every
        // request line is one the generator wrote.
        static const QRegularExpression request(u"^[.'](?!(TH|SH|SS|PP|TP|nf|fi|B|I|RI|br|\\\\\") ?)"_s,
                                                QRegularExpression::MultilineOption);
        const auto stray = request.match(man.out);
        QVERIFY2(!stray.hasMatch(), qPrintable(stray.captured(0)));
    }

    void bashCompletesCommandsAndOptions()
    {
        QCOMPARE(bashComplete({ u"bullpen"_s, u"inv"_s }, m_project.path()), QStringList { u"invoke"_s });
        const QStringList options = bashComplete({ u"bullpen"_s, u"invoke"_s, u"--"_s }, m_project.path());
        QVERIFY2(options.contains(u"--template"_s) && options.contains(u"--event"_s)
                     && options.contains(u"--no-build"_s),
                 qPrintable(options.join(u' ')));
        QCOMPARE(bashComplete({ u"bullpen"_s, u"invoke"_s, u"--backend"_s, u"ru"_s }, m_project.path()),
                 QStringList { u"runc"_s });
    }

    void bashCompletesFunctionsFromTheTemplate()
    {
        QCOMPARE(bashComplete({ u"bullpen"_s, u"invoke"_s, QString() }, m_project.path()),
                 (QStringList { u"HelloFunction"_s, u"OrdersFunction"_s }));
        QCOMPARE(bashComplete({ u"bullpen"_s, u"invoke"_s, u"-e"_s, u"ev.json"_s, u"O"_s }, m_project.path()),
                 QStringList { u"OrdersFunction"_s });
        // -t names another template: its functions.
        QCOMPARE(bashComplete({ u"bullpen"_s, u"load"_s, u"-t"_s, u"other.yaml"_s, u"Th"_s }, m_project.path()),
                 QStringList { u"ThumbnailFunction"_s });
        // A folder without a template has no functions to offer.
        QVERIFY(bashComplete({ u"bullpen"_s, u"invoke"_s, u"H"_s }, QDir::tempPath()).isEmpty());
        // --qualifier: $LATEST (as the shell must read it) and the function's published version, if any.
        QCOMPARE(bashComplete({ u"bullpen"_s, u"invoke"_s, u"OrdersFunction"_s, u"--qualifier"_s, QString() },
                              m_project.path()),
                 (QStringList { u"1"_s, u"\\$LATEST"_s, u"live"_s }));
        QCOMPARE(bashComplete({ u"bullpen"_s, u"invoke"_s, u"HelloFunction"_s, u"--qualifier"_s, QString() },
                              m_project.path()),
                 QStringList { u"\\$LATEST"_s });
        // The value of --template is a file name.
        QCOMPARE(bashComplete({ u"bullpen"_s, u"invoke"_s, u"--template"_s, u"oth"_s }, m_project.path()),
                 QStringList { u"other.yaml"_s });
    }

    void bashCompletesEventTemplates()
    {
        const QStringList actions = bashComplete({ u"bullpen"_s, u"events"_s, QString() }, m_project.path());
        QCOMPARE(actions, (QStringList { u"generate"_s, u"list"_s, u"show"_s, u"validate"_s }));
        const QStringList services
            = bashComplete({ u"bullpen"_s, u"events"_s, u"show"_s, QString() }, m_project.path());
        QVERIFY2(services.contains(u"s3"_s) && services.contains(u"sqs"_s), qPrintable(services.join(u' ')));
        QCOMPARE(bashComplete({ u"bullpen"_s, u"events"_s, u"generate"_s, u"s3"_s, u"p"_s }, m_project.path()),
                 QStringList { u"put"_s });
        const QStringList parameters
            = bashComplete({ u"bullpen"_s, u"events"_s, u"generate"_s, u"s3"_s, u"put"_s, u"--b"_s }, m_project.path());
        QVERIFY2(parameters.contains(u"--bucket"_s), qPrintable(parameters.join(u' ')));
        // validate FILE SERVICE EVENT: a file first.
        QCOMPARE(bashComplete({ u"bullpen"_s, u"events"_s, u"validate"_s, u"ev"_s }, m_project.path()),
                 QStringList { u"events"_s });
    }

    // installer/desktop's MIME type: a template.yaml is an AWS SAM template
    // (and so opens in Bullpen), any other YAML file stays YAML. Asked in a
    // child process whose XDG_DATA_DIRS holds the MIME package, because
    // QMimeDatabase reads its folders once per process (see main()).
    void templateMimeType()
    {
        QTemporaryDir data;
        QVERIFY(QDir(data.path()).mkpath(u"mime/packages"_s));
        QVERIFY(QFile::copy(QStringLiteral(BULLPEN_SOURCE_DIR "/installer/desktop/dev.bullpen.Bullpen.mime.xml"),
                            data.filePath(u"mime/packages/dev.bullpen.Bullpen.xml"_s)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_DIRS"_s, data.path() + u":/usr/share"_s);
        env.insert(u"XDG_DATA_HOME"_s, data.filePath(u"home"_s));
        const Run r = run(QCoreApplication::applicationFilePath(), { u"--mime-probe"_s }, m_project.path(), env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 u"template.yaml application/x-aws-sam-template inherits-yaml\n"
                 "template.yml application/x-aws-sam-template inherits-yaml\n"
                 "values.yaml application/yaml\n"_s);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--mime-probe") == 0) {
        // The child of templateMimeType(): what the MIME database says of three names.
        QMimeDatabase db;
        for (const QString &name : { u"template.yaml"_s, u"template.yml"_s, u"values.yaml"_s }) {
            const QMimeType type = db.mimeTypeForFile(u"/nowhere/"_s + name, QMimeDatabase::MatchExtension);
            std::printf("%s %s%s\n", qPrintable(name), qPrintable(type.name()),
                        type.name() != u"application/yaml"_s && type.inherits(u"application/yaml"_s) ? " inherits-yaml"
                                                                                                     : "");
        }
        return 0;
    }
    TestManual test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_manual.moc"
