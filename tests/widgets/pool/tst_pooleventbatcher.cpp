// SPDX-License-Identifier: MIT
// PoolEventBatcher: a flood of events leaves as few batches, in order, none
// lost; nothing is delivered (and no timer runs) when nothing arrives.
#include <QSignalSpy>
#include <QTest>

#include "widgets/pool/pooleventbatcher.h"

using namespace Bullpen;

class TestPoolEventBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floodArrivesInOrderInFewBatches()
    {
        PoolEventBatcher batcher;
        batcher.setFrameInterval(20);
        QList<quint64> received;
        int batches = 0;
        connect(&batcher, &PoolEventBatcher::batchReady, this, [&](const QList<PoolEvent> &events) {
            ++batches;
            for (const PoolEvent &e : events)
                received.append(e.sequence);
        });
        // Ten thousand events from one turn of the event loop: one batch.
        for (quint64 i = 1; i <= 10000; ++i) {
            PoolEvent e;
            e.sequence = i;
            batcher.receive(e);
        }
        QCOMPARE(batches, 0); // nothing is delivered from inside receive()
        QCOMPARE(batcher.pendingCount(), 10000);
        QTRY_COMPARE(received.size(), 10000);
        QCOMPARE(batches, 1);
        for (int i = 0; i < received.size(); ++i)
            QCOMPARE(received.at(i), quint64(i + 1));
        QCOMPARE(batcher.pendingCount(), 0);
    }

    void flushDeliversNowAndOnlyOnce()
    {
        PoolEventBatcher batcher;
        QSignalSpy spy(&batcher, &PoolEventBatcher::batchReady);
        batcher.flush();
        QCOMPARE(spy.size(), 0); // an empty frame is not delivered
        PoolEvent e;
        e.sequence = 7;
        batcher.receive(e);
        batcher.flush();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<PoolEvent>>().constFirst().sequence, quint64(7));
        // The frame timer was stopped by the flush: a later event is a new frame.
        e.sequence = 8;
        batcher.receive(e);
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<QList<PoolEvent>>().size(), 1);
    }

    void discardForgetsPendingEvents()
    {
        PoolEventBatcher batcher;
        batcher.setFrameInterval(5);
        QSignalSpy spy(&batcher, &PoolEventBatcher::batchReady);
        batcher.receive(PoolEvent {});
        batcher.discard();
        QCOMPARE(batcher.pendingCount(), 0);
        // A sentinel event after the discard arrives alone.
        PoolEvent sentinel;
        sentinel.sequence = 99;
        batcher.receive(sentinel);
        QTRY_COMPARE(spy.size(), 1);
        const auto batch = spy.at(0).at(0).value<QList<PoolEvent>>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.constFirst().sequence, quint64(99));
    }
};

QTEST_GUILESS_MAIN(TestPoolEventBatcher)
#include "tst_pooleventbatcher.moc"
