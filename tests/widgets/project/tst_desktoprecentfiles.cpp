// SPDX-License-Identifier: MIT
// The desktop's recently used files (recently-used.xbel): Bullpen's entry is
// added with the template's MIME type and Bullpen as its application, opened
// again it is replaced (count 2, first "added" kept), other applications'
// entries stay as they were, and a list that is not XML is left alone.
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include "widgets/project/desktoprecentfiles.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Foreign = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<xbel version=\"1.0\"\n"
                           "      xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n"
                           "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n"
                           ">\n"
                           "  <bookmark href=\"file:///home/u/notes.txt\" added=\"2026-01-02T03:04:05.000000Z\" "
                           "modified=\"2026-01-02T03:04:05.000000Z\" visited=\"2026-01-02T03:04:05.000000Z\">\n"
                           "    <info>\n"
                           "      <metadata owner=\"http://freedesktop.org\">\n"
                           "        <mime:mime-type type=\"text/plain\"/>\n"
                           "        <bookmark:applications>\n"
                           "          <bookmark:application name=\"Text Editor\" exec=\"&apos;gnome-text-editor "
                           "%u&apos;\" modified=\"2026-01-02T03:04:05Z\" count=\"3\"/>\n"
                           "        </bookmark:applications>\n"
                           "      </metadata>\n"
                           "    </info>\n"
                           "  </bookmark>\n"
                           "</xbel>\n";

struct Entry
{
    QString href, added, mime, app, exec, count;
};

QList<Entry> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader reader(&file);
    QList<Entry> entries;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto a = reader.attributes();
        if (reader.name() == u"bookmark")
            entries.append({ a.value(u"href").toString(), a.value(u"added").toString(), {}, {}, {}, {} });
        else if (reader.name() == u"mime-type" && !entries.isEmpty())
            entries.last().mime = a.value(u"type").toString();
        else if (reader.name() == u"application" && !entries.isEmpty()) {
            entries.last().app = a.value(u"name").toString();
            entries.last().exec = a.value(u"exec").toString();
            entries.last().count = a.value(u"count").toString();
        }
    }
    if (reader.hasError())
        qWarning("%s", qPrintable(reader.errorString()));
    return reader.hasError() ? QList<Entry> {} : entries;
}

} // namespace

class TestDesktopRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(DesktopRecentFiles::listPath()); }

    void addsAndReplacesItsOwnEntry()
    {
        const QString list = DesktopRecentFiles::listPath();
        QVERIFY(list.endsWith(u"/recently-used.xbel"_s));
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(Foreign);
        }
        const QString mime = u"application/x-aws-sam-template"_s;
        QString error;
        QVERIFY2(DesktopRecentFiles::add(u"/work/my project/template.yaml"_s, mime, &error), qPrintable(error));
        QList<Entry> entries = read(list);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).href, u"file:///home/u/notes.txt"_s);
        QCOMPARE(entries.at(0).added, u"2026-01-02T03:04:05.000000Z"_s);
        QCOMPARE(entries.at(0).app, u"Text Editor"_s);
        QCOMPARE(entries.at(0).count, u"3"_s);
        QCOMPARE(entries.at(0).mime, u"text/plain"_s);
        QCOMPARE(entries.at(1).href, u"file:///work/my%20project/template.yaml"_s);
        QCOMPARE(entries.at(1).mime, mime);
        QCOMPARE(entries.at(1).app, u"Bullpen"_s);
        QCOMPARE(entries.at(1).exec, u"'bullpen-gui %u'"_s);
        QCOMPARE(entries.at(1).count, u"1"_s);
        const QString added = entries.at(1).added;
        QVERIFY(!added.isEmpty());

        QVERIFY2(DesktopRecentFiles::add(u"/work/my project/template.yaml"_s, mime, &error), qPrintable(error));
        entries = read(list);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).href, u"file:///home/u/notes.txt"_s);
        QCOMPARE(entries.at(1).count, u"2"_s);
        QCOMPARE(entries.at(1).added, added);
    }

    void startsAListWhereThereIsNone()
    {
        QString error;
        QVERIFY2(DesktopRecentFiles::add(u"/p/template.yaml"_s, u"application/x-aws-sam-template"_s, &error),
                 qPrintable(error));
        const QList<Entry> entries = read(DesktopRecentFiles::listPath());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).href, u"file:///p/template.yaml"_s);
    }

    void leavesABrokenListAlone()
    {
        const QByteArray broken = "<xbel version=\"1.0\"><bookmark href=\"file:///x\">";
        {
            QFile file(DesktopRecentFiles::listPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        QString error;
        QVERIFY(!DesktopRecentFiles::add(u"/p/template.yaml"_s, u"application/x-aws-sam-template"_s, &error));
        QVERIFY2(error.contains(u"not valid XML"_s), qPrintable(error));
        QFile file(DesktopRecentFiles::listPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }
};

QTEST_GUILESS_MAIN(TestDesktopRecentFiles)
#include "tst_desktoprecentfiles.moc"
