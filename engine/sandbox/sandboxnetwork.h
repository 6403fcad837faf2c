// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Network namespaces for sandboxes (decisions §3, lambda-reference.md §10):
// each instance gets a namespace of its own with only a loopback, and its
// Runtime API listener is made inside it by the engine, which accepts on it
// from its own namespace. Needs CAP_SYS_ADMIN (the engine as root); the calls
// change only the calling thread's namespace, and always change it back.
namespace Bullpen::SandboxNetwork {

// Where every sandbox's runtime finds its Runtime API (AWS_LAMBDA_RUNTIME_API).
inline constexpr quint16 RuntimeApiPort = 9001;
inline QString runtimeApiAddress()
{
    return QStringLiteral("127.0.0.1:9001");
}

// True when this process can make namespaces and listeners inside them; else
// false with the reason.
bool available(QString *whyNot);

// A new network namespace with its loopback up, as a descriptor (close-on-exec)
// that keeps it alive; -1 with *error.
int create(QString *error);

// The namespace of a running process (/proc/PID/ns/net), opened; -1 with *error.
int ofProcess(qint64 pid, QString *error);

// A TCP socket bound to 127.0.0.1:port and listening inside the namespace
// nsFd; the engine accepts on it (QTcpServer::setSocketDescriptor). -1 with
// *error. The caller owns the descriptor.
int listenInside(int nsFd, quint16 port, QString *error);

// The path another process (runc) opens to join the namespace: the engine's
// own descriptor in /proc.
QString joinPath(int nsFd);

} // namespace Bullpen::SandboxNetwork
