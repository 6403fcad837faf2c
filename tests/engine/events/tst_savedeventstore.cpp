// SPDX-License-Identifier: MIT
// Saved events on disk: round trip with the form data, SAM-compatible files,
// unsafe names refused, undo of a deletion, import/export, and a project whose
// files cannot be parsed.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "engine/events/eventdraftstore.h"
#include "engine/events/savedeventstore.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

class TestSavedEventStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir project;
        SavedEventStore store(project.path());
        QVERIFY(store.events().isEmpty());
        const SavedEvent meta { u"upload photo"_s,
                                u"ThumbnailFunction"_s,
                                u"s3"_s,
                                u"put"_s,
                                { { u"bucket"_s, u"photos"_s }, { u"size"_s, u"12"_s } } };
        QString error;
        QVERIFY2(store.save(meta, "{\"Records\": []}\n", &error), qPrintable(error));
        // The payload file is exactly the payload: `sam local invoke -e events/NAME.json` reads it.
        QCOMPARE(readFile(project.filePath(u"events/upload photo.json"_s)), QByteArray("{\"Records\": []}\n"));

        SavedEventStore reopened(project.path());
        QCOMPARE(reopened.events().size(), 1);
        QCOMPARE(reopened.events().first(), meta);
        QCOMPARE(*reopened.load(u"upload photo"_s), QByteArray("{\"Records\": []}\n"));
        QCOMPARE(reopened.events(u"ThumbnailFunction"_s).size(), 1);
        QCOMPARE(reopened.events(u"OtherFunction"_s).size(), 0);
    }

    void samFilesBelongToEveryFunction()
    {
        QTemporaryDir project;
        writeFile(project.filePath(u"events/event.json"_s), "{\"from\": \"sam init\"}");
        SavedEventStore store(project.path());
        QCOMPARE(store.events(u"HelloWorldFunction"_s).size(), 1);
        QCOMPARE(store.events(u"HelloWorldFunction"_s).first().name, u"event"_s);
    }

    void unsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("dotdot") << u".."_s;
        QTest::newRow("escape") << u"../../etc/passwd"_s;
        QTest::newRow("dotdot inside") << u"a..b"_s;
        QTest::newRow("hidden") << u".bullpen-events"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"  "_s;
        QTest::newRow("control") << u"a\nb"_s;
        QTest::newRow("colon") << u"c:x"_s;
    }

    void unsafeNames()
    {
        QFETCH(QString, name);
        QTemporaryDir project;
        SavedEventStore store(project.path());
        QString error;
        QVERIFY(!SavedEventStore::isValidName(name));
        QVERIFY(!store.save({ name, {}, {}, {}, {} }, "{}", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.save({ u"ok"_s, {}, {}, {}, {} }, "{}", &error));
        QVERIFY(!store.rename(u"ok"_s, name, &error));
        QVERIFY(store.contains(u"ok"_s));
        QCOMPARE(QDir(project.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList { u"events"_s });
    }

    void renameDuplicateDeleteUndo()
    {
        QTemporaryDir project;
        SavedEventStore store(project.path());
        QString error;
        QVERIFY(store.save({ u"a"_s, u"F"_s, u"sqs"_s, u"receive-message"_s, { { u"count"_s, u"3"_s } } }, "{\"n\": 1}",
                           &error));
        QVERIFY(store.rename(u"a"_s, u"b"_s, &error));
        QVERIFY(!store.contains(u"a"_s));
        QVERIFY(!QFile::exists(store.filePath(u"a"_s)));
        QCOMPARE(store.find(u"b"_s)->parameters.value(u"count"_s), u"3"_s);
        QVERIFY(store.duplicate(u"b"_s, store.uniqueName(u"b"_s), &error));
        QVERIFY(store.contains(u"b-2"_s));
        QVERIFY(!store.duplicate(u"b"_s, u"b-2"_s, &error));
        QVERIFY(error.contains(u"already exists"_s));
        QVERIFY(!store.rename(u"b"_s, u"b-2"_s, &error));

        const auto snapshot = store.remove(u"b"_s, &error);
        QVERIFY(snapshot);
        QVERIFY(!QFile::exists(store.filePath(u"b"_s)));
        SavedEventStore reread(project.path());
        QVERIFY(!reread.contains(u"b"_s));
        QVERIFY(store.restore(*snapshot, &error));
        SavedEventStore restored(project.path());
        QCOMPARE(*restored.load(u"b"_s), QByteArray("{\"n\": 1}"));
        QCOMPARE(restored.find(u"b"_s)->function, u"F"_s);
    }

    void importExport()
    {
        QTemporaryDir project;
        SavedEventStore store(project.path());
        QString error;
        writeFile(project.filePath(u"in.json"_s), "{\"x\": 1}");
        writeFile(project.filePath(u"bad.json"_s), "{\"x\": \n 1,}");
        QVERIFY(store.importFile(project.filePath(u"in.json"_s), u"imported"_s, u"F"_s, &error));
        QVERIFY(!store.importFile(project.filePath(u"bad.json"_s), u"bad"_s, u"F"_s, &error));
        QVERIFY2(error.contains(u"line 2, column 4"_s), qPrintable(error));
        QVERIFY(store.exportTo(u"imported"_s, project.filePath(u"out.json"_s), &error));
        QCOMPARE(readFile(project.filePath(u"out.json"_s)), QByteArray("{\"x\": 1}"));
    }

    void survivesUnparsableFiles()
    {
        QTemporaryDir project;
        writeFile(project.filePath(u"events/good.json"_s), "{}");
        writeFile(project.filePath(u"events/broken.json"_s), "{ not json");
        writeFile(project.filePath(u"events/.bullpen-events.json"_s), "{\"events\": {\"good\": ");
        SavedEventStore store;
        store.setProjectDirectory(project.path());
        QString error;
        QVERIFY(!store.reload(&error));
        QVERIFY2(error.contains(u"events/.bullpen-events.json cannot be read (line 1, column"_s), qPrintable(error));
        QVERIFY(error.contains(u"listed without their form settings"_s));
        QCOMPARE(store.events().size(), 2); // both files still listed
        QCOMPARE(*store.load(u"broken"_s), QByteArray("{ not json")); // raw text: the editor shows it and says why
        // Saving rewrites the index into a readable one.
        QVERIFY(store.save({ u"new"_s, u"F"_s, u"s3"_s, u"put"_s, {} }, "{}", &error));
        QVERIFY(store.reload(&error));
        QCOMPARE(store.find(u"new"_s)->service, u"s3"_s);
    }

    void drafts()
    {
        QTemporaryDir data;
        QTemporaryDir project;
        EventDraftStore drafts(data.path());
        QVERIFY(!drafts.load(project.path()));
        EventDraft d;
        d.project = project.path();
        d.function = u"F"_s;
        d.savedName = u"upload"_s;
        d.service = u"s3"_s;
        d.event = u"put"_s;
        d.parameters = { { u"bucket"_s, u"b"_s } };
        d.payload = "{ half typed";
        QVERIFY(drafts.save(d));
        const auto back = drafts.load(project.path());
        QVERIFY(back);
        QCOMPARE(back->payload, d.payload);
        QCOMPARE(back->parameters, d.parameters);
        QCOMPARE(back->savedName, d.savedName);
        QVERIFY(back->savedAt.isValid());
        drafts.discard(project.path());
        QVERIFY(!drafts.load(project.path()));
    }
};

QTEST_GUILESS_MAIN(TestSavedEventStore)
#include "tst_savedeventstore.moc"
