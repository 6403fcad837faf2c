#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads the curves of Shahrad et al., "Serverless in the Wild" (USENIX ATC
2020), off the figures that Azure/AzurePublicDataset's notebook
analysis/AzureFunctionsDataset2019-Trace_Analysis.md redraws from the paper's
data (its "ATC" lines), and prints each as 41 quantiles (the CDF at 0, 2.5 %,
..., 100 %): the tables of engine/load/policy/synthetictrace.cpp.

    git clone https://github.com/Azure/AzurePublicDataset
    python3 docs/policy-lab/read_curves.py AzurePublicDataset/analysis/AzureFunctionsDataset2019_figs

Only the standard library. The axes are calibrated on the figures' grid
lines (pixel positions below); a curve is the pixels of its colour, the
"ATC" (solid) line where the "Released" (dashed) one runs beside it. See
docs/policy-lab-trace.md."""
import math
import struct
import sys
import zlib


def load(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', path
    pos, idat = 8, b''
    while pos < len(data):
        length, = struct.unpack('>I', data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b'IHDR':
            w, h, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and interlace == 0
            bpp = {2: 3, 6: 4}[colour]
        elif kind == b'IDAT':
            idat += body
    raw, stride, rows, prev, i = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp), 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, [[tuple(r[x * bpp:x * bpp + 3]) for x in range(w)] for r in rows]


def curve(path, colour, xcal, ycal, pick, columns, log):
    """(value, CDF) points of the curve of this colour, CDF rising by 1 % or more between points."""
    w, h, px = load(path)
    points, last = [], -1.0
    for col in range(*columns):
        ys = [y for y in range(h) if sum(abs(px[y][col][i] - colour[i]) for i in range(3)) <= 40]
        if not ys:
            continue
        clusters, current = [], [ys[0]]
        for y in ys[1:]:
            if y - current[-1] <= 2:
                current.append(y)
            else:
                clusters.append(current)
                current = [y]
        clusters.append(current)
        chosen = clusters[0] if pick == 'upper' else clusters[-1]
        f = ycal(min(chosen))
        v = math.log10(xcal(col)) if log else xcal(col)
        if f >= last + 0.01 or (points and f > last and v - points[-1][0] > (0.25 if log else 0.5)):
            points.append((v, f))
            last = f
    return points


def quantiles(points, zero_below_first=False):
    out = []
    for i in range(41):
        F = i * 0.025
        if F <= points[0][1]:
            v = 0.0 if zero_below_first else points[0][0]
        elif F >= points[-1][1]:
            v = points[-1][0]
        else:
            for (v0, f0), (v1, f1) in zip(points, points[1:]):
                if f0 <= F <= f1:
                    v = v0 + (v1 - v0) * (F - f0) / (f1 - f0) if f1 > f0 else v1
                    break
        out.append(v)
    return out


def main(folder):
    red, cyan, purple = (248, 118, 109), (0, 191, 196), (199, 124, 255)
    # Fig. 5(a): x log10 with grid lines at 1e1 (px 252.5) and 1e4 (487.5); y 0 at 331.5, 1 at 36.5.
    rate = curve(folder + '/fig5a-1.png', red, lambda X: 10 ** (1 + (X - 252.5) / 78.4167),
                 lambda Y: (331.5 - Y) / 295.0, 'upper', (48, 860), True)
    print('Fig. 5(a) applications, log10 calls/day:', ', '.join('%.2f' % v for v in quantiles(rate)))
    # Fig. 6: x linear, CV 0 at px 77.5, 10 at 812.5; y 0 at 330.5, 1 at 21.
    # "All Apps" is what the generator uses; the timer curves are printed for docs/policy-lab-trace.md.
    for name, colour in (('All Apps', red), ('At least 1 Timer', cyan), ('No Timers', purple)):
        cv = curve(folder + '/fig6-1.png', colour, lambda X: (X - 77.5) / 73.5, lambda Y: (330.5 - Y) / 309.5,
                   'lower', (70, 814), False)
        print('Fig. 6 %s, CV:' % name, ', '.join('%.2f' % v for v in quantiles(cv, True)))
    # Figs. 7 and 8: y 0 at 319.5, 1 at 22.5; Fig. 7 x log10 s (1 ms at 98.5, 1 s at 405.5), Fig. 8 log10 MB (10 at 97.5, 100 at 415.5).
    ycal = lambda Y: (319.5 - Y) / 297.0
    ex = curve(folder + '/fig7-1.png', red, lambda X: 10 ** (-3 + (X - 98.5) / 102.333), ycal, 'lower', (64, 850), True)
    print('Fig. 7 average, log10 s:', ', '.join('%.2f' % v for v in quantiles(ex)))
    mem = curve(folder + '/fig8-1.png', red, lambda X: 10 ** (1 + (X - 97.5) / 318.0), ycal, 'lower', (64, 830), True)
    print('Fig. 8 average, log10 MB:', ', '.join('%.3f' % v for v in quantiles(mem)))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'AzureFunctionsDataset2019_figs')
