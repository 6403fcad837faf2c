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
    auto target = [&targets](const QString &logicalId) -> const BuildTarget * {
        const auto it = std::find_if(targets.cbegin(), targets.cend(),
                                     [&](const BuildTarget &t) { return t.logicalId == logicalId; });
        return it == targets.cend() ? nullptr : &*it;
    };
    // `sam build`'s output (or another tool's) runs while it is newer than the
    // sources; what Bullpen built is judged by its hashes, which are exact.
    const FunctionConfig built = withBuiltCode(function, templatePath);
    const bool ours = readBuildState(templatePath).contains(function.logicalId);
    const bool foreignBuild = !ours && built.codeDirectory != function.codeDirectory;
    QStringList ids;
    const BuildTarget *own = target(function.logicalId);
    if (!foreignBuild && own && hasSomethingToBuild(*own))
        ids << function.logicalId;
    // A layer with a BuildMethod runs as built (into .aws-sam/build/<LayerId>), as sam does.
    QStringList layerIds;
    for (const LayerConfig &layer : function.layerVersions) {
        const BuildTarget *t = target(layer.logicalId);
        if (t && t->kind == BuildTarget::Kind::Layer && !layerIds.contains(layer.logicalId))
            layerIds << layer.logicalId;
    }
    ids << layerIds;
    const FunctionConfig base = foreignBuild ? built : function;
    if (ids.isEmpty()) {
        // Nothing to build: the sources run as they are.
        QTimer::singleShot(0, this, [this, base] { Q_EMIT ready(base); });
        return;
    }
    if (m_builder)
        m_builder->deleteLater();
    auto *builder = new ProjectBuilder(templatePath, m_options, this);
    m_builder = builder;
    connect(builder, &ProjectBuilder::logLine, this, &FunctionPreparer::logLine);
    connect(builder, &ProjectBuilder::finished, this, [this, builder, base, ids, layerIds, templatePath](bool ok) {
        m_rebuilt = builder->rebuiltCount() > 0;
        if (!ok) {
            Q_EMIT failed(builder->errorString());
            return;
        }
        FunctionConfig run = base;
        const QString output = buildDirectory(templatePath) + u'/';
        if (ids.contains(run.logicalId))
            run.codeDirectory = output + run.logicalId;
        for (LayerConfig &layer : run.layerVersions) {
            if (layerIds.contains(layer.logicalId))
                layer.contentPath = output + layer.logicalId;
        }
        Q_EMIT ready(run);
    });
    if (!builder->start(ids, &error))
        QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

} // namespace Bullpen
