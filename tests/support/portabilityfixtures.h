// SPDX-License-Identifier: MIT
#pragma once

// Two portability probes' answers as the local pool and a plain Docker
// container give them, trimmed to what the report reads: the local pool runs
// as uid 993 with /var/task read-only and no cgroup files inside (as rootless
// runc has it; as root it reads its limits, see tst_portabilitycli); the
// container runs as root, writes anywhere and has no memory limit. For the
// report's and the view's tests; tst_portabilitycli gets real ones.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Bullpen::TestSupport {

using namespace Qt::StringLiterals;

inline QJsonObject pathRecord(const QString &path, bool writable, const QString &errnoName = {})
{
    QJsonObject o { { u"path"_s, path }, { u"exists"_s, true }, { u"writable"_s, writable } };
    if (writable) {
        o.insert(u"evidence"_s, u"created and removed %1/.bullpen-probe-1 as uid 0"_s.arg(path));
    } else {
        o.insert(u"errno"_s, errnoName);
        o.insert(u"evidence"_s,
                 u"creating %1/.bullpen-probe-1 as uid 993 failed: %2: Read-only file system"_s.arg(path, errnoName));
    }
    return o;
}

// A probe's answer as the local pool gives it (uid 993, read-only /var/task,
// no cgroup files inside) and as a plain Docker container does (root,
// everything writable, no memory limit).
inline QJsonObject sandboxProbe()
{
    return QJsonObject {
        { u"probe"_s, 1 },
        { u"environment"_s,
          QJsonObject { { u"AWS_LAMBDA_FUNCTION_NAME"_s, u"Hello"_s },
                        { u"AWS_LAMBDA_INITIALIZATION_TYPE"_s, u"on-demand"_s },
                        { u"AWS_LAMBDA_LOG_STREAM_NAME"_s, u"2026/11/30/[$LATEST]aaaa"_s },
                        { u"TZ"_s, u":UTC"_s },
                        { u"GREETING"_s, u"hi"_s },
                        { u"AWS_SAM_LOCAL"_s, u"true"_s } } },
        { u"user"_s, QJsonObject { { u"uid"_s, 993 }, { u"euid"_s, 993 }, { u"evidence"_s, u"getuid() = 993"_s } } },
        { u"paths"_s, QJsonArray { pathRecord(u"/var/task"_s, false, u"EROFS"_s), pathRecord(u"/tmp"_s, true) } },
        { u"rootFilesystem"_s,
          QJsonObject { { u"readOnly"_s, true }, { u"type"_s, u"ext4"_s }, { u"options"_s, u"ro"_s } } },
        { u"tmp"_s,
          QJsonObject { { u"totalBytes"_s, 536870912.0 },
                        { u"freeBytes"_s, 536870912.0 },
                        { u"mount"_s, QJsonObject { { u"type"_s, u"tmpfs"_s }, { u"mountPoint"_s, u"/tmp"_s } } } } },
        { u"memory"_s,
          QJsonObject { { u"source"_s, QJsonValue::Null },
                        { u"limitBytes"_s, QJsonValue::Null },
                        { u"evidence"_s, u"no cgroup memory file readable"_s } } },
        { u"architecture"_s, u"x86_64"_s },
        { u"runtime"_s, QJsonObject { { u"version"_s, u"3.13.5"_s }, { u"implementation"_s, u"CPython"_s } } },
        { u"timezone"_s,
          QJsonObject { { u"tzname"_s, QJsonArray { u"UTC"_s, u"UTC"_s } }, { u"utcOffsetSeconds"_s, 0 } } },
        { u"context"_s, QJsonObject { { u"memory_limit_in_mb"_s, u"128"_s }, { u"remaining_time_ms"_s, 2990 } } },
        { u"cwd"_s, u"/var/task"_s },
    };
}

inline QJsonObject dockerProbe()
{
    QJsonObject o = sandboxProbe();
    QJsonObject env = o.value(u"environment"_s).toObject();
    env.remove(u"AWS_LAMBDA_INITIALIZATION_TYPE"_s);
    env.remove(u"AWS_SAM_LOCAL"_s);
    env.insert(u"AWS_LAMBDA_LOG_STREAM_NAME"_s, u"$LATEST"_s); // another value: per environment, not a difference
    env.insert(u"HOSTNAME"_s, u"4f2a"_s);
    o.insert(u"environment"_s, env);
    o.insert(u"user"_s,
             QJsonObject {
                 { u"uid"_s, 0 }, { u"euid"_s, 0 }, { u"name"_s, u"root"_s }, { u"evidence"_s, u"getuid() = 0"_s } });
    o.insert(u"paths"_s, QJsonArray { pathRecord(u"/var/task"_s, true), pathRecord(u"/tmp"_s, true) });
    o.insert(u"rootFilesystem"_s,
             QJsonObject { { u"readOnly"_s, false }, { u"type"_s, u"overlay"_s }, { u"options"_s, u"rw"_s } });
    o.insert(u"memory"_s,
             QJsonObject { { u"source"_s, u"/sys/fs/cgroup/memory/memory.limit_in_bytes"_s },
                           { u"limitBytes"_s, QJsonValue::Null },
                           { u"evidence"_s, u"memory.limit_in_bytes = 9223372036854771712 (no limit)"_s } });
    o.insert(u"context"_s, QJsonObject { { u"memory_limit_in_mb"_s, u"3008"_s }, { u"remaining_time_ms"_s, 299990 } });
    return o;
}

} // namespace Bullpen::TestSupport
