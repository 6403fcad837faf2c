// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QStringList>

namespace Bullpen {

// The log pane: one invocation's log lines as Lambda writes them to CloudWatch,
// START, the function's own output, END and REPORT, in a monospaced read-only
// view where the platform's lines stand out from the function's. A `\r` inside
// a record (how Python's runtime writes a traceback as one record) is a line
// break here.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setLogs(const QStringList &logs);
    // The lines as shown: records split at \r and \n.
    static QStringList displayLines(const QStringList &logs);
};

} // namespace Bullpen
