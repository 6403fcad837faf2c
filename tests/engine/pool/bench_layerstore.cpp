// SPDX-License-Identifier: MIT
// What layers cost the pool: LayerStore::contentHash() runs for every
// invocation of a function with layers (the layer content is part of the
// function key). It walks the layers' files and reuses the content hash while
// names, sizes and times are unchanged; the first call (and prepare(), the
// merge under /opt) reads everything. Prints figures; asserts nothing.
//   bench_layerstore [FILES] [ROUNDS]   (default 5000 files in 100 folders, 200 rounds)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "engine/pool/layerstore.h"

#include <algorithm>
#include <cstdio>

using namespace Bullpen;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int files = args.size() > 1 ? args.at(1).toInt() : 5000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 200;
    QTemporaryDir dir;
    // Two layers, as site-packages look: many small files in folders.
    QList<LayerConfig> layers;
    for (int l = 0; l < 2; ++l) {
        LayerConfig layer;
        layer.logicalId = QStringLiteral("Layer%1").arg(l);
        layer.contentPath = dir.filePath(QStringLiteral("layer%1").arg(l));
        for (int f = 0; f < files / 2; ++f) {
            const QString path = layer.contentPath
                + QStringLiteral("/python/lib/python3.12/site-packages/pkg%1/mod%2.py").arg(f % 100).arg(f);
            QDir().mkpath(QFileInfo(path).path());
            QFile out(path);
            out.open(QIODevice::WriteOnly);
            out.write(QByteArray(800, 'x') + QByteArray::number(f));
        }
        layers << layer;
    }
    LayerStore store(dir.filePath(QStringLiteral("cache")));
    QString error;
    QElapsedTimer t;
    t.start();
    const QString first = store.contentHash(layers, &error);
    const double firstMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    const auto opt = store.prepare(layers, &error);
    const double prepareMs = double(t.nsecsElapsed()) / 1e6;
    QList<double> again;
    for (int r = 0; r < rounds; ++r) {
        t.restart();
        if (store.contentHash(layers, &error) != first)
            return 1;
        again << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(again.begin(), again.end());
    std::printf("layers: 2, files: %d (%.1f MB)\n", files, files * 0.8 / 1024);
    std::printf("first content hash (reads every file): %.1f ms\n", firstMs);
    std::printf("prepare (merge into /opt, once per content): %.1f ms%s\n", prepareMs, opt ? "" : " FAILED");
    std::printf("per invocation (unchanged, walk only): median %.2f ms, p95 %.2f ms, min %.2f ms over %d rounds\n",
                again.at(again.size() / 2), again.at(int(again.size() * 0.95)), again.first(), rounds);
    return opt ? 0 : 1;
}
