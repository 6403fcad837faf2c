// SPDX-License-Identifier: MIT
#include "widgets/editor/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

namespace Bullpen {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace Bullpen
