// SPDX-License-Identifier: MIT
// The SAM template reader with its intrinsics (engine/project: SamTemplate,
// IntrinsicResolver) and the API reader beside it (engine/apigateway:
// ApiTemplate), on any bytes as a template.yaml.
#include "tests/fuzz/fuzzsupport.h"

#include "engine/apigateway/apitemplate.h"
#include "engine/project/samtemplate.h"

using namespace Bullpen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    ProjectError error;
    if (const auto parsed = SamTemplate::parse(yaml, Fuzz::templatePath(), &error)) {
        for (const FunctionConfig &function : parsed->functions()) {
            ProjectError why;
            if (!parsed->function(function.logicalId, &why))
                qFatal("fuzz_samtemplate: function %s is listed but cannot be looked up",
                       qPrintable(function.logicalId));
        }
        ProjectError why;
        (void)parsed->function(QStringLiteral("NoSuchFunction"), &why);
    }
    (void)ApiTemplate::parse(yaml, Fuzz::templatePath(), &error);
    return 0;
}
