// SPDX-License-Identifier: MIT
#pragma once

#include "engine/pool/poolevent.h"

#include <QFile>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QTest>

// Reads a recorded pool event stream (JSON lines, as `--trace` writes them)
// from tests/widgets/pool/data; an unreadable line fails the calling test.
inline QList<Bullpen::PoolEvent> loadRecording(const QString &name)
{
    QList<Bullpen::PoolEvent> events;
    QFile file(QStringLiteral(BULLPEN_TEST_DATA_DIR "/data/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open ") + file.fileName()), __FILE__, __LINE__);
        return events;
    }
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        bool ok = false;
        const Bullpen::PoolEvent event = Bullpen::PoolEvent::fromJson(QJsonDocument::fromJson(text).object(), &ok);
        if (!ok) {
            QTest::qFail(qPrintable(QStringLiteral("%1:%2: not a pool event").arg(name).arg(line)), __FILE__, __LINE__);
            return {};
        }
        events.append(event);
    }
    return events;
}

// Feeds events in batches of batchSize, as the batcher would per frame.
template<typename Model> void applyInBatches(Model &model, const QList<Bullpen::PoolEvent> &events, int batchSize)
{
    for (qsizetype i = 0; i < events.size(); i += batchSize)
        model.apply(events.mid(i, batchSize));
}
