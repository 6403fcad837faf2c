// SPDX-License-Identifier: MIT
#pragma once

// What the fidelity tests share: where installer/go-tools put the Go programs
// (the emulator, the aws-lambda-go function, the events decoder), and a
// function configuration that runs the aws-lambda-go function on
// provided.al2023. A missing tool skips with the reason, and fails under
// CI=true (decisions §1: only crun and Podman may skip in CI).
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

#include "engine/project/samtemplate.h"

#include "tests/support/ciskip.h"

namespace FidelitySupport {

inline QString goTools()
{
    return qEnvironmentVariable("BULLPEN_GO_TOOLS");
}

inline QString goToolsMissing()
{
    const QString dir = goTools();
    if (dir.isEmpty()) {
        const QString why = qEnvironmentVariable("BULLPEN_GO_TOOLS_ERROR");
        return QStringLiteral("BULLPEN_GO_TOOLS is not set (run the tests through installer/dev, which builds them "
                              "with installer/go-tools)%1")
            .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    }
    for (const char *tool : { "aws-lambda-rie", "fidelity-fn/bootstrap", "eventcheck" }) {
        if (!QFile::exists(dir + u'/' + QLatin1StringView(tool)))
            return QStringLiteral("%1/%2 is missing; run installer/go-tools").arg(dir, QLatin1StringView(tool));
    }
    return {};
}

// Copies the aws-lambda-go bootstrap into codeDir, as a provided.al2023
// function's code (the binary is static: it runs in any root file system).
inline Bullpen::FunctionConfig goFunction(const QString &codeDir, const QString &name = QStringLiteral("GoFunction"))
{
    QDir().mkpath(codeDir);
    const QString target = codeDir + QStringLiteral("/bootstrap");
    QFile::remove(target);
    QFile::copy(goTools() + QStringLiteral("/fidelity-fn/bootstrap"), target);
    QFile::setPermissions(target, QFile::permissions(target) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    Bullpen::FunctionConfig f;
    f.logicalId = name;
    f.functionName = name;
    f.handler = QStringLiteral("bootstrap");
    f.runtime = QStringLiteral("provided.al2023");
    f.codeDirectory = codeDir;
    f.memorySizeMb = 256;
    f.timeoutSeconds = 10;
    return f;
}

} // namespace FidelitySupport

// Skips (locally) or fails (CI) when the Go tools are not there.
#define FIDELITY_REQUIRE_GO_TOOLS()                                                                                    \
    do {                                                                                                               \
        const QString missing_ = FidelitySupport::goToolsMissing();                                                    \
        if (!missing_.isEmpty())                                                                                       \
            BULLPEN_SKIP_UNLESS_CI(missing_);                                                                          \
    } while (false)
