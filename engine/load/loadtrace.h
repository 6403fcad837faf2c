// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/arrivals.h"

#include <QStringList>

#include <optional>

namespace Bullpen {

// A recorded load: which functions were called when. Read from a CSV of
// arrival offsets and function names, or from the per-minute invocation
// counts of the public Azure Functions 2019 trace (each minute's count spread
// evenly over that minute, decisions §4), written back as the CSV.
struct LoadTrace
{
    QStringList functions; // the names arrivals refer to (Arrival::function indexes this)
    QList<Arrival> arrivals; // in time order
    qint64 durationMs = 0; // the span the trace covers (at least up to its last arrival)

    // "offset_ms,function" per line (a header line and lines starting with #
    // are allowed; offsets in milliseconds, whole or not, any order). Errors
    // name the file, the line and what is wrong there.
    static std::optional<LoadTrace> readCsv(const QString &path, QString *error);
    // The Azure 2019 format: HashOwner,HashApp,HashFunction,Trigger,1,...,1440
    // (counts per minute of a day). Its functions are mapped onto targets: by
    // a mapping file ("HashFunction,Target" per line; rows it does not name
    // are left out) when one is given, else round-robin in row order.
    static std::optional<LoadTrace> readAzure(const QString &path, const QStringList &targets,
                                              const QString &mappingPath, QString *error);
    bool writeCsv(const QString &path, QString *error) const;

    // The arrivals of the first `ms` of the trace.
    LoadTrace firstMs(qint64 ms) const;
};

} // namespace Bullpen
