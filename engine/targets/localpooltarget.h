// SPDX-License-Identifier: MIT
#pragma once

#include "engine/targets/target.h"

#include <memory>

namespace Bullpen {

class Invoker;

// The local pool as a target: the engine's own Invoker (the configured backend,
// or the spec's), made on first use and kept, so that the second call of a
// function finds its instance warm as the pool would. Nothing to deploy: the
// pool starts instances on demand. Down when no backend can run here.
class LocalPoolTarget final : public Target
{
    Q_OBJECT
public:
    LocalPoolTarget(const TargetSpec &spec, const TargetContext &context, QObject *parent = nullptr);
    ~LocalPoolTarget() override;

    bool canProbe() const override { return true; }
    bool isDeployable() const override { return false; }
    void deploy(const QList<FunctionConfig> &functions) override;
    void checkHealth(const QList<FunctionConfig> &functions = {}) override;
    quint64 invoke(const FunctionConfig &function, const QByteArray &payload,
                   const TargetCallOptions &options = {}) override;
    void tearDown() override;

    // The engine settings the target runs with (the context's, with the spec's backend).
    EngineSettings settings() const;

private:
    Invoker *invoker(QString *error);

    std::unique_ptr<Invoker> m_invoker;
};

} // namespace Bullpen
