// SPDX-License-Identifier: MIT
#include "widgets/invoke/logview.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace Bullpen {

LogView::LogView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("The logs of the selected invocation appear here."));
}

QStringList LogView::displayLines(const QStringList &logs)
{
    static const QRegularExpression breaks(QStringLiteral("\r\n|\r|\n"));
    QStringList lines;
    for (const QString &record : logs) {
        QString text = record;
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        lines += text.split(breaks);
    }
    return lines;
}

void LogView::setLogs(const QStringList &logs)
{
    clear();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat platform;
    platform.setForeground(dark ? QColor(0x7f, 0xb8, 0xe6) : QColor(0x1f, 0x5f, 0x99));
    QTextCharFormat report = platform;
    report.setFontWeight(QFont::Bold);
    QTextCharFormat plain;

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    bool first = true;
    for (const QString &line : displayLines(logs)) {
        if (!first)
            cursor.insertBlock();
        first = false;
        const bool isPlatform = line.startsWith(u"START ") || line.startsWith(u"END ") || line.startsWith(u"INIT_START")
            || line.startsWith(u"REPORT ");
        cursor.insertText(line, line.startsWith(u"REPORT ") ? report : isPlatform ? platform : plain);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

} // namespace Bullpen
