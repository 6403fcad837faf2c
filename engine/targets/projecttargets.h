// SPDX-License-Identifier: MIT
#pragma once

#include "engine/targets/target.h"
#include "engine/targets/targetsfile.h"

#include <QList>
#include <QObject>

namespace Bullpen {

// The targets of one project: its bullpen-targets.yaml read (or the defaults)
// and each spec made a Target, owned here, in the file's order.
class ProjectTargets final : public QObject
{
    Q_OBJECT
public:
    // nullptr with *error when the targets file cannot be used.
    static ProjectTargets *open(const QString &templatePath, const EngineSettings &engine, ProjectError *error,
                                QObject *parent = nullptr);

    const TargetsFile &file() const { return m_file; }
    const TargetContext &context() const { return m_context; }
    QList<Target *> targets() const { return m_targets; }
    Target *target(const QString &name) const;
    QStringList names() const;

private:
    ProjectTargets(const TargetsFile &file, const TargetContext &context, QObject *parent);

    TargetsFile m_file;
    TargetContext m_context;
    QList<Target *> m_targets;
};

} // namespace Bullpen
