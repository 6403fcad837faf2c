// SPDX-License-Identifier: MIT
#include "engine/load/loadtrace.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Bullpen {

namespace {

bool openText(QFile &file, QString *error)
{
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        return true;
    if (error)
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

void sortArrivals(QList<Arrival> &arrivals)
{
    std::stable_sort(arrivals.begin(), arrivals.end(),
                     [](const Arrival &a, const Arrival &b) { return a.offsetMs < b.offsetMs; });
}

} // namespace

std::optional<LoadTrace> LoadTrace::readCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!openText(file, error))
        return std::nullopt;
    LoadTrace trace;
    QHash<QString, int> index;
    int lineNumber = 0;
    bool first = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u',');
        bool ok = false;
        const double offset = fields.size() >= 2 ? fields.at(0).trimmed().toDouble(&ok) : 0;
        if (!ok && first && fields.size() >= 2) { // a header
            first = false;
            continue;
        }
        first = false;
        if (fields.size() < 2 || fields.at(1).trimmed().isEmpty()) {
            if (error)
                *error = QStringLiteral("%1, line %2: expected 'offset_ms,function', got '%3'")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(line.left(80));
            return std::nullopt;
        }
        if (!ok || !std::isfinite(offset) || offset < 0) {
            if (error)
                *error = QStringLiteral("%1, line %2: the offset '%3' is not a number of milliseconds, 0 or more")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(fields.at(0).trimmed().left(40));
            return std::nullopt;
        }
        const QString name = fields.at(1).trimmed();
        auto it = index.constFind(name);
        if (it == index.constEnd()) {
            it = index.insert(name, int(trace.functions.size()));
            trace.functions.append(name);
        }
        trace.arrivals.append({ qint64(std::floor(offset)), *it });
    }
    if (trace.arrivals.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 has no arrivals (lines of 'offset_ms,function')").arg(path);
        return std::nullopt;
    }
    sortArrivals(trace.arrivals);
    trace.durationMs = trace.arrivals.last().offsetMs + 1;
    return trace;
}

std::optional<LoadTrace> LoadTrace::readAzure(const QString &path, const QStringList &targets,
                                              const QString &mappingPath, QString *error)
{
    if (targets.isEmpty()) {
        if (error)
            *error = QStringLiteral("there is no function to map the Azure trace's functions onto");
        return std::nullopt;
    }
    QHash<QString, QString> mapping;
    if (!mappingPath.isEmpty()) {
        QFile file(mappingPath);
        if (!openText(file, error))
            return std::nullopt;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++lineNumber;
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u',');
            if (fields.size() != 2) {
                if (error)
                    *error = QStringLiteral("%1, line %2: expected 'HashFunction,Function', got '%3'")
                                 .arg(mappingPath)
                                 .arg(lineNumber)
                                 .arg(line.left(80));
                return std::nullopt;
            }
            const QString target = fields.at(1).trimmed();
            if (fields.at(0).trimmed() == u"HashFunction")
                continue;
            if (!targets.contains(target)) {
                if (error)
                    *error = QStringLiteral("%1, line %2: '%3' is not one of the functions: %4")
                                 .arg(mappingPath)
                                 .arg(lineNumber)
                                 .arg(target, targets.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            mapping.insert(fields.at(0).trimmed(), target);
        }
    }

    QFile file(path);
    if (!openText(file, error))
        return std::nullopt;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    if (header.size() < 5 || header.at(2) != u"HashFunction" || header.at(4) != u"1") {
        if (error)
            *error = QStringLiteral("%1 is not in the Azure Functions 2019 per-minute format: its first line should "
                                    "be HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440")
                         .arg(path);
        return std::nullopt;
    }
    const int minutes = int(header.size()) - 4;
    LoadTrace trace;
    trace.functions = targets;
    int row = 0;
    int lineNumber = 1;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u',');
        if (fields.size() != header.size()) {
            if (error)
                *error = QStringLiteral("%1, line %2: %3 fields where the header has %4")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(fields.size())
                             .arg(header.size());
            return std::nullopt;
        }
        int function = -1;
        if (mapping.isEmpty() && mappingPath.isEmpty()) {
            function = row % int(targets.size());
        } else {
            const auto it = mapping.constFind(fields.at(2));
            if (it != mapping.constEnd())
                function = int(targets.indexOf(*it));
        }
        ++row;
        if (function < 0)
            continue;
        for (int m = 0; m < minutes; ++m) {
            bool ok = false;
            const qint64 count = fields.at(4 + m).toLongLong(&ok);
            if (!ok || count < 0) {
                if (error)
                    *error = QStringLiteral("%1, line %2, minute %3: '%4' is not a count")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(m + 1)
                                 .arg(fields.at(4 + m).left(20));
                return std::nullopt;
            }
            // count calls spread evenly over the minute, each in the middle of its share.
            for (qint64 i = 0; i < count; ++i)
                trace.arrivals.append(
                    { qint64(m) * 60000 + qint64((double(i) + 0.5) * 60000.0 / double(count)), function });
        }
    }
    if (row == 0) {
        if (error)
            *error = QStringLiteral("%1 has a header but no function rows").arg(path);
        return std::nullopt;
    }
    sortArrivals(trace.arrivals);
    trace.durationMs = qint64(minutes) * 60000;
    return trace;
}

bool LoadTrace::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write("offset_ms,function\n");
    for (const Arrival &a : arrivals)
        file.write(QStringLiteral("%1,%2\n").arg(a.offsetMs).arg(functions.value(a.function)).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

LoadTrace LoadTrace::firstMs(qint64 ms) const
{
    LoadTrace t;
    t.functions = functions;
    for (const Arrival &a : arrivals) {
        if (a.offsetMs >= ms)
            break;
        t.arrivals.append(a);
    }
    t.durationMs = qMin(durationMs, ms);
    return t;
}

} // namespace Bullpen
