// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace Bullpen {

// Where one cold start's time went: its phases one after the other, from the
// request for a sandbox to the end of the runtime's init (Lambda's init phase
// ends when the runtime, and every extension, first asks for work). Each phase
// ends at a moment some part of the system notes down (wall clock):
//   Sandbox      the sandbox exists: runc's container created (its state
//                written, only the exec left), Docker's container made or a
//                spare one taken
//   Process      the runtime's process was exec'd: Lambda's Init Duration
//                counts from here, not from the request for a sandbox
//   Interpreter  the interpreter is up: Bullpen's bootstrap runs its first line
//                (Node.js: Node's own bootstrap is complete)
//   Bootstrap    the bootstrap is ready and about to import the handler
//   Handler      the handler's module is imported: the function's init code ran
//   FirstNext    the engine has the runtime's first GET /next (and the extensions'
//                first /event/next): the init is over
// Interpreter, Bootstrap and Handler are reported by Bullpen's own Python and
// Node.js runtimes, in a request header of their first /next that official
// runtimes do not send. A moment nobody noted (the process backend makes no
// sandbox apart from the process; an official runtime's interpreter) leaves
// its phase unknown, and the time goes to the next known phase: the known
// phases always add up to the whole.
struct ColdStartPhases
{
    enum Phase : quint8 { Sandbox, Process, Interpreter, Bootstrap, Handler, FirstNext };
    static constexpr int Count = 6;

    std::array<double, Count> ms { -1, -1, -1, -1, -1, -1 }; // -1: unknown, counted in the next known one
    double totalMs = -1; // from the request for a sandbox to the end of the init; -1: no cold start

    bool isKnown() const { return totalMs >= 0; }
    double phaseMs(Phase phase) const { return ms[phase]; }
    bool has(Phase phase) const { return ms[phase] >= 0; }
    // The phases from the process's start on: Lambda's Init Duration, as measured here.
    double runtimeMs() const;

    // From the moment the sandbox was asked for and the moments the phases
    // ended (nanoseconds since the epoch, 0 when unknown; FirstNext's must be
    // known). A moment before the one before it (file times are coarse: runc's
    // files carry the kernel's tick) is taken as that one, so no phase is
    // negative and they still add up to the whole.
    static ColdStartPhases fromMoments(qint64 beginNs, const std::array<qint64, Count> &endsNs);

    // The known phases in order, each with the unknown ones before it that
    // its time includes: from..to, to known.
    struct Span
    {
        Phase from;
        Phase to;
        double ms;
    };
    QList<Span> spans() const;

    static QString phaseName(Phase phase); // "sandbox", "process", ... (stable: JSON keys, bench lines)
    // "sandbox 38.2 + process 41.0 + interpreter 20.3 + bootstrap 3.1 + handler 0.4 + first /next 0.6
    // = 103.6 ms"; an unknown phase's time shows in the next as "runtime init (interpreter .. first /next)".
    // English, for logs and the command line's stable figures.
    QString describe() const;

    // {"totalMs": 103.6, "sandboxMs": 38.2, ..., "firstNextMs": 0.6}; unknown phases are null.
    QJsonObject toJson() const;
    static ColdStartPhases fromJson(const QJsonObject &object);

    bool operator==(const ColdStartPhases &) const = default;
};

} // namespace Bullpen
