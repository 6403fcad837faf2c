// SPDX-License-Identifier: MIT
#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Bullpen {

// The one KSyntaxHighlighting repository of the application. Loading it parses
// every definition and theme index, so it is built once, on first use, and
// shared by every editor; it must only be used from the GUI thread.
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Bullpen
