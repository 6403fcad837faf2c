// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QString>
#include <QStringView>

namespace Bullpen {

// Whether SnapStart restores the cold starts of one invocation, and when a
// SnapStart function's invocation goes without it, why, in one sentence.
// Lambda applies SnapStart (SnapStart: ApplyOn: PublishedVersions) to
// published versions and the aliases that point at them, never to $LATEST;
// here that is the function's AutoPublishAlias and version 1
// (isPublishedVersion()). For teaching, a run setting
// (FunctionRunSettings::snapStartAlways, `bullpen invoke --snap-start`)
// applies it to every invocation of the function, $LATEST included, with or
// without the template's SnapStart. The pool decides with it which
// configuration an invocation runs in (WarmPool::functionKey) and what its
// instances ask of the sandbox (InstanceSpec::snapStart); the sandbox layer
// knows nothing of versions.
// Whether a qualifier names the function's published version: its
// AutoPublishAlias, or "1", the version the alias runs (the one version SAM
// would have published). $LATEST (or none) never does, and a function
// without an alias has no published version.
bool isPublishedVersion(const FunctionConfig &function, QStringView qualifier);
// The version an invocation with this qualifier runs: "1" where it names the
// published version, else "$LATEST".
QString publishedVersion(const FunctionConfig &function, QStringView qualifier);

struct SnapStartUse
{
    bool applies = false;
    QString note; // empty unless the function has SnapStart and this invocation goes without it

    static SnapStartUse of(const FunctionConfig &function, QStringView qualifier, bool always);
};

} // namespace Bullpen
