// SPDX-License-Identifier: MIT
#include "widgets/editor/codeeditor.h"

#include "widgets/editor/codeeditorsidebar.h"
#include "widgets/editor/findbar.h"
#include "widgets/editor/indentationfolding.h"
#include "widgets/editor/slicedhighlighter.h"
#include "widgets/editor/syntaxrepository.h"
#include "widgets/editor/texttheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>

namespace Bullpen {

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Theme;

namespace {

constexpr int TabWidth = 4;

// Empties a menu rebuilt on each show, with its submenus and action groups.
void clearMenu(QMenu *menu)
{
    menu->clear();
    qDeleteAll(menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(menu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SlicedHighlighter(document()))
    , m_sidebar(new CodeEditorSidebar(this))
    , m_findBar(new FindBar(this, this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setEditorFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // While the repository loads in the background the editor shows the
    // application's colours and no syntax; TextTheme::changed and ready()
    // bring both (see SyntaxRepository).
    pickThemeFromPalette();
    if (SyntaxRepository::instance()->isLoading())
        connect(SyntaxRepository::instance(), &SyntaxRepository::ready, this, &CodeEditor::applyPendingDefinition);
    createEditingActions();
    connect(TextTheme::instance(), &TextTheme::changed, this, [this] {
        if (m_themeFollowsPalette)
            pickThemeFromPalette();
    });
    connect(m_findBar, &FindBar::closed, this, &CodeEditor::updateSidebarGeometry);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateSidebarGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateSidebarArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        revealCursorBlock();
        highlightCurrentLine();
    });
    updateSidebarGeometry();
    highlightCurrentLine();
}

CodeEditor::~CodeEditor()
{
    // Its destruction (with the children) must not call back into a half-destroyed editor.
    if (m_messageBar)
        disconnect(m_messageBar, nullptr, this, nullptr);
}

// ---------------------------------------------------------------- files

bool CodeEditor::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Could not open “%1”: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        setError(error, tr("Could not read “%1”: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    // A byte-order mark stays in the text, so that saving gives back the same bytes.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Saving a file decoded with replacement characters would destroy it.
        setError(error, tr("Could not open “%1”: it is not UTF-8 text.").arg(nativePath(path)));
        return false;
    }
    const qsizetype firstNewline = text.indexOf(u'\n');
    m_crlf = firstNewline > 0 && text.at(firstNewline - 1) == u'\r';
    if (m_crlf)
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    setDefinitionForFileName(path);
    setPlainText(text);
    // A definition still pending detects the style when it is applied.
    if (!m_pendingDefinition)
        m_indenter.setStyle(Indenter::detect(text, definitionName()));
    document()->setModified(false);
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

bool CodeEditor::saveFile(QString *error)
{
    if (m_filePath.isEmpty()) {
        setError(error, tr("“%1” has no file name yet; use Save As.").arg(displayName()));
        return false;
    }
    return saveFileAs(m_filePath, error);
}

bool CodeEditor::saveFileAs(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        setError(error, tr("Could not save: no file name was given."));
        return false;
    }
    // toPlainText() would turn no-break spaces into spaces; the raw text keeps
    // every character and only needs its block separators turned into newlines.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    if (m_crlf)
        text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    const QByteArray bytes = text.toUtf8();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Could not save “%1”: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, tr("Could not save “%1”: %2").arg(nativePath(path), file.errorString()));
        return false;
    }

    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        // Keep a syntax chosen by hand when the new name says nothing.
        if (syntaxRepository().definitionForFileName(path).isValid())
            setDefinitionForFileName(path);
        setFilePath(absolute);
    }
    document()->setModified(false);
    return true;
}

void CodeEditor::newDocument()
{
    m_crlf = false;
    setDefinitionByName(QString());
    clear();
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    setFilePath(QString());
}

QString CodeEditor::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool CodeEditor::isModified() const
{
    return document()->isModified();
}

void CodeEditor::adoptFilePath(const QString &path)
{
    setDefinitionForFileName(path);
    setFilePath(QFileInfo(path).absoluteFilePath());
}

void CodeEditor::setMessageBar(QWidget *bar)
{
    if (bar == m_messageBar)
        return;
    // Later: the old bar may be the one whose button is being clicked.
    if (QWidget *old = m_messageBar.data()) {
        disconnect(old, nullptr, this, nullptr);
        old->hide();
        old->deleteLater();
    }
    m_messageBar = bar;
    if (bar) {
        bar->setParent(this);
        bar->setAutoFillBackground(true);
        // Gone (answered): the text takes the room back.
        connect(bar, &QObject::destroyed, this,
                [this] { QTimer::singleShot(0, this, &CodeEditor::updateSidebarGeometry); });
        bar->show();
    }
    updateSidebarGeometry();
}

void CodeEditor::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

// ---------------------------------------------------------------- syntax

void CodeEditor::setDefinitionForFileName(const QString &fileName)
{
    if (SyntaxRepository::instance()->isLoading()) {
        m_pendingDefinition = PendingDefinition { true, fileName };
        return;
    }
    m_pendingDefinition.reset();
    setDefinition(syntaxRepository().definitionForFileName(fileName));
}

void CodeEditor::setDefinitionByName(const QString &name)
{
    if (name.isEmpty()) { // plain text needs no repository
        m_pendingDefinition.reset();
        setDefinition(Definition());
        return;
    }
    if (SyntaxRepository::instance()->isLoading()) {
        m_pendingDefinition = PendingDefinition { false, name };
        return;
    }
    m_pendingDefinition.reset();
    setDefinition(syntaxRepository().definitionForName(name));
}

void CodeEditor::applyPendingDefinition()
{
    const std::optional<PendingDefinition> pending = std::exchange(m_pendingDefinition, std::nullopt);
    if (!pending)
        return;
    if (pending->forFileName)
        setDefinitionForFileName(pending->name);
    else
        setDefinitionByName(pending->name);
}

void CodeEditor::setDefinition(const Definition &definition)
{
    if (definition == m_highlighter->definition())
        return;
    {
        // Highlighting anew marks the text's layout dirty, which QPlainTextEdit
        // reports as textChanged: no edit, and no unsaved change for whoever
        // listens (a definition applied when the SyntaxRepository is ready
        // comes after the text).
        const QSignalBlocker quiet(this);
        m_highlighter->setDefinition(definition);
    }
    m_indentationFolding = IndentationFolding(definition.foldingIgnoreList(), TabWidth);
    const QString name = definition.isValid() ? definition.name() : QString();
    m_indenter = Indenter(name, definition.isValid() ? definition.singleLineCommentMarker() : QString());
    m_indenter.setStyle(Indenter::detect(toPlainText(), name));
    m_sidebar->update(); // the folding markers depend on the definition
    Q_EMIT definitionChanged(definitionName());
}

QString CodeEditor::definitionName() const
{
    // An answer now: a definition still pending waits for the repository
    // (whose ready() applies it), which only happens in the first moments.
    if (m_pendingDefinition)
        SyntaxRepository::instance()->repository();
    const Definition definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

// ---------------------------------------------------------------- themes

bool CodeEditor::setTheme(const QString &name)
{
    const Theme theme = syntaxRepository().theme(name);
    if (!theme.isValid())
        return false;
    m_themeFollowsPalette = false;
    applyTheme(theme);
    return true;
}

QString CodeEditor::themeName() const
{
    return m_highlighter->theme().name();
}

void CodeEditor::setThemeFollowsPalette(bool follow)
{
    if (follow == m_themeFollowsPalette)
        return;
    m_themeFollowsPalette = follow;
    const QString before = themeName();
    if (follow)
        pickThemeFromPalette();
    // Tell listeners that remember the choice even when the theme stays.
    if (themeName() == before)
        Q_EMIT themeChanged(before);
}

void CodeEditor::pickThemeFromPalette()
{
    // The window's one theme: the palette's default unless one was chosen
    // (TextTheme reads the application's palette, not ours, which carries the
    // theme's colours). Not before the repository is ready: TextTheme::changed
    // brings the theme then.
    if (!SyntaxRepository::instance()->isLoading())
        applyTheme(TextTheme::instance()->theme());
}

void CodeEditor::applyTheme(const Theme &theme)
{
    const bool changed = theme.name() != m_highlighter->theme().name();
    // Only the roles set here are the editor's own; the others keep coming
    // from the application, whose changes then reach us as PaletteChange.
    QPalette pal = QApplication::palette(this);
    pal.setResolveMask(0);
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    m_applyingTheme = true;
    setPalette(pal);
    m_applyingTheme = false;

    if (!changed)
        return;
    m_highlighter->setTheme(theme);
    {
        const QSignalBlocker quiet(this); // not an edit (see setDefinition)
        m_highlighter->rehighlight();
    }
    highlightCurrentLine();
    m_sidebar->update();
    Q_EMIT themeChanged(theme.name());
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && !m_findBar->isHidden()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept(); // the key closes the find bar (keyPressEvent), not a window's Escape action
        return true;
    }
    const bool result = QPlainTextEdit::event(event);
    // QWidget resolves its palette on this event without telling changeEvent().
    if (event->type() == QEvent::ApplicationPaletteChange && m_themeFollowsPalette)
        pickThemeFromPalette();
    return result;
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        if (!m_applyingTheme && m_themeFollowsPalette)
            pickThemeFromPalette();
        break;
    case QEvent::FontChange:
        setTabStopDistance(TabWidth * fontMetrics().horizontalAdvance(u' '));
        updateSidebarGeometry();
        break;
    default:
        break;
    }
}

void CodeEditor::setEditorFont(const QFont &font)
{
    setFont(font); // the FontChange event adjusts tabs and sidebar
    setTabStopDistance(TabWidth * fontMetrics().horizontalAdvance(u' '));
    updateSidebarGeometry();
}

// ---------------------------------------------------------------- menus

QMenu *CodeEditor::createSyntaxMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Syntax"), parent);
    connect(menu, &QMenu::aboutToShow, menu, [this, menu] {
        clearMenu(menu);
        auto *group = new QActionGroup(menu);
        const QString current = definitionName();
        auto add = [this, group, &current](QMenu *to, const QString &text, const QString &name) {
            QAction *action = to->addAction(text);
            action->setCheckable(true);
            action->setChecked(name == current);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, name] { setDefinitionByName(name); });
        };
        add(menu, tr("Plain Text"), QString());
        menu->addSeparator();

        // Definitions grouped by their section. One names none (KSyntaxHighlighting's "None"):
        // it joins the "Other" section, which comes last, so that no entry is without a
        // label and "Other" is there once.
        const QString other = tr("Other");
        auto sectionOf = [&other](const Definition &definition) {
            const QString section = definition.translatedSection();
            return section.trimmed().isEmpty() ? other : section;
        };
        QList<Definition> definitions = syntaxRepository().definitions();
        definitions.removeIf(
            [](const Definition &definition) { return definition.isHidden() || definition.name().isEmpty(); });
        std::ranges::stable_sort(definitions, [&](const Definition &a, const Definition &b) {
            const QString left = sectionOf(a), right = sectionOf(b);
            if ((left == other) != (right == other))
                return right == other;
            return left.localeAwareCompare(right) < 0;
        });
        QMenu *section = nullptr;
        for (const Definition &definition : std::as_const(definitions)) {
            if (!section || section->title() != sectionOf(definition))
                section = menu->addMenu(sectionOf(definition));
            const QString label = definition.translatedName().trimmed();
            add(section, label.isEmpty() ? definition.name() : label, definition.name());
        }
    });
    return menu;
}

QMenu *CodeEditor::createThemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Theme"), parent);
    connect(menu, &QMenu::aboutToShow, menu, [this, menu] {
        clearMenu(menu);
        auto *group = new QActionGroup(menu);
        QAction *automatic = menu->addAction(tr("&Automatic (follow the system colours)"));
        automatic->setCheckable(true);
        automatic->setChecked(m_themeFollowsPalette);
        connect(automatic, &QAction::triggered, this, [this] { setThemeFollowsPalette(true); });
        menu->addSeparator();

        QList<Theme> themes = syntaxRepository().themes();
        std::ranges::sort(themes, [](const Theme &a, const Theme &b) {
            return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
        });
        const QString current = themeName();
        for (const Theme &theme : std::as_const(themes)) {
            QAction *action = menu->addAction(theme.translatedName());
            action->setCheckable(true);
            action->setChecked(!m_themeFollowsPalette && theme.name() == current);
            group->addAction(action);
            const QString name = theme.name();
            connect(action, &QAction::triggered, this, [this, name] { setTheme(name); });
        }
        group->addAction(automatic);
    });
    return menu;
}

void CodeEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    for (QAction *action : std::as_const(m_editingActions)) {
        if (action->objectName() != u"selectAllAction" && (!isReadOnly() || action->property("readOnlyToo").toBool()))
            menu->addAction(action);
    }
    menu->addSeparator();
    menu->addMenu(createSyntaxMenu(menu));
    menu->addMenu(createThemeMenu(menu));
    menu->exec(event->globalPos());
    delete menu;
}

// ---------------------------------------------------------------- sidebar and current line

int CodeEditor::sidebarWidth() const
{
    int digits = 1;
    for (int count = blockCount(); count >= 10; count /= 10)
        ++digits;
    const QFontMetrics metrics = fontMetrics();
    return 6 + metrics.horizontalAdvance(u'9') * digits + metrics.lineSpacing();
}

void CodeEditor::updateSidebarGeometry()
{
    const int bar = m_findBar->isHidden() ? 0 : m_findBar->sizeHint().height();
    const QRect r = contentsRect();
    QWidget *message = m_messageBar.data();
    const int top = !message || message->isHidden() ? 0
        : message->hasHeightForWidth()              ? message->heightForWidth(r.width())
                                                    : message->sizeHint().height();
    setViewportMargins(sidebarWidth(), top, 0, bar);
    if (top > 0)
        message->setGeometry(QRect(r.left(), r.top(), r.width(), top));
    m_sidebar->setGeometry(QRect(r.left(), r.top() + top, sidebarWidth(), r.height() - bar - top));
    if (bar > 0) {
        const QRect view = viewport()->geometry();
        m_findBar->setGeometry(QRect(r.left(), view.bottom() + 1, r.width(), bar));
    }
    m_sidebar->update();
}

void CodeEditor::updateSidebarArea(const QRect &rect, int dy)
{
    if (dy)
        m_sidebar->scroll(0, dy);
    else
        m_sidebar->update(0, rect.y(), m_sidebar->width(), rect.height());
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    // A folded line ends in a small "…" box, so that the fold shows in the
    // text and not only in the sidebar.
    const QColor colour = QColor::fromRgba(m_highlighter->theme().editorColor(Theme::LineNumbers));
    const QFontMetricsF metrics(font());
    QPainter painter(viewport());
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        QTextCursor end(block);
        end.movePosition(QTextCursor::EndOfBlock);
        const QRect line = cursorRect(end);
        if (line.top() > event->rect().bottom())
            break;
        if (!isFolded(block))
            continue;
        const QRectF box(line.right() + metrics.horizontalAdvance(u' '), line.top() + 1,
                         metrics.horizontalAdvance(QStringLiteral("…")) + 8, line.height() - 2);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 3, 3);
        painter.drawText(box, Qt::AlignCenter, QStringLiteral("…"));
    }
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateSidebarGeometry();
}

void CodeEditor::highlightCurrentLine()
{
    updateBracketMatch();
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(QColor::fromRgba(m_highlighter->theme().editorColor(Theme::CurrentLine)));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = textCursor();
    selection.cursor.clearSelection();
    QList<QTextEdit::ExtraSelection> selections { selection };
    for (const int position : { m_brackets.first, m_brackets.second }) {
        if (position < 0)
            continue;
        QTextEdit::ExtraSelection bracket;
        bracket.format.setBackground(QColor::fromRgba(m_highlighter->theme().editorColor(Theme::BracketMatching)));
        bracket.format.setFontWeight(QFont::Bold);
        bracket.cursor = QTextCursor(document());
        bracket.cursor.setPosition(position);
        bracket.cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        selections.append(bracket);
    }
    setExtraSelections(selections);
    // The current line number has its own colour.
    m_sidebar->update();
}

void CodeEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line - 1, 0, blockCount() - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column, 0, block.length() - 1));
    setTextCursor(cursor); // reveals a folded line through cursorPositionChanged
    centerCursor();
    setFocus();
}

// ---------------------------------------------------------------- folding

QTextBlock CodeEditor::foldEnd(const QTextBlock &block) const
{
    if (!block.isValid() || !block.next().isValid())
        return {};

    if (m_highlighter->startsFoldingRegion(block)) {
        QTextBlock end = m_highlighter->findFoldingRegionEnd(block);
        if (!end.isValid())
            return document()->lastBlock(); // an unclosed region runs to the end
        // The closing line folds in too ("{ ... }"), unless it opens the next
        // region ("} else {"), which must stay visible.
        if (m_highlighter->startsFoldingRegion(end))
            end = end.previous();
        return end == block ? QTextBlock() : end;
    }

    if (!m_highlighter->definition().indentationBasedFoldingEnabled())
        return {};
    return m_indentationFolding.regionEnd(block);
}

bool CodeEditor::isFoldable(const QTextBlock &block) const
{
    return foldEnd(block).isValid();
}

bool CodeEditor::isFolded(const QTextBlock &block) const
{
    return block.isValid() && block.isVisible() && block.next().isValid() && !block.next().isVisible();
}

void CodeEditor::setFolded(const QTextBlock &start, bool folded)
{
    QTextBlock end;
    if (folded) {
        end = foldEnd(start);
        if (!end.isValid())
            return;
        for (QTextBlock block = start.next(); block.isValid(); block = block.next()) {
            block.setVisible(false);
            block.setLineCount(0);
            if (block == end)
                break;
        }
        const int cursorBlock = textCursor().blockNumber();
        if (cursorBlock > start.blockNumber() && cursorBlock <= end.blockNumber()) {
            // Keep the cursor where the user can see what they type.
            QTextCursor cursor(start);
            cursor.movePosition(QTextCursor::EndOfBlock);
            setTextCursor(cursor);
        }
    } else {
        // Unfold the whole hidden run after start rather than recompute the
        // region: an edit may have moved its end since it was folded.
        end = start;
        for (QTextBlock block = start.next(); block.isValid() && !block.isVisible(); block = block.next()) {
            block.setVisible(true);
            block.setLineCount(std::max(1, block.layout()->lineCount()));
            end = block;
        }
    }
    document()->markContentsDirty(start.position(), end.position() + end.length() - start.position());
    // QPlainTextEdit's layout only learns of the new height through this signal.
    Q_EMIT document()->documentLayout()->documentSizeChanged(document()->documentLayout()->documentSize());
    viewport()->update();
    m_sidebar->update();
}

void CodeEditor::toggleFold(const QTextBlock &block)
{
    setFolded(block, !isFolded(block));
}

void CodeEditor::revealCursorBlock()
{
    // A folded run is hidden as a whole after its visible first line, so
    // unfolding that line shows the cursor's line, nested folds included.
    const QTextBlock target = textCursor().block();
    if (target.isVisible())
        return;
    QTextBlock start = target.previous();
    while (start.isValid() && !start.isVisible())
        start = start.previous();
    if (start.isValid())
        setFolded(start, false);
}

bool CodeEditor::isFoldable(int blockNumber) const
{
    return isFoldable(document()->findBlockByNumber(blockNumber));
}

bool CodeEditor::isFolded(int blockNumber) const
{
    return isFolded(document()->findBlockByNumber(blockNumber));
}

bool CodeEditor::foldBlock(int blockNumber)
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!isFoldable(block) || !block.isVisible())
        return false;
    setFolded(block, true);
    return true;
}

bool CodeEditor::unfoldBlock(int blockNumber)
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!isFolded(block))
        return false;
    setFolded(block, false);
    return true;
}

} // namespace Bullpen
