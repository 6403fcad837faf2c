// SPDX-License-Identifier: MIT
#include "engine/build/functionpreparer.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace Bullpen {

namespace {

bool hasSomethingToBuild(const BuildTarget &t)
{
    if (t.buildMethod == u"makefile" || t.buildMethod == u"esbuild")
        return true;
    const QString manifest = t.manifestPath();
    return !manifest.isEmpty() && QFileInfo::exists(manifest);
}

} // namespace

FunctionPreparer::FunctionPreparer(const BuildOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

void FunctionPreparer::prepare(const FunctionConfig &function, const QString &templatePath)
{
    m_rebuilt = false;
    QList<BuildTarget> targets;
    QString error;
    readBuildTargets(templatePath, &targets, &error);
    const auto it = std::find_if(targets.cbegin(), targets.cend(),
                                 [&](const BuildTarget &t) { return t.logicalId == function.logicalId; });
    // `sam build`'s output (or another tool's) runs while it is newer than the
    // sources; what Bullpen built is judged by its hashes, which are exact.
    const FunctionConfig built = withBuiltCode(function, templatePath);
    const bool ours = readBuildState(templatePath).contains(function.logicalId);
    const bool foreignBuild = !ours && built.codeDirectory != function.codeDirectory;
    if (foreignBuild || it == targets.cend() || !hasSomethingToBuild(*it)) {
        // Nothing to build: the sources run as they are.
        const FunctionConfig run = foreignBuild ? built : function;
        QTimer::singleShot(0, this, [this, run] { Q_EMIT ready(run); });
        return;
    }
    if (m_builder)
        m_builder->deleteLater();
    auto *builder = new ProjectBuilder(templatePath, m_options, this);
    m_builder = builder;
    connect(builder, &ProjectBuilder::logLine, this, &FunctionPreparer::logLine);
    connect(builder, &ProjectBuilder::finished, this, [this, builder, function, templatePath](bool ok) {
        m_rebuilt = builder->rebuiltCount() > 0;
        if (!ok) {
            Q_EMIT failed(builder->errorString());
            return;
        }
        FunctionConfig run = function;
        run.codeDirectory = buildDirectory(templatePath) + u'/' + function.logicalId;
        Q_EMIT ready(run);
    });
    if (!builder->start({ function.logicalId }, &error))
        QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

} // namespace Bullpen
