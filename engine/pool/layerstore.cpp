// SPDX-License-Identifier: MIT
#include "engine/pool/layerstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fts.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bullpen {

namespace {

// Every entry under a folder, relative and sorted (folders too, so that an
// empty folder is content as well).
QFileInfoList entriesUnder(const QString &root)
{
    QFileInfoList result;
    QStringList pending { QString() };
    while (!pending.isEmpty()) {
        const QString relative = pending.takeLast();
        const QDir dir(relative.isEmpty() ? root : root + u'/' + relative);
        const QFileInfoList entries
            = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            result.append(entry);
            if (entry.isDir() && !entry.isSymLink())
                pending.append(relative.isEmpty() ? entry.fileName() : relative + u'/' + entry.fileName());
        }
    }
    std::sort(result.begin(), result.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.filePath() < b.filePath(); });
    return result;
}

void addField(QCryptographicHash &hash, QByteArrayView data)
{
    hash.addData(data);
    hash.addData(QByteArrayView("\0", 1));
}

int byName(const FTSENT **a, const FTSENT **b)
{
    return std::strcmp((*a)->fts_name, (*b)->fts_name);
}

// Every entry's name, size, modification time and mode under root (or of
// root, a file), in a stable order: what says "unchanged" without reading a
// byte. fts(3) rather than QDir: it runs for every invocation, and one lstat
// per entry is all it needs.
bool addSignature(QCryptographicHash &hash, const QString &root)
{
    const QByteArray path = QFile::encodeName(root);
    char *paths[] = { const_cast<char *>(path.constData()), nullptr };
    FTS *fts = ::fts_open(paths, FTS_PHYSICAL | FTS_NOCHDIR, byName);
    if (!fts)
        return false;
    bool ok = true;
    while (FTSENT *e = ::fts_read(fts)) {
        if (e->fts_info == FTS_DP)
            continue;
        if (e->fts_info == FTS_ERR || e->fts_info == FTS_DNR || e->fts_info == FTS_NS) {
            ok = false;
            break;
        }
        const struct stat *st = e->fts_statp;
        hash.addData(QByteArrayView(e->fts_path, qsizetype(e->fts_pathlen)));
        const qint64 fields[] = { qint64(st->st_size), qint64(st->st_mtim.tv_sec), qint64(st->st_mtim.tv_nsec),
                                  qint64(st->st_mode), qint64(st->st_ino) };
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(fields), sizeof fields));
    }
    ::fts_close(fts);
    return ok;
}

// A plain copy with the mode Lambda's user needs (read for all, and execute
// where the source had it), without QFile::copy's temporary file per file.
bool copyFile(const QString &from, const QString &to, bool executable)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out
        = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, executable ? 0755 : 0644);
    if (out < 0) {
        ::close(in);
        return false;
    }
    bool ok = true;
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ok = false;
            break;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out, buffer + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                ok = false;
                break;
            }
            done += w;
        }
        if (!ok)
            break;
    }
    ::fchmod(out, executable ? 0755 : 0644); // whatever the umask
    ok = ::close(out) == 0 && ok;
    ::close(in);
    return ok;
}

// Copies a layer's tree over what is there: Lambda extracts the layers one
// after the other into /opt, so a later layer's file replaces an earlier one's.
bool mergeInto(const QString &source, const QString &target, QString *error)
{
    for (const QFileInfo &entry : entriesUnder(source)) {
        const QString relative = QDir(source).relativeFilePath(entry.filePath());
        const QString destination = target + u'/' + relative;
        const QFileInfo existing(destination);
        if (entry.isSymLink()) {
            if (existing.exists() || existing.isSymLink())
                QFile::remove(destination);
            if (!QFile::link(entry.symLinkTarget(), destination)) {
                // Keep the link's text as written (relative links stay relative).
                QFile::remove(destination);
                const QByteArray link = QFile::encodeName(entry.readSymLink());
                if (!QFile::link(QFile::decodeName(link), destination)) {
                    *error = QStringLiteral("cannot make the link %1").arg(destination);
                    return false;
                }
            }
        } else if (entry.isDir()) {
            if (existing.exists() && !existing.isDir())
                QFile::remove(destination);
            if (!QDir().mkpath(destination)) {
                *error = QStringLiteral("cannot create %1").arg(destination);
                return false;
            }
        } else {
            if (existing.isDir())
                QDir(destination).removeRecursively();
            else if (existing.isSymLink())
                QFile::remove(destination);
            if (!copyFile(entry.filePath(), destination, entry.isExecutable())) {
                *error = QStringLiteral("cannot copy %1 to %2").arg(entry.filePath(), destination);
                return false;
            }
        }
    }
    return true;
}

} // namespace

LayerStore::LayerStore(QString cacheDirectory)
    : m_cacheDirectory(std::move(cacheDirectory))
{ }

QString LayerStore::contentHash(const QList<LayerConfig> &layers, QString *error)
{
    if (layers.isEmpty())
        return {};
    // The signature: every file's name, size, modification time and mode, layer by layer.
    QCryptographicHash signature(QCryptographicHash::Sha256);
    for (const LayerConfig &layer : layers) {
        addField(signature, layer.logicalId.toUtf8());
        if (!QFileInfo::exists(layer.contentPath) || !addSignature(signature, layer.contentPath)) {
            *error = QStringLiteral("layer %1: %2 is gone or unreadable").arg(layer.logicalId, layer.contentPath);
            return {};
        }
    }
    const QString key = QString::fromLatin1(signature.result().toHex());
    if (const auto it = m_hashBySignature.constFind(key); it != m_hashBySignature.cend())
        return *it;

    // The content: what each layer puts where, and the bytes of its files.
    QCryptographicHash content(QCryptographicHash::Sha256);
    for (const LayerConfig &layer : layers) {
        addField(content, "layer");
        const QFileInfo root(layer.contentPath);
        const QString folder = root.isDir() ? layer.contentPath : QString();
        if (folder.isEmpty()) { // a .zip: its bytes
            QFile zip(layer.contentPath);
            if (!zip.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("layer %1: cannot read %2: %3")
                             .arg(layer.logicalId, layer.contentPath, zip.errorString());
                return {};
            }
            content.addData(&zip);
            continue;
        }
        for (const QFileInfo &entry : entriesUnder(folder)) {
            addField(content, QDir(folder).relativeFilePath(entry.filePath()).toUtf8());
            if (entry.isSymLink()) {
                addField(content, QByteArray("l" + QFile::encodeName(entry.readSymLink())));
            } else if (entry.isDir()) {
                addField(content, "d");
            } else {
                addField(content, entry.isExecutable() ? "x" : "f");
                QFile file(entry.filePath());
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = QStringLiteral("layer %1: cannot read %2: %3")
                                 .arg(layer.logicalId, entry.filePath(), file.errorString());
                    return {};
                }
                content.addData(&file);
                addField(content, {});
            }
        }
    }
    const QString hash = QString::fromLatin1(content.result().toHex().left(32));
    m_hashBySignature.insert(key, hash);
    return hash;
}

QString LayerStore::unpackZip(const QString &zip, QString *error)
{
    // Named by the archive's bytes, unpacked once.
    QFile file(zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(zip, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    const QString name = QString::fromLatin1(hash.result().toHex().left(32));
    const QString target = m_cacheDirectory + QStringLiteral("/zip-") + name;
    if (QFileInfo::exists(target + QStringLiteral("/.complete")))
        return target + QStringLiteral("/content");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *error = QStringLiteral("cannot unpack %1: Bullpen unpacks layer archives with python3, which is not "
                                "installed; unpack it and point ContentUri at the folder")
                     .arg(zip);
        return {};
    }
    const QString partial = target + QStringLiteral(".partial-") + QString::number(QCoreApplication::applicationPid());
    QDir(partial).removeRecursively();
    QDir().mkpath(partial + QStringLiteral("/content"));
    // zipfile drops the permission bits; an archive's executables (bin/,
    // extensions/) must stay executable, so they are restored from the entries.
    const QString script = QStringLiteral("import sys, zipfile, os\n"
                                          "with zipfile.ZipFile(sys.argv[1]) as z:\n"
                                          "    for i in z.infolist():\n"
                                          "        p = z.extract(i, sys.argv[2])\n"
                                          "        mode = (i.external_attr >> 16) & 0o777\n"
                                          "        if mode and not i.is_dir():\n"
                                          "            os.chmod(p, mode | 0o444)\n");
    QProcess unzip;
    unzip.start(python, { QStringLiteral("-c"), script, zip, partial + QStringLiteral("/content") });
    // Once per archive content; a layer archive is small next to a container start.
    if (!unzip.waitForFinished(120000) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0) {
        *error = QStringLiteral("cannot unpack %1: %2")
                     .arg(zip, QString::fromUtf8(unzip.readAllStandardError()).trimmed().section(u'\n', -1));
        QDir(partial).removeRecursively();
        return {};
    }
    QFile marker(partial + QStringLiteral("/.complete"));
    marker.open(QIODevice::WriteOnly);
    marker.close();
    if (!QDir().rename(partial, target)) {
        QDir(partial).removeRecursively();
        if (!QFileInfo::exists(target + QStringLiteral("/.complete"))) {
            *error = QStringLiteral("cannot move the unpacked %1 into %2").arg(zip, target);
            return {};
        }
    }
    return target + QStringLiteral("/content");
}

std::optional<PreparedOpt> LayerStore::prepare(const QList<LayerConfig> &layers, QString *error)
{
    PreparedOpt opt;
    if (layers.isEmpty())
        return opt;
    opt.contentHash = contentHash(layers, error);
    if (opt.contentHash.isEmpty())
        return std::nullopt;
    opt.directory = m_cacheDirectory + u'/' + opt.contentHash;
    if (!QFileInfo::exists(opt.directory + QStringLiteral(".complete"))) {
        // Merged beside the target and renamed, so a half-made /opt is never used.
        const QString partial
            = opt.directory + QStringLiteral(".partial-") + QString::number(QCoreApplication::applicationPid());
        QDir(partial).removeRecursively();
        if (!QDir().mkpath(partial)) {
            *error = QStringLiteral("cannot create %1 for the function's layers").arg(partial);
            return std::nullopt;
        }
        for (const LayerConfig &layer : layers) {
            QString source = layer.contentPath;
            if (!QFileInfo(source).isDir()) {
                source = unpackZip(layer.contentPath, error);
                if (source.isEmpty()) {
                    *error = QStringLiteral("layer %1: %2").arg(layer.logicalId, *error);
                    QDir(partial).removeRecursively();
                    return std::nullopt;
                }
            }
            if (!mergeInto(source, partial, error)) {
                *error = QStringLiteral("layer %1: %2").arg(layer.logicalId, *error);
                QDir(partial).removeRecursively();
                return std::nullopt;
            }
        }
        // Folders readable and searchable by the container's user.
        QFile::setPermissions(partial,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
        for (const QFileInfo &entry : entriesUnder(partial)) {
            if (entry.isDir() && !entry.isSymLink())
                QFile::setPermissions(entry.filePath(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther);
        }
        QDir(opt.directory).removeRecursively();
        if (!QDir().rename(partial, opt.directory) && !QFileInfo(opt.directory).isDir()) {
            QDir(partial).removeRecursively();
            *error = QStringLiteral("cannot move the merged layers into %1").arg(opt.directory);
            return std::nullopt;
        }
        QDir(partial).removeRecursively();
        QFile marker(opt.directory + QStringLiteral(".complete"));
        marker.open(QIODevice::WriteOnly);
    }
    // External extensions: the executables directly in /opt/extensions, by name (Lambda's order).
    const QFileInfoList extensions
        = QDir(opt.directory + QStringLiteral("/extensions")).entryInfoList(QDir::Files | QDir::Executable, QDir::Name);
    for (const QFileInfo &e : extensions)
        opt.extensions << e.fileName();
    return opt;
}

} // namespace Bullpen
