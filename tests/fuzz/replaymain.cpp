// SPDX-License-Identifier: MIT
// main() of a harness built without libFuzzer (any compiler, any preset): runs
// every file named, or found in the folders named, through the harness once.
// ctest runs the committed corpus this way, so every input that once crashed
// stays a regression test in the ordinary build too.
#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    Bullpen::Fuzz::ensureApplication();
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(u'-'))
            continue; // libFuzzer's options (-runs=0), for one command line in both builds
        if (QFileInfo(arg).isDir()) {
            QStringList here;
            for (QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                here.append(it.next());
            here.sort();
            files += here;
        } else {
            files.append(arg);
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE|FOLDER... (no input found)\n", argv[0]);
        return 2;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 1;
        }
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    }
    std::printf("ran %lld inputs\n", static_cast<long long>(files.size()));
    return 0;
}
