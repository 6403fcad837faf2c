// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Bullpen {

// The baseline of the cold-start benchmarks (bullpen bench,
// tests/engine/pool/bench_preparedstart): a runtime image's bare interpreter
// (`node -e 0`, `python3 -c pass`), chrooted into the image's root, no
// namespaces. A sandbox has Lambda's CPU share of its memory size
// (lambdaCpuQuotaUs) and the bare interpreter must have the same to be a fair
// comparison: with a memory size, each start runs in a cgroup of its own with
// that CPU quota (cgroup v2 cpu.max, or v1 cpu.cfs_quota_us), made once and
// removed by the destructor. Root only (chroot, cgroups); where the cgroup
// cannot be made, error() says why and starts run without a share.
class BareStart
{
public:
    // memoryMb <= 0: no CPU share.
    BareStart(QString root, int memoryMb);
    ~BareStart();
    BareStart(const BareStart &) = delete;
    BareStart &operator=(const BareStart &) = delete;

    // Whether starts run under the CPU share; if not, error() says why.
    bool hasCpuShare() const { return !m_procs.isEmpty(); }
    QString error() const { return m_error; }

    // One start of command, spawn to exit, in ms; -1 when it failed (error()).
    double run(const QStringList &command);

private:
    QString m_root;
    QString m_cgroup; // the folder made for it
    QString m_procs; // its cgroup.procs
    QString m_error;
};

} // namespace Bullpen
