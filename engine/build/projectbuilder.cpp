// SPDX-License-Identifier: MIT
#include "engine/build/projectbuilder.h"

#include "engine/project/samtemplate.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/functionimages.h"

#include "engine/build/buildfiles.h"
#include "engine/images/runtimeimage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <filesystem>
#include <system_error>

namespace Bullpen {

namespace fs = std::filesystem;

namespace {

const int TailLines = 40;

QString pythonFor(const QString &runtime)
{
    // The function's own interpreter where it is installed, so compiled wheels match.
    const QString exact = QStandardPaths::findExecutable(runtime);
    return exact.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : exact;
}

} // namespace

QString BuildOptions::defaultDependencyCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/Bullpen/deps");
}

ProjectBuilder::ProjectBuilder(const QString &templatePath, const BuildOptions &options, QObject *parent)
    : QObject(parent)
    , m_templatePath(QFileInfo(templatePath).absoluteFilePath())
    , m_buildDirectory(buildDirectory(m_templatePath))
    , m_options(options)
{
    if (m_options.dependencyCache.isEmpty())
        m_options.dependencyCache = BuildOptions::defaultDependencyCache();
    const QString home = QDir::homePath();
    if (m_options.pipConfigFile.isEmpty()) {
        for (const QString &candidate :
             QStringList { home + QStringLiteral("/.config/pip/pip.conf"), home + QStringLiteral("/.pip/pip.conf") }) {
            if (QFileInfo::exists(candidate)) {
                m_options.pipConfigFile = candidate;
                break;
            }
        }
    }
    if (m_options.npmConfigFile.isEmpty() && QFileInfo::exists(home + QStringLiteral("/.npmrc")))
        m_options.npmConfigFile = home + QStringLiteral("/.npmrc");
    // Absolute: the same paths name them inside the sandbox.
    for (QString *path : { &m_options.dependencyCache, &m_options.pipConfigFile, &m_options.npmConfigFile }) {
        if (!path->isEmpty())
            *path = QFileInfo(*path).absoluteFilePath();
    }
}

ProjectBuilder::~ProjectBuilder()
{
    if (m_tool)
        m_tool->disconnect(this);
    delete m_sandbox; // stops a running tool (its container goes with it)
    delete m_host;
}

BuildSandbox *ProjectBuilder::sandboxFor(const Step &step)
{
    return step.onHost ? m_host : m_sandbox;
}

bool ProjectBuilder::start(const QStringList &logicalIds, QString *error)
{
    QString message;
    QList<BuildTarget> targets;
    if (m_running)
        message = QStringLiteral("a build is already running");
    else if (!readBuildTargets(m_templatePath, &targets, &message))
        targets.clear();
    QStringList known;
    for (const BuildTarget &t : std::as_const(targets))
        known.append(t.logicalId);
    // Image functions (PackageType: Image) are built by a Docker or Podman
    // daemon after the zip targets.
    QList<FunctionConfig> images;
    if (message.isEmpty()) {
        ProjectError projectError;
        if (const auto parsed = SamTemplate::load(m_templatePath, &projectError)) {
            for (const FunctionConfig &f : parsed->functions()) {
                if (!f.image.isImage())
                    continue;
                known.append(f.logicalId);
                if (logicalIds.isEmpty() || logicalIds.contains(f.logicalId))
                    images.append(f);
            }
        }
    }
    for (const QString &id : logicalIds) {
        if (message.isEmpty() && !known.contains(id))
            message = QStringLiteral("%1 has no function or layer '%2' to build; it has: %3")
                          .arg(m_templatePath, id, known.join(QStringLiteral(", ")));
    }
    if (message.isEmpty() && !m_sandbox) {
        // The tools' sandbox: the backend's own, made once per builder.
        m_sandbox = BuildSandbox::create(m_options.backend, m_options.imageCache, nullptr, &message);
        if (m_sandbox) {
            m_host = BuildSandbox::create(QStringLiteral("process"), {}, nullptr, &message);
            for (BuildSandbox *sandbox : { m_sandbox, m_host }) {
                connect(sandbox, &BuildSandbox::line, this, [this](const QString &line) {
                    m_tail.append(line);
                    if (m_tail.size() > TailLines)
                        m_tail.removeFirst();
                    Q_EMIT logLine(m_current.logicalId, line);
                });
                connect(sandbox, &BuildSandbox::finished, this, &ProjectBuilder::onToolFinished);
            }
        }
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    m_allTargets = targets;
    m_images = images;
    m_queue.clear();
    for (const BuildTarget &t : std::as_const(targets)) {
        if (logicalIds.isEmpty() || logicalIds.contains(t.logicalId))
            m_queue.append(t);
    }
    m_error.clear();
    m_rebuilt = m_upToDate = m_installs = 0;
    m_running = true;
    QTimer::singleShot(0, this, &ProjectBuilder::nextTarget);
    return true;
}

QString ProjectBuilder::toolchain() const
{
    return m_options.backend == u"process" ? QStringLiteral("host") : QStringLiteral("image");
}

QByteArray ProjectBuilder::stateHash(const BuildTarget &target) const
{
    // The target's own files, and what its manifest installs (local packages
    // named by path included) with which toolchain: a change of any rebuilds.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(inputsHash(target));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(dependencyHash(target, toolchain()));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(toolchain().toUtf8());
    return hash.result().toHex();
}

bool ProjectBuilder::isOutdated(const BuildTarget &target) const
{
    return readBuildState(m_templatePath).value(target.logicalId) != QString::fromLatin1(stateHash(target))
        || !QFileInfo(m_buildDirectory + u'/' + target.logicalId).isDir();
}

bool ProjectBuilder::writeState(const QString &logicalId, const QString &hash, QString *error)
{
    QJsonObject o;
    const QHash<QString, QString> state = readBuildState(m_templatePath);
    for (auto it = state.begin(); it != state.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(logicalId, hash);
    QSaveFile file(m_buildDirectory + QStringLiteral("/bullpen-build.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void ProjectBuilder::nextTarget()
{
    if (m_queue.isEmpty() && !m_images.isEmpty()) {
        nextImage();
        return;
    }
    if (m_queue.isEmpty()) {
        QString error;
        // Image functions alone leave nothing in .aws-sam/build: no built template.
        if (!m_allTargets.isEmpty() && !writeBuiltTemplate(m_templatePath, m_allTargets, &error)) {
            m_error = error;
            finish(false);
            return;
        }
        finish(true);
        return;
    }
    m_current = m_queue.takeFirst();
    Q_EMIT targetStarted(m_current.logicalId);
    m_currentHash = stateHash(m_current);
    if (!isOutdated(m_current)) {
        ++m_upToDate;
        Q_EMIT logLine(m_current.logicalId, QStringLiteral("%1 is up to date").arg(m_current.logicalId));
        Q_EMIT targetFinished(m_current.logicalId, false);
        QTimer::singleShot(0, this, &ProjectBuilder::nextTarget);
        return;
    }
    QString error;
    m_steps.clear();
    if (!planTarget(m_current, &error)) {
        m_error = QStringLiteral("%1: %2").arg(m_current.logicalId, error);
        finish(false);
        return;
    }
    runNextStep();
}

QMap<QString, QString> ProjectBuilder::toolEnvironment(bool sandboxed) const
{
    // Scrubbed: the tools' own variables and the proxies, nothing else of the
    // user's session, and a home of the build's own so that no configuration
    // is read from the user's home behind the build's back.
    QMap<QString, QString> env;
    const QProcessEnvironment &from = m_options.environment;
    const QStringList keys = from.keys();
    for (const QString &key : keys) {
        const QString lower = key.toLower();
        if (key.startsWith(u"PIP_") || lower.startsWith(u"npm_config_") || lower.endsWith(u"_proxy") || key == u"PATH"
            || key == u"LANG" || key == u"LC_ALL" || key == u"SSL_CERT_FILE" || key == u"SOURCE_DATE_EPOCH")
            env.insert(key, from.value(key));
    }
    if (sandboxed) // the image's tools, as the function's runtime finds them
        env.insert(QStringLiteral("PATH"), QStringLiteral("/var/lang/bin:/usr/local/bin:/usr/bin:/bin"));
    if (!env.contains(QStringLiteral("PATH")))
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    if (sandboxed) { // the image has the C.UTF-8 locale only
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
    }
    const QString scratch = m_options.dependencyCache + QStringLiteral("/.home");
    QDir().mkpath(scratch);
    env.insert(QStringLiteral("HOME"), scratch);
    env.insert(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    if (!m_options.pipConfigFile.isEmpty())
        env.insert(QStringLiteral("PIP_CONFIG_FILE"), m_options.pipConfigFile);
    if (!m_options.npmConfigFile.isEmpty())
        env.insert(QStringLiteral("npm_config_userconfig"), m_options.npmConfigFile);
    if (!env.contains(QStringLiteral("npm_config_cache")))
        env.insert(QStringLiteral("npm_config_cache"), m_options.dependencyCache + QStringLiteral("/.npm"));
    env.insert(QStringLiteral("npm_config_update_notifier"), QStringLiteral("false"));
    return env;
}

QList<BuildMount> ProjectBuilder::configMounts() const
{
    // The dependency cache (pip's and npm's own caches, the home, the
    // installs) writable; the tools' configuration by file, read-only.
    QList<BuildMount> mounts { { m_options.dependencyCache, true } };
    for (const QString &file : { m_options.pipConfigFile, m_options.npmConfigFile,
                                 m_options.environment.value(QStringLiteral("SSL_CERT_FILE")) }) {
        if (!file.isEmpty() && QFileInfo::exists(file))
            mounts.append({ QFileInfo(file).absoluteFilePath(), false });
    }
    return mounts;
}

void ProjectBuilder::planDependencies(const BuildTarget &target, const QString &into)
{
    const QByteArray hash = dependencyHash(target, toolchain());
    if (hash.isEmpty())
        return;
    const QString cached = m_options.dependencyCache + u'/' + QString::fromLatin1(hash);
    const bool python = target.workflow() == u"python";
    const bool sandboxed = m_sandbox->isolates();
    if (!QFileInfo(cached).isDir()) {
        const QString scratch = m_options.dependencyCache
            + QStringLiteral("/.tmp-%1-%2").arg(QString::fromLatin1(hash)).arg(QCoreApplication::applicationPid());
        const QString installed = python ? scratch + QStringLiteral("/site") : scratch;
        Step prepare;
        prepare.name = QStringLiteral("prepare the dependency install");
        prepare.action = [target, scratch, python, sandboxed](QString *error) {
            removeTree(scratch);
            if (!QDir().mkpath(scratch)) {
                *error = QStringLiteral("cannot create %1").arg(scratch);
                return false;
            }
            if (python)
                return true;
            QFile manifest(target.manifestPath());
            if (!manifest.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read %1").arg(manifest.fileName());
                return false;
            }
            // In a sandbox the scratch folder takes the function folder's
            // place, so relative file: paths resolve as written and the lock
            // file stays valid. On the host they are made absolute, and a
            // lock file naming them no longer matches (npm install re-resolves).
            bool changed = false;
            const QByteArray text = sandboxed ? manifest.readAll()
                                              : absoluteFileDependencies(manifest.readAll(), target.sourceDirectory,
                                                                         &changed);
            QFile out(scratch + QStringLiteral("/package.json"));
            if (!out.open(QIODevice::WriteOnly) || out.write(text) < 0) {
                *error = QStringLiteral("cannot write %1").arg(out.fileName());
                return false;
            }
            const QString lock = target.sourceDirectory + QStringLiteral("/package-lock.json");
            if (!changed && QFileInfo::exists(lock))
                QFile::copy(lock, scratch + QStringLiteral("/package-lock.json"));
            return true;
        };
        m_steps.append(prepare);
        Step install;
        install.job.runtime = target.runtime;
        install.job.environment = toolEnvironment(sandboxed);
        install.job.mounts = configMounts();
        const QStringList locals = localDependencyPaths(target);
        if (python) {
            install.name = QStringLiteral("pip install");
            install.job.command = { sandboxed ? QStringLiteral("python3") : pythonFor(target.runtime),
                                    QStringLiteral("-m"),
                                    QStringLiteral("pip"),
                                    QStringLiteral("install"),
                                    QStringLiteral("--no-input"),
                                    QStringLiteral("--no-warn-script-location"),
                                    QStringLiteral("-r"),
                                    target.manifestPath(),
                                    QStringLiteral("-t"),
                                    installed };
            // Relative paths in requirements.txt are the function folder's.
            install.job.workingDirectory = target.sourceDirectory;
            install.job.mounts.append({ target.sourceDirectory, false });
            // pip builds a local package in its own folder (build/, *.egg-info),
            // as it does on the host: folders writable, files read-only.
            for (const QString &path : locals)
                install.job.mounts.append({ path, QFileInfo(path).isDir() });
            install.job.imageNeeds = QStringLiteral("usr/lib/python3/dist-packages/pip");
            install.job.imageNeedsName = QStringLiteral("pip (Debian's python3-pip)");
        } else {
            // "ci" instead when the step before copied a lock file.
            install.name = QStringLiteral("npm install");
            install.lockFile = scratch + QStringLiteral("/package-lock.json");
            install.job.command = { QStringLiteral("npm"),           QStringLiteral("install"),
                                    QStringLiteral("--omit=dev"),    QStringLiteral("--install-links"),
                                    QStringLiteral("--no-audit"),    QStringLiteral("--no-fund"),
                                    QStringLiteral("--update-notifier=false") };
            if (sandboxed) {
                install.job.workingDirectory = target.sourceDirectory;
                install.job.mounts.append({ target.sourceDirectory, true, scratch });
            } else {
                install.job.workingDirectory = scratch;
            }
            for (const QString &path : locals)
                install.job.mounts.append({ path, false });
            install.job.imageNeeds = QStringLiteral("usr/bin/npm");
            install.job.imageNeedsName = QStringLiteral("npm (Debian's npm)");
        }
        m_steps.append(install);
        Step store;
        store.name = QStringLiteral("store the dependencies in the cache");
        store.action = [this, scratch, installed, cached, python](QString *error) {
            ++m_installs;
            const QString source = python ? installed : scratch + QStringLiteral("/node_modules");
            QDir().mkpath(python ? cached : cached + QStringLiteral("/node_modules"));
            const QString target = python ? cached : cached + QStringLiteral("/node_modules");
            // Another build may have stored the same hash meanwhile; either copy is good.
            std::error_code ec;
            if (QFileInfo(source).isDir()) {
                fs::remove(target.toStdString(), ec);
                fs::rename(source.toStdString(), target.toStdString(), ec);
            }
            removeTree(scratch);
            if (ec && !QFileInfo(target).isDir()) {
                *error = QStringLiteral("cannot store %1: %2").arg(cached, QString::fromStdString(ec.message()));
                return false;
            }
            return true;
        };
        m_steps.append(store);
    }
    Step link;
    link.name = QStringLiteral("link the cached dependencies");
    const QString linked = python ? cached : cached + QStringLiteral("/node_modules");
    link.action = [linked, into](QString *error) { return linkTree(linked, into, error); };
    m_steps.append(link);
}

bool ProjectBuilder::planTarget(const BuildTarget &t, QString *error)
{
    const QString workflow = t.workflow();
    const QString staging = m_buildDirectory + QStringLiteral("/.staging/") + t.logicalId;
    const QString output = m_buildDirectory + u'/' + t.logicalId;
    const bool sandboxed = m_sandbox->isolates();
    // A layer's code and dependencies go where Lambda looks for them under /opt.
    QString root = staging;
    if (t.kind == BuildTarget::Kind::Layer && workflow == u"python")
        root = staging + QStringLiteral("/python");
    else if (t.kind == BuildTarget::Kind::Layer && workflow == u"nodejs")
        root = staging + QStringLiteral("/nodejs");

    Step clean;
    clean.name = QStringLiteral("prepare the staging folder");
    clean.action = [staging](QString *error) {
        removeTree(staging);
        if (!QDir().mkpath(staging)) {
            *error = QStringLiteral("cannot create %1").arg(staging);
            return false;
        }
        return true;
    };
    m_steps.append(clean);

    // On the host (the process backend) the host's tools must be there; in a
    // sandbox the image's are checked when the tool starts.
    if (workflow == u"python" || workflow == u"nodejs") {
        if (!sandboxed && workflow == u"python" && pythonFor(t.runtime).isEmpty()) {
            *error = QStringLiteral("Python builds need %1 or python3, which is not installed here").arg(t.runtime);
            return false;
        }
        if (!sandboxed && workflow == u"nodejs" && QFileInfo::exists(t.manifestPath())
            && QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty()) {
            *error = QStringLiteral("Node.js builds need npm, which is not installed here (Debian: apt install npm)");
            return false;
        }
        Step copy;
        copy.name = QStringLiteral("copy the code");
        copy.action = [t, root](QString *error) { return copyCode(t.sourceDirectory, root, error); };
        m_steps.append(copy);
        planDependencies(t, workflow == u"python" ? root : root + QStringLiteral("/node_modules"));
    } else if (workflow == u"makefile") {
        if (!QFileInfo::exists(t.sourceDirectory + QStringLiteral("/Makefile"))) {
            *error = QStringLiteral("BuildMethod makefile needs a Makefile in %1").arg(t.sourceDirectory);
            return false;
        }
        // SAM's contract: target build-<LogicalId>, ARTIFACTS_DIR the output.
        // In the sandbox the source is read-only and the output writable.
        Step make;
        make.name = QStringLiteral("make build-%1").arg(t.logicalId);
        // On the build image of the function's runtime; a layer, or a runtime
        // Bullpen has no image for, on the provided one (a shell, coreutils and make).
        make.job.runtime = RuntimeImage::familyFor(t.runtime).isEmpty() ? QStringLiteral("provided.al2023") : t.runtime;
        make.job.command = { QStringLiteral("make"), QStringLiteral("--no-print-directory"),
                             QStringLiteral("build-") + t.logicalId, QStringLiteral("ARTIFACTS_DIR=") + staging };
        make.job.workingDirectory = t.sourceDirectory;
        make.job.environment = toolEnvironment(sandboxed);
        make.job.environment.insert(QStringLiteral("ARTIFACTS_DIR"), staging);
        make.job.mounts = configMounts();
        make.job.mounts.append({ t.sourceDirectory, false });
        make.job.mounts.append({ staging, true });
        make.job.imageNeeds = QStringLiteral("usr/bin/make");
        make.job.imageNeedsName = QStringLiteral("make");
        if (!sandboxed && QStandardPaths::findExecutable(QStringLiteral("make")).isEmpty()) {
            *error = QStringLiteral("BuildMethod makefile needs make, which is not installed here");
            return false;
        }
        m_steps.append(make);
    } else if (workflow == u"esbuild") {
        const QString esbuild = QStandardPaths::findExecutable(QStringLiteral("esbuild"));
        if (esbuild.isEmpty()) {
            *error = QStringLiteral("BuildMethod esbuild needs esbuild, which is not installed here "
                                    "(Debian: apt install esbuild; or npm install --save-dev esbuild)");
            return false;
        }
        // Bundled from a scratch copy with the dependencies beside it; only the bundle is the artifact.
        const QString scratch = m_buildDirectory + QStringLiteral("/.scratch/") + t.logicalId;
        Step copy;
        copy.name = QStringLiteral("copy the code");
        copy.action = [t, scratch](QString *error) {
            removeTree(scratch);
            return copyCode(t.sourceDirectory, scratch, error);
        };
        m_steps.append(copy);
        if (!sandboxed && QFileInfo::exists(t.manifestPath())
            && QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty()) {
            *error = QStringLiteral("Node.js builds need npm, which is not installed here (Debian: apt install npm)");
            return false;
        }
        planDependencies(t, scratch + QStringLiteral("/node_modules"));
        const QVariantMap p = t.buildProperties;
        // esbuild bundles JavaScript, whose output does not depend on the
        // platform: the host's esbuild (Debian's package), not the image's.
        Step bundle;
        bundle.name = QStringLiteral("esbuild");
        bundle.onHost = true;
        bundle.job.workingDirectory = scratch;
        bundle.job.environment = toolEnvironment(false);
        QStringList entries = p.value(QStringLiteral("EntryPoints")).toStringList();
        if (entries.isEmpty())
            entries = { QStringLiteral("app.js") };
        QStringList &arguments = bundle.job.command;
        arguments = QStringList { esbuild } + entries;
        arguments << QStringLiteral("--bundle") << QStringLiteral("--platform=node")
                  << QStringLiteral("--outdir=") + staging;
        auto flag = [&](const char *key) { return p.value(QLatin1String(key)).toString().toLower() == u"true"; };
        if (flag("Minify"))
            arguments << QStringLiteral("--minify");
        if (flag("Sourcemap"))
            arguments << QStringLiteral("--sourcemap");
        const QString target = p.value(QStringLiteral("Target"), QStringLiteral("es2020")).toString();
        arguments << QStringLiteral("--target=") + target;
        if (p.contains(QStringLiteral("Format")))
            arguments << QStringLiteral("--format=") + p.value(QStringLiteral("Format")).toString();
        const QStringList externals = p.value(QStringLiteral("External")).toStringList();
        for (const QString &e : externals)
            arguments << QStringLiteral("--external:") + e;
        m_steps.append(bundle);
        Step tidy;
        tidy.name = QStringLiteral("remove the scratch copy");
        tidy.action = [scratch](QString *) {
            removeTree(scratch);
            return true;
        };
        m_steps.append(tidy);
    } else {
        *error = QStringLiteral("nothing builds runtime '%1' (BuildMethod '%2'); use makefile")
                     .arg(t.runtime, t.buildMethod);
        return false;
    }

    Step replace;
    replace.name = QStringLiteral("replace the previous build");
    const QString id = t.logicalId;
    replace.action = [this, staging, output, id](QString *error) {
        const QString old = output + QStringLiteral(".old");
        removeTree(old);
        std::error_code ec;
        if (QFileInfo::exists(output))
            fs::rename(output.toStdString(), old.toStdString(), ec);
        if (!ec)
            fs::rename(staging.toStdString(), output.toStdString(), ec);
        if (ec) {
            *error
                = QStringLiteral("cannot move %1 to %2: %3").arg(staging, output, QString::fromStdString(ec.message()));
            return false;
        }
        removeTree(old);
        return writeState(id, QString::fromLatin1(m_currentHash), error);
    };
    m_steps.append(replace);
    return true;
}

void ProjectBuilder::runNextStep()
{
    if (m_steps.isEmpty()) {
        ++m_rebuilt;
        Q_EMIT targetFinished(m_current.logicalId, true);
        QTimer::singleShot(0, this, &ProjectBuilder::nextTarget);
        return;
    }
    m_step = m_steps.takeFirst();
    if (m_step.action) {
        QString error;
        if (!m_step.action(&error)) {
            stepFailed(error);
            return;
        }
        QTimer::singleShot(0, this, &ProjectBuilder::runNextStep);
        return;
    }
    // npm ci needs a lock file; it is there when the step before copied one.
    if (!m_step.lockFile.isEmpty() && QFileInfo::exists(m_step.lockFile)) {
        m_step.name = QStringLiteral("npm ci");
        m_step.job.command[1] = QStringLiteral("ci");
    }
    BuildSandbox *sandbox = sandboxFor(m_step);
    QString where;
    if (!sandbox->isolates())
        where = QStringLiteral("on the host (%1)").arg(m_step.onHost ? QStringLiteral("the host's tool")
                                                                      : QStringLiteral("process backend: isolates nothing"));
    else
        where = QStringLiteral("in a %1 container of the %2 image")
                    .arg(sandbox->backendName(), RuntimeImage::buildFamilyFor(m_step.job.runtime));
    QStringList shown = m_step.job.command;
    if (!shown.isEmpty())
        shown[0] = QFileInfo(shown[0]).fileName();
    Q_EMIT logLine(m_current.logicalId, QStringLiteral("$ %1   (%2)").arg(shown.join(u' '), where));
    m_tail.clear();
    m_tool = sandbox;
    sandbox->run(m_step.job);
}

void ProjectBuilder::onToolFinished(int exitCode, const QString &error)
{
    if (sender() != m_tool.data())
        return;
    m_tool = nullptr;
    if (!error.isEmpty()) {
        stepFailed(error);
        return;
    }
    if (exitCode != 0) {
        const QString output = m_tail.join(u'\n');
        stepFailed(QStringLiteral("exit status %1:\n%2%3").arg(exitCode).arg(output, networkHint(output)));
        return;
    }
    runNextStep();
}

void ProjectBuilder::stepFailed(const QString &message)
{
    m_error = QStringLiteral("%1: %2 failed: %3").arg(m_current.logicalId, m_step.name, message);
    // The last good build stays: only the staging folder goes.
    removeTree(m_buildDirectory + QStringLiteral("/.staging/") + m_current.logicalId);
    removeTree(m_buildDirectory + QStringLiteral("/.scratch/") + m_current.logicalId);
    m_steps.clear();
    finish(false);
}

void ProjectBuilder::nextImage()
{
    // One image function through the daemon's build endpoint, its log as it comes.
    const FunctionConfig function = m_images.takeFirst();
    m_current = BuildTarget {};
    m_current.logicalId = function.logicalId;
    Q_EMIT targetStarted(function.logicalId);
    if (!m_functionImages) {
        QString error;
        DockerErrorKind kind = DockerErrorKind::None;
        const DockerEndpoint endpoint = DockerClient::probe(&error, &kind);
        if (endpoint.socketPath.isEmpty()) {
            m_error
                = QStringLiteral("%1: an image function is built by a Docker or Podman daemon, and none answers: %2")
                      .arg(function.logicalId, error);
            finish(false);
            return;
        }
        m_functionImages = new FunctionImages(new DockerClient(endpoint, this), this);
    }
    const int before = m_functionImages->buildCount();
    const QString id = function.logicalId;
    m_functionImages->ensure(
        function.image, this, [this, id](const QString &line) { Q_EMIT logLine(id, line); },
        [this, id, before](const FunctionImage &, const QString &error) {
            if (!error.isEmpty()) {
                m_error = QStringLiteral("%1: %2").arg(id, error);
                finish(false);
                return;
            }
            const bool rebuilt = m_functionImages->buildCount() != before;
            ++(rebuilt ? m_rebuilt : m_upToDate);
            Q_EMIT targetFinished(id, rebuilt);
            nextTarget();
        });
}

void ProjectBuilder::finish(bool ok)
{
    m_running = false;
    if (!ok)
        Q_EMIT logLine(m_current.logicalId, m_error);
    Q_EMIT finished(ok);
}

} // namespace Bullpen
