// SPDX-License-Identifier: MIT
#pragma once

#include "engine/build/projectbuilder.h"
#include "engine/project/functionconfig.h"

#include <QObject>
#include <QPointer>

namespace Bullpen {

// The automatic build before an invocation. It sits in front of the Invoker
// rather than inside it: the Invoker hands out an Invocation at once and
// knows nothing of templates, while a build needs the project and may take
// minutes. Callers (the CLI's invoke, the window's run button) ask it for the
// function to run and invoke when ready() arrives. A function with something
// to build (a requirements.txt, a package.json, a BuildMethod) is built
// first, incrementally, so an unchanged one costs a hash of its files; one
// with nothing to build runs from `sam build`'s output when that is newer
// than its sources, else from its own folder. The build runs as processes;
// nothing waits on the calling thread.
class FunctionPreparer final : public QObject
{
    Q_OBJECT
public:
    explicit FunctionPreparer(const BuildOptions &options = {}, QObject *parent = nullptr);

    // ready() or failed() follows, never from inside this call.
    void prepare(const FunctionConfig &function, const QString &templatePath);
    bool isBuilding() const { return m_builder && m_builder->isRunning(); }
    // Whether the last prepare() ran a build step (false when it was up to date).
    bool lastPrepareRebuilt() const { return m_rebuilt; }

Q_SIGNALS:
    void logLine(const QString &logicalId, const QString &line);
    void ready(const Bullpen::FunctionConfig &function);
    // The failing step and the tool's own message; the last good build is still there.
    void failed(const QString &error);

private:
    BuildOptions m_options;
    QPointer<ProjectBuilder> m_builder;
    bool m_rebuilt = false;
};

} // namespace Bullpen
