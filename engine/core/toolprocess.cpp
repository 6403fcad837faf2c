// SPDX-License-Identifier: MIT
#include "engine/core/toolprocess.h"

#include <QProcess>

namespace Bullpen {

void runTool(const QString &program, const QStringList &arguments, QObject *parent,
             std::function<void(bool, const QString &)> done)
{
    auto *process = new QProcess(parent);
    process->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(process, &QProcess::finished, process, [process, done](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromUtf8(process->readAll()).trimmed().right(2000);
        process->deleteLater();
        done(status == QProcess::NormalExit && code == 0, output);
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process, program, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        done(false, QStringLiteral("%1 could not be started: %2").arg(program, process->errorString()));
    });
    process->start(program, arguments);
}

} // namespace Bullpen
