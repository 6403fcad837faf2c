// SPDX-License-Identifier: MIT
#include "engine/project/project.h"
#include "engine/project/projectsamples.h"
#include "widgets/project/projectmodel.h"
#include "widgets/project/projectview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Bullpen;

namespace {

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ProjectModel::Kind kindOf(const QModelIndex &index)
{
    return index.data(ProjectModel::KindRole).value<ProjectModel::Kind>();
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

// A second function sharing nothing with the first, for add/remove tests.
const QByteArray SecondFunction = "\n  SecondFunction:\n"
                                  "    Type: AWS::Serverless::Function\n"
                                  "    Properties:\n"
                                  "      CodeUri: second/\n"
                                  "      Handler: main.handler\n"
                                  "      Runtime: python3.13\n"
                                  "      MemorySize: 512\n";

} // namespace

class tst_ProjectModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Project> openSample(QTemporaryDir &dir)
    {
        const QString folder = dir.filePath(QStringLiteral("python-hello"));
        ProjectError error;
        if (!ProjectSamples::create(QStringLiteral("python-hello"), folder, &error))
            return nullptr;
        // Things the tree must not show.
        QDir(folder).mkpath(QStringLiteral("hello_world/__pycache__"));
        QDir(folder).mkpath(QStringLiteral(".aws-sam/build"));
        QDir(folder).mkpath(QStringLiteral("hello_world/lib"));
        writeAll(folder + QStringLiteral("/hello_world/__pycache__/app.cpython-312.pyc"), "x");
        writeAll(folder + QStringLiteral("/hello_world/.hidden"), "x");
        writeAll(folder + QStringLiteral("/hello_world/lib/util.py"), "X = 1\n");
        return std::unique_ptr<Project>(Project::open(folder, &error));
    }

private Q_SLOTS:
    void rowsAndRoles()
    {
        QTemporaryDir dir;
        auto project = openSample(dir);
        QVERIFY(project);
        ProjectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());

        QCOMPARE(childNames(model, {}),
                 (QStringList { QStringLiteral("HelloWorldFunction"), QStringLiteral("Events"),
                                QStringLiteral("template.yaml") }));
        const QModelIndex function = model.index(0, 0);
        QCOMPARE(kindOf(function), ProjectModel::Kind::Function);
        QCOMPARE(function.data(ProjectModel::FunctionIdRole).toString(), QStringLiteral("HelloWorldFunction"));
        QCOMPARE(model.index(0, ProjectModel::RuntimeColumn).data().toString(), QStringLiteral("python3.12"));
        QCOMPARE(model.index(0, ProjectModel::HandlerColumn).data().toString(), QStringLiteral("app.lambda_handler"));
        QCOMPARE(model.index(0, ProjectModel::MemoryColumn).data().toString(), QStringLiteral("128 MB"));
        QCOMPARE(model.index(0, ProjectModel::TimeoutColumn).data().toString(), QStringLiteral("3 s"));
        QVERIFY(function.data(Qt::ToolTipRole).toString().contains(QStringLiteral("python3.12")));
        QCOMPARE(model.headerData(ProjectModel::MemoryColumn, Qt::Horizontal).toString(), QStringLiteral("Memory"));

        // Folders first, then files; ignored names left out.
        QCOMPARE(childNames(model, function), (QStringList { QStringLiteral("lib"), QStringLiteral("app.py") }));
        const QModelIndex lib = model.index(0, 0, function);
        QCOMPARE(kindOf(lib), ProjectModel::Kind::Folder);
        const QModelIndex util = model.index(0, 0, lib);
        QCOMPARE(kindOf(util), ProjectModel::Kind::File);
        QCOMPARE(util.data(ProjectModel::FunctionIdRole).toString(), QStringLiteral("HelloWorldFunction"));
        QCOMPARE(util.data(ProjectModel::FilePathRole).toString(),
                 project->directory() + QStringLiteral("/hello_world/lib/util.py"));
        QCOMPARE(model.indexForPath(util.data(ProjectModel::FilePathRole).toString()), util);

        const QModelIndex events = model.index(1, 0);
        QCOMPARE(kindOf(events), ProjectModel::Kind::EventsFolder);
        QCOMPARE(childNames(model, events), QStringList { QStringLiteral("event.json") });
        QCOMPARE(kindOf(model.index(0, 0, events)), ProjectModel::Kind::Event);
        QVERIFY(model.index(0, 0, events).data(ProjectModel::FunctionIdRole).isNull());

        const QModelIndex templ = model.index(2, 0);
        QCOMPARE(kindOf(templ), ProjectModel::Kind::Template);
        QCOMPARE(templ.data(ProjectModel::FilePathRole).toString(), project->templatePath());
        QVERIFY(!model.hasChildren(templ));
    }

    // A function's layers, in the order Lambda applies them, after its own files.
    void layersShownUnderTheirFunction()
    {
        QTemporaryDir dir;
        const QString folder = dir.path();
        QVERIFY(QDir(folder).mkpath(QStringLiteral("src")));
        QVERIFY(QDir(folder).mkpath(QStringLiteral("layers/common/python")));
        QVERIFY(QDir(folder).mkpath(QStringLiteral("layers/extra")));
        writeAll(folder + QStringLiteral("/src/app.py"), "def handler(e, c):\n    return 1\n");
        writeAll(folder + QStringLiteral("/layers/common/python/shared.py"), "X = 1\n");
        writeAll(folder + QStringLiteral("/layers/extra/README"), "x\n");
        writeAll(folder + QStringLiteral("/template.yaml"),
                 "Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Layers: [!Ref Common]\n"
                 "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                 "      CodeUri: src/\n      Handler: app.handler\n      Runtime: python3.12\n"
                 "      Layers: [!Ref Extra]\n"
                 "  Common:\n    Type: AWS::Serverless::LayerVersion\n    Properties:\n"
                 "      ContentUri: layers/common/\n      CompatibleRuntimes: [python3.12]\n"
                 "  Extra:\n    Type: AWS::Serverless::LayerVersion\n    Properties:\n"
                 "      ContentUri: layers/extra/\n");
        ProjectError error;
        std::unique_ptr<Project> project(Project::open(folder, &error));
        QVERIFY2(project, qPrintable(error.toString()));
        ProjectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        const QModelIndex function = model.index(0, 0);
        QCOMPARE(childNames(model, function),
                 (QStringList { QStringLiteral("app.py"), QStringLiteral("Common (layer)"),
                                QStringLiteral("Extra (layer)") }));
        const QModelIndex common = model.index(1, 0, function);
        QCOMPARE(kindOf(common), ProjectModel::Kind::Layer);
        QCOMPARE(common.data(ProjectModel::FunctionIdRole).toString(), QStringLiteral("Fn"));
        QVERIFY(common.data(Qt::ToolTipRole).toString().contains(QStringLiteral("python3.12")));
        QCOMPARE(childNames(model, common), QStringList { QStringLiteral("python") });
        QVERIFY2(function.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Common, Extra")),
                 qPrintable(function.data(Qt::ToolTipRole).toString()));
    }

    void followsReloadsAndFolders()
    {
        QTemporaryDir dir;
        auto project = openSample(dir);
        QVERIFY(project);
        ProjectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A new function in the template, with its code folder.
        QVERIFY(QDir(project->directory()).mkdir(QStringLiteral("second")));
        writeAll(project->directory() + QStringLiteral("/second/main.py"), "def handler(e, c):\n    return 1\n");
        QByteArray text = readAll(project->templatePath());
        text.insert(text.indexOf("\nOutputs:"), SecondFunction);
        writeAll(project->templatePath(), text);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("SecondFunction"));
        QCOMPARE(model.index(1, ProjectModel::MemoryColumn).data().toString(), QStringLiteral("512 MB"));
        QCOMPARE(childNames(model, model.index(1, 0)), QStringList { QStringLiteral("main.py") });

        // A new event file appears under Events without a template change.
        writeAll(project->eventsDirectory() + QStringLiteral("/second.json"), "{}");
        QTRY_COMPARE(model.rowCount(model.index(2, 0)), 2);

        // A broken template keeps the last good tree.
        const int resetsBefore = int(reset.size());
        QSignalSpy failed(project.get(), &Project::loadFailed);
        writeAll(project->templatePath(), text + "\n  Broken: [\n");
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.size(), resetsBefore);

        // Removing the function again.
        writeAll(project->templatePath(),
                 readAll(project->templatePath()).replace(SecondFunction, QByteArray()).replace("\n  Broken: [\n", ""));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("HelloWorldFunction"));

        // A touch that changes nothing visible does not reset the model.
        const int resets = int(reset.size());
        model.refresh();
        QCOMPARE(reset.size(), resets);
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void viewSignals()
    {
        QTemporaryDir dir;
        auto project = openSample(dir);
        QVERIFY(project);
        ProjectView view;
        QSignalSpy functions(&view, &ProjectView::functionSelected);
        QSignalSpy files(&view, &ProjectView::fileActivated);
        QSignalSpy templates(&view, &ProjectView::templateActivated);
        view.setProject(project.get());
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(functions.size(), 1);
        QCOMPARE(view.currentFunction(), QStringLiteral("HelloWorldFunction"));

        // A file under the function: current function stays, no second signal.
        const QString app = project->directory() + QStringLiteral("/hello_world/app.py");
        view.selectPath(app);
        QCOMPARE(functions.size(), 1);
        QTest::keyClick(view.treeView(), Qt::Key_Return);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.constFirst().constFirst().toString(), app);

        const QModelIndex templ = view.model()->index(view.model()->rowCount() - 1, 0);
        view.treeView()->setCurrentIndex(templ);
        QTest::keyClick(view.treeView(), Qt::Key_Return);
        QCOMPARE(templates.size(), 1);

        // Expansion and the current file survive a reset.
        view.selectPath(app);
        QByteArray text = readAll(project->templatePath());
        writeAll(project->templatePath(), text.replace("    Timeout: 3", "    Timeout: 9"));
        QTRY_COMPARE(view.model()->index(0, ProjectModel::TimeoutColumn).data().toString(), QStringLiteral("9 s"));
        QCOMPARE(view.treeView()->currentIndex().data(ProjectModel::FilePathRole).toString(), app);
        QVERIFY(view.treeView()->isExpanded(view.model()->index(0, 0)));
        QCOMPARE(functions.size(), 1);

        if (qEnvironmentVariableIsSet("BULLPEN_SCREENSHOT_DIR")) {
            view.treeView()->expandAll();
            view.grab().save(qEnvironmentVariable("BULLPEN_SCREENSHOT_DIR") + QStringLiteral("/projectview.png"));
        }
    }
};

QTEST_MAIN(tst_ProjectModel)
#include "tst_projectmodel.moc"
