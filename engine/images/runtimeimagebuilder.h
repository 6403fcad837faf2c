// SPDX-License-Identifier: MIT
#pragma once

#include "engine/images/runtimeimage.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QProcess;
class QTimer;

namespace Bullpen {

// Everything that goes into one runtime image: the Debian packages beside
// Essential: yes, the files Bullpen lays over them, and the emulator.
struct RuntimeImageInputs
{
    QString runtime; // the family
    QStringList packages;
    struct File
    {
        QString path; // inside the image, without the leading slash
        QByteArray content;
        bool executable = false;
        bool symlink = false; // content is the link's target
    };
    QList<File> files;
    QString emulatorPath; // the aws-lambda-rie binary on this machine
    QString hash; // sha256 hex of all of the above and the builder's version
};

// Builds Bullpen's runtime images offline from Debian's packages with
// mmdebstrap (no daemon, no registry; unprivileged where user namespaces or
// fakechroot allow), one per runtime family, into a cache keyed by the hash of
// their inputs: a tarball and the same tree unpacked for runc. Asynchronous
// (QProcess), cancellable, with progress; builds on one machine are serialised
// by a lock file, so two engines (or tests) never build at once and the
// second finds the first one's image; an image is built in a ".partial"
// folder and renamed when complete, so a half-built one is never used.
class RuntimeImageBuilder final : public QObject
{
    Q_OBJECT
public:
    explicit RuntimeImageBuilder(QObject *parent = nullptr);
    RuntimeImageBuilder(const QString &cacheDirectory, QObject *parent);
    ~RuntimeImageBuilder() override;

    // $BULLPEN_IMAGE_CACHE, else /var/cache/bullpen/images where it can be
    // written, else $XDG_CACHE_HOME/bullpen/images.
    static QString defaultCacheDirectory();
    QString cacheDirectory() const { return m_directory; }
    // The Runtime Interface Emulator every image carries: $BULLPEN_RIE, else
    // aws-lambda-rie in $BULLPEN_GO_TOOLS, in installer/go-tools' cache or on
    // PATH. Empty, with the reason and the fix in *error, when there is none.
    static QString emulatorPath(QString *error);

    // What the runtime's image is made of; nullopt (with *error) for a runtime
    // without an image or when the emulator is missing.
    static std::optional<RuntimeImageInputs> inputs(const QString &runtime, QString *error);
    // The complete image for the runtime's current inputs (an AWS runtime name
    // or a family), without building; nullopt when there is none (yet).
    std::optional<RuntimeImage> cached(const QString &runtime, QString *error = nullptr) const;
    // Every complete image in the cache, current or stale, by family and age.
    QList<RuntimeImage> list() const;

    // Removes the stale images (an earlier inputs hash of a family) from the
    // cache, under the build lock so that no build moves one in meanwhile;
    // returns the folders removed. Fails (with *error) while a build holds the lock.
    QStringList prune(QString *error);

    bool isBuilding() const { return !m_runtime.isEmpty(); }
    QString buildingRuntime() const { return m_runtime; }
    // Builds the runtime's image unless it is cached; finished() or failed()
    // follows, always from the event loop. One build at a time per builder.
    void build(const QString &runtime);
    // Stops the build (mmdebstrap and its children); failed("cancelled") follows.
    void cancel();

Q_SIGNALS:
    void progress(const QString &message, int percent); // percent -1: unknown
    void finished(const Bullpen::RuntimeImage &image);
    void failed(const QString &message);

private:
    void tryLock();
    void startBuild();
    void onBootstrapOutput();
    void onBootstrapFinished(int exitCode, bool crashed);
    void startUnpack();
    void onUnpackFinished(int exitCode, bool crashed);
    void complete();
    void fail(const QString &message);
    void cleanUp(bool removePartial);
    QString partialDirectory() const;
    QString finalDirectory() const;
    bool writeStaging(const QString &dir, QString *error) const;
    void logLine(const QByteArray &line);

    QString m_directory;
    QString m_runtime; // the family being built; empty when idle
    RuntimeImageInputs m_inputs;
    int m_lockFd = -1;
    QTimer *m_lockPoll = nullptr;
    bool m_announcedWait = false;
    QPointer<QProcess> m_process;
    QByteArray m_pendingOutput;
    QStringList m_tail; // the last lines of the tools' output, for errors
    QElapsedTimer m_clock;
    int m_percent = 0;
    bool m_cancelled = false;
};

} // namespace Bullpen
