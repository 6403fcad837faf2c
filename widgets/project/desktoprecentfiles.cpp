// SPDX-License-Identifier: MIT
#include "widgets/project/desktoprecentfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Bullpen {

namespace {

const QString BookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString MimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
const QString AppName = QStringLiteral("Bullpen");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// What an earlier entry of ours for the same file said: when it was added and how often Bullpen opened it.
struct Earlier
{
    QString added;
    int count = 0;
};

// Reads a <bookmark> element (the reader on its start) to its end, noting
// Bullpen's application entry.
Earlier readOurBookmark(QXmlStreamReader &reader)
{
    Earlier earlier { reader.attributes().value(u"added").toString(), 0 };
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (reader.name() == u"application" && reader.attributes().value(u"name") == AppName)
                earlier.count = reader.attributes().value(u"count").toInt();
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    return earlier;
}

void writeBookmark(QXmlStreamWriter &writer, const QString &href, const QString &mimeType, const Earlier &earlier)
{
    const QString stamp = now();
    writer.writeStartElement(QStringLiteral("bookmark"));
    writer.writeAttribute(QStringLiteral("href"), href);
    writer.writeAttribute(QStringLiteral("added"), earlier.added.isEmpty() ? stamp : earlier.added);
    writer.writeAttribute(QStringLiteral("modified"), stamp);
    writer.writeAttribute(QStringLiteral("visited"), stamp);
    writer.writeStartElement(QStringLiteral("info"));
    writer.writeStartElement(QStringLiteral("metadata"));
    writer.writeAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    writer.writeEmptyElement(MimeNs, QStringLiteral("mime-type"));
    writer.writeAttribute(QStringLiteral("type"), mimeType);
    writer.writeStartElement(BookmarkNs, QStringLiteral("applications"));
    writer.writeEmptyElement(BookmarkNs, QStringLiteral("application"));
    writer.writeAttribute(QStringLiteral("name"), AppName);
    writer.writeAttribute(QStringLiteral("exec"), QStringLiteral("'bullpen-gui %u'"));
    writer.writeAttribute(QStringLiteral("modified"), stamp);
    writer.writeAttribute(QStringLiteral("count"), QString::number(earlier.count + 1));
    writer.writeEndElement(); // applications
    writer.writeEndElement(); // metadata
    writer.writeEndElement(); // info
    writer.writeEndElement(); // bookmark
}

} // namespace

QString DesktopRecentFiles::listPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/recently-used.xbel");
}

bool DesktopRecentFiles::add(const QString &path, const QString &mimeType, QString *error)
{
    const QString href = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const QString list = listPath();
    QByteArray old;
    if (QFile file(list); file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1: %2").arg(list, file.errorString());
            return false;
        }
        old = file.readAll();
    }
    QDir().mkpath(QFileInfo(list).absolutePath());
    QSaveFile out(list);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(list, out.errorString());
        return false;
    }
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeNamespace(BookmarkNs, QStringLiteral("bookmark"));
    writer.writeNamespace(MimeNs, QStringLiteral("mime"));
    writer.writeStartElement(QStringLiteral("xbel"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    // Everyone else's bookmarks, copied as they are; ours for this file replaced.
    Earlier earlier;
    if (!old.isEmpty()) {
        QXmlStreamReader reader(old);
        int depth = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                if (depth == 0) { // <xbel>
                    ++depth;
                    continue;
                }
                if (depth == 1 && reader.name() == u"bookmark" && reader.attributes().value(u"href") == href) {
                    earlier = readOurBookmark(reader);
                    continue;
                }
                ++depth;
            } else if (reader.isEndElement()) {
                if (--depth == 0)
                    continue; // </xbel>
            } else if (depth == 0 || reader.isStartDocument() || reader.isEndDocument() || reader.isDTD()) {
                continue;
            } else if (reader.isWhitespace()) {
                continue; // autoFormatting indents
            }
            writer.writeCurrentToken(reader);
        }
        if (reader.hasError()) {
            // An unreadable list is not ours to repair: leave it as it is.
            out.cancelWriting();
            if (error)
                *error = QStringLiteral("%1 is not valid XML (line %2: %3); it was left as it is")
                             .arg(list)
                             .arg(reader.lineNumber())
                             .arg(reader.errorString());
            return false;
        }
    }
    writeBookmark(writer, href, mimeType, earlier);
    writer.writeEndElement(); // xbel
    writer.writeEndDocument();
    if (!out.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(list, out.errorString());
        return false;
    }
    return true;
}

} // namespace Bullpen
