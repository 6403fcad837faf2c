// SPDX-License-Identifier: MIT
#include "engine/pool/snapstartuse.h"

namespace Bullpen {

bool isPublishedVersion(const FunctionConfig &function, QStringView qualifier)
{
    return !function.autoPublishAlias.isEmpty() && (qualifier == function.autoPublishAlias || qualifier == u"1");
}

QString publishedVersion(const FunctionConfig &function, QStringView qualifier)
{
    return isPublishedVersion(function, qualifier) ? QStringLiteral("1") : QStringLiteral("$LATEST");
}

SnapStartUse SnapStartUse::of(const FunctionConfig &function, QStringView qualifier, bool always)
{
    SnapStartUse use;
    use.applies = always || (function.snapStart && isPublishedVersion(function, qualifier));
    if (use.applies || !function.snapStart)
        return use;
    // What the result, its JSON, the pool's event, `bullpen invoke` and the
    // window's figures say of a cold start that went without it.
    if (function.autoPublishAlias.isEmpty())
        use.note = QStringLiteral("SnapStart applies to published versions, and this function has none (it has no "
                                  "AutoPublishAlias); this call ran $LATEST");
    else
        use.note
            = QStringLiteral("SnapStart applies to published versions; this call ran $LATEST (invoke the alias %1)")
                  .arg(function.autoPublishAlias);
    return use;
}

} // namespace Bullpen
