// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Bullpen::Cli {

// The one source of the command line's documentation is each command's own
// --help: the manual page and the shell completions are made from it, so
// they never drift apart from what the commands accept.

// `bullpen --help`: the usage and the list of commands.
QString usageText();

// What `bullpen COMMAND --help` prints, read from a child of this executable
// (a command prints its help from its own parser; empty if it printed none).
QString commandHelp(const QString &command);

// One option or argument of a help text, as QCommandLineParser lists it.
struct HelpEntry
{
    QStringList names; // "-t", "--template"; or the argument's name
    QString value; // "FILE" when the option takes one
    QString description;
};

// A help text read back into its parts.
struct ParsedHelp
{
    QString usage; // after "Usage: "
    QStringList text; // the description's lines (indented lines kept as they are)
    QList<HelpEntry> options;
    QList<HelpEntry> arguments;
    QStringList verbatim; // a help in no parser's format (bullpen events): its lines
};
ParsedHelp parseHelp(const QString &help);

// The manual page bullpen(1) in roff: `bullpen --man`.
QString manPage();

// The shell completions' question: WORDS are the words after "bullpen", the
// last one the word being completed (perhaps empty). Prints the candidates one
// a line, or ":files" when file names are what fits.
int complete(const QStringList &words);

} // namespace Bullpen::Cli
