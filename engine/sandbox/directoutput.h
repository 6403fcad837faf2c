// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace Bullpen {

// Two pipes whose write ends a container's runtime gets as its stdout and
// stderr directly (passed through the OCI runtime as extra descriptors).
// Without them, `runc run` relays the container's output through pipes of its
// own, and a line printed before a response could reach the engine after it.
// With them, everything written before the runtime posts its response can be
// read synchronously by drain(), so it is attributed to the right invocation.
class DirectOutput final : public QObject
{
    Q_OBJECT
public:
    explicit DirectOutput(QObject *parent = nullptr);
    ~DirectOutput() override;

    bool open(QString *error);
    // Instead of pipes: two FIFOs, folder/stdout and folder/stderr, that a
    // container opens by path (Docker cannot pass descriptors). The engine
    // holds a write end of each itself until closeWriteEnds(), so that the
    // reads see no end of file before the container has opened them; call it
    // once the container has gone, then drain() reads the rest.
    bool openFifos(const QString &folder, QString *error);
    int stdoutWriteFd() const { return m_write[0]; }
    int stderrWriteFd() const { return m_write[1]; }
    // After the child has been forked: the engine keeps only the read ends.
    void closeWriteEnds();
    // Reads whatever is in the pipes now, without waiting.
    void drain();

Q_SIGNALS:
    void received(const QByteArray &chunk, bool isStderr);

private:
    void readFrom(int which);

    int m_read[2] = { -1, -1 };
    int m_write[2] = { -1, -1 };
    QSocketNotifier *m_notifier[2] = { nullptr, nullptr };
};

} // namespace Bullpen
