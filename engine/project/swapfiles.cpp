// SPDX-License-Identifier: MIT
#include "engine/project/swapfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QThreadPool>

#include <algorithm>

namespace Bullpen {

namespace {

const QLatin1StringView Suffix(".swp");

std::optional<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
}

} // namespace

// ---------------------------------------------------------------- SwapFile

QString SwapFile::diskText() const
{
    if (path.isEmpty())
        return {};
    const auto bytes = readBytes(path);
    if (!bytes)
        return {};
    // As CodeEditor reads a file: UTF-8 with its byte-order mark kept, CRLF line endings made LF.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(*bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

SwapFile::Disk SwapFile::diskState() const
{
    if (path.isEmpty())
        return Disk::Missing;
    const auto bytes = readBytes(path);
    if (!bytes)
        return Disk::Missing;
    return digest(*bytes) == baseDigest ? Disk::Unchanged : Disk::ChangedSince;
}

bool SwapFile::ownerIsRunning() const
{
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    // Linux's /proc: a process of that number whose program is one of ours
    // (bullpen-gui); a number reused by another program does not count.
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("bullpen");
}

bool SwapFile::sameAsDisk() const
{
    return !path.isEmpty() && QFileInfo::exists(path) && diskText() == text;
}

// ---------------------------------------------------------------- SwapStore

SwapStore::SwapStore(const QString &directory)
    : m_directory(directory)
{ }

QString SwapStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("swap"));
}

QString SwapStore::swapPathFor(const QString &path, const QString &untitledId) const
{
    const QString key = path.isEmpty() ? QStringLiteral("untitled:") + untitledId : QFileInfo(path).absoluteFilePath();
    return QDir(m_directory).filePath(QString::fromLatin1(digest(key.toUtf8())) + Suffix);
}

bool SwapStore::write(const QString &path, const QString &untitledId, const QString &text, QString *error,
                      qint64 pid) const
{
    QJsonObject header { { QStringLiteral("takenAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                         { QStringLiteral("pid"), pid ? pid : QCoreApplication::applicationPid() } };
    if (path.isEmpty()) {
        header.insert(QStringLiteral("untitled"), untitledId);
    } else {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        header.insert(QStringLiteral("path"), absolute);
        // What the edits were made over, so that the offer can say when the
        // file has changed since.
        if (const auto onDisk = readBytes(absolute))
            header.insert(QStringLiteral("base"), QString::fromLatin1(digest(*onDisk)));
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(m_directory);
        return false;
    }
    QSaveFile file(swapPathFor(path, untitledId));
    const QByteArray head = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray body = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size() || file.write(body) != body.size()
        || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool SwapStore::remove(const QString &path, const QString &untitledId) const
{
    const QString swap = swapPathFor(path, untitledId);
    return !QFileInfo::exists(swap) || QFile::remove(swap);
}

std::optional<SwapFile> SwapStore::read(const QString &swapPath) const
{
    const auto bytes = readBytes(swapPath);
    if (!bytes)
        return std::nullopt;
    const qsizetype newline = bytes->indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    const QJsonObject header = QJsonDocument::fromJson(bytes->left(newline)).object();
    SwapFile swap;
    swap.swapPath = swapPath;
    swap.path = header.value(QLatin1StringView("path")).toString();
    swap.untitledId = header.value(QLatin1StringView("untitled")).toString();
    if (swap.path.isEmpty() == swap.untitledId.isEmpty())
        return std::nullopt; // neither, or both: not one of ours
    swap.baseDigest = header.value(QLatin1StringView("base")).toString().toLatin1();
    swap.pid = header.value(QLatin1StringView("pid")).toInteger();
    swap.takenAt = QDateTime::fromString(header.value(QLatin1StringView("takenAt")).toString(), Qt::ISODateWithMs);
    swap.text = QString::fromUtf8(bytes->mid(newline + 1));
    return swap;
}

QList<SwapFile> SwapStore::all() const
{
    QList<SwapFile> found;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({ QStringLiteral("*") + Suffix }, QDir::Files)) {
        if (auto swap = read(dir.filePath(name)))
            found.append(*swap);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const SwapFile &a, const SwapFile &b) { return a.takenAt < b.takenAt; });
    return found;
}

// ---------------------------------------------------------------- SwapWriter

SwapWriter::SwapWriter(const SwapStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(std::make_unique<QThreadPool>())
{
    // One thread: the pool runs tasks of equal priority in the order started.
    m_thread->setMaxThreadCount(1);
    m_thread->setObjectName(QStringLiteral("bullpen-swap"));
}

SwapWriter::~SwapWriter()
{
    waitForDone();
}

void SwapWriter::write(const QString &path, const QString &untitledId, const QString &text)
{
    // text is implicitly shared: the copy the task holds is the GUI thread's
    // string until the editor changes it (then the editor's side detaches).
    m_thread->start([this, path, untitledId, raw = text] {
        QString text = raw; // detaches here, not on the caller's thread
        text.replace(QChar::ParagraphSeparator, u'\n');
        const QString swap = m_store.swapPathFor(path, untitledId);
        const size_t hash = qHash(text);
        const auto last = m_written.constFind(swap);
        if (last != m_written.cend() && *last == hash && QFileInfo::exists(swap))
            return; // a change of formats only (the highlighter), or edited back
        QString error;
        if (!m_store.write(path, untitledId, text, &error)) {
            m_written.remove(swap);
            Q_EMIT failed(error); // queued to the receivers' threads; the writer outlives its tasks
            return;
        }
        m_written.insert(swap, hash);
    });
}

void SwapWriter::remove(const QString &path, const QString &untitledId)
{
    m_thread->start([this, path, untitledId] {
        m_written.remove(m_store.swapPathFor(path, untitledId));
        m_store.remove(path, untitledId);
    });
}

void SwapWriter::waitForDone()
{
    m_thread->waitForDone();
}

} // namespace Bullpen
