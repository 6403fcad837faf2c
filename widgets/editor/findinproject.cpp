// SPDX-License-Identifier: MIT
#include "widgets/editor/findinproject.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bullpen {

namespace {

// Folders of generated files and dependencies: matches there are noise.
bool skippedFolder(const QString &name)
{
    static const QStringList names { QStringLiteral(".git"),         QStringLiteral(".aws-sam"),
                                     QStringLiteral("node_modules"), QStringLiteral("__pycache__"),
                                     QStringLiteral(".venv"),        QStringLiteral("venv"),
                                     QStringLiteral(".bullpen"),     QStringLiteral("build") };
    return names.contains(name);
}

void collectFiles(const QString &folder, QStringList &files)
{
    QDir dir(folder);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                                                    QDir::Name | QDir::DirsLast);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink())
            continue; // a link may lead out of the project, or round in a circle
        if (entry.isDir()) {
            if (!skippedFolder(entry.fileName()))
                collectFiles(entry.absoluteFilePath(), files);
        } else if (entry.size() <= FindInProject::MaxFileSize) {
            files.append(entry.absoluteFilePath());
        }
    }
}

} // namespace

FindInProject::FindInProject(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Re&gular expression"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findInProject"));
    m_text->setPlaceholderText(tr("Find in project"));
    m_text->setClearButtonEnabled(true);
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({ tr("Location"), tr("Line") });
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *options = new QHBoxLayout;
    options->setContentsMargins(0, 0, 0, 0);
    options->addWidget(m_regex);
    options->addWidget(m_case);
    options->addStretch(1);
    options->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_text);
    layout->addLayout(options);
    layout->addWidget(m_results, 1);

    connect(m_text, &QLineEdit::returnPressed, this, [this] { search(m_text->text()); });
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(m_results->indexOfTopLevelItem(item)); });
}

void FindInProject::setRootPath(const QString &path)
{
    if (path == m_root)
        return;
    m_root = path;
    m_matches.clear();
    m_results->clear();
    m_status->clear();
}

void FindInProject::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

void FindInProject::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindInProject::focusSearch(const QString &text)
{
    if (!text.isEmpty())
        m_text->setText(text);
    m_text->setFocus();
    m_text->selectAll();
}

int FindInProject::search(const QString &text)
{
    m_text->setText(text);
    m_matches.clear();
    m_results->clear();
    if (text.isEmpty() || m_root.isEmpty()) {
        m_status->clear();
        return 0;
    }
    const QRegularExpression re(m_regex->isChecked() ? text : QRegularExpression::escape(text),
                                m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                    : QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) {
        m_status->setText(tr("Invalid expression: %1").arg(re.errorString()));
        return 0;
    }
    QStringList files;
    collectFiles(m_root, files);
    const QDir root(m_root);
    bool truncated = false;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains('\0'))
            continue; // binary
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString content = decoder(bytes);
        if (decoder.hasError())
            continue;
        const QStringList lines = content.split(u'\n');
        for (qsizetype i = 0; i < lines.size() && !truncated; ++i) {
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            const QRegularExpressionMatch match = re.match(line);
            if (!match.hasMatch() || match.capturedLength() == 0)
                continue;
            if (m_matches.size() >= MaxMatches) {
                truncated = true;
                break;
            }
            m_matches.append({ path, int(i) + 1, int(match.capturedStart()), line });
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(
                0, QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(root.relativeFilePath(path))).arg(i + 1));
            item->setText(1, line.trimmed());
            item->setToolTip(0, QDir::toNativeSeparators(path));
        }
        if (truncated)
            break;
    }
    m_status->setText(truncated ? tr("First %n matches", nullptr, int(m_matches.size()))
                                : tr("%n match(es)", nullptr, int(m_matches.size())));
    return int(m_matches.size());
}

void FindInProject::activate(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    const Match &match = m_matches.at(index);
    Q_EMIT locationActivated(match.path, match.line, match.column);
}

} // namespace Bullpen
