// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Bullpen {

// What differs between two runs of the same function without meaning anything:
// request ids (and X-Ray trace ids), timestamps, durations and the memory a run
// happened to use. One normalisation for payload strings, error messages and
// log lines, so that comparing targets (engine/targets/comparereport) and the
// fidelity tests mask the same things the same way: a log line and a payload
// field are "equal" under the same rule.
namespace VolatileText {

enum Kind : unsigned {
    None = 0,
    RequestId = 1, // UUIDs, X-Ray trace ids
    Timestamp = 2, // ISO 8601, HTTP dates, the emulator's log times
    Duration = 4, // "12.3 ms", REPORT's Duration/Billed/Init Duration
    Memory = 8, // REPORT's Max Memory Used
    All = RequestId | Timestamp | Duration | Memory,
};

// text with every volatile piece of the given kinds replaced by a placeholder
// (<id>, <time>, <ms>, <MB>); *found gets the kinds that were replaced.
QString mask(const QString &text, unsigned kinds = All, unsigned *found = nullptr);
QStringList mask(const QStringList &lines, unsigned kinds = All);

// What an object key's name says its value is: a request id ("requestId",
// "aws_request_id"), a time ("timestamp", "createdAt", "date") or a duration
// ("durationMs", "elapsed", "latency"); None for any other key.
Kind kindOfKey(const QString &key);

// "request id", "timestamp", "duration", "memory used"; several joined with ", ".
QString describe(unsigned kinds);

} // namespace VolatileText

} // namespace Bullpen
