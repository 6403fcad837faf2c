// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Bullpen::PoolPalette {

// The pool's colours, shared by the view, the timeline and the charts so that a
// state reads the same everywhere. Chosen to stay legible on light and dark
// palettes alike (white text on every fill).
inline QColor starting()
{
    return QColor(0xe0, 0x8e, 0x1b);
} // cold: sandbox and init
inline QColor init()
{
    return QColor(0xe0, 0x8e, 0x1b);
}
inline QColor idle()
{
    return QColor(0x2e, 0x9e, 0x5b);
}
inline QColor busy()
{
    return QColor(0x2b, 0x6f, 0xd6);
}
inline QColor cold()
{
    return QColor(0xd9, 0x5f, 0x0e);
}
inline QColor warm()
{
    return QColor(0x2b, 0x6f, 0xd6);
}
inline QColor queued()
{
    return QColor(0x9a, 0x9a, 0x9a);
}
inline QColor throttled()
{
    return QColor(0xc0, 0x39, 0x2b);
}
inline QColor failed()
{
    return QColor(0xc0, 0x39, 0x2b);
}
inline QColor gone()
{
    return QColor(0x80, 0x80, 0x80);
}
inline QColor provisionedMark()
{
    return QColor(0x8e, 0x44, 0xad);
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
