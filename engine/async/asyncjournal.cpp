// SPDX-License-Identifier: MIT
#include "engine/async/asyncjournal.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <unistd.h>

namespace Bullpen {

AsyncJournal::AsyncJournal(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{ }

AsyncJournal::~AsyncJournal()
{
    sync();
}

bool AsyncJournal::open(QList<QJsonObject> *records, int *dropped, QString *error)
{
    *dropped = 0;
    QFile in(m_path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            *error
                = QStringLiteral("cannot read the asynchronous queue's journal %1: %2").arg(m_path, in.errorString());
            return false;
        }
        const QByteArray all = in.readAll();
        qsizetype start = 0;
        while (start < all.size()) {
            qsizetype end = all.indexOf('\n', start);
            const bool complete = end >= 0;
            if (!complete)
                end = all.size();
            const QByteArray line = all.sliced(start, end - start);
            start = end + 1;
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            // Only a crash mid-write leaves a bad line, and only as the last, unterminated one.
            if (!complete || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                ++*dropped;
                continue;
            }
            records->append(doc.object());
            ++m_lines;
        }
    }
    return openForAppend(error);
}

bool AsyncJournal::openForAppend(QString *error)
{
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = QStringLiteral("cannot write the asynchronous queue's journal %1: %2")
                         .arg(m_path, m_file.errorString());
        return false;
    }
    // A torn last line (see open()) must not swallow the next record.
    if (m_file.size() > 0) {
        QFile tail(m_path);
        if (tail.open(QIODevice::ReadOnly) && tail.seek(m_file.size() - 1) && tail.read(1) != "\n")
            m_file.write("\n", 1);
    }
    return true;
}

bool AsyncJournal::append(const QJsonObject &record, QString *error)
{
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    line.append('\n');
    // Unbuffered: one write() per record, in the kernel when this returns.
    if (m_file.write(line) != line.size()) {
        if (error)
            *error = QStringLiteral("cannot write the asynchronous queue's journal %1: %2")
                         .arg(m_path, m_file.errorString());
        return false;
    }
    m_dirty = true;
    ++m_lines;
    return true;
}

bool AsyncJournal::sync(QString *error)
{
    if (!m_dirty || !m_file.isOpen())
        return true;
    m_dirty = false;
    if (::fdatasync(m_file.handle()) != 0) {
        if (error)
            *error = QStringLiteral("cannot sync the asynchronous queue's journal %1").arg(m_path);
        return false;
    }
    return true;
}

bool AsyncJournal::rewrite(const QList<QJsonObject> &records, QString *error)
{
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot rewrite the asynchronous queue's journal %1: %2")
                         .arg(m_path, out.errorString());
        return false;
    }
    for (const QJsonObject &record : records) {
        out.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
        out.write("\n", 1);
    }
    // commit() syncs the new file before it renames it over the old one.
    if (!out.commit()) {
        if (error)
            *error = QStringLiteral("cannot rewrite the asynchronous queue's journal %1: %2")
                         .arg(m_path, out.errorString());
        return false;
    }
    m_dirty = false;
    m_lines = records.size();
    return openForAppend(error);
}

} // namespace Bullpen
