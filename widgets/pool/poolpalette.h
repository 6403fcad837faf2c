// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Bullpen::PoolPalette {

// The pool's colours, shared by the view, the timeline and the charts so that a
// state reads the same everywhere: one table, chosen to stay legible on light
// and dark palettes alike (white text on every fill).
enum Colour {
    Sandbox, // cold start, first phase: the sandbox being made
    Init, // cold start, second phase: the runtime's init
    Idle,
    Busy,
    Cold, // a cold invocation drawn as one stroke
    Warm,
    Queued,
    Throttled,
    Failed,
    Gone,
    ProvisionedMark,
    Prepared, // cold start from a sandbox made ahead of need: its (short) sandbox phase, and its mark
    Restored, // cold start restored from a SnapStart snapshot: its restore phase
    ColourCount
};

inline QColor color(Colour colour)
{
    static constexpr QRgb table[ColourCount] = {
        0xa05a12, // Sandbox: a browner orange than Init, told apart on the timeline
        0xe08e1b, // Init
        0x2e9e5b, // Idle
        0x2b6fd6, // Busy
        0xd95f0e, // Cold
        0x2b6fd6, // Warm: as Busy
        0x9a9a9a, // Queued
        0xc0392b, // Throttled
        0xc0392b, // Failed: as Throttled
        0x808080, // Gone
        0x8e44ad, // ProvisionedMark
        0x14868c, // Prepared: teal, apart from the oranges of a sandbox made on demand
        0x5b4bc4, // Restored: slate blue, apart from teal, the provisioned mark's purple and Busy's blue
    };
    return QColor::fromRgb(table[colour]);
}

// The lighter or darker of two, whichever stands out on the palette's base.
inline QColor track(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return base.lightness() > 128 ? base.darker(125) : base.lighter(160);
}

// "850 ms", "1.2 s", "3:05", "1:02:03": durations short enough for a tile.
inline QString shortDuration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return QString::number(ms) + QStringLiteral(" ms");
    if (ms < 10000)
        return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Bullpen::PoolPalette
