// SPDX-License-Identifier: MIT
#pragma once

// What tst_comparecli and tst_compareview share: a copy of the compare test
// project with a bullpen-targets.yaml naming the local pool, a standalone
// Docker container and an endpoint nobody listens on; what the Docker daemon
// still holds of that copy (containers), and the removal of an image the
// docker target built for it, should a run have left one (a tear-down removes it).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>

#include "engine/targets/target.h"
#include "engine/targets/targetimages.h"

namespace CompareTestSupport {

// Copies the project to folder and writes its targets file; false when it cannot.
inline bool makeProject(const QString &folder)
{
    const QString from = QStringLiteral(BULLPEN_COMPARE_PROJECT);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(QLatin1StringView(".h")))
            continue;
        const QString target = folder + u'/' + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return false;
    }
    quint16 closed = 0;
    {
        QTcpServer server; // a loopback port, given back: nobody listens there
        server.listen(QHostAddress::LocalHost, 0);
        closed = server.serverPort();
    }
    QFile targets(folder + QStringLiteral("/bullpen-targets.yaml"));
    if (!targets.open(QIODevice::WriteOnly))
        return false;
    targets.write(QStringLiteral("targets:\n"
                                 "  local: {kind: local}\n"
                                 "  docker: {kind: docker}\n"
                                 "  ec2: {kind: endpoint, url: \"http://127.0.0.1:%1\", timeout: 5}\n")
                      .arg(closed)
                      .toUtf8());
    return true;
}

inline QString projectKey(const QString &folder)
{
    Bullpen::TargetContext context;
    context.templatePath = QFileInfo(folder + QStringLiteral("/template.yaml")).absoluteFilePath();
    return context.projectKey();
}

inline QStringList docker(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("docker"), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// The containers of this project copy the daemon still has (their names carry its key).
inline QStringList leftoverContainers(const QString &folder)
{
    return docker(
               { QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("{{.Names}}") })
        .filter(projectKey(folder));
}

// Removes the image the docker target built for this project copy.
inline void removeImages(const QString &folder)
{
    const QStringList images
        = docker({ QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Repository}}:{{.Tag}}") })
              .filter(QStringLiteral("bullpen-target-") + projectKey(folder) + u'-');
    for (const QString &image : images)
        docker({ QStringLiteral("rmi"), QStringLiteral("-f"), image });
}

} // namespace CompareTestSupport
