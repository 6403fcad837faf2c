// SPDX-License-Identifier: MIT
#include "engine/targets/projecttargets.h"

#include <QFileInfo>

namespace Bullpen {

ProjectTargets *ProjectTargets::open(const QString &templatePath, const EngineSettings &engine, ProjectError *error,
                                     QObject *parent)
{
    const auto file = TargetsFile::load(templatePath, error);
    if (!file)
        return nullptr;
    TargetContext context;
    context.templatePath = QFileInfo(templatePath).absoluteFilePath();
    context.engine = engine;
    return new ProjectTargets(*file, context, parent);
}

ProjectTargets::ProjectTargets(const TargetsFile &file, const TargetContext &context, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_context(context)
{
    for (const TargetSpec &spec : file.targets())
        m_targets << Target::create(spec, context, this);
}

Target *ProjectTargets::target(const QString &name) const
{
    for (Target *target : m_targets) {
        if (target->name() == name)
            return target;
    }
    return nullptr;
}

QStringList ProjectTargets::names() const
{
    QStringList list;
    for (const Target *target : m_targets)
        list << target->name();
    return list;
}

} // namespace Bullpen
