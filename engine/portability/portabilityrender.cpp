// SPDX-License-Identifier: MIT
// The portability report as Markdown, HTML and JSON: the same sections in the
// same order (differences with their evidence first), so that what a user
// reads in the window, in a pull request and in a script agrees.
#include "engine/portability/portabilityreport.h"
#include "engine/portability/portabilitytext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bullpen {

namespace {

struct Section
{
    PortabilityVerdict verdict;
    QString heading;
    bool withEvidence; // each item's evidence below the table
};

QList<Section> sections()
{
    return {
        { PortabilityVerdict::Differs, PortabilityText::tr("Differences"), true },
        { PortabilityVerdict::Unknown, PortabilityText::tr("Not visible in one place"), true },
        { PortabilityVerdict::NotProbed, PortabilityText::tr("Not probed"), false },
        { PortabilityVerdict::LambdaOnly, PortabilityText::tr("Limits only Lambda enforces"), false },
        { PortabilityVerdict::Same, PortabilityText::tr("The same in both"), false },
    };
}

QString targetLabel(const PortabilityReport &r)
{
    return r.target.name.isEmpty() ? PortabilityText::tr("target") : r.target.name;
}

QString title(const PortabilityReport &r)
{
    return PortabilityText::tr("Portability of %1 (%2, %3 MB): local pool and %4 (%5)")
        .arg(r.functionId, r.runtime.isEmpty() ? PortabilityText::tr("image") : r.runtime)
        .arg(r.memorySizeMb)
        .arg(targetLabel(r), r.target.kind);
}

QString summary(const PortabilityReport &r)
{
    const int differs = int(r.itemsWith(PortabilityVerdict::Differs).size());
    QStringList parts;
    parts << PortabilityText::tr("%n difference(s)", nullptr, differs);
    if (differs > 0)
        parts.last() += PortabilityText::tr(" (%1 in what the function's code names)").arg(r.breakingCount());
    if (const auto n = r.itemsWith(PortabilityVerdict::Unknown).size())
        parts << PortabilityText::tr("%n not visible in one place", nullptr, int(n));
    if (const auto n = r.itemsWith(PortabilityVerdict::NotProbed).size())
        parts << PortabilityText::tr("%n not probed", nullptr, int(n));
    if (const auto n = r.itemsWith(PortabilityVerdict::LambdaOnly).size())
        parts << PortabilityText::tr("%n limit(s) only Lambda enforces", nullptr, int(n));
    if (const auto n = r.itemsWith(PortabilityVerdict::Same).size())
        parts << PortabilityText::tr("%n the same", nullptr, int(n));
    return parts.join(QStringLiteral(", ")) + u'.';
}

QString introduction(const PortabilityReport &r)
{
    QString text
        = PortabilityText::tr("Bullpen ran its portability probe beside the function, with the function's runtime and "
                              "configuration, in the local pool (the Lambda-shaped sandbox) and in %1; each item "
                              "shows what each probe saw and where it read it.")
              .arg(targetLabel(r));
    if (!r.target.probed)
        text += PortabilityText::tr(" %1 was not probed: %2").arg(targetLabel(r), r.target.note);
    if (r.sourceFilesScanned > 0)
        text += PortabilityText::tr(
            " \"Used at\" names the lines of the function's code (%n source file(s) searched) that "
            "name the item.",
            nullptr, r.sourceFilesScanned);
    return text;
}

QString markdownCell(QString text)
{
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text.isEmpty() ? QStringLiteral(" ") : text;
}

} // namespace

QString PortabilityReport::toMarkdown() const
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(title(*this));
    out += PortabilityText::tr("Generated %1 by Bullpen. %2").arg(generatedAt, introduction(*this))
        + QStringLiteral("\n\n");
    out += QStringLiteral("**%1**\n").arg(summary(*this));
    for (const Section &section : sections()) {
        const QList<PortabilityItem> list = itemsWith(section.verdict);
        if (list.isEmpty())
            continue;
        out += QStringLiteral("\n## %1\n\n").arg(section.heading);
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
                   .arg(PortabilityText::tr("Item"), PortabilityText::tr("AWS Lambda"),
                        PortabilityText::tr("Local pool"), markdownCell(targetLabel(*this)),
                        PortabilityText::tr("Used at"));
        for (const PortabilityItem &i : list)
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                       .arg(markdownCell(i.title), markdownCell(i.lambda), markdownCell(i.sandbox),
                            markdownCell(i.target), markdownCell(i.usedAt.join(QStringLiteral(", "))));
        if (!section.withEvidence)
            continue;
        for (const PortabilityItem &i : list) {
            out += QStringLiteral("\n### %1\n\n").arg(i.title);
            if (!i.consequence.isEmpty())
                out += QStringLiteral("- %1 %2\n").arg(PortabilityText::tr("What changes:"), i.consequence);
            if (!i.usedAt.isEmpty())
                out += QStringLiteral("- %1 %2\n")
                           .arg(PortabilityText::tr("Named by the function's code at:"),
                                i.usedAt.join(QStringLiteral(", ")));
            out += QStringLiteral("- %1: %2\n").arg(PortabilityText::tr("Local pool"), i.sandboxEvidence);
            out += QStringLiteral("- %1: %2\n").arg(targetLabel(*this), i.targetEvidence);
        }
    }
    return out;
}

QString PortabilityReport::toHtml() const
{
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>\n"
                          "<style>\n"
                          "body{font-family:sans-serif;margin:1.5em;max-width:78em}\n"
                          "table{border-collapse:collapse;width:100%;margin:.5em 0 1em}\n"
                          "th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}\n"
                          "th{background:#eee}\n"
                          "tr.differs td{background:#fde2e1}\n"
                          "tr.unknown td{background:#fff4d6}\n"
                          "td.used{font-weight:bold}\n"
                          ".evidence{color:#444;font-size:.9em}\n"
                          "</style></head><body>\n")
               .arg(esc(title(*this)));
    out += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p><strong>%3</strong></p>\n")
               .arg(esc(title(*this)),
                    esc(PortabilityText::tr("Generated %1 by Bullpen. %2").arg(generatedAt, introduction(*this))),
                    esc(summary(*this)));
    for (const Section &section : sections()) {
        const QList<PortabilityItem> list = itemsWith(section.verdict);
        if (list.isEmpty())
            continue;
        const QString cls = portabilityVerdictName(section.verdict).toLower();
        out += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                              "<th>%6</th></tr>\n")
                   .arg(esc(section.heading), esc(PortabilityText::tr("Item")), esc(PortabilityText::tr("AWS Lambda")),
                        esc(PortabilityText::tr("Local pool")), esc(targetLabel(*this)),
                        esc(PortabilityText::tr("Used at")));
        for (const PortabilityItem &i : list) {
            out += QStringLiteral(
                       "<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td class=\"used\">%6</td></tr>\n")
                       .arg(cls, esc(i.title), esc(i.lambda), esc(i.sandbox), esc(i.target),
                            esc(i.usedAt.join(QStringLiteral(", "))));
            if (section.withEvidence) {
                QString evidence;
                if (!i.consequence.isEmpty())
                    evidence += QStringLiteral("<b>%1</b> %2<br>")
                                    .arg(esc(PortabilityText::tr("What changes:")), esc(i.consequence));
                evidence += QStringLiteral("<b>%1:</b> %2<br><b>%3:</b> %4")
                                .arg(esc(PortabilityText::tr("Local pool")), esc(i.sandboxEvidence),
                                     esc(targetLabel(*this)), esc(i.targetEvidence));
                out += QStringLiteral("<tr class=\"%1\"><td></td><td colspan=\"4\" class=\"evidence\">%2</td></tr>\n")
                           .arg(cls, evidence);
            }
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

QJsonObject PortabilityReport::toJson() const
{
    QJsonArray list;
    for (const PortabilityItem &i : items)
        list.append(i.toJson());
    auto place = [](const ProbePlace &p) {
        QJsonObject o { { QStringLiteral("name"), p.name },
                        { QStringLiteral("kind"), p.kind },
                        { QStringLiteral("probed"), p.probed } };
        if (!p.note.isEmpty())
            o.insert(QStringLiteral("note"), p.note);
        if (p.probed)
            o.insert(QStringLiteral("probe"), p.probe);
        return o;
    };
    return { { QStringLiteral("function"), functionId },
             { QStringLiteral("runtime"), runtime },
             { QStringLiteral("memorySizeMb"), memorySizeMb },
             { QStringLiteral("generatedAt"), generatedAt },
             { QStringLiteral("summary"), summary(*this) },
             { QStringLiteral("differences"), int(itemsWith(PortabilityVerdict::Differs).size()) },
             { QStringLiteral("breaking"), breakingCount() },
             { QStringLiteral("sandbox"), place(sandbox) },
             { QStringLiteral("target"), place(target) },
             { QStringLiteral("items"), list } };
}

} // namespace Bullpen
