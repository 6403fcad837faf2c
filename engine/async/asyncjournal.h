// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Bullpen {

// An append-only file of JSON lines, the asynchronous queue's memory across
// restarts. A record is written to the kernel when it is appended (a killed
// Bullpen loses nothing it has appended) and to the disk at the next sync(),
// which the queue runs once per event-loop turn: one fdatasync() covers every
// record of the turn (10,000 events queued in a loop cost one, not 10,000).
// Each record is one line written with one write(): a line torn by a crash can
// only be the last one, and reading drops it. rewrite() replaces the whole
// file atomically (QSaveFile: a new file, synced, renamed over the old), so
// the journal is either the old one or the new one, never a mixture.
class AsyncJournal final
{
public:
    explicit AsyncJournal(QString path);
    ~AsyncJournal();

    const QString &path() const { return m_path; }
    // Reads the records there are (an unreadable last line is dropped and
    // reported in *dropped) and opens the file for appending.
    bool open(QList<QJsonObject> *records, int *dropped, QString *error);
    bool append(const QJsonObject &record, QString *error = nullptr);
    // Makes what was appended durable; cheap when nothing was.
    bool sync(QString *error = nullptr);
    // Replaces the file's content with these records, atomically, and goes on appending after them.
    bool rewrite(const QList<QJsonObject> &records, QString *error = nullptr);
    qsizetype linesSinceRewrite() const { return m_lines; }

private:
    bool openForAppend(QString *error);

    QString m_path;
    QFile m_file;
    bool m_dirty = false;
    qsizetype m_lines = 0;
};

} // namespace Bullpen
