// SPDX-License-Identifier: MIT
#include "engine/project/project.h"
#include "engine/project/projectsamples.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bullpen;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Replaces a file the way many editors save: write a new file, rename it over.
void replaceAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".new");
    writeAll(temporary, bytes);
    QFile::remove(path);
    QVERIFY(QFile::rename(temporary, path));
}

} // namespace

class tst_Project : public QObject
{
    Q_OBJECT

private:
    QString makeSample(QTemporaryDir &dir, const QString &name = QStringLiteral("python-hello"))
    {
        const QString target = dir.filePath(name);
        ProjectError error;
        if (!ProjectSamples::create(name, target, &error))
            qWarning("%s", qPrintable(error.toString()));
        return target;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ProjectError>(); }

    void samplesAreListed()
    {
        const QStringList names = ProjectSamples::names();
        QCOMPARE(names, (QStringList { QStringLiteral("python-hello"), QStringLiteral("nodejs-hello") }));
        QVERIFY(ProjectSamples::title(names.first()).contains(QStringLiteral("Python")));
        QVERIFY(ProjectSamples::description(QStringLiteral("nodejs-hello"))
                    .startsWith(QStringLiteral("nodejs-hello: a Node.js")));
    }

    void samplesCreateAndLoad_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<QString>("codeFile");
        QTest::newRow("python") << QStringLiteral("python-hello") << QStringLiteral("python3.12")
                                << QStringLiteral("hello_world/app.py");
        QTest::newRow("nodejs") << QStringLiteral("nodejs-hello") << QStringLiteral("nodejs20.x")
                                << QStringLiteral("hello-world/app.mjs");
    }

    void samplesCreateAndLoad()
    {
        QFETCH(QString, sample);
        QFETCH(QString, runtime);
        QFETCH(QString, codeFile);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("new/project"));
        ProjectError error;
        QVERIFY2(ProjectSamples::create(sample, target, &error), qPrintable(error.toString()));
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/events/event.json")));
        const QFileInfo code(target + u'/' + codeFile);
        QVERIFY(code.isFile());
        QCOMPARE(code.permissions() & 0x7777, QFileDevice::Permissions(0x6644));
        QCOMPARE(QFileInfo(code.absolutePath()).permissions() & 0x7777, QFileDevice::Permissions(0x7755));

        std::unique_ptr<Project> project(Project::open(target, &error));
        QVERIFY2(project, qPrintable(error.toString()));
        QCOMPARE(project->functions().size(), 1);
        const FunctionConfig function = project->functions().constFirst();
        QCOMPARE(function.logicalId, QStringLiteral("HelloWorldFunction"));
        QCOMPARE(function.runtime, runtime);
        QCOMPARE(function.codeDirectory, QFileInfo(code.absolutePath()).canonicalFilePath());
        QCOMPARE(project->name(), QStringLiteral("project"));
        QCOMPARE(project->globalsOrigin(function.logicalId).properties,
                 (QStringList { QStringLiteral("MemorySize"), QStringLiteral("Timeout") }));
        QCOMPARE(project->globalsOrigin(function.logicalId).globalValues.value(QStringLiteral("MemorySize")),
                 QStringLiteral("128"));
    }

    void sampleRefusesNonEmptyTarget()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("keep.txt")), "mine");
        ProjectError error;
        QVERIFY(!ProjectSamples::create(QStringLiteral("python-hello"), dir.path(), &error));
        QVERIFY2(error.message.contains(QStringLiteral("not empty")), qPrintable(error.toString()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("keep.txt") });
        QVERIFY(!ProjectSamples::create(QStringLiteral("cobol-hello"), dir.filePath(QStringLiteral("x")), &error));
        QVERIFY(error.message.contains(QStringLiteral("cobol-hello")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x"))));
        // An empty existing folder is fine.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
        QVERIFY(ProjectSamples::create(QStringLiteral("nodejs-hello"), dir.filePath(QStringLiteral("empty")), &error));
    }

    void openFolderOrTemplate()
    {
        QTemporaryDir dir;
        const QString folder = makeSample(dir);
        ProjectError error;
        std::unique_ptr<Project> byFolder(Project::open(folder, &error));
        std::unique_ptr<Project> byFile(Project::open(folder + QStringLiteral("/template.yaml"), &error));
        QVERIFY(byFolder && byFile);
        QCOMPARE(byFolder->templatePath(), byFile->templatePath());
        QCOMPARE(byFolder->directory(), QFileInfo(folder).canonicalFilePath());
        QVERIFY(byFolder->function(QStringLiteral("HelloWorldFunction")));
        QVERIFY(!byFolder->function(QStringLiteral("Nope")));

        std::unique_ptr<Project> none(Project::open(dir.path(), &error));
        QVERIFY(!none);
        QVERIFY2(error.message.contains(QStringLiteral("no template.yaml")), qPrintable(error.toString()));
    }

    void reloadsAfterExternalEdit()
    {
        QTemporaryDir dir;
        const QString folder = makeSample(dir);
        ProjectError error;
        std::unique_ptr<Project> project(Project::open(folder, &error));
        QVERIFY(project);
        QSignalSpy changed(project.get(), &Project::templateChanged);
        QSignalSpy onDisk(project.get(), &Project::fileChangedOnDisk);
        QByteArray text = readAll(project->templatePath());
        text.replace("    MemorySize: 128", "    MemorySize: 512");
        writeAll(project->templatePath(), text);
        QTRY_COMPARE(project->functions().constFirst().memorySizeMb, 512);
        QCOMPARE(changed.size(), 1);
        QVERIFY(onDisk.contains(QVariantList { project->templatePath() }));

        // Again, replaced by rename: the watch must survive the inode change.
        text.replace("    MemorySize: 512", "    MemorySize: 1024");
        replaceAtomically(project->templatePath(), text);
        QTRY_COMPARE(project->functions().constFirst().memorySizeMb, 1024);
        QTRY_COMPARE(changed.size(), 2);
        text.replace("      Handler: app.lambda_handler", "      Handler: app.other");
        writeAll(project->templatePath(), text);
        QTRY_COMPARE(project->functions().constFirst().handler, QStringLiteral("app.other"));
    }

    void parseErrorKeepsLastGoodState()
    {
        QTemporaryDir dir;
        const QString folder = makeSample(dir);
        ProjectError error;
        std::unique_ptr<Project> project(Project::open(folder, &error));
        QVERIFY(project);
        QSignalSpy failed(project.get(), &Project::loadFailed);
        QSignalSpy changed(project.get(), &Project::templateChanged);
        QByteArray text = readAll(project->templatePath());
        const QByteArray good = text;
        // Line 16 becomes an unterminated flow map.
        text.replace("      CodeUri: hello_world/", "      CodeUri: {hello_world/");
        writeAll(project->templatePath(), text);
        QTRY_COMPARE(failed.size(), 1);
        const auto reported = failed.constFirst().constFirst().value<ProjectError>();
        QVERIFY2(reported.line >= 16, qPrintable(reported.toString()));
        QCOMPARE(project->loadError()->line, reported.line);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(project->functions().size(), 1);
        QCOMPARE(project->functions().constFirst().handler, QStringLiteral("app.lambda_handler"));
        QVERIFY(!project->reload(&error));
        QCOMPARE(error.line, reported.line);

        writeAll(project->templatePath(), good);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(!project->loadError());
    }

    void codeRevisionBumps()
    {
        QTemporaryDir dir;
        const QString folder = makeSample(dir);
        ProjectError error;
        std::unique_ptr<Project> project(Project::open(folder, &error));
        QVERIFY(project);
        const QString id = QStringLiteral("HelloWorldFunction");
        QCOMPARE(project->codeRevision(id), 0);
        QSignalSpy onDisk(project.get(), &Project::fileChangedOnDisk);
        const QString app = project->function(id)->codeDirectory + QStringLiteral("/app.py");
        writeAll(app, readAll(app) + "\n# edited\n");
        QTRY_VERIFY(project->codeRevision(id) > 0);
        QTRY_VERIFY(onDisk.contains(QVariantList { app }));

        // Saved by rename, then a new file in a new subfolder: both count.
        int before = project->codeRevision(id);
        replaceAtomically(app, readAll(app) + "# again\n");
        QTRY_VERIFY(project->codeRevision(id) > before);
        before = project->codeRevision(id);
        writeAll(app, readAll(app) + "# third\n");
        QTRY_VERIFY(project->codeRevision(id) > before);

        before = project->codeRevision(id);
        QVERIFY(QDir(project->function(id)->codeDirectory).mkdir(QStringLiteral("lib")));
        QTRY_VERIFY(project->codeRevision(id) > before);
        before = project->codeRevision(id);
        const QString helper = project->function(id)->codeDirectory + QStringLiteral("/lib/helper.py");
        writeAll(helper, "X = 1\n");
        QTRY_VERIFY(project->codeRevision(id) > before);
        before = project->codeRevision(id);
        writeAll(helper, "X = 2\n");
        QTRY_VERIFY(project->codeRevision(id) > before);

        // An event is no code.
        before = project->codeRevision(id);
        writeAll(project->eventsDirectory() + QStringLiteral("/event.json"), "{}");
        QTRY_VERIFY(
            onDisk.contains(QVariantList { QString(project->eventsDirectory() + QStringLiteral("/event.json")) }));
        QCOMPARE(project->codeRevision(id), before);
    }

    // The window's own save counts at once and once: the watcher's later
    // report of the same write (the file, then its folder) adds nothing, and
    // another program's write after it still counts.
    void ownSaveCountsOnce()
    {
        QTemporaryDir dir;
        const QString folder = makeSample(dir);
        ProjectError error;
        std::unique_ptr<Project> project(Project::open(folder, &error));
        QVERIFY(project);
        const QString id = QStringLiteral("HelloWorldFunction");
        QSignalSpy onDisk(project.get(), &Project::fileChangedOnDisk);
        const QString app = project->function(id)->codeDirectory + QStringLiteral("/app.py");
        replaceAtomically(app, readAll(app) + "# saved by the editor\n");
        project->noteWritten(app);
        QCOMPARE(project->codeRevision(id), 1);
        QTRY_VERIFY(onDisk.contains(QVariantList { app }));
        // Events come in order: once a later write is reported, the save's are all in.
        const QString sentinel = project->eventsDirectory() + QStringLiteral("/event.json");
        writeAll(sentinel, readAll(sentinel) + " ");
        QTRY_VERIFY(onDisk.contains(QVariantList { sentinel }));
        QCOMPARE(project->codeRevision(id), 1);

        writeAll(app, readAll(app) + "# changed by another program\n");
        QTRY_VERIFY(project->codeRevision(id) > 1);
        // A file written outside the code is no code.
        const int revision = project->codeRevision(id);
        project->noteWritten(sentinel);
        QCOMPARE(project->codeRevision(id), revision);
    }

    void editsGoThroughTheEditor()
    {
        QTemporaryDir dir;
        const QString folder = makeSample(dir);
        ProjectError error;
        std::unique_ptr<Project> project(Project::open(folder, &error));
        QVERIFY(project);
        const QString id = QStringLiteral("HelloWorldFunction");
        QSignalSpy changed(project.get(), &Project::templateChanged);
        QVERIFY2(project->setFunctionProperty(id, QStringLiteral("MemorySize"), QStringLiteral("256"), &error),
                 qPrintable(error.toString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(project->function(id)->memorySizeMb, 256);
        QVERIFY(!project->globalsOrigin(id).isInherited(QStringLiteral("MemorySize")));
        const QByteArray text = readAll(project->templatePath());
        QVERIFY(text.contains("# Settings every function in this template shares.\n"));
        QVERIFY(text.contains("Globals:\n  Function:\n    Timeout: 3\n    MemorySize: 128\n"));

        FunctionEdit edit;
        edit.timeoutSeconds = 30;
        edit.environment = QMap<QString, QString> { { QStringLiteral("GREETING"), QStringLiteral("hi") },
                                                    { QStringLiteral("TABLE"), QStringLiteral("t") } };
        QVERIFY2(project->applyEdit(id, edit, &error), qPrintable(error.toString()));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(project->function(id)->timeoutSeconds, 30);
        QCOMPARE(project->function(id)->environment.value(QStringLiteral("TABLE")), QStringLiteral("t"));

        // Refusals write nothing; our own writes do not reload twice.
        const QByteArray before = readAll(project->templatePath());
        QVERIFY(!project->setFunctionProperty(id, QStringLiteral("MemorySize"), QStringLiteral("100"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("128 to 10240")), qPrintable(error.toString()));
        QVERIFY(!project->setEnvironment(id, { { QStringLiteral("AWS_REGION"), QStringLiteral("x") } }, &error));
        QVERIFY2(error.message.contains(QStringLiteral("reserved")), qPrintable(error.toString()));
        edit = {};
        edit.handler = QStringLiteral("app.handler");
        edit.memorySizeMb = 99999;
        QVERIFY(!project->applyEdit(id, edit, &error));
        QCOMPARE(readAll(project->templatePath()), before);
        QCOMPARE(project->function(id)->handler, QStringLiteral("app.lambda_handler"));
        QTest::qWait(200); // let a stray watcher event arrive, if one were coming
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Project)
#include "tst_project.moc"
