// SPDX-License-Identifier: MIT
#include "engine/images/runtimeimagebuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bullpen {

namespace {

// Bumped when the way an image is made changes, so that every image is rebuilt.
constexpr int BuilderVersion = 1;
const QLatin1String Suite("trixie");
const QLatin1String DebianRelease("13");

// Lambda's base images set these (lambda-reference.md §2.1); the pool sets
// them as well, so a runtime sees the same on every backend.
QStringList imageEnvironment(const QString &family)
{
    QStringList env {
        QStringLiteral("PATH=/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin"),
        QStringLiteral("LD_LIBRARY_PATH=/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/"
                       "task/lib:/opt/lib"),
        QStringLiteral("LANG=en_US.UTF-8"),
        QStringLiteral("TZ=:UTC"),
        QStringLiteral("LAMBDA_TASK_ROOT=/var/task"),
        QStringLiteral("LAMBDA_RUNTIME_DIR=/var/runtime"),
    };
    if (RuntimeImage::baseFamily(family) == u"nodejs")
        env << QStringLiteral("NODE_PATH=/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task");
    return env;
}

// Run in the finished root (mmdebstrap customize hooks, after Bullpen's files
// are in), so that a cold start does not do it. Python: the runtime module
// compiled by the image's own Python, into the cache its launcher reads
// (resources/runtimes/python/bootstrap.py). /var/runtime itself is bound over
// at run time, hence the separate prefix; checked-hash bytecode stays right
// whatever the bound source's timestamps are, and is ignored if its content
// differs. Node.js: a V8 start-up snapshot of the runtime made by the image's
// own node (a snapshot runs only on the node that made it), which the
// sandbox's command names (RuntimeImage::withStartupSnapshot); the runtime
// checks that the bound bootstrap.cjs is the one it was made of. An image
// whose node cannot make one (under fakechroot, say) is still an image: the
// hook says so and the runtime starts without a snapshot there.
QStringList customizeHooks(const QString &family)
{
    const QString base = RuntimeImage::baseFamily(family);
    if (base == u"python")
        return { QStringLiteral("chroot \"$1\" python3 -X pycache_prefix=/var/lang/pycache -m compileall -q "
                                "--invalidation-mode checked-hash /var/runtime/bullpen_runtime.py") };
    if (base == u"nodejs") {
        const QString blob = RuntimeImage::nodeSnapshotPath();
        return { QStringLiteral("chroot \"$1\" sh -c 'mkdir -p %1 && cd / && node --snapshot-blob %2 "
                                "--build-snapshot /var/runtime/bootstrap.cjs || { rm -f %2; echo \"bullpen: no "
                                "start-up snapshot of the Node.js runtime in this image (node --build-snapshot "
                                "failed); it starts without one\" >&2; }'")
                     .arg(QFileInfo(blob).path(), blob) };
    }
    return {};
}

// Documentation is of no use in a function's image (as in the development root).
const char *const DpkgOptions[] = { "path-exclude=/usr/share/doc/*", "path-include=/usr/share/doc/*/copyright",
                                    "path-exclude=/usr/share/man/*", "path-exclude=/usr/share/info/*" };

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fileSha256(const QString &path, const QString &memoDirectory)
{
    // The emulator is ~13 MB, a quarter of a second of hashing: hashed once
    // per file version and remembered beside the images (by path, inode, size
    // and change time), so a cold start of a new process does not pay it.
    static QMutex mutex;
    static QHash<QByteArray, QByteArray> known;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    const QByteArray key = QFile::encodeName(QFileInfo(path).canonicalFilePath()) + ' '
        + QByteArray::number(qulonglong(st.st_ino)) + ' ' + QByteArray::number(qlonglong(st.st_size)) + ' '
        + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qlonglong(st.st_mtim.tv_nsec))
        + ' ' + QByteArray::number(qlonglong(st.st_ctim.tv_sec)) + '.'
        + QByteArray::number(qlonglong(st.st_ctim.tv_nsec));
    QMutexLocker locker(&mutex);
    if (auto it = known.constFind(key); it != known.cend())
        return *it;
    QFile memo(memoDirectory + QStringLiteral("/.digests"));
    if (memo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = memo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype tab = line.lastIndexOf('\t');
            if (tab > 0 && line.first(tab) == key && line.size() - tab - 1 == 64) {
                known.insert(key, line.mid(tab + 1));
                return line.mid(tab + 1);
            }
        }
        memo.close();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    const QByteArray digest = hash.result().toHex();
    known.insert(key, digest);
    if (QDir().mkpath(memoDirectory) && memo.open(QIODevice::Append))
        memo.write(key + '\t' + digest + '\n'); // one short line: appended whole
    return digest;
}

// The Debian mirror: $BULLPEN_MIRROR, else the first one of this system's apt
// sources that is not the security archive (the development root's own).
QString debianMirror()
{
    const QString fromEnv = qEnvironmentVariable("BULLPEN_MIRROR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QStringList files { QStringLiteral("/etc/apt/sources.list") };
    const QFileInfoList parts
        = QDir(QStringLiteral("/etc/apt/sources.list.d"))
              .entryInfoList({ QStringLiteral("*.list"), QStringLiteral("*.sources") }, QDir::Files, QDir::Name);
    for (const QFileInfo &part : parts)
        files << part.filePath();
    static const QRegularExpression uri(
        QStringLiteral("^\\s*(?:deb\\s+(?:\\[[^\\]]*\\]\\s+)?|URIs:\\s*)(https?://\\S+)"));
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = uri.match(line);
            if (match.hasMatch() && !match.captured(1).contains(u"security"))
                return match.captured(1);
        }
    }
    return QStringLiteral("http://deb.debian.org/debian");
}

// "3.13.5-1", "1:2.41-12" or "20.19.2+dfsg-1" -> the upstream version.
QString upstreamVersion(const QString &debianVersion)
{
    static const QRegularExpression upstream(QStringLiteral("^(?:\\d+:)?([0-9][0-9.]*)"));
    const QRegularExpressionMatch match = upstream.match(debianVersion);
    return match.hasMatch() ? match.captured(1) : debianVersion;
}

// Package -> Version of the installed packages in a root's dpkg database.
QHash<QString, QString> installedPackages(const QString &rootfs)
{
    QHash<QString, QString> packages;
    QFile status(rootfs + QStringLiteral("/var/lib/dpkg/status"));
    if (!status.open(QIODevice::ReadOnly))
        return packages;
    const QList<QByteArray> paragraphs = status.readAll().split('\n');
    QString package;
    for (const QByteArray &line : paragraphs) {
        if (line.startsWith("Package: "))
            package = QString::fromUtf8(line.mid(9).trimmed());
        else if (line.startsWith("Version: ") && !package.isEmpty())
            packages.insert(package, QString::fromUtf8(line.mid(9).trimmed()));
        else if (line.isEmpty())
            package.clear();
    }
    return packages;
}

QMap<QString, QString> imageVersions(const QString &family, const QString &rootfs)
{
    QMap<QString, QString> versions;
    QFile debian(rootfs + QStringLiteral("/etc/debian_version"));
    if (debian.open(QIODevice::ReadOnly))
        versions.insert(QStringLiteral("debian"), QString::fromUtf8(debian.readAll().trimmed()));
    const QHash<QString, QString> packages = installedPackages(rootfs);
    if (packages.contains(QStringLiteral("libc6"))) {
        versions.insert(QStringLiteral("glibc"), upstreamVersion(packages.value(QStringLiteral("libc6"))));
        versions.insert(QStringLiteral("libc6-package"), packages.value(QStringLiteral("libc6")));
    }
    if (family == u"python") {
        // python3 depends on the one python3.X of the release: name it.
        for (auto it = packages.cbegin(); it != packages.cend(); ++it) {
            static const QRegularExpression interpreter(QStringLiteral("^python3\\.\\d+$"));
            if (interpreter.match(it.key()).hasMatch()) {
                versions.insert(QStringLiteral("python"), upstreamVersion(it.value()));
                versions.insert(it.key() + QStringLiteral("-package"), it.value());
            }
        }
        if (packages.contains(QStringLiteral("python3")))
            versions.insert(QStringLiteral("python3-package"), packages.value(QStringLiteral("python3")));
    } else if (family == u"nodejs" && packages.contains(QStringLiteral("nodejs"))) {
        versions.insert(QStringLiteral("nodejs"), upstreamVersion(packages.value(QStringLiteral("nodejs"))));
        versions.insert(QStringLiteral("nodejs-package"), packages.value(QStringLiteral("nodejs")));
    }
    return versions;
}

// mmdebstrap's steps, as it announces them, and how far along each one is.
int percentFor(const QByteArray &line)
{
    static const std::pair<const char *, int> steps[] = {
        { "running apt-get update", 5 },
        { "downloading packages", 10 },
        { "extracting archives", 30 },
        { "installing essential packages", 40 },
        { "installing remaining packages", 55 },
        { "running special hook: sync-out", 70 },
        { "cleaning package lists", 75 },
        { "creating tarball", 80 },
        { "success in", 88 },
    };
    for (const auto &[text, percent] : steps) {
        if (line.contains(text))
            return percent;
    }
    // Bullpen's files go in last (the other sync-in fills apt's cache first).
    if (line.contains("running special hook: sync-in") && line.endsWith(" /"))
        return 72;
    return -1;
}

// How mmdebstrap may make a root file system here. As root: directly. As
// another user: in a user namespace (unshare) where newuidmap can map this
// user's /etc/subuid range; where it cannot (no range, or no_new_privs, as
// inside bwrap or a container, which disarms setuid newuidmap): fakechroot.
QString mmdebstrapMode()
{
    const QString fromEnv = qEnvironmentVariable("BULLPEN_MMDEBSTRAP_MODE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (::geteuid() == 0)
        return QStringLiteral("root");
    bool noNewPrivileges = false;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("NoNewPrivs:"))
                noNewPrivileges = line.mid(11).trimmed() == "1";
        }
    }
    bool subordinateIds = false;
    QFile subuid(QStringLiteral("/etc/subuid"));
    if (subuid.open(QIODevice::ReadOnly)) {
        const QByteArray uid = QByteArray::number(::geteuid());
        const QByteArray name = qgetenv("USER");
        const QList<QByteArray> lines = subuid.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray owner = line.left(qMax<qsizetype>(0, line.indexOf(':')));
            if (!owner.isEmpty() && (owner == uid || owner == name))
                subordinateIds = true;
        }
    }
    if ((noNewPrivileges || !subordinateIds) && !QStandardPaths::findExecutable(QStringLiteral("fakechroot")).isEmpty())
        return QStringLiteral("fakechroot");
    return QStringLiteral("unshare");
}

constexpr QFileDevice::Permissions Readable
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions Executable
    = Readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

} // namespace

RuntimeImageBuilder::RuntimeImageBuilder(QObject *parent)
    : RuntimeImageBuilder(defaultCacheDirectory(), parent)
{ }

RuntimeImageBuilder::RuntimeImageBuilder(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(cacheDirectory)
{
    qRegisterMetaType<Bullpen::RuntimeImage>();
}

RuntimeImageBuilder::~RuntimeImageBuilder()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        const qint64 pid = m_process->processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGTERM); // its own process group: mmdebstrap cleans up on TERM
        if (!m_process->waitForFinished(5000)) {
            if (pid > 0)
                ::kill(-pid_t(pid), SIGKILL);
            m_process->waitForFinished(1000);
        }
    }
    if (isBuilding())
        cleanUp(true);
}

QString RuntimeImageBuilder::defaultCacheDirectory()
{
    const QString fromEnv = qEnvironmentVariable("BULLPEN_IMAGE_CACHE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString shared = QStringLiteral("/var/cache/bullpen/images");
    if (QDir().mkpath(shared) && QFileInfo(shared).isWritable())
        return shared;
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/bullpen/images");
}

QString RuntimeImageBuilder::emulatorPath(QString *error)
{
    const QString name = QStringLiteral("aws-lambda-rie");
    const QString explicitPath = qEnvironmentVariable("BULLPEN_RIE");
    if (!explicitPath.isEmpty()) {
        if (QFileInfo(explicitPath).isExecutable())
            return explicitPath;
        if (error)
            *error = QStringLiteral("BULLPEN_RIE names %1, which is not an executable file").arg(explicitPath);
        return {};
    }
    const QString goTools = qEnvironmentVariable("BULLPEN_GO_TOOLS");
    if (!goTools.isEmpty() && QFileInfo(goTools + u'/' + name).isExecutable())
        return goTools + u'/' + name;
    // installer/go-tools' caches: the newest build wins.
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    QFileInfo newest;
    for (const QString &root :
         QStringList { QStringLiteral("/var/cache/bullpen/go-tools"), cache + QStringLiteral("/bullpen/go-tools") }) {
        const QFileInfoList builds = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QFileInfo &build : builds) {
            const QFileInfo candidate(build.filePath() + QStringLiteral("/bin/") + name);
            if (candidate.isExecutable() && (!newest.exists() || candidate.lastModified() > newest.lastModified()))
                newest = candidate;
        }
    }
    if (newest.exists())
        return newest.filePath();
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    if (error)
        *error = QStringLiteral("the runtime images carry AWS's Runtime Interface Emulator (aws-lambda-rie), and "
                                "none was found: run installer/go-tools (it builds it with Go >= 1.26.6), or set "
                                "BULLPEN_RIE to an aws-lambda-rie binary");
    return {};
}

std::optional<RuntimeImageInputs> RuntimeImageBuilder::inputs(const QString &runtime, QString *error)
{
    RuntimeImageInputs in;
    in.runtime = RuntimeImage::familyFor(runtime);
    if (in.runtime.isEmpty()) {
        if (error)
            *error = QStringLiteral("Bullpen has no image for runtime '%1'; images exist for: %2")
                         .arg(runtime, RuntimeImage::families().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QString family = in.runtime;
    // A build image is its runtime image (packages and files) with the build tools added.
    const QString runtimeFamily = RuntimeImage::baseFamily(family);
    const QString base = QStringLiteral(":/images/") + runtimeFamily;
    auto readPackages = [&in](const QString &resource) {
        const QList<QByteArray> lines = readResource(resource).split('\n');
        qsizetype added = 0;
        for (const QByteArray &line : lines) {
            const qsizetype comment = line.indexOf('#');
            const QByteArray name = (comment < 0 ? line : line.first(comment)).trimmed();
            if (!name.isEmpty()) {
                in.packages << QString::fromUtf8(name);
                ++added;
            }
        }
        return added;
    };
    const bool listed = readPackages(base + QStringLiteral("/packages.txt")) > 0
        && (!RuntimeImage::isBuildFamily(family) || readPackages(base + QStringLiteral("/build-packages.txt")) > 0);
    in.packages.sort();
    in.packages.removeDuplicates();
    if (!listed) {
        if (error)
            *error
                = QStringLiteral("this build of Bullpen has no package list for the %1 image "
                                 "(resources/images/%2/%3)")
                      .arg(family, runtimeFamily,
                           RuntimeImage::isBuildFamily(family) ? QStringLiteral("packages.txt and build-packages.txt")
                                                               : QStringLiteral("packages.txt"));
        return std::nullopt;
    }
    in.emulatorPath = emulatorPath(error);
    if (in.emulatorPath.isEmpty())
        return std::nullopt;

    using File = RuntimeImageInputs::File;
    in.files.append(File { QStringLiteral("lambda-entrypoint.sh"),
                           readResource(QStringLiteral(":/images/lambda-entrypoint.sh")), true, false });
    // Every image has its /etc/hosts (Debian's netbase puts one only in some):
    // the OCI backend binds the instance's own over it, with
    // host.docker.internal, and runc would otherwise have to create the file
    // in the image to bind over it.
    in.files.append(File { QStringLiteral("etc/hosts"),
                           "127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n", false, false });
    if (runtimeFamily != u"provided") {
        in.files.append(File { QStringLiteral("var/runtime/bootstrap"),
                               readResource(base + QStringLiteral("/bootstrap")), true, false });
        // Bullpen's own runtime (resources/runtimes/<family>), as the pool binds it.
        const QString runtimes = QStringLiteral(":/runtimes/") + runtimeFamily;
        QDirIterator it(runtimes, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            in.files.append(File { QStringLiteral("var/runtime/") + path.mid(runtimes.size() + 1), readResource(path),
                                   false, false });
        }
    }
    // /var/lang holds the language as in Lambda's images: here Debian's.
    if (runtimeFamily == u"python") {
        in.files.append(File { QStringLiteral("var/lang/bin/python3"), "/usr/bin/python3", false, true });
        in.files.append(File { QStringLiteral("var/lang/bin/python"), "/usr/bin/python3", false, true });
    } else if (runtimeFamily == u"nodejs") {
        in.files.append(File { QStringLiteral("var/lang/bin/node"), "/usr/bin/node", false, true });
    }
    std::sort(in.files.begin(), in.files.end(), [](const File &a, const File &b) { return a.path < b.path; });

    const QByteArray emulatorHash = fileSha256(in.emulatorPath, defaultCacheDirectory());
    if (emulatorHash.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot read the emulator %1").arg(in.emulatorPath);
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](QByteArrayView data) {
        hash.addData(QByteArray::number(data.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(data);
    };
    add(QByteArray::number(BuilderVersion));
    add(QByteArray(Suite.data(), Suite.size()));
    add(family.toUtf8());
    for (const QString &package : std::as_const(in.packages))
        add(package.toUtf8());
    for (const char *option : DpkgOptions)
        add(option);
    for (const File &file : std::as_const(in.files)) {
        add(file.path.toUtf8());
        add(file.content);
        add(file.symlink ? "l" : file.executable ? "x" : "f");
    }
    for (const QString &line : imageEnvironment(family))
        add(line.toUtf8());
    for (const QString &hook : customizeHooks(family))
        add(hook.toUtf8());
    add(emulatorHash);
    in.hash = QString::fromLatin1(hash.result().toHex());
    return in;
}

std::optional<RuntimeImage> RuntimeImageBuilder::cached(const QString &runtime, QString *error) const
{
    const auto in = inputs(runtime, error);
    if (!in)
        return std::nullopt;
    const QString dir = m_directory + u'/' + in->runtime + u'-' + in->hash.left(16);
    QFile metadata(dir + QStringLiteral("/image.json"));
    if (!metadata.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the %1 runtime image is not built yet (run: bullpen images build %1)")
                         .arg(in->runtime);
        return std::nullopt;
    }
    RuntimeImage image = RuntimeImage::fromJson(QJsonDocument::fromJson(metadata.readAll()).object());
    // The folder may have been moved with its cache: paths are where it is now.
    image.tarballPath = dir + QStringLiteral("/image.tar");
    image.rootfsDir = dir + QStringLiteral("/rootfs");
    if (image.inputsHash != in->hash || !QFileInfo(image.tarballPath).isFile()
        || !QFileInfo(image.rootfsDir + QStringLiteral("/lambda-entrypoint.sh")).exists()) {
        if (error)
            *error = QStringLiteral("the %1 runtime image in %2 is incomplete; rebuild it (bullpen images build %1)")
                         .arg(in->runtime, dir);
        return std::nullopt;
    }
    return image;
}

QList<RuntimeImage> RuntimeImageBuilder::list() const
{
    QList<RuntimeImage> images;
    const QFileInfoList dirs = QDir(m_directory).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &dir : dirs) {
        if (dir.fileName().contains(QStringLiteral(".partial")))
            continue;
        QFile metadata(dir.filePath() + QStringLiteral("/image.json"));
        if (!metadata.open(QIODevice::ReadOnly))
            continue;
        RuntimeImage image = RuntimeImage::fromJson(QJsonDocument::fromJson(metadata.readAll()).object());
        image.tarballPath = dir.filePath() + QStringLiteral("/image.tar");
        image.rootfsDir = dir.filePath() + QStringLiteral("/rootfs");
        if (image.isValid())
            images.append(image);
    }
    std::stable_sort(images.begin(), images.end(), [](const RuntimeImage &a, const RuntimeImage &b) {
        return a.runtime != b.runtime ? a.runtime < b.runtime : a.builtAt > b.builtAt;
    });
    return images;
}

QStringList RuntimeImageBuilder::prune(QString *error)
{
    QStringList removed;
    if (!QFileInfo(m_directory).isDir())
        return removed;
    const int fd = ::open(QFile::encodeName(m_directory + QStringLiteral("/.build.lock")).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        *error = QStringLiteral("an image build is running in %1; prune once it is done").arg(m_directory);
        if (fd >= 0)
            ::close(fd);
        return removed;
    }
    const QList<RuntimeImage> images = list();
    for (const RuntimeImage &image : images) {
        const auto current = cached(image.runtime);
        if (current && current->inputsHash == image.inputsHash)
            continue;
        // The image's folder: rootfsDir's parent (a stale one is never what a new instance gets).
        const QString folder = QFileInfo(image.rootfsDir).path();
        if (QDir(folder).removeRecursively())
            removed << folder;
        else if (error->isEmpty())
            *error = QStringLiteral("cannot remove all of %1").arg(folder);
    }
    // What an interrupted build left behind (the lock says none is running).
    const QFileInfoList partials
        = QDir(m_directory).entryInfoList({ QStringLiteral("*.partial") }, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &partial : partials) {
        if (QDir(partial.filePath()).removeRecursively())
            removed << partial.filePath();
    }
    ::flock(fd, LOCK_UN);
    ::close(fd);
    return removed;
}

void RuntimeImageBuilder::build(const QString &runtime)
{
    if (isBuilding()) {
        QMetaObject::invokeMethod(
            this,
            [this, runtime, building = m_runtime] {
                Q_EMIT failed(QStringLiteral("cannot build the %1 image: this builder is building the %2 image")
                                  .arg(runtime, building));
            },
            Qt::QueuedConnection);
        return;
    }
    QString error;
    const auto in = inputs(runtime, &error);
    if (!in) {
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    if (const auto image = cached(runtime)) {
        QMetaObject::invokeMethod(this, [this, image = *image] { Q_EMIT finished(image); }, Qt::QueuedConnection);
        return;
    }
    m_runtime = in->runtime;
    m_inputs = *in;
    m_cancelled = false;
    m_announcedWait = false;
    m_tail.clear();
    m_percent = 0;
    m_clock.start();
    // From the event loop, so that progress() and failed() come after build() returned.
    QMetaObject::invokeMethod(this, &RuntimeImageBuilder::tryLock, Qt::QueuedConnection);
}

void RuntimeImageBuilder::tryLock()
{
    if (!isBuilding())
        return;
    if (m_lockFd < 0) {
        if (!QDir().mkpath(m_directory)) {
            fail(QStringLiteral("cannot create the image cache %1").arg(m_directory));
            return;
        }
        m_lockFd = ::open(QFile::encodeName(m_directory + QStringLiteral("/.build.lock")).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_lockFd < 0) {
            fail(QStringLiteral("cannot open the lock file in %1: %2")
                     .arg(m_directory, QString::fromLocal8Bit(strerror(errno))));
            return;
        }
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            fail(QStringLiteral("cannot lock the image cache %1: %2")
                     .arg(m_directory, QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        // Another engine (or test) builds an image: wait without blocking,
        // then use what it built if it was this one.
        if (!m_announcedWait) {
            m_announcedWait = true;
            Q_EMIT progress(
                QStringLiteral("waiting for another Bullpen that is building a runtime image in %1").arg(m_directory),
                -1);
        }
        if (!m_lockPoll) {
            m_lockPoll = new QTimer(this);
            m_lockPoll->setSingleShot(true);
            m_lockPoll->setInterval(250);
            connect(m_lockPoll, &QTimer::timeout, this, &RuntimeImageBuilder::tryLock);
        }
        m_lockPoll->start();
        return;
    }
    if (const auto image = cached(m_runtime)) {
        const RuntimeImage found = *image;
        cleanUp(false);
        Q_EMIT finished(found);
        return;
    }
    startBuild();
}

QString RuntimeImageBuilder::partialDirectory() const
{
    return finalDirectory() + QStringLiteral(".partial");
}

QString RuntimeImageBuilder::finalDirectory() const
{
    return m_directory + u'/' + m_runtime + u'-' + m_inputs.hash.left(16);
}

bool RuntimeImageBuilder::writeStaging(const QString &dir, QString *error) const
{
    QDir root(dir);
    for (const char *folder : { "var/task", "var/runtime", "var/lang/bin", "var/lang/lib", "usr/local/bin", "opt" }) {
        if (!root.mkpath(QString::fromLatin1(folder))) {
            *error = QStringLiteral("cannot create %1/%2").arg(dir, QString::fromLatin1(folder));
            return false;
        }
    }
    for (const RuntimeImageInputs::File &file : m_inputs.files) {
        const QString path = dir + u'/' + file.path;
        root.mkpath(QFileInfo(path).path());
        if (file.symlink) {
            if (!QFile::link(QString::fromUtf8(file.content), path)) {
                *error = QStringLiteral("cannot make the symlink %1").arg(path);
                return false;
            }
            continue;
        }
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
            return false;
        }
        out.close();
        QFile::setPermissions(path, file.executable ? Executable : Readable);
    }
    const QString emulator = dir + QStringLiteral("/usr/local/bin/aws-lambda-rie");
    if (!QFile::copy(m_inputs.emulatorPath, emulator)) {
        *error = QStringLiteral("cannot copy the emulator %1 into the image").arg(m_inputs.emulatorPath);
        return false;
    }
    QFile::setPermissions(emulator, Executable);
    QDirIterator dirs(dir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        QFile::setPermissions(dirs.next(), Executable);
    return true;
}

void RuntimeImageBuilder::startBuild()
{
    const QString mmdebstrap = QStandardPaths::findExecutable(QStringLiteral("mmdebstrap"));
    if (mmdebstrap.isEmpty()) {
        fail(QStringLiteral("mmdebstrap is not installed; Bullpen builds its runtime images with it "
                            "(Debian and Ubuntu: apt install mmdebstrap)"));
        return;
    }
    // Whatever an interrupted build of this family left behind (the lock is ours).
    const QStringList leftovers
        = QDir(m_directory).entryList({ m_runtime + QStringLiteral("-*.partial*") }, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &leftover : leftovers)
        QDir(m_directory + u'/' + leftover).removeRecursively();
    const QString partial = partialDirectory();
    const QString staging = partial + QStringLiteral("/staging");
    const QString debs = m_directory + QStringLiteral("/.debs");
    QString error;
    if (!QDir().mkpath(staging) || !QDir().mkpath(debs) || !writeStaging(staging, &error)) {
        fail(error.isEmpty() ? QStringLiteral("cannot create %1").arg(staging) : error);
        return;
    }

    const QString mode = mmdebstrapMode();
    QStringList args { QStringLiteral("--mode=") + mode, QStringLiteral("--variant=essential"),
                       QStringLiteral("--include=") + m_inputs.packages.join(u','), QStringLiteral("--format=tar") };
    for (const char *option : DpkgOptions)
        args << QStringLiteral("--dpkgopt=") + QString::fromLatin1(option);
    // The downloaded packages are kept for the next image (mmdebstrap's own
    // recipe): each image needs the Essential set again.
    args << QStringLiteral("--skip=essential/unlink")
         << QStringLiteral("--setup-hook=mkdir -p \"$1\"/var/cache/apt/archives/")
         << QStringLiteral("--setup-hook=sync-in %1 /var/cache/apt/archives/").arg(debs)
         << QStringLiteral("--customize-hook=sync-out /var/cache/apt/archives %1").arg(debs)
         << QStringLiteral("--customize-hook=sync-in %1 /").arg(staging);
    for (const QString &hook : customizeHooks(m_runtime))
        args << QStringLiteral("--customize-hook=") + hook;
    args << Suite << partial + QStringLiteral("/image.tar") << debianMirror();

    Q_EMIT progress(QStringLiteral("building the %1 runtime image from Debian %2's packages (%3) with mmdebstrap "
                                   "(%4 mode); once, then cached in %5")
                        .arg(m_runtime, DebianRelease, m_inputs.packages.join(QStringLiteral(", ")), mode, m_directory),
                    0);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(partial);
    // A process group of its own, so that a cancel reaches apt, dpkg and tar too.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RuntimeImageBuilder::onBootstrapOutput);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onBootstrapFinished(exitCode, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            fail(QStringLiteral("mmdebstrap could not be started: %1").arg(m_process->errorString()));
    });
    m_process->start(mmdebstrap, args);
}

void RuntimeImageBuilder::logLine(const QByteArray &line)
{
    m_tail.append(QString::fromUtf8(line));
    if (m_tail.size() > 25)
        m_tail.removeFirst();
    QFile log(partialDirectory() + QStringLiteral("/build.log"));
    if (log.open(QIODevice::Append))
        log.write(line + '\n');
}

void RuntimeImageBuilder::onBootstrapOutput()
{
    if (!m_process)
        return;
    m_pendingOutput += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pendingOutput.indexOf('\n')) >= 0) {
        const QByteArray line = m_pendingOutput.left(newline).trimmed();
        m_pendingOutput.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        logLine(line);
        // mmdebstrap's steps in its order; the hooks run twice (setup, customize).
        const int percent = percentFor(line);
        if (percent > m_percent)
            m_percent = percent;
        // Without gpg mmdebstrap cannot name the keyring in the sources it
        // writes; apt still checks the mirror's signatures with the system's keys.
        const bool noise = line.contains("gpg --version failed");
        if (percent >= 0 || line.startsWith("E:") || (line.startsWith("W:") && !noise))
            Q_EMIT progress(QStringLiteral("%1 image: %2").arg(m_runtime, QString::fromUtf8(line)),
                            percent >= 0 ? m_percent : -1);
    }
}

void RuntimeImageBuilder::onBootstrapFinished(int exitCode, bool crashed)
{
    onBootstrapOutput();
    if (!m_pendingOutput.trimmed().isEmpty())
        logLine(m_pendingOutput.trimmed());
    m_pendingOutput.clear();
    if (m_cancelled) {
        fail(QStringLiteral("cancelled"));
        return;
    }
    if (crashed || exitCode != 0) {
        QString hint;
        const QString tail = m_tail.join(u'\n');
        if (tail.contains(u"No space left"))
            hint = QStringLiteral("\nThe disk is full: free some space in %1.").arg(m_directory);
        else if (tail.contains(u"Could not resolve") || tail.contains(u"Failed to fetch")
                 || tail.contains(u"Temporary failure"))
            hint = QStringLiteral("\nThe Debian mirror %1 cannot be reached: check the network, or set "
                                  "BULLPEN_MIRROR to a reachable mirror.")
                       .arg(debianMirror());
        else if (tail.contains(u"unshare") || tail.contains(u"subuid") || tail.contains(u"fakechroot"))
            hint = QStringLiteral("\nmmdebstrap could not isolate the build: without root it needs user "
                                  "namespaces with a /etc/subuid range for this user, or the fakechroot and "
                                  "fakeroot packages (apt install fakechroot fakeroot), which Bullpen then uses; "
                                  "BULLPEN_MMDEBSTRAP_MODE chooses a mode.");
        fail(QStringLiteral("building the %1 runtime image failed (mmdebstrap %2):\n%3%4")
                 .arg(m_runtime,
                      crashed ? QStringLiteral("crashed") : QStringLiteral("exited with code %1").arg(exitCode), tail,
                      hint));
        return;
    }
    QDir(partialDirectory() + QStringLiteral("/staging")).removeRecursively();
    startUnpack();
}

void RuntimeImageBuilder::startUnpack()
{
    Q_EMIT progress(QStringLiteral("%1 image: unpacking the root file system for runc").arg(m_runtime), 90);
    const QString rootfs = partialDirectory() + QStringLiteral("/rootfs");
    if (!QDir().mkpath(rootfs)) {
        fail(QStringLiteral("cannot create %1").arg(rootfs));
        return;
    }
    QStringList args { QStringLiteral("-x"),
                       QStringLiteral("-f"),
                       partialDirectory() + QStringLiteral("/image.tar"),
                       QStringLiteral("-C"),
                       rootfs,
                       QStringLiteral("--exclude=./dev/*") };
    // As root the files keep their owners (root); otherwise they become the
    // caller's, who is root inside a rootless container's user namespace.
    args << (::geteuid() == 0 ? QStringLiteral("--same-owner") : QStringLiteral("--no-same-owner"))
         << QStringLiteral("--numeric-owner") << QStringLiteral("-p");
    m_process->deleteLater();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onUnpackFinished(exitCode, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            fail(QStringLiteral("tar could not be started: %1").arg(m_process->errorString()));
    });
    m_process->start(QStringLiteral("tar"), args);
}

void RuntimeImageBuilder::onUnpackFinished(int exitCode, bool crashed)
{
    if (m_cancelled) {
        fail(QStringLiteral("cancelled"));
        return;
    }
    if (crashed || exitCode != 0) {
        fail(QStringLiteral("unpacking the %1 runtime image failed (tar exited with code %2): %3")
                 .arg(m_runtime)
                 .arg(exitCode)
                 .arg(QString::fromUtf8(m_process->readAll().right(2000))));
        return;
    }
    complete();
}

void RuntimeImageBuilder::complete()
{
    const QString partial = partialDirectory();
    const QString rootfs = partial + QStringLiteral("/rootfs");
    // The mount points runc needs in a read-only root.
    for (const char *folder : { "proc", "dev", "sys", "tmp", "var/task", "var/runtime", "opt" })
        QDir(rootfs).mkpath(QString::fromLatin1(folder));

    RuntimeImage image;
    image.runtime = m_runtime;
    image.inputsHash = m_inputs.hash;
    image.versions = imageVersions(RuntimeImage::baseFamily(m_runtime), rootfs);
    image.environment = imageEnvironment(m_runtime);
    image.entrypoint = { QStringLiteral("/lambda-entrypoint.sh") };
    image.workingDirectory = QStringLiteral("/var/task");
    image.builtAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    image.buildMs = m_clock.elapsed();
    image.tarballBytes = QFileInfo(partial + QStringLiteral("/image.tar")).size();
    const QString language = RuntimeImage::baseFamily(m_runtime); // python of python-build
    if (language != u"provided" && !image.versions.contains(language)) {
        fail(QStringLiteral("the %1 runtime image was built, but its dpkg database names no %1 interpreter (%2)")
                 .arg(m_runtime, rootfs));
        return;
    }
    QFile metadata(partial + QStringLiteral("/image.json"));
    QJsonObject json = image.toJson();
    json.remove(QStringLiteral("tarball"));
    json.remove(QStringLiteral("rootfs"));
    if (!metadata.open(QIODevice::WriteOnly) || metadata.write(QJsonDocument(json).toJson()) < 0 || !metadata.flush()) {
        fail(QStringLiteral("cannot write %1: %2").arg(metadata.fileName(), metadata.errorString()));
        return;
    }
    metadata.close();
    ::sync(); // the rename below must not overtake the data on a crash
    const QString target = finalDirectory();
    if (QFileInfo::exists(target))
        QDir(target).removeRecursively(); // incomplete (no image.json), or cached() would have found it
    if (!QDir().rename(partial, target)) {
        fail(QStringLiteral("cannot move the finished image %1 to %2").arg(partial, target));
        return;
    }
    image.tarballPath = target + QStringLiteral("/image.tar");
    image.rootfsDir = target + QStringLiteral("/rootfs");
    Q_EMIT progress(QStringLiteral("%1 image ready: %2, built in %3 s")
                        .arg(m_runtime, image.describe())
                        .arg(double(image.buildMs) / 1000.0, 0, 'f', 1),
                    100);
    cleanUp(false);
    Q_EMIT finished(image);
}

void RuntimeImageBuilder::cancel()
{
    if (!isBuilding())
        return;
    m_cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        const qint64 pid = m_process->processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGTERM); // onBootstrapFinished/onUnpackFinished report it
        QTimer::singleShot(5000, m_process, [process = m_process] {
            if (process && process->state() != QProcess::NotRunning && process->processId() > 0)
                ::kill(-pid_t(process->processId()), SIGKILL);
        });
        return;
    }
    QMetaObject::invokeMethod(this, [this] { fail(QStringLiteral("cancelled")); }, Qt::QueuedConnection);
}

void RuntimeImageBuilder::fail(const QString &message)
{
    if (!isBuilding())
        return;
    cleanUp(true);
    Q_EMIT failed(message);
}

void RuntimeImageBuilder::cleanUp(bool removePartial)
{
    if (removePartial && !m_inputs.hash.isEmpty()) {
        // Keep the log of a failed build beside the cache for the user.
        const QString log = partialDirectory() + QStringLiteral("/build.log");
        if (QFileInfo::exists(log)) {
            const QString kept = m_directory + u'/' + m_runtime + QStringLiteral("-failed-build.log");
            QFile::remove(kept);
            QFile::rename(log, kept);
        }
        QDir(partialDirectory()).removeRecursively();
    }
    if (m_lockPoll)
        m_lockPoll->stop();
    if (m_lockFd >= 0) {
        ::close(m_lockFd); // releases the lock
        m_lockFd = -1;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_runtime.clear();
}

} // namespace Bullpen
